#!/usr/bin/env python3
"""Generate labelled chat messages (prefix gp) for the PHI guard test corpus.

Theme: back office and leadership -- revenue cycle and billing, HIM / release of
information, compliance and privacy, executives and practice administrators
delegating errands to an assistant bot, with patients mentioned in passing.

Standard library only, fixed seed: running it twice gives the same bytes.
Output: generated_gp.jsonl next to this script, raw format read by
check_phi_corpus.py ({"id","text","spans":[{"type","value"}],"tags"}).

Messages are assembled segment by segment; every PHI value is its own segment,
so the span list is exact.  Each message is then re-checked the way the checker
locates values (left-to-right substring search) and re-drawn if a value would
be found at a different place than where it was written.
"""
import json
import os
import random
import re
import unicodedata

SEED = 5512031
N_TOTAL = 1500
N_CLEAN = 675          # 45 %
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gp.jsonl")

# ---------------------------------------------------------------------------
# Name pools (written for this generator)
# ---------------------------------------------------------------------------
FEMALE = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie
Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Pamela Nicole Anna
Samantha Katherine Christine Debra Rachel Carolyn Janet Olivia Heather Helen Catherine Diane
Gloria Evelyn Mildred Doris Bernadette Loretta Eileen Maureen Agnes Gertrude Hope Faith June
May April Rose Joy Crystal Summer Dawn Iris Destiny Patience Amber Ruby Pearl Penny Autumn
Violet Lily Ivy Holly Mercy Grace Charity Star Jewel Harmony Melody Precious Sunny Honor Brook
Gale Sandy María Guadalupe Carmen Rosa Lucía Ana Sofía Isabel Valentina Ximena Esperanza
Marisol Yolanda Consuelo Dolores Catalina Paloma Inés Beatriz Rocío Milagros Luz Conceição
Fernanda Letícia Vitória Graça Huong Linh Phuong Ngoc Hoa Trang Thuy Lan Mei Xiaoling Yan Jing
Hui Xiu Seo-yeon Eun-ji Ha-eun Ji-woo Yuki Sakura Aiko Emi Priya Ananya Deepa Lakshmi Kavya
Meera Sunita Pooja Shreya Harpreet Jaspreet Fatima Aisha Layla Mariam Noor Zainab Samira Huda
Ngozi Abena Adaeze Amara Ifeoma Thandiwe Chiamaka Fatoumata Tigist Marie-Claire Rose-Marie
Ginette Fabienne Claudette Renée Chloé Amélie Nadège Mirlande Agnieszka Svetlana Olena
Katarzyna Irina Jelena Vesna Nadia Oksana Ingrid Astrid Sigrid Greta Liesel Siobhan Niamh Aoife
Saoirse Brigid Francesca Giovanna Rosaria Eleni Athena Zoë Noemi Leilani Aroha Cheyenne Dakota
Winona Trudy Peggy Bernice Velma Opal Hazel Mabel Ethel Lorraine Tamika Latoya Keisha Shaniqua
Ebony Imani Precious
""".split()

MALE = """
James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy
Ronald Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon
Benjamin Samuel Gregory Alexander Patrick Raymond Jack Dennis Jerry Tyler Aaron Walter Harold
Eugene Francis Leo Bernard Will Grant Bill Hunter Chase Rich Frank Art Bud Sonny Rusty Dusty
Rocky Miles Reed Cash Lane Drew Heath Forrest River Sky Justice Royal Major Deacon Pat Sandy
José Juan Luis Jesús Alejandro Francisco Miguel Javier Diego Carlos Rafael Fernando Ramón
Héctor Ignacio Joaquín Mateo Santiago Andrés João Gonçalo Thiago Rodrigo Minh Tuan Quang Duc
Bao Thanh Wei Jun Hao Zhiwei Qiang Min-jun Hyun Sung-min Haruto Kenji Hiroshi Takeshi Rahul
Arjun Vikram Sanjay Rohan Aditya Ravi Nikhil Gurpreet Mohammed Ahmed Omar Yusuf Khalid Hassan
Tariq Karim Chinedu Kwame Oluwaseun Tendai Kofi Sipho Babajide Mamadou Abebe Jean-Baptiste
Jean-Pierre Wesner Lucien Étienne Benoît Gaël Jean-Robert Łukasz Dmitri Bohdan Tomasz Sergei
Milan Zoran Yaroslav Søren Lars Björn Jürgen Dieter Ciarán Seamus Padraig Eoin Declan Giuseppe
Salvatore Vincenzo Dimitrios Konstantinos Spiros Keanu Makoa Tavita Darnell Tyrone DeShawn
Jamal Marcus Terrell Cornelius Ezekiel Otis Clarence Mohamud Abdirahman
""".split()

NICK = {
    "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Bobby"], "Richard": ["Rick", "Dick"],
    "Elizabeth": ["Liz", "Betsy", "Beth"], "Margaret": ["Peggy", "Maggie"],
    "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Cat"], "Patricia": ["Patty", "Trish"],
    "James": ["Jim", "Jimmy"], "Joseph": ["Joe", "Joey"], "Thomas": ["Tom", "Tommy"],
    "Michael": ["Mike", "Mickey"], "Christopher": ["Chris", "Kit"], "Daniel": ["Danny", "Dan"],
    "Anthony": ["Tony"], "Alexander": ["Sasha", "Alex"], "Francisco": ["Paco", "Pancho"],
    "José": ["Pepe", "Joe"], "Guadalupe": ["Lupe"], "Dolores": ["Lola"], "Jesús": ["Chuy"],
    "Dmitri": ["Dima"], "Giuseppe": ["Peppe", "Joe"], "Salvatore": ["Sal"],
    "Vincenzo": ["Enzo", "Vinnie"], "Konstantinos": ["Gus", "Kostas"], "Dimitrios": ["Jimmy", "Takis"],
    "Gertrude": ["Trudy", "Gert"], "Dorothy": ["Dot", "Dottie"], "Eugene": ["Gene"],
    "Francis": ["Frank", "Frankie"], "Deborah": ["Deb", "Debbie"], "Rebecca": ["Becky"],
    "Samuel": ["Sam", "Sammy"], "Edward": ["Eddie", "Ned"], "Jean-Baptiste": ["JB"],
    "Mohammed": ["Mo", "Hamoudi"], "Oluwaseun": ["Seun"], "Babajide": ["Jide"],
    "Nicholas": ["Nick", "Nicky"], "Benjamin": ["Ben", "Benny"], "Barbara": ["Babs", "Barb"],
    "Agnieszka": ["Aga"], "Katarzyna": ["Kasia"], "Bernadette": ["Bernie"], "Harold": ["Hal"],
    "Walter": ["Walt"], "Mildred": ["Millie"], "Loretta": ["Retta"], "Consuelo": ["Chelo"],
    "Ignacio": ["Nacho"], "Rosaria": ["Sara"], "Cornelius": ["Neil"], "Ezekiel": ["Zeke"],
    "Alejandro": ["Alex", "Jandro"], "Jean-Pierre": ["JP"], "Abdirahman": ["Abdi"],
}

SURNAMES = """
Smith Johnson Williams Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee
Thompson White Harris Clark Lewis Robinson Walker Hall Allen Wright Scott Adams Baker Nelson
Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris
Rogers Reed Cook Morgan Bell Murphy Bailey Cooper Richardson Cox Howard Ward Peterson Gray
Watson Brooks Kelly Sanders Bennett Barnes Ross Henderson Coleman Jenkins Perry Powell
Patterson Hughes Brown Green Young King Hill Wood Stone Price Bishop Cash Church Fox Frost Gold
Hope Lamb Law Love Park Rich Sharp Short Small Strong Swift Wise Day Page Mason Hunter Rivers
Waters Banks Means Street Wall Moody Payne Pierce Noble Rose Snow Storm Winter Summers Knight
Bird Crane Lane Marsh Ford Friend Goodman Best Blessing Chance Booth Castle Coffee Cotton Dollar
Field Fish Glass Hardy House Keys Lord Mann Moon Penny Pool Rush Savage Sterling Sweet Tower
Weeks West Good Black Gentry Grant Bush Cross Case Chambers Bond Major Marshall Porter Cole
Ball Bean Berry Bright Hale Holiday Judge Justice Pepper Rice Root Spears Wolf Worth Bills
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera
Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Ruiz Castillo Jiménez Vargas Mendoza Romero
Herrera Medina Aguilar Garcia-Lopez Colón Quiñones Figueroa Ibáñez Villanueva-Soto Oliveira
Souza Pereira Ferreira Costa Rodrigues Almeida Carvalho Medeiros Furtado Pacheco Sousa Nguyen
Nguyễn Tran Le Pham Huynh Hoang Vu Dang Bui Ngo Duong Truong Wang Li Zhang Liu Chen Yang Huang
Zhao Wu Zhou Xu Sun Zhu Lin Guo Ho Chan Wong Leung Cheung Lau Kim Choi Jung Kang Cho Yoon
Jang Lim Shin Sato Suzuki Takahashi Tanaka Watanabe Yamamoto Nakamura Kobayashi Patel Shah
Singh Kumar Sharma Gupta Reddy Iyer Nair Desai Mehta Chatterjee Banerjee Rao Pillai Kapoor
Malhotra Joshi Bhattacharya Venkataraman Al-Hashimi Haddad Khoury Nasser El-Amin Hussein
Abdullah Mansour Saleh Farah Aziz Rahman Qureshi Siddiqui Chaudhry Okafor Adeyemi Mensah Nwosu
Okonkwo Abiodun Diallo Traoré Kamara Mwangi Otieno Banda Ndlovu Tesfaye Haile Boateng Asante
Jean-Louis Pierre Louis-Jacques Desrosiers Dubois Lefebvre Lavoie Bouchard Gagnon Thibodeau Cyr
LeBlanc Ouellette Beaulieu Toussaint Baptiste O'Brien O'Neill O'Sullivan McCarthy McLaughlin
Sullivan Fitzgerald Gallagher Donovan MacDonald McAllister Kavanagh Driscoll Russo Esposito
Romano DiNapoli D'Angelo Ferraro Papadopoulos Georgiou Katsaros Kostopoulos Kowalski Nowak
Wiśniewski Lewandowski Zieliński Ivanov Petrov Kuznetsova Shevchenko Kovalenko Horvat Novak
Popescu Müller Schmidt Schneider Fischer Weber Larsen Johansson Lindqvist Andersen Halvorsen
Kealoha Begay Yazzie Tsosie Warsame Abdi Osman
""".split() + ["de la Cruz", "del Valle", "da Silva", "dos Santos", "van der Berg", "van Dijk",
              "de Vries", "von Stein", "St. Fleur", "St. Pierre", "Lo Bianco", "De Luca",
              "bin Rashid", "Ó Súilleabháin", "Two Bulls", "Running Horse"]

MIDDLE = list("ABCDEFGHJKLMNPRSTVW")

# ---------------------------------------------------------------------------
# Places, organisations, vendors
# ---------------------------------------------------------------------------
TOWNS = [("Dracut", "MA", "018"), ("Amesbury", "MA", "019"), ("Lowell", "MA", "018"),
         ("Methuen", "MA", "018"), ("Haverhill", "MA", "018"), ("Peabody", "MA", "019"),
         ("Lynn", "MA", "019"), ("Revere", "MA", "021"), ("Chelsea", "MA", "021"),
         ("Malden", "MA", "021"), ("Medford", "MA", "021"), ("Quincy", "MA", "021"),
         ("Brockton", "MA", "023"), ("Worcester", "MA", "016"), ("Fall River", "MA", "027"),
         ("New Bedford", "MA", "027"), ("Lawrence", "MA", "018"), ("Salem", "MA", "019"),
         ("Beverly", "MA", "019"), ("Gloucester", "MA", "019"), ("Framingham", "MA", "017"),
         ("Springfield", "MA", "011"), ("Pittsfield", "MA", "012"), ("Nashua", "NH", "030"),
         ("Salem", "NH", "030"), ("Manchester", "NH", "031"), ("Derry", "NH", "030"),
         ("Pawtucket", "RI", "028"), ("Woonsocket", "RI", "028"), ("Chicopee", "MA", "010"),
         ("Taunton", "MA", "027"), ("Leominster", "MA", "014"), ("Fitchburg", "MA", "014"),
         ("Dorchester", "MA", "021"), ("Somerville", "MA", "021"), ("Everett", "MA", "021"),
         ("Tewksbury", "MA", "018"), ("Billerica", "MA", "018"), ("Chelmsford", "MA", "018"),
         ("Andover", "MA", "018"), ("Saugus", "MA", "019"), ("Danvers", "MA", "019"),
         ("Newburyport", "MA", "019"), ("Marlborough", "MA", "017"), ("Attleboro", "MA", "027"),
         ("Plymouth", "MA", "023"), ("Hyannis", "MA", "026"), ("Seabrook", "NH", "038"),
         ("Hudson", "NH", "030"), ("Central Falls", "RI", "028")]

STREETS = ["Tarbox Rd", "Elm St", "Pleasant St", "Washington Ave", "Main St", "Broadway",
           "Chestnut St", "Maple Ave", "Lakeview Ave", "Bridge St", "Mammoth Rd", "Hildreth St",
           "Pawtucket Blvd", "Lowell St", "Prospect Hill Rd", "Summer St", "Spring St",
           "Winter St", "Water St", "High St", "Church St", "School St", "Park St", "Union St",
           "Cedar Ln", "Birch Hill Dr", "Old County Rd", "Salem Tpke", "Lawrence St",
           "Chandler St", "Hope Ave", "Grant St", "Bay State Rd", "Riverside Dr", "Cabot St",
           "Essex St", "Boston Rd", "Merrimack St", "Varnum Ave", "Gorham St", "Westford St",
           "Mystic Ave", "Dudley St", "Blue Hill Ave", "Rte 110", "Haverhill St", "Osgood St",
           "Kenwood Cir", "Partridge Ln", "Whittier Way", "Pine Ridge Rd", "Ocean Ave",
           "Lafayette St", "Eastern Ave", "Forest St", "Highland Ave", "Central St"]

ORG_DOMAINS = ["merrimackhealth.org", "capeannmedical.org", "baystatepartners.org",
               "northriverhealth.org", "granitecare.org", "essexvalleymed.org"]
VENDOR_DOMAINS = ["medlinq.com", "claimbridge.io", "verisma.com", "mrocorp.com",
                  "ironmountain.com", "waystar.com", "r1rcm.com", "healthport-roi.com",
                  "lexiscollect.com", "cardinalrcm.net"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "outlook.com",
                    "icloud.com", "aol.com", "verizon.net", "msn.com", "protonmail.com",
                    "charter.net", "live.com"]

VENDORS = ["Waystar", "Experian Health", "R1 RCM", "Iron Mountain", "Verisma", "MRO",
           "Datavant", "Availity", "Change Healthcare", "Nuance", "FairWarning", "Protenus",
           "Cardinal RCM", "ClaimBridge", "MedLinq", "Epic", "Oracle Health", "Kyruus",
           "Press Ganey", "Hayes Management", "nThrive", "Ensemble", "Cerner", "Imprivata",
           "Stericycle", "Shred-it", "Lexis Collections", "Harris & Vail LLP"]
PAYERS = ["Aetna", "BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "Medicare", "MassHealth",
          "UnitedHealthcare", "Cigna", "Humana", "Fallon", "WellSense", "Mass General Brigham Health Plan",
          "Anthem NH", "NH Medicaid", "Medicare Advantage (Humana)", "TRICARE", "VA CCN"]
DEPTS = ["PFS", "HIM", "Patient Access", "Central Billing", "Coding", "CDI", "Privacy Office",
         "Compliance", "Registration", "Financial Counseling", "Credentialing", "Revenue Integrity",
         "Denials Management", "Cash Posting", "Release of Information", "Managed Care",
         "Patient Experience", "Risk Management", "Payroll", "Facilities"]
SITES = [t[0] for t in TOWNS[:30]]
FACILITIES = ["1 Merrimack Health Way, Lowell MA 01852", "400 Maple St, Suite 300, Haverhill MA 01830",
              "12 Medical Park Dr, Amesbury MA 01913", "880 Commonwealth Ave, Boston MA 02215",
              "75 Stedman St, Lowell MA 01851", "230 Lowell St, Peabody MA 01960",
              "55 Highland Ave, Salem MA 01970", "200 Essex St, Lawrence MA 01840",
              "9 Hospital Dr, Nashua NH 03060", "1 Medical Center Blvd, Pawtucket RI 02860",
              "600 Chestnut St, Lynn MA 01904", "31 Pleasant St, Worcester MA 01609"]
ROOMS = ["Rm 412", "4B-12", "Suite 300", "conf rm 2B", "the 3rd floor boardroom", "Rm 118",
         "6 West", "bed 14", "ICU 7", "Rm 2207", "Pavilion 5", "the Hill Conference Room",
         "B-204", "Rm 5-031", "Rm 10", "the Cabot room"]
DOSES = ["metoprolol 25 mg", "apixaban 5 mg BID", "insulin glargine 20 units", "Keytruda 200 mg",
         "Humira 40 mg/0.4 mL", "ondansetron 4 mg", "atorvastatin 40 mg", "Ozempic 1 mg",
         "Eliquis 2.5 mg", "vancomycin 1 g q12h", "Prolia 60 mg", "Dupixent 300 mg"]
CPTS = ["99213", "99214", "99215", "93000", "71046", "36415", "80053", "85025", "99285",
        "45378", "27447", "G0439", "99497", "90837", "J3490", "96413", "77067", "29881"]
ICDS = ["E11.9", "I10", "J44.1", "N18.3", "Z79.4", "M17.11", "F32.A", "R07.9", "S72.001A",
        "Z00.00", "I48.91", "C50.911", "K21.9", "G30.9"]
EMOJI = [":thumbsup:", ":pray:", ":eyes:", ":white_check_mark:", ":rotating_light:", ":tada:",
         ":memo:", ":warning:", ":heavy_check_mark:", ":sweat_smile:", ":fire:", ":100:",
         ":raised_hands:", ":coffee:", ":grimacing:"]
CHANNELS = ["rev-cycle", "him-roi", "privacy-office", "pfs-leads", "exec-office", "denials",
            "credentialing", "compliance-committee", "front-desk", "practice-admins"]
LINK_TARGETS = [("https://intranet.merrimackhealth.org/policies/PRIV-112", "PRIV-112"),
                ("https://intranet.merrimackhealth.org/him/roi-fees", "ROI fee schedule"),
                ("https://boardportal.capeannmedical.org/meetings/2025-q3", "board portal"),
                ("https://learn.northriverhealth.org/hipaa-annual", "HIPAA annual training"),
                ("https://confluence.corp.granitecare.org/display/RCM/Denials", "Denials wiki"),
                ("https://www.cms.gov/medicare/payment/fee-schedules", "CMS fee schedules"),
                ("https://zoom.us/j/89344120921", "Zoom"),
                ("https://servicenow.baystatepartners.org/now/nav/ui", "ServiceNow"),
                ("https://intranet.essexvalleymed.org/phonebook", "phone book"),
                ("https://www.hhs.gov/hipaa/for-professionals/privacy/index.html", "HHS privacy rule")]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri"]
KEYB = {"a": "qs", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
        "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
        "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
        "y": "tu", "z": "x"}


# ---------------------------------------------------------------------------
# Context for one message
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, R, keys, gender):
        self.R = R
        self.keys = keys
        self.gender = gender
        self.tags = set()
        self.people = {}
        self.last = {}
        self.adm = None


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def alnum(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def make_person(R, gender, need_nick=False, surname=None):
    pool = FEMALE if gender == "f" else MALE
    if need_nick:
        pool = [g for g in pool if g in NICK]
    given = R.choice(pool)
    sur = surname if surname else R.choice(SURNAMES)
    mid = R.choice(MIDDLE) if R.random() < 0.3 else None
    nick = R.choice(NICK[given]) if given in NICK else None
    return {"given": given, "sur": sur, "mid": mid, "nick": nick, "g": gender}


def person(ctx, role):
    R = ctx.R
    if role.startswith("new"):
        return make_person(R, R.choice("fm"))
    if role in ctx.people:
        return ctx.people[role]
    if role == "pt":
        need = any(k in ctx.keys for k in ("ptn",))
        g = ctx.gender or R.choice("fm")
        p = make_person(R, g, need_nick=need)
    elif role in ("rel", "dau", "son", "hus", "wife"):
        g = {"dau": "f", "son": "m", "hus": "m", "wife": "f"}.get(role, R.choice("fm"))
        pt = ctx.people.get("pt")
        share = pt is not None and R.random() < (0.75 if role in ("son", "dau", "wife") else 0.4)
        p = make_person(R, g, surname=pt["sur"] if share else None)
    else:
        p = make_person(R, R.choice("fm"))
    ctx.people[role] = p
    return p


def n_full(R, p):
    if p["mid"] and R.random() < 0.5:
        return "%s %s. %s" % (p["given"], p["mid"], p["sur"])
    return "%s %s" % (p["given"], p["sur"])


def n_inv(R, p):
    r = R.random()
    if r < 0.4:
        s = "%s, %s" % (p["sur"].upper(), p["given"].upper())
        if p["mid"] and R.random() < 0.5:
            s += " " + p["mid"]
        return s
    if r < 0.8:
        return "%s, %s" % (p["sur"], p["given"])
    return "%s,%s" % (p["sur"].upper(), p["given"].upper())


def n_init(R, p):
    g, s = fold(p["given"])[0].upper(), fold(p["sur"].replace("St. ", "S"))[0].upper()
    return R.choice(["%s.%s." % (g, s), "%s%s" % (g, s), "%s. %s." % (g, s)])


def n_initlast(R, p):
    return "%s. %s" % (fold(p["given"])[0].upper(), p["sur"])


# ---------------------------------------------------------------------------
# Value generators (realistic formats)
# ---------------------------------------------------------------------------
FW = {str(d): chr(0xFF10 + d) for d in range(10)}


def evade_digits(ctx, s, p=0.1):
    """Occasionally obfuscate a digit string: fullwidth, zero-width, spaced digits."""
    R = ctx.R
    if R.random() >= p:
        return s
    r = R.random()
    if r < 0.35:
        ctx.tags.update(["fullwidth", "evasion"])
        return "".join(FW.get(c, c) for c in s)
    if r < 0.7:
        pos = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
        if not pos:
            return s
        i = R.choice(pos)
        ctx.tags.update(["zero-width", "evasion"])
        return s[:i] + R.choice(["\u200b", "\u200b", "\u00a0", "\u2060"]) + s[i:]
    digits = [c for c in s if c.isdigit()]
    if len(digits) < 4 or len(digits) != len(re.sub(r"[ .\-]", "", s)):
        return s
    ctx.tags.add("evasion")
    return " ".join(digits)


AREA = ["617", "508", "781", "978", "413", "774", "857", "339", "351", "603", "401", "207",
        "802", "860", "212", "305", "919", "347", "954"]


def phone_parts(R):
    a = R.choice(AREA)
    if R.random() < 0.35:
        return a, "555", "01%02d" % R.randint(0, 99)
    return a, str(R.randint(201, 989)), "%04d" % R.randint(0, 9999)


def g_phone(ctx, ext=False):
    R = ctx.R
    a, e, l = phone_parts(R)
    forms = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}",
             "{a}{e}{l}", "+1 {a}-{e}-{l}", "+1 ({a}) {e}-{l}", "1-{a}-{e}-{l}", "({a}){e}-{l}",
             "+1{a}{e}{l}", "{a}.{e}-{l}", "{a} {e}-{l}"]
    s = R.choice(forms).format(a=a, e=e, l=l)
    if "." in s and "-" in s:
        ctx.tags.add("evasion")
    s = evade_digits(ctx, s, 0.07)
    if ext:
        s += R.choice([" ext. %d", " x%d", " ext %d", ", ext %d", " #%d"]) % R.randint(11, 4999)
    return s


def g_ssn(ctx):
    R = ctx.R
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    A, G, S = "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)
    r = R.random()
    if r < 0.55:
        s = "%s-%s-%s" % (A, G, S)
    elif r < 0.65:
        s = "%s %s %s" % (A, G, S)
    elif r < 0.78:
        s = A + G + S
        ctx.tags.add("evasion")
    elif r < 0.83:
        s = "%s.%s.%s" % (A, G, S)
    elif r < 0.88:
        s = "%s.%s-%s" % (A, G, S)
        ctx.tags.add("evasion")
    elif r < 0.92:
        s = "%s - %s - %s" % (A, G, S)
    else:
        return evade_digits(ctx, "%s-%s-%s" % (A, G, S), 1.0)
    return evade_digits(ctx, s, 0.05)


def g_ssn_words(ctx):
    R = ctx.R
    ctx.tags.add("evasion")
    a = R.randint(100, 899)
    d = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    w = [ONES[int(c)] for c in d]
    if R.random() < 0.5:
        return " ".join(w[:3]) + ", " + " ".join(w[3:5]) + ", " + " ".join(w[5:])
    return "-".join(w[:3]) + " " + "-".join(w[3:5]) + " " + "-".join(w[5:])


def g_mrn(ctx):
    R = ctx.R
    f = R.randrange(7)
    if f == 0:
        s = "%08d" % R.randint(100000, 99999999)
    elif f == 1:
        s = "E%07d" % R.randint(0, 9999999)
    elif f == 2:
        s = "MR%06d" % R.randint(0, 999999)
    elif f == 3:
        s = "%07d" % R.randint(1000000, 9999999)
    elif f == 4:
        s = "10%08d" % R.randint(0, 99999999)
    elif f == 5:
        s = "%03d-%02d-%02d" % (R.randint(100, 999), R.randint(0, 99), R.randint(0, 99))
    else:
        s = "M%09d" % R.randint(0, 999999999)
    return evade_digits(ctx, s, 0.06)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def g_mbi(ctx):
    R = ctx.R
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_A + MBI_N), R.choice(MBI_N),
         R.choice(MBI_A), R.choice(MBI_A + MBI_N), R.choice(MBI_N), R.choice(MBI_A),
         R.choice(MBI_A), R.choice(MBI_N), R.choice(MBI_N)]
    s = "".join(c)
    if R.random() < 0.5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def g_hpid(ctx):
    R = ctx.R
    f = R.randrange(8)
    if f == 0:
        return g_mbi(ctx)
    if f == 1:
        return "W%09d" % R.randint(0, 999999999)
    if f == 2:
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%09d" % R.randint(0, 999999999)
    if f == 3:
        return "%09d-0%d" % (R.randint(100000000, 999999999), R.randint(0, 4))
    if f == 4:
        return "1000%08d" % R.randint(0, 99999999)
    if f == 5:
        return "ZGP%08d" % R.randint(0, 99999999)
    if f == 6:
        return "H%08d%02d" % (R.randint(0, 99999999), R.randint(0, 3))
    return evade_digits(ctx, "%03d %03d %03d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 999)), 0.2)


def g_mcaid(ctx):
    R = ctx.R
    f = R.randrange(3)
    if f == 0:
        return "1000%08d" % R.randint(0, 99999999)
    if f == 1:
        return "%s%s%05d%s" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                               R.randint(0, 99999), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
    return "%011d" % R.randint(0, 99999999999)


def g_acct(ctx):
    R = ctx.R
    f = R.randrange(6)
    if f == 0:
        s = "40%08d" % R.randint(0, 99999999)
    elif f == 1:
        s = "G%07d" % R.randint(0, 9999999)
    elif f == 2:
        s = "%05d-%03d" % (R.randint(10000, 99999), R.randint(1, 12))
    elif f == 3:
        s = "%09d" % R.randint(100000000, 999999999)
    elif f == 4:
        s = "HAR%010d" % R.randint(0, 9999999999)
    else:
        s = "%04d %04d %02d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 99))
    return evade_digits(ctx, s, 0.05)


def g_bank(ctx):
    R = ctx.R
    n = R.randint(8, 12)
    s = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
    return evade_digits(ctx, s, 0.06)


def g_dl(ctx):
    R = ctx.R
    f = R.randrange(5)
    if f == 0:
        return "S%08d" % R.randint(0, 99999999)
    if f == 1:
        return "%02d%s%05d" % (R.randint(1, 12), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 99999))
    if f == 2:
        return "%03d %03d %03d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 999))
    if f == 3:
        return "%s%07d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999999))
    return "SA%07d" % R.randint(0, 9999999)


def g_dea(ctx, sur=None):
    R = ctx.R
    first = R.choice("ABFGM")
    second = fold(sur)[0].upper() if sur else R.choice("ABCDEFGHJKLMNPRSTVW")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def g_lic(ctx):
    R = ctx.R
    f = R.randrange(6)
    if f == 0:
        return "RN%07d" % R.randint(0, 9999999)
    if f == 1:
        return "%06d" % R.randint(100000, 299999)
    if f == 2:
        return "PA%05d" % R.randint(0, 99999)
    if f == 3:
        return "MD.%07d" % R.randint(0, 9999999)
    if f == 4:
        return "0%06d" % R.randint(0, 999999)
    return "LICSW-%05d" % R.randint(0, 99999)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(ctx):
    R = ctx.R
    wmi = R.choice(["1HG", "2T1", "1FT", "5YJ", "JTD", "WBA", "1G1", "3VW", "KM8", "4T1", "JHM",
                    "1C4", "5NP", "1N4", "JN8", "WDD", "2HG", "1FA"])
    body = "".join(R.choice(VIN_CH) for _ in range(5))
    year = R.choice("DEFGHJKLMNPRS")
    rest = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "%06d" % R.randint(0, 999999)
    v = wmi + body + "0" + year + rest
    tot = sum((VIN_VAL[c] if c.isalpha() else int(c)) * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    return v.lower() if R.random() < 0.08 else v


def g_plate(ctx):
    R = ctx.R
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = R.randrange(6)
    if f == 0:
        return "%d%s%s %d%d%d" % (R.randint(1, 9), R.choice(L), R.choice(L), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9))
    if f == 1:
        return "%d%s%s%s%02d" % (R.randint(1, 9), R.choice(L), R.choice(L), R.choice(L), R.randint(0, 99))
    if f == 2:
        return "%s%s %04d" % (R.choice(L), R.choice(L), R.randint(0, 9999))
    if f == 3:
        return "%07d" % R.randint(1000000, 9999999)
    if f == 4:
        return "%d%s%s-%03d" % (R.randint(1, 9), R.choice(L), R.choice(L), R.randint(0, 999))
    return "%s%s%s-%04d" % (R.choice(L), R.choice(L), R.choice(L), R.randint(0, 9999))


def g_serial(ctx):
    R = ctx.R
    f = R.randrange(7)
    if f == 0:
        return "PJN%06dH" % R.randint(0, 999999)
    if f == 1:
        return "BLV%06dR" % R.randint(0, 999999)
    if f == 2:
        return "RLF%06dG" % R.randint(0, 999999)
    if f == 3:
        return "SN%09d" % R.randint(0, 999999999)
    if f == 4:
        return "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(10))
    if f == 5:
        return "HA-%04d-%05d" % (R.randint(0, 9999), R.randint(0, 99999))
    return "%s%s%07d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999999))


def g_udi(ctx):
    R = ctx.R
    gtin = "00" + "".join(str(R.randint(0, 9)) for _ in range(12))
    exp = "%02d%02d%02d" % (R.randint(25, 30), R.randint(1, 12), R.choice([0, 28, 30, 15]))
    ser = "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.randint(6, 10)))
    if R.random() < 0.5:
        return "(01)%s(17)%s(21)%s" % (gtin, exp, ser)
    if R.random() < 0.5:
        return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, "L%04d" % R.randint(0, 9999), ser)
    return "01%s17%s21%s" % (gtin, exp, ser)


def g_ip(ctx, v6ok=True):
    R = ctx.R
    if v6ok and R.random() < 0.15:
        parts = ["2601", "%x" % R.randint(0x100, 0xfff), "%x" % R.randint(0x1000, 0xffff),
                 "%x" % R.randint(0, 0xffff)]
        return ":".join(parts) + "::" + "%x" % R.randint(1, 0xfff)
    f = R.randrange(4)
    if f == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if f == 1:
        return "192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 254))
    if f == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "%d.%d.%d.%d" % (R.choice([24, 73, 98, 71, 67, 108, 174, 50, 66, 76]), R.randint(0, 255),
                            R.randint(0, 255), R.randint(1, 254))


def luhn_complete(prefix, length, R):
    d = [int(c) for c in prefix]
    while len(d) < length - 1:
        d.append(R.randint(0, 9))
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    d.append((10 - tot % 10) % 10)
    return "".join(map(str, d))


def g_cc(ctx):
    R = ctx.R
    kind = R.randrange(4)
    if kind == 0:
        n = luhn_complete("4", 16, R)
    elif kind == 1:
        n = luhn_complete(str(R.randint(51, 55)), 16, R)
    elif kind == 2:
        n = luhn_complete(R.choice(["34", "37"]), 15, R)
    else:
        n = luhn_complete("6011", 16, R)
    r = R.random()
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    if r < 0.5:
        s = " ".join(g)
    elif r < 0.75:
        s = "-".join(g)
    else:
        s = n
    return evade_digits(ctx, s, 0.06)


def g_npi(ctx):
    R = ctx.R
    base = R.choice("12") + "".join(str(R.randint(0, 9)) for _ in range(8))
    full = luhn_complete("80840" + base, 15, R)
    return full[5:]


def rand_date(R, y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def ordn(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(R, y, m, d, need_year=False, compact=False):
    forms = ["{m}/{d}/{Y}", "{mm}/{dd}/{Y}", "{m}/{d}/{yy}", "{Y}-{mm}-{dd}", "{Month} {d}, {Y}",
             "{d}-{Mon}-{Y}", "{m}-{d}-{Y}", "{m}.{d}.{Y}", "{d} {Month} {Y}", "{Mon} {d} {Y}",
             "{mm}/{dd}/{yy}"]
    if not need_year:
        forms += ["{m}/{d}", "{Mon} {d}", "{Mon} {o}", "{Month} {o}", "{m}/{d}", "{Mon}. {d}",
                  "{mm}/{dd}"]
    if compact:
        forms += ["{mm}{dd}{Y}"]
    f = R.choice(forms)
    return f.format(m=m, d=d, Y=y, yy="%02d" % (y % 100), mm="%02d" % m, dd="%02d" % d,
                    Month=MONTHS[m - 1], Mon=MON[m - 1], o=ordn(d))


def g_date(ctx, kind):
    R = ctx.R
    if kind == "dob":
        y, m, d = rand_date(R, 1922, 2012)
        return fmt_date(R, y, m, d, need_year=True, compact=True)
    if kind == "adm":
        y, m, d = rand_date(R, 2023, 2026)
        ctx.adm = (y, m, d)
        return fmt_date(R, y, m, d)
    if kind == "dc" and ctx.adm:
        import datetime
        dt = datetime.date(*ctx.adm) + datetime.timedelta(days=R.randint(1, 16))
        return fmt_date(R, dt.year, dt.month, dt.day)
    if kind == "dod":
        y, m, d = rand_date(R, 2022, 2026)
        return fmt_date(R, y, m, d, need_year=R.random() < 0.6)
    y, m, d = rand_date(R, 2023, 2026)
    return fmt_date(R, y, m, d)


def g_mdate(ctx):
    R = ctx.R
    y, m, d = rand_date(R, 2025, 2026)
    r = R.random()
    if r < 0.25:
        return "%s %d/%d" % (R.choice(WDAY), m, d)
    if r < 0.4:
        return "%s, %s %s" % (R.choice(WDAY), MON[m - 1], ordn(d))
    return fmt_date(R, y, m, d)


def g_time(ctx):
    R = ctx.R
    h = R.randint(7, 17)
    mm = R.choice([0, 0, 15, 30, 30, 45])
    r = R.random()
    if r < 0.5:
        return "%d:%02d%s" % ((h - 1) % 12 + 1, mm, R.choice(["pm", "am", " PM", " AM"]) if h < 12 else R.choice(["pm", " PM", "p"]))
    if r < 0.8:
        return "%d%s" % ((h - 1) % 12 + 1, "am" if h < 12 else "pm")
    return "%02d%02d" % (h, mm)


def g_age(ctx):
    R = ctx.R
    return str(R.choice([90, 90, 91, 92, 92, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106]))


TENS_W = {9: "ninety", 10: "one hundred"}


def g_agew(ctx):
    R = ctx.R
    ctx.tags.add("evasion")
    a = R.randint(90, 104)
    if a < 100:
        u = a - 90
        return "ninety" + ("" if u == 0 else R.choice(["-", " "]) + ONES[u])
    u = a - 100
    return "one hundred" + ("" if u == 0 else R.choice([" and ", " "]) + ONES[u])


def g_email(ctx, p=None, biz=False):
    R = ctx.R
    if p is None:
        p = make_person(R, R.choice("fm"))
    g, s = alnum(p["given"]), alnum(p["sur"])
    if biz:
        if ctx.last.get("colleague") and R.random() < 0.85:
            p = ctx.last.pop("colleague")
            g, s = alnum(p["given"]), alnum(p["sur"])
        dom = R.choice(ORG_DOMAINS + VENDOR_DOMAINS)
        loc = R.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s" % (g, s), "%s.%s" % (g[0], s)])
        if R.random() < 0.15:
            loc = R.choice(["pfs.billing", "roi.requests", "privacy", "himrequests", "cbo-support",
                            "credentialing", "payerrelations", "lockbox.ops"])
        return "%s@%s" % (loc, dom)
    dom = R.choice(PERSONAL_DOMAINS)
    loc = R.choice(["%s.%s" % (g, s), "%s%s%d" % (g[0], s, R.randint(1, 99)), "%s%s" % (g, s),
                    "%s_%s" % (g, s[0]), "%s.%s%d" % (g, s, R.randint(50, 99)),
                    "%s%s" % (s, g[0]), "%s%d" % (g, R.randint(1950, 2005)),
                    "%s.%s" % ((p["nick"] or g).lower().replace(" ", ""), s)])
    loc = alnum(loc[:1]) + loc[1:]
    r = R.random()
    if r < 0.08:
        ctx.tags.add("evasion")
        d1, d2 = dom.split(".")
        return R.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s",
                         "%s @ %s . %s"]) % (loc, d1, d2)
    return "%s@%s" % (loc, dom)


def g_purl(ctx):
    R = ctx.R
    p = person(ctx, "pt")
    g, s = alnum(p["given"]), alnum(p["sur"])
    f = R.randrange(6)
    if f == 0:
        return "https://mychart.%s/MyChart/Visit?csn=%d&pt=%s%s%d" % (R.choice(ORG_DOMAINS), R.randint(10**8, 10**9), s.upper()[:6], g.upper()[:1], R.randint(1930, 2005))
    if f == 1:
        return "https://www.caringbridge.org/site/%s%s" % (g, s)
    if f == 2:
        return "https://portal.%s/p/%d/statements" % (R.choice(ORG_DOMAINS), R.randint(10**7, 10**9))
    if f == 3:
        return "https://www.gofundme.com/f/help-%s-%s-%s" % (g, s, R.choice(["recover", "get-home", "with-medical-bills", "after-surgery"]))
    if f == 4:
        return "https://telehealth.%s/join/%s-%s-%d" % (R.choice(ORG_DOMAINS), s, g, R.randint(1000, 9999))
    return "https://pay.%s/guest?acct=%d&name=%s%%20%s" % (R.choice(ORG_DOMAINS), R.randint(10**8, 10**10), g.capitalize(), s.capitalize())


def g_street(ctx):
    R = ctx.R
    s = "%d %s" % (R.randint(1, 9999) if R.random() < 0.5 else R.randint(1, 199), R.choice(STREETS))
    r = R.random()
    if r < 0.15:
        s += R.choice([", Apt %d%s" % (R.randint(1, 12), R.choice("ABCD")), " #%d" % R.randint(1, 40),
                       " Unit %d" % R.randint(1, 30), " Apt. %d" % R.randint(1, 300)])
    return s


def g_town(ctx):
    return ctx.R.choice(TOWNS)


def g_zip_for(R, z3):
    z = z3 + "%02d" % R.randint(0, 99)
    if R.random() < 0.2:
        z += "-%04d" % R.randint(0, 9999)
    return z


def g_addr(ctx):
    R = ctx.R
    st = g_street(ctx)
    t, stt, z3 = R.choice(TOWNS)
    z = g_zip_for(R, z3)
    f = R.randrange(5)
    if f == 0:
        return "%s, %s %s %s" % (st, t, stt, z)
    if f == 1:
        return "%s, %s, %s %s" % (st, t, stt, z)
    if f == 2:
        return "%s %s %s %s" % (st, t, stt, z)
    if f == 3:
        ctx.tags.add("multiline")
        return "%s\n%s, %s %s" % (st, t, stt, z)
    return "%s, %s" % (st, t)


def g_pobox(ctx):
    R = ctx.R
    t, stt, z3 = R.choice(TOWNS)
    box = R.choice(["PO Box %d", "P.O. Box %d", "po box %d", "POB %d"]) % R.randint(1, 9999)
    if R.random() < 0.5:
        return "%s, %s %s %s" % (box, t, stt, g_zip_for(R, z3))
    return box


def g_amt(ctx):
    R = ctx.R
    r = R.random()
    if r < 0.5:
        return "${:,.2f}".format(R.randint(1500, 9999999) / 100.0)
    if r < 0.7:
        return "$%dk" % R.randint(2, 950)
    if r < 0.8:
        return "$%.1fM" % (R.randint(11, 480) / 10.0)
    return "${:,}".format(R.randint(20, 90000))


def g_tkt(ctx):
    R = ctx.R
    return R.choice(["INC%07d", "REQ%07d", "RITM%07d", "CHG%07d", "DEL-%d", "RCM-%d", "HIM-%d",
                     "ROI-%d", "PRIV-%d", "CASE-%d", "SR%06d", "COMP-%d"]) % R.randint(100, 99999)


# ---------------------------------------------------------------------------
# Placeholder table: key -> (function(ctx) -> list of segments)
# segment = [text, kind, biz]; kind None = template text, "G" generated non-PHI,
# "P" protected markup, or a PHI type.
# ---------------------------------------------------------------------------
def S(text, kind="G", biz=False):
    return [[text, kind, biz]]


def name_gen(role, how):
    def f(ctx):
        p = person(ctx, role)
        R = ctx.R
        if how == "full":
            v = n_full(R, p)
        elif how == "first":
            v = p["given"]
        elif how == "last":
            v = p["sur"]
        elif how == "inv":
            v = n_inv(R, p)
        elif how == "init":
            v = n_init(R, p)
        elif how == "initlast":
            v = n_initlast(R, p)
        elif how == "nick":
            v = p["nick"] or p["given"]
        else:
            v = R.choice([n_full(R, p), n_full(R, p), n_inv(R, p), p["given"], n_initlast(R, p)])
        return S(v, "NAME")
    return f


def colleague(how):
    def f(ctx):
        R = ctx.R
        p = make_person(R, R.choice("fm"))
        ctx.last["colleague"] = p
        ctx.tags.add("exec-name")
        if how == "full":
            return S(n_full(R, p))
        if how == "first":
            return S(p["given"])
        return S(p["sur"])
    return f


def mention(ctx):
    R = ctx.R
    ctx.tags.add("slack-markup")
    return S("<@U%s>" % "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(R.choice([8, 9, 10]))), "P")


def bot(ctx):
    R = ctx.R
    r = R.random()
    if r < 0.6:
        ctx.tags.add("slack-markup")
        return S("<@U0%sASST>" % "".join(R.choice("0123456789ABCDEFGH") for _ in range(4)), "P")
    return S(R.choice(["@Atlas", "@ExecAssist", "@ava", "Atlas,", "@assistant"]), "P")


def link(ctx):
    R = ctx.R
    ctx.tags.add("slack-markup")
    u, lab = R.choice(LINK_TARGETS)
    return [["<", "P", False], [u, "P", False], ["|" + lab + ">", "P", False]]


def channel(ctx):
    R = ctx.R
    ctx.tags.add("slack-markup")
    return S("<#C0%s|%s>" % ("".join(R.choice("0123456789ABCDEF") for _ in range(8)), R.choice(CHANNELS)), "P")


def email_link(ctx, biz):
    R = ctx.R
    v = g_email(ctx, biz=biz)
    if "@" not in v or " " in v:
        return S(v, "EMAIL", biz)
    ctx.tags.add("slack-markup")
    return [["<mailto:", "P", False], [v, "EMAIL", biz], ["|", "P", False], [v, "EMAIL", biz], [">", "P", False]]


def tel_link(ctx):
    R = ctx.R
    a, e, l = phone_parts(R)
    ctx.tags.add("slack-markup")
    lab = R.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}"]).format(a=a, e=e, l=l)
    return [["<tel:", "P", False], ["+1" + a + e + l if R.random() < 0.5 else a + e + l, "PHONE", True],
            ["|", "P", False], [lab, "PHONE", True], [">", "P", False]]


def purl_link(ctx, same):
    R = ctx.R
    u = g_purl(ctx)
    ctx.tags.add("slack-markup")
    if same:
        return [["<", "P", False], [u, "URL", False], ["|", "P", False], [u, "URL", False], [">", "P", False]]
    if "caringbridge" in u:
        lab = R.choice(["CaringBridge", "her CaringBridge", "CaringBridge page"])
    elif "gofundme" in u:
        lab = R.choice(["GoFundMe", "fundraiser", "their GoFundMe"])
    else:
        lab = R.choice(["portal link", "link", "visit link", "here"])
    return [["<", "P", False], [u, "URL", False], ["|" + lab + ">", "P", False]]


def label(choices):
    def f(ctx):
        return S(ctx.R.choice(choices))
    return f


def town_only(ctx):
    t = ctx.R.choice(TOWNS)
    return S(t[0], "ADDRESS")


def zip_only(ctx):
    R = ctx.R
    t = R.choice(TOWNS)
    return S(g_zip_for(R, t[2]), "ADDRESS")


def fac(ctx):
    ctx.tags.add("facility-address")
    return S(ctx.R.choice(FACILITIES))


def fac_zip(ctx):
    ctx.tags.update(["facility-address", "zip-like"])
    return S(ctx.R.choice(FACILITIES)[-5:])


def cpt(ctx):
    ctx.tags.add("cpt")
    c = ctx.R.choice(CPTS)
    if c.isdigit():
        ctx.tags.add("zip-like")
    return S(c)


def tagged(tag, fn):
    def f(ctx):
        ctx.tags.add(tag)
        return S(fn(ctx))
    return f


def g_ver(ctx):
    R = ctx.R
    return R.choice(["v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 30)),
                     "build %d.%d.%d.%d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(0, 3), R.randint(0, 40)),
                     "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 99)),
                     "Epic %s '%d" % (R.choice(["Feb", "May", "Aug", "Nov"]), R.randint(24, 26)),
                     "v%d.%d" % (R.randint(2, 30), R.randint(0, 9)),
                     "release %d.%d-hotfix%d" % (R.randint(20, 26), R.randint(1, 4), R.randint(1, 5))])


GEN = {
    # PHI: names
    "pt": name_gen("pt", "full"), "ptf": name_gen("pt", "first"), "ptl": name_gen("pt", "last"),
    "pti": name_gen("pt", "inv"), "ptn": name_gen("pt", "nick"), "ptin": name_gen("pt", "init"),
    "ptinl": name_gen("pt", "initlast"), "pta": name_gen("pt", "any"),
    "pt2": name_gen("pt2", "full"), "pt2i": name_gen("pt2", "inv"),
    "newpt": name_gen("new", "full"), "newpti": name_gen("new", "inv"), "newptl": name_gen("new", "last"),
    "rel": name_gen("rel", "full"), "relf": name_gen("rel", "first"), "rell": name_gen("rel", "last"),
    "dau": name_gen("dau", "full"), "dauf": name_gen("dau", "first"),
    "son": name_gen("son", "full"), "sonf": name_gen("son", "first"),
    "hus": name_gen("hus", "full"), "husf": name_gen("hus", "first"),
    "wife": name_gen("wife", "full"), "wifef": name_gen("wife", "first"),
    "emp": name_gen("emp", "full"), "empf": name_gen("emp", "first"),
    # PHI: dates, ages
    "dob": lambda c: S(g_date(c, "dob"), "DATE"), "adm": lambda c: S(g_date(c, "adm"), "DATE"),
    "dc": lambda c: S(g_date(c, "dc"), "DATE"), "dos": lambda c: S(g_date(c, "dos"), "DATE"),
    "dod": lambda c: S(g_date(c, "dod"), "DATE"), "appt": lambda c: S(g_date(c, "appt"), "DATE"),
    "fall": lambda c: S(g_date(c, "fall"), "DATE"), "fu": lambda c: S(g_date(c, "fu"), "DATE"),
    "age": lambda c: S(g_age(c), "AGE"), "agew": lambda c: S(g_agew(c), "AGE"),
    # PHI: contact
    "phone": lambda c: S(g_phone(c), "PHONE"), "phonex": lambda c: S(g_phone(c, ext=True), "PHONE"),
    "bphone": lambda c: S(g_phone(c, ext=c.R.random() < 0.3), "PHONE", True),
    "btel": tel_link,
    "email": lambda c: S(g_email(c, person(c, "pt") if c.R.random() < 0.5 else None), "EMAIL"),
    "remail": lambda c: S(g_email(c, person(c, "rel")), "EMAIL"),
    "bemail": lambda c: S(g_email(c, biz=True), "EMAIL", True),
    "bmail": lambda c: email_link(c, True), "pmail": lambda c: email_link(c, False),
    # PHI: identifiers
    "ssn": lambda c: S(g_ssn(c), "SSN"), "ssnw": lambda c: S(g_ssn_words(c), "SSN"),
    "mrn": lambda c: S(g_mrn(c), "MRN"),
    "hpid": lambda c: S(g_hpid(c), "HEALTH_PLAN_ID"), "mbi": lambda c: S(g_mbi(c), "HEALTH_PLAN_ID"),
    "mcaid": lambda c: S(g_mcaid(c), "HEALTH_PLAN_ID"),
    "acct": lambda c: S(g_acct(c), "ACCOUNT_NUMBER"), "bank": lambda c: S(g_bank(c), "ACCOUNT_NUMBER"),
    "dl": lambda c: S(g_dl(c), "LICENSE_NUMBER"), "dea": lambda c: S(g_dea(c), "LICENSE_NUMBER"),
    "lic": lambda c: S(g_lic(c), "LICENSE_NUMBER"),
    "vin": lambda c: S(g_vin(c), "VEHICLE_ID"), "plate": lambda c: S(g_plate(c), "VEHICLE_ID"),
    "serial": lambda c: S(g_serial(c), "DEVICE_ID"), "udi": lambda c: S(g_udi(c), "DEVICE_ID"),
    "purl": lambda c: S(g_purl(c), "URL"), "purlk": lambda c: purl_link(c, False),
    "purl2": lambda c: purl_link(c, True),
    "ip": lambda c: S(g_ip(c), "IP_ADDRESS"),
    "street": lambda c: S(g_street(c), "ADDRESS"), "town": town_only,
    "addr": lambda c: S(g_addr(c), "ADDRESS"), "zip": zip_only,
    "pobox": lambda c: S(g_pobox(c), "ADDRESS"),
    "cc": lambda c: S(g_cc(c), "CREDIT_CARD"),
    # non-PHI
    "ex": colleague("full"), "exf": colleague("first"), "exl": colleague("last"), "ex2": colleague("full"),
    "doc": colleague("last"),
    "vendor": lambda c: S(c.R.choice(VENDORS)), "payer": lambda c: S(c.R.choice(PAYERS)),
    "dept": lambda c: S(c.R.choice(DEPTS)),
    "mdate": tagged("calendar", g_mdate), "dl_date": tagged("calendar", g_mdate),
    "eff": tagged("calendar", lambda c: fmt_date(c.R, *rand_date(c.R, 2025, 2027))),
    "time": tagged("calendar", g_time),
    "fq": lambda c: S(c.R.choice(["Q%d FY%d" % (c.R.randint(1, 4), c.R.randint(2025, 2027)), "Q%d" % c.R.randint(1, 4),
                                  "FY%d" % c.R.randint(2025, 2027), "FY%02d Q%d" % (c.R.randint(25, 27), c.R.randint(1, 4)),
                                  "%s close" % c.R.choice(MONTHS), "YTD"])),
    "py": lambda c: S(c.R.choice(["PY%d" % c.R.randint(2025, 2027), "plan year %d" % c.R.randint(2025, 2027), "%d" % c.R.randint(2025, 2027), "CY%d" % c.R.randint(2025, 2027)])),
    "amt": tagged("money", g_amt),
    "bal": tagged("money", lambda c: "${:,.2f}".format(c.R.randint(2500, 1800000) / 100.0) if c.R.random() < 0.8 else "$%d" % c.R.randint(25, 9000)),
    "fee": tagged("money", lambda c: "${:,.2f}".format(c.R.randint(25, 45000) / 100.0)),
    "tkt": tagged("ticket", g_tkt),
    "po": tagged("po", lambda c: c.R.choice(["PO %d", "PO-%d", "PO#%d", "4500%06d"]) % c.R.randint(10000, 999999)),
    "inv": tagged("po", lambda c: "INV-%d-%05d" % (c.R.randint(2024, 2026), c.R.randint(1, 99999))),
    "ccn": lambda c: S("CC %d-%03d" % (c.R.randint(6000, 8999), c.R.randint(100, 999))),
    "ver": tagged("version", g_ver),
    "npi": tagged("npi", g_npi),
    "cpt": cpt,
    "icd": tagged("icd", lambda c: c.R.choice(ICDS)),
    "drg": lambda c: S(str(c.R.choice([193, 194, 291, 292, 470, 871, 872, 690, 683, 392]))),
    "fac": fac, "faczip": fac_zip,
    "site": lambda c: S(c.R.choice(SITES)),
    "ext": tagged("ext", lambda c: c.R.choice(["x%d", "ext. %d", "ext %d", "x%d", "extension %d"]) % c.R.randint(2000, 7999)),
    "room": lambda c: S(c.R.choice(ROOMS)),
    "dose": lambda c: S(c.R.choice(DOSES)),
    "zoom": lambda c: S("%d %d %d" % (c.R.randint(810, 999), c.R.randint(1000, 9999), c.R.randint(1000, 9999))),
    "grp": lambda c: S(c.R.choice(["%06d", "%07d", "GRP-%05d", "0%05d-001"]) % c.R.randint(1, 99999)),
    "last4": lambda c: S("%04d" % c.R.randint(0, 9999)),
    "exp": lambda c: S("%02d/%02d" % (c.R.randint(1, 12), c.R.randint(25, 31))),
    "n": lambda c: S(str(c.R.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 23, 31, 46, 58, 112, 240, 1310]))),
    "pct": lambda c: S("%.1f%%" % (c.R.randint(10, 990) / 10.0) if c.R.random() < 0.6 else "%d%%" % c.R.randint(2, 98)),
    "me": mention, "bot": bot, "chan": channel, "link": link,
    "emo": lambda c: (c.tags.add("emoji"), S(c.R.choice(EMOJI), "P"))[1],
    # labels (some misspelt)
    "Ldob": label(["DOB", "dob", "DOB:", "D.O.B.", "birthdate", "bday", "DOB;", "d.o.b", "Date of birth:", "DBO", "dob#", "born"]),
    "Lmrn": label(["MRN", "MRN#", "mrn", "med rec #", "MR#", "chart #", "mrm", "MRN:", "Med Rec No.", "medrec", "chart"]),
    "Lmem": label(["member ID", "memebr id", "mbr id", "subscriber #", "policy #", "ID#", "member #", "Member Id:", "ins id", "sub id", "memberid"]),
    "Lssn": label(["SSN", "ssn", "soc", "social", "SS#", "SSN#", "soc sec #", "SNN", "ssn:"]),
    "Lph": label(["cell", "ph", "phone", "tel", "cb #", "mobile", "ph#", "callback", "cel", "#"]),
    "Lacct": label(["acct", "acct #", "HAR", "account", "acct#", "har#", "guarantor acct", "Acct No.", "accnt"]),
    "Lpt": label(["pt", "Pt", "patient", "Patient", "pt.", "PT", "ptient"]),
}

# ---------------------------------------------------------------------------
# Frames.  (tags, template).  "F"/"M" in tags fixes the patient's gender.
# ---------------------------------------------------------------------------
PHI_FRAMES = [
    # --- revenue cycle and billing ---
    ("billing complaint F", "Can someone look at HAR {acct}? {pt} called saying she got billed twice for the {dos} visit. Balance shows {bal}."),
    ("billing complaint", "{Lpt} {pti} disputing the ER charge from {dos}. Guarantor acct {acct}, ins {payer} {Lmem} {hpid}. Pls review before it goes to collections."),
    ("billing", "self-pay discount approved for {pt} ({acct}) — {bal} written off under policy FIN-07. {exf} signed."),
    ("billing denial", "denial on {pt}, DOS {dos}, CO-197 no auth. {Lmem} {hpid}. Appeal due {dl_date}."),
    ("billing structured", "Payment plan request\nPatient: {pt}\n{Ldob} {dob}\nAcct: {acct}\nMonthly: {fee}\nPhone: {phone}"),
    ("billing F", "her son {son} wants to pay the balance over the phone, card {cc} exp {exp}. can we take it or does it have to go through the portal?"),
    ("billing records", "Refund check for {pt} came back undeliverable. New address per pt: {addr}. Acct {acct}."),
    ("billing", "{me} the Medicare secondary for {pt} keeps rejecting — MBI on file {mbi}, card in media tab says {mbi}. typo somewhere"),
    ("billing", "Called {payer} re: {pti}, ref# {tkt}. Rep said the claim for {dos} is reprocessing, 30 days."),
    ("billing escalation F", "Collections vendor flagged acct {acct} ({pt}) — pt deceased {dod} per obit. Pls stop statements and route to the estate team."),
    ("billing M", "pt's wife {wifef} called from {phone} asking why insurance didnt pay. explained the deductible. she was nice about it"),
    ("billing", "> Can you send me the acct #?\nSure — {acct} (guarantor is {rel})"),
    ("billing", "Charity care app for {pt}: household of 4, lives in {town}, income docs attached. {exf} to review by {dl_date}."),
    ("billing", "Posting error: payment for {pt} ({acct}) went to {pt2}'s account ({acct}). Need a transfer slip."),
    ("billing records", "Returned mail — {pti}, {addr}. Forwarding address on the envelope: {addr}."),
    ("billing F", "Pt {pt} pays by ACH, bank acct {bank}. She asked us to stop the auto-draft after this month."),
    ("billing", "Estimate request: {pt}, {Ldob} {dob}, CPT {cpt} scheduled {appt} at our {site} site. Ins {payer}, ID {hpid}."),
    ("billing complaint F", "Price transparency complaint from {dau} (daughter of {pt}). Reach her at {remail}."),
    ("billing", "{Lacct} {acct} pls"),
    ("billing", "{Lmrn} {mrn} — needs rebill w/ modifier 25"),
    ("billing multiline", "Bad debt list for review:\n- {newpti}  {acct}  {bal}\n- {newpti}  {acct}  {bal}\n- {newpti}  {acct}  {bal}"),
    ("billing", "Secondary claim for {pt} needs COB. Primary {payer} member {hpid}, secondary {payer} member {hpid}, group {grp}."),
    ("billing", "Workers comp case — {pt}, injury date {fall}, claim # {tkt}, employer {vendor}. Adjuster is {ex}, {bphone}."),
    ("billing complaint escalation F", "pt {pt} came to the window upset about the {bal} bill from her {dos} colonoscopy, said she'd post on FB. escalating to {exf}"),
    ("billing", "Veteran pt {pt}, VA auth # {tkt}, DOS {dos}. VA CCN says the auth expired {eff}, but the visit was before that."),
    ("billing F", "Patient {pt} wants an itemized statement for her HSA. {Lacct} {acct}, dates of service {dos} and {dos}."),
    ("billing structured", "{pti} — {Ldob} {dob} — adm {adm} — dc {dc} — payer {payer} — {Lmem} {hpid}"),
    ("billing structured multiline", "Patient: {pt}\nMRN: {mrn}\nHAR: {acct}\nDOS: {dos}\nBalance: {bal}\nNotes: daughter {dau} is POA, call {phone}"),
    ("billing complaint", "who took the call from {rel}? says {ptf} was seen {dos} and got a bill for someone else's procedure"),
    ("billing vip", "Anyone know {pt}? Says they're a friend of {ex}'s and wants the bill waived. Acct {acct}. {emo}"),
    ("billing", "Guarantor SSN mismatch on {acct}: we have {ssn}, {payer} has {ssn}."),
    ("billing F", "pt {ptl} ({age} y/o) wants to set up a payment plan, daughter {dauf} is on the phone with me now"),
    ("billing F", "she's {age}, lives alone in {town}, no email — mail statements to {addr}"),
    ("billing records", "Estate of {pt} (d. {dod}) — executor {rel}, {remail}. Final bill {bal}."),
    ("billing", "Skip-trace hit on {pt}: new address {street} in {town}, phone {phone}."),
    ("billing", "Overpayment: {payer} paid {bal} twice for {ptin} (acct {acct}). Refund needed by {dl_date}."),
    ("billing", "Medicaid ID {mcaid} shows inactive for {pt}, DOS {dos}. Retro eligibility?"),
    ("billing escalation F", "pt reports identity theft — someone used her SSN ({ssn}) for an ER visit on {dos}. Name on that chart: {pt}. Real person: {pt2}."),
    ("billing complaint", "Patient complaint (verbatim): \"{ptf} here, I was told my {dos} visit would be covered and now I owe {bal}. Call me {phone}.\""),
    ("billing", "Returned check from {rel} for {pt}'s account, bank acct {bank}, NSF. Second time."),
    ("billing", "Denied: {pti}, DOS {dos}, auth {tkt}, {cpt} x2, {Lmem} {hpid}"),
    ("billing F", "Obituary confirms {pt} died {dod}, age {age}. Closing the account, notifying {payer}."),
    ("billing", "Overpayment refund for {ptinl}: check #{n}0{n} went out to {addr}."),
    ("billing", "Ambulance billing: {pt} transported from {addr} on {dos}. Need the run sheet from {vendor}."),
    ("billing M", "Card declined for {ptl}'s copay — he read it to me as {cc}, maybe I typed it wrong"),
    ("billing structured", "Guarantor update\nOld: {rel} / {Lssn} {ssn}\nNew: {pt} / {Lssn} {ssn}\nEffective for all open HARs"),
    ("billing", "{Lpt} {pt} {Ldob} {dob} — ins termed, new plan {payer}, {Lmem} {hpid} (copied off the card, pls double check)"),
    ("billing", "Can I refund to the card on file? {pt}, card {cc}, original payment {bal} on the {dos} visit."),
    ("billing M", "mr. {ptl} says the $ was already paid by his brother {rel}, confirmation # {tkt}"),
    # --- HIM and release of information ---
    ("records", "ROI request from law office for {pt}, {Ldob} {dob}, {Lmrn} {mrn}, records {adm} through {dc}. Auth looks valid. Fee {bal}."),
    ("records structured multiline slack-markup", "*Release of Information — new request*\nRequester: {vendor}\nPatient: {pti}\nDOB: {dob}\nMRN: {mrn}\nPurpose: continuity of care\nDue: {dl_date}"),
    ("records F", "Amendment request from {pt}: she says the DOB in her chart is wrong, should be {dob} not {dob}."),
    ("records", "Chart merge needed — duplicate MRNs {mrn} and {mrn} both for {pti}. DOBs match ({dob})."),
    ("records escalation", "Subpoena came in for {pt}'s records ({Lmrn} {mrn}). Legal says hold until {ex} reviews."),
    ("records", "pt's POA {rel} wants copies of everything since {adm}. Has the POA doc, emailed it from {remail}."),
    ("records F", "> is the auth signed by the patient?\nno, signed by her daughter {dau}. pt is {age} and has dementia, we need guardianship papers"),
    ("records", "Deficiency report: Dr. {doc} has 14 unsigned notes incl. {pti} (DOS {dos}) and {newpti} (DOS {dos})."),
    ("records", "Fax to the requester failed, number on the request is {phone} — can someone call them? it's for {pt}'s disability paperwork"),
    ("records", "scanning backlog: found loose paperwork for {pt} dob {dob} in the mailroom bin. who owns this??"),
    ("records", "Record request came through the portal — {purl} — pt says the download link is broken."),
    ("records", "Requester wants records mailed to {addr}. That's not the address we have for {pt} ({street}). Verify before sending?"),
    ("records", "Patient ID verification: {pt} presented DL {dl}, {Ldob} {dob}. Matches. Releasing CD of imaging."),
    ("records", "Death certificate query: {pt}, date of death {dod}, age {age}. Funeral home needs the signing physician."),
    ("records", "HIM coding query on {pti}, adm {adm}, dc {dc}, {icd} vs {icd}. Dr. {doc} to clarify."),
    ("records", "Found 2 charts for the same person: {pti} MRN {mrn} / {pti} MRN {mrn}"),
    ("records F", "can u send me the mrn for that pt in the lobby, {ptf}? she says its {mrn} but its not pulling"),
    ("records", "Birth record correction: baby {ptl} born {dos} at our {site} campus, mom {dau}. Father's name misspelled on the worksheet."),
    ("records", "ROI rejection: SSN on the request ({ssn}) doesn't match our records for {pt}. Sent back to {vendor}."),
    ("records M", "ROI: {rel} requesting records of late father {pt} (d. {dod}). Proof of executorship attached."),
    ("records structured", "Disclosure accounting request — {pt}, {Lmrn} {mrn}, {Ldob} {dob}. Pull all non-TPO disclosures for the last 6 yrs."),
    ("records", "Psychotherapy notes request for {pti} — those are excluded, right? Requester is {rel} at {phone}."),
    ("records", "The CD for {pt} (MRN {mrn}) went out by FedEx to {addr}, tracking in {tkt}."),
    ("records", "{Lpt} {ptin}, {Lmrn} {mrn}: hold ROI, legal hold per {ex}."),
    ("records", "Misfile: {pt}'s {dos} op note is sitting in {newpt}'s chart. Correction ticket {tkt}."),
    ("records", "> Who signed the release?\n> Patient's guardian\nGuardian is {rel}, letters of guardianship dated before adm {adm}."),
    # --- compliance and privacy ---
    ("hipaa vip escalation", "Privacy incident {tkt}: a nurse on 6 West accessed {pt}'s chart (VIP, {Lmrn} {mrn}) without a treatment relationship. Interview scheduled {mdate}."),
    ("hipaa", "FairWarning alert: user {ex} viewed the record of {pt} — same last name, family member? Access at {time}."),
    ("hipaa", "Misdirected fax: {pt}'s discharge summary (dc {dc}) went to a dental office in {site}. They confirmed destruction."),
    ("hipaa escalation", "Breach risk assessment: spreadsheet with 3 rows (incl. {pt}, SSN {ssn}) was emailed to an outside address, {email}."),
    ("hipaa complaint F", "OCR complaint forwarded: complainant {dau}, re: her mother {pt}. Contact {phone} / {remail}."),
    ("hipaa vip", "Celebrity alert: {pt} admitted {adm} to {room}. Break-the-glass is on. Remind staff, no lookups."),
    ("hipaa", "Lost laptop report: it had a cached report with {pt}, MRN {mrn}, and ~40 others. Device last seen on IP {ip}."),
    ("hipaa", "Employee health case — {emp} tested positive, symptom onset {dos}. Contact tracing list attached. Don't forward."),
    ("hipaa", "Auditing access to {pt} ({Lmrn} {mrn}) — 38 users touched the chart since {adm}. Exporting the log now."),
    ("hipaa complaint F", "Patient {pt} called the privacy line saying her neighbor works here and told people about her {dos} visit. Complaint #{tkt}."),
    ("hipaa", "A photo posted on social by staff showed a whiteboard with {newptl} and {newptl} on it in {room}. Removed. Investigating."),
    ("hipaa", "Suspicious login to the patient portal for {pt} from IP {ip} at 3am. Locked the account."),
    ("hipaa", "SSN found in a free-text note for {pti}: '{ssn}'. Please redact via HIM correction."),
    ("hipaa complaint F", "Retaliation concern: {emp} (employee, also a patient here) says her manager looked at her {dos} ED visit."),
    ("hipaa F", "Restricted access request: {pt} wants no disclosure to her ex-husband {hus}; his plate {plate} is flagged with security."),
    ("hipaa escalation", "Security flagged a car in the garage, VIN {vin}, registered to {rel} — the family member with the no-trespass order re: {pt}."),
    ("hipaa", "Who approved {ex}'s access to {pt}'s chart? Audit log shows print + export of the {dos} visit note."),
    ("hipaa escalation", ":rotating_light: possible snooping: 4 views of {pti} ({mrn}) from workstation {ip} between {time} and midnight"),
    ("hipaa F", "Patient {pt} opted out of the facility directory, so do NOT confirm she's here. Her brother {son} keeps calling from {phone}."),
    ("hipaa", "Breach letter going to {addr} for {pt}. Credit monitoring code in the envelope, not here."),
    # --- employee health (colleague is the case) ---
    ("hipaa", "{emp} from our billing team fell in the stairwell {fall}, workers comp form attached. pls keep quiet"),
    ("hipaa F", "{empf}'s FMLA paperwork says surgery {dos}, post-op f/u {fu}. Can someone cover her WQ?"),
    ("hipaa", "Employee health: {emp} needle-stick {fall}, source patient MRN {mrn}."),
    # --- executives and the assistant bot ---
    ("vip", "{bot} draft a condolence card to the family of {pt} (passed {dod}), address {addr}. Sign from me and {ex}."),
    ("F", "{bot} remind me to call {pt}'s husband {husf} back at {phone} after the board meeting"),
    ("complaint", "{bot} pull the complaint file for {pt} before my 2pm with {ex}"),
    ("", "{bot} book a car to Logan {mdate}, then find the email from {rel} about the billing issue and flag it"),
    ("vip F", "{bot} VIP heads-up: {pt} (a major donor's mother) is being admitted {adm}. Tell {ex}, no one else."),
    ("complaint F", "{bot} what's the status on the grievance from {pt}? she called my office again from {phone}"),
    ("", "{bot} schedule 15 min with {ex} re: the {pt} settlement. Acct {acct}."),
    ("vip F", "{bot} send flowers to {room} for {pt}, she turns {age} today"),
    ("", "{bot} add {dau} ({remail}) to the patient family advisory council list, she's the daughter of {pt}."),
    ("", "{bot} summarize the {pt} ({Lmrn} {mrn}) complaint and tell me if legal is involved"),
    ("", "{bot} find the letter I dictated about {ptl} — the {age}-year-old who fell on {fall}"),
    ("", "{bot} note for my 1:1 with {exf}: follow up on the {pti} refund ({bal}) and the {vendor} renewal."),
    ("M", "{bot} pls reply to {rel}'s email: thank them for the kind words about the care {pt} got in {room}. cc {bemail}."),
    ("F", "{bot} who is {pt}? she emailed me directly at my personal address, says her appt on {appt} was cancelled"),
    ("escalation", "need the file on the {ptl} family before 3. the son ({son}) is threatening a lawsuit. {bot}"),
    ("", "{bot} set a reminder for {mdate}: call {pt} (cell {phone}) re: the patient experience follow-up"),
    ("", "{bot} forward {pt}'s thank-you note to the {dept} team but strip the MRN ({mrn}) first"),
    ("", "{bot} what did {ex} say about {pt}'s bill? the one with the {dos} surgery"),
    ("vip F", "{bot} block 30 min this afternoon — visiting {pt} in {room}, she's {age} and was a trustee for 20 yrs"),
    ("F", "{bot} look up who {pt} is, she left a voicemail at {phonex} about her husband's bill"),
    ("", "{bot} make a one-pager on the {pt} case for legal: dates {adm}–{dc}, total charges {bal}"),
    ("", "Atlas, text {exf} that {pt} from the {dos} complaint is in the lobby asking for me"),
    ("", ":white_check_mark: Reminder set for {mdate} {time}: \"Call back {pt} at {phone}\""),
    ("", ":white_check_mark: Done. I found 3 emails from {remail} about {pt}'s account and flagged them for you."),
    # --- practice administration ---
    ("", "front desk: {pt}'s new insurance card — {Lmem} {hpid}, group {grp}, {payer}. pls update before the {appt} appt"),
    ("", "pt {pt} ({dob}) no-showed 3x, sending the dismissal letter to {addr}"),
    ("credentialing", "Dr. {doc}'s DEA {dea} and MA license {lic} need renewal; credentialing packet due {dl_date}."),
    ("credentialing npi", "New hire onboarding — {ex}'s RN license {lic}, verified {mdate}. NPI {npi}."),
    ("credentialing npi structured multiline", "Credentialing packet for Dr. {doc}:\nNPI: {npi}\nDEA: {dea}\nState lic: {lic}\nPrivileges: pending MEC {mdate}"),
    ("F", "Pt {pt} left her car in the loading zone again, plate {plate}. security wants to tow"),
    ("", "Parking validation for {rel} (visiting {pt} in {room}), plate {plate}."),
    ("", "{pt}'s pacemaker rep needs the serial for remote monitoring enrollment: {serial}. Billing says we can't bill {cpt} without it."),
    ("", "Device registry: {pti}, implant date {dos}, UDI {udi}. Recall notice from the manufacturer."),
    ("", "CGM supply order for {pt}, serial {serial}, {Ldob} {dob}. {payer} needs a PA."),
    ("", "Hearing aid loaner returned by {rel} for {pt}, SN {serial}. Check it in pls"),
    ("", "Remote monitoring vendor shows {pt}'s device {serial} transmitting from IP {ip} — is that right?"),
    ("F", "pt {pt} wants her statements emailed to {email} instead of mailed to {pobox}"),
    ("", "Front desk note: {ptn} (legal name {pt}) prefers the nickname. {Lph} {phone}."),
    ("", "{pt} (\"{ptn}\") called re: the lab bill. cb {phone}."),
    ("F", "Patient {pt} is {age} and her son {son} handles her bills — guarantor change to him, his SSN {ssn}."),
    ("F", "Paging {exf} — walk-in at registration, {pt}, says she lives in {town} and her card says {hpid}"),
    ("multiline F", "> New voicemail from {phone}\n> \"Hi this is {rel}, calling about my mother {pt}'s bill...\"\nWho's taking this one?"),
    ("complaint M", "fwd from family: \"My father {pt} was discharged {dc} and we still haven't gotten the bill corrected. His member number is {hpid}. - {dau}\""),
    ("", "Insurance card photo uploaded for {pt}: subscriber {rel}, ID {hpid}, subscriber DOB {dob}."),
    ("", "{pt}'s portal: {purl}"),
    ("slack-markup", "{bot} open the portal record for {pt}: {purl2}"),
    ("", "telehealth link for {ptf}'s {time} visit (pt says it won't load): {purl}"),
    ("slack-markup", "Pay-by-link sent to {pt} for {bal}: {purlk} — expires in 14 days"),
    ("F", "fyi {pt}'s family set up a fundraiser for her bills, {purl}. Not sure we can share it internally?"),
    ("slack-markup", "Link to the family's update page if anyone wants to send a note: {purlk}"),
    ("F", "her caringbridge is {purl} — {exf} suggested we send a card from the team"),
    ("", "NH DL {dl} doesn't match the name on file for {pt}."),
    ("F", "The pump (SN {serial}) from {pt} came back to biomed after her discharge {dc}."),
    ("structured multiline", "Kiosk intake\nLast: {ptl}\nFirst: {ptf}\nDOB: {dob}\nZip: {zip}\nPhone: {phone}"),
    ("", "ZIP on file for {pt} is {zip}, but the statement went to {zip}."),
    ("", "two pts w/ same name {pt} — one DOB {dob} MRN {mrn}, the other DOB {dob} MRN {mrn}. be careful posting"),
    ("", "{pt}, {age}, in {room} since {adm}; daughter asking about Medicare days"),
    ("", "Spanish-speaking family: {dau} (hija de {pt}) tel {phone}, prefers WhatsApp."),
    ("", "pt goes by {ptn}, legal name {pt}. update the statement name pls"),
    ("", "portal log for {pt}'s session shows {ip}, then {ip} five minutes later"),
    ("", "PT NAME {pti} DOB {dob} — ALREADY CALLED TWICE, PLS RETURN CALL {phone}"),
    ("F", "Patient {pt} — {Lmrn} {mrn} — asked us to stop calling her work line {phonex}."),
    ("", "Valet damage claim from {pt}: DL# {dl}, plate {plate}, VIN {vin}."),
    ("F", "pt is {agew} years old, lives with her niece {dau} in {town}"),
    ("F", "she read me the SSN as {ssnw} — can someone confirm it's the same as on file?"),
    ("structured multiline", "Account number: {acct}\n(verified with {pt} by phone, DOB {dob})"),
    ("", "Card on file: {cc} (exp {exp}) — {pt} authorized the charge"),
    # --- patients in passing among business talk ---
    ("", "Revenue is up 4% for {fq}. Unrelated, but {pt}'s family sent a thank-you card to the whole billing team :heart:"),
    ("", "Budget review moved to {mdate}. Also {ex} asked about the {ptl} account — {acct} — still on hold?"),
    ("F", "Board deck done. One slide mentions the {pt} case — should we take her name off? {exf}"),
    ("multiline", "Agenda:\n1. {fq} cash collections\n2. {vendor} contract\n3. {pt} grievance ({Ldob} {dob})\n4. Open items"),
    ("multiline", "Staff meeting notes: new denial workflow live {eff}; Dr. {doc} out {mdate}; pt {pt} complaint resolved; parking changes."),
    ("vip", "{ex} mentioned {pt} (the {age}yo in {room}) is a retired trustee — keep it quiet"),
    ("", "lunch order for the RCM offsite is in + pls ask {exf} if they followed up with {pt}'s daughter {dauf} about the refund"),
    ("", "Great quarter all :tada: Quick ask — who has the {pti} ROI? {rel} emailed the CEO."),
    ("F", "re the PFAC panel on {mdate}: {pt} agreed to speak; she can be reached at {email}"),
    ("vip", "Reminder for tomorrow's board dinner: {pt} (trustee, admitted {adm}) won't attend. Don't mention it."),
    ("", "Week recap\n• {amt} collected\n• {n} ROI requests closed\n• escalations: {pt} (billing), {newpt} (privacy)"),
    # --- odd forms, labels far from values ---
    ("", "ssn {ssn} for the guarantor"),
    ("", "{Ldob} {dob} {Lmrn} {mrn}"),
    ("", "pts email is {email}"),
    ("", "{Lmem}: ( {hpid} )"),
    ("", "the memebr id is in the notes, let me look... ok here it is, took a sec: {hpid}"),
    ("M", "his {Lssn} is {ssn}"),
    ("", "phone for {ptf}: {phone}"),
    ("", "call back # {phone}"),
    ("", "{Lmrn} {mrn} / har {acct}"),
    ("", "{pti} {dob}"),
    ("", "{Lacct} — the one she gave me over the phone, not the one on the statement — {acct}"),
    ("", "{Lpt} {pta}, {Lph} ({phone})"),
    ("", "whats the social for {ptl}? nvm found it {ssn}"),
    # --- system notifications ---
    ("slack-markup", "*Epic InBasket* | Msg from {pt} (MRN {mrn}): \"I was charged for a visit on {dos} that I cancelled\""),
    ("business-contact", ":rotating_light: *DLP Alert* — outbound email from {bemail} contained an SSN pattern ({ssn}). Action: quarantined."),
    ("", "[Auto] Fax received from {phone} — 6 pages — Patient: {pti} — routed to HIM queue"),
    ("", "Zendesk #{tkt}: {pt} ({email}) — \"portal says my balance is {bal} but I paid\""),
    ("", "Reminder: callback {pt} {phone} re: estimate for {cpt}"),
    ("", "Portal sign-up: {email} linked to MRN {mrn} from {ip}"),
    ("", "New voicemail (0:42) from {phone}: caller identified as {rel}, re: {pt}"),
    ("slack-markup", "*Task assigned to you* — Verify coverage for {pti} | DOS {dos} | Plan ID {hpid} | Due {dl_date}"),
    ("multiline", "Audit trail export:\n```\n{ip}  {tkt}  MRN {mrn}  view\n{ip}  {tkt}  MRN {mrn}  print\n```"),
    ("business-contact", "Okta: new device sign-in for {bemail} from {ip}"),
    (":warning:", ":warning: Possible duplicate (92%): {pti} DOB {dob} / {newpti} DOB {dob}"),
    ("", "[Kiteworks] {bemail} shared \"ROI_{ptl}_records.pdf\" with {email}. Link expires in 7 days."),
    # --- business contacts (conservative types) ---
    ("business-contact", "{vendor} rep is {ex}, {bemail}, {bphone}. Good contact for the 835 remits."),
    ("business-contact", "Escalation line at {payer} provider relations: {bphone} (press 3)."),
    ("business-contact slack-markup", "New lockbox contact: {ex} {bmail}"),
    ("business-contact", "Fax the appeal to {payer} at {bphone}, attn {ex}."),
    ("business-contact ext", "Ext 4410 is down, use the main billing line {bphone} until IT fixes it"),
    ("business-contact", "Our {vendor} courier contact: {ex}, cell {bphone}"),
    ("business-contact", "Tell {ex} to email {bemail} with the W-9."),
    ("", "Corporate Amex for the conference booking: {cc}, exp {exp}. Don't post it here again lol"),
    ("", "VPN issue — my home IP is {ip}, can you whitelist it?"),
    ("business-contact slack-markup", "Payer relations: {btel}"),
    ("business-contact", "{dept} fax changed to {bphone}. Update the ROI cover sheet."),
    ("business-contact", "Per {exf}: route all {payer} retro-auth questions to {bemail} or {bphone}."),
]

CLEAN_FRAMES = [
    # --- revenue cycle ---
    ("", "{fq} denial rate down to {pct}. Top reason CO-16. {ex} will present {mdate}."),
    ("", "Remit files from {payer} are late again — ticket {tkt}. Cash posting will slip to {mdate}."),
    ("", "{po} for the {vendor} renewal is approved, {amt}. {exf} pls send to AP."),
    ("", "Invoice {inv} from {vendor} is double-billed ({amt} x2). Disputing."),
    ("", "CPT {cpt} denials spiking for {payer}, mostly modifier 25 issues. Coding huddle {mdate} {time}."),
    ("", "Reminder: {py} charge master updates go live {eff}. Cost center {ccn} owners please review."),
    ("age-aggregate", "AR over 90 days is {amt}. Accounts 90+ days past due: {n}."),
    ("", "Can we bill {cpt} and {cpt} on the same day? Dr. {doc} asked."),
    ("", "We will grant the extension. Bill will handle the rest."),
    ("", "I hope the new clearinghouse {ver} fixes the 277CA rejections."),
    ("", "Epic upgrade to {ver} on {mdate}; expect downtime 0100–0400. Downtime forms are in {room}."),
    ("", "The bill for the {vendor} consulting came in at {amt}, way over the SOW."),
    ("", "{ex} approved the {amt} write-off threshold change. Policy effective {eff}."),
    ("", "Can someone send me the {fq} payer mix by {dl_date}? Need it for {ex}'s board deck."),
    ("", "{n} accounts stuck in WQ {n}0 since the {ver} patch. {tkt}."),
    ("", "Underpayment recovery from {payer}: {amt} across {n} claims. Nice work team :tada:"),
    ("", "Group number for the employee plan is {grp}, {py}."),
    ("facility-address zip-like", "Lockbox moved — payments now go to PO Box 4102, Lowell MA 01853. Update the statement footer."),
    ("", "Price estimator says {cpt} is {amt} at {site} vs {amt} at the HOPD."),
    ("", "DRG {drg} CMI moved from 1.42 to 1.51 in {fq}."),
    ("icd", "ICD-10 {icd} is driving the medical necessity edits — {n} hits this week."),
    ("", "Mark will bill the hours to {ccn}."),
    ("", "Grant funding for the {dept} redesign came through: {amt} over 2 years."),
    ("", "Chase the {payer} underpayments first, then the {payer} ones."),
    ("multiline", "Denials by payer ({fq}):\n• {payer}: {pct}\n• {payer}: {pct}\n• {payer}: {pct}"),
    ("", "{payer} fee schedule for {py} is posted, {cpt} went up {pct}."),
    ("", "Refund backlog is {n} accounts / {amt}. {ex} wants it under {amt} by {dl_date}."),
    ("", "Small balance write-off threshold stays at $9.99 for {py}."),
    ("", "Statement vendor {vendor} confirmed the {mdate} mail drop."),
    ("", "Rich, can you rerun the {fq} cash report? The {ccn} line looks off."),
    # --- HIM ---
    ("", "ROI turnaround averaged {n} days in {fq}; target is 10. {vendor} says staffing."),
    ("mrn-topic", "Reminder: 10-digit MRNs typed without the leading zeros won't match — use the lookup."),
    ("ssn-topic", "Do not put SSNs in Slack. Use the secure workflow. :no_entry:"),
    ("", "Retention schedule update: adult records 10 yrs, minors until age 21. Effective {eff}."),
    ("", "Scanning vendor {vendor} on site {mdate} in {room}. Badge them in via {ext}."),
    ("money", "ROI fee schedule: {fee} per page after 100. Legal signed off — {link}"),
    ("", "Deficiency counts by provider attached. Dr. {doc} is down to {n}."),
    ("", "Coding backlog: {n} charts, DNFB {amt}. {ex} wants daily updates."),
    ("", "ROI queue: {tkt}, {tkt}, {tkt} are all waiting on requester signatures."),
    ("mrn-topic", "MRN format changes to 10 digits with {ver}. Interfaces team is on it."),
    ("", "Scanner in {room} jammed again. Ticket {tkt}."),
    ("", "Release of information policy says we verify two identifiers before any disclosure. Please re-read it before the audit."),
    ("", "{dept} will be short-staffed {mdate}; ROI requests may slip a day."),
    ("", "Who is the HIM director now that {ex} retired?"),
    ("", "Chart correction SOP updated — {link}"),
    ("", "Subpoena log is current through {mdate}. {n} open."),
    # --- compliance and privacy ---
    ("hipaa", "HIPAA training due {dl_date}. {pct} complete so far. Managers, nudge your folks."),
    ("hipaa", "Annual privacy attestation: {link}"),
    ("", "OIG work plan for {py} added telehealth audits. {ex} to brief the compliance committee {mdate}."),
    ("hipaa", "Reminder: minimum necessary applies to Slack too — no names, no DOBs, no MRNs in channels."),
    ("", "Compliance hotline volume {fq}: {n} reports, 2 substantiated."),
    ("ext", "The privacy office moved to {fac}, 2nd floor. Extension {ext}."),
    ("", "Who has the BAA for {vendor}? Contract {po} expires {eff}."),
    ("hipaa", "Policy PRIV-112 (sharing via chat) revised. Effective {eff}. :memo:"),
    ("hipaa", "Remember Safe Harbor: 18 identifiers, incl. names, dates, MRNs. Cheat sheet: {link}"),
    ("", "IP whitelisting request for the {vendor} SFTP — ticket {tkt}. No details in Slack pls."),
    ("", "Does the {ver} build still write patient names to the audit table? Need an answer for the risk assessment."),
    ("age-aggregate", "Committee slide: ages 90 and over are aggregated as \"90+\" in all external reports."),
    ("hipaa", "FairWarning tuning: {n} false positives last week, mostly family-name matches."),
    ("", "Sanction screening for {fq} done, 0 hits. {vendor} report in the share."),
    ("", "Compliance committee moved to {mdate} {time}, {room}. Dial-in Zoom {zoom}."),
    ("", "Mock OCR audit findings: ROI logs incomplete, BAAs missing for 3 vendors."),
    ("hipaa", "Breach log for {fq}: {n} incidents, none reportable. Details in the privacy share."),
    ("", "Frank feedback from the auditors: our disclosure accounting is weak."),
    # --- executives and the assistant bot ---
    ("", "{bot} book 30 min with {ex} and {ex2} next week re: the {vendor} contract"),
    ("calendar", "{bot} what's on my calendar {mdate}?"),
    ("", "{bot} draft a thank-you note to {ex} for covering the {site} site visit"),
    ("", "{bot} remind me at {time} to call the CFO"),
    ("", "{bot} find the {fq} revenue cycle dashboard and send it to {ex}"),
    ("", "{bot} order lunch for 12 to {room} {mdate}"),
    ("", "{bot} summarize the thread in {chan} and list action items"),
    ("", ":white_check_mark: Done. Meeting with {ex} booked for {mdate} at {time}. Zoom {zoom}."),
    ("", "Reminder set for {mdate} {time}: \"Review {vendor} SOW\""),
    ("", "{bot} move my 1:1 with {exf} to {mdate}, they're at the {site} site"),
    ("npi", "{bot} what's the NPI for Dr. {doc}? need it for the payer form"),
    ("npi", "Dr. {doc}'s NPI is {npi} (from the NPPES registry)."),
    ("", "{bot} expense: dinner with the {vendor} team {fee}, cost center {ccn}"),
    ("", "{bot} pull {py} budget vs actual for HIM, ticket {tkt}"),
    ("", "{bot} call {dept} at {ext} and ask if the scanners are fixed"),
    ("", "{bot} book the conference room at {fac} for the compliance committee, {mdate} {time}"),
    ("", "{bot} draft my remarks for the {fq} town hall: denials down, cash up {pct}, thank {dept}"),
    ("", "{bot} decline the {vendor} dinner invite politely"),
    ("", "{bot} what's the balance left on PO {po}?"),
    ("", "{bot} find a time with {ex}, {ex2} and Dr. {doc} before {dl_date}"),
    ("", "I've scheduled \"{vendor} QBR\" for {mdate} at {time} in {room}. 4 attendees accepted."),
    ("", "{bot} translate 'your balance is due' into Spanish and Portuguese for the statement insert"),
    ("", "{bot} remind me to sign the {vendor} renewal ({amt}) before {eff}"),
    ("", "{bot} send {ex} the board portal link: {link}"),
    ("", "Here's your morning brief: 3 meetings, {n} unread from {ex}, the {vendor} invoice {inv} needs approval."),
    # --- practice administration ---
    ("", "Clinic at {fac} closes early {mdate} for the fire drill."),
    ("", "{room} and bed 14 are out of service — maintenance {tkt}."),
    ("", "Med room restock: {dose} x20, {dose} x10. {po}."),
    ("ext", "New phone tree: billing {ext}, HIM {ext}, privacy {ext}."),
    ("", "Who's covering front desk {mdate}? {exf} is at the {site} site."),
    ("", "Will do. Grant said the same."),
    ("emoji", "ok thx, done :thumbsup:"),
    ("", "approved, ship it"),
    ("", "on it now"),
    ("", "Can you hop on Zoom {zoom}? 5 min."),
    ("", "{me} can you review {tkt} before EOD?"),
    ("", "Statement template updated, see {link}"),
    ("", "Patient in {room} asked about parking validation — where do we keep the stickers?"),
    ("age-aggregate", "{n} pts over 90 on today's schedule, make sure wheelchairs are staged."),
    ("age-aggregate", "Geriatrics panel: patients 90+ are now 14% of visits."),
    ("", "90-day notice sent to {vendor}."),
    ("", "Payroll will be late, Hope confirmed with {dept}."),
    ("", "Last 4 of the corporate card is {last4}, exp {exp}."),
    ("", "The Zoom ID is {zoom}, passcode in the invite."),
    ("version", "Is {ver} or {ver} in prod? The release notes disagree."),
    ("", "{site} office moved to {fac}."),
    ("zip-like", "ZIP {faczip} is where the new urgent care opens in the spring."),
    ("exec-name", "Donor {ex} gave {amt} to the foundation, recognition event {mdate}."),
    ("exec-name", "Board member {ex} asked for the {fq} quality scorecard."),
    ("multiline slack-markup", "*RCM Huddle — {mdate}*\n• Cash: {amt} (goal {amt})\n• Denials: {pct}\n• {vendor} go-live {eff}\n• Action: {exf} to fix {tkt}"),
    ("multiline", "Ticket: {tkt}\nPriority: P2\nAssignee: {ex}\nComponent: Cadence {ver}\nDue: {dl_date}"),
    ("multiline", "> are we still on for {mdate}?\nyes, {time} in {room}"),
    ("", "Expense reports for {fq} due {dl_date}."),
    ("", "Grant application for HIM modernization is in — {amt} ask. Fingers crossed :crossed_fingers:"),
    ("", "Drug pricing: {dose} is {fee}/unit under 340B vs {fee} WAC."),
    ("icd", "Denial code CO-50 on {cpt} with {icd}: med necessity. Template appeal: {link}"),
    ("npi", "NPI {npi} isn't in PECOS yet — Dr. {doc}'s enrollment is stuck. {tkt}"),
    ("", "EOD works for me"),
    ("", "will review after lunch"),
    ("", "Grant + Will both out {mdate}"),
    ("", "Pls hold the {vendor} check until {mdate}."),
    ("", "{me} {me} standup moved to {time}"),
    ("", "Does anyone know the {dept} fax? nvm, found it on the intranet"),
    ("ext", "{dept} extension changed to {ext}."),
    ("", "Audit sample: {n} encounters from {fq}, {pct} error rate."),
    ("", "Sunny days ahead — {fq} close done early :sunny:"),
    ("", "The {site} site's address for the CMS 855 is {fac}."),
    ("", "Facility ZIPs on claims must match the 855 — {fac}."),
    ("", "Kudos to {ex} and the {dept} team for clearing {n} ROI requests this week :clap:"),
    ("", "CFO wants a 1-pager on the {amt} variance by {dl_date}."),
    ("", "Surgical case count {fq}: {n}; ortho block time up {pct}."),
    ("multiline", "Statement insert draft:\n> Your balance is due within 30 days. Questions? Call the number on your statement.\nThoughts?"),
    ("", "{exf}, can you grant {ex} access to the ROI queue? {tkt}"),
    ("", "Family lounge on 3 reopens {mdate}."),
    ("", "Mark the {vendor} invoice as paid. {inv}"),
    ("", "Heads up: {payer} portal is down, use the fax workflow (numbers are in {link})."),
    ("", "Meeting with {vendor} moved from {mdate} to {mdate}."),
    ("", "Pharmacy spend {fq}: {dose} drove {pct} of the increase."),
    ("", "Reminder: the HAR is the hospital account number — never paste HARs in chat."),
    ("", "New hire {ex} starts {mdate} in patient financial services, desk {room}."),
    ("emoji", "Congrats to {ex} on the promotion to Director of HIM! :tada:"),
    ("", "{ex} retired after 31 years. Card is in the mailroom."),
    ("", "May we push the {vendor} demo to June? April is packed."),
    ("", "Joy from {dept} is covering for {exf} until {mdate}."),
    ("", "Art from facilities says the {room} HVAC ticket ({tkt}) is closed."),
    ("", "I'll bill it to {ccn} and you can grant approval in Workday."),
    ("", "Pls fix: {vendor} still shows our old address ({fac})."),
    ("", "Faith in the new {vendor} build is low after {ver}."),
    ("", "Storm closure: {site} clinic opens at 10 {mdate}. Call center script updated."),
    ("", "Reminder {time}: Patient Access huddle in {room}."),
    ("", "{ex} and {ex2} will cover the {site} site while the practice manager is at the MGMA conference."),
    ("", "Rounding today in {room} with {ex}; will be offline from {time}."),
    ("", "Heads up, {dose} on backorder per {vendor}; pharmacy is substituting."),
    ("", "Total patients seen {fq}: {n}k. Average age 54. {pct} Medicare."),
    ("", "Wage index update lowered our {py} Medicare rates about {pct}."),
    ("", "our {site} site hit {pct} POS collections this month :fire:"),
    ("", "{me} PO {po} is stuck in approval, can you nudge {ex}?"),
    ("", "Will the {ver} patch fix the statement batch? Ticket {tkt}."),
    ("", "Thanks {exf}, appreciate it!"),
    ("", "Can someone grant me access to {chan}?"),
    ("", "Hope everyone had a good weekend — busy week, {n} denials to work."),
]

OPENERS = ["quick q — ", "Hi all — ", "FYI ", "morning! ", "sorry to bug — ", "{me} ", "hey ",
           "Team, ", "URGENT: ", "not urgent but ", "+1. ", "Following up: ", "Per {exf}: ",
           "ok so ", "Hi {exf}, ", "@channel ", "Re: yesterday — "]
CLOSERS = [" thx", " ty!", " :pray:", " — thanks!", "\n\nThanks,\n{exf}", " (sent from phone)",
           " :thumbsup:", " pls advise", " lmk", " :eyes:", " tia", "\n– {exf}"]


# ---------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------
PH = re.compile(r"\{(\w+)\}")
PROTECT = re.compile(r"<[@#!][^>]*>|:[a-z0-9_+\-]+:|(?:https?://|mailto:|tel:)[^\s|>]+")
PHI_TYPES = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
             "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}
STRUCTURED = {"PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER",
              "VEHICLE_ID", "DEVICE_ID", "IP_ADDRESS", "CREDIT_CARD", "URL"}


def frame_gender(tags, tpl):
    t = tags.split()
    if "F" in t:
        return "f"
    if "M" in t:
        return "m"
    lit = PH.sub(" ", tpl).lower()
    m = re.search(r"\b(she|her|hers|he|his|him)\b", lit)
    if m:
        return "f" if m.group(1) in ("she", "her", "hers") else "m"
    return None


def expand(ctx, tpl):
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, False])
        segs.extend([list(s) for s in GEN[m.group(1)](ctx)])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, False])
    return segs


def case_map(s, fn):
    out, pos = [], 0
    for m in PROTECT.finditer(s):
        out.append(fn(s[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn(s[pos:]))
    return "".join(out)


def typo_word(R, w):
    for _ in range(10):
        i = R.randint(1, len(w) - 2)
        op = R.randrange(4)
        if op == 0 and w[i] != w[i + 1]:
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            nw = w[:i] + w[i + 1:]
        elif op == 2:
            nw = w[:i] + w[i] + w[i:]
        else:
            c = w[i]
            nb = KEYB.get(c.lower())
            if not nb:
                continue
            r = R.choice(nb)
            nw = w[:i] + (r.upper() if c.isupper() else r) + w[i + 1:]
        if nw != w:
            return nw
    return None


def apply_typo(R, segs):
    cands = []
    for si, s in enumerate(segs):
        if s[1] is not None:
            continue
        for m in re.finditer(r"\S+", s[0]):
            tok = m.group(0)
            core = tok.strip(",.;!?()\"'")
            if re.fullmatch(r"[A-Za-z]{4,}", core) and core.lower() not in ("http", "https", "mailto"):
                st = m.start() + tok.find(core)
                cands.append((si, st, core))
    if not cands:
        return False
    si, st, core = R.choice(cands)
    nw = typo_word(R, core)
    if not nw:
        return False
    t = segs[si][0]
    segs[si][0] = t[:st] + nw + t[st + len(core):]
    return True


def locate_like_checker(text, spans):
    b = text.encode("utf-8")
    pos, out = 0, []
    for s in spans:
        v = s["value"].encode("utf-8")
        i = b.find(v, pos)
        if i < 0:
            return None
        out.append((i, i + len(v)))
        pos = i + len(v)
    return out


def build(R, tags, tpl, want_phi):
    full = tpl
    if R.random() < 0.2 and tpl[:1] not in (">", "[", ":"):
        full = R.choice(OPENERS) + full
    if R.random() < 0.18:
        full = full + R.choice(CLOSERS)
    keys = set(PH.findall(full))
    ctx = Ctx(R, keys, frame_gender(tags, tpl))
    segs = expand(ctx, full)
    # transforms
    r = R.random()
    if r < 0.25:
        for s in segs:
            if s[1] != "P":
                s[0] = case_map(s[0], str.lower)
        ctx.tags.add("lowercase")
    elif r < 0.275:
        for s in segs:
            if s[1] != "P":
                s[0] = case_map(s[0], str.upper)
        ctx.tags.add("allcaps")
    if R.random() < 0.15 and apply_typo(R, segs):
        ctx.tags.add("typo")
    # text and spans
    text = "".join(s[0] for s in segs)
    spans, expect, off = [], [], 0
    for s in segs:
        blen = len(s[0].encode("utf-8"))
        if s[1] in PHI_TYPES:
            v = s[0]
            if not v or v != v.strip():
                return None
            spans.append({"type": s[1], "value": v})
            expect.append((off, off + blen))
        off += blen
    if len(text.split()) < 3:
        return None
    if bool(spans) != want_phi:
        raise AssertionError("frame class mismatch: %r" % tpl)
    if locate_like_checker(text, spans) != expect:
        return None          # a value would be found at the wrong place: redraw
    # tags
    tg = [t for t in tags.split() if t not in ("F", "M") and not t.startswith(":")]
    tg += sorted(ctx.tags)
    types = {s["type"] for s in spans}
    if "NAME" in types:
        tg.append("name")
    if "DATE" in types:
        tg.append("date")
    if "AGE" in types:
        tg.append("age")
    if types & STRUCTURED:
        tg.append("structured")
    if spans and all(s[2] for s in segs if s[1] in PHI_TYPES):
        tg.append("business-contact")
    elif "business-contact" in tg:
        tg = [t for t in tg if t != "business-contact"]
    if "\n" in text:
        tg.append("multiline")
    if re.search(r"<[@#][A-Z0-9]|<https?://|<mailto:|<tel:|\*[^*\s][^*]*\*|`", text):
        tg.append("slack-markup")
    if re.search(r":[a-z0-9_+\-]+:", text):
        tg.append("emoji")
    if not spans:
        tg = [t for t in tg if t not in ("evasion", "fullwidth", "zero-width")]
    tg = (["phi"] if spans else ["clean"]) + tg
    seen, tags_out = set(), []
    for t in tg:
        if t and t not in seen:
            seen.add(t)
            tags_out.append(t)
    return text, spans, tags_out


def main():
    R = random.Random(SEED)
    assert len(set(FEMALE) | set(MALE)) >= 300, "given-name pool too small"
    assert len(set(SURNAMES)) >= 300, "surname pool too small"
    for _, tpl in PHI_FRAMES + CLEAN_FRAMES:
        for k in PH.findall(tpl):
            assert k in GEN, k
    assert len({t for _, t in PHI_FRAMES + CLEAN_FRAMES}) >= 250
    # balanced frame schedule: every frame used about equally often
    plan = []
    for frames, n, phi in ((CLEAN_FRAMES, N_CLEAN, False), (PHI_FRAMES, N_TOTAL - N_CLEAN, True)):
        order = []
        while len(order) < n:
            block = list(range(len(frames)))
            R.shuffle(block)
            order.extend(block)
        plan.extend((phi, i) for i in order[:n])
    R.shuffle(plan)
    seen_text = set()
    out = []
    for k, (phi, fi) in enumerate(plan, 1):
        frames = PHI_FRAMES if phi else CLEAN_FRAMES
        res = None
        for attempt in range(200):
            tags, tpl = frames[fi] if attempt < 40 else frames[R.randrange(len(frames))]
            res = build(R, tags, tpl, phi)
            if res and res[0] not in seen_text:
                break
            res = None
        if res is None:
            raise RuntimeError("could not build message %d" % k)
        text, spans, tags_out = res
        seen_text.add(text)
        out.append({"id": "gp%04d" % k, "text": text, "spans": spans, "tags": tags_out})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for item in out:
            f.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n")
    n_phi = sum(1 for o in out if o["spans"])
    print("wrote %d messages (%d PHI, %d clean) from %d frames to %s" % (
        len(out), n_phi, len(out) - n_phi, len(PHI_FRAMES) + len(CLEAN_FRAMES), OUT))


if __name__ == "__main__":
    main()
