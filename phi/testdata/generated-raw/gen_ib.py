#!/usr/bin/env python3
"""Generator for a PHI-labelled chat corpus (prefix ib).

Persona: intake and scheduling director of Ridgeline Home Health & Hospice, a home
health and hospice agency covering Perry, Juniata and Mifflin counties (PA): visits,
nurses' routes, patients' homes, caregivers and family, DME deliveries, on-call,
hospice aides, volunteers.

Standard library only, fixed seed. Writes generated_ib.jsonl next to this script in the
raw format of check_phi_corpus.py:
  {"id": "ib-0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}

Template syntax used by the frames below:
  {TYPE:gen}   a labelled value (TYPE is one of the PHI label types)
  {:gen}       an unlabelled filler
  gen may be a person attribute (p1.full, r1.first, s1.last ...) or a generator name;
  a suffix #k caches the value within one message (the same value written twice).
"""
import json
import os
import random
import re
import unicodedata

SEED = 4417
N_PHI = 385
N_CLEAN = 315

TYPES = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
         "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}


class Redraw(Exception):
    pass


# ---------------------------------------------------------------------------
# Name lists (written for this corpus), grouped by origin: F, M given names, surnames
# ---------------------------------------------------------------------------
NAMES = {
    "hispanic": (
        ["Guadalupe", "Rosa", "Maricela", "Yesenia", "Luz", "Consuelo", "Graciela",
         "Esperanza", "Marisol", "Dolores", "Xiomara", "Itzel", "Beatriz", "Socorro"],
        ["Jesús", "Alejandro", "Rigoberto", "Ernesto", "Joaquín", "Héctor", "Luis",
         "Arturo", "Efraín", "Reynaldo", "Ignacio", "Francisco"],
        ["Delgado", "Ortiz", "Castañeda", "Villarreal", "Quintero", "de la Cruz", "Sandoval",
         "Barrientos", "Montoya", "Zamora", "Ibarra", "Peña", "Gutiérrez-Rosales",
         "Del Valle", "Santiago", "Figueroa"]),
    "african_american": (
        ["Tamika", "LaToya", "Shanice", "Ernestine", "Odessa", "Beatrice", "Keisha",
         "Latrice", "Hattie", "Geneva", "Willa Mae", "Cornelia", "Precious"],
        ["DeShawn", "Tyrone", "Marcus", "Cleveland", "Otis", "Jerome", "Darnell",
         "Roosevelt", "Leroy", "Alonzo", "Cedric", "Thaddeus"],
        ["Washington", "Jefferson", "Booker", "Dorsey", "Pettaway", "Jenkins", "McCray",
         "Blackwell", "Gaines", "Whitfield", "Smith-Whitfield", "Holloway", "Toussaint"]),
    "west_african": (
        ["Chiamaka", "Adaeze", "Abena", "Ngozi", "Folake", "Efua", "Oluwaseun",
         "Yetunde", "Akosua", "Funmilayo"],
        ["Chukwuemeka", "Kwame", "Babatunde", "Kofi", "Obinna", "Yaw", "Olumide",
         "Ikechukwu", "Kwabena", "Mamadou"],
        ["Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Oyelaran", "Asante", "Eze",
         "Adebayo-Cole", "Diallo", "Owusu", "Ogunleye", "Traoré"]),
    "east_african": (
        ["Wanjiru", "Amina", "Tigist", "Hodan", "Fatuma", "Selam", "Achieng", "Saida",
         "Meseret"],
        ["Tesfaye", "Abdirahman", "Dawit", "Kiprono", "Yohannes", "Mohamed", "Otieno",
         "Bereket"],
        ["Kiprop", "Mwangi", "Tadesse", "Haile", "Abdi", "Odhiambo", "Wekesa",
         "Gebremedhin", "Warsame", "Njoroge", "Bekele"]),
    "south_asian": (
        ["Priya", "Lakshmi", "Sunita", "Farzana", "Harpreet", "Meenakshi", "Ananya",
         "Kamala", "Nasreen", "Shobha"],
        ["Rajesh", "Venkat", "Imran", "Gurpreet", "Sanjay", "Arjun", "Mohan", "Tariq",
         "Balwinder", "Ravi"],
        ["Patel", "Raghunathan", "Chaudhry", "Banerjee", "Sandhu", "Iyer", "Khan",
         "Venkataraman", "Desai", "Gill", "Rahman", "Subramaniam"]),
    "east_asian": (
        ["Mei-Ling", "Hyun-joo", "Yuki", "Xiaoyan", "Keiko", "Soo-ah", "Fumiko",
         "Jia", "Eun-ji"],
        ["Wei", "Jae-won", "Hiroshi", "Zhiwei", "Min-jun", "Kenji", "Takeshi", "Jun",
         "Sung-ho"],
        ["Chen", "Nakamura", "Park", "Zhou", "Kim", "Tanaka", "Liang", "Yoshida",
         "Huang", "Choi", "Watanabe"]),
    "southeast_asian": (
        ["Hoa", "Lan", "Mai", "Siriporn", "Dara", "Maricel", "Rowena", "Linh", "Chanthy",
         "Pa Nhia"],
        ["Minh", "Bao", "Somchai", "Rodel", "Danilo", "Tuan", "Vilay", "Teng", "Arnel"],
        ["Nguyen", "Tran", "Pham", "Santos", "Bautista", "Dela Rosa", "Phommachanh",
         "Vang", "Xiong", "Le", "Sokha", "Villanueva"]),
    "middle_eastern": (
        ["Fatima", "Layla", "Rania", "Nour", "Samira", "Maryam", "Huda", "Yasmin"],
        ["Omar", "Yousef", "Khalil", "Elias", "Hassan", "Karim", "Nabil", "Samir"],
        ["Haddad", "Al-Masri", "Nassar", "Khoury", "Farouk", "Saleh", "El-Amin",
         "Abboud", "Mansour", "Al-Khatib", "Shami"]),
    "eastern_european": (
        ["Halina", "Oksana", "Zofia", "Irina", "Milena", "Bogdana", "Jadwiga", "Ludmila",
         "Stefania"],
        ["Stanislaw", "Dmitri", "Miroslav", "Bohdan", "Andrzej", "Vasyl", "Tadeusz",
         "Nikolai", "Zoltan"],
        ["Kowalczyk", "Petrenko", "Wiśniewski", "Novak", "Horvath", "Dziedzic",
         "Shevchenko", "Babić", "Zielinski", "Kozlov", "Kowalski-Bates", "Hrabowski"]),
    "irish": (
        ["Siobhan", "Maeve", "Brigid", "Nora", "Kathleen", "Aoife", "Margaret", "Eileen",
         "Mary Catherine"],
        ["Declan", "Seamus", "Cormac", "Patrick", "Brendan", "Eamon", "Michael",
         "Cornelius", "Francis"],
        ["O'Neill", "McGillicuddy", "Fitzgerald", "O'Brien", "Donnelly", "Kavanagh",
         "MacNamara", "Sweeney", "Ó Súilleabháin", "Mulrooney", "Gallagher"]),
    "italian": (
        ["Giuseppina", "Rosaria", "Carmela", "Antonella", "Lucia", "Concetta",
         "Filomena", "Annunziata"],
        ["Salvatore", "Vincenzo", "Carmine", "Domenico", "Angelo", "Giovanni", "Pasquale"],
        ["Esposito", "DiMarco", "Lombardi", "Capobianco", "Russo", "D'Agostino",
         "LaRocca", "Di Stefano", "Mastrangelo", "De Luca"]),
    "native_american": (
        ["Winona", "Lorraine", "Delphine", "Cheyenne", "Nizhoni", "Marlene", "Waneta"],
        ["Wendell", "Nathaniel", "Loren", "Roderick", "Hiawatha", "Raymond", "Dale"],
        ["Begay", "Yazzie", "Tsosie", "Two Bulls", "Whitehorse", "Redcloud", "Lone Elk",
         "Harjo", "Tallchief", "Bowman"]),
    "pacific_islander": (
        ["Leilani", "Malia", "Mele", "Sina", "Losana", "Kalena", "Noelani"],
        ["Keoni", "Sione", "Tavita", "Kainoa", "Pita", "Semisi", "Makoa"],
        ["Fonoti", "Tuiasosopo", "Kealoha", "Fifita", "Mahoe", "Taufa", "Leota",
         "Kahananui", "Vaifale"]),
    "pa_rural": (
        ["Mildred", "Dorothy", "Arlene", "Shirley", "Barbara", "Wanda", "Loretta", "Edna",
         "Elizabeth", "Verna", "Mary", "Sadie", "Ruthann"],
        ["Harold", "Eugene", "Lester", "Wayne", "Merle", "Elmer", "Robert", "William",
         "Joseph", "Clair", "Dwight", "Earl"],
        ["Zook", "Stoltzfus", "Hershberger", "Kauffman", "Shope", "Van Dyke", "Yoder",
         "Brubaker", "Lauver", "Snyder", "Fultz", "Bixler", "St. Pierre", "LeBlanc",
         "van der Berg", "McAlister", "Kepner", "Shumaker"]),
}
ORIGINS = list(NAMES)
NICKNAMES = {
    "Margaret": "Peggy", "Dorothy": "Dot", "Barbara": "Babs", "Robert": "Bobby",
    "William": "Bill", "Giuseppina": "Pina", "Guadalupe": "Lupe", "Oluwaseun": "Seun",
    "Chukwuemeka": "Emeka", "Babatunde": "Tunde", "Salvatore": "Sal", "Vincenzo": "Vinny",
    "Stanislaw": "Stash", "Elizabeth": "Betty", "Patrick": "Paddy", "Harold": "Hal",
    "Eugene": "Gene", "Jesús": "Chuy", "Alejandro": "Alex", "Kathleen": "Kay",
    "Mildred": "Millie", "Domenico": "Mimmo", "Francisco": "Paco", "Dmitri": "Dima",
    "Joseph": "Joe", "Cornelius": "Neil", "Mary Catherine": "Mary Kate", "Ikechukwu": "Ike",
    "Concetta": "Connie", "Annunziata": "Nancy", "Socorro": "Coco", "Funmilayo": "Funmi",
    "Abdirahman": "Abdi", "Thaddeus": "Tad", "Willa Mae": "Billie", "Ruthann": "Ruthie",
    "Meenakshi": "Meena", "Venkat": "Venki", "Tadeusz": "Ted", "Cleveland": "Cleve",
    "Francis": "Frank", "Giovanni": "Gianni", "Pasquale": "Pat", "Ludmila": "Lyuda",
    "Filomena": "Mena", "Michael": "Mick",
}

STAFF_ROLES = ["RN", "LPN", "HHA", "PT", "OT", "SLP", "MSW", "chaplain", "RN case manager",
               "hospice aide", "on-call RN", "PTA", "COTA"]
EXEC_TITLES = ["our CEO", "the CFO", "the COO", "our VP of Operations", "the board chair",
               "our Administrator", "the Director of Nursing", "our compliance officer"]

TOWNS = [("Newport", "17074"), ("Ickesburg", "17037"), ("Loysville", "17047"),
         ("Blain", "17006"), ("Landisburg", "17040"), ("Duncannon", "17020"),
         ("Marysville", "17053"), ("Liverpool", "17045"), ("Millerstown", "17062"),
         ("New Bloomfield", "17068"), ("Elliottsburg", "17024"), ("Shermans Dale", "17090"),
         ("Mifflintown", "17059"), ("Thompsontown", "17094"), ("Port Royal", "17082"),
         ("McAlisterville", "17049"), ("Richfield", "17086"), ("Honey Grove", "17035"),
         ("Lewistown", "17044"), ("Reedsville", "17084"), ("Belleville", "17004"),
         ("Allensville", "17002"), ("Burnham", "17009"), ("McVeytown", "17051"),
         ("Milroy", "17063"), ("Yeagertown", "17099"), ("Mount Union", "17066")]
STREETS = ["Shermans Valley Rd", "Pfoutz Valley Rd", "Tuscarora Path", "Bixler Rd",
           "Red Hill Rd", "Church St", "High St", "Kistler Rd", "Sunset Ln",
           "Limestone Ridge Rd", "Orchard Dr", "Valley View Ln", "Horse Valley Rd",
           "Buffalo Hill Rd", "Stony Run Rd", "Mill Creek Rd", "Back Mountain Rd",
           "Kishacoquillas St", "Honey Creek Rd", "Locust Grove Rd", "Cider Press Rd",
           "N 4th St", "W Main St", "Maple Ave", "Ridge Rd", "Tunnel Hill Rd",
           "Fort Robinson Rd", "Hench Rd", "Brown's Mill Rd", "Juniata Pkwy",
           "Old Route 22", "Cedar Spring Ln", "Pine St", "Chestnut Ridge Rd"]

OFFICES = [("Newport office", "118 N 2nd St, Newport, PA 17074"),
           ("Mifflintown office", "301 Washington Ave, Mifflintown PA 17059"),
           ("Lewistown office", "25 W Market St, Suite 200, Lewistown, PA 17044")]
FACS = ["Newport office", "Mifflintown office", "Lewistown office", "hospice house",
        "main office"]
TEAMS = ["Perry team", "Juniata team", "Mifflin team", "hospice team", "Newport team"]
COUNTIES = ["Perry", "Juniata", "Mifflin"]
HOSPS = ["Geisinger Lewistown", "Holy Spirit", "PSH Hampden", "UPMC Harrisburg",
         "Hershey Med", "Mount Nittany", "JC Blair", "Carlisle Regional"]
PAYERS = ["Medicare A", "PA Medicaid", "Highmark", "Capital Blue", "Aetna MA", "Humana MA",
          "UPMC for You", "VA CCN", "Geisinger Gold", "Keystone First CHC"]
VENDORS = ["TriState DME", "Susquehanna Oxygen", "Keystone Medical Supply",
           "Juniata Valley Oxygen", "Apex Mobility"]
ANY_VENDORS = VENDORS + ["Allegheny Hospice Pharmacy", "Summit Courier", "Valley Linen",
                         "MedRoute", "CareTrail"]
EQUIP = ["hospital bed", "oxygen concentrator", "wheelchair", "shower chair",
         "bedside commode", "Hoyer lift", "overbed table", "alternating pressure mattress",
         "nebulizer", "rollator", "portable O2 tanks", "suction machine"]
DXS = ["CHF", "COPD", "ESRD", "end-stage dementia", "pancreatic ca", "s/p L hip ORIF",
       "diabetic foot ulcer", "ALS", "CVA w/ L hemiparesis", "lung ca w/ mets",
       "Parkinson's", "failure to thrive", "sacral stage 3"]
FUNERAL = ["Bender-Shope Funeral Home", "Rhoads & Son", "Hollenbach Funeral Chapel",
           "Kepner-Yoder Funeral Home", "Juniata Valley Cremation"]
HOSPICE_MEDS = ["morphine concentrate", "lorazepam", "haloperidol", "atropine drops",
                "oxycodone", "scopolamine patch", "Senna", "furosemide"]
DEVICE_VENDORS = ["Medtronic", "Boston Sci", "Abbott", "Biotronik"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(y, m, d, style):
    mon = MONTHS[m - 1]
    return {
        "m/d/yyyy": "%d/%d/%d" % (m, d, y),
        "mm/dd/yyyy": "%02d/%02d/%d" % (m, d, y),
        "iso": "%d-%02d-%02d" % (y, m, d),
        "long": "%s %d, %d" % (mon, d, y),
        "dmy": "%02d-%s-%d" % (d, mon[:3], y),
        "compact": "%02d%02d%d" % (m, d, y),
        "m/d/yy": "%d/%d/%02d" % (m, d, y % 100),
        "mon_d_y": "%s %d %d" % (mon[:3], d, y),
        "d_month_y": "%d %s %d" % (d, mon, y),
        "m-d-yyyy": "%d-%d-%d" % (m, d, y),
        "m.d.yy": "%d.%d.%02d" % (m, d, y % 100),
        "m/d": "%d/%d" % (m, d),
        "mm/dd": "%02d/%02d" % (m, d),
        "mon_dth": "%s %s" % (mon[:3], ordinal(d)),
        "month_d": "%s %d" % (mon, d),
        "mon._d": "%s. %d" % (mon[:3], d),
        "month_dth": "%s %s" % (mon, ordinal(d)),
        "m-d": "%d-%d" % (m, d),
    }[style]


FULL_STYLES = ["m/d/yyyy", "mm/dd/yyyy", "iso", "long", "dmy", "compact", "m/d/yy",
               "mon_d_y", "d_month_y", "m-d-yyyy", "m.d.yy"]
SHORT_STYLES = ["m/d", "mm/dd", "mon_dth", "month_d", "mon._d", "month_dth", "m-d",
                "m/d/yy", "m/d/yyyy", "iso", "long"]

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_W = {9: "ninety", 10: "one hundred"}


def to_fullwidth(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in s)


def luhn_complete(prefix, length, rnd):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rnd.randint(0, 9))
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


class Person:
    def __init__(self, ctx, key, sex=None, last=None):
        r = ctx.r
        self.ctx = ctx
        self.key = key
        self.origin = r.choice(ORIGINS)
        self.sex = sex or r.choice("FM")
        fem, mal, lasts = NAMES[self.origin]
        self.first = r.choice(fem if self.sex == "F" else mal)
        if last is None:
            # occasional mixed-origin names (marriage, adoption)
            pool = lasts if r.random() < 0.85 else NAMES[r.choice(ORIGINS)][2]
            last = r.choice(pool)
        self.last = last
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW")
        self.rel_word = None
        self.num = r.randint(1, 99)

    def rel(self):
        if self.rel_word is None:
            opts = (["daughter", "daughter", "wife", "granddaughter", "niece", "sister",
                     "daughter-in-law"] if self.sex == "F" else
                    ["son", "son", "husband", "grandson", "nephew", "brother", "son-in-law"])
            self.rel_word = self.ctx.r.choice(opts)
        return self.rel_word

    def email(self):
        r = self.ctx.r
        f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
        l = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        if self.key[0] in "sde":
            return "%s%s@ridgelinehh.org" % (f[0], l) if r.random() < 0.6 else \
                "%s.%s@ridgelinehh.org" % (f, l)
        dom = r.choice(["gmail.com", "yahoo.com", "aol.com", "comcast.net", "embarqmail.com",
                        "outlook.com", "icloud.com", "hotmail.com", "pa.metrocast.net",
                        "centurylink.net"])
        local = r.choice(["%s.%s" % (f, l), "%s%s%d" % (f, l, self.num), "%s%s" % (f[0], l),
                          "%s_%s%d" % (l, f[0], self.num), "%s%d" % (f, 1900 + r.randint(40, 99)),
                          "grandma%s%d" % (f[:4], self.num)])
        return "%s@%s" % (local, dom)

    def attr(self, a):
        F = self.sex == "F"
        if a == "first":
            return self.first
        if a == "last":
            return self.last
        if a == "full":
            return "%s %s" % (self.first, self.last)
        if a == "fml":
            return "%s %s. %s" % (self.first, self.mid, self.last)
        if a == "fi":
            return "%s %s." % (self.first, ascii_fold(self.last)[0].upper())
        if a == "inv":
            return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mid)
        if a == "invc":
            return "%s, %s" % (self.last, self.first)
        if a == "lfirst":
            return self.first.lower()
        if a == "llast":
            return self.last.lower()
        if a == "lfull":
            return ("%s %s" % (self.first, self.last)).lower()
        if a == "ufull":
            return ("%s %s" % (self.first, self.last)).upper()
        if a == "initials":
            return "%s.%s." % (ascii_fold(self.first)[0], ascii_fold(self.last)[0].upper())
        if a == "nick":
            if self.first not in NICKNAMES:
                raise Redraw("no nickname")
            return NICKNAMES[self.first]
        if a == "title":
            return "Mr." if not F else self.ctx.r.choice(["Mrs.", "Ms.", "Mrs."])
        if a == "titlend":
            return "Mr" if not F else self.ctx.r.choice(["Mrs", "Ms"])
        if a == "she":
            return "she" if F else "he"
        if a == "She":
            return "She" if F else "He"
        if a == "her":
            return "her" if F else "him"
        if a == "his":
            return "her" if F else "his"
        if a == "His":
            return "Her" if F else "His"
        if a == "parent":
            return "mom" if F else "dad"
        if a == "rel":
            return self.rel()
        if a == "Rel":
            return self.rel().capitalize()
        if a == "role":
            return self.ctx.r.choice(STAFF_ROLES)
        if a == "email":
            return self.ctx.cached("email:" + self.key, self.email)
        if a == "emailobf":
            e = self.attr("email")
            local, dom = e.split("@")
            style = self.ctx.r.randint(0, 2)
            if style == 0:
                return "%s [at] %s" % (local, dom.replace(".", " [dot] "))
            if style == 1:
                return "%s (at) %s" % (local, dom.replace(".", " dot "))
            return "%s at %s" % (local, dom)
        if a == "url":
            r = self.ctx.r
            pid = "%07d" % r.randint(100000, 9999999)
            return r.choice([
                "https://portal.ridgelinehh.org/patient/%s" % pid,
                "https://portal.ridgelinehh.org/visit?pt=%s&v=%d" % (pid, r.randint(1000, 99999)),
                "https://family.ridgelinehh.org/updates/%s-%s" % (
                    ascii_fold(self.first).lower().replace(" ", ""),
                    ascii_fold(self.last).lower().replace(" ", "").replace("'", "")),
                "https://telehealth.ridgelinehh.org/join/%s%s%d" % (
                    ascii_fold(self.first).lower()[:1],
                    ascii_fold(self.last).lower().replace(" ", "").replace("'", ""),
                    r.randint(10, 99)),
            ])
        if a == "obit":
            slug = "%s-%s" % (ascii_fold(self.first).lower(), ascii_fold(self.last).lower())
            slug = re.sub(r"[^a-z-]", "", slug.replace(" ", "-"))
            return self.ctx.r.choice(["https://www.bendershopefh.com/obituaries/%s" % slug,
                                      "https://www.legacy.com/us/obituaries/name/%s-obituary?id=%d" % (
                                          slug, self.ctx.r.randint(30000000, 59999999))])
        if a == "cb":
            slug = (ascii_fold(self.first) + ascii_fold(self.last)).lower()
            slug = re.sub(r"[^a-z]", "", slug)
            return self.ctx.r.choice(["https://www.caringbridge.org/site/%s" % slug,
                                      "https://www.caringbridge.org/visit/%s" % slug,
                                      "https://www.gofundme.com/f/help-%s-at-home" % slug])
        raise KeyError(a)


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------
def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def gen_phone_num(r):
    area = r.choice(["717", "717", "717", "814", "570", "223", "484"])
    return area, str(r.randint(2, 9)) + digits(r, 2), digits(r, 4)


def phone_fmt(r, parts, style=None):
    a, b, c = parts
    style = style if style is not None else r.choice(
        ["dash", "dash", "paren", "dot", "space", "plus", "one", "paren"])
    return {"dash": "%s-%s-%s", "paren": "(%s) %s-%s", "dot": "%s.%s.%s",
            "space": "%s %s %s", "plus": "+1 %s-%s-%s", "one": "1-%s-%s-%s",
            "plain": "%s%s%s", "plusraw": "+1%s%s%s"}[style] % (a, b, c)


def g_date(ctx, y0, y1, styles):
    r = ctx.r
    return fmt_date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28), r.choice(styles))


def g_age90(ctx):
    r = ctx.r
    return str(r.choice([90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))


def g_age90w(ctx):
    r = ctx.r
    n = r.randint(90, 101)
    if n == 100:
        return "one hundred"
    if n == 101:
        return "a hundred and one"
    return "ninety" if n == 90 else "ninety-" + UNITS[n - 90]


def g_ssn(ctx, style=None):
    r = ctx.r
    a = "%03d" % r.choice([r.randint(100, 665), r.randint(667, 899)])
    b = "%02d" % r.randint(1, 99)
    c = "%04d" % r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "dash", "space", "none", "mixed"])
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "space":
        return "%s %s %s" % (a, b, c)
    if style == "none":
        return a + b + c
    if style == "mixed":
        return "%s.%s-%s" % (a, b, c)
    if style == "spaced":
        return " ".join(a + b + c)
    if style == "fw":
        return to_fullwidth("%s-%s-%s" % (a, b, c))
    if style == "words":
        return " ".join(DIGIT_WORDS[int(x)] for x in a) + ", " + \
            " ".join(DIGIT_WORDS[int(x)] for x in b) + ", " + \
            " ".join(DIGIT_WORDS[int(x)] for x in c)
    raise KeyError(style)


def g_mrn(ctx):
    r = ctx.r
    return r.choice(["%07d" % r.randint(1000000, 9999999), "00%06d" % r.randint(10000, 999999),
                     "%08d" % r.randint(10000000, 99999999), "%07d" % r.randint(1000000, 9999999)])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def g_mbi(ctx):
    r = ctx.r
    L = lambda: r.choice(MBI_L)
    N = lambda: str(r.randint(0, 9))
    A = lambda: r.choice(MBI_L + "0123456789")
    s = str(r.randint(1, 9)) + L() + A() + N() + L() + A() + N() + L() + L() + N() + N()
    if r.random() < 0.5:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def g_member(ctx):
    r = ctx.r
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        "W" + digits(r, 9),
        "".join(r.choice(up) for _ in range(3)) + digits(r, 9),
        "H" + digits(r, 8) + "01",
        "ZGP" + digits(r, 9),
        "%s%s-%s" % ("".join(r.choice(up) for _ in range(2)), digits(r, 7), digits(r, 2)),
        "1" + digits(r, 10),
        "MA" + digits(r, 8),
    ])


def g_mcaid(ctx):
    r = ctx.r
    return r.choice([str(r.randint(1, 9)) + digits(r, 9), "PA" + digits(r, 9)])


def g_acct(ctx):
    r = ctx.r
    return r.choice([digits(r, 1).replace("0", "7") + digits(r, 9),
                     "G" + digits(r, 8), "HAR%09d" % r.randint(1, 999999999),
                     "%d-%06d" % (r.randint(10, 99), r.randint(0, 999999)),
                     str(r.randint(40000000, 99999999))])


def g_bank(ctx):
    r = ctx.r
    return digits(r, r.choice([9, 10, 11, 12])).lstrip("0") or "7"


def g_rnlic(ctx):
    r = ctx.r
    return r.choice(["RN%06d" % r.randint(100000, 999999), "RN%06dL" % r.randint(100000, 999999),
                     "RN-%d" % r.randint(500000, 699999)])


def g_lic_any(ctx):
    r = ctx.r
    return r.choice([g_rnlic(ctx), "PN%06d" % r.randint(100000, 999999),
                     "PN%06dL" % r.randint(100000, 999999)])


def g_dea(ctx):
    r = ctx.r
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + r.choice("ABCDGHKLMNPRSTW") + "".join(map(str, d)) + str(chk)


def g_dl(ctx):
    r = ctx.r
    n = "%08d" % r.randint(10000000, 99999999)
    return r.choice([n, n, "%s %s %s" % (n[:2], n[2:5], n[5:])])


def g_plate(ctx):
    r = ctx.r
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    l3 = "".join(r.choice(up) for _ in range(3))
    return r.choice(["%s-%04d" % (l3, r.randint(0, 9999)), "%s %04d" % (l3, r.randint(0, 9999)),
                     "%s%04d" % (l3, r.randint(0, 9999)), "ZM%s-%03d" % (r.choice(up), r.randint(0, 999))])


def g_vin(ctx):
    r = ctx.r
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1FT", "1GC", "2T3", "5TD", "1C4", "3VW"]) + \
        "".join(r.choice(al) for _ in range(5)) + str(r.randint(0, 9)) + \
        r.choice("LMNPRS") + r.choice("ABCDEFGH") + digits(r, 6)


def g_serial(ctx):
    r = ctx.r
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        "SN" + digits(r, 8), "%s%s%s" % (r.choice(up), r.choice(up), digits(r, 7)),
        "PJN" + digits(r, 6) + "S", "1EZ" + digits(r, 7), "%d%s%d%s%s%d" % (
            r.randint(1, 9), r.choice(up), r.randint(10, 99), r.choice(up), r.choice(up),
            r.randint(100, 999)),
        "RNL" + digits(r, 7) + "H", "%s-%s" % (digits(r, 4), digits(r, 5))])


def g_udi(ctx):
    r = ctx.r
    return "(01)%s(17)%02d%02d%02d(21)%s" % ("00" + digits(r, 12), r.randint(26, 30),
                                             r.randint(1, 12), r.randint(1, 28),
                                             "".join(r.choice("ABCDEFGHJK0123456789") for _ in range(8)))


def g_ip(ctx):
    r = ctx.r
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 254)),
                     "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)),
                     "172.16.%d.%d" % (r.randint(0, 31), r.randint(2, 254)),
                     "%d.%d.%d.%d" % (r.choice([24, 68, 71, 73, 98, 174]), r.randint(0, 255),
                                      r.randint(0, 255), r.randint(2, 254))])


def g_ipv6(ctx):
    r = ctx.r
    h = lambda: "%x" % r.randint(0, 0xffff)
    return r.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
                     "2601:%s:%s:%s::%s" % (h(), h(), h(), h())])


def g_cc(ctx):
    r = ctx.r
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        return r.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n])
    n = luhn_complete({"visa": "4", "mc": "5" + str(r.randint(1, 5)), "disc": "6011"}[kind], 16, r)
    sep = r.choice([" ", "-", "", " "])
    return sep.join([n[:4], n[4:8], n[8:12], n[12:]])


def g_street(ctx):
    r = ctx.r
    return "%d %s" % (r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 9999)]),
                      r.choice(STREETS))


def g_street_unit(ctx):
    r = ctx.r
    return g_street(ctx) + r.choice([", Apt %d%s" % (r.randint(1, 4), r.choice("ABCD")),
                                     " Lot %d" % r.randint(1, 60), " Unit %d" % r.randint(1, 12),
                                     " #%d" % r.randint(2, 9)])


def g_town(ctx):
    t = ctx.r.choice(TOWNS)
    ctx.cache["lasttown"] = t
    return t[0]


def g_zip(ctx):
    r = ctx.r
    z = ctx.cache.get("lasttown", r.choice(TOWNS))[1]
    return z if r.random() < 0.75 else "%s-%04d" % (z, r.randint(1, 9999))


def g_addr_full(ctx):
    r = ctx.r
    town, z = r.choice(TOWNS)
    st = g_street(ctx) if r.random() < 0.7 else g_street_unit(ctx)
    return r.choice(["%s, %s PA %s", "%s, %s, PA %s", "%s %s PA %s", "%s, %s, Pennsylvania %s"]) % (st, town, z)


def g_addr_st_town(ctx):
    r = ctx.r
    return "%s, %s" % (g_street(ctx), r.choice(TOWNS)[0])


def g_rr(ctx):
    r = ctx.r
    return r.choice(["RR %d Box %d" % (r.randint(1, 5), r.randint(10, 499)),
                     "%d County Line Rd" % r.randint(100, 9999),
                     "%d %s" % (r.randint(1000, 19999), r.choice(["State Route 274", "SR 850",
                                                                   "Route 655", "Rte 35"]))])


def g_pobox(ctx):
    r = ctx.r
    return r.choice(["PO Box %d", "P.O. Box %d", "Box %d", "POB %d"]) % r.randint(1, 899)


def g_pobox_full(ctx):
    r = ctx.r
    town, z = r.choice(TOWNS)
    return "%s, %s PA %s" % (g_pobox(ctx), town, z)


def g_addr_ml(ctx):
    r = ctx.r
    town, z = r.choice(TOWNS)
    return "%s\n%s, PA %s" % (g_street(ctx), town, z)


def g_phone(ctx):
    return phone_fmt(ctx.r, gen_phone_num(ctx.r))


def g_phone_ext(ctx):
    r = ctx.r
    return phone_fmt(r, gen_phone_num(r), r.choice(["dash", "paren", "dot"])) + \
        r.choice([" ext. %d", " x%d", " ext %d", " Ext %d"]) % r.randint(10, 4999)


def g_phone_nbsp(ctx):
    a, b, c = gen_phone_num(ctx.r)
    return "%s\u00a0%s\u00a0%s" % (a, b, c)


def g_phone_zw(ctx):
    a, b, c = gen_phone_num(ctx.r)
    return "%s\u200b%s\u200b%s" % (a, b, c)


def g_phone_spaced(ctx):
    a, b, c = gen_phone_num(ctx.r)
    return " ".join(a + b + c)


def g_phone_fw(ctx):
    a, b, c = gen_phone_num(ctx.r)
    return to_fullwidth("%s-%s-%s" % (a, b, c))


def g_phone_words(ctx):
    a, b, c = gen_phone_num(ctx.r)
    w = lambda s: " ".join(DIGIT_WORDS[int(x)] for x in s)
    return "%s, %s, %s" % (w(a), w(b), w(c))


def tel_base(ctx, tag):
    return ctx.cached("telbase#" + str(tag), lambda: gen_phone_num(ctx.r))


# ---- unlabelled fillers ----
def g_meet(ctx):
    r = ctx.r
    y = 2025
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([fmt_date(y, m, d, "m/d"), "Thu " + fmt_date(y, m, d, "m/d"),
                     fmt_date(y, m, d, "month_d"), "the " + ordinal(d), "Friday", "Tuesday",
                     fmt_date(y, m, d, "mon_dth"), "Monday", "Wednesday"])


def g_time(ctx):
    return ctx.r.choice(["8:30", "9am", "10:15", "11", "1pm", "1:30", "2:45", "3pm", "4",
                         "noon", "7:45am", "10:30"])


def g_ticket(ctx):
    r = ctx.r
    return r.choice(["INC00%05d" % r.randint(0, 99999), "DEL-%04d" % r.randint(1000, 9999),
                     "RITM0%06d" % r.randint(0, 999999), "IT-%d" % r.randint(100, 9999),
                     "SR-%05d" % r.randint(0, 99999), "CHG00%05d" % r.randint(0, 99999)])


def g_po(ctx):
    r = ctx.r
    return r.choice(["PO 4500%06d" % r.randint(0, 999999), "PO# %d" % r.randint(20000, 29999),
                     "PO-%d-%03d" % (2025, r.randint(1, 999))])


def g_invoice(ctx):
    r = ctx.r
    return r.choice(["INV-2025-%04d" % r.randint(1, 9999), "invoice %d" % r.randint(100000, 999999),
                     "Inv #%d" % r.randint(1000, 99999)])


def g_money(ctx):
    r = ctx.r
    return r.choice(["$%d" % r.randint(20, 900), "$%s.00" % format(r.randint(1000, 48000), ","),
                     "$%d.%02d" % (r.randint(1, 999), r.randint(0, 99)),
                     "$%.1fk" % (r.randint(10, 900) / 10.0)])


def g_ver(ctx):
    r = ctx.r
    return r.choice(["v%d.%d.%d" % (r.randint(8, 12), r.randint(0, 9), r.randint(0, 20)),
                     "build 2025.%d.0.%d" % (r.randint(1, 12), r.randint(1, 40)),
                     "%d.%d" % (r.randint(3, 9), r.randint(0, 9)),
                     "release %d.%d.%d" % (r.randint(20, 25), r.randint(1, 4), r.randint(0, 9))])


def g_npi(ctx):
    return "1" + digits(ctx.r, 9)


def g_zoom(ctx):
    r = ctx.r
    return "%d %04d %04d" % (r.randint(800, 999), r.randint(0, 9999), r.randint(0, 9999))


def g_ext(ctx):
    r = ctx.r
    return r.choice(["x%d", "ext %d", "ext. %d", "x%d"]) % r.randint(200, 4999)


def g_icd(ctx):
    return ctx.r.choice(["I50.22", "J44.1", "G30.1", "C25.9", "L97.412", "Z51.5", "G12.21",
                         "I63.9", "E11.621", "L89.153", "R62.7", "C34.90", "F03.90", "N18.6"])


def g_cpt(ctx):
    return ctx.r.choice(["G0299", "G0300", "G0151", "G0152", "G0156", "G0155", "99497",
                         "T1019", "G0157", "G0153", "Q5001", "G0162"])


def g_hcpcs(ctx):
    return ctx.r.choice(["E0260", "E1390", "E0143", "K0001", "E0165", "E0630", "E0277", "E0570"])


def g_asset(ctx):
    r = ctx.r
    return r.choice(["RHH-LT-%04d" % r.randint(1, 999), "RHH-TAB-%03d" % r.randint(1, 400),
                     "asset %05d" % r.randint(1, 99999)])


def g_ccenter(ctx):
    return str(ctx.r.choice([6120, 6130, 6210, 6400, 7100, 7150, 8020]))


def g_count(ctx):
    return str(ctx.r.randint(2, 48))


def g_age_young(ctx):
    return str(ctx.r.randint(58, 89))


def g_pct(ctx):
    return "%d%%" % ctx.r.randint(61, 99)


def g_room(ctx):
    return ctx.r.choice(["conf rm B", "the big conference room", "Room 214", "the training room",
                         "suite 200", "the break room", "conf room 2"])


def g_exp(ctx):
    r = ctx.r
    return "%02d/%02d" % (r.randint(1, 12), r.randint(26, 30))


def g_last4(ctx):
    return "%04d" % ctx.r.randint(1, 9999)


def g_rte(ctx):
    return ctx.r.choice(["274", "850", "17", "35", "333", "655", "22", "103", "34"])


def pick(lst):
    return lambda ctx: ctx.r.choice(lst)


def g_office_addr(ctx):
    return ctx.r.choice(OFFICES)[1]


def g_intranet(ctx):
    return ctx.r.choice(["https://intranet.ridgelinehh.org/policies/on-call",
                         "https://intranet.ridgelinehh.org/forms/mileage",
                         "https://intranet.ridgelinehh.org/hr/benefits-2025",
                         "https://ridgelinehh.org/careers",
                         "https://intranet.ridgelinehh.org/education/oasis-e",
                         "https://board.ridgelinehh.org/packet"])


GENS = {
    # labelled values
    "dob": lambda c: g_date(c, 1921, 1962, FULL_STYLES),
    "dob_s": lambda c: g_date(c, 1921, 1962, ["mm/dd/yyyy", "m/d/yyyy"]),
    "dob_c": lambda c: g_date(c, 1921, 1962, ["compact"]),
    "dob_l": lambda c: g_date(c, 1921, 1962, ["long", "d_month_y", "dmy"]),
    "svc": lambda c: g_date(c, 2025, 2025, SHORT_STYLES),
    "svc_s": lambda c: g_date(c, 2025, 2025, ["m/d", "mm/dd", "m/d/yy"]),
    "svc_l": lambda c: g_date(c, 2025, 2025, ["month_d", "mon_dth", "month_dth", "mon._d"]),
    "svc_iso": lambda c: g_date(c, 2025, 2025, ["iso"]),
    "dod": lambda c: g_date(c, 2025, 2025, SHORT_STYLES),
    "age90": g_age90, "age90w": g_age90w,
    "phone": g_phone, "phone_ext": g_phone_ext, "phone_nbsp": g_phone_nbsp,
    "phone_zw": g_phone_zw, "phone_spaced": g_phone_spaced, "phone_fw": g_phone_fw,
    "phone_words": g_phone_words,
    "phone_d": lambda c: phone_fmt(c.r, gen_phone_num(c.r), "dash"),
    "phone_p": lambda c: phone_fmt(c.r, gen_phone_num(c.r), "paren"),
    "phone_plain": lambda c: phone_fmt(c.r, gen_phone_num(c.r), "plain"),
    "fax": lambda c: phone_fmt(c.r, gen_phone_num(c.r), c.r.choice(["dash", "paren", "dot"])),
    "ssn": lambda c: g_ssn(c), "ssn_dash": lambda c: g_ssn(c, "dash"),
    "ssn_none": lambda c: g_ssn(c, "none"), "ssn_spaced": lambda c: g_ssn(c, "spaced"),
    "ssn_mixed": lambda c: g_ssn(c, "mixed"), "ssn_fw": lambda c: g_ssn(c, "fw"),
    "ssn_words": lambda c: g_ssn(c, "words"),
    "mrn": g_mrn,
    "mrn_fw": lambda c: to_fullwidth(g_mrn(c)),
    "mrn_zw": lambda c: (lambda m: m[:3] + "\u200b" + m[3:])(g_mrn(c)),
    "mrn_spaced": lambda c: " ".join(g_mrn(c)),
    "mbi": g_mbi, "member": g_member, "mcaid": g_mcaid,
    "member_words": lambda c: " ".join(DIGIT_WORDS[int(x)] for x in digits(c.r, 3)) + ", " +
    " ".join(DIGIT_WORDS[int(x)] for x in digits(c.r, 3)) + ", " +
    " ".join(DIGIT_WORDS[int(x)] for x in digits(c.r, 4)),
    "acct": g_acct, "bank": g_bank,
    "rnlic": g_rnlic, "lic": g_lic_any, "dea": g_dea, "dl": g_dl,
    "plate": g_plate, "vin": g_vin,
    "serial": g_serial, "udi": g_udi,
    "ip": g_ip, "ipv6": g_ipv6,
    "cc": g_cc,
    "street": g_street, "street_unit": g_street_unit, "town": g_town, "zip": g_zip,
    "addr_full": g_addr_full, "addr_st_town": g_addr_st_town, "rr": g_rr, "pobox": g_pobox,
    "pobox_full": g_pobox_full, "addr_ml": g_addr_ml,
    # unlabelled fillers
    "meet": g_meet, "time": g_time, "ticket": g_ticket, "po": g_po, "invoice": g_invoice,
    "money": g_money, "ver": g_ver, "npi": g_npi, "zoom": g_zoom, "ext": g_ext, "icd": g_icd,
    "cpt": g_cpt, "hcpcs": g_hcpcs, "asset": g_asset, "ccenter": g_ccenter, "count": g_count,
    "age_young": g_age_young, "pct": g_pct, "room": g_room, "exp": g_exp, "last4": g_last4,
    "rte": g_rte, "office_addr": g_office_addr, "intranet": g_intranet,
    "fac": pick(FACS), "team": pick(TEAMS), "anyvendor": pick(ANY_VENDORS),
    "small": lambda c: str(c.r.randint(3, 8)),
    "bigmoney": lambda c: c.r.choice(["$%s.00" % format(c.r.randint(8, 90) * 500, ","),
                                      "$%dk" % c.r.randint(12, 180)]),
    "lowpct": lambda c: "%d%%" % c.r.randint(3, 12),
    "office_with_addr": lambda c: "%s at %s" % c.r.choice(OFFICES), "offtown": pick(["Newport", "Mifflintown", "Lewistown"]),
    "county": pick(COUNTIES), "hosp": pick(HOSPS), "payer": pick(PAYERS),
    "vendor": pick(VENDORS), "equip": pick(EQUIP), "dx": pick(DXS), "funeral": pick(FUNERAL),
    "med": pick(HOSPICE_MEDS), "devvendor": pick(DEVICE_VENDORS),
    "role": pick(STAFF_ROLES), "exectitle": pick(EXEC_TITLES),
    "uid": lambda c: "U0" + "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
}


class Ctx:
    def __init__(self, r):
        self.r = r
        self.people = {}
        self.cache = {}

    def cached(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def person(self, key):
        if key in self.people:
            return self.people[key]
        for _ in range(50):
            if key[0] == "r":
                p1 = self.person("p1")
                p = Person(self, key)
                if self.r.random() < 0.6 or p.rel() in ("wife", "husband"):
                    p.last = p1.last
            else:
                p = Person(self, key)
            clash = False
            for q in self.people.values():
                if q.first == p.first:
                    clash = True
                if q.last == p.last and not (key[0] == "r" and q.key == "p1"):
                    clash = True
            if not clash:
                self.people[key] = p
                return p
        raise Redraw("names")

    def get(self, key):
        if "#" in key:
            if key in self.cache:
                return self.cache[key]
            v = self.gen(key.split("#")[0], key.split("#")[1])
            self.cache[key] = v
            return v
        return self.gen(key, None)

    def gen(self, base, tag):
        if base == "telraw":
            return "+1%s%s%s" % tel_base(self, tag)
        if base == "teldash":
            return "%s-%s-%s" % tel_base(self, tag)
        if base == "telparen":
            return "(%s) %s-%s" % tel_base(self, tag)
        if "." in base:
            who, a = base.split(".", 1)
            return self.person(who).attr(a)
        return GENS[base](self)


TOKEN = re.compile(r"\{([A-Z_]*):([A-Za-z0-9_.#]+)\}")

PHONE_RE = re.compile(r"(?<![\d])(?:\+?1[ \-.])?(?:\(\d{3}\)|\d{3})[ \-.\u00a0\u200b]\d{3}[ \-.\u00a0\u200b]\d{4}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,}")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
IP_RE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")


def render(tmpl, r):
    ctx = Ctx(r)
    text = ""
    spans = []  # (type, value, char_start)
    last = 0
    for m in TOKEN.finditer(tmpl):
        text += tmpl[last:m.start()]
        typ, key = m.group(1), m.group(2)
        val = ctx.get(key)
        if typ:
            if typ not in TYPES:
                raise ValueError("bad type %s in %r" % (typ, tmpl))
            spans.append((typ, val, len(text)))
        text += val
        last = m.end()
    text += tmpl[last:]
    if "{" in text or "}" in text:
        raise ValueError("unrendered placeholder in %r" % tmpl)
    # re-check: left-to-right byte search must land where each value was placed
    b = text.encode("utf-8")
    pos = 0
    covered = []
    for typ, val, cs in spans:
        v = val.encode("utf-8")
        want = len(text[:cs].encode("utf-8"))
        i = b.find(v, pos)
        if i != want:
            raise Redraw("span %r not found at its place" % val)
        pos = i + len(v)
        covered.append((cs, cs + len(val)))
    # no unlabelled phone / e-mail / SSN / IP look-alikes outside spans
    for rx in (PHONE_RE, EMAIL_RE, SSN_RE, IP_RE):
        for mm in rx.finditer(text):
            if not any(s <= mm.start() and mm.end() <= e for s, e in covered):
                raise ValueError("unlabelled identifier %r in %r" % (mm.group(0), text))
    return text, [{"type": t, "value": v} for t, v, _ in spans]


TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan",
            "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle",
            "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address",
            "CREDIT_CARD": "credit-card"}
STRUCTURED = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID",
              "DEVICE_ID", "IP_ADDRESS", "CREDIT_CARD"}


def make_tags(frame_tags, text, spans):
    tags = []
    for t in frame_tags.split():
        if t not in tags:
            tags.append(t)
    for s in spans:
        t = TYPE_TAG[s["type"]]
        if t not in tags:
            tags.append(t)
    if any(s["type"] in STRUCTURED for s in spans) and "structured" not in tags:
        tags.append("structured")
    auto = []
    if "\n" in text:
        auto.append("multiline")
    if re.search(r"<@U|<mailto:|<tel:|<https?://|`|(^|\s)\*\S|^\s*[•\-] |^>", text, re.M):
        auto.append("slack-markup")
    if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", text) or re.search(r":[a-z_]+:", text):
        auto.append("emoji")
    if re.search("[\uFF10-\uFF19]", text):
        auto.append("fullwidth")
    if "\u200b" in text:
        auto.append("zero-width")
    for t in auto:
        if t not in tags:
            tags.append(t)
    return ["phi" if spans else "clean"] + tags


# ---------------------------------------------------------------------------
# PHI frames: (template, tags)
# ---------------------------------------------------------------------------
PHI_FRAMES = [
    # --- referrals / intake ---
    ("new referral from {:hosp} — {NAME:p1.full}, DOB {DATE:dob}, lives in {ADDRESS:town}. SOC requested {DATE:svc}. {:payer} primary.", "referral"),
    ("Referral in from {:s1.full} at {:hosp} case mgmt: {:p1.title} {NAME:p1.last}, {:age_young}yo, {:dx}, d/c {DATE:svc_l}. CM says the {:r1.rel} is the main caregiver.", "referral"),
    ("""> From: {:s1.full} (CM, {:hosp})
> Pt {NAME:p1.full}, {:age_young} y/o, dx {:dx}
> Home: {ADDRESS:addr_full}
> Contact {:r1.rel} {NAME:r1.full} {PHONE:phone}
who's taking this one? I can't staff {:county} till {:meet}""", "referral"),
    ("*NEW ADMIT*\nName: {NAME:p1.invc}\nDOB: {DATE:dob_s}\nMRN: {MRN:mrn}\nAddr: {ADDRESS:addr_full}\nPhone: {PHONE:phone}\nPayer: {:payer}", "referral"),
    ("intake q — is {NAME:p1.lfull} (dob {DATE:dob}) already in the system? hosp sent a new referral and i don't want a dup chart", "referral lowercase"),
    ("Got a hospice referral for a {:age_young} y/o in {ADDRESS:town} — {NAME:p1.full}. {:dx}, family wants eval {DATE:svc}. Dr. {:d1.last} is attending.", "referral"),
    ("Self-referral call: {NAME:r1.full} for {:r1.his} {:p1.parent} {NAME:p1.first}. Lives at {ADDRESS:street} in {ADDRESS:town}. best # {PHONE:phone}, after 5 only", "referral"),
    ("referal from PCP office for {:p1.titlend} {NAME:p1.last} dob {DATE:dob_s} — skilled nursing + PT. They faxed to the wrong number again lol", "referral typo"),
    ("Intake checklist for {NAME:p1.fml}:\n- face sheet ✅\n- F2F ✅ ({DATE:svc})\n- signed consent ❌\n- MBI {HEALTH_PLAN_ID:mbi} verified ✅", "referral"),
    ("Pls open a chart: {NAME:p1.full} / {DATE:dob} / SSN {SSN:ssn_dash} / {:payer} member {HEALTH_PLAN_ID:member}", "referral"),
    ("{:hosp} wants to know if we can take {NAME:p1.last} by {DATE:svc_l}. {:dx}, wound vac. I said probably — {:s1.first} has room on the {:county} route.", "referral"),
    ("hospice eval request: {NAME:p1.ufull}, DOB {DATE:dob_l}, {:dx}. family ({:r1.rel} {NAME:r1.first}) asking for comfort care only", "referral"),
    # --- scheduling / routes ---
    ("can someone call back {:p1.title} {NAME:p1.last}? {:p1.She} left a vm about the {:equip} delivery. {PHONE:phone}", ""),
    ("@IntakeBot move my 3pm with {:p1.title} {NAME:p1.last} to {:time} tomorrow", "bot"),
    ("{NAME:p1.lfull} dob {DATE:dob_s} mrn {MRN:mrn} needs recert visit before {DATE:svc}", "lowercase"),
    ("Route for {:s1.first} tomorrow:\n• 8:30 {NAME:p1.last} – {ADDRESS:addr_st_town}\n• 10:00 {NAME:p2.last} – {ADDRESS:addr_st_town}\n• 1:15 {NAME:p3.last} – {ADDRESS:rr}", "route"),
    ("""*Tomorrow's SOCs*
| Pt | MRN | Town | RN |
| {NAME:p1.invc} | {MRN:mrn} | {ADDRESS:town} | {:s1.first} |
| {NAME:p2.invc} | {MRN:mrn} | {ADDRESS:town} | {:s2.first} |""", "table"),
    ("/schedule add {NAME:p1.full} {DATE:svc_iso} 10:00 {:s1.first} RN-SOC", "bot"),
    ("<@{:uid}> can you do {NAME:p1.first}'s wound check in {ADDRESS:town} tomorrow? {:s1.first} is out", ""),
    ("swap pls — I take {NAME:p1.llast} and {NAME:p2.llast}, you take my sat on-call? my car hates that mountain", "lowercase"),
    ("Hospice aide schedule change: {NAME:p1.fml} now M/W/F instead of T/Th, {:p1.his} {:r1.rel} works days now", "route"),
    ("{:s1.first} running 40 min behind, can someone let {:p1.title} {NAME:p1.last} know? home # is {PHONE:phone_p}", ""),
    ("Bot, remind me at {:time} to call {NAME:r1.full} about {NAME:p1.first}'s PT eval", "bot"),
    ("@SchedBot what's open on {DATE:svc} for a recert at {ADDRESS:street_unit}?", "bot"),
    ("Missed visit: {NAME:p1.full} not home {DATE:svc} at {:time}, neighbor said {:p1.she} went to {:r1.rel}'s. {:s1.first} left a door tag.", "missed-visit"),
    ("resched {NAME:p1.last} frm {DATE:svc_s} to {DATE:svc_s} pt request, ok'd by CM", "typo"),
    ("can we double up on {NAME:p1.fi} this week? {:r1.rel} is out of town till {DATE:svc_l}", ""),
    ("Visits for {:s1.first} {DATE:svc_s}: {NAME:p1.last} 9a, {NAME:p2.last} 11a, {NAME:p3.last} 2p. Mileage is brutal, sorry", "route"),
    ("OASIS due for {NAME:p1.last} ({MRN:mrn}) and {NAME:p2.last} ({MRN:mrn}) by {:meet} — both SOC {DATE:svc}", "oasis"),
    ("SN visit for {NAME:p1.full} on {DATE:svc_l} got entered under {NAME:p2.full} by mistake, can billing fix before it drops?", "billing"),
    ("who has {ADDRESS:zip}? new pt {NAME:p1.first} just moved there from {ADDRESS:town}", "zip-like"),
    ("Recert due {DATE:svc} for {NAME:p1.last}; D/C planned for {NAME:p2.last} on {DATE:svc}.", "recert"),
    ("pls route {:s1.first} to {ADDRESS:addr_full} first thing, {NAME:p1.first} has a {:time} appt w/ cardiology", "route"),
    # --- on-call / escalations ---
    ("Heads up: {NAME:p1.full} ({AGE:age90}) fell at home {DATE:svc}. {:p1.His} {:r1.rel} {NAME:r1.first} found {:p1.her} by the woodstove, no injuries per {:s1.first}.", "incident"),
    ("ON CALL 0215: {:r1.rel} of {NAME:p1.full} called, pt agitated, gave {:med} per comfort kit. RN visit made, home by 0400.", "on-call"),
    ("On-call handoff:\n1) {NAME:p1.last} — pain crisis, {:med} increased, recheck AM\n2) {NAME:p2.last} — O2 tank empty, {:vendor} delivering\n3) {NAME:p3.last} — family question re: funeral home", "on-call multiline"),
    ("ESCALATION: {NAME:p1.full} {MRN:mrn} — {:r1.rel} says nobody came {DATE:svc}. That's the 2nd missed visit. I need the aide's EVV by noon.", "escalation complaint"),
    ("night nurse: {NAME:p1.full} actively dying, {:r1.rel} {NAME:r1.full} on the way from {ADDRESS:town}. chaplain notified", "on-call"),
    ("call from answering svc — {:p1.titlend} {NAME:p1.last}'s {:r1.rel} {NAME:r1.first}, cb {PHONE:phone}, pt's catheter is leaking", "on-call"),
    ("URGENT pls: {NAME:p1.full} out of {:med}, pharmacy needs a call from us. pt addr {ADDRESS:addr_full}", "escalation"),
    ("911 called for {NAME:p1.last} on {DATE:svc} — {:p1.she} is NOT hospice so that's fine, just document. Transported to {:hosp}.", "incident"),
    ("on call log {DATE:svc_s}\n- 2140 {NAME:p1.llast}: constipation, advised senna\n- 2355 {NAME:p2.llast}: {:r1.rel} anxious, reassured\n- 0310 {NAME:p3.llast}: death pronounced", "on-call lowercase"),
    # --- death / bereavement ---
    ("Death: {NAME:p1.full} passed {DATE:dod} at {:time} at home, family present. {:funeral} notified. Bereavement to {:r1.rel} {NAME:r1.full}, {PHONE:phone}.", "death"),
    ("RIP {NAME:p1.first} 💔 {:s1.first} was with the family this morning. DOD {DATE:dod}.", "death"),
    ("Bereavement mailing list add: {NAME:r1.full}, {ADDRESS:addr_full} ({:r1.rel} of {NAME:p1.full}, d. {DATE:dod})", "death"),
    ("Pronouncement for {NAME:p1.invc} — TOD 04:12 on {DATE:dod}, RN {:s1.full}. Body released to {:funeral}.", "death"),
    ("13-month bereavement call list:\n• {NAME:r1.full} ({:r1.rel} of {NAME:p1.last})\n• {NAME:r2.full}\ncalls due {:meet}", "death multiline"),
    # --- relatives / caregivers / visitors / POA ---
    ("{:p1.title} {NAME:p1.last}'s {:r1.rel} {NAME:r1.first} says the {:equip} delivery hasn't shown up. {:vendor} ticket {:ticket}. Reach at {PHONE:phone}", "dme ticket"),
    ("Call from {NAME:r1.full} ({:r1.rel} of {NAME:p1.full}) re: visit on {DATE:svc}. callback {PHONE:phone}", ""),
    ("POA for {NAME:p1.full} is {NAME:r1.full} ({:r1.rel}). Copy of the POA doc is in the chart. Don't give info to anyone else in the family!!", "poa"),
    ("Hospice volunteer {:s1.first} says a visitor, {NAME:r1.full}, keeps showing up at {NAME:p1.first}'s and upsetting {:p1.her}. Family wants {:r1.her} kept out.", "visitor"),
    ("{NAME:r1.full} wants visit notes emailed to <mailto:{EMAIL:r1.email}|{EMAIL:r1.email}> — not without a signed release!", "records"),
    ("the {:r1.rel}'s email is {EMAIL:r1.emailobf} if anyone needs to send the consent packet for {NAME:p1.last}", "evasion"),
    ("Caregiver training done w/ {:r1.rel} {NAME:r1.first} and {:r2.rel} {NAME:r2.first} (Hoyer transfers) at {NAME:p1.last} home.", ""),
    ("Guardian for {NAME:p1.full} is court-appointed: {NAME:r1.full}, {PHONE:phone_ext}. All consents go through {:r1.her}.", "poa"),
    ("{NAME:r1.lfull} (pt's {:r1.rel}) called 3x today about the bed. {:r1.she}'s at {PHONE:phone} or {PHONE:phone}. pt is {NAME:p1.lfull}", "lowercase complaint"),
    ("Family meeting for {NAME:p1.last} at the house {DATE:svc}: {:r1.rel} {NAME:r1.first}, {:r2.rel} {NAME:r2.first}, SW {:s1.first}, chaplain.", ""),
    ("FYI {NAME:r1.full} is both the {:r1.rel} AND the paid caregiver for {NAME:p1.first} via the waiver — don't count {:r1.his} hrs as ours", ""),
    ("{:r1.Rel} {NAME:r1.first} wants a call before every visit — {PHONE:phone_nbsp} — {:r1.she} works nights", "evasion"),
    ("Neighbor {NAME:p2.full} has the key to {NAME:p1.first}'s house at {ADDRESS:street}. Lockbox code is in the chart, NOT here.", "visitor"),
    # --- DME / equipment / devices ---
    ("Oxygen concentrator for {NAME:p1.full} swapped today — old SN {DEVICE_ID:serial}, new SN {DEVICE_ID:serial}.", "dme"),
    ("{:vendor} delivering {:equip} to {ADDRESS:addr_full} for {NAME:p1.last} between 1-5. Someone tell the {:r1.rel}?", "dme"),
    ("DME recall notice lists SN {DEVICE_ID:serial} — that's the unit at {NAME:p1.fml}'s. swap ASAP", "dme"),
    ("{NAME:p1.last}'s left hearing aid is lost again — serial {DEVICE_ID:serial} if the audiologist asks", "device"),
    ("CGM for {NAME:p1.full} keeps failing, Dexcom wants the receiver serial: {DEVICE_ID:serial}", "device"),
    ("hospice pt {NAME:p1.full} has an ICD — deactivation ordered. Device SN {DEVICE_ID:serial}, {:devvendor} rep coming {DATE:svc}", "device"),
    ("UDI on the pump for {NAME:p1.last}: {DEVICE_ID:udi}", "device"),
    ("Pickup order: {:equip} + {:equip} from {NAME:p1.full}, {ADDRESS:addr_full}. Pt expired, family wants it gone by the weekend.", "dme"),
    ("{:vendor} driver couldn't find {ADDRESS:rr} — {NAME:p1.last} place is the blue trailer past the church. truck plate {VEHICLE_ID:plate} if neighbors call it in lol", "dme"),
    ("Pacemaker check for {NAME:p1.full}: remote monitor SN {DEVICE_ID:serial} offline since {DATE:svc}", "device"),
    # --- identifiers / billing / insurance ---
    ("MBI for {NAME:p1.full} is {HEALTH_PLAN_ID:mbi} — NOE went out {DATE:svc}", "hospice-noe"),
    ("PA Medicaid ID for {NAME:p1.full}: {HEALTH_PLAN_ID:mcaid}. eligibility verified today", "eligibility"),
    ("{NAME:p1.full} memeber id {HEALTH_PLAN_ID:member} ({:payer}), auth still pending for {:count} PT visits", "typo eligibility"),
    ("Guarantor acct {ACCOUNT_NUMBER:acct} for {NAME:p1.full} shows {:money}; {:p1.his} {:r1.rel} {NAME:r1.first} wants an itemized bill mailed to {ADDRESS:pobox_full}", "billing money"),
    ("pt paying copay by card over the phone: {CREDIT_CARD:cc} exp {:exp}. {NAME:p1.full}, acct {ACCOUNT_NUMBER:acct}", "billing"),
    ("ssn for the {NAME:p1.llast} referral is {SSN:ssn_none} — intake forgot to scan the card", "lowercase evasion"),
    ("SSN: {SSN:ssn_spaced} (pt {NAME:p1.last}) — can someone re-key, the form OCR'd it with spaces", "evasion"),
    ("Two pts named {NAME:p1.last} on census — MRN {MRN:mrn} and {MRN:mrn}. double check before you chart!!", "hard-list"),
    ("MRN {MRN:mrn} and {MRN:mrn} are duplicates — same pt ({NAME:p1.full}). can IT merge? {:ticket}", "ticket"),
    ("{NAME:p1.last} {MRN:mrn} — visit note from {DATE:svc} still unsigned, {:s1.first} pls", ""),
    ("chart # {MRN:mrn_fw} for {NAME:p1.first} (copied from the hospital portal, weird font)", "evasion"),
    ("MR# {MRN:mrn_zw} / {NAME:p1.invc} / {DATE:dob_c}", "evasion structured"),
    ("the bank acct on file for {NAME:p1.lfirst}'s private-pay autopay is {ACCOUNT_NUMBER:bank}, routing is the PNC one. {:r1.rel} changed banks", "billing lowercase"),
    ("Medicare denied {NAME:p1.last} — MBI on claim was {HEALTH_PLAN_ID:mbi}, card says {HEALTH_PLAN_ID:mbi}. Typo at intake?", "billing"),
    ("Highmark memb ID for the {NAME:p1.last} SOC: {HEALTH_PLAN_ID:member}. Group # is on the card, not needed.", "eligibility"),
    ("{:r1.Rel} read me the member ID as {HEALTH_PLAN_ID:member_words} — can someone verify in the portal for {NAME:p1.full}?", "evasion eligibility"),
    ("HAR {ACCOUNT_NUMBER:acct} ({NAME:p1.full}) — statement returned, bad address. New one per family: {ADDRESS:addr_full}", "billing"),
    ("Self-pay balance for {NAME:p1.invc} acct# {ACCOUNT_NUMBER:acct} is {:money}, {:r1.rel} will pay on card {CREDIT_CARD:cc}", "billing money"),
    ("SSn {SSN:ssn_mixed} for {NAME:p1.full} doesn't match SSA — probably transposed", "typo evasion"),
    ("{:p1.his} ssn is {SSN:ssn_words} per {:r1.rel} {NAME:r1.first} on the phone", "evasion lowercase"),
    ("Medicaid # {HEALTH_PLAN_ID:mcaid} and MBI {HEALTH_PLAN_ID:mbi} both on file for {NAME:p1.last} (dual)", "eligibility"),
    # --- URLs ---
    ("Pt portal link for the {NAME:p1.last} family: {URL:p1.url}", "url"),
    ("{:p1.His} {:r1.rel} set up a page for updates: {URL:p1.cb}", "url"),
    ("telehealth visit link for {NAME:p1.first} at {:time}: <{URL:p1.url}|join>", "url"),
    ("don't share {URL:p1.url} in #general, that's {NAME:p1.last}'s chart view", "url"),
    # --- IPs / devices / IT ---
    ("EVV won't sync for {NAME:p1.full}'s visit {DATE:svc}, tablet IP {IP_ADDRESS:ip}. {:s1.first} clocked in manually.", "evv"),
    ("Fax server {IP_ADDRESS:ip} is down again, orders piling up", "it"),
    ("tablet {:asset} keeps getting {IP_ADDRESS:ip} instead of the VPN range — can't open charts. {:ticket}", "it ticket"),
    ("{:s1.first}'s hotspot shows {IP_ADDRESS:ipv6}, CareTrail blocks it. ticket {:ticket}", "it"),
    # --- staff identifiers (conservative types) ---
    ("Credentialing: {:s1.full} RN license {LICENSE_NUMBER:rnlic} — renewal due {:meet}", "credentialing"),
    ("Dr. {:d1.last}'s DEA is {LICENSE_NUMBER:dea}, NPI {:npi} — pharmacy needs both for the {NAME:p1.last} comfort kit", "credentialing npi"),
    ("New aide {:s1.first} start packet: DL {LICENSE_NUMBER:dl}, plate {VEHICLE_ID:plate} for the parking list", "credentialing"),
    ("Fleet car VIN {VEHICLE_ID:vin} is due for inspection — it's parked at the {:fac}", "fleet"),
    ("send the signed F2F to {:s1.first} at {EMAIL:s1.email}, she's covering intake", "business-contact"),
    ("{:hosp} CM {:s1.full}, {PHONE:phone_ext}, has 2 more referrals for us", "business-contact"),
    ("Whoever has the Ford — plate {VEHICLE_ID:plate} — left the lights on in the {:fac} lot", "fleet"),
    ("Nursing lic for {:s1.full}: {LICENSE_NUMBER:lic}, verified on PALS {:meet}. Reach {:s1.her} at {PHONE:phone}", "credentialing"),
    ("corp card {CREDIT_CARD:cc} declined at the pharmacy for the comfort kit — {:s1.first} paid out of pocket, reimburse pls", "money"),
    ("pls fax the orders to Dr. {:d1.last}'s office {PHONE:fax} and cc {EMAIL:s1.email}", "business-contact"),
    ("pharmacy fax # changed → {PHONE:fax}. update the {:fac} sheet", "business-contact"),
    ("<tel:{PHONE:telraw#a}|{PHONE:teldash#a}> is the new after-hours triage line, send it to the answering svc", "business-contact"),
    # --- age / VIP / employee health ---
    ("{:p1.title} {NAME:p1.last} is {AGE:age90} and still splitting wood, don't let {:p1.her} talk you out of the PT eval 😂", ""),
    ("{NAME:p1.full}, {AGE:age90w} years young, wants the aide to come before {:time}", "evasion"),
    ("{NAME:s1.first}'s not just out sick — employee health case, {:s1.she} was admitted to {:hosp} {DATE:svc}. keep it quiet pls", "employee-health"),
    ("FYI {NAME:s1.full} (HHA, {:team}) was referred to us as a patient by {:s1.his} PCP. Need someone outside {:s1.his} own team for the SOC, MRN {MRN:mrn}.", "employee-health"),
    ("Employee health: {NAME:s1.full} needle stick on {DATE:svc} at a pt home, baseline labs drawn. Don't discuss in the team channel.", "employee-health"),
    ("VIP heads up — the {:county} County commissioner's {:p1.parent}, {NAME:p1.full}, is on service as of {DATE:svc}. Chart access is audited.", "vip"),
    ("Board member {NAME:p1.full} signed on to hospice today. Please keep this need-to-know.", "vip"),
    ("our own {NAME:s1.lfull} is now on service w/ us (knee replacement {DATE:svc}). {:s1.she} asked that {:s1.his} team not be assigned", "employee-health lowercase"),
    ("Birthday alert 🎂 {NAME:p1.full} turns {AGE:age90} on {DATE:svc_l}! aides want to bring a cake", "age"),
    ("pt is {AGE:age90} y/o, lives alone in {ADDRESS:town}, refuses LifeAlert. {NAME:p1.first} says {:p1.she}'s been fine for {:count} years", ""),
    ("Census note: {NAME:p1.last} ({AGE:age90}), {NAME:p2.last} ({:age_young}), {NAME:p3.last} ({AGE:age90}) all on {:s1.first}'s caseload", "age list"),
    # --- complaints / records / compliance ---
    ("Complaint from {NAME:r1.full} — aide was 2 hrs late to {NAME:p1.first}'s on {DATE:svc} and didn't call. {:r1.She} wants a callback from a supervisor.", "complaint"),
    ("Records request for {NAME:p1.full} (DOD {DATE:dod}) from an estate attorney. HIM pls — {:r1.rel} {NAME:r1.full} is executor.", "records"),
    ("HIPAA: someone posted {NAME:p1.last}'s address ({ADDRESS:addr_full}) in the all-staff channel. Deleted, reporting to compliance.", "hipaa"),
    ("Release of info signed by {NAME:p1.full} on {DATE:svc} lists {:p1.his} {:r1.rel} {NAME:r1.full} only.", "records"),
    ("Grievance log #{:count}: {:r1.rel} of {NAME:p1.inv} unhappy with bath schedule. Resolved {:meet}.", "complaint"),
    # --- forwarded snippets / multi-line ---
    ("""Fwd from the answering service:
---
Caller: {NAME:r1.full}
Re: {NAME:p1.full}, DOB {DATE:dob}
Msg: needs refill of {:med}, pharmacy closed
Callback: {PHONE:phone}
---""", "on-call forwarded"),
    ("""fwd ---------
From: {EMAIL:r1.email}
Subject: visits
Hi, this is {NAME:r1.first}, {NAME:p1.first}'s {:r1.rel}. Can the nurse come after 2 on {DATE:svc}? Thanks""", "forwarded"),
    ("""copy/paste from the face sheet:
{NAME:p1.inv}
{ADDRESS:addr_ml}
DOB {DATE:dob_s}  MRN {MRN:mrn}""", "forwarded structured"),
    ("""> {NAME:p1.invc} | {DATE:dob} | {:payer}
> SOC {DATE:svc} | {:dx}
^^ this one's ours now, {:s1.first} has it""", "forwarded"),
    ("Pasted from fax cover: RE: {NAME:p1.ufull} DOB: {DATE:dob} FAX BACK TO {PHONE:fax}", "forwarded"),
    # --- address variants ---
    ("pls update demographics: {NAME:p1.full} moved to {ADDRESS:addr_full}. new home # {PHONE:phone}", "address-change"),
    ("{NAME:p1.last}'s place is {ADDRESS:street} off Rt {:rte} in {ADDRESS:town} — long lane, need 4wd in winter", "route"),
    ("{NAME:p1.full} has no phone — Amish family, use the neighbor's shanty phone {PHONE:phone} and let it ring", ""),
    ("mailing addr for {NAME:p1.first} is {ADDRESS:pobox_full}, physical is {ADDRESS:rr}. don't send supplies to the PO box", ""),
    ("{:p1.titlend} {NAME:p1.last} moving in w/ {:p1.his} {:r1.rel} in {ADDRESS:town} on {DATE:svc}, transfer to {:county} team", "address-change"),
    ("gate code for {ADDRESS:street_unit} is in the chart. that's {NAME:p1.first}'s unit, ring twice", ""),
    ("Snow day triage — can't reach these by car:\n- {NAME:p1.last}, {ADDRESS:rr}\n- {NAME:p2.last}, {ADDRESS:street}\nPhone visits instead pls", "route multiline"),
    ("{NAME:p1.first} lives in {ADDRESS:town} now, ZIP {ADDRESS:zip}. update payer too", ""),
    ("dropping supplies at {ADDRESS:addr_st_town} on the way — anyone need anything for {NAME:p1.llast}?", ""),
    # --- lower case / typos / terse ---
    ("{NAME:p1.llast} dc'd from {:hosp} {DATE:svc_s}, roc tmrw", "lowercase terse"),
    ("pt {NAME:p1.lfull} refusing visits agin, {:r1.rel} says try next wk", "lowercase typo"),
    ("adress for {NAME:p1.last} is {ADDRESS:addr_full} not {ADDRESS:street}, the hospital had the old one", "typo"),
    ("{NAME:p1.first} dob {DATE:dob}?? or is that the wrong {NAME:p1.first}", "terse"),
    ("ok {NAME:p1.llast} done. {NAME:p2.llast} next", "terse lowercase"),
    ("tomorow {NAME:p1.last} 9am, {NAME:p2.last} 11 — {:s1.first} confirm?", "typo terse"),
    ("d/c {NAME:p1.last} goals met {DATE:svc}", "terse"),
    ("who's got {NAME:p1.first}? pt's {:r1.rel} on line 2", "terse"),
    ("need wound pics for {NAME:p1.last} b4 Dr. {:d1.last} signs", "terse"),
    ("ptnt {NAME:p1.lfull} d.o.b {DATE:dob_s}", "typo lowercase"),
    # --- nickname / inverted / initials ---
    ("{NAME:p1.full} (\"{NAME:p1.nick}\") prefers we use the nickname — please note in the chart", "nickname"),
    ("everyone calls {:p1.her} {NAME:p1.nick} but the chart says {NAME:p1.inv}", "nickname"),
    ("{NAME:p1.fi} in {ADDRESS:town} needs a Saturday aide — any takers?", ""),
    ("{NAME:p1.ufull} — DNR on fridge, POLST signed {DATE:svc}", ""),
    # --- slack markup ---
    ("*{NAME:p1.full}* — SOC moved to {DATE:svc}, `MRN {MRN:mrn}` for ref", ""),
    ("<@{:uid}> <@{:uid}> need a sub for `{NAME:p1.last}` tomorrow, *{:time}*, in {ADDRESS:town}", ""),
    ("> {NAME:p1.full} called again about the {:equip}\nyes I know, {:vendor} says {:meet} 🙄", "dme"),
    ("`{MRN:mrn}` ← that's {NAME:p1.first}'s new chart # after the merge", ""),
    ("*Heads up* :warning: {NAME:p1.last} has an aggressive dog, call ahead ({PHONE:phone_d})", "safety"),
    # --- safety / home ---
    ("Safety flag: {ADDRESS:addr_full} — firearms in home, {:r1.rel} {NAME:r1.first} agreed to lock them. Visits in pairs for now.", "safety"),
    ("{NAME:p1.full}'s {:r1.rel} smokes near the O2 — {:s1.first} reeducated {DATE:svc}. 2nd warning.", "safety"),
    ("bedbugs reported at {ADDRESS:street_unit}, {NAME:p1.last} unit. bring the disposable gowns", "safety"),
    # --- misc hard PHI ---
    ("Chase {NAME:p1.last} for the signed consent pls — {:r1.rel} keeps saying {:p1.she}'ll do it tomorrow", "word-name"),
    ("Will {NAME:p1.first} be home {DATE:svc}? {:r1.rel} said maybe dialysis moved", "word-name"),
    ("Grant {NAME:p1.full} access to the family portal? {:r1.rel} asked. link {URL:p1.url}", "word-name url"),
    ("pt {NAME:p1.full} and {:p1.his} {:r1.rel} {NAME:r1.first} both on service now — separate charts, {MRN:mrn} / {MRN:mrn}", ""),
    ("Transfer summary for {NAME:p1.full}, admitted to {:hosp} {DATE:svc}, d/c to SNF {DATE:svc}. Hold visits.", "transfer"),
    ("The {NAME:p1.last}s asked if the aide can stay longer on {DATE:svc_l}", "hard-list"),
    ("Quick one: is {NAME:p1.first} the {:age_young} y/o in {ADDRESS:town} or the one on {ADDRESS:street}?", ""),
    ("Mileage dispute: {:s1.first} says {NAME:p1.last}'s ({ADDRESS:rr}) to {NAME:p2.last}'s is 31 mi, MedRoute says 19", "route"),
    ("lab draw for {NAME:p1.last} {DATE:svc} — INR. results to Dr. {:d1.last}, fax {PHONE:fax}", ""),
    ("new wound on {NAME:p1.full}'s sacrum noted {DATE:svc}, stage 2, photos uploaded", ""),
    ("Please add {NAME:p1.full} (MRN {MRN:mrn}) to IDG {:meet}, {:p1.she} declined fast", "idg"),
    ("IDG list:\n1. {NAME:p1.invc} — recert {DATE:svc}\n2. {NAME:p2.invc} — new admit\n3. {NAME:p3.invc} — live discharge?", "idg multiline"),
    ("{:s1.first}, {NAME:p1.first}'s {:r1.rel} called to say thank you for the care {:p1.she} got — card is on your desk 💐", ""),
    ("Volunteer request: someone to sit with {NAME:p1.first} {DATE:svc_l} 1-4 so {:r1.rel} {NAME:r1.first} can go to {:r1.his} own appt", "volunteer"),
    ("Hi team — {NAME:p1.full}'s family asked that we not discuss prognosis in front of {:p1.her}. {:p1.She} understands English more than {:p1.she} lets on.", ""),
    ("Translator needed for {NAME:p1.last} visit on {DATE:svc} — family English is limited, {:r1.rel} {NAME:r1.first} translates when home", ""),
    ("Live discharge {NAME:p1.full} eff {DATE:svc}, no longer terminally ill. Notify {:payer}.", "hospice"),
    ("Respite stay for {NAME:p1.last} at the hospice house {DATE:svc} to {DATE:svc}, {:r1.rel} traveling", "hospice"),
    ("Revocation: {NAME:p1.full} revoked hospice {DATE:svc} to go back for chemo. MBI {HEALTH_PLAN_ID:mbi}.", "hospice"),
    ("Election statement signed by {NAME:r1.full} as rep for {NAME:p1.full}, {DATE:svc}", "hospice"),
    ("Chaplain visit for {NAME:p1.first} — {:p1.she}'s asking for a priest, Fr. at St. Bernard's in {:offtown} knows {:p1.her}", ""),
    ("{:payer} case mgr wants last 3 visit dates for {NAME:p1.last}: {DATE:svc_s}, {DATE:svc_s}, {DATE:svc_s}", "eligibility"),
    ("Please confirm {NAME:p1.full} DOB: is it {DATE:dob} or {DATE:dob}? Two different on the referral.", ""),
    ("aide sup visit for {NAME:p1.last} {DATE:svc} — {:s1.first} observed, all good", ""),
    ("Insulin pt {NAME:p1.full} — pump serial {DEVICE_ID:serial}, Medtronic support # is on the pump. {:r1.rel} manages settings.", "device"),
    ("thx {:s1.first}! {NAME:p1.first} loved the visit 🙏", "emoji"),
    ("pharmacy called: rx for {NAME:p1.full} dob {DATE:dob_s} ready for pickup, {:r1.rel} can get it", ""),
    ("{NAME:p1.full} <{EMAIL:p1.email}> wants the visit calendar emailed monthly", ""),
    ("cell for the {:r1.rel} is {PHONE:phone_spaced} ({:r1.she} typed it that way in the portal lol) — pt {NAME:p1.last}", "evasion"),
    ("pt # {PHONE:phone_zw} — {NAME:p1.full}", "evasion"),
    ("{NAME:p1.last} home phone is {PHONE:phone_fw} per the hospital face sheet", "evasion"),
    ("she spelled it out: {PHONE:phone_words}. that's {NAME:r1.full}, {:r1.rel} of {:p1.title} {NAME:p1.last}", "evasion"),
    ("SS# {SSN:ssn_fw} for {NAME:p1.first}, copied from the Epic printout", "evasion"),
    ("mrn {MRN:mrn_spaced} (pt read it off the bracelet) — {NAME:p1.lfull}", "evasion lowercase"),
    ("Teams call w/ {NAME:r1.full} about {:r1.his} {:p1.parent}, {:p1.title} {NAME:p1.last}, at {:time}, I'll take notes", ""),
    ("Asked bot: \"find open slot for {NAME:p1.full} after {DATE:svc}\" and it booked {NAME:p2.full} instead 🙃", "bot"),
    ("@TeamsBot draft a letter to {NAME:r1.full} at {ADDRESS:addr_full} confirming {NAME:p1.first}'s hospice election", "bot"),
    ("@IntakeBot lookup {MRN:mrn}", "bot terse"),
    ("hey bot, what's {NAME:p1.lfull}'s next visit?", "bot lowercase"),
    ("@SchedBot cancel all visits for {NAME:p1.full} {DATE:svc} thru {DATE:svc}, pt in hospital", "bot"),
    # --- more coverage of the rarer types ---
    ("Age check for the hospice house admit: {NAME:p1.full} is {AGE:age90}, not {:age_young} — referral typo", "age"),
    ("{NAME:p1.lfirst} turned {AGE:age90} last wk, family threw a party, pt wiped out today. aide pls keep it short", "age lowercase"),
    ("Aide {:s1.first}'s car got hit in the {NAME:p1.last} driveway — other driver's plate {VEHICLE_ID:plate}, VIN {VEHICLE_ID:vin} per the police report", "incident"),
    ("Mileage claim for {:s1.full}: personal vehicle plate {VEHICLE_ID:plate}, {:count} mi this month", "fleet"),
    ("Hospice aide {:s1.full} — DL {LICENSE_NUMBER:dl} expired, can't drive for visits till renewed", "credentialing"),
    ("PALS lookup: RN lic {LICENSE_NUMBER:rnlic} shows active. Still need the CPR card from {:s1.first}.", "credentialing"),
    ("Dr. {:d1.last} has a new DEA: {LICENSE_NUMBER:dea}. Update the comfort kit order template please.", "credentialing"),
    ("P-card for the on-call bag is {CREDIT_CARD:cc}, exp {:exp} — pls don't post it in here again 🤦", "money"),
    ("{NAME:r1.full} wants autopay for {NAME:p1.first}'s private-duty bill from checking {ACCOUNT_NUMBER:bank}", "billing"),
    ("portal invite bounced for {NAME:r1.first} — resend? {URL:p1.url}", "url"),
    ("Obit for {NAME:p1.full} is up if anyone wants to send a card: {URL:p1.obit}", "url death"),
    ("telehealth hub at {NAME:p1.last}'s house reports from {IP_ADDRESS:ip}, vendor can't reach it", "device"),
    ("VA CCN auth for {NAME:p1.full} came through, VA member ID {HEALTH_PLAN_ID:member}", "eligibility"),
    ("last 4 of {:p1.his} SSN ({:last4}) matched, but the full SSN on the referral ({SSN:ssn_dash}) doesn't — {NAME:p1.last} chart on hold", "ssn"),
]


# ---------------------------------------------------------------------------
# Clean frames: no PHI at all (many hard negatives)
# ---------------------------------------------------------------------------
CLEAN_FRAMES = [
    # --- meetings / calendar ---
    ("Reminder: IDG meets {:meet} at {:time} in {:room}. Zoom ID {:zoom} for the {:offtown} folks.", "calendar"),
    ("@IntakeBot move my 3pm 1:1 with {:s1.full} to {:time} tomorrow", "bot calendar staff-name"),
    ("Staff meeting moved to {:meet}, {:time}. {:e1.full} ({:exectitle}) will join for the first 15 min.", "calendar exec-name"),
    ("Can we push the scheduling huddle to {:time}? I have a call with {:vendor} about the bed backlog.", "calendar vendor"),
    ("Bot: book {:room} for {:meet} 1-3pm, title \"Q3 route review\"", "bot calendar"),
    ("Town hall w/ {:e1.full} on {:meet} — bring questions about the new mileage policy", "calendar exec-name"),
    ("OASIS-E refresher {:meet} {:time}, CEUs available. Sign up: https://intranet.ridgelinehh.org/education/oasis-e", "calendar"),
    ("Survey window opens {:meet}. Everyone please have your competencies uploaded by then.", "calendar deadline"),
    ("1:1 with {:s1.first} rescheduled to {:meet}, {:s1.she}'s covering {:county} on-call", "calendar staff-name"),
    ("Holiday on-call sign-up closes {:meet}. Thanksgiving still needs 2 RNs for {:county}.", "calendar"),
    ("Board meeting packet is on the board portal (https://board.ridgelinehh.org/packet) — meeting is {:meet}", "calendar url-nonphi"),
    ("calendar hold: budget review w/ {:e1.first} + finance {:meet} {:time}", "calendar lowercase exec-name"),
    ("Moving the volunteer orientation to {:meet} because the {:fac} furnace is out again", "calendar"),
    ("Zoom link for tomorrow's QAPI: meeting ID {:zoom}, passcode in the invite", "calendar zoom"),
    ("@SchedBot show me my meetings for {:meet}", "bot calendar"),
    ("Pls decline the {:anyvendor} demo on {:meet}, we're not switching vendors this year", "calendar vendor"),
    # --- staff / exec / vendor names ---
    ("Welcome {:s1.full}, our new {:role} on the {:team}! {:s1.She} starts orientation {:meet} 🎉", "staff-name"),
    ("Shoutout to {:s1.first} and {:s2.first} for covering 14 visits between them on Saturday 👏", "staff-name"),
    ("Our CEO {:e1.full} will be at the {:fac} on {:meet} for rounding.", "exec-name"),
    ("{:e1.full} approved the extra PRN aide hours for {:county}. Thanks all for the data.", "exec-name"),
    ("{:v1.full} from {:vendor} says the new beds arrive {:meet}. {:v1.She}'ll send the tracking.", "vendor"),
    ("Dr. {:d1.last} will cover hospice medical director calls {:meet} while Dr. {:d2.last} is away", "clinician"),
    ("{:s1.full} passed {:s1.his} CHPN exam!! 🎉🎉", "staff-name"),
    ("Please welcome {:s1.first} {:s1.last} back from leave — {:s1.she}'ll be on the {:fac} schedule starting {:meet}.", "staff-name"),
    ("{:s1.first} is the new volunteer coordinator; send all sitter requests to {:s1.her}, not to me", "staff-name"),
    ("Mark {:s1.last} is covering {:fac} triage today, ping him with anything urgent", "word-name staff-name"),
    ("Faith from the volunteer office says we need 3 more sitters for the weekend", "word-name"),
    ("Hope {:s1.first} enjoys the vacation — {:s2.first} is taking {:s1.his} Thursday route", "word-name staff-name"),
    ("Will do. I'll get the routes out by {:time}.", "word-name"),
    ("Rose from billing asked whether the {:cpt} visits from last month were re-submitted", "word-name cpt"),
    ("Bill the RN visits under G0299 and aide visits under G0156, per the cheat sheet", "word-name cpt"),
    ("Grant report due {:meet} — {:e1.first} needs visit counts by county, no pt info", "word-name calendar"),
    ("Chase the signed orders from Dr. {:d1.last}'s office pls, they're 30 days out", "word-name clinician"),
    ("Page the on-call RN through the answering service, {:ext} from any desk phone", "word-name ext"),
    ("Page {:count} of the policy manual covers the new visit frequency rules", "word-name"),
    ("Can someone mark the {:fac} supply closet as restocked? Thanks {:s1.first}", "word-name staff-name"),
    ("Faith and Hope are the names of the two new therapy dogs at the hospice house 🐶", "word-name emoji"),
    ("{:s1.first} {:s1.last} and {:s2.first} {:s2.last} are the new preceptors for the Fall cohort", "staff-name"),
    ("Dr. {:d1.last}, our medical director, will sign the batch of recert orders {:meet}", "clinician"),
    ("{:v1.first} at {:anyvendor} is our new rep. {:v1.She}'s great, very responsive.", "vendor"),
    ("{:e1.full} and {:e2.full} will present the strategic plan at the board retreat", "exec-name"),
    ("Thanks to {:s1.full} for the new route map, it cut {:county} drive time a lot", "staff-name"),
    ("RIP to the old fax machine in the {:fac} 🪦 it served us well", "emoji"),
    ("Condolences to {:s1.first} — {:s1.his} grandmother passed last weekend. Card going around the {:fac}.", "staff-name"),
    # --- facility addresses / business phones w/o numbers ---
    ("Office address for the W-9: {:office_addr}", "facility-address"),
    ("New supply drop-off point is the back door of our {:office_with_addr}", "facility-address"),
    ("Mail for the hospice house goes to {:office_addr} until the PO box is sorted", "facility-address zip-like"),
    ("Main office ZIP is 17074 — use that for the vendor form, not your home ZIP", "zip-like facility-address"),
    ("Our {:offtown} site is moving to a new suite on {:meet}; address stays the same except the suite #", "facility-address"),
    ("Parking at the {:offtown} office: staff in the back lot, leave the front for families dropping off equipment", "facility-address"),
    ("Call the scheduler line and pick option 3, or {:ext} internally", "ext"),
    ("The on-call answering svc is {:ext} from inside the building", "ext"),
    ("Our {:offtown} team covers everything west of the river now, {:county} too", "facility-address"),
    ("Pharmacy is at ext. 2214 for the hospice house, the main line forwards after 5", "ext"),
    # --- counts / money / aggregates ---
    ("Census today: {:count} home health, {:count} hospice, {:count} pending SOCs", "census"),
    ("We have {:count} patients 90+ on census this month, up from last quarter", "age-aggregate"),
    ("2 pts over 90 on the {:county} route this week, so plan extra time for transfers", "age-aggregate"),
    ("Reminder: 90-day benefit periods for the first two, then 60-day. Recert F2F needed for BP3+.", "age-aggregate"),
    ("Our avg age on hospice is 82 this year; {:pct} of admits had dementia as primary", "age-aggregate"),
    ("Mileage reimbursement is $0.70/mi starting {:meet}", "money"),
    ("{:po} for the 12 hospital beds from {:vendor} approved, {:bigmoney}.", "po money"),
    ("{:invoice} from {:vendor} is {:money} — is that the concentrator rental or the tanks?", "money invoice"),
    ("Budget: {:money} left in cost center {:ccenter} for aide overtime this quarter", "money"),
    ("Timely filing for Q2 claims is {:meet}. Billing has {:count} still on hold.", "deadline"),
    ("Our visit count for FY2025 was up 14% over FY2024 in Juniata", "money"),
    ("CAHPS scores came in: {:pct} would recommend. Great job everyone!", "census"),
    ("LUPA rate last month {:lowpct}, target under 8%", "census"),
    ("Per diem for the Harrisburg conference is $59/day, submit receipts within 30 days", "money"),
    ("Gas cards: {:count} left in the {:fac} safe, sign out sheet is on the door", "money"),
    ("Open visits this week: {:count} RN, {:count} aide, {:count} PT — help if you can!", "census"),
    # --- tickets / versions / IT ---
    ("Ticket {:ticket} re the printer in the {:fac}; IT says by {:meet}.", "ticket"),
    ("CareTrail upgrade to {:ver} Saturday night; tablets need a restart Monday morning", "version"),
    ("{:ticket} — EVV app crashing on {:ver}. Workaround: clear cache and log back in.", "ticket version"),
    ("Laptop {:asset} is in IT for a new battery, use the loaner in {:room}", "asset"),
    ("MedRoute {:ver} fixed the mountain-road mileage bug finally 🙌", "version"),
    ("VPN client needs to be {:ver} or higher or you can't reach CareTrail from home", "version"),
    ("Opened {:ticket} for the {:fac} wifi, it's dropping every 10 min", "ticket"),
    ("The intranet on-call policy is here: <https://intranet.ridgelinehh.org/policies/on-call|on-call policy>", "url-nonphi"),
    ("Tablet inventory: {:count} assigned, {:count} spare, 3 cracked screens ({:asset}, {:asset}, {:asset})", "asset"),
    ("Change {:ticket} approved: fax server patch tonight 10pm-midnight", "ticket"),
    ("FYI: DEL-{:count}4 is the delivery ticket format {:vendor} uses now, not a patient number", "ticket"),
    ("If your EVV clock-in fails, screenshot the error and open a ticket, don't text IT", "it"),
    # --- codes / clinical without identifiers ---
    ("NPI for Dr. {:d1.last} is {:npi} if billing needs it on the {:payer} form", "npi"),
    ("Reminder: hospice primary dx can't be R54 or R62.7 alone, need the underlying cause", "icd"),
    ("Concentrators bill under E1390; hospital beds E0260; {:hcpcs} needs a CMN. Check the DME cheat sheet.", "hcpcs"),
    ("ICD-10 check: {:icd} — which PDGM clinical group does that land in? CareTrail says MMTA", "icd"),
    ("Per CMS, HH aide visits billed G0156 need a supervisory visit every 14 days", "cpt"),
    ("Wound care in-service: stage 3 vs 4 staging quiz, {:count} questions", "clinical"),
    ("Comfort kit contents changed — {:med} replaced haloperidol per pharmacy committee", "clinical"),
    ("Fall precautions refresher: any fall → incident report within 24h, no exceptions", "policy"),
    ("standard O2 safety teaching sheet is in the SOC folder, pls leave one in every home", "lowercase clinical"),
    ("Reminder that aide care plans must be updated with every recert", "policy"),
    ("Best practice for dementia pts at sundown: schedule aide visits before 3 when we can", "clinical"),
    ("Room 214 at the hospice house has a broken call bell — maintenance ticket is in", "room"),
    # --- topic mentions (ssn / mrn / hipaa) ---
    ("MRNs in CareTrail are 7 digits now, the old 6-digit ones got a leading zero", "mrn-topic"),
    ("Don't put SSNs in Teams. Ever. Use the secure fax workflow.", "ssn-topic hipaa"),
    ("Why does the referral form still ask for SSN? Medicare doesn't need it anymore since MBIs.", "ssn-topic"),
    ("HIPAA reminder: no pt names in channel names, use initials of the route instead", "hipaa"),
    ("The caller gave last 4 {:last4} but no name, couldn't match anyone — told her to call the office", "last4"),
    ("MRN field is required on the new incident form — leave it blank for staff injuries", "mrn-topic"),
    ("Quick poll: should we show MBI on the route sheet? I vote no.", "ssn-topic"),
    ("Compliance says the new patient portal links expire after 24h, so don't worry about old ones", "hipaa"),
    ("Reminder: DOB + name is 2 identifiers. Use both on the phone before giving any info.", "hipaa"),
    # --- routes / logistics, business context towns ---
    ("Route 22 closed by Mifflintown for bridge work till {:meet}, plan detours", "route"),
    ("Snow plan: if {:county} schools close, aide visits there go to phone check-ins", "route"),
    ("{:count} visits unassigned for tomorrow on the {:offtown} side. Who can pick some up?", "route census"),
    ("Fleet car #3 is at the shop, use #5 (keys in the {:fac} lockbox)", "fleet"),
    ("MedRoute says {:county} is averaging {:count} mi per visit now", "route"),
    ("Has anyone driven Tuscarora Mtn this morning? Icy?", "route"),
    ("The {:fac} route board is updated, green dots = confirmed", "route"),
    ("Equipment room at the {:fac} needs a full DME count before {:vendor} pickup {:meet}", "dme"),
    ("{:vendor} truck will be at the {:offtown} office at {:time} to swap out the O2 stock", "dme vendor"),
    ("{:vendor} raised rental prices by {:lowpct} — {:e1.first} is negotiating", "vendor money"),
    ("Deliveries to rural addresses now need 48h notice per {:vendor}'s new policy", "dme vendor"),
    # --- lowercase / terse / chatty ---
    ("ok who took the last box of size M gloves from the {:fac} 😤", "lowercase emoji"),
    ("lol the coffee maker is fixed", "lowercase"),
    ("k thx", "terse"),
    ("on it", "terse"),
    ("running late, traffic on 322", "terse"),
    ("can sb cover my 2pm huddle? dentist", "terse lowercase"),
    ("anyone know if the {:fac} has extra BP cuffs? mine broke", "lowercase"),
    ("happy friday all!! ☀️", "emoji"),
    ("pls stop microwaving fish in the {:fac} 🙏", "emoji lowercase"),
    ("Good morning team, reminder that timesheets are due {:meet} by noon.", "deadline"),
    ("who's bringing what for the potluck {:meet}? I've got deviled eggs", "lowercase calendar"),
    ("the thermostat in {:room} is set to 62 again lol", "lowercase"),
    ("omw", "terse"),
    ("thx for covering yesterday, owe you one", "terse"),
    ("is the wifi down or just me", "lowercase terse"),
    # --- formal / policy ---
    ("Effective {:meet}, all hospice admissions require a second RN review before the NOE is filed.", "policy calendar"),
    ("Policy HH-{:count}4 (Visit Frequency) has been revised; please acknowledge in the LMS by {:meet}.", "policy"),
    ("Per the new state rule, aide competency evaluations are due annually rather than every 2 years.", "policy"),
    ("Please be advised that the {:fac} will close at 2pm on {:meet} for the fire inspection.", "facility"),
    ("The Q3 QAPI report is attached. Highlights: falls down 11%, hospitalizations flat.", "census"),
    ("Effective immediately, the mileage log template on the intranet replaces the paper form.", "policy"),
    # --- bot requests, clean ---
    ("@IntakeBot how many pending referrals do we have?", "bot"),
    ("Bot, summarize yesterday's on-call log without names pls", "bot"),
    ("@SchedBot who's on call for {:county} tonight?", "bot"),
    ("hey bot draft a thank-you to {:vendor} for the quick bed delivery", "bot vendor"),
    ("@TeamsBot set a reminder: recert batch to Dr. {:d1.last} {:meet}", "bot clinician"),
    ("/schedule block {:s1.first} {:meet} PTO", "bot staff-name"),
    ("@IntakeBot what's the referral fax workflow again?", "bot"),
    ("Bot: list open aide shifts in {:county} this week", "bot"),
    # --- slack markup / lists / tables ---
    ("*On-call this weekend*\n• Perry: {:s1.first}\n• Juniata: {:s2.first}\n• Mifflin: {:s3.first}\nBackup: Dr. {:d1.last}", "calendar staff-name"),
    ("| Team | Open visits | OT hrs |\n| Perry | {:count} | {:count} |\n| Juniata | {:count} | {:count} |\n| Mifflin | {:count} | {:count} |", "table census"),
    ("<@{:uid}> can you approve the {:anyvendor} invoice? `{:invoice}`", "invoice"),
    ("`{:ver}` is live — release notes in #it-announcements", "version"),
    ("> can we get more gloves\nordered, {:po}, should land {:meet}", "po"),
    ("Agenda for {:meet}:\n1. census\n2. on-call rotation\n3. {:anyvendor} contract\n4. AOB", "calendar"),
    ("*Reminder* :bell: flu clinic for staff {:meet}, {:room}, {:time}", "calendar emoji"),
    ("- {:equip}: {:count}\n- {:equip}: {:count}\n- {:equip}: {:count}\ncount done at the {:fac}", "dme"),
    ("<@{:uid}> <@{:uid}> who can take the {:county} aide orientation?", "staff-name"),
    ("~cancelled~ jk the huddle is back on for {:time}", "calendar"),
    # --- forwarded snippets, clean ---
    ("""Fwd from {:anyvendor}:
> Your order {:po} has shipped. Estimated delivery {:meet}.
> Questions? Contact your account rep.""", "po vendor"),
    ("""fyi from HR:
---
Open enrollment closes {:meet}. Benefits fair in {:room} at {:time}.
---""", "calendar"),
    ("""Pasted from the CMS update:
"Home health agencies must report OASIS-E items M1033 and J1800 for all SOC assessments." """, "policy"),
    ("""From compliance:
> Reminder: texting PHI from personal phones is prohibited. Use the secure app.
> Violations will be reported.""", "hipaa"),
    # --- typos ---
    ("recieved the new supply order, puting it away now", "typo"),
    ("teh huddle is at {:time} not 9 sorry", "typo"),
    ("anyoen have the new mileage form?", "typo"),
    ("who ordrered 40 boxes of chux lol", "typo"),
    ("schedual for next wk is posted, lmk if conflicts", "typo"),
    # --- clinician staff (Dr.) ---
    ("Dr. {:d1.last} says {:d1.she}'ll do F2F visits Tuesdays now instead of Thursdays", "clinician"),
    ("Welcome Dr. {:d1.last}, our new associate medical director! NPI {:npi}", "clinician npi"),
    ("Dr. {:d1.last} is out {:meet}; route all order questions to Dr. {:d2.last}", "clinician calendar"),
    ("Sign-off needed from Dr. {:d1.last} on {:count} plans of care — batch is in {:d1.his} inbox", "clinician"),
    # --- misc hard negatives ---
    ("Rose Hill Rd is closed for the bridge, so the {:fac} route detours via Ickesburg", "route"),
    ("Chase Bank direct deposit issue is fixed per payroll", "word-name"),
    ("Grant funding from the county aging office renewed for FY2026 🎉", "word-name money"),
    ("Will the new EVV app work offline? Half of {:county} has no signal.", "word-name"),
    ("Hope Center is hosting our bereavement group {:meet} at {:time}", "word-name calendar"),
    ("Faith-based volunteers from the Mennonite church are helping with the {:meet} food drive", "word-name"),
    ("Mark all completed visits in green on the board please", "word-name"),
    ("Bill from {:vendor} said the bed order is delayed a week", "word-name vendor"),
    ("Dr. Page is the new wound consultant; referrals go through the office", "word-name clinician"),
    ("Page me if the fax server goes down again", "word-name"),
    ("Room 12 at the hospice house is getting new flooring {:meet}", "room"),
    ("Hospice house census: {:small} of 8 beds, 2 respite", "census"),
    ("Volunteer hours for the year: {:count}00+! 🙌", "census emoji"),
    ("Our CMS certification number didn't change with the merger, same CCN", "policy"),
    ("The CHAP surveyors will be here the week of {:meet}; {:e1.full} will greet them", "calendar exec-name"),
    ("Please don't park in the {:fac} handicapped spot even for a minute, we got a warning", "facility"),
    ("Reminder for ages: we can't admit under-18s, refer peds to Olivia's House", "age-aggregate"),
    ("We're up to {:count} pts over 90 in Mifflin alone", "age-aggregate"),
    ("Price for a 90-day supply of gloves went up to {:money}", "money age-aggregate"),
    ("Nurse {:s1.first} {:s1.last}'s NPI is {:npi} — needed for the Highmark enrollment", "npi staff-name"),
    ("Ticket INC0048213 is closed, the fax toner was just empty", "ticket"),
    ("Zip code for the Newport office is 17074; Mifflintown office is 17059", "zip-like facility-address"),
    ("Cost center {:ccenter} is for hospice aides, {:ccenter} for home health aides", "money"),
    ("Our license renewal as an agency is due {:meet}, Administrator is on it", "deadline"),
    ("The board approved the {:bigmoney} capital request for new tablets", "money"),
    ("Software version on the fax server is {:ver} — IT says that's current", "version"),
    ("Donations from the {:county} Rotary covered the Christmas gift bags for all hospice families", "donor"),
    ("Thank you to the Shope Family Foundation for the grant toward the hospice house garden", "donor"),
    ("{:s1.first} expensed {:money} on the corp card ending {:last4} — receipt missing", "money last4"),
    ("Intake stats {:meet}: avg referral age 81, youngest 54, oldest 89. No identifiers in the report.", "age-aggregate"),
    ("Guest speaker for the volunteer dinner: {:v1.full} from the Area Agency on Aging", "vendor"),
]



def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)

    def plan(frames, n):
        # every frame once, then more rounds; a frame without placeholders is used once
        used = [0] * len(frames)
        cap = [1 if not TOKEN.search(t) else 4 for t, _ in frames]
        idx = []
        while len(idx) < n:
            block = [i for i in range(len(frames)) if used[i] < cap[i]]
            if not block:
                raise RuntimeError("not enough frames")
            rng.shuffle(block)
            for i in block[:n - len(idx)]:
                used[i] += 1
                idx.append(i)
        return idx

    jobs = [("phi", i) for i in plan(PHI_FRAMES, N_PHI)] + \
           [("clean", i) for i in plan(CLEAN_FRAMES, N_CLEAN)]
    rng.shuffle(jobs)
    seen = set()
    out = []
    for n, (kind, i) in enumerate(jobs, 1):
        tmpl, ftags = (PHI_FRAMES if kind == "phi" else CLEAN_FRAMES)[i]
        for attempt in range(300):
            try:
                text, spans = render(tmpl, rng)
            except Redraw:
                continue
            if text in seen:
                continue
            if (kind == "phi") != bool(spans):
                raise ValueError("frame kind mismatch: %r" % tmpl)
            break
        else:
            raise RuntimeError("could not render %r" % tmpl)
        seen.add(text)
        out.append({"id": "ib-%04d" % n, "text": text, "spans": spans,
                    "tags": make_tags(ftags, text, spans)})
    path = os.path.join(here, "generated_ib.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    nphi = sum(1 for o in out if o["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean) from %d PHI + %d clean frames" % (
        path, len(out), nphi, len(out) - nphi, len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
