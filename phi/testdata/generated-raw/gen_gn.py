#!/usr/bin/env python3
"""gen_gn.py - synthetic workplace-chat messages for an emergency department and its
neighbours (triage, registration / patient access, security and parking, EMS and the
transfer center, bed management, system alerts, executives talking to an assistant bot),
labelled with PHI spans in the raw format read by check_phi_corpus.py.

Standard library only, fixed seed: two runs give identical bytes.
Messages are built segment by segment (literal text / non-PHI filler / PHI value), so the
span list is produced together with the text; every message is verified against the
checker's left-to-right matching before it is accepted.
"""
import json
import os
import random
import re
import unicodedata

SEED = 4172025
N_TOTAL = 1500
N_CLEAN = 675            # 45 %
PREFIX = "gn"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gn.jsonl")

# --------------------------------------------------------------------------------------
# Name pools (written for this generator)
# --------------------------------------------------------------------------------------
FEMALE = """Maria Ana Sofia Guadalupe Yesenia Marisol Luz Carmen Rosa Esperanza Dolores Altagracia
Yaritza Nayeli Ximena Linh Thuy Huong Mai Lan Ngoc Xiu Mei Ling Yan Fang Jiwoo Soo-ah Min-ji Hana
Yuki Aiko Priya Anjali Lakshmi Deepa Sunita Kavya Fatima Aisha Layla Noor Yasmin Amina Hodan Fadumo
Ikram Nadia Leila Rania Mirlande Nadege Fabiola Guerline Widelene Rosemonde Conceição Fernanda Graça
Adriana Luciana Joana Siobhan Aoife Bridget Maeve Niamh Colleen Kathleen Giulia Francesca Rosaria
Concetta Antonella Agnieszka Katarzyna Jadwiga Zofia Halina Olga Svetlana Tatiana Natalia Irina Eleni
Despina Chrysoula Georgia Adaeze Chioma Ngozi Folake Abena Akosua Efua Sreymom Sokha Chanthy Gabriela
Tainá Dayane Hope Faith Joy Grace April May June Rose Iris Ivy Dawn Summer Autumn Destiny Charity
Patience Precious Honor Liberty Star Ruby Pearl Opal Ginger Crystal Amber Brooke Heather Holly Robin
Mary Patricia Linda Barbara Elizabeth Jennifer Susan Margaret Dorothy Helen Ruth Mildred Gladys Edna
Ethel Bernice Lorraine Shirley Doris Gertrude Agnes Irene Evelyn Florence Beatrice Madison Brianna
Kayleigh Jasmine Tiana Latoya Keisha Imani Aaliyah Anne-Marie Marie-Claude Ingrid Astrid Sigrid Freya
Leilani Malia Kalani Nizhoni Winona Marisela Beatriz Noemí Zoë Chloé Małgorzata Şule Ayşe Zeynep
Thanh Phuong Hạnh Wanjiru Nia Tamar Miriam Esther Shoshana""".split()

MALE = """Jose Luis Juan Carlos Miguel Jesus Rafael Ramón Angel Alejandro Yadiel Wilfredo Nelson Hector
Duc Minh Tuan Hung Quang Wei Jian Hao Zhiwei Jun Min-jun Seo-jun Hiroshi Kenji Takeshi Raj Arjun
Vikram Sanjay Rahul Mohammed Ahmed Omar Yusuf Hassan Abdi Abdirahman Mahad Khalid Tariq Jean-Pierre
Jean-Baptiste Wesner Fritznel Dieudonne Ricot João Paulo Tiago Manuel Rui Seamus Declan Padraig Cormac
Liam Giuseppe Salvatore Vincenzo Enzo Carmine Tomasz Krzysztof Stanislaw Wojciech Dmitri Sergei
Aleksandr Yuri Nikolai Giorgos Dimitrios Spiros Chukwuemeka Obinna Tunde Kwame Kofi Kwabena Sokun
Vannak Rithy Thiago Gustavo Will Grant Bill Mark Frank Rich Drew Chase Hunter Pat Art Jack Gene Dean
Wade Miles Cash Rusty Sonny Royal King Bud Buck Skip Chip Rocky Lance Clay Ray Sterling Pierce James
Robert John Michael William David Richard Joseph Thomas Charles Harold Walter Earl Clarence Eugene
Ralph Howard Herbert Elmer Floyd Lloyd Chester Wendell Tyrone DeShawn Jamal Marquis Darnell Malik Lars
Sven Anders Keanu Makoa Sione Tevita Ahanu Efrén Andrés Ignacio Joaquín Björn Mehmet Emre Burak Avi
Moshe Eitan Baraka Otieno Kamau Thabo Sipho Lwazi""".split()

SURNAMES = """Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Rivera Flores
Gomez Diaz Cruz Reyes Morales Ortiz Gutiérrez Núñez Peña Castillo Vázquez Santiago Colón Figueroa Báez
Nguyen Tran Le Pham Huynh Hoang Phan Vo Dang Bui Ngo Duong Ly Wang Li Zhang Liu Chen Yang Huang Zhao
Wu Zhou Xu Lin Kim Lee Park Choi Jung Kang Cho Yoon Tanaka Suzuki Sato Takahashi Watanabe Yamamoto Patel
Shah Desai Mehta Iyer Reddy Rao Nair Gupta Sharma Singh Kaur Chowdhury Rahman Hossain Khan Ahmed Ali
Hassan Hussein Mahmoud Haddad Khoury Nassar Saleh Abdullahi Warsame Farah Mohamud Jama Pierre Joseph
Charles Baptiste Louis-Jeune Desrosiers Toussaint Étienne Pereira Costa Ferreira Medeiros Sousa Rapoza
Furtado Pacheco Tavares Fontes O'Brien O'Connor Sullivan Murphy Kelly McCarthy Walsh Fitzgerald
Gallagher Doherty Flaherty Donovan Russo Esposito Romano Colombo Ricci Marino D'Amico DiNapoli Lombardi
Caruso Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Ivanov Petrov Smirnov
Volkov Kuznetsov Papadopoulos Georgiou Nikolaidis Karras Okafor Okeke Adeyemi Oyelaran Nwosu Mensah
Asante Boateng Owusu Osei Chhim Sok Keo Prak Meas Yem Silva Oliveira Souza Lima Carvalho Smith Johnson
Williams Jones Davis Miller Wilson Anderson Taylor Thomas Jackson Harris Martin Thompson Moore Clark
Lewis Walker Hall Allen Wright Scott Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips
Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Bailey Cooper
Richardson Cox Howard Ward Peterson Gray Watson Brooks Sanders Price Bennett Wood Barnes Ross Henderson
Coleman Jenkins Perry Powell Long Patterson Hughes Washington Butler Simmons Foster Bryant Alexander
Russell Griffin Hayes Myers Ford Hamilton Graham Wallace Woods Cole West Jordan Owens Reynolds Fisher
Ellis Harrison Gibson McDonald Marshall Wells Hope Small Young King Brown Black White Stone Rice Love
Banks Fields Best Strong Short Church Hunter Mason Page Rose Frost Snow Winter Day Law Sharp Noble Rich
Swift Glass Hill Marsh Lane Bush Moody Hale Cash Sweet Goodwin Bird Fox Wolf Lamb Bishop Pope Knight
Gentry Merry Blessing Worthy Chase Will Grant Johansson Lindqvist Nilsen Hansen Schmidt Müller
Schneider Fischer Becker Wagner Hoffmann Bauer Öztürk Yılmaz Demir Çelik Şahin Kahananui Keawe Fonoti
Tuilagi Begay Yazzie Tsosie Benally Cohen Levy Goldberg Rosenbaum Friedman Katz Shapiro LaFleur
MacDonald DeAngelo Bouchard Gagnon Thibodeau Leblanc Cormier Arsenault Kariuki Mwangi Ndlovu Dlamini""".split()
SURNAMES += ["de la Cruz", "del Valle", "van der Berg", "Van Houten", "de Jesús", "dos Reis",
             "St. Pierre", "St. Louis", "al-Masri", "El-Amin", "Ben-David", "Mac Lochlainn",
             "le Roux", "García-Márquez", "Smith-Okafor", "Nguyen-Tran", "Rivera-Ortiz",
             "Kowalski-Brown", "Abu-Hamdan", "ter Horst", "von Stein", "da Costa", "Di Santo",
             "Ó Súilleabháin", "Dos Santos", "Da Silva", "Jean-Louis", "Mbeki-Jones"]


def _uniq(seq):
    seen = {}
    for s in seq:
        seen.setdefault(s, None)
    return list(seen)


FEMALE = _uniq(FEMALE)
MALE = _uniq(MALE)
SURNAMES = _uniq(SURNAMES)

NICK = {"Robert": ["Bobby", "Bob", "Rob"], "William": ["Billy", "Bill", "Will"],
        "Elizabeth": ["Liz", "Betty", "Beth"], "Margaret": ["Peggy", "Maggie", "Marge"],
        "Richard": ["Rick", "Dick", "Richie"], "James": ["Jimmy", "Jim"], "Joseph": ["Joe", "Joey"],
        "Patricia": ["Patty", "Pat", "Trish"], "Dorothy": ["Dot", "Dottie"], "Guadalupe": ["Lupe"],
        "Jesus": ["Chuy"], "Alejandro": ["Alex"], "Mohammed": ["Mo"], "Giuseppe": ["Pino", "Joe"],
        "Salvatore": ["Sal", "Sally"], "Aleksandr": ["Sasha"], "Dmitri": ["Dima"],
        "Katarzyna": ["Kasia"], "Chukwuemeka": ["Emeka"], "Abdirahman": ["Abdi"],
        "Wojciech": ["Wojtek"], "Thomas": ["Tommy", "Tom"], "Michael": ["Mike", "Mikey"],
        "Charles": ["Chuck", "Charlie"], "Harold": ["Hal", "Harry"], "Eugene": ["Gene"],
        "Howard": ["Howie"], "Francesca": ["Frankie"], "Concetta": ["Connie"],
        "Kathleen": ["Kathy", "Kat"], "Gertrude": ["Trudy", "Gert"], "Beatrice": ["Bea"],
        "Florence": ["Flo"], "Mildred": ["Millie"], "Natalia": ["Natasha"], "Svetlana": ["Sveta"],
        "Tatiana": ["Tanya"], "Dolores": ["Lola"], "Rosaria": ["Rosie"], "Jennifer": ["Jen", "Jenny"],
        "Barbara": ["Barb", "Babs"], "Susan": ["Sue", "Suzy"], "Evelyn": ["Evie"],
        "Manuel": ["Manny"], "Rafael": ["Rafi"], "Ignacio": ["Nacho"], "Tomasz": ["Tomek"],
        "Obinna": ["Obi"], "Kwabena": ["Kobby"], "Padraig": ["Paddy"], "Nikolai": ["Kolya"],
        "Wilfredo": ["Willie"], "Yesenia": ["Yesi"], "Walter": ["Walt"], "Herbert": ["Herb"],
        "Bernice": ["Bunny"], "Agnes": ["Aggie"]}

# --------------------------------------------------------------------------------------
# Other pools
# --------------------------------------------------------------------------------------
TOWNS = [("Dracut", "MA", "01826"), ("Lowell", "MA", "01852"), ("Lowell", "MA", "01854"),
         ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
         ("Methuen", "MA", "01844"), ("Lawrence", "MA", "01841"), ("Haverhill", "MA", "01832"),
         ("Andover", "MA", "01810"), ("Amesbury", "MA", "01913"), ("Salisbury", "MA", "01952"),
         ("Newburyport", "MA", "01950"), ("Pelham", "NH", "03076"), ("Salem", "NH", "03079"),
         ("Hudson", "NH", "03051"), ("Nashua", "NH", "03062"), ("Tyngsborough", "MA", "01879"),
         ("Westford", "MA", "01886"), ("Groton", "MA", "01450"), ("Dunstable", "MA", "01827"),
         ("Pepperell", "MA", "01463"), ("Wilmington", "MA", "01887"), ("Woburn", "MA", "01801"),
         ("Peabody", "MA", "01960"), ("Lynn", "MA", "01902"), ("Revere", "MA", "02151"),
         ("Malden", "MA", "02148"), ("Everett", "MA", "02149"), ("Chelsea", "MA", "02150"),
         ("Saugus", "MA", "01906"), ("Beverly", "MA", "01915"), ("Gloucester", "MA", "01930"),
         ("North Andover", "MA", "01845"), ("Windham", "NH", "03087"), ("Derry", "NH", "03038"),
         ("Londonderry", "NH", "03053"), ("Plaistow", "NH", "03865"), ("Georgetown", "MA", "01833"),
         ("Groveland", "MA", "01834"), ("Merrimac", "MA", "01860"), ("Lawrence", "MA", "01843")]
STREETS = ["Elm St", "Pawtucket Blvd", "Bridge St", "Lakeview Ave", "Merrimack St", "Chelmsford St",
           "Mammoth Rd", "Broadway", "Andover St", "Pleasant St", "Maple Ave", "Oak St", "Lowell St",
           "Main St", "High St", "Salem St", "Essex St", "Haverhill St", "Riverside Dr", "Tarbox Rd",
           "Old Ferry Rd", "Hildreth St", "Stevens St", "Westford St", "Boston Rd", "Princeton Blvd",
           "Methuen St", "Prospect Hill Rd", "Water St", "Winthrop Ave", "Kenwood Ave", "Jackson St",
           "Cabot St", "Gorham St", "Lawrence St", "Pine Hill Rd", "Hampshire Rd", "Primrose Ln",
           "Birch Meadow Dr", "Sunset Cir", "Tyler Ave", "Aiken St", "Jewett St", "Lilley Ave",
           "Ashland St", "Wentworth Ave", "Hovey St", "Coburn Rd", "Marsh Hill Rd", "Loon Hill Rd",
           "Nesmith St", "Parker Rd", "Farm Rd", "Sunrise Ter", "Orchard Way", "Depot St",
           "Spring St", "Chase Ave", "Greenwood Dr", "Canal St"]
STREET_LONG = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Dr": "Drive", "Blvd": "Boulevard",
               "Ln": "Lane", "Cir": "Circle", "Ter": "Terrace"}
FAC_ADDR = ["1180 Chelmsford St, Suite 200, Lowell, MA 01851", "40 Riverwalk Pkwy, Methuen, MA 01844",
            "12 Medical Center Dr, Haverhill MA 01830", "77 Commerce Way, Suite 4, Tewksbury MA 01876",
            "500 Merrimack Health Way, Lowell, MA 01854", "9 Research Pl, North Chelmsford, MA 01863",
            "260 Main St, 3rd floor, Andover MA 01810", "15 Pleasant Valley Pkwy, Nashua NH 03062"]
SITES = ["Haverhill", "Lowell", "Lawrence", "Methuen", "Nashua", "Andover", "Chelmsford", "Salem",
         "Tewksbury", "Amesbury", "Billerica", "Westford"]
FACILITIES = ["Sunrise Assisted Living", "Merrimack Valley Rehab", "Willow Pond Nursing Center",
              "Riverside Skilled Nursing", "Oak Meadow Senior Living", "Harborview Rehab",
              "St. Anne's Home", "Brookside Manor", "the Glen at Pawtucket Falls", "Maplewood Care Center"]
AGENCIES = ["Trinity EMS", "Merrimack Valley Ambulance", "Cataldo Ambulance", "Pelham Fire",
            "Boston MedFlight", "Atlantic Ambulance", "Northeast Regional EMS", "Patriot Ambulance"]
VENDORS = ["Epic", "Stryker", "Zoll", "Philips", "GE Healthcare", "Vocera", "Imprivata", "Omnicell",
           "BD Pyxis", "TeleTracking", "Hill-Rom", "Baxter", "ServiceNow", "Press Ganey", "ImageTrend",
           "Masimo", "Mindray", "Spok", "Cisco", "Experian", "Change Healthcare", "Allied Universal"]
PAYERS = ["BCBS MA", "Harvard Pilgrim", "Tufts Health Plan", "MassHealth", "Medicare", "Aetna",
          "Cigna", "UnitedHealthcare", "Fallon", "WellSense", "Ambetter", "Point32Health", "Humana"]
UNITS = ["4 West", "5 East", "CCU", "MICU", "SICU", "Obs", "Tele 6", "Peds", "L&D", "Ortho 3",
         "Med-Surg 7", "Step-down", "BH unit", "6 North", "3 South"]
BEDS = ["ED 14", "bed 22", "Hall 3", "H4", "Pod C-7", "Rm 9", "Trauma 1", "Resus 2", "Fast Track 3",
        "Triage 2", "Vertical 5", "Peds 4", "Psych 2", "hallway 6", "ED 31", "bed 8", "Pod A-2",
        "room 17", "ED 5", "Hall 11", "Pod B-12", "bed 40"]
ROOMS = ["412B", "Rm 618", "5E-21", "CCU 4", "room 733", "6N-14", "Rm 302A", "4W-09", "Obs 12",
         "3S-27", "Rm 511", "MICU 8"]
DRUGS = ["ondansetron 4 mg IV", "ketorolac 15 mg IV", "acetaminophen 1 g PO", "morphine 4 mg IV",
         "haloperidol 5 mg IM", "lorazepam 1 mg IV", "aspirin 324 mg PO", "nitroglycerin 0.4 mg SL",
         "heparin 5,000 units SC", "ceftriaxone 1 g IV", "metoprolol 5 mg IV", "insulin lispro 4 units",
         "fentanyl 50 mcg IV", "naloxone 0.4 mg IV", "furosemide 40 mg IV", "TXA 1 g IV",
         "diphenhydramine 25 mg IV", "prednisone 40 mg PO", "amoxicillin 875 mg PO", "famotidine 20 mg IV"]
CPTS = ["99281", "99282", "99283", "99284", "99285", "99291", "93010", "71046", "12001", "36415",
        "70450", "74177"]
ICDS = ["W54.0XXA", "S72.001A", "R07.9", "I21.4", "J18.9", "N39.0", "S06.0X0A", "R55", "K35.80",
        "T40.2X1A", "S52.501A", "R10.9"]
EXEC_TITLES = ["CEO", "CNO", "CMO", "COO", "CFO", "VP Patient Access", "Director of Emergency Services",
               "Security Manager", "Bed Management Director", "Transfer Center Manager",
               "VP of Operations", "ED Medical Director", "Chief Experience Officer", "Revenue Cycle VP"]
EMOJI = [":thumbsup:", ":pray:", ":eyes:", ":rotating_light:", ":ambulance:", ":hospital:",
         ":white_check_mark:", ":+1:", ":sweat_smile:", ":fire:", ":coffee:", ":tada:", ":grimacing:",
         ":disappointed:", ":bed:", ":warning:", ":raised_hands:", ":100:", ":sob:", ":heavy_check_mark:"]
REPLIES = ["on it", "agree", "+1 :thumbsup:", "thanks, will check", "seen :eyes:", "copy that",
           "ok will do", "thx, passing to charge", "looping in day shift", "ack, on my way"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
WDAYS = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Monday", "Tuesday", "Wednesday",
         "Thursday", "Friday"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "comcast.net",
                 "verizon.net", "icloud.com", "protonmail.com", "msn.com"]
BIZ_DOMAINS = ["merrimackvh.org", "trinityems-example.com", "mvambulance.org", "riversidesnf.com",
               "northeastrems.org", "oakmeadowliving.com"]
# relation word -> sex of the relative (None: either)
RELATIONS = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("niece", "F"),
             ("nephew", "M"), ("granddaughter", "F"), ("grandson", "M"), ("sister", "F"),
             ("brother", "M"), ("mother", "F"), ("father", "M"), ("partner", None),
             ("neighbor", None), ("HCP", None), ("POA", None), ("guardian", None),
             ("stepdaughter", "F"), ("daughter-in-law", "F"), ("son-in-law", "M")]

DIG = "0123456789"
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
             99: "ninety-nine", 100: "one hundred", 101: "one hundred and one",
             102: "one hundred two", 103: "one hundred and three", 104: "one hundred four"}

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha()).lower()


def dg(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def spaced(s):
    return " ".join(c for c in s if c.isdigit())


def spelled(s, r):
    words = []
    for c in s:
        if c.isdigit():
            words.append("oh" if c == "0" and r.random() < 0.3 else ONES[int(c)])
        elif c in "- ":
            words.append(",")
    out = " ".join(words).replace(" ,", ",")
    return re.sub(",+", ",", out)


def ordinal(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(r, y, m, d, styles):
    st = r.choice(styles)
    return st.format(m=m, d=d, mm="%02d" % m, dd="%02d" % d, Y=y, y="%02d" % (y % 100),
                     Month=MONTHS[m - 1], Mon=MON[m - 1], o=ordinal(d), wd=r.choice(WDAYS))


DOB_STYLES = ["{m}/{d}/{Y}", "{mm}/{dd}/{Y}", "{mm}/{dd}/{Y}", "{Y}-{mm}-{dd}", "{Month} {d}, {Y}",
              "{d}-{Mon}-{Y}", "{m}/{d}/{y}", "{m}-{d}-{Y}", "{Mon} {d} {Y}", "{m}.{d}.{Y}",
              "{Mon}. {d}, {Y}", "{mm}-{dd}-{Y}"]
EVENT_STYLES = ["{m}/{d}", "{m}/{d}", "{Mon} {o}", "{Month} {d}", "{mm}/{dd}", "{Month} {o}",
                "{m}/{d}/{Y}", "{m}/{d}/{y}", "{Y}-{mm}-{dd}", "{d}-{Mon}-{Y}", "{Mon} {d}"]
MTG_STYLES = ["{wd} {m}/{d}", "{m}/{d}", "{Month} {d}", "{Mon} {o}", "{wd} the {o}", "{m}/{d}/{Y}",
              "{wd}, {Month} {d}", "{mm}/{dd}", "{Y}-{mm}-{dd}"]


def rand_ymd(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else 30)
    return y, m, d


def pattern(r, p):
    out = []
    for c in p:
        if c == "#":
            out.append(r.choice(DIG))
        elif c == "?":
            out.append(r.choice(UPPER))
        elif c == "*":
            out.append(r.choice(UPPER + DIG))
        else:
            out.append(c)
    return "".join(out)


# --------------------------------------------------------------------------------------
# Value generators (return strings; evasion flags recorded on ctx)
# --------------------------------------------------------------------------------------
AREAS = ["978", "617", "781", "508", "603", "351", "339", "774", "857", "413"]


def phone_digits(r):
    return r.choice(AREAS), str(r.randint(2, 9)) + dg(r, 2), dg(r, 4)


def gen_phone(ctx, allow_ext=True):
    r = ctx.r
    a, e, n = phone_digits(r)
    st = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s",
                   "+1-%s-%s-%s", "%s%s%s", "1-%s-%s-%s", "(%s)%s-%s", "+1 (%s) %s-%s"])
    s = st % (a, e, n)
    if allow_ext and r.random() < 0.08:
        s += r.choice([" ext. ", " x", " ext ", " x."]) + dg(r, r.choice([2, 3, 4]))
    return s


def gen_phone_obf(ctx):
    r = ctx.r
    a, e, n = phone_digits(r)
    k = r.randint(0, 6)
    ctx.tag("evasion")
    if k == 0:
        return spaced(a + e + n)
    if k == 1:
        return "%s\u00a0%s\u00a0%s" % (a, e, n)
    if k == 2:
        return r.choice(["%s %s.%s", "%s-%s %s", "%s.%s-%s", "%s/%s-%s"]) % (a, e, n)
    if k == 3:
        ctx.tag("zero-width")
        return "%s-%s\u200b-%s" % (a, e, n)
    if k == 4:
        ctx.tag("fullwidth")
        return fullwidth("%s-%s-%s" % (a, e, n))
    if k == 5:
        return "%s %s %s" % (a, " ".join(e), " ".join(n))
    return spelled(a + "-" + e + "-" + n, r)


def ssn_parts(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)


def gen_ssn(ctx):
    r = ctx.r
    a, b, c = ssn_parts(r)
    k = r.random()
    if k < 0.62:
        return "%s-%s-%s" % (a, b, c)
    if k < 0.74:
        return "%s %s %s" % (a, b, c)
    ctx.tag("evasion")
    if k < 0.86:
        return a + b + c
    if k < 0.92:
        return "%s.%s.%s" % (a, b, c)
    return "%s.%s-%s" % (a, b, c)


def gen_ssn_obf(ctx):
    r = ctx.r
    a, b, c = ssn_parts(r)
    ctx.tag("evasion")
    k = r.randint(0, 4)
    if k == 0:
        ctx.tag("zero-width")
        return "%s\u200b-%s-%s" % (a, b, c)
    if k == 1:
        ctx.tag("fullwidth")
        return fullwidth("%s-%s-%s" % (a, b, c))
    if k == 2:
        return spaced(a + b + c)
    if k == 3:
        return "%s\u00a0%s\u00a0%s" % (a, b, c)
    ctx.tag("zero-width")
    return "%s-%s-%s" % (a, b, c[:2] + "\u200b" + c[2:])


def gen_mrn(ctx):
    r = ctx.r
    return r.choice(["E" + dg(r, 7), dg(r, 8), "00" + dg(r, 6), "10" + dg(r, 8),
                     "%s-%s-%s" % (dg(r, 3), dg(r, 3), dg(r, 3)), "MV" + dg(r, 7), dg(r, 7),
                     "%s-%s" % (dg(r, 2), dg(r, 6))])


def gen_memid(ctx, payer=None):
    r = ctx.r
    return r.choice([pattern(r, "???") + dg(r, 9), pattern(r, "??? ") + dg(r, 9), "W" + dg(r, 9),
                     dg(r, 9) + "01", "T" + dg(r, 9), "U" + dg(r, 8) + "01", dg(r, 12),
                     pattern(r, "???########"), "H" + dg(r, 8) + "-01", "ZGP" + dg(r, 8)])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(ctx):
    r = ctx.r
    an = MBI_ALPHA + DIG
    s = (str(r.randint(1, 9)) + r.choice(MBI_ALPHA) + r.choice(an) + r.choice(DIG) + r.choice(MBI_ALPHA)
         + r.choice(an) + r.choice(DIG) + r.choice(MBI_ALPHA) + r.choice(MBI_ALPHA) + dg(r, 2))
    if r.random() < 0.45:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def gen_medicaid(ctx):
    r = ctx.r
    return r.choice(["1000" + dg(r, 8), "1000 %s %s" % (dg(r, 4), dg(r, 4)), "MH" + dg(r, 10)])


def gen_har(ctx):
    r = ctx.r
    return r.choice(["5" + dg(r, 9), "40" + dg(r, 9), "3" + dg(r, 8), "%s-%s" % (dg(r, 4), dg(r, 6))])


def gen_gacct(ctx):
    r = ctx.r
    return r.choice(["G" + dg(r, 7), dg(r, 8), "GA-" + dg(r, 6), "7" + dg(r, 9)])


def gen_bank(ctx):
    r = ctx.r
    return r.choice([dg(r, 10), dg(r, 12), "%s %s %s" % (dg(r, 4), dg(r, 4), dg(r, 2)), "00" + dg(r, 8)])


def gen_dl(ctx):
    r = ctx.r
    return r.choice(["S" + dg(r, 8), "S" + dg(r, 8), pattern(r, "##???#####"), dg(r, 9), "SA" + dg(r, 7),
                     "S%s %s" % (dg(r, 4), dg(r, 4))])


def gen_rnlic(ctx):
    r = ctx.r
    return r.choice(["RN" + dg(r, 7), "RN-" + dg(r, 7), "RN2" + dg(r, 6), dg(r, 6), "MD" + dg(r, 6),
                     "NP-" + dg(r, 6), "PA%s" % dg(r, 6), "EMT-P %s" % dg(r, 6)])


def gen_dea(ctx, surname=None):
    r = ctx.r
    first = r.choice("ABFGM")
    second = (ascii_fold(surname)[:1].upper() if surname else "") or r.choice(UPPER)
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def gen_plate(ctx):
    r = ctx.r
    return pattern(r, r.choice(["#???##", "#?? ###", "#???##", "#?? ?##", "### ??#", "???-####",
                                "#######", "#??###", "??? ###", "##?? ##"]))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5,
                                               6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(ctx):
    r = ctx.r
    wmi = r.choice(["1HG", "2T1", "5YJ", "1FA", "3VW", "JTD", "KMH", "1G1", "4T1", "5NP", "JN1", "WBA"])
    s = list(wmi + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" + r.choice("NPRSTVWXY123456")
             + "".join(r.choice(VIN_CH) for _ in range(1)) + dg(r, 6))
    tot = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(s, VIN_W))
    s[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(s)


def gen_serial(ctx):
    r = ctx.r
    return pattern(r, r.choice(["???######?", "??? #######", "####?#####", "*******", "??#######?",
                                "#?##?####", "SN-########", "HM3-#######", "???######"]))


def gen_cgm_serial(ctx):
    return pattern(ctx.r, ctx.r.choice(["#???##?", "SM########", "**********", "??########?"]))


def gen_udi(ctx):
    r = ctx.r
    y, m, d = rand_ymd(r, 2026, 2029)
    return "(01)00%s(17)%02d%02d%02d(10)%s(21)%s" % (dg(r, 12), y % 100, m, d, pattern(r, "?####?"),
                                                    pattern(r, "???######?"))


def gen_ip(ctx):
    r = ctx.r
    k = r.random()
    if k < 0.35:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.55:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    if k < 0.75:
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.choice([24, 64, 73, 98, 108, 146, 155, 173, 205, 209]), r.randint(0, 255),
                            r.randint(0, 255), r.randint(1, 254))


def gen_ip6(ctx):
    r = ctx.r
    h = lambda: "%x" % r.randint(0x10, 0xffff)
    return r.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
                     "2601:%s:%s:%s::%s" % (h(), h(), h(), h()),
                     "2603:3005:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h())])


def gen_cc(ctx):
    r = ctx.r
    kind = r.random()
    if kind < 0.45:
        body = "4" + dg(r, 14)
    elif kind < 0.75:
        body = "5" + str(r.randint(1, 5)) + dg(r, 13)
    elif kind < 0.88:
        body = r.choice(["34", "37"]) + dg(r, 12)
    else:
        body = "6011" + dg(r, 11)
    num = body + luhn_digit(body)
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    st = r.random()
    if st < 0.45:
        return " ".join(g)
    if st < 0.7:
        return "-".join(g)
    if st < 0.9:
        return num
    ctx.tag("evasion")
    return ".".join(g)


def gen_age90(ctx):
    return str(ctx.age)


def gen_age90_w(ctx):
    ctx.tag("evasion")
    return AGE_WORDS[ctx.age]


def town_rec(ctx):
    return ctx.r.choice(TOWNS)


def gen_street(ctx):
    r = ctx.r
    st = r.choice(STREETS)
    if r.random() < 0.25:
        suf = st.split()[-1]
        if suf in STREET_LONG:
            st = st[: -len(suf)] + STREET_LONG[suf]
    num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 2400)]))
    if r.random() < 0.15:
        num += r.choice(["A", "B", "-1/2"]) if r.random() < 0.5 else ""
    s = "%s %s" % (num, st)
    if r.random() < 0.25:
        s += r.choice([" Apt %d" % r.randint(1, 30), " #%d%s" % (r.randint(1, 4), r.choice("LRF")),
                       " Unit %d%s" % (r.randint(1, 40), r.choice("ABC")), " 2nd fl", " Apt %dB" % r.randint(1, 9)])
    return s


def gen_addr(ctx):
    r = ctx.r
    town, state, z = town_rec(ctx)
    if r.random() < 0.2:
        z = z + "-" + dg(r, 4)
    s = gen_street(ctx)
    form = r.random()
    if form < 0.35:
        return "%s, %s, %s %s" % (s, town, state, z)
    if form < 0.6:
        return "%s, %s %s %s" % (s, town, state, z)
    if form < 0.75:
        return "%s %s %s" % (s, town, state)
    if form < 0.9:
        return "%s, %s" % (s, town)
    return "%s %s %s %s" % (s.lower(), town.lower(), state.lower(), z)


def gen_pobox(ctx):
    r = ctx.r
    town, state, z = town_rec(ctx)
    return r.choice(["PO Box %d, %s, %s %s" % (r.randint(10, 9999), town, state, z),
                     "P.O. Box %d" % r.randint(10, 9999), "po box %d %s" % (r.randint(10, 999), town.lower())])


def personal_email(ctx, p):
    r = ctx.r
    g, s = ascii_fold(p.given), ascii_fold(p.surname)
    local = r.choice(["%s.%s" % (g, s), "%s%s%s" % (g[0], s, dg(r, 2)), "%s%s%s" % (g, s[:3], dg(r, 2)),
                      "%s_%s" % (g, s), "%s%s" % (s, dg(r, 4)), "%s.%s%s" % (g, s, dg(r, 1)),
                      "%s%s" % (ascii_fold(p.nick or p.given), dg(r, 2))])
    return "%s@%s" % (local, r.choice(EMAIL_DOMAINS))


def business_email(ctx, p):
    r = ctx.r
    g, s = ascii_fold(p.given), ascii_fold(p.surname)
    return r.choice(["%s%s@%s" % (g[0], s, r.choice(BIZ_DOMAINS)), "%s.%s@%s" % (g, s, r.choice(BIZ_DOMAINS))])


def obf_email(ctx, p):
    r = ctx.r
    ctx.tag("evasion")
    e = personal_email(ctx, p)
    local, dom = e.split("@")
    name, tld = dom.rsplit(".", 1)
    return r.choice(["%s [at] %s [dot] %s" % (local, name, tld), "%s at %s dot %s" % (local, name, tld),
                     "%s(at)%s.%s" % (local, name, tld), "%s @ %s . %s" % (local, name, tld),
                     "%s [@] %s.%s" % (local, name, tld)])


def gen_pturl(ctx, p, personal_only=False):
    r = ctx.r
    g, s = ascii_fold(p.given), ascii_fold(p.surname)
    personal = ["https://www.caringbridge.org/visit/%s%s" % (g, s),
                "https://www.gofundme.com/f/help-%s-%s-recover" % (g, s),
                "https://www.caringbridge.org/site/%s-%s-updates" % (g, s),
                "https://gofund.me/%s%s" % (g, s[:3])]
    portal = ["https://mychart.merrimackvh.org/MyChart/Visit?pid=E%s" % dg(r, 7),
              "https://telehealth.merrimackvh.org/join/%s-%s-%s" % (g, s, dg(r, 4)),
              "https://portal.merrimackvh.org/results?patient=E%s&visit=%s" % (dg(r, 7), dg(r, 9)),
              "https://mychart.merrimackvh.org/MyChart/app/visit-summary?csn=%s" % dg(r, 10),
              "https://merrimackvh.zoom.us/j/%s?pt=%s%s" % (dg(r, 11), g[0], s)]
    return r.choice(personal if personal_only else personal + portal)


def gen_dob(ctx, compact=False):
    r = ctx.r
    y, m, d = rand_ymd(r, 1925, 2023)
    if "age90" in ctx.tpl:
        y = 2025 - ctx.age - r.randint(0, 1)
    if compact:
        return fmt_date(r, y, m, d, ["{mm}{dd}{Y}", "{mm}{dd}{y}", "{Y}{mm}{dd}"])
    return fmt_date(r, y, m, d, DOB_STYLES)


def gen_event_date(ctx):
    r = ctx.r
    y, m, d = rand_ymd(r, 2024, 2026)
    return fmt_date(r, y, m, d, EVENT_STYLES)


def gen_mtg(ctx):
    r = ctx.r
    y, m, d = rand_ymd(r, 2025, 2026)
    return fmt_date(r, y, m, d, MTG_STYLES)


def gen_enddate(ctx):
    r = ctx.r
    y, m, d = rand_ymd(r, 2025, 2028)
    return fmt_date(r, y, m, d, ["{m}/{d}/{Y}", "{mm}/{dd}/{Y}", "{Month} {d}, {Y}", "{Y}-{mm}-{dd}"])


def gen_time(ctx):
    r = ctx.r
    h = r.randint(0, 23)
    mi = r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50])
    return r.choice(["%02d%02d" % (h, mi), "%d:%02d" % ((h % 12) or 12, mi),
                     "%d%s" % ((h % 12) or 12, "am" if h < 12 else "pm"), "%02d:%02d" % (h, mi)])


def gen_npi(ctx):
    r = ctx.r
    body = "1" + dg(r, 8)
    return body + luhn_digit("80840" + body)


# --------------------------------------------------------------------------------------
# People and message context
# --------------------------------------------------------------------------------------


class Person:
    def __init__(self, r, sex=None, nick=False, surname=None):
        self.sex = sex or r.choice("FM")
        pool = FEMALE if self.sex == "F" else MALE
        if nick:
            pool = [g for g in NICK if g in pool] or list(NICK)
        self.given = r.choice(pool)
        self.surname = surname or r.choice(SURNAMES)
        self.mi = r.choice(UPPER)
        self.nick = r.choice(NICK[self.given]) if self.given in NICK else None
        self.relation = None

    def full(self):
        return "%s %s" % (self.given, self.surname)


class Ctx:
    def __init__(self, r, tpl):
        self.r = r
        self.tpl = tpl
        self.tags = []
        self.people = {}
        self.age = r.choice(list(range(90, 100)) * 3 + list(range(100, 105)))

    def tag(self, t):
        if t not in self.tags:
            self.tags.append(t)

    def person(self, key):
        if key not in self.people:
            r = self.r
            if key == "pt":
                self.people[key] = Person(r, nick=("pt_nick" in self.tpl or "pt_fullnick" in self.tpl))
            elif key == "rel":
                pt = self.person("pt")
                word, sex = r.choice(RELATIONS)
                sur = pt.surname if (r.random() < 0.5 and word not in ("neighbor", "partner")) else None
                p = Person(r, sex=sex, surname=sur)
                p.relation = word
                self.people[key] = p
            else:
                self.people[key] = Person(r)
        return self.people[key]


def name_form(ctx, p, form):
    r = ctx.r
    if form == "full":
        return p.full()
    if form == "fm":
        return "%s %s. %s" % (p.given, p.mi, p.surname)
    if form == "inv":
        return r.choice(["%s, %s" % (p.surname, p.given), "%s, %s %s" % (p.surname, p.given, p.mi),
                         "%s,%s" % (p.surname, p.given)])
    if form == "INV":
        return r.choice(["%s, %s" % (p.surname.upper(), p.given.upper()),
                         "%s, %s %s" % (p.surname.upper(), p.given.upper(), p.mi),
                         "%s,%s" % (p.surname.upper(), p.given.upper())])
    if form == "first":
        return p.given
    if form == "last":
        return p.surname
    if form == "init":
        return r.choice(["%s. %s" % (p.given[0], p.surname), "%s %s." % (p.given, p.surname[0]),
                         "%s.%s." % (p.given[0], p.surname[0])])
    if form == "lc":
        return p.full().lower()
    raise KeyError(form)


def any_form(ctx, p):
    return name_form(ctx, p, ctx.r.choice(["full", "full", "full", "fm", "inv", "INV", "first", "last",
                                           "init", "full"]))


# Token table: name -> function(ctx) -> list of (text, type-or-None)
def P(typ, s):
    return [(s, typ)]


def T(s):
    return [(s, None)]


def _pron(ctx, key, which):
    p = ctx.person(key)
    table = {"he": ("she", "he"), "him": ("her", "him"), "his": ("her", "his"),
             "He": ("She", "He"), "His": ("Her", "His")}
    return table[which][0 if p.sex == "F" else 1]


def _hon(ctx, key):
    p = ctx.person(key)
    return ctx.r.choice(["Mrs.", "Ms.", "Mrs"]) if p.sex == "F" else ctx.r.choice(["Mr.", "Mr"])


def _fullnick(ctx):
    p = ctx.person("pt")
    nick = p.nick or p.given[:3]
    st = ctx.r.randint(0, 2)
    if st == 0:
        return [(p.full(), "NAME"), (' ("', None), (nick, "NAME"), ('")', None)]
    if st == 1:
        return [(p.full(), "NAME"), (" aka ", None), (nick, "NAME")]
    return [(p.full(), "NAME"), (" (goes by ", None), (nick, "NAME"), (")", None)]


def _mailto(ctx, who):
    e = personal_email(ctx, ctx.person(who))
    ctx.tag("slack-markup")
    return [("<mailto:", None), (e, "EMAIL"), ("|", None), (e, "EMAIL"), (">", None)]


def _tel(ctx, who):
    r = ctx.r
    a, e, n = phone_digits(r)
    ctx.tag("slack-markup")
    return [("<tel:", None), ("+1%s%s%s" % (a, e, n), "PHONE"), ("|", None),
            (r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, n), "PHONE"), (">", None)]


def _url_link(ctx):
    u = gen_pturl(ctx, ctx.person("pt"))
    ctx.tag("slack-markup")
    if ctx.r.random() < 0.5:
        return [("<", None), (u, "URL"), ("|%s>" % ctx.r.choice(["visit summary", "portal link", "join", "link"]), None)]
    return [("<", None), (u, "URL"), ("|", None), (u, "URL"), (">", None)]


def _mention(ctx):
    ctx.tag("slack-markup")
    return "<@U0%s>" % "".join(ctx.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(ctx.r.randint(7, 9)))


def _bot(ctx):
    k = ctx.r.randint(0, 3)
    if k == 0:
        ctx.tag("slack-markup")
        return "<@U07ATLAS9Q>"
    return ["@Atlas", "Atlas,", "@atlas-assistant"][k - 1]


def _ex(ctx, key="ex"):
    p = ctx.person(key)
    t = ctx.r.choice(EXEC_TITLES)
    return ctx.r.choice(["%s (%s)" % (p.full(), t), "%s, %s" % (p.full(), t), "our %s %s" % (t, p.full()),
                         "%s %s" % (t, p.surname), p.full()])


def _relation(ctx):
    return ctx.person("rel").relation


def _ptparent(ctx):
    return ctx.r.choice(["mother", "mom", "mum"]) if ctx.person("pt").sex == "F" else ctx.r.choice(["father", "dad"])


TOK = {
    # --- PHI: names
    "pt": lambda c: P("NAME", any_form(c, c.person("pt"))),
    "pt_full": lambda c: P("NAME", name_form(c, c.person("pt"), c.r.choice(["full", "full", "fm"]))),
    "pt_inv": lambda c: P("NAME", name_form(c, c.person("pt"), "inv")),
    "pt_INV": lambda c: P("NAME", name_form(c, c.person("pt"), "INV")),
    "pt_first": lambda c: P("NAME", c.person("pt").given),
    "pt_last": lambda c: P("NAME", c.person("pt").surname),
    "pt_init": lambda c: P("NAME", name_form(c, c.person("pt"), "init")),
    "pt_lc": lambda c: P("NAME", name_form(c, c.person("pt"), "lc")),
    "pt_nick": lambda c: P("NAME", c.person("pt").nick or c.person("pt").given[:3]),
    "pt_fullnick": _fullnick,
    "pt2_full": lambda c: P("NAME", c.person("pt2").full()),
    "pt2_INV": lambda c: P("NAME", name_form(c, c.person("pt2"), "INV")),
    "pt2_inv": lambda c: P("NAME", name_form(c, c.person("pt2"), "inv")),
    "pt2_last": lambda c: P("NAME", c.person("pt2").surname),
    "rel_full": lambda c: P("NAME", c.person("rel").full()),
    "rel_first": lambda c: P("NAME", c.person("rel").given),
    "rel_last": lambda c: P("NAME", c.person("rel").surname),
    "rel_inv": lambda c: P("NAME", name_form(c, c.person("rel"), c.r.choice(["inv", "INV"]))),
    "rel": lambda c: P("NAME", any_form(c, c.person("rel"))),
    "co_pt": lambda c: (c.tag("employee-health") or P("NAME", c.person("cop").full())),
    # --- PHI: dates, ages
    "dob": lambda c: P("DATE", gen_dob(c)),
    "dob_compact": lambda c: P("DATE", gen_dob(c, compact=True)),
    "adm": lambda c: P("DATE", gen_event_date(c)),
    "dc": lambda c: P("DATE", gen_event_date(c)),
    "visit": lambda c: P("DATE", gen_event_date(c)),
    "death": lambda c: P("DATE", gen_event_date(c)),
    "fall": lambda c: P("DATE", gen_event_date(c)),
    "fu": lambda c: P("DATE", gen_event_date(c)),
    "proc": lambda c: P("DATE", gen_event_date(c)),
    "age90": lambda c: P("AGE", gen_age90(c)),
    "age90_w": lambda c: P("AGE", gen_age90_w(c)),
    # --- PHI: contact
    "phone": lambda c: P("PHONE", gen_phone(c)),
    "rel_phone": lambda c: P("PHONE", gen_phone(c)),
    "fax": lambda c: P("PHONE", gen_phone(c, allow_ext=False)),
    "bphone": lambda c: (c.tag("business-contact") or P("PHONE", gen_phone(c))),
    "phone_obf": lambda c: P("PHONE", gen_phone_obf(c)),
    "phone_plain": lambda c: P("PHONE", "".join(phone_digits(c.r))),
    "phone_spelled": lambda c: (c.tag("evasion") or P("PHONE", spelled("-".join(phone_digits(c.r)), c.r))),
    "tel": lambda c: _tel(c, "rel"),
    "email": lambda c: P("EMAIL", personal_email(c, c.person("pt"))),
    "rel_email": lambda c: P("EMAIL", personal_email(c, c.person("rel"))),
    "bemail": lambda c: (c.tag("business-contact") or P("EMAIL", business_email(c, c.person("co")))),
    "email_obf": lambda c: P("EMAIL", obf_email(c, c.person("pt"))),
    "mailto": lambda c: _mailto(c, "pt"),
    # --- PHI: ids
    "ssn": lambda c: P("SSN", gen_ssn(c)),
    "ssn_obf": lambda c: P("SSN", gen_ssn_obf(c)),
    "ssn_nosep": lambda c: (c.tag("evasion") or P("SSN", "".join(ssn_parts(c.r)))),
    "ssn_spelled": lambda c: (c.tag("evasion") or P("SSN", spelled("-".join(ssn_parts(c.r)), c.r))),
    "mrn": lambda c: P("MRN", gen_mrn(c)),
    "mrn_fw": lambda c: (c.tag("evasion") or c.tag("fullwidth") or P("MRN", fullwidth(dg(c.r, 8)))),
    "memid": lambda c: P("HEALTH_PLAN_ID", gen_memid(c)),
    "mbi": lambda c: P("HEALTH_PLAN_ID", gen_mbi(c)),
    "medicaid": lambda c: P("HEALTH_PLAN_ID", gen_medicaid(c)),
    "har": lambda c: P("ACCOUNT_NUMBER", gen_har(c)),
    "gacct": lambda c: P("ACCOUNT_NUMBER", gen_gacct(c)),
    "bank": lambda c: P("ACCOUNT_NUMBER", gen_bank(c)),
    "dl": lambda c: P("LICENSE_NUMBER", gen_dl(c)),
    "rnlic": lambda c: P("LICENSE_NUMBER", gen_rnlic(c)),
    "dea": lambda c: P("LICENSE_NUMBER", gen_dea(c, c.person("co").surname)),
    "plate": lambda c: P("VEHICLE_ID", gen_plate(c)),
    "vin": lambda c: P("VEHICLE_ID", gen_vin(c)),
    "serial": lambda c: P("DEVICE_ID", gen_serial(c)),
    "cgm_serial": lambda c: P("DEVICE_ID", gen_cgm_serial(c)),
    "udi": lambda c: P("DEVICE_ID", gen_udi(c)),
    "pturl": lambda c: P("URL", gen_pturl(c, c.person("pt"))),
    "pturl2": lambda c: P("URL", gen_pturl(c, c.person("pt"), personal_only=True)),
    "pturl_link": _url_link,
    "ip": lambda c: P("IP_ADDRESS", gen_ip(c)),
    "ip6": lambda c: P("IP_ADDRESS", gen_ip6(c)),
    "street": lambda c: P("ADDRESS", gen_street(c)),
    "town": lambda c: P("ADDRESS", town_rec(c)[0]),
    "addr": lambda c: P("ADDRESS", gen_addr(c)),
    "addr_short": lambda c: P("ADDRESS", "%s, %s" % (gen_street(c), town_rec(c)[0])),
    "zip": lambda c: P("ADDRESS", town_rec(c)[2] + ("-" + dg(c.r, 4) if c.r.random() < 0.3 else "")),
    "pobox": lambda c: P("ADDRESS", gen_pobox(c)),
    "cc": lambda c: P("CREDIT_CARD", gen_cc(c)),
    # --- non-PHI context
    "he": lambda c: T(_pron(c, "pt", "he")), "him": lambda c: T(_pron(c, "pt", "him")),
    "his": lambda c: T(_pron(c, "pt", "his")), "He": lambda c: T(_pron(c, "pt", "He")),
    "His": lambda c: T(_pron(c, "pt", "His")),
    "hon": lambda c: T(_hon(c, "pt")),
    "sx": lambda c: T(c.person("pt").sex),
    "relation": lambda c: T(_relation(c)),
    "ptparent": lambda c: T(_ptparent(c)),
    "co": lambda c: T(c.person("co").full()),
    "co_first": lambda c: T(c.person("co").given),
    "co_last": lambda c: T(c.person("co").surname),
    "co2_first": lambda c: T(c.person("co2").given),
    "ex": lambda c: (c.tag("exec-name") or T(_ex(c, "ex"))),
    "ex_name": lambda c: (c.tag("exec-name") or T(c.person("ex").full())),
    "ex2_name": lambda c: T(c.person("ex2").full()),
    "mention": lambda c: T(_mention(c)),
    "bot": lambda c: T(_bot(c)),
    "vendor": lambda c: T(c.r.choice(VENDORS)),
    "payer": lambda c: T(c.r.choice(PAYERS)),
    "agency": lambda c: T(c.r.choice(AGENCIES)),
    "facility": lambda c: T(c.r.choice(FACILITIES)),
    "site": lambda c: T(c.r.choice(SITES)),
    "bed": lambda c: T(c.r.choice(BEDS)),
    "bed2": lambda c: T(c.r.choice(BEDS)),
    "room": lambda c: T(c.r.choice(ROOMS)),
    "room2": lambda c: T(c.r.choice(ROOMS)),
    "unit": lambda c: T(c.r.choice(UNITS)),
    "pod": lambda c: T(c.r.choice("ABCD")),
    "drug": lambda c: T(c.r.choice(DRUGS)),
    "cpt": lambda c: (c.tag("zip-like") or T(c.r.choice(CPTS))),
    "icd": lambda c: T(c.r.choice(ICDS)),
    "npi": lambda c: T(gen_npi(c)),
    "mtg": lambda c: T(gen_mtg(c)),
    "mtg2": lambda c: T(gen_mtg(c)),
    "enddate": lambda c: T(gen_enddate(c)),
    "exp": lambda c: T("%02d/%02d" % (c.r.randint(1, 12), c.r.randint(25, 30))),
    "time": lambda c: T(gen_time(c)),
    "time2": lambda c: T(gen_time(c)),
    "ver": lambda c: T(c.r.choice(["v", "", "version "]) + "%d.%d.%d" % (c.r.randint(1, 12), c.r.randint(0, 20), c.r.randint(0, 9))),
    "build": lambda c: T("%d.%d.%d.%d" % (c.r.choice([2024, 2025, 2026]), c.r.randint(1, 12), c.r.randint(0, 3), c.r.randint(1, 40))),
    "ticket": lambda c: T(pattern(c.r, c.r.choice(["INC00######", "RITM00#####", "CHG00#####", "DEL-####",
                                                     "SCTASK00#####", "ED-####", "INC#######"]))),
    "po": lambda c: T(pattern(c.r, c.r.choice(["4500######", "PO-2025-####", "PO ######", "MVH-PO-#####"]))),
    "amount": lambda c: T(c.r.choice(["%d,%03d.00" % (c.r.randint(1, 99), c.r.randint(0, 999)), "%d,%03d" % (c.r.randint(1, 480), c.r.randint(0, 999)), "%dK" % c.r.randint(5, 900)])),
    "amount2": lambda c: T("%d,%03d" % (c.r.randint(1, 99), c.r.randint(0, 999))),
    "ext": lambda c: (c.tag("ext") or T(c.r.choice(["x", "ext ", "ext. ", "x"]) + dg(c.r, 4))),
    "ext4": lambda c: T(dg(c.r, 4)), "ext4b": lambda c: T(dg(c.r, 4)), "ext4c": lambda c: T(dg(c.r, 4)),
    "facaddr": lambda c: (c.tag("facility-address") or T(c.r.choice(FAC_ADDR))),
    "zoom": lambda c: (c.tag("zoom") or T(c.r.choice(["%s %s %s" % (dg(c.r, 3), dg(c.r, 4), dg(c.r, 4)), dg(c.r, 11), "%s %s %s" % (dg(c.r, 3), dg(c.r, 3), dg(c.r, 4))]))),
    "asset": lambda c: T(pattern(c.r, c.r.choice(["BME-######", "MVH-#####", "AT ######"]))),
    "ws": lambda c: T(pattern(c.r, c.r.choice(["WS-ED-##", "EDTRG##", "REG-WS-##", "EDPOD?##"]))),
    "printer": lambda c: T(pattern(c.r, c.r.choice(["PRN-ED-REG#", "ZEBRA-ED-##", "PRN-TRG-#"]))),
    "job": lambda c: T(pattern(c.r, "JOB-#####")),
    "ref": lambda c: T(pattern(c.r, c.r.choice(["TXN-######", "RF #######", "REF-#####"]))),
    "cc_center": lambda c: T(pattern(c.r, c.r.choice(["####-ED", "CC #####", "######"]))),
    "group": lambda c: T(pattern(c.r, c.r.choice(["######", "#######-###", "GRP-#####", "?#####"]))),
    "last4": lambda c: T(dg(c.r, 4)),
    "n": lambda c: T(str(c.r.randint(3, 45))), "n2": lambda c: T(str(c.r.randint(1, 20))),
    "n3": lambda c: T(str(c.r.randint(2, 9))),
    "pct": lambda c: T(str(c.r.randint(2, 98))),
    "wait": lambda c: T(str(c.r.choice([18, 25, 37, 45, 52, 64, 75, 90, 110, 140, 185, 240]))),
    "esi": lambda c: T(str(c.r.randint(1, 5))),
    "q": lambda c: T(str(c.r.randint(1, 4))),
    "fy": lambda c: T(c.r.choice(["FY2025", "FY2026", "FY26", "FY27", "FY2027"])),
    "py": lambda c: T(c.r.choice(["2025", "2026", "2027"])),
    "age_y": lambda c: T(str(c.r.randint(19, 89))),
    "emoji": lambda c: (c.tag("emoji") or T(c.r.choice(EMOJI))),
}

# --------------------------------------------------------------------------------------
# Frames. (theme, tags, template)
# --------------------------------------------------------------------------------------
CLEAN_FRAMES = [
    # triage / ED floor
    ("triage", "", "triage backed up, {n} in the lobby, longest wait {wait} min"),
    ("triage", "", "need a second triage RN up front {~asap|now|pls|when someone frees up}"),
    ("triage", "", "ESI {esi} in {bed}, can someone grab a full set of vitals"),
    ("triage", "", "who has {bed}? pt asking for water, ok to give or NPO?"),
    ("triage", "", "{co_first} can you cover triage while I take my break? 15 min"),
    ("triage", "", "Lobby census {n}, LWBS today {n2}. {ex} wants the numbers by {time}."),
    ("triage", "emoji", "Reminder: sepsis screen within {n} min of arrival, we were at {pct}% last month :grimacing:"),
    ("triage", "", "stroke alert called for {bed}, CT notified, neuro paged"),
    ("triage", "slack-markup,calendar", "*Triage huddle* {time} at the main station. Topics: split flow, vertical chairs, {vendor} kiosk downtime"),
    ("triage", "", "pt in {bed} got {drug}, pain down to 4/10, ok to move to results pending"),
    ("triage", "", "will do, thx"),
    ("triage", "calendar", "I hope the new fast track hours really start {mtg}, we need it"),
    ("triage", "calendar", "grant-funded community paramedic pilot kicks off {mtg}, {ex} presenting at the kickoff"),
    ("triage", "cpt", "can we bill {cpt} for the chest pain in {bed} or does it drop a level?"),
    ("triage", "", "Mark {bed} as dirty please, EVS already paged"),
    ("triage", "", "rapid response in the waiting room, all good now, pt moved to {bed}"),
    ("triage", "", "{n3} rigs on the wall, longest offload {wait} min, charge is aware"),
    ("triage", "", "anyone know if {vendor} fixed the vitals machine in triage 2? asset tag {asset}"),
    ("triage", "", "Code Triage Internal activated by {ex} at {time}"),
    ("triage", "age-young", "{age_y} y/o {~M|F} chest pain, EKG done in triage, going to {bed}"),
    ("triage", "age-aggregate", "{n3} pts over 90 boarding in the hallway right now, we need geri-friendly beds"),
    ("triage", "age-aggregate,calendar", "Falls bundle for patients 90+ goes live {mtg}. Yellow socks and bed alarms for all of them."),
    ("triage", "", "RN {co_first} floating to triage from {unit} until 1900"),
    ("triage", "icd", "ICD for the dog bite in {bed}, is it {icd}?"),
    ("triage", "version", "Chest pain order set {ver} now has the 0/1h troponin, old one is retired"),
    ("triage", "emoji", "can I get a tech to {bed} for an ortho splint :pray:"),
    ("triage", "", "pt in {bed} eloped, security aware, no harm done"),
    ("triage", "", "who grabbed the bladder scanner from pod {pod}"),
    ("triage", "", "pharmacy says {drug} is short, use the alternate in the order panel"),
    ("triage", "", "MD to triage please, ESI 1 walking in"),
    # registration / patient access
    ("registration", "ticket", "Registration kiosk in the main lobby is down again, ticket {ticket}"),
    ("registration", "", "Eligibility checks failing for {payer}, {vendor} says outage until {time}"),
    ("registration", "ssn-topic,hipaa", "Reminder from Patient Access: do not paste SSNs in chat. Use the secure registration note."),
    ("registration", "mrn-topic,calendar", "FYI new MRNs are 10 digits starting {mtg}; the old 8-digit MRNs get zero-padded"),
    ("registration", "", "{ex} wants to review the copay collection scripts before plan year {py}"),
    ("registration", "", "bill pay window at main registration closes at 4:30 today"),
    ("registration", "", "can someone pull the registration QA report for {fy} Q{q}? accuracy was {pct}%"),
    ("registration", "", "financial counselor hours are M-F 8-4, {ext}"),
    ("registration", "", "please train new hires: the group number is the employer's, the member ID is the person's. don't mix them up in the payer fields"),
    ("registration", "money", "POS collections this week: ${amount}, goal was ${amount2}"),
    ("registration", "ticket", "wristband printer at Reg {n3} jammed again, IT ticket {ticket}"),
    ("registration", "", "{ex_name}, the pre-reg backlog is {n} accounts for tomorrow's OR cases"),
    ("registration", "", "HAR consolidation job failed overnight, {job}, rerun scheduled"),
    ("registration", "calendar", "Patient Access town hall {mtg} at {time}, Zoom ID {zoom}"),
    ("registration", "", "Medicare replaced the HICN with the MBI years ago, stop asking for the SSN-based number"),
    ("registration", "money", "card reader at ED reg charged a copay twice, card ending {last4}, refund {ref}"),
    ("registration", "money", "corporate card for the kiosk subscription expires {exp}, who handles renewal?"),
    ("registration", "", "MSP questionnaire is mandatory for every Medicare registration, no exceptions"),
    ("registration", "", "ABN forms are back in the drawer at Reg 2"),
    ("registration", "npi", "referring provider NPI for the urgent care group is {npi}, add it to the dictionary"),
    ("registration", "", "{payer} group number {group} is the hospital employee plan, FYI"),
    # security & parking
    ("security", "", "Security to ED lobby, verbal escalation, no weapon seen"),
    ("security", "", "code gray {bed} resolved, pt calm, restraints not needed"),
    ("security", "", "metal detector at the ambulance entrance is down, {vendor} tech ETA {time}"),
    ("security", "calendar", "Garage level 3 closed for sealing {mtg} to {mtg2}. Staff use Lot C."),
    ("security", "", "valet is full, direct families to the Lot B garage"),
    ("security", "calendar", "badge access for travelers starting Monday: send requests to {co} by {mtg}"),
    ("security", "calendar", "Workplace violence committee {mtg}, {ex} chairing. {n} incidents in {fy} Q{q}"),
    ("security", "", "panic button test in triage at {time}, please ignore the alarm"),
    ("security", "", "PD dropped off a BOLO, do not post details here, it's in the security email"),
    ("security", "", "parking validation stamps moved to the info desk"),
    ("security", "", "shuttle from Lot D running every 15 min again"),
    ("security", "", "Security officer {co_first} out sick, {co2_first} covering the ambulance bay"),
    ("security", "", "wanding all visitors after 2100 starting tonight per {ex}"),
    ("security", "", "car parked in the ambulance bay, security moving it now"),
    ("security", "ticket", "camera 14 in the ambulance bay is dark again, ticket {ticket}"),
    # EMS / transfer center
    ("ems", "", "Transfer center: {n} pending, {n2} accepted, {n3} declined for capacity"),
    ("ems", "", "Med Flight ETA {n} min, helipad team notified"),
    ("ems", "", "diversion requested {time} to {time2}, approved by {ex}"),
    ("ems", "ticket", "EMS radio 2 static again, ticket {ticket}"),
    ("ems", "po,money", "{agency} contract renewal: draft PO {po} for ${amount}"),
    ("ems", "", "call the transfer center at {ext}, not the main operator"),
    ("ems", "", "OSH wants to send a STEMI, cath lab activated, ETA {n} min"),
    ("ems", "version", "EMS run reports now flow in from ImageTrend {ver}; tell me if any are missing"),
    ("ems", "calendar", "regional EMS meeting at the {site} fire station {mtg}, I'll bring the offload data"),
    ("ems", "multiline", "> can we take a trauma from {site}?\nyes accept, notify trauma team"),
    ("ems", "", "{agency} asking for wall time stats for their board, send aggregate only"),
    ("ems", "calendar", "MCI drill {mtg} 0800, tags and triage ribbons are in the decon room"),
    ("ems", "", "Transfer center RN {co_first} needs a callback from the hospitalist about the {site} transfer"),
    # bed management
    ("beds", "", "Bed board: {n} admits holding, {n2} dirty, {n3} clean unassigned"),
    ("beds", "", "{unit} has 2 dirty beds ({room}, {room2}), EVS ETA 20 min"),
    ("beds", "", "capacity huddle at {time}, status orange"),
    ("beds", "", "need a tele bed for {bed}, {unit} full"),
    ("beds", "", "discharge before noon was {pct}% last week, goal 35"),
    ("beds", "slack-markup", "Surge plan level 2 activated. <https://intranet.merrimackvh.org/ed/surge-plan|surge plan> for roles."),
    ("beds", "", "{room} blocked for isolation, needs terminal clean"),
    ("beds", "", "Obs unit at {n}/24, no more obs placements till 1500"),
    ("beds", "", "{unit} can take 2 more once {room} and {room2} are cleaned"),
    ("beds", "", "who is the house supervisor tonight, {co_first} or {co2_first}?"),
    ("beds", "", "boarders: {n} in ED > 4h, {n2} > 12h. escalating to {ex}"),
    ("beds", "", "EVS is short 3 tonight, dirty-to-clean turnaround is {wait} min"),
    # system alerts
    ("alert", "ticket", "[EDIS] Tracking board refresh delayed. Incident {ticket}. Next update {time}."),
    ("alert", "emoji,slack-markup,calendar", ":rotating_light: *Epic downtime* {mtg} 0100-0400. BCA reports print at 0030."),
    ("alert", "version", "[Vocera] Badge firmware {ver} rolling out to ED tonight"),
    ("alert", "", "[Omnicell] Cabinet ED-2 override report ready for review"),
    ("alert", "", "Pyxis ED-2 drawer 4 discrepancy: {drug}, count 12 vs 11"),
    ("alert", "", "[BedTrack] {unit} status changed to RED at {time}"),
    ("alert", "", "ALERT: lab interface queue over 500 msgs, {vendor} engaged"),
    ("alert", "ticket,emoji", "Automated: ticket {ticket} has been resolved. Rate us :star:"),
    ("alert", "version", "build {build} deployed to PRD, smoke test passed"),
    ("alert", "", "Imprivata tap-in on {ws} failing, use username/password for now"),
    ("alert", "", "[Press Ganey] ED likelihood to recommend {pct} for {fy} Q{q}"),
    ("alert", "ticket", "[ServiceNow] {ticket} assigned to ED Clinical Apps: scanner not reading wristbands at {bed}"),
    ("alert", "", "[TeleTracking] Transport request queue > 25, avg response {wait} min"),
    # executives / assistant bot
    ("exec", "", "{bot} summarize ED throughput for {fy} Q{q} for the board deck"),
    ("exec", "calendar", "{bot} schedule 30 min with {ex_name} and {ex2_name} on {mtg} re: boarding"),
    ("exec", "", "{bot} draft a thank-you to the {site} fire chief for the MCI drill"),
    ("exec", "", "{bot} what is our door-to-provider median this month?"),
    ("exec", "multiline", "Here's the summary:\n• median door-to-provider {wait} min (goal 20)\n• LWBS {pct}%\n• boarding hours {n}"),
    ("exec", "calendar", "{ex} asked for the boarding metrics ahead of the board meeting {mtg}"),
    ("exec", "money", "budget: {ex_name} approved ${amount} for the triage redesign, PO to follow"),
    ("exec", "zip-like,calendar", "new urgent care opens at {facaddr} on {mtg}"),
    ("exec", "", "send the signed MOU to {facaddr}, attn: {co}"),
    ("exec", "", "{bot} remind me to call the {site} EMS chief at 3"),
    ("exec", "", "Frank feedback from the ED director: triage is the bottleneck, not beds"),
    ("exec", "calendar", "who owns the {vendor} contract? {ex_name} thinks it lapses {mtg}"),
    ("exec", "emoji", "Congrats to {co} on the DAISY award :tada:"),
    ("exec", "", "{bot} turn this into a slide: LOS up 12%, admits up 8%, staffing flat"),
    # names-as-words and misc
    ("triage", "word-names", "may I grab the portable ultrasound for {bed}?"),
    ("beds", "word-names", "rose to 14 boarders at 0300, down to 6 now"),
    ("alert", "word-names", "joy of joys, the tube system is working again"),
    ("registration", "word-names", "bill the facility fee only, no pro fee for the nurse visit"),
    ("exec", "word-names,calendar", "grant report due {mtg}, need the ED naloxone kit numbers"),
    ("triage", "word-names", "mark me out 1500-1530 for the education module"),
    ("beds", "word-names", "will the new bed board go live before summer?"),
    ("alert", "word-names", "have faith, IT says the printer fix is in this release"),
    ("registration", "word-names", "to be frank, the new registration workflow adds 2 clicks"),
    ("triage", "word-names", "drew the short straw, I'm charge again tonight"),
    ("triage", "word-names", "dawn shift is short 2 RNs, any takers? OT approved"),
    ("triage", "word-names", "the young guy in {bed} wants a sandwich, ok?"),
    ("exec", "word-names", "price transparency file for {py} is posted, {ex_name} signed off"),
    ("beds", "word-names", "king-size bariatric bed needed for {bed}, call {vendor}"),
    ("triage", "word-names", "Patience is thin in the lobby, wait is {wait} min, can we round with warm blankets"),
    ("exec", "word-names,calendar", "brown bag lunch with {ex_name} on {mtg}"),
    ("ems", "word-names", "we should chase the {vendor} rep about the missing parts"),
    ("triage", "word-names", "art cart is in the peds waiting room today"),
    ("ems", "word-names", "see page 4 of the diversion policy before you call it"),
    ("triage", "word-names,calendar", "hunter green scrubs for ED techs starting {mtg}"),
    # structured / multiline
    ("triage", "multiline,slack-markup", "*Shift report 0700*\nCensus: {n}\nBoarders: {n2}\nLWBS: {n3}\nDiversion: none\nIssues: {vendor} monitor offline in {bed}"),
    ("beds", "multiline", "ED Capacity Update\n- Waiting: {n}\n- In rooms: {n2}\n- Admits pending beds: {n3}\n- Status: {~green|yellow|orange|red}"),
    ("security", "multiline,ticket", "Ticket: {ticket}\nPriority: P2\nCI: {ws}\nSummary: badge reader not opening ambulance door\nAssigned: {co}"),
    ("exec", "multiline,po,money", "PO: {po}\nVendor: {vendor}\nAmount: ${amount}\nCost center: {cc_center}\nApprover: {ex_name}"),
    ("alert", "multiline,version", "Release notes {ver}\n* bed board color fix\n* triage acuity field now required\n* fixed ADT A08 lag"),
    ("exec", "multiline,calendar", "Meeting: ED throughput\nWhen: {mtg} {time}\nWhere: Admin conf room B\nWho: {ex_name}, {ex2_name}, {co}"),
    ("alert", "multiline", "> any update on the Pyxis in pod {pod}?\n{vendor} is onsite, should be up by {time}"),
    ("exec", "multiline", "> {bot} what's on my calendar tomorrow\n9:00 Capacity huddle\n11:30 Lunch with {ex_name}\n2:00 EMS advisory board"),
    ("ems", "", "EMS QA call: Zoom {zoom}, passcode ED2025"),
    ("triage", "ext", "pharmacy is x{ext4}, lab is x{ext4b}, radiology reading room x{ext4c}"),
    ("registration", "hipaa", "reminder: all patient info goes in Epic secure chat, not Slack. thanks!"),
    ("registration", "hipaa,calendar", "HIPAA refresher due {mtg}, link is in the LMS"),
    ("security", "", "{mention} can you swap with me for the {time} parking lot rounds?"),
    ("beds", "slack-markup", "{mention} *{unit}* just called, they can take the hallway admit now"),
    ("ems", "slack-markup", "Updated transfer algorithm: <https://intranet.merrimackvh.org/transfer/algorithm|algorithm v{ver}>"),
]

PHI_FRAMES = [
    # triage
    ("triage", "", "pt {pt_full} in {bed}, DOB {dob}, c/o chest pain since this am"),
    ("triage", "", "{pt_inv} MRN {mrn} to {bed}"),
    ("triage", "", "{pt_first} in {bed} keeps asking for {his} {relation} {rel_first}, can someone call {rel_phone}"),
    ("triage", "", "triage: {age90} y/o {sx}, fall at home, lives alone in {town}"),
    ("triage", "", "{relation} {rel_full} at the desk, says {pt_first} was here {visit} too"),
    ("triage", "", "ESI 2, {pt_full}, {age90}yo from {facility}, possible hip fx"),
    ("triage", "typo-label", "pt name {pt_last} dbo {dob}"),
    ("triage", "", "can someone look up {pt_full}? came by EMS without ID, says birthday is {dob}"),
    ("triage", "vip", "VIP in {bed}: {pt_full}, {ex_name}'s {~mother|father|aunt|uncle}. Please keep it off the board"),
    ("triage", "", "{co_pt} from {unit} is being seen in {bed} for a needlestick, employee health notified"),
    ("triage", "", "{pt_inv}: last seen here {visit}, bounce back within 72h"),
    ("triage", "", "pt is {age90}, lives with {his} {relation} in {town}, baseline ambulatory with walker"),
    ("triage", "", "{pt_init} in {bed} refusing vitals, asking for {relation} {rel_full}"),
    ("triage", "", "mrn {mrn} in the lobby asking for pain meds again"),
    ("triage", "", "{hon} {pt_last} in {bed} wants to leave AMA, family is on the way"),
    ("triage", "", "{pt_fullnick}, {age90}, hard of hearing, left {his} hearing aid at home"),
    ("triage", "age-young", "triage note for {pt_full}: {age_y}yo, hx CHF, on {drug}"),
    ("triage", "", "{pt_full} fell {fall} at {facility}, no LOC per staff"),
    ("triage", "", "family of {pt_full} calling nonstop, {relation}'s cell is {rel_phone}"),
    ("triage", "", "f/u for {pt_full} due {fu}, can triage schedule before d/c"),
    # registration
    ("registration", "multiline,slack-markup", "*Reg correction*\nName: {pt_INV}\nDOB: {dob}\nMRN: {mrn}\nHAR: {har}\nIns: {payer} member {memid}"),
    ("registration", "", "ssn on file for {pt_full} is wrong, correct one is {ssn}"),
    ("registration", "", "medicare mbi for {pt_last}: {mbi}"),
    ("registration", "", "guarantor acct {gacct}, pt {pt_full}, guarantor is {relation} {rel_full}"),
    ("registration", "", "pt says new address is {addr}, cell {phone}"),
    ("registration", "group", "insurance card: {payer} ID {memid}, grp {group} (grp is the employer's)"),
    ("registration", "", "DL {dl} for {pt}, scanned to media tab"),
    ("registration", "money", "pt paid copay with {cc} exp {exp}, receipt printed"),
    ("registration", "typo-label", "mnr {mrn} / dbo {dob} / scn {ssn}"),
    ("registration", "", "{pt} wants the portal invite sent to {email}"),
    ("registration", "", "invite went to {mailto} for {pt_first}"),
    ("registration", "", "MassHealth ID for {pt_inv} is {medicaid}, eligibility active"),
    ("registration", "", "HAR {har} merged into {har}, dup reg fixed"),
    ("registration", "", "{pt_full} lives at {street} in {town}, not {town}"),
    ("registration", "", "{pt_first}'s home # is {phone_obf}"),
    ("registration", "", "pt gave ssn as {ssn_spelled}, typing it in now"),
    ("registration", "", "pt {pt_last} asking about the bill on acct {har}, sent to PFS"),
    ("registration", "", "{rel_full} wants to set up a payment plan from checking acct {bank}"),
    ("registration", "", "reg says {pt_full} DOB {dob} but the wristband says {dob}"),
    ("registration", "", "{pt_inv}: {payer} sub ID {memid}, subscriber is {relation} {rel_full}"),
    ("registration", "label-far", "the MRN, which I had to dig out of the old paper chart because the wristband was smudged, is {mrn}"),
    ("registration", "", "pt ({pt_full}) ({mrn}) needs a new wristband"),
    ("registration", "", "Member ID:{memid} Policy holder: {rel_inv}"),
    ("registration", "", "ZIP on the account is {zip}, eligibility kicked back"),
    ("registration", "", "mail the statement to {pobox}, pt {pt_last} says no street mail"),
    # security & parking
    ("security", "", "car blocking the ambulance bay, plate {plate}, owner is visiting pt in {bed}"),
    ("security", "", "tow the silver Camry {plate}? belongs to {pt_full}'s {relation}"),
    ("security", "", "visitor restriction: {rel_full} is NOT allowed to see {pt_full} per pt request"),
    ("security", "", "{pt} reports wallet stolen in the lobby, cards included {cc}"),
    ("security", "", "Security log {time}: {relation} of pt in {bed}, {rel_full}, escorted off property"),
    ("security", "", "found keys in triage, VIN {vin}, pt {pt_full} admitted to {unit}"),
    ("security", "", "parking voucher for {rel_full}, plate {plate}, 3 days"),
    ("security", "", "trespass notice issued to {rel_full}, DL {dl}"),
    ("security", "multiline", "Vehicle log\nPlate: {plate}\nMake: Honda CR-V gray\nOwner: {rel_inv} (visitor, {bed})"),
    ("security", "", "BOLO: {rel_full} threatened staff on {unit} while visiting, photo at the security desk"),
    ("security", "", "{rel_full} left a number for lost property: {rel_phone}"),
    ("security", "", "plate {plate} in the ER lot 3rd day, is the pt still admitted?"),
    # EMS / transfer
    ("ems", "", "EMS inbound: {age90}{sx} from {facility}, {pt_full}, dob {dob}, ETA 10"),
    ("ems", "", "Transfer from {site} General: {pt_inv}, their MRN {mrn}, accepting Dr. {co_last}"),
    ("ems", "", "OSH faxing records for {pt} to {fax}"),
    ("ems", "", "medic says {pt_full} has a pacemaker, serial {serial}"),
    ("ems", "", "pt with insulin pump, UDI {udi}, pump alarming"),
    ("ems", "", "LVAD pt {pt_full}, controller SN {serial}, VAD coordinator {co} cell {bphone}"),
    ("ems", "multiline", "Transfer request\nPt: {pt_full}\nDOB: {dob}\nFrom: {site} ED\nDx: NSTEMI\nAccepting: Dr. {co_last}"),
    ("ems", "", "{agency} crew dropped off {pt_last} at {time}, pt says last discharge was {dc}"),
    ("ems", "", "pickup address for {pt_full} was {addr}"),
    ("ems", "", "medic: {age90_w} year old {~male|female|pt}, found down at home in {town}"),
    ("ems", "", "call {co} at {agency} dispatch {bphone} re: the run sheet"),
    ("ems", "", "send the transfer packet to {bemail} please"),
    ("ems", "", "{pt2_full} and {pt_full} both from the MVC on 495, trauma 1 and 2"),
    # bed management
    ("beds", "", "{pt_last} in {bed} needs a tele bed, admitted {adm}"),
    ("beds", "", "bed request: {pt_inv}, {unit}, isolation MRSA"),
    ("beds", "", "{pt} d/c'd {dc}, {room} dirty"),
    ("beds", "", "pt {pt_full} expired {death} 0342, {relation} {rel_full} notified"),
    ("beds", "", "swap {pt_last} ({bed}) with {pt2_last} ({bed2})? isolation conflict"),
    ("beds", "multiline", "Bed assignments:\n{room} - {pt_inv}\n{room2} - {pt2_inv}\n{unit} - pending"),
    ("beds", "", "{pt_full}, {age90}, admit date {adm}, waiting on SNF bed"),
    ("beds", "", "{pt_last} is going to {unit}, {relation} wants a call when {he} is upstairs"),
    ("beds", "", "house sup: hold {room} for {pt}, VIP per {ex}"),
    ("beds", "", "{pt_first} back again, was discharged {dc} from {unit}"),
    # system alerts
    ("alert", "", "[ADT] A08 update failed for MRN {mrn}: DOB mismatch ({dob} vs {dob})"),
    ("alert", "", "[EDIS] Possible duplicate registration: {pt_INV} / {pt2_INV}"),
    ("alert", "", "[Monitor] Central station lost tele from pack SN {serial} ({bed}, pt {pt_last})"),
    ("alert", "", "[Network] host {ip} flooding the ED VLAN, {ws}"),
    ("alert", "", "[Firewall] blocked {ip} -> {ip}:443"),
    ("alert", "", "Portal link sent: {pturl}"),
    ("alert", "ticket", "printer {printer} at {ip} offline, ticket {ticket}"),
    ("alert", "version", "Vocera server {ip} upgraded to {ver}"),
    ("alert", "", "[Lab] critical K 6.8 for {pt} (MRN {mrn}), called to RN"),
    ("alert", "", "can someone whitelist {ip6} for the ambulance tablets"),
    ("alert", "", "[Epic] Chart access alert: {co} opened chart of {pt_full} (visit {visit})"),
    ("alert", "", "[Biomed] pump SN {serial} returned from {bed}, pt {pt_last} moved to {unit}"),
    # executives / bot
    ("exec", "complaint", "{bot} draft an apology to {rel_full} about the wait {pt_first} had on {visit}. Address: {addr}"),
    ("exec", "vip", "{bot} who is the VIP in {bed}? it's {pt_full}, {ex_name}'s neighbor"),
    ("exec", "", "{bot} call {rel_first} back at {rel_phone} and tell them we found the dentures"),
    ("exec", "complaint,multiline", "Fwd from patient relations:\n> My {ptparent} {pt_full} (DOB {dob}) waited 9 hours on {visit}. My number is {rel_phone}.\n> {rel_full}"),
    ("exec", "complaint", "{ex_name} wants a personal call to {rel_full} about {pt_first}'s fall"),
    ("exec", "vip", "{bot} add {pt_full} to the VIP list, {he} is on the foundation board"),
    ("exec", "complaint", "{bot} forward the complaint from {email} to patient relations"),
    ("exec", "", "{rel_first} posted an update on {pt_first}'s page {pturl2}"),
    ("exec", "", "{bot} summarize the incident with {pt} for risk management"),
    ("exec", "", "{bot} what time was {pt_last} discharged on {dc}?"),
    # forwarded relatives
    ("triage", "", "fwd from the {relation}: \"hi this is {rel_first}, {pt_first}'s {relation}, pls call me {rel_phone} when there's news\""),
    ("triage", "", "family asked that updates go to {rel_email} ({relation} {rel_full})"),
    ("triage", "", "msg from the family: 'my {ptparent} {pt_full} is {age90}, born {dob}, please make sure {he} gets {his} meds'"),
    ("registration", "", "{relation} says {pt_first} lives at {addr_short}"),
    ("ems", "", "{pt_full} lives at {street} off {~Rte 110|Route 28|the Lowell Connector} in {town}"),
    ("triage", "", "{rel_full} is the health care proxy for {pt_full}, paperwork in media"),
    ("registration", "", "POA is {rel_inv}, phone {rel_phone}"),
    ("triage", "", "{pt_first} goes by {pt_nick}, please use that"),
    # credentialing
    ("ems", "credentialing", "locum Dr. {co_last} DEA {dea} and MA license {rnlic} verified"),
    ("ems", "credentialing,npi", "new traveler RN {co}, license {rnlic}, NPI {npi}"),
    ("ems", "credentialing", "DEA for Dr. {co_last} expires {enddate}, # {dea}"),
    # employee health
    ("security", "", "employee health: {co_pt} seen in {bed} after a fall in the garage on {fall}"),
    ("triage", "", "{co_pt} (ED tech) is the pt in {bed}, please keep it quiet"),
    # obfuscation
    ("registration", "", "mrn is {mrn_fw}"),
    ("registration", "", "ssn {ssn_obf} for the charity care app"),
    ("registration", "", "email is {email_obf}, {he} doesn't check it much"),
    ("triage", "", "call back # {phone_spelled}"),
    ("registration", "", "SSN is {ssn_nosep}"),
    ("registration", "evasion", "pt is {pt_lc}, dob {dob_compact}"),
    ("registration", "evasion", "cell (no dashes) {phone_plain}"),
    # slack markup
    ("triage", "", "{mention} pls call the daughter at {tel}"),
    ("triage", "slack-markup", "{mention} *{pt_full}* in `{bed}` needs a sitter"),
    ("alert", "", "visit summary: {pturl_link}"),
    ("registration", "slack-markup", "`MRN {mrn}` is the correct one, the other is a dup"),
    # multiline mixed
    ("registration", "multiline", "Name: {pt_inv}\nDOB: {dob}\nPhone: {phone}\nAddress: {addr}\nEmergency contact: {rel_full} ({relation}) {rel_phone}"),
    ("ems", "multiline", "EMS handoff\n- {age90} y/o, DNR per {facility}\n- name {pt_full}\n- meds: {drug}"),
    ("triage", "multiline,age-young", "> who is in {bed}?\n{pt_full}, {age_y}, came from {town}"),
    ("beds", "multiline", "> is the guy in {bed} the one from yesterday?\nyes, {pt_last}, discharged {dc}"),
    # more ids
    ("triage", "", "pt is {age90_w} years old and sharper than me"),
    ("registration", "", "Medicare beneficiary ID {mbi}, verify in the portal"),
    ("registration", "", "{pt_full} has {payer}, policy # {memid}, coverage ends {enddate}"),
    ("registration", "", "appt for {pt} is {visit} at the {site} clinic"),
    ("beds", "", "{pt_full} had the stent placed {proc}, cards wants tele"),
    ("registration", "money", "guarantor {rel_full}, acct # {gacct}, balance $2,310"),
    ("alert", "", "remote monitoring hub for {pt_last} checking in from {ip}"),
    ("triage", "", "{pt_first}'s CGM {cgm_serial} fell off in CT"),
    ("security", "", "hearing aid SN {serial} returned to {rel_full}"),
    ("exec", "", "telehealth link for {pt_full}: {pturl}"),
    ("triage", "", "{pt} last tetanus {visit}, due now"),
    ("triage", "", "pt {pt_full} says {his} PCP is Dr. {co_last}"),
    ("registration", "", "{rel_full} read the card number over the phone: {cc}"),
    ("registration", "", "last 4 of ssn is {last4} but the full ssn on the form is {ssn}"),
    ("triage", "emoji", "{pt_first} here again :disappointed: same complaint"),
    ("beds", "", "room {bed} {pt_last} wants the tv fixed"),
    ("registration", "typo-label", "pt {pt_full} mrn# {mrn} medrec says chart # {mrn} is old"),
    ("registration", "", "MR# {mrn} scanned to the wrong wristband, fixed"),
    ("ems", "", "{pt_inv}, age {age90}, from {facility}"),
    ("ems", "", "{rel_full} says {pt_first} was admitted at {site} on {adm}"),
    ("registration", "", "{pt_full}, zip {zip}, needs the charity care form"),
    ("security", "", "{rel_full} parked in the physician lot again, plate {plate}, pt is in {bed}"),
    ("exec", "multiline", "> {bot} who complained about parking today?\n{rel_full}, {relation} of the pt in {bed}, {rel_email}"),
]

QUOTE_WRAP_P = 0.06


# --------------------------------------------------------------------------------------
# Rendering, transforms and verification
# --------------------------------------------------------------------------------------
TOKEN_RE = re.compile(r"(\{[^{}]*\})")
PROTECT_RE = re.compile(r"(<@U[A-Z0-9]+>|<!here>|:[a-z0-9_+\-]+:|https?://[^\s|>]+)")
WORD_RE = re.compile(r"(?<![\w@/:.<|`*#\-'])([A-Za-z]{4,})(?![\w@/.>|`\-'])")
KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbors(ch):
    c = ch.lower()
    for row_i, row in enumerate(KEYS):
        if c in row:
            i = row.index(c)
            out = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            return out
    return [c]


def render(tpl, ctx):
    segs = []  # [text, type, kind]  kind: lit / plain / phi
    for part in TOKEN_RE.split(tpl):
        if not part:
            continue
        if part[0] == "{" and part[-1] == "}":
            name = part[1:-1]
            if name.startswith("~"):
                segs.append([ctx.r.choice(name[1:].split("|")), None, "lit"])
                continue
            for text, typ in TOK[name](ctx):
                segs.append([text, typ, "phi" if typ else "plain"])
        else:
            segs.append([part, None, "lit"])
    return segs


def case_xform(s, f):
    parts = PROTECT_RE.split(s)
    return "".join(p if (i % 2 == 1) else f(p) for i, p in enumerate(parts))


def apply_case(segs, f):
    return [[case_xform(t, f), typ, kind] for t, typ, kind in segs]


def slip_word(w, r):
    for _ in range(10):
        op = r.randint(0, 3)
        i = r.randint(1, len(w) - 2)
        if op == 0:
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            nw = w[:i] + w[i + 1:]
        elif op == 2:
            nw = w[:i] + w[i] + w[i:]
        else:
            n = r.choice(neighbors(w[i]))
            n = n.upper() if w[i].isupper() else n
            nw = w[:i] + n + w[i + 1:]
        if nw != w:
            return nw
    return w


def apply_typo(segs, r):
    cands = []
    for si, (t, typ, kind) in enumerate(segs):
        if kind != "lit":
            continue
        for m in WORD_RE.finditer(t):
            cands.append((si, m.start(1), m.end(1)))
    if not cands:
        return segs, False
    si, a, b = r.choice(cands)
    t = segs[si][0]
    new = [list(s) for s in segs]
    new[si][0] = t[:a] + slip_word(t[a:b], r) + t[b:]
    return new, True


def quote_wrap(segs, r, ctx):
    out = [["> ", None, "lit"]]
    for t, typ, kind in segs:
        if kind == "lit" and "\n" in t:
            t = t.replace("\n", "\n> ")
        out.append([t, typ, kind])
    reply = r.choice(REPLIES)
    if "looping in" in reply or r.random() < 0.2:
        reply = reply + " " + _mention(ctx)
    out.append(["\n" + reply, None, "lit"])
    return out


def spans_of(segs):
    text = ""
    spans = []
    for t, typ, kind in segs:
        if typ:
            spans.append({"type": typ, "value": t, "start": len(text.encode("utf-8"))})
        text += t
    return text, spans


def verify(text, spans):
    """Simulate the checker's left-to-right matching; require it to land on our offsets."""
    b = text.encode("utf-8")
    pos = 0
    for s in spans:
        v = s["value"].encode("utf-8")
        if not v or s["value"] != s["value"].strip():
            return False
        i = b.find(v, pos)
        if i != s["start"]:
            return False
        pos = i + len(v)
    return True


FORM_TAGS = [("multiline", lambda t: "\n" in t),
             ("emoji", lambda t: re.search(r":[a-z0-9_+\-]+:", t) is not None),
             ("slack-markup", lambda t: re.search(r"<@U|<https?:|<mailto:|<tel:|`|\*\w", t) is not None),
             ("quote", lambda t: t.startswith("> ") or "\n> " in t)]
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
STRUCTURED = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID",
              "DEVICE_ID", "CREDIT_CARD", "IP_ADDRESS"}


def build(frame, phi, r):
    theme, ftags, tpl = frame
    for _attempt in range(60):
        ctx = Ctx(r, tpl)
        segs = render(tpl, ctx)
        tags = [theme] + [t for t in ftags.split(",") if t]
        if r.random() < 0.07:
            segs.append([" " + r.choice(EMOJI), None, "plain"])
        if r.random() < 0.03:
            segs.insert(0, ["<!here> ", None, "plain"])
        if r.random() < QUOTE_WRAP_P:
            segs = quote_wrap(segs, r, ctx)
        x = r.random()
        if x < 0.03:
            segs = apply_case(segs, str.upper)
            tags.append("caps")
        elif x < 0.28:
            segs = apply_case(segs, str.lower)
            tags.append("lowercase")
        if r.random() < 0.15:
            segs, ok = apply_typo(segs, r)
            if ok:
                tags.append("typo")
        text, spans = spans_of(segs)
        if phi != bool(spans):
            continue
        if len(text.split()) < 3 or not verify(text, spans):
            continue
        for t in ctx.tags:
            tags.append(t)
        for s in spans:
            tags.append(TYPE_TAG[s["type"]])
        if any(s["type"] in STRUCTURED for s in spans):
            tags.append("structured")
        for name, pred in FORM_TAGS:
            if pred(text):
                tags.append(name)
        if phi:
            # form tags for clean-only hard negatives are harmless but keep the phi marker first
            tags.insert(0, "phi")
        else:
            tags.insert(0, "clean")
            if "exec-name" in tags and "name" in tags:
                tags.remove("name")
        out_tags = []
        for t in tags:
            if t not in out_tags:
                out_tags.append(t)
        return text, [{"type": s["type"], "value": s["value"]} for s in spans], out_tags
    return None


def main():
    r = random.Random(SEED)
    kinds = [False] * N_CLEAN + [True] * (N_TOTAL - N_CLEAN)
    r.shuffle(kinds)
    decks = {False: [], True: []}
    pools = {False: CLEAN_FRAMES, True: PHI_FRAMES}
    lines = []
    for i, phi in enumerate(kinds, 1):
        while True:
            if not decks[phi]:
                d = list(range(len(pools[phi])))
                r.shuffle(d)
                decks[phi] = d
            fi = decks[phi].pop()
            res = build(pools[phi][fi], phi, r)
            if res is not None:
                break
        text, spans, tags = res
        lines.append(json.dumps({"id": "%s%04d" % (PREFIX, i), "text": text, "spans": spans, "tags": tags},
                                ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages (%d frames: %d clean, %d phi) to %s"
          % (len(lines), len(CLEAN_FRAMES) + len(PHI_FRAMES), len(CLEAN_FRAMES), len(PHI_FRAMES), OUT))


if __name__ == "__main__":
    assert len(FEMALE) + len(MALE) >= 300 and len(SURNAMES) >= 300, (len(FEMALE) + len(MALE), len(SURNAMES))
    main()
