#!/usr/bin/env python3
"""Generate generated_ia.jsonl: PHI-labelled chat corpus (prefix ia).

Setting: executive assistant to the CEO of a rural critical-access hospital,
covering the clinic front desk on Fridays. Standard library only, fixed seed,
byte-identical output on every run.
"""
import json, os, random, re, unicodedata

SEED = 20250418
r = random.Random(SEED)

N_TOTAL, N_PHI, N_CLEAN = 700, 385, 315

# ---------------------------------------------------------------- markup
# a PHI value inside a frame's text is written as \x01TYPE\x02value\x03
def P(t, v): return "\x01%s\x02%s\x03" % (t, v)
def N(v): return P("NAME", v)
def D(v): return P("DATE", v)
def A(v): return P("AGE", v)
def PH(v): return P("PHONE", v)
def EM(v): return P("EMAIL", v)
def SS(v): return P("SSN", v)
def MR(v): return P("MRN", v)
def HP(v): return P("HEALTH_PLAN_ID", v)
def AC(v): return P("ACCOUNT_NUMBER", v)
def LI(v): return P("LICENSE_NUMBER", v)
def VE(v): return P("VEHICLE_ID", v)
def DV(v): return P("DEVICE_ID", v)
def UR(v): return P("URL", v)
def IP(v): return P("IP_ADDRESS", v)
def AD(v): return P("ADDRESS", v)
def CC(v): return P("CREDIT_CARD", v)

MARK = re.compile("\x01([A-Za-z_]+)\x02(.*?)\x03", re.S)

def ch(seq): return seq[r.randrange(len(seq))]
def maybe(p=0.5): return r.random() < p
def pick(seq, k): return r.sample(list(seq), k)

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()

# ---------------------------------------------------------------- name pools
GF = """Margaret Dorothy Mildred Evelyn Lorraine Arlene Darlene Bonnie Shirley Joan LaVonne Delores Irene
Ardith Verna Gladys Hope Faith Joy Grace Rose June Dawn Summer Autumn Crystal Amber Destiny Brandi Tiffany
Kayla Brittany Jessica Ashley Haley Madison Kinsley Paisley Oaklynn Brynlee Harper Willow Hazel Ivy Iris
Pearl Ruby Daisy Violet Penny Sunny Raven Sky Guadalupe María Lupita Yesenia Marisol Xiomara Dulce
Esperanza Luz Rocío Inés Ngoc Thảo Linh Mai Hoa Kalia Nhia Fartun Hodan Amina Ifrah Nimo Chiamaka Ngozi
Adaeze Folake Priya Ananya Deepa Lakshmi Sunita Agnieszka Zofia Olena Svetlana Ingrid Solveig Astrid
Kirsten Greta Liesel Annika Marit Siobhan Aoife Bridget Renée Zoë Leilani Kalani Tala Winona Aiyana Mercy
Blessing Precious Lettie Ola Ione Fern Opal Velma Edna Eunice Alma Neva Hester Patricia Virginia Frances
Katherine Elizabeth Wilma Norma Marlys Jolene Tammy Shawna Cheyenne Misty April Star Clover Honey""".split()
GM = """Harold Eugene Lawrence Leonard Gerald Raymond Bernard Clarence Elmer Virgil Orville Merle Delmer LaVern
Arlo Wendell Dale Wade Hunter Chase Cash Colt Tucker Brody Ryder Bud Rusty Buck Skip Mark Bill Frank Gene
Art Jack Will Sonny Chance King Major Royal Deacon Jesús José Luis Alejandro Joaquín Ignacio Francisco
Efraín Rigoberto Tomás Minh Tuan Huy Bao Long Tou Pao Chue Fue Abdi Abdirahman Mohamed Hassan Yusuf
Chinedu Emeka Oluwaseun Kwame Kofi Rajesh Arjun Vikram Sanjay Tomasz Piotr Mykola Dmitri Søren Lars Nils
Anders Gunnar Björn Dieter Klaus Johann Seamus Declan Padraig Kai Keanu Makoa Dakota Eli Amos Levi Menno
Jonas Ezra Isaiah Abner Robert William Richard James Charles Donald Theodore Edward Kenneth Duane Lyle
Marvin Vernon Floyd Lloyd Cletus Roscoe Ambrose Sterling Hank Dusty Clay Heath Forrest Glen Rocky Stormy
Ransom Booker Shepherd Hollis""".split()
SUR = """Olson Johnson Anderson Peterson Larson Hanson Nelson Jorgensen Lindgren Sorensen Halvorson Thorsen
Bjornstad Kjelstad Schmidt Mueller Müller Vogel Hoffmann Kessler Brandt Schroeder Wegner Reinke Stoltzfus
Yoder Hochstetler Beiler Troyer Miller Baker Fisher Hunter Wolf Fox Stone Rivers Bird Bush Green Brown
White Black Young Long Short Strong Rich Love Sweet Church Bell Hill Wood Field Cross Day Friday Moon Snow
Frost Winter Summers Lake Marsh Steele Walker Cook Carpenter Mason Gardner Farmer Shepherd Lamb Bull Rice
Bean Oates Wheat Gunn Sharp Hale Hardy Noble Golden Silver Savage Gentry Pope Bishop Parsons Dean Banks
Price Cash Garcia Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Torres Flores Rivera
Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Ruiz Vargas Castillo Jiménez Moreno Romero
Herrera Medina Aguilar Vega Castro Mendoza Peña Nuñez Orozco Zúñiga Nguyen Tran Le Pham Vu Huynh Xiong
Vang Yang Lor Thao Moua Her Lee Hassan Ali Mohamed Warsame Abdullahi Farah Okafor Okonkwo Adeyemi Mensah
Boateng Patel Shah Reddy Iyer Nair Kowalski Nowak Wiśniewski Dvořák Novak Kovalenko Shevchenko Petrov
O'Brien O'Neill McAllister McCarthy Fitzgerald Byrne Kelly Murphy D'Angelo Rossi Bianchi Romano LeBlanc
Thibodeaux Boucher Whitehorse Begay Tsosie Kealoha Nakamura Tanaka Kim Park Choi Wong Chen Liu Santos
Bautista Abad Eagleman Kuchera Pokorny Svoboda Hruska Vrba Kucera Rasmussen Christensen Madsen Lund
Ostrander Vanderpool Janssen Vander Wal Eilers Buss Ruhl Sjogren Engebretson Tollefson Haugen Grindeland
Weatherford Blackbird Standing Bear Little Thunder Two Bulls Yellow Hawk Red Cloud Running Horse De La Cruz
Van Zee St. Clair Smith-Vega Ochoa-Reyes""".split()
# multi-word surnames were split above; rebuild them
_MW = ["Vander Wal", "Standing Bear", "Little Thunder", "Two Bulls", "Yellow Hawk", "Red Cloud",
       "Running Horse", "De La Cruz", "Van Zee", "St. Clair"]
_parts = set(w for m in _MW for w in m.split())
SUR = [s for s in SUR if s not in _parts] + _MW + ["Little", "Bear", "Cloud", "Horse", "Cruz"]
GF = [g for g in GF] + ["Mary Jo", "Betty Lou", "Pa Nhia", "Mai Yer", "Ana Lucía"]
GM = [g for g in GM] + ["Juan Carlos", "Jim Bob", "Billy Ray"]

NICK = {"Robert": ["Bob", "Bud", "Robbie"], "William": ["Bill", "Willy", "Billy"],
        "Margaret": ["Peggy", "Marge", "Maggie"], "Elizabeth": ["Betty", "Liz", "Bitsy"],
        "Richard": ["Dick", "Rick"], "James": ["Jim", "Jimmy"], "Dorothy": ["Dot", "Dottie"],
        "Harold": ["Hal", "Hap"], "Eugene": ["Gene"], "Lawrence": ["Larry"], "Leonard": ["Len", "Lenny"],
        "Mildred": ["Millie"], "Virginia": ["Ginny"], "Katherine": ["Kay", "Kathy"],
        "Charles": ["Chuck"], "Donald": ["Don", "Donnie"], "Gerald": ["Jerry"], "Raymond": ["Ray"],
        "Bernard": ["Bernie"], "Frances": ["Fran"], "Patricia": ["Patty", "Trish"],
        "Theodore": ["Ted", "Teddy"], "Edward": ["Ed", "Eddie"], "Guadalupe": ["Lupe"],
        "Francisco": ["Paco", "Pancho"], "José": ["Pepe"], "Ignacio": ["Nacho"],
        "Kenneth": ["Kenny"], "Clarence": ["Shorty"], "Wilma": ["Billie"], "Marvin": ["Marv"],
        "Vernon": ["Vern"], "Alejandro": ["Alex"], "Oluwaseun": ["Seun"], "Abdirahman": ["Abdi"],
        "Chinedu": ["Ned"], "Tomasz": ["Tom"], "Dmitri": ["Dima"], "Evelyn": ["Evie"],
        "Lorraine": ["Rainy"], "Cletus": ["Cleet"], "Duane": ["Dewey"], "Elmer": ["Dutch"]}

class Person:
    def __init__(s, first, last, sex, mid):
        s.first, s.last, s.sex, s.mid = first, last, sex, mid
        s.nick = ch(NICK[first]) if first in NICK else None
    @property
    def full(s): return "%s %s" % (s.first, s.last)
    @property
    def hon(s): return ch(["Mrs. ", "Mrs ", "Ms. ", "Ms "]) if s.sex == "F" else ch(["Mr. ", "Mr "])
    @property
    def she(s): return "she" if s.sex == "F" else "he"
    @property
    def her(s): return "her" if s.sex == "F" else "his"
    @property
    def them(s): return "her" if s.sex == "F" else "him"

def person(sex=None, old=False):
    sex = sex or ch("FM")
    pool = GF if sex == "F" else GM
    if old and maybe(0.6):
        pool = pool[:60] if sex == "F" else pool[:30] + ["Harold", "Eugene", "Lawrence", "Merle", "Virgil",
                                                         "Orville", "Elmer", "Clarence", "Floyd", "Lloyd"]
    mid = ch("ABCDEFGHJKLMNPRSTW") if maybe(0.5) else ""
    return Person(ch(pool), ch(SUR), sex, mid)

def same_family(p, sex=None):
    q = person(sex); q.last = p.last; return q

# staff/business people: plain strings, never labelled unless they are the patient
def staff():
    return person()
def sfull(): p = staff(); return p.full
def sfirst(): return staff().first
def sdoc(): return "Dr. " + staff().last

def name_any(p, styles=None):
    """a marked NAME in a random common style (honorific/possessive kept outside)"""
    st = ch(styles or ["full", "full", "full", "first", "hon", "inv", "mid", "low", "last"])
    if st == "full": return N(p.full)
    if st == "first": return N(p.first)
    if st == "hon": return p.hon + N(p.last)
    if st == "inv": return N("%s, %s%s" % (p.last.upper(), p.first.upper(), (" " + p.mid) if p.mid else ""))
    if st == "mid": return N("%s %s. %s" % (p.first, p.mid or "J", p.last))
    if st == "low": return N(p.full.lower())
    if st == "last": return N(p.last)
    if st == "nick":
        if p.nick: return N(p.full) + ' ("' + N(p.nick) + '")'
        return N(p.full)
    raise ValueError(st)

# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

def rdate(y0, y1):
    y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, MDAYS[m - 1]); return (y, m, d)

def ordn(d): return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

def dfmt(t, style=None, full=True):
    y, m, d = t
    styles_full = ["m/d/yyyy", "mm/dd/yyyy", "m/d/yy", "yyyy-mm-dd", "Month d, yyyy", "d-Mon-yyyy",
                   "mmddyyyy", "m-d-yy", "d Month yyyy", "Mon d yyyy", "m.d.yy"]
    styles_short = ["m/d", "m/d", "Mon dth", "Month d", "Month dth", "m-d", "Mon d", "mm/dd"]
    st = style or ch(styles_full if full else styles_short)
    return {"m/d/yyyy": "%d/%d/%d" % (m, d, y), "mm/dd/yyyy": "%02d/%02d/%d" % (m, d, y),
            "m/d/yy": "%d/%d/%02d" % (m, d, y % 100), "yyyy-mm-dd": "%d-%02d-%02d" % (y, m, d),
            "Month d, yyyy": "%s %d, %d" % (MONTHS[m - 1], d, y), "d-Mon-yyyy": "%d-%s-%d" % (d, MON[m - 1], y),
            "mmddyyyy": "%02d%02d%d" % (m, d, y), "m-d-yy": "%d-%d-%02d" % (m, d, y % 100),
            "d Month yyyy": "%d %s %d" % (d, MONTHS[m - 1], y), "Mon d yyyy": "%s %d %d" % (MON[m - 1], d, y),
            "m.d.yy": "%d.%d.%02d" % (m, d, y % 100), "m/d": "%d/%d" % (m, d), "Mon dth": "%s %s" % (MON[m - 1], ordn(d)),
            "Month d": "%s %d" % (MONTHS[m - 1], d), "Month dth": "%s %s" % (MONTHS[m - 1], ordn(d)),
            "m-d": "%d-%d" % (m, d), "Mon d": "%s %d" % (MON[m - 1], d), "mm/dd": "%02d/%02d" % (m, d)}[st]

def dob(old=False): return dfmt(rdate(1921, 1945) if old else rdate(1928, 2016))
def kid_dob(): return dfmt(rdate(2008, 2021))
def vdate(full=None):
    full = maybe(0.35) if full is None else full
    return dfmt(rdate(2024, 2025), full=full)
def mdate(): return dfmt(rdate(2025, 2026), full=maybe(0.3))  # meetings etc (never PHI)

WEEKDAY = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Monday", "Tuesday",
           "Wednesday", "Thursday", "Friday"]
def tm():
    h = r.randint(7, 16); mm = ch([0, 0, 15, 30, 30, 45])
    return ch(["%d:%02d" % ((h - 1) % 12 + 1, mm) + ch(["", "am" if h < 12 else "pm", " AM" if h < 12 else " PM"]),
               "%02d%02d" % (h, mm)])

# ---------------------------------------------------------------- ages
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
def age90(spelled=None):
    a = r.choice([90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
    spelled = maybe(0.25) if spelled is None else spelled
    if spelled:
        if a >= 100: return ch(["one hundred", "a hundred"]) + ("" if a == 100 else " and " + ONES[a - 100])
        return "ninety" + ("-" + ONES[a - 90] if a > 90 else "")
    return str(a)
def age_young(): return str(r.randint(2, 89))

# ---------------------------------------------------------------- identifiers
AREAS = ["308", "402", "531", "605", "785", "620", "712", "641", "701", "406", "507", "320", "218",
         "970", "719", "563", "319", "515", "816", "580"]
def phone(style=None, area=None):
    a = area or ch(AREAS); e = "%d%02d" % (r.randint(2, 9), r.randint(0, 99)); n = "%04d" % r.randint(0, 9999)
    st = style or ch(["paren", "dash", "dash", "dash", "dot", "space", "plain", "plus", "plus1dash", "local",
                      "paren2"])
    return {"paren": "(%s) %s-%s" % (a, e, n), "paren2": "(%s)%s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n),
            "dot": "%s.%s.%s" % (a, e, n), "space": "%s %s %s" % (a, e, n), "plain": a + e + n,
            "plus": "+1 %s %s %s" % (a, e, n), "plus1dash": "1-%s-%s-%s" % (a, e, n), "local": "%s-%s" % (e, n)}[st]

def phone_ext(): return phone(ch(["dash", "paren", "dot"])) + ch([" ext. ", " ext ", " x", " x ", ", ext. "]) + str(r.randint(10, 4999))

PDOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "centurylink.net",
        "windstream.net", "hughes.net", "nntc.net", "gpcom.net", "threeriver.net", "msn.com", "live.com"]
def pemail(p=None):
    p = p or person(); f, l = fold(p.first), fold(p.last)
    u = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l, r.randint(1, 99)), "%s_%s" % (l, f),
            "%s%d" % (f, r.randint(1940, 2012)), ch(["farmgirl", "huskerfan", "bigred", "cowboy", "gramma",
            "papa", "tractorguy", "cornhusker", "pheasantman", "quiltlady"]) + str(r.randint(1, 99)),
            "%s.%s%d" % (f, l, r.randint(1, 9)), "the%ss" % l])
    return u + "@" + ch(PDOM)
ORGDOM = ["msch.org", "msch.org", "msch.org", "mschfoundation.org", "dismalrivercounty.gov", "medline.com",
          "mckesson.com", "trubridge.com", "nebraskahospitals.org", "eidebailly.com", "hfmlaw.com",
          "greatplainsrad.com", "sandhillscare.org", "platteregional.org", "stanselm-kearney.org"]
def semail(p=None, dom=None):
    p = p or staff(); f, l = fold(p.first), fold(p.last)
    u = ch(["%s%s" % (f[0], l), "%s.%s" % (f, l), "%s%s" % (f, l[0]), "%s" % f])
    return u + "@" + (dom or ch(ORGDOM))

def ssn(style=None):
    a = r.randint(1, 899)
    while a == 666: a = r.randint(1, 899)
    b = r.randint(1, 99); c = r.randint(1, 9999)
    s = "%03d" % a, "%02d" % b, "%04d" % c
    st = style or ch(["dash"] * 5 + ["space", "plain", "mixed", "dot"])
    return {"dash": "-".join(s), "space": " ".join(s), "plain": "".join(s), "mixed": s[0] + "." + s[1] + "-" + s[2],
            "dot": ".".join(s)}[st]

def mrn(): return ch(["%07d" % r.randint(10000, 9999999), "%08d" % r.randint(100000, 99999999),
                      "M%07d" % r.randint(0, 9999999), "%06d" % r.randint(100000, 999999),
                      "00%d" % r.randint(100000, 999999)])
def har(): return ch(["%010d" % r.randint(10 ** 8, 10 ** 10 - 1), "%d" % r.randint(10 ** 8, 10 ** 9 - 1),
                      "V%08d" % r.randint(0, 10 ** 8 - 1), "%d-%05d" % (r.randint(100, 999), r.randint(0, 99999)),
                      "G%07d" % r.randint(0, 10 ** 7 - 1)])
def bank_acct(): return "%d" % r.randint(10 ** 7, 10 ** 12)
def routing(): return "%09d" % r.randint(10 ** 8, 10 ** 9 - 1)

MBI_A = "ACDEFGHJKMNPQRTUVWXY"; MBI_AN = MBI_A + "0123456789"
def mbi(dash=None):
    c = [str(r.randint(1, 9)), ch(MBI_A), ch(MBI_AN), str(r.randint(0, 9)), ch(MBI_A), ch(MBI_AN),
         str(r.randint(0, 9)), ch(MBI_A), ch(MBI_A), str(r.randint(0, 9)), str(r.randint(0, 9))]
    s = "".join(c)
    dash = maybe(0.4) if dash is None else dash
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dash else s
def memberid():
    return ch(["%s%09d" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), r.randint(0, 10 ** 9 - 1)),
               "%011d" % r.randint(0, 10 ** 11 - 1), "W%09d" % r.randint(0, 10 ** 9 - 1),
               "%d%s" % (r.randint(10 ** 8, 10 ** 9 - 1), ch(["01", "02", "-01", "-00"])),
               "U%08d%02d" % (r.randint(0, 10 ** 8 - 1), r.randint(1, 3))])
def medicaid(): return ch(["%010d" % r.randint(0, 10 ** 10 - 1), "%09d%s" % (r.randint(0, 10 ** 9 - 1), ch("ABCD")),
                           "%d-%02d" % (r.randint(10 ** 7, 10 ** 8 - 1), r.randint(1, 9))])
def group_no(): return ch(["%05d" % r.randint(0, 99999), "G-%d" % r.randint(1000, 99999), "%d%s" % (r.randint(100, 9999), ch(["A", "M", "0001"]))])

def dl():
    return ch(["%s%08d" % (ch("ABCDEFGHJKLMNPRSTVWXYZ"), r.randint(0, 10 ** 8 - 1)), "%08d" % r.randint(0, 10 ** 8 - 1),
               "K%02d-%02d-%04d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 9999)),
               "%03d%s%04d" % (r.randint(0, 999), "".join(ch("ABCDEFGHJK") for _ in range(2)), r.randint(0, 9999)),
               "%09d" % r.randint(0, 10 ** 9 - 1), "%s%03d-%03d-%03d" % (ch("BDHMS"), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999))])
def dea(last):
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    l2 = fold(last)[:1].upper() or "X"
    return ch("ABFM") + l2 + "".join(map(str, d)) + str(chk)
def prof_lic(kind=None):
    k = kind or ch(["RN", "LPN", "APRN", "MD", "PA", "EMT", "Paramedic", "PT"])
    n = ch(["%06d" % r.randint(0, 999999), "%d" % r.randint(1000, 99999), "%s-%05d" % (k.upper()[:3], r.randint(0, 99999))])
    return k, n

def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1: digits.append(r.randint(0, 9))
    tot = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 0:
            dg *= 2
            if dg > 9: dg -= 9
        tot += dg
    digits.append((10 - tot % 10) % 10)
    return "".join(map(str, digits))
def ccnum(style=None):
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(ch(["34", "37"]), 15)
        g = [n[:4], n[4:10], n[10:]]
    else:
        n = luhn_complete({"visa": "4", "mc": ch(["51", "53", "55", "2221"]), "disc": "6011"}[kind], 16)
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    st = style or ch(["space", "space", "dash", "plain"])
    return {"space": " ".join(g), "dash": "-".join(g), "plain": "".join(g)}[st]
def npi():
    # Luhn over 80840 + 9 digits
    base = "1" + "".join(str(r.randint(0, 9)) for _ in range(8))
    full = "80840" + base
    tot = 0
    for i, dg in enumerate(reversed([int(c) for c in full])):
        if i % 2 == 0:
            dg *= 2
            if dg > 9: dg -= 9
        tot += dg
    return base + str((10 - tot % 10) % 10)

VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def vin(): return ch(["1FT", "1GC", "3C6", "1FD", "4S4", "1HG", "5TF", "2GK", "1C4", "JTD"]) + "".join(ch(VINCH) for _ in range(14))
def plate():
    return ch(["%d-%s%04d" % (r.randint(1, 93), ch("ABCDEFGH"), r.randint(0, 9999)),
               "%s %03d" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), r.randint(0, 999)),
               "%s%s%s %d" % (ch("ABCDEFGH"), ch("ABCDEFGH"), ch("ABCDEFGH"), r.randint(100, 9999)),
               "%dF%04d" % (r.randint(1, 93), r.randint(0, 9999)), "%s-%d" % (ch(["FRM", "FARM", "DLR"]), r.randint(100, 99999)),
               "%d%s%d" % (r.randint(1, 9), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), r.randint(100, 999))])

def devsn(kind):
    if kind == "pacer": return ch(["PJN%06dS" % r.randint(0, 999999), "RLA%06dH" % r.randint(0, 999999),
                                   "%d-%06d" % (r.randint(100, 999), r.randint(0, 999999)), "N%08d" % r.randint(0, 10 ** 8 - 1)])
    if kind == "pump": return ch(["NG%07dH" % r.randint(0, 10 ** 7 - 1), "%08d" % r.randint(0, 10 ** 8 - 1),
                                  "TNDM-%06d" % r.randint(0, 999999), "OP%d-%05d" % (r.randint(1, 9), r.randint(0, 99999))])
    if kind == "cgm": return "".join(ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    if kind == "hear": return ch(["%02d%s%06d" % (r.randint(10, 25), ch("ABLR"), r.randint(0, 999999)),
                                  "%d" % r.randint(10 ** 8, 10 ** 9 - 1), "SN%07d" % r.randint(0, 10 ** 7 - 1)])
    if kind == "o2": return ch(["%s%07d" % (ch(["IO", "IN", "EV"]), r.randint(0, 10 ** 7 - 1)), "%d-%d" % (r.randint(1000, 9999), r.randint(10000, 99999))])
    if kind == "cpap": return "%d" % r.randint(10 ** 10, 10 ** 11 - 1)
    raise ValueError(kind)

def ipv4(): return ch(["10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 254)),
                       "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)),
                       "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254)),
                       "%d.%d.%d.%d" % (r.randint(23, 209), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))])
def ipv6(): return ch(["fe80::%x:%x:%x:%x" % tuple(r.randint(0, 65535) for _ in range(4)),
                       "2001:db8:%x:%x::%x" % tuple(r.randint(0, 65535) for _ in range(3)),
                       "2600:%x:%x:%x::%x" % tuple(r.randint(256, 65535) for _ in range(4))])

# ---------------------------------------------------------------- places
TOWNS = [("Merritt Springs", "NE", "69167"), ("Arnold", "NE", "69120"), ("Stapleton", "NE", "69163"),
         ("Gandy", "NE", "69163"), ("Tryon", "NE", "69167"), ("Brewster", "NE", "68821"), ("Dunning", "NE", "68833"),
         ("Purdum", "NE", "69157"), ("Halsey", "NE", "69142"), ("Thedford", "NE", "69166"), ("Callaway", "NE", "68825"),
         ("Anselmo", "NE", "68813"), ("Mullen", "NE", "69152"), ("Ringgold", "NE", "69120"), ("Sargent", "NE", "68874"),
         ("Taylor", "NE", "68879"), ("Burwell", "NE", "68823"), ("Maxwell", "NE", "69151"), ("Ainsworth", "NE", "69210"),
         ("Curtis", "NE", "69025"), ("Wellfleet", "NE", "69170"), ("Eustis", "NE", "69028"), ("Hershey", "NE", "69143"),
         ("Sutherland", "NE", "69165"), ("Oconto", "NE", "68860"), ("Milburn", "NE", "68813"), ("Keystone", "NE", "69144"),
         ("Paxton", "NE", "69155"), ("Norton", "KS", "67654"), ("Oberlin", "KS", "67749"), ("Martin", "SD", "57551"),
         ("Valentine", "NE", "69201"), ("Cody", "NE", "69211"), ("Spalding", "NE", "68665"), ("Ericson", "NE", "68637")]
ROADS = ["County Rd", "Co Rd", "Road", "Rd", "Hwy", "Highway", "Spur", "Ave", "Trail"]
STREETS = ["Main St", "N Elm St", "S Oak St", "W 2nd St", "E 4th St", "Cedar Ave", "Prairie Ln", "Maple Dr",
           "Pine St", "Locust St", "Railroad St", "Grant Ave", "Lincoln Ave", "Sherman St", "Willow Ln",
           "Sandhill Rd", "Cottonwood Dr", "N 6th St", "Walnut St", "Box Butte Ave"]
def town(): return ch(TOWNS)
def street():
    return ch(["%d %s" % (r.randint(100, 2999), ch(STREETS)), "%d %s %d" % (r.randint(40000, 89999), ch(ROADS[:4]), r.randint(1, 499)),
               "RR %d Box %d" % (r.randint(1, 5), r.randint(1, 399)), "Rural Route %d, Box %d" % (r.randint(1, 4), r.randint(1, 299)),
               "PO Box %d" % r.randint(1, 999), "P.O. Box %d" % r.randint(1, 999), "HC %d Box %d" % (r.randint(60, 89), r.randint(1, 99)),
               "%d %sth Ave" % (r.randint(40000, 49999), r.randint(400, 479)), "%d Hwy %d" % (r.randint(70000, 89999), ch([2, 83, 97, 91, 92]))])
def zipc(z=None):
    z = z or town()[2]
    return z + ("-%04d" % r.randint(0, 9999) if maybe(0.25) else "")
def full_addr(sep=None):
    t, s, z = town(); sep = sep if sep is not None else ch([", ", " ", "\n"])
    return "%s%s%s%s%s %s" % (street(), sep, t, ch([", ", " "]), s, zipc(z))

# ---------------------------------------------------------------- obfuscation
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
def fullwidth(s): return "".join(FW.get(c, c) for c in s)
def zwsp(s, k=None):
    out = []; ds = [i for i, c in enumerate(s) if c.isdigit()]
    cut = set(pick(ds[1:], min(len(ds) - 1, k or r.randint(1, 3)))) if len(ds) > 2 else set()
    for i, c in enumerate(s):
        if i in cut: out.append(ch(["\u200b", "\u200c", "\u2060"]))
        out.append(c)
    return "".join(out)
def nbsp(s): return s.replace(" ", "\u00a0").replace("-", "\u00a0")
def spaced(s): return " ".join(c for c in s if c.isalnum())
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
def spelled(s, oh=True):
    return " ".join(("oh" if (c == "0" and oh and maybe(0.6)) else DIGW[int(c)]) if c.isdigit() else "," for c in s
                    if c.isdigit() or c in "-. ").replace(" , ", ", ").replace(" ,", ",")
def email_obf(e):
    u, d = e.split("@"); dparts = d.split(".")
    st = ch(["br", "paren", "words", "caps"])
    if st == "br": return u + " [at] " + " [dot] ".join(dparts)
    if st == "paren": return u + "(at)" + "(dot)".join(dparts)
    if st == "words": return u + " at " + " dot ".join(dparts)
    return u + " AT " + " DOT ".join(dparts)

# ---------------------------------------------------------------- org context (not PHI)
HOSP = ["MSCH", "Merritt Springs Community Hospital", "the hospital", "MSCH"]
CLINIC = ["the clinic", "MSCH Family Clinic", "Family Clinic", "the Arnold outreach clinic", "clinic"]
TERTIARY = ["Great Plains in North Platte", "Platte Regional", "St. Anselm in Kearney", "Bryan in Lincoln",
            "Nebraska Med", "Good Sam Kearney", "Children's in Omaha", "Regional West in Scottsbluff"]
NHOME = ["Sandhills Care Center", "Prairie View Manor", "Good Samaritan Arnold", "Cedar Heights assisted living",
         "the Manor", "Loup Valley Lodge"]
SUPPLIERS = ["Medline", "McKesson", "Cardinal", "Owens & Minor", "Henry Schein", "Concordance", "Bound Tree"]
VENDORS = ["Medline", "McKesson", "TruBridge", "Cardinal", "Owens & Minor", "Stryker", "GE Healthcare", "Hologic",
           "Eide Bailly", "Sysco", "Culligan", "Cintas", "Stericycle", "Zoll", "Pyxis/BD", "Lifeline Mobile",
           "Midwest Medical Transport", "Huskerland Propane", "Dismal River Co-op", "Sandhills Publishing"]
ROLES = ["CFO", "CNO", "DON", "HR", "IT", "the lab", "radiology", "EMS director", "PT", "dietary", "maintenance",
         "materials", "billing", "HIM", "quality", "infection prevention", "the foundation", "pharmacy"]
ROOMS = ["Conf Rm A", "Conference Room B", "the board room", "Rm 114", "the Sandhill Room", "the cafeteria",
         "Classroom 2", "the EMS bay", "Rm 201", "CEO office", "the old chapel"]
EMO = ["🙏", "😬", "👍", "🙃", "😅", "🐄", "🚑", "❄️", "🌽", "🤞", "😩", "✅", "🥧", "🚜", "☕", "😂", "🫠", "🤦‍♀️", "📎", "🎉"]
def emo(p=0.35): return (" " + ch(EMO)) if maybe(p) else ""
def uid(): return "<@U0%s>" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
def ticket(): return ch(["INC%07d" % r.randint(0, 9999999), "TB-CS-%06d" % r.randint(0, 999999), "HD-%d" % r.randint(100, 9999),
                         "REQ%07d" % r.randint(0, 9999999), "DEL-%d" % r.randint(1000, 9999), "CHG%06d" % r.randint(0, 999999)])
def po(): return ch(["PO %d-%04d" % (r.randint(24, 26), r.randint(0, 9999)), "PO# %d" % r.randint(10000, 99999), "PO-%06d" % r.randint(0, 999999)])
def inv(): return ch(["INV-%06d" % r.randint(0, 999999), "invoice %d" % r.randint(100000, 9999999), "inv #%d-%s" % (r.randint(1000, 99999), ch("ABC"))])
def money(lo=20, hi=90000): return "${:,.2f}".format(r.randint(lo * 100, hi * 100) / 100.0)
def money0(lo=500, hi=2500000): return "${:,}".format(r.randint(lo, hi) // 50 * 50)
def ext(): return ch(["x", "ext ", "ext. ", "x "]) + str(r.randint(2000, 4999))
def zoomid(): return "%03d %04d %04d" % (r.randint(100, 999), r.randint(0, 9999), r.randint(0, 9999))
def version(): return ch(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 12), r.randint(0, 30)),
                          "%d.%d.%d.%d" % (r.randint(2022, 2026), r.randint(1, 12), r.randint(0, 9), r.randint(0, 40)),
                          "Thrive %d.%d.%d" % (r.randint(22, 25), r.randint(1, 4), r.randint(0, 9)),
                          "Expanse 2.%d PP%d" % (r.randint(1, 2), r.randint(1, 40)),
                          "build %d.%d.%d.%d" % (r.randint(2023, 2025), r.randint(1, 12), r.randint(0, 5), r.randint(1, 9))])
def asset(): return ch(["MSCH-%05d" % r.randint(0, 99999), "asset %d" % r.randint(1000, 9999), "BME-%04d" % r.randint(0, 9999)])

# ================================================================ frames
PHI_FRAMES, CLEAN_FRAMES = [], []
def phi(*tags):
    def deco(f): PHI_FRAMES.append((f, list(tags))); return f
    return deco
def clean(*tags):
    def deco(f): CLEAN_FRAMES.append((f, list(tags))); return f
    return deco

# ---------------------------------------------------------------- PHI: Friday front desk
@phi("name", "date", "phone")
def fd_callback():
    p = person()
    return ch([
        f"{name_any(p)} called, wants a call back about {p.her} appt {D(vdate(False))}. cell {PH(phone())}{emo()}",
        f"vm from {name_any(p)} - needs to move {p.her} {tm()} on {D(vdate(False))}, best # is {PH(phone())}",
        f"can someone call {name_any(p)} back? {p.she} says {p.her} # is {PH(phone())} and {p.she} wasn't sure if {p.her} appt was {D(vdate(False))} or the week after",
        f"callback pls: {name_any(p)} {PH(phone())} re: {D(vdate(False))} visit, {p.she} got a bill already??",
    ])

@phi("name", "date", "frontdesk")
def fd_reschedule():
    p = person(); d1, d2 = vdate(False), vdate(False)
    who = ch(["Dr. " + staff().last, staff().first + " (PA)", "the NP", staff().first])
    return ch([
        f"Moved {name_any(p)} from {D(d1)} to {D(d2)} w/ {who}. DOB {D(dob())} verified.",
        f"fyi I rescheduled {name_any(p)} (dob {D(dob())}) to {D(d2)}, {who} is out {ch(WEEKDAY)}",
        f"{name_any(p)} cx'd {D(d1)} — snowed in again{emo(0.6)} rebooked {D(d2)} at {tm()}",
    ])

@phi("name", "date", "health-plan", "structured")
def fd_walkin():
    p = person()
    ins = ch([("Medicaid #", medicaid()), ("Medicaid ID", medicaid()), ("member id", memberid()), ("MBI", mbi())])
    return (f"walk-in at the window: {name_any(p, ['full','low','inv'])}, DOB {D(dob())}, no card on {p.them} "
            f"but {p.she} read off {ins[0]} {HP(ins[1])} from an old letter. {ch(['ok to check in?','can billing verify before 2?','putting in as self-pay for now'])}")

@phi("name", "health-plan", "structured", "group-number")
def fd_inscard():
    p = person(); payer = ch(["BCBS NE", "Medica", "Aetna", "UHC", "Midlands Choice", "WellCare", "Humana Gold", "Nebraska Total Care"])
    return ch([
        f"Scanned new card for {name_any(p)}\npayer: {payer}\nmember: {HP(memberid())}\ngroup: {group_no()}\ncopay $25",
        f"{name_any(p)} brought a new {payer} card, member ID {HP(memberid())} (group {group_no()} is the co-op plan). old one termed {mdate()}",
        f"ins update for {name_any(p)}: {payer} sub id {HP(memberid())}, subscriber is {p.her} {ch(['husband','wife','dad','mom'])} {N(person().first)}",
    ])

@phi("name", "health-plan", "medicare")
def fd_mbi():
    p = person(old=True); m = mbi()
    return ch([
        f"{name_any(p)} got the new medicare card finally - MBI {HP(m)}. pls update in Thrive before {p.she} comes back {ch(WEEKDAY)}",
        f"Medicare # for {name_any(p)} is {HP(m)} (the old one w/ the SSN on it is shredded{emo(1)})",
        f"MBI: {HP(m)}\nName: {name_any(p, ['inv','full'])}\nDOB: {D(dob(True))}",
    ])

@phi("name", "address")
def fd_address_change():
    p = person()
    return ch([
        f"address change for {name_any(p)}: {AD(full_addr(', '))}",
        f"{name_any(p)} moved into town, new addr {AD(full_addr(' '))} — old box is closed",
        f"Updated demographics - {name_any(p)}\n{AD(full_addr(chr(10)))}",
        f"{name_any(p)} says mail goes to {AD(street())} now, not the farm",
    ])

@phi("name", "address", "billing")
def fd_returned_mail():
    p = person(); t = town()
    return ch([
        f"stack of returned statements again. {name_any(p)} - {AD(street() + ', ' + t[0])} came back 'no such box'. anyone know {p.her} new place?",
        f"Returned mail: {name_any(p, ['inv'])} / {AD(full_addr(', '))} / 'forward time expired'",
        f"{name_any(p)}'s statement bounced. I think {p.she} lives in {AD(t[0])} now w/ {p.her} daughter?",
    ])

@phi("name", "age", "neighbor")
def fd_neighbour_age():
    p = person(old=True); a = age90()
    return ch([
        f"{name_any(p, ['hon','first','full'])} from down the road is here for {p.her} 2:00. {p.she} is {A(a)} and drove {p.them}self in {ch(['a blizzard','the farm truck','the Buick'])}{emo(0.7)}",
        f"heads up, {name_any(p)} ({A(a)}) is sitting in the lobby waiting for {p.her} ride, can someone bring {p.them} coffee",
        f"{name_any(p)} is {A(a)} years young and still mows {p.her} own lawn, told me so 3x today lol",
    ])

@phi("name", "address", "date", "transport")
def fd_ride():
    p = person(); t = town()
    rd = "%s %d" % (ch(["County Rd", "Rd", "Co Rd"]), r.randint(1, 499))
    return ch([
        f"{name_any(p)} needs a ride to {ch(TERTIARY)} for {p.her} {ch(['cardiology','dialysis','eye','ortho'])} appt {D(vdate(False))}. lives out on {AD(rd)} past the elevator in {AD(t[0])}",
        f"Handi-Van request: {name_any(p)}, pickup {AD(street())} in {AD(t[0])}, appt {D(vdate(False))} {tm()}",
        f"can the van get {name_any(p)} on {D(vdate(False))}? {p.she}'s at {AD(full_addr(', '))}",
    ])

@phi("name", "credit-card", "account", "billing", "escalation")
def fd_card_over_phone():
    p = person(); cc = ccnum()
    return ch([
        f"ugh {name_any(p)} just read me {p.her} whole card number over the phone {CC(cc)} exp {r.randint(1,12):02d}/{r.randint(26,30)} for acct {AC(har())} — what do I do with this, I wrote it on a sticky",
        f"pt paying {money(40,900)} on guarantor acct {AC(har())}, card {CC(cc)}, name on card {name_any(p, ['full','low'])}. can billing run it, I'm not allowed in the terminal",
        f"{name_any(p)} left a vm with {p.her} card # ({CC(cc)}) and said just take the {money(20,300)} off {p.her} balance. deleting vm after?",
    ])

@phi("name", "account", "billing")
def fd_payment_plan():
    p = person(); a = har()
    return ch([
        f"payment plan set up for {name_any(p)}, acct {AC(a)}, {money(25,150)}/mo starting next month. {staff().first} in PFS approved",
        f"{name_any(p)} wants to know {p.her} balance on HAR {AC(a)}. I told {p.them} someone from billing would call",
        f"Guarantor: {name_any(p, ['inv','full'])}\nAcct#: {AC(a)}\nBal: {money(100,8000)}\nNotes: farm income seasonal, pays in Oct after harvest",
    ])

@phi("name", "license", "frontdesk")
def fd_dl_copy():
    p = person(); st = ch(["NE", "KS", "SD", "CO", "IA", "WY"])
    return ch([
        f"copied {name_any(p)}'s {st} DL for the chart, {LI(dl())}, photo is terrible lol",
        f"ID check - {name_any(p)} {st} driver's license {LI(dl())}. address on it is old",
        f"{name_any(p)} only had a DL ({LI(dl())}) no ins card, told {p.them} to bring it {ch(WEEKDAY)}",
    ])

@phi("name", "date", "email", "records")
def fd_records_request():
    p = person(); e = pemail(p)
    return ch([
        f"records request: {name_any(p)} DOB {D(dob())} wants {p.her} {ch(['labs','imaging','shot records','visit notes'])} from {D(vdate(True))} emailed to {EM(e)}. HIM says needs signed release first",
        f"{name_any(p)} (dob {D(dob())}) asked for copies sent to {EM(e)} — is that ok or does it have to be the portal",
        f"Can HIM send {name_any(p)}'s xray report from {D(vdate())} to {p.her} email? {EM(e)}",
    ])

@phi("name", "url", "portal")
def fd_portal():
    p = person(); pid = r.randint(100000, 9999999)
    u = ch([f"https://portal.msch.org/visit/{pid}", f"https://msch.followmyhealth.com/pt/{pid}/summary",
            f"https://mychart.platteregional.org/MyChart/Visit?id={pid}&pt={fold(p.last)}",
            f"portal.msch.org/p/{fold(p.first)}.{fold(p.last)}{r.randint(1,99)}"])
    return ch([
        f"{name_any(p)} can't get into the portal, link {p.she} was sent is {UR(u)} and it just spins",
        f"<{UR(u)}|visit summary> — this is {name_any(p)}'s, can IT see why it won't load for {p.them}?",
        f"is this link supposed to have the pt id in it? {UR(u)} (for {name_any(p, ['first','hon'])})",
    ])

@phi("name", "phone", "voicemail", "multiline")
def fd_voicemail():
    p = person(old=True); sp = same_family(p, "M" if p.sex == "F" else "F")
    return (f"pasting vm transcript:\n> Hi this is {N(p.first + ' ' + p.last)} calling, uh, about my {'husband' if sp.sex == 'M' else 'wife'} "
            f"{N(sp.first)}, {sp.she} was supposed to get the {ch(['shingles shot','blood draw','B12 shot','stitches out'])} Friday and "
            f"we can't get out of the yard with the drifts. Call me back at {PH(phone())}. Thanks. Bye. Bye now.")

@phi("name", "date", "list", "multiline")
def fd_sticky_list():
    lines = []
    for _ in range(r.randint(2, 5)):
        p = person()
        lines.append(ch([f"- {name_any(p)} {PH(phone())} wants refill status",
                         f"- {name_any(p)} r/s {D(vdate(False))}",
                         f"- {name_any(p)} dob {D(dob())} - ins question",
                         f"- {name_any(p, ['low'])} call back re labs",
                         f"- {name_any(p)} ({A(age90())}) needs ride"]))
    return ch(["friday stickies from the window:\n", "Callbacks (Fri)\n", "my desk notes, sorry for the mess\n"]) + "\n".join(lines)

@phi("name", "date", "table", "structured", "multiline")
def fd_table():
    rows = ["| time | patient | DOB | reason |", "|---|---|---|---|"]
    for _ in range(r.randint(3, 6)):
        p = person()
        rows.append(f"| {tm()} | {name_any(p, ['full','inv','full'])} | {D(dob())} | {ch(['f/u','AWV','sports phys','BP check','wound check','INR','DOT phys','well child'])} |")
    return ch(["Fri AM schedule for " + staff().first + ":\n", "here's the 8-12 block\n", ""]) + "\n".join(rows)

@phi("name", "date", "no-show")
def fd_noshow():
    ps = [person() for _ in range(r.randint(1, 3))]
    names = ", ".join(name_any(p, ["full", "last", "hon"]) for p in ps)
    return ch([f"no shows today: {names}. all had reminder calls.",
               f"No-show list {D(vdate(False))}: {names}",
               f"ns: {names}{emo(0.8)} — weather probably"])

@phi("name", "date", "phone", "pharmacy")
def fd_refill():
    p = person()
    return ch([
        f"{name_any(p)} DOB {D(dob())} says {ch(['Hometown Pharmacy','the Pamida pharmacy','Walgreens in N Platte','the mail-order'])} never got {p.her} {ch(['lisinopril','metformin','levothyroxine','Eliquis','inhalers'])} refill. {p.she}'s at {PH(phone())}",
        f"refill req — {name_any(p, ['inv'])} / {D(dob())} / cb {PH(phone())} / pharmacy says no auth on file",
    ])

@phi("name", "phone", "lab")
def fd_labs():
    p = person()
    return ch([
        f"{name_any(p)} keeps calling about {p.her} lab results from {D(vdate(False))}, {staff().first} hasn't signed off yet. {p.her} number {PH(phone())}",
        f"can a nurse call {name_any(p)} at {PH(phone())}? {p.she} saw {p.her} A1c in the portal and is freaking out",
    ])

@phi("name", "phone", "spanish", "interpreter")
def fd_interpreter():
    p = person(); p.first = ch(["María", "Guadalupe", "Yesenia", "José", "Efraín", "Rigoberto", "Luz", "Tomás", "Ana Lucía"]); p.last = ch(["Hernández", "López", "Ramírez", "Ochoa-Reyes", "De La Cruz", "Zúñiga", "Peña", "Orozco"])
    kid = same_family(p, "F"); son = same_family(p, "M")
    son.first = ch(["Joaquín", "Luis", "Alejandro", "Tomás", "Efraín", "Mateo", "Diego", "Rigoberto"])
    kid.first = ch(["Yesenia", "Dulce", "Marisol", "Lupita", "Xiomara", "Esperanza", "Brynlee", "Kayla"])
    return ch([
        f"need the language line for {name_any(p)} {tm()} Friday, {p.her} daughter {N(kid.first)} usually interprets but she's in school. {N(kid.first)}'s cell {PH(phone())}",
        f"la Sra. {N(p.last)} llamó otra vez, quiere cita para su hijo {N(son.first)}. Su número es {PH(phone())} (can somebody who speaks Spanish better than me call back{emo(1)})",
        f"interpreter needed - {name_any(p)}, Spanish, appt {D(vdate(False))}. contact {PH(phone())}",
    ])

@phi("name", "phone", "hmong", "interpreter")
def fd_hmong():
    p = person("F"); p.first = ch(["Pa Nhia", "Mai Yer", "Kalia", "Nhia", "Mai", "Yia", "Khou"]); p.last = ch(["Xiong", "Vang", "Yang", "Lor", "Thao", "Moua", "Her"])
    son = same_family(p, "M"); son.first = ch(["Tou", "Pao", "Chue", "Fue", "Kou", "Xeng"])
    return (f"{name_any(p, ['full','full','low'])} came in with {p.her} son {N(son.first)} to translate. "
            f"{N(son.first)} says call him not mom: {PH(phone())}. {ch(['appt moved to next fri','needs new pt paperwork in Hmong','bringing the pill bottles next time'])}")

@phi("name", "phone", "amish", "neighbor")
def fd_amish():
    p = person(); p.last = ch(["Yoder", "Stoltzfus", "Hochstetler", "Beiler", "Troyer", "Miller"])
    p.first = ch(["Menno", "Amos", "Levi", "Jonas", "Eli", "Ezra", "Abner", "Lettie", "Ola", "Fannie", "Barbara"])
    nb = person()
    return ch([
        f"the {N(p.last)}{plural_s(p.last)} ({name_any(p, ['first'])}'s family) have no phone of course, leave messages w/ the neighbor {N(nb.full)} at {PH(phone())} and they'll send a kid over",
        f"for the {N(p.last)} family (Amish, no phone) — call the {N(nb.last)} place {PH(phone())}, ask for {N(nb.first)}",
        f"{name_any(p, ['full'])} is due for {p.her} recheck. no phone, neighbor {N(nb.first + ' ' + nb.last)} takes msgs: {PH(phone())}",
    ])

@phi("name", "date", "school", "minor")
def fd_school_phys():
    kid = person(); par = same_family(kid, "F")
    sport = ch(["volleyball", "football", "wrestling", "track", "6-man", "FFA trip", "rodeo club"])
    return ch([
        f"{sport} physical for {name_any(kid, ['full','first'])} (dob {D(kid_dob())}) — mom {N(par.first)} forgot the form, {p_h(par)}",
        f"{name_any(kid, ['full','first','inv','low'])} DOB {D(kid_dob())} needs {sport} phys before Monday, parent {N(par.full)}",
    ])
def plural_s(w): return "es" if w.endswith(("s", "z", "x")) else "s"
def p_h(p): return ch(["call her at ", "her cell ", "cb "]) + PH(phone())

@phi("name", "date", "list", "school", "minor", "multiline")
def fd_sports_list():
    rows = [ch(["Sports physicals Sat (bring forms!):", "sports phys sign-up so far", "6-man football physicals:"])]
    for i in range(r.randint(3, 6)):
        k = person()
        rows.append(f"{i+1}. {name_any(k, ['full','full','low','inv'])} {D(kid_dob())}")
    rows.append(ch(["", f"{staff().first} is doing the eye charts", "cash only $25"]))
    return "\n".join(x for x in rows if x)

@phi("name", "license", "dot")
def fd_dot_phys():
    p = person("M")
    return ch([
        f"DOT physical - {name_any(p)} CDL {LI(dl())} exp {r.randint(1,12)}/{r.randint(2026,2030)}. card printer out of ink again",
        f"{name_any(p)} needs his med card today for the grain haul, CDL # {LI(dl())}, {ch(['Dr.','PA'])} {staff().last} can squeeze him in",
    ])

@phi("name", "workcomp", "farm")
def fd_workcomp():
    p = person("M"); farm = ch(["Lindgren Cattle Co", "Double T Ranch", "Sandhill Feeders", "Bar 7 Ranch", "the co-op elevator", "Kessler Farms"])
    return ch([
        f"work comp: {name_any(p)} hurt at {farm} {D(vdate(False))}, {ch(['caught hand in auger','kicked by a heifer','fell off grain truck','hay bale fell'])}. employer contact is {staff().first} at the ranch, {PH(phone())}",
        f"{farm} called about {name_any(p)} — need the WC claim form signed. injury date {D(vdate())}",
    ])

# ---------------------------------------------------------------- PHI: ambulance / EMS
@phi("name", "age", "ems", "transfer")
def ems_transfer():
    p = person(old=True)
    return ch([
        f"Unit 2 taking {name_any(p)} ({A(age90())}) to {ch(TERTIARY)}, {staff().first} and {staff().first} on the crew. back by supper hopefully",
        f"EMS: transfer out {name_any(p, ['inv','full'])}, age {A(age90())}, run #{r.randint(24000,25999)}. family following in own car",
        f"rig left at {tm()} w/ {name_any(p)} — {A(age90())} yo, {ch(['hip','GI bleed','STEMI','stroke alert'])}. {ch(TERTIARY)} accepting",
    ])

@phi("name", "address", "account", "ems", "billing")
def ems_bill():
    p = person()
    return ch([
        f"ambulance bill for {name_any(p)} went to the wrong place, should be {AD(full_addr(', '))}. acct {AC(har())}",
        f"MSVA billing q: run {D(vdate())} pt {name_any(p)} acct {AC(har())} — Medicare says not medically necessary, appeal?",
    ])

@phi("vehicle", "ems", "security")
def ems_plate():
    pl = plate(); col = ch(["white", "red", "silver", "maroon", "green", "black"])
    return ch([
        f"whoever has the {col} {ch(['Silverado','F-250','Ram','Tahoe','Impala','pickup w/ the bale spear'])} plate {VE(pl)} PLEASE move it, you're blocking the ambulance bay{emo(0.8)}",
        f"@here {col} pickup {VE(pl)} parked in EMS bay again. maintenance is about to tow",
        f"security log: vehicle {VE(pl)} left running by the ER doors {tm()}, keys in it",
    ])

@phi("vehicle", "ems", "fleet")
def ems_vin():
    v = vin()
    return ch([
        f"for the insurance renewal I need the VIN on the new rig: {VE(v)}. Unit 3 is the old one, {VE(vin())}",
        f"Title paperwork for Unit {r.randint(1,4)} — VIN {VE(v)}, {ch(['2024 Ford F-450','2019 Chevy 4500','2025 Ram 5500'])} chassis, {ch(['Braun','Horton','Wheeled Coach'])} box",
        f"county attorney wants VIN + plate for the surplus ambulance: {VE(v)} / {VE(plate())}",
    ])

@phi("name", "address", "ems", "farm", "age")
def ems_farm_accident():
    p = person("M"); t = town()
    ev = ch(["PTO shaft", "grain bin", "rollover on the ATV", "bull", "combine header", "center pivot", "auger"])
    return ch([
        f"bad one this morning — {name_any(p)} {ev} accident out at {p.her} place on {AD(street())}. flown to {ch(TERTIARY)}. prayers for the family{emo(0.9)}",
        f"{name_any(p)}, {ev}, lives {AD(street() + ', ' + t[0])} — EMS says wife is on her way",
        f"Chopper landed for {name_any(p)} ({ev}). {p.her} dad {N(same_family(p,'M').first)} is {A(age90())} and saw the whole thing, can someone sit with him",
    ])

@phi("name", "list", "ems", "multiline")
def ems_weekend_list():
    out = [ch(["weekend runs for the board report (delete before sending!!):", "EMS runs Sat-Sun:", "runs:"])]
    for _ in range(r.randint(2, 5)):
        p = person()
        out.append(f"- {D(vdate(False))} {name_any(p, ['full','last','inv'])} {ch(['lift assist','transfer','MVA','fall','chest pain','refusal'])}")
    return "\n".join(out)

@phi("name", "age", "ems")
def ems_lift_assist():
    p = person(old=True)
    return ch([
        f"3rd lift assist for {name_any(p)} this month. {p.she}'s {A(age90())} and lives alone, should we call APS or {p.her} son?",
        f"crew back from {name_any(p, ['hon','full'])}'s again (lift assist, no injury). {A(age90())} and refuses to move to the Manor",
    ])

@phi("name", "health-plan", "date", "ems", "medicare", "billing")
def ems_mbi_bill():
    p = person(old=True)
    return f"run {r.randint(24000,25999)} billing: {name_any(p)}, DOS {D(vdate(True))}, MBI {HP(mbi())}, {ch(['BLS','ALS1','ALS2'])} + {r.randint(5,60)} loaded miles"

@phi("license", "ems", "credentialing")
def ems_emt_license():
    k, n = prof_lic(ch(["EMT", "Paramedic", "AEMT"]))
    return ch([
        f"{sfull()}'s {k} license # is {LI(n)}, renewal due {mdate()} — NREMT shows current",
        f"roster update for the state: {sfull()} {k} {LI(n)}; {sfull()} {k} {LI(prof_lic(k)[1])}",
    ])

# ---------------------------------------------------------------- PHI: CEO office / VIP
@phi("name", "vip", "exec-name")
def vip_commissioner():
    p = person(); ceo = staff().first
    return ch([
        f"FYI {ceo} — Commissioner {N(p.last)} came in through the ER last night, {ch(['chest pain','kidney stone','fell off the hay rack','AFib'])}. {p.she} asked that we keep it quiet before the levy vote",
        f"VIP: Commissioner {name_any(p, ['full','last'])} is in Rm {r.randint(101,125)}. {ceo} wants to stop by, pls check with nursing first",
        f"don't put this in the board email but {name_any(p)} (county commish) was admitted {D(vdate(False))}",
    ])

@phi("name", "vip", "board", "relative")
def vip_board_relative():
    par = person(old=True); bm = same_family(par)
    rel = "mom" if par.sex == "F" else "dad"
    return ch([
        f"{N(bm.full)} (board treasurer) asked how {bm.her} {rel} {name_any(par, ['first','full'])} is doing in swing bed. can I tell {bm.them} anything or does it have to come from nursing?",
        f"Board chair's {rel} {name_any(par, ['full'])} is in our swing bed — chair is {N(bm.first + ' ' + bm.last)}, {bm.she}'ll probably call you directly",
        f"heads up, trustee {N(bm.last)}'s {rel} was admitted {D(vdate(False))}. {bm.she} asked us to keep it off the agenda",
    ])

@phi("name", "email", "complaint", "multiline", "forwarded")
def ceo_complaint():
    p = person(); rel = ch(['mother', 'father', 'husband', 'wife']); e = pemail(p)
    pt = same_family(p, "F" if rel in ("mother", "wife") else "M")
    return (f"---------- Forwarded message ---------\nFrom: {N(p.full)} <{EM(e)}>\nSubject: my {rel}\n\n"
            f"To whoever is in charge, my {rel} {N(pt.first)} waited {r.randint(2,6)} hours in your ER on "
            f"{D(vdate(False))} and nobody {ch(['offered water','called us','checked on'])}... \n\n{ch(['CEO wants a draft response by Weds', 'can you log this in the complaint tracker', 'pls route to quality'])}")

@phi("name", "date", "thank-you", "death")
def ceo_thankyou():
    p = person(old=True); w = same_family(p, "F")
    return ch([
        f"thank-you card came from {N(w.full)}, for the care of {N(p.first)} before {p.she} passed on {D(vdate(True))}. want to put it on the break room board?",
        f"Card from the {N(p.last)} family thanking 2nd floor for {name_any(p, ['first'])}'s last days, died {D(vdate(False))}. sweetest note{emo(0.9)}",
    ])

@phi("name", "date", "donation", "death")
def donor_memorial():
    p = person(old=True)
    return ch([
        f"Foundation got {money(25,5000)} in memory of {name_any(p, ['full','mid'])}, who passed in our swing bed {D(vdate(False))}. family wants it toward the new hospice room",
        f"memorials for {name_any(p)} (died here {D(vdate(True))}) are coming in, {staff().first} at the Foundation is tracking",
    ])

@phi("name", "date", "employee-health")
def eh_injury():
    p = person()
    return ch([
        f"{N(p.first)} from {ch(ROLES)} is out, fell off {ch(['a horse','the haystack','a ladder','the porch'])} {D(vdate(False))}. FMLA paperwork to HR",
        f"employee health: {name_any(p, ['full'])} - needlestick {D(vdate(False))} on 2nd floor, source pt labs drawn",
        f"{N(p.full)} ({ch(ROLES)}) had {ch(['her gallbladder out','a knee scope','back surgery','a baby!'])} {D(vdate(False))}, card going around at the nurses station",
    ])

@phi("name", "list", "employee-health", "vaccine", "multiline")
def eh_flu_exempt():
    out = [ch(["flu shot exemptions approved (HR only, don't forward):", "medical exemptions on file:", "still need flu docs from:"])]
    for _ in range(r.randint(2, 5)):
        p = person()
        out.append(f"• {name_any(p, ['full','full','low'])} — {ch(ROLES)}" + ch(["", " (egg allergy)", " (religious)", " (GBS hx)"]))
    return "\n".join(out)

@phi("name", "date", "employee-health", "coverage")
def eh_surgery_cover():
    p = person()
    return ch([
        f"I'm covering for {N(p.first)} {ch(['Tue-Thu','next week','the 2 weeks'])} — {p.she}'s getting {ch(['a hip replaced','a hysterectomy','her thyroid out','rotator cuff repair'])} at {ch(TERTIARY)} {D(vdate(False))}",
        f"{N(p.full)} in {ch(ROLES)} starts chemo {D(vdate(False))}, {p.she} asked that we not make a big thing of it",
    ])

@phi("name", "age", "board-packet", "patient-story")
def board_patient_story():
    p = person(old=True)
    return ch([
        f"Patient story for the board packet (consent signed): {name_any(p, ['full','mid'])}, {A(age90())}, came home from swing bed to {p.her} farm after {r.randint(3,6)} weeks of PT.",
        f"mission moment draft: \"{N(p.first)} is {A(age90())} and walked out of here on {p.her} own…\" — ok to use {p.her} last name ({N(p.last)})?",
    ])

@phi("name", "age", "death", "obituary")
def obit():
    p = person(old=True)
    return ch([
        f"saw in the Tribune that {name_any(p, ['full','mid'])} passed. {p.she} was {A(age90())} and our longest-ever swing bed pt",
        f"obit: {name_any(p)}, {A(age90())}, of {AD(town()[0])}, died {D(vdate(True))} at {ch(NHOME)}. {ch(['send flowers from admin?','she volunteered here 30 yrs'])}",
    ])

@phi("name", "date", "birthday", "age")
def birthday_100():
    p = person(old=True); y = r.randint(1922, 1935)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return ch([
        f"{name_any(p)} turns {A(age90())} on {D(dfmt((2025,m,d), full=False))} at {ch(NHOME)} — can you get a card signed by admin?",
        f"Birthday list for the nursing home visit: {name_any(p, ['full'])} DOB {D(dfmt((y,m,d)))}. {ch(['100!!','cake from the Bakery','photo for the paper?'])}",
    ])

@phi("name", "date", "mrn", "email", "records", "legal")
def records_subpoena():
    p = person(); atty = staff()
    return ch([
        f"subpoena from {atty.last} & {staff().last} Law re: {name_any(p, ['inv','full'])}, DOB {D(dob())}, MRN {MR(mrn())}. atty email {EM(semail(atty, ch(['hfmlaw.com','plattelaw.com','sandhillslegal.com'])))}",
        f"HIM got a records request from an attorney for {name_any(p)} (MR# {MR(mrn())}) — dates of service {D(vdate(True))} to {D(vdate(True))}",
    ])

@phi("name", "date", "mrn", "phone", "referral", "fax")
def referral_fax():
    p = person()
    return ch([
        f"referral to {ch(['ortho','cardiology','GI','derm','urology','neuro'])} at {ch(TERTIARY)} for {name_any(p)}, DOB {D(dob())}, MRN {MR(mrn())}. their fax {PH(phone())}",
        f"FAX COVER\nTo: {ch(TERTIARY)} scheduling  Fax: {PH(phone())}\nRe: {name_any(p, ['inv'])}  DOB {D(dob())}\nPages: {r.randint(2,14)}",
        f"pls fax {name_any(p)}'s referral + last note to {PH(phone())}, chart # {MR(mrn())}",
    ])

@phi("name", "health-plan", "denial", "billing")
def ins_denial():
    p = person()
    return ch([
        f"denial on {name_any(p)} — member {HP(memberid())}, CPT {ch(['99214','71046','97110','93000','G0439'])}, 'not covered'. {staff().first} is appealing",
        f"prior auth for {name_any(p)}'s MRI: policy # {HP(memberid())}, {ch(['Medica','BCBS','Aetna','UHC'])} says 5-7 days",
    ])

@phi("name", "ssn", "date", "medicaid", "structured")
def medicaid_app():
    p = person()
    return ch([
        f"helping {name_any(p)} w/ Medicaid app: SSN {SS(ssn())}, DOB {D(dob())}. {p.she} doesn't have email so paper it is",
        f"Name: {name_any(p, ['inv','full'])}\nSSN: {SS(ssn())}\nDOB: {D(dob())}\nHousehold: {r.randint(1,7)}",
    ])

@phi("name", "ssn", "account", "address", "charity", "bank")
def charity_care():
    p = person()
    return ch([
        f"charity care app from {name_any(p)}: SSN {SS(ssn())}, checking acct {AC(bank_acct())} at {ch(['Bank of the Sandhills','First National','Farmers State Bank','Pinnacle'])}, addr {AD(full_addr(', '))}",
        f"{name_any(p)} dropped off the financial assistance form. bank statement shows acct {AC(bank_acct())}. lives at {AD(street())}",
    ])

@phi("name", "address", "account", "collections")
def collections():
    p = person()
    return ch([
        f"sending {name_any(p)} to collections? acct {AC(har())}, last known {AD(full_addr(' '))}. {p.she} is my neighbor's cousin so… awkward{emo(0.8)}",
        f"Collections list Q{r.randint(1,4)}: {name_any(p, ['inv'])} {AC(har())} {money(100,9000)}",
    ])

@phi("name", "address", "refund")
def refund_check():
    p = person()
    return ch([
        f"refund check for {name_any(p)} {money(5,600)} — mail to {AD(full_addr(', '))}",
        f"{name_any(p)} overpaid, refund going out. {p.she} said use {p.her} daughter's address in {AD(town()[0])}",
    ])

# ---------------------------------------------------------------- PHI: devices, links, IT
@phi("name", "device", "pacemaker")
def dev_pacer():
    p = person(old=True); sn = devsn("pacer")
    return ch([
        f"{name_any(p)}'s pacemaker check — {ch(['Medtronic','Boston Sci','Abbott'])} rep needs the serial: {DV(sn)}. {p.she}'s coming {ch(WEEKDAY)}",
        f"remote monitor for {name_any(p)} stopped transmitting, device SN {DV(sn)}",
        f"ICD serial {DV(sn)} (pt {name_any(p, ['inv'])}) — recall letter came to us instead of cardiology??",
    ])

@phi("name", "device", "date", "diabetes")
def dev_pump():
    p = person(); sn = devsn("pump")
    return ch([
        f"{name_any(p)} (DOB {D(dob())}) insulin pump SN {DV(sn)} alarming, {p.she} called the 800 # and they want our fax",
        f"Tandem needs the pump serial for {name_any(p, ['first','full'])}'s warranty swap: {DV(sn)}",
    ])

@phi("name", "device", "cgm")
def dev_cgm():
    p = person()
    return ch([
        f"{name_any(p)} lost {p.her} Dexcom transmitter in the calving barn{emo(0.8)} — old ID {DV(devsn('cgm'))}, need a new rx",
        f"CGM transmitter {DV(devsn('cgm'))} for {name_any(p)} not pairing w/ the clinic reader",
    ])

@phi("name", "device", "hearing-aid", "lost-found")
def dev_hearing():
    p = person(old=True)
    return ch([
        f"found a hearing aid in the swing bed dayroom, SN {DV(devsn('hear'))} — pretty sure it's {name_any(p, ['hon','first'])}'s",
        f"{name_any(p)} lost {p.her} left hearing aid again. audiology says serial {DV(devsn('hear'))}, replacement {money(300,2400)}",
    ])

@phi("name", "device", "dme")
def dev_o2():
    p = person(old=True); k = ch(["o2", "cpap"])
    what = "oxygen concentrator" if k == "o2" else "CPAP"
    return ch([
        f"{name_any(p)}'s {what} quit during the power outage, serial {DV(devsn(k))}. DME guy can't get out till roads open",
        f"DME swap: {what} SN {DV(devsn(k))} picked up from {name_any(p, ['full','hon'])}",
    ])

@phi("name", "url", "caringbridge")
def url_caringbridge():
    p = person(); slug = fold(p.first) + fold(p.last)
    u = ch([f"https://www.caringbridge.org/visit/{slug}", f"caringbridge.org/site/{fold(p.last)}family",
            f"https://www.gofundme.com/f/help-the-{fold(p.last)}-family-after-{ch(['accident','fire','cancer','stroke'])}",
            f"https://www.gofundme.com/f/{slug}-medical-bills"])
    return ch([
        f"here's the update page for {name_any(p, ['first','full'])} if anyone wants it: {UR(u)}",
        f"<{UR(u)}|{fold(p.last).title()} family page> — {staff().first} asked if the foundation can share it",
        f"saw this on fb {UR(u)} … didn't know it was that bad{emo(0.9)}",
    ])

@phi("url", "name", "telehealth")
def url_telehealth():
    p = person(); pid = r.randint(100000, 999999)
    u = ch([f"https://telehealth.msch.org/join?visit={pid}&patient={fold(p.last).upper()}_{fold(p.first)[0].upper()}",
            f"https://vc.msch.org/waiting/{fold(p.first)}-{fold(p.last)}-{pid}"])
    return ch([
        f"tele-psych link for this afternoon: {UR(u)} (pt can't find the text msg)",
        f"{name_any(p, ['first'])} says the link doesn't work: {UR(u)}",
    ])

@phi("ip", "it", "ticket")
def it_ip():
    ip = ch([ipv4(), ipv4(), ipv6()])
    return ch([
        f"check-in kiosk in the lobby dropped off again, it's {IP(ip)}. {ticket()} opened w/ TruBridge",
        f"{staff().first} can you whitelist {IP(ip)} for the lab interface? {ch(['Sunquest','the reference lab','Clarity'])} said they're coming from there",
        f"fax server is {IP(ip)}, print queue on {IP(ipv4())} is backed up{emo(0.6)}",
        f"VPN login from {IP(ip)} flagged for {sfirst()}'s account — was that you in Denver?",
    ])

@phi("ip", "phone", "it", "fax")
def it_fax():
    return (f"eFax relay: inbound {PH(phone())} → {IP(ipv4())}:{ch(['5060','443','25'])}. {ch(['rebooted it', 'ticket in', 'vendor says firmware'])} ({version()})")

@phi("license", "credentialing", "npi")
def cred_dea():
    d = staff(); k, n = prof_lic(ch(["MD", "DO", "APRN", "PA"]))
    return ch([
        f"credentialing packet for Dr. {d.last} (locum): DEA {LI(dea(d.last))}, NE license {LI(n)}, NPI {npi()}. CAQH attested",
        f"{d.full}, {k} — DEA {LI(dea(d.last))} exp {mdate()}; state lic {LI(n)}",
        f"pharmacy needs prescriber DEA on the CS log: {d.first} {d.last} {LI(dea(d.last))}",
    ])

@phi("license", "credentialing", "nursing")
def cred_rn():
    k, n = prof_lic(ch(["RN", "LPN", "APRN", "CRNA", "PT", "RT"]))
    return ch([
        f"new grad {sfirst()} passed boards!! {k} license {LI(n)}, pls update the roster{emo(0.9)}",
        f"Nursys verification for {sfull()}: {k} #{LI(n)}, compact multistate, good thru {mdate()}",
        f"travel nurse {sfull()} {k} lic {LI(n)} (KS), temp permit pending",
    ])

@phi("credit-card", "corporate-card", "money")
def corp_card():
    c = ccnum()
    return ch([
        f"use the admin card for the county fair booth deposit: {CC(c)} exp {r.randint(1,12):02d}/{r.randint(26,29)}, billing ZIP is the hospital's",
        f"{sfirst()} needs the P-card # for the {ch(['NRHA','NHA','AHA'])} registration, it's {CC(c)} — delete this after",
        f"Card on file with {ch(VENDORS)} is {CC(c)}, they're charging {money(50,3000)}/mo. cancel?",
    ])

@phi("email", "phone", "business-contact", "vendor")
def biz_vendor():
    v = staff(); comp = ch(VENDORS)
    return ch([
        f"rep for {comp} is {v.full}, {EM(semail(v, fold(comp)[:12] + '.com'))}, cell {PH(phone())}",
        f"{comp} contact:\n{v.full}\nAccount Exec\n{PH(phone_ext())}\n{EM(semail(v, fold(comp)[:12] + '.com'))}",
        f"call {v.first} at {comp} back {PH(phone())}, re: {po()}",
    ])

@phi("phone", "business-contact", "county")
def biz_commish():
    c = staff()
    return ch([
        f"Commissioner {c.last}'s cell is {PH(phone())}, {c.she} said call after chores, not before 7",
        f"county clerk {c.first} — {PH(phone())}, {c.she} has the levy resolution",
        f"Sheriff {c.last} wants a call back re the jail med contract {PH(phone())}",
    ])

@phi("email", "business-contact", "board", "slack-markup")
def biz_board_email():
    b = staff(); e = pemail(b)
    return ch([
        f"{b.full} wants board packets to {p_mailto(e)} now, not the farm email",
        f"trustee {b.last}: update distribution to {EM(e)}",
        f"board roster fix - {b.first} {b.last} {EM(e)} (personal), the hospital one bounces",
    ])
def p_mailto(e): return ch([f"<mailto:{EM(e)}|{EM(e)}>", EM(e), f"<mailto:{EM(e)}>"])

@phi("phone", "email", "business-contact", "auditor", "signature", "multiline")
def biz_signature():
    a = staff(); firm = ch(["Eide Bailly", "BKD", "Seim Johnson", "Dana F. Cole", "Wipfli", "Forvis"])
    return (f"{ch(['from the auditors:', 'fwd:', ''])}\nThanks, let me know if you need anything else.\n\n{a.full}, CPA\n{firm} LLP\n"
            f"o: {PH(phone())} | m: {PH(phone())}\n{EM(semail(a, fold(firm) + '.com'))}")

@phi("name", "phone", "community", "health-fair", "list", "multiline")
def fair_bp_followup():
    out = [ch(["health fair BP flags to call back:", "High BPs from the county fair booth — nurse f/u:", "fair screening f/u"])]
    for _ in range(r.randint(2, 4)):
        p = person()
        out.append(f"{name_any(p, ['full','low','full'])} {ch(['178/102','166/98','190/110','158/96','201/117'])} {PH(phone())}")
    return "\n".join(out)

@phi("name", "date", "flu-clinic", "community", "list", "multiline")
def flu_coop_list():
    out = [ch(["flu clinic @ the co-op — entered in registry:", "shots given at the elevator today", "Co-op flu clinic roster"])]
    for _ in range(r.randint(2, 5)):
        p = person()
        out.append(f"{name_any(p, ['inv','full','low'])}\t{D(dob())}\t{ch(['HD','standard','RSV too','declined'])}")
    return "\n".join(out)

@phi("name", "date", "mammo", "community")
def mammo_bus():
    p = person("F"); q = person("F")
    return ch([
        f"mammo bus {mdate()}: {name_any(p)} and {name_any(q)} both want the 10:00. {N(q.first)}'s DOB {D(dob())}",
        f"{name_any(p)} (dob {D(dob())}) had to cancel mammo bus slot, give it to {name_any(q)}?",
    ])

@phi("name", "age", "date", "swing-bed", "census", "table", "multiline")
def swing_census():
    rows = ["Swing bed census", "Rm | Pt | Age | Admit"]
    for _ in range(r.randint(2, 5)):
        p = person(old=True)
        a = age90(False) if maybe(0.5) else str(r.randint(62, 89))
        ag = A(a) if int(a) >= 90 else a
        rows.append(f"{r.randint(201,212)} | {name_any(p, ['inv','full'])} | {ag} | {D(vdate(False))}")
    return "\n".join(rows)

@phi("name", "date", "discharge")
def discharge_plan():
    p = person(old=True)
    return ch([
        f"{name_any(p)} d/c {D(vdate(False))} to {ch(NHOME)}. daughter {N(same_family(p,'F').first)} is bringing clothes",
        f"discharge planning: {name_any(p)} going home {D(vdate(False))}, home health from {ch(['Sandhills HH','Loup Valley Home Care','Great Plains HH'])}",
    ])

@phi("name", "date", "death")
def death_notice():
    p = person(old=True)
    return ch([
        f"fyi {name_any(p)} expired {ch(['0412','2250','1730'])} {D(vdate(False))}, {ch(['Dr.','NP'])} {staff().last} pronounced. {ch(['Hoffmann','Lund','Ruhl'])} Funeral Home notified",
        f"sad news — {name_any(p, ['hon','first'])} died this morning ({D(vdate(True))}). family was here",
    ])

@phi("name", "mrn", "phone", "transfer")
def transfer_center():
    p = person(); f = same_family(p)
    return ch([
        f"transfer center: {name_any(p)} MRN {MR(mrn())} accepted at {ch(TERTIARY)}. family contact {N(f.full)} {PH(phone())}",
        f"{ch(TERTIARY)} needs a callback re {name_any(p, ['inv'])} (MR {MR(mrn())}) at {PH(phone())}",
    ])

@phi("name", "date", "incident", "fall")
def incident_fall():
    p = person(old=True)
    return ch([
        f"incident report: {name_any(p)} fall {D(vdate(False))} Rm {r.randint(101,125)}, no injury. family notified",
        f"QI: 2nd fall this month for {name_any(p)} ({D(vdate(False))} and {D(vdate(False))})",
    ])

@phi("name", "visitor", "security")
def visitor_issue():
    p = person(old=True); v = person()
    return ch([
        f"{name_any(v)} was here visiting {name_any(p, ['hon','full'])} again and got loud with the nurse. {staff().first} wants a visitor restriction",
        f"security: visitor {N(v.full)} for Rm {r.randint(101,125)} ({name_any(p, ['last'])}) not allowed per family",
        f"Pastor {N(v.last)} from {ch(['St. Paul Lutheran','First Methodist','St. Agnes','the Baptist church'])} is here to see {name_any(p)}, ok to send back?",
    ])

@phi("name", "phone", "poa")
def poa_contact():
    p = person(old=True); s = same_family(p)
    return ch([
        f"{name_any(p)}'s POA is {ch(['her','his'])} {'son' if s.sex=='M' else 'daughter'} {N(s.full)}, {PH(phone())} — he's in Denver so call evenings" if s.sex=='M' else
        f"{name_any(p)}'s POA is {ch(['her','his'])} daughter {N(s.full)}, {PH(phone())} — she's in Omaha so call evenings",
        f"healthcare POA on file for {name_any(p, ['inv'])}: {N(s.first + ' ' + s.last)} {PH(phone())}",
    ])

@phi("name", "guardian", "minor", "phone")
def guardian_minor():
    k = person(); g = person("F")
    return ch([
        f"{name_any(k, ['first','full'])} is here with grandma {N(g.full)} who has guardianship papers, copy on file. grandma's # {PH(phone())}",
        f"guardian for {name_any(k)}: {N(g.full)} (not the parents) {PH(phone())}",
    ])

@phi("name", "vehicle", "security")
def security_ban():
    v = person()
    return ch([
        f"no-trespass order for {name_any(v)} (ex of a pt), drives a {ch(['blue Dodge','white F-150','brown Jeep'])} plate {VE(plate())}",
        f"{name_any(v)} showed up at the clinic again looking for his wife. plate {VE(plate())}. sheriff called",
    ])

@phi("name", "lost-found")
def lost_found():
    p = person(old=True)
    return ch([
        f"lost & found: {name_any(p, ['hon','first','full'])}'s {ch(['dentures','glasses','rosary','cane','walker tennis balls'])} from Rm {r.randint(101,125)}, family coming {ch(WEEKDAY)}",
        f"does anyone have {name_any(p)}'s {ch(['upper plate','reading glasses','purse'])}?? {p.she} was discharged w/o it",
    ])

# ---------------------------------------------------------------- PHI: HR / payroll (employee identifiers)
@phi("ssn", "hr", "payroll")
def hr_ssn():
    e = staff()
    return ch([
        f"payroll: {e.full}'s W-2 has the wrong SSN, correct is {SS(ssn())}. {ch(['can you fix before the 31st','HR has the card copy'])}",
        f"new hire {e.first} {e.last} ({ch(ROLES)}) — SSN {SS(ssn())} for the I-9/E-Verify",
    ])

@phi("account", "hr", "bank", "payroll")
def hr_direct_deposit():
    e = staff()
    return ch([
        f"direct deposit change for {e.first} in {ch(ROLES)}: routing {routing()} acct {AC(bank_acct())}",
        f"{e.full} says {e.her} check went to the old acct. new one is {AC(bank_acct())} at {ch(['Bank of the Sandhills','Cornerstone','First Nat Bank of Gandy'])}",
    ])

@phi("license", "hr", "i9")
def hr_dl():
    e = staff()
    return f"I-9 docs for {e.full}: {ch(['NE','KS','SD','TX','MN'])} DL {LI(dl())} + SS card. copy in the locked cabinet"

@phi("name", "ssn", "date", "hr", "employee-health", "workcomp")
def hr_workcomp():
    e = staff()
    return (f"first report of injury for {N(e.full)} ({ch(ROLES)}): {ch(['back strain lifting a pt','slipped on ice in the lot','needlestick'])} "
            f"{D(vdate(False))}. SSN {SS(ssn())} goes on the state form")

# ---------------------------------------------------------------- PHI: assistant-bot requests
@phi("name", "address", "account", "bot", "letter")
def bot_letter():
    p = person()
    return ch([
        f"@assist draft a friendly letter to {name_any(p, ['full','hon'])} at {AD(full_addr(', '))} about {p.her} balance of {money(50,4000)} on acct {AC(har())}. mention payment plans",
        f"/draft letter: to {N(p.full)}, {AD(full_addr(chr(10)))}\nre: missed appt {D(vdate(False))}, pls call to reschedule",
    ])

@phi("name", "date", "bot", "summarize", "multiline")
def bot_summarize():
    p = person(); kid = same_family(p, "M")
    return (f"can you summarize this for Marcy in 2 lines?\n\n\"Hi, I'm {N(p.full)}, my son {N(kid.first)} was seen {D(vdate(False))} "
            f"for {ch(['a broken wrist','stitches','asthma','a concussion'])} and we got billed twice. He was born {D(kid_dob())}, "
            f"the second bill has the wrong birthday on it...\"")

@phi("name", "mrn", "bot", "table")
def bot_table():
    rows = []
    for _ in range(r.randint(2, 4)):
        p = person()
        rows.append(f"{name_any(p, ['full','inv'])} {MR(mrn())} {ch(['AWV due','A1c due','colonoscopy overdue','mammo overdue'])}")
    return "@bot turn this into a table w/ columns name / mrn / gap:\n" + "\n".join(rows)

@phi("name", "date", "phone", "bot", "reminder")
def bot_reminder():
    p = person()
    return ch([
        f"remind me at 3 to call {name_any(p)} re {p.her} {D(vdate(False))} appt, {PH(phone())}",
        f"hey assistant set a reminder: f/u {name_any(p)} colonoscopy due {D(vdate(False))}",
    ])

@phi("name", "email", "bot", "translate")
def bot_translate():
    p = person(); p.last = ch(["López", "Ramírez", "Peña", "Orozco", "Castillo", "Ochoa-Reyes"])
    return f"translate to spanish pls and send to {EM(pemail(p))}: \"{N(p.first)}, your appointment is confirmed for {D(vdate(False))} at 9:30.\""

# ---------------------------------------------------------------- PHI: forwarded / threads / exports
@phi("name", "date", "mrn", "thread", "multiline")
def thread_pt():
    p = person(); a, b, c = sfirst(), sfirst(), sfirst()
    return (f"{a}: is {name_any(p)} coming back {D(vdate(False))}?\n{b}: yes, per {p.her} daughter\n"
            f"{c}: chart {MR(mrn())} still says inactive, someone fix pls\n{a}: on it{emo()}")

@phi("name", "date", "mrn", "csv", "structured", "multiline")
def csv_export():
    rows = [ch(["name,dob,mrn,phone", "NAME,DOB,MRN,PHONE", "patient,dob,mrn,cell"])]
    for _ in range(r.randint(2, 5)):
        p = person()
        rows.append(f"{N(p.last.upper() + ' ' + p.first.upper()) if maybe(0.5) else N(p.full)},{D(dob())},{MR(mrn())},{PH(phone(ch(['dash','plain','dot'])))}")
    return ch(["pasted from the report, columns are off:\n", "export for the UDS grant (delete after!!)\n", ""]) + "\n".join(rows)

@phi("name", "date", "forwarded", "email", "multiline")
def fwd_portal_msg():
    p = person()
    return (f"FW: Patient portal message\nFrom: {N(p.full)} ({EM(pemail(p))})\nSent: {mdate()}\n\n"
            f"My {ch(['knee','back','shoulder'])} is worse since the visit on {D(vdate(False))}. can I get in {ch(WEEKDAY)}?")

@phi("name", "date", "ehr-export", "structured")
def ehr_inverted():
    p = person()
    return (f"{N(p.last.upper() + ', ' + p.first.upper() + ((' ' + p.mid) if p.mid else ''))}   DOB:{D(dob())}   "
            f"MRN:{MR(mrn())}   ADM:{D(vdate(True))}   RM {r.randint(101,125)}-{ch('AB')}")

@phi("name", "nickname")
def nickname():
    p = person()
    while not p.nick: p = person()
    return ch([
        f"{N(p.full)} (goes by {N(p.nick)}) is asking for a copy of {p.her} {ch(['shot record','xray','bill'])}",
        f"{N(p.nick + ' ' + p.last)} — legal name {N(p.full)} — has two charts, HIM merging",
        f"it's {N(p.full)} aka \"{N(p.nick)}\", everybody at the elevator knows him{emo()}",
    ])

@phi("name", "family", "plural")
def family_plural():
    p = person()
    return ch([
        f"the {N(p.last)}s were all in for strep today, all {r.randint(3,7)} kids{emo(0.8)}",
        f"{N(p.last)}' whole family has the flu — mom, dad and grandpa {N(person('M',True).first)}",
        f"Both {N(p.last)}s (Sr and Jr) have {ch(['DOT phys','eye appts','flu shots'])} Fri, book them back to back",
    ])

@phi("name", "possessive")
def possessive():
    p = person(old=True); d = same_family(p, "F")
    return ch([
        f"{N(p.first)}'s daughter {N(d.first)} called, wants to know if {p.she} can come home {ch(WEEKDAY)}",
        f"{N(p.full)}'s meds came from the VA again, not us",
    ])

# ---------------------------------------------------------------- PHI: obfuscation / evasion
@phi("ssn", "evasion", "spaced")
def ev_ssn_spaced():
    p = person(); s = ssn("plain")
    return ch([
        f"{name_any(p)} SSN is {SS(spaced(s))} (sorry can't copy from the scan)",
        f"ss# for {name_any(p, ['first','low'])}: {SS(s)}",
        f"{name_any(p)} — ssn {SS(s[:3] + '.' + s[3:5] + '-' + s[5:])} for the Medicaid app",
    ])

@phi("mrn", "fullwidth", "evasion")
def ev_fullwidth():
    p = person()
    return ch([
        f"MRN {MR(fullwidth(mrn()))} pls merge w/ the old chart (pt {name_any(p, ['last','hon'])})",
        f"{name_any(p)} phone {PH(fullwidth(phone('dash')))}",
    ])

@phi("phone", "zero-width", "evasion")
def ev_zw():
    p = person()
    return ch([
        f"cb for {name_any(p)}: {PH(zwsp(phone('dash')))}",
        f"{name_any(p, ['first'])} said her new # is {PH(zwsp(phone('plain'), 3))}",
        f"SSN {SS(zwsp(ssn('dash')))} for {name_any(p)} (from the form)",
    ])

@phi("phone", "nbsp", "evasion")
def ev_nbsp():
    p = person()
    return f"{name_any(p)} {ch(['cell', 'home #', 'ph'])} {PH(nbsp(phone('space')))}"

@phi("email", "evasion", "obfuscated-email")
def ev_email():
    p = person()
    return ch([
        f"{name_any(p)}'s email (she spelled it out) {EM(email_obf(pemail(p)))}",
        f"send {name_any(p, ['first'])} the form at {EM(email_obf(pemail(p)))}",
    ])

@phi("phone", "spelled", "evasion")
def ev_spelled_phone():
    p = person(); ph = phone("dash")
    return ch([
        f"{name_any(p)} left # as {PH(spelled(ph))}",
        f"vm transcript: \"...call me at {PH(spelled(ph))}, this is {N(p.first)}\"",
    ])

@phi("age", "spelled", "evasion", "name")
def ev_age_spelled():
    p = person(old=True)
    return ch([
        f"{name_any(p)} is {A(age90(True))} and sharp as a tack",
        f"can you believe {name_any(p, ['hon'])} is {A(age90(True))}?? drove in from {AD(town()[0])}",
    ])

@phi("phone", "multiline", "broken")
def ev_broken():
    p = person(); ph = phone("dash")
    cut = ph.rfind("-") + 1
    return f"{name_any(p)} cb {PH(ph[:cut] + chr(10) + ph[cut:])} (sorry, phone autocorrect)"

@phi("ssn", "spelled", "evasion")
def ev_spelled_ssn():
    p = person(); s = ssn("dash")
    return f"{name_any(p)} read me {p.her} social as {SS(spelled(s, oh=False))} — what do I do with it"

@phi("phone", "slack-markup", "tel")
def slack_tel():
    p = person(); ph = phone("dash"); raw = "+1" + ph.replace("-", "")
    return ch([
        f"{name_any(p)}: <tel:{PH(raw)}|{PH(ph)}>",
        f"callback <tel:{PH(ph.replace('-', ''))}|{PH(ph)}> ({name_any(p, ['first'])}, re: billing)",
    ])

@phi("email", "slack-markup", "mailto")
def slack_mailto():
    p = person(); e = pemail(p)
    return ch([
        f"{name_any(p)} wants the xray CD info at <mailto:{EM(e)}|{EM(e)}>",
        f"pt email update {name_any(p, ['inv'])} → <mailto:{EM(e)}|{EM(e)}>",
    ])

@phi("name", "lowercase", "typo")
def lowercase_msg():
    p = person("F")
    return (ch([
        f"{N(p.full.lower())} called agian abt {p.her} bill, says she paid at the window last fri??",
        f"pls tell {N(p.full.lower())} her paperwrk is ready at front dsk",
        f"{N(p.last.lower())} family called, grandpa is wanderng again",
    ]))

@phi("name", "emoji", "date")
def emoji_msg():
    p = person("F")
    return f"{ch(['🎉','🥳','🍼'])} {name_any(p)} had {p.her} baby {D(vdate(False))}! first one born here since {r.randint(2015,2022)} {ch(['👶','🎈','💙','💗'])}"

# ---------------------------------------------------------------- PHI: misc small-town clinic life
@phi("name", "date", "school", "vaccine", "minor")
def school_shots():
    k = person()
    return ch([
        f"school nurse at {ch(['Stapleton','Arnold','Sandhills','McPherson Co'])} needs {name_any(k)}'s shot record, DOB {D(kid_dob())}. ok to fax w/ mom's verbal?",
        f"kindergarten roundup: {name_any(k, ['full','low'])} ({D(kid_dob())}) missing 2nd MMR",
    ])

@phi("name", "date", "phone", "death", "funeral-home")
def funeral_home():
    p = person(old=True); fh = ch(["Hoffmann", "Lund-Ruhl", "Govier Bros", "Sandhills", "Janssen"])
    return (f"{fh} Funeral Home needs the death cert signed for {name_any(p)}, DOD {D(vdate(True))}. "
            f"{ch(['their #', 'call', 'director cell'])} {PH(phone())}")

@phi("name", "age", "organ-donor")
def organ_donor():
    p = person()
    return f"Live On Nebraska called back re {name_any(p)} — {ch(['tissue only','not a candidate','eyes only'])}. family was told by {sdoc()}"

@phi("name", "public-health", "lab")
def public_health():
    p = person()
    return ch([
        f"state lab called about {name_any(p)}'s {ch(['TB test','pertussis PCR','lead level','measles titer'])}, wants the ordering provider. I said {sdoc()}",
        f"{ch(['Loup Basin','West Central','Sandhills'])} public health is following up w/ {name_any(p)} ({ch(['pertussis','salmonella','TB'])}), they'll call {p.them} not us",
    ])

@phi("name", "address", "records", "imaging")
def xray_cd():
    p = person()
    return f"{name_any(p)} wants {p.her} MRI on a CD mailed to {AD(full_addr(', '))} so {p.she} can take it to {ch(TERTIARY)}"

@phi("name", "date", "school-note")
def school_note():
    k = person()
    return f"work/school note for {name_any(k)} seen {D(vdate(False))}, excused thru {ch(WEEKDAY)}. mom will pick up at window"

@phi("name", "age", "jury")
def jury_letter():
    p = person(old=True)
    return ch([
        f"{sdoc()} signing a jury duty excuse for {name_any(p)}, {p.she}'s {A(age90())} — clerk of court wants it by {mdate()}",
        f"letter: to whom it may concern, {N(p.full)} ({A(age90())}) is unable to serve...",
    ])

@phi("name", "vehicle", "dmv", "parking")
def parking_permit():
    p = person()
    return ch([
        f"handicap parking form for {name_any(p)}, plate {VE(plate())} — needs provider sig",
        f"DMV medical review for {name_any(p)}, DL {LI(dl())}, {p.she} {ch(['had a seizure','failed the eye test','is on the list after the stroke'])}",
    ])

@phi("name", "age", "address", "phone", "storm", "welfare-check")
def storm_check():
    p = person(old=True)
    return ch([
        f"storm list — check on {name_any(p)} ({A(age90())}), {AD(street())}, on oxygen, phone {PH(phone())}. roads closed north of town",
        f"{name_any(p, ['hon','full'])} hasn't answered at {PH(phone())} since the blizzard. {p.she}'s {A(age90())}. sheriff can go out {AD(street())}?",
    ])

@phi("name", "date", "hunting", "injury")
def hunting():
    p = person("M")
    return ch([
        f"opening weekend: {name_any(p)} {ch(['tree stand fall','shotgun pellet to the hand','deer vs pickup'])} {D(vdate(False))}. {ch(['flown out','sutured and home','CT neg'])}",
        f"GF&P warden asking about {name_any(p)}, seen {D(vdate(False))} — told him we need a release",
    ])

@phi("name", "rodeo", "injury")
def rodeo():
    p = person("M"); p.first = ch(["Colt", "Cash", "Tucker", "Ryder", "Brody", "Chance", "Dusty", "Wade", "Rusty", "Hunter"])
    return f"{ch(['rodeo','bull riding at the county fair','ranch bronc'])} got {name_any(p, ['full','first'])} again — {ch(['collarbone','concussion','ankle'])}. {ch(['mom is not happy','3rd time this summer','he wants a note to ride Sat'])}{emo()}"

@phi("name", "phone", "jail", "county")
def jail_pt():
    p = person(); dep = staff()
    return f"county jail bringing {name_any(p)} over for {ch(['a tooth','withdrawal check','med clearance'])}, Deputy {dep.last} {PH(phone())}"

@phi("name", "newsletter", "consent")
def newsletter_consent():
    p = person()
    return ch([
        f"{name_any(p)} signed the photo release for the newsletter story on {p.her} {ch(['knee replacement rehab','cardiac rehab','cancer journey','baby'])}",
        f"Spring newsletter: patient spotlight = {N(p.full)}, {ch(['cardiac rehab grad','swing bed success','PT story'])}. need quote by {mdate()}",
    ])

@phi("name", "volunteer", "patient")
def volunteer_patient():
    p = person(old=True)
    return f"our gift shop volunteer {name_any(p, ['full','first'])} is an inpatient this week ({ch(['pneumonia','CHF','hip'])}), so the shop is closed {ch(WEEKDAY)}"

@phi("name", "ed-log", "table", "multiline")
def ed_log():
    rows = ["ED log (night)", "time  pt  cc  dispo"]
    for _ in range(r.randint(2, 5)):
        p = person()
        rows.append(f"{tm()}  {name_any(p, ['inv','full','last'])}  {ch(['abd pain','lac','CP','fever','SOB','MVC'])}  {ch(['home','admit','xfer','swing'])}")
    return "\n".join(rows)

@phi("name", "date", "mrn", "lab", "specimen")
def specimen_label():
    p = person()
    return f"lab courier bag had an unlabeled tube + one labeled {N(p.last.upper() + ', ' + p.first.upper())} DOB {D(dob())} MRN {MR(mrn())} — whose draw?"

@phi("name", "health-plan", "ccm", "list", "multiline")
def ccm_list():
    out = [ch(["CCM enrollment this month:", "chronic care mgmt consents:", "CCM — need MBIs verified"])]
    for _ in range(r.randint(2, 4)):
        p = person(old=True)
        out.append(f"{name_any(p, ['full','inv'])} — {HP(mbi())}")
    return "\n".join(out)

@phi("name", "hipaa-breach", "privacy")
def breach_gossip():
    p = person(); st = staff()
    return ch([
        f"privacy concern: someone at church knew about {name_any(p)}'s {ch(['miscarriage','biopsy','rehab stay','STD test'])} before {p.she} told anyone. audit log pulled",
        f"compliance: {st.first} in {ch(ROLES)} opened {name_any(p)}'s chart w/o reason, it's {st.first}'s {ch(['ex','neighbor','sister-in-law'])}",
    ])

@phi("name", "dietary")
def dietary():
    p = person(old=True)
    return f"{name_any(p, ['hon','first','full'])} in {r.randint(201,212)} wants {ch(['kolaches','bierocks','runza','rhubarb pie'])} from home, ok w/ {p.her} diet?{emo()}"

@phi("name", "chaplain", "list", "multiline")
def chaplain_list():
    out = [ch(["chaplain visit list for Pastor " + staff().last + ":", "spiritual care req:"])]
    for _ in range(r.randint(2, 4)):
        p = person(old=True)
        out.append(f"- Rm {r.randint(101,125)} {name_any(p, ['full','hon'])} ({ch(['Lutheran','Catholic','Methodist','none'])})")
    return "\n".join(out)

@phi("name", "date", "email", "proxy", "portal")
def portal_proxy():
    p = person(old=True); c = same_family(p)
    return f"proxy access: {N(c.full)} for {c.her} {'mom' if p.sex == 'F' else 'dad'} {name_any(p)} (DOB {D(dob(True))}), send invite to {EM(pemail(c))}"

@phi("name", "barter", "billing")
def barter():
    p = person("M")
    return ch([
        f"{name_any(p)} asked if he can pay {p.her} bill in beef again lol. CFO says no{emo(0.9)}",
        f"{name_any(p)} dropped off sweet corn for the nurses as thanks for taking care of his wife {N(same_family(p,'F').first)}",
    ])

@phi("name", "date", "address", "phone", "email", "ssn", "health-plan", "mrn", "structured", "multiline")
def demographics_block():
    p = person()
    lines = [f"Name: {name_any(p, ['full','inv'])}", f"DOB: {D(dob())}", f"Addr: {AD(full_addr(', '))}"]
    opts = [f"Phone: {PH(phone())}", f"Email: {EM(pemail(p))}", f"SSN: {SS(ssn())}", f"Medicare: {HP(mbi())}",
            f"MRN: {MR(mrn())}", f"Sex: {p.sex}", f"Lang: {ch(['English','Spanish','Hmong','Somali','German (PA Dutch)'])}"]
    lines += pick(opts, r.randint(2, 5))
    return ch(["registration sheet (typed from paper):\n", "", "new pt packet\n"]) + "\n".join(lines)

@phi("name", "date", "birth-announcement")
def birth_announce():
    b = person(); m = same_family(b, "F"); d = person("M"); d.last = b.last
    return f"for the paper: {N(b.full)}, born {D(vdate(False))} at {tm()} to {N(m.first)} and {N(d.first + ' ' + d.last)} of {AD(town()[0])}, {r.randint(5,9)} lb {r.randint(0,15)} oz"

@phi("name", "phone", "estate", "billing")
def estate():
    p = person(old=True); ex = same_family(p)
    return f"executor for {name_any(p, ['full','hon'])}'s estate is {N(ex.full)} {PH(phone())}, final bill goes to {ex.them}"

@phi("phone", "sms", "reminder", "list", "multiline")
def sms_failed():
    out = ["text reminders that bounced (landline?):"]
    for _ in range(r.randint(2, 5)):
        out.append(PH(phone(ch(["dash", "plain", "paren"]))))
    return "\n".join(out)

@phi("name", "blood-drive", "community")
def blood_drive():
    p = person()
    return f"blood drive at the Legion: donor {name_any(p)} passed out after, brought over to ER to be checked. {ch(['fine now','mom picked up','ate 3 cookies'])}"

@phi("name", "health-plan", "va", "veterans")
def va_community():
    p = person(old=True)
    return f"VA community care auth for {name_any(p)}, ICN {HP(str(r.randint(10**9,10**10-1)) + 'V' + str(r.randint(100000,999999)))}, {ch(['PT x 12','cardiology consult','hearing aids'])}"

@phi("name", "hospice", "referral")
def hospice():
    p = person(old=True)
    return ch([
        f"hospice referral for {name_any(p)}, family wants {p.them} home on the farm. {ch(['Heartland','Sandhills Hospice','Good Sam Hospice'])} can come {ch(WEEKDAY)}",
        f"{N(p.first + ' ' + p.last)} is on hospice now, pls flag the chart for no reminder calls",
    ])

@phi("name", "date", "outreach", "list", "multiline")
def outreach_day():
    out = [f"{ch(['cardiology','ortho','podiatry','urology'])} outreach {mdate()} — {sdoc()}:"]
    for _ in range(r.randint(2, 5)):
        p = person()
        out.append(f"{tm()} {name_any(p, ['full','last','inv'])}" + ch(["", " (new)", " f/u", " echo review"]))
    return "\n".join(out)

@phi("name", "vehicle", "tow")
def car_towed():
    p = person()
    return f"{name_any(p)}'s car has been in the ER lot since {p.she} got flown out. {ch(['Buick','Silverado','Malibu'])}, VIN {VE(vin())} — family says leave it"

@phi("name", "account", "air-ambulance")
def air_bill():
    p = person()
    return f"{ch(['LifeNet','AirCare','Eagle Med'])} bill for {name_any(p)} flight — {money(30000,90000)}, acct {AC(har())}. {p.she} wants to know if our charity care covers it"

@phi("name", "date", "walk-in", "multiline")
def friday_recap():
    a, b = person(), person()
    return (f"Fri front desk recap:\n• {ch([12,14,17,19])} check-ins, {ch([1,2,3])} walk-ins\n• {name_any(a)} paid {money(10,300)} cash, receipt in drawer\n"
            f"• {name_any(b)} needs new appt (was {D(vdate(False))})\n• copier jammed again ({ticket()})")

# ---------------------------------------------------------------- PHI: mixed with hard negatives
@phi("name", "last4")
def mix_last4():
    p = person()
    return ch([
        f"{name_any(p)} verified w/ last 4 of SSN ({r.randint(1000,9999)}) — we don't store full SSN anymore per policy",
        f"{name_any(p)} says the card ending {r.randint(1000,9999)} was charged twice. PFS will refund",
    ])

@phi("name", "address", "facility-address")
def mix_addresses():
    p = person()
    return (f"{name_any(p)} keeps sending payments to the old clinic at 214 Main St in Arnold. {p.her} own addr is {AD(full_addr(', '))}; "
            f"ours is 1100 Hospital Dr, Merritt Springs NE 69167")

@phi("name", "date", "calendar")
def mix_dates():
    p = person(); md = mdate(); vd = vdate(False)
    return ch([
        f"board mtg moved to {md} — also {name_any(p)} moved {p.her} colonoscopy to {D(vd)} so {sdoc()} is out that morning",
        f"{name_any(p)} appt {D(vd)}; QI committee {md} at noon; payroll cutoff {mdate()}",
    ])

@phi("name", "npi", "referral")
def mix_npi():
    p = person()
    return f"referral for {name_any(p)} bounced — {ch(TERTIARY)} needs referring NPI {npi()} ({sdoc()}) on the form"

@phi("name", "zoom", "telehealth")
def mix_zoom():
    p = person()
    return f"{name_any(p)}'s tele-visit is on Zoom, meeting ID {zoomid()}, passcode {r.randint(100000,999999)}. {sfirst()} will set up the iPad in Rm {r.randint(101,125)}"

@phi("age", "name", "age-aggregate")
def mix_age_agg():
    p = person(old=True)
    return f"swing bed: {r.randint(2,5)} pts over 90 this week, oldest is {name_any(p)} at {A(age90(False))}. avg LOS {r.randint(6,14)} days"

@phi("name", "email", "phone", "long", "multiline", "forwarded")
def long_family_email():
    p = person(old=True); c = same_family(p)
    rel, short = ("mother", "Mom") if p.sex == "F" else ("father", "Dad")
    return (f"Forwarding from the CEO inbox —\n\nDear Administrator,\n\nMy {rel} {N(p.full)} was in your swing bed "
            f"from {D(vdate(False))} to {D(vdate(False))}. I want to say that {ch(['the nurses were wonderful','the food was cold every day','nobody told us about the fall'])}. "
            f"{short} is {A(age90())} and still talks about {staff().first} the aide.\n\nYou can reach me at {PH(phone())} or {EM(pemail(c))}.\n\n"
            f"Sincerely,\n{N(c.full)}\n{AD(full_addr(chr(10)))}")

@phi("name", "exec-name", "escalation")
def mix_exec():
    p = person(); ceo, cfo = staff(), staff()
    return (f"{ceo.first} and {cfo.first} are meeting w/ {name_any(p)}'s family {ch(WEEKDAY)} at {tm()} about the billing complaint. "
            f"{cfo.first} wants the itemized bill printed")

@phi("name", "group-number", "health-plan")
def mix_group():
    p = person()
    return f"employee plan: group {group_no()} is ours, but {name_any(p)}'s sub ID {HP(memberid())} shows termed. {p.she} still works at the school?"

@phi("name", "ticket", "ticket")
def mix_ticket():
    p = person("F")
    return f"{ticket()}: duplicate chart for {name_any(p)} — one under maiden name {N(ch(SUR))}. HIM assigned"


@phi("ip", "it", "home-monitoring", "name")
def it_home_hub():
    p = person(old=True); ip = ch([ipv4(), ipv6()])
    return ch([
        f"RPM hub at {name_any(p)}'s farmhouse keeps dropping, {p.her} router shows {IP(ip)} — satellite internet again",
        f"firewall log: blocked {IP(ip)} → {IP(ipv4())} (EMS tablet in Unit {r.randint(1,4)}). {sfirst()} checking",
        f"PACS viewer at {ch(TERTIARY)} is {IP(ip)}, they need our outbound NAT added. {ticket()}",
    ])

@phi("url", "billing", "pay-link")
def url_paylink():
    p = person(); a = har()
    u = ch([f"https://pay.msch.org/bill?acct={a}&ln={fold(p.last)}", f"https://msch.patientpay.com/g/{a}",
            f"https://results.msch.org/lab/{r.randint(100000,999999)}?patient={fold(p.first)}{fold(p.last)}"])
    return ch([
        f"the text-to-pay link for {name_any(p, ['first','full'])} was {UR(u)} — {p.she} says it shows someone else's bill??",
        f"<{UR(u)}|pay here> got pasted in the public fb comments by {name_any(p)}{emo(0.8)} can someone hide it",
    ])

@phi("credit-card", "foundation", "gala")
def cc_gala():
    c = ccnum(); d = staff()
    return ch([
        f"gala ticket payment from {d.full} came on a paper form, card {CC(c)}, {money(100,600)} for {r.randint(2,8)} seats. run it & shred",
        f"auction winner paid w/ {CC(c)} exp {r.randint(1,12)}/{r.randint(26,30)} — {staff().first} left it on my desk",
    ])

@phi("credit-card", "name", "billing", "mail")
def cc_coupon():
    p = person(); c = ccnum(ch(["space", "dash", "plain"]))
    return f"payment coupon in the mail from {name_any(p)} w/ card # written on it {CC(c)} and 'take {money(20,200)}'. acct {AC(har())}"

@phi("credit-card", "vendor", "email")
def cc_vendor_email():
    c = ccnum()
    return f"{ch(VENDORS)} rep emailed asking for our card, I almost sent {CC(c)} before remembering we don't do that. ap@ portal instead"

# ================================================================ CLEAN frames (hard negatives)
def mtg(): return mdate() + ch(["", " at " + tm(), " " + tm()])

@clean("calendar", "board", "exec-name")
def c_board_packet():
    return ch([
        f"board packet due to printer {mdate()} — still need {sfirst()}'s financials, {sfirst()}'s QI dashboard and the CEO report.{emo()}",
        f"{sfirst()} can you send the Feb med staff minutes for the packet? trustees meet {mtg()} in {ch(ROOMS)}",
        f"Packet checklist:\n☐ agenda\n☐ minutes {mdate()}\n☐ financials ({sfirst()})\n☐ CEO report\n☐ {ch(['capital request — CT','340B update','EMS report','policy approvals'])}",
    ])

@clean("calendar", "board", "room")
def c_board_room():
    return f"Board of Trustees {mdate()} moved from {ch(ROOMS)} to {ch(ROOMS)}, Zoom for {staff().full} and {staff().full} who are calving"

@clean("county", "exec-name", "money")
def c_commissioners():
    c1, c2 = staff(), staff()
    return ch([
        f"county commissioners {mtg()} at the courthouse. {sfirst()} presenting the levy request ({money0(200000,1500000)}). Commissioner {c1.last} is a maybe, {c2.last} is a yes",
        f"Commish agenda item #{r.randint(3,14)}: hospital district levy, {r.randint(2,9)}.{r.randint(0,9)} cents. {c1.full} wants the EMS run numbers first",
        f"{c1.full} (commissioner, dist {r.randint(1,3)}) asked for a tour of the new ER wing — {mdate()} work?",
    ])

@clean("money", "budget", "table", "multiline")
def c_budget_table():
    rows = ["| dept | budget | actual | var |", "|---|---|---|---|"]
    for d in pick(["ER", "Swing bed", "Lab", "Radiology", "EMS", "Clinic", "Dietary", "PT", "Pharmacy"], r.randint(3, 6)):
        b = r.randint(20000, 900000); a = b + r.randint(-50000, 60000)
        rows.append(f"| {d} | ${b:,} | ${a:,} | {100.0*(a-b)/b:+.1f}% |")
    return ch(["Feb variance for the finance committee:\n", "from " + sfirst() + ", YTD thru " + ch(MONTHS) + ":\n", ""]) + "\n".join(rows)

@clean("po", "money", "vendor")
def c_invoice():
    return ch([
        f"{ch(VENDORS)} {inv()} on {po()} for {money()} — {sfirst()} says received, ok to pay",
        f"AP question: {inv()} from {ch(VENDORS)} doesn't match {po()} (qty {r.randint(2,40)} vs {r.randint(2,40)})",
        f"can you approve {po()}? {ch(VENDORS)}, {money(100,20000)}, cost center {r.randint(6000,8999)}",
    ])

@clean("ticket", "it")
def c_ticket():
    return ch([
        f"{ticket()} — printer in {ch(ROLES)} jammed again, {sfirst()} says it's the tray 2 roller",
        f"opened {ticket()} w/ TruBridge for the slow login at the nurses station. {sfirst()} is the contact",
        f"status on {ticket()}? {sfirst()} still can't scan to email",
    ])

@clean("version", "it", "calendar")
def c_upgrade():
    return ch([
        f"{version()} go-live {mdate()}, downtime 0100-0400. downtime packets in each dept{emo()}",
        f"Pyxis firmware going to {version()} {ch(WEEKDAY)} night, pharmacy will pre-pull",
        f"release notes for {version()}: new registration screen, MRN field moved to the top. training {mtg()}",
    ])

@clean("zoom", "calendar")
def c_zoom():
    return ch([
        f"NHA CEO call {mtg()} — Zoom ID {zoomid()}, passcode {r.randint(100000,999999)}",
        f"Meeting ID: {zoomid()}\nPasscode: {fold(ch(SUR))[:6]}{r.randint(10,99)}\n{ch(['Flex grant webinar','CAH quality network','county EM planning'])}",
    ])

@clean("ext", "staff")
def c_ext():
    return ch([
        f"I'm at the front desk today, call me at {ext()} if you need anything{emo()}",
        f"new extensions: {ch(ROLES)} {ext()}, {ch(ROLES)} {ext()}, CEO office {ext()}",
        f"{sfirst()} moved offices, same ext ({ext()})",
    ])

@clean("npi", "credentialing")
def c_npi():
    d = staff()
    return ch([
        f"payer enrollment for Dr. {d.last}: NPI {npi()}, taxonomy 207Q00000X. Medicaid MCOs take 60-90 days",
        f"{d.full}, PA-C — NPI {npi()} linked to our group NPI {npi()} in PECOS{emo()}",
    ])

@clean("cpt", "icd", "coding")
def c_coding():
    return ch([
        f"99213 vs 99214 audit came back {r.randint(80,98)}% agreement. big misses on {ch(['G2211','99417','modifier 25'])}",
        f"denials up on {ch(['Z00.00','E11.9','I10','M54.50','J06.9'])} + {ch(['36415','80053','85025','93000'])}, coding huddle {mtg()}",
        f"CPT {ch(['G0439','99497','G0444'])} add-on for AWVs — {sfirst()} wants a cheat sheet by {mdate()}",
    ])

@clean("hipaa", "training")
def c_hipaa():
    return ch([
        f"reminder: annual HIPAA training due {mdate()}. {r.randint(10,40)} people still haven't done it{emo(0.8)}",
        f"Privacy tip of the week: don't discuss patients at the café, even 'just a neighbor'. — {sfirst()}, compliance",
        f"HIPAA question from the auxiliary: can volunteers say hi to people they know in the lobby? (yes, just no details)",
    ])

@clean("mrn-topic", "it")
def c_mrn_topic():
    return ch([
        f"Thrive converts 7-digit MRNs to 10-digit on {mdate()}; old wristbands still scan",
        f"pls don't paste MRNs in Slack, use the secure msg in the EHR. — {sfirst()}",
        "does anyone know if the MRN field on the new fax cover is required? it's blank on the template",
    ])

@clean("ssn-topic", "policy")
def c_ssn_topic():
    return ch([
        "policy 4.12: we no longer collect SSN at registration unless Medicaid requires it",
        f"reminder never type SSN or full card numbers in chat. ask {sfirst()} in PFS for the secure form",
        "patient asked why we want their SSN — what's our scripted answer?",
    ])

@clean("age-aggregate", "census")
def c_census():
    return ch([
        f"census {r.randint(6,22)}: acute {r.randint(2,8)}, swing {r.randint(2,9)}, OB {r.randint(0,2)}. {r.randint(1,4)} pts over 90",
        f"ER saw {r.randint(8,40)} this weekend, {r.randint(0,5)} transfers to {ch(TERTIARY)}, {r.randint(0,3)} flights",
        f"swing bed ADC {r.randint(3,9)}.{r.randint(0,9)} in {ch(MONTHS)}, patients 90+ were {r.randint(10,35)}% of days",
    ])

@clean("age", "deidentified")
def c_unnamed_pt():
    return ch([
        f"{age_young()} y/o M in ER bay {r.randint(1,4)}, {ch(['fall from hay loft','lac from barbed wire','chest pain'])}. {sdoc()} has it",
        f"we had a {age_young()}yo with a {ch(['grain bin','auger','PTO'])} injury today, reminding everyone farm safety day is {mdate()}",
        f"older gentleman in the waiting room asking for the bathroom key, can someone bring it up front",
    ])

@clean("facility-address", "zip-like")
def c_facility_addr():
    return ch([
        "mail the check to 1100 Hospital Dr, Merritt Springs NE 69167, attn Accounts Payable",
        f"outreach clinic moved to 214 Main St in Arnold (ZIP 69120). {sfirst()} updating Google",
        f"new ship-to for {ch(VENDORS)}: MSCH Materials, 1100 Hospital Dr, Dock B, Merritt Springs 69167",
    ])

@clean("community", "calendar", "event")
def c_pancake():
    return ch([
        f"pancake feed for the Foundation {mtg()} at the Legion hall — need {r.randint(4,12)} volunteers, {sfirst()} has griddles",
        f"fair booth schedule:\n{tm()} {sfirst()} & {sfirst()}\n{tm()} {sfirst()}\n{tm()} {sfirst()} (bring the BP cuffs)",
        f"Health fair vendors confirmed: {', '.join(pick(VENDORS, 3))}, the Extension office and {ch(['Farm Bureau','4-H','Sandhills Pharmacy'])}",
    ])

@clean("community", "foundation", "donor", "money")
def c_donor():
    d = staff()
    return ch([
        f"{d.full} and the {ch(['Dismal River Co-op','Farmers State Bank','Kessler Farms','Rotary','Lions Club'])} pledged {money0(1000,100000)} for the CT fund. thank-you letter from Marcy pls",
        f"gala seating: {d.full} at table {r.randint(1,12)} with the {staff().last}s and Senator {staff().last}'s staffer",
    ])

@clean("auxiliary", "community")
def c_auxiliary():
    v = person("F")
    return f"{v.hon}{v.last} from the Auxiliary called, bake sale is {mtg()} in the lobby, she needs 2 tables and the cash box"

@clean("ems", "fleet", "asset")
def c_ems_fleet():
    return ch([
        f"Unit {r.randint(1,4)} at {ch(['Diesel Doc','Sandhills Ford','the county shop'])} for brakes, {ch(['asset','tag'])} {asset()}. we're down to one rig till {ch(WEEKDAY)}",
        f"EMS: new cot for Unit {r.randint(1,4)} came ({ch(['Stryker','Ferno'])} {ch(['Power-PRO XT','iN/X'])}), {money(8000,30000)}. old one to surplus",
        f"LUCAS device {asset()} back from service, in Unit {r.randint(1,4)}",
    ])

@clean("ems", "staffing")
def c_ems_staff():
    return ch([
        f"EMS schedule gaps: {mdate()} nights, {mdate()} days. {sfirst()} can cover one, {sfirst()} is harvesting",
        f"CE class {mtg()} in the EMS bay — {sfirst()} teaching ACLS recert, {r.randint(6,14)} signed up",
        f"shout out to {sfull()} and {sfull()} for {r.randint(3,9)} runs on Saturday{emo(0.9)}",
    ])

@clean("weather", "operations")
def c_weather():
    return ch([
        f"blizzard warning {ch(WEEKDAY)}: clinic closes at noon, hospital staff who can stay over — cots in {ch(ROOMS)}",
        f"county plow says Hwy 2 is open, 97 still drifted. {sfirst()} is picking up nurses in the 4x4",
        f"ice storm — if you can't get in safely, call your manager. don't be a hero{emo(0.8)}",
    ])

@clean("food", "money", "board")
def c_lunch():
    return ch([
        f"lunch for board mtg: {r.randint(10,16)} runzas + salads from {ch(['Runza','the Bakery','Mas Café','the Legion'])}, {money(80,350)} on the P-card (last 4 {r.randint(1000,9999)})",
        f"med staff dinner {mdate()} at {ch(['the Supper Club','the country club','Oles Steakhouse'])}, {r.randint(12,30)} RSVPs, {money(25,60)}/plate",
    ])

@clean("money", "quote", "capital")
def c_quote():
    return ch([
        f"CT lease quote from {ch(['GE','Siemens','Canon'])}: {money(6000,14000)}/mo x 60, or {money0(500000,1200000)} cash",
        f"roof bid from {ch(['Sandhills Roofing','Platte Valley Const','Krueger Bros'])} came in at {money0(80000,400000)}, second bid due {mdate()}",
    ])

@clean("grant", "calendar", "deadline")
def c_grant():
    return ch([
        f"Flex grant narrative due {mdate()}. {sfirst()} has the budget, I have the letters of support from the county + the school",
        f"SHIP grant funds ({money0(5000,15000)}) must be spent by {mdate()}, ideas?",
        f"USDA community facilities app: {r.randint(3,8)} attachments left, deadline {mdate()}",
    ])

@clean("policy", "calendar")
def c_policy():
    return ch([
        f"visitor policy rev {r.randint(2,9)} effective {mdate()}: 2 visitors per pt, kids under 12 w/ adult",
        f"Policy committee approved: {', '.join(pick(['hand hygiene','downtime','EMTALA','restraints','swing bed admission','chaperone','interpreter'], 3))}. effective {mdate()}",
    ])

@clean("fiscal", "money")
def c_fiscal():
    return ch([
        f"FY{r.randint(2025,2027)} budget: net rev {money0(15000000,32000000)}, {r.randint(1,4)}.{r.randint(0,9)}% margin. Q{r.randint(1,4)} was rough",
        f"Q{r.randint(1,4)} AR days {r.randint(38,70)}, down from {r.randint(45,80)}. cash on hand {r.randint(60,240)} days",
        f"cost report (FYE {ch(['6/30','9/30','12/31'])}) due {mdate()} — {ch(['Eide Bailly','BKD','Wipfli'])} prepping",
    ])

@clean("card-expiry", "money")
def c_card_expiry():
    return ch([
        f"admin P-card expires {r.randint(1,12):02d}/{r.randint(26,29)}, new one mailed to {sfirst()}. update {ch(VENDORS)} autopay",
        f"card ending {r.randint(1000,9999)} declined at {ch(['Amazon','Walmart','Staples'])}, probably the daily limit",
    ])

@clean("group-number", "benefits")
def c_group():
    return ch([
        f"employee health plan renewal: BCBS group {group_no()}, {r.randint(4,12)}% increase. open enrollment {mdate()}-{mdate()}",
        f"dental group # changed to {group_no()} on {mdate()}, new cards coming",
    ])

@clean("room", "calendar")
def c_rooms():
    return ch([
        f"can I have {ch(ROOMS)} {mtg()}? {ch(['MEC','CAH quality','safety committee','interviews'])}",
        f"{ch(ROOMS)} projector is broken, moving {ch(['med staff','infection control','the huddle'])} to {ch(ROOMS)}",
    ])

@clean("version", "ip-like")
def c_build():
    return ch([
        f"lab analyzer updated to {version()}, {sfirst()} validating QC",
        f"the kiosk app is on build {r.randint(2023,2025)}.{r.randint(1,12)}.{r.randint(0,9)}.{r.randint(1,40)} — vendor says update to {version()}",
        f"Windows {ch(['22H2','23H2','24H2'])} rollout: {r.randint(20,90)} of {r.randint(95,140)} PCs done",
    ])

@clean("credentialing", "calendar")
def c_license_due():
    return ch([
        f"{sdoc()}'s state license renewal is due {mdate()}; DEA renewal after. medical staff office tracking",
        f"credentialing committee {mtg()}: reappointments for {sdoc()}, {sdoc()}, and {sfull()} PA-C",
        f"{sfull()}, CRNA — privileges approved by the board, effective {mdate()}",
    ])

@clean("travel", "calendar")
def c_travel():
    return ch([
        f"Marcy's trip to Lincoln for NHA {mdate()}-{mdate()}: Graduate Hotel, mileage in the fleet Tahoe",
        f"{sfirst()} and I driving to Kearney {mdate()} for the CAH conference, back {ch(WEEKDAY)}",
    ])

@clean("recruiting", "calendar")
def c_recruit():
    c = staff()
    return ch([
        f"physician candidate {c.full}, MD visiting {mdate()}: tour, lunch w/ {sdoc()}, dinner w/ board chair. spouse wants to see the school",
        f"{c.first} {c.last} (NP candidate) accepted! start date {mdate()}, {money0(110000,150000)} base",
    ])

@clean("board", "resignation")
def c_board_resign():
    return f"Trustee {sfull()} is resigning end of {ch(MONTHS)} — moving to Grand Island. commissioners appoint the replacement"

@clean("quality", "metrics")
def c_quality():
    return ch([
        f"readmission rate {r.randint(3,12)}.{r.randint(0,9)}% in Q{r.randint(1,4)}, HCAHPS {ordn(r.randint(70,92))} percentile. {sfirst()} presenting {mdate()}",
        f"hand hygiene {r.randint(80,99)}% in {ch(MONTHS)}, falls {r.randint(0,4)}, CLABSI 0{emo(0.8)}",
    ])

@clean("press", "ems")
def c_press():
    return f"press release draft: MSCH's new ambulance arrives {mdate()} thanks to a {money0(50000,300000)} USDA grant and local donors. photo op w/ {sfull()} and the EMS crew"

@clean("staff", "celebration")
def c_retire():
    s = staff()
    return ch([
        f"retirement coffee for {s.first} ({r.randint(20,45)} yrs in {ch(ROLES)}!) {ch(WEEKDAY)} 2pm, cafeteria{emo(0.9)}",
        f"employee of the month: {s.full} in {ch(ROLES)}. nominated for staying overnight in the blizzard",
        f"cake for {s.first}'s birthday {ch(WEEKDAY)}, it's a big one but don't tell her I said that",
    ])

@clean("interview", "calendar")
def c_interviews():
    return "interviews " + mdate() + ":\n" + "\n".join(f"{tm()} {sfull()} — {ch(['RN','CNA','lab tech','coder','EMT','housekeeping'])}" for _ in range(r.randint(2, 4)))

@clean("minutes", "board", "multiline")
def c_minutes():
    return (f"draft minutes — {mdate()}\nPresent: {sfull()}, {sfull()}, {sfull()}, {sfull()}\nMotion by {staff().last}, 2nd {staff().last}, "
            f"to approve {ch(['the CT lease','the FY budget','medical staff reappointments','the EMS subscription fee'])}. carried {r.randint(4,7)}-0")

@clean("slack-markup", "tasks")
def c_mentions():
    return ch([
        f"{uid()} can you grab the {ch(['mail','board binders','name tags'])}? {uid()} has the key",
        f"{uid()} {uid()} reminder: QI reports due {mdate()}",
        f"thx {uid()}!{emo(1)}",
    ])

@clean("bot", "agenda")
def c_bot_agenda():
    return ch([
        f"@assist draft an agenda for MEC {mdate()}: call to order, minutes, CMO report, peer review (closed), old business, new business",
        f"/summarize the NHA legislative update for Marcy in 5 bullets",
        f"hey bot, what's the difference between a CAH and a rural emergency hospital? need it in plain English for the commissioners",
    ])

@clean("bot", "vendor", "summarize")
def c_bot_vendor():
    return (f"can you summarize this? \"{ch(SUPPLIERS)} is pleased to announce a {r.randint(2,6)}% price adjustment effective {mdate()} "
            f"on {ch(['gloves','IV sets','linens','lab reagents'])}. Contact your account executive with questions.\"")

@clean("spanish", "community")
def c_spanish():
    return ch([
        f"¿alguien puede revisar el volante en español para la feria de salud del {mdate()}? gracias!",
        f"flyer for vaccine clinic translated, {sfirst()} checked the Spanish. printing {r.randint(50,300)} copies",
    ])

@clean("age-aggregate", "duration")
def c_durations():
    return ch([
        f"CAH 96-hour annual avg: we're at {r.randint(50,88)} hrs. fine",
        f"{r.randint(2,9)} swing bed pts over 90 this year so far; 90-day readmits {r.randint(0,6)}",
        "new policy: chart completion within 30 days, 90-day suspension for repeat delinquencies",
    ])

@clean("last4", "money")
def c_last4():
    return ch([
        f"someone called and gave last 4 of SSN ({r.randint(1000,9999)}) but hung up before giving a name. can't do anything with that",
        f"Visa ending {r.randint(1000,9999)} is the fair booth card, {sfirst()} has it",
    ])

@clean("it", "asset")
def c_asset():
    return ch([
        f"reboot the lobby kiosk ({asset()}) if it freezes. it's the black button on the back",
        f"biomed PM due on pumps {asset()} through {asset()}, {ch(['Alaris','Sigma','Baxter'])} rep coming {mdate()}",
        f"defib in ER bay {r.randint(1,4)} ({asset()}) failed self-test, swapped with the spare",
    ])

@clean("it", "security")
def c_mfa():
    return ch([
        f"MFA rollout: {r.randint(40,95)}% enrolled. if you get a push you didn't ask for, say NO and call IT {ext()}",
        "phishing test results: 14 clicks. the 'free Runza' email got everybody 🙃",
        f"guest wifi password changes {mdate()}, new one on the whiteboard in {ch(ROOMS)}",
    ])

@clean("it", "phone-system")
def c_phones_down():
    return f"main phone line is down (carrier issue), use the cell in the ER or the backup line at the nurses station. ticket {ticket()}"

@clean("ems", "stats", "table", "multiline")
def c_ems_stats():
    rows = ["month | runs | transfers | avg resp"]
    for m in pick(MON, 3):
        rows.append(f"{m} | {r.randint(20,80)} | {r.randint(2,20)} | {r.randint(7,22)} min")
    return "EMS stats for the commissioners:\n" + "\n".join(rows)

@clean("money", "payer-mix")
def c_payer():
    return f"payer mix {ch(MONTHS)}: Medicare {r.randint(45,65)}%, Medicaid {r.randint(8,18)}%, commercial {r.randint(15,30)}%, self-pay {r.randint(2,7)}%"

@clean("hr", "jobs", "money")
def c_jobs():
    return "open positions:\n" + "\n".join(f"- {ch(['RN nights','CNA','rad tech','EMT (PRN)','coder','cook','housekeeper','MLT'])} ${r.randint(16,45)}-{r.randint(46,60)}/hr" for _ in range(r.randint(2, 4)))

@clean("calendar", "closure")
def c_closure():
    return ch([
        f"Clinic closed {mdate()} for the holiday, ER open as always",
        f"Clinic hours change starting {mdate()}: Fri 8-12 only, {sdoc()} in Arnold Fri PM",
    ])

@clean("community", "parade")
def c_parade():
    return f"fair parade float: hay rack from {staff().last} Farms, {sfirst()} bringing the giant toothbrush costume. lineup {mtg()} at the school"

@clean("construction", "change-order")
def c_construction():
    return f"change order #{r.randint(3,30)} from {ch(['Hausmann','Sampson','Chief Construction'])}: {money(2000,60000)} for the ER canopy footings. {sfirst()} reviewing"

@clean("legislative", "calendar")
def c_legis():
    return ch([
        f"Senator {staff().last}'s staffer touring {mdate()} — talking points: CAH reimbursement, 340B, EMS staffing",
        f"State Sen. {staff().last} at Rotary {mdate()}, Marcy wants 2 min with her on the Medicaid rate bill",
    ])

@clean("rotary", "community")
def c_rotary():
    return f"Marcy is the Rotary program {mdate()}, topic 'rural hospital 101'. slides from {sfirst()}"

@clean("school", "community")
def c_school():
    return f"meeting w/ {ch(['Sandhills','McPherson Co','Arnold'])} school nurse + superintendent {mtg()} re: athletic trainer contract"

@clean("bank", "loan")
def c_bank():
    b = staff()
    return f"{b.hon}{b.last} from Farmers State Bank coming {mdate()} re: line of credit renewal, {money0(500000,3000000)}"

@clean("lab", "version")
def c_lab():
    return f"lab: {ch(['Piccolo','i-STAT','Sysmex','Vitros'])} down for {r.randint(1,6)} hrs, sending out CMPs to {ch(TERTIARY)}. vendor pushing {version()}"

@clean("dietary", "menu")
def c_menu():
    return f"cafeteria menu {ch(WEEKDAY)}: {ch(['bierocks','chicken fried steak','tacos','runzas','chili & cinnamon rolls'])}, {money(5,9)} w/ drink"

@clean("housekeeping", "staffing")
def c_housekeeping():
    return f"housekeeping short {r.randint(1,3)} this weekend, {sfirst()} and {sfirst()} splitting floors. terminal clean {ch(['Rm 104','Rm 112','ER 2'])} first"

@clean("cpr", "community")
def c_cpr():
    return f"community CPR class {mtg()} at the fire hall, {r.randint(8,24)} signed up, {sfirst()} and {sfirst()} instructing. {money(20,45)} incl card"

@clean("telehealth", "equipment")
def c_tele_equip():
    return f"tele-psych cart ({asset()}) needs the new camera, {ch(['Logitech','Poly'])} model {ch(['Rally','Studio X30','MeetUp'])} {money(600,3500)}"

@clean("farm-safety", "community")
def c_farm_safety():
    return f"farm safety day {mdate()}: grain bin demo from {ch(['the co-op','Dismal River Co-op','the fire dept'])}, {r.randint(40,180)} kids from 3 schools, EMS bringing Unit {r.randint(1,4)}"

@clean("calendar", "exec")
def c_calendar():
    return "Marcy's " + ch(WEEKDAY) + ":\n" + "\n".join(f"{tm()} {ch(['MEC','CFO 1:1','commissioners','Rotary','NHA call','dept heads','EMS director','foundation board','lunch w/ ' + sfull()])}" for _ in range(r.randint(3, 5)))

@clean("county", "vote")
def c_county_vote():
    return f"commissioners voted {r.randint(2,3)}-{r.randint(0,1)} for the EMS subsidy. {staff().last} against, said the county can't afford it"

@clean("zip-like", "order")
def c_ziplike():
    return ch([
        f"order {r.randint(60000,69999)} qty {r.randint(2,40)} backordered till {mdate()}",
        f"lot #{r.randint(10000,99999)} recall on {ch(['gloves','saline flushes','blood tubes'])} — materials checked, we don't have it",
        f"vendor # {r.randint(60000,69999)} set up for {ch(['Huskerland Propane','Sandhills Publishing','Cintas'])}",
    ])

@clean("phone-like", "invoice")
def c_phonelike():
    return ch([
        f"invoice {r.randint(10**9,10**10-1)} from {ch(VENDORS)} — is that the whole amount or partial?",
        f"contract MSA-{r.randint(2023,2026)}-{r.randint(1000,9999)} with {ch(VENDORS)} auto-renews {mdate()}",
        f"tracking {r.randint(10**11,10**12-1)} — the board binders shipped",
    ])

@clean("census", "stats")
def c_er_month():
    return f"ER visits by month: " + ", ".join(f"{m} {r.randint(150,400)}" for m in pick(MON, 4))

@clean("calendar", "dates")
def c_past_meeting():
    return f"per the {mdate()} meeting, {sfirst()} owns the swing bed brochure and {sfirst()} owns the EMS subscription letter"

@clean("clinician", "rounds")
def c_rounds():
    return ch([
        f"{sdoc()} rounding at 7, then clinic. {sdoc()} covering ER till 7p",
        f"locum {sdoc()} arrives {mdate()}, staying at the {ch(['Sandhills Motel','hospital apartment'])}",
    ])

@clean("dues", "money")
def c_dues():
    return f"med staff dues {money(50,300)} due {mdate()}, {r.randint(2,6)} outstanding. {sfirst()} sending reminders"

@clean("emoji", "chatter")
def c_chatter():
    return ch(["ok 👍", "thx!!", "on it", "lol same", "🙏🙏", "can't, in the commish mtg till 11", "who took the good stapler 😤",
               "coffee's fresh in admin ☕", "is it just me or is the heat off in the west wing 🥶", "brb",
               f"{sfirst()} brought kolaches!! break room{emo(1)}", "nvm found it", "yes", "will do", "done ✅"])

@clean("newsletter", "staff")
def c_newsletter():
    return f"newsletter: staff spotlight {sfull()} ({ch(ROLES)}), new hires {sfull()} and {sfull()}, recipe from {sfirst()} in dietary"

@clean("340b", "pharmacy")
def c_340b():
    return f"340B audit {mdate()} — {ch(['Walgreens','Hometown Pharmacy'])} contract pharmacy data pulled. {sfirst()} point person"

@clean("donor", "hope-faith")
def c_wordnames():
    return ch([
        f"hope the Faith Lutheran quilters know how much the swing bed loves those quilts, thank-you note to their president {sfull()}",
        f"Grace Church is hosting the blood drive {mdate()}, Summer hours start after",
        "Rose Garden Café is catering Friday, Joy said the pie is on her",
    ])

@clean("fire-dept", "drill")
def c_drill():
    return f"mass casualty drill w/ fire dept {mdate()}: {r.randint(8,20)} 'victims' from the high school drama club, moulage by {sfirst()}"

@clean("rhc", "designation")
def c_rhc():
    return f"RHC recert survey window opens {mdate()}. {sfirst()} updating the policy binder; {sfirst()} doing the walk-through"

@clean("tax", "foundation")
def c_990():
    return f"Foundation 990 extended to {mdate()}, {ch(['Eide Bailly','Wipfli'])} needs the donor schedule (totals only)"

@clean("chamber", "community")
def c_chamber():
    return f"Chamber coffee {mtg()} hosted by MSCH, {r.randint(2,5)} dozen donuts from the bakery + {sfirst()}'s famous egg bake"

@clean("maintenance", "facility")
def c_maint():
    return ch([
        f"boiler {ch(['#1','#2'])} down, {ch(['Krueger Mechanical','Platte Valley HVAC'])} on the way. {ch(ROOMS)} will be cold",
        f"generator load test {mdate()} 6am, elevators out ~20 min",
    ])

@clean("mrn-topic", "him")
def c_him():
    return f"HIM backlog: {r.randint(20,200)} unsigned charts, {r.randint(2,30)} duplicate MRNs to merge (no names here pls, use the worklist)"

@clean("deidentified", "quality")
def c_deid_case():
    return f"peer review case #{r.randint(24,25)}-{r.randint(10,99)}: {age_young()} yo, {ch(['missed fracture','delayed transfer','med error'])}, to {sdoc()} for review"

@clean("ems", "subscription", "money")
def c_ems_sub():
    return f"ambulance subscription drive: {money(50,120)}/household/yr, {r.randint(200,900)} households signed so far. letters out {mdate()}"

@clean("wellness", "staff")
def c_wellness():
    return f"step challenge standings: {ch(ROLES)} {r.randint(100,400)}k, {ch(ROLES)} {r.randint(100,400)}k. {sfirst()} is cheating w/ the dog{emo(0.9)}"

@clean("benefits", "calendar")
def c_benefits():
    return f"open enrollment {mdate()}–{mdate()}. {sfirst()} from {ch(['BCBS','Midlands Choice','the broker'])} doing sessions at 7am and 3pm in {ch(ROOMS)}"

@clean("payroll", "calendar")
def c_payroll():
    return ch([
        f"payroll cutoff moved to {mdate()} because of the holiday. timecards approved by noon pls",
        f"{r.randint(3,12)} timecards missing punches, managers check Kronos before {tm()}",
    ])

@clean("pto", "staff", "calendar")
def c_pto():
    s = staff()
    return ch([
        f"{s.first} is off {mdate()} through {mdate()} for {ch(['a family wedding','a Disney trip','pheasant opener','the state wrestling tournament','calving'])}, {sfirst()} covering",
        f"PTO approved: {s.full} {mdate()}, {sfull()} {mdate()}",
    ])

@clean("schedule", "table", "multiline")
def c_nurse_sched():
    rows = ["day | D | N"]
    for d in ["Mon", "Tue", "Wed", "Thu", "Fri"][:r.randint(3, 5)]:
        rows.append(f"{d} | {sfirst()} | {sfirst()}")
    return "RN sched wk of " + mdate() + "\n" + "\n".join(rows)

@clean("survey", "regulatory")
def c_survey():
    return ch([
        f"state survey window opens {mdate()}. mock tracer {mtg()}, {sfirst()} playing the surveyor",
        f"DNV surveyors could show up any day — crash carts checked, fridge logs, EMTALA signs in Spanish too",
    ])

@clean("pharmacy", "shortage")
def c_shortage():
    return f"shortage list this week: {', '.join(pick(['IV fluids','amoxicillin susp','Adderall','cefazolin','lidocaine w/ epi','albuterol neb','heparin flush'], 3))}. {sfirst()} substituting"

@clean("supply", "po")
def c_supply():
    return f"{ch(['nitrile gloves M','blood culture bottles','IV start kits','N95s'])} on backorder at {ch(SUPPLIERS)}, {po()} partial. borrowing from {ch(TERTIARY)}"

@clean("contract", "money")
def c_snow():
    return f"snow removal contract w/ {staff().last} Excavating renewed, {money(40,150)}/hr, {money(1000,5000)} cap/month"

@clean("utility", "money")
def c_propane():
    return f"{ch(['Huskerland Propane','Dismal River Co-op'])} prebuy {money(1,3)}/gal for {r.randint(5,20)}k gal, need CFO ok by {mdate()}"

@clean("mileage", "money")
def c_mileage():
    return f"mileage for the Lincoln trip: {r.randint(250,700)} mi x $0.70 = {money(175,490)}. receipts for Graduate Hotel attached to the expense report"

@clean("audit", "calendar")
def c_auditors():
    return f"auditors onsite {mdate()}–{mdate()}, they'll sit in {ch(ROOMS)}. {sfirst()} has the PBC list, {r.randint(4,20)} items open"

@clean("insurance", "money")
def c_property_ins():
    return f"property/casualty renewal: {money0(60000,200000)} premium, deductible {money0(5000,50000)}. cyber sublimit {money0(1000000,3000000)}"

@clean("url", "public-web")
def c_public_url():
    return ch([
        "careers page is live: https://www.msch.org/careers — pls share on fb",
        "board portal link for this month: https://msch.boardportal.com/meetings/2025-11 (same login)",
        "policy is on the intranet: http://intranet.msch.org/policies/HR-4.12.pdf",
        f"join Zoom: https://us02web.zoom.us/j/{r.randint(10**10,10**11-1)}?pwd={fold(ch(SUR))}{r.randint(10,99)}",
        "CMS fact sheet on the REH model: https://www.cms.gov/medicare/health-safety-standards/guidance-for-laws-regulations/hospitals/rural-emergency-hospitals",
        f"ticket portal: https://support.trubridge.com/case/{ticket()}",
    ])

@clean("strategy", "board")
def c_strategy():
    return f"strategic plan pillars: {', '.join(pick(['workforce','access','financial strength','community','quality','EMS sustainability','behavioral health'], 4))}. retreat {mdate()} at the {ch(['lake cabin','country club','Legion'])}"

@clean("ceo-eval", "board")
def c_ceo_eval():
    return f"CEO eval survey goes to trustees {mdate()}, results to board chair {sfull()} only. {r.randint(5,9)} questions"

@clean("salary", "hr")
def c_salary():
    return f"NHA wage survey: RN median ${r.randint(34,44)}.{r.randint(0,99):02d}, we're at ${r.randint(31,42)}.{r.randint(0,99):02d}. {sfirst()} building the proposal"

@clean("celebration", "staff")
def c_nurses_week():
    return ch([
        f"nurses week {mdate()}: tumblers from {ch(['the Foundation','the auxiliary'])}, lunch {ch(WEEKDAY)}, {sfirst()} doing the slideshow",
        f"Christmas party {mtg()} at the Legion, white elephant {money(15,30)} limit{emo(0.9)}",
        f"ugly sweater day {ch(WEEKDAY)}!! {sfirst()} is judging",
        f"potluck {ch(WEEKDAY)} in the cafeteria — sign up sheet by the time clock. {sfirst()} bringing her famous jello salad",
        "wear red Friday, Huskers play at noon 🌽",
    ])

@clean("sponsorship", "community", "money")
def c_sponsor():
    return f"sponsorships: county fair rodeo {money0(250,2000)}, 4-H {money0(100,1000)}, FFA banquet {money0(100,800)}. approve?"

@clean("scholarship", "foundation")
def c_scholarship():
    s1, s2 = staff(), staff()
    return f"Foundation health careers scholarships: {s1.full} ({ch(['Stapleton','Arnold','Sandhills'])} HS, nursing) and {s2.full} (rad tech). checks at graduation {mdate()}"

@clean("volunteer", "auxiliary")
def c_vol_hours():
    return f"auxiliary logged {r.randint(800,4000)} volunteer hours last year. top: {sfull()} ({r.randint(100,400)} hrs)! luncheon {mdate()}"

@clean("ribbon-cutting", "community")
def c_ribbon():
    return f"ribbon cutting for the new ER entrance {mtg()}, chamber bringing the big scissors. invite: commissioners, trustees, {sfull()} from USDA"

@clean("telecom", "it")
def c_fiber():
    return f"{ch(['Great Plains Comm','Consolidated','Nebraska Central Tel'])} installing the 2nd fiber path {mdate()}, expect a {r.randint(5,30)} min blip"

@clean("ehr", "training")
def c_superusers():
    return f"super users for the go-live: {', '.join(sfirst() for _ in range(r.randint(3,6)))}. training {mtg()}"

@clean("downtime", "it")
def c_downtime():
    return f"downtime procedure reminder: paper registration forms are in the {ch(['red','blue','orange'])} binder {ch(['under the front desk','in the ER','at the nurses station'])}, label printer works offline. call IT " + ext()

@clean("forms", "version")
def c_forms():
    return f"registration form REG-{r.randint(100,199)} rev {r.randint(2,9)} approved, old stock to recycling. print job #{r.randint(1000,9999)} sent"

@clean("cme", "credentialing")
def c_cme():
    return f"{sdoc()} needs {r.randint(4,30)} more CME hrs before {mdate()}. NRHA conference counts"

@clean("schedule", "clinician", "table", "multiline")
def c_provider_sched():
    rows = [f"{d}: {sdoc()} clinic / {sdoc()} ER" for d in ["Mon", "Tue", "Wed", "Thu", "Fri"][:r.randint(3, 5)]]
    return "provider sched wk of " + mdate() + "\n" + "\n".join(rows)

@clean("bot", "rewrite")
def c_bot_polish():
    return ch([
        "@assist make this sound nicer: 'the board meeting is moved AGAIN because of harvest, sorry'",
        "can you rewrite this for the newsletter at a 6th grade reading level: 'MSCH is transitioning to a new electronic health record platform in Q2.'",
        "help me write a thank you to the Lions Club for the wheelchair van donation",
        f"make a sign: 'CLINIC CLOSED {mdate().upper()} — ER OPEN 24/7'",
    ])

@clean("forwarded", "association", "multiline")
def c_fwd_nha():
    return (f"---------- Forwarded message ---------\nFrom: NHA Advocacy\nSubject: Legislative update\n\nMembers, LB {r.randint(100,999)} "
            f"passed committee {r.randint(5,8)}-{r.randint(0,2)}. Please contact your senator before {mdate()}. Talking points attached.\n\n"
            f"{ch(['Marcy wants this in the board packet', 'fyi', 'for the commissioners?'])}")

@clean("thread", "multiline", "community")
def c_thread_clean():
    a, b, c = sfirst(), sfirst(), sfirst()
    return (f"{a}: who's doing the fair booth Sat?\n{b}: me 10-2\n{c}: I can do 2-6 if {a} brings the canopy\n"
            f"{a}: canopy is in the EMS garage{emo()}")

@clean("lowercase", "typo")
def c_lower_clean():
    return ch([
        f"{sfirst().lower()} said the commish mtg got moved, not sure to when. will ask {sfirst().lower()}",
        f"cant find the board binders, did {sfirst().lower()} take them to the lake lol",
        f"pls tell {sfirst().lower()} the cfo report needs page #s befor printing",
        "anyone kow where the extra toner is for the admin printer",
    ])

@clean("ems", "board", "money")
def c_ems_report():
    return f"EMS director report: {r.randint(30,90)} runs, {r.randint(2,9)} volunteers active, {r.randint(1,4)} in EMT class. asking board for {money0(20000,120000)} toward a paid crew"

@clean("harvest", "staffing")
def c_harvest():
    return f"harvest season: half the EMS roster is in the field. {sfirst()} and {sfirst()} on call {ch(WEEKDAY)}-{ch(WEEKDAY)}, mutual aid with {ch(['Arnold','Stapleton','Thedford'])} confirmed"

@clean("swing-bed", "marketing")
def c_swing_mkt():
    return f"swing bed brochure draft: 'rehab close to home', photos of the PT gym + {sfirst()}. print {r.randint(200,1000)} for {ch(TERTIARY)} case managers"

@clean("regulatory", "emtala")
def c_emtala():
    return f"EMTALA signage in ER + clinic entrance has to be English and Spanish. maintenance ordering {r.randint(2,6)} more ({money(40,200)} ea)"

@clean("grant", "ems", "money")
def c_ems_grant():
    return f"Helmsley EMS grant: {money0(50000,250000)} for {r.randint(2,6)} cardiac monitors. {sfirst()} writing, letter from Commissioner {staff().last}"

@clean("ticket", "delivery")
def c_delivery():
    return f"{ch(['DEL','SHIP','RMA'])}-{r.randint(1000,9999)}: board chairs delivered to the wrong dock, {sfirst()} moving them"

@clean("it", "vendor", "version")
def c_vendor_call():
    return f"TruBridge call {mtg()}: {version()} patch, interface to {ch(TERTIARY)} HIE, {r.randint(2,9)} open tickets"

@clean("culture", "mission")
def c_mission():
    return ch([
        f"mission moment for dept heads: a nurse stayed {r.randint(2,5)} extra hours in the blizzard so a new mom wasn't alone. (no names, per her request)",
        f"great comment card this week: '{ch(['the lady at the front desk made me laugh on a bad day','the ER was fast and kind','best pie in the county at your cafeteria','the EMS boys were so gentle'])}.' {ch(['🙂','❤️',''])}",
        f"{r.randint(3,12)} comment cards in {ch(MONTHS)}, {r.randint(2,11)} positive. most common ask: {ch(['more parking','Sunday clinic hours','better coffee','a sign for the lab entrance'])}",
    ])

@clean("calendar", "exec", "conflict")
def c_conflict():
    return f"conflict: {sfirst()} wants {mdate()} 10am but that's the commissioners. offered {mdate()} {tm()} or {ch(WEEKDAY)}"

@clean("construction", "room")
def c_reno():
    return f"reno update: Rm {r.randint(101,125)}-{r.randint(126,140)} drywall done, flooring {mdate()}. patients moved to west wing"

@clean("budget", "capital")
def c_capital():
    return "capital requests FY" + str(r.randint(2026, 2027)) + ":\n" + "\n".join(f"- {x} {money0(5000,400000)}" for x in pick(["CT", "ultrasound", "ambulance remount", "roof", "lab analyzer", "beds x6", "generator", "phone system"], 4))

@clean("print", "board")
def c_print():
    return f"print shop: {r.randint(14,22)} board binders, {r.randint(40,120)} pp each, color tabs. job #{r.randint(10000,99999)}, ready {ch(WEEKDAY)}"

@clean("exec-name", "signature")
def c_signature():
    s = staff()
    return f"can you have {s.first} sign the {ch(['USDA','HRSA','state'])} certs? {s.full}, CEO, is the authorized rep. due {mdate()}"

@clean("community", "dates")
def c_events_list():
    return "community calendar:\n" + "\n".join(f"{mdate()} {x}" for x in pick(["health fair", "blood drive", "Rotary", "school physicals day", "fair parade", "pancake feed", "CPR class", "farm safety day"], 3))

# ================================================================ assembly
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan", "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address",
            "CREDIT_CARD": "credit-card"}
TYPE_TAGS = set(TYPE_TAG.values())

def parse(marked):
    segs, pos = [], 0
    for m in MARK.finditer(marked):
        if m.start() > pos: segs.append((None, marked[pos:m.start()]))
        segs.append((m.group(1).upper(), m.group(2))); pos = m.end()
    if pos < len(marked): segs.append((None, marked[pos:]))
    return segs

def build(segs):
    text, spans, b = "", [], 0
    for t, v in segs:
        if t is not None: spans.append((t, v, b))
        text += v; b += len(v.encode("utf-8"))
    return text, spans

def checker_ok(text, spans):
    """replicates check_phi_corpus.convert(): values are matched left to right"""
    bt = text.encode("utf-8"); pos = 0
    for t, v, start in spans:
        vb = v.encode("utf-8")
        i = bt.find(vb, pos)
        if i != start: return False
        pos = i + len(vb)
    return True

BAD_EDGE = re.compile(r"^[\s,;:()\[\]<>*`'\"|]|[\s,;:()\[\]<>*`'\"|.]$")
LINT = [("email", re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")),
        ("phone", re.compile(r"(?<![\d.])\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)")),
        ("phone7", re.compile(r"(?<![\d-])\d{3}-\d{4}(?![\d-])")),
        ("ssn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")),
        ("ip", re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
        ("card", re.compile(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?!\d)"))]

def residual(text, spans):
    bt = text.encode("utf-8"); out, pos = [], 0
    for t, v, s in spans:
        out.append(bt[pos:s]); out.append(b" " * 3); pos = s + len(v.encode("utf-8"))
    out.append(bt[pos:])
    return b"".join(out).decode("utf-8", "replace")

def lint(text, spans):
    res = residual(text, spans); probs = []
    for name, rx in LINT:
        for m in rx.finditer(res):
            pre = res[max(0, m.start() - 7):m.start()].lower()
            if name == "ip" and ("build " in pre or "v" in pre[-1:]): continue
            probs.append((name, m.group(0)))
    for t, v, s in spans:
        vv = v[1:] if (t == "PHONE" and v.startswith("(")) else v
        if BAD_EDGE.search(vv): probs.append(("edge", v))
    return probs

EMOJI_RX = re.compile("[\u2600-\u27bf\U0001F300-\U0001FAFF\u2b00-\u2bff]")
def auto_tags(text, spans, ftags):
    tags = [t for t in ftags if t not in TYPE_TAGS]
    for t, v, s in spans:
        tt = TYPE_TAG[t]
        if tt not in tags: tags.append(tt)
    def add(t):
        if t not in tags: tags.append(t)
    if "\n" in text: add("multiline")
    if EMOJI_RX.search(text): add("emoji")
    if re.search(r"<[@#!]|<https?:|<mailto:|<tel:", text): add("slack-markup")
    if re.search("[\uff10-\uff19]", text): add("fullwidth"); add("evasion")
    if re.search("[\u200b\u200c\u2060]", text): add("zero-width"); add("evasion")
    if "\u00a0" in text: add("evasion")
    if any(c.isalpha() for c in text) and text == text.lower(): add("lowercase")
    if spans and set(t for t, v, s in spans) <= {"PHONE", "EMAIL"} and not any(t == "NAME" for t, v, s in spans):
        pass
    return tags

def make(frame, ftags, want_phi, seen):
    last = None
    for attempt in range(40):
        marked = frame()
        if maybe(0.06) and "\x01URL" not in marked: marked = marked.lower()
        segs = parse(marked)
        text, spans = build(segs)
        last = (frame.__name__, text, spans)
        if "\x01" in text or "\x02" in text or "\x03" in text: raise RuntimeError("bad marker in " + frame.__name__)
        if want_phi and not spans: continue
        if not want_phi and spans: raise RuntimeError("clean frame produced PHI: " + frame.__name__)
        if not checker_ok(text, spans): continue
        if text in seen: continue
        probs = lint(text, spans)
        if probs: raise RuntimeError("lint %s in %s: %r" % (probs, frame.__name__, text))
        seen.add(text)
        return text, spans, auto_tags(text, spans, ftags)
    return None

def main():
    assert len(PHI_FRAMES) + len(CLEAN_FRAMES) >= 250
    jobs = [(f, t, True) for f, t in PHI_FRAMES] + [(f, t, False) for f, t in CLEAN_FRAMES]
    # extra PHI draws favour frames carrying the rarer identifier types
    RARE = {"ssn", "credit-card", "ip", "vehicle", "device", "url", "license", "account", "health-plan", "mrn",
            "address", "age", "email"}
    RARER = {"ip", "url", "ssn", "vehicle", "device"}
    wts = [5 if RARER & set(t) else 3 if RARE & set(t) else 1 for f, t in PHI_FRAMES]
    jobs += [tuple(list(x) + [True]) for x in r.choices(PHI_FRAMES, weights=wts, k=N_PHI - len(PHI_FRAMES))]
    jobs += [tuple(list(ch(CLEAN_FRAMES)) + [False]) for _ in range(N_CLEAN - len(CLEAN_FRAMES))]
    r.shuffle(jobs)
    seen, lines, used = set(), [], {}
    for i, (f, t, want) in enumerate(jobs, 1):
        res = make(f, t, want, seen)
        while res is None:  # frame exhausted its variety: draw another frame of the same kind
            f, t = ch(PHI_FRAMES if want else CLEAN_FRAMES)
            res = make(f, t, want, seen)
        text, spans, tags = res
        used[f.__name__] = used.get(f.__name__, 0) + 1
        item = {"id": "ia-%04d" % i, "text": text,
                "spans": [{"type": ty, "value": v} for ty, v, s in spans],
                "tags": (["phi"] if spans else ["clean"]) + tags}
        lines.append(json.dumps(item, ensure_ascii=False))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_ia.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    nphi = sum(1 for l in lines if '"spans": []' not in l)
    print("wrote %s: %d messages (%d phi, %d clean), %d frames (%d phi, %d clean)" % (
        out, len(lines), nphi, len(lines) - nphi, len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES), len(CLEAN_FRAMES)))
    print("distinct frames used: %d" % len(used))

if __name__ == "__main__":
    main()
