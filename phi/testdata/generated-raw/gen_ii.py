#!/usr/bin/env python3
"""Generator for a PHI-labelled chat corpus (prefix ii).

Persona: employee health / HR nurse of a large medical group.  Staff who are
patients (vaccines, TB tests, needle-sticks, fit-for-duty / RTW notes, workers'
comp claims, leave paperwork, drug screens) plus ordinary HR business.

Standard library only, fixed seed.  Writes generated_ii.jsonl next to itself.
Template mini-language:
  {gen}            unlabelled filler drawn from generator `gen`
  {gen@k}          same, cached per message under key k (repeat = same value)
  {T:gen}          labelled value, T = one-letter PHI type code (see CODES)
  {T:gen@k}        labelled, cached / person key k (names default to person a)
Workers' compensation claim numbers are labelled HEALTH_PLAN_ID (they stand in
the insured-ID field of WC bills).
"""
import json, os, random, re, unicodedata

SEED = 20250611
CODES = {"N": "NAME", "D": "DATE", "A": "AGE", "P": "PHONE", "E": "EMAIL",
         "S": "SSN", "M": "MRN", "H": "HEALTH_PLAN_ID", "C": "ACCOUNT_NUMBER",
         "L": "LICENSE_NUMBER", "V": "VEHICLE_ID", "X": "DEVICE_ID", "U": "URL",
         "I": "IP_ADDRESS", "R": "ADDRESS", "K": "CREDIT_CARD"}

# ---------------------------------------------------------------- names
# origin: (male given, female given, surnames)
ORIGINS = {
 "hispanic": (["José", "Luis", "Carlos", "Miguel", "Alejandro", "Jesús", "Francisco", "Rafael", "Héctor", "Julio"],
              ["María", "Guadalupe", "Yesenia", "Marisol", "Ximena", "Alejandra", "Lucía", "Rosa", "Daniela", "Maribel"],
              ["García", "Rodríguez", "Hernández", "López", "Delgado", "de la Cruz", "Ramírez", "Santiago", "Castillo",
               "Vargas", "Pérez-Molina", "Ortiz", "Quiñones"]),
 "afam": (["DeShawn", "Terrell", "Marcus", "Jamal", "Darnell", "Andre", "Reginald", "Tyrone", "Malik", "Cedric"],
          ["Keisha", "Latoya", "Shanice", "Imani", "Tamika", "Ebony", "Aaliyah", "Monique", "Jasmine", "Tanisha"],
          ["Washington", "Jefferson", "Jackson", "Robinson", "Freeman", "Booker", "Mayfield", "Gaines", "Coleman", "Dorsey"]),
 "wafrican": (["Oluwaseun", "Chukwuemeka", "Kwame", "Kofi", "Babajide", "Ifeanyi", "Yaw", "Tunde", "Emmanuel"],
              ["Adaeze", "Folasade", "Ngozi", "Abena", "Chiamaka", "Yewande", "Akosua", "Funmilayo", "Efua"],
              ["Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Oyelaran", "Asante", "Eze", "Adebayo-Cole", "Owusu", "Diallo"]),
 "eafrican": (["Tesfaye", "Abdirahman", "Yohannes", "Mohamed", "Kiprono", "Dawit", "Mesfin", "Otieno"],
              ["Hiwot", "Fadumo", "Wanjiru", "Selam", "Amina", "Nasra", "Tigist", "Achieng"],
              ["Bekele", "Warsame", "Haile", "Kiplagat", "Mwangi", "Tadesse", "Odhiambo", "Abdi", "Gebremariam"]),
 "sasian": (["Arjun", "Rahul", "Sanjay", "Imran", "Vikram", "Harpreet", "Karthik", "Rohan", "Faisal"],
            ["Priya", "Ananya", "Sunita", "Farah", "Lakshmi", "Nandini", "Gurleen", "Deepa", "Ayesha"],
            ["Patel", "Raman", "Chaudhry", "Iyer", "Banerjee", "Singh", "Reddy", "Venkataraman", "Siddiqui", "Desai", "Gill"]),
 "easian": (["Wei", "Kenji", "Min-jun", "Hiroshi", "Jian", "Sung-ho", "Takeshi", "Hao"],
            ["Mei", "Yuki", "Ji-woo", "Xiaoling", "Haruka", "Soo-jin", "Hana", "Lian"],
            ["Chen", "Watanabe", "Park", "Kim", "Zhang", "Nakamura", "Liu", "Tanaka", "Choi", "Huang"]),
 "seasian": (["Minh", "Thanh", "Rodel", "Somchai", "Bayani", "Sokha", "Quang", "Arnel"],
             ["Linh", "Thuy", "Maricel", "Ploy", "Jocelyn", "Analyn", "Ngoc", "Rosalind"],
             ["Nguyen", "Tran", "Pham", "Dela Cruz", "Santos", "Reyes", "Bautista", "Srisai", "Chea", "Vo", "Magbanua"]),
 "mideast": (["Omar", "Khalid", "Youssef", "Amir", "Tariq", "Karim", "Reza", "Bassam"],
             ["Layla", "Noor", "Rania", "Yasmin", "Leila", "Maryam", "Dalia", "Samira"],
             ["Haddad", "Al-Masri", "Nasser", "Khoury", "Farahani", "Aziz", "El-Sayed", "Rahimi", "Saleh"]),
 "eeuro": (["Tomasz", "Oleksandr", "Dmitri", "Piotr", "Bogdan", "Vasyl", "Marek", "Aleksandr"],
           ["Agnieszka", "Olena", "Katarzyna", "Irina", "Svetlana", "Milena", "Oksana", "Zuzana"],
           ["Kowalski", "Nowak", "Shevchenko", "Petrov", "Horvat", "Kovalenko", "Popescu", "Zielinski", "Dvořák", "Baranov"]),
 "irish": (["Patrick", "Sean", "Declan", "Cormac", "Liam", "Brendan", "Kevin"],
           ["Siobhan", "Niamh", "Aoife", "Maeve", "Bridget", "Colleen", "Margaret"],
           ["O'Neill", "Murphy", "Fitzgerald", "McCarthy", "O'Sullivan", "Gallagher", "Byrne", "MacNamara", "Doherty"]),
 "italian": (["Giuseppe", "Salvatore", "Vincenzo", "Marco", "Anthony", "Dominic", "Paolo"],
             ["Giulia", "Francesca", "Rosalia", "Teresa", "Angela", "Chiara", "Carmela"],
             ["Russo", "Esposito", "DiNapoli", "Lombardi", "Ferrara", "Caruso", "De Luca", "LoPresti", "Marchetti"]),
 "native": (["Wilson", "Leland", "Cody", "Delbert", "Travis", "Harlan"],
            ["Darlene", "Winona", "Roberta", "Shaylee", "Marlene", "Talia"],
            ["Begay", "Yazzie", "Tsosie", "Benally", "Blackhorse", "Two Bulls", "Redcloud", "Peshlakai", "Attakai"]),
 "pacific": (["Keoni", "Kaimana", "Sione", "Tevita", "Malakai", "Iosefa"],
             ["Leilani", "Mele", "Kalena", "Losaline", "Noelani", "Sina"],
             ["Kealoha", "Fonoti", "Tuilagi", "Mahoe", "Fifita", "Kahananui", "Taufa", "Aumua"]),
 "anglo": (["William", "Robert", "Mark", "Grant", "Chase", "Kyle", "Brian", "Wesley"],
           ["Hope", "Faith", "Rose", "Megan", "Heather", "Elizabeth", "Katherine", "Courtney"],
           ["Page", "Van Dyke", "Whitaker", "Lambert", "Hart", "Sullivan", "Pruitt", "Grant", "Chase", "Holloway"]),
}
NICKS = {"William": ["Will", "Bill", "Billy"], "Robert": ["Bobby", "Rob"], "Elizabeth": ["Liz", "Beth"],
         "Katherine": ["Kate", "Katie"], "Margaret": ["Peggy", "Maggie"], "Guadalupe": ["Lupe"],
         "Francisco": ["Paco", "Frankie"], "Jesús": ["Chuy"], "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"],
         "Babajide": ["Jide"], "Aleksandr": ["Sasha"], "Oleksandr": ["Sasha"], "Patrick": ["Paddy", "Pat"],
         "Giuseppe": ["Joey", "Pino"], "Salvatore": ["Sal"], "Vincenzo": ["Vinny"], "Abdirahman": ["Abdi"],
         "Katarzyna": ["Kasia"], "Yewande": ["Wande"], "Folasade": ["Sade"], "Anthony": ["Tony"],
         "Dominic": ["Dom"], "Alejandra": ["Ale"], "Marisol": ["Mari"], "Rafael": ["Rafa"],
         "Funmilayo": ["Funmi"], "Chiamaka": ["Amaka"], "Ifeanyi": ["Ify"], "Tyrone": ["Ty"],
         "Harpreet": ["Preet"], "Vikram": ["Vik"], "Bridget": ["Biddy"], "Delbert": ["Del"],
         "Kaimana": ["Kai"], "Losaline": ["Lose"], "Svetlana": ["Sveta"], "Dmitri": ["Dima"],
         "Héctor": ["Tito"], "Maribel": ["Mari"], "Rosalind": ["Roz"], "Takeshi": ["Take"]}
MIDDLE = "ABCDEFGHJKLMNPRSTVW"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, rng, need_nick=False, last=None, gender=None, origin=None):
        fixed = origin
        while True:
            origin = fixed or rng.choice(list(ORIGINS))
            g = gender or rng.choice("MF")
            males, females, surs = ORIGINS[origin]
            first = rng.choice(males if g == "M" else females)
            if need_nick and first not in NICKS:
                fixed = None
                continue
            break
        if last is None:
            if rng.random() < 0.82:
                last = rng.choice(surs)
            else:
                last = rng.choice(ORIGINS[rng.choice(list(ORIGINS))][2])
        if last == first:
            last = rng.choice([x for x in surs if x != first])
        self.first, self.last, self.g, self.origin = first, last, g, origin
        self.mi = rng.choice(MIDDLE)
        self.nick = rng.choice(NICKS[first]) if first in NICKS else first


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


FW = {str(i): chr(0xFF10 + i) for i in range(10)}
ZW = "\u200b"
NBSP = "\u00a0"
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]


def ordsuf(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def spell_digits(digs, groups):
    out, i = [], 0
    for g in groups:
        out.append(" ".join(DIGW[int(c)] for c in digs[i:i + g]))
        i += g
    return ", ".join(out)


TENS = {9: "ninety", 10: "one hundred"}
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age_words(n):
    if n < 100:
        return "ninety" + ("-" + ONES[n - 90] if n > 90 else "")
    return "one hundred" + (" and " + ONES[n - 100] if n > 100 else "")


# ---------------------------------------------------------------- places
TOWNS = [("Lowell", "MA", "01852"), ("Dracut", "MA", "01826"), ("Haverhill", "MA", "01830"),
         ("Methuen", "MA", "01844"), ("Lawrence", "MA", "01841"), ("Andover", "MA", "01810"),
         ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
         ("Nashua", "NH", "03060"), ("Salem", "NH", "03079"), ("Amesbury", "MA", "01913"),
         ("Lynn", "MA", "01902"), ("Malden", "MA", "02148"), ("Revere", "MA", "02151"),
         ("Chelsea", "MA", "02150"), ("Brockton", "MA", "02301"), ("Quincy", "MA", "02169"),
         ("Worcester", "MA", "01604"), ("Fitchburg", "MA", "01420"), ("Pelham", "NH", "03076"),
         ("Westford", "MA", "01886"), ("Peabody", "MA", "01960"), ("Everett", "MA", "02149"),
         ("Hudson", "NH", "03051"), ("Lunenburg", "MA", "01462")]
STREETS = ["Tarbox", "Pleasant", "Varnum", "Bridge", "Lakeview", "Mammoth", "Pawtucket", "Broadway",
           "Chestnut", "Winthrop", "Hildreth", "Stevens", "Salem", "Aiken", "Boylston", "Middlesex",
           "Riverside", "Old Ferry", "Jackson", "Cross Point", "Bodwell", "Greenleaf", "Brook", "Elm",
           "Hampshire", "Union", "Lincoln", "Prospect", "Pine Hill", "Mill"]
STYPES = ["St", "Rd", "Ave", "Dr", "Ln", "Way", "Blvd", "Street", "Road", "Avenue", "Ct", "Cir", "Terr"]
SITES = ["the Lowell clinic", "our Chelmsford site", "the Haverhill campus", "Andover Urgent Care",
         "the Methuen ASC", "our Nashua office", "the Billerica lab draw station", "the Tewksbury MOB",
         "the Lawrence family practice", "the main campus"]
FAC_ADDR = ["1200 Merrimack St, Lowell MA 01852", "55 Technology Dr, Chelmsford MA 01824",
            "140 Lincoln Ave, Haverhill MA 01830", "300 Brickstone Sq, Andover MA 01810",
            "10 Prime Pkwy, Nashua NH 03060", "2 Industrial Way, Billerica MA 01821",
            "88 East St, Methuen MA 01844", "1 General St, Lawrence MA 01841"]
UNITS = ["4 West", "5E", "the ED", "L&D", "PACU", "SICU", "oncology infusion", "sterile processing", "EVS",
         "dietary", "the cath lab", "NICU", "6 North", "endo", "MRI", "the OR", "pharmacy", "registration",
         "the lab", "transport", "security", "radiology", "peds", "3 South", "the dialysis unit"]
ROLES = ["RN", "CNA", "phlebotomist", "EVS tech", "surg tech", "PCA", "resp therapist", "unit secretary",
         "pharmacy tech", "security officer", "travel RN", "LPN", "MA", "transporter", "sonographer",
         "cook", "PT assistant", "per diem RN", "new grad RN", "float pool RN"]
VENDORS = ["Concentra", "Quest", "LabCorp", "Sedgwick", "Gallagher Bassett", "Cority", "Stericycle",
           "Workday", "UKG", "Medline", "Cintas", "Sanofi", "Cardinal", "Aramark", "Unum", "The Hartford",
           "Lincoln Financial", "First Advantage", "HireRight"]
EXEC_TITLES = ["CNO", "CMO", "CHRO", "VP of People", "COO", "CFO", "VP Nursing", "Chief Quality Officer"]


def rng_date(rng, y0=2024, y1=2026):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def fmt_date(rng, y, m, d, style=None):
    styles = ["md", "mdy4", "mdy2", "iso", "long", "mon_d", "mon_dth", "dmon", "d_month", "month_d",
              "mdy4pad", "mon_dot"]
    s = style or rng.choice(styles)
    if s == "md": return "%d/%d" % (m, d)
    if s == "mdy4": return "%d/%d/%d" % (m, d, y)
    if s == "mdy4pad": return "%02d/%02d/%d" % (m, d, y)
    if s == "mdy2": return "%d/%d/%02d" % (m, d, y % 100)
    if s == "iso": return "%d-%02d-%02d" % (y, m, d)
    if s == "long": return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if s == "mon_d": return "%s %d" % (MON[m - 1], d)
    if s == "mon_dth": return "%s %d%s" % (MON[m - 1], d, ordsuf(d))
    if s == "dmon": return "%02d-%s-%d" % (d, MON[m - 1], y)
    if s == "d_month": return "%d %s" % (d, MONTHS[m - 1])
    if s == "month_d": return "%s %d" % (MONTHS[m - 1], d)
    if s == "mon_dot": return "%s. %d" % (MON[m - 1], d)
    if s == "compact": return "%02d%02d%d" % (m, d, y)
    if s == "dash": return "%d-%d-%d" % (m, d, y)
    raise ValueError(s)


WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


class Ctx:
    """Per-message state: people, cached values, extra tags."""

    def __init__(self, rng, nick_keys=()):
        self.rng = rng
        self.people = {}
        self.cache = {}
        self.tags = set()
        self.nick_keys = set(nick_keys)

    def person(self, k):
        if k not in self.people:
            last = origin = None
            if k.startswith("r") and "a" in self.people:
                if self.rng.random() < 0.6:
                    last = self.people["a"].last
                if self.rng.random() < 0.8:
                    origin = self.people["a"].origin
            while True:
                p = Person(self.rng, need_nick=(k in self.nick_keys), last=last, origin=origin)
                if all(p.first != q.first for q in self.people.values()):
                    break
            self.people[k] = p
        return self.people[k]

    def stash(self, k, fn):
        if k is None:
            return fn()
        if k not in self.cache:
            self.cache[k] = fn()
        return self.cache[k]


# ---------------------------------------------------------------- generators
G = {}


def gen(name, person=False):
    def deco(f):
        f.person = person
        G[name] = f
        return f
    return deco


# names (person-bound)
@gen("full", True)
def _(c, p): return "%s %s" % (p.first, p.last)
@gen("first", True)
def _(c, p): return p.first
@gen("last", True)
def _(c, p): return p.last
@gen("fmi", True)
def _(c, p): return "%s %s. %s" % (p.first, p.mi, p.last)
@gen("init", True)
def _(c, p): return "%s. %s" % (p.first[0], p.last)
@gen("inv", True)
def _(c, p): return "%s, %s %s" % (p.last.upper(), p.first.upper(), p.mi)
@gen("invc", True)
def _(c, p): return "%s, %s" % (p.last, p.first)
@gen("nick", True)
def _(c, p): return p.nick
@gen("nickfull", True)
def _(c, p): return "%s %s" % (p.nick, p.last)
@gen("lfull", True)
def _(c, p): c.tags.add("lowercase"); return ("%s %s" % (p.first, p.last)).lower()
@gen("lfirst", True)
def _(c, p): c.tags.add("lowercase"); return p.first.lower()
@gen("llast", True)
def _(c, p): c.tags.add("lowercase"); return p.last.lower()
@gen("upfull", True)
def _(c, p): return ("%s %s" % (p.first, p.last)).upper()
@gen("she", True)
def _(c, p): return "she" if p.g == "F" else "he"
@gen("She", True)
def _(c, p): return "She" if p.g == "F" else "He"
@gen("her", True)
def _(c, p): return "her" if p.g == "F" else "his"
@gen("Her", True)
def _(c, p): return "Her" if p.g == "F" else "His"
@gen("him", True)
def _(c, p): return "her" if p.g == "F" else "him"
@gen("hon", True)
def _(c, p): return "Ms." if p.g == "F" else "Mr."
@gen("parent", True)
def _(c, p): return "mother" if p.g == "F" else "father"
@gen("mom", True)
def _(c, p): return "mom" if p.g == "F" else "dad"
@gen("spouse", True)
def _(c, p): return "wife" if p.g == "F" else "husband"
@gen("child", True)
def _(c, p): return "daughter" if p.g == "F" else "son"


def _email_local(c, p):
    f, l = fold(p.first).lower().replace("-", ""), fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    r = c.rng
    return r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, r.randint(1, 99)),
                     "%s%s%d" % (f, l[:4], r.randint(70, 99)), "%s.%s%d" % (f, l, r.randint(1, 9))])


@gen("pemail", True)
def _(c, p):
    return "%s@%s" % (_email_local(c, p), c.rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                                                         "comcast.net", "hotmail.com", "aol.com", "verizon.net"]))
@gen("wemail", True)
def _(c, p):
    f, l = fold(p.first).lower().replace("-", ""), fold(p.last).lower().replace(" ", "").replace("'", "")
    return "%s.%s@tcmedgroup.org" % (f, l)
@gen("eobf", True)
def _(c, p):
    c.tags.add("evasion")
    loc = _email_local(c, p)
    dom, tld = c.rng.choice([("gmail", "com"), ("yahoo", "com"), ("comcast", "net"), ("outlook", "com")])
    return c.rng.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s", "%s @ %s . %s"]) % (loc, dom, tld)


@gen("vemail")
def _(c):
    r = c.rng
    p = Person(r)
    f, l = fold(p.first).lower().replace("-", ""), fold(p.last).lower().replace(" ", "").replace("'", "")
    dom = r.choice(["concentra.com", "sedgwick.com", "gbtpa.com", "questdiagnostics.com", "cority.com",
                    "unum.com", "hireright.com", "medline.com"])
    return "%s.%s@%s" % (f, l, dom)
@gen("dept_email")
def _(c):
    return c.rng.choice(["employeehealth@tcmedgroup.org", "eh.intake@tcmedgroup.org", "hr.benefits@tcmedgroup.org",
                         "leaves@tcmedgroup.org", "workcomp@tcmedgroup.org", "ohs-fax@tcmedgroup.org"])


# dates
@gen("date")
def _(c):
    y, m, d = rng_date(c.rng)
    return fmt_date(c.rng, y, m, d)
@gen("sdate")
def _(c):
    y, m, d = rng_date(c.rng)
    return fmt_date(c.rng, y, m, d, c.rng.choice(["md", "md", "mon_d", "mon_dth", "mon_dot", "month_d"]))
@gen("ldate")
def _(c):
    y, m, d = rng_date(c.rng)
    return fmt_date(c.rng, y, m, d, c.rng.choice(["mdy4", "mdy4pad", "mdy2", "iso", "long", "dmon", "dash"]))
@gen("dob")
def _(c):
    y, m, d = rng_date(c.rng, 1948, 2005)
    return fmt_date(c.rng, y, m, d, c.rng.choice(["mdy4", "mdy4pad", "mdy2", "iso", "long", "dmon", "mdy4pad"]))
@gen("olddob")            # born to match {A:age@k} with the same key
def _(c):
    age = c.stash(("_age", c.curkey), lambda: c.rng.randint(90, 104))
    y = 2025 - age - c.rng.choice([0, 1])
    _, m, d = rng_date(c.rng)
    return fmt_date(c.rng, y, m, d, c.rng.choice(["mdy4", "mdy4pad", "iso", "long", "dmon"]))
@gen("kiddob")
def _(c):
    y, m, d = rng_date(c.rng, 1998, 2021)
    return fmt_date(c.rng, y, m, d, c.rng.choice(["mdy4", "mdy4pad", "iso", "long", "mdy2"]))
@gen("dobc")
def _(c):
    c.tags.add("evasion")
    y, m, d = rng_date(c.rng, 1950, 2003)
    return fmt_date(c.rng, y, m, d, "compact")


# unlabelled calendar material
@gen("mdate")
def _(c):
    r = c.rng
    y, m, d = rng_date(r, 2025, 2026)
    s = r.choice(["md", "mon_d", "month_d", "mon_dth", "wd", "wdmd", "mdy4"])
    if s == "wd": return r.choice(WEEKDAYS)
    if s == "wdmd": return "%s %d/%d" % (r.choice(WEEKDAYS[:5]), m, d)
    return fmt_date(r, y, m, d, s)
@gen("mtime")
def _(c): return c.rng.choice(["3pm", "10:30", "noon", "8am", "2:15", "1pm", "4:30pm", "9", "11am", "7:45"])
@gen("wday")
def _(c): return c.rng.choice(WEEKDAYS)
@gen("month")
def _(c): return c.rng.choice(MONTHS)
@gen("quarter")
def _(c): return c.rng.choice(["Q1", "Q2", "Q3", "Q4", "FY2026", "FY26", "Q3 FY2026", "H2"])
@gen("year")
def _(c): return str(c.rng.randint(2019, 2026))


# phones
def _digits10(r):
    return "%d%d%d%03d%04d" % (r.choice([9, 6, 7, 5, 8]), r.randint(0, 9), r.randint(0, 9),
                                r.randint(201, 989), r.randint(0, 9999))
def _fmt_phone(r, d, style=None):
    s = style or r.choice(["paren", "dash", "dot", "plus", "dash", "paren", "space", "bare"])
    a, b, n = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "plus": "+1 %s-%s-%s",
            "space": "%s %s %s", "bare": "%s%s%s", "e164": "+1%s%s%s"}[s] % (a, b, n)
@gen("phone")
def _(c): return _fmt_phone(c.rng, _digits10(c.rng))
@gen("phone_tel")          # tel: link target; key shared with phone_lbl
def _(c): return "+1" + _digits10(c.rng)
@gen("pext")
def _(c):
    r = c.rng
    return _fmt_phone(r, _digits10(r), r.choice(["paren", "dash"])) + r.choice([" ext. ", " x", " ext ", ", ext "]) + str(r.randint(2, 4999))
@gen("pobf")
def _(c):
    r = c.rng
    d = _digits10(r)
    s = r.choice(["fw", "zw", "spell", "spaced", "nbsp", "mixed"])
    if s == "fw":
        c.tags.add("fullwidth"); return fullwidth(_fmt_phone(r, d, "dash"))
    if s == "zw":
        c.tags.add("zero-width"); return d[:3] + ZW + d[3:6] + ZW + d[6:]
    c.tags.add("evasion")
    if s == "spell": return spell_digits(d, [3, 3, 4])
    if s == "spaced": return " ".join(d)
    if s == "nbsp": return d[:3] + NBSP + d[3:6] + NBSP + d[6:]
    return "%s.%s-%s" % (d[:3], d[3:6], d[6:])


# ssn
def _ssn(r):
    a = r.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
@gen("ssn")
def _(c):
    s = _ssn(c.rng)
    return c.rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (s[:3], s[3:5], s[5:])
@gen("ssnobf")
def _(c):
    r = c.rng; s = _ssn(r)
    k = r.choice(["bare", "mixed", "fw", "zw", "spell", "spaced"])
    if k == "fw":
        c.tags.add("fullwidth"); return fullwidth("%s-%s-%s" % (s[:3], s[3:5], s[5:]))
    if k == "zw":
        c.tags.add("zero-width"); return s[:3] + ZW + "-" + s[3:5] + "-" + ZW + s[5:]
    c.tags.add("evasion")
    if k == "bare": return s
    if k == "mixed": return "%s.%s-%s" % (s[:3], s[3:5], s[5:])
    if k == "spell": return spell_digits(s, [3, 2, 4])
    return " ".join(s)


@gen("ssnfw")
def _(c):
    c.tags.add("fullwidth"); s = _ssn(c.rng)
    return fullwidth("%s-%s-%s" % (s[:3], s[3:5], s[5:]))


# record numbers
@gen("mrn")
def _(c):
    r = c.rng
    return r.choice(["%07d", "%08d", "%07d", "E%07d", "%08d"]) % r.randint(100000, 9999999)
@gen("member")
def _(c):
    r = c.rng
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    return r.choice(["%s%s%s%09d" % (r.choice(L), r.choice(L), r.choice(L), r.randint(0, 999999999)),
                     "W%09d" % r.randint(0, 999999999), "%s%08d" % (r.choice(L), r.randint(0, 99999999)),
                     "%s%s%d-%02d" % (r.choice(L), r.choice(L), r.randint(1000000, 9999999), r.randint(1, 4))])
@gen("mbi")
def _(c):
    r = c.rng
    L = "ACDEFGHJKMNPQRTUVWXY"
    D = "0123456789"
    s = r.choice("123456789") + r.choice(L) + r.choice(L + D) + r.choice(D) + "-" + r.choice(L) + r.choice(L + D) + \
        r.choice(D) + "-" + r.choice(L) + r.choice(L) + r.choice(D) + r.choice(D)
    return s if r.random() < 0.5 else s.replace("-", "")
@gen("medicaid")
def _(c): return "%012d" % c.rng.randint(10 ** 10, 10 ** 12 - 1)
@gen("claim")
def _(c):
    r = c.rng
    return r.choice(["%02d-%06d-%02d" % (r.randint(23, 26), r.randint(0, 999999), r.randint(1, 9)),
                     "%dA%02dH%06d" % (r.randint(1, 9), r.randint(23, 26), r.randint(0, 999999)),
                     "%010d" % r.randint(10 ** 8, 10 ** 10 - 1),
                     "WC%02d%07d" % (r.randint(23, 26), r.randint(0, 9999999))])
@gen("har")
def _(c): return "%010d" % c.rng.randint(10 ** 8, 10 ** 10 - 1)
@gen("gacct")
def _(c): return c.rng.choice(["G%08d", "%09d", "%08d"]) % c.rng.randint(10 ** 6, 10 ** 8 - 1)
@gen("bank")
def _(c): return "%0*d" % (c.rng.choice([8, 10, 12]), c.rng.randint(10 ** 6, 10 ** 8))
@gen("routing")
def _(c): return c.rng.choice(["011000138", "211370545", "011401533", "211274450", "011075150"])
@gen("rnlic")
def _(c): return c.rng.choice(["RN%07d", "%07d", "%06d", "RN-%06d"]) % c.rng.randint(100000, 2999999)
@gen("dea")
def _(c):
    r = c.rng
    digs = [r.randint(0, 9) for _ in range(6)]
    chk = (digs[0] + digs[2] + digs[4] + 2 * (digs[1] + digs[3] + digs[5])) % 10
    return r.choice("ABFM") + r.choice("ABCDEFGHJKLMNPRSTW") + "".join(map(str, digs)) + str(chk)
@gen("dl")
def _(c):
    r = c.rng
    return r.choice(["S%08d" % r.randint(0, 99999999), "SA%07d" % r.randint(0, 9999999),
                     "%02d%s%s%05d" % (r.randint(1, 12), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), r.randint(0, 99999)),
                     "%03d-%03d-%03d" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999))])
@gen("plate")
def _(c):
    r = c.rng; L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice(["%d%s%s%s%02d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.choice(L), r.randint(0, 99)),
                     "%s%s%s %d%03d" % (r.choice(L), r.choice(L), r.choice(L), r.randint(1, 9), r.randint(0, 999)),
                     "%d%s%s %d%02d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.randint(1, 9), r.randint(0, 99)),
                     "%03d %s%s%s" % (r.randint(100, 999), r.choice(L), r.choice(L), r.choice(L))])
@gen("vin")
def _(c):
    r = c.rng; A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(r.choice(A) for _ in range(16))
@gen("dev")
def _(c):
    r = c.rng; A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["%s%s%s%07d", "%s%s%s-%07d"]) % (r.choice(A), r.choice(A), r.choice(A), r.randint(0, 9999999))
@gen("cgm")
def _(c):
    r = c.rng; A = "ABCDEFGHJKMNPQRSTUVWXYZ0123456789"
    return "".join(r.choice(A) for _ in range(r.choice([8, 10, 12])))
@gen("pacer")
def _(c):
    r = c.rng
    return r.choice(["PJN%06dS", "RNR%06dH", "%06d", "BLC%06dR"]) % r.randint(0, 999999)
@gen("udi")
def _(c):
    r = c.rng
    return "(01)%014d(17)%02d%02d%02d(21)%s" % (r.randint(10 ** 12, 10 ** 14 - 1), r.randint(26, 29),
                                                  r.randint(1, 12), r.randint(1, 28), "".join(r.choice("0123456789ABCDEFGH") for _ in range(9)))
@gen("caseurl", True)
def _(c, p):
    r = c.rng
    uname = (fold(p.first)[0] + fold(p.last).replace(" ", "").replace("'", "").replace("-", "")).lower()
    return r.choice(["https://ehportal.tcmedgroup.org/case/EH%02d-%05d" % (r.randint(23, 26), r.randint(0, 99999)),
                     "https://ehportal.tcmedgroup.org/emp/%s/immunizations" % uname,
                     "https://tcmg.cority.com/hc/clearance?empId=%06d" % r.randint(0, 999999),
                     "https://mychart.tcmedgroup.org/visit/%d?pid=%07d" % (r.randint(10000, 99999), r.randint(0, 9999999)),
                     "https://leaves.tcmedgroup.org/requests/%s-%04d" % (uname, r.randint(0, 9999)),
                     "https://caringbridge.org/visit/%s%s" % (fold(p.first).lower(), fold(p.last).lower().replace(" ", "").replace("'", ""))])
@gen("ip")
def _(c):
    r = c.rng
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254)),
                     "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254)),
                     "%d.%d.%d.%d" % (r.randint(23, 210), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))])
@gen("ipv6")
def _(c):
    r = c.rng
    return "2001:db8:%x:%x::%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))
@gen("cc")
def _(c):
    r = c.rng
    k = r.choice(["visa", "mc", "amex", "visa"])
    if k == "amex":
        s = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        s += luhn_digit(s)
        return r.choice(["%s %s %s", "%s-%s-%s"]) % (s[:4], s[4:10], s[10:])
    s = ("4" if k == "visa" else str(r.randint(51, 55))) + "".join(str(r.randint(0, 9)) for _ in range(14 if k == "visa" else 13))
    s += luhn_digit(s)
    return r.choice(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s"]) % (s[:4], s[4:8], s[8:12], s[12:])
@gen("age")
def _(c): return str(c.stash(("_age", c.curkey), lambda: c.rng.randint(90, 104)))
@gen("agew")
def _(c):
    c.tags.add("evasion"); return age_words(c.rng.randint(90, 104))
@gen("tel")
def _(c):
    d = c.stash(("_digits", c.curkey), lambda: _digits10(c.rng))
    return "+1" + d
@gen("tellbl")
def _(c):
    d = c.stash(("_digits", c.curkey), lambda: _digits10(c.rng))
    return _fmt_phone(c.rng, d, c.rng.choice(["paren", "dash", "dot"]))


# addresses of individuals
def _street(r):
    return "%d %s %s" % (r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 4999)]),
                         r.choice(STREETS), r.choice(STYPES))
def _town(c):
    return c.stash(("_town", c.curkey), lambda: c.rng.choice(TOWNS))
@gen("street")
def _(c): return _street(c.rng)
@gen("town")
def _(c): return _town(c)[0]
@gen("zip")
def _(c): return _town(c)[2]
@gen("zip4")
def _(c): return "%s-%04d" % (_town(c)[2], c.rng.randint(1, 9999))
@gen("addr")
def _(c):
    r = c.rng; t, st, z = _town(c)
    s = _street(r)
    if r.random() < 0.3:
        s += r.choice([" Apt %d" % r.randint(1, 40), " Unit %d%s" % (r.randint(1, 9), r.choice("ABC")), " #%d" % r.randint(1, 30)])
    return r.choice(["%s, %s %s %s", "%s, %s, %s %s", "%s %s %s %s"]) % (s, t, st, z)
@gen("pobox")
def _(c):
    t, st, z = _town(c)
    return "PO Box %d, %s %s %s" % (c.rng.randint(10, 2999), t, st, z)


# ---------------------------------------------------------------- unlabelled fillers
def _np(c):
    return Person(c.rng)
@gen("staff")
def _(c):
    p = _np(c); return "%s %s" % (p.first, p.last)
@gen("sfirst")
def _(c): return _np(c).first
@gen("slast")
def _(c): return _np(c).last
@gen("doc")
def _(c): return "Dr. " + _np(c).last
@gen("docfull")
def _(c):
    p = _np(c); return "Dr. %s %s" % (p.first, p.last)
@gen("exec")
def _(c):
    p = _np(c); return "%s %s" % (p.first, p.last)
@gen("etitle")
def _(c): return c.rng.choice(EXEC_TITLES)
@gen("vendor")
def _(c): return c.rng.choice(VENDORS)
@gen("site")
def _(c): return c.rng.choice(SITES)
@gen("Site")
def _(c):
    s = c.rng.choice(SITES); return s[0].upper() + s[1:]
@gen("facaddr")
def _(c): return c.rng.choice(FAC_ADDR)
@gen("unit")
def _(c): return c.rng.choice(UNITS)
@gen("role")
def _(c): return c.rng.choice(ROLES)
@gen("room")
def _(c):
    r = c.rng
    return r.choice(["Rm %d" % r.randint(100, 4800), "B-%d" % r.randint(101, 180), "Conf Rm %d%s" % (r.randint(1, 6), r.choice("ABC")),
                     "the Ash Room", "the Birch conference room", "room %d" % r.randint(100, 999), "Suite %d" % r.randint(100, 450)])
@gen("ext")
def _(c): return "x%d" % c.rng.randint(2000, 7999)
@gen("money")
def _(c):
    r = c.rng
    return r.choice(["$%d" % r.randint(20, 900), "$%s" % format(r.randint(1000, 250000), ","), "$%d.%02d" % (r.randint(5, 300), r.randint(0, 99)),
                     "$%dk" % r.randint(5, 400)])
@gen("smallmoney")
def _(c): return "$%d" % c.rng.choice([22, 35, 48, 55, 65, 78, 85, 95, 110, 125, 140, 185, 210])
@gen("bigmoney")
def _(c): return "$%s" % format(c.rng.randint(8, 400) * 500, ",")
@gen("zoomurl")
def _(c): return "https://tcmedgroup.zoom.us/j/%d" % c.rng.randint(8 * 10 ** 9, 10 ** 10 - 1)
@gen("n")
def _(c): return str(c.rng.randint(2, 60))
@gen("bign")
def _(c): return format(c.rng.randint(120, 9500), ",")
@gen("pct")
def _(c): return "%d%%" % c.rng.randint(41, 99)
@gen("ticket")
def _(c):
    r = c.rng
    return r.choice(["INC%07d" % r.randint(0, 9999999), "REQ%07d" % r.randint(0, 9999999), "RITM%07d" % r.randint(0, 9999999),
                     "DEL-%d" % r.randint(100, 9999), "HRSD-%d" % r.randint(1000, 99999), "CHG%07d" % r.randint(0, 9999999)])
@gen("po")
def _(c): return c.rng.choice(["PO 45%08d", "PO# 45%08d", "PO-45%08d"]) % c.rng.randint(0, 99999999)
@gen("invoice")
def _(c): return c.rng.choice(["INV-%05d", "invoice %06d", "inv #%07d"]) % c.rng.randint(0, 999999)
@gen("version")
def _(c):
    r = c.rng
    return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20)),
                     "build %d.%d.%d.%d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(0, 3), r.randint(0, 9)),
                     "%d.%d" % (r.randint(6, 11), r.randint(0, 9)), "release %d.%d.%d" % (r.randint(20, 25), r.randint(1, 4), r.randint(0, 9))])
@gen("npi")
def _(c): return "1%09d" % c.rng.randint(0, 999999999)
@gen("cpt")
def _(c): return c.rng.choice(["86580", "86480", "90686", "90715", "86706", "80305", "99455", "90471", "86765", "71046"])
@gen("icd")
def _(c): return c.rng.choice(["Z11.1", "W46.0XXA", "Z57.8", "Z02.1", "Z23", "Z20.5", "R76.11", "S61.219A", "M54.50", "Z02.83"])
@gen("pol")
def _(c):
    r = c.rng
    return r.choice(["EH-%03d" % r.randint(1, 120), "HR-%d" % r.randint(100, 450), "IC-%02d" % r.randint(1, 60),
                     "policy %d.%d" % (r.randint(1, 20), r.randint(1, 15)), "OHS-%d" % r.randint(10, 99)])
@gen("costc")
def _(c): return c.rng.choice(["CC 4410", "cost center 7721", "CC# 60315", "dept 8850", "CC 5120-22"])
@gen("grp")
def _(c): return c.rng.choice(["group 0071123", "grp # 4410091", "group no. 88123-00", "group 77300"])
@gen("zoom")
def _(c):
    r = c.rng
    return "%03d %04d %04d" % (r.randint(800, 999), r.randint(0, 9999), r.randint(0, 9999))
@gen("uid")
def _(c):
    r = c.rng
    return "<@U%s>" % "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
@gen("emoji")
def _(c): return c.rng.choice([":thumbsup:", ":pray:", ":white_check_mark:", "🙏", "👍", ":eyes:", "😬", ":syringe:", "✅", ":sweat_smile:"])
@gen("intranet")
def _(c):
    return c.rng.choice(["https://intranet.tcmedgroup.org/eh/bbp-exposure", "https://intranet.tcmedgroup.org/hr/leave-policies",
                         "https://tcmedgroup.zoom.us/j/91234567890", "https://www.cdc.gov/tb/testing",
                         "https://intranet.tcmedgroup.org/eh/flu-2025", "https://www.osha.gov/bloodborne-pathogens",
                         "https://tcmedgroup.sharepoint.com/sites/EmployeeHealth/Forms", "https://www.mass.gov/dfml"])
@gen("course")
def _(c): return c.rng.choice(["BBP refresher", "N95 fit-test training", "TB annual module", "Safe Patient Handling",
                               "workplace violence de-escalation", "HIPAA annual", "sharps safety", "respirator medical eval"])
@gen("shots")
def _(c): return c.rng.choice(["flu", "Tdap", "Hep B", "MMR", "varicella", "COVID booster", "hep B series dose 2"])
@gen("n95")
def _(c): return c.rng.choice(["3M 1870+", "3M 8210", "Halyard Fluidshield", "3M Aura 9205+", "Moldex 1512", "Honeywell DC365"])
@gen("lot")
def _(c):
    r = c.rng
    return r.choice(["U%04dAA", "%dK%03d" % (r.randint(1, 9), r.randint(0, 999)), "EH%05d", "AC52B%03dA"]).replace("%04d", "%04d" % r.randint(0, 9999)).replace("%05d", "%05d" % r.randint(0, 99999)).replace("%03d", "%03d" % r.randint(0, 999))
@gen("last4")
def _(c): return "%04d" % c.rng.randint(1, 9999)
@gen("mm")
def _(c): return str(c.rng.choice([0, 0, 0, 2, 5, 8, 10, 11, 12, 14, 15, 18]))
import datetime as _dt
def _base_date(c):
    def mk():
        y, m, d = rng_date(c.rng)
        return _dt.date(y, m, d), c.rng.choice(["md", "md", "mon_d", "mdy2", "iso", "month_d"])
    return c.stash(("_dt", c.curkey), mk)
@gen("dbase")
def _(c):
    d, s = _base_date(c); return fmt_date(c.rng, d.year, d.month, d.day, s)
@gen("dnext")            # 2-3 days after dbase with the same key, same style
def _(c):
    d, s = _base_date(c); d2 = d + _dt.timedelta(days=c.rng.choice([2, 3]))
    return fmt_date(c.rng, d2.year, d2.month, d2.day, s)
@gen("dlater")           # 2-12 weeks after dbase with the same key
def _(c):
    d, s = _base_date(c); d2 = d + _dt.timedelta(weeks=c.rng.randint(2, 12))
    return fmt_date(c.rng, d2.year, d2.month, d2.day, s)


# ---------------------------------------------------------------- templates
TEMPLATES = []
def P(tags, text): TEMPLATES.append(("p", tags.split(), text))
def H(tags, text): TEMPLATES.append(("h", tags.split(), text))
def C(tags, text): TEMPLATES.append(("c", tags.split(), text))
# ---- PHI: exposures, needle-sticks, TB, vaccines
P("needle-stick", "{N:full} ({role}, {unit}) had a needlestick at 0340 — source pt MRN {M:mrn}. Sent to ED for baseline labs. can someone from EH call {him} at {P:phone}?")
P("needle-stick", "BBP exposure report for {N:fmi}, DOI {D:date}. Source: {N:full@s}, MRN {M:mrn}. Source labs drawn, employee baseline HBsAb pending.")
P("needle-stick", "hey can you pull the source pt labs for {N:first}'s stick? MR# {M:mrn}")
P("needle-stick", "quick q - {N:llast} from {unit} got splashed in the eye during a trauma, source unknown. does {she} need the PEP consult or just baseline labs")
P("needle-stick table", "*Exposure log – this week*\n| Date | Employee | Type | Source MRN |\n|---|---|---|---|\n| {D:sdate} | {N:full@a} | needlestick | {M:mrn} |\n| {D:sdate} | {N:full@b} | splash | {M:mrn} |\n| {D:sdate} | {N:full@c} | scalpel | unknown |")
P("needle-stick forwarded", "---------- Forwarded message ---------\nFrom: {N:full} <{E:pemail}>\nSubject: stick injury\n\nHi, I was stuck by a used butterfly tonight on {unit}, I filled out the Midas report already. My cell is {P:phone}. Thanks")
P("needle-stick", "{uid} PEP started on {N:full} at 0210, ED doc was {doc}. f/u in EH {D:sdate} for the 2-wk labs")
P("needle-stick", "{N:full} – 6 wk post-exposure HCV RNA neg, 12 wk draw due {D:sdate}. pls put on the tickler :white_check_mark:")
P("needle-stick", "Source patient refused testing. Name {N:invc@s}, DOB {D:dob}, chart # {M:mrn}. Can we get consent through the attending?")
P("needle-stick escalation", "URGENT: {N:full} stuck w/ hollow-bore from a known HIV+ source ({N:last@s}, MRN {M:mrn}). Needs PEP within 2 hrs. {She} is in {room} now.")
P("needle-stick typo", "exposre f/u for {N:full} is overdue - {she} was supposed to come in {D:sdate}. cant reach {him} at {P:phone}")
P("needle-stick", "Stick on {unit} tonight. Employee: {N:nickfull}. Source: {N:fmi@s} (rm {n}), MR {M:mrn}. I drew the rapid HIV, neg.")
P("tb", "TB read: {N:full} placed {D:dbase@t}, read {D:dnext@t} — 0 mm. Cleared for annual.")
P("tb", "{N:last}'s PPD came back 14mm. {She} had BCG as a kid. ordering QFT (86480) — can you enter it? EH chart {M:mrn}")
P("tb", "QuantiFERON positive for new hire {N:full}, DOB {D:dob}. CXR ordered at {site}. Hold start until cleared.")
P("tb typo lc", "did anyone read {N:lfull}s tb test?? placed {D:sdate}, its past 72hrs now")
P("tb", "Annual TB symptom questionnaire flagged for {N:fmi} — night sweats + cough x3 wks. Pulling {him} off {unit} pending CXR.")
P("tb", "TB list for {unit}:\n• {N:full@a} – due {D:sdate}\n• {N:full@b} – overdue\n• {N:full@c} – done {D:sdate}")
P("tb", "2-step for {N:full}: step 1 read {D:sdate} (0 mm), step 2 placed today. {She} works nights so read at 2300 pls")
P("tb", "Latent TB tx: {N:full} started rifampin {D:date}, 4 mo course. LFTs monthly, next {D:sdate}.")
P("vaccine", "{N:full} declined flu vaccine — religious exemption form on file, signed {D:date}.")
P("vaccine", "Hep B surface Ab <10 for {N:full} after the 2nd series. Non-responder — needs HBsAg and counseling. MRN {M:mrn}")
P("vaccine", "pls document Tdap for {N:invc}, given {D:sdate}, lot {lot}, L deltoid")
P("vaccine", "{N:full} ({P:phone}) wants {her} MMR titers sent to {her} nursing school, their fax is {P:phone}")
P("vaccine", "varicella IgG equivocal - {N:full}, DOB {D:dob}. repeat or just give 2 doses?")
P("vaccine", "COVID booster clinic: {N:first} from {unit} had a vasovagal after the shot, observed 30 min, back to work. documenting in {N:last}'s EH chart {M:mrn}.")
P("vaccine", "Can't find immunization records for {N:fmi} (DOB {D:dob}). {She} lives in {R:town} now but had {her} childhood shots overseas. Checking MIIS anyway.")
P("vaccine", "*Flu exemption review* :syringe:\n1. {N:full@a} — medical (egg anaphylaxis), letter from PCP dated {D:sdate}\n2. {N:full@b} — religious\n3. {N:full@c} — declined, no form yet")
P("vaccine lc", "{N:lfirst} in {unit} had hives after the flu shot this am, gave benadryl, {she} is fine. lot {lot}. who files the VAERS?")
P("vaccine", "Per {doc}, {N:full} may receive dose 3 of Heplisav on or after {D:sdate}. Please schedule.")
# ---- PHI: fit for duty, RTW, workers' comp
P("rtw", "RTW note for {N:full}: cleared full duty {D:sdate} per {doc}. No restrictions.")
P("rtw", "{N:last} can come back {D:sdate} with restrictions — no lifting >20 lb x 2 wks. {Her} manager is {staff}, pls let them know")
P("ffd", "FFD eval scheduled for {N:fmi} on {D:date} at 9am at {site}. {She} knows to bring the PCP notes.")
P("bot rtw", "@EHbot move my 3pm RTW check-in with {N:full} to {D:sdate}")
P("rtw", "can someone call back {N:full} re {her} light duty paperwork? {P:phone}. {She}'s left 2 vm already")
P("rtw", "Light duty for {N:first} ends {D:sdate}. If ortho doesn't extend, {she} goes back to 12s on {unit}.")
P("ffd formal", "Good afternoon,\n\nPlease be advised that {N:full} has been evaluated by Employee Health and is not fit for duty pending further evaluation. Anticipated re-evaluation date: {D:ldate}.\n\nRegards,\nEmployee Health")
P("rtw lc", "rtw for {N:lfull} is on hold, the note from urgent care says {D:sdate} but no restrictions listed. need a real one")
P("ffd", "{uid} FYI {N:nick} ({N:full}) is cleared to return {D:sdate}, still no patient lifts. {She}'ll be in orientation w/ {sfirst}.")
P("ffd", "Post-offer physical for {N:full} — BP 168/102 twice. Deferred clearance, asked {him} to see PCP before {D:sdate}.")
P("rtw table", "RTW this week:\n```\n{N:invc@a}    {unit}    {D:sdate@x}  full duty\n{N:invc@b}    {unit}    {D:sdate@y}  modified\n```")
P("ffd", "Respirator medical eval: {N:full} (DOB {D:dob}) – asthma, FEV1 fine. OK for N95 fit test.")
P("ffd", "{N:full} failed {her} fit test on the {n95} and the {n95}. {She}'s got a beard for religious reasons — PAPR only. chart {M:mrn}")
P("wc", "WC claim for {N:full} opened with Sedgwick — claim # {H:claim}. DOI {D:date}, R wrist. Adjuster is {staff}, {P:pext}.")
P("wc structured", "First report of injury\nEmployee: {N:inv}\nSSN: {S:ssn}\nDOB: {D:dob}\nHome: {R:addr}\nDOI: {D:ldate}\nDescription: slipped on wet floor outside {unit}")
P("wc", "Sedgwick needs {N:first}'s claim number on the bill - it's {H:claim}, not the group #. Thanks!")
P("wc lc", "wc update: {N:llast} claim {H:claim} denied, adjuster says not work related. {she} is appealing")
P("wc", "The adjuster ({E:vemail}) is asking for {N:full}'s PT notes from {D:sdate} and {D:sdate}.")
P("wc", "WC claim #s for the {unit} back injuries: {H:claim} ({N:last@a}), {H:claim} ({N:last@b}) and {H:claim} ({N:last@c}).")
P("wc", "{N:full} says CVS won't fill {her} WC meds. claim {H:claim}, carrier {vendor}. can you call them at {P:phone}?")
P("wc", "Parking garage incident {D:sdate}: {N:full} ({role}) struck by a car backing out, plate {V:plate}. Seen in the ED. Security report {ticket}.")
P("wc", "TPA wants the VIN for {N:first}'s mileage claim (WC PT visits). {She} sent {V:vin} — weird ask but ok")
P("wc escalation", "{N:full} is threatening to get a lawyer over the WC delay. Claim {H:claim}, injured {D:date}. Can we escalate with {vendor}?")
P("wc", "Reminder: {N:full}'s IME is {D:sdate} at {mtime}. Claim {H:claim}. {She} needs a ride, lives in {R:town}.")
P("wc", "back injury - {N:full}, pt transfer in {unit} on {D:sdate}. ortho appt {D:sdate}. out of work until then")
P("wc", "Adjuster for {N:invc} is {staff} at The Hartford, {P:phone}, {E:vemail}. claim no. {H:claim}")
P("wc forwarded", "Fwd from {vendor}:\n> Re: Claimant {N:upfull}, Claim {H:claim}, DOI {D:ldate}\n> We have not received the Form 101. Please fax to {P:phone}.")
P("wc typo", "{N:full} cliam number is {H:claim} pls update Cority, the old one {H:claim} was a dupliacte")
P("wc", "Workplace violence: {N:full} ({role}) was punched by a pt in {unit}. Pt {N:full@s}, MRN {M:mrn}. Police report filed. WC claim to follow.")
P("wc", "Sharps injury + WC: employee {N:fmi}, SSN {S:ssn}, DOI {D:ldate}. Source MRN {M:mrn}. Claim not yet assigned.")
P("wc", "Mailing the WC check stub to {N:full} at {R:addr} — it bounced from the old address")
P("wc", "{N:first} moved - new address {R:addr}. update for the WC checks pls")
P("wc", "WC check returned - address was {R:street@h} but {she} lives in {R:town@h} now, ZIP {R:zip@h}. {N:full}, claim {H:claim}")
P("wc bot", "hey bot remind me {wday} to call {N:full} about the WC nurse case manager, {her} number is {P:phone}")
# ---- PHI: leave paperwork
P("leave", "FMLA cert for {N:full} received — surgery {D:date}, expected RTW {D:date}. Intermittent after that.")
P("leave age", "{N:full} is requesting FMLA to care for {her} {parent@r}, {N:full@r}, who is {A:age} and just went on hospice.")
P("leave", "leave packet for {N:fmi} – home address on file is {R:addr}, is that current? mailing the designation notice today")
P("leave", "Can you update {N:first}'s leave? {She} called from {P:phone}, baby arrived {D:sdate}, so bonding leave starts now :tada:")
P("leave", "Unum says they're missing the APS for {N:full}; leave started {D:sdate}. Can you nudge {doc}'s office? They're in our Andover practice.")
P("leave bot", "remind me to call {N:full}'s {spouse@r} {N:first@r} about the leave forms, {P:phone}, after 5")
P("leave", "FMLA tracker\n- {N:full@a}: continuous, {D:dbase@x} – {D:dlater@x}\n- {N:full@b}: intermittent, migraines, up to 2x/mo\n- {N:full@c}: caring for {her@c} {parent@d}, age {A:age}")
P("leave age", "bereavement + FMLA for {N:full} — {her} {parent@r}, {N:full@r}, passed {D:date} at {A:age}. Be gentle when you call.")
P("leave", "Send the FMLA designation to {N:first}'s PO box, {R:pobox}. {She} doesn't get mail at the house.")
P("leave lc", "{N:lfull} wants to know if {her} intermittent fmla covers {her} {child@r}'s chemo days. {child@r} is {N:lfirst@r}, tx every other {wday}")
P("leave", "MA PFML: {N:full} ({N:nick}) — DFML application ID is with HR, medical cert from {docfull} (our ortho group) dated {D:ldate}. Leave {D:dbase@k} to {D:dlater@k}.")
P("leave", "Re: {N:full} – ADA accommodation request (stool at the nurses' station, no 12s). Diagnosis not needed in the file, just the functional limits. Note dated {D:sdate}.")
P("leave escalation", "{N:full} has exhausted FMLA as of {D:sdate} and still isn't cleared. HR needs to talk about the ADA interactive process before {mdate}.")
P("leave", "*Leave return list*\n• {N:full@a} – {D:sdate@p}\n• {N:full@b} – {D:sdate@q}\n• {N:full@c} – TBD (waiting on ortho)")
P("leave", "{N:full}'s STD claim through Unum was approved, benefits start {D:sdate}. {She} asked us to text {P:phone} not call")
# ---- PHI: drug screens
P("drug-screen", "Pre-placement drug screen for {N:full} came back non-negative, MRO review pending. DL on file: {L:dl}.")
P("drug-screen", "Reasonable suspicion: {unit} manager wants {N:full} tested today. Chain of custody started, collector is {staff}.")
P("drug-screen", "{N:last} — post-accident drug test negative (collected {D:sdate}). ok to close.")
P("drug-screen", "MRO called re {N:fmi}: valid Rx, result reported negative. DOB {D:dob}, SSN last 4 {last4}.")
P("drug-screen lc", "random drug screen list this wk: {N:lfull@a}, {N:lfull@b}, {N:lfull@c}. dont share")
P("drug-screen", "{N:first} showed up for {her} pre-employment screen without ID. {She} read me {her} license # over the phone: {L:dl}. Can we accept that?")
P("drug-screen", "Dilute specimen for {N:full} ({D:sdate}). Recollect observed per {pol}. {Her} cell {P:phone}")
P("drug-screen", "For-cause testing results\n{N:invc@a} – negative\n{N:invc@b} – refused (counts as positive)\n{N:invc@c} – pending MRO")
P("drug-screen", "Pharmacist {N:full} self-reported diversion concerns; DEA {L:dea}. Board notified. Please do NOT discuss outside EH/Pharmacy leadership.")
P("drug-screen credentialing", "{N:full}'s nursing license {L:rnlic} is flagged for the SUD monitoring program; EH needs the random screen results by {mdate}.")
# ---- PHI: staff who are patients / VIP
P("vip", "Heads up — {N:full}, one of our {unit} RNs, was admitted last night to 6 North. No lookups in Epic unless you're on the care team. MRN {M:mrn}")
P("vip", "{hon} {N:last} from patient access is in our ED as a patient, DOB {D:dob}. {Her} manager keeps asking for updates — we can't share.")
P("vip", "Our {etitle} asked me how {N:full} is doing after {her} surgery on {D:sdate}. I said I can't discuss. Was that right? :sweat_smile:")
P("vip", "privacy alert: 14 accesses to {N:full}'s chart (MRN {M:mrn}) by {unit} staff since {her} admission {D:sdate}. {She} is an employee.")
P("vip lc", "fyi {N:lfull} (ed tech) delivered {D:sdate}, baby girl, both fine. {she} asked us not to post it in the unit chat")
P("vip", "{N:full}, RN — {her} own MRN is {M:mrn} and {her} EH chart is {M:mrn}. Don't mix them up when you scan the titer.")
P("vip", "The ED nurse who coded in the parking lot was {N:full}. {She}'s in the CVICU, stable. EH is coordinating with {her} {spouse@r}, {N:first@r}.")
# ---- PHI: relatives
P("relative", "Got a voicemail from {N:full@r}, {N:first}'s {spouse@r}, saying {N:first} is still out with the fracture. Call back {P:phone}.")
P("relative", "{N:first}'s {parent@r}, {N:full@r}, {A:age}, fell at home last night; {N:first} needs the week off. Leave paperwork started.")
P("relative", "Emergency contact for {N:full} is {her} {spouse@r} {N:full@r}, {P:phone}. {N:first} was sent to the ED from {unit} with chest pain.")
P("relative", "{N:full} called asking whether {her} {child@r}, {N:first@r} (DOB {D:kiddob}), can get the Hep B series at our employee clinic. We only do staff — referring out.")
P("relative", "Visitor {N:full@v} (pt {N:full@s}'s {spouse@v}) fainted in the lobby, our security officer {staff} responded. {N:last@v} declined ED eval.")
# ---- PHI: devices
P("device", "{N:full} has an insulin pump (Tandem t:slim, SN {X:dev}) — ok to wear in the OR? needs a note for fit-for-duty")
P("device", "MRI safety screening: tech {N:fmi} has a pacemaker, serial {X:pacer}. Can't work in zone IV.")
P("device", "{N:first}'s Dexcom serial is {X:cgm}, {she} needs an accommodation to keep {her} phone on {unit} for the alerts")
P("device", "hearing aid SN {X:dev} for {N:full} ({role}) — replacement via WC claim {H:claim} after the alarm incident")
P("device", "Device on the FFD form: UDI {X:udi} (insulin pump) — employee {N:full}")
P("device lc", "{N:lfull} left {her} cgm reader in the break room, serial {X:cgm}. it's in the EH office")
# ---- PHI: contact details, links, identifiers
P("email", "Send {N:full}'s clearance letter to {her} personal email {E:pemail} — {she} doesn't check Outlook while on leave.")
P("email slack", "<mailto:{E:pemail@e}|{E:pemail@e}> is the email {N:first} gave for the WC portal. {She} wants updates there.")
P("url", "{N:full}'s case page: <{U:caseurl}|case link> — do not forward outside EH")
P("url", "Link to {N:first}'s immunization record: {U:caseurl} (needs VPN)")
P("url", "{N:full} posted an update on {her} recovery page {U:caseurl} – the unit wants to send flowers, is it ok to share the link?")
P("ip", "The Cority kiosk at {I:ip} printed {N:full}'s TB form to the wrong floor. Can IT lock it down?")
P("ip", "Badge reader at {I:ip} and the EH printer at {I:ip} both down again, {ticket}. Fit testing backing up.")
P("ip", "Audit flag: someone at {I:ip} opened {N:full}'s EH chart ({M:mrn}) 4x on {mdate}. not anyone in our dept")
P("ip", "Cority API calls from {I:ipv6} failing after the {version} upgrade — vendor needs the source IP whitelisted")
P("credit-card", "HR p-card for the flu clinic supplies: {K:cc} exp 09/27. Use it for the Medline order {po}.")
P("credit-card", "{N:full} paid for {her} titer at the outside lab with card {K:cc} — can WC reimburse {him}?")
P("credit-card", "card on the Concentra invoice is {K:cc}, they charged twice. {invoice}, {money}")
P("account", "Direct deposit change for {staff}: routing {routing}, acct {C:bank}. Please confirm by phone, not email.")
P("account", "{N:full}'s ED visit from the stick got billed to {her} personal insurance. HAR {C:har} — needs to be moved to WC.")
P("account", "guarantor acct {C:gacct} ({N:invc}) has a balance for the pre-employment physical, should've been comped")
P("account", "HAR {C:har} and {C:har} are both {N:first}'s WC visits, PFS wants the claim # on both: {H:claim}")
P("credentialing", "License verification for new hire {staff}: RN lic {L:rnlic}, exp {mdate}. Primary source verified.")
P("credentialing", "DEA {L:dea} for {docfull} is on the renewal list, expires end of {month}")
P("drug-screen", "{N:full} — pre-employment drug screen collected, ID checked: MA DL {L:dl}")
P("ssn evasion", "{N:first} gave {her} SSN as {S:ssnobf} on the WC form, can you verify against Workday?")
P("ssn evasion", "SSN is {S:ssnobf} for {N:full} (claim {H:claim})")
P("ssn", "pls don't post SSNs here :face_palm: — deleting {N:first}'s ({S:ssn}) from the thread, use the secure form")
P("ssn", "Sedgwick rejected the FROI: SSN {S:ssn} doesn't match the DOB {D:dob} for {N:invc}. Typo on our end?")
P("age", "Our longest-serving volunteer, {N:full}, is {A:age} and wants a flu shot at the volunteer table at {site} — ok? {She} has {her} own Medicare card, MBI {H:mbi}.")
P("age evasion", "{N:full} (gift shop volunteer, {A:agew} years young!) got {her} TB test today. Read {D:sdate}.")
P("age", "{N:first}'s {parent@r} is {A:age@g} and lives with {him@a} in {R:town}; that's the FMLA reason. {N:full@r}, DOB {D:olddob@g}.")
P("address", "{N:full} lives in {R:town} and wants the flu clinic closer to home, asked if {site} does walk-ins")
P("address", "Home visit for the WC nurse: {N:full}, {R:addr}. Gate code is on the claim notes.")
P("address", "ZIP on {N:first}'s WC form is {R:zip4} but Sedgwick has {R:zip}. Which is right?")
P("health-plan", "{N:full} — BCBS member ID {H:member}, {grp}. {She} wants to use insurance instead of WC for the f/u.")
P("health-plan", "Medicaid ID {H:medicaid} for {N:first}'s {child@r} {N:first@r} — adding it to the EAP referral")
P("health-plan", "For the titer bill: subscriber {N:full}, member # {H:member}. Payer is Tufts. {grp} is the employer group.")
P("health-plan lc", "mbi for {N:lfull} is {H:mbi}, {she}'s a retired nurse doing per diem, medicare primary")
P("evasion phone", "pls call {N:first} back at {P:pobf} about {her} titer results")
P("evasion", "ssn {S:ssnobf} dob {D:dobc} name {N:lfull}")
P("evasion", "{N:full}'s cell: {P:pobf} — {she} asked for a call not a text re the positive QFT")
P("evasion email", "{N:first} says {her} email is {E:eobf}, send the RTW letter there")
P("slack", "*EH intake* — {N:full}\n> `MRN {M:mrn}` · DOB {D:dob}\n> reason: post-exposure f/u")
P("slack phone", "{uid} can you call {N:full} at <tel:{P:tel@t}|{P:tellbl@t}> re: positive QFT")
P("terse", "{N:last} {M:mrn} RTW {D:sdate}")
P("terse lc", "stick - {N:lfull} - {unit} - src mrn {M:mrn}")
P("list", "Merge request: EH charts {M:mrn} and {M:mrn} are both {N:full}. Which one is primary?")
P("list", "MRN {M:mrn}, {M:mrn}, {M:mrn} — the three source pts for this week's sticks. Labs all neg.")
P("bot", "@assistant book a 20-min slot with Employee Health for {N:full} on {D:sdate} for the 2-step TB read")
P("bot", "Hey bot, text {N:first} at {P:phone} that {her} titer is back and {she}'s cleared")
P("bot", "can someone call back {hon} {N:last} at {P:pext}? {She}'s asking about {her} WC check")
P("business", "New {vendor} account rep is {staff}, direct {P:phone}, {E:vemail}.")
P("business", "Employee Health fax is {P:phone} and the intake inbox is {E:dept_email} — pls update the onboarding packet")
P("business", "New Concentra contact for post-offer physicals: <mailto:{E:vemail@m}|{E:vemail@m}>, cell {P:phone}")
P("business", "Our occ med doc {docfull} can be reached at {P:pext} for RTW questions — not for patients, just managers")
# ---- PHI: assorted voices
P("chatty", "omg so {N:first} from {unit} finally came in for {her} hep B titer after like 6 reminders lol. drew it today, results by {D:sdate} :pray:")
P("chatty", "ok so update on {N:full}: ortho says torn meniscus from the fall on {D:sdate}, surgery is {D:sdate}. {She}'s bummed but ok")
P("chatty typo", "soooo {N:last} came in w/ a rash on both hands, prob the new gloves? sent {him} to derm, appt {D:sdate}. latex allergy form on file since {D:ldate}")
P("formal", "Dear {hon} {N:last},\n\nThis confirms your return to work on {D:ldate} with the following restriction: no lifting over 15 lb for 4 weeks.\n\nEmployee Health Services, {ext}")
P("formal", "To: {staff}, Nurse Manager\nRe: {N:full}\n\n{N:first} was seen in Employee Health on {D:ldate} and may return to modified duty. Please contact EH at {ext} with questions.")
P("formal", "Per our conversation, {N:fmi} will be placed on a paid administrative leave effective {mdate} pending the outcome of the post-accident drug screen collected {D:ldate}.")
P("terse", "{N:last} - QFT neg - cleared")
P("terse", "need DOB for {N:full} to release the titers — {she} says {D:dob}, Workday says {D:dob}")
P("terse", "{N:full} / {M:mrn} / fit test pass {n95}")
P("terse lc", "pt {N:lfull} dob {D:dob} mrn {M:mrn} — stick source. labs?")
P("typo", "pleae call {N:first} at {P:phone} abt the neddle stick folow up, I'm off tmrw")
P("typo", "{N:full} recieved hep b #2 on {D:sdate}, #3 due in 4 mths. documnted in Cority")
P("typo lc", "can u check if {N:llast} got the tdap? {she} says yes but nothin in the chart ({M:mrn})")
P("abbrev", "EE {N:full} s/p L shoulder sx {D:sdate}, RTW mod duty {D:sdate}, f/u ortho {D:sdate}. NTE 10 lb.")
P("abbrev", "{N:full} (pt, not EE) – src for {N:full@b}'s BBFE. HIV/HCV/HBsAg sent. Rm {n}")
P("multiline", "Good morning team,\nA few EH items:\n1) {N:full@a} – titers back, immune\n2) {N:full@b} – needs 2nd MMR by {D:sdate}\n3) Fit testing moved to {room}\nThanks!")
P("multiline", "Exposure FU due this week:\n\n- {N:full@a} ({D:sdate@p}) – 6 wk\n- {N:full@b} ({D:sdate@q}) – 12 wk\n- {N:full@c} ({D:sdate@z}) – 6 mo, last one!")
P("table", "| Employee | Test | Result |\n|---|---|---|\n| {N:invc@a} | QFT | neg |\n| {N:invc@b} | HBsAb | {n} mIU/mL |\n| {N:invc@c} | Varicella IgG | pos |")
P("table", "Name,DOB,MRN,Vaccine\n{N:full@a},{D:dob@d1},{M:mrn},Flu\n{N:full@b},{D:dob@d2},{M:mrn},Tdap")
P("forwarded", "> From: {N:full} <{E:pemail}>\n> I won't make my TB read tomorrow, my {child@r} is sick. Can I come {D:sdate} instead?\n\ncan we extend the read window? no, right?")
P("forwarded", "Begin forwarded message:\nFrom: {staff} (Sedgwick)\nClaimant: {N:full}\nClaim: {H:claim}\nDOI: {D:ldate}\nStatus: indemnity approved")
P("forwarded", "FW: note from the PCP\n\"{N:full}, DOB {D:dob}, is under my care for a back strain and may return to full duty on {D:sdate}.\" — {docfull}, TCMG Internal Medicine")
P("bot", "@EHbot what's the QFT status for {N:full}? DOB {D:dob}")
P("bot", "bot: schedule {N:full} for hep B dose 2 on or after {D:sdate} and text {him} at {P:phone}")
P("bot", "Assistant, please draft a letter to {N:full} at {R:addr} about the missed TB read")
P("bot", "@assistant can you move my 2pm with {staff} and put {N:full}'s RTW eval ({D:sdate}) on my calendar instead")
P("bot", "/remind me in 6 weeks to check {N:full}'s HCV RNA — exposure was {D:sdate}")
P("hard name", "{N:last} is in the lobby for {her} drug screen, can someone grab {him}? I'm with {N:first@b}'s fit test")
P("hard name", "Hope {N:full} feels better soon — {she} called out from the hep B reaction. Also will you chart {her} lot # {lot}?")
P("hard name", "is {N:first} ok? saw {him} in the ED bay this morning with a boot on. (asking as EH, need the WC report)")
P("hard name lc", "{N:lfirst} from the lab dropped off {her} fmla paperwork, {she} goes out {D:sdate}")
P("hard name", "Our {etitle} is the patient this time: {N:full} was seen in EH {D:sdate} for a BBP exposure in the ED. Keep it tight.")
P("hard name", "{N:full} (pharmacy) is both the employee and the source patient for the stick on {unit} — {she} was admitted as a pt the same day. MRN {M:mrn}.")
P("hard name", "{N:full@a} and {N:full@b} both need PPDs read {D:sdate}, same shift.")
P("hard name", "Grant {N:full} access to the EH portal? no wait — {she}'s the patient here, {her} own chart. {U:caseurl}")
P("hard name", "{hon} {N:last} (EVS) cut {her} hand on a sharps container {D:sdate}. Source unknown, the container was overfilled — {ticket} opened for EVS.")
P("slack", "{uid} :rotating_light: *Stick* — {N:full}, {unit}. Source MRN `{M:mrn}`. Call me {P:phone}")
P("slack", "• *Employee:* {N:full}\n• *DOI:* {D:ldate}\n• *Claim:* `{H:claim}`\n• *Adjuster:* {staff}")
P("slack", "~{N:full}~ {N:full@b} is the one who needs the N95 re-fit, sorry. {N:first@b}'s EH chart {M:mrn}")
P("emoji", "{N:first} got {her} last hep B shot today 🎉 titer in 1–2 months ({D:sdate} or so)")
P("emoji", "😬 {N:full} fainted during the QFT draw, {she}'s ok, juice + crackers. {room}")
P("", "{N:full}'s MRN is {M:mrn} and phone {P:pobf}")
P("", "ＳＳＮ {S:ssnfw} — {N:full}, please remove this from the channel after you copy it")
P("initials", "{N:init} (night {role}) — QFT indeterminate x2. Sending to ID clinic, appt {D:sdate}. Don't put it on the unit board.")
P("nickname", "The employee is {N:full}, goes by \"{N:nick}\" — badge says {N:nick}, Cority says {N:first}. Titer is under {N:invc}.")
P("nickname lc", "{N:nick} from {unit} ({N:lfull}) needs {her} N95 re-fit after the dental surgery, chart {M:mrn}")
P("upper", "RE: {N:upfull} — DOI {D:ldate} — CLAIM {H:claim} — STATUS: RTW MODIFIED DUTY {D:sdate}")
P("list", "Titers still missing for: {N:last@a}, {N:last@b}, {N:last@c}, {N:last@d}. All {unit}. Due {mdate} or they come off the schedule.")
P("relative", "{N:full@r} (emergency contact, {spouse@r}) is in the EH waiting room for {N:first}'s discharge paperwork. Cell {P:phone}.")
P("address", "{N:first} asked us to mail the hep B reminder to {her} {parent@r}'s place — {R:addr}. {She}'s staying there after the surgery.")
P("wc", "Form 101 for {N:full}: home {R:addr}; phone {P:phone}; DOB {D:dob}; employer TCMG; DOI {D:ldate}.")
P("date", "Exposure date correction for {N:full}: it was {D:dbase@x}, not {D:dnext@x}. Fix the 6-wk draw accordingly.")
P("vip", "{hon} {N:full} (board member's {child@a}, also a per diem RN here) had {her} pre-placement QFT today. Treat like any other EE.")
# ---- CLEAN, hard negatives: staff / execs / vendors in business context
H("exec-name", "{exec} ({etitle}) will open the flu clinic kickoff on {mdate} at {mtime} in {room}. Please have the banner up by then.")
H("exec-name calendar", "Can you move my {mtime} with {exec} to {mdate}? Their EA said {wday} works better.")
H("staff", "{staff} is covering the EH front desk {wday} while {sfirst} is at the OSHA conference.")
H("staff", "Welcome {full@w} to the Employee Health team! {first@w} joins us as an occ health RN at {site} :tada:")
H("staff calendar", "Interview panel for the EH coordinator role: {staff}, {staff} and me. Slots {mdate} {mtime} or {mdate} {mtime}, {room}.")
H("staff", "Dr. {last@d} is our new occ med physician starting {mdate}. {She@d} will do RTW evals Tue/Thu afternoons.")
H("staff", "Shoutout to {sfirst} and {sfirst} for running 412 flu shots in two days at {site}! :syringe: :tada:")
H("staff", "Please route all leave questions to {staff} in HR Benefits, {ext}. I'm out {dbase@o} through {dnext@o}.")
H("vendor", "{vendor}'s rep {staff} is coming {mdate} to demo the new fit-test kit. Lunch in {room}, 12 people max.")
H("vendor", "Met with {staff} from {vendor} about the TPA renewal — pricing is up {pct}. Contract ends {mdate}.")
H("vendor money", "{vendor} {invoice} for {bigmoney} is for the annual titer panel contract, not individual employees. OK to approve under {costc}.")
H("po", "PO for the N95 re-order: {po}, {n} cases of {n95}, {money}. Ship to {facaddr}, attn Employee Health.")
H("facility-address", "The new EH clinic opens at {facaddr} on {mdate}. Main line is the operator, ask for {ext}.")
H("facility-address zip-like", "Reminder: post-offer physicals for {site} are now at {facaddr}, 2nd floor, {room}.")
H("facility-address", "Parking for the fit test event: use the garage at {facaddr}, level 3. Validation at the desk.")
H("ext", "New extensions: EH front desk {ext}, fit testing {ext}, workers' comp line {ext}. Old {ext} is retired.")
H("ext", "if anyone calls the main EH line looking for TB results, transfer to {ext} — don't take messages")
H("calendar", "Annual TB testing window is {dbase@w} – {dlater@w}. Managers get the compliance list every {wday}.")
H("calendar", "Flu clinic schedule:\n• {mdate}: {site}, {mtime}–4pm\n• {mdate}: {site}, 7am–{mtime}\n• {mdate}: {site}, night shift 11pm–1am")
H("calendar deadline", "FMLA policy refresh is due to Legal by {mdate}; effective date {mdate}. Comments on the draft by {wday}, please.")
H("calendar", "Open enrollment closes {mdate}. Benefits fair in {room} on {mdate} from {mtime}.")
H("ticket", "Cority is throwing a 500 on the immunization tab again, I opened {ticket}. {staff} from IT is looking at it.")
H("ticket version", "Cority {version} upgrade is scheduled {mdate} {mtime}; ticket {ticket}. Expect 2 hrs downtime, use paper forms.")
H("version", "Workday {version} moved the leave request button. New screenshots are on https://intranet.tcmedgroup.org/hr/workday-tips")
H("npi", "{docfull}, NPI {npi}, is our ordering provider for the titer standing orders.")
H("cpt icd", "Billing Q: for employee titers we bill {cpt}, and for a needlestick eval use {icd} + W46.0XXA. Nothing goes to the employee's insurance.")
H("icd", "Coding reminder: {icd} is for encounters for screening; don't use it for the exposure visits.")
H("cpt money", "Concentra charges {smallmoney} per {cpt} and {smallmoney} per {cpt}; we're renegotiating in {quarter}.")
H("hipaa", "HIPAA reminder: employee health records are separate from the personnel file. Don't attach QFT results to Workday tickets.")
H("mrn-topic", "Cority only accepts 10-digit MRNs, so the 7-digit ones from the old system need two leading zeros… {n} records failed the import.")
H("ssn-topic", "Sedgwick's new intake form no longer asks for the full SSN, just employee ID. Finally.")
H("ssn-topic", "Pls stop putting SSNs in Teams chats. Use the secure upload on the EH SharePoint: https://tcmedgroup.sharepoint.com/sites/EmployeeHealth/SecureUpload")
H("age-aggregate", "Flu stats: {bign} employees vaccinated, {pct} compliance. {n} volunteers 90+ got the high-dose vaccine.")
H("age-aggregate", "Our volunteer corps: {n} people, {n} of them over 80 and 2 over 90. Fit testing not required for them.")
H("duration", "Reminder that PEP is a 28-day course and the follow-up schedule is 6 wk / 12 wk / 6 mo. 90-day supply is NOT standard.")
H("money", "WC costs for {quarter}: {money} medical, {money} indemnity, {n} open claims. Down from {year}.")
H("money", "Budget ask: {bigmoney} for a second QFT analyzer, {bigmoney} for fit-test hoods. Presenting to {exec} on {mdate}.")
H("group", "Our BCBS {grp} is the employer group number — it's on every card, not patient-specific.")
H("card", "The EH p-card ending 4417 expires 09/27; {staff} is ordering the replacement.")
H("zoom", "Zoom for the leave committee: {zoomurl} (meeting ID {zoom}). {mdate} at {mtime}.")
H("url", "Updated BBP exposure flowchart: https://intranet.tcmedgroup.org/eh/bbp-exposure — please print for your units.")
H("site", "Highest TB compliance this quarter: {site} at {pct}. Lowest is {site}; {staff} is following up with managers.")
H("site", "We're moving the Haverhill walk-in hours to {wday} mornings. Lowell stays the same.")
H("room", "Fit testing will be in {room} on {mdate}, not {room}. Bring your badge.")
H("bot calendar", "@assistant move my {mtime} with {staff} to {mdate} and add {sfirst} to the invite")
H("bot calendar", "@EHbot book {room} for the flu clinic huddle {mdate} {mtime}, 30 min, invite {staff} and {staff}")
H("bot", "can someone call back the Concentra billing office re: {invoice}? their number is on the invoice, ask for {sfirst}")
H("bot", "hey bot, what's the EH policy on fit-test frequency? link {pol} pls")
H("policy", "{pol} (Bloodborne Pathogen Exposure Control) was updated {mdate}. Key change: source testing consent language.")
H("policy", "Per {pol}, managers must report injuries within 24 hours. {n} late reports last month.")
H("name-word", "I hope the new TB reminders will cut the overdue list in half. Fingers crossed.")
H("name-word", "Will you mark the flu clinic as done on the board? And page me if the vaccine fridge alarms.")
H("name-word", "The grant for the safe patient handling lifts came through — {bigmoney}! Thanks to {staff} for writing it.")
H("name-word", "We need to chase the managers who haven't signed the Q-sheet. Rose Garden room is booked for the sit-down.")
H("name-word", "Bill the Concentra physicals to {costc}, not to EH. Mark the PO as received.")
H("name-word", "In good faith we extended the TB deadline to {mdate}. Hope that's the last extension.")
H("name-word", "WC costs rose {pct} year over year; the grant didn't cover it. Will bring it to {exec}.")
H("name-word", "Chase Bank is the new payroll bank as of {mdate}; direct deposit forms are on https://intranet.tcmedgroup.org/hr/payroll")
H("name-word", "Can you page {doc} for the RTW standing orders? Will need a signature on page 3.")
H("name-word lowercase", "will do! i'll mark it on the grant page and bill it out by friday. hope that's ok")
H("name-word", "Page 4 of the FMLA packet has the wrong fax cover. Will fix and re-post on the SharePoint.")
H("staff", "{staff} (payroll) needs the EH overtime hours by {mdate}. {staff} and {staff} worked the flu clinic OT.")
H("staff", "Congrats to {staff} on passing the COHN-S exam! :tada:")
H("staff", "{sfirst}, can you cover the fit-test table {wday} {mtime}? {sfirst} swapped with me.")
H("staff", "FYI {staff} is the new HR business partner for {unit} and {unit}. Loop {sfirst} in on any ADA interactive meetings going forward.")
H("staff", "Reminder to {uid} and {uid}: the EH huddle moved to {mtime} {wday}.")
H("exec-name", "{exec} asked for a one-pager on needle-stick trends by {mdate}: counts by unit, no names.")
H("exec-name", "{exec} and {exec} approved the new leave tracker. Go-live {mdate}.")
H("ticket", "Badge access for the new EH nurse is {ticket}; {staff} approved it {mdate}.")
H("ticket", "INC for the EH printer jam: {ticket}. Also {ticket} for the Cority slowness.")
H("hipaa", "Board portal deck for {quarter} includes EH metrics only in aggregate — {n} exposures, {n} WC claims. No identifiers.")
H("npi", "Concentra's site director is {docfull} (NPI {npi}). They want our standing order letter on letterhead.")
H("zip-like", "The courier picks up QFT tubes at 2pm from {facaddr}. Label the cooler 'EH – {wday}'.")
H("staff", "{sfirst} said the Sedgwick webinar is {mdate} at {mtime}. {sfirst} and {sfirst} are registered.")
H("vendor", "{vendor} is sending {staff} for the on-site drug screen collections starting {mdate}. {sfirst} will need a desk in {room}.")
H("calendar", "RTW committee: {mdate}, {mtime}, {room}. Agenda: light-duty pool, {pol} revisions.")
# ---- CLEAN, ordinary
C("process", "What's the current guidance on TB testing for travel nurses — do we accept a QFT from the agency if it's within {n} days?")
C("process", "Do we still do 2-step PPDs for new hires or just a single QFT? {Site} is asking.")
C("process", "Quick poll: should the flu clinic run through {month} this year? :thumbsup: / :thumbsdown:")
C("process", "Is the PEP starter kit in the ED Pyxis or in pharmacy? Someone on {unit} asked.")
C("process", "how long do we keep exposure logs? 30 yrs + duration of employment right? per OSHA")
C("process", "Reminder: all needlesticks go through the ED after hours, EH during business hours. Call {ext} first.")
C("process", "Managers: light-duty requests need the restrictions form, not a PCP note on a prescription pad. Form is on https://intranet.tcmedgroup.org/eh/forms/restrictions-{n}")
C("process", "Does anyone know if the new Hep B vaccine is a 2-dose or 3-dose series? Pharmacy switched brands.")
C("process lowercase", "do we need a new fit test if someone switches from the {n95} to the {n95}? i think yes")
C("process", "Who signs off on modified duty for nights? I thought it was the house sup but {unit} says EH.")
C("stats", "TB compliance by unit is up: {unit} {pct}, {unit} {pct}, {unit} {pct}. Overall {pct}.")
C("stats", "{n} needlesticks this quarter, down from {n}. Most were with suture needles in {unit}.")
C("stats", "Fit testing: {bign} done, {n} failures on the {n95}, all re-fit on another model.")
C("stats", "We closed {n} WC claims last month and opened {n}. Average lost days {n}.")
C("reminder", "Flu vaccine declination forms are due by {mdate}. Please remind your teams :syringe:")
C("reminder", "Don't forget the EH lunch-and-learn on safe patient handling, {wday} {mtime}, {room}.")
C("reminder", "The vaccine fridge in {room} is reading 9°C — pharmacy is on the way, don't use anything until they clear it.")
C("reminder", "Heads up: QFT tubes must reach the lab within 16 hours. The {mtime} courier is the last one on {wday}.")
C("reminder", "Annual {course} is live in the LMS; due {mdate}.")
C("chatter", "anyone else's Cority super slow today? :sweat_smile:")
C("chatter", "coffee run at {mtime}? I'm buying, it's been a week")
C("chatter", "That {course} training was actually good? who knew")
C("chatter", "thanks all for covering {wday}, the flu clinic line was out the door :pray:")
C("chatter lowercase", "lol the label printer is possessed again. printing everything twice")
C("chatter", "Is the EH team going to the holiday party {mdate}? Need a headcount by {wday}.")
C("supplies", "We're low on TB syringes and the PPD vials — ordered {n} boxes. Should be here {wday}.")
C("supplies", "Need {n} more fit-test hoods and a bitrex kit. Can we use the {costc} budget?")
C("supplies", "Sharps containers in {room} are full. EVS ticket {ticket} in.")
C("supplies", "Flu vaccine allotment: {bign} doses quadrivalent, {n} high-dose. Stored in the fridge at {site}.")
C("it", "Cority {version} is out: new bulk upload for titers, fixed the duplicate reminders bug.")
C("it", "VPN is down at {site}, IT says back by {mtime}. Paper forms until then.")
C("it", "Teams channel for EH is now private; ask {uid} to be added.")
C("it", "The kiosk in the EH lobby rebooted itself again. Ticket {ticket}.")
C("policy", "Draft of the new light-duty policy is up for comment until {mdate}: https://tcmedgroup.sharepoint.com/sites/EmployeeHealth/Drafts")
C("policy", "OSHA 300 log for {year} has to be posted Feb 1 – Apr 30. {n} recordables.")
C("policy", "Updated CDC guidance on annual TB testing: no more routine annual testing for most HCWs unless exposure. We're reviewing for {quarter}.")
C("policy", "Reminder that EH can't share test results with managers — only fit/unfit status and restrictions. See {pol}.")
C("hr", "Open reqs: {n} RN, {n} CNA, {n} EVS for {site}. Pre-placement physicals will pick up next month.")
C("hr", "Payroll cutoff moved to {wday} {mtime} because of the holiday.")
C("hr", "HR Benefits town hall recording ({month}) is on https://intranet.tcmedgroup.org/hr/benefits. Covers the new PFML top-up.")
C("hr", "New hire orientation is every other {wday}. EH needs {n} minutes on the agenda for TB/fit testing.")
C("hr", "Performance reviews for EH staff are due {mdate}. Self-evals first.")
C("hr lowercase", "reminder the hr office is closed {wday} for the move to {room}")
C("multiline", "EH weekly:\n- {n} new hires cleared\n- {n} exposures\n- {n} RTW evals\n- fit testing {pct} done\nThanks team!")
C("multiline", "Agenda for {wday}:\n1. flu clinic debrief\n2. Cority {version}\n3. staffing for {month}\n4. open floor")
C("table", "| Site | Flu % | TB % |\n|---|---|---|\n| Lowell | {pct} | {pct} |\n| Andover | {pct} | {pct} |\n| Nashua | {pct} | {pct} |")
C("slack", "*PSA:* the `{n95}` is backordered until {month}. Use the `{n95}` for new fit tests.")
C("slack", "> can EH do walk-in titers?\nyes, {wday} and {wday} {mtime}–noon at {site}")
C("bot", "@assistant summarize this week's EH channel for me, skip the flu clinic threads")
C("bot", "@EHbot how many fit tests are scheduled for {mdate}?")
C("bot", "/remind #employee-health to submit flu numbers every {wday} at {mtime}")
C("bot", "@assistant draft a reminder to managers about the {course} deadline on {mdate}")
C("bot", "hey bot, cancel my {mtime} and tell everyone I'm at the flu clinic")
C("emoji", "Flu clinic day 1 done ✅ {bign} shots 🎉")
C("emoji", "vaccine fridge is back in range 🙏 crisis averted")
C("typo", "does anyone no if the {course} modul is mandatory for per diems? the LMS says optinal")
C("typo", "teh QFT courier was late agian, {n} tubes might be rejected :(")
C("question", "Where do we document a declined hep B series — Cority or the paper form? Both?")
C("question", "Do travelers get their fit test from us or the agency? {vendor} says us.")
C("question", "Is there a template letter for 'cleared with restrictions'? I keep rewriting it.")
C("question", "What's the lead time for a new N95 model to be added to the fit-test list? {n} weeks?")
C("question", "Are we still doing the {shots} clinic in {month}, or is pharmacy taking it over?")
C("forwarded", "FW: from the {vendor} newsletter — 'New state reporting rules for workplace injuries take effect {mdate}.' worth a look")
C("formal", "Dear colleagues,\n\nThe Employee Health office will be closed on {mdate} for staff training. For urgent exposures, please go to the Emergency Department.\n\nThank you.")
C("formal", "Good morning,\nPlease find attached the {quarter} Employee Health dashboard. Highlights: exposure rate down {pct}, fit-test completion {pct}.\nBest,\nEH")


# ---------------------------------------------------------------- rendering
SLOT = re.compile(r"\{(?:([A-Z]):)?([A-Za-z_0-9]+)(?:@([a-z0-9]+))?\}")
STRUCT = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID",
          "CREDIT_CARD", "IP_ADDRESS"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2705\u2764]|:[a-z_]+:")
MARKUP_RE = re.compile(r"<@U|<https?:|<mailto:|<tel:|`|\*[^*\s][^*]*\*|<#C|^\s*[-•]\s", re.M)


class Redraw(Exception):
    pass


def render(tpl, rng):
    kind, ttags, text = tpl
    nick_keys = {m.group(3) or "a" for m in SLOT.finditer(text) if m.group(2) in ("nick", "nickfull")}
    c = Ctx(rng, nick_keys)
    segs, pos = [], 0
    for m in SLOT.finditer(text):
        segs.append((text[pos:m.start()], None))
        code, g, key = m.groups()
        f = G[g]
        if f.person:
            k = key or "a"
            c.curkey = k
            val = c.stash((g, k), lambda: f(c, c.person(k)))
        else:
            c.curkey = key
            val = c.stash((g, key), lambda: f(c)) if key else f(c)
        segs.append((val, CODES[code] if code else None))
        pos = m.end()
    segs.append((text[pos:], None))
    tags = list(ttags)
    if "lc" in tags:
        tags.remove("lc")
        segs = [(s.lower(), t) for s, t in segs]
        c.tags.add("lowercase")
    full = "".join(s for s, _ in segs)
    # verify: every span value is found by a left-to-right search exactly where it was placed
    b = full.encode("utf-8")
    bpos, off, spans = 0, 0, []
    for s, t in segs:
        if t:
            v = s.encode("utf-8")
            if not s.strip() or s != s.strip():
                raise Redraw("bad value %r" % s)
            if b.find(v, bpos) != off:
                raise Redraw("misplaced %r" % s)
            spans.append({"type": t, "value": s})
            bpos = off + len(v)
        off += len(s.encode("utf-8"))
    if kind == "p" and not spans:
        raise ValueError("PHI template without spans: %r" % text)
    if kind != "p" and spans:
        raise ValueError("clean template with spans: %r" % text)
    types = {s["type"] for s in spans}
    for t, tag in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
        if t in types:
            tags.append(tag)
    if types & STRUCT:
        tags.append("structured")
    if types and types <= {"PHONE", "EMAIL"} and "business" in tags:
        tags.remove("business"); tags.append("business-contact")
    if "\n" in full:
        tags.append("multiline")
    if MARKUP_RE.search(full):
        tags.append("slack-markup")
    if EMOJI_RE.search(full):
        tags.append("emoji")
    tags.extend(sorted(c.tags))
    tags.append("phi" if spans else "clean")
    seen, out = set(), []
    for t in tags:
        if t not in seen:
            seen.add(t); out.append(t)
    return {"text": full, "spans": spans, "tags": out}


def allocate(frames, total, rng):
    """Spread `total` messages over frames; a frame without any slot can be used once only."""
    fixed = [i for i, t in enumerate(frames) if not SLOT.search(t[2])]
    var = [i for i, t in enumerate(frames) if SLOT.search(t[2])]
    counts = [0] * len(frames)
    for i in fixed:
        counts[i] = 1
    base, rem = divmod(total - len(fixed), len(var))
    for i in var:
        counts[i] = base
    for i in rng.sample(var, rem):
        counts[i] += 1
    return counts


def main():
    rng = random.Random(SEED)
    P_ = [t for t in TEMPLATES if t[0] == "p"]
    H_ = [t for t in TEMPLATES if t[0] == "h"]
    C_ = [t for t in TEMPLATES if t[0] == "c"]
    n_phi, n_clean = 385, 315
    n_hard = max(n_clean // 2 + 1, round(n_clean * len(H_) / (len(H_) + len(C_))))
    plan = []
    for frames, total in ((P_, n_phi), (H_, n_hard), (C_, n_clean - n_hard)):
        for t, k in zip(frames, allocate(frames, total, rng)):
            plan.extend([t] * k)
    rng.shuffle(plan)
    seen, items = set(), []
    for i, tpl in enumerate(plan, 1):
        for attempt in range(200):
            try:
                item = render(tpl, rng)
            except Redraw:
                continue
            if item["text"] in seen:
                continue
            break
        else:
            raise SystemExit("cannot render template: %r" % (tpl[2],))
        seen.add(item["text"])
        items.append({"id": "ii-%04d" % i, "text": item["text"], "spans": item["spans"], "tags": item["tags"]})
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "generated_ii.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    phi = sum(1 for it in items if it["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean), %d frames (%d phi, %d hard clean, %d clean)"
          % (out, len(items), phi, len(items) - phi, len(TEMPLATES), len(P_), len(H_), len(C_)))


if __name__ == "__main__":
    main()
