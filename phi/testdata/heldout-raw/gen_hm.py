#!/usr/bin/env python3
"""Labelled message generator for the PHI guard (blind evaluation corpus, set "hm").

Setting: a multi-site outpatient behavioural-health and primary-care group chatting in
Microsoft Teams (practice administrator, front-desk leads, billing, medical director).
Writes /work/corpora/out/generated_hm.jsonl: 700 messages, ids hm0001..hm0700, ~55% PHI.

Raw checker format, one message per line:
  {"id":"hm0001","text":"...","spans":[{"type":"NAME","value":"..."}],"tags":[...]}

Standard library only, fixed seed 6287, deterministic output.
Every message is built from segments (literal text / non-PHI fill / PHI span), all
lower-casing and typo noise is applied to the segments first, and only then are the span
values read off.  Each message is then checked the way check_phi_corpus.py matches values
(left-to-right search) and re-sampled if a value would be found anywhere other than the
place it was written.
"""
import json
import random
import re

SEED = 6287
N_TOTAL = 700
N_PHI = 385          # 55 %
OUT_PATH = "/work/corpora/out/generated_hm.jsonl"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# Value pools (all written for this generator)
# --------------------------------------------------------------------------------------
FEMALE_FIRST = [
    "Maria", "Guadalupe", "Lan", "Mei", "Ji-woo", "Priya", "Fatima", "Amina", "Chioma",
    "Ngozi", "Agnieszka", "Roseline", "Fabiola", "Hodan", "Svetlana", "Joana", "Eleni",
    "Brenda", "Kayleigh", "Dolores", "Ruth", "Tamika", "Yasmin", "Rukhsana", "Aaliyah",
    "Mirela", "Anh", "Ximena", "Lucia", "Nadia", "Beatriz", "Colleen", "Shirley",
    "Marguerite", "Zoë", "Thuy", "Sunita", "Olga", "Carmen", "Ifeoma", "Bridget",
    "Esperanza", "Haruka", "Layla", "Darlene", "Marisa", "Nkechi", "Wanda", "Gloria",
    "Teresa", "Aisha", "Kateryna", "Imani", "Noor", "Bernadette", "Jacqueline",
]
MALE_FIRST = [
    "Jose", "Luis", "Minh", "Wei", "Jun-ho", "Arjun", "Mohammed", "Youssef", "Emeka",
    "Chinedu", "Tomasz", "Jean-Baptiste", "Wisler", "Abdirahman", "Dmitri", "João",
    "Nikos", "Kevin", "Tyler", "Raymond", "Walter", "DeShawn", "Darnell", "Sione",
    "Rashid", "Bogdan", "Santiago", "Mateo", "Patrick", "Eugene", "Stanley", "Vinh",
    "Hamza", "Kwame", "Lucas", "Frank", "Ernesto", "Hiroshi", "Sergei", "Gerald",
    "Malik", "Andre", "Cormac", "Tenzin", "Ricardo", "Lamar", "Dwayne", "Farid",
    "Oleksandr", "Marcel", "Yusuf", "Albert", "Dennis",
]
SURNAMES = [
    "Delgado", "Ramirez", "Nguyen", "Tran", "Chen", "Liu", "Kim", "Park", "Patel", "Sharma",
    "Khan", "Okonkwo", "Adeyemi", "Kowalski", "Wiśniewska", "Pierre", "Desrosiers",
    "Mohamud", "Warsame", "Volkov", "Petrov", "Santos", "Oliveira", "Papadopoulos",
    "Sullivan", "O'Brien", "Murphy", "Johnson", "Washington", "Brannigan", "Fitzgerald",
    "Lindgren", "Vasquez", "Medeiros", "Souza", "Lopez", "Hernández", "Cruz", "Tavares",
    "Fontaine", "Gagnon", "Boucher", "Tremblay", "Leblanc", "Mehta", "Iyer", "Abdullah",
    "Haile", "Tesfaye", "Bekele", "Yilmaz", "Morales", "Reyes", "Phan", "Vo", "Ly",
    "D'Amico", "Smith-Jones", "McCarthy", "Batista", "Rosario", "Achebe", "Ogunleye",
    "Sokolova", "Horvath", "Nakamura", "Yamada", "Choi", "Gonzalez", "Dufresne",
    "Kaczmarek", "Bui", "Hassan", "Rahman", "Silva", "Moreau", "Theriault", "Colon",
    "Jaramillo", "Abebe", "Greenberg", "Kuznetsov", "Baker", "Donnelly", "Ferreira",
]
NICKS = [  # (given name, nickname, gender)
    ("Robert", "Bobby", "m"), ("Guadalupe", "Lupe", "f"), ("Margaret", "Peggy", "f"),
    ("William", "Billy", "m"), ("Dolores", "Lola", "f"), ("Francisco", "Paco", "m"),
    ("José", "Pepe", "m"), ("Elizabeth", "Betsy", "f"), ("Aleksandr", "Sasha", "m"),
    ("Jonathan", "Jonny", "m"), ("Katherine", "Kitty", "f"), ("Abdirahman", "Abdi", "m"),
    ("Oluwaseun", "Seun", "m"), ("Nguyet", "Nikki", "f"), ("Gwendolyn", "Gwen", "f"),
    ("Theodore", "Teddy", "m"), ("Dmitri", "Dima", "m"), ("Anastasia", "Stacy", "f"),
    ("Chukwuemeka", "Emeka", "m"), ("Rosalind", "Roz", "f"), ("Xiaoming", "Sam", "m"),
    ("Mercedes", "Mercy", "f"), ("Patricia", "Trish", "f"), ("Ignatius", "Iggy", "m"),
]
# staff: (first, last, gender, role, clinician display or None)
STAFF = [
    ("Deb", "Achterberg", "f", "practice administrator", None),
    ("Marisol", "Quintero", "f", "front desk lead", None),
    ("Tuan", "Pham", "m", "front desk lead", None),
    ("Keisha", "Whitfield", "f", "billing manager", None),
    ("Femi", "Okafor", "m", "medical director", "Dr. Okafor"),
    ("Priyanka", "Raman", "f", "billing", None),
    ("Gus", "Papadakis", "m", "facilities", None),
    ("Hannah", "Lindqvist", "f", "therapist", "Hannah Lindqvist, LICSW"),
    ("Omar", "Haddad", "m", "IT", None),
    ("Siobhan", "Kearney", "f", "HR/payroll", None),
    ("Wen", "Zhao", "f", "psych NP", "Wen Zhao, NP"),
    ("Dariusz", "Nowak", "m", "MA", None),
    ("Yolanda", "Baptiste", "f", "referrals", None),
    ("Kofi", "Asante", "m", "PCP", "Dr. Asante"),
    ("Leah", "Rosenberg", "f", "psychologist", "Dr. Rosenberg"),
    ("Jamal", "Carter", "m", "scheduling", None),
    ("Ingrid", "Solberg", "f", "compliance", None),
    ("Rafael", "Mendes", "m", "billing", None),
    ("Brianna", "Costa", "f", "front desk", None),
    ("Anil", "Kapoor", "m", "PCP", "Dr. Kapoor"),
    ("Mei-Ling", "Huang", "f", "psychiatrist", "Dr. Huang"),
    ("Connor", "Doyle", "m", "front desk", None),
    ("Tatiana", "Morozova", "f", "billing", None),
    ("Ezra", "Goldfarb", "m", "IT", None),
]
IT_STAFF = ["Omar", "Ezra", "Omar Haddad", "Ezra Goldfarb"]
COMPLIANCE = ["Ingrid", "Ingrid Solberg", "Ingrid (compliance)"]
EXECS = [("Martin Hallstrom", "CEO"), ("Renee Dubois", "CFO"), ("Carlos Ibarra", "COO")]
BOARD = [("Harold", "Winthrop"), ("Grace", "Oyelaran"), ("Peter", "Castellano"),
         ("Ayesha", "Siddiqui"), ("Lorraine", "Fitzpatrick"), ("Victor", "Amsel")]
VENDORS = [  # (company, contact first, contact last, e-mail domain)
    ("ClearPath Billing", "Craig", "Dempsey", "clearpathbilling.com"),
    ("Northshore Shred", "Natalia", "Ivanova", "northshoreshred.com"),
    ("MedSupply Direct", "Brent", "Sorensen", "medsupplydirect.com"),
    ("Lumen IT Services", "Aiko", "Tanaka", "lumenit.net"),
    ("BrightLine Staffing", "Marcus", "Bell", "brightlinestaff.com"),
    ("Harbor Linen", "Fiona", "McAllister", "harborlinen.com"),
    ("Granite State Copier", "Ravi", "Subramanian", "gscopier.com"),
    ("Pioneer Answering Service", "Dana", "Whitcomb", "pioneeranswering.com"),
    ("Keystone Payroll", "Trevor", "Nash", "keystonepayroll.com"),
    ("Bayside Janitorial", "Lourdes", "Prado", "baysidejanitorial.com"),
]
SITES = [
    ("Lowell", "220 Merrimack St, Lowell MA 01852", "01852"),
    ("Haverhill", "35 Winter St, Haverhill MA 01830", "01830"),
    ("Methuen", "12 Osgood St, Methuen MA 01844", "01844"),
    ("Lawrence", "600 Essex St, Lawrence MA 01840", "01840"),
    ("Andover", "4 Dundee Park Dr, Andover MA 01810", "01810"),
    ("Chelmsford", "9 Summer St, Chelmsford MA 01824", "01824"),
]
TOWNS = [
    ("Dracut", "MA", "01826"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
    ("Pelham", "NH", "03076"), ("Salem", "NH", "03079"), ("Lowell", "MA", "01851"),
    ("Lawrence", "MA", "01841"), ("Haverhill", "MA", "01832"), ("Methuen", "MA", "01844"),
    ("North Andover", "MA", "01845"), ("Dunstable", "MA", "01827"), ("Westford", "MA", "01886"),
    ("Windham", "NH", "03087"), ("Amesbury", "MA", "01913"), ("Groveland", "MA", "01834"),
    ("Hudson", "NH", "03051"), ("Georgetown", "MA", "01833"), ("Tyngsborough", "MA", "01879"),
]
STREETS = [
    "Pleasant St", "Varnum Ave", "Bridge St", "Mammoth Rd", "Lakeview Ave", "Birch Hill Rd",
    "Chestnut St", "Hildreth St", "Pawtucket Blvd", "Andover St", "Broadway", "Jackson St",
    "Lincoln Pkwy", "Riverside Dr", "Oak Ridge Ln", "Salem St", "Crosby Ln", "Totman Rd",
    "Prospect Hill Rd", "Tarbox Ln", "Bradford Ave", "Kenwood Ave", "Middlesex St", "Cabot Rd",
]
PAYERS = ["MassHealth", "BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "Medicare", "Fallon",
          "WellSense", "Aetna", "Cigna", "NH Healthy Families"]
MEDS = ["sertraline", "Adderall", "Suboxone", "lisinopril", "metformin", "Lexapro", "lithium",
        "Vyvanse", "insulin", "trazodone", "buspirone", "Ozempic", "Abilify", "Wellbutrin"]
SERVICES = ["psych eval", "ADHD testing", "IOP", "couples therapy", "sleep study",
            "diabetes education", "DBT group", "med management", "neuropsych testing",
            "annual physical", "intake assessment"]
DEVICES = ["Dexcom CGM", "Tandem insulin pump", "Phonak hearing aid", "Libre sensor",
           "Omnipod pump", "Oticon hearing aid", "Medtronic pacemaker"]
DEPTS = ["billing", "scheduling", "the front desk", "facilities", "IT", "referrals", "HR"]
LAWFIRMS = ["Brennan & Gold LLP", "the Kessler law office", "Merrimack Legal Aid",
            "Duffy Hale Attorneys", "the DCF caseworker", "SSA disability"]
CLINICS_EXT = ["Lowell General ED", "Lahey cardiology", "Greater Lawrence Family Health",
               "the Pentucket pediatric office", "Holy Family inpatient psych",
               "Anna Jaques urgent care", "MGH neurology"]
COLLECTIONS = ["Coastal Recovery", "Granite Credit Services", "Bay State Collections"]
VENUES = ["the Andover Country Club", "Tsongas Center suites", "the Haverhill Elks",
          "Cobblestones", "the UML Inn & Conference Center", "Bishop's"]
CANDIDATES = ["Jordan Ellery", "Samira Boateng", "Kyle Whitaker", "Paola Restrepo"]
TOPICS = ["prior auth automation", "the new clearinghouse", "telehealth billing modifiers",
          "copay collection at check-in", "HIPAA refresher"]
CPTS = ["90837", "90834", "90791", "99214", "99213", "90853", "96127", "99396", "90832"]
ICDS = ["F41.1", "F32.1", "F33.0", "E11.9", "F43.23", "I10", "F90.0", "Z00.00", "F31.81"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Wed",
            "Thurs", "Fri"]
EMOJIS = ["🙏", "😬", "👍", "🙃", "😅", "✅", "🚨", "☕", "🙌", "👀"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_blocked = {s[1] for s in STAFF} | {b[1] for b in BOARD} | {v[2] for v in VENDORS} | \
    {e[0].split()[1] for e in EXECS}
SURNAMES = [s for s in SURNAMES if s not in _blocked]
_blocked_first = {s[0] for s in STAFF} | {b[0] for b in BOARD} | {v[1] for v in VENDORS}
FEMALE_FIRST = [f for f in FEMALE_FIRST if f not in _blocked_first]
MALE_FIRST = [f for f in MALE_FIRST if f not in _blocked_first]


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def ordinal(d):
    if 11 <= d <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def spell_digits(s):
    return " ".join(ONES[int(c)] if c.isdigit() else c for c in s)


def rand_date(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else 30)
    return y, m, d


def fmt_date(r, y, m, d, styles):
    st = r.choice(styles)
    if st == "md":
        return st, "%d/%d" % (m, d)
    if st == "mmdd":
        return st, "%02d/%02d" % (m, d)
    if st == "mdy":
        return st, "%02d/%02d/%d" % (m, d, y)
    if st == "mdy1":
        return st, "%d/%d/%d" % (m, d, y)
    if st == "mdyy":
        return st, "%d/%d/%02d" % (m, d, y % 100)
    if st == "iso":
        return st, "%d-%02d-%02d" % (y, m, d)
    if st == "long":
        return st, "%s %d, %d" % (MONTHS[m - 1], d, y)
    if st == "longnoy":
        return st, "%s %d" % (MONTHS[m - 1], d)
    if st == "abbr_th":
        return st, "%s %s" % (MON3[m - 1], ordinal(d))
    if st == "abbr":
        return st, "%s %d" % (MON3[m - 1], d)
    if st == "dmy":
        return st, "%d-%s-%d" % (d, MON3[m - 1], y)
    if st == "compact":
        return st, "%02d%02d%d" % (m, d, y)
    if st == "dot":
        return st, "%d.%d.%02d" % (m, d, y % 100)
    raise ValueError(st)


def luhn(prefix, length, r):
    ds = [int(c) for c in prefix]
    while len(ds) < length - 1:
        ds.append(r.randrange(10))
    s = 0
    for i, dd in enumerate(reversed(ds)):
        if i % 2 == 0:
            dd *= 2
            if dd > 9:
                dd -= 9
        s += dd
    return "".join(map(str, ds + [(10 - s % 10) % 10]))


# --------------------------------------------------------------------------------------
# Per-message context: entities (people) and cached fills
# --------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, r):
        self.r = r
        self.ent = {}
        self.cache = {}
        self.used_staff = []
        self.used_board = []
        self.used_first = []
        self.used_last = []
        self.tags = []
        self.vendor_idx = None

    def tag(self, *ts):
        for t in ts:
            if t not in self.tags:
                self.tags.append(t)

    # ---- people -----------------------------------------------------------------
    def pick_staff(self, clinician=None):
        r = self.r
        for _ in range(200):
            i = r.randrange(len(STAFF))
            if i in self.used_staff:
                continue
            if clinician is True and STAFF[i][4] is None:
                continue
            self.used_staff.append(i)
            return STAFF[i]
        raise RuntimeError("staff exhausted")

    def pick_board(self):
        r = self.r
        for _ in range(100):
            i = r.randrange(len(BOARD))
            if i not in self.used_board:
                self.used_board.append(i)
                return BOARD[i]
        raise RuntimeError("board exhausted")

    def vendor(self):
        if self.vendor_idx is None:
            self.vendor_idx = self.r.randrange(len(VENDORS))
        return VENDORS[self.vendor_idx]

    def make_person(self, gender, last=None, nick=False):
        r = self.r
        for _ in range(200):
            if nick:
                pool = [n for n in NICKS if gender in (None, n[2])]
                first, nk, g = r.choice(pool)
            else:
                g = gender or r.choice("fm")
                first = r.choice(FEMALE_FIRST if g == "f" else MALE_FIRST)
                nk = None
            ln = last or r.choice(SURNAMES)
            if first in self.used_first:
                continue
            if last is None and ln in self.used_last:
                continue
            break
        self.used_first.append(first)
        self.used_last.append(ln)
        mid = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.15 else None
        p = {"first": first, "last": ln, "mid": mid, "nick": nk, "g": g,
             "lower": r.random() < 0.06, "kind": "person"}
        if last is None and r.random() < 0.03 and len(ln) >= 6 and ln.isalpha():
            # a keyboard slip in the surname, used consistently in the whole message
            i = r.randrange(1, len(ln) - 2)
            p["last"] = ln[:i] + ln[i + 1] + ln[i] + ln[i + 2:]
            self.tag("typo")
        return p

    def entity(self, key, needs_nick):
        if key in self.ent:
            return self.ent[key]
        m = re.match(r"^([a-z]+)(\d+)$", key)
        kind, num = m.group(1), m.group(2)
        r = self.r
        if kind in ("p", "pf", "pm"):
            e = self.make_person({"p": None, "pf": "f", "pm": "m"}[kind], nick=needs_nick)
        elif kind in ("r", "rf", "rm"):
            last = None
            for pk in ("p", "pf", "pm"):
                if pk + num in self.ent and r.random() < 0.55:
                    last = self.ent[pk + num]["last"]
            e = self.make_person({"r": None, "rf": "f", "rm": "m"}[kind], last=last,
                                 nick=needs_nick)
        elif kind == "s":
            st = self.pick_staff()
            e = {"first": st[0], "last": st[1], "mid": None, "nick": None, "g": st[2],
                 "lower": False, "kind": "staff"}
            self.tag("employee-health")
        elif kind == "b":
            b = self.pick_board()
            e = {"first": b[0], "last": b[1], "mid": None, "nick": None, "g": None,
                 "lower": False, "kind": "board"}
            self.tag("vip")
        elif kind == "ph":
            area = r.choice(["978", "617", "508", "781", "603", "351"])
            ex = str(r.randint(201, 989))
            ln = digits(r, 4)
            e = {"kind": "phone", "area": area, "ex": ex, "ln": ln}
        else:
            raise KeyError(key)
        self.ent[key] = e
        return e

    def attr(self, key, a):
        e = self.ent[key]
        r = self.r
        if e["kind"] == "phone":
            if a == "e164":
                return "+1" + e["area"] + e["ex"] + e["ln"]
            if a == "fmt":
                return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (
                    e["area"], e["ex"], e["ln"])
            raise KeyError(a)
        first, last, mid, nick = e["first"], e["last"], e["mid"], e["nick"]
        full = first + " " + ((mid + ". ") if mid else "") + last
        if a in ("full", "first", "last", "nick"):
            v = {"full": full, "first": first, "last": last, "nick": nick}[a]
            if e["lower"]:
                v = v.lower()
                self.tag("lowercase")
            return v
        if a in ("lfull", "lfirst", "llast"):
            self.tag("lowercase")
            return {"lfull": full, "lfirst": first, "llast": last}[a].lower()
        if a == "inv":
            v = last.upper() + ", " + first.upper() + ((" " + mid) if mid else "")
            return v
        if a == "email":
            v = person_email(r, first, last)
            if r.random() < 0.12:
                user, dom = v.split("@")
                host, tld = dom.rsplit(".", 1)
                v = user + r.choice([" [at] ", " at ", "(at)"]) + host + r.choice(
                    [" [dot] ", " dot ", "(dot)"]) + tld
                self.tag("evasion")
            return v
        if a == "portal":
            slug = ascii_slug(last) + "-" + ascii_slug(first)
            pid = digits(r, 6)
            return r.choice([
                "https://portal.riverbendhp.org/visit/%s?pt=%s" % (pid, slug),
                "https://mychart.riverbendhp.org/p/%s/%s" % (slug, pid),
                "https://riverbendhp.health/telehealth/join?patient=%s" % pid,
            ])
        if a == "update":
            return r.choice([
                "https://www.caremessenger.org/site/%s%s" % (ascii_slug(first), ascii_slug(last)),
                "https://updates.familycircle.app/%s-%s-recovery" % (ascii_slug(first),
                                                                    ascii_slug(last)),
                "https://www.gofundme.com/f/help-%s-%s" % (ascii_slug(first), ascii_slug(last)),
            ])
        raise KeyError(a)


def ascii_slug(s):
    tr = {"ś": "s", "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ë": "e", "ã": "a",
          "ç": "c", "ñ": "n"}
    s = "".join(tr.get(c, c) for c in s.lower())
    return re.sub(r"[^a-z0-9]", "", s)


def person_email(r, first, last):
    f, l = ascii_slug(first), ascii_slug(last)
    user = r.choice([f + "." + l, f[0] + l, f + l + digits(r, 2), l + "." + f, f + "_" + l[:4],
                     f + digits(r, 4)])
    dom = r.choice(["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com",
                    "hotmail.com", "verizon.net", "aol.com"])
    return user + "@" + dom


# --------------------------------------------------------------------------------------
# PHI value generators: return (value, extra_tags)
# --------------------------------------------------------------------------------------
def g_phone(c, allow_ext=True, allow_obf=True):
    r = c.r
    area = r.choice(["978", "617", "508", "781", "603", "351", "857"])
    ex = str(r.randint(201, 989))
    ln = digits(r, 4)
    tags = []
    style = r.choices(
        ["dash", "paren", "dot", "plain", "plus1", "space", "ext", "fullwidth", "zwsp",
         "spaced", "mixed", "nbsp"],
        weights=[24, 18, 8, 6, 6, 5, 6 if allow_ext else 0, 4 if allow_obf else 0,
                 3 if allow_obf else 0, 3 if allow_obf else 0, 3 if allow_obf else 0,
                 2 if allow_obf else 0])[0]
    if style == "dash":
        v = "%s-%s-%s" % (area, ex, ln)
    elif style == "paren":
        v = "(%s) %s-%s" % (area, ex, ln)
    elif style == "dot":
        v = "%s.%s.%s" % (area, ex, ln)
    elif style == "plain":
        v = area + ex + ln
    elif style == "plus1":
        v = r.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s"]) % (area, ex, ln)
    elif style == "space":
        v = "%s %s %s" % (area, ex, ln)
    elif style == "ext":
        v = "%s-%s-%s %s%s" % (area, ex, ln, r.choice(["ext. ", "x", "ext "]),
                               r.randint(10, 499))
    elif style == "fullwidth":
        v = fullwidth("%s-%s-%s" % (area, ex, ln))
        tags = ["fullwidth", "evasion"]
    elif style == "zwsp":
        v = "%s\u200b%s\u200b%s" % (area, ex, ln)
        tags = ["zero-width", "evasion"]
    elif style == "spaced":
        v = " ".join(area + ex + ln)
        tags = ["evasion"]
    elif style == "mixed":
        v = "%s.%s-%s" % (area, ex, ln)
        tags = ["evasion"]
    else:
        v = "%s\u00a0%s\u00a0%s" % (area, ex, ln)
        tags = ["evasion"]
    return v, tags


def g_fax(c):
    return g_phone(c, allow_ext=False, allow_obf=False)


def g_phone_spelled(c):
    r = c.r
    area = r.choice(["978", "617", "508", "603"])
    ex = str(r.randint(201, 989))
    ln = digits(r, 4)
    sep = r.choice([", ", " ... ", " - "])
    v = spell_digits(area) + sep + spell_digits(ex) + sep + spell_digits(ln)
    return v, ["evasion"]


def g_email(c):
    r = c.r
    first = r.choice(FEMALE_FIRST + MALE_FIRST)
    last = r.choice(SURNAMES)
    v = person_email(r, first, last)
    if r.random() < 0.15:
        user, dom = v.split("@")
        host, tld = dom.rsplit(".", 1)
        v = user + r.choice([" [at] ", " at ", "(at)"]) + host + r.choice(
            [" [dot] ", " dot ", "(dot)"]) + tld
        return v, ["evasion"]
    return v, []


def g_vendor_email(c):
    co, f, l, dom = c.vendor()
    c.tag("business-contact")
    return c.r.choice([f.lower() + "." + l.lower(), f[0].lower() + l.lower()]) + "@" + dom, []


def g_staff_email(c):
    key = "staff_full"
    st = c.cache.get("_staff_full_obj")
    if st is None:
        st = c.pick_staff()
    c.tag("business-contact")
    return (st[0][0] + st[1]).lower().replace("-", "") + "@riverbendhp.org", []


def g_dob(c):
    y, m, d = rand_date(c.r, 1926, 2009)
    st, v = fmt_date(c.r, y, m, d, ["mdy", "mdy", "mdy1", "iso", "long", "dmy", "mdyy",
                                     "compact", "dot"])
    return v, (["evasion"] if st == "compact" else [])


def g_visit(c):
    y, m, d = rand_date(c.r, 2024, 2026)
    st, v = fmt_date(c.r, y, m, d, ["md", "md", "md", "mmdd", "mdy", "mdyy", "iso", "long",
                                     "longnoy", "abbr_th", "abbr", "dmy"])
    return v, []


def g_bday(c):
    y, m, d = rand_date(c.r, 2000, 2000)
    return fmt_date(c.r, y, m, d, ["md", "longnoy", "abbr_th", "abbr"])[1], []


SPELLED_AGE = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
               94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
               98: "ninety-eight", 99: "ninety-nine", 100: "one hundred",
               101: "a hundred and one", 102: "one hundred two"}


def g_age90(c):
    a = c.r.randint(90, 102)
    if c.r.random() < 0.2:
        return SPELLED_AGE[a], ["evasion"]
    return str(a), []


def _ssn_parts(r):
    area = r.randint(1, 899)
    if area == 666:
        area = 667
    return "%03d" % area, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)


def g_ssn(c):
    r = c.r
    a, g, s = _ssn_parts(r)
    st = r.choices(["dash", "space", "nosep", "mixed", "zw", "fw", "spelled"],
                   weights=[50, 10, 12, 8, 6, 6, 8])[0]
    if st == "dash":
        return "%s-%s-%s" % (a, g, s), []
    if st == "space":
        return "%s %s %s" % (a, g, s), []
    if st == "nosep":
        return a + g + s, ["evasion"]
    if st == "mixed":
        return "%s.%s-%s" % (a, g, s), ["evasion"]
    if st == "zw":
        return "%s\u200b-%s\u200b-%s" % (a, g, s), ["zero-width", "evasion"]
    if st == "fw":
        return fullwidth("%s-%s-%s" % (a, g, s)), ["fullwidth", "evasion"]
    return spell_digits(a) + ", " + spell_digits(g) + ", " + spell_digits(s), ["evasion"]


def g_ssn_evasive(c):
    r = c.r
    a, g, s = _ssn_parts(r)
    st = r.choice(["nosep", "mixed", "spaced", "spelled", "fw"])
    if st == "nosep":
        return a + g + s, ["evasion"]
    if st == "mixed":
        return "%s.%s-%s" % (a, g, s), ["evasion"]
    if st == "spaced":
        return " ".join(a + g + s), ["evasion"]
    if st == "fw":
        return fullwidth(a + g + s), ["fullwidth", "evasion"]
    return spell_digits(a) + " " + spell_digits(g) + " " + spell_digits(s), ["evasion"]


def g_mrn(c):
    r = c.r
    st = r.choice(["n7", "n8", "n8", "pref", "zero", "dash"])
    if st == "n7":
        return str(r.randint(1000000, 9999999)), []
    if st == "n8":
        return "%08d" % r.randint(100000, 99999999), []
    if st == "pref":
        return "RB" + digits(r, 7), []
    if st == "zero":
        return "00" + digits(r, 6), []
    return digits(r, 3) + "-" + digits(r, 4), []


def g_member(c):
    r = c.r
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    st = r.choice(["pref3", "w9", "sp", "num"])
    if st == "pref3":
        return "".join(r.choice(L) for _ in range(3)) + digits(r, 9), []
    if st == "w9":
        return "W" + digits(r, 9), []
    if st == "sp":
        return "".join(r.choice(L) for _ in range(3)) + " " + digits(r, 4) + " " + digits(r, 4), []
    return digits(r, 11), []


def g_mbi(c):
    r = c.r
    L = "ACDEFGHJKMNPQRTUVWXY"
    v = (str(r.randint(1, 9)) + r.choice(L) + r.choice(L + "0123456789") + str(r.randrange(10))
         + "-" + r.choice(L) + r.choice(L + "0123456789") + str(r.randrange(10)) + "-"
         + r.choice(L) + r.choice(L) + str(r.randrange(10)) + str(r.randrange(10)))
    if r.random() < 0.4:
        v = v.replace("-", "")
    return v, []


def g_medicaid(c):
    return "1000" + digits(c.r, 8), []


def g_acct(c):
    r = c.r
    return r.choice(["G" + digits(r, 7), digits(r, 8), "PA-" + digits(r, 6),
                     digits(r, 4) + "-" + digits(r, 5)]), []


def g_har(c):
    return "4" + digits(c.r, 8), []


def g_bank(c):
    return digits(c.r, c.r.choice([9, 10, 12])), []


def g_dl(c):
    r = c.r
    return r.choice(["S" + digits(r, 8), "S" + digits(r, 8), "NHL" + digits(r, 8),
                     digits(r, 2) + "ABC" + digits(r, 5)]), []


def g_dea(c):
    r = c.r
    return r.choice("ABFM") + r.choice("ABCDEGHKLMOPRSTWZ") + digits(r, 7), []


def g_prof_lic(c):
    r = c.r
    return r.choice([digits(r, 6), digits(r, 5), "LICSW-" + digits(r, 5),
                     "MD" + digits(r, 6)]), []


def g_plate(c):
    r = c.r
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice([
        str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + digits(r, 2),
        str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(2)) + " " + digits(r, 3),
        digits(r, 3) + " " + digits(r, 4),
        "".join(r.choice(L) for _ in range(3)) + "-" + digits(r, 4),
    ]), []


def g_vin(c):
    r = c.r
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(r.choice(A) for _ in range(17)), []


def g_device_sn(c):
    r = c.r
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice([
        digits(r, 1) + "".join(r.choice(L) for _ in range(2)) + digits(r, 7),
        "".join(r.choice(L + "0123456789") for _ in range(6)),
        "PAJ" + digits(r, 6) + r.choice(L),
        digits(r, 4) + "-" + digits(r, 4) + "-" + r.choice(L),
        "(01)0088452" + digits(r, 5) + "(17)27" + "%02d" % r.randint(1, 12) + "31(21)"
        + r.choice(L) + digits(r, 4),
    ]), []


def g_ip(c):
    r = c.r
    return r.choice([
        "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 250)),
        "192.168.%d.%d" % (r.randint(0, 99), r.randint(2, 250)),
        "172.16.%d.%d" % (r.randint(0, 31), r.randint(2, 250)),
        "73.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)),
    ]), []


def g_ipv6(c):
    r = c.r
    return "fe80::%x:%x:%x:%x" % (r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff),
                                   r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff)), []


def _street(r):
    s = "%d %s" % (r.randint(2, 1480), r.choice(STREETS))
    if r.random() < 0.25:
        s += r.choice([" Apt %d" % r.randint(1, 40), " #%d" % r.randint(1, 9),
                       " Unit %d%s" % (r.randint(1, 30), r.choice("ABC"))])
    return s


def g_addr_full(c):
    r = c.r
    t, stt, z = r.choice(TOWNS)
    if r.random() < 0.3:
        z = z + "-" + digits(r, 4)
    return r.choice(["%s, %s %s %s", "%s, %s, %s %s"]) % (_street(r), t, stt, z), []


def g_street(c):
    return _street(c.r), []


def g_town(c):
    return c.r.choice(TOWNS)[0], []


def g_pobox_full(c):
    r = c.r
    t, stt, z = r.choice(TOWNS)
    return "PO Box %d, %s %s %s" % (r.randint(10, 2999), t, stt, z), []


def g_zip(c):
    return c.r.choice(TOWNS)[2], []


def g_cc(c):
    r = c.r
    kind = r.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        n = luhn(r.choice(["34", "37"]), 15, r)
        return "%s %s %s" % (n[:4], n[4:10], n[10:]), []
    n = luhn("4" if kind == "visa" else str(r.randint(51, 55)), 16, r)
    sep = r.choice([" ", "-", ""])
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]]), []


def g_portal_url(c):
    return "https://portal.riverbendhp.org/visit/" + digits(c.r, 7), []


PHI_GEN = {
    "phone": g_phone, "fax": g_fax, "phone_spelled": g_phone_spelled, "email": g_email,
    "vendor_email": g_vendor_email, "staff_email": g_staff_email, "dob": g_dob,
    "visit": g_visit, "bday": g_bday, "age90": g_age90, "ssn": g_ssn,
    "ssn_evasive": g_ssn_evasive, "mrn": g_mrn, "member": g_member, "mbi": g_mbi,
    "medicaid": g_medicaid, "acct": g_acct, "har": g_har, "bank": g_bank, "dl": g_dl,
    "dea": g_dea, "prof_lic": g_prof_lic, "plate": g_plate, "vin": g_vin,
    "device_sn": g_device_sn, "ip": g_ip, "ipv6": g_ipv6, "addr_full": g_addr_full,
    "street": g_street, "town": g_town, "pobox_full": g_pobox_full, "zip": g_zip,
    "cc": g_cc, "portal_url": g_portal_url,
}


# --------------------------------------------------------------------------------------
# Non-PHI fills (staff, vendors, meeting dates, extensions, codes ...)
# --------------------------------------------------------------------------------------
def f_mtg_date(c):
    r = c.r
    y, m, d = rand_date(r, 2025, 2026)
    v = fmt_date(r, y, m, d, ["md", "md", "mmdd", "longnoy", "abbr_th", "abbr", "mdy", "iso",
                              "dmy"])[1]
    if r.random() < 0.25:
        v = r.choice(WEEKDAYS) + " " + v
    return v


def f_deadline(c):
    r = c.r
    y, m, d = rand_date(r, 2025, 2026)
    return fmt_date(r, y, m, d, ["md", "md", "longnoy", "abbr_th", "mdy", "mmdd"])[1]


def f_policy_date(c):
    r = c.r
    m = r.choice([1, 4, 7, 10])
    return r.choice(["%d/1" % m, "%s 1" % MONTHS[m - 1], "%d/1/%d" % (m, r.choice([2025, 2026])),
                     "%s 1st" % MONTHS[m - 1]])


def f_time(c):
    r = c.r
    h = r.choice([7, 8, 9, 10, 11, 12, 1, 2, 3, 4])
    return r.choice(["%d:%02d" % (h, r.choice([0, 15, 30, 45])), "%d%s" % (
        h, "am" if h >= 7 and h != 12 else "pm"), "%d:30" % h])


def f_ext(c):
    r = c.r
    n = str(r.randint(2100, 4899))
    return r.choice(["x" + n, "x" + n, "ext. " + n, "ext " + n])


def f_mention(c):
    r = c.r
    return "<@U" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">"


def f_staff_first(c):
    return c.pick_staff()[0]


def f_staff_full(c):
    st = c.pick_staff()
    c.cache["_staff_full_obj"] = st
    return st[0] + " " + st[1]


def f_dr_name(c):
    return c.pick_staff(clinician=True)[4]


def f_dr_name_full(c):
    st = c.pick_staff(clinician=True)
    return ("Dr. " + st[0] + " " + st[1]) if st[4].startswith("Dr.") else st[0] + " " + st[1]


def f_exec(c):
    name, title = c.r.choice(EXECS)
    return c.r.choice([name, name.split()[0], title + " " + name, name + " (" + title + ")"])


def f_exec_cfo(c):
    return c.r.choice(["Renee", "Renee Dubois", "our CFO"])


def f_board_name(c):
    b = c.pick_board()
    return c.r.choice([b[0] + " " + b[1], b[0] + " " + b[1], b[1]])


def f_vendor_co(c):
    return c.vendor()[0]


def f_vendor_contact(c):
    v = c.vendor()
    return c.r.choice([v[1] + " " + v[2], v[1]])


def f_site(c):
    return c.r.choice(SITES)[0]


def f_fac_addr(c):
    return c.r.choice(SITES)[1]


def f_fac_zip(c):
    return c.r.choice(SITES)[2]


def f_ticket(c):
    r = c.r
    return r.choice(["INC00" + digits(r, 5), "DEL-" + digits(r, 4), "HD-" + digits(r, 5),
                     "RITM00" + digits(r, 5)])


def f_po(c):
    r = c.r
    return r.choice(["4500" + digits(r, 6), "PO-%d-%04d" % (r.choice([25, 26]), r.randint(1, 9999))])


def f_inv(c):
    r = c.r
    return r.choice(["INV-" + digits(r, 6), "#" + digits(r, 5), "NS-" + digits(r, 4)])


def f_version(c):
    r = c.r
    return r.choice(["v%d.%d.%d" % (r.randint(8, 12), r.randint(0, 9), r.randint(0, 20)),
                     "%d.%d.%d.%d" % (r.randint(10, 24), r.randint(0, 9), r.randint(0, 9),
                                      r.randint(1, 99))])


def f_build(c):
    r = c.r
    return "%d.%d.0.%d" % (r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 9))


def f_npi(c):
    return "1" + digits(c.r, 9)


def f_money(c):
    r = c.r
    return r.choice(["$%d" % r.randint(20, 900), "$%s.00" % format(r.randint(1000, 48000), ","),
                     "$%dk" % r.randint(2, 90)])


def f_zoom(c):
    r = c.r
    return "https://us06web.zoom.us/j/" + "8" + digits(r, 10) + r.choice(["", "?pwd=" + "".join(
        r.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(10))])


def f_intranet(c):
    return c.r.choice(["https://intranet.riverbendhp.org/policies/phi-in-chat",
                       "https://intranet.riverbendhp.org/hr/pto-calendar",
                       "https://riverbendhp.sharepoint.com/sites/FrontDesk/Shared%20Documents"])


def f_board_url(c):
    r = c.r
    return "https://board.riverbendhp.org/packets/%d-%02d" % (r.choice([2025, 2026]),
                                                              r.randint(1, 12))


def f_asset(c):
    r = c.r
    return r.choice(["RBH-" + digits(r, 5), "AT-" + digits(r, 5), "IT-" + digits(r, 4)])


def f_group_no(c):
    r = c.r
    return r.choice([digits(r, 6), "GRP-" + digits(r, 7), "0" + digits(r, 7)])


def f_count(c):
    return str(c.r.randint(3, 48))


def f_contract(c):
    r = c.r
    return "C-%d-%03d" % (r.choice([2025, 2026]), r.randint(1, 200))


def f_card_exp(c):
    r = c.r
    return r.choice(["%02d/%d" % (r.randint(1, 12), r.randint(26, 30)),
                     "%d/%d" % (r.randint(1, 12), r.randint(26, 30))])


def f_last4(c):
    return digits(c.r, 4)


def f_age_young(c):
    return str(c.r.randint(19, 89))


F = {
    "staff_first": f_staff_first, "staff_full": f_staff_full, "dr_name": f_dr_name,
    "dr_name_full": f_dr_name_full, "it_staff": lambda c: c.r.choice(IT_STAFF),
    "compliance": lambda c: c.r.choice(COMPLIANCE), "exec": f_exec, "exec_cfo": f_exec_cfo,
    "board_name": f_board_name, "vendor_co": f_vendor_co, "vendor_contact": f_vendor_contact,
    "site": f_site, "fac_addr": f_fac_addr, "fac_zip": f_fac_zip, "ext": f_ext,
    "mtg_date": f_mtg_date, "deadline": f_deadline, "policy_date": f_policy_date,
    "time": f_time, "weekday": lambda c: c.r.choice(WEEKDAYS), "mention": f_mention,
    "po": f_po, "inv": f_inv, "ticket": f_ticket, "contract": f_contract,
    "version": f_version, "build": f_build, "npi": f_npi,
    "cpt": lambda c: c.r.choice(CPTS), "icd": lambda c: c.r.choice(ICDS), "money": f_money,
    "zoom": f_zoom, "intranet": f_intranet, "board_url": f_board_url, "asset": f_asset,
    "group_no": f_group_no, "count": f_count, "dept": lambda c: c.r.choice(DEPTS),
    "month": lambda c: c.r.choice(MONTHS), "q": lambda c: str(c.r.randint(1, 4)),
    "fy": lambda c: str(c.r.choice([26, 27, 2026, 2027])),
    "year": lambda c: str(c.r.randint(2019, 2025)), "med": lambda c: c.r.choice(MEDS),
    "service": lambda c: c.r.choice(SERVICES), "payer": lambda c: c.r.choice(PAYERS),
    "card_exp": f_card_exp, "last4": f_last4, "lawfirm": lambda c: c.r.choice(LAWFIRMS),
    "clinic_ext": lambda c: c.r.choice(CLINICS_EXT), "device": lambda c: c.r.choice(DEVICES),
    "venue": lambda c: c.r.choice(VENUES), "candidate": lambda c: c.r.choice(CANDIDATES),
    "topic": lambda c: c.r.choice(TOPICS), "collections": lambda c: c.r.choice(COLLECTIONS),
    "age_young": f_age_young, "room": lambda c: str(c.r.randint(1, 14)),
}
FILL_TAGS = {
    "ext": "ext", "exec": "exec-name", "exec_cfo": "exec-name", "board_name": "exec-name",
    "fac_addr": "facility-address", "fac_zip": "zip-like", "mtg_date": "calendar",
    "npi": "npi", "cpt": "cpt", "icd": "icd", "ticket": "ticket", "po": "po", "inv": "po",
    "version": "version", "build": "version", "money": "money", "card_exp": "money",
    "last4": "money", "vendor_co": "vendor", "age_young": "age-young",
}

# --------------------------------------------------------------------------------------
# Templates.  {TYPE:gen} = PHI span, {fill} = non-PHI text.  Entity keys:
#   p/pf/pm<n> patient (any/female/male), r/rf/rm<n> relative or visitor of patient <n>,
#   s<n> colleague who is the patient (employee health), b<n> board member as patient (VIP),
#   ph<n> one phone number rendered twice.  "#k" suffix reuses a generated value.
# Fill keys ending in a digit are drawn distinct from the base key (site2 != site).
# --------------------------------------------------------------------------------------
PHI_TEMPLATES = [
    ("callback", "{NAME:pf1.full} called again about her {med} refill, cb {PHONE:phone}. {staff_first} can you grab it?"),
    ("callback", "{NAME:p1.last}'s daughter {NAME:rf1.first} wants a call back before 3. number on file is old, new one is {PHONE:phone}"),
    ("records", "pls pull the chart for {NAME:p1.inv}, DOB {DATE:dob}, MRN {MRN:mrn} - records request from {lawfirm}, due {deadline}"),
    ("callback list", "*Callback list — {site}*\n• {NAME:p1.full} — {PHONE:phone}\n• {NAME:p2.full} — {PHONE:phone}\n• {NAME:pm3.last} (wife {NAME:rf3.first}) — {PHONE:phone}"),
    ("", "FYI {NAME:pm1.full} no-showed {DATE:visit} and {DATE:visit}. third one per policy, {staff_first} pls mail the discharge letter to {ADDRESS:addr_full}"),
    ("money", "{mention} billing q: guarantor acct {ACCOUNT_NUMBER:acct} for {NAME:pf1.full} shows $240 from the {DATE:visit} visit. She says {payer} should cover it, ID {HEALTH_PLAN_ID:medicaid}"),
    ("", "Employee health: {NAME:s1.full} from {dept} slipped on the ice at the {site} entrance on {DATE:visit}. Incident report filed; {staff_first} is handling with HR."),
    ("", "VIP heads-up: board member {NAME:b1.full} is booked with {dr_name} on {DATE:visit} at our {site} site. Please keep it off the shared schedule view."),
    ("", "mrs {NAME:pf1.last} is {AGE:age90} and can't do stairs. can we move her {DATE:visit} appt to the ground floor room at {site}?"),
    ("referral", "Got a fax from {clinic_ext} re {NAME:p1.full} (DOB {DATE:dob}), referral for {service}. Their fax is {PHONE:fax} if we need to send records back."),
    ("", "Portal link for {NAME:p1.first} bounced: {URL:p1.portal} - {it_staff} can you check?"),
    ("", "SSN for {NAME:p1.full} on the intake packet is {SSN:ssn} but the card they brought shows something else. who fixed this last time?"),
    ("complaint forwarded", "---------- Forwarded message ----------\nFrom: {NAME:p1.full} <{EMAIL:p1.email}>\nSubject: my bill\n\nHi, I was seen {DATE:visit} and got charged twice. My account # is {ACCOUNT_NUMBER:acct}. Please call me at {PHONE:phone}.\n\n{staff_first}, can you take this one?"),
    ("", "{NAME:pm1.first} in exam 4 says his {device} keeps alarming, serial {DEVICE_ID:device_sn}. {staff_first} already called the rep."),
    ("complaint", "Parking complaint: {NAME:pf1.full} says her car (plate {VEHICLE_ID:plate}) was towed from the {site} lot during her {DATE:visit} visit. {exec} wants a response by Friday."),
    ("", "{NAME:pf1.lfirst} called back, says her mom {NAME:rf1.lfirst} is {AGE:age90} now and lives with her in {ADDRESS:town}. wants to transfer care to {dr_name}"),
    ("credentialing", "Credentialing: {dr_name_full}'s DEA {LICENSE_NUMBER:dea} and MA license {LICENSE_NUMBER:prof_lic} need to go up on the {payer} portal by {deadline}. NPI {npi} is already on file."),
    ("payroll", "New hire paperwork for {staff_full}: DL {LICENSE_NUMBER:dl} for the I-9 and direct deposit acct {ACCOUNT_NUMBER:bank}. pls don't post these here next time 🙏"),
    ("", "Corporate card {CREDIT_CARD:cc} got declined at {vendor_co} again (exp {card_exp}). {exec_cfo} asked me to sort it out before {deadline}."),
    ("", "The EHR workstation at the {site} front desk ({IP_ADDRESS:ip}) keeps dropping off the VPN. Ticket {ticket}, {it_staff} is on it."),
    ("", "<mailto:{EMAIL:vendor_email#1}|{EMAIL:vendor_email#1}> is the new contact at {vendor_co}. {vendor_contact} said to cc them on all invoices. Direct line {PHONE:phone}."),
    ("records", "Records release for {NAME:p1.full}, chart # {MRN:mrn}: send to {ADDRESS:addr_full}, attn {NAME:r1.full} (POA)."),
    ("", "Medicare MBI for {NAME:pm1.inv} is {HEALTH_PLAN_ID:mbi}. eligibility shows inactive since January, can billing check before his {DATE:visit} visit?"),
    ("thread", "> {staff_first}: anyone know who {NAME:p1.first} is? left a VM on the main line\n> {staff_first2}: think it's {NAME:p1.full}, {site} pt, DOB {DATE:dob}\nok thx, calling now"),
    ("complaint escalation", "{dr_name}, escalating a complaint from {NAME:rf1.full}, daughter of our patient {NAME:pm1.full} ({AGE:age90}). She states her father waited two hours on {DATE:visit} and was spoken to rudely at check-in. She would like a call at {PHONE:phone} or an email to {EMAIL:rf1.email}."),
    ("", "lol {NAME:p1.llast} strikes again, 3rd voicemail today asking about the {med} prior auth"),
    ("", "pt says ssn is {SSN:ssn_evasive}, dob {DATE:dob} - can someone verify against the card?"),
    ("", "Can someone tell {NAME:pm1.first}'s wife {NAME:rf1.first} that the PA for his {med} went through? She asked for a text at {PHONE:phone}"),
    ("", "{staff_full} will cover the {site} desk {weekday} while {staff_first2} is out. Also, {NAME:pf1.full} is coming in at 9 as a walk-in; please make sure intake scans her card (member ID {HEALTH_PLAN_ID:member})."),
    ("", "Heads up: {NAME:p1.full} (goes by {NAME:p1.nick}) was seen {DATE:visit} and is asking for a letter for court. Route to {dr_name}."),
    ("", "Welcome letter for {NAME:pf1.full} came back, {ADDRESS:street} is undeliverable. She says she moved to {ADDRESS:town} but doesn't have the new street yet."),
    ("", "{NAME:p1.last}, {NAME:p2.last} and {NAME:p3.last} still need annual consents signed before the {mtg_date} audit. {compliance} is checking."),
    ("escalation", "front desk: the man in the lobby asking for {NAME:pf1.full} is her ex and there is a no-contact order. His name is {NAME:rm1.full}. Do NOT confirm she is a patient. {staff_first} is calling security."),
    ("records", "FAX COVER\nPatient: {NAME:p1.inv}\nDOB: {DATE:dob}\nMRN: {MRN:mrn}\nIns: {payer} {HEALTH_PLAN_ID:member}\nReturn fax: {PHONE:fax}"),
    ("", "FYI the family update page {URL:pf1.update} is wide open, can we ask them to lock it? It's for {NAME:pf1.first} and they post about her {service}."),
    ("complaint", "Summary of the {NAME:p1.last} situation for {exec}:\n1. pt seen {DATE:visit}, billed {cpt} by mistake\n2. son {NAME:rm1.full} disputes the charge\n3. acct {ACCOUNT_NUMBER:acct} went to collections with {collections}\nneed a yes/no on the write-off"),
    ("", "{staff_first} asked me to keep it quiet but {NAME:s1.first} is out for surgery {DATE:visit} through end of month. can someone cover the claims queue?"),
    ("", "Ride for {NAME:pf1.full} on {DATE:visit}: pickup at {ADDRESS:addr_full}, she uses a walker. Driver cell is {PHONE:phone}."),
    ("", "{mention} can you resend the intake link to {NAME:pf1.first}? {EMAIL:pf1.email}, she says the first one went to spam"),
    ("", "Hearing aid serial {DEVICE_ID:device_sn} for {NAME:pm1.full}, audiology needs it for the warranty claim. He's {AGE:age90}, so pls call his daughter {NAME:rf1.first} at {PHONE:phone} instead."),
    ("", "Interpreter (Spanish) needed for {NAME:p1.full} {DATE:visit} at 2pm. Mother {NAME:rf1.full} is coming too, {staff_first} already booked the language line."),
    ("hipaa", "birthday cards for pts over 90 is a sweet idea but pls don't post the list here 😬 e.g. {NAME:p1.full} turns {AGE:age90} on {DATE:bday}"),
    ("", "{NAME:p1.full}, MRN {MRN:mrn}, needs a PHQ-9 before the visit {weekday}. {staff_first} pls add to the huddle sheet"),
    ("", "Re the wallet turned in at {site}: belongs to {NAME:pm1.full}, license {LICENSE_NUMBER:dl} inside. I left a message at {PHONE:phone}."),
    ("calendar", "Zoom for Thursday's board meeting: {zoom}\nSeparately, {NAME:b1.full} asked me to move their own physical with {dr_name} to {DATE:visit}. please keep that between us."),
    ("money complaint", "Dispute from {NAME:p1.full}: card {CREDIT_CARD:cc} was charged the $40 copay twice on {DATE:visit}. {staff_first} can you refund one?"),
    ("list", "*No-shows today ({site})*\n- {NAME:p1.inv} 9:00\n- {NAME:p2.full} 10:30\n- {NAME:p3.full} 1:15 (mom {NAME:rf3.first} called, car trouble)"),
    ("", "cb {NAME:p1.last} {PHONE:phone}"),
    ("", "dob for {NAME:p1.first}? think its {DATE:dob}"),
    ("", "Medical director review: {NAME:pm1.full}, {AGE:age90}, fall at home {DATE:visit}, lives alone in {ADDRESS:town}. Family ({NAME:rf1.full}) asking for a home safety eval."),
    ("records", "{NAME:p1.full}'s guardian {NAME:r1.full} wants the {year} records, MR# {MRN:mrn}. Send via secure fax to {PHONE:fax}."),
    ("", "FW from {vendor_contact} <{EMAIL:vendor_email}>: \"Invoice {inv} is 60 days past due, please remit.\" {staff_first} can you handle?"),
    ("", "Audit log shows logins from {IP_ADDRESS:ipv6} at the {site} scanner station. {it_staff} says it's the new Fujitsu on firmware {version}."),
    ("", "For the accessible parking letter {dr_name} is signing: {NAME:p1.full}, plate {VEHICLE_ID:plate}, DOB {DATE:dob}."),
    ("", "pls add to {NAME:p1.first}'s chart: preferred name {NAME:p1.nick}, pronouns they/them"),
    ("", "Mailing address for {NAME:p1.full} is {ADDRESS:pobox_full}. statements keep going to the old one."),
    ("", "sorry wrong chat!! meant to send {NAME:pf1.first}'s new number {PHONE:phone} to {staff_first}"),
    ("", "{NAME:pm1.last} read me his number as {PHONE:phone_spelled}, calling him back after lunch"),
    ("", "HAR {ACCOUNT_NUMBER:har} for {NAME:p1.full}: the {DATE:visit} claim denied for dx mismatch ({icd}). resubmitting w/ {icd2}."),
    ("", "{NAME:p1.full} ({DATE:dob}): {dr_name} wants a f/u by {DATE:visit}, please schedule"),
    ("", "MBI {HEALTH_PLAN_ID:mbi} / MRN {MRN:mrn} / {NAME:p1.inv}: this is the one with two charts, please merge"),
    ("calendar", "Agenda for the {mtg_date} huddle:\n1) {vendor_co} contract\n2) new phone tree\n3) {NAME:p1.last} complaint (see thread)\n4) PTO calendar"),
    ("hipaa", "Reminder that the no-PHI-in-Teams policy starts {policy_date}. So no more messages like '{NAME:p1.full} DOB {DATE:dob}' 🙃"),
    ("", "{staff_full} asked that vendor invoices go to {EMAIL:staff_email} from now on instead of the shared billing inbox."),
    ("", "{NAME:pf1.full} is {AGE:age90} and her son {NAME:rm1.first} says she lives in {ADDRESS:town} now. update demographics before her {DATE:visit} visit?"),
    ("", "<tel:{PHONE:ph1.e164}|{PHONE:ph1.fmt}> is {NAME:p1.full}'s daughter, she's the health care proxy. {staff_first} pls note it in the chart"),
    ("structured", "New pt intake, {site}:\nName: {NAME:p1.full}\nDOB: {DATE:dob}\nAddress: {ADDRESS:addr_full}\nPhone: {PHONE:phone}\nIns: {payer}, member {HEALTH_PLAN_ID:member}\nreferred by {dr_name}"),
    ("escalation", "Escalating: {NAME:pm1.full}'s brother {NAME:rm1.full} called {exec} directly about the wait for {service}. Pt was seen {DATE:visit}. Can {dr_name} call the family?"),
    ("credentialing", "{dr_name_full}'s state license # {LICENSE_NUMBER:prof_lic} lapses {deadline}, renewal packet is with {staff_first}. NPI {npi} unchanged."),
    ("", "Can IT whitelist {IP_ADDRESS:ip} for the {vendor_co} remote session? {it_staff} approved it, ticket {ticket}."),
    ("", "Car with plate {VEHICLE_ID:plate} is blocking the {site} ambulance bay again. Security says it's {NAME:rm1.full}, he drops his mom {NAME:pf1.first} off for IOP."),
    ("", "CGM transmitter {DEVICE_ID:device_sn} belongs to {NAME:p1.inv}? found it in the {site} waiting room"),
    ("", "{NAME:p1.full} passed away {DATE:visit}, family let us know. {staff_first} please cancel the recurring appts and stop statements."),
    ("", "can u pull {NAME:p1.lfull}'s med rec # for me {staff_first}? its {MRN:mrn} i think"),
    ("", "*{NAME:p1.full}* needs a callback today re: {service} results. pref # {PHONE:phone}, ok to leave msg"),
    ("", "Guarantor for {NAME:p1.first} (minor) is dad {NAME:rm1.full}; his email is {EMAIL:rm1.email} and zip {ADDRESS:zip}. {staff_first} update the account pls"),
    ("", "VIN {VEHICLE_ID:vin} is on the accident paperwork {NAME:p1.full} dropped off for the {DATE:visit} visit, {payer} wants it for the claim"),
    ("", "Mr. {NAME:pm1.last} was in the {site} ED {DATE:visit} per the discharge summary, {dr_name} wants to see him this week"),
    ("employee", "{mention} payroll note: {NAME:s1.first} is on FMLA from {DATE:visit} (surgery), please don't schedule them for the {site} desk. {staff_first} has the paperwork."),
]

CLEAN_TEMPLATES = [
    ("", "{staff_first}, can you cover the {site} front desk {weekday}? {staff_first2} is out. Desk line is {ext}."),
    ("", "Reminder: all-staff meeting {mtg_date} at {time} in the {site} conference room ({fac_addr}). Zoom: {zoom}"),
    ("payroll", "{exec} wants the Q{q} payroll variance report by {deadline}. {staff_first} pls pull it from the Keystone portal."),
    ("", "{vendor_co} invoice {inv} ({money}): PO {po} was never approved. {vendor_contact} keeps emailing me lol"),
    ("", "Board packet for the {mtg_date} meeting is up on the board portal ({board_url}). {board_name} asked for the FY{fy} budget slide."),
    ("", "Heads up: {board_name} and {board_name2} will tour the {site} site {weekday} at {time}. Please make sure the lobby is tidy."),
    ("", "Ticket {ticket}: EHR upgrade to {version} is scheduled for {mtg_date} after hours. Expect downtime 8-10pm."),
    ("age-aggregate", "How many pts over 90 do we have on the panel now? {exec} wants the number for the grant, just the count, no names pls"),
    ("mrn-topic hipaa", "Reminder: the new MRN format is 10 digits starting {policy_date}. Please don't type MRNs in here, use the EHR message center."),
    ("ssn-topic", "We're no longer collecting SSNs at intake per {compliance}. Update the front desk script by {deadline}."),
    ("credentialing", "{dr_name_full}'s NPI is {npi}, {staff_first} needs it for the {payer} roster."),
    ("", "Billing q: are we billing {cpt} or {cpt2} for the 53-min therapy sessions? {payer} denied a batch last week."),
    ("", "ICD question for {dr_name}: {icd} vs {icd2} on the quality report for adjustment disorders?"),
    ("", "Our {site} site ZIP is {fac_zip}, {vendor_co} had it wrong on the invoice, pls correct."),
    ("", "New front desk hours starting {policy_date}: 7:30-5 at {site}, 8-4:30 at {site2}. Main line {ext}."),
    ("hipaa", "*Reminder*: _no PHI in this channel_. Use initials or the EHR secure chat. Thx, {compliance}"),
    ("", "{staff_full}'s last day is {mtg_date}. Cake in the break room at {time} 🎂"),
    ("", "{mention} can you approve {staff_first}'s PTO for {mtg_date} to {mtg_date2}?"),
    ("", "Shred pickup from {vendor_co} moved to {mtg_date}. Bins go by the {site} back door."),
    ("", "Lunch-and-learn with {vendor_contact} from {vendor_co} on {mtg_date}, topic: {topic}"),
    ("", "Fire drill at {fac_addr} on {mtg_date} at 10am. Patients in session can stay put per {dr_name}."),
    ("calendar", "{count} new-patient slots opened for {mtg_date} at {site}, front desk pls fill from the waitlist."),
    ("", "Asset tag {asset} (the old Dell in room {room}) is going to e-waste. It's not a patient device, fine to wipe."),
    ("", "anyone have {staff_first}'s extension? nvm it's {ext}"),
    ("", "{exec} signed the {vendor_co} contract ({contract}). Effective {policy_date}, 90-day termination clause."),
    ("age-aggregate", "Per the new policy patients 90+ get a reminder call the day before. {site} had {count} pts over 90 on the schedule last month."),
    ("", "anyone know if {staff_first} is in today? need a signature on the {vendor_co} PO {po}"),
    ("payroll", "Payroll closes {deadline}. timesheets to {staff_first} by noon, overtime needs {exec}'s ok."),
    ("", "*Org update*\n• {staff_full} → front desk lead, {site}\n• {staff_full2} → billing supervisor\n• {board_name} joins the board {mtg_date}"),
    ("", "Group number for the {payer} plan is {group_no}. That's the employer group, not a member ID."),
    ("", "Build {build} of the scheduling app fixed the double-booking bug. {it_staff} says we roll out {weekday}."),
    ("", "{dr_name} is presenting the {year} quality outcomes at the board meeting {mtg_date}. Slides to {staff_first} by {deadline}."),
    ("", "The {site} lot gets repaved {mtg_date} to {mtg_date2}; staff park at {fac_addr} that week."),
    ("complaint", "We got {count} patient complaints this month (down from {count2}). Details are in the compliance log, not here."),
    ("", "Last 4 of the corporate card is {last4}, exp {card_exp}. Use it for the {vendor_co} renewal."),
    ("thread", "> {staff_first}: who's on call {weekday}?\n> {staff_first2}: {dr_name}\nthx"),
    ("ticket", "{staff_first}, the fax at {site} is jammed again, use the {site2} one. Ticket {ticket}."),
    ("", "Quick poll for the {mtg_date} retreat: {venue} or {venue2}? {exec} is paying 🙌"),
    ("", "Interview {weekday} at {time} with {candidate} for the LICSW role. {dr_name} and {staff_first} on the panel."),
    ("", "Intake stats for {month}: {count} new BH referrals, {count2} PCP. Average wait {count3} days. Nice work {staff_first}!"),
    ("", "Reminder: 30/60/90-day reviews for new hires are due {deadline}. {staff_first} has the forms."),
    ("", "The {vendor_co} rep ({vendor_contact}) will be onsite {mtg_date} to swap the copiers, asset tags {asset} and {asset2}."),
    ("", "{exec}: please don't forward the {board_name} email chain outside the exec team. Thanks."),
    ("", "the {age_young} y/o in room {room} needs a wheelchair at checkout, can someone grab one from the {site} closet"),
    ("hipaa", "Please verify two identifiers (name + DOB) at every check-in. {compliance} will audit the {site} desk {mtg_date}."),
    ("", "We had {count} no-shows on {mtg_date} at {site}, highest since {month}. {staff_first} is that the snowstorm?"),
    ("", "{dr_name} is out {mtg_date} to {mtg_date2}, please move that clinic block to {dr_name2}."),
    ("records", "Records requests are taking 12+ days. {lawfirm} called twice about a batch. {staff_first} can you look at the queue {weekday}?"),
    ("", "FAX COVER template is updated on the intranet ({intranet}). Fields are Patient / DOB / MRN / Ins; don't fill it in here."),
    ("", "cb list for {site} is cleared, thx {staff_first}! {count} calls done before {time} 👏"),
    ("", "{mention} the {payer} rep says the group number {group_no} is right and the claims from {month} will reprocess."),
    ("", "CPT {cpt} reimbursement went up {count}% with {payer} effective {policy_date}. {exec_cfo} wants the updated fee schedule."),
    ("", "Zoom ID for the {mtg_date} provider meeting is {zoom} (not the old one). {dr_name} is chairing."),
    ("", "{vendor_contact} from {vendor_co} is asking who the right person is for invoice {inv}; I said {staff_first}, ok?"),
    ("", "the {site} copier is at {fac_addr} not the old address, vendor keeps sending the tech to the wrong building"),
]


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------
PH = re.compile(r"\{([A-Z_]+):([A-Za-z0-9_.#]+)\}|\{([A-Za-z0-9_]+)\}")


def fill_value(c, key):
    if key in c.cache:
        return c.cache[key]
    base = key if key in F else key.rstrip("0123456789")
    fn = F[base]
    siblings = [v for k, v in c.cache.items()
                if (k if k in F else k.rstrip("0123456789")) == base]
    v = fn(c)
    tries = 0
    while v in siblings and tries < 30:
        v = fn(c)
        tries += 1
    c.cache[key] = v
    if base in FILL_TAGS:
        c.tag(FILL_TAGS[base])
    return v


def phi_value(c, typ, key, needs_nick):
    if "." in key:
        ek, a = key.split(".")
        c.entity(ek, ek in needs_nick)
        return c.attr(ek, a)
    ck = None
    if "#" in key:
        ck = "#" + key
        if ck in c.cache:
            return c.cache[ck]
        key = key.split("#")[0]
    v, tags = PHI_GEN[key](c)
    c.tag(*tags)
    if ck:
        c.cache[ck] = v
    return v


def render(tpl, c):
    # pre-create entities: patients / staff / board first, then relatives (surname sharing)
    ekeys = []
    needs_nick = []
    for m in PH.finditer(tpl):
        if m.group(1) and "." in m.group(2):
            ek, a = m.group(2).split(".")
            if ek not in ekeys:
                ekeys.append(ek)
            if a == "nick" and ek not in needs_nick:
                needs_nick.append(ek)
    for ek in [k for k in ekeys if not k.startswith("r")] + [k for k in ekeys if k.startswith("r")]:
        c.entity(ek, ek in needs_nick)
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append(["lit", tpl[pos:m.start()], None])
        if m.group(1):
            segs.append(["span", phi_value(c, m.group(1), m.group(2), needs_nick), m.group(1)])
        else:
            segs.append(["fill", fill_value(c, m.group(3)), None])
        pos = m.end()
    if pos < len(tpl):
        segs.append(["lit", tpl[pos:], None])
    return segs


MENTION_RE = re.compile(r"<@[A-Za-z0-9]+>")
SKIP_TYPO = {"mailto", "https", "forwarded", "message", "subject", "patient", "cover"}
WORD_RE = re.compile(r"(?<![\w/:.@<#*_-])([a-z]{5,})(?![\w/:.@>*_-])")


def lower_seg(s):
    keep = MENTION_RE.findall(s)
    out = s.lower()
    for k in keep:
        out = out.replace(k.lower(), k)
    return out


def typo_word(r, w):
    i = r.randrange(1, len(w) - 2)
    kind = r.choice(["swap", "drop", "double", "near"])
    if kind == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if kind == "drop":
        return w[:i] + w[i + 1:]
    if kind == "double":
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n",
            "t": "y", "l": "k", "u": "y", "h": "j", "c": "v", "d": "f"}
    ch = w[i]
    return w[:i] + near.get(ch, ch) + w[i + 1:]


def apply_noise(segs, c):
    r = c.r
    # 1) whole-message lower-case typing
    if r.random() < 0.09:
        for s in segs:
            s[1] = lower_seg(s[1])
        c.tag("lowercase")
    # 2) keyboard slips in ordinary words (literal template text only)
    if r.random() < 0.12:
        cands = []
        for si, s in enumerate(segs):
            if s[0] != "lit":
                continue
            for m in WORD_RE.finditer(s[1]):
                if m.group(1) not in SKIP_TYPO:
                    cands.append((si, m.start(1), m.group(1)))
        if cands:
            n = 1 if r.random() < 0.7 else 2
            picks = r.sample(cands, min(n, len(cands)))
            # apply right-to-left within a segment so offsets stay valid
            picks.sort(key=lambda t: (t[0], -t[1]))
            for si, st, w in picks:
                s = segs[si][1]
                new = typo_word(r, w)
                if new != w:
                    segs[si][1] = s[:st] + new + s[st + len(w):]
                    c.tag("typo")
    # 3) trailing emoji sometimes
    text = "".join(s[1] for s in segs)
    if not has_emoji(text) and r.random() < 0.07:
        segs.append(["lit", " " + r.choice(EMOJIS), None])
    return segs


def has_emoji(t):
    return any(ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) <= 0x27BF for ch in t)


SAFETY = [
    re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}"),
    re.compile(r"\b\d{3}[-. )]\s?\d{3}[-. ]\d{4}\b"),
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
]


def finalize(segs):
    """Return (text, spans) or None when the checker's left-to-right match would misplace
    a span value or unlabelled text looks like a conservative identifier."""
    text = ""
    spans = []
    intended = []
    unlabelled = []
    for kind, val, typ in segs:
        b0 = len(text.encode("utf-8"))
        text += val
        if kind == "span":
            if not val or val != val.strip() or val[-1] in ".,;:!?'\"]>*" or val[0] in "<*'\"":
                return None
            spans.append({"type": typ, "value": val})
            intended.append(b0)
        else:
            unlabelled.append(val)
    # emulate the checker
    b = text.encode("utf-8")
    pos = 0
    for sp, want in zip(spans, intended):
        v = sp["value"].encode("utf-8")
        i = b.find(v, pos)
        if i != want:
            return None
        pos = i + len(v)
    # non-span text must not carry an e-mail / phone / SSN / IP
    for u in unlabelled:
        for rx in SAFETY:
            if rx.search(u):
                return None
    # a span value must not appear again in unlabelled text (it would be a leak)
    for sp in spans:
        for u in unlabelled:
            if len(sp["value"]) >= 4 and sp["value"] in u:
                return None
    return text, spans


TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "ADDRESS": "address", "URL": "url",
            "PHONE": "contact", "EMAIL": "contact"}


def build_tags(tpl_tags, c, text, spans):
    tags = ["phi" if spans else "clean"]
    for t in tpl_tags.split():
        if t not in tags:
            tags.append(t)
    for sp in spans:
        t = TYPE_TAG.get(sp["type"], "structured")
        if t not in tags:
            tags.append(t)
    for t in c.tags:
        if t not in tags:
            tags.append(t)
    if not spans and "business-contact" in tags:
        tags.remove("business-contact")
    if spans and any(sp["type"] in ("PHONE", "EMAIL") for sp in spans) and \
            "business-contact" in tags and any(sp["type"] == "NAME" for sp in spans):
        tags.remove("business-contact")
    if re.search(r"<@[A-Za-z0-9]+>|<mailto:|<tel:|\*[^*\n]+\*|(?<!\w)_[^_\n]+_(?!\w)|(^|\n)> ",
                 text):
        tags.append("slack-markup")
    if "\n" in text:
        tags.append("multiline")
    if has_emoji(text):
        tags.append("emoji")
    return tags


def make_message(tpl_tags, tpl, want_phi):
    for _ in range(60):
        c = Ctx(rng)
        segs = render(tpl, c)
        segs = apply_noise(segs, c)
        res = finalize(segs)
        if res is None:
            continue
        text, spans = res
        if bool(spans) != want_phi:
            raise RuntimeError("template kind mismatch: " + tpl)
        return text, spans, build_tags(tpl_tags, c, text, spans)
    return None


def main():
    kinds = [True] * N_PHI + [False] * (N_TOTAL - N_PHI)
    rng.shuffle(kinds)
    pools = {True: list(PHI_TEMPLATES), False: list(CLEAN_TEMPLATES)}
    queues = {True: [], False: []}
    seen = set()
    out = []
    for n, want_phi in enumerate(kinds, 1):
        while True:
            if not queues[want_phi]:
                q = list(pools[want_phi])
                rng.shuffle(q)
                queues[want_phi] = q
            tpl_tags, tpl = queues[want_phi].pop()
            res = make_message(tpl_tags, tpl, want_phi)
            if res is None or res[0] in seen:
                continue
            break
        text, spans, tags = res
        seen.add(text)
        out.append({"id": "hm%04d" % n, "text": text, "spans": spans, "tags": tags})
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        for item in out:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d PHI, %d clean) to %s" % (
        len(out), sum(1 for o in out if o["spans"]), sum(1 for o in out if not o["spans"]),
        OUT_PATH))


if __name__ == "__main__":
    main()
