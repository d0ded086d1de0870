#!/usr/bin/env python3
"""Generator for a PHI-labelled chat corpus (prefix iv).

Persona: administrator of a nursing home / long-term care facility writing to the
delegation bot and in Teams/Slack. Standard library only, fixed seed.
Output: generated_iv.jsonl next to this script, raw format of check_phi_corpus.py.

Frames use placeholders  {T:kind}  or  {T:kind@key}
  T = PHI type code (N D A P E S M H AC L V DV U IP AD CC) -> labelled span
  T = x                                                    -> plain filler, no span
  @key binds a person / value so later placeholders reuse it.
"""
import json, os, random, re

SEED = 20240917
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_iv.jsonl")

TYPE_CODES = {
    "N": "NAME", "D": "DATE", "A": "AGE", "P": "PHONE", "E": "EMAIL", "S": "SSN",
    "M": "MRN", "H": "HEALTH_PLAN_ID", "AC": "ACCOUNT_NUMBER", "L": "LICENSE_NUMBER",
    "V": "VEHICLE_ID", "DV": "DEVICE_ID", "U": "URL", "IP": "IP_ADDRESS",
    "AD": "ADDRESS", "CC": "CREDIT_CARD",
}

# ---------------------------------------------------------------- names (residents, families)
# (given name, gender)
GIVEN_F = [
    # Hispanic
    "Guadalupe", "Rosario", "Consuelo", "Esperanza", "Maricela", "Dolores", "Inés", "Graciela", "Yolanda", "Socorro",
    # African American
    "Latoya", "Shanice", "Odessa", "Hattie", "Mavis", "Earline", "Ebony", "Queen Esther", "Lorraine", "Bernice",
    # West / East African
    "Chinwe", "Adwoa", "Abena", "Ngozi", "Folake", "Aminata", "Wanjiru", "Almaz", "Nyokabi", "Zawadi", "Mariama",
    # South Asian
    "Savitri", "Lakshmi", "Kamala", "Gurpreet", "Nirmala", "Farzana", "Sushila", "Parvati",
    # East / Southeast Asian
    "Mei-Ling", "Keiko", "Xiuying", "Soon-ja", "Huong", "Malee", "Corazon", "Perla", "Thuy", "Yoshiko",
    # Middle Eastern
    "Fatima", "Layla", "Samira", "Leila", "Shirin", "Nadia", "Huda",
    # Eastern European
    "Halina", "Olena", "Zofia", "Ludmila", "Jadwiga", "Mirela", "Agnieszka", "Svetlana",
    # Irish / Italian
    "Siobhan", "Bridget", "Maeve", "Nora", "Concetta", "Carmela", "Filomena", "Annunziata",
    # Native American / Pacific Islander
    "Winona", "Loretta", "Wilma", "Leilani", "Malia", "Mele", "Pua", "Kalena",
    # older Anglo names typical of the age group
    "Dorothy", "Mildred", "Evelyn", "Gladys", "Virginia", "Imogene", "Bea", "Ruth",
]
GIVEN_M = [
    "Ramón", "Jesús", "Alejandro", "Héctor", "Rogelio", "Teodoro", "Ezequiel", "Aurelio",
    "Darnell", "Tyrone", "Jamal", "DeShawn", "Cleophus", "Otis", "Roosevelt", "Leroy",
    "Kwame", "Oluwaseun", "Babajide", "Yaw", "Mamadou", "Kofi", "Tesfaye", "Abebe", "Kamau", "Haile",
    "Ramesh", "Prakash", "Venkatesh", "Harbhajan", "Mohinder", "Anil",
    "Hiroshi", "Takeshi", "Wei", "Jae-won", "Bao", "Somchai", "Minh", "Dong-hyun",
    "Yusuf", "Nasser", "Khalil", "Mahmoud", "Dariush", "Karim",
    "Stanislaw", "Bogdan", "Dmitri", "Vasyl", "Miroslav", "Tadeusz",
    "Padraig", "Declan", "Eamon", "Cormac", "Giuseppe", "Salvatore", "Vito", "Rocco",
    "Delbert", "Ahanu", "Sione", "Tevita", "Keoni", "Kalani",
    "Harold", "Walter", "Eugene", "Irving", "Clarence", "Norbert",
]
SURNAMES = [
    "Gutiérrez", "Ramírez", "de la Cruz", "Del Valle", "Santiago", "Espinoza", "Montoya", "Villanueva", "Quiñones",
    "Washington", "Jefferson", "Booker", "Freeman", "Gaines", "Merriweather", "Toussaint", "Pettaway",
    "Okafor", "Adeyemi", "Mensah", "Boateng", "Diallo", "Nwosu", "Ogunleye", "Asante", "Mwangi", "Odhiambo",
    "Kiplagat", "Abdi", "Wolde", "Gebremedhin",
    "Patel", "Venkataraman", "Chaudhry", "Sandhu", "Iyer", "Banerjee", "Rahman", "Gill",
    "Nakamura", "Tanaka", "Chen", "Liu", "Park", "Choi", "Wong", "Nguyen", "Tran", "Pham", "Santos", "Reyes",
    "Dela Rosa", "Phommachanh", "Sok",
    "Haddad", "Khoury", "Al-Masri", "Farouk", "Tehrani", "Abboud",
    "Kowalczyk", "Nowak", "Petrenko", "Horvath", "Dvořák", "Wiśniewski", "Popescu", "Ivanova",
    "O'Neill", "O'Sullivan", "Fitzgerald", "McLaughlin", "Gallagher", "Brannigan", "Keane",
    "Russo", "DeLuca", "Esposito", "Ciccone", "Lombardi", "Marchetti",
    "Van Dyke", "van der Berg", "De Vries",
    "Reyes-Whitfield", "Abboud-Sanders", "Kowalski-Burke", "Okafor-Reid",
    "Begay", "Yazzie", "Tsosie", "Whitehorse", "Running Bear", "Benally",
    "Kealoha", "Fonoti", "Tuilagi", "Kahananui", "Faleolo",
    "Sullivan", "Hartley", "Pelletier", "Thibault",
]
NICKS = {
    "Dorothy": "Dottie", "Mildred": "Millie", "Evelyn": "Evie", "Virginia": "Ginny", "Imogene": "Jean",
    "Guadalupe": "Lupe", "Rosario": "Charo", "Consuelo": "Chelo", "Dolores": "Lola", "Socorro": "Coco",
    "Bernice": "Bunny", "Hattie": "Hat", "Queen Esther": "Queenie", "Ramón": "Moncho", "Jesús": "Chuy",
    "Alejandro": "Alex", "Salvatore": "Sal", "Giuseppe": "Joe", "Concetta": "Connie", "Carmela": "Millie",
    "Filomena": "Mena", "Stanislaw": "Stan", "Tadeusz": "Ted", "Bogdan": "Bob", "Padraig": "Paddy",
    "Bridget": "Biddy", "Walter": "Walt", "Harold": "Hal", "Eugene": "Gene", "Cleophus": "Cleo",
    "Oluwaseun": "Seun", "Babajide": "Jide", "Venkatesh": "Venky", "Harbhajan": "Bhajan", "Mei-Ling": "Ling",
    "Leilani": "Lani", "Kalani": "Lani", "Roosevelt": "Rosie", "Clarence": "Clancy", "Norbert": "Bert",
    "Agnieszka": "Aga", "Svetlana": "Sveta", "Ludmila": "Lyuda", "Annunziata": "Nancy", "Ruth": "Ruthie",
}
PET_NICKS = ["Sonny", "Cookie", "Tootie", "Red", "Skip", "Babe", "Sugar", "Peaches", "Buddy", "Chick", "Mama T"]

# ---------------------------------------------------------------- staff & business people (never PHI)
STAFF_FIRST = ["Renee", "Marcus", "Priya", "Tomasz", "Ayesha", "Kevin", "Jocelyn", "Emeka", "Lindsey", "Carlos",
               "Thu", "Brianna", "Nikhil", "Shauna", "Dariela", "Paulo", "Megan", "Obinna", "Hyun-woo", "Tamika",
               "Sean", "Lucia", "Andre", "Fiona", "Rashid", "Gwen", "Luis", "Kateryna", "Joy", "Ikaika"]
STAFF_LAST = ["Medeiros", "Callahan", "Oyelaran", "Bui", "Szymanski", "Lapointe", "Mahmoud", "Castillo", "Whitaker",
              "Desrosiers", "Chowdhury", "Lindqvist", "Amankwah", "Yoon", "Fortier", "Kaminski", "Ortega",
              "Moynihan", "Tavares", "Achterberg", "Ruiz", "Mbeki", "Hollis", "Nakashima", "Papadakis"]
EXECS = ["Gail Thibodeau", "Robert Okonkwo", "Denise Alvarado", "Martin Feeney", "Sunita Rao", "Greg Lavallee"]
EXEC_ROLES = ["our CEO", "the regional VP", "our CFO", "the VP of clinical ops", "corporate compliance", "the COO"]
DOCS = ["Dr. Anand", "Dr. Kessler", "Dr. Obi", "Dr. Marquez", "Dr. Lindgren", "Dr. Haddad-Levin", "Dr. Tran"]
SURVEYORS = ["Pam Royce", "Terrence Hobbs", "Ana Lucia Ferreira", "Bev Stanton"]
VENDORS = ["Medline", "McKesson", "PointClickCare", "Direct Supply", "Sodexo", "Stericycle", "Cintas", "Omnicare"]
AGENCIES = ["BrightStar Staffing", "Nightingale Nurses", "CareForce Staffing", "Bay State Agency Nurses", "StatCare Pros"]
HOSPICES = ["Merrimack Valley Hospice", "Compassus", "Seasons Hospice", "Beacon Hospice"]
HOSPITALS = ["Lowell General", "Holy Family", "Lahey", "Anna Jaques", "Mass General", "Saints campus"]
FUNERAL = ["Dracut Funeral Home", "McDonough Funeral Home", "O'Donnell & Sons", "Saggese Funeral Home"]
BANKS = ["Enterprise Bank", "Citizens", "Bank of America", "Santander", "Eastern Bank", "DCU"]
PAYERS = ["Tufts Health Plan", "Senior Whole Health", "Humana", "Aetna Medicare", "UnitedHealthcare", "BCBS"]
UNITS = ["Birch", "2 North", "Memory Care", "Rose Garden", "Rehab", "Maple", "3 South", "Willow"]
FACILITY = "Maple Grove Health & Rehabilitation"
FAC_SHORT = ["Maple Grove", "MGHR", "the Grove"]
FAC_ADDRS = ["1450 Lowell Road, Chelmsford, MA 01824", "1450 Lowell Rd", "22 Commerce Way, Woburn MA 01801",
             "600 Suffolk St, Lowell, MA 01854"]
BUSINESS_TOWNS = ["Chelmsford", "Woburn", "Lowell", "Andover", "Nashua"]
RES_TOWNS = ["Dracut", "Tewksbury", "Billerica", "Methuen", "Tyngsborough", "Westford", "Pelham NH", "Haverhill",
             "Lawrence", "Amesbury", "Wilmington", "Lowell", "Chelmsford", "Salem NH", "Lynn", "Brockton"]
STREETS = ["Pleasant St", "Varnum Ave", "Mammoth Rd", "Bridge St", "Lakeview Ave", "Nesmith St", "Gorham St",
           "Tarbox Rd", "Broadway", "Pawtucket Blvd", "Chestnut St", "Maple Ave", "Parker St", "Wentworth Ave",
           "Fletcher St", "Hildreth St", "School St", "Main St", "Andover St", "Middlesex St"]
TOWN_ZIP = {"Dracut": "01826", "Tewksbury": "01876", "Billerica": "01821", "Methuen": "01844",
            "Tyngsborough": "01879", "Westford": "01886", "Haverhill": "01830", "Lawrence": "01841",
            "Amesbury": "01913", "Wilmington": "01887", "Lowell": "01852", "Chelmsford": "01824",
            "Lynn": "01902", "Brockton": "02301"}
DX = ["CHF", "COPD", "Alzheimer's dementia", "CKD stage 4", "s/p R hip ORIF", "CVA w/ L hemiparesis", "Parkinson's",
      "DM2", "A-fib on Eliquis", "stage 3 sacral PI", "UTI", "aspiration pneumonia"]
MEDS = ["Eliquis", "Seroquel", "lorazepam", "morphine 5mg SL", "Lasix", "insulin glargine", "haloperidol", "Ativan"]

# ---------------------------------------------------------------- value helpers
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZW = "\u200b"
NBSP = "\u00a0"
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "one hundred and one", 102: "one hundred two", 103: "one hundred three",
             104: "one hundred four"}


def digits(n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def ordinal(d):
    return "%d%s" % (d, ORD.get(d, "th"))


def fmt_date(y, m, d, style=None, with_year=True):
    styles_y = ["m/d/Y", "mm/dd/Y", "m/d/y", "ISO", "Month d, Y", "d-Mon-Y", "MMDDYYYY", "Mon d Y", "d Month Y"]
    styles_n = ["m/d", "Mon d", "Mon dth", "Month d", "Month dth", "dth of Month", "mm/dd"]
    if style is None:
        style = rng.choice(styles_y if with_year else styles_n)
    return {
        "m/d/Y": "%d/%d/%d" % (m, d, y), "mm/dd/Y": "%02d/%02d/%d" % (m, d, y),
        "m/d/y": "%d/%d/%02d" % (m, d, y % 100), "ISO": "%d-%02d-%02d" % (y, m, d),
        "Month d, Y": "%s %d, %d" % (MONTHS[m - 1], d, y), "d-Mon-Y": "%02d-%s-%d" % (d, MON3[m - 1], y),
        "MMDDYYYY": "%02d%02d%d" % (m, d, y), "Mon d Y": "%s %d %d" % (MON3[m - 1], d, y),
        "d Month Y": "%d %s %d" % (d, MONTHS[m - 1], y),
        "m/d": "%d/%d" % (m, d), "Mon d": "%s %d" % (MON3[m - 1], d), "Mon dth": "%s %s" % (MON3[m - 1], ordinal(d)),
        "Month d": "%s %d" % (MONTHS[m - 1], d), "Month dth": "%s %s" % (MONTHS[m - 1], ordinal(d)),
        "dth of Month": "%s of %s" % (ordinal(d), MONTHS[m - 1]), "mm/dd": "%02d/%02d" % (m, d),
    }[style]


def rand_md():
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return m, d


def luhn_complete(prefix, length):
    num = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return num + str((10 - total % 10) % 10)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    c = [str(rng.randint(1, 9)), rng.choice(MBI_L), rng.choice(MBI_AN), str(rng.randint(0, 9)),
         rng.choice(MBI_L), rng.choice(MBI_AN), str(rng.randint(0, 9)), rng.choice(MBI_L), rng.choice(MBI_L),
         str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    return rng.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:], s.lower() if rng.random() < 0.1 else s])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, gender=None, last=None):
        self.g = gender or rng.choice("FM")
        self.first = rng.choice(GIVEN_F if self.g == "F" else GIVEN_M)
        self.last = last or rng.choice(SURNAMES)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = NICKS.get(self.first) or rng.choice(PET_NICKS)


FAMILY_GENDER = {"si": "F", "br": "M", "d": "F", "s": "M", "w": "F", "h": "M", "gs": "M", "gd": "F", "ni": "F", "ne": "M"}


def fresh(ctx, gender=None, last=None):
    used = ctx.setdefault("_used", set())
    for _ in range(50):
        p = Person(gender, last)
        if p.first not in used and (last or p.last not in used):
            break
    used.add(p.first); used.add(p.last)
    return p


def person(ctx, key):
    if key is None:
        return fresh(ctx)
    if key not in ctx:
        last = None
        if key in FAMILY_GENDER or key in ("p", "g", "f"):
            if "r" in ctx and rng.random() < 0.5:
                last = ctx["r"].last
        ctx[key] = fresh(ctx, FAMILY_GENDER.get(key), last)
    return ctx[key]


def name_value(p, kind):
    if kind == "full":
        return p.first + " " + p.last
    if kind == "first":
        return p.first
    if kind == "last":
        return p.last
    if kind == "nick":
        return p.nick
    if kind == "mid":
        return "%s %s. %s" % (p.first, p.mi, p.last)
    if kind == "inv":
        return "%s, %s %s" % (p.last.upper(), p.first.upper(), p.mi)
    if kind == "invc":
        return "%s, %s" % (p.last, p.first)
    if kind == "fi":
        return "%s %s" % (p.first, p.last[0].upper())
    if kind == "full_lc":
        return (p.first + " " + p.last).lower()
    if kind == "first_lc":
        return p.first.lower()
    if kind == "last_lc":
        return p.last.lower()
    if kind == "caps":
        return (p.first + " " + p.last).upper()
    if kind == "lastcaps":
        return p.last.upper()
    raise KeyError(kind)


# ---------------------------------------------------------------- PHI value generators
def g_date(kind, ctx, key):
    if kind == "dob":
        y = rng.randint(1919, 1946); m, d = rand_md()
        return fmt_date(y, m, d), set()
    if kind == "dobfw":
        y = rng.randint(1919, 1946); m, d = rand_md()
        return fmt_date(y, m, d, "m/d/Y").translate(FW), {"evasion", "fullwidth"}
    if kind == "bday":
        m, d = rand_md()
        return fmt_date(2000, m, d, rng.choice(["Month d", "Month dth", "Mon d", "m/d", "Mon dth", "dth of Month"])), set()
    if kind in ("ev", "evy", "evn", "evs"):
        y = rng.choice([2024, 2025]); m, d = rand_md()
        if kind == "evs":
            return fmt_date(y, m, d, rng.choice(["m/d", "mm/dd", "Mon d"])), set()
        wy = {"ev": rng.random() < 0.5, "evy": True, "evn": False}[kind]
        return fmt_date(y, m, d, with_year=wy), set()
    raise KeyError(kind)


def g_age(kind, ctx, key):
    a = rng.randint(90, 104)
    if kind == "num":
        return str(a), set()
    if kind == "word":
        return AGE_WORDS[a], {"evasion"}
    if kind == "numlow":  # just-over threshold
        return str(rng.choice([90, 91, 92])), set()
    raise KeyError(kind)


AREA = ["978", "617", "508", "781", "603", "774", "351", "857", "413"]


def phone_digits(ctx, key):
    if key and ("P#" + key) in ctx:
        return ctx["P#" + key]
    ds = rng.choice(AREA) + str(rng.randint(2, 9)) + digits(2, False) + digits(4, False)
    if key:
        ctx["P#" + key] = ds
    return ds


def g_phone(kind, ctx, key):
    d = phone_digits(ctx, key)
    a, b, c = d[:3], d[3:6], d[6:]
    tags = set()
    if kind == "any":
        kind = rng.choice(["dash", "dash", "paren", "dots", "intl", "plain", "spaces"])
    if kind == "dash":
        v = "%s-%s-%s" % (a, b, c)
    elif kind == "paren":
        v = "(%s) %s-%s" % (a, b, c)
    elif kind == "dots":
        v = "%s.%s.%s" % (a, b, c)
    elif kind == "intl":
        v = "+1 %s %s %s" % (a, b, c)
    elif kind == "plain":
        v = d
    elif kind == "spaces":
        v = "%s %s %s" % (a, b, c)
    elif kind == "tel":
        v = "+1" + d
    elif kind == "ext":
        v = "%s-%s-%s %s %s" % (a, b, c, rng.choice(["ext.", "x", "ext", "EXT"]), digits(rng.choice([2, 3, 4])))
    elif kind == "nbsp":
        v = "%s%s%s%s%s" % (a, NBSP, b, NBSP, c); tags = {"evasion"}
    elif kind == "zw":
        v = "%s-%s%s-%s" % (a, b, ZW, c); tags = {"evasion", "zero-width"}
    elif kind == "fw":
        v = ("%s-%s-%s" % (a, b, c)).translate(FW); tags = {"evasion", "fullwidth"}
    elif kind == "spelled":
        w = lambda s: " ".join(DIGIT_WORDS[int(ch)] for ch in s)
        v = "%s, %s, %s" % (w(a), w(b), w(c)); tags = {"evasion"}
    elif kind == "mixed":
        v = "%s.%s-%s" % (a, b, c); tags = {"evasion"}
    else:
        raise KeyError(kind)
    return v, tags


BIZ_DOMAINS = {"BrightStar Staffing": "brightstarstaffing.com", "Nightingale Nurses": "nightingalenurses.com",
               "CareForce Staffing": "careforce-staffing.net", "Bay State Agency Nurses": "baystateagency.com",
               "StatCare Pros": "statcarepros.com", "Merrimack Valley Hospice": "mvhospice.org",
               "Compassus": "compassus.com", "Seasons Hospice": "seasons.org", "Beacon Hospice": "beaconhospice.com"}
EMAIL_DOM = ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "hotmail.com", "verizon.net", "icloud.com", "outlook.com"]


def ascii_fold(s):
    tr = str.maketrans("áéíóúñüçěřšžąęłńśźżÁÉÍÓÚÑŠŽŁŚŻ", "aeiounuceršzaelnszzAEIOUNSZLSZ")
    s = s.translate(tr).replace("ř", "r").replace("š", "s")
    return re.sub(r"[^A-Za-z]", "", s)


def g_email(kind, ctx, key):
    if key and ("E#" + key) in ctx and kind != "obf":
        return ctx["E#" + key], set()
    tags = set()
    if kind in ("personal", "obf"):
        p = person(ctx, key) if key else Person()
        f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
        local = rng.choice(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, rng.randint(1, 99)), "%s%s" % (f, l[:4]),
                            "%s_%s%d" % (l, f[0], rng.randint(40, 75)), "%s.%s" % (f, l[0])])
        dom = rng.choice(EMAIL_DOM)
        if kind == "obf":
            u, dd = dom.split(".")
            v = rng.choice(["%s [at] %s [dot] %s" % (local, u, dd), "%s at %s dot %s" % (local, u, dd),
                            "%s(at)%s(dot)%s" % (local, u, dd)])
            tags = {"evasion"}
        else:
            v = local + "@" + dom
    elif kind == "biz":
        who = ctx.get("x#staff" + (key or ""), rng.choice(STAFF_FIRST) + " " + rng.choice(STAFF_LAST)).split()
        f, l = ascii_fold(who[0]).lower(), ascii_fold(who[-1]).lower()
        org = ctx.get("x#agency" + (key or "")) or ctx.get("x#hospice" + (key or "")) or rng.choice(AGENCIES + HOSPICES)
        dom = BIZ_DOMAINS[org]
        v = rng.choice(["%s.%s@%s" % (f, l, dom), "%s%s@%s" % (f[0], l, dom), "%s@%s" % (f, dom)])
        tags = {"business-contact"}
    else:
        raise KeyError(kind)
    if key:
        ctx["E#" + key] = v
    return v, tags


def g_ssn(kind, ctx, key):
    a = "%03d" % rng.randint(1, 665); b = "%02d" % rng.randint(1, 99); c = "%04d" % rng.randint(1, 9999)
    if kind == "any":
        kind = rng.choice(["std", "std", "std", "nodash", "spaces", "mixed"])
    if kind == "std":
        return "%s-%s-%s" % (a, b, c), set()
    if kind == "nodash":
        return a + b + c, {"evasion"}
    if kind == "spaces":
        return "%s %s %s" % (a, b, c), set()
    if kind == "spaced":
        return " ".join(a + b + c), {"evasion"}
    if kind == "mixed":
        return "%s.%s-%s" % (a, b, c), {"evasion"}
    if kind == "zw":
        return "%s-%s%s-%s" % (a, b, ZW, c), {"evasion", "zero-width"}
    if kind == "fw":
        return ("%s-%s-%s" % (a, b, c)).translate(FW), {"evasion", "fullwidth"}
    if kind == "nbsp":
        return "%s%s%s%s%s" % (a, NBSP, b, NBSP, c), {"evasion"}
    raise KeyError(kind)


def g_mrn(kind, ctx, key):
    if kind == "any":
        kind = rng.choice(["d7", "d7", "d8", "z8", "dash"])
    if kind == "d7":
        return digits(7), set()
    if kind == "d8":
        return digits(8), set()
    if kind == "z8":
        return "00" + digits(6), set()
    if kind == "dash":
        return digits(3) + "-" + digits(4, False), set()
    if kind == "spaced":
        return " ".join(digits(7)), {"evasion"}
    raise KeyError(kind)


def g_hpid(kind, ctx, key):
    if kind == "mbi":
        return mbi(), set()
    if kind == "medicaid":
        return rng.choice(["1000", "1001", "1002"]) + digits(8, False), set()
    if kind == "member":
        return rng.choice(["XEH", "ZGP", "W", "MA", "HUM", "SWH"]) + digits(rng.choice([8, 9])), set()
    if kind == "any":
        return g_hpid(rng.choice(["mbi", "medicaid", "member"]), ctx, key)
    raise KeyError(kind)


def g_acct(kind, ctx, key):
    if kind == "any":
        kind = rng.choice(["har", "pat", "trust", "bank"])
    if kind == "har":
        return "6" + digits(8, False), set()
    if kind == "pat":
        return rng.choice(["", "PA", "A"]) + digits(rng.choice([7, 8, 10])), set()
    if kind == "trust":
        return rng.choice(["RT-", "RTA", ""]) + digits(5), set()
    if kind == "bank":
        return digits(rng.choice([9, 10, 12])), set()
    raise KeyError(kind)


def g_lic(kind, ctx, key):
    if kind == "dl":
        return rng.choice(["S" + digits(8, False), "S" + digits(8, False), digits(2) + "ABC" + digits(5),
                           "NHL" + digits(8, False)[:7], "D" + digits(7) + "-" + digits(2)]), set()
    if kind == "dea":
        return rng.choice("ABFM") + rng.choice("AKMORST") + digits(7, False), set()
    if kind == "rn":
        return rng.choice(["RN", "RN", "RN-", ""]) + digits(rng.choice([6, 7])), set()
    if kind == "lpn":
        return rng.choice(["LPN", "PN"]) + digits(6), set()
    if kind == "cna":
        return rng.choice(["NA", "CNA-", ""]) + digits(rng.choice([6, 7])), set()
    if kind == "nha":
        return "NHA" + digits(4), set()
    raise KeyError(kind)


def g_vehicle(kind, ctx, key):
    if kind == "plate":
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        return rng.choice(["%d%s%s %d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(100, 999)),
                           "%d%s%s%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L) + rng.choice(L), rng.randint(10, 99)),
                           "%s %s" % (digits(3), digits(4)), "%s%s%s%s" % (rng.choice(L), rng.choice(L), digits(3), rng.choice(L))]), set()
    if kind == "vin":
        v = "".join(rng.choice(VIN_CH) for _ in range(17))
        return rng.choice("12345JKW") + v[1:], set()
    raise KeyError(kind)


def g_device(kind, ctx, key):
    if kind == "any":
        kind = rng.choice(["ha", "pm", "cpap", "pump", "wg", "cgm"])
    v = {"ha": lambda: digits(4) + rng.choice("ABCDEFGH") + digits(5, False),
         "pm": lambda: rng.choice(["PJN", "RNB", "BLK", "KDR"]) + digits(6) + rng.choice(["S", "H", "G", ""]),
         "cpap": lambda: "2" + digits(10, False),
         "pump": lambda: "NG" + digits(7),
         "wg": lambda: "WG-" + digits(7, False),
         "cgm": lambda: rng.choice(["0M", "3M", "1K"]) + digits(8, False)}[kind]()
    return v, set()


def g_url(kind, ctx, key):
    p = person(ctx, key) if key else Person()
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    if kind == "portal":
        return rng.choice(["https://family.maplegrovehr.com/residents/%s/updates" % digits(5),
                           "https://portal.maplegrovehr.com/family?res_id=%s" % digits(6),
                           "https://maplegrove.familyconnect.app/r/%s-%s" % (l, digits(4))]), set()
    if kind == "caring":
        return rng.choice(["https://www.caringbridge.org/site/%s%s" % (f, l),
                           "https://www.caringbridge.org/visit/%s%s%d" % (f, l, rng.randint(1, 9)),
                           "caringbridge.org/site/%s-%s" % (f, l)]), set()
    if kind == "telehealth":
        return "https://telehealth.maplegrovehr.com/visit/%s?pt=%s" % (digits(6), l), set()
    if kind == "memorial":
        return "https://www.%s.com/obituaries/%s-%s-%s" % (rng.choice(["dracutfuneralhome", "mcdonoughfh", "legacy"]),
                                                          f, l, digits(5)), set()
    raise KeyError(kind)


def g_ip(kind, ctx, key):
    if kind == "v4":
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 254), rng.randint(2, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 60), rng.randint(2, 254)),
                           "172.16.%d.%d" % (rng.randint(0, 30), rng.randint(2, 254))]), set()
    if kind == "v6":
        return "fe80::%x:%x:%x:%x" % tuple(rng.randint(1, 65535) for _ in range(4)), set()
    raise KeyError(kind)


def street():
    return "%d %s" % (rng.randint(3, 980), rng.choice(STREETS))


def g_addr(kind, ctx, key):
    if kind == "full":
        t = rng.choice([t for t in RES_TOWNS if t in TOWN_ZIP])
        z = TOWN_ZIP[t]
        if rng.random() < 0.3:
            z += "-" + digits(4, False)
        st = street()
        if rng.random() < 0.25:
            st += rng.choice([" Apt ", " Unit ", " #"]) + str(rng.randint(1, 24))
        return rng.choice(["%s, %s, MA %s" % (st, t, z), "%s, %s MA %s" % (st, t, z), "%s %s MA %s" % (st, t, z)]), set()
    if kind == "street":
        return street(), set()
    if kind == "town":
        return rng.choice(RES_TOWNS), set()
    if kind == "zip":
        return rng.choice(list(TOWN_ZIP.values())), set()
    if kind == "pobox":
        return "PO Box %d, %s MA %s" % (rng.randint(10, 999), *rng.choice(list(TOWN_ZIP.items()))), set()
    if kind == "street_lc":
        return street().lower(), set()
    raise KeyError(kind)


def g_cc(kind, ctx, key):
    t = rng.choice(["visa", "visa", "mc", "amex"])
    if t == "visa":
        n = luhn_complete("4", 16)
    elif t == "mc":
        n = luhn_complete(rng.choice(["51", "53", "55", "2221"]), 16)
    else:
        n = luhn_complete(rng.choice(["34", "37"]), 15)
    sep = rng.choice([" ", "-", ""])
    if len(n) == 16:
        v = sep.join([n[0:4], n[4:8], n[8:12], n[12:]])
    else:
        v = sep.join([n[0:4], n[4:10], n[10:]])
    return v, set()


def g_name(kind, ctx, key):
    p = person(ctx, key)
    tags = {"lowercase"} if kind.endswith("_lc") else set()
    return name_value(p, kind), tags


PHI_GEN = {"N": g_name, "D": g_date, "A": g_age, "P": g_phone, "E": g_email, "S": g_ssn, "M": g_mrn,
           "H": g_hpid, "AC": g_acct, "L": g_lic, "V": g_vehicle, "DV": g_device, "U": g_url, "IP": g_ip,
           "AD": g_addr, "CC": g_cc}


# ---------------------------------------------------------------- non-PHI fillers
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def staff_name():
    return rng.choice(STAFF_FIRST) + " " + rng.choice(STAFF_LAST)


def meeting_date():
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%s %d/%d" % (rng.choice(WEEKDAYS), m, d), "%d/%d" % (m, d), "%s %d" % (MON3[m - 1], d),
                       "%s %s" % (rng.choice(WEEKDAYS), ordinal(d)), "%s %d" % (MONTHS[m - 1], d)])


def slack_user():
    return "<@U0%s>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


def filler(kind, ctx, key):
    p = ctx.get(key) if key else None
    if kind in ("she", "She", "her", "Her", "herobj", "title", "mom", "mother", "hers", "Title", "grandmother"):
        if p is None:
            p = person(ctx, key or "r")
        f = p.g == "F"
        return {"she": "she" if f else "he", "She": "She" if f else "He", "her": "her" if f else "his",
                "Her": "Her" if f else "His", "herobj": "her" if f else "him", "hers": "hers" if f else "his",
                "title": rng.choice(["Mrs.", "Ms.", "Mrs."]) if f else "Mr.", "Title": "Mrs" if f else "Mr",
                "mom": "mom" if f else "dad", "mother": "mother" if f else "father",
                "grandmother": "grandmother" if f else "grandfather"}[kind]
    if key and ("x#" + kind + key) in ctx:
        return ctx["x#" + kind + key]
    v = {
        "staff": staff_name, "staff_first": lambda: rng.choice(STAFF_FIRST),
        "staff_last": lambda: rng.choice(STAFF_LAST), "staff_lc": lambda: staff_name().lower(),
        "doc": lambda: rng.choice(DOCS), "exec": lambda: rng.choice(EXECS), "role": lambda: rng.choice(EXEC_ROLES),
        "surveyor": lambda: rng.choice(SURVEYORS), "vendor": lambda: rng.choice(VENDORS),
        "agency": lambda: rng.choice(AGENCIES), "hospice": lambda: rng.choice(HOSPICES),
        "hospital": lambda: rng.choice(HOSPITALS), "funeral": lambda: rng.choice(FUNERAL),
        "bank": lambda: rng.choice(BANKS), "payer": lambda: rng.choice(PAYERS), "unit": lambda: rng.choice(UNITS),
        "fac": lambda: rng.choice(FAC_SHORT), "facfull": lambda: FACILITY, "facaddr": lambda: rng.choice(FAC_ADDRS),
        "btown": lambda: rng.choice(BUSINESS_TOWNS),
        "room": lambda: "%d%s" % (rng.choice([1, 2, 3]) * 100 + rng.randint(1, 40), rng.choice(["", "", "A", "B"])),
        "time": lambda: rng.choice(["9am", "10:30", "11", "1pm", "2:15", "3pm", "3:30", "4", "noon", "8:45am"]),
        "mdate": meeting_date, "weekday": lambda: rng.choice(WEEKDAYS),
        "money": lambda: rng.choice(["$%d,%03d" % (rng.randint(1, 48), rng.randint(0, 999)), "$%d.%02d" % (rng.randint(10, 999), rng.randint(0, 99)),
                                     "$%dk" % rng.randint(2, 90)]),
        "count": lambda: str(rng.randint(2, 38)), "thou": lambda: ",%03d" % rng.randint(0, 999), "small": lambda: str(rng.randint(0, 5)),
        "ticket": lambda: rng.choice(["INC%07d" % rng.randint(10000, 999999), "DEL-%d" % rng.randint(100, 4999),
                                      "RITM%07d" % rng.randint(10000, 999999), "HD-%d" % rng.randint(1000, 99999)]),
        "po": lambda: rng.choice(["PO %d" % rng.randint(40000, 99999), "PO#%d" % rng.randint(40000, 99999), "PO-2025-%04d" % rng.randint(1, 9999)]),
        "inv": lambda: "INV-%d" % rng.randint(100000, 999999),
        "ver": lambda: rng.choice(["v%d.%d.%d" % (rng.randint(1, 25), rng.randint(0, 12), rng.randint(0, 9)),
                                   "build 2025.%d.0.%d" % (rng.randint(1, 12), rng.randint(1, 9)), "24.3.%d" % rng.randint(0, 9)]),
        "npi": lambda: "1" + "".join(str(rng.randint(0, 9)) for _ in range(9)),
        "cpt": lambda: rng.choice(["99304", "99305", "99306", "99308", "99309", "99310", "97110", "92507", "G0299"]),
        "icd": lambda: rng.choice(["F03.90", "I50.9", "J44.1", "N18.4", "L89.153", "R26.81", "W19.XXXA", "E11.9", "G30.1"]),
        "dx": lambda: rng.choice(DX), "med": lambda: rng.choice(MEDS),
        "ext": lambda: rng.choice(["x%d" % rng.randint(2000, 4999), "ext %d" % rng.randint(200, 499), "ext. %d" % rng.randint(2000, 4999)]),
        "zoom": lambda: "%d %04d %04d" % (rng.randint(810, 989), rng.randint(0, 9999), rng.randint(0, 9999)),
        "policy": lambda: rng.choice(["CL-%03d" % rng.randint(1, 300), "policy %d.%d" % (rng.randint(1, 14), rng.randint(1, 30)),
                                      "IC-%02d" % rng.randint(1, 60)]),
        "user": slack_user, "ftag": lambda: "F%d" % rng.choice([584, 600, 609, 610, 656, 684, 686, 689, 690, 697, 758, 880, 943]),
        "hours": lambda: str(rng.randint(6, 120)), "rate": lambda: "$%d/hr" % rng.randint(48, 98),
        "bonus": lambda: rng.choice(["$1,500", "$2,000", "$2,500", "$3,000", "$5,000"]), "pct": lambda: "%d%%" % rng.randint(3, 40),
    }[kind]()
    if key:
        ctx["x#" + kind + key] = v
    return v


# ================================================================ PHI frames
PHI_FRAMES = []


def F(tags, text):
    PHI_FRAMES.append((tags, text))


# --- falls / incidents
F("incident", "Incident report needed for {N:full@r} in {x:room} — unwitnessed fall {D:ev}, found on the floor next to the bed around 0300. No injury noted, neuro checks started. Was family notified?")
F("incident,lowercase", "fall #2 this month for {N:last_lc@r} (rm {x:room}). daughter {N:first_lc@d} is pretty upset, wants a call back at {P:any}")
F("incident,slack-markup", "{x:user} can you pull the IR for {x:title@r} {N:last@r}'s fall on {D:evn}? surveyors asked for it")
F("incident", "Quick one: did anyone call {N:full@d} about her {x:mom@r}'s fall? Her cell is {P:any}.")
F("incident,structured", "FALL — {N:inv@r} — DOB {D:dob} — MRN {M:any} — {x:unit} — bruise L hip, xray ordered, {x:doc} aware")
F("incident,multiline", "Falls log week of {x:mdate}:\n• {N:full} – {D:evs} – no injury\n• {N:full} – {D:evs} – skin tear R forearm\n• {N:full} – {D:evs} – sent to {x:hospital} ED, returned same day")
F("incident,typo", "Pleae make sure the 24hr follow up on {N:full@r}s fall gets done, the IR from {D:evn} is still open in Risk Watch")
F("incident,escalation", "Escalating: {N:full@r} ({x:room}) had a second fall in 48 hrs. Son {N:full@s} is threatening to call the ombudsman. I'd like {x:doc} to call him today — {P:any}.")
F("incident", "Resident-to-resident altercation in the {x:unit} dayroom at 1930: {N:full} struck {N:full} with a cane. Both assessed, no injury. State report due in 2 hrs.")
F("incident,lowercase,typo", "who did the neuro checks on {N:first_lc@r} last nite? nothing charted after 0200 and {x:she@r} fell {D:evs}")
F("incident,structured,multiline", "*Incident summary*\nResident: {N:full@r}\nDOB: {D:dob}\nDate of incident: {D:evy}\nType: fall w/ head strike\nDisposition: transferred to {x:hospital}")
F("incident", "{N:last@r} was found sitting on the bathroom floor again. PT wants a low bed + floor mats. Can we get those from {x:vendor} by {x:weekday}?")
F("incident,escalation", "The {N:last@r} family is asking for the camera footage from the hallway on {D:ev}. I told them we need to talk to corporate first. {x:exec}, can you advise?")
F("incident", "Elopement attempt: {N:full@r} set off the door alarm at the Rose Garden exit at 1645. WanderGuard {DV:wg} was working. 15-min checks x 72h.")
F("incident,lowercase", "abuse allegation — {N:full_lc@r}'s granddaughter {N:first_lc@gd} says an aide was rough during care on {D:evn}. reported to DPH at 1412, aide suspended pending investigation")
F("incident,structured", "Skin check: new stage 2 on coccyx for {N:fi@r}, MR# {M:any}, first noted {D:evs}. Wound nurse to see tomorrow.")

# --- birthdays over 90
F("age,emoji", "🎂 {N:full@r} turns {A:num} on {D:bday}! Activities is planning cake in the {x:unit} dayroom — can someone order balloons?")
F("age,lowercase", "reminder: {N:full_lc@r} is {A:num} today, the family is coming at 2 for cake")
F("age", "Can you draft a birthday card message for {x:title@r} {N:last@r}? {x:She@r}'ll be {A:word} on {D:bday} and loves the Red Sox.")
F("age,vip", "Local paper wants to do a story on our oldest resident, {N:full@r} ({A:num}, born {D:dob}). Need the family's OK first — son {N:full@s}, {P:any}.")
F("age,multiline", "Birthdays this month (90+ club 🎉):\n- {N:full} — {A:num} — {D:bday}\n- {N:full} — {A:num} — {D:bday}\n- {N:full} — {A:num} — {D:bday}")
F("age", "{N:nick@r} ({N:full@r} in 112) told me this morning {x:she@r}'s {A:num} and 'not a day older than 80'. Lol. {x:Her@r} party is Sat.")
F("age,vip", "The governor's office is sending a citation for {N:full@r}'s {A:num}th birthday. Can the front desk coordinate with {x:her@r} nephew {N:first@ne}?")
F("age,typo", "{x:Title@r} {N:last@r} is {A:num} yrs ol and still does {x:her@r} own crossword every morning, the reporter from the Sun wants a photo of {x:herobj@r}")
F("age,lowercase", "pls add {N:full_lc@r} ({A:num}) to the birthday board for {D:bday}")
F("age", "When a resident turns {A:numlow} we do the certificate — {N:full@r} hits it on {D:bday}. Who's ordering?")

# --- hospice / end of life
F("hospice", "{N:full@r} went on hospice with {x:hospice} as of {D:ev}. Family wants to be called day or night: {N:first@d} {P:any} / {N:first@s} {P:any}")
F("hospice", "pls let the front desk know {N:full@r} passed at 0415 this morning ({D:evy}). Funeral home is {x:funeral}, they'll call before pickup.")
F("hospice,lowercase", "hospice aide asked for {N:last_lc@r}'s dob — it's {D:dob}. chart # {M:any}.")
F("hospice", "Comfort care only for {N:nick@r} per POA ({N:full@p}). DNR/MOLST on file, signed {D:evy}.")
F("hospice,multiline", "Hospice census as of this morning:\n{N:last} (Compassus)\n{N:last} (Seasons)\n{N:last}, {N:last} ({x:hospice})\nPlease keep the list in this channel only.")
F("hospice", "The {N:last@r} family asked if they can bring the dog in to say goodbye. {N:first@r} is actively dying, {x:doc} says hours to days. I said yes — any objection?")
F("hospice,escalation", "Hospice RN says {N:full@r}'s morphine wasn't given at 2200 on {D:evn}. Please pull the MAR and call {x:staff} in.")
F("hospice", "Obituary for {N:full@r} is up if staff want to sign the guestbook: {U:memorial@r}")
F("hospice,typo", "Chaplin visit requested for {N:full@r}, rm {x:room}, family gathering at 6. {x:Her@r} sister {N:full@si} is flying in from {AD:town}.")

# --- Medicaid pending / business office
F("structured", "Medicaid app for {N:full@r} is still pending — the caseworker needs 60 months of bank statements. Acct {AC:bank} at {x:bank}. Can the BOM follow up with the son?")
F("structured", "{N:full@r} — MassHealth ID {H:medicaid}, admitted {D:evy}, we've been carrying {x:money} in private-pay AR since then")
F("structured", "Spend-down: family is selling {N:first@r}'s car (VIN {V:vin}) to get under the asset limit. Who signs the title — the POA is {N:full@p}?")
F("structured,typo", "Need the MBI for {N:full@r} for the Medicaid app — I have {H:mbi} but the portal says invaild?")
F("structured", "Re: Medicaid pending list — please add {N:last} ({M:any}), {N:last} ({M:any}) and {N:last} ({M:any}).")
F("structured", "The house at {AD:full} is still in {N:first@r}'s name. Elder law attorney says it's countable unless the son keeps living there.")
F("structured,lowercase", "medicaid denied for {N:full_lc@r}, reason = missing life insurance cash value. member id {H:medicaid}. appeal window is 30 days")
F("structured,multiline", "Pending Medicaid (as of {x:mdate}):\n| Resident | MRN | Days pending |\n|---|---|---|\n| {N:invc} | {M:any} | 74 |\n| {N:invc} | {M:any} | 112 |\n| {N:invc} | {M:any} | 31 |")
F("structured", "{N:full@g} wants to pay the {x:money} balance by card over the phone: {CC:any}, exp 08/27. Can the BOM run it before Friday?")
F("structured", "Resident trust acct {AC:trust} for {N:last@r} is at $0 — personal needs allowance didn't post this month.")
F("structured", "Pls mail the statement to the guarantor, {N:full@g}, {AD:full}. HAR {AC:har}.")
F("structured,lowercase", "son says he'll set up autopay from his checking, acct {AC:bank}, routing is on the form. resident is {N:full_lc@r}")
F("structured,escalation", "Collections: {N:full@g} (POA for {N:full@r}) owes {x:money} and isn't answering. Last known address {AD:full}, phone {P:any}. Do we send to the attorney?")
F("structured", "Medicare A days run out next week for {N:last@r} (admitted {D:evn}). Does anyone know if {x:payer} member {H:member} picks up custodial?")
F("structured,evasion", "SSN for {N:last@r} on the Medicaid form is {S:nodash} — double check please, I think a digit got transposed")
F("structured", "Funeral home needs SSN and DOB for the death certificate: {N:full@r}, {S:std}, DOB {D:dob}, died {D:evy}.")
F("structured,lowercase", "can u look up {N:last_lc@r}'s medicaid # — i think it starts 1001 but i lost the sticky. mrn {M:any}")

# --- surveyors / state
F("survey", "Surveyors pulled records for {N:full}, {N:full} and {N:full}. Please have the MDS and care plans ready by 1pm.")
F("survey", "State is in the building. They want to interview {N:full@r}'s daughter {N:first@d} about the grievance she filed on {D:ev}.")
F("survey,lowercase", "surveyor asked for the pressure injury log for mrn {M:any} and {M:any} — both stage 3 sacral")
F("survey", "{x:ftag} concern re: {x:title@r} {N:last@r} — wandered out the side door on {D:ev}. WanderGuard serial {DV:wg} wasn't alarming. Maintenance says the receiver was unplugged.")
F("survey,multiline", "Sample list from the survey team:\n1. {N:full} (rm {x:room})\n2. {N:full} (rm {x:room})\n3. {N:full} — closed record, discharged {D:evs}\n4. {N:full} — hospice")
F("survey", "{x:surveyor} from DPH wants the weights for {N:full@r} for the last 90 days — {x:she@r} lost 11 lbs since admission ({D:ev}).")
F("survey,escalation", "Heads up: complaint survey is about {N:full@r}. Family alleges {x:she@r} sat in a wet brief for 6 hours on {D:evn}. Pull the CNA flow sheets for that shift.")
F("survey", "IJ removal plan needs to list every resident on the 2 North hall with a door code exposure: {N:last}, {N:last}, {N:last}, {N:last}. Draft by 4 please.")
F("survey,lowercase,typo", "ombudsman vist today re {N:full_lc@r}, she wants the care plan from {D:evn} and the grievance form")

# --- admissions / referrals
F("referral,structured", "New admit tomorrow: {N:inv@r}, DOB {D:dob}, from {x:hospital}, Medicare A, MBI {H:mbi}. Needs low bed + bariatric chair.")
F("referral,age", "Referral from {x:hospital}: {N:full@r}, {A:num} y/o, lives alone in {AD:town}, dx {x:dx}. Can we take {x:herobj@r}?")
F("referral,structured,lowercase", "admission packet for {N:full_lc@r} — ssn {S:std}, medicare {H:mbi}, secondary {x:payer} {H:member}")
F("referral", "Hi! Could you set up a tour for {N:full@d} on Thursday at 10? She's looking for a spot for her {x:mom@r}, {N:full@r}. Her number is {P:any}.")
F("referral,structured,multiline", "Referral — pls review\nName: {N:full@r}\nDOB: {D:dob}\nAddr: {AD:full}\nPhone: {P:any}\nIns: Medicare {H:mbi} / MassHealth {H:medicaid}\nDx: {x:dx}")
F("referral", "Can we take {N:last@r} back from {x:hospital}? Discharge planned {D:ev}, {x:she@r}'s been our resident since 2019 and the bed hold ran out.")
F("referral,lowercase", "hosp liaison says {N:full_lc@r} ok to come over {D:evn} after 2. needs iv abx x 10 days, picc placed {D:evn}")
F("referral", "Respite stay request: {N:full@r}, 2 weeks starting {D:ev}, caregiver is {x:her@r} wife {N:first@w} who's having knee surgery.")
F("referral,structured", "Pre-admission screening for {N:full@r} came back — PASRR level 1 only. Face sheet says prior address {AD:full}.")
F("referral,vip", "Incoming on Monday: {N:full@r}, former state senator. Please keep {x:herobj@r} off the census board and the photo wall. DOB {D:dob}.")

# --- agency staffing / credentialing (licence numbers are labelled whoever they belong to)
F("credentialing,structured", "Agency sent a new CNA for nights, {x:staff} from {x:agency}. CNA license # is {L:cna} — can HR verify on the registry before 11pm?")
F("credentialing", "Med director's DEA {L:dea} renews next month, need a copy of the new cert for the survey binder.")
F("credentialing,business-contact", "{x:agency@v} invoice is attached. Their scheduler is {x:staff@v}, {E:biz@v}, {P:ext}.")
F("credentialing,lowercase", "agency lpn tonight is {x:staff_lc}, lic {L:lpn}. never worked here before, pls pair w/ {x:staff_first} for orientation")
F("credentialing,structured,multiline", "License verification — agency nurses this week\n• {x:staff} – RN – {L:rn} – verified\n• {x:staff} – LPN – {L:lpn} – pending\n• {x:staff} – RN – {L:rn} – EXPIRED, do not schedule")
F("credentialing", "Administrator-in-training paperwork: my NHA license is {L:nha}, preceptor is {x:exec}. Can you send it to the board today?")
F("credentialing,business-contact", "New hospice liaison from {x:hospice@v}: {x:staff@v}, cell {P:any}, {E:biz@v}. She'll be here Tuesdays.")

# --- families / visitors / POA
F("name", "Visitor log flagged: {N:full@ne} visiting {N:full@r} (rm {x:room}) showed ID, DL {L:dl}. {x:Her@r} daughter asked us to restrict him.")
F("name,structured", "There's a car parked in the ambulance bay, plate {V:plate} — belongs to {N:first@r}'s grandson I think. Can someone ask him to move it?")
F("name,device", "{N:full@d} called again about {N:first@r}'s missing hearing aid (serial {DV:ha}). Can laundry check the bins before I call her back?")
F("name,structured", "Please update the face sheet: {N:full@r}'s POA is now {N:full@p}, {AD:full}, {P:any}, {E:personal@p}")
F("name,url", "Resident's son wants the family portal link resent: {U:portal@r} — can you email it to him?")
F("name,url", "CaringBridge page for {N:first@r} if anyone on staff wants to leave a note: {U:caring@r}")
F("name", "{N:full@d} is asking why her {x:mom@r} was moved from {x:room} without a call. I'd like to talk to her before the care conference.")
F("name,lowercase", "fyi {N:first_lc@d} (daughter of {N:last_lc@r} in {x:room}) is coming at 3 to pick up the clothes. she lives in {AD:town} so it's a drive")
F("name", "Guardian for {N:full@r} is {N:full@g} from the public guardian's office. Don't release anything to the nephew.")
F("name,escalation", "The {N:last@r} siblings are fighting over visitation again. {N:first@d} says {N:first@s} isn't allowed per the POA. I need legal's read today.")
F("name,typo", "Mrs. {N:last@w} (wife of our resident in {x:room}) left her purse at the nursing staion, her number is {P:any}")
F("name", "Family council wants {N:full@d} (whose {x:mom@r} is on Birch) to chair. Okay by me but she's also a CNA here per diem.")
F("name", "{N:full@r}'s nickname is {N:nick@r} — please add it to the care plan, {x:she@r} doesn't respond to {x:her@r} legal name")
F("name", "The granddaughter, {N:full@gd}, was added as an authorized contact. Her email: {E:personal@gd}")
F("name,slack-markup", "Family email for {N:last@r} bounced: <mailto:{E:personal@d}|{E:personal@d}>. Does anyone have a better one?")
F("name,slack-markup", "call back {N:full@d} <tel:{P:tel@c}|{P:dash@c}> re: her {x:mom@r}'s room change")
F("name,evasion", "Daughter wrote her email on the sign-in sheet as {E:obf@d} — can admissions add it to the portal for {N:first@r}?")

# --- employee health (staff who are patients / cases)
F("employee-health", "Employee health: {N:full} (dietary) had a positive TB test on {D:ev}. Chest xray is scheduled. Please don't post in the general channel.")
F("employee-health", "One of our CNAs, {N:full@r}, is now a resident on the rehab unit after {x:her@r} hip surgery on {D:ev}. Please be discreet with the staff.")
F("employee-health,lowercase", "fyi {N:first_lc} from housekeeping was admitted to {x:hospital} last night w/ covid, out at least 5 days")
F("employee-health", "Workers' comp: {N:full@r} hurt {x:her@r} back transferring a resident on {D:evy}. Claim form needs DOB {D:dob}.")
F("employee-health,structured", "Flu shot declination on file for {x:staff}. But {N:full@d} (LPN, nights) had a reaction on {D:evn} — hives — can you note it in her employee health file?")
F("employee-health", "Our receptionist {N:first@d} is also {N:full@r}'s daughter — she's asked not to see the clinical updates about her {x:mom@r} in this channel.")

# --- requests to the delegation bot
F("bot", "move my 3pm with {N:full@d} (daughter of rm {x:room}) to Friday, same time")
F("bot", "can someone call back {N:full@d} at {P:any}? she's asking about her mother's Medicaid")
F("bot,lowercase", "remind me tmrw 9am to call {N:full_lc@d} re care plan mtg for her {x:mom@r}")
F("bot", "Draft an email to {E:personal@d} letting her know {N:first@r}'s care conference is confirmed for {x:weekday} at {x:time}.")
F("bot", "Schedule a family meeting with the {N:last@r} family — the son, {N:first@s}, prefers evenings. {P:any}")
F("bot", "@assistant block 30 min tomorrow to call {N:full@w} back about her husband's discharge. Number's {P:any}.")
F("bot,lowercase", "pls text {N:first_lc@s} at {P:any} that his mom is back from the hospital and settled in")
F("bot", "Can you find a time next week for me, {x:staff}, and {N:full@p} (POA for {N:full@r})? The POA can only do mornings.")
F("bot", "Add to my to-do: sign discharge summary for {N:full@r} (MRN {M:any}), discharged {D:ev}")
F("bot,typo", "cancle my 11 with {N:full@d}, she called and said her dad is back in the hospital")
F("bot", "Forward the voicemail from {N:full@d} ({P:any}) to {x:staff} and tell her I'll call back after the survey exit.")
F("bot,lowercase", "look up the last visit date for {N:full_lc@r} in pcc and put it in my notes")
F("bot", "Please send a sympathy card to {N:full@d}, {AD:full}. Her {x:mom@r} {N:full@r} died last week.")
F("bot", "Set a reminder for {D:evn}: 30-day care plan review for {N:last@r} is due")

# --- devices, IT, URLs
F("device", "Hearing aids for {N:full@r} came back from repair — L serial {DV:ha}, R serial {DV:ha}. Please label them before they go to the floor.")
F("device", "Pacemaker clinic needs the device serial for {N:last@r}: {DV:pm}. Remote check is due {D:evn}.")
F("device,lowercase", "cpap for {N:full_lc@r} is making a noise, serial {DV:cpap}. respiratory vendor coming {x:weekday}")
F("device", "Lost & found: one power wheelchair charger and a Dexcom receiver, sensor {DV:cgm}. Pretty sure it's {N:full@r}'s.")
F("it,structured", "Nurse call server {IP:v4} stopped responding at 0210 — bed alarm for {N:full@r} (high fall risk) was on manual checks all night. Ticket {x:ticket}.")
F("it", "PCC is blocking the login from {IP:v4} again. That's the kiosk on {x:unit}. Version {x:ver}.")
F("it,structured", "Can IT whitelist {IP:v4} and {IP:v4}? The new vitals carts can't reach the EHR.")
F("it,url", "Telehealth link for {N:full@r}'s psych visit today: {U:telehealth@r} — please have the iPad charged by 10.")
F("it", "VPN drops every 20 min for the MDS coordinator working from home, her IP is {IP:v6}. Ticket {x:ticket}.")

# --- forwarded snippets / pasted content
F("forward,multiline", "Forwarding from the answering service:\n> 7:42pm — {N:full@d} called re: her {x:mother@r} {N:full@r} in {x:room}. Wants a call back tonight at {P:any}. Says it's urgent.")
F("forward,multiline", "---------- Forwarded message ---------\nFrom: {E:personal@d}\nSubject: my {x:mom@r}\n\nHi, this is {N:first@d}, {N:full@r}'s daughter. {x:She@r} told me {x:she@r} didn't get {x:her@r} meds on Sunday...")
F("forward,multiline", "fwd from hospital case mgmt:\n\"Pt {N:full@r}, DOB {D:dob}, MRN {M:any}, medically cleared for SNF. Accepting facility please call {P:any}.\"")
F("forward,multiline,structured", "pasted from the fax:\nPATIENT: {N:inv@r}\nDOB: {D:dob}\nSSN: {S:std}\nINS: MEDICARE {H:mbi}\nADDRESS: {AD:full}")
F("forward,multiline", "Voicemail transcript (Teams):\n\"Hi, it's {N:full@d} calling about my mother, {N:first@r}. Can someone call me at {P:spelled}? Thanks.\"")
F("forward,multiline", "> From the grievance form:\n> Resident name: {N:full@r}\n> Filed by: {N:full@s} (son)\n> Date of event: {D:evy}\n> Summary: missing wedding ring")

# --- hard cases: surname only, lowercase, name next to number, lists, staff-as-patient
F("hard", "{N:last} in 204 refused meds again. Psych consult?")
F("hard,lowercase", "bed 3 {N:last_lc} needs a new air mattress, the old one is flat")
F("hard", "Census changes: +{N:last} (212A), +{N:last} (118), −{N:last} (discharged home), −{N:last} (expired)")
F("hard,lowercase", "{N:full_lc} 2 north bed 14 - pt/ot eval pending")
F("hard", "Who's covering {N:last}? The 1:1 sitter called out.")
F("hard,structured", "Search PCC for {N:last}/{M:d7} — I think there's a dup chart")
F("hard,lowercase", "typed {N:last_lc}{M:d7} into the search box and nothing came up, is the chart merged?")
F("hard,structured", "Room 310 B - {N:caps@r} - MRN{M:any} - DNR")
F("hard,lowercase,typo", "{N:last_lc@r} in {x:room} keeps asking for {x:her@r} son {N:first_lc@s}, can somebdy call him? # on the board is {P:any}")
F("hard", "Is {N:first} the one with the cat on {x:unit}? Family wants to know if it can stay.")
F("hard,multiline", "Weights due today:\n{N:last}\n{N:last}\n{N:last}\n{N:last}\n{N:last}")
F("hard", "{N:full@r} — yes, our own maintenance tech — was admitted to the rehab wing {D:ev} after the stroke. Visitors from staff ok per {x:her@r} spouse.")
F("hard", "{x:doc} wants to know if {N:last} and {N:last} can room together. Both on contact precautions.")
F("hard", "{N:nick@r} from rm {x:room} is asking for you again lol, {x:she@r} says you promised {x:herobj@r} ice cream")

# --- evasion / obfuscation
F("evasion,structured", "SSN for the Medicaid app (don't copy-paste into email): {S:spaced} — resident is {N:full@r}")
F("evasion,structured", "her ss# is {S:mixed}, DOB {D:dob}, name {N:full@r}")
F("evasion,fullwidth", "Copying from the scanned form: DOB {D:dobfw} for {N:full@r}")
F("evasion,zero-width", "MBI {H:mbi} / SSN {S:zw} for {N:last@r} — pasted from the PDF so check for weird spaces")
F("evasion,fullwidth", "Family's new number {P:fw} — {N:full@d}")
F("evasion", "daughter's cell is {P:nbsp}, name's {N:first@d}. She prefers text.")
F("evasion", "son {N:first@s} — phone {P:mixed}, email {E:obf@s}")
F("evasion,zero-width", "{N:full@r} phone {P:zw} (copied from the portal)")
F("evasion,lowercase", "resident {N:full_lc@r} is {A:word} and sharp as a tack, {x:she@r} wants to vote in person")
F("evasion,structured", "chart # {M:spaced} for {N:last@r} — the barcode wont scan")
F("evasion,fullwidth", "SSN: {S:fw} ({N:full@r}) — from the scanned Medicaid application")
F("evasion,structured", "ss {S:nbsp} / {N:full@r} / dob {D:dob}")

# --- misc admin with PHI
F("records", "Records request from {N:full@s}'s attorney for his {x:mother@r} {N:full@r}, DOS {D:evs} through {D:evs}. Is the HIPAA authorization signed?")
F("records,structured", "Release of info: {N:full@r}, MRN {M:any}, to {x:hospice}. Fax number on the form is {P:any}.")
F("vip", "Please be aware we admitted {N:full@r} today — the mayor's {x:mother@r}. No info to press. Only {x:exec} answers questions.")
F("complaint", "Complaint from {N:full@d}: her {x:mom@r} {N:first@r} waited 45 min for the call light on {D:evn}. Wants a meeting.")
F("complaint,lowercase", "the {N:last_lc@r} family complained about cold food again, 3rd time. son {N:first_lc@s} is on the family council")
F("complaint,typo", "Grievence from {N:full@gd} re: her {x:grandmother@r} {N:full@r}'s dentures lost {D:evs}. Replacement is about $2,400, who pays?")
F("escalation", "Need corporate to weigh in: {N:full@r}'s daughter {N:first@d} posted on Facebook about the bruising. She wants the DON fired.")
F("transport", "Transport for {N:full@r} to dialysis MWF 6:15am, {x:vendor} van. Chair time changed starting {D:evn}.")
F("transport,structured", "Ambulette pickup for {N:last@r} at {x:time}, appt with {x:doc} on {D:ev}. Family will meet at the clinic — son's cell {P:any}.")
F("discharge", "{N:full@r} discharging home to {AD:full} on {D:ev}. VNA referral sent, DME delivered. Family to pick up at 11.")
F("discharge,lowercase", "d/c home {D:evn} for {N:last_lc@r}, wife {N:first_lc@w} will drive. she lives on {AD:street_lc} in {AD:town}")
F("name,multiline", "Care conferences {x:weekday}:\n10:00 {N:last}\n10:30 {N:last} (daughter calling in)\n11:00 {N:last}\n11:30 {N:last} — interpreter needed, Vietnamese")

# --- vehicles / cards
F("structured", "Parking permit for {N:full@d} (visits her {x:mom@r} every day after work): silver Honda, plate {V:plate}.")
F("structured,multiline", "{N:full@r}'s car is still in our back lot.\nVIN {V:vin}\nPlate {V:plate}\nSon says he'll pick it up {x:weekday}; it's part of the Medicaid spend-down.")
F("structured", "Private-pay deposit for {N:last@r}: the family paid by card {CC:any} and got charged twice. Please void one.")
F("structured", "Corporate card {CC:any} got declined for the {x:agency} invoice — can finance call the bank before the rep cuts us off?")


# ================================================================ clean frames (no spans)
CLEAN_FRAMES = []


def C(tags, text):
    CLEAN_FRAMES.append((tags, text))


# --- calendar / meetings / deadlines
C("calendar", "Reminder: QAPI meeting moved to {x:mdate} at {x:time} in the conference room. {x:exec} will present the falls data.")
C("calendar,bot", "move my 3pm with {x:staff} to Thursday, same time, and add {x:staff_first} from MDS")
C("calendar,bot", "can you find 30 min with {x:exec} and {x:staff} before the survey window opens? anytime {x:weekday}")
C("calendar", "Staff meeting {x:mdate} at 2:30 and again at 6:45 for nights. Topic: new fall huddle process.")
C("calendar,bot,lowercase", "decline the {x:vendor} demo on {x:mdate}, we're not buying this year")
C("calendar", "MDS submissions due by the 14th. Please don't leave the quarterlies until the last day again.")
C("calendar,exec-name", "{x:exec} ({x:role}) will be on site {x:mdate} for the mock survey. Please make sure the lobby looks good.")
C("calendar,bot", "Book the family lounge for the Alzheimer's support group every 2nd Tuesday, 6-7:30pm, starting {x:mdate}.")
C("calendar", "Payroll cutoff moved to Wednesday noon because of the holiday. Timecards must be approved by then.")
C("calendar,lowercase", "skills fair is {x:mdate} 7a-7p in the chapel, every cna needs hoyer + bladder scanner signoff")
C("calendar,bot", "set a reminder for {x:mdate} to renew the kitchen's ServSafe certs")
C("calendar,multiline", "This week:\n• Mon — fire drill 2nd shift\n• Wed — {x:vendor} rep 10:00\n• Thu — corporate call 1pm\n• Fri — birthday party, 2pm, activity room")
C("calendar,slack-markup", "{x:user} {x:user} reminder that the *Resident Council* meets {x:weekday} at 10:30 — please have the dietary update ready")
C("calendar,bot", "what's on my calendar tomorrow after 1? push anything internal to next week")
C("calendar", "Hope everyone can make the staff appreciation BBQ {x:mdate}! Grill starts at 11:30.")

# --- staffing / agency / HR (business people, not PHI)
C("staffing,money", "Agency spend last month was ${x:count}{x:thou}, up {x:pct}. We need to get below 20 hrs/week per unit by FY2026.")
C("staffing", "{x:agency} can cover the 11-7 on Saturday but not Sunday. {x:staff} is trying the other agencies for Sunday.")
C("staffing,lowercase", "short 2 cnas on {x:unit} tonight, offering double time. {x:staff_first} already said yes")
C("staffing", "Faith from {x:agency} says they have two RNs available for 13-week contracts starting next month.")
C("staffing", "Please welcome {x:staff}, our new ADON! Coming to us from {x:hospital}, first day is {x:weekday}.")
C("staffing,exec-name", "{x:exec} approved the sign-on bonus for night CNAs: {x:bonus} after 90 days.")
C("staffing,typo", "Can someone cover {x:staff_first}'s shift tmrw? out sick, 7-3 on {x:unit}. Will pay OT")
C("staffing", "Will and Grant both called out for 3-11. Page whoever is on the on-call list.")
C("staffing,multiline", "Schedule gaps next week:\nMon 11-7 — 1 RN\nWed 3-11 — 2 CNA\nSat 7-3 — 1 LPN, 1 CNA\nPlease pick up in the app.")
C("staffing", "Exit interview notes for {x:staff} are in the HR folder. Main reason: commute.")
C("staffing,money", "The {x:agency} rate went to {x:rate} for RNs. I asked {x:staff} to renegotiate before we sign the addendum.")
C("staffing,lowercase,typo", "rose and page are both on the sched sunday 7-3, is that rigt? i thought rose was off")
C("staffing", "Mark from {x:agency} is our new account rep. He'll be in {x:weekday} to walk through the contract.")
C("staffing", "Bill {x:staff_last} from payroll needs everyone's W-4 updates by end of month.")
C("staffing", "Reminder: agency staff must badge in at the front desk and watch the 12-min orientation video before their first shift.")
C("staffing,bot", "ask {x:staff} to send me the agency hours report by department, last 4 pay periods")

# --- survey readiness (no individual identified)
C("survey", "DPH surveyors arrived at 8:15. Entrance conference with {x:exec} in the board room. Make sure med carts on the Rose Garden wing are locked.")
C("survey,ftag", "We got an {x:ftag} citation last cycle. Plan of correction is on the shared drive, {x:policy}.")
C("survey", "Mock survey results: 4 issues — expired supplies in the 2 North clean utility room, a propped fire door, and two unlabeled water cups.")
C("survey,multiline", "Survey prep checklist:\n☐ census + room list\n☐ staffing sheets for last 2 weeks\n☐ QAPI binder\n☐ infection control log\n☐ admission packet blank copy")
C("survey", "{x:surveyor} from the state will do the exit conference at 3. Department heads only please.")
C("survey,lowercase", "survey window opens in 2 weeks. everyone check your dept binders, no excuses this time")
C("survey,slack-markup", "*Survey update*: day 3, no IJs so far. They're focused on {x:ftag} and dining. Keep it up!")
C("survey", "The statement of deficiencies came in. We have 10 days to respond. {x:staff} is drafting.")
C("survey,hipaa", "Reminder: surveyors can review records on site but nobody emails PHI to them. Use the secure portal only.")

# --- facility / operations / addresses of the facility
C("facility-address", "Our mailing address for the new vendor forms is {x:facaddr}. Please update the W-9.")
C("facility-address,zip-like", "Deliveries go to the loading dock at {x:facaddr}, not the front entrance.")
C("facility-address", "The {x:btown} site is hosting the regional admin meeting; parking is behind the building.")
C("ext", "Main line is down — use {x:ext} for the nurses' station until Comcast fixes it.")
C("ext", "Front desk is {x:ext}, maintenance is {x:ext}, and the on-call supervisor carries the red phone.")
C("facility", "Hope Street entrance will be closed for paving Monday through Wednesday; use the Lowell Rd door.")
C("facility", "Generator test {x:weekday} at 6am. Elevators will be out for ~5 min.")
C("facility,lowercase", "heat is out on 3 south again, maintenance is on it. space heaters are NOT allowed per fire code")
C("facility", "The ice machine on {x:unit} is leaking. Work order {x:ticket} is open, vendor coming Tuesday.")
C("facility", "Chase from maintenance fixed the call light in {x:room}. Please test before end of shift.")
C("facility,multiline", "Fire drill results:\n- 1st shift: 3 min 10 s\n- 2nd shift: 4 min 2 s\n- 3rd shift: not done — reschedule")
C("facility", "Reminder that the Rose Garden courtyard is closed to residents until the new railing is installed.")
C("facility,zip-like", "Corporate moved to {x:facaddr}. Update your email signatures by Friday.")
C("facility", "Legionella water testing is scheduled for the week of the 12th. Flush the unused rooms on Birch.")
C("facility,emoji", "Snow plan 🌨️: essential staff stay over, cots are in the PT gym. Kitchen will do a hot breakfast.")

# --- money / billing / business office (organisational)
C("money,po", "{x:po} for the new Hoyer lifts is approved — {x:vendor} will deliver next week.")
C("money", "Medicaid rate increase takes effect 1/1. Bill the new per diem starting with the January claims.")
C("money", "AR over 120 days is {x:money}. Most of it is Medicaid pending. Let's review the list Thursday.")
C("money,po", "Invoice {x:inv} from {x:vendor} is a duplicate of last month's. Please hold payment.")
C("money", "Q3 census averaged 112 of 124 beds. Budget assumed 118. {x:exec} wants a recovery plan.")
C("money,lowercase", "can someone tell me why we paid {x:vendor} twice in oct? {x:money} each time")
C("money", "The Hope Foundation grant came through — {x:money} for the memory care garden!")
C("money", "Grant application for the music & memory program is due Friday. {x:staff} is writing the narrative.")
C("money,bot", "pull the budget-to-actual for dietary and housekeeping, FY2025, and send it to {x:exec}")
C("money", "Chase Bank rep called about the operating account fee change. Not urgent, I'll call back.")
C("money,multiline", "Supply spend by unit (Oct):\nBirch {x:money}\n2 North {x:money}\nMemory Care {x:money}\nRehab {x:money}")
C("money", "We're switching the lockbox to {x:bank}. Residents' family checks should go to the new address starting next month.")
C("money,po", "Contract {x:policy} with {x:vendor} auto-renews {x:mdate}. I want to renegotiate before then.")

# --- IT / versions / tickets
C("ticket,version", "Ticket {x:ticket}: PCC login loop on the {x:unit} kiosk, version {x:ver}.")
C("ticket", "The eMAR was down from 0200 to 0340. Downtime forms used. IT closed {x:ticket}.")
C("version", "Updating the nurse call software to {x:ver} Saturday night. Expect alarms to reroute to phones for 20 min.")
C("ticket,lowercase", "printer on 2 north still jammed, ticket {x:ticket}, been 3 days")
C("version", "The new tablets are on {x:ver}; the old ones need the update before the survey.")
C("ticket,bot", "open a ticket with IT: the fax machine in admissions keeps dialing out twice")
C("ticket", "Please use the helpdesk form instead of texting {x:staff} directly. Ticket numbers help us track.")
C("version,slack-markup", "`{x:ver}` of the scheduling app fixed the shift swap bug. Let me know if you still see it.")
C("it", "Zoom for the family council: meeting ID {x:zoom}, passcode in the calendar invite.")
C("it,url", "Policy manual is on the intranet: https://intranet.maplegrovehr.local/policies/falls-prevention")
C("it,url", "Board portal link for the quarterly packet: https://boardportal.example.com/maplegrove/q3 — please don't forward.")
C("it", "Reminder: never plug personal USB drives into the nurses' station PCs.")

# --- codes / NPI / HIPAA / topics
C("npi", "NPI for {x:doc} is {x:npi} — billing needs it on the new claims.")
C("cpt", "Are we billing {x:cpt} or {x:cpt} for the monthly physician visits? The MAC kicked back a bunch.")
C("icd", "Coding question: {x:icd} vs {x:icd} on the MDS — which one drives the PDPM category?")
C("mrn-topic", "After the PCC migration some charts have 10-digit MRNs and some 7-digit. IT is reconciling.")
C("ssn-topic", "Annual HIPAA training is due Friday: module 3 covers SSN handling and fax cover sheets.")
C("hipaa", "Reminder: no resident names or room numbers in group texts. Use Teams, not SMS.")
C("hipaa", "Someone left face sheets on the printer in the break room. Please shred, don't recycle.")
C("mrn-topic,lowercase", "why does the lab interface drop the leading zeros on mrns? ask the vendor")
C("ssn-topic", "New Medicaid application form no longer asks for the full SSN of the spouse, only the last 4.")
C("hipaa", "If a family member calls, verify they are on the contact list before sharing anything. No exceptions.")
C("cpt,money", "PT billed {x:count} units of {x:cpt} last week, therapy manager thinks that's low.")

# --- age aggregates / counts / rooms (no individual)
C("age-aggregate", "We have 14 residents aged 90+ this quarter. Activities wants a group birthday party on the last Friday.")
C("age-aggregate", "2 residents over 100 in the building right now — the Globe might want to do a feature, but only with family consent.")
C("age-aggregate,lowercase", "how many pts over 90 are on thickened liquids? need a count for the dietary report")
C("age-aggregate", "The 90-day MDS assessments are due for {x:count} residents this week. Please check the UDA schedule.")
C("age-aggregate", "Average age on Memory Care is 86. The youngest is in their 60s.")
C("count", "Census today: 1{x:count}. Admits {x:small}, discharges {x:small}, hospital transfers {x:small}.")
C("count,lowercase", "room {x:room} and {x:room} need deep clean before admissions tomorrow")
C("count", "Flu vaccine uptake: residents {x:pct}, staff {x:pct}. Goal is 90% by the end of the month.")
C("count", "Room {x:room} has a broken call bell. Moved the resident to {x:room} temporarily.")
C("count,multiline", "Infection control weekly:\nUTI: 4\nC. diff: 0\nCOVID (residents): 2\nCOVID (staff): 1\nNo new outbreaks.")
C("count", "Falls this month: {x:count}, last month {x:count}. Injury falls are trending down. Great work, everyone.")
C("count", "We're at 6 pressure injuries facility-wide, 2 in-house acquired. Wound rounds Thursday.")

# --- clinical chatter without identifiers
C("clinical", "A resident on Birch had an unwitnessed fall, no injury. IR is filed, family notified, care plan updated.")
C("clinical,lowercase", "someone on 2 north is on contact precautions, ppe cart outside the door. please gown up")
C("clinical", "Pharmacy says {x:med} is backordered. {x:doc} is reviewing alternatives for the three residents affected.")
C("clinical", "Reminder: all residents on {x:med} need a gradual dose reduction attempt documented this quarter.")
C("clinical", "The new fall-risk protocol ({x:policy}) starts Monday. Low beds and floor mats are in central supply.")
C("clinical,typo", "Pleas remind nights to document the 2am turns, we had gaps on every unit last week")
C("clinical", "{x:doc} will round on {x:unit} {x:weekday} morning. Have the lab results printed.")
C("clinical", "Hospice team from {x:hospice} has their IDT meeting here {x:weekday}. They need the small conference room.")
C("clinical", "The dietitian wants to trial fortified pudding for anyone with weight loss > 5% in 30 days.")
C("clinical,lowercase", "is the bladder scanner on rehab or did someone take it to birch again")

# --- visitors / vendors / board (business context)
C("vendor", "{x:vendor} rep {x:staff} will be here at 10 to go over the new incontinence products. Conference room B.")
C("vendor", "The {x:hospice} liaison is dropping off brochures for the family lounge.")
C("vendor", "Sodexo is changing the fall menu — tasting for resident council on {x:mdate}.")
C("board", "Board meeting packet is due to {x:exec} by Friday. Finance section is still missing.")
C("board", "Thanks to the Grant family foundation for sponsoring the summer concert series!")
C("visitor", "Reminder: visitors sign in at the kiosk. After 8pm, use the doorbell at the main entrance.")
C("visitor", "Girl Scouts troop visiting Saturday at 1 to sing with residents in the activity room.")
C("visitor", "Pet therapy is back! Rosie the golden retriever visits every other Wednesday.")
C("visitor", "The Hope & Faith choir from St. Anne's is performing in the dining room Sunday afternoon.")

# --- chit-chat / short / bot
C("chat", "ty!")
C("chat,lowercase", "ok sounds good, will do")
C("chat", "Who took my stapler 😤")
C("chat", "Great job today everyone. The state left without a single tag on dining!")
C("chat,bot", "summarize the unread messages in #admin-leadership from today")
C("chat,bot", "what time is my call with {x:exec}?")
C("chat,lowercase", "can u mark this as done, i already sent it")
C("chat", "Lunch is on me Friday — pizza from the place on Route 3.")
C("chat,bot", "draft a thank-you note to the {x:agency} nurses who picked up the holiday shifts")
C("chat", "I'll be out Thursday afternoon, {x:staff} is the administrator on call.")
C("chat,slack-markup", "{x:user} can you page the on-call supervisor? The front door badge reader is dead")
C("chat", "Will do. Page me if anything comes up with the survey.")
C("chat,multiline", "Out of office:\n• me — Thu/Fri\n• {x:staff} — covering admissions\n• {x:staff} — covering business office")
C("chat,bot", "remind me at 4 to sign the payroll approvals")

# --- more business-context hard negatives
C("ext,facility", "{x:staff} is covering for me at the {x:btown} site {x:weekday}; reach the front desk there at {x:ext}.")
C("money", "Medicaid pending list is down to {x:count} residents — nice work, business office!")
C("count", "{x:count} admissions scheduled this week, {x:small} of them from {x:hospital}. Beds are tight on {x:unit}.")
C("money,board", "Board approved the capital budget: {x:money} for the new nurse call system and {x:money} for roof work.")
C("cpt,money", "Reminder to bill {x:payer} for the {x:cpt} visits by the 10th or we miss the filing window.")
C("ticket", "Ticket {x:ticket} for the door code reset on {x:unit} is closed. New code is posted in the locked med room, not here.")
C("po,exec-name", "The {x:vendor} renewal ({x:po}) is waiting on {x:exec}'s signature.")
C("survey", "Surveyor {x:surveyor} asked for the staffing sheets for the last 14 days and all agency contracts.")
C("npi", "{x:doc} is our new medical director effective next month. NPI {x:npi} is already on the CMS roster.")
C("staffing", "Faith and Will from activities are running bingo in the {x:unit} dayroom at {x:time}.")
C("calendar", "Grant writer meeting {x:mdate} at {x:time}: Music & Memory renewal. Bring last year's outcomes.")
C("staffing", "Page {x:staff_first} if the {x:unit} med fridge alarms again — temp log is at the nurses' station.")
C("version,slack-markup", "{x:user} can you update the `falls_dashboard` query to split out {x:unit}? {x:ver} broke the filter")
C("ticket", "Fax to corporate keeps failing. IT says the line is fine and it's the machine. {x:ticket}.")
C("exec-name", "Star rating dropped from 4 to 3 because of staffing hours. {x:exec} wants a recovery plan by {x:mdate}.")
C("age-aggregate", "Reminder: every resident 65+ needs the pneumonia vaccine offered and documented before flu season ends.")
C("count", "Hospital transfer rate for Q2 was {x:pct}. Our goal for FY2026 is under 15%.")
C("vendor", "The {x:hospice} contract says we notify them within 1 hour of any change in condition. Please remind the night supervisors.")
C("count", "Room {x:room} is ready for the new admit — bed, mattress and call light all checked.")
C("staffing", "Agency CNA from {x:agency} didn't show for the 11-7 on {x:unit}. Third no-show this month, I'm calling the account manager.")
C("money,calendar", "Dietary budget for the holiday meal is {x:money}. Turkey order goes to Sysco by {x:mdate}.")
C("calendar,money", "Please submit mileage for the {x:btown} trainings by {x:mdate}. Rate is 67 cents/mile.")
C("it", "State Medicaid portal is down until {x:time}. Don't resubmit the applications twice.")
C("calendar", "Mark every incident report as reviewed in Risk Watch before the QAPI meeting {x:mdate}.")
C("vendor,ext", "Bill {x:staff_last} from {x:vendor} is our new rep for the wound vac rentals. His desk is {x:ext} via their switchboard, or use the vendor portal.")
C("calendar", "Family council voted to move their meetings to the 1st Thursday of the month at {x:time}.")
C("money", "CMS updated the PDPM rates for FY2026; finance is recalculating the budget. Expect a {x:pct} change for us.")
C("chat,lowercase", "lol {x:staff_first} says the vending machine ate another dollar. maintenance pls")
C("hipaa,bot", "pull the {x:count} open grievances for the QAPI packet — no resident names in the summary please")
C("calendar,bot", "block an hour {x:weekday} afternoon for the {x:vendor} contract review and invite {x:staff}")
C("staffing,multiline", "Orientation class {x:mdate}:\n- {x:staff} (CNA)\n- {x:staff} (LPN)\n- {x:staff} (dietary aide)\nClassroom B, 8am.")
C("money,calendar", "Expense report for the LeadingAge conference is approved: {x:money}. Receipts go to AP by {x:mdate}.")
C("facility-address,calendar", "Regional admin meeting {x:mdate} at {x:facaddr}. Lunch provided.")


# ================================================================ rendering & self-check
PH = re.compile(r"\{([A-Za-z]+):([A-Za-z_0-9]+)(?:@(\w+))?\}")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "URL": "url",
            "ADDRESS": "address", "IP_ADDRESS": "structured", "SSN": "structured", "MRN": "structured",
            "HEALTH_PLAN_ID": "structured", "ACCOUNT_NUMBER": "structured", "LICENSE_NUMBER": "structured",
            "VEHICLE_ID": "structured", "DEVICE_ID": "structured", "CREDIT_CARD": "structured"}
CLEAN_SUSPECT = [re.compile(p) for p in (
    r"\b\d{3}[-. )]\s?\d{3}[-. ]\d{4}\b", r"\b\d{3}-\d{2}-\d{4}\b", r"[A-Za-z0-9._]+@[A-Za-z0-9-]+\.[a-z]{2,}",
    r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", r"\b\d{16}\b")]
EMOJI = re.compile("[\U0001F000-\U0001FAFF]")


class Redraw(Exception):
    pass


def render(frame):
    ctx = {"_used": set()}
    parts, spans, tags = [], [], set()
    cur = pos = 0
    for m in PH.finditer(frame):
        lit = frame[pos:m.start()]
        parts.append(lit); cur += len(lit)
        code, kind, key = m.groups()
        if code == "x":
            v = filler(kind, ctx, key)
        else:
            v, t = PHI_GEN[code](kind, ctx, key)
            spans.append((TYPE_CODES[code], cur, v)); tags |= t
        parts.append(v); cur += len(v); pos = m.end()
    parts.append(frame[pos:])
    return "".join(parts), spans, tags


def verify(text, spans):
    """Replicates the checker: each value must be found (left to right) exactly where it was placed."""
    b = text.encode("utf-8"); bpos = 0
    for typ, start, v in spans:
        if text[start:start + len(v)] != v or not v.strip() or v != v.strip():
            raise Redraw("placement")
        want = len(text[:start].encode("utf-8"))
        vb = v.encode("utf-8")
        if b.find(vb, bpos) != want:
            raise Redraw("find mismatch for %r" % v)
        bpos = want + len(vb)
    return True


def auto_tags(text, spans, base, extra):
    content = set(TYPE_TAG.values())
    tags = [t for t in base.split(",") if t and t not in content] + sorted(extra)
    for typ, s, v in spans:
        tags.append(TYPE_TAG[typ])
    if "\n" in text:
        tags.append("multiline")
    if re.search(r"<@U|<mailto:|<tel:|\*[^*\n]+\*|`[^`]+`", text):
        tags.append("slack-markup")
    if EMOJI.search(text):
        tags.append("emoji")
    letters = re.sub(r"[^A-Za-z]", "", text)
    if letters and letters == letters.lower() and "lowercase" not in tags:
        tags.append("lowercase")
    out = []
    for t in tags:
        if t not in out:
            out.append(t)
    out.append("phi" if spans else "clean")
    return out


def make(kind, tags, frame, tries=200):
    last = None
    for _ in range(tries):
        text, spans, extra = render(frame)
        try:
            verify(text, spans)
            if kind == "phi" and not spans:
                raise Redraw("phi frame without spans")
            if kind == "clean":
                if spans:
                    raise Redraw("clean frame with spans")
                for rx in CLEAN_SUSPECT:
                    if rx.search(text):
                        raise Redraw("clean text looks like PHI: %r" % text)
            return text, spans, auto_tags(text, spans, tags, extra)
        except Redraw as e:
            last = e
    raise SystemExit("could not render frame %r: %s" % (frame, last))


def allocate(frames, total):
    """Spread `total` messages over the frames: frames without placeholders are used once
    (no identical duplicates), the others share the rest as evenly as possible."""
    static = [f for f in frames if not PH.search(f[1])]
    var = [f for f in frames if PH.search(f[1])]
    rest = total - len(static)
    counts = [rest // len(var)] * len(var)
    order = list(range(len(var))); rng.shuffle(order)
    for i in order[: rest - sum(counts)]:
        counts[i] += 1
    jobs = list(static)
    for f, c in zip(var, counts):
        jobs += [f] * c
    return jobs


def main():
    n_phi, n_clean = 385, 315
    jobs = [("phi",) + f for f in allocate(PHI_FRAMES, n_phi)] + [("clean",) + f for f in allocate(CLEAN_FRAMES, n_clean)]
    rng.shuffle(jobs)
    rows, seen = [], set()
    for i, (kind, tags, frame) in enumerate(jobs, 1):
        for _ in range(50):  # no two identical messages
            text, spans, tg = make(kind, tags, frame)
            if text not in seen:
                break
        seen.add(text)
        rows.append({"id": "iv-%04d" % i, "text": text,
                     "spans": [{"type": t, "value": v} for t, s, v in spans], "tags": tg})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nphi = sum(1 for r in rows if r["spans"])
    print("wrote %s: %d messages, %d with PHI, %d clean, %d frames (%d PHI, %d clean)" % (
        OUT, len(rows), nphi, len(rows) - nphi, len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
