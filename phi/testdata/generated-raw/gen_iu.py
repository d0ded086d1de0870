#!/usr/bin/env python3
"""Generator for a PHI-labelled chat corpus (prefix iu).

Persona: patient-experience and grievance coordinator of a hospital (complaint
letters and calls, ombudsman / state agency referrals, apology letters, service
recovery gift cards, follow-up calls, surveys).

Template language (frames):
  {{TYPE:gen@key}}  -> a PHI span of TYPE produced by generator `gen`
  {gen@key}         -> plain filler text (never a span)
A key memoises a generator's value inside one message (same key -> same value);
person generators (full, first, last, ...) share one person per key; a key that
ends in "f" (e.g. "af") is a relative of the person with the base key ("a") and
shares the surname.
Standard library only; fixed seed; writes generated_iu.jsonl next to itself.
"""
import json
import os
import random
import re

SEED = 7310422
N_TOTAL, N_PHI, N_CLEAN = 700, 385, 315

# ---------------------------------------------------------------- names
# origin -> (male given, female given, surnames)
ORIGINS = {
    "hispanic": (
        ["José", "Luis", "Carlos", "Miguel", "Alejandro", "Javier", "Ernesto", "Rafael", "Jose", "Héctor"],
        ["María", "Guadalupe", "Marisol", "Yesenia", "Ana", "Lucía", "Carmen", "Rosa", "Maria", "Xiomara"],
        ["García", "Hernández", "Rodriguez", "Reyes", "Morales", "de la Cruz", "Castillo", "Vázquez",
         "Ortiz", "Gutiérrez-Soto", "Peña", "Santiago", "Del Valle"]),
    "afam": (
        ["DeShawn", "Marcus", "Terrell", "Jamal", "Darnell", "Andre", "Tyrone", "Reginald", "Malik", "Curtis"],
        ["Keisha", "LaToya", "Shanice", "Imani", "Tamika", "Ebony", "Aaliyah", "Denise", "Bernice", "Jasmine"],
        ["Washington", "Jefferson", "Jackson", "Robinson", "Coleman", "Simmons", "Battle", "Freeman",
         "Gaines", "Holloway", "McClendon", "Boykins"]),
    "wafrica": (
        ["Chukwuemeka", "Oluwaseun", "Kwame", "Kofi", "Babajide", "Ikenna", "Mamadou", "Ousmane", "Yaw"],
        ["Ngozi", "Adaeze", "Abena", "Folasade", "Chiamaka", "Aminata", "Yetunde", "Efua", "Fatoumata"],
        ["Okafor", "Adeyemi", "Mensah", "Owusu", "Nwosu", "Diallo", "Balogun", "Asante", "Okonkwo",
         "Traoré", "Boateng", "Eze"]),
    "eafrica": (
        ["Tesfaye", "Abebe", "Mohamed", "Kiprono", "Juma", "Yohannes", "Dawit", "Baraka", "Abdirahman"],
        ["Wanjiru", "Amina", "Selamawit", "Hodan", "Achieng", "Makeda", "Fartun", "Nyokabi", "Tigist"],
        ["Mwangi", "Kiplagat", "Haile", "Abdi", "Warsame", "Otieno", "Gebremedhin", "Odhiambo",
         "Kamau", "Wolde", "Hassan"]),
    "sasia": (
        ["Rajesh", "Arjun", "Vikram", "Sanjay", "Imran", "Harpreet", "Rohan", "Anil", "Venkat"],
        ["Priya", "Lakshmi", "Deepa", "Ananya", "Farzana", "Sunita", "Kavya", "Nasreen", "Gurpreet"],
        ["Patel", "Sharma", "Reddy", "Iyer", "Chowdhury", "Singh", "Gupta", "Banerjee", "Siddiqui",
         "Venkataraman", "Rahman", "Desai"]),
    "easia": (
        ["Wei", "Jian", "Hiroshi", "Takeshi", "Min-jun", "Jae-won", "Haruto", "Zhiwei", "Sung-ho"],
        ["Mei", "Xiaoling", "Yuki", "Haruka", "Ji-woo", "Soo-ah", "Lian", "Naoko", "Hyun-joo"],
        ["Chen", "Wang", "Li", "Zhang", "Tanaka", "Nakamura", "Kim", "Park", "Choi", "Liu", "Huang",
         "Yamaguchi"]),
    "seasia": (
        ["Minh", "Tuan", "Bao", "Somchai", "Rizal", "Arnel", "Thanh", "Dara", "Joselito"],
        ["Linh", "Thi Hoa", "Mai", "Malee", "Siti", "Maricel", "Jocelyn", "Sokha", "Ngoc Anh"],
        ["Nguyen", "Tran", "Pham", "Le", "Santos", "Bautista", "Srisai", "Sok", "Vongsavath",
         "dela Rosa", "Nguyễn", "Villanueva"]),
    "mideast": (
        ["Ahmed", "Omar", "Yousef", "Khalid", "Karim", "Tariq", "Reza", "Samir", "Elias"],
        ["Fatima", "Layla", "Noor", "Yasmin", "Mariam", "Rania", "Leila", "Dalia", "Shirin"],
        ["Haddad", "Al-Hashimi", "Nasser", "Khoury", "Mansour", "Farah", "Hosseini", "Abboud",
         "El-Sayed", "Saleh", "Karimi", "Bishara"]),
    "eeurope": (
        ["Tomasz", "Dmitri", "Oleksandr", "Piotr", "Vasile", "Bogdan", "Andrei", "Miroslav", "Aleksandr"],
        ["Agnieszka", "Olena", "Svetlana", "Katarzyna", "Irina", "Ludmila", "Zofia", "Milena", "Halyna"],
        ["Nowak", "Kovalenko", "Popescu", "Horvat", "Novák", "Shevchenko", "Zielinski", "Dąbrowski",
         "Morozov", "Babić", "Wiśniewski", "Kuznetsov"]),
    "irish": (
        ["Seamus", "Patrick", "Declan", "Brendan", "Cormac", "Liam", "Ciarán", "Fergus", "Eamon"],
        ["Siobhan", "Aoife", "Niamh", "Bridget", "Maeve", "Colleen", "Sinéad", "Roisin", "Margaret"],
        ["O'Neill", "O'Brien", "McCarthy", "Fitzgerald", "Kavanagh", "Doherty", "Gallagher",
         "Mac Giolla", "Donnelly", "O'Sullivan", "Mulcahy"]),
    "italian": (
        ["Giuseppe", "Salvatore", "Vincenzo", "Antonio", "Carmine", "Dominic", "Enzo", "Marco", "Angelo"],
        ["Giovanna", "Rosalia", "Concetta", "Antonella", "Francesca", "Carla", "Teresa", "Gianna", "Lucia"],
        ["Russo", "Esposito", "DiNapoli", "Ferraro", "Lombardi", "Di Stefano", "Romano", "Caruso",
         "De Luca", "Mancini", "LaRosa"]),
    "native": (
        ["Dakota", "Lorenzo", "Harlan", "Wesley", "Cody", "Ahiga", "Nakai", "Tokala"],
        ["Winona", "Aiyana", "Shandiin", "Nizhoni", "Wenona", "Leotie", "Charlene", "Tayanita"],
        ["Begay", "Yazzie", "Tsosie", "Benally", "Red Cloud", "Whitehorse", "Deschenie",
         "Silversmith", "Two Bulls", "Lonetree", "Sixkiller", "Peltier"]),
    "pacific": (
        ["Keoni", "Kalani", "Sione", "Tevita", "Mana", "Ikaika", "Pita", "Lopaka"],
        ["Leilani", "Malia", "Mele", "Kalena", "Noelani", "Losa", "Moana", "Ana"],
        ["Kealoha", "Fonoti", "Tuilagi", "Fifita", "Mahoe", "Kahananui", "Taufa", "Alapati",
         "Faleolo", "Aumua"]),
    "anglo": (
        ["Robert", "William", "Gregory", "Douglas", "Kevin", "Harold", "Chester", "Wayne", "Theodore"],
        ["Patricia", "Dorothy", "Linda", "Barbara", "Hope", "Faith", "Rose", "Heather", "Eleanor"],
        ["Van Dyke", "Thompson", "Whitaker", "Hollis", "Pruitt", "Grant", "Page", "Chase",
         "Goldberg", "Ben-David", "Papadopoulos", "von Hagen", "Schneider", "St. Pierre"]),
}
NICK = {
    "Robert": "Bobby", "William": "Billy", "Patricia": "Patty", "Giuseppe": "Pino", "Salvatore": "Sal",
    "Dorothy": "Dot", "José": "Pepe", "Jose": "Pepe", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun",
    "Alejandro": "Alex", "Guadalupe": "Lupe", "Francesca": "Frankie", "Vincenzo": "Vinny",
    "Katarzyna": "Kasia", "Aleksandr": "Sasha", "Bridget": "Bridie", "Harold": "Hal",
    "Gregory": "Greg", "Teresa": "Tess", "Concetta": "Connie", "Rosalia": "Rosie", "Dominic": "Dom",
    "Margaret": "Peggy", "Theodore": "Teddy", "Eleanor": "Nell", "Antonio": "Tony",
    "Babajide": "Jide", "Folasade": "Sade", "Elias": "Eli", "Reginald": "Reggie", "Lopaka": "Paka",
    "Joselito": "Lito", "Svetlana": "Sveta", "Dmitri": "Dima",
}
ORIGIN_KEYS = list(ORIGINS)

# towns of residence (patients) and street pieces
TOWNS = [("Methuen", "MA", "018"), ("Chelmsford", "MA", "018"), ("Tewksbury", "MA", "018"),
         ("Billerica", "MA", "018"), ("Lawrence", "MA", "018"), ("Haverhill", "MA", "018"),
         ("North Andover", "MA", "018"), ("Lynn", "MA", "019"), ("Revere", "MA", "021"),
         ("Malden", "MA", "021"), ("Brockton", "MA", "023"), ("Quincy", "MA", "021"),
         ("Fitchburg", "MA", "014"), ("Worcester", "MA", "016"), ("Framingham", "MA", "017"),
         ("Nashua", "NH", "030"), ("Pelham", "NH", "030"), ("Salem", "NH", "030"),
         ("Westford", "MA", "018"), ("Pawtucket", "RI", "028"), ("Chelsea", "MA", "021"),
         ("Everett", "MA", "021"), ("Leominster", "MA", "014"), ("Manchester", "NH", "031")]
STREETS = ["Birch Hollow Rd", "Pawtucket Blvd", "Maple St", "Riverside Dr", "Elm Terrace", "Lakeview Ave",
           "Prospect Hill Rd", "Chestnut St", "Old Canal Way", "Cedar Ln", "Washington St", "Kimball Rd",
           "Sunset Cir", "Broadway", "Bridge St", "Mammoth Rd", "Lowell St", "Hampshire St",
           "Orchard Hill Dr", "Bay State Rd", "Summer St", "Highland Ave", "Tyler Park", "Wamesit Pl"]
UNITS_APT = ["Apt 3", "Apt 2B", "Unit 14", "#2", "Apt 101", "Fl 2", "Unit C", "Apt 4L"]

# staff-side (never PHI as staff)
EXECS = [("Dana Whitfield", "CNO"), ("Richard Alvarez-Hume", "CEO"), ("Monique Baptiste", "COO"),
         ("Steven Kraus", "CMO"), ("Naomi Feldstein", "Chief Experience Officer"),
         ("Ravi Subramanian", "VP of Quality"), ("Colleen Drummond", "General Counsel"),
         ("Theo Marchetti", "CFO"), ("Adwoa Ofori-Atta", "VP Patient Care Services")]
VENDORS = ["Press Ganey", "NRC Health", "RL Datix", "Qualtrics", "Tango Card", "LanguageLine",
           "Stericycle", "Sodexo", "ABM Parking", "Cerner", "Epic", "Vocera", "Iron Mountain"]
UNITS = ["6 West", "4B", "L&D", "MICU", "7 North ortho", "5 South", "PACU", "Peds", "3 East med-surg",
         "SICU", "2 North", "8 West oncology", "4 South tele", "the step-down unit", "CCU", "5 East"]
SITES = ["Eastbrook campus", "the North Shore campus", "Riverside main", "the Andover clinic",
         "the Harbor Street outpatient center", "Merrimack Ambulatory", "the Kenwood urgent care"]
FAC_ADDR = ["1200 Harbor View Blvd, Suite 300", "88 Canal St, Suite 210", "45 Hospital Dr",
            "310 Merrimack St, 4th floor", "2 Kenwood Plaza", "700 Riverside Pkwy, Building C",
            "17 Harbor Street, Suite 5"]
AGENCIES = ["DPH", "the state LTC ombudsman", "CMS", "the Joint Commission", "the AG's Health Care Division",
            "the Office of Patient Protection", "the QIO", "the Disability Law Center", "Elder Protective Services",
            "the Board of Registration in Nursing", "the mayor's office"]
TOPICS = ["cold food", "the ED wait", "lost dentures", "a rude registrar", "a billing error", "a parking tow",
          "discharge delays", "pain not being managed", "no interpreter", "call lights not answered",
          "a lost hearing aid", "noise at night", "a surprise bill", "being discharged in a hospital gown",
          "a missed insulin dose", "the valet scratching a car", "visitor restrictions", "a dirty bathroom"]
GIFTS = ["$25 Dunkin' card", "$50 Amazon gift card", "$25 cafeteria voucher", "$40 Visa gift card",
         "$20 parking voucher", "$30 Stop & Shop card", "free parking pass", "$15 gift shop credit"]

# ---------------------------------------------------------------- engine
GEN = {}


def gen(*names):
    def deco(f):
        for n in names:
            GEN[n] = f
        return f
    return deco


class Ctx:
    def __init__(self, r, nick_keys):
        self.r = r
        self.people = {}
        self.memo = {}
        self.tags = set()
        self.nick_keys = nick_keys

    def person(self, key):
        key = key or "_%d" % len(self.people)
        if key in self.people:
            return self.people[key]
        r = self.r
        base = key[:-1] if key.endswith("f") and len(key) > 1 else None
        if base and base in self.people:
            origin = self.people[base]["origin"]
            sur = self.people[base]["sur"]
        else:
            origin = r.choice(ORIGIN_KEYS)
            sur = r.choice(ORIGINS[origin][2])
        for _ in range(200):
            g = r.choice("mf")
            given = r.choice(ORIGINS[origin][0 if g == "m" else 1])
            if key in self.nick_keys and given not in NICK:
                continue
            if base and base in self.people and given == self.people[base]["given"]:
                continue
            break
        p = {"origin": origin, "g": g, "given": given, "sur": sur,
             "mid": r.choice("ABCDEFGHJKLMNPRSTVW")}
        self.people[key] = p
        return p

    def call(self, name, key):
        if key is not None and (name, key) in self.memo:
            return self.memo[(name, key)]
        v = GEN[name](self, key)
        if key is not None:
            self.memo[(name, key)] = v
        return v


TOK = re.compile(r"\{\{([A-Z_]+):(\w+)(?:@(\w+))?\}\}|\{(\w+)(?:@(\w+))?\}")


def render(tpl, r):
    nick_keys = set(re.findall(r"nick@(\w+)", tpl))
    ctx = Ctx(r, nick_keys)
    text, spans, pos = "", [], 0
    for m in TOK.finditer(tpl):
        text += tpl[pos:m.start()]
        if m.group(1):
            v = ctx.call(m.group(2), m.group(3))
            spans.append((m.group(1), v, len(text)))
            text += v
        else:
            text += ctx.call(m.group(4), m.group(5))
        pos = m.end()
    text += tpl[pos:]
    return text, spans, ctx.tags


def spans_ok(text, spans):
    """Each value must be found by a left-to-right byte search exactly where it was written."""
    b = text.encode("utf-8")
    prev = 0
    for typ, v, cpos in spans:
        if not v or v != v.strip() or v[0] in "(*`<'\"":
            return False
        if v[-1] in ",;:!?)'\"*`>" or (v[-1] == "." and typ != "NAME"):
            return False
        vb = v.encode("utf-8")
        want = len(text[:cpos].encode("utf-8"))
        if b.find(vb, prev) != want:
            return False
        prev = want + len(vb)
    return True


def pick(ctx, seq):
    return ctx.r.choice(seq)


# ---------------------------------------------------------------- person generators
@gen("full")
def g_full(c, k):
    p = c.person(k); return "%s %s" % (p["given"], p["sur"])


@gen("first")
def g_first(c, k):
    return c.person(k)["given"]


@gen("last")
def g_last(c, k):
    return c.person(k)["sur"]


@gen("mid")
def g_mid(c, k):
    p = c.person(k); return "%s %s. %s" % (p["given"], p["mid"], p["sur"])


@gen("inv")
def g_inv(c, k):
    p = c.person(k); return "%s, %s %s" % (p["sur"].upper(), p["given"].upper(), p["mid"])


@gen("invc")
def g_invc(c, k):
    p = c.person(k); return "%s, %s" % (p["sur"], p["given"])


@gen("init")
def g_init(c, k):
    p = c.person(k); return "%s. %s" % (p["given"][0], p["sur"])


@gen("firsti")
def g_firsti(c, k):
    p = c.person(k)
    return "%s %s." % (p["given"], next((ch for ch in p["sur"] if ch.isupper()), p["sur"][0].upper()))


@gen("initials")
def g_initials(c, k):
    p = c.person(k)
    s = [w for w in re.split(r"[ \-']", p["sur"]) if w and w[0].isupper()] or [p["sur"]]
    return "%s.%s." % (p["given"][0], s[-1][0])


@gen("lfull")
def g_lfull(c, k):
    c.tags.add("lowercase"); return g_full(c, k).lower()


@gen("lfirst")
def g_lfirst(c, k):
    c.tags.add("lowercase"); return c.person(k)["given"].lower()


@gen("llast")
def g_llast(c, k):
    c.tags.add("lowercase"); return c.person(k)["sur"].lower()


@gen("ufull")
def g_ufull(c, k):
    return g_full(c, k).upper()


@gen("ulast")
def g_ulast(c, k):
    return c.person(k)["sur"].upper()


@gen("nick")
def g_nick(c, k):
    p = c.person(k); return NICK.get(p["given"], p["given"])


@gen("nickfull")
def g_nickfull(c, k):
    p = c.person(k); return "%s %s" % (NICK.get(p["given"], p["given"]), p["sur"])


# pronouns / titles / relations (fillers)
@gen("mr")
def g_mr(c, k):
    p = c.person(k)
    return "Mr." if p["g"] == "m" else pick(c, ["Ms.", "Mrs.", "Ms."])


@gen("he")
def g_he(c, k):
    return "he" if c.person(k)["g"] == "m" else "she"


@gen("He")
def g_He(c, k):
    return "He" if c.person(k)["g"] == "m" else "She"


@gen("His")
def g_His(c, k):
    return "His" if c.person(k)["g"] == "m" else "Her"


@gen("his")
def g_his(c, k):
    return "his" if c.person(k)["g"] == "m" else "her"


@gen("him")
def g_him(c, k):
    return "him" if c.person(k)["g"] == "m" else "her"


@gen("parent")
def g_parent(c, k):
    return "father" if c.person(k)["g"] == "m" else "mother"


@gen("child")
def g_child(c, k):
    return "son" if c.person(k)["g"] == "m" else "daughter"


@gen("spouse")
def g_spouse(c, k):
    return "husband" if c.person(k)["g"] == "m" else "wife"


@gen("sib")
def g_sib(c, k):
    return "brother" if c.person(k)["g"] == "m" else "sister"


@gen("rel")
def g_rel(c, k):
    m = c.person(k)["g"] == "m"
    return pick(c, ["son", "nephew", "brother", "grandson", "husband"] if m else
                ["daughter", "niece", "sister", "granddaughter", "wife"])


# ---------------------------------------------------------------- helpers
import unicodedata

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def digits(c, n, first_nonzero=True):
    s = str(c.r.randint(1, 9)) if first_nonzero else str(c.r.randint(0, 9))
    return s + "".join(str(c.r.randint(0, 9)) for _ in range(n - 1))


def ordinal(d):
    return "%d%s" % (d, "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(c, y, m, d, with_year=True, allow_short=True):
    mon = MONTHS[m - 1]
    full = ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%02d/%02d/%02d" % (m, d, y % 100),
            "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (mon, d, y), "%02d-%s-%d" % (d, mon[:3], y),
            "%d %s %d" % (d, mon, y), "%s. %d, %d" % (mon[:3], d, y), "%d-%d-%02d" % (m, d, y % 100),
            "%d.%d.%d" % (m, d, y), "%s %s, %d" % (mon[:3], ordinal(d), y)]
    short = ["%d/%d" % (m, d), "%s %s" % (mon[:3], ordinal(d)), "%s %d" % (mon, d), "%d-%s" % (d, mon[:3]),
             "%02d/%02d" % (m, d), "%s %d" % (mon[:3], d), "%s %s" % (mon, ordinal(d))]
    if with_year and (not allow_short or c.r.random() < 0.6):
        return pick(c, full)
    return pick(c, short if allow_short else full)


def rand_ymd(c, y0, y1):
    y = c.r.randint(y0, y1); m = c.r.randint(1, 12); d = c.r.randint(1, 28)
    return y, m, d


def luhn_complete(prefix, length, c):
    s = prefix + "".join(str(c.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return s + str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- value generators (span values)
@gen("dob")
def g_dob(c, k):
    y, m, d = rand_ymd(c, 1926, 2006); return fmt_date(c, y, m, d, True, False)


@gen("dobold")
def g_dobold(c, k):
    y, m, d = rand_ymd(c, 1921, 1934)
    return pick(c, ["%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d),
                    "%02d-%s-%d" % (d, MONTHS[m - 1][:3], y), "%02d/%02d/%d" % (m, d, y)])


@gen("dobc")
def g_dobc(c, k):
    y, m, d = rand_ymd(c, 1930, 2004); c.tags.add("evasion"); return "%02d%02d%d" % (m, d, y)


@gen("vdate")
def g_vdate(c, k):
    y, m, d = rand_ymd(c, 2024, 2025); return fmt_date(c, y, m, d, c.r.random() < 0.4, True)


@gen("vdatey")
def g_vdatey(c, k):
    y, m, d = rand_ymd(c, 2024, 2025); return fmt_date(c, y, m, d, True, False)


@gen("sdate")
def g_sdate(c, k):  # short date, no year
    y, m, d = rand_ymd(c, 2025, 2025); return fmt_date(c, y, m, d, False, True)


# ordered dates of one episode: d1 <= d2 <= d3 (same key -> same episode)
import datetime


def _episode(c, k):
    if ("_ep", k) not in c.memo:
        b = datetime.date(c.r.randint(2024, 2025), c.r.randint(1, 12), c.r.randint(1, 28))
        d2 = b + datetime.timedelta(days=c.r.randint(1, 9))
        d3 = d2 + datetime.timedelta(days=c.r.randint(2, 25))
        c.memo[("_ep", k)] = (b, d2, d3, c.r.random() < 0.5)
    return c.memo[("_ep", k)]


def _epfmt(c, k, i):
    ep = _episode(c, k); d = ep[i]
    return fmt_date(c, d.year, d.month, d.day, ep[3], True)


GEN["d1"] = lambda c, k: _epfmt(c, k, 0)
GEN["d2"] = lambda c, k: _epfmt(c, k, 1)
GEN["d3"] = lambda c, k: _epfmt(c, k, 2)


@gen("age90")
def g_age90(c, k):
    a = c.r.randint(90, 104)
    if c.r.random() < 0.3:
        c.tags.add("evasion")
        tens = {9: "ninety", 10: "one hundred"}
        if a < 100:
            return "ninety" + ("" if a == 90 else "-" + WORDS[a % 10])
        return "one hundred" + ("" if a == 100 else " and " + WORDS[a % 10])
    return str(a)


@gen("age90n")
def g_age90n(c, k):
    return str(c.r.randint(90, 103))


AREA = ["978", "617", "781", "508", "603", "401", "774", "339", "857", "351", "413", "207"]


def phone_digits(c, k):
    if k is not None and ("_phd", k) in c.memo:
        return c.memo[("_phd", k)]
    d = pick(c, AREA) + str(c.r.randint(2, 9)) + digits(c, 2, False) + digits(c, 4, False)
    if k is not None:
        c.memo[("_phd", k)] = d
    return d


@gen("phone")
def g_phone(c, k):
    d = phone_digits(c, k); a, e, n = d[:3], d[3:6], d[6:]
    forms = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "+1-%s-%s-%s",
             "1-%s-%s-%s", "(%s)%s-%s", "%s-%s-%s", "(%s) %s-%s"]
    return pick(c, forms) % (a, e, n)


@gen("phonep")
def g_phonep(c, k):  # plain digits
    c.tags.add("evasion"); return phone_digits(c, k)


@gen("phonex")
def g_phonex(c, k):
    return g_phone(c, None) + pick(c, [" ext. %d", " x%d", " ext %d", ", ext. %d", " extension %d"]) % c.r.randint(2, 4999)


@gen("tel")
def g_tel(c, k):
    c.tags.add("slack-markup"); return "+1" + phone_digits(c, k)


@gen("phonezw")
def g_phonezw(c, k):
    c.tags.update(["evasion", "zero-width"]); d = phone_digits(c, k)
    sep = pick(c, ["\u200b", "\u00a0", "\u200b-"])
    return d[:3] + sep + d[3:6] + sep + d[6:]


@gen("phonefw")
def g_phonefw(c, k):
    c.tags.update(["evasion", "fullwidth"]); d = phone_digits(c, k)
    return ("%s-%s-%s" % (d[:3], d[3:6], d[6:])).translate(FW)


@gen("phonesp")
def g_phonesp(c, k):
    c.tags.add("evasion"); d = phone_digits(c, k)
    w = lambda s: " ".join(WORDS[int(x)] for x in s)
    return "%s, %s, %s" % (w(d[:3]), w(d[3:6]), w(d[6:]))


@gen("phonesd")
def g_phonesd(c, k):  # spaced digits
    c.tags.add("evasion"); return " ".join(phone_digits(c, k))


MAILDOM = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "outlook.com", "icloud.com",
           "verizon.net", "aol.com", "protonmail.com", "charter.net"]
BIZDOM = ["mass.gov", "ltcombudsman.org", "jointcommission.org", "dlc-ma.org", "cms.hhs.gov",
          "hallettlaw.com", "riversideregional.org", "elderservices-mv.org", "pressganey.com",
          "nrchealth.com", "sodexo.com", "abmparking.com"]


def mail_local(c, p):
    g = re.sub(r"[^a-z]", "", ascii_fold(p["given"]).lower())
    s = re.sub(r"[^a-z]", "", ascii_fold(p["sur"]).lower())
    return pick(c, ["%s.%s" % (g, s), "%s%s%d" % (g, s, c.r.randint(1, 99)), "%s.%s" % (s, g),
                    "%s%s" % (g[0], s), "%s_%s%d" % (g, s, c.r.randint(50, 99)), "%s%s" % (g, s[0]),
                    "%s.%s%d" % (g[0], s, c.r.randint(1, 9))])


@gen("pemail")
def g_pemail(c, k):
    return "%s@%s" % (mail_local(c, c.person(k)), pick(c, MAILDOM))


@gen("email")
def g_email(c, k):
    return "%s@%s" % (mail_local(c, c.person(None)), pick(c, MAILDOM))


@gen("omb_email", "gov_email", "law_email", "bemail")
def g_bemail(c, k):
    """Business e-mail of the contact named by {colleague@k} in the same message (labelled: EMAIL is conservative)."""
    c.tags.add("business-contact")
    name = c.memo.get(("_coll", k)) or "%s %s" % staff_person(c)
    g, s = name.split(" ", 1)
    g = re.sub(r"[^a-z]", "", ascii_fold(g).lower())
    s = re.sub(r"[^a-z]", "", ascii_fold(s).lower())
    dom = c.memo.get(("_dom", k)) or pick(c, BIZDOM)
    return "%s@%s" % (pick(c, ["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s.%s" % (g[0], s)]), dom)


def _dom_gen(doms):
    def f(c, k):
        c.memo[("_dom", k)] = pick(c, doms)
        return g_bemail(c, k)
    return f


GEN["omb_email"] = _dom_gen(["ltcombudsman.org", "elderservices-mv.org", "mass.gov"])
GEN["gov_email"] = _dom_gen(["mass.gov", "state.ma.us", "dhhs.nh.gov"])
GEN["law_email"] = _dom_gen(["hallettlaw.com", "brennan-okoye.com", "mvinjurylaw.com", "fitzpatricklegal.net"])


@gen("emailobf")
def g_emailobf(c, k):
    c.tags.add("evasion")
    loc = mail_local(c, c.person(k)); dom = pick(c, MAILDOM).split(".")
    return pick(c, ["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s", "%s @ %s . %s"]) % (loc, dom[0], dom[1])


@gen("ssn")
def g_ssn(c, k):
    a = c.r.randint(1, 665); g = c.r.randint(1, 99); s = c.r.randint(1, 9999)
    f = c.r.random()
    if f < 0.5:
        return "%03d-%02d-%04d" % (a, g, s)
    if f < 0.65:
        return "%03d %02d %04d" % (a, g, s)
    c.tags.add("evasion")
    if f < 0.8:
        return "%03d%02d%04d" % (a, g, s)
    if f < 0.9:
        return "%03d.%02d-%04d" % (a, g, s)
    return " ".join("%03d%02d%04d" % (a, g, s))


@gen("ssnfw")
def g_ssnfw(c, k):
    c.tags.update(["evasion", "fullwidth"])
    return ("%03d-%02d-%04d" % (c.r.randint(1, 665), c.r.randint(1, 99), c.r.randint(1, 9999))).translate(FW)


@gen("mrn")
def g_mrn(c, k):
    f = c.r.random()
    if f < 0.55:
        return digits(c, 7)
    if f < 0.75:
        return "00" + digits(c, 6)
    if f < 0.85:
        d = digits(c, 7); return d[:3] + "-" + d[3:]
    if f < 0.93:
        return "E" + digits(c, 7, False)
    return digits(c, 8)


@gen("mrnfw")
def g_mrnfw(c, k):
    c.tags.update(["evasion", "fullwidth"]); return digits(c, 7).translate(FW)


@gen("mrnzw")
def g_mrnzw(c, k):
    c.tags.update(["evasion", "zero-width"]); d = digits(c, 7); return d[:3] + "\u200b" + d[3:]


@gen("mrnsp")
def g_mrnsp(c, k):
    c.tags.add("evasion"); d = digits(c, 7)
    return pick(c, [" ".join(d), " ".join(WORDS[int(x)] for x in d), "%s %s %s" % (d[:2], d[2:5], d[5:])])


@gen("har")
def g_har(c, k):
    return pick(c, ["4", "5", "6"]) + digits(c, 9, False)


@gen("gacct")
def g_gacct(c, k):
    return pick(c, ["G", "GT", "", ""]) + digits(c, 8)


@gen("bank")
def g_bank(c, k):
    return digits(c, c.r.randint(9, 12))


@gen("memid")
def g_memid(c, k):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = c.r.random()
    if f < 0.4:
        return "".join(pick(c, L) for _ in range(3)) + digits(c, 9, False)
    if f < 0.65:
        return pick(c, L) + digits(c, 10)
    if f < 0.8:
        return "%s%s %s %s" % (pick(c, L), pick(c, L), digits(c, 4), digits(c, 5))
    return digits(c, 9) + pick(c, ["01", "02", "A", "*01"]).replace("*", "")


@gen("mbi")
def g_mbi(c, k):
    A = "ACDEFGHJKMNPQRTUVWXY"; AN = A + "0123456789"
    s = (str(c.r.randint(1, 9)) + pick(c, A) + pick(c, AN) + str(c.r.randint(0, 9)) + pick(c, A) + pick(c, AN)
         + str(c.r.randint(0, 9)) + pick(c, A) + pick(c, A) + str(c.r.randint(0, 9)) + str(c.r.randint(0, 9)))
    return pick(c, [s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])


@gen("medicaid")
def g_medicaid(c, k):
    return "1" + digits(c, 11, False)


@gen("dl")
def g_dl(c, k):
    f = c.r.random()
    if f < 0.5:
        return "S" + digits(c, 8, False)
    if f < 0.75:
        return "%02d%s%s" % (c.r.randint(1, 12), "".join(pick(c, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(c, 5, False))
    return digits(c, 9)


@gen("rnlic")
def g_rnlic(c, k):
    return pick(c, ["RN", "RN-", "RN ", "LPN", "NP"]) + digits(c, 6 if c.r.random() < 0.4 else 7)


@gen("dea")
def g_dea(c, k):
    L = pick(c, "ABFM") + pick(c, "ABCDEFGHJKLMNPRSTUVWXYZ")
    d = [c.r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return L + "".join(map(str, d)) + str(chk)


@gen("plate")
def g_plate(c, k):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = c.r.random()
    if f < 0.35:
        return "%d%s%s %s" % (c.r.randint(1, 9), pick(c, L), pick(c, L), digits(c, 3, False))
    if f < 0.6:
        return "%d%s%d%d" % (c.r.randint(1, 9), "".join(pick(c, L) for _ in range(3)), c.r.randint(0, 9), c.r.randint(0, 9))
    if f < 0.8:
        return "%s%s%s-%s" % (pick(c, L), pick(c, L), pick(c, L), digits(c, 4, False))
    return "%d%s%s%s" % (c.r.randint(1, 9), pick(c, L), pick(c, L), digits(c, 3))


@gen("vin")
def g_vin(c, k):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(c, ["1HG", "2T1", "1FT", "5YJ", "JTD", "3VW", "1G1", "KM8", "4T1", "WBA", "1C4", "5N1"]) + \
        "".join(pick(c, A) for _ in range(6)) + pick(c, "0123456789X") + pick(c, "NPRS") + pick(c, A) + digits(c, 6, False)


@gen("hasn")
def g_hasn(c, k):  # hearing aid serial
    return pick(c, ["%s%s%s" % (digits(c, 4), pick(c, "ABCDEFGH"), digits(c, 5, False)),
                    "%s-%s" % (digits(c, 2), digits(c, 7, False)), "HA" + digits(c, 8)])


@gen("pumpsn")
def g_pumpsn(c, k):
    return pick(c, ["NG%s%s" % (digits(c, 7), pick(c, "HKM")), "PU%s" % digits(c, 8), "%s-%s" % (digits(c, 3), digits(c, 5, False))])


@gen("pacersn")
def g_pacersn(c, k):
    return pick(c, ["%s %s %s" % ("".join(pick(c, "PJNRLMTZ") for _ in range(3)), digits(c, 6), pick(c, "SGH")),
                    "%s%s" % ("".join(pick(c, "PJNRLMTZ") for _ in range(3)), digits(c, 6)), digits(c, 8)])


@gen("cgmsn")
def g_cgmsn(c, k):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(c, ["".join(pick(c, A) for _ in range(6)), "%s-%s" % ("".join(pick(c, A) for _ in range(4)), "".join(pick(c, A) for _ in range(4)))])


@gen("cpapsn")
def g_cpapsn(c, k):
    return digits(c, 11)


def slug(p, sep):
    return sep.join(re.sub(r"[^a-z]", "", ascii_fold(x).lower()) for x in (p["given"], p["sur"]))


@gen("porturl")
def g_porturl(c, k):
    return pick(c, ["https://mychart.riversideregional.org/MyChart/visit?pid=E%s" % digits(c, 8),
                    "https://portal.riversideregional.org/p/%s/summary" % digits(c, 7),
                    "https://mychart.riversideregional.org/MyChart/Billing/Details?acct=%s" % digits(c, 10),
                    "http://rrh-portal.org/patient/%s/messages" % digits(c, 7)])


@gen("cburl")
def g_cburl(c, k):
    p = c.person(k)
    return pick(c, ["https://www.caringbridge.org/visit/%s" % slug(p, ""),
                    "https://www.gofundme.com/f/help-%s-recover" % slug(p, "-"),
                    "https://www.caringbridge.org/site/%s-updates" % slug(p, "-"),
                    "https://gofund.me/%s-medical-bills" % slug(p, "")])


@gen("surveyurl")
def g_surveyurl(c, k):
    return "https://survey.pressganey.com/r/RRH?pt=%s&visit=%s" % (digits(c, 7), digits(c, 9))


@gen("ip4")
def g_ip4(c, k):
    return "%d.%d.%d.%d" % (pick(c, [24, 73, 98, 108, 174, 66, 71, 50, 209]), c.r.randint(0, 255), c.r.randint(0, 255), c.r.randint(1, 254))


@gen("ip6")
def g_ip6(c, k):
    return "2601:%x:%x:%x::%x" % (c.r.randint(0x100, 0xfff), c.r.randint(0x1000, 0xffff), c.r.randint(0x10, 0xfff), c.r.randint(1, 0xff))


def town_pick(c, k):
    if k is not None and ("_town", k) in c.memo:
        return c.memo[("_town", k)]
    t = pick(c, TOWNS)
    if k is not None:
        c.memo[("_town", k)] = t
    return t


def zip_for(c, t):
    return t[2] + "%02d" % c.r.randint(0, 99)


@gen("street")
def g_street(c, k):
    s = "%d %s" % (c.r.randint(2, 1480), pick(c, STREETS))
    if c.r.random() < 0.3:
        s += pick(c, [", ", " "]) + pick(c, UNITS_APT)
    return s


@gen("town")
def g_town(c, k):
    return town_pick(c, k)[0]


@gen("zip")
def g_zip(c, k):
    z = zip_for(c, town_pick(c, k))
    return z + ("-%04d" % c.r.randint(1, 9999) if c.r.random() < 0.3 else "")


@gen("pobox")
def g_pobox(c, k):
    return pick(c, ["PO Box %d", "P.O. Box %d", "po box %d", "Box %d"]) % c.r.randint(2, 2999)


@gen("addr")
def g_addr(c, k):
    t = town_pick(c, k)
    st = g_street(c, None)
    z = zip_for(c, t)
    return pick(c, ["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s"]) % (st, t[0], t[1], z)


@gen("addrml")
def g_addrml(c, k):
    c.tags.add("multiline")
    t = town_pick(c, k)
    return "%s\n%s, %s %s" % (g_street(c, None), t[0], t[1], zip_for(c, t))


@gen("addrlc")
def g_addrlc(c, k):
    c.tags.add("lowercase"); return g_addr(c, k).lower()


@gen("cc")
def g_cc(c, k):
    kind = c.r.random()
    if kind < 0.45:
        n = luhn_complete("4", 16, c)
    elif kind < 0.75:
        n = luhn_complete(pick(c, ["51", "52", "53", "54", "55"]), 16, c)
    elif kind < 0.9:
        n = luhn_complete(pick(c, ["34", "37"]), 15, c)
        return pick(c, ["%s %s %s", "%s-%s-%s"]) % (n[:4], n[4:10], n[10:])
    else:
        n = luhn_complete("6011", 16, c)
    f = c.r.random()
    if f < 0.5:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if f < 0.8:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    c.tags.add("evasion")
    return n


# ---------------------------------------------------------------- fillers (never spans)
def staff_person(c):
    o = pick(c, ORIGIN_KEYS); g = c.r.choice([0, 1])
    return pick(c, ORIGINS[o][g]), pick(c, ORIGINS[o][2])


def keyed(c, name, k, f):
    if k is not None and ("_" + name, k) in c.memo:
        return c.memo[("_" + name, k)]
    v = f()
    if k is not None:
        c.memo[("_" + name, k)] = v
    return v


@gen("uid")
def f_uid(c, k):
    c.tags.add("slack-markup")
    return "<@U%s>" % "".join(pick(c, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(pick(c, [8, 9, 10])))


@gen("staff")
def f_staff(c, k):  # colleague first name
    return keyed(c, "staff", k, lambda: staff_person(c)[0])


@gen("colleague")
def f_colleague(c, k):
    return keyed(c, "coll", k, lambda: "%s %s" % staff_person(c))


@gen("doc")
def f_doc(c, k):
    return keyed(c, "doc", k, lambda: "Dr. " + staff_person(c)[1])


@gen("docfull")
def f_docfull(c, k):
    return keyed(c, "docf", k, lambda: "Dr. %s %s" % staff_person(c))


@gen("nurse")
def f_nurse(c, k):
    return keyed(c, "nurse", k, lambda: pick(c, ["RN ", "nurse ", "charge nurse ", ""]) + staff_person(c)[0])


@gen("exec")
def f_exec(c, k):
    c.tags.add("exec-name")
    return keyed(c, "exec", k, lambda: pick(c, EXECS)[0])


@gen("exect")
def f_exect(c, k):
    def mk():
        n, t = pick(c, EXECS)
        return pick(c, ["%s (%s)" % (n, t), "%s %s" % (t, n)])
    c.tags.add("exec-name")
    return keyed(c, "exect", k, mk)


@gen("vendor")
def f_vendor(c, k):
    return keyed(c, "vendor", k, lambda: pick(c, VENDORS))


@gen("unit")
def f_unit(c, k):
    return keyed(c, "unit", k, lambda: pick(c, UNITS))


@gen("room")
def f_room(c, k):
    return pick(c, ["rm %d", "room %d", "Rm %d", "bed %d-B", "room %d bed 2"]) % c.r.randint(101, 988)


@gen("site")
def f_site(c, k):
    return keyed(c, "site", k, lambda: pick(c, SITES))


@gen("facaddr")
def f_facaddr(c, k):
    c.tags.add("facility-address")
    return keyed(c, "fac", k, lambda: pick(c, FAC_ADDR))


@gen("faczip")
def f_faczip(c, k):
    return pick(c, ["01852", "01840", "01960", "03060", "01701"])


@gen("ext")
def f_ext(c, k):
    c.tags.add("ext")
    return pick(c, ["x%d", "ext %d", "ext. %d", "x%d", "extension %d"]) % c.r.randint(2000, 7999)


@gen("ticket")
def f_ticket(c, k):
    c.tags.add("ticket")
    return keyed(c, "ticket", k, lambda: pick(c, ["GRV-%d-%04d" % (c.r.randint(24, 25), c.r.randint(1, 3999)),
                                                 "INC%07d" % c.r.randint(10000, 999999),
                                                 "RL-%d" % c.r.randint(10000, 99999),
                                                 "PX-%d" % c.r.randint(1000, 9999),
                                                 "CASE-%d" % c.r.randint(20000, 59999)]))


@gen("intake")
def f_intake(c, k):
    return keyed(c, "intake", k, lambda: pick(c, ["INT-%d" % c.r.randint(10000, 99999), "REF-%d" % c.r.randint(1000, 9999),
                                                 "C-%d-%04d" % (c.r.randint(24, 25), c.r.randint(100, 9999))]))


@gen("money")
def f_money(c, k):
    c.tags.add("money")
    return pick(c, ["$%d" % c.r.choice([25, 50, 75, 100, 150, 250]), "$%d.%02d" % (c.r.randint(20, 4999), c.r.randint(0, 99)),
                    "$%d,%03d.00" % (c.r.randint(1, 14), c.r.randint(0, 999))])


@gen("gift")
def f_gift(c, k):
    c.tags.add("money"); return keyed(c, "gift", k, lambda: pick(c, GIFTS))


@gen("mdate")
def f_mdate(c, k):
    c.tags.add("calendar")
    y, m, d = rand_ymd(c, 2025, 2025)
    dow = pick(c, ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Thursday"])
    return keyed(c, "mdate", k, lambda: pick(c, ["%d/%d" % (m, d), "%s %d/%d" % (dow, m, d), "%s %d" % (MONTHS[m - 1], d),
                                                "%s the %s" % (dow, ordinal(d)), "%s %s" % (MONTHS[m - 1][:3], ordinal(d))]))


@gen("time")
def f_time(c, k):
    return keyed(c, "time", k, lambda: pick(c, ["3pm", "10:30", "2:15", "9am", "noon", "4:45", "11", "1pm", "8:30am"]))


@gen("version")
def f_version(c, k):
    c.tags.add("version")
    return pick(c, ["v10.4.2", "build 2024.11.0.3", "v3.18", "version 8.2.1", "v2025.1", "rel 11.0.7"])


@gen("npi")
def f_npi(c, k):
    c.tags.add("npi"); return "1" + digits(c, 9, False)


@gen("cpt")
def f_cpt(c, k):
    c.tags.add("cpt"); return pick(c, ["99284", "99285", "71046", "93000", "36415", "99223", "97110", "G0378", "80053"])


@gen("icd")
def f_icd(c, k):
    c.tags.add("icd"); return pick(c, ["S72.001A", "R55", "I48.91", "E11.65", "N39.0", "J18.9", "W19.XXXA", "F05"])


@gen("policy")
def f_policy(c, k):
    return pick(c, ["PCS-2201", "ADM-114", "policy 7.03", "PX-GRV-01", "RI-440", "HIM-12.4"])


@gen("po")
def f_po(c, k):
    c.tags.add("po"); return pick(c, ["PO 4500%d" % c.r.randint(10000, 99999), "PO# 88-%d" % c.r.randint(1000, 9999),
                                      "invoice INV-%d" % c.r.randint(100000, 999999)])


@gen("n")
def f_n(c, k):
    return keyed(c, "n", k, lambda: str(c.r.randint(2, 48)))


@gen("nsmall")
def f_nsmall(c, k):
    return str(c.r.randint(2, 9))


@gen("nbig")
def f_nbig(c, k):
    return str(c.r.randint(20, 75))


@gen("pct")
def f_pct(c, k):
    return "%d%%" % c.r.randint(61, 94)


@gen("agelow")
def f_agelow(c, k):
    return keyed(c, "agelow", k, lambda: str(c.r.randint(19, 89)))


@gen("agency")
def f_agency(c, k):
    c.tags.add("referral"); return keyed(c, "agency", k, lambda: pick(c, AGENCIES))


@gen("topic")
def f_topic(c, k):
    return keyed(c, "topic", k, lambda: pick(c, TOPICS))


@gen("survey")
def f_survey(c, k):
    return pick(c, ["Press Ganey", "HCAHPS", "CG-CAHPS", "NRC", "ED CAHPS", "the rounding survey"])


@gen("weekday")
def f_weekday(c, k):
    return keyed(c, "wd", k, lambda: pick(c, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]))


@gen("mrnlab")
def f_mrnlab(c, k):
    return pick(c, ["MRN", "MRN:", "mrn", "MRN#", "MR#", "med rec #", "Chart #", "chart#", "MRN no.", "mrn -", "MNR", "med rec no"])


@gen("doblab")
def f_doblab(c, k):
    return pick(c, ["DOB", "DOB:", "dob", "D.O.B.", "born", "date of birth", "d.o.b", "DOB -", "bday", "birthdate"])


@gen("phlab")
def f_phlab(c, k):
    return pick(c, ["cb", "call back #", "cell", "ph:", "tel", "phone #", "mobile", "#", "cb#", "phnoe", "home ph", "c:"])


@gen("harlab")
def f_harlab(c, k):
    return pick(c, ["HAR", "acct #", "account no.", "guarantor acct", "acct", "HAR#", "acount #", "hosp acct", "billing acct"])


@gen("memlab")
def f_memlab(c, k):
    return pick(c, ["member ID", "mbr id", "subscriber #", "ID#", "member #", "memebr id", "policy #", "sub ID", "Member ID:"])


@gen("ssnlab")
def f_ssnlab(c, k):
    return pick(c, ["SSN", "SSN:", "ssn", "social", "SS#", "soc sec #", "social security no."])


@gen("emoji")
def f_emoji(c, k):
    c.tags.add("emoji"); return pick(c, ["🙏", "😬", "🙃", "✅", "👀", "😩", "🤦‍♀️", "📞", "💐", "⚠️"])


@gen("sig")
def f_sig(c, k):
    return pick(c, ["thx", "thanks!", "ty", "-- PX office", "Thank you,", "tia", "appreciate it", "cheers"])


@gen("vendorrep")
def f_vendorrep(c, k):
    return keyed(c, "vrep", k, lambda: "%s %s" % staff_person(c))


@gen("lastname")
def f_lastname(c, k):
    return keyed(c, "lastn", k, lambda: staff_person(c)[1])


@gen("year")
def f_year(c, k):
    return str(c.r.randint(2015, 2024))


@gen("role")
def f_role(c, k):
    return keyed(c, "role", k, lambda: pick(c, ["unit secretary", "PCA", "transporter", "registrar", "phlebotomist",
                                               "EVS tech", "night-shift RN", "pharmacy tech", "security officer"]))


@gen("madre")
def f_madre(c, k):
    return "padre" if c.person(k)["g"] == "m" else "madre"


@gen("last4")
def f_last4(c, k):
    return digits(c, 4, False)


@gen("addrpo")
def g_addrpo(c, k):
    t = town_pick(c, k)
    return "%s, %s, %s %s" % (g_pobox(c, None), t[0], t[1], zip_for(c, t))


# ---------------------------------------------------------------- PHI frames (tags, template)
PHI_FRAMES = [
    ("complaint", "New grievance logged: {{NAME:full@a}} ({mrnlab} {{MRN:mrn}}) says {he@a} sat on a hallway stretcher in {unit} for 9 hours on {{DATE:vdate}}. Case {ticket}."),
    ("complaint", "pt {{NAME:lfull@a}} called again abt the bill, wants a callback at {{PHONE:phone}}"),
    ("referral", "Heads up, {agency} forwarded an intake on {{NAME:inv@a}}, {doblab} {{DATE:dob}}. Intake ref {intake}. I'll draft the response."),
    ("complaint", "Quoting the letter verbatim:\n> My {parent@a} {{NAME:full@a}} is {{AGE:age90}} years old and was left sitting in a wet brief for over two hours on {unit}. Nobody answered the call light.\nSigned, {{NAME:full@af}} {{PHONE:phone}}"),
    ("complaint", "can someone call back {mr@a} {{NAME:last@a}} at {{PHONE:phone}}? {He@a}'s upset about {topic} and I'm in the {time} huddle"),
    ("", "@pxbot remind me {weekday} to do the service recovery follow-up with {{NAME:full@a}} ({{PHONE:phone}}), gift card already mailed"),
    ("complaint", "*Grievance {ticket}*\n• Patient: {{NAME:full@a}}\n• {doblab} {{DATE:dob}}\n• {mrnlab} `{{MRN:mrn}}`\n• Issue: {topic}\n• Owner: {staff}"),
    ("complaint", "{uid} fyi {{NAME:full@af}}, the {rel@af} of the pt in {room}, says the hearing aids went missing during transport. Serial on the Oticon box is {{DEVICE_ID:hasn}}."),
    ("complaint", "Lost property claim: pair of Phonak hearing aids, serials {{DEVICE_ID:hasn}} and {{DEVICE_ID:hasn}}, belonging to {{NAME:mid@a}} ({mrnlab} {{MRN:mrn}}). Admitted {{DATE:d1@e}}, discharged {{DATE:d2@e}}. Risk says reimburse up to {money}."),
    ("complaint", "{mr@a} {{NAME:last@a}} (yes, that one again) left 3 voicemails today. Number is {{PHONE:phone}}, wants {docfull} to call personally."),
    ("complaint", "the {{NAME:llast@a}} complaint is closed, letter went out {mdate}. sending the {gift} today"),
    ("referral", "Ombudsman {colleague} called about a resident of Sunrise Manor, {{NAME:full@a}}, age {{AGE:age90}}, who was discharged back to the facility on {{DATE:vdate}} without meds. Best number for the ombudsman: {{PHONE:phonex}}."),
    ("complaint", "Press Ganey comment (unedited): \"the nurse on nights was wonderful but nobody told me my {spouse@a} {{NAME:first@a}} was being moved to {unit}!! — {{NAME:full@af}}\""),
    ("complaint", "| patient | MRN | issue | status |\n|---|---|---|---|\n| {{NAME:invc@a}} | {{MRN:mrn}} | {topic} | open |\n| {{NAME:invc@b}} | {{MRN:mrn}} | {topic@2} | letter sent |"),
    ("records", "Can you pull the chart for {{NAME:last@a}} {{MRN:mrn}}? Need to confirm the ED arrival time before I call the {rel@af} back."),
    ("complaint", "MRN {{MRN:mrn}} and {{MRN:mrn}}: both filed complaints about the same transport driver on {{DATE:vdate}}. Looping in {vendor}."),
    ("complaint", "ok so {{NAME:lfirst@a}} from {unit} (our own {role}!) was a patient here last week and is now filing a grievance about {his@a} own ER visit. handle w/ care, employee health knows."),
    ("vip", "VIP heads-up: {{NAME:full@a}}, {{AGE:age90}}, {parent@a} of one of our trustees, admitted to {unit} {{DATE:vdate}}. {exect} asked for daily rounding."),
    ("complaint", "Letter draft for approval:\n\nDear {mr@a} {{NAME:last@a}},\nThank you for taking the time to share your experience during your visit on {{DATE:vdatey}}. We are sorry that {topic} made a hard day harder.\n\nSincerely,\n{colleague}\nPatient Experience"),
    ("complaint", "Apology letter came back undeliverable for {{NAME:full@a}}; we had {{ADDRESS:addr}} on file. Anyone have a newer address?"),
    ("complaint", "Family says they moved, new mailing address is\n{{ADDRESS:addrml}}\n(for {{NAME:full@a}}'s apology letter + {gift})"),
    ("complaint", "Caller: {{NAME:full@af}} ({rel@af})\nRe: {{NAME:full@a}}, {doblab} {{DATE:dob}}\nCB: {{PHONE:phone}}\nSummary: upset re {topic}; wants written response."),
    ("complaint", "Towing complaint: visitor {{NAME:full@a}} says ABM towed the car from Garage B while {he@a} was with {his@a} dad in the ED. Plate {{VEHICLE_ID:plate}}. Tow receipt was {money}."),
    ("complaint", "Valet damage claim for {{NAME:full@a}}, VIN {{VEHICLE_ID:vin}}, plate {{VEHICLE_ID:plate}}. Photos are in the RL file {ticket}."),
    ("complaint", "Billing grievance: guarantor {{NAME:full@a}}, {harlab} {{ACCOUNT_NUMBER:har}}, says {he@a} was charged twice for the {{DATE:vdate}} visit. CPT {cpt} on both lines."),
    ("complaint", "Forwarding from the web form:\n---\nName: {{NAME:full@a}}\nEmail: {{EMAIL:pemail@a}}\nPhone: {{PHONE:phone}}\nVisit date: {{DATE:vdatey}}\nComments: {topic}!!! nobody cares\nSubmitted from IP {{IP_ADDRESS:ip4}}\n---"),
    ("complaint emoji", "the complainant wrote a full card number IN the letter 🤦‍♀️ ({{CREDIT_CARD:cc}}), can someone redact before it's scanned to {vendor}? pt is {{NAME:full@a}}"),
    ("complaint", "Refund request from {{NAME:full@a}}: {money} copay, card ending {last4}. Bank acct for the ACH if the card refund fails: {{ACCOUNT_NUMBER:bank}}."),
    ("complaint", "Member ID for {{NAME:first@a}} is {{HEALTH_PLAN_ID:memid}}. BCBS says the {{DATE:vdate}} ED claim was denied as non-emergent, which is what the complaint is about."),
    ("referral", "MBI {{HEALTH_PLAN_ID:mbi}} (Medicare) for {mr@a} {{NAME:last@a}}; {he@a} disputes the observation status letter. QIO appeal filed."),
    ("", "MassHealth ID {{HEALTH_PLAN_ID:medicaid}}, pt {{NAME:full@a}}, needs a Haitian Creole interpreter for the follow-up call"),
    ("", "{{NAME:full@a}} read us {his@a} SSN over the phone ({{SSN:ssn}}) even though we said we didn't need it. Please don't put it in the RL note."),
    ("", "Family member typed {{SSN:ssnfw}} into the chat widget for {{NAME:firsti@a}}; purge from the transcript pls"),
    ("credentialing", "RN license # for the nurse named in the {{NAME:last@a}} complaint: {{LICENSE_NUMBER:rnlic}} (needed for the BORN self-report)"),
    ("escalation", "Patient's {rel@af} {{NAME:full@af}} is demanding the nurse's home address. Absolutely not. We confirmed the license is active ({{LICENSE_NUMBER:rnlic}}) and that's all."),
    ("complaint", "Pt {{NAME:full@a}} ({{AGE:age90n}} y/o) fell on {{DATE:vdate}} on {unit}. Family wants a meeting. Safety event {ticket}."),
    ("", "quick q - for the {{NAME:last@a}} family meeting {mdate} at {time}, do we invite {docfull}? pt DOB {{DATE:dob}} in case you need to look {him@a} up"),
    ("slack-markup", "The CaringBridge page the family keeps quoting: <{{URL:cburl@a}}|{{NAME:first@a}}'s page>. They posted the whole grievance there."),
    ("", "Patient says the portal link we sent showed someone else's info: {{URL:porturl}} (opened {ticket} w/ IT). Patient is {{NAME:full@a}}, {mrnlab} {{MRN:mrn}}."),
    ("", "The {survey} link for {{NAME:full@a}} is personalized ({{URL:surveyurl}}) so please don't paste it in #px-general"),
    ("escalation", "Insulin pump went home with the wrong patient?? Pump SN {{DEVICE_ID:pumpsn}} belongs to {{NAME:full@a}}, {mrnlab} {{MRN:mrn}}. {staff} is calling the other family."),
    ("complaint", "Pacemaker ID card for {{NAME:full@a}} lists serial {{DEVICE_ID:pacersn}}; family says the device clinic never sent the new card after the {{DATE:vdate}} generator change."),
    ("", "Dexcom receiver left in {room}, serial {{DEVICE_ID:cgmsn}}, name on the case says {{NAME:firsti@a}} and nothing else"),
    ("complaint", "CPAP complaint: DME swapped {{NAME:full@a}}'s machine (old SN {{DEVICE_ID:cpapsn}}) and nobody set the pressure."),
    ("structured", "{{NAME:ufull@a}} | DOB {{DATE:dob}} | {{ADDRESS:addr}} | {{PHONE:phone}}\n^ pasted from the registration banner, that's who called"),
    ("complaint", "pls mail the apology + {gift} to {{NAME:full@a}} at {{ADDRESS:street}} (that's in {{ADDRESS:town}}, not the city)"),
    ("", "{mr@a} {{NAME:last@a}} lives alone in {{ADDRESS:town}} and can't drive in for the follow-up; can we do the f/u call {{DATE:sdate}} instead?"),
    ("", "ZIP on the complaint form is {{ADDRESS:zip}} but the letter came back. pt {{NAME:full@a}}"),
    ("", "Return address on the envelope: {{ADDRESS:addrpo}}. Letter signed {{NAME:full@a}}, no phone."),
    ("escalation", "{{NAME:full@a}} (goes by {{NAME:nick@a}}) called the CEO's office directly about the wait. {exect} forwarded it to us."),
    ("", "{{NAME:nickfull@a}} on the voicemail = {{NAME:full@a}} in Epic. Same person, merge the two RL entries."),
    ("complaint", "Email from {{EMAIL:pemail@a}} (signed just {{NAME:first@a}}) about {topic}: 'I was promised a callback three times.'"),
    ("slack-markup", "Contact from the thread: <mailto:{{EMAIL:pemail@a}}|{{EMAIL:pemail@a}}>, that's {{NAME:full@a}}, the {child@a} of the pt in {unit}"),
    ("", "{{NAME:full@a}} typed {his@a} email as {{EMAIL:emailobf@a}} in the survey comments, asking for a call."),
    ("referral", "Ombudsman contact for the {{NAME:last@a}} case: {colleague@o}, {{EMAIL:omb_email@o}}, {{PHONE:phonex}}."),
    ("referral records", "DPH investigator {colleague@o} ({{EMAIL:gov_email@o}}) wants records for {{NAME:full@a}}, admitted {{DATE:d1@e}} through {{DATE:d2@e}}. HIM is pulling."),
    ("records escalation", "Attorney letter re {{NAME:full@a}}: requests all records + incident reports. Counsel is {colleague@o}, {{EMAIL:law_email@o}}, fax {{PHONE:phone}}."),
    ("", "teams msg from {staff}: 'hey the pt in {room} ({{NAME:first@a}}?) wants to talk to someone about a stolen wallet, {his@a} {rel@af} {{NAME:full@af}} is on the way in'"),
    ("complaint", "Survey comment flagged for follow-up: \"{doc} was dismissive. My name is {{NAME:full@a}}, call me {{PHONE:phone}}.\""),
    ("", "{uid} {uid} can one of you take the {{NAME:full@a}} call at {time}? I'm stuck in the {exec} meeting"),
    ("", "per {docfull}, {{NAME:lfull@a}}'s death on {{DATE:vdate}} is being reviewed at M&M before we answer the family."),
    ("complaint", "Complaint re: discharge of {{NAME:full@a}} on {{DATE:vdate}} at 2am in a taxi, {{AGE:age90}} y/o w/ dementia. {He@a} lives in {{ADDRESS:town}}. The {child@af} is livid."),
    ("", "DOB {{DATE:dobc}} / MRN {{MRN:mrn}}: that's the right {{NAME:llast@a}}, there are two in the system"),
    ("", "2 pts named {{NAME:full@a}}?? one is {{DATE:dob}}, other is {{DATE:dob}}. make sure the apology goes to the {unit} one."),
    ("", "{{NAME:full@af}} is POA for {{NAME:full@a}} and asked that all calls go to {{PHONE:phone}}, not the home line {{PHONE:phone}}."),
    ("", "Service recovery log:\n1. {{NAME:full@a}} — {gift} — mailed\n2. {{NAME:full@b}} — {gift} — handed out on unit\n3. {{NAME:full@c}} — declined"),
    ("lowercase", "gift cards this wk: {{NAME:llast@a}}, {{NAME:llast@b}}, {{NAME:llast@c}} ({gift@g} each)"),
    ("complaint", "The interpreter complaint: {{NAME:full@a}} (Vietnamese speaker) says {he@a} signed consent on {{DATE:vdate}} without an interpreter. LanguageLine log shows no call."),
    ("", "Do NOT call the home number for {{NAME:full@a}}, DV concern. Cell only, {{PHONE:phone}}, and just say 'Riverside calling'."),
    ("referral", "Fwd from {agency}:\n\"Complainant: {{NAME:full@af}}\nResident: {{NAME:full@a}} (DOB {{DATE:dob}})\nAllegation: {topic}\nIntake #: {intake}\""),
    ("lowercase", "thx for covering. recap: spoke w/ {{NAME:lfirst@a}}'s {rel@af} for 20 min, they want the ED doc to call. number {{PHONE:phonep}}"),
    ("", "The {{NAME:last@a}}s called again, they want to know why their {parent@a} was transferred on {{DATE:vdate}}."),
    ("zero-width", "{{NAME:full@a}}'s chart # {{MRN:mrnzw}} (copying from Epic added a weird space, sorry)"),
    ("", "mrn {{MRN:mrnsp}} (pt read it out digit by digit), {{NAME:full@a}}"),
    ("complaint", "can you look up the account? {{NAME:full@a}}, {harlab} {{ACCOUNT_NUMBER:har}}, says the statement shows {money} for a visit {he@a} never had"),
    ("", "guarantor is the {rel@af}, {{NAME:full@af}}, {harlab} {{ACCOUNT_NUMBER:gacct}}; patient {{NAME:first@a}} is a minor."),
    ("", "Pls scrub: the complainant pasted a card number, {{CREDIT_CARD:cc}} exp 08/27, into the email body. Patient: {{NAME:full@a}}."),
    ("", "IP {{IP_ADDRESS:ip4}} has submitted 14 complaint forms tonight, all signed {{NAME:full@a}}. Same person, or a bot?"),
    ("escalation", "The abusive messages to the PX inbox came from {{EMAIL:email}} and IP {{IP_ADDRESS:ip6}}; security wants to trespass the sender if it's the visitor, {{NAME:full@a}}."),
    ("complaint", "Translation of the letter (Spanish): \"Mi {madre@a}, {{NAME:full@a}}, de {{AGE:age90n}} años, esperó 6 horas...\" Family contact {{NAME:first@af}}, {{PHONE:phone}}."),
    ("complaint", "Handwritten letter, transcribing:\n\nTo whom it may concern, on {{DATE:vdatey}} I brought my {spouse@a} {{NAME:first@a}} to your emergency room and we waited eleven hours.\n\n{{NAME:full@af}}\n{{ADDRESS:addrml}}"),
    ("", "{{NAME:initials@a}} (pt in {room}), can't use the full name on the huddle board, but the complaint is about {topic}"),
    ("", "Callback list for tomorrow: {{NAME:init@a}} {{PHONE:phone}}, {{NAME:init@b}} {{PHONE:phone}}, {{NAME:init@c}} {{PHONE:phone}}"),
    ("", "DL # the visitor gave security: {{LICENSE_NUMBER:dl}} ({{NAME:full@a}}, {{ADDRESS:addr}})"),
    ("escalation", "Security incident: visitor {{NAME:ufull@a}} banned from {site} after yelling at {unit} staff. License plate {{VEHICLE_ID:plate}} flagged with parking."),
    ("referral", "DEA # for the prescriber in the {{NAME:last@a}} opioid complaint is {{LICENSE_NUMBER:dea}}; {agency} asked for it"),
    ("complaint", "Pharmacy complaint: {{NAME:full@a}} says CVS wouldn't fill because the Rx had the wrong DEA ({{LICENSE_NUMBER:dea}}). Discharge was {{DATE:vdate}}."),
    ("emoji", "Birthday card idea: {{NAME:full@a}} turns {{AGE:age90n}} on {{DATE:sdate}} 🎂 {he@a}'s been so gracious since the complaint was resolved"),
    ("", "employee health case: {{NAME:full@a}} (our {role} on {unit}) filed a complaint about how {his@a} own ED visit on {{DATE:vdate}} was handled by coworkers"),
]

PHI_FRAMES += [
    ("", "heads up: the complainant on {ticket} is one of ours, {{NAME:full@a}} from EVS. {He@a} was a patient on {unit} {{DATE:vdate}}. Keep it off the huddle board."),
    ("lowercase", "ack. {{NAME:lfull@a}} = the ED frequent caller. not the same person as {{NAME:lfull@b}}"),
    ("slack-markup", "*{{NAME:full@a}}* — {{AGE:age90}} — discharged {{DATE:vdate}} to {{ADDRESS:addr}} — family wants an itemized bill"),
    ("slack-markup", "`{{MRN:mrn}}` `{{MRN:mrn}}` `{{MRN:mrn}}` <- the three complaints from the same {unit} night shift"),
    ("", "Re: survey callback\nhi {staff}, the respondent {{NAME:firsti@a}} wrote \"the doctor never came back\". phone on the survey is {{PHONE:phonefw}}"),
    ("", "call {{NAME:first@a}}'s {rel@af} back at {{PHONE:phonesp}} ({he@af} spelled it out on the VM)"),
    ("structured", "{{NAME:full@a}} (DOB {{DATE:dob}}; MRN {{MRN:mrn}}; HAR {{ACCOUNT_NUMBER:har}}; {memlab} {{HEALTH_PLAN_ID:memid}}), billing complaint, please route to PFS"),
    ("referral", "state agency complaint {intake} re resident {{NAME:invc@a}}: alleges {topic} during the {{DATE:vdate}} stay"),
    ("lowercase", "ugh. {{NAME:llast@a}} again. 4th call this wk. wants to speak to {exec} personally."),
    ("", "{{NAME:full@a}} asked that we not contact {him@a} at work. Personal email only: {{EMAIL:pemail@a}}"),
    ("", "Chaplain request from the family of {{NAME:full@a}}, {{AGE:age90}}, comfort care on {unit}. Contact is {{NAME:first@af}}, the {rel@af}."),
    ("", "the pt's {rel@af} signs every email as just \"{{NAME:nick@af}}\". it's {{NAME:full@af}}, POA for {{NAME:full@a}}"),
    ("hipaa", "HIPAA-safe version for committee: 'Pt A, 90s, fell on {unit}'. Internal version: {{NAME:full@a}}, {{AGE:age90n}}, fell {{DATE:vdate}}."),
    ("emoji", "{{NAME:first@a}} is {{AGE:age90}} and sharp as a tack, wants the CEO's apology letter framed 😂"),
    ("referral", "{agency} letter: \"Re: {{NAME:ufull@a}}, Medicaid ID {{HEALTH_PLAN_ID:medicaid}}, date of service {{DATE:vdatey}}\""),
    ("", "{{NAME:full@a}} / {{NAME:full@b}} / {{NAME:full@c}}: all three called about the same statement error, {vendor} is fixing"),
    ("vip", "{exec}'s mother-in-law, {{NAME:full@a}}, was admitted {{DATE:vdate}}. VIP flag is on; no details in open channels please."),
    ("vip", "Press has called 3x asking about {{NAME:full@a}}. We confirm nothing. The reporter's cell was {{PHONE:phone}}, forwarding to comms."),
    ("complaint", "Lost dentures: {{NAME:mid@a}}, {room}, {unit}, {{DATE:vdate}}. Upper plate only. Family wants {money} reimbursement."),
    ("", "Discharge paperwork listed {{NAME:full@a}}'s address as {{ADDRESS:addr}}, but {he@a} moved to {{ADDRESS:town}} last year, which is why the bill went to collections"),
    ("lowercase", "update for {{NAME:lfull@a}}: new addr {{ADDRESS:addrlc}}, pls fix before the survey mails"),
    ("", "PO box for the {{NAME:last@a}} family: {{ADDRESS:addrpo}}"),
    ("", "can u call the {rel@af}? {{NAME:first@af}} {{PHONE:phone}}. pt is {{NAME:last@a}} in {room}. calm now but wants a plan"),
    ("", "Voicemail transcript (auto): \"hi this is {{NAME:lfull@a}} calling about my {parent@b} um my number is {{PHONE:phonesp}} thank you\""),
    ("", "{{NAME:full@a}}, {{NAME:full@b}}, and {{NAME:first@c}} (no last name given) all complained about the same night-shift tech"),
    ("complaint", "The {survey} verbatim from {{NAME:firsti@a}}: 'I am {{AGE:age90}} years old and I have never been treated so poorly.' Discharged {{DATE:vdate}}."),
    ("", "DOB on the letter ({{DATE:dob}}) doesn't match Epic ({{DATE:dob}}) for {{NAME:full@a}}. Might be the wrong {{NAME:last@a}}."),
    ("", "Pls redact: {{NAME:full@a}} emailed a photo of {his@a} driver's license ({{LICENSE_NUMBER:dl}}) and insurance card (member {{HEALTH_PLAN_ID:memid}})."),
    ("age", "Pt | age | unit\n{{NAME:init@a}} | {{AGE:age90n}} | {unit}\n{{NAME:init@b}} | {agelow} | {unit}\n(both complaints re: {topic})"),
    ("complaint", "RE: complaint from {{NAME:full@a}}\n\n> On {{DATE:vdate}} my appointment was cancelled 10 minutes before I got there, after I paid for a ride."),
    ("", "Patient Relations callback queue\n- {{NAME:full@a}} ({{PHONE:phone}}): billing\n- {{NAME:full@b}} ({{PHONE:phone}}): food\n- {{NAME:full@c}}: no phone, email {{EMAIL:pemail@c}}"),
    ("lowercase", "cb# {{PHONE:phone}} – {{NAME:lfull@a}} – re lost glasses"),
    ("", "name: {{NAME:ufull@a}}\naddr: {{ADDRESS:addr}}\nssn: {{SSN:ssn}}\n(from the collections letter {he@a} forwarded us)"),
    ("", "Can the bot draft a reply to {{EMAIL:pemail@a}}? Tone: apologetic, mention the {gift}. Sign it from {exec}."),
    ("", "@pxbot log call: {{NAME:full@a}}, {{PHONE:phone}}, 14 min, upset re {topic}, resolved w/ {gift}"),
    ("calendar", "@pxbot move my {time} with {colleague} to {weekday}. I need to call {mr@a} {{NAME:last@a}} back at {{PHONE:phone}} before then"),
    ("escalation", "{uid} see thread ^ {{NAME:full@a}}'s {rel@af} says {he@af}'ll go to the Globe if nobody calls by 5."),
    ("age", "Patient {{NAME:full@a}} ({{AGE:age90n}}) and {his@a} {spouse@af} {{NAME:first@af}} ({agelow}) are both on {unit}, please room them together if we can"),
    ("", "Survey came back w/ a handwritten note + phone: {{PHONE:phonezw}}. Sender: {{NAME:full@a}}"),
    ("records", "Patient {{NAME:full@a}} asked for copies of all grievance correspondence. MRN {{MRN:mrn}}. HIM request {ticket}."),
    ("referral calendar", "Re: {{NAME:ulast@a}}. DPH onsite {mdate}. Be ready with the timeline for the {{DATE:vdate}} fall."),
    ("", "Reminder: {{NAME:full@a}} f/u call due {{DATE:sdate}} (30-day service recovery check-in)"),
    ("", "FYI {{NAME:full@a}} passed away {{DATE:vdate}}. Please STOP the {survey} survey and any billing letters to {{ADDRESS:addr}}."),
    ("complaint", "{mr@a} {{NAME:last@a}}'s complaint (quote): 'the bill says I was seen {{DATE:vdate}} but I was in Florida'. acct {{ACCOUNT_NUMBER:har}}"),
    ("emoji", "Hi! Just closing the loop, spoke to {{NAME:first@a}} today and {he@a}'s happy with the resolution 🙂 can we close {ticket}?"),
    ("", "Need a Spanish apology letter for {{NAME:full@a}}, {{ADDRESS:addr}}. Visit was {{DATE:vdate}}. Issue: {topic}."),
    ("", "Pt's {rel@af} ({{NAME:full@af}}) left a Google review naming the nurse. Comms is handling; the patient, {{NAME:first@a}}, isn't involved."),
    ("referral", "ombudsman referral: resident {{NAME:full@a}}, {{AGE:age90}}, at Sunrise Manor. Nurse station there is {{PHONE:phone}}."),
    ("", "Medicaid # {{HEALTH_PLAN_ID:medicaid}} and MBI {{HEALTH_PLAN_ID:mbi}} both on file for {{NAME:last@a}}. dual eligible, which is why billing got messed up"),
    ("complaint", "{{NAME:full@a}} says {he@a} was told on {{DATE:vdate}} the bill would be written off. Now there's a collections notice for {money}. {harlab}: {{ACCOUNT_NUMBER:har}}"),
    ("complaint", "pt-reported incident: \"I fell in the bathroom on {{DATE:vdate}} and no one came\", {{NAME:full@a}}, {room}"),
    ("", "Guest services found a wallet. ID says {{NAME:ufull@a}}, {{ADDRESS:addr}}, DL {{LICENSE_NUMBER:dl}}. Owner is visiting someone on {unit}?"),
    ("", "Hearing aid found in the {unit} linen, serial {{DEVICE_ID:hasn}}. Matches the one reported lost by {{NAME:full@a}} on {{DATE:vdate}}!"),
    ("", "Spreadsheet row pasted:\n{{NAME:invc@a}}\t{{DATE:dob}}\t{{MRN:mrn}}\t{{PHONE:phone}}\t{topic}"),
    ("complaint", "Reply-all from the family: \"my {parent@a} {{NAME:full@a}} has been a patient at Riverside since 1985 and this is how you treat {him@a}?\""),
    ("lowercase", "just got off the phone w/ {{NAME:lfull@a}}. {he@a}'s {{AGE:age90}} (!!) and drove {him@a}self in"),
    ("", "{uid} the family of the {{AGE:age90n}}-year-old in {room} is asking for {docfull}. name is {{NAME:full@a}}"),
    ("hipaa", "Re {ticket}: attached is {{NAME:full@a}}'s signed HIPAA authorization so we can talk to {his@a} {rel@af} {{NAME:full@af}}."),
    ("complaint", "Grievance letter:\n\"Dear Patient Relations, my name is {{NAME:full@a}} and I am writing about my stay from {{DATE:d1@e}} to {{DATE:d2@e}}. I was never told what my medications were.\""),
    ("", "HR asked us to pause the complaint from {{NAME:full@a}} (employee, {role}) since it overlaps with an employee-health case"),
    ("", "Do we have a working email for {{NAME:last@a}}? Only one in Epic is {{EMAIL:pemail@a}} and it bounced"),
    ("slack-markup", "number from the family: <tel:{{PHONE:tel@p}}|{{PHONE:phone@p}}>, that's for {{NAME:first@a}}'s {rel@af}"),
    ("escalation", "Escalation: {{NAME:full@a}} threatening to go to {agency} over {topic}. Asked for {exect} by name. Pt cell {{PHONE:phone}}."),
    ("", "Visitor log says {{NAME:full@a}} visited {{NAME:full@b}} on {{DATE:vdate}}. That's the visitor who says {he@a} was assaulted in the garage."),
    ("", "Deceased pt {{NAME:full@a}}, DOD {{DATE:vdate}}. Family ({{NAME:full@af}}, {{EMAIL:pemail@af}}) wants the autopsy report and a grievance answer"),
    ("", "Follow-up note: {{NAME:full@a}} confirmed receipt of the apology letter and {gift}. Mailing addr confirmed as {{ADDRESS:addr}}."),
    ("complaint", "ED complaint: pt {{NAME:full@a}}, arrived {{DATE:vdate}} 23:40, roomed 06:15. {His@a} {spouse@af} {{NAME:first@af}} says nobody updated them."),
    ("", "{{NAME:full@a}} DOB {{DATE:dob}} says the radiology charge for CPT {cpt} duplicates one already paid."),
    ("calendar", "Family meeting notes ({mdate}):\n- present: {{NAME:full@af}} ({rel@af}), {docfull}, {staff} (SW), me\n- concern: {topic}\n- plan: {docfull@d} to call {{NAME:first@a}} directly"),
    ("", "Re the photo the family posted: the wristband shows {{NAME:ufull@a}} / {{MRN:mrn}} / {{DATE:dob}}. Asked them to take it down."),
    ("", "pt {{NAME:full@a}} (chosen name {{NAME:first@b}}, they/them), please update the letter template before it goes out"),
    ("complaint", "{{NAME:first@a}}'s {child@af} said it best: 'We came in for a hip and left with a bedsore.' Ticket {ticket}"),
]

PHI_FRAMES += [
    ("typo", "recieved a complant from {{NAME:full@a}} re: {topic}, {he@a} siad nobody explaned the dischrage meds. dob {{DATE:dob}}"),
    ("typo lowercase", "pls cal back the daugther of {{NAME:llast@a}}, she left her # as {{PHONE:phone}} thx"),
    ("typo", "Acct # {{ACCOUNT_NUMBER:har}} for {{NAME:full@a}} - pt disputs the {money} charge from {{DATE:vdate}}, says they wer never seen"),
    ("typo", "memebr id {{HEALTH_PLAN_ID:memid}}, {{NAME:full@a}}, insurnace denied the ambulance, family furious"),
    ("", "FW: FW: RE: complaint\n> From: {{NAME:full@a}} <{{EMAIL:pemail@a}}>\n> Sent: {weekday}\n> I have called four times about my {parent@b}'s bill and nobody calls back."),
    ("", "Copying the ombudsman's summary: \"{{NAME:full@a}}, {{AGE:age90}}, resident of {{ADDRESS:town}}, reports {he@a} waited 40 min for a bedpan on {{DATE:vdate}}.\""),
    ("age", "{{NAME:first@a}} (pt, {{AGE:age90}}) and {his@a} {rel@af} {{NAME:first@af}} ({agelow}) both want to be on the callback"),
    ("", "Please add to the no-survey list: {{NAME:full@a}} ({mrnlab} {{MRN:mrn}}), {{NAME:full@b}} ({mrnlab} {{MRN:mrn}}). Both asked not to be contacted."),
    ("", "Left VM for {{NAME:full@a}} at {{PHONE:phone}} and sent a letter to {{ADDRESS:addr}}. 3rd attempt, closing per {policy} if no reply."),
    ("", "The family friend who keeps calling, {{NAME:full@a}}, is NOT on {{NAME:full@b}}'s contact list. We can't share anything."),
    ("", "Heads up {uid}: {{NAME:full@a}}, who works in our {site} billing office, is also the patient on the {{DATE:vdate}} complaint. Route to {exect} not the manager."),
    ("", "The complaint letter includes {his@a} bank routing + account ({{ACCOUNT_NUMBER:bank}}) for the refund. Sender: {{NAME:full@a}}, {{ADDRESS:addr}}."),
    ("", "pt {{NAME:full@a}} wants the refund to the card on file, {{CREDIT_CARD:cc}}, not a check"),
    ("", "Discharged {{DATE:d1@e}}, readmitted {{DATE:d2@e}}, fell at home {{DATE:d3@e}}, that's {{NAME:full@a}}'s whole timeline"),
    ("", "{{NAME:full@a}}\n{{ADDRESS:addrml}}\n{{PHONE:phone}}\n^ mailing label for the certified letter"),
    ("", "{{NAME:full@a}} used the web form from {{IP_ADDRESS:ip4}} and {{IP_ADDRESS:ip4}} (home + work?). IT says both belong to {him@a}."),
    ("emoji", "{{NAME:full@a}} called to say thank you for the {gift} 💐 {he@a} said {unit} was 'the best care of {his@a} {{AGE:age90}} years'"),
    ("", "Resident {{NAME:full@a}} (DOB {{DATE:dobold}}) per the LTC ombudsman, at Sunrise Manor; complaint about the {{DATE:vdate}} ED transfer"),
    ("", "{{NAME:mid@a}} vs {{NAME:mid@b}}: the letter was addressed to the wrong one. Need to call both."),
    ("", "Survey export row: {{NAME:invc@a}}, {{EMAIL:pemail@a}}, {{ADDRESS:zip}}, 'would not recommend'. Flagged for callback."),
    ("", "Found the car: plate {{VEHICLE_ID:plate}} is in the Garage C overflow. Owner {{NAME:full@a}}, visiting {{NAME:first@b}} on {unit}."),
]

PHI_FRAMES += [
    ("", "The daughter set up {{URL:cburl@a}} and linked it in her Google review. That page has {{NAME:first@a}}'s whole hospital course on it."),
    ("", "Portal message thread for the complaint: <{{URL:porturl}}|view in MyChart>. Pt {{NAME:lfull@a}}, asked for a callback re {topic}"),
    ("ssn-topic", "The collections agency letter {{NAME:full@a}} sent us shows {his@a} full SSN ({{SSN:ssn}}), not just the last 4. Escalating to compliance."),
    ("", "{ssnlab} {{SSN:ssn}} / {{NAME:invc@a}} / {doblab} {{DATE:dob}}  <- from the faxed complaint, shred the original"),
    ("", "Corporate card used for the service recovery flowers for {{NAME:full@a}}: {{CREDIT_CARD:cc}}. Receipt to finance pls."),
    ("", "FYI {{NAME:full@a}} read a card number to the PX voicemail ({{CREDIT_CARD:cc}}) to 'pay whatever the balance is'. Deleting the VM."),
    ("structured", "Intake summary\nPatient: {{NAME:mid@a}}\nDOB: {{DATE:dob}}\nAddress: {{ADDRESS:addr}}\nInsurance: {{HEALTH_PLAN_ID:memid}}\nConcern: {topic}\nPreferred contact: {{EMAIL:pemail@a}}"),
    ("", "saw the patient-update page the {rel@af} made ({{URL:cburl@a}}). it says {{NAME:first@a}} was discharged {{DATE:vdate}} 'without a single explanation'"),
]


# ---------------------------------------------------------------- clean frames (tags, template)
CLEAN_FRAMES = [
    ("calendar", "Reminder: grievance committee {mdate} at {time} in the Rose Conference Room. Agenda: Q3 trends and {survey} scores."),
    ("", "{exect} wants the top 5 complaint themes by Friday. Draft deck is in the Teams folder."),
    ("emoji", "Our {survey} top-box for {unit} moved from {pct} to {pct} this quarter 👀"),
    ("", "Can someone cover the PX phone from {time} for an hour? I have a dentist appt."),
    ("calendar", "New policy {policy} (grievance vs. complaint definitions) takes effect {mdate}. Please read before huddle."),
    ("po", "Gift card inventory: {n} x $25 Dunkin', {n@2} x $50 Amazon. Reorder through {vendor}, {po}."),
    ("ext", "Anyone have the fax for Medical Records at {site}? I only have their internal {ext}."),
    ("facility-address zip-like", "Mailing address for written complaints: Patient Relations, {facaddr}, Lowell, MA {faczip}."),
    ("calendar", "Hope Pavilion renovation complaints are all about noise, {n} this month. Facilities says they're done by {mdate}."),
    ("", "Faith from chaplaincy will page the charge nurse if the family comes back tonight."),
    ("", "Will do! I'll mark it resolved once {staff} signs off."),
    ("money", "Bill from {vendor} for interpreter minutes was {money} last month, way over budget."),
    ("calendar", "Grant-funded volunteer comfort rounds start {mdate} on {unit}."),
    ("", "Chase the {vendor} rep for the Q2 survey file, it's late again."),
    ("", "Page {doc} for the family meeting? Or is {docfull} on service this week?"),
    ("", "How many open grievances are past the 7-day letter deadline? I count {n}."),
    ("calendar", "RL Datix upgrade to {version} is {mdate} after hours. Grievance module down ~2 hrs."),
    ("age-aggregate", "{n} patients over 90 filed complaints last quarter, mostly about {topic}."),
    ("", "CMS wants the grievance letter to include steps taken, results, and the date of completion. Our template is missing the last one."),
    ("mrn-topic", "MRN field in the complaint form is optional now; IT relaxed the 10-digit MRN validation. Ticket {ticket}."),
    ("ssn-topic", "Reminder: never ask callers for their SSN. We don't need it to open a grievance."),
    ("facility-address", "Families can call the PX office at {ext} or stop by {facaddr}."),
    ("calendar", "{colleague} (our new patient advocate) starts {mdate}, please add to #px-team"),
    ("calendar", "{vendorrep} from {vendor} is demoing the new dashboard {mdate} at {time}. Zoom ID 812 4471 9920."),
    ("lowercase", "lunch? cafeteria marks down salads after 1:30"),
    ("ticket", "PACU family waiting room heat is broken again, {n} complaints today. Facilities ticket {ticket}."),
    ("money", "FY2026 budget for service recovery is {money}. We spent {money} in FY2025."),
    ("cpt icd", "Only use CPT {cpt} / ICD {icd} when routing billing complaints to PFS, not in the grievance summary."),
    ("npi", "NPI for {docfull} is {npi}, if the payer asks for the attending on appeals."),
    ("calendar", "Our {survey} vendor uploads every {weekday}; the {mdate} file had {n} comments flagged for PX."),
    ("calendar", "bot: move my {time} with {colleague} to {weekday} {time@2}"),
    ("calendar", "bot, what's on my calendar {mdate}?"),
    ("", "@pxbot draft a thank-you note to the {unit} team for the {pct} HCAHPS bump"),
    ("slack-markup", "Slack tip: use `/grievance new` to open a case. Don't paste patient details in this channel."),
    ("slack-markup multiline money", "*Weekly PX huddle*\n• complaints: {n}\n• grievances: {n@2}\n• letters sent: {n@3}\n• gift cards: {n@4} ({money})"),
    ("multiline", "| unit | complaints | grievances |\n|---|---|---|\n| {unit@1} | {n} | {n@2} |\n| {unit@2} | {n@3} | {n@4} |"),
    ("calendar", "Joint Commission survey window opens {mdate}. They'll pull 5 closed grievances, pick ones with clean timelines."),
    ("exec-name", "{exec} signed all {n} apology letters this morning, mailing them now."),
    ("money", "{exect} asked: can we stop sending gift cards over $50 without VP approval?"),
    ("", "Mark and Rose from the volunteer office are doing the comfort carts this week."),
    ("", "{vendorrep} at {vendor} says our ED response rate hit {pct}, best since {year}."),
    ("", "Policy: grievances need a written response within 7 days; complaints resolved at point of service don't."),
    ("", "Can we get interpreter headsets for {unit}? {n} complaints about no interpreter this month."),
    ("calendar", "Visitor policy change effective {mdate}: 2 visitors per patient, 1 overnight. Expect calls."),
    ("ext", "Families can reach us through the main switchboard, ask for Patient Relations ({ext})."),
    ("ticket", "Ticket {ticket} closed: the parking kiosk at {site} was double charging. ABM Parking refunded {n} cards."),
    ("", "Who's on call for PX this weekend, {staff} or {staff@2}?"),
    ("calendar", "OOO {mdate}, {staff} is covering grievance intake."),
    ("emoji", "FYI the {survey} comment that went viral on Facebook was about another hospital, not us 😅"),
    ("hipaa age-aggregate", "Reminder: age 90+ is a HIPAA identifier by itself. In reports, bucket it as '90+'."),
    ("", "Apology letter template v3 is in SharePoint. Changes: softer opening, removed 'we regret any inconvenience'."),
    ("calendar", "Service recovery training (HEART model) {mdate}, {time}, Grant Auditorium."),
    ("po", "Who approved the {gift} for the ED pilot? Need the cost center for {po}."),
    ("emoji calendar", "{colleague}'s last day is {mdate} 😢 cake in the PX office at {time}"),
    ("calendar exec-name", "Board quality committee wants grievance data by service line; {exec} presents {mdate}."),
    ("", "Reminder: gift card pickup is at the Will Call window, 2nd floor lobby."),
    ("zip-like", "ZIP {faczip} is the main campus; the survey vendor was mapping responses to the wrong site."),
    ("ticket", "Our records-request fax line is down, use the portal upload instead. IT {ticket}."),
    ("", "The {unit@u} manager, {colleague}, wants to see every complaint mentioning {unit@u} staff before it goes to HR."),
    ("", "{n} complaints this week about {topic}, up from {n@2} last week."),
    ("emoji lowercase", "ok who ate my yogurt. it was labeled 😤"),
    ("", "Thanks all for covering while I was out!"),
    ("calendar", "can we move grievance huddle to 2:30? conflicts w/ the {exec} town hall"),
    ("referral", "Is there a template for responding to the state ombudsman? asking for a friend (me)."),
    ("calendar", "The ED wait-time signage vendor ({vendor}) says install is {mdate}."),
    ("po money", "{vendor} {po} for {money}, approve or kick back? It's the survey translation add-on."),
    ("version emoji", "PX dashboard {version} has the new 'days open' column 🙌"),
    ("", "Meal complaints dropped {pct} after Sodexo changed the tray line. Nice work {staff}!"),
    ("", "Lobby kiosk asks for date of birth; security wants it removed since DOB isn't needed to file a complaint."),
    ("", "{policy} covers service recovery spending limits, not the gift card vendor contract."),
    ("", "Someone left a voicemail on the PX line with no name or number, just yelling about parking. Nothing to do."),
    ("hipaa", "Team, please remember 'minimum necessary' when quoting complaint letters in Teams. Summaries only."),
    ("", "Did {vendor} ever fix the bug where surveys went to families of deceased patients? That was awful last year."),
    ("multiline", "Rounding schedule:\n{unit@1}: Mon/Wed\n{unit@2}: Tue/Thu\n{unit@3}: Fri\n{staff} has the iPad."),
    ("", "Reminder: 4 West is now 4 North. Update the complaint categories in RL."),
    ("facility-address", "The {site} address on the letterhead is wrong, it should be {facaddr}."),
    ("emoji", "Quick poll: should gift cards come from the PX budget or the unit's? 👍 / 👎"),
    ("", "CG-CAHPS response rate is {pct}. Target is {pct}."),
    ("", "Page from {doc}: wants to talk about the complaint trend on {unit}, nothing patient-specific."),
    ("calendar", "Bot, set reminder: submit the grievance report to {exec} by {mdate}"),
    ("money", "{n} complaints about the valet this month. Claims paid so far: {money}."),
    ("", "Gift card vendor contact is {vendorrep}, our Tango Card account manager."),
    ("calendar", "The Chase lockbox for patient refunds changed; finance says the new remit address goes on refund letters starting {mdate}."),
    ("calendar", "Patient Relations is closed {mdate} for the holiday. VM is monitored."),
    ("multiline", "Team,\n\nGreat month. {n} compliments vs {n@2} complaints. Shoutouts to {unit@1} and {unit@2}.\n\n{sig}"),
    ("", "who has the key to the gift card safe? {staff} said you did"),
    ("", "DPH changed their complaint portal; the new link is on https://intranet.riversideregional.org/px/agency-links"),
    ("", "Zoom for the family advisory council: https://riversideregional.zoom.us/j/81244719920 (passcode is in the invite)"),
    ("", "Public page on how to file a complaint: https://www.riversideregional.org/patients/feedback. Please link it in replies."),
    ("age-aggregate", "{nsmall} of the {nbig} grievances this month involved patients 90+."),
    ("ssn-topic version", "SSN field on the complaint form was removed in {version}. Tell me if you still see it."),
    ("version ticket", "{version} broke the 'date received' field on grievances, everything defaults to today. Ticket {ticket}."),
    ("calendar exec-name", "Mtg w/ {exect} moved to {mdate} {time}."),
    ("npi facility-address", "The NPI lookup in the complaint tool still shows {docfull}'s old clinic at {facaddr}."),
    ("facility-address", "Family Advisory Council meets in the Hope Room, {facaddr}, every 2nd {weekday}."),
    ("emoji", "volunteer Rose {lastname} brought cookies again ❤️"),
    ("multiline", "Draft response language for billing complaints:\n> We have reviewed your account and found that the charges were applied correctly. A financial counselor will call you."),
    ("calendar", "Jan–Mar trend: {n} grievances, {n@2} complaints, {n@3} compliments. Q1 report due {mdate}."),
    ("lowercase", "anyone know if the ED has a spanish-speaking PCA on nights? general question, no patient"),
    ("", "{colleague} from Facilities is fixing the family lounge door today."),
    ("", "{docfull} asked for complaint stats for surgery for OPPE."),
    ("", "The state's patient grievance regs changed; {colleague} in Legal is summarizing."),
    ("calendar facility-address", "Lunch & learn: 'De-escalating angry callers', {mdate} {time}, Conf Rm B, {facaddr}."),
    ("mrn-topic", "How do I record a compliment in RL? The form keeps asking for an MRN and there isn't one, it was a visitor."),
    ("exec-name", "Nurse staffing on {unit} is the #1 complaint theme this month ({n}). Sending to {exect}."),
    ("money", "Is a $100 gift card ok? Policy caps at {money}."),
    ("emoji", "Please stop cc'ing the whole department on grievance emails 🙏"),
    ("", "We got {n} thank-you cards this week! Posting them in the {site} office."),
    ("ticket", "The PX line drops calls after 10 minutes. Telecom has it as {ticket}."),
    ("calendar", "The Page Street entrance is closed through {mdate}; expect parking complaints."),
    ("", "Why did the keyword filter flag the survey comment 'will definitely recommend'? It thinks Will is a name lol"),
    ("calendar", "Bill from {vendor} says the new patient menu launches {mdate}."),
    ("slack-markup", "hey {uid} can you grab the HCAHPS binder from my desk"),
    ("hipaa", "Our privacy officer {colleague} says de-identified complaint summaries are fine to share with the board."),
    ("", "Annual grievance report FY2025: {n} grievances, median {n@2} days to close, {pct} within 7 days."),
    ("calendar referral", "Ombudsman {colleague} will be on site {mdate} for the quarterly meeting; badge at the main desk."),
    ("referral", "The QIO sent a general education letter about beneficiary complaint rights, nothing patient-specific."),
    ("calendar exec-name", "Exec rounding pairs for {mdate}: {exec@1} + {staff@1}, {exec@2} + {staff@2}."),
    ("money", "{n} hearing aids lost across the system in {year}; we reimbursed {money}. Proposal: hearing aid cases on admission."),
]


# ---------------------------------------------------------------- assembly
AUTO_TAG = {"NAME": "name", "DATE": "date", "AGE": "age"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def make_tags(frame_tags, ctx_tags, text, spans):
    tags = set(t for t in frame_tags.split() if t)
    tags |= ctx_tags
    for typ, _, _ in spans:
        tags.add(AUTO_TAG.get(typ, "structured"))
    if "\n" in text:
        tags.add("multiline")
    if re.search(r"<@U|<https?:|<mailto:|<tel:|`[^`]+`|\*[^*\s][^*]*\*", text):
        tags.add("slack-markup")
    if EMOJI_RE.search(text):
        tags.add("emoji")
    if not spans:
        for t in ("name", "date", "age", "structured", "business-contact", "evasion", "fullwidth", "zero-width"):
            tags.discard(t)
    tags.discard("phi"); tags.discard("clean")
    order = ["phi" if spans else "clean"] + sorted(tags)
    return order


def try_frame(frame, r, seen, want_phi, tries=40):
    tags, tpl = frame
    for _ in range(tries):
        text, spans, ctags = render(tpl, r)
        if bool(spans) != want_phi:
            raise SystemExit("frame kind mismatch: %r" % tpl)
        if text in seen or not spans_ok(text, spans):
            continue
        return text, spans, make_tags(tags, ctags, text, spans)
    return None


def produce(frames, n, want_phi, r, seen, used):
    slots = list(range(len(frames))) * (n // len(frames))
    slots += r.sample(range(len(frames)), n - len(slots))
    r.shuffle(slots)
    dead = set()
    out = []
    for i in slots:
        res = None
        cand = [i] + r.sample(range(len(frames)), len(frames))
        for j in cand:
            if j in dead:
                continue
            res = try_frame(frames[j], r, seen, want_phi)
            if res:
                used.add((want_phi, j))
                break
            dead.add(j)
        if not res:
            raise SystemExit("could not render enough messages")
        seen.add(res[0])
        out.append(res)
    return out


def main():
    r = random.Random(SEED)
    seen, used = set(), set()
    phi = produce(PHI_FRAMES, N_PHI, True, r, seen, used)
    clean = produce(CLEAN_FRAMES, N_CLEAN, False, r, seen, used)
    items = phi + clean
    r.shuffle(items)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "generated_iu.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for n, (text, spans, tags) in enumerate(items, 1):
            rec = {"id": "iu-%04d" % n, "text": text,
                   "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": tags}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("frames: %d PHI + %d clean = %d (used %d)" % (len(PHI_FRAMES), len(CLEAN_FRAMES),
                                                        len(PHI_FRAMES) + len(CLEAN_FRAMES), len(used)))
    print("wrote %d messages (%d PHI, %d clean) to %s" % (len(items), len(phi), len(clean), path))


if __name__ == "__main__":
    main()
