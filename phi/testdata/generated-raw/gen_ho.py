#!/usr/bin/env python3
"""Blind PHI evaluation corpus, prefix "ho".

Setting: chat (Slack / Teams) of a multi-site dental + oral-surgery group in central Ohio
(general dentistry, orthodontics, oral surgery, a pediatric clinic): front desk, hygiene,
treatment coordinators, billing, lab liaison, owner dentists and the group's assistant bot.

Standard library only, fixed seed: running it again rewrites generated_ho.jsonl byte for byte.
Template mini-language (see render()):
  {TYPE:gen}     a PHI value of TYPE (becomes a span)     e.g. {NAME:p1.full} {DATE:dob}
  {gen}          a non-PHI filler (staff, vendor, PO...)  e.g. {staff} {vendor} {po}
  gen@key        the same key gives the same value again  e.g. {PHONE:phone@a} ... {PHONE:phone@a}
  pN.field       fields of person N (full, first, last, inv, invc, fi, fl, nick, email, ...)
  [[a|b|c]]      inline choice
"""
import json
import os
import random
import re
import unicodedata

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_ho.jsonl")
N_PHI, N_CLEAN = 385, 315

# ----------------------------------------------------------------------------- name pools
FEMALE = """Maria Jennifer Aisha Priya Mei Yuki Fatima Olga Ngozi Siobhan Ximena Guadalupe Lakshmi
Svetlana Hanna Ingrid Chloe Madison Brianna Keisha Tamika Shanice Latoya Imani Zainab Amira Leila Noor
Yasmin Esperanza Rosa Carmen Lucia Valentina Camila Isabella Sofia Gabriela Thuy Linh Hoa Mai Jiyeon
Seo-yeon Min-ji Hiroko Akiko Sakura Ananya Deepa Kavya Meera Anjali Chiamaka Adaeze Folasade Abena Ama
Wanjiru Zsofia Agnieszka Katarzyna Magdalena Ioana Elena Anastasia Daria Irina Ewa Bridget Maeve Niamh
Aoife Catriona Freya Astrid Sigrid Liesel Greta Heidi Joy Hope Faith Grace Rose Summer Autumn Dawn Iris
Ruby Pearl Jade Amber Crystal Destiny Harmony Brooke Paige Haley Kaylee Nevaeh Aaliyah Jazmin Dolores
Mildred Gertrude Edna Bernice Agnes Loretta Eunice Opal Hazel Mabel Beatrice Evelyn Margaret Dorothy Ruth
Shirley Patricia Barbara Linda Susan Karen Donna Debra Tammy Kimberly Ashley Emily Sarah Ava Mia Harper
Aubrey Zoe Lily Nora Ellie Willow Luna Penelope Scarlett Renata Ayelet Tova Shira Miriam Esther Rivka
Parisa Shirin Farah Dilnoza Gulnara Aigerim Malia Leilani Kalani Winona Marisol Maribel Yesenia Precious
Blessing Comfort Charity Mercy Journee Skylar Reagan Oakley Brynlee Marigold Clementine Birdie Juniper
Poppy Hodan Ayaan Fadumo Hawa Sagal Bishnu Dil_Maya Elizabeth Abigail Josephine Wilhelmina Mary_Beth
Ana_Sofia Anne-Marie Le_Anh Thi_Lan Consuelo Xiomara Yolotl Nayeli Itzel Rocio Anahi Dagny Solveig""".split()
MALE = """James Robert Michael David Jose Juan Luis Carlos Miguel Alejandro Diego Mateo Santiago Thiago
Rafael Wei Jun Hao Chen Hiroshi Kenji Takumi Haruto Min-jun Ji-ho Seung Arjun Rohan Vikram Rahul Sanjay
Aditya Mohammed Ahmed Omar Yusuf Ibrahim Khalid Tariq Hamza Emeka Chukwuma Oluwaseun Kwame Kofi Tunde
Babajide Themba Sipho Dmitri Sergei Ivan Nikolai Pavel Tomasz Piotr Krzysztof Lars Sven Nils Anders
Matthias Klaus Pierre Etienne Luc Giovanni Luca Marco Paolo Sean Liam Cian Padraig Declan Angus Hamish
Will Bill Mark Hunter River Chase Chance Miles Wade Major King Price Rich Grant Dale Earl Clyde Floyd
Harold Walter Eugene Herbert Vernon Leroy Willie Otis Elmer Jamal DeShawn Tyrone Darnell Marquis Terrell
Jaylen Jayden Brayden Kayden Mason Logan Elijah Noah Oliver Ethan Aiden Caleb Owen Wyatt Levi Asher Ezra
Eli Moshe Yosef Avi Dov Thanh Minh Duc Quang Bao Khoa Kai Keoni Makoa Arash Reza Dariusz Bogdan Florin
Mihai Andrei Stavros Nikos Yiannis Hector Ignacio Efrain Rigoberto William Richard Theodore Francisco
Christopher Alexander Bartholomew Cornelius Abdirahman Mahad Liban Abdullahi Dawit Yonas Tesfaye Ram
Hari Jean-Luc Juan_Carlos Jose_Luis Jean-Paul Cheng Zhiwei Nam Tuan Amadou Moussa Ousmane Sekou
Pradeep Gurpreet Harjit Manpreet Ezekiel Jedidiah Amos Ephraim Menno Eli Rusty Buck Colt Duke""".split()
FEMALE = [n.replace("_", " ") for n in FEMALE]
MALE = [n.replace("_", " ") for n in MALE]

SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson
Baker Hall Rivera Campbell Mitchell Carter Roberts Okafor Okonkwo Adeyemi Mensah Boateng Asante Owusu
Diallo Traore Ndiaye Kamau Mwangi Otieno Abebe Haile Wolde Cohen Levi Friedman Goldberg Katz Shapiro
Rosen Kaplan Patel Shah Mehta Desai Iyer Reddy Nair Menon Chatterjee Banerjee Gupta Sharma Singh Kaur
Malhotra Khan Hussain Rahman Chowdhury Siddiqui Qureshi Farouk Haddad Khoury Nasser Mansour Saleh Aziz
Karimi Hosseini Tehrani Yilmaz Kaya Demir Celik Sahin Ozturk Wang Li Zhang Liu Chen Yang Huang Zhao Wu
Zhou Xu Sun Ma Zhu Hu Guo Lin Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ngo Duong Kim Park Choi Jung
Kang Cho Yoon Jang Lim Han Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato
Yoshida Yamada Sasaki Matsumoto Inoue Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski
Szymanski Ivanov Petrov Smirnov Volkov Sokolov Popescu Ionescu Dumitru Stan Horvath Nagy Kovacs Toth
Szabo Novak Dvorak Svoboda Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz
Jansen Bakker Visser Smit Larsen Hansen Nielsen Johansson Eriksson Berg Haugen Dahl Rossi Russo
Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Costa Silva Santos Oliveira Souza Pereira
Ferreira Almeida Carvalho Murphy Kelly O'Sullivan O'Brien O'Neill McCarthy McAllister MacLeod Fitzgerald
Gallagher Doyle Byrne Walsh Ryan Quinn Stone Wood Cook Bird Fox Lamb Moody Small Long Little Church Rivers
Banks Snow Frost Winter Sterling Hardy Bright Sweet Love Booth Mills Bond Price Bishop Knight Marsh
Fields Mayfield Whitaker Holloway Pruitt Tillman Yoder Hochstetler Troyer Stutzman Schlabach Begay Yazzie
Tsosie Kealoha Kahananui Nakoa Abdi Farah Warsame Mohamud Osman Hassan Gurung Tamang Rai Adhikari
Bhattarai Garcia-Lopez Smith-Okafor Nguyen-Tran Reyes-Morales Kowalski-Brandt Abdi-Warsame
de_la_Cruz Van_Buren da_Silva St._Pierre Del_Toro Al-Amin El-Sayed van_der_Meer De_Leon Ten_Eyck
Villanueva Castillo Mendoza Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Jimenez Moreno Romero Herrera
Medina Aguilar Vargas Guzman Salazar Espinoza Contreras Dominguez Acosta Estrada Zamora Cabrera Fuentes
Okoro Eze Nwosu Ibekwe Obi Achebe Balogun Adebayo Oyelowo Sesay Kamara Conteh Bangura Jalloh Pham
Andersen Lindgren Sandoval Whitfield Pennington Coleman Washington Jefferson Freeman Booker Merriweather""".split()
SURNAMES = sorted(set(n.replace("_", " ") for n in SURNAMES))

NICKS = {"Robert": "Bobby", "William": "Billy", "Margaret": "Peggy", "Elizabeth": "Betsy",
         "Katarzyna": "Kasia", "Guadalupe": "Lupe", "Alejandro": "Alex", "Dmitri": "Dima",
         "Oluwaseun": "Seun", "Chukwuma": "Chuma", "Jennifer": "Jenny", "Patricia": "Trish",
         "Anastasia": "Nastya", "Theodore": "Teddy", "Abigail": "Abby", "Francisco": "Paco",
         "Christopher": "Topher", "Richard": "Rick", "James": "Jimmy", "Dorothy": "Dot",
         "Mildred": "Millie", "Gertrude": "Trudy", "Eugene": "Gene", "Harold": "Hal",
         "Nikolai": "Kolya", "Giovanni": "Gio", "Babajide": "Jide", "Alexander": "Sasha",
         "Josephine": "Josie", "Bartholomew": "Bart", "Wilhelmina": "Billie", "Cornelius": "Neil",
         "Abdirahman": "Abdi", "Jose Luis": "Pepe", "Juan Carlos": "JC", "Ji-ho": "Jay",
         "Min-jun": "MJ", "Consuelo": "Chelo", "Rigoberto": "Rigo"}

STAFF_FIRST = """Kayla Renee Destinee Marcus Tiffany Jess Brandi Shawna Ashlyn Courtney Dana Nikki Trent
Kelsey Morgan Alyssa Bethany Carly Danielle Erin Gina Heather Janelle Krista Lacey Megan Nina Rachel
Sierra Tara Vanessa Whitney Yolanda Zach Becca Hollie Lupita Tasha Jordan Brittany Amanda Stacy Devon
Mackenzie Toni Kristen Jolene Shay Andrea Liz Monica Cheyenne Nate""".split()
STAFF_LAST = """Brooks Albright Dunn Keller Pryor Sandoval Hatfield Ocasio Lam Whitmore Greer Cosgrove
Pham Rinehart Delgado Stroud Faulkner Tran Beasley Oakes Sutter Mahoney Ferris Boyd Yates Caldwell""".split()
DOCS = ["Dr. Amadi", "Dr. Kessler", "Dr. Huang", "Dr. Varga", "Dr. Oyelaran", "Dr. Brandt",
        "Dr. Castellanos", "Dr. Mukherjee", "Dr. Lind", "Dr. Sato", "Dr. Petrosyan", "Dr. Greenfield"]
OWNERS = ["Dr. Amadi", "Dr. Kessler", "Dr. Huang", "Chinwe", "Paul", "Lillian"]
OSDOCS = ["Dr. Petrosyan", "Dr. Greenfield", "Dr. P", "Dr. G"]
ORTHODOCS = ["Dr. Sato", "Dr. Varga"]
PEDODOCS = ["Dr. Lind", "Dr. Mukherjee"]
EXECS = ["Dana Whitcomb (COO)", "Raj Bhatt (CFO)", "Monica Ferrante from the MSO", "Greg Toomey (VP ops)"]
REFDOC_LAST = ["Ellison", "Brightwater", "Okeke", "Marchetti", "Halvorsen", "Sorensen", "Tiwari",
               "Beaumont", "Lindqvist", "Achterberg", "Nakashima", "Rutledge", "Quintero", "Faraday"]
REF_PRACTICES = ["Polaris Family Dental", "Olentangy Smiles", "Dublin Dental Care", "Scioto Pediatric Dentistry",
                 "Easton Periodontics", "German Village Dental", "Short North Endodontics", "Big Walnut Family Dentistry",
                 "Clintonville Dental Arts", "Canal Winchester Dental Group"]
SITES = ["Westerville", "Hilliard", "Grove City", "Gahanna", "Polaris", "Dublin", "Reynoldsburg"]
SITE_LABEL = ["Westerville", "Hilliard", "Grove City", "the Gahanna kids clinic", "the Polaris OS office",
              "Dublin ortho", "Reynoldsburg"]
VENDORS = ["Henry Schein", "Patterson", "Benco", "Darby", "Dentsply Sirona", "Ivoclar", "Hu-Friedy",
           "Carestream", "Planmeca", "Straumann", "Nobel Biocare", "Septodont", "Crosstex", "SciCan",
           "A-dec", "Midmark", "Weave", "Align", "Solventum (3M)", "Zimmer Biomet Dental", "Safco"]
VENDOR_REPS = ["Tanya Fisk", "Greg Albers", "Monique Dubois", "Sam Oduya", "Lauren Pike", "Jeff Tolliver",
               "Brent Haskins", "Carla Mendez-Ruiz", "Owen Steadman", "Priti Kulkarni", "Rhett Calloway"]
LABS = ["Glidewell", "Keller Lab", "Burbank Dental Lab", "Apex Dental Studio", "DDS Lab", "Ohio Valley Dental Lab",
        "Buckeye Denture Lab"]
PAYERS = ["Delta Dental of Ohio", "MetLife", "Cigna Dental", "Aetna", "Guardian", "United Concordia",
          "Humana Dental", "Anthem", "CareSource", "Buckeye Health Plan", "Molina", "UHC Dental", "Principal",
          "Sun Life", "Ameritas", "GEHA", "Delta"]
MEDICAID_PLANS = ["CareSource", "Buckeye", "Molina", "Ohio Medicaid", "AmeriHealth Caritas Ohio"]
CDT = ["D0150", "D0210", "D0330", "D0367", "D1110", "D1120", "D1206", "D2391", "D2392", "D2740", "D2950",
       "D3330", "D4341", "D4342", "D4910", "D6010", "D6057", "D6058", "D7140", "D7210", "D7240", "D7953",
       "D8080", "D8090", "D9222", "D9239", "D9243", "D9230", "D2930", "D3220", "D1351"]
PROCS = ["crown prep", "4-quad SRP", "wisdom teeth", "implant placement", "bone graft", "Invisalign refinement",
         "pulpotomy", "SDF", "stainless crowns", "full-arch", "bridge seat", "denture reline", "RCT",
         "socket preservation", "frenectomy", "night guard delivery", "veneer consult", "ext + graft"]
STREETS = ["Cranberry Ln", "Schrock Rd", "Cleveland Ave", "Karl Rd", "Morse Rd", "Hamilton Rd", "Sunbury Rd",
           "Olentangy River Rd", "Sawmill Pkwy", "Hayden Run Blvd", "E Broad St", "Livingston Ave", "Parsons Ave",
           "Refugee Rd", "Brice Rd", "N Main St", "Maple Ave", "Oak Hollow Ct", "Bramblebush Dr", "Foxfire Way",
           "Cemetery Rd", "Stringtown Rd", "Hoover Rd", "Big Walnut Rd", "Tussic St", "Elm Creek Dr",
           "Blendon Woods Blvd", "Chatterton Rd", "Lazelle Rd", "Hard Rd", "Bethel Rd", "Dierker Rd",
           "Kenny Rd", "Frank Rd", "Harrisburg Pike", "Lockbourne Rd", "Winchester Pike", "Granville St",
           "Poplar Ridge Dr", "Quail Hollow Ln", "Whispering Pines Ct", "Cherry Bottom Rd"]
TOWNS = ["Westerville", "Columbus", "Hilliard", "Grove City", "Dublin", "Gahanna", "Reynoldsburg",
         "Pickerington", "Worthington", "Upper Arlington", "Canal Winchester", "Lancaster", "Newark",
         "Marysville", "Powell", "Lewis Center", "Groveport", "Obetz", "Bexley", "Whitehall", "Delaware",
         "Galena", "Sunbury", "Plain City", "London", "Circleville", "Johnstown", "Pataskala", "Blacklick",
         "Granville", "Millersburg", "Berlin", "Mount Vernon", "Zanesville"]
FACADDRS = ["4150 Maple Ridge Dr, Suite 200, Westerville, OH 43081", "3800 Fishinger Blvd, Hilliard OH 43026",
            "2255 Stringtown Rd Ste 110, Grove City, OH 43123", "515 Granville St, Gahanna, OH 43230",
            "8860 Lyra Dr, Suite 300, Columbus OH 43240", "6700 Perimeter Loop Rd, Dublin, OH 43017"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                 "att.net", "wowway.net", "columbus.rr.com", "protonmail.com", "live.com"]
GROUP_DOMAIN = "brightlinedental.com"
EMOJI = ["🙏", "😬", "🦷", "😩", "👍", "🎉", "😂", "🙄", "😤", "✅", "❗", "🚨", "👀", "💸", "🥲"]

# ----------------------------------------------------------------------------- helpers
ONES = "zero one two three four five six seven eight nine".split()
TENS_WORD = {90: "ninety", 100: "one hundred"}
MONTHS = "January February March April May June July August September October November December".split()
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


# ----------------------------------------------------------------------------- people
class Person:
    def __init__(self, rng, gender=None, nick=False, last=None):
        if nick:
            self.first = rng.choice(sorted(NICKS))
            self.gender = "f" if self.first in FEMALE else "m"
        else:
            self.gender = gender or rng.choice("fm")
            self.first = rng.choice(FEMALE if self.gender == "f" else MALE)
        self.last = last or rng.choice(SURNAMES)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = NICKS.get(self.first, self.first[:3] + "y")
        f, l = slug(self.first), slug(self.last)
        dom = rng.choice(EMAIL_DOMAINS)
        pat = rng.randint(0, 7)
        yr = str(rng.randint(55, 99) if rng.random() < 0.6 else rng.randint(1, 24)).zfill(2)
        local = [f + "." + l, f[0] + l + yr, f + l, f + "_" + l[0], l + f[0] + str(rng.randint(1, 999)),
                 f + "." + l + yr, f + l[0] + yr, l + "." + f][pat]
        self.email = local + "@" + dom
        at = rng.choice([" [at] ", " at ", "(at)", " @ "])
        dot = {" [at] ": " [dot] ", " at ": " dot ", "(at)": "(dot)", " @ ": " . "}[at]
        self.emailobf = local.replace(".", dot) + at + dom.replace(".", dot)

    def get(self, field):
        f = self.first
        if field in ("full", "fam"):
            return f + " " + self.last
        if field == "first":
            return f
        if field == "last":
            return self.last
        if field == "fullmi":
            return f + " " + self.mi + ". " + self.last
        if field == "inv":
            return self.last.upper() + ", " + f.upper() + " " + self.mi
        if field == "invc":
            return self.last + ", " + f
        if field == "fi":
            return f[0] + ". " + self.last
        if field == "fl":
            return f + " " + self.last[0] + "."
        if field == "nick":
            return self.nick
        if field == "email":
            return self.email
        if field == "emailobf":
            return self.emailobf
        if field == "she":
            return "she" if self.gender == "f" else "he"
        if field == "her":
            return "her" if self.gender == "f" else "his"
        if field == "herobj":
            return "her" if self.gender == "f" else "him"
        if field == "ms":
            return "Mrs." if self.gender == "f" else "Mr."
        if field == "son":
            return "daughter" if self.gender == "f" else "son"
        if field == "mom":
            return "mom" if self.gender == "f" else "dad"
        if field == "wife":
            return "wife" if self.gender == "f" else "husband"
        if field == "lady":
            return "lady" if self.gender == "f" else "guy"
        if field == "grandma":
            return "grandma" if self.gender == "f" else "grandpa"
        if field == "grandson":
            return "granddaughter" if self.gender == "f" else "grandson"
        raise KeyError(field)


# ----------------------------------------------------------------------------- value generators
def fmt_phone(rng, d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    style = rng.randint(0, 7) if style is None else style
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s", "%s %s %s", "1-%s-%s-%s",
            "%s-%s-%s"][style] % (a, b, c)


def new_phone_digits(rng):
    return rng.choice(["614", "380", "740", "937", "330", "419", "513", "216"]) + str(rng.randint(2, 9)) + \
        digits(rng, 2) + digits(rng, 4)


def g_phone(rng, ctx, key):
    d = ctx.raw.get(("phone", key)) if key else None
    d = d or new_phone_digits(rng)
    ctx.raw["phone", key] = d
    return fmt_phone(rng, d)


def g_tel(rng, ctx, key):
    d = ctx.raw.get(("phone", key)) or new_phone_digits(rng)
    ctx.raw["phone", key] = d
    return rng.choice(["+1", "", "1"]) + d


def g_phoneext(rng, ctx, key):
    d = new_phone_digits(rng)
    return fmt_phone(rng, d, rng.choice([0, 1, 2])) + rng.choice([" ext. ", " x", " ext ", ", ext "]) + \
        str(rng.randint(10, 499))


def g_phonesp(rng, ctx, key):
    ctx.flags.add("evasion")
    return " ".join(new_phone_digits(rng))


def g_phonefw(rng, ctx, key):
    ctx.flags.update(["evasion", "fullwidth"])
    d = new_phone_digits(rng)
    return "".join(FW.get(c, c) for c in fmt_phone(rng, d, rng.choice([1, 5, 4])))


def g_phoneword(rng, ctx, key):
    ctx.flags.add("evasion")
    d = new_phone_digits(rng)
    w = lambda s: " ".join(ONES[int(c)] for c in s)
    return "%s, %s, %s" % (w(d[:3]), w(d[3:6]), w(d[6:]))


def g_phonenb(rng, ctx, key):
    ctx.flags.update(["evasion", "zero-width"])
    d = new_phone_digits(rng)
    sep = rng.choice(["\u00a0", "\u200b", "-\u200b"])
    return d[:3] + sep + d[3:6] + sep + d[6:]


def g_ssn(rng, ctx, key):
    a = rng.choice([n for n in range(1, 900) if n != 666])
    s = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    return rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (s[:3], s[3:5], s[5:])


def g_ssnplain(rng, ctx, key):
    ctx.flags.add("evasion")
    return g_ssn(rng, ctx, key).replace("-", "").replace(" ", "")


def g_ssnmix(rng, ctx, key):
    ctx.flags.add("evasion")
    s = g_ssnplain(rng, ctx, key)
    return rng.choice(["%s.%s-%s", "%s %s-%s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:])


def g_ssnzw(rng, ctx, key):
    ctx.flags.update(["evasion", "zero-width"])
    s = g_ssnplain(rng, ctx, key)
    return s[:3] + "-\u200b" + s[3:5] + "-\u200b" + s[5:]


def g_ssnsp(rng, ctx, key):
    ctx.flags.add("evasion")
    return " ".join(g_ssnplain(rng, ctx, key))


def _date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def fmt_date(rng, y, m, d, short_ok=True):
    mon = MONTHS[m - 1]
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    styles = ["%d/%d/%04d" % (m, d, y), "%02d/%02d/%04d" % (m, d, y), "%04d-%02d-%02d" % (y, m, d),
              "%s %d, %04d" % (mon, d, y), "%02d-%s-%04d" % (d, mon[:3], y), "%d/%d/%02d" % (m, d, y % 100),
              "%s %d %04d" % (mon[:3], d, y)]
    if short_ok:
        styles += ["%d/%d" % (m, d), "%d/%d" % (m, d), "%s %d%s" % (mon[:3], d, suf), "%s %d" % (mon, d),
                   "%d-%d" % (m, d), ("%s. %d" % (mon[:3], d)) if len(mon) > 3 else "%s %d" % (mon, d)]
    return rng.choice(styles)


def g_date(rng, ctx, key):
    y, m, d = _date(rng, 2025, 2025)
    return fmt_date(rng, y, m, d)


def g_sdate(rng, ctx, key):  # short numeric m/d
    y, m, d = _date(rng, 2025, 2025)
    return rng.choice(["%d/%d" % (m, d), "%02d/%02d" % (m, d), "%d/%d/%02d" % (m, d, y % 100)])


def g_ldate(rng, ctx, key):  # month-name
    y, m, d = _date(rng, 2025, 2025)
    mon = MONTHS[m - 1]
    return rng.choice(["%s %d" % (mon, d), "%s %d" % (mon[:3], d), "%s %d, 2025" % (mon, d), "%d %s" % (d, mon)])


def g_dob(rng, ctx, key):
    y, m, d = _date(rng, 1938, 2006)
    if rng.random() < 0.1:
        return "%02d%02d%04d" % (m, d, y)
    return fmt_date(rng, y, m, d, short_ok=False)


def g_kdob(rng, ctx, key):
    y, m, d = _date(rng, 2011, 2022)
    return fmt_date(rng, y, m, d, short_ok=False)


def g_odob(rng, ctx, key):
    y, m, d = _date(rng, 1922, 1935)
    return fmt_date(rng, y, m, d, short_ok=False)


def g_age90(rng, ctx, key):
    return str(rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102]))


def g_agesp(rng, ctx, key):
    ctx.flags.add("evasion")
    n = rng.randint(90, 99)
    return "ninety" + ("" if n == 90 else rng.choice(["-", " "]) + ONES[n - 90])


def g_chart(rng, ctx, key):
    return rng.choice([digits(rng, 5, True), digits(rng, 6, True), "BL" + digits(rng, 6), "00" + digits(rng, 5),
                       digits(rng, 4, True)])


def g_mrn(rng, ctx, key):  # hospital-style MRN
    return rng.choice(["00" + digits(rng, 7), digits(rng, 8, True), "E" + digits(rng, 7), digits(rng, 3, True) + "-" +
                       digits(rng, 3) + "-" + digits(rng, 3)])


def g_acct(rng, ctx, key):
    return rng.choice(["A-" + digits(rng, 7), digits(rng, 6, True), "G" + digits(rng, 5), digits(rng, 8, True),
                       digits(rng, 2, True) + "-" + digits(rng, 5)])


def g_bankacct(rng, ctx, key):
    return digits(rng, rng.randint(9, 12), True)


def g_memberid(rng, ctx, key):
    k = rng.randint(0, 7)
    if k == 0:
        return digits(rng, 10, True)
    if k == 1:
        return "W" + digits(rng, 9)
    if k == 2:
        return "U" + digits(rng, 8) + rng.choice([" 01", "01", " 02"])
    if k == 3:
        return rng.choice(["XGH", "YRJ", "ZCB", "JQW"]) + digits(rng, 9)
    if k == 4:
        return "DDO" + digits(rng, 8)
    if k == 5:
        return digits(rng, 9, True) + "00"
    if k == 6:
        return "H" + digits(rng, 8)
    return digits(rng, 3, True) + "-" + digits(rng, 3) + "-" + digits(rng, 3)


def g_memberidsp(rng, ctx, key):
    ctx.flags.add("evasion")
    d = digits(rng, 11, True)
    return rng.choice([" ".join(d), d[:3] + "\u00a0" + d[3:7] + "\u00a0" + d[7:], "".join(FW[c] for c in d)])


def g_medicaid(rng, ctx, key):
    d = digits(rng, 12, True)
    return rng.choice([d, d[:4] + " " + d[4:8] + " " + d[8:], d[:4] + "-" + d[4:8] + "-" + d[8:]])


def g_mbi(rng, ctx, key):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(A) + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(A) +
         rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(A) + rng.choice(A) + digits(rng, 2))
    return rng.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:]])


def g_dl(rng, ctx, key):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(rng, 6)


def g_dea(rng, ctx, key):
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + rng.choice("AKHVOBCLMGPS") + "".join(map(str, d)) + str(chk)


def g_statelic(rng, ctx, key):
    return rng.choice(["30.0" + digits(rng, 5), "30." + digits(rng, 6), "31.0" + digits(rng, 5),
                       "DDS." + digits(rng, 5)])


def g_plate(rng, ctx, key):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = "".join(rng.choice(L) for _ in range(3))
    return rng.choice([s + " " + digits(rng, 4), s + digits(rng, 4), s + "-" + digits(rng, 4)])


def g_vin(rng, ctx, key):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(rng.choice(A) for _ in range(16))


def g_pmserial(rng, ctx, key):
    return rng.choice(["PJN", "RNV", "BLF", "PZC"]) + digits(rng, 6) + rng.choice("HSG")


def g_haserial(rng, ctx, key):
    return digits(rng, 4) + rng.choice("ABCX") + digits(rng, 5)


def g_pumpserial(rng, ctx, key):
    return rng.choice(["TNS", "NG", "OP"]) + digits(rng, 7)


def g_cpapserial(rng, ctx, key):
    return "23" + digits(rng, 9)


def g_cgmserial(rng, ctx, key):
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(A) for _ in range(6))


def g_ip(rng, ctx, key):
    k = rng.randint(0, 5)
    if k == 0:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250))
    if k == 1:
        return "172.16.%d.%d" % (rng.randint(0, 40), rng.randint(2, 250))
    if k == 2:
        return "fe80::%x:%x:%x:%x" % tuple(rng.randint(0x1000, 0xffff) for _ in range(4))
    if k == 3:
        return "%d.%d.%d.%d" % (rng.choice([24, 65, 74, 98, 104, 162]), rng.randint(0, 255), rng.randint(0, 255),
                                rng.randint(1, 254))
    return "10.%d.%d.%d" % (rng.randint(0, 60), rng.randint(0, 20), rng.randint(2, 250))


def g_cc(rng, ctx, key):
    k = rng.randint(0, 3)
    if k == 3:
        p = rng.choice(["34", "37"]) + digits(rng, 12)
        n = p + luhn_digit(p)
        return rng.choice([n[:4] + " " + n[4:10] + " " + n[10:], n])
    pre = ["4", "5" + str(rng.randint(1, 5)), "6011"][k]
    p = pre + digits(rng, 15 - len(pre))
    n = p + luhn_digit(p)
    sep = rng.choice([" ", "-", "", " "])
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:]])


def g_street(rng):
    s = "%d %s" % (rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)]),
                   rng.choice(STREETS))
    r = rng.random()
    if r < 0.15:
        s += rng.choice([" Apt ", " Apt. ", " #", " Unit "]) + rng.choice([str(rng.randint(1, 40)),
                                                                          "%d%s" % (rng.randint(1, 4), rng.choice("ABCD"))])
    return s


def g_zip(rng, ctx, key):
    z = "43" + str(rng.choice([0, 0, 1, 2])) + digits(rng, 2)
    return z if rng.random() < 0.8 else z + "-" + digits(rng, 4)


def g_addr(rng, ctx, key):
    if rng.random() < 0.08:
        return "PO Box %d" % rng.randint(12, 9999)
    return g_street(rng)


def g_town(rng, ctx, key):
    return rng.choice(TOWNS)


def g_fulladdr(rng, ctx, key):
    st = g_addr(rng, ctx, key)
    t = rng.choice(TOWNS)
    z = g_zip(rng, ctx, key)
    return rng.choice(["%s, %s, OH %s", "%s, %s OH %s", "%s %s OH %s", "%s, %s, Ohio %s"]) % (st, t, z)


def g_addr2line(rng, ctx, key):
    ctx.flags.add("multiline")
    return "%s\n%s, OH %s" % (g_street(rng), rng.choice(TOWNS), g_zip(rng, ctx, key))


def g_portalurl(rng, ctx, key):
    pid = digits(rng, 6, True)
    p = ctx.person("p1")
    return rng.choice(["https://portal.%s/patient/%s/forms" % (GROUP_DOMAIN, pid),
                       "https://%s/intake?pid=%s&dob=%02d%02d%d" % ("forms." + GROUP_DOMAIN, pid, rng.randint(1, 12),
                                                     rng.randint(1, 28), rng.randint(1940, 2015)),
                       "https://brightline.mysmilepay.com/pay?acct=%s&name=%s%s" % (pid, slug(p.first)[:1],
                                                                                   slug(p.last)),
                       "https://portal.%s/visit/%s-%s-%s" % (GROUP_DOMAIN, slug(p.first), slug(p.last), pid)])


def g_cburl(rng, ctx, key):
    p = ctx.person("p1")
    return rng.choice(["https://www.caringbridge.org/site/%s%s" % (slug(p.first), slug(p.last)),
                       "https://www.gofundme.com/f/help-%s-%s-with-jaw-surgery" % (slug(p.first), slug(p.last)),
                       "https://www.gofundme.com/f/%s-dental-surgery-fund" % (slug(p.first) + slug(p.last))])


def staff_full(rng, ctx, key):
    if ("stafffull", key) in ctx.store:
        return ctx.store["stafffull", key]
    v = rng.choice(STAFF_FIRST) + " " + rng.choice(STAFF_LAST)
    ctx.store["stafffull", key] = v
    return v


def g_staffemail(rng, ctx, key):
    n = staff_full(rng, ctx, key).split()
    return rng.choice(["%s%s@%s", "%s.%s@%s"]) % ((n[0][0] if rng.random() < .5 else n[0]).lower(), n[1].lower(),
                                                 GROUP_DOMAIN)


def g_repemail(rng, ctx, key):
    n = (ctx.store.get(("vendorrep", key)) or rng.choice(VENDOR_REPS)).split()
    dom = rng.choice(["henryschein.com", "pattersondental.com", "benco.com", "straumann.com", "aligntech.com",
                      "getweave.com", "glidewell.com"])
    return "%s.%s@%s" % (slug(n[0]), slug(n[-1]), dom)


def g_refemail(rng, ctx, key):
    return rng.choice(["referrals", "frontdesk", "office", "drs"]) + "@" + \
        slug(rng.choice(REF_PRACTICES))[:14] + ".com"


# --- non-PHI fillers
def g_npi(rng, ctx, key):
    b = str(rng.randint(1, 2)) + digits(rng, 8)
    return b + luhn_digit("80840" + b)


def g_mention(rng, ctx, key):
    return "<@U" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([8, 10]))) + ">"


def g_bot(rng, ctx, key):
    return rng.choice(["<@U05BRT7QX>", "<@U05BRT7QX>", "@Molar", "<@U05BRT7QX>"])


def g_tooth(rng, ctx, key):
    return "#" + str(rng.randint(1, 32))


def g_ptooth(rng, ctx, key):
    return "#" + rng.choice("ABCDEFGHIJKLMNOPQRST")


def g_time(rng, ctx, key):
    return rng.choice(["7:30", "8:00", "8:40", "9:15", "10:00", "10:40", "11:20", "1:00", "1:30", "2:15", "3:00",
                       "3:45", "4:10", "noon"])


def g_mtgdate(rng, ctx, key):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS[m - 1], d), "%s %d" % (MONTHS[m - 1][:3], d),
                       "%s %d/%d" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), m, d)])


def g_money(rng, ctx, key):
    r = rng.random()
    if r < 0.55:
        return "$%d" % rng.choice([35, 45, 50, 85, 95, 120, 150, 185, 250, 385, 420, 650, 975, 1150, 1480])
    return "$%s.%02d" % (format(rng.randint(40, 4800), ","), rng.randint(0, 99))


def g_fee(rng, ctx, key):
    return "$%d" % rng.choice([25, 35, 45, 50, 65, 75, 85, 95, 110, 120, 135, 150, 165, 185, 210, 240])


def g_bigmoney(rng, ctx, key):
    r = rng.random()
    if r < 0.5:
        return "$%s" % format(rng.randint(12, 900) * 1000, ",")
    if r < 0.8:
        return "$%.1fM" % (rng.randint(11, 58) / 10.0)
    return "$%sk" % rng.randint(18, 640)


def g_po(rng, ctx, key):
    return rng.choice(["PO ", "PO#", "PO-2025-", "po "]) + digits(rng, rng.choice([4, 5, 6]), True)


def g_invoice(rng, ctx, key):
    return rng.choice(["INV-", "inv #", "invoice ", "Inv. "]) + digits(rng, rng.choice([6, 7]), True)


def g_order(rng, ctx, key):
    return rng.choice(["order #", "order ", "Order No. ", "SO-"]) + digits(rng, 7, True)


def g_ticket(rng, ctx, key):
    return rng.choice(["INC00", "HELP-", "IT-", "CS", "DEL-", "REQ"]) + digits(rng, rng.choice([4, 5]), True)


def g_ver(rng, ctx, key):
    return rng.choice(["Dentrix G7.%d" % rng.randint(1, 9), "v%d.%d.%d" % (rng.randint(8, 24), rng.randint(0, 12),
                       rng.randint(0, 30)), "build 2025.%d.0.%d" % (rng.randint(1, 12), rng.randint(1, 40)),
                       "Eaglesoft %d.%d" % (rng.randint(21, 25), rng.randint(0, 30)),
                       "Open Dental %d.%d.%d" % (rng.randint(22, 24), rng.randint(1, 4), rng.randint(1, 50))])


def g_zoomid(rng, ctx, key):
    d = digits(rng, rng.choice([10, 11]), True)
    return rng.choice([d, "%s %s %s" % (d[:3], d[3:7], d[7:])])


def g_zoomlink(rng, ctx, key):
    return "https://brightline.zoom.us/j/" + digits(rng, 11, True)


def g_labcase(rng, ctx, key):
    return rng.choice(["case #", "case ", "Case No. ", "RX "]) + digits(rng, rng.choice([6, 7, 8]), True)


def g_group(rng, ctx, key):
    return rng.choice(["grp ", "group #", "group ", "Grp# "]) + digits(rng, rng.choice([5, 6, 7]), True)


def g_ext(rng, ctx, key):
    return rng.choice(["x", "ext ", "ext. ", "x"]) + str(rng.randint(200, 4999))


def g_pick(lst):
    return lambda rng, ctx, key: rng.choice(lst)


GENS = {
    "phone": g_phone, "tel": g_tel, "phoneext": g_phoneext, "phonesp": g_phonesp, "phonefw": g_phonefw,
    "phoneword": g_phoneword, "phonenb": g_phonenb,
    "ssn": g_ssn, "ssnplain": g_ssnplain, "ssnmix": g_ssnmix, "ssnzw": g_ssnzw, "ssnsp": g_ssnsp,
    "date": g_date, "sdate": g_sdate, "ldate": g_ldate, "dob": g_dob, "kdob": g_kdob, "odob": g_odob,
    "age90": g_age90, "agesp": g_agesp, "chart": g_chart, "mrn": g_mrn, "acct": g_acct, "bankacct": g_bankacct,
    "memberid": g_memberid, "memberidsp": g_memberidsp, "medicaid": g_medicaid, "mbi": g_mbi,
    "dl": g_dl, "dea": g_dea, "statelic": g_statelic, "plate": g_plate, "vin": g_vin,
    "pmserial": g_pmserial, "haserial": g_haserial, "pumpserial": g_pumpserial, "cpapserial": g_cpapserial,
    "cgmserial": g_cgmserial, "ip": g_ip, "cc": g_cc, "zip": g_zip, "addr": g_addr, "town": g_town,
    "fulladdr": g_fulladdr, "addr2line": g_addr2line, "portalurl": g_portalurl, "cburl": g_cburl,
    "staffemail": g_staffemail, "repemail": g_repemail, "refemail": g_refemail,
    # fillers
    "npi": g_npi, "mention": g_mention, "bot": g_bot, "tooth": g_tooth, "ptooth": g_ptooth, "time": g_time,
    "mtgdate": g_mtgdate, "deadline": g_mtgdate, "money": g_money, "bigmoney": g_bigmoney, "fee": g_fee,
    "pctsmall": lambda rng, ctx, key: "%d.%d%%" % (rng.randint(2, 14), rng.randint(0, 9)),
    "newdoc": g_pick(["Dr. Imani Foster", "Dr. Kaveh Rostami", "Dr. Beatriz Lozano", "Dr. Evan Whitlock", "Dr. Mariam Haidari"]), "po": g_po, "invoice": g_invoice,
    "order": g_order, "ticket": g_ticket, "ver": g_ver, "zoomid": g_zoomid, "zoomlink": g_zoomlink,
    "labcase": g_labcase, "group": g_group, "ext": g_ext,
    "staff": lambda rng, ctx, key: staff_full(rng, ctx, key).split()[0],
    "stafffull": staff_full,
    "doc": g_pick(DOCS), "owner": g_pick(OWNERS), "osdoc": g_pick(OSDOCS), "orthodoc": g_pick(ORTHODOCS),
    "pedodoc": g_pick(PEDODOCS), "exec": g_pick(EXECS),
    "docname": g_pick(["Dr. Chinwe Amadi", "Dr. Paul Kessler", "Dr. Lillian Huang", "Dr. Reka Varga",
                       "Dr. Tobi Oyelaran", "Dr. Anahit Petrosyan", "Dr. Noah Greenfield", "Dr. Karin Lind"]),
    "refdoc": lambda rng, ctx, key: "Dr. %s at %s" % (rng.choice(REFDOC_LAST), rng.choice(REF_PRACTICES)),
    "refpractice": g_pick(REF_PRACTICES), "reflast": g_pick(REFDOC_LAST),
    "site": g_pick(SITES), "sitel": g_pick(SITE_LABEL), "vendor": g_pick(VENDORS), "vendorrep": g_pick(VENDOR_REPS),
    "lab": g_pick(LABS), "payer": g_pick(PAYERS), "mcaid": g_pick(MEDICAID_PLANS), "cdt": g_pick(CDT),
    "proc": g_pick(PROCS), "facaddr": g_pick(FACADDRS), "emoji": g_pick(EMOJI),
    "op": lambda rng, ctx, key: rng.choice(["op ", "Op ", "operatory ", "op", "room "]) + str(rng.randint(1, 9)),
    "day": g_pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Wed", "Thurs", "Fri",
                   "Saturday"]),
    "n": lambda rng, ctx, key: str(rng.randint(2, 14)),
    "pct": lambda rng, ctx, key: "%d.%d%%" % (rng.randint(60, 99), rng.randint(0, 9)),
    "kidage": lambda rng, ctx, key: str(rng.randint(2, 13)),
    "adultage": lambda rng, ctx, key: str(rng.randint(19, 89)),
}


# ----------------------------------------------------------------------------- rendering
SLOT = re.compile(r"\{(?:([A-Z_]+):)?([A-Za-z0-9_.@]+)\}")
CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")
PROTECT = re.compile(r"^<[@#!]")


class Ctx:
    def __init__(self, rng, tpl):
        self.rng = rng
        self.persons = {}
        self.store = {}
        self.raw = {}
        self.flags = set()
        self.nick_ids = set(re.findall(r"(p\d+)\.nick", tpl))
        self.fam_ids = set(re.findall(r"(p\d+)\.fam", tpl))

    def person(self, pid):
        if pid not in self.persons:
            last = None
            if pid in self.fam_ids and pid != "p1":
                last = self.person("p1").last
            for _ in range(30):
                p = Person(self.rng, nick=pid in self.nick_ids, last=last)
                if all(p.first != q.first and p.last not in (q.first, q.last) or (last and p.first != q.first)
                       for q in self.persons.values()):
                    break
            self.persons[pid] = p
        return self.persons[pid]


def resolve(spec, ctx, rng):
    key = None
    if "@" in spec:
        spec, key = spec.split("@", 1)
    m = re.match(r"^(p\d+)\.(\w+)$", spec)
    if m:
        return ctx.person(m.group(1)).get(m.group(2))
    if key is not None and (spec, key) in ctx.store:
        return ctx.store[spec, key]
    taken = {v for (sp, k), v in ctx.store.items() if sp == spec}
    for _ in range(30):
        val = GENS[spec](rng, ctx, key)
        if val not in taken:
            break
    ctx.store[spec, key if key is not None else "_%d" % len(ctx.store)] = val
    return val


def render(tpl, rng):
    while CHOICE.search(tpl):
        tpl = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl, count=1)
    ctx = Ctx(rng, tpl)
    segs, pos = [], 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append(["lit", tpl[pos:m.start()], None])
        val = resolve(m.group(2), ctx, rng)
        segs.append(["span" if m.group(1) else "fill", val, m.group(1)])
        pos = m.end()
    if pos < len(tpl):
        segs.append(["lit", tpl[pos:], None])
    return segs, ctx


KEYB = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "r", "h": "j",
        "l": "k", "d": "f", "c": "v", "u": "y", "p": "o", "g": "h"}
COMMON_SLIPS = {"the": "teh", "and": "adn", "with": "wiht", "just": "jsut", "that": "taht", "from": "form",
                "appointment": "appointmnet", "tomorrow": "tomorow", "schedule": "schedual", "please": "pleae",
                "insurance": "insurnace", "because": "becuase", "their": "thier", "know": "konw",
                "don't": "dont", "she's": "shes", "can't": "cant", "it's": "its", "didn't": "didnt",
                "received": "recieved", "separate": "seperate", "what": "waht", "called": "caled"}


def slip(word, rng):
    lw = word.lower()
    if lw in COMMON_SLIPS and rng.random() < 0.7:
        out = COMMON_SLIPS[lw]
        return out if word.islower() else out.capitalize() if word[0].isupper() else out
    if "'" in word:
        return word.replace("'", "")
    i = rng.randint(1, len(word) - 2)
    k = rng.randint(0, 3)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:
        return word[:i] + word[i + 1:]
    if k == 2:
        return word[:i] + word[i] + word[i:]
    c = word[i].lower()
    return word[:i] + KEYB.get(c, c) + word[i + 1:]


def apply_typos(segs, rng, n):
    cands = []
    for si, s in enumerate(segs):
        if s[0] != "lit":
            continue
        for m in re.finditer(r"[A-Za-z]+(?:'[a-z]+)?", s[1]):
            if len(m.group()) < 4:
                continue
            cands.append((si, m.start(), m.end()))
    if not cands:
        return False
    picks = sorted(rng.sample(cands, min(n, len(cands))), key=lambda t: (t[0], -t[1]))
    for si, a, b in sorted(picks, key=lambda t: (t[0], t[1]), reverse=True):
        w = segs[si][1][a:b]
        segs[si][1] = segs[si][1][:a] + slip(w, rng) + segs[si][1][b:]
    return True


def finish(segs, ctx, rng, lower, typos, extra_tags):
    segs = [list(s) for s in segs]
    tags = set(extra_tags) | ctx.flags
    if lower:
        for s in segs:
            if s[0] == "fill" and PROTECT.match(s[1]):
                continue
            s[1] = s[1].lower()
        tags.add("lowercase")
    if typos and apply_typos(segs, rng, typos):
        tags.add("typo")
    text, spans, b = "", [], 0
    for kind, val, typ in segs:
        if kind == "span":
            spans.append({"type": typ, "value": val, "_start": len(text.encode("utf-8"))})
        text += val
    # verify the checker will find every value where we put it
    bt, pos = text.encode("utf-8"), 0
    for sp in spans:
        v = sp["value"].encode("utf-8")
        i = bt.find(v, pos)
        if i != sp["_start"] or not sp["value"].strip():
            return None
        pos = i + len(v)
    visible = "".join(s[1] for s in segs if not (s[0] == "fill" and PROTECT.match(s[1])))
    if not lower and visible == visible.lower() and re.search(r"[a-z]", visible):
        tags.add("lowercase")
    if "\n" in text:
        tags.add("multiline")
    if re.search(r"<[@#!]|<https?:|<mailto:|<tel:|\*[^\s*][^*]*\*|`|(^|\s)_[^_\s][^_]*_", text):
        tags.add("slack-markup")
    if re.search("[\u2600-\u27bf\U0001F300-\U0001FAFF]|:[a-z_]+:", text):
        tags.add("emoji")
    types = [s["type"] for s in spans]
    for t, tg in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
        if t in types:
            tags.add(tg)
    if any(t not in ("NAME", "DATE", "AGE", "ADDRESS") for t in types):
        tags.add("structured")
    if "ADDRESS" in types:
        tags.add("address")
    tags.discard("phi")
    tags.discard("clean")
    tags = (["phi"] if spans else ["clean"]) + sorted(tags)
    return text, [{"type": s["type"], "value": s["value"]} for s in spans], tags


# ----------------------------------------------------------------------------- templates
# Each entry: (template, extra tags). Content tags for span types are added automatically.
PHI_T = [
    # --- front desk / scheduling
    ("{NAME:p1.full} called to move {p1.her} crown seat from {DATE:date} to any afternoon next week. cb {PHONE:phone}", []),
    ("{p1.ms} {NAME:p1.last} is here for {p1.her} {time} but Dentrix has {p1.herobj} on {DATE:date}. can we squeeze {p1.herobj} into {op}?", []),
    ("no-show #3 for {NAME:p1.full} (chart {MRN:chart}). [[ok to send the dismissal letter?|do we dismiss or give one more chance?|{doc} wants to talk before we dismiss.]]", []),
    ("Confirmed for tomorrow at {site}:\n• {NAME:p1.full} – 8:00 prophy\n• {NAME:p2.full} – 9:15 crown prep {tooth}\n• {NAME:p3.full} – 11:00 consult w/ {osdoc}", []),
    ("{NAME:p1.first} in {op} is asking for nitrous, is that on {p1.her} tx plan? {doc} is running 20 behind", []),
    ("who took the message from {NAME:p1.full}? {p1.she} says someone promised a callback about the bill and nobody ever called", ["complaint"]),
    ("VM 9:52am from {NAME:p1.full}, {PHONE:phone}: \"hi it's {NAME:p1.first}, I have to cancel {DATE:date}, my ride fell through, call me back\"", []),
    ("Walk-in: {NAME:p1.full}, DOB {DATE:dob}, broken {tooth}, no insurance. can {doc} see {p1.herobj} at 2?", []),
    ("the {NAME:p1.last} kids all need recall before school starts, 3 of them. mom's cell is {PHONE:phone}", []),
    ("pls update address for {NAME:p1.full} → {ADDRESS:fulladdr}", []),
    ("new address for {NAME:p1.inv}:\n{ADDRESS:addr2line}", []),
    ("{NAME:p1.full}'s {p2.wife} {NAME:p2.first} called, {p1.she}'s in the hospital and won't make {DATE:date}. don't charge the broken appt fee pls", []),
    ("is {NAME:p1.full} (DOB {DATE:dob}) a dupe of {NAME:p1.invc}? two charts, {MRN:chart} and {MRN:chart@b}. ok to merge?", ["records"]),
    ("can someone call {NAME:p1.fl} back? {p1.she} left a msg at {site} about a swollen cheek after the {DATE:date} extraction. {PHONE:phone}", []),
    ("reschedule list for {doc} being out {day}:\n{NAME:p1.full} {PHONE:phone@a}\n{NAME:p2.full} {PHONE:phone@b}\n{NAME:p3.full} (text only) {PHONE:phone@c}", []),
    ("fyi {NAME:p1.last} is running late, stuck on 270. says 15 min. {p1.she}'s the {time} in {op}", []),
    ("Can we double book {NAME:p1.full} on {DATE:date}? {p1.she} only has that day off and it's just a post-op check with {osdoc}", []),
    ("{NAME:p1.full} wants all appts after 3:30 from now on, pls put it in the chart note (chart # {MRN:chart})", []),
    ("Broken appt fee waived for {NAME:p1.full} ({DATE:date}) — {owner} approved, [[car accident on the way in|family emergency|our mistake on the reminder text]]", []),
    ("text from {NAME:p1.nick} ({NAME:p1.full}) at 7:02am: \"cant make it today sorry, can u do {DATE:date}?\"", []),
    ("ASAP list for {doc} if anyone cancels: {NAME:p1.full}, {NAME:p2.full}, {NAME:p3.fl}", []),
    ("the {p1.lady} in the lobby w/ the service dog is {NAME:p1.full}, {p1.she}'s here for {DATE:date} which is NEXT week 🙃", []),
    ("Pt called re: implant appt - name {NAME:p1.full}, phone {PHONE:phone}, said call after 4", []),
    ("{NAME:p1.last}, {NAME:p2.last}, and {NAME:p3.last} all confirmed via Weave for {DATE:date}. still waiting on {NAME:p4.last}", []),
    ("Recall overdue 18+ mo, calling today:\n- {NAME:p1.invc} — last seen {DATE:date}\n- {NAME:p2.invc} — last seen {DATE:date@b}\n- {NAME:p3.invc} — last seen {DATE:date@c}", []),
    ("{NAME:p1.first} called from a new number {PHONE:phone}, says the old one is disconnected. {p1.she}'s the {DATE:date} crown seat", []),
    ("The patient who called about the swelling is {NAME:p1.full} ({PHONE:phone}). {osdoc} wants {p1.herobj} in today", []),
    ("{NAME:p1.full} requested we only call {p1.her} work line {PHONE:phoneext}, never the house", []),
    ("patient {NAME:p1.full} ({NAME:p1.nick}) is here for {p1.her} {time}, says {p1.she} checked in on the kiosk but nothing shows", []),
    ("note from {NAME:p1.full}'s chart: \"pt prefers {NAME:p1.nick}\" — can we update the preferred name field", []),
    ("lives in {ADDRESS:town} now, so {NAME:p1.first} wants to switch to the {site} office for the rest of the implant appts", []),
    ("{bot} what's the balance on account {ACCOUNT_NUMBER:acct}?", []),
    # --- sedation / oral surgery
    ("*IV sedation tomorrow* — {NAME:p1.full}, DOB {DATE:dob}. NPO after midnight confirmed, driver is {p1.her} {p2.son} {NAME:p2.fam} {PHONE:phone}", []),
    ("sedation pre-op for {NAME:p1.last}: ASA II, wt 212, has a pacemaker (Medtronic, SN {DEVICE_ID:pmserial}). need cardiology clearance before {DATE:date}", []),
    ("{NAME:p1.full}'s ride is waiting out front, gray Camry, plate {VEHICLE_ID:plate}. tell them pickup is ~11:30", []),
    ("{NAME:p1.full} ate breakfast 😩 we have to reschedule the {DATE:date} sedation. {osdoc} is not thrilled", []),
    ("Pre-sedation calls ({day}):\n1. {NAME:p1.full} {PHONE:phone@a}\n2. {NAME:p2.full} {PHONE:phone@b}\n3. {NAME:p3.full} {PHONE:phone@c} — needs [[Somali|Nepali|Spanish|Arabic|Vietnamese|ASL]] interpreter", []),
    ("driver for {NAME:p1.first} is {p1.her} neighbor {NAME:p2.full}, not family. ok per our consent? surgery is {DATE:date}", []),
    ("pt {NAME:p1.full} has an insulin pump (t:slim, serial {DEVICE_ID:pumpserial}). {osdoc} wants the endo note on basal rates before the {DATE:date} IV case", []),
    ("Heads up {mention}: {NAME:p1.full} wears a CGM, Dexcom transmitter {DEVICE_ID:cgmserial}. it was the thing alarming in {op}, not our monitor", []),
    ("Sedation consult — {NAME:p1.fullmi}\nDOB: {DATE:dob}\nMeds: Eliquis, metoprolol\nAllergies: PCN\nEscort: {NAME:p2.full} ({PHONE:phone})\nPlan: [[D7240/D9239|D7230/D9243|D7210/D9239]], #1 #16 #17 #32", []),
    ("can we move {NAME:p1.full}'s IV sed from {DATE:date} to {DATE:date@b}? {osdoc} has a hospital case that morning", []),
    ("{NAME:p1.last} brought {p1.her} CPAP to the sleep appliance consult — ResMed serial {DEVICE_ID:cpapserial}, compliance download is in the chart", []),
    ("post-op call done for {NAME:p1.full} ({DATE:date} extractions) — bleeding stopped, pain 3/10, icing. f/u {DATE:date@b}", []),
    ("Oral surgery tomorrow, {site}:\n7:30 {NAME:p1.fi} – [[D7240 x4|D7210|D7140 + D7953]]\n9:45 {NAME:p2.fi} – [[D6010|D7210 #1|D7240 #17]]\n1:00 {NAME:p3.fi} – implant #30", []),
    ("{NAME:p1.full}'s pacemaker card: Medtronic Azure, SN {DEVICE_ID:pmserial}, implanted {DATE:date}. scanned to chart for the ultrasonic scaler precaution", []),
    ("Whoever has {NAME:p1.full} at 3 — {p1.she}'s a hard stick, {osdoc} said go for the hand", []),
    ("DL for ID check, sedation pt {NAME:p1.full}: {LICENSE_NUMBER:dl} (OH)", []),
    # --- billing / insurance
    ("{NAME:p1.full} disputes the {money} balance on acct {ACCOUNT_NUMBER:acct}, says Delta should've covered the D4341 on {DATE:date}", ["complaint"]),
    ("card on file declined for {NAME:p1.last}. {p1.she} read me a new one over the phone: {CREDIT_CARD:cc} exp 09/27, billing zip {ADDRESS:zip}", []),
    ("predeterm for {NAME:p1.full} sent to {payer}, member ID {HEALTH_PLAN_ID:memberid}, {group}. 4 implants + graft, est {money}", []),
    ("MetLife shows no active coverage for sub ID {HEALTH_PLAN_ID:memberid}. pt {NAME:p1.full}, DOB {DATE:dob}. subscriber is {p1.her} ex, {NAME:p2.full}, SSN {SSN:ssn}", []),
    ("refund check for {NAME:p1.full} — mail to {ADDRESS:fulladdr}, NOT the address on guarantor acct {ACCOUNT_NUMBER:acct}", []),
    ("{NAME:p1.full} (peds, {site}) — {mcaid} ID {HEALTH_PLAN_ID:medicaid}, DOB {DATE:kdob}. elig came back inactive, can mom bring the new card?", []),
    ("statement came back undeliverable for {NAME:p1.invc}, acct {ACCOUNT_NUMBER:acct}. is the new one {ADDRESS:addr} in {ADDRESS:town}?", []),
    ("payment plan for {NAME:p1.full}: {fee}/mo drafting from checking {ACCOUNT_NUMBER:bankacct}, first draft on the 15th", []),
    ("Fwd from {NAME:p1.full}: \"why am I getting billed {money} when my card says 100% preventive?? member # {HEALTH_PLAN_ID:memberid}\"", ["complaint"]),
    ("Humana MA plan for {NAME:p1.full}, MBI {HEALTH_PLAN_ID:mbi}. dentures covered once every 5 yrs, last set delivered {DATE:date}", []),
    ("EOB back for {NAME:p1.last} — DOS {DATE:date}, D2740 paid {money}, pt portion {money@b}. posting to acct {ACCOUNT_NUMBER:acct}", []),
    ("ins verification {day}:\n{NAME:p1.full} | {payer} | {HEALTH_PLAN_ID:memberid@a}\n{NAME:p2.full} | {payer@b} | {HEALTH_PLAN_ID:memberid@b}\n{NAME:p3.full} | self pay", []),
    ("collections: {NAME:p1.full} owes {money} from DOS {DATE:date}, 3 statements sent to {ADDRESS:fulladdr}. send to the agency?", []),
    ("can you run {NAME:p1.first}'s Amex again? {CREDIT_CARD:cc}, {p1.she} says the hold is off now", []),
    ("Guardian needs the subscriber SSN for {NAME:p1.full}'s claim. policyholder is {p1.her} {p2.wife} {NAME:p2.fam}, SSN {SSN:ssn}", []),
    ("ssn for {NAME:p1.last} is {SSN:ssnplain} per the intake form, verify w/ Aetna", []),
    ("UCR dispute — pt: {NAME:p1.invc}; acct {ACCOUNT_NUMBER:acct}; DOS {DATE:date}; codes {cdt}, {cdt@b}; billed {money}", []),
    ("{NAME:p1.full} paid {money} cash for the night guard, receipt is in {p1.her} chart ({MRN:chart})", []),
    ("Medicaid won't pay the D9222 for {NAME:p1.full} without a narrative. ID {HEALTH_PLAN_ID:medicaid}, DOS {DATE:date}", []),
    ("Cigna says dependent {NAME:p1.first} aged out — DOB {DATE:dob}, member ID {HEALTH_PLAN_ID:memberid}. self-pay or get {p1.her} own plan", []),
    ("credit balance {money} on {NAME:p1.full}'s guarantor acct ({ACCOUNT_NUMBER:acct}) — refund it or hold for the {DATE:date} appt?", []),
    ("pt gave card over the phone for {NAME:p1.full}: {CREDIT_CARD:cc} exp 11/26, cvv was on a sticky (shredded). ran {money}", []),
    ("member id for {NAME:p1.full} the way {p1.she} typed it in the portal: {HEALTH_PLAN_ID:memberidsp}", []),
    ("Delta sub ID {HEALTH_PLAN_ID:memberid} belongs to {NAME:p1.full}, not {NAME:p2.full} — they got swapped at check-in", []),
    ("Subscriber: {NAME:p2.full}   SSN {SSN:ssnmix}   Rel: spouse\nPatient: {NAME:p1.full}   DOB {DATE:dob}", []),
    ("ssn came through the portal as {SSN:ssnzw} for {NAME:p1.full}, can someone clean it up in Dentrix", []),
    ("she spelled the ssn out digit by digit: {SSN:ssnsp}. pt is {NAME:p1.full}, it's for the CareCredit app", []),
    # --- treatment coordinators
    ("TC notes — {NAME:p1.full}\nPlan: {proc} + crowns\nFee: {money} after ins\nWants to start {DATE:date}, CareCredit approved\nCall {PHONE:phone} after 5", []),
    ("{NAME:p1.full} accepted the full-arch plan 🎉 surgery {DATE:date} w/ {osdoc}. {lab} needs the slip by {day}", []),
    ("{NAME:p1.last} wants a second opinion before the implant. ok to send records to {refdoc}? release signed {DATE:date}", ["records"]),
    ("{NAME:p1.full} declined the bridge again. documenting informed refusal, signed {DATE:date}", []),
    ("CareCredit app for {NAME:p1.full}: DL {LICENSE_NUMBER:dl}, DOB {DATE:dob}, approved for {money}", []),
    ("tx plan for {p1.ms} {NAME:p1.last} is in the TC folder, {p1.she} wants it emailed to {EMAIL:p1.email}", []),
    ("{NAME:p1.full} asked if we can split the {money} into 3, first payment at the {DATE:date} visit. ok {owner}?", []),
    ("Consult recap for {owner}: {NAME:p1.full}, {adultage}, missing #19 #30, wants implants not a bridge. CBCT scheduled {DATE:date}", []),
    ("pls send {NAME:p1.full} the Invisalign financing contract through DocuSign — email is <mailto:{EMAIL:p1.email}|{EMAIL:p1.email}>", []),
    ("{NAME:p1.full} called asking why the quote went from {money} to {money@b}. we quoted {p1.herobj} on {DATE:date} before the ins changed", ["complaint"]),
    # --- lab
    ("{lab} {labcase} for {NAME:p1.full} came back with open contacts on {tooth}. remake or adjust? seat was {DATE:date}", []),
    ("{lab} pickup {day}: {NAME:p1.fi} (denture reline), {NAME:p2.fi} (night guard), {NAME:p3.fi} (Essix)", []),
    ("shade for {NAME:p1.full}'s veneers is BL2 per {doc}. photos are under chart {MRN:chart}, case due back {DATE:date}", []),
    ("lab called: impression for {NAME:p1.last} is distorted, need a retake before the {DATE:date} seat 😑", []),
    ("Lab slip\nPatient: {NAME:p1.inv}\nChart: {MRN:chart}\nDoctor: {doc}\nTooth: {tooth} PFM\nShade: A3\nDue: {DATE:date}", []),
    ("{lab} wants the pt name on every box now. so {NAME:p1.full}'s implant crown is {labcase}, and {NAME:p2.full}'s partial is {labcase@b}", []),
    ("did the hybrid for {NAME:p1.full} ship? {p1.she}'s flying in from Arizona for the {DATE:date} delivery", []),
    ("Denture for {NAME:p1.full}, {AGE:age90}, try-in {DATE:date}. {p1.she} lost 20 lbs since impressions, may need a reline", []),
    # --- referrals
    ("Referral from {refdoc}: {NAME:p1.full}, DOB {DATE:dob}, impacted #17/#32, wants IV. {payer} {HEALTH_PLAN_ID:memberid}. their fax {PHONE:phone}", ["referral"]),
    ("REFERRAL FORM (pasted)\nPatient: {NAME:p1.full}\nDOB: {DATE:dob}\nPhone: {PHONE:phone}\nReason: eval {tooth} for ext + implant\nReferring: {refdoc}\nUrgency: routine", ["referral"]),
    ("sent {NAME:p1.full}'s CBCT to the periodontist, {p1.her} email is <mailto:{EMAIL:p1.email}|{EMAIL:p1.email}> if they need {p1.herobj} directly", ["referral"]),
    ("{refdoc} wants an update on {NAME:p1.last} (ref'd {DATE:date}). can {osdoc} send a letter?", ["referral"]),
    ("outgoing referral to OSU for {NAME:p1.full} — suspicious lesion lateral tongue, {doc} wants a biopsy within 2 wks. cell {PHONE:phone}", ["referral"]),
    ("got a peds referral from Nationwide Children's: {NAME:p1.full}, age {kidage}, DOB {DATE:kdob}, MRN {MRN:mrn}, needs GA for multiple SSCs", ["referral"]),
    ("endo referral back from Short North for {NAME:p1.fl}: RCT {tooth} done {DATE:date}, needs buildup + crown w/ us", ["referral"]),
    ("{refdoc} sent over {NAME:p1.full} but the referral has DOB {DATE:dob} and our chart says {DATE:dob@b}. which is right?", ["referral"]),
    ("send the pano to {EMAIL:refemail} for {NAME:p1.full}, they're seeing {p1.herobj} {DATE:date}", ["referral"]),
    # --- complaints / escalations
    ("Google review from \"{NAME:p1.full}\" says we butchered {p1.her} kid's filling. kid is {NAME:p2.fam}, seen {DATE:date} at {site}. {owner} wants to call personally", ["complaint"]),
    ("{NAME:p1.full} is threatening to report us to the dental board over the {DATE:date} extraction. pulling chart {MRN:chart} for {owner}", ["complaint", "escalation"]),
    ("*Complaint* — {NAME:p1.full} ({PHONE:phone}) says {staff} was rude at checkout on {DATE:date}. wants a call from a manager, not the front desk", ["complaint"]),
    ("{p1.ms} {NAME:p1.last} is yelling in the lobby about the bill, {staff} is handling but can {owner} come up 🚨", ["complaint", "escalation"]),
    ("patient complaint email, forwarded:\n> I have been a patient since 2009 and on {DATE:date} I waited 55 minutes past my appointment...\n> - {NAME:p1.full}\n> {EMAIL:p1.email}", ["complaint"]),
    ("attorney letter for {NAME:p1.full} re: paresthesia after the #17 ext ({DATE:date}). don't discuss with pt, forwarding to our carrier", ["escalation"]),
    ("the {NAME:p1.last} dad called AGAIN about the stainless crowns on {NAME:p2.first}. says nobody explained them. visit was {DATE:date}", ["complaint"]),
    # --- ortho
    ("brackets off for {NAME:p1.full} moved to {DATE:date}. {p2.mom} ({NAME:p2.fam}) asked for after 3 bc of school", []),
    ("{NAME:p1.first}'s expander broke again lol. can {orthodoc} see {p1.herobj} {DATE:date}?", []),
    ("Invisalign starts this week: {NAME:p1.full} ({DATE:date}), {NAME:p2.full} ({DATE:date@b}), {NAME:p3.fl} ({DATE:date@c})", []),
    ("ortho contract for {NAME:p1.full}: {money} down, {fee}/mo x 20, autopay on card {CREDIT_CARD:cc}", []),
    ("{NAME:p1.full} lost {p1.her} retainer at camp, parent wants a rush. retainer appt {DATE:date}?", []),
    ("ortho records for transfer pt {NAME:p1.full} from Florida — prior ortho says debond was supposed to be {DATE:date}. parent email {EMAIL:p2.email}", ["records"]),
    # --- pediatric
    ("peds: {NAME:p1.full}, age {kidage}, DOB {DATE:kdob}, needs GA for 8 SSCs. OR date {DATE:date} at Nationwide", []),
    ("custody note on {NAME:p1.full}'s chart: only {p2.mom} ({NAME:p2.fam}) can consent, the other parent is NOT to get appt info. {p2.mom}'s cell {PHONE:phone}", []),
    ("{NAME:p1.first} ({kidage}) bit {pedodoc} during the exam 😂 mom was mortified. recall {DATE:date}", []),
    ("{p2.grandma} {NAME:p2.full} brought {NAME:p1.first} in today but {p2.she}'s not on the consent form. do we treat?", []),
    ("CPS concern on {NAME:p1.full}, DOB {DATE:kdob} — rampant caries + bruising on the arm. {pedodoc} documented, who makes the call?", ["escalation"]),
    ("school sealant day forms: {NAME:p1.invc} (grade 2), {NAME:p2.invc} (grade 2), {NAME:p3.invc} (grade 3) — all {mcaid}", []),
    ("{NAME:p1.full}'s mom says {p1.she}'s allergic to latex now, update the medical alert. next visit {DATE:date}", []),
    ("oral conscious sedation for {NAME:p1.full} ({kidage} y/o, 18 kg) on {DATE:date} — {NAME:p2.fam} will be the escort", []),
    ("the {NAME:p1.last} twins ({NAME:p1.first} and {NAME:p2.first}) need {DATE:date} for fluoride + sealants", []),
    ("new peds pt {NAME:p1.full}, DOB {DATE:kdob}, parent {NAME:p2.fam}, {PHONE:phone}, {mcaid} {HEALTH_PLAN_ID:medicaid}", []),
    ("dad is in the waiting room asking about {NAME:p1.first}'s pulpotomy on {ptooth}, he wants to see the xray", []),
    # --- employee health
    ("{NAME:p1.first} ({site} hygiene) got stuck with a used needle {DATE:date} around 2. source pt is {NAME:p2.full}, chart {MRN:chart}. who does the bloodwork f/u?", ["employee-health"]),
    ("FYI {NAME:p1.full} from billing is out for surgery starting {DATE:date}, FMLA paperwork is with HR", ["employee-health"]),
    ("Exposure incident report\nEmployee: {NAME:p1.full}\nDate: {DATE:date}\nSource patient: {NAME:p2.invc} (chart {MRN:chart})\nPEP started: yes", ["employee-health"]),
    ("{NAME:p1.first} fainted in sterilization this morning, EMS took {p1.herobj} to Mount Carmel. {p1.she}'s ok but out thru {DATE:date}", ["employee-health"]),
    ("flu shot clinic: {NAME:p1.full} has an egg allergy on {p1.her} employee health form, skip {p1.herobj}", ["employee-health"]),
    # --- VIP
    ("VIP heads up: {NAME:p1.full} (state senator) booked a veneer consult {DATE:date}. back entrance, keep {p1.herobj} off the lobby board", ["vip"]),
    ("{NAME:p1.full} from the Blue Jackets is coming in for the chipped incisor, {DATE:date} at {time}. NO photos, NO social 🙏", ["vip"]),
    ("{owner} wants to personally see {NAME:p1.full} (big hospital foundation donor, also our patient) {DATE:date}", ["vip"]),
    # --- elderly / age
    ("{NAME:p1.full}, {AGE:age90} y/o, denture adjustment {DATE:date}. uses a walker, book op 1 on the ground floor", []),
    ("Mr. {NAME:p1.last} is {AGE:agesp} and still drives himself 😂 full upper reline {DATE:date}", []),
    ("extractions on a {AGE:age90}-year-old — {osdoc} wants PCP clearance first. pt: {NAME:p1.invc}, DOB {DATE:odob}", []),
    ("{NAME:p1.first} turned {AGE:age90} today!! hygiene made {p1.herobj} a card 🎂", []),
    ("home visit request: {NAME:p1.full}, {AGE:age90}, lives at {ADDRESS:fulladdr}, {p2.son} {NAME:p2.fam} is POA ({PHONE:phone})", []),
    ("nursing home pt {NAME:p1.full} (DOB {DATE:odob}, age {AGE:age90}) — the facility is sending {p1.herobj} by van {DATE:date}", []),
    ("pls double the appt time for {p1.ms} {NAME:p1.last}, {p1.she}'s {AGE:age90} and very hard of hearing. hearing aid serial {DEVICE_ID:haserial} is in the chart bc we lost it once lol", []),
    ("monthly report lists {NAME:p1.full} (DOB {DATE:odob}) as our oldest active patient at {AGE:age90}", []),
    # --- bot requests
    ("{bot} email {NAME:p1.full} at {EMAIL:p1.email} that {p1.her} implant consult moved to {DATE:date} at 9", []),
    ("{bot} add a reminder for me at 4: call back {NAME:p1.full} re: refund, {PHONE:phone}", []),
    ("{bot} draft a letter to {NAME:p1.full}, {ADDRESS:fulladdr}, about the balance on acct {ACCOUNT_NUMBER:acct}. firm but nice", []),
    ("{bot} pull every appt for {NAME:p1.full} DOB {DATE:dob} since January and put them in a table", []),
    ("{bot} find the thread with {refdoc} about {NAME:p1.last} and forward it to {staff}", []),
    ("{bot} block {DATE:date} 1-3pm on {osdoc}'s column for {NAME:p1.full}'s bone graft and invite {staff}", []),
    ("{bot} send a text to {PHONE:phone}: \"Hi {NAME:p1.first}, this is Brightline Dental confirming {DATE:date} at {time}. Reply C to confirm\"", []),
    ("{bot} summarize the chart notes for {NAME:p1.full} (chart {MRN:chart}) before my 8am with {p1.herobj}", []),
    ("{bot} email {EMAIL:staffemail} the predeterm for {NAME:p1.full}", []),
    ("{bot} remind me {DATE:date} to follow up with {NAME:p1.full} on the sinus lift healing", []),
    ("hey {bot} can you look up who {PHONE:phone} is? they left 4 voicemails and never said a name", []),
    ("{bot} translate for the mom: \"{NAME:p1.first} necesita volver el {DATE:date} para el control\"", []),
    # --- structured identifiers, staff / vendor / IT
    ("credentialing for {docname}: DEA {LICENSE_NUMBER:dea}, OH lic {LICENSE_NUMBER:statelic}, NPI {npi}. Delta needs it by Friday", ["credentialing"]),
    ("{docname}'s DEA {LICENSE_NUMBER:dea} expires end of month — did anyone submit the renewal?", ["credentialing"]),
    ("Dentrix server at {IP_ADDRESS:ip} keeps dropping at {site}, {ticket} is open with IT", []),
    ("new hygienist {stafffull@s}: license {LICENSE_NUMBER:statelic}, email {EMAIL:staffemail@s}, starts Monday", ["credentialing", "business-contact"]),
    ("{vendor} service tech line is {PHONE:phoneext}, ask for {vendorrep}", ["business-contact"]),
    ("Sirona rep's cell: {PHONE:phone} ({vendorrep}) — call if the CEREC mill throws E-41 again", ["business-contact"]),
    ("the pano at {site} lost its static IP again. was {IP_ADDRESS:ip}, DHCP gave it {IP_ADDRESS:ip@b}", []),
    ("email {vendorrep@r} at {EMAIL:repemail@r} about the backorder, cc me", ["business-contact"]),
    ("<@U02KJ8RRQ> can you set up {stafffull@s}'s Dentrix login? work email {EMAIL:staffemail@s}, ext {ext}", ["business-contact"]),
    # --- URLs, obfuscation, vehicles, devices
    ("{NAME:p1.full}'s mom can't log in to the portal. link she got: {URL:portalurl}", []),
    ("caringbridge for {NAME:p1.full} if anyone wants to send a card after the jaw surgery: {URL:cburl}", []),
    ("pt wants the post-op instructions sent to {EMAIL:p1.emailobf} (typed it like that lol) — {NAME:p1.first} from {site}", []),
    ("callback for {NAME:p1.first}: {PHONE:phonesp}", []),
    ("{NAME:p1.full} put {p1.her} number in the kiosk as {PHONE:phonefw}, pls fix it in Dentrix", []),
    ("pt read {p1.her} number as \"{PHONE:phoneword}\" — it's {NAME:p1.full} about the {DATE:date} bone graft", []),
    ("cell for {NAME:p1.full} is {PHONE:phonenb} (copied from the intake pdf so it may look weird)", []),
    ("{NAME:p1.full}'s car is in the fire lane, plate {VEHICLE_ID:plate} — can someone ask {p1.herobj} to move it before the tow truck shows", []),
    ("hit-and-run in our {site} lot, the pt whose car got hit is {NAME:p1.full}. other car's VIN per the police report: {VEHICLE_ID:vin}", []),
    ("portal link for {NAME:p1.first} bounced — <{URL:portalurl}|intake forms>", ["slack-markup"]),
    ("tele-consult link for {NAME:p1.full}: {URL:portalurl} — {osdoc} at 4:15", []),
    ("<tel:{PHONE:tel@a}|{PHONE:phone@a}> is {NAME:p1.full}'s daughter, call her about transport home", []),
    ("lost & found: reading glasses + a hearing aid in {op}. pretty sure the hearing aid is {NAME:p1.full}'s ({DATE:date} appt), serial {DEVICE_ID:haserial}", []),
    # --- threads, records, misc
    ("^ that's {NAME:p1.last} not {NAME:p2.last}, wrong chart. the {tooth} crown is {NAME:p1.first}'s", []),
    ("replying in thread: yes {NAME:p1.first} came in {DATE:date} and signed the HIPAA ack, it's scanned", []),
    ("+1 to what {staff} said. {NAME:p1.full} should NOT be booked with {doc} again, pt's request", []),
    ("quick q — do we need a new HIPAA form for {NAME:p1.full}? last one was signed {DATE:date}", []),
    ("{NAME:p1.full}\n{DATE:dob}\n{PHONE:phone}\n{payer} {HEALTH_PLAN_ID:memberid}\n^ new pt from the website form, booked for a cleaning", []),
    ("*Incident* {DATE:date}, {site}: pt {NAME:p1.full} slipped on the wet floor by op 2, no injury, declined EMS. {staff} witnessed", []),
    ("records request from {NAME:p1.full}'s attorney, pt DOB {DATE:dob}, dates of service {DATE:date} to {DATE:date@b}", ["records"]),
    ("Pt requesting a copy of x-rays: {NAME:p1.full}, {EMAIL:p1.email}, {PHONE:phone}. verified DOB {DATE:dob}", ["records"]),
    ("for the record {NAME:p1.full} ≠ {NAME:p2.full}. same DOB ({DATE:dob}), different people!! check twice", []),
    ("can someone interpret for {NAME:p1.full}? {p1.she} only speaks [[Nepali|Somali|Vietnamese|Spanish|Arabic|Russian]], appt {DATE:date}. {p1.her} {p2.grandson} usually comes — {NAME:p2.fam}", []),
    ("deceased: {NAME:p1.full} passed {DATE:date}. family asked us to stop the recall texts. inactivate chart {MRN:chart}", []),
    ("{NAME:p1.full} moved to {ADDRESS:town}, transferring records to {refpractice}. last visit with us was {DATE:date}", ["records"]),
    ("{NAME:p1.last} family (4 pts) address change: {ADDRESS:fulladdr}. phone stays the same", []),
    ("Patient: {NAME:p1.invc} | Acct: {ACCOUNT_NUMBER:acct} | Ins: {payer} | Sub ID: {HEALTH_PLAN_ID:memberid} | Next appt: {DATE:date}", []),
    ("hey can someone grab the consent for {NAME:p1.full}?? {osdoc} is waiting in {op} and it's not in the scanned docs", []),
    ("omg {NAME:p1.first} just walked in w/o an appt AGAIN. {p1.she}'s not due till {DATE:date}", []),
    ("Teams msg from the Hilliard desk: pt {NAME:p1.full} DOB {DATE:dob} says we charged the card twice ({money}), acct {ACCOUNT_NUMBER:acct}", ["complaint"]),
    ("pls call {p1.ms} {NAME:p1.last} at {PHONE:phone} — premed (amox 2g) wasn't taken before the {DATE:date} cleaning so we sent {p1.herobj} home", []),
    ("New pt intake (website):\nname: {NAME:p1.full}\nemail: {EMAIL:p1.email}\naddress: {ADDRESS:fulladdr}\nreason: wisdom teeth consult", []),
    ("{NAME:p1.full} — hep C+ per med hx. just flagging for the {DATE:date} ext, standard precautions anyway", []),
    ("chart audit: {MRN:chart}, {MRN:chart@b}, {MRN:chart@c} are missing signed tx plans, pls fix by Friday", ["records"]),
    ("thx! and {NAME:p1.first}'s husband wants the same slot on {DATE:date} if possible", []),
    ("pt {NAME:p1.last} (goes by {NAME:p1.nick}) needs premed before every cleaning, knee replacement. next prophy {DATE:date}", []),
    ("payment from {NAME:p1.full}'s {p2.son} {NAME:p2.fam} on {p1.her} behalf, {money}, acct {ACCOUNT_NUMBER:acct}", []),
    ("Can we get {NAME:p1.fullmi} in with {osdoc} for the biopsy f/u? path is back, {doc} wants it by {DATE:date}", []),
    ("anyone know if {NAME:p1.full} ever brought in the new Aetna card? system still shows {HEALTH_PLAN_ID:memberid}", []),
    ("Birthday cards this week 🎈 {NAME:p1.full} ({DATE:dob}), {NAME:p2.full} ({DATE:dob@b}), {NAME:p3.full} ({DATE:dob@c})", []),
    ("ROSTER — sedation {day}\n{NAME:p1.inv}  {DATE:dob}\n{NAME:p2.inv}  {DATE:dob@b}", []),
    ("pt in {op} (it's {NAME:p1.full}) is having a panic attack, can someone bring the nitrous cart", []),
    ("ASL interpreter request for {NAME:p1.full} on {DATE:date} at {time}, {site}. agency needs 5 business days", []),
    ("{NAME:p1.last}? or {NAME:p2.last}? the voicemail was garbled, callback # was {PHONE:phone}", []),
    ("{NAME:p1.full} and the kids have no phone at home. mail to {ADDRESS:fulladdr} or leave a msg with neighbor {NAME:p2.full} at {PHONE:phone}", []),
    ("Emergency on-call last night: {NAME:p1.full} (chart {MRN:chart}), dry socket from the {DATE:date} ext. I called in Rx, pls book {p1.herobj} today", []),
    ("Teams > Front Desk > {NAME:p1.invc} > \"need to reschedule {DATE:date} bc of work, any Saturdays?\"", []),
]

CLEAN_T = [
    # --- staffing / schedules
    ("{staff} is covering the {site} front desk {day}, {staff@b} floats to {site@b} until 2", []),
    ("Staff meeting moved to {mtgdate} at 7:15am, breakfast from Panera. {owner} wants Q3 collections on the agenda", ["calendar"]),
    ("PTO calendar for the week of {mtgdate}: {staff}, {staff@b} and {staff@c} are already off. no more requests that week pls", ["calendar"]),
    ("{doc} will be at the Chicago Midwinter meeting starting {mtgdate}, block the column for 3 days", ["calendar"]),
    ("{staff} swapped her Thursday with {staff@b}, schedule's updated", []),
    ("{owner} is out {day} (family thing), {doc} is covering emergencies", []),
    ("The on-call phone rotates to {staff} this weekend and to {staff@b} next weekend", []),
    ("{stafffull} starts Monday as the new lab liaison, pls show her where the case pans go", []),
    ("The new sterilization tech at {site} is {stafffull}, she came from the OSU dental hygiene program", []),
    ("{stafffull} passed her EFDA exam!! 🎉🎉", []),
    ("{staff}: 2 pts in lobby, 1 in op 3, {doc} running 15 behind. all good otherwise 👍", []),
    ("the 10:30 in op 2 is here early, {doc} ready?", []),
    ("had a walk-in with a broken front tooth, {doc} squeezed them in at 11. details are in Dentrix, not here", []),
    ("hygiene is 94% booked next week at {site}, {staff} can you work the ASAP list in Dentrix", []),
    ("turnover at the {site} front desk is killing us, 3 people in 5 months. exit interview notes are in the HR folder", []),
    ("new Dentrix user for {stafffull}, role = front desk, start date {mtgdate}", []),
    ("new associate {newdoc} starts {mtgdate}, credentialing with Delta + MetLife is in progress", ["credentialing"]),
    ("the dental board lookup for {docname} shows the license active through 2027, all good", ["credentialing"]),
    ("[[Dr. Amadi|Dr. Kessler|Dr. Petrosyan|Dr. Greenfield]]'s DEA renewal is due [[6/30|end of the month|9/1]], who's tracking that?", ["credentialing"]),
    ("Can someone check whether our DEA registration for the [[Polaris OS office|Gahanna clinic|Dublin site]] covers the new suite number?", ["credentialing"]),
    ("{exec} is visiting {site} {day}. pls make sure sterilization is spotless and the break room isn't a disaster", ["exec-name"]),
    ("{exec} asked for headcount by site by EOD", ["exec-name"]),
    ("Can everyone please update your Slack profile with your site + role", []),
    ("fire drill at {site} {day} at 10, heads up hygiene", []),
    ("payroll closes {deadline} at noon, approve your timecards 🙏", ["calendar"]),
    ("team lunch for hitting the quarterly goal: {day} at {site}, {owner} is buying 🍕", []),
    ("{staff} found the missing Hu-Friedy cassettes in the {site} sterilization closet, crisis averted", []),
    ("Annual OSHA binder review — {staff} owns {site}, {staff@b} owns {site@b}", []),
    # --- meetings / calendar / bot
    ("{bot} set up 30 min with {vendorrep} from {vendor} on {mtgdate} about the CEREC lease renewal", ["calendar"]),
    ("{bot} move my 1:1 with {staff} to {day} at 4 and cancel the {vendor} call", ["calendar"]),
    ("{bot} book the conference room at {site} for {mtgdate} 8-9am, title 'hygiene huddle'", ["calendar"]),
    ("{bot} draft an email to all hygienists about the new perio charting protocol, due {deadline}", []),
    ("{bot} what's on my calendar {day}?", ["calendar"]),
    ("{bot} reply to {vendorrep} that we'll renew the service contract at {money}/yr if they include loaners", ["money"]),
    ("{bot} find a time next week for {owner@a}, {owner@b} and {exec} to review the partnership agreement", ["calendar", "exec-name"]),
    ("{bot} summarize yesterday's #front-desk channel for me, skip anything with patient info", []),
    ("{bot} cancel the {vendor} demo on {mtgdate}, {owner} decided to go with the other scanner", ["calendar"]),
    ("{bot} schedule the quarterly partners meeting for {mtgdate} at 6pm at the Westerville office and send the Zoom too", ["calendar"]),
    ("{bot} remind everyone in #hygiene on {mtgdate} that CE certificates are due", ["calendar"]),
    ("{bot} forward {vendorrep}'s quote to {exec} and ask if {money} is within budget", ["money", "exec-name"]),
    ("OSHA refresher on Zoom {mtgdate} at 12:30: {zoomlink} (meeting ID {zoomid}). lunch provided", ["calendar"]),
    ("Zoom meeting ID for the lab liaison sync is {zoomid}, passcode is in the invite", []),
    ("Board meeting {mtgdate}. agenda: capex, the Reynoldsburg lease, new associate comp", ["calendar"]),
    ("Ohio Dental Association dinner {mtgdate} at 6:30, {owner} has 2 extra seats", ["calendar"]),
    ("Did anyone order lunch for the Align study club on {mtgdate}? 22 RSVPs", ["calendar"]),
    ("Bloodborne pathogens training is {mtgdate} at {site}, mandatory for all clinical staff", ["calendar"]),
    ("lunch & learn with {vendor} {day}: sleep apnea appliances, 1 CE credit", []),
    ("holiday hours: all sites closed {mtgdate}, peds open a half day {mtgdate@b}", ["calendar"]),
    ("sedation permit inspection for {osdoc} is {mtgdate}. AED pads expire {mtgdate@b}, reorder pls", ["calendar"]),
    ("reminder: CE for Ohio license renewal is due by {deadline}. {owner} is paying for the ACLS class on {mtgdate}", ["calendar"]),
    # --- vendors / supplies / equipment
    ("{vendor} {po} shipped, tracking says {day}. still backordered: size S nitrile gloves + 2x2 gauze", ["po"]),
    ("invoice {invoice} from {vendor} is double-billed, disputing with {vendorrep}. don't pay it until I hear back", ["money"]),
    ("{order} for 40 boxes of Cavicide came in as 4. calling {vendor}", ["po"]),
    ("BUR ORDER: 557s, 330s, 2 boxes of diamond flames. {vendor}, {po}", ["po"]),
    ("ordered 2 cases of Septocaine, {po}. bill it to cost center 4410-220", ["po"]),
    ("{vendor} credit memo {invoice} for the returned curing lights, {money}", ["money"]),
    ("{vendor} rep {vendorrep} is dropping off samples {day}, please don't let them into the back during patients", []),
    ("{vendorrep} from {vendor} says the price lock ends {deadline}, order the composite before then", []),
    ("{lab} raised prices again, zirconia crowns are {money} per unit starting next month. {owner} wants to compare with [[Glidewell|Keller|a cheaper local lab]]", ["money"]),
    ("lab turnaround is 10 business days at {lab} now, adjust seat appts accordingly", []),
    ("Straumann BLX 4.0x10 implants are backordered until {mtgdate}. {osdoc} is ok with Nobel for the next few cases", []),
    ("spore test failed again on the {site} autoclave 😤 SciCan {ticket}, tech coming {day}", ["ticket"]),
    ("chair 3 at {site} (asset tag BL-00412) is leaking from the cuspidor again", []),
    ("Pano sensor SN 5S8-22190 at {site} is cracked, {vendor} warranty claim {ticket}", ["ticket"]),
    ("is op 7 at {site} still down? the delivery unit needs a part, {vendor} said 2 weeks", []),
    ("Does anyone have a working Cavitron at {site}? ours is dead, sending it to {vendor} for repair, {ticket}", ["ticket"]),
    ("ugh the iTero at {site} is frozen on the boot screen again", []),
    ("just signed for 6 boxes from {vendor}, left them in {op} bc the stockroom is full lol", []),
    ("we ran out of the pediatric nitrous hoods again at Gahanna. {vendor} {order}", ["po"]),
    ("{orthodoc} asked for 3 more Invisalign Go kits, {po}", ["po"]),
    ("amalgam separator canister swap is due this quarter, {vendor} {order}", ["po"]),
    ("Hygienists: new [[ultrasonic inserts|prophy angles|sharpening stones]] are in the top drawer in sterilization, old ones go in the recycle bin", []),
    ("the nitrous tank delivery guy comes Tues and someone has to sign. {staff} can you?", []),
    ("Ceph unit quoted at {bigmoney} installed, {exec} wants 3 quotes before Q4", ["money", "exec-name"]),
    ("{exec} approved the {bigmoney} for the new Planmeca scanner 🎉", ["money", "exec-name"]),
    ("our UDI log for implant inventory is behind — {staff} can you scan in the new Straumann boxes?", []),
    ("[[Benco|Patterson|Darby]] says our customer account with them is [[4471029|88120453|C-301187]] for reorders, it's on the packing slip too", []),
    ("{vendor} wants a card on file for autoship. I'll give them the Amex myself, don't put card numbers in chat", []),
    ("last 4 of the corporate [[card|Amex|Visa]] is [[8812|4031|7719]] if {vendor} asks which one to charge", []),
    ("[[DEL-1042 and DEL-1043|DEL-2210 and DEL-2211|DEL-0987 and DEL-0988]] are the delivery tickets for the two new [[A-dec chairs|Midmark stools|Planmeca units]]", ["ticket"]),
    ("peds clinic is asking for 2 more tell-show-do iPads for the ops, {money} each", ["money"]),
    # --- IT / versions
    ("the {ver} update went out overnight and the perio chart is blank on every workstation at {site}. {ticket}", ["version", "ticket"]),
    ("Weave phones are down at {site} again, {ticket}. use the cell in the drawer for now", ["ticket"]),
    ("Eaglesoft to Dentrix conversion for the {site} office is the weekend of {mtgdate}. ticket {ticket}", ["version", "ticket"]),
    ("IT says the {ver} update needs every workstation rebooted by 6pm", ["version"]),
    ("the imaging bridge update ({ver}) broke Sidexis again, rolling back", ["version"]),
    ("Server maintenance tonight 9pm to midnight, Dentrix will be down at all sites. {ticket}", ["ticket"]),
    ("the CEREC Primescan is on version [[5.2.8|5.3.1|6.0.2]] after the update, anyone else seeing slow mill times?", ["version"]),
    ("printer at the {site} front desk: print job #[[55812|10442|7731]] is stuck in the queue and won't clear", ["ticket"]),
    ("anyone know the wifi password at {site}? the one [[on the sticky note|Marcus texted|in the binder]] doesn't work", []),
    ("anyone have the login for the [[Delta|MetLife|Guardian|CareSource]] provider portal? the one in 1Password expired", []),
    ("pls stop using personal email for work stuff, IT is blocking Gmail on the office PCs {mtgdate}", []),
    ("the new hire packet still has handbook [[v3.2|v2.9|version 3]], can we update it to the 2025 version", ["version"]),
    # --- billing / insurance policy (no patients)
    ("Delta fee schedule effective 7/1: D2740 goes to {money}, D1110 to {money@b}. update Dentrix before the 1st", ["money", "cpt"]),
    ("Fee increase for self-pay effective {mtgdate}: exam {fee}, prophy {fee@b}, pano {fee@c}", ["money"]),
    ("policy: broken appt fee is {fee} starting {mtgdate}, waived once per year", ["money"]),
    ("Ohio Medicaid only pays [[D1206|D1110 twice a year|D1351]] for under-21. don't bill it for adults at {site}", ["cpt"]),
    ("CDT 2025: [[D9995/D9996 teledentistry codes|D0801-D0804 3D scan codes|D1301 immunization code]] — is anyone actually billing these?", ["cpt"]),
    ("what's the CDT for [[a limited eval, D0140 or D0170|a re-cement, D2920 or D2915|a perio eval, D0180 or D0150]]?", ["cpt"]),
    ("[[K08.121 vs K08.131|K08.401 vs K08.409|M26.211 vs M26.212]] on the medical cross-walk for implants — which one does Aetna want?", ["icd"]),
    ("we got a [[Delta|MetLife|Aetna]] audit letter on [[D4910|D4342|D1206]] frequency. pull perio maint billed per quarter, totals only, no pt names", ["cpt"]),
    ("new contract with {payer}: the group # doesn't matter for the fee schedule, it's network-wide", []),
    ("the insurance aging report says [[214|187|96]] claims over 60 days. who's working [[Guardian|MetLife|Cigna]]?", []),
    ("reviewed A/R aging: the 90+ days bucket is {bigmoney}, mostly Medicaid denials", ["money", "age-aggregate"]),
    ("gross collections {bigmoney}, net {bigmoney@b}, write-offs {pctsmall}", ["money"]),
    ("Q2: production {bigmoney}, collections {pct}, hygiene reappointment {pct@b}. not bad team 👏", ["money"]),
    ("new pt special on the website says {fee} but the mailer says {fee@b}. which one do we honor?", ["money"]),
    ("[[Humana|Aetna|UHC]] MA plans are changing the dental riders Jan 1, expect a lot of calls from seniors", []),
    ("Medicaid revalidation deadline for the group is {deadline}, {exec} is handling it", ["exec-name"]),
    ("{owner}: we're not taking new adult {mcaid} pts at {site} after {mtgdate}, peds still yes", []),
    ("new pt called asking if we take {payer}. we do at every site except {site}", []),
    ("our Type 2 NPI for {site} is {npi}. the one on the old W-9 is wrong, fix it in the clearinghouse", ["npi"]),
    ("group NPI {npi} and the TIN are on the new W-9 in the shared drive", ["npi"]),
    ("{docname}'s individual NPI is {npi} — use that on the Cigna application, not the group one", ["npi", "credentialing"]),
    # --- compliance / HIPAA topics
    ("[[who keeps pasting MRNs in here??|pls no MRNs in this channel!!|again: MRNs do not go in Slack.]] use the Dentrix chart link not the number 🙏", ["mrn-topic", "hipaa"]),
    ("[[MRN vs chart #|quick reminder]] — for hospital referrals put their 10-digit MRN on the form, not our chart number", ["mrn-topic"]),
    ("[[do NOT text SSNs to the billing phone.|nobody should be collecting SSNs over text.]] if a pt offers it, have them enter it in the portal", ["ssn-topic", "hipaa"]),
    ("[[reminder that Slack is not for PHI,|friendly reminder: Teams/Slack ≠ the chart,]] use Dentrix messaging for anything with a pt name", ["hipaa"]),
    ("HIPAA training is 100% done at {site}, still missing 4 people at {site@b}", ["hipaa"]),
    ("Internal policy #BL-HR-014 (PTO) is effective {mtgdate}, it's on the intranet", []),
    ("x-ray badges (dosimetry) are due back {deadline}, Landauer sends the new ones next week", []),
    # --- ages / aggregates / addresses / zips / ext
    ("we had {n} pts over 90 on the {site} schedule this week, can we get the ramp railing fixed before someone falls", ["age-aggregate"]),
    ("[[Pts 90+|Anyone 90 or older]] and anyone on anticoagulants need a med hx update at every visit, per {owner}", ["age-aggregate"]),
    ("what's our 90-day recall compliance for perio maint? {owner} thinks it's under 70%", ["age-aggregate"]),
    ("can we stop booking 90-minute SRP blocks on [[Fridays|Monday mornings|Saturdays]]? hygiene is burning out", []),
    ("peds clinic mailing address changes {mtgdate}: {facaddr}. update the letterhead + Google profile", ["facility-address"]),
    ("[[The Polaris OS office is 8860 Lyra Dr, Suite 300, Columbus OH 43240|Grove City is 2255 Stringtown Rd Ste 110, Grove City, OH 43123]]. [[Uber drivers|new hires|the courier]] keep going to the old building", ["facility-address", "zip-like"]),
    ("the suite at 3800 Fishinger Blvd is getting new carpet {mtgdate}, hygiene moves to ops 5-8 that week", ["facility-address"]),
    ("ZIP [[43081|43026|43123]] is our busiest area for new pts per the marketing report, [[43082|43016|43230]] is second", ["zip-like"]),
    ("[[marketing|the MSO|Raj]] wants the 5-digit zip on the new intake form for their heat map, ok with everyone?", ["zip-like"]),
    ("billing moved to {ext} at {site}, the old ext forwards until end of month", ["ext"]),
    ("Ext [[4410|2210|310]] = billing, [[4420|2220|320]] = TC line, [[4400|2200|300]] = main. updating the phone tree tonight", ["ext"]),
    ("the Dublin site lot is being repaved {mtgdate}, pts should park at the church across the street", []),
    ("new pt count last month: {site} 47, {site@b} 38, peds 61", []),
    ("{owner} wants a count: how many implant consults did we do in Q3 vs Q2? just numbers", []),
    ("patient satisfaction: 4.8 stars on Google this month, 112 reviews. {site} had the only 1-star", []),
    ("Ortho starts are up 18% YoY, {orthodoc} wants to add a Saturday clinic", []),
    ("goal for {mtgdate}: 95% of hygiene pts leave with their next appt booked", []),
    ("pls use the new [[OS|perio|endo]] referral template in Dentrix for outgoing referrals, not the Word doc", []),
    ("mailing list for the Grove City open house is 1,200 households, printing through Vistaprint {order}", ["po"]),
    ("why is the candy bowl at the peds front desk full of [[full-size Snickers|Skittles|sugar-free gum, finally]]. who approved this 😂", []),
    ("just FYI the Gahanna kids clinic moved story time to [[Wednesdays|Thursday afternoons|Saturday mornings]]", []),
    ("I need hygiene production by provider for Q3, {staff} can you run it? no patient-level detail pls", []),
    ("Cost center for the [[Gahanna remodel|Polaris expansion|Hilliard move]] is [[4410-220|5120-310|4410-225]], put all the [[A-dec chairs|new cabinetry|IT equipment]] on it", []),
    # --- more staff / ops chatter
    ("the lab fridge at {site} is for impressions only, not your yogurt 🙄", []),
    ("can someone restock {site} sterilization? we're out of [[pouches|indicator strips|both pouches and strips]]", []),
    ("{staff} and {staff@b} are doing the mock OSHA walkthrough at {site} {day}", []),
    ("FYI {site} closes at 3 {day} for carpet cleaning, reschedules are already done", []),
    ("{owner@a} and {owner@b} are interviewing the associate candidate {day} at 5, Westerville conference room", ["calendar"]),
    ("anyone want to split a Costco run for the break room? {staff} is going {day}", []),
    ("welcome {stafffull} to the billing team 👋 she'll sit in the {site} back office, {ext}", ["ext"]),
    ("Who has the key to the nitrous shutoff at {site}? fire marshal is here", []),
    ("our Google Business profile for {site} still shows the old hours, {staff} can you fix it", []),
    ("{vendor} wants us on autoship for gloves, {money}/month flat. worth it?", ["money"]),
    ("the compressor at {site} is making the grinding noise again, {vendor} tech booked for {day}, {ticket}", ["ticket"]),
    ("can we get the new lead aprons from {vendor} before the state x-ray inspection on {mtgdate}?", ["calendar"]),
    ("Quarterly sterilizer logs are due to {staff} by {deadline}", ["calendar"]),
    ("eTrans batch failed last night, [[38|52|17]] claims stuck in the clearinghouse. {ticket}", ["ticket"]),
    ("claims to {payer} are rejecting with 'invalid billing NPI' since the update. checking with the clearinghouse, {ticket}", ["ticket", "npi"]),
    ("our {payer} provider relations rep finally called back, fee schedule meeting is {mtgdate}", ["calendar"]),
    ("{bot} make a doc comparing {vendor} and {vendor@b} pricing on gloves, composite and burs", []),
    ("{bot} send the staff meeting notes from {mtgdate} to everyone at {site}", ["calendar"]),
    ("{bot} accept the {vendor} invite for {mtgdate} and decline the one on {mtgdate@b}", ["calendar"]),
    ("we should stop saying 'chart number' on the phone with pts, say 'patient ID' per compliance", ["mrn-topic"]),
    ("SSN field in Dentrix is masked now except the last 4, ask IT if your role needs full access", ["ssn-topic"]),
    ("reminder: anyone over 89 shows as '90+' on the age reports now, that's by design", ["age-aggregate"]),
    ("are we doing the 90-day new patient follow-up survey again this year?", []),
    ("43230 vs 43231 — which ZIP is the Gahanna clinic? the new sign says 43230", ["zip-like", "facility-address"]),
    ("the 43215 downtown ads did nothing, {exec} wants to pull the budget", ["zip-like", "exec-name"]),
    ("new Westerville address is 4150 Maple Ridge Dr, Suite 200, pls update your email signatures", ["facility-address"]),
    ("Slack tip: react with :tooth: when a lab case is checked in so {staff} knows 🦷", []),
    ("Ortho monthly huddle moved to {mtgdate}, {orthodoc} is presenting the new aligner workflow", ["calendar"]),
    ("{stafffull} is our new TC at {site}, shadowing {staff@b} all week", []),
    ("{owner}: great job everyone on the state inspection at {site}, zero findings 🙌", []),
    ("who's doing the deposit run for {site} {day}? bag is in the safe", []),
    ("thx {staff}!! 🙏", []),
    ("^ agreed, let's do {day}. I'll tell {staff}", []),
    ("can someone send me the Q3 ortho contract numbers? totals by site only", []),
    ("{payer} portal is down until 3pm per their status page, verify by phone if you have to", []),
    ("has anyone worked with the new {vendor} rep yet? {vendorrep} seems nice but slow on quotes", []),
    ("the chairside iPad at {site} op 4 is on iOS 17.6.1 and won't load the consent forms app", ["version"]),
    ("supply budget for {site} this month is {money} and we're at {money@b} already 😬", ["money"]),
    ("{bot} what's the status of {po}?", ["po"]),
    ("new hire orientation is {mtgdate} at {site}: HR paperwork, HIPAA, OSHA, Dentrix basics", ["calendar", "hipaa"]),
]


# ----------------------------------------------------------------------------- build
LOWER_P = 0.23   # share of messages typed all lower case (on top of templates that already are)
TYPO_P = 0.08    # share with one or two typing slips


def build():
    rng = random.Random(SEED)
    jobs = []
    for kind, templates, n in (("phi", PHI_T, N_PHI), ("clean", CLEAN_T, N_CLEAN)):
        order = []
        while len(order) < n:
            block = list(range(len(templates)))
            rng.shuffle(block)
            order += block
        jobs += [(kind, templates, i) for i in order[:n]]
    items, seen = [], set()
    for kind, templates, ti in jobs:
        tpl, tags = templates[ti]
        for _ in range(200):
            segs, ctx = render(tpl, rng)
            lower = rng.random() < LOWER_P
            typos = rng.choice([1, 1, 2]) if rng.random() < TYPO_P else 0
            res = finish(segs, ctx, rng, lower, typos, tags)
            if res is None:
                continue
            text, spans, tg = res
            norm = re.sub(r"[^a-z0-9]", "", text.lower())
            if bool(spans) != (kind == "phi") or norm in seen:
                continue
            break
        else:
            raise SystemExit("could not render template: %r" % tpl)
        seen.add(norm)
        items.append({"text": text, "spans": spans, "tags": tg, "_frame": kind + str(ti)})
    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": "ho%04d" % n, "text": it["text"], "spans": it["spans"], "tags": it["tags"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    frames = len({it["_frame"] for it in items})
    print("wrote %d messages (%d PHI templates, %d clean templates, %d distinct frames used) to %s"
          % (len(items), len(PHI_T), len(CLEAN_T), frames, OUT))


if __name__ == "__main__":
    build()
