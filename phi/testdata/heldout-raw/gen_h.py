#!/usr/bin/env python3
"""gen_h.py - deterministic generator for blind PHI evaluation corpus H.

Python 3 stdlib only.  Writes generated_h.jsonl next to this file.
Labels follow /work/corpora/PHI-LABELS.md; raw format of check_phi_corpus.py
(spans listed as values in reading order).

Internally a message is a list of segments (kind, text):
  ""      ordinary text (all style transforms apply)
  "N"     plain slot value that is NOT PHI (colleague names, ticket ids, ...):
          lower-cased with the message, never typo'd / abbreviated
  "~"     raw Slack syntax (<@U..>, <mailto:, |, >): never transformed
  TYPE    a gold PHI span (NAME, DATE, ...)
Gold spans are recomputed from the segments after every transform, and each
message is checked against the validator's left-to-right search; messages
whose spans the search would place elsewhere are regenerated.
"""
import json, os, random, re, sys, unicodedata

SEED = 4417_2025
N_TOTAL = 1600
N_CLEAN = 720          # 45 %
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_h.jsonl")
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------
# value pools (all invented)
# ----------------------------------------------------------------------------
def _w(s):
    return [x.replace("_", " ") for x in s.split()]

ORIGINS = {
    # origin: (weight, female firsts, male firsts, surnames)
    "anglo": (24, _w("Mary Linda Patricia Susan Karen Nancy Donna Carol Sandra Deborah Sharon Cynthia Kathleen Pamela "
                     "Brenda Diane Janet Heather Megan Ashley Brittany Kayla Amanda Jessica Lauren Stephanie Courtney "
                     "Kristen Tara Jill Colleen Maureen Erin Kaitlyn Madison Hailey Mary_Ellen Tammy Rhonda Darlene"),
              _w("James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew "
                 "Anthony Steven Kevin Brian Jason Jeffrey Ryan Tyler Brandon Kyle Cody Justin Derek Sean Patrick "
                 "Dennis Gary Wayne Randy Keith Billy_Ray Dale Travis"),
              _w("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Thompson "
                 "Harris Clark Lewis Robinson Walker Allen Wright Scott Adams Nelson Mitchell Campbell Roberts Carter "
                 "Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Rogers Morgan Cooper Peterson "
                 "Bailey Kelly Howard Sullivan Russell Griffin Hayes Brennan Haskins Whitford Kline Ashby Thibodeau "
                 "Gagnon Pelletier Ouellette Levesque Boucher Morrissey Callahan Donovan Brannigan Fitzpatrick MacLeod "
                 "Whitcomb Pratt Dunleavy")),
    "elder": (8, _w("Mildred Gertrude Eunice Bernice Edna Thelma Agnes Florence Ethel Myrtle Dorothy Lorraine Marjorie "
                    "Hazel Irene Viola Lucille Winifred Imogene Opal Beulah Loretta"),
              _w("Harold Walter Clarence Irving Vernon Herbert Lloyd Elmer Chester Floyd Leonard Norman Stanley Milton "
                 "Wilbur Sherman Homer Arthur Eugene"),
              _w("Haskins Whitford Ashby Pratt Pelletier Szymanski Kowalczyk Ferraro DeLuca Callahan Boucher Dunleavy "
                 "Lindqvist Goldberg Esposito Marino")),
    "hispanic": (12, _w("María Guadalupe Xiomara Yesenia Marisol Beatriz Itzel Ximena Lucía Carmen Rosario Ana_Lucía "
                        "Dulce Yaritza Milagros Maria Yolanda Nilda"),
                 _w("José Luis Jesús Alejandro Rafael Joaquín Juan_Carlos Héctor Fernando Santiago Eduardo Wilfredo "
                    "Ángel Jose Hector Luis_Miguel"),
                 _w("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera "
                    "Gómez Díaz Cruz Morales Ortiz Gutiérrez Reyes Quintanilla Villanueva Castellano de_la_Cruz "
                    "Quintanilla_Reyes Colón Figueroa Vázquez Ocasio Batista Garcia Rodriguez Lopez Rivera_Ortiz")),
    "viet": (4, _w("Lan Thuy Hoa Linh Ngọc Mai Trang Huong"), _w("Minh Bao Quang Duc Khoa Tuan Hung"),
             _w("Nguyen Tran Le Pham Huynh Vo Dang Bui Ngo")),
    "chinese": (4, _w("Mei Xiaoling Yan Hui Jing Lina"), _w("Wei Jianguo Zhiwei Hao Jun Bo"),
                _w("Zhang Liu Chen Wang Xu Huang Zhou Wu Lin Guo")),
    "korean": (3, _w("Seo-yeon Eun-ji Ji-woo Min-seo Sun-hee"), _w("Ji-hoon Min-jun Hyun-woo Dong-hyun"),
               _w("Park Kim Choi Yoon Jung Kang Cho Lim")),
    "southasian": (6, _w("Priya Lakshmi Deepa Ananya Sunita Kavya Harpreet Nusrat Farzana"),
                   _w("Arjun Venkatesh Sanjay Raghunath Rohan Amit Gurpreet Imran"),
                   _w("Patel Shah Iyer Ramanathan Chaudhry Reddy Nair Kaur Singh Gill Sandhu Rahman Hossain "
                      "Krishnamurthy")),
    "arabic": (4, _w("Fatima Layla Noor Amira Yasmin Mariam Huda"), _w("Mohammed Omar Youssef Khalid Ahmed Tariq Bilal"),
               _w("Haddad Khoury Al-Masri Nasser Saleh Abboud Mansour El-Amin")),
    "wafrican": (5, _w("Ngozi Adaeze Folake Chiamaka Abena Ama Funmilayo"),
                 _w("Chidi Oluwaseun Emeka Tunde Kwame Kofi Babatunde"),
                 _w("Okafor Adeyemi Nwosu Okonkwo Eze Mensah Owusu Adebayo Ogunleye Asante Adeyemi-Okafor")),
    "haitian": (5, _w("Marie-Claude Guerline Fabiola Jocelyne Nadège Rose-Marie"),
                _w("Jean-Baptiste Wadson Jean-Robert Frantz Ernst Dieufort"),
                _w("Pierre Joseph Jean-Louis Dorvil Étienne Baptiste Pierre-Louis Desrosiers Saint-Fleur Toussaint")),
    "luso": (4, _w("Conceição Graça Djamila Fernanda Luzia Fátima"), _w("João Tiago Manuel Duarte Nuno Adilson"),
             _w("Fernandes Pereira Medeiros Tavares Barbosa Silva Andrade Monteiro Gonçalves Sousa")),
    "slavic": (4, _w("Svetlana Oksana Natalia Agnieszka Bożena Irina Olena"),
               _w("Dmitri Yuri Krzysztof Wojciech Sergei Bohdan Pavel"),
               _w("Ivanova Petrov Kuznetsov Shevchenko Kowalczyk Wiśniewski Szczepański Nowak Zielinski Kovalenko "
                  "Szymanski")),
    "irish": (4, _w("Siobhan Niamh Aoife Bridget Maeve"), _w("Declan Padraig Cormac Eamon Liam"),
              _w("O'Brien McNally Fitzgerald O'Sullivan Donnelly McCarthy Gallagher")),
    "medit": (4, _w("Eleni Dimitra Giovanna Carmela Rosaria"), _w("Konstantinos Georgios Salvatore Vincenzo Carmine"),
              _w("Papadopoulos Katsaros DeLuca Santangelo Ferraro Russo Esposito Marino")),
    "japanese": (2, _w("Yuki Aiko Haruka Keiko"), _w("Kenji Haruto Takeshi Hiroshi"),
                 _w("Nakamura Tanaka Sato Watanabe Yamamoto")),
    "somali": (3, _w("Hodan Faduma Ayaan Sahra"), _w("Abdirahman Mahad Abdullahi Farah"),
               _w("Abdi Warsame Hassan Mohamud Jama Osman")),
    "filipino": (3, _w("Maricel Rowena Analyn Jocelyn"), _w("Jomar Rodel Arnel Ramon"),
                 _w("Dela_Rosa Macapagal Bautista Santos Dimaculangan")),
    "north": (3, _w("Miriam Shoshana Ingrid Greta"), _w("Avi Moshe Lars Søren"),
              _w("Goldberg Rosenthal Cohen Katz Lindqvist Johansson Haugen Schneider Becker Weiss")),
    "native": (1, _w("Winona Tallulah"), _w("Dakota Ahanu"), _w("Yazzie Begay Whitehorse Tsosie")),
    "word": (12, _w("Rose Grace Faith Hope Joy Dawn June April May Summer Autumn Holly Ivy Iris Violet Ruby Pearl "
                    "Amber Crystal Destiny Charity Patience Ginger Penny Sandy Sunny Honor Precious Harmony Star"),
             _w("Hunter Lane Will Rich Frank Mark Jack Bill Art Chase Sterling Major King Forrest Drew Reed Miles Wade "
                "Rocky Buck Cash Jay Gene River"),
             _w("Price Ward Lane Hunter Rivers Banks Woods Fields Stone Bishop Knight Church Baker Cook Porter Bell Rich "
                "Short Long Young Black Gray Green White Fox Wolf Hart Frost Snow Winter Day Moody Sharp Strong Sweet "
                "Love Child Wise Noble Page Marsh Brooks Hope Best Good Street Power Cross Major")),
}
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_W = [ORIGINS[k][0] for k in ORIGIN_KEYS]
ALL_LAST = sorted({l for k in ORIGINS for l in ORIGINS[k][3]})
NICK = {"Robert": "Bobby", "William": "Bill", "Elizabeth": "Liz", "Margaret": "Peggy", "James": "Jim",
        "Patricia": "Patty", "Joseph": "Joe", "Anthony": "Tony", "Alejandro": "Alex", "Oluwaseun": "Seun",
        "Konstantinos": "Gus", "Dmitri": "Dima", "Guadalupe": "Lupe", "Jesús": "Chuy", "Richard": "Rick",
        "Katherine": "Kate", "Deborah": "Debbie", "Michael": "Mikey", "Charles": "Chuck", "Harold": "Hal",
        "Dorothy": "Dot", "Florence": "Flo", "Gertrude": "Trudy", "Babatunde": "Tunde", "Christopher": "Kit",
        "Jean-Baptiste": "JB", "Salvatore": "Sal", "Vincenzo": "Enzo", "Rosaria": "Sara", "Walter": "Walt"}

REL_WORDS = [("daughter", "f"), ("son", "m"), ("wife", "f"), ("husband", "m"), ("sister", "f"), ("brother", "m"),
             ("niece", "f"), ("nephew", "m"), ("granddaughter", "f"), ("grandson", "m"), ("mother", "f"),
             ("father", "m"), ("mom", "f"), ("dad", "m"), ("partner", "u"), ("HCP", "u"), ("POA", "u"),
             ("guardian", "u"), ("aunt", "f"), ("stepdaughter", "f"), ("health care proxy", "u"), ("fiancée", "f"),
             ("cousin", "u"), ("son-in-law", "m")]
BLOOD = {"daughter", "son", "sister", "brother", "granddaughter", "grandson", "mother", "father", "mom", "dad"}

ORGS = ["mercyvalley.org", "northbridgehealth.org", "essexmed.org", "merrimackhealth.org", "bayviewcare.org"]
VENDORS = [("Halvard Medical", "halvardmed.com"), ("Northpoint Imaging", "northpointimaging.com"),
           ("Cordant Supply", "cordantsupply.com"), ("BlueHarbor IT", "blueharbor-it.com"),
           ("Meridian Staffing", "meridianstaff.com"), ("Apex Linen", "apexlinen.net"),
           ("Veritas Consulting", "veritas-hc.com"), ("Kestrel Analytics", "kestrelanalytics.io"),
           ("Summit Biomedical", "summitbiomed.com"), ("Ardent Pharma", "ardentpharma.com")]
FREEMAIL = ["gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "verizon.net", "aol.com", "icloud.com",
            "outlook.com", "protonmail.com", "msn.com", "charter.net"]
UNITS = ["4 West", "4W", "5 East", "6N", "the ICU", "MICU", "SICU", "CCU", "step-down", "7 Tower", "Ellison 12",
         "Med-Surg 3", "PCU", "L&D", "Mother-Baby", "Peds", "the obs unit", "ED pod B", "fast track", "rehab",
         "Blake 8", "2 South", "3 North", "the BH unit", "geri-psych"]
SITES = ["Salem", "Lowell", "Haverhill", "Danvers", "Beverly", "Gloucester", "Andover", "Worcester", "Framingham",
         "Quincy", "Waltham", "Burlington", "Methuen", "Lawrence", "Newburyport", "Peabody", "North Shore",
         "Merrimack Valley", "Leominster", "Dracut", "Nashua"]
TOWNS = {"Amesbury": ("MA", "01913"), "Dracut": ("MA", "01826"), "Lowell": ("MA", "01852"), "Haverhill": ("MA", "01830"),
         "Methuen": ("MA", "01844"), "Lawrence": ("MA", "01841"), "Chelmsford": ("MA", "01824"),
         "Tewksbury": ("MA", "01876"), "Billerica": ("MA", "01821"), "Peabody": ("MA", "01960"), "Lynn": ("MA", "01902"),
         "Revere": ("MA", "02151"), "Chelsea": ("MA", "02150"), "Malden": ("MA", "02148"), "Medford": ("MA", "02155"),
         "Somerville": ("MA", "02143"), "Quincy": ("MA", "02169"), "Brockton": ("MA", "02301"),
         "Taunton": ("MA", "02780"), "Fall River": ("MA", "02720"), "New Bedford": ("MA", "02740"),
         "Fitchburg": ("MA", "01420"), "Leominster": ("MA", "01453"), "Worcester": ("MA", "01604"),
         "Springfield": ("MA", "01109"), "Holyoke": ("MA", "01040"), "Chicopee": ("MA", "01020"),
         "Nashua": ("NH", "03060"), "Salem": ("NH", "03079"), "Derry": ("NH", "03038"), "Pawtucket": ("RI", "02860"),
         "Woonsocket": ("RI", "02895"), "Gloucester": ("MA", "01930"), "Saugus": ("MA", "01906"),
         "Everett": ("MA", "02149"), "Randolph": ("MA", "02368"), "Dorchester": ("MA", "02124"),
         "Mattapan": ("MA", "02126"), "East Boston": ("MA", "02128"), "Framingham": ("MA", "01702"),
         "Salisbury": ("MA", "01952"), "Georgetown": ("MA", "01833"), "Groveland": ("MA", "01834"),
         "Newburyport": ("MA", "01950"), "Pelham": ("NH", "03076"), "Hudson": ("NH", "03051")}
STREETS = _w("Tarbox Hollis Pleasant Maple Oak_Hill Chestnut Bridge Broadway Lakeview Varnum Mammoth Merrimack Elm "
             "School Central Summer Water Bradford Washington Church Cedar Spring Pine Prospect Highland Essex Lincoln "
             "Jackson Middlesex Westford Riverside Bay_State Hampshire Orchard Juniper Whittier Nesmith Dudley "
             "Blue_Hill Hancock Lawrence Main Fairmount Hope Rose Hunter")
SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Way", "Pl", "Terrace",
          "Blvd", "Cir"]
FAC_ADDR = ["55 Fruit St", "300 Longwood Ave", "1 Mercy Valley Way, Haverhill MA 01830", "41 Mall Rd, Burlington MA 01805",
            "800 Washington St", "15 Hospital Dr, Lowell MA 01852", "170 Governors Ave, Medford", "2 Essex Center Dr, Peabody MA 01960",
            "100 Main St, Suite 400", "25 Marston St, Lawrence MA 01841", "500 Salem St, Wilmington MA 01887",
            "48 Ashby State Rd, Fitchburg", "20 Prospect St, Milford MA 01757", "77 Warren St, Brighton MA 02135",
            "1 Medical Center Dr", "360 Merrimack St, Bldg 9"]
MEDS = ["Eliquis", "apixaban", "metoprolol", "Lantus", "heparin", "vancomycin", "Zosyn", "Ozempic", "Humira", "Keytruda",
        "lorazepam", "haloperidol", "Narcan", "oxycodone", "Suboxone", "Dilaudid", "KCl", "Lasix", "warfarin", "Entresto",
        "Xarelto", "ceftriaxone", "cefazolin", "Zyprexa", "lithium", "Seroquel", "Depakote", "Trulicity", "Mounjaro"]
PAYERS = ["BCBS", "Blue Cross", "Tufts", "Harvard Pilgrim", "MassHealth", "Medicare", "Aetna", "Cigna", "UHC", "Humana",
          "WellSense", "Fallon", "Point32Health", "Medicare Advantage"]
CPTS = ["99213", "99214", "99285", "93000", "71046", "80053", "36415", "70553", "74177", "96413", "90837", "97110",
        "G0439", "99223", "45378"]
ICDS = ["E11.9", "I10", "I50.9", "J18.9", "N17.9", "F32.A", "F10.20", "Z79.4", "R07.9", "S72.001A", "A41.9", "I48.91",
        "J44.1", "G30.9", "F20.9", "O80"]
DEPTS = ["Finance", "Radiology", "Revenue Cycle", "Facilities", "Dietary", "Patient Access", "the ED", "IT", "Surgery"]
DONORS = ["Whitcomb Family", "Alden", "Hartwell", "Greenleaf", "Nakamura Family", "Okonkwo", "Santangelo", "Brightwater"]
TITLES_EXEC = ["the CNO", "our CFO", "the COO", "the CMO", "the VP of Nursing", "the CEO", "general counsel", "the CIO",
               "the CHRO", "the chief compliance officer", "the CMIO", "the VP of Ops"]
HOSTS = ["EPIC-PRD-APP04", "mv-sql-02", "CTXPRD-VDA117", "HIM-SCAN-03", "pacs-arch-01", "LAB-IF-02", "nb-dc-01",
         "RAD-WS-114"]
EMOJI_U = ["🙏", "👍", "😬", "✅", "🚨", "🙂", "😅", "👀", "❤️", "🎉", "☕", "⚠️", "😭", "🤞", "💯", "🤦‍♀️"]
EMOJI_S = [":pray:", ":eyes:", ":white_check_mark:", ":rotating_light:", ":thumbsup:", ":sweat_smile:", ":coffee:",
           ":face_palm:", ":hospital:", ":+1:"]


def d(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------
# segments
# ----------------------------------------------------------------------------
def T(s):
    return [("", s)]


def NV(s):
    return [("N", s)]


def RAW(s):
    return [("~", s)]


def S(t, v):
    return [(t, v)]


class Person:
    def __init__(self, first, last, gender, mi):
        self.first, self.last, self.gender, self.mi = first, last, gender, mi

    def full(self):
        return "%s %s" % (self.first, self.last)

    def title(self):
        if self.gender == "f":
            return ch(["Ms.", "Mrs.", "Ms", "Mrs", "Miss"])
        if self.gender == "m":
            return ch(["Mr.", "Mr"])
        return ch(["Mx.", "Mr.", "Ms."])


class Ctx:
    def __init__(self, domain):
        self.domain = domain
        self.tags = set()
        self.cache = {}
        self.used = set()
        self.focus_key = None

    def new_person(self, gender=None, last=None, origin=None):
        for _ in range(50):
            o = origin or R.choices(ORIGIN_KEYS, ORIGIN_W)[0]
            _, ff, mf, ln = ORIGINS[o]
            g = gender if gender in ("f", "m") else ch("fm")
            first = ch(ff if g == "f" else mf)
            if last is None:
                lst = ch(ln) if chance(0.65) else ch(ALL_LAST)
            else:
                lst = last
            if chance(0.12):
                first, lst = ascii_fold(first), ascii_fold(lst)
            if first in self.used or (lst in self.used and last is None):
                continue
            self.used.add(first)
            self.used.add(lst)
            mi = ch("ABCDEFGHJKLMNPRSTW") if chance(0.5) else None
            return Person(first, lst, g, mi)
        raise RuntimeError("names exhausted")

    def person(self, key):
        if key not in self.cache:
            if key == "rel":
                word, g = ch(REL_WORDS)
                while getattr(self, "old", False) and word in ("mother", "father", "mom", "dad", "aunt"):
                    word, g = ch(REL_WORDS)
                share = None
                if word in BLOOD and "pt" in self.cache and chance(0.5):
                    share = self.cache["pt"].last
                p = self.new_person(gender=g, last=share)
                p.relword = word
                self.cache[key] = p
            elif key == "empw":
                self.cache[key] = self.new_person(gender="f")
                if self.focus_key is None:
                    self.focus_key = key
            else:
                self.cache[key] = self.new_person()
                if key in ("pt", "emp", "vip") and self.focus_key is None:
                    self.focus_key = key
        return self.cache[key]

    def focus(self):
        if self.focus_key is None:
            self.person("pt")
        return self.cache[self.focus_key]

    def val(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]


# ----------------------------------------------------------------------------
# name renderings
# ----------------------------------------------------------------------------
def name_first_mention(c, p, allow_short=True):
    styles = [("full", 36), ("mi", 10), ("inv_caps", 7), ("inv", 6), ("title_full", 6), ("nick", 3)]
    if allow_short:
        styles += [("first", 10), ("title_last", 14), ("last", 5)]
    st = R.choices([s for s, _ in styles], [w for _, w in styles])[0]
    if st == "nick" and p.first not in NICK:
        st = "full"
    if st == "mi" and not p.mi:
        st = "full"
    if st == "full":
        return S("NAME", p.full())
    if st == "mi":
        return S("NAME", "%s %s. %s" % (p.first, p.mi, p.last))
    if st == "inv_caps":
        v = "%s, %s" % (p.last.upper(), p.first.upper())
        if p.mi:
            v += " " + p.mi
        return S("NAME", v)
    if st == "inv":
        return S("NAME", "%s, %s" % (p.last, p.first))
    if st == "title_full":
        return T(p.title() + " ") + S("NAME", p.full())
    if st == "nick":
        return S("NAME", p.full()) + T(ch([" (", " (goes by ", " (aka "])) + S("NAME", NICK[p.first]) + T(")")
    if st == "first":
        return S("NAME", p.first)
    if st == "title_last":
        return T(p.title() + " ") + S("NAME", p.last)
    return S("NAME", p.last)


def name_full(c, p):
    r = R.random()
    if r < 0.7:
        return S("NAME", p.full())
    if r < 0.85 and p.mi:
        return S("NAME", "%s %s. %s" % (p.first, p.mi, p.last))
    return T(p.title() + " ") + S("NAME", p.full())


def name_last(c, p):
    if chance(0.75):
        return T(p.title() + " ") + S("NAME", p.last)
    return S("NAME", p.last)


def name_inv(c, p):
    if chance(0.5):
        v = "%s, %s" % (p.last.upper(), p.first.upper())
        return S("NAME", v + (" " + p.mi if p.mi and chance(0.6) else ""))
    return S("NAME", "%s, %s" % (p.last, p.first) + (" " + p.mi + "." if p.mi and chance(0.3) else ""))


def name_poss(c, p):
    r = R.random()
    if r < 0.5:
        seg = S("NAME", p.full())
    elif r < 0.75:
        seg = S("NAME", p.first)
    else:
        seg = T(p.title() + " ") + S("NAME", p.last)
    return seg + T("'s")


def name_short(c, p):
    return S("NAME", p.first if chance(0.7) else p.full())


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = lambda n: "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    dd = R.randint(1, 28 if m == 2 else 30)
    return y, m, dd


def fmt_date(c, y, m, dd, with_year):
    mon = MONTHS[m - 1]
    yy = "%02d" % (y % 100)
    if with_year:
        f = ch(["m/d/yyyy", "m/d/yyyy", "mm/dd/yyyy", "mm/dd/yyyy", "m/d/yy", "iso", "long", "long", "abbr_y",
                "dmy", "dmy_long", "compact", "dots", "mm-dd-yyyy"])
    else:
        f = ch(["m/d", "m/d", "m/d", "mm/dd", "abbr", "abbr_th", "long_ny", "long_th", "d_mon", "m/d/yy", "m/d/yyyy",
                "iso", "dots_ny"])
    if f == "m/d/yyyy": return "%d/%d/%d" % (m, dd, y)
    if f == "mm/dd/yyyy": return "%02d/%02d/%d" % (m, dd, y)
    if f == "m/d/yy": return "%d/%d/%s" % (m, dd, yy)
    if f == "iso": return "%d-%02d-%02d" % (y, m, dd)
    if f == "long": return "%s %d, %d" % (mon, dd, y)
    if f == "abbr_y": return "%s %d %d" % (mon[:3], dd, y)
    if f == "dmy": return "%02d-%s-%d" % (dd, mon[:3], y)
    if f == "dmy_long": return "%d %s %d" % (dd, mon, y)
    if f == "compact":
        c.tags.add("evasion")
        return "%02d%02d%d" % (m, dd, y)
    if f == "dots": return "%d.%d.%s" % (m, dd, yy)
    if f == "mm-dd-yyyy": return "%02d-%02d-%d" % (m, dd, y)
    if f == "m/d": return "%d/%d" % (m, dd)
    if f == "mm/dd": return "%02d/%02d" % (m, dd)
    if f == "abbr": return "%s %d" % (mon[:3], dd)
    if f == "abbr_th": return "%s %s" % (mon[:3], ORD(dd))
    if f == "long_ny": return "%s %d" % (mon, dd)
    if f == "long_th": return "%s %s" % (mon, ORD(dd))
    if f == "d_mon": return "%d-%s" % (dd, mon[:3])
    if f == "dots_ny": return "%d.%d" % (m, dd)
    raise ValueError(f)


def gen_dob(c):
    y, m, dd = rand_date(1924, 2009)
    return fmt_date(c, y, m, dd, True)


def gen_hdate(c):
    y, m, dd = rand_date(2023, 2026)
    return fmt_date(c, y, m, dd, chance(0.3))


AREA = ["978", "617", "508", "781", "413", "774", "339", "857", "603", "401", "860", "207", "212", "646", "718",
        "305", "312", "415", "503", "702", "919", "351"]


def phone_parts():
    a = ch(AREA)
    e = str(R.randint(2, 9)) + d(2)
    while e in ("555", "911", "411") or e[1:] == "11":
        e = str(R.randint(2, 9)) + d(2)
    return a, e, d(4)


def gen_phone(c, business=False):
    a, e, l = phone_parts()
    f = R.choices(["dash", "paren", "paren2", "dot", "space", "plain", "p1s", "p1d", "p1p", "1d", "local", "ext"],
                  [22, 16, 5, 8, 5, 5, 5, 4, 3, 3, 3, 10 if business else 3])[0]
    if f == "dash": v = "%s-%s-%s" % (a, e, l)
    elif f == "paren": v = "(%s) %s-%s" % (a, e, l)
    elif f == "paren2": v = "(%s)%s-%s" % (a, e, l)
    elif f == "dot": v = "%s.%s.%s" % (a, e, l)
    elif f == "space": v = "%s %s %s" % (a, e, l)
    elif f == "plain":
        v = a + e + l
        c.tags.add("evasion")
    elif f == "p1s": v = "+1 %s %s %s" % (a, e, l)
    elif f == "p1d": v = "+1-%s-%s-%s" % (a, e, l)
    elif f == "p1p": v = "+1 (%s) %s-%s" % (a, e, l)
    elif f == "1d": v = "1-%s-%s-%s" % (a, e, l)
    elif f == "local": v = "%s-%s" % (e, l)
    else:
        v = "%s-%s-%s%s" % (a, e, l, ch([" ext. ", " ext ", " x", " x ", " Ext. "]) + str(R.randint(2, 9999)))
    return v


DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell_digits(s, sep=" "):
    return sep.join(DIGW[int(x)] for x in s)


def gen_phone_obf(c):
    c.tags.add("evasion")
    a, e, l = phone_parts()
    f = ch(["spell", "spaced", "split2", "dotword", "letterO", "mixed", "spell_groups"])
    if f == "spell":
        return spell_digits(a) + ", " + spell_digits(e) + ", " + spell_digits(l)
    if f == "spell_groups":
        return "%s %s %s" % (spell_digits(a, "-"), spell_digits(e, "-"), spell_digits(l, "-"))
    if f == "spaced":
        return " ".join(a + e + l)
    if f == "split2":
        return "%s - %s - %s %s" % (a, e, l[:2], l[2:])
    if f == "dotword":
        return "%s dot %s dot %s" % (a, e, l)
    if f == "letterO":
        e2 = e.replace("0", "O")
        if e2 == e:
            e = e[0] + "0" + e[2]
            e2 = e[0] + "O" + e[2]
        return "%s-%s-%s" % (a, e2, l)
    return "(%s)%s.%s" % (a, e, l)


def email_local(p):
    f = ascii_fold(p.first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    return ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%s" % (f, l, d(2)), "%s_%s" % (f, l), "%s%s" % (l, f[0]),
               "%s.%s%s" % (f, l, str(R.randint(1940, 2005))), "%s%s" % (f, d(3))])


def gen_email(c, p=None):
    if p is None:
        p = c.new_person()
    return "%s@%s" % (email_local(p), ch(FREEMAIL))


def gen_bemail(c):
    if "vendor" in c.cache:
        p, (co, dom) = c.cache["vendor"]
    elif "exec" in c.cache:
        p, dom = c.cache["exec"], ch(ORGS)
    elif "col" in c.cache:
        p, dom = c.cache["col"], ch(ORGS)
    else:
        p, dom = c.new_person(), ch(ORGS + [v[1] for v in VENDORS])
    c.tags.add("business-contact")
    f = ascii_fold(p.first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    return ch(["%s%s@%s" % (f[0], l, dom), "%s.%s@%s" % (f, l, dom), "%s@%s" % (f, dom)])


def obf_email(e):
    loc, dom = e.split("@")
    parts = dom.rsplit(".", 1)
    f = ch(["brk", "word", "paren", "spaces", "caps", "brk2"])
    if f == "brk": return "%s [at] %s [dot] %s" % (loc, parts[0], parts[1])
    if f == "word": return "%s at %s dot %s" % (loc, parts[0], parts[1])
    if f == "paren": return "%s(at)%s(dot)%s" % (loc, parts[0], parts[1])
    if f == "spaces": return "%s @ %s . %s" % (loc, parts[0], parts[1])
    if f == "caps": return "%s AT %s DOT %s" % (loc, parts[0], parts[1])
    return "%s[@]%s[.]%s" % (loc, parts[0], parts[1])


def ssn_parts():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def gen_ssn(c):
    a, b, e = ssn_parts()
    f = R.choices(["dash", "space", "plain", "mixed"], [70, 12, 12, 6])[0]
    if f == "dash": return "%s-%s-%s" % (a, b, e)
    if f == "space": return "%s %s %s" % (a, b, e)
    c.tags.add("evasion")
    if f == "plain": return a + b + e
    return "%s.%s-%s" % (a, b, e)


def gen_ssn_obf(c):
    c.tags.add("evasion")
    a, b, e = ssn_parts()
    f = ch(["spaced", "spell", "slash", "mixed", "dots", "xs"])
    if f == "spaced": return " ".join(a + b + e)
    if f == "spell": return spell_digits(a) + ", " + spell_digits(b) + ", " + spell_digits(e)
    if f == "slash": return "%s/%s/%s" % (a, b, e)
    if f == "mixed": return "%s.%s-%s" % (a, b, e)
    if f == "dots": return "%s.%s.%s" % (a, b, e)
    return "%s - %s - %s" % (a, b, e)


def gen_mrn(c):
    f = ch(["8", "7", "10", "E7", "M9", "MV8", "dash", "6"])
    if f == "8": return "00" + d(6)
    if f == "7": return str(R.randint(1, 9)) + d(6)
    if f == "10": return "1" + d(9)
    if f == "E7": return "E" + d(7)
    if f == "M9": return "M" + d(9)
    if f == "MV8": return "MV" + d(8)
    if f == "dash": return "%s-%s-%s" % (d(2), d(3), d(3))
    return str(R.randint(1, 9)) + d(5)


MRN_LABELS = ["MRN", "MRN", "MRN:", "MRN#", "MRN #", "MR#", "med rec #", "chart #", "medical record number", "mrn",
              "Med Rec No.", "chart no."]

MBI_C = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(c):
    p = [str(R.randint(1, 9)), ch(MBI_C), ch(MBI_C + "0123456789"), str(R.randint(0, 9)), ch(MBI_C),
         ch(MBI_C + "0123456789"), str(R.randint(0, 9)), ch(MBI_C), ch(MBI_C), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(p)
    if chance(0.5):
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def gen_plan(c):
    f = ch(["bcbs", "w9", "num9", "num11", "dep", "zgp", "hpm", "dash"])
    if f == "bcbs": return ch(["XJH", "ZGP", "YLM", "QRB", "MVX"]) + d(9)
    if f == "w9": return "W" + d(9)
    if f == "num9": return str(R.randint(1, 9)) + d(8)
    if f == "num11": return d(11)
    if f == "dep": return "%s-%s" % (d(9), ch(["01", "02", "00"]))
    if f == "zgp": return "%s%s %s" % (ch(["ZGP", "HPH", "TFT"]), d(6), d(3))
    if f == "hpm": return "HPM-%s-%s" % (d(4), d(4))
    return "%s-%s-%s" % (d(4), d(4), d(2))


def gen_medicaid(c):
    return "1" + d(11) if chance(0.7) else d(3) + " " + d(3) + " " + d(3) + " " + d(3)


def gen_acct(c):
    f = ch(["har10", "8", "suffix", "V", "PA", "9"])
    if f == "har10": return ch(["3", "4", "5"]) + d(9)
    if f == "8": return str(R.randint(1, 9)) + d(7)
    if f == "suffix": return "%s-%s" % (d(7), ch(["01", "02", "001"]))
    if f == "V": return "V" + d(10)
    if f == "PA": return "PA-" + d(7)
    return d(9)


def gen_bank(c):
    return str(R.randint(1, 9)) + d(R.randint(8, 11))


def gen_dea(c):
    first = ch("ABFGM")
    L = ch("ABCDEFGHJKLMNPRSTWZ")
    ds = [R.randint(0, 9) for _ in range(6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return first + L + "".join(map(str, ds)) + str(chk)


def gen_dl(c):
    f = ch(["ma", "nh", "ny", "ca", "fl", "ri", "ma2"])
    if f in ("ma", "ma2"): return "S" + d(8)
    if f == "nh": return "%s%s%s" % (d(2), "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), d(5))
    if f == "ny": return "%s %s %s" % (d(3), d(3), d(3))
    if f == "ca": return ch("ABDEFGNY") + d(7)
    if f == "fl": return "%s%s-%s-%s-%s-%s" % (ch("BGHKLMW"), d(3), d(3), d(2), d(3), d(1))
    return d(7)


def gen_slic(c):
    f = ch(["RN", "MD", "LICSW", "PH", "NP", "num"])
    if f == "RN": return "RN" + d(7)
    if f == "MD": return str(R.randint(2, 9)) + d(5)
    if f == "LICSW": return "LICSW-" + d(6)
    if f == "PH": return "PH" + d(5)
    if f == "NP": return "NP-" + d(5)
    return "%s-%s" % (d(3), d(4))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(c):
    v = list(ch(["1HG", "1FT", "2T1", "3VW", "JTD", "5YJ", "1G1", "KNM", "WBA", "4T1", "1C4", "5NP", "JN8"]))
    v += [ch(VIN_CH) for _ in range(5)] + ["0", ch("KLMNPRST"), ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")]
    v += [str(R.randint(0, 9)) for _ in range(6)]
    tot = sum((VIN_T[x] if x.isalpha() else int(x)) * w for x, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def gen_plate(c):
    L = lambda n: "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))
    f = ch(["ma", "ma2", "ny", "dash", "nh", "vanity", "sp"])
    if f == "ma": return str(R.randint(1, 9)) + L(3) + d(2)
    if f == "ma2": return str(R.randint(1, 9)) + L(2) + " " + d(3)
    if f == "ny": return L(3) + " " + d(4)
    if f == "dash": return L(3) + "-" + d(4)
    if f == "nh": return d(3) + " " + d(4)
    if f == "vanity": return ch(["LOV3MOM", "NANA4", "GO SOX", "RN MOM", "BKLYN22", "PAPAJ"])
    return d(1) + L(3) + " " + d(2)


def gen_device(c):
    f = ch(["pm", "pump", "cgm", "sn", "udi", "ha", "lvad", "cpap", "icd"])
    L = lambda n: "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))
    if f == "pm": return L(3) + d(6) + L(1)
    if f == "pump": return "NG" + d(7) + L(1)
    if f == "cgm": return d(1) + L(1) + d(1) + L(1) + d(2)
    if f == "sn": return "%s-%s-%s" % (d(4), d(4), L(1))
    if f == "udi": return "(01)0%s(17)%s(21)%s" % (d(13), "2%d%02d%02d" % (R.randint(6, 9), R.randint(1, 12), R.randint(1, 28)),
                                                      L(3) + d(7))
    if f == "ha": return d(2) + L(1) + d(1) + L(1) + d(4)
    if f == "lvad": return "MLP" + d(7)
    if f == "cpap": return "2" + d(10)
    return "RNH" + d(6) + "S"


def gen_ip(c):
    f = ch(["10", "10", "172", "192", "pub", "pub"])
    if f == "10": return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if f == "172": return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if f == "192": return "192.168.%d.%d" % (R.randint(0, 20), R.randint(1, 254))
    return "%d.%d.%d.%d" % (ch([24, 66, 73, 98, 107, 142, 155, 173, 198, 203, 209]), R.randint(0, 255),
                            R.randint(0, 255), R.randint(1, 254))


def gen_ip6(c):
    h = lambda: "%x" % R.randint(0, 0xffff)
    f = ch(["ll", "doc", "full"])
    if f == "ll": return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    if f == "doc": return "2001:db8:%s::%s" % (h(), h())
    return ":".join("%04x" % R.randint(0, 0xffff) for _ in range(8))


def gen_card(c):
    f = ch(["visa", "visa", "mc", "amex", "disc", "mc2"])
    if f == "visa": body = "4" + d(14)
    elif f == "mc": body = "5" + str(R.randint(1, 5)) + d(13)
    elif f == "mc2": body = "2" + str(R.randint(221, 720)) + d(11)
    elif f == "disc": body = "6011" + d(11)
    else: body = ch(["34", "37"]) + d(12)
    num = body + luhn_digit(body)
    sep = R.choices([" ", "-", ""], [60, 25, 15])[0]
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join([num[i:i + 4] for i in range(0, 16, 4)])


def gen_npi(c):
    body = "1" + d(8)
    return body + luhn_digit("80840" + body)


def gen_zip(town):
    st, z = TOWNS[town]
    return z


def gen_home(c, kind="full"):
    town = ch(list(TOWNS))
    st, z = TOWNS[town]
    num = str(R.randint(1, 2999))
    street = "%s %s" % (ch(STREETS), ch(SUFFIX))
    unit = ch(["Apt 3", "Apt 2B", "#4", "Unit 12", "Apt 1", "2nd fl", "#207", "Unit B"])
    z4 = z + "-" + d(4)
    if kind == "street":
        f = ch(["plain", "unit", "duplex"])
        if f == "plain": return "%s %s" % (num, street)
        if f == "unit": return "%s %s %s" % (num, street, unit)
        return "%d-%d %s" % (int(num), int(num) + 2, street)
    if kind == "pobox":
        if chance(0.5):
            return "%s %d" % (ch(["PO Box", "P.O. Box", "po box"]), R.randint(10, 2999))
        return "%s %d, %s, %s %s" % (ch(["PO Box", "P.O. Box"]), R.randint(10, 2999), town, st, z)
    f = R.choices(["a", "b", "c", "d", "e", "f"], [30, 20, 12, 14, 8, 6])[0]
    if f == "a": return "%s %s, %s, %s %s" % (num, street, town, st, z)
    if f == "b": return "%s %s %s, %s %s %s" % (num, street, unit, town, st, z)
    if f == "c": return "%s %s, %s %s %s" % (num, street, town, st, z4)
    if f == "d": return "%s %s, %s" % (num, street, town)
    if f == "e":
        return "%s %s\n%s, %s %s" % (num, street, town, st, z)
    return "%s %s %s %s" % (num, street, town, st)


def gen_pturl(c, kinds=None):
    p = c.focus()
    f = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    org = ch(ORGS)
    k = ch(kinds or ["mychart", "portal", "cb", "tele", "family", "gfm", "vv", "results"])
    if k == "mychart": return "https://mychart.%s/MyChart/app/visit?pid=%s" % (org, "E" + d(7))
    if k == "portal": return "https://portal.%s/results/%s?pt=%s%s" % (org, d(6), f[0], l)
    if k == "cb": return "https://www.caringbridge.org/visit/%s%s" % (f, l)
    if k == "tele": return "https://telehealth.%s/join/%s%s-%s" % (org, f[0], l, d(4))
    if k == "family": return "https://%s/family-updates/%s-%s" % (org, l, f)
    if k == "gfm": return "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l)
    if k == "vv": return "https://vv.%s/s/%s?patient=%s" % (org, "".join(ch("abcdefghkmnpqrstuvwxyz23456789") for _ in range(6)), d(8))
    return "https://%s/patient/%s/%s-%s/labs" % (org, d(7), l, f)


def gen_negurl(c):
    org = ch(ORGS)
    return ch(["https://intranet.%s/policies/%s" % (org, ch(["hipaa-min-necessary", "retention-2025", "code-gray",
                                                                "remote-access", "legal-hold"])),
               "https://%s.zoom.us/j/%s" % (org.split(".")[0], d(11)),
               "https://www.%s/careers/%s" % (org, ch(["peer-specialist", "rn-float-pool", "him-analyst"])),
               "https://status.%s" % org,
               "https://www.cms.gov/medicare/payment/fee-schedules",
               "https://sharepoint.%s/sites/Finance/FY26-budget.xlsx" % org,
               "https://www.%s/locations/%s" % (org, ch(["lowell", "salem", "andover"]))])


def gen_version(c):
    return ch(["v10.4.2", "2.3.1", "7.15.2", "23H2", "v4.0.17", "12.1", "3.2.1-rc2", "v2025.1.4", "8.0.3"])


def gen_build(c):
    return ch(["2024.11.0.3", "10.0.19045.4291", "5.2.0.118", "2025.2.1.12", "19.4.0.210", "11.3.7.4"])


def gen_ticket(c):
    return ch(["INC00" + d(5), "RITM00" + d(5), "CHG00" + d(5), "DEL-" + d(4), "SR-" + d(5), "WO-" + d(6),
               "REQ-" + d(5), "TKT#" + d(5), "EPIC-" + d(4), "HIM-" + d(4), "INC" + d(7)])


def gen_po(c):
    return ch(["45" + d(8), "#" + d(5), "2025-" + d(4), d(7)])


def gen_invoice(c):
    return ch(["INV-" + d(5), d(9), "A-" + d(5), "#" + d(6)])


def gen_zoom(c):
    return ch(["%s %s %s" % (d(3), d(4), d(4)), "%s %s %s" % (d(3), d(3), d(4)), d(11)])


def gen_mdate(c):
    y, m, dd = rand_date(2025, 2026)
    day = ch(["Mon", "Tue", "Wed", "Thu", "Fri", "Tues", "Thurs", "Monday", "Wednesday", "Friday"])
    return ch(["%s %d/%d" % (day, m, dd), "%d/%d" % (m, dd), "%d/%d at %s" % (m, dd, ch(["2pm", "10am", "9:30", "noon", "3"])),
               "%s %s" % (MONTHS[m - 1], ORD(dd)), "next %s" % day, "%s the %s" % (day, ORD(dd)),
               "%s %d" % (MONTHS[m - 1][:3], dd)])


def gen_deadline(c):
    y, m, dd = rand_date(2025, 2026)
    return ch(["Friday", "%d/%d" % (m, dd), "EOD Thursday", "end of month", "%d/%d/%d" % (m, dd, y), "the %s" % ORD(dd),
               "%s %d" % (MONTHS[m - 1], dd), "noon Wednesday"])


def gen_effdate(c):
    y = R.randint(2025, 2026)
    return ch(["7/1", "July 1, %d" % y, "1/1/%d" % y, "10/1", "%s 1" % ch(MONTHS), "the first of the month",
               "%d/1/%d" % (R.randint(1, 12), y)])


RELT = ["tomorrow", "tonight", "this afternoon", "later today", "Monday", "next week", "after lunch",
        "first thing tomorrow", "this weekend", "Thursday", "end of shift", "Friday", "noon"]
TIMES = ["0730", "14:20", "2:15pm", "10am", "noon", "3:45", "1900", "0215", "11:40", "6:30am", "1600", "0845",
         "9:15", "4pm", "2300"]
FISCAL = ["Q3", "Q2 FY26", "FY2027", "FY25", "March period", "period 9", "Q4", "H1", "FY26 YTD"]
AGE_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
             "ninety-seven", "ninety-eight", "ninety-nine", "one hundred", "one hundred and one", "a hundred and two"]
AGG_AGE = ["{COUNT} pts over 90", "patients 90+", "{COUNT} residents over 90", "everyone 90 and older",
           "the 90+ cohort", "{COUNT} people in their 90s", "{COUNT} admits aged 90 or older"]


# ----------------------------------------------------------------------------
# slots
# ----------------------------------------------------------------------------
def per(key):
    return lambda c: c.person(key)


def sl_rel(c):
    p = c.person("rel")
    w = p.relword
    nm = name_short(c, p)
    f = ch(["a", "b", "c", "d"])
    if f == "a": return T(w + " ") + nm
    if f == "b": return T(w + ", ") + nm
    if f == "c": return nm + T(" (" + w + ")")
    return T(w + " (") + nm + T(")")


def sl_age(c):
    n = str(R.randint(90, 104))
    suf = ch(["", "", "yo", " y/o", " yo", "-year-old", " years old", "F" if c.focus().gender == "f" else "M", " yrs"])
    pre = ch(["", "", "", "age ", "aged "]) if suf in ("",) else ""
    return T(pre) + S("AGE", n) + T(suf)


def sl_agen(c):
    return S("AGE", c.val("agen", lambda: str(R.randint(90, 104))))


def sl_age_word(c):
    c.tags.add("evasion")
    return S("AGE", ch(AGE_WORDS))


def sl_phone(c):
    return S("PHONE", gen_phone(c))


def sl_bphone(c):
    c.tags.add("business-contact")
    return S("PHONE", gen_phone(c, business=True))


def sl_tel(c, business=False):
    if business:
        c.tags.add("business-contact")
    a, e, l = phone_parts()
    target = ch(["+1" + a + e + l, a + e + l, "+1-%s-%s-%s" % (a, e, l)])
    shown = ch(["%s-%s-%s" % (a, e, l), "(%s) %s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l)])
    return RAW("<tel:") + S("PHONE", target) + RAW("|") + S("PHONE", shown) + RAW(">")


def sl_email(c):
    who = c.cache.get("rel") if ("rel" in c.cache and chance(0.4)) else c.focus()
    return S("EMAIL", gen_email(c, who))


def sl_email_obf(c):
    c.tags.add("evasion")
    return S("EMAIL", obf_email(gen_email(c, c.focus())))


def sl_mailto(c, business=False):
    e = gen_bemail(c) if business else gen_email(c, c.focus())
    if chance(0.75):
        return RAW("<mailto:") + S("EMAIL", e) + RAW("|") + S("EMAIL", e) + RAW(">")
    return RAW("<mailto:") + S("EMAIL", e) + RAW(">")


def sl_mrn_lab(c):
    v = c.val("mrn", lambda: gen_mrn(c))
    return T(ch(MRN_LABELS) + " ") + S("MRN", v)


def sl_plan_lab(c):
    v = c.val("plan", lambda: gen_plan(c))
    return T(ch(["member ID", "mbr id", "Member #", "subscriber ID", "sub ID", "policy #", "ID#", "member no.",
                 "insurance ID"]) + " ") + S("HEALTH_PLAN_ID", v)


def sl_acct_lab(c):
    v = c.val("acct", lambda: gen_acct(c))
    return T(ch(["acct #", "account", "HAR", "guarantor acct", "patient account no.", "hospital account", "acct#",
                 "billing acct"]) + " ") + S("ACCOUNT_NUMBER", v)


def sl_devv(c):
    v = c.val("dev", lambda: gen_device(c))
    if v.startswith("(01)"):
        c.tags.add("structured")
    return S("DEVICE_ID", v)


def sl_town(c):
    return S("ADDRESS", c.val("town", lambda: ch(list(TOWNS))))


def sl_zip(c):
    t = ch(list(TOWNS))
    z = TOWNS[t][1]
    return S("ADDRESS", z if chance(0.7) else z + "-" + d(4))


def sl_pturl(c):
    return S("URL", gen_pturl(c))


def sl_pturl_link(c):
    return RAW("<") + S("URL", gen_pturl(c, ["mychart", "portal", "tele", "vv", "results"])) + RAW("|") + T(ch(["visit link", "portal", "update page", "here", "link"])) + RAW(">")


def sl_ip_obf(c):
    c.tags.add("evasion")
    return S("IP_ADDRESS", gen_ip(c).replace(".", ch(["[.]", "(.)", " . "])))


def sl_card(c):
    return S("CREDIT_CARD", c.val("card", lambda: gen_card(c)))


def sl_col(c):
    p = c.person("col")
    return NV(p.full())


def sl_col2(c):
    return NV(c.person("col2").full())


def sl_doc(c):
    p = c.person("doc")
    return NV(ch(["Dr. ", "Dr ", "Dr. "]) + (p.last if chance(0.8) else p.full()))


def sl_exec(c):
    p = c.person("exec")
    return NV(p.full())


def sl_vendor_rep(c):
    if "vendor" not in c.cache:
        c.cache["vendor"] = (c.new_person(), ch(VENDORS))
    p, (co, dom) = c.cache["vendor"]
    return NV(ch(["%s from %s", "%s at %s", "%s (%s)"]) % (p.full() if chance(0.6) else p.first, co))


def sl_mention(c):
    return RAW("<@U" + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.randint(8, 10))) + ">")


def sl_bot(c):
    if chance(0.5):
        return RAW("<@U07BOT" + ch(["42", "1A", "X9"]) + ">")
    return T(ch(["@bot", "bot", "Bot", "@assistant", "@Aria", "hey bot", "@MedBot", "/ask"]))


def pronoun(c, kind, cap=False):
    g = c.focus().gender
    w = {"she": {"f": "she", "m": "he"}, "her": {"f": "her", "m": "his"}, "herobj": {"f": "her", "m": "him"}}[kind][g]
    return T(w.capitalize() if cap else w)


def sl_cap(fn):
    def g(c):
        segs = fn(c)
        k, v = segs[0]
        return [(k, v[:1].upper() + v[1:])] + segs[1:]
    return g


def nv(fn):
    return lambda c: NV(fn(c))


SLOTS = {
    # people (PHI)
    "PT": lambda c: name_first_mention(c, c.person("pt")),
    "PT_FULL": lambda c: name_full(c, c.person("pt")),
    "PT_F": lambda c: S("NAME", c.person("pt").first),
    "PT_L": lambda c: name_last(c, c.person("pt")),
    "PT_LB": lambda c: S("NAME", c.person("pt").last),
    "PT_POSS": lambda c: name_poss(c, c.person("pt")),
    "PT_INV": lambda c: name_inv(c, c.person("pt")),
    "PT2": lambda c: name_first_mention(c, c.person("pt2"), allow_short=False),
    "PT2_F": lambda c: S("NAME", c.person("pt2").first),
    "REL": sl_rel,
    "RELN": lambda c: name_short(c, c.person("rel")),
    "RELW": lambda c: T(c.person("rel").relword),
    "RELW_C": lambda c: T(c.person("rel").relword[:1].upper() + c.person("rel").relword[1:]),
    "VISITOR": lambda c: name_full(c, c.person("vis")) if chance(0.8) else S("NAME", c.person("vis").first),
    "EMP": lambda c: name_first_mention(c, c.person("emp"), allow_short=False),
    "EMP_F": lambda c: S("NAME", c.person("emp").first),
    "VIP": lambda c: (c.tags.add("vip"), name_full(c, c.person("vip")))[1],
    "SHE": lambda c: pronoun(c, "she"),
    "SHE_C": lambda c: pronoun(c, "she", True),
    "HER": lambda c: pronoun(c, "her"),
    "HIM": lambda c: pronoun(c, "herobj"),
    "SEXCH": lambda c: T("F" if c.focus().gender == "f" else "M"),
    # people (not PHI)
    "COL": sl_col,
    "COL_F": lambda c: NV(c.person("col").first),
    "COL2": sl_col2,
    "COL2_F": lambda c: NV(c.person("col2").first),
    "DOC": sl_doc,
    "EXEC": sl_exec,
    "EXEC_F": lambda c: NV(c.person("exec").first),
    "EXEC_TITLE": lambda c: T(ch(TITLES_EXEC)),
    "VENDOR_REP": sl_vendor_rep,
    "MENTION": sl_mention,
    "BOT": sl_bot,
    "DONOR": lambda c: NV(ch(DONORS)),
    # dates
    "DOB": lambda c: S("DATE", c.val("dob", lambda: gen_dob(c))),
    "HDATE": lambda c: S("DATE", c.val("hdate", lambda: gen_hdate(c))),
    "HDATE2": lambda c: S("DATE", c.val("hdate2", lambda: gen_hdate(c))),
    "MDATE": nv(gen_mdate),
    "DEADLINE": nv(gen_deadline),
    "EFFDATE": nv(gen_effdate),
    "RELT": lambda c: T(ch(RELT)),
    "TIME": lambda c: NV(c.val("time", lambda: ch(TIMES))),
    "TIME2": lambda c: NV(ch(TIMES)),
    "FISCAL": lambda c: NV(ch(FISCAL)),
    "EXPIRY": lambda c: NV(ch(["%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)),
                               "%d/%d" % (R.randint(1, 12), R.randint(2026, 2031)), "%02d/%d" % (R.randint(1, 12), R.randint(26, 31))])),
    # ages
    "AGE": sl_age,
    "AGEN": sl_agen,
    "AGE_WORD": sl_age_word,
    "AGE_LOW": lambda c: NV(c.val("agelow", lambda: str(R.randint(19, 89)))),
    "AGG_AGE": None,  # expanded textually
    # contact
    "PHONE": sl_phone,
    "BPHONE": sl_bphone,
    "PHONE_OBF": lambda c: S("PHONE", gen_phone_obf(c)),
    "TEL_LINK": lambda c: sl_tel(c),
    "BTEL_LINK": lambda c: sl_tel(c, True),
    "EXT": lambda c: NV(ch(["x", "x", "ext. ", "ext ", "x ", "extension "]) + str(R.randint(2, 9999)).zfill(R.choice([1, 4]))),
    "ZOOM_ID": nv(gen_zoom),
    "EMAIL": sl_email,
    "BEMAIL": lambda c: S("EMAIL", gen_bemail(c)),
    "EMAIL_OBF": sl_email_obf,
    "MAILTO": lambda c: sl_mailto(c),
    "BMAILTO": lambda c: sl_mailto(c, True),
    # ids
    "SSN": lambda c: S("SSN", gen_ssn(c)),
    "SSN_OBF": lambda c: S("SSN", gen_ssn_obf(c)),
    "LAST4": lambda c: NV(d(4)),
    "MRN": sl_mrn_lab,
    "MRNV": lambda c: S("MRN", c.val("mrn", lambda: gen_mrn(c))),
    "MRNV2": lambda c: S("MRN", c.val("mrn2", lambda: gen_mrn(c))),
    "PLAN": sl_plan_lab,
    "PLANV": lambda c: S("HEALTH_PLAN_ID", c.val("plan", lambda: gen_plan(c))),
    "MBI": lambda c: S("HEALTH_PLAN_ID", gen_mbi(c)),
    "MEDICAID": lambda c: S("HEALTH_PLAN_ID", gen_medicaid(c)),
    "GROUPNO": lambda c: NV(ch(["00" + d(4), d(6), "GRP-" + d(5), ch("ABCDEFGHJK") + d(5)])),
    "PAYER": lambda c: T(ch(PAYERS)),
    "ACCT": sl_acct_lab,
    "ACCTV": lambda c: S("ACCOUNT_NUMBER", c.val("acct", lambda: gen_acct(c))),
    "ACCT2": lambda c: S("ACCOUNT_NUMBER", c.val("acct2", lambda: gen_acct(c))),
    "BANKACCT": lambda c: S("ACCOUNT_NUMBER", gen_bank(c)),
    "DL": lambda c: S("LICENSE_NUMBER", gen_dl(c)),
    "DEA": lambda c: S("LICENSE_NUMBER", gen_dea(c)),
    "SLIC": lambda c: S("LICENSE_NUMBER", gen_slic(c)),
    "NPI": nv(gen_npi),
    "PLATE": lambda c: S("VEHICLE_ID", gen_plate(c)),
    "VIN": lambda c: S("VEHICLE_ID", gen_vin(c)),
    "DEVV": sl_devv,
    "ASSET": lambda c: NV(ch(["BME-" + d(5), "00" + d(5), "MV-IT-" + d(5), "A" + d(6), "CE" + d(5)])),
    "PTURL": sl_pturl,
    "PTURL_LINK": sl_pturl_link,
    "NEG_URL": nv(gen_negurl),
    "IP": lambda c: S("IP_ADDRESS", gen_ip(c)),
    "IP2": lambda c: S("IP_ADDRESS", gen_ip(c)),
    "IP6": lambda c: S("IP_ADDRESS", gen_ip6(c)),
    "IP_OBF": sl_ip_obf,
    "PORT": lambda c: NV(ch(["443", "1433", "2575", "6661", "8443", "3389"])),
    "VERSION": nv(gen_version),
    "BUILD": nv(gen_build),
    "HOSTNAME": lambda c: NV(ch(HOSTS)),
    "HOME": lambda c: S("ADDRESS", gen_home(c)),
    "STREET": lambda c: S("ADDRESS", gen_home(c, "street")),
    "POBOX": lambda c: S("ADDRESS", gen_home(c, "pobox")),
    "TOWN": sl_town,
    "ZIP": sl_zip,
    "FACADDR": lambda c: NV(ch(FAC_ADDR)),
    "SITE": lambda c: NV(c.val("site", lambda: ch(SITES))),
    "SITE2": lambda c: NV(ch(SITES)),
    "CARD": sl_card,
    "CARD_L4": lambda c: NV(d(4)),
    # org / misc negatives
    "TICKET": nv(gen_ticket),
    "PO": nv(gen_po),
    "INVOICE": nv(gen_invoice),
    "CONTRACT": lambda c: NV(ch(["C-" + d(4), "MSA-" + d(3), "#" + d(6)])),
    "CONF": lambda c: NV("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
    "COSTCTR": lambda c: NV(ch([d(5), "%s-%s" % (d(4), d(3))])),
    "LOT": lambda c: NV(d(4) + ch("ABCDX")),
    "UNIT": lambda c: T(c.val("unit", lambda: ch(UNITS))),
    "ROOM": lambda c: NV(c.val("room", lambda: ch([str(R.randint(1, 40)), str(R.randint(201, 940)), "%d%s" % (R.randint(1, 30), ch("AB"))]))),
    "ROOM2": lambda c: NV(ch([str(R.randint(1, 40)), str(R.randint(201, 940))])),
    "BED": lambda c: NV(c.val("bed", lambda: ch([str(R.randint(1, 30)), "%d%s" % (R.randint(1, 20), ch("AB"))]))),
    "BED2": lambda c: NV(str(R.randint(1, 30))),
    "MED": lambda c: T(c.val("med", lambda: ch(MEDS))),
    "MED2": lambda c: T(ch(MEDS)),
    "CPT": lambda c: NV(ch(CPTS)),
    "CPT2": lambda c: NV(ch(CPTS)),
    "ICD": lambda c: NV(ch(ICDS)),
    "ICD2": lambda c: NV(ch(ICDS)),
    "DOLLARS": lambda c: NV(ch(["$%d" % R.randint(20, 900), "$%s" % format(R.randint(1000, 48000), ","),
                                "$%d.%02d" % (R.randint(10, 3000), R.randint(0, 99))])),
    "COUNT": lambda c: NV(str(R.randint(2, 14))),
    "COUNT2": lambda c: NV(str(R.randint(15, 60))),
    "COUNT3": lambda c: NV(str(R.randint(120, 290))),
    "PCT": lambda c: NV(str(R.randint(41, 98))),
    "DEPT": lambda c: T(ch(DEPTS)),
}


# ----------------------------------------------------------------------------
# template engine: [a|b|c] alternatives, {SLOT} placeholders, "@s " = structured
# ----------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Z0-9_]+)\}")


def expand_alts(s):
    out = []
    i = 0
    while i < len(s):
        if s[i] == "[":
            j = s.index("]", i)
            out.append(ch(s[i + 1:j].split("|")))
            i = j + 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def render(tpl, c):
    if tpl.startswith("@s "):
        c.tags.add("structured")
        tpl = tpl[3:]
    s = expand_alts(tpl)
    s = s.replace("{AGG_AGE}", ch(AGG_AGE))
    c.old = bool(re.search(r"\{AGE(N|_WORD)?\}", s)) or c.domain in ("ltc", "home")
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(s):
        if m.start() > pos:
            segs += T(s[pos:m.start()])
        name = m.group(1)
        fn = SLOTS[name]
        segs += fn(c)
        pos = m.end()
    if pos < len(s):
        segs += T(s[pos:])
    return tidy(segs)


def merge(segs):
    out = []
    for k, v in segs:
        if not v:
            continue
        if out and out[-1][0] == k and k in ("", "~"):
            out[-1] = (k, out[-1][1] + v)
        else:
            out.append((k, v))
    return out


def tidy(segs):
    segs = merge(segs)
    out = []
    for i, (k, v) in enumerate(segs):
        if k == "":
            v = re.sub(r"[ \t]{2,}", " ", v)
            v = re.sub(r" +([,.;:?!)])", r"\1", v)
            v = re.sub(r"([(]) +", r"\1", v)
            v = v.replace(",,", ",").replace(", .", ".").replace(",.", ".").replace("..", ".")
            v = re.sub(r" +\n", "\n", v)
            v = re.sub(r"\n +", "\n", v) if not re.search(r"\n +[-•]", v) else v
        out.append((k, v))
    # boundary spaces between text segments separated by nothing
    out = merge(out)
    if out and out[0][0] == "":
        out[0] = ("", out[0][1].lstrip(" ,;:—-"))
    if out and out[-1][0] == "":
        out[-1] = ("", out[-1][1].rstrip(" ,;—"))
    return merge(out)


# ----------------------------------------------------------------------------
# templates by domain.  PHI templates must yield >=1 span; clean templates 0.
# ----------------------------------------------------------------------------
P = {}
C = {}

P["nursing"] = [
    "{PT} in room {ROOM} is asking for {HER} {RELW} — can someone call {RELN} at {PHONE}?",
    "Heads up: {PT_INV}, DOB {DOB}, coming up from ED to {UNIT} [in 20|after shift change|once the bed is clean]",
    "who has {PT_FULL}? [family is|{HER} {RELW} is] at the desk [asking for an update|and not happy]",
    "ED → {UNIT}: {AGEN}{SEXCH} w/ [fall|syncope|AMS|hip fx], {PT}, MRN {MRNV}",
    "Bed {BED}: {PT_L} [refusing meds again|pulled {HER} IV again|wants to leave AMA]. {RELW_C} {RELN} said they'd be in [tonight|after work].",
    "fall on {UNIT} [overnight|last night] — {PT} ({AGE}) found on the floor at {TIME} on {HDATE}, [no injury noted|small lac to forehead]. [Safety report filed|RL filed], {TICKET}",
    "Can we get a sitter for {PT_FULL}? {SHE_C} keeps trying to climb out of bed. {RELW_C} is {RELN}, cell {PHONE}",
    "@s *Handoff — {UNIT} {ROOM}*\nName: {PT_INV}\nDOB: {DOB}\nMRN: {MRNV}\nAllergies: [PCN|sulfa|NKDA|latex]\nContact: {REL} {PHONE}",
    "Admitted {HDATE} with [CHF|PNA|cellulitis|a COPD flare], {PT} — [CM|case management] wants to know if {SHE} has a PCP",
    "{PT_POSS} {RELW} keeps calling the [nurses' station|desk] for updates, are they on the release? MRN is {MRNV}",
    "ED [board|tracker] says {PT_FULL} [LWBS|left without being seen] at {TIME} — callback number on file is {PHONE}",
    "{AGE_WORD} year old on {UNIT}, {PT}, [DNR/DNI|full code|comfort measures]; {RELW} {RELN} is [the proxy|HCP]",
    "{PT_F} in {ROOM} needs [a bath|to be turned|pain meds|the bedpan] [when you get a sec|asap]",
    "{RELW_C} asked us to share the video visit link with {PT_F}: {PTURL_LINK}",
    "{PT_POSS} insulin pump ({DEVV}) came off in MRI zone 4, bagged at the desk",
    "[Pls|Please] page me when {PT_L} in {ROOM} is back from [CT|IR|dialysis|MRI]",
    "pt {PT_FULL} dc'd {HDATE} [to home|to rehab|to SNF] — f/u w/ [PCP|cardiology|ortho] on {HDATE2}",
    "[triage|Triage]: {PT_FULL} {AGEN}{SEXCH} [c/o|complaining of] [chest pain|SOB|weakness], lives alone in {TOWN}, neighbor brought {HIM} in",
    "Transfer from {SITE}: {PT_INV}, {MRN}, ETA {TIME}, {RELW} following by car",
    "{PT_FULL} ({MRN}) has [a pacemaker|an ICD|an insulin pump] — serial {DEVV}, rep is coming {RELT} to interrogate",
    "{VISITOR} is at the desk for {PT_F} in {ROOM} — not on the visitor list, ok to send back?",
    "Restraints [on|off] for {PT_FULL} {HDATE} at {TIME}, {DOC} notified",
    "[IV team|PIV consult] for {PT_L}, [2 failed attempts|needs US-guided], rm {ROOM}, DOB {DOB}",
    "Code blue on {UNIT} rm {ROOM} at {TIME} — {PT_FULL}. {RELW_C} {RELN} on the way, [ETA 20|says 30 min]",
    "{PT_POSS} belongings bag is still at the desk, {RELW} picking it up {RELT}",
    "night shift: {PT_L} [sundowning|agitated] again, gave the prn, {RELW} {RELN} [called twice|wants a call at 7]",
    "[Bed|bed] {BED} pt is {PT}, not {PT2} — two similar names on the unit, [pls|please] double check armbands",
]

C["nursing"] = [
    "ED is on divert [until|till] {RELT}, {DOC} is [running the board|in charge]",
    "We're boarding {COUNT} [again|tonight], no beds on {UNIT} until {RELT}",
    "{AGE_LOW}yo [M|F] in triage [c/o|with] [chest pain|SOB|abd pain], bed {BED} when clean",
    "Who's [covering|taking] {ROOM} tonight? {COL_F} is floating to {UNIT}",
    "Reminder: skills fair {MDATE} in the [Cronin|main|Bigelow] conf room, sign up with {COL_F}",
    "[Pyxis|Omnicell] on {UNIT} won't open, {TICKET}, call {EXT} if it's urgent",
    "{AGG_AGE} on the unit this week — fall precautions for all [pls|please]",
    "room {ROOM} needs a terminal clean, C. diff precautions until EVS is done",
    "{DOC} [wants|asked for] [a rapid|an RRT] on the pt in bed {BED}, already paged",
    "[thx|thanks|ty] {COL_F}!",
    "Staffing for {MDATE}: [short 2 RNs|need 1 CNA|we're at grid], can you post on the [app|board]?",
    "Beds {BED} and {BED2} are clean on {UNIT}",
    "The bladder scanner on {UNIT} is missing again, asset tag {ASSET}, anyone seen it?",
    "Asset {ASSET} (Alaris channel) in {ROOM} failed PM, swap it when the pt is off the drip",
    "[Huddle|Safety huddle] moved to {TIME}, {COL} presenting the falls data",
    "pt in {ROOM} is {AGE_LOW}, very HOH, use the pocket talker",
    "{COL} is the new [nurse educator|manager] for {UNIT} starting {MDATE}",
    "any RNs want OT {RELT}? [7p-7a|days] on {UNIT}, text {COL_F}",
    "Policy change: two-RN verification for insulin drips [effective|starting] {EFFDATE}",
    "ED volume hit {COUNT3} yesterday, new record",
    "can someone bring the [bariatric bed|hoyer] to {ROOM}? ty",
    "who has 12?",
    "running 10 late, sorry — {COL_F} has my pts till I get there",
]

P["home"] = [
    "SOC visit [for|with] {PT} at {HOME} moved to {HDATE} — {RELW} {RELN} [will let us in|has the key]",
    "Hospice pt {PT_FULL} passed {HDATE} at {TIME}, family at bedside. [Funeral home|FH] is [Keefe|Dolan & Sons|Rowe]",
    "Door code for {PT_L} is [4471|2291|1379#], house is in {TOWN}, park [behind the garage|on the street|in the back]",
    "New referral: {PT}, {AGE}, [CHF|end-stage COPD|dementia|pancreatic ca], lives at {STREET} in {TOWN}. POA {RELN} {PHONE}",
    "RN couldn't get in at {PT_L}'s — no answer at {PHONE}, calling {HER} {RELW} {RELN} next",
    "MBI for {PT_FULL}: {MBI}, need it for the [NOE|election statement]",
    "O2 delivery to {HOME} for {PT_F} {RELT}, vendor wants a callback at {PHONE}",
    "{RELW_C} shared {PT_POSS} update page [for the team|if anyone wants it]: {PTURL_PAGE}",
    "CADD pump on {PT_FULL} [alarming|keeps alarming], serial {DEVV}, swapping {RELT}",
    "@s Visit note\nPt: {PT_FULL}\nAddr: {HOME}\nDOB: {DOB}\nCG: {REL} {PHONE}\nNext visit: {HDATE}",
    "Bereavement mailing for {RELN} ({RELW} of {PT_FULL}, d. {HDATE})",
    "Recert for {PT_L} due {HDATE}, [MD hasn't signed|still need the face-to-face]",
    "{RELW_C} {RELN} wants to move {PT_POSS} care to our {SITE} team; {PT_F} lives at {HOME} now",
    "LVAD pt {PT_FULL}, controller SN {DEVV}, driveline dressing change {HDATE}, lives in {TOWN}",
    "Aide visiting {PT_L} on {STREET} says the dog [got out|is aggressive]; text {RELN} at {PHONE}",
    "Aide's car got hit in {PT_POSS} driveway, other car plate {PLATE}, {RELW} has the insurance info",
    "hospice pt {PT_F} ({AGE}) [actively dying|transitioning], {RELW} asked for the chaplain, [address|addr] {HOME}",
    "[can u|can you] fax the POC for {PT_FULL} to the MD office [tho|though]? {PHONE_OBF} is what they gave me",
    "pt {PT_FULL} — CGM transmitter {DEVV} fell off, [Dexcom|the rep] says call {RELW} {RELN}",
]
C["home"] = [
    "OASIS refresher {MDATE}, {COL} is running it",
    "Mileage logs due {DEADLINE}, send to {COL_F}",
    "Our {SITE} office closes early {RELT} for the [storm|snow|holiday]",
    "IDG moved to {MDATE}, same Zoom {ZOOM_ID}",
    "Census is {COUNT2} today, {COUNT} recerts pending",
    "need an RN to cover the {SITE} route {RELT}",
    "Volunteer orientation {MDATE} at {FACADDR}",
    "new aide schedule posted, questions to {COL_F} at {EXT}",
    "the {AGE_LOW}yo on the {SITE} route declined the visit today, we'll try again {RELT}",
    "Bag audits {RELT}: restock [PPE|gloves] and sharps containers",
    "Hospice cap changes for {FISCAL} — {EXEC_TITLE} wants to go over it {MDATE}",
    "Anyone have a spare scale? mine died on the {SITE} route",
]

P["ltc"] = [
    "Resident {PT} ({AGE}) fell in {HER} room on {HDATE} around {TIME}, [no injury|skin tear L forearm]. Notified {RELW} {RELN}.",
    "Rm {ROOM}: {PT_L} turns {AGEN} [today|on Sunday] 🎂 [cake at 2|party in the dayroom]",
    "{PT_FULL} back from hospital {HDATE}, new orders in PCC. Medicaid # {MEDICAID}",
    "MDS due for {PT_INV}, ARD {HDATE}",
    "{VISITOR} here to see {PT_F}, not on the list — ok to let in?",
    "Podiatry on {HDATE}: {PT_FULL}, {PT2} and 3 others",
    "Care plan mtg for {PT_FULL}: {RELW} {RELN} asked for a call back at {PHONE}",
    "{PT_L} down [6|8|11] lbs since {HDATE}, RD aware",
    "Hearing aids for {PT_FULL} missing again, serial {DEVV} per the belongings list",
    "Resident {PT_FULL}, {AGE_WORD}, sent out to {SITE} ED at {TIME} on {HDATE}",
    "@s Admission {HDATE}\nResident: {PT_INV}\nDOB: {DOB}\nMedicare: {MBI}\nRP: {REL}, {PHONE}",
    "{PT_POSS} pharmacy bill went to {HOME}, should go to {HER} {RELW} instead",
    "res in {ROOM} is {PT} — {AGE} and still doing the crossword in pen",
    "{RELW_C} of {PT_FULL} dropped off a check for the trust account, acct {ACCTV}",
]
C["ltc"] = [
    "State survey window opens {RELT} — QAPI binder is in the DON office",
    "Flu clinic for residents {MDATE}, {COUNT2} consents signed so far",
    "Kitchen says trays are running [20|30] min late",
    "{AGG_AGE} in house this month — update the falls board",
    "Activities calendar for [April|May|June] is posted, bingo moved to {TIME}",
    "WanderGuard door test {MDAY} at {TIME}, alarms will sound",
    "CNA class starts {MDATE}, {COUNT} enrolled",
    "Laundry invoice {INVOICE} looks double billed, ask {COL_F}",
    "the {AGE_LOW}-year-old in {ROOM} was singing again today 😊",
    "Reminder: [no|NO] resident names on the whiteboard by the elevator",
]

P["bh"] = [
    "Section 12 on {PT} signed at {TIME}, bed search started. {RELW_C} {RELN} wants a call {PHONE}",
    "{PT_F} on the unit is asking for {HER} DCF worker; collateral is {RELN}, {PHONE}",
    "pt {PT_FULL} DOB {DOB} — safety plan done, discharge planned {HDATE}",
    "DO NOT release info about {PT_F} to {VISITOR} — 209A on file",
    "ECT #6 for {PT_L} {HDATE} at {TIME}, NPO after midnight, needs a ride",
    "{PT_FULL} eloped from the unit at {TIME}, lives in {TOWN}, PD notified",
    "Intake from {SITE} ED: {PT_INV}, {AGE_LOW}{SEXCH}, [SI|psychosis], {PAYER} {PLAN}",
    "Geri psych referral: {PT_FULL}, {AGE}, dementia w/ behaviors, from {TOWN}",
    "Family session for {PT_L} {HDATE} at {TIME}, {RELW} {RELN} [confirmed|coming in person]",
    "Suboxone induction for {PT_FULL} {HDATE}, PMP checked, {DOC} DEA {DEA}",
    "{PT_F}'s {RELW} keeps calling, we can't confirm {SHE}'s here w/o a release — [Part 2|42 CFR]",
    "[1:1|one to one] on {PT_L} in {ROOM}, [ligature check|room search] done at {TIME}, [email|emailed] the [CPS|DCF] worker at {EMAIL}",
]
C["bh"] = [
    "Groups moved to {TIME} {RELT}, art room is being painted",
    "BH census {COUNT}/16, {COUNT2} boarding in ED",
    "CPI refresher {MDATE} — mandatory for all MHWs",
    "Reminder: 42 CFR Part 2 consents need the updated form as of {EFFDATE}",
    "who has the unit keys? {COL_F} is looking for them",
    "the {AGE_LOW}yo on the adolescent side still needs placement, nothing at {SITE} either",
    "Peer specialist posting is up: {NEG_URL}",
    "Code gray debrief {MDAY} at {TIME} with {COL} and {DOC}",
    "CPT {CPT} for the 60-min sessions, not {CPT2} — billing asked",
]

P["pharmacy"] = [
    "PA for {PT_FULL} [denied|approved|pending] — member ID {PLANV}, {MED}",
    "{DOC}'s DEA {DEA} isn't printing on the controlled Rx for {PT}",
    "Med rec for {PT_INV}, DOB {DOB}: home list incomplete, {RELW} bringing bottles",
    "Outside pharmacy [faxed|called] re {PT_FULL} — [fax|callback] {PHONE}",
    "Copay card for {PT_L}? that's a real credit card ({CARD}), please remove it from the note",
    "MassHealth ID {MEDICAID} for {PT_FULL} shows termed as of {EFFDATE}",
    "Pump supplies for {PT_FULL}, pump SN {DEVV}, {SHE} lives in {TOWN}",
    "DC meds to bedside for {PT_L} in {ROOM}, copay on card {CARD}",
    "Narcan teaching for {PT_FULL} before dc {HDATE}, {RELW} {RELN} will pick up",
    "Anticoag clinic: {PT_FULL} INR [4.1|1.6|5.3] drawn {HDATE}, held warfarin, recheck {HDATE2}, cell {PHONE}",
    "{COL}'s [state|professional] license {SLIC} lapses {DEADLINE}, please renew",
    "@s Rx hold\nPatient: {PT_INV}\nDOB: {DOB}\n{PLAN}\nReason: [refill too soon|PA needed|quantity limit]",
    "{PT_FULL} — [Medicare|MBI] {MBI}, [Part D|PDP] says [coverage gap|not covered], {MED}",
    "Verify DEA {DEA} for {DOC} before we fill the {MED} for {PT_L}",
]
C["pharmacy"] = [
    "{MED} [shortage|on backorder] again — sub {MED2} until P&T {MDATE}",
    "Carousel went down, {TICKET}, filling by hand till {RELT}",
    "IV room 797 audit {MDATE}, cleanroom logs need sign-off",
    "Dr. {DOCLAST}'s DEA registration expires {DEADLINE} — credentialing is on it",
    "NPI for the new NP is {NPI}, adding to the eRx profile",
    "90-day fills on maintenance meds allowed under the new formulary {EFFDATE}",
    "PO {PO} to [Cardinal|McKesson] received, invoice {INVOICE}",
    "P&T agenda {MDATE}: {MED} vs {MED2}",
    "Tech coverage for the weekend — {COL_F} and {COL2_F}, need one more",
    "Firmware {VERSION} for all the pump programmers goes out {RELT}, biomed has the list",
    "DEA numbers go in the provider profile, not in Slack [pls|please]",
]

P["lab"] = [
    "Critical [K|potassium] [6.8|7.1] on {PT}, MRN {MRNV}, called to {DOC} at {TIME}",
    "Mislabeled specimen: tube says {PT_FULL} but the req says {PT2}",
    "Redraw on {PT_INV} ({MRN}) — [hemolyzed|clotted|QNS]",
    "Outreach pt {PT_FULL} DOB {DOB} drawn {HDATE} at the {SITE} PSC",
    "Send-out to [Quest|Mayo] for {PT_L}, bill to {ACCT}",
    "Blood bank: {PT_FULL} has [anti-K|anti-E] antibodies, needs antigen-neg units before OR {HDATE}",
    "T&S expired for {PT_FULL}, redraw before OR {HDATE}",
    "@s CRITICAL VALUE\nPt: {PT_INV}\n{MRN}\n[Lactate 6.2|Troponin 2.41|Hgb 5.9]\nCalled to: {DOC} at {TIME}",
    "Chain-of-custody draw for {PT_FULL}, DL {DL} verified",
    "Urine for {PT_FULL} received {HDATE} w/ no collection time, can't run it",
    "Add-on [lipase|BNP] for {PT_L} in {ROOM} — DOB {DOB}",
    "results link for {PT_F} isn't opening: {PTURL_VISIT}",
]
C["lab"] = [
    "Chem analyzer {COUNT} down for PM {RELT}, route STATs to core lab",
    "QC lot {LOT} failed on the [troponin|TSH], rerunning",
    "CAP inspection window opens {MDATE}, binders go to {COL_F}'s office",
    "Courier running late from {SITE} again, ETA {TIME}",
    "Reminder: 10-digit MRNs go live {EFFDATE}, label templates may need updating",
    "CPT {CPT} or {CPT2} for the send-out panel? billing is asking",
    "Phlebotomy short on {UNIT} {RELT}, {COL_F} can float",
    "Ref lab fee update {EFFDATE}, contract {CONTRACT}",
]

P["rad"] = [
    "[MRI|CT|US] for {PT} moved to {HDATE} at {TIME} on the {SITE} scanner — {SHE} confirmed",
    "Can you fit {PT_FULL} into a US slot {RELT}? DOB {DOB}, ordering {DOC}",
    "{PT_L} has a [pacemaker|ICD] — MRI conditional? SN {DEVV} per the card",
    "No-show {HDATE}: {PT_FULL}, called {PHONE} twice, left VM",
    "PA for [CT A/P|MRI brain] on {PT_INV} — mbr # {PLANV}, grp {GROUPNO}",
    "Mammo callback for {PT_FULL}, appt {HDATE}, {SHE} asked for [a female tech|a Spanish interpreter]",
    "Tech needs {PT_POSS} implant card — neurostim SN {DEVV} before MRI {HDATE}",
    "Outside CD for {PT_FULL} from {SITE}, DOB {DOB}, push to PACS",
    "DEXA for {PT_L}, {AGE}, overdue, last one {HDATE}",
    "{PT_FULL} called to move {HER} [mammo|US] on {HDATE}, prefers [afternoons|Saturdays], {PHONE}",
    "pls send the CT reminder to {PT_POSS} portal — {PTURL_LINK}",
    "telehealth f/u link for {PT_FULL} on {HDATE}: {PTURL_VISIT}",
]
C["rad"] = [
    "[MRI 2|CT 1] down {MDATE} for service — move outpatients to [MRI 1|CT 2]",
    "Schedule templates for {FISCAL} are up, ping {COL_F} with questions",
    "Contrast shortage: holding elective CTs until {DEADLINE}",
    "PACS update to {VERSION} {RELT}, downtime {TIME} to {TIME2}",
    "can someone cover the scheduling queue {RELT}? {COL_F} called out",
    "Reading room backlog — {COUNT2} studies pending",
    "Can IR take the add-on list {RELT}? {DOC} is solo",
    "Protocol update: CT head w/o contrast for code stroke starting {EFFDATE}",
    "MRI safety class {MDATE} at {FACADDR}, {COUNT} seats left",
]

P["access"] = [
    "@s Reg question:\nPt: {PT}\nDOB: {DOB}\nAddr: {HOME}\nPhone: {PHONE}\nIns: {PAYER} {PLANV}",
    "Dup chart: {PT_FULL} has {MRNV} and {MRNV2}, DOB {DOB} on both",
    "Pt gave SSN {SSN} at the window — do we even need it?",
    "Self-pay {PT_L}, no insurance, DL {DL} scanned, lives in {TOWN}",
    "{PT_FULL} changed address to {HOME}, old one returned mail",
    "Interpreter needed for {PT_FULL} ([Haitian Creole|Portuguese|Somali|Vietnamese]) for {HER} {TIME} appt {HDATE}",
    "Guardian for {PT_F} is {RELN} — court docs in media tab, cell {PHONE}",
    "MBI {MBI} doesn't match for {PT_INV}, CMS shows a different DOB",
    "zip on file for {PT_L} is {ZIP} but {SHE} says {SHE} moved to {TOWN}",
    "{PT_FULL} checking in, {HER} email is {EMAIL_OBF} (spelled it out for me)",
    "ID check for {PT_FULL}: [NH|MA|NY] license {DL}, exp {EXPIRY}",
    "Financial counseling for {PT_L}, HAR {ACCTV}, charity care app pending",
    "can you verify elig for {PT_INV} {PLAN}? {SHE}'s at the {SITE} desk",
    "@s Self-pay app\nName: {PT_INV}\nSSN: {SSN}\nDOB: {DOB}\nEmployer: [Market Basket|Home Depot|self]",
    "{PT_FULL} wrote {HER} SSN on the consent form ({SSN}), should we redact the scan?",
    "send {PT_L} the pre-reg link {PTURL_VISIT} — {SHE} prefers text",
]
C["access"] = [
    "Kiosks in the {SITE} lobby frozen again, {TICKET}",
    "New MSP questionnaire effective {EFFDATE}, old versions go in the shred bin",
    "Reminder: don't collect SSN at check-in unless billing requires it",
    "Wait at central reg is about {COUNT2} min this morning",
    "{COL_F} starts {MDATE} at the {SITE} desk, please show her around",
    "Group number for the {PAYER} employer plan is {GROUPNO} — that's not the member ID",
    "Registration at {FACADDR} is moving to suite 120",
    "the MRN field on the new form is too short for E-numbers",
    "caller verified with the last 4 of her SSN ({LAST4}) and birth year only, per script",
    "Pre-reg links now expire after 72 hours, {COL_F} updated the template",
]

P["billing"] = [
    "Guarantor {PT} acct {ACCTV} owes {DOLLARS}, card on file {CARD}, exp {EXPIRY}",
    "Pt called about a bill — {PT_FULL}, HAR {ACCTV}, wants a payment plan, call back {PHONE}",
    "Refund to {PT_L} of {DOLLARS} on card ending {CARD_L4}",
    "Collections vendor wants the SSN on {PT_FULL}: {SSN_OBF}",
    "ACH autopay for {PT_FULL}: bank acct {BANKACCT}",
    "{ACCT} is {PT_INV}, DOS {HDATE} — denied [CO-16|CO-97|timely filing]",
    "Statements bounced for {PT_FULL}, new address {HOME}",
    "Card {CARD} declined — {PT_F} will call back",
    "{RELW_C} {RELN} paying {PT_POSS} balance, wants the receipt at {EMAIL}",
    "@s Payment plan\nGuarantor: {PT_INV}\n{ACCT}\nMonthly: {DOLLARS}\nPhone: {PHONE}",
    "Estate of {PT_FULL} (d. {HDATE}) — executor {RELN} asked for the itemized bill",
    "Skip trace on {PT_FULL}: SSN {SSN}, last known address {HOME}",
    "{PT_FULL} read {HER} card over the phone: {CARD} — please don't put it in the notes",
    "Two guarantor accounts for {PT_FULL}: {ACCTV} and {ACCT2}, can we combine?",
    "Medicaid app for {PT_FULL} needs the SSN, {HER} {RELW} gave {SSN_OBF}",
]
C["billing"] = [
    "Month-end close {DEADLINE}, A/R over 120 is at {DOLLARS}",
    "Invoice {INVOICE} from the collection agency is on hold, PO {PO}",
    "Card ending {CARD_L4}, exp {EXPIRY} — that's the corporate AMEX for the conference fees",
    "Denials huddle {MDATE} with {COL} about the CO-16 spike",
    "CPT {CPT} w/ modifier 25 getting denied by {PAYER}",
    "Cost center {COSTCTR} over budget for {FISCAL}, {EXEC} wants a variance note",
    "Self-pay discount policy changes {EFFDATE}, see {POLICY_URL}",
    "{COUNT} accounts sent to bad debt {FISCAL}, total {DOLLARS}",
    "ask {COL_F} for the guarantor merge report, it's in the shared drive",
]

P["him"] = [
    "ROI request for {PT}, DOB {DOB}, records {HDATE} to {HDATE2}, attorney fax {PHONE}",
    "Amendment request from {PT_FULL} ({MRN}) — wants the note from {HDATE} changed",
    "Subpoena for {PT_INV}, DOB {DOB}, SSN {SSN} — route to legal",
    "{PT_FULL} wants copies emailed to {EMAIL} — ok unencrypted?",
    "Death cert for {PT_FULL}, DOD {HDATE}, funeral home waiting on signature",
    "Merge request: {MRN} into {MRNV2}, same pt {PT_FULL}",
    "{RELW_C} {RELN} has POA for {PT_FULL}, wants the chart mailed to {POBOX}",
    "Records for {PT_L} sent to {MAILTO} per the signed auth",
    "@s ROI log\nRequester: {RELN} ({RELW})\nPatient: {PT_INV}\nDOB: {DOB}\nDates of service: {HDATE} to {HDATE2}",
    "pt {PT_FULL} says {SHE} never got the records, address on file {HOME}",
    "Fax cover had {PT_POSS} SSN on it — {SSN_OBF} — shred it?",
    "outside records for {PT_INV} came with SSN {SSN} in the header, redacting before scan",
    "ROI invoice got posted to {PT_POSS} account {ACCTV} instead of the law firm's",
]
C["him"] = [
    "ROI backlog at {COUNT2} requests, vendor turnaround {COUNT} days",
    "Legal hold policy updated {EFFDATE}, see {POLICY_URL}",
    "Scanning backlog for the {SITE} clinics cleared, thanks {COL_F}",
    "HIM huddle {MDATE} — deficiency rates and the MRN format change",
    "Coding query: {ICD} vs {ICD2} on the sepsis charts?",
    "Record retention for minors is age of majority plus 7 years, per policy",
    "Who approved the release template? {COL} wants to know before {DEADLINE}",
]

P["compliance"] = [
    "Complaint from {RELW} {RELN} about info on {PT_POSS} diagnosis shared with [a neighbor|the employer]",
    "Possible breach: fax for {PT_FULL} (DOB {DOB}) went to the wrong number {PHONE}",
    "Access alert on {VIP}'s chart — [{COUNT} users|someone in {DEPT}] opened it [this weekend|overnight]",
    "Email with {PT_POSS} results went to {EMAIL} by mistake, recall failed",
    "OCR letter names complainant {PT_FULL} of {TOWN}, response due in 30 days",
    "{COL} posted {PT_POSS} MRN ({MRNV}) in #general, I deleted it",
    "Hotline caller said {VIP} was admitted {HDATE} and staff are talking about it",
    "Someone posted {PTURL_GFM} on Facebook — it's {PT_POSS} fundraiser with {HER} diagnosis in it",
    "Spreadsheet on the shared drive has SSNs in column D, e.g. {SSN} — pulling it now",
    "Privacy: {PT_FULL}'s {RELW} wants an accounting of disclosures, reach {HIMSTAFF} at {BPHONE}",
]
C["compliance"] = [
    "HIPAA modules due {DEADLINE}, {PCT}% complete house-wide",
    "Policy PRIV-22 effective {EFFDATE}, attest in PolicyStat",
    "Audit sample for {FISCAL}: {COUNT2} charts, de-identified please",
    "Don't paste MRNs or patient names in this channel, use secure chat 🙏",
    "Hotline report {TICKET} closed, unsubstantiated",
    "OCR settlement news this week — good reminder on minimum necessary",
    "{EXEC_TITLE} wants the Q2 privacy dashboard by {DEADLINE}",
]

P["security"] = [
    "Visitor {VISITOR} for {PT_FULL} on {UNIT} was trespassed — plate {PLATE}, gray Civic",
    "Car in the fire lane belongs to {PT_POSS} {RELW}, VIN {VIN}, ok to tow?",
    "BOLO: {PT} ({AGE_LOW}yo), eloped from {UNIT} at {TIME}, lives in {TOWN}",
    "Valet has {PT_POSS} car, plate {PLATE}, {RELW} picking it up {RELT}",
    "Belongings for {PT_FULL}: wallet with DL {DL} and a card {CARD}",
    "Security footage request re: fall of {PT_FULL} in the garage {HDATE}",
    "plate {PLATE} keeps parking in the ED ambulance bay, 3rd time this week",
    "Tow log: VIN {VIN}, plate {PLATE}, pulled from garage level 3",
    "Contractor badge for {COL} — DL {DL} on file, expires {DEADLINE}",
    "{RELW_C} of {PT_FULL} threatening staff, {RELN}, drives a black F-150 {PLATE}",
]
C["security"] = [
    "Badge reader at the north entrance not working, {TICKET}",
    "Code gray drill {MDAY} at {TIME}, all units please be ready",
    "Garage gate arm stuck again, {COL_F} is directing traffic",
    "Bodycam pilot starts {EFFDATE} per {EXEC_TITLE}",
    "IR {TICKET}: aggressive visitor in ED waiting, escorted out, no injuries",
    "Lot B lights out past row 12, facilities notified",
    "Found a set of Honda keys in the chapel, they're at the security desk",
    "Tow company contract {CONTRACT} renewed through {FISCAL}",
]

P["hr"] = [
    "EH: {EMP} from {UNIT} reported a needlestick {HDATE} at {TIME}, source pt {MRN}",
    "{EMP} tested [COVID+|positive for flu] today, symptom onset {HDATE}, out until cleared",
    "FMLA for {EMP} [approved|pending] — surgery {HDATE}, post-op visit {HDATE2}",
    "WC claim for {EMP}: slipped on a wet floor {HDATE}, home phone {PHONE}",
    "PPD read positive for {EMP}, chest x-ray {HDATE}",
    "Fitness for duty eval for {EMP} set for {HDATE} at {TIME} — do not share outside HR",
    "EAP referral for {EMP_F}, manager {COL} is aware",
    "{COL}'s RN license {SLIC_RN} shows lapsed on Nursys",
    "Send flowers to {EMP} — {SHE}'s home after [knee surgery|chemo|a cardiac cath], address is {HOME}",
    "@s Occ health visit\nEmployee: {EMP}\nDOB: {DOB}\nInjury date: {HDATE}\nClaim phone: {PHONE}",
    "{EMPW_F} in {DEPT} asked for a lactation accommodation, due {HDATE}",
    "I-9 for {COL} is missing the SSN — {COL_F} gave me {SSN} over the phone",
    "Credentialing: {DOC} state license {SLIC}, DEA {DEA}, NPI {NPI} — all verified",
]
C["hr"] = [
    "Open enrollment closes {DEADLINE}, benefits fair {MDATE} in the atrium",
    "{COL} starts {MDATE} as nurse manager on {UNIT}",
    "Fit testing clinic for staff {MDATE}, walk-ins welcome",
    "PTO requests for the July 4th week due {DEADLINE}, see {COL_F}",
    "Exit interview with {COL} moved to {MDAY} at {TIME}",
    "Timecards for pay period {COUNT} need approval {RELT}",
    "{COL} and {COL2} are the new co-chairs of the wellness committee",
    "Background checks now go through the new vendor as of {EFFDATE}",
]

P["it"] = [
    "User on {IP} keeps getting locked out of [Epic|Citrix], {TICKET}",
    "Firewall is blocking {IP} → {IP2} on {PORT}, can you allow it?",
    "The label printer on {UNIT} is {IP}, firmware {VERSION} — not the issue",
    "Suspicious logins from {IP6} against OWA, blocked",
    "Reset MFA for {COL} — cell on file for SMS is {BPHONE}",
    "Patient {PT_FULL} can't log into MyChart, login email {EMAIL}, MRN {MRNV}",
    "Remote tele gateway for {PT_FULL} offline, SN {DEVV}, last seen from {IP}",
    "HL7 feed from {IP}:{PORT} dropped ADTs {RELT}",
    "phishing report: sender spoofed {BEMAIL}, link resolves to {IP_OBF}",
    "Citrix VDA {HOSTNAME} is {IP}, build {BUILD} — reboot pending",
    "need a DHCP reservation for {IP} (RAD-WS) asap",
    "portal link for {PT_FULL} 404s: {PTURL_VISIT}",
    "CGM app for {PT_FULL} won't pair, transmitter {DEVV}, {SHE}'s on iOS 17",
]
C["it"] = [
    "Epic upgrade go-live {MDATE}, downtime {TIME} to {TIME2}",
    "Build {BUILD} pushed to TST, not prod until CAB",
    "CAB approved {TICKET} for {MDATE}, owner {COL}",
    "Citrix Workspace {VERSION} broke Dragon in {SITE}, rolling back",
    "Server {HOSTNAME} C: drive at 95%, {TICKET}",
    "Zoom for the downtime bridge: {ZOOM_URL}, passcode is in the invite",
    "Who owns asset tag {ASSET}? it's been sitting outside the IT closet since Monday",
    "Windows build {BUILD} breaks the badge-tap login, hold the patch",
    "password resets for {DEPT} go through the portal now, not x{LAST4}",
]

P["facilities"] = [
    "Pt {PT_FULL} in {ROOM} complaining about [heat|the AC|noise], {RELW} escalating — can maintenance check?",
    "Wheelchair for {PT_L} needs to be dropped at {HOME} by {RELT}",
    "Hearing aid turned in at the lobby, serial {DEVV}, might be {PT_POSS}",
    "Ramp install at {PT_POSS} house ({STREET}) delayed, {RELW} asked us to call {PHONE}",
    "{PT_FULL} fell in the [parking garage|lobby] {HDATE}, wet floor, claim pending",
]
C["facilities"] = [
    "WO {TICKET} — ceiling leak in room {ROOM}, buckets down",
    "Chiller maintenance at {FACADDR} {RELT}, expect warm ORs",
    "Elevator B out until {DEADLINE}, use the service car",
    "Generator test {MDAY} at {TIME}, lights may flicker",
    "Parking for the {SITE} MOB moves to {FACADDR} as of {EFFDATE}",
    "Ice machine on {UNIT} leaking again, {COL_F} put in the ticket",
    "PO {PO} for the new bariatric lifts approved",
    "Fire door on {UNIT} won't latch, {TICKET}",
]

P["exec"] = [
    "{BOT} draft a note to {EXEC} about the [board|budget] deck, cc {BEMAIL}",
    "[Set up|Book] [a call|lunch|coffee] with {VENDOR_REP} {MDATE} — cell is {BPHONE}",
    "{BOT}, my [neighbor's|friend's] {KIN} {PT_FULL} was admitted [tonight|yesterday] — can you find out [what room|where {SHE} is]?",
    "Heads up: {VIP} ([board member|trustee|major donor|our former CEO]) was admitted [overnight|today], pls flag patient relations",
    "Summarize the complaint from {PT_POSS} {RELW}, {RELN}, before my call with {EXEC} {RELT}",
    "Done — moved your {TIME} with {EXEC_F} to {MDATE}. {EXEC_HER} EA's line is {BPHONE}",
    "Got it. Sent the [NDA|contract|SOW] to {BEMAIL} and cc'd {COL_F}",
    "{BOT}, pull the DC summary for my {KIN} {PT_FULL}, DOB {DOB} — discharged {HDATE}",
    "Reply to {VENDOR_REP} at {BMAILTO} and decline the demo",
    "Card for the [offsite|dinner]: {CARD}, exp {EXPIRY} — book for {COUNT}",
    "Text {EXEC_F} at {BTEL_LINK} that I'm running [10 min|15] late",
    "> can you find {EXEC_F}'s cell?\n{BPHONE} — that's personal, don't share",
    "Can you ask {COL} whether {VIP} is still in [the ICU|{UNIT}]? {EXEC_TITLE} wants to visit",
    "Per {EXEC}: expense the car service to the corp card {CARD}",
    "{BOT} what's {EXEC_F}'s email? — reply: {BEMAIL}",
    "Forward the security alert about {IP} to {BEMAIL}",
    "Remind me to call {RELN}, {PT_POSS} {RELW}, {RELT} at {PHONE} — the complaint about [billing|wait times]",
    "{BOT} my assistant needs {VIP_F}'s room number, {SHE} is a trustee — {MRN}",
    "{BOT} fill in the W-9 for the speaker fee, my SSN is {SSN}",
    "{BOT} my car's blocking the loading dock, plate {PLATE} — can security move it?",
    "Use my personal card {CARD} for the gala table, not the corp one",
    "{BOT} check on {VIP_F} for me — family update page is {PTURL_PAGE}",
]
C["exec"] = [
    "{BOT} summarize the [board|MEC] minutes for {EXEC} by {DEADLINE}",
    "Move my {TIME} with {EXEC} to {MDATE} and book the boardroom",
    "Draft a thank-you to the {DONOR} Foundation for their [gift|pledge], sign as {EXEC}",
    "Find 30 min with {COL} and {COL2} {RELT}, avoid Friday",
    "Done. Invite sent for {MDAY} at {TIME}, Zoom {ZOOM_ID}",
    "What's our ED volume for {FISCAL} vs budget?",
    "{BOT} where's the offsite? — reply: {FACADDR}",
    "Ok, told {EXEC_F} the finance call moved to {MDATE}",
    "Pull the {FISCAL} scorecard before my 1:1 with {EXEC}",
    "Ask {VENDOR_REP} for the updated quote, PO {PO} was approved",
    "Done ✅ hotel confirmed for {EXEC_F}, conf {CONF}",
    "can you print the deck for the board {MDATE}?",
    "Decline the invite from {VENDOR_REP}, say I'm traveling {RELT}",
    "Reminder: trustee dinner {MDATE}, business attire",
    "{BOT} what's the extension for {EXEC_TITLE}'s office? — {EXT}",
    "{EXEC_F} is in meetings until {TIME}, I'll grab you when {EXEC_F} is free",
    "On it 👍",
    "Sent to {COL_F}.",
    "{BOT} how many of our pts are over 90? just the count for the {FISCAL} deck",
    "{BOT} write a LinkedIn post congratulating {COL} on the Magnet designation",
]
# VIP_F slot
def gen_mday(c):
    y, m, dd = rand_date(2025, 2026)
    day = ch(["Mon", "Tue", "Wed", "Thu", "Fri", "Tues", "Thurs", "Monday", "Wednesday", "Friday"])
    return ch(["%s %d/%d" % (day, m, dd), "%d/%d" % (m, dd), "%s %s" % (MONTHS[m - 1], ORD(dd)), "next %s" % day,
               "%s %d" % (MONTHS[m - 1][:3], dd)])


SLOTS["MDAY"] = nv(gen_mday)
SLOTS["EMPW_F"] = lambda c: S("NAME", c.person("empw").first)
SLOTS["EXEC_HER"] = lambda c: T("Her" if c.person("exec").gender == "f" else "His")
SLOTS["PTURL_VISIT"] = lambda c: S("URL", gen_pturl(c, ["mychart", "portal", "tele", "vv", "results"]))
SLOTS["PTURL_PAGE"] = lambda c: S("URL", gen_pturl(c, ["cb", "family", "gfm"]))
SLOTS["PTURL_GFM"] = lambda c: S("URL", gen_pturl(c, ["gfm"]))
SLOTS["SLIC_RN"] = lambda c: S("LICENSE_NUMBER", ch(["RN", "RN-", "RN "]) + d(R.choice([6, 7])))
SLOTS["KIN"] = lambda c: T(ch(["mother", "mom", "aunt", "mother-in-law", "grandmother"]) if c.focus().gender == "f"
                           else ch(["father", "dad", "uncle", "father-in-law", "grandfather"]))
SLOTS["POLICY_URL"] = lambda c: NV("https://intranet.%s/policies/%s" % (ch(ORGS), ch(["legal-hold", "retention-2025",
                                   "self-pay-discount", "fin-204", "PRIV-22", "min-necessary"])))
SLOTS["ZOOM_URL"] = lambda c: NV("https://%s.zoom.us/j/%s%s" % (ch(ORGS).split(".")[0], d(11),
                                 ch(["", "?pwd=" + "".join(ch("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789") for _ in range(12))])))
SLOTS["VIP_F"] = lambda c: (c.tags.add("vip"), S("NAME", c.person("vip").first))[1]
SLOTS["DOCLAST"] = lambda c: NV(c.person("doc").last)
SLOTS["HIMSTAFF"] = lambda c: NV(c.person("col").full())

P["misc"] = [
    "{MRN} pls",
    "did anyone call {PT_F} back about {HER} results?",
    "{PT_FULL} here yet for {HER} 2pm infusion?",
    "DOB {DOB}",
    "ssn {SSN}",
    "pt {PT_L} — cb {PHONE}",
    "is {PT_FULL} still in {ROOM}?",
    "{RELW} {RELN} called again",
    "{PT_POSS} son on line 2 asking about discharge",
    "fyi {PT_L} in {ROOM} is {AGEN} today",
    "{PHONE_OBF}",
    "{PTURL}",
    "{PT_F}'s ssn is {SSN_OBF}",
    "{PT_INV}\n{DOB}\n{MRNV}",
]
C["misc"] = [
    "on it",
    "ok ty",
    "lab is down again",
    "be there in 5",
    "can someone cover my lunch",
    "lol same",
    "which room?",
    "{EXT}",
    "{TICKET} closed",
    "who's on call for GI {RELT}?",
    "coffee in the break room 🎉",
    "no PHI here, just checking the bot works",
    "is the 2pm still on?",
    "gentle reminder to badge out",
]

# longer notes (multi-sentence / multi-line)
P["nursing"] += [
    "@s *Night handoff {UNIT}*\n• {ROOM} — {PT_INV}, DOB {DOB}, [CHF|PNA|sepsis], on {MED}, [fall risk|bed alarm on]\n"
    "• {ROOM2} — {PT2}, [post-op day 1|NPO for IR], [pain controlled|needs PRN at 0400]\n"
    "• {RELW_C} of {PT_F} ({RELN}) calls every morning around 7, ok to update per release\n"
    "• Sitter needed if {PT_F} gets agitated again\nAny questions page me, {COL_F}",
]
P["home"] += [
    "Visit summary for {PT_FULL} ({AGE}) — saw {HIM} at home today, {HOME}. Lungs coarse, sat 89% on 2L, weight up "
    "4 lbs since {HDATE}. Called {DOC}, new Lasix dose. {RELW_C} {RELN} ({PHONE}) will pick up the script. Next visit {HDATE2}.",
]
P["exec"] += [
    "{BOT} can you do three things before my 2pm: (1) pull the latest on {VIP} — {SHE}'s been on {UNIT} since {HDATE}, "
    "the board chair asked; (2) draft a reply to {VENDOR_REP} at {BEMAIL} pushing the demo to {MDATE}; (3) put the "
    "{FISCAL} variance summary in the deck. Thanks!",
]
P["compliance"] += [
    "@s Incident summary\nWhat: misdirected fax\nPatient: {PT_INV}, DOB {DOB}, {MRN}\nSent to: {PHONE} (a dental office "
    "in {SITE})\nWhen: {RELT}\nAction: called recipient, attestation of destruction requested; {COL} notified\n"
    "Risk assessment due {DEADLINE}",
]
P["billing"] += [
    "Hi team — {PT_FULL} called again about the {DOLLARS} balance on HAR {ACCTV}. {SHE_C} says {HER} {PAYER} plan "
    "(member ID {PLANV}) should have covered the {HDATE} ED visit. Can someone re-bill and call {HIM} back at {PHONE}? "
    "{SHE_C}'s been transferred 3 times already and is pretty upset.",
]
P["bh"] += [
    "Update on {PT_L}: {SHE} was calmer after the afternoon group, ate dinner, took meds without issue. {RELW_C} "
    "{RELN} visited 6-7pm, no concerns. Still on 15-min checks per {DOC}. Discharge planning meeting with the "
    "outpatient team {HDATE} at {TIME}, transport TBD.",
]
C["it"] += [
    "Post-incident note for {TICKET}: the interface engine on {HOSTNAME} stopped processing at {TIME} after the "
    "{BUILD} patch. Messages queued, nothing lost. Rolled back to {VERSION} and the queue drained by {TIME2}. RCA with "
    "the vendor {MDATE}; {COL} owns the follow-up.",
    "@s *Downtime plan — {MDAY}*\n• Start {TIME}, expected 4 hrs\n• Epic read-only, use paper MAR and the downtime "
    "forms in the blue binders\n• Lab results will be phoned to units, ext {LAST4}\n• Bridge: Zoom {ZOOM_ID}\n"
    "• IT lead: {COL}; nursing lead: {COL2}\nPlease make sure night shift sees this.",
]
C["nursing"] += [
    "Reminder for everyone on {UNIT}: we're piloting bedside shift report starting {EFFDATE}. {COL} will round with "
    "each pair for the first week. If a pt is over 90 or has dementia, do the report at the door instead, per the "
    "family council feedback. Questions to {COL_F} or me.",
]
C["exec"] += [
    "{BOT} please draft the agenda for the {FISCAL} operations review: (1) ED throughput — LOS up 14 min vs budget; "
    "(2) contract labor spend, PO {PO} and invoice {INVOICE} still open; (3) the {SITE} clinic move to {FACADDR}; "
    "(4) open positions update from {COL}. Send to {EXEC} for review by {DEADLINE}.",
]
C["facilities"] += [
    "Heads up all — the {SITE} MOB at {FACADDR} will have the water shut off {MDAY} from {TIME} for the riser repair "
    "(WO {TICKET}). Clinics on floors 2-4 should reschedule procedures; bottled water and sanitizer will be staged by "
    "the elevators. Contact {COL_F} at {EXT} with questions.",
]
C["hr"] += [
    "Welcome {COL} to {DEPT}! {COL_F} comes to us from the {SITE} campus where {COL_F} led the Magnet prep, and starts "
    "{MDAY}. Please stop by and say hi, and loop {COL_F} into the Tuesday huddles and the {FISCAL} planning threads.",
]

# ----------------------------------------------------------------------------
# clause grammar (who + action + object + when + where + extras)
# ----------------------------------------------------------------------------
G_ACT = {
    "nursing": [("move {O} to {UNIT}", "moved {O} to {UNIT}", "{O} was moved to {UNIT}"),
                ("reassess {O}", "reassessed {O}", "{O} was reassessed"),
                ("give {O} the last dose of {MED}", "gave {O} the last dose of {MED}", "{O} got the last dose of {MED}"),
                ("discharge {O}", "discharged {O}", "{O} was dc'd"),
                ("put {O} on [fall precautions|a 1:1|tele]", "put {O} on [fall precautions|a 1:1|tele]", "{O} is on [fall precautions|a 1:1|tele]"),
                ("swab {O} for [flu|COVID]", "swabbed {O} for [flu|COVID]", "{O} was swabbed for [flu|COVID]"),
                ("straight cath {O}", "straight cathed {O}", "{O} was straight cathed")],
    "home": [("see {O}", "saw {O}", "{O} was seen"),
             ("recert {O}", "recerted {O}", "{O} was recerted"),
             ("drop O2 off for {O}", "dropped O2 off for {O}", "O2 was dropped off for {O}"),
             ("do the SOC on {O}", "did the SOC on {O}", "the SOC on {O} was done")],
    "ltc": [("weigh {O}", "weighed {O}", "{O} was weighed"),
            ("send {O} out to the ED", "sent {O} out to the ED", "{O} was sent out to the ED"),
            ("update the care plan for {O}", "updated the care plan for {O}", "the care plan for {O} was updated")],
    "bh": [("put {O} on 15-min checks", "put {O} on 15-min checks", "{O} is on 15-min checks"),
           ("admit {O} to the unit", "admitted {O} to the unit", "{O} was admitted to the unit"),
           ("do the safety assessment on {O}", "did the safety assessment on {O}", "the safety assessment on {O} was done")],
    "pharmacy": [("verify the {MED} order for {O}", "verified the {MED} order for {O}", "the {MED} order for {O} was verified"),
                 ("run the PA for {O}", "ran the PA for {O}", "the PA for {O} was submitted"),
                 ("do med rec on {O}", "did med rec on {O}", "med rec on {O} was done")],
    "lab": [("redraw {O}", "redrew {O}", "{O} was redrawn"),
            ("call the critical on {O} to {DOC}", "called the critical on {O} to {DOC}", "the critical on {O} was called to {DOC}")],
    "rad": [("book {O} for an MRI", "booked {O} for an MRI", "{O} is booked for an MRI"),
            ("scan {O}", "scanned {O}", "{O} was scanned"),
            ("call {O} to reschedule", "called {O} to reschedule", "{O} was called to reschedule")],
    "access": [("register {O}", "registered {O}", "{O} was registered"),
               ("verify insurance for {O}", "verified insurance for {O}", "insurance for {O} was verified")],
    "billing": [("set up a payment plan for {O}", "set up a payment plan for {O}", "a payment plan for {O} was set up"),
                ("send {O} to collections", "sent {O} to collections", "{O} went to collections")],
    "him": [("release records for {O}", "released records for {O}", "records for {O} were released"),
            ("scan the outside records for {O}", "scanned the outside records for {O}", "outside records for {O} were scanned")],
}
# actions whose date is not a health event (payment, release, registration, calls, PA paperwork)
NONHEALTH = {"set up a payment plan for {O}", "send {O} to collections", "release records for {O}",
             "scan the outside records for {O}", "register {O}", "verify insurance for {O}", "run the PA for {O}",
             "call {O} to reschedule", "update the care plan for {O}", "verify the {MED} order for {O}"}
ADMIN_DOMAINS = {"billing", "him", "access"}
G_SUBJ_ADMIN = ["I", "we", "{COL_F}", "{MENTION}", "PFS", "the billing team", "{COL}", "the ROI team",
                "the vendor", "{COL_F} in HIM"]
G_WHEN_ADMIN = ["{RELT}", "by EOD", "this week", "today", "before month-end", "after the 30-day notice", ""]
G_WHEN_ADMIN_PAST = ["this morning", "yesterday", "last week", "already", "earlier today", ""]
G_SUBJ = ["I", "we", "{DOC}", "night shift", "{COL_F}", "{MENTION}", "the charge nurse", "{COL_F} (charge)",
          "day team", "the resident", "CM", "the float", "{COL}", "weekend crew"]
G_S2 = ["someone", "you", "u", "nights", "{COL_F}", "anyone", "{MENTION}"]
G_O_PHI = ["{PT}", "pt {PT_FULL}", "{PT_L}", "{PT_INV} ({MRN})", "{PT_FULL} (DOB {DOB})", "{PT_FULL}, {AGEN}{SEXCH},",
           "{PT_FULL} in {ROOM}", "{PT_F} from {ROOM}", "{PT_POSS} {RELW}"]
G_O_CLEAN = ["the pt in {ROOM}", "the {AGE_LOW}yo in bed {BED}", "the {AGE_LOW}-year-old from triage", "bed {BED}",
             "the new admit", "the pt in hall bed {BED}", "2 pts from {UNIT}", "our {AGE_LOW}F", "the transfer from {SITE}",
             "the pt {DOC} asked about"]
G_WHEN_PHI = ["on {HDATE}", "{HDATE}", "{HDATE} at {TIME}", "on {HDATE} around {TIME}"]
G_WHEN_PHI_FUT = G_WHEN_PHI + ["for {HDATE}", "on {HDATE} at {TIME}"]
G_WHEN_CLEAN = ["at {TIME}", "after rounds", "this morning", "overnight", "earlier", "around {TIME}", "last night"]
G_WHEN_CLEAN_FUT = ["{RELT}", "at {TIME}", "after rounds", "before shift change", "ASAP", "when you get a chance",
                    "by {TIME}"]
G_WHERE_PHI = ["", "", "on {UNIT}", "in {ROOM}", "at the {SITE} site", "at home in {TOWN}", "at {HOME}"]
G_WHERE_CLEAN = ["", "", "on {UNIT}", "in {ROOM}", "at the {SITE} campus", "in the ED"]
G_X_PHI = ["{RELW_C} {RELN} can be reached at {PHONE}", "MRN {MRNV}", "DOB {DOB}", "ins is {PAYER}, {PLAN}",
           "{SHE}'s {AGEN}", "lives in {TOWN}", "callback {PHONE}", "family ({REL}) aware", "HAR {ACCTV}",
           "{HER} email is {EMAIL}"]
G_X_CLEAN = ["{TICKET}", "per {DOC}", "thx", "{EXT} if questions", "{COUNT} more pending", "cc {MENTION}",
             "FYI {COL_F}", "bed is clean", "no family at bedside", "{DOC} aware"]
G_X_CLEAN_ADMIN = ["{TICKET}", "thx", "{EXT} if questions", "{COUNT} more in the queue", "cc {MENTION}",
                   "FYI {COL_F}", "balance is {DOLLARS}", "invoice {INVOICE}", "per {COL}"]
G_FRAMES = [
    "{S} {PAST} {WHERE} {WHEN}. {X}",
    "{WHENF}, {S} {PAST} {WHERE}",
    "{PASSIVE} {WHEN} {WHERE} — {X}",
    "can {S2} {BASE} {WHEN}? {X}",
    "[FYI|fyi|heads up], {PASSIVE} {WHEN}",
    "[need to|have to|gotta|still need to] {BASE} {WHERE} {WHEN}, {X}",
    "{S} [will|can|should] {BASE} {WHEN}. {X}. {X2}",
    "- {PASSIVE} {WHEN}\n- {X}\n- {X2}",
    "did {S} {BASE} yet? {X}",
    "{X}. {S} {PAST} {WHEN}",
    "[Update|update|Quick update]: {PASSIVE} {WHERE} {WHEN}; {X}",
    "[pls|please|Please] {BASE} {WHEN} and [let me know|lmk]",
    "{PASSIVE}? {S} [said|says] [yes|not yet] — {X}",
]


def grammar_template(domain, phi):
    base, past, passive = ch(G_ACT[domain])
    o = ch(G_O_PHI if phi else G_O_CLEAN)
    while "{UNIT}" in base and "{UNIT}" in o:
        o = ch(G_O_PHI if phi else G_O_CLEAN)
    frame_i = R.randrange(len(G_FRAMES))
    fr = G_FRAMES[frame_i]
    fut = "{BASE}" in fr
    wc = G_WHEN_CLEAN_FUT if fut else G_WHEN_CLEAN
    if phi:
        when = ch(G_WHEN_PHI_FUT if fut else G_WHEN_PHI) if chance(0.55) else ch(wc)
        where = ch(G_WHERE_PHI) if chance(0.5) else ch(G_WHERE_CLEAN)
        xs = [ch(G_X_PHI) if chance(0.5) else ch(G_X_CLEAN) for _ in range(2)]
    else:
        when, where = ch(wc), ch(G_WHERE_CLEAN)
        xs = [ch(G_X_CLEAN), ch(G_X_CLEAN)]
    if "{ROOM}" in o or "{BED}" in o:
        where = ch(["", "on {UNIT}", "in the ED"])
    if "{UNIT}" in o or "{UNIT}" in base:
        where = ch(["", "in the ED"]) if "{UNIT}" not in base else ""
    if base in NONHEALTH and "{HDATE}" in when:
        when = ch(wc)
    if domain in ADMIN_DOMAINS:
        xs = [x if x not in G_X_CLEAN else ch(G_X_CLEAN_ADMIN) for x in xs]
        when = ch(G_WHEN_ADMIN if fut else G_WHEN_ADMIN_PAST)
        where = ""
        if "{ROOM}" in o or "{BED}" in o or "{UNIT}" in o:
            o = ch(["{PT}", "{PT_INV} ({MRN})", "{PT_FULL} (DOB {DOB})", "guarantor {PT_FULL}", "{PT_L}"] if phi else
                   ["the self-pay account we discussed", "two of the {SITE} accounts", "the estate account", "that walk-in"])
    if domain != "home" and ("{HOME}" in where or "{TOWN}" in where):
        where = ch(G_WHERE_CLEAN)
    for i, x in enumerate(xs):
        for slot in ("{DOB}", "{MRN", "{AGEN}", "{PLAN", "{RELW", "{RELN}", "{REL}"):
            if slot in x and slot in (o + where + (xs[0] if i == 1 else "")):
                xs[i] = ch(G_X_CLEAN_ADMIN if domain in ADMIN_DOMAINS else G_X_CLEAN)
    if "{HOME}" in where or "{TOWN}" in where:
        xs = [x if "{TOWN}" not in x else "MRN {MRNV}" for x in xs]
    for _ in range(10):
        if not any("{DOC}" in x for x in xs):
            break
        xs = [x if "{DOC}" not in x else ch(G_X_CLEAN) for x in xs]
    whenf = when[:1].upper() + when[1:]
    subj = ch(G_SUBJ_ADMIN) if domain in ADMIN_DOMAINS else ch(G_SUBJ)
    t = (fr.replace("{S2}", ch(G_S2)).replace("{S}", subj).replace("{PAST}", past).replace("{BASE}", base)
         .replace("{PASSIVE}", passive).replace("{WHENF}", whenf).replace("{WHEN}", when).replace("{WHERE}", where)
         .replace("{X2}", xs[1]).replace("{X}", xs[0]).replace("{O}", o))
    if chance(0.6):
        t = t[:1].upper() + t[1:]
    return t, "G%02d" % frame_i


# ----------------------------------------------------------------------------
# style transforms
# ----------------------------------------------------------------------------
SHORT = [(r"\bpatients\b", "pts"), (r"\bpatient\b", "pt"), (r"\bPatient\b", "Pt"), (r"\bfollow[- ]up\b", "f/u"),
         (r"\bwith\b", "w/"), (r"\bwithout\b", "w/o"), (r"\bdischarged\b", "dc'd"), (r"\bdischarge\b", "dc"),
         (r"\byear old\b", "yo"), (r"\byears old\b", "yo"), (r"\bhistory\b", "hx"), (r"\bplease\b", "pls"),
         (r"\bPlease\b", "Pls"), (r"\bthanks\b", "thx"), (r"\btomorrow\b", "tmrw"), (r"\bappointment\b", "appt"),
         (r"\bbecause\b", "b/c"), (r"\babout\b", "abt"), (r"\byou\b", "u"), (r"\bminutes\b", "min"),
         (r"\bmessage\b", "msg"), (r"\bmedication\b", "med"), (r"\bbefore\b", "b4"), (r"\btonight\b", "tonite"),
         (r"\bnumber\b", "#"), (r"\band\b", "&")]
MISSPELL = {"receive": "recieve", "tomorrow": "tommorow", "definitely": "definately", "schedule": "schedual",
            "separate": "seperate", "patient": "patinet", "because": "becuase", "already": "allready",
            "calling": "callling", "wants": "wnats", "asking": "askign", "still": "stil", "their": "thier",
            "should": "shoud", "please": "plese", "there": "tehre", "which": "whcih", "again": "agian",
            "pharmacy": "pharmcy", "record": "recrod", "about": "abuot", "family": "famliy", "bring": "brign"}
KEYADJ = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "r", "l": "k",
          "u": "y", "d": "f", "h": "j", "c": "v"}


def tf_shorthand(segs):
    out, changed = [], False
    for k, v in segs:
        if k == "":
            for pat, rep in SHORT:
                if chance(0.6):
                    v2 = re.sub(pat, rep, v)
                    changed |= v2 != v
                    v = v2
        out.append((k, v))
    return out, changed


def mutate(w):
    lw = w.lower()
    if lw in MISSPELL and w == lw:
        return MISSPELL[lw]
    i = R.randint(1, len(w) - 2)
    op = ch(["swap", "drop", "double", "key"])
    if op == "swap" and w[i] != w[i + 1]:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "double":
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYADJ:
        return w[:i] + KEYADJ[c] + w[i + 1:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:] if w[i] != w[i + 1] else w[:i] + w[i + 1:]


PROTECT = {"DNR", "MRN", "SSN", "DOB", "ROI", "HIPAA"}


def tf_typo(segs):
    cands = []
    for si, (k, v) in enumerate(segs):
        if k == "":
            for m in re.finditer(r"\b[A-Za-z][a-z]{3,}\b", v):
                cands.append((si, m.start(), m.end()))
    if not cands:
        return segs, False
    picks = R.sample(cands, min(len(cands), ch([1, 1, 2])))
    segs = list(segs)
    changed = False
    for si, a, b in sorted(picks, key=lambda x: (x[0], -x[1])):
        k, v = segs[si]
        w = v[a:b]
        if w.upper() in PROTECT:
            continue
        w2 = mutate(w)
        if w2 != w:
            changed = True
        segs[si] = (k, v[:a] + w2 + v[b:])
    return segs, changed


def tf_lower(segs):
    return [(k, v if k == "~" else v.lower()) for k, v in segs]


def tf_markup(segs):
    opts = ["mention", "bold_name", "code_id", "bold_head", "quote"]
    o = ch(opts)
    idx_name = [i for i, (k, v) in enumerate(segs) if k == "NAME"]
    idx_id = [i for i, (k, v) in enumerate(segs) if k in ("MRN", "ACCOUNT_NUMBER", "HEALTH_PLAN_ID", "SSN", "DEVICE_ID",
                                                           "LICENSE_NUMBER", "IP_ADDRESS", "VEHICLE_ID")]
    idx_n = [i for i, (k, v) in enumerate(segs) if k == "N" and re.search(r"\d", v) and "\n" not in v]
    if o == "bold_name" and idx_name:
        i = ch(idx_name)
        return segs[:i] + T("*") + [segs[i]] + T("*") + segs[i + 1:]
    if o == "code_id" and (idx_id or idx_n):
        i = ch(idx_id or idx_n)
        return segs[:i] + T("`") + [segs[i]] + T("`") + segs[i + 1:]
    if o == "bold_head":
        return T(ch(["*URGENT*: ", "*FYI* ", "*Update:* ", "*Q:* ", "*Reminder* — "])) + segs
    if o == "quote":
        return T("> ") + segs
    m = sl_mention(None)
    return m + T(" ") + segs if chance(0.7) else segs + T(" ") + m


def tf_emoji(segs):
    e = ch(EMOJI_U + EMOJI_S)
    r = R.random()
    if r < 0.6:
        return segs + T(" " + e)
    if r < 0.85:
        return T(e + " ") + segs
    return segs + T(" " + e + e)


def tf_multiline(segs):
    for i, (k, v) in enumerate(segs):
        if k == "" and i > 0 and "(" not in v:
            m = re.search(r"([.;?!]) (?=[A-Za-z])| ?— ", v)
            if m:
                if m.group(1):
                    v2 = v[:m.start()] + m.group(1) + "\n" + v[m.end():]
                else:
                    v2 = v[:m.start()] + "\n" + v[m.end():]
                return segs[:i] + [(k, v2)] + segs[i + 1:]
    if chance(0.5):
        return T(ch(["Quick q —\n", "FYI\n", "hey\n", "Morning all\n", "sorry to bug\n"])) + segs
    return segs + T(ch(["\nthx", "\n\nthanks!", "\nty", "\n— sent from my iPhone", "\nlmk"]))


FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def to_fw(v, digits_only):
    return "".join(FW[x] if (x in FW and (x.isdigit() or not digits_only)) else x for x in v)


NUMERIC = ("PHONE", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "CREDIT_CARD", "DATE", "LICENSE_NUMBER",
           "IP_ADDRESS", "DEVICE_ID", "AGE", "ADDRESS", "VEHICLE_ID")


def tf_fullwidth(segs, c):
    idx = [i for i, (k, v) in enumerate(segs) if k in NUMERIC and re.search(r"\d", v)]
    if not idx:
        idx = [i for i, (k, v) in enumerate(segs) if k == "N" and re.search(r"\d", v)]
        if not idx:
            return segs, False
    segs = list(segs)
    for i in R.sample(idx, min(len(idx), ch([1, 1, 2]))):
        k, v = segs[i]
        segs[i] = (k, to_fw(v, chance(0.7)))
        if k != "N":
            c.tags.add("evasion")
    return segs, True


ZW = ["\u200b", "\u200b", "\u200b", "\u200c", "\u2060", "\ufeff"]


def tf_zw(segs, c):
    idx = [i for i, (k, v) in enumerate(segs) if k in NUMERIC + ("EMAIL", "NAME") and len(v) >= 5]
    idx = [i for i in idx if segs[i][0] != "NAME"] or idx
    if not idx:
        idx = [i for i, (k, v) in enumerate(segs) if k == "N" and len(v) >= 4]
        if not idx:
            return segs, False
    segs = list(segs)
    i = ch(idx)
    k, v = segs[i]
    z = ch(ZW)
    pos = sorted(R.sample(range(1, len(v)), min(len(v) - 1, ch([1, 2, 3]))), reverse=True)
    for p in pos:
        v = v[:p] + z + v[p:]
    segs[i] = (k, v)
    if k != "N":
        c.tags.add("evasion")
    return segs, True


def tf_nbsp(segs, c):
    idx = [i for i, (k, v) in enumerate(segs) if k in ("PHONE", "SSN", "CREDIT_CARD", "HEALTH_PLAN_ID", "DATE")
           and re.search(r"[ \-]", v)]
    if not idx:
        return segs, False
    segs = list(segs)
    i = ch(idx)
    k, v = segs[i]
    segs[i] = (k, re.sub(r"[ \-]", lambda m: ch(["\u00a0", "\u202f"]), v))
    c.tags.add("evasion")
    return segs, True


# ----------------------------------------------------------------------------
# assembly, tagging, verification
# ----------------------------------------------------------------------------
CONTENT = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn", "MRN": "mrn",
           "HEALTH_PLAN_ID": "plan", "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle",
           "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "card"}
EMOJI_RE = re.compile(r":[a-z_+]+:|[\u2600-\u27bf\U0001F000-\U0001FAFF]")
SLACK_RE = re.compile(r"<@U[A-Z0-9]+>|<mailto:|<tel:|<https?://|(^|\s)\*[^*\n]+\*|`|(^|\n)\s*[•\-] |(^|\n)> ")
FW_RE = re.compile(r"[\uFF01-\uFF5E]")
ZW_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def spans_of(segs):
    text, spans, pos = "", [], 0
    for k, v in segs:
        if k not in ("", "N", "~"):
            b0 = len(text.encode("utf-8"))
            spans.append((k, v, b0))
        text += v
    return text, spans


def consistent(text, spans):
    b = text.encode("utf-8")
    pos = 0
    prev = None
    for k, v, st in spans:
        if prev and prev[0] == k and k in ("NAME", "ADDRESS") and not b[prev[1]:st].strip():
            raise SystemExit("adjacent %s spans: %r" % (k, text))
        prev = (k, st + len(v.encode("utf-8")))
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i != st:
            return False
        pos = i + len(vb)
        if v != v.strip() or not v.strip():
            return False
    return True


def build(domain, phi, tpl_pick):
    c = Ctx(domain)
    tpl, tid = tpl_pick()
    segs = render(tpl, c)
    forms = set()
    if chance(0.22):
        segs, ok = tf_shorthand(segs)
        if ok:
            forms.add("shorthand")
    if chance(0.10):
        segs, ok = tf_typo(segs)
        if ok:
            forms.add("typo")
    if chance(0.20):
        segs = tf_lower(segs)
        forms.add("lowercase")
    if chance(0.08):
        segs = tf_multiline(segs)
    if chance(0.13):
        segs = tf_markup(segs)
    if chance(0.10):
        segs = tf_emoji(segs)
    if chance(0.045):
        segs, ok = tf_fullwidth(segs, c)
    if chance(0.045):
        segs, ok = tf_zw(segs, c)
    if chance(0.02):
        segs, ok = tf_nbsp(segs, c)
    segs = merge(segs)
    text, spans = spans_of(segs)
    return c, tid, text, spans, forms


def tags_for(c, text, spans, forms, segs_text_lower):
    tags = []
    for k, _, _ in spans:
        t = CONTENT[k]
        if t not in tags:
            tags.append(t)
    for t in ("evasion", "business-contact", "vip", "structured"):
        if t in c.tags and (spans or t == "structured"):
            if t == "business-contact" and not any(k in ("PHONE", "EMAIL") for k, _, _ in spans):
                continue
            if t == "vip" and not any(k == "NAME" for k, _, _ in spans):
                continue
            tags.append(t)
    if "evasion" not in tags and spans and any(FW_RE.search(v) or ZW_RE.search(v) or "\u00a0" in v or "\u202f" in v
                                               for _, v, _ in spans):
        tags.append("evasion")
    letters = re.sub(r"<@U[A-Z0-9]+>|<@U07BOT\w+>", "", text)
    if "lowercase" in forms or (re.search(r"[a-z]", letters) and not re.search(r"[A-Z\uFF21-\uFF3A]", letters)):
        tags.append("lowercase")
    if "typo" in forms:
        tags.append("typo")
    if SLACK_RE.search(text):
        tags.append("slack-markup")
    if "\n" in text:
        tags.append("multiline")
    if EMOJI_RE.search(text):
        tags.append("emoji")
    if FW_RE.search(text):
        tags.append("fullwidth")
    if ZW_RE.search(text):
        tags.append("zero-width")
    return tags


DOMAIN_W = {"nursing": 11, "home": 7, "ltc": 6, "bh": 6, "pharmacy": 7, "lab": 6, "rad": 6, "access": 7, "billing": 7,
            "him": 6, "compliance": 5, "security": 5, "hr": 6, "it": 6, "facilities": 4, "exec": 11, "misc": 4}


class Deck:
    """cycles through templates in shuffled order so every template is used."""

    def __init__(self, items):
        self.items = list(items)
        self.q = []

    def pick(self):
        if not self.q:
            self.q = list(self.items)
            R.shuffle(self.q)
        return self.q.pop()


def main():
    # sanity: all slots referenced exist
    for book in (P, C):
        for dom, lst in book.items():
            for t in lst:
                for m in SLOT_RE.finditer(t):
                    assert m.group(1) in SLOTS or m.group(1) == "AGG_AGE", (dom, t, m.group(1))
    decks = {}
    for dom in DOMAIN_W:
        decks[(dom, True)] = Deck([(t, "%s-P%02d" % (dom, i)) for i, t in enumerate(P[dom])])
        decks[(dom, False)] = Deck([(t, "%s-C%02d" % (dom, i)) for i, t in enumerate(C[dom])])
    plan = [False] * N_CLEAN + [True] * (N_TOTAL - N_CLEAN)
    R.shuffle(plan)
    doms = list(DOMAIN_W)
    dw = [DOMAIN_W[x] for x in doms]
    seen = set()
    rows = []
    used_t = set()
    stats = {"forms": {}, "retries": 0}
    for n, phi in enumerate(plan, 1):
        for attempt in range(200):
            dom = R.choices(doms, dw)[0]
            use_g = dom in G_ACT and chance(0.22)
            if use_g:
                pick = lambda: grammar_template(dom, phi)
            else:
                pick = decks[(dom, phi)].pick
            c, tid, text, spans, forms = build(dom, phi, pick)
            if bool(spans) != phi:
                raise SystemExit("template/label mismatch %s %r" % (tid, text))
            if text in seen or not consistent(text, spans):
                stats["retries"] += 1
                continue
            break
        else:
            raise SystemExit("could not build message %d" % n)
        seen.add(text)
        stats.setdefault("dom", {}).setdefault(dom, [0, 0])[0 if phi else 1] += 1
        stats["gram"] = stats.get("gram", 0) + (1 if tid.startswith("G") else 0)
        used_t.add(tid if not tid.startswith("G") else "%s-%s" % (dom, tid))
        tags = tags_for(c, text, spans, forms, None)
        for f in forms | set(t for t in tags if t in ("slack-markup", "multiline", "emoji", "fullwidth", "zero-width",
                                                       "lowercase", "typo", "evasion")):
            stats["forms"][f] = stats["forms"].get(f, 0) + 1
        rows.append({"id": "gh%04d" % n, "text": text,
                     "spans": [{"type": k, "value": v} for k, v, _ in spans], "tags": tags})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_fixed = sum(len(v) for v in P.values()) + sum(len(v) for v in C.values())
    counts = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    print("wrote", OUT, len(rows), "messages;", sum(1 for r in rows if r["spans"]), "PHI")
    print("fixed templates:", n_fixed, "(PHI %d, clean %d)" % (sum(len(v) for v in P.values()), sum(len(v) for v in C.values())))
    print("grammar: %d frames x %d actions; distinct template ids used: %d" % (
        len(G_FRAMES), sum(len(v) for v in G_ACT.values()), len(used_t)))
    print("span counts:", json.dumps(counts, sort_keys=True))
    print("forms:", json.dumps(stats["forms"], sort_keys=True), "retries:", stats["retries"])
    print("domains [phi, clean]:", json.dumps(stats["dom"], sort_keys=True), "grammar-built:", stats["gram"])


if __name__ == "__main__":
    main()
