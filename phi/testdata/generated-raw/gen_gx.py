#!/usr/bin/env python3
"""gen_gx.py - generator of labelled chat messages for the PHI guard (corpus "gx").

Setting: a rural critical-access hospital (Cedar Basin Memorial) and its network of
community health centers: small ED and swing beds, ambulance / air transfers, FQHC front
desk, mobile clinics, school nurses, farmworker and tribal health programs, telehealth
with specialists in the city, mail-order pharmacy, and a CEO (also covering HR) who
delegates scheduling and e-mail to an assistant bot.

Standard library only, fixed seed, byte-for-byte reproducible.  Writes
generated_gx.jsonl next to this file in the raw format of check_phi_corpus.py:
{"id","text","spans":[{"type","value"}...],"tags":[...]}

Frames are sentence skeletons with placeholders:
  {TYPE.variant#key|mod}  -> a labelled span (TYPE is one of the PHI label types)
  {gen#key|mod}           -> an unlabelled filler (staff names, rooms, POs, versions...)
  #key  re-uses the same value (or, for NAME / pronouns, the same person; default person 1)
  |mod  lower / upper
Every rendered message is checked: spans found left to right by the validator's rule land
exactly where they were built, and no span value also occurs unlabelled elsewhere.
"""
import json, os, random, re, unicodedata
from datetime import date, timedelta

SEED = 20250611
N_TOTAL = 1500
N_PHI = 825
TODAY = date(2025, 6, 11)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gx.jsonl")

TYPES = ["NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
         "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"]
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id",
            "ACCOUNT_NUMBER": "account-number", "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle",
            "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address",
            "CREDIT_CARD": "credit-card"}

# ----------------------------------------------------------------------------- name pools
POOLS = {
    "anglo": (["Emily", "Hannah", "Brittany", "Shirley", "Wanda", "Megan", "Doris", "Loretta", "Bonnie",
               "Kayla", "Tammy", "Darlene", "Marjorie", "Edna", "Carol Ann", "Kristen"],
              ["Jacob", "Tyler", "Dale", "Earl", "Harold", "Wayne", "Clifford", "Cody", "Travis", "Randy",
               "Virgil", "Lyle", "Duane", "Gary", "Floyd", "Dustin"],
              ["Miller", "Johnson", "Peterson", "Hollister", "Whitaker", "Dunbar", "Pruitt", "Caldwell",
               "Hatfield", "Stroud", "Tolliver", "Barnes", "Cobb", "Ashby", "Lundquist", "Schaefer"]),
    "hispanic": (["María", "Guadalupe", "Marisol", "Xóchitl", "Yesenia", "Rosalba", "Itzel", "Nayeli",
                  "Socorro", "Leticia", "Maricruz", "Araceli", "Juana", "Dulce", "María Elena"],
                 ["José", "Jesús", "Rigoberto", "Alejandro", "Ramón", "Efraín", "Refugio", "Juan Carlos",
                  "Heriberto", "Ezequiel", "Faustino", "Arturo", "Joaquín", "Misael"],
                 ["García", "Hernández", "López", "Ramírez", "Mendoza", "Velásquez", "Cervantes",
                  "Gutiérrez", "Ochoa", "Zamora", "Sandoval", "Trujillo", "Quintero", "Barajas", "Magaña",
                  "García-López", "De la Cruz", "de los Santos", "Sánchez Ruiz", "Hernández-Soto"]),
    "afam": (["Latoya", "Tanisha", "Keisha", "Shaniqua", "Ebony", "Aaliyah", "Imani", "Latrice", "Jasmine",
              "Tameka"],
             ["DeShawn", "Jamal", "Darnell", "Tyrone", "Marquis", "Jaylen", "Andre", "Terrell", "Reginald",
              "Cornelius"],
             ["Washington", "Jefferson", "Jackson", "Freeman", "Banks", "Mosley", "Gaines", "Booker",
              "Dorsey", "Whitfield"]),
    "westafr": (["Ngozi", "Abena", "Folake", "Ama", "Chiamaka", "Adwoa", "Yetunde", "Efua"],
                ["Chinedu", "Kwame", "Oluwaseun", "Kofi", "Emeka", "Adebayo", "Yaw", "Kwabena"],
                ["Okonkwo", "Mensah", "Adeyemi", "Boateng", "Nwosu", "Asante", "Owusu", "Balogun",
                 "Oyelaran", "Agyeman"]),
    "southasian": (["Priya", "Sunita", "Harpreet", "Anjali", "Nusrat", "Deepa", "Lakshmi", "Manpreet"],
                   ["Arjun", "Rakesh", "Gurpreet", "Vikram", "Farhan", "Sandeep", "Mohan", "Jaswinder"],
                   ["Patel", "Singh", "Sharma", "Gill", "Chaudhry", "Iyer", "Reddy", "Sandhu", "Dhillon",
                    "Rahman", "Hossain"]),
    "eastasian": (["Mei-Ling", "Yuki", "Seo-yeon", "Keiko", "Xiu", "Hana", "Jiyoung"],
                  ["Hiroshi", "Min-jun", "Xiaoming", "Haruto", "Wei", "Jun-ho", "Kenji"],
                  ["Kim", "Park", "Chen", "Wang", "Tanaka", "Yamamoto", "Liu", "Zhang", "Choi", "Nakamura"]),
    "vietnamese": (["Nguyet", "Phuong", "Linh", "Hoa", "Thao", "Thuy", "Ngoc Anh"],
                   ["Minh", "Tuan", "Duc", "Quang", "Thanh", "Bao", "Huy"],
                   ["Nguyen", "Tran", "Pham", "Huynh", "Dang", "Bui", "Truong", "Vo", "Nguyen Thi"]),
    "arabic": (["Fatima", "Layla", "Mariam", "Noor", "Huda", "Amira", "Rania"],
               ["Ahmed", "Omar", "Yusuf", "Khalid", "Samir", "Tariq", "Hassan"],
               ["Haddad", "Al-Masri", "Khalil", "Abdullah", "Nasser", "Mansour", "Saleh", "Abu-Bakr",
                "El-Amin", "Hamdan", "al-Rashid"]),
    "slavic": (["Oksana", "Svetlana", "Katarzyna", "Natalia", "Zofia", "Halyna", "Yelena"],
               ["Dmitri", "Bogdan", "Miroslav", "Yuriy", "Vasyl", "Pavel", "Stanislav"],
               ["Kowalski", "Petrenko", "Ivanova", "Shevchenko", "Novak", "Wiśniewski", "Horvath",
                "Bondarenko", "Kuznetsov", "Sokolova"]),
    "irish": (["Siobhán", "Aoife", "Niamh", "Bridget", "Maeve", "Róisín"],
              ["Padraig", "Declan", "Ciarán", "Eamon", "Seamus", "Finbar"],
              ["O'Connor", "McAllister", "Byrne", "Gallagher", "Donnelly", "Fitzgerald", "Kavanagh",
               "O'Shea", "MacNamara", "Ó Briain"]),
    "jewish": (["Rivka", "Shoshana", "Yael", "Miriam", "Esther", "Chana"],
               ["Moshe", "Avi", "Mordechai", "Eli", "Shmuel", "Yitzhak", "Ari"],
               ["Cohen", "Levy", "Goldberg", "Rosenbaum", "Katz", "Friedman", "Ben-David", "Schwartz",
                "Feldman"]),
    "filipino": (["Maricel", "Rowena", "Jocelyn", "Marites", "Analyn", "Lorna", "Divina"],
                 ["Rodel", "Ferdinand", "Jun", "Arnel", "Jomar", "Rommel", "Danilo"],
                 ["Santos", "Reyes", "Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan",
                  "Pascual", "Manalo", "Tolentino"]),
    "pacific": (["Malia", "Losa", "Leilani", "Mele", "Sina", "Alohilani"],
                ["Keoni", "Sione", "Tavita", "Iosefa", "Manu", "Kalani"],
                ["Faleolo", "Tuilagi", "Kealoha", "Fifita", "Tupou", "Mahoe", "Leota", "Sapolu",
                 "Kahananui"]),
    "native": (["Winona", "Tala", "Shilah", "Ayasha", "Wenona", "Leotie", "Kimimela", "Sequoia"],
               ["Chayton", "Koda", "Dakota", "Ahanu", "Elan", "Kele", "Takoda", "Wapun"],
               ["Tallbull", "Whitehorse", "Yellowtail", "Sampson", "Sohappy", "Spotted Elk", "Two Bulls",
                "Little Light", "Whiteplume", "Redcloud", "Eagleheart", "Wallahee", "Tomaskin",
                "Running Crane", "Jim"]),
}
ORIGINS = sorted(POOLS)
WORD_FIRST = {"F": ["Hope", "Faith", "Rose", "Summer", "Grace", "Joy", "Dawn", "Autumn", "Mercy",
                    "Destiny", "Precious", "Charity", "April", "June", "Ivy", "Pearl", "Ruby", "Star",
                    "Sunny", "Crystal", "Patience", "Harmony"],
              "M": ["Will", "Hunter", "Chase", "Bill", "Buck", "Rusty", "Sonny", "Bud", "Drew", "Lance",
                    "Ray", "Mason", "Cash", "Colt", "Forrest", "Heath", "River", "Sky", "Early"]}
WORD_LAST = ["Brown", "Young", "White", "Black", "Little", "Strong", "Wolf", "Bird", "Fox", "Baker",
             "Cook", "Hill", "Rice", "Long", "Love", "Price", "Story", "Day", "Bell", "Church", "Rich",
             "Sweet", "Frost", "Snow", "Rivers", "Stone", "Wood", "Marsh", "Street", "Hope", "King",
             "Moody", "Sharp", "Good", "Friend", "Walker", "Crow"]
PARTICLE_LAST = ["van der Berg", "Van Dyke", "St. Pierre", "D'Angelo", "da Silva", "dos Santos",
                 "De Jesus", "von Ahn", "LeBlanc", "MacDonald", "di Stefano", "Smith-Yellowtail",
                 "Ortiz-Whitehorse", "Nguyen-Baker", "O'Neill-Mensah", "Ben-Haim"]
NICKS = [("Robert", "Bobby", "M"), ("William", "Billy", "M"), ("Margaret", "Peggy", "F"),
         ("Elizabeth", "Betty", "F"), ("Guadalupe", "Lupe", "F"), ("José", "Pepe", "M"),
         ("Francisco", "Paco", "M"), ("Jesús", "Chuy", "M"), ("Katherine", "Kat", "F"),
         ("Dmitri", "Dima", "M"), ("Oluwaseun", "Seun", "M"), ("Mercedes", "Meche", "F"),
         ("Ignacio", "Nacho", "M"), ("Patricia", "Trish", "F"), ("Rosario", "Chayo", "F"),
         ("Kwabena", "Kobby", "M"), ("Mohammed", "Mo", "M"), ("Theodore", "Teddy", "M"),
         ("Dorothy", "Dot", "F"), ("Mordechai", "Motti", "M"), ("Rebecca", "Becky", "F"),
         ("Wilhelmina", "Willa", "F"), ("Ferdinand", "Bong", "M"), ("Leilani", "Lani", "F"),
         ("Samuel", "Sonny", "M"), ("Harold", "Hal", "M"), ("Juan Carlos", "JC", "M"),
         ("Svetlana", "Sveta", "F"), ("Aleksandr", "Sasha", "M"), ("Eugene", "Geno", "M"),
         ("Henrietta", "Hattie", "F"), ("Consuelo", "Chelo", "F"), ("Nguyen Van Minh", "Minnie", "M"),
         ("Chukwuemeka", "Emeka", "M"), ("Abdullahi", "Abdi", "M"), ("Marites", "Tess", "F"),
         ("Josephine", "Josie", "F"), ("Winifred", "Winnie", "F"), ("Clarence", "Butch", "M")]

# staff: (first, last, role, title)   title "Dr" for physicians
STAFF = [("Adaeze", "Okafor", "ED physician", "Dr"), ("Rajesh", "Venkataraman", "hospitalist", "Dr"),
         ("Lucía", "Barragán", "FQHC medical director", "Dr"), ("Thomas", "Kettering", "family medicine", "Dr"),
         ("Haruki", "Sato", "tele-radiologist", "Dr"), ("Yosef", "Adler", "tele-neurologist", "Dr"),
         ("Ifeoma", "Eze", "pediatrician", "Dr"), ("Bart", "Lindqvist", "general surgeon", "Dr"),
         ("Rebecca", "Sampson-Fry", "family medicine", "Dr"), ("Anand", "Krishnamurthy", "cardiologist", "Dr"),
         ("Mariel", "Ocampo", "ED physician", "Dr"), ("Caleb", "Runningwater", "family medicine", "Dr"),
         ("Mai", "Nguyen-Reyes", "PA-C", ""), ("Nadia", "Haddad", "psych NP", ""),
         ("Carmen", "Villaseñor", "midwife", ""), ("Oleksandr", "Petrenko", "CRNA", ""),
         ("Grace", "Kealoha", "FNP", ""), ("Kelsey", "Marchetti", "CNO", ""), ("Tamika", "Rowe", "HIM director", ""),
         ("Jorge", "Espinoza", "IT manager", ""), ("Brandon", "Yazzie", "facilities", ""),
         ("Linh", "Tran", "pharmacy tech", ""), ("Erin", "O'Donnell", "front desk supervisor", ""),
         ("DeShawn", "Freeman", "EMS coordinator", ""), ("Priya", "Raman", "quality", ""),
         ("Svetlana", "Morozova", "lab manager", ""), ("Malia", "Faleolo", "case manager", ""),
         ("Abdi", "Warsame", "interpreter services", ""), ("Chayton", "Whitehorse", "outreach", ""),
         ("Rosa", "Delgado", "scheduler", ""), ("Hope", "Castellanos", "charge nurse", ""),
         ("Will", "Baptiste", "RN", ""), ("Gurpreet", "Bains", "pharmacist", ""),
         ("Colleen", "Fitzpatrick", "school nurse coordinator", ""), ("Ezra", "Goldfarb", "privacy officer", ""),
         ("Tuan", "Le", "biomed", ""), ("Marisela", "Ybarra", "CHW", ""), ("Joy", "Antwi", "RN", ""),
         ("Kenji", "Watanabe", "respiratory therapy", ""), ("Shawna", "Three Irons", "tribal liaison", "")]
EXECS = [("Marian Holloway-Begay", "CEO"), ("Darnell Pritchett", "CFO"), ("Ngozi Adeyemi-Clark", "COO"),
         ("Dr. Peter Lindgren", "CMO"), ("Walt Sorensen", "board chair"), ("Sharon Abernathy", "foundation director"),
         ("Luis Carrasco", "CHC executive director"), ("Ingrid Solberg", "compliance officer")]
VENDORS = ["Pacific BioMed", "ClearPath Imaging", "Summit Linen", "NorthStar Staffing", "Basin Medical Supply",
           "Columbia Courier", "Evergreen TeleRad", "Apex Pharmacy Services", "High Desert Elevator",
           "CedarNet IT", "Orchard Valley Foods", "Ridgeline Ambulance Billing"]
VREPS = ["Kyle Brandt", "Anita Deshpande", "Greg Tollefson", "Monique Baptiste", "Sergei Volkov",
         "Tiffany Huang", "Brent Oyama", "Rhonda Kessler", "Paulo Tuiasosopo", "Amal Farouk"]
PAYERS = ["Molina", "Coordinated Care", "Community Health Plan of WA", "Premera", "Regence",
          "UnitedHealthcare", "Amerigroup", "Aetna", "Tricare", "Humana Gold Plus", "Apple Health"]
PUBFIGS = ["Gov. Ferguson", "Sen. Murray", "Sen. Cantwell", "Rep. Newhouse", "Secretary Kennedy",
           "the state insurance commissioner", "Mayor Trujillo of Yakima"]
CITIES = ["Spokane", "Seattle", "Yakima", "Wenatchee", "the Tri-Cities", "Boise", "Portland"]
TOWNS = {"Alder Flats": "98952", "Two Rivers": "99137", "Dry Creek": "99122", "Larkspur": "98930",
         "Pine Hollow": "99141", "Sage Butte": "98948", "Cold Springs": "99126", "Mill Creek": "98951",
         "Coyote Wells": "98937", "Elk Prairie": "99129", "Badger Gap": "98933", "Juniper": "99151",
         "Tamarack": "98944", "Quail Ridge": "99138", "Orchard Grove": "98932", "Wapiti": "99155",
         "Saddle Rock": "98935", "Silver Bend": "99146", "Lone Pine": "98921", "Cedar Basin": "99139"}
TOWN_NAMES = list(TOWNS)
FACILITIES = ["1400 Hospital Dr, Cedar Basin WA 99139", "212 Main St, Alder Flats, WA 98952",
              "87 Railroad Ave, Two Rivers WA 99137", "3301 Orchard Rd Suite B, Larkspur WA 98930",
              "15 Agency Loop, Sage Butte, WA 98948", "44 Industrial Way, Cedar Basin WA 99139",
              "600 W Pine St, Pine Hollow WA 99141", "9 Depot St, Dry Creek WA 99122"]
FAC_ZIPS = ["99139", "98952", "99137", "98930", "98948", "99141", "99122"]
STREETS = ["Old Orchard Rd", "Coyote Canyon Rd", "Lateral C Rd", "Sagebrush Ln", "N Elm St", "Campbell Rd",
           "Bench Rd", "River Rd", "Mission Rd", "E 3rd St", "Ditch Rd", "Hop Kiln Rd", "Cherry Ln",
           "Apple Way", "Pumphouse Rd", "County Rd 14", "Fort Rd", "Badger Mountain Rd", "S 8th Ave",
           "Wild Rose Ln", "Tumbleweed Dr", "Juniper Loop", "Canal Rd", "Lone Tree Rd", "W Birch St"]
ORCHARDS = ["Vasquez Ranch", "Ramírez Orchards", "Columbia Gold Farms", "Sunrise Hops", "Big Bend Cherries",
            "Hillcrest Vineyard", "Ochoa Packing", "Tollefson Apple Co."]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
                 "basinnet.net", "live.com", "protonmail.com"]

# ----------------------------------------------------------------------------- helpers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
ORD_WORDS = [None, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
FW["-"] = "\uFF0D"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def asciify(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


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


def spell_digits(s, rng, zero=None):
    z = zero or rng.choice(["zero", "oh"])
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(z if ch == "0" else ONES[int(ch)])
        else:
            out.append(",")
    txt = " ".join(out).replace(" ,", ",")
    return txt


def spell_age(n, rng):
    units = ONES
    if n < 100:
        u = n - 90
        if u == 0:
            return "ninety"
        return rng.choice(["ninety-%s", "ninety %s", "ninety-%s"]) % units[u]
    rest = n - 100
    head = rng.choice(["one hundred", "a hundred"])
    if rest == 0:
        return head
    return rng.choice(["%s and %s", "%s %s"]) % (head, units[rest])


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    return {
        "m/d": "%d/%d" % (m, dd),
        "mm/dd": "%02d/%02d" % (m, dd),
        "m/d/yy": "%d/%d/%02d" % (m, dd, y % 100),
        "mm/dd/yyyy": "%02d/%02d/%d" % (m, dd, y),
        "m/d/yyyy": "%d/%d/%d" % (m, dd, y),
        "iso": "%d-%02d-%02d" % (y, m, dd),
        "Month d, yyyy": "%s %d, %d" % (mon, dd, y),
        "Mon d, yyyy": "%s %d, %d" % (mon[:3], dd, y),
        "Mon d yyyy": "%s %d %d" % (mon[:3], dd, y),
        "d-Mon-yyyy": "%02d-%s-%d" % (dd, mon[:3], y),
        "d-MON-yy": "%02d-%s-%02d" % (dd, mon[:3].upper(), y % 100),
        "d Month yyyy": "%d %s %d" % (dd, mon, y),
        "compact": "%02d%02d%d" % (m, dd, y),
        "m.d.yy": "%d.%d.%02d" % (m, dd, y % 100),
        "m-d-yyyy": "%d-%d-%d" % (m, dd, y),
        "mm-dd-yyyy": "%02d-%02d-%d" % (m, dd, y),
        "Mon d": "%s %d" % (mon[:3], dd),
        "Mon dth": "%s %s" % (mon[:3], ordinal(dd)),
        "Month d": "%s %d" % (mon, dd),
        "Month dth": "%s %s" % (mon, ordinal(dd)),
        "m-d": "%d-%d" % (m, dd),
        "Mon. d": "%s. %d" % (mon[:3], dd),
    }[style]


DOB_STYLES = ["mm/dd/yyyy", "mm/dd/yyyy", "m/d/yyyy", "m/d/yyyy", "iso", "Month d, yyyy", "Mon d, yyyy",
              "d-Mon-yyyy", "d-MON-yy", "m/d/yy", "mm-dd-yyyy", "d Month yyyy", "m.d.yy", "Mon d yyyy",
              "m-d-yyyy"]
EVENT_STYLES = ["m/d", "m/d", "m/d", "mm/dd", "m/d/yy", "mm/dd/yyyy", "Mon d", "Mon dth", "Month d",
                "Month dth", "iso", "d-Mon-yyyy", "m-d", "Mon. d", "m/d/yyyy", "Month d, yyyy"]
SHORT_STYLES = ["m/d", "Mon d", "Month dth", "Mon dth", "Month d"]

EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2705\u231A-\u23FF]")


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng, tmpl):
        self.rng = rng
        self.tmpl = tmpl
        self.cache = {}
        self.used = {}
        self.persons = {}
        self.want_nick = "NAME.nick" in tmpl
        self.origin_hint = None
        self.gender_hint = None
        self.last_vendor = None
        self.last_vrep = None
        self.has_age = "{AGE." in tmpl
        self._age = None
        self._adm = None

    # persons ---------------------------------------------------------------
    def person(self, key="1"):
        if key in self.persons:
            return self.persons[key]
        rng = self.rng
        for _ in range(50):
            nick = None
            origin = rng.choice(ORIGINS)
            if self.origin_hint and rng.random() < 0.93:
                origin = self.origin_hint
            elif key != "1" and "1" in self.persons and rng.random() < 0.5:
                origin = self.persons["1"]["origin"]
            if self.want_nick and key == "1":
                first, nick, g = rng.choice(NICKS)
            else:
                g = self.gender_hint if (self.gender_hint and key == "1") else rng.choice("FM")
                if rng.random() < 0.13:
                    first = rng.choice(WORD_FIRST[g])
                else:
                    first = rng.choice(POOLS[origin][0 if g == "F" else 1])
            r = rng.random()
            if r < 0.12:
                last = rng.choice(WORD_LAST)
            elif r < 0.2:
                last = rng.choice(PARTICLE_LAST)
            elif r < 0.8:
                last = rng.choice(POOLS[origin][2])
            else:
                last = rng.choice(POOLS[rng.choice(ORIGINS)][2])
            mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
            clash = False
            for p in self.persons.values():
                if first == p["first"] or last == p["last"] or first in p["last"] or last in p["first"]:
                    clash = True
            if first.split()[0] in last or last in first:
                clash = True
            if not clash:
                break
        p = {"first": first, "last": last, "mi": mi, "g": g, "nick": nick, "origin": origin}
        self.persons[key] = p
        return p

    def set_vendor(self, v):
        self.last_vendor = v
        return v

    def set_vrep(self, v):
        self.last_vrep = v
        return v

    def age(self):
        if self._age is None:
            self._age = self.rng.choice([90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 97, 97, 98, 99,
                                         100, 101, 102, 103, 104])
        return self._age

    def adm(self):
        if self._adm is None:
            rng = self.rng
            d = TODAY - timedelta(days=rng.randint(4, 75))
            self._adm = (d, d + timedelta(days=rng.randint(1, 11)), rng.choice(EVENT_STYLES))
        return self._adm


# ----------------------------------------------------------------------------- span generators
def g_NAME(ctx, var, key):
    p = ctx.person(key or "1")
    first, last, mi = p["first"], p["last"], p["mi"]
    if var == "first":
        return first, []
    if var == "last":
        return last, []
    if var == "full":
        return first + " " + last, []
    if var == "fml":
        return "%s %s. %s" % (first, mi, last), ["middle-initial"]
    if var == "inv":
        return ("%s, %s %s" % (last, first, mi)).upper(), ["inverted-name"]
    if var == "invc":
        return "%s, %s" % (last, first), ["inverted-name"]
    if var == "invu":
        return ("%s, %s" % (last, first)).upper(), ["inverted-name"]
    if var == "fLAST":
        return "%s %s" % (first, last.upper()), []
    if var == "initlast":
        return "%s. %s" % (first[0], last), []
    if var == "nick":
        return p["nick"], ["nickname"]
    if var == "samelast":
        return first + " " + ctx.person("1")["last"], []
    raise KeyError(var)


def g_DATE(ctx, var, key):
    rng = ctx.rng
    if var in ("dob", "compact"):
        if ctx.has_age:
            a = ctx.age()
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            y = TODAY.year - a - (1 if (m, d) > (TODAY.month, TODAY.day) else 0)
        else:
            y = rng.choice([rng.randint(1931, 1960), rng.randint(1950, 1990), rng.randint(1975, 2022)])
            m, d = rng.randint(1, 12), rng.randint(1, 28)
        dt = date(y, m, d)
        if var == "compact":
            return fmt_date(dt, "compact"), ["compact-date"]
        return fmt_date(dt, rng.choice(DOB_STYLES)), ["dob"]
    if var == "kiddob":
        dt = date(rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 28))
        return fmt_date(dt, rng.choice(DOB_STYLES)), ["dob"]
    if var == "spelled":
        dt = date(rng.randint(1930, 2000), rng.randint(1, 12), rng.randint(1, 28))
        y = dt.year
        yr = "nineteen " + {3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}[y // 10 % 10]
        if y % 10:
            yr += "-" + ONES[y % 10]
        return "%s %s, %s" % (MONTHS[dt.month - 1], ORD_WORDS[dt.day], yr), ["evasion", "spelled"]
    if var == "recent":
        dt = TODAY - timedelta(days=rng.randint(1, 150))
        return fmt_date(dt, rng.choice(EVENT_STYLES)), []
    if var == "future":
        dt = TODAY + timedelta(days=rng.randint(2, 120))
        return fmt_date(dt, rng.choice(EVENT_STYLES)), []
    if var == "short":
        dt = TODAY + timedelta(days=rng.randint(2, 40))
        return fmt_date(dt, rng.choice(SHORT_STYLES)), []
    if var == "adm":
        a, _, st = ctx.adm()
        return fmt_date(a, st), []
    if var == "dc":
        _, dcd, st = ctx.adm()
        return fmt_date(dcd, st), []
    raise KeyError(var)


def g_AGE(ctx, var, key):
    a = ctx.age()
    if var == "n":
        return str(a), []
    if var == "word":
        return spell_age(a, ctx.rng), ["evasion", "spelled-age"]
    raise KeyError(var)


AREAS = ["509", "509", "509", "360", "253", "206", "425", "208", "541", "971", "564"]


def phone_digits(rng):
    return (rng.choice(AREAS), str(rng.randint(2, 9)) + "%02d" % rng.randint(0, 99), "%04d" % rng.randint(0, 9999))


def fmt_phone(a, e, l, st):
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "space": "%s %s %s",
            "plus1": "+1 %s-%s-%s", "plus1sp": "+1 (%s) %s-%s", "e164": "+1%s%s%s", "plain": "%s%s%s",
            "one": "1-%s-%s-%s", "parennosp": "(%s)%s-%s", "plus1dot": "+1.%s.%s.%s"}[st] % (a, e, l)


PHONE_STYLES = ["paren", "paren", "dash", "dash", "dash", "dot", "space", "plus1", "plus1sp", "plain", "one",
                "parennosp", "plus1dot"]


def g_PHONE(ctx, var, key):
    rng = ctx.rng
    dk = ("phone-digits", key)
    if key and dk in ctx.cache:
        a, e, l = ctx.cache[dk]
    else:
        a, e, l = phone_digits(rng)
        if key:
            ctx.cache[dk] = (a, e, l)
    if var in ("any", "cell", "fax"):
        return fmt_phone(a, e, l, rng.choice(PHONE_STYLES)), []
    if var == "biz":
        v = fmt_phone(a, e, l, rng.choice(PHONE_STYLES))
        if rng.random() < 0.3:
            v += rng.choice([" ext. %d", " x%d", " ext %d", " Ext. %d"]) % rng.randint(2, 4999)
            return v, ["biz", "ext"]
        return v, ["biz"]
    if var == "ext":
        v = fmt_phone(a, e, l, rng.choice(["paren", "dash", "dot", "plus1"]))
        v += rng.choice([" ext. %d", " x%d", " ext %d", " Ext. %d", " x %d"]) % rng.randint(2, 4999)
        return v, ["biz", "ext"]
    if var == "tel":
        return fmt_phone(a, e, l, "e164"), []
    if var == "spelled":
        return spell_digits("%s-%s-%s" % (a, e, l), rng), ["evasion", "spelled"]
    if var == "fw":
        return "".join(FW.get(c, c) for c in fmt_phone(a, e, l, rng.choice(["dash", "paren", "plain"]))), ["evasion", "fullwidth"]
    if var == "zw":
        return rng.choice(["%s\u200b%s\u200b%s", "(%s)\u200c%s-\u200d%s", "%s-%s\u2060-%s"]) % (a, e, l), ["evasion", "zero-width"]
    if var == "obf":
        st = rng.choice(["spaced", "fw", "zw", "nbsp", "mixed", "spelled", "letters", "nl", "chunks"])
        digits = a + e + l
        if st == "spaced":
            return " ".join(digits), ["evasion"]
        if st == "fw":
            return "".join(FW[c] for c in "%s-%s-%s" % (a, e, l)), ["evasion", "fullwidth"]
        if st == "zw":
            return "%s\u200b%s\u200b%s" % (a, e, l), ["evasion", "zero-width"]
        if st == "nbsp":
            return "%s\u00a0%s\u00a0%s" % (a, e, l), ["evasion", "nbsp"]
        if st == "mixed":
            return "%s.%s-%s" % (a, e, l), ["evasion"]
        if st == "spelled":
            return spell_digits("%s-%s-%s" % (a, e, l), rng), ["evasion", "spelled"]
        if st == "letters":
            if "0" not in digits:
                l = "0" + l[1:]
            return ("%s-%s-%s" % (a, e, l)).replace("0", "O"), ["evasion"]
        if st == "nl":
            return "%s-%s-\n%s" % (a, e, l), ["evasion", "multiline"]
        return "%s-%s-%s-%s" % (a + e[0], e[1:], l[:2], l[2:]), ["evasion"]
    raise KeyError(var)


def email_from_person(rng, p):
    f = asciify(p["first"]).lower() or "pt"
    l = asciify(p["last"]).lower() or "x"
    pat = rng.choice(["{f}.{l}{n}", "{f}{l}", "{fi}{l}", "{l}{f}{y}", "{f}_{li}", "{f}.{l}", "{f}{n}",
                      "{l}.{f}{n}"])
    local = pat.format(f=f, l=l, fi=f[0], li=l[0], n=rng.randint(1, 99), y=rng.randint(1950, 2005))
    return local + "@" + rng.choice(EMAIL_DOMAINS)


HANDLES = ["cowgirlup", "rezdog", "sunflowerlady", "appleknocker", "hopsfarmer", "nana.bear", "elkhunter",
           "payroll.update", "desertrose", "bigsky.mom", "trucker4life", "la_morenita", "chiquis",
           "mountain.mama", "fishonwa"]


def g_EMAIL(ctx, var, key):
    rng = ctx.rng
    if var == "personal":
        return email_from_person(rng, ctx.person("1")), []
    if var == "p2":
        return email_from_person(rng, ctx.person("2")), []
    if var == "handle":
        return "%s%d@%s" % (rng.choice(HANDLES), rng.randint(1, 999), rng.choice(EMAIL_DOMAINS)), []
    if var == "work":
        f, l, _, _ = rng.choice(STAFF)
        f, l = asciify(f).lower(), asciify(l).lower()
        loc = rng.choice(["%s.%s" % (f, l), f[0] + l, "%s%s" % (f, l[0])])
        return loc + "@" + rng.choice(["cedarbasin.org", "cedarbasin.org", "basinchc.org"]), ["biz"]
    if var == "dept":
        return rng.choice(["him.requests", "patient.relations", "credentialing", "payroll", "billing.office",
                           "telehealth", "referrals"]) + "@" + rng.choice(["cedarbasin.org", "basinchc.org"]), ["biz"]
    if var == "vendor":
        f, l = (ctx.last_vrep or rng.choice(VREPS)).split(" ", 1)
        dom = asciify(ctx.last_vendor or rng.choice(VENDORS)).lower() + ".com"
        return "%s%s@%s" % (f[0].lower(), asciify(l).lower(), dom), ["biz"]
    if var in ("gov", "ihs"):
        f = rng.choice(["anna", "mark", "lori", "dean", "tomas", "kim", "ruth", "jared", "nalani", "vince"])
        l = rng.choice(["perrault", "okimoto", "sandstrom", "begay", "whitman", "rudd", "castaneda", "holm"])
        dom = "ihs.gov" if var == "ihs" else "doh.wa.gov"
        return rng.choice(["%s.%s@%s", "%s%s@%s"]) % (f, l, dom), ["biz"]
    if var == "obf":
        e = email_from_person(rng, ctx.person("1"))
        loc, dom = e.split("@")
        d1, d2 = dom.rsplit(".", 1)
        st = rng.choice(["[at] {d1} [dot] {d2}", " at {d1} dot {d2}", "(at){d1}(dot){d2}", " @ {d1} . {d2}",
                         "＠{d1}．{d2}", " AT {d1} DOT {d2}"])
        val = loc + st.format(d1=d1, d2=d2)
        if st.startswith("["):
            val = loc + " " + st.format(d1=d1, d2=d2)
        tags = ["evasion"] + (["fullwidth"] if "＠" in st else [])
        return val, tags
    raise KeyError(var)


def ssn_parts(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def g_SSN(ctx, var, key):
    rng = ctx.rng
    a, g, s = ssn_parts(rng)
    if var == "any":
        st = rng.choice(["dash", "dash", "dash", "space", "dot"])
        return {"dash": "%s-%s-%s", "space": "%s %s %s", "dot": "%s.%s.%s"}[st] % (a, g, s), []
    if var == "nosep":
        return a + g + s, ["evasion"]
    if var == "obf":
        st = rng.choice(["nosep", "mixed", "spaced", "fw", "zw", "spelled", "nbsp", "nl", "slash"])
        if st == "nosep":
            return a + g + s, ["evasion"]
        if st == "mixed":
            return rng.choice(["%s.%s-%s", "%s-%s.%s", "%s %s-%s", "%s/%s-%s"]) % (a, g, s), ["evasion"]
        if st == "spaced":
            return " ".join(a + g + s), ["evasion"]
        if st == "fw":
            return "".join(FW[c] for c in "%s-%s-%s" % (a, g, s)), ["evasion", "fullwidth"]
        if st == "zw":
            return "%s\u200b-%s\u200b-%s" % (a, g, s), ["evasion", "zero-width"]
        if st == "spelled":
            return spell_digits("%s-%s-%s" % (a, g, s), rng, zero="zero"), ["evasion", "spelled"]
        if st == "nbsp":
            return "%s\u00a0%s\u00a0%s" % (a, g, s), ["evasion", "nbsp"]
        if st == "nl":
            return "%s-%s-\n%s" % (a, g, s), ["evasion", "multiline"]
        return "%s_%s_%s" % (a, g, s), ["evasion"]
    if var == "nl":
        return "%s-%s-\n%s" % (a, g, s), ["evasion", "multiline"]
    if var == "fw":
        return "".join(FW.get(c, c) for c in rng.choice(["%s-%s-%s", "%s%s%s"]) % (a, g, s)), ["evasion", "fullwidth"]
    if var == "zw":
        return rng.choice(["%s\u200b%s\u200b%s", "%s-\u200d%s-\u200d%s", "%s\u2060%s\u2060%s"]) % (a, g, s), ["evasion", "zero-width"]
    raise KeyError(var)


def g_MRN(ctx, var, key):
    rng = ctx.rng
    if var == "obf":
        v = "%07d" % rng.randint(10000, 9999999)
        st = rng.choice(["spaced", "fw", "zw", "dots"])
        if st == "spaced":
            return " ".join(v), ["evasion"]
        if st == "fw":
            return "".join(FW[c] for c in v), ["evasion", "fullwidth"]
        if st == "zw":
            return v[:3] + "\u200b" + v[3:], ["evasion", "zero-width"]
        return ".".join([v[:3], v[3:5], v[5:]]), ["evasion"]
    st = rng.choice(["7", "7", "8", "8", "cb", "dash", "10", "e"])
    if st == "7":
        return "%07d" % rng.randint(10000, 9999999), []
    if st == "8":
        return "%08d" % rng.randint(100000, 99999999), []
    if st == "cb":
        return "CB%07d" % rng.randint(1000, 9999999), []
    if st == "dash":
        return "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)), []
    if st == "10":
        return "%010d" % rng.randint(10000, 99999999), []
    return "E%07d" % rng.randint(10000, 9999999), []


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def g_HPID(ctx, var, key):
    rng = ctx.rng
    if var == "any":
        var = rng.choice(["mbi", "medicaid", "comm"])
    if var == "mbi":
        c = [str(rng.randint(1, 9)), rng.choice(MBI_L), rng.choice(MBI_AN), str(rng.randint(0, 9)),
             rng.choice(MBI_L), rng.choice(MBI_AN), str(rng.randint(0, 9)), rng.choice(MBI_L),
             rng.choice(MBI_L), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
        s = "".join(c)
        if rng.random() < 0.4:
            return "%s-%s-%s" % (s[:4], s[4:7], s[7:]), ["mbi"]
        return s, ["mbi"]
    if var == "medicaid":
        return "%09dWA" % rng.randint(100000000, 299999999), ["medicaid"]
    if var == "comm":
        st = rng.choice(["pfx", "w", "11", "u", "zgp"])
        if st == "pfx":
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)) + "%09d" % rng.randint(0, 999999999), []
        if st == "w":
            return "W%09d" % rng.randint(0, 999999999), []
        if st == "11":
            return "%011d" % rng.randint(10 ** 9, 10 ** 11 - 1), []
        if st == "u":
            return "%09d-%02d" % (rng.randint(0, 999999999), rng.randint(0, 3)), []
        return "ZGP%08d01" % rng.randint(0, 99999999), []
    if var == "mbiobf":
        v, _ = g_HPID(ctx, "mbi", None)
        v = v.replace("-", "")
        return rng.choice([" ".join(v), "%s %s %s" % (v[:4], v[4:7], v[7:]), v.lower()]), ["evasion", "mbi"]
    if var == "fw":
        v = "%09dWA" % rng.randint(100000000, 299999999)
        return "".join(FW.get(c, c) for c in v), ["evasion", "fullwidth", "medicaid"]
    raise KeyError(var)


def g_ACCT(ctx, var, key):
    rng = ctx.rng
    if var == "any":
        var = rng.choice(["har", "guar", "pt"])
    if var == "har":
        return "4%09d" % rng.randint(0, 999999999), ["har"]
    if var == "guar":
        return "G%07d" % rng.randint(0, 9999999), ["guarantor"]
    if var == "pt":
        return "%04d-%04d-%02d" % (rng.randint(1000, 9999), rng.randint(0, 9999), rng.randint(0, 99)), []
    if var == "obf":
        v = "4%09d" % rng.randint(0, 999999999)
        return rng.choice([" ".join(v), v[:4] + "\u00a0" + v[4:], "".join(FW[c] for c in v)]), ["evasion"]
    if var == "bank":
        n = rng.randint(8, 12)
        return "".join(str(rng.randint(0, 9)) for _ in range(n)), ["bank"]
    raise KeyError(var)


def dea(rng):
    l1 = rng.choice("ABFGM")
    l2 = rng.choice("ABCDEFGHJKLMNOPRSTWYZ")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(chk)


def g_LIC(ctx, var, key):
    rng = ctx.rng
    an = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    if var == "dl":
        st = rng.choice(["wdl", "wdl", "or", "id", "old"])
        if st == "wdl":
            return "WDL" + "".join(rng.choice(an) for _ in range(9)), ["drivers-license"]
        if st == "or":
            return "%07d" % rng.randint(1000000, 9999999), ["drivers-license"]
        if st == "id":
            return "%s%06d%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
                                 rng.randint(0, 999999), rng.choice("ABCDEFGH")), ["drivers-license"]
        p = ctx.person("1")
        base = (asciify(p["last"]).upper() + "*****")[:5] + asciify(p["first"]).upper()[:1] + p["mi"]
        return base + "%03d" % rng.randint(0, 999) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), ["drivers-license"]
    if var == "dea":
        return dea(rng), ["dea"]
    if var in ("md", "rn", "pa", "rph"):
        pfx = {"md": "MD", "rn": "RN", "pa": "PA", "rph": "PH"}[var]
        return "%s60%06d" % (pfx, rng.randint(0, 999999)), ["state-license"]
    raise KeyError(var)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng):
    wmi = rng.choice(["1FT", "1GC", "3GN", "5TF", "1HG", "JTD", "2T1", "1C6", "4T1", "3FA", "1N4"])
    v = list(wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" +
             rng.choice("EFGHJKLMNPRS") + rng.choice(VIN_CHARS) + "%06d" % rng.randint(0, 999999))
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_VAL[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def g_VEH(ctx, var, key):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    if var == "vin":
        return vin(rng), ["vin"]
    if var == "plate":
        st = rng.choice(["wa", "wa", "wasp", "or", "id", "trib"])
        if st == "wa":
            return "".join(rng.choice(L) for _ in range(3)) + "%04d" % rng.randint(0, 9999), ["plate"]
        if st == "wasp":
            return "".join(rng.choice(L) for _ in range(3)) + " %04d" % rng.randint(0, 9999), ["plate"]
        if st == "or":
            return "%03d %s" % (rng.randint(0, 999), "".join(rng.choice(L) for _ in range(3))), ["plate"]
        if st == "id":
            return "%d%s %05d" % (rng.randint(1, 9), rng.choice(L), rng.randint(0, 99999)), ["plate"]
        return "YN %05d" % rng.randint(0, 99999), ["plate"]
    raise KeyError(var)


def g_DEV(ctx, var, key):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    an = L + "0123456789"
    if var == "pacer":
        return "".join(rng.choice(L) for _ in range(3)) + "%06d" % rng.randint(0, 999999) + rng.choice("HSGR"), []
    if var == "pump":
        return "NG%07d%s" % (rng.randint(0, 9999999), rng.choice("HK")), []
    if var == "cgm":
        if rng.random() < 0.5:
            return "8" + "".join(rng.choice(an) for _ in range(5)), []
        return "".join(rng.choice(an) for _ in range(10)), []
    if var == "hearing":
        return "%02d%s%05d" % (rng.randint(18, 24), rng.choice(L), rng.randint(0, 99999)), []
    if var == "cpap":
        return "23%09d" % rng.randint(0, 999999999), []
    if var == "udi":
        gtin = "0" + "%013d" % rng.randint(10 ** 12, 10 ** 13 - 1)
        exp = "%02d%02d%02d" % (rng.randint(26, 30), rng.randint(1, 12), rng.randint(1, 28))
        sn = "".join(rng.choice(L) for _ in range(3)) + "%06d" % rng.randint(0, 999999) + "H"
        return "(01)%s(17)%s(21)%s" % (gtin, exp, sn), ["udi"]
    raise KeyError(var)


def g_URL(ctx, var, key):
    rng = ctx.rng
    p = ctx.person("1")
    slug = (asciify(p["first"]) + "-" + asciify(p["last"])).lower()
    if var == "portal":
        return rng.choice([
            "https://mychart.cedarbasin.org/MyChart/Visit?pid=%07d" % rng.randint(0, 9999999),
            "https://portal.basinchc.org/patients/%07d/summary" % rng.randint(0, 9999999),
            "https://mychart.cedarbasin.org/app/messages?patientId=CB%07d" % rng.randint(0, 9999999),
            "portal.basinchc.org/p/%s-%04d" % (slug, rng.randint(0, 9999))]), []
    if var == "tele":
        return rng.choice([
            "https://telehealth.cedarbasin.org/room/%s-%04d" % (slug, rng.randint(0, 9999)),
            "https://visit.cedarbasin.org/join?pt=%07d&enc=%06d" % (rng.randint(0, 9999999), rng.randint(0, 999999)),
            "https://spokaneheart-tele.com/v/%s%d" % (slug.replace("-", ""), rng.randint(1, 99))]), []
    if var == "update":
        return rng.choice([
            "https://www.caringbridge.org/visit/%s" % slug.replace("-", ""),
            "https://www.gofundme.com/f/help-%s-get-home" % slug,
            "https://www.mealtrain.com/trains/%s%d" % (slug.replace("-", ""), rng.randint(1, 999))]), []
    raise KeyError(var)


def g_IP(ctx, var, key):
    rng = ctx.rng
    if var == "v4":
        st = rng.choice(["10", "192", "172", "pub"])
        if st == "10":
            return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), []
        if st == "192":
            return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(1, 254)), []
        if st == "172":
            return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)), []
        return "%d.%d.%d.%d" % (rng.choice([23, 44, 63, 71, 98, 104, 142, 198, 203, 216]), rng.randint(0, 255),
                                rng.randint(0, 255), rng.randint(1, 254)), []
    if var == "defang":
        v, _ = g_IP(ctx, "v4", None)
        return rng.choice([v.replace(".", "[.]"), v.replace(".", "(.)"), v.replace(".", " . ")]), ["evasion", "defanged"]
    if var == "v6":
        if rng.random() < 0.5:
            return "fe80::%x:%x:%x:%x" % tuple(rng.randint(0x100, 0xffff) for _ in range(4)), ["ipv6"]
        return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff)), ["ipv6"]
    raise KeyError(var)


def street(rng):
    num = rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
                      str(rng.randint(10000, 48999))])
    s = "%s %s" % (num, rng.choice(STREETS))
    r = rng.random()
    if r < 0.12:
        s += rng.choice([" Apt %d", " Unit %d", " #%d", " Space %d", " Trlr %d"]) % rng.randint(1, 40)
    elif r < 0.16:
        s += " Apt " + rng.choice("ABCD")
    return s


def town_zip(rng):
    t = rng.choice(TOWN_NAMES)
    z = TOWNS[t]
    if rng.random() < 0.25:
        z += "-%04d" % rng.randint(1, 9999)
    return t, z


def pobox(rng):
    return rng.choice(["PO Box %d", "P.O. Box %d", "HC %d Box %d" % (rng.randint(60, 79), rng.randint(1, 400)) + "%.0s",
                       "RR %d Box %d" % (rng.randint(1, 4), rng.randint(1, 200)) + "%.0s", "Box %d",
                       "PO BOX %d"]) % rng.randint(1, 2999)


def g_ADDR(ctx, var, key):
    rng = ctx.rng
    if var == "street":
        return street(rng), ["street"]
    if var == "rural":
        if rng.random() < 0.5:
            return "HC %d Box %d" % (rng.randint(60, 79), rng.randint(1, 400)), ["rural-route"]
        return "%d %s" % (rng.randint(1000, 48999), rng.choice(["County Rd 14", "Lateral C Rd", "Coyote Canyon Rd",
                                                               "Badger Mountain Rd", "Lone Tree Rd", "Canal Rd"])), ["rural-route"]
    if var == "full":
        t, z = town_zip(rng)
        st = rng.choice(["{s}, {t} WA {z}", "{s}, {t}, WA {z}", "{s} {t} WA {z}", "{s}, {t} Wa {z}",
                         "{s}, {t}, Washington {z}"])
        return st.format(s=street(rng), t=t, z=z), ["full-address"]
    if var == "town":
        return rng.choice(TOWN_NAMES), ["town-of-residence"]
    if var == "zip":
        t, z = town_zip(rng)
        return z, ["zip"]
    if var == "pobox":
        return pobox(rng), ["po-box"]
    if var == "poboxfull":
        t, z = town_zip(rng)
        return "%s, %s WA %s" % (pobox(rng), t, z), ["po-box"]
    raise KeyError(var)


def g_CC(ctx, var, key):
    rng = ctx.rng
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif kind == "mc":
        body = "5" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(13))
    elif kind == "disc":
        body = "6011" + "".join(str(rng.randint(0, 9)) for _ in range(11))
    else:
        body = "3" + rng.choice("47") + "".join(str(rng.randint(0, 9)) for _ in range(12))
    n = body + luhn_digit(body)
    st = rng.choice(["sp", "sp", "dash", "none"])
    if var == "obf":
        st = rng.choice(["spaced", "fw", "zw", "dots"])
        if st == "spaced":
            return " ".join(n), ["evasion"]
        if st == "fw":
            return "".join(FW[c] for c in n), ["evasion", "fullwidth"]
        if st == "zw":
            return "\u200b".join(n[i:i + 4] for i in range(0, len(n), 4)), ["evasion", "zero-width"]
        return ".".join(n[i:i + 4] for i in range(0, len(n), 4)), ["evasion"]
    if kind == "amex":
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    if st == "sp":
        return " ".join(g), []
    if st == "dash":
        return "-".join(g), []
    return n, []


SPAN_GENS = {"NAME": g_NAME, "DATE": g_DATE, "AGE": g_AGE, "PHONE": g_PHONE, "EMAIL": g_EMAIL, "SSN": g_SSN,
             "MRN": g_MRN, "HEALTH_PLAN_ID": g_HPID, "ACCOUNT_NUMBER": g_ACCT, "LICENSE_NUMBER": g_LIC,
             "VEHICLE_ID": g_VEH, "DEVICE_ID": g_DEV, "URL": g_URL, "IP_ADDRESS": g_IP, "ADDRESS": g_ADDR,
             "CREDIT_CARD": g_CC}


# ----------------------------------------------------------------------------- filler generators
def mdate(rng):
    d = TODAY + timedelta(days=rng.randint(-15, 100))
    st = rng.choice(["wd m/d", "m/d", "m/d", "Month d", "Mon dth", "Weekday the dth", "m/d/yy", "iso", "Weekday",
                     "Mon d", "Weekday m/d"])
    wd = d.weekday()
    if st == "wd m/d":
        return "%s %d/%d" % (WEEKDAYS[wd], d.month, d.day)
    if st == "Weekday the dth":
        return "%s the %s" % (WEEKDAYS_LONG[wd], ordinal(d.day))
    if st == "Weekday":
        return rng.choice(["next ", "this ", ""]) + WEEKDAYS_LONG[wd]
    if st == "Weekday m/d":
        return "%s %d/%d" % (WEEKDAYS_LONG[wd], d.month, d.day)
    return fmt_date(d, st)


def staff_pick(rng, kind):
    if kind == "dr":
        return rng.choice([s for s in STAFF if s[3] == "Dr"])
    if kind == "nondr":
        return rng.choice([s for s in STAFF if s[3] != "Dr"])
    return rng.choice(STAFF)


def npi(rng):
    body = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def P(ctx, key):
    return ctx.person(key or "1")["g"]


FILL = {
    "dr": lambda c, k: "Dr. " + staff_pick(c.rng, "dr")[1],
    "drfull": lambda c, k: "Dr. %s %s" % staff_pick(c.rng, "dr")[:2],
    "staff": lambda c, k: "%s %s" % staff_pick(c.rng, "nondr")[:2],
    "sfirst": lambda c, k: staff_pick(c.rng, "nondr")[0],
    "exec": lambda c, k: c.rng.choice(EXECS)[0],
    "exectitle": lambda c, k: "%s %s" % tuple(reversed(c.rng.choice(EXECS))),
    "ceo": lambda c, k: "Marian",
    "mention": lambda c, k: "<@U0%s>" % "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
    "atname": lambda c, k: "@" + c.rng.choice(["kelsey.m", "tamika.r", "jorge", "erin.od", "deshawn.f",
                                                "malia", "rosa.d", "abdi.w", "dr.okafor", "linh", "priya.r"]),
    "room": lambda c, k: c.rng.choice(["rm %d" % c.rng.randint(101, 124), "room %d" % c.rng.randint(1, 24),
                                       "SB%d" % c.rng.randint(1, 6), "swing bed %d" % c.rng.randint(1, 6),
                                       "Med/Surg %d" % c.rng.randint(101, 118), "bed %d" % c.rng.randint(1, 25),
                                       "2W-%d" % c.rng.randint(1, 14), "obs %d" % c.rng.randint(1, 4)]),
    "bay": lambda c, k: c.rng.choice(["ED bay %d" % c.rng.randint(1, 6), "bay %d" % c.rng.randint(1, 6),
                                      "trauma 1", "ED %d" % c.rng.randint(1, 6), "fast track %d" % c.rng.randint(1, 3),
                                      "triage %d" % c.rng.randint(1, 2)]),
    "roomno": lambda c, k: str(c.rng.choice([c.rng.randint(101, 124), c.rng.randint(1, 12)])),
    "po": lambda c, k: c.rng.choice(["%06d" % c.rng.randint(100000, 999999), "45000%05d" % c.rng.randint(0, 99999),
                                     "CB-%05d" % c.rng.randint(0, 99999)]),
    "inv": lambda c, k: c.rng.choice(["INV-%05d" % c.rng.randint(0, 99999), "%04d-%04d" % (c.rng.randint(1000, 9999), c.rng.randint(0, 9999)),
                                      "#%07d" % c.rng.randint(0, 9999999)]),
    "ticket": lambda c, k: c.rng.choice(["INC00%05d" % c.rng.randint(0, 99999), "RITM00%05d" % c.rng.randint(0, 99999),
                                         "CHG00%05d" % c.rng.randint(0, 99999), "REQ-%05d" % c.rng.randint(0, 99999)]),
    "tkt": lambda c, k: "%s-%d" % (c.rng.choice(["DEL", "FAC", "BIO", "HIM", "IT", "EVS", "FLEET"]), c.rng.randint(100, 4999)),
    "order": lambda c, k: c.rng.choice(["#%05d" % c.rng.randint(0, 99999), "ORD-%06d" % c.rng.randint(0, 999999),
                                        "%08d" % c.rng.randint(0, 99999999)]),
    "job": lambda c, k: "#%d" % c.rng.randint(1000, 99999),
    "contract": lambda c, k: "C-%d-%03d" % (c.rng.randint(2019, 2025), c.rng.randint(1, 999)),
    "permit": lambda c, k: "BP-%02d-%04d" % (c.rng.randint(23, 25), c.rng.randint(0, 9999)),
    "ir": lambda c, k: "IR-25-%04d" % c.rng.randint(0, 9999),
    "cc": lambda c, k: c.rng.choice(["%d-%03d" % (c.rng.randint(6000, 8999), c.rng.randint(100, 999)), "%d" % c.rng.randint(4000, 9999)]),
    "ver": lambda c, k: c.rng.choice(["v%d.%d.%d" % (c.rng.randint(1, 12), c.rng.randint(0, 20), c.rng.randint(0, 30)),
                                      "%d.%d" % (c.rng.randint(1, 12), c.rng.randint(0, 9)),
                                      "v%d.%d" % (c.rng.randint(1, 12), c.rng.randint(0, 9))]),
    "build": lambda c, k: c.rng.choice(["build %d.%d.%d.%d" % (c.rng.randint(2023, 2025), c.rng.randint(1, 12), c.rng.randint(0, 9), c.rng.randint(1, 40)),
                                        "Build %d.%d.%d" % (c.rng.randint(22, 25), c.rng.randint(1, 4), c.rng.randint(100, 9999)),
                                        "fw %d.%d.%d.%d" % (c.rng.randint(1, 9), c.rng.randint(0, 30), c.rng.randint(0, 9), c.rng.randint(0, 99))]),
    "extn": lambda c, k: "%d" % c.rng.randint(2000, 7999),
    "mdate": lambda c, k: mdate(c.rng),
    "mtime": lambda c, k: c.rng.choice(["10:30", "2pm", "0730", "1:15 PM", "noon", "3:45", "8am", "11", "4:30pm", "0900"]),
    "money": lambda c, k: c.rng.choice(["$%s" % format(c.rng.randint(200, 99999), ","), "$%d.%02d" % (c.rng.randint(10, 9999), c.rng.randint(0, 99)),
                                        "$%.1fM" % (c.rng.randint(5, 60) / 10.0), "$%dk" % c.rng.randint(5, 900)]),
    "count": lambda c, k: str(c.rng.randint(3, 412)),
    "n": lambda c, k: str(c.rng.randint(2, 9)),
    "pct": lambda c, k: "%d%%" % c.rng.randint(38, 99),
    "cpt": lambda c, k: c.rng.choice(["99213", "99214", "99203", "99442", "G2025", "99496", "93000", "71046",
                                      "99285", "G0438", "96372", "99309", "G0463"]),
    "icd": lambda c, k: c.rng.choice(["E11.9", "I10", "J44.1", "N39.0", "Z23", "F32.A", "R07.9", "S72.001A",
                                      "I50.9", "U07.1", "Z59.00", "T67.0XXA", "E11.65"]),
    "drug": lambda c, k: c.rng.choice(["metoprolol 25 mg", "heparin 18 units/kg/hr", "ceftriaxone 1 g IV",
                                       "insulin glargine 20 units", "apixaban 5 mg BID", "naloxone 4 mg",
                                       "ondansetron 4 mg ODT", "amoxicillin 875 mg", "furosemide 40 mg IV",
                                       "lorazepam 0.5 mg", "ketorolac 15 mg", "TXA 1 g", "albuterol 2.5 mg neb"]),
    "npi": lambda c, k: npi(c.rng),
    "group": lambda c, k: c.rng.choice(["%06d" % c.rng.randint(0, 999999), "GRP-%05d" % c.rng.randint(0, 99999),
                                        "0%d" % c.rng.randint(100000, 999999)]),
    "zoom": lambda c, k: c.rng.choice(["%d %04d %04d" % (c.rng.randint(810, 899), c.rng.randint(0, 9999), c.rng.randint(0, 9999)),
                                       "%d%04d%04d" % (c.rng.randint(810, 899), c.rng.randint(0, 9999), c.rng.randint(0, 9999))]),
    "passcode": lambda c, k: c.rng.choice(["%06d" % c.rng.randint(0, 999999), "Basin%d" % c.rng.randint(10, 99)]),
    "asset": lambda c, k: c.rng.choice(["BME-0%04d" % c.rng.randint(0, 9999), "CB-IV-%04d" % c.rng.randint(0, 9999),
                                        "AT%06d" % c.rng.randint(0, 999999)]),
    "faddr": lambda c, k: c.rng.choice(FACILITIES),
    "fzip": lambda c, k: c.rng.choice(FAC_ZIPS),
    "site": lambda c, k: c.rng.choice(TOWN_NAMES),
    "town": lambda c, k: c.rng.choice(TOWN_NAMES),
    "city": lambda c, k: c.rng.choice(CITIES),
    "year": lambda c, k: str(c.rng.randint(2016, 2024)),
    "agelow": lambda c, k: str(c.rng.randint(19, 89)),
    "bldgage": lambda c, k: str(c.rng.randint(38, 112)),
    "lot": lambda c, k: c.rng.choice(["EK%04d" % c.rng.randint(0, 9999), "FL%04dA" % c.rng.randint(0, 9999),
                                      "U%d%s" % (c.rng.randint(7000, 7999), c.rng.choice("AB"))]),
    "pubfig": lambda c, k: c.rng.choice(PUBFIGS),
    "vendor": lambda c, k: c.set_vendor(c.rng.choice(VENDORS)),
    "vrep": lambda c, k: c.set_vrep(c.rng.choice(VREPS)),
    "payer": lambda c, k: c.rng.choice(PAYERS),
    "medic": lambda c, k: c.rng.choice(["Medic %d" % c.rng.randint(1, 9), "Rescue %d" % c.rng.randint(21, 48),
                                        "Basin Air 1", "the Dry Creek volunteer rig"]),
    "orchard": lambda c, k: c.rng.choice(ORCHARDS),
    "last4": lambda c, k: "%04d" % c.rng.randint(0, 9999),
    "uid": lambda c, k: "U0" + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
    "intranet": lambda c, k: c.rng.choice(["https://intranet.cedarbasin.org/policies/HIM-%03d" % c.rng.randint(100, 400),
                                           "http://cbsharepoint/sites/nursing/Policies",
                                           "https://intranet.cedarbasin.org/forms/downtime"]),
    "zoomurl": lambda c, k: "https://cedarbasin.zoom.us/j/%d%04d%04d" % (c.rng.randint(810, 899), c.rng.randint(0, 9999), c.rng.randint(0, 9999)),
    "boardurl": lambda c, k: "https://board.cedarbasin.org/packets/2025-%02d" % c.rng.randint(1, 12),
    "puburl": lambda c, k: c.rng.choice(["https://www.cms.gov/medicare/payment/critical-access-hospitals",
                                         "https://www.hrsa.gov/rural-health", "https://doh.wa.gov/emergencies",
                                         "https://www.cdc.gov/heat-health/"]),
    "npiurl": lambda c, k: "https://npiregistry.cms.hhs.gov/",
    "emoji": lambda c, k: c.rng.choice(["🙏", "😬", "👍", "🎉", "😅", "🚑", "❤️", "🔥", "👀"]),
    # pronouns / relation words, bound to a person (key = person key, default 1)
    "she": lambda c, k: "she" if P(c, k) == "F" else "he",
    "She": lambda c, k: "She" if P(c, k) == "F" else "He",
    "her": lambda c, k: "her" if P(c, k) == "F" else "his",
    "Her": lambda c, k: "Her" if P(c, k) == "F" else "His",
    "him": lambda c, k: "her" if P(c, k) == "F" else "him",
    "herself": lambda c, k: "herself" if P(c, k) == "F" else "himself",
    "Mr": lambda c, k: c.rng.choice(["Mrs.", "Ms."]) if P(c, k) == "F" else "Mr.",
    "F": lambda c, k: P(c, k),
    "rel": lambda c, k: c.rng.choice(["daughter", "wife", "sister", "niece", "granddaughter"]
                                     if P(c, k) == "F" else ["son", "husband", "brother", "nephew", "grandson"]),
    "kid": lambda c, k: "daughter" if P(c, k) == "F" else "son",
    "parent": lambda c, k: "mom" if P(c, k) == "F" else "dad",
    "grand": lambda c, k: "grandma" if P(c, k) == "F" else "grandpa",
}
PERSON_FILL = {"herself", "she", "She", "her", "Her", "him", "Mr", "F", "rel", "kid", "parent", "grand"}

# ----------------------------------------------------------------------------- frames
# Each frame: (skeleton, "tags").  PHI frames contain at least one {TYPE.variant} span.
PHI_FRAMES = [
    # --- ED / EMS / transfers -------------------------------------------------------------
    ("ED → house: {NAME.full}, {AGE.n} y/o {F}, mechanical fall at home {DATE.recent}, L hip fx on CT. ortho in {city} says non-op, wants swing bed", "ed swing-bed referral"),
    ("transfer request\npt: {NAME.inv}\nMRN {MRN.any}\nDOB {DATE.dob}\naccepting: {drfull}, {city}\nmode: Basin Air, ETA 40 min", "transfer structured air"),
    ("can someone call {NAME.samelast#2} ({rel#2}) at {PHONE.cell}? pt came in on {medic} and nobody has reached family yet", "ed family"),
    ("{medic} en route w/ {NAME.full}, {AGE.n}, found down at {ADDRESS.full} by a neighbor ~0600. ETA 25", "ems"),
    ("lol who parked in the ambulance bay?? silver tacoma, plate {VEHICLE_ID.plate}. security says it's the husband of the lady in {bay}", "ed security"),
    ("Sheriff's deputy here asking about {NAME.full} (DL {LICENSE_NUMBER.dl}) from the MVC on {DATE.recent}. Nothing without a warrant or subpoena - {staff} in HIM has the policy", "ed records law-enforcement"),
    ("adjuster called re: crash vehicle VIN {VEHICLE_ID.vin} for {NAME.last}. told her to send a signed auth to HIM, not us", "ed records"),
    ("walk-in is {AGE.n} and drove themselves here 😂 {NAME.full}, no chart with us yet, DOB {DATE.dob}", "ed"),
    ("{mention} trauma 1 is {NAME.full} (goes by {NAME.nick}), {AGE.n}, on eliquis, GCS 14. lives alone out in {ADDRESS.town}", "ed nickname"),
    ("pls page RT to {bay} - {NAME.last|upper} desatting. also need the {rel#2}'s number, triage wrote {PHONE.any}", "ed"),
    ("ED board: {bay} – {NAME.initlast} – CP r/o ACS – {dr}", "ed board terse"),
    ("Pt eloped from {bay} ~2215. {NAME.full}, {agelow}M, grey hoodie. last known address {ADDRESS.full}. Sheriff notified", "ed elopement"),
    ("d/c'd {NAME.fml} from ED on {DATE.recent}, needs wound check in 48h at the {site} clinic, pls schedule", "ed fqhc followup"),
    ("radiology over-read came back on {NAME.invc|lower}: small ptx. can someone call pt back? cell {PHONE.any}", "ed lowercase"),
    ("POLST on file for {NAME.full}? {she}'s {AGE.word} and family says DNR but I can't find it in media tab. MRN {MRN.any}", "ed"),
    ("ED frequent visitors Q2 - {NAME.inv#1} (14 visits), {NAME.inv#2} (11), {NAME.inv#3} (9). CM to review", "ed case-mgmt list"),
    ("> Basin Air: lift off 14:32 w/ {NAME.full}, DOB {DATE.dob}, to {city}\nthanks, updated the transfer log", "air transfer forwarded"),
    ("Air transfer scrubbed for weather. {NAME.last} going by ground, {medic}; crew needs the face sheet - HAR {ACCOUNT_NUMBER.har}", "transfer account"),
    ("family at the desk: {NAME.full#2}, says {she#2}'s POA for {NAME.full}. has paperwork. ok to give an update?", "ed poa family"),
    ("need interpreter (Mixteco) for {bay}, pt {NAME.full}. {kid#2} {NAME.first#2} translating for now but {she#2}'s 12", "ed interpreter farmworker o:hispanic"),
    ("trauma activation 0312 - {NAME.full}, {agelow}, rollover on Hwy 24, flown to {city}. vehicle VIN {VEHICLE_ID.vin} per WSP", "ed trauma"),
    ("{medic} pt report: {Mr} {NAME.last}, {AGE.n}, lives at {ADDRESS.rural}, {rel#2} found {him} on the floor", "ems rural"),
    ("EMS run sheet missing for {NAME.full} ({DATE.recent}) - billing can't drop the claim w/o it", "ems billing"),
    ("ok so {NAME.first} is back in {bay} AGAIN. third time this wk. {her} {rel#2} {NAME.samelast#2} is on the way", "ed chatty"),
    # --- swing bed / inpatient ------------------------------------------------------------
    ("swing bed census this am:\n• SB1 – {NAME.inv#1}, adm {DATE.recent#a}\n• SB2 – {NAME.inv#2}, adm {DATE.recent#b}\n• SB3 – open\n• SB4 – {NAME.inv#3}, adm {DATE.recent#c}", "swing-bed census list"),
    ("PT wants to extend {NAME.last}'s swing stay to {DATE.future}. Medicare day count is at 14, {dr} ok with it", "swing-bed"),
    ("{Mr} {NAME.last} in SB2 turns {AGE.n} on {DATE.short}!! dietary is doing a cake 🎂", "swing-bed birthday"),
    ("{NAME.full} adm {DATE.adm}, dc {DATE.dc} - LOS under 96h, CAH rule ok", "inpatient cah"),
    ("readmit alert: {NAME.fml} ({MRN.any}) back within 30 days, prior d/c {DATE.recent}", "quality readmit"),
    ("hospitalist handoff\n{room}: {NAME.last}, {agelow}F, CHF exac, diuresing\n{room#2}: {NAME.last#2}, {AGE.n}M, UTI/delirium, sitter o/n", "handoff age-mixed"),
    ("fall on med/surg {DATE.recent} 0310 - {NAME.full}, no injury, incident report {ir} filed", "incident fall"),
    ("can chaplain stop by for {NAME.full}? {rel#2} says they want anointing. {she}'s {AGE.n} and declining", "inpatient chaplain"),
    ("death notification: {NAME.inv}, expired {DATE.recent} 04:12, family ({NAME.full#2}) at bedside. funeral home is Basin Valley", "death"),
    ("organ procurement called back re {NAME.last} - not a candidate. nothing else needed", "death"),
    ("{NAME.full}'s {rel#2} wants to bring the dog in to visit {room}. infection control ok w/ that?", "inpatient visitor"),
    ("d/c planning: {NAME.full} going home {DATE.future} w/ home health, lives w/ {rel#2} at {ADDRESS.street}", "discharge home-health"),
    ("swing bed referral from {city}: {NAME.full}, {AGE.n}, s/p CABG, lives in {ADDRESS.town} and wants to come home", "swing-bed referral"),
    ("care plan update for SB3 ({NAME.fLAST}) - PT goals met, OT to eval {DATE.future}", "swing-bed"),
    ("restraint order for {room} ({NAME.initlast}) expires 1400, needs renewal", "inpatient"),
    # --- FQHC front desk -----------------------------------------------------------------
    ("front desk: {NAME.full} at window 2 says {her} Apple Health ID is {HEALTH_PLAN_ID.medicaid} but eligibility shows termed {mdate}?", "fqhc insurance coverage-end"),
    ("sliding fee app - {NAME.full}, houshold of {n}, {ADDRESS.full}. needs proof of incom by Friday", "fqhc sliding-fee typo"),
    ("{NAME.first} called from {PHONE.any}, needs to move {her} {DATE.future} appt, no ride from {ADDRESS.town} that day", "fqhc scheduling"),
    ("txt remiders bouncing for {NAME.fml} - # on file {PHONE.any} disconnected. pt wrote {PHONE.cell} on the clipbaord, pls udpate", "fqhc typo"),
    ("*New patient reg*\nName: {NAME.inv}\nDOB: {DATE.dob}\nSSN: {SSN.any}\nAddr: {ADDRESS.full}\nCell: {PHONE.any}\nIns: Apple Health {HEALTH_PLAN_ID.medicaid}", "fqhc structured registration"),
    ("no SSN for this one, leave it blank - {NAME.full}, DOB {DATE.dob}. ITIN isn't required for sliding fee", "fqhc ssn-topic"),
    ("{NAME.full} (goes by {NAME.nick}) no-showed {DATE.recent}, 3rd time this yr. do we really dismiss per policy??", "fqhc no-show nickname"),
    ("quick q: {NAME.fml}'s mom is asking if the {DATE.future} well child can be telehealth. I said no bc shots", "fqhc peds"),
    ("payment plan: {NAME.last} owes $240, guarantor acct {ACCOUNT_NUMBER.guar}. ok to split into 4?", "billing money"),
    ("patient statement came back - {NAME.inv}, HAR {ACCOUNT_NUMBER.har}. new addr per phone call: {ADDRESS.full}", "billing"),
    ("{Mr} {NAME.last} in the lobby yelling about the bill, acct {ACCOUNT_NUMBER.any}. {exec} asked to be looped in", "complaint escalation billing"),
    ("VFC check for {NAME.full} (DOB {DATE.kiddob}) - Medicaid {HEALTH_PLAN_ID.medicaid}, so yes VFC stock", "fqhc peds insurance"),
    ("can billing look at {NAME.fml}? member ID {HEALTH_PLAN_ID.comm}, group {group} - claim denied for {cpt}", "billing group cpt"),
    ("MBI for {NAME.full} is {HEALTH_PLAN_ID.mbi} - the old number on the card won't work anymore", "medicare"),
    ("mbi {HEALTH_PLAN_ID.mbi} dob {DATE.dob} pls verify elig", "medicare terse lowercase"),
    ("re: {NAME.full} - Medicare card says {HEALTH_PLAN_ID.mbi}, the Advantage card says {HEALTH_PLAN_ID.comm}. which do we bill?", "medicare insurance"),
    ("Hi!! 👋 {NAME.fLAST} is here for {her} 2:40 but {she} is on our schedule for {DATE.future}. squeeze in?", "fqhc scheduling emoji"),
    ("walk-in {NAME.full}, says {she} was seen at {site} on {DATE.recent} and wants the results", "fqhc"),
    ("dental: {NAME.full} asking if {her} Medicaid {HEALTH_PLAN_ID.medicaid} covers dentures. told {him} we'd check", "fqhc dental insurance"),
    ("intake form for {NAME.full}: emergency contact {NAME.full#2} ({rel#2}), {PHONE.any}", "fqhc emergency-contact"),
    ("someone left a voicemail: 'this is {NAME.full}, my number is {PHONE.spelled}, call me about my sugar'", "fqhc voicemail evasion"),
    ("eligibility: {NAME.inv} - {payer} member {HEALTH_PLAN_ID.comm}, group {group}, PCP on file is {dr}", "insurance group"),
    # --- mobile clinic / outreach --------------------------------------------------------
    ("🚐 mobile unit at {orchard} today, saw 38. one kiddo, {NAME.first}, needs ear recheck in 10d - mom's cell {PHONE.cell}", "mobile farmworker peds emoji o:hispanic"),
    ("heat illness callbacks:\n1. {NAME.full#1} – {PHONE.any#1}\n2. {NAME.full#2} – {PHONE.any#2}\n3. {NAME.full#3} – {PHONE.any#3}", "mobile list farmworker o:hispanic"),
    ("van stop list for tmrw has {NAME.full} at {ADDRESS.street} - road's washed out past milepost 12, can we meet {him} at the grange?", "mobile"),
    ("POC A1c for {NAME.first} was 11.2 at the {site} stop; {she} lives in {ADDRESS.town} w/ no phone. who follows up?", "mobile diabetes"),
    ("BP screening at the flea market: one guy 212/118, {NAME.full}, refused EMS. gave him our card, his # is {PHONE.any}", "mobile"),
    ("mobile dental: {NAME.full}, {agelow}, extraction {DATE.recent}, needs post-op call", "mobile dental"),
    ("outreach note - {NAME.first} ({orchard} crew) says {her} {kid#2} {NAME.first#2} has had a cough since {DATE.recent}", "outreach farmworker o:hispanic"),
    ("CHW visit: {NAME.full} staying at {ADDRESS.full} w/ cousins, no fridge for insulin", "chw sdoh"),
    # --- school nurses ---------------------------------------------------------------------
    ("school nurse @ {site} Elementary: {NAME.full}, 2nd gr, CGM {DEVICE_ID.cgm} keeps losing signal. mom wants a call {PHONE.any}", "school device"),
    ("faxing asthma action plan for {NAME.fml} (DOB {DATE.kiddob}) to the HS nurse at {PHONE.fax}", "school fax"),
    ("concussion: {NAME.first} hit {her} head at practice {DATE.recent}, {parent#2} {NAME.samelast#2} says cleared? we have no note", "school"),
    ("sports physicals for {NAME.full} ({DATE.kiddob#d}) and {NAME.full#2} ({DATE.kiddob#d}) - same DOB, twins or typo?", "school sports"),
    ("immunization exemption request for {NAME.full}, gr 7, from {parent#2} {NAME.samelast#2}. email is {EMAIL.p2}", "school immunization"),
    ("insulin pump alarm at school - {NAME.first}'s pump SN {DEVICE_ID.pump}. nurse called the pump co, needs our endo to call back at {PHONE.any}", "school device"),
    ("Colleen says {NAME.full} at Juniper MS has lice again and {parent#2} won't answer {PHONE.any}", "school"),
    ("epi-pen order for {NAME.full} (DOB {DATE.kiddob}) needs to be on file before the {DATE.future} field trip", "school"),
    ("school-based clinic: {NAME.full}, 15, pregnancy test + today. minor consent applies, do NOT call {parent#2}", "school minor-consent g:F"),
    # --- farmworker / migrant --------------------------------------------------------------
    ("{NAME.full} from the {orchard} crew, heat exhaustion {DATE.recent}. foreman wants a work note but no ROI signed - don't send", "farmworker records o:hispanic"),
    ("{NAME.first} speaks Mixteco only, need interpreter for the {DATE.future} visit. {rel#2} {NAME.samelast#2} can come but works days", "farmworker interpreter o:hispanic"),
    ("pesticide exposure - {NAME.inv}, DOB {DATE.dob}, sprayed near {town} this am. poison center consulted", "farmworker o:hispanic"),
    ("H-2A worker {NAME.full} lost {her} phone; best contact is the crew lead's cell {PHONE.cell}", "farmworker o:hispanic"),
    ("migrant voucher for {NAME.full}, temp address {ADDRESS.street} (camp housing), perm address in Michoacán", "farmworker address o:hispanic"),
    ("WIC referral for {NAME.full}, EDD {DATE.future}, lives {ADDRESS.full}", "farmworker ob referral o:hispanic g:F"),
    ("el señor {NAME.last} from {orchard} came back w/ the same rash, photo in chart {MRN.any}", "farmworker spanish o:hispanic"),
    # --- tribal health ---------------------------------------------------------------------
    ("PRC approved MRI in {city} {DATE.future} for {NAME.full}, IHS chart {MRN.any}", "tribal referral o:native"),
    ("Elder {NAME.full} turns {AGE.word} next week; family asking about home health out past {ADDRESS.street}", "tribal elder o:native"),
    ("CHR home visit for {NAME.full} at {ADDRESS.rural}, BP 168/94, out of lisinopril. can pharmacy mail a 30-day?", "tribal chr o:native"),
    ("tribal police brought in {NAME.full} - enrolled member, chart # {MRN.any}. hold for eval", "tribal o:native"),
    ("{NAME.invu} - dialysis transport to {city} M/W/F, van driver needs a ph # -> {PHONE.any}", "tribal dialysis o:native"),
    ("wellbriety group: {NAME.first} relapsed, sponsor {NAME.full#2} wants a call at {PHONE.any}", "tribal behavioral o:native"),
    ("{Mr} {NAME.last} (elder, {AGE.n}) wants {her} ceremony items at bedside in {room}. ok per policy, {staff} confirmed", "tribal elder inpatient o:native"),
    ("Shawna from tribal liaison: {NAME.full}'s family will be at the Sage Butte clinic, not the house at {ADDRESS.rural}", "tribal o:native"),
    # --- telehealth ------------------------------------------------------------------------
    ("telehealth for {NAME.first}'s neuro consult: <{URL.tele}|join visit> - starts 1:30", "telehealth slack-markup"),
    ("patient portal link {URL.portal} is broken for {NAME.full}, {she} gets a 404", "telehealth portal"),
    ("cardiology in {city} wants {NAME.last}'s device check - pacer SN {DEVICE_ID.pacer}", "telehealth device"),
    ("tele-psych for {NAME.fml} moved to {DATE.future}; cart IP is {IP_ADDRESS.v4} if IT needs to look", "telehealth ip"),
    ("visit link for {NAME.full}: <{URL.tele#u}|{URL.tele#u}>", "telehealth slack-markup"),
    ("EP clinic wants the UDI for {NAME.last}'s ICD: {DEVICE_ID.udi}", "device udi"),
    ("remote monitoring flagged {NAME.full}, CPAP serial {DEVICE_ID.cpap}, usage < 2h/night", "device"),
    ("telederm photos for {NAME.fml} went to the wrong chart ({MRN.any}) - correct MRN {MRN.any#2}", "telehealth records"),
    ("family set up a page for {NAME.first}: {URL.update} - can we share with the unit? (no)", "url personal-page"),
    ("tele-stroke: {NAME.full}, LKW 1340, {AGE.n}, {dr} on camera, cart {IP_ADDRESS.v4}", "telehealth stroke"),
    # --- pharmacy / mail order -------------------------------------------------------------
    ("mail-order refill for {NAME.full} went to the old address {ADDRESS.full}; new one is {ADDRESS.full#2}", "pharmacy mail-order"),
    ("RTS: {NAME.inv}, {ADDRESS.poboxfull} - box closed. try {PHONE.any}?", "pharmacy mail-order"),
    ("card declined on {NAME.first}'s copay, {she} read {CREDIT_CARD.any} over the phone. please don't post cards in here 🙏", "pharmacy credit-card"),
    ("courier left insulin for {NAME.full} on teh porch at {ADDRESS.street}, nobody hom, 94°F out", "pharmacy courier typo"),
    ("340B: {NAME.full} rx filled {DATE.recent}, eligible encounter at {site}? need the visit", "pharmacy 340b"),
    ("refill req from {NAME.fml}, DOB {DATE.dob}, metformin 1000 mg BID, sent to mail order", "pharmacy refill"),
    ("deliveries today, route 3 - {NAME.full#1} ({ADDRESS.street#1}), {NAME.full#2} ({ADDRESS.street#2})", "pharmacy courier list"),
    ("narcan kit mailed to {NAME.full}, tracking says delivered, {she} says never got it. addr {ADDRESS.full}", "pharmacy"),
    ("mail order wants a new address for {NAME.inv}: {ADDRESS.pobox} (no street delivery out there)", "pharmacy po-box"),
    ("pharm: {NAME.full} - ins rejected, {payer} ID {HEALTH_PLAN_ID.comm} not found", "pharmacy insurance"),
    # --- CEO / assistant bot ---------------------------------------------------------------
    ("@assistant draft a condolence note to {NAME.full}'s family; {she} passed {DATE.recent} after 22 years on our board", "exec assistant death board"),
    ("assistant: set a call with {NAME.full}, the foundation donor who was in our ED {DATE.recent} - wants to complain about the wait", "exec assistant vip complaint"),
    ("put {NAME.first}'s FMLA return ({DATE.future}) on my calendar and let {her} manager know", "exec hr employee-health"),
    ("@assistant email {EMAIL.vendor} and cc {EMAIL.work} re the CT lease renewal, they want an answer by {mdate}", "exec assistant business-contact"),
    ("payroll change: {staff}, new direct deposit acct {ACCOUNT_NUMBER.bank}. file in HR only pls", "exec hr bank"),
    ("remind me to call the DOH surveyor back at {PHONE.biz}", "exec assistant business-contact"),
    ("add {drfull}'s DEA {LICENSE_NUMBER.dea} and WA license {LICENSE_NUMBER.md} to the credentialing packet - NPI {npi} already there", "credentialing npi"),
    ("expense: hotel in {city} for the WSHA meeting on the corp card {CREDIT_CARD.any}, exp 09/27", "exec credit-card expiry"),
    ("heads up: the county commissioner's {rel} {NAME.full} is in {room}. keep it quiet, no changes to the visitor list", "vip"),
    ("assistant, reply to {EMAIL.personal} (billing complaint) - say {exec} will call by Friday", "exec assistant complaint"),
    ("move my 2pm - I'm driving {NAME.first} from accounting to {her} chemo in {city} on {DATE.future}", "exec employee-health"),
    ("need {staff}'s cell for the admin on-call list: {PHONE.cell}", "exec hr"),
    ("bot, forward {EMAIL.work}'s message about the {NAME.full} complaint to risk", "exec assistant complaint"),
    ("@assistant find the W-4 for {staff}; SSN on it is {SSN.any} and payroll has a typo", "exec hr"),
    ("can you mail the get-well card to {NAME.full} (our board treasurer) at {ADDRESS.full}? {she}'s home after surgery", "exec assistant vip"),
    ("CEO inbox rule: anything from {EMAIL.personal} goes to patient relations - {she}'s the {NAME.last} complaint", "exec assistant complaint"),
    ("assistant - who is {NAME.full}? left 3 voicemails ({PHONE.any}) saying {her} {rel#2} was mistreated on {DATE.recent}", "exec complaint"),
    # --- HR / employee health --------------------------------------------------------------
    ("HR: {NAME.full} (dietary) back-to-work note after surgery {DATE.recent}, light duty til {DATE.future}", "hr employee-health"),
    ("occ health: {NAME.full}'s TB test read {DATE.recent}, negative", "hr employee-health"),
    ("needlestick - {NAME.full} (surg tech) {DATE.recent} 14:20; source pt {NAME.full#2}, MRN {MRN.any}. occ health has it", "hr employee-health"),
    ("{NAME.first} from EVS tested + for covid {DATE.recent}, out thru the weekend. don't share w/ the unit who", "hr employee-health"),
    ("workers comp: {NAME.full} hurt {her} back lifting a pt {DATE.recent}; {she}'s {agelow}, wants to see {dr}", "hr employee-health workers-comp"),
    ("EAP referral for {NAME.full} (night RN) - manager asked me to set it up, first session {DATE.future}", "hr employee-health"),
    ("fit test failed for {NAME.full} - medical exemption, seen by occ health {DATE.recent}", "hr employee-health"),
    ("FMLA paperwork for {NAME.full} (lab) - due date {DATE.future}, baby #2 🍼", "hr employee-health g:F"),
    # --- records / HIM ---------------------------------------------------------------------
    ("ROI from attorney for {NAME.full}, DOB {DATE.dob}, DOS {DATE.adm}–{DATE.dc}. auth is valid, send via secure portal", "records roi"),
    ("records from {city} Ortho for {NAME.full} came w/ MRN {MRN.any} - ours is {MRN.any#2}, pls fix", "records"),
    ("merge needed: med rec # {MRN.any} is {NAME.inv}, not {NAME.inv#2}", "records merge"),
    ("subpoena for {NAME.fml}'s chart - SSN on it is {SSN.any}, doesn't match ours (last 4 {last4})", "records last4"),
    ("amendment request from {NAME.full}: says {her} DOB is {DATE.dob} not {DATE.dob#2}", "records amendment"),
    ("fax from DSHS re {NAME.full} came to our main fax; their callback {PHONE.biz}", "records"),
    ("> From: HIM\n> re: {NAME.inv} MR# {MRN.any}\n> chart pulled for audit\nok, returning it {mdate}", "records forwarded"),
    ("scanning queue: {NAME.invc} / DOB {DATE.dob} / {MRN.any} - wrong encounter, move to {DATE.recent}", "records"),
    ("chart # {MRN.any} has two pts' labs in it ({NAME.full#1}, {NAME.full#2}), flag for HIM", "records"),
    # --- IT -------------------------------------------------------------------------------
    ("{NAME.full} can't log into the portal - {her} link {URL.portal} throws a 500. app server {IP_ADDRESS.v4}", "it portal"),
    ("fw log: {IP_ADDRESS.v4} hitting PACS on 104 all night; vendor VPN is {IP_ADDRESS.v4#2}. ticket {ticket}", "it ip ticket"),
    ("new tele cart in ED: IP {IP_ADDRESS.v4}, gateway {IP_ADDRESS.v4#2}, running {ver}", "it ip version"),
    ("ipv6 for the pharmacy robot: {IP_ADDRESS.v6} - {build}", "it ip version"),
    ("phishing report: email from {EMAIL.handle} claiming to be payroll. sender IP {IP_ADDRESS.v4}, blocked", "it phishing"),
    ("printer 2W moved to {IP_ADDRESS.v4}, print job {job} still stuck", "it printer job"),
    ("`ping {IP_ADDRESS.v4}` times out from the Alder Flats clinic - {ticket}", "it code"),
    ("VPN user {EMAIL.work} connecting from {IP_ADDRESS.v4} at 3am, is that expected?", "it"),
    # --- obfuscation / evasion -------------------------------------------------------------
    ("{her} ssn is {SSN.obf} - don't ask why {she} texted it like that", "evasion"),
    ("pt {NAME.first} says call {him} at {PHONE.obf}", "evasion"),
    ("portal invite email for {NAME.full}: {EMAIL.obf}", "evasion"),
    ("DOB {DATE.compact} / MRN {MRN.any} / {NAME.inv}", "terse compact-date"),
    ("ssn {SSN.nosep} dob {DATE.dob} name {NAME.full|lower}", "lowercase evasion terse"),
    ("member id {HEALTH_PLAN_ID.fw} for {NAME.first}", "fullwidth"),
    ("caller spelled it out: {PHONE.obf} for {NAME.full}", "evasion"),
    ("split so the bot won't catch it lol: {SSN.nl}", "evasion"),
    ("age {AGE.word}, lives {ADDRESS.town}, name {NAME.full}", "evasion terse"),
    ("ok here's {NAME.first}'s social: {SSN.obf}", "evasion chatty"),
    ("{NAME.full|lower} / {SSN.obf} / {PHONE.obf}", "evasion lowercase terse"),
    # --- complaints / escalation -----------------------------------------------------------
    ("Patient relations: {NAME.full} called {exec} directly about {her} {rel#2}'s care on {DATE.recent}. wants a callback at {PHONE.any}", "complaint escalation"),
    ("1-star review from \"{NAME.full}\" says we lost {her} mom's dentures on {DATE.recent}. CEO wants a response draft", "complaint review"),
    ("escalation: {NAME.full}'s {rel#2} threatening to call the news about the {DATE.recent} transfer delay", "complaint escalation"),
    ("grievance letter from {NAME.full}, {ADDRESS.full} - re: ED visit {DATE.recent}. 7-day ack due", "complaint grievance"),
    # --- structured / code / tables --------------------------------------------------------
    ("```\nPT: {NAME.inv}\nMRN: {MRN.any}\nHAR: {ACCOUNT_NUMBER.har}\nADM: {DATE.adm}\n```", "structured code"),
    ("transfer packet -\nname: {NAME.full}\ndob: {DATE.dob}\nins: {payer} #{HEALTH_PLAN_ID.comm}\nnok: {NAME.full#2} {PHONE.any}", "structured transfer"),
    ("`{NAME.full} | {DATE.dob} | {MRN.any} | {room}`", "structured code"),
    ("| name | dob | bed |\n|---|---|---|\n| {NAME.full#1} | {DATE.dob#1} | SB1 |\n| {NAME.full#2} | {DATE.dob#2} | SB2 |", "structured table"),
    ("*Pt:* {NAME.full}\n*DOB:* {DATE.dob}\n*Acct:* {ACCOUNT_NUMBER.any}\n*Plan:* {HEALTH_PLAN_ID.any}", "structured"),
    # --- ages -------------------------------------------------------------------------------
    ("our oldest pt this yr: {NAME.full}, {AGE.n}! still gardens 🌻", "age"),
    ("{NAME.last} ({AGE.n}yo) refusing PT again", "age terse"),
    ("{Mr} {NAME.last} turns {AGE.n} {DATE.short} - the paper wants a photo, need {her} written consent", "age birthday"),
    ("fyi {NAME.full} passed this morning. {she} was {AGE.n}. whole town knew {him} 💔", "death age"),
    ("pt is {AGE.n}, lives alone, {NAME.fml} - APS referral?", "age social-work"),
    # --- business contacts (phone / email only) -------------------------------------------
    ("lab courier contact changed: {vrep}, {PHONE.biz}, {EMAIL.vendor}", "business-contact"),
    ("locum agency: send CVs to {EMAIL.vendor}, fax {PHONE.fax}", "business-contact"),
    ("{city} Heart referral line {PHONE.ext}", "business-contact ext"),
    ("<mailto:{EMAIL.dept#e}|{EMAIL.dept#e}> is the new HIM inbox", "business-contact slack-markup"),
    ("call me on <tel:{PHONE.tel#t}|{PHONE.any#t}> if the board call drops", "business-contact slack-markup"),
    ("DOH surveyor's direct line {PHONE.biz}, email {EMAIL.gov}", "business-contact survey"),
    ("{drfull}'s cell for the call schedule: {PHONE.cell}, pager x4417", "ext call-schedule"),
    ("{vendor} rep {vrep} - {PHONE.ext} / {EMAIL.vendor}. PO {po} still open", "business-contact po"),
    ("IHS area office contact for PRC: {EMAIL.ihs}, {PHONE.biz}", "business-contact tribal"),
    ("new telepsych scheduling email {EMAIL.dept} - old one bounces", "business-contact"),
    # --- credentialing ---------------------------------------------------------------------
    ("reappointment packet for {drfull}: DEA {LICENSE_NUMBER.dea} exp {mdate}, WA {LICENSE_NUMBER.md}, ABFM certified", "credentialing"),
    ("new RN {staff}: license {LICENSE_NUMBER.rn} verified on the DOH site, lapse date 2027", "credentialing license-lapse"),
    ("CRNA {staff}'s DL {LICENSE_NUMBER.dl} for the background check", "credentialing hr"),
    ("PA {staff} - license {LICENSE_NUMBER.pa}, NPI {npi}, DEA pending", "credentialing npi"),
    ("pharmacist {staff}: {LICENSE_NUMBER.rph}, renews {mdate}", "credentialing"),
    # --- vehicles ---------------------------------------------------------------------------
    ("pt's car towed from the lot: {NAME.full}, plate {VEHICLE_ID.plate}", "vehicle"),
    ("security log: plate {VEHICLE_ID.plate} in the helipad lane again", "vehicle security"),
    ("fleet: mobile clinic van VIN {VEHICLE_ID.vin} due for registration {mdate}", "vehicle fleet"),
    ("{NAME.full}'s {rel#2} left the truck running at the ED door, WA plate {VEHICLE_ID.plate}", "vehicle ed"),
    # --- addresses -------------------------------------------------------------------------
    ("{NAME.full} lives at {ADDRESS.street} off Hwy 97 in {ADDRESS.town}", "address split"),
    ("home health intake: {ADDRESS.rural}, {NAME.full} - dirt road, gate is the second one, dogs", "home-health rural"),
    ("zip for {NAME.last} is {ADDRESS.zip}, not the clinic's {fzip}", "address zip-like"),
    ("{she} moved from {ADDRESS.town} to {ADDRESS.town#2} last month, update demographics for {NAME.fml}", "address demographics"),
    ("ambulance bill: {NAME.full}, transport {DATE.recent}, acct {ACCOUNT_NUMBER.any}, Medicaid {HEALTH_PLAN_ID.medicaid}", "ems billing"),
    ("SDOH screen: {NAME.full} couch-surfing, last stable address {ADDRESS.full}", "sdoh"),
    # --- chatty / small town ---------------------------------------------------------------
    ("omg {NAME.full} is back 😭 third time this month, {she} asked for you {atname}", "chatty emoji"),
    ("who had {NAME.last|lower} yesterday? family wants to kno if the biospy from {DATE.recent} is back", "lowercase typo"),
    ("ty!! also {NAME.first}'s mom said new number is {PHONE.any}", "chatty"),
    ("small town problem: my neighbor {NAME.full} is in {room} and keeps texting me for updates. i'm not on {her} care team, right?", "hipaa neighbor"),
    ("saw {NAME.first} at the grocery store, {she} said {she} missed the {DATE.recent} appt bc of the snow", "chatty"),
    ("reminder cards going out for {DATE.future}: {NAME.full#1}, {NAME.full#2}", "scheduling list"),
    ("the {NAME.last} kid was brought in by {grand#2} {NAME.full#2} - is {she#2} the legal guardian? no paperwork", "guardian peds"),
    ("Visitor log: {NAME.full#2} visiting {NAME.full} in {room}, 1900–2030", "visitor"),
    ("interp request: Vietnamese for {NAME.full}, {DATE.future} 9:00, {dr}", "interpreter o:vietnamese"),
    ("prior auth for {NAME.full}'s MRI denied by {payer}, member {HEALTH_PLAN_ID.comm}, CPT {cpt}", "prior-auth cpt"),
    ("got a voicemail from {NAME.full} ({PHONE.any}) about colonoscopy prep for {DATE.future}", "voicemail"),
    ("OB: {NAME.full}, G2P1, EDD {DATE.future}, wants to deliver here but we don't do OB anymore - refer to {city}", "ob referral g:F"),
    ("{NAME.fml}: A1c 9.8 on {DATE.recent}, due for eye exam. teleretina slot?", "diabetes"),
    ("home O2 vendor needs {NAME.full}'s address: {ADDRESS.full} and best phone {PHONE.any}", "dme"),
    ("Lab: critical K 6.8 on {NAME.inv}, MRN {MRN.any}, called to {dr} at 0412", "lab critical"),
    ("send-out for {NAME.fml} collected {DATE.recent}, courier lost it. recollect?", "lab"),
    ("blood bank: {NAME.full} has anti-Kell, DOB {DATE.dob}, keep on file", "lab"),
    ("rad: {NAME.invc} - CT head {DATE.recent} read by tele-rad, no bleed", "radiology"),
    ("{NAME.invc} / {DATE.dob} / {HEALTH_PLAN_ID.any}", "terse"),
    ("fwd from answering service:\n---\nCaller: {NAME.full}\nCallback: {PHONE.any}\nRe: {her} {kid#2} {NAME.first#2}, fever 103\n---", "after-hours forwarded"),
    ("after-hours line: {NAME.first} called re: rash, call back {PHONE.any} before 9", "after-hours"),
    ("portal msg from {NAME.full}: 'my new email is {EMAIL.personal}, pls update'", "portal"),
    ("portal invite went to {EMAIL.personal} but {NAME.first} says that's {her} ex's email 😬", "portal"),
    ("guardian for {NAME.full} is {NAME.full#2}, {PHONE.any}, <mailto:{EMAIL.p2#m}|{EMAIL.p2#m}>", "guardian slack-markup"),
    ("{NAME.full} SSN {SSN.any} MRN {MRN.any} - why is this in #general?? deleting", "hipaa"),
    ("@here whoever posted {NAME.last}'s DOB ({DATE.dob}) in the channel pls delete", "hipaa"),
    ("hospice referral: {NAME.full}, {AGE.n}, lives w/ {rel#2} at {ADDRESS.full}", "hospice referral"),
    ("DME: walker delivered to {NAME.full} at {ADDRESS.full}; {her} hearing aid SN {DEVICE_ID.hearing} also needs repair", "dme device"),
    ("CGM data from {NAME.first}'s sensor (SN {DEVICE_ID.cgm}) shows lows overnight", "device diabetes"),
    ("biomed: pump {asset} was on {NAME.full} when it alarmed; pump serial {DEVICE_ID.pump}", "device biomed asset"),
    ("pt {NAME.full}, acct {ACCOUNT_NUMBER.any}, card {CREDIT_CARD.any} on file for the monthly plan", "billing credit-card"),
    ("{NAME.full} dice que su número nuevo es {PHONE.any}, favor de actualizar", "spanish o:hispanic"),
    ("Mensaje de {NAME.first}: cita del {DATE.future} cancelada, no hay transporte desde {ADDRESS.town}", "spanish scheduling o:hispanic"),
    ("{rel#2} of {NAME.full} (Vietnamese-speaking) asked for updates; reach them at {PHONE.any}", "interpreter family o:vietnamese"),
    ("jail health: inmate {NAME.inv}, DOB {DATE.dob}, needs insulin at 2100", "corrections"),
    ("Rcvd fax: referal for {NAME.full}, DOB {DATE.dob}, to {drfull} - pt's phone is {PHONE.any}", "referral typo"),
    ("{Mr} {NAME.last} came in for {her} appt on {DATE.recent} but we'd moved it, {she}'s upset. apologize pls", "complaint scheduling"),
    ("pls call {NAME.first} back @ {PHONE.any} abt {her} lab rsults", "typo terse"),
    ("Dr {NAME.last} is the PATIENT here not the doc lol - {NAME.full}, retired, {room}", "vip colleague-patient"),
    ("Dr. {NAME.full} asked me to schedule {her} own colonoscopy w/ {dr} - {DATE.future}, keep it off the shared calendar", "employee-health colleague-patient"),
    # --- more obfuscation styles ------------------------------------------------------------
    ("card # {CREDIT_CARD.obf} for {NAME.first}'s payment plan - typed it weird so slack won't flag it", "evasion credit-card billing"),
    ("MRN {MRN.obf} - {NAME.invc}", "evasion terse"),
    ("defanged IOCs from the phishing email: {IP_ADDRESS.defang}, reply-to {EMAIL.handle}", "evasion it phishing"),
    ("{NAME.first}'s medicare # is {HEALTH_PLAN_ID.mbiobf}, read off the card", "evasion medicare"),
    ("dob {DATE.spelled} per the {rel#2} on the phone, pt is {NAME.full}", "evasion spelled"),
    ("cell {PHONE.fw} ← {NAME.first} typed it on {her} phone keyboard like this", "evasion"),
    ("txt from {NAME.first}: my ss# {SSN.fw}", "evasion"),
    ("acct no. {ACCOUNT_NUMBER.obf} for {NAME.fml}, statement hold", "evasion billing"),
    ("{NAME.full}\ncall: {PHONE.zw}\n(copied from the referral pdf)", "evasion referral"),
    ("pls don't laugh, pt wrote {her} number as {PHONE.obf} and {her} email as {EMAIL.obf}", "evasion"),
    ("SSN: {SSN.obf}\nDOB: {DATE.dob}\nName: {NAME.fml}", "evasion structured"),
    ("re-sending w/o dashes so it pastes: {SSN.nosep} / {HEALTH_PLAN_ID.medicaid} for {NAME.full}", "evasion fqhc"),
    ("{Mr} {NAME.last}'s caregiver says {she}'s {AGE.word} and lives by {herself} at {ADDRESS.street}", "evasion elder"),
    ("vpn logs show {IP_ADDRESS.defang} → our portal, using {NAME.full}'s login", "evasion it"),
    ("callback for {NAME.invc}: {PHONE.zw} (pasted from the fax cover sheet, looks normal but the bot missed it last time)", "evasion records"),
    ("W-9 style form from {NAME.full}'s guardian, SSN {SSN.zw}, scanned to media", "evasion records"),
]

# Clean frames: no labelled span; most are hard negatives.
CLEAN_FRAMES = [
    # --- calendar / assistant --------------------------------------------------------------
    ("@assistant move my 1:1 with {exec} to {mdate} at {mtime}", "calendar exec-name assistant"),
    ("Finance committee {mdate} {mtime} - Zoom ID {zoom}, passcode {passcode}", "calendar zoom"),
    ("find 30 min with {drfull} and {staff} before {mdate}, topic: swing bed utilization", "calendar exec-name"),
    ("Declined: Medical Staff meeting ({mdate}, 7:00 AM) - {drfull} is on call", "calendar system"),
    ("assistant, what's on my calendar {mdate}? I think {exec} has the budget review", "calendar assistant exec-name"),
    ("please block {mdate} for the rural hospital summit in {city}", "calendar"),
    ("reschedule the board retreat to {mdate} at the {town} grange hall", "calendar"),
    ("{exectitle} out {mdate}, {staff} acting", "calendar exec-name"),
    ("remind me {mdate} to sign the 340B recertification", "calendar assistant"),
    ("@assistant accept {drfull}'s invite for {mdate} {mtime}; decline the vendor lunch", "calendar assistant"),
    ("*Calendar* · Quality Council · {mdate} · {mtime} · Conf Rm B · organizer {staff}", "calendar system"),
    ("can you push my {mtime} w/ {staff} 30 min? running late from {town}", "calendar"),
    ("book me the 6am flight to Seattle {mdate}, back 2 days later, aisle", "calendar travel"),
    ("add the open enrollment deadline ({mdate}) to the all-staff email", "calendar hr deadline"),
    ("what time is {pubfig}'s visit {mdate}? need to brief {exec}", "calendar public-figure"),
    ("assistant: draft a thank-you to {vrep} at {vendor} for the {mdate} training", "assistant vendor"),
    ("@assistant summarize the {mdate} board packet for me, 5 bullets max", "assistant"),
    ("cancel the {mtime} with {exec}, I'm stuck on the pass", "calendar"),
    ("schedule med exec committee: {mdate} or {mdate#2}, whichever {drfull} can do", "calendar exec-name"),
    ("assistant, send {staff} the agenda for {mdate} and ask for the census slides", "assistant exec-name"),
    # --- facility / places -----------------------------------------------------------------
    ("the new {site} clinic at {faddr} opens {mdate} 🎉 signage invoice {inv}, {money}", "facility-address money"),
    ("the Two Rivers building is {bldgage} years old and the boiler knows it", "building-age"),
    ("snow removal contract for {faddr}: PO {po}", "facility-address po"),
    ("mobile clinic this week: Mon {site}, Tue {site#2}, Wed {site#3}", "mobile places"),
    ("all FQHC mail goes to {faddr}, not the hospital", "facility-address"),
    ("ambulance base moving to {faddr} on {mdate}", "facility-address calendar"),
    ("directions for the locum: hospital is {faddr}, park in the north lot", "facility-address"),
    ("zip on the grant app should be {fzip} (the clinic), not the admin office", "zip-like facility-address"),
    ("roof leaking in {room} again 🙄 facilities ticket {ticket}", "room ticket"),
    ("{staff} found a dead mouse in the {site} break room. ew. {tkt}", "ticket"),
    ("our {site} site is closed {mdate} for the water main repair", "facility places"),
    ("the {site} clinic sign says est. 1931 - 94 years 😂", "building-age"),
    ("The 1952 wing is getting new windows this summer", "year"),
    ("elevator inspection at {faddr} {mdate}, {vendor} onsite", "facility-address vendor"),
    ("parking lot at the {site} clinic floods every spring, can we get a quote?", "facility"),
    # --- money / finance -------------------------------------------------------------------
    ("{exectitle}: Q3 net margin -1.8%, days cash {count}. 340B savings {money}", "money exec-name"),
    ("invoice {inv} from {vendor}, {money}, cost center {cc} - approve?", "money invoice"),
    ("HRSA awarded {money} for the mobile unit, FY2026 budget period", "money grant"),
    ("swing bed interim rate is {money}/day until the cost report settles", "money swing-bed"),
    ("board packet p.14: AR days {count}, bad debt {money}", "money"),
    ("PO {po} for the Pyxis lease approved at {money}", "po money"),
    ("payroll runs {mdate}; {staff} has the timecard corrections", "hr calendar"),
    ("corp card statement due {mdate}, the one ending {last4} - just reconcile it", "money last4"),
    ("{vendor} contract {contract} renews {mdate} at +4.2%", "contract"),
    ("the {site} clinic did {count} visits in May, {pct} Medicaid", "counts"),
    ("cost report FY2024 filed; {exec} signed", "money exec-name"),
    ("budget ask for the school-based clinics: {money} for FY2027", "money"),
    ("Medicare pays CAHs 101% of reasonable cost, reminder for the board deck", "money numbers"),
    ("PO {po} / INV {inv} / {money} matched, ok to pay", "po money"),
    ("cost center {cc} is over on agency nurses by {money}", "money"),
    # --- clinical, no identifiers ----------------------------------------------------------
    ("ED volume yesterday: {count} visits, 3 transfers, 1 by air", "counts ed"),
    ("how do we bill tele follow-ups - {cpt} w/ modifier 95 or 93?", "cpt telehealth"),
    ("denials for {icd} up this month from {payer}", "icd payer"),
    ("pt in {room} needs a sitter tonight, who's free?", "room"),
    ("2 pts over 90 on swing beds this week, PT is stretched", "age-aggregate"),
    ("90-day mail-order supply for maintenance meds starts {mdate}", "duration pharmacy"),
    ("patients 90+ get the high-dose flu shot, lot {lot}", "age-aggregate"),
    ("the {agelow} y/o in {bay} is ready for d/c, waiting on a ride", "age-low room"),
    ("protocol updated: {drug} is now the default order; see intranet", "drug-dose"),
    ("{drug} is on shortgae, use {drug#2} for now", "drug-dose typo"),
    ("sepsis bundle compliance {pct} last month, goal 85%", "quality"),
    ("{count} kids vaccinated at the back-to-school event at {site} Elementary", "counts school"),
    ("stroke alert 1422, tele-neuro connected 1431 - nice work ED 👏", "ed"),
    ("any {agelow} yo w/ chest pain goes down the cath pathway, not obs", "age-low protocol"),
    ("census: 11 acute, 6 swing, 2 obs. ED holding 1", "counts"),
    ("Air transfer to {city} delayed 2h by weather; crew on standby", "air"),
    ("{medic} back in service after repair, {tkt}", "ems ticket"),
    ("we hit 100 days without a fall on med/surg! 🎉", "quality"),
    ("lab analyzer is 12 years old, replacement quote {money}", "money"),
    ("school-based clinic saw {count} students this semester", "counts school"),
    ("farmworker outreach: {count} contacts at {orchard}, 14 BP screens", "counts farmworker"),
    ("heat advisory {mdate}: 104°F expected, mobile clinic hours cut", "weather"),
    ("chart audit found {count} notes missing signatures; {staff} is following up", "quality"),
    ("can some one restock {bay}? out of 18g IVs agian", "room supplies typo"),
    ("bed board: ED 3/4, med-surg 9/12, swing 6/8", "fraction-like"),
    ("{count} pts over 89 in the county per the CHNA data", "age-aggregate"),
    ("dose check: is {drug} ok for renal pts?", "drug-dose"),
    ("{cpt} vs {cpt#2} for the new wound clinic?", "cpt"),
    ("is ICD-10 {icd} billable as primary? asking for {site}", "icd"),
    ("ICD {icd}, CPT {cpt}, modifier 25 - clean claim", "icd cpt"),
    ("swing beds {roomno} and {roomno#2} need a deep clean", "room"),
    ("drill {mdate}: mass casualty, 12 mock pts, volunteers from {site} HS", "calendar ed"),
    ("lot {lot} of the Tdap recalled? pull it from {site}", "lot"),
    ("the guy in {bay} w/ the chainsaw lac is sutured, ready for d/c", "room ed"),
    ("telepsych huddle Zoom ID {zoom}", "zoom"),
    ("reminder: {drug} now needs a second RN check", "drug-dose"),
    ("peds readiness score went from 61 to 88 🙌", "quality numbers"),
    ("tele-rad turnaround avg 22 min in May, {vendor} says it'll improve", "vendor"),
    ("fentanyl count off by 1 in {room} Pyxis, {staff} reconciling", "pharmacy room"),
    # --- HIPAA / topics --------------------------------------------------------------------
    ("reminder: no SSNs or MRNs in Slack. use secure chat", "hipaa ssn-topic mrn-topic"),
    ("MRNs go to 10 digits on {mdate}; old 7-digit MRNs get zero-padded", "mrn-topic calendar"),
    ("HIPAA training due {mdate}, we're at {pct}", "hipaa calendar"),
    ("does the new intake form still ask for SSN? legal says it shouldn't be required", "ssn-topic"),
    ("privacy reminder: small town = everyone knows everyone. don't look up your neighbors' charts", "hipaa"),
    ("policy HIM-204 effective {mdate}: fax PHI only to verified numbers", "hipaa policy-date"),
    ("texting patients? {staff} says only through the portal", "hipaa"),
    ("OCR breach notification is 60 days, not 90", "hipaa"),
    ("Q2 audit log review: 3 inappropriate access events, all counseled", "hipaa"),
    ("name + DOB is two identifiers, so yes that's PHI", "hipaa"),
    ("should the bot redact MRNs from DMs too? asking for {exec}", "mrn-topic"),
    ("the Medicare card redesign dropped SSNs years ago, MBI only now", "ssn-topic medicare"),
    ("who can see swing bed names on the whiteboard? {staff} wants initials only", "hipaa"),
    # --- IT ---------------------------------------------------------------------------------
    ("EHR upgrade to {ver} tonight, downtime 0100–0300, {build}", "version it"),
    ("print job {job} stuck on the 2W printer again", "it job"),
    ("help desk is x{extn} after hrs, dont call the main line", "ext it typo"),
    ("VPN client {ver} required by {mdate}", "version it"),
    ("ticket {ticket} closed: badge reader at {site} fixed", "ticket it"),
    ("tele cart needs {build} before the neuro go-live", "version it"),
    ("policy is on the intranet: {intranet}", "url-internal"),
    ("zoom for the all-hands: {zoomurl}", "zoom url-internal"),
    ("board portal: {boardurl} - packets up by {mdate}", "url-internal calendar"),
    ("guidance is public, no login: {puburl}", "url-public"),
    ("asset tag {asset} (IV pump) failed PM, pulled from service", "asset"),
    ("firmware 4.12.7.3 pushed to all pumps overnight", "version ip-like"),
    ("guest Wi-Fi password changed, it's at the front desk", "it"),
    ("downtime forms are in the red binder in {room}", "it room"),
    ("{staff} reset the Pyxis, order {order} reprinted", "order"),
    ("`{build}` deployed to prod, rollback plan in {ticket}", "version code"),
    ("version {ver} of the intake app broke the Spanish form", "version"),
    ("Teams audio keeps dropping on tele carts - {ticket}", "ticket"),
    ("NPI lookup is public: {npiurl}", "url-public npi"),
    ("{tkt} assigned to {staff}", "ticket"),
    ("build 10.2.0.118 of the PACS viewer is on the ED workstations", "version ip-like"),
    # --- staff / business names ------------------------------------------------------------
    ("{staff} is our new night charge nurse, welcome! 🎉", "exec-name staff"),
    ("{drfull}'s NPI is {npi}, payer enrollment submitted", "npi credentialing"),
    ("{exec} presents the CHNA at Rotary in {town} {mdate}", "exec-name calendar"),
    ("congrats to {staff} on 25 yrs at Cedar Basin 🎂", "staff"),
    ("{sfirst} from lab is covering Saturday", "staff"),
    ("PTO approved for {staff}, {mdate} + the following Monday", "hr calendar"),
    ("{drfull} is at the boards in {city} {mdate}, {dr} covering", "staff calendar"),
    ("shoutout to {staff} for driving the van through the snow yesterday ❄️", "staff"),
    ("<@{uid}> can you cover the {site} front desk at 1?", "slack-mention"),
    ("{exec} asked for the swing bed numbers by EOD", "exec-name deadline"),
    ("{staff} (pharmacy) and {staff#2} (IT) are leading the 340B audit", "staff"),
    ("interview for the CNO role: {staff} {mdate} {mtime}", "hr calendar"),
    ("{drfull} got the rural health award, photo in the newsletter", "staff"),
    ("new hire orientation {mdate}: {staff}, {staff#2}, {staff#3}", "hr calendar"),
    ("{staff} is at a conference today, {staff#2} covering registration", "staff"),
    ("Rose from the foundation board is hosting the gala {mdate}", "exec-name board"),
    ("the Brown family foundation gave {money} toward the new ambulance", "donor money"),
    ("{drfull} and {drfull#2} swapping call {mdate}", "staff calendar"),
    ("thanks {sfirst}!! 🙏", "staff"),
    ("{sfirst} can you send me the CHNA template?", "staff"),
    ("<@{uid}> <@{uid#2}> who's on for transfers tonight?", "slack-mention"),
    ("Hope everyone has a good weekend! Will do the schedule Monday", "names-as-words"),
    ("Grace period on the facility license renewal ends {mdate}", "names-as-words deadline"),
    ("{exec} wants {staff} at the legislative visit w/ {pubfig}", "exec-name public-figure"),
    ("welcome {drfull}, our new hospitalist (residency in {city}) 👋", "staff"),
    ("• {staff} – nights\n• {staff#2} – days\n• {staff#3} – float", "staff list"),
    ("site: {site}\nvisits: {count}\nno-shows: 12%\nprovider: {drfull}", "structured counts"),
    ("*System*: {staff} joined #ed-ops", "system"),
    ("*Reminder*: submit timecards by {mdate} 5pm", "system deadline"),
    ("forwarded from {exec}:\n> have the swing bed dashboard ready by {mdate}\n> thx", "forwarded deadline"),
    ("> can we use {drug} for the sedation protocol?\nyes per P&T {mdate}", "quote drug-dose"),
    # --- vendor ----------------------------------------------------------------------------
    ("{vrep} from {vendor} demoing pumps {mdate}; asset tags start at {asset}", "vendor asset"),
    ("{vendor} says order {order} ships {mdate}", "vendor order"),
    ("linen vendor shorted us again, {inv}", "vendor invoice"),
    ("{vrep} ({vendor}) wants to take {exec} to lunch - decline pls", "vendor exec-name"),
    ("teleradiology contract w/ {vendor}: {money} a year, 30-min STAT reads", "vendor money"),
    ("{vendor} rep {vrep} will be onsite {mdate}; badge at the front desk", "vendor calendar"),
    ("shipping on order {order} slipped, {vendor} blames the pass closure", "vendor order"),
    # --- public figures / places -----------------------------------------------------------
    ("{pubfig} visits the Sage Butte clinic {mdate} for the broadband announcement", "public-figure calendar"),
    ("saw {pubfig} on the news about rural hospital closures. we're on the list 😬", "public-figure"),
    ("{pubfig}'s staff asked for an ED tour; {exec} will host", "public-figure exec-name"),
    ("op-ed by {pubfig} mentions our swing bed program 🙌", "public-figure"),
    ("is the {town} food bank still doing Tuesdays? want to refer people", "places"),
    ("road to {town} closed, mobile clinic rerouted via Hwy 24", "places"),
    ("anyone kno a mechanic in {town}? the van is makign noises again", "places typo"),
    ("{city} transfer center says no beds until tonight", "places transfer"),
    ("group # {group} is the employer plan, not a member ID", "group"),
    ("{payer} group {group} renewal at {pct}", "group payer"),
    ("room {roomno} → {roomno#2} move for the swing bed pt", "room"),
    ("bed {roomno} is down for maintenance", "room"),
    ("ext {extn} is the new pharmacy line, the old one forwards", "ext"),
    ("call back x{extn} for the nursing supervisor", "ext"),
    ("permit {permit} for the helipad expansion came through", "permit"),
    ("DEA registration for the hospital pharmacy renews {mdate}", "dea-topic deadline"),
    ("{count} applications for the 2 RN openings", "counts hr"),
    ("lol the coffee maker in {room} is older than me", "chatty"),
    ("reunión de personal {mdate} a las {mtime}, sala de conferencias", "spanish calendar"),
    ("la clínica móvil no va a {site} mañana, se descompuso el generador", "spanish mobile"),
    ("{staff} pls send the {year} cost report to {exec}", "year"),
    ("`{asset}` and `{asset#2}` back from biomed", "asset code"),
    ("SSN last 4 only on the bot screen going forward - {exec}'s call", "ssn-topic last4"),
    ("the 10.4.2 patch fixed the label printer, 10.4.1 didn't", "version ip-like"),
    ("Meeting ID: {zoom}\nPasscode: {passcode}\nOne tap mobile: use the Zoom app", "zoom multiline"),
    ("swing bed occupancy FY2025: 71%, up from 58% in FY2024", "numbers fiscal"),
    ("who's the 340B contact at {vendor}? {vrep} left", "vendor"),
    ("coverage for the {site} school clinic is {staff} on Tues/Thurs", "staff school"),
    ("> ED doors locked down 0200-0215 for the drill\nok noted, told {staff}", "quote"),
    ("remind the team: NPI ≠ license number, don't mix them on the roster", "npi"),
    ("our ZIP is {fzip} for the HRSA map, not the PO box", "zip-like facility-address"),
    ("Basin Air tail number change next week, dispatch has it", "air"),
    ("🚑 {medic} and {medic#2} both out, mutual aid from {town}", "ems emoji"),
    ("2 elders over 95 in the tribal program this year, both doing well 🎉", "age-aggregate tribal"),
    ("can u sned me teh swing bed policy, {sfirst}? cant find it on {intranet}", "typo url-internal"),
    ("pharmacy robot down, manual fills til {mtime}. {ticket}", "pharmacy ticket"),
]


# ----------------------------------------------------------------------------- engine
PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z0-9_]+))?(?:#(\w+))?(?:\|(\w+))?\}")


def apply_mod(v, mod):
    if mod == "lower":
        return v.lower()
    if mod == "upper":
        return v.upper()
    if mod is None:
        return v
    raise KeyError(mod)


def fill_plain(ctx, name, key):
    if name in PERSON_FILL:
        return FILL[name](ctx, key)
    ck = ("plain", name, key)
    if key and ck in ctx.cache:
        return ctx.cache[ck]
    used = ctx.used.setdefault(("plain", name), set())
    for _ in range(20):
        v = FILL[name](ctx, key)
        if v not in used:
            break
    used.add(v)
    if key:
        ctx.cache[ck] = v
    return v


def fill_span(ctx, typ, var, key):
    if typ == "NAME":
        return SPAN_GENS[typ](ctx, var, key)
    ck = (typ, var, key)
    if key and ck in ctx.cache:
        return ctx.cache[ck]
    used = ctx.used.setdefault(typ, set())
    for _ in range(20):
        v, tags = SPAN_GENS[typ](ctx, var, key)
        if v not in used:
            break
    used.add(v)
    if key:
        ctx.cache[ck] = (v, tags)
    return v, tags


def occurrences(text, val):
    pat = "(?<![A-Za-z0-9])" + re.escape(val) + ("(?![0-9])" if val[-1:].isdigit() else "")
    return [m.start() for m in re.finditer(pat, text)]


def verify(text, spans):
    """spans: list of (type, value, char_start). Reproduce the validator and check consistency."""
    b = text.encode("utf-8")
    pos = 0
    for typ, val, cs in spans:
        vb = val.encode("utf-8")
        i = b.find(vb, pos)
        if i != len(text[:cs].encode("utf-8")):
            return False
        pos = i + len(vb)
    ranges = [(cs, cs + len(v), v) for _, v, cs in spans]
    for _, val, _ in spans:
        for s in occurrences(text, val):
            if any(a == s and v == val for a, _, v in ranges):
                continue
            if any(a <= s and s + len(val) <= e for a, e, _ in ranges):
                continue
            return False
    return True


def form_tags(text):
    t = []
    if "\n" in text:
        t.append("multiline")
    if EMOJI_RE.search(text):
        t.append("emoji")
    if any(0xFF01 <= ord(c) <= 0xFF5E for c in text):
        t.append("fullwidth")
    if any(c in text for c in "\u200b\u200c\u200d\u2060\ufeff"):
        t.append("zero-width")
    if "<@" in text or "<http" in text or "<mailto:" in text or "<tel:" in text or "`" in text \
            or re.search(r"(^|\n)> ", text) or re.search(r"\*[^*\n]+\*", text) or "• " in text \
            or re.search(r"(^|\s)@\w", text):
        t.append("slack-markup")
    letters = [c for c in text if c.isalpha()]
    if letters and text == text.lower():
        t.append("lowercase")
    return t


def render(rng, frame):
    tmpl, ftags = frame
    ftags = ftags.split()
    otags = [t for t in ftags if not t.startswith(("o:", "g:"))]
    for attempt in range(400):
        ctx = Ctx(rng, tmpl)
        for t in ftags:
            if t.startswith("o:"):
                ctx.origin_hint = t[2:]
            if t.startswith("g:"):
                ctx.gender_hint = t[2:]
        pieces = []
        extra = []
        biz = []
        pos = 0
        for m in PH.finditer(tmpl):
            pieces.append((tmpl[pos:m.start()], None))
            kind, var, key, mod = m.groups()
            if kind in SPAN_GENS:
                v, t = fill_span(ctx, kind, var, key)
                v = apply_mod(v, mod)
                pieces.append((v, kind))
                extra += t
                biz.append(kind in ("PHONE", "EMAIL") and "biz" in t)
            else:
                if var is not None:
                    raise ValueError("bad placeholder %r" % m.group(0))
                pieces.append((apply_mod(fill_plain(ctx, kind, key), mod), None))
            pos = m.end()
        pieces.append((tmpl[pos:], None))
        if "lowercase" in otags:
            pieces = [(p.lower(), t) for p, t in pieces]
        text = ""
        spans = []
        for p, t in pieces:
            if t:
                if not p:
                    raise ValueError("empty span in %r" % tmpl)
                spans.append((t, p, len(text)))
            text += p
        if verify(text, spans):
            tags = list(otags)
            for typ, _, _ in spans:
                tags.append(TYPE_TAG[typ])
            tags += [x for x in extra if x != "biz"]
            if biz and all(biz):
                tags.append("business-contact")
            tags += form_tags(text)
            tags = [x for x in tags if x not in ("phi", "clean")]
            tags = list(dict.fromkeys(tags)) + (["phi"] if spans else ["clean"])
            return text, [{"type": t, "value": v} for t, v, _ in spans], tags
    raise RuntimeError("could not render frame %r" % tmpl)


def schedule(rng, frames, n):
    """Frames without placeholders are used once; the others cycle in shuffled rounds."""
    fixed = [f for f in frames if not PH.search(f[0])]
    var = [f for f in frames if PH.search(f[0])]
    out = list(fixed)
    while len(out) < n:
        order = list(range(len(var)))
        rng.shuffle(order)
        out += [var[i] for i in order]
    return out[:n]


def main():
    rng = random.Random(SEED)
    for f in PHI_FRAMES:
        assert any(m.group(1) in SPAN_GENS for m in PH.finditer(f[0])), f
    for f in CLEAN_FRAMES:
        assert not any(m.group(1) in SPAN_GENS for m in PH.finditer(f[0])), f
    assert len(set(f[0] for f in PHI_FRAMES + CLEAN_FRAMES)) == len(PHI_FRAMES) + len(CLEAN_FRAMES)
    jobs = [(f, True) for f in schedule(rng, PHI_FRAMES, N_PHI)] + \
           [(f, False) for f in schedule(rng, CLEAN_FRAMES, N_TOTAL - N_PHI)]
    rng.shuffle(jobs)
    seen = set()
    lines = []
    pools = {True: [f for f in PHI_FRAMES if PH.search(f[0])], False: [f for f in CLEAN_FRAMES if PH.search(f[0])]}
    for i, (frame, is_phi) in enumerate(jobs, 1):
        tries = 0
        while True:
            text, spans, tags = render(rng, frame)
            if text not in seen:
                break
            tries += 1
            if tries % 20 == 0:
                frame = rng.choice(pools[is_phi])
        seen.add(text)
        assert "{" not in text and "}" not in text, text
        assert bool(spans) == is_phi
        lines.append(json.dumps({"id": "gx-%04d" % i, "text": text, "spans": spans, "tags": tags},
                                ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    n_phi = sum(1 for _, p in jobs if p)
    print("wrote %s: %d messages (%d PHI, %d clean), %d frames (%d PHI, %d clean)" % (
        OUT, len(lines), n_phi, len(lines) - n_phi, len(PHI_FRAMES) + len(CLEAN_FRAMES),
        len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
