#!/usr/bin/env python3
"""gen_il.py - PHI-labelled chat corpus generator, prefix "il".

Persona: personal executive assistant to a cardiologist who is also department
chair (calendar, travel, family errands, committee work, patient callbacks and
results the doctor asks to be relayed). Standard library only, fixed seed.
Writes generated_il.jsonl next to this script in the raw format of
check_phi_corpus.py: {"id","text","spans":[{"type","value"}],"tags"}.
"""
import json, os, random, re
from datetime import date, timedelta

SEED = 20240611
R = random.Random(SEED)
N_PHI, N_CLEAN = 385, 315
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_il.jsonl")

# ---------------------------------------------------------------- name lists
F_GIVEN = ["Guadalupe", "Xiomara", "Marisol", "Yesenia", "Latoya", "Keisha", "Imani",
           "Shaniqua", "Folasade", "Ngozi", "Ama", "Fatoumata", "Wanjiru", "Makena",
           "Priyanka", "Lakshmi", "Anjali", "Harpreet", "Xiaoling", "Yuki", "Seo-yeon",
           "Thanh", "Linh", "Maricel", "Fatima", "Layla", "Nasrin", "Dalia", "Svetlana",
           "Agnieszka", "Oksana", "Siobhan", "Niamh", "Carmela", "Rosaria", "Winona",
           "Tahnee", "Leilani", "Malia", "Losa", "Margaret", "Dorothy", "Bernadette",
           "Mei-Ling", "Ewa", "Zainab", "Abena", "Marguerite", "Paulette", "Yolanda",
           "Consuelo", "Ifeoma", "Hana", "Noor", "Brigid", "Teresa", "Mahalia", "Kalani"]
M_GIVEN = ["Alejandro", "Joaquín", "Rigoberto", "Jesús", "DeShawn", "Tyrone", "Jamal",
           "Darnell", "Chukwuemeka", "Adebayo", "Kwame", "Oluwaseun", "Mamadou", "Tesfaye",
           "Abebe", "Haile", "Rajesh", "Venkatesh", "Farhan", "Sunil", "Wei", "Hiroshi",
           "Min-jun", "Jian", "Somchai", "Rizal", "Yousef", "Omar", "Reza", "Dmitri",
           "Wojciech", "Bogdan", "Milan", "Declan", "Padraig", "Colm", "Giuseppe",
           "Salvatore", "Keoni", "Sione", "Tevita", "Harold", "Eugene", "Lorenzo", "Kofi",
           "Tariq", "Vuong", "István", "Cornelius", "Ahanu", "Ignacio", "Thaddeus",
           "Emmanuel", "Bao", "Anselm", "Rashid", "Cheveyo", "Luis"]
SURNAMES = ["Hernández", "Villanueva", "de la Cruz", "Ochoa", "Castañeda", "Quintero",
            "Washington", "Jefferson", "Battle", "Pettaway", "Coleman", "Okonkwo", "Adeyemi",
            "Mensah", "Diallo", "Oyelaran", "Boateng", "Traoré", "Kiplagat", "Wanjiku",
            "Tesfamariam", "Gebremedhin", "Mwangi", "Raghunathan", "Chaudhry", "Patel", "Iyer",
            "Bhattacharya", "Siddiqui", "Sandhu", "Zhang", "Nakamura", "Park", "Choi",
            "Takahashi", "Liu", "Nguyen", "Tran", "Santos", "Bautista", "Phommachanh",
            "Srisai", "Haddad", "Al-Khatib", "Farahani", "Nasser", "Karimi", "Kowalczyk",
            "Petrov", "Nowak", "Horvath", "Shevchenko", "Dvořák", "O'Neill", "Fitzgerald",
            "O'Sullivan", "McLaughlin", "Byrne", "Esposito", "Russo", "De Luca", "Lombardi",
            "Van Dyke", "van der Berg", "Du Bois", "Begay", "Yazzie", "Tsosie", "Benally",
            "Two Bulls", "Kealoha", "Fonoti", "Tuilagi", "Kahananui", "Faleolo",
            "Okafor-Reyes", "Smith-Nakamura", "García-López", "Ramírez", "Abernathy",
            "Ferreira", "MacNeil", "St. Pierre", "Mbeki", "Achterberg", "Lindqvist-Oyama",
            "Agbaje", "Yilmaz", "Goldfarb", "Kaczmarek", "Pham", "Dimaculangan"]
NICK = {"Margaret": "Peggy", "Dorothy": "Dot", "Jesús": "Chuy", "Guadalupe": "Lupe",
        "Salvatore": "Sal", "Giuseppe": "Joe", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun",
        "Rigoberto": "Rigo", "Alejandro": "Alex", "Venkatesh": "Venky", "Padraig": "Paddy",
        "Bernadette": "Bernie", "Dmitri": "Dima", "Svetlana": "Sveta", "Folasade": "Sade",
        "Eugene": "Gene", "Harold": "Hal", "Cornelius": "Neil", "Wojciech": "Wojtek",
        "Agnieszka": "Aga", "Xiomara": "Xio", "Min-jun": "MJ", "Tyrone": "Ty",
        "Thaddeus": "Tad", "Ignacio": "Nacho", "Consuelo": "Chelo", "Teresa": "Tess",
        "Marguerite": "Maggie", "Emmanuel": "Manny", "Rosaria": "Rosie", "Lorenzo": "Enzo"}
MIDDLE = "ABCDEFGHJKLMNPRSTW"

# staff / business people: never labelled as NAME
BOSS = ["Dr. Raghavan", "Dr. R", "Lena", "Dr. Lena Raghavan", "the chief", "Dr R", "LR"]
DOCS = ["Dr. Okafor", "Dr. Lindqvist", "Dr. Ramaswamy", "Dr. Feinberg", "Dr. Abernathy",
        "Dr. Tanaka-Wells", "Dr. Oyelowo", "Dr. Castellanos", "Dr. Brennan", "Dr. Kuznetsova",
        "Dr. Achebe", "Dr. Villalobos", "Dr. Sørensen", "Dr. Bui", "Dr. Hakimi", "Dr. Moreau"]
DOCFULL = ["Dr. Amara Okafor", "Dr. Nils Lindqvist", "Dr. Sudha Ramaswamy", "Dr. Eli Feinberg",
           "Dr. Grace Abernathy", "Dr. Ken Tanaka-Wells", "Dr. Tunde Oyelowo",
           "Dr. Paloma Castellanos", "Dr. Kieran Brennan", "Dr. Irina Kuznetsova",
           "Dr. Chidi Achebe", "Dr. Mateo Villalobos", "Dr. Thi Bui", "Dr. Samir Hakimi"]
COLL = ["Priya", "Marcus", "Tamsin", "Jorge", "Beth", "Kenji", "Aisha", "Ronan", "Deepa",
        "Olu", "Carla", "Sanjay", "Mira", "Tomasz", "Keanu", "Fiona", "Hye-jin", "Bilal"]
COLLFULL = ["Priya Menon", "Marcus Delacroix", "Tamsin Reilly", "Jorge Aranda", "Beth Kowalski",
            "Kenji Mori", "Aisha Bello", "Ronan Gallagher", "Deepa Nair", "Olu Fashola",
            "Carla Benedetti", "Sanjay Kapoor", "Mira Halvorsen", "Tomasz Wiśniewski"]
EXEC = ["Gail Prendergast (COO)", "CFO Martin Osei", "our CMO, Helena Varga",
        "President Robert Castellano", "VP Nursing Denise Afolabi",
        "trustee Eleanor Whitcombe", "Hal Jorgensen from Finance", "CEO Naomi Takeda-Ruiz"]
VENDOR = ["Jen Albright from Medtronic", "Raúl from Boston Scientific", "the Abbott rep, Kyle",
          "Sven at Philips", "Monique from GE Healthcare", "the Biotronik rep (Tobias)",
          "Lara Chen, our Epic analyst", "Dev from the travel agency", "Anouk at Siemens"]
MENTION = ["<@U04J7KQ2M>", "<@U02ABX19PL>", "<@U07QZ3M8N1>", "<@U01HV6TT4C>", "<@U05RRJD2WX>"]

# ---------------------------------------------------------------- places
TOWNS = ["Dorchester", "Chelsea", "Revere", "Lowell", "Lawrence", "Brockton", "Malden",
         "Dracut", "Methuen", "Framingham", "Worcester", "Fall River", "New Bedford",
         "Randolph", "Everett", "Lynn", "Somerville", "Mattapan", "Roslindale", "Hyde Park",
         "Amesbury", "Haverhill", "Taunton", "Weymouth", "Pawtucket", "Nashua"]
TOWN_ZIP = {"Dorchester": "02124", "Chelsea": "02150", "Revere": "02151", "Lowell": "01852",
            "Lawrence": "01841", "Brockton": "02301", "Malden": "02148", "Dracut": "01826",
            "Methuen": "01844", "Framingham": "01702", "Worcester": "01604",
            "Fall River": "02720", "New Bedford": "02740", "Randolph": "02368",
            "Everett": "02149", "Lynn": "01902", "Somerville": "02143", "Mattapan": "02126",
            "Roslindale": "02131", "Hyde Park": "02136", "Amesbury": "01913",
            "Haverhill": "01830", "Taunton": "02780", "Weymouth": "02188",
            "Pawtucket": "02860", "Nashua": "03060"}
STATE = {"Pawtucket": "RI", "Nashua": "NH"}
STREETS = ["Maple St", "Bowdoin St", "Tarbox Ln", "Cedar Grove Rd", "Dorchester Ave",
           "Blue Hill Ave", "Pleasant St", "Wachusett Rd", "Lafayette St", "Salem Tpke",
           "Oak Hill Dr", "Cottage Pl", "Bradford Ct", "Riverside Ave", "Mystic View Rd",
           "Harriet Tubman Way", "Kelley Cir", "Old Colony Rd", "Quincy Shore Dr", "Elm Terr"]
FAC_ADDR = ["400 Wexford Ave, Boston MA 02118", "2 Kenmore Plaza, Suite 610, Boston, MA 02215",
            "1200 Centre Ave, Newton MA 02459", "88 Harbor Point Blvd, 3rd floor",
            "the Pavilion at 15 Longwood Ct", "310 Granite St, Quincy MA 02169",
            "75 Federal Street, 11th Fl, Boston 02110", "the Westin at 425 Summer St"]
SITES = ["our Quincy site", "the Newton clinic", "the Brockton satellite", "Kenmore",
         "the Wexford campus", "the Lowell outreach clinic", "the Framingham ASC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_AGE = {90: "ninety", 100: "one hundred"}
REL_F = ["daughter", "wife", "niece", "granddaughter", "sister", "mother", "daughter-in-law"]
REL_M = ["son", "husband", "nephew", "grandson", "brother", "son-in-law", "partner"]

# ---------------------------------------------------------------- value makers
def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))

def fullwidth(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in s)

def spelled(s):
    return " ".join(ONES[int(c)] if c.isdigit() else c for c in s if c not in "-. ")

def obfuscate(v, m, p=0.2, allow_spell=False):
    """Maybe obfuscate a numeric value; adds form tags to the message."""
    if R.random() >= p:
        return v
    k = R.choice(["space", "fw", "zw", "nbsp", "mixed"] + (["spell"] if allow_spell else []))
    if k == "space":
        m.tags.add("evasion"); return " ".join(c for c in v if c not in "- .")
    if k == "fw":
        m.tags.update(["evasion", "fullwidth"]); return fullwidth(v)
    if k == "zw":
        m.tags.update(["evasion", "zero-width"])
        i = R.randint(1, len(v) - 1); return v[:i] + "\u200b" + v[i:]
    if k == "nbsp":
        m.tags.add("evasion")
        return v.replace("-", "\u00a0") if "-" in v else v[:3] + "\u00a0" + v[3:]
    if k == "mixed":
        m.tags.add("evasion")
        return v.replace("-", ".", 1) if "-" in v else v[:3] + "-" + v[3:]
    m.tags.add("evasion"); return spelled(v)

def age_words(a):
    t = {9: "ninety", 10: "one hundred"}
    if a < 100:
        return "ninety" + ("" if a == 90 else "-" + ONES[a - 90])
    return "one hundred" + ("" if a == 100 else " and " + ONES[a - 100])

def fmt_date(y, mo, d, style=None, with_year=True):
    styles = ["us", "us0", "iso", "long", "dmy", "short", "thy", "compact", "us2", "dot"]
    if not with_year:
        styles = ["md", "md0", "th", "longnoy", "shortnoy"]
    s = style or R.choice(styles)
    suf = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return {"us": "%d/%d/%d" % (mo, d, y), "us0": "%02d/%02d/%d" % (mo, d, y),
            "iso": "%d-%02d-%02d" % (y, mo, d), "long": "%s %d, %d" % (MONTHS[mo-1], d, y),
            "dmy": "%02d-%s-%d" % (d, MON3[mo-1], y), "short": "%s %d %d" % (MON3[mo-1], d, y),
            "th": "%s %d%s" % (MON3[mo-1], d, suf), "thy": "%s %d%s, %d" % (MON3[mo-1], d, suf, y), "compact": "%02d%02d%d" % (mo, d, y),
            "us2": "%d/%d/%02d" % (mo, d, y % 100), "dot": "%02d.%02d.%d" % (mo, d, y),
            "md": "%d/%d" % (mo, d), "md0": "%02d/%02d" % (mo, d),
            "longnoy": "%s %d" % (MONTHS[mo-1], d), "shortnoy": "%s %d" % (MON3[mo-1], d)}[s]

def rdate(y0, y1, with_year=None, style=None):
    y = R.randint(y0, y1); mo = R.randint(1, 12); d = R.randint(1, 28)
    if with_year is None:
        with_year = R.random() < 0.6
    return fmt_date(y, mo, d, style, with_year)

def phone_num(m=None, obf=True):
    a = R.choice(["617", "781", "508", "978", "857", "339", "413", "401", "603"])
    x = R.choice(["555", "555", "555", dg(3).replace("0", "4", 1)]); n = dg(4)
    f = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s",
                  "+1-%s-%s-%s", "%s%s%s", "1-%s-%s-%s", "(%s)%s-%s"])
    v = f % (a, x, n)
    if R.random() < 0.1:
        v += R.choice([" ext. ", " x", " ext ", ",,"]) + dg(R.choice([2, 3, 4]))
    if m is not None and obf:
        v = obfuscate(v, m, 0.12, allow_spell=True)
    return v

def luhn_complete(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)

def card_num():
    k = R.choice(["visa", "visa", "mc", "amex"])
    if k == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:4], n[4:10], n[10:])
    n = luhn_complete("4" if k == "visa" else R.choice(["51", "53", "55"]), 16)
    sep = R.choice([" ", "-", "", " "])
    return sep.join([n[:4], n[4:8], n[8:12], n[12:]])

def ssn_num(m):
    v = "%03d-%02d-%04d" % (R.randint(1, 665), R.randint(1, 99), R.randint(1, 9999))
    k = R.random()
    if k < 0.15:
        v = v.replace("-", ""); m.tags.add("evasion")
    elif k < 0.25:
        v = v.replace("-", " ")
    else:
        v = obfuscate(v, m, 0.25, allow_spell=True)
    return v

def mrn_num(m=None):
    v = R.choice([dg(7), dg(8), "00" + dg(6), dg(9), "E" + dg(7), dg(3) + "-" + dg(4)])
    return obfuscate(v, m, 0.12) if m is not None else v

def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"; an = a + "0123456789"
    s = (R.choice("123456789") + R.choice(a) + R.choice(an) + dg(1) + R.choice(a) +
         R.choice(an) + dg(1) + R.choice(a) + R.choice(a) + dg(2))
    return R.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:]])

def plan_id():
    k = R.choice(["bcbs", "hp", "tufts", "mh", "uhc", "aetna"])
    return {"bcbs": R.choice(["XKJ", "ZGB", "YLM"]) + dg(9), "hp": "HP" + dg(8),
            "tufts": dg(9) + "01", "mh": "1000" + dg(8), "uhc": dg(9),
            "aetna": "W" + dg(9)}[k]

def acct_num():
    return R.choice(["3008" + dg(6), "HAR" + dg(8), dg(8), "55" + dg(8), dg(4) + "-" + dg(6)])

def dea_num():
    L = R.choice("ABFM") + R.choice("ABCDEFGHKLMNPRSTW")
    d = [R.randint(0, 9) for _ in range(6)]
    c = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return L + "".join(map(str, d)) + str(c)

def state_lic():
    return R.choice(["%d" % R.randint(200000, 299999), "MD" + dg(6), "RN" + dg(7),
                     "NP" + dg(5), "%d" % R.randint(100000, 999999)])

def drivers_lic():
    return R.choice(["S" + dg(8), "SA" + dg(7), dg(9), R.choice("BDFGKLMNPRW") + dg(7),
                     "NHL" + dg(5)])

def plate():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    def ls(n): return "".join(R.choice(L) for _ in range(n))
    return R.choice([dg(1) + ls(3) + dg(2), dg(1) + ls(2) + " " + dg(3), ls(3) + "-" + dg(4),
                     dg(6), dg(3) + ls(2) + dg(1), ls(1) + dg(2) + "-" + ls(3)])

def vin():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    w = R.choice(["1HG", "5YJ", "JTD", "1FT", "WBA", "2T1", "1C4", "KNA", "3VW", "4T1"])
    return w + "".join(R.choice(A) for _ in range(14 - 6)) + dg(6)

def dev_serial():
    k = R.choice(["pm", "icd", "ilr", "crt", "cgm", "abt", "bsx", "ha", "lvad"])
    return {"pm": "PJN" + dg(6) + R.choice("HSG"), "icd": "BLF" + dg(6) + "H",
            "ilr": "RLA" + dg(6) + "G", "crt": "DTPB" + dg(5) + "S",
            "cgm": "8" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
            "abt": dg(7), "bsx": dg(6), "ha": "HA" + dg(8),
            "lvad": "HM3-" + dg(5)}[k]

def udi():
    return "(01)%s(17)%02d%02d%02d(21)%s" % ("0" + dg(13), R.randint(26, 30), R.randint(1, 12),
                                             R.randint(1, 28), dev_serial())

def ip4():
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 9), R.randint(2, 254)),
                     "%d.%d.%d.%d" % (R.choice([73, 24, 98, 66, 108, 174]), R.randint(0, 255),
                                      R.randint(0, 255), R.randint(1, 254))])

def ip6():
    return "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff),
                                  R.randint(0x100, 0xfff), R.randint(1, 0xff))

def email_of(first, last, biz=False):
    f = re.sub(r"[^a-z]", "", first.lower().replace("í", "i").replace("ú", "u").replace("é", "e")
               .replace("á", "a").replace("ñ", "n").replace("ř", "r").replace("ö", "o"))
    l = re.sub(r"[^a-z]", "", last.lower().replace("á", "a").replace("é", "e").replace("ñ", "n")
               .replace("í", "i").replace("ó", "o").replace("ř", "r").replace("ø", "o"))
    if biz:
        dom = R.choice(["stbrigid.org", "medtronic.com", "bsci.com", "abbott.com",
                        "philips.com", "harborcardiology.com", "travelsmart.co"])
        return R.choice(["%s.%s@%s", "%s%s@%s"]) % (f[:1] if R.random() < .5 else f, l, dom)
    dom = R.choice(["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "aol.com",
                    "icloud.com", "verizon.net", "outlook.com"])
    u = R.choice(["%s.%s" % (f, l), "%s%s%s" % (f[0], l, dg(2)), "%s_%s" % (l, f),
                  "%s%s" % (f, dg(4)), "%s.%s%s" % (f, l[0], dg(2))])
    return "%s@%s" % (u, dom)

def street_addr():
    n = R.choice([str(R.randint(2, 99)), str(R.randint(100, 999)), str(R.randint(1000, 2400))])
    s = "%s %s" % (n, R.choice(STREETS))
    r = R.random()
    if r < 0.2: s += R.choice([" Apt ", " #", " Unit ", ", Apt "]) + R.choice([dg(1), dg(1) + R.choice("ABCR"), dg(3)])
    return s

def zip_of(t, plus4=None):
    z = TOWN_ZIP[t]
    if plus4 or (plus4 is None and R.random() < 0.2):
        z += "-" + dg(4)
    return z

def full_addr():
    t = R.choice(TOWNS); st = STATE.get(t, "MA")
    return R.choice(["%s, %s %s %s", "%s, %s, %s %s", "%s %s %s %s"]) % (street_addr(), t, st, zip_of(t))

def patient_url(p, kind="portal"):
    pid = dg(R.choice([6, 7, 8]))
    if kind == "page":
        return R.choice([
            "https://www.caringbridge.org/visit/%s%s" % (p["first"].lower(), re.sub(r"[^a-z]", "", p["last"].lower())),
            "https://gofundme.com/f/help-%s-%s-heal" % (p["first"].lower(), re.sub(r"[^a-z]", "", p["last"].lower())),
            "https://www.caringbridge.org/site/%s-%s-updates" % (re.sub(r"[^a-z]", "", p["last"].lower()), dg(3))])
    return R.choice([
        "https://mychart.stbrigid.org/MyChart/visit/%s?pt=%s" % (dg(5), pid),
        "https://portal.stbrigid.org/tele/join?patient=%s_%s&visit=%s" % (p["last"].upper().replace(" ", ""), p["first"][0], dg(5)),
        "https://merlin.net/patients/%s/transmissions" % pid,
        "https://carelink.medtronic.com/clinic/patient/%s" % pid,
        "https://mychart.stbrigid.org/MyChart/Messages?patientId=%s" % pid,
    ])

# ---------------------------------------------------------------- message builder
def new_person(need_nick=False, sex=None, last=None):
    sex = sex or R.choice("FM")
    pool = F_GIVEN if sex == "F" else M_GIVEN
    if need_nick:
        pool = [g for g in pool if g in NICK]
    first = R.choice(pool)
    return {"first": first, "last": last or R.choice(SURNAMES), "sex": sex,
            "mid": R.choice(MIDDLE), "nick": NICK.get(first, first)}

class Msg:
    def __init__(self, template):
        self.segs = []          # (text, type or None)
        self.tags = set()
        self.people = {}
        self.dates = {}
        self.template = template

    def person(self, key):
        if key not in self.people:
            need_nick = ("{%s.nick}" % key) in self.template
            if key.startswith("r"):          # relative: usually shares patient surname
                base = self.person("p")
                last = base["last"] if R.random() < 0.6 else None
                self.people[key] = new_person(need_nick, last=last)
            else:
                self.people[key] = new_person(need_nick)
        return self.people[key]

def person_attr(m, key, attr):
    p = m.person(key)
    F, L, Mi = p["first"], p["last"], p["mid"]
    she = p["sex"] == "F"
    lit = {"hon": R.choice(["Ms.", "Mrs.", "Ms"]) if she else R.choice(["Mr.", "Mr"]),
           "he": "she" if she else "he", "He": "She" if she else "He",
           "his": "her" if she else "his", "His": "Her" if she else "His",
           "him": "her" if she else "him",
           "rel": R.choice(REL_F if she else REL_M), "parent": "mom" if she else "dad"}
    if attr in lit:
        if attr == "hon":
            p.setdefault("hon_v", lit["hon"]); return p["hon_v"]
        if attr == "rel":
            p.setdefault("rel_v", lit["rel"]); return p["rel_v"]
        return lit[attr]
    if attr == "age":
        a = p.setdefault("age", R.randint(90, 104)); return [(str(a), "AGE")]
    if attr == "agew":
        a = p.setdefault("age", R.randint(90, 104)); m.tags.add("evasion")
        return [(age_words(a), "AGE")]
    if attr == "email":
        if "email" not in p:
            p["email"] = email_of(F, L)
            if R.random() < 0.25:
                u, d = p["email"].split("@"); dn, tld = d.rsplit(".", 1)
                p["email"] = R.choice(["%s [at] %s [dot] %s", "%s (at) %s (dot) %s", "%s at %s dot %s"]) % (u, dn, tld)
                m.tags.add("evasion")
        return [(p["email"], "EMAIL")]
    if attr == "url":
        p.setdefault("url", patient_url(p)); return [(p["url"], "URL")]
    if attr == "page":
        p.setdefault("page", patient_url(p, "page")); return [(p["page"], "URL")]
    val = {"full": "%s %s" % (F, L), "first": F, "last": L, "nick": p["nick"],
           "inv": R.choice(["%s, %s %s" % (L.upper(), F.upper(), Mi), "%s, %s" % (L, F),
                            "%s, %s" % (L.upper(), F.upper())]),
           "fmi": "%s %s. %s" % (F, Mi, L), "nicklast": "%s %s" % (p["nick"], L), "init": "%s. %s" % (F[0], L),
           "ini": "%s.%s." % (F[0], L[0].upper()),
           "any": R.choice(["%s %s" % (F, L), L, "%s %s" % (F, L), "%s, %s" % (L, F),
                            "%s %s. %s" % (F, Mi, L), "%s %s" % (F, L)])}[attr]
    if attr == "inv":
        p.setdefault("inv_v", val); val = p["inv_v"]
    if attr == "any":
        p.setdefault("any_v", val); val = p["any_v"]
    return [(val, "NAME")]

def lab(t, v):
    return [(v, t)]

def biz(m, t, v):
    m.tags.add("business-contact"); return [(v, t)]

def email_obf(m):
    p = m.person("p"); e = email_of(p["first"], p["last"])
    if R.random() < 0.3:
        u, d = e.split("@"); dn, tld = d.rsplit(".", 1)
        e = R.choice(["%s [at] %s [dot] %s", "%s (at) %s (dot) %s", "%s at %s dot %s"]) % (u, dn, tld)
        m.tags.add("evasion")
    return [(e, "EMAIL")]

def email_link(m):
    p = m.person("p"); e = email_of(p["first"], p["last"])
    m.tags.add("slack-markup")
    return [("<mailto:", None), (e, "EMAIL"), ("|", None), (e, "EMAIL"), (">", None)]

def phone_link(m):
    a, x, n = R.choice(["617", "781", "508", "978"]), "555", dg(4)
    shown = R.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s"]) % (a, x, n)
    m.tags.add("slack-markup")
    return [("<tel:", None), ("+1%s%s%s" % (a, x, n), "PHONE"), ("|", None), (shown, "PHONE"), (">", None)]

def url_link(m):
    p = m.person("p"); u = patient_url(p); m.tags.add("slack-markup")
    return [("<", None), (u, "URL"), ("|" + R.choice(["portal link", "link", "visit", "here"]) + ">", None)]

def pick(lst):
    return lambda m: R.choice(lst)

def ctx_date(m, key, y0, y1, after=None, with_year=None):
    """Draw a date; a date drawn 'after' another key falls 2-45 days later."""
    if after and after in m.dates:
        d = m.dates[after] + timedelta(days=R.randint(2, 45))
    else:
        d = date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
    m.dates[key] = d
    if with_year is None:
        with_year = R.random() < 0.5
    return fmt_date(d.year, d.month, d.day, None, with_year)

def meeting_date(m):
    return ctx_date(m, "mdate", 2025, 2026, with_year=R.random() < 0.4)

def meeting_date2(m):
    return ctx_date(m, "mdate2", 2025, 2026, after="mdate", with_year=R.random() < 0.4)

def date_range(m):
    d0 = date(R.randint(2025, 2026), R.randint(1, 12), R.randint(1, 22))
    d1 = d0 + timedelta(days=R.randint(2, 6))
    if d1.month == d0.month and R.random() < 0.5:
        return R.choice(["%s %d-%d", "%s %d - %d", "%s %d to %d"]) % (R.choice([MON3, MONTHS])[d0.month - 1], d0.day, d1.day)
    return R.choice(["%d/%d-%d/%d", "%d/%d through %d/%d", "%d/%d - %d/%d"]) % (d0.month, d0.day, d1.month, d1.day)

def clock():
    h = R.randint(7, 17); mm = R.choice([0, 0, 15, 30, 45]); hh = h if h <= 12 else h - 12
    if R.random() < 0.15:
        return "%02d%02d" % (h, mm)
    base = "%d:%02d" % (hh, mm) if mm else "%d" % hh
    pm = h >= 12
    return base + R.choice(["pm" if pm else "am", " PM" if pm else " AM", "", "p" if pm else "a"])

SLOTS = {
    # ---- labelled values
    "dob": lambda m: lab("DATE", rdate(1926, 1979, with_year=True)),
    "dobold": lambda m: lab("DATE", rdate(1921, 1935, with_year=True)),
    "adate": lambda m: lab("DATE", ctx_date(m, "adate", 2025, 2026)),
    "adate2": lambda m: lab("DATE", ctx_date(m, "adate2", 2025, 2026, after="adate")),
    "pdate": lambda m: lab("DATE", rdate(2025, 2025)),
    "mdy": lambda m: lab("DATE", rdate(2025, 2026, with_year=False)),
    "ssn": lambda m: lab("SSN", ssn_num(m)),
    "mrn": lambda m: lab("MRN", mrn_num(m)),
    "mrn2": lambda m: lab("MRN", mrn_num()),
    "mrn3": lambda m: lab("MRN", mrn_num()),
    "hpid": lambda m: lab("HEALTH_PLAN_ID", plan_id()),
    "mbi": lambda m: lab("HEALTH_PLAN_ID", mbi()),
    "acct": lambda m: lab("ACCOUNT_NUMBER", acct_num()),
    "dea": lambda m: lab("LICENSE_NUMBER", dea_num()),
    "slic": lambda m: lab("LICENSE_NUMBER", state_lic()),
    "dl": lambda m: lab("LICENSE_NUMBER", drivers_lic()),
    "plate": lambda m: lab("VEHICLE_ID", plate()),
    "vin": lambda m: lab("VEHICLE_ID", vin()),
    "serial": lambda m: lab("DEVICE_ID", dev_serial()),
    "udi": lambda m: lab("DEVICE_ID", udi()),
    "ip": lambda m: lab("IP_ADDRESS", ip4()),
    "ip6": lambda m: lab("IP_ADDRESS", ip6()),
    "addr": lambda m: lab("ADDRESS", full_addr()),
    "street": lambda m: lab("ADDRESS", street_addr()),
    "town": lambda m: lab("ADDRESS", R.choice(TOWNS)),
    "zip": lambda m: lab("ADDRESS", zip_of(R.choice(TOWNS))),
    "pobox": lambda m: lab("ADDRESS", "PO Box %d, %s MA %s" % (R.randint(11, 2999), *(lambda t: (t, TOWN_ZIP[t]))(R.choice(TOWNS[:20])))),
    "cc": lambda m: lab("CREDIT_CARD", obfuscate(card_num(), m, 0.1)),
    "phone": lambda m: lab("PHONE", phone_num(m)),
    "phone2": lambda m: lab("PHONE", phone_num(m, obf=False)),
    "bizphone": lambda m: biz(m, "PHONE", phone_num()),
    "bizemail": lambda m: biz(m, "EMAIL", email_of(R.choice(F_GIVEN + M_GIVEN), R.choice(SURNAMES), biz=True)),
    "email": email_obf,
    "email_link": email_link,
    "phone_link": phone_link,
    "url_link": url_link,
    "age": lambda m: lab("AGE", str(R.randint(90, 104))),
    # ---- unlabelled fillers
    "boss": pick(BOSS), "doc": pick(DOCS), "doc2": pick(DOCS), "docfull": pick(DOCFULL),
    "coll": pick(COLL), "coll2": pick(COLL), "collfull": pick(COLLFULL), "exec": pick(EXEC),
    "vendor": pick(VENDOR), "mention": pick(MENTION), "mention2": pick(MENTION),
    "room": lambda m: R.choice(["Rm ", "room ", "CV conf rm ", "Bldg B ", "rm. "]) + R.choice(["4B-112", "610", "3210", "2-044", "1187", "Shapiro 7", "Ellison 12"]),
    "bed": lambda m: R.choice(["bed ", "bd ", "6W-", "CCU bed "]) + str(R.randint(1, 32)),
    "ext": lambda m: R.choice(["x", "ext. ", "ext ", "x "]) + str(R.randint(2000, 7999)),
    "zoom": lambda m: "%s %s %s" % (dg(3), dg(4), dg(4)),
    "ticket": lambda m: R.choice(["INC00", "RITM00", "CHG00", "DEL-", "SR-", "REQ"]) + dg(5),
    "po": lambda m: "PO " + R.choice(["4500", "PO-"]) + dg(6),
    "invoice": lambda m: "INV-" + dg(5),
    "ver": lambda m: "v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 20)),
    "build": lambda m: "build %d.%d.%d.%d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(0, 3), R.randint(1, 40)),
    "npi": lambda m: "1" + dg(9),
    "cpt": pick(["93306", "93458", "93000", "33208", "93656", "92928", "93350", "93880", "33285"]),
    "icd": pick(["I48.91", "I50.22", "I25.10", "I21.4", "I35.0", "R55", "I47.2", "Z95.0"]),
    "money": lambda m: R.choice(["$%d,%03d" % (R.randint(1, 480), R.randint(0, 999)), "$%d" % R.randint(40, 900), "$%d.%02d" % (R.randint(10, 400), R.randint(0, 99)), "%dk" % R.randint(5, 250)]),
    "facaddr": pick(FAC_ADDR), "site": pick(SITES),
    "n": lambda m: str(R.randint(2, 40)), "n2": lambda m: str(R.randint(2, 14)),
    "mdate": meeting_date, "mdate2": meeting_date2, "mrange": date_range,
    "smallpct": lambda m: "%.1f%%" % (R.randint(5, 60) / 10.0),
    "time": lambda m: clock(), "time2": lambda m: clock(),
    "year": lambda m: str(R.randint(2019, 2027)),
    "quarter": pick(["Q1", "Q2", "Q3", "Q4", "FY26", "FY2027", "Q3 FY26", "H2"]),
    "flight": lambda m: R.choice(["UA ", "DL", "B6 ", "AA", "AS "]) + str(R.randint(100, 2999)),
    "policy": lambda m: R.choice(["ADM-", "CARD-", "HR-", "IC-", "POL "]) + str(R.randint(100, 999)),
    "costc": lambda m: "cost center " + dg(5),
    "youngage": lambda m: str(R.randint(34, 89)),
    "pct": lambda m: "%d%%" % R.randint(3, 97),
    "day": pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tue", "Wed", "Thu", "Fri"]),
    "conf": lambda m: "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
}

SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)(?:\.([A-Za-z_]+))?\}")

def expand(template, tags):
    m = Msg(template)
    m.tags.update(tags)
    pos = 0
    for mt in SLOT_RE.finditer(template):
        if mt.start() > pos:
            m.segs.append((template[pos:mt.start()], None))
        key, attr = mt.group(1), mt.group(2)
        if attr:
            r = person_attr(m, key, attr)
        else:
            r = SLOTS[key](m)
        if isinstance(r, str):
            m.segs.append((r, None))
        else:
            m.segs.extend(r)
        pos = mt.end()
    if pos < len(template):
        m.segs.append((template[pos:], None))
    merged = []
    for seg in m.segs:
        if (len(merged) >= 2 and seg[1] == "NAME" and merged[-1] == (" ", None)
                and merged[-2][1] == "NAME"):
            merged.pop(); prev = merged.pop()
            merged.append((prev[0] + " " + seg[0], "NAME"))
        else:
            merged.append(seg)
    fixed = []
    for seg in merged:
        if seg[1] is None and fixed and fixed[-1][1] is None:
            fixed[-1] = (fixed[-1][0] + seg[0], None)
        else:
            fixed.append(seg)
    def cap(t, first):
        t = re.sub(r"([.!?]\s+|\n)the chief", lambda mt: mt.group(1) + "The chief", t)
        return "The chief" + t[9:] if first and t.startswith("the chief") else t
    m.segs = [(cap(t, i == 0), None) if ty is None else (t, ty) for i, (t, ty) in enumerate(fixed)]
    if "lowercase" in m.tags:
        m.segs = [(s.lower(), t) for s, t in m.segs]
    return m

# ================================================================ PHI frames
# (template, tags).  {p.*} {p2.*} {p3.*} patients, {r.*} relative, {s.*} staff member
# who is the patient / employee-health case. Everything else unlabelled unless listed in SLOTS.
PHI_FRAMES = [
    # --- callbacks and relays
    ("Can someone call back {p.full} at {phone}? {boss} wants {p.him} to know the echo looked fine.", "callback"),
    ("pls call {p.hon} {p.last} re: holter results. best # is {phone}", "callback"),
    ("Callback list for {boss} today:\n- {p.full} {phone}\n- {p2.full} {phone2}\n- {p3.last} (daughter called, no number left)", "callback list"),
    ("{boss} asked me to relay: {p.first} {p.last}'s stress test on {adate} was normal, no need to come in early. MRN {mrn}.", "results"),
    ("bot, remind me to call {p.full} back tomorrow about {p.his} Zio patch results", "bot-request"),
    ("Voicemail from {p.inv} (DOB {dob}) - wants to know if {p.he} still holds Eliquis before the ablation on {adate}.", "callback"),
    ("left a vm for {p.hon} {p.last} at {phone}, no answer. will try again after clinic", "lowercase callback"),
    ("{p.His} {r.rel} {r.full} is the contact. {r.first} can be reached at {phone} or {r.email}.", "relative"),
    ("Relay to {p.hon} {p.last}: the cath on {pdate} showed no new blockages. {p.He} can restart the metoprolol.", "results"),
    ("Dr. R says ok to tell {p.first} the BNP came down nicely. {p.His} cell is {phone}.", "results"),
    ("can u ping {p.first} {p.last} and let {p.him} know lipid panel is fine, no statin change", "lowercase results"),
    ("Please return call: {r.full} ({r.rel}) calling about {p.full}, {phone_link}", "relative slack-markup"),
    ("*Callback needed* :telephone_receiver:\n>Pt: {p.full}\n>DOB: {dob}\n>Ph: {phone}\n>Re: palpitations since {pdate}", "callback emoji"),
    ("Hi - I'm covering the phones for Marisa. {p.hon} {p.last} called twice about the loop recorder, {p.he} sounded worried. # {phone}", "callback"),
    ("returning {p.hon} {p.last}'s call from friday — {p.he} wants to know if being {p.age} means no valve. dr r said age alone isn't a no", "lowercase age"),
    ("{boss} would like someone to let {p.full} know the monitor showed only benign PVCs. Please don't leave details on voicemail; try {phone} after 5.", "results"),
    ("Relay for {p.ini} ({mrn}): echo EF 55%, no change from {pdate}.", "results initials"),
    ("per LR — call {p.first} at {phone}, tell {p.him} to stop the amiodarone and come in {adate}", "results"),
    ("FYI {p.hon} {p.last} says {p.his} {r.rel}, {r.first}, will be the one picking up the event monitor. {r.first}'s number: {phone}", "relative"),
    ("Called {p.full} ({dob}) re: TEE results, left msg w/ {p.his} {r.rel} {r.full}.", "relative"),

    # --- scheduling
    ("Move my 3pm with {coll} to 4 - I need a call with {p.full}'s family about the TAVR.", "calendar"),
    ("Please book {p.fmi} (MRN {mrn}) for a f/u echo on or before {adate}.", "scheduling"),
    ("{boss} wants {p.last} seen in clinic {adate}. Can you find a slot? DOB {dob}", "scheduling"),
    ("Reschedule request\npt: {p.full}\nDOB: {dob}\norig appt: {adate}\nnew: {adate2}\nreason: no ride", "scheduling multiline"),
    ("bot: add {p.full} to Dr R's Thursday add-on list, MRN {mrn}, ok to double book", "bot-request scheduling"),
    ("{p.first} {p.last} cancelled {p.his} {adate} appointment again - 3rd time. {boss} wants a call before we rebook.", "scheduling"),
    ("Can we move {p.hon} {p.last}'s cardioversion from {adate} to {adate2}? {p.His} {r.rel} can't drive that day.", "scheduling relative"),
    ("need an interpreter (Amharic) for {p.full}'s visit {adate} at {time}. MR# {mrn}", "scheduling"),
    ("slot {p.last} {mrn2} into the 10:40 with dr r pls", "lowercase name-number"),
    ("Hold the 8am Friday for {p.full} - {boss} wants to do the consent herself.", "scheduling"),
    ("*Scheduling*\n• {p.full} - post-op check {adate}\n• {p2.full} - device check {adate2}\n• staff meeting {mdate} (no change)", "scheduling list slack-markup"),
    ("Add f/u for {p.inv}, due {adate}, 6 wk post ablation", "scheduling"),
    ("{p.full} ({p.nick}) wants the earliest slot after {adate}; prefers mornings.", "scheduling nickname"),
    ("we have {p.full} booked {adate} AND {adate2} - which one is real? MRN {mrn}", "scheduling"),

    # --- VIP / sensitive
    ("*VIP heads-up*: {p.full} ({p.age}, trustee's {p.parent}) is coming to the ED by ambulance. {boss} wants a page on arrival.", "vip age"),
    ("FYI the board chair's mother, {p.full}, is on 6 West. MRN {mrn}. Please keep this off the main channel.", "vip"),
    ("Donor relations asked about {p.hon} {p.last}. {p.He} had the bypass on {pdate}. Please don't confirm anything to them.", "vip"),
    ("Quietly: {exec} asked {boss} to see {exec_rel}. Name is {p.full}, DOB {dob}.", "vip exec-name"),
    ("{p.full} (the former mayor) is asking for {boss} by name. Admitted {pdate}, room is on the list.", "vip"),

    # --- ages over 89
    ("{p.hon} {p.last} is {p.age} and refuses the pacemaker; {boss} wants to talk to {p.his} {r.rel} {r.first} first.", "age relative"),
    ("{p.first} {p.last} is {p.agew} and wants to drive {p.him}self to the {adate} appt lol", "age evasion"),
    ("pt {p.full}, {p.age}yo, DOB {dobold}, for TAVR eval", "age"),
    ("centenarian alert: {p.hon} {p.last} turns {p.age} on {mdy}! Dr R wants to send a card", "age"),
    ("Consult note says {p.inv} is a {p.age} y/o w/ AS. {boss} will see {p.him} {adate}.", "age"),

    # --- addresses
    ("Can you mail the discharge packet to {p.full}, {addr}? {boss} signed it.", "address"),
    ("{p.full} lives in {town} and can't get to Kenmore - can we do the f/u at {site}?", "address"),
    ("{p.full} moved. New address is {street} (off Rte 28) in {town}.", "address"),
    ("Send flowers from Dr. R to {p.full} at {addr}. Card: get well soon. Use the corp card {cc}.", "address credit-card"),
    ("mailing label:\n{p.inv}\n{addr}", "address multiline"),
    ("{p.last}'s home zip is {zip} - is that in the Elder Services catchment?", "address zip-like"),
    ("Return the event monitor box to {p.full}? {p.He} gave {pobox} as mailing addr.", "address"),

    # --- devices
    ("Medtronic says {p.full}'s pacer (SN {serial}) sent an alert at 2am. {boss} wants it reviewed this morning.", "device"),
    ("Device clinic: ICD serial {serial} belongs to pt {p.last}, MRN {mrn}. Transmission missed since {pdate}.", "device"),
    ("UDI for the explanted ILR: {udi} - pt {p.inv}", "device"),
    ("`{serial}` is the serial on {p.first} {p.last}'s monitor. Abbott needs it for the RMA.", "device slack-markup"),
    ("Dr. R's {p.parent} ({p.full}) has a hearing aid check {adate}; warranty claim needs serial {serial}.", "device family"),
    ("recall notice matched {p.full} - device sn {serial}, implanted {pdate}. pls add to dr r's list", "device lowercase"),

    # --- URLs / IPs
    ("Here's the video visit link for {p.first}: {url_link}", "url"),
    ("{p.full}'s family set up a page: {p.page} - Dr R wants to post a note.", "url relative"),
    ("{p.full}'s home monitor keeps dropping. Base station IP {ip}, CareLink says offline since {pdate}.", "ip device"),
    ("Remote transmission for {p.last} failed from {ip} - can IT whitelist it?", "ip"),
    ("portal link for pt {p.inv}: {p.url}\n(sent to {p.his} email {p.email})", "url email multiline"),
]

PHI_FRAMES += [
    # --- insurance / billing / SSN
    ("Prior auth for {p.full}: BCBS member ID {hpid}, DOB {dob}. CPT {cpt}.", "insurance cpt"),
    ("Medicare MBI {mbi} for {p.inv}; {p.he} is {p.age}.", "insurance age"),
    ("Billing question from {p.full}: acct {acct}, says {p.he} was charged twice for the {pdate} visit.", "billing"),
    ("The disability form for {p.full} needs an SSN. {p.He} read it to me as {ssn}. Next time I'll keep it out of Slack, sorry", "ssn"),
    ("memebr id {hpid} / grp 004471 - for {p.last}, {p.first}. is this the right plan?", "insurance typo"),
    ("MassHealth ID {hpid} for {p.full}. {boss} needs it on the letter of medical necessity.", "insurance"),
    ("{p.full} - guarantor acct # {acct} - financial counseling wants Dr R to sign the hardship form", "billing"),
    ("Patient acct {acct} and HAR {acct} both show up for {p.last}. Which do I put on the appeal?", "billing"),
    ("soc sec for {p.first} {p.last} is {ssn} per {p.his} {r.rel}. needed for the SSDI letter", "ssn relative lowercase"),
    ("Fwd: from PFS\n> Patient: {p.inv}\n> Account: {acct}\n> Balance disputed, DOS {pdate}\n> Pls have the physician call {phone}", "billing multiline forwarded"),
    ("Humana subscriber id {hpid}, DOB {dob} - for {p.full}'s cardiac rehab auth", "insurance"),
    ("{p.full}'s daughter wants to pay the copay by card: {cc}. I told her I can't take that in Slack.", "credit-card relative"),

    # --- licences, vehicles, cards (doctor and staff, conservative types)
    ("Credentialing needs {boss}'s DEA {dea} and MA license {slic} by {mdate}.", "credentialing"),
    ("For the renewal: Dr. Raghavan, MA Reg #{slic}, DEA {dea}, NPI {npi}.", "credentialing npi"),
    ("RMV: Dr R's driver's license no. {dl} - renewal appt is {mdate}, please block 90 min.", "license"),
    ("Parking office needs the plate for {boss}'s new car: {plate}.", "vehicle"),
    ("Rental for the Chicago trip - VIN {vin}, plate {plate}. Keep for the expense report.", "vehicle travel"),
    ("Book the ACC hotel on the amex {cc} (exp 08/27). Conf goes to {boss}'s inbox.", "credit-card travel"),
    ("valet ticket for {p.full}'s family - plate {plate}, they're with the pt in CCU", "vehicle relative lowercase"),
    ("{p.full}'s son parked in the doctors' lot again. Security says plate {plate}. {boss} says let it go this week.", "vehicle relative"),
    ("Corporate card for the fellows' dinner: {cc}. Limit is {money}.", "credit-card money"),
    ("{doc}'s new DEA is {dea} - pls update the Rx pad order", "credentialing"),
    ("Nurse practitioner {collfull}, license {slic}, starts {mdate}. Needs the privileging packet.", "credentialing"),
    ("Dr R lost her wallet :( cards to cancel: {cc} and the hospital Amex. DL # was {dl}", "credit-card license emoji"),

    # --- business contacts (conservative: phone / e-mail always labelled)
    ("{vendor} can be reached at {bizphone} or {bizemail} for the Micra case next week.", "business-contact"),
    ("Fax the referral to {doc}'s office at {bizphone}.", "business-contact referral"),
    ("New travel agent contact: {bizemail}, direct line {bizphone}", "business-contact travel"),
    ("{exec}'s assistant asked that we send the agenda to {bizemail}.", "business-contact exec-name"),
    ("cath lab charge nurse direct: {bizphone} (not the main line)", "business-contact lowercase"),
    ("Please cc {bizemail} on all the grant correspondence. Her cell is {bizphone} if urgent.", "business-contact"),

    # --- employee health / staff as patient
    ("Heads up - {s.full} (our echo tech) was admitted overnight with chest pain. {boss} is {s.his} attending now. Please keep it off the group channel.", "employee-health"),
    ("employee health: {s.first} from the cath lab needs a return-to-work note after {s.his} procedure on {pdate}", "employee-health lowercase"),
    ("{s.full} from Finance is scheduled for a stress test {adate}. {s.He} asked Dr R to read it personally.", "employee-health"),
    ("Please don't add {s.first} {s.last} to the OR schedule - {s.he}'s a patient this week (MRN {mrn}).", "employee-health"),
    ("Our scheduler {s.full} fainted at the front desk. ED bed 4, {boss} on the way.", "employee-health"),

    # --- lists, tables, names next to numbers
    ("MRNs for tomorrow's TAVR board: {mrn}, {mrn2} and {mrn3}", "list mrn"),
    ("callbacks: {p.last}, {p2.last}, {p3.last} - all re: labs", "list callback"),
    ("| Pt | MRN | Appt |\n|---|---|---|\n| {p.full} | {mrn} | {adate} |\n| {p2.full} | {mrn2} | {adate2} |", "table multiline"),
    ("Today's add-ons:\n1. {p.last} {mrn}\n2. {p2.last} {mrn2}\n3. {p3.first} {p3.last} - no MRN yet", "list multiline name-number"),
    ("```\nNAME               MRN        DOB\n{p.inv}    {mrn}    {dob}\n{p2.inv}    {mrn2}    {dob}\n```", "table multiline slack-markup"),
    ("{p.last}/{p2.last}/{p3.last} need consents signed before Dr R leaves at 4", "list"),
    ("Pls pull charts for MR# {mrn} and {mrn2} - peer review", "list mrn"),
    ("the {p.last} family and the {p2.last} family both called - both families want a meeting with dr r this wk", "list lowercase relative"),
    ("Cath list (Dr R):\n• 7:30 {p.full}\n• 9:00 {p2.full}\n• 10:30 {p3.full} - needs interpreter", "list multiline slack-markup"),
    ("chart #{mrn} ({p.last}) and chart #{mrn2} ({p2.last}) were merged by mistake - HIM ticket {ticket}", "records ticket"),

    # --- forwarded / answering service / formal
    ("Fwd from the answering service:\n> Caller: {r.full} ({r.rel} of {p.full})\n> Callback: {phone}\n> Re: shortness of breath since {pdate}", "forwarded relative multiline"),
    ("---------- Forwarded message ---------\nFrom: {p.email}\nSubject: question for Dr. Raghavan\n\nHi, this is {p.full}. Is it ok to fly on {adate} after my ablation?", "forwarded email multiline"),
    ("Dear Dr. Raghavan, I am writing on behalf of my {p.parent}, {p.full} (DOB {dob}), who was seen in your clinic on {pdate}. - {r.full}", "formal relative"),
    ("Per our conversation, please find the records request for {p.full}, MRN {mrn}, dates of service {pdate} through {adate}.", "formal records"),
    ("To whom it may concern: {p.full} is under the care of Dr. Lena Raghavan and may not drive until {adate}.", "formal"),
    ("Answering svc msg 02:14 — {p.hon} {p.last}, {phone}, \"heart racing, took extra metoprolol\". Dr on call notified.", "forwarded"),

    # --- bot requests
    ("@assist draft a letter to {p.full} at {addr} saying {p.his} appointment moved to {adate}", "bot-request address"),
    ("bot: look up {p.first} {p.last}'s next appt. DOB {dob}", "bot-request"),
    ("hey bot can you text {p.first} at {phone} that dr r is running 30 min late", "bot-request lowercase"),
    ("/remind me to check {p.last}'s troponin at 4pm", "bot-request"),
    ("assistant: create a task - call {p.full} ({phone}) with echo results, due {adate}", "bot-request"),
    ("bot pls email {p.email} the pre-procedure instructions for {adate}", "bot-request email"),
    ("{mention} can you fax {p.full}'s last 3 notes to {bizphone}? MRN {mrn}", "bot-request referral"),

    # --- misc, lower case, typos, emoji
    ("omg {p.first} {p.last} brought dr r cookies again :cookie: {p.he} says thanks for the {pdate} surgery", "emoji lowercase"),
    ("pt {p.last} reffered by {doc}, DOB {dob}, needs appt asap - pleaes call {phone}", "typo referral"),
    ("Complaint from {r.full}: says {p.his} {r.rel} waited 3 hrs on {pdate}. Wants to talk to the chair.", "complaint relative"),
    ("escalation: {p.full} ({mrn}) got the wrong discharge instructions on {pdate}. {boss} wants patient relations on it", "escalation"),
    ("Referral from {doc}: {p.full}, 67yo, new AF, MRN {mrn}. Wants to see {boss} specifically.", "referral"),
    ("{p.nicklast} (legal name {p.full}) is asking for a copy of {p.his} EKG from {pdate}", "nickname records"),
    ("do we have a working # for {p.full}? {phone} is disconnected and {phone2} goes to a fax", "callback"),
    ("Transport for {p.full} from {addr} on {adate} - wheelchair van, pickup at 6:45", "transport address"),
    ("POA for {p.full} is {p.his} {r.rel} {r.full}, {phone}. Copy of POA is in Media tab.", "relative poa"),
    ("visitor list for {p.last} in CCU: {r.full}, {r2.full}. no one else per family", "relative list"),
    ("{p.first}'s {r.rel} {r.first} says the pharmacy at {phone} never got the Entresto script", "relative"),
    ("{p.full} died on {pdate}. {boss} wants to call the family - {r.rel} {r.full}, {phone}", "death relative"),
    ("ABSTRACT DRAFT: case of a {p.age}-year-old with ATTR amyloid - pls remove {p.his} name ({p.full}) and MRN {mrn} before it goes out!", "age research"),
    ("D.O.B. for {p.last} is {dob} not {dob} - registration has it wrong", "typo"),
    ("mnr {mrn} is {p.first} {p.last}, not {p2.first} {p2.last}. pls fix the label", "lowercase typo"),
]

PHI_FRAMES += [
    ("Quick one - is {p.hon} {p.last} the one with the CRT-D or the Watchman? {p.His} {r.rel} is on line 2.", "relative"),
    ("Thx for covering! FYI {p.first} {p.last} may call about {p.his} INR, {p.he}'s been at 3.8. Best # {phone}.", "chatty"),
    ("Dr R is running late. Pls tell {p.full} (waiting rm 2) and offer {p.him} {adate} instead if {p.he} can't stay.", "scheduling"),
    ("so {p.last} showed up w/o the holter again lol. rebooked for {adate}", "lowercase scheduling"),
    ("Per Dr. Raghavan: {p.full}'s heart cath is confirmed for {adate} at {time}. NPO after midnight. Arrive at {facaddr}.", "scheduling facility-address"),
    ("*Urgent*: {p.full}, DOB {dob}, K+ 6.1 on today's draw. {boss} wants {p.him} called NOW at {phone}.", "results escalation slack-markup"),
    ("Hi team, {p.fmi}'s records from Lahey arrived - MRN there was {mrn2}, ours is {mrn}.", "records"),
    ("Patient Relations case {ticket}: {p.full} says {p.he} was billed for a no-show on {pdate}; {p.he} was inpatient that day.", "complaint ticket"),
    ("can we get a wheelchair at the Kenmore door for {p.first} {p.last} on {adate}? {p.he}'s {p.age}", "lowercase age"),
    ("{r.full} (HCP for {p.last}) wants a family mtg Fri. {r.first}'s email is {r.email}", "relative poa"),
    ("Tele sitter reports {p.last} in bed 14 pulled {p.his} leads again. Pls let Dr R know before rounds.", "inpatient"),
    ("the zio for {p.full} (SN {serial}) was returned to {addr} by mistake - can we resend a label?", "device address lowercase"),
    ("{p.full}\n{addr}\nDOB {dob}\nIns: {hpid}\nRef by {doc}", "multiline referral structured"),
    ("Dr R wants the {pdate} echo images for {p.last} burned to CD and mailed to {p.his} new cardiologist. MRN {mrn}.", "records"),
    ("{p.hon} {p.last} ({p.age}!) is asking if {p.he} can go to {p.his} grandson's wedding on {adate}. Dr R says yes with the walker.", "age"),
    ("re {p.last}: wife {r.first} says ok to leave detailed msgs at {phone}", "relative lowercase"),
    ("Please update demographics for {p.full}: new phone {phone}, new email {email}.", "structured"),
    ("hey it's {coll} - {p.full} in the waiting room says {p.he} had the appt on {adate}, we have {adate2}. Who's right?", "scheduling"),
    ("Dr. R approved a courtesy visit for {p.full} - no charge, acct {acct}. Pls note in the billing comments.", "billing"),
    ("pt name: {p.inv}\nMR#: {mrn}\nDOB: {dob}\nReason: pre-op clearance\nSurgeon: {doc}", "structured multiline referral"),
    ("{p.first} {p.last} gave consent to speak with {p.his} {r.rel} {r.full} and neighbor {r2.full}", "relative"),
    ("Friendly reminder (set by {boss}): call {p.full} re: ICD shock on {pdate}", "bot-request device"),
    ("ED called - {p.full}, {p.age}, syncopal at home in {town}. Asking if Dr R knows {p.him}.", "age address"),
    ("Looping in {mention}: can Social Work see {p.full}? Lives alone at {addr}, no family nearby.", "address slack-markup"),
    ("From Dr R's dictation: \"{p.inv}, seen {pdate}, {youngage}-year-old with HFrEF, return {adate}.\"", "forwarded"),
    ("New portal msg from {p.full}: \"my watch said afib twice on {pdate}, should I come in?\"", "portal"),
]

PHI_FRAMES += [
    ("Registration needs {p.full}'s SSN for the charity care app. {p.He} wrote it as {ssn} on the form.", "ssn"),
    ("ssn {ssn} / mrn {mrn} / dob {dob} - {p.last}. pls verify before I send to medical records", "ssn lowercase structured"),
    ("Last 4 of {p.his} SSN ({l4}) match but the DOB doesn't: {p.full} is listed as {dob}.", "last-4"),
    ("{p.last}'s home monitor registers from {ip6} and CareLink won't accept IPv6. Ticket {ticket}.", "ip device ticket"),
    ("VPN audit flagged a login to Dr R's account from {ip} at 2:14am. Is that her home connection?", "ip"),
    ("Tele-visit for {p.full} failed; the log shows the client at {ip}. Link was {p.url}", "ip url"),
    ("{p.full} asked why {p.his} portal link doesn't work: {p.url}", "url"),
    ("MRN is {mrn_spelled} - that's {p.last}, {p.he} spelled it out on the voicemail", "evasion"),
    ("{p.hon} {p.last} left a callback number, said it slowly: {phone_spelled}.", "evasion callback"),
    ("Write-up for the {pdate} fall: {p.full}, {p.age}, found on the floor of {p.his} room at 0300, no injury.", "incident age"),
    ("EKG tech says the {adate} tracing under MRN {mrn} is actually {p2.full}'s, not {p.full}'s", "records"),
    ("Dr R wants {p.hon} {p.last}'s {r.rel} added to the HIPAA release: {r.full}, DOB {dob}, {r.email}", "relative poa"),
]

# ================================================================ clean frames
CLEAN_FRAMES = [
    # --- hard: staff, colleagues, executives, vendors named in business context
    ("Move my 3pm with {docfull} to Thursday - grand rounds got moved into that slot.", "calendar"),
    ("{exec} wants 30 min with {boss} before the budget review on {mdate}.", "exec-name calendar"),
    ("Can you set up lunch with {vendor} on {mdate}? Dr R wants to hear about the new leadless pacer.", "vendor calendar"),
    ("{doc} is covering Dr R's inpatients {mrange}.", "calendar"),
    ("pls tell {coll} the P&T slides are due {day} by noon", "lowercase deadline"),
    ("Reminder: {collfull} starts as the new division administrator on {mdate}. Badge photo at 9 in {room}.", "calendar"),
    ("Search committee for the EP chief: {docfull}, {doc2}, {exec}. First meeting {mdate} at {time}.", "committee exec-name"),
    ("{vendor} is coming by the cath lab {day} at {time}. Vendor badge at the front desk.", "vendor"),
    ("{mention} can you send {boss} the minutes from the Quality committee? {coll} took notes.", "slack-markup committee"),
    ("Dr. Okafor and Dr. Bui both want the Tuesday afternoon OR block. {boss} will decide at the chair's meeting.", "calendar"),
    ("Please congratulate {docfull} - promoted to Associate Professor effective {mdate}!", "hr"),
    ("{exec} declined the {mdate} retreat. Can we move it to the week after?", "exec-name calendar"),
    ("Fellows' schedule is final. {coll} has nights the week of {mdate}, {coll2} has clinic.", "calendar"),
    ("Grand rounds speaker: {docfull} from Penn, {mdate} at 8am, Ether Dome. Honorarium {money}.", "money calendar"),
    ("{vendor} sent the contract redlines. Legal wants them back by {mdate}.", "vendor deadline"),

    # --- hard: words that look like names
    ("I hope the board slides are done - Dr R wants to review them tonight.", "name-like"),
    ("Will do! I'll grant access to the shared drive once IT approves the ticket {ticket}.", "name-like ticket"),
    ("Mark the faith-based chaplaincy lunch as tentative on Dr R's calendar.", "name-like"),
    ("The NIH grant deadline is {mdate}. Rose Garden room is booked for the writing session.", "name-like deadline"),
    ("Bill for the ACC membership came in: {money}. Chase card on file expires 09/26.", "name-like money"),
    ("Page the fellow if anything changes. Dr R will be at the Hope Lodge fundraiser till 9.", "name-like"),
    ("Can you chase down the Faith Memorial invoice {invoice}? Finance says it's 60 days past due.", "name-like invoice"),
    ("Summer interns: please read page 4 of the onboarding guide before {day}.", "name-like"),
    ("Grant Hall is closed for renovation - the {mdate} committee moves to {room}.", "name-like facility"),
    ("Sunny, 72 and no rain - Dr R wants the department picnic at Prospect Park on {mdate}.", "name-like"),
    ("Royal blue or navy for the department polos? Dawn at Marketing needs the count ({n}) by {day}.", "name-like"),
    ("Will the Hope and Faith donors be at the gala? Dr R needs the seating chart by {mdate}.", "name-like"),
    ("Bishop Fenwick HS wants Dr R to speak at career day. Date TBD, sometime in {quarter}.", "name-like"),

    # --- hard: facility addresses, extensions, zoom, numbers that are not identifiers
    ("The CV faculty retreat is at {facaddr} on {mdate}. Parking is validated.", "facility-address calendar"),
    ("New clinic address for the letterhead: {facaddr}. Old one was 2 Kenmore Plaza.", "facility-address"),
    ("Call the echo lab at {ext} if the reader is down. Main line is on the website.", "ext"),
    ("Zoom for the chair's huddle: Meeting ID {zoom}, passcode 0412.", "zoom"),
    ("Dr R's office moved to {room}. Her extension stays {ext}.", "ext facility"),
    ("EP conference room is {room}; dial-in is the usual Teams link.", "calendar"),
    ("Invoice {invoice} for the echo machine service - {money}, {costc}.", "money invoice"),
    ("PO {po} approved for the new TEE probes. Delivery to {site} by {mdate}.", "po"),
    ("Epic is going to {ver} on {mdate}; downtime {time} to {time2}.", "version"),
    ("The CareLink app update ({ver}, {build}) breaks SSO again. Ticket {ticket}.", "version ticket"),
    ("Dr R's NPI is {npi} - the payer portal wants it for the provider enrollment.", "npi"),
    ("Coding q: do we bill {cpt} or {cpt} with modifier 26 for the outside reads?", "cpt"),
    ("Quality dashboard: {icd} readmissions down {pct} this quarter.", "icd"),
    ("Budget: cath lab overtime was {money} in {quarter}, {pct} over plan.", "money"),
    ("Server room move: the echo archive moves to the new rack {day}. Asset tag CV-0{n}3 and CV-0{n}7.", "asset-tag"),
    ("Policy {policy} (Chaperone Use) takes effect {mdate}. All staff must attest by {mdate2}.", "policy deadline"),
    ("Printer on 6 is jammed again - print job 44{n}19 stuck. Ticket {ticket}.", "ticket"),
    ("Dr R needs {n} copies of the fellowship handbook ({ver}) for orientation.", "version"),
    ("Room block: {n} rooms at the Hyatt for ACC, group code CARD{year}.", "travel"),

    # --- hard: dates of meetings and deadlines, ages in aggregate, topics
    ("Committee meets {mdate} at {time}, then again {mdate2}. Agenda due the Friday before.", "calendar"),
    ("FYI the IRB renewal is due {mdate}. Dr R is PI on {n} protocols.", "deadline"),
    ("TAVR outcomes: {n} pts over 90 this year, 30-day mortality {smallpct}.", "age-aggregate"),
    ("Registry cleanup: patients 90+ are now shown as a single age band per policy.", "age-aggregate"),
    ("Epic upgrade will switch us to 10-digit MRNs on {mdate}. Update the templates.", "mrn-topic"),
    ("Reminder: never put SSNs or MRNs in Slack. Use the secure chat in Epic.", "ssn-topic mrn-topic hipaa"),
    ("HIPAA training is due {mdate}; {n} people in the dept are overdue.", "hipaa deadline"),
    ("The 90-day readmission report is due {mdate} - Dr R will present at M&M.", "age-aggregate deadline"),
    ("Average age in the HF clinic is {youngage}. Dr R wants that on slide 3.", "age-aggregate"),
    ("Zip code analysis: most of our AF referrals come from 3 towns south of the city. Map attached.", "zip-like"),
    ("Dr R's CME cycle ends {mdate}; she needs {n} more credits.", "deadline"),
    ("Medical staff bylaws vote: {mdate}, {time}, Board Room.", "calendar"),
]

CLEAN_FRAMES += [
    # --- calendar / bot requests
    ("move my {time} with {coll} to {time2} pls", "bot-request lowercase calendar"),
    ("bot: block {day} {time}-{time2} for grant writing. Mark private.", "bot-request calendar"),
    ("Can you find 45 min next week for {boss}, {doc} and {collfull}? Anything but {day} morning.", "calendar"),
    ("@assist decline the {mdate} vendor dinner, politely. Say Dr R is on service.", "bot-request"),
    ("/remind {boss} to sign the fellowship letters at 4pm", "bot-request"),
    ("Cancel the {time} 1:1 with {coll}; they're stuck at the Newton site all day.", "calendar"),
    ("dr r wants the whole morning free on {day}. push everything after 1", "lowercase calendar"),
    ("Add travel time before the {time} at {site} - it's 40 min with traffic.", "calendar"),
    ("Please accept the {mdate} Teams invite from {exec} on Dr R's behalf.", "exec-name calendar"),
    ("Recurring: chair's huddle every {day} {time}, starting {mdate}, ending {mdate2}.", "calendar"),
    ("If {doc2} can't do {day}, offer {mdate} or {mdate2}.", "calendar"),
    ("assistant, what's on Dr R's calendar tomorrow after 2?", "bot-request"),
    ("Clear Friday. Dr R is taking a personal day - no details needed.", "calendar"),
    ("Teams mtg w/ {vendor}: ID {zoom}. Link in the invite.", "vendor zoom"),

    # --- travel
    ("Flight for Dr R to ACC: {flight} out {mdate}, back {mdate2}. Aisle please.", "travel"),
    ("Hotel for the HRS meeting is confirmed, conf # {conf}. Card ending 4417 - exp 11/27.", "travel last-4"),
    ("car service to Logan at {time} on {mdate}, then {flight} to DCA", "travel lowercase"),
    ("Dr R's TSA PreCheck renewal is due {quarter}. Remind her in a month.", "travel"),
    ("Per diem for the Madrid trip is {money}/day. Receipts due within 30 days.", "travel money"),
    ("Uber voucher for the visiting professor, {docfull}, pickup at the Westin {time}.", "travel"),
    ("Seat upgrade didn't clear on {flight}. Dr R says fine, economy plus is ok.", "travel"),
    ("The ESC meeting is in Madrid {mrange}. Abstract deadline {mdate}.", "travel deadline"),

    # --- family errands (no health context)
    ("Pick up Dr R's dry cleaning and the anniversary gift from Shreve's before 5.", "errand"),
    ("Can you order flowers for Dr R's mother-in-law's birthday? ~{money}, tulips.", "errand money"),
    ("Dr R's kids have a half day {day} - car pickup at 12:15 instead of 3.", "errand"),
    ("book the dog sitter for {mrange}, same one as last year", "errand lowercase"),
    ("Dr R wants a table for 6 at Giulia on {mdate} at 7 - it's her son's graduation dinner.", "errand"),
    ("Car inspection for Dr R's Volvo is due this month. Any Jiffy Lube near {site} is fine.", "errand"),
    ("Renew the E-ZPass transponder - the account's under the family name, Dr R has the login.", "errand"),
    ("The plumber is coming {day} between {time} and {time2}. Dr R's husband will be home.", "errand"),

    # --- committee / department / admin
    ("Draft agenda for the {quarter} dept meeting:\n1. Budget ({money})\n2. Recruitment - 2 EP, 1 imaging\n3. Wellness survey results", "multiline committee money"),
    ("*Action items from today*\n• {coll}: update the on-call grid\n• {coll2}: book the retreat venue\n• Dr R: sign the offer letters", "slack-markup multiline committee"),
    ("The P&T committee approved {n} formulary changes. Minutes in the shared drive.", "committee"),
    ("Please send the promotions packet for {docfull} to the dean's office by {mdate}.", "deadline"),
    ("Recruitment: {n} applicants for the imaging fellowship, interviews {mdate} and {mdate2}.", "hr"),
    ("Annual reviews for the echo techs are due {mdate}. Dr R wants to do {coll}'s herself.", "hr deadline"),
    ("Space committee approved converting {room} into a second reading room.", "committee"),
    ("Department holiday party: {mdate}, {facaddr}, budget {money}. RSVP to {coll} by {day}.", "facility-address money"),
    ("Can we get the cath lab volumes for {quarter} vs last year? Dr R wants them for the board.", "committee"),
    ("The wRVU report shows Dr R at {pct} of target for {quarter}.", "money"),
    ("Philanthropy says the Lindenbaum Foundation gift ({money}) is confirmed. Dr R to call them {day}.", "donor money"),
    ("Board of Trustees Quality subcommittee, {mdate}, {time}. Dr R presents the STS star rating.", "committee"),
    ("Reminder: abstracts for Research Day are due {mdate}. Max {n} per lab.", "deadline"),
    ("Cost center {n}7710 is over budget on supplies. Finance wants an explanation by {day}.", "money"),

    # --- IT / systems
    ("Dr R can't log into Epic from home. VPN client is {ver}, error 809. Ticket {ticket}.", "version ticket"),
    ("The echo reading station in {room} needs the {build} patch before {day}.", "version"),
    ("Dictation app crashed again ({ver}). IT says reinstall. I'll do it at lunch.", "version"),
    ("New Teams channel for the TAVR program: #tavr-ops. Please join.", "slack-markup"),
    ("`{ticket}` - badge reader at {room} still broken, can't get into the EP lab after 7pm", "ticket slack-markup"),
    ("Intranet link for the on-call grid: https://intranet.stbrigid.org/cardiology/oncall", "url-intranet"),
    ("Board portal is https://boardportal.stbrigid.org - Dr R's login is reset, she'll get an email.", "url-intranet"),

    # --- clinical but de-identified
    ("Dr R wants a list of how many pts had {cpt} done last month - counts only, no names.", "cpt"),
    ("78 y/o in bed 12 is stable per the fellow. No need to call Dr R tonight.", "age"),
    ("Two add-ons for tomorrow, both pre-op clearances. Details are in Epic, not here.", "clinical"),
    ("The {youngage}-year-old from this morning went home. Dr R says thanks to the team.", "age"),
    ("Stat echo in {bed} is done - read is in Epic.", "clinical"),
    ("Reminder to everyone: use the patient's initials only in the huddle doc, never full names.", "hipaa"),
    ("Dr R is on service {mrange}. Route all inpatient pages to {doc}.", "calendar"),
    ("Heads up, CCU is at capacity (all 18 beds). Dr R may be late to the {time} meeting.", "clinical"),
]

CLEAN_FRAMES += [
    ("| Meeting | Date | Room |\n|---|---|---|\n| Quality | {mdate} | {room} |\n| Budget | {mdate2} | Board Rm |", "table multiline calendar"),
    ("```\nWEEK OF {mdate}\nMon  clinic (Kenmore)\nTue  cath lab\nWed  admin / chair mtgs\nThu  clinic (Newton)\nFri  research\n```", "table multiline slack-markup calendar"),
    ("Fwd from {exec}:\n> Please have Dr. Raghavan confirm the {quarter} capital request ({money}) by {mdate}.\n> Thanks, G.", "forwarded multiline exec-name money"),
    ("Dr R's MA license lapses 06/30 unless she files the renewal. CME attestation is attached.", "credentialing deadline"),
    ("DEA renewal for Dr R is due next month - I have the form, just need her signature.", "credentialing"),
    ("Last 4 of the corporate card is 1008, exp 03/28. Travel office has the rest on file.", "last-4"),
    ("The Rose, Faith and Grant conference rooms are all booked {day}. Try {room}.", "name-like"),
    ("Will from Facilities says the {room} AC will be fixed by {day}. Ticket {ticket}.", "name-like ticket"),
    ("hope ur feeling better! dr r says take tomorrow off too", "name-like lowercase"),
    ("Visitors for the site visit: {n2} surveyors from the Joint Commission, arriving {mdate} at {time}. Badges at the {site} lobby.", "visitors"),
    ("The Mayo delegation ({docfull} and two administrators) visits {mdate}. Lunch for 6 in {room}.", "visitors"),
    ("Trustee dinner seating: {exec} next to Dr R, {vendor} at table 3 (no - vendors can't attend, remove).", "exec-name vendor"),
    (":tada: The echo lab passed IAC reaccreditation! {n} studies audited, zero findings.", "emoji"),
    ("Dr R's parking spot moved to level P2, spot {n}. Garage is at {facaddr}.", "facility-address"),
    ("Main cardiology line will be down {day} {time}-{time2} for the phone system cutover. Use {ext} for urgent calls.", "ext"),
    ("New hire orientation for the cardiac sonographers is {mdate}. {coll} and {coll2} are presenting.", "hr calendar"),
]

SLOTS["l4"] = lambda m: dg(4)
SLOTS["mrn_spelled"] = lambda m: (m.tags.add("evasion"), lab("MRN", spelled(dg(7))))[1]
SLOTS["phone_spelled"] = lambda m: (m.tags.add("evasion"), lab("PHONE", R.choice(["six one seven", "seven eight one", "five oh eight"]) + ", five five five, " + " ".join(ONES[int(c)] for c in dg(4))))[1]
SLOTS["exec_rel"] = pick(["his aunt", "her father-in-law", "an old family friend", "his former neighbour"])

# ================================================================ assembly
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "insurance", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device",
            "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
STRUCTURED = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "CREDIT_CARD",
              "VEHICLE_ID", "DEVICE_ID", "IP_ADDRESS"}

def verify(m):
    """Spans must be found exactly where they were placed by a left-to-right search."""
    text = "".join(s for s, _ in m.segs)
    b = text.encode("utf-8")
    pos = 0; cur = 0; spans = []
    for seg, t in m.segs:
        n = len(seg.encode("utf-8"))
        if t:
            if not seg or seg != seg.strip():
                return None
            v = seg.encode("utf-8")
            if b.find(v, pos) != cur:
                return None
            spans.append({"type": t, "value": seg})
            pos = cur + n
        cur += n
    return text, spans

def render(frame, kind):
    template, tagstr = frame
    for _ in range(80):
        m = expand(template, tagstr.split())
        r = verify(m)
        if r is None:
            continue
        text, spans = r
        if (kind == "phi") != bool(spans):
            raise SystemExit("frame kind mismatch: %r" % template)
        tags = set(m.tags)
        types = {s["type"] for s in spans}
        tags.update(TYPE_TAG[t] for t in types)
        if types & STRUCTURED:
            tags.add("structured")
        if "business-contact" in tags and not types <= {"PHONE", "EMAIL"}:
            tags.discard("business-contact")
        if "\n" in text:
            tags.add("multiline")
        if re.search(r"<@U|<https?:|<mailto:|<tel:|\*\S[^*\n]*\*|`|^\s*[•-] |^>", text, re.M):
            tags.add("slack-markup")
        if re.search(r":[a-z_]+:", text) or any(ord(c) >= 0x1F000 for c in text):
            tags.add("emoji")
        if text == text.lower():
            tags.add("lowercase")
        tags.discard("phi"); tags.discard("clean")
        return text, spans, [kind] + sorted(tags)
    raise SystemExit("could not place spans for frame: %r" % template)

def main():
    # sanity: no duplicate frames
    for name, fr in (("PHI", PHI_FRAMES), ("clean", CLEAN_FRAMES)):
        ts = [t for t, _ in fr]
        dup = {t for t in ts if ts.count(t) > 1}
        if dup:
            raise SystemExit("duplicate %s frames: %r" % (name, dup))
    jobs = []
    for kind, frames, n in (("phi", PHI_FRAMES, N_PHI), ("clean", CLEAN_FRAMES, N_CLEAN)):
        order = frames[:]
        R.shuffle(order)
        for i in range(n):
            jobs.append((kind, order[i % len(order)]))
    R.shuffle(jobs)
    out = []
    for k, (kind, frame) in enumerate(jobs, 1):
        text, spans, tags = render(frame, kind)
        out.append({"id": "il-%04d" % k, "text": text, "spans": spans, "tags": tags})
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    used = {fr for _, fr in jobs}
    tc = {}
    for o in out:
        for s in o["spans"]:
            tc[s["type"]] = tc.get(s["type"], 0) + 1
    print("frames: %d PHI + %d clean = %d (used %d)" % (len(PHI_FRAMES), len(CLEAN_FRAMES),
          len(PHI_FRAMES) + len(CLEAN_FRAMES), len(used)))
    print("messages: %d (%d phi, %d clean) -> %s" % (len(out), sum(1 for o in out if o["spans"]),
          sum(1 for o in out if not o["spans"]), OUT))
    print("span types:", ", ".join("%s=%d" % kv for kv in sorted(tc.items())))

if __name__ == "__main__":
    main()
