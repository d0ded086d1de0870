#!/usr/bin/env python3
"""Generate a PHI-labelled chat corpus (prefix hu): outpatient behavioral health /
addiction-medicine clinic (OTP/methadone, IOP, psychiatry, intake, court-ordered tx).

Standard library only, fixed seed, byte-identical output.
Writes generated_hu.jsonl next to this script, in the raw format read by
check_phi_corpus.py: {"id","text","spans":[{"type","value"}...],"tags"}.

Frames are template strings (or small functions that build a template string for
tables/lists). Placeholders {base[idx][_variant][:spec]} are resolved per message:
PHI placeholders become labelled spans, everything else is literal text.
"""
import json
import os
import random
import re
import string
import unicodedata

SEED = 4517023
N_PHI, N_CLEAN = 385, 315
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hu.jsonl")


class S(object):
    """A labelled span value."""
    __slots__ = ("t", "v", "tags")

    def __init__(self, t, v, tags=()):
        self.t, self.v, self.tags = t, v, tuple(tags)


# ----------------------------------------------------------------------------- pools
GIVEN_F = """Maria Jennifer Ashley Brittany Crystal Amber Destiny Hope Faith Grace Joy Dawn Summer
Autumn Willow Ivy Rose Lily Daisy Penny Ginger Jade Ruby Pearl Star Honey Harmony Patience Mercy
Precious Unique Guadalupe Xochitl Marisol Yesenia Ximena Lucía Itzel Ofelia Consuelo Esperanza
Dolores Nguyet Thuy Linh Mai Hoa Mei Xiu Jing Eun-ji Min-seo Haruka Yuki Aiko Priya Ananya Deepa
Lakshmi Fatima Aisha Noor Layla Zainab Hodan Fadumo Ayan Sahra Tigist Selam Meron Chiamaka Ngozi
Adaeze Abena Akosua Olga Svetlana Oksana Nadia Katarzyna Agnieszka Siobhan Niamh Ingrid Astrid
Mele Losana Leilani Kalani Winona Tallulah Shaniqua LaToya Keisha Ebony Tamika Imani Brandy Misty
Tiffany Heather Becky Peggy Kat Deb Barb Mackenzie Kaylee Nevaeh Zoë Renée Chloé Anaïs Patricia
Elizabeth Katherine Margaret Rebecca Deborah Barbara Krystal Cheyenne Raven Chastity""".split()
GIVEN_M = """Robert William Will Bill Art Rich Mark Chase Hunter Guy Major King Royal Lane Reed Cliff
Dale Glen Rusty Gene Frank Rocky Ace Buddy Cody Dustin Travis Shane Jesse Tyler Kyle Brandon
DeShawn Tyrone Jamal Darnell Marquis Terrell José Jesús Juan Luis Alejandro Francisco Santiago
Mateo Ángel Héctor Ramón Tuan Minh Huy Bao Wei Jian Hao Min-jun Ji-ho Takeshi Kenji Hiroshi Arjun
Rohan Vikram Sanjay Gurpreet Mohammed Ahmed Omar Yusuf Abdirahman Mahad Liban Dawit Tesfaye Yonas
Chinedu Emeka Obinna Kwame Kofi Yaw Dmitri Sergei Oleksandr Taras Piotr Tomasz Wojciech Seamus
Cian Lars Sven Sione Tevita Keoni Bodhi Tom Bob Ed Al Moe Joe Sonny Jaxon Bryce Colton Dallas
Austin Houston Brooks Forest Stone Christopher Anthony Nicholas Michael Theodore Richard Wade
Duane Clint Darrell""".split()
GIVEN_U = """River Sky Rain Sage Jordan Casey Riley Alex Sam Jamie Quinn Rowan Phoenix Blue Ash Kai
Remy Robin Sunny Jessie Frankie Lee Jo Taylor Morgan Dakota Emerson Marley Reese""".split()
SURNAMES = """Young King Black White Brown Green Little Long Short Rice Love Fox Wolf Bird Swan Hill
Wood Stone Street Church Bishop Cook Baker Mason Miller Hunter Page Bell Moody Hope Sterling Frost
Snow Winter Summers Day Knight Price Cash Sharp Wise Strong Hardy Bliss Cross Lamb Fish Marsh
Brooks Rivers Banks Field Lake Ford House Hall Gold Silver Noble Pope Dean Grant Chambers Walker
García Hernández López Martínez Ramírez Flores Gutiérrez Sánchez Morales Reyes Cruz Ortiz Castillo
Vásquez Delgado Espinoza Nguyen Tran Le Pham Huynh Vo Dang Bui Truong Chen Wang Li Zhang Liu Huang
Lin Wu Kim Park Choi Jung Kang Tanaka Sato Yamamoto Nakamura Watanabe Patel Shah Singh Kaur Gupta
Reddy Iyer Nair Chaudhry Haddad Khalil Nasser Saleh Abdullah Hassan Mohamud Warsame Farah Osman
Abdi Bekele Haile Girma Okafor Okonkwo Nwosu Adeyemi Balogun Mensah Owusu Boateng Asante Ivanov
Petrov Kovalenko Shevchenko Bondarenko Nowak Kowalski Wiśniewski Zieliński O'Brien O'Connor
McCarthy Gallagher Byrne Fitzgerald Nilsson Johansson Lindqvist Haugen Bergstrom Schmidt Müller
Becker Hoffmann Rossi Esposito Romano Bianchi Ricci Tuilagi Faleolo Tupou Fifita Kahananui Kealoha
Begay Tsosie Yazzie Yellowhorse Whitehorse Runningwater Jean-Baptiste Pierre-Louis Dorvil
Toussaint Delacroix Washington Jefferson Jackson Johnson Williams Jones Davis Thompson Robinson
Harris Lewis Clark Wright Scott Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell
Parker Evans Edwards Collins Stewart Morris Rogers Reed Murphy Bailey Cooper Richardson Cox Howard
Ward Torres Peterson Gray James Watson Kelly Sanders Bennett Barnes Ross Henderson Coleman Jenkins
Perry Powell Butler Simmons Foster Bryant Alexander Russell Griffin Hayes Myers Graham Sullivan
Wallace Woods West Jordan Owens Reynolds Fisher Ellis Harrison Gibson McDonald Marshall Wells
Tucker Porter Hicks Crawford Henry Boyd Kennedy Warren Dixon Burns Gordon Shaw Holmes Hunt Daniels
Palmer Mills Nichols Ferguson Rose Hawkins Dunn Perkins Hudson Spencer Gardner Payne Pierce Berry
Arnold Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart Bradley Lane Ruiz Harper Riley
Armstrong Carpenter Weaver Greene Lawrence Elliott Chavez Sims Austin Peters Franklin Lawson
Yoon Takahashi Mwangi Otieno Kamau Diallo Traore Ndiaye Kuznetsov Popescu Horvath Novak Papadopoulos
Andersen Larsen Quispe Mamani Villanueva Dela Cruz Santos Bautista Magbanua Aguilar Medina Rojas
Cervantes Trujillo Zamora Oyelaran Afolabi Ansah Demir Yilmaz Kaya Cohen Levi Friedman Goldberg
Rosenthal Haskins Pettigrew Thibodeaux Boudreaux Fontenot LaRue Starr Goodwin Lightfoot Goodnight""".split()
SURNAMES = [s for s in SURNAMES if s not in ("Dela",)] + ["Dela Cruz", "Two Bulls", "St. Pierre", "Van der Berg", "De la Rosa"]
SURNAMES.remove("Cruz") if SURNAMES.count("Cruz") > 1 else None

NICK_MAP = {"Robert": "Bobby", "William": "Billy", "Richard": "Ricky", "Elizabeth": "Liz",
            "Katherine": "Kat", "Margaret": "Peggy", "Francisco": "Paco", "José": "Pepe",
            "Guadalupe": "Lupe", "Alejandro": "Alex", "Oleksandr": "Sasha", "Dmitri": "Dima",
            "Abdirahman": "Abdi", "Jesús": "Chuy", "Jennifer": "Jen", "Christopher": "Topher",
            "Patricia": "Trish", "Anthony": "Tony", "Nicholas": "Nico", "Deborah": "Deb",
            "Barbara": "Barb", "Rebecca": "Becky", "Xochitl": "Xochi", "Michael": "Mikey",
            "Dustin": "Dusty", "Theodore": "Teddy", "Santiago": "Santi", "Chiamaka": "Ama"}
GENERIC_NICKS = """Junior Tiny Red Boo Smoke Peanut Chico Mookie Squeak Bear Shorty Sunshine Tank Lefty
Pooh Ghost Cricket Moose Sparky Bam Dre Nene Gordo Flaco Sissy Bubba""".split()

TOWNS = [("Portland", "OR", ["97206", "97266", "97230", "97220", "97233", "97236", "97203"]),
         ("Gresham", "OR", ["97030", "97080"]), ("Troutdale", "OR", ["97060"]),
         ("Beaverton", "OR", ["97005", "97006"]), ("Hillsboro", "OR", ["97123", "97124"]),
         ("Tigard", "OR", ["97223"]), ("Milwaukie", "OR", ["97222", "97267"]),
         ("Oregon City", "OR", ["97045"]), ("Clackamas", "OR", ["97015"]),
         ("Happy Valley", "OR", ["97086"]), ("Estacada", "OR", ["97023"]), ("Sandy", "OR", ["97055"]),
         ("St. Helens", "OR", ["97051"]), ("Scappoose", "OR", ["97056"]), ("Boring", "OR", ["97009"]),
         ("Damascus", "OR", ["97089"]), ("Canby", "OR", ["97013"]), ("Molalla", "OR", ["97038"]),
         ("Forest Grove", "OR", ["97116"]), ("Cornelius", "OR", ["97113"]), ("Fairview", "OR", ["97024"]),
         ("Wood Village", "OR", ["97060"]), ("Vancouver", "WA", ["98661", "98664", "98682", "98684", "98662"]),
         ("Camas", "WA", ["98607"]), ("Washougal", "WA", ["98671"]), ("Battle Ground", "WA", ["98604"]),
         ("Ridgefield", "WA", ["98642"]), ("Longview", "WA", ["98632"]), ("Kelso", "WA", ["98626"]),
         ("Woodland", "WA", ["98674"]), ("Hazel Dell", "WA", ["98665"]), ("Orchards", "WA", ["98662"])]
STREET_NAMES = ["Tolman", "Division", "Powell", "Holgate", "Foster", "Stark", "Glisan", "Halsey",
                "Sandy", "Killingsworth", "Lombard", "Alberta", "Burnside", "Hawthorne", "Belmont",
                "Flavel", "Duke", "Ramona", "Yamhill", "Morrison", "Fremont", "Prescott", "Going",
                "Mill Plain", "Fourth Plain", "Burton", "Andresen", "Evergreen", "Cascade", "Hazel",
                "Maple", "Cedar", "Birch", "Alder", "Hemlock", "Orchard", "Hogan", "Kane", "Eastman",
                "Cleveland", "Roberts", "Main", "Oak", "Pine", "Willow Creek", "Johnson Creek"]
STREET_TYPES = ["St", "Ave", "Rd", "Dr", "Ct", "Pl", "Blvd", "Way", "Ln", "Street", "Avenue", "Road"]
DIRS = ["SE", "NE", "NW", "SW", "N", "NE", "SE", "", "", ""]

SITES = ["Gresham", "Vancouver", "Beaverton", "SE Division", "Hillsboro", "Oregon City", "Longview",
         "St. Johns", "Rockwood"]
SITE_ADDR = {"Gresham": "2150 NE Division St, Gresham OR 97030",
             "Vancouver": "1401 E Mill Plain Blvd Suite 200, Vancouver WA 98661",
             "Beaverton": "4800 SW Griffith Dr, Beaverton OR 97005",
             "SE Division": "8320 SE Division St, Portland OR 97266",
             "Hillsboro": "225 SE 12th Ave, Hillsboro OR 97123",
             "Oregon City": "1900 Molalla Ave, Oregon City OR 97045",
             "Longview": "1124 Commerce Ave, Longview WA 98632",
             "St. Johns": "8801 N Lombard St, Portland OR 97203",
             "Rockwood": "18535 SE Stark St, Portland OR 97233"}
FACILITY_ADDR = ["2150 NE Division St, Gresham OR 97030", "1401 E Mill Plain Blvd Suite 200, Vancouver WA 98661",
                 "4800 SW Griffith Dr, Beaverton OR 97005", "8320 SE Division St, Portland OR 97266",
                 "225 SE 12th Ave, Hillsboro OR 97123", "1900 Molalla Ave, Oregon City OR 97045",
                 "1124 Commerce Ave, Longview WA 98632", "8801 N Lombard St, Portland OR 97203",
                 "18535 SE Stark St, Portland OR 97233"]
HOSPS = ["Legacy Emanuel", "OHSU", "Providence St. Vincent", "PeaceHealth Southwest", "Legacy Salmon Creek",
         "Adventist Health Portland", "Kaiser Sunnyside", "the Unity Center", "Legacy Mount Hood",
         "Providence Milwaukie", "PeaceHealth St. John"]
DETOX = ["Hooper Detox", "De Paul Treatment Centers", "Lifeline Connections", "CODA", "the Recovery Center",
         "Bridges Withdrawal Mgmt"]
OTHER_OTP = ["CODA", "Lifeline Connections Vancouver", "Allied Health Salem", "BAART Gresham",
             "Emerald Valley OTP", "Columbia River Treatment Center", "Bend Treatment Center"]
PAYERS = ["CareOregon", "Trillium", "Health Share of Oregon", "OHP open card", "Molina", "Wellpoint",
          "Community Health Plan of WA", "Coordinated Care", "Providence Health Plan", "Kaiser NW",
          "Regence BCBS", "Moda", "PacificSource", "Aetna", "Cigna", "UHC", "Medicare", "Humana MA",
          "Tricare", "Apple Health"]
VENDORS = ["Indivior", "Alkermes", "Mallinckrodt", "Methasoft", "Kipu Health", "Netsmart",
           "Dominion Diagnostics", "Millennium Health", "Quest", "Cardinal Health", "Omnicell", "Staples",
           "Grainger", "Cintas", "Shred-it", "Comcast Business", "RingCentral", "Iron Mountain", "Paychex",
           "Relias", "Availity", "Waystar", "SCRAM Systems", "Soberlink", "McKesson", "Henry Schein",
           "Emergent BioSolutions", "Uline", "CDW", "Ride to Care"]
PHARMS = ["Walgreens on SE 82nd", "Fred Meyer pharmacy on Burnside", "Bi-Mart in Gresham",
          "Rite Aid on Mill Plain", "Safeway pharmacy in Hillsboro", "CVS on Hawthorne",
          "Costco pharmacy in Clackamas"]
COUNTIES = ["Multnomah", "Clackamas", "Washington", "Clark", "Cowlitz", "Columbia"]
MEDS = ["Xanax", "Klonopin", "gabapentin", "Seroquel", "trazodone", "fentanyl", "oxy", "Benadryl",
        "his mom's Ativan", "Tylenol PM", "Adderall", "meth"]
DOSES = ["60mg", "75mg", "85mg", "90 mg", "95mg", "100mg", "110 mg", "120mg", "135mg", "40mg", "30 mg",
         "16mg bup", "24mg", "8/2 bid", "12mg"]
ROOMS = ["Rm 214", "room 3B", "Group Room B", "the big group room", "the Multnomah conf room",
         "Suite 110", "the Willamette room", "conf rm 2", "the training room", "room 118",
         "the Hood room", "Group Room A"]
RESTAURANTS = ["Pine State", "the taco truck on 122nd", "Ken's Artisan", "Nong's", "Lardo",
               "Dos Hermanos", "Pho Oregon", "Sizzle Pie", "Burgerville"]
FIRMS = [("Metro Public Defender", "mpdlaw.org"), ("Hartley & Soto LLP", "hartleysoto.com"),
         ("Kinney Defense", "kinneydefense.com"), ("Clark County Indigent Defense", "ccidlaw.org"),
         ("Ostrander Law", "ostranderlaw.com"), ("Youth Rights & Justice", "youthrightsjustice.org")]
COUNTY_DOMAIN = {"Multnomah": "multco.us", "Clackamas": "clackamas.us", "Washington": "co.washington.or.us",
                 "Clark": "clark.wa.gov", "Cowlitz": "co.cowlitz.wa.us", "Columbia": "columbiacountyor.gov"}
SUPPLIERS = ["McKesson", "Henry Schein", "Cardinal Health", "Medline", "Uline", "Grainger", "Bound Tree Medical"]
PHARMACOS = ["Indivior", "Alkermes", "Braeburn", "Emergent BioSolutions"]
ITVENDORS = ["CDW", "Comcast Business", "RingCentral", "Netsmart", "Kipu Health", "Zoom", "Lumen"]
LABCOS = ["Dominion Diagnostics", "Millennium Health", "Quest", "LabCorp"]
INTERPS = ["LanguageLine", "CyraCom", "Passport to Languages", "Linguava", "Certified Languages Intl"]
CRISISCOS = ["Lines for Life", "Crisis Connections", "ProtoCall", "Volunteers of America crisis line"]
METHCOS = ["Cardinal Health", "McKesson", "Mallinckrodt", "SpecGx"]
JUDGES = ["Kowalczyk", "Ramos-Whitley", "Abernathy", "Oduya", "Hsu", "Delgado-Marsh", "Fairweather"]
CHANNELS = ["#front-desk", "#billing", "#otp-dosing", "#intake", "#clinical-leads", "#it-help", "#ops",
            "#nursing", "#ur-auths", "#gresham-site"]
EMOJI = ["🙏", "😬", "🙃", "👍", "✅", "🚨", "😭", "🤦‍♀️", "💊", "☕", ":pray:", ":eyes:", "😅", "🫠",
         ":+1:", "🙌", "👀"]
CPTS = ["90837", "90834", "90853", "99214", "99213", "90792", "90791", "H0020", "H0004", "H0005",
        "H0015", "G2067", "G2068", "G2074", "G2076", "H0001", "H2019", "99408", "96372"]
ICDS = ["F11.20", "F11.21", "F11.23", "F10.20", "F10.239", "F15.20", "F14.20", "F12.20", "F33.1",
        "F43.10", "F41.1", "Z79.891", "F19.20", "F31.81"]
STAFF_ROLES = ["LPN", "RN", "CADC II", "QMHP", "PMHNP", "LCSW", "peer", "MA", "front desk"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOWS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Wed", "Thurs", "Fri"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_W = {9: "ninety", 10: "one hundred"}


def asc(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


def days_in(m, y):
    return [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def add_days(y, m, d, k):
    while k > 0:
        step = min(k, days_in(m, y) - d)
        if step > 0:
            d += step
            k -= step
        else:
            d = 1
            k -= 1
            m += 1
            if m > 12:
                m, y = 1, y + 1
    return y, m, d


def ordsuf(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(r, ymd, style):
    y, m, d = ymd
    mon, mon3 = MON[m - 1], MON3[m - 1]
    if mon3 == "Sep" and r.random() < 0.4:
        mon3 = "Sept"
    return {
        "s1": "%d/%d" % (m, d), "s2": "%02d/%02d" % (m, d), "s3": "%d/%d/%02d" % (m, d, y % 100),
        "s4": "%d/%d/%d" % (m, d, y), "s5": "%02d/%02d/%d" % (m, d, y), "iso": "%d-%02d-%02d" % (y, m, d),
        "long": "%s %d" % (mon, d), "longy": "%s %d, %d" % (mon, d, y), "short": "%s %d" % (mon3, d),
        "shortth": "%s %d%s" % (mon3, d, ordsuf(d)), "longth": "%s %d%s" % (mon, d, ordsuf(d)),
        "dmy": "%d-%s-%d" % (d, mon3, y), "dash": "%d-%d" % (m, d), "compact": "%02d%02d%d" % (m, d, y),
        "shorty": "%s %d %d" % (mon3, d, y), "dm": "%d %s" % (d, mon3),
    }[style]


HD_STYLES = ["s1", "s1", "s1", "s2", "s3", "s4", "long", "short", "shortth", "longth", "iso", "dmy",
             "dash", "longy", "dm", "s5"]
DOB_STYLES = ["s5", "s5", "s4", "s3", "iso", "longy", "dmy", "compact", "shorty", "s5", "s4"]


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def spell_digits(ds, oh=True):
    out = []
    for c in ds:
        if c == "0" and oh:
            out.append("oh")
        else:
            out.append(ONES[int(c)])
    return " ".join(out)


def spell_age(n):
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if n >= 100:
        return "one hundred" + ((" " + units[n - 100]) if n > 100 else "")
    return "ninety" + (("-" + units[n - 90]) if n > 90 else "")


# ----------------------------------------------------------------------------- context
PHI_PERSON = {"pt": None, "ptw": "f", "mom": "f", "dad": "m", "wife": "f", "hus": "m", "son": "m", "dau": "f",
              "sis": "f", "bro": "m", "gma": "f", "gpa": "m", "partner": None, "bf": "m", "gf": "f",
              "sponsor": None, "poa": None, "vis": None, "rel": None, "emp": None, "vip": None,
              "kid": None, "aunt": "f", "uncle": "m"}
KIN_SHARE_LAST = ("mom", "dad", "son", "dau", "sis", "bro", "gma", "gpa", "kid", "aunt", "uncle", "rel")
STAFF_PERSON = {"st": None, "exec": None, "prob": None, "rep": None, "atty": None, "cw": None,
                "sw": None, "doc": None, "judge": None}
STAFF_DOMAIN = {"st": ["northbankbh.org"], "exec": ["northbankbh.org"],
                "prob": ["multco.us", "clark.wa.gov", "clackamas.us", "co.washington.or.us"],  # overridden by county
                "rep": ["indivior.com"],
                "atty": ["mpdlaw.org", "hartleysoto.com", "kinneydefense.com", "ccidlaw.org"],
                "cw": ["odhsoha.oregon.gov", "dcyf.wa.gov"],
                "sw": ["lhs.org", "ohsu.edu", "providence.org", "peacehealth.org"],
                "doc": ["ohsu.edu", "lhs.org", "providence.org", "kp.org"],
                "judge": ["ojd.state.or.us"]}


class Ctx(object):
    def __init__(self, r):
        self.r = r
        self.ent = {}
        self.rend = {}
        self.used_first = set()
        self.used_last = set()
        self.hanchor = (2025, r.randint(1, 10), r.randint(1, 28))
        self.manchor = (2025, r.randint(1, 11), r.randint(1, 28))
        self.canchor = (2025, r.randint(2, 11), r.randint(1, 28))
        self.seq = {}

    def once(self, key, fn):
        if key not in self.ent:
            self.ent[key] = fn()
        return self.ent[key]

    # dates in increasing order per family
    def date_in(self, fam, idx):
        anchor = {"h": self.hanchor, "m": self.manchor, "c": self.canchor}[fam]
        lst = self.seq.setdefault(fam, [anchor])
        while len(lst) < idx:
            lst.append(add_days(*lst[-1], k=self.r.randint(1, 16)))
        return lst[idx - 1]

    def person(self, base, key, phi):
        def make():
            r = self.r
            g = (PHI_PERSON if phi else STAFF_PERSON).get(base)
            if g is None:
                g = r.choice("mfu" if r.random() < 0.15 else "mf")
            for _ in range(200):
                pool = {"m": GIVEN_M, "f": GIVEN_F, "u": GIVEN_U}[g]
                first = r.choice(pool)
                last = None
                if phi and base in KIN_SHARE_LAST and "pt" in self.ent and r.random() < 0.6:
                    last = self.ent["pt"]["last"]
                elif phi and base in ("wife", "hus") and "pt" in self.ent and r.random() < 0.5:
                    last = self.ent["pt"]["last"]
                if last is None:
                    last = r.choice(SURNAMES)
                    if last in self.used_last:
                        continue
                if first in self.used_first:
                    continue
                break
            self.used_first.add(first)
            self.used_last.add(last)
            if g == "u":
                g = r.choice("mf")
            nick = NICK_MAP.get(first) or r.choice(GENERIC_NICKS)
            return {"first": first, "last": last, "mi": r.choice("ABCDEFGHJKLMNPRSTVW"), "g": g,
                    "nick": nick, "phi": phi, "base": base, "id": r.randint(100000, 9999999)}
        return self.once(key, make)


def person_email(r, p, base, ctx=None):
    f, l = asc(p["first"]), asc(p["last"])
    if not p["phi"]:
        dom = r.choice(STAFF_DOMAIN.get(base, ["northbankbh.org"]))
        if ctx is not None and base == "atty" and "firm" in ctx.ent:
            dom = ctx.ent["firm"][1]
        if ctx is not None and base == "prob" and "county" in ctx.ent:
            dom = COUNTY_DOMAIN[ctx.ent["county"]]
        pat = r.choice(["{f}.{l}@{d}", "{fi}{l}@{d}", "{f}.{l}@{d}", "{f}{li}@{d}"])
        return pat.format(f=f, l=l, fi=f[0], li=l[0], d=dom)
    pats = ["{f}.{l}{n}@gmail.com", "{f}{l}@yahoo.com", "{fi}{l}{yy}@hotmail.com", "{nick}{n3}@icloud.com",
            "{l}.{f}@outlook.com", "{f}_{l}@comcast.net", "{f}{li}{yy}@aol.com", "{f}.{l}@gmail.com",
            "mz{l}{n}@gmail.com", "{f}{n3}@protonmail.com"]
    return r.choice(pats).format(f=f, l=l, fi=f[0], li=l[0], nick=asc(p["nick"]),
                                 n=r.randint(1, 99), n3=r.randint(100, 999), yy=r.randint(70, 99))


def email_obf(r, e):
    user, dom = e.split("@")
    name, tld = dom.rsplit(".", 1)
    return r.choice(["{u} [at] {n} [dot] {t}", "{u}(at){n}(dot){t}", "{u} at {n} dot {t}",
                     "{u} @ {n} . {t}", "{u}[at]{n}.{t}"]).format(u=user, n=name, t=tld)


def render_person(ctx, p, var, base):
    r = ctx.r
    F, L = p["first"], p["last"]
    pron = {"m": ("he", "his", "him"), "f": ("she", "her", "her")}[p["g"]]
    if var in ("he", "his", "him"):
        return [pron[("he", "his", "him").index(var)]]
    if var in ("He", "His", "Him"):
        return [pron[("He", "His", "Him").index(var)].capitalize()]
    if var in ("email", "mailto", "eobf"):
        em = ctx.once(base + "#email" + str(p["id"]), lambda: person_email(r, p, base, ctx))
        if var == "email":
            return [S("EMAIL", em)]
        if var == "eobf":
            return [S("EMAIL", email_obf(r, em), ("evasion",))]
        return ["<mailto:", S("EMAIL", em), "|", S("EMAIL", em), ">"]
    if var == "dr":
        val = "Dr. " + L
        return [val] if not p["phi"] else ["Dr. ", S("NAME", L)]
    forms = {"": F + " " + L, "f": F, "l": L, "inv": "%s, %s %s" % (L.upper(), F.upper(), p["mi"]),
             "invl": "%s, %s" % (L, F), "mi": "%s %s. %s" % (F, p["mi"], L), "nick": p["nick"],
             "fi": "%s %s." % (F, L[0]), "fl": (F + " " + L).lower()}
    if var not in forms:
        raise KeyError("bad person variant %r" % var)
    val = forms[var]
    return [S("NAME", val)] if p["phi"] else [val]


def rnd_digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def gen_phone(r):
    area = r.choice(["503", "503", "971", "360", "541", "564", "458", "503", "360"])
    ex = str(r.randint(2, 9)) + rnd_digits(r, 2)
    if ex[1:] == "11" or ex == "555":
        ex = "284"
    return area, ex, rnd_digits(r, 4)


def phone_styles(r, a, e, l):
    return r.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "%s-%s-%s",
                     "(%s)%s-%s", "%s %s %s", "+1-%s-%s-%s", "%s-%s-%s"]) % (a, e, l)


def render_phone(ctx, key, var):
    r = ctx.r
    a, e, l = ctx.once(key, lambda: gen_phone(r))
    if var == "":
        return [S("PHONE", phone_styles(r, a, e, l))]
    if var == "d":
        return [S("PHONE", a + e + l)]
    if var == "ext":
        return [S("PHONE", phone_styles(r, a, e, l) + r.choice([" ext. ", " x", " ext ", ", ext "]) +
                  str(r.randint(2, 4999)))]
    if var == "tel":
        return ["<tel:", S("PHONE", r.choice(["+1", ""]) + a + e + l), "|", S("PHONE", "%s-%s-%s" % (a, e, l)), ">"]
    if var == "obf":
        var = r.choice(["sp", "fw", "zw", "sep", "spc", "nb"])
    if var == "fw":
        return [S("PHONE", fullwidth(r.choice(["%s-%s-%s", "%s%s%s", "(%s) %s-%s"]) % (a, e, l)), ("evasion",))]
    if var == "zw":
        return [S("PHONE", "%s\u200b%s\u200b%s" % (a, e, l), ("evasion",))]
    if var == "nb":
        return [S("PHONE", "%s\u00a0%s\u00a0%s" % (a, e, l), ("evasion",))]
    if var == "sep":
        return [S("PHONE", r.choice(["%s.%s-%s", "%s/%s.%s", "%s - %s - %s", "(%s)-%s.%s"]) % (a, e, l), ("evasion",))]
    if var == "spc":
        return [S("PHONE", " ".join(a + e + l), ("evasion",))]
    if var == "sp":
        oh = r.random() < 0.6
        return [S("PHONE", "%s, %s, %s" % (spell_digits(a, oh), spell_digits(e, oh), spell_digits(l, oh)), ("evasion",))]
    raise KeyError(var)


def gen_ssn(r):
    a = r.randint(1, 899)
    if a == 666:
        a = 667
    return "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)


def render_ssn(ctx, key, var):
    r = ctx.r
    a, g, s = ctx.once(key, lambda: gen_ssn(r))
    if var == "":
        return [S("SSN", r.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, g, s))]
    if var == "ns":
        return [S("SSN", a + g + s, ("evasion",))]
    if var == "obf":
        var = r.choice(["sep", "fw", "zw", "spc", "sp", "ns"])
    if var == "ns":
        return [S("SSN", a + g + s, ("evasion",))]
    if var == "sep":
        return [S("SSN", r.choice(["%s.%s-%s", "%s.%s.%s", "%s_%s_%s", "%s -%s- %s", "%s/%s/%s"]) % (a, g, s), ("evasion",))]
    if var == "fw":
        return [S("SSN", fullwidth("%s-%s-%s" % (a, g, s)), ("evasion",))]
    if var == "zw":
        return [S("SSN", "%s\u200b-%s\u200b-%s" % (a, g, s), ("evasion",))]
    if var == "spc":
        return [S("SSN", " ".join(a + g + s), ("evasion",))]
    if var == "sp":
        return [S("SSN", "%s, %s, %s" % (spell_digits(a, False), spell_digits(g, False), spell_digits(s, False)), ("evasion",))]
    raise KeyError(var)


def gen_mid(r, kind=None):
    kind = kind or r.choice(["ohp", "p1", "mbi", "com", "com", "kp", "ohp", "p1"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "ohp":
        return "".join(r.choice(L) for _ in range(2)) + rnd_digits(r, 5) + r.choice(L)
    if kind == "p1":
        return rnd_digits(r, 9) + "WA"
    if kind == "mbi":
        c = [str(r.randint(1, 9)), r.choice(L), r.choice(L + string.digits), rnd_digits(r, 1),
             r.choice(L), r.choice(L + string.digits), rnd_digits(r, 1), r.choice(L), r.choice(L),
             rnd_digits(r, 1), rnd_digits(r, 1)]
        s = "".join(c)
        return s if r.random() < 0.5 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    if kind == "kp":
        return rnd_digits(r, 8)
    return r.choice(["ZGP", "XOF", "W", "MOL", "PHP", "RBC", "H"]) + rnd_digits(r, r.choice([8, 9, 10]))


def gen_dea(r):
    d = [r.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFGM") + r.choice("ABCDEFGHJKLMNPRSTWY") + "".join(map(str, d)) + str(chk)


def gen_npi(r):
    base = str(r.choice([1, 1, 1, 2])) + rnd_digits(r, 8)
    return base + luhn_digit("80840" + base)


def gen_cc(r):
    kind = r.choice(["v", "v", "mc", "amex", "disc"])
    if kind == "amex":
        b = r.choice(["34", "37"]) + rnd_digits(r, 12)
        n = b + luhn_digit(b)
        return r.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:4], n[4:10], n[10:])
    pre = {"v": "4", "mc": "5" + str(r.randint(1, 5)), "disc": "6011"}[kind]
    b = pre + rnd_digits(r, 15 - len(pre))
    n = b + luhn_digit(b)
    return r.choice(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s", "%s %s %s %s"]) % (n[:4], n[4:8], n[8:12], n[12:])


def gen_vin(r):
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(r.choice(ch) for _ in range(16))


def gen_plate(r):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = r.choice(["or", "or2", "wa", "wa2"])
    if k == "or":
        return rnd_digits(r, 3) + " " + "".join(r.choice(L) for _ in range(3))
    if k == "or2":
        return "".join(r.choice(L) for _ in range(3)) + rnd_digits(r, 3)
    if k == "wa":
        return "".join(r.choice(L) for _ in range(3)) + rnd_digits(r, 4)
    return "".join(r.choice(L) for _ in range(3)) + "-" + rnd_digits(r, 4)


def gen_addr(r):
    town, st, zips = r.choice(TOWNS)
    z = r.choice(zips)
    num = str(r.choice([r.randint(100, 999), r.randint(1000, 19999), r.randint(10, 99)]))
    d = r.choice(DIRS)
    sn = r.choice(STREET_NAMES + ["%d%s" % (n, ordsuf(n)) for n in (82, 122, 148, 162, 181, 39, 52, 112, 136)])
    stype = r.choice(STREET_TYPES)
    street = " ".join(x for x in [num, d, sn, stype] if x)
    unit = r.choice(["", "", "", " Apt " + str(r.randint(1, 40)), " #" + str(r.randint(1, 300)),
                     " Unit " + r.choice("ABCDEF"), " Space " + str(r.randint(1, 80))])
    if r.random() < 0.2:
        z = z + "-" + rnd_digits(r, 4)
    return {"street": street + unit, "town": town, "st": st, "zip": z}


def render_addr(ctx, key, var):
    r = ctx.r
    a = ctx.once(key, lambda: gen_addr(r))
    if var == "":
        sep = r.choice([", ", ", ", " "])
        return [S("ADDRESS", r.choice(["%s%s%s %s %s", "%s%s%s, %s %s"]) % (a["street"], sep, a["town"], a["st"], a["zip"]))]
    if var == "street":
        return [S("ADDRESS", a["street"])]
    if var == "town":
        return [S("ADDRESS", a["town"])]
    if var == "zip":
        return [S("ADDRESS", a["zip"])]
    if var == "ml":  # multi-line postal address, one span
        return [S("ADDRESS", "%s\n%s, %s %s" % (a["street"], a["town"], a["st"], a["zip"]))]
    if var == "pobox":
        pb = ctx.once(key + "pob", lambda: "PO Box %d" % r.randint(10, 9999))
        return [S("ADDRESS", r.choice([pb, "%s, %s %s %s" % (pb, a["town"], a["st"], a["zip"])]))]
    if var == "nozip":
        return [S("ADDRESS", "%s, %s" % (a["street"], a["town"]))]
    raise KeyError(var)


def gen_mrn(r):
    return r.choice(["%07d" % r.randint(100000, 9999999), "NB%07d" % r.randint(10000, 9999999),
                     "%08d" % r.randint(100000, 99999999), "MR-%06d" % r.randint(10000, 999999),
                     "%d" % r.randint(200000, 999999)])


def gen_acct(r):
    return r.choice(["A%08d" % r.randint(1, 99999999), "%010d" % r.randint(10 ** 8, 10 ** 10 - 1),
                     "G-%06d" % r.randint(1, 999999), "%09d" % r.randint(10 ** 7, 10 ** 9 - 1),
                     "PA%07d" % r.randint(1, 9999999)])


def gen_lic(r, kind=None):
    kind = kind or r.choice(["ormd", "wamd", "walh", "wacp", "orlpc", "orrn", "wacd", "ornp"])
    return {"ormd": "MD%06d" % r.randint(100000, 999999), "wamd": "MD%08d" % r.randint(60000000, 61999999),
            "walh": "LH%08d" % r.randint(60000000, 61999999), "wacp": "CP%08d" % r.randint(60000000, 61999999),
            "orlpc": "C%04d" % r.randint(1000, 9999), "orrn": "%09dRN" % r.randint(100000000, 209999999),
            "wacd": "CO%08d" % r.randint(60000000, 61999999), "ornp": "%09dNP-PP" % r.randint(100000000, 209999999)}[kind]


def gen_dl(r):
    if r.random() < 0.5:
        return "%07d" % r.randint(1000000, 9999999)
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789*"
    return "WDL" + "".join(r.choice(ch[:-1]) for _ in range(9))


def gen_ip(r):
    k = r.choice(["10", "192", "pub", "pub", "172", "v6"])
    if k == "10":
        return "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 254))
    if k == "192":
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    if k == "172":
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    if k == "v6":
        return "2601:%x:%x:%x::%x" % (r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), r.randint(0x10, 0xffff), r.randint(1, 0xff))
    return "%d.%d.%d.%d" % (r.choice([73, 24, 50, 67, 71, 97, 98, 174, 208]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))


def gen_device(r, kind):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "scram":
        return r.choice(["CAM", "SC", "RA"]) + "-" + rnd_digits(r, 7)
    if kind == "sober":
        return "SL%d-%s%s" % (r.randint(3, 5), r.choice(L), rnd_digits(r, 6))
    if kind == "haid":
        return rnd_digits(r, 2) + r.choice(L) + rnd_digits(r, 6)
    if kind == "cgm":
        return r.choice(["3MH", "8A", "4K"]) + "".join(r.choice(L + string.digits) for _ in range(7))
    if kind == "bridge":
        return "NSS2-" + rnd_digits(r, 6)
    raise KeyError(kind)


def ptlink(ctx, r, var=""):
    p = ctx.person("pt", "pt", True)
    k = {"cb": r.choice(["cb", "gfm"]), "portal": r.choice(["portal", "portal2", "kipu"]),
         "tele": "doxy"}.get(var) or r.choice(["portal", "kipu", "doxy", "portal2"])
    if k == "gfm":
        return "https://www.gofundme.com/f/help-%s-%s-get-home" % (asc(p["first"]), asc(p["last"]))
    if k == "portal":
        return "https://mycare.northbankbh.org/patient/%d/checkin" % p["id"]
    if k == "portal2":
        return "https://mycare.northbankbh.org/chart?pid=%d&tab=consents" % p["id"]
    if k == "kipu":
        return "https://northbankbh.kipuworks.com/patients/%d/face_sheet" % p["id"]
    if k == "cb":
        return "https://www.caringbridge.org/visit/%s%s" % (asc(p["first"]), asc(p["last"]))
    return "https://visit.northbankbh.org/t/%s-%s-%d" % (asc(p["first"]), asc(p["last"]), p["id"] % 10000)


def price(r):
    k = r.random()
    if k < 0.45:
        return "$%d.%02d" % (r.randint(40, 999), r.randint(0, 99))
    if k < 0.75:
        return "${:,}".format(r.randint(1000, 14000))
    if k < 0.85:
        return "$%.1fk" % (r.randint(12, 95) / 10.0)
    return "${:,}.00".format(r.randint(150, 9000))


def facility(ctx, key, var):
    r = ctx.r
    if "site" not in ctx.ent:
        ctx.ent["site"] = r.choice(SITES)
    return [SITE_ADDR[ctx.ent["site"]]]


def lit(fn):
    return lambda ctx, key, var: [fn(ctx.r)]


def cached_lit(fn):
    def f(ctx, key, var):
        def make():
            base = re.sub(r"\d+$", "", key)
            used = ctx.ent.setdefault("#used-" + base, [])
            for _ in range(20):
                v = fn(ctx.r)
                if v not in used:
                    break
            used.append(v)
            return v
        return [ctx.once(key, make)]
    return f


def dated(fam, spanned, styles):
    def f(ctx, key, var):
        idx = int(re.sub(r"\D", "", key) or 1)
        ymd = ctx.date_in(fam, idx)
        if var == "s":
            st = ctx.r.choice(["s1", "s2", "s1"])
        elif var == "y":
            st = ctx.r.choice(["s4", "s5", "iso", "longy", "s3"])
        elif var == "":
            st = ctx.r.choice(styles)
        else:
            raise KeyError(var)
        v = fmt_date(ctx.r, ymd, st)
        return [S("DATE", v)] if spanned else [v]
    return f


def dob(ctx, key, var):
    r = ctx.r
    ymd = ctx.once(key, lambda: (r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28)))
    return [S("DATE", fmt_date(r, ymd, r.choice(DOB_STYLES)))]


def oldage(ctx, key, var):
    r = ctx.r
    n = ctx.once(key, lambda: r.randint(90, 104))
    if var == "sp":
        return [S("AGE", spell_age(n), ("evasion",))]
    return [S("AGE", str(n))]


PAYER_MID = {"CareOregon": "ohp", "Trillium": "ohp", "Health Share of Oregon": "ohp", "OHP open card": "ohp",
             "Molina": "p1", "Wellpoint": "p1", "Community Health Plan of WA": "p1", "Coordinated Care": "p1",
             "Apple Health": "p1", "Medicare": "mbi", "Humana MA": "com", "Kaiser NW": "kp"}


def mid(ctx, key, var):
    r = ctx.r
    idx = re.sub(r"\D", "", key)
    payer = ctx.ent.get("payer" + idx)
    if payer is not None and key not in ctx.ent:
        ctx.ent[key] = gen_mid(r, PAYER_MID.get(payer, "com"))
    if var == "mbi":
        return [S("HEALTH_PLAN_ID", ctx.once(key + "mbi", lambda: gen_mid(r, "mbi")))]
    v = ctx.once(key, lambda: gen_mid(r))
    if var == "zw":
        cut = len(v) // 2
        return [S("HEALTH_PLAN_ID", v[:cut] + "\u200b" + v[cut:], ("evasion",))]
    if var == "spc":
        return [S("HEALTH_PLAN_ID", " ".join(v), ("evasion",))]
    return [S("HEALTH_PLAN_ID", v)]


def mrn(ctx, key, var):
    r = ctx.r
    v = ctx.once(key, lambda: gen_mrn(r))
    if var == "fw":
        return [S("MRN", fullwidth(v), ("evasion",))]
    if var == "spc":
        return [S("MRN", " ".join(v), ("evasion",))]
    return [S("MRN", v)]


def span_of(t, fn, cache=True):
    def f(ctx, key, var):
        v = ctx.once(key, lambda: fn(ctx.r)) if cache else fn(ctx.r)
        return [S(t, v)]
    return f


def cc(ctx, key, var):
    r = ctx.r
    v = ctx.once(key, lambda: gen_cc(r))
    if var == "fw":
        return [S("CREDIT_CARD", fullwidth(v), ("evasion",))]
    if var == "spc":
        return [S("CREDIT_CARD", " ".join(v.replace(" ", "").replace("-", "")), ("evasion",))]
    return [S("CREDIT_CARD", v)]


def url_pt(ctx, key, var):
    r = ctx.r
    kind = {"slack": "portal", "teleslack": "tele"}.get(var, var)
    u = ctx.once(key + kind, lambda: ptlink(ctx, r, kind))
    if var == "slack":
        return ["<", S("URL", u), "|" + r.choice(["chart", "portal link", "face sheet", "here"]) + ">"]
    if var == "teleslack":
        return ["<", S("URL", u), "|" + r.choice(["join", "visit link", "here", "link"]) + ">"]
    return [S("URL", u)]


def ticket(r):
    return r.choice(["INC00%05d" % r.randint(10000, 99999), "HD-%d" % r.randint(1000, 9999),
                     "SR-%05d" % r.randint(10000, 99999), "KIPU-%d" % r.randint(10000, 99999),
                     "OPS-%d" % r.randint(100, 999), "RITM00%05d" % r.randint(10000, 99999)])


def ponum(r):
    return r.choice(["PO 45001%05d" % r.randint(0, 99999), "PO# 25-%04d" % r.randint(1, 9999),
                     "PO-%06d" % r.randint(1, 999999), "PO %d" % r.randint(20000, 99999)])


def version(r):
    return r.choice(["v%d.%d.%d" % (r.randint(3, 14), r.randint(0, 12), r.randint(0, 30)),
                     "%d.%d.%d" % (r.randint(7, 9), r.randint(0, 9), r.randint(0, 20)),
                     "2025.%d.%d" % (r.randint(1, 12), r.randint(0, 9))])


VALUES = {
    "dob": dob, "hdate": dated("h", True, HD_STYLES), "cdate": dated("c", True, HD_STYLES),
    "mdate": dated("m", False, HD_STYLES), "oldage": oldage,
    "phone": render_phone, "fax": render_phone, "ssn": render_ssn, "mrn": mrn, "mid": mid,
    "acct": span_of("ACCOUNT_NUMBER", gen_acct), "dea": span_of("LICENSE_NUMBER", gen_dea),
    "lic": lambda ctx, key, var: [S("LICENSE_NUMBER", ctx.once(key + var, lambda: gen_lic(ctx.r, ctx.r.choice(
        {"wa": ["wamd", "walh", "wacp", "wacd"], "or": ["ormd", "orlpc", "orrn", "ornp"]}.get(var) or
        ["ormd", "wamd", "walh", "wacp", "orlpc", "orrn", "wacd", "ornp"]))))], "dl": span_of("LICENSE_NUMBER", gen_dl),
    "plate": span_of("VEHICLE_ID", gen_plate), "vin": span_of("VEHICLE_ID", gen_vin),
    "scram": span_of("DEVICE_ID", lambda r: gen_device(r, "scram")),
    "sober": span_of("DEVICE_ID", lambda r: gen_device(r, "sober")),
    "haid": span_of("DEVICE_ID", lambda r: gen_device(r, "haid")),
    "cgm": span_of("DEVICE_ID", lambda r: gen_device(r, "cgm")),
    "bridge": span_of("DEVICE_ID", lambda r: gen_device(r, "bridge")),
    "ptlink": url_pt, "ip": span_of("IP_ADDRESS", gen_ip), "addr": render_addr, "cc": cc,
    # literals (not PHI)
    "time": lit(lambda r: r.choice(["9:30", "10am", "2:15pm", "noon", "1pm", "3:30", "8:15", "4pm",
                                    "7:45am", "13:00", "10:30", "11:15"])),
    "dow": cached_lit(lambda r: r.choice(DOWS)), "room": cached_lit(lambda r: r.choice(ROOMS)),
    "ticket": cached_lit(ticket), "ponum": cached_lit(ponum),
    "inv": cached_lit(lambda r: r.choice(["INV-%d" % r.randint(10000, 99999), "inv %d" % r.randint(100000, 999999),
                                          "#%d" % r.randint(300000, 899999)])),
    "orderno": cached_lit(lambda r: str(r.randint(1000000, 9999999))),
    "ver": cached_lit(version), "build": cached_lit(lambda r: "%d.%d.%d.%d" % (2025, r.randint(1, 12), r.randint(0, 9), r.randint(1, 40))),
    "npi": cached_lit(gen_npi), "chromever": cached_lit(lambda r: "%d.0.%d.%d" % (r.randint(131, 141), r.randint(6700, 7400), r.randint(10, 200))),
    "sprice": cached_lit(lambda r: "$%d.%02d" % (r.randint(6, 240), r.randint(0, 99))),
    "bigprice": cached_lit(lambda r: r.choice(["$%dk" % r.randint(40, 900), "${:,}".format(r.randint(50, 2400) * 1000), "$%.1fM" % (r.randint(11, 48) / 10.0)])),
    "subprice": cached_lit(lambda r: "$1,%d.%02d" % (r.randint(780, 990), r.randint(0, 99))),
    "supplier": cached_lit(lambda r: r.choice(SUPPLIERS)), "pharmaco": cached_lit(lambda r: r.choice(PHARMACOS)),
    "itvendor": cached_lit(lambda r: r.choice(ITVENDORS)), "labco": cached_lit(lambda r: r.choice(LABCOS)),
    "interp": cached_lit(lambda r: r.choice(INTERPS)), "crisisco": cached_lit(lambda r: r.choice(CRISISCOS)),
    "methco": cached_lit(lambda r: r.choice(METHCOS)), "cpt": cached_lit(lambda r: r.choice(CPTS)), "icd": cached_lit(lambda r: r.choice(ICDS)),
    "ext": cached_lit(lambda r: r.choice(["x%d" % r.randint(2000, 4999), "ext %d" % r.randint(200, 499),
                                          "x%d" % r.randint(10, 99)])),
    "zoomid": cached_lit(lambda r: "%d %d %d" % (r.randint(810, 899), r.randint(1000, 9999), r.randint(1000, 9999))),
    "zoomurl": cached_lit(lambda r: "https://northbankbh.zoom.us/j/%d%d" % (r.randint(810, 899), r.randint(10000000, 99999999))),
    "intranet": cached_lit(lambda r: r.choice(["https://intranet.northbankbh.org/policies/otp-take-homes",
                                               "https://intranet.northbankbh.org/training/part2",
                                               "https://northbankbh.sharepoint.com/sites/Ops/Shared%20Documents/PA-tracker.xlsx",
                                               "https://intranet.northbankbh.org/forms/incident-report"])),
    "pubweb": cached_lit(lambda r: r.choice(["https://www.samhsa.gov/medications-substance-use-disorders",
                                             "https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-8",
                                             "https://www.oregon.gov/oha/hsd/ohp/pages/index.aspx",
                                             "https://findtreatment.gov"])),
    "price": cached_lit(price), "grp": cached_lit(lambda r: r.choice(["%07d" % r.randint(1, 9999999), "%d-A" % r.randint(10000, 99999),
                                                                   "GRP%d" % r.randint(100000, 999999)])),
    "fac": facility, "site": cached_lit(lambda r: r.choice(SITES)),
    "vendor": cached_lit(lambda r: r.choice(VENDORS)), "payer": cached_lit(lambda r: r.choice(PAYERS)),
    "hosp": cached_lit(lambda r: r.choice(HOSPS)), "detox": cached_lit(lambda r: r.choice(DETOX)),
    "otherotp": cached_lit(lambda r: r.choice(OTHER_OTP)), "pharm": cached_lit(lambda r: r.choice(PHARMS)),
    "county": cached_lit(lambda r: r.choice(COUNTIES)), "n": cached_lit(lambda r: str(r.randint(2, 19))),
    "big": cached_lit(lambda r: str(r.randint(180, 640))), "pct": cached_lit(lambda r: "%d%%" % r.randint(3, 61)),
    "asset": cached_lit(lambda r: r.choice(["NB-LT-%04d" % r.randint(1, 999), "Asset #%06d" % r.randint(1, 9999),
                                            "NBH%05d" % r.randint(1, 99999)])),
    "pumpserial": cached_lit(lambda r: r.choice(["MDS-%05d" % r.randint(10000, 99999), "SN %d" % r.randint(1000000, 9999999)])),
    "fy": cached_lit(lambda r: r.choice(["FY26", "FY2026", "FY27", "next fiscal year"])),
    "q": cached_lit(lambda r: r.choice(["Q1", "Q2", "Q3", "Q4"])),
    "dose": cached_lit(lambda r: r.choice(DOSES)), "med": cached_lit(lambda r: r.choice(MEDS)),
    "age": cached_lit(lambda r: str(r.randint(19, 74))), "lastfour": cached_lit(lambda r: rnd_digits(r, 4)),
    "exp": cached_lit(lambda r: "%02d/%d" % (r.randint(1, 12), r.randint(26, 30))),
    "mention": cached_lit(lambda r: "<@U0%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))),
    "chan": cached_lit(lambda r: r.choice(CHANNELS)), "emoji": lit(lambda r: r.choice(EMOJI)),
    "firm": lambda ctx, key, var: [ctx.once(key, lambda: ctx.r.choice(FIRMS))[0]], "restaurant": cached_lit(lambda r: r.choice(RESTAURANTS)),
    "role": cached_lit(lambda r: r.choice(STAFF_ROLES)),
    "towncity": cached_lit(lambda r: r.choice(TOWNS)[0]),  # a town as a literal (business/visit context)
}


def resolve(ctx, field):
    m = re.match(r"^([a-z]+?)(\d*)(?:_([A-Za-z]+))?$", field)
    if not m:
        raise KeyError("bad field %r" % field)
    base, idx, var = m.group(1), m.group(2), m.group(3) or ""
    key = base + idx
    if field in ctx.rend:
        return ctx.rend[field]
    if base in PHI_PERSON or base in STAFF_PERSON:
        phi = base in PHI_PERSON
        p = ctx.person(base, key, phi)
        out = render_person(ctx, p, var, base)
        if base == "judge" and var == "":
            out = [p["last"]]
    elif base in VALUES:
        out = VALUES[base](ctx, key, var)
    else:
        raise KeyError("unknown base %r in %r" % (base, field))
    ctx.rend[field] = out
    return out


def apply_spec(parts, spec):
    for sp in spec.split("+"):
        if not sp:
            continue
        if sp == "lc":
            parts = [S(p.t, p.v.lower(), p.tags) if isinstance(p, S) else p.lower() for p in parts]
        elif sp == "up":
            parts = [S(p.t, p.v.upper(), p.tags) if isinstance(p, S) else p.upper() for p in parts]
        elif sp == "b":
            parts = ["*"] + parts + ["*"]
        elif sp == "c":
            parts = ["`"] + parts + ["`"]
        elif sp == "q":
            parts = ['"'] + parts + ['"']
        else:
            raise KeyError(sp)
    return parts


FMT = string.Formatter()


def build(ctx, tpl):
    parts = []
    for literal, field, spec, conv in FMT.parse(tpl):
        if literal:
            parts.append(literal)
        if field is not None:
            parts.extend(apply_spec(list(resolve(ctx, field)), spec or ""))
    return parts


# ----------------------------------------------------------------------------- table / list generators
def gen_dosing_table(r):
    n = r.randint(3, 6)
    notes = ["hold — missed 3 days", "split dose ok'd by MD", "pregnant, AM only", "guest dose",
             "take-home revoked", "dose increase +5", "needs observed dose", "re-eval w/ prescriber",
             "UDS pending", "called in, running late"]
    lines = ["*{dow} dosing exceptions* {emoji}", "| client | MRN | dose | note |", "|---|---|---|---|"]
    for i in range(1, n + 1):
        lines.append("| {pt%d_invl} | {mrn%d} | {dose%d} | %s |" % (i, i, i, r.choice(notes)))
    return "\n".join(lines)


def gen_pa_table(r):
    n = r.randint(2, 5)
    st = ["pending", "DENIED - p2p needed", "approved thru 90 days", "need clinicals", "faxed, no response",
          "approved", "resubmit w/ ASAM dims"]
    lines = ["PA queue as of this morning:", "Patient | DOB | Plan | Member ID | Status"]
    for i in range(1, n + 1):
        lines.append("{pt%d} | {dob%d} | {payer%d} | {mid%d} | %s" % (i, i, i, i, r.choice(st)))
    lines.append("pls grab one if you have time, {st_f} is out")
    return "\n".join(lines)


def gen_waitlist(r):
    n = r.randint(3, 6)
    lines = [r.choice(["psych eval waitlist (oldest first):", "Waitlist - MAT intake", "callback list for the new 6am slots"])]
    for i in range(1, n + 1):
        lines.append("%d. {pt%d} — {phone%d} — referred {hdate%d}" % (i, i, i, i) + r.choice(["", "", " (spanish)", " (needs interp - Somali)", " ⚠️ pregnant", " court"]))
    return "\n".join(lines)


def gen_attendance(r):
    n = r.randint(4, 8)
    title = r.choice(["Tues IOP", "Women's group", "Thurs relapse prevention", "DBT skills", "MRT group", "Early recovery"])
    base = "ptw" if title.startswith("Women") else "pt"
    lines = ["%s attendance {emoji}" % title]
    for i in range(1, n + 1):
        lines.append("- {%s%d_fi} %s" % (base, i, r.choice(["✅", "✅", "✅", "❌ no call", "❌ excused", "late", "✅ (left early)"])))
    lines.append("facilitator: {st}")
    return "\n".join(lines)


def gen_intakes(r):
    n = r.randint(3, 5)
    times = ["8:00", "8:30", "9:15", "10:00", "11:30", "1:00", "2:30"]
    lines = ["tomorrow's intakes:"]
    for i in range(1, n + 1):
        lines.append("• %s {pt%d} ({payer%d})%s" % (times[i - 1], i, i, r.choice(["", "", " interpreter: Spanish", " transfer from {otherotp}", " court-ordered", " walk-in from today"])))
    return "\n".join(lines)


def gen_ehr_export(r):
    n = r.randint(2, 4)
    lines = ["pasting from the census report, these have no dose logged today:", "```"]
    for i in range(1, n + 1):
        lines.append("{pt%d_inv}   MRN {mrn%d}   DOB {dob%d}   LAST DOSE {hdate%d_s}" % (i, i, i, i))
    lines.append("```")
    return "\n".join(lines)


def gen_missed_callbacks(r):
    n = r.randint(3, 6)
    lines = [r.choice(["missed dose callbacks for today:", "pls call these folks back before noon:", "callbacks (didn't dose yesterday)"])]
    for i in range(1, n + 1):
        lines.append("{pt%d_f} %s {phone%d}" % (i, r.choice(["-", "", "–", ":"]), i))
    return "\n".join(lines)


def gen_court_list(r):
    n = r.randint(2, 4)
    lines = ["drug court clients w/ reports due this month:"]
    for i in range(1, n + 1):
        lines.append("* {pt%d} — PO {prob%d} — hearing {cdate%d}" % (i, i, i))
    return "\n".join(lines)


def gen_emp_health(r):
    n = r.randint(2, 3)
    ev = ["needle-stick", "back strain lifting cases", "covid+", "slip in the parking lot", "FMLA (surgery)",
          "exposure - pt spat on her", "assaulted by client"]
    lines = ["employee health log (HR only pls):", "| staff | event | date | status |", "|---|---|---|---|"]
    for i in range(1, n + 1):
        lines.append("| {emp%d} | %s | {hdate%d} | %s |" % (i, r.choice(ev), i, r.choice(["open", "closed", "WC claim filed", "RTW pending"])))
    return "\n".join(lines)


def gen_takehome(r):
    n = r.randint(2, 4)
    lines = ["take-home step review for {dow} staffing:"]
    for i in range(1, n + 1):
        lines.append("%d) {pt%d_l} — in tx since {hdate%d_y}, %s" % (i, i, i, r.choice(
            ["90 days clean UAs, recommend step 2", "1 pos for fent in last 30d, hold", "ready for step 4",
             "missed 2 groups, discuss", "lockbox verified, ok for Sunday take-home"])))
    return "\n".join(lines)


def gen_roster_addr(r):
    n = r.randint(2, 4)
    lines = ["NEMT rides for tomorrow (Ride to Care):"]
    for i in range(1, n + 1):
        lines.append("- {pt%d} pickup %s at {addr%d}" % (i, r.choice(["6:15", "6:40", "7:05", "7:30", "5:50"]), i))
    return "\n".join(lines)


# clean tables
def gen_rota(r):
    n = r.randint(3, 6)
    lines = ["on-call rota, %s:" % r.choice(["next 2 weeks", "holiday coverage", "weekend dosing"]), "| date | on call | ext |", "|---|---|---|"]
    for i in range(1, n + 1):
        lines.append("| {mdate%d} | {st%d} (%s) | {ext%d} |" % (i, i, r.choice(STAFF_ROLES), i))
    return "\n".join(lines)


def gen_invoices(r):
    n = r.randint(3, 5)
    lines = ["AP aging, needs approval:", "vendor | invoice | PO | amount"]
    for i in range(1, n + 1):
        lines.append("{vendor%d} | {inv%d} | {ponum%d} | {price%d}" % (i, i, i, i))
    lines.append("{exec_f} pls approve by {mdate}")
    return "\n".join(lines)


def gen_groups(r):
    names = ["Early Recovery", "Relapse Prevention", "Women's MAT", "DBT Skills", "Seeking Safety", "MRT",
             "Family Night", "Men's Process", "Anger Mgmt (court)", "Smoking Cessation"]
    r.shuffle(names)
    n = r.randint(3, 5)
    lines = ["updated group schedule starting {mdate}:"]
    for i in range(1, n + 1):
        lines.append("- %s: {dow%d} {time%d}, {room%d}, w/ {st%d_f}" % (names[i - 1], i, i, i, i))
    return "\n".join(lines)


def gen_metrics(r):
    lines = ["%s ops snapshot" % r.choice(["weekly", "{q}", "monthly"]),
             "• census: {big} (+{n} vs last wk)", "• new intakes: %d, %d%% same-day" % (r.randint(8, 60), r.randint(20, 80)),
             "• no-show rate: {pct}", "• PAs pending: %d (oldest 9 days)" % r.randint(3, 40),
             "• clients 90+: %d" % r.randint(0, 4), "• naloxone kits out: %d" % r.randint(20, 300)]
    keep = [lines[0]] + r.sample(lines[1:], r.randint(4, 6))
    return "\n".join(keep)


def gen_tickets(r):
    issues = ["label printer offline", "Kipu slow at intake", "badge reader at back door", "VPN drops",
              "scanner won't save to chart", "dosing pump 3 calibration", "Teams audio", "fax to email broken",
              "new hire can't log into Relias"]
    r.shuffle(issues)
    n = r.randint(3, 5)
    lines = ["open IT tickets for our site:"]
    for i in range(1, n + 1):
        lines.append("- {ticket%d} %s (%s)" % (i, issues[i - 1], "{st%d_f}" % i))
    return "\n".join(lines)


def gen_pto(r):
    n = r.randint(3, 5)
    lines = ["PTO on the calendar this month, plan coverage accordingly:"]
    for i in range(1, n + 1):
        lines.append("{st%d}: {mdate%d}%s" % (i, i, r.choice(["", "", " (half day)", " (pm only)", " + following week"])))
    return "\n".join(lines)


def gen_payer_mix(r):
    k = r.randint(3, 5)
    cuts = sorted(r.sample(range(2, 98), k - 1))
    pcts = [b - a for a, b in zip([0] + cuts, cuts + [100])]
    parts = ["{payer%d} %d%%" % (i + 1, p) for i, p in enumerate(pcts[:-1])] + ["self-pay/other %d%%" % pcts[-1]]
    return "census by payer {q}: " + ", ".join(parts)


def gen_training(r):
    n = r.randint(3, 6)
    lines = ["Part 2 / HIPAA annual training status:", "| staff | done |", "|---|---|"]
    for i in range(1, n + 1):
        lines.append("| {st%d} | %s |" % (i, r.choice(["✅", "✅", "❌ due {mdate}", "in progress"])))
    return "\n".join(lines)


def gen_versions(r):
    apps = ["Kipu", "Methasoft", "Chrome", "Zoom", "RingCentral", "Adobe Reader", "Windows", "Teams"]
    r.shuffle(apps)
    n = r.randint(3, 5)
    lines = ["software baseline for the new intake laptops:"]
    for i in range(1, n + 1):
        lines.append("%s {%s%d}" % (apps[i - 1], "chromever" if apps[i - 1] == "Chrome" else "ver", i))
    lines.append("image build {build}, asset tags start at {asset}")
    return "\n".join(lines)


def gen_rooms(r):
    n = r.randint(3, 5)
    lines = ["room bookings {dow}:"]
    for i in range(1, n + 1):
        lines.append("{time%d} {room%d} — %s ({st%d_f})" % (i, i, r.choice(["supervision", "staffing", "IOP group", "vendor demo", "interview", "survey prep", "1:1"]), i))
    return "\n".join(lines)


def gen_quotes(r):
    n = r.randint(2, 4)
    items = ["naloxone 4mg nasal (case of 24)", "fentanyl test strips (100)", "UA cups w/ temp strip (2000)",
             "breathalyzer mouthpieces (500)", "sharps containers", "lockboxes (take-home)", "Sublocade 100mg"]
    r.shuffle(items)
    lines = ["price check:"]
    for i in range(1, n + 1):
        lines.append("- %s: {supplier%d} {price%d}" % (items[i - 1], i, i))
    return "\n".join(lines)


# ----------------------------------------------------------------------------- PHI frames
# (tags, template-or-function). Tag "lc" lower-cases the whole rendered message.
PHI_FRAMES = [
    ("referral", "{pt} no showed intake again ({hdate}). thats 3x now. close the referral or hold the slot one more wk?"),
    ("typo", "can sombody call {pt_f} back at {phone}? {pt_he} missed dosing yesterday bc the bus never came and wants to know if {pt_he} can come in b4 11"),
    ("structured referral multiline", "New intake request\nName: {pt}\nDOB: {dob}\nPhone: {phone}\nInsurance: {payer}, member ID {mid}\nReferred by: {doc_dr} ({hosp} ED)\nReason: OUD, requesting methadone induction"),
    ("escalation", "FYI {pt_l} showed up visibly intoxicated for dosing this morning. {st_f} held the dose and called {pt_his} sister {sis}, she picked {pt_him} up around 10:15. note is in Kipu"),
    ("records", "{st_f} can you fax the signed ROI for {pt} to {prob} at {county} County probation? fax {fax}"),
    ("court", "Compliance report for {pt} is due to Judge {judge_l} by {mdate}. UAs since intake all neg except the one on {hdate}"),
    ("emoji", "{pt_l} earned step 3 take-homes starting {hdate} 🎉 can someone update Methasoft before {pt_he} comes in"),
    ("structured", "Guest dosing request: {pt}, DOB {dob}, home clinic {otherotp}. Visiting family {hdate} to {hdate2}, current dose {dose}. Pls fax last-dose verification to {fax}"),
    ("escalation", "Crisis line handoff 02:14 — caller {pt_f} (gave last name {pt_l}), {age}yo, at home at {addr}, says {pt_he} took 'a handful' of {med}. mobile crisis dispatched, callback {phone}"),
    ("emoji", "PA for Sublocade DENIED for {pt} ({payer}, ID {mid}). peer to peer has to happen by Friday — {st_dr} can you take it? 🙏"),
    ("employee-health", "heads up {emp_f} is out through {hdate} — knee surgery. can someone cover {emp_his} 2pm IOP group?"),
    ("vip", "VIP flag on {vip} (yes, the county commissioner). starts IOP {hdate}. chart is break-the-glass, pls do NOT say the name at the front window"),
    ("hipaa", "{pt}'s mom {mom} keeps calling the front desk from {phone} asking if {pt_he} dosed today. no ROI on file so we can't confirm or deny (Part 2). who wants to call her back w/ the script?"),
    ("", "@opsbot draft an appeal letter to {payer} for {pt}, DOB {dob}, member {mid}, DOS {hdate} through {hdate2}. denial reason was 'not medically necessary' for IOP"),
    ("money complaint", "pt {pt} says {pt_he} got charged twice this month, acct {acct}, card ending {lastfour}. can billing reverse the 2nd charge ({price})?"),
    ("money", "{pt_f} is on the phone paying {pt_his} balance — card {cc} exp {exp}, billing zip {addr_zip}. can you run it? {pt_he}'s waiting"),
    ("records", "Records request from {hosp} for {pt} (MRN {mrn}). 42 CFR Part 2 consent attached + signed. they want everything from {hdate} to present"),
    ("court", "{pt_l}'s SCRAM bracelet (serial {scram}) logged a drinking event overnight {hdate}. {prob} wants our clinical take before the hearing on {cdate}"),
    ("", "Soberlink unit {sober} assigned to {pt} hasn't synced since {hdate}. vendor says swap it — who has the spare?"),
    ("", "someone's been parking in the ADA spot every morning, plate {plate}. front desk thinks it's {pt}'s car (7am dosing). can security have a word w/ {pt_him}?"),
    ("", "addr change for {pt}: {addr}. new cell {phone}. pls update in Kipu AND Methasoft"),
    ("", "{pt_f} moved out to {addr_town} and can't make daily dosing anymore, can we look at a transfer to the {site} site?"),
    ("", "front desk: can't find {pt_inv} in Kipu, DOB {dob}. could {pt_he} be under a different last name?"),
    ("escalation emoji", "really sad news — {pt} passed away {hdate}, overdose per the family. pls close out dosing and loop in {st_f} for the critical incident review 💔"),
    ("escalation", "Narcan administered 2nd floor restroom 11:40 today ({hdate}). pt {pt}, responded after 2 doses, AMR transported to {hosp}. incident report filed"),
    ("", "SSN for {pt} is {ssn}, the intake form had it wrong. billing needs it for the OHP app"),
    ("typo", "ssn {ssn_obf} for {pt_f} — sorry typing on my phone lol"),
    ("", "{pt} switched to a Medicare Advantage plan, new MBI {mid_mbi}, eff {mdate}. pls rerun eligibility before {pt_his} next visit"),
    ("age", "{pt} is {oldage} and still takes the bus to dosing every morning. {pt_his} son {son} is asking about home delivery. do we even do that?"),
    ("", "{pt_f}'s guardian is {poa} (court appointed), {poa_he} has to sign everything incl. the Part 2 consent. {poa_his} cell is {phone}"),
    ("", "guy named {bf} came to the window asking for {pt_f}, said he's the boyfriend. we didn't confirm anything. fyi there's a no-contact order in {pt_his} chart"),
    ("lc", "{pt} called, wants to move {pt_his} induction to {hdate} bc of work. is {st_f} free that morning?"),
    ("", "{pt_f}'s sponsor {sponsor} called to say {pt_he}'s been at {hosp} since {hdate}. can we hold the dosing slot"),
    ("url", "here's {pt_f}'s chart in the new portal: {ptlink_portal} — can you check if the consent actually uploaded?"),
    ("slack-markup url", "{ptlink_slack} {pt_l} intake packet, page 2 of the ROI is missing"),
    ("", "{pt} couldn't get into the telehealth room so I sent the link to {pt_email}. appt was {hdate} at 3"),
    ("slack-markup", "pls send {pt_f}'s discharge summary to {pt_mailto}, {pt_he} needs it for the sober living house"),
    ("slack-markup", "callback for {pt} re: missed dose — {phone_tel}"),
    ("", "{pt_f} ph# {phone_fw}"),
    ("", "{pt_f} gave {pt_his} number as {phone_sp}, can someone text {pt_him} the appt reminder"),
    ("", "{pt_f}'s email is {pt_eobf} (that's literally how {pt_he} wrote it on the form lol)"),
    ("structured multiline", gen_ehr_export),
    ("", "{pharm} called about {pt}'s bup script, they need {st_dr}'s DEA # on it: {dea}"),
    ("", "{pt_l} missed 3 days ({hdate}, {hdate2}, {hdate3}) so per policy needs a re-eval before dosing. {st_f} can you flag it"),
    ("", "{pt} due for next Sublocade inj {hdate2}, last one was {hdate}. pharmacy needs 48h notice to order"),
    ("employee-health", "can we get {emp_f} connected with EAP? {emp_he} told me {emp_he}'s been struggling since {emp_his} dad died and is starting FMLA {hdate}. pls keep this quiet"),
    ("employee-health", "{emp} tested positive for covid {hdate}. {emp_he} ran the 10am group on {dow} — do we notify the group members?"),
    ("employee-health", "pre-employment UDS for {emp} came back non-negative. HR wants to talk to {st_f} before the offer goes out"),
    ("complaint", "complaint from {pt} ({phone}): says front desk 'announced my name in the lobby'. wants a call from {st_f} today"),
    ("referral", "looking for a detox bed for {pt}, {age} y/o, {payer}. {pt_he}'s in the {hosp} ED right now. anyone have a contact at {detox}?"),
    ("ticket", "Kipu won't let me merge MRN {mrn} into {mrn2} (dup chart, same person). opened {ticket}"),
    ("money", "HAR {acct} shows $0 but the pt got a statement for {price}. can someone look? {pt_f} is pretty upset"),
    ("", "{pt} — Vivitrol inj given {hdate}, next due {hdate2}. pharmacy needs 48h notice to order"),
    ("court", "need a letter for {pt_f}'s attorney saying {pt_he}'s been compliant since intake on {hdate}. atty is {atty} at {firm}, {atty_email}"),
    ("court", "DHS caseworker {cw} is asking for {pt}'s attendance for the custody review on {cdate}. do we have an ROI for DHS??"),
    ("", "VOB for {pt}: {payer} active, member {mid}, group {grp}, $0 copay for H0020"),
    ("", "pharmacy transfer for {pt}: fax the rx to {pharm} at {fax} attn pharmacist"),
    ("escalation", "welfare check requested for {pt} at {addr}. hasn't dosed since {hdate} and isn't picking up {phone}"),
    ("", "{pt_f} is couch surfing rn, no fixed address. mail can go to {addr_pobox}"),
    ("age", "{pt_f}'s only emergency contact is {pt_his} grandma {gma}, {oldage} and hard of hearing. call {phone} and let it ring a long time"),
    ("age", "{pt}, {oldage_sp}, wants to taper off methadone completely. {st_dr} wants a family meeting first"),
    ("age", "outreach home visit list: {pt} (age {oldage}) in {addr_town}, {pt2} in {addr2_town}"),
    ("escalation", "DOSING ERROR: {pt_inv} got {dose} instead of {dose2} on {hdate}. {st} notified {st2_dr}, pt monitored 1 hr, vitals fine. RL report done"),
    ("", "{ptw_f} is pregnant, EDD {hdate}. referral to the perinatal program at {hosp} went out today"),
    ("", "UDS for {pt_l} from {hdate} came back + xylazine, first one we've seen at {site}. {st_dr} wants to see {pt_him} at dosing tmrw"),
    ("", "ins card pic for {pt_f}: {payer} ID {mid}, RxBIN 004336, group {grp}. uploading to the chart now"),
    ("", "ride for {pt} to dosing booked w/ Ride to Care for {hdate}, pickup at {addr_street} 6:45am"),
    ("ip-address", "portal audit: someone logged into {pt}'s account from {ip} at 3am, pt says it wasn't {pt_him}. IT pls look"),
    ("complaint", "{pt_f}'s car got towed from our lot, VIN {vin}, and now {pt_he} wants us to pay the tow. ???"),
    ("", "{pt} needs a letter for the DMV re: ignition interlock. DL # {dl}. {st_f} can you draft, {st2_dr} signs"),
    ("", "{pt_f} left {pt_his} hearing aid in {room}, serial on it is {haid}. it's in the lost & found drawer at front desk"),
    ("emoji", "{pt_l} has a Dexcom on {pt_his} arm (serial {cgm}) and it keeps alarming in group 😅 can nursing take a look"),
    ("", "{pt_f} brought {pt_his} kid {kid} to dosing again. we can't have kids in the dosing area, can someone talk to {pt_him}"),
    ("", "{pt} (goes by {pt_nick}) is on the waitlist for the 6am slot, {pt_his} PO is pushing for it"),
    ("business-contact", "new Indivior rep is {rep}, {rep_email}, cell {phone}. {rep_he}'s doing a Sublocade in-service {mdate}"),
    ("business-contact", "call my cell if the dosing pumps go down this weekend: {phone}. don't page {st_f}, {st_he}'s off"),
    ("ip-address", "IT contractor needs {ip} whitelisted for the Methasoft VPN tunnel, {ticket}"),
    ("business-contact slack-markup", "for PA questions going forward email {st_mailto}, not me 🙏"),
    ("credentialing", "credentialing for {st_dr}: WA license {lic_wa}, DEA {dea}, NPI {npi}. CAQH is updated"),
    ("credentialing", "{st} will drive the outreach van (plate {plate}), insurer needs a copy of {st_his} DL {dl} by {mdate}"),
    ("money", "corporate Amex for the NatCon registration: {cc}, exp {exp}. {exec_f} approved"),
    ("ip-address", "firewall is blocking {ip}, that's the lab interface box in the server closet. {ticket}"),
    ("", "VM from {phone} at 7:52, said it's {pt_f}, calling about {pt_his} dose. no last name"),
    ("", "{dad} (dad) called asking about {pt_f}'s appt on {hdate}. he's on the ROI so ok to discuss"),
    ("court", "{pt_f}'s court sheet needs our signature for the {hdate} group, {pt_he} left it at the window"),
    ("records", "ME's office called: {pt}, DOB {dob}, died {hdate}. they're requesting the last 6 months of records"),
    ("escalation", "{pt} admin discharged {hdate} for threatening staff. barred from {site} site, security has {pt_his} photo"),
    ("", "transfer-in from {otherotp}: {pt}, last dose {hdate} {dose}. their nurse {st} is at {phone_ext}"),
    ("slack-markup", "{mention} can you call {pt_f}'s wife {wife} back? {phone}"),
    ("", "@opsbot remind me to call {pt_f} at {phone} tomorrow 10am re: {pt_his} PA"),
    ("", "@opsbot translate into spanish for {pt_f}'s mom {mom_f}: 'the appointment is on {hdate} at 9am, please bring the insurance card'"),
    ("", "@opsbot what's the dosing history for {pt_inv}? need last 14 days for the prescriber"),
    ("", "{pt_f}'s therapist is leaving, can we reassign {pt_him} to {st_f}? {pt_his} next appt is {hdate}"),
    ("lc typo", "hey is {pt} still on the list for {hdate}? {pt_his} wife said {pt_he} was sick"),
    ("", "got a text from {phone} saying it's {pt_f} and {pt_he} lost {pt_his} lockbox on the MAX. take-homes were for {hdate} and {hdate2}"),
    ("", "{pt_f} 🎉 finally got housing!! moving to {addr} next week, please update {pt_his} address"),
    ("multiline", "Can you check this for me\n\n{pt_mi}\n{addr_ml}\nDOB {dob}\n\nmail keeps coming back"),
    ("", "is the ROI for {pt}'s partner {partner} still valid? {partner_he} wants to come to the family session {hdate}"),
    ("", "{pt} tried to pick up take-homes early (they're for {hdate}). told {pt_him} no. fyi {st_f}"),
    ("escalation", "{pt_f} said in group that {pt_he} has a plan and access to a gun. {st_f} did the C-SSRS, {pt_he}'s going to {hosp} with {pt_his} brother {bro}"),
    ("", "prior auth approved for {pt}, {payer}, good from {mdate} through {mdate2}"),
    ("", "{pt} is asking why {pt_he} was billed for {cpt} on {hdate}. {pt_he} says {pt_he} only came in to dose"),
    ("", "letter for {pt}'s employer: {pt_he} was seen here on {hdate} and {hdate2}. no dx on the letter obviously"),
    ("typo", "recieved refferal for {pt} dob {dob} from {doc_dr} at {hosp}, pt wants suboxone not methadone"),
    ("", "{pt_f}'s mom {mom} dropped off {pt_his} meds list. she said {pt_he} had a seizure on {hdate}, should that go to {st_dr}?"),
    ("lc", "{pt_l} overdosed in the parking lot again, ems came, {pt_he} refused transport. that's twice since {hdate}"),
    ("structured multiline", "Intake checklist — {pt}\n[x] photo ID ({dl})\n[x] ins card ({mid})\n[ ] SSN card\n[x] UDS collected {hdate}\n[ ] Part 2 consent"),
    ("", "{pt_f}'s daughter {dau} called to say {pt_he} is in the ICU at {hosp}, admitted {hdate}. hold dosing"),
    ("", "discharged from {detox} {hdate}, {pt} wants to re-start methadone. {pt_his} last dose here was {hdate2}"),
    ("vip", "heads up: {vip} from the news is a new client at {site}. first appt {hdate}. no one says the name out loud"),
    ("", "{pt} wants {pt_his} records sent to {pt_his} new PCP. fax {fax}, PCP is {doc_dr}"),
    ("", "court-ordered assessment for {pt_inv} scheduled {hdate} 1pm w/ {st_f}. PO is {prob}, {prob_email}"),
    ("", "{sis} (sister) is picking up {pt_f}'s take-homes {hdate} bc {pt_he}'s in the hospital. do we have the proxy form?"),
    ("", "{pt_f} is staying with {pt_his} aunt {aunt} in {addr_town} until {pt_his} lease starts"),
    ("", "billing: {pt}, guarantor is {pt_his} dad {dad}, acct {acct}, paying {sprice}/mo on a plan"),
    ("evasion", "member id is {mid_zw} for {pt_f}, copy paste from the portal, sorry if weird"),
    ("", "*ALERT* {pt:b} is not to be dosed until {st_dr} sees {pt_him} (pos for benzos {hdate})"),
    ("", "does {pt_l} still have the Bridge device on (serial {bridge})? {pt_he} says it fell off {hdate}"),
    ("", "group note for {hdate}: {pt_fi} shared about relapse, {pt2_fi} celebrated 90 days"),
    ("", "chart {mrn} — UA from {hdate} is missing from the lab interface, Dominion says they resulted it"),
    ("", "pls pull MR# {mrn} and check if the consent covers {pt_his} probation officer. {pt_he} says it does"),
    ("", "{pt_f} says {pt_his} new number is {phone_obf}"),
    ("multiline", "fwd from {pt_f}:\n> hi this is {pt} i cant make it today my kid is sick can i dose tmrw instead\n> {phone}"),
    ("", "need someone to call {pt_f}'s grandpa {gpa} ({phone}), he's {oldage} and confused about the pickup times"),
    ("", "intake for {pt} moved from {hdate} to {hdate2}, interpreter (Somali) rebooked too"),
    ("lc emoji", "omg {pt_f} just brought the whole front desk donuts for {pt_his} 1 year 🍩 ({pt_he} started here {hdate_s} last year)!!"),
    ("employee-health", "{emp} had a needle-stick on {hdate} cleaning up after group. occ health at {hosp} saw {emp_him}, baseline labs done"),
    ("employee-health", "workers comp for {emp_f}: slipped in the back lot {hdate}, sprained wrist. claim # pending, {emp_he}'s on light duty"),
    ("employee-health", "{emp_f} is out on medical leave from {hdate} to {hdate2}, pls don't ask {emp_him} about it when {emp_he}'s back"),
    ("employee-health", "staff member {emp} was assaulted by a client at the dosing window {hdate}. police report filed, EAP contacted"),
    ("", "Sublocade order for {pt} — ship to clinic, pt DOB {dob}, MRN {mrn}, inj date {hdate}"),
    ("", "got the fax from {hosp}: {pt} discharged {hdate} on 30mg methadone, wants to continue here. d/c summary in the scan queue"),
    ("", "{pt_f} wants to add {pt_his} boyfriend {bf} to the ROI so he can drive {pt_him} to dosing"),
    ("", "can someone confirm {pt}'s address? chart says {addr_street} but the court letter went to {addr2_street}"),
    ("", "who left a copy of {pt_f}'s SSN card on the copier?? ({ssn}) shredded it. please don't do that"),
    ("", "{pt} on the phone asking for {pt_his} account balance, acct {acct}, can billing call {pt_him} at {phone}"),
    ("", "{pt_invl} — DOB {dob} — {payer} {mid} — needs re-auth by {mdate}"),
    ("", "pls change {pt_f}'s counselor from {st_f} to {st2_f}, {pt_he} asked for a woman counselor. effective {pt_his} next appt {hdate}"),
    ("evasion", "SSN is {ssn_ns} for {pt}, the OHP app keeps rejecting it"),
    ("", "{pt_f}'s PO {prob} just called from {phone}: {pt_he} missed check-in, asked if {pt_he} dosed today. ROI covers attendance only"),
    ("", "{pt_f} wants to bring {pt_his} service dog into the dosing room. {pt_his} letter is from {doc_dr}, is that enough?"),
    ("multiline", "From: {pt_email}\nSent: {dow}\nSubject: appointment\n\nhi i need to reschedule my appt on {hdate} please call me {phone}\n{pt_f}"),
    ("", "{pt_f}'s appt on {hdate} was billed under {pt2}'s chart ({mrn}) by mistake. need a corrected claim"),
    (r"multiline", "Re: {pt} — ROI\n\nHi {st_f},\nAttached is the signed release for {pt_his} probation officer {prob}. {pt_He} sees {pt_his} PO on {cdate}.\nThanks,\n{st2}\n{st2_email}"),
    ("", "{pt_f} was hospitalized {hdate}–{hdate2} for endocarditis, back on dosing as of today. {st_dr} wants a PICC line note in the chart"),
    ("", "can you add {pt_f}'s emergency contact: {rel}, {phone}, relationship: cousin"),
    ("", "{pt} turns {oldage} next month lol, we should do something"),
    ("", "Sublocade REMS form for {pt_inv} is missing the inj date ({hdate}) and lot number"),
    ("typo", "{pt_f} cant come in {hdate} {pt_his} car broke down, plate {plate} is in the shop. can {pt_he} get a take home?"),
    ("", "who has {pt}'s tablet? {pt_he} left it at the dosing window, it's got {pt_his} name on the back"),
    ("", "{pt_f} lives in {addr_town} and the Ride to Care van won't go that far. any ideas?"),
    ("", "heads up {pt} shows up as {pt_inv} in Methasoft and {pt_invl} in Kipu — dup? {st_f} can you check"),
    ("url", "{pt_f}'s sister {sis_f} set up a page for updates while {pt_he}'s in the ICU: {ptlink_cb}"),
    ("url slack-markup", "telehealth link for {pt} on {hdate} 2pm: {ptlink_teleslack}"),
    ("url", "@opsbot open {ptlink_portal} and tell me if the ROI for {pt_l} is signed"),
    ("ip-address", "Kipu audit log: {pt}'s portal was accessed from {ip} and {ip2} on {hdate}. pt says {pt_he} only used {pt_his} phone"),
    ("ip-address", "telehealth for {pt_f} kept dropping, Zoom dashboard shows client IP {ip}, prob {pt_his} hotspot"),
    ("money", "{pt} wants to keep a card on file for copays: {cc_spc}. pls don't paste card numbers in slack next time"),
    ("money", "refund to {pt_f}'s card {cc} for the double charge on {hdate}"),
    ("multiline", "Medicaid app for {pt_mi}:\nSSN {ssn}\nDOB {dob}\naddr {addr}"),
    ("", "{pt_f} called back, {pt_he} read {pt_his} ssn out as {ssn_sp}. can you fix it in the chart"),
    ("", "SSN {ssn_fw} for {pt_invl}"),
    ("", "chart # {mrn_spc} — can someone scan {pt_f}'s ROI into it"),
    ("", "{mrn:c} is the right chart for {pt}, {mrn2:c} is the dup"),
    ("", "{pt_inv} MRN {mrn_fw} — pls check the dose on file"),
    ("", "{pt_f}'s medicaid # is {mid_spc}"),
    ("money", "guarantor acct {acct} ({pt_invl}) went to collections by mistake, pls recall it"),
    ("court", "{pt}'s SCRAM unit {scram} is rubbing a wound on {pt_his} ankle, can we write to the court asking for removal?"),
    ("", "{pt_f} is sleeping in {pt_his} car in our lot overnight, white Corolla plate {plate}. security wants to call it in, I said let me talk to {pt_him} first"),
    ("", "copy of {pt}'s ID for the chart: DL {dl}, exp {exp}"),
    ("", "{pt}'s email bounced ({pt_email}), pls verify at check-in"),
    ("", "{pt_f} asked us to send the letter to {pt_his} attorney, wrote the email as {atty_eobf}"),
    ("", "{pt_f}'s mom {mom_f} said to call her work line instead: {phone_ext}"),
    ("", "{pt} — new address {addr_nozip}, zip {addr_zip}"),
    ("", "{pt} DOB {dob} — intake {hdate}, induction {hdate2}, first take-home {hdate3}"),
    ("age", "{pt_f} will be {oldage} on {pt_his} birthday {hdate} and wants a cake at dosing lol"),
    ("lc", "{pt_nick} (aka {pt}) is back in the lobby asking for {st_f} again"),
    ("money", "the Amazon order for the group supplies went on the clinic card {cc} — {exec_f} wants receipts by {mdate}"),
    ("structured multiline", "Pt: {pt_inv}\nMRN: {mrn}\nHAR: {acct}\nPlan: {payer} / {mid}\nAdmit: {hdate}"),
    # generated lists / tables
    ("structured", gen_dosing_table),
    ("structured", gen_pa_table),
    ("structured", gen_waitlist),
    ("structured", gen_attendance),
    ("structured", gen_intakes),
    ("structured", gen_missed_callbacks),
    ("structured court", gen_court_list),
    ("structured employee-health", gen_emp_health),
    ("structured", gen_takehome),
    ("structured", gen_roster_addr),
]


# ----------------------------------------------------------------------------- clean frames (hard negatives)
CLEAN_FRAMES = [
    ("calendar exec-name", "reminder: all-staff huddle {mdate} at {time} in {room}. {exec} is going over the {fy} budget, come with questions"),
    ("version ticket", "Methasoft upgrade to {ver} scheduled for {mdate} after last dose. pumps offline ~30 min. {ticket}"),
    ("po money", "{ponum} for the Narcan kits ({n} cases, {price}) is approved. {supplier} says it ships {mdate}"),
    ("emoji", "who has the key to {room}? {st_f} locked the group supplies in there again 🙃"),
    ("ssn-topic hipaa", "can we PLEASE stop asking for full SSN at intake? the OHP app doesn't need it at the front desk, last 4 is plenty for us"),
    ("mrn-topic", "Kipu is moving to 10-digit MRNs on {mdate}. old ones get zero padded, no action needed unless you have saved reports"),
    ("npi", "NPI for the new {site} site is {npi}, taxonomy 261QR0405X. use it on all claims after go-live"),
    ("cpt", "billing q: is H0020 per dose or per day for {payer}? and does 99214-25 stack with it on induction day"),
    ("icd", "updated dx cheat sheet is on the S: drive — F11.20, F11.21 (remission), F11.23, F10.20, F15.20, Z79.891 for long-term opiate tx"),
    ("age-aggregate", "census today: {big} dosed, {n} guest doses, and we have 3 pts over 90 on the roster now which is wild"),
    ("facility-address zip-like", "new letterhead address for {site}: {fac}. old suite number is still on the fax cover too"),
    ("calendar", "{st_f} is out {mdate} for the ASAM conference, {st2_f} is covering {st_his} 1pm group"),
    ("calendar", "DEA inspection prep: vault log audit {mdate}, full inventory count {mdate2}. {st_dr}'s registration renewal is due end of month, no stress"),
    ("ext emoji", "pharmacy window is {ext}, front desk {ext2}, nursing station {ext3}. stop calling my personal cell 😂"),
    ("calendar", "case consult zoom: {zoomurl} (meeting ID {zoomid}, passcode is in the invite)"),
    ("hipaa calendar", "Part 2 refresher is mandatory by {mdate}. module is in Relias, link also on the intranet: {intranet}"),
    ("money", "invoice {inv} from {supplier} for {price} — is that the UA cups or the breathalyzer mouthpieces? can't tell from the PO"),
    ("", "heads up {payer} is moving IOP auths from 90-day to 60-day starting {fy}. UR is going to be busy"),
    ("", "staff benefits: the {payer} group # for the new plan is {grp}, cards should arrive by {mdate}"),
    ("ticket", "printer on 2 is jammed again, print job 4471 stuck in the queue. {ticket}"),
    ("", "does anyone have a contact at {pharmaco}? need to reorder samples before the {mdate} training"),
    ("calendar emoji", "{dow} all-hands moved to {room}. lunch from {restaurant} 🍕"),
    ("multiline exec-name", "-----Original Message-----\nFrom: {exec}\nSent: {dow} {mdate} {time}\nTo: All Staff\nSubject: {q} census targets\n\nTeam — we ended the quarter at {big} active clients. Target for next quarter is {big2}. Thank you for everything you do.\n{exec_f}"),
    ("hipaa", "Effective {mdate}, take-home eligibility follows the updated 42 CFR 8.12 criteria. revised step schedule attached, pls read before staffing"),
    ("", "a {age}yo walk-in was asking about methadone, gave him the intake packet and the hours. didn't leave a name"),
    ("facility-address zip-like", "the Tigard site ZIP is 97223 not 97224, the signage vendor printed it wrong on the door decal"),
    ("money", "Sublocade 300mg is now {subprice} per syringe thru {supplier}, was {subprice2} last quarter. {exec_f} wants to revisit the buy-and-bill math"),
    ("", "@opsbot how many intakes did we do in {q}? broken out by payer pls"),
    ("", "pump 2 (serial {pumpserial}) was off by 0.5 mL on the AM calibration. {st_f} and {st2_f} recalibrated, it matches now"),
    ("version", "laptop {asset} goes to {st}, image it with build {build}"),
    ("credentialing", "{st_dr}'s WA license lapses {mdate}, renewal is submitted, just waiting on the board"),
    ("calendar", "court liaison mtg with {county} County probation moved to {mdate} {time}. {prob} and {prob2} from their office will be there"),
    ("slack-markup", "{mention} can you approve timecards before {mdate}? payroll closes at noon"),
    ("money", "crisis line vendor contract ({crisisco}) renews {mdate} at {price}/mo. {exec} wants options"),
    ("", "who's covering the methadone window {dow}? {st_f} has jury duty"),
    ("emoji", "{st_f} is back from PTO 🎉🎉 welcome back!!"),
    ("exec-name", "board packet: {exec} wants the OD numbers by {mdate}. aggregate only, no names, no dates of service"),
    ("age-aggregate", "we have 2 clients over 90 on home delivery now and no written policy for it. can clinical leads take this up?"),
    ("version", "version check pls: Kipu {ver}, Methasoft {ver2}, Chrome {chromever}. still seeing the dose label printing bug"),
    ("calendar", "CARF survey is {mdate}–{mdate2}. {room} is the surveyor workroom, don't book it"),
    ("hipaa mrn-topic", "reminder: no client names in Slack. use the Kipu message center, or chart # inside Kipu only"),
    ("hipaa", "new fax cover sheet template is on the S: drive, it has the Part 2 redisclosure language at the bottom"),
    ("money", "staff lunch DoorDash was {sprice}, went on the corporate card ending {lastfour}"),
    ("po", "order #{orderno} from {supplier} (urine cups 2000ct) delivered to the {site} dock"),
    ("facility-address", "parking lot at {fac} is getting repaved {mdate}. clients should park on the street, pls tell everyone at dosing"),
    ("cpt", "what's the code for group again, 90853? and H0005 for the OHP folks?"),
    ("", "is the {site} site closed for the holiday? need to tell the guest-dose folks"),
    ("ticket", "Kipu down for everyone? getting a 502 on login. {ticket}"),
    ("emoji", "{st} passed the CADC II exam!! 🎉"),
    ("calendar", "can we move supervision to {time}? I have an intake at 10"),
    ("", "the alarm code for the back door changed, ask {st_f} in person, not over slack"),
    ("money", "petty cash count is short {sprice}, {st_f} and I recounted twice"),
    ("version", "Zoom client needs to be {ver} or newer for the telehealth waiting room to work"),
    ("", "dosing line is backed up into the street, we're down a nurse today. can anyone from intake help with check-in?"),
    ("npi", "for the grant report: our group NPI is {npi}, EIN is on the W-9 in the shared drive"),
    ("money", gen_payer_mix),
    ("calendar exec-name", "{exec} will be at the {county} County commissioners meeting {mdate} presenting the OTP expansion"),
    ("", "the mobile unit is parked at {site} {dow} and {dow2} now. van needs an oil change, {st_f} is on it"),
    ("", "Narcan vending machine in the lobby needs restocking, we're down to {n}"),
    ("hipaa", "if a PO calls asking whether someone is a patient, without a valid consent the answer is 'I can neither confirm nor deny'. script is pinned in {chan}"),
    ("calendar", "new hire orientation {mdate}: {st}, {st2}, {st3}. {st4_f} please set up their Kipu logins"),
    ("icd", "is F11.21 ok as primary if they're on maintenance? the auditor flagged a few"),
    ("zip-like", "the grant covers residents of the 972xx ZIPs in Multnomah County only, per RFP section 4.2"),
    ("money cpt", "OHP rate for H0020 went to {sprice} effective {mdate}"),
    ("", "Methasoft tech is coming {mdate} to service the dosing pumps, needs an escort"),
    ("", "anyone have the login for the Soberlink partner portal? {st_f} set it up before {st_he} left"),
    ("exec-name", "{exec} (CEO) and {exec2} (CFO) touring the {site} clinic {mdate}. pls make sure the dosing area is tidy"),
    ("", "the methadone delivery from {methco} is late again, 2nd time this month. {st_f} is calling them"),
    ("calendar", "NAADAC webinar on xylazine wound care {mdate} {time}, counts for 1.5 CEUs"),
    ("emoji", "quick poll: holiday party at {restaurant} or in {room}? 🗳️"),
    ("age-aggregate", "QA: {pct} of our census is 65+, 0.4% is 90+. {exec_f} wants a geriatric MAT track"),
    ("ticket", "UA collection room needs a new lock, the old one is broken. {ticket}"),
    ("slack-markup", "<#C04LPQZ7K|otp-dosing> is the channel for dose issues, pls don't DM the nurses"),
    ("version emoji", "Methasoft {ver} release notes say they fixed the take-home bottle label bug 🙌"),
    ("calendar", "how do I book the van for the outreach day {mdate}?"),
    ("", "{st_f} the fax machine is out of toner again, the Brother one by intake"),
    ("money", "grant drawdown for {q} submitted, {bigprice}. {exec_f} signed"),
    ("", "reminder: badge in at the back door after 6pm, the front locks automatically"),
    ("ticket", "Teams keeps crashing on the intake laptops, {ticket} opened"),
    ("po", "please put PO numbers on every invoice going to AP, {st_f} is sending back anything without one (e.g. {ponum})"),
    ("calendar", "peer support training cohort starts {mdate}, 8 seats, sign up w/ {st_f}"),
    ("", "who ordered 40 boxes of gloves lol they're blocking the hallway"),
    ("", "is the {site} pharmacy cert posted? the surveyor will look for it"),
    ("hipaa zip-like", "Q for compliance: can we share census counts by ZIP with the county? I think aggregate is fine but want to confirm"),
    ("calendar", "OTP hours change starting {mdate}: M–F 5:30am–1pm, Sat 7–10am. signage is ordered"),
    ("npi", "{st_dr}'s NPI is {npi} if you need it for the Availity enrollment"),
    ("calendar", "1:1 with {st_f} pushed to {dow} {time}"),
    ("", "the naloxone training for the library staff went great, {n} people trained"),
    ("money", "quote from {itvendor} for the new phones: {price} one-time + {sprice}/mo per seat"),
    ("", "{st} is our new billing lead, send auth questions to {st_him} now"),
    ("version", "Chrome auto-updated to {chromever} and Methasoft label printing is broken again"),
    ("", "does the updated OTP rule still require the 8 counseling sessions in the first 90 days?"),
    ("", "lost and found: black Hydro Flask in {room}, blue lanyard w/ keys at the front desk"),
    ("", "reminder to log naloxone kits handed out on the tracking sheet, we need it for the grant"),
    ("calendar", "{pharmaco} rep dropping off lunch {mdate} for the in-service"),
    ("calendar", "{st_f} and {st2_f} are at the {county} County drug court graduation {mdate}, back after lunch"),
    ("", "anyone know if {detox} has beds today? asking generally, their intake line keeps going to VM"),
    ("credentialing", "credentialing committee {mdate}: {st}, {st2} and {st3_dr} are on the agenda. files need to be complete by {mdate2}"),
    ("credentialing", "{st_dr} DEA registration expires {mdate}, please renew through the DEA portal, don't wait"),
    ("lc", "can someone grab the mail from the {site} po box? {st_f} usually does it on {dow}"),
    ("facility-address", "shipping address for the Sublocade order is the clinic, {fac}, attn pharmacy"),
    ("", "who's on the crisis line hand-off rotation tonight? {st_f} swapped with {st2_f}"),
    ("money", "card for the conference hotel is the one ending {lastfour}, exp {exp} (don't put the full number in here)"),
    ("exec-name", "{exec} approved the extra LPN position for {site}, posting goes up {mdate}"),
    ("", "our {site} site is now accepting guest doses from {otherotp} — they'll fax verification"),
    ("version", "Kipu release {ver} broke the ASAM form again, rolled back to {ver2}. {ticket}"),
    ("calendar", "reminder: fire drill at {site} {mdate} {time}, dosing pauses for 10 min"),
    ("", "is 90 days of take-homes still the cap for step 6? asking for the policy rewrite"),
    ("", "{prob} from {county} County probation wants to do a lunch-and-learn on the new treatment court referral process. thoughts?"),
    ("", "{atty} from {firm} left a VM for {exec_f} about the contract review, nothing client related"),
    ("", "the SCRAM Systems contract is up for renewal, do we even use them anymore or is that all probation now?"),
    ("calendar", "UR meeting moved to {mdate}. {st_f}, can you bring the PA denial stats by payer?"),
    ("money po", "{supplier} credit memo {inv} for {price} applied to {ponum}"),
    ("", "the coffee machine in the break room is broken again ☕💀"),
    ("hipaa", "someone left charts on the printer in {room} overnight. please, please pick up your printing"),
    ("", "{st_f} do we have spanish versions of the take-home agreement? out of copies at {site}"),
    ("ticket", "badge reader at the {site} back door is dead, {ticket} with facilities"),
    ("", "interpreter vendor changed to {interp} for Somali and Vietnamese, same Zoom process"),
    ("calendar", "state OTP licensing visit confirmed for {mdate}, {exec2} will meet them at {site}"),
    ("lc", "anyone going to costco? we're out of cups for the water cooler"),
    ("", "FYI the {site} clinic phone tree is being updated {mdate}, dial-by-name is going away"),
    ("money", "budget vs actual for pharmacy supplies {q}: {price} over, mostly naloxone and test strips"),
    ("exec-name", "{exec} is out {mdate}–{mdate2} (vacation), {exec2} is acting director"),
    ("", "{st_f}, the {labco} invoice for the drug testing is double billed, credit requested"),
    ("age-aggregate", "question from the county: how many of our clients are 90 or older? I said 'fewer than 5', is that ok to say?"),
    ("mrn-topic", "reminder to use the MRN not the Methasoft ID when you send things to billing, they're different numbers"),
    ("ssn-topic", "the new intake form dropped the SSN field, use 'declined' if the client won't provide it"),
    ("emoji", "shout out to the {site} team for 100% dosing accuracy on the audit 🏆"),
    ("calendar", "{st_f} is teaching the QPR suicide prevention class {mdate} {time}, open to all staff"),
    ("", "we got the {county} County opioid settlement grant!! {bigprice} over 2 years for the mobile unit"),
    ("", "reminder to lock the vault before you leave, {st_f} found it open this morning. no count issues"),
    ("url", "telehealth waiting room instructions for staff: {intranet} — and SAMHSA's guidance is at {pubweb}"),
    ("version", "Methasoft build {build} fixes the pump sync issue, {ticket}"),
    ("ssn-topic", "caller verified with last 4 of SSN ({lastfour}) and DOB, then hung up before we got a name. no callback number"),
    ("zip-like", "for the grant report: 97233 and 97266 account for {pct} of new intakes this year"),
    ("calendar", "Zoom for the Part 2 training: meeting ID {zoomid}, {zoomurl}"),
    ("npi", "billing NPI {npi} vs rendering NPI {npi2} — claims are rejecting bc they're swapped on the 837"),
    ("po ticket", "{ticket} / {ponum}: replacement dosing pump ordered, serial of the dead one is {pumpserial}"),
    ("", "who took the Dexcom demo kit from {room}? the rep needs it back"),
    ("hipaa emoji", "OCR breach notification threshold is 500 individuals, ours was 0 this year 🎉"),
    ("ext", "new direct lines are the main number + your 4-digit ext, e.g. {st_f} is {ext}"),
    ("exec-name", "{exec} signs the MOU with {county} County jail for the MOUD-in-custody program {mdate}"),
    ("age-aggregate", "we had {n} clients aged 90+ this year, all on stable doses. nice work nursing"),
    ("", "grant says we serve 'residents of {towncity}' — does that include unincorporated county?"),
    ("calendar", "intake slots next week: {dow} {time}, {dow2} {time2}. send referrals to the queue, not to me"),
    # generated clean tables / lists
    ("structured calendar ext", gen_rota),
    ("structured money po", gen_invoices),
    ("structured calendar", gen_groups),
    ("structured age-aggregate", gen_metrics),
    ("structured ticket", gen_tickets),
    ("structured calendar", gen_pto),
    ("structured hipaa", gen_training),
    ("structured version", gen_versions),
    ("structured calendar", gen_rooms),
    ("structured money", gen_quotes),
]


# ----------------------------------------------------------------------------- assembly
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number",
            "LICENSE_NUMBER": "license-number", "VEHICLE_ID": "vehicle-id", "DEVICE_ID": "device-id",
            "URL": "url", "IP_ADDRESS": "ip-address", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
LINT = [("email", re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")),
        ("phone", re.compile(r"(?<!\d)\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}(?!\d)")),
        ("ssn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")),
        ("ip", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])"))]
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\U0001F000-\U0001F2FF]|:[a-z_+]+:")


def assemble(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, S):
            if not p.v:
                return None
            spans.append((p, len(text.encode("utf-8"))))
            text += p.v
        else:
            text += p
    b, pos = text.encode("utf-8"), 0
    for sp, start in spans:   # same left-to-right matching as check_phi_corpus.py
        v = sp.v.encode("utf-8")
        i = b.find(v, pos)
        if i != start:
            return None
        pos = i + len(v)
    return text, spans


def lint_literals(parts):
    lits = "\u0001".join(p for p in parts if not isinstance(p, S))
    return [name for name, rx in LINT if rx.search(lits)]


def make_tags(ftags, text, spans, business):
    tags = []
    for t in ftags.split():
        if t != "lc":
            tags.append(t)
    for sp, _ in spans:
        tags.append(TYPE_TAG[sp.t])
        tags.extend(sp.tags)
    if "\n" in text:
        tags.append("multiline")
    if EMOJI_RE.search(text):
        tags.append("emoji")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
        tags.append("fullwidth")
    if "\u200b" in text or "\u00a0" in text:
        tags.append("zero-width")
    if re.search(r"<(?:@|#|https?:|mailto:|tel:)", text):
        tags.append("slack-markup")
    if any(c.isalpha() for c in text) and text == text.lower():
        tags.append("lowercase")
    if spans and business:
        tags.append("business-contact")
    out = ["phi" if spans else "clean"]
    for t in tags:
        if t not in out and t not in ("phi", "clean"):
            out.append(t)
    return out


def make_message(r, frame, want_phi):
    ftags, tpl = frame
    for attempt in range(300):
        ctx = Ctx(r)
        t = tpl(r) if callable(tpl) else tpl
        parts = build(ctx, t)
        if "lc" in ftags.split():
            parts = apply_spec(parts, "lc")
        res = assemble(parts)
        if res is None:
            continue
        text, spans = res
        if bool(spans) != want_phi:
            raise AssertionError("frame %r produced %d spans" % (t[:60], len(spans)))
        bad = lint_literals(parts)
        if bad:
            raise AssertionError("literal text looks like %s in frame %r: %r" % (bad, t[:60], text))
        business = "business-contact" in ftags.split()
        return text, spans, make_tags(ftags.replace("business-contact", ""), text, spans, business)
    raise RuntimeError("could not place spans for frame %r" % (tpl if isinstance(tpl, str) else tpl.__name__))


def main():
    r = random.Random(SEED)
    plan = [(f, True) for f in PHI_FRAMES] + [(f, False) for f in CLEAN_FRAMES]
    plan += [(r.choice(PHI_FRAMES), True) for _ in range(N_PHI - len(PHI_FRAMES))]
    plan += [(r.choice(CLEAN_FRAMES), False) for _ in range(N_CLEAN - len(CLEAN_FRAMES))]
    r.shuffle(plan)
    lines = []
    for n, (frame, want_phi) in enumerate(plan, 1):
        text, spans, tags = make_message(r, frame, want_phi)
        item = {"id": "hu-%04d" % n, "text": text,
                "spans": [{"type": sp.t, "value": sp.v} for sp, _ in spans], "tags": tags}
        lines.append(json.dumps(item, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    nphi = sum(1 for _, w in plan if w)
    print("wrote %s: %d messages (%d PHI, %d clean) from %d frames (%d PHI, %d clean)" % (
        OUT, len(plan), nphi, len(plan) - nphi, len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
