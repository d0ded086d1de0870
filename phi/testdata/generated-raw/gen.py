#!/usr/bin/env python3
"""Templated PHI evaluation corpus generator (standard library only).

Writes generated_e.jsonl: 1,200 chat messages, ~60% with PHI, ~40% clean hard negatives.
Raw format: {"id","text","spans":[{"type","value"}...],"tags":[...]}; spans in reading order.
Labels follow shared/eval/PHI-LABELS.md.
"""
import json, random, re, sys, os, unicodedata, datetime as dt

SEED = 20261201
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_e.jsonl")
N_TOTAL, N_PHI = 1200, 720

# ---------------------------------------------------------------- value pools
GIVEN = """
James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth
Barbara Susan Jessica Sarah Karen Margaret Dorothy Helen Ruth Betty Shirley Frances Evelyn Mildred Walter Harold
Eugene Ralph Howard Arthur Albert Earl Gladys Edith Irene Lorraine Doris Bernice Agnes Wilma Clarence Lloyd Vernon
Floyd Chester Cecil Ethel Hazel Myrtle Katherine
Rose Hope Grant Faith Joy May June Dawn Summer Hunter Mason Carter Ivy Iris Jade Ruby Pearl Penny Autumn Sky
Rocky Cliff Dale Glen Heath Forrest Reed Ray Mark Will Drew Chase Pat Sunny Bill Art Sterling Royal Grace Honor
Patience Destiny Precious Blessing Liberty Sage Willow River Storm Star Clay Wade Miles Lane Brook Young Bishop Price
Siobhan Aoife Niamh Ciaran Padraig Declan Sinead Eamon Brigid Colm
José María Juan Carmen Luis Ana Jorge Guadalupe Alejandro Marisol Francisco Yesenia Rafael Esperanza Consuelo
Xiomara Wilfredo Yadira Luz Socorro Jesús Dolores Ramón Milagros Héctor Beatriz Ignacio Itzel Santiago Ximena
João Conceição Fernanda Thiago Gonçalo Manuela Djamila Adilson Edna Nilton
Jean-Baptiste Marie-Claude Fabiola Wideline Jocelyne Ketly Roodly Dieunise Frantz Nadège
Chinonso Oluwaseun Adaeze Emeka Ngozi Babajide Folake Kwame Akosua Kofi Ama Yaw Efua Chiamaka Tunde
Abebe Tigist Selam Dawit Hiwot Amina Abdirahman Hodan Faduma Yohannes Wanjiru Njeri Otieno Achieng
Mohammed Fatima Omar Layla Youssef Nour Khalid Rania Tariq Samira Hassan Mariam Ibrahim Zainab
Reza Shirin Dariush Parisa Mehmet Elif Ayşe Emre Cem Zeynep
Priya Arjun Lakshmi Venkatesh Ananya Rohan Deepika Sanjay Meenakshi Harpreet Gurpreet Manpreet Jaswinder Sundar
Kavitha Rahul Anjali Farhan Ayesha Imran Nusrat Rabindra Sushila
Wei Xiaoming Mei Jun Hao Yan Jian Ling Minh Thảo Hùng Lan Tuấn Ngọc Huong Duc Jiwoo Minji Seojun Hyun Soo-ah
Haruto Yuki Hiroshi Akiko Sakura Kenji
Marites Rodel Jocelyn Bong Sokha Dara Bopha Vuthy
Olga Dmitri Svetlana Igor Natalia Oksana Taras Bohdan Katarzyna Wojciech Małgorzata Piotr Agnieszka Zbigniew
Konstantinos Eleni Giorgos Despina Giuseppe Concetta Salvatore Antonella Vincenzo Rosaria Klaus Ingrid Dieter
Helga Sven Astrid Lars Sigrid
Avi Miriam Shlomo Rivka Yael Moshe Esther Tzvi Chaya
Winona Dakota Kai Keanu Leilani Noelani
Jayden Aaliyah Brayden Nevaeh Kaylee Jaxon Zoë Liam Olivia Noah Emma Aiden Madison Tyler Brittany Ashley Jordan
Taylor Morgan Casey Jamie Riley Quinn Avery Dante Shaniqua DeShawn Latoya Tyrone Keisha Jamal Imani Malik Ebony
Terrell D'Andre Marquis Tanisha
""".split()

SURNAMES = """
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White
Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy
Bailey Cooper Richardson Cox Howard Ward Peterson Gray Price Bishop Grant Hope Rose Long Short Little Black Stone
Wood Fox Hall Knight Page Law Lane Day Moon Rivers Banks Waters Frost Snow Winter Park March Guy Sharp Wise Love
Best Rich Small Golden Sterling Castle Church Street Marsh Brook Field Forest Hunter Mason Fisher Shepherd Fowler
Bond Booker Nurse Savage Cash Hardy Strong Friend Swift Sweet Goodman Noble Power Pope Dean Chamberlain Steward
Freeman Hale English French Welsh Holland
O'Brien O'Connor Sullivan McCarthy Kelly Fitzgerald Byrne Doherty Gallagher MacLeod McKenzie Brannigan Flaherty
Quinlan Keane Costello Mahoney Donovan Callahan Fennessy
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes
Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo Jimenez Vargas Romero Herrera Medina
Aguilar Vega Castro Delgado Peña Soto Fuentes Ibáñez Santiago Quiñones Nuñez Figueroa Colón Ocasio
Silva Santos Oliveira Pereira Costa Rodrigues Almeida Carvalho Sousa Fonseca Tavares Monteiro Furtado Lopes Barbosa
Jean-Louis Pierre Baptiste Charles Joseph Dorsainvil Toussaint Etienne Desrosiers Lafontant Beaulieu Thibodeau
Gagnon Tremblay Leblanc
Okafor Adeyemi Okonkwo Eze Nwosu Balogun Ogunleye Mensah Asante Owusu Boateng Appiah Tesfaye Bekele Haile
Gebremedhin Abdi Warsame Mohamud Hussein Odhiambo Kamau Mwangi Diallo Traoré Ndiaye
Haddad Khoury Mansour Al-Sayed Nasser Farouk Hosseini Tehrani Karimi Rahimi Yilmaz Demir Öztürk Kaya Şahin
Patel Shah Sharma Gupta Singh Kaur Reddy Rao Iyer Krishnan Chatterjee Banerjee Mukherjee Desai Mehta Joshi Nair
Pillai Menon Choudhury Rahman Hossain Khan Qureshi Siddiqui Malik Bhatt Venkataraman Subramanian Gill Sandhu Dhillon
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Lin Guo He Luo Nguyen Tran Le Pham Hoang Phan Vu
Dang Bui Do Ngo Kim Lee Choi Jung Kang Cho Yoon Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Sato Ito
Bautista Villanueva Mercado Aquino Manalo Macapagal Chea Sok Keo Chhay Prak
Ivanov Petrov Smirnova Kuznetsov Popova Kowalski Nowak Wiśniewski Zieliński Shevchenko Kovalenko Bondarenko
Horvath Novak Dvořák
Papadopoulos Georgiou Nikolaidis Russo Esposito Romano Ricci Marino Greco Bruno Gallo Conti DeLuca Ferraro
Müller Schmidt Schneider Fischer Weber Becker Hoffmann Wagner Larsen Johansson Lindqvist Nilsson Andersen
Cohen Levy Goldberg Katz Friedman Rosenberg Shapiro Abramowitz Weiss
Begay Yazzie Tsosie Benally Kahananui Akana Kealoha
""".split() + ["De La Cruz", "Dela Cruz", "García-López", "Van der Berg", "St. Fleur", "Ben-David", "Al Amin"]

GIVEN = sorted(set(GIVEN))
SURNAMES = sorted(set(SURNAMES))

WORDFIRST = ["Rose", "Hope", "Grant", "Faith", "Joy", "May", "June", "Dawn", "Summer", "Hunter", "Mason", "Ivy",
             "Iris", "Ruby", "Pearl", "Penny", "Sky", "Cliff", "Dale", "Glen", "Reed", "Ray", "Mark", "Will", "Drew",
             "Chase", "Pat", "Sunny", "Bill", "Art", "Grace", "Honor", "Patience", "Destiny", "Blessing", "Sage",
             "River", "Storm", "Star", "Clay", "Miles", "Young", "Bishop", "Price"]
WORDLAST = ["Young", "Price", "Bishop", "Grant", "Hope", "Rose", "Long", "Little", "Black", "White", "Green", "Stone",
            "Wood", "Fox", "Hall", "King", "Knight", "Page", "Law", "Lane", "Day", "Moon", "Rivers", "Banks", "Waters",
            "Frost", "Snow", "Winter", "Park", "March", "Guy", "Sharp", "Wise", "Love", "Best", "Rich", "Small",
            "Church", "Street", "Marsh", "Field", "Hunter", "Mason", "Fisher", "Bond", "Nurse", "Cash", "Hardy",
            "Strong", "Friend", "Swift", "Sweet", "Noble", "Power", "Dean", "English", "Bell", "Cook", "Baker", "Reed"]
NICK = {"Robert": "Bobby", "Margaret": "Peggy", "Elizabeth": "Betsy", "William": "Billy", "James": "Jimmy",
        "Richard": "Rick", "Katherine": "Kate", "Francisco": "Paco", "José": "Pepe", "Alejandro": "Alex",
        "Oluwaseun": "Seun", "Guadalupe": "Lupe", "Konstantinos": "Gus", "Dorothy": "Dot", "Patricia": "Trish",
        "Chinonso": "Nonso", "Mohammed": "Mo", "Xiaoming": "Sam", "Mildred": "Millie", "Salvatore": "Sal",
        "Concetta": "Connie", "Giuseppe": "Joe", "Venkatesh": "Venky", "Babajide": "Jide", "Shlomo": "Sol",
        "Wojciech": "Wojtek", "Dmitri": "Dima", "Frances": "Frannie", "Harold": "Hal", "Eugene": "Gene"}

HON = ["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Miss", "Mx."]
TITLES = ["CFO", "CEO", "COO", "CMO", "CNO", "CIO", "VP Finance", "VP Operations", "General Counsel",
          "Chief of Staff", "board chair", "VP Patient Experience", "Director of Revenue Cycle"]
ORGS = ["lowellriverhealth.org", "mercyvalemed.org", "stannehosp.org", "northbridgehealth.org",
        "caperidgemedical.org", "merrimack-general.org"]
MAILS = ["gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "verizon.net", "icloud.com", "aol.com",
         "outlook.com", "protonmail.com", "att.net", "msn.com", "charter.net"]
VENDORS = ["Baxter", "BD", "Medline", "Cardinal Health", "Stryker", "Philips", "GE HealthCare", "Epic",
           "Oracle Health", "Hill-Rom", "Owens & Minor", "Omnicell", "Vocera", "Zebra", "Xerox", "ServiceNow",
           "Aramark", "Sodexo", "Crothall", "Press Ganey"]
VDOMAINS = ["baxter-rep.com", "medline.com", "stryker.com", "philips.com", "omnicell.com", "aramark.com",
            "crothall.com", "pressganey.com", "vocera.com"]
PAYERS = ["BCBS", "Blue Cross", "Tufts Health Plan", "Harvard Pilgrim", "Aetna", "UnitedHealthcare", "UHC",
          "Cigna", "Humana", "Fallon", "WellSense", "Anthem", "Point32Health", "Medicare Advantage"]
TOWNS = ["Dracut", "Methuen", "Lowell", "Lawrence", "Haverhill", "Chelmsford", "Tewksbury", "Billerica",
         "Andover", "Amesbury", "Salem", "Peabody", "Lynn", "Revere", "Chelsea", "Everett", "Malden", "Medford",
         "Somerville", "Quincy", "Brockton", "Fall River", "New Bedford", "Worcester", "Fitchburg", "Nashua",
         "Manchester", "Pawtucket", "Woonsocket", "Framingham", "Waltham", "Dorchester", "Roxbury", "Mattapan",
         "Hyde Park", "Springfield", "Holyoke", "Chicopee", "Pittsfield", "Taunton", "Attleboro", "Leominster",
         "Gardner", "Athol", "Gloucester", "Beverly", "Marblehead", "Saugus", "Wakefield", "Woburn", "Pelham",
         "Hudson", "Derry", "Westford", "Groton", "Ayer", "Pepperell", "Dunstable", "Tyngsborough", "Wilmington"]
STATES = ["MA", "MA", "MA", "NH", "RI", "ME"]
STREETS = ["Birch Hill", "Tarbox", "Main", "Pleasant", "Elm", "Chestnut", "Lakeview", "Merrimack", "Broadway",
           "Washington", "Maple", "Oak", "Pine Ridge", "Central", "Water", "Bridge", "Mammoth", "Pawtucket",
           "Varnum", "Mystic", "Lincoln", "Highland", "School", "Church", "Prospect", "Sunset", "Winthrop",
           "Lilac", "Hope", "Rose", "Young", "Bishop", "Grant", "Cedar Crest", "Old Farm", "Rte 110", "Salem Tpke",
           "Forest", "Spring", "Bay State", "Riverside", "Aiken", "Gorham", "Stedman", "Westford"]
STYPES = ["St", "Street", "Rd", "Road", "Ave", "Ave.", "Ln", "Lane", "Dr", "Drive", "Ct", "Way", "Terr", "Cir",
          "Pkwy", "Blvd", "Pl"]
UNITS = ["Apt 3B", "Apt. 207", "Unit 12", "#4", "Apt 1", "2nd fl", "Unit C", "Apt 14F", "# 2R", "Fl 3"]
MEDS = ["apixaban", "metoprolol", "insulin glargine", "hydromorphone", "oxycodone", "lorazepam", "vancomycin",
        "furosemide", "warfarin", "sertraline", "levothyroxine", "Eliquis", "Lasix", "gabapentin"]
DX = ["CHF exacerbation", "hip fx", "COPD", "sepsis", "NSTEMI", "CVA", "pneumonia", "AKI", "UTI", "DKA",
      "cellulitis", "a-fib w/ RVR", "SBO", "GI bleed"]
UNITS_HOSP = ["4W", "5 North", "6 South", "7E", "ICU", "CCU", "Med-Surg 3", "Ortho 8", "ED", "PACU", "L&D",
              "Tele 9", "Oncology 10"]
DEPTS = ["Patient Access", "Revenue Cycle", "HIM", "Pharmacy", "Transport", "Case Management", "IT Service Desk",
         "Facilities", "Employee Health", "Patient Relations", "Nursing Admin", "Security", "Biomed"]
BLDGS = ["Hope Bishop Pavilion", "Kessler Cancer Center", "Rose Young Tower", "Alvarez Family Building",
         "Grant Price Surgical Wing", "Okafor Heart Institute", "Chen Family Atrium", "Sullivan Pavilion",
         "Nguyen Women's Center", "Levy Rehab Building", "Santos Ambulatory Center", "Saint Anne Tower"]
FOUNDS = ["Alvarez Family Foundation", "Hope & Grant Price Foundation", "Kessler Trust", "Rose Young Fund",
          "Patel-Shah Charitable Trust", "Okafor Foundation", "Murphy Family Foundation", "Li Ka Fund"]
FACADDR = ["1 Hospital Dr, Lowell MA 01852", "55 Fruit Street, Boston, MA 02114", "295 Varnum Ave, Lowell, MA 01854",
           "140 Lincoln Ave, Haverhill MA 01830", "20 Research Pl, North Chelmsford, MA 01863",
           "800 Merrimack St, Lowell, MA 01854", "12 Medical Center Dr, Methuen MA 01844",
           "1 Pleasant St, Suite 300, Dracut, MA 01826", "77 Warren St, Brighton MA 02135"]

# ---------------------------------------------------------------- helpers
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def luhn_ok(s):
    s = re.sub(r"\D", "", s); tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

def ascii_fold(s):
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode())

def digits(n): return "".join(rng.choice("0123456789") for _ in range(n))
def letters(n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"): return "".join(rng.choice(alpha) for _ in range(n))

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
def ordword(d):
    if d in ORD: return ORD[d]
    return ("twenty-" if d < 30 else "thirty-") + ORD[d % 10]
def ordsuf(d): return str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))
def age_words(n):
    tens = {9: "ninety", 10: "one hundred"}
    if n < 100:
        return "ninety" + ("" if n == 90 else "-" + ONES[n - 90])
    return "one hundred" + ("" if n == 100 else " and " + ONES[n - 100] if n < 110 else "")

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
ZW = "\u200b"; NBSP = "\u00a0"

# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self):
        self.people = {}; self.tags = set(); self.cache = {}
    def person(self, key):
        if key not in self.people:
            used = {(p["first"], p["last"]) for p in self.people.values()}
            while True:
                p = {"first": rng.choice(GIVEN), "last": rng.choice(SURNAMES),
                     "mi": rng.choice("ABCDEFGHJKLMNPRSTW")}
                if (p["first"], p["last"]) not in used and p["first"] != p["last"]:
                    break
            if key.startswith("w"):
                r = rng.random()
                if r < 0.45: p["first"] = rng.choice(WORDFIRST)
                elif r < 0.8: p["last"] = rng.choice(WORDLAST)
                else: p["first"], p["last"] = rng.choice(WORDFIRST), rng.choice(WORDLAST)
            if key.startswith("nick"):
                p["first"] = rng.choice(sorted(NICK))
            self.people[key] = p
        return self.people[key]

def seg(v, t=None): return [(v, t)]

def name_styled(p, ctx, t="NAME", styles=None):
    styles = styles or ["full"] * 10 + ["mi"] * 3 + ["lf"] * 2 + ["lfm"] * 2 + ["upinv"] + ["lower"] * 2 + ["hon"] * 2
    s = rng.choice(styles)
    f, l, m = p["first"], p["last"], p["mi"]
    if s == "full": return seg(f + " " + l, t)
    if s == "mi": return seg("%s %s. %s" % (f, m, l), t)
    if s == "lf": return seg("%s, %s" % (l, f), t)
    if s == "lfm": return seg("%s, %s %s." % (l, f, m), t)
    if s == "upinv": return seg("%s, %s %s" % (l.upper(), f.upper(), m), t)
    if s == "lower":
        ctx.tags.add("lowercase"); return seg((f + " " + l).lower(), t)
    if s == "hon": return [(rng.choice(HON) + " ", None), (l, t)]
    raise ValueError(s)

# ---------------------------------------------------------------- dates
def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal(); end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
def fmt_date(d, year=True, ctx=None):
    M, D, Y = d.month, d.day, d.year
    full, ab = MON[M - 1], MON[M - 1][:3]
    if year:
        opts = ["%04d-%02d-%02d" % (Y, M, D), "%02d/%02d/%04d" % (M, D, Y), "%d/%d/%04d" % (M, D, Y),
                "%d/%d/%02d" % (M, D, Y % 100), "%02d/%02d/%04d" % (D, M, Y), "%02d.%02d.%04d" % (D, M, Y),
                "%s %d, %d" % (full, D, Y), "%s %d %d" % (full, D, Y), "%d %s %d" % (D, full, Y),
                "%s %d, %d" % (ab, D, Y), "%s%s %d, %d" % (ab, "" if M == 5 else ".", D, Y), "%02d-%s-%d" % (D, ab, Y),
                "%02d%s%d" % (D, ab.upper(), Y), "%02d%02d%04d" % (M, D, Y), "%s %s, %d" % (full, ordsuf(D), Y),
                "%d-%d-%d" % (M, D, Y), "%d.%d.%02d" % (D, M, Y % 100)]
        w = [5, 6, 5, 4, 2, 2, 5, 2, 2, 3, 1, 2, 1, 1, 2, 2, 1]
    else:
        opts = ["%d/%d" % (M, D), "%02d/%02d" % (M, D), "%s %s" % (ab, ordsuf(D)), "%s %d" % (full, D),
                "%d %s" % (D, full), "%s of %s" % (ordsuf(D), full), "%s %s" % (full, ordword(D)),
                "%s of %s" % (ordword(D), full), "%s %d" % (ab, D), "%s%s %d" % (ab, "" if M == 5 else ".", D), "%d-%s" % (D, ab)]
        w = [6, 2, 3, 4, 1, 1, 1, 1, 3, 1, 1]
    return rng.choices(opts, w)[0]

# ---------------------------------------------------------------- generators
def g_phone(ctx, intl_ok=True, ext_ok=True):
    a = rng.choice(["617", "508", "978", "781", "413", "603", "401", "857", "339", "774", "351", "212", "718",
                    "347", "860", "203", "207", "802", "305", "312", "404", "787"])
    e = str(rng.randint(201, 989)); ln = digits(4)
    r = rng.random()
    if intl_ok and r < 0.08:
        return rng.choice(["+44 20 7946 %s" % digits(4), "+351 91%s %s %s" % (digits(1), digits(3), digits(3)),
                           "+91 9%s %s" % (digits(4), digits(5)), "+55 11 9%s-%s" % (digits(4), digits(4)),
                           "+234 803 %s %s" % (digits(3), digits(4)), "+63 917 %s %s" % (digits(3), digits(4)),
                           "+1 (809) %s-%s" % (e, ln), "+509 34 %s %s" % (digits(2), digits(4)),
                           "+238 9%s %s" % (digits(2), digits(4)), "+84 90 %s %s" % (digits(3), digits(4))])
    if r < 0.13:
        ctx.tags.add("evasion")
        k = rng.random()
        if k < 0.4: return " ".join(a + e + ln)
        if k < 0.7:
            ctx.tags.add("zero-width"); return a + ZW + e + ZW + ln
        ctx.tags.add("fullwidth")
        return "%s-%s-%s" % ("".join(FW[c] for c in a), "".join(FW[c] for c in e), "".join(FW[c] for c in ln))
    f = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "+1-%s-%s-%s",
                    "1-%s-%s-%s", "%s %s %s", "+1 (%s) %s-%s", "(%s)%s-%s", "%s-%s-%s", "(%s) %s-%s"]) % (a, e, ln)
    if ext_ok and rng.random() < 0.12:
        f += rng.choice([" ext. ", " x", " ext ", ", ext. ", " x."]) + str(rng.randint(2, 4999))
    return f

def g_email(ctx, p=None, domain=None, obf=True):
    p = p or ctx.person("p1")
    f = ascii_fold(p["first"]) or "pt"
    l = ascii_fold(p["last"]) or "x"
    dom = domain or rng.choice(MAILS)
    local = rng.choice([f + "." + l, f[0] + l, f + l + digits(2), f + "_" + l, l + f[0] + digits(rng.randint(1, 3)),
                        f + "." + l + digits(4)[:2], f[0] + "." + l])
    if obf and rng.random() < 0.12:
        ctx.tags.add("evasion")
        d1, d2 = dom.rsplit(".", 1)
        return rng.choice(["%s [at] %s [dot] %s", "%s(at)%s(dot)%s", "%s at %s dot %s", "%s @ %s . %s"]) % (local, d1, d2)
    return local + "@" + dom

def g_ssn(ctx):
    a = "%03d" % rng.choice([x for x in range(1, 900) if x != 666]); b = "%02d" % rng.randint(1, 99)
    c = "%04d" % rng.randint(1, 9999)
    r = rng.random()
    if r < 0.55: return "%s-%s-%s" % (a, b, c)
    if r < 0.65: return "%s %s %s" % (a, b, c)
    if r < 0.72: return "%s.%s.%s" % (a, b, c)
    ctx.tags.add("evasion")
    if r < 0.80: return a + b + c
    if r < 0.84: return "%s.%s-%s" % (a, b, c)
    if r < 0.88: return " ".join(a + b + c)
    if r < 0.91:
        ctx.tags.add("fullwidth"); return "".join(FW[ch] for ch in a) + "-" + "".join(FW[ch] for ch in b) + "-" + "".join(FW[ch] for ch in c)
    if r < 0.94:
        ctx.tags.add("zero-width"); return a + "-" + b + ZW + "-" + c
    if r < 0.97: return a + NBSP + b + NBSP + c
    return " ".join(ONES[int(ch)] for ch in a) + ", " + " ".join(ONES[int(ch)] for ch in b) + ", " + " ".join(ONES[int(ch)] for ch in c)

def g_mrn(ctx):
    return rng.choice(["%08d" % rng.randint(1, 99999999), "%07d" % rng.randint(1000000, 9999999),
                       "E" + digits(7), "M00" + digits(6), "%s-%s-%s" % (digits(2), digits(3), digits(3)),
                       "MR-" + digits(6), "0" + digits(8), "%s %s" % (digits(3), digits(4)), "LRH" + digits(7)])
MRN_LABELS = ["MRN ", "MRN: ", "MRN#", "MRN # ", "MR# ", "Med Rec # ", "med rec no. ", "chart #", "chart no. ",
              "Chart# ", "mrn ", "MRN is ", "medical record number ", "EMR # "]
def g_mrnl(ctx): return [(rng.choice(MRN_LABELS), None), (g_mrn(ctx), "MRN")]

def g_acct(ctx):
    return rng.choice([digits(10), digits(9), "G" + digits(7), "PA-%s-%s" % (digits(4), digits(4)),
                       "3%s" % digits(8), "%s-%s" % (digits(6), digits(3)), "V" + digits(9), "%s %s %s" % (digits(3), digits(3), digits(4))])
ACCT_LABELS = ["acct ", "acct# ", "Acct #", "account ", "HAR ", "HAR# ", "guarantor acct ", "patient account # ",
               "hospital account ", "acct no. ", "Account Number: ", "enc/HAR "]
def g_acctl(ctx): return [(rng.choice(ACCT_LABELS), None), (g_acct(ctx), "ACCOUNT_NUMBER")]
def g_bankacct(ctx): return rng.choice([digits(10), digits(12), "%s-%s" % (digits(4), digits(6)), digits(9), "00" + digits(8)])

def g_mbi(ctx):
    A = "ACDEFGHJKMNPQRTUVWXY"; AN = A + "0123456789"
    s = [str(rng.randint(1, 9)), rng.choice(A), rng.choice(AN), str(rng.randint(0, 9)), rng.choice(A),
         rng.choice(AN), str(rng.randint(0, 9)), rng.choice(A), rng.choice(A), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(s)
    return s if rng.random() < 0.6 else s[:4] + "-" + s[4:7] + "-" + s[7:]

def g_planid(ctx):
    r = rng.random()
    if r < 0.12: return g_mbi(ctx)
    return rng.choice([letters(3) + digits(9), "W" + digits(9), digits(11), letters(3) + digits(8) + "01",
                       "%s-%s-%s" % (digits(4), digits(5), digits(2)), "U" + digits(8) + " 01", "ZGP" + digits(9),
                       "1%s" % digits(11), "H%s" % digits(8), letters(2) + digits(7) + "-00",
                       "%s%s" % (letters(1), digits(10))])
PLAN_LABELS = ["member ID ", "Member ID: ", "member # ", "subscriber id ", "Subscriber ID ", "policy # ", "policy no. ",
               "ID# ", "mbr id ", "beneficiary ID ", "ins id ", "cert # "]
def g_planl(ctx):
    lab = rng.choice(PLAN_LABELS)
    if rng.random() < 0.5: lab = rng.choice(PAYERS) + " " + lab
    return [(lab, None), (g_planid(ctx), "HEALTH_PLAN_ID")]
def g_medicaid(ctx): return rng.choice(["1%s" % digits(11), "MA%s" % digits(9), "%s%s" % (digits(9), letters(1)), "10%s" % digits(10)])

def g_dl(ctx):
    return rng.choice(["S" + digits(8), digits(9), "%s%s" % (letters(1), digits(8)), "%s%s%s" % (digits(2), letters(3), digits(5)),
                       "D%s-%s-%s" % (digits(3), digits(4), digits(4)), "SA" + digits(7), letters(1) + digits(3) + "-" + digits(4) + "-" + digits(4)])
def g_dea(ctx):
    l1 = rng.choice("ABFGMP"); l2 = rng.choice("ABCDEFGHJKLMNPRSTWZ")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(chk)
def g_lic(ctx):
    return rng.choice(["RN%s" % digits(7), "RN %s" % digits(7), digits(6), "%s-%s" % (digits(4), digits(5)),
                       "LPN-%s" % digits(5), "MD%s" % digits(6), "PA%s" % digits(5), "RPH %s" % digits(5), "2%s" % digits(5)])
def g_plate(ctx):
    return rng.choice(["%s%s%s" % (digits(1), letters(3), digits(2)), "%s-%s" % (letters(3), digits(4)),
                       "%s %s" % (digits(1) + letters(2), digits(3)), "%s%s" % (letters(3), digits(3)),
                       "%s %s" % (digits(3), letters(3)), "%s%s%s" % (digits(2), letters(2), digits(2))])
VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def g_vin(ctx):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [rng.choice(al) for _ in range(17)]
    v[9] = rng.choice("KLMNPRSTABCDEFGH")
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)
def g_devsn(ctx):
    return rng.choice(["PJN%s%s" % (digits(6), letters(1)), "RNR%s" % digits(6), "SM%s" % digits(8),
                       "NG%s%s" % (digits(7), letters(1)), "%s-%s" % (digits(4), digits(5)), "%s%s" % (letters(2), digits(9)),
                       "G%s" % (letters(1) + digits(7)), "BLC%s%s" % (digits(6), letters(1)), "%s" % digits(10), "8%sK" % digits(8)])
def g_udi(ctx):
    gtin = "00" + digits(12)
    return rng.choice(["(01)%s(17)%s(21)%s" % (gtin, "%02d%02d%02d" % (rng.randint(26, 31), rng.randint(1, 12), rng.randint(1, 28)), letters(2) + digits(6)),
                       "(01)%s(10)%s(21)%s" % (gtin, letters(1) + digits(5), digits(8)),
                       "01%s17%s21%s" % (gtin, "%02d%02d%02d" % (rng.randint(26, 31), rng.randint(1, 12), rng.randint(1, 28)), digits(9))])
def g_ipv4(ctx):
    r = rng.random()
    if r < 0.3: return "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(1, 254))
    if r < 0.5: return "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(1, 254))
    if r < 0.65: return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 254), rng.randint(1, 254))
    return "%d.%d.%d.%d" % (rng.choice([24, 50, 66, 73, 98, 108, 146, 155, 173, 199, 208]), rng.randint(0, 254), rng.randint(0, 254), rng.randint(1, 254))
def g_ipv6(ctx):
    h = lambda: "%x" % rng.randint(1, 0xffff)
    return rng.choice(["2001:db8:%s:%s::%s" % (h(), h(), h()), "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
                       "2601:%s:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h(), h()), "2603:3005:%s::%s" % (h(), h())])
def g_card(ctx):
    r = rng.random()
    if r < 0.4: pre, n = "4" + digits(5), 16
    elif r < 0.65: pre, n = str(rng.randint(51, 55)) + digits(4), 16
    elif r < 0.8: pre, n = rng.choice(["34", "37"]) + digits(4), 15
    elif r < 0.9: pre, n = "6011" + digits(2), 16
    else: pre, n = str(rng.randint(2221, 2720)) + digits(2), 16
    body = pre + digits(n - 1 - len(pre)); num = body + luhn_digit(body)
    assert luhn_ok(num)
    if n == 15:
        return rng.choice(["%s %s %s" % (num[:4], num[4:10], num[10:]), num, "%s-%s-%s" % (num[:4], num[4:10], num[10:])])
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    k = rng.random()
    if k < 0.06:
        ctx.tags.add("evasion"); return " ".join(num)
    return rng.choice([" ".join(g), "-".join(g), num, " ".join(g)])
def g_zip(ctx): return rng.choice(["0%d" % rng.randint(1001, 2791), "0%d" % rng.randint(3031, 3897), "0%d-%s" % (rng.randint(1001, 2791), digits(4))])
def g_street(ctx):
    s = "%d %s %s" % (rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 4999)]), rng.choice(STREETS), rng.choice(STYPES))
    if "Rte" in s or "Tpke" in s: s = s.rsplit(" ", 1)[0]
    if rng.random() < 0.35: s += rng.choice([" ", ", "]) + rng.choice(UNITS)
    return s
def g_town(ctx): return rng.choice(TOWNS)
def g_addr(ctx):
    st = g_street(ctx); town = g_town(ctx); state = rng.choice(STATES)
    return rng.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s", "%s, %s, %s, %s"]) % (st, town, state, g_zip(ctx))
def g_addr_ml(ctx):
    ctx.tags.add("multiline")
    return "%s\n%s, %s %s" % (g_street(ctx), g_town(ctx), rng.choice(STATES), g_zip(ctx))
def g_pobox(ctx):
    b = rng.choice(["PO Box ", "P.O. Box ", "po box ", "POB ", "P O Box "]) + str(rng.randint(1, 9999))
    if rng.random() < 0.5: b += ", %s %s %s" % (g_town(ctx), rng.choice(STATES), g_zip(ctx))
    return b
def g_purl(ctx, kind=None):
    p = ctx.person("p1"); f = ascii_fold(p["first"]) or "pt"; l = ascii_fold(p["last"]) or "x"
    org = rng.choice(ORGS)
    visit = ["https://mychart.%s/MyChart/Visit?patientId=E%s" % (org, digits(7)),
             "https://telehealth.%s/join?visit=%s&mrn=%s" % (org, digits(8), digits(8)),
             "https://%s.zoom.us/j/%s?pt=%s%s" % (org.split(".")[0], digits(10), f[0], l)]
    page = ["https://www.caringbridge.org/visit/%s%s" % (f, l), "https://gofund.me/%s-%s-recovery" % (f, l),
            "https://www.mealtrain.com/trains/%s-%s" % (f, l)]
    portal = ["https://portal.%s/pt/%s-%s-%s" % (org, f, l, digits(4)), "https://%s/patients/%s/results" % (org, digits(9)),
              "http://portal.%s/statement?acct=%s" % (org, digits(10))]
    pool = {"visit": visit, "page": page, "portal": portal}.get(kind, visit + page + portal)
    return rng.choice(pool)
def g_age90(ctx):
    n = rng.choice(list(range(90, 100)) * 3 + list(range(100, 109)))
    if rng.random() < 0.25:
        ctx.tags.add("evasion"); return age_words(n)
    return str(n)

def person_gen(key, style=None, t="NAME"):
    def f(ctx):
        p = ctx.person(key)
        if style == "first": return seg(p["first"], t)
        if style == "last": return seg(p["last"], t)
        if style == "hon": return [(rng.choice(HON) + " ", None), (p["last"], t)]
        if style == "inv": return seg("%s, %s %s" % (p["last"].upper(), p["first"].upper(), p["mi"]), t)
        if style == "lf": return seg("%s, %s" % (p["last"], p["first"]), t)
        if style == "plain": return seg(p["first"] + " " + p["last"], t)
        if style == "ini":
            return seg(rng.choice(["%s.%s.", "%s%s", "%s. %s."]) % (p["first"][0], p["last"][0]), t)
        return name_styled(p, ctx, t)
    return f

def g_ptnick(ctx):
    p = ctx.person("nick1"); n = NICK[p["first"]]
    r = rng.random()
    if r < 0.4: return [(p["first"] + " " + p["last"], "NAME"), (" (goes by ", None), (n, "NAME"), (")", None)]
    if r < 0.7: return [(p["first"] + " " + p["last"], "NAME"), (' "', None), (n, "NAME"), ('"', None)]
    return [(n, "NAME"), (" (legal name ", None), (p["first"] + " " + p["last"], "NAME"), (")", None)]

def g_mention(ctx): return seg("<@U0%s>" % letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
def g_exec(ctx):
    p = ctx.person("x1"); t = rng.choice(TITLES)
    return seg(rng.choice(["%s %s, %s" % (p["first"], p["last"], t), "%s %s %s" % (t, p["first"], p["last"]),
                           "%s %s" % (p["first"], p["last"])]))

def unl(fn): return lambda ctx: seg(fn(ctx))
def lab(t, fn): return lambda ctx: seg(fn(ctx), t)

def g_emailtag(ctx, key="p1"):
    return seg(g_email(ctx, ctx.person(key)), "EMAIL")
def g_mailto(ctx):
    e = g_email(ctx, ctx.person("p1"), obf=False)
    ctx.tags.add("slack-markup")
    return [("<mailto:", None), (e, "EMAIL"), ("|", None), (e, "EMAIL"), (">", None)]
def g_tel(ctx):
    ph = g_phone(ctx, intl_ok=False, ext_ok=False); ctx.tags.add("slack-markup")
    raw = "+1" + re.sub(r"\D", "", ph)[-10:]
    return [("<tel:", None), (raw, "PHONE"), ("|", None), (ph, "PHONE"), (">", None)]
def g_bemail(ctx, key="s1"):
    p = ctx.person(key)
    ctx.tags.add("business-contact")
    return seg(g_email(ctx, p, domain=rng.choice(ORGS), obf=False), "EMAIL")
def g_vemail(ctx):
    ctx.tags.add("business-contact")
    return seg(g_email(ctx, ctx.person("v1"), domain=rng.choice(VDOMAINS), obf=False), "EMAIL")

def g_time(ctx): return rng.choice(["9:15", "10am", "2:30 pm", "1400", "07:45", "3p", "noon", "8:00 AM", "11:20", "4:45pm"])
def g_mdate(ctx):
    d = rand_date(2026, 2027)
    return rng.choice([fmt_date(d, True), fmt_date(d, False), rng.choice(["Tues ", "Thursday ", "Fri ", "Mon "]) + "%d/%d" % (d.month, d.day)])
def g_money(ctx): return rng.choice(["$%d" % rng.randint(20, 900), "$%s,%03d" % (rng.randint(1, 99), rng.randint(0, 999)),
                                     "$%d.%02d" % (rng.randint(5, 9999), rng.randint(0, 99)), "$%.1fM" % (rng.randint(5, 400) / 10),
                                     "$%dk" % rng.randint(5, 950)])
GENS = {
    # labelled people
    "pt": person_gen("p1"), "ptf": person_gen("p1", "first"), "ptl": person_gen("p1", "last"),
    "pth": person_gen("p1", "hon"), "ptinv": person_gen("p1", "inv"), "ptlf": person_gen("p1", "lf"),
    "ptplain": person_gen("p1", "plain"), "ptini": person_gen("p1", "ini"), "ptnick": g_ptnick,
    "pthl7": lambda c: seg("%s^%s^%s" % (c.person("p1")["last"].upper(), c.person("p1")["first"].upper(), c.person("p1")["mi"]), "NAME"),
    "dobhl7": lab("DATE", lambda c: rand_date(1920, 2020).strftime("%Y%m%d")),
    "ptw": person_gen("w1"), "ptwf": person_gen("w1", "first"), "ptwl": person_gen("w1", "last"),
    "ptwh": person_gen("w1", "hon"), "ptwlf": person_gen("w1", "lf"), "staffw": person_gen("w9", "plain", None), "drwl": person_gen("w8", "last", None),
    "ssnspelled": lambda c: seg(" ".join(ONES[int(ch)] for ch in digits(3)) + ", " + " ".join(ONES[int(ch)] for ch in digits(2)) + ", " + " ".join(ONES[int(ch)] for ch in digits(4)), "SSN"),
    "zoomurl": unl(lambda c: "https://%s.zoom.us/j/%s" % (rng.choice(["lrh", "mercyvale", "northbridge", "stanne"]), digits(11))),
    "pt2": person_gen("p2"), "pt2f": person_gen("p2", "first"),
    "rel": person_gen("r1"), "relf": person_gen("r1", "first"), "relh": person_gen("r1", "hon"),
    "rel2": person_gen("r2"), "staffpt": person_gen("e1"), "staffptf": person_gen("e1", "first"),
    # unlabelled people
    "staff": person_gen("s1", "plain", None), "stafff": person_gen("s1", "first", None),
    "staff2": person_gen("s2", "plain", None), "staff2f": person_gen("s2", "first", None),
    "drlast": person_gen("s3", "last", None), "drfull": person_gen("s3", "plain", None),
    "vrep": person_gen("v1", "plain", None), "exec": g_exec, "mention": g_mention,
    # labelled values
    "dob": lab("DATE", lambda c: fmt_date(rand_date(1920, 2025), True)),
    "vdate": lab("DATE", lambda c: fmt_date(rand_date(2024, 2026), rng.random() < 0.6)),
    "vdatey": lab("DATE", lambda c: fmt_date(rand_date(2024, 2026), True)),
    "vdate_ny": lab("DATE", lambda c: fmt_date(rand_date(2025, 2026), False)),
    "age90": lambda c: seg(g_age90(c), "AGE"),
    "phone": lambda c: seg(g_phone(c), "PHONE"), "cell": lambda c: seg(g_phone(c, intl_ok=False), "PHONE"),
    "fax": lambda c: seg(g_phone(c, intl_ok=False, ext_ok=False), "PHONE"),
    "email": lambda c: g_emailtag(c, "p1"), "relemail": lambda c: g_emailtag(c, "r1"),
    "mailto": g_mailto, "tel": g_tel, "bemail": g_bemail, "vemail": g_vemail,
    "ssn": lambda c: seg(g_ssn(c), "SSN"), "mrn": lambda c: seg(g_mrn(c), "MRN"), "mrnl": g_mrnl,
    "acct": lambda c: seg(g_acct(c), "ACCOUNT_NUMBER"), "acctl": g_acctl,
    "bankacct": lambda c: seg(g_bankacct(c), "ACCOUNT_NUMBER"),
    "planid": lambda c: seg(g_planid(c), "HEALTH_PLAN_ID"), "planl": g_planl,
    "mbi": lambda c: seg(g_mbi(c), "HEALTH_PLAN_ID"), "medicaid": lambda c: seg(g_medicaid(c), "HEALTH_PLAN_ID"),
    "dl": lambda c: seg(g_dl(c), "LICENSE_NUMBER"), "dea": lambda c: seg(g_dea(c), "LICENSE_NUMBER"),
    "lic": lambda c: seg(g_lic(c), "LICENSE_NUMBER"),
    "plate": lambda c: seg(g_plate(c), "VEHICLE_ID"), "vin": lambda c: seg(g_vin(c), "VEHICLE_ID"),
    "devsn": lambda c: seg(g_devsn(c), "DEVICE_ID"), "udi": lambda c: seg(g_udi(c), "DEVICE_ID"),
    "ip4": lambda c: seg(g_ipv4(c), "IP_ADDRESS"), "ip6": lambda c: seg(g_ipv6(c), "IP_ADDRESS"),
    "card": lambda c: seg(g_card(c), "CREDIT_CARD"), "purl": lambda c: seg(g_purl(c), "URL"),
    "visiturl": lambda c: seg(g_purl(c, "visit"), "URL"), "pageurl": lambda c: seg(g_purl(c, "page"), "URL"),
    "portalurl": lambda c: seg(g_purl(c, "portal"), "URL"),
    "policyurl": unl(lambda c: "https://intranet.%s/policies/%s" % (rng.choice(ORGS), rng.choice(["hipaa-minimum-necessary", "secure-messaging", "PRIV-104", "social-media"]))),
    "deckurl": unl(lambda c: rng.choice(["https://boardportal.%s/%s-packet", "https://sharepoint.%s/sites/finance/%s-results"]) % (rng.choice(ORGS), rng.choice(["q3", "fy27", "june", "annual"]))),
    "addr": lambda c: seg(g_addr(c), "ADDRESS"), "addr_ml": lambda c: seg(g_addr_ml(c), "ADDRESS"),
    "street": lambda c: seg(g_street(c), "ADDRESS"),
    "streettown": lambda c: seg(g_street(c) + rng.choice([", ", " "]) + g_town(c), "ADDRESS"), "town": lambda c: seg(g_town(c), "ADDRESS"),
    "zip": lambda c: seg(g_zip(c), "ADDRESS"), "pobox": lambda c: seg(g_pobox(c), "ADDRESS"),
    # unlabelled fillers / hard negatives
    "time": unl(g_time), "mdate": unl(g_mdate), "money": unl(g_money),
    "deadline": unl(lambda c: rng.choice(["EOD Friday", "12/15", "Dec 31", "end of month", "the 30th", "1/10/2027", "next Weds"])),
    "covend": unl(lambda c: fmt_date(rand_date(2025, 2027), rng.random() < 0.7)),
    "exp": unl(lambda c: "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))),
    "ageyoung": unl(lambda c: str(rng.randint(19, 89))),
    "room": unl(lambda c: rng.choice(["%d%02d" % (rng.randint(2, 12), rng.randint(1, 40)), "%d%s" % (rng.randint(1, 40), rng.choice("AB"))])),
    "unit": unl(lambda c: rng.choice(UNITS_HOSP)), "med": unl(lambda c: rng.choice(MEDS)), "dx": unl(lambda c: rng.choice(DX)),
    "dept": unl(lambda c: rng.choice(DEPTS)), "vendor": unl(lambda c: rng.choice(VENDORS)), "payer": unl(lambda c: rng.choice(PAYERS)),
    "bldg": unl(lambda c: rng.choice(BLDGS)), "foundation": unl(lambda c: rng.choice(FOUNDS)), "facaddr": unl(lambda c: rng.choice(FACADDR)),
    "site": unl(lambda c: rng.choice(TOWNS)),
    "po": unl(lambda c: rng.choice(["PO ", "PO# ", "P.O. ", "po "]) + rng.choice([digits(7), "45" + digits(8), "PO-%s" % digits(6)])),
    "inv": unl(lambda c: rng.choice(["INV-%s" % digits(6), "invoice %s" % digits(8), "Inv #%s" % digits(5), "INV%s" % digits(7)])),
    "ticket": unl(lambda c: rng.choice(["INC%07d" % rng.randint(1, 9999999), "RITM%07d" % rng.randint(1, 9999999), "DEL-%d" % rng.randint(100, 9999),
                                         "CHG%07d" % rng.randint(1, 9999999), "REQ-%d" % rng.randint(1000, 99999), "FAC-%d" % rng.randint(100, 9999)])),
    "ver": unl(lambda c: "v%d.%d.%d" % (rng.randint(1, 24), rng.randint(0, 12), rng.randint(0, 30))),
    "build": unl(lambda c: "build %d.%d.%d.%d" % (rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(0, 9), rng.randint(1, 99))),
    "npi": unl(lambda c: "1" + digits(9)), "cpt": unl(lambda c: rng.choice(["99213", "99214", "99215", "93000", "71046", "36415", "97110", "G0439", "80053"])),
    "icd": unl(lambda c: rng.choice(["I50.9", "J44.1", "E11.65", "N39.0", "S72.001A", "Z79.01", "I48.91", "R07.9", "F41.1"])),
    "count": unl(lambda c: str(rng.randint(2, 480))), "pct": unl(lambda c: "%d%%" % rng.randint(2, 97)),
    "ext": unl(lambda c: rng.choice(["x", "ext ", "ext. ", "x"]) + str(rng.randint(2000, 7999))),
    "zoom": unl(lambda c: "%s %s %s" % (digits(3), digits(4), digits(4))),
    "asset": unl(lambda c: rng.choice(["BME-%s" % digits(5), "asset %s" % digits(6), "AT%s" % digits(7), "IT-%s" % digits(6)])),
    "fy": unl(lambda c: rng.choice(["FY2027", "FY26", "Q3", "Q4 FY26", "fiscal 2026", "CY2027", "H2"])),
    "year": unl(lambda c: str(rng.randint(1998, 2027))),
    "group": unl(lambda c: rng.choice(["group ", "group # ", "grp "]) + rng.choice([digits(6), "00" + digits(4), letters(2) + digits(5)])),
    "last4": unl(lambda c: digits(4)), "intranet": unl(lambda c: rng.choice(["https://intranet.%s/policies/hipaa-minimum-necessary" % rng.choice(ORGS),
                                                                          "https://%s.zoom.us/j/%s" % (rng.choice(["lrh", "mercyvale", "northbridge"]), digits(11)),
                                                                          "https://boardportal.%s/q3-packet" % rng.choice(ORGS),
                                                                          "https://www.cms.gov/medicare/payment", "https://status.epic.com",
                                                                          "https://sharepoint.%s/sites/revcycle/Shared%%20Documents" % rng.choice(ORGS)])),
    "contract": unl(lambda c: "contract %s-%s" % (letters(2), digits(5))), "costctr": unl(lambda c: "cost center " + digits(5)),
    "badge": unl(lambda c: digits(6)),
}

# ---------------------------------------------------------------- templates
# (family, extra tags, template text, lowercase probability)
PHI_T = [
# ---- scheduling
("scheduling", "", "can we move {pt} to thursday? appt on {vdate} conflicts w/ dialysis. DOB {dob}", 0.3),
("scheduling", "structured", "*Reschedule request*\n• Patient: {ptinv}\n• DOB: {dob}\n• Orig appt: {vdatey}\n• Callback: {phone}", 0),
("scheduling", "", "{mention} pt {ptf} called, wants the {time} slot on {vdate_ny} instead. best # is {cell}", 0.4),
("scheduling", "", "Confirming {pth} for colonoscopy {vdate}, arrival {time}. Ride is her son {relf} ({phone}).", 0),
("scheduling", "", "no-show x2 for {pt} ({mrnl}) — last seen {vdate}. do we discharge from the panel?", 0.2),
("scheduling", "", "Hi team, {staff} asked me to book {pt} into Dr. {drlast}'s new-patient block. DOB {dob}, {planl}.", 0),
("scheduling", "", "waitlist add: {pt}, {age90} y/o, prefers mornings, lives in {town}. call {phone} before 10", 0.3),
("scheduling", "", "Pls add to tmrw's schedule: {ptlf} — {mrnl}, f/u due {vdate_ny}", 0),
("scheduling", "typo", "pt {pt} cancled her {vdate_ny} appt, wants to rebook w/ Dr {drlast} sometime next wk. cb {cell}", 0.5),
("scheduling", "", "{mention} {mention} who has {pth}'s telehealth link? it's {visiturl} but she says it won't open 😩", 0),
("scheduling", "", "Appointment reminder bounced for {pt}: {email} — can someone call {phone} instead?", 0),
("scheduling", "structured", "Block scheduling for {ptnick}\nSurgery: {vdatey} {time}\nPre-op: {vdate_ny}\nContact: {cell}", 0),
# ---- billing
("billing", "", "Guarantor {pt} disputes the {money} balance on {acctl}. Service date {vdate}. Wants an itemized bill mailed to {addr}.", 0),
("billing", "", "card on file for {pt}: {card} exp {exp} — pls run the copay of {money}", 0.3),
("billing", "", "Payment plan for {pth}: {acctl}, autopay from checking acct {bankacct}. First draft {deadline}.", 0),
("billing", "cpt", "denial from {payer} for {pt}, subscriber id {planid}, DOS {vdate}. CPT {cpt} — resubmit w/ modifier 25?", 0.2),
("billing", "", "Medicare MBI for {pt} is {mbi}, not the old HICN. pls fix registration by {deadline}", 0),
("billing", "", "MassHealth ID {medicaid} for {pt} termed — coverage ended {covend}. Self-pay as of now?", 0),
("billing", "", "*Refund* – {pt} – {acctl} – overpaid {money} – mail check to {pobox}", 0),
("billing", "", "{pt} (DOB {dob}) called about a {money} bill, says ins is {payer} {planid} {group}. can someone rebill?", 0.3),
("billing", "evasion", "pt read me her card over the phone: {card}, exp {exp}. Name on card {pt}. Don't leave it here after you post it!!", 0),
("billing", "", "Collections hold on {acctl} ({pt}) until the {payer} appeal is back. DOS {vdatey}.", 0),
("billing", "ssn-topic", "guarantor {rel} won't give SSN over chat, but registration already has {ssn} on file for {pt}. Is that enough for the charity app?", 0),
# ---- IT
("it", "", "{mention} the kiosk at registration is still showing {pt}'s face sheet ({mrnl}) from this morning, IP {ip4} — can someone log it out?", 0),
("it", "ticket", "{ticket}: MyChart activation link for {pt} went to the wrong person. Link was {portalurl}, sent to {email}", 0),
("it", "emoji", "printer {ip4} just spat out wristbands for {pt} DOB {dob} in the pharmacy hallway 🙄", 0.3),
("it", "", "VPN logs show {staff} connected from {ip6} while pulling chart {mrn}. Privacy office cc'd.", 0),
("it", "", "pls reset portal acct for {pt}, login email {email}, DOB {dob} verified by phone ({phone})", 0.3),
("it", "version", "Epic {build} broke the label printer - it printed {ptinv} {dob} {mrn} all on one line", 0),
("it", "", "Firewall alert: {ip4} → {ip4} repeated logins to the HIM share. owner is {staff}, ticket {ticket}", 0),
("it", "business-contact", "Vendor tech {vrep} needs remote access tonight. Reach him at {vemail} or {phone}. Source IP {ip4}.", 0),
("it", "", "```\nERROR HL7 ADT^A08 rejected\nPID|1||{mrn}^^^LRH||{pthl7}||{dobhl7}\n```\nanyone know why the feed keeps choking on this one?", 0),
# ---- nursing handoff
("nursing-handoff", "", "Handoff {unit} bed {room}: {pt}, {age90}yo, fall on {vdate_ny}, daughter {rel} is POA — {cell}", 0.3),
("nursing-handoff", "", "SBAR\nS: {pt} in {room} c/o chest pain\nB: admitted {vdate}, hx {dx}\nA: stable, on {med}\nR: cards consult", 0),
("nursing-handoff", "", "night shift pls watch {ptf} in {room}, insulin pump SN {devsn} alarming, family ({relf}) bringing supplies", 0.4),
("nursing-handoff", "", "pt in {room} ({pth}) has a pacemaker, serial {devsn}, MRI needs clearance before {time}", 0),
("nursing-handoff", "structured", "Handoff:\n- {ptinv}\n- DOB {dob}\n- Admit {vdatey}\n- Code status DNR\n- Son {rel} {phone}", 0),
("nursing-handoff", "age", "heads up {ptf} is {age90} and very HOH, hearing aid serial {devsn} went missing in transport", 0.3),
("nursing-handoff", "", "fyi {pt} ({mrnl}) d/c'd {vdate} to rehab, CGM UDI {udi} still logged to her", 0),
("nursing-handoff", "", "*Falls huddle*: {pt}, {ageyoung}, found on floor {vdate_ny} @ {time}. no injury. 2nd fall this admit", 0),
("nursing-handoff", "emoji", "😅 long night. {ptplain} in {room}? nope, that's the other one — {pt2} is the one on {med}", 0),
("nursing-handoff", "", "Mrs {ptl}'s husband {relf} is asking for her pump serial ({devsn}) for the home supply co", 0.3),
# ---- patient relations
("patient-relations", "complaint", "Complaint from {rel}, daughter of {pt}, re: lost dentures on {vdate}. Call her at {phone} or {relemail}.", 0),
("patient-relations", "complaint", "{pt} left a 1-star review naming Dr. {drlast}. Seen {vdate_ny}. Legal wants the chart ({mrnl}).", 0),
("patient-relations", "vip", "VIP alert: {pt} admitted to {unit} under an alias. Real DOB {dob}. Do not confirm presence to press.", 0),
("patient-relations", "complaint", "Grievance — {pth} says the valet damaged her car, plate {plate}, during her appt on {vdate_ny}", 0),
("patient-relations", "", "family of {pt} wants an update, son {relf} can't drive in from {town}. cell {cell}", 0.4),
("patient-relations", "escalation", "ESCALATION: {rel} (POA for {pt}, {age90}) threatening to call the news. Email {mailto}", 0),
("patient-relations", "", "Thank-you card came in from {pt} and her husband {rel} at {addr_ml} — can we share with 6 South?", 0),
("patient-relations", "emoji", "🙏 pls call back {pth} re: her bill + parking ticket, she's at {tel}", 0),
# ---- HR / employee health
("employee-health", "", "Employee health: {staffpt} (badge {badge}) had a needlestick on {vdate}. Source pt {pt}, {mrnl}.", 0),
("employee-health", "", "{staffpt} is out on FMLA for surgery on {vdate_ny}, pls don't share in the unit channel", 0.3),
("hr", "credentialing", "New hire onboarding: {staff}, RN license {lic}, DL {dl} for the parking permit", 0),
("hr", "", "{mention} can you update direct deposit for {staff}? new acct {bankacct}, same bank", 0.3),
("employee-health", "", "TB screen positive for {staffpt}, DOB {dob}, placed {vdate_ny}. Occ health f/u pending.", 0),
("hr", "credentialing", "Credentialing packet for Dr. {drfull}: state license {lic}, DEA {dea}, NPI {npi}. Expires {covend}.", 0),
("hr", "", "background check came back for {staff} — SSN {ssn} doesn't match the I-9. Can you ask her?", 0),
("employee-health", "", "fyi our own {staffptf} from Registration was admitted {vdate_ny} ({dx}) — she asked that we keep it low-key", 0.3),
("hr", "business-contact", "Recruiter {vrep} at {vemail} / {phone} has three travel RNs for nights", 0),
# ---- facilities / security / parking
("facilities", "", "Security: car w/ plate {plate} parked in the ambulance bay again, belongs to {rel} visiting {pt}", 0.3),
("facilities", "", "lost & found: wallet w/ DL {dl} belonging to {pt}, returned to ED registration", 0.4),
("facilities", "", "Valet log: VIN {vin} – owner {pth} – dropped at {time}, pt in surgery", 0),
("facilities", "business-contact", "Elevator tech on call tonight: {vrep}, {cell}. Escalate to {bemail} if no answer.", 0),
("facilities", "", "Parking validation for {pt} ({acctl}) – plate {plate}, daily for chemo until further notice", 0),
# ---- executive office
("exec-office", "vip", "{exec} asked about the board member's mom — {pt}, {age90}, on {unit}. keep it quiet pls", 0.2),
("exec-office", "vip", "For the CEO's notes: donor {pt} was admitted {vdate}, {mrnl}, room {room}.", 0),
("exec-office", "", "Please send flowers to {pt} at {addr} — discharged {vdate_ny}. Charge corporate card {card}.", 0),
("exec-office", "vip", "*Confidential* — {pt} (yes, the councilor) is in {unit}. Her chief of staff {rel} will call {phone}.", 0),
("exec-office", "business-contact", "{exec} wants the deck by {deadline}; send to her EA at {bemail}, cc {bemail}", 0),
# ---- records / HIM
("records", "records", "ROI request: {pt}, DOB {dob}, records {vdatey} to {vdatey} mailed to {addr}", 0),
("records", "records", "merge request — duplicate charts {mrn} and {mrn} both for {ptinv}, DOB {dob}", 0),
("records", "records", "Subpoena for {pt}: SSN on the request is {ssn}, ours shows {ssn}. Which is right?", 0),
("records", "records", "{mrnl} — name mismatch: chart says {pt}, ID says {pt2}. DOB {dob} on both.", 0),
("records", "records", "fax the op note for {pt} ({vdate}) to {fax} attn {staff}", 0.3),
("records", "records", "Amendment request from {pt}: wants DOB corrected from {dob} to {dob}. HIM to review.", 0),
("records", "records,evasion", "pt spelled her ssn out loud in the waiting room, {ssnspelled}, and it ended up in the call transcript. purge pls", 0),
("records", "records", "Death certificate for {pt}, DOD {vdatey}, DOB {dob}, informant {rel} ({phone})", 0),
# ---- pharmacy
("pharmacy", "", "Rx for {pt} (DOB {dob}) — prescriber DEA {dea} doesn't match, pls verify before dispensing", 0),
("pharmacy", "", "refill for {med} called in by {rel} for {pth}. cb {phone}, DOB {dob}", 0.3),
("pharmacy", "", "controlled substance discrepancy: {staff} pulled {med} for {pt} ({mrnl}) on {vdate_ny}, no admin documented", 0),
("pharmacy", "", "mail-order for {pt}: ship to {addr}, {planl}, card {card}", 0),
("pharmacy", "", "PA needed for {med} — {pt}, {payer} member {planid}, dx {icd}", 0.3),
# ---- transport
("transport", "", "Pickup: {pt}, {addr}, wheelchair, appt {vdate_ny} @ {time}. Contact {phone}", 0),
("transport", "", "ambulette for {pth} — {age90} y/o, lives in {town}, dialysis MWF. daughter {relf} {cell}", 0.4),
("transport", "", "driver {staff} (DL {dl}), van plate {plate}, picked up {pt} 40 min late", 0),
("transport", "", "{mention} transport for {ptf} in {room} → MRI at {time}, she's {age90}, needs 2 assist", 0.3),
("transport", "", "ride share for {pt} home to {street} in {town} after d/c, her cell {cell}", 0),
# ---- case management
("case-management", "referral", "CM note: {pt} d/c {vdate} to home ({streettown}), needs VNA. MassHealth {medicaid}", 0),
("case-management", "referral", "SNF referral for {pt}, {age90}, {mrnl}, {planl}; son {rel} is HCP ({phone})", 0),
("case-management", "", "pt {ptf} is unhoused — mail goes to {pobox}. best contact is sister {relf} {cell}", 0.3),
("case-management", "referral", "Home O2 order for {pt}, ZIP {zip}, concentrator serial {devsn}. Vendor needs it by {deadline}", 0),
("case-management", "", "guardian {rel} (court-appointed for {pt}) — fax {fax}, email {relemail}", 0),
("case-management", "multiline", "• {pt}\n• {age90} y/o\n• lives alone in {town}\n• {payer} {planid}\n• f/u PCP {vdate_ny}", 0),
# ---- lab / registration / misc
("registration", "", "Reg error: two pts named {ptplain}, wrong one got the {vdate_ny} results. correct DOB is {dob}", 0.2),
("registration", "", "Walk-in {pt}, no ID, gave SSN {ssn} and address {addr}", 0.3),
("registration", "", "Pt {ptini} ({mrnl}) DOB {dob} flagged as possible duplicate", 0),
("lab", "", "Critical K+ 6.8 on {pt}, {mrnl}, drawn {vdate_ny} {time}. Called to Dr. {drlast} at {ext}.", 0),
("lab", "", "specimen mislabeled — tube says {ptlf}, req says {pt2}. both DOB {dob}?", 0.3),
("scheduling", "", "Hey! 👋 {ptf} from the 3pm group asked me to text her at {cell} instead of email lol", 0.5),
("patient-relations", "", "hope you're well! quick one: {ptw} (DOB {dob}) says nobody returned her calls. She's at {phone}", 0.4),
("nursing-handoff", "", "{ptwh} in {room}, {age90}, grand-daughter {relf} visiting till {time}. DNR on file, {mrnl}", 0.3),
("billing", "", "Price check on the {money} ER bill for {ptw}? {acctl}, DOS {vdate}. She's a {payer} member {planid}", 0),
("case-management", "referral", "{ptnick} is back in the ED, third time since {vdate_ny}. Lives at {addr}. {planl}", 0),
("scheduling", "", "grant {ptwf} the 8am? she's {age90} and can't do afternoons. DOB {dob}", 0.5),
("transport", "", "Pt {ptw} waiting at the {bldg} entrance for the van to {town}, home # {phone}", 0.3),
("exec-office", "vip", "{exec}: the family asked that {ptw}'s stay ({vdate_ny}–{vdate_ny}) stay off the census board", 0),
("records", "records", "chart correction: {ptwlf} is NOT the same person as {pt2} on {mrnl}", 0),
("it", "", "portal link for {pt}: <{portalurl}|open chart> — she says it shows someone else's labs", 0),
("patient-relations", "", "family set up an update page for {ptf}: {pageurl} — pls don't share it in #general", 0.3),
("scheduling", "", "video visit for {pt} {vdate_ny} {time}: {visiturl}", 0),
("registration", "typo", "pls chek if {pt} dob {dob} is rite, registraton has a diffrent one and her insurnce id {planid} wont go thru", 0.6),
("nursing-handoff", "typo", "pt {ptf} in {room} keeps asking for her dauter {relf}, numbr on the whitebord is {phone}", 0.6),
("patient-relations", "", "{relh} called again about her dad {pt}'s bill, {acctl}. she's at {addr} if we need to mail anything", 0),
]

CLEAN_T = [
# ---- exec office / calendar
("exec-office", "calendar,exec-name", "Reminder: budget review with {exec} on {mdate} at {time} in the {bldg} boardroom.", 0),
("exec-office", "exec-name", "{exec} will present the {fy} operating results at the board meeting. Deck is on {deckurl}", 0),
("exec-office", "calendar", "*Board retreat*\n• Date: {mdate}\n• Location: {facaddr}\n• Catering: {vendor}\n• RSVP to {staff} by {deadline}", 0),
("exec-office", "money", "The {foundation} pledge of {money} closes {fy}. {exec} wants a thank-you note drafted.", 0),
("exec-office", "calendar", "can you move my 1:1 with {staff} to {mdate}? {time} works", 0.4),
("exec-office", "emoji", "🎉 congrats to {staff} on 25 years at {bldg}! cake in the cafeteria at {time}", 0.3),
# ---- facilities
("facilities", "facility-address", "New urgent care opens at {facaddr} on {mdate}. Signage install Tuesday.", 0),
("facilities", "ticket", "{ticket}: HVAC down in {bldg} room {room}. {vendor} tech onsite {time}.", 0.3),
("facilities", "", "The {bldg} garage level 2 is closed {mdate} for resurfacing. Overflow at our {site} site.", 0),
("facilities", "", "Room {room} needs a new bed alarm; {asset}. Biomed ticket {ticket}.", 0.4),
("facilities", "facility-address,zip-like", "Deliveries for the {site} clinic go to {facaddr}, loading dock B", 0),
("facilities", "ext", "snow plan: call Facilities at {ext} if the {bldg} lot isn't cleared by {time}", 0.4),
# ---- IT
("it", "ticket,version", "{ticket} closed — Citrix upgraded to {ver}, Epic {build}. Reboot if your client hangs.", 0),
("it", "version", "heads up: Imprivata {ver} rolls out {mdate}. badge tap-in will be down 5 min", 0.5),
("it", "ticket", "{mention} can you look at {ticket}? the {dept} printers keep dropping off the network", 0),
("it", "", "Zoom for the downtime drill: {zoomurl} meeting ID {zoom}", 0),
("it", "version", "Reminder: Windows patch window {mdate} {time}–{time}. Servers on {build} excluded.", 0),
("it", "ticket", "```\n{ticket} | P3 | {dept} | scanner jam\n{ticket} | P2 | {dept} | Vocera login\n```", 0),
# ---- billing / revenue cycle
("billing", "po,money", "{po} for {vendor} infusion pumps approved, {money}. {inv} due {deadline}.", 0.2),
("billing", "money", "Denials are up {pct} in {fy}; {payer} accounts for {count} of them. Review on {mdate}.", 0),
("billing", "cpt", "coding q for the huddle: {cpt} vs {cpt} when the visit is mostly counseling?", 0.4),
("billing", "icd", "Reminder that {icd} needs a 7th character for the fracture codes, see the {fy} update", 0),
("billing", "", "{payer} contract renewal meeting with {vrep} on {mdate}. Rate sheet attached, {contract}.", 0),
("billing", "money", "Open enrollment for plan year 2027 closes {deadline}. Premiums up {pct}.", 0.3),
("billing", "", "{payer} {group} is the employer group for our staff plan — use that on the EAP forms, not the member IDs", 0),
("billing", "money", "corporate Amex ending {last4} was declined at {vendor}; card expires {exp}, new one coming", 0.3),
("billing", "zip-like", "Moving {costctr} charges to the {site} clinic, {inv} re-coded", 0),
# ---- HR
("hr", "calendar", "{staff} is covering {staff2f}'s charge shift on {mdate}. Please update the schedule.", 0.3),
("hr", "", "Welcome {staff}, our new {dept} manager! Her first day is {mdate}. Say hi 👋", 0),
("hr", "calendar", "Open interviews for unit secretary {mdate}, {time} in {bldg}. Hiring manager {staff}.", 0),
("hr", "ssn-topic", "Reminder from {dept}: never post SSNs in Slack, even last 4. Use the secure HR portal. Audit starts {mdate}.", 0),
("hr", "", "annual competencies due {deadline} — {count} of {count} done on {unit} so far", 0.5),
("hr", "npi", "Dr. {drfull} joins cardiology {mdate}; NPI {npi} is already in the directory", 0),
# ---- nursing / clinical ops (aggregate)
("nursing-handoff", "age-aggregate", "Census at 0700: {count} pts, {count} of them 90+, {count} on fall precautions", 0),
("nursing-handoff", "age-aggregate", "falls report {fy}: pts over 90 had a {pct} fall rate vs {pct} overall", 0),
("nursing-handoff", "", "{unit} staffing for tonight: {count} RNs, {count} aides, {stafff} is charge", 0.4),
("nursing-handoff", "", "Pls restock {med} in the {unit} Pyxis, we're down to {count}", 0.5),
("nursing-handoff", "calendar", "skills fair {mdate} in the {bldg} lobby — pumps, restraints, {dx} protocol", 0.3),
("nursing-handoff", "", "*Reminder*: bed {room} and {room} are blocked for cleaning until {time}", 0),
# ---- records / HIM topics
("records", "mrn-topic", "Starting {mdate} MRNs will be 10 digits, not 8 — interface team pls update the regex", 0),
("records", "mrn-topic", "how many MRNs got merged last month? Need the count for the {fy} compliance report", 0.4),
("records", "hipaa", "HIPAA refresher: minimum necessary applies to chat too. Policy at {policyurl}", 0),
("records", "", "ROI backlog is {count} requests, avg turnaround {count} days. {staff} is covering scanning.", 0),
# ---- pharmacy
("pharmacy", "", "{med} shortage: switch to alternate per P&T, memo from {staff} on {mdate}", 0),
("pharmacy", "", "Pharmacy committee {mdate} {time}: formulary review, {vendor} rep {vrep} presenting", 0),
("pharmacy", "ext", "Outpatient pharmacy closes early {mdate}. Calls go to {ext}.", 0.3),
# ---- transport
("transport", "", "Transport volume {fy}: {count} trips/day avg, {pct} on time. Shout-out to {stafff}!", 0.3),
("transport", "", "shuttle to the {site} campus runs every 20 min from the {bldg} entrance starting {mdate}", 0.4),
# ---- case management / patient relations (aggregate)
("case-management", "", "CM huddle moved to {mdate} {time}. Agenda: SNF bed availability, {payer} auths.", 0.3),
("case-management", "money", "avg LOS for {dx} is {count} hrs over target; {payer} denied {count} days in {fy}", 0),
("patient-relations", "", "Press Ganey scores for {unit} up {pct} — great job team! 🎉", 0),
("patient-relations", "", "Patient & Family Advisory Council meets {mdate} in the {bldg} conference room, {staff} facilitating", 0),
("patient-relations", "", "We got {count} complaints about parking in {fy}. {exec} wants options by {deadline}.", 0),
# ---- misc hard negatives
("exec-office", "exec-name", "Dr. {drfull} (CMO) and {exec} will round on {unit} {mdate}", 0),
("facilities", "", "The {foundation} is naming the new lobby; {vrep} from the architect's office sends renderings {deadline}", 0),
("scheduling", "calendar", "Clinic closed {mdate} for the holiday; reschedules handled by {dept}.", 0.3),
("scheduling", "", "template change: Dr. {drlast} moving to 20-min slots starting {mdate}, {count} slots/day", 0.4),
("it", "", "SSO outage postmortem {mdate}: root cause was the {vendor} cert, fixed in {ver}", 0),
("registration", "", "Registration kiosks at {facaddr} are live. Avg check-in down to {count} sec.", 0),
("exec-office", "exec-name", "Grant deadline for the {foundation} young investigator award is {deadline}; {staffw} is leading the application", 0),
("billing", "money", "Price increase from {vendor}: {pct} on gloves starting {mdate}. {staffw} is negotiating, {contract}.", 0.3),
("scheduling", "", "hope everyone had a good weekend! Dr. {drwl} has clinic {mdate}, Dr. {drlast} is out — {count} pts to move", 0.4),
("facilities", "", "The {bldg} will host the {foundation} gala {mdate}. Valet by {vendor}, {count} guests expected.", 0),
("hr", "", "Shout-out to {staffw} and {staff} for covering the {dept} desk all week! ⭐", 0.3),
("it", "typo", "anyone els having trouble w/ the {dept} scaner? ticket {ticket} been open since {mdate}", 0.6),
("records", "hipaa", "Policy on patient portal links: see {policyurl}. Never paste visit links in chat. Training due {deadline}.", 0),
("lab", "", "Lab courier from {site} runs at {time} and 4pm. Use the {bldg} drop box after hours.", 0.4),
]

TOK = re.compile(r"\{(\w+)\}")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2705\u2B50]")

def render(tpl, lower_p):
    fam, xtags, text = tpl[0], tpl[1], tpl[2]
    ctx = Ctx(); segs = []; pos = 0
    for m in TOK.finditer(text):
        if m.start() > pos: segs.append((text[pos:m.start()], None))
        key = m.group(1)
        if key not in GENS: raise KeyError("unknown slot %s in %r" % (key, text))
        segs.extend(GENS[key](ctx)); pos = m.end()
    if pos < len(text): segs.append((text[pos:], None))
    if lower_p and rng.random() < lower_p:
        ctx.tags.add("lowercase")
        segs = [(s if s.startswith("<@") else s.lower(), t) for s, t in segs]
    out = ""; spans = []
    for s, t in segs:
        if t: spans.append((t, s, len(out.encode("utf-8"))))
        out += s
    # verify that sequential matching (as the checker does) lands on the intended occurrence
    b = out.encode("utf-8"); p = 0
    for t, v, start in spans:
        i = b.find(v.encode("utf-8"), p)
        if i != start: return None
        p = i + len(v.encode("utf-8"))
    tags = set(ctx.tags) | set(re.split(r"[ ,]+", xtags.strip())) - {""}
    if "\n" in out: tags.add("multiline")
    if EMOJI_RE.search(out): tags.add("emoji")
    if "<@" in out or "<http" in out or "<mailto" in out or re.search(r"\*\w[^*\n]*\*", out) or "`" in out: tags.add("slack-markup")
    tags.add(fam)
    tags |= {t.lower() for t, _, _ in spans}
    tags = (["phi"] if spans else ["clean"]) + sorted(tags)
    return {"text": out, "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": tags}

def build(templates, n, want_phi):
    order = []
    while len(order) < n:
        cyc = list(range(len(templates))); rng.shuffle(cyc); order += cyc
    order = order[:n]; res = []; seen = set()
    for ti in order:
        tpl = templates[ti]
        for _ in range(200):
            r = render(tpl, tpl[3] if len(tpl) > 3 else 0)
            if r and r["text"] not in seen and bool(r["spans"]) == want_phi:
                break
        else:
            raise RuntimeError("cannot render %r" % (tpl,))
        seen.add(r["text"]); r["tpl"] = ti; res.append(r)
    return res

def main():
    phi = build(PHI_T, N_PHI, True); clean = build(CLEAN_T, N_TOTAL - N_PHI, False)
    allm = phi + clean; rng.shuffle(allm)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(allm, 1):
            f.write(json.dumps({"id": "ge%04d" % i, "text": r["text"], "spans": r["spans"], "tags": r["tags"]}, ensure_ascii=False) + "\n")
    print("given=%d surnames=%d phi_templates=%d clean_templates=%d written=%d" % (len(GIVEN), len(SURNAMES), len(PHI_T), len(CLEAN_T), len(allm)))

if __name__ == "__main__":
    main()
