#!/usr/bin/env python3
"""Generate generated_hy.jsonl: PHI-labelled workplace chat of an IT security /
EHR access analyst (access audits, BTG reviews, phishing, lockouts, VPN logs,
vendor tickets, privacy referrals).  Standard library only, fixed seed,
byte-identical output on every run.  Raw line format of check_phi_corpus.py."""
import json
import os
import random
import re
import unicodedata
import datetime

SEED = 48151623
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hy.jsonl")
N_PHI, N_CLEAN = 385, 315

# ---------------------------------------------------------------- name pools
# (given name, gender F/M/U)
GIVEN = [
    # given names that are also words
    ("Hope", "F"), ("Faith", "F"), ("Joy", "F"), ("June", "F"), ("April", "F"), ("May", "F"),
    ("Dawn", "F"), ("Rose", "F"), ("Summer", "F"), ("Ruby", "F"), ("Pearl", "F"), ("Iris", "F"),
    ("Ivy", "F"), ("Hazel", "F"), ("Olive", "F"), ("Grace", "F"), ("Autumn", "F"), ("Brooke", "F"),
    ("Crystal", "F"), ("Holly", "F"), ("Destiny", "F"), ("Precious", "F"), ("Patience", "F"),
    ("Charity", "F"), ("Mercy", "F"), ("Candy", "F"), ("Amber", "F"), ("Violet", "F"),
    ("Will", "M"), ("Bill", "M"), ("Mark", "M"), ("Grant", "M"), ("Chase", "M"), ("Hunter", "M"),
    ("Art", "M"), ("Gene", "M"), ("Guy", "M"), ("Max", "M"), ("Rusty", "M"), ("Reed", "M"),
    ("Glen", "M"), ("Dale", "M"), ("Cliff", "M"), ("Miles", "M"), ("Wade", "M"), ("Frank", "M"),
    ("Earnest", "M"), ("Major", "M"), ("King", "M"), ("Sterling", "M"), ("Jay", "M"), ("Buck", "M"),
    ("Duke", "M"), ("Sonny", "M"), ("Drew", "U"), ("River", "U"), ("Robin", "U"), ("Sandy", "U"),
    ("Sunny", "U"), ("Sky", "U"), ("Justice", "U"),
    # many origins
    ("Maria", "F"), ("Aisha", "F"), ("Mei", "F"), ("Priya", "F"), ("Fatima", "F"), ("Olga", "F"),
    ("Ngozi", "F"), ("Siobhan", "F"), ("Aoife", "F"), ("Małgorzata", "F"), ("Zofia", "F"),
    ("Ingrid", "F"), ("Keiko", "F"), ("Yuki", "F"), ("Min-ji", "F"), ("Lakshmi", "F"),
    ("Ananya", "F"), ("Shirin", "F"), ("Leila", "F"), ("Nour", "F"), ("Zainab", "F"),
    ("Hodan", "F"), ("Fartun", "F"), ("Tigist", "F"), ("Meron", "F"), ("Abena", "F"),
    ("Chiamaka", "F"), ("Folake", "F"), ("Guadalupe", "F"), ("Xiomara", "F"), ("Yesenia", "F"),
    ("Itzel", "F"), ("Marisol", "F"), ("Dolores", "F"), ("Conceição", "F"), ("Fernanda", "F"),
    ("Thuy", "F"), ("Linh", "F"), ("Huong", "F"), ("Pa Nhia", "F"), ("Leilani", "F"),
    ("Esther", "F"), ("Miriam", "F"), ("Rivka", "F"), ("Bernadette", "F"), ("Dorothy", "F"),
    ("Mildred", "F"), ("Agnes", "F"), ("Gladys", "F"), ("Florence", "F"), ("Eleanor", "F"),
    ("Loretta", "F"), ("Marie-Claire", "F"), ("Geneviève", "F"), ("Anaïs", "F"), ("Niamh", "F"),
    ("Ekaterina", "F"), ("Oksana", "F"), ("Anahit", "F"), ("Elif", "F"), ("Zeynep", "F"),
    ("Parisa", "F"), ("Margaret", "F"), ("Elizabeth", "F"), ("Wilhelmina", "F"), ("Imani", "F"),
    ("Ahmed", "M"), ("Mohammed", "M"), ("Omar", "M"), ("Yusuf", "M"), ("Tariq", "M"),
    ("Hamza", "M"), ("Ravi", "M"), ("Arjun", "M"), ("Sanjay", "M"), ("Wei", "M"), ("Hao", "M"),
    ("Tuan", "M"), ("Minh", "M"), ("Bao", "M"), ("Hyun-woo", "M"), ("Takeshi", "M"),
    ("Hiroshi", "M"), ("Chukwuemeka", "M"), ("Kwame", "M"), ("Kofi", "M"), ("Dawit", "M"),
    ("Abdirahman", "M"), ("Abdullahi", "M"), ("Jean-Pierre", "M"), ("Wesly", "M"),
    ("Fritznel", "M"), ("Jesús", "M"), ("José", "M"), ("Juan Carlos", "M"), ("Joaquim", "M"),
    ("João", "M"), ("Krzysztof", "M"), ("Wojciech", "M"), ("Dmitri", "M"), ("Aleksandr", "M"),
    ("Taras", "M"), ("Giorgos", "M"), ("Vahe", "M"), ("Mehmet", "M"), ("Reza", "M"),
    ("Seamus", "M"), ("Pádraig", "M"), ("Declan", "M"), ("Tevita", "M"), ("Kekoa", "M"),
    ("Robert", "M"), ("William", "M"), ("James", "M"), ("Richard", "M"), ("Edward", "M"),
    ("Walter", "M"), ("Harold", "M"), ("Eugene", "M"), ("Leonard", "M"), ("Clarence", "M"),
    ("Thomas", "M"), ("DeShawn", "M"), ("Tyrone", "M"), ("Oluwaseun", "U"), ("Ji-woo", "U"),
    ("Alexis", "U"), ("Quinn", "U"), ("Nakai", "U"), ("Sasha", "U"),
]
NICK = {
    "Robert": ["Bobby", "Bob"], "William": ["Billy", "Bill"], "James": ["Jimmy", "Jim"],
    "Richard": ["Rich", "Dick"], "Edward": ["Eddie", "Ted"], "Elizabeth": ["Betty", "Liz"],
    "Margaret": ["Peggy", "Maggie"], "Dorothy": ["Dot", "Dottie"], "Guadalupe": ["Lupe"],
    "Mildred": ["Millie"], "Eleanor": ["Nell", "Ellie"], "Thomas": ["Tommy"], "Walter": ["Walt"],
    "Harold": ["Hal"], "Eugene": ["Gene"], "Leonard": ["Lenny"], "Krzysztof": ["Chris"],
    "Aleksandr": ["Sasha"], "Chukwuemeka": ["Emeka"], "Ekaterina": ["Katya"], "Giorgos": ["George"],
    "Mohammed": ["Mo"], "Abdirahman": ["Abdi"], "Jesús": ["Chuy"], "José": ["Pepe"],
    "Florence": ["Flo"], "Bernadette": ["Bernie"], "Wilhelmina": ["Billie", "Mina"],
    "Oluwaseun": ["Seun"], "Patience": ["Patty"], "Clarence": ["Buddy"], "Małgorzata": ["Gosia"],
}
SURNAMES = [
    # surnames that are also words
    "Baker", "Cook", "Smith", "Black", "White", "Brown", "Green", "Young", "Price", "Rice", "Fox",
    "Wolf", "Bird", "Stone", "Wood", "Hill", "Moon", "Love", "Bell", "Hall", "Page", "Rose", "Bush",
    "Sharp", "Strong", "Small", "Little", "Long", "Friend", "Church", "Day", "Knight", "King",
    "Marsh", "Mason", "Sawyer", "Gray", "Lane", "Banks", "Rivers", "Summers", "Winter", "Frost",
    "Snow", "Field", "Hardy", "Bond", "Best", "Goodman", "Sweet", "Wise", "Pepper", "Cash", "Gold",
    "Fish", "Hunt", "Story", "Noble", "Christmas", "Mercy", "Booker", "Parsons", "Wall",
    # many origins
    "Nguyen", "Tran", "Le", "Pham", "Huynh", "Nguyễn", "Li", "Wang", "Zhang", "Chen", "Liu",
    "Huang", "Kim", "Park", "Choi", "Lee", "Jung", "Patel", "Sharma", "Iyer", "Reddy", "Gupta",
    "Chatterjee", "Krishnamurthy", "Haddad", "Al-Sayed", "Khoury", "Nasser", "García", "Hernández",
    "Ortiz", "Rodríguez", "de la Cruz", "Vásquez", "Núñez", "Peña", "O'Brien", "McCarthy",
    "Ní Bhriain", "O'Sullivan", "Fitzgerald", "Kowalski", "Wiśniewska", "Nowak", "Papadopoulos",
    "Okafor", "Adeyemi", "Eze", "Okonkwo", "Mensah", "Owusu", "Asante", "Tesfaye", "Bekele",
    "Haile", "Abdi", "Warsame", "Mohamud", "Jean-Baptiste", "Pierre", "Desrosiers", "Silva",
    "Souza", "Fernandes", "Medeiros", "Ivanova", "Petrov", "Shevchenko", "Kovalenko", "Tanaka",
    "Sato", "Yamamoto", "Santos", "Reyes", "Dela Cruz", "Bautista", "Begay", "Yazzie", "Goldberg",
    "Cohen", "Levi", "Russo", "Esposito", "Schmidt", "Müller", "van der Berg", "Yılmaz", "Demir",
    "Hosseini", "Karimi", "Sok", "Chea", "Vang", "Xiong", "Yang", "Lor", "Petrosyan", "Hakobyan",
    "Kealoha", "Tuilagi", "Fifita", "LaFleur", "Thibodeau", "Boucher", "Gagnon", "St. Pierre",
    "MacLeod", "Murphy", "Sullivan", "Doyle", "Walsh", "Washington", "Jefferson", "Okoro",
]
TOWNS = ["Amesbury", "Dracut", "Haverhill", "Lowell", "Lawrence", "Methuen", "Andover", "Tewksbury",
         "Chelmsford", "Billerica", "Peabody", "Lynn", "Revere", "Chelsea", "Malden", "Everett",
         "Saugus", "Beverly", "Gloucester", "Newburyport", "Salisbury", "Georgetown", "Groveland",
         "Merrimac", "North Andover", "Westford", "Tyngsborough", "Pelham", "Salem", "Nashua",
         "Danvers", "Marblehead", "Ipswich", "Rowley", "West Newbury", "Plaistow", "Hudson"]
TOWN_ZIP = {"Amesbury": "01913", "Dracut": "01826", "Haverhill": "01830", "Lowell": "01852",
            "Lawrence": "01841", "Methuen": "01844", "Andover": "01810", "Tewksbury": "01876",
            "Chelmsford": "01824", "Billerica": "01821", "Peabody": "01960", "Lynn": "01902",
            "Revere": "02151", "Chelsea": "02150", "Malden": "02148", "Everett": "02149",
            "Saugus": "01906", "Beverly": "01915", "Gloucester": "01930", "Newburyport": "01950",
            "Salisbury": "01952", "Georgetown": "01833", "Groveland": "01834", "Merrimac": "01860",
            "North Andover": "01845", "Westford": "01886", "Tyngsborough": "01879", "Pelham": "03076",
            "Salem": "03079", "Nashua": "03060", "Danvers": "01923", "Marblehead": "01945",
            "Ipswich": "01938", "Rowley": "01969", "West Newbury": "01985", "Plaistow": "03865",
            "Hudson": "03051"}
NH_TOWNS = {"Pelham", "Salem", "Nashua", "Plaistow", "Hudson"}
STREETS = ["Tarbox Rd", "Elm St", "Pleasant St", "Water St", "Main St", "Broadway", "Lakeview Ave",
           "Merrimack St", "Riverside Dr", "Pawtucket Blvd", "Bridge St", "Chestnut St", "Cedar Ln",
           "Old County Rd", "Andover St", "Lowell St", "High St", "School St", "Mill St",
           "Summer St", "Hale St", "Powow St", "Haverhill Rd", "Lincoln Ave", "Varnum Ave",
           "Mammoth Rd", "Boston Rd", "Essex St", "Cabot St", "Washington St", "Bay Rd",
           "Frost Ln", "Whittier Way", "Kenoza Ave", "Primrose St", "Jackson St", "Wood Ln",
           "Rte 110", "Sunset Dr", "Birch Meadow Dr"]
SITES = ["Salem site", "Lowell campus", "Haverhill ED", "Amesbury urgent care", "Methuen ASC",
         "Andover pavilion", "Beverly outpatient", "Newburyport clinic", "Lawrence Gen campus",
         "Danvers MOB", "Peabody imaging center", "North Andover ortho clinic"]
DEPTS = ["the ED", "Revenue Cycle", "HIM", "Patient Access", "Pharmacy", "Radiology", "L&D",
         "Oncology", "Behavioral Health", "the PACU", "EVS", "Nutrition", "the Lab", "the Cath Lab",
         "Case Management", "Payroll", "Finance", "Supply Chain", "Bed Management",
         "Urgent Care", "Dialysis", "the Ortho clinic", "Peds", "Registration", "Transport"]
UNITS = ["4 West", "5N", "ICU-2", "6 East", "3 South", "the CCU", "L&D", "the step-down unit",
         "7 Tower", "the BH unit", "Med Surg B", "2 North"]
ROOMS = ["Rm 4112", "B-214", "conf rm 3A", "Boardroom 2", "Room 617", "the IT war room",
         "Huddle 5C", "room 1020", "Ste 300", "C-118", "the 2nd floor training room", "Rm 508"]
VENDORS = ["Epic", "Imprivata", "CrowdStrike", "Proofpoint", "Microsoft", "Palo Alto Networks",
           "Cisco", "Fortinet", "Okta", "Duo", "ServiceNow", "Citrix", "Nuance", "Protenus",
           "Splunk", "Tenable", "Rapid7", "Varonis", "Mimecast", "KnowBe4", "Philips",
           "GE HealthCare", "Medtronic", "BD", "Baxter", "Zscaler", "Abnormal Security",
           "Iatric Systems", "Vocera", "Spok", "Hyland", "Availity", "Experian Health", "Optum",
           "Oracle Health", "MEDITECH", "Rubrik", "Arctic Wolf", "Netskope", "Claroty",
           "Medigate", "Forescout", "Dell", "Lenovo", "Zebra", "Bluesight", "Kno2", "Ensemble"]
APPS = ["Hyperspace", "Haiku", "Canto", "Rover", "MyChart", "Care Everywhere", "Clarity",
        "Caboodle", "Secure Chat", "Dragon", "PowerScribe", "Citrix Workspace",
        "Imprivata OneSign", "FairWarning", "ServiceNow", "Kronos", "Workday", "Teams",
        "Epic Hyperdrive", "Cogito", "Bridges", "Identity"]
EXEC_TITLES = ["CISO", "CIO", "CMIO", "CNO", "CFO", "COO", "Chief Privacy Officer", "VP of IT",
               "General Counsel", "CEO", "VP Revenue Cycle", "Chief Compliance Officer"]
DX = ["CHF exacerbation", "NSTEMI", "a hip fx", "DKA", "sepsis", "a CVA", "COPD flare",
      "pneumonia", "SI / psych hold", "an overdose", "a GI bleed", "L&D", "chest pain r/o",
      "a fall w/ head strike", "cellulitis", "appendicitis", "AKI"]
MEDS = ["apixaban", "insulin glargine", "metoprolol", "vanc", "heparin gtt", "oxycodone",
        "sertraline", "Suboxone", "Lasix"]
EMOJI = ["😬", "🙏", "👀", "🔥", "✅", "🚨", "😂", "🙃", "🤦", "😳", "👍", "💀", "🫠", "🤔", ":eyes:",
         ":pray:", ":rotating_light:", ":facepalm:", ":white_check_mark:", ":sweat_smile:"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id",
            "ACCOUNT_NUMBER": "account-number", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip",
            "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
HN_TAG = {"ticket": "ticket", "chg": "ticket", "vcase": "ticket", "po": "po", "invoice": "money",
          "price": "money", "ver": "version", "build": "version", "ever": "version", "fwver": "version", "csver": "version", "npi": "npi", "cpt": "cpt",
          "icd": "icd", "mdate": "calendar", "time": "calendar", "zoom": "calendar", "ext": "ext",
          "facaddr": "facility-address", "exec": "exec-name", "agg": "age-aggregate",
          "agelow": "age-aggregate", "cardexp": "money", "lastfour": "money", "zipcc": "zip-like",
          "kb": "ticket", "cve": "version"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def ordn(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def spell_num(n):
    tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
            8: "eighty", 9: "ninety"}
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " and " + spell_num(rest))
    if n < 10:
        return ONES[n]
    if n < 20:
        return ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen"][n - 10]
    return tens[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Person:
    def __init__(self, r, surname=None, gender=None):
        while True:
            g, sex = r.choice(GIVEN)
            if gender is None or sex == gender:
                break
        self.given, self.gender = g, sex
        self.pg = sex if sex != "U" else r.choice("FM")
        self.surname = surname or r.choice(SURNAMES)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.55 else None
        self.nick = r.choice(NICK[g]) if g in NICK else None
        base = fold(self.given[0] + self.surname).lower()
        base = re.sub(r"[^a-z]", "", base)
        self.user = base + (str(r.randint(1, 9)) if r.random() < 0.4 else "")
        self.title_honor = {"F": r.choice(["Mrs.", "Ms.", "Ms", "Mrs"]), "M": r.choice(["Mr.", "Mr"])}[self.pg]

    def full(self):
        return "%s %s" % (self.given, self.surname)

    def pron(self, kind):
        table = {"she": {"F": "she", "M": "he", "U": "they"},
                 "her": {"F": "her", "M": "his", "U": "their"},
                 "obj": {"F": "her", "M": "him", "U": "them"},
                 "hers": {"F": "hers", "M": "his", "U": "theirs"}}
        return table[kind][self.pg]


def date_fmt(r, d, kind):
    """kind: dob (needs year) / recent (year optional) / meet (calendar, non-PHI)."""
    m, dd, y = d.month, d.day, d.year
    withyear = [
        "%d/%d/%d" % (m, dd, y), "%02d/%02d/%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd),
        "%s %d, %d" % (MONTHS[m - 1], dd, y), "%02d-%s-%d" % (dd, MON[m - 1], y),
        "%d/%d/%02d" % (m, dd, y % 100), "%d %s %d" % (dd, MONTHS[m - 1], y),
        "%s %d %d" % (MON[m - 1], dd, y), "%02d-%02d-%d" % (m, dd, y), "%d.%d.%d" % (m, dd, y),
    ]
    if kind == "dob":
        styles = withyear + ["%02d%02d%d" % (m, dd, y)]
    elif kind == "recent":
        styles = withyear + ["%d/%d" % (m, dd), "%s %d" % (MON[m - 1], dd),
                             "%s %s" % (MON[m - 1], ordn(dd)), "%s %s" % (MONTHS[m - 1], ordn(dd)),
                             "%d/%d" % (m, dd), "%s %d" % (MON[m - 1], dd)]
    else:
        wd = d.weekday()
        styles = ["%d/%d" % (m, dd), "%s %d/%d" % (DAYS[wd], m, dd), "%s %d" % (MON[m - 1], dd),
                  "%s %s" % (MONTHS[m - 1], ordn(dd)), "%d/%d/%02d" % (m, dd, y % 100),
                  "%d-%02d-%02d" % (y, m, dd), "%s, %s %d" % (DAYS_LONG[wd], MONTHS[m - 1], dd),
                  "%s %s %d" % (DAYS[wd], MON[m - 1], dd), "%02d/%02d/%d" % (m, dd, y)]
    return r.choice(styles)


def rand_date(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


FULLW = str.maketrans("0123456789", "０１２３４５６７８９")


def obf_digits(r, s, ctx, allow_spell=True):
    """Obfuscate a digit string (with separators) the way people dodge DLP."""
    digits = re.sub(r"\D", "", s)
    ctx.tags.add("evasion")
    way = r.choice(["spaced", "fullwidth", "zwsp", "spell", "mixed", "nbsp"]
                   if allow_spell else ["spaced", "fullwidth", "zwsp", "mixed", "nbsp"])
    if way == "spaced":
        return " ".join(digits)
    if way == "fullwidth":
        return s.translate(FULLW)
    if way == "zwsp":
        return "\u200b".join(re.split(r"[-. ]", s)) if re.search(r"[-. ]", s) else \
            digits[:3] + "\u200b" + digits[3:]
    if way == "spell":
        words = [DIGW[int(c)] for c in digits]
        out = []
        for i, w in enumerate(words):
            out.append(w)
            if i < len(words) - 1:
                out.append(", " if (i + 1) % 3 == 0 and r.random() < 0.6 else " ")
        return "".join(out)
    if way == "mixed":
        return re.sub(r"[-. ]", lambda mm: r.choice([".", "-", " ", "/"]), s) if re.search(r"[-. ]", s) \
            else digits[:3] + "." + digits[3:5] + "-" + digits[5:]
    if way == "nbsp":
        return re.sub(r"[-. ]", "\u00a0", s) if re.search(r"[-. ]", s) else digits[:3] + "\u00a0" + digits[3:]
    return ".".join(digits[i:i + 3] for i in range(0, len(digits), 3))


# ---------------------------------------------------------------- context
SLOT = re.compile(r"\{([a-z]+)(\d*)(?::([a-z]+))?\}")
PERSON_PHI = {"pt", "rel", "emp", "vis"}
PERSON_PLAIN = {"staff", "vend", "exec"}
ORG = "mvhealth.org"
XDOMAINS = ["mvhealth-secure.com", "mvheallth.org", "mvh-payroll.net", "docusign-mvh.net",
            "mvhealth.org.verify-login.co", "office365-mvh.com", "secure-mvhealth.net",
            "mvhealth-hr.com", "rnvhealth.org", "mvhealthcare-benefits.com"]
PERSONAL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net", "icloud.com",
                "verizon.net", "outlook.com", "msn.com", "protonmail.com"]
VENDOR_DOM = ["epic.com", "imprivata.com", "crowdstrike.com", "proofpoint.com", "protenus.com",
              "medtronic.com", "philips.com", "bd.com", "splunk.com", "optum.com", "hyland.com",
              "varonis.com", "knowbe4.com", "tenable.com", "vocera.com", "zscaler.com"]


class Ctx:
    def __init__(self, r, keys=()):
        self.r = r
        self.cache = {}
        self.raw = {}
        self.persons = {}
        self.tags = set()
        self.keys = set(keys)
        self.used_bases = set()

    # -- people
    def person(self, key):
        if key not in self.persons:
            r = self.r
            base = re.match(r"[a-z]+", key).group(0)
            surname = None
            if base in ("rel", "vis") and "pt" in self.persons and r.random() < 0.5:
                surname = self.persons["pt"].surname
            self.persons[key] = Person(r, surname=surname)
        return self.persons[key]

    def name_segs(self, p, mod, phi):
        r = self.r
        T = (lambda v: ("NAME", v)) if phi else (lambda v: v)
        if mod in ("she", "her", "obj", "hers"):
            return [p.pron(mod)]
        if mod == "user":
            return [p.user]
        if mod == "f":
            return [T(p.given)]
        if mod == "l":
            return [T(p.surname)]
        if mod == "fposs":
            return [T(p.given), "'s"]
        if mod == "hon":
            return [p.title_honor + " " if phi else "Dr. ", T(p.surname)]
        if mod == "inv":
            if r.random() < 0.5:
                v = "%s, %s" % (p.surname.upper(), p.given.upper()) + (" " + p.mi if p.mi else "")
            else:
                v = "%s, %s" % (p.surname, p.given)
            return [T(v)]
        if mod == "nick":
            nick = p.nick or r.choice(["Bunny", "Sissy", "Junior", "Doc", "Red", "Tiny", "Boo"])
            if r.random() < 0.6:
                return [T(p.full()), ' ("', T(nick), '")']
            return [T(nick), " (", T(p.full()), ")"]
        if mod == "bold":
            return ["*", T(p.full()), "*"]
        if mod == "full":
            return [T(p.full())]
        if mod == "poss":
            return [T(p.full()), "'s"]
        x = r.random()
        if x < 0.62:
            v = p.full()
        elif x < 0.78 and p.mi:
            v = "%s %s%s %s" % (p.given, p.mi, r.choice([".", "", "."]), p.surname)
        elif x < 0.86:
            v = "%s, %s" % (p.surname, p.given)
        elif x < 0.92:
            v = p.full().lower()
        elif x < 0.96 and p.nick and phi:
            return self.name_segs(p, "nick", phi)
        else:
            v = p.full()
        return [T(v)]

    # -- slot dispatch
    def slot(self, base, idx, mod):
        key = base + idx
        self.used_bases.add(base)
        if base in PERSON_PHI:
            return self.name_segs(self.person(key), mod, True)
        if base in PERSON_PLAIN:
            p = self.person(key)
            if base == "exec" and mod == "t":
                return [self.r.choice(EXEC_TITLES)]
            return [s if isinstance(s, str) else s[1] for s in self.name_segs(p, mod, False)]
        ck = (key, mod)
        if ck in self.cache:
            return list(self.cache[ck])
        fn = getattr(self, "v_" + base, None)
        if fn is None:
            raise KeyError("unknown slot %s" % base)
        segs = fn(key, mod)
        if isinstance(segs, str):
            seen = self.raw.setdefault("_seen_" + base, [])
            tries = 0
            while segs in seen and tries < 20:
                segs = fn(key, mod)
                tries += 1
            seen.append(segs)
        if isinstance(segs, (str, tuple)):
            segs = [segs]
        if mod == "code":
            segs = ["`"] + segs + ["`"]
        elif mod == "bold":
            segs = ["*"] + segs + ["*"]
        self.cache[ck] = list(segs)
        return list(segs)

    def t(self, template):
        out = []
        pos = 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                out.append(template[pos:m.start()])
            out.extend(self.slot(m.group(1), m.group(2), m.group(3)))
            pos = m.end()
        if pos < len(template):
            out.append(template[pos:])
        return out

    def rawv(self, key, fn):
        if key not in self.raw:
            self.raw[key] = fn()
        return self.raw[key]

    # ============ PHI value renderers
    def _date(self, key, mod, y0, y1):
        r = self.r
        d = self.rawv(key, lambda: rand_date(r, y0, y1))
        return ("DATE", date_fmt(r, d, "recent"))

    def v_dob(self, key, mod):
        r = self.r
        def mk():
            if "age" in self.keys:
                age = self.rawv("age", lambda: r.randint(90, 104))
                d = rand_date(r, 2025 - age - 1, 2025 - age - 1)
                return d if d.month > 6 else d.replace(year=2025 - age)
            if mod == "kid":
                return rand_date(r, 2009, 2021)
            return rand_date(r, 1928, 2012)
        d = self.rawv(key, mk)
        return ("DATE", date_fmt(r, d, "dob"))

    def v_date(self, key, mod):
        return self._date(key, mod, 2024, 2025)

    def v_sdate(self, key, mod):
        return self._date(key, mod, 2025, 2025)

    def v_death(self, key, mod):
        return self._date(key, mod, 2024, 2025)

    def v_adate(self, key, mod):
        return self._date(key, mod, 2024, 2025)

    def v_ddate(self, key, mod):
        r = self.r
        ak = "adate" + key[5:]
        if ak in self.raw:
            d = self.rawv(key, lambda: self.raw[ak] + datetime.timedelta(days=r.randint(1, 19)))
        else:
            d = self.rawv(key, lambda: rand_date(r, 2024, 2025))
        return ("DATE", date_fmt(r, d, "recent"))

    def v_age(self, key, mod):
        r = self.r
        a = self.rawv(key, lambda: r.randint(90, 104))
        if mod == "sp" or r.random() < 0.12:
            self.tags.add("evasion")
            return ("AGE", spell_num(a))
        return ("AGE", str(a))

    def _phone_raw(self, key):
        r = self.r
        return self.rawv(key, lambda: (r.choice(["978", "617", "508", "781", "603", "339", "351",
                                                 "857", "774", "413", "207", "401", "978", "978"]),
                                       "%03d" % r.choice([r.randint(201, 989), 555, 555]),
                                       "%04d" % r.randint(100, 9999)))

    def _phone_fmt(self, a, e, l):
        r = self.r
        return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s-%s-%s",
                         "+1 (%s) %s-%s", "%s%s%s", "1-%s-%s-%s", "(%s)%s-%s", "%s-%s-%s"]) % (a, e, l)

    def v_phone(self, key, mod, ext=False):
        r = self.r
        a, e, l = self._phone_raw(key)
        if mod == "slack":
            self.tags.add("slack-markup")
            return ["<tel:", ("PHONE", "+1%s%s%s" % (a, e, l)), "|", ("PHONE", self._phone_fmt(a, e, l)), ">"]
        v = self._phone_fmt(a, e, l)
        if mod == "obf" or r.random() < 0.07:
            v = obf_digits(r, v, self)
        elif ext and r.random() < 0.35:
            v += r.choice([" ext. ", " x", " ext ", " x."]) + str(r.randint(2, 4999))
        return ("PHONE", v)

    def v_bphone(self, key, mod):
        self.tags.add("bphone")
        return self.v_phone(key, None if mod == "cell" else mod, ext=(mod != "cell"))

    def v_fax(self, key, mod):
        return self.v_phone(key, mod)

    def v_email(self, key, mod):
        r = self.r
        def mk():
            p = self.persons.get("pt") or Person(r)
            g = re.sub(r"[^a-z]", "", fold(p.given).lower())
            s = re.sub(r"[^a-z]", "", fold(p.surname).lower())
            local = r.choice([g + "." + s, g[0] + s, g + s + str(r.randint(1, 99)),
                              s + g[0] + str(r.randint(1940, 2005)), g + "_" + s, g + str(r.randint(10, 999)),
                              r.choice(["nanabear", "sox4life", "bigpapi34", "catlady", "grammy",
                                        "lakeside", "mrfixit"]) + str(r.randint(1, 99))])
            return local, r.choice(PERSONAL_DOM)
        local, dom = self.rawv(key, mk)
        return self._email_render(local, dom, mod)

    def _email_render(self, local, dom, mod):
        r = self.r
        v = local + "@" + dom
        if mod == "slack":
            self.tags.add("slack-markup")
            return ["<mailto:", ("EMAIL", v), "|", ("EMAIL", v), ">"]
        if mod == "plain":
            return ("EMAIL", v)
        if mod == "obf" or (mod is None and r.random() < 0.06):
            self.tags.add("evasion")
            d1, d2 = dom.rsplit(".", 1)
            v = r.choice(["%s [at] %s [dot] %s", "%s(at)%s(dot)%s", "%s at %s dot %s",
                          "%s @ %s . %s", "%s[@]%s[.]%s"]) % (local, d1, d2)
        return ("EMAIL", v)

    def v_bemail(self, key, mod):
        r = self.r
        self.tags.add("bemail")
        def mk():
            if "staff" in self.persons and key == "bemail":
                p = self.persons["staff"]
                dom = ORG
            else:
                p = Person(r)
                dom = r.choice([ORG, ORG, r.choice(VENDOR_DOM)])
            g = re.sub(r"[^a-z]", "", fold(p.given).lower())
            s = re.sub(r"[^a-z]", "", fold(p.surname).lower())
            local = r.choice([g + "." + s, g[0] + s, g + "." + s, g[0] + "." + s])
            return local, dom
        local, dom = self.rawv(key, mk)
        return self._email_render(local, dom, mod if mod != "obf" else mod)

    def v_vemail(self, key, mod):
        r = self.r
        self.tags.add("bemail")
        if "vendor" in self.keys and "vendor_name" not in self.raw:
            self.slot("vendor", "", None)
        def mk():
            v = self.raw.get("vendor_name") or r.choice(VENDORS)
            dom = re.sub(r"[^a-z0-9]", "", fold(v).lower()) + ".com"
            p = Person(r)
            g = re.sub(r"[^a-z]", "", fold(p.given).lower())
            s_ = re.sub(r"[^a-z]", "", fold(p.surname).lower())
            return r.choice([g + "." + s_, g[0] + s_, g, "support", "renewals", "security-notices"]), dom
        local, dom = self.rawv(key, mk)
        return self._email_render(local, dom, mod)

    def v_xemail(self, key, mod):
        r = self.r
        def mk():
            local = r.choice(["payroll", "hr-benefits", "it.helpdesk", "noreply", "secure-docs",
                              "ceo.office", "accounts.payable", "m365-admin", "docusign", "w2-forms",
                              "voicemail", "sharepoint-notify", "remit", "billing.dept"])
            return local, r.choice(XDOMAINS + PERSONAL_DOM)
        local, dom = self.rawv(key, mk)
        return self._email_render(local, dom, mod)

    def v_ssn(self, key, mod):
        r = self.r
        def mk():
            a = r.randint(1, 899)
            while a == 666:
                a = r.randint(1, 899)
            return "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)
        a, g, s = self.rawv(key, mk)
        x = r.random()
        if mod == "obf" or x < 0.12:
            return ("SSN", obf_digits(r, "%s-%s-%s" % (a, g, s), self))
        if x < 0.2:
            self.tags.add("evasion")
            return ("SSN", a + g + s)
        return ("SSN", r.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, g, s))

    def v_mrn(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice([
            "%08d" % r.randint(100000, 9999999), "%07d" % r.randint(1000000, 9999999),
            "E%07d" % r.randint(100000, 9999999), "M%09d" % r.randint(1000000, 99999999),
            "%010d" % r.randint(10000000, 999999999), "%d" % r.randint(1000000, 9999999)]))
        if mod == "obf" or r.random() < 0.05:
            v = obf_digits(r, v, self, allow_spell=v[0].isdigit())
        return ("MRN", v)

    def v_hpid(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice([
            "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%09d" % r.randint(0, 999999999),
            "W%09d" % r.randint(0, 999999999), "MVH%08d" % r.randint(0, 99999999),
            "%012d" % r.randint(10 ** 10, 10 ** 12 - 1), "H%08d" % r.randint(0, 99999999),
            "ZCB" + " " + "%09d" % r.randint(0, 999999999), "%09d" % r.randint(10 ** 8, 10 ** 9 - 1) + "-01"]))
        if mod == "obf":
            self.tags.add("evasion")
            v = " ".join(v.replace(" ", ""))
        return ("HEALTH_PLAN_ID", v)

    def v_mbi(self, key, mod):
        r = self.r
        L = "ACDEFGHJKMNPQRTUVWXY"
        def mk():
            c = [str(r.randint(1, 9)), r.choice(L), r.choice(L + "0123456789"), str(r.randint(0, 9)),
                 r.choice(L), r.choice(L + "0123456789"), str(r.randint(0, 9)), r.choice(L), r.choice(L),
                 str(r.randint(0, 9)), str(r.randint(0, 9))]
            return "".join(c)
        v = self.rawv(key, mk)
        if r.random() < 0.5:
            v = v[:4] + "-" + v[4:7] + "-" + v[7:]
        return ("HEALTH_PLAN_ID", v)

    def v_mcaid(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: "1000%08d" % r.randint(0, 99999999))
        return ("HEALTH_PLAN_ID", v)

    def v_acct(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice(["4%010d" % r.randint(0, 9999999999), "G%07d" % r.randint(0, 9999999),
                                             "77%08d" % r.randint(0, 99999999), "%09d" % r.randint(10 ** 8, 10 ** 9 - 1)]))
        return ("ACCOUNT_NUMBER", v)

    def v_bank(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice(["%010d" % r.randint(10 ** 8, 10 ** 10 - 1),
                                             "%04d %04d %04d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999)),
                                             "%012d" % r.randint(10 ** 9, 10 ** 12 - 1)]))
        return ("ACCOUNT_NUMBER", v)

    def v_dl(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice(["S%08d" % r.randint(0, 99999999), "SA%07d" % r.randint(0, 9999999),
                                             "%02d%s%05d" % (r.randint(1, 12), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), r.randint(0, 99999)),
                                             "D%07d" % r.randint(0, 9999999), "%03d %03d %03d" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999))]))
        return ("LICENSE_NUMBER", v)

    def v_dea(self, key, mod):
        r = self.r
        def mk():
            p = self.persons.get("staff" + key[3:]) or self.persons.get("staff")
            l2 = fold(p.surname)[0].upper() if p else r.choice("ABCDEFGHJKLMNPRSTW")
            d = [r.randint(0, 9) for _ in range(6)]
            chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
            return r.choice("ABFM") + l2 + "".join(map(str, d)) + str(chk)
        return ("LICENSE_NUMBER", self.rawv(key, mk))

    def v_slic(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice(["RN%07d" % r.randint(0, 9999999), "%06d" % r.randint(100000, 299999),
                                             "MD.%06d" % r.randint(0, 999999), "RN-%06d" % r.randint(0, 999999),
                                             "NP%06d" % r.randint(0, 999999), "PA%05d" % r.randint(0, 99999)]))
        return ("LICENSE_NUMBER", v)

    def v_vin(self, key, mod):
        r = self.r
        A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = self.rawv(key, lambda: r.choice(["1HG", "5YJ", "JTD", "2T1", "1FT", "WBA", "KM8", "3VW", "1C4"]) +
                      "".join(r.choice(A) for _ in range(14)))
        return ("VEHICLE_ID", v)

    def v_plate(self, key, mod):
        r = self.r
        def mk():
            C = "ABCDEFGHJKLMNPRSTVWXYZ"
            return r.choice(["%d%s%d" % (r.randint(1, 9), "".join(r.choice(C) for _ in range(3)), r.randint(10, 99)),
                             "%d%s %d" % (r.randint(1, 9), "".join(r.choice(C) for _ in range(2)), r.randint(100, 999)),
                             "%s-%04d" % ("".join(r.choice(C) for _ in range(3)), r.randint(0, 9999)),
                             "%03d %d%d%d" % (r.randint(100, 999), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9))])
        return ("VEHICLE_ID", self.rawv(key, mk))

    def v_dev(self, key, mod):
        r = self.r
        A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = self.rawv(key, lambda: r.choice([
            "PJN%06dS" % r.randint(0, 999999), "RNL%06dH" % r.randint(0, 999999),
            "".join(r.choice(A) for _ in range(8)), "NG%07dH" % r.randint(0, 9999999),
            "%08d" % r.randint(0, 99999999), "SN-" + "".join(r.choice(A) for _ in range(10)),
            "BLC%07d" % r.randint(0, 9999999)]))
        return ("DEVICE_ID", v)

    def v_udi(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: "(01)%014d(17)%02d%02d%02d(21)%s" % (
            r.randint(10 ** 12, 10 ** 13), r.randint(26, 29), r.randint(1, 12), r.randint(1, 28),
            "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))))
        return ("DEVICE_ID", v)

    def _url(self, key, mod, kind):
        r = self.r
        def mk():
            p = self.persons.get("pt")
            slug = (re.sub(r"[^a-z]+", "", fold(p.given).lower()) + re.sub(r"[^a-z]+", "", fold(p.surname).lower())) if p else \
                r.choice(["jroe", "mmartinez", "grandpajoe", "teamlinda"])
            opts = {"purl": ["https://mychart.mvhealth.org/MyChart/Visit?ptid=%d" % r.randint(10 ** 7, 10 ** 8),
                             "https://mychart.mvhealth.org/MyChart/proxy/accept?pat=%s&code=%d" % ("E%07d" % r.randint(0, 9999999), r.randint(1000, 9999)),
                             "https://portal.mvhealth.org/patients/%d/results" % r.randint(10 ** 6, 10 ** 7),
                             "https://mvh.mychartcentral.org/activate?mrn=%08d" % r.randint(0, 99999999)],
                    "turl": ["https://telehealth.mvhealth.org/visit/%s-%04d" % (slug, r.randint(0, 9999)),
                             "https://mvh.vidyo.io/join/%s%d" % (slug, r.randint(10, 99)),
                             "https://telehealth.mvhealth.org/room?patient=%d&appt=%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 5, 10 ** 6))],
                    "curl": ["https://www.caringbridge.org/visit/%s" % slug, "https://www.caringbridge.org/site/%s/journal" % slug,
                             "https://www.gofundme.com/f/help-%s-recover" % slug, "https://www.mealtrain.com/trains/%s" % slug]}[kind]
            return r.choice(opts)
        v = self.rawv(key, mk)
        if mod == "slack":
            self.tags.add("slack-markup")
            return ["<", ("URL", v), "|" + r.choice(["open visit", "link", "portal", "here", "join"]) + ">"]
        return ("URL", v)

    def v_purl(self, key, mod):
        return self._url(key, mod, "purl")

    def v_turl(self, key, mod):
        return self._url(key, mod, "turl")

    def v_curl(self, key, mod):
        return self._url(key, mod, "curl")

    def v_ip(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice([
            "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            "10.%d.%d.%d" % (r.randint(10, 60), r.randint(0, 40), r.randint(1, 254)),
            "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
            "192.168.%d.%d" % (r.randint(0, 40), r.randint(1, 254))]))
        return ("IP_ADDRESS", v)

    def v_pip(self, key, mod):
        r = self.r
        v = self.rawv(key, lambda: r.choice([
            "203.0.113.%d" % r.randint(1, 254), "198.51.100.%d" % r.randint(1, 254),
            "185.220.101.%d" % r.randint(1, 254), "45.155.205.%d" % r.randint(1, 254),
            "%d.%d.%d.%d" % (r.choice([73, 24, 98, 71, 66, 108, 174]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            "%d.%d.%d.%d" % (r.choice([91, 102, 41, 197, 154, 188, 5]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))]))
        return ("IP_ADDRESS", v)

    def v_ipv(self, key, mod):
        r = self.r
        h = lambda: "%x" % r.randint(1, 0xffff)
        v = self.rawv(key, lambda: r.choice([
            "2001:db8:%s::%s" % (h(), h()), "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
            "2601:18c:%s:%s::%s" % (h(), h(), h()), "2603:3005:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h())]))
        return ("IP_ADDRESS", v)

    def v_dip(self, key, mod):
        r = self.r
        a = self.v_pip("pip_" + key, None)[1]
        parts = a.split(".")
        self.tags.add("evasion")
        v = r.choice(["[.]".join(parts), ".".join(parts[:3]) + "[.]" + parts[3], "[.]".join(parts[:2]) + "." + ".".join(parts[2:]),
                      "(.)".join(parts)])
        return ("IP_ADDRESS", v)

    def _street(self, key):
        r = self.r
        return self.rawv("street_" + key, lambda: "%d %s" % (r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 2999)]), r.choice(STREETS)))

    def _town(self, key):
        r = self.r
        return self.rawv("town_" + key, lambda: r.choice(TOWNS))

    def _zip(self, town):
        r = self.r
        z = TOWN_ZIP[town]
        return z + ("-%04d" % r.randint(1, 9999) if r.random() < 0.2 else "")

    def v_addr(self, key, mod):
        r = self.r
        st = self._street(key)
        town = self._town(key)
        state = "NH" if town in NH_TOWNS else "MA"
        unit = r.choice(["", "", "", " Apt 3", " Unit 2B", " #4", " Apt. 12", " Fl 2"])
        z = self._zip(town)
        v = r.choice(["%s%s, %s, %s %s", "%s%s, %s %s %s", "%s%s %s %s %s", "%s%s, %s, %s  %s"]) % (st, unit, town, state, z)
        if r.random() < 0.1:
            v = r.choice(["%s%s\n%s, %s %s", "%s%s\n%s %s %s"]) % (st, unit, town, state, z)
        return ("ADDRESS", v)

    def v_street(self, key, mod):
        return ("ADDRESS", self._street(key) + self.r.choice(["", "", "", " Apt 2", " unit 5"]))

    def v_town(self, key, mod):
        return ("ADDRESS", self._town(key))

    def v_zip(self, key, mod):
        return ("ADDRESS", self._zip(self._town(key)))

    def v_pobox(self, key, mod):
        r = self.r
        town = self._town(key)
        v = r.choice(["PO Box %d, %s, %s %s", "P.O. Box %d %s %s %s"]) % (
            r.randint(10, 2999), town, "NH" if town in NH_TOWNS else "MA", TOWN_ZIP[town])
        return ("ADDRESS", v)

    def v_cc(self, key, mod):
        r = self.r
        def mk():
            kind = r.choice(["v", "v", "m", "a"])
            if kind == "a":
                body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
                n = body + luhn_digit(body)
                return [n[:4], n[4:10], n[10:]]
            pre = "4" if kind == "v" else str(r.randint(51, 55))
            body = pre + "".join(str(r.randint(0, 9)) for _ in range(15 - len(pre)))
            n = body + luhn_digit(body)
            return [n[:4], n[4:8], n[8:12], n[12:]]
        g = self.rawv(key, mk)
        sep = r.choice([" ", " ", "-", ""])
        return ("CREDIT_CARD", sep.join(g))

    # ============ non-PHI renderers (hard negatives)
    def v_ticket(self, key, mod):
        r = self.r
        return r.choice(["INC%07d" % r.randint(10000, 9999999), "INC00%05d" % r.randint(0, 99999),
                         "RITM%07d" % r.randint(10000, 9999999), "SCTASK%07d" % r.randint(10000, 9999999),
                         "PRIV-2025-%04d" % r.randint(1, 999), "SEC-%d" % r.randint(1000, 9999),
                         "IAM-%d" % r.randint(100, 2999), "PRV%05d" % r.randint(0, 99999)])

    def v_chg(self, key, mod):
        return "CHG%07d" % self.r.randint(10000, 9999999)

    def v_vcase(self, key, mod):
        r = self.r
        return r.choice(["SLG %d" % r.randint(1000000, 9999999), "#%08d" % r.randint(0, 99999999),
                         "%08d" % r.randint(10 ** 7, 10 ** 8 - 1), "CS%07d" % r.randint(0, 9999999),
                         "TS-%06d" % r.randint(0, 999999)])

    def v_po(self, key, mod):
        return "PO 4500%06d" % self.r.randint(0, 999999) if self.r.random() < 0.6 else "PO#%d" % self.r.randint(100000, 999999)

    def v_invoice(self, key, mod):
        r = self.r
        return r.choice(["INV-%06d" % r.randint(0, 999999), "%d-%04d" % (r.randint(2024, 2025), r.randint(0, 9999)),
                         "#%d" % r.randint(1000000, 9999999)])

    def v_price(self, key, mod):
        r = self.r
        return r.choice(["$%s" % format(r.randint(2, 400) * 250, ","), "$%.1fM" % (r.randint(5, 40) / 10.0),
                         "$%d/mo" % r.randint(40, 900), "$%.2f/user/mo" % (r.randint(100, 3000) / 100.0),
                         "$%dk" % r.randint(12, 480), "$%s.00" % format(r.randint(100, 99999), ",")])

    def v_ver(self, key, mod):
        r = self.r
        return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 20), r.randint(0, 30)),
                         "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 99)),
                         "%d.%d" % (r.randint(1, 12), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 24), r.randint(0, 9)),
                         "rev %d.%d" % (r.randint(1, 6), r.randint(0, 9)), "%d.%d.%d-hotfix%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1, 5))])

    def v_ever(self, key, mod):
        r = self.r
        return r.choice(["Epic %s %d" % (r.choice(["Feb", "May", "Aug", "Nov"]), r.choice([2024, 2025])),
                         "%s '%d" % (r.choice(["Feb", "May", "Aug", "Nov"]), r.choice([24, 25])),
                         "the %s %d release" % (r.choice(["February", "May", "August", "November"]), r.choice([2024, 2025])),
                         "Hyperspace %d.%d" % (r.choice([10, 11]), r.randint(0, 9))])

    def v_fwver(self, key, mod):
        r = self.r
        return r.choice(["PAN-OS %d.%d.%d-h%d" % (r.choice([10, 11]), r.randint(0, 2), r.randint(1, 14), r.randint(1, 9)),
                         "FortiOS 7.%d.%d" % (r.randint(0, 4), r.randint(0, 14)), "%d.%d.%d" % (r.choice([10, 11]), r.randint(0, 2), r.randint(1, 14))])

    def v_csver(self, key, mod):
        r = self.r
        return r.choice(["sensor %d.%d.%d" % (7, r.randint(10, 22), r.randint(16000, 19999)),
                         "7.%d.%d" % (r.randint(10, 22), r.randint(16000, 19999)), "Falcon %d.%d" % (7, r.randint(10, 22))])

    def v_build(self, key, mod):
        r = self.r
        return r.choice(["%d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 9), r.randint(1, 30)),
                         "build %d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 3), r.randint(1, 99)),
                         "v%d.%d.%d.%d" % (r.randint(10, 11), r.randint(0, 4), r.randint(0, 9), r.randint(100, 9999)),
                         "%d.%d.%d.%d" % (r.randint(256, 999), r.randint(0, 9), r.randint(0, 9), r.randint(0, 99))])

    def v_host(self, key, mod):
        r = self.r
        return r.choice(["mvh-epic-prd%02d" % r.randint(1, 12), "EPICPRDDB%02d" % r.randint(1, 4),
                         "sal-pacs-%02d" % r.randint(1, 9), "hav-dict-01", "LOW-CTX-VDA%02d" % r.randint(1, 40),
                         "mvh-fw-edge%02d" % r.randint(1, 4), "clarity-etl-%02d" % r.randint(1, 3),
                         "mvh-dc%02d.mvhealth.local" % r.randint(1, 6), "prtsrv%02d" % r.randint(1, 9),
                         "mvh-ie-prd01", "fw-audit-app01", "BLD-HL7-02", "mvh-sql-clr%02d" % r.randint(1, 5)])

    def v_ws(self, key, mod):
        r = self.r
        return r.choice(["MVH-WS-%04d" % r.randint(1000, 9999), "HAVED-WOW-%02d" % r.randint(1, 40),
                         "SAL4W-PC%03d" % r.randint(1, 300), "LOW-NS-%02d" % r.randint(1, 60),
                         "AMB-REG-%02d" % r.randint(1, 20), "MVHLT%05d" % r.randint(0, 99999)])

    def v_room(self, key, mod):
        return self.r.choice(ROOMS)

    def v_proom(self, key, mod):
        r = self.r
        return r.choice(["rm %d" % r.randint(401, 739), "room %d%s" % (r.randint(201, 640), r.choice(["", "-B", "A"])),
                         "ED bay %d" % r.randint(1, 28), "bed %d%s" % (r.randint(1, 30), r.choice("AB")), "%d-%d" % (r.randint(3, 7), r.randint(10, 40))])

    def v_bedunit(self, key, mod):
        return self.r.choice(UNITS)

    def v_site(self, key, mod):
        return self.r.choice(SITES)

    def v_dept(self, key, mod):
        return self.r.choice(DEPTS)

    def v_vendor(self, key, mod):
        v = self.rawv(key, lambda: self.r.choice(VENDORS))
        self.raw.setdefault("vendor_name", v)
        return v

    def v_app(self, key, mod):
        return self.r.choice(APPS)

    def v_dx(self, key, mod):
        return self.r.choice(DX)

    def v_med(self, key, mod):
        return self.r.choice(MEDS)

    def v_mdate(self, key, mod):
        r = self.r
        return date_fmt(r, rand_date(r, 2025, 2026), "meet")

    def v_time(self, key, mod):
        r = self.r
        h = r.randint(7, 17)
        return r.choice(["%d%s" % (h if h <= 12 else h - 12, "pm" if h >= 12 else "am"), "%02d:%s" % (h, r.choice(["00", "30", "15"])),
                         "%02d%s" % (h, r.choice(["00", "30"])), "%d:%s %s" % (h if h <= 12 else h - 12, r.choice(["00", "30"]), "PM" if h >= 12 else "AM"),
                         "%d ET" % (h if h <= 12 else h - 12)])

    def v_ts(self, key, mod):
        r = self.r
        style = self.rawv("_ts_style", lambda: r.randrange(3))
        cur = self.rawv("_ts_cur", lambda: datetime.datetime(2025, 1, 1) + datetime.timedelta(minutes=r.randint(0, 525000)))
        cur = cur + datetime.timedelta(seconds=r.randint(20, 5400))
        self.raw["_ts_cur"] = cur
        if style == 0:
            return cur.strftime("%Y-%m-%d %H:%M:%S")
        if style == 1:
            return cur.strftime("%Y-%m-%dT%H:%M:%SZ")
        return cur.strftime("%m/%d %H:%M")

    def v_ext(self, key, mod):
        return "%d" % self.r.randint(2000, 7999)

    def v_npi(self, key, mod):
        return "%d%09d" % (self.r.choice([1, 1, 2]), self.r.randint(0, 999999999))

    def v_cpt(self, key, mod):
        return self.r.choice(["99214", "99213", "93000", "G0439", "70450", "36415", "99285", "80053", "71046", "J1885"])

    def v_icd(self, key, mod):
        return self.r.choice(["E11.9", "I10", "Z79.4", "S72.001A", "F32.9", "F10.20", "Z21", "O80", "J44.1", "I50.9", "F20.9"])

    def v_devfleet(self, key, mod):
        r = self.r
        return r.choice(["SN %d" % r.randint(12000000, 12999999), "serial %d" % r.randint(10 ** 7, 10 ** 8), "SN BD%07d" % r.randint(0, 9999999)])

    def v_grp(self, key, mod):
        r = self.r
        return r.choice(["%06d" % r.randint(1000, 999999), "GRP-%05d" % r.randint(0, 99999), "%d-%03d" % (r.randint(100, 999), r.randint(0, 999))])

    def v_asset(self, key, mod):
        r = self.r
        return r.choice(["MVH-%06d" % r.randint(0, 999999), "AT-%05d" % r.randint(0, 99999), "BME %05d" % r.randint(0, 99999),
                         "asset #%d" % r.randint(10000, 99999)])

    def v_facaddr(self, key, mod):
        return self.r.choice(["55 Hospital Dr, Haverhill, MA 01830", "140 Marginal St, Lowell MA 01852",
                              "1 Medical Center Way, Salem NH 03079", "300 Andover St, Andover MA 01810",
                              "19 Prospect St, Newburyport, MA 01950", "480 Maple St, Danvers MA 01923",
                              "2 Centennial Dr, Peabody, MA 01960", "85 Cabot St, Beverly, MA 01915"])

    def v_zoom(self, key, mod):
        r = self.r
        return "%03d %04d %04d" % (r.randint(800, 999), r.randint(0, 9999), r.randint(0, 9999))

    def v_lastfour(self, key, mod):
        return "%04d" % self.r.randint(0, 9999)

    def v_cardexp(self, key, mod):
        r = self.r
        return r.choice(["%02d/%d" % (r.randint(1, 12), r.randint(26, 30)), "%02d/20%d" % (r.randint(1, 12), r.randint(26, 30))])

    def v_cve(self, key, mod):
        return self.r.choice(["CVE-2024-3400", "CVE-2023-4966", "CVE-2024-21762", "CVE-2023-34362", "CVE-2024-1709",
                              "CVE-2025-0282", "CVE-2023-20198", "CVE-2024-6387", "CVE-2025-24813"])

    def v_kb(self, key, mod):
        return "KB%07d" % self.r.randint(1000, 99999)

    def v_port(self, key, mod):
        return self.r.choice(["443", "3389", "22", "2575", "104", "11112", "1433", "8443", "6661"])

    def v_hash(self, key, mod):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(self.r.choice([64, 64, 32])))

    def v_badurl(self, key, mod):
        r = self.r
        d = r.choice(XDOMAINS).replace(".", "[.]", 1)
        return r.choice(["hxxps://%s/o365/login" % d, "hxxp://%s/view?doc=%d" % (d, r.randint(1000, 9999)),
                         "https://bit.ly/3%s" % "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(6)),
                         "hxxps://%s/payroll/verify" % d])

    def v_domain(self, key, mod):
        return self.r.choice(XDOMAINS)

    def v_adgroup(self, key, mod):
        return self.r.choice(["GRP-EPIC-BTG-APPROVERS", "SG_VPN_Clinical", "SG-Clarity-Read", "EPIC_SEC_EMP_RECORDS",
                              "GG-Privacy-Audit", "SG_Citrix_Remote", "APP-FairWarning-Users"])

    def v_mac(self, key, mod):
        return ":".join("%02x" % self.r.randint(0, 255) for _ in range(6))

    def v_fy(self, key, mod):
        return self.r.choice(["Q3", "Q4 FY25", "FY2026", "Q1 FY26", "FY27", "Q2"])

    def v_cnt(self, key, mod):
        r = self.r
        return r.choice([str(r.randint(3, 60)), format(r.randint(100, 4000), ","), str(r.randint(12, 300))])

    def v_agg(self, key, mod):
        r = self.r
        return r.choice(["patients 90+", "%d pts over 90" % r.randint(2, 9), "everyone 90 and older",
                         "the 90+ cohort", "%d patients aged 90 or over" % r.randint(2, 40)])

    def v_agelow(self, key, mod):
        return str(self.r.randint(19, 89))

    def v_zipcc(self, key, mod):
        return "%05d" % self.r.choice([1830, 1852, 1810, 2139, 1960, 3079, 1913, 1842])

    def v_vlan(self, key, mod):
        return str(self.r.choice([110, 120, 240, 250, 310, 402, 999]))

    def v_mention(self, key, mod):
        r = self.r
        self.tags.add("slack-markup")
        return "<@U0%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))

    def v_chan(self, key, mod):
        self.tags.add("slack-markup")
        return "<#C0%d|%s>" % (self.r.randint(1000000, 9999999), self.r.choice(["it-help", "privacy-ops", "sec-alerts", "epic-access", "iam"]))

    def v_intra(self, key, mod):
        r = self.r
        return r.choice(["https://intranet.mvhealth.org/policies/privacy/btg", "https://mvh.service-now.com/kb_view.do?sysparm_article=KB00%05d" % r.randint(0, 99999),
                         "https://mvhealth.sharepoint.com/sites/InfoSec/Shared%20Documents", "https://status.mvhealth.org",
                         "https://mvh.zoom.us/j/%d" % r.randint(10 ** 9, 10 ** 10)])

    def v_bot(self, key, mod):
        return self.r.choice(["@secbot", "@Copilot", "@askIT", "hey bot,", "@PrivacyBot", "bot:"])

    def v_year(self, key, mod):
        return str(self.r.randint(2015, 2024))


# ---------------------------------------------------------------- PHI templates
# (template, frame tags)
PHI_T = [
    # --- access audits / break-the-glass / privacy referrals
    ("BTG alert overnight: {staff} ({staff:user}) opened the chart for {pt}, MRN {mrn}, no treatment relationship on file. can you pull the full access trail? {ticket}", "audit btg"),
    ("privacy referral from {staff}: coworker {emp} in {dept} thinks someone looked at {emp:her} record after {emp:she} was admitted {adate}. MRN {mrn}", "referral employee-health"),
    ("Access report for MRN {mrn} ({pt:inv}): {cnt} unique users since admit on {adate}. most are care team, 2 outliers from {dept}. sending to privacy", "audit"),
    ("{mention} VIP flag on {pt} isn't triggering the BTG prompt for {site} users. pt is {age}, came in {adate}. can you check the FYI flag config in {app}?", "vip btg"),
    ("so {staff} in {dept} hit break-the-glass on {pt:poss} chart 9 times. reason entered: 'covering'. {staff:she} isn't even on the schedule. MRN {mrn} 😬", "btg escalation"),
    ("Privacy case {ticket}\nPatient: {pt:inv}\nMRN: {mrn}\nDOB: {dob}\nUser: {staff} ({staff:user})\nAccess type: Break-the-Glass\nReason entered: \"pt care\"\nOutcome: pending mgr interview", "structured audit btg"),
    ("can you run a FairWarning report on {emp}? {emp:she} is a nurse on {bedunit} and was a patient here {adate} to {ddate}. worried coworkers peeked. EH case, keep it tight pls", "employee-health audit"),
    ("ugh. {staff} says {staff:her} neighbor {pt} (lives on {street}) came through the ED last night and now 'everyone on the unit knows'. can you check who opened MRN {mrn}?", "complaint audit"),
    ("pls add {pt} to the confidential patient list. MRN {mrn}, DOB {dob}. request came via {exec} ({exec:t}). thx", "vip"),
    ("heads up: the channel 5 anchor, {pt}, is on {bedunit}. confidential flag applied to MRN {mrn}. expect a ton of BTG noise this week", "vip"),
    ("Protenus flagged {staff} for viewing MRN {mrn} ({pt}). they share a home address, {addr}. probably family but policy is policy", "audit"),
    ("Audit finding: {staff:user} printed the face sheet for {pt} (HAR {acct}) from {ws} at 02:14. no encounter in their dept.", "audit"),
    ("[10:02] {staff}: who has access to the dialysis snapshot for {pt}?\n[10:04] {staff2}: why?\n[10:05] {staff}: daughter {rel} called, says she never authorized any release. MRN {mrn}", "thread records rel=F"),
    ("privacy asked for every access to {pt:inv} (DOB {dob}) between admission {adate} and discharge {ddate}. running the Clarity query now, ETA 1h", "records audit"),
    ("BTG review for today:\n1) {pt} / {mrn} - ok, covering hospitalist\n2) {pt2} / {mrn2} - NOT ok, {staff} from {dept}, escalating\n3) {pt3} / {mrn3} - pending mgr reply", "structured btg escalation"),
    ("FYI {staff} asked for emergency access to {pt:poss} chart from home over VPN ({pip}). I said no without a ticket. {staff:she} was not happy", "btg"),
    ("can you confirm the confidential flag on {pt:poss} chart? pt is {age} and the son ({rel}) asked that no info go out. his number on file {phone}", "vip rel=M"),
    ("Records request for {pt}, DOB {dob}, DOS {date}. requester email {email}. HIM says it's legit but the domain looks off to me", "records"),
    ("Deceased pt {pt}, passed {death}. son {rel} wants the portal proxy removed. MyChart acct still active, last login from {pip} 🤔", "records rel=M"),
    ("EH case: {emp} stuck {emp:obj}self with a used needle on {date} in {proom}. source pt is {pt}, MRN {mrn}. lock down both charts pls", "employee-health"),
    ("{emp:f} from our team is having surgery {sdate} and asked that nobody on the EHR team touch {emp:her} chart. can we set the confidential flag? MRN {mrn}", "employee-health vip"),
    ("police at the front desk asking about {pt:poss} status (DOB {dob}). told them to go through legal / {staff}.", "escalation"),
    ("attorney letter re {pt}, DOS {date}, acct {acct}. legal wants the full audit trail by {mdate}", "records"),
    ("{bot} draft a privacy incident summary: {staff} (PCT, {dept}) viewed {pt} (DOB {dob}, MRN {mrn}) and {pt2} (MRN {mrn2}) with no clinical need. both are relatives of {staff:hers}.", "bot audit"),
    ("Secure Chat screenshot with {pt:poss} name + bed number ended up on TikTok 🤦 who screenshotted? need the device list for {bedunit}", "complaint"),
    ("{pt:inv}   MRN {mrn}   DOB {dob}   <- this is the one {exec} asked about, pls keep it off the shared sheet", "vip structured"),
    ("reviewing BTG for {pt} MRN {mrn}: {staff} says {staff:she} was covering for {staff2:f} on {bedunit}. checks out with the schedule. closing {ticket}", "btg"),
    ("mgr review needed: {staff:user} accessed {pt} ({mrn}) x14 over 3 shifts, pt admitted {adate} for {dx}. sanction grid says level 2", "audit escalation"),
    ("can someone w/ Clarity tell me if {pt} ({dob}) has any other encounters besides {date}? privacy needs the scope for the letter", "records"),
    ("Guardian/POA for {pt} is {rel}, cell {phone}. asking for proxy access to the portal. MRN {mrn}", "records"),
    ("VIP: {pt} ({age}) adm {adate}. name alert on. {exec} wants a daily access report until discharge", "vip"),
    ("can we get everyone who opened {pt:poss} record since {adate}? it's for the grievance from the daughter, {rel}", "complaint audit rel=F"),
    ("privacy referral {ticket}: pt {pt} says her ex {rel} (works in EVS) went into her chart. MRN {mrn}", "referral complaint pt=F rel=M"),
    ("Teams msg from {staff}: 'my cousin {pt} is in the ED can u tell me what bed' 🙄 forwarded to privacy", "audit"),
    ("pt {pt} DOB {dob} is requesting an accounting of disclosures since her surgery on {sdate}", "records pt=F"),
    ("EH: {emp} tested positive {date}, mgr wants to know who to notify. pls don't post names in {chan}", "employee-health"),
    ("{emp} ({dept}) had a seizure at {emp:her} desk this morning, EMS came. mgr asked us to pull {emp:her} badge log. handle as EH", "employee-health"),
    ("lady in {proom}, {pt}, keeps trying to get on FB from the guest wifi and {ip} keeps getting blocked by the filter 😂 can we whitelist?", "pt=F"),
    ("{bot} look up who the PCP is for {pt}, {dob}", "bot"),
    ("interpreter request for {pt} (Haitian Creole) for the {date} appt, family phone {phone}", "records"),
    ("access audit - {pt}, MRN {mrn}, DOB {dob}, admitted {adate}, discharged {ddate}. 3 users outside care team: {staff:user}, {staff2:user}, {staff3:user}", "audit structured"),
    ("the pt who complained is {pt:hon}, {age}, lives in {town}. she says a nurse told her neighbor about her stay", "complaint pt=F"),
    ("HIM says the release for {pt:nick} went out with the wrong DOB ({dob}) on the cover sheet. need to log it as a misdirect?", "records"),
    ("Can you check if {pt} (MRN {mrn}) was seen on {date}? The subpoena says so but I can't find the encounter", "records"),
    ("{emp:f} in payroll is our patient rn (adm {adate}, {bedunit}). her manager keeps asking for updates in this channel. please stop 🙏", "employee-health"),
    ("Break-the-glass summary, week 14: {pt} ({mrn}) 11 events, all ED; {pt2} ({mrn2}) 2 events, {staff} - needs review", "btg structured"),
    # --- phishing / e-mail
    ("reporting a phish 🎣 from {xemail}, subject 'Payroll Update Required'. link goes to {badurl}. sender IP {pip}. {staff} clicked but says {staff:she} didn't enter creds", "phishing"),
    ("---------- Forwarded message ---------\nFrom: {staff} <{bemail:plain}>\nDate: {mdate}\nSubject: FW: list\nTo: <{email:plain}>\n\nhere's the list for {pt}, DOB {dob}, MRN {mrn}. delete after", "email-paste dlp multiline"),
    ("DLP caught {staff} sending a spreadsheet (212 rows: names, MRNs, DOBs) to {staff:her} personal gmail {email}. first row: {pt}, {mrn}, {dob}", "dlp"),
    ("Proofpoint TAP click: {bemail} clicked from {ip} at 09:41, sender {xemail}. URL rewrite blocked it. resetting pw anyway", "phishing"),
    ("weird vishing call to the help desk, caller said he was from {vendor} support. caller ID {phone}. asked for the Duo bypass code for {staff}", "phishing"),
    ("can someone look at this: 'Dear {pt}, your lab results from {date} are ready, click here' — pt forwarded it from {email}. not our template", "phishing"),
    ("payroll says {staff} (RN, {dept}) 'emailed' from {xemail} asking to switch direct deposit to acct {bank}. {staff:she} didn't. BEC, blocking sender", "phishing"),
    ("phish report from {staff}: attachment Remittance_{invoice}.html, sender {xemail}, reply-to {xemail2}. callback number in body {phone}", "phishing"),
    ("IOCs from this morning:\n- {dip}\n- {dip2}\n- hxxps://{domain}/login\n- sha256 {hash}", "phishing structured"),
    ("{bot} what does this header mean?\nReceived: from mail.{domain} ([{pip}]) by mx1.mvhealth.org\nReturn-Path: <{xemail:plain}>", "bot phishing"),
    ("{staff} got a text on {staff:her} cell {bphone:cell} pretending to be IT asking for {staff:her} MFA code. smishing campaign?", "phishing"),
    ("vendor reached out from {vemail} re the {vendor} renewal, can you confirm that's legit before I reply?", "phishing"),
    ("please forward to {bemail:slack} and cc {mention}, she owns the phishing mailbox", ""),
    ("Abnormal flagged 40 msgs from {xemail} to {dept}. {cnt} delivered before the block. sender IP {pip}", "phishing"),
    ("a patient ({pt}) emailed the help desk from {email} saying she got a 'MyChart' text asking for her card number. she gave it: {cc} 😳 fraud team?", "phishing pt=F"),
    ("the phish used a real pt name in the lure: 'Invoice for {pt}, DOS {date}'. so it's probably from the {vendor} breach", "phishing"),
    # --- lockouts / IAM / credentialing
    ("{staff} locked out again, 5 bad attempts from {ws} ({ip}). reset in AD, told {staff:obj} to call x{ext} next time", "lockout"),
    ("pls call Dr {staff:l} on cell {bphone:cell} re Duo token, he's stuck in the OR lounge", "lockout"),
    ("new hire {staff} can't get into Epic, credentialing says {staff:her} RN license {slic} isn't loaded on the provider record yet", "credentialing"),
    ("DEA for {staff:hon} is {dea}, need it in EPCS setup. NPI {npi} already loaded", "credentialing"),
    ("lockout storm from {ip} on svc_epic_ic, ~400 failures in 10 min. is that the new interface box?", "lockout"),
    ("pw reset requested by phone for {staff:user} from {bphone}, not the number on file. kicked to security", "lockout"),
    ("need a Duo bypass for {staff}, phone died, {staff:she}'s at the {site}. backup number {bphone:cell}", "lockout"),
    ("{staff:hon}'s state license {slic} lapsed {mdate} per credentialing — do we pull EPCS?", "credentialing"),
    ("EPCS enrollment:\n- {staff} DEA {dea}\n- {staff2} DEA {dea2}\n- {staff3} DEA pending", "credentialing structured"),
    ("locum {staff:hon} needs Epic by Mon. license {slic}, DEA {dea}, NPI {npi}. credentialing signed off", "credentialing"),
    ("acct {staff:user} disabled after 30 failed logins from {pip}. {staff:she} swears {staff:she} was asleep lol", "lockout"),
    ("Duo enrollment for {staff}: phone {bphone:cell}, token sent. ticket {ticket}", "lockout"),
    # --- VPN / network
    ("impossible travel for {staff:user}: login from {pip} (Boston) then {pip2} (Lagos) 12 min later. disabled acct, {ticket}", "vpn"),
    ("firewall request {chg}: allow {ip}/32 -> {ip2} tcp/{port} for the {vendor} interface engine", "network"),
    ("PACS box at {ip} still answers on telnet 🙃 ({host}). who owns it?", "network"),
    ("cert errors on {host} ({ip}), chain expired last night. app version {ver}", "network version"),
    ("seeing RAs from {ipv} on the guest VLAN, rogue router?", "network"),
    ("nmap: {ip} has 3389 open, that's the old dictation server. still vuln to {cve}", "network"),
    ("can you allowlist {pip} for {vendor} remote support? ref {vcase}", "network"),
    ("dns for {host} still points to {ip} but the box moved to {ip2} friday", "network"),
    ("{ip:code} is spamming syslog with auth failures, host {host}. muting the alert till the CHG", "network"),
    ("splunk: index=vpn src_ip={pip} | stats count by user → only {staff:user}. probably {staff:her} home ISP", "vpn"),
    ("Medigate says the infusion pumps on {bedunit} talk to {pip} on 443. expected? {vendor} says it's their cloud", "network"),
    ("{mention} anyone know who owns {ip:code}? it's hammering the Epic web server", "network"),
    ("geo-block hit: {staff:user} from {pip}, Vietnam. {staff:she}'s on vacation there and wants Citrix 🙃", "vpn"),
    ("the new Omnicell cabinets on {bedunit} got {ip}, {ip2}, {ip3}. need them in the biomed VLAN by {mdate}", "network"),
    ("can u ping {ip}", "network"),
    ("{ip} again 🙄", "network"),
    ("what's the IP for the Hyperspace web server, {ip}? or was that the old one", "network"),
    ("ipv6 neighbor {ipv} is the one spamming. mac {mac}", "network"),
    # --- patients in IT contexts
    ("MyChart: pt {pt} says someone changed her email to {email} and phone to {phone}. she didn't. MRN {mrn}. account takeover?", "records pt=F"),
    ("proxy access stuck: mom {rel} for minor {pt}, DOB {dob:kid}. the link she got: {purl}", "records url rel=F"),
    ("fax misdirect: records for {pt} (DOB {dob}) went to {fax} instead of {fax2}. HIM notified, 14 pages", "records"),
    ("scanner merged two charts: {pt} MRN {mrn} and {pt2} MRN {mrn2}. HIM unmerge ticket {ticket}", "records"),
    ("ED reg created a dup: {pt:inv}, DOB {dob}, SSN {ssn}. existing MRN {mrn}", "records"),
    ("a patient called the HELP DESK (?!) bc portal locked: {pt}, dob {dob}, cb {phone}. transferring to patient access", "lockout"),
    ("biomed: insulin pump {dev} on {bedunit} dropped off wifi. it's on {pt} in {proom}. re-pairing", "device"),
    ("pacemaker remote monitoring feed missing for {pt}, device SN {dev}, last transmission {date}", "device"),
    ("CGM data from {pt:poss} Dexcom (SN {dev}) not flowing into flowsheets since {date}", "device"),
    ("UDI scan failed in OR 6 for {pt}: {udi}. implant log entered by hand", "device"),
    ("stolen laptop: {staff} had an unencrypted export with {pt}, {mrn}, {hpid} on it. car broken into, plate {plate}", "escalation"),
    ("security: visitor {vis} (here for pt {pt}) left the car in the ambulance bay, plate {plate}", "escalation"),
    ("ransomware crew posted 'sample data' on their leak site: {pt}, {ssn}, {dob}, {addr} 😳 that's one of ours", "escalation"),
    ("breach letter draft — recipient: {pt}, {addr}. DOB {dob}. pls proof before {mdate}", "records"),
    ("billing leak? guarantor acct {acct} for {pt} showed up in a Teams chat with an outside vendor", "escalation"),
    ("pt {pt} says her card {cc} got used in Florida right after she paid a copay at the {site} kiosk. skimmer?", "complaint pt=F"),
    ("corporate card {cc} hit with fraudulent {vendor} charges, exp {cardexp}. freeze pls", "money"),
    ("{pt}, {age}, fell on {bedunit} on {date}; family ({rel}, {phone}) want the camera footage. cameras don't cover that hallway", "complaint"),
    ("MBI {mbi} for {pt} bouncing in the eligibility check, clearinghouse says format issue", "records"),
    ("member ID {hpid} showing on two different pts: {pt} and {pt2}. interface bug?", "records"),
    ("please don't paste patient stuff in #it-help. someone just posted {pt} {mrn} {dob} 🤦", ""),
    ("reg flagged possible ID theft: {pt} presented DL {dl}, photo doesn't match. SSN {ssn} is tied to someone else", "escalation"),
    ("address change on MRN {mrn}: old {addr}, new {addr2}. done via portal from {pip}. pt says she never moved", "records"),
    ("pt {pt} (lives in {town}) called asking why she got a breach letter. {staff} is handling", "complaint pt=F"),
    ("mail vendor bounced 40 letters, first one is {pt}, {pobox}. rest in the sftp folder", "records"),
    ("MassHealth ID {mcaid} for {pt} returns 'not found' in the 270/271. clearinghouse ticket {vcase}", "records"),
    ("{pt:hon}, {age}, in {proom} — wife ({rel}) says his hearing aid (SN {dev}) went missing. security report?", "device pt=M rel=F"),
    ("telehealth link for {pt} isn't working: {turl:slack}", "url"),
    ("found a page for {pt}: {curl} — nurse on {bedunit} posting updates there? privacy wants eyes on it", "url audit"),
    ("parking lot incident: {vis} (visiting {pt}) car {vin} got towed from the ED lot. she's furious", "complaint vis=F"),
    ("ransom note sample file has {pt} / {mrn} / {hpid}. looks like a Clarity extract", "escalation"),
    ("Patient {pt}, {zip}, called the privacy line about a suspicious call. caller knew her DOB {dob}", "complaint pt=F"),
    ("{pt} (d. {death}) still has an active MyChart proxy for {rel}. {rel:f} logged in from {pip} yesterday", "records"),
    # --- more identifiers in IT / revenue-cycle contexts
    ("Medtronic CareLink shows {pt:poss} ICD (SN {dev}) hasn't transmitted since {date}. her portal acct is locked too", "device pt=F"),
    ("Omnipod PDM {dev} registered to {pt} keeps joining the guest wifi. biomed wants it off the network", "device"),
    ("pt {pt} in {proom} brought her own insulin pump ({dev}) and wants it on our wifi. nope, right?", "device pt=F"),
    ("valet: {pt} (discharged {ddate}) left car {plate} in the garage for 3 days. security wants to tow", "vehicle"),
    ("ED security: pt {pt} came in by ambulance and the car (VIN {vin}) was left running at the curb", "vehicle escalation"),
    ("pt {pt} paid HAR {acct} with card {cc} over the phone and the rep typed the full number into the notes field 🤦 need it scrubbed", "money"),
    ("PCI scan found a card number in an Epic note: {cc} (pt {pt}, acct {acct}). scrub ticket {ticket}", "money"),
    ("refund for pt {pt}: bank acct {bank}, routing 211274450. finance wants it verified by phone before releasing", "money"),
    ("subscriber ID {hpid} / group {grp} for {pt} — eligibility returns someone else's name. {vendor} ticket {vcase}", "records"),
    ("pt {pt} has two HARs, {acct} and {acct2}, same guarantor SSN {ssn}. dup guarantor or fraud?", "records"),
    ("her son posted {pt:poss} MyChart share link on Facebook: {purl}. can we kill the link?", "url"),
    ("the gofundme for {pt} ({curl}) lists her room number and dx. privacy issue or not ours?", "url pt=F"),
    ("{pt} wants her telehealth link resent to {email}: {turl}", "url pt=F"),
    ("{emp} (RN, {dept}) is the pt in {proom} since {adate}; coworkers keep asking for updates in {chan}. shutting it down", "employee-health"),
    ("visitor log flagged {vis}, banned per security, signed in to see {pt} in {proom} using DL {dl}", "escalation"),
    # --- short / terse
    ("mrn {mrn} pls", "short"),
    ("{pt} {dob}", "short"),
    ("dob {dob}, ssn {ssn}", "short"),
    ("ty! 📞 {bphone}", "short"),
    ("email me the findings at {bemail}", "short"),
    ("chart # {mrn}?", "short"),
    ("MR# {mrn} ({pt:l})", "short"),
    ("{pt:full}, {age}", "short"),
    # --- slack markup / markdown
    ("{mention} can you call the pt back? {phone:slack} — it's about the portal lockout", ""),
    ("*Patient:* {pt:bold} *MRN:* {mrn:code} *DOB:* {dob}", "structured"),
    ("portal link the user pasted: {purl:slack}", "url"),
    ("contact for the {vendor} escalation: {vemail:slack} / {bphone}", ""),
    # --- evasion
    ("ssn is {ssn:obf}", "short"),
    ("read me the member id again? {hpid:obf}", "short"),
    ("her mrn is {mrn:obf} (had to type it weird, DLP kept blocking lol)", ""),
    ("pt is {age:sp} and wants her records mailed to {addr}", "records"),
    ("email for the pt is {email:obf}", "short"),
    ("pt phone {phone:obf}, pls call re: breach letter", "short"),
]

# ---------------------------------------------------------------- clean templates (hard negatives)
CLEAN_T = [
    ("{staff} locked out again, reset in AD. told {staff:obj} to call x{ext} if it happens twice", "lockout"),
    ("upgrade to {ever} moved to {mdate}, cutover 0100-0500. {chg}", "version"),
    ("mtg w/ {vend} from {vendor} re: renewal, {mdate} at {time} in {room}. quote is {price} 😬", "vendor"),
    ("{po} for 40 badge readers approved by {exec} ({exec:t})", "vendor"),
    ("{build} is on TST, pls validate the BTG prompt before {mdate}", "btg"),
    ("{mention} can you review the access-audit policy draft? effective {mdate}", "audit"),
    ("reminder: HIPAA training due {mdate} for {dept}. we're at 92%", "hipaa"),
    ("BTG stats {fy}: {cnt} events, 11 referred to privacy, 2 sanctions", "btg"),
    ("report filter q: do {agg} get auto-flagged for the VIP-style review, or only 95+? {staff:f} says 90+", "audit"),
    ("the 10-digit MRNs from the old Meditech side still break patient lookup in {app}, {ticket}", "mrn-topic"),
    ("are we allowed to store SSN in ServiceNow fields at all? I think it should be masked to last 4", "ssn-topic"),
    ("NPI {npi} isn't in NPPES for {staff:hon}, credentialing is checking", "credentialing"),
    ("CPT {cpt} and ICD-10 {icd} mapping broke in the charge router again, {ticket}", ""),
    ("the new clinic is at {facaddr}, network drop scheduled {mdate}", "network"),
    ("{host} patch to {ver} failed, rolled back. {chg}", "version"),
    ("{asset} (WOW on {bedunit}) missing, last seen outside {room}", ""),
    ("call w/ {vend} ({vendor}): case {vcase}, replacement ships {mdate}", "vendor"),
    ("zoom for the tabletop exercise: meeting ID {zoom}, passcode in the invite", ""),
    ("corp card ending {lastfour} expires {cardexp}, need a new one before the {vendor} renewal", ""),
    ("90-day password expiry is back per {exec}'s memo 🙃", ""),
    ("pt in {proom} ({agelow} y/o) unplugged the WOW cart again. biomed {ticket}", ""),
    ("phish sim results: 6.2% click rate, {dept} worst at 14%. KnowBe4 report attached", "phishing"),
    ("huge thanks to {staff} for the {vendor} migration 🎉🎉", ""),
    ("{exec} wants a one-pager on third-party risk by {mdate}", ""),
    ("Protenus cutover: contract {po}, kickoff {mdate} {time} in {room}", "vendor"),
    ("{staff} is our new privacy analyst, starts Monday. say hi 👋", ""),
    ("will the {vendor} hotfix ({ver}) land before {mdate}? {staff:f} needs it for go-live", "vendor"),
    ("{host} resolving to the wrong record since the DNS change, {ticket}", "network"),
    ("CrowdStrike {csver} rolling to {site} workstations tonight, expect reboots", "version"),
    ("Tenable: {cve} on 14 hosts, mostly {site}. patch window {mdate}", "network"),
    ("lost badge: {staff} ({dept}) deactivated, new one at the security desk in {room}", ""),
    ("{staff} and {staff2} are covering the privacy queue while {staff3:f} is out", ""),
    ("DEA renewal workflow changed, see {kb}. no more paper forms", "credentialing"),
    ("PACS outage {mdate} hit the {site} reading room, RCA due {mdate2}", ""),
    ("invoice {invoice} from {vendor} ({price}) is 60 days past due, AP says they never got it", "vendor"),
    ("move those charges to cost center {zipcc}, not the old one", ""),
    ("biomed devices go on VLAN {vlan}, guest is {vlan2}. don't mix them up again", "network"),
    ("printer on {bedunit} ({asset}) printing blank face sheets, queue {host}", ""),
    ("Q: can we limit BTG reasons to a pick list?\nA: yes in {ever}, it's a SmartList thing", "btg"),
    ("3 pts over 90 on 4 West today so the fall banner report is long, don't panic", "age-aggregate"),
    ("{staff} (x{ext}) is on call for IAM this weekend", ""),
    ("{exec}, our CMIO, signed off on the BTG policy change effective {mdate}", "btg"),
    ("Dr. {staff:l} keeps getting Duo pushes he didn't trigger, opened {ticket}. no source in the alert yet", "lockout"),
    ("{staff:f} asked if we report the {vendor} incident to OCR. {staff2:f} says not if no PHI left the tenant", "hipaa"),
    ("{vend} from {vendor} says our SSO certs for {app} expire {mdate}", "vendor"),
    ("ok who put 'Password1' in {kb} 😂", ""),
    ("Imprivata tap-and-go broken on {ws}, {ws2}, {ws3}. all {site}. {ticket}", ""),
    ("svc_clarity_etl password rotates {mdate}. owners: {staff}, {staff2}", ""),
    ("for the board deck: {cnt} phishing reports in {fy}, median time to triage 14 min", "phishing"),
    ("do we have a contact at {vendor} for the {cve} advisory? {staff:f} thinks it's {vend}", "vendor"),
    ("please stop emailing spreadsheets w/ MRNs, use the secure share. (reminder from {exec})", "mrn-topic"),
    ("regression in {ever}: BTG reason field truncates at 50 chars. {vcase}", "btg"),
    ("room change: security standup moves to {room} starting {mdate}", ""),
    ("AD group {adgroup} has 212 members, should be ~40. cleanup {ticket}", ""),
    ("mac {mac} keeps flapping between ports on the {site} core switch", "network"),
    ("anyone else's Citrix dropping? {site}, started ~{time}", ""),
    ("{staff:user} (that's {staff}) needs Clarity read access for the audit project, approved by {staff2:f}", "audit"),
    ("the {vendor} rep ({vend}) wants to demo their AI access-monitoring thing {mdate}. I said after go-live", "vendor"),
    ("who is {staff}? keeps showing up in the BTG report but isn't in Workday. contractor?", "btg"),
    ("Summer hours: help desk closes at 6pm starting {mdate}", ""),
    ("the 1950s DOBs in the TST env are all fake test pts, don't panic", ""),
    ("the fax number field in {app} is only 10 chars, international ones get cut off", ""),
    ("our NPI lookup script hits the NPPES API v2.1, rate limit 5/s", "npi"),
    ("{staff} booked {room} for the {vendor} QBR {mdate} {time}, lunch budget {price}", "vendor"),
    ("{ticket} closed: user error (caps lock 🙃)", ""),
    ("{vendor} signed the BAA, effective {mdate}. {exec} has the original", "hipaa"),
    ("reminder: HIPAA minimum necessary applies to us too. don't open real charts to 'test' access, use the TST pts", "hipaa"),
    ("Grant {staff:l} from Finance needs the BTG dashboard, read-only", ""),
    ("DR test {mdate}: fail over {host} to the Marlborough DC, expected RTO 4h", ""),
    ("MFA push fatigue on {staff:user}, 38 pushes between 02:10 and 02:25, {staff:she} denied all ✅", "lockout"),
    ("{cnt} BTG events last week, 1 over threshold. top dept {dept}", "btg"),
    ("{exec} wants a risk assessment for the {vendor} pilot by end of {fy}", ""),
    ("{room} projector is broken again, {ticket}", ""),
    ("{bot} summarize {kb} (the one about BTG reason codes)", "bot"),
    ("{bot} what's the SLA for P2 phishing reports?", "bot"),
    ("{bot} draft a reminder for {dept} about tailgating at the {site} staff entrance", "bot"),
    ("fwd from {vend} at {vendor}: 'Your maintenance window for {app} is confirmed for {mdate} {time} ET.'", "vendor"),
    ("old FairWarning server {host} can be decommed after {mdate}, data archived to {host2}", ""),
    ("{staff:hon} is the physician champion for the BTG redesign, {staff2} is PM", "btg"),
    ("Chase {staff:l} and Hunter {staff2:l} are swapping on-call, approved", ""),
    ("{staff} said the {site} tracking board is frozen on {ver}", "version"),
    ("Kronos {ver} broke SSO again. {ticket}", "version"),
    ("patch tuesday: 87 CVEs, 3 critical, incl {cve}", "network"),
    ("ICD-10 list for the sensitive-dx filter ({icd}, {icd2}, ...) needs F- and Z-codes reviewed by {staff:f}", ""),
    ("confidential-flag reasons pick list: VIP, employee, BH, celebrity, other. signed off by {exec}", "vip"),
    ("{staff} is out until {mdate}, ping {staff2:f} for FairWarning stuff", ""),
    ("MVH-Guest wifi key rotates monthly, next on {mdate}", ""),
    ("OR board ({host}) times out after 15 min, needs 12h kiosk mode. {chg}", ""),
    ("two-person rule for disabling audit logging is in the policy now, {ver}", "audit"),
    ("what's the ext for the privacy hotline? x{ext}? or did it move", ""),
    ("{vendor} invoice {invoice}: {price} for 1,200 seats, {exec} wants it renegotiated", "vendor"),
    ("the look-alike patient report now excludes {agg} and under-18s per {exec}", "audit"),
    ("{staff:f}, the DEA audit is {mdate}. can you pull the EPCS provider list (no numbers in chat pls)", "credentialing"),
    ("NPI {npi} vs {npi2}, which one is the group? billing says the 2nd", "npi"),
    ("badge access to the {site} data closet limited to {adgroup} as of {mdate}", ""),
    ("new SSO cert thumbprint is in {kb}, expires {mdate}", ""),
    ("ticket dump 🙃 {ticket}, {ticket2}, {ticket3} all the same Citrix issue", ""),
    ("{staff} brought donuts to {room} 🍩", ""),
    ("April {staff:l} moved to the Lowell team, ping {staff2:f} instead", ""),
    ("privacy committee zoom is {zoom}, don't share it outside the group", ""),
    ("{site} on downtime procedures {mdate} 0200-0400 for the {app} upgrade", ""),
    ("never read MRNs over the phone to callers who can't verify, per {kb}", "mrn-topic"),
    ("SSN masking fix deployed in {ver}, only last 4 shows now", "ssn-topic"),
    ("Q4 access review: {cnt} accounts disabled, {cnt2} role changes", "audit"),
    ("{vend} ({vendor}) is onsite {mdate} in {room}, needs an escort", "vendor"),
    ("Hope {staff:l} (privacy) wants the BTG numbers by Friday", ""),
    ("MyChart maintenance {mdate} 0100-0300. comms from {exec} going out tomorrow", ""),
    ("{staff} - can you send me the {year} audit policy? the one before the rewrite", ""),
    ("pricing from {vendor}: {price} yr 1, {price2} yrs 2-3. {exec} wants 3 quotes", "vendor"),
    ("the Salem site firewall (mvh-fw-edge02) is on {fwver}, needs to go to {fwver2} for {cve}", "network"),
    ("{dept} wants BTG turned off for their float pool. hard no from me, {staff2:f} agrees", "btg"),
    ("fyi the employee-records confidential group {adgroup} is reviewed quarterly, next {mdate}", ""),
    ("{staff:f}: is the {vendor} SOC 2 report in the vendor folder? {staff2:f}: yep, {fy} version", "vendor"),
    ("how many BTG events did we have for {agg}? {exec} asked at the privacy committee", "btg"),
    ("{ever} release notes mention a new 'employee as patient' flag, worth a look", "version"),
    ("{staff} passed the CISSP 🎉", ""),
    ("room for the tabletop is {room}, {mdate} {time}. {vendor} is facilitating", ""),
    ("{cnt} lockouts today, mostly {site} after the pw policy change", "lockout"),
    ("pt in bed 12 on {bedunit}, {agelow}yo, asked for the guest wifi password again lol", ""),
    ("RITM for {staff:f}: add to {adgroup}, approver {staff2}", ""),
    ("quick q, is HL7 port 2575 open between {host} and {host2}? {chg} says yes", "network"),
    ("the cost of the Protenus add-on is {price}, budget line {zipcc}", ""),
    ("pump {devfleet} in the clean utility room on {bedunit} (not on a pt) fails EAP auth, {ticket}", "device"),
    ("Alaris fleet: 212 pumps still on {ver}, BD says the {ver2} firmware fixes the wifi drops", "device"),
    ("group number {grp} is the employer group for all our BCBS staff, it's not a member ID. ok to leave in the report", ""),
    ("Medicare MBIs are 11 chars, the interface is truncating to 10. {ticket}", "records"),
    ("card terminals at the {site} gift shop move to P2PE on {mdate}, the processor is doing the swap", "money"),
    ("license plate reader at the {site} garage is down again, {ticket}. security says no rush", ""),
    ("AP: never accept bank-account changes by email, call the vendor at the number already on file. per {exec}", "phishing"),
]


# ---------------------------------------------------------------- generator frames
GENS = []


def gen(kind, tags):
    def deco(fn):
        GENS.append((kind, fn, tags))
        return fn
    return deco


ACTIONS = ["Chart Review", "BTG", "Print Face Sheet", "Snapshot", "Results Review", "Notes Review",
           "Demographics", "Report Viewed", "Media Viewed", "Chart Search"]


@gen("phi", "audit structured table")
def g_access_table(c):
    r = c.r
    pt = r.choice(["pt", "pt"])
    out = c.t(r.choice(["access log for {ticket}:\n", "pulled this from the access log:\n", "FairWarning export (trimmed):\n", ""]))
    out += ["| time | user | patient | MRN | action |\n|---|---|---|---|---|\n"]
    for i in range(r.randint(2, 5)):
        s = "staff" + (str(i) if i else "")
        out += ["| "] + c.t("{ts%d}" % i) + [" | "] + c.t("{%s:user}" % s) + [" | "] + c.t("{pt:full}") + [" | "] + c.t("{mrn}") + [" | %s |" % r.choice(ACTIONS)]
        out += ["\n"]
    out += [r.choice(["", "the last two are the ones I'm worried about", "rows 2+3 have no encounter link"])]
    return out


@gen("clean", "audit structured table")
def g_access_table_clean(c):
    r = c.r
    out = c.t(r.choice(["login events from {ws}:\n", "Imprivata log for the {site} kiosk ({ws}):\n", "badge tap log, last night:\n"]))
    out += ["time | user | workstation | event\n"]
    for i in range(r.randint(3, 6)):
        out += c.t("{ts%d} | {staff%d:user} | {ws%d} | " % (i, i, i)) + [r.choice(["login ok", "badge tap", "lockout", "password change", "BTG prompt shown", "session timeout", "fail (bad pw)"]) + "\n"]
    out += [r.choice(["nothing weird imo", "lockouts all caps-lock related", "", "see row 3"])]
    return out


@gen("phi", "dlp structured csv")
def g_dlp_csv(c):
    r = c.r
    out = ["DLP hits (csv paste):\nincident,user,recipient,match,sample\n"]
    for i in range(r.randint(2, 4)):
        kind = r.choice(["ssn", "mrn", "dob"])
        sample = {"ssn": "{ssn%d}", "mrn": "{mrn%d}", "dob": "{dob%d}"}[kind] % i
        out += c.t("DLP-%d,{staff%d:user},{email%d},%s,%s\n" % (r.randint(1000, 9999), i, i, kind.upper(), sample))
    return out


@gen("phi", "vpn log structured")
def g_vpn_log(c):
    r = c.r
    out = c.t(r.choice(["vpn log for {staff:user}:\n", "GlobalProtect, last 24h:\n", "pasting from the concentrator:\n"]))
    u = c.t("{staff:user}")[0]
    for i in range(r.randint(2, 5)):
        res = r.choice(["success", "success", "fail", "success"])
        out += c.t("{ts%d} vpn-gw0%d user=%s src={pip%d} assigned={ip%d} result=%s\n" % (i, r.randint(1, 2), u, i % 2, i, res))
    out += [r.choice(["two different countries in 40 min 🤔", "looks normal, closing", "src changed mid-session, can you check?", ""])]
    return out


@gen("phi", "siem json structured")
def g_siem_json(c):
    r = c.r
    out = c.t("{bot} explain this alert:\n")
    out += ['{"rule":"%s","src_ip":"' % r.choice(["Brute Force", "Impossible Travel", "Suspicious PowerShell", "Mass Download"])]
    out += c.t('{ip}","dest":"{host}","user":"{staff:user}","count":%d,"sensor":"{csver}"}' % r.randint(5, 900))
    return out


@gen("clean", "siem json structured")
def g_siem_json_clean(c):
    r = c.r
    out = c.t("{bot} is this a false positive?\n")
    out += c.t('{"rule":"%s","host":"{host}","user":"{staff:user}","count":%d,"sensor":"{csver}","ticket":"{ticket}"}' % (
        r.choice(["Anomalous Login Time", "Unusual Chart Volume", "USB Mass Storage", "Service Acct Interactive Logon"]), r.randint(3, 400)))
    return out


@gen("phi", "hl7 structured records")
def g_hl7(c):
    r = c.r
    p = c.person("pt")
    name = ("%s^%s" % (p.surname, p.given) + ("^" + p.mi if p.mi else "")).upper()
    st = c._street("a")
    town = c._town("a")
    addr = ("%s^^%s^%s^%s" % (st, town, "NH" if town in NH_TOWNS else "MA", TOWN_ZIP[town])).upper()
    d = rand_date(r, 1930, 2010)
    out = c.t(r.choice(["lab interface is sending the wrong PID, see:\n", "HL7 msg stuck in the error queue on {host}:\n", "{bot} why would this ADT fail?\n"]))
    out += ["MSH|^~\\&|EPIC|MVH|LAB|MVH|||ADT^A08|%d|P|2.5.1\n" % r.randint(100000, 999999)]
    out += ["PID|1||"] + c.t("{mrn}") + ["^^^MVH^MR||", ("NAME", name), "||" if p.mi else "^||", ("DATE", d.strftime("%Y%m%d")), "|%s|||" % p.pg, ("ADDRESS", addr), "||"] + c.t("{phone}")
    return out


def _thread(c, lines, who):
    r = c.r
    style = r.choice(["teams", "slack", "bracket", "quote"])
    h, m = r.randint(7, 16), r.randint(0, 50)
    out = []
    for i, (w, line) in enumerate(zip(who, lines)):
        m += r.randint(0, 4)
        if m > 59:
            h, m = h + 1, m - 60
        stamp = "%d:%02d %s" % (h if h <= 12 else h - 12, m, "PM" if h >= 12 else "AM")
        if style == "teams":
            out += c.t("{%s:full}" % w) + ["  " + stamp + "\n"] + c.t(line)
        elif style == "slack":
            out += c.t("*{%s:full}*" % w) + ["  " + stamp + "\n"] + c.t(line)
        elif style == "bracket":
            out += ["[%d:%02d] " % (h, m)] + c.t("{%s:f}: " % w) + c.t(line)
        else:
            out += ["> "] + c.t("{%s:f}: " % w) + c.t(line)
        if i < len(lines) - 1:
            out += ["\n"]
    return out


@gen("phi", "thread multiline")
def g_thread_phi(c):
    r = c.r
    k = r.randrange(4)
    c.persons["pt"] = Person(r, gender=["F", "M", None, None][k])
    lines = [
        r.choice(["anyone around? need help w/ a privacy thing", "got a minute?", "quick q for privacy ppl"]),
        r.choice(["{staff:f} what's up", "sure", "yep, go"]),
        ["pt {pt} (MRN {mrn}) says her info was on a coworker's screen in the cafeteria",
         "got a call from {rel}, whose dad {pt} is on {bedunit}. wants to know who's been in his chart",
         "{emp}, one of our own, was admitted {adate}. mgr wants a proactive audit",
         "can you look at {ip}? it pulled 3k charts overnight, first one was {pt}, DOB {dob}"][k],
        r.choice(["ugh ok. opening a case", "on it, give me 20", "send me the ticket # pls", "looping in privacy"]),
    ]
    return _thread(c, lines, ["staff", "staff2", "staff", "staff2"])


@gen("clean", "thread multiline")
def g_thread_clean(c):
    r = c.r
    k = r.randrange(4)
    lines = [
        ["did the {vendor} patch go in last night?", "who's covering the BTG queue tomorrow?", "is {host} down or is it just me",
         "did anyone book a room for the {vendor} call?"][k],
        ["yes, {ver}, no issues", "{staff3:f} is, I'm at the {site} all day", "it's up, DNS was flaky around {time}",
         "{room}, {mdate} {time}"][k],
        r.choice(["ty 🙏", "cool, closing {ticket}", "k. {exec} asked at huddle", "👍"]),
    ]
    return _thread(c, lines, ["staff", "staff2", "staff"])


@gen("phi", "email-paste multiline")
def g_email_phi(c):
    r = c.r
    out = c.t(r.choice(["can you look at this one, forwarded from {staff:f}:\n\n", "{bot} is this phishing?\n\n", "pasting the email:\n"]))
    out += ["From: "] + c.t("{xemail:plain}") + ["\nTo: "] + c.t("{bemail:plain}") + ["\nSent: "] + c.t("{mdate} {time}") + ["\nSubject: "]
    body = r.choice([
        ["Urgent: unpaid invoice\n\nPlease call our billing line at ", "{phone}", " before end of day."],
        ["Re: patient {pt}\n\nAttached is the signed release for DOB ", "{dob}", ". Send the records to this address."],
        ["Your mailbox is full\n\nClick ", "{badurl}", " to upgrade storage."],
        ["W-2 request\n\nHi, can you send the W-2 for ", "{staff2}", " to this email? thanks"],
    ])
    out += c.t(body[0]) + c.t(body[1]) + c.t(body[2])
    return out


@gen("clean", "email-paste multiline vendor")
def g_email_clean(c):
    r = c.r
    out = c.t(r.choice(["fyi, from {vendor}:\n\n", "forwarding the vendor notice:\n", "got this from {vend}:\n\n"]))
    out += c.t("Subject: {vendor} Scheduled Maintenance – {app}\n\nDear Customer,\nMaintenance for {app} is scheduled for {mdate} starting {time}, approx. 4 hours. "
               "Patch level: {build}. Reference {vcase}.\n\nRegards,\n{vend}\n{vendor} Customer Success")
    return out


@gen("phi", "lockout structured")
def g_lockout_list_phi(c):
    r = c.r
    out = [r.choice(["lockouts since 6am:\n", "AD lockouts (top sources):\n", "Lockout report:\n"])]
    bullet = r.choice(["• ", "- ", "* "])
    for i in range(r.randint(2, 5)):
        out += [bullet] + c.t("{staff%d:user} — {ws%d} ({ip%d}) — %d attempts\n" % (i, i, i, r.randint(5, 60)))
    return out


@gen("clean", "lockout structured")
def g_lockout_list_clean(c):
    r = c.r
    out = [r.choice(["lockouts since 6am:\n", "top lockouts this week:\n"])]
    bullet = r.choice(["• ", "- ", "#"])
    for i in range(r.randint(2, 5)):
        out += [bullet if bullet != "#" else "%d. " % (i + 1)] + c.t("{staff%d} ({staff%d:user}) — {ws%d} — %d\n" % (i, i, i, r.randint(3, 40)))
    out += [r.choice(["all resolved", "", "the {site} ones are the badge reader issue"])]
    return c.t("".join(s for s in out))


@gen("phi", "records structured tsv")
def g_tsv_phi(c):
    r = c.r
    out = c.t(r.choice(["this got pasted in {chan} by mistake, deleting:\n", "misdirected spreadsheet, first rows:\n", "from the file on the stolen laptop:\n"]))
    out += ["Name\tDOB\tMRN\tPhone\n"]
    for i in range(r.randint(2, 4)):
        out += c.t("{pt%d:full}\t{dob%d}\t{mrn%d}\t{phone%d}\n" % (i, i, i, i))
    return out


@gen("phi", "breach table structured")
def g_breach_table(c):
    r = c.r
    out = ["breach notice tracker (do not share):\n| # | name | address | DOB | letter |\n|---|---|---|---|---|\n"]
    for i in range(r.randint(2, 4)):
        out += ["| %d | " % (i + 1)] + c.t("{pt%d:full} | {addr%d} | {dob%d} | %s |\n" % (i, i, i, r.choice(["sent", "returned", "pending", "sent"])))
    return out


@gen("clean", "calendar multiline")
def g_meeting_notes(c):
    r = c.r
    out = c.t(r.choice(["Privacy/Security sync — {mdate}\n", "notes from today's IAM huddle\n", "Agenda, {vendor} QBR ({mdate}, {room})\n"]))
    items = ["BTG volume {fy}: {cnt} (owner {staff:f})", "{vendor} renewal {price}, {po}", "{cve} patching at {site} — {staff2:f}",
             "Protenus go-live {mdate2}", "phish sim next {mdate3}, {dept} targeted", "{exec} wants {agg} excluded from the VIP report",
             "open tickets: {ticket}, {ticket2}", "badge readers {build} firmware"]
    r.shuffle(items)
    for it in items[:r.randint(3, 5)]:
        out += c.t(r.choice(["- ", "• ", "* "]) + it + "\n")
    return out


@gen("clean", "ticket table structured")
def g_ticket_table(c):
    r = c.r
    out = c.t("open items for {staff:f}:\n| ticket | summary | owner | due |\n|---|---|---|---|\n")
    for i in range(r.randint(2, 5)):
        summ = r.choice(["BTG prompt not firing", "Duo enrollment", "Citrix drops {site}", "{vendor} cert renewal", "{app} SSO", "PACS telnet disable",
                         "VLAN move for pumps", "offboard contractor"])
        out += c.t("| {ticket%d} | %s | {staff%d:f} | {mdate%d} |\n" % (i, summ, i + 1, i))
    return out


@gen("phi", "bot records")
def g_bot_phi(c):
    r = c.r
    out = c.t("{bot} " + r.choice(["summarize this for the privacy log:\n> ", "turn this into a ticket:\n> ", "redact this pls:\n> "]))
    out += c.t(r.choice(["{staff} (RN) accessed {pt:poss} chart, MRN {mrn}, on a day {staff:she} wasn't working. pt DOB {dob}.",
                         "caller {rel} claimed to be {pt:poss} daughter, gave DOB {dob} and address {addr}, asked for results.",
                         "user {staff:user} downloaded 1,400 records incl {pt} ({hpid}) to a USB on {ws}.",
                         "{pt}, {age}, pacemaker {dev}, called about a portal message that wasn't from us."]))
    return out


@gen("clean", "bot")
def g_bot_clean(c):
    r = c.r
    return c.t("{bot} " + r.choice([
        "summarize the last 24h of BTG alerts by dept, no patient names",
        "make a table of {vendor} contract dates: renewal {mdate}, notice {mdate2}, price {price}",
        "write a phishing awareness blurb for {dept}, mention the {fy} sim results",
        "what's the difference between an NPI and a DEA number? for the new credentialing folks",
        "draft the CAB note for {chg}: upgrade {host} to {ver}, rollback plan, window {mdate} {time}",
        "list the steps to unlock an AD account for {staff} in the {site} OU"]))


@gen("phi", "records structured")
def g_face_sheet(c):
    r = c.r
    fields = [("Name", "{pt:inv}"), ("DOB", "{dob}"), ("MRN", "{mrn}"), ("HAR", "{acct}"), ("Address", "{addr}"),
              ("Phone", "{phone}"), ("Insurance ID", "{hpid}"), ("Guarantor SSN", "{ssn}")]
    keep = [fields[0]] + r.sample(fields[1:], r.randint(2, 5))
    keep = [f for f in fields if f in keep]
    out = c.t(r.choice(["face sheet that printed at the wrong printer ({host}):\n", "what was on the paper found in the {site} lobby:\n",
                        "scanned doc in the wrong chart:\n"]))
    sep = r.choice([": ", ":\t", " - "])
    for k, v in keep:
        out += [k + sep] + c.t(v) + ["\n"]
    return out


@gen("clean", "structured")
def g_asset_list(c):
    r = c.r
    out = c.t(r.choice(["WOWs needing reimage on {bedunit}:\n", "pump fleet check (no pts assigned):\n", "decomm list for {mdate}:\n"]))
    for i in range(r.randint(3, 5)):
        out += c.t("- {asset%d} / {ws%d} / %s\n" % (i, i, r.choice(["Win10", "Win11 23H2", "needs BIOS", "ok"])))
    return out


# ---------------------------------------------------------------- assembly
TYPOS = {"the": "teh", "patient": "pateint", "please": "plz", "received": "recieved", "access": "acess",
         "because": "becuase", "account": "acount", "password": "pasword", "with": "wiht", "just": "jsut",
         "know": "konw", "which": "whcih", "their": "thier", "address": "adress", "schedule": "schedlue",
         "chart": "chrat", "again": "agian", "think": "thnik", "there": "tehre", "would": "woudl",
         "someone": "somone", "looked": "loked", "locked": "lockd", "review": "reveiw", "before": "befor",
         "can": "cna", "from": "form", "what": "waht", "report": "reprot", "thanks": "thx", "you": "u"}
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|:[a-z_]+:")


def make_frames():
    frames = []
    for t, tags in PHI_T:
        frames.append(("phi", t, tags))
    for t, tags in CLEAN_T:
        frames.append(("clean", t, tags))
    for kind, fn, tags in GENS:
        frames.append((kind, fn, tags))
    return frames


def build_once(r, frame):
    kind, body, ftags = frame
    tag_words = ftags.split()
    genders = {}
    for w in list(tag_words):
        if "=" in w:
            k, g = w.split("=")
            genders[k] = g
            tag_words.remove(w)
    keys = [m.group(1) + m.group(2) for m in SLOT.finditer(body)] if isinstance(body, str) else []
    c = Ctx(r, keys)
    for k, g in sorted(genders.items()):
        surname = c.persons["pt"].surname if k in ("rel", "vis") and "pt" in c.persons and r.random() < 0.5 else None
        c.persons[k] = Person(r, surname=surname, gender=g)
    segs = c.t(body) if isinstance(body, str) else body(c)
    # merge adjacent plain strings
    merged = []
    for s in segs:
        if isinstance(s, str) and merged and isinstance(merged[-1], str):
            merged[-1] += s
        elif s != "":
            merged.append(s)
    segs = merged
    tags = list(tag_words)
    # casual transforms
    if r.random() < 0.1 and "hl7" not in tags:
        segs = [s.lower() if isinstance(s, str) else (s[0], s[1].lower()) for s in segs]
        segs = [re.sub(r"<@u0([a-z0-9]+)>", lambda m: "<@U0" + m.group(1).upper() + ">", s) if isinstance(s, str) else s for s in segs]
        segs = [re.sub(r"<#c0", "<#C0", s) if isinstance(s, str) else s for s in segs]
        tags.append("lowercase")
    if r.random() < 0.14:
        idx = [i for i, s in enumerate(segs) if isinstance(s, str)]
        r.shuffle(idx)
        for i in idx:
            words = [w for w in sorted(TYPOS) if re.search(r"\b%s\b" % w, segs[i])]
            if words:
                w = r.choice(words)
                segs[i] = re.sub(r"\b%s\b" % w, TYPOS[w], segs[i], count=1)
                tags.append("typo")
                break
    while segs and isinstance(segs[-1], str) and segs[-1] != segs[-1].rstrip():
        segs[-1] = segs[-1].rstrip()
        if not segs[-1]:
            segs.pop()
    text_plain = "".join(s if isinstance(s, str) else s[1] for s in segs)
    if r.random() < 0.06 and not EMOJI_RE.search(text_plain):
        segs.append(" " + r.choice(EMOJI))
    text = "".join(s if isinstance(s, str) else s[1] for s in segs)
    spans = [{"type": s[0], "value": s[1]} for s in segs if not isinstance(s, str)]
    # verify: the checker's left-to-right search must land on the intended offsets
    b = text.encode("utf-8")
    pos = 0
    cur = 0
    for s in segs:
        n = len((s if isinstance(s, str) else s[1]).encode("utf-8"))
        if not isinstance(s, str):
            if b.find(s[1].encode("utf-8"), pos) != cur:
                return None
            pos = cur + n
        cur += n
    if (kind == "phi") != bool(spans):
        raise AssertionError("frame kind mismatch: %r -> %r" % (kind, text))
    # tags
    types = []
    for sp in spans:
        if TYPE_TAG[sp["type"]] not in types:
            types.append(TYPE_TAG[sp["type"]])
    tags += types
    for base in sorted(c.used_bases):
        if base in HN_TAG:
            tags.append(HN_TAG[base])
    if "facaddr" in c.used_bases or "zipcc" in c.used_bases:
        tags.append("zip-like")
    biz = "bphone" in c.tags or "bemail" in c.tags
    if spans and biz and all(sp["type"] in ("PHONE", "EMAIL") for sp in spans) and not ({"phone", "email", "fax", "xemail", "ssn"} & c.used_bases):
        tags.append("business-contact")
    for t in ("evasion", "slack-markup"):
        if t in c.tags:
            tags.append(t)
    if "\n" in text:
        tags.append("multiline")
    if EMOJI_RE.search(text):
        tags.append("emoji")
    if re.search("[\uff10-\uff19]", text):
        tags.append("fullwidth")
    if re.search("[\u200b\u200c\u200d\u2060\ufeff]", text):
        tags.append("zero-width")
    if re.search(r"<@U0|<#C0|<mailto:|<tel:|<https?://|<!here>", text) and "slack-markup" not in tags:
        tags.append("slack-markup")
    if "hipaa" not in tags and "HIPAA" in text:
        tags.append("hipaa")
    if "exec" in c.used_bases and "exec-name" not in tags:
        tags.append("exec-name")
    seen = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    return {"text": text, "spans": spans, "tags": seen}


def build(r, frame):
    for _ in range(200):
        item = build_once(r, frame)
        if item is not None:
            return item
    raise RuntimeError("could not build frame %r" % (frame[1],))


def main():
    r = random.Random(SEED)
    frames = make_frames()
    phi = [f for f in frames if f[0] == "phi"]
    clean = [f for f in frames if f[0] == "clean"]
    sched = []
    for pool, n in ((phi, N_PHI), (clean, N_CLEAN)):
        seq = []
        while len(seq) < n:
            block = list(pool)
            r.shuffle(block)
            seq.extend(block)
        sched.extend(seq[:n])
    r.shuffle(sched)
    lines = []
    for i, frame in enumerate(sched, 1):
        item = build(r, frame)
        rec = {"id": "hy-%04d" % i, "text": item["text"], "spans": item["spans"], "tags": item["tags"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d messages (%d PHI frames, %d clean frames, %d total)" % (
        OUT, len(lines), len(phi), len(clean), len(frames)))


if __name__ == "__main__":
    main()
