#!/usr/bin/env python3
"""Generate the hp blind evaluation corpus for the PHI guard.

Setting: occupational-health / workers' compensation clinic network (Northstar
Occupational Health) serving a warehouse chain, a city police and fire department,
a school district and a meat-packing plant.  Writes generated_hp.jsonl next to this
script: 700 messages (385 with PHI, 315 clean), deterministic (fixed seed).

Standard library only.  Messages are assembled from pieces (text, type-or-None) so the
span values are known exactly; every message is checked so that the checker's
left-to-right search lands on the intended occurrence of each value.
"""
import datetime, json, os, random, re, unicodedata

SEED = 4127
N_PHI, N_CLEAN = 385, 315
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_hp.jsonl")

# ---------------------------------------------------------------- name pools
FEMALE = """Maria Guadalupe Yesenia Xiomara Luz Rocío Ana Lucía Marisol Alejandra Daniela Fernanda
Jennifer Jessica Ashley Brittany Tiffany Kayla Brianna Destiny Precious Blessing Chioma Ngozi
Adaeze Funmilayo Amina Fatuma Hodan Ayaan Hawa Mariam Fatima Leila Yasmin Noor Rania Layla Priya
Ananya Deepa Lakshmi Sunita Kavya Mei Xiaoling Hui Jing Lan Thuy Linh Ngoc Hoa Mai Ji-woo Soo-jin
Min-ji Yuki Haruka Akiko Olga Svetlana Oksana Natalia Agnieszka Katarzyna Zofia Magdalena Ewa
Giulia Francesca Rosa Carmela Siobhan Aoife Bridget Maeve Colleen Mary Patricia Linda Barbara
Elizabeth Susan Karen Nancy Sandra Donna Deborah Sharon Cynthia Kathleen Margaret Dorothy
Katherine Rebecca Hope Faith Grace Joy June April May Summer Dawn Rose Ivy Hazel Iris Pearl Amber
Ruby Crystal Autumn Willow Brook Sunny Charity Mercy Shanice Latoya Keisha Imani Aaliyah Tamika
Ebony Jasmine Nia Kiara Esperanza Paz Consuelo Dulce Nayeli Itzel Xochitl Mayra Nadia Farah Zainab
Habiba Tigist Meron Selam Marlène Guerline Nadège Ingrid Astrid Birgit Chava Rivka Shira Esther
Tova Leilani Malia Kealoha Pa Zoua Mai-Nou Dagmar Bernadette Theresa Roxanne Tammy Misty Krystal
Chelsea Courtney Heather Amanda Stephanie Melissa Nicole Samantha Christina Victoria Valentina
Camila Ximena Renata Beatriz Joana Inês Anjali Pooja Shreya Sinead Ilse Greta""".split()
FEMALE += ["Mary Beth", "Anne-Marie", "Jo Ellen", "Marie-Claude", "Ana Sofía"]
MALE = """José Juan Luis Carlos Jesús Miguel Francisco Alejandro Guillermo Rigoberto Efraín Héctor
Ramón Arturo Santiago Mateo Michael James Robert William David Richard Joseph Thomas Charles
Christopher Daniel Matthew Anthony Donald Mark Paul Steven Kevin Brian Timothy Ronald Gary Jeffrey
Ryan Tyler Brandon Cody Dustin Travis Dakota Hunter Mason Chase Gage Cash King Major Bishop Deacon
Rich Bill Will Frank Jack Art Guy Sonny Buck Rusty Lane Reed Forest River Storm Chinedu Emeka
Oluwaseun Babajide Kwame Kofi Yaw Tesfaye Dawit Abdi Abdirahman Mohamed Ahmed Omar Khalid Tariq
Yusuf Hamza Raj Vikram Arjun Sanjay Rohan Harpreet Gurpreet Wei Jun Hao Zhiwei Minh Tuan Duc Huy
Quang Bao Min-jun Seo-jun Dong-hyun Kenji Takeshi Hiroshi Dmitri Sergei Vladimir Oleksandr Bohdan
Piotr Tomasz Krzysztof Janusz Giuseppe Salvatore Vito Enzo Declan Seamus Cormac Padraig Jacques
Wilfrid Fritznel Mamadou Ousmane Moussa Ibrahima Keanu Kaimana Sione Tevita Malakai DeShawn Jamal
Tyrone Darnell Marquis Terrell Andre Lamar Dwayne Reggie Jaylen Kareem Elijah Isaiah Moshe Yosef
Avi Lars Nils Sven Bjorn Hans Dieter Rolf João Tiago Rui Nuno Ilir Besnik Dragan Goran Nikola
Tou Pao Xeng Cher Bubba Junior Skip Butch Dewayne Earl Clifton Virgil Otis Wendell Lonnie""".split()
MALE += ["Jean-Baptiste", "Jean-Pierre", "Juan Carlos", "José Luis", "Billy Ray", "Luis Ángel"]
NEUTRAL = "Jordan Taylor Casey Jamie Riley Alex Sam Drew Quinn Rowan Kai Sasha Morgan Shay Robin".split()

SURNAMES = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Moore Jackson
Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Green Baker Adams
Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart
Morris Murphy Cook Rogers Cooper Peterson Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson
Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell
Sullivan Fisher Hicks Stone Wolf Fox Moody Day Hardy Sharp Bass Rice Parks Banks Little Strong
Wise Frost Snow Winter Fields Marsh Nash Church Lamb Bond Sweet Story Burns Black Golden Goodman
Payne Love Bird Swann Crane Fairweather Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez
Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Cruz Morales Ortiz Gutierrez Chavez Ramos
Ruiz Mendoza Vargas Castillo Jimenez Moreno Romero Herrera Medina Aguilar Vega Castro Delgado
Guerrero Salazar Cervantes Zúñiga Peña Ibarra Villanueva Quintanilla Ochoa Bustamante Nguyen Tran
Le Pham Huynh Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly Chen Wang Li Zhang Liu Yang Huang Zhao Wu
Zhou Xu Sun Lin Chan Wong Leung Lau Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Patel Shah Singh
Kaur Sharma Gupta Reddy Rao Iyer Nair Menon Desai Mehta Chaudhry Khan Hussain Ahmed Ali Rahman
Siddiqui Qureshi Haddad Nasser Khalil Saleh Mansour Abu-Bakr Al-Amin El-Sayed Okafor Okonkwo
Adeyemi Balogun Eze Nwosu Obi Mensah Boateng Asante Owusu Haile Gebremedhin Abebe Warsame Farah
Mohamud Osman Jama Diallo Traoré Ndiaye Keita Baptiste Pierre Jean-Louis Toussaint Dorsainvil
Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zielinski Szymanski Kovalenko Shevchenko
Bondarenko Ivanov Petrov Smirnov Volkov Sokolov Popescu Horvath Novak Dvořák Müller Schmidt
Schneider Fischer Weber Becker Hoffmann Jansen Olson Johansson Lindqvist Nielsen Hansen Larsen
Berg O'Brien O'Connor O'Neill McCarthy McDonald MacKenzie Fitzgerald Gallagher Kavanagh Doyle
Brennan Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco DiMaggio LoBianco
Papadopoulos Georgiou Nikolaidis Silva Santos Oliveira Pereira Costa Ferreira Almeida Tavares
Fontes Yamamoto Tanaka Suzuki Watanabe Nakamura Kobayashi Sato Vang Xiong Thao Lor Moua Her Cha
Bautista Aquino Macaraeg Tuiasosopo Leota Fonoti Kahananui Akana Begay Yazzie Tsosie Cohen Levy
Goldberg Friedman Katz Rosenberg Shapiro Ortiz-Reyes Smith-Boateng Nguyen-Tran Lopez-Garcia
Hale-Whitaker Baptiste-Wright Fontaine Gagnon Tremblay Bouchard Kowalczyk Grabowski Mazur
Hinojosa Arredondo Bermúdez Galindo Espinoza Valenzuela Trujillo Cardenas Carrasco Benavides
Oyelowo Afolabi Ogunleye Chukwu Onyekachi Acheampong Darko Wanjiru Kamau Otieno Mwangi Achieng
Sesay Kamara Bangura Conteh Tadesse Girma Alemu Bekele Hassan Ibrahim Yusuf Aden Nur Dahir Jibril
Fofana Toure Camara Sylla Gashi Berisha Krasniqi Hodzic Begic Petrovic Jovanovic Nikolic""".split()
SURNAMES += ["De La Cruz", "De León", "Del Valle", "Dela Cruz", "Van der Berg", "Van Dyke",
             "De Vries", "St. Clair", "St. Fleur", "Le Blanc", "bin Rashid", "Ortega Ruiz",
             "García Márquez", "Nguyen Thi", "Mac an tSaoi", "da Silva", "dos Santos", "Al Hashimi"]
FEMALE = list(dict.fromkeys(FEMALE)); MALE = list(dict.fromkeys(MALE))
SURNAMES = list(dict.fromkeys(SURNAMES))

NICK = {"Robert": ["Bobby", "Rob", "Bob"], "William": ["Billy", "Will"], "Elizabeth": ["Liz", "Beth", "Betsy"],
        "Katherine": ["Kate", "Katie"], "Margaret": ["Peggy", "Maggie"], "Richard": ["Rick", "Richie"],
        "James": ["Jim", "Jimmy"], "Francisco": ["Paco", "Pancho"], "Guillermo": ["Memo"],
        "Alejandro": ["Alex", "Ale"], "Jesús": ["Chuy"], "José": ["Pepe"], "Michael": ["Mike", "Mikey"],
        "Joseph": ["Joe", "Joey"], "Thomas": ["Tom", "Tommy"], "Charles": ["Chuck", "Charlie"],
        "Christopher": ["Chris"], "Daniel": ["Danny"], "Anthony": ["Tony"], "Donald": ["Donnie"],
        "Timothy": ["Tim"], "Ronald": ["Ronnie"], "Jeffrey": ["Jeff"], "Patricia": ["Patty", "Trish"],
        "Deborah": ["Debbie", "Deb"], "Susan": ["Sue"], "Kathleen": ["Kathy"], "Rebecca": ["Becky"],
        "Dorothy": ["Dot", "Dottie"], "Oluwaseun": ["Seun"], "Babajide": ["Jide"], "Abdirahman": ["Abdi"],
        "Krzysztof": ["Krzys"], "Oleksandr": ["Sasha"], "Dmitri": ["Dima"], "Salvatore": ["Sal"],
        "Giuseppe": ["Joe", "Beppe"], "Jean-Baptiste": ["JB"], "Vikram": ["Vik"], "Rigoberto": ["Rigo"],
        "Efraín": ["Fito"], "Guadalupe": ["Lupe"], "Consuelo": ["Chelo"], "Esperanza": ["Espe"],
        "Chinedu": ["Ned"], "Mohamed": ["Mo"], "Katarzyna": ["Kasia"], "Agnieszka": ["Aga"],
        "Magdalena": ["Magda"], "Natalia": ["Nati"], "Samantha": ["Sam"], "Victoria": ["Tori"],
        "Christina": ["Tina"], "Stephanie": ["Steph"], "Ramón": ["Moncho"], "Dewayne": ["Dee"],
        "Clifton": ["Cliff"], "Wendell": ["Dell"], "Zhiwei": ["David"], "Min-jun": ["Mike"],
        "Xiaoling": ["Lily"], "Thuy": ["Tina"], "Tomasz": ["Tomek"], "Piotr": ["Pete"]}

LANGS = ["Spanish", "Somali", "Karen", "Haitian Creole", "Vietnamese", "Burmese", "Tigrinya", "Nepali",
         "French", "Arabic", "Hmong", "K'iche'", "Polish", "Swahili", "Amharic", "Ukrainian"]
EMPLOYERS = ["Ridgeline Distribution", "Ridgeline DC-4", "Ridgeline", "Harmon PD", "Harmon Fire",
             "Harmon USD", "Valley Pride Meats", "Valley Pride", "the city", "Ridgeline DC-2",
             "Harmon Unified", "HFD"]
CARRIERS = ["Travelers", "Liberty Mutual", "The Hartford", "AmTrust", "Sedgwick", "Gallagher Bassett",
            "CCMSI", "Zenith", "AF Group", "Accident Fund", "EMPLOYERS", "the city's self-insured pool",
            "Berkley", "Broadspire", "CorVel"]
CARRIER_DOM = ["travelers.com", "libertymutual.com", "thehartford.com", "amtrustgroup.com", "sedgwick.com",
               "gbtpa.com", "ccmsi.com", "thezenith.com", "afgroup.com", "corvel.com", "broadspire.net"]
CARRIER_DOM_MAP = {"Travelers": "travelers.com", "Liberty Mutual": "libertymutual.com", "The Hartford": "thehartford.com",
                   "AmTrust": "amtrustgroup.com", "Sedgwick": "sedgwick.com", "Gallagher Bassett": "gbtpa.com",
                   "CCMSI": "ccmsi.com", "Zenith": "thezenith.com", "AF Group": "afgroup.com", "Accident Fund": "afgroup.com",
                   "CorVel": "corvel.com", "Broadspire": "choosebroadspire.com", "Berkley": "berkleyrisk.com",
                   "EMPLOYERS": "employers.com", "the city's self-insured pool": "harmonil.gov"}
EMP_DOM = ["ridgelinedist.com", "harmonil.gov", "harmonusd.org", "valleypridemeats.com",
           "harmonfire.org", "northstarocc.com"]
VENDORS = ["Quest", "LabCorp", "Formfox", "eScreen", "Intoximeters", "Lifeloc", "Dräger", "Zebra",
           "athenahealth", "Epic", "Medline", "McKesson", "CRL", "Psychemedics", "Tuttnauer",
           "Benson Medical", "Interacoustics", "MicroDirect", "Relias", "Concorde PT"]
EXEC_TITLES = ["CEO", "CFO", "COO", "CMO", "VP of Operations", "VP Finance", "Chief Nursing Officer",
               "board chair", "VP Sales", "CIO", "general counsel"]
SITES = ["Eastgate", "Riverside", "Plant Road", "Downtown", "the Valley Pride onsite", "the Ridgeline onsite"]
FACADDR = ["2150 Commerce Dr, Suite 110, Joliet IL 60435", "4100 Industrial Pkwy, Harmon IL 60441",
           "880 Riverside Blvd, Aurora IL 60505", "1200 Packer Ave, Harmon IL 60440",
           "31 N Chicago St, 2nd floor, Joliet IL 60432", "9900 W 143rd St, Orland Park IL 60462",
           "1450 Logistics Way, Joliet IL 60431", "600 Plant Rd, Harmon IL 60440"]
BIZCITY = [("Joliet", "60431"), ("Romeoville", "60446"), ("Bolingbrook", "60440"), ("Kenosha", "53144"),
           ("Elwood", "60421"), ("Minooka", "60447"), ("Aurora", "60504"), ("Harmon", "60441")]
HOMECITY = [("Joliet", "IL", ["60432", "60433", "60435", "60436"]), ("Aurora", "IL", ["60505", "60506"]),
            ("Elgin", "IL", ["60120", "60123"]), ("Waukegan", "IL", ["60085", "60087"]),
            ("Kenosha", "WI", ["53140", "53142", "53144"]), ("Racine", "WI", ["53403", "53405"]),
            ("Gary", "IN", ["46404", "46408"]), ("Hammond", "IN", ["46320", "46324"]),
            ("Rockford", "IL", ["61101", "61104"]), ("Bolingbrook", "IL", ["60440"]),
            ("Plainfield", "IL", ["60586", "60544"]), ("Romeoville", "IL", ["60446"]),
            ("Lockport", "IL", ["60441"]), ("Crest Hill", "IL", ["60403"]), ("Shorewood", "IL", ["60404"]),
            ("Channahon", "IL", ["60410"]), ("Minooka", "IL", ["60447"]), ("Coal City", "IL", ["60416"]),
            ("Wilmington", "IL", ["60481"]), ("Manhattan", "IL", ["60442"]), ("New Lenox", "IL", ["60451"]),
            ("Mokena", "IL", ["60448"]), ("Frankfort", "IL", ["60423"]), ("Braidwood", "IL", ["60408"]),
            ("Cicero", "IL", ["60804"]), ("Berwyn", "IL", ["60402"]), ("Pleasant Prairie", "WI", ["53158"]),
            ("Zion", "IL", ["60099"]), ("Beloit", "WI", ["53511"]), ("Oswego", "IL", ["60543"])]
STREETS = ["Burleigh", "Elm", "Maple", "Oak", "Cass", "Raynor", "Larkin", "Theodore", "Black Rd",
           "Briggs", "Ingalls", "Collins", "Center", "Hickory", "Willow", "Washington", "Lincoln",
           "Jefferson", "Cedar", "Prairie", "Sunset", "Meadow", "Glenwood", "Campbell", "Caton Farm",
           "Renwick", "Essington", "Houbolt", "Gougar", "Weber", "Bluff", "Tarbox", "Mills", "Division",
           "Wabash", "Kedzie", "Pulaski", "Cermak", "Ogden", "Sheridan", "Lathrop", "Douglas"]
ST_TYPES = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Pl", "Way", "Street", "Avenue", "Road", "Trl", "Cir"]
MONTH = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MON = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EMOJI = ["🙏", "😬", "👍", "🙃", "😅", "✅", "🚑", "📠", "🤦", "👀", "🔥", "💯", "😩", "🎉", "⚠️", ":+1:", ":pray:"]
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZW = "\u200b"
NBSP = "\u00a0"
BOT = "<@U05HN3BQ7TA>"

BIZ_SLOTS = {"bizphone", "bizphonex", "bizemail", "fax", "tellink", "mycell"}


def ordinal(d):
    if 10 <= d % 100 <= 20:
        s = "th"
    else:
        s = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, s)


def asciify(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


# ---------------------------------------------------------------- value generators
class Person:
    def __init__(self, rng, want_nick=False, gender=None, last=None):
        self.rng = rng
        if want_nick:
            first = rng.choice(sorted(NICK))
            self.gender = "f" if first in FEMALE else ("m" if first in MALE else rng.choice("fm"))
        else:
            g = gender or rng.choice("fffmmmmn")
            if g == "n":
                first = rng.choice(NEUTRAL); g = rng.choice("fm")
            else:
                first = rng.choice(FEMALE if g == "f" else MALE)
            self.gender = g
        self.first = first
        self.last = last or rng.choice(SURNAMES)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
        self.nick = rng.choice(NICK[first]) if first in NICK else None

    def full(self):
        r = self.rng.random()
        if r < 0.14:
            return "%s %s. %s" % (self.first, self.mi, self.last)
        if r < 0.18:
            return "%s %s %s" % (self.first, self.mi, self.last)
        return "%s %s" % (self.first, self.last)

    def pron(self, which):
        f = self.gender == "f"
        return {"he": "she" if f else "he", "He": "She" if f else "He", "his": "her" if f else "his",
                "His": "Her" if f else "His", "him": "her" if f else "him"}[which]


def rdate(rng, y0, y1):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28 if m == 2 else 30)
    return y, m, d


def fmt_date(rng, y, m, d, need_year=False):
    withy = [lambda: "%02d/%02d/%d" % (m, d, y), lambda: "%d/%d/%02d" % (m, d, y % 100),
             lambda: "%d-%02d-%02d" % (y, m, d), lambda: "%s %d, %d" % (MONTH[m], d, y),
             lambda: "%d-%s-%d" % (d, MON[m], y), lambda: "%02d%02d%d" % (m, d, y),
             lambda: "%d-%d-%d" % (m, d, y), lambda: "%d.%d.%02d" % (m, d, y % 100),
             lambda: "%d/%d/%d" % (m, d, y), lambda: "%s %d %d" % (MON[m], d, y),
             lambda: "%d %s %d" % (d, MONTH[m], y)]
    noy = [lambda: "%d/%d" % (m, d), lambda: "%s %s" % (MON[m], ordinal(d)), lambda: "%s %d" % (MON[m], d),
           lambda: "%s %s" % (MONTH[m], ordinal(d)), lambda: "%s. %d" % (MON[m], d), lambda: "%02d/%02d" % (m, d),
           lambda: "%s %d" % (MONTH[m], d)]
    if need_year or rng.random() < 0.45:
        return rng.choice(withy)()
    return rng.choice(noy)()


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def obf_digits(rng, s, tags, mode=None):
    """Obfuscate a digit string (keeps any separators)."""
    mode = mode or rng.choice(["fw", "zw", "spaced", "words", "nbsp"])
    if mode == "fw":
        tags.update(["evasion", "fullwidth"]); return "".join(FW.get(c, c) for c in s)
    if mode == "zw":
        tags.update(["evasion", "zero-width"])
        out = []; ds = [c for c in s]
        for i, c in enumerate(ds):
            out.append(c)
            if i < len(ds) - 1 and c.isdigit() and ds[i + 1].isdigit() and rng.random() < 0.35:
                out.append(ZW)
        r = "".join(out)
        if ZW not in r:
            r = s[:2] + ZW + s[2:]
        return r
    if mode == "spaced":
        tags.add("evasion"); return " ".join(c for c in s if c.isdigit())
    if mode == "nbsp":
        tags.add("evasion"); return re.sub(r"[-. ]", NBSP, s) if re.search(r"[-. ]", s) else s[:3] + NBSP + s[3:]
    tags.add("evasion")
    groups = re.split(r"[-. ()]+", s.strip("()+"))
    return ", ".join(" ".join(DIGW[int(c)] for c in g) for g in groups if g)


def gen_phone(rng, tags, ext=False, obf=False):
    a = rng.choice(["312", "773", "630", "708", "815", "779", "847", "224", "414", "262", "608", "920",
                    "219", "574", "317", "309", "217", "618", "331", "872"])
    e = str(rng.randint(201, 989)); l = digits(rng, 4)
    f = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s", "1-%s-%s-%s",
                    "%s %s %s", "+1 (%s) %s-%s", "%s-%s-%s", "(%s)%s-%s", "+1-%s-%s-%s"])
    s = f % (a, e, l)
    if f == "%s%s%s":
        tags.add("evasion")
    if obf:
        s = obf_digits(rng, "%s-%s-%s" % (a, e, l), tags)
    if ext:
        s += rng.choice([" ext. %d", " x%d", " ext %d", " Ext. %d", ", ext. %d"]) % rng.randint(2, 4999)
    return s, (a, e, l)


def gen_ssn(rng, tags, obf=False):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g = rng.randint(1, 99); s = rng.randint(1, 9999)
    base = "%03d-%02d-%04d" % (a, g, s)
    if obf or rng.random() < 0.18:
        m = rng.choice(["plain", "mixed", "fw", "zw", "spaced", "words", "nbsp"])
        if m == "plain":
            tags.add("evasion"); return base.replace("-", "")
        if m == "mixed":
            tags.add("evasion"); return "%03d.%02d-%04d" % (a, g, s)
        return obf_digits(rng, base, tags, m)
    return rng.choice([base, base, base, "%03d %02d %04d" % (a, g, s)])


def gen_mrn(rng, tags, obf=False):
    v = rng.choice([digits(rng, 8), digits(rng, 7), "00" + digits(rng, 6), digits(rng, 10),
                    rng.choice(["RV", "EG", "PR", "DT"]) + "-" + digits(rng, 6), "E" + digits(rng, 7)])
    if obf:
        v = obf_digits(rng, digits(rng, 8), tags, rng.choice(["fw", "zw", "spaced", "words"]))
    return v


def gen_claim(rng):
    y = rng.choice(["2024", "2025", "25", "24"])
    return rng.choice(["WC-%s-%s" % (y, digits(rng, 6)), "%s-%s-%s" % (digits(rng, 2), digits(rng, 4), digits(rng, 4)),
                       "%sWC%s" % (y, digits(rng, 6)), "C%s-%s" % (digits(rng, 4), digits(rng, 5)),
                       "%s-%s-%s" % (rng.choice(["LM", "TRV", "GB", "AMT", "ZN"]), digits(rng, 4), digits(rng, 5)),
                       "%s%s" % (rng.choice(["0A", "1B", "3C", "X"]), digits(rng, 8)),
                       "%s-%s-WC-%s" % (digits(rng, 2), y, digits(rng, 5)), digits(rng, 11)])


def gen_member(rng, tags, obf=False):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v = rng.choice(["".join(rng.choice(L) for _ in range(3)) + digits(rng, 9), "W" + digits(rng, 9),
                    digits(rng, 8) + "-0" + str(rng.randint(1, 4)),
                    "".join(rng.choice(L) for _ in range(3)) + " " + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 2),
                    "U" + digits(rng, 10), "MEM" + digits(rng, 7)])
    if obf:
        v = obf_digits(rng, v, tags, "zw") if rng.random() < 0.5 else "".join(FW.get(c, c) for c in v)
        tags.add("evasion")
        if any(c in v for c in FW.values()):
            tags.add("fullwidth")
    return v


def gen_mbi(rng):
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(L), rng.choice(A), str(rng.randint(0, 9)), rng.choice(L),
         rng.choice(A), str(rng.randint(0, 9)), rng.choice(L), rng.choice(L), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    return s if rng.random() < 0.5 else s[:4] + "-" + s[4:7] + "-" + s[7:]


def gen_cdl(rng):
    L = "ABCDEFGHJKLMNPRSTVWZ"
    return rng.choice(["%s%s-%s-%s" % (rng.choice(L), digits(rng, 3), digits(rng, 4), digits(rng, 4)),
                       "%s%s-%s-%s-%s" % (rng.choice(L), digits(rng, 3), digits(rng, 4), digits(rng, 4), digits(rng, 2)),
                       "%s-%s-%s" % (digits(rng, 4), digits(rng, 2), digits(rng, 4)),
                       rng.choice(L) + digits(rng, 7), digits(rng, 8), rng.choice(L) + digits(rng, 11),
                       rng.choice(L) + digits(rng, 12)])


def gen_dea(rng):
    return rng.choice("ABFM") + rng.choice("ABCDEFGHJKLMNPRSTWZ") + digits(rng, 7)


def gen_statelic(rng):
    return rng.choice(["036.%s" % digits(rng, 6), "036-%s" % digits(rng, 6), "MD-%s" % digits(rng, 5),
                       "%s-%s" % (digits(rng, 2), digits(rng, 6)), "DO.%s" % digits(rng, 5),
                       "MD%s" % digits(rng, 6), "036 %s" % digits(rng, 6)])


def gen_plate(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(["%s%s %s" % (rng.choice(L), rng.choice(L), digits(rng, 5)),
                       "%s%s%s%s" % (digits(rng, 1), rng.choice(L), rng.choice(L) + rng.choice(L), digits(rng, 3)),
                       "%s-%s" % ("".join(rng.choice(L) for _ in range(3)), digits(rng, 4)),
                       "P %s" % digits(rng, 6), "M %s" % digits(rng, 6),
                       "%s %s" % ("".join(rng.choice(L) for _ in range(3)), digits(rng, 3))])


def gen_vin(rng):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    pre = rng.choice(["1FT", "3AK", "1HG", "1XK", "4V4", "1FU", "3HA", "1GC", "2FM", "5N1"])
    return pre + "".join(rng.choice(A) for _ in range(6)) + "".join(rng.choice(A) for _ in range(8))


def gen_devsn(rng):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["%s%s%s" % (digits(rng, 1), rng.choice(A), "".join(rng.choice(A) for _ in range(7))),
                       "R%sX-%s" % (digits(rng, 1), digits(rng, 7)), "PBC%s" % digits(rng, 7),
                       "%s" % "".join(rng.choice(A) for _ in range(10)), "NG%sH" % digits(rng, 7),
                       "%s-%s-%s" % (digits(rng, 3), digits(rng, 4), digits(rng, 3)),
                       "(21)%s" % digits(rng, 9)])


def gen_ip(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 60), rng.randint(2, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
                       "%d.%d.%d.%d" % (rng.choice([24, 73, 98, 107, 67, 162, 204]), rng.randint(0, 255),
                                        rng.randint(0, 255), rng.randint(2, 254)),
                       "fe80::%x:%x:%x:%x" % tuple(rng.randint(0x1000, 0xffff) for _ in range(4)),
                       "2600:1700:%x:%x::%x" % (rng.randint(0x100, 0xffff), rng.randint(0x100, 0xffff),
                                                rng.randint(2, 0xfff))])


def luhn_complete(prefix, length, rng):
    s = prefix + digits(rng, length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def gen_cc(rng, tags):
    kind = rng.choice(["v", "v", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), "%s-%s-%s" % (n[:4], n[4:10], n[10:]), n])
    n = luhn_complete({"v": "4", "mc": rng.choice(["51", "52", "53", "54", "55"]), "disc": "6011"}[kind], 16, rng)
    sep = rng.choice([" ", "-", "", " "])
    v = sep.join([n[:4], n[4:8], n[8:12], n[12:]])
    if sep == "" and rng.random() < 0.3:
        v = obf_digits(rng, " ".join([n[:4], n[4:8], n[8:12], n[12:]]), tags, rng.choice(["fw", "zw"]))
    return v


def email_for(rng, p, tags, obf=False, biz=None):
    f = asciify(p.first).lower() or "pat"; l = asciify(p.last).lower() or "doe"
    if biz:
        local = rng.choice([f[0] + l, f + "." + l, f + l[0], f + "_" + l, l + f[0]])
        v = local + "@" + biz
    else:
        local = rng.choice([f + "." + l, f + l + digits(rng, 2), f[0] + l + digits(rng, 2), l + "." + f,
                            f + "_" + l + str(rng.randint(1960, 2004)), f + "." + l[0] + digits(rng, 3),
                            rng.choice(["bigdog", "mama", "queen", "tiger", "ironman", "sunny", "jrod"]) + digits(rng, 3)])
        dom = rng.choice(["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
                          "hotmail.com", "comcast.net", "att.net", "protonmail.com"])
        v = local + "@" + dom
    if obf:
        tags.add("evasion")
        lp, dom = v.split("@")
        parts = dom.split(".")
        v = rng.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s", "%s @ %s . %s",
                        "%s AT %s DOT %s"]) % (lp, ".".join(parts[:-1]), parts[-1])
    return v


def gen_addr(rng, tags, kind="full"):
    city, st, zips = rng.choice(HOMECITY)
    z = rng.choice(zips)
    if rng.random() < 0.2:
        z += "-" + digits(rng, 4)
    num = str(rng.randint(3, 24999))
    pre = rng.choice(["", "", "", "W ", "E ", "N ", "S ", "NW "])
    stname = rng.choice(STREETS)
    stt = "" if stname.endswith(" Rd") else " " + rng.choice(ST_TYPES)
    street = "%s %s%s%s" % (num, pre, stname, stt)
    unit = rng.choice(["", "", "", " Apt %d" % rng.randint(1, 40), " Apt %d%s" % (rng.randint(1, 4), rng.choice("ABCD")),
                       " Unit %d" % rng.randint(1, 12), " #%d" % rng.randint(101, 412), " Lot %d" % rng.randint(1, 90)])
    if kind == "street":
        return street
    if kind == "town":
        return city
    if kind == "zip":
        return z
    if rng.random() < 0.1:
        return "PO Box %d, %s %s %s" % (rng.randint(10, 9999), city, st, z)
    f = rng.choice(["%s%s, %s %s %s", "%s%s, %s, %s %s", "%s%s %s %s %s", "%s%s, %s %s, %s"])
    return f % (street, unit, city, st, z)


def gen_purl(rng, p):
    l = asciify(p.last).lower(); f = asciify(p.first).lower()
    return rng.choice(["https://portal.northstarocc.com/visits/%s?pt=%s-%s" % (digits(rng, 6), l, f[0]),
                       "https://myhealth.northstarocc.com/rtw/%s" % digits(rng, 7),
                       "https://portal.northstarocc.com/patient/%s/work-status" % digits(rng, 8),
                       "https://northstarocc.followmyhealth.com/pt/%s.%s/%s" % (f, l, digits(rng, 5)),
                       "https://caringbridge.org/visit/%s%s" % (f, l),
                       "https://nsoh.link/v/%s%s" % (l, digits(rng, 4))])


def money(rng, kind="M"):
    if kind == "S":
        return rng.choice(["$%d" % rng.randint(15, 450), "$%d.%02d" % (rng.randint(15, 450), rng.randint(0, 99)),
                           "$%d.00" % rng.randint(25, 300)])
    if kind == "L":
        return rng.choice(["$%dk" % rng.randint(40, 900), "$%d.%dM" % (rng.randint(1, 4), rng.randint(0, 9)),
                           "$%d,%03d,%03d" % (rng.randint(1, 3), rng.randint(0, 999), rng.randint(0, 999)),
                           "$%d,%03d" % (rng.randint(120, 950), rng.randint(0, 999))])
    return rng.choice(["$%d,%03d" % (rng.randint(1, 58), rng.randint(0, 999)),
                       "$%d,%03d.%02d" % (rng.randint(1, 58), rng.randint(0, 999), rng.randint(0, 99)),
                       "$%d.%dk" % (rng.randint(1, 40), rng.randint(0, 9))])


def mtg_date(rng):
    y, m, d = rdate(rng, 2025, 2025)
    h = rng.choice(["9", "10am", "10:30", "11am", "1pm", "1:30", "2pm", "3", "3:30", "4pm", "8:15", "noon", "9:00"])
    return rng.choice(["%s %d/%d" % (rng.choice(DOW), m, d), "%s %d at %s" % (MON[m], d, h),
                       "%d/%d @ %s" % (m, d, h), "%s %s at %s" % (rng.choice(DOW), ordinal(d) if False else "%d/%d" % (m, d), h),
                       "next %s" % rng.choice(DOW), "%s, %s %d, %s" % (rng.choice(DOW), MON[m], d, h),
                       "%s %s" % (MONTH[m], ordinal(d)), "the %s" % ordinal(d), "%d/%d" % (m, d),
                       "%s %d" % (MON[m], d), "tomorrow at %s" % h, "%s the %s" % (rng.choice(DOW), ordinal(d))])


def mention(rng):
    return "<@U%s>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([8, 9, 10])))


# ---------------------------------------------------------------- message context
PERSON_KEYS = {"P", "Q", "R", "T", "K", "K2"}
STAFF_KEYS = {"S", "S2", "S3", "DR", "DR2", "EC", "EC2", "ADJ", "EXEC", "EXEC2"}


class Ctx:
    def __init__(self, rng, template):
        self.rng = rng; self.cache = {}; self.persons = {}; self.tags = set(); self.biz = set()
        self.template = template
        self.base = datetime.date(2025, 1, 10) + datetime.timedelta(days=rng.randint(0, 330))
        self.dates = {}

    def person(self, key):
        if key in self.persons:
            return self.persons[key]
        rng = self.rng
        want_nick = any("{%s.%s}" % (key, a) in self.template for a in ("nick", "fn", "nl"))
        used = set()
        for p in self.persons.values():
            used.update([p.first, p.last]); used.update(p.first.split()); used.update(p.last.split())
        for _ in range(100):
            if key.startswith("K") and "P" in self.persons and rng.random() < 0.65:
                p = Person(rng, last=self.person("P").last)
                if p.first in used:
                    continue
            else:
                p = Person(rng, want_nick=want_nick)
                if p.first in used or p.last in used or set(p.last.split()) & used or set(p.first.split()) & used:
                    continue
            if want_nick and not p.nick:
                continue
            break
        self.persons[key] = p
        return p


def resolve(ctx, slot):
    """Return list of (text, type|None) pieces for a slot."""
    rng = ctx.rng; tags = ctx.tags
    if slot in ctx.cache:
        return ctx.cache[slot]
    if "." in slot:
        key, attr = slot.split(".", 1)
    else:
        key, attr = slot, ""
    # ---- labelled people
    if key in PERSON_KEYS:
        p = ctx.person(key)
        if attr in ("he", "He", "his", "His", "him"):
            return [(p.pron(attr), None)]
        if attr == "rel":
            r = [(rng.choice(["wife", "mom", "mother", "daughter", "sister", "girlfriend", "aunt", "grandma"])
                  if p.gender == "f" else rng.choice(["husband", "dad", "father", "son", "brother", "boyfriend",
                                                       "uncle", "grandson"]), None)]
            ctx.cache[slot] = r; return r
        if attr == "":
            r = [(p.full(), "NAME")]
        elif attr == "f":
            r = [(p.first, "NAME")]
        elif attr == "l":
            r = [(p.last, "NAME")]
        elif attr == "hon":
            h = rng.choice(["Ms. ", "Mrs. ", "Ms "] if p.gender == "f" else ["Mr. ", "Mr "])
            r = [(h, None), (p.last, "NAME")]
        elif attr == "inv":
            if rng.random() < 0.6:
                r = [("%s, %s %s" % (p.last.upper(), p.first.upper(), p.mi), "NAME")]
            else:
                r = [("%s, %s" % (p.last, p.first), "NAME")]
        elif attr == "il":
            r = [("%s. %s" % (p.first[0], p.last), "NAME")]
        elif attr == "fl":
            r = [("%s %s" % (p.first, p.last), "NAME")]
        elif attr == "nl":
            r = [("%s %s" % (p.nick or p.first, p.last), "NAME")]
        elif attr == "nick":
            r = [(p.nick or p.first, "NAME")]
        elif attr == "fn":
            f = rng.choice([" (goes by ", " aka ", " (", " - prefers "])
            r = [("%s %s" % (p.first, p.last), "NAME"), (f, None), (p.nick, "NAME")]
            if "(" in f:
                r.append((")", None))
        else:
            raise KeyError(slot)
        ctx.cache[slot] = r
        return r
    # ---- unlabelled people (staff, employer contacts, adjusters, executives)
    if key in STAFF_KEYS:
        p = ctx.person(key)
        if attr in ("he", "He", "his", "His", "him"):
            return [(p.pron(attr), None)]
        if key.startswith("EXEC"):
            tags.add("exec-name")
        if attr == "f":
            r = [(p.first, None)]
        elif attr == "l":
            r = [(p.last, None)]
        elif key.startswith("DR"):
            r = [(rng.choice(["Dr. %s", "Dr. %s", "Dr %s"]) % p.last if rng.random() < 0.8
                  else "Dr. %s %s" % (p.first, p.last), None)]
        elif key.startswith("EXEC"):
            t = rng.choice(EXEC_TITLES)
            r = [(rng.choice(["%s (%s)" % ("%s %s" % (p.first, p.last), t), "our %s %s %s" % (t, p.first, p.last),
                              "%s %s" % (p.first, p.last)]), None)]
            tags.add("exec-name")
        elif key in ("ADJ", "EC", "EC2"):
            r = [(rng.choice(["%s %s" % (p.first, p.last), "%s %s" % (p.first, p.last), p.first]), None)]
        else:
            r = [(rng.choice([p.first, p.first, "%s %s" % (p.first, p.last), "%s %s." % (p.first, p.last[0])]), None)]
        ctx.cache[slot] = r
        return r
    base = re.sub(r"\d+$", "", key)
    v = None; t = None
    # ---- labelled values
    if base in ("dob", "doi", "vdate", "rtw", "appt", "coll", "fu", "dos", "dobold", "dobx"):
        if base == "dob" or base == "dobx":
            y, m, d = rdate(rng, 1958, 2005)
        elif base == "dobold":
            y, m, d = rdate(rng, 1926, 1935)
        else:
            first = ctx.dates.get(base)
            if first is not None and key != base:
                dt = first + datetime.timedelta(days=rng.randint(3, 40))
            elif base == "doi":
                dt = ctx.base - datetime.timedelta(days=rng.randint(10, 90))
            elif base in ("vdate", "coll", "dos"):
                dt = ctx.base - datetime.timedelta(days=rng.randint(0, 9))
            else:
                dt = ctx.base + datetime.timedelta(days=rng.randint(1, 45))
            ctx.dates.setdefault(base, dt)
            y, m, d = dt.year, dt.month, dt.day
        v = fmt_date(rng, y, m, d, need_year=base in ("dob", "dobold", "dobx"))
        if base == "dobx":
            v = rng.choice(["%02d/%02d/%d", "%d-%02d-%02d", "%d/%d/%d", "%02d%02d%d"])
            v = v % ((y, m, d) if v.startswith("%d-") else (m, d, y))
            if rng.random() < 0.5:
                v = "".join(FW.get(c, c) for c in v); tags.update(["evasion", "fullwidth"])
            else:
                v = obf_digits(rng, v, tags, rng.choice(["zw", "spaced"]))
        t = "DATE"
    elif base in ("oldage", "oldagew"):
        a = rng.randint(90, 101)
        if base == "oldagew" or rng.random() < 0.25:
            if a < 100:
                v = "ninety" + ("" if a % 10 == 0 else "-" + DIGW[a % 10])
            else:
                v = "one hundred" if a == 100 else "one hundred and one"
            tags.add("evasion")
        else:
            v = str(a)
        t = "AGE"
    elif base in ("phone", "cell", "phonex", "fax", "bizphone", "bizphonex", "mycell"):
        v, _ = gen_phone(rng, tags, ext=base in ("phonex", "bizphonex"), obf=slot.endswith("_x"))
        t = "PHONE"
    elif base == "phone_x":
        v, _ = gen_phone(rng, tags, obf=True); t = "PHONE"
    elif base == "tellink":
        s, (a, e, l) = gen_phone(rng, tags)
        raw = "+1" + a + e + l
        r = [("<tel:", None), (raw, "PHONE"), ("|", None), (s, "PHONE"), (">", None)]
        ctx.biz.add(slot); tags.add("slack-markup"); ctx.cache[slot] = r; return r
    elif base in ("email", "email_x"):
        v = email_for(rng, ctx.person("P"), tags, obf=base.endswith("_x")); t = "EMAIL"
    elif base == "kemail":
        v = email_for(rng, ctx.person("K"), tags); t = "EMAIL"
    elif base == "bizemail":
        who = ctx.person(rng.choice(["ADJ"]) if "{ADJ" in ctx.template else ("EC" if "{EC" in ctx.template else "S"))
        car = [c for k, c in ctx.cache.items() if re.sub(r"\d+$", "", k) == "CARRIER"]
        if car and car[0][0][0] in CARRIER_DOM_MAP:
            dom = CARRIER_DOM_MAP[car[0][0][0]]
        elif "{ADJ" in ctx.template:
            dom = rng.choice(CARRIER_DOM)
        elif "{EC" in ctx.template:
            dom = rng.choice(EMP_DOM[:-1])
        else:
            dom = rng.choice(CARRIER_DOM + EMP_DOM)
        v = email_for(rng, who, tags, biz=dom); t = "EMAIL"
    elif base in ("ssn", "ssn_x"):
        v = gen_ssn(rng, tags, obf=base.endswith("_x")); t = "SSN"
    elif base in ("mrn", "mrn_x"):
        v = gen_mrn(rng, tags, obf=base.endswith("_x")); t = "MRN"
    elif base == "claim":
        v = gen_claim(rng); t = "HEALTH_PLAN_ID"
    elif base in ("member", "member_x"):
        v = gen_member(rng, tags, obf=base.endswith("_x")); t = "HEALTH_PLAN_ID"
    elif base == "mbi":
        v = gen_mbi(rng); t = "HEALTH_PLAN_ID"
    elif base == "mcaid":
        v = rng.choice([digits(rng, 9), digits(rng, 12), "%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4))]); t = "HEALTH_PLAN_ID"
    elif base == "acct":
        v = rng.choice([digits(rng, 10), digits(rng, 8), "G-" + digits(rng, 6), "A000" + digits(rng, 5),
                        "7700" + digits(rng, 6), "%s-%s" % (digits(rng, 4), digits(rng, 5))]); t = "ACCOUNT_NUMBER"
    elif base == "bank":
        v = rng.choice([digits(rng, 10), digits(rng, 12), "%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 3))]); t = "ACCOUNT_NUMBER"
    elif base == "cdl":
        v = gen_cdl(rng); t = "LICENSE_NUMBER"
    elif base == "dea":
        v = gen_dea(rng); t = "LICENSE_NUMBER"
    elif base == "statelic":
        v = gen_statelic(rng); t = "LICENSE_NUMBER"
    elif base == "plate":
        v = gen_plate(rng); t = "VEHICLE_ID"
    elif base == "vin":
        v = gen_vin(rng); t = "VEHICLE_ID"
    elif base == "devsn":
        v = gen_devsn(rng); t = "DEVICE_ID"
    elif base == "purl":
        v = gen_purl(rng, ctx.person("P")); t = "URL"
    elif base == "ip":
        v = gen_ip(rng); t = "IP_ADDRESS"
    elif base in ("addr", "street", "town", "zip"):
        v = gen_addr(rng, tags, {"addr": "full"}.get(base, base)); t = "ADDRESS"
    elif base == "cc":
        v = gen_cc(rng, tags); t = "CREDIT_CARD"
    if v is not None:
        r = [(v, t)]
        if base in BIZ_SLOTS:
            ctx.biz.add(slot)
        ctx.cache[slot] = r
        return r
    # ---- unlabelled values (hard negatives)
    if base == "M":
        v = mention(rng); tags.add("slack-markup")
    elif base == "BOT":
        v = rng.choice([BOT, BOT, BOT, "@Ava"]); tags.add("assistant")
        if v == BOT:
            tags.add("slack-markup")
    elif base == "mtg":
        v = mtg_date(rng); tags.add("calendar")
    elif base == "due":
        y, m, d = rdate(rng, 2025, 2026)
        v = rng.choice(["%d/%d" % (m, d), "%s %d" % (MON[m], d), "%s %s" % (MONTH[m], ordinal(d)), "EOD Friday",
                        "%d/%d/%d" % (m, d, y), "end of month"]); tags.add("calendar")
    elif base == "eff":
        y, m, d = rdate(rng, 2025, 2026)
        v = rng.choice(["%d/1" % m, "%s 1, %d" % (MONTH[m], y), "%d/1/%d" % (m, y), "1/1"]); tags.add("calendar")
    elif base == "exp":
        v = "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)) if rng.random() < 0.6 else "%d/%d" % (rng.randint(1, 12), rng.randint(2026, 2030))
    elif base == "age":
        v = str(rng.randint(19, 89))
    elif base == "ext":
        v = rng.choice(["x%d" % rng.randint(2000, 7999), "%d" % rng.randint(2000, 7999), "x%d" % rng.randint(100, 999)]); tags.add("ext")
    elif base == "extn":
        v = str(rng.randint(10, 999))
    elif base == "zoom":
        z = digits(rng, 11); v = "%s %s %s" % (z[:3], z[3:7], z[7:])
    elif base == "zoomurl":
        v = "https://us06web.zoom.us/j/%s?pwd=%s" % (digits(rng, 11), "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(12)))
    elif base in ("lastfour",):
        v = digits(rng, 4)
    elif base == "inv":
        v = rng.choice(["INV-%s" % digits(rng, 5), "#%s" % digits(rng, 6), "NS%s" % digits(rng, 6), "%s-%s" % (digits(rng, 4), digits(rng, 3))]); tags.add("money")
    elif base == "po":
        v = rng.choice(["PO-%s" % digits(rng, 6), "PD-%s" % digits(rng, 5), "FD-%s" % digits(rng, 5), "4500%s" % digits(rng, 6), "%s" % digits(rng, 7)]); tags.add("po")
    elif base == "order":
        v = digits(rng, rng.choice([7, 8, 9])); tags.add("po")
    elif base == "ticket":
        v = rng.choice(["INC%s" % digits(rng, 7), "DEL-%s" % digits(rng, 4), "IT-%s" % digits(rng, 5), "REQ%s" % digits(rng, 7),
                        "CHG%s" % digits(rng, 7), "SR-%s" % digits(rng, 6)]); tags.add("ticket")
    elif base == "tk":
        v = digits(rng, 7); tags.add("ticket")
    elif base == "job":
        v = digits(rng, 5); tags.add("ticket")
    elif base == "npi":
        v = rng.choice(["1", "1", "1"]) + digits(rng, 9); tags.add("npi")
    elif base == "ver":
        v = rng.choice(["%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 40)),
                        "2025.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 99)),
                        "%d.%d" % (rng.randint(1, 9), rng.randint(0, 30)), "v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 40))])
        tags.add("version")
    elif base == "build":
        v = "%d.%d.%d.%d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 999)); tags.add("version")
    elif base == "intra":
        v = rng.choice(["https://intranet.northstarocc.org/ops/%s" % rng.choice(["fee-schedules", "adjusters", "forms", "dashboards/dafw"]),
                        "<https://northstar.sharepoint.com/sites/OccHealth/Shared%%20Documents/%s|%s>" % ("Policies", "Policies folder"),
                        "https://confluence.northstarocc.org/display/OH/%s" % rng.choice(["DOT+SOP", "Drug+Screen+SOP", "Billing+FAQ"])])
        if v.startswith("<"):
            tags.add("slack-markup")
    elif base == "pubu":
        v = rng.choice(["https://www.fmcsa.dot.gov/medical", "https://nationalregistry.fmcsa.dot.gov",
                        "<https://www.fmcsa.dot.gov/medical/driver-medical-requirements|FMCSA medical requirements>",
                        "https://www.transportation.gov/odapc"])
    elif base == "facaddr":
        v = rng.choice(FACADDR); tags.update(["facility-address", "zip-like"])
    elif base == "bizcity":
        c, z = rng.choice(BIZCITY); ctx.cache["bizzip"] = [(z, None)]; v = c
    elif base == "bizzip":
        v = rng.choice(BIZCITY)[1]; tags.add("zip-like")
    elif base in ("money", "moneyS", "moneyL"):
        v = money(rng, {"money": "M", "moneyS": "S", "moneyL": "L"}[base]); tags.add("money")
    elif base == "pct":
        v = "%d%%" % rng.randint(3, 28) if rng.random() < 0.6 else "%d.%d%%" % (rng.randint(1, 20), rng.randint(0, 9))
    elif base == "calno":
        v = digits(rng, 5)
    elif base == "asset":
        v = rng.choice(["NS-%s" % digits(rng, 5), "A%s" % digits(rng, 6), "BIO-%s" % digits(rng, 4)])
    elif base == "lang":
        v = rng.choice(LANGS)
    elif base == "EMP":
        v = rng.choice(EMPLOYERS)
    elif base == "CARRIER":
        v = rng.choice(CARRIERS)
    elif base == "VENDOR":
        v = rng.choice(VENDORS)
    elif base == "PD":
        v = rng.choice(["Harmon PD", "HPD", "the PD", "Harmon Police"])
    elif base == "FIRE":
        v = rng.choice(["Harmon Fire", "HFD", "Station 3", "the fire dept"])
    elif base == "site":
        v = rng.choice(SITES)
    else:
        raise KeyError(slot)
    if base in ("EMP", "CARRIER", "VENDOR"):
        # different slots of the same family should differ
        used = {ctx.cache[k][0][0] for k in ctx.cache if re.sub(r"\d+$", "", k) == base}
        while v in used:
            v = rng.choice({"EMP": EMPLOYERS, "CARRIER": CARRIERS, "VENDOR": VENDORS}[base])
    r = [(v, None)]
    ctx.cache[slot] = r
    return r


SLOT_RE = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def render(rng, template):
    ctx = Ctx(rng, template)
    pieces = []; pos = 0; ctx.biz_idx = set()
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos:m.start()], None))
        r = resolve(ctx, m.group(1))
        if re.sub(r"\d+$", "", m.group(1)) in BIZ_SLOTS:
            ctx.biz_idx.update(range(len(pieces), len(pieces) + len(r)))
        pieces.extend(r)
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None))
    return pieces, ctx


# ---------------------------------------------------------------- transforms
MENTION_RE = re.compile(r"(<@U[A-Z0-9]+>|<tel:[^|>]*|<mailto:|\|)")


def lower_pieces(pieces):
    out = []
    for t, ty in pieces:
        if ty not in (None, "NAME", "DATE", "ADDRESS", "EMAIL", "AGE"):
            out.append((t, ty)); continue
        parts = MENTION_RE.split(t)
        out.append(("".join(p if MENTION_RE.fullmatch(p) else p.lower() for p in parts), ty))
    return out


def typo_word(rng, w):
    i = rng.randint(1, len(w) - 3)
    k = rng.choice(["swap", "drop", "double", "swap"])
    if k == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == "drop":
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def typo_pieces(rng, pieces, n):
    cands = []
    for pi, (t, ty) in enumerate(pieces):
        if ty is not None:
            continue
        for m in re.finditer(r"(?<![<@/\w|:.])[A-Za-z]{5,}(?![\w>|.@/])", t):
            cands.append((pi, m.start(), m.end()))
    if not cands:
        return pieces, False
    rng.shuffle(cands)
    chosen = sorted(cands[:n], key=lambda c: (c[0], -c[1]))
    pieces = list(pieces)
    for pi, s, e in chosen:
        t, ty = pieces[pi]
        w = t[s:e]
        pieces[pi] = (t[:s] + typo_word(rng, w) + t[e:], ty)
    return pieces, True


SLOPPY = [(r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"), (r"\bI'm\b", "im"), (r"\bdoesn't\b", "doesnt"),
          (r"\byou\b", "u"), (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"), (r"\bwith\b", "w/"),
          (r"\bbecause\b", "bc"), (r"\btomorrow\b", "tmrw"), (r"\bit's\b", "its"), (r"\bI'll\b", "ill")]


def sloppy_pieces(rng, pieces):
    out = []
    for t, ty in pieces:
        if ty is None:
            for a, b in SLOPPY:
                if rng.random() < 0.7:
                    t = re.sub(a, b, t)
        out.append((t, ty))
    return out


def build(rng, template, extra_tags, want_phi, idx):
    for attempt in range(200):
        pieces, ctx = render(rng, template)
        tags = set(ctx.tags) | set(extra_tags)
        if rng.random() < 0.24 and "nolower" not in extra_tags:
            pieces = lower_pieces(pieces); tags.add("lowercase")
            if rng.random() < 0.5:
                pieces = sloppy_pieces(rng, pieces)
        if rng.random() < 0.13:
            pieces, ok = typo_pieces(rng, pieces, rng.choice([1, 1, 2]))
            if ok:
                tags.add("typo")
        if rng.random() < 0.07:
            pieces = pieces + [(" " + rng.choice(EMOJI), None)]
        # merge into text + spans
        text = ""; spans = []; nbiz = 0
        for pi, (t, ty) in enumerate(pieces):
            if ty is not None:
                nbiz += pi in ctx.biz_idx
                spans.append({"type": ty, "value": t, "_start": len(text.encode("utf-8"))})
            text += t
        # verify the checker's left-to-right search lands on the intended occurrence
        b = text.encode("utf-8"); pos = 0; good = True
        for s in spans:
            v = s["value"].encode("utf-8")
            if not v or v != v.strip() or b.find(v, pos) != s["_start"]:
                good = False; break
            pos = s["_start"] + len(v)
        if not good:
            continue
        if bool(spans) != want_phi:
            raise ValueError("template %r produced phi=%s" % (template, bool(spans)))
        types = {s["type"] for s in spans}
        if spans:
            if "NAME" in types: tags.add("name")
            if "DATE" in types: tags.add("date")
            if "AGE" in types: tags.add("age")
            if types & {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID",
                        "DEVICE_ID", "CREDIT_CARD", "IP_ADDRESS"}:
                tags.add("structured")
            if nbiz == len(spans):
                tags.add("business-contact")
        if "\n" in text: tags.add("multiline")
        if re.search(r"<@U|<https?:|<mailto:|<tel:|\*[^*\s][^*]*\*|(?<!\w)_[^_\s][^_]*_(?!\w)|`", text): tags.add("slack-markup")
        if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:\\+1:|:pray:", text): tags.add("emoji")
        tags.discard("nolower")
        out_spans = [{"type": s["type"], "value": s["value"]} for s in spans]
        return {"id": "hp%04d" % idx, "text": text, "spans": out_spans,
                "tags": (["phi"] if spans else ["clean"]) + sorted(tags)}
    raise RuntimeError("could not place spans for template %r" % template)


# ---------------------------------------------------------------- frames
# Each frame: (template, extra tags).  Slots: see resolve().
PHI_FRAMES = [
    # --- injury intake / case management
    ("new injury from {EMP}: {P}, DOB {dob}, DOI {doi}, lac L index finger. adjuster is {ADJ} w/ {CARRIER}, claim # {claim}", "structured"),
    ("{M} can you pull the first report of injury for {P.hon}? DOI was {doi}", ""),
    ("{P} called again about {P.his} RTW note, wants it faxed to {EMP} today", ""),
    ("Who saw {P} on {vdate}? The adjuster says the work status form isn't signed.", ""),
    ("RTW for {P.l} is {rtw} — modified duty, no lifting over 20 lb until the PT re-eval.", ""),
    ("heads up, {P} ({EMP}) is on tomorrow's recheck list. {P.he} no-showed on {vdate}", ""),
    ("*Thursday case list*\n• {P} – {EMP} – R shoulder f/u\n• {Q} – {EMP2} – lumbar strain, RTW eval\n• {R} – DOT recert", ""),
    ("{P.inv}\nDOB {dob}\nMRN {mrn}\nDOI {doi}\nDx: L wrist sprain (S63.502A)\nStatus: full duty eff {rtw}", "icd"),
    ("pls send {P}'s last two visit notes to the adjuster, {ADJ} — {bizemail}", "records"),
    ("{ADJ} from {CARRIER} wants an update on claim {claim} ({P.l}). Call back at {bizphone}", ""),
    ("Just got off the phone with {P.hon}. {P.He} says {P.his} supervisor is pushing {P.him} to come back before {rtw}. Documenting in the chart.", "complaint"),
    ("Officer {P.l} ({PD}) hurt {P.his} knee in a foot pursuit on {doi}. Chief wants a status by EOD.", ""),
    ("FF {P} (Engine 4) smoke inhalation {doi}, cleared by {DR}, RTW {rtw}", ""),
    ("Valley Pride sent 3 lacerations this morning, one of them is {P} — {P.he} only speaks {lang}, need an interpreter for the 2pm", ""),
    ("can someone call {P.f} back at {phone}? {P.he} wants to know if PT got approved", ""),
    ("{P.nl}'s {K.rel} {K.f} called — says {P.he}'s in too much pain to do modified duty this week", ""),
    ("{P}: claim denied per {CARRIER}, they're saying not work-related. {P.He} has a lawyer now fyi", ""),
    ("transcribed vm: \"hi this is {P}, my birthday is {dob}, I need to move my appointment on {appt}, call me back at {phone} thank you\"", ""),
    ("fwd from {EC} at Ridgeline:\n> {P} hurt {P.his} back lifting totes on {doi}, can you see {P.him} today?\n> cell {phone}", "referral"),
    ("{M} {P.l}, chart # {mrn} — the {doi} injury got entered under the wrong employer", ""),
    ("{P} is asking whether {P.he} can drive while on the cyclobenzaprine. DOI {doi}, {EMP}.", ""),
    ("adjuster approved 6 more PT visits for {P} (claim {claim}) 🙌", ""),
    ("Does anyone know if {P.fl} ever brought in the restrictions from ortho? f/u is {fu}", ""),
    ("the warehouse keeps sending {P} back to the floor w/o restrictions. DOI {doi}. escalating to {EC}", "escalation"),
    ("Pt {P} DOB {dob} states injury occurred {doi} approx 0300 while unloading a trailer. Denies prior back injury.", ""),
    ("{P.inv}\n{dob}\nclaim {claim}\nadj {ADJ} ({CARRIER})\nnext appt {appt}", ""),
    ("{P} wants copies of everything since {doi} mailed to {addr}", "records"),
    ("reminder for whoever has {P} today: {P.he} is allergic to latex and last time we forgot", ""),
    ("PT says {P} is self-limiting, FCE scheduled {appt}. case mgr is {S}", ""),
    ("{EMP} asked if {P} can come back on light duty {rtw}. {DR} thinks yes w/ a 10 lb limit", ""),
    ("ok so {P.hon} showed up without an appt again lol. {P.he}'s in the lobby", ""),
    ("{S} — {P.f}'s {K.rel} {K} is here to translate, ok to proceed?", ""),
    ("MMI reached for {P} on {vdate}, impairment rating 5% WPI. sending to {CARRIER}", ""),
    ("{P} ({EMP}) – surgery consult {appt} with ortho, TTD until then", ""),
    ("need a second set of eyes: {P}, DOI {doi}, says {P.he} slipped on a wet floor but the camera footage shows otherwise", ""),
    ("Case mgmt note — {P}\nEmployer: {EMP}\nDOI: {doi}\nBody part: R knee\nWork status: off work until {rtw}\nNext: MRI {appt}", "structured"),
    ("thanks {S}! I'll let {P.f} know the MRI is approved", ""),
    ("{P} and {Q} were in the same forklift incident {doi} — keep the charts separate please", ""),
    ("the {CARRIER} nurse case manager on {P.l}'s claim is {ADJ}, {bizphonex}", ""),
    ("{P} went to the ER on {vdate} instead of coming to us, now the employer wants us to take over care", ""),
    # --- police / fire
    ("Sgt. {P.l} from {PD}, possible fentanyl exposure during an arrest {doi}, baseline labs drawn. Narcan given on scene.", ""),
    ("Fire: {P} (Station 2) is overdue for the annual NFPA 1582 physical, last one {vdate}", ""),
    ("Keep this one tight: Chief {P.l} came in for a post-incident screen {coll}. Don't discuss outside the care team.", "vip"),
    ("{PD} wants a fitness-for-duty on {P} after the shooting on {doi}. psych referral placed", "referral"),
    ("{P.inv} – {PD} – cleared for patrol {rtw} per Dr. {DR.l}", ""),
    ("cruiser in {P}'s crash was plate {plate}, the city's risk manager needs it on the claim", ""),
    ("{FIRE} captain {P} has a new insulin pump, serial {devsn}, needs it in the respirator clearance note", ""),
    ("firefighter {P.fl} bloodborne exposure {doi}, source unknown. started PEP. f/u labs {fu}", ""),
    # --- school district
    ("HUSD sub teacher {P} got bit by a student {doi}. hep B titer ordered. {P.his} number is {phone}", ""),
    ("{P}, bus driver for HUSD, failed the vision screen on {vdate}. cannot drive until optometry clears {P.him}", ""),
    ("crossing guard {P} is {oldage} and still works three mornings a week. slipped on ice {doi}, wrist x-ray neg", ""),
    ("HUSD custodian {P} — chemical splash to the eye {doi}, SDS was for the floor stripper. seen by {DR}", ""),
    ("school nurse called about {P}, a cafeteria worker, burned {P.his} forearm {doi}. she's sending the incident report", ""),
    # --- meat plant
    ("Valley Pride: {P}, tip amputation R ring finger {doi}. OSHA recordable, EHS wants the 301 info by Friday", ""),
    ("need a {lang} interpreter for {P.f}'s recheck {appt}", ""),
    ("{P} from the kill floor — carpal tunnel, NCS ordered. mailing address for the paperwork: {addr}", ""),
    ("Valley Pride line worker {P.il} cut by a hook knife {doi}, 6 sutures, RTW same day with glove restriction", ""),
    ("{P.fl} at the plant says the ammonia leak on {doi} still makes {P.him} cough. PFTs {appt}", ""),
    # --- warehouse
    ("Ridgeline picker {P} — heat exhaustion {doi}, IV fluids given. {P.he} wants to go back tomorrow", ""),
    ("{P} from Ridgeline DC-4 got hit by a pallet jack {doi}. foot x-ray neg. their safety guy {EC} wants a call", ""),
    ("pre-placement for {P}: start date at Ridgeline is {mtg}, lift test has to be done before then. DOB {dob}", ""),
    ("{P.hon}'s lift test: failed at 50 lb, job needs 50. can you let {EC} know?", ""),
    # --- drug & alcohol
    ("post-accident UDS for {P} collected {coll}, CCF is in the bin. MRO is {DR}", ""),
    ("{P} refused the breath alcohol test at 0715 — {EC} at {EMP} needs to know asap", "escalation"),
    ("negative dilute on {P.l}, recollect under direct observation", ""),
    ("random pulls for {EMP} this month: {P}, {Q}, {R}, {T}. notify by Friday", ""),
    ("{P} has a DOT follow-up test due {fu}, don't let it slide again", ""),
    ("Donor: {P.inv}\nSSN: {ssn}\nCollection date: {coll}\nReason: reasonable suspicion\nEmployer: {EMP}", "structured"),
    ("MRO called: {P}'s positive is explained by a valid Rx, reporting negative to {EMP}", ""),
    ("did anyone collect {P.hon} today? {P.he} says {P.he} was here at 6am but I don't see a CCF", ""),
    ("{P}'s DL # {cdl} doesn't match what's on the CCF — can someone re-verify the ID?", ""),
    ("shy bladder protocol started on {P.l} at 10:40, 3 hr clock running ⏱️", ""),
    ("BAT on {P}: 0.041 on the confirmation, removed from safety-sensitive duty. {EC} notified", ""),
    ("{P.fl} is asking for a copy of {P.his} chain of custody form. DOB {dob} verified", "records"),
    ("ugh. {P} showed up for the random with someone else's urine in a bottle in {P.his} sock. documented as a refusal", ""),
    ("SAP referral for {P}, return-to-duty test needed before {P.he} can drive again", "referral"),
    # --- DOT
    ("DOT physical {P}, CDL {cdl}, BP 152/94 → 1-year card. {DR} signing", ""),
    ("{P} (DOB {dob}) in for DOT recert, insulin-treated. Still missing the MCSA-5870 from {P.his} endocrinologist", ""),
    ("{BOT} book a DOT physical for {P} on {appt} 8am at Eastgate", ""),
    ("hearing aid serial for {P} is {devsn}, examiner wants it on the form", ""),
    ("{P} brought {P.his} CPAP compliance download — device SN {devsn}, 92% usage over 30 days", ""),
    ("driver {P.l} was in the unit with plate {plate}. {EMP} safety wants the post-accident results tied to the crash report", ""),
    ("VIN on the truck {P} rolled on {doi}: {vin}. carrier is asking", ""),
    ("{P}'s CDL # is {cdl} (class A) — need it on the exam form", ""),
    ("can we do {P.f}'s DOT today? {P.his} med card lapses friday and {P.he} has a run Monday", ""),
    ("DOT exam: {P.inv} | DOB {dob} | DL {cdl} IL", ""),
    ("driver {P} has a pacemaker, device serial {devsn} — is the cardiology clearance letter on file?", ""),
    # --- billing
    ("{P} is self-pay for the pre-employment physical, card {cc} exp {exp}", ""),
    ("acct {acct} ({P.l}) billed to the wrong carrier — should be {CARRIER}, claim {claim}", ""),
    ("statement for {P} came back undeliverable. new address: {addr}", ""),
    ("refund for {P}, guarantor acct {acct}, $45.00 overpayment", "money"),
    ("{P} is {oldage}, MBI {mbi} — this is the retiree hearing test, NOT workers comp, bill Medicare", ""),
    ("member ID {member} for {P.l}'s group health — WC denied so we're billing commercial now", ""),
    ("{P}'s kid is on Medicaid, ID {mcaid}, but {P.his} own visit is WC. don't cross them", ""),
    ("HAR {acct} — {P}, DOS {dos}. CPT 99213 + 29125. {CARRIER} denied for missing claim #", "cpt"),
    ("billing q: {P} paid {moneyS} at check-in on {dos} but it was a WC visit. refund?", ""),
    ("{P} wants to set up a payment plan, acct # {acct}, best number {phone}", ""),
    ("EOB for {P.inv} shows member {member}, but the subscriber is {P.his} {K.rel} {K}", ""),
    # --- assistant bot
    ("{BOT} email {EC} at Ridgeline that {P} is cleared for full duty as of {rtw}", ""),
    ("{BOT} find a slot this week for {P}'s PT re-eval and text {P.him} at {phone}", ""),
    ("{BOT} draft a letter to {P.hon} at {addr} about the missed appointment on {appt}", ""),
    ("@Ava add {P} DOT recert {appt} 9:30 to {DR}'s calendar", "nolower"),
    ("{BOT} look up claim {claim} and tell me who the adjuster is", ""),
    ("{BOT} send {P.f} the portal link {purl}", ""),
    ("{BOT} remind me to call {P} friday re: the MRI results", ""),
    ("{BOT} move {P.l}'s FCE from {appt} to {appt2}", ""),
    ("@Ava summarize the thread about {P} and email it to {bizemail}", ""),
    ("{BOT} pull every visit for {P} (DOB {dob}) since {doi} into one PDF for the adjuster", "records"),
    # --- records / legal
    ("records request from an attorney for {P}, DOB {dob}, DOS {vdate} through {vdate2}", "records"),
    ("subpoena came in for the chart of {P.inv}, MRN {mrn}. routing to compliance", "records"),
    ("{P}'s attorney's office wants the records faxed to {fax}", "records"),
    ("the deposition in {P}'s case is {mtg}. {DR} needs an hour to prep", ""),
    # --- employee health (our own staff)
    ("our MA {P} stuck {P.him}self with a used needle in Exam 2 at 1:15. source pt is {Q}, MRN {mrn}", ""),
    ("{P} from our billing office fell in the parking lot {doi}, {P.he}'s filing WC with us as the employer", ""),
    ("our front desk {P.f} is out after the car accident on {doi} — please don't post details in #general", ""),
    ("flu shot declination from {P} (case mgmt) — egg allergy, file it in employee health", ""),
    ("TB read for our new hire {P}: 0 mm, negative. placed {vdate}", ""),
    # --- contact details
    ("{P}'s email is {email}, {P.he} wants the RTW letter there instead of mailed", ""),
    ("new cell for {P.l}: {phone}", ""),
    ("{P} moved to {town}, update the demographics please", ""),
    ("ZIP on {P}'s file is {zip} but {P.he} says {P.he} lives in {town} now", ""),
    ("{P} lives at {street} off Rte 30 in {town}, the courier couldn't find it", ""),
    ("{P.hon} — home {phone}, cell {phone2}, prefers text", ""),
    ("email from {P} ({email}) asking why {P.his} TTD check is late. that's the carrier, not us", ""),
    ("{P} can't get this to load: {purl}", ""),
    ("is {kemail} really {P}'s email? looks like {P.his} {K.rel}'s", ""),
    ("emergency contact for {P}: {K} ({K.rel}) {phone}", ""),
    # --- IT / IP
    ("kiosk at Plant Rd is {ip}, it keeps dropping the drug-screen scheduling page", ""),
    ("{P}'s portal login got locked after 3 tries from {ip}", ""),
    ("audiometer in booth 2 is on {ip} now, update the integration config", ""),
    ("the VPN for the Valley Pride onsite clinic is {ip} / {ip2}", ""),
    # --- business contacts and other conservative types
    ("adjuster for Valley Pride claims is now {ADJ} at {CARRIER}: {bizphone}, {bizemail}", ""),
    ("{EC}'s new direct line is {bizphone}", ""),
    ("{CARRIER} fax for WC bills is {fax}, the old one bounces", ""),
    ("send all invoices to {bizemail} from now on per {EC}", ""),
    ("Eastgate main number changed to {bizphone} — the old one forwards through the end of the month", ""),
    ("Ridgeline's corporate card for pre-employment billing: {cc}", ""),
    ("my DEA is {dea} if you need it for the controlled substance log", "credentialing"),
    ("{DR}'s state license # {statelic} lapses 12/31 — renewal packet is in {DR.his} inbox", "credentialing"),
    ("fleet van plate {plate} got towed from the Plant Rd lot 🙄", ""),
    ("new MRO service contact: {ADJ}, {bizphone}, <mailto:{bizemail}|{bizemail}>", "nolower"),
    ("call me on my cell if the EHR goes down again: {mycell}", ""),
    ("{DR} — DEA {dea}, NPI {npi}", "credentialing"),
    ("lab courier dispatch: {tellink}", "nolower"),
    # --- obfuscated / evasive values
    ("SSN for {P} is {ssn_x}", ""),
    ("adjuster needs {P}'s SSN: {ssn}. (last 4 on the FROI says {lastfour}, which doesn't match)", ""),
    ("{P.f} said {P.his} number is {phone_x}", ""),
    ("{P.l} email: {email_x}", ""),
    ("mrn for {P.fl} is {mrn_x}", ""),
    ("{P} DOB {dobx}", ""),
    ("last 4 of {P}'s SSN is {lastfour}, the full one went through the secure fax", "ssn-topic"),
    ("{P} — DOB {dob}, SSN {ssn}, DL {cdl}, home {addr}. need all of it for the state WC form", ""),
    ("Pt: {P}\nEmployer: {EMP}\nClaim#: {claim}\nAdjuster: {ADJ} / {bizphone}\nDOI: {doi}\nRTW: {rtw}", ""),
    ("guarantor for {P} is {P.him}self, acct {acct}, addr {addr}", ""),
    ("{K} ({K.rel} of {P}) is listed as POA, phone {phone}", ""),
    ("member id for {P} is {member_x} per the card photo", ""),
    # --- ages over 89
    ("{P}, {oldage}, retired HFD, here about the hearing-loss claim — is that even us?", ""),
    ("Valley Pride's founder {P} (age {oldage}) wants a flu shot at the onsite clinic, can we?", "vip"),
    ("library volunteer {P} at the middle school is {oldage} y/o, fell off a step stool {doi}", ""),
    ("{P.hon} is {oldagew} years young and insists on a DOT physical for {P.his} farm truck", ""),
    ("pension board wants hearing results for {P} (DOB {dobold}, {oldage} years old)", ""),
    # --- sloppy / thread replies / forwards
    ("pt {P.fl} here for recheck, says the splint is rubbing. ok to swap it?", ""),
    ("omg {P.f} just told me {P.he} never got the rtw letter, can someone resend to {email}", ""),
    ("who has {P.l}?? {P.he}'s been sitting in room 6 for 40 min", ""),
    ("{P.hon} left AMA before the tetanus shot, f/u call please {phone}", ""),
    ("re: {P} — yes, {DR} signed. faxed to {EMP} at 3:12", ""),
    ("> can we see {P} today?\nyes send {P.him} over, 3:30 slot", ""),
    ("*URGENT* {P} from {EMP} — possible crush injury, EMS en route to Eastgate. DOB {dob}", "escalation"),
    ("forwarded text from {P}: 'my foot still swollen cant work tmrw. appt is {appt} right?'", ""),
    ("{P.fn} — pls update the chart banner, {P.he} doesn't answer to the legal name", ""),
    ("{P.fn} is here for {P.his} 2pm", ""),
    ("anyone know {P.l}'s claim #? is it {claim}? {CARRIER} says no match", ""),
    ("{P.inv} — pre-employment drug screen {coll} negative, result sent to {EMP}", ""),
    ("{S} can you let {P.f} know {P.his} PT at Riverside got moved to {appt}?", ""),
    ("Also {P.l} — the MRI on {vdate} showed a partial tear. surgery likely.", ""),
    ("{P} called from {phone} saying {P.he} lost {P.his} work status note, can we reprint? visit was {vdate}", ""),
    ("Audiogram STS for {P} (Valley Pride) — baseline {vdate}, retest {vdate2}, shift in L ear. OSHA recordable?", ""),
    ("respirator fit test: {P} failed on the 3M 8210, try the Moldex. med eval signed {vdate}", ""),
    ("(re {P}) PT note says 8/10 pain at work, meanwhile {P.he}'s on facebook hauling a boat", ""),
    ("{P}'s TTD checks go to {P.his} bank acct {bank} and the carrier wants us to confirm it?? not our job", ""),
    ("can someone scan {P}'s ID? DL {cdl}, address on it is {addr}", ""),
    ("{P} MRN {mrn} | claim {claim} | DOI {doi} | {EMP}", ""),
    ("in the notes for {P.fl} someone typed the DOB as {dob} but {P.he} says it's {dob2}", ""),
    ("pt list for Dr. {DR.l} tomorrow:\n1. {P} 8:00 DOT\n2. {Q} 8:30 recheck\n3. {R} 9:00 drug screen\n4. {T} 9:30 new injury", ""),
    ("{P} hasn't been seen since {vdate}. case closure letter going to {addr}", ""),
    ("{P}'s {K.rel} {K} picked up the paperwork and signed as guardian", ""),
    ("Teams msg from {EC}: \"{P} says {P.he} saw you guys on {vdate} but we never got a status\"", ""),
    ("chart for {P} has two MRNs: {mrn} and {mrn2}. merge ticket INC{tk}", ""),
    ("{P.l} family called: {P.his} {K.rel} {K.f} wants to know when {P.he} can drive, DOI {doi}", ""),
    ("Quick one — {P}'s PT auth expires but {P.he} still has visits left, last PT was {vdate}", ""),
    ("{DR} wants {P} back in 2 weeks, that's {fu}. can you book it?", ""),
    ("I put {P}'s work status in the {EMP} portal. RTW {rtw}, restrictions: no ladders", ""),
    ("is it {P.f} or {P.nick}? {P.he} signs everything {P.nl} but the ortho letter says {P.f}", ""),
    ("Lab called with a critical on {P}: K+ 6.1. drawn {coll} for the DOT recert. {DR} aware", ""),
    ("{EC} says {P} has been taking photos of the dock for {P.his} lawyer. not our problem but fyi", ""),
    ("@channel reminder: {P}'s claim {claim} is in litigation — route ALL record requests to compliance", "nolower"),
    ("pasting from the FROI:\nEmployee: {P}\nHome: {addr}\nPhone: {phone}\nDate of injury: {doi}\nNature: contusion", "structured"),
    ("{M} can u double check {P.l}'s acct {acct}? the balance looks off", ""),
    ("{P} is here w/ {P.his} {K.rel} {K.f} who wants to sit in on the exam", ""),
    ("Harmon PD K9 handler {P} — dog bite to the forearm {doi}, rabies status of the dog confirmed", ""),
    ("the safety director at {EMP} asked about {P.l} again — told him we can only share work status", "hipaa"),
    ("{P}'s hearing aids ({devsn} L / {devsn2} R) got crushed at work, carrier replacing?", ""),
    ("for the RTW letter: {P}, {addr}, DOI {doi}, claim {claim}", ""),
    ("{P.f} from Valley Pride texted me directly at {mycell}?? how did {P.he} get my number", ""),
    ("teacher {P} has a service dog now after the {doi} assault, school wants our note", ""),
    ("{P} paid the copay over the phone — card {cc}, exp {exp}. CVV given verbally, do NOT write it down", ""),
    ("{P}'s RTW letter: <{purl}|work status letter> — {EC} says the link asks for a login", ""),
    ("portal invite for {P.f} bounced ({purl}), resend to {email}?", ""),
    ("SS# {ssn} — that's {P.inv}, the one from the Valley Pride ammonia leak", ""),
    ("{P} lives in {town} and drives 40 min each way to PT, can we switch {P.him} to Riverside PT?", ""),
    ("medicare card for {P.hon}: {mbi}", ""),
    ("{P.l} — chart {mrn}, acct {acct}, member {member}. three numbers and none of them match the FROI", ""),
    ("lost & found: hearing aid SN {devsn} left in booth 2 — it's {P}'s per the audiology log", ""),
    ("the failed portal logins on {P}'s account came from {ip}, IT thinks it's {P.his} {K.rel}", ""),
    ("new hire paperwork for {P}: SSN {ssn}, DOB {dob}, home ZIP {zip}. shred the copy after scanning", ""),
    ("plate on {P}'s personal car is {plate} — {P.he} says the safety officer blocked {P.him} in, HR complaint", "complaint"),
]

CLEAN_FRAMES = [
    ("{M} quarterly review with {EMP} moved to {mtg}. {EC} wants the injury-rate slides.", ""),
    ("Invoice {inv} for {EMP} is {money}, net 30. PO {po}.", ""),
    ("EHR upgrade to {ver} goes live {mtg}; the Eastgate lobby kiosks need a restart after.", ""),
    ("{DR}'s NPI is {npi} if the credentialing form asks", "credentialing"),
    ("99203 vs 99213 for new injury visits — billing says we've been undercoding", "cpt"),
    ("reminder: S39.012A is lumbar strain initial encounter, use the D suffix for follow-ups", "icd"),
    ("Budget meeting with {EXEC} {mtg} in Conf Rm B. bring the FY2026 numbers", ""),
    ("we had 2 pts over 90 in the hearing conservation program last year, both retirees", "age-aggregate"),
    ("{age} y/o male, forklift crush injury L hand, in Exam 3 — who's free?", ""),
    ("our Riverside clinic is at {facaddr}; DOT drivers keep going to the old building", ""),
    ("{S} is out {mtg}, {S2} is covering drug screens. ext {ext}", ""),
    ("Zoom for the adjuster roundtable: {zoomurl} (Meeting ID {zoom})", ""),
    ("opened {ticket} for the Formfox outage, vendor says 2 hrs", ""),
    ("HIPAA refresher due by {due}, {S} is tracking completion", "hipaa"),
    ("{CARRIER} changed their fee schedule effective {eff}, {S} is updating the chargemaster", ""),
    ("MRNs in the new system are 10 digits, old ones are 7 — don't mix them in the import", "mrn-topic"),
    ("please never put SSNs in Slack. use the secure fax or the portal", "ssn-topic"),
    ("Room 214 printer jammed again, print job {job} stuck in the queue", ""),
    ("Ridgeline's DC in {bizcity} ({bizzip}) wants onsite flu shots for 300 people", ""),
    ("card ending {lastfour} got declined for the CAOHC renewal, {S} can you use yours?", ""),
    ("{EMP} signed the 3-year contract, {moneyL}/yr, {EXEC} is thrilled 🎉", ""),
    ("does anyone have the MCSA-5875 in the newer PDF? the old one still has the 2021 header", ""),
    ("{S} + {S2}: lunch-and-learn on hearing conservation {mtg}, Room 110", ""),
    ("breath alcohol tech cert for {S} expires {exp}, please schedule the refresher", ""),
    ("how many random pulls did Valley Pride do in Q3? {S} says 48", ""),
    ("the new audiometers (firmware {ver}) arrive {mtg}", ""),
    ("asset tag {asset} — the spirometer in booth 1 is reading low, biomed ticket {ticket}", ""),
    ("{EXEC} wants to know why our no-show rate jumped to {pct} in October", ""),
    ("PO {po} for 500 urine cups from {VENDOR} approved, {money}", ""),
    ("Per {EC}, HUSD is moving all bus-driver physicals to the summer. roughly 140 drivers", ""),
    ("{M} can you cover {S}'s DOT slots Thursday? {S.he} has jury duty", ""),
    ("Valley Pride safety meeting {mtg} at the plant, 1200 Packer Ave. {EC} is hosting", "facility-address"),
    ("Medicare rates for 2026 came out, 99213 is up about 3%", "cpt"),
    ("Who ordered 40 boxes of gauze? order #{order} showed up at Eastgate", ""),
    ("The Harmon PD contract renewal is {mtg}, {EC} from the city will dial in. I'm on {ext}", ""),
    ("quick poll: new drug-screen vendor ({VENDOR}) or stay with {VENDOR2}?", ""),
    ("{S}, the lift-test equipment calibration is due {due}. cert # on the sticker is CAL-{calno}", ""),
    ("Remember patients 90+ get the large-print forms at check-in", "age-aggregate"),
    ("fyi the new Formfox app is {ver} build {build}, roll it out to the collection sites", ""),
    ("Our ZIP for the Plant Road clinic is 60440 — the payer has us at 60441 and claims are kicking back", "zip-like facility-address"),
    ("can someone send me the RTW letter template? the one with the new logo", ""),
    ("{EXEC.f} {EXEC.l}'s office asked for a headcount for the holiday party by {due}", ""),
    ("Gallagher Bassett portal is down again, their status page just says 'degraded performance'", ""),
    ("Sedgwick's new adjuster assignments are posted on the intranet: {intra}", ""),
    ("case mgmt huddle moved to 8:15 tomorrow, same Teams link", "calendar"),
    ("whoever parked in the DOT exam spot, please move, we have a 9am", ""),
    ("total WC revenue for September: {moneyL}, up {pct} vs last year", ""),
    ("{S} great job on the Valley Pride audit 👏 zero findings", ""),
    ("the Eastgate x-ray tech is out till Monday, send after-hours fractures to Riverside", ""),
    ("Dr. {DR.l} will be at Harmon Fire Station 1 {mtg} for the annual physicals, 30 firefighters", ""),
    ("reminder that Z02.1 is for pre-employment exams, not Z00.00", "icd"),
    ("{S} is the new drug-screen coordinator starting {mtg} 🎉 welcome!!", ""),
    ("can we get a quote for a second breathalyzer? the Intoximeters one is {money}", ""),
    ("{CARRIER} is requiring a work status form on every visit now, not just status changes", ""),
    ("new fax cover sheet is on the share drive under /Forms/2025", ""),
    ("Suite 300, 4100 Industrial Pkwy — that's the new Ridgeline HR office, not the DC", "facility-address"),
    ("anyone else getting 'ORA-01555' when printing work status? {ticket}", ""),
    ("vendor call with {VENDOR} {mtg}: agenda is pricing, TAT, and the kiosk contract", ""),
    ("avg age of our DOT drivers is 47, youngest 21, oldest 78", "age-aggregate"),
    ("{EC} from {EMP} asked for the OSHA 300A summary by {due}", ""),
    ("Staff meeting notes:\n- new hire orientation {mtg}\n- {S} owns the drug screen SOP rewrite\n- budget variance {money}\n- next meeting {mtg2}", ""),
    ("{BOT} schedule 30 min with {S} and {S2} next week to go over the adjuster scorecard", ""),
    ("{BOT} what's on my calendar {mtg}?", ""),
    ("{BOT} draft an email to {EC} thanking them for the Valley Pride tour", ""),
    ("{BOT} book Conf Rm B for the CAOHC course {mtg}", ""),
    ("@Ava move my 1:1 with {S} to {mtg}", "nolower"),
    ("{BOT} find the contract PDF for {EMP} and share it with {S}", ""),
    ("{BOT} remind the team about HIPAA training due {due}", "hipaa"),
    ("{S} the interpreter line is ext {ext}, ask for {lang}", ""),
    ("Collection site hours at {site}: M–F 6a–6p, Sat 7–noon", ""),
    ("scheduling bot {ver} is buggy, it double-booked Eastgate twice this morning", ""),
    ("our new TPA contact at {CARRIER} is {ADJ}, prefers Teams over email", ""),
    ("{DR} and {DR2} are both on at Riverside {mtg}, so we can take walk-ins", ""),
    ("Harmon USD wants a flat rate for bus-driver physicals, {moneyS} each. thoughts?", ""),
    ("The 2025 OSHA recordable rate for Valley Pride is 4.2, down from 5.1", ""),
    ("1 in 5 DOT drivers at Ridgeline are on BP meds per our data, might be worth a wellness pitch", ""),
    ("Board meeting {mtg}, {EXEC} presenting occ health growth. no slides needed from us", ""),
    ("contract HC-2025-0418 with the city is up for renewal, {S} has the redlines", ""),
    ("ticket {ticket}: audiometer integration failing on 2 of 4 booths", ""),
    ("room 4 sink is leaking, facilities ticket {ticket}", ""),
    ("month-end close is {due}, get your charges in", ""),
    ("{S} I put the CPT crosswalk in the shared drive, 97110/97530 were swapped", "cpt"),
    ("interesting — {CARRIER} now wants photos of lacerations >2cm", ""),
    ("new mileage reimbursement rate is $0.70/mile per {EXEC}", ""),
    ("the phone tree option 3 goes to the drug-screen desk now, ext {ext}", ""),
    ("{S} the Valley Pride onsite nurse room is B-112, badge access through the east door", ""),
    ("anyone know a good {lang} medical interpreter agency? ours is booked out {mtg}", ""),
    ("FYI: POs from the city start with PD- or FD- depending on dept, e.g. PD-{calno}", ""),
    ("Reminder: DOT physical slots are 45 min, don't book them at 30", ""),
    ("*Weekly numbers*\nnew injuries: 37\nDOT: 52\ndrug screens: 211\nno-shows: 9", ""),
    ("can we stop booking post-accident screens after 4pm? the lab courier leaves at 4:30", ""),
    ("{S} is presenting at the AOHP conference in Denver {mtg}", ""),
    ("NIOSH lifting equation spreadsheet v2.3 is on the share, use it for the Ridgeline job analysis", "version"),
    ("Liberty Mutual's NCM team is switching portals {mtg}; links will change", ""),
    ("what's the TAT on the 10-panel now? {VENDOR} says 48h for negatives", ""),
    ("{EXEC} approved {money} for the new hearing booth at Riverside 🎉", ""),
    ("new PT partner: {VENDOR}, 2200 Lakeview Dr Suite 4, Joliet 60435. referrals by fax for now", "facility-address zip-like"),
    ("the 4th floor conf room is booked {mtg}, use the one on 2", ""),
    ("please update your Slack status when you're at an onsite, it makes coverage easier", ""),
    ("{S} and I reviewed 50 charts for the audit, 3 missing work status signatures", ""),
    ("Eastgate census today: 41 visits, 6 new injuries, 12 DOT, 23 screens", ""),
    ("per {EC}, Ridgeline's new safety incentive starts {mtg}. expect underreporting 🙃", ""),
    ("IT says the new firewall rules go in {mtg}, the portal might blip", ""),
    ("is the CAOHC course {moneyS} per person or per team?", ""),
    ("{S} left a box of donuts in the break room 🍩", ""),
    ("Harmon Fire is buying new SCBA and wants our input on the respirator med eval form", ""),
    ("question for the docs: still doing 2-step TB for HUSD new hires or is QFT ok?", ""),
    ("Valley Pride wants the hearing conservation training in Spanish and Somali this year", ""),
    ("the new fee schedule PDF is at {intra}", ""),
    ("new examiners: read {pubu} before your first DOT exam, the 5875 changed", ""),
    ("{EXEC} and {EXEC2} will tour the Riverside clinic {mtg}", ""),
    ("stop using the old intake form (rev 2019) — current is rev 2025.2", "version"),
    ("billing office address for remittances: PO Box 4410, Harmon IL 60440", "facility-address zip-like"),
    ("lol the scheduling bot just wished everyone happy birthday at 3am", ""),
    ("{S}: the adjuster scorecard for Q3 is done. {CARRIER} is worst on response time", ""),
    ("who's on call this weekend? I have {S} saturday and nobody sunday", ""),
    ("lab TAT report: {VENDOR} averaged 31 hours in Sept, {VENDOR2} 44", ""),
    ("can the team review the drug-free workplace policy draft by {due}?", ""),
    ("3 of the 4 Ridgeline DCs are on our direct-bill program now", ""),
    ("re: the NPI question, our group NPI is {npi}, individual ones are in the roster", ""),
    ("{DR} wants everyone on the new template for impairment ratings", ""),
    ("the kiosk is a Zebra ET40, asset {asset}, still on warranty", ""),
    ("training room 2B has the new CPR manikins, sign out through {S}", ""),
    ("Quest moved courier pickup to 5:15 at Eastgate", ""),
    ("{EC} at {EMP} says the Tuesday shift change is killing our 7am slots", ""),
    ("two of our three MROs are out {mtg}, results may lag", ""),
    ("I'm at the {EMP} onsite today, reachable on Teams only", ""),
    ("cost per DOT physical is {moneyS} now, was $85 last year", ""),
    ("{S} thanks for covering! owe you one ☕", ""),
    ("heads up: Harmon PD's new chief starts {mtg}; {EC} says expect more fitness-for-duty referrals", ""),
    ("draft agenda for the employer advisory council {mtg}: injury trends, RTW program, pricing", ""),
    ("the dashboard now shows days-away cases by employer, link on the intranet {intra}", ""),
    ("who has the key to the drug-screen lockbox? I think {S} took it home lol", ""),
    ("OSHA 300 log for our own staff: 2 recordables this year, both needlesticks", ""),
    ("{VENDOR} invoice {inv} is a duplicate of last month's, don't pay it", ""),
    ("medical director meeting {mtg}: standing orders for tetanus and Tdap review", ""),
    ("hey all, new channel #oh-billing for billing questions", ""),
    ("average time from injury to first visit is 1.8 days, goal is <1", ""),
    ("{EXEC2} says the Harmon School District RFP closes {due}", ""),
    ("pre-employment physicals at Ridgeline peak in November — staff up Eastgate", ""),
    ("{BOT} send the Q3 scorecard to {S} and cc me", ""),
    ("{M} please review the new DOT SOP by {due}, it's in /Policies/DOT/v3", ""),
    ("the city wants the per-officer pricing sheet again, ask {S}", ""),
    ("our Epic workers comp module is on {ver}; the patch fixes the claim-number field bug", ""),
    ("good news: {CARRIER} is paying within 30 days on clean claims now", ""),
    ("Ridgeline DC-2, 1450 Logistics Way, Joliet IL 60431 — new dock entrance for drivers", "facility-address zip-like"),
    ("the {age}yo from Valley Pride w/ the hand lac is back from x-ray, no fx", ""),
    ("two 91-year-old retirees came in for hearing claims this week, is that a trend?", "age-aggregate"),
    ("who's seeing the guy from Ridgeline with the eye injury? room 5", ""),
    ("pt in bed 2 needs a tetanus and I can't find the Tdap", ""),
    ("90-day follow-up protocol for threshold shifts is in the SOP", ""),
    ("{EC} (safety mgr at {EMP}) asked if we can do reasonable-suspicion training for supervisors {mtg}", ""),
    ("can someone restock exam 6? out of 4x4s and steri-strips", ""),
    ("{DR} signed off on 14 DOT cards today, new record 😅", ""),
    ("the city's risk manager {EC} wants monthly claim counts, not names. spreadsheet attached", ""),
    ("{S} please don't paste screenshots of the schedule here, the names show", "hipaa"),
    ("FMCSA registry upload is due within 24h of each exam, {S} has been batching them — stop", ""),
    ("Room 3 audiometer calibration cert expires {exp}, {VENDOR} is coming {mtg}", ""),
    ("{BOT} set up a recurring Friday 2pm with the billing team", ""),
    ("for the Valley Pride renewal we're proposing {moneyS} PEPM, {EXEC} signed off", ""),
    ("our Harmon clinic ZIP is 60441 and yes the mail keeps going to 60440", "zip-like facility-address"),
    ("patients age 65+ get the pneumococcal question on intake, per {DR}", "age-aggregate"),
    ("> is Eastgate open on the 4th?\nclosed, Riverside is open 8-noon", "calendar"),
    ("new BAT device is a Lifeloc EV 30, firmware {ver}, asset {asset}", ""),
    ("IT ticket {ticket}: Teams keeps logging out the front desk PCs", ""),
    ("{EXEC} is visiting the Ridgeline DC-4 onsite {mtg}, please make sure the room is tidy", ""),
    ("the new WC fee schedule pays $112.40 for 99213 and $186.00 for 99204", "cpt money"),
    ("{S2} can you print 50 copies of the CCF instructions in {lang}?", ""),
]


def main():
    rng = random.Random(SEED)
    assert len(set(t for t, _ in PHI_FRAMES)) == len(PHI_FRAMES), "duplicate PHI frame"
    assert len(set(t for t, _ in CLEAN_FRAMES)) == len(CLEAN_FRAMES), "duplicate clean frame"
    assert not set(t for t, _ in PHI_FRAMES) & set(t for t, _ in CLEAN_FRAMES)
    plan = []
    for frames, n, phi in ((PHI_FRAMES, N_PHI, True), (CLEAN_FRAMES, N_CLEAN, False)):
        order = list(range(len(frames)))
        picks = []
        while len(picks) < n:
            rng.shuffle(order)
            picks.extend(order[: n - len(picks)])
        for i in picks:
            plan.append((frames[i], phi))
    rng.shuffle(plan)
    out = []; used = set()
    for idx, ((tmpl, tg), phi) in enumerate(plan, 1):
        out.append(build(rng, tmpl, tg.split(), phi, idx))
        used.add(tmpl)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for item in out:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    nphi = sum(1 for o in out if o["spans"])
    print("wrote %d messages (%d phi, %d clean) to %s; distinct frames used: %d"
          % (len(out), nphi, len(out) - nphi, OUT, len(used)))


if __name__ == "__main__":
    main()
