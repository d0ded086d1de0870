#!/usr/bin/env python3
"""Deterministic generator for the `hn` PHI-guard evaluation corpus.

Setting: patient-experience and case-management office of a (fictional) regional
hospital -- complaint escalations, discharge planning, family meetings, transport
and placement -- written by case managers, social workers and the patient-relations
director to executives and to a delegation bot.

Standard library only, fixed seed 7393.  Writes /work/corpora/out/generated_hn.jsonl
(700 messages, ids hn0001..hn0700) in the raw checker format:
  {"id":..., "text":..., "spans":[{"type":..., "value":...}], "tags":[...]}

Every message is built from pieces (plain text, protected raw text, or labelled
spans).  Lower-casing and keyboard slips are applied to the pieces before the span
values are fixed, then the message is re-checked exactly the way the checker reads
it (left-to-right byte search) and re-sampled when any value would be found at the
wrong place or a labelled value also occurs unlabelled elsewhere in the text.
"""
import datetime
import json
import random
import re
import unicodedata

SEED = 7393
N_TOTAL = 700
N_PHI = 385          # 55 %
OUT_PATH = "/work/corpora/out/generated_hn.jsonl"

# ---------------------------------------------------------------------------
# value pools (all invented)
# ---------------------------------------------------------------------------
F_FIRST = ["Maria", "Linh", "Aisha", "Patricia", "Mei", "Fatima", "Olga", "Siobhan",
           "Guadalupe", "Priya", "Ngozi", "Yuki", "Esperanza", "Dorothy", "Marguerite",
           "Ileana", "Hana", "Roxanne", "Beverly", "Jolanta", "Svetlana", "Chiamaka",
           "Leilani", "Ayesha", "Rosa", "Carmen", "Joan", "Eleni", "Kateryna", "Noor",
           "Shanice", "Tamika", "Bridget", "Agnieszka", "Xiomara", "Soo-jin", "Wanjiru",
           "Fiona", "Gloria", "Mirela", "Dolores", "Inês", "Thuy", "Zofia", "Elizabeth",
           "Yolanda", "Geneviève", "Parveen", "Efua", "Ingrid", "Consuelo", "Bernadette",
           "Lucille", "Tereza", "Imani", "Rukhsana", "Marisol", "Florence"]
M_FIRST = ["José", "Minh", "Mohammed", "Robert", "Wei", "Dmitri", "Sean", "Luis", "Rajesh",
           "Chukwuemeka", "Kenji", "Francisco", "Harold", "Antoine", "Bao", "Tomasz",
           "Kwame", "Jamal", "Darnell", "Giuseppe", "Ahmed", "Vikram", "Seamus",
           "Oleksandr", "Hyun-woo", "Abdi", "Reginald", "Ernesto", "William", "Arturo",
           "Yusuf", "Nikolaos", "Desmond", "Lucien", "Joaquim", "Emmanuel", "Gerald",
           "Thanh", "Ibrahim", "Rafael", "Stanislaw", "Cornelius", "Mateo", "Haruto",
           "Babajide", "Eamon", "Wendell", "Alphonse", "Kofi", "Dariusz"]
NICK = {"Robert": "Bobby", "Patricia": "Patty", "Dorothy": "Dot", "William": "Bill",
        "Giuseppe": "Joe", "Francisco": "Paco", "Guadalupe": "Lupe", "José": "Pepe",
        "Oleksandr": "Sasha", "Dmitri": "Dima", "Elizabeth": "Betsy", "Harold": "Hal",
        "Reginald": "Reggie", "Chukwuemeka": "Emeka", "Kateryna": "Katya",
        "Xiomara": "Xio", "Beverly": "Bev", "Bernadette": "Bernie", "Cornelius": "Neil",
        "Stanislaw": "Stan", "Gerald": "Gerry", "Babajide": "Jide", "Nikolaos": "Nick",
        "Consuelo": "Chelo", "Lucille": "Lulu", "Florence": "Flo", "Alphonse": "Al"}
LAST = ["Nguyen", "Tran", "Delgado", "Kowalski", "O'Sullivan", "Haddad", "Patel",
        "Mensah", "Yamamoto", "Fitzgerald", "Rodrigues", "Abdullahi", "Castillo",
        "Papadopoulos", "Novak", "Brannigan", "Oyelaran", "Chen", "Lindqvist", "Moreau",
        "Santiago", "Boucher", "Volkov", "Ferreira", "Achebe", "Mahmoud", "Gallagher",
        "Pires", "Sokolov", "Dubois", "Wójcik", "Peña", "Núñez", "Thibodeau", "Kaur",
        "Singh", "Washington", "Baptiste", "Osei", "Hernández", "Lemieux", "Ramírez",
        "Cardoso", "Pham", "Murphy", "LeBlanc", "Kim", "Okonjo", "Szabo", "Al-Masri",
        "Rosario", "Doherty", "Vasquez", "Tanaka", "Kariuki", "McAllister", "Desrosiers",
        "Hoang", "Przybylski", "Caruso", "Gonçalves", "Amoah", "Ouellette", "Jankowski",
        "Figueroa", "Eriksen", "Mukherjee", "Benoit", "Quintero", "Adebayo"]

# staff: first, last, role  (colleagues: never labelled unless they are the patient)
STAFF = [("Maureen", "Kilbride", "RN case manager, 5 North"),
         ("Keisha", "Barnwell", "LICSW"),
         ("Ravi", "Subramanian", "case manager, 4 West"),
         ("Colleen", "Fahey", "case manager, ICU/step-down"),
         ("Jun", "Takahashi", "ED social worker"),
         ("Erin", "Moynihan", "UR nurse"),
         ("Adaeze", "Nwosu", "case manager, 6 North"),
         ("Paul", "Gendron", "transport coordinator"),
         ("Lourdes", "Vega", "patient advocate"),
         ("Brian", "Costa", "charge nurse, 4 West"),
         ("Hollis", "Greer", "social worker, 6 North"),
         ("Tatiana", "Morozova", "interpreter services lead"),
         ("Derek", "Saunders", "patient advocate"),
         ("Nadia", "Bensaïd", "case management manager"),
         ("Owen", "Prescott", "discharge planner"),
         ("Shira", "Goldfarb", "social worker, oncology")]
DIRECTOR = ("Dana", "Whitcombe", "Director, Patient Relations")
EXECS = [("Stephen", "Aldridge", "CEO", "Stephen"),
         ("Meg", "Halloran", "CNO", "Meg"),
         ("Anita", "Raghunathan", "CMO", "Dr. Raghunathan"),
         ("Lorraine", "Petit", "COO", "Lorraine"),
         ("Greg", "Yablonski", "CFO", "Greg"),
         ("Femi", "Adeyemi", "VP Quality & Safety", "Dr. Adeyemi"),
         ("Jill", "Sorensen", "VP Risk", "Jill"),
         ("Carl", "Whitaker", "VP Operations", "Carl")]
BOARD = [("Walter", "Pemberton", "board chair"),
         ("Cynthia", "Abernathy", "chair of the Quality Committee"),
         ("Raymond", "Koury", "trustee"),
         ("Evelyn", "Marchetti", "trustee"),
         ("Howard", "Sterling", "trustee")]
DOCS = ["Okonkwo", "Lindgren", "Farouk", "Beaulieu", "Sato", "Castellanos", "Vartanian",
        "Mbeki", "Halvorsen", "Iyer"]
VENDOR_PEOPLE = [("Denise", "Kearney", "Brookhaven admissions"),
                 ("Rick", "Lavoie", "Coastal dispatch"),
                 ("Tamsin", "Orr", "Maple Ridge liaison"),
                 ("Hector", "Almonte", "Allcare DME"),
                 ("Gary", "Pruitt", "the Medtronic rep"),
                 ("Bonnie", "Tello", "Willow Crest admissions")]
TRANSPORT = ["Coastal Medical Transport", "Bay State Chair Car", "Patriot Ambulance",
             "Lifeline Ride", "Valley Wheelchair Van"]
SNFS = ["Brookhaven Rehab & Nursing", "Maple Ridge Skilled Nursing", "Sacred Heart Manor",
        "Willow Crest Health Center", "Greystone Rehab", "Pine Knoll Nursing"]
LTACH = ["Riverbend LTACH", "Northshore Specialty Hospital"]
HOMECARE = ["Merrimack Valley VNA", "Allcare DME", "Home Instead Lowell", "CareFirst Home Health"]
FUNERAL = ["McDonough Funeral Home", "Saggese Bros.", "O'Donnell Funeral Home"]
FOUNDATIONS = ["Castellano Family Foundation", "Lowell Rotary", "the Hartwell Trust"]
SITES = [("Riverside campus", "1180 Riverside Pkwy, Lowell, MA 01852"),
         ("Andover outpatient center", "42 Shattuck Rd, Andover, MA 01810"),
         ("Haverhill site", "310 Winter St, Haverhill, MA 01830"),
         ("Chelmsford urgent care", "9 Summer St, Chelmsford, MA 01824")]
TOWNS = [("Dracut", "MA", "01826"), ("Tewksbury", "MA", "01876"), ("Chelmsford", "MA", "01824"),
         ("Methuen", "MA", "01844"), ("Billerica", "MA", "01821"), ("Haverhill", "MA", "01832"),
         ("Lawrence", "MA", "01841"), ("Amesbury", "MA", "01913"), ("Pelham", "NH", "03076"),
         ("Salem", "NH", "03079"), ("Westford", "MA", "01886"), ("Tyngsborough", "MA", "01879"),
         ("Lowell", "MA", "01851"), ("Lowell", "MA", "01854"), ("Andover", "MA", "01810"),
         ("Windham", "NH", "03087"), ("Groveland", "MA", "01834"), ("Wilmington", "MA", "01887")]
STREETS = ["Pleasant St", "Bridge St", "Mammoth Rd", "Lakeview Ave", "Textile Ave",
           "Varnum Ave", "Pawtucket Blvd", "Broadway", "Lawrence St", "Hildreth St",
           "Christian Hill Rd", "Tarbox Ln", "School St", "Jackson St", "Old Ferry Rd",
           "Bradford Ave", "Main St", "Westford St", "Nesmith St", "Gorham St", "Lilley Ave",
           "Fifth Ave", "Mill Pond Dr", "Elm Sq", "Beacon St"]
UNITS = ["4 West", "5 North", "6 North", "the ICU", "step-down", "CDU", "7 Ortho/Neuro"]
UNIT_CODES = ["4W", "5N", "6N", "SDU", "7ON"]
PAYERS = ["BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "Humana Medicare Advantage",
          "Fallon", "Mass General Brigham Health Plan", "Aetna", "Wellcare"]
LANGS = ["Vietnamese", "Portuguese", "Spanish", "Khmer", "Haitian Creole", "Arabic",
         "Polish", "Twi", "Ukrainian", "Cantonese", "Swahili", "Greek"]
DX = ["CHF exacerbation", "hip fx s/p ORIF", "COPD", "sepsis, resolving", "CVA w/ L hemiparesis",
      "new trach/PEG", "dementia w/ behaviors", "ESRD on HD", "C. diff", "pneumonia",
      "bilateral BKA", "failure to thrive", "UTI / delirium", "wound vac, sacral stage 4"]
ISSUES = ["waited nine hours on a stretcher in the ED hallway",
          "had the call light ignored most of the night",
          "was told three different discharge days by three different people",
          "went home without the walker that was promised",
          "was left in a wet brief for hours",
          "never got an interpreter for the consent conversation",
          "had dentures thrown out with a meal tray",
          "was sent home by cab at 11pm with nobody at the house",
          "was billed for an ambulance that never showed",
          "had hearing aids go missing after the transfer",
          "waited two days for a PT eval that held up discharge",
          "was told to hurry up by the transport driver",
          "didn't get pain meds for four hours after surgery",
          "was moved rooms three times in one night"]
ISSUES_SHORT = ["ED wait", "call light response", "lost dentures", "missing hearing aids",
                "discharge communication", "transport no-show", "billing for ambulance",
                "interpreter not used", "room moves overnight", "food / diet order"]
COLORS = ["silver", "black", "gray", "white", "dark blue", "maroon", "green"]
MAKES = ["Camry", "CR-V", "Corolla", "F-150", "Rav4", "Civic", "Outback", "Sienna", "Malibu", "Altima"]
DEVICE_KINDS = ["hearing aid", "hearing aids", "insulin pump", "CGM receiver", "pacemaker",
                "ICD", "CPAP machine", "cochlear implant processor", "LVAD controller"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "hotmail.com",
                    "icloud.com", "aol.com", "outlook.com", "charter.net"]
TYPO_WORDS = ["discharge", "family", "meeting", "transport", "placement", "insurance",
              "tomorrow", "complaint", "because", "daughter", "please", "thanks", "update",
              "morning", "afternoon", "schedule", "already", "waiting", "called", "before",
              "should", "would", "about", "again", "their", "there", "which", "referral",
              "someone", "today", "nursing", "pickup", "letter", "apology", "people",
              "actually", "going", "still", "probably", "anyone", "voicemail", "approved",
              "denied", "paperwork", "facility", "escalate", "manager", "office", "weekend"]
SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {9: "ninety", 10: "one hundred"}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EMOJI = [" 🙏", " 😬", " :pray:", " :eyes:", " 🙄", " :white_check_mark:", " 😞", " :rotating_light:", " 👍"]
BASE_DAY = datetime.date(2025, 6, 16)

MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

LOWERABLE = {"NAME", "ADDRESS", "DATE", "EMAIL", "URL"}
STRUCTURED = {"PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
              "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "IP_ADDRESS", "CREDIT_CARD"}
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id",
            "ACCOUNT_NUMBER": "account-number", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


def S(t, v):
    return ("S", t, v)


def R(v):
    return ("R", v)


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and ch.isalpha())


def fullwidth(s):
    out = []
    for ch in s:
        if ch.isdigit() and ch.isascii():
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == "-":
            out.append("\uff0d")
        elif ch.isascii() and ch.isalpha():
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def spelled_age(n):
    if n == 100:
        return "one hundred"
    if n > 100:
        return "one hundred " + SPELL[n - 100]
    t, u = divmod(n, 10)
    return TENS[t] + ("-" + SPELL[u] if u else "")


class Person:
    def __init__(self, first, last, sex, mid, hon, rel=None):
        self.first, self.last, self.sex, self.mid, self.hon, self.rel = first, last, sex, mid, hon, rel
        self.nick = NICK.get(first)

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def full(self):
        return self.first + " " + self.last


REL_TYPES = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("niece", "F"),
             ("nephew", "M"), ("granddaughter", "F"), ("grandson", "M"), ("sister", "F"),
             ("brother", "M"), ("HCP", None), ("POA", None), ("guardian", None),
             ("neighbor", None), ("partner", None), ("daughter-in-law", "F"), ("stepson", "M")]
PARENT_WORD = {("daughter", "M"): "father", ("daughter", "F"): "mother", ("son", "M"): "father",
               ("son", "F"): "mother", ("wife", "M"): "husband", ("husband", "F"): "wife",
               ("niece", "M"): "uncle", ("niece", "F"): "aunt", ("nephew", "M"): "uncle",
               ("nephew", "F"): "aunt", ("granddaughter", "M"): "grandfather",
               ("granddaughter", "F"): "grandmother", ("grandson", "M"): "grandfather",
               ("grandson", "F"): "grandmother", ("sister", "M"): "brother",
               ("sister", "F"): "sister", ("brother", "M"): "brother", ("brother", "F"): "sister",
               ("daughter-in-law", "M"): "father-in-law", ("daughter-in-law", "F"): "mother-in-law",
               ("stepson", "M"): "stepfather", ("stepson", "F"): "stepmother"}


# ---------------------------------------------------------------------------
# per-message context
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, r):
        self.r = r
        self.tags = []
        self.used_first = []
        self.used_last = []
        self.used_staff = []
        self.used_exec = []
        self.today = BASE_DAY + datetime.timedelta(days=r.randint(-150, 150))
        self.lower = r.random() < 0.10
        self.typo = r.random() < 0.16
        self.force_lower = False

    # -- utilities --
    def tag(self, *ts):
        for t in ts:
            if t not in self.tags:
                self.tags.append(t)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    # -- people --
    def _person(self, sex=None, last=None):
        r = self.r
        sex = sex or r.choice("FM")
        pool = F_FIRST if sex == "F" else M_FIRST
        for _ in range(50):
            first = r.choice(pool)
            if first not in self.used_first:
                break
        if last is None:
            for _ in range(50):
                last = r.choice(LAST)
                if last not in self.used_last:
                    break
        self.used_first.append(first)
        self.used_last.append(last)
        mid = r.choice("ABCDEFGHJKLMNPRSTVW")
        hon = "Mr." if sex == "M" else r.choice(["Mrs.", "Ms.", "Mrs.", "Ms"])
        return Person(first, last, sex, mid, hon)

    def pt(self, sex=None):
        return self._person(sex)

    def rel(self, p, kind=None, familial=False):
        r = self.r
        if kind is None:
            pool = [x for x in REL_TYPES if (x[0], p.sex) in PARENT_WORD] if familial else REL_TYPES
            kind, sex = r.choice(pool)
        else:
            sex = dict(REL_TYPES).get(kind)
        sex = sex or r.choice("FM")
        same = {"wife": 0.75, "husband": 0.75, "son": 0.7, "daughter": 0.5, "grandson": 0.5,
                "brother": 0.6, "sister": 0.4}.get(kind, 0.2)
        q = self._person(sex, p.last if r.random() < same else None)
        q.rel = kind
        q.relword = PARENT_WORD.get((kind, p.sex), "relative")
        return q

    def nm(self, p, style=None):
        """Pieces naming person p (labelled)."""
        r = self.r
        if style is None:
            opts = ["full"] * 6 + ["first"] * 3 + ["last"] * 2 + ["hon"] * 3 + ["mid"] * 1 + ["inv"] * 1
            if p.nick:
                opts += ["nick"] * 2
            style = r.choice(opts)
        elif isinstance(style, list):
            style = r.choice(style)
        if style == "full":
            return [S("NAME", p.full)]
        if style == "first":
            return [S("NAME", p.first)]
        if style == "last":
            return [S("NAME", p.last)]
        if style == "hon":
            return [p.hon + " ", S("NAME", p.last)]
        if style == "mid":
            return [S("NAME", "%s %s. %s" % (p.first, p.mid, p.last))]
        if style == "inv":
            return [S("NAME", "%s, %s %s" % (p.last.upper(), p.first.upper(), p.mid))]
        if style == "inv2":
            return [S("NAME", "%s, %s" % (p.last, p.first))]
        if style == "nick":
            if not p.nick:
                return [S("NAME", p.full)]
            self.tag("nickname")
            if r.random() < 0.5:
                return [S("NAME", p.full), ' ("', S("NAME", p.nick), '")']
            return [S("NAME", p.nick), " (", S("NAME", p.full), ")"]
        if style == "nickonly":
            return [S("NAME", p.nick or p.first)]
        raise ValueError(style)

    def staff(self):
        for _ in range(50):
            s = self.r.choice(STAFF)
            if s not in self.used_staff:
                break
        self.used_staff.append(s)
        return s

    def sid(self, who):
        return SLACK_IDS[who[0] + " " + who[1]]

    def sn(self, s, style=None):
        """Unlabelled rendering of a colleague."""
        style = style or self.ch(["first", "first", "full", "mention", "mention", "firstinit"])
        if style == "mention":
            self.tag("slack-markup")
            return R("<@%s>" % self.sid(s))
        if style == "full":
            return "%s %s" % (s[0], s[1])
        if style == "firstinit":
            return "%s %s." % (s[0], s[1][0])
        return s[0]

    def ex(self):
        for _ in range(50):
            e = self.r.choice(EXECS)
            if e not in self.used_exec:
                break
        self.used_exec.append(e)
        return e

    def exm(self, e, style=None):
        style = style or self.ch(["call", "mention", "full", "title"])
        if style == "mention":
            self.tag("slack-markup")
            return R("<@%s>" % self.sid(e))
        if style == "title":
            return "the " + e[2]
        self.tag("exec-name")
        if style == "full":
            return "%s %s (%s)" % (e[0], e[1], e[2])
        return e[3]

    def doc(self):
        return "Dr. " + self.ch(DOCS)

    def bot(self):
        self.tag("slack-markup", "delegation-bot")
        return R("<@%s>" % BOT_ID)

    # -- places / things (not PHI) --
    def unit(self):
        return self.ch(UNITS)

    def room(self):
        r = self.r
        st = r.randint(0, 3)
        if st == 0:
            return "%d%02d%s" % (r.randint(4, 7), r.randint(1, 30), r.choice("AB"))
        if st == 1:
            return "%s-%02d" % (r.choice(UNIT_CODES), r.randint(1, 32))
        if st == 2:
            return "room %d%02d" % (r.randint(4, 7), r.randint(1, 30))
        return "bed %d" % r.randint(1, 32)

    def anon(self):
        r = self.r
        return r.choice(["the pt in ", "the gentleman in ", "the lady in ", "our long-stay in ",
                         "the patient in ", "the pt in "]) + self.room()

    def px_case(self):
        self.tag("ticket")
        n = self.r.randint(1200, 4999)
        return self.ch(["PX case #%d." % n, "(PX-%d)" % n, "Case PX-%d is open." % n,
                        "Logged as PX-%d." % n])

    def inc(self):
        self.tag("ticket")
        return "INC00%05d" % self.r.randint(10000, 99999)

    def po(self):
        self.tag("po")
        return "45%08d" % self.r.randint(0, 99999999)

    def site(self):
        self.tag("facility-address")
        return self.ch(SITES)

    def ext(self):
        self.tag("ext")
        return "x%d" % self.r.randint(4400, 4499)

    def time(self):
        r = self.r
        h = r.choice([7, 8, 9, 10, 11, 13, 14, 15, 16])
        m = r.choice([0, 0, 15, 30, 45])
        st = r.randint(0, 2)
        if st == 0:
            hh = h if h <= 12 else h - 12
            return ("%d:%02d" % (hh, m) if m else "%d" % hh) + ("am" if h < 12 else "pm")
        if st == 1:
            return "%02d%02d" % (h, m)
        hh = h if h <= 12 else h - 12
        return "%d:%02d %s" % (hh, m, "AM" if h < 12 else "PM")

    def meet(self):
        """A meeting / scheduling time -- never labelled."""
        self.tag("calendar")
        r = self.r
        d = self.today + datetime.timedelta(days=r.randint(1, 9))
        st = r.randint(0, 5)
        if st == 0:
            return "%s %d/%d at %s" % (WD[d.weekday()], d.month, d.day, self.time())
        if st == 1:
            return "%s at %s" % (WDL[d.weekday()], self.time())
        if st == 2:
            return "tomorrow at " + self.time()
        if st == 3:
            return "%d/%d @ %s" % (d.month, d.day, self.time())
        if st == 4:
            return "%s %s %d, %s" % (WDL[d.weekday()], MONTHS[d.month - 1], d.day, self.time())
        return "this %s %s" % (WDL[d.weekday()], self.time())

    # -- dates (labelled when tied to an identified patient's care) --
    def fmt_date(self, d, styles):
        st = self.ch(styles)
        if st == "md":
            return "%d/%d" % (d.month, d.day)
        if st == "mdy":
            return "%02d/%02d/%d" % (d.month, d.day, d.year)
        if st == "mdyy":
            return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
        if st == "iso":
            return d.isoformat()
        if st == "long":
            return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
        if st == "longnoyear":
            return "%s %d" % (MONTHS[d.month - 1], d.day)
        if st == "dmy":
            return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
        if st == "month":
            n = d.day
            suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return "%s %d%s" % (MON[d.month - 1], n, suf)
        if st == "mon":
            return "%s %d" % (MON[d.month - 1], d.day)
        if st == "compact":
            return "%02d%02d%d" % (d.month, d.day, d.year)
        raise ValueError(st)

    def past(self, lo=0, hi=30):
        return self.today - datetime.timedelta(days=self.r.randint(lo, hi))

    def future(self, lo=1, hi=30):
        return self.today + datetime.timedelta(days=self.r.randint(lo, hi))

    def denc(self, d=None):
        d = d or self.past()
        return S("DATE", self.fmt_date(d, ["md", "md", "md", "mdy", "mdyy", "iso", "long",
                                           "longnoyear", "dmy", "month", "mon"]))

    def dfut(self, lo=1, hi=30):
        d = self.future(lo, hi)
        return S("DATE", self.fmt_date(d, ["md", "md", "mdy", "mdyy", "longnoyear", "month", "mon", "iso"]))

    def dob(self, age=None):
        age = age or self.r.randint(22, 99)
        y = self.today.year - age
        d = datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))
        st = ["mdy", "mdy", "mdy", "iso", "long", "dmy", "mdyy"]
        if self.p(0.12):
            st = ["compact"]
            self.tag("evasion")
        return S("DATE", self.fmt_date(d, st))

    def age90(self, spelled=None):
        n = self.r.choice([90, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
        if spelled is None:
            spelled = self.p(0.25)
        if spelled:
            self.tag("evasion")
            return S("AGE", spelled_age(n))
        return S("AGE", str(n))

    def age_low(self):
        self.tag("age-low")
        return str(self.r.randint(54, 89))

    # -- structured identifiers --
    def phone(self, evade=True, ext=False):
        r = self.r
        a = r.choice(["978", "617", "603", "781", "508", "351", "339"])
        if r.random() < 0.5:
            ex, ln = "555", "%04d" % r.randint(100, 199)
        else:
            ex, ln = "%d%02d" % (r.randint(2, 9), r.randint(0, 99)), "%04d" % r.randint(0, 9999)
        st = r.randint(0, 9)
        if st <= 2:
            v = "(%s) %s-%s" % (a, ex, ln)
        elif st <= 4:
            v = "%s-%s-%s" % (a, ex, ln)
        elif st == 5:
            v = "%s.%s.%s" % (a, ex, ln)
        elif st == 6:
            v = "+1 %s %s %s" % (a, ex, ln)
        elif st == 7:
            v = "%s%s%s" % (a, ex, ln)
        elif st == 8:
            v = "+1-%s-%s-%s" % (a, ex, ln)
        else:
            v = "%s %s %s" % (a, ex, ln)
        if evade and r.random() < 0.12:
            k = r.randint(0, 3)
            digits = a + ex + ln
            self.tag("evasion")
            if k == 0:
                v = " ".join(digits)
            elif k == 1:
                v = fullwidth("%s-%s-%s" % (a, ex, ln))
                self.tag("fullwidth")
            elif k == 2:
                v = "%s\u200b%s\u200b%s" % (a, ex, ln)
                self.tag("zero-width")
            else:
                v = "%s, %s, %s" % (" ".join(SPELL[int(x)] for x in a),
                                    " ".join(SPELL[int(x)] for x in ex),
                                    " ".join(SPELL[int(x)] for x in ln))
        if ext:
            v += r.choice([" ext. ", " x", " ext ", ", ext. "]) + str(r.randint(11, 349))
        return S("PHONE", v)

    def email_personal(self, p, evade=True):
        r = self.r
        f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
        st = r.randint(0, 5)
        user = [f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), l + f[0] + str(r.randint(50, 99)),
                f + "_" + l, f + "." + l + str(r.randint(60, 99))][st]
        dom = r.choice(PERSONAL_DOMAINS)
        if evade and r.random() < 0.15:
            self.tag("evasion")
            d1, d2 = dom.split(".")
            return S("EMAIL", r.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s"]) % (user, d1, d2))
        return S("EMAIL", "%s@%s" % (user, dom))

    def email_business(self, first, last, dom):
        st = self.r.randint(0, 2)
        user = [first[0] + last, first + "." + last, first][st].lower()
        return S("EMAIL", "%s@%s" % (ascii_fold(user).lower() if "." not in user else ".".join(ascii_fold(x).lower() for x in user.split(".")), dom))

    def ssn(self):
        r = self.r
        a = r.randint(100, 899)
        if a == 666:
            a = 667
        g, s = r.randint(1, 99), r.randint(1, 9999)
        st = r.randint(0, 9)
        if st <= 4:
            return S("SSN", "%03d-%02d-%04d" % (a, g, s))
        self.tag("evasion")
        if st == 5:
            return S("SSN", "%03d %02d %04d" % (a, g, s))
        if st == 6:
            return S("SSN", "%03d.%02d-%04d" % (a, g, s))
        if st == 7:
            return S("SSN", "%03d%02d%04d" % (a, g, s))
        if st == 8:
            self.tag("fullwidth")
            return S("SSN", fullwidth("%03d-%02d-%04d" % (a, g, s)))
        self.tag("zero-width")
        return S("SSN", "%03d\u200b-%02d\u200b-%04d" % (a, g, s))

    def mrn(self):
        r = self.r
        label = r.choice(["MRN ", "MRN# ", "MRN: ", "MR# ", "med rec # ", "chart # ", "mrn ", "MRN "])
        st = r.randint(0, 3)
        v = ["%08d" % r.randint(100000, 9999999), "E%07d" % r.randint(1000000, 9999999),
             "M%09d" % r.randint(1000000, 99999999), "%02d-%05d" % (r.randint(10, 99), r.randint(0, 99999))][st]
        if r.random() < 0.07:
            self.tag("evasion", "zero-width")
            v = v[:3] + "\u200b" + v[3:]
        return [label, S("MRN", v)]

    def mbi(self):
        r = self.r
        A = MBI_ALPHA
        an = A + "0123456789"
        c = [str(r.randint(1, 9)), r.choice(A), r.choice(an), str(r.randint(0, 9)), r.choice(A),
             r.choice(an), str(r.randint(0, 9)), r.choice(A), r.choice(A), str(r.randint(0, 9)),
             str(r.randint(0, 9))]
        s = "".join(c)
        if r.random() < 0.5:
            s = s[:4] + "-" + s[4:7] + "-" + s[7:]
        return S("HEALTH_PLAN_ID", s)

    def member_id(self):
        r = self.r
        st = r.randint(0, 3)
        if st == 0:
            v = "".join(r.choice("BCDFGHJKLMNPRSTWXZ") for _ in range(3)) + "%09d" % r.randint(0, 999999999)
        elif st == 1:
            v = "W%010d" % r.randint(0, 9999999999)
        elif st == 2:
            v = "%012d" % r.randint(100000000000, 109999999999)   # MassHealth style
        else:
            v = "%s%08d%02d" % (r.choice("HTZ"), r.randint(0, 99999999), r.randint(0, 99))
        if r.random() < 0.08:
            self.tag("evasion")
            v = " ".join([v[i:i + 3] for i in range(0, len(v), 3)])
        return S("HEALTH_PLAN_ID", v)

    def har(self):
        r = self.r
        st = r.randint(0, 2)
        v = ["70%08d" % r.randint(0, 99999999), "3%010d" % r.randint(0, 9999999999),
             "%02d-%07d" % (r.randint(10, 99), r.randint(0, 9999999))][st]
        return S("ACCOUNT_NUMBER", v)

    def dl(self):
        r = self.r
        st = r.randint(0, 2)
        if st == 0:
            return "MA license", S("LICENSE_NUMBER", "S%08d" % r.randint(10000000, 99999999))
        if st == 1:
            return "NH license", S("LICENSE_NUMBER", "%02d%s%05d" % (r.randint(1, 12), r.choice(["ABC", "DEL", "MRT", "KPS"]), r.randint(10000, 99999)))
        return "driver's license", S("LICENSE_NUMBER", "S%08d" % r.randint(10000000, 99999999))

    def dea(self):
        r = self.r
        return S("LICENSE_NUMBER", r.choice("ABFM") + r.choice("BCDFHKLMOPRSTW") + "%07d" % r.randint(1000000, 9999999))

    def plate(self):
        r = self.r
        st = r.randint(0, 3)
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        if st == 0:
            return S("VEHICLE_ID", "%d%s%s%s%d%d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.choice(L), r.randint(0, 9), r.randint(0, 9)))
        if st == 1:
            return S("VEHICLE_ID", "%d%s%s %d%d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.randint(0, 9), r.randint(0, 9)))
        if st == 2:
            return S("VEHICLE_ID", "%s%s%s-%d%d%d" % (r.choice(L), r.choice(L), r.choice(L), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)))
        return S("VEHICLE_ID", "%07d" % r.randint(1000000, 4999999))

    def vin(self):
        r = self.r
        return S("VEHICLE_ID", r.choice("1245JKW") + "".join(r.choice(VIN_CHARS) for _ in range(16)))

    def device_serial(self):
        r = self.r
        st = r.randint(0, 4)
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        if st == 0:
            return S("DEVICE_ID", "%s%s%s%06d%s" % (r.choice(L), r.choice(L), r.choice(L), r.randint(0, 999999), r.choice(L)))
        if st == 1:
            return S("DEVICE_ID", "%d%s%s%07d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.randint(0, 9999999)))
        if st == 2:
            return S("DEVICE_ID", "HA%08d" % r.randint(0, 99999999))
        if st == 3:
            return S("DEVICE_ID", "%02d-%05d%s" % (r.randint(10, 99), r.randint(0, 99999), r.choice(L)))
        self.tag("udi")
        return S("DEVICE_ID", "(01)00%012d(17)%02d%02d%02d(21)%s%s%06d" % (
            r.randint(0, 999999999999), r.randint(26, 29), r.randint(1, 12), r.randint(1, 28),
            r.choice(L), r.choice(L), r.randint(0, 999999)))

    def ip(self):
        r = self.r
        st = r.randint(0, 4)
        if st == 0:
            return S("IP_ADDRESS", "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 254), r.randint(2, 254)))
        if st == 1:
            return S("IP_ADDRESS", "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 254)))
        if st == 2:
            return S("IP_ADDRESS", "2601:%x:%x:%x::%x" % (r.randint(256, 4095), r.randint(4096, 65535), r.randint(4096, 65535), r.randint(1, 4095)))
        return S("IP_ADDRESS", "%d.%d.%d.%d" % (r.choice([73, 24, 98, 66, 71, 108, 174]), r.randint(1, 254), r.randint(0, 254), r.randint(2, 254)))

    def card(self):
        r = self.r
        st = r.randint(0, 3)
        if st == 0:
            num, grp = luhn(r, "4", 16), [4, 4, 4, 4]
        elif st == 1:
            num, grp = luhn(r, str(r.randint(51, 55)), 16), [4, 4, 4, 4]
        elif st == 2:
            num, grp = luhn(r, r.choice(["34", "37"]), 15), [4, 6, 5]
        else:
            num, grp = luhn(r, "6011", 16), [4, 4, 4, 4]
        sep = r.choice([" ", " ", "-", ""])
        parts, i = [], 0
        for g in grp:
            parts.append(num[i:i + g])
            i += g
        v = sep.join(parts)
        if r.random() < 0.1:
            self.tag("evasion")
            v = " ".join(num)
        return S("CREDIT_CARD", v)

    def exp(self):
        self.tag("money")
        return "%02d/%02d" % (self.r.randint(1, 12), self.r.randint(26, 30))

    def street(self):
        return "%d %s" % (self.r.choice([3, 9, 14, 22, 27, 41, 58, 77, 102, 118, 240, 365, 1021, 16, 8, 5]), self.ch(STREETS))

    def addr(self, style=None):
        """Residential address pieces (labelled)."""
        r = self.r
        town, st, z = r.choice(TOWNS)
        style = style or r.choice(["full", "full", "streettown", "full4", "apt"])
        if style == "full":
            return [S("ADDRESS", "%s, %s, %s %s" % (self.street(), town, st, z))]
        if style == "full4":
            return [S("ADDRESS", "%s, %s %s %s-%04d" % (self.street(), town, st, z, r.randint(1000, 9999)))]
        if style == "apt":
            return [S("ADDRESS", "%s Apt %d%s, %s, %s %s" % (self.street(), r.randint(1, 4), r.choice("ABCD"), town, st, z))]
        if style == "streettown":
            return [S("ADDRESS", "%s, %s" % (self.street(), town))]
        if style == "pobox":
            return [S("ADDRESS", "PO Box %d, %s, %s %s" % (r.randint(10, 999), town, st, z))]
        raise ValueError(style)

    def town(self):
        return S("ADDRESS", self.ch(TOWNS)[0])

    def zipc(self):
        return S("ADDRESS", self.ch(TOWNS)[2])

    def portal_url(self, p):
        r = self.r
        st = r.randint(0, 3)
        if st == 0:
            return S("URL", "https://mychart.mvrmc.org/MyChart/proxy?pid=%07d" % r.randint(1000000, 9999999))
        if st == 1:
            return S("URL", "https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.first).lower(), ascii_fold(p.last).lower()))
        if st == 2:
            return S("URL", "https://mvrmc.org/family-update/%s-%s-%02d%02d" % (ascii_fold(p.last).lower(), ascii_fold(p.first).lower()[0], r.randint(1, 12), r.randint(1, 28)))
        return S("URL", "https://video.mvrmc.org/visit/join?pt=%s&mrn=%08d" % (ascii_fold(p.last).upper(), r.randint(100000, 9999999)))


def luhn(r, prefix, length):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return body + str((10 - tot % 10) % 10)


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
PHI_T, CLEAN_T = [], []


def T(mode):
    def deco(f):
        if mode in ("phi", "dual"):
            PHI_T.append(f)
        if mode in ("clean", "dual"):
            CLEAN_T.append(f)
        return f
    return deco


def rel_intro(c, p, f):
    """'Nguyen's daughter Linh' / 'the daughter, Linh Nguyen,' etc."""
    r = c.r
    st = r.randint(0, 3)
    if st == 0:
        return [*c.nm(p), "'s ", f.rel, " ", *c.nm(f, ["full", "first"])]
    if st == 1:
        return [*c.nm(f, ["full", "first"]), " (", *c.nm(p, ["last", "full", "first"]), "'s ", f.rel, ")"]
    if st == 2:
        return [*c.nm(f, "full"), ", ", f.rel, " of ", *c.nm(p, ["hon", "full"]), ","]
    return [*c.nm(p, ["hon", "last", "full"]), "'s ", f.rel, ", ", *c.nm(f, "full"), ","]


# 1
@T("dual")
def t_complaint_escalation(c, phi):
    r = c.r
    e, s = c.ex(), c.staff()
    issue = c.ch(ISSUES)
    c.tag("complaint", "escalation")
    op = c.ch(["Escalating to ", "Flagging for ", "FYI ", "Need your eyes on this, "])
    if phi:
        p = c.pt()
        f = c.rel(p)
        return [op, c.exm(e), ": ", *rel_intro(c, p, f), " called the CEO's office this morning. Says ",
                p.he, " ", issue, ". Admitted ", c.denc(), " to ", c.unit(), ". I've asked ", c.sn(s),
                " to call back at ", c.phone(), " before noon. ", c.px_case()]
    p = c.pt()
    c.used_first.pop(); c.used_last.pop()
    return [op, c.exm(e), ": the ", c.ch(["daughter", "son", "wife", "HCP", "niece"]), " of ", c.anon(),
            " called the CEO's office this morning. Says ", p.he, " ", issue, ". I've asked ", c.sn(s),
            " to call back before noon; if she calls again route to Patient Relations ", c.ext(), ". ", c.px_case()]


def snf_item(c, phi):
    r = c.r
    k = r.randint(0, 5)
    who = (c.nm(c.pt()) if phi else [c.room()])
    if k == 0:
        s1, s2 = r.sample(SNFS, 2)
        tail = [" — SNF referrals out to ", s1, " + ", s2, ", ", c.ch(PAYERS), " auth pending"]
        if phi and r.random() < 0.6:
            tail += [", member ID ", c.member_id()]
        return who + tail
    if k == 1:
        if phi:
            return who + [" — home w/ ", c.ch(HOMECARE), ", hospital bed delivery ", c.dfut(1, 5)]
        return who + [" — home w/ ", c.ch(HOMECARE), ", hospital bed delivery tomorrow AM"]
    if k == 2:
        return who + [" — LTACH screen at ", c.ch(LTACH), ", family tour ", c.meet()]
    if k == 3:
        if phi:
            return who + [" — d/c ", c.dfut(0, 3), " to ", c.ch(SNFS), ", ", c.ch(TRANSPORT), " booked"]
        return who + [" — d/c to ", c.ch(SNFS), " once bed confirmed, ", c.ch(TRANSPORT), " on standby"]
    if k == 4:
        if phi:
            return who + [" (", c.age90(False), ") — family refusing SNF, wants home w/ 24h care; SW following"]
        return who + [" — family refusing SNF, wants home w/ 24h care; SW following"]
    if phi:
        return who + [" — MassHealth app pending (", S("HEALTH_PLAN_ID", "%012d" % r.randint(100000000000, 109999999999)), "), no payer source yet"]
    return who + [" — MassHealth app pending, no payer source yet, avoidable day #", str(r.randint(3, 40))]


# 2
@T("dual")
def t_snf_list(c, phi):
    r = c.r
    c.tag("discharge", "slack-markup", "multiline")
    u = c.ch(["4 West", "5 North", "6 North", "Step-down"])
    out = ["*", u, " discharge planning — ", WDL[c.today.weekday()], "*\n"]
    n = r.randint(2, 4)
    phi_idx = r.randint(0, n - 1)
    bullet = c.ch(["• ", "- ", "• ", "1. "])
    for i in range(n):
        if bullet[0].isdigit():
            bullet = "%d. " % (i + 1)
        out += [bullet] + snf_item(c, phi and (i == phi_idx or r.random() < 0.6)) + ["\n"]
    out += ["cc ", c.sn(c.staff(), "mention"), " ", c.sn(c.staff(), "mention")]
    return out


# 3
@T("dual")
def t_family_meeting(c, phi):
    s1, s2 = c.staff(), c.staff()
    c.tag("family-meeting")
    topic = c.ch(["goals of care", "SNF vs home with services", "the trach/PEG decision",
                  "why the discharge keeps moving", "hospice options", "guardianship next steps"])
    lang = c.ch(LANGS)
    if phi:
        p = c.pt()
        f = c.rel(p)
        return ["Family meeting for ", *c.nm(p), " is set: ", c.meet(), ", ", c.ch(["4W family room", "6N conf room B", "the Riverside chapel conference room"]),
                ".\nAttending: ", c.sn(s1, "full"), " (", s1[2].split(",")[0], "), ", c.sn(s2, "full"), " (", s2[2].split(",")[0], "), ", c.doc(), ", and ",
                *([f.rel, " ", *c.nm(f, "full")] if f.rel in ("HCP", "POA", "guardian") else [f.rel, " ", *c.nm(f, "full"), " (HCP)"]),
                " by phone at ", c.phone(), ".\nGoal: ", topic, ". ", lang, " interpreter booked."]
    return ["Family meeting for ", c.room(), " is set: ", c.meet(), ", ", c.ch(["4W family room", "6N conf room B"]),
            ".\nAttending: ", c.sn(s1, "full"), " (", s1[2].split(",")[0], "), ", c.sn(s2, "full"), " (", s2[2].split(",")[0], "), ", c.doc(),
            ", family by phone (number is in the Epic contact tab).\nGoal: ", topic, ". ", lang, " interpreter booked."]


# 4
@T("dual")
def t_transport_booking(c, phi):
    v = c.ch(TRANSPORT)
    c.tag("transport")
    kind = c.ch(["Chair van", "BLS ambulance", "Stretcher van", "Wheelchair van"])
    if phi:
        p = c.pt()
        f = c.rel(p)
        return [kind, " booked w/ ", v, " for ", *c.nm(p), " — pickup ", c.dfut(0, 3), " at ", c.time(),
                " from the Riverside main lobby to ", *c.addr(), ". PO ", c.po(), ". ", f.rel.capitalize(), " ",
                *c.nm(f, ["first", "full"]), " will meet them at the house."]
    site, addr = c.site()
    return [kind, " booked w/ ", v, " for the ", c.time(), " discharge from ", c.room(), " — pickup at the ",
            site, " lobby (", addr, "). PO ", c.po(), ", cost center 61040."]


# 5
@T("phi")
def t_placement_denial(c, phi):
    r = c.r
    p = c.pt()
    f = c.rel(p)
    e = c.ex()
    c.tag("placement", "escalation")
    age = [c.age90()] if r.random() < 0.6 else [c.age_low()]
    return [*c.nm(p), " (", *age, " y/o, ", c.ch(DX), ") — denied by ", c.ch(SNFS), " again, that's #",
            str(r.randint(3, 9)), ". ", f.rel.capitalize(), " wants ", p.him, " closer to home in ", c.town(),
            ". Day ", str(r.randint(12, 60)), " for us. Can we get ", c.exm(e), " to call the ", c.ch(SNFS), " administrator?"]


# 6
@T("dual")
def t_bot_apology(c, phi):
    c.tag("complaint", "letter")
    e = c.ex()
    if phi:
        p = c.pt()
        f = c.rel(p)
        kind = c.ch(DEVICE_KINDS[:3] + ["hearing aid"])
        return [c.bot(), " draft an apology letter to ", *c.nm(f, "full"), " at ", *c.addr(), " re: ", *c.nm(p, ["hon", "full"]),
                "'s lost ", kind, " (serial ", c.device_serial(), "). Offer replacement through ", c.ch(HOMECARE),
                ". Sign as Dana, cc ", c.exm(e, "full"), "."]
    c.tag("ticket")
    return [c.bot(), " draft a template apology letter for lost belongings (hearing aids, dentures, glasses) — leave name/address blank, I'll fill in from Epic. Sign as Dana, cc ",
            c.exm(e, "full"), ". Track under DEL-", str(c.r.randint(1000, 1999)), "."]


# 7
@T("phi")
def t_forwarded_email(c, phi):
    p = c.pt()
    f = c.rel(p, familial=True)
    c.tag("complaint", "forwarded", "multiline")
    d = c.today
    issue = c.ch(ISSUES)
    return ["---------- Forwarded message ---------\nFrom: ", *c.nm(f, "full"), " <", c.email_personal(f, evade=False),
            ">\nSent: ", WDL[d.weekday()], " ", c.time(), "\nTo: Patient Relations\nSubject: my ", f.relword, " ",
            *c.nm(p, "full"), "\n\nTo whom it may concern, my ", f.relword, " was admitted on ", c.denc(),
            " and ", issue, ". Nobody has called me back. I want to speak to someone in charge.\n\n",
            c.ch(["^ can someone from CM call her today?", "Dana — who owns this one?", "adding to the PX log"])]


# 8
@T("phi")
def t_vip_admit(c, phi):
    b = c.ch(BOARD)
    e = c.ex()
    c.tag("vip", "confidential")
    sex = "F" if b[0] in ("Cynthia", "Evelyn") else "M"
    he = "she" if sex == "F" else "he"
    return [c.ch(["Confidential / need-to-know: ", "*Confidential* — ", "Quietly: "]), S("NAME", "%s %s" % (b[0], b[1])),
            " (", b[2], ") came in through the ED last night, now on ", c.unit(), ". Admitted ", c.denc(c.past(0, 2)),
            ". ", c.exm(e), " is aware. Please keep the chart-access audit on and no mention in ", R("<#C04PXGEN|px-general>"),
            ". ", he.capitalize(), " asked for no visitors except family."]


# 9
@T("phi")
def t_employee_health(c, phi):
    s = c.staff()
    cover = c.staff()
    c.tag("employee-health")
    what = c.ch(["had a needle stick", "was assaulted by a visitor on 5N", "slipped on the wet floor by the cafeteria",
                 "was admitted to 6N overnight", "tested positive for COVID"])
    return ["Heads up team — ", S("NAME", "%s %s" % (s[0], s[1])), " ", what, " on ", c.denc(c.past(0, 5)),
            " and is being followed by Employee Health. Out through ", c.ch(WDL[:5]), "; ", c.sn(cover, "first"),
            " is covering the caseload. Please don't ask about it in channel."]


# 10
@T("phi")
def t_charity_ssn(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("financial")
    return ["Financial counseling needs ", *c.nm(p), "'s SSN for the charity care app — the ", f.rel, " read it to me as ",
            c.ssn(), ". ", c.ch(["Please don't post these in Slack next time lol", "I know, I know, shouldn't be in Slack", "deleting in 10 min"]),
            c.ch(EMOJI)]


# 11
@T("phi")
def t_records_request(c, phi):
    r = c.r
    p = c.pt()
    f = c.rel(p, c.ch(["POA", "HCP", "guardian", "daughter", "son"]))
    c.tag("records")
    d1 = c.past(10, 40)
    d2 = d1 + datetime.timedelta(days=r.randint(2, 9))
    fax = c.phone(evade=False)
    if r.random() < 0.25:
        v = fax[2]
        cut = len(v) - 4
        fax = S("PHONE", v[:cut] + "\n" + v[cut:])
        c.tag("multiline")
    return ["Records request: ", *c.nm(f, "full"), " (", f.rel, ") for ", *c.nm(p, ["full", "inv", "mid"]), ", DOB ", c.dob(),
            ", ", *c.mrn(), ", dates of service ", c.denc(d1), " to ", c.denc(d2), ". Wants them faxed to ", fax,
            ". Sent to HIM as ", c.inc(), "."]


# 12
@T("phi")
def t_lost_device(c, phi):
    p = c.pt()
    kind = c.ch(["hearing aid", "hearing aids", "insulin pump", "CGM receiver", "CPAP machine", "cochlear implant processor"])
    c.tag("complaint", "lost-belongings")
    return ["Lost ", kind, " update: ", *c.nm(p), " (", c.room(), ") — ", c.ch(["Audiology", "the vendor", "Biomed"]),
            " confirmed SN ", c.device_serial(), " is registered to ", p.him, ". Last seen ", c.denc(c.past(0, 4)),
            " on the transport stretcher. Asset tag on the stretcher is ", str(c.r.randint(100000, 999999)),
            " if Security wants to check cameras."]


# 13
@T("phi")
def t_insurance_auth(c, phi):
    r = c.r
    p = c.pt()
    c.tag("insurance", "auth")
    lcd = c.future(3, 12)
    return ["Auth update ", *c.nm(p), ": ", c.ch(PAYERS), " member ID ", c.member_id(), ", group ", "%06d" % r.randint(1000, 99999),
            " — approved ", str(r.randint(3, 7)), " days at ", c.ch(SNFS), ", ref AUTH-", str(r.randint(100000, 999999)),
            ". Last covered day per the letter is ", "%d/%d" % (lcd.month, lcd.day), ". ",
            c.sn(c.staff()), " to send clinicals."]


# 14
@T("phi")
def t_mbi_nomnc(c, phi):
    p = c.pt()
    c.tag("insurance", "appeal")
    return ["NOMNC delivered to ", *c.nm(p), " ", c.denc(c.past(0, 2)), " ", c.time(), ". MBI ", c.mbi(), ". ", p.he.capitalize(),
            " wants to appeal to Acentra — ", c.sn(c.staff()), " faxed the packet, QIO line is ", c.phone(evade=False), "."]


# 15
@T("phi")
def t_har_dispute(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("billing", "complaint")
    return [f.rel.capitalize(), " ", *c.nm(f, "full"), " is disputing the ambulance charge on HAR ", c.har(), " from ",
            *c.nm(p, ["hon", "first", "full"]), "'s ", c.denc(), " admit. (Not the ", c.ch(TRANSPORT), " PO ", c.po(),
            " — that's our contract.) Routing to PFS, ", c.ext(), "."]


# 16
@T("phi")
def t_card_over_phone(c, phi):
    f = c.pt()
    p = c.pt()
    c.tag("privacy")
    return [*c.nm(f, "full"), " read ", f.his, " card number to the 5N desk to pay for ", *c.nm(p, ["first", "hon"]),
            "'s TV rental: ", c.card(), ", exp ", c.exp(), ". Desk wrote it on a sticky note. I shredded it but this is a privacy incident — filing in RL6."]


# 17
@T("phi")
def t_pcard(c, phi):
    c.tag("money", "transport")
    return [c.ch(["Use the dept p-card for the cab vouchers tonight: ", "Cab voucher card for after-hours discharges: "]),
            c.card(), " (exp ", c.exp(), ", in Dana's name). Receipts to ", c.exm(c.ex(), "call"), "'s team by the 5th, cost center 61040."]


# 18
@T("phi")
def t_car_in_loop(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("security")
    return [*c.nm(p), "'s ", f.rel, " left ", f.his, " car in the ED loop since 6 — ", c.ch(COLORS), " ", c.ch(MAKES),
            ", plate ", c.plate(), ". Security asking us to reach ", f.him, ": ", c.phone(), c.ch(EMOJI)]


# 19
@T("phi")
def t_towed_vin(c, phi):
    p = c.pt()
    c.tag("security")
    return ["Patient ", *c.nm(p, ["full", "mid"]), "'s car got towed from the Riverside garage while ", p.he,
            " was in the ICU. Tow company needs the VIN to release it: ", c.vin(), ". ", c.sn(c.staff()), " is calling them."]


# 20
@T("phi")
def t_dl_in_safe(c, phi):
    p = c.pt()
    f = c.rel(p)
    lab, val = c.dl()
    c.tag("belongings")
    return [*c.nm(p), "'s wallet is in the security safe: ", lab, " ", val, ", 2 bank cards, $62 cash. ",
            f.rel.capitalize(), " ", *c.nm(f, ["first", "full"]), " picking up ", c.meet(), " — needs ID + the release form."]


# 21
@T("phi")
def t_dea_hold(c, phi):
    c.tag("credentialing", "discharge")
    d = c.ch(DOCS)
    return ["Discharge scripts held for ", c.room(), " — Dr. ", d, "'s DEA ", c.dea(),
            " shows lapsed in the system (renewal due 5/31, pharmacy says it's just not updated). NPI ",
            str(1000000000 + c.r.randint(0, 899999999)), " is fine. Can Medical Staff Office fix today?"]


# 22
@T("phi")
def t_agency_rn(c, phi):
    r = c.r
    c.tag("credentialing", "npi")
    nm = c.ch(["Tasha Whitley", "Marcus Obi", "Jen Paquette", "Luz Romero", "Kyle Brandt"])
    return ["Agency RN for 5N nights this week is ", nm, ", MA RN license ", S("LICENSE_NUMBER", "RN%07d" % r.randint(2000000, 2999999)),
            " — verified on the BORN lookup, BLS/ACLS current. ", c.sn(c.staff()), " doing orientation ", c.meet(), "."]


# 23
@T("phi")
def t_portal_link(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("portal", "url")
    return [*c.nm(f, ["full", "first"]), " can't get proxy access to ", *c.nm(p, ["hon", "first", "full"]), "'s chart. ", f.he.capitalize(), " forwarded the link ", f.he, " got: ",
            c.portal_url(p), " — IT ", c.inc(), ". Can someone walk ", f.him, " through it?"]


# 24
@T("phi")
def t_caringbridge(c, phi):
    p = c.pt()
    c.tag("social-media", "slack-markup", "url")
    return ["Family set up a page: <", S("URL", "https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.first).lower(), ascii_fold(p.last).lower())),
            "|", S("NAME", p.first), "'s CaringBridge>. Staff keep getting tagged in the comments — can we remind 6N about the social media policy?"]


# 25
@T("phi")
def t_ip_complaint(c, phi):
    p = c.pt()
    c.tag("complaint", "it")
    c.tag("ticket")
    return ["The anonymous web-form complaint (PX-%d) came from " % c.r.randint(1200, 4999), c.ip(), ". IT says it's the same address as the portal logins on ",
            *c.nm(p, ["full", "hon"]), "'s account, so it's probably the family. Don't reply from the form — ", c.sn(c.staff()), " will call."]


# 26
@T("phi")
def t_kiosk_ip(c, phi):
    r = c.r
    c.tag("it", "version")
    return ["Family lounge kiosk on 6N (", c.ip(), ") is printing visitor badges with the wrong floor again. Running v",
            "%d.%d.%d" % (r.randint(2, 11), r.randint(0, 9), r.randint(0, 20)), ", build 2024.11.0.", str(r.randint(1, 9)),
            ". ", c.inc(), " open since ", c.ch(WDL[:5]), "."]


# 27
@T("phi")
def t_sw_assessment(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("social-work", "forwarded", "multiline")
    age = c.age90() if c.p(0.4) else c.age_low()
    return ["Fwd SW note (", c.sn(c.staff(), "firstinit"), ", LICSW):\n> Pt ", *c.nm(p, ["full", "inv2"]), ", ", age,
            " y/o ", p.sex, ", lives alone at ", *c.addr(), ", 3rd-floor walk-up, no elevator.\n> ", f.rel.capitalize(), " ",
            *c.nm(f, ["first", "full"]), " lives in ", c.town(), ", works nights, can't provide 24h care.\n> Plan: SNF short-term, revisit home w/ services."]


# 28
@T("phi")
def t_age_spelled(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("placement")
    return [*c.nm(p, ["hon", "first", "full"]), " is ", c.age90(True), " and sharp as a tack — refuses SNF, wants to go home with ",
            p.his, " ", f.rel, ". ", c.doc(), " ok with it if VNA starts within 24h. ", c.sn(c.staff()), " on it."]


# 29
@T("phi")
def t_death(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("decedent")
    return [c.ch(["Sad update: ", "FYI: ", ""]), *c.nm(p), " passed ", c.denc(c.past(0, 1)), " at 0", str(c.r.randint(1, 9)), ":",
            "%02d" % c.r.randint(0, 59), ". ", f.rel.capitalize(), " ", *c.nm(f, "full"), " asked about release to ",
            c.ch(FUNERAL), "; please route to Decedent Affairs ", c.ext(), ". Condolence card going out from our office."]


# 30
@T("phi")
def t_fall(c, phi):
    p = c.pt()
    f = c.rel(p)
    e = c.ex()
    c.tag("incident", "escalation", "ticket")
    return ["Fall on ", c.denc(c.past(0, 3)), ", ", c.room(), ": ", *c.nm(p), ". No injury per ", c.doc(), " but the ", f.rel,
            " is furious and already called ", c.exm(e), ". RL6 #", str(c.r.randint(20000, 29999)),
            " filed. Need a call-back plan today — who has capacity?"]


# 31
@T("dual")
def t_thread(c, phi):
    s1, s2 = c.staff(), c.staff()
    d = DIRECTOR
    c.tag("thread", "multiline", "slack-markup")
    t1 = "9:%02d AM" % c.r.randint(0, 40)
    t2 = "9:%02d AM" % c.r.randint(41, 59)
    n1 = "%s %s" % (s1[0], s1[1])
    if phi:
        p = c.pt()
        f = c.rel(p, c.ch(["son", "daughter", "husband", "wife"]))
        return ["> *", n1, "* ", t1, "\n> ", *c.nm(p, ["last", "hon", "full"]), "'s ", f.rel, " is back at the desk asking for ", c.exm(c.ex(), "call"),
                "\n> *Dana Whitcombe* ", t2, "\n> I'll come up. Which room?\n> *", n1, "* ", t2, "\n> ", c.room(), ". ",
                f.he.capitalize(), "'s calmer now but wants the d/c date in writing — we told ", f.him, " ", c.dfut(1, 4), "."]
    return ["> *", n1, "* ", t1, "\n> the son from ", c.room(), " is back at the desk asking for ", c.exm(c.ex(), "call"),
            "\n> *Dana Whitcombe* ", t2, "\n> I'll come up. Anything I should know?\n> *", n1, "* ", t2,
            "\n> He's calmer now but wants the d/c plan in writing — told him we'd have it by ", c.ch(WDL[:5]), "."]


# 32
@T("phi")
def t_weekend_handoff(c, phi):
    r = c.r
    s1, s2 = c.staff(), c.staff()
    c.tag("handoff", "multiline")
    out = ["Weekend CM handoff — ", c.ch(["4 West", "5 North", "6 North"]), " (", s1[0], " → ", s2[0], ")\n"]
    for i in range(r.randint(2, 4)):
        p = c.pt()
        out += ["%d. " % (i + 1), *c.nm(p, ["inv", "inv", "inv2", "full"]), " — ", c.room(), " — "]
        k = r.randint(0, 3)
        if k == 0:
            out += ["SNF bed at ", c.ch(SNFS), " ", c.dfut(1, 2), "; ", c.ch(TRANSPORT), " booked ", c.time()]
        elif k == 1:
            out += ["awaiting ", c.ch(PAYERS), " auth, ", *c.mrn()]
        elif k == 2:
            out += ["home ", c.dfut(1, 3), " w/ ", c.ch(HOMECARE), "; O2 delivered"]
        else:
            out += ["no dispo; ", c.ch(["guardianship pending", "family meeting Monday", "LTACH screen"])]
        out.append("\n")
    out.append("Call me if anything blows up, cell on the board.")
    return out


# 33
@T("phi")
def t_voicemail(c, phi):
    p = c.pt()
    f = c.rel(p, familial=True)
    c.tag("voicemail")
    return ["VM transcript, ", c.time(), ": \"hi this is ", *c.nm(f, ["full", "first"]), ", I'm calling about my ", f.relword, " ",
            *c.nm(p, ["full", "first", "hon"]), " on the fifth floor, nobody told us ", p.he, " was being moved, please call me back at ",
            c.phone(), " thank you\"\n", c.ch(["Anyone know who has this family?", "Forwarding to CM.", "Calling back now."])]


# 34
@T("dual")
def t_exec_brief(c, phi):
    r = c.r
    e = c.ex()
    c.tag("exec-summary", "multiline")
    wk = c.today - datetime.timedelta(days=c.today.weekday() + 7)
    out = [e[0], ",\n\nWeekly patient-experience summary (week of %d/%d):\n" % (wk.month, wk.day)]
    n = r.randint(2, 3)
    for i in range(n):
        out.append("%d. " % (i + 1))
        if phi:
            p = c.pt()
            out += [*c.nm(p, ["full", "hon"]), " (", c.ch(UNIT_CODES), ") — "]
        else:
            c.tag("ticket")
            out += ["PX-%d" % r.randint(1200, 4999), " (", c.ch(UNIT_CODES), ") — "]
        out += [c.ch(ISSUES_SHORT), "; service recovery offered ($", c.ch(["25", "50", "75"]), " voucher). "]
        if phi and r.random() < 0.5:
            out += ["Discharged ", c.denc(), ", family satisfied.\n"]
        else:
            out += ["Closed, family satisfied as of ", c.ch(WDL[:5]), ".\n"]
    out += ["%d. Grievance letters out: %d of %d within 7 days.\n\nDana Whitcombe\nDirector, Patient Relations | " % (n + 1, 7, 7), c.ext()]
    return out


# 35
@T("phi")
def t_readmit(c, phi):
    p = c.pt()
    c.tag("readmission")
    d1 = c.past(5, 25)
    d2 = c.past(0, 4)
    return [*c.nm(p), " bounced back — d/c'd ", c.denc(d1), " to ", c.ch(SNFS), ", readmitted ", c.denc(d2), " via ED w/ ",
            c.ch(DX), ". 30-day readmit, ", c.ch(["3rd", "4th", "2nd"]), " time this year. ", c.sn(c.staff()), " calling the SNF DON."]


# 36
@T("phi")
def t_interpreter_text(c, phi):
    p = c.pt()
    f = c.rel(p, c.ch(["son", "daughter", "grandson", "niece"]))
    c.tag("interpreter")
    return [*c.nm(p), " (", c.ch(LANGS), ") — ", f.rel, " ", *c.nm(f, ["first", "full"]), " prefers texts to ", c.phone(),
            ", not calls (works nights). Interpreter booked for ", c.meet(), " via ", c.sn(("Tatiana", "Morozova", "")), "."]


# 37
@T("phi")
def t_appt_ride(c, phi):
    p = c.pt()
    c.tag("transport", "appointment")
    return [*c.nm(p), "'s ", c.ch(["cardiology", "wound clinic", "dialysis chair", "ortho f/u", "oncology"]), " appt is ", c.dfut(2, 20),
            " at ", c.time(), "; needs a ride from ", *c.addr(), ". MassHealth PT-1 faxed to ", c.ch(TRANSPORT), " at ",
            c.phone(evade=False), "."]


# 38
@T("phi")
def t_followup_calls(c, phi):
    r = c.r
    c.tag("follow-up", "multiline")
    out = [c.ch(["*Post-discharge call list*", "post d/c calls for today", "Post-discharge calls — please grab one"]), "\n"]
    for _ in range(r.randint(2, 4)):
        p = c.pt()
        out += ["- ", *c.nm(p, ["full", "last", "hon", "inv2"]), " f/u due ", c.dfut(0, 3), " — ", c.phone(), "\n"]
    out.append("Script is on the intranet under PX > Calls.")
    return out


# 39
@T("phi")
def t_vendor_contact(c, phi):
    vp = c.ch(VENDOR_PEOPLE)
    c.tag("business-contact", "vendor")
    dom = {"Brookhaven admissions": "brookhavenrehab.com", "Coastal dispatch": "coastalmedtransport.com",
           "Maple Ridge liaison": "mapleridgesnf.com", "Allcare DME": "allcaredme.com",
           "the Medtronic rep": "medtronic.com", "Willow Crest admissions": "willowcresthc.org"}[vp[2]]
    return ["For ", vp[2].replace("the ", ""), " go straight to ", vp[0], " ", vp[1], ": ", c.phone(evade=False, ext=c.p(0.5)),
            ", ", c.email_business(vp[0], vp[1], dom), ". Way faster than the referral portal."]


# 40
@T("phi")
def t_mailto_tel(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("slack-markup")
    em = c.email_personal(f, evade=False)
    ph = c.phone(evade=False)
    digits = re.sub(r"\D", "", ph[2])
    if not digits.startswith("1"):
        digits = "1" + digits
    return ["Best contact for ", *c.nm(p, ["hon", "full"]), "'s ", f.rel, ": <mailto:", em, "|", em, "> or <tel:", S("PHONE", "+" + digits), "|", ph,
            ">. ", f.he.capitalize(), " asked for email updates only."]


# 41
@T("phi")
def t_bot_status(c, phi):
    p = c.pt()
    c.tag("insurance")
    return [c.bot(), " what's the status on ", *c.nm(p), "'s MassHealth application? ID ",
            S("HEALTH_PLAN_ID", "%012d" % c.r.randint(100000000000, 109999999999)), ", SW is ", c.sn(c.staff()), ". Remind me ", c.meet(), "."]


# 42
@T("phi")
def t_mixup(c, phi):
    p1, p2 = c.pt(), c.pt()
    c.tag("incident", "privacy")
    return ["We mixed up ", *c.nm(p1, ["full", "last"]), " and ", *c.nm(p2, ["full", "last"]), "'s discharge packets on ", c.ch(UNIT_CODES),
            " — ", *c.nm(p1, ["hon", "first"]), " went home with the other AVS. Privacy officer notified, ", c.exm(c.ex(), "call"), " cc'd."]


# 43
@T("phi")
def t_complaint_letter(c, phi):
    p = c.pt()
    f = c.rel(p, familial=True)
    c.tag("complaint", "multiline", "forwarded")
    return ["Letter came in by mail, transcribing the key part:\n\n\"My ", f.relword, ", ", *c.nm(p, "full"), ", was a patient on ", c.unit(),
            " from ", c.denc(c.past(20, 40)), " until ", c.denc(c.past(5, 19)), ". ", p.he.capitalize(), " ", c.ch(ISSUES),
            ". I have been a donor for 20 years and I expect better.\" — signed ", *c.nm(f, ["full", "mid"]), ", ", *c.addr(),
            "\n\nResponse due in 7 days. ", c.sn(c.staff()), " drafting."]


# 44
@T("phi")
def t_lowercase_rant(c, phi):
    p = c.pt()
    f = c.rel(p, c.ch(["son", "daughter", "husband", "nephew"]))
    c.force_lower = True
    return ["ugh ", *c.nm(p, ["last", "last", "full"]), "'s ", f.rel, " called AGAIN, 4th time today. wants ", c.exm(c.ex(), "call"),
            " personally. told ", f.him, " the d/c is still ", c.dfut(1, 3), " pending the snf bed. can someone else take the next one",
            c.ch(EMOJI)]


# 45
@T("phi")
def t_guardianship(c, phi):
    p = c.pt()
    f = c.rel(p, "niece")
    c.tag("guardianship", "legal")
    return [*c.nm(p), " — no capacity per psych, no HCP on file. Guardianship petition filed; proposed guardian is the niece, ",
            *c.nm(f, "full"), " of ", c.town(), ". Hearing is next ", c.ch(WDL[:5]), "; Legal (", c.exm(("Jill", "Sorensen", "VP Risk", "Jill"), "call"),
            ") has the paperwork."]


# 46
@T("phi")
def t_pacer_rep(c, phi):
    p = c.pt()
    c.tag("device", "transfer")
    kind = c.ch(["pacemaker", "ICD", "CRT-D", "loop recorder"])
    return [*c.nm(p, ["full", "hon"]), " transferring to ", c.ch(SNFS), " ", c.dfut(0, 2), ". ", "Gary (the rep) needs the ", kind,
            " serial to set up remote monitoring: ", c.device_serial(), ". Model # is fine to share, serial is not — please DM going forward."]


# 47
@T("phi")
def t_evasion_id(c, phi):
    r = c.r
    p = c.pt()
    c.tag("evasion")
    k = r.randint(0, 3)
    if k == 0:
        v = c.mbi()[2]
        v = v.replace("-", "\u200b-")
        c.tag("zero-width")
        val = S("HEALTH_PLAN_ID", v)
        lab = "MBI "
    elif k == 1:
        val = S("HEALTH_PLAN_ID", fullwidth(c.member_id()[2]))
        c.tag("fullwidth")
        lab = "member id "
    elif k == 2:
        digits = "%03d%02d%04d" % (r.randint(100, 665), r.randint(1, 99), r.randint(1, 9999))
        val = S("SSN", c.ch([" ".join(digits), digits[:3] + "\u00a0" + digits[3:5] + "\u00a0" + digits[5:], digits[:3] + ".." + digits[3:5] + ".." + digits[5:]]))
        lab = "ss# "
    else:
        digits = "%08d" % r.randint(100000, 9999999)
        val = S("MRN", " ".join(digits))
        lab = "mrn "
    return [c.ch(["trying it this way so the bot doesn't eat it: ", "splitting so it doesn't get flagged — ", "ok here: "]),
            *c.nm(p, ["last", "first", "full"]), " ", lab, val]


# 48
@T("phi")
def t_obf_email(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("evasion")
    user = ascii_fold(f.first).lower()[0] + "." + ascii_fold(f.last).lower()
    d = c.ch(PERSONAL_DOMAINS).split(".")
    v = c.ch(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s (at) %s (dot) %s"]) % (user, d[0], d[1])
    return [*c.nm(f, ["full", "first"]), "'s email (", f.rel, " of ", *c.nm(p, ["last", "hon"]), ") is ", S("EMAIL", v),
            " — she wants the grievance response there instead of mail."]


# 49
@T("phi")
def t_zip_only(c, phi):
    p = c.pt()
    c.tag("transport")
    v = c.ch(TRANSPORT)
    return [*c.nm(p), " lives in zip ", c.zipc(), " — outside ", v, "'s service area. Try ", c.ch([x for x in TRANSPORT if x != v]),
            " or the council on aging van. ", c.sn(c.staff()), " fyi."]


# 50
@T("phi")
def t_address_split(c, phi):
    p = c.pt()
    f = c.rel(p)
    r = c.r
    town = c.ch(TOWNS)[0]
    c.tag("address-split")
    return ["Directions for the ", c.ch(TRANSPORT), " driver: ", *c.nm(p, ["hon", "full"]), " is going to the ", f.rel, "'s, ",
            S("ADDRESS", c.street()), " off Rte ", str(r.choice([110, 113, 38, 3, 133, 125])), " in ", S("ADDRESS", town),
            ". Side door, ramp is around back. Call ", c.phone(), " on arrival."]


# 51
@T("phi")
def t_pobox_bill(c, phi):
    p = c.pt()
    f = c.rel(p, c.ch(["POA", "guardian", "daughter", "son"]))
    c.tag("billing")
    return ["PFS asks: mail ", *c.nm(p, ["hon", "full"]), "'s statements to the ", f.rel, ", ", *c.nm(f, "full"), ", ",
            *c.addr("pobox"), ". Guarantor account ", c.har(), ". Invoice INV-", str(c.r.randint(20000, 29999)), " is a separate vendor thing, ignore."]


# 52
@T("phi")
def t_dup_chart(c, phi):
    p = c.pt()
    c.tag("records", "duplicate")
    age = c.r.randint(30, 89)
    return ["Possible duplicate chart for ", *c.nm(p, ["full", "inv"]), ": DOB ", c.dob(age), " vs ", c.dob(age), ", ", *c.mrn(), " and ",
            *c.mrn(), ". HIM merging — don't document on the second one until ", c.sn(c.staff()), " confirms."]


# 53
@T("phi")
def t_over90_list(c, phi):
    r = c.r
    c.tag("age-aggregate")
    out = ["We have ", str(r.randint(3, 8)), " patients 90+ on ", c.ch(["6 North", "5 North", "4 West"]), " today. The ones still without a dispo: "]
    k = r.randint(2, 3)
    for i in range(k):
        p = c.pt()
        out += [*c.nm(p, ["full", "last", "hon"]), " (", c.age90(False), ")"]
        out.append(", " if i < k - 1 else ".")
    out += [" ", c.sn(c.staff()), " is doing the SNF calls."]
    return out


# 54
@T("phi")
def t_nickname_family(c, phi):
    for _ in range(20):
        p = c.pt()
        if p.nick:
            break
    f = c.rel(p)
    c.tag("nickname")
    return ["Note for the team: ", *c.nm(p, "nick"), " only answers to the nickname, gets agitated otherwise. ", f.rel.capitalize(), " ",
            *c.nm(f, ["first", "full"]), " is the only one allowed to visit per the ", c.ch(["HCP", "guardian", "patient"]), "."]


# 55
@T("phi")
def t_to_exec_formal(c, phi):
    e = c.ex()
    p = c.pt()
    f = c.rel(p, familial=True)
    c.tag("escalation", "complaint", "multiline")
    return [e[3], " —\n\nAhead of your call with ", *c.nm(f, "full"), " at ", c.time(),
            ": ", f.his, " ", f.relword, " ", *c.nm(p, ["full", "mid"]), " (", c.unit(), ", admitted ", c.denc(),
            ") is medically ready but we have no accepting facility. Key points:\n• ", c.ch(SNFS), " declined (behaviors)\n• ",
            c.ch(PAYERS), " denied LTACH\n• Family is asking for a ", c.ch(["second opinion", "transfer to Boston", "meeting with the CEO"]),
            "\n\nHappy to join. — Dana"]


# 56
@T("phi")
def t_ltach_referral(c, phi):
    p = c.pt()
    c.tag("referral", "structured")
    return ["LTACH referral to ", c.ch(LTACH), " sent: ", *c.nm(p, ["inv", "full"]), ", DOB ", c.dob(), ", ", *c.mrn(), ", ", c.ch(DX),
            ", vent wean. Their intake fax is ", c.phone(evade=False), ". ", c.sn(c.staff()), " following."]


# 57
@T("phi")
def t_bot_reminder(c, phi):
    p = c.pt()
    f = c.rel(p)
    c.tag("delegation-bot")
    return [c.bot(), " remind me ", c.meet(), " to call ", *c.nm(f, ["full", "first"]), " back re ", *c.nm(p, ["hon", "last", "first"]),
            "'s ", c.ch(["grievance letter", "SNF list", "bill", "lost glasses"]), ". ", f.his.capitalize(), " number: ", c.phone()]


# 58
@T("phi")
def t_personal_bank(c, phi):
    p = c.pt()
    f = c.rel(p, c.ch(["POA", "daughter", "son"]))
    c.tag("financial")
    r = c.r
    return ["For the MassHealth LTC app we need 60 months of statements — ", f.rel, " ", *c.nm(f, "full"), " sent ", *c.nm(p, ["hon", "full"]),
            "'s checking acct ", S("ACCOUNT_NUMBER", "%d" % r.randint(10000000000, 99999999999)), " at ", c.ch(["Enterprise Bank", "Jeanne D'Arc CU", "Citizens", "Eastern Bank"]),
            " but not the savings. ", c.sn(c.staff()), " chasing."]


# 59
@T("phi")
def t_ssn_lastfour(c, phi):
    p = c.pt()
    c.tag("ssn-topic")
    return ["Front desk verified ", *c.nm(p, ["full", "hon"]), " by DOB (", c.dob(), ") and last 4 of SSN (", "%04d" % c.r.randint(0, 9999),
            ") — that's fine, full SSN is not needed for the PX callback."]


# 60
@T("phi")
def t_multi_contact_list(c, phi):
    p = c.pt()
    c.tag("multiline", "contacts")
    out = ["Contacts for ", *c.nm(p, ["full", "inv2"]), " (", c.room(), "):\n"]
    for k in ["HCP", "daughter", "son", "neighbor"][:c.r.randint(2, 4)]:
        f = c.rel(p, k)
        out += ["• ", k, ": ", *c.nm(f, "full"), " ", c.phone(), "\n"]
    out.append("Please update Epic, the whiteboard has the old ones.")
    return out


# 61
@T("phi")
def t_home_safety(c, phi):
    p = c.pt()
    c.tag("home-safety")
    return ["VNA did the home safety eval at ", *c.addr(), " for ", *c.nm(p, ["hon", "full"]), " — hoarding, no working heat. APS report filed by ",
            c.sn(c.staff()), ". Pt may need to stay until ", c.ch(WDL[:5]), "."]


# 62
@T("phi")
def t_ama(c, phi):
    p = c.pt()
    c.tag("ama")
    return [c.ch(["AMA alert: ", "Heads up, AMA risk: "]), *c.nm(p), " in ", c.room(), " says ", p.he, "'s leaving tonight, ", p.his,
            " ride is parked out front (plate ", c.plate(), "). ", c.doc(), " talking to ", p.him, " now; security aware."]


# 63
@T("phi")
def t_ssi_app(c, phi):
    p = c.pt()
    c.tag("financial", "disability")
    lab = c.ch(["SSN ", "SS# ", "social ", "SSN: "])
    return [c.ch(["SSI/SSDI app for ", "Disability application started for ", "Elder Services intake for "]), *c.nm(p, ["full", "inv2", "mid"]),
            " — ", lab, c.ssn(), ", DOB ", c.dob(), ". ", c.sn(c.staff()), " submitting through the portal ", c.ch(["today", "tomorrow", "before Friday"]),
            "; ", p.he, " has no income since ", c.ch(["the spring", "last year", "the stroke"]), "."]


# 64
@T("phi")
def t_workcomp(c, phi):
    s = c.staff()
    c.tag("employee-health", "financial")
    return ["Workers' comp form for ", S("NAME", "%s %s" % (s[0], s[1])), " (our ", s[2].split(",")[0], ") needs SSN ", c.ssn(),
            " and injury date ", c.denc(c.past(1, 12)), ". HR has the rest — please send only through the secure form, not here."]


# 65
@T("phi")
def t_room_dates(c, phi):
    r = c.r
    c.tag("avoidable-days", "multiline")
    out = [c.ch(["Avoidable days, ", "Long-stay review for "]), c.ch(["5 North", "6 North", "4 West"]), ":\n"]
    for _ in range(r.randint(2, 3)):
        d1 = c.past(12, 40)
        d2 = d1 + datetime.timedelta(days=r.randint(3, 9))
        out += ["- ", c.room(), ": admitted ", c.denc(d1), ", medically ready since ", c.denc(d2), ", barrier: ",
                c.ch(["no payer", "SNF declines", "guardianship", "family choice", "trach"]), "\n"]
    out.append(c.ch(["Total is up vs last month.", "Bringing to the Thursday huddle.", "Will brief Lorraine."]))
    return out


# ---------------- clean-only templates ----------------
@T("clean")
def c_room_handoff(c, phi):
    s1, s2 = c.staff(), c.staff()
    c.tag("handoff", "multiline")
    out = [c.ch(["Weekend CM handoff — ", "Handoff for ", "Sat/Sun coverage, "]), c.ch(["4 West", "5 North", "6 North"]), " (", s1[0], " → ", s2[0], ")\n"]
    for i in range(c.r.randint(2, 4)):
        out += ["%d. " % (i + 1), c.room(), " — ", c.ch(["SNF bed pending, transport on standby", "awaiting auth", "home w/ VNA once O2 delivered",
                                                      "no dispo, guardianship pending", "family meeting Monday", "LTACH screen"]), "\n"]
    out.append(c.ch(["Pager ", "Call me at "]))
    out.append(c.ext())
    out.append(" if anything blows up.")
    return out


@T("clean")
def c_vm_noname(c, phi):
    c.tag("voicemail")
    return ["VM at ", c.time(), " from a ", c.ch(["daughter", "son", "wife", "neighbor"]), " who didn't leave a name or number, asking why ", c.ch(["her mom", "his dad", "her husband"]),
            " was moved off ", c.ch(["5N", "6N", "4W"]), ". Operator can't trace it. If they call back, please transfer to ", c.ext(), "."]


@T("clean")
def c_fwd_risk(c, phi):
    e = ("Jill", "Sorensen", "VP Risk", "Jill")
    c.tag("forwarded", "multiline", "exec-name")
    return ["Fwd from ", c.ch(["Jill (Risk)", "Jill Sorensen", "Risk Management"]), ":\n> Please don't name patients or families in grievance summaries going to the board. Use PX case numbers. ",
            "Quality Committee packet is due ", c.meet(), ".\n", c.ch(["Noted, will scrub the deck.", "👍 on it", "Will fix the template."])]


@T("clean")
def c_readmit_facility(c, phi):
    c.tag("readmission", "metrics")
    s = c.ch(SNFS)
    return [str(c.r.randint(2, 5)), " readmits from ", s, " this month (", c.room(), ", ", c.room(), "). ", c.exm(c.ex(), "call"),
            " wants a call with their DON ", c.meet(), ". ", c.sn(c.staff()), " set it up."]


@T("clean")
def c_records_process(c, phi):
    c.tag("records", "ext")
    return ["Reminder: family records requests go to HIM release-of-information (", c.ext(), "), not to us. ",
            "Proxy/portal access questions → IT service desk ", c.ext(), ". We only log the PX case."]


@T("clean")
def c_board_tour(c, phi):
    b = c.ch(BOARD)
    c.tag("board", "exec-name")
    return [b[0], " ", b[1], " is touring ", c.ch(["6 North", "the new family lounge", "the ED"]), " with ", c.exm(c.ex(), "call"), " ", c.meet(),
            ". Please make sure the whiteboards have room numbers only, no patient names."]


@T("clean")
def c_back_from_pto(c, phi):
    s = c.staff()
    c.tag("staffing")
    return [c.sn(s, c.ch(["first", "full", "mention"])), " is back from PTO ", c.ch(["Monday", "tomorrow", "next week"]), " — ",
            c.ch(["welcome back!", "send the 5N escalations her way again.", "her caseload goes back to normal."]), " ", c.sn(c.staff()), " thanks for covering."]


@T("clean")
def c_device_process(c, phi):
    c.tag("lost-belongings", "asset-tag")
    return ["Biomed says lost hearing aids/CPAPs now go to the Security lost & found bin, not Biomed. Stretcher asset tag ",
            str(c.r.randint(100000, 999999)), " is the one with the broken rail — ", c.inc(), "."]


@T("clean")
def c_call_list_rooms(c, phi):
    c.tag("follow-up", "multiline")
    out = [c.ch(["*Post-discharge calls*", "post d/c calls — today", "Callbacks needed:"]), "\n"]
    for _ in range(c.r.randint(2, 4)):
        out += ["- ", c.ch(["5N", "6N", "4W", "SDU"]), " d/c from ", c.ch(["yesterday", "Friday", "the weekend", "Monday"]), " — ",
                c.ch(["number in Epic", "family prefers text, see FYI flag", "needs interpreter", "no answer x2"]), "\n"]
    out.append("Script: intranet > PX > Calls. Log outcomes in the tracker.")
    return out



@T("clean")
def c_huddle(c, phi):
    site, addr = c.site()
    return [c.ch(["Moving the Thursday huddle to ", "Reminder — CM/SW huddle is ", "Huddle moved: "]), c.meet(), ", ",
            c.ch(["4W conference room", "Riverside Room 2B", "Teams only"]), " (", site, ", ", addr, "). ",
            c.sn(c.staff()), " will bring the avoidable-days report."]


@T("clean")
def c_policy(c, phi):
    c.tag("policy")
    d = c.future(5, 40)
    return ["New discharge-transport policy is effective %d/%d: cab vouchers only after 8pm, PO required over $150. " % (d.month, d.day),
            "Questions to ", c.sn(("Paul", "Gendron", "")), " ", c.ext(), " or me."]


@T("clean")
def c_budget(c, phi):
    r = c.r
    c.tag("money")
    return [c.exm(c.ex(), "call"), " wants the FY2027 transport budget by ", c.ch(WDL[:5]), ". Q3 spend was $", "{:,}".format(r.randint(80000, 190000)),
            ", up ", str(r.randint(4, 22)), "% vs Q2, mostly ", c.ch(TRANSPORT), " after-hours runs. I'll put it in the deck."]


@T("clean")
def c_tickets(c, phi):
    c.tag("ticket")
    return ["Status: ", c.inc(), " (whiteboards down on ", c.ch(UNIT_CODES), ") — resolved. DEL-", str(c.r.randint(1000, 1999)),
            " (bot can't post to ", R("<#C04PXESC|px-escalations>"), ") — still open. ", c.inc(), " — printer on 6N, nobody cares lol"]


@T("clean")
def c_bot_version(c, phi):
    r = c.r
    c.tag("version", "delegation-bot")
    return [c.bot(), " got updated to v", "%d.%d.%d" % (r.randint(2, 12), r.randint(0, 9), r.randint(0, 20)), " (build ", "%d.%d.%d.%d" % (2025, r.randint(1, 12), r.randint(0, 3), r.randint(1, 9)),
            "). If it starts summarizing threads weird, tell ", c.sn(c.staff()), "."]


@T("clean")
def c_npi(c, phi):
    c.tag("npi")
    return ["For the ", c.ch(SNFS), " paperwork they need the attending's NPI: Dr. ", c.ch(DOCS), " is ", str(1000000000 + c.r.randint(0, 899999999)),
            ". Taxonomy is internal med hospitalist."]


@T("clean")
def c_codes(c, phi):
    c.tag("cpt", "icd")
    return ["Denials trending this month on ", c.ch(["99223", "99233", "99238", "99239"]), " and dx ", c.ch(["I50.9", "J44.1", "N39.0", "A41.9", "F03.90"]),
            " — ", c.exm(c.ex(), "call"), " wants CM + UR to review ", c.meet(), "."]


@T("clean")
def c_hipaa(c, phi):
    c.tag("hipaa", "ssn-topic", "mrn-topic")
    return [c.ch(["Reminder from Privacy: ", "*Reminder:* ", "PSA: "]), "no SSNs, MRNs or DOBs in Slack, even in DMs. Use the 10-digit MRN only inside Epic. ",
            "The bot will start redacting ", c.ch(["next week", "Monday", "after the Q3 audit"]), "."]


@T("clean")
def c_age_agg(c, phi):
    r = c.r
    c.tag("age-aggregate")
    return [str(r.randint(3, 9)), " pts over 90 on ", c.ch(["5N", "6N", "4W"]), " this week, ", str(r.randint(2, 3)),
            " of them waiting on SNF. Avoidable days for the 90+ group: ", str(r.randint(20, 80)), ". Bringing to ", c.exm(c.ex(), "call"), "."]


@T("clean")
def c_ext_dir(c, phi):
    c.tag("ext", "multiline")
    depts = ["Patient Relations", "Case Mgmt front desk", "SW on-call", "Interpreter services", "Decedent Affairs",
             "Transport desk", "PFS / billing", "Security dispatch", "UR", "HIM release of info"]
    c.r.shuffle(depts)
    head = c.ch(["Who to call:", "*Extensions for the new hires*", "Numbers for the family-facing desks (internal only):",
                 "pinning this again since people keep asking —"])
    b = c.ch(["• ", "- ", "  "])
    out = [head]
    for d in depts[:c.r.randint(3, 6)]:
        out += ["\n", b, d, " ", c.ext()]
        if c.p(0.2):
            out.append(c.ch([" (pager after 5)", " (M–F only)", " — ask for the charge"]))
    return out


@T("clean")
def c_exec_asks(c, phi):
    e1, e2 = c.ex(), c.ex()
    return [e1[0], " wants the escalations deck by ", c.ch(WDL[:5]), ". ", e2[0], " and I will present ", c.meet(), ". ",
            c.sn(c.staff()), " can you pull the grievance turnaround numbers?"]


@T("clean")
def c_board(c, phi):
    b = c.ch(BOARD)
    c.tag("exec-name", "board")
    return [b[0], " ", b[1], " (", b[2], ") asked about our HCAHPS communication scores; it's on the agenda for ", c.meet(),
            ". ", c.exm(c.ex(), "call"), " wants a one-pager; I'll draft, ", c.sn(c.staff()), " please check the numbers."]


@T("clean")
def c_donor(c, phi):
    c.tag("donor", "money")
    return ["The ", c.ch(FOUNDATIONS), " gift ($", c.ch(["25,000", "40,000", "12,500"]), ") for the 6N family lounge is approved. Ribbon cutting ",
            c.meet(), ", ", c.exm(c.ex(), "call"), " speaking."]


@T("clean")
def c_vendor_contract(c, phi):
    c.tag("po", "vendor")
    v = c.ch(TRANSPORT)
    return [v, " contract renewal: invoice INV-", str(c.r.randint(20000, 29999)), ", PO ", c.po(), ". On-time pickup was ", str(c.r.randint(71, 96)),
            "% last quarter. ", c.exm(c.ex(), "call"), " wants to rebid."]


@T("clean")
def c_coverage(c, phi):
    s1, s2, s3 = c.staff(), c.staff(), c.staff()
    c.tag("staffing")
    return [c.sn(s1, "first"), " out Fri, ", c.sn(s2), " covering ", c.ch(["5N", "4W", "6N"]), ". ", c.sn(s3), " on call for SW this weekend",
            c.ch([" — pager ", " — ", " "]), c.ext(), "."]


@T("clean")
def c_site_hours(c, phi):
    site, addr = c.site()
    c.tag("zip-like")
    return ["FYI the ", site, " (", addr, ") closes at ", c.ch(["3pm", "noon", "5pm"]), " on ", c.ch(["the 4th", "Friday", "Christmas Eve"]),
            ". Reschedule any family meetings there to the Riverside campus."]


@T("clean")
def c_survey_batch(c, phi):
    c.tag("zip-like", "survey")
    r = c.r
    return ["Press Ganey batch ", "%05d" % r.randint(1000, 3999), " loaded — ", str(r.randint(180, 420)), " returns, top-box on 'staff explained things' is ",
            str(r.randint(60, 85)), "%. Down ", str(r.randint(1, 6)), " pts on 5N."]


@T("clean")
def c_last4(c, phi):
    c.tag("money")
    return ["The p-card ending ", "%04d" % c.r.randint(0, 9999), " got declined again for cab vouchers (exp ", c.exp(), "). ",
            c.exm(c.ex(), "call"), "'s office says the limit resets on the 1st."]


@T("clean")
def c_training(c, phi):
    c.tag("training")
    return ["CEU session for LICSWs and CCMs: ", c.meet(), ", ", c.ch(["Riverside auditorium", "Teams", "Andover Room 1"]), ". Topic: ",
            c.ch(["MassHealth LTC eligibility", "guardianship basics", "de-escalation with families", "NOMNC/appeals"]), ". Sign-up on the intranet."]


@T("clean")
def c_los(c, phi):
    r = c.r
    c.tag("metrics")
    return ["LOS for SNF-bound pts is ", "%.1f" % (r.randint(55, 95) / 10), " days vs ", "%.1f" % (r.randint(35, 55) / 10),
            " overall. Avoidable days ", str(r.randint(150, 400)), " in Q", str(r.randint(1, 4)), ". Top reason: ", c.ch(["no payer source", "SNF behaviors declines", "guardianship", "family choice delays"]), "."]


@T("clean")
def c_anon_update(c, phi):
    c.tag("age-low")
    return [c.ch(["The ", "Our "]), str(c.r.randint(60, 89)), "-year-old in ", c.room(), " wants to leave AMA; SW aware, ", c.doc(),
            " at bedside. No family reachable yet. ", c.sn(c.staff()), " has it."]


@T("clean")
def c_links(c, phi):
    c.tag("url-benign", "slack-markup")
    return ["Escalation form is here: <https://intranet.mvrmc.org/px/escalation-form|escalation form>. Zoom for ", c.meet(),
            ": https://zoom.us/j/", str(c.r.randint(90000000000, 99999999999)), " (passcode in the invite)."]


@T("clean")
def c_themes(c, phi):
    r = c.r
    c.tag("complaint", "metrics")
    return ["Complaint themes this week: ", str(r.randint(2, 6)), " parking, ", str(r.randint(1, 5)), " food, ", str(r.randint(1, 4)),
            " discharge communication, ", str(r.randint(0, 3)), " lost belongings. Nothing rising to ", c.exm(c.ex(), "call"), "."]


@T("clean")
def c_90day(c, phi):
    c.tag("metrics", "age-aggregate")
    return ["90-day readmit rate for SNF discharges is ", "%.1f" % (c.r.randint(120, 220) / 10), "%. ", c.exm(c.ex(), "call"),
            " wants it split by facility before the ", c.meet(), " QI meeting."]


@T("clean")
def c_transport_perf(c, phi):
    v = c.ch(TRANSPORT)
    c.tag("transport", "vendor")
    return [v, " was ", str(c.r.randint(40, 180)), " min late on ", str(c.r.randint(2, 7)), " runs yesterday. ", c.sn(("Paul", "Gendron", "")),
            " is meeting their ops manager ", c.meet(), ". Dispatch line is their main number, ", c.ext(), " internally for Paul."]


@T("clean")
def c_bot_tasks(c, phi):
    c.tag("delegation-bot", "ticket", "multiline")
    out = [c.bot(), " open tasks for me:\n"]
    for _ in range(c.r.randint(2, 4)):
        out += ["• DEL-", str(c.r.randint(1000, 1999)), " ", c.ch(["grievance letters batch", "deck for ", "SNF scorecard", "huddle notes", "interpreter audit"])]
        if out[-1] == "deck for ":
            out.append(c.exm(c.ex(), "call"))
        out.append("\n")
    out.append("skip anything with patient names, I'll do those myself")
    return out


@T("clean")
def c_bed_market(c, phi):
    c.tag("placement")
    s1, s2 = c.r.sample(SNFS, 2)
    return ["SNF bed check ", c.ch(WDL[:5]), ": ", s1, " 2 female LTC, ", s2, " 1 rehab bed (no bariatric). ",
            c.ch(LTACH), " taking vents again. ", c.sn(c.staff()), " updated the shared sheet."]


@T("clean")
def c_kudos(c, phi):
    s = c.staff()
    c.tag("kudos")
    return [c.ch([":tada: ", "Shout-out: ", "Kudos — "]), c.sn(s, "full"), " got a handwritten card from a family on ", c.ch(["5N", "6N", "4W"]),
            " thanking her for \"making the worst week bearable.\" Forwarding to ", c.exm(c.ex(), "call"), " for the newsletter (no names)."]


@T("clean")
def c_room_list(c, phi):
    c.tag("discharge", "multiline")
    out = ["Pending d/c ", c.ch(["tomorrow", "today", "this weekend"]), ":\n"]
    for _ in range(c.r.randint(2, 4)):
        out += ["- ", c.room(), ": ", c.ch(["SNF", "home w/ VNA", "home, no services", "LTACH", "rehab"]), ", ",
                c.ch(["transport booked", "family driving", "waiting on auth", "needs O2 eval"]), "\n"]
    out.append("Updated on the whiteboard.")
    return out


@T("clean")
def c_state_topics(c, phi):
    c.tag("regulatory")
    return ["DPH survey window opens ", c.ch(["in Q3", "next month", "after July 4th"]), ". ", c.exm(c.ex(), "call"),
            " wants grievance files audited — 100% need the 7-day letter. NH patients follow the same process (no separate NH form)."]


@T("clean")
def c_interp_stats(c, phi):
    c.tag("metrics", "interpreter")
    return [c.sn(("Tatiana", "Morozova", ""), "full"), " says ", c.ch(LANGS), " requests are up ", str(c.r.randint(10, 40)),
            "% this quarter. Video interpreter carts on 5N and 6N; the 4W one is at Biomed (asset tag ", str(c.r.randint(100000, 999999)), ")."]


# ---------------------------------------------------------------------------
# assembly and verification
# ---------------------------------------------------------------------------
def mutate_word(r, w):
    k = r.randint(0, 3)
    i = r.randint(1, len(w) - 3)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    adj = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "s": "d", "t": "r", "r": "e", "l": "k", "d": "f", "h": "g", "u": "y", "c": "v", "m": "n"}
    ch = w[i].lower()
    return w[:i] + adj.get(ch, ch) + w[i + 1:]


WORD_RE = re.compile(r"[A-Za-z]+")


def assemble(c, pieces):
    r = c.r
    lower = c.lower or c.force_lower
    items = []
    for p in pieces:
        if isinstance(p, str):
            items.append(["P", p.lower() if lower else p, None])
        elif p[0] == "R":
            items.append(["R", p[1], None])
        else:
            v = p[2]
            if lower and p[1] in LOWERABLE:
                v = v.lower()
            items.append(["S", v, p[1]])
    typo_done = False
    if c.typo:
        cands = []
        for idx, it in enumerate(items):
            if it[0] != "P":
                continue
            for m in WORD_RE.finditer(it[1]):
                if m.group(0).lower() in TYPO_WORDS:
                    cands.append((idx, m.start(), m.end()))
        if cands:
            idx, a, b = r.choice(cands)
            s = items[idx][1]
            items[idx][1] = s[:a] + mutate_word(r, s[a:b]) + s[b:]
            typo_done = True
    for a, b in zip(items, items[1:]):
        if a[0] != "S" and b[0] == "P" and a[1].endswith(".") and b[1].startswith("."):
            b[1] = b[1][1:]
    text = ""
    spans = []
    for kind, v, t in items:
        if kind == "S":
            spans.append((t, v, len(text)))
        text += v
    changed_lower = lower and any(it[0] == "P" and it[1] != it[1].upper() for it in items)
    return text, spans, typo_done, lower


def verify(text, spans):
    b = text.encode("utf-8")
    pos = 0
    ranges = []
    for t, v, cs in spans:
        if not v or v != v.strip():
            return False
        bs = len(text[:cs].encode("utf-8"))
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i != bs:
            return False
        pos = i + len(vb)
        ranges.append((cs, cs + len(v)))
    # spans must not overlap / must be ordered
    for (a1, b1), (a2, b2) in zip(ranges, ranges[1:]):
        if a2 < b1:
            return False
    # no labelled value may also appear unlabelled elsewhere (whole-word)
    for t, v, cs in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b2 for a, b2 in ranges):
                return False
    return True


def form_tags(text, typo_done, lower):
    tg = []
    if "\n" in text:
        tg.append("multiline")
    if re.search(r"<[@#!]|<https?:|<mailto:|<tel:|(^|\s)\*[^*\s]", text):
        tg.append("slack-markup")
    if re.search(r"[\U0001F300-\U0001FAFF]|:[a-z_]+:", text):
        tg.append("emoji")
    if re.search(r"[\uff01-\uff5e]", text):
        tg.append("fullwidth")
    if "\u200b" in text:
        tg.append("zero-width")
    if lower:
        tg.append("lowercase")
    if typo_done:
        tg.append("typo")
    return tg


def main():
    rng = random.Random(SEED)
    # staff / exec / bot Slack IDs
    global SLACK_IDS, BOT_ID
    SLACK_IDS = {}
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    for who in STAFF + [DIRECTOR] + EXECS + [("Tatiana", "Morozova", ""), ("Paul", "Gendron", ""), ("Jill", "Sorensen", "")]:
        key = who[0] + " " + who[1]
        if key not in SLACK_IDS:
            SLACK_IDS[key] = "U0" + "".join(rng.choice(alnum) for _ in range(8))
    BOT_ID = "U07DLGB0T4"

    # sanity: patient pools disjoint from staff/exec/board/vendor/doctor names
    other = []
    for x in STAFF + [DIRECTOR] + EXECS + BOARD + VENDOR_PEOPLE:
        other += [x[0], x[1]]
    other += DOCS
    pat = F_FIRST + M_FIRST + LAST + list(NICK.values())
    clash = [n for n in pat if n in other]
    assert not clash, clash

    flags = [True] * N_PHI + [False] * (N_TOTAL - N_PHI)
    rng.shuffle(flags)

    def schedule(pool, n):
        out = []
        while len(out) < n:
            block = list(pool)
            rng.shuffle(block)
            out += block
        return out[:n]

    phi_sched = schedule(PHI_T, N_PHI)
    clean_sched = schedule(CLEAN_T, N_TOTAL - N_PHI)
    seen = set()
    lines = []
    pi = ci = 0
    for i, phi in enumerate(flags):
        if phi:
            tmpl = phi_sched[pi]; pi += 1
        else:
            tmpl = clean_sched[ci]; ci += 1
        for attempt in range(400):
            if attempt and attempt % 40 == 0:
                tmpl = rng.choice(PHI_T if phi else CLEAN_T)
            c = Ctx(rng)
            pieces = tmpl(c, phi)
            if rng.random() < 0.06 and not pieces[-1] in EMOJI and isinstance(pieces[-1], str):
                pieces = pieces + [rng.choice(EMOJI)]
            text, spans, typo_done, lower = assemble(c, pieces)
            if phi and not spans:
                continue
            if not phi and spans:
                raise RuntimeError("clean template %s produced spans" % tmpl.__name__)
            if not verify(text, spans):
                continue
            if text in seen:
                continue
            break
        else:
            raise RuntimeError("could not generate message %d from %s" % (i, tmpl.__name__))
        seen.add(text)
        tags = ["phi" if spans else "clean"]
        for t, v, cs in spans:
            tg = TYPE_TAG[t]
            if tg not in tags:
                tags.append(tg)
        if any(t in STRUCTURED for t, v, cs in spans) and "structured" not in tags:
            tags.append("structured")
        for tg in c.tags + form_tags(text, typo_done, lower):
            if tg not in tags:
                tags.append(tg)
        if not spans:
            # tags implying PHI content do not belong on clean lines
            tags = [t for t in tags if t not in ("evasion",)]
        item = {"id": "hn%04d" % (i + 1), "text": text,
                "spans": [{"type": t, "value": v} for t, v, cs in spans], "tags": tags}
        lines.append(json.dumps(item, ensure_ascii=False))
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


SLACK_IDS = {}
BOT_ID = ""

if __name__ == "__main__":
    main()
