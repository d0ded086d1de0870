#!/usr/bin/env python3
"""gen_gw.py -- labelled chat messages for the PHI guard (research enterprise + research IT).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes generated_gw.jsonl next to this file: 1,500 raw lines
{"id","text","spans":[{"type","value"}],"tags"} in the format read by check_phi_corpus.py.

Templates use {key} slots.  Person slots are {role.field}:
  NAME roles (patients, subjects, relatives, employee-health cases): p q o r g k
  non-NAME roles (staff, execs, vendors, donors):                   s t u e c v d
Every other key is a value generator with a span type (PHI) or None (hard negative).
{key~2} is a second, different value of the same kind; repeating {key} repeats the value.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 4417
N_TOTAL = 1500
N_PHI = 825
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gw.jsonl")

# ---------------------------------------------------------------------------
# value pools
# ---------------------------------------------------------------------------
FEMALE = [
    ("Jane", None), ("Margaret", "Peggy"), ("Elizabeth", "Liz"), ("Patricia", "Trish"),
    ("Katherine", "Kitty"), ("Dolores", "Lola"), ("Guadalupe", "Lupe"), ("Mercedes", "Meche"),
    ("María José", "Majo"), ("Rosario", "Charo"), ("Aaliyah", None), ("Keisha", None),
    ("LaToya", "Toya"), ("Ebony", None), ("Imani", None), ("Adaeze", "Ada"), ("Chiamaka", "Amaka"),
    ("Ngozi", None), ("Abena", None), ("Folake", "Fola"), ("Oluwakemi", "Kemi"), ("Priya", None),
    ("Ananya", None), ("Lakshmi", "Lucky"), ("Sunita", None), ("Deepika", "Deepa"), ("Mei", None),
    ("Xiaoling", "Lingling"), ("Yuki", None), ("Haruka", None), ("Ji-woo", None), ("Seo-yeon", None),
    ("Thu", None), ("Ngọc Anh", None), ("Huong", "Hannah"), ("Fatima", "Tima"), ("Aisha", None),
    ("Layla", None), ("Noor", None), ("Yasmin", None), ("Olena", "Lena"), ("Katarzyna", "Kasia"),
    ("Svetlana", "Sveta"), ("Aleksandra", "Ola"), ("Siobhán", None), ("Aoife", None), ("Niamh", None),
    ("Bridget", "Biddy"), ("Miriam", "Mimi"), ("Rivka", "Becky"), ("Esther", None), ("Shira", None),
    ("Maricel", None), ("Imelda", "Mel"), ("Leilani", "Lani"), ("Malia", None), ("Winona", "Nona"),
    ("Aiyana", None), ("Hope", None), ("Grace", "Gracie"), ("Faith", None), ("Joy", None),
    ("Rose", "Rosie"), ("June", None), ("April", None), ("Dawn", None), ("Summer", None),
    ("Ruby", None), ("Pearl", None), ("Ivy", None), ("Zoë", None), ("Renée", None),
    ("Bernadette", "Bernie"), ("Gertrude", "Trudy"), ("Mildred", "Millie"), ("Edna", None),
    ("Willa", None), ("Precious", None), ("Tamika", None), ("Nia", None), ("Destiny", None),
]
MALE = [
    ("John", "Jack"), ("Robert", "Bobby"), ("William", "Billy"), ("Will", None), ("Bill", None),
    ("Mark", None), ("Frank", None), ("Richard", "Dick"), ("James", "Jim"), ("Theodore", "Teddy"),
    ("José", "Pepe"), ("Luis", None), ("Jesús", "Chuy"), ("Francisco", "Paco"), ("Ignacio", "Nacho"),
    ("Alejandro", "Alex"), ("DeShawn", None), ("Jamal", None), ("Tyrone", "Ty"), ("Darnell", None),
    ("Marquis", None), ("Chinedu", "Nedu"), ("Oluwaseun", "Seun"), ("Kwame", None), ("Kofi", None),
    ("Emeka", None), ("Arjun", None), ("Rahul", None), ("Vikram", "Vik"), ("Sanjay", None),
    ("Wei", None), ("Jun", None), ("Hiroshi", None), ("Kenji", None), ("Min-jun", None),
    ("Dong-hyun", None), ("Minh", None), ("Tuấn", "Tony"), ("Duc", None), ("Quang", None),
    ("Mohammed", "Mo"), ("Omar", None), ("Yusuf", None), ("Khalid", None), ("Abdullah", "Abdi"),
    ("Dmitri", "Dima"), ("Oleksandr", "Sasha"), ("Piotr", None), ("Bogdan", None), ("Séamus", None),
    ("Cormac", None), ("Pádraig", "Paddy"), ("Declan", None), ("Moshe", None), ("Avi", None),
    ("Yosef", "Yossi"), ("Eli", None), ("Jomar", None), ("Rodel", None), ("Efren", None),
    ("Keoni", None), ("Sione", None), ("Tevita", None), ("Chayton", None), ("Takoda", None),
    ("Hunter", None), ("Chase", None), ("Rich", None), ("Sonny", None), ("Benjamin", "Benny"),
    ("Earl", None), ("Herbert", "Herb"), ("Walter", "Walt"), ("Reginald", "Reggie"), ("Bao", None),
]
SURNAMES = [
    "Roe", "Smith", "Johnson", "Brown", "White", "Young", "King", "Price", "Hunt", "Bishop",
    "Mason", "Cook", "Baker", "Little", "Love", "Black", "Rich", "Small", "Moody", "Winter",
    "Day", "Bell", "Bird", "Fox", "Wolfe", "Rivers", "Stone", "Banks", "Hope", "Sweet",
    "Garcia", "García-Méndez", "Hernández", "de la Cruz", "Rodríguez", "López", "Ortiz-Vega",
    "Washington", "Jefferson", "Jackson", "Freeman", "Okafor", "Adeyemi", "Mensah", "Owusu",
    "Nwosu", "Eze", "Balogun", "Diallo", "Traoré", "Okonkwo-Bell", "Patel", "Sharma", "Iyer",
    "Reddy", "Chatterjee", "Gupta", "Venkataraman", "Chen", "Wang", "Li", "Zhang", "Tanaka",
    "Sato", "Nakamura", "Kim", "Park", "Lee", "Choi", "Nguyễn", "Nguyen", "Tran", "Pham", "Le",
    "Vo", "Huynh", "Al-Sayed", "Haddad", "Khoury", "Abu-Ghazaleh", "Rahman", "El-Amin",
    "Kowalski", "Nowak", "Wiśniewski", "Ivanova", "Petrov", "Shevchenko", "Dvořák", "O'Brien",
    "O'Neil", "McCarthy", "Ní Bhriain", "Fitzgerald", "Brannigan", "Cohen", "Levi", "Goldberg",
    "Ben-David", "Rosenthal", "Santos", "dela Rosa", "Reyes", "Bautista", "Mendoza", "Kahale",
    "Fonoti", "Tuilagi", "Kealoha", "Begay", "Yazzie", "Tsosie", "Whitehorse", "Two Bulls",
    "Van der Berg", "von Stein", "St. John", "MacDonald", "Ferreira", "dos Santos", "da Silva",
    "Papadopoulos", "Lindqvist", "Mukherjee-Hall", "Quispe", "Mahmoud", "Obi", "Achterberg",
]
EXEC_TITLES = ["Chief Research Officer", "CRO", "CMO", "CIO", "CISO", "CFO", "VP Research Operations",
               "Senior Associate Dean for Clinical Research", "IRB Chair", "President",
               "Chief Scientific Officer", "VP of Research Finance", "Chief Privacy Officer"]
TOWNS = [("Dracut", "MA", "01826"), ("Amesbury", "MA", "01913"), ("Haverhill", "MA", "01830"),
         ("Methuen", "MA", "01844"), ("Chelmsford", "MA", "01824"), ("Lowell", "MA", "01852"),
         ("Andover", "MA", "01810"), ("Revere", "MA", "02151"), ("Malden", "MA", "02148"),
         ("Quincy", "MA", "02169"), ("Brockton", "MA", "02301"), ("Worcester", "MA", "01604"),
         ("Nashua", "NH", "03060"), ("Salem", "NH", "03079"), ("Dorchester", "MA", "02124"),
         ("Chelsea", "MA", "02150"), ("Lynn", "MA", "01902"), ("Fall River", "MA", "02720"),
         ("Pawtucket", "RI", "02860"), ("Framingham", "MA", "01702"), ("Lawrence", "MA", "01841"),
         ("Everett", "MA", "02149"), ("Somerville", "MA", "02143"), ("Waltham", "MA", "02453"),
         ("Peabody", "MA", "01960"), ("Taunton", "MA", "02780"), ("Tewksbury", "MA", "01876"),
         ("Billerica", "MA", "01821"), ("Hudson", "NH", "03051"), ("Woonsocket", "RI", "02895"),
         ("Fitchburg", "MA", "01420"), ("Mattapan", "MA", "02126"), ("East Boston", "MA", "02128"),
         ("Gloucester", "MA", "01930"), ("Leominster", "MA", "01453"), ("Attleboro", "MA", "02703")]
STREETS = ["Tarbox", "Elm", "Pleasant", "Main", "Chestnut", "Bridge", "Lakeview", "Varnum", "Broadway",
           "Mammoth", "Hildreth", "Cedar", "Maple", "Washington", "Dudley", "Columbia", "Blue Hill",
           "Merrimack", "Lawrence", "Highland", "Prospect", "Summer", "Winter", "Spring", "Church",
           "Bay State", "Salem", "Essex", "Lowell", "Nesmith", "Fairmount", "Riverside", "Birch",
           "Juniper", "Old Colony", "Sagamore", "Pine Hill", "Quarry", "Brook", "Harbor View"]
SUFFIXES = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Dr", "Ct", "Way", "Terr", "Blvd", "Pl", "Cir"]
UNITS = ["Apt 3B", "Apt 2", "#4", "Unit 12", "Apt. 1R", "Fl 2", "#203", "Apt 5C", "Unit B"]
BIZ_CITIES = ["Boston", "Worcester", "Lowell", "Salem", "Burlington", "Cambridge", "Framingham",
              "Springfield", "Quincy", "Danvers", "Newton", "Brockton"]
FACILITIES = ["1 Northgate Plaza, Boston, MA 02115", "400 Research Dr, Worcester, MA 01605",
              "12 Innovation Way, Lowell MA 01854", "75 Francis Ave, Suite 300, Boston MA 02115",
              "230 Longwood Ctr, 4th fl, Boston, MA 02215", "9 Hospital Rd, Salem, MA 01970",
              "600 Riverside Pkwy, Building C, Cambridge MA 02142", "18 Commerce Way, Woburn, MA 01801"]
FAC_ZIPS = ["02115", "01605", "01854", "02215", "01970", "02142", "01801"]
STUDIES = ["CARDIO-AF", "MEMORY-90", "GLUCOSE-PATH", "ONC-2211", "BREATHE-2", "SLEEP-WELL",
           "KIDNEY-PRO", "STRIDE", "HEART-FIT", "PEDS-ASTHMA", "LUNG-SCREEN", "NEURO-REGEN",
           "HARBOR-HF", "ELDER-STEP", "BONE-D", "LIVER-CLEAR"]
SPONSORS = ["Veridian Pharma", "Halcyon Bio", "Nordlicht Therapeutics", "Castellan Labs", "NHLBI",
            "PCORI", "Aurelian Oncology", "Brightwater Genomics", "the NIA", "Solenne Medical"]
VENDORS = ["Bluefin Biorepository Systems", "Keystone Courier", "Meridian EDC", "Tidewater Freezers",
           "Stratus Interface Co", "ColdChain Logistics", "Ardent Identity", "Parallax Security",
           "Quillfeather eConsent", "Northwind Dry Ice"]
VENDOR_DOMAINS = ["bluefinbio.com", "keystonecourier.com", "meridian-edc.com", "tidewaterfreezers.com",
                  "stratusinterface.io", "coldchainlogistics.com", "ardentid.com", "parallaxsec.com"]
FOUNDATIONS = ["Hartwell Foundation", "Sorensen Family Fund", "Blue Heron Trust", "Macomber Foundation",
               "Ellery Charitable Trust"]
PAYERS = ["BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "MassHealth", "Medicare", "Aetna",
          "UnitedHealthcare", "Cigna", "WellSense", "Fallon"]
LANGS = ["Spanish", "Portuguese", "Haitian Creole", "Vietnamese", "Cantonese", "Arabic", "Russian",
         "Khmer", "Cape Verdean Creole", "Somali", "Nepali", "Polish"]
DRUGS = ["metformin 500 mg BID", "apixaban 5 mg BID", "pembrolizumab 200 mg IV q3w",
         "study drug 400 mg PO daily", "tacrolimus 1 mg q12h", "insulin glargine 20 units qHS",
         "ondansetron 4 mg IV", "atorvastatin 40 mg", "donepezil 10 mg nightly",
         "semaglutide 0.5 mg weekly", "IP 2 x 100 mg vials", "placebo-matched capsules 1 PO BID",
         "cisplatin 75 mg/m2", "heparin 5,000 units SC q8h", "vitamin D3 50,000 IU weekly"]
CPTS = ["99213", "99214", "36415", "93000", "80053", "85025", "71046", "70553", "94010", "96413",
        "99204", "82947", "83036", "93306", "78452"]
ICDS = ["E11.9", "I48.91", "C50.911", "Z00.6", "J45.909", "G30.9", "N18.3", "I10", "F03.90",
        "Z79.4", "C34.90", "I50.22", "M81.0", "K70.30"]
ROOMS = ["Rm 4B-112", "CRU room 3", "Bigelow 7, rm 712", "bed 14", "Thayer 2 conf rm B",
         "Ellison 9 bed 22", "room 1140", "the CRU infusion bay 6", "Bigelow 9 bed 14", "rm 3-217",
         "Pod C bed 4", "the sleep lab, room 2"]
DEPTS = ["CARD", "ONC", "NEURO", "PULM", "ENDO", "GERI", "PEDS", "NEPH", "ID"]
EMOJI = ["🙏", "😬", "🎉", "👍", "😅", "🙃", "🚨", "✅", "❗", "👀", "😩", "🤦", "💯", "📅", "🧪",
         "❄️", "🔥", ":pray:", ":eyes:", ":white_check_mark:", ":rotating_light:", ":+1:", ":sweat_smile:"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
DIG_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

NAME_ROLES = "pqorgk"
STAFF_ROLES = "stuecvd"


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fullwidth(s):
    out = []
    for ch in s:
        if "0" <= ch <= "9":
            out.append(chr(ord(ch) - 0x30 + 0xFF10))
        elif ch == "-":
            out.append("\uFF0D")
        else:
            out.append(ch)
    return "".join(out)


def zero_width(rng, s):
    pos = [i for i in range(1, len(s)) if s[i - 1].isdigit() or s[i].isdigit()]
    i = rng.choice(pos)
    return s[:i] + rng.choice(["\u200b", "\u200b", "\u2060", "\u200c"]) + s[i:]


def spelled_digits(s, sep_groups=True):
    words = []
    for ch in s:
        if ch.isdigit():
            words.append(DIG_WORDS[int(ch)])
        elif sep_groups and words and not words[-1].endswith(","):
            words[-1] = words[-1] + ","
    return " ".join(words)


def luhn_complete(prefix_digits, length):
    digits = [int(c) for c in prefix_digits]
    # compute check digit for digits + [x]
    for x in range(10):
        cand = digits + [x]
        tot = 0
        for i, d in enumerate(reversed(cand)):
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        if tot % 10 == 0:
            return prefix_digits + str(x)
    raise RuntimeError


def rdigits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    return {
        "m/d/Y": "%d/%d/%d" % (m, dd, y),
        "mm/dd/Y": "%02d/%02d/%d" % (m, dd, y),
        "iso": "%d-%02d-%02d" % (y, m, dd),
        "long": "%s %d, %d" % (MONTHS[m - 1], dd, y),
        "d-Mon-Y": "%02d-%s-%d" % (dd, MON[m - 1], y),
        "m/d": "%d/%d" % (m, dd),
        "Mon dth": "%s %s" % (MON[m - 1], ordinal(dd)),
        "Month d": "%s %d" % (MONTHS[m - 1], dd),
        "m/d/yy": "%d/%d/%02d" % (m, dd, y % 100),
        "nosep": "%02d%02d%d" % (m, dd, y),
        "dot": "%02d.%02d.%d" % (dd, m, y),
        "d Month Y": "%d %s %d" % (dd, MONTHS[m - 1], y),
        "Mon d": "%s %d" % (MON[m - 1], dd),
        "Mon. d": "%s. %d" % (MON[m - 1], dd),
        "long ord": "%s %s, %d" % (MONTHS[m - 1], ordinal(dd), y),
        "m-d-yy": "%d-%d-%02d" % (m, dd, y % 100),
        "mm-dd-Y": "%02d-%02d-%d" % (m, dd, y),
        "Mon d Y": "%s %d %d" % (MON[m - 1], dd, y),
        "hl7": "%d%02d%02d" % (y, m, dd),
    }[style]


HEALTH_STYLES = ["m/d/Y"] * 4 + ["mm/dd/Y"] * 2 + ["iso"] * 2 + ["long", "d-Mon-Y", "m/d", "m/d", "m/d",
                                                                  "Mon dth", "Month d", "m/d/yy", "m/d/yy",
                                                                  "dot", "d Month Y", "Mon d", "Mon d",
                                                                  "Mon. d", "long ord", "m-d-yy",
                                                                  "mm-dd-Y", "Mon d Y"]
FULL_STYLES = ["m/d/Y"] * 4 + ["mm/dd/Y"] * 3 + ["iso"] * 2 + ["long", "long", "d-Mon-Y", "m/d/yy",
                                                                "dot", "d Month Y", "long ord",
                                                                "mm-dd-Y", "Mon d Y", "m-d-yy"]
SHORT_STYLES = ["m/d", "m/d", "Mon dth", "Month d", "Mon d", "Mon. d"]
MTG_STYLES = ["m/d", "m/d", "Mon d", "Month d", "Mon dth", "m/d/Y", "iso", "long", "m/d/yy"]


def g_date(rng):  # health date of an identified person (visit, draw, admit ...)
    return fmt_date(rand_date(rng, 2023, 2025), rng.choice(HEALTH_STYLES))


def g_vdate(rng):
    return fmt_date(rand_date(rng, 2023, 2025), rng.choice(FULL_STYLES))


def g_sdate(rng):
    return fmt_date(rand_date(rng, 2024, 2025), rng.choice(SHORT_STYLES))


def g_dob(rng):
    d = rand_date(rng, 1924, 2006)
    if rng.random() < 0.08:
        return fmt_date(d, "nosep"), ["evasion"]
    if rng.random() < 0.04:
        return fullwidth(fmt_date(d, "m/d/Y")), ["evasion", "fullwidth"]
    return fmt_date(d, rng.choice(FULL_STYLES))


def g_olddob(rng):  # DOB of someone over 89
    return fmt_date(rand_date(rng, 1919, 1934), rng.choice(FULL_STYLES))


def g_dobnum(rng):
    return fmt_date(rand_date(rng, 1930, 2004), "nosep"), ["evasion"]


def g_dobiso(rng):
    return fmt_date(rand_date(rng, 1928, 2006), "iso")


def g_dobhl7(rng):
    return fmt_date(rand_date(rng, 1928, 2006), "hl7")


def g_dhl7(rng):
    return fmt_date(rand_date(rng, 2024, 2025), "hl7")


def g_dthl7(rng):
    return fmt_date(rand_date(rng, 2024, 2025), "hl7") + "%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59))


def g_dateiso(rng):
    return fmt_date(rand_date(rng, 2024, 2025), "iso")


def g_mdate(rng):  # meeting / scheduling date: NOT PHI
    d = rand_date(rng, 2024, 2026)
    s = fmt_date(d, rng.choice(MTG_STYLES))
    if rng.random() < 0.3:
        s = ["Mon", "Tue", "Wed", "Thu", "Fri"][rng.randint(0, 4)] + " " + fmt_date(d, rng.choice(["m/d", "Mon d"]))
    return s


def g_mtime(rng):
    return rng.choice(["9am", "10:30", "2pm", "3:15 pm", "11:00 ET", "noon", "4:30p", "8:00 AM",
                       "1-2pm", "13:00", "7:45am", "2:30"])


def g_deadline(rng):
    return fmt_date(rand_date(rng, 2025, 2026), rng.choice(MTG_STYLES))


def g_effdate(rng):
    return fmt_date(datetime.date(rng.choice([2025, 2026]), rng.choice([1, 4, 7, 10]), 1),
                    rng.choice(["m/d/Y", "long", "iso", "m/d/yy"]))


def g_age(rng):
    return str(rng.choice(list(range(90, 100)) * 3 + list(range(100, 107))))


def number_words(n):
    tens = {9: "ninety", 10: "one hundred"}
    if n < 100:
        return "ninety" + ("-" + ONES[n - 90] if n > 90 else "")
    return "one hundred" + (" and " + ONES[n - 100] if n > 100 else "")


def g_agew(rng):
    n = rng.randint(90, 104)
    w = number_words(n)
    if rng.random() < 0.3:
        w = w.capitalize()
    return w, ["evasion"]


def g_ageok(rng):
    return str(rng.randint(19, 89))


# ---------------------------------------------------------------------------
# phones, e-mails
# ---------------------------------------------------------------------------
AREAS = ["617", "857", "781", "339", "978", "351", "508", "774", "413", "603", "401", "617", "978"]


def phone_digits(rng):
    a = rng.choice(AREAS)
    if rng.random() < 0.35:
        return a + "555" + "01" + rdigits(rng, 2)
    ex = rng.randint(201, 989)
    while ex % 100 == 11:
        ex = rng.randint(201, 989)
    return a + str(ex) + rdigits(rng, 4)


def fmt_phone(d, style):
    a, e, l = d[:3], d[3:6], d[6:]
    return {
        "paren": "(%s) %s-%s" % (a, e, l), "dash": "%s-%s-%s" % (a, e, l), "dot": "%s.%s.%s" % (a, e, l),
        "plus": "+1 %s %s %s" % (a, e, l), "plusdash": "+1-%s-%s-%s" % (a, e, l),
        "space": "%s %s %s" % (a, e, l), "plain": a + e + l, "oneparen": "1 (%s) %s-%s" % (a, e, l),
        "plusparen": "+1 (%s) %s-%s" % (a, e, l), "parennospace": "(%s)%s-%s" % (a, e, l),
        "one-dash": "1-%s-%s-%s" % (a, e, l), "tel": "+1" + a + e + l,
    }[style]


PHONE_STYLES = ["paren"] * 4 + ["dash"] * 5 + ["dot"] * 2 + ["plus", "plusdash", "space", "oneparen",
                                                             "plusparen", "parennospace", "one-dash"]


def obf_phone(rng, d):
    k = rng.randint(0, 6)
    if k == 0:
        return " ".join(d), ["evasion"]
    if k == 1:
        return fullwidth(fmt_phone(d, rng.choice(["dash", "paren"]))), ["evasion", "fullwidth"]
    if k == 2:
        return zero_width(rng, fmt_phone(d, "dash")), ["evasion", "zero-width"]
    if k == 3:
        return fmt_phone(d, "space").replace(" ", "\u00a0"), ["evasion", "nbsp"]
    if k == 4:
        return "%s.%s-%s" % (d[:3], d[3:6], d[6:]), ["evasion"]
    if k == 5:
        return spelled_digits("%s-%s-%s" % (d[:3], d[3:6], d[6:])), ["evasion", "spelled"]
    return d, ["evasion"]


def g_ph(rng):
    d = phone_digits(rng)
    if rng.random() < 0.14:
        return obf_phone(rng, d)
    return fmt_phone(d, rng.choice(PHONE_STYLES))


def g_bph(rng):
    d = phone_digits(rng)
    return fmt_phone(d, rng.choice(PHONE_STYLES))


def g_bphx(rng):
    d = phone_digits(rng)
    ext = rng.choice([" ext. ", " x", " ext ", " Ext. ", ", ext. ", " x "]) + str(rng.choice([rng.randint(2, 99), rng.randint(1000, 9999)]))
    return fmt_phone(d, rng.choice(["paren", "dash", "dash", "dot", "plusparen"])) + ext


MAIL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "outlook.com", "icloud.com",
                "hotmail.com", "verizon.net", "proton.me", "msn.com"]


def personal_email(rng, first, last):
    f, l = slug(first) or "pt", slug(last) or "x"
    yy = "%02d" % rng.randint(40, 99)
    local = rng.choice([f + "." + l, f[0] + l + yy, f + l, f + "_" + l, f + "." + l[0], l + f[0] + rdigits(rng, 3),
                        f + yy, l + "." + f, f + "." + l + rdigits(rng, 2), "nana" + l, f + "lovesjesus" + yy[-1]])
    return local + "@" + rng.choice(MAIL_DOMAINS)


def obf_email(rng, e):
    local, dom = e.split("@")
    k = rng.randint(0, 3)
    if k == 0:
        return local + " [at] " + dom.replace(".", " [dot] ")
    if k == 1:
        return local + "(at)" + dom.replace(".", "(dot)")
    if k == 2:
        return local + " at " + dom.replace(".", " dot ")
    return local + " @ " + dom


def g_pemail(rng):
    f = rng.choice(FEMALE + MALE)[0]
    return personal_email(rng, f, rng.choice(SURNAMES))


ORG_BOXES = ["irb", "research.pharmacy", "biobank", "honestbroker", "redcap-help", "cru.scheduling",
             "soc", "privacy", "research-billing", "datarequests", "ctsi", "edc-support", "hl7-team"]


def g_bemail(rng):
    return rng.choice(ORG_BOXES) + "@" + rng.choice(["nuhealth.org", "nuhealth.org", "nri.nuhealth.org"])


def g_vemail(rng):
    f = rng.choice(FEMALE + MALE)[0]
    return rng.choice([slug(f), slug(f) + "." + slug(rng.choice(SURNAMES)), "support", "clinops", "ar",
                       "safety"]) + "@" + rng.choice(VENDOR_DOMAINS)


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
def ssn_digits(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def g_ssn(rng):
    d = ssn_digits(rng)
    k = rng.random()
    if k < 0.55:
        return "%s-%s-%s" % (d[:3], d[3:5], d[5:])
    if k < 0.65:
        return "%s %s %s" % (d[:3], d[3:5], d[5:])
    return g_ssnx(rng, d)


def g_ssnx(rng, d=None):
    d = d or ssn_digits(rng)
    k = rng.randint(0, 6)
    if k == 0:
        return d, ["evasion"]
    if k == 1:
        return "%s.%s-%s" % (d[:3], d[3:5], d[5:]), ["evasion"]
    if k == 2:
        return fullwidth("%s-%s-%s" % (d[:3], d[3:5], d[5:])), ["evasion", "fullwidth"]
    if k == 3:
        return zero_width(rng, "%s-%s-%s" % (d[:3], d[3:5], d[5:])), ["evasion", "zero-width"]
    if k == 4:
        return " ".join(d), ["evasion"]
    if k == 5:
        return spelled_digits("%s-%s-%s" % (d[:3], d[3:5], d[5:])), ["evasion", "spelled"]
    return "%s\u00a0%s\u00a0%s" % (d[:3], d[3:5], d[5:]), ["evasion", "nbsp"]


def g_ssnp(rng):
    d = ssn_digits(rng)
    return rng.choice([d, "%s-%s-%s" % (d[:3], d[3:5], d[5:])])


def g_mrnp(rng):
    return rng.choice(["%08d" % rng.randint(100000, 99999999), str(rng.randint(1000000, 9999999))])


def g_ssnsp(rng):
    d = ssn_digits(rng)
    return spelled_digits("%s-%s-%s" % (d[:3], d[3:5], d[5:])), ["evasion", "spelled"]


def g_phsp(rng):
    d = phone_digits(rng)
    s = spelled_digits("%s-%s-%s" % (d[:3], d[3:6], d[6:]))
    if rng.random() < 0.4:
        s = s.replace(",", "")
    return s, ["evasion", "spelled"]


def g_mrnsp(rng):
    return spelled_digits(str(rng.randint(1000000, 9999999)), sep_groups=False), ["evasion", "spelled"]


def g_mrnx(rng):
    d = str(rng.randint(10000000, 99999999))
    k = rng.randint(0, 2)
    if k == 0:
        return " ".join(d), ["evasion"]
    if k == 1:
        return zero_width(rng, d), ["evasion", "zero-width"]
    return fullwidth(d), ["evasion", "fullwidth"]


def g_mrn(rng):
    k = rng.random()
    if k < 0.4:
        return "%08d" % rng.randint(100000, 99999999)
    if k < 0.65:
        return str(rng.randint(1000000, 9999999))
    if k < 0.8:
        return "%010d" % rng.randint(10000000, 999999999)
    if k < 0.88:
        return "E" + str(rng.randint(1000000, 9999999))
    if k < 0.94:
        v = str(rng.randint(10000000, 99999999))
        return v[:2] + "-" + v[2:5] + "-" + v[5:]
    return fullwidth(str(rng.randint(1000000, 9999999))), ["evasion", "fullwidth"]


def g_member(rng):
    k = rng.randint(0, 5)
    if k == 0:
        return rng.choice(["XKJ", "ZGP", "YMP", "XJH", "QWB"]) + rdigits(rng, 9)
    if k == 1:
        return "W" + rdigits(rng, 9)
    if k == 2:
        return rng.choice(["H", "M", "U"]) + rdigits(rng, 8) + rng.choice(["01", "02", "00"])
    if k == 3:
        return "%s-%s-%s" % (rdigits(rng, 3), rdigits(rng, 5), rdigits(rng, 2))
    if k == 4:
        return "1" + rdigits(rng, 10)
    return rng.choice(["ZYX", "TUF", "HPX"]) + rdigits(rng, 6) + rng.choice("ABCDE") + rdigits(rng, 2)


MBI_ALPHA = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in "SLOIBZ"]


def g_mbi(rng):
    an = MBI_ALPHA + list("0123456789")
    c = [str(rng.randint(1, 9)), rng.choice(MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)), rng.choice(MBI_ALPHA),
         rng.choice(MBI_ALPHA), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    if rng.random() < 0.5:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def g_medicaid(rng):
    return rng.choice(["1000", "1001", "1002"]) + rdigits(rng, 8)


def g_har(rng):
    return rng.choice(["50", "30", "70"]) + rdigits(rng, 8)


def g_guar(rng):
    return rng.choice(["G", "GA", "G-"]) + rdigits(rng, 7)


def g_bank(rng):
    return rdigits(rng, rng.choice([9, 10, 12]))


def g_dl(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return "S" + rdigits(rng, 8)
    if k == 1:
        return "SA" + rdigits(rng, 7)
    if k == 2:
        return "%s-%s-%s" % (rng.choice("DKL") + rdigits(rng, 3), rdigits(rng, 4), rdigits(rng, 4))
    return rdigits(rng, 2) + rng.choice(["ABC", "XTR", "NMD", "JKL"]) + rdigits(rng, 5)


def g_dea(rng, last=None):
    l1 = rng.choice("ABFGM")
    l2 = (slug(last)[:1].upper() if last else "") or rng.choice("ABCDEFGHJKLMNPRSTW")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(chk)


def g_rnlic(rng):
    return rng.choice(["RN", "RN", "", "RN-"]) + str(rng.randint(2100000, 2399999))


def g_stlic(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return str(rng.randint(200000, 289999))
    if k == 1:
        return "RN" + str(rng.randint(2100000, 2399999))
    if k == 2:
        return "%07d" % rng.randint(10000, 999999)
    if k == 3:
        return "MD" + str(rng.randint(40000, 99999))
    return "PA-" + str(rng.randint(1000, 19999))


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(rng):
    v = [rng.choice(["1", "2", "3", "4", "5", "J", "K", "W"])] + [rng.choice(VIN_CHARS) for _ in range(16)]
    tot = sum((int(c) if c.isdigit() else VIN_TRANS[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def g_plate(rng):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = rng.randint(0, 5)
    if k == 0:
        return "%d%s%s %d%d%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9))
    if k == 1:
        return "%d%s%s-%d%s%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(0, 9), rng.choice(L), rng.randint(0, 9))
    if k == 2:
        return "".join(rng.choice(L) for _ in range(3)) + rdigits(rng, 4)
    if k == 3:
        return rdigits(rng, 3) + " " + "".join(rng.choice(L) for _ in range(3))
    if k == 4:
        return "%s%d%s%d" % (rng.choice(L), rng.randint(10, 99), rng.choice(L), rng.randint(10, 99))
    return "%d%s%d %d%d" % (rng.randint(1, 9), rng.choice(L), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9))


def g_devsn(rng):
    k = rng.randint(0, 5)
    if k == 0:
        return rng.choice(["PJN", "RNF", "BLK", "COA", "PZM"]) + rdigits(rng, 6) + rng.choice("SHGE")
    if k == 1:
        return "NG" + rdigits(rng, 7) + "H"
    if k == 2:
        return rdigits(rng, 2) + rng.choice("ABCDEFGH") + rdigits(rng, 1) + rng.choice("ABCDEFGH") + rdigits(rng, 4)
    if k == 3:
        return rdigits(rng, 11)
    if k == 4:
        return "SN" + rdigits(rng, 3) + "-" + rdigits(rng, 4) + "-" + rng.choice("ABCDEFGHJK") + rdigits(rng, 1)
    return rng.choice(["TSL", "MMT", "OMN"]) + "-" + rdigits(rng, 8)


def g_cgm(rng):
    return rdigits(rng, 1) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))


def g_udi(rng):
    d = rand_date(rng, 2026, 2029)
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % ("00" + rdigits(rng, 12), d.year % 100, d.month, d.day,
                                                   rng.choice("ABCDEFGH") + rdigits(rng, 4),
                                                   rng.choice(["PJN", "RNF", "BLK"]) + rdigits(rng, 6) + rng.choice("SHG"))


def g_ip(rng):
    while True:
        a = rng.choice([23, 24, 38, 45, 51, 64, 66, 73, 89, 91, 98, 103, 107, 138, 146, 154, 162, 176, 185,
                        193, 198, 203, 209, 212, 216])
        s = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        return s


def g_ipint(rng):
    k = rng.randint(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(1, 254))


def g_ip6(rng):
    h = lambda: "%x" % rng.randint(0, 0xffff)
    k = rng.randint(0, 2)
    if k == 0:
        return "2001:db8:%s:%s::%s" % (h(), h(), h())
    if k == 1:
        return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    return "2603:%s:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h(), h())


def g_cc(rng):
    k = rng.randint(0, 3)
    if k == 0:
        n = luhn_complete("4" + rdigits(rng, 14), 16)
    elif k == 1:
        n = luhn_complete("5" + str(rng.randint(1, 5)) + rdigits(rng, 13), 16)
    elif k == 2:
        n = luhn_complete("3" + rng.choice("47") + rdigits(rng, 12), 15)
    else:
        n = luhn_complete("6011" + rdigits(rng, 11), 16)
    st = rng.random()
    if len(n) == 15:
        if st < 0.6:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return n
    if st < 0.45:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if st < 0.7:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if st < 0.9:
        return n
    if st < 0.95:
        return fullwidth(" ".join(n[i:i + 4] for i in range(0, 16, 4))), ["evasion", "fullwidth"]
    return zero_width(rng, " ".join(n[i:i + 4] for i in range(0, 16, 4))), ["evasion", "zero-width"]


def street_line(rng):
    s = "%d %s %s" % (rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 4999)]),
                      rng.choice(STREETS), rng.choice(SUFFIXES))
    if rng.random() < 0.3:
        s += rng.choice([" ", ", "]) + rng.choice(UNITS)
    return s


def zip_for(rng, z):
    if rng.random() < 0.2:
        return z + "-" + rdigits(rng, 4)
    return z


def g_addr(rng):
    t, st, z = rng.choice(TOWNS)
    line = street_line(rng)
    k = rng.randint(0, 5)
    if k == 0:
        return "%s, %s, %s %s" % (line, t, st, zip_for(rng, z))
    if k == 1:
        return "%s, %s %s %s" % (line, t, st, zip_for(rng, z))
    if k == 2:
        return "%s %s %s %s" % (line, t, st, z)
    if k == 3:
        return ("%s %s %s" % (line, t, st)).lower()
    if k == 4:
        return "%s, %s" % (line, t)
    return "%s, %s, %s" % (line, t, st)


def g_addrml(rng):
    t, st, z = rng.choice(TOWNS)
    return "%s\n%s, %s %s" % (street_line(rng), t, st, zip_for(rng, z))


def g_addrhl7(rng):
    t, st, z = rng.choice(TOWNS)
    line = street_line(rng).upper().replace(", ", "^").replace(" APT", "^APT").replace(" UNIT", "^UNIT")
    if "^" not in line:
        line += "^"
    return "%s^%s^%s^%s" % (line, t.upper(), st, z)


def g_street(rng):
    s = "%d %s %s" % (rng.randint(1, 480), rng.choice(STREETS), rng.choice(SUFFIXES))
    if rng.random() < 0.25:
        s = "%s %s" % (rng.choice(STREETS), rng.choice(["St", "Rd", "Ave", "Street"]))
    return s


def g_town(rng):
    return rng.choice(TOWNS)[0]


def g_zip(rng):
    return zip_for(rng, rng.choice(TOWNS)[2])


def g_pobox(rng):
    t, st, z = rng.choice(TOWNS)
    fmt = rng.choice(["PO Box %d, %s %s %s", "P.O. Box %d, %s, %s %s", "PO Box %d %s %s %s", "Box %d, %s, %s %s"])
    return fmt % (rng.randint(2, 9999), t, st, z)


def g_purl(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return "https://mychart.nuhealth.org/MyChart/Visit?pid=E%d" % rng.randint(1000000, 9999999)
    if k == 1:
        return "https://portal.nuhealth.org/patient/%d/results" % rng.randint(1000000, 99999999)
    if k == 2:
        return "https://nuhealth.vidyo.io/visit/%s?patient=%d" % (rdigits(rng, 6), rng.randint(1000000, 9999999))
    if k == 3:
        return "https://redcap.nuhealth.org/surveys/?s=%s&record=%d" % (
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)), rng.randint(1001, 1999))
    return "https://mychart.nuhealth.org/MyChart/app/test-results?mrn=%08d" % rng.randint(100000, 99999999)


def g_fhirurl(rng):
    pid = "e" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(14))
    return rng.choice(["https://fhir.nuhealth.org/api/FHIR/R4/Patient/%s",
                       "https://fhir.nuhealth.org/api/FHIR/R4/Observation?patient=%s&category=laboratory",
                       "https://epic-fhir-prd.nuhealth.org/interconnect/api/FHIR/R4/Patient/%s/$everything"]) % pid


def g_fhirid(rng):
    return "".join(rng.choice("abcdef0123456789") for _ in range(8)) + "-" + "".join(
        rng.choice("abcdef0123456789") for _ in range(4))


# ---------------------------------------------------------------------------
# hard-negative generators (never PHI)
# ---------------------------------------------------------------------------
def g_room(rng): return rng.choice(ROOMS)
def g_inc(rng): return "INC%07d" % rng.randint(40000, 99999)
def g_chg(rng): return "CHG%07d" % rng.randint(20000, 49999)
def g_ritm(rng): return "RITM%07d" % rng.randint(10000, 99999)
def g_jira(rng): return rng.choice(["RSCH", "REDCAP", "SEC", "IFACE", "BIOB", "DR", "EPICRES"]) + "-" + str(rng.randint(100, 4999))
def g_po(rng): return "4500" + rdigits(rng, 6)
def g_invoice(rng): return rng.choice(["INV-", "INV", "", "#"]) + str(rng.randint(10000, 99999))
def g_order(rng): return rng.choice(["ORD-", "SO", "", "0"]) + str(rng.randint(1000, 99999))


def g_ver(rng):
    return rng.choice(["v10.4.2", "14.5.3", "4.5.0", "6.7.1", "v2.3.1", "15.0.12", "v7.14", "3.19.2",
                       "2024.2.1", "v1.8.0-rc2", "11.0.4", "5.2"])


def g_build(rng):
    return rng.choice(["2024.11.0.3", "10.4.2.118", "7.14.18408", "6.7.1.2201", "4.5.0.44", "2025.02.1.7",
                       "15.0.12.990", "1.22.4.12", "3.2.1.0"])


def g_ext(rng): return str(rng.randint(2000, 7999))
def g_cpt(rng): return rng.choice(CPTS)
def g_icd(rng): return rng.choice(ICDS)
def g_drug(rng): return rng.choice(DRUGS)


def g_money(rng):
    return rng.choice(["$%s" % format(rng.randint(2, 900) * 100, ","), "$%d.%02d" % (rng.randint(10, 999), rng.randint(0, 99)),
                       "$%.1fM" % (rng.randint(5, 80) / 10.0), "$%dk" % rng.randint(5, 950),
                       "$%s" % format(rng.randint(1000, 999999), ",")])


def g_fee(rng): return "$%s.%02d" % (format(rng.randint(18, 4800), ","), rng.randint(0, 99))
def g_bigmoney(rng): return rng.choice(["$%dk" % rng.randint(25, 950), "$%.1fM" % (rng.randint(10, 90) / 10.0), "$%s" % format(rng.randint(20, 999) * 1000, ",")])
def g_count(rng): return str(rng.choice([rng.randint(3, 60), rng.randint(60, 400), rng.randint(1000, 9999)]))
def g_n(rng): return str(rng.randint(2, 9))
def g_sm(rng): return str(rng.randint(10, 80))
def g_facaddr(rng): return rng.choice(FACILITIES)
def g_faczip(rng): return rng.choice(FAC_ZIPS)
def g_city(rng): return rng.choice(BIZ_CITIES)


def g_npi(rng):
    body = str(rng.choice([1, 2])) + rdigits(rng, 8)
    full = luhn_complete("80840" + body, 15)
    return body + full[-1]


def g_zoomid(rng):
    d = str(rng.randint(8, 9)) + rdigits(rng, 10)
    return rng.choice(["%s %s %s" % (d[:3], d[3:7], d[7:]), d])


def g_zoomblock(rng):
    d = str(rng.randint(8, 9)) + rdigits(rng, 10)
    return "https://nuhealth.zoom.us/j/%s\nMeeting ID: %s %s %s" % (d, d[:3], d[3:7], d[7:])


def g_zoompass(rng): return rdigits(rng, 6)
def g_zoomurl(rng): return "https://nuhealth.zoom.us/j/%s" % (str(rng.randint(8, 9)) + rdigits(rng, 10))
def g_asset(rng): return rng.choice(["NUH-BME-", "BME", "NRI-ASSET-", "IT-"]) + "%06d" % rng.randint(1000, 99999)
def g_protocol(rng): return "NUH-%s-%d" % (rng.choice(DEPTS), rng.randint(1000, 2999))
def g_irbno(rng): return "%dP%06d" % (rng.choice([2023, 2024, 2025]), rng.randint(100, 4000))
def g_nct(rng): return "NCT0%d" % rng.randint(4000000, 6999999)
def g_fy(rng): return rng.choice(["FY2026", "FY26", "FY2027", "Q3", "Q4 FY25", "Q1", "H2"])
def g_year(rng): return str(rng.randint(2015, 2026))


def g_intranet(rng):
    return rng.choice(["https://intranet.nuhealth.org/research/irb", "https://wiki.nuhealth.org/display/RSCH/Data+Requests",
                       "https://redcap.nuhealth.org/redcap_v14.5.3/index.php?pid=1842",
                       "https://servicenow.nuhealth.org/sp?id=kb_article&sys_id=KB0012291",
                       "https://boardportal.nuhealth.org/meetings/2025-03", "https://intranet.nuhealth.org/hr/benefits",
                       "https://confluence.nuhealth.org/display/IFACE/Mirth+Runbook"])


def g_puburl(rng):
    return rng.choice(["https://clinicaltrials.gov/study/NCT05512345", "https://grants.nih.gov/policy/humansubjects.htm",
                       "https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html",
                       "https://www.fda.gov/media/78830/download", "https://projectredcap.org/software/",
                       "https://hl7.org/fhir/R4/patient.html"])


def g_port(rng): return str(rng.choice([2575, 6661, 6662, 443, 8443, 5000, 7001]))
def g_host(rng): return rng.choice(["mirth-prd-02", "rhap-tst-01.nuhealth.org", "redcap-db01", "epic-int-prd3", "fhir-gw-02", "splunk-idx-4"])
def g_lot(rng): return rdigits(rng, 1) + rng.choice("ABCDEFGH") + rdigits(rng, 3) + rng.choice("ABCDE")
def g_expmy(rng): return "%02d/%s" % (rng.randint(1, 12), rng.choice(["26", "27", "2026", "2027", "28"]))
def g_last4(rng): return rdigits(rng, 4)
def g_group(rng): return rng.choice(["", "GRP-", "0"]) + rdigits(rng, 6)
def g_study(rng): return rng.choice(STUDIES)
def g_sponsor(rng): return rng.choice(SPONSORS)
def g_vendor(rng): return rng.choice(VENDORS)
def g_dept(rng): return rng.choice(["Cardiology", "Oncology", "Neurology", "Pulmonary", "Endocrine", "Geriatrics", "Biobank", "Research Pharmacy"])
def g_foundation(rng): return rng.choice(FOUNDATIONS)
def g_lang(rng): return rng.choice(LANGS)
def g_payer(rng): return rng.choice(PAYERS)
def g_kit(rng): return str(rng.randint(10000, 99999))
def g_rid(rng): return str(rng.randint(1001, 1999))
def g_ctl(rng): return rng.choice(["MSG", "Q", "CTL"]) + rdigits(rng, 8)
def g_hl7ts(rng): return fmt_date(rand_date(rng, 2024, 2025), "hl7") + "%02d%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
def g_tracking(rng): return rng.choice(["7", "1Z"]) + rdigits(rng, 11)
def g_costctr(rng): return rng.choice(["0", "1", "2"]) + rdigits(rng, 4)
def g_bldgage(rng): return str(rng.randint(91, 140))
def g_specimens(rng): return str(rng.randint(12, 4800))
def g_pct(rng): return "0.%d%%" % rng.randint(1, 9)
def g_sid(rng): return "%03d-%03d" % (rng.randint(101, 120), rng.randint(1, 250))
def g_freezer(rng): return "F-%d" % rng.randint(1, 30)
def g_weekday(rng): return rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
def g_temp(rng): return "-%d°C" % rng.randint(55, 72)
def g_state(rng): return rng.choice(["MA", "NH", "RI", "Massachusetts", "New Hampshire", "Maine", "CT"])


# key -> (generator, span type or None, tags, business-contact flag)
KEYS = {
    "date": (g_date, "DATE", [], False), "vdate": (g_vdate, "DATE", [], False),
    "sdate": (g_sdate, "DATE", [], False), "dob": (g_dob, "DATE", ["dob"], False),
    "olddob": (g_olddob, "DATE", ["dob"], False),
    "dobnum": (g_dobnum, "DATE", ["dob"], False), "dobiso": (g_dobiso, "DATE", ["dob"], False),
    "dobhl7": (g_dobhl7, "DATE", ["dob"], False), "dhl7": (g_dhl7, "DATE", [], False),
    "dthl7": (g_dthl7, "DATE", [], False), "dateiso": (g_dateiso, "DATE", [], False),
    "age": (g_age, "AGE", [], False), "agew": (g_agew, "AGE", [], False),
    "ph": (g_ph, "PHONE", [], False), "bph": (g_bph, "PHONE", [], True), "bphx": (g_bphx, "PHONE", [], True),
    "pemail": (g_pemail, "EMAIL", [], False), "bemail": (g_bemail, "EMAIL", [], True),
    "vemail": (g_vemail, "EMAIL", [], True),
    "ssn": (g_ssn, "SSN", [], False), "ssnx": (g_ssnx, "SSN", [], False), "ssnp": (g_ssnp, "SSN", [], False), "mrn": (g_mrn, "MRN", [], False), "mrnx": (g_mrnx, "MRN", [], False),
    "mrnsp": (g_mrnsp, "MRN", [], False), "ssnsp": (g_ssnsp, "SSN", [], False), "phsp": (g_phsp, "PHONE", [], False), "mrnp": (g_mrnp, "MRN", [], False),
    "member": (g_member, "HEALTH_PLAN_ID", [], False), "mbi": (g_mbi, "HEALTH_PLAN_ID", ["mbi"], False),
    "medicaid": (g_medicaid, "HEALTH_PLAN_ID", [], False),
    "har": (g_har, "ACCOUNT_NUMBER", [], False), "guar": (g_guar, "ACCOUNT_NUMBER", [], False),
    "bank": (g_bank, "ACCOUNT_NUMBER", [], False),
    "dl": (g_dl, "LICENSE_NUMBER", [], False), "dea": (g_dea, "LICENSE_NUMBER", ["dea"], False),
    "stlic": (g_stlic, "LICENSE_NUMBER", [], False), "rnlic": (g_rnlic, "LICENSE_NUMBER", [], False),
    "vin": (g_vin, "VEHICLE_ID", [], False), "plate": (g_plate, "VEHICLE_ID", [], False),
    "devsn": (g_devsn, "DEVICE_ID", [], False), "cgm": (g_cgm, "DEVICE_ID", [], False),
    "udi": (g_udi, "DEVICE_ID", ["udi"], False),
    "purl": (g_purl, "URL", [], False), "fhirurl": (g_fhirurl, "URL", ["fhir"], False),
    "ip": (g_ip, "IP_ADDRESS", [], False), "ipint": (g_ipint, "IP_ADDRESS", [], False),
    "ip6": (g_ip6, "IP_ADDRESS", ["ipv6"], False),
    "addr": (g_addr, "ADDRESS", [], False), "addrml": (g_addrml, "ADDRESS", [], False),
    "addrhl7": (g_addrhl7, "ADDRESS", [], False), "street": (g_street, "ADDRESS", [], False),
    "town": (g_town, "ADDRESS", ["town"], False), "zip": (g_zip, "ADDRESS", ["zip"], False),
    "pobox": (g_pobox, "ADDRESS", [], False),
    "cc": (g_cc, "CREDIT_CARD", [], False),
    # hard negatives
    "mdate": (g_mdate, None, ["calendar"], False), "mtime": (g_mtime, None, ["calendar"], False),
    "deadline": (g_deadline, None, ["deadline"], False), "effdate": (g_effdate, None, ["policy-date"], False),
    "room": (g_room, None, ["room-bed"], False), "inc": (g_inc, None, ["ticket"], False),
    "chg": (g_chg, None, ["ticket"], False), "ritm": (g_ritm, None, ["ticket"], False),
    "jira": (g_jira, None, ["ticket"], False), "po": (g_po, None, ["po"], False),
    "invoice": (g_invoice, None, ["invoice"], False), "order": (g_order, None, ["order"], False),
    "ver": (g_ver, None, ["version"], False), "build": (g_build, None, ["version", "ip-like"], False),
    "ext": (g_ext, None, ["ext"], False), "cpt": (g_cpt, None, ["cpt", "zip-like"], False),
    "icd": (g_icd, None, ["icd"], False), "drug": (g_drug, None, ["dose"], False),
    "money": (g_money, None, ["money"], False), "fee": (g_fee, None, ["money"], False),
    "bigmoney": (g_bigmoney, None, ["money"], False), "count": (g_count, None, ["count"], False),
    "n": (g_n, None, [], False), "sm": (g_sm, None, ["count"], False), "facaddr": (g_facaddr, None, ["facility-address"], False),
    "faczip": (g_faczip, None, ["facility-address", "zip-like"], False),
    "city": (g_city, None, ["business-city"], False), "npi": (g_npi, None, ["npi"], False),
    "zoomid": (g_zoomid, None, ["zoom", "phone-like"], False), "zoompass": (g_zoompass, None, ["zoom"], False),
    "zoomblock": (g_zoomblock, None, ["zoom", "phone-like", "url-nonphi"], False),
    "zoomurl": (g_zoomurl, None, ["zoom", "url-nonphi"], False), "asset": (g_asset, None, ["asset-tag"], False),
    "protocol": (g_protocol, None, ["protocol-id"], False), "irbno": (g_irbno, None, ["protocol-id"], False),
    "nct": (g_nct, None, ["protocol-id"], False), "fy": (g_fy, None, ["fiscal"], False),
    "year": (g_year, None, ["year-only"], False), "ageok": (g_ageok, None, ["age-under-90"], False),
    "intranet": (g_intranet, None, ["url-nonphi"], False), "puburl": (g_puburl, None, ["url-nonphi"], False),
    "port": (g_port, None, ["infra"], False), "host": (g_host, None, ["infra"], False),
    "lot": (g_lot, None, ["lot"], False), "expmy": (g_expmy, None, ["expiry"], False),
    "last4": (g_last4, None, ["last4"], False), "group": (g_group, None, ["group-number"], False),
    "study": (g_study, None, [], False), "sponsor": (g_sponsor, None, [], False),
    "vendor": (g_vendor, None, ["vendor"], False), "dept": (g_dept, None, [], False),
    "foundation": (g_foundation, None, ["donor"], False), "lang": (g_lang, None, [], False),
    "payer": (g_payer, None, [], False), "kit": (g_kit, None, ["kit-number"], False),
    "rid": (g_rid, None, [], False), "ctl": (g_ctl, None, [], False), "hl7ts": (g_hl7ts, None, [], False),
    "fhirid": (g_fhirid, None, [], False), "tracking": (g_tracking, None, ["tracking"], False),
    "costctr": (g_costctr, None, ["zip-like", "cost-center"], False), "bldgage": (g_bldgage, None, ["building-age"], False),
    "specimens": (g_specimens, None, ["count"], False), "pct": (g_pct, None, [], False),
    "sid": (g_sid, None, ["study-id"], False), "freezer": (g_freezer, None, [], False),
    "weekday": (g_weekday, None, [], False), "temp": (g_temp, None, [], False),
    "state": (g_state, None, ["state"], False),
}


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, rng, role, avoid_last=()):
        self.role = role[0]
        self.female = rng.random() < 0.52
        if role[1:] == "f":
            self.female = True
        elif role[1:] == "m":
            self.female = False
        self.first, self.nick0 = rng.choice(FEMALE if self.female else MALE)
        self.last = rng.choice(SURNAMES)
        while self.last in avoid_last or self.last == self.first:
            self.last = rng.choice(SURNAMES)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = self.nick0 or rng.choice(["Sunny", "Coco", "Tito", "Nana", "Junior", "Bubba", "Mimi",
                                              "Kiki", "Pops", "Lulu", "Dede", "Boo"])
        self.phone_d = phone_digits(rng)
        self.phone_fmt = rng.choice(PHONE_STYLES)
        self.obf_phone = rng.random() < 0.12
        self.email_plain = personal_email(rng, self.first, self.last)
        self.obf_mail = rng.random() < 0.2
        self.biz_email = "%s.%s@%s" % (slug(self.first), slug(self.last), rng.choice(
            ["nuhealth.org", "nuhealth.org", "nuhealth.org", "nri.nuhealth.org"]))
        self.vendor_email = "%s%s@%s" % (slug(self.first)[:1], slug(self.last), rng.choice(VENDOR_DOMAINS))
        self.handle = "@" + rng.choice([slug(self.first) + "." + slug(self.last)[:1],
                                        slug(self.first)[:1] + slug(self.last), slug(self.first)])
        self.mention = "<@U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">"
        self.title = rng.choice(EXEC_TITLES)
        self.age90 = rng.randint(90, 104)
        self.bday = rng.randint(1, 365)
        self.dobstyle = rng.choice(FULL_STYLES)
        self.rng = rng

    def field(self, f):
        """returns (value, span_type, biz, tags)"""
        nm = "NAME" if self.role in NAME_ROLES else None
        hon = ("Ms." if self.female else "Mr.")
        if f == "full":
            return "%s %s" % (self.first, self.last), nm, False, []
        if f == "first":
            return self.first, nm, False, ["first-only"]
        if f == "last":
            return self.last, nm, False, ["last-only"]
        if f == "fml":
            return "%s %s. %s" % (self.first, self.mi, self.last), nm, False, []
        if f == "inv":
            return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mi), nm, False, ["inverted-name"]
        if f == "invc":
            return "%s, %s" % (self.last, self.first), nm, False, ["inverted-name"]
        if f == "hl7":
            return "%s^%s^%s" % (self.last.upper(), self.first.upper(), self.mi), nm, False, []
        if f == "lower":
            return ("%s %s" % (self.first, self.last)).lower(), nm, False, ["lowercase"]
        if f == "nicklast":
            return "%s %s" % (self.nick, self.last), nm, False, ["nickname"]
        if f == "nick":
            return self.nick, nm, False, ["nickname"]
        if f == "hon":
            return hon, None, False, []
        if f == "he":
            return ("she" if self.female else "he"), None, False, []
        if f == "He":
            return ("She" if self.female else "He"), None, False, []
        if f == "him":
            return ("her" if self.female else "him"), None, False, []
        if f == "his":
            return ("her" if self.female else "his"), None, False, []
        if f == "His":
            return ("Her" if self.female else "His"), None, False, []
        if f == "email":
            if self.role in NAME_ROLES:
                if self.obf_mail:
                    return obf_email(self.rng, self.email_plain), "EMAIL", False, ["evasion"]
                return self.email_plain, "EMAIL", False, []
            if self.role == "v":
                return self.vendor_email, "EMAIL", True, []
            return self.biz_email, "EMAIL", True, []
        if f == "emailobf":
            return obf_email(self.rng, self.email_plain), "EMAIL", False, ["evasion"]
        if f == "emailp":
            if self.role in NAME_ROLES:
                return self.email_plain, "EMAIL", False, []
            return (self.vendor_email if self.role == "v" else self.biz_email), "EMAIL", True, []
        if f == "phone":
            if self.role in NAME_ROLES and self.obf_phone:
                v, t = obf_phone(self.rng, self.phone_d)
                return v, "PHONE", False, t
            return fmt_phone(self.phone_d, self.phone_fmt), "PHONE", self.role not in NAME_ROLES, []
        if f == "phonep":
            return fmt_phone(self.phone_d, self.phone_fmt if self.phone_fmt != "plain" else "dash"), "PHONE", self.role not in NAME_ROLES, []
        if f == "tel":
            return fmt_phone(self.phone_d, "tel"), "PHONE", self.role not in NAME_ROLES, []
        if f == "handle":
            return self.handle, None, False, []
        if f == "mention":
            return self.mention, None, False, ["mention"]
        if f == "title":
            return self.title, None, False, []
        if f == "age":
            return str(self.age90), "AGE", False, []
        if f == "olddob":  # consistent with .age as of mid-2025
            y = 2025 - self.age90 - (1 if self.bday > datetime.date(2025, 6, 30).timetuple().tm_yday else 0)
            d = datetime.date(y, 1, 1) + datetime.timedelta(days=self.bday - 1)
            return fmt_date(d, self.dobstyle), "DATE", False, ["dob"]
        if f == "cburl":
            return "https://www.caringbridge.org/visit/%s%s" % (slug(self.first), slug(self.last)), "URL", False, ["personal-page"]
        if f == "gofund":
            return "https://www.gofundme.com/f/help-%s-%s-%s" % (slug(self.first), slug(self.last), self.rng.choice(
                ["beat-cancer", "get-home", "with-medical-bills", "recover"])), "URL", False, ["personal-page"]
        if f == "dea":
            return g_dea(self.rng, self.last), "LICENSE_NUMBER", False, ["dea"]
        raise KeyError(f)


ROLE_TAGS = {"e": ["exec-name"], "c": ["exec-name"], "s": ["staff-name"], "t": ["staff-name"],
             "u": ["staff-name"], "v": ["vendor"], "d": ["donor"], "k": ["colleague-as-patient"],
             "r": ["relative"], "g": ["guardian"]}


# ---------------------------------------------------------------------------
# rendering engine
# ---------------------------------------------------------------------------
KEY_RE = re.compile(r"\{([a-z][a-z0-9]*)(?:\.([A-Za-z][A-Za-z0-9]*))?(?:~(\d+))?\}")
SLOTLIKE_RE = re.compile(r"\{[A-Za-z][^{}\"\s]*\}")


class Frame:
    def __init__(self, phi, tags, template, raw=False):
        for m in SLOTLIKE_RE.finditer(template):
            km = KEY_RE.fullmatch(m.group(0))
            if not km or (km.group(2) is None and km.group(1) not in KEYS):
                raise AssertionError("bad slot %s in %r" % (m.group(0), template))
        self.phi, self.template, self.raw = phi, template, raw
        self.tags = [t for t in tags.split() if t != "evasion"]  # evasion comes from the values


PHI_FRAMES, CLEAN_FRAMES = [], []


def P(tags, template, raw=False):
    PHI_FRAMES.append(Frame(True, tags, template, raw))


def C(tags, template, raw=False):
    CLEAN_FRAMES.append(Frame(False, tags, template, raw))


def gen_value(rng, key):
    fn, typ, tags, biz = KEYS[key]
    v = fn(rng)
    extra = []
    if isinstance(v, tuple):
        v, extra = v
    return v, typ, biz, list(tags) + list(extra)


def render_pieces(frame, rng):
    """-> list of [text, type, biz, tags]"""
    pieces, cache, people = [], {}, {}
    pos = 0
    t = frame.template
    for m in KEY_RE.finditer(t):
        if m.start() > pos:
            pieces.append([t[pos:m.start()], None, False, []])
        key, fld, inst = m.group(1), m.group(2), m.group(3)
        full = m.group(0)
        if fld is not None:
            role = key
            if role not in people:
                people[role] = Person(rng, role, avoid_last=[pp.last for pp in people.values()])
            v, typ, biz, tags = people[role].field(fld)
            if fld in ("email", "phone") and full in cache:
                v, typ, biz, tags = cache[full]
            cache[full] = (v, typ, biz, tags)
            tags = tags + ROLE_TAGS.get(role[0], [])
        else:
            if full in cache:
                v, typ, biz, tags = cache[full]
            else:
                v, typ, biz, tags = gen_value(rng, key)
                others = [c[0] for k2, c in cache.items() if k2 == "{" + key + "}" or k2.startswith("{" + key + "~")]
                tries = 0
                while v in others and tries < 20:
                    v, typ, biz, tags = gen_value(rng, key)
                    tries += 1
                cache[full] = (v, typ, biz, tags)
        pieces.append([v, typ, biz, list(tags)])
        pos = m.end()
    if pos < len(t):
        pieces.append([t[pos:], None, False, []])
    return pieces


WORD_RE = re.compile(r"(?<![A-Za-z@#/_.`-])([a-z]{5,})(?![A-Za-z_.`/-])")


def typo(rng, pieces):
    cands = []
    for i, p in enumerate(pieces):
        if p[1] is None and "`" not in p[0] and "http" not in p[0] and "|" not in p[0]:
            for m in WORD_RE.finditer(p[0]):
                cands.append((i, m.start(), m.end()))
    if not cands:
        return False
    i, a, b = rng.choice(cands)
    w = pieces[i][0][a:b]
    k = rng.randint(0, 2)
    j = rng.randint(1, len(w) - 3)
    if k == 0:
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif k == 1:
        w2 = w[:j] + w[j + 1:]
    else:
        w2 = w[:j] + w[j] + w[j:]
    if w2 == w:
        return False
    pieces[i][0] = pieces[i][0][:a] + w2 + pieces[i][0][b:]
    return True


def add_emoji(rng, pieces):
    e = rng.choice(EMOJI)
    if rng.random() < 0.8:
        if pieces[-1][1] is None:
            pieces[-1][0] = pieces[-1][0] + " " + e
        else:
            pieces.append([" " + e, None, False, []])
    else:
        if pieces[0][1] is None:
            pieces[0][0] = e + " " + pieces[0][0]
        else:
            pieces.insert(0, [e + " ", None, False, []])


def assemble(pieces):
    text, spans, pos = "", [], 0
    for v, typ, biz, tags in pieces:
        if typ is not None:
            spans.append((typ, v, len(text)))
        text += v
    return text, spans


def validator_positions(text, spans):
    b = text.encode("utf-8")
    pos, out = 0, []
    for typ, v, _ in spans:
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i < 0:
            return None
        out.append(i)
        pos = i + len(vb)
    return out


EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2705\u274C\u2757]|:[a-z_+]+:")
TYPE_TAGS = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
             "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan", "ACCOUNT_NUMBER": "account",
             "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
             "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
HARD_NEG_TAGS = {"calendar", "deadline", "policy-date", "room-bed", "ticket", "po", "invoice", "order", "version",
                 "ip-like", "ext", "cpt", "zip-like", "icd", "dose", "money", "count", "facility-address",
                 "business-city", "npi", "zoom", "phone-like", "asset-tag", "protocol-id", "fiscal", "year-only",
                 "age-under-90", "url-nonphi", "lot", "expiry", "last4", "group-number", "exec-name",
                 "staff-name", "vendor", "donor", "mrn-topic", "ssn-topic", "hipaa", "age-aggregate",
                 "building-age", "cost-center", "kit-number", "tracking", "study-id", "word-names", "public-figure",
                 "mention", "state", "infra", "license-topic", "device-topic", "deid-topic"}


def finalize_tags(frame, pieces, text, spans, form_tags):
    tags = []

    def add(t):
        if t not in tags:
            tags.append(t)
    add("phi" if spans else "clean")
    for t in frame.tags:
        add(t)
    for typ, v, _ in spans:
        add(TYPE_TAGS[typ])
    for v, typ, biz, ptags in pieces:
        for t in ptags:
            if spans or typ is None:
                add(t)
    if spans and all(p[2] for p in pieces if p[1] is not None):
        add("business-contact")
    for t in form_tags:
        add(t)
    if "\n" in text:
        add("multiline")
    if any(0xFF10 <= ord(ch) <= 0xFF19 for ch in text):
        add("fullwidth")
    if any(ch in text for ch in "\u200b\u200c\u200d\u2060\ufeff"):
        add("zero-width")
    if EMOJI_RE.search(text):
        add("emoji")
    if (re.search(r"<[@#!]|<mailto:|<tel:|<https?:|`|\*[^*\s][^*]*\*|(^|\n)>|(^|\n)\s*[•\-] |\b_[^_\s][^_]*_\b", text)):
        add("slack-markup")
    letters = [ch for ch in text if ch.isalpha()]
    if letters and text == text.lower():
        add("lowercase")
    if not spans:
        if any(t in HARD_NEG_TAGS for t in tags):
            add("hard-negative")
        else:
            add("easy-negative")
    return tags


def render(frame, rng):
    for attempt in range(60):
        pieces = render_pieces(frame, rng)
        form = []
        if not frame.raw:
            if rng.random() < 0.11:
                for p in pieces:
                    p[0] = p[0].lower()
                form.append("lowercase")
            if rng.random() < 0.12 and typo(rng, pieces):
                form.append("typo")
            if rng.random() < 0.10:
                add_emoji(rng, pieces)
        text, spans = assemble(pieces)
        if frame.phi != bool(spans):
            raise AssertionError("frame/span mismatch: %r" % frame.template)
        want = [len(text[:s].encode("utf-8")) for _, _, s in spans]
        if validator_positions(text, spans) != want:
            continue
        if any(not v for _, v, _ in spans):
            continue
        return text, spans, finalize_tags(frame, pieces, text, spans, form)
    raise AssertionError("could not render frame unambiguously: %r" % frame.template)


# ---------------------------------------------------------------------------
# PHI frames
# ---------------------------------------------------------------------------
# --- clinical-trial coordination, screening, visits
P("research screening", "screen fail: {p.full}, MRN {mrn}, screened {date}. inclusion #4 not met")
P("research scheduling", "Hey can someone move {p.first}'s V3? {p.he} was booked for {date} but has a funeral that day")
P("research withdrawal", "{p.hon} {p.last} called the study line asking to withdraw. DOB {dob}. cc @irb-team")
P("research consent irb", "Subject {p.fml} (DOB {dob}) consented at the {vdate} visit but the HIPAA authorization page was never scanned")
P("research structured", "*Re-screen request*\nName: {p.full}\nMRN: {mrn}\nDOB: {dob}\nOriginal screen: {date}\nPI approval: {s.full}")
P("research scheduling", "{p.full} no-showed V2 again ({date}). 3rd missed visit — do we withdraw per protocol?")
P("research relative", "pls call {p.his} daughter {rf.full} at {ph}, she's the LAR for {p.first}")
P("research reminder", "reminder went to {p.email} for the {date} fasting draw, no reply yet")
P("research age eligibility", "{p.full} is {age} and the {study} cap is 85 — how did {p.he} get through prescreen??")
P("research ae", "AE report: subject {p.last}, {age} y/o, fall on {date} at home in {town}")
P("research parking", "Parking validation for study pt {p.full}, plate {plate}, visit {date}")
P("research travel", "Travel reimb for {p.full}: mileage from {addr} to the CRU, check mailed")
P("research stipend", "ClinCard for {p.full} — card # {cc} — loaded $50 for V4 on {date}")
P("research stipend ssn", "Subject stipend W-9: {p.full}, SSN {ssn}. please don't put SSNs in this channel next time 🙃")
P("research monitor", "the sponsor monitor flagged that {p.full}'s DOB in EDC is {dob} but source says {dob~2}")
P("research pk", "{p.invc} — MRN {mrn} — needs the 4h PK draw at {mtime} on {date}")
P("research device cgm", "Can you pull the CGM data for {p.first}? Dexcom transmitter SN {cgm}")
P("research device", "subject {p.full} pump serial {devsn} — sponsor wants it swapped at the {date} visit")
P("research billing insurance", "FYI {p.full}'s insurance is {payer}, member ID {member}; research billing needs it for the SOC labs")
P("research billing", "Medicare MBI for {p.hon} {p.last}: {mbi}")
P("research billing", "Medicaid ID {medicaid} for {p.first} — coverage ends 12/31 so schedule V5 before then")
P("research billing finance", "HAR {har} for {p.full} got the research charges by mistake, can finance move them to the study account?")
P("research age", "pt {p.first} ({age}) wants to keep coming to the memory study visits; {p.his} son {rm.first} drives {p.him}")
P("research sae age", "SAE: {p.full}, {age}yo, admitted {date} with syncope. Sponsor notified within 24h")
P("research age evasion", "subject {p.last} turned {agew} last week and the DSMB wants to know if {p.he} can stay on")
P("research scheduling", "can we squeeze {p.full} in {sdate}? {p.he} can only do mornings")
P("research scheduling lowercase", "fyi {p.lower} rescheduled v4 to {date}, updated in OnCore")
P("research scheduling", "Visit window for {p.full} closes {date} — if we miss it it's a deviation")
P("research followup", "{p.full} discharged {date}, f/u in CRU due {date~2}")
P("research death", "Death notification: {p.full}, MRN {mrn}, expired {date}. Sponsor SAE form due in 24h.")
P("research irb deviation", "IRB deviation: {p.full} was dosed {date} while the study was on clinical hold")
P("research irb", "Reportable event — specimen from {p.full} shipped to the sponsor with the full name on the label")
P("research lar", "the LAR signature is {rf.full}, relationship: niece. subject {p.full} lacks capacity per Dr. {s.last}")
P("research pregnancy", "pregnancy report: partner of subject {p.last} — partner name {rf.full}, EDD {date}")
P("research genetics", "Return of results: {p.full} carries the variant; genetic counseling visit booked {date}")
P("research mailing", "return-of-results letter for {p.full} went to the wrong address ({addr})")
P("research imaging", "Subject {p.first}'s MRI was {date}, incidental finding — PI to call {p.him} at {ph}")
P("research twins", "Twins {p.first} & {q.first}, last name {p.last}, both enrolled — same DOB {dob}, different MRNs ({mrn} / {mrn~2})")
P("research nickname", "{p.full} (goes by {p.nick}) asked for evening visits if possible")
P("research nickname", "{p.nick} — {p.full} on paper — is here for the 2h OGTT, room 3")
P("research structured", "label printed as {p.inv}, MRN {mrn}, DOB {dob}. ok to use?")
P("research biobank", "who is {p.last}? the tube in the rack just says '{p.last} {dob}'")
P("research", "Is {p.full} in {study}? {p.He} says {p.he} got a letter about it")
P("research interpreter", "Interpreter needed for {p.full} ({lang}) at the {date} screening — call {r.first} at {ph} to confirm")
P("research list", "Monitor visit prep, source docs needed for:\n• {p.full} — V2 {date}\n• {q.full} — V3 {date~2}\n• {o.full} — EOS {date~3}")
P("research list", "1. {p.invc} ({mrn})\n2. {q.invc} ({mrn~2})\n3. {o.invc} ({mrn~3})\nall three need re-consent on the v5 ICF")
P("research markup structured", "*SUBJECT*: {p.full}\n*DOB*: {dob}\n*MRN*: `{mrn}`\n*Visit*: {date}\n*Notes*: fasting not confirmed")
P("research", "CRA asked for unredacted ECGs for {p.full}. that's a no, right?")
P("research monitoring", "Remote monitor has EHR access to MRN {mrn} only, but the audit log shows {p.he} opened {mrn~2}")
P("research contact", "can you send me {p.first}'s number? nvm found it: {ph}")
P("research contact", "re: {p.full} — voicemail left at {p.phone} and email sent to {p.email}")
P("research contact", "Called {p.hon} {p.last} at {p.phone} x3 this week, no answer. Next step is certified letter to {addr}")
P("research stipend", "Subject payment for {p.full} goes to acct {bank}; {p.he} doesn't want a ClinCard")
P("research billing", "guarantor acct {guar} for {p.full} has a $1,240 balance from the research MRI — shouldn't that be sponsor-paid?")
P("research eligibility", "{p.full} will be {age} at the {date} enrollment visit — need a sponsor waiver first")
P("research eligibility", "age check for {p.last}: DOB {p.olddob} => {p.age} as of the screening visit, over the cap")
P("research welcome", "Send the welcome packet to {p.full}, {addr}")
P("research home-visit multiline", "mailing the home kit to:\n{p.full}\n{addrml}")
P("research distance", "{p.he} lives on {street} in {town} — about 40 min to our Worcester site")
P("research zip", "{p.first}'s ZIP is {zip}, outside the catchment for the community arm")
P("research address", "subject {p.last} moved from {town} to {town~2}; still within 60 miles so ok to continue")
P("research pobox", "PO Box for {p.last} (no street mail): {pobox}")
P("research address change", "{p.full}'s address changed to {addr}, please update EDC and the ClinCard profile")
P("research ed visit", "{p.full} came through the ED {date} with chest pain and mentioned the study — did anyone get paged?")
P("research fall incident", "fall incident: {p.full} slipped in the CRU bathroom {date} ~10:15, no injury, IR filed")
P("research complaint relative", "complaint from {r.full} about how {r.his} mother was treated at the {date} visit. wants a call back at {ph}")
P("research escalation", "escalating: {p.full} is threatening to post about the study on Facebook; {p.he} can be reached at {ph}")
P("research clinic-list", "Clinic list {date}: {p.full} 9:00, {q.full} 9:30, {o.full} 10:15 (new)")
P("research guardian", "{p.first}'s guardian {g.full} needs to sign the assent at the {date} visit")
P("research visitor", "visitor log: {r.full} visiting {p.full}, Bigelow 7 rm 712")
P("research referral", "referral from Dr. {s.last} at Lowell General for {p.full}, DOB {dob}, fax back to {bph}")
P("research letter forwarded", "forwarding what we mailed: \"Dear {p.hon} {p.last}, your appointment on {date} at the Clinical Research Unit...\"")
P("research quote", "> {p.first} left a message: \"it's {p.full}, my new number is {ph}, call me back\"")
P("research email forwarded multiline", "> From: {p.full} <{p.emailp}>\n> Subject: question about my blood draw\n> I was told to come in {date} but I have work")
P("research teams multiline", "[10:42] {s.full}\nhe said his chart # is {mrn} and dob {dob}")
P("research typo", "subjct {p.full} recieved the wrong kit at the {date} vist, pharmacy aware")
P("research emoji", "🎉 {p.full} finished EOS today ({date})! first completer for {study}")
P("research sms", "SMS reminders bouncing for {ph}, {ph~2} and {ph~3} — Twilio error 30006")
P("research call-log", "Teams call log: missed call from {ph} (subject {p.last}) at 4:52")
P("research", "{p.full}, born {dob}, lives in {town} — eligible for the rural sub-study?")
P("research hearing", "Lost & found: hearing aid SN {devsn} left in CRU room 3 by {p.full}")
P("research portal url", "portal link for {p.first}: {purl}")
P("research portal url markup", "can someone check why <{purl}|this visit link> doesn't open for {p.first}?")
P("research personal-page", "Family set up an update page for {p.first}: {p.cburl} — sponsor asked if we can link it (no)")
P("research deceased donor age", "Tissue donor {p.full}, {age} yrs, DOD {date}, NOK {r.full} {ph}")
P("research nok address", "Next of kin: {r.full}\nAddress: {addr}\nPhone: {ph}")
P("research partial-name", "the {p.last}s want to do V6 at home, is that allowed?")

# --- biobank & specimen logistics
P("biobank lowercase", "biobank intake: {p.lower}, mrn {mrn}, 2x lavender 1x SST drawn {date}")
P("biobank mislabel", "@biobank the aliquots from {p.full} ({dob}) were labeled with {q.full}'s barcodes — both boxes are in Freezer {freezer} rack 3")
P("biobank redraw", "Specimen from {p.invc} (MR# {mrn}) hemolyzed, needs redraw on {date}")
P("biobank withdrawal", "biobank consent withdrawal: destroy all aliquots for MRN {mrn} (DOB {dob}), document per SOP 7.2")
P("biobank cord-blood", "cord blood unit for baby {p.last} — mom {rf.full}, delivered {date}, MRN {mrn}")
P("biobank courier address", "courier picked up the home-draw kit from {p.full}'s house ({street}, {town}) at 8:10")
P("biobank shipping", "Dry ice shipment to the central lab includes {p.full}'s {date} samples — the manifest has full names, needs to be recoded")
P("biobank", "tube says {p.inv} but the req says {q.inv}. which one do I trust??")
P("biobank request", "PI wants {p.full}'s buffy coat pulled for the GWAS — collected {date}, box 7 pos A4")
P("biobank audit", "CAP audit trail: sample for chart # {mrn} received {date} 14:02, processed 14:40")
P("biobank lab", "Lab result for subject {p.invc}: HbA1c 7.9, drawn {date}. flagging for PI")
P("biobank temp", "Freezer {freezer} excursion hit {temp}; affected boxes include {p.full} and {q.full} ({date} draws)")
P("biobank lowercase typo", "quick q - {p.lower} brought in a stool kit from home, collected {sdate}, do we still accept it?")

# --- research pharmacy
P("pharmacy", "Research pharmacy: IP dispensed to {p.full} on {date}, kit #{kit}. dose 400 mg")
P("pharmacy adherence", "Is it ok that {p.full} took the study drug at home in {town}? {p.He} missed the in-clinic dose {date}")
P("pharmacy temp", "temp excursion affected kits for {p.full} and {q.full}; both were dosed {date}")
P("pharmacy weight", "Pharmacy needs {p.full}'s weight before {date}'s cycle 2 — dose is 1.5 mg/kg")
P("pharmacy rx structured", "Rx for subject {p.fml}, MRN {mrn}, DOB {dob}: {drug} x 28d")
P("pharmacy iwrs", "IWRS randomization confirmation: subject {p.last}, DOB {dob}, arm B, kit {kit}")
P("pharmacy return", "{p.first} returned 14 capsules at the {date} visit, compliance 77%")
P("pharmacy dea credentialing", "controlled-substance log lists Dr. {s.last} with DEA {dea} — that registration expired, who signed for the {date} dispense to {p.full}?")
P("pharmacy", "pt {p.last} ({mrn}) allergic to the excipient?? {p.his} chart says PCN only. dispense on hold")

# --- data requests, honest broker, de-identification
P("data-request deid", "Honest broker question: the extract has a ZIP column (first row {zip}) next to MRN {mrn} — can I keep it for the LDS?")
P("data-request deid", "@data-requests export row 118: {p.full}, {dob}, {addr}. why is this in a de-identified extract???")
P("data-request", "the export for DR-2291 included {p.full}'s SSN {ssn} in the notes column — pulling it now")
P("data-request deid", "Data request: requester wants DOB ({dob} in the sample row) + full ZIP ({zip}) — that's not LDS")
P("data-request", "Re: data pull — {p.full} SSN {ssn}, MBI {mbi}, member {member}. this is way more than the IRB approved")
P("data-request evasion", "they sent the SSN as {ssnx} in the spreadsheet to get past DLP lol")
P("data-request ssn evasion", "her ss# is {ssnx}, please verify against the W-9 for {pf.full}")
P("data-request records", "Medical records request: {p.full}, {dob}, records from {date} to {date~2}")
P("data-request records", "ROI: send {p.full}'s research notes to {addr} per the signed authorization")
P("data-request deid", "de-id check: sample note still contains '{pf.first} is a {age} yo widow from {town}' — the NLP scrubber missed it")
P("records mpi", "MPI merge request: {p.invc} MRN {mrn} + MRN {mrn~2}, same DOB {dob}")
P("records duplicate", "dup record? {p.full} dob {dob} vs {p.full} dob {dob~2}")
P("records him", "HIM: chart # {mrn} was merged into {mrn~2} over the weekend, REDCap still points at the old one")

# --- REDCap & EHR integration tickets
P("redcap ticket", "REDCap record {rid} free-text field has '{p.full} called from {ph}' — need to scrub")
P("redcap ticket", "{inc} – user pasted {p.fml} MRN {mrn} in the ticket description. can we redact?")
P("redcap ticket", "ticket {jira}: survey link for {p.first} bounced, email on file {p.email}")
P("redcap ehr", "Epic→REDCap sync failed for MRN {mrn} (DOB {dob}), error: no matching record")
P("redcap api", "REDCap API log: `import failed: record {rid} field ssn value {ssn}`")
P("redcap ssn", "heads up: the {study} REDCap project has an SSN field and 14 records have values, e.g. {ssn}")
P("redcap email bounce markup", "bounce: <mailto:{p.emailp}|{p.emailp}> does not exist (REDCap survey invite)")
P("redcap phone markup", "<tel:{p.tel}|{p.phonep}> is disconnected for {p.first}, any other contact?")
P("redcap dag", "{p.full} got put in the {city} DAG but {p.he} is seen in Boston — can you move record {rid}?")
P("ehr registration", "EHR interface: {p.fml} shows sex=U and DOB {dob}, registration fixing it")
P("ehr url", "who shared this in the channel: {purl} ?? that's a live patient link")

# --- HL7 / FHIR pasted logs
P("hl7 ehr-integration structured", "```PID|1||{mrnp}^^^NUH^MR||{p.hl7}||{dobhl7}|W|||{addrhl7}||{bph}```\nMirth rejected it: PID-8 'W' isn't in table 0001", raw=True)
P("hl7 ehr-integration structured", "Rhapsody dead-letter for {p.hl7} (MRN {mrn}) — OBX-5 exceeds 64k", raw=True)
P("hl7 ehr-integration structured", "Mirth channel ADT_IN error: PID-7 '{dobhl7}' invalid for MRN {mrn}", raw=True)
P("hl7 ssn structured", "```PID|1||{mrnp}^^^NUH^MR~{ssnp}^^^SSA^SS||{p.hl7}||{dobhl7}|M```\nwhy is SSA^SS flowing to the research feed", raw=True)
P("hl7 structured relative", "NK1 segment is leaking to REDCap:\n`NK1|1|{r.hl7}|DAU|{addrhl7}|{ph}`", raw=True)
P("hl7 structured insurance", "IN1 on the research ADT still carries the member id: `IN1|1|{payer}|...|{member}` for {p.hl7}", raw=True)
P("hl7 structured account", "```PV1|1|I|BIG7^712^1||||||||||||||||{har}|||||||||||||||||||||||||{dthl7}```\nPV1-44 parsed wrong since the {hl7ts} deploy", raw=True)
P("hl7 structured", "ORU^R01 for {p.hl7} DOB {dobhl7} stuck in queue, control id {ctl}", raw=True)
P("fhir structured", "FHIR 422 for MRN {mrn}: birthDate '{dobiso}' is in the future?? source system TZ bug", raw=True)
P("fhir url", "GET {fhirurl} → 404 after the MPI merge", raw=True)
P("fhir structured", '```{"resourceType":"Patient","name":[{"family":"{p.last}","given":["{p.first}"]}],"birthDate":"{dobiso}","address":[{"postalCode":"{zip}"}]}```\nthis is what the sandbox returned — it was supposed to be synthetic!', raw=True)
P("fhir structured", 'Bundle entry failed: {"resource":{"resourceType":"Encounter","subject":{"display":"{p.full}"},"period":{"start":"{dateiso}"}}}', raw=True)
P("fhir url", "the $everything call for <{fhirurl}> is timing out at 60s", raw=True)
P("hl7 device", "OBX|3|ST|PACER-SN||{devsn}| for {p.hl7} — interrogation feed mapping wrong field", raw=True)

# --- devices
P("device", "Pacemaker rep needs the serial for {p.hon} {p.last}: {devsn}. interrogation done {date}")
P("device udi", "UDI from the implant log: {udi} — pt MRN {mrn}")
P("device udi", "loop recorder {udi} implanted {date}, subject {p.last}")
P("device", "insulin pump SN {devsn} for {p.first} alarming during the clamp study, Medtronic on the line")
P("device", "the patient's hearing aid serial is {devsn}; the manufacturer needs it for the loaner ({p.full})")
P("device ip", "home spirometer for {p.first} uploads from {ip} — that's {p.his} home router, REDCap flagged it")
P("device ipv6", "subject {p.full} uploads from {ip6}; the portal WAF blocked it as suspicious")

# --- security operations
P("secops ip", "🚨 *Impossible travel* — {s.handle} signed in from {ip} and {ip~2} within 14 min. MFA push denied.")
P("secops ip", "SOC: outbound SMB from {ipint} to {ip} blocked, host RSCH-LT-0442")
P("secops email dlp", "DLP hit: {s.email} emailed a spreadsheet w/ 212 SSNs to {pemail}")
P("secops email phishing", "phish report from {s.full}: sender {vemail}, reply-to {pemail}. link was hxxp://nuhealth-login[.]top — blocked")
P("secops ipv6", "Firewall deny from {ip6} to redcap.nuhealth.org:443, 1,204 hits in an hour")
P("secops ip privacy", "User {s.handle} logged in from {ip} at 02:14 and opened {p.full}'s chart (not on the care team)")
P("secops ip", "Splunk alert: 48 failed RDP logins to {ipint} from {ip}")
P("secops ip", "CrowdStrike: host BIOBANK-WS-07 ({ipint}) beaconing to {ip} every 60s — isolating")
P("secops ipv6", "new VPN session for {s.full} from {ip6}, geo = unknown")
P("secops email phishing exec", "Phish impersonating the CRO came from {pemail} asking coordinators for gift cards")
P("secops ip ticket", "we blocked {ip} and {ip~2} at the edge; {inc} updated")
P("secops lost-device", "lost laptop: {s.full}'s MacBook had a REDCap export cached with {p.full}'s DOB ({dob}) in it")
P("secops ip structured", "```src={ip} dst={ipint} dport={port} action=deny rule=RSCH-INBOUND```")
P("secops ip structured multiline", "*Alert*: brute force\n*Source*: `{ip}`\n*Target*: `{ipint}` ({host})\n*Count*: 312")
P("secops privacy vip", "Privacy: 7 users opened {p.full}'s chart yesterday; {p.he}'s a local news anchor admitted {date}")
P("secops email", "mailbox rule forwarding everything from {s.email} to {pemail} — created from {ip}")
P("secops ip typo", "egress to {ip} from the interface enigne subnet looks like the vendor's support tunnel, can someone confirm")

# --- chief research officer + assistant bot
P("exec-assistant calendar email", "@assistant move my 2pm with {s.full} to Thursday and send the dial-in to {s.email}")
P("exec-assistant health vip", "@assistant book my annual physical with Dr. {t.last} — they have {date} at 8:40")
P("exec-assistant credit-card", "assistant: reply to the travel desk with my corporate Amex {cc}, exp {expmy}")
P("exec-assistant phone", "@assistant my cell is {bph} if the dean's office needs me during the retreat")
P("exec-assistant health", "@assistant cancel everything {date}, I'm having my knee scoped")
P("exec-assistant health", "@assistant remind me the colonoscopy prep starts the night before {date}; block that whole morning")
P("exec-assistant email", "@assistant forward the NIH notice to {s.email} and {t.email}")
P("exec-assistant email markup", "@assistant send the sponsor contract to <mailto:{v.emailp}|{v.emailp}>")
P("exec-assistant phone vendor", "@assistant schedule a call with {v.full} from {vendor}, their direct is {bph}")
P("exec-assistant relative", "@assistant my dad {rm.full} is being admitted here {date}; clear my afternoon")
P("exec-assistant phone fax", "@assistant what's the IRB fax at the affiliate? I have {bph} but it bounces")
P("exec-assistant health colleague-as-patient", "Assistant bot: added 'PT appt' on {date} 7:30am to {k.first}'s calendar (private)")
P("exec-assistant credit-card", "@assistant reimburse my personal card {cc} for the lab dinner — receipts attached")
P("exec-assistant phone relative", "@assistant if I'm late call my wife's cell {ph}")
P("exec-assistant email", "@assistant reply-all but drop {pemail}, that's the vendor's personal address")
P("exec-assistant structured", "Assistant summary for {c.first}:\n• 3 meetings moved\n• {v.full} asked for a call back at {bphx}\n• expense report needs card {cc}")
P("exec-assistant health colleague-as-patient", "@assistant tell the team {k.full} is out for surgery {date}, don't say what kind")
P("exec-assistant license", "@assistant my DL number for the rental is {dl}, and the plate on the loaner will be {plate}")
P("exec-assistant email", "@assistant who sent the DSMB letter? → {vemail} ({v.full}, {sponsor})")
P("exec-assistant business", "@assistant add {v.full} <{v.emailp}> to the {study} steering committee invite")

# --- employee health (colleague is the patient)
P("employee-health", "{k.full} (biobank tech) had a needlestick {date}, source pt MRN {mrn}")
P("employee-health", "employee health: {k.full} positive TB screen, DOB {dob}, needs a chest film")
P("employee-health lowercase", "{k.lower} from the CRU had surgery {date} and is out on medical leave, pls don't ask why in here")
P("employee-health", "Occ health cleared {k.full} to come back after the {date} exposure in {room}")
P("employee-health", "{k.first}'s flu shot exemption form has {k.his} DOB {dob} and religious reason — where do I file it?")
P("employee-health vip", "our coordinator {k.full} was admitted last night ({date}) — {k.he}'s on Bigelow 9, visits ok per family")
P("employee-health", "Workers comp claim for {k.full}: injury date {date}, SSN {ssn}")

# --- VIP and privacy
P("vip", "VIP flag: {pf.full} (board chair's mother) admitted to Bigelow 9, bed 14 — restrict chart access")
P("vip age", "{pf.full}, {age}, is the founder's widow and is enrolling in {study} — the CRO wants to be told of every visit")
P("vip", "heads up, {p.full} from the {foundation} board is having a procedure with us {date}, keep it quiet")
P("vip escalation", "The donor's son {rm.full} called the CRO's office about {rm.his} father's trial visit on {date}")

# --- credentialing & licences
P("credentialing", "Dr. {s.full}'s DEA {dea} and MA license {stlic} need to be re-verified before research pharmacy will dispense")
P("credentialing npi", "NPI {npi} checks out, but the DEA on the 1572 ({dea}) doesn't match the registry")
P("credentialing", "RN license {rnlic} for {s.full} lapsed 9/30 — pull {s.him} from the infusion schedule")
P("credentialing npi", "Credentialing packet for {s.full}: NPI {npi}, {state} license {stlic}, DEA {s.dea}, board cert ABIM")
P("credentialing", "sub-I {s.full}: state lic {stlic} (active), DEA {dea} (exp 2026). adding to the delegation log")

# --- vehicles & parking
P("vehicle", "Valet says the car in the ambulance bay is a gray Camry, VIN {vin} — belongs to a study subject's family")
P("vehicle", "Vehicle in the research lot with plate {plate} has been there 3 days — security wants it towed")
P("vehicle license", "courier's driver's license: {dl}, van plate {plate}. he signed for the dry ice")
P("vehicle license", "shuttle driver's CDL is {dl}, expires next month")
P("vehicle", "Garage B camera caught plate {plate} hitting the gate arm, facilities asked for a report")

# --- business contacts (only business phone/e-mail PHI)
P("business-contact fax", "pls fax the signed consent to {bph} attn {s.first}")
P("business-contact", "shared mailbox for the study team is {bemail}, main line {bphx}")
P("business-contact vendor", "Vendor support line: {bphx}, reference ticket VND-4410")
P("business-contact vendor", "our Epic TS is {v.full}, {v.email}")
P("business-contact sponsor", "Sponsor medical monitor: {v.full}, {bph} (24/7)")
P("business-contact", "SOC on-call this week is {s.full}, cell {s.phone}")
P("business-contact", "send requests to {bemail} instead of DMing me 😅")
P("business-contact", "{s.full}'s new desk line is {bphx}")
P("business-contact markup", "for pickups email the group inbox <mailto:{bemail}|{bemail}>, not me")
P("business-contact markup", "call <tel:{s.tel}|{s.phonep}> for anything urgent on the Mirth side")
P("business-contact", "Courier dispatch: {bph}. Say it's for the NRI biorepository")
P("business-contact sponsor", "CRA contact for {study}: {v.full} — {v.email} — {v.phone}")
P("business-contact", "the research pharmacy's fax changed to {bph}, update your templates")
P("business-contact structured", "IT on-call\n• primary: {s.full} {s.phone}\n• secondary: {t.full} {t.phone}")

# --- system notifications, chatter, replies
P("system-notification research", "📅 OnCore: Visit 'Screening' for {p.invc} ({mrn}) scheduled {date} 09:00")
P("system-notification ehr", "Epic In Basket (research): Pt {p.full} MRN {mrn} — research hold released {date}")
P("system-notification redcap", "REDCap Alert: record {rid} ({p.full}) submitted the eDiary late, last entry {date}")
P("system-notification research", "OnCore: subject {p.invc} status changed to Off Study ({date})")
P("system-notification ticket", "ServiceNow {ritm}: access request for {s.full} to the chart of {p.full} (research monitor)")
P("research telehealth", "the Zoom recording of {p.first}'s telehealth consent ({date}) got uploaded to the shared drive 😬")
P("research telehealth url", "Telehealth visit link for {p.full}: {purl}")
P("research chatty age", "ok so {pf.first} (the sweet lady from {town}) brought cookies again lol. she's {age} and sharper than me")
P("research question", "does anyone know if {p.full} ever got {p.his} V2 rescheduled? last note says {date}")
P("research reply", "yep — {p.first} is confirmed for {sdate}, I texted {p.him} at {ph}")
P("research consent", "Scanned the HIPAA auth for {p.full} into the wrong binder, moved it. DOB on the form: {dob}")
P("research econsent", "eConsent audit shows {p.email} signed at 3:02am — is that plausible for {p.first}?")
P("research quote", "> {p.full} — {mrn} — {dob}\ncan someone confirm this is the right pt before I ship?")
P("research chatty", "lmk if {p.full} shows up, {p.he} called from home in {town} saying the bus is late")
P("research irb age", "IRB asked: was {p.full} ({age}) assessed for capacity before consent on {date}?")
P("research bereavement", "sympathy card for the family of {p.full} (passed {date}), send to {addr}")
P("research billing", "Medicare secondary for {p.full}: MBI {mbi}, primary {payer} member {member}")
P("research billing", "Beneficiary ID on the CMS letter: {mbi} — which subject is this?")
P("research ssn", "ssn {ssn} came back as belonging to someone else in the payment vendor's TIN check")
P("research billing coverage", "policy # {member} termed 12/31/2024 for {p.full} — so research billing can't bill SOC after that")
P("research billing", "HAR {har} / MRN {mrn} — same patient, two encounters, one is the research visit")
P("research stipend address", "gift card receipt: {p.full}, {addr}, $25 x 2")
P("records", "chart # {mrn} flagged as research-restricted — who did that?")
P("research relative email", "Subject's daughter {rf.first} emailed from {rf.email} asking for copies of the consent")
P("research guardian phone", "the POA {g.full} ({g.phone}) wants all communication to go through {g.him}")
P("research lab", "med rec # {mrn}, visit {date}, {study}: lipid panel was not fasting")
P("research records", "Can you look up MR# {mrn}? need to confirm the DOB matches {dob}")
P("research sleep", "We had {p.full} in {room} on {date} for the sleep study, {p.he} pulled the leads at 3am lol")
P("research terse", "mrn {mrn} / dob {dob} / {p.last} / V2 missed")
P("research capacity relative", "{pm.full}'s wife {rf.first} says {pm.he} has dementia now — can {pm.he} still consent?")
P("research front-desk", "CRU front desk: {p.full} is here but {p.he}'s not on today's list ({sdate}) — anyone?")
P("research email evasion", "{p.first} said to email {p.email} (weird spelling i know)")
P("research travel credit-card", "Amex {cc} is on the hotel folio for subject {p.full}'s travel — sponsor reimburses")
P("secops ip redcap", "IP {ip} in the REDCap audit log made 400 exports of {study} overnight")
P("fhir ipv6 mrn", "{ip6} hit the FHIR sandbox with real MRNs (e.g. {mrn}) — who gave them the client id?")
P("device udi", "UDI scan for {p.first}: {udi}")
P("device", "CPAP SN {devsn} — DME says it's {p.last}'s, bring it to the sleep lab {date}")
P("vehicle research", "Subject mileage form asks for the VIN: {vin} — why does the sponsor need that?")
P("structured", "```\nname: {p.full}\ndob: {dob}\nphone: {ph}\nemail: {p.email}\n```\nfound this in a public channel, deleting")
P("structured age relative", "Subject card\nName — {p.full}\nAge — {age}\nMRN — {mrn}\nLAR — {r.full} ({r.phone})")
P("research chatty", "honestly {p.first} is my favorite subject, {p.he} calls every Monday from {ph} just to check in 😂")
P("research lowercase", "pls dont put {p.last}'s dob ({dob}) in the channel name again lol")
P("research address multiline", "new address for {p.full}:\n{addrml}\n(moved in with {p.his} son)")
P("research name-only", "who's covering {p.full} today? {p.he}'s in infusion bay 6")
P("research name-only", "{p.hon} {p.last} is asking for {s.first} again, says nobody else can find {p.his} veins")
P("research name-only", "any update on {p.full}'s biopsy path?")
P("research name-only hyphen", "{p.full}'s labs are back, PI wants to review before unblinding")
P("research name-only", "FYI {p.nicklast} passed the 6MWT today, big improvement")
P("research age aggregate-mixed", "we have 3 subjects over 90 in {study}; one of them, {p.full}, is {age}")
P("evasion voicemail", "voicemail transcript: \"hi it's {p.first}, my number is {phsp}, and my social is {ssnsp}, call me\"")
P("evasion", "{p.hon} {p.last} read me {p.his} MRN over the phone: {mrnsp}. can someone confirm it's right")
P("evasion", "number's {phsp} — {p.first} spells everything out on the form lol")
P("evasion ssn", "SSN for {p.full} (copied off the fax, sorry): {ssnx}")
P("evasion mrn", "mrn {mrnx} pasted from the PDF came through weird, search can't find it — pt {p.last}")
P("email", "{p.first}'s email is {p.emailobf} — typed it that way to dodge spam bots")
P("evasion phone", "pls call {p.full} back at {ph} re the {date} visit")
P("evasion ssn dlp", "DLP missed this one: \"SSN is {ssnx}\" in a REDCap note for {p.first}")
P("vip public-figure", "the state rep's mother {pf.full} is in {study} — everything about her stays off Slack after this")


# ---------------------------------------------------------------------------
# CLEAN frames (mostly hard negatives)
# ---------------------------------------------------------------------------
# --- calendar, meetings, deadlines, execs
C("calendar", "CRU schedule for {mdate}: {sm} subjects, 3 PK days. room 3 is down for maintenance")
C("calendar irb", "IRB full board moved to {mdate} at {mtime}, agenda is in the board portal")
C("deadline irb", "Continuing review for {protocol} due {deadline} — {s.full} is drafting")
C("calendar", "{s.handle} can you cover the {study} screening clinic {weekday}?")
C("exec-name money", "{e.title} {e.full} approved the {fy} pilot budget ({money})")
C("exec-name calendar", "{e.full} (CRO) will present at the {city} research summit on {mdate}")
C("exec-name deadline", "NIH R01 resubmission due {deadline}; {e.full} wants a draft by {mdate}")
C("exec-assistant calendar", "@assistant decline the {mtime} with {vendor} and propose {mdate} instead")
C("exec-assistant calendar", "@assistant what's on my calendar {mdate}?")
C("exec-assistant calendar exec-name", "@assistant book Thayer 2 conf rm B for the IRB chair {e.full} on {mdate}, {mtime}")
C("exec-assistant donor money", "@assistant draft a thank-you to {d.full} for the {bigmoney} gift to the biobank")
C("exec-assistant system-notification", "Assistant bot: 3 meetings moved, 1 declined ({s.full} — conflict), 2 new invites from {sponsor}")
C("exec-assistant", "@assistant summarize the unread emails from the IRB office, skip the newsletters")
C("exec-assistant calendar", "@assistant put a 30-min hold on {mdate} for the {study} DSMB pre-read")
C("exec-assistant calendar exec-name", "@assistant find 45 minutes with {e.full} and {t.full} before {deadline}")
C("exec-assistant calendar", "Assistant bot: your {mtime} with {s.full} is now on Zoom — {zoomurl}")
C("exec-assistant travel", "@assistant book me on the 7am shuttle to DC for the {sponsor} meeting {mdate}, aisle seat")
C("exec-assistant expiry", "@assistant the corporate card expires {expmy}, remind me to activate the new one")
C("exec-assistant last4", "@assistant which card ends in {last4}? the hotel says it declined")
C("exec-assistant money", "@assistant approve the {fee} expense from {s.full}, it's the sponsor dinner")
C("exec-name calendar", "{e.full}'s office: the CRO will be at the Worcester campus all day {mdate}")
C("exec-name", "{e.title} {e.full} signed the data use agreement with {sponsor}")
C("exec-name", "the IRB chair, Dr. {e.last}, signed the determination letter this morning")
C("exec-name calendar", "Site visit from FDA {mdate}; {e.full} and {s.full} to host")
C("exec-name deadline", "{e.full} wants the research annual report by {deadline}")
C("calendar", "@channel the {study} DSMB meeting is {mdate} at {mtime}")
C("calendar", "Staff flu clinic {mdate} in the Bigelow lobby, 7–11am")
C("calendar", "Just a heads up, will be out {mdate} — {t.full} can approve timesheets")
C("calendar", "{s.full}'s last day is {mdate} 😢 cake in the CRU kitchen at 3")
C("calendar", "New hire: {s.full}, clinical research coordinator II, starts {mdate}")
C("calendar vendor", "Vendor visit: badge for {v.full} from {vendor}, {mdate} 10am")
C("calendar sponsor", "Sponsor {sponsor} site initiation visit {mdate}, {mtime}, CRU conf room B")
C("deadline", "June IRB deadlines: initial submissions by {deadline}, amendments by the 15th")
C("deadline hipaa", "Reminder: HIPAA and CITI training due by {deadline}")
C("policy-date", "Policy RSCH-014 effective {effdate}: all data requests go through the honest broker")
C("policy-date", "Research pharmacy hours change effective {effdate} — closes at 5:30")
C("fiscal", "{fy} budget planning kickoff; Q3 actuals due {deadline}")
C("fiscal money", "Q3 enrollment: {count} vs target 150; revenue {money}")
C("year-only", "The {year} cohort is closed to accrual")
C("calendar zoom multiline", "Zoom: {zoomblock}\nPasscode: {zoompass}")
C("zoom", "Meeting ID {zoomid}, passcode {zoompass} — same as last week")
C("calendar", "can we push the {study} huddle to {mtime}? I'm stuck in the {dept} meeting")
C("calendar word-names", "Mark, can you review the DUA by {deadline}? Rose from legal has comments")
C("word-names", "hope everyone had a good weekend! grace period for CITI renewals ends Friday")
C("word-names", "will do — I'll mark the amendment as approved once the chair signs")
C("word-names calendar", "Summer hours start {mdate}; the CRU closes at 3 on Fridays. June and April coordinators please update the grid")
C("staff-name", "{s.full} got promoted to Director of Clinical Research Ops 🎉")
C("staff-name", "who owns the Epic Research module build? {s.full} or {t.full}?")
C("staff-name", "The 1572 lists 3 sub-Is: {s.full}, {t.full}, {u.full}")
C("staff-name", "{s.full} passed the CITI GCP refresher, can you update the delegation log")
C("staff-name city", "{s.full} and {t.full} are presenting at SOCRA in {city}")
C("staff-name mention", "{s.mention} can you approve the {study} amendment? {t.mention} already did")
C("staff-name", "Dr. {s.last} is covering the research clinic while Dr. {t.last} is at ASCO")
C("staff-name lowercase", "ty {s.first}!! the redcap fix worked")
C("donor", "{d.full} from the {foundation} toured the biobank with {e.full} today")
C("donor calendar", "Board meeting {mdate}: {d.full} will chair the research committee")
C("donor money", "The {foundation} renewed at {bigmoney}; {d.full} wants a lab tour in the spring")
C("public-figure", "Senator's office called about the {study} funding announcement — comms is handling")
C("public-figure", "the Governor is visiting the Worcester campus {mdate}; expect road closures on Plantation St")

# --- research ops, aggregates, ages
C("age-aggregate", "We enrolled {sm} subjects this quarter, {n} of them over 90 — the report shows them as 90+")
C("age-aggregate hipaa", "the registry includes patients 90+ as a separate stratum, no exact ages")
C("age-aggregate", "{n} pts over 90 in the registry; can't release exact ages to the sponsor")
C("age-aggregate", "how many subjects are 65+? need it for the DSMB table")
C("age-under-90", "the age limit for {study} is 18–{ageok}")
C("age-under-90", "The {ageok}-year-old subject finished all visits, first completer in the cohort!")
C("age-under-90", "inclusion: adults 50–85 with AF; we screened a lot of 86s this month unfortunately")
C("duration", "{study} has a 90-day follow-up window; visit 5 is day 180 ± 14")
C("duration", "90-day washout for the prior biologic, 30 days for steroids")
C("count", "The sponsor wants a 1-page summary of screen fails by reason; {sm} screened, {n} failed")
C("count business-city", "Subject count by site: Boston {sm}, Worcester {sm~2}, Lowell {n}")
C("study-id", "Subject {sid} completed V3; next one is due in the window per the calendar")
C("study-id", "Randomized {sid} and {sid~2} to arm B today, IWRS confirmations filed")
C("building-age", "the Thayer building is {bldgage} years old and the freezer farm needs a new circuit")
C("building-age", "TIL the Bigelow wing is a {bldgage}-year-old building, older than the hospital name")
C("room-bed", "Bed 14 on Bigelow 9 is the research bed this month")
C("room-bed", "{room} is blocked for the sleep study night, housekeeping aware")
C("room-bed ticket", "Room 4B-112 (-20 freezer room) door alarm — facilities ticket {inc}")
C("room-bed", "Ethernet jack 4B-112-03 is dead, moved the EKG cart to {room}")
C("easy", "Reminder: 4th floor bathroom out of order")
C("easy emoji", "thanks all 🙏")
C("easy", "Can we get a new REDCap instrument for the 6-minute walk?")
C("easy", "is the CRU kitchen fridge for food or specimens?? asking for a friend")
C("easy", "anyone have a spare badge reel")
C("easy", "lol the printer in Bigelow 3 ate my protocol again, print job 4471")
C("irb", "IRB says the amendment can be expedited since it's only a recruitment flyer change")
C("irb protocol-id", "IRB #{irbno} approved; stamped ICF v5.0 is in the regulatory binder")
C("protocol-id", "NCT record {nct} posted results; link: https://clinicaltrials.gov/study/{nct}")
C("protocol-id", "Protocol {protocol} amendment 4 adds a PK substudy")
C("incident", "Incident review: subject fall in the CRU last month — root cause wet floor; no identifiers in here pls")
C("sponsor money", "Sponsor wire of {bigmoney} received for {study} milestone 3")
C("money invoice", "{vendor} invoice {invoice} for {fee} is 60 days past due")
C("po", "PO {po} for the -80 freezers went through, invoice {invoice} pending")
C("po invoice", "Invoice {invoice} references PO {po} and contract C-2291")
C("order tracking", "Order {order} for dry ice shipped; FedEx tracking {tracking}")
C("cost-center money", "the {dept} cost center {costctr} is {money} over budget")
C("cost-center", "charge the courier to cost center {costctr}, not the study account")
C("money", "$48 per visit stipend, $25 for the optional biopsy visit — per the budget")

# --- biobank clean
C("biobank count", "Biobank move: {specimens} aliquots from Freezer {freezer} to {freezer~2} on {mdate}")
C("biobank", "Specimen storage: Freezer {freezer}, rack 3, box 7, positions A1–A9")
C("biobank", "Temperature alarm on {freezer} ({temp}) at 03:12, facilities paged")
C("biobank calendar", "CAP inspection {mdate}; biobank SOP v4.2 needs sign-off from {s.full}")
C("biobank", "{specimens} specimens shipped to the central lab on dry ice, box 3 of 5")
C("biobank", "Batch 2024-11-07-A of plasma aliquots passed QC")
C("biobank device-topic", "Freezer serial numbers are on the back label; facilities has them in the asset DB")
C("biobank asset-tag", "Freezer {freezer} is asset {asset}, please reference that on the work order")
C("biobank vendor", "{vendor} says the LN2 delivery slips to {weekday}")

# --- research pharmacy clean
C("pharmacy dose lot", "Research pharmacy: {drug} kits lot {lot} exp {expmy} — quarantine until the temp log is reviewed")
C("pharmacy dose", "Dose: {drug}; hold if ANC < 1,000")
C("pharmacy dose", "The study drug is dosed at 1.5 mg/kg, max 100 mg")
C("pharmacy", "drug shortage: research pharmacy has 40 vials left, 20 mg/mL")
C("pharmacy count", "Kit inventory: {count} kits on hand, {n} expiring {expmy}")
C("pharmacy license-topic", "DEA registration for the research pharmacy renewal is in progress, no action needed")
C("pharmacy", "IP accountability logs for {study} are due to the monitor {deadline}")

# --- billing codes
C("cpt icd", "CPT {cpt} and {cpt~2} are the research-billable labs for {study}; ICD {icd} on the claim")
C("cpt", "CPT 99213 vs 99214 for the screening visit — coding says 99213")
C("icd", "ICD-10 {icd} is the inclusion dx for the {study} registry")
C("icd", "The ICD code Z00.6 goes on research-only encounters")
C("cpt money", "Medicare rate for {cpt} is {fee}; the sponsor budget has it lower")
C("group-number", "Group number {group} is the same for all BCBS research subjects, just use it on the coverage analysis")
C("payer", "{payer} denied the SOC charges again, research billing appealing")

# --- data requests, de-identification, HIPAA topics
C("mrn-topic", "MRNs in the new Epic build are 10-digit; REDCap validation still expects 8")
C("ssn-topic", "Reminder: never put SSNs in REDCap free text; use the SSN field with the identifier flag")
C("ssn-topic", "the SSN column is being dropped from the warehouse view {effdate}")
C("mrn-topic", "Can the bot auto-redact MRNs in this channel?")
C("hipaa deid-topic", "Is a date of service a Safe Harbor identifier? yes — anything more specific than the year")
C("hipaa deid-topic age-aggregate", "de-id question: can we keep age 89 as-is? yes, only 90 and over must be aggregated")
C("hipaa deid-topic zip-like", "ZIP3 rule: the first three digits are ok if the area has more than 20,000 people")
C("hipaa deid-topic", "Honest broker: the extract will have dates shifted ±30 days and ZIP3 only")
C("hipaa deid-topic", "We need 5-digit ZIPs for the geocoding project — IRB says LDS with a DUA")
C("data-request", "{jira}: request approved, dataset will be coded with study IDs only")
C("data-request", "data request queue: {sm} open, {n} waiting on IRB letters")
C("last4 ssn-topic", "last 4 of the SSN ({last4}) is enough for the callback verification, don't ask for more")
C("last4", "card ending {last4} declined for the sponsor dinner — {s.first}, can you use yours?")
C("expiry", "Expiry on the corporate cards is {expmy} — finance is mailing new ones")
C("hipaa", "Minimum necessary applies to the monitor's EHR access too")
C("mrn-topic", "mrn field mapping: PID-3 first repetition, assigning authority NUH")
C("ssn-topic hl7", "we strip PID-19 (SSN) before anything hits the research feed")
C("hipaa deid-topic", "Are device serial numbers identifiers under Safe Harbor? yes, item (M)")
C("license-topic", "Do we need the PI's DEA number on the 1572? no, only for controlled IP")
C("npi", "Dr. {s.last} is the PI; NPI {npi} for the 1572")
C("npi", "NPI lookup for the new sub-I: {npi} (registry says active)")

# --- REDCap / EHR / interfaces
C("redcap version", "REDCap upgraded to {ver} last night, no downtime 🎉")
C("version", "Mirth {ver} build {build} deployed to PRD")
C("version ip-like", "version {build} of the Rhapsody engine has the memory leak fix")
C("version", "Epic Nov 2024 upgrade: Research Study Association activity changes, tip sheet in the wiki")
C("version", "CrowdStrike sensor updated to {build} on research desktops")
C("version", "Sponsor wants us to use their eCOA app {ver}; IT security review pending ({jira})")
C("version", "HL7 v2.5.1 vs 2.3: the OBX segment mapping differs for units")
C("version", "Pump firmware {ver} recall notice — {n} pumps in the CRU affected, biomed swapping")
C("redcap", "REDCap project PID 1842 is in production with {count} records")
C("redcap url-nonphi", "the project home is {intranet} if you need the codebook")
C("redcap ticket", "RE: {jira} — {s.handle} fixed the branching logic on the AE form")
C("redcap", "Can someone approve {jira}? It's the REDCap DAG change for the {city} site")
C("ticket", "Ticket {inc} opened for the HL7 feed lag; RCA on {mdate}")
C("ticket", "{chg} — FHIR endpoint cert rotation Sat 02:00–04:00")
C("infra", "interface engine queue at 12,400 messages, ORU backlog clearing")
C("infra hl7", "```MSH|^~\\&|EPIC|NUH|BEAKER|NRI|{hl7ts}||ACK^A01|{ctl}|P|2.5.1\nMSA|AE|{ctl}|segment PID missing```", raw=True)
C("infra", "mirth channel RSCH_ORU_OUT stopped: java.net.SocketTimeoutException after 30000 ms")
C("infra fhir", "FHIR GET /Patient returns 401 with the new client secret — was it rotated?")
C("infra fhir url-nonphi", "capability statement is at https://fhir.nuhealth.org/api/FHIR/R4/metadata if you need the search params")
C("infra", "Port {port} on {host} is listening again")
C("infra", "Interface error rate dropped from 2.1% to {pct} after the {build} patch")
C("infra ehr", "Patient portal outage — MyChart login page returning 503 since 07:40")
C("infra", "ADT feed to OnCore is 40 min behind; registration says it's the A08 storm")
C("infra hl7", "PID-3 repetition order changed in the Epic upgrade — the MRN is now the second rep")
C("infra", "Rhapsody route RSCH-LAB-OUT filtered {count} messages by accident, replaying from {mtime}")
C("infra", "{host} disk at 92%, archiving the 2023 message logs")
C("infra hl7", "MSH-9 ORM^O01 messages are now routed to the research pharmacy queue too")
C("infra url-nonphi", "runbook: {intranet}")

# --- security ops (clean)
C("secops", "SOC: phishing campaign spoofing the CRO, {n}0 users clicked, all passwords reset")
C("secops count", "SOC weekly: {count} blocked logins, 3 incidents, 0 breaches")
C("secops ticket", "{jira}: EDR agent offline on {n} research laptops, reimaging")
C("secops", "VPN concentrator reboot tonight 23:00; expect a 5 min drop")
C("secops ticket", "the new firewall rules for the biobank subnet are in {chg}")
C("secops", "reminder: report phish with the button, don't forward to the SOC mailbox")
C("secops", "MFA fatigue attempt on a research admin account, blocked, user retrained")
C("secops infra", "Nessus found TLS 1.0 on {host}, patch window {mdate}")

# --- facilities, places, addresses (non-residential)
C("facility-address", "The CRU is at {facaddr} — use the side entrance after 6pm")
C("facility-address", "Ship to: NRI Biorepository, {facaddr}")
C("facility-address zip-like", "Our facility ZIP for the sponsor form is {faczip}")
C("facility-address", "Our clinic at {facaddr} is closed for the holiday {mdate}")
C("business-city", "Our {city} site has 2 coordinators now, {s.first} and {t.first}")
C("business-city", "parking: the research lot (Lot C) is closed {mdate}; use the Cambridge St garage")
C("state", "the study is open in {state} and RI only, sponsor won't add NH")
C("business-city", "does the Lowell site still do DEXA or do subjects come to Boston for that?")
C("facility-address", "Central lab address for FedEx: 2400 Ellis Rd, Durham, NC 27703")
C("business-city", "We're recruiting at the Chinatown health fair and the Lawrence farmers market this month")
C("ext", "{s.full} is out; call x{ext} for the research pharmacy")
C("ext", "Staff directory: research pharmacy x{ext}, biobank x{ext~2}, CRU front desk x{ext~3}")
C("ext", "anyone know the extension for biobank receiving? nvm it's x{ext}")
C("asset-tag", "Device asset tag {asset} (infusion pump) is due for PM")
C("asset-tag", "Serial numbers for the new centrifuges are in the asset DB under {asset}")

# --- clean, structured / markup / forwarded
C("structured ticket multiline", "*Ticket*: {inc}\n*Priority*: P2\n*Assigned*: {s.full}\n*Summary*: REDCap → Epic sync delayed\n*Opened*: {mdate} {mtime}")
C("structured multiline calendar", "*{study} weekly*\n• enrolled: {sm}\n• screen fails: {n}\n• next DSMB: {mdate}\n• budget remaining: {money}")
C("structured multiline", "> From: {sponsor} Clinical Operations\n> Subject: protocol amendment 5\n> Please file the attached letter in the ISF before {deadline}.")
C("structured multiline version", "Release notes {ver}:\n- fixed survey queue bug\n- new MyCap build {build}\n- no data migration")
C("structured multiline po", "PO: {po}\nVendor: {vendor}\nAmount: {money}\nCost center: {costctr}\nApprover: {e.full}")
C("structured multiline", "```\nchannel: RSCH_ADT_IN\nstatus: STOPPED\nerrors: 42\nlast: {hl7ts}\nhost: {host}\n```", raw=True)
C("structured multiline calendar", "Agenda for {mdate}:\n1. {study} enrollment\n2. biobank move\n3. SOC audit findings\n4. AOB")
C("structured multiline exec-name", "Org update:\n• {e.full} → {e.title}\n• {s.full} → Research Ops Manager\n• {t.full} → Biobank Lead")
C("structured multiline system-notification", "🤖 *Assistant daily brief*\n- {n} meetings today, first at {mtime}\n- 2 expense reports need approval ({money} total)\n- {jira} awaiting your sign-off")
C("structured system-notification", "REDCap Alert: {count} surveys completed today for {study}, 0 with errors")
C("structured system-notification", "OnCore: protocol {protocol} status changed to Open to Accrual ({mdate})")
C("structured system-notification", "ServiceNow {ritm}: new REDCap project request from {s.full} — waiting on IRB letter")
C("structured quote", "> the sponsor wants raw DOBs\nabsolutely not, send them the age bands")
C("markup", "`redcap_data_access_groups` export is broken in {ver}, use the API instead")
C("markup", "*do not* paste identifiers in here, use the secure file drop")
C("markup", "_friendly reminder_: the CRU fridge gets cleaned {weekday}")
C("markup staff-name", "shoutout to {s.mention} for staying late to fix the interface 🙌")
C("question", "quick q — does anyone know if the sponsor pays for parking or do we?")
C("question", "who has the key for the -80 in {room}?")
C("reply", "yep, approved. go ahead and ship the {study} samples {weekday}")
C("reply lowercase", "nope, irb said no to texting subjects from personal phones")
C("question hipaa", "can the assistant bot read DMs? asking before I paste anything sensitive")
C("chatty", "omg the dry ice guy came at 6am again, {s.first} you're a saint")
C("chatty word-names", "Grace and Will from the biobank are doing the 5k for the {foundation} — sponsor them!")
C("chatty", "coffee cart in the Bigelow lobby is back!!! ☕")
C("typo", "the sponser called agian about the {study} budget, can {s.first} call them back")


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def frame_cycle(rng, frames):
    while True:
        order = list(frames)
        rng.shuffle(order)
        for f in order:
            yield f


def main():
    rng = random.Random(SEED)
    plan = [True] * N_PHI + [False] * (N_TOTAL - N_PHI)
    rng.shuffle(plan)
    phi_it = frame_cycle(rng, PHI_FRAMES)
    clean_it = frame_cycle(rng, CLEAN_FRAMES)
    seen = set()
    lines = []
    for i, is_phi in enumerate(plan, 1):
        frame = next(phi_it if is_phi else clean_it)
        for _ in range(30):
            text, spans, tags = render(frame, rng)
            if text not in seen:
                break
        seen.add(text)
        item = {"id": "gw-%04d" % i, "text": text,
                "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": tags}
        lines.append(json.dumps(item, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d lines (%d PHI, %d clean) from %d frames (%d PHI, %d clean) -> %s" % (
        len(lines), N_PHI, N_TOTAL - N_PHI, len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES),
        len(CLEAN_FRAMES), OUT))


if __name__ == "__main__":
    main()
