#!/usr/bin/env python3
"""gen_hh.py -- generator "hh" of labelled Slack / Teams chat messages for the PHI guard.

Voices: executives, practice administrators and department directors delegating to an
assistant bot (calendar moves, travel, expenses, hiring, board prep, vendor calls,
documents, e-mail drafts) and the assistants' replies.  Mixed in: patients, VIP
patients, employee-health cases and family members.  Colleagues, executives, vendors,
board members and clinicians acting as staff are named all the time and are NOT
labelled (PHI-LABELS.md).

Standard library only; fixed seed, so running it again rewrites the output byte for byte.
Every labelled value is recorded as a segment while the message is composed (never found
by searching afterwards).  A self-check makes sure the checker's left-to-right matching of
the span values lands exactly on the composed offsets; otherwise the message is redrawn.

Output line: {"id": "hh0001", "text": ..., "spans": [{"type": ..., "value": ...}], "tags": [...]}
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 44172025
N_MSG = 700
N_PHI = 350
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hh.jsonl")
R = random.Random(SEED)


# ----------------------------------------------------------------------------- helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def pr(p):
    return R.random() < p


def wch(pairs):
    tot = sum(w for w, _ in pairs)
    x = R.random() * tot
    for w, it in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][1]


def dig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def dign(n):
    return str(R.randint(1, 9)) + dig(n - 1)


UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def let(n, alpha=UP):
    return "".join(ch(alpha) for _ in range(n))


def ascii_fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("ß", "ss"), ("ı", "i")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]", "", s)


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


DW = "zero one two three four five six seven eight nine".split()


def spell_groups(groups, sep=", "):
    out = []
    for g in groups:
        ws = []
        for c in g:
            if c == "0" and pr(0.3):
                ws.append("oh")
            else:
                ws.append(DW[int(c)])
        out.append(" ".join(ws))
    return sep.join(out)


# ----------------------------------------------------------------------------- names
GIVEN_F = """Margaret Dorothy Ruth Evelyn Beatrice Winifred Agnes Loretta Imelda Consuelo Guadalupe
Marisol Yesenia Luz Esperanza Rosalind Rose Hope Faith Grace Joy June April May Dawn Summer Autumn Ivy
Iris Pearl Ruby Jade Amber Violet Hazel Holly Olive Daisy Patience Blessing Precious Memory Mercy Comfort
Chidinma Ngozi Adaeze Folake Yetunde Abena Akosua Efua Wanjiru Njeri Amina Fatima Khadija Aaliyah Layla
Yasmin Noor Samira Leila Shirin Parisa Zeynep Elif Ayşe Priya Ananya Lakshmi Deepa Sunita Kavya Meera
Anjali Farzana Nusrat Mei Xiuying Lan Jing Yuki Haruka Keiko Sakura Minji Seo-yeon Ji-woo Hoa Linh Thuy
Maricel Rowena Lourdes Analyn Siobhan Aoife Niamh Bridget Maeve Colleen Ingrid Astrid Sigrid Freya Greta
Heike Brigitte Renate Agnieszka Małgorzata Katarzyna Oksana Olena Svetlana Natalia Irina Eleni Despina
Sofia Chiara Giulia Francesca Rosaria Concetta Amélie Margaux Céline Odette Geneviève Marjolein Saskia
Sinéad Tamar Miriam Esther Shoshana Rivka Naomi Leah Judith Gladys Mildred Bernadette Phyllis Constance
Eunice Lorraine Shirley Deborah Tamika Latoya Keisha Shanice Ebony Imani Destiny Jasmine Brianna Kayla
Madison Harper Paisley Luana Kalani Tallulah Winona Carmen Dolores Pilar Inés Begoña Conceição Graça
Fernanda Thaís Nadège Mirlande Fabienne Wideline Saoirse Eilidh Haleema Tigist Selam Hiwot Hodan Ifrah
Ayaan Dagny Liesel Ottilie Philippa Clementine""".split()

GIVEN_M = """Walter Harold Eugene Clarence Bernard Leonard Stanley Raymond Vincent Frank Will Mark Bill Hunter
Chase Drew Guy Art Rusty Buck Rocky Sonny Major King Justice Gift Fortune Sunday Chinedu Emeka Obinna
Tunde Oluwaseun Kwame Kofi Yaw Kwabena Kamau Otieno Tesfaye Dawit Abdi Mohamed Ahmed Omar Yusuf Ibrahim
Tariq Karim Hamid Reza Dariush Mehmet Emre Burak Arjun Rohan Vikram Sanjay Rajesh Anil Suresh Imran
Faisal Rahim Wei Jun Hao Zhiwei Kenji Hiroshi Takeshi Daisuke Min-jun Seung-ho Jae Duc Minh Quang Tuan
Rodel Jericho Bayani Danilo Eduardo Alejandro Joaquín Rodrigo Santiago Mateo Héctor Ignacio Luis Tomás
João Gonçalo Thiago Rafael Benedito Jean-Baptiste Wilner Fritznel Jacques Étienne Olivier Thierry Lothar
Jürgen Klaus Dieter Sven Lars Anders Bjørn Henrik Piotr Tadeusz Krzysztof Wojciech Dmitri Sergei Mykola
Taras Nikos Giorgos Stavros Giuseppe Salvatore Enzo Lorenzo Declan Cormac Padraig Seamus Fergus Callum
Angus Ewan Rhys Gareth Dafydd Eli Moshe Avi Yosef Shmuel Levi DeShawn Jamal Tyrone Darnell Terrence
Marquis Malik Andre Kareem Jaylen Brayden Cody Dustin Travis Wyatt Colt Ezra Silas Otis Amos Homer Elmer
Virgil Cornelius Ambrose Thaddeus Rufus Kanoa Keoni Makoa Hemi Tane Bob Ray Sterling Forrest Clay Dale
Glen Lance Grant Heath""".split()

SURN = [s.strip() for s in """Abernathy, Achterberg, Adeyemi, Agarwal, Ahn, Alcántara, Al-Masri, Amoah, Andrade,
Antonelli, Asante, Bachmann, Baker, Banerjee, Banks, Barboza, Bell, Best, Bishop, Black, Błaszczyk, Boateng,
Bouchard, Brown, Bui, Bush, Cabral, Cardoso, Cash, Castellano, Chatterjee, Chen, Cho, Church, Ciobanu,
Contreras, Cook, Coelho, Cruz, Cunningham, Dalgaard, Das, Day, De la Cruz, DeLuca, Delgado, Demir,
Desrosiers, Diallo, Dimitriou, Do, Doherty, Dubois, Duarte, Dziedzic, Eberhardt, Eze, Fairweather, Farouk,
Ferreira, Field, Fitzgerald, Flores, Fofana, Fox, Frost, Fujimoto, Gallagher, Garza, Gebremedhin, Ghosh,
Glass, Goldberg, Gonçalves, Green, Grünewald, Guerrero, Gupta, Haddad, Hakimi, Halvorsen, Hart, Hashemi,
Hayashi, Hernández, Hill, Hoang, Horvath, Hosseini, Hunt, Ibekwe, Iglesias, Ito, Ivanova, Jablonski,
Jaramillo, Jeong, Johansson, Joseph, Kaur, Kapoor, Kariuki, Kaczmarek, Kang, Kealoha, Keller, Khalil, Khan,
Kim, King, Kowalczyk, Kuznetsov, Lachance, Lamb, Lam, Law, Le, Lefebvre, Levi, Lindqvist, Little, Lombardi,
Long, Love, Lozano, Lundgren, MacLeod, Mahmoud, Makoni, Marsh, Martins, Matsumoto, McAllister, Medina,
Mehta, Mendoza, Mensah, Mills, Mirza, Molina, Moody, Morales, Mukherjee, Murphy, Mwangi, Nakamura,
Nascimento, Ndiaye, Nguyen, Noble, Novak, Nowak, Nunes, Nwosu, O'Brien, Ochieng, Odhiambo, Okafor,
Okonkwo, Oliveira, O'Sullivan, Owusu, Özdemir, Pacheco, Page, Papadopoulos, Park, Parks, Patel, Pereira,
Petrov, Pham, Pierre-Louis, Price, Quintero, Rahman, Ramírez, Rao, Reyes, Rice, Rich, Rivers, Romano,
Rosen, Rossi, Saavedra, Saeed, Salazar, Santos, Sato, Schneider, Schwartz, Sharma, Sharp, Shapiro, Short,
Silva, Singh, Small, Snow, Sokolov, Sørensen, Stone, Story, Strong, Suzuki, Swift, Takahashi, Tanaka,
Tavares, Teixeira, Thibodeau, Tkachenko, Tran, Tremblay, Truong, Usman, Valdez, van der Berg, Vargas,
Vasquez, Vo, Volkov, Vu, Wagner, Walsh, Wang, Waters, Weiss, White, Winter, Wise, Wolf, Wood, Wright, Xu,
Yamamoto, Yang, Yilmaz, Young, Zając, Zhang, Zhou, Zimmerman, Zubair, Abara, Achebe, Afolabi, Akhtar,
Alves, Arslan, Aziz, Baptiste, Barros, Bergstrom, Bhatt, Brodeur, Byrne, Carvalho, Castro, Charles,
Chowdhury, Costa, Dang, Dupont, Escobar, Estrada, Fernandes, Fischer, Gomes, Hamid, Hanley, Hoffmann,
Huang, Iyer, Jensen, Joshi, Karimi, Keane, Kerr, Koh, Kruger, Lin, Lopes, Luong, Lynch, Mahlangu, Malik,
Medeiros, Menon, Moreau, Mustafa, Nair, Nielsen, Obi, Ogunleye, Osei, Pak, Peralta, Pinto, Qureshi,
Ramos, Reddy, Ribeiro, Rocha, Said, Sandoval, Serrano, Shah, Sim, Soto, Suarez, Takeda, Thapa, Torres,
Trinh, Tshabalala, Varga, Vieira, Watanabe, Wójcik, Yadav, Zamora, Zulu, Abreu, Bangura, Conteh, Kamara,
Sesay, Toure, Traoré, Cissé, Keita, Haile, Tadesse, Alemu, Warsame, Farah, Hussein, Jama, Nkosi, Dlamini,
Moyo, Banda, Phiri, Whitlock, Pennington, Ashworth, Featherstone, Blackwood, Thornbury, Chambers, Fields,
Sterling, Summers, Lark, Goodwin, Merriweather, Kettleby, Ambrose, Quigley""".replace("\n", " ").split(",")]

NICK_PAIRS = [("Margaret", "Peggy", "F"), ("Dorothy", "Dottie", "F"), ("Elizabeth", "Betsy", "F"),
              ("Katherine", "Kit", "F"), ("Theodore", "Teddy", "M"), ("William", "Billy", "M"),
              ("Robert", "Bobby", "M"), ("Eleanor", "Nell", "F"), ("Francesca", "Frankie", "F"),
              ("Alejandro", "Alex", "M"), ("Oluwaseun", "Seun", "M"), ("Nikolaos", "Nikos", "M"),
              ("Josephine", "Jo", "F"), ("Gwendolyn", "Gwen", "F"), ("Cornelius", "Neil", "M"),
              ("Bartholomew", "Bart", "M"), ("Wilhelmina", "Mina", "F"), ("Mohammed", "Mo", "M"),
              ("Anastasia", "Tasia", "F"), ("Ignatius", "Iggy", "M"), ("Guadalupe", "Lupita", "F"),
              ("Chukwuemeka", "Emeka", "M"), ("Antonio", "Toño", "M"), ("Alexandra", "Sasha", "F")]

assert len(GIVEN_F) + len(GIVEN_M) >= 300, (len(GIVEN_F), len(GIVEN_M))
assert len(SURN) >= 300, len(SURN)

# ----------------------------------------------------------------------------- places
_TR = random.Random(1209)  # private RNG so the invented gazetteer is fixed
_TP = ("Alder Birch Cold Elm Fair Glen Harrow Iron Kings Lark Maple Mill Oak Pine Red Salt Stone Thorn Ash "
       "Brook Clay Fox Gray Haw Lyn Marl Ravens Sandy Wil Cran Hollis Bram Quill Tarn Wend Cobble Heron "
       "Otter Juniper Bell Hart Copper Whit").split()
_TSX = "ford field bury ton wick ham borough dale mont port well ridge stead haven brook by wood chester mere ley".split()
TOWNS = []
while len(TOWNS) < 140:
    a, b = _TR.choice(_TP), _TR.choice(_TSX)
    if b in a.lower() or a.lower().endswith(b[0]) and b[0] in "aeiou":
        continue
    t = a + b
    r = _TR.random()
    if r < 0.10:
        t = _TR.choice(["East ", "North ", "South ", "West ", "Port ", "Upper "]) + t
    elif r < 0.18:
        t = t + _TR.choice([" Falls", " Center", " Junction", " Mills", " Harbor"])
    if t not in TOWNS:
        TOWNS.append(t)
STATES = [("MA", 0.42), ("NH", 0.12), ("RI", 0.08), ("CT", 0.1), ("ME", 0.08), ("VT", 0.05), ("NY", 0.1), ("NJ", 0.05)]
ZIP_RANGES = {"MA": (1001, 2791), "NH": (3031, 3897), "RI": (2801, 2940), "CT": (6001, 6928), "ME": (3901, 4992),
              "VT": (5001, 5907), "NY": (10001, 14925), "NJ": (7001, 8989)}
STREET_NAMES = [s.strip() for s in """Quarry, Tarrant, Lindell, Osgood, Bramble, Kettle, Pell, Wexford, Marlow,
Juniper, Sycamore, Candlewood, Priory, Fenwick, Orchard, Lantern, Cobb, Haskell, Tupelo, Ridgeway,
Saltmarsh, Gristmill, Heron, Larkspur, Granite, Ferncliff, Tamarack, Sachem, Indigo, Dorrance, Parmenter,
Whitcomb, Ledgewood, Bayberry, Chestnut, Hawthorne, Wren, Meadowlark, Tannery, Powderhouse, Cranberry,
Fieldstone, Oxbow, Brigham, Pemberton, Foxglove, Wintergreen, Laurel, Old Mill, Pumpkin Hill, Old Post,
Cedar Hollow, Copper Beech, Three Rod, Kimball, Thatcher, Ollivant, Greystone, Merriam, Sparhawk, Tolland,
Wheelwright, Bellflower, Coldspring, Barberry, Ashgrove, Millrace, Stonecrop, Quince, Hemlock Ridge""".replace("\n", " ").split(",")]
STREET_SFX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Way", "Ct", "Cir",
              "Terrace", "Pkwy", "Pl", "St.", "Rd.", "Ave."]

ORGS = [("Harrow Valley Health", "harrowvalleyhealth.org"), ("St. Ottilie Medical Center", "stottilie.org"),
        ("Calloway Regional", "callowayregional.org"), ("Northmere Health Partners", "northmerehealth.org"),
        ("Brightwater Clinic", "brightwaterclinic.com"), ("Pell River Hospital", "pellriver.org"),
        ("Kestrel Bay Medical Group", "kestrelbaymg.com"), ("Lantern Hill Rehab", "lanternhillrehab.org"),
        ("Sable Point Children's", "sablepointkids.org")]
VENDORS = [("Corvane Systems", "corvane.com"), ("Lumetric Health IT", "lumetric.io"),
           ("Stratbridge Consulting", "stratbridge.co"), ("Halvard Staffing", "halvardstaffing.com"),
           ("Pinecrest Linen", "pinecrestlinen.net"), ("Ardent Payroll", "ardentpayroll.com"),
           ("Quillfeather Design", "quillfeather.design"), ("Bluemoor Catering", "bluemoorcatering.com"),
           ("NexaCare Analytics", "nexacare.ai"), ("Orison Legal", "orisonlegal.com"),
           ("Tidewell Travel", "tidewelltravel.com"), ("Greyloft Imaging", "greyloft.com"),
           ("Marrowgate Security", "marrowgate.com"), ("Cobaltline Telecom", "cobaltline.net"),
           ("Fennick & Shaw LLP", "fennickshaw.com"), ("Ostrander Elevator", "ostrander-elev.com")]
PAYERS = ["Harbor Mutual", "Tri-County Care Plan", "Northwind Health Alliance", "Evergreen Medicaid ACO",
          "Granite Shield", "Bayline Health", "Keel Medicare Advantage", "Aldergate Dental", "Pioneer Valley PPO"]
HOTELS = ["the Larkspur Hotel", "Hotel Verane", "The Wexley", "the Alder Inn", "Copperline Suites",
          "the Marisco Grand", "Hotel Ambrel", "the Tidewater Lodge"]
BCITIES = ["Chicago", "Nashville", "Denver", "Austin", "Phoenix", "Orlando", "Toronto", "London", "Lisbon",
           "San Diego", "Minneapolis", "Washington", "Atlanta", "Montreal", "Baltimore", "Pittsburgh"]
AIRPORTS = ["BOS", "ORD", "BNA", "DEN", "AUS", "LGA", "DCA", "SFO", "MIA", "YYZ", "LHR", "PVD", "MHT"]
UNITS = ["5 West", "the ICU", "4B", "step-down", "Tower 7", "the CCU", "L&D", "ED obs", "6 North", "the MICU",
         "ortho", "telemetry", "the rehab unit", "9 East"]
ROOMS = ["rm 412", "7W-18", "bed 3B", "Room 1104", "room 622", "ICU bed 9", "5W-21", "rm 309A", "Bay 12"]
DEPTS = ["Finance", "Revenue Cycle", "Nursing", "Facilities", "IT", "HR", "Patient Experience", "Quality",
         "Pharmacy", "Radiology", "Supply Chain", "Marketing", "Legal", "Compliance", "Philanthropy",
         "Ambulatory Ops", "Perioperative Services", "Security", "Food Services"]
PROCS = ["knee replacement", "cataract surgery", "a colonoscopy", "bypass surgery", "a hip revision",
         "a cardiac cath", "an MRI", "a biopsy", "chemo", "dialysis", "a lumpectomy", "pacemaker placement",
         "a spinal fusion", "an endoscopy", "a shoulder repair", "an ablation"]
PROCS_BARE = [re.sub(r"^(a|an) ", "", x) for x in PROCS]
DXS = ["pneumonia", "a CHF exacerbation", "a hip fracture", "sepsis", "a COPD flare", "a stroke", "a UTI",
       "afib with RVR", "dehydration", "a GI bleed", "chest pain"]
DRUGS = ["heparin", "IV contrast", "cefazolin", "albuterol", "insulin glargine", "amoxicillin", "saline bags"]
ICDS = ["I10", "E11.9", "M17.11", "J44.1", "N18.3", "F32.A", "Z79.4", "I48.91", "S72.001A", "R26.81", "J18.9"]
CPTS = ["99214", "27447", "93458", "45378", "70553", "99223", "G0439", "36415", "99285", "29881"]
EMOJI = ["🙏", "👍", "✅", "😬", "🚨", "📅", "✈️", "🎉", "💰", "😅", "🤦‍♀️", "🔥", "👀", "⚠️", "🏥", "💐", "❤️", "🫠", "🙌", "☕"]
BOTS = ["AssistBot", "ExecDesk", "Concierge", "OpsPal", "Clerk", "Scheduler"]
TITLES = ["CEO", "COO", "CFO", "CNO", "VP Operations", "Practice Administrator", "Director of Revenue Cycle",
          "Chief of Staff", "Director, Patient Experience", "VP Strategy"]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Wed", "Thurs", "Fri"]
WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RELDAYS = ["tomorrow", "tmrw", "next Tuesday", "Friday", "end of day", "EOW", "next week", "Monday AM",
           "this afternoon", "tonight", "Thursday", "first thing tomorrow"]
TIMES = ["9am", "9:30", "10:15 am", "11", "noon", "1pm", "2:30pm", "3 PM", "4:45", "14:00", "8:00am", "7:30a",
         "3pm ET", "11:30", "4pm", "10", "8:45"]

# ----------------------------------------------------------------------------- dates
MONTHS = "January February March April May June July August September October November December".split()
MON3 = [m[:3] for m in MONTHS]
MES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONAT = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MESPT = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WITH_YEAR = ["mdyyyy", "mdyyyy1", "mdyy", "iso", "long", "abbr", "dmy", "dmy2", "compact", "dots", "dash", "eu",
             "dmyup", "abbr"]
NO_YEAR = ["md", "mmdd", "longnoy", "abbrnoy", "ord", "ordlong", "abbrdot", "md", "dmnoy"]
LANGS = ("es", "fr", "de", "pt", "eu", "zh", "ja", "ko")


def sfx(d):
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def rand_ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    return y, m, R.randint(1, DIM[m - 1])


def fmt_date(y, m, d, st):
    M, M3 = MONTHS[m - 1], MON3[m - 1]
    return {
        "md": f"{m}/{d}", "mmdd": f"{m:02d}/{d:02d}", "mdyy": f"{m}/{d}/{y % 100:02d}",
        "mdyyyy": f"{m:02d}/{d:02d}/{y}", "mdyyyy1": f"{m}/{d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}",
        "long": f"{M} {d}, {y}", "longnoy": f"{M} {d}", "abbr": f"{M3} {d}, {y}", "abbrnoy": f"{M3} {d}",
        "dmy": f"{d:02d}-{M3}-{y}", "dmy2": f"{d} {M} {y}", "ord": f"{M3} {d}{sfx(d)}",
        "ordlong": f"{M} {d}{sfx(d)}", "compact": f"{m:02d}{d:02d}{y}", "dots": f"{m}.{d}.{y}",
        "dash": f"{m}-{d}-{y}", "eu": f"{d:02d}/{m:02d}/{y}", "dmyup": f"{d:02d}{M3.upper()}{y}",
        "abbrdot": f"{M3}{'' if m == 5 else '.'} {d}", "dmnoy": f"{d} {M3}",
    }[st]


def lang_date(y, m, d, lang, year=True):
    if lang == "es":
        return f"{d} de {MES[m - 1]}" + (f" de {y}" if year else "")
    if lang == "fr":
        return ("1er" if d == 1 else str(d)) + f" {MOIS[m - 1]}" + (f" {y}" if year else "")
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}" if (year and pr(0.5)) else f"{d}. {MONAT[m - 1]}" + (f" {y}" if year else "")
    if lang == "pt":
        return f"{d} de {MESPT[m - 1]}" + (f" de {y}" if year else "")
    if lang == "eu":
        return f"{d:02d}/{m:02d}/{y}" if pr(0.7) else f"{d:02d}.{m:02d}.{y}"
    if lang in ("zh", "ja"):
        return (f"{y}年" if year else "") + f"{m}月{d}日"
    if lang == "ko":
        return (f"{y}년 " if year else "") + f"{m}월 {d}일"
    raise ValueError(lang)


def date_value(y, m, d, hint, p_year):
    if hint in LANGS:
        return lang_date(y, m, d, hint, year=(hint == "eu" or pr(p_year)))
    if hint == "iso":
        return fmt_date(y, m, d, "iso")
    if hint == "noyear":
        return fmt_date(y, m, d, ch(NO_YEAR))
    if hint == "year" or pr(p_year):
        return fmt_date(y, m, d, ch(WITH_YEAR))
    return fmt_date(y, m, d, ch(NO_YEAR))


# ----------------------------------------------------------------------------- segments
# a segment is (text, TYPE or None, business_contact_flag)
def P(t):
    return (t, None, False)


def L(ty, v, biz=False):
    return (v, ty, biz)


class Person:
    def __init__(self, g, first, last, mid, nick=None):
        self.g, self.first, self.last, self.mid, self.nick = g, first, last, mid, nick


KIN = {"F": ["mother", "mom", "grandmother", "wife", "sister", "aunt", "daughter", "mother-in-law", "grandma", "niece"],
       "M": ["father", "dad", "grandfather", "husband", "brother", "uncle", "son", "father-in-law", "grandpa", "nephew"]}
ELDER = {"F": ["mother", "grandmother", "great-aunt", "mom", "nana", "grandma"],
         "M": ["father", "grandfather", "great-uncle", "dad", "grandpa"]}
KIN_ES = {"F": ["hija", "esposa", "hermana", "madre", "nieta", "sobrina"],
          "M": ["hijo", "esposo", "hermano", "padre", "nieto", "sobrino"]}
PRON = {"F": {"sub": "she", "obj": "her", "pos": "her"}, "M": {"sub": "he", "obj": "him", "pos": "his"}}

ROLES_LAB = ("pt", "rel", "vip", "eh", "vis")
ROLES_PLAIN = ("exec", "dr", "vend", "board", "cand", "asst", "donor")
PERSONAL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com",
                "proton.me", "verizon.net", "me.com", "att.net", "live.com", "charter.net"]

SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)(?::([A-Za-z0-9]+))?\}")
NAME_RE = re.compile(r"^([a-z]+?)(\d*)(?:_([A-Za-z]+))?$")


class Ctx:
    def __init__(self):
        self.cache = {}
        self.people = {}
        self.tags = set()
        self.firsts = set()
        self.lasts = set()

    # -- people
    def person(self, key, g=None, nick=False):
        if key in self.people:
            return self.people[key]
        for _ in range(200):
            if nick:
                first, nk, gg = ch(NICK_PAIRS)
            else:
                gg = g or ch("FM")
                first, nk = ch(GIVEN_F if gg == "F" else GIVEN_M), None
            last = ch(SURN)
            if pr(0.05):
                l2 = ch(SURN)
                if l2 != last and " " not in last + l2:
                    last = last + "-" + l2
            if first not in self.firsts and last not in self.lasts and first != last:
                break
        self.firsts.add(first)
        self.lasts.add(last)
        p = Person(gg, first, last, ch(UP), nk)
        self.people[key] = p
        return p

    def slot(self, name, hint):
        key = (name, hint)
        if key not in self.cache:
            self.cache[key] = self._slot(name, hint)
        return self.cache[key]

    def _slot(self, name, hint):
        m = NAME_RE.match(name)
        if not m:
            raise KeyError(name)
        base, num, attr = m.group(1), m.group(2), m.group(3)
        if base in ROLES_LAB or base in ROLES_PLAIN:
            return self.person_slot(base, num, attr, hint)
        if attr:
            raise KeyError(name)
        if base in GEN:
            return GEN[base](self, hint)
        if base in PLAIN:
            return [P(PLAIN[base](self, hint))]
        raise KeyError(name)

    def person_slot(self, role, num, attr, hint):
        lab = role in ROLES_LAB
        gender = hint if hint in ("F", "M") else None
        p = self.person(role + num, gender, nick=(attr == "nick"))
        if not lab:
            self.tags.add("exec-name")

        def N(v):
            return L("NAME", v) if lab else P(v)

        if attr is None:
            st = wch([(50, "fl"), (10, "fml"), (7, "lf"), (5, "LFM"), (12, "f"), (4, "fil")]) if lab else \
                wch([(70, "fl"), (8, "fml"), (18, "f"), (4, "fil")])
            v = {"fl": f"{p.first} {p.last}", "fml": f"{p.first} {p.mid}. {p.last}", "lf": f"{p.last}, {p.first}",
                 "LFM": f"{p.last.upper()}, {p.first.upper()} {p.mid}", "f": p.first,
                 "fil": f"{p.first[0]}. {p.last}"}[st]
            return [N(v)]
        if attr == "first":
            return [N(p.first)]
        if attr == "last":
            return [N(p.last)]
        if attr == "full":
            return [N(f"{p.first} {p.last}")]
        if attr == "inv":
            if pr(0.55):
                return [N(f"{p.last.upper()}, {p.first.upper()}" + (f" {p.mid}" if pr(0.6) else ""))]
            return [N(f"{p.last}, {p.first}" + (f" {p.mid}" if pr(0.3) else ""))]
        if attr == "hon":
            if role == "dr":
                return [P("Dr. " + p.last)]
            table = {"fr": ("Mme ", "M. "), "es": ("Sra. ", "Sr. "), "pt": ("Sra. ", "Sr. "), "de": ("Frau ", "Herr ")}
            if hint in table:
                h = table[hint][0 if p.g == "F" else 1]
            else:
                h = ch(["Mrs. ", "Ms. ", "Mrs ", "Ms. "]) if p.g == "F" else ch(["Mr. ", "Mr "])
            return [P(h), N(p.last)]
        if attr == "nick":
            full = f"{p.first} {p.last}"
            st = R.randrange(3)
            if st == 0:
                return [N(full), P(' ("'), N(p.nick), P('")')]
            if st == 1:
                return [N(full), P(" (goes by "), N(p.nick), P(")")]
            return [N(p.nick), P(" ("), N(full), P(")")]
        if attr in ("sub", "obj", "pos"):
            return [P(PRON[p.g][attr])]
        if attr in ("Sub", "Obj", "Pos"):
            return [P(PRON[p.g][attr.lower()].capitalize())]
        if attr == "kin":
            return [P(ch(KIN_ES[p.g]) if hint == "es" else ch(KIN[p.g]))]
        if attr == "elder":
            return [P(ch(ELDER[p.g]))]
        if attr == "spouse":
            return [P("wife" if p.g == "F" else "husband")]
        if attr == "par":
            return [P(ch(["mom", "mother"]) if p.g == "F" else ch(["dad", "father"]))]
        if attr == "sex":
            return [P(p.g)]
        if attr == "title":
            return [P(ch(TITLES))]
        if attr in ("email", "pemail", "emaillink"):
            personal = lab or attr == "pemail"
            e = personal_email(self, p) if personal else biz_email(p)
            biz = not personal
            if attr == "emaillink":
                return [P("<mailto:"), L("EMAIL", e, biz), P("|"), L("EMAIL", e, biz), P(">")]
            return [L("EMAIL", e, biz)]
        raise KeyError(role + "_" + attr)


def email_local(p):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}{R.randint(40, 99)}",
               f"{f}{l}", f"{f}.{l}{R.randint(1, 9)}", f"{f[0]}.{l}"])


def personal_email(ctx, p):
    local, dom = email_local(p), ch(PERSONAL_DOM)
    r = R.random()
    if r < 0.08:
        ctx.tags.add("evasion")
        a, b = dom.rsplit(".", 1)
        return ch([f"{local} [at] {a} [dot] {b}", f"{local} at {a} dot {b}", f"{local}(at){dom}",
                   f"{local} AT {a} DOT {b}"])
    if r < 0.1:
        ctx.tags.add("evasion")
        return f"{local} @ {dom}"
    return f"{local}@{dom}"


def biz_email(p):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    dom = ch(ORGS + VENDORS)[1]
    return ch([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{l}{f[0]}@{dom}", f"{f}@{dom}"])


# ----------------------------------------------------------------------------- labelled generators
AREAS = ["617", "508", "781", "978", "413", "339", "351", "774", "857", "603", "401", "207", "802", "860", "203",
         "212", "646", "718", "917", "347", "201", "973", "215", "267", "312", "773", "415", "510", "206", "503",
         "305", "786", "404", "713", "512", "720", "602", "702", "808", "919"]
PHONE_FMTS = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "+1 {a} {e} {l}", "+1-{a}-{e}-{l}",
              "+1 ({a}) {e}-{l}", "1-{a}-{e}-{l}", "{a}{e}{l}", "+1{a}{e}{l}", "({a}){e}-{l}", "{a}/{e}-{l}",
              "{a}-{e}-{l}", "({a}) {e}-{l}"]


def phone_parts():
    a = ch(AREAS)
    while True:
        e = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
        if e[1:] != "11" and e != "555":
            break
    return a, e, "%04d" % R.randint(0, 9999)


def g_phone(ctx, hint, biz=False):
    a, e, l = phone_parts()
    if hint == "fr":
        return [L("PHONE", "0" + ch("67") + " " + " ".join("%02d" % R.randint(0, 99) for _ in range(4)), biz)]
    if hint == "de":
        return [L("PHONE", ch(["+49 171 ", "0171 ", "+49 30 ", "0160 "]) + dign(7), biz)]
    if hint == "nl":
        return [L("PHONE", ch([f"{a}-{e}-\n{l}", f"({a})\n{e}-{l}", f"{a} {e}\n{l}"]), biz)]
    style = hint or wch([(76, "plain"), (7 if not biz else 18, "ext"), (4, "intl"), (2, "spaced"), (2, "fw"),
                         (2, "zw"), (1.5, "nbsp"), (1.5, "spelled"), (2.5, "mixed")])
    if style == "plain":
        v = ch(PHONE_FMTS).format(a=a, e=e, l=l)
    elif style == "ext":
        v = ch(PHONE_FMTS[:8]).format(a=a, e=e, l=l) + ch([" ext. ", " ext ", " x", " x.", " Ext ", ",,"]) + \
            str(R.randint(2, 9999))
    elif style == "intl":
        v = ch(["+44 20 %s %s" % (dig(4), dig(4)), "+33 1 %s %s %s %s" % (dig(2), dig(2), dig(2), dig(2)),
                "+52 55 %s %s" % (dig(4), dig(4)), "+63 917 %s %s" % (dig(3), dig(4)),
                "+234 803 %s %s" % (dig(3), dig(4)), "+91 98%s %s" % (dig(3), dig(5)),
                "+351 912 %s %s" % (dig(3), dig(3)), "+509 34 %s %s" % (dig(2), dig(4))])
    elif style == "spaced":
        ctx.tags.add("evasion")
        v = " ".join(a + e + l)
    elif style == "fw":
        ctx.tags.update(["fullwidth", "evasion"])
        v = fullwidth(ch(PHONE_FMTS[:4]).format(a=a, e=e, l=l))
    elif style == "zw":
        ctx.tags.update(["zero-width", "evasion"])
        v = ch(["\u200b".join([a, e, l]), a + "\u200b-" + e + "-\u200b" + l, "\u200b".join(a + e) + l])
    elif style == "nbsp":
        ctx.tags.update(["evasion"])
        v = ch(["\u00a0".join([a, e, l]), "(%s)\u00a0%s-%s" % (a, e, l)])
    elif style == "spelled":
        ctx.tags.add("evasion")
        v = spell_groups([a, e, l], ch([", ", " - ", " ", "... "]))
    elif style == "mixed":
        ctx.tags.add("evasion")
        v = ch([f"{a}.{e}-{l}", f"{a}-{e}.{l}", f"({a}).{e}.{l}", f"{a} {e}-{l}", f"{a}/{e}.{l}"])
    else:
        raise ValueError(style)
    return [L("PHONE", v, biz)]


def g_bphone(ctx, hint):
    return g_phone(ctx, hint, biz=True)


def g_tellink(ctx, hint):
    a, e, l = phone_parts()
    return [P("<tel:"), L("PHONE", f"+1{a}{e}{l}"), P("|"), L("PHONE", ch(PHONE_FMTS[:4]).format(a=a, e=e, l=l)),
            P(">")]


def ghost(ctx):
    return ctx.person("ghost%d" % len(ctx.people))


def g_email(ctx, hint):
    p = ghost(ctx)
    if hint == "obf":
        ctx.tags.add("evasion")
        a, b = ch(PERSONAL_DOM).rsplit(".", 1)
        return [L("EMAIL", f"{email_local(p)} [at] {a} [dot] {b}")]
    return [L("EMAIL", personal_email(ctx, p))]


def g_bemail(ctx, hint):
    return [L("EMAIL", biz_email(ghost(ctx)), True)]


def g_bemaillink(ctx, hint):
    e = biz_email(ghost(ctx))
    return [P("<mailto:"), L("EMAIL", e, True), P("|"), L("EMAIL", e, True), P(">")]


def g_emaillink(ctx, hint):
    e = personal_email(ctx, ghost(ctx))
    return [P("<mailto:"), L("EMAIL", e), P("|"), L("EMAIL", e), P(">")]


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def g_ssn(ctx, hint):
    a, g, s = ssn_parts()
    style = hint or wch([(62, "dash"), (8, "space"), (7, "none"), (3, "dot"), (5, "mixed"), (4, "spaced"),
                         (4, "fw"), (4, "zw"), (3, "spelled")])
    if style == "dash":
        v = f"{a}-{g}-{s}"
    elif style == "space":
        v = f"{a} {g} {s}"
    elif style == "none":
        ctx.tags.add("evasion")
        v = a + g + s
    elif style == "dot":
        ctx.tags.add("evasion")
        v = f"{a}.{g}.{s}"
    elif style == "mixed":
        ctx.tags.add("evasion")
        v = ch([f"{a}.{g}-{s}", f"{a}-{g}.{s}", f"{a} {g}-{s}", f"{a}/{g}/{s}"])
    elif style == "spaced":
        ctx.tags.add("evasion")
        v = " ".join(a + g + s)
    elif style == "fw":
        ctx.tags.update(["fullwidth", "evasion"])
        v = fullwidth(f"{a}-{g}-{s}")
    elif style == "zw":
        ctx.tags.update(["zero-width", "evasion"])
        v = ch([f"{a}\u200b{g}\u200b{s}", f"{a}-\u200b{g}-\u200b{s}", f"{a}\u00a0{g}\u00a0{s}"])
    elif style == "spelled":
        ctx.tags.add("evasion")
        v = spell_groups([a, g, s], ch([", ", " - ", " dash "]))
    else:
        raise ValueError(style)
    return [L("SSN", v)]


def obf_digits(ctx, v, p=0.07):
    """Occasionally obfuscate an id: fullwidth digits, zero-width spaces, or spaced characters."""
    if not pr(p):
        return v
    k = R.randrange(3)
    if k == 0:
        ctx.tags.update(["fullwidth", "evasion"])
        return fullwidth(v)
    if k == 1 and len(v) >= 6:
        ctx.tags.update(["zero-width", "evasion"])
        i = len(v) // 2
        return v[:i] + "\u200b" + v[i:]
    ctx.tags.add("evasion")
    return " ".join(v.replace(" ", ""))


def g_mrn(ctx, hint):
    v = ch([dign(7), "00" + dig(6), "E" + dig(7), f"{dig(3)}-{dig(3)}-{dig(3)}", "HV" + dig(6), dign(10),
            "M" + dig(8), f"{dig(2)}-{dig(6)}", f"{dign(4)} {dig(4)}", dign(8), "A" + dig(7)])
    if hint == "fw":
        ctx.tags.update(["fullwidth", "evasion"])
        return [L("MRN", fullwidth(v))]
    if hint == "spaced":
        ctx.tags.add("evasion")
        return [L("MRN", " ".join(v.replace(" ", "").replace("-", "")))]
    return [L("MRN", obf_digits(ctx, v))]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [str(R.randint(1, 9)), ch(MBI_A), ch(an), str(R.randrange(10)), ch(MBI_A), ch(an), str(R.randrange(10)),
         ch(MBI_A), ch(MBI_A), str(R.randrange(10)), str(R.randrange(10))]
    s = "".join(c)
    return s if pr(0.6) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def g_hpid(ctx, hint):
    v = ch([let(3) + dig(9), let(1) + dig(10), f"{let(3)} {dig(4)} {dig(4)} {dig(2)}", dig(9) + let(1),
            let(2) + dig(8) + "-" + dig(2), "U" + dig(4) + " " + dig(4) + " " + dig(2), let(3) + "-" + dig(9),
            dign(11)])
    return [L("HEALTH_PLAN_ID", obf_digits(ctx, v))]


def g_mbi(ctx, hint):
    return [L("HEALTH_PLAN_ID", mbi())]


def g_mcaid(ctx, hint):
    return [L("HEALTH_PLAN_ID", ch([dign(12), f"{dig(4)} {dig(4)} {dig(4)}", "MCD" + dig(9), dign(10)]))]


def g_har(ctx, hint):
    return [L("ACCOUNT_NUMBER", obf_digits(ctx, ch([dign(8), dign(10), "40" + dig(8), "PA-" + dig(7), "H" + dig(9),
                                                   f"{dign(3)}-{dig(6)}"])))]


def g_gacct(ctx, hint):
    return [L("ACCOUNT_NUMBER", ch(["G" + dig(8), "G-" + dig(7), dign(9), "GA" + dig(7)]))]


def g_bank(ctx, hint):
    return [L("ACCOUNT_NUMBER", ch([dign(9), dign(10), dig(12), f"{dig(4)} {dig(4)} {dig(4)}", dign(11)]))]


def aba():
    while True:
        d = [R.randint(0, 3)] + [R.randrange(10) for _ in range(7)]
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def g_dl(ctx, hint):
    return [L("LICENSE_NUMBER", ch(["S" + dig(8), dign(9), let(1) + dig(7), f"{let(1)}{dig(3)}-{dig(4)}-{dig(4)}",
                                    f"{dign(3)} {dig(3)} {dig(3)}", dig(2) + let(3) + dig(5), "SA" + dig(7)]))]


def dea(last):
    first = ch("ABFGMPRX")
    second = ascii_fold(last)[0].upper() if pr(0.8) else "9"
    d = [R.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def g_dea(ctx, hint):
    p = ctx.people.get("cand") or ctx.people.get("dr") or ghost(ctx)
    return [L("LICENSE_NUMBER", dea(p.last))]


def g_slic(ctx, hint):
    return [L("LICENSE_NUMBER", ch([dign(6), "RN" + dig(7), "LIC-" + dign(5), let(2) + "." + dig(7), "PA" + dig(6),
                                    "MD." + dign(6), "2" + dig(5), "NP-" + dig(6), "0" + dig(5) + let(1)]))]


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGH", range(1, 9)))
VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
VIN_VAL.update({"P": 7, "R": 9})
VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_VAL.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    c = [ch(["1", "2", "3", "4", "5", "J", "K", "W"])] + [ch(VIN_CH) for _ in range(16)]
    c[9] = ch("NPRSTV")  # model year code
    for i in range(11, 17):
        c[i] = str(R.randrange(10))
    c[8] = "0"
    s = sum(VIN_VAL[x] * w for x, w in zip(c, VIN_W)) % 11
    c[8] = "X" if s == 10 else str(s)
    return "".join(c)


def g_vin(ctx, hint):
    return [L("VEHICLE_ID", vin())]


def g_plate(ctx, hint):
    return [L("VEHICLE_ID", ch([dign(1) + let(3) + dig(2), let(3) + " " + dig(4), dig(3) + "-" + let(3),
                                let(2) + dig(1) + "-" + dig(4), dign(1) + let(2) + " " + dig(3),
                                ch(["DRMOM2", "NRS4U", "GOPATS9", "CEOSUV", "RN4EVR", "MDLUV"]), let(3) + dig(3)]))]


def g_devsn(ctx, hint):
    return [L("DEVICE_ID", ch(["PJN" + dig(6) + "S", dig(2) + let(1) + dig(6), "SN" + dig(9),
                               let(2) + dig(2) + let(1) + dig(4), "RLA" + dig(6) + "R", dig(1) + let(2) + dig(1) + let(2),
                               "H" + dig(7), f"{let(3)}-{dig(5)}-{let(1)}"]))]


def g_udi(ctx, hint):
    y, m, d = rand_ymd(2026, 2029)
    return [L("DEVICE_ID", f"(01){dig(14)}(17){y % 100:02d}{m:02d}{d:02d}(21){let(1)}{dig(2)}{let(1)}{dig(4)}")]


def g_purl(ctx, hint):
    dom = ch(ORGS)[1]
    p = ctx.people.get("pt") or ghost(ctx)
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return [L("URL", ch([f"https://portal.{dom}/mychart/visit/{dig(7)}?pt={dign(8)}",
                         f"https://myhealth.{dom}/p/{f}-{l}-{dig(2)}",
                         f"https://www.carefeed-updates.com/{f}{l}",
                         f"https://telehealth.{dom}/join/pt-{dign(7)}",
                         f"https://{dom}/results?mrn={dign(8)}&visit={dign(6)}",
                         f"https://caringpage.net/site/{f}-{l}",
                         f"https://pay.{dom}/guest?acct={dign(9)}&name={l}",
                         f"portal.{dom}/discharge/{dign(8)}"]))]


def g_purllink(ctx, hint):
    u = g_purl(ctx, hint)[0][0]
    if not u.startswith("http"):
        u = "https://" + u
    return [P("<"), L("URL", u), P("|" + ch(["discharge instructions", "visit summary", "portal link", "here"]) + ">")]


def g_ip(ctx, hint):
    r = R.random()
    if r < 0.3:
        v = f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    elif r < 0.5:
        v = f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    elif r < 0.6:
        v = f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    else:
        v = f"{R.randint(11, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if pr(0.08):
        ctx.tags.add("evasion")
        v = v.replace(".", "[.]")
    return [L("IP_ADDRESS", v)]


def g_ipsix(ctx, hint):
    h = lambda: "%x" % R.randint(1, 0xffff)
    return [L("IP_ADDRESS", ch([f"2600:1f18:{h()}:{h()}::{h()}", f"fe80::{h()}:{h()}:{h()}:{h()}",
                                ":".join(h() for _ in range(8)), f"2a02:{h()}:{h()}::{h()}:{h()}"]))]


def street_str():
    num = ch([str(R.randint(1, 99)), str(R.randint(100, 999)), str(R.randint(1000, 9999)), str(R.randint(2, 60)) + ch("AB")])
    s = f"{num} {ch(STREET_NAMES)} {ch(STREET_SFX)}"
    if pr(0.06):
        s = f"{R.randint(10, 2200)} Route {R.randint(1, 140)}"
    if pr(0.22):
        s += ch([f", Apt {R.randint(1, 40)}{ch('ABCD')}", f" #{R.randint(1, 30)}", f", Unit {R.randint(1, 120)}",
                 f" Apt. {R.randint(1, 12)}"])
    return s


def state_zip():
    st = wch([(w, s) for s, w in STATES])
    lo, hi = ZIP_RANGES[st]
    z = "%05d" % R.randint(lo, hi)
    if pr(0.15):
        z += "-" + dig(4)
    return st, z


def g_addr(ctx, hint):
    s, t = street_str(), ch(TOWNS)
    st, z = state_zip()
    if hint == "ml":
        v = f"{s}\n{t}, {st} {z}"
    else:
        v = ch([f"{s}, {t}, {st} {z}", f"{s}, {t} {st} {z}", f"{s} {t} {st} {z}", f"{s}, {t}", f"{s}, {t}, {st}"])
    return [L("ADDRESS", v)]


def g_street(ctx, hint):
    v = street_str()
    while v.endswith("."):
        v = street_str()
    return [L("ADDRESS", v)]


def g_town(ctx, hint):
    return [L("ADDRESS", ch(TOWNS))]


def g_zip(ctx, hint):
    return [L("ADDRESS", state_zip()[1])]


def g_pobox(ctx, hint):
    b = ch(["PO Box ", "P.O. Box ", "POB ", "Post Office Box "]) + str(R.randint(2, 9999))
    if pr(0.6):
        st, z = state_zip()
        b += ch([f", {ch(TOWNS)}, {st} {z}", f", {ch(TOWNS)} {st} {z}"])
    return [L("ADDRESS", b)]


def luhn_complete(prefix, length):
    d = [int(c) for c in prefix] + [R.randrange(10) for _ in range(length - len(prefix) - 1)]
    for c in range(10):
        x = d + [c]
        s = 0
        for i, v in enumerate(reversed(x)):
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            s += v
        if s % 10 == 0:
            return "".join(map(str, x))


def g_cc(ctx, hint):
    k = R.randrange(4)
    if k == 2:
        n = luhn_complete(ch(["34", "37"]), 15)
        sep = ch([" ", "-", ""])
        v = sep.join([n[:4], n[4:10], n[10:]])
    else:
        n = luhn_complete(ch(["4", "51", "52", "53", "54", "55", "6011"]), 16)
        sep = ch([" ", "-", "", " "])
        v = sep.join([n[i:i + 4] for i in range(0, 16, 4)])
    if pr(0.06):
        ctx.tags.update(["fullwidth", "evasion"])
        v = fullwidth(v)
    return [L("CREDIT_CARD", v)]


def g_dob(ctx, hint):
    y, m, d = rand_ymd(1931, 2006)
    return [L("DATE", date_value(y, m, d, hint, 0.95))]


def g_dobold(ctx, hint):
    y, m, d = rand_ymd(1920, 1935)
    return [L("DATE", date_value(y, m, d, hint, 0.95))]


def next_date(ctx, attr, y0, y1, gap):
    """Dates of one kind in one message run forward in reading order (adm before d/c, start before end)."""
    last = getattr(ctx, attr, None)
    if last is None:
        y, m, d = rand_ymd(y0, y1)
        dt = datetime.date(y, m, d)
    else:
        dt = last + datetime.timedelta(days=R.randint(1, gap))
    setattr(ctx, attr, dt)
    return dt.year, dt.month, dt.day


def g_vdate(ctx, hint):
    y, m, d = next_date(ctx, "last_vdate", 2025, 2026, 12)
    return [L("DATE", date_value(y, m, d, hint, 0.35))]


ONES = "zero one two three four five six seven eight nine".split()


def spell_age(n):
    if n < 100:
        o = n - 90
        return "ninety" if o == 0 else "ninety" + ch(["-", " "]) + ONES[o]
    o = n - 100
    h = ch(["one hundred", "a hundred"])
    return h if o == 0 else h + ch([" and ", " "]) + ONES[o]


def g_age(ctx, hint):
    n = wch([(60, R.randint(90, 96)), (30, R.randint(97, 101)), (10, R.randint(102, 106))])
    if hint == "spelled" or pr(0.14):
        ctx.tags.add("evasion")
        return [L("AGE", spell_age(n))]
    return [L("AGE", str(n))]


GEN = {"dob": g_dob, "dobold": g_dobold, "vdate": g_vdate, "age": g_age,
       "phone": g_phone, "cell": g_phone, "fax": g_phone, "bphone": g_bphone, "bfax": g_bphone,
       "email": g_email, "bemail": g_bemail, "emaillink": g_emaillink, "bemaillink": g_bemaillink,
       "tellink": g_tellink, "ssn": g_ssn, "mrn": g_mrn, "hpid": g_hpid, "mbi": g_mbi, "mcaid": g_mcaid,
       "har": g_har, "gacct": g_gacct, "bank": g_bank, "dl": g_dl, "dea": g_dea, "slic": g_slic, "vin": g_vin,
       "plate": g_plate, "devsn": g_devsn, "udi": g_udi, "purl": g_purl, "purllink": g_purllink, "ip": g_ip,
       "ipsix": g_ipsix, "addr": g_addr, "street": g_street, "town": g_town, "zip": g_zip, "pobox": g_pobox,
       "cc": g_cc}


# ----------------------------------------------------------------------------- plain (hard-negative) generators
def t(ctx, *tags):
    ctx.tags.update(tags)


def p_mdate(ctx, hint):
    t(ctx, "calendar")
    y, m, d = next_date(ctx, "last_mdate", 2025, 2026, 20)
    if hint in LANGS:
        return lang_date(y, m, d, hint, year=pr(0.25))
    s = fmt_date(y, m, d, ch(NO_YEAR) if pr(0.68) else ch(WITH_YEAR))
    if pr(0.15):
        s = WD_SHORT[datetime.date(y, m, d).weekday()] + " " + s
    return s


def p_facaddr(ctx, hint):
    t(ctx, "facility-address", "zip-like")
    st, z = state_zip()
    s = f"{R.randint(1, 2999)} {ch(STREET_NAMES)} {ch(['Pkwy', 'Blvd', 'Ave', 'St', 'Drive', 'Plaza'])}"
    unit = ch([f", Suite {R.randint(100, 900)}", f", Bldg {ch('ABCDE')}", f", {R.randint(2, 9)}th floor", ""])
    return ch([f"{s}{unit}, {ch(TOWNS)}, {st} {z}", f"{s}{unit}, {ch(TOWNS)} {st} {z}"])


def p_fzip(ctx, hint):
    t(ctx, "zip-like")
    return state_zip()[1][:5]


def p_npi(ctx, hint):
    t(ctx, "npi")
    base = ch("12") + dig(8)
    # NPI check digit: Luhn over 80840 + first nine digits
    digits = [int(c) for c in "80840" + base]
    for c in range(10):
        x = digits + [c]
        s = 0
        for i, v in enumerate(reversed(x)):
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            s += v
        if s % 10 == 0:
            return base + str(c)


def p_ver(ctx, hint):
    t(ctx, "version")
    return ch([f"v{R.randint(2, 12)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
               f"build {R.randint(2023, 2026)}.{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(1, 30)}",
               f"{R.randint(1, 4)}.{R.randint(0, 30)}.{R.randint(0, 99)}", f"v{R.randint(1, 5)}.{R.randint(0, 9)}.0-rc{R.randint(1, 4)}",
               f"iOS {R.randint(16, 18)}.{R.randint(0, 6)}", f"{R.randint(8, 12)}.{R.randint(0, 9)}.{R.randint(0, 9)} (build {dign(4)})"])


def p_zoom(ctx, hint):
    t(ctx, "zoom")
    return ch([f"{dign(3)} {dig(4)} {dig(4)}", f"{dign(3)}-{dig(4)}-{dig(4)}", dign(11), f"{dign(3)} {dig(3)} {dig(4)}"])


def p_iurl(ctx, hint):
    t(ctx, "url-nonphi")
    dom = ch(ORGS)[1]
    k = hint or ch(["intranet", "board", "zoom", "public", "sharepoint"])
    return {"intranet": f"https://intranet.{dom}/{ch(['policies/travel', 'finance/expenses', 'hr/benefits', 'it/vpn-help', 'policies/visitors'])}",
            "board": f"https://board.{dom}/meetings/fy{R.randint(25, 27)}-q{R.randint(1, 4)}",
            "zoom": f"https://{dom.split('.')[0]}.zoom.us/j/{dign(11)}",
            "public": f"https://www.{dom}/{ch(['careers', 'locations', 'news', 'giving', 'find-a-doctor'])}",
            "sharepoint": f"https://{dom.split('.')[0]}.sharepoint.com/sites/{ch(['ExecTeam', 'BoardPrep', 'Finance'])}"}[k]


def p_agg(ctx, hint):
    t(ctx, "age-aggregate")
    return ch(["patients 90+", f"{R.randint(2, 9)} pts over 90", "the 90+ cohort", "residents aged 90 and older",
               "members over 90", "everyone 90 and up", "patients aged 90+"])


def p_money(ctx, hint):
    t(ctx, "money")
    return ch([f"${R.randint(1, 99)},{R.randint(0, 999):03d}", f"${R.randint(100, 999)}.{R.randint(0, 99):02d}",
               f"${R.randint(1, 9)}.{R.randint(1, 9)}M", f"${R.randint(12, 950)}k", f"€{R.randint(1, 9)}.{R.randint(100, 999)}",
               f"£{R.randint(40, 900)}", f"${R.randint(1, 60)},{R.randint(0, 999):03d}.00", f"${R.randint(20, 400)}"])


def p_ext(ctx, hint):
    t(ctx, "ext")
    return ch(["x" + dign(4), "ext. " + dign(4), "x" + dign(3), "ext " + dign(4)])


def p_ts(ctx, hint):
    m = getattr(ctx, "ts_min", None)
    m = R.randint(7 * 60, 17 * 60) if m is None else m + R.randint(1, 40)
    ctx.ts_min = m
    h, mi = divmod(m % (24 * 60), 60)
    return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM")


PLAIN = {
    "mdate": p_mdate,
    "time": lambda c, h: (t(c, "calendar"), ch(TIMES))[1],
    "wday": lambda c, h: (t(c, "calendar"), ch(WDAYS))[1],
    "relday": lambda c, h: ch(RELDAYS),
    "ord": lambda c, h: (t(c, "calendar"), "the %d%s" % ((lambda d: (d, sfx(d)))(R.randint(1, 28))))[1],
    "facaddr": p_facaddr, "fzip": p_fzip,
    "site": lambda c, h: ch(TOWNS),
    "state": lambda c, h: ch([s for s, _ in STATES]),
    "agesm": lambda c, h: (t(c, "age-under-90"), str(R.randint(80, 89) if h == "old" else R.randint(24, 74)))[1],
    "n": lambda c, h: str(R.randint(2, 40)),
    "money": p_money,
    "pct": lambda c, h: ch([f"{R.randint(2, 40)}%", f"{R.randint(1, 9)}.{R.randint(0, 9)}%"]),
    "ver": p_ver,
    "po": lambda c, h: (t(c, "po"), ch([f"PO {dign(10)}", f"PO#{dign(5)}", f"PO-{R.randint(2024, 2026)}-{dig(4)}", f"PO {dign(8)}", f"po #{dign(6)}"]))[1],
    "inv": lambda c, h: (t(c, "po"), ch([f"INV-{dign(5)}", f"#{dign(5)}", f"{let(2)}{dign(6)}", f"2025-{dig(5)}"]))[1],
    "ticket": lambda c, h: (t(c, "ticket"), ch([f"INC{dig(7)}", f"DEL-{dign(4)}", f"REQ{dig(7)}", f"CHG{dig(7)}",
                                                 f"HD-{dign(5)}", f"OPS-{dign(4)}", f"RITM{dig(7)}", f"PRIV-{dign(3)}"]))[1],
    "contract": lambda c, h: (t(c, "po"), ch([f"CTR-{dign(4)}", f"MSA-{dig(4)}", f"SOW #{R.randint(2, 40)}", f"C{dign(6)}"]))[1],
    "ccenter": lambda c, h: (t(c, "po"), ch([dign(4), f"{dign(4)}-{dig(3)}", f"CC{dign(4)}"]))[1],
    "job": lambda c, h: (t(c, "po"), dign(4))[1],
    "npi": p_npi,
    "cpt": lambda c, h: (t(c, "cpt"), ch(CPTS))[1],
    "icd": lambda c, h: (t(c, "icd"), ch(ICDS))[1],
    "zoom": p_zoom, "ext": p_ext, "agg": p_agg,
    "last": lambda c, h: (t(c, "last4"), dig(4))[1],
    "grp": lambda c, h: (t(c, "group-number"), ch(["00" + dig(5), f"GRP-{dign(5)}", dign(6), let(1) + dig(5)]))[1],
    "asset": lambda c, h: (t(c, "asset-tag"), ch([f"BH-{dig(6)}", f"AT-{dign(5)}", f"IT{dig(6)}"]))[1],
    "empid": lambda c, h: (t(c, "employee-id"), ch([f"E{dign(5)}", f"emp #{dig(6)}", f"{dign(6)}"]))[1],
    "iurl": p_iurl,
    "exp": lambda c, h: (t(c, "card-expiry"), ch([f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", f"{R.randint(1, 12)}/20{R.randint(26, 31)}"]))[1],
    "fy": lambda c, h: ch(["Q1", "Q2", "Q3", "Q4", "FY26", "FY2027", "FY27 Q2", "H2", "FY26 Q4", "Q3 FY27"]),
    "yr": lambda c, h: str(R.randint(2027, 2030) if h == "future" else R.randint(2016, 2025)),
    "q": lambda c, h: str(R.randint(1, 4)),
    "org": lambda c, h: ch(ORGS)[0],
    "vendor": lambda c, h: ch(VENDORS)[0],
    "payer": lambda c, h: ch(PAYERS),
    "hotel": lambda c, h: ch(HOTELS),
    "bcity": lambda c, h: ch(BCITIES),
    "airport": lambda c, h: ch(AIRPORTS),
    "flight": lambda c, h: ch(["DL", "B6", "UA", "AA", "WN", "AS", "AC", "BA", "TP"]) + ch([" ", ""]) + str(R.randint(12, 2899)),
    "conf": lambda c, h: let(6, UP + "23456789"),
    "unit": lambda c, h: ch(UNITS), "room": lambda c, h: ch(ROOMS), "dept": lambda c, h: ch(DEPTS),
    "proc": lambda c, h: ch(PROCS), "procn": lambda c, h: ch(PROCS_BARE), "dx": lambda c, h: ch(DXS), "drug": lambda c, h: ch(DRUGS),
    "dur": lambda c, h: (t(c, "duration"), ch(["90-day", "30-day", "60-day", "90 day", "ninety-day"]))[1],
    "mention": lambda c, h: "<@U0" + let(8, UP + "0123456789") + ">",
    "bot": lambda c, h: ch(BOTS),
    "ts": p_ts,
    "routing": lambda c, h: (t(c, "routing"), aba())[1],
    "gate": lambda c, h: dig(4),
    "hh": lambda c, h: str(R.randint(1, 7)),
    "title": lambda c, h: ch(TITLES),
    "pct2": lambda c, h: f"{R.randint(2, 40)}%",
}


# ----------------------------------------------------------------------------- templates
# "KIND :: tags :: text"; KIND P = has PHI, C = clean.  "\n" in text is a newline.
TEMPLATES = r"""
P :: calendar :: Move my {time} with {exec} to {mdate}. I need to be at {org} for my {pt_kin} {pt}'s {procn} on {vdate}.
P :: calendar :: can u clear {wday} afternoon? my {pt_kin} {pt_first} has {proc} {vdate:noyear} and im driving {pt_obj}
P :: vip escalation :: Heads up: {vip} (board) came through the ED overnight and is now on {unit}. Keep {vip_pos} name off the {mdate} huddle deck and loop in {exec} only.
P :: vip :: {exec_first}, our trustee {vip} was admitted {vdate} with {dx}. {vip_Pos} {rel_kin} {rel} asked that we not send flowers. Can you draft a short note from me instead?
P :: records :: Please send {pt}'s records (MRN {mrn}, DOB {dob}) to the outside cardiologist, fax {fax}. Request is ticket {ticket}.
P :: referral :: Dr. {dr_last} wants to refer {pt_hon}, {age}, to the memory clinic. {pt_Pos} {rel_kin} {rel} is the contact: {cell}.
P :: complaint :: {rel} called the CEO line again about {pt}'s bill, guarantor acct {gacct}. Wants a callback at {phone} before {relday}.
P :: escalation :: From the {site} nursing sup: {pt_hon} ({age} y/o) fell on {vdate} in the main lobby. Risk is drafting the report; you may hear from {rel}, {pt_pos} POA.
P :: employee-health :: Employee health case: {eh} in {dept} had a needlestick {vdate}. Please hand {eh_pos} {mdate} presentation to {exec} and don't say why.
P :: employee-health :: {exec_first}, quick one: {eh_first} from payroll starts medical leave {vdate} (surgery). Can you reassign {eh_pos} approvals to {exec2} until {eh_sub}'s back?
P :: structured :: Bot, add to the intake note: {pt}, DOB {dob}, SSN {ssn}, member ID {hpid} ({payer}).
P :: structured :: ins card for {pt_first}: {payer}, member {hpid}, group {grp}. (group # is the employer's, not {pt_pos})
P :: structured :: Medicare MBI for {pt} is {mbi}; front desk keyed it wrong on this week's claim batch.
P :: money :: Refund for {pt} goes to hospital acct {har}, not the old guarantor acct. {money}. PO {po} is unrelated, ignore it.
P :: credentialing :: Credentialing packet for Dr. {cand} is missing the state license ({slic}) and DEA ({dea}). NPI {npi} checks out. MSO needs it by {mdate}.
P :: credentialing :: New hire {cand} (PA-C): license # {slic}, DL {dl} for the background check, SSN {ssn}. HR wants it {relday}.
P :: travel :: Book garage parking at {site} for my car, plate {plate}, {mdate} through {mdate2}.
P :: travel :: Lost the valet stub. Rental VIN is {vin}. Can you call {vendor} at {bphone}?
P :: money :: Expense the {hotel} stay on my corporate card {cc} (exp {exp}), cost center {ccenter}.
P :: money :: Reimburse to my personal checking: acct {bank}, routing {routing}. {money} total.
P :: business-contact :: Set up a call with {vend} from {vendor}: {bphone}, {bemail}. Anytime {wday} after {time}.
P :: business-contact slack-markup :: Vendor contact for the RFP is {vend} {bemaillink}, cc {exec_email}.
P :: it :: {exec} can't get on VPN from home, IP {ip}. Opened {ticket}.
P :: vip :: VIP arriving {vdate}: {vip}, MRN {mrn}, direct admit to {unit}. Security escort from the {site} entrance. Not in the general channel please.
P :: device :: {pt}'s pacemaker (serial {devsn}) is on the recall list; {dr_hon} wants the family called at {phone}.
P :: device :: The CGM for {pt_first} keeps dropping, transmitter SN {devsn}. Vendor ticket {ticket}.
P :: url :: Here's the telehealth link for {pt_first}: {purl}
P :: url :: {rel} set up an update page for {pt}: {purl} can you share it with {exec}?
P :: age address :: My {pt_elder} turns {age} next week. Order flowers to {pt_obj} at {addr}, card from me and {exec_first}.
P :: age address :: Can you send flowers to my {pt_elder} at {addr}? {pt_Sub}'s {age} and just got home from {org}.
P :: address :: {pt} lives in {town} and can't get to our {site} clinic; can transport pick up at {street}?
P :: :: Draft a condolence card to {rel} at {addr}. {pt_first} passed on {vdate}. Sign from me and {exec}.
P :: lowercase :: pls call {rel_first} back re {pt_first}'s discharge {vdate:noyear}, # is {phone}
P :: records :: Records request from an attorney for {pt_inv}, DOB {dob}, MR# {mrn}. Route to HIM, not me.
P :: :: The patient in {room} is {pt_nick}; {pt_pos} {rel_kin} {rel} wants "whoever's in charge." Can you find {exec} 10 minutes?
P :: escalation :: Escalation: {pt} waited 9 hours in the ED on {vdate}; {pt_pos} {rel_kin} {rel} posted about it. Comms wants a holding statement by {time}.
P :: calendar date :: Re the {fy} budget: my {pt_par}'s colonoscopy moved to {vdate}, so I'll miss the {mdate} finance committee.
P :: date :: I have my own cardiology f/u on {vdate} at {time}. Block it as "personal" and move the ops review to {mdate}.
P :: employee-health :: Employee health: {eh} tested positive {vdate} and is out through {relday}. {eh_Pos} cell is {cell} if you need coverage details.
P :: slack-markup :: {mention} can you ping {rel} at {tellink}? re {pt_first}
P :: vip :: Our donor {vip} (chair of the {donor_last} gala) is on {unit} after a fall {vdate}. Keep it quiet; {exec} will visit.
P :: :: HR says {cand}'s SSN on the I-9 is {ssn}, but payroll has {ssn2}. Which one is right?
P :: evasion :: {rel}'s number is {phone:spelled}, {pt_first}'s {rel_kin}
P :: vip :: The mayor's office called: {vip} will be admitted {vdate} for {proc}. Security wants a plan; planning huddle {mdate} {time}.
P :: :: Find a hotel near {org} for {rel}, whose {pt_par} {pt} is in the ICU. Put it on my card {cc}.
P :: hipaa :: Reminder: no PHI in this channel (yes, that includes "{pt}, MRN {mrn}" like someone posted {relday}).
P :: date :: Thread re {pt}: {rel} (POA) says discharge is {vdate}, not {vdate2}. Which date goes in the letter?
P :: age address :: {pt}, {age}, widowed, lives alone in {town}. SW needs a ride plan for {pt_pos} appt {vdate}.
P :: email :: Draft an email to {rel_email}: "Dear {rel_hon}, thank you for your patience about {pt_first}'s care..."
P :: :: Pls add {rel} ({rel_email}) to the family update list for {pt}.
P :: complaint :: Complaint from {pt} ({phone}): billed twice for the {vdate} visit, acct {har}. Wants an apology from {exec}.
P :: complaint :: Patient relations log\n- caller: {rel}\n- re: {pt}, DOB {dob}\n- callback: {phone}\n- issue: parking validation, wants {exec} to call
P :: structured :: bot pls redact before fwd (patient): {pt} / {ssn} / {dl}
P :: it :: Portal login for {pt} flagged from {ip} and {ip2} within an hour. Security ticket {ticket}.
P :: :: Security: car with plate {plate} has been in the ED bay since {time}. Belongs to {vis}, who's visiting {pt}.
P :: date :: f/u due {vdate} for {pt}. Can the {dept} office confirm before the {mdate} staff meeting?
P :: japanese :: 入院中の{pt}さんのご家族から電話がありました。折り返しは{phone:fw}までお願いします。
P :: spanish :: ¿Puedes devolverle la llamada a {rel}? Es {rel_kin:es} de {pt}, paciente en {unit}. Tel. {phone}
P :: french :: Peux-tu rappeler {rel} au {phone:fr} ? C'est au sujet de {pt_hon:fr}, né(e) le {dob:fr}.
P :: portuguese :: A família do paciente {pt} ligou de novo: telefone {phone}, data de nascimento {dob:eu}. Pode avisar {exec}?
P :: chinese :: 请帮我把和{exec}的会议改到{mdate:zh}。另外{pt}（病历号{mrn}）的家属在等回电：{phone}
P :: tagalog :: Paki-reschedule yung 1:1 ko kay {exec} sa {mdate}. Tsaka si {pt:F}, yung lola ni {rel_first}, naka-admit sa {unit} since {vdate}.
P :: vietnamese :: Nhờ bạn gọi lại cho {rel} số {phone}, về bệnh nhân {pt}, ngày sinh {dob}.
P :: german :: Bitte Rückruf an {rel}, Tel. {phone:de}. Es geht um die Entlassung von {pt} am {vdate:de}.
P :: creole :: Tanpri rele {rel} nan {phone}, se pitit {pt} ki nan {unit}. Li vle pale ak {exec}.
P :: russian :: Пожалуйста, перезвоните {rel} по номеру {phone}: насчёт пациента {pt} ({room}).
P :: korean :: {exec}님과의 회의를 {mdate:ko}로 옮겨 주세요. 그리고 {pt} 환자 보호자 연락처: {phone}
P :: vip :: 🚨 {vip} just came into ED triage by ambulance. {exec_first} wants hourly updates. MRN {mrn} 🙏
P :: typo :: can you resechdule my 2pm? my {pt_spouse} {pt_first} is getting {proc} on {vdate:noyear} and i need to drive
P :: :: {exec_first}, {vis} keeps showing up after hours to visit {pt} in {room}; nursing wants {exec} to sign a visitor exception.
P :: :: {rel} is the court-appointed guardian for {pt}. Route the consent to {rel_obj}, not to {exec}.
P :: :: Set a reminder: {pt_first}'s {procn} is {vdate}. Call {rel_first} the night before at {cell}.
P :: lowercase vip :: ok so {vip_first} from the board is actually IN the hospital. {unit}. dont tell anyone yet
P :: records :: Subpoena for records: {pt_inv} (MRN {mrn}; DOS {vdate}–{vdate2}). Legal has it, FYI only.
P :: address :: {pt} was seen {vdate} and wants an itemized bill, HAR {har}. Mailing address on file: {addr}.
P :: money :: Write-off request over your threshold: {pt}, patient acct {har}, balance {money}. Approve?
P :: :: Can you check if policy #{hpid} for {pt_first} is active? {payer} says the subscriber is {rel}.
P :: employee-health :: FYI {eh} on the C-suite team is having surgery {vdate}; {eh_sub} asked me to tell only you. Can {exec} cover {eh_pos} board prep?
P :: :: {pt}, {rel}'s {pt_spouse}, is on {unit}. {rel_first} will be offline through {relday}; please move {rel_pos} 1:1s with {exec}.
P :: :: Driver's license for the shuttle driver audit: {dl} ({cand}).
P :: :: Our main line is {bphone}; put that on the board letter, not my cell ({cell}).
P :: business-contact :: {vendor} support: {bphone} option 3. Account rep is {vend}, {bemail}.
P :: business-contact :: {exec} asked for {vend}'s cell for the {mdate} site visit: {bphone}
P :: vip :: Board packet for {mdate}: nothing about {vip}'s admission. If anyone asks, {exec} handles it.
P :: :: ssn for the W-9 (the 1099 consultant, {cand}) is {ssn:spelled}
P :: :: email {rel_first} at {rel_email} about {pt_first}'s discharge packet
P :: :: sorry, {pt_first}'s {rel_kin} again: {rel_first} wants to know if the {vdate} MRI can move up. Cell {cell}.
P :: referral :: New referral via the {vendor} portal: {pt}, {age}, from {town}. Callback {phone}.
P :: date :: {pt}: adm {vdate}, d/c {vdate2}, readmit {vdate3}. The 30-day readmit review is {mdate}.
P :: escalation :: Pull the incident report for the fall on {vdate} ({pt_hon}, {room}). Risk meeting is {mdate}.
P :: structured :: {pt} | {dob} | {mrn} | {unit} | {dx}
P :: address :: {rel} from {town} keeps emailing me directly ({rel_email}). {rel_Sub} is {pt}'s POA. Who owns this?
P :: age :: {pt_hon} in {room} is {age} today! Can we get a card signed by {exec}?
P :: age :: The patient {pt} turns {age:spelled} next week; PR wants a photo. Ask {rel} for consent ({phone}).
P :: vip :: Our CFO {eh} is at {org}. {eh_Sub}'s okay, chest pain, admitted {vdate}. Push the {fy} forecast review.
P :: slack-markup :: *{pt}* | MRN `{mrn}` | DOB `{dob}` | on the list for tumor board
P :: :: Lost & found: wallet with DL {dl} and card {cc} turned in at the {site} ED. Owner is the patient {pt}.
P :: age :: Cancel my {time}. Taking my {pt_elder} to {pt_pos} appt {vdate}; {pt_sub}'s {age} and doesn't drive anymore.
P :: url slack-markup :: Send {rel_first} the discharge instructions link for {pt_first}: {purllink}
P :: address :: Foundation mailing-list fix for the grateful-patient appeal: {pt}, {addr}, {phone} (discharged {vdate}).
P :: :: Grateful patient {pt} wants to give after {pt_pos} stay ({vdate}). {exec} will call {pt_obj} at {phone}.
P :: money :: Direct deposit change for {cand}: acct {bank}, routing {routing}. Verify by phone at {cell} before processing.
P :: typo :: cna you fax teh consent to {fax}? its for {pt_first} {vdate:noyear} surgery
P :: address :: Home health referral: {pt}, {addr}. Gate code {gate}, dog in the yard.
P :: address :: Statements for {pt} should go to {pobox}, not the street address.
P :: address :: Is {zip} inside the home-visit radius? It's for {pt_first}, the new hospice referral.
P :: it :: Privacy audit: {pt}'s portal was opened from {ipsix} by a non-workforce device.
P :: :: Ambulance bay cam shows plate {plate}, that's {rel}'s car ({pt}'s {rel_kin}). Tow or leave it?
P :: vip :: heads-up, the patient in {room} is {vip}, former {bcity} city councilor. Press may call. MRN {mrn}.
P :: hipaa escalation :: Someone posted {pt}'s DOB ({dob}) in #general. Delete it and open a privacy ticket? ({ticket})
P :: age :: 🎂 {pt_hon} on {unit} turns {age} tomorrow! Can the {dept} team sign a card?
P :: address :: {pt} no-showed {vdate} and {vdate2}. {pt_Sub} lives at {addr}; home visit?
P :: employee-health :: {eh} in IT (lead on the {ver} upgrade) is on FMLA after a stroke {vdate}. Reassign {eh_pos} tickets to {exec}?
P :: :: Need a letter confirming {pt} was inpatient {vdate}–{vdate2}, for {pt_pos} employer. Send it to {email}.
P :: calendar :: Hold {mdate} {time} for {exec}: meet {rel} ({pt}'s {rel_kin}) about care concerns, Boardroom B.
P :: bot-reply :: Done ✅ Moved your 1:1 with {exec} to {mdate} {time}. Also logged {rel}'s callback request ({phone}) re {pt_first}.
P :: bot-reply :: Here's what I found for {pt}: MRN {mrn}, last visit {vdate}, PCP {dr_hon}. Want me to draft the note?
P :: bot-reply :: Drafted. Note: the form you pasted includes {pt_first}'s SSN ({ssn}); I left it out of the email.
P :: bot-reply :: I couldn't verify member ID {hpid} with {payer}. Should I call the number on the card, {bphone}?
P :: bot-reply :: Good morning. Per your request, the car service will collect {pt_hon} from {addr} on {vdate} at {time} for {pt_pos} {procn} at {org}. Confirmation {conf}.
P :: bot-reply :: Your flight {flight} is confirmed for {mdate}. Reminder: {pt_first}'s {procn} is {vdate}, so I blocked that morning.
P :: assistant :: ok done. fyi {rel_first} called again, said {pt_first} is being moved to {unit} tonight. {rel_pos} # {cell}
P :: assistant :: Sent! btw the lab fax for {pt}'s results is {fax}, not the one in the email.
P :: credentialing :: Dr. {cand_last}'s DEA {dea} expires {mdate}; renewal is on {cand_obj}. State license {slic} is good through {yr:future}.
P :: credentialing :: Can you confirm the RN license for {cand}? {slic}. Hiring manager is {exec}.
P :: :: Fleet: the courier van, VIN {vin}, was towed from the {site} lot; {exec} wants it added to the {vendor} lease.
P :: it :: Board member {board} can't reach the board portal from {ip}; send it to {vendor} support.
P :: money :: Corporate Amex {cc} got declined at {hotel}. Call {vendor} at {bphone}?
P :: device :: Hearing aid serial {devsn} for {pt_hon} was left in {room}; {rel} is coming to pick it up.
P :: device :: Pump UDI {udi}: is that one in the FDA notice? Patient is {pt}.
P :: url :: The portal link for {pt_first} still shows the old address: {purl}
P :: it :: {pt} (a patient) says {pt_sub} got a phishing email spoofing our portal; headers show {ip}.
P :: structured :: Guarantor: {rel} | acct {gacct} | patient: {pt} | balance {money}
P :: employee-health :: {eh_first} in {dept} asked me to keep it quiet: chemo starts {vdate}. Can you make {eh_pos} schedule remote-first?
P :: vip :: Please set up a visit for {exec} to see {vip} on {unit} tomorrow. Flowers from the board, not the foundation.
P :: age :: {agg} on {unit}: 4 this week. Separately, {pt} ({age}) wants to see {exec} personally.
P :: date :: Remind me on {mdate} to check on {pt}; {pt_pos} biopsy was {vdate}.
P :: date :: Put my MRI on {vdate} at 7:40 on the calendar as "offsite" please, and push the {vendor} call.
P :: structured :: my insurance is {payer}, member {hpid}. Need it for my own appt at {org} on {vdate}.
P :: :: Visitor log question: {vis} signed in to see {pt} at {time} and again at midnight. Security wants {exec}'s ok.
P :: shorthand :: pt {pt} dob {dob} mrn {mrn}. fam wants call fr {exec} re d/c plan
P :: :: SSN on {pt_first}'s charity care app: {ssn:zw}
P :: :: MRN {mrn:fw}: can you pull the face sheet for {exec}?
P :: :: call {rel_first} at {phone:spaced} (that's {pt_first}'s {rel_kin})
P :: :: her MRN is {mrn:spaced}, name is {pt:F}. the {dept} folks can't find her chart
P :: :: {pt_nick} in {room} keeps asking for {exec} by name. Can you stop by after the {time}?
P :: spanglish :: Can you llamar a {rel}? Está esperando en el lobby, su {pt_kin:es} {pt} sale de cirugía a las {time}.
P :: teams :: **Urgent**: {vip} ({title} at {vendor}) is in our ED. {exec} is the point person. MRN {mrn}.
P :: multiline :: From: {rel} <{rel_email}>\nSubject: my {pt_par}\n\nPlease call me about {pt_first}. {phone}
P :: slack-markup :: <@U0{gate}XQ> pls add {rel} {emaillink} to the {pt_first} family thread
P :: money :: Charity care approved for {pt}: HAR {har}, {money} adjusted. {exec} signed {relday}.
P :: :: FYI the bereavement letter for the {pt_last} family goes to {addr}. {pt_first} died {vdate}.
P :: structured :: Medicaid ID {mcaid} for {pt}; the {payer} card shows member {hpid}.
P :: escalation :: {pt_hon}'s {rel_kin} {rel} is threatening to go to the press about the {vdate} discharge. Get {exec} and {exec2} on a call {relday}.
C :: calendar :: Move my {time} with {exec} to {mdate}.
C :: calendar :: push the ops review to {wday} {time}; {exec} can't make {mdate}.
C :: travel :: Book me on {flight} to {bcity} on {mdate}, aisle, and a room at {hotel}.
C :: money :: Expense the {money} dinner at {hotel}. Card ending {last}, exp {exp}.
C :: po :: Is {po} approved? {vendor} is asking and invoice {inv} is past due.
C :: ticket :: Can you chase {ticket}? My second monitor is dead again.
C :: version :: Epic upgrade to {ver} is on {mdate}; downtime starts {time}.
C :: npi :: Dr. {cand} starts {mdate}. NPI {npi} is verified; credentialing committee meets {wday}.
C :: cpt :: Denials for CPT {cpt} are up {pct} this quarter. Ask {exec} for the {fy} trend.
C :: icd :: Coding audit on {icd} and {icd2}: {n} charts sampled, results due {mdate}.
C :: :: Falls among {agg} up {pct} on {unit}; {exec} wants it in the {fy} quality slide.
C :: :: we had {agg} on {unit} last week. staffing ask for {exec}
C :: :: Board retreat is at {facaddr}, {mdate} {time}.
C :: mrn-topic :: Legacy system uses 10-digit MRNs; the merge project with {vendor} kicks off {mdate}.
C :: ssn-topic :: Reminder: we removed SSN from the intake form in {yr}. Legal wants to confirm in the {fy} audit.
C :: :: Call me at {ext} or grab me after the {time}.
C :: :: Zoom for the vendor call: {iurl:zoom} (meeting ID {zoom})
C :: hipaa :: HIPAA training due {mdate} for all directors. {exec} has {n} people overdue.
C :: :: Draft a thank-you to {board} for chairing the {fy} gala. cc {exec}.
C :: hiring :: Finalists for the {dept} director role: {cand}, {cand2}, {cand3}. Panel on {mdate}.
C :: lowercase :: can u move {exec_first} and me to {wday}? 30 min is fine
C :: money :: did the {money} from the {donor_last} Family Foundation clear? they want a call w/ {exec} before {fy} close
C :: :: Our new {site} clinic is at {facaddr}. {dept} moves in {mdate}.
C :: :: {exec} is {agesm} and retiring in {fy}; can you start planning a send-off?
C :: version :: App {ver} broke SSO for the {dept} team; rollback is {ticket}.
C :: po :: Cost center {ccenter} is over by {money}; move the {vendor} contract ({contract}) to {fy}.
C :: calendar :: Decline the {mdate} invite from {vendor}. Suggest {mdate2} {time} instead.
C :: travel :: My flight {flight} lands {time}; car service to {hotel}, conf {conf}.
C :: :: Upload the {fy} strategic plan v{n} to the board portal ({iurl:board}) by {mdate}.
C :: email :: Draft a reply to {vend} at {vendor}: we're pausing the pilot until {fy}. Friendly but firm.
C :: :: {exec} and {exec2} both want the {time} slot on {mdate}. Give it to {exec_first}.
C :: :: Patient in {room} needs a sitter tonight; staffing office is on it.
C :: :: The {agesm:old}-year-old in {room} needs a sitter tonight; no names here, {exec} has the details in Epic.
C :: :: ED boarding update: {n} admits waiting, oldest is {agesm:old}, youngest {agesm}. {exec} wants it in the {time} huddle.
C :: :: Family meeting for the patient in {room} (an {agesm:old}yo on {unit}) moved to {mdate} {time}; {dr_hon} will lead.
C :: :: {n} beds closed on {unit} for painting through {mdate}.
C :: multiline :: Agenda for {mdate}:\n1. {fy} budget\n2. {dept} staffing\n3. {vendor} renewal ({contract})
C :: money :: Approve {money} for the {dept} holiday party? Venue is {facaddr}.
C :: :: Market growth around our {site} clinic (ZIP {fzip}) is flat; {exec} wants the map by {mdate}.
C :: po :: Print job {job} for the board books is stuck; need {n} copies by {time}.
C :: ticket :: {ticket}: badge reader at the {site} entrance is down again.
C :: calendar :: can we do {wday} {ord}? {exec} said {time} works
C :: :: 🎉 {exec} closed the {vendor} deal! {money} saved over 3 yrs. drinks {wday}?
C :: typo :: pls reschedual my meeitng with {exec} to {mdate} thx
C :: :: Badge reprint for {exec}, employee ID {empid}.
C :: :: {payer} group # {grp} renews {mdate}; broker is {vend} at {vendor}.
C :: :: New travel policy effective {mdate}; see {iurl:intranet}.
C :: :: Laptop asset tag {asset} goes to {exec}; image it with {ver}.
C :: :: Board demographics: average age {agesm}, oldest {agesm2:old}. Nominating committee meets {mdate}.
C :: spanish :: ¿Puedes mover mi reunión con {exec} al {mdate:es}? Gracias.
C :: french :: Merci de décaler le point avec {exec} au {mdate:fr}, {time}.
C :: german :: Kannst du das Meeting mit {exec} auf den {mdate:de} verschieben?
C :: chinese :: 请把我和{exec}的会议改到{mdate:zh}下午。
C :: portuguese :: Pode remarcar a reunião com {exec} para {mdate:eu}? Obrigado!
C :: tagalog :: Paki-book ako ng flight papuntang {bcity} sa {mdate}, mga {time}.
C :: korean :: {exec}님과의 회의를 {mdate:ko}로 옮겨 주세요.
C :: vietnamese :: Nhờ bạn dời cuộc họp với {exec} sang {mdate}.
C :: japanese :: {exec}さんとの打ち合わせを{mdate:ja}に変更してください。
C :: npi :: Enroll Dr. {cand} with {payer}: NPI {npi}, taxonomy 207R00000X, start {mdate}.
C :: :: The {vendor} agent {ver} needs a restart on the {site} file server. {ticket}.
C :: money :: Wire {money} to {vendor} for invoice {inv} (contract {contract}).
C :: slack-markup :: {mention} can you grab {time} on {mdate} for {exec} + me? *30 min* is fine.
C :: :: Reminder for the {mdate} VIP-handling training: no patient names in Slack, ever.
C :: :: Board prep: {board} asked for the {fy} capital list, {n} slides max. Due {mdate}.
C :: hiring :: Offer letter for {cand} ({dept}): base {money}, start {mdate}. HR ticket {ticket}.
C :: :: {dr_hon} is covering for {dr2_hon} on {unit} this weekend; {exec} approved.
C :: calendar :: Recurring 1:1 with {exec}: every other {wday}, starting {mdate}, ending {mdate2}.
C :: lowercase :: hey can u find a lunch spot near {facaddr} for {n} ppl
C :: :: {dur} readmission rate is {pct}; {exec} wants a {fy} target.
C :: :: Census {n} today, {n2} boarders in the ED, {n3} discharges before noon.
C :: money :: Raise the corporate card limit for {exec} to {money}? Card ending {last}.
C :: :: {vendor} rep {vend} will be on site {mdate} at {facaddr}; visitor badge please.
C :: :: Redline the {vendor} BAA ({contract}) and send to legal by {relday}.
C :: :: Reminder: callers can verify with the last 4 of the SSN only ({last}), never the full number.
C :: mrn-topic :: why does the {dept} report show MRNs as 8 digits? {ticket}
C :: calendar :: Hold {mdate} to {mdate2} for the {bcity} conference; registration is {money}.
C :: travel :: Need a car from {airport} at {time} on {mdate}. Flight {flight}.
C :: :: Front desk at the {site} clinic is {ext}; IT is {ext2}.
C :: calendar :: All-hands moved to {mdate} {time} in the {site} auditorium.
C :: :: Send {exec} the {fy} board minutes (draft {n}), the ones from {mdate}.
C :: money :: Reimburse {exec} {money} for mileage, {n} miles at the {yr} rate.
C :: calendar :: ✈️ back {mdate}, ping {exec} if anything's urgent
C :: :: Patient complaint volume doubled in {fy}; {exec} wants a deep dive by {mdate}.
C :: hiring :: Background check vendor {vendor} needs a new MSA; {n} candidates are waiting.
C :: it :: Wi-Fi in the {site} boardroom is down again ({ticket}); use the guest SSID.
C :: :: Decline. I'm at the {org} leadership offsite {mdate}.
C :: :: Print the {dept} org chart for {exec}, {n} copies, color.
C :: icd :: The payer bounced {icd} claims again; {exec} wants a call with {payer} {wday}.
C :: :: Policy 4.{n} (visitor hours) is effective {mdate}; post it on {iurl:intranet}.
C :: :: {exec} approved {n} days PTO for {cand} starting {mdate}.
C :: hipaa :: Privacy office: {n} misdirected faxes in {fy}; refresher training {mdate}.
C :: shorthand :: fyi eod {wday}: {dept} numbers, {vendor} redlines, {exec} bio for board book
C :: :: {board} wants to move the audit committee to {mdate}; {board2} can only do {time}.
C :: travel :: Hotel for {bcity}: {hotel}, {mdate} to {mdate2}, king, late checkout. Card ending {last}.
C :: formal :: Dear Assistant, kindly arrange a meeting with {exec}, {exec2} and {vend} of {vendor} during the week of {mdate}. Regards.
C :: :: Congrats to {exec} on the {dept} award! Draft a shoutout for {wday}'s newsletter.
C :: :: Board call: meeting ID {zoom}, passcode {gate}. {board} will dial in late.
C :: :: Mail the signed contract to our {site} office, {facaddr}.
C :: :: The candidate for the {dept} role is {agesm} and fine with travel; {exec} wants to move fast.
C :: :: Pharmacy says the {drug} shortage runs through {fy}; {exec} wants substitution guidance.
C :: :: {n} flu admissions this week. Mask policy draft to {exec} by {relday}.
C :: :: {exec_first}, the {org} board approved the {bcity} expansion. Press release embargoed till {mdate} {time}.
C :: :: Tell {vend} the {vendor} SOW needs a cap of {money} and a {dur} termination clause.
C :: bot-reply :: Done ✅ Your {time} with {exec} is now {mdate}. I also sent {board} the pre-read.
C :: bot-reply :: I found 3 options for {bcity} on {mdate}: {flight}, {flight2}, {flight3}. Want the earliest?
C :: bot-reply :: Expense report {inv} submitted: {money}, cost center {ccenter}. {exec} is the approver.
C :: assistant :: ok! moved {exec_first} to {wday}, and the {vendor} call is now {time}. anything else?
C :: :: {exec} wants the room count for the {org} retreat: {n} kings, {n2} doubles, {mdate} to {mdate2}.
C :: :: Quick q: is the {dept} director search still at {n} candidates, or did {cand} drop out?
C :: teams :: **Action needed**: sign the {vendor} renewal ({contract}) before {mdate}. {exec} already approved.
C :: :: Can you pull the {cpt} volume for the {site} clinic vs. {site2}, {fy} vs. last year?
C :: :: Our {n} pts over 90 in the SNF pilot did well; {exec} wants the outcomes slide for {mdate}.
C :: :: Parking garage at {facaddr} closes at {time} during the event; tell {board}.
C :: hipaa :: Reminder: MRNs and DOBs never go in Slack. Use secure chat; the app is on {ver} now.
C :: :: The {vendor} SOC 2 report is on {iurl:sharepoint}; {exec} needs it before the {mdate} security review.
C :: it :: Our public site {iurl:public} is down; {vendor} says it's DNS. {ticket}.
C :: :: Policy: anyone turning {agesm} this year gets the extra PTO day. {exec} asked me to confirm with HR.
C :: :: Time-off calendar: {exec} out {mdate}, {exec2} out {mdate2}, I'm out {wday}.
C :: :: Renew the DEA registration process doc for the {dept} team; due {mdate}. (No numbers in here please.)
C :: russian :: Перенеси, пожалуйста, встречу с {exec} на {mdate}, {time}.
C :: creole :: Tanpri deplase randevou mwen ak {exec} pou {mdate}.
C :: arabic :: من فضلك انقل اجتماعي مع {exec} إلى {mdate} الساعة {time}.
"""


def parse_templates(txt):
    out = []
    for line in txt.strip("\n").split("\n"):
        if not line.strip():
            continue
        kind, tags, text = line.split("::", 2)
        out.append((kind.strip(), tags.split(), text.strip().replace("\\n", "\n")))
    return out


# ----------------------------------------------------------------------------- structured frames
def f_form_phi(ctx):
    sep = ch([": ", ":\t", " - ", ": ", " = "])
    kind = R.randrange(7)
    if kind == 0:
        head, tags = ch(["REFERRAL FORM", "Fwd referral (pasted):", "--- referral from Dr. {dr_last}'s office ---", "Referral"]), ["referral"]
        rows = [(ch(["Patient", "Pt Name", "Name", "Patient name"]), "{pt}"), (ch(["DOB", "Date of Birth", "D.O.B."]), "{dob}"),
                ("Sex", "{pt_sex}"), (ch(["MRN", "MR#", "Chart #", "Med Rec #"]), "{mrn}"),
                (ch(["Phone", "Home phone", "Cell"]), "{phone" + ("" if pr(0.7) else ":nl") + "}"),
                ("Address", "{addr" + ("" if pr(0.7) else ":ml") + "}"), ("Insurance", "{payer}"),
                (ch(["Member ID", "Subscriber #", "Policy no."]), "{hpid}"), ("Group #", "{grp}"),
                ("Referring provider", "Dr. {dr}"), ("NPI", "{npi}"), ("Dx", "{icd} {dx}"),
                ("Reason", ch(["eval for surgery", "second opinion", "memory clinic", "cardiology consult"]))]
    elif kind == 1:
        head, tags = ch(["Release of information request", "ROI form:", "Records request (fax cover pasted)"]), ["records"]
        rows = [("Patient", "{pt_inv}"), ("DOB", "{dob}"), ("MRN", "{mrn}"), ("Requestor", "{rel} ({rel_kin})"),
                ("Send to", ch(["{email}", "{fax}", "{addr}"])), ("Dates of service", "{vdate} to {vdate2}"),
                ("Purpose", ch(["continuity of care", "legal", "personal", "insurance"]))]
    elif kind == 2:
        head, tags = ch(["Incident report draft", "SAFETY EVENT", "Event report (pasted from the portal)"]), ["escalation"]
        rows = [("Patient", "{pt}"), ("Date of event", "{vdate}"), ("Age", ch(["{age}", "{agesm}"])), ("Location", "{room}"),
                ("Event", ch(["unwitnessed fall", "wrong diet tray", "IV infiltration", "elopement attempt"])),
                ("Witness", "{exec} (RN)"), ("Reported by", "{exec2}"), ("Ticket", "{ticket}")]
    elif kind == 3:
        head, tags = ch(["Employee health intake", "EH case form", "Occ health referral"]), ["employee-health"]
        rows = [("Employee", "{eh}"), ("Dept", "{dept}"), ("Employee ID", "{empid}"), ("Exposure date", "{vdate}"),
                ("Cell", "{cell}"), ("Home address", "{addr}"), ("Supervisor", "{exec}")]
    elif kind == 4:
        head, tags = ch(["VIP registration", "VIP / confidential admit", "Confidential arrival"]), ["vip"]
        rows = [("Name", "{vip}"), ("Alias on board", ch(["Patient X", "Room 12 guest", "VIP-07", "Confidential 3"])),
                ("DOB", "{dob}"), ("MRN", "{mrn}"), ("Family contact", "{rel} {phone}"), ("Arrival", "{vdate}"),
                ("Security", ch(["level 2", "no info policy", "opt-out of directory"])), ("Exec sponsor", "{exec}")]
    elif kind == 5:
        head, tags = ch(["Financial assistance app (summary)", "Charity care worksheet", "FA application"]), ["money"]
        rows = [("Guarantor", "{rel}"), ("Patient", "{pt}"), ("SSN", "{ssn}"), ("Account", "{har}"),
                ("Bank acct", "{bank}"), ("Household size", "{hh}"), ("Balance", "{money}")]
    else:
        head, tags = ch(["New hire onboarding checklist", "Credentialing file", "Provider onboarding"]), ["credentialing"]
        rows = [("Name", "{cand}"), ("Role", ch(["Hospitalist", "NP", "CRNA", "PA-C", "Staff RN"])), ("SSN", "{ssn}"),
                ("Driver's license", "{dl}"), ("State license", "{slic}"), ("DEA", "{dea}"), ("NPI", "{npi}"),
                ("Home address", "{addr}"), ("Personal email", "{cand_pemail}"), ("Start", "{mdate}")]
    keep = [rows[0]] + [r for r in rows[1:] if pr(0.75)]
    lab = re.compile(r"\{(pt|rel|vip|eh|vis|dob|vdate|age|phone|cell|fax|email|ssn|mrn|hpid|har|bank|dl|dea|slic|addr|cand_pemail)\b")
    if not any(lab.search(v) for _, v in keep):
        keep = rows
    if pr(0.2):
        body = "  ".join(f"{k}{sep.strip() or ':'} {v}" for k, v in keep[:4]) + "\n" + \
               "\n".join(f"{k}{sep}{v}" for k, v in keep[4:])
    else:
        body = "\n".join(f"{k}{sep}{v}" for k, v in keep)
    pre = ch(["", "can you file this? ", "pls log: ", "From the fax queue, FYI:\n", "ugh, pasted below\n", "```\n"])
    post = "\n```" if pre == "```\n" else ch(["", "\nthx", "\nWho owns this?", "\n(please don't forward outside the team)"])
    return pre + head + "\n" + body + post, tags + ["structured", "form"]


def f_form_clean(ctx):
    sep = ch([": ", ":\t", " - "])
    kind = R.randrange(5)
    if kind == 0:
        head = ch(["Meeting request", "MTG REQUEST", "Calendar hold (pasted)"])
        rows = [("Title", "{fy} budget deep dive"), ("Date", "{mdate}"), ("Time", "{time}"), ("Location", "{facaddr}"),
                ("Attendees", "{exec}, {exec2}, {board}"), ("Zoom", "{zoom}"), ("Agenda", "capital, staffing, {vendor}")]
    elif kind == 1:
        head = ch(["Vendor onboarding", "New supplier form"])
        rows = [("Vendor", "{vendor}"), ("Contact", "{vend}"), ("Contract", "{contract}"), ("PO", "{po}"),
                ("Cost center", "{ccenter}"), ("Start", "{mdate}"), ("Owner", "{exec}")]
    elif kind == 2:
        head = ch(["Travel request", "TRAVEL"])
        rows = [("Traveler", "{exec}"), ("Destination", "{bcity}"), ("Depart", "{mdate} {flight}"),
                ("Return", "{mdate2}"), ("Hotel", "{hotel}"), ("Conf", "{conf}"), ("Card", "ending {last}, exp {exp}")]
    elif kind == 3:
        head = ch(["IT request", "Service desk ticket"])
        rows = [("Ticket", "{ticket}"), ("Requester", "{exec}"), ("Asset", "{asset}"), ("Software", "{ver}"),
                ("Issue", ch(["VPN drops", "printer jam on 4", "Teams audio", "SSO loop"])), ("Ext", "{ext}")]
    else:
        head = ch(["Quality dashboard notes", "Census snapshot"])
        rows = [("Unit", "{unit}"), ("Census", "{n}"), ("Falls", "{n2}"), ("Age group", "{agg}"),
                ("Readmits", "{dur} rate {pct}"), ("Top dx", "{icd}"), ("Owner", "{exec}")]
    keep = [rows[0]] + [r for r in rows[1:] if pr(0.8)]
    body = "\n".join(f"{k}{sep}{v}" for k, v in keep)
    return ch(["", "fyi\n", "Please file:\n"]) + head + "\n" + body, ["form"]


def f_table_phi(ctx):
    kind = R.randrange(4)
    if kind == 0:
        hdr = ["Room", "Patient", "DOB", "Attending", "Note"]
        rows = [["{room}", "{vip}", "{dob}", "{dr_hon}", "board member"], ["{room2}", "{pt}", "{dob2}", "{dr2_hon}", "no info"],
                ["{room3}", "{pt2}", "{dobold}", "{dr3_hon}", "press interest"]]
        head, tags = ch(["VIP census for the {mdate} huddle", "Confidential list, today", "VIP board:"]), ["vip"]
    elif kind == 1:
        hdr = ["Caller", "Re", "Phone", "When"]
        rows = [["{rel}", "{pt}", "{phone}", "{time}"], ["{rel2}", "{pt2}", "{phone2}", "{time2}"]]
        head, tags = ch(["Callbacks waiting", "Patient relations callbacks", "Your callback list"]), ["complaint"]
    elif kind == 2:
        hdr = ["Who", "Appt", "Where"]
        rows = [["{pt}", "{vdate}", "{facaddr}"], ["{pt2}", "{vdate2}", "{org}"]]
        head, tags = ch(["Family appts to block on my cal", "Please block these (family)"]), ["calendar"]
    else:
        hdr = ["Patient", "Acct", "Payer", "Member ID", "Amount"]
        rows = [["{pt}", "{har}", "{payer}", "{hpid}", "{money}"], ["{pt2}", "{har2}", "{payer2}", "{hpid2}", "{money2}"]]
        head, tags = ch(["Denials over $10k for your sign-off", "Write-offs pending"]), ["money"]
    if pr(0.25):
        rows = rows[:-1] if len(rows) > 2 else rows
    style = R.randrange(3)
    if style == 0:
        lines = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)] + ["| " + " | ".join(r) + " |" for r in rows]
    elif style == 1:
        lines = ["\t".join(hdr)] + ["\t".join(r) for r in rows]
    else:
        lines = [" / ".join(hdr)] + [" / ".join(r) for r in rows]
    return head + "\n" + "\n".join(lines), tags + ["table", "structured"]


def f_table_clean(ctx):
    kind = R.randrange(4)
    if kind == 0:
        hdr, rows = ["Meeting", "Date", "Owner"], [["{fy} budget", "{mdate}", "{exec}"], ["RFP review", "{mdate2}", "{exec2}"],
                                                  ["Board pre-read", "{mdate3}", "{board}"]]
    elif kind == 1:
        hdr, rows = ["Line", "Budget", "Actual"], [["Travel", "{money}", "{money2}"], ["{vendor}", "{money3}", "{money4}"]]
    elif kind == 2:
        hdr, rows = ["Candidate", "Role", "Panel"], [["{cand}", "{dept} director", "{mdate}"], ["{cand2}", "{dept2} manager", "{mdate2}"]]
    else:
        hdr, rows = ["Ticket", "System", "Status"], [["{ticket}", "{ver}", "open"], ["{ticket2}", "VPN", "waiting on {vendor}"]]
    if pr(0.5):
        lines = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)] + ["| " + " | ".join(r) + " |" for r in rows]
    else:
        lines = ["\t".join(hdr)] + ["\t".join(r) for r in rows]
    return ch(["Here's the table", "Status", "For the {mdate} prep", "Updated"]) + ":\n" + "\n".join(lines), ["table"]


def f_thread_phi(ctx):
    k = R.randrange(5)
    if k == 0:
        s = ("*{exec}* {ts}\n@{bot} pull the callback list for {unit}\n*{bot}* {ts2}\n1 callback: {rel} re {pt}, {phone}\n"
             "*{exec}* {ts3}\nthx, tell {rel_first} I'll call after the {time}")
    elif k == 1:
        s = ("> move my {time} w/ {exec2} to {mdate}\nDone. Also, {pt}'s {rel_kin} left a VM for you at {ts}; "
             "number is {cell}. Want me to call back?")
    elif k == 2:
        s = ("*{bot}*: Reminder, {vip}'s family meeting is today at {time}.\n*{exec}*: who's the contact?\n"
             "*{bot}*: {rel} ({rel_kin}), {phone}. MRN for the chart is {mrn}.")
    elif k == 3:
        s = ("{exec_first} ({ts}): did we ever hear back on the {vendor} quote?\nme: yes, {money}. separately "
             "{eh} from {dept} called out, {eh_sub} has {proc} {vdate}\n{exec_first}: ugh ok, cover for {eh_obj}")
    else:
        s = ("[{ts}] {exec}: can you find the guardian info for {pt}?\n[{ts2}] {bot}: Guardian is {rel}, {addr}, "
             "{phone}.\n[{ts3}] {exec}: 👍")
    return s, ["thread", "multiline"]


def f_thread_clean(ctx):
    k = R.randrange(4)
    if k == 0:
        s = "*{exec}* {ts}\n@{bot} what's on {wday}?\n*{bot}* {ts2}\n{time} {vendor} call, {time2} 1:1 with {exec2}, {time3} board prep"
    elif k == 1:
        s = "> can you move the {dept} review?\nDone, it's now {mdate} at {time}. {exec2} accepted."
    elif k == 2:
        s = "{exec_first}: is {po} approved?\nme: yes, {exec2} signed {relday}\n{exec_first}: 🙌"
    else:
        s = "[{ts}] {exec}: need {n} board books\n[{ts2}] {bot}: Print job {job} queued, ready at {time}\n[{ts3}] {exec}: ty"
    return s, ["thread", "multiline"]


def f_email_phi(ctx):
    k = R.randrange(3)
    if k == 0:
        s = ("Draft below:\n---\nSubject: Following up on {pt_first}'s stay\nTo: {rel_email}\n\nDear {rel_hon},\n\n"
             "Thank you for speaking with me " + ch(["yesterday", "this morning", "on Tuesday", "earlier today"]) + ". I've asked our patient relations team to review the bill "
             "(account {har}), and someone will call you at {phone} by {mdate}.\n\nWarm regards,\n{exec}\n{exec_title}, {org}")
    elif k == 1:
        s = ("Can you clean up this email before I send it?\n\"Hi {rel_first} — so sorry about your {pt_par}. {pt_first} "
             "is in good hands on {unit}. I've told {exec2} to expect your call at {cell}. - {exec_first}\"")
    else:
        s = ("Subject: VIP arrival, CONFIDENTIAL\n\nTeam, {vip} arrives {vdate} for {proc}. Please use the {site} "
             "entrance. Contact for the family is {rel}, {rel_email}. Questions to {exec}.")
    return s, ["email", "multiline"]


def f_email_clean(ctx):
    k = R.randrange(3)
    if k == 0:
        s = ("Draft:\nSubject: {fy} board retreat logistics\n\nHi {board_first},\n\nWe're confirmed at {facaddr} on "
             "{mdate}. Dinner at {time}. {exec} will send the pre-read by {mdate2}.\n\nBest,\n{exec2}")
    elif k == 1:
        s = ("Please send this to {vend} at {vendor}:\n\"Thanks for the proposal. We can't go above {money} this fiscal "
             "year; let's revisit in {fy}.\"")
    else:
        s = "Subject: Interview schedule\n\n{cand}: {mdate} {time}\n{cand2}: {mdate2} {time2}\nPanel: {exec}, {exec2}"
    return s, ["email", "multiline"]


def f_paste_phi(ctx):
    if pr(0.5):
        s = ("pasted from the export, can you dedupe?\nname,dob,mrn,phone\n{pt_full},{dob:iso},{mrn},{phone}\n"
             "{pt2_full},{dob2:iso},{mrn2},{phone2}")
    else:
        s = ('webhook payload that leaked into #ops-alerts:\n{"patient":"{pt_full}","dob":"{dob:iso}","mrn":"{mrn}",'
             '"contact":{"name":"{rel_full}","phone":"{phone}"},"ip":"{ip}"}')
    return s, ["structured", "paste", "multiline"]


OPENERS = [("Can you ", "?"), ("Could you please ", "?"), ("pls ", ""), ("Need you to ", "."), ("", "."),
           ("hey, ", ""), ("Bot, ", "."), ("When you get a sec, ", "."), ("Today: ", "."), ("ok so ", ""),
           ("Morning! ", "."), ("Quick asks: ", "."), ("@assistant ", ""), ("Kindly ", "."), ("yo ", ""),
           ("Before {time}, ", "."), ("If you can, ", "."), ("Hi! Could you ", "?")]
CLOSERS = ["", " thx", " Thanks!", " 🙏", " ty", "\nSent from my iPhone", " asap pls", " No rush.", " 👍",
           " Thank you.", " merci!", " gracias", " cheers"]
BIZ_IMP = ["move my {time} with {exec} to {mdate}", "book {flight} to {bcity} on {mdate}",
           "expense the {money} dinner at {hotel}", "send {vend} the signed SOW for {po}",
           "get {exec} the {fy} deck before {relday}", "find 30 min with {board} before {mdate}",
           "draft a note to {exec2} about the {dept} reorg", "confirm the car for {mdate} at {time}",
           "decline the {vendor} demo on {wday}", "print {n} board books for {mdate}",
           "ask {exec} for the {dept} headcount", "reschedule interviews for {cand} and {cand2}",
           "renew my parking pass at the {site} garage", "file invoice {inv} under cost center {ccenter}",
           "order lunch for the {mdate} offsite, {n} ppl", "update the {dept} org chart",
           "remind me to sign the {vendor} contract ({contract})", "chase {ticket}",
           "push the {fy} budget review to {wday}", "set up a Zoom with {vend} ({vendor}) for {mdate}",
           "RSVP yes to the {org} gala on {mdate}", "pull last month's {cpt} denial numbers for {exec}",
           "send {board} the audit committee minutes", "hold {mdate2} for the {bcity} conference",
           "get quotes from two caterers for the {dept} retreat", "check whether {exec} approved {po}",
           "schedule {cand}'s second-round panel with {exec} and {exec2}",
           "tell {vendor} we're moving to {ver} after {fy}", "add {exec} to the {mdate} board dinner",
           "cancel the {wday} standup"]
BIZ_STM = ["{exec} is out {wday}", "the {mdate} board dinner moved to {facaddr}", "{vendor} invoice {inv} is still unpaid",
           "the {ver} upgrade is on {mdate}", "we had {agg} on {unit} this week", "HIPAA training is due {mdate}",
           "{board} wants the deck by {relday}", "{exec2}'s extension is {ext}"]
PHI_IMP = ["call {rel} back at {phone} about {pt}", "block {vdate} on my calendar for my {pt_kin}'s {procn}",
           "send a get-well card to {pt_hon} at {addr}", "add {pt} (DOB {dob}) to the VIP list",
           "fax the consent for {pt_first} to {fax}", "text {rel_first} at {cell} that visiting hours changed",
           "forward {purl} to {rel_first}", "put {pt}'s {money} copay on acct {har}",
           "book a ride for {pt_hon} from {addr} to {pt_pos} {vdate} appt", "ask HIM for {pt}'s chart, MRN {mrn}",
           "check {pt_first}'s member ID {hpid} with {payer}",
           "get {eh} a parking spot by the {site} infusion center while {eh_sub}'s in treatment",
           "email {rel} at {rel_email} about {pt}'s discharge", "send flowers to {vip} on {unit}",
           "cancel my {time} on {vdate}, it's my {pt_par}'s surgery", "let {exec} know {eh} is out for surgery {vdate}",
           "find {rel} a hotel near {org} while {pt} is inpatient",
           "pay my {pt_kin}'s balance on guarantor acct {gacct} with my card {cc}"]
PHI_STM = ["{vip} has been on {unit} since {vdate}", "{pt}'s {rel_kin} {rel} called from {phone}",
           "my {pt_elder} is {age} and just got admitted to {org}", "{eh} is out for surgery {vdate}",
           "{pt_hon} ({age}) fell {vdate} near the cafeteria", "{rel} is {pt}'s POA now",
           "{pt}'s pacemaker SN is {devsn} if the rep asks", "{pt_first}'s MRN is {mrn}",
           "{rel} ({rel_email}) wants updates on {pt_first}", "{pt} lives in {town} so the {site} clinic is closer"]
STM_LEAD = ["Also FYI, ", "btw ", "PS: ", "Separately, ", "oh and ", "Note: ", "FYI ", "Heads up: "]


def cap1(s):
    return s[:1].upper() + s[1:] if s and s[0].islower() else s


def f_clauses(ctx, kind):
    nb = R.randint(1, 3) if kind == "C" else R.randint(0, 2)
    imps = R.sample(BIZ_IMP, nb)
    stm = None
    if kind == "P":
        if pr(0.5):
            imps.insert(R.randint(0, len(imps)), ch(PHI_IMP))
        else:
            stm = ch(PHI_STM)
        if not imps:
            imps = [ch(BIZ_IMP)]
    elif pr(0.35):
        stm = ch(BIZ_STM)
    layout = R.randrange(3)
    op, end = ch(OPENERS)
    if layout == 0:
        body = imps[0] if len(imps) == 1 else ", ".join(imps[:-1]) + ch([" and ", ", and ", ", then ", " + "]) + imps[-1]
        s = (op + body) if op else cap1(body)
        s += end
        if stm:
            s += " " + ch(STM_LEAD) + stm + ch([".", "", "!"])
    elif layout == 1:
        bullet = ch(["- ", "• ", "* ", "1. "])
        lines = []
        for i, c in enumerate(imps):
            b = bullet if bullet != "1. " else f"{i + 1}. "
            lines.append(b + c)
        s = ch(["To do today:", "For tmrw:", "Asks:", "When you can:", "List for you:", "pls handle:"]) + "\n" + "\n".join(lines)
        if stm:
            s += "\n" + ch(STM_LEAD) + stm
    else:
        s = "\n".join(cap1(c) + ch([".", "", ""]) for c in imps)
        if stm:
            s = (cap1(stm) + ".\n" + s) if pr(0.5) else (s + "\n" + ch(STM_LEAD) + stm)
    c = ch(CLOSERS)
    if c[:1] == " " and c[1:2].isupper() and s[-1:].isalnum():
        s += "."
    s += c
    return s, ["clauses"]


# frame lists: (kind, callable or (tags, text))
def build_frames():
    P_FR, C_FR = [], []
    for kind, tags, text in parse_templates(TEMPLATES):
        (P_FR if kind == "P" else C_FR).append(("tpl", tags, text))
    for fn, k, copies in [(f_form_phi, "P", 16), (f_table_phi, "P", 10), (f_thread_phi, "P", 10),
                          (f_email_phi, "P", 7), (f_paste_phi, "P", 4), (f_form_clean, "C", 10),
                          (f_table_clean, "C", 8), (f_thread_clean, "C", 8), (f_email_clean, "C", 6)]:
        for _ in range(copies):
            (P_FR if k == "P" else C_FR).append(("fn", fn, None))
    for _ in range(40):
        P_FR.append(("cl", "P", None))
    for _ in range(45):
        C_FR.append(("cl", "C", None))
    return P_FR, C_FR


# ----------------------------------------------------------------------------- voices
TYPO_MAP = {"the": "teh", "tomorrow": "tomorow", "receive": "recieve", "schedule": "schedual", "meeting": "meeitng",
            "please": "plese", "appointment": "apointment", "because": "becuase", "calendar": "calender",
            "address": "adress", "before": "befor", "which": "wich", "their": "thier", "could": "coudl",
            "would": "woudl", "thanks": "thnaks", "with": "wiht", "about": "abuot", "reschedule": "reshcedule",
            "available": "availble", "board": "baord", "surgery": "surgey", "daughter": "duaghter",
            "hospital": "hosptial", "number": "nubmer", "call": "cal", "can": "cna", "send": "snd",
            "flowers": "flowres", "discharge": "dischrage", "family": "famliy", "tonight": "tonite",
            "review": "reveiw", "budget": "budgte", "invoice": "invoive", "confirm": "comfirm"}
SHORT_MAP = {"please": "pls", "with": "w/", "without": "w/o", "because": "b/c", "appointment": "appt",
             "tomorrow": "tmrw", "thanks": "thx", "about": "abt", "you": "u", "your": "ur", "message": "msg",
             "patient": "pt", "before": "b4", "people": "ppl", "schedule": "sched", "information": "info",
             "regarding": "re", "meeting": "mtg", "minutes": "mins", "okay": "ok"}


def _protected(s, m):
    a, b = m.start(), m.end()
    pre = s[a - 1] if a > 0 else " "
    post = s[b] if b < len(s) else " "
    return pre in "<@:/.#_-`*" or post in ":/@_-`" or (post == "." and b + 1 < len(s) and s[b + 1].isalnum())


def word_sub(s, table, p):
    def rep(m):
        w = m.group(0)
        lw = w.lower()
        if lw not in table or _protected(s, m) or not pr(p):
            return w
        r = table[lw]
        return r.capitalize() if w[0].isupper() and r[0].isalpha() else r
    return re.sub(r"[A-Za-z]+", rep, s)


def swap_typo(s):
    ms = [m for m in re.finditer(r"[a-z]{6,}", s) if not _protected(s, m)]
    if not ms:
        return s
    m = ch(ms)
    w = m.group(0)
    i = R.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:] if pr(0.6) else w[:i] + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


MENTION_RE = re.compile(r"<@U[0-9A-Z]+>")


def lower_keep_mentions(s):
    out, pos = [], 0
    for m in MENTION_RE.finditer(s):
        out.append(s[pos:m.start()].lower())
        out.append(m.group(0))
        pos = m.end()
    out.append(s[pos:].lower())
    return "".join(out)


def apply_voice(ctx, segs, kind, tags):
    segs = list(segs)
    plain_idx = [i for i, s in enumerate(segs) if s[1] is None and s[0].strip()]
    if pr(0.10) and plain_idx:  # typos
        for i in R.sample(plain_idx, min(len(plain_idx), R.randint(1, 2))):
            s0 = segs[i][0]
            s1 = word_sub(s0, TYPO_MAP, 0.5)
            if s1 == s0:
                s1 = swap_typo(s0)
            if s1 != s0:
                segs[i] = P(s1)
                ctx.tags.add("typo")
    if pr(0.08):  # shorthand
        for i in plain_idx:
            segs[i] = P(word_sub(segs[i][0], SHORT_MAP, 0.7))
        ctx.tags.add("shorthand")
    if pr(0.06):  # quoted thread context
        q = fill(ctx, ch(BIZ_IMP))
        segs = [P(ch(["> ", "> re: "]))] + q + [P("\n")] + segs
        ctx.tags.add("thread")
    if pr(0.07):
        segs = [P(PLAIN["mention"](ctx, None) + " ")] + segs
    if pr(0.05):
        segs = [P(ch(["Good morning,\n\n", "Hello,\n\n", "Hi there,\n"]))] + segs + \
               [P(ch(["\n\nKind regards", "\n\nBest regards", "\n\nThank you in advance."]))]
        ctx.tags.add("formal")
    if pr(0.11):
        e = ch(EMOJI)
        if pr(0.5):
            segs = segs + [P(" " + e)]
        else:
            segs = [P(e + " ")] + segs
    if pr(0.12) and "lowercase" not in tags:
        segs = [(lower_keep_mentions(x[0]), x[1], x[2]) for x in segs]
        ctx.tags.add("lowercase")
    if "lowercase" in tags:
        ctx.tags.add("lowercase")
    return segs


# ----------------------------------------------------------------------------- composition
def fill(ctx, tpl):
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append(P(tpl[pos:m.start()]))
        segs.extend(ctx.slot(m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(tpl):
        segs.append(P(tpl[pos:]))
    return segs


def merge(segs):
    out = []
    for s in segs:
        if s[1] is None and out and out[-1][1] is None:
            out[-1] = P(out[-1][0] + s[0])
        elif s[0] or s[1]:
            out.append(s)
    return out


STRUCT_TYPES = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID",
                "IP_ADDRESS", "CREDIT_CARD"}
SLACK_RE = re.compile(r"<@U|<mailto:|<tel:|<https?://|(^|\s)\*[^*\n]+\*|`|\*\*")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")
CONTENT_TAGS = {"vip", "referral", "complaint", "escalation", "records", "credentialing", "employee-health",
                "business-contact", "hipaa", "mrn-topic", "ssn-topic"}


def check_offsets(text, segs):
    """Offsets from composition must equal the checker's left-to-right find of each value."""
    b = text.encode("utf-8")
    pos_c, exp = 0, []
    for s in segs:
        n = len(s[0].encode("utf-8"))
        if s[1]:
            exp.append((pos_c, pos_c + n))
        pos_c += n
    pos = 0
    for (s0, s1), s in zip(exp, [s for s in segs if s[1]]):
        v = s[0].encode("utf-8")
        i = b.find(v, pos)
        if i != s0:
            return False
        pos = i + len(v)
    return True


def valid_value(v):
    return v == v.strip() and v[-1] not in ".,;:!?" and v[0] not in "*`<>\"'" and v[-1] not in "*`<>\"'"


def compose(kind, frame):
    ctx = Ctx()
    ftype, a, b = frame
    if ftype == "tpl":
        tags, tpl = list(a), b
    elif ftype == "fn":
        tpl, tags = a(ctx)
    else:
        tpl, tags = f_clauses(ctx, a)
    segs = fill(ctx, tpl)
    segs = apply_voice(ctx, segs, kind, tags)
    segs = merge(segs)
    text = "".join(s[0] for s in segs)
    labelled = [s for s in segs if s[1]]
    if kind == "P" and not labelled:
        raise AssertionError("PHI frame without spans: " + tpl)
    if kind == "C" and labelled:
        raise AssertionError("clean frame with spans: " + tpl)
    for s in labelled:
        if not valid_value(s[0]):
            raise AssertionError("bad boundary %r in %r" % (s[0], tpl))
    if not check_offsets(text, segs):
        return None
    all_tags = set(ctx.tags) | set(tags)
    types = {s[1] for s in labelled}
    for ty, tg in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
        if ty in types:
            all_tags.add(tg)
    if types & STRUCT_TYPES:
        all_tags.add("structured")
    all_tags.discard("business-contact")
    if labelled and all(s[2] for s in labelled):
        all_tags.add("business-contact")
    if "\n" in text:
        all_tags.add("multiline")
    if SLACK_RE.search(text):
        all_tags.add("slack-markup")
    if EMOJI_RE.search(text):
        all_tags.add("emoji")
    if kind == "C":
        all_tags -= {"name", "date", "age", "structured", "evasion", "fullwidth", "zero-width"}
    all_tags.discard("phi")
    all_tags.discard("clean")
    all_tags.add("phi" if labelled else "clean")
    spans = [{"type": s[1], "value": s[0]} for s in labelled]
    return text, spans, sorted(all_tags)


class Deck:
    def __init__(self, items):
        self.items, self.pool = items, []

    def draw(self):
        if not self.pool:
            self.pool = list(self.items)
            R.shuffle(self.pool)
        return self.pool.pop()


def main():
    P_FR, C_FR = build_frames()
    decks = {"P": Deck(P_FR), "C": Deck(C_FR)}
    kinds = ["P"] * N_PHI + ["C"] * (N_MSG - N_PHI)
    R.shuffle(kinds)
    seen, lines = set(), []
    for i, kind in enumerate(kinds):
        frame = decks[kind].draw()
        res, tries = None, 0
        while res is None:
            tries += 1
            if tries % 15 == 0:
                frame = decks[kind].draw()
            res = compose(kind, frame)
            if res and res[0] in seen:
                res = None
        text, spans, tags = res
        seen.add(text)
        lines.append(json.dumps({"id": "hh%04d" % (i + 1), "text": text, "spans": spans, "tags": tags},
                                ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    n_phi = sum(1 for k in kinds if k == "P")
    print("wrote %s: %d messages, %d with PHI, %d templates+frames (P %d, C %d)" % (
        OUT, len(lines), n_phi, len(P_FR) + len(C_FR), len(P_FR), len(C_FR)))


if __name__ == "__main__":
    main()
