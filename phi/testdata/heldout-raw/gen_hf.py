#!/usr/bin/env python3
"""gen_hf.py - labelled ED / inpatient-flow chat messages for the PHI guard (generator hf).

Standard library only, fixed seed, byte-for-byte reproducible.  Writes
generated_hf.jsonl next to this script: 1,500 messages in the raw author format
{"id","text","spans":[{"type","value"}],"tags"}.

Messages are built as lists of segments (text, type-or-None, raw-flag); labels come
from the segments, never from searching the finished text.  Every message is
checked so that a left-to-right search for each value (the way the format checker
converts values to byte offsets) lands exactly on the segment it came from.
"""
import datetime
import json
import os
import re
import random
import unicodedata

SEED = 20250611
N_TOTAL = 1500
N_CLEAN = 675  # 45 %

# ---------------------------------------------------------------------------
# value pools
# ---------------------------------------------------------------------------

GIVEN_F = """Maria Rosa Carmen Ana Lucia Sofia Valentina Ximena Itzel Yesenia Marisol Araceli
Esperanza Consuelo Dolores Guadalupe Socorro Mercedes Inés Milagros Yolanda Maribel Beatriz
Ama Akosua Abena Chiamaka Ngozi Folake Temitope Ifeoma Aminata Fatoumata Awa Adjoa Efua
Yetunde Binta Priya Anjali Deepa Lakshmi Harpreet Sunita Meenakshi Kavya Pooja Nusrat Tahmina
Rukhsana Ayesha Zainab Shreya Mei Ji-yeon Seo-yeon Yuki Aiko Sakura Linh Huong Phuong Quynh
Hoa Chanthy Vanna Ploy Fatima Layla Mariam Nour Rania Amira Huda Salma Rasha Leila Oksana
Olena Natalia Tatiana Katarzyna Agnieszka Zofia Jelena Ivana Anastasia Halyna Mirela Ludmila
Winona Aiyana Tallulah Kiona Dyani Enola Nizhoni Shandiin Dezba Ayita Catori Onawa Nokomis
Leilani Malia Noelani Mele Salote Moana Pua Lani Sina Mary Patricia Linda Barbara Elizabeth
Jennifer Susan Margaret Dorothy Nancy Karen Betty Helen Sandra Donna Carol Ruth Sharon
Shirley Joan Gloria Evelyn Frances Mildred Bernadette Brittany Ashley Kayleigh Madison
Colleen Siobhan Aoife Fiona Noreen Theresa Agnes Irene Lorraine Latoya Keisha Imani Aaliyah
Ebony Widline Fabiola Guerline Marie-Claude Hodan Fadumo Ayaan Fernanda Conceição Gabriela
Antonietta Carmela Eleni Vasiliki Ani Lusine Miriam Shira Esther Hope Joy Rose Grace Faith
Summer Autumn June April Dawn Crystal Amber Ruby Pearl Iris Ivy Holly Lily Mercy Precious
Destiny Harmony Patience Charity Bonnie Trudy Gert Wanda Doreen Loretta""".split()

GIVEN_M = """José Juan Carlos Luis Miguel Alejandro Javier Rafael Ernesto Joaquín Tomás Héctor
Rigoberto Reynaldo Wilfredo Francisco Kwame Kofi Yaw Chukwuemeka Oluwaseun Adebayo Babajide
Obinna Nnamdi Mamadou Ousmane Moussa Kojo Olumide Chidi Emeka Rohan Arjun Sanjay Venkatesh
Gurpreet Rajesh Aarav Ishaan Nikhil Farhan Sandeep Imran Bilal Dilip Vikram Wei Xiaoming Jun
Hyun-woo Min-jun Hiroshi Haruto Kenji Takeshi Thanh Minh Duc Bao Tuan Sokha Dara Somchai
Mohammed Ahmed Omar Khalid Yousef Hassan Hussein Samir Tariq Karim Jamal Walid Ibrahim
Mustafa Dmitri Sergei Bogdan Piotr Wojciech Milan Dragan Yuriy Vasyl Andrzej Stanislav Radek
Ahanu Chayton Takoda Koda Elu Tokala Waya Keoni Kalani Makoa Ikaika Kainoa Sione Tevita
Viliami Siaosi Kawika Tasi James Robert Michael William David Richard Thomas Charles
Christopher Daniel Matthew Donald Kenneth Paul George Edward Ronald Timothy Gerald Walter
Harold Eugene Ralph Wayne Francis Kevin Tyler Jaxon Brayden Declan Ciarán Eamon Clarence Earl
Vernon Darnell DeShawn Tyrone Malik Marquis Jean-Robert Jean Abdirahman Mahad João Manuel
Giuseppe Vincenzo Georgios Dimitrios Armen Tigran Avi Moshe Chaim Yehuda Will Hunter Jack
Rusty Chase Major Bishop Art Bill Skip Buddy Sterling Chance Royal Cash Deacon Rocky Norm
Gus Ike Mack Wade Dale Lyle Cletus""".split()

GIVEN_U = """Dakota River Sky Sequoia Pat Jordan Casey Quinn Jessie Kim Robin Shannon Sunny Brook
Remy Ashton Noa Kai""".split()

SURNAMES = """Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores
Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Mendoza Castillo Jimenez
Vasquez Delgado Aguilar Medina Herrera Soto Vega Colón Figueroa Santiago Quiñones Nuñez Ibarra
Fuentes Pacheco Espinoza Valdez Villanueva Acevedo Batista Encarnación Peña Mensah Owusu
Boateng Asante Osei Adjei Appiah Okafor Okonkwo Adeyemi Olawale Balogun Nwosu Eze Obi Chukwu
Diallo Bah Traoré Keita Coulibaly Sow Ndiaye Camara Touré Sesay Kamara Koroma Ogunleye Agyeman
Patel Shah Singh Kaur Sharma Gupta Reddy Rao Iyer Nair Menon Krishnan Chowdhury Rahman Hossain
Khan Malik Qureshi Siddiqui Desai Mehta Joshi Banerjee Chatterjee Mukherjee Pillai
Subramanian Dhillon Sandhu Gill Bhatt Nguyen Tran Le Pham Huynh Vo Dang Bui Ngo Chen Wang Zhang
Liu Huang Lin Wu Zhou Kim Park Choi Jung Kang Yoon Tanaka Suzuki Sato Watanabe Yamamoto
Nakamura Chea Sok Phan Vang Xiong Thao Yang Haddad Khoury Nasser Saleh Hamdan Farah Aziz
Mansour Darwish Abdullah Al-Masri El-Sayed Awad Jaber Karam Suleiman Bakr Hijazi Abboud
Kowalski Nowak Wiśniewski Wójcik Kaminski Lewandowski Zielinski Shevchenko Kovalenko
Bondarenko Tkachenko Petrov Ivanov Smirnov Popescu Ionescu Horvat Novak Dvořák Jankovic
Petrović Kozlov Sokolova Marchenko Bilyk Hrytsenko Begay Yazzie Tsosie Benally Nez Manygoats
Whitehorse Redcloud Bearheart Chee Harjo Deschenie Etsitty Wauneka Silversmith Tallman
Lonetree Youngblood Cornsilk Sixkiller Kealoha Kahananui Akana Kamakau Fifita Tuilagi Faleolo
Taufa Tupou Mataele Leota Sapolu Aumua Kaleo Palakiko Keawe Mahoe Tuiasosopo Fonoti Smith
Johnson Williams Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin
Thompson Harris Clark Lewis Robinson Allen Wright Scott Adams Nelson Campbell Mitchell
Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Rogers
O'Brien O'Sullivan McCarthy Sullivan Fitzgerald Doherty Callahan Kavanagh MacDonald Brannigan
Thibodeau Gagnon Pelletier Tremblay Ouellette Leblanc Cormier Boucher Doucette Fournier
Lavoie Dube Brown White Black Green Young Long Price Rich Bell Hall Wall Stone Field Rivers
Banks Woods Fox Wolf Hunter Baker Mason Carpenter Porter Walker Bishop King Church Marsh Moss
Frost Snow Winter Day Knight Love Sweet Little Small Strong Hope Cross Best Finch Swan Lamb
Bird Nurse Gold Sterling Cash Page Chase Hardy Sharp Friend Goodman Rose Bush Wood Waters
Reed Brook Lane Parks Hale Cohen Levy Goldberg Rosenberg Katz Friedman Schwartz Shapiro
Petrosyan Hovhannisyan Sarkisian Papadopoulos Nikolaidis Georgiou Russo Esposito Romano Ricci
DeLuca Mancini Silva Santos Pereira Fernandes Medeiros Andrade Monteiro Tavares
Jean-Baptiste Pierre Joseph Louis Saint-Louis Dorvil Exantus Toussaint Abdi Warsame Ali
Mohamud Yusuf""".split()
# two-word surnames (kept as one surname)
SURNAMES += ["Two Bulls", "Little Thunder", "Running Bear", "Many Horses", "De la Cruz"]


def _uniq(xs):
    return list(dict.fromkeys(xs))


GIVEN_F = _uniq(GIVEN_F)
GIVEN_M = _uniq(GIVEN_M)
GIVEN_U = _uniq(GIVEN_U)
SURNAMES = _uniq(SURNAMES)
ALL_GIVEN = _uniq(GIVEN_F + GIVEN_M + GIVEN_U)
assert len(ALL_GIVEN) >= 300, len(ALL_GIVEN)
assert len(SURNAMES) >= 300, len(SURNAMES)

NICKS = {
    "Robert": ["Bobby", "Bob", "Rob"], "William": ["Bill", "Billy", "Willie"],
    "Margaret": ["Peggy", "Maggie", "Meg"], "Elizabeth": ["Liz", "Betsy", "Beth"],
    "James": ["Jimmy", "Jim"], "Richard": ["Rick", "Richie", "Dick"],
    "Patricia": ["Patty", "Trish"], "Michael": ["Mike", "Mikey"], "Thomas": ["Tommy", "Tom"],
    "Francis": ["Frankie", "Fran"], "Dorothy": ["Dot", "Dottie"], "Edward": ["Eddie", "Ted"],
    "Charles": ["Chuck", "Charlie"], "Guadalupe": ["Lupe"], "José": ["Pepe"],
    "Francisco": ["Paco", "Pancho"], "Dolores": ["Lola"], "Consuelo": ["Chelo"],
    "Alejandro": ["Alex", "Ale"], "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"],
    "Temitope": ["Tope"], "Babajide": ["Jide"], "Chiamaka": ["Amaka"], "Venkatesh": ["Venky"],
    "Mohammed": ["Mo", "Hamoudi"], "Anastasia": ["Nastya", "Stacy"], "Natalia": ["Natasha"],
    "Dmitri": ["Dima"], "Kenneth": ["Kenny"], "Donald": ["Donnie"], "Gerald": ["Gerry"],
    "Theresa": ["Terry", "Tess"], "Harold": ["Hal"], "Walter": ["Walt"], "Timothy": ["Timmy"],
    "Katarzyna": ["Kasia"], "Wojciech": ["Wojtek"], "Yuriy": ["Yura"], "Christopher": ["Chris"],
    "Daniel": ["Danny"], "Matthew": ["Matty"], "Ronald": ["Ronnie"], "Eugene": ["Gene"],
    "Bernadette": ["Bernie"], "Mildred": ["Millie"], "Frances": ["Fran", "Frannie"],
    "Susan": ["Sue", "Susie"], "Barbara": ["Barb", "Babs"], "Helen": ["Nellie"],
    "Kawika": ["Kawi"], "Giuseppe": ["Joe", "Pino"], "Vincenzo": ["Vinny"],
    "Abdirahman": ["Abdi"], "Marie-Claude": ["Mimi"], "Jean-Robert": ["Ti-Bob"],
    "Joaquín": ["Quino"], "Rigoberto": ["Rigo"], "Reynaldo": ["Rey"], "Wilfredo": ["Willy"],
    "Antonietta": ["Toni"], "Carmela": ["Millie"], "Esperanza": ["Espe"],
}
GENERIC_NICKS = ["Junior", "Red", "Sonny", "Boo", "Tiny", "Bubba", "Peanut", "Sissy", "Doc",
                 "Smitty", "Lefty", "Nana", "Pops", "Honey", "Chico", "Nené"]

REL_F = ["daughter", "wife", "sister", "mother", "mom", "niece", "granddaughter", "aunt",
         "daughter-in-law", "stepdaughter", "girlfriend"]
REL_M = ["son", "husband", "brother", "father", "dad", "nephew", "grandson", "uncle",
         "son-in-law", "boyfriend"]
REL_N = ["partner", "HCP", "POA", "guardian", "friend", "neighbor", "cousin", "health care proxy"]
REL_FAMILY = set(REL_F + REL_M + ["cousin", "HCP", "POA", "health care proxy"]) - {"girlfriend", "boyfriend"}

TOWNS = [("Lowell", "MA", "01852"), ("Dracut", "MA", "01826"), ("Lawrence", "MA", "01841"),
         ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"), ("Andover", "MA", "01810"),
         ("North Andover", "MA", "01845"), ("Tewksbury", "MA", "01876"),
         ("Chelmsford", "MA", "01824"), ("Billerica", "MA", "01821"), ("Amesbury", "MA", "01913"),
         ("Newburyport", "MA", "01950"), ("Salisbury", "MA", "01952"), ("Georgetown", "MA", "01833"),
         ("Groveland", "MA", "01834"), ("Merrimac", "MA", "01860"), ("West Newbury", "MA", "01985"),
         ("Reading", "MA", "01867"), ("Wilmington", "MA", "01887"), ("Pelham", "NH", "03076"),
         ("Salem", "NH", "03079"), ("Windham", "NH", "03087"), ("Plaistow", "NH", "03865"),
         ("Atkinson", "NH", "03811"), ("Hampstead", "NH", "03841"), ("Derry", "NH", "03038"),
         ("Nashua", "NH", "03060"), ("Hudson", "NH", "03051"), ("Peabody", "MA", "01960"),
         ("Lynn", "MA", "01902"), ("Beverly", "MA", "01915"), ("Danvers", "MA", "01923"),
         ("Gloucester", "MA", "01930"), ("Ipswich", "MA", "01938"), ("Boxford", "MA", "01921"),
         ("Westford", "MA", "01886"), ("Dunstable", "MA", "01827"), ("Tyngsboro", "MA", "01879"),
         ("Concord", "MA", "01742"), ("Acton", "MA", "01720"), ("Essex", "MA", "01929")]

STREETS = ["Tarbox Rd", "Pleasant St", "Lakeview Ave", "Broadway", "Main St", "Elm St",
           "Chestnut St", "Bridge St", "Water St", "Merrimack St", "Lawrence St", "Central St",
           "Prospect Hill Rd", "Old County Rd", "Bayberry Ln", "Pine Ridge Dr", "Lowell Blvd",
           "Riverside Dr", "Nesmith St", "Mammoth Rd", "Varnum Ave", "Boston Rd",
           "Haverhill St", "Andover St", "Salem St", "Rte 110", "Route 113", "Hampshire Rd",
           "Oak Hill Ave", "Cross St", "Maple Ave", "School St", "Mill Pond Rd",
           "Birch Meadow Ln", "Whittier St", "Hillside Ave", "Adams Ct", "Summer St",
           "Winter St", "Spring St", "Pearl St", "Hope St", "Gorham St", "Moody St",
           "Aiken Ave", "Cabot St", "Essex St", "Jackson St", "Kimball Rd", "Turnpike St"]
UNIT_SFX = ["Apt 4", "#2", "Unit 3B", "2nd fl", "Apt 12C", "Lot 17", "Apt 2R", "#1L", "Unit 210"]

FAC_ADDR = ["1200 Merrimack St, Lowell MA 01852", "40 Summit Ave, Haverhill MA 01830",
            "255 Riverside Dr, Methuen MA 01844", "9 Commerce Way, Andover MA 01810",
            "1 Cedar Hill Plaza, Lowell MA 01854", "77 Turnpike St, North Andover MA 01845",
            "310 Main St, Amesbury MA 01913"]
FAC_SHORT = ["1200 Merrimack St", "40 Summit Ave", "255 Riverside Dr", "9 Commerce Way",
             "1 Cedar Hill Plaza", "77 Turnpike St"]
FAC_ZIP = ["01852", "01830", "01844", "01810", "01854", "01845", "01913"]
BIZ_TOWNS = ["Salem", "Andover", "Methuen", "Haverhill", "Amesbury", "Dracut", "Chelmsford",
             "Tewksbury", "Newburyport", "Derry", "Nashua"]

UNITS = ["4 West", "4W", "5 North", "5N", "6 South", "6S", "ICU", "SICU", "PCU", "CDU", "obs",
         "tele", "7 tele", "med-surg 3", "ortho", "BH", "peds", "L&D", "step-down", "neuro ICU"]
PODS = ["A", "B", "C", "D"]
OSH = ["Pinebrook Hospital", "St. Agnes Lawrence", "Harborside Regional", "Valley Regional",
       "Northgate Community", "Mercy Falls", "Beacon Ridge", "Seacoast General", "Fairhaven Memorial",
       "the Salem campus", "Greenway Children's"]
SNF = ["Maple Crest Rehab", "Riverbend Nursing", "Sunnyside SNF", "Heritage House",
       "Willow Glen Care Center", "Bayview Manor", "Elmwood Gardens", "Stone Ridge Rehab"]
PAYERS = ["MassHealth", "BCBS MA", "Tufts", "Harvard Pilgrim", "Medicare", "Aetna", "WellSense",
          "NH Healthy Families", "UHC", "Medicare Advantage", "Humana", "Cigna"]
MEDICS = ["Medic 7", "Lowell EMS 14", "Coastal EMS 12", "Amesbury Fire Rescue 1", "Engine 4",
          "Ambulance 3", "Rescue 2", "MedFlight", "Lifeline 5", "Dracut Fire 21", "Medic 11",
          "Methuen Fire Rescue", "Pelham Ambulance 2"]
DX = ["chest pain", "syncope", "AMS", "hip fx", "GI bleed", "sepsis ?UTI", "COPD exac",
      "CHF exac", "SBO", "stroke alert", "ETOH", "SI", "fall w/ head strike on thinners", "DKA",
      "afib RVR", "cellulitis", "PNA", "pyelo", "SOB", "weakness", "hyperK", "AKI",
      "failure to thrive", "abd pain", "seizure", "NSTEMI", "hypoglycemia", "delirium",
      "back pain", "lac to scalp", "hypotension", "GLF", "SAH", "UGIB", "anemia, Hgb 6.1"]
STATUS = ["tele bed pending", "waiting on CT read", "admit orders in", "needs sitter",
          "ready for transport", "boarding since 0400", "dispo home once PT clears",
          "trop x2 neg", "awaiting SNF bed", "on the list for 5N", "NPO for AM",
          "family at bedside", "pending psych eval", "on 1:1", "CIWA q2", "iso - contact",
          "RRT earlier, stable now", "pain controlled", "needs 2nd IV", "holding for OR",
          "d/c paperwork printed", "waiting on ride", "blood running", "repeat lactate at 2",
          "MRI at 0300", "needs a bariatric bed", "ok to eat", "q1 neuro checks"]
VITALS = ["BP 88/50 HR 120", "HR 118 SpO2 91% RA", "BP 182/104", "RR 24, sat 88% on 4L",
          "BGL 48", "GCS 14", "afebrile, HR 96", "BP 94/60, HR 110", "SpO2 85% NRB",
          "temp 39.2", "HR 44", "BP 210/118"]
EXEC_TITLES = ["CNO", "CEO", "VP of Patient Care", "COO", "CMO", "the ED director",
               "director of nursing", "VP of Ops", "the CFO", "CNIO", "SVP Clinical Ops"]
VENDOR_CO = ["Stryker", "Hill-Rom", "Baxter", "Medtronic", "BD", "Zoll", "Philips", "Masimo",
             "Epic", "Omnicell", "Vocera", "Sodexo", "ABM"]
LANGS = ["Spanish", "Portuguese", "Haitian Creole", "Khmer", "Vietnamese", "Arabic", "Nepali",
         "Somali", "Twi", "Russian", "ASL", "Cape Verdean Creole"]
FIRST_EMOJI = ["🚑", "🛏️", "👍", "🙏", "⚠️", "🔥", "😬", "✅", "❗", "🙄", "😅", "💪", "👀",
               "🚨", "😩", "🤞", ":rotating_light:", ":pray:", ":thumbsup:", ":bed:", "🫠", "☕"]

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
MON3 = [x[:3] for x in MON]
WKD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WKD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_WORDS = {90: "ninety"}


def ordinal(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def age_words(a):
    if a < 100:
        r = a - 90
        if r == 0:
            return "ninety"
        return "ninety" + ("-" if a % 2 else " ") + ONES[r]
    r = a - 100
    base = "one hundred" if a % 2 else "a hundred"
    return base if r == 0 else base + " and " + ONES[r]


def to_fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# message model
# ---------------------------------------------------------------------------

class Msg:
    def __init__(self, rng):
        self.rng = rng
        self.segs = []          # [text, type_or_None, raw, business]
        self.tags = []
        self.ctx = {}
        self.used = []          # names used in this message (persons and colleagues)

    def t(self, s, raw=False):
        if s:
            self.segs.append([s, None, raw, False])

    def v(self, typ, s, business=False):
        assert s and s == s.strip(), repr(s)
        self.segs.append([s, typ, False, business])

    def tag(self, *ts):
        for x in ts:
            if x and x not in self.tags:
                self.tags.append(x)

    def text(self):
        return "".join(s[0] for s in self.segs)

    def spans(self):
        return [(s[1], s[0]) for s in self.segs if s[1]]


def expand(m, tpl):
    i, n = 0, len(tpl)
    buf = []
    while i < n:
        c = tpl[i]
        if c == "{":
            j = tpl.index("}", i)
            if buf:
                m.t("".join(buf))
                buf = []
            call_slot(m, tpl[i + 1:j])
            i = j + 1
        elif c == "[":
            depth, j, start, parts = 0, i, i + 1, []
            while True:
                ch = tpl[j]
                if ch == "[":
                    depth += 1
                elif ch == "]":
                    depth -= 1
                    if depth == 0:
                        parts.append(tpl[start:j])
                        break
                elif ch == "|" and depth == 1:
                    parts.append(tpl[start:j])
                    start = j + 1
                j += 1
            if buf:
                m.t("".join(buf))
                buf = []
            expand(m, m.rng.choice(parts))
            i = j + 1
        else:
            buf.append(c)
            i += 1
    if buf:
        m.t("".join(buf))


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------

def pick_name(m, pool):
    for _ in range(50):
        x = m.rng.choice(pool)
        if x not in m.used:
            m.used.append(x)
            return x
    return m.rng.choice(pool)


def given_for(m, sex):
    r = m.rng.random()
    if r < 0.06:
        return pick_name(m, GIVEN_U)
    return pick_name(m, GIVEN_F if sex == "F" else GIVEN_M)


def new_person(m, key):
    rng = m.rng
    role = None
    if key.startswith("rel"):
        r = rng.random()
        if r < 0.45:
            role, sex = rng.choice(REL_F), "F"
        elif r < 0.8:
            role, sex = rng.choice(REL_M), "M"
        else:
            role, sex = rng.choice(REL_N), rng.choice("FM")
    elif key == "vis":
        role, sex = rng.choice(["friend", "neighbor", "ex", "visitor", "boyfriend", "coworker"]), rng.choice("FM")
        if role == "boyfriend":
            sex = "M"
    else:
        sex = rng.choice("FM")
    first = given_for(m, sex)
    last = None
    if key.startswith("rel") and "pt" in m.ctx and role in REL_FAMILY and rng.random() < 0.55:
        last = m.ctx["pt"]["last"]
    if last is None:
        last = pick_name(m, SURNAMES)
    mi = rng.choice("ABCDEFGHJKLMNPRSTVW") if rng.random() < 0.22 else ""
    nick = None
    if first in NICKS and rng.random() < 0.7:
        nick = rng.choice(NICKS[first])
    elif rng.random() < 0.08:
        nick = rng.choice(GENERIC_NICKS)
    if nick:
        m.used.append(nick)
    return {"first": first, "last": last, "mi": mi, "sex": sex, "role": role, "nick": nick}


def person(m, key):
    if key not in m.ctx:
        m.ctx[key] = new_person(m, key)
    return m.ctx[key]


def full_name(m, p):
    if p["mi"] and m.rng.random() < 0.6:
        return "%s %s. %s" % (p["first"], p["mi"], p["last"])
    return "%s %s" % (p["first"], p["last"])


def honorific(m, p):
    if p["sex"] == "M":
        return m.rng.choice(["Mr. ", "Mr. ", "Mr "])
    return m.rng.choice(["Ms. ", "Mrs. ", "Ms ", "Mrs ", "Miss "])


def ref_style(m, p, style):
    rng = m.rng
    if style == "full":
        m.v("NAME", full_name(m, p))
    elif style == "first":
        m.v("NAME", p["first"])
    elif style == "last":
        m.v("NAME", p["last"])
    elif style == "hon":
        m.t(honorific(m, p))
        m.v("NAME", p["last"])
    elif style == "inv":
        r = rng.random()
        if r < 0.4:
            v = "%s, %s" % (p["last"].upper(), p["first"].upper())
            if p["mi"]:
                v += " " + p["mi"]
        elif r < 0.8:
            v = "%s, %s" % (p["last"], p["first"])
            if p["mi"] and rng.random() < 0.5:
                v += " " + p["mi"]
        else:
            v = "%s,%s" % (p["last"].upper(), p["first"].upper())
        m.v("NAME", v)
    elif style == "upper":
        m.v("NAME", full_name(m, p).upper())
    elif style == "initlast":
        m.v("NAME", "%s. %s" % (p["first"][0], p["last"]))
    elif style == "nick":
        m.v("NAME", p["nick"] or p["first"])
    elif style == "fullnick":
        m.v("NAME", full_name(m, p))
        nick = p["nick"] or rng.choice(GENERIC_NICKS)
        p["nick"] = nick
        pre, post = rng.choice([(' ("', '")'), (" (goes by ", ")"), (', aka "', '",'), (" - calls %s " % ("himself" if p["sex"] == "M" else "herself"), ""),
                                (' "', '"'), (" (", ")")])
        m.t(pre)
        m.v("NAME", nick)
        m.t(post)
    else:
        raise ValueError(style)


def ref_random(m, p):
    r = m.rng.random()
    if r < 0.33:
        st = "full"
    elif r < 0.53:
        st = "first"
    elif r < 0.65:
        st = "last"
    elif r < 0.77:
        st = "hon"
    elif r < 0.84:
        st = "inv"
    elif r < 0.88:
        st = "upper"
    elif r < 0.92:
        st = "initlast"
    elif r < 0.96 and p["nick"]:
        st = "nick"
    else:
        st = "fullnick" if m.rng.random() < 0.5 else "full"
    ref_style(m, p, st)


def person_attr(m, base, attr):
    p = person(m, base)
    m.tag("name")
    if base == "emp":
        m.tag("employee-health")
    if base == "vip":
        m.tag("vip")
    if attr == "":
        ref_style(m, p, "full")
    elif attr in ("first", "last", "hon", "inv", "upper", "initlast", "nick", "fullnick"):
        ref_style(m, p, attr)
    elif attr == "ref":
        ref_random(m, p)
    elif attr == "poss":
        ref_style(m, p, m.rng.choice(["full", "full", "first", "first", "last", "hon", "initlast"]))
        m.t(m.rng.choice(["'s", "'s", "'s", "\u2019s"]))
    elif attr == "lastposs":
        ref_style(m, p, "last")
        m.t("'s")
    elif attr == "firstposs":
        ref_style(m, p, "first")
        m.t("'s")
    elif attr == "plural":
        m.v("NAME", p["last"])
        m.t("es" if p["last"].endswith(("s", "z", "x")) else "s")
    elif attr in ("he", "He", "his", "His", "him"):
        w = {"he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her")}[attr.lower()]
        w = w[0] if p["sex"] == "M" else w[1]
        m.t(w.capitalize() if attr[0].isupper() else w)
    elif attr in ("role", "Role"):
        role = p["role"] or "family"
        m.t(role.capitalize() if attr == "Role" and role[0].islower() else role)
    elif attr == "sex":
        m.t(p["sex"])
    else:
        raise ValueError(attr)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

def rdate(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


DATE_STYLES_Y = ["m/d/yy", "mm/dd/yyyy", "yyyy-mm-dd", "Month d, yyyy", "Mon d, yyyy",
                 "dd-Mon-yyyy", "d Mon yyyy", "mmddyyyy", "m-d-yyyy", "dd.mm.yyyy", "m.d.yy",
                 "ddMONyyyy", "yyyy/mm/dd", "m/d/yyyy", "Mon-dd-yy", "mm-dd-yy"]
DATE_STYLES_NY = ["m/d", "mm/dd", "Mon d", "Mon dth", "Month dth", "dth of Month", "Mon. d",
                  "Wkd m/d", "Month d", "Weekday, Month d", "the dth"]


def fmt_date(rng, d, style):
    m, dd, y = d.month, d.day, d.year
    o = ordinal(dd)
    f = {
        "m/d": "%d/%d" % (m, dd), "mm/dd": "%02d/%02d" % (m, dd),
        "m/d/yy": "%d/%d/%02d" % (m, dd, y % 100), "mm/dd/yyyy": "%02d/%02d/%d" % (m, dd, y),
        "yyyy-mm-dd": "%d-%02d-%02d" % (y, m, dd), "Month d, yyyy": "%s %d, %d" % (MON[m - 1], dd, y),
        "Mon d, yyyy": "%s %d, %d" % (MON3[m - 1], dd, y), "dd-Mon-yyyy": "%02d-%s-%d" % (dd, MON3[m - 1], y),
        "d Mon yyyy": "%d %s %d" % (dd, MON3[m - 1], y), "Mon d": "%s %d" % (MON3[m - 1], dd),
        "Mon dth": "%s %d%s" % (MON3[m - 1], dd, o), "Month dth": "%s %d%s" % (MON[m - 1], dd, o),
        "mmddyyyy": "%02d%02d%d" % (m, dd, y), "m-d-yyyy": "%d-%d-%d" % (m, dd, y),
        "dd.mm.yyyy": "%02d.%02d.%d" % (dd, m, y), "m.d.yy": "%d.%d.%02d" % (m, dd, y % 100),
        "dth of Month": "%d%s of %s" % (dd, o, MON[m - 1]), "Mon. d": "%s. %d" % (MON3[m - 1], dd),
        "ddMONyyyy": "%02d%s%d" % (dd, MON3[m - 1].upper(), y), "Wkd m/d": "%s %d/%d" % (WKD3[d.weekday()], m, dd),
        "yyyy/mm/dd": "%d/%02d/%02d" % (y, m, dd), "Month d": "%s %d" % (MON[m - 1], dd),
        "m/d/yyyy": "%d/%d/%d" % (m, dd, y), "Mon-dd-yy": "%s-%02d-%02d" % (MON3[m - 1], dd, y % 100),
        "mm-dd-yy": "%02d-%02d-%02d" % (m, dd, y % 100),
        "Weekday, Month d": "%s, %s %d" % (WKD[d.weekday()], MON[m - 1], dd),
        "the dth": "%d%s" % (dd, o),
    }
    return f[style]


def dob_value(m):
    rng = m.rng
    d = rdate(rng, 1921, 2006)
    if rng.random() < 0.9:
        v = fmt_date(rng, d, rng.choice(DATE_STYLES_Y))
    else:
        v = fmt_date(rng, d, rng.choice(["m/d", "Mon d", "Month dth"]))
    return obf_date(m, v)


def event_value(m, year=None):
    rng = m.rng
    d = rdate(rng, 2025, 2026)
    if year is True or (year is None and rng.random() < 0.4):
        v = fmt_date(rng, d, rng.choice(DATE_STYLES_Y))
    else:
        v = fmt_date(rng, d, rng.choice([s for s in DATE_STYLES_NY if s != "the dth"]))
    return obf_date(m, v)


def obf_date(m, v):
    if m.rng.random() < 0.015 and any(c.isdigit() for c in v):
        m.tag("fullwidth", "evasion")
        return to_fullwidth(v)
    return v


def rdigits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def obf_digits(m, v, p=0.05, allow_spelled=False):
    """Occasionally obfuscate a digit-bearing value. Returns the new value."""
    rng = m.rng
    if rng.random() >= p:
        return v
    k = rng.randrange(6 if allow_spelled else 5)
    if k == 0:
        m.tag("evasion")
        return " ".join(c for c in v if c.isdigit())
    if k == 1:
        m.tag("fullwidth", "evasion")
        return to_fullwidth(v)
    if k == 2:
        m.tag("zero-width", "evasion")
        out, cnt = [], 0
        for c in v:
            out.append(c)
            if c.isdigit():
                cnt += 1
                if cnt % 3 == 0:
                    out.append("\u200b")
        s = "".join(out).rstrip("\u200b")
        return s
    if k == 3:
        m.tag("evasion", "nbsp")
        if any(c in v for c in "- ."):
            return re.sub(r"[- .]", "\u00a0", v)
        return v[:3] + "\u00a0" + v[3:]
    if k == 4:
        m.tag("evasion")
        seps = [".", "-", " ", "/"]
        return re.sub(r"[-. ]", lambda _m: rng.choice(seps), v) if re.search(r"[-. ]", v) else v[:3] + "." + v[3:]
    m.tag("evasion", "spelled")
    words = []
    for c in v:
        if c.isdigit():
            words.append(ONES[int(c)] if not (c == "0" and rng.random() < 0.5) else "oh")
        elif c in "-. " and words and words[-1] != ",":
            words.append(",")
    s = " ".join(words).replace(" ,", ",")
    return s


AREA = ["978", "617", "508", "781", "603", "413", "774", "857", "339", "351", "401", "207"]


def phone_value(m, ext_ok=True, allow_obf=True):
    rng = m.rng
    a = rng.choice(AREA)
    e = "555" if rng.random() < 0.2 else str(rng.randint(201, 989))
    ln = "%04d" % rng.randint(0, 9999)
    st = rng.randrange(13)
    v = ["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "%s %s %s", "+1 %s-%s-%s", "+1 (%s) %s-%s",
         "1-%s-%s-%s", "%s%s%s", "+1%s%s%s", "(%s)%s-%s", "+1.%s.%s.%s", "%s-%s-%s", "(%s) %s-%s"][st] % (a, e, ln)
    if allow_obf:
        v = obf_digits(m, v, p=0.06, allow_spelled=True)
        if m.rng.random() < 0.03 and "-" in v:
            i = v.rindex("-")
            v = v[:i + 1] + "\n" + v[i + 1:]
            m.tag("evasion", "split-value")
    if ext_ok and rng.random() < 0.09:
        v += rng.choice([" ext. ", " ext ", " x", " x ", " ext."]) + str(rng.randint(2, 9999))
    return v


def ssn_value(m):
    rng = m.rng
    a = rng.randint(1, 899)
    if a == 666:
        a = 667
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    st = rng.randrange(8)
    if st <= 3:
        v = "%03d-%02d-%04d" % (a, g, s)
    elif st == 4:
        v = "%03d %02d %04d" % (a, g, s)
    elif st == 5:
        v = "%03d%02d%04d" % (a, g, s)
        m.tag("evasion")
    elif st == 6:
        v = "%03d.%02d.%04d" % (a, g, s)
    else:
        v = "%03d.%02d-%04d" % (a, g, s)
        m.tag("evasion")
    return obf_digits(m, v, p=0.1, allow_spelled=True)


def mrn_value(m):
    rng = m.rng
    st = rng.randrange(7)
    v = ["00" + rdigits(rng, 7), "E" + rdigits(rng, 7), str(rng.randint(10000000, 99999999)),
         "CH" + rdigits(rng, 8), "MR-" + rdigits(rng, 6), "%s-%s-%s" % (rdigits(rng, 2), rdigits(rng, 3), rdigits(rng, 4)),
         str(rng.randint(1000000000, 2999999999))][st]
    return obf_digits(m, v, p=0.05)


def mbi_value(m):
    rng = m.rng
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(L), rng.choice(AN), str(rng.randint(0, 9)), rng.choice(L),
         rng.choice(AN), str(rng.randint(0, 9)), rng.choice(L), rng.choice(L), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    if rng.random() < 0.5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def hpid_value(m, kind=None):
    rng = m.rng
    kind = kind or rng.choice(["mbi", "medicaid", "bcbs", "w", "hp", "tufts", "nh"])
    if kind == "mbi":
        return mbi_value(m)
    if kind == "medicaid":
        return obf_digits(m, "1000" + rdigits(rng, 8), p=0.04)
    if kind == "bcbs":
        return rng.choice(["XJH", "ZBM", "XCK", "BPX"]) + rdigits(rng, 9)
    if kind == "w":
        return "W" + rdigits(rng, 9)
    if kind == "hp":
        return rdigits(rng, 8) + "-0" + str(rng.randint(1, 4))
    if kind == "tufts":
        return "ZT" + rdigits(rng, 9)
    return "NH" + rdigits(rng, 10)


def cc_value(m):
    rng = m.rng
    k = rng.randrange(4)
    if k == 0:
        body = "4" + rdigits(rng, 14)
    elif k == 1:
        body = str(rng.randint(51, 55)) + rdigits(rng, 13)
    elif k == 2:
        body = rng.choice(["34", "37"]) + rdigits(rng, 12)
    else:
        body = "6011" + rdigits(rng, 11)
    d = next(body + c for c in "0123456789" if luhn_ok(body + c))
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", " ", "-", ""])
    return obf_digits(m, sep.join(groups), p=0.05)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def npi_value(rng):
    while True:
        base = rng.choice("12") + rdigits(rng, 8)
        for c in "0123456789":
            if luhn_ok("80840" + base + c):
                return base + c


def dea_value(m, last=None):
    rng = m.rng
    a = rng.choice("ABFGM")
    b = (last or rng.choice(SURNAMES))[0].upper()
    if not b.isalpha() or b not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        b = "X"
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(chk)


def vin_value(rng):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "2T1", "5YJ", "1FT", "JTD", "3VW", "WBA", "1C4", "KNM", "4T1", "1GN"])
    return wmi + "".join(rng.choice(A) for _ in range(14))


def plate_value(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = rng.randrange(5)
    if k == 0:
        return str(rng.randint(1, 9)) + "".join(rng.choice(L) for _ in range(3)) + rdigits(rng, 2)
    if k == 1:
        return "".join(rng.choice(L) for _ in range(3)) + " " + rdigits(rng, 3)
    if k == 2:
        return str(rng.randint(1, 9)) + "".join(rng.choice(L) for _ in range(2)) + "-" + rdigits(rng, 3)
    if k == 3:
        return rdigits(rng, 7)
    return str(rng.randint(1, 9)) + rng.choice(L) + rng.choice(L) + " " + rdigits(rng, 3)


def device_value(rng):
    k = rng.randrange(6)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if k == 0:
        return "".join(rng.choice(L) for _ in range(3)) + rdigits(rng, 6) + rng.choice("SHGR")
    if k == 1:
        return "NG" + rdigits(rng, 7) + "H"
    if k == 2:
        return "".join(rng.choice(L + "0123456789") for _ in range(6))
    if k == 3:
        return rdigits(rng, 4) + "-" + rdigits(rng, 5)
    if k == 4:
        return "SN" + rdigits(rng, 9)
    return "".join(rng.choice(L) for _ in range(2)) + rdigits(rng, 8)


def udi_value(rng):
    return "(01)%s(17)%s(21)%s" % (rdigits(rng, 14), "%02d%02d%02d" % (rng.randint(26, 31), rng.randint(1, 12), rng.randint(1, 28)),
                                    "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 6))


def ip_value(rng):
    k = rng.randrange(6)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if k == 1:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if k == 2:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    if k == 3:
        return "%d.%d.%d.%d" % (rng.choice([73, 24, 98, 66, 108, 71]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if k == 4:
        return "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4))
    return "2601:%x:%x:%x::%x" % tuple(rng.randint(0, 0xffff) for _ in range(4))


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "icloud.com", "aol.com",
                    "outlook.com", "verizon.net", "msn.com", "proton.me", "charter.net"]


def email_local(rng, first, last):
    f = re.sub(r"[^a-z]", "", strip_accents(first).lower()) or "pt"
    l = re.sub(r"[^a-z]", "", strip_accents(last).lower()) or "x"
    k = rng.randrange(7)
    return [f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l, l + f[0] + str(rng.randint(50, 99)),
            f + str(rng.randint(1940, 2005)), l + "." + f][k]


def email_value(m, first=None, last=None, business=False):
    rng = m.rng
    if first is None:
        first, last = rng.choice(ALL_GIVEN), rng.choice(SURNAMES)
    loc = email_local(rng, first, last)
    if business:
        dom = rng.choice(["cedarhillhealth.org", "cedarhillhealth.org", "pinebrookhospital.org",
                          "medequip-partners.com", "northeastbedservices.com", "valleyregional.org",
                          "coastalems.net"])
    else:
        dom = rng.choice(PERSONAL_DOMAINS)
    v = loc + "@" + dom
    if rng.random() < 0.08:
        m.tag("evasion")
        name, d = dom.rsplit(".", 1)
        k = rng.randrange(4)
        v = [loc + " [at] " + name + " [dot] " + d, loc + "(at)" + name + "(dot)" + d,
             loc + " at " + name + " dot " + d, loc + " @ " + name + " . " + d][k]
    return v


def url_value(m, p):
    rng = m.rng
    f = re.sub(r"[^a-z]", "", strip_accents(p["first"]).lower())
    l = re.sub(r"[^a-z]", "", strip_accents(p["last"]).lower())
    k = rng.randrange(6)
    return ["https://mychart.cedarhillhealth.org/MyChart/visit?pt=E" + rdigits(rng, 7),
            "https://www.caringbridge.org/site/" + f + l,
            "https://www.gofundme.com/f/help-" + f + "-" + l + "-get-home",
            "https://telehealth.cedarhillhealth.org/join/ed%d?patient=%s-%s" % (rng.randint(1, 40), l, f),
            "https://portal.cedarhillhealth.org/records/" + rdigits(rng, 8),
            "https://cedarhill.vidyo.net/visit/%s?name=%s%%20%s" % (rdigits(rng, 6), f, l)][k]


def street_value(rng):
    v = "%d %s" % (rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 2400)]), rng.choice(STREETS))
    if rng.random() < 0.3:
        v += " " + rng.choice(UNIT_SFX)
    return v


def zip_value(rng, z):
    return z + ("-%04d" % rng.randint(1, 9999) if rng.random() < 0.25 else "")


def fulladdr_value(rng):
    town, st, z = rng.choice(TOWNS)
    s = street_value(rng)
    k = rng.randrange(5)
    if k == 0:
        return "%s, %s %s %s" % (s, town, st, zip_value(rng, z))
    if k == 1:
        return "%s, %s, %s %s" % (s, town, st, zip_value(rng, z))
    if k == 2:
        return "%s, %s" % (s, town)
    if k == 3:
        return "%s %s %s" % (s, town, st)
    return "%s, %s %s" % (s, town, zip_value(rng, z))


def pobox_value(rng):
    return rng.choice(["PO Box %d", "P.O. Box %d", "PO BOX %d", "po box %d"]) % rng.randint(2, 2999)


# ---------------------------------------------------------------------------
# slots
# ---------------------------------------------------------------------------

SLOTS = {}


def slot(name):
    def deco(f):
        SLOTS[name] = f
        return f
    return deco


def call_slot(m, name):
    if "." in name:
        base, attr = name.split(".", 1)
        person_attr(m, base, attr)
    elif name in ("pt", "pt2", "pt3", "rel", "rel2", "vis", "emp", "vip"):
        person_attr(m, name, "")
    else:
        SLOTS[name](m)


def plain_choice(name, options, tag=None):
    def f(m):
        m.t(m.rng.choice(options))
        if tag:
            m.tag(tag)
    SLOTS[name] = f


# --- PHI slots -------------------------------------------------------------

@slot("dob")
def _dob(m):
    m.tag("date")
    m.v("DATE", dob_value(m))


@slot("dobl")
def _dobl(m):
    m.t(m.rng.choice(["DOB ", "DOB: ", "dob ", "d.o.b. ", "born ", "DOB/", "DOB "]))
    _dob(m)


@slot("date")
def _date(m):
    m.tag("date")
    m.v("DATE", event_value(m))


@slot("datey")
def _datey(m):
    m.tag("date")
    m.v("DATE", event_value(m, year=True))


@slot("age")
def _age(m):
    m.tag("age")
    a = m.rng.choice([90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104])
    if m.rng.random() < 0.1:
        m.tag("evasion", "spelled-age")
        m.v("AGE", age_words(a))
    else:
        m.v("AGE", str(a))


@slot("agesex")
def _agesex(m):
    m.tag("age")
    a = str(m.rng.randint(90, 103))
    sx = ctx_sex(m)
    k = m.rng.randrange(6)
    if k == 0:
        m.v("AGE", a)
        m.t(sx)
    elif k == 1:
        m.v("AGE", a)
        m.t(" " + sx)
    elif k == 2:
        m.v("AGE", a)
        m.t(m.rng.choice([" y/o ", " yo ", "yo ", " y.o. "]) + sx)
    elif k == 3:
        m.t(sx + " ")
        m.v("AGE", a)
    elif k == 4:
        m.v("AGE", a)
        m.t(m.rng.choice([" yo", " y/o", "yo", " year old"]))
    else:
        m.v("AGE", a)
        m.t(m.rng.choice(["-year-old", "-yo", " yr old"]))


@slot("phone")
def _phone(m):
    m.tag("phone")
    if m.rng.random() < 0.06:
        tel_link(m, False)
    else:
        m.v("PHONE", phone_value(m))


def tel_link(m, business):
    rng = m.rng
    a = rng.choice(AREA)
    e = str(rng.randint(201, 989))
    ln = "%04d" % rng.randint(0, 9999)
    m.tag("slack-markup")
    m.t("<tel:", raw=True)
    m.v("PHONE", "+1" + a + e + ln, business)
    m.t("|", raw=True)
    m.v("PHONE", rng.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s"]) % (a, e, ln), business)
    m.t(">", raw=True)


@slot("phonel")
def _phonel(m):
    m.t(m.rng.choice(["cb ", "call back ", "cell ", "ph ", "phone: ", "mobile ", "#", "tel ", "cb# ", "best # "]))
    _phone(m)


@slot("bizphone")
def _bizphone(m):
    m.tag("phone")
    if m.rng.random() < 0.08:
        tel_link(m, True)
    else:
        m.v("PHONE", phone_value(m), business=True)


@slot("fax")
def _fax(m):
    m.tag("phone", "fax")
    m.v("PHONE", phone_value(m, ext_ok=False), business=True)


@slot("email")
def _email(m):
    m.tag("email")
    p = None
    for k in ("rel", "pt", "vis"):
        if k in m.ctx:
            p = m.ctx[k]
            break
    if m.rng.random() < 0.08:
        m.tag("slack-markup")
        v = email_value(m, p["first"] if p else None, p["last"] if p else None)
        if " " in v or "(" in v:
            m.v("EMAIL", v)
            return
        m.t("<mailto:", raw=True)
        m.v("EMAIL", v)
        m.t("|", raw=True)
        m.v("EMAIL", v)
        m.t(">", raw=True)
        return
    m.v("EMAIL", email_value(m, p["first"] if p else None, p["last"] if p else None))


@slot("bizemail")
def _bizemail(m):
    m.tag("email")
    b = m.ctx.get("_biz")
    m.v("EMAIL", email_value(m, b[0] if b else None, b[1] if b else None, business=True), business=True)


@slot("ssn")
def _ssn(m):
    m.tag("structured", "ssn")
    m.v("SSN", ssn_value(m))


@slot("ssnl")
def _ssnl(m):
    m.t(m.rng.choice(["SSN ", "SSN: ", "ss# ", "social ", "SSN is ", "ssn "]))
    _ssn(m)


@slot("mrn")
def _mrn(m):
    m.tag("structured", "mrn")
    m.v("MRN", mrn_value(m))


@slot("mrnl")
def _mrnl(m):
    m.t(m.rng.choice(["MRN ", "MRN# ", "MRN: ", "mrn ", "med rec # ", "MR# ", "chart # ", "MRN#", "mrn:"]))
    _mrn(m)


@slot("hpid")
def _hpid(m):
    m.tag("structured", "health-plan")
    m.v("HEALTH_PLAN_ID", hpid_value(m))


@slot("hpidl")
def _hpidl(m):
    rng = m.rng
    kind = rng.choice(["mbi", "medicaid", "bcbs", "w", "hp", "tufts", "nh"])
    lab = {"mbi": ["MBI ", "Medicare # ", "MBI: "], "medicaid": ["MassHealth ID ", "Medicaid ID ", "Medicaid # "]}.get(
        kind, ["member ID ", "sub ID ", "subscriber # ", "policy # ", "member # ", "ID# "])
    m.t(rng.choice(lab))
    m.tag("structured", "health-plan")
    m.v("HEALTH_PLAN_ID", hpid_value(m, kind))


@slot("mbi")
def _mbi(m):
    m.tag("structured", "health-plan")
    m.v("HEALTH_PLAN_ID", mbi_value(m))


@slot("medicaid")
def _medicaid(m):
    m.tag("structured", "health-plan")
    m.v("HEALTH_PLAN_ID", hpid_value(m, "medicaid"))


@slot("har")
def _har(m):
    m.tag("structured", "account")
    m.v("ACCOUNT_NUMBER", obf_digits(m, m.rng.choice(["4001", "4002", "3900"]) + rdigits(m.rng, 7), p=0.04))


@slot("acct")
def _acct(m):
    m.tag("structured", "account")
    rng = m.rng
    v = rng.choice(["G00" + rdigits(rng, 6), "77" + rdigits(rng, 8), "PA-" + rdigits(rng, 7), rdigits(rng, 12)])
    m.v("ACCOUNT_NUMBER", v)


@slot("dl")
def _dl(m):
    m.tag("structured", "license")
    rng = m.rng
    v = rng.choice(["S" + rdigits(rng, 8), "SA" + rdigits(rng, 7), "NHL" + rdigits(rng, 8),
                    rdigits(rng, 2) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 5)])
    m.v("LICENSE_NUMBER", v)


@slot("dea")
def _dea(m):
    m.tag("structured", "license")
    m.v("LICENSE_NUMBER", dea_value(m))


@slot("lic")
def _lic(m):
    m.tag("structured", "license")
    rng = m.rng
    v = rng.choice(["RN" + rdigits(rng, 7), "RN-0" + rdigits(rng, 6), "MD " + rdigits(rng, 6),
                    str(rng.randint(100000, 299999)), "LPN" + rdigits(rng, 5), "PA-" + rdigits(rng, 5)])
    m.v("LICENSE_NUMBER", v)


@slot("vin")
def _vin(m):
    m.tag("structured", "vehicle")
    m.v("VEHICLE_ID", vin_value(m.rng))


@slot("plate")
def _plate(m):
    m.tag("structured", "vehicle")
    m.v("VEHICLE_ID", plate_value(m.rng))


@slot("device")
def _device(m):
    m.tag("structured", "device")
    m.v("DEVICE_ID", device_value(m.rng))


@slot("udi")
def _udi(m):
    m.tag("structured", "device")
    m.v("DEVICE_ID", udi_value(m.rng))


@slot("ip")
def _ip(m):
    m.tag("structured", "ip")
    m.v("IP_ADDRESS", ip_value(m.rng))


@slot("cc")
def _cc(m):
    m.tag("structured", "credit-card")
    m.v("CREDIT_CARD", cc_value(m))


@slot("url")
def _url(m):
    m.tag("url")
    p = person(m, "pt")
    u = url_value(m, p)
    r = m.rng.random()
    if r < 0.25:
        m.tag("slack-markup")
        m.t("<", raw=True)
        m.v("URL", u)
        m.t("|" + m.rng.choice(["visit link", "link", "page", "join", "her page" if p["sex"] == "F" else "his page"]) + ">", raw=True)
    elif r < 0.35:
        m.tag("slack-markup")
        m.t("<", raw=True)
        m.v("URL", u)
        m.t("|", raw=True)
        m.v("URL", u)
        m.t(">", raw=True)
    else:
        m.v("URL", u)


@slot("street")
def _street(m):
    m.tag("address")
    m.v("ADDRESS", street_value(m.rng))


@slot("fulladdr")
def _fulladdr(m):
    m.tag("address")
    m.v("ADDRESS", fulladdr_value(m.rng))


@slot("town")
def _town(m):
    m.tag("address")
    m.v("ADDRESS", m.rng.choice(TOWNS)[0])


@slot("zip")
def _zip(m):
    m.tag("address")
    m.v("ADDRESS", zip_value(m.rng, m.rng.choice(TOWNS)[2]))


@slot("pobox")
def _pobox(m):
    m.tag("address")
    m.v("ADDRESS", pobox_value(m.rng))


# --- plain slots -----------------------------------------------------------

@slot("room")
def _room(m):
    rng = m.rng
    n = rng.randint(1, 40)
    m.t(rng.choice(["%d" % n, "rm %d" % n, "room %d" % n, "bed %d" % n, "%s%d" % (rng.choice(PODS), n),
                    "hall %d" % rng.randint(1, 12), "H%d" % rng.randint(1, 12), "T%d" % rng.randint(1, 4),
                    "FT%d" % rng.randint(1, 8), "RES %d" % rng.randint(1, 6), "%d%s" % (n, rng.choice("AB")),
                    "rm %d" % n, "%d" % n]))


SLOTS["room2"] = _room
SLOTS["room3"] = _room


@slot("bedno")
def _bedno(m):
    rng = m.rng
    m.t(rng.choice(["%d-%s" % (rng.randint(401, 730), rng.choice("AB")), "%d" % rng.randint(401, 730),
                    "%s-%d" % (rng.choice(["4W", "5N", "6S", "7T"]), rng.randint(1, 32)),
                    "bed %d" % rng.randint(1, 32)]))


SLOTS["bedno2"] = _bedno
plain_choice("unit", UNITS)
SLOTS["unit2"] = SLOTS["unit"]
plain_choice("pod", PODS)
plain_choice("dx", DX)
plain_choice("status", STATUS)
plain_choice("vitals", VITALS)
plain_choice("osh", OSH)
plain_choice("snf", SNF)
SLOTS["snf2"] = SLOTS["snf"]
plain_choice("payer", PAYERS)
plain_choice("medic", MEDICS)
plain_choice("lang", LANGS)
plain_choice("eta", ["10 min", "5", "~15m", "20 mins", "1 hr", "8 min", "2 min", "25", "10-12 min"])
plain_choice("time", ["0700", "1430", "7p", "3:15", "19:30", "noon", "2am", "1600", "0330", "11p",
                      "9:45", "1900", "5 pm", "0615", "half past 4", "1115"])
SLOTS["time2"] = SLOTS["time"]


@slot("n")
def _n(m):
    m.t(str(m.rng.randint(2, 19)))


for _k in ("n2", "n3", "n4", "n5", "count"):
    SLOTS[_k] = _n
SLOTS["big"] = lambda m: m.t(str(m.rng.randint(20, 80)))
SLOTS["hrs"] = lambda m: m.t(str(m.rng.randint(6, 41)))
SLOTS["mins"] = lambda m: m.t(str(m.rng.randint(15, 95)))


def ctx_sex(m):
    p = m.ctx.get("_cur") or m.ctx.get("pt")
    if p and m.rng.random() < 0.95:
        return p["sex"]
    return m.rng.choice("MF")


@slot("yo")
def _yo(m):
    rng = m.rng
    a = rng.randint(18, 89)
    sx = ctx_sex(m)
    m.t(rng.choice(["%d%s", "%d %s", "%d y/o %s", "%dyo %s", "%d yo %s"]) % (a, sx))


@slot("agey")
def _agey(m):
    m.t(str(m.rng.randint(19, 89)))


@slot("mtgdate")
def _mtgdate(m):
    m.tag("calendar")
    rng = m.rng
    d = rdate(rng, 2025, 2026)
    m.t(fmt_date(rng, d, rng.choice(DATE_STYLES_Y + DATE_STYLES_NY)))


SLOTS["mtgdate2"] = _mtgdate


@slot("policydate")
def _policydate(m):
    rng = m.rng
    m.t(fmt_date(rng, rdate(rng, 2025, 2026), rng.choice(["m/d", "mm/dd/yyyy", "m/d/yy", "Month d", "Mon d, yyyy"])))


@slot("cardexp")
def _cardexp(m):
    m.t("%02d/%02d" % (m.rng.randint(1, 12), m.rng.randint(26, 31)))


@slot("ext")
def _ext(m):
    m.tag("ext")
    rng = m.rng
    m.t(rng.choice(["x%d", "ext %d", "x %d", "extension %d", "ext. %d"]) % rng.randint(2000, 7999))


@slot("ticket")
def _ticket(m):
    m.tag("ticket")
    rng = m.rng
    m.t(rng.choice(["INC00%s" % rdigits(rng, 5), "DEL-%d" % rng.randint(100, 4999), "RITM00%s" % rdigits(rng, 5),
                    "TKT-%s" % rdigits(rng, 5), "CHG00%s" % rdigits(rng, 5), "SR %s" % rdigits(rng, 6)]))


@slot("po")
def _po(m):
    m.tag("po")
    rng = m.rng
    m.t(rng.choice(["PO 45001%s" % rdigits(rng, 5), "PO# %s" % rdigits(rng, 5), "P.O. 88%s" % rdigits(rng, 6)]))


@slot("invoice")
def _invoice(m):
    m.tag("money")
    m.t("INV-%s" % rdigits(m.rng, 5))


@slot("version")
def _version(m):
    m.tag("version")
    rng = m.rng
    m.t(rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 20)),
                    "build 20%d.%d.0.%d" % (rng.randint(24, 26), rng.randint(1, 12), rng.randint(1, 9)),
                    "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 9)),
                    "release %d.%d" % (rng.randint(1, 9), rng.randint(0, 9))]))


@slot("npi")
def _npi(m):
    m.tag("npi")
    m.t(npi_value(m.rng))


@slot("cpt")
def _cpt(m):
    m.tag("cpt")
    m.t(m.rng.choice(["99285", "99284", "99291", "93010", "71045", "G0383", "99283", "36415", "96374", "70450"]))


SLOTS["cpt2"] = _cpt


@slot("icd")
def _icd(m):
    m.tag("icd")
    m.t(m.rng.choice(["R07.9", "I21.4", "S72.001A", "N39.0", "J44.1", "R55", "F10.129", "I48.91", "E11.65", "R41.82"]))


@slot("facaddr")
def _facaddr(m):
    m.tag("facility-address")
    m.t(m.rng.choice(FAC_ADDR))


@slot("facshort")
def _facshort(m):
    m.tag("facility-address")
    m.t(m.rng.choice(FAC_SHORT))


@slot("faczip")
def _faczip(m):
    m.tag("zip-like")
    m.t(m.rng.choice(FAC_ZIP))


plain_choice("biztown", BIZ_TOWNS, "business-town")


@slot("zoom")
def _zoom(m):
    m.tag("zoom")
    rng = m.rng
    m.t("%s %s %s" % (rdigits(rng, 3), rdigits(rng, 4), rdigits(rng, 4)))


@slot("asset")
def _asset(m):
    m.tag("asset-tag")
    rng = m.rng
    m.t(rng.choice(["BME-%s" % rdigits(rng, 5), "asset %s" % rdigits(rng, 7), "CE%s" % rdigits(rng, 6)]))


@slot("money")
def _money(m):
    m.tag("money")
    rng = m.rng
    m.t(rng.choice(["$%d,%03d" % (rng.randint(1, 90), rng.randint(0, 999)), "$%d.%dk" % (rng.randint(2, 80), rng.randint(1, 9)),
                    "$%d" % rng.randint(20, 900)]))


@slot("fy")
def _fy(m):
    m.tag("fiscal")
    m.t(m.rng.choice(["Q1", "Q2", "Q3", "Q4", "FY2027", "FY26", "Q3 FY26", "Q1 FY2027"]))


@slot("group")
def _group(m):
    m.tag("group-number")
    rng = m.rng
    m.t(rng.choice(["group %s" % rdigits(rng, 6), "grp # %s" % rdigits(rng, 5), "group no. %s" % rdigits(rng, 7)]))


@slot("agg")
def _agg(m):
    m.tag("age-aggregate")
    rng = m.rng
    m.t(rng.choice(["%d pts over 90" % rng.randint(2, 7), "patients 90+", "%s 90+ yo pts" % rng.choice(["two", "three", "four"]),
                    "%d pts >89" % rng.randint(2, 6), "%d%% of boarders are 90+" % rng.randint(5, 30)]))


@slot("last4")
def _last4(m):
    m.tag("last4")
    m.t(rdigits(m.rng, 4))


@slot("intranet")
def _intranet(m):
    m.tag("intranet-url")
    rng = m.rng
    path = rng.choice(["flow/bedboard", "ed/huddle", "policies/boarding", "nursing/float-pool",
                       "it/downtime", "cm/snf-list", "security/bolo-policy"])
    url = "https://intranet.cedarhillhealth.org/" + path
    if rng.random() < 0.5:
        m.tag("slack-markup")
        m.t("<%s|%s>" % (url, rng.choice(["bed board", "link", "here", "policy", "the page"])), raw=True)
    else:
        m.t(url, raw=True)


@slot("publicurl")
def _publicurl(m):
    m.t(m.rng.choice(["https://www.cdc.gov/flu/", "https://www.mass.gov/masshealth",
                      "https://www.cms.gov/medicare", "https://www.acep.org/"]), raw=True)


@slot("at")
def _at(m):
    m.tag("slack-markup")
    rng = m.rng
    m.t("<@U%s>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([8, 9, 10]))), raw=True)


def colleague_first(m):
    return pick_name(m, ALL_GIVEN)


def colleague_last(m):
    return pick_name(m, SURNAMES)


for _k in ("rn", "rn2", "rn3", "tech", "sitter", "pca", "charge", "flow", "sup", "cm", "cm2"):
    def _mk(key):
        def f(m):
            if key in m.ctx:
                m.t(m.ctx[key])
                return
            name = colleague_first(m)
            if key.startswith("cm") and m.rng.random() < 0.3:
                name = name + " (CM)"
            m.ctx[key] = name
            m.t(name)
        return f
    SLOTS[_k] = _mk(_k)


@slot("doc")
def _doc(m):
    rng = m.rng
    k = rng.randrange(4)
    last = colleague_last(m)
    if k == 0:
        m.t("Dr. " + last)
    elif k == 1:
        m.t("dr " + last)
    elif k == 2:
        m.t("Dr. %s %s" % (colleague_first(m), last))
    else:
        m.t("Dr " + last)


SLOTS["doc2"] = _doc


@slot("hosp")
def _hosp(m):
    rng = m.rng
    last = colleague_last(m)
    m.t(rng.choice(["Dr. %s", "the hospitalist (%s)", "hospitalist %s", "Dr %s", "%s from the hospitalist team"]) % last)


@slot("exec")
def _exec(m):
    m.tag("exec-name")
    m.t("%s %s %s" % (m.rng.choice(EXEC_TITLES), colleague_first(m), colleague_last(m)))


@slot("execname")
def _execname(m):
    m.tag("exec-name")
    m.t("%s %s" % (colleague_first(m), colleague_last(m)))


@slot("donor")
def _donor(m):
    m.tag("donor")
    last = colleague_last(m)
    m.t(m.rng.choice(["the %s family" % last, "%s and %s %s" % (colleague_first(m), colleague_first(m), last),
                      "%s %s" % (colleague_first(m), last)]))


@slot("vendor")
def _vendor(m):
    m.tag("vendor")
    rng = m.rng
    first = colleague_first(m)
    co = rng.choice(VENDOR_CO)
    m.ctx["_biz"] = (first, colleague_last(m))
    m.t(rng.choice(["%s from %s" % (first, co), "%s (%s rep)" % (first, co), "the %s rep, %s" % (co, first)]))


@slot("sec")
def _sec(m):
    rng = m.rng
    m.t(rng.choice(["officer %s" % colleague_last(m), "%s from security" % colleague_first(m), "security (%s)" % colleague_first(m),
                    "Sgt. %s" % colleague_last(m)]))


OPENERS = ["", "", "", "", "", "hey ", "fyi ", "FYI: ", "heads up - ", "heads up: ", "quick one: ",
           "update: ", "ok so ", "pls: ", "re: ", "charge here - ", "from triage: ", "sorry to ping again, ",
           "not urgent: ", "URGENT: ", "per sup, ", "just got off the phone - ", "@here ", "flow: ",
           "night shift here - ", "ugh. ", "reminder - "]
CLOSERS = ["", "", "", "", "", " thx", " ty", " pls advise", " lmk", " will update", " thanks!",
           " asap", " when you get a sec", "??", " - charge", " thank u", ". thanks all", " 🙏", " (sorry)",
           " - flow", " copy?"]


@slot("open")
def _open(m):
    o = m.rng.choice(OPENERS)
    if o.startswith("@here") and m.rng.random() < 0.5:
        m.tag("slack-markup")
        m.t("<!here> ", raw=True)
        return
    m.t(o)


@slot("close")
def _close(m):
    m.t(m.rng.choice(CLOSERS))


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
# (category, template).  [a|b] = choose; {slot} = value.

PHI_T = [
    # bed board / flow
    ("bed-board", "{open}{pt.ref} in {room} got a bed - {unit} {bedno}[, RN is {rn}|, report at {time}|, pls call report|]{close}"),
    ("bed-board", "{room} {pt.last} → {unit} {bedno}"),
    ("bed-board", "who's got {pt.first} in {room}? [bed's ready upstairs|{unit} wants report|transport is here|{hosp} is asking]"),
    ("bed-board", "{pt.ref} ({room}) still boarding[, {count}h now| since {time}|, day 2], [tele pending|waiting on a clean bed|needs neg pressure|no bed til AM]"),
    ("bed-board", "{unit} bed {bedno} assigned to {pt.inv}[, {agesex}|]"),
    ("bed-board", "swap: {pt.ref} to {bedno}, {pt2.ref} to {bedno2}[ - ok'd by {sup}|]"),
    ("bed-board", "can {pt.first} in {room} go to CDU? [{hosp} ok'd it|obs order is in|hospitalist said fine]"),
    ("bed-board", "bed huddle: {pt.ref} {room} is top priority for {unit}[ ({agesex}, {dx})|]"),
    ("bed-board", "{pt.last} {room} → {unit}, {pt2.last} {room2} → {unit2}, rest holding"),
    ("bed-board", "pls don't give {bedno} away, it's for {pt.hon} in {room}"),
    ("bed-board", "{pt.ref} in hall {n}?? {pt.he} needs a real room, {dx}"),
    ("bed-board", "{unit} says {pt.ref} can come up after {time}[ - they're short a nurse|, shift change|]"),
    ("bed-board", "bed board shows {pt.inv} in {bedno} but {pt.he}'s still here in {room}, can someone fix"),
    ("bed-board", "clean bed {bedno} - sending {pt.ref} up now{close}"),
    ("bed-board", "{room}: {pt.ref}, {agesex}, {status}"),
    ("bed-board", "{pt.first} {room} [up at|going at|leaving ~]{time}"),
    ("bed-board", "is {unit} {bedno} really clean? I have {pt.ref} on a stretcher in the hall waiting"),
    ("bed-board", "{pt.ref} and {pt2.ref} both need iso beds, we only have {bedno}. who goes?"),
    # huddle
    ("huddle", "huddle notes {time}: {count} boarders, {pt.ref} ({room}) is the {age}-yo, fall precautions, needs a sitter"),
    ("huddle", "huddle: watch {pt.ref} in {room}, {agesex}, DNR/DNI, {rel.role} {rel} on the way"),
    ("huddle", "safety huddle - {pt.hon} in {room} tried to leave twice, {pt.he}'s on a 1:1 now[, {sec} aware|]"),
    ("huddle", "for huddle: {pt.ref}, {dobl}, admitted {date}, LOS day {n}, SNF dispo stuck"),
    ("huddle", "{open}huddle at {time} - also {pt.ref} fell in {room} on {date}, incident report filed[ by {rn}|]"),
    ("huddle", "huddle recap: 1) {pt.last} in {room} needs a bari bed 2) {pt2.last} {room2} family mtg at {time} 3) sitter shortage"),
    ("huddle", "from the safety huddle: {pt.ref} ({agesex}) - 2nd fall this admit, last one {date}"),
    ("huddle", "huddle - {pt.ref} turns {age} tomorrow lol, {rel.role} bringing cake, pls let them"),
    # transfers
    ("transfer", "transfer in from {osh}: {pt}, {agesex}, {dx}, {mrnl}[, accepting {hosp}|]. ETA {eta}"),
    ("transfer", "{osh} calling for {pt.inv} {dobl}, [NSTEMI|GI bleed|hip fx|sepsis|SAH] - do we have an ICU bed?"),
    ("transfer", "transfer center: {pt} ({agesex}) from {osh} accepted by {doc}, bed {unit} {bedno}, {mrnl}"),
    ("transfer", "outbound: {pt.ref} to {osh} for [cath|neurosurg|burns|peds ICU|IR], crew from {medic}, packet incl. {hpidl}"),
    ("transfer", "xfer packet for {pt.ref} is missing the facesheet - {dobl}, {payer} {hpidl}"),
    ("transfer", "{osh} RN {rn} gave report on {pt}, [cb|callback|her direct line] {bizphone}"),
    ("transfer", "transfer {pt} arrived at {time} on {date}, needs reg: {ssnl}"),
    ("transfer", "accepting {pt} from {osh}; they say {pt.he} is {age} and lives alone in {town}"),
    ("transfer", "{osh} wants to send back {pt.ref} ({mrnl}) - we discharged {pt.him} {date}"),
    ("transfer", "OSH transfer {pt.upper}, {agesex}, coming by {medic}, {dx}, {osh} fax for records {fax}"),
    ("transfer", "{pt.ref} going to {osh} psych, bed confirmed, section 12 signed {date}, cb for their RN {bizphone}"),
    ("transfer", "declined: {osh} won't take {pt.ref} back till Monday, {pt.he}'s {age} w/ {dx}"),
    ("transfer", "transfer line: {pt} | {dobl} | {dx} | {osh} | ETA {eta}"),
    # EMS
    ("ems", "{medic} inbound ETA {eta}: {agesex} {dx}, [from home|from {snf}|from a bus stop], {vitals}"),
    ("ems", "radio: {medic} w/ {yo} {dx}, name {pt}, lives at {fulladdr}, ETA {eta}"),
    ("ems", "EMS relay - {pt.inv}, {age} y/o, fell at {street} in {town}, on eliquis, GCS 15"),
    ("ems", "{medic}: pt {pt} {dobl}, found down, {rel.role} {rel.first} following by car"),
    ("ems", "EMS says {pt.hon} is from {town}, {yo}, chest pain x2h, ETA {eta}"),
    ("ems", "{medic} bringing {pt.first} back again ({n}th time this month), {dx}, ETA {eta}"),
    ("ems", "medflight lands {time} w/ {pt}, {age}, trauma from {town}"),
    ("ems", "{medic} has {pt.ref}, the frequent flyer from {street}, {dx}"),
    ("ems", "EMS report: {pt.upper} {agesex}, NH resident at {snf}, {dx}, full code"),
    ("ems", "{medic} ETA {eta} - {yo} MVC, driver, plate {plate}, police on scene, name per PD {pt}"),
    ("ems", "heads up EMS is bringing {pt.ref} from {fulladdr}, lift assist turned fall, {vitals}"),
    ("ems", "{medic} called in: {agesex} from {town}, {dx}, {rel.role} says {pt.he} has a pacer"),
    # family
    ("family", "{rel.role} {rel} called again re {pt.ref} in {room}, {phonel}"),
    ("family", "{pt.poss} {rel.role} is at triage asking for an update, name is {rel}"),
    ("family", "fam update: {rel.first} ({rel.role}) wants a call before {pt.first} goes up - {phone}"),
    ("family", "{rel} ({rel.role}, HCP) says {pt.ref} is DNR, paperwork is at home in {town}"),
    ("family", "can someone call {pt.poss} {rel.role} {rel.first}? {phone}[ - been calling the front desk all day|, speaks {lang} only|]"),
    ("family", "family of {pt.ref} ({room}) very upset, {rel.role} {rel} asking for the charge nurse"),
    ("family", "{rel} is the POA for {pt}, email {email} if CM needs forms"),
    ("family", "{pt.poss} {rel.role} dropped off {pt.his} meds, name on the bottles is {pt.inv}, they're at the desk"),
    ("family", "{rel.role} {rel.first} on line 2 for {pt.ref}, says {pt.he} just turned {age}"),
    ("family", "{rel} emailed {email} asking for records for {pt.ref}, pointed them to HIM"),
    ("family", "the {pt.plural} are back in the waiting room, {rel.first} says {pt.first} fell at home {date}"),
    ("family", "pls tell {rel.role} {rel.first} that visiting for {pt.ref} ends at 8[, can stay if 1:1 needed|]"),
    ("family", "{rel.Role} of {pt.ref} in {room} needs an interpreter ({lang}), best # {phone}"),
    ("family", "{rel.role} is {rel}, lives in {town}, {pt.ref} has no one else"),
    ("family", "{pt.ref} wants us to call {pt.his} {rel.role} {rel} at {phone}, nobody answering"),
    ("family", "family waiting in the quiet room for {pt.ref}: {rel} ({rel.role}) and {rel2} ({rel2.role})"),
    ("family", "{rel.first} called for {pt.first} again 😩 {phone}"),
    ("family", "message from {pt.poss} {rel.role}: \"tell {pt.him} I'm coming at {time}\" - {rel.first}, {phone}"),
    ("family", "{rel.role} wants to know if {pt.ref} can get {pt.his} hearing aids back, they're in a cup in {room}"),
    ("family", "{rel} (cell {phone}) asking if we can hold {pt.ref} til {rel.he} gets here from {town}"),
    # security / sitter
    ("security", "security: visitor {vis} escorted out of pod {pod}, was asking for {pt.ref}"),
    ("sitter", "sitter needed for {room} {pt.ref}, pulling at lines, {agesex}"),
    ("sitter", "need a 1:1 for {pt.first} in {room}, section 12 - {sec} on the way"),
    ("security", "{sec} ran the plate on the car in the bay: {plate}, belongs to {pt.poss} boyfriend {vis}"),
    ("security", "BOLO: {vis}, not allowed to visit {pt.ref}, restraining order; drives a grey civic plate {plate}"),
    ("sitter", "sitter for {pt.ref} ({room}) ends at {time}, who's relieving {sitter}?"),
    ("security", "security has {pt.poss} belongings bag - wallet w/ DL {dl} and a card {cc}, locked in the safe"),
    ("security", "{pt} eloped from {room} ~{time}, {yo}, hospital socks, {sec} notified"),
    ("security", "valuables inventory {pt.ref}: $42 cash, iphone, DL {dl}, credit card ending {last4}"),
    ("sitter", "{pt.ref} in {room} is a flight risk, {rel.role} {rel} can sit overnight, {phonel}"),
    ("security", "car left running in the ambulance bay, VIN {vin}, registered to {pt}, who is in {room}"),
    ("security", "code grey {room}: {pt.ref} swung at {rn}, {sec} + 2 officers, {pt.he}'s calmer now"),
    ("security", "trespass notice served to {vis} ({dobl}) after the thing in the waiting room"),
    ("sitter", "virtual sitter cam in {room} is on {pt.ref}, IP {ip}, keeps freezing"),
    ("sitter", "sitter list: {room} {pt.last}, {room2} {pt2.last}, {room3} needs one but none avail"),
    # discharge lounge
    ("discharge", "DC lounge: {pt.ref} ({unit} {bedno}) waiting on ride, {rel.role} {rel.first} coming at {time}, {phonel}"),
    ("discharge", "{pt} discharged {date}, needs f/u with PCP by {date}"),
    ("discharge", "discharge lounge has {pt.hon} and {pt2.hon}, both waiting on meds to beds"),
    ("discharge", "{pt.first} from {unit} is in the lounge, address on AVS is wrong - should be {fulladdr}"),
    ("discharge", "rides: {pt.ref} to {fulladdr} via chair van at {time}"),
    ("discharge", "DC'd {pt.inv} {date} - left the walker, {rel.role} will pick it up"),
    ("discharge", "lounge is holding {pt.ref}, {age}, until {rel.role} gets off work, ok w/ CM"),
    ("discharge", "{pt.ref} dc'd home to {town}, VNA start {date}"),
    ("discharge", "lounge: {pt.ref} refusing to leave, says {pt.his} ride is {rel} ({phone}) but no answer"),
    ("discharge", "AVS printed for {pt.ref}, f/u appt {date} at 10:20 w/ cardiology"),
    # transport
    ("transport", "transport: {pt.ref} {room} → CT, {dobl}, portable O2"),
    ("transport", "transport ticket for {pt} ({mrnl}) to {unit}, stretcher, iso"),
    ("transport", "can transport take {pt.first} in {room} up to {unit}? been waiting {count} min"),
    ("transport", "transport dropped {pt.ref} at the wrong unit lol, {pt.he}'s in {unit} now, {mrnl}"),
    ("transport", "chair van for {pt.ref} home to {town} booked, pickup {time}"),
    ("transport", "{pt.upper} {mrnl} - transport pls, {unit} {bedno}"),
    ("transport", "ambulette for {pt.ref} cancelled, {payer} {hpidl} denied, CM looking"),
    # case management
    ("case-mgmt", "CM: {pt.ref} {payer} {hpidl}, SNF referrals out to {snf} and {snf2}"),
    ("case-mgmt", "{cm} - {pt.poss} MBI is {mbi}, Part A active, can you run the 3-day stay?"),
    ("case-mgmt", "CM pls: {pt} ({room}) lives alone in {town}, no PCP, {payer} sub ID {hpid}"),
    ("case-mgmt", "{pt.ref} has MassHealth {medicaid}, coverage termed {policydate}?? need to reapply"),
    ("case-mgmt", "guarantor acct for {pt.ref} is {acct}, billing asked us to confirm address {fulladdr}"),
    ("case-mgmt", "HAR {har} for {pt}, DOS {date}, needs to be split per PFS"),
    ("case-mgmt", "{cm}: {pt} needs VNA, address {fulladdr}"),
    ("case-mgmt", "{pt.ref} is homeless, uses {pobox} at the shelter in {town}"),
    ("case-mgmt", "SNF bed offer for {pt.ref} at {snf} for {date}, {rel.role} {rel} wants to tour first"),
    ("case-mgmt", "{pt.ref} - {payer} policy # {hpid}, {group}, auth pending"),
    ("case-mgmt", "CM note: {pt.ref} lives at {street} off Rte 110 in {town}, 3rd floor walkup, no elevator"),
    ("case-mgmt", "{pt.ref} ({dobl}) - Medicare {mbi} + {payer} secondary {hpid}"),
    ("case-mgmt", "shelter bed for {pt.first} in {room} tonight at the {biztown} site, cb to the shelter {bizphone}"),
    ("case-mgmt", "hospital acct {har} for {pt.ref} is on hold, self-pay, {rel.role} wants a payment plan"),
    ("case-mgmt", "APS report filed for {pt.ref}, lives w/ {rel.role} {rel} at {fulladdr}"),
    ("case-mgmt", "{pt.ref} zip is {zip}, out of network for the VNA we use"),
    # house sup
    ("house-sup", "House sup: {count} admits holding, {pt.ref} in {room} gets the next tele, then {pt2.ref}"),
    ("house-sup", "{sup} (house sup) wants names for the surge list: {pt.last}, {pt2.last}, {pt3.last}"),
    ("house-sup", "sup update: {pt.ref} ({agesex}) moved up for ICU, {unit} bed {bedno}"),
    ("house-sup", "house sup pls call {rel} re {pt.ref}, threatening to call the news, {phone}"),
    ("house-sup", "staffing: pulled {rn} to sit with {pt.ref} in {room}, need a float"),
    ("house-sup", "{sup} - can we flex {bedno} for {pt.ref}? {pt.he}'s {age}, been on a stretcher 19h"),
    ("house-sup", "sup here. {pt.inv} is the only ICU admit, {pt2.inv} can wait for step-down"),
    # hospitalist
    ("hospitalist", "hospitalist accepting {pt.inv}, {agesex}, {dobl}, admit to {unit} obs"),
    ("hospitalist", "{hosp} wants repeat trop on {pt.ref} before {pt.he} goes up"),
    ("hospitalist", "{hosp} is NOT accepting {pt.last} in {room}, wants GI to see first, pls call {doc}"),
    ("hospitalist", "admit req: {pt} | {mrnl} | {dx} | {unit} | {hosp}"),
    ("hospitalist", "hospitalist q: is {pt.ref} the same {pt.first} who was here {date} w/ the {dx}?"),
    ("hospitalist", "{hosp}: {pt.ref} was seen in clinic {date}, meds changed, check the note"),
    ("hospitalist", "admit: {pt.ref}, {age}, from {snf}, {dx}, {hosp} accepting"),
    # registration / records
    ("registration", "reg needs SSN for {pt.ref} in {room}, {pt.he} gave {ssn}"),
    ("registration", "two {pt}s in the system - {dobl} vs {dob}, pls merge"),
    ("registration", "reg: {pt} {dobl}, {fulladdr}, {phonel}, {payer} {hpidl}"),
    ("registration", "quick reg Doe in {room} now ID'd as {pt}, {dobl}, DL {dl}"),
    ("registration", "armband says {pt.inv} but chart says {pt2.inv}, pls fix before meds"),
    ("records", "HIM request: records for {pt} ({mrnl}) to {email}"),
    ("records", "wrong pt: labs for {pt.ref} {mrnl} got filed under MRN {mrn}"),
    ("registration", "{pt.ref} gave {ssnl} at triage but insurance has a different one"),
    ("registration", "reg pls call {pt.poss} {rel.role} for insurance, {phone}, {payer}"),
    ("registration", "bad address on file for {pt.ref}: has {fulladdr}, real one is {street}"),
    ("registration", "{pt.ref} {mrnl} {dobl}"),
    ("records", "records request from {osh} for {pt.ref}, visit {date}, fax back to {fax}"),
    ("registration", "unidentified male in {room} now ID'd via wallet: {pt.upper}, DL {dl}, {dobl}"),
    # employee health
    ("employee-health", "fyi {emp} from {unit} is being seen in pod {pod}, pls keep it quiet, staff member"),
    ("employee-health", "needlestick: {emp.first} ({unit} RN) sent to employee health, source pt in {room} is {pt}, {mrnl}"),
    ("employee-health", "{emp} (EVS) fell in the {unit} hallway on {date}, employee health has it"),
    ("employee-health", "our own {emp} is in {room} - VIP flag pls"),
    ("employee-health", "{emp.first} from registration got hurt lifting, being seen in FT{n}, {emp.he}'s ok"),
    ("employee-health", "employee health needs {emp.poss} DOB for the workers comp form: {dob}"),
    # VIP
    ("vip", "VIP in {room}: {vip}, [state rep|local news anchor|Celtics alum|city councilor], chart flagged"),
    ("vip", "heads up {vip} is in {room}, no info to callers"),
    ("vip", "{vip.hon} (VIP) asking for a private room, {vip.his} assistant is {rel}, {phonel}"),
    ("vip", "break-the-glass alerts on {vip.ref} already - do NOT open the chart unless you're on the team"),
    ("vip", "{vip.ref} arriving by private car ~{time}, {age}, family wants side entrance"),
    # complaint / escalation
    ("complaint", "complaint: {rel} says {pt.poss} dentures were lost on {date}, wants a call at {phone}"),
    ("complaint", "patient relations forwarding: {pt.ref} ({date} visit) complaint re wait time, email {email}"),
    ("complaint", "{rel.role} of {pt.ref} posted on FB about us, patient relations aware"),
    ("complaint", "grievance from {pt} re: the {date} visit, wants copies sent to {fulladdr}"),
    ("escalation", "escalating: {pt.ref} in {room} {count}h boarding, {agesex}, skin breaking down - need a bed NOW"),
    ("escalation", "RRT to {room}, {pt.ref}, {yo}"),
    ("escalation", "code blue {unit} {bedno} - it's {pt.ref} who went up from us at {time}"),
    ("escalation", "{pt.ref} ({room}) boarding 31h, {rel.role} is calling the CEO's office. {sup} pls"),
    ("escalation", "stroke alert {room}: {pt}, LKW {time} on {date}, {dobl}"),
    # devices / it / url
    ("device", "pacer check for {pt.ref}: Medtronic serial {device}, {vendor} on the way"),
    ("device", "{pt.ref} came in w/ insulin pump, SN {device}, endo wants it off"),
    ("device", "hearing aids for {pt.ref} left in {room}, serial {device} per the case"),
    ("device", "UDI on {pt.poss} ICD: {udi}"),
    ("device", "CGM transmitter {device} belongs to {pt.first} in {room}, found in the chair"),
    ("device", "LVAD pt {pt.ref} in {room}, controller serial {device}, VAD coordinator paged"),
    ("it", "{pt.ref} in {room} on guest wifi keeps dropping the telehealth, device IP {ip}"),
    ("it", "WOW in {room} ({ip}) froze on {pt.poss} chart again, ticket {ticket}"),
    ("it", "the bed board PC at {ip} is down again, {ticket}"),
    ("it", "tracking board printer {ip} printing labels for {pt.ref} on loop"),
    ("url", "{rel} set up a page for {pt.first}: {url}"),
    ("url", "telehealth link for {pt.ref} in {room}: {url}"),
    ("url", "portal link for {pt} - {url}"),
    ("url", "{rel.role} keeps posting updates on {pt.ref} at {url}, pls be careful what we say"),
    # business contacts
    ("business-contact", "{vendor} - reach at {bizphone} or {bizemail}"),
    ("business-contact", "bed management office fax {fax} for transfer packets"),
    ("business-contact", "call the {osh} transfer center {bizphone}"),
    ("business-contact", "new flow coordinator line: {bizphone}"),
    ("business-contact", "{exec}'s assistant asked to cc {bizemail} on the surge updates"),
    ("business-contact", "pharmacy on-call is {bizphone} tonight, not the pager"),
    ("business-contact", "{osh} case mgmt: {bizemail}, {bizphone}"),
    ("business-contact", "send sitter agency requests to {bizemail}, backup {bizphone}"),
    ("business-contact", "{cm} new direct line {bizphone}"),
    ("business-contact", "interpreter services after hours: {bizphone}"),
    # licence / credentialing
    ("credentialing", "locum {doc} starts {mtgdate}, DEA {dea}, MA license {lic} - credentialing wants copies"),
    ("credentialing", "{rn}'s RN license {lic} expires {policydate}, can't work till renewed"),
    ("credentialing", "{doc}'s NPI {npi} and DEA {dea} for the controlled-substance log"),
    ("credentialing", "traveler {rn} - license {lic}, compact state, starts {mtgdate}"),
    # payment cards, vehicles
    ("money", "parking office charged {pt.poss} {rel.role}'s card {cc} twice"),
    ("money", "corporate card {cc} exp {cardexp} for the huddle pizza, {exec} approved"),
    ("vehicle", "car in the ED circle, plate {plate}, belongs to the family in {room}"),
    ("vehicle", "tow warning: plate {plate} in the ambulance bay, {sec} looking for owner"),
    ("vehicle", "{pt.poss} truck is in lot C, keys in belongings, VIN {vin}"),
    # more structured identifiers in flow context
    ("registration", "reg desk: {pt.ref} in {room} gave SSN {ssn} and {payer} {hpidl}, can someone verify at bedside"),
    ("registration", "{pt.inv} {ssnl} {dobl} - duplicate chart?"),
    ("records", "release of info for {pt} signed, send to {rel.role} at {email}"),
    ("case-mgmt", "PFS says {pt.poss} guarantor # is {acct}, the {rel.role} is guarantor"),
    ("case-mgmt", "patient acct {har} - {pt.ref} wants the bill mailed to {pobox}, {town}"),
    ("money", "{rel} paid the copay for {pt.first} with card {cc}, receipt in the drawer"),
    ("money", "cafeteria voucher denied, {rel.role} tried card {cc} exp {cardexp}"),
    ("device", "{pt.ref} has a Dexcom, transmitter SN {device}, do not remove per {pt.him}"),
    ("device", "{pt.ref} ({room}) neurostim remote left behind, serial {device}, {rel.role} will pick up"),
    ("device", "biomed needs the pump serial for the event report: {device}, was on {pt.ref} in {room}"),
    ("it", "{rel.role} of {pt.ref} can't get on guest wifi, laptop IP {ip}"),
    ("it", "portal login issue for {pt.ref}, IT sees failed logins from {ip}"),
    ("url", "{rel.role} sent the caringbridge for {pt.ref}: {url}"),
    ("url", "video visit for {pt.ref} dropped, relaunch: {url}"),
    ("vehicle", "{pt.ref} came in by own car, VIN {vin}, security moved it to lot C"),
    ("vehicle", "valet ticket for {pt.poss} {rel.role} - plate {plate}, car is a blue Rav4"),
    ("security", "{sec}: {vis} ({dobl}) banned from the ED after the incident on {date}, plate {plate}"),
    ("sitter", "sitter log {room}: {pt.ref}, {agesex}, tried to pull the foley at {time}"),
    ("transfer", "transfer center: {pt.ref} {mrnl}, {osh} wants our ICU, {pt.his} {rel.role} {rel} is following, {phone}"),
    ("transfer", "accepted: {pt.inv} from {osh}, {dobl}, {payer} {hpidl}, {hosp}"),
    ("ems", "{medic} update: pt is {pt}, {yo}, {rel.role} gave DOB {dob}"),
    ("ems", "EMS bringing {pt.ref} from {snf}, {snf} fax {fax}, MOLST in packet"),
    ("discharge", "{pt.ref} to {snf} {date}, ambulance at {time}, {rel.role} {rel.first} aware ({phone})"),
    ("discharge", "DC lounge checked in: {pt.ref}, {mrnl}, ride = {rel.role}, cb {phone}"),
    ("bed-board", "{room} {pt.ref} {agesex} → {unit} {bedno}, {status}"),
    ("bed-board", "{unit} rejecting {pt.ref} again, say {pt.he} needs tele. {hosp} says no. help"),
    ("bed-board", "{pt.first} ({room}) and {pt2.first} ({room2}) - both {unit}, whoever's cleaner first"),
    ("huddle", "huddle: {pt.ref} in {room} is the one whose {rel.role} {rel} yelled at triage yesterday, be nice"),
    ("family", "{rel.role} of the pt in {room} is {rel}, says the pt's name is {pt} not what reg has"),
    ("family", "{rel.first} (the {rel.role}) asking if {pt.ref} had {pt.his} flu shot, lives in {town}"),
    ("family", "got a call from {rel}, says {pt.he} is {pt.poss} {rel.role}, wants update, {phone}. pls verify before giving info"),
    ("hospitalist", "{hosp}: for {pt.ref} pls get the cardiology note from {date}, {pt.he} had a cath at {osh}"),
    ("house-sup", "{sup}: {pt.ref} ({age}) gets the private room, {pt2.ref} can double"),
    ("escalation", "{pt.ref} in {room} has been here since {date}, that's 3 days. escalating to {exec}"),
    ("employee-health", "{emp.first} from transport is in {room} as a pt, {emp.his} {rel.role} is on the way, pls cover {emp.his} shift"),
    ("vip", "{vip} (board member's {rel.role}) in {room}, privacy alert on, {vip.he} is {age}"),
    # short
    ("short", "{pt.first} in {room}?"),
    ("short", "{dobl}"),
    ("short", "cb {phone}"),
    ("short", "{pt.last} → {unit}"),
    ("short", "{mrnl} pls"),
    ("short", "{pt.ref} is back 🙄"),
    ("short", "who has {pt.nick}?"),
    ("short", "{age} y/o in {room}, family wants update"),
    ("short", "rm {n} - {pt.last}, {agesex}"),
    ("short", "{pt.inv} {dobl} {mrnl}"),
    ("short", "{pt.first}??"),
    ("short", "{pt.nick} in {room} again"),
    ("short", "{pt.last} pls"),
    ("short", "{pt.first} - {dx}"),
    ("short", "is {pt.first} still here"),
]

CLEAN_T = [
    ("calendar", "huddle moved to {time} in the {unit} conf room {mtgdate}"),
    ("calendar", "throughput meeting {mtgdate} {time}, zoom {zoom}"),
    ("exec", "{exec} is rounding in the ED {mtgdate} at {time}, pls clear the hall beds"),
    ("bed-board", "bed board: {n} dirty, {n2} clean, {n3} pending, {unit} blocked {n4} for iso"),
    ("bed-board", "{unit} has {n} dcs pending before noon, {unit2} has {n2}"),
    ("bed-board", "EVS called for {room}, {room2}, {room3}"),
    ("staffing", "{rn} is charge tonight, {rn2} has the float, {rn3} on break at {time}"),
    ("staffing", "{doc} covering for {doc2} until {time}"),
    ("ticket", "ticket {ticket} open for the tube station in pod {pod}, call {ext} if it jams again"),
    ("po", "{po} for {n} new stretchers approved by {exec}"),
    ("version", "Epic {version} goes live {mtgdate} 0200, downtime forms in the red binder"),
    ("version", "Pyxis upgrade to {version} tonight, expect a 20 min lockout"),
    ("census", "census: {n} boarders, {agg}"),
    ("mrn-topic", "reminder: MRNs are 9 digits now, don't drop the leading zeros when you page"),
    ("ssn-topic", "do not put SSNs or DOBs in this channel - use the secure chat"),
    ("hipaa", "HIPAA refresher due by {mtgdate}, {n}0% of the dept is done"),
    ("business-town", "the {biztown} site is on diversion {time}-{time2}"),
    ("npi", "new locum NPI {npi} is active, credentialing says good to go {mtgdate}"),
    ("cpt", "coding tip: {cpt} needs the critical care time documented"),
    ("icd", "{icd} keeps getting kicked back, use a more specific code"),
    ("facility-address", "loading dock at {facaddr} closed {mtgdate}, deliveries via lot C"),
    ("facility-address", "new urgent care opens at {facaddr} {mtgdate}"),
    ("zip-like", "lab courier route: {facshort} ({faczip}) by {time}, then the {biztown} clinic"),
    ("vendor", "{vendor} is on site for the bed frame recall, badge at security"),
    ("asset", "{asset} pump in pod {pod} alarming nonstop, biomed is {ext}"),
    ("money", "overtime this pay period was {money}, {exec} wants it down"),
    ("fiscal", "{fy} door-to-doc target is {n} min, we're at {n2}"),
    ("room-only", "{room} wants pain meds again, who has {room}?"),
    ("room-only", "pt in {room} is {agey}, not a fall risk, ok to ambulate"),
    ("security", "{room} eloped? {sec} pls check the lobby"),
    ("sitter", "sitter needed for {room}, section 12 paperwork done"),
    ("transport", "transport backed up {n} deep, ETA {eta}"),
    ("ems", "{medic} inbound {eta}, {yo} {dx}, {vitals}"),
    ("family", "the daughter in {room} is asking for the doc again"),
    ("family", "family in {room} wants a call from the hospitalist"),
    ("bed-board", "{unit} needs report on {room} by {time} or they give the bed away"),
    ("ssn-topic", "last 4 of the SSN on the armband don't match ({last4}), reg is fixing it"),
    ("money", "card ending {last4} was declined for the cafeteria pizza lol"),
    ("census", "patients 90+ are auto flagged for geri consult now"),
    ("census", "{agg} in the dept rn, geri ED nurse is {rn}"),
    ("staffing", "shout out to {rn} and {rn2} for the save in {room} 🙌"),
    ("exec", "{exec} sent thanks to the night crew, {n} ambulances in 2 hrs"),
    ("calendar", "Zoom for the bed meeting: {zoom}, passcode {last4}"),
    ("intranet", "board portal moved, use {intranet}"),
    ("policy", "policy effective {mtgdate}: no hall beds past the fire doors"),
    ("calendar", "flu clinic for staff {mtgdate} {time}-{time2} in the {unit} break room"),
    ("census", "{n} admits holding, {n2} ICU, {n3} tele, {n4} med-surg - {unit} opening {n5} beds after {time}"),
    ("staffing", "who has the {room} assignment? {rn} went home sick"),
    ("bed-board", "{doc} says {room} can go to CDU"),
    ("business-town", "CT is down until {time}, the {biztown} scanner is taking our overflow"),
    ("vendor", "{vendor} says the recall kit ships {mtgdate}"),
    ("ext", "dietary is {ext} now, not the old one"),
    ("ext", "please update your extension in the directory, mine is {ext}"),
    ("ticket", "{ticket} closed, bed board refresh fixed in {version}"),
    ("money", "{invoice} for the sitter agency is with {exec}"),
    ("mrn-topic", "med rec # field is mandatory on the transfer form now"),
    ("ssn-topic", "why does the new form ask for SSN? legal says we can't require it"),
    ("bed-board", "{unit} is on a no-admits hold till {time}, {sup} aware"),
    ("calendar", "MCI drill {mtgdate} at {time}, need {n} volunteer patients"),
    ("census", "dept at 1{big}% capacity, {n2} in the waiting room, longest wait {n3}h"),
    ("staffing", "{rn}, your headlights are on in lot B"),
    ("calendar", "staff lot D closed {mtgdate} for paving"),
    ("group-number", "{group} is the employee plan, in case reg asks"),
    ("payer", "{payer} prior auth moved to the portal, steps on {intranet}"),
    ("cpt", "{cpt} vs {cpt2}: tip sheet posted on {intranet}"),
    ("calendar", "EMTALA refresher {mtgdate}, sign up on {intranet}"),
    ("exec", "nurse manager {execname} out {mtgdate}-{mtgdate2}, {rn} covering"),
    ("staffing", "congrats {rn} on the DAISY award 🌼"),
    ("staffing", "{unit} PCA {pca} can help with the 2-assist in {room}"),
    ("fiscal", "ED volume {fy}: {big},{n}00 visits, {n3}% admitted"),
    ("facility-address", "our {biztown} clinic at {facaddr} is closed for the storm"),
    ("staffing", "{unit} code cart checked, exp dates ok, {rn} signed"),
    ("exec", "the foundation gala is {mtgdate}, {donor} honored"),
    ("exec", "board member {execname} touring the ED {mtgdate} with {exec}"),
    ("short", "ty"),
    ("short", "bed 14 clean"),
    ("short", "who has {room}?"),
    ("short", "on it"),
    ("short", "CT ready for {room}"),
    ("short", "{room} up"),
    ("short", "report called for {room}"),
    ("short", "{room} dc'd, EVS pls"),
    ("short", "need a tech in {room}"),
    ("short", "transport here for {room}"),
    ("short", "{rn} can you take {room}"),
    ("short", "hall {n} needs a pillow lol"),
    ("short", "{sup} pls call the desk"),
    ("short", "{room} family asking for coffee"),
    ("short", "thx {rn}"),
    ("short", "lol same"),
    ("flow", "{open}{room} → {unit}, {room2} → {unit2}, {room3} still waiting{close}"),
    ("flow", "{unit} can take {n} more after {time}, send the sickest first"),
    ("flow", "flow here - {n} admits, {n2} beds, math isn't mathing"),
    ("flow", "{flow} is flow tonight, page with bed requests not the desk"),
    ("flow", "discharge lounge has room for {n} more, {unit} pls send your morning dcs"),
    ("flow", "{at} can you look at {room}? waiting {n}h for {unit}"),
    ("flow", "{unit} just opened {n} beds - {room}, {room2} go first per {sup}"),
    ("ems", "{medic} {eta} out w/ a {yo} {dx}, no name yet"),
    ("ems", "EMS wall time {mins} min, {medic} still waiting to offload"),
    ("ems", "diversion ended {time}, {medic} notified"),
    ("security", "{sec} doing rounds in the waiting room, pls call if the guy in the red hoodie comes back"),
    ("security", "code grey {room} resolved, {sec} debriefing at {time}"),
    ("security", "reminder: visitors need a badge after 8p, {sec} at the door"),
    ("transport", "transport is down {n} people, {tech} is doing both floors"),
    ("transport", "{room} to MRI at {time}, need a portable monitor"),
    ("discharge", "lounge closes at {time} tonight, anyone left goes back to the unit"),
    ("discharge", "{n} dc's before noon on {unit}, let's go 💪"),
    ("case-mgmt", "{cm} is out, {cm2} covering CM for the ED"),
    ("case-mgmt", "SNF list updated on {intranet}, {snf} not taking MassHealth pending till {mtgdate}"),
    ("case-mgmt", "{snf} has {n} beds open, {snf2} has none"),
    ("house-sup", "house sup is {sup} tonight, {ext}"),
    ("house-sup", "{sup}: no more hall beds past {n}, fire marshal came by"),
    ("hospitalist", "{hosp} is the admitting doc till {time}, then {doc}"),
    ("hospitalist", "hospitalists want the admit request form filled out, not just a page"),
    ("it", "Vocera badges down on {unit}, {ticket}, use the phones"),
    ("it", "tracking board lagging again, IT says {version} fixes it {mtgdate}"),
    ("records", "HIM says release forms go through the portal now, not fax"),
    ("mrn-topic", "if the MRN starts with E it's an old Epic number, look up the new one"),
    ("mrn-topic", "pls stop pasting full MRNs in here, last 4 is enough"),
    ("ssn-topic", "SSN is optional at reg for undocumented pts, don't push"),
    ("hipaa", "privacy office audit on break-the-glass {mtgdate}, make sure you document why"),
    ("age-aggregate", "geri ED stats {fy}: {agg}, {n}% admitted"),
    ("npi", "{doc}'s NPI is {npi} if pharmacy asks"),
    ("credentialing", "credentialing packet for {doc} due {mtgdate}, cc {execname}"),
    ("policy", "new restraint policy effective {mtgdate}, huddle {time}"),
    ("cpt", "critical care {cpt} documentation: start/stop times pls"),
    ("icd", "sepsis bundle audits: {icd} cases from {fy} under review"),
    ("facility-address", "MOB at {facshort} has free parking for staff on weekends"),
    ("zip-like", "the new satellite lab is zip {faczip}, use that for the courier form"),
    ("money", "sitter spend {fy} was {money}, up {n}%"),
    ("po", "{po} for the recliners in the dc lounge finally went through"),
    ("vendor", "{vendor} dropping off loaner SCD pumps {mtgdate}"),
    ("staffing", "{rn} and {rn2} swapped, {rn2} has pod {pod}"),
    ("room-only", "{room} is {agey} and wants to go home AMA, {doc} aware"),
    ("room-only", "the guy in {room} is asking for a sandwich again"),
    ("room-only", "{room} daughter wants an update, {doc} said after CT"),
    ("room-only", "{room} {yo}, {dx}, {status}"),
    ("room-only", "pt in {room} says she's 88, chart says 87, whatever"),
    ("calendar", "schedule for {mtgdate} posted, {n} open shifts"),
    ("calendar", "bed meeting {mtgdate} cancelled, {sup} will send numbers"),
    ("exec", "{exec} wants boarding numbers by {time}"),
    ("flow", "{unit} bed {bedno} is blocked for maintenance, {ticket}"),
    ("flow", "reminder: bed requests after {time} go to {flow}, {ext}"),
    ("flow", "{n} boarders >12h, escalated per policy to {exec}"),
    ("flow", "obs unit at capacity, CDU taking overflow till {time}"),
    ("transport", "transport ETA for {room} is {eta}, {tech} on it"),
    ("security", "{sec} has the wanding station at the ambulance door tonight"),
    ("sitter", "we have {n} sitters for {n2} requests, prioritize {room} and {room2}"),
    ("discharge", "{unit} pls send dc's to the lounge by {time}, chairs available"),
    ("ems", "{medic} radio: {yo}, {dx}, {vitals}, ETA {eta}"),
    ("family", "family in the quiet room asking for coffee and a charger"),
    ("family", "the son in {room} wants to talk to the doc before CT"),
    ("case-mgmt", "CM huddle {mtgdate} {time}: SNF barriers, {payer} auth delays"),
    ("registration", "reg is short tonight, {rn} covering the quick reg desk"),
    ("house-sup", "{sup} says {unit} opens {n} surge beds at {time}"),
    ("hospitalist", "{hosp} wants all admits called in by {time} for the swing shift"),
    ("vendor", "{vendor} switching the stretcher mattresses {mtgdate}, {unit} first"),
    ("ticket", "Vocera badge swap ticket {ticket}, pick up at the {unit} desk"),
    ("ext", "house sup {ext}, flow {ext}, bed office is on the intranet"),
    ("facility-address", "new discharge lounge location: {facshort}, ground floor"),
    ("calendar", "huddle tomorrow moved to {time}, {sup} presenting boarding data"),
    ("npi", "the locum's NPI {npi} isn't in Epic yet so orders route to {doc}"),
    ("mrn-topic", "the 10-digit MRNs from the merger are live, scanner reads both"),
    ("age-aggregate", "geri ED: {agg} today, extra sitters from float pool"),
    ("short", "{unit} wants report"),
    ("short", "{room} to CT"),
    ("short", "who's flow?"),
    ("short", "{unit} full"),
    ("short", "{bedno} dirty"),
    ("short", "CT down"),
]


# ---------------------------------------------------------------------------
# frames (multi-line, lists, tables, threads)
# ---------------------------------------------------------------------------

def speaker(m):
    rng = m.rng
    k = rng.randrange(5)
    if k == 0:
        return pick_name(m, ALL_GIVEN) + ": "
    if k == 1:
        return "[%d:%02d %s] %s: " % (rng.randint(1, 12), rng.randint(0, 59), rng.choice(["AM", "PM"]), pick_name(m, ALL_GIVEN))
    if k == 2:
        return rng.choice(["charge", "flow", "house sup", "triage", "CM", "hospitalist", "transport", "security", "reg"]) + ": "
    if k == 3:
        return "%s %s: " % (pick_name(m, ALL_GIVEN), pick_name(m, SURNAMES)[0] + ".")
    return "> "


THREAD_PHI = [
    "is {pt.first} still in {room}?", "yes, {pt.he}'s waiting on {unit}", "{pt.ref} {dobl}",
    "{rel.role} called again, {phone}", "{pt.ref} going up at {time}", "{pt.last} → {unit} {bedno}",
    "MRN for {pt.first}? it's {mrn}", "{pt.poss} {rel.role} is here now", "{rel.first} says {pt.he}'s {age}",
    "{pt.ref} fell {date}, needs incident report", "ok I'll call {rel.first}", "who is {pt.ref}'s nurse",
    "{pt.ref} - {status}", "lives in {town}", "address on file {fulladdr}", "sitter for {pt.first}?",
]
THREAD_CLEAN = [
    "who has {room}?", "me", "ok thx", "{unit} wants report at {time}", "on it", "{room} → {unit}",
    "{doc} said ok", "bed {bedno} clean", "CT backed up", "ty!!", "transport is here", "{n} holding",
    "sitter available at {time}", "{sup} said wait", "lol", "copy", "EVS on the way", "{rn} has it",
    "family in {room} wants an update", "{room} {status}",
]


def frame_thread(m, phi):
    rng = m.rng
    m.tag("thread")
    k = rng.randint(2, 5)
    lines = []
    phi_line = rng.randrange(k) if phi else -1
    for i in range(k):
        if i:
            m.t("\n")
        m.t(speaker(m))
        if i == phi_line or (phi and rng.random() < 0.3):
            expand(m, rng.choice(THREAD_PHI))
        else:
            expand(m, rng.choice(THREAD_CLEAN))
    return lines


def frame_handoff(m, phi):
    rng = m.rng
    m.tag("handoff")
    m.t(rng.choice(["handoff 1900:", "ED handoff - pod %s" % rng.choice(PODS), "night → day handoff",
                    "sbar list:", "my pts for %s:" % pick_name(m, ALL_GIVEN), "report to oncoming", "*handoff*",
                    "pod %s board @ %s" % (rng.choice(PODS), rng.choice(["0645", "1845", "0700"]))]))
    bullet = rng.choice(["- ", "• ", "* ", "", "#"])
    k = rng.randint(3, 6)
    named = rng.randrange(k) if phi else -1
    for i in range(k):
        m.t("\n")
        b = bullet if bullet != "#" else "%d) " % (i + 1)
        m.t(b)
        expand(m, "{room} ")
        m.ctx.pop("_cur", None)
        if phi and (i == named or rng.random() < 0.5):
            key = "hp%d" % i
            p = new_person(m, "x")
            m.ctx[key] = p
            m.ctx["_cur"] = p
            r = rng.random()
            if r < 0.3:
                ref_style(m, p, "last")
            elif r < 0.55:
                ref_style(m, p, "first")
            elif r < 0.8:
                ref_style(m, p, "inv")
            else:
                ref_style(m, p, "full")
            m.tag("name")
            m.t(" ")
            if rng.random() < 0.3:
                _agesex(m)
            else:
                _yo(m)
        else:
            _yo(m)
        m.t(" ")
        expand(m, "{dx}, {status}")
        if phi and rng.random() < 0.15:
            m.t(", ")
            expand(m, rng.choice(["{mrnl}", "{dobl}", "{rel.role} {rel.first} {phone}", "from {town}", "adm {date}"]))
        elif rng.random() < 0.2:
            m.t(", ")
            expand(m, rng.choice(["RN {rn}", "{doc} following", "{hosp} accepting", "EVS called", "report at {time}"]))


def frame_table(m, phi):
    rng = m.rng
    m.tag("table")
    sep = rng.choice([" | ", "\t", " | "])
    if phi:
        cols = ["Rm", "Patient", "Age", "Dispo", "RN"]
        if rng.random() < 0.4:
            cols.insert(2, "MRN")
    else:
        cols = rng.choice([["Rm", "Status", "Dispo", "RN"], ["Unit", "Open", "Dirty", "Pending DC", "Blocked"],
                           ["Rm", "Age", "C/C", "Dispo"]])
    if rng.random() < 0.5:
        m.t(rng.choice(["*bed board %s*\n" % rng.choice(["0600", "1400", "2200"]), "board:\n", "```\n", "ED tracking\n"]))
    m.t(sep.join(cols))
    if sep == " | " and rng.random() < 0.5:
        m.t("\n" + "|".join(["---"] * len(cols)))
    k = rng.randint(2, 6)
    named = rng.randrange(k)
    for i in range(k):
        m.t("\n")
        for j, c in enumerate(cols):
            if j:
                m.t(sep)
            if c == "Rm":
                expand(m, "{room}")
            elif c == "Patient":
                if i == named or rng.random() < 0.75:
                    p = new_person(m, "x")
                    m.ctx["tp%d" % i] = p
                    ref_style(m, p, rng.choice(["inv", "last", "full", "inv"]))
                    m.tag("name")
                else:
                    m.t(rng.choice(["(pending reg)", "Doe, J", "--", "trauma ZZ"]))
            elif c == "Age":
                if phi and rng.random() < 0.35:
                    _age(m)
                else:
                    _agey(m)
            elif c == "MRN":
                _mrn(m)
            elif c == "Dispo":
                m.t(rng.choice(["admit " + rng.choice(UNITS), "dc home", "obs", "SNF", "OR", "transfer", "pending", "ICU"]))
            elif c == "RN":
                m.t(pick_name(m, ALL_GIVEN))
            elif c == "Status":
                m.t(rng.choice(STATUS))
            elif c == "C/C":
                m.t(rng.choice(DX))
            elif c == "Unit":
                m.t(rng.choice(UNITS))
            else:
                m.t(str(rng.randint(0, 9)))
    if not phi and "Age" in cols:
        pass


def frame_ems(m, phi):
    rng = m.rng
    m.tag("ems", "radio")
    expand(m, rng.choice(["{medic} → ED", "EMS radio relay", "radio report ({medic})", "*{medic}* inbound", "incoming {medic}"]))
    m.t("\n")
    if phi:
        lines = ["pt: {pt.upper}, {agesex}", "pt: {pt}, {yo}", "name {pt.inv} {dobl}"]
        expand(m, rng.choice(lines))
    else:
        expand(m, rng.choice(["pt: {yo}", "{yo}, name unknown", "pt {yo} from a group home", "{yo}"]))
    m.t("\n")
    expand(m, "c/c: {dx}\nVS: {vitals}")
    if rng.random() < 0.6:
        m.t("\n")
        if phi and rng.random() < 0.6:
            expand(m, rng.choice(["from: {fulladdr}", "scene: {street}, {biztown} PD on scene", "lives w/ {rel.role} in {town}",
                                  "{rel.role} {rel.first} following, {phone}"]))
        else:
            expand(m, rng.choice(["from: home", "from: {snf}", "scene: parking lot at the mall", "hx: CHF, DM, ESRD on HD"]))
    m.t("\n")
    expand(m, "ETA: {eta}")


def frame_census(m, phi):
    rng = m.rng
    m.tag("census")
    m.t(rng.choice(["ED census %s" % rng.choice(["0600", "1200", "1800", "2359"]), "*numbers*", "bed meeting numbers:", "surge update"]))
    items = ["in dept: {big}", "boarders: {big} (ICU {n}, tele {n2})", "{agg}", "LWBS overnight: {n}", "longest board: {hrs}h",
             "waiting room: {n}", "EMS wall time avg {mins} min", "dc before noon: {n}", "sitters: {n} in use, {n2} requested",
             "{unit}: {n} open, {n2} dirty"]
    rng.shuffle(items)
    for it in items[:rng.randint(3, 6)]:
        m.t("\n" + rng.choice(["- ", "• ", ""]))
        expand(m, it)


# ---------------------------------------------------------------------------
# transforms
# ---------------------------------------------------------------------------

SHORTHAND = [("patients", "pts"), ("patient", "pt"), ("without", "w/o"), ("with", "w/"), ("family", "fam"),
             ("please", "pls"), ("thanks", "thx"), ("about", "abt"), ("because", "bc"), ("tomorrow", "tmrw"),
             ("history", "hx"), ("transfer", "xfer"), ("daughter", "dtr"), ("discharge", "d/c"),
             ("minutes", "min"), ("message", "msg"), ("room", "rm"), ("people", "ppl"), ("before", "b4"),
             ("you", "u"), ("your", "ur"), ("going to", "gonna"), ("okay", "ok"), ("though", "tho"),
             ("appointment", "appt"), ("medications", "meds"), ("information", "info"), ("husband", "hubs"),
             ("nursing home", "NH"), ("waiting", "waitin"), ("right now", "rn"), ("someone", "s/o"),
             ("needs", "nds"), ("hours", "hrs"), ("follow up", "f/u"), ("report", "rpt"), ("brother", "bro")]
KEYB = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y",
        "l": "k", "d": "f", "h": "g", "u": "y", "c": "v", "p": "o", "g": "h"}


def plain_idx(m):
    return [i for i, s in enumerate(m.segs) if s[1] is None and not s[2]]


def tf_lower(m):
    for s in m.segs:
        if not s[2]:
            s[0] = s[0].lower()
    m.tag("lowercase")


def tf_typo(m):
    rng = m.rng
    cands = []
    for i in plain_idx(m):
        for mo in re.finditer(r"[A-Za-z]{4,}", m.segs[i][0]):
            cands.append((i, mo.start(), mo.end()))
    if not cands:
        return
    for _ in range(rng.choice([1, 1, 2])):
        i, a, b = rng.choice(cands)
        txt = m.segs[i][0]
        w = txt[a:b]
        if len(w) < 4:
            continue
        j = rng.randrange(1, len(w) - 1)
        k = rng.randrange(4)
        if k == 0:
            nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif k == 1:
            nw = w[:j] + w[j + 1:]
        elif k == 2:
            nw = w[:j] + w[j] + w[j:]
        else:
            c = w[j].lower()
            nw = w[:j] + KEYB.get(c, c) + w[j + 1:]
        if len(nw) != len(w):
            # positions shift - refresh candidates after one edit
            m.segs[i][0] = txt[:a] + nw + txt[b:]
            m.tag("typo")
            break
        m.segs[i][0] = txt[:a] + nw + txt[b:]
        m.tag("typo")


def tf_shorthand(m):
    rng = m.rng
    changed = False
    for i in plain_idx(m):
        txt = m.segs[i][0]
        for a, b in SHORTHAND:
            if rng.random() < 0.7:
                new = re.sub(r"\b%s\b" % re.escape(a), b, txt)
                if new != txt:
                    txt = new
                    changed = True
        m.segs[i][0] = txt
    if changed:
        m.tag("shorthand")


def tf_markup(m):
    rng = m.rng
    k = rng.randrange(4)
    vals = [i for i, s in enumerate(m.segs) if s[1]]
    if k <= 1 and vals:
        i = rng.choice(vals)
        if "\n" in m.segs[i][0]:
            return
        w = rng.choice(["*", "`", "_", "*"]) if m.segs[i][1] not in ("MRN", "SSN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER") else rng.choice(["`", "*"])
        m.segs.insert(i + 1, [w, None, True, False])
        m.segs.insert(i, [w, None, True, False])
        m.tag("slack-markup")
    elif k == 2:
        m.segs.insert(0, [" ", None, True, False])
        m.segs.insert(0, ["<@U%s>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)), None, True, False])
        m.tag("slack-markup")
    else:
        pi = plain_idx(m)
        cands = []
        for i in pi:
            for mo in re.finditer(r"\b(STAT|ASAP|NOW|urgent|pls|update|FYI|fyi|heads up|handoff)\b", m.segs[i][0]):
                cands.append((i, mo.start(), mo.end()))
        if not cands:
            return
        i, a, b = rng.choice(cands)
        txt = m.segs[i][0]
        w = rng.choice(["*", "_"])
        m.segs[i][0] = txt[:a] + w + txt[a:b] + w + txt[b:]
        m.tag("slack-markup")


def tf_emoji(m):
    rng = m.rng
    e = rng.choice(FIRST_EMOJI)
    if rng.random() < 0.75:
        m.segs.append([" " + e, None, True, False])
    else:
        m.segs.insert(0, [e + " ", None, True, False])
    m.tag("emoji")


# ---------------------------------------------------------------------------
# generation + validation
# ---------------------------------------------------------------------------

TYPE_TAGS = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
             "ADDRESS": "address", "URL": "url"}
TYPE_DETAIL = {"SSN": ["ssn"], "MRN": ["mrn"], "HEALTH_PLAN_ID": ["health-plan"], "ACCOUNT_NUMBER": ["account"],
               "LICENSE_NUMBER": ["license"], "VEHICLE_ID": ["vehicle"], "DEVICE_ID": ["device"],
               "IP_ADDRESS": ["ip"], "CREDIT_CARD": ["credit-card"]}
CONTENT_TAGS = {"name", "date", "age", "phone", "email", "address", "url", "structured", "ssn", "mrn",
                "health-plan", "account", "license", "vehicle", "device", "ip", "credit-card"}
STRUCTURED = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID",
              "DEVICE_ID", "IP_ADDRESS", "CREDIT_CARD"}


def exact(m):
    """Spans must land where they were built when searched left to right in bytes."""
    text = m.text()
    b = text.encode("utf-8")
    pos = 0
    real = 0
    for s in m.segs:
        sb = s[0].encode("utf-8")
        if s[1]:
            v = sb
            if not v or s[0] != s[0].strip():
                return False
            i = b.find(v, pos)
            if i != real:
                return False
            pos = i + len(v)
        real += len(sb)
    return True


def build(rng, want_clean):
    m = Msg(rng)
    r = rng.random()
    if want_clean:
        if r < 0.70:
            cat, tpl = rng.choice(CLEAN_T)
            m.tag(cat)
            expand(m, tpl)
        elif r < 0.78:
            frame_handoff(m, False)
        elif r < 0.84:
            frame_table(m, False)
        elif r < 0.88:
            frame_ems(m, False)
        elif r < 0.95:
            frame_thread(m, False)
        else:
            frame_census(m, False)
    else:
        if r < 0.76:
            cat, tpl = rng.choice(PHI_T)
            m.tag(cat)
            expand(m, tpl)
            if cat not in ("short",) and rng.random() < 0.12:
                # a second clause, sometimes as a follow-up line
                m.t(rng.choice(["\n", "\n", ". ", " - also ", "; ", ". also "]))
                expand(m, rng.choice(PHI_T + CLEAN_T)[1])
        elif r < 0.84:
            frame_handoff(m, True)
        elif r < 0.89:
            frame_table(m, True)
        elif r < 0.94:
            frame_ems(m, True)
        else:
            frame_thread(m, True)
    # transforms
    if rng.random() < 0.22:
        tf_shorthand(m)
    if rng.random() < 0.20:
        tf_typo(m)
    if rng.random() < 0.20:
        tf_markup(m)
    if rng.random() < 0.33:
        tf_lower(m)
    if rng.random() < 0.17:
        tf_emoji(m)
    return m


def finish_tags(m):
    spans = m.spans()
    tags = [t for t in m.tags if t not in ("phi", "clean") and t not in CONTENT_TAGS]
    types = [t for t, _ in spans]
    for t in types:
        for x in TYPE_DETAIL.get(t, ()):
            if x not in tags:
                tags.append(x)
    for t in types:
        if t in TYPE_TAGS and TYPE_TAGS[t] not in tags:
            tags.append(TYPE_TAGS[t])
        if t in STRUCTURED and "structured" not in tags:
            tags.append("structured")
    if not spans:
        # content tags that only make sense with PHI are dropped on clean messages
        tags = [t for t in tags if t not in ("name", "date", "age", "phone", "email", "address", "url", "structured")]
    if spans and all(s[3] for s in m.segs if s[1]) and "business-contact" not in tags:
        tags.append("business-contact")
    if spans and not all(s[3] for s in m.segs if s[1]) and "business-contact" in tags:
        tags.remove("business-contact")
    if "\n" in m.text() and "multiline" not in tags:
        tags.append("multiline")
    tags.append("phi" if spans else "clean")
    return tags


def main():
    rng = random.Random(SEED)
    flags = [True] * N_CLEAN + [False] * (N_TOTAL - N_CLEAN)
    rng.shuffle(flags)
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_hf.jsonl")
    seen = set()
    lines = []
    for idx, want_clean in enumerate(flags, 1):
        for attempt in range(200):
            m = build(rng, want_clean)
            text = m.text()
            spans = m.spans()
            if want_clean and spans:
                continue
            if not want_clean and not spans:
                continue
            if not exact(m):
                continue
            if text in seen and attempt < 150:
                continue
            break
        else:
            raise RuntimeError("could not build message %d" % idx)
        seen.add(text)
        item = {"id": "hf%04d" % idx, "text": text,
                "spans": [{"type": t, "value": v} for t, v in spans],
                "tags": finish_tags(m)}
        lines.append(json.dumps(item, ensure_ascii=False, separators=(",", ":")))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
