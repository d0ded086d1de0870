#!/usr/bin/env python3
"""Generate labelled operational hospital-chat messages (persona: unit/clinic operations)
for evaluating a PHI guard.  Standard library only, fixed seed, deterministic.

Output: /work/corpora/out/generated_hk.jsonl in the raw checker format
{"id":"hk0001","text":"...","spans":[{"type":"NAME","value":"..."}],"tags":[...]}

Messages are built from parts: plain strings (subject to lower-casing/typos), Raw strings
(Slack markup, never transformed) and S spans (labelled values).  Each rendered message is
checked so that the checker's left-to-right search lands on exactly the intended offsets;
otherwise it is re-sampled.
"""
import json, random, re, unicodedata

SEED = 4127
R = random.Random(SEED)
OUT = "/work/corpora/out/generated_hk.jsonl"
N_TOTAL = 700
N_CLEAN = 315          # 45 %

# ----------------------------------------------------------------------------- parts
class S:
    __slots__ = ("t", "v")
    def __init__(self, t, v):
        self.t, self.v = t, v

class Raw(str):
    pass

def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, (list, tuple)):
            out.extend(flat(p))
        elif p is None or p == "":
            continue
        else:
            out.append(p)
    return out

# ----------------------------------------------------------------------------- name pools
GIVEN = """
Rose Hope Faith Grace Joy Amber April May June Summer Dawn Ivy Iris Hazel Daisy Lily Violet
Ruby Pearl Opal Holly Heather Willow Autumn Sky River Hunter Mason Bill Bob Frank Mark Will
Rusty Sunny Sandy Chase Destiny Harmony Honor Patience Mercy Victor Earnest Wade Reed Cliff
Dale Glen Forest Rocky Buck Jack Pat Art Gene Guy Skip Sterling Precious Journey
James Mary Robert Patricia John Jennifer Michael Linda William Elizabeth David Barbara Richard
Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty
Anthony Margaret Donald Sandra Steven Ashley Paul Kimberly Andrew Emily Joshua Donna Kenneth
Michelle Kevin Carol Brian Amanda George Dorothy Timothy Melissa Ronald Deborah Edward
Stephanie Jason Rebecca Jeffrey Sharon Ryan Laura Jacob Cynthia Gary Kathleen Nicholas Helen
Eric Shirley Jonathan Angela Larry Brenda Scott Pamela Gregory Nicole Walter Eleanor Harold
Mildred Earl Gladys Herbert Edna Leroy Agnes Clarence Bernice Wilbur Myrtle Wendell Doris
José María Juan Guadalupe Luis Carmen Jesús Rosa Miguel Ana Alejandro Lucía Javier Sofía
Carlos Valentina Héctor Ximena Raúl Marisol Andrés Inés Joaquín Dolores Ramón Beatriz Rocío
Iñaki Nuria Esperanza Consuelo Francisco Teodoro
João Conceição Thiago Gonçalo Leonor Fernanda
Renée Zoë Chloé Hélène Étienne Gaël Noémie Benoît Amélie Françoise Jérôme Cécile Loïc Thérèse
Jürgen Günther Søren Åsa Björn Ingrid Sigrid Lars Astrid Katrin Dagmar Lukas
Łukasz Małgorzata Wojciech Agnieszka Krzysztof Zofia Dragan Milica Vesna Nikola Oksana Dmitri
Svetlana Yuri Natasha Bohdan Tereza Jiří Věra
Giuseppe Francesca Giovanni Chiara Salvatore Rosalia Nikos Eleni Dimitrios Athena Stavros
Konstantina
Siobhan Niamh Aoife Ciarán Seamus Padraig Saoirse Eoin Declan Fionnuala Mairead Callum Ailsa
Mohammed Fatima Ahmed Aisha Omar Layla Yusuf Mariam Hassan Noor Khalid Zainab Tariq Huda
Ibrahim Samira Rania
Mehmet Ayşe Emre Zeynep Dariush Shirin Reza Parisa Cyrus
Priya Rahul Anjali Vikram Sunita Arjun Deepa Sanjay Lakshmi Rajesh Meera Harpreet Gurpreet
Sunil Kavya Imran Nasreen Farhan Shreya Venkatesh
Wei Mei Jian Xiaoling Hui Yong Hiroshi Yuki Kenji Akiko Haruto Sakura Takeshi Emiko Min-jun
Ji-woo Seo-yeon Hyun-woo Soo-ah Dong-hyun
Thanh Linh Minh Huong Tuan Lan Rodrigo Maricel Jocelyn Rosario Ligaya Somchai Malee Narong
Chidi Ngozi Oluwaseun Adaeze Kwame Ama Kofi Abena Tendai Thandiwe Sipho Nomvula Abebe Tigist
Amara Fatou Mamadou Aminata Chinonso Emeka Yaw Akosua
Jean-Baptiste Marie-Claire Wilner Fabiola Ketly Rood Jean-Luc Anne-Marie Mary-Kate Jo-Ann
Billy-Ray Avi Yael Moshe Shira Eitan Tova Aiyana Dakota Cheyenne Koa Leilani Keanu Malia
""".split()

SUR = """
Baker Cook Smith Miller Bush Green Brown White Young King Bell Hall Wood Stone Rice Fox Hill
Rivers Banks Price Church Little Strong Swift Wolf Snow Frost Day Knight Lamb Payne Moody
Hardy Sharp Best Love Mann Cash Gold Silver Bishop Booker Carter Fisher Hunter Mason Porter
Shepherd Walker Weaver Gardner Brooks Lane Field Marsh Ford Bridges Waters Bond Noble Rich
Savage Winter Summers Castle Pope Sparrow Crane Nurse Short Long Black Gray Boone Page Sweet
Johnson Williams Jones Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson
Harris Clark Lewis Robinson Allen Wright Scott Adams Nelson Mitchell Roberts Turner Phillips
Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Morgan Cooper Peterson Ward
Cox Howard Brannigan Whitfield Pemberton Ashworth Thornton Hargrove Kimball Dunleavy
Fairbanks Tarbox Pickering Winslow Haskell Lowell
O'Connor O'Brien McCarthy Murphy Kelly Sullivan Fitzgerald MacLeod McAllister Gallagher
Donnelly Keane Byrne Flanagan Doherty MacKenzie
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera
Gómez Díaz Morales Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Castillo Jiménez Vásquez Mendoza
Núñez Ibáñez Peña Santos Figueroa Espinoza Ocasio Quiñones García-López
Gonçalves Medeiros Furtado Pacheco Sousa Amaral Raposo Cabral
Lefèvre Thibodeau Bélanger Gagnon Côté Boucher Dubois Lavoie Tremblay Fournier Desrosiers
Ouellette Mercier
Müller Schröder Weiß Becker Hoffmann Krause Janssen Lindqvist Sørensen Håkansson Nyström
Johansson Eriksen Björklund
Kowalski Wiśniewska Nowak Wójcik Lewandowski Zieliński Petrović Jovanović Novák Dvořák
Kovalenko Shevchenko Ivanova Popescu Horváth Nagy Szabó
Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Papadopoulos Georgiou Konstantinidis
Alexiou
Haddad Khoury Nasser Al-Sayed Abdullah Rahman Hussein Mansour El-Amin Yılmaz Öztürk Demir
Şahin Çelik Tehrani Hosseini Karimi Farahani
Patel Shah Singh Kaur Gupta Sharma Reddy Iyer Nair Menon Chatterjee Banerjee Desai Mehta
Krishnan Subramanian Chaudhry Qureshi Siddiqui Khan
Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Kim Lee Park Choi Jung Kang Cho Yoon Wang Li
Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Tanaka Suzuki Takahashi Watanabe Yamamoto
Nakamura Kobayashi Sato Ito
Reyes Cruz Bautista Villanueva Macapagal
Okafor Adeyemi Okonkwo Mensah Asante Boateng Nwosu Eze Abara Dlamini Ndlovu Mutasa Kamara
Diallo Traoré Touré Tesfaye Bekele Haile Osei Owusu
Pierre-Louis Desir Toussaint Etienne Baptiste
Cohen Levi Friedman Goldberg Rosenthal Ben-David Katz Shapiro
Smith-Jones Carter-Haynes Nakamura-Reid Okafor-Wells Murphy-Ortiz Lindqvist-Shah
""".split() + ["de la Cruz", "de León", "del Valle", "van der Berg", "van Dijk", "de Vries",
               "De Luca", "bin Rashid", "Ó Súilleabháin", "Dela Rosa", "Nguyen Thi", "da Silva",
               "St. Pierre", "Van Buren", "dos Santos"]

NICK = {"Robert": "Bobby", "William": "Billy", "Margaret": "Peggy", "Elizabeth": "Betsy",
        "Richard": "Rick", "Joseph": "Joey", "Francesca": "Frankie", "Alejandro": "Alex",
        "Guadalupe": "Lupe", "Dolores": "Lola", "Oluwaseun": "Seun", "Konstantina": "Dina",
        "Giuseppe": "Pino", "Jesús": "Chuy", "Xiaoling": "Lynn", "Dimitrios": "Jimmy",
        "Mohammed": "Mo", "Jennifer": "Jenny", "Patricia": "Trish", "Christopher": "Kit",
        "Anthony": "Tony", "Deborah": "Deb", "Timothy": "Timmy", "Rebecca": "Becky",
        "Nicholas": "Nico", "Kenneth": "Kenny", "Salvatore": "Sal", "Consuelo": "Chelo",
        "Francisco": "Paco", "Dorothy": "Dot", "Mildred": "Millie", "Eleanor": "Nell",
        "Wilbur": "Web", "Herbert": "Herbie", "Kathleen": "Kit", "Gregory": "Greg",
        "Bernice": "Bunny", "Teodoro": "Teo", "Harold": "Hal", "Clarence": "Clancy",
        "Svetlana": "Sveta", "Dmitri": "Dima", "Ibrahim": "Ibo", "Venkatesh": "Venky",
        "Chinonso": "Nonso", "Leonor": "Nora", "Padraig": "Paddy", "Fionnuala": "Nuala"}

assert len(set(GIVEN)) >= 300, len(set(GIVEN))
assert len(set(SUR)) >= 300, len(set(SUR))

# ----------------------------------------------------------------------------- vocab
UNITS = ["4W", "4 West", "5E", "6W", "6 East", "7N", "3S", "MICU", "SICU", "PCU", "tele",
         "ortho", "onc", "L&D", "peds", "ED obs", "CDU", "rehab", "the infusion center",
         "wound clinic", "pre-op", "PACU", "8 Tower", "Bldg C 2nd fl"]
ROLES = ["RN", "charge", "CNA", "PCA", "unit clerk", "CM", "SW", "PT", "OT", "RT",
         "pharm tech", "transport", "EVS", "IV team", "WOC RN", "house sup", "NP", "PA",
         "scheduler", "dispatcher", "HH coordinator", "bed mgmt"]
DX = ["CHF exacerbation", "PNA", "UTI", "cellulitis", "hip fx", "COPD flare", "sepsis",
      "AKI", "GI bleed", "syncope", "DKA", "CVA", "afib w RVR", "SBO", "stage 3 sacral PI",
      "diabetic foot ulcer", "post-op TKA", "post-op lap chole", "pancreatitis", "AMS",
      "failure to thrive", "dehydration", "C diff", "fall w/ head strike", "venous stasis ulcer"]
MEDS = ["Remicade", "iron sucrose", "IVIG", "Entyvio", "Ocrevus", "zoledronic acid", "Reclast",
        "vanco", "ertapenem", "Rituxan", "Prolia", "Tysabri", "Venofer", "ceftriaxone", "Keytruda"]
VENDORS = ["Medline", "Apria", "Lincare", "Stryker", "Hill-Rom", "Cardinal", "Owens & Minor",
           "BD", "Baxter", "3M", "KCI", "Invacare", "Rotech", "AdaptHealth", "McKesson"]
SUPPLIES = ["4x4 gauze", "foley kits", "IV poles", "wound vac canisters", "bari commodes",
            "pulse ox probes", "chux", "sequential compression sleeves", "Mepilex 6x6",
            "trach kits", "suction canisters", "gait belts", "bed alarms", "tele boxes",
            "O2 tanks (E cyl)", "saline flushes", "sharps containers", "blood culture bottles"]
TOWNS = ["Dracut", "Methuen", "Lowell", "Haverhill", "Amesbury", "Andover", "Tewksbury",
         "Chelmsford", "Billerica", "Lawrence", "Peabody", "Lynn", "Beverly", "Danvers",
         "Gloucester", "Newburyport", "Nashua", "Pelham", "Salisbury", "Groveland", "Westford",
         "Wilmington", "Woburn", "Saugus", "Revere", "Malden", "Medford", "Somerville",
         "Everett", "Chelsea", "Quincy", "Brockton", "Fall River", "New Bedford", "Worcester",
         "Fitchburg", "Leominster", "Hudson", "Marlborough", "Framingham"]
STREETS = ["Birch", "Tarbox", "Pleasant", "Main", "Lakeview", "Mammoth", "Broadway", "Pine",
           "Bridge", "Varnum", "Hildreth", "Stevens", "Elm", "Maple", "Oak Ridge", "Salem",
           "Lowell", "Andover", "Chestnut", "Willow", "Pawtucket", "Mystic", "Highland",
           "Summer", "Winter", "School", "Church", "Prospect", "Wentworth", "Cedar Pond",
           "Old County", "Frost", "Hale", "Kenwood", "Greenleaf", "Pond", "Riverside"]
SUFF = ["St", "Street", "Rd", "Road", "Ave", "Ln", "Lane", "Dr", "Way", "Ct",
        "Circle", "Terr", "Pl", "Blvd"]
ZIPS = {"Dracut": "01826", "Methuen": "01844", "Lowell": "01852", "Haverhill": "01830",
        "Amesbury": "01913", "Andover": "01810", "Tewksbury": "01876", "Chelmsford": "01824",
        "Billerica": "01821", "Lawrence": "01841", "Peabody": "01960", "Lynn": "01902",
        "Beverly": "01915", "Danvers": "01923", "Gloucester": "01930", "Newburyport": "01950",
        "Nashua": "03060", "Pelham": "03076", "Salisbury": "01952", "Groveland": "01834",
        "Westford": "01886", "Wilmington": "01887", "Woburn": "01801", "Saugus": "01906",
        "Revere": "02151", "Malden": "02148", "Medford": "02155", "Somerville": "02143",
        "Everett": "02149", "Chelsea": "02150", "Quincy": "02169", "Brockton": "02301",
        "Fall River": "02720", "New Bedford": "02740", "Worcester": "01604",
        "Fitchburg": "01420", "Leominster": "01453", "Hudson": "01749",
        "Marlborough": "01752", "Framingham": "01702"}
FACILITY_ADDR = ["100 Hospital Dr, Lowell MA 01854", "1 Medical Center Pl", "250 Commerce Way, Woburn",
                 "75 Merrimack St, 3rd floor", "12 Cabot Rd, Danvers MA 01923",
                 "400 Osgood St, North Andover", "88 Summer St (Bldg B)", "2 Tower Ln, Suite 210",
                 "500 Main St, Haverhill MA 01830", "16 Industrial Ave E, Lowell"]
SITES = ["Salem", "Lowell", "Andover", "Danvers", "Haverhill", "Woburn", "Methuen", "Beverly"]
EMOJI = [":pray:", ":thumbsup:", ":rotating_light:", ":white_check_mark:", ":eyes:",
         ":ambulance:", ":wheelchair:", ":pill:", ":sweat_smile:", ":bed:", ":coffee:",
         "🙏", "👍", "🚨", "✅", "👀", "😬", "🙃", "☕", "🛏️", "🚑", "💊", "😅", "🤞", "🎉"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
SPELL = "zero one two three four five six seven eight nine".split()
TENS = {90: "ninety"}
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORGS = ["nvhealth", "mvgh", "northfieldgen", "stbrigids", "essexvalleyhc"]

def cap(x):
    return x[:1].upper() + x[1:]

def ch(seq):
    return R.choice(seq)

def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))

def up(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))

def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i").replace("ß", "ss")

def ordinal(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

# ----------------------------------------------------------------------------- context
class Person:
    def __init__(self, c):
        self.c = c
        self.first = c.given()
        self.last = c.sur()
        self.mi = ch("ABCDEFGHJKLMNPRSTW")
        self.hon = ch(["Mr.", "Mrs.", "Ms.", "Mr", "Ms", "Mrs", "Mr.", "Ms."])

    def full(self):   return [S("NAME", f"{self.first} {self.last}")]
    def fn(self):     return [S("NAME", self.first)]
    def ln(self):     return [S("NAME", self.last)]
    def h(self):      return [self.hon + " ", S("NAME", self.last)]
    def hfull(self):  return [self.hon + " ", S("NAME", f"{self.first} {self.last}")]
    def mid(self):    return [S("NAME", f"{self.first} {self.mi}. {self.last}")]
    def inv(self):
        if R.random() < 0.4:
            return [S("NAME", f"{self.last.upper()}, {self.first.upper()} {self.mi}")]
        return [S("NAME", f"{self.last}, {self.first}")]
    def nick(self):
        n = NICK.get(self.first)
        if not n:
            return self.full()
        form = R.randrange(4)
        if form == 0:
            return [S("NAME", f"{self.first} {self.last}"), " (goes by ", S("NAME", n), ")"]
        if form == 1:
            return [S("NAME", f"{self.first} {self.last}"), ' aka "', S("NAME", n), '"']
        if form == 2:
            return [S("NAME", f"{self.first} {self.last}"), " (", S("NAME", n), ")"]
        return [S("NAME", f"{self.first} {self.last}"), ", prefers ", S("NAME", n), ","]
    def any(self, forms="full fn ln h hfull mid inv nick full h"):
        return getattr(self, ch(forms.split()))()
    def poss(self, forms="full h ln fn"):
        return [self.any(forms), "'s"]

class Ctx:
    def __init__(self):
        self.used = set()
        self.tags = set()

    def _pick(self, pool):
        for _ in range(200):
            v = ch(pool)
            key = v.lower()
            if key not in self.used and not any(key in u or u in key for u in self.used):
                self.used.add(key)
                return v
        raise RuntimeError("name pool exhausted")

    def given(self): return self._pick(GIVEN)
    def sur(self):   return self._pick(SUR)
    def P(self):     return Person(self)

    # ---- staff (never labelled)
    def st(self, style=None):
        g, s = self.given(), self.sur()
        style = style if style is not None else R.randrange(8)
        if style in (0, 1): return g
        if style == 2: return f"{g} {s[0]}."
        if style == 3: return f"Dr. {s}"
        if style == 4: return s
        if style == 5: return f"{g} {s}"
        if style == 6: return f"{ch(ROLES)} {g}"
        return self.men()
    def stfull(self):
        return f"{self.given()} {self.sur()}"
    def men(self):
        return Raw("<@U0" + up(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + ">")
    def chan(self, name=None):
        name = name or ch(["4w-charge", "5e-unit", "bed-board", "transport-dispatch",
                           "pharmacy-techs", "infusion-sched", "woc-nurses", "hh-coord",
                           "case-mgmt", "staffing", "huddle"])
        return Raw(f"<#C0{up(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}|{name}>")
    def e(self, p=0.5):
        return (" " + ch(EMOJI)) if R.random() < p else ""

    # ---- rooms, times, misc hard negatives
    def rm(self):
        f = R.randrange(6)
        if f == 0: return str(R.randint(401, 928))
        if f == 1: return f"{R.randint(1, 30)}{ch('AB')}"
        if f == 2: return f"{ch(['4W', '5E', '6W', '7N'])}-{R.randint(1, 32)}"
        if f == 3: return str(R.randint(1, 40))
        if f == 4: return f"{R.randint(401, 928)}{ch('AB')}"
        return f"bay {R.randint(1, 12)}"
    def tm(self):
        h = R.randint(6, 19); m = ch([0, 0, 15, 30, 45, 10, 20, 40])
        f = R.randrange(4)
        if f == 0: return f"{h:02d}{m:02d}"
        if f == 1: return f"{(h - 1) % 12 + 1}:{m:02d}"
        if f == 2: return f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    def md(self):
        """meeting / deadline / schedule date (never labelled)"""
        m = R.randint(1, 12); d = R.randint(1, 28); y = ch([2025, 2026])
        f = R.randrange(7)
        if f == 0: return f"{m}/{d}"
        if f == 1: return f"{MON[m-1]} {d}"
        if f == 2: return f"{MONTHS[m-1]} {ordinal(d)}"
        if f == 3: return f"{ch(['Mon','Tue','Wed','Thu','Fri'])} {m}/{d}"
        if f == 4: return f"{m:02d}/{d:02d}/{y}"
        if f == 5: return f"{y}-{m:02d}-{d:02d}"
        return f"{d} {MON[m-1]}"
    def mdr(self):
        m = R.randint(1, 12); d = R.randint(1, 20); k = R.randint(2, 7)
        return ch([f"{m}/{d}–{m}/{d + k}", f"{m}/{d}-{d + k}", f"{MON[m-1]} {d}–{d + k}", f"{m}/{d} thru {m}/{d + k}"])
    def ticket(self):
        return ch([f"INC00{dg(5)}", f"DEL-{R.randint(1000, 9999)}", f"RITM00{dg(5)}",
                   f"SR-{dg(5)}", f"CHG00{dg(5)}", f"REQ{dg(7)}", f"#{dg(6)}"])
    def po(self): return ch([f"PO {dg(10)}", f"PO# 45{dg(8)}", f"PO-{dg(6)}", f"po {dg(7)}"])
    def ver(self): return ch([f"v{R.randint(1,12)}.{R.randint(0,9)}.{R.randint(0,20)}",
                             f"build {ch(['2024','2025','2026'])}.{R.randint(1,12)}.0.{R.randint(1,9)}",
                             f"{R.randint(1,9)}.{R.randint(0,9)}.{R.randint(0,9)}.{R.randint(10,99)}",
                             f"version {R.randint(1,30)}.{R.randint(0,9)}"])
    def asset(self): return ch([f"BME-{dg(5)}", f"asset #{dg(6)}", f"CE{dg(6)}", f"tag {up(2)}{dg(5)}"])
    def ext(self): return ch([f"x{dg(4)}", f"ext {dg(4)}", f"x{dg(5)}", f"ext. {dg(4)}"])
    def npi(self):
        return "1" + dg(9)
    def zoom(self): return f"{dg(3)} {dg(4)} {dg(4)}"
    def yage(self): return str(R.randint(19, 89))
    def conf(self): return ch(["Conf B", "the 4th fl classroom", "Huddle Rm 2", "the Tarbox aud",
                              "Teams", "the ED break room", "Conf Rm 3C"])

    # ---- PHI values
    def phone_raw(self, kind="personal"):
        if kind == "tollfree":
            a = ch(["800", "888", "877", "866"])
        else:
            a = ch(["978", "617", "508", "781", "603", "857", "339", "351", "774", "413"])
        x = str(R.randint(2, 9)) + dg(2); l = dg(4)
        f = R.randrange(8)
        return [f"{a}-{x}-{l}", f"({a}) {x}-{l}", f"{a}.{x}.{l}", f"+1 {a} {x} {l}", f"{a}{x}{l}",
                f"1-{a}-{x}-{l}", f"+1 ({a}) {x}-{l}", f"({a}){x}.{l}"][f], (a, x, l)
    def ph(self, kind="personal", obf=0.15, ext=False):
        v, (a, x, l) = self.phone_raw(kind)
        if R.random() < obf:
            f = R.randrange(5)
            self.tags.add("evasion")
            if f == 0:
                v = " ".join(a + x + l)
            elif f == 1:
                v = fullwidth(f"{a}-{x}-{l}"); self.tags.add("fullwidth")
            elif f == 2:
                v = f"{a}\u200b{x}\u200b{l}"; self.tags.add("zero-width")
            elif f == 3:
                v = " ".join(SPELL[int(d)] for d in a) + ", " + " ".join(SPELL[int(d)] for d in x) + \
                    ", " + " ".join(SPELL[int(d)] for d in l)
            else:
                v = f"{a}\u00a0{x}\u00a0{l}"
        if ext:
            v += ch([" ext. ", " x", " ext ", ",,"]) + dg(ch([2, 3, 4]))
            self.tags.add("phone-ext")
        return S("PHONE", v)
    def em(self, person=None, biz=False, obf=0.1):
        if person is None:
            first, last = self.given(), self.sur()
        else:
            first, last = person.first, person.last
        f_, l_ = re.sub(r"[^a-z]", "", ascii_fold(first).lower()), re.sub(r"[^a-z]", "", ascii_fold(last).lower())
        if biz:
            dom = ch(["nvhealth.org", "mvgh.org", "apria-ne.com", "northshoredme.com",
                      "bayviewhomehealth.org", "lincare-ne.com", "medline-ne.com", "stbrigids.org"])
        else:
            dom = ch(["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "icloud.com",
                      "verizon.net", "aol.com", "outlook.com", "protonmail.com"])
        user = ch([f"{f_}.{l_}", f"{f_[0]}{l_}", f"{f_}{l_}{dg(2)}", f"{l_}.{f_}", f"{f_}_{l_[:4]}{dg(3)}",
                   f"{f_[0]}.{l_}"])
        if not biz and R.random() < obf:
            self.tags.add("evasion")
            d1, d2 = dom.split(".")
            return S("EMAIL", ch([f"{user} [at] {d1} [dot] {d2}", f"{user} at {d1} dot {d2}",
                                  f"{user}(at){dom}", f"{user} @ {d1} . {d2}"]))
        return S("EMAIL", f"{user}@{dom}")
    def street(self):
        n = str(R.randint(2, 1450))
        if R.random() < 0.15: n += ch(["A", "B", "½"]) if R.random() < 0.3 else ""
        s = f"{n} {ch(STREETS)} {ch(SUFF)}"
        if R.random() < 0.2: s += ch([", Apt ", " Apt ", " #", ", Unit "]) + ch([str(R.randint(1, 40)), f"{R.randint(1,4)}{ch('ABCD')}"])
        return s
    def addr(self):
        t = ch(TOWNS); st = "NH" if ZIPS[t].startswith("03") else "MA"
        f = R.randrange(5)
        if f == 0: v = f"{self.street()}, {t} {st} {ZIPS[t]}"
        elif f == 1: v = f"{self.street()}, {t}, {st} {ZIPS[t]}-{dg(4)}"
        elif f == 2: v = f"{self.street()}, {t}"
        elif f == 3: v = f"{self.street()} {t} {st} {ZIPS[t]}"
        else: v = f"PO Box {R.randint(12, 9800)}, {t} {st} {ZIPS[t]}"
        return S("ADDRESS", v)
    def town(self): return S("ADDRESS", ch(TOWNS))
    def zip(self):
        z = ZIPS[ch(TOWNS)]
        return S("ADDRESS", z if R.random() < 0.75 else f"{z}-{dg(4)}")
    def hd(self, kind="recent", compact_ok=True):
        if kind == "dob":
            y = R.randint(1921, 2004)
        else:
            y = ch([2025, 2026])
        m = R.randint(1, 12); d = R.randint(1, 28)
        if kind == "dob":
            opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}",
                    f"{MONTHS[m-1]} {d}, {y}", f"{d:02d}-{MON[m-1]}-{y}", f"{m}/{d}/{str(y)[2:]}",
                    f"{MON[m-1]} {d} {y}", f"{m:02d}.{d:02d}.{y}"]
            if compact_ok: opts.append(f"{m:02d}{d:02d}{y}")
        else:
            opts = [f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{MON[m-1]} {ordinal(d)}",
                    f"{MONTHS[m-1]} {d}", f"{m}/{d}/{str(y)[2:]}", f"{m:02d}/{d:02d}/{y}",
                    f"{y}-{m:02d}-{d:02d}", f"{d}-{MON[m-1]}", f"{m}-{d}"]
        return S("DATE", ch(opts))
    def age(self, spelled=0.12):
        n = R.randint(90, 104)
        if n < 100 and R.random() < spelled:
            self.tags.add("evasion")
            v = "ninety" + ("" if n == 90 else ch(["-", " "]) + ONES[n - 90])
            return S("AGE", v)
        return S("AGE", str(n))
    def mrn(self, label=True, obf=0.1):
        v = ch([dg(8), dg(7), "00" + dg(6), "E" + dg(7), dg(3) + "-" + dg(3) + "-" + dg(2), "M" + dg(8), dg(9)])
        if R.random() < obf:
            self.tags.add("evasion")
            f = R.randrange(3)
            if f == 0: v = fullwidth(v); self.tags.add("fullwidth")
            elif f == 1:
                v = re.sub(r"[^0-9A-Z]", "", v); v = v[:3] + "\u200b" + v[3:]; self.tags.add("zero-width")
            else: v = " ".join(re.sub(r"[^0-9A-Z]", "", v))
        lab = ch(["MRN ", "MRN: ", "MRN#", "MRN # ", "MR# ", "med rec # ", "chart # ", "mrn ", "MRN "]) if label else ""
        return [lab, S("MRN", v)]
    def har(self):
        return [ch(["HAR ", "HAR# ", "acct ", "acct # ", "account no. ", "hosp acct "]),
                S("ACCOUNT_NUMBER", ch(["6" + dg(9), dg(10), dg(8), "H" + dg(9)]))]
    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"; AN = L + "0123456789"
        v = f"{R.randint(1,9)}{ch(L)}{ch(AN)}{R.randint(0,9)}{ch(L)}{ch(AN)}{R.randint(0,9)}{ch(L)}{ch(L)}{R.randint(0,9)}{R.randint(0,9)}"
        if R.random() < 0.5: v = f"{v[:4]}-{v[4:7]}-{v[7:]}"
        return S("HEALTH_PLAN_ID", v)
    def mem(self):
        f = R.randrange(5)
        if f == 0: return [ch(["MBI ", "Medicare MBI ", "MBI: "]), self.mbi()]
        if f == 1: return [ch(["MassHealth ID ", "Medicaid ID ", "MH id "]), S("HEALTH_PLAN_ID", "1" + dg(11))]
        if f == 2: return [ch(["member ID ", "Member #", "mbr id "]), S("HEALTH_PLAN_ID", up(3) + dg(9))]
        if f == 3: return [ch(["policy # ", "subscriber ID ", "sub id "]), S("HEALTH_PLAN_ID", ch(["W", "ZGP", "HPH"]) + dg(9))]
        return [ch(["BCBS ID ", "Tufts ID ", "HPHC member "]), S("HEALTH_PLAN_ID", up(3) + dg(8) + ch(["01", "02", ""]))]
    def dev(self, only=None):
        kinds = [("wound vac", ["SN ", "serial ", "s/n "], lambda: f"{up(3)}{dg(6)}"),
                 ("insulin pump", ["SN ", "serial # "], lambda: f"{up(2)}{dg(7)}"),
                 ("Dexcom", ["transmitter SN ", "serial "], lambda: f"{dg(1)}{up(2)}{dg(3)}{up(1)}"),
                 ("pacemaker", ["serial ", "SN ", "device SN "], lambda: f"{up(3)}{dg(6)}{up(1)}"),
                 ("hearing aid", ["serial ", "SN "], lambda: f"{dg(4)}-{dg(5)}"),
                 ("home O2 concentrator", ["SN ", "serial "], lambda: f"{up(2)}{dg(8)}"),
                 ("PCA pump", ["serial ", "SN "], lambda: f"{dg(2)}-{dg(5)}-{up(1)}"),
                 ("LVAD controller", ["SN ", "serial "], lambda: f"{up(3)}{dg(5)}"),
                 ("home infusion pump", ["SN ", "serial "], lambda: f"{up(1)}{dg(8)}"),
                 ("CGM", ["UDI ", "udi "], lambda: f"(01){dg(14)}(21){up(2)}{dg(4)}")]
        if only: kinds = [k for k in kinds if k[0] in only]
        name, labs, g = ch(kinds)
        return name, [ch(labs), S("DEVICE_ID", g())]
    def plate(self):
        return S("VEHICLE_ID", ch([f"{R.randint(1,9)}{up(3)}{dg(2)}", f"{up(3)} {dg(4)}",
                                   f"{R.randint(1,9)}{up(2)}{dg(3)}", f"{dg(3)}-{up(3)}", f"{dg(7)}"]))
    def vin(self):
        return S("VEHICLE_ID", "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)))
    def dl(self):
        return S("LICENSE_NUMBER", ch([f"S{dg(8)}", f"SA{dg(7)}", f"{dg(2)}{up(3)}{dg(5)}", f"NHL{dg(8)}"]))
    def dea(self):
        return S("LICENSE_NUMBER", up(2, "ABFGM") [:1] + up(1) + dg(7))
    def rnlic(self):
        return S("LICENSE_NUMBER", ch([f"RN{dg(7)}", f"RN-{dg(6)}", f"PT.{dg(7)}", f"LPN{dg(6)}",
                                       f"{dg(6)}", f"PHT{dg(5)}"]))
    def ssn(self, obf=0.25):
        a = R.randint(1, 665); b = R.randint(1, 99); c = R.randint(1, 9999)
        a, b, c = f"{a:03d}", f"{b:02d}", f"{c:04d}"
        if R.random() < obf:
            self.tags.add("evasion")
            f = R.randrange(4)
            if f == 0: return S("SSN", a + b + c)
            if f == 1: return S("SSN", f"{a}.{b}-{c}")
            if f == 2: return S("SSN", " ".join(a + b + c))
            self.tags.add("fullwidth"); return S("SSN", fullwidth(f"{a}-{b}-{c}"))
        return S("SSN", ch([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}-{b}-{c}"]))
    def cc(self):
        pre = ch(["4", "51", "55", "37", "6011"])
        ln = 15 if pre == "37" else 16
        body = pre + dg(ln - len(pre) - 1)
        tot = 0
        for i, d in enumerate(reversed(body)):
            n = int(d)
            if i % 2 == 0:
                n *= 2
                if n > 9: n -= 9
            tot += n
        num = body + str((10 - tot % 10) % 10)
        if ln == 15:
            return S("CREDIT_CARD", ch([num, f"{num[:4]} {num[4:10]} {num[10:]}"]))
        sep = ch([" ", "-", "", " "])
        return S("CREDIT_CARD", sep.join(num[i:i + 4] for i in range(0, 16, 4)))
    def ip(self):
        if R.random() < 0.12:
            return S("IP_ADDRESS", f"fe80::{dg(1)}{up(1,'abcdef')}{dg(2)}:{up(2,'abcdef')}{dg(2)}:{dg(4)}:{up(1,'abcdef')}{dg(3)}")
        return S("IP_ADDRESS", ch([f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
                                   f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}",
                                   f"192.168.{R.randint(0,255)}.{R.randint(1,254)}"]))
    def purl(self, person=None, force=False):
        org = ch(ORGS)
        if person is not None and (force or R.random() < 0.5):
            slug = re.sub(r"[^a-z]", "", ascii_fold(person.first).lower()) + "-" + \
                   re.sub(r"[^a-z]", "", ascii_fold(person.last).lower())
            v = ch([f"https://carenotes.example.org/site/{slug}-updates",
                    f"https://{org}.org/family-updates/{slug}",
                    f"https://mypage.example.net/{slug}"])
        else:
            v = ch([f"https://mychart.{org}.org/Visit/Join?pid=PT{dg(6)}",
                    f"https://portal.{org}.org/telehealth/session/{dg(8)}?mrn={dg(8)}",
                    f"https://{org}.zoomgov.example/j/pt{dg(7)}",
                    f"https://myhealth.{org}.org/appt?patientId={dg(9)}"])
        return S("URL", v)

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-"}
FW["-"] = "－"
def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)

# ----------------------------------------------------------------------------- templates
PHI_T, CLEAN_T = [], []
def phi(*tags):
    def d(f):
        PHI_T.append((f, tags)); return f
    return d
def clean(*tags):
    def d(f):
        CLEAN_T.append((f, tags)); return f
    return d


# ============================================================================= PHI templates
REL = ["daughter", "son", "wife", "husband", "niece", "nephew", "granddaughter", "grandson",
       "sister", "brother", "partner", "neighbor", "HCP", "health care proxy", "guardian", "POA"]

@phi("handoff")
def _(c):
    p = c.P()
    return [ch(["Handoff ", "handoff ", "*Handoff* ", "SBAR "]), "rm ", c.rm(), ": ", p.h(), ", ", c.age(),
            ch([" y/o", "yo", " yo", " year old"]), ", admitted ", c.hd(), " w/ ", ch(DX), ". ", c.mrn(),
            ". ", ch(["HCP is ", "Emergency contact ", "Family contact is "]), c.P().fn(), ", cell ", c.ph(), c.e(0.2)]

@phi("handoff", "multiline")
def _(c):
    p = c.P()
    return ["*S:* ", p.any("full inv mid"), " in ", c.rm(), ", ", ch(DX), "\n*B:* adm ", c.hd(),
            ", DOB ", c.hd("dob"), "\n*A:* ", ch(["stable on RA", "2L NC, sats 94", "confused overnight, sitter in place",
                                                  "pain controlled", "bladder scan 450, straight cath x1"]),
            "\n*R:* ", ch(["f/u BMP in am", "needs PT eval before d/c", "CM to confirm ride home",
                          "family mtg w/ palliative"]) ]

@phi("bed-board", "multiline")
def _(c):
    lines = [ch(["*4W bed board 0700*", "Bed board update:", "bed board", f"{ch(UNITS)} beds @ {c.tm()}"])]
    n = R.randint(3, 5); named = 0
    for i in range(n):
        b = f"{R.randint(401, 499)}{ch('AB')}"
        if R.random() < 0.6 or (i == n - 1 and named == 0):
            p = c.P(); named += 1
            lines.append(["\n", ch(["• ", "- ", "* "]), b, ch([" – ", " - ", ": "]), p.any("inv ln h full"),
                          ch([" — d/c pending ride", " — tele", " — NPO after MN", " — iso (contact)",
                              " - awaiting SNF bed", " - CT at 10", " — sitter", ""])])
        else:
            lines.append(["\n", ch(["• ", "- ", "* "]), b, ch([" – clean/ready", " – dirty", " - blocked (iso)",
                                                               " – EVS called", " — open"])])
    return lines

@phi("callback")
def _(c):
    p = c.P()
    return [ch(["Pls call back ", "Can someone call back ", "please return call to ", "callback req: "]),
            ch(REL), " ", c.P().any("fn full"), " (", p.poss("h full ln"), " ", ch(["family", "contact"]), ") at ",
            c.ph(), ch([" re: home O2", " re: d/c time", " - wants update", ", asking about meds", ""]), c.e(0.25)]

@phi("callback")
def _(c):
    p = c.P()
    return [ch(["Missed call from ", "VM from ", "vm from "]), p.any("full hfull"), "'s ", ch(REL), " ",
            c.P().fn(), ", number is ", c.ph(), ch([". Unit clerk", ". Clerk", ". I"]),
            " told her someone would call by ", c.tm()]

@phi("transport")
def _(c):
    p = c.P()
    return [ch(["Transport req: ", "Ride home: ", "*Transport* — ", "dispatch: "]), p.any("full inv"), " from ",
            c.rm(), " to home, ", c.addr(), ". ", ch(["w/c van", "chair car", "stretcher", "ambulette"]),
            ", pickup ~", c.tm(), ". Contact ", ch(REL), " ", c.P().fn(), " ", c.ph(), c.e(0.2)]

@phi("transport", "date")
def _(c):
    p = c.P()
    return [ch(["Ride booked for ", "Booked MTM ride for ", "ride set up for "]), p.any("full mid hfull"),
            " (DOB ", c.hd("dob"), ") to ", ch(["dialysis", "wound clinic", "cardiology f/u", "infusion", "PT"]),
            " on ", c.hd(), ", pickup at ", c.addr(), c.e(0.2)]

@phi("transport")
def _(c):
    p = c.P()
    return [c.men(), " driver can't find ", p.poss("h ln"), " place — it's ", S("ADDRESS", c.street()),
            ch([" off Rte 110 in ", " behind the church in ", " (yellow house) in ", " near the rotary in "]),
            c.town(), ". ", ch(["Call the son at ", "Dtr's cell ", "family #: "]), c.ph()]

@phi("pharmacy")
def _(c):
    p = c.P()
    return [ch(["Med rec pending for ", "med rec for ", "Pharm tech here — med rec on "]), p.inv(), ", DOB ",
            c.hd("dob"), ". ", ch(["Outpt pharmacy is Walgreens on Main, ", "CVS Broadway, ", "retail pharmacy "]),
            "ph ", c.ph("personal", 0), ch([". still waiting on fill hx", ", no answer", ""])]

@phi("pharmacy", "credentialing")
def _(c):
    doc = c.st(3)
    return ["need ", doc, "'s DEA for the C-II script in the ", ch(["Pyxis override", "discharge rx", "tube"]),
            ": ", c.dea(), ch([" — thx", ". pls confirm", ""]), c.e(0.3)]

@phi("pharmacy")
def _(c):
    p = c.P()
    return [ch(["Meds to beds for ", "M2B delivery: ", "meds-to-beds "]), p.any("full inv ln"), " in ", c.rm(), ", copay $",
            str(R.randint(5, 95)), ". ", ch(["Card on file ", "Pt read me the card: "]), c.cc(), ch([" exp 0", " exp "]),
            f"{R.randint(1,9)}/{R.randint(26,30)}"]

@phi("infusion", "date")
def _(c):
    p = c.P()
    return [ch(["Moving ", "Rescheduling ", "need to move "]), p.poss("full h fn"), " ", ch(MEDS), " from ",
            c.hd(), " to ", c.hd(), ", chair ", str(R.randint(1, 14)), ". ", c.mem()]

@phi("infusion", "multiline")
def _(c):
    rows = [ch(["Chairs tomorrow:", "*Infusion AM*", "infusion sched"])]
    for i in range(R.randint(2, 4)):
        if i == 0 or R.random() < 0.6:
            p = c.P()
            rows.append(["\n", f"Chair {i+1} {c.tm()} ", p.any("inv full ln"), " (", c.mrn(False, 0.05), ") — ", ch(MEDS)])
        else:
            rows.append(["\n", f"Chair {i+1} open"])
    return rows

@phi("infusion")
def _(c):
    p = c.P()
    return [p.any("full h"), ch([" no-showed for ", " cancelled ", " wants to reschedule "]), ch(MEDS), " on ",
            c.hd(), ". Left VM at ", c.ph(), ch([", will try again", ". 2nd attempt", ""])]

@phi("wound-care", "device", "date")
def _(c):
    p = c.P(); name, d = c.dev(("wound vac",))
    return [name.capitalize() if R.random() < 0.5 else name, " ", d, " on ", p.any("h ln full"), " in ", c.rm(),
            ", ", ch(["dressing change due ", "next change ", "f/u due "]), c.hd(), ". ",
            ch(["pls have canisters ready", "WOC will see", "supply room is out of black foam"]), c.e(0.2)]

@phi("wound-care")
def _(c):
    p = c.P()
    return [ch(["wound pics for ", "Photos for ", "Uploaded wound photos — "]), p.any("inv full"), " to media tab, ",
            ch(["stage 3 sacral", "L heel unstageable", "R shin venous ulcer", "DFU L great toe"]),
            ", measured ", c.hd(), ch([" 4.2 x 3.1 x 0.5 cm", " 2x2cm", ""])]

@phi("wound-care", "date")
def _(c):
    p = c.P()
    return [ch(["WOC consult: ", "woc consult for "]), p.any("full h"), ", ", c.rm(), ". Pressure injury first noted ",
            c.hd(), ", ", ch(["Braden 12", "Braden 14", "on low air loss"]), ". ", c.mrn()]

@phi("home-health", "referral")
def _(c):
    p = c.P()
    return [ch(["New HH referral: ", "*New referral* ", "referral in - "]), p.inv(), ", ", c.age(), ", ", c.addr(),
            ". PCP ", c.st(3), ". ", c.mem(), c.e(0.2)]

@phi("home-health", "date")
def _(c):
    p = c.P()
    return [ch(["SOC visit ", "SOC ", "Start of care "]), c.hd(), " for ", p.any("full hfull"), " at ", S("ADDRESS", c.street()),
            ch([" in ", " over in ", ", "]), c.town(), ". ", ch(["Gate code at door", "Dog in yard", "2nd floor walkup", "key in lockbox"])]

@phi("home-health", "multiline")
def _(c):
    rows = [ch(["Tomorrow's visits:", "*North team visits*", "visit list for " + c.md()])]
    for i in range(R.randint(2, 4)):
        p = c.P()
        loc = c.addr() if R.random() < 0.4 else c.town()
        rows.append(["\n- ", c.tm(), " ", p.any("full ln inv"), ", ", loc])
    return rows

@phi("home-health")
def _(c):
    p = c.P()
    return [p.any("full h"), ch([" lives in ", " lives alone in ", " is home in "]), c.town(),
            ch([", needs HH PT and aide", " — VNA won't cover that zip", ", wants HH to start asap"]), c.e(0.2)]

@phi("home-health")
def _(c):
    p = c.P()
    lead = ch([["pt's ZIP is "], ["ZIP for ", p.h(), " is "], [p.poss("h ln full"), " zip is "], ["zip code on file: "]])
    return [lead, c.zip(),
            ", ", ch(["transport vendor says out of area", "outside our HH territory", "so Lincare covers"])]

@phi("family", "complaint", "escalation")
def _(c):
    son = c.P(); p = c.P()
    return [ch(["Son ", "Daughter ", "Grandson "]), son.full(), " called the unit ", ch(["3x", "again", "twice"]),
            " re: ", p.any("h hfull"), " in ", c.rm(), ", upset about ", ch(["call light wait", "lost dentures", "the food", "no update from MD"]),
            ". Escalated to ", c.st(ch([0, 5, 7])), c.e(0.3)]

@phi("employee-health")
def _(c):
    g = c.given()
    return ["EH case: ", S("NAME", g), " from ", ch(UNITS), " (", ch(ROLES), ") ", ch(["needlestick", "splash exposure", "back injury lifting pt", "fall in stairwell"]),
            " ", ch(["at 0300 today", "last night", "on nights"]), ", sent to occ health", c.e(0.2)]

@phi("employee-health", "date")
def _(c):
    p = c.P()
    return ["Employee health: ", p.any("full inv"), ch([" (EVS)", " (night CNA)", " (float pool)", ""]),
            ch([" TB test read ", " exposure f/u due ", " cleared to RTW ", " flu shot declination signed, mask f/u "]), c.hd()]

@phi("colleague-patient")
def _(c):
    p = c.P()
    return [ch(["heads up team — ", "FYI ", "pls be discreet: "]), p.any("full fn"),
            ch([" from our night shift", " (our unit clerk)", " from 5E", " in pharmacy"]),
            " was admitted to ", ch(UNITS), " last night. ", ch(["keep it off the group chat", "no visitors per pt", "pls respect privacy"]),
            c.e(0.5)]

@phi("vip")
def _(c):
    p = c.P()
    return [ch(["VIP alert: ", "*VIP* ", "vip on 9: "]), p.full(), " (", ch(["former state rep", "local news anchor", "Bruins alum", "board chair's father", "city councilor"]),
            ") in ", c.rm(), ", admit ", c.hd(), ". ", ch(["Restrict info, no visitors w/o list.", "Break-the-glass on chart.", "Use alias in tracking board."])]

@phi("visitor")
def _(c):
    v = c.P(); p = c.P()
    return ["Visitor for ", c.rm(), ": ", v.full(), ", DL ", c.dl(), ", here to see ", p.any("h fn full"), ". badge printed"]

@phi("vehicle")
def _(c):
    p = c.P()
    return [ch(["Can security not tow the ", "pls ask security not to tow the ", "FYI the "]),
            ch(["blue Subaru", "silver Civic", "grey RAV4", "red F-150", "white minivan"]), " in the ED loop, plate ",
            c.plate(), ", it's ", p.poss("h fn"), " ", ch(REL), " picking up", c.e(0.3)]

@phi("vehicle", "transport")
def _(c):
    p = c.P()
    return [cap(ch(REL)), " ", p.full(), " will pick up at ", c.tm(), ", driving a ", ch(["grey Honda", "black Tahoe", "green Outback", "tan Corolla"]),
            ", plate ", c.plate(), ". ", ch(["Bring pt down to main entrance", "pls have d/c papers ready", "meet at the Tarbox St door"])]

@phi("vehicle")
def _(c):
    return [ch(["Ambulette ", "Wheelchair van ", "Our courier van "]), "VIN ", c.vin(),
            ch([" failed inspection, vendor sending a backup", " is the one with the broken lift", " — maintenance ticket " + c.ticket()])]

@phi("url", "telehealth")
def _(c):
    p = c.P()
    u = c.purl()
    return ["Video visit for ", p.any("h full"), " ", c.hd(), " at ", c.tm(), ": ", Raw("<"), u, Raw("|" + ch(["join link", "link", "visit"]) + ">")]

@phi("url")
def _(c):
    p = c.P()
    return ["family update page for ", p.any("h full fn"), ": ", c.purl(p), ch([" — pls don't post in the main channel", "", " (dtr set it up)"])]

@phi("url", "slack-markup")
def _(c):
    p = c.P()
    return [Raw("<"), c.purl(), Raw("|"), p.full(), Raw(">"), ch([" portal msg needs a reply", " — telehealth check-in is failing", " link for the interpreter"])]

@phi("account")
def _(c):
    p = c.P()
    return [c.har(), " for ", p.any("full inv h"), ch([" still missing auth for the SNF transfer", " — billing hold, pls call PFS", " needs the Medicaid pending flag"])]

@phi("account")
def _(c):
    p = c.P(); g = c.P()
    return [p.any("full"), " in ", c.rm(), " — ", ch(["her", "his", "their"]), " ", ch(REL), ", ", g.full(),
            ", is the guarantor, ", ch(["acct ", "guarantor acct ", "G# "]), S("ACCOUNT_NUMBER", dg(8))]

@phi("account")
def _(c):
    p = c.P()
    return [p.hfull() if R.random() < 0.5 else p.full(), ch([" wants the refund", " asked for the overpayment"]), " sent to ",
            ch(["his", "her"]), " bank acct ", S("ACCOUNT_NUMBER", dg(ch([9, 10, 12]))), ch([", I told him we can't take that in chat", ". forwarding to PFS"])]

@phi("email")
def _(c):
    p = c.P(); r = c.P()
    tail = ch([[], [], [" — for ", p.h()], [" re ", p.any("h ln")]])
    return [ch(["Pt's ", "pt's "]), ch(REL), " ", r.fn(), ch([" prefers email: ", " wants updates at ", " email is "]), c.em(r), tail]

@phi("email", "slack-markup")
def _(c):
    r = c.P(); e = c.em(r, obf=0)
    return [ch(["send the d/c summary to ", "family asked for the packet at ", "HCP email: "]), Raw("<mailto:"), e,
            Raw("|"), S("EMAIL", e.v), Raw(">"), " (", r.full(), ")"]

@phi("phone", "slack-markup")
def _(c):
    r = c.P(); a = ch(["978", "617", "508"]); x = str(R.randint(200, 989)); l = dg(4)
    return [ch(["HCP ", "Emergency contact ", "Family contact ", "POA "]), r.fn(), ": ", Raw("<tel:"), S("PHONE", f"+1{a}{x}{l}"), Raw("|"),
            S("PHONE", f"{a}-{x}-{l}"), Raw(">"), ch([" call after 5", " - HCP", ""])]

@phi("evasion")
def _(c):
    p = c.P()
    a, x, l = ch(["978", "617", "508"]), str(R.randint(200, 989)), dg(4)
    c.tags.add("evasion")
    v = ch([" ".join(a + x + l), f"{a} {x[0]} {x[1:]} {l[:2]} {l[2:]}", f"({a}) {x} - {l}",
            f"{a}.{x}-{l}", f"{a} / {x} / {l}"])
    return [ch(["his wife's cell is ", "dtr's # is ", "call the son: "]), S("PHONE", v), " ", ch(["re ", "for "]), p.any("h ln")]

@phi("finance")
def _(c):
    p = c.P()
    return [cap(ch(REL)), " of ", p.any("h full"), " paid the lift chair deposit by phone — card ", c.cc(),
            ", exp ", f"0{R.randint(1,9)}/{R.randint(26,30)}", ". ", ch(["pls don't leave this in chat", "deleting in 5", "forwarded to cashier"])]

@phi("ssn", "case-mgmt")
def _(c):
    p = c.P()
    return [ch(["CM here: ", "case mgmt: ", ""]), "Medicaid app for ", p.any("full inv"), " needs SSN ", c.ssn(), " and ", c.mem()]

@phi("ssn")
def _(c):
    p = c.P()
    return [p.any("full h"), ch(["'s dtr read me the SSN: ", " ssn is ", " SSN# "]), c.ssn(0.5), ch([" — for the SNF packet", ". shredding the sticky", ""])]

@phi("ip", "it")
def _(c):
    return [ch(["bed board display at the ", "label printer on ", "Vocera server for ", "tele monitor in "]), ch(UNITS), " (",
            c.ip(), ch([") froze again, ", ") is offline, ", ") keeps dropping, "]), "ticket ", c.ticket()]

@phi("business-contact")
def _(c):
    return [ch(VENDORS), ch([" intake line is ", " 24h line ", " on-call tech: "]), c.ph("tollfree", 0, ext=R.random() < 0.4),
            ch([", ask for the on-call tech", " for the concentrator swaps", " — they close at 5", ""])]

@phi("business-contact")
def _(c):
    rp = c.P()
    return ["Send the rental agreement to the ", ch(VENDORS), " rep ", ch([rp.first + " " + rp.last, rp.first]), " at ", c.em(rp, True),
            ch(["", "", " — ref " + c.po(), " (" + c.po() + ")"])]

@phi("business-contact")
def _(c):
    nm = c.P()
    e = c.em(nm, True)
    return ["for schedule swaps email ", ch([nm.first, nm.first + " " + nm.last]), " at ", e, " not me", c.e(0.3)]

@phi("business-contact")
def _(c):
    return [ch(["Fax orders to ", "fax # for the DME vendor: ", "Lincare fax "]), c.ph("personal", 0),
            *ch([[" (new number as of ", c.md(), ")"], [" (effective ", c.md(), ")"], [" — new as of ", c.md()]])]

@phi("rounding", "multiline")
def _(c):
    rows = [ch(["Rounding list:", "*MDR list*", "rounds"])]
    for i in range(R.randint(2, 4)):
        p = c.P()
        rows.append([f"\n{i+1}. ", p.any("ln h inv"), " – ", c.rm()])
    return rows

@phi("fall", "date")
def _(c):
    p = c.P()
    return ["Fall in ", c.rm(), " — ", p.any("full inv"), ", found on floor ", c.tm(), " on ", c.hd(), ". ", c.age(),
            ch(["yo", " y/o", " years old"]), ", no injury noted, MD aware. ", ch(["Safety report ", "SR "]), c.ticket()]

@phi("discharge", "date")
def _(c):
    p = c.P()
    return [p.any("h full ln"), " in ", c.rm(), ch([" d/c'd ", " discharged ", " went home "]), c.hd(), ", ",
            ch(["f/u w/ wound clinic due ", "PCP f/u ", "cardiology appt "]), c.hd()]

@phi("death", "date")
def _(c):
    p = c.P()
    return ["FYI ", p.any("full hfull"), " (", c.rm(), ") passed ", c.hd(), " at ", c.tm(), ", family at bedside, ",
            ch(["funeral home called", "NEOB notified", "chaplain here"]), c.e(0.2)]

@phi("device")
def _(c):
    p = c.P()
    return ["Pt ", p.full(), " has a Dexcom on, ", ch(["transmitter SN ", "serial "]), S("DEVICE_ID", f"{dg(1)}{up(2)}{dg(3)}{up(1)}"),
            ch([" — keep on for CT? radiology says remove", ", family wants it back after MRI"])]

@phi("device")
def _(c):
    p = c.P()
    return [p.inv(), " – PPM interrogation, device SN ", S("DEVICE_ID", f"{up(3)}{dg(6)}{up(1)}"), ", ",
            ch(["Medtronic", "Abbott", "Boston Sci"]), " rep coming at ", c.tm()]

@phi("device", "lost-items")
def _(c):
    p = c.P()
    return ["Lost hearing aids for ", p.any("h full"), " (rm ", c.rm(), ") — serial ", S("DEVICE_ID", f"{dg(4)}-{dg(5)}"),
            " per family. ", ch(["check laundry", "EVS checking linen", "filed w/ security"])]

@phi("device", "home-health")
def _(c):
    p = c.P()
    return ["Home O2 setup for ", p.any("full hfull"), " at ", c.addr(), ", ", ch(VENDORS), " delivering by ", c.tm(),
            ". concentrator SN ", S("DEVICE_ID", f"{up(2)}{dg(8)}")]

@phi("nickname")
def _(c):
    p = c.P()
    while p.first not in NICK:
        p.first = c.given()
    return [p.nick(), " in ", c.rm(), ch([" keeps asking for his wife", " is very HOH, face him when talking", " wants decaf only lol", " refusing bed alarm"])]

@phi("callback")
def _(c):
    r = c.P()
    return [ch(["can someone call ", "pls call "]), r.fn(), " back, she's the ", ch(["daughter", "niece", "HCP"]), " of the pt in ", c.rm(), " — ", c.ph()]

@phi("slack-markup", "multiline")
def _(c):
    p = c.P(); r = c.P()
    return [Raw("> "), p.any("h full"), " in ", c.rm(), ch([" wants to talk to case mgmt", " is asking about rehab", " wants to leave AMA"]), "\n",
            c.men(), " can you swing by? ", ch(REL), " ", r.fn(), " will be there at ", c.tm()]

@phi("poa")
def _(c):
    p = c.P(); g = c.P()
    return [ch(["POA for ", "HCP for ", "Guardian for "]), p.any("full inv"), " is ", g.full(), ", ", c.ph(), ". ",
            ch(["Copy of paperwork in chart.", "Paperwork not scanned yet!", "Pls verify before consent."])]

@phi("records")
def _(c):
    return [ch(["wrong armband on ", "Armband mismatch: ", "label printed w/ "]), c.mrn(), ch([" — sent back to admitting", ", pt re-banded", ". fixed"])]

@phi("records")
def _(c):
    p = c.P()
    return ["Possible duplicate chart: ", c.mrn(), " and ", c.mrn(), ", same pt ", p.any("full inv"), ", DOB ", c.hd("dob"), ". HIM ticket ", c.ticket()]

@phi("records")
def _(c):
    p = c.P(); r = c.P()
    return ["ROI: ", p.poss("full h"), " ", ch(REL), " ", r.fn(), " wants records from the ", c.hd(), " admission, fax to ", c.ph("personal", 0)]

@phi("referral", "case-mgmt")
def _(c):
    p = c.P()
    return ["SNF referral sent for ", p.inv(), " to ", ch(["Sunny Acres", "Merrimack Rehab", "the Lowell Meadows", "Pine Knoll"]),
            " — bed offer pending. ", c.mem()]

@phi("address")
def _(c):
    p = c.P()
    return [p.any("h full"), " lives at ", S("ADDRESS", c.street()), " off Rte ", str(ch([38, 110, 113, 97, 28, 125])), " in ", c.town(),
            " — ", ch(["driver couldn't find it", "VNA needs directions", "ambulance went to wrong house"])]

@phi("age", "evasion")
def _(c):
    c.tags.add("evasion")
    n = R.randint(90, 99)
    word = "ninety" + ("" if n == 90 else "-" + ONES[n - 90])
    return ["pt in ", c.rm(), " is ", S("AGE", word), ch([", family wants DNR discussion", " and sharp as a tack", ", still drives apparently", " — falls risk"])]

@phi("age")
def _(c):
    p = c.P()
    return [p.ln(), " (", c.age(0), ch(["F", "M", "f", "m", " F"]), ") ", ch(["needs sitter", "high fall risk", "NPO p MN", "for SNF", "hard of hearing"]), c.e(0.2)]

@phi("structured", "fullwidth")
def _(c):
    c.tags.update(["evasion", "fullwidth"])
    p = c.P()
    return [p.any("inv full"), " ", ch(["MRN ", "mrn "]), S("MRN", fullwidth(dg(8))), ch([" pls fix label", " — transport", ""])]

@phi("structured", "zero-width")
def _(c):
    c.tags.update(["evasion", "zero-width"])
    v = f"{dg(3)}\u200b{dg(3)}\u200b{dg(4)}"
    return ["cb ", S("PHONE", v), " for ", c.P().any("h full")]

@phi("email", "evasion")
def _(c):
    r = c.P(); c.tags.add("evasion")
    f_, l_ = ascii_fold(r.first).lower().replace("-", ""), ascii_fold(r.last).lower().replace(" ", "").replace("'", "")
    v = ch([f"{f_[0]}.{l_} [at] gmail [dot] com", f"{f_}{l_} at yahoo dot com", f"{f_}.{l_} (at) comcast (dot) net"])
    return [ch(REL), " ", r.fn(), "'s email: ", S("EMAIL", v)]

@phi("equipment", "home-health")
def _(c):
    p = c.P()
    return [ch(["Hospital bed delivery for ", "DME: bed + commode for ", "equipment drop for "]), p.any("full h"), " — ", c.addr(),
            ". ", ch(["needs ordered by Fri", "Apria confirmed", "no one home till 4"])]

@phi("appointment", "date")
def _(c):
    p = c.P()
    return [p.any("full hfull"), " f/u with ", ch(["cardiology", "ortho", "wound clinic", "onc", "GI"]), " ", c.hd(), " at ", c.tm(),
            " — ", ch(["needs ride", "interpreter requested", "reminder call done"])]

@phi("pcp")
def _(c):
    p = c.P()
    return [ch(["PCP office for ", "PCP for "]), p.any("h full"), ": ", c.ph("personal", 0), ", ", ch(["Dr. ", ""]), c.sur(), "'s office"]

@phi("account")
def _(c):
    p = c.P()
    return ["Guarantor acct ", S("ACCOUNT_NUMBER", dg(8)), " for ", p.any("full inv"), " — billing says balance hold, pls route to PFS"]

@phi("multi-patient")
def _(c):
    a, b, d = c.P(), c.P(), c.P()
    return [ch(["Rm ", "rm "]), c.rm(), " ", a.ln(), ", rm ", c.rm(), " ", b.ln(), ", rm ", c.rm(), " ", d.ln(),
            ch([" all need rides home today", " all d/c pending", " all waiting on PT clearance"])]

@phi("teams")
def _(c):
    p = c.P(); r = c.P()
    return [f"[{R.randint(7, 18)}:{R.randint(0, 59):02d}] ", c.st(5), ": ", p.any("h full"), " in ", c.rm(),
            " family meeting moved to ", c.tm(), ", ", ch(REL), " ", r.fn(), " is flying in"]

@phi("sitter")
def _(c):
    p = c.P()
    return [p.any("full inv"), ", ", c.age(), ", ", ch(["confused, pulling lines", "sundowning", "trying to climb OOB"]), " — sitter needed in ", c.rm(), c.e(0.3)]

@phi("interpreter", "date")
def _(c):
    p = c.P()
    return [p.any("full h"), " needs a ", ch(["Portuguese", "Haitian Creole", "Khmer", "Spanish", "Vietnamese", "ASL", "Arabic"]),
            " interpreter for d/c teaching ", c.hd()]

@phi("dispatch")
def _(c):
    p = c.P()
    return [ch(["Unit 12 to ", "Car 3 → ", "Dispatch: unit 7 en route to "]), c.addr(), ", pt ", p.full(), " ", c.age(0), "yo fall, lift assist"]

@phi("lost-items")
def _(c):
    p = c.P(); r = c.P()
    return ["Lost dentures ", p.any("h ln"), " rm ", c.rm(), " — family ", r.fn(), " ", c.ph()]

@phi("pet-visit")
def _(c):
    p = c.P()
    return [p.poss("full h"), " dog ", ch(["Biscuit", "Pepper", "Moose", "Lola"]), " coming for a pet visit at ", c.tm(), ", security aware"]

@phi("same-name")
def _(c):
    s = c.sur()
    return ["pt in ", c.rm(), " is ", ch(["Mr. ", "Mrs. ", ""]), S("NAME", s), " — no relation to Dr. ", s, " on nights lol", c.e(0.4)]

@phi("age")
def _(c):
    p = c.P()
    return [p.any("full inv h"), ", ", c.age(0), "-year-old ", ch(["admitted from SNF", "from home w/ VNA", "direct admit"]), ", ", ch(DX)]

@phi("dob")
def _(c):
    p = c.P()
    return [p.inv(), " DOB ", c.hd("dob"), ch([" — wrong DOB on armband", " pls verify w/ 2 identifiers", ", registration fixing"])]

@phi("records", "multiline")
def _(c):
    rows = [ch(["Labels to reprint:", "Reprint armbands:"])]
    for _ in range(R.randint(2, 3)):
        p = c.P()
        rows.append(["\n", p.inv(), " ", c.mrn(False, 0)])
    return rows

@phi("transport")
def _(c):
    p = c.P()
    return [p.inv(), " | ", c.rm(), " → ", ch(["CT", "MRI", "IR", "dialysis", "endo"]), " | ", ch(["O2 2L", "RA", "tele"]), " | iso: ",
            ch(["none", "contact", "droplet"]), " | ", c.tm()]

@phi("readmit", "date")
def _(c):
    p = c.P()
    return [p.any("full h"), " back again, readmit w/in 30 days (d/c'd ", c.hd(), ")", c.e(0.3)]

@phi("hospice")
def _(c):
    p = c.P(); r = c.P()
    return ["Hospice referral for ", p.any("h full"), ", ", c.age(), ", comfort care, family (", r.fn(), ") at bedside"]

@phi("infusion")
def _(c):
    rows = ["Confirm calls for tomorrow:"]
    for _ in range(R.randint(2, 3)):
        p = c.P()
        rows.append(["\n", ch(["✅ ", "❌ ", "📞 "]), p.any("full inv"), " ", c.ph(obf=0.05)])
    return rows

@phi("device", "evasion")
def _(c):
    p = c.P(); c.tags.add("evasion")
    v = " ".join(up(2) + dg(6))
    return ["insulin pump serial ", S("DEVICE_ID", v), " on ", p.any("h full"), ", pt managing own pump per policy"]

@phi("bold", "slack-markup")
def _(c):
    p = c.P()
    return ["*", p.any("h full inv"), "* ", ch(["in ", "rm "]), c.rm(), " ", ch(["NPO after MN for ", "consent needed for ", "pre-op checklist for "]),
            ch(["TKA", "PEG", "cath", "EGD"]), " on ", S("DATE", f"{R.randint(1,12)}/{R.randint(1,28)}")]

@phi("lowercase")
def _(c):
    p = c.P()
    return ["anyone know if ", p.any("fn ln"), " in ", c.rm(), " got the ", ch(["walker", "O2 eval", "ride", "cane"]), " sorted? ", ch(REL), " keeps calling ", c.ph()]

@phi("staffing-mixed")
def _(c):
    p = c.P()
    return [c.st(), " is 1:1 with ", p.any("h ln full"), " in ", c.rm(), " till ", c.tm(), ", ", c.st(0), " has the rest of the pod"]

@phi("dob", "evasion")
def _(c):
    p = c.P()
    y = R.randint(1921, 1999); m = R.randint(1, 12); d = R.randint(1, 28)
    c.tags.add("evasion")
    return [p.any("full ln"), " dob ", S("DATE", ch([f"{m:02d} {d:02d} {y}", f"{m:02d}/{d:02d}/{y}".replace("/", " / "), f"{m:02d}{d:02d}{y}"]))]

@phi("case-mgmt")
def _(c):
    p = c.P()
    return [ch(["CM update: ", "cm: "]), p.any("full inv h"), " ", ch(["accepted at", "denied by", "waitlisted at"]), " ", ch(["Sunny Acres", "Merrimack Rehab", "Pine Knoll"]),
            ", auth # pending. ", c.har()]

@phi("license", "credentialing")
def _(c):
    kind = ch(["pharm tech license ", "RN license ", "lic # ", "LPN license "])
    v = {"pharm tech license ": ch([f"PT.{dg(7)}", f"PHT{dg(5)}"]), "RN license ": ch([f"RN{dg(7)}", f"RN-{dg(6)}", dg(6)]),
         "lic # ": ch([f"RN{dg(7)}", dg(7)]), "LPN license ": f"LPN{dg(6)}"}[kind]
    return [kind, "for ", c.st(ch([0, 5])), " is ", S("LICENSE_NUMBER", v), ch([" — renewal due ", " expires ", ", verified on board site "]), c.md()]

@phi("visitor", "license")
def _(c):
    v = c.P()
    return ["after-hours visitor ", v.any("full inv"), ch([" scanned DL ", " ID # "]), c.dl(), " for ", c.rm()]

@phi("family")
def _(c):
    p = c.P(); a = c.P(); b = c.P()
    return ["Family contacts for ", p.any("h full"), ":\n", ch(["wife ", "husband ", "dtr "]), a.fn(), " ", c.ph(), "\n", ch(["son ", "niece ", "nephew "]), b.full(), " ", c.ph()]

@phi("name-in-url")
def _(c):
    p = c.P()
    return [ch(["Dtr set up ", "family made "]), c.purl(p, True), ch([" for updates", " - pls don't share", ""])]

@phi("quote", "slack-markup")
def _(c):
    p = c.P()
    return [Raw("> "), ch(["Can I get a callback about my mom, ", "pls tell them I called re my dad "]), p.full(), ", ", c.ph(), "\n", ch(["^ from the portal", "forwarded from front desk", "^ vm transcript"])]

@phi("escalation")
def _(c):
    p = c.P()
    return [Raw("<!here> "), ch(["need a lift team in ", "rapid response called to "]), c.rm(), " — ", p.any("h ln"), ch([" slid out of chair", " not responding"]), c.e(0.5)]

@phi("dispatch", "address")
def _(c):
    p = c.P()
    return [ch(["Pickup ", "PU "]), c.tm(), " ", p.any("ln full inv"), " @ ", c.addr(), " → ", ch(["infusion", "dialysis", "wound clinic", "MRI"]), " | w/c"]

@phi("insurance")
def _(c):
    p = c.P()
    lab, v = c.mem()
    return [lab, v, " for ", p.any("h full"), ch([" — coverage ends 6/30", " termed 12/31", ", eff 1/1"]), ch(["", ". group # " + dg(6) + " is the employer"])]

@phi("staffing-mixed", "lowercase")
def _(c):
    p = c.P()
    return ["who has ", p.any("ln fn"), "? ", ch(REL), " at the desk asking. ", c.st(0), " is on break"]

@phi("discharge")
def _(c):
    p = c.P()
    return [ch(["d/c summary for ", "DC papers for "]), p.any("full inv"), ch([" faxed to ", " sent to "]), ch(["Sunny Acres", "the VNA", "PCP"]), " at ", c.ph("personal", 0)]

@phi("vip", "employee-health")
def _(c):
    p = c.stfull()
    first, last = p.split(" ", 1)
    return ["Our own ", ch(["Dr. ", "RN ", ""]), S("NAME", p), " is a pt on ", ch(UNITS), " — chart is locked, VIP protocol. ", ch(["don't look it up", "no visitors", "send cards to the unit"])]

@phi("typo")
def _(c):
    c.tags.add("typo")
    p = c.P()
    return ["pt ", p.any("full ln"), " in ", c.rm(), ch([" refusng meds again", " neds a new IV, pls", " waitng on ride"]), ", ", ch(REL), " calld twice"]

@phi("ride")
def _(c):
    p = c.P()
    return [ch(["Uber Health ride for ", "Lyft voucher for ", "cab chit for "]), p.any("full h"), ", to ", c.addr(), ch([", ETA 20 min", ". Pickup at main lobby", ""])]

@phi("equipment")
def _(c):
    p = c.P()
    return ["Bari bed ordered for ", p.any("h ln"), " (", ch(["420 lb", "510 lb", "380 lb"]), ") in ", c.rm(), ", ", c.po(), ", rental via ", ch(VENDORS)]

@phi("wound-care", "home-health")
def _(c):
    p = c.P()
    return ["HH wound vac swap at ", p.poss("h fn"), " ", c.hd(), " — ", c.addr(), ". vac ", S("DEVICE_ID", f"{up(3)}{dg(6)}")]

@phi("family")
def _(c):
    p = c.P(); r = c.P()
    return [r.nick() if r.first in NICK else r.full(), ", ", p.poss("h fn"), " ", ch(REL), ", is on the visitor list. No one else per pt."]

# ============================================================================= clean templates
@clean("staffing")
def _(c):
    return [ch(["Need 1 RN ", "need a CNA ", "Looking for 1 more RN "]), ch(["7p-7a", "nights", "3-11", "0700-1930"]), " on ", ch(UNITS),
            " tonight, incentive approved. ", c.men(), " can you post in ", c.chan("staffing"), "?", c.e(0.3)]

@clean("calendar", "huddle")
def _(c):
    return [ch(["Safety huddle moved to ", "huddle moved to ", "Unit huddle: "]), c.md(), " at ", c.tm(), " in ", c.conf(), c.e(0.2)]

@clean("po", "supplies")
def _(c):
    return [c.po(), " for ", ch(SUPPLIES), " approved by ", c.st(ch([0, 2, 5])), ", ETA ", c.md()]

@clean("ticket", "it")
def _(c):
    return [ch(["Tube station on ", "Pneumatic tube on ", "Nurse call on ", "Pyxis on "]), ch(UNITS), " down again — ", c.ticket(), c.e(0.3)]

@clean("version", "it")
def _(c):
    return [ch(["Pyxis upgrade to ", "Epic upgrade to ", "Alaris library ", "Vocera badges updated to "]), c.ver(), ch([" tonight 0200, expect downtime", " goes live " + c.md(), " rolling out " + c.md(), " goes live tonight"])]

@clean("exec-name", "calendar")
def _(c):
    return [ch(["CNO ", "CEO ", "VP of Nursing ", "COO "]), c.stfull(), " rounding on ", ch(UNITS), " at ", c.tm(), ch([", pls tidy the station", " — be ready for questions about staffing", ""]), c.e(0.3)]

@clean("vendor")
def _(c):
    return [ch(VENDORS), " rep ", c.stfull(), ch([" bringing loaner beds ", " in-servicing the new pumps ", " dropping off samples "]), c.md()]

@clean("facility-address", "calendar")
def _(c):
    return [ch(["New infusion center at ", "Wound clinic moving to ", "HH office relocating to "]), ch(FACILITY_ADDR), ch([" opens ", " starting ", " as of "]), c.md()]

@clean("room")
def _(c):
    return [ch(["Bed ", "bed ", "Rm ", "Room "]), c.rm(), ch([" needs terminal clean, EVS paged", " is blocked for iso", " is clean/ready", " - bed alarm broken"])]

@clean("age-young")
def _(c):
    return [c.yage(), ch(["yo", " y/o", " year old"]), " in ", c.rm(), ch([" needs a sitter overnight", " is the admit from ED", " going to CT at 10", " ready for d/c"])]

@clean("age-aggregate")
def _(c):
    return [ch(["We have ", "we've got ", "FYI "]), str(R.randint(2, 9)), ch([" pts over 90", " patients 90+", " pts >90"]),
            ch([" on the unit this week, fall risk huddle at ", " on census today, extra sitters at "]), c.tm()]

@clean("duration")
def _(c):
    return [ch(["pharmacy: ", "FYI: "]), "insurance only covers a ", ch(["90-day", "90 day", "30-day"]), " supply now for maintenance meds", c.e(0.2)]

@clean("npi")
def _(c):
    return [c.st(3), " NPI ", c.npi(), ch([" for the DME order form", " — use this on the HH referral", ""])]

@clean("cpt")
def _(c):
    return [ch(["Coders want ", "billing says use "]), "CPT 97597 not 97598 for ", ch(["selective debridement", "the wound debridement"]), c.e(0.2)]

@clean("icd")
def _(c):
    return ["use ", ch(["L89.154", "L89.313", "E11.621", "I83.012"]), " for ", ch(["stage 4 sacral", "stage 3 R buttock", "DFU", "venous ulcer"]), ch([", not the unspecified code", " per CDI"])]

@clean("mrn-topic")
def _(c):
    return ["Reminder: the new 10-digit MRNs go live ", c.md(), ", update your ", ch(["label printers", "downtime sheets", "bookmarks"])]

@clean("ssn-topic")
def _(c):
    return [ch(["Do NOT type SSNs into ", "pls stop putting SSNs in "]), ch(["the transport request form", "Slack", "the bed board notes"]), " — compliance flagged it", c.e(0.3)]

@clean("hipaa")
def _(c):
    return ["Reminder per HIPAA: no pt names in ", c.chan(), ", use room #s only", c.e(0.3)]

@clean("ext")
def _(c):
    a, b = R.sample(["pharmacy ", "IV team ", "bed mgmt ", "house sup ", "EVS ", "transport "], 2)
    return [a, ch(["is ", ""]), c.ext(), ", ", b, c.ext()]

@clean("zoom", "calendar")
def _(c):
    return ["Zoom for the ", ch(["staffing meeting", "bed meeting", "CM rounds"]), ": ", c.zoom(), ", passcode ", dg(6)]

@clean("zip-like")
def _(c):
    a = ch(list(ZIPS.values())); b = ch(list(ZIPS.values()))
    return ["cost center ", a, " is the wrong one for ", ch(SUPPLIES), ", use ", b]

@clean("money")
def _(c):
    return ["bari bed rental is $", str(R.randint(90, 260)), "/day, need ", c.st(ch([0, 5])), "'s approval over $1,", dg(3)]

@clean("asset")
def _(c):
    return [ch(["pump ", "wound vac ", "bladder scanner "]), c.asset(), " needs PM, leave in the dirty utility", c.e(0.2)]

@clean("insurance-topic")
def _(c):
    return ["Group # ", dg(6), " is the employer group, not the member ID — registration keeps mixing them up"]

@clean("calendar")
def _(c):
    return ["Cake in the break room at ", c.tm(), " for ", c.st(ch([0, 0, 5])), "'s birthday", ch([" 🎂", " :birthday:", "!"])]

@clean("calendar", "staffing")
def _(c):
    return [c.st(0), " is out ", c.mdr(), ", ", c.st(0), " covering charge"]

@clean("deadline")
def _(c):
    return [ch(["Annual competencies due ", "Skills checkoffs due ", "Restraint module due "]), c.md(), ", ", str(R.randint(3, 20)), " of you still outstanding", c.e(0.3)]

@clean("policy")
def _(c):
    return [ch(["New restraint policy effective ", "Updated fall policy effective ", "Visitor policy changes "]), c.md(), ch([", read before signing", "", " — see intranet"])]

@clean("relative-date")
def _(c):
    return ["pt in ", c.rm(), ch([" going home tomorrow, needs walker", " d/c tomorrow am, ride confirmed", " to SNF Monday"])]

@clean("money", "last4")
def _(c):
    return ["the unit p-card ending ", dg(4), ch([" declined again", " expires 09/27", " hit the limit"]), ", ", c.st(0), " is calling the bank"]

@clean("calendar")
def _(c):
    return [c.st(3), " is on service ", c.mdr(), " for ", ch(["wound consults", "hospitalist B", "palliative"])]

@clean("slack-markup")
def _(c):
    o = ch(ORGS)
    return [Raw(f"<https://intranet.{o}.org/policies/{ch(['fall-prevention', 'restraints', 'visitor'])}|{ch(['fall policy', 'policy', 'updated policy'])}>"), " updated, read before ", c.md()]

@clean("facility")
def _(c):
    return ["Shuttle from the ", ch(["Tarbox lot", "Hale St garage", "Pine St lot"]), " runs every ", ch(["10", "15", "20"]), " min during construction"]

@clean("supplies")
def _(c):
    a, b = R.sample(SUPPLIES, 2)
    return ["We're short on ", a, " and ", b, " on ", ch(UNITS), c.e(0.3)]

@clean("staffing")
def _(c):
    return ["Grid for ", c.md(), ": ", str(R.randint(4, 9)), " RN, ", str(R.randint(1, 4)), " CNA, 1 clerk. ", c.st(0), " floating to ", ch(UNITS)]

@clean("transport")
def _(c):
    return ["Transport backlog ", str(R.randint(6, 25)), " requests, ", str(R.randint(2, 5)), " drivers, ETA ", str(R.randint(20, 60)), " min", c.e(0.3)]

@clean("room", "multiline")
def _(c):
    rows = [ch(["Room status:", "EVS list", "*Rooms*"])]
    for _ in range(R.randint(3, 5)):
        rows.append(["\n• ", str(R.randint(401, 499)), " ", ch(["dirty", "clean", "blocked - iso", "pending d/c", "EVS in room"])])
    return rows

@clean("calendar", "drill")
def _(c):
    return ["Code ", ch(["pink", "silver", "orange", "red"]), " drill ", c.md(), " ", c.tm(), ", all units"]

@clean("facility")
def _(c):
    return ["Garage level ", str(R.randint(2, 5)), " closed ", c.md(), ", park in the ", ch(["Tarbox lot", "overflow lot"])]

@clean("infusion", "calendar")
def _(c):
    return ["Infusion chairs 1-", str(R.randint(8, 14)), " full ", c.md(), ", overflow to our ", ch(SITES), " site"]

@clean("money", "fiscal")
def _(c):
    return [ch(["Q1", "Q2", "Q3", "Q4"]), " supply spend over by ", str(R.randint(3, 15)), "%, ", ch(["FY2026", "FY2027", "FY26"]), " budget meetings start ", c.md()]

@clean("home-health", "calendar")
def _(c):
    return ["All SOC visits for the ", ch(["north", "south", "Merrimack"]), " team shift to Tues/Thurs starting ", c.md()]

@clean("ticket", "vendor")
def _(c):
    return [ch(VENDORS), " backorder on ", ch(SUPPLIES), ", case ", c.ticket()]

@clean("donor")
def _(c):
    return ["Thanks to the ", c.sur(), ch([" Family Foundation", " Fund", " family"]), " for the new recliners in infusion!", c.e(0.5)]

@clean("kudos")
def _(c):
    return ["Shoutout to ", c.st(ch([0, 1, 5, 7])), " and ", c.st(ch([0, 1, 2])), " for covering nights", c.e(0.7)]

@clean("quote", "slack-markup", "multiline")
def _(c):
    return [Raw("> "), ch(["can someone cover my 3rd?", "anyone want to swap 3/14 for 3/21?", "who has the equipment room key?"]), "\n", ch(["I can — ", "me! ", "got it - "]), c.st(0)]

@clean("age-young", "spelled-age")
def _(c):
    n = R.randint(70, 89)
    w = {7: "seventy", 8: "eighty"}[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    return [ch(["pt in ", "the lady in ", "gentleman in "]), c.rm(), " is ", w, ch([" and going to rehab", ", lives alone, CM aware", " - sharp, independent"])]

@clean("equipment")
def _(c):
    return [ch(["Fax machine on ", "Label printer on ", "Glucometer dock on "]), ch(UNITS), " jammed, use the one in ", ch(UNITS)]

@clean("room")
def _(c):
    return ["Rm ", str(R.randint(401, 499)), " and ", str(R.randint(401, 499)), " are now negative pressure", c.e(0.2)]

@clean("bed-board")
def _(c):
    return ["Bed board: ", str(R.randint(0, 5)), " dirty, ", str(R.randint(0, 5)), " pending d/c, ", str(R.randint(0, 4)), " clean, ", str(R.randint(0, 3)), " blocked"]

@clean("pharmacy")
def _(c):
    return [ch(["Heparin 5000 unit vials", "Zosyn 3.375g", "IV contrast", "Saline 1L bags"]), " on shortage, ", ch(["use prefilled syringes", "call pharmacy before ordering", "conserve pls"])]

@clean("education", "calendar")
def _(c):
    return [ch(["Wound care in-service ", "Pump training ", "Skills fair "]), c.md(), " ", c.tm(), ", CEUs available", c.e(0.3)]

@clean("pharmacy")
def _(c):
    return ["Pyxis on ", ch(UNITS), " refill at ", c.tm(), ", ", c.st(ch([0, 6])), " doing the run"]

@clean("facility")
def _(c):
    return ["Family lounge on ", str(R.randint(2, 8)), " closed for painting ", c.md()]

@clean("contract", "vendor")
def _(c):
    return ["Contract #C-", dg(4), " with ", ch(VENDORS), " renewed through ", ch(["FY2027", "FY2028", "June 2027"])]

@clean("policy")
def _(c):
    return ["always verify 2 identifiers (name + DOB) before ", ch(["transport", "med pass", "blood draws"]), ", ", c.st(0), " found a near miss"]

@clean("exec-name")
def _(c):
    return [c.stfull(), ch([" (CFO)", " (VP Ops)", " from the board"]), " wants the census report by ", c.tm()]

@clean("version")
def _(c):
    return [ch(["bed board app ", "Epic Rover ", "Vocera "]), ch([f"build 2025.{R.randint(1,12)}.0.{R.randint(1,9)}", f"v{R.randint(2,9)}.{R.randint(0,9)}.{R.randint(0,9)}"]), " rolling out ", c.md()]

@clean("staffing")
def _(c):
    a, b = c.given(), c.given()
    return [a, " and ", b, " are both charge tonight lol", c.e(0.5)]

@clean("staffing")
def _(c):
    return [c.st(3), " is the attending for rm ", c.rm(), " this week"]

@clean("ticket")
def _(c):
    return ["Safety report #SR-", dg(5), " filed for the ", ch(["lift malfunction", "broken bed rail", "med fridge temp"])]

@clean("teams")
def _(c):
    return [f"[{R.randint(7, 18)}:{R.randint(0, 59):02d}] ", c.st(5), ": who has the keys to the equipment room?"]

@clean("supplies", "lowercase")
def _(c):
    return [ch(["we r out of ", "out of ", "no more "]), ch(SUPPLIES), " again", ch([" smh", " ugh", ""]), c.e(0.3)]

@clean("slack-markup", "zoom")
def _(c):
    return [Raw(f"<https://zoom.us/j/{dg(11)}|Zoom>"), " for the ", c.tm(), " bed meeting"]

@clean("regulation")
def _(c):
    return ["new MA regulation on ", ch(["staffing ratios", "workplace violence reporting", "restraint training"]), " starts ", ch(["next quarter", "in FY2027", "Jan 1"])]

@clean("facility")
def _(c):
    return ["our ", ch(SITES), " site is short a ", ch(["clerk", "CNA", "scheduler"]), " ", ch(["today", "this week", "for nights"])]

@clean("facility-address")
def _(c):
    return ["Mail the forms to ", ch(FACILITY_ADDR), " attn: ", ch(["Case Mgmt", "HIM", "Pharmacy", "Staffing Office"])]

@clean("interpreter", "calendar")
def _(c):
    return [ch(["Spanish", "Portuguese", "Haitian Creole", "ASL"]), " interpreter available ", c.tm(), "-", c.tm(), " ", c.md()]

@clean("multiline", "staffing")
def _(c):
    rows = ["Assignments:"]
    for i in range(R.randint(3, 4)):
        a = 401 + i * 5
        rows.append(["\n", c.st(ch([0, 2, 5])), " ", str(a), "-", str(a + 4)])
    return rows

@clean("relative-date")
def _(c):
    return [c.rm(), " d/c tomorrow am, ride confirmed", c.e(0.3)]

@clean("age-young")
def _(c):
    return [ch(["89", "88", "87"]), ch([" y/o", "yo"]), " in bed ", str(R.randint(1, 30)), " — ", ch(["fall risk", "NPO", "needs sitter"])]

@clean("welcome")
def _(c):
    return ["Welcome ", c.stfull(), ", our new ", ch(["unit clerk", "night CNA", "HH coordinator", "infusion RN"]), "!", c.e(0.7)]

@clean("transport")
def _(c):
    return [c.men(), " can transport grab the ", ch(["stretcher", "w/c", "bari chair"]), " from ", c.rm(), "? it's blocking the hall"]

@clean("supplies", "po")
def _(c):
    return ["Order # ", dg(7), " and invoice ", dg(6), " for the ", ch(SUPPLIES), " both posted, ", c.st(0), " reconciled"]

@clean("huddle", "multiline")
def _(c):
    return ["*Huddle notes*\n- census ", str(R.randint(20, 36)), "\n- ", str(R.randint(1, 6)), " d/c pending\n- ", str(R.randint(0, 4)), " admits pending from ED\n- ",
            c.st(0), " is resource RN"]

@clean("equipment")
def _(c):
    return ["Loaner ", ch(["IV pumps", "SCD machines", "bladder scanner"]), " from ", ch(VENDORS), " arriving ", c.md(), ", ", c.asset(), " through ", c.asset()]

@clean("staffing", "emoji")
def _(c):
    return [ch(["Census ", "census "]), str(R.randint(18, 36)), ch([", we're good on staff", ", need 1 more", ", 2 call-outs"]), " ", ch(EMOJI)]

@clean("home-health")
def _(c):
    return [ch(["HH coordinators: ", "hh team - "]), "mileage forms due ", c.md(), ", ", c.st(0), " is collecting"]

@clean("wound-care")
def _(c):
    return ["WOC team is ", ch(["down one", "fully staffed", "covering the clinic"]), " ", c.md(), ", consults after ", c.tm(), " wait till am"]

@clean("infusion")
def _(c):
    return ["Infusion ", ch(["pharmacy", "pump library"]), " update: ", ch(MEDS), " now ", ch(["premixed", "on a 90-min rate", "requires filter"]), " per ", c.st(3)]

@clean("transport", "facility-address")
def _(c):
    return ["Wheelchair van pickups now from the ", ch(["main lobby", "Tarbox St entrance", "ED ambulance bay"]), ", ", ch(FACILITY_ADDR)]

@clean("hipaa", "lowercase")
def _(c):
    return ["pls dont post pt names or DOBs here, use ", c.chan("secure-chat"), " or epic secure chat"]

@clean("phone-topic")
def _(c):
    return ["the new callback line number will be posted next week, old ", c.ext(), " still works till then"]

@clean("calendar", "multiline")
def _(c):
    return ["*This week*\n", c.md(), " — skills fair\n", c.md(), " — ", ch(["CNO town hall", "Joint Commission mock survey"]), "\n", c.md(), " — ", ch(["potluck", "staff meeting"]), c.e(0.3)]

@clean("staffing")
def _(c):
    return ["can anyone swap ", c.md(), " nights? I'll take your ", c.md(), " — ", c.st(0)]

@clean("version", "ip-like")
def _(c):
    return ["Alaris drug library ", f"{R.randint(2024, 2026)}.{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(1, 40)}", " pushed to all pumps"]

@clean("exec-name", "vendor")
def _(c):
    return [c.stfull(), " from ", ch(VENDORS), " and our director ", c.stfull(), " meeting ", c.md(), " re: the bed contract"]

@clean("hard-negative", "room")
def _(c):
    return ["Move ", c.rm(), " to ", c.rm(), ", ", c.rm(), " needs the bari bed. ", c.men(), " fyi"]

@clean("pharmacy")
def _(c):
    return [c.st(6), " on pharm: ", ch(["cart fill done", "narc count off by 1 on " + ch(UNITS), "fridge temp log missing on " + ch(UNITS)])]

@clean("lowercase", "staffing")
def _(c):
    return ["who's charge on ", ch(UNITS), " tn? need someone to sign the ", ch(["narc count", "restraint log", "crash cart check"])]

@clean("dispatch")
def _(c):
    return ["Dispatch: unit ", str(R.randint(1, 20)), " out of service, ", ch(["flat tire", "lift broken", "driver out sick"]), ". ", c.ticket()]

@clean("calendar", "deadline")
def _(c):
    return ["Timecards due ", c.md(), " by ", c.tm(), ", ", c.st(0), " approving"]

@clean("case-mgmt")
def _(c):
    return ["CM team: ", ch(["SNF auths taking 3-5 days", "MTM rides need 48h notice", "Medicaid pending takes 45 days"]), " now, plan accordingly", c.e(0.2)]

@clean("hard-negative")
def _(c):
    return ["bed ", str(R.randint(1, 30)), " in the ", ch(["ED", "PACU", "CDU"]), " has been waiting ", str(R.randint(2, 9)), "h for a tele bed, ", c.st(0), " escalated to bed mgmt"]

@clean("equipment", "ticket")
def _(c):
    return [ch(["Lift", "Hoyer", "Ceiling lift"]), " in ", c.rm(), " out of service — biomed ", c.ticket()]

# ============================================================================= rendering
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "ADDRESS": "address", "URL": "url",
            "PHONE": "phone", "EMAIL": "email"}
STRUCT = {"MRN", "SSN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "DEVICE_ID",
          "VEHICLE_ID", "CREDIT_CARD", "IP_ADDRESS", "PHONE", "EMAIL"}
SHORTCODE = re.compile(r"(?<![\w/]):[a-z_]+:(?![\w/])")
WORD = re.compile(r"\b[a-z]{5,}\b")

def typo_word(w):
    i = R.randint(1, len(w) - 3)
    f = R.randrange(3)
    if f == 0: return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if f == 1: return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]

def add_typos(parts, n):
    idx = [k for k, p in enumerate(parts) if type(p) is str and WORD.search(p)]
    done = 0
    R.shuffle(idx)
    for k in idx[:n]:
        ms = list(WORD.finditer(parts[k]))
        m = ch(ms)
        if m.group(0) in ("https", "mailto"):
            continue
        parts[k] = parts[k][:m.start()] + typo_word(m.group(0)) + parts[k][m.end():]
        done += 1
    return done

def render(parts, lower):
    text = ""; spans = []
    for p in parts:
        if isinstance(p, S):
            v = p.v.lower() if lower else p.v
            spans.append((p.t, v, len(text.encode("utf-8"))))
            text += v
        elif isinstance(p, Raw):
            text += p
        else:
            text += p.lower() if lower else p
    return text, spans

def verify(text, spans):
    b = text.encode("utf-8"); pos = 0
    for t, v, start in spans:
        if not v or v != v.strip() or v[-1] in ",;:'\"()*<>|" or v[0] in ",;:'\"()*<>|.":
            return False
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i != start:
            return False
        pos = i + len(vb)
    return True

def build(tmpl, tags):
    for attempt in range(60):
        c = Ctx()
        try:
            parts = flat(tmpl(c))
        except RuntimeError:
            continue
        mtags = set(tags) | c.tags
        lower = "lowercase" in mtags or R.random() < 0.10
        if lower: mtags.add("lowercase")
        if "typo" not in mtags and R.random() < 0.10:
            if add_typos(parts, R.randint(1, 2)): mtags.add("typo")
        if R.random() < 0.04:
            nk = [k for k, p in enumerate(parts) if isinstance(p, S) and p.t == "NAME" and len(p.v) >= 6 and re.fullmatch(r"[A-Za-z]+", p.v)]
            if nk:
                k = ch(nk); parts[k] = S("NAME", typo_word(parts[k].v)); mtags.add("typo")
        text, spans = render(parts, lower)
        if not verify(text, spans):
            continue
        types = [t for t, _, _ in spans]
        for t in types:
            if t in TYPE_TAG: mtags.add(TYPE_TAG[t])
            if t in STRUCT: mtags.add("structured")
        if "\n" in text: mtags.add("multiline")
        if re.search(r"<[@#!]|<https?://|<mailto:|<tel:", text) or re.search(r"(^|\s)\*[^*\n]+\*", text) or re.search(r"(^|\n)> ", text):
            mtags.add("slack-markup")
        if SHORTCODE.search(text) or any(unicodedata.category(ch_) == "So" for ch_ in text):
            mtags.add("emoji")
        if "\u200b" in text: mtags.add("zero-width")
        if any(0xFF10 <= ord(ch_) <= 0xFF3A for ch_ in text): mtags.add("fullwidth")
        mtags.discard("phi"); mtags.discard("clean")
        return text, [{"type": t, "value": v} for t, v, _ in spans], sorted(mtags)
    raise RuntimeError("could not build from %s" % tmpl)

def main():
    n_phi = N_TOTAL - N_CLEAN
    def schedule(tlist, n):
        out = []
        while len(out) < n:
            blk = list(tlist); R.shuffle(blk); out.extend(blk)
        return out[:n]
    jobs = [(t, tg, True) for t, tg in schedule(PHI_T, n_phi)] + [(t, tg, False) for t, tg in schedule(CLEAN_T, N_CLEAN)]
    R.shuffle(jobs)
    seen = set(); items = []
    for tmpl, tags, want_phi in jobs:
        for _ in range(30):
            text, spans, tg = build(tmpl, tags)
            if text not in seen:
                break
        if text in seen:
            raise RuntimeError("duplicate text")
        assert bool(spans) == want_phi, (tmpl.__name__, text, spans)
        seen.add(text)
        tg = [t for t in tg] + (["phi"] if spans else ["clean"])
        items.append({"text": text, "spans": spans, "tags": tg})
    with open(OUT, "w", encoding="utf-8") as f:
        for k, it in enumerate(items, 1):
            rec = {"id": "hk%04d" % k, "text": it["text"], "spans": it["spans"], "tags": it["tags"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d phi, %d clean), %d phi templates, %d clean templates"
          % (len(items), sum(1 for i in items if i["spans"]), sum(1 for i in items if not i["spans"]),
             len(PHI_T), len(CLEAN_T)))

if __name__ == "__main__":
    main()
