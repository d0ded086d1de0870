#!/usr/bin/env python3
"""Generate 1,500 labelled perioperative chat messages (set "gs") for the PHI guard.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes generated_gs.jsonl next to this file in the raw corpus format
({"id","text","spans":[{"type","value"}],"tags"}) checked by check_phi_corpus.py.

Template mini-language used by the frames below:
  {key} / {key.attr}          filler text, never labelled
  ⟦TYPE:key⟧ / ⟦TYPE:key.attr⟧  a labelled span of TYPE
Values are cached per message by key, so the same key renders the same value twice
(pt, pt2, rel ... are different people; mrn, mrn2 ... different numbers).
"""
import json
import os
import re
import random
import unicodedata

SEED = 41775
N_TOTAL = 1500
N_PHI = 825  # 55 %
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gs.jsonl")

ZW = "\u200b"
NBSP = "\u00a0"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def wchoice(r, pairs):
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def dig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


# --------------------------------------------------------------------------------------
# name pools (given names by gender, surnames) of many origins
# --------------------------------------------------------------------------------------
ORIGINS = [
    ("anglo",
     ["Margaret", "Dorothy", "Elizabeth", "Patricia", "Emily", "Sarah", "Jennifer", "Ashley", "Heather",
      "Brittany", "Hope", "Faith", "Joy", "Grace", "Rose", "June", "Dawn", "Ivy", "Summer", "Holly",
      "Penny", "Ruby", "Pearl", "Hazel", "Willow", "Autumn"],
     ["William", "Robert", "James", "Thomas", "Richard", "Gary", "Dennis", "Wayne", "Dale", "Kyle",
      "Cody", "Chase", "Hunter", "Grant", "Mark", "Will", "Drew", "Wade", "Rich", "Frank", "Earl",
      "Gene", "Lance", "Miles", "Rusty"],
     ["Whitaker", "Pembroke", "Hollis", "Thornton", "Caldwell", "Ashby", "Kimball", "Brown", "White",
      "Young", "Long", "Rice", "Cook", "Baker", "Price", "Gray", "Hill", "Wood", "Moon", "Love", "Bird",
      "Fox", "Sweet", "Small", "Strong", "Little", "Banks", "Frost", "Winter", "Day", "Knight", "Page",
      "Wise", "Lamb", "Bell", "Parsons", "Fairbanks", "Stiles", "Goodwin", "Chase"]),
    ("hispanic",
     ["María José", "Guadalupe", "Yesenia", "Marisol", "Xiomara", "Esperanza", "Dulce", "Milagros",
      "Paloma", "Araceli", "Rocío", "Itzel", "Luz", "Consuelo"],
     ["José Luis", "Francisco", "Jesús", "Santiago", "Mateo", "Alejandro", "Rigoberto", "Ulises",
      "Hernán", "Efraín", "Joaquín", "Ángel", "Domingo"],
     ["García", "Hernández", "Rodríguez", "Gómez", "Alvarado", "Villanueva", "de la Cruz", "Del Valle",
      "Santos", "Reyes", "Quiñones", "Ortiz-Rivera", "Pérez", "Muñoz", "Ibáñez", "Castillo", "Luna",
      "Paz", "Rosario", "Soto", "Vega", "De León"]),
    ("african_american",
     ["Keisha", "Latoya", "Aaliyah", "Imani", "Tamika", "Ebony", "Precious", "Destiny", "Essence",
      "Jazmine", "Shanice", "Octavia"],
     ["DeShawn", "Jamal", "Tyrone", "Darnell", "Marquis", "Terrell", "DeAndre", "Jalen", "Malik",
      "Reginald", "Cornelius", "Tavon"],
     ["Washington", "Jefferson", "Jackson", "Robinson", "Coleman", "Freeman", "Booker", "Mayfield",
      "Gaines", "Pettiford", "Dukes", "Battle", "Merriweather"]),
    ("west_african",
     ["Chidinma", "Adaeze", "Ngozi", "Abena", "Ama", "Efua", "Folasade", "Yetunde", "Aminata",
      "Fatoumata", "Mariama"],
     ["Chukwuemeka", "Oluwaseun", "Kwame", "Kofi", "Kwabena", "Babatunde", "Ikenna", "Mamadou",
      "Ousmane", "Sekou"],
     ["Okafor", "Adeyemi", "Mensah", "Owusu", "Boateng", "Nwosu", "Diallo", "Traoré", "Balogun",
      "Asante", "Oyelaran", "Eze", "Okonkwo", "Sesay"]),
    ("south_asian",
     ["Priya", "Ananya", "Lakshmi", "Deepika", "Sunita", "Farhana", "Nusrat", "Harpreet", "Kavya",
      "Meenakshi"],
     ["Rajesh", "Arjun", "Sanjay", "Vikram", "Imran", "Gurpreet", "Venkatesh", "Siddharth", "Rohan",
      "Abhishek"],
     ["Patel", "Sharma", "Reddy", "Iyer", "Chatterjee", "Venkataraman", "Singh", "Gill", "Chowdhury",
      "Rahman", "Banerjee", "Krishnamurthy", "Desai", "Nair"]),
    ("east_asian",
     ["Mei", "Xiaoling", "Yuki", "Haruka", "Ji-woo", "Seo-yeon", "Min-ji", "Wen", "Hui", "Akiko"],
     ["Wei", "Jian", "Hiroshi", "Takeshi", "Min-jun", "Dong-hyun", "Jae-won", "Zhiqiang", "Kenji",
      "Sung-min"],
     ["Wang", "Li", "Zhang", "Chen", "Liu", "Tanaka", "Yamamoto", "Sato", "Kim", "Park", "Choi", "Lee",
      "Huang", "Lin", "Zhou"]),
    ("vietnamese",
     ["Thi Lan", "Ngoc Anh", "Thu Trang", "Hoa", "Linh", "Mai", "Phuong", "Hanh"],
     ["Minh", "Duc", "Quang", "Tuan", "Bao", "Huy", "Long", "Khanh"],
     ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Trinh"]),
    ("khmer",
     ["Sokha", "Chanthy", "Sreymom", "Bopha"],
     ["Vanna", "Sopheap", "Rithy", "Dara"],
     ["Sok", "Chhim", "Prak", "Keo", "Chea", "Meas"]),
    ("arabic",
     ["Fatima", "Aisha", "Layla", "Noor", "Mariam", "Yasmin", "Huda", "Rania", "Amal", "Salma"],
     ["Mohammed", "Ahmed", "Omar", "Khalid", "Youssef", "Tariq", "Hassan", "Karim", "Mustafa", "Bilal"],
     ["Al-Sayed", "El-Amin", "Haddad", "Khoury", "Nasser", "Abdullah", "Mansour", "Saleh", "Al-Rashid",
      "Bou Saab", "Farouk"]),
    ("slavic",
     ["Olena", "Svetlana", "Katarzyna", "Milena", "Daria", "Zofia", "Anastasia", "Irina"],
     ["Dmitri", "Oleksandr", "Piotr", "Bogdan", "Mykola", "Vladimir", "Stanislav", "Tomasz", "Yuri"],
     ["Kowalczyk", "Petrenko", "Shevchenko", "Nowak", "Wiśniewski", "Horvat", "Kuznetsov", "Dvořák",
      "Bondarenko", "Zieliński"]),
    ("irish",
     ["Siobhan", "Aoife", "Niamh", "Saoirse", "Bridget", "Maeve", "Róisín"],
     ["Padraig", "Cillian", "Declan", "Eamon", "Seamus", "Oisín", "Ciarán"],
     ["O'Sullivan", "McCarthy", "O'Brien", "Fitzgerald", "Donnelly", "Byrne", "Quinlan", "Kavanagh",
      "O'Neill", "McGonagle"]),
    ("jewish",
     ["Miriam", "Rivka", "Shoshana", "Esther", "Chaya", "Yael", "Tova"],
     ["Moshe", "Yitzchak", "Avraham", "Shmuel", "Eli", "Mordechai", "Ari"],
     ["Goldberg", "Rosenbaum", "Katz", "Schwartz", "Feldman", "Birnbaum", "Levi", "Cohen", "Weiss",
      "Abramowitz", "ben David"]),
    ("filipino",
     ["Maricel", "Rowena", "Jocelyn", "Lorna", "Marites", "Imelda", "Divina", "Luzviminda"],
     ["Rodrigo", "Ferdinand", "Rommel", "Jericho", "Arnel", "Noel", "Bong"],
     ["Dela Cruz", "Bautista", "Macaraeg", "Manalo", "Dimaculangan", "Pangilinan", "Agbayani", "Santos",
      "Villanueva"]),
    ("pacific",
     ["Leilani", "Malia", "Kalani", "Moana", "Sina", "Mele"],
     ["Keoni", "Kainoa", "Makoa", "Sione", "Tevita", "Manaia"],
     ["Kahananui", "Fonoti", "Tuilagi", "Fifita", "Kealoha", "Mahoe", "Taufa", "Aumua"]),
    ("native_american",
     ["Winona", "Tallulah", "Aiyana", "Nizhoni", "Kimimela", "Dyani"],
     ["Ahanu", "Dakota", "Hosteen", "Chayton", "Kele", "Tokala"],
     ["Begay", "Yazzie", "Tsosie", "Benally", "Two Bulls", "Lone Elk", "Red Cloud", "Many Horses",
      "Whitehorse", "Deschenie"]),
    ("haitian_lusophone",
     ["Marie-Claire", "Nadège", "Fabiola", "Conceição", "Graça"],
     ["Jean-Robert", "Wilner", "Fritz", "João", "Tiago"],
     ["Jean-Baptiste", "Pierre-Louis", "Dorvil", "Charles", "Gonçalves", "da Silva", "Medeiros",
      "Fontes"]),
    ("european_particle",
     ["Giulia", "Ingrid", "Annelies", "Francesca"],
     ["Luca", "Pieter", "Matthias", "Giovanni"],
     ["van der Berg", "De Luca", "von Hagen", "St. Pierre", "D'Angelo", "della Rosa", "Le Blanc",
      "MacDonald", "Van Buren"]),
]

# legal first name -> (nickname, gender)
NICK = {
    "William": ("Bill", "M"), "Robert": ("Bobby", "M"), "Margaret": ("Peggy", "F"),
    "Richard": ("Rick", "M"), "James": ("Jimmy", "M"), "Elizabeth": ("Betsy", "F"),
    "Dorothy": ("Dottie", "F"), "Katarzyna": ("Kasia", "F"), "Oleksandr": ("Sasha", "M"),
    "José Luis": ("Pepe", "M"), "Guadalupe": ("Lupe", "F"), "Francisco": ("Paco", "M"),
    "Chukwuemeka": ("Emeka", "M"), "Oluwaseun": ("Seun", "M"), "Ferdinand": ("Ferdie", "M"),
    "Yitzchak": ("Itzik", "M"), "Mohammed": ("Mo", "M"), "Anastasia": ("Nastya", "F"),
    "Thomas": ("Tommy", "M"), "Patricia": ("Trish", "F"), "Luzviminda": ("Luz", "F"),
    "Babatunde": ("Tunde", "M"), "Venkatesh": ("Venky", "M"), "Siddharth": ("Sid", "M"),
    "Alejandro": ("Alex", "M"), "Mordechai": ("Motti", "M"), "Shmuel": ("Sam", "M"),
    "Cornelius": ("Neil", "M"), "Reginald": ("Reggie", "M"), "Padraig": ("Paddy", "M"),
    "Mykola": ("Kolya", "M"), "Dmitri": ("Dima", "M"), "Svetlana": ("Sveta", "F"),
    "Xiaoling": ("Lily", "F"), "Hiroshi": ("Hiro", "M"), "Tallulah": ("Lulu", "F"),
    "Shoshana": ("Shoshi", "F"), "Bridget": ("Biddy", "F"), "Esperanza": ("Espe", "F"),
    "Jean-Robert": ("Jean-Bob", "M"), "Conceição": ("São", "F"), "Gurpreet": ("Gary", "M"),
}

REL_ROLES = {
    "F": ["daughter", "wife", "sister", "mother", "niece", "granddaughter", "daughter-in-law", "partner"],
    "M": ["son", "husband", "brother", "father", "nephew", "grandson", "son-in-law", "partner"],
}
FAMILY_SAME_LAST = {"daughter", "son", "wife", "husband", "sister", "brother", "mother", "father",
                    "granddaughter", "grandson"}

EXECS = [("Dana Whitfield", "CNO", "F"), ("Raj Menon", "CFO", "M"), ("Lorraine Achebe", "CMO", "F"),
         ("Tom Brannigan", "COO", "M"), ("Yvette Salazar", "VP Perioperative Services", "F"),
         ("Gregory Lindqvist", "CEO", "M"), ("Naomi Castellanos", "VP Finance", "F"),
         ("Kwabena Ofori", "CIO", "M"), ("Susan Petrakis", "Chief Quality Officer", "F"),
         ("Darnell Hughes", "VP Supply Chain", "M")]

PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "aol.com",
                    "verizon.net", "hotmail.com", "protonmail.com", "charter.net"]
ORG_DOMAIN = "northfieldhealth.org"

VENDORS = [("Stryker", "stryker.com"), ("Zimmer Biomet", "zimmerbiomet.com"),
           ("DePuy Synthes", "its.jnj.com"), ("Medtronic", "medtronic.com"),
           ("Smith+Nephew", "smith-nephew.com"), ("Arthrex", "arthrex.com"), ("Intuitive", "intusurg.com"),
           ("Globus", "globusmedical.com"), ("Boston Scientific", "bsci.com"), ("Conmed", "conmed.com"),
           ("Olympus", "olympus.com"), ("Karl Storz", "karlstorz.com"), ("Integra", "integralife.com"),
           ("Exactech", "exac.com"), ("Keystone Ortho", "keystoneortho.com"),
           ("Meridian Spine", "meridianspine.com"), ("Halcyon Surgical", "halcyonsurgical.com")]
DEVMAKERS = ["Medtronic", "Boston Scientific", "Abbott", "Biotronik"]

TOWNS = [("Dracut", "MA", "01826"), ("Methuen", "MA", "01844"), ("Tewksbury", "MA", "01876"),
         ("Lowell", "MA", "01852"), ("Lawrence", "MA", "01841"), ("Haverhill", "MA", "01832"),
         ("Chelmsford", "MA", "01824"), ("Billerica", "MA", "01821"), ("Andover", "MA", "01810"),
         ("Amesbury", "MA", "01913"), ("Salisbury", "MA", "01952"), ("Pelham", "NH", "03076"),
         ("Salem", "NH", "03079"), ("Nashua", "NH", "03062"), ("Lynn", "MA", "01902"),
         ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"), ("Malden", "MA", "02148"),
         ("Everett", "MA", "02149"), ("Brockton", "MA", "02301"), ("Worcester", "MA", "01604"),
         ("Fitchburg", "MA", "01420"), ("Leominster", "MA", "01453"), ("Westford", "MA", "01886"),
         ("Dunstable", "MA", "01827"), ("Hudson", "NH", "03051"), ("Windham", "NH", "03087"),
         ("Groveland", "MA", "01834"), ("North Andover", "MA", "01845"), ("Wilmington", "MA", "01887")]
STREETS = ["Birch Hill Rd", "Tarbox Ln", "Pleasant St", "Mammoth Rd", "Lakeview Ave", "Bridge St",
           "Varnum Ave", "Broadway", "Hildreth St", "Old Ferry Rd", "Pawtucket Blvd", "Jackson St",
           "Nesmith St", "Chestnut St", "Riverside Dr", "Salem St", "Main St", "Elm St", "Oak Hill Rd",
           "Whipple Rd", "Foster St", "Gorham St", "Stedman St", "Pine Ridge Cir", "Meadowbrook Ln",
           "Cedar Pond Rd", "Apple Blossom Way", "Forest Rd", "Sunset Ave", "Mill Pond Dr"]
FACILITIES = [("Northfield General", "1 Medical Center Drive", "Lowell", "MA", "01854"),
              ("Northfield Surgery Center", "40 Second Avenue", "Waltham", "MA", "02451"),
              ("Northfield Ortho & Spine", "77 Main Street", "Andover", "MA", "01810"),
              ("the SPD warehouse", "12 Industrial Way", "Wilmington", "MA", "01887"),
              ("Merrimack Valley ASC", "250 Merrimack Street, Suite 400", "Lowell", "MA", "01852"),
              ("Northfield Salem", "31 Stiles Road", "Salem", "NH", "03079"),
              ("the Haverhill campus", "140 Lincoln Avenue", "Haverhill", "MA", "01830"),
              ("Pond Street Surgical Associates", "55 Pond Street, Suite 300", "Methuen", "MA", "01844"),
              ("the Cancer Center", "900 Chelmsford Street", "Lowell", "MA", "01851"),
              ("Nashua Endoscopy Center", "8 Prospect Street", "Nashua", "NH", "03060"),
              ("the Dracut urgent care", "1710 Bridge Street", "Dracut", "MA", "01826")]
VENUES = [("Hynes Convention Center", "900 Boylston St, Boston, MA 02115"),
          ("DCU Center", "50 Foster St, Worcester, MA 01608"),
          ("UMass Lowell Inn & Conference Center", "50 Warren St, Lowell, MA 01852"),
          ("Seaport Hotel", "1 Seaport Ln, Boston, MA 02210")]
PAYERS = ["BCBS MA", "Blue Cross", "Harvard Pilgrim", "Tufts Health Plan", "UHC", "Aetna", "Cigna",
          "Medicare", "MassHealth", "Fallon", "WellSense", "Humana MA plan"]
PROCS = ["lap chole", "R TKA", "L TKA", "R THA", "ORIF distal radius", "CABG x3", "lap appy",
         "robotic prostatectomy", "ACDF C5-6", "TURBT", "cysto/stent", "I&D L foot", "ex lap",
         "open inguinal hernia", "R shoulder scope", "ACL recon", "carpal tunnel release",
         "cataract OD", "tonsillectomy", "Whipple", "hip hemi", "pacer generator change", "AV fistula",
         "lap sigmoid", "mastectomy w/ SLNB", "D&C hysteroscopy", "L1-L3 fusion", "robotic hernia",
         "thyroidectomy", "EVAR", "TAVR", "kypho T12"]
URGENT = ["ex lap", "I&D nec fasc", "lap appy", "hip fx", "ruptured ectopic", "SBO", "washout",
          "open fx tib/fib", "perforated viscus"]
CPTS = ["47562", "27447", "27130", "44970", "29881", "64721", "66984", "49505", "33208", "22551",
        "55866", "27236", "25607", "33533", "19307", "63047", "43644", "60240", "58558"]
ICDS = ["M17.11", "K80.20", "S72.001A", "K35.80", "M75.121", "G56.01", "H25.11", "N40.1", "C61",
        "I48.91", "Z96.651", "S52.501A", "M48.061", "K40.90", "I71.4"]
DRUGS = ["cefazolin", "vancomycin", "TXA", "ketorolac", "ondansetron", "dexamethasone", "sugammadex",
         "phenylephrine", "bupivacaine", "ropivacaine", "Exparel", "hydromorphone", "clindamycin"]
DRUGDOSES = ["cefazolin 2 g", "cefazolin 3 g", "vanc 15 mg/kg", "TXA 1 g", "ketorolac 15 mg IV",
             "dex 4 mg", "zofran 4 mg", "ropi 0.5% 20 mL", "Exparel 266 mg", "heparin 5,000 units SQ",
             "fentanyl 50 mcg", "sugammadex 200 mg", "clinda 900 mg", "phenylephrine 100 mcg"]
IMPLANTS = ["Triathlon knee", "Attune knee", "Persona knee", "Taperloc stem", "Accolade II stem",
            "Gamma3 nail", "breast implant", "LINX device", "spinal cord stimulator", "cochlear implant",
            "penile prosthesis", "ICD", "leadless pacer", "InterStim", "VNS generator"]
INSTRUMENTS = ["Kocher", "Allis", "Deaver", "Babcock", "Metzenbaum", "Mayo scissors", "Kelly",
               "Richardson", "Balfour", "Gelpi", "Weitlaner", "Cobb elevator", "Freer", "Kerrison",
               "Penfield 4"]
TRAYS = ["major lap", "minor ortho", "cysto", "hand", "small frag", "large frag", "spine basic",
         "crani", "vascular", "lap chole", "D&C", "total joint"]
ROOMS = ["OR 7", "OR12", "OR 3", "CVOR 2", "ASC 4", "Endo 5", "cysto", "the hybrid OR", "OR 14",
         "Rm 9", "OR 21", "OR 5", "OR 16", "OR 1"]
UNITBEDS = ["6W-12", "5 East 514", "7B-22", "SICU 4", "4N-08", "ortho 3-17", "CCU 9"]
LANGS = ["Khmer", "Portuguese", "Haitian Creole", "Vietnamese", "Spanish", "Arabic", "Nepali",
         "Cape Verdean Creole", "Mandarin", "Swahili", "Polish"]
CARS = ["RAV4", "CR-V", "Camry", "F-150", "Odyssey", "Outback", "Civic", "Rogue", "Tacoma"]
BLDGS = ["Ellison tower", "Saunders building", "1962 wing", "Davies pavilion", "east tower",
         "Fuller building"]
PUBFIGS = ["Dolores Beaumont", "Tom Ashworth", "Priscilla Okonjo-Hale", "Raymond Tavares",
           "Elaine Marchetti"]
VENDCITIES = ["Warsaw, Indiana", "Kalamazoo", "Memphis", "Raynham", "Minneapolis", "Audubon, PA",
              "Marlborough"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Thu", "Fri"]
TIMES = ["0730", "07:30", "7:30a", "1400", "2:15 pm", "noon", "1530", "6:45", "0815", "11:00",
         "3p", "1245", "0900", "4:30pm"]
ROBOTS = ["Mako", "da Vinci Xi", "ROSA", "Velys", "ExcelsiusGPS"]
STERILIZERS = ["sterilizer 3", "Steris 2", "V-PRO 1", "Amsco 4"]
PRODUCTS = ["suture", "warming", "drape", "stapler", "energy"]


# --------------------------------------------------------------------------------------
# value objects
# --------------------------------------------------------------------------------------
class Ent:
    """A generated value: default rendering, named variants, and tags it contributes."""

    def __init__(self, default, attrs=None, tags=()):
        self.default = default
        self.attrs = attrs or {}
        self.tags = list(tags)

    def render(self, attr):
        if attr is None:
            return self.default
        return self.attrs[attr]


def obf_groups(r, groups, mode):
    """Render digit groups in an (obfuscated) style; returns (text, tags)."""
    if mode == "fw":
        sep = r.choice(["-", " ", ""])
        return sep.join(groups).translate(FULLWIDTH), ["evasion", "fullwidth"]
    if mode == "zw":
        if r.random() < 0.5:
            return ZW.join(groups), ["evasion", "zero-width"]
        s = "-".join(groups)
        k = r.randint(1, len(s) - 1)
        return s[:k] + ZW + s[k:], ["evasion", "zero-width"]
    if mode == "nbsp":
        return NBSP.join(groups), ["evasion", "nbsp"]
    if mode == "spaced":
        return " ".join("".join(groups)), ["evasion"]
    if mode == "spelled":
        return ", ".join(" ".join(DIGIT_WORDS[int(c)] for c in g) for g in groups), ["evasion", "spelled"]
    if mode == "mixed":
        seps = [".", "-", " ", "/"]
        out = groups[0]
        for g in groups[1:]:
            out += r.choice(seps) + g
        return out, ["evasion"]
    if mode == "none":
        return "".join(groups), ["evasion"]
    if mode == "newline":
        k = r.randint(1, len(groups) - 1)
        return "-".join(groups[:k]) + "-\n" + "-".join(groups[k:]), ["evasion", "multiline"]
    if mode == "space":
        return " ".join(groups), []
    if mode == "dot":
        return ".".join(groups), []
    return "-".join(groups), []


class Person(Ent):
    def __init__(self, first, last, g, mi, kind, r):
        self.first, self.last, self.g, self.mi, self.kind = first, last, g, mi, kind
        nick = NICK.get(first, (first, g))[0]
        full = "%s %s" % (first, last)
        inv = "%s, %s" % (last.upper(), first.upper()) + ((" " + mi) if r.random() < 0.6 else "")
        local = ascii_fold(first).lower()
        lastl = ascii_fold(last).lower()
        if kind in ("pt", "rel"):
            pat = r.choice(["{f}.{l}", "{f}{l}{n}", "{i}{l}", "{f}_{l}", "{l}.{f}{n}", "{nick}{l}{n}",
                            "{f}{n}"])
            user = pat.format(f=local, l=lastl, i=local[:1], n=dig(r, r.choice([2, 2, 4])),
                              nick=ascii_fold(nick).lower())
            email = "%s@%s" % (user, r.choice(PERSONAL_DOMAINS))
        elif kind == "rep":
            email = None  # filled by vendor below
        else:
            email = "%s%s@%s" % (local[:1], lastl, ORG_DOMAIN) if r.random() < 0.6 else \
                "%s.%s@%s" % (local, lastl, ORG_DOMAIN)
        self.email = email
        hon = "Mr." if g == "M" else r.choice(["Ms.", "Mrs.", "Ms"])
        if kind == "doc":
            default = wchoice(r, [("Dr. " + last, 70), ("Dr " + last, 8), (last, 8),
                                  ("Dr. " + full, 14)])
        else:
            default = full
        attrs = {
            "full": full, "first": first, "last": last, "nick": nick,
            "fml": "%s %s. %s" % (first, mi, last), "inv": inv, "invc": "%s, %s" % (last, first),
            "initlast": "%s. %s" % (first[0], last), "hon": hon,
            "she": "she" if g == "F" else "he", "She": "She" if g == "F" else "He",
            "her": "her" if g == "F" else "his", "him": "her" if g == "F" else "him",
            "sex": g,
        }
        Ent.__init__(self, default, attrs)

    def render(self, attr):
        if attr == "email":
            return self.email
        if attr == "emailx":
            return self.emailx
        return Ent.render(self, attr)


def make_person(r, kind, gender=None, last=None, first=None):
    origin = r.choice(ORIGINS)
    g = gender or r.choice("FM")
    if first is None:
        first = r.choice(origin[1] if g == "F" else origin[2])
    if last is None:
        pool = origin[3] if r.random() < 0.85 else r.choice(ORIGINS)[3]
        last = r.choice(pool)
        if r.random() < 0.07:
            other = r.choice(r.choice(ORIGINS)[3])
            if " " not in last and " " not in other and "-" not in last + other and other != last:
                last = last + "-" + other
    mi = r.choice("ABCDEFGHJKLMNPRSTW")
    p = Person(first, last, g, mi, kind, r)
    if p.email:
        if r.random() < 0.25 and kind in ("pt", "rel"):
            user, dom = p.email.split("@")
            name, tld = dom.rsplit(".", 1)
            style = r.choice(["{u} [at] {n} [dot] {t}", "{u} at {n} dot {t}", "{u}(at){n}(dot){t}",
                              "{u} @ {n} . {t}", "{u}[at]{n}.{t}"])
            p.emailx = style.format(u=user, n=name, t=tld)
            p.tags_emailx = ["evasion"]
        else:
            p.emailx = p.email
            p.tags_emailx = []
    return p


# --------------------------------------------------------------------------------------
# generators: fn(r, ctx, key) -> str or Ent
# --------------------------------------------------------------------------------------
def g_pt(r, ctx, key):
    return make_person(r, "pt")


def g_ptn(r, ctx, key):
    first = r.choice(sorted(NICK))
    return make_person(r, "pt", gender=NICK[first][1], first=first)


def g_rel(r, ctx, key):
    g = r.choice("FM")
    role = r.choice(REL_ROLES[g])
    last = None
    if role in FAMILY_SAME_LAST and r.random() < 0.55:
        last = ctx.get("pt").last
    p = make_person(r, "rel", gender=g, last=last)
    p.attrs["role"] = role
    return p


def g_staff(r, ctx, key):
    return make_person(r, "staff")


def g_doc(r, ctx, key):
    return make_person(r, "doc")


def g_vendor(r, ctx, key):
    if key == "vendor" and "rep" in ctx.cache:
        return ctx.cache["rep"].vendor
    used = [ctx.cache[k] for k in ctx.cache if k.startswith("vendor")]
    choices = [v for v, _ in VENDORS if v not in used]
    return r.choice(choices)


def g_rep(r, ctx, key):
    p = make_person(r, "rep")
    vendor = ctx.cache.get("vendor") if key == "rep" else None
    if vendor is None:
        vendor = r.choice(VENDORS)[0]
    dom = dict(VENDORS)[vendor]
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    p.email = r.choice(["%s.%s@%s", "%s%s@%s"]) % ((f, l, dom) if r.random() < 0.5 else (f[:1], l, dom))
    p.emailx = p.email
    p.tags_emailx = []
    p.vendor = vendor
    p.attrs["vendor"] = vendor
    return p


def g_exec(r, ctx, key):
    used = [ctx.cache[k].default for k in ctx.cache if k.startswith("exec")]
    name, title, g = r.choice([e for e in EXECS if e[0] not in used])
    first, last = name.split(" ", 1)
    email = "%s.%s@%s" % (first.lower(), last.lower(), ORG_DOMAIN)
    e = Ent(name, {"title": title, "first": first, "last": last, "full": name, "email": email,
                   "her": "her" if g == "F" else "his"})
    return e


def g_uid(r, ctx, key):
    return "U0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))


def pick_distinct(pool):
    def g(r, ctx, key):
        base = re.sub(r"\d+$", "", key)
        used = [ctx.cache[k] for k in ctx.cache if re.sub(r"\d+$", "", k) == base]
        cands = [x for x in pool if x not in used] or pool
        return r.choice(cands)
    return g


def ordinal(d):
    if 11 <= d % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(r, y, m, d, with_year):
    tags = []
    if with_year:
        f = wchoice(r, [("mm/dd/yyyy", 18), ("m/d/yyyy", 14), ("m/d/yy", 10), ("iso", 10),
                        ("Month d, yyyy", 10), ("Mon d yyyy", 6), ("d-Mon-yyyy", 8), ("d Month yyyy", 5),
                        ("mmddyyyy", 5), ("m.d.yyyy", 5), ("m-d-yyyy", 5), ("MON dd yyyy", 4)])
        s = {"mm/dd/yyyy": "%02d/%02d/%d" % (m, d, y), "m/d/yyyy": "%d/%d/%d" % (m, d, y),
             "m/d/yy": "%d/%d/%02d" % (m, d, y % 100), "iso": "%d-%02d-%02d" % (y, m, d),
             "Month d, yyyy": "%s %d, %d" % (MONTHS[m - 1], d, y), "Mon d yyyy": "%s %d %d" % (MON[m - 1], d, y),
             "d-Mon-yyyy": "%d-%s-%d" % (d, MON[m - 1], y), "d Month yyyy": "%d %s %d" % (d, MONTHS[m - 1], y),
             "mmddyyyy": "%02d%02d%d" % (m, d, y), "m.d.yyyy": "%d.%d.%d" % (m, d, y),
             "m-d-yyyy": "%d-%d-%d" % (m, d, y), "MON dd yyyy": "%s %02d %d" % (MON[m - 1].upper(), d, y)}[f]
        if f == "mmddyyyy":
            tags.append("evasion")
    else:
        f = wchoice(r, [("m/d", 30), ("mm/dd", 12), ("Mon d", 14), ("Month dth", 10), ("Mon dth", 10),
                        ("m-d", 6), ("d Mon", 5)])
        s = {"m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "Mon d": "%s %d" % (MON[m - 1], d),
             "Month dth": "%s %d%s" % (MONTHS[m - 1], d, ordinal(d)),
             "Mon dth": "%s %d%s" % (MON[m - 1], d, ordinal(d)), "m-d": "%d-%d" % (m, d),
             "d Mon": "%d %s" % (d, MON[m - 1])}[f]
    return s, tags


def g_dob(r, ctx, key):
    s, t = fmt_date(r, r.randint(1926, 2006), r.randint(1, 12), r.randint(1, 28), r.random() < 0.93)
    return Ent(s, tags=t)


def g_dos(r, ctx, key):
    s, t = fmt_date(r, r.choice([2025, 2026, 2026]), r.randint(1, 12), r.randint(1, 28), r.random() < 0.4)
    return Ent(s, tags=t)


def g_dosy(r, ctx, key):
    s, t = fmt_date(r, r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), True)
    return Ent(s, tags=t)


def g_mdate(r, ctx, key):
    s, _ = fmt_date(r, r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), r.random() < 0.35)
    return s


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age_words(n):
    if n < 100:
        return "ninety" + ("-" + ONES[n - 90] if n > 90 else "")
    rest = n - 100
    return "one hundred" + ((" and " + ONES[rest]) if rest else "")


def g_age(r, ctx, key):
    return Ent(str(wchoice(r, [(n, 12 if n < 97 else 3) for n in range(90, 108)])))


def g_agew(r, ctx, key):
    n = wchoice(r, [(n, 12 if n < 97 else 3) for n in range(90, 105)])
    return Ent(age_words(n), tags=["evasion", "spelled-age"])


def g_ssn(r, ctx, key, force=None):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    groups = ["%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)]
    mode = force or wchoice(r, [("dash", 50), ("space", 8), ("none", 9), ("mixed", 7), ("fw", 6), ("zw", 6),
                                ("nbsp", 4), ("spaced", 4), ("spelled", 4), ("newline", 2)])
    s, t = obf_groups(r, groups, mode)
    return Ent(s, tags=t)


def g_ssnnodash(r, ctx, key):
    return g_ssn(r, ctx, key, force="none")


def g_ssnobf(r, ctx, key):
    return g_ssn(r, ctx, key, force=r.choice(["mixed", "fw", "zw", "nbsp", "spaced", "spelled"]))


AREAS = ["978", "617", "508", "781", "603", "339", "857", "351", "774", "413"]


def phone_digits(r):
    ex = "555" if r.random() < 0.3 else str(r.randint(2, 9)) + dig(r, 2)
    return r.choice(AREAS), ex, dig(r, 4)


def g_phone(r, ctx, key, force=None, ext=None):
    a, e, l = phone_digits(r)
    groups = [a, e, l]
    plain = "(%s) %s-%s" % (a, e, l)
    mode = force or wchoice(r, [("paren", 26), ("dash", 22), ("dot", 10), ("space", 5), ("plus1", 8),
                                ("plus1dash", 4), ("one", 4), ("none", 6), ("e164", 3), ("fw", 3), ("zw", 3),
                                ("spelled", 2), ("spaced", 2), ("mixed", 2)])
    tags = []
    if mode == "paren":
        s = plain
    elif mode == "plus1":
        s = "+1 %s %s %s" % (a, e, l)
    elif mode == "plus1dash":
        s = "+1-%s-%s-%s" % (a, e, l)
    elif mode == "one":
        s = "1-%s-%s-%s" % (a, e, l)
    elif mode == "e164":
        s = "+1%s%s%s" % (a, e, l)
    elif mode == "none":
        s = a + e + l
    else:
        s, tags = obf_groups(r, groups, mode)
    if ext is None:
        ext = r.random() < 0.05
    if ext:
        s += r.choice([" ext. ", " ext ", " x", " x.", " ext."]) + str(r.randint(2, 4999))
    return Ent(s, {"tel": "+1" + a + e + l, "plain": plain}, tags)


def g_phonex(r, ctx, key):
    return g_phone(r, ctx, key, force=r.choice(["paren", "dash", "dot"]), ext=True)


def g_phonespell(r, ctx, key):
    return g_phone(r, ctx, key, force=r.choice(["spelled", "spelled", "spaced"]))


def g_email(r, ctx, key):
    p = make_person(r, "pt")
    return Ent(p.email)


def g_emailobf(r, ctx, key):
    p = make_person(r, "pt")
    user, dom = p.email.split("@")
    name, tld = dom.rsplit(".", 1)
    style = r.choice(["{u} [at] {n} [dot] {t}", "{u} at {n} dot {t}", "{u}(at){n}(dot){t}", "{u} AT {n} DOT {t}"])
    return Ent(style.format(u=user, n=name, t=tld), tags=["evasion"])


def g_mrn(r, ctx, key, force=None):
    base = wchoice(r, [("00" + dig(r, 6), 30), ("E" + dig(r, 7), 15), ("1" + dig(r, 9), 20),
                       (str(r.randint(1, 9)) + dig(r, 6), 20), ("NF" + dig(r, 7), 8),
                       ("%s-%s-%s" % (dig(r, 3), dig(r, 3), dig(r, 2)), 7)])
    mode = force or wchoice(r, [("plain", 84), ("fw", 4), ("zw", 4), ("spaced", 3), ("nbsp", 2), ("newline", 3)])
    tags = []
    if mode != "plain":
        digits = re.sub(r"\D", "", base)
        pre = re.sub(r"\d", "", base.split("-")[0]) if not base[0].isdigit() else ""
        if mode == "fw":
            s, tags = base.translate(FULLWIDTH), ["evasion", "fullwidth"]
        elif mode == "zw":
            k = r.randint(2, len(base) - 2)
            s, tags = base[:k] + ZW + base[k:], ["evasion", "zero-width"]
        elif mode == "spaced":
            s, tags = pre + " ".join(digits), ["evasion"]
        elif mode == "nbsp":
            k = len(base) // 2
            s, tags = base[:k] + NBSP + base[k:], ["evasion", "nbsp"]
        else:  # newline inside
            k = len(base) // 2
            s, tags = base[:k] + "\n" + base[k:], ["evasion", "multiline"]
        return Ent(s, tags=tags)
    return Ent(base)


def g_mrnobf(r, ctx, key):
    return g_mrn(r, ctx, key, force=r.choice(["fw", "zw", "spaced", "nbsp"]))


def g_mrnbreak(r, ctx, key):
    return g_mrn(r, ctx, key, force="newline")


MBI_C = "123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def g_mbi(r, ctx, key):
    an = MBI_A + MBI_N
    pat = [MBI_C, MBI_A, an, MBI_N, MBI_A, an, MBI_N, MBI_A, MBI_A, MBI_N, MBI_N]
    s = "".join(r.choice(p) for p in pat)
    if r.random() < 0.4:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return Ent(s)


def g_memid(r, ctx, key):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = wchoice(r, [("".join(r.choice(L) for _ in range(3)) + dig(r, 9), 30), ("W" + dig(r, 9), 12),
                    (dig(r, 9) + " " + r.choice(["01", "02", "03"]), 10), (dig(r, 9) + r.choice(["01", "02"]), 8),
                    ("HP" + dig(r, 10), 8), ("1" + dig(r, 11), 8),
                    ("".join(r.choice(L) for _ in range(3)) + "-" + dig(r, 4) + "-" + dig(r, 5), 6),
                    ("ZGP" + dig(r, 8), 6)])
    tags = []
    if r.random() < 0.06:
        s = " ".join(s)
        tags = ["evasion"]
    return Ent(s, tags=tags)


def g_medicaid(r, ctx, key):
    return Ent("1000" + dig(r, 8))


def g_har(r, ctx, key):
    return Ent(wchoice(r, [("4001" + dig(r, 7), 40), ("HAR" + dig(r, 9), 10), (dig(r, 4) + "-" + dig(r, 4) + "-" + dig(r, 1), 20),
                           ("3" + dig(r, 9), 30)]))


def g_guar(r, ctx, key):
    return Ent(r.choice(["G", "G-", "GU"]) + dig(r, 7))


def g_bank(r, ctx, key):
    return Ent(dig(r, r.choice([9, 10, 12])))


def g_dea(r, ctx, key):
    sur = ctx.cache.get("surgeon") or ctx.cache.get("staff")
    second = ascii_fold(sur.last)[:1].upper() if sur else r.choice("ABCDEFGHKLMNPRSTW")
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return Ent(r.choice("ABFGM") + second + "".join(map(str, d)) + str(chk))


def g_lic(r, ctx, key):
    return Ent(wchoice(r, [(str(r.randint(200000, 289999)), 30), ("RN" + dig(r, 7), 20), ("RN-0" + dig(r, 5), 8),
                           ("MD.00" + dig(r, 5), 8), ("CRNA" + dig(r, 5), 8), (dig(r, 5), 8),
                           ("PA-" + dig(r, 6), 6)]))


def g_dl(r, ctx, key):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return Ent(wchoice(r, [("S" + dig(r, 8), 40), (dig(r, 2) + "".join(r.choice(L) for _ in range(3)) + dig(r, 5), 20),
                           (r.choice(L) + dig(r, 7), 15), ("SA" + dig(r, 7), 10)]))


def g_plate(r, ctx, key):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))
    return Ent(wchoice(r, [(dig(r, 1) + a(3) + dig(r, 2), 30), (dig(r, 3) + " " + a(2) + dig(r, 1), 20),
                           (dig(r, 1) + a(2) + "-" + a(1) + dig(r, 2), 10), (dig(r, 7), 10), (a(3) + " " + dig(r, 4), 15),
                           (dig(r, 3) + a(3), 15)]))


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(r, ctx, key):
    C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(r.choice(["1HG", "1FT", "2T1", "JTD", "5YJ", "1C4", "3VW", "KMH", "4T1", "JN8"]) +
             "".join(r.choice(C) for _ in range(5)) + "0" + r.choice("LMNPRS") + r.choice("ABCDKLNT") + dig(r, 6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return Ent("".join(v))


def g_devsn(r, ctx, key):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return Ent(wchoice(r, [("".join(r.choice(L) for _ in range(3)) + dig(r, 6) + r.choice("SGHV"), 50),
                           ("PJN" + dig(r, 6) + "S", 15), (dig(r, 6), 10), ("SN" + dig(r, 7), 10),
                           ("%s-%s" % (dig(r, 4), dig(r, 4)), 15)]))


def g_pumpsn(r, ctx, key):
    return Ent(wchoice(r, [("NG" + dig(r, 7) + "H", 40), ("PBI" + dig(r, 7), 30), ("T:" + dig(r, 8), 10),
                           (dig(r, 3) + "-" + dig(r, 3) + "-" + dig(r, 3), 20)]))


def g_cgmsn(r, ctx, key):
    C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return Ent("".join(r.choice(C) for _ in range(r.choice([8, 10]))))


def g_hasn(r, ctx, key):
    return Ent(wchoice(r, [(dig(r, 4) + r.choice("ABCDX") + dig(r, 4), 50), ("CI-" + dig(r, 7), 25),
                           (dig(r, 10), 25)]))


def g_implsn(r, ctx, key):
    return Ent(wchoice(r, [(dig(r, 8) + "-" + dig(r, 3), 30), ("SN" + dig(r, 8), 20), (dig(r, 7), 20),
                           (r.choice(["NPK", "RNK", "ALG", "XBT"]) + dig(r, 6) + r.choice("NHS"), 30)]))


def gtin(r):
    body = "00" + dig(r, 11)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)


def g_udi(r, ctx, key):
    exp = "%02d%02d%02d" % (r.randint(26, 30), r.randint(1, 12), r.randint(1, 28))
    sn = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    lot = r.choice(["", "(10)" + dig(r, 2) + r.choice("ABCDEFGH") + dig(r, 4)])
    if r.random() < 0.75:
        return Ent("(01)%s(17)%s%s(21)%s" % (gtin(r), exp, lot, sn))
    return Ent("01%s17%s21%s" % (gtin(r), exp, sn))


def g_cc(r, ctx, key):
    kind = r.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        payload = r.choice(["34", "37"]) + dig(r, 12)
        n = payload + luhn_digit(payload)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        payload = ("4" if kind == "visa" else "5" + str(r.randint(1, 5))) + dig(r, 14 if kind == "visa" else 13)
        n = payload + luhn_digit(payload)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    mode = wchoice(r, [("space", 45), ("dash", 25), ("none", 15), ("fw", 4), ("zw", 4), ("nbsp", 3), ("mixed", 4)])
    s, t = obf_groups(r, groups, mode)
    if mode == "none":
        t = []
    return Ent(s, tags=t)


def g_ip(r, ctx, key):
    return wchoice(r, [("10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), 45),
                       ("172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)), 15),
                       ("192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)), 25),
                       ("%d.%d.%d.%d" % (r.choice([64, 73, 98, 108, 146, 204]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), 15)])


def g_ip6(r, ctx, key):
    h = lambda: "%x" % r.randint(0, 0xffff)
    return r.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
                     "2001:db8:%s:%s::%s" % (h(), h(), h()),
                     "fd12:%s:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h(), h())])


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold_keep(s).lower()).strip("-")


def ascii_fold_keep(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def g_url_status(r, ctx, key):
    pt = ctx.get("pt")
    return r.choice(["https://status.%s/family/%s-%s" % (ORG_DOMAIN, slug(pt.last), dig(r, 5)),
                     "https://surgerystatus.%s/t/P%s" % (ORG_DOMAIN, dig(r, 8)),
                     "https://%s/periop/tracker?patient=%s" % (ORG_DOMAIN, dig(r, 8))])


def g_url_care(r, ctx, key):
    pt = ctx.get("pt")
    return r.choice(["https://www.caringbridge.org/site/%s" % slug(pt.first + pt.last).replace("-", ""),
                     "https://www.caringbridge.org/visit/%s%s" % (slug(pt.first).replace("-", ""), slug(pt.last).replace("-", "")),
                     "https://www.gofundme.com/f/help-%s-%s-recover" % (slug(pt.first), slug(pt.last))])


def g_url_visit(r, ctx, key):
    pt = ctx.get("pt")
    return r.choice(["https://telehealth.%s/join/%s-%s" % (ORG_DOMAIN, slug(pt.last), dig(r, 6)),
                     "https://mychart.%s/MyChart/Visit?pid=%s&csn=%s" % (ORG_DOMAIN, dig(r, 8), dig(r, 9)),
                     "https://video.%s/v/%s.%s" % (ORG_DOMAIN, slug(pt.first), slug(pt.last))])


def g_url_portal(r, ctx, key):
    return r.choice(["https://epic.%s/chart/patient/%s/summary" % (ORG_DOMAIN, "00" + dig(r, 6)),
                     "https://mychart.%s/MyChart/app/test-results?mrn=%s" % (ORG_DOMAIN, "E" + dig(r, 7)),
                     "https://optime.%s/cases/view?mrn=%s&dos=%s" % (ORG_DOMAIN, "1" + dig(r, 9), "2026-0%d-%02d" % (r.randint(1, 9), r.randint(1, 28)))])


def g_home(r, ctx, key):
    town, st, z = r.choice(TOWNS)
    street = "%d %s" % (r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 2999)]), r.choice(STREETS))
    unit = wchoice(r, [("", 60), (", Apt 3B", 8), (" #2", 8), (", Unit 14", 6), (" Apt 2", 6), (", Apt %d" % r.randint(1, 40), 12)])
    zip_ = z if r.random() < 0.8 else z + "-" + dig(r, 4)
    fmt = wchoice(r, [(0, 35), (1, 20), (2, 20), (3, 10), (4, 15)])
    full = ["%s%s, %s, %s %s" % (street, unit, town, st, zip_),
            "%s%s %s %s %s" % (street, unit, town, st, zip_),
            "%s%s, %s %s %s" % (street, unit, town, st, zip_),
            "%s%s, %s %s" % (street, unit, town, st),
            "%s%s, %s, %s" % (street, unit, town, st)][fmt]
    ml = "%s%s\n%s, %s %s" % (street, unit, town, st, zip_)
    return Ent(full, {"street": street + unit, "town": town, "zip": zip_, "full": full, "ml": ml, "st": st})


def g_pobox(r, ctx, key):
    town, st, z = r.choice(TOWNS)
    return Ent("%s %d, %s %s %s" % (r.choice(["PO Box", "P.O. Box", "PO BOX"]), r.randint(10, 2999), town, st, z))


def g_fac(r, ctx, key):
    name, street, town, st, z = r.choice(FACILITIES)
    addr = r.choice(["%s, %s, %s %s" % (street, town, st, z), "%s, %s %s %s" % (street, town, st, z)])
    return Ent(addr, {"name": name, "street": street, "town": town, "zip": z, "addr": addr})


def g_venue(r, ctx, key):
    n, a = r.choice(VENUES)
    return Ent(n, {"addr": a})


def g_npi(r, ctx, key):
    body = r.choice("12") + dig(r, 8)
    return body + luhn_digit("80840" + body)


def g_po(r, ctx, key):
    return wchoice(r, [("45001" + dig(r, 5), 40), ("%d-%s" % (r.choice([2025, 2026]), dig(r, 4)), 25),
                       (dig(r, 6), 20), ("NGH" + dig(r, 6), 15)])


def g_invoice(r, ctx, key):
    return r.choice(["INV-2026-" + dig(r, 4), "9001" + dig(r, 3), "INV" + dig(r, 6), "90" + dig(r, 8)])


def g_ticket(r, ctx, key):
    return r.choice(["INC00" + dig(r, 5), "RITM00" + dig(r, 5), "SPD-" + dig(r, 4), "DEL-" + dig(r, 4),
                     "REQ" + dig(r, 7), "INC" + dig(r, 7), "OR-" + dig(r, 4)])


def g_order(r, ctx, key):
    return dig(r, r.choice([7, 8, 9]))


def g_zoomid(r, ctx, key):
    return "%s %s %s" % (str(r.randint(81, 99)) + dig(r, 1), dig(r, 4), dig(r, 4))


def g_zoomurl(r, ctx, key):
    return "https://northfieldhealth.zoom.us/j/%s%s" % (str(r.randint(81, 99)), dig(r, 9))


def g_build(r, ctx, key):
    return r.choice(["%d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 3), r.randint(1, 40)),
                     "%d.%d.%d.%d" % (r.randint(4, 12), r.randint(0, 9), r.randint(0, 9), r.randint(10, 250)),
                     "%d.%d.%d" % (r.randint(1, 11), r.randint(0, 9), r.randint(0, 30))])


def g_ver(r, ctx, key):
    return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20)),
                     "%d.%d" % (r.randint(1, 9), r.randint(0, 9)), "R%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9)),
                     "v%d.%d.%d.%d" % (r.randint(1, 10), r.randint(0, 9), r.randint(0, 9), r.randint(0, 99))])


def g_money(r, ctx, key):
    return r.choice(["$%s" % format(r.randint(200, 9000), ","), "$%s.%02d" % (format(r.randint(200, 60000), ","), r.randint(0, 99)),
                     "$%d,000" % r.randint(10, 900), "$%.1fM" % (r.randint(11, 49) / 10.0), "$%dk" % r.randint(5, 250)])


def g_lot(r, ctx, key):
    return r.choice([dig(r, 2) + r.choice("ABCDEFGH") + dig(r, 4), r.choice("HKMT") + dig(r, 4) + r.choice("ABC"),
                     "LOT" + dig(r, 4) + "-" + dig(r, 2)])


def fixed(pool):
    return lambda r, ctx, key: r.choice(pool)


GEN = {
    "pt": g_pt, "ptn": g_ptn, "rel": g_rel, "emp": g_staff, "vip": g_pt,
    "staff": g_staff, "surgeon": g_doc, "doc": g_doc, "anes": g_doc, "rep": g_rep, "exec": g_exec,
    "uid": g_uid, "vendor": g_vendor,
    "dob": g_dob, "dos": g_dos, "dosy": g_dosy, "mdate": g_mdate,
    "age": g_age, "agew": g_agew,
    "ssn": g_ssn, "ssnnodash": g_ssnnodash, "ssnobf": g_ssnobf,
    "phone": g_phone, "phonex": g_phonex, "phonespell": g_phonespell,
    "email": g_email, "emailobf": g_emailobf,
    "mrn": g_mrn, "mrnobf": g_mrnobf, "mrnbreak": g_mrnbreak,
    "memid": g_memid, "mbi": g_mbi, "medicaid": g_medicaid,
    "har": g_har, "guar": g_guar, "bank": g_bank,
    "dea": g_dea, "lic": g_lic, "dl": g_dl, "plate": g_plate, "vin": g_vin,
    "devsn": g_devsn, "pumpsn": g_pumpsn, "cgmsn": g_cgmsn, "hasn": g_hasn, "implsn": g_implsn, "udi": g_udi,
    "cc": g_cc, "ip": g_ip, "ip6": g_ip6,
    "url_status": g_url_status, "url_care": g_url_care, "url_visit": g_url_visit, "url_portal": g_url_portal,
    "home": g_home, "pobox": g_pobox, "fac": g_fac, "venue": g_venue,
    "npi": g_npi, "po": g_po, "invoice": g_invoice, "ticket": g_ticket, "order": g_order,
    "zoomid": g_zoomid, "zoom_url": g_zoomurl, "build": g_build, "ver": g_ver, "money": g_money, "lot": g_lot,
    "room": pick_distinct(ROOMS), "proc": pick_distinct(PROCS), "cpt": pick_distinct(CPTS),
    "icd": pick_distinct(ICDS), "drug": pick_distinct(DRUGS), "drugdose": pick_distinct(DRUGDOSES),
    "implant": pick_distinct(IMPLANTS), "instrument": pick_distinct(INSTRUMENTS), "tray": pick_distinct(TRAYS),
    "weekday": pick_distinct(WEEKDAYS), "time": pick_distinct(TIMES), "month": pick_distinct(MONTHS),
    "payer": pick_distinct(PAYERS), "biztown": pick_distinct([t[0] for t in TOWNS[:14]]),
    "unitbed": fixed(UNITBEDS), "proc_urgent": fixed(URGENT), "devmaker": fixed(DEVMAKERS),
    "lang": fixed(LANGS), "car": fixed(CARS), "bldg": fixed(BLDGS), "pubfig": fixed(PUBFIGS),
    "vendcity": fixed(VENDCITIES), "robot": fixed(ROBOTS), "ster": fixed(STERILIZERS), "product": fixed(PRODUCTS),
    "bayn": lambda r, c, k: str(r.randint(1, 30)),
    "n": lambda r, c, k: str(r.randint(2, 48)),
    "pct": lambda r, c, k: str(r.randint(3, 41)),
    "ebl": lambda r, c, k: str(r.choice([25, 50, 75, 100, 150, 200, 300, 450, 600])),
    "extn": lambda r, c, k: str(r.randint(2, 7)) + dig(r, 3),
    "last4": lambda r, c, k: dig(r, 4),
    "ccexp": lambda r, c, k: r.choice(["%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), "%02d/20%02d" % (r.randint(1, 12), r.randint(26, 31))]),
    "group": lambda r, c, k: r.choice(["00" + dig(r, 4), dig(r, 5) + "-00" + dig(r, 1), "GRP" + dig(r, 6), "0" + dig(r, 6)]),
    "rte": lambda r, c, k: r.choice(["110", "113", "38", "28", "3A", "125", "97"]),
    "agelow": lambda r, c, k: str(r.randint(19, 89)),
    "year": lambda r, c, k: str(r.randint(1958, 1999)),
    "year2": lambda r, c, k: r.choice(["2026", "2027", "CY2026", "CY2027"]),
    "bldgage": lambda r, c, k: str(r.randint(26, 64)),
    "zipish": lambda r, c, k: r.choice(["0", "1", "2", "7"]) + dig(r, 4),
    "asset": lambda r, c, k: r.choice(["BME-00" + dig(r, 4), "300" + dig(r, 5), "NGH-A" + dig(r, 5)]),
    "equipsn": lambda r, c, k: r.choice([dig(r, 7), "Q" + dig(r, 1) + "K" + dig(r, 4), dig(r, 7) + "-B"]),
    "scopeid": lambda r, c, k: r.choice(["GIF-H190 #" + dig(r, 7), "CF-HQ190L s/n " + dig(r, 7), "URF-P7 #" + dig(r, 6)]),
    "rma": lambda r, c, k: r.choice(["RMA " + dig(r, 6), "FA-2026-0" + dig(r, 2), "Z-" + dig(r, 4) + "-2026"]),
    "chg": lambda r, c, k: "CHG00" + dig(r, 5),
    "costcenter": lambda r, c, k: dig(r, 4) + "-" + dig(r, 3),
    "req": lambda r, c, k: "REQ-" + dig(r, 5),
    "contract": lambda r, c, k: r.choice(["CTR-2024-" + dig(r, 3), "MSA-" + dig(r, 4), "GPO-" + dig(r, 5)]),
    "epicver": lambda r, c, k: r.choice(["Epic May 2025", "Epic Nov '25", "Epic Feb 2026", "OpTime 2025.2"]),
    "iosver": lambda r, c, k: r.choice(["17.4.1", "18.2", "18.3.1", "17.6"]),
    "intranet": lambda r, c, k: r.choice(["https://intranet.%s/periop/prefcards" % ORG_DOMAIN,
                                          "http://sharepoint/sites/periop/Policies/Forms",
                                          "https://intranet.%s/spd/ifu-library" % ORG_DOMAIN]),
    "robotid": lambda r, c, k: r.choice(["Xi #2", "SK" + dig(r, 4), "Mako 3"]),
    "donor": lambda r, c, k: r.choice(["Alvarez", "Whitcomb", "Nakamura", "O'Donnell", "Haddad", "Sterling"]),
}


class Ctx:
    def __init__(self, r):
        self.r = r
        self.cache = {}

    def get(self, key):
        if key not in self.cache:
            base = re.sub(r"\d+$", "", key)
            self.cache[key] = (GEN[key] if key in GEN else GEN[base])(self.r, self, key)
        return self.cache[key]

    def value(self, ref):
        key, _, attr = ref.partition(".")
        obj = self.get(key)
        if isinstance(obj, str):
            if attr:
                raise KeyError(ref)
            return obj, []
        if attr == "emailx":
            return obj.emailx, list(obj.tags_emailx)
        return obj.render(attr or None), (obj.tags if not attr or attr not in ("tel", "plain") else [])


# --------------------------------------------------------------------------------------
# frames: (template, tags).  PHI frames contain at least one ⟦span⟧, clean frames none.
# --------------------------------------------------------------------------------------
PHI = []
CLEAN = []


def p(t, tags=""):
    PHI.append((t, tags.split()))


def c(t, tags=""):
    CLEAN.append((t, tags.split()))


# --- OR board / scheduling
p("add-on tonight: ⟦NAME:pt⟧, MRN ⟦MRN:mrn⟧, {proc_urgent}, {surgeon} wants the next open room", "or-board add-on")
p("Board update — {room}: ⟦NAME:pt.inv⟧ ({proc}) now a {time} start", "or-board")
p("can someone confirm ⟦NAME:pt⟧'s {proc} is still on for ⟦DATE:dos⟧? {surgeon}'s office says it got moved", "or-board question")
p("[OR Scheduling] Case booked\nPatient: ⟦NAME:pt.inv⟧\nMRN: ⟦MRN:mrn⟧\nDOB: ⟦DATE:dob⟧\nProcedure: {proc} ({cpt})\nSurgeon: {surgeon}\nDate of service: ⟦DATE:dosy⟧ {time}\nRoom: {room}", "system-notification structured cpt")
p("{surgeon} wants to flip ⟦NAME:pt.last⟧ and ⟦NAME:pt2.last⟧ in {room}. anyone object?", "or-board question")
p("cxl ⟦NAME:pt⟧ (⟦MRN:mrn⟧) — ate breakfast 🙄 rebooking for ⟦DATE:dos⟧", "cancellation")
p("{room} running behind, ⟦NAME:pt⟧ still in pre-op waiting on type & screen", "delay")
p("⟦AGE:age⟧ yo hip fx for the morning, ⟦NAME:pt⟧, {surgeon} wants geri to see {pt.him} first", "or-board")
p("*{room} — {time}*\n• ⟦NAME:pt.invc⟧ | MRN `⟦MRN:mrn⟧` | {proc}\n• turnover 30\n• rep: {rep} ({vendor})", "or-board structured list")
p("who put ⟦NAME:pt.fml⟧ on the board twice? one under {room} and one under {room2}", "or-board question")
p("@{staff.first} pls move ⟦NAME:pt.last⟧ ({cpt}) from ⟦DATE:dos⟧ to ⟦DATE:dos2⟧, {surgeon} is out", "or-board cpt")
p("Surgical board diff (auto):\n+ {room} {time} ⟦NAME:pt.inv⟧ {proc}\n- {room2} {time2} ⟦NAME:pt2.inv⟧ {proc2} (moved to ⟦DATE:dos⟧)", "system-notification or-board")
p("block release: {surgeon} released {weekday} but ⟦NAME:pt⟧ is still booked in it for ⟦DATE:dos⟧??", "or-board calendar")
p("emergent add-on 🚨 ⟦NAME:pt⟧ ⟦AGE:age⟧{pt.sex} ruptured AAA, vascular on the way, {room}", "add-on")
p("is the ⟦DATE:dos⟧ date for ⟦NAME:pt.last⟧ firm? family is booking flights", "or-board question")
p("• ⟦NAME:pt⟧ — {proc} — {room}\n• ⟦NAME:pt2⟧ — {proc2} — {room2}\n• ⟦NAME:pt3⟧ — {proc3} — {room3}", "or-board list")
p("name alert ⚠️ two ⟦NAME:pt.last⟧s on the board today, ⟦NAME:pt.first⟧ in {room} and ⟦NAME:pt2.first⟧ in {room2}", "or-board name-alert")
p("🔔 OpTime: Case status for ⟦NAME:pt.invc⟧ changed to *In Room* ({room}, {time})", "system-notification")
p("tmrw's first starts: {room} ⟦NAME:pt.last⟧, {room2} ⟦NAME:pt2.last⟧, {room3} still open", "or-board")
p("{surgeon} added on ⟦NAME:pt⟧ ({proc_urgent}); DOB ⟦DATE:dob⟧, NPO since 0200", "add-on")
p("the ⟦DATE:dos⟧ list for {surgeon}: ⟦NAME:pt.invc⟧ then ⟦NAME:pt2.invc⟧. confirm order?", "or-board question")
p("⟦NAME:pt⟧ scheduled ⟦DATE:dosy⟧ for {proc} — that's a 90-day global so {surgeon} won't bill the f/u", "or-board duration")

# --- pre-op calls and clearances
p("pre-op call done for ⟦NAME:pt⟧ ✅ NPO after midnight reviewed, arrival {time}, {pt.her} {rel.role} ⟦NAME:rel.first⟧ is driving", "pre-op-call family")
p("cardiac clearance still missing for ⟦NAME:pt.inv⟧ DOB ⟦DATE:dob⟧ — cardiology fax is ⟦PHONE:phone⟧", "clearance")
p("left vm for ⟦NAME:pt⟧ at ⟦PHONE:phone⟧ re arrival time. 2nd attempt.", "pre-op-call")
p("pt's {rel.role} ⟦NAME:rel⟧ called back from ⟦PHONE:phone⟧ — {rel.she}'s the POA and wants {surgeon} to call", "pre-op-call family")
p("H&P for ⟦NAME:pt⟧ is dated ⟦DATE:dos⟧, that's outside 30 days. need an update before {pt.she} can go", "clearance")
p("PAT note: ⟦NAME:pt⟧ lives alone in ⟦ADDRESS:home.town⟧, no ride home → may need 23h obs", "pre-op")
p("pt confirmed mailing address for the post-op kit: ⟦ADDRESS:home.full⟧", "pre-op address")
p("covid swab for ⟦NAME:pt.last⟧ collected ⟦DATE:dos⟧ so we're good for the case", "pre-op")
p("Pre-admission testing\n> Name: ⟦NAME:pt⟧\n> DOB: ⟦DATE:dob⟧\n> Phone: ⟦PHONE:phone⟧\n> Last Eliquis dose: ⟦DATE:dos⟧\n> Ride: ⟦NAME:rel⟧ ({rel.role})", "pre-op structured forwarded")
p("can't reach ⟦NAME:pt⟧, number on file ⟦PHONE:phone⟧ is disconnected. alt # from the office: ⟦PHONE:phone2⟧", "pre-op-call")
p("{pt.hon} ⟦NAME:pt.last⟧ says {pt.she} stopped {pt.her} metformin ⟦DATE:dos⟧, anesthesia ok w that?", "pre-op anesthesia question")
p("pre-op: is ⟦NAME:pt⟧ the one whose {rel.role} is deaf? need an ASL interpreter at {time}", "pre-op question")
p("pt ⟦NAME:pt⟧ ⟦AGE:age⟧ y/o — family says {pt.she} gets confused at night, flag delirium precautions", "pre-op")
p("clearance letter from Dr. {doc.last} faxed over for ⟦NAME:pt⟧ (DOB ⟦DATE:dob⟧), PCP office # ⟦PHONE:phone⟧ if questions", "clearance")
p("pt's ZIP is ⟦ADDRESS:home.zip⟧ so the courier can't do same-day for the cold therapy unit", "pre-op address zip")
p("q: can I text ⟦NAME:pt⟧ at ⟦PHONE:phone⟧ the arrival time or does it have to be a call?", "pre-op-call hipaa question")
p("Pt ID verified x2: ⟦NAME:pt.inv⟧ / ⟦DATE:dob⟧ / ⟦MRN:mrn⟧ ✔️", "pre-op structured")
p("pre op nurse here — ⟦NAME:pt⟧'s {rel.role} says DOB is ⟦DATE:dob⟧ & SSN ⟦SSN:ssn⟧, does that match registration?", "pre-op registration")
p("pt states DOB ⟦DATE:dob⟧ but the band says ⟦DATE:dob2⟧ — STOP, re-band before {room}", "pre-op safety")
p("interpreter needed: ⟦NAME:pt⟧ speaks {lang} only, {pt.her} {rel.role} ⟦NAME:rel.first⟧ can't stay past noon", "pre-op interpreter")
p("lab says ⟦NAME:pt⟧'s potassium from ⟦DATE:dos⟧ was hemolyzed, redraw in pre-op pls", "pre-op lab")
p("pre-op called ⟦NAME:pt.first⟧ at ⟦PHONE:phone⟧ — {pt.she} wants to know if {pt.she} can take {pt.her} lisinopril am of surgery", "pre-op-call question")
p("PAT appt for ⟦NAME:pt.invc⟧ is ⟦DATE:dos⟧ {time}, surgery ⟦DATE:dos2⟧ w/ {surgeon}", "pre-op")
p("ride home for ⟦NAME:pt⟧ fell through; {pt.her} neighbor ⟦NAME:rel⟧ ⟦PHONE:phone⟧ can do it after 3", "pre-op family")
p("pre-op checklist\n- consent ✅\n- H&P ✅\n- T&S pending\n- pt ⟦NAME:pt⟧ / MRN ⟦MRN:mrn⟧\n- arrival {time}", "pre-op list structured")
p("reminder call for ⟦NAME:pt.first⟧ tmrw — if no answer at ⟦PHONE:phone⟧ ask for {pt.her} {rel.role}", "pre-op-call")

# --- anesthesia
p("anesthesia wants eyes on ⟦NAME:pt⟧ before induction — {pt.her} {rel.role} had MH with a tonsillectomy", "anesthesia")
p("difficult airway flag on MRN ⟦MRN:mrn⟧, bring the glidescope to {room}", "anesthesia")
p("⟦NAME:pt⟧, ⟦AGE:age⟧, ASA 4, EF 20% — {anes} wants to talk to {surgeon} before we roll", "anesthesia")
p("pacer pt in {room}: ⟦NAME:pt⟧, {devmaker} device SN ⟦DEVICE_ID:devsn⟧ — rep needs to set it to DOO before bovie", "anesthesia device")
p("pump check: ⟦NAME:pt.inv⟧ insulin pump serial ⟦DEVICE_ID:pumpsn⟧, endo says leave it running on basal", "anesthesia device")
p("block done on ⟦NAME:pt.last⟧ ({room}) — {drugdose}, interscalene, all good", "anesthesia drug-dose")
p("JW pt ⟦NAME:pt⟧ — no blood, signed refusal scanned under MRN ⟦MRN:mrn⟧", "anesthesia")
p("CGM on ⟦NAME:pt.first⟧ in bay {bayn} (sn ⟦DEVICE_ID:cgmsn⟧) — take it off for the CT or nah?", "anesthesia device question")
p("anesthesia consent: guardian ⟦NAME:rel⟧ consented for ⟦NAME:pt⟧ by phone ⟦PHONE:phone⟧, witness {staff}", "anesthesia consent")
p("preop ekg for ⟦NAME:pt.invc⟧ from ⟦DATE:dos⟧ shows new afib, call {surgeon}?", "anesthesia question")
p("pt has a hearing aid, L ear, serial ⟦DEVICE_ID:hasn⟧ — bagged + labelled w/ ⟦NAME:pt⟧'s sticker in PACU", "device pacu")
p("MRN ⟦MRN:mrn⟧ — ⟦AGE:age⟧{pt.sex}, frail, {surgeon} wants a palliative consult before consent", "anesthesia")
p("the ⟦AGE:agew⟧-year-old in {room}, ⟦NAME:pt.last⟧, is asking for {pt.her} hearing aids", "anesthesia")
p("{anes} cancelled ⟦NAME:pt⟧ in holding: K+ 6.1 from this am. case to ⟦DATE:dos⟧ tentatively", "anesthesia cancellation")
p("spinal vs GA for ⟦NAME:pt.invc⟧? {pt.she}'s on plavix, last dose ⟦DATE:dos⟧ per {pt.her} {rel.role}", "anesthesia question")
p("ICD pt ⟦NAME:pt⟧ — {devmaker} rep is bringing the magnet, device serial ⟦DEVICE_ID:devsn⟧, ok to proceed in {room}", "anesthesia device vendor")
p("OSA + BMI 52: ⟦NAME:pt.fml⟧ goes to main not the ASC. {anes} agrees", "anesthesia")

# --- PACU
p("PACU handoff\nPt: ⟦NAME:pt⟧  MRN ⟦MRN:mrn⟧\nProc: {proc}\nEBL {ebl} mL\nFamily: ⟦NAME:rel⟧ ⟦PHONE:phone⟧ (waiting rm)", "pacu structured family")
p("bay {bayn} ⟦NAME:pt.first⟧ wants {pt.her} glasses, {pt.her} {rel.role} ⟦NAME:rel.first⟧ has them", "pacu family")
p("family update texted to ⟦PHONE:phone⟧: ⟦NAME:pt.last⟧ out of OR at {time}, doing fine 👍", "pacu family")
p("ortho pt ⟦NAME:pt⟧ → {unitbed}, report called to {staff}", "pacu")
p("PACU hold 3h for ⟦NAME:pt.fml⟧ waiting on a bed. {pt.her} {rel.role} keeps calling the desk from ⟦PHONE:phone⟧ 😬", "pacu family")
p("discharge from PACU: ⟦NAME:pt⟧ going home w/ {rel.role} ⟦NAME:rel⟧, address on AVS is ⟦ADDRESS:home.full⟧ (verified)", "pacu address")
p("_PACU_ — ⟦NAME:pt.invc⟧ ⟦AGE:age⟧yo, post-op delirium, pulled IV. {staff} sitting w/ {pt.him}", "pacu")
p("who has ⟦NAME:pt⟧'s belongings bag? {pt.her} {rel.role} ⟦NAME:rel.first⟧ is at the desk", "pacu question family")
p("Phase II: ⟦NAME:pt⟧ discharged {time}, f/u w/ {surgeon} on ⟦DATE:dos⟧ — appt card given", "pacu follow-up")
p("PACU → floor: ⟦NAME:pt⟧ ⟦AGE:age⟧{pt.sex} 🛏 {unitbed}", "pacu")
p("PACU Tracker ▸ ⟦NAME:pt.initlast⟧ ▸ Phase I ▸ {time}", "pacu system-notification")
p("bay {bayn} ⟦NAME:pt.first⟧ keeps asking for {pt.her} dog lol, {pt.her} {rel.role} ⟦NAME:rel.first⟧ says the dog's name is Biscuit", "pacu family")
p("wrong pt called 🙁 we called ⟦NAME:pt⟧ at ⟦PHONE:phone⟧ instead of ⟦NAME:pt2⟧. incident {ticket}", "pacu incident ticket")
p("post-op call list for ⟦DATE:dos⟧\n1. ⟦NAME:pt⟧ ⟦PHONE:phone⟧\n2. ⟦NAME:pt2⟧ ⟦PHONE:phone2⟧", "pacu list multiline")
p("PACU RN to {surgeon}: ⟦NAME:pt.last⟧'s drain output 300 in 1h, pls come see", "pacu escalation")
p("visitor at the PACU desk says {rel.she}'s ⟦NAME:rel⟧, ⟦NAME:pt⟧'s {rel.role}, but {rel.she}'s not on the list", "pacu visitor")
p("family waiting room kiosk msg:\n\"hi this is ⟦NAME:rel⟧, ⟦NAME:pt⟧'s {rel.role}, pls call ⟦PHONE:phone⟧\"", "pacu family forwarded")

# --- sterile processing / implants / explants
p("implant log — ⟦NAME:pt.inv⟧ / MRN ⟦MRN:mrn⟧ / {implant} SN ⟦DEVICE_ID:implsn⟧ / {room}", "implant structured device")
p("explant registry entry: ⟦NAME:pt⟧, DOB ⟦DATE:dob⟧, explanted {implant} serial ⟦DEVICE_ID:implsn⟧ on ⟦DATE:dos⟧", "explant-registry device")
p("UDI scan failed for ⟦NAME:pt.last⟧'s {implant}: ⟦DEVICE_ID:udi⟧ — entering manually", "implant device udi")
p("🚨 recall match: ⟦NAME:pt⟧ (MRN ⟦MRN:mrn⟧) has a {devmaker} pacer SN ⟦DEVICE_ID:devsn⟧ on the advisory list", "recall device")
p("SPD: tray for ⟦NAME:pt.last⟧ in {room} came up with a hole in the wrap, re-running. case pushed", "spd delay")
p("loaner set for ⟦NAME:pt⟧ (⟦DATE:dos⟧, {surgeon}) not here yet, {vendor} says it's on the truck", "spd vendor loaner")
p("implant card mailed to pt at ⟦ADDRESS:home.full⟧ — serial ⟦DEVICE_ID:implsn⟧, {implant}", "implant address device")
p("tissue tracking: allograft used on ⟦NAME:pt.invc⟧ MRN⟦MRN:mrn⟧, graft paperwork in the binder", "implant tissue")
p("explanted generator from ⟦NAME:pt⟧ — SN ⟦DEVICE_ID:devsn⟧ — goes back to {devmaker} in the return kit. paperwork has {pt.her} DOB ⟦DATE:dob⟧ on it, is that ok??", "explant-registry device hipaa question")
p("cochlear implant pt ⟦NAME:pt⟧ — processor serial ⟦DEVICE_ID:hasn⟧, NO MRI", "device")
p("SPD flash log: IUSS for the ⟦NAME:pt.last⟧ case in {room}, {tray} tray — {staff} documented", "spd")
p("{staff.first} is that ⟦NAME:pt⟧ with the {implant} from ⟦DATE:dos⟧? rep is asking for the sticker", "implant question")
p("Implant record\nPatient: ⟦NAME:pt.inv⟧\nMRN: ⟦MRN:mrn⟧\nDevice: {implant}\nUDI: ⟦DEVICE_ID:udi⟧\nImplant date: ⟦DATE:dosy⟧\nSurgeon: {surgeon}", "implant structured udi device")
p("registry q — ⟦NAME:pt⟧'s explanted {implant} had serial ⟦DEVICE_ID:implsn⟧ and the new one is ⟦DEVICE_ID:implsn2⟧, both go on the form?", "explant-registry device question")
p("scanned the wrong sticker into ⟦NAME:pt.last⟧'s chart 🤦 correct SN is ⟦DEVICE_ID:implsn⟧, pls fix the implant log", "implant device correction")
p("bill-only: invoice {invoice} for ⟦NAME:pt⟧'s case, the {implant} is billed twice", "materials invoice")

# --- surgeon offices booking / insurance / accounts
p("booking req from {surgeon}'s office: ⟦NAME:pt⟧, DOB ⟦DATE:dob⟧, {payer} ID ⟦HEALTH_PLAN_ID:memid⟧, {proc}, requesting ⟦DATE:dos⟧", "booking")
p("prior auth still pending for ⟦NAME:pt⟧ — {payer} member ⟦HEALTH_PLAN_ID:memid⟧, group {group}", "booking prior-auth group-number")
p("office asked to update guarantor acct ⟦ACCOUNT_NUMBER:guar⟧ for ⟦NAME:pt⟧, new guarantor is {pt.her} {rel.role} ⟦NAME:rel⟧", "booking billing")
p("MBI ⟦HEALTH_PLAN_ID:mbi⟧ for ⟦NAME:pt.inv⟧ is kicking back in eligibility, can the office re-send the card?", "booking medicare")
p("fax from {surgeon}'s office for ⟦NAME:pt⟧ came through sideways 📠 SSN on the face sheet reads ⟦SSN:ssn⟧, someone verify w/ registration", "booking fax registration")
p("Booking form\nPatient name: ⟦NAME:pt⟧\nDOB: ⟦DATE:dob⟧\nSSN: ⟦SSN:ssn⟧\nPrimary ins: {payer}\nMember ID: ⟦HEALTH_PLAN_ID:memid⟧\nGroup #: {group}\nProcedure: {proc} / {cpt}\nDx: {icd}\nSurgeon: {surgeon}", "booking structured cpt icd group-number")
p("HAR ⟦ACCOUNT_NUMBER:har⟧ on ⟦NAME:pt.last⟧'s case is wrong — it's pointing at {pt.her} ⟦DATE:dos⟧ visit", "billing")
p("masshealth # ⟦HEALTH_PLAN_ID:medicaid⟧ for ⟦NAME:pt⟧, pls attach to the booking", "booking medicaid")
p("{surgeon}'s MA wants ⟦NAME:pt⟧ on ⟦DATE:dos⟧ at {time}, cb ⟦PHONE:phonex⟧", "booking")
p("the office sent ⟦NAME:pt⟧'s SSN as ⟦SSN:ssn⟧ but registration has something else. which is right?", "booking registration question")
p("booking ⟦NAME:ptn⟧ (goes by ⟦NAME:ptn.nick⟧) for {proc} on ⟦DATE:dos⟧ — pls put the nickname on the board so {ptn.she} answers", "booking nickname")
p("secondary ins for ⟦NAME:pt.inv⟧: {payer2} policy ⟦HEALTH_PLAN_ID:memid⟧, subscriber is {pt.her} {rel.role} ⟦NAME:rel⟧ DOB ⟦DATE:dob2⟧", "booking")
p("out of network issue — ⟦NAME:pt⟧ acct ⟦ACCOUNT_NUMBER:har⟧ needs a GFE before ⟦DATE:dos⟧", "booking billing")
p("dental damage claim for ⟦NAME:pt⟧ (intubation ⟦DATE:dos⟧) — risk mgmt needs the acct ⟦ACCOUNT_NUMBER:har⟧", "billing risk")
p("refund to pt's checking acct ⟦ACCOUNT_NUMBER:bank⟧ for the cancelled cosmetic case, {exec} approved", "billing exec-name")
p("⟦NAME:ptn.inv⟧ aka ⟦NAME:ptn.nick⟧ — {ptn.she} won't answer to the legal name, put the nickname on the whiteboard", "nickname")
p("{doc}'s office called: ⟦NAME:pt⟧ ({rel.role} is ⟦NAME:rel⟧) needs the case moved, {pt.her} Medicare ID ⟦HEALTH_PLAN_ID:mbi⟧ changed too", "booking medicare")
p("Fwd: booking\n> pt: ⟦NAME:pt.invc⟧\n> cell: ⟦PHONE:phone⟧\n> email: ⟦EMAIL:pt.emailx⟧\n> pref contact: text", "booking forwarded structured")
p("pls call {pt.her} {rel.role} ⟦NAME:rel.full⟧ (HCP) before booking, ⟦NAME:pt.first⟧ can't consent. {rel.her} cell ⟦PHONE:phone⟧", "booking consent")
p("GFE request for self-pay ⟦NAME:pt⟧: {cpt} + anesthesia, send to ⟦EMAIL:pt.email⟧", "booking billing cpt")
p("subscriber ID ⟦HEALTH_PLAN_ID:memid⟧ / group {group} — member is ⟦NAME:pt⟧, {payer} says no auth on file for {cpt}", "prior-auth group-number cpt")

# --- vendor reps / materials
p("{rep} from {vendor} will be in {room} for ⟦NAME:pt.last⟧ at {time}, rep cell ⟦PHONE:phone⟧", "vendor")
p("new {vendor} rep for ortho is {rep}. email ⟦EMAIL:rep.email⟧, cell ⟦PHONE:phone⟧", "vendor business-contact")
p("vendor cred: {rep}'s badge is expired in Vendormate, reach {rep.him} at ⟦EMAIL:rep.email⟧", "vendor credentialing business-contact")
p("loading dock: {vendor} van plate ⟦VEHICLE_ID:plate⟧ is blocking bay 2 again 🙃", "vendor vehicle")
p("---------- Forwarded message ---------\nFrom: {rep} <⟦EMAIL:rep.email⟧>\nSubject: loaner request {po}\n\nplease confirm the set for {surgeon} on the {mdate} block", "vendor forwarded business-contact po calendar")
p("<mailto:⟦EMAIL:rep.email⟧|⟦EMAIL:rep.email⟧> is the right address for {vendor} loaners now", "vendor business-contact")
p("rep's car is in the fire lane, MA plate ⟦VEHICLE_ID:plate⟧, security is calling {vendor}", "vendor vehicle")
p("{vendor} rep {rep} — direct line <tel:⟦PHONE:phone.tel⟧|⟦PHONE:phone.plain⟧>", "vendor business-contact")
p("rep sign-in: {rep}, {vendor}, case ⟦NAME:pt.invc⟧ {room} {time}", "vendor structured")
p("the {vendor} rep texted me a pic of ⟦NAME:pt⟧'s x-ray 😡 from ⟦PHONE:phone⟧. reporting to compliance", "vendor hipaa escalation")
p("{rep} ({vendor}) — office ⟦PHONE:phonex⟧, after hours ⟦PHONE:phone2⟧", "vendor business-contact")
p("consignment: {rep} needs the sticker for ⟦NAME:pt.last⟧ ({room}) before {vendor} will bill — PO {po}", "vendor materials po")
p("vendor dinner with {rep} on {mdate}, I'll put it on my card ⟦CREDIT_CARD:cc⟧ and expense it", "vendor money")

# --- delays / cancellations
p("delay reason {room}: ⟦NAME:pt⟧'s ride (⟦NAME:rel⟧) stuck on 495, eta 40 min", "delay")
p("⟦NAME:pt⟧ no-show. called home ⟦PHONE:phone⟧ no answer, {surgeon} aware", "cancellation")
p("day-of cxl: ⟦NAME:pt.inv⟧, BP 212/118 in pre-op. rebook after PCP visit ⟦DATE:dos⟧", "cancellation")
p("first case delay 😤 ⟦NAME:pt.last⟧ consent was for the wrong side, {surgeon} re-consenting", "delay")
p("cancel reason code 14 for MRN ⟦MRN:mrn⟧ — pt had a URI, surgeon wants to wait 4 wks", "cancellation")
p("⟦NAME:pt⟧ rescheduled from ⟦DATE:dos⟧ to ⟦DATE:dos2⟧ (insurance)", "cancellation")
p("the 7:30 in {room} — ⟦NAME:pt.invc⟧ — pt is here but {pt.her} {rel.role} took the consent paperwork home to ⟦ADDRESS:home.town⟧ 🤦", "delay address")
p("delay log: {room} {time} ⟦NAME:pt.last⟧ — pt late (snow), 42 min", "delay")
p("cxl'd ⟦NAME:pt⟧ again?? that's the 3rd time since ⟦DATE:dos⟧. {surgeon} wants a call w/ {pt.her} {rel.role}", "cancellation escalation")
p("delay: {room} waiting on {vendor} loaner for ⟦NAME:pt.last⟧, ETA {time}", "delay vendor")
p("patient ⟦NAME:pt⟧ cancelled — passed away ⟦DATE:dos⟧ per {pt.her} {rel.role}. pls remove from the ⟦DATE:dos2⟧ board", "cancellation")

# --- director + assistant bot
p("@surgbot email {exec} at ⟦EMAIL:exec.email⟧ and say the OR committee moved to {mdate}", "bot business-contact calendar exec-name")
p("@surgbot book a car to the airport, put it on the corporate card ⟦CREDIT_CARD:cc⟧ exp {ccexp}", "bot credit-card")
p("@surgbot forward the complaint from ⟦NAME:rel⟧ ({rel.role} of ⟦NAME:pt⟧) to patient relations, cc {exec}", "bot complaint")
p("@surgbot remind me at 3 to call ⟦NAME:pt⟧'s {rel.role} back at ⟦PHONE:phone⟧", "bot calendar")
p("@surgbot draft a reply to the VIP family: ⟦NAME:vip⟧ is confirmed with {surgeon} on ⟦DATE:dos⟧, private entrance at {time}", "bot vip")
p("<@{uid}> schedule 15 min with ⟦NAME:emp⟧ re: {emp.her} return to work after the back surgery", "bot employee-health slack-markup")
p("@surgbot add ⟦EMAIL:rel.emailx⟧ to the surgical family liaison list — that's ⟦NAME:rel⟧", "bot family")
p("@surgbot pay the {vendor} course registration with ⟦CREDIT_CARD:cc⟧, billing zip is the hospital's", "bot credit-card")
p("bot: ✉️ Draft ready — To: ⟦EMAIL:pt.email⟧ — Subject: Your surgery on ⟦DATE:dos⟧ — Body: Dear {pt.hon} ⟦NAME:pt.last⟧, ...", "bot system-notification")
p("@surgbot what's the name of the family who wrote the thank-you card? the ⟦NAME:pt.last⟧s?", "bot question")
p("@surgbot calendar: block 30 min Thu for the ⟦NAME:pt.last⟧ family meeting (complaint re: {pt.her} ⟦DATE:dos⟧ surgery)", "bot calendar complaint")
p("@surgbot send {exec.first} the incident summary but strip the name — it's ⟦NAME:pt⟧, MRN ⟦MRN:mrn⟧", "bot incident")
p("@surgbot look up the VIN on my rental ⟦VEHICLE_ID:vin⟧, I dinged it in the garage", "bot vehicle")
p("@surgbot my new desk phone is ⟦PHONE:phone⟧, update my signature", "bot business-contact")
p("@surgbot reserve visitor parking for the {vendor} VP, plate ⟦VEHICLE_ID:plate⟧", "bot vehicle vendor")
p("@surgbot file the expense — hotel for the AORN conf, card ⟦CREDIT_CARD:cc⟧", "bot credit-card")
p("@surgbot reply to ⟦NAME:rel⟧ (⟦EMAIL:rel.emailx⟧) that {surgeon} will call about the surgery tomorrow", "bot family")
p("@surgbot find the email from ⟦NAME:pt⟧'s {rel.role} — subject was something like \"my mom's surgery ⟦DATE:dos⟧\"", "bot complaint")
p("Bot reply: 📅 Added \"Call back ⟦NAME:rel⟧ re: ⟦NAME:pt.last⟧\" to your calendar {weekday} {time}. Phone: ⟦PHONE:phone⟧", "bot system-notification calendar")
p("@surgbot cancel my 2pm and forward the patient relations file on ⟦NAME:pt.inv⟧ (acct ⟦ACCOUNT_NUMBER:har⟧) to {exec}", "bot complaint billing")
p("@surgbot text my husband I'm stuck in a case. his cell is ⟦PHONE:phone⟧", "bot personal")
p("@surgbot send the surgeon roster with DEA numbers — start with {surgeon}: ⟦LICENSE_NUMBER:dea⟧", "bot credentialing")

# --- employee health
p("heads up: ⟦NAME:emp⟧ from SPD had a needlestick in decon, employee health case {ticket}", "employee-health ticket")
p("our own ⟦NAME:emp.first⟧ (circulator in {room}) is on the board for {emp.her} knee scope ⟦DATE:dos⟧ — keep it quiet pls", "employee-health")
p("⟦NAME:emp⟧ fainted in {room} during the case, EH + ED eval, {emp.she}'s ok 🙏", "employee-health")
p("⟦NAME:emp.first⟧ had {emp.her} surgery ⟦DATE:dos⟧, out 6 wks, don't put {emp.him} on call", "employee-health staffing")
p("EH follow-up for ⟦NAME:emp⟧ (TB conversion) due ⟦DATE:dos⟧ — {staff} pls remind", "employee-health follow-up")
p("latex reaction on ⟦NAME:emp⟧ (scrub tech) this am, EH wants the glove lot #", "employee-health")
p("our charge nurse ⟦NAME:emp⟧ is the pt in {room} today — {emp.she} asked that only {staff.first} circulate", "employee-health vip")
p("EH: ⟦NAME:emp.invc⟧, DOB ⟦DATE:dob⟧, splash exposure {room}, source pt MRN ⟦MRN:mrn⟧", "employee-health structured")
p("{staff.first} said ⟦NAME:emp.first⟧'s back went out lifting the hip pt, EH report filed", "employee-health")

# --- credentialing / licences
p("credentialing: {surgeon} DEA ⟦LICENSE_NUMBER:dea⟧ renews {mdate}, NPI {npi}", "credentialing npi")
p("CRNA {staff} — MA license ⟦LICENSE_NUMBER:lic⟧ lapsed per the board lookup, pull {staff.him} from tomorrow", "credentialing")
p("pt left {pt.her} driver's license at registration: ⟦LICENSE_NUMBER:dl⟧, ⟦NAME:pt⟧ — it's in the pre-op safe", "registration")
p("locum {surgeon} — state lic ⟦LICENSE_NUMBER:lic⟧, DEA ⟦LICENSE_NUMBER:dea⟧, privileges start {mdate}", "credentialing calendar")
p("temp privileges packet:\n*Name:* {surgeon.full}\n*NPI:* {npi}\n*DEA:* `⟦LICENSE_NUMBER:dea⟧`\n*License:* ⟦LICENSE_NUMBER:lic⟧ exp {mdate}", "credentialing structured npi")
p("valet ticket for ⟦NAME:pt⟧ — silver {car}, plate ⟦VEHICLE_ID:plate⟧; {pt.her} {rel.role} picks up", "vehicle family")
p("license verification failed for {staff}: ⟦LICENSE_NUMBER:lic⟧ comes back to someone else", "credentialing")
p("{anes}'s DEA on the controlled-substance log is ⟦LICENSE_NUMBER:dea⟧ — pharmacy says it's expired", "credentialing anesthesia")
p("security found a car in the surgical lot since yesterday 2am, VIN ⟦VEHICLE_ID:vin⟧ — belongs to ⟦NAME:pt⟧ who's still in ICU", "vehicle")

# --- IT / IP addresses / URLs
p("anesthesia machine in {room} dropped off the network (⟦IP_ADDRESS:ip⟧), biomed ticket {ticket}", "it ticket")
p("the board TV in the core is ⟦IP_ADDRESS:ip⟧ — can IT push the new layout before 0600?", "it question")
p("OpTime printer in pre-op is at ⟦IP_ADDRESS:ip⟧ now (was ⟦IP_ADDRESS:ip2⟧), update the print queue", "it")
p("Integration error: HL7 feed from ⟦IP_ADDRESS:ip⟧ rejected ADT for MRN ⟦MRN:mrn⟧ (PID-7 DOB ⟦DATE:dob⟧ invalid)", "it system-notification")
p("IPv6 for the new scope tower: ⟦IP_ADDRESS:ip6⟧ — firmware {ver}", "it version")
p("family update link for ⟦NAME:pt.last⟧: <⟦URL:url_status⟧|status page>", "url family slack-markup")
p("{pt.her} {rel.role} set up an update page: ⟦URL:url_care⟧ — pls don't share it on the unit", "url family")
p("telehealth post-op link for ⟦NAME:pt⟧ — ⟦URL:url_visit⟧", "url follow-up")
p("someone pasted ⟦URL:url_portal⟧ in #periop-general 😬 that's a pt chart link, pls delete", "url hipaa")
p("the Pyxis in {room} is at ⟦IP_ADDRESS:ip⟧ and {staff} can't ping it from the core", "it")
p("`ping ⟦IP_ADDRESS:ip⟧` times out — that's the PACU central monitor, ticket {ticket}", "it ticket")

# --- addresses
p("pt lives at ⟦ADDRESS:home.street⟧ off Rte {rte} in ⟦ADDRESS:home.town⟧, ambulance keeps missing it", "address")
p("home health referral for ⟦NAME:pt⟧:\n⟦ADDRESS:home.ml⟧\nphone ⟦PHONE:phone⟧", "address referral")
p("⟦NAME:pt⟧ — PO box only: ⟦ADDRESS:pobox⟧, so the implant card came back", "address implant")
p("ZIP ⟦ADDRESS:home.zip⟧ for ⟦NAME:pt.last⟧ doesn't match {pt.her} town ⟦ADDRESS:home.town⟧ in registration", "address registration")
p("transport for ⟦NAME:pt⟧ from ⟦ADDRESS:home.full⟧ at {time}, wheelchair van", "address transport")
p("post-op visit nurse going to ⟦ADDRESS:home.street⟧ in ⟦ADDRESS:home.town⟧ for ⟦NAME:pt.last⟧ — dog in yard", "address")
p("⟦NAME:pt⟧ moved to ⟦ADDRESS:home.town⟧ so {pt.she}'s out of network now, {payer} says", "address booking")

# --- SSN / evasion styles
p("pls stop typing SSNs in here. someone just posted ⟦SSN:ssn⟧ for ⟦NAME:pt.last⟧", "ssn-topic hipaa")
p("registration needs ssn for ⟦NAME:pt⟧ -> ⟦SSN:ssn⟧ (from the old chart)", "registration")
p("⟦NAME:pt⟧'s SSN is ⟦SSN:ssnnodash⟧ per {pt.her} {rel.role}", "registration")
p("ss# ⟦SSN:ssnobf⟧ — don't @ me, that's how the fax had it", "registration fax")
p("last 4 of {pt.her} SSN ({last4}) matches, so it's the same ⟦NAME:pt⟧", "registration last4")
p("pt's callback is ⟦PHONE:phonespell⟧ ({pt.she} read it out slowly lol)", "pre-op-call")
p("mrn is ⟦MRN:mrnobf⟧ i think, the label printer smeared it", "records")
p("copy/paste from the label:\nMRN ⟦MRN:mrnbreak⟧ ⟦NAME:pt.inv⟧", "records multiline")
p("social for the ⟦NAME:pt2.last⟧ guy? no wait — for ⟦NAME:pt.invc⟧ it's ⟦SSN:ssnobf⟧", "registration")

# --- credit cards
p("P-card for the SPD rush order: ⟦CREDIT_CARD:cc⟧ exp {ccexp}, CVV on file w/ {staff}", "credit-card spd")
p("@surgbot use the Amex ending {last4} — no wait, use ⟦CREDIT_CARD:cc⟧ for the dinner", "bot credit-card last4")

# --- VIP / public figures as patients
p("VIP: ⟦NAME:vip⟧ (city councilor) on {surgeon}'s board ⟦DATE:dos⟧ — no photos, alias on the board", "vip")
p("the board alias 'Blue Heron' is actually ⟦NAME:vip⟧, {exec} knows. do not put the real name in OpTime", "vip")
p("security asked for the plate of ⟦NAME:vip⟧'s driver: ⟦VEHICLE_ID:plate⟧", "vip vehicle")
p("press is calling about ⟦NAME:vip⟧'s surgery — say nothing, route to {exec}", "vip escalation")

# --- records / chart / misc
p("Chart #⟦MRN:mrn⟧, med rec # ⟦MRN:mrn2⟧ — two charts for the same pt, HIM merge request {ticket}", "records ticket")
p("MR# ⟦MRN:mrn⟧ belongs to ⟦NAME:pt⟧ not ⟦NAME:pt2⟧ — wrong label on the specimen 😱", "records specimen")
p("path specimen for ⟦NAME:pt⟧ DOS ⟦DATE:dos⟧ got left in {room}, courier pls", "specimen")
p("hey can u check if ⟦NAME:pt⟧ has a ride, number is ⟦PHONE:phone⟧ thx", "pre-op-call")
p("blood bank: 2 units crossmatched for ⟦NAME:pt.inv⟧ MRN ⟦MRN:mrn⟧, {room} at {time}", "blood-bank")
p("ICU bed for ⟦NAME:pt⟧ post-CABG, {surgeon} wants it held. DOB ⟦DATE:dob⟧ in case there's two", "bed-management")
p("reply to {staff.first}: yes ⟦NAME:pt.first⟧ is the one w/ the latex allergy, not ⟦NAME:pt2.first⟧", "reply")
p("> is ⟦NAME:pt.last⟧ NPO?\nyes since 2200, confirmed w/ {pt.her} {rel.role}", "reply pre-op")
p("thread: *⟦NAME:pt.inv⟧* MRN ⟦MRN:mrn⟧ — consent missing, H&P ok, site marked ✅", "pre-op")
p("[Epic Secure Chat] ⟦NAME:pt.inv⟧ (⟦MRN:mrn⟧) — {room} — message from {staff}: need the bair hugger", "system-notification")
p("Reminder (auto): post-op call due ⟦DATE:dos⟧ for ⟦NAME:pt⟧, phone ⟦PHONE:phone⟧", "system-notification follow-up")
p("patient relations: ⟦NAME:rel⟧ ({rel.role}) upset no one updated {rel.him} during ⟦NAME:pt.last⟧'s case, cb ⟦PHONE:phone⟧", "complaint")
p("escalation 🔥 ⟦NAME:pt⟧'s {rel.role} is threatening to post on facebook about the 6 hr delay, {exec} is aware", "escalation exec-name")
p("grievance letter from ⟦ADDRESS:home.full⟧ re: ⟦NAME:pt⟧'s cancelled case ⟦DATE:dos⟧, logged as {ticket}", "complaint address ticket")
p("peds: ⟦NAME:pt⟧ (age 6) — guardian ⟦NAME:rel⟧ is the only one allowed back per court order", "peds")
p("⟦NAME:pt⟧ turns ⟦AGE:age⟧ next week 🎂 pre-op team wants to sing", "pre-op")
p("who's ⟦NAME:pt.first⟧? the board just says '⟦NAME:pt.first⟧ — {proc}' with no last name", "or-board question")
p("lost & found: wedding ring in {room}, belongs to ⟦NAME:pt⟧ (⟦MRN:mrn⟧), {pt.her} {rel.role} is on the way", "belongings")
p("consent says ⟦NAME:pt.fml⟧ but the band says ⟦NAME:pt.full⟧ — same person? {surgeon} won't start", "safety question")
p("the ⟦NAME:pt.last⟧ family brought donuts for PACU 🍩 pt was in bay {bayn} ⟦DATE:dos⟧", "pacu")
p("chaplain request for ⟦NAME:pt⟧ in {room} waiting area, {pt.her} {rel.role} ⟦NAME:rel.first⟧ asked", "family")
p("SW consult: ⟦NAME:pt⟧ homeless, last known address ⟦ADDRESS:home.street⟧, ⟦ADDRESS:home.town⟧ shelter", "address social-work")
p("pt ⟦NAME:pt⟧ ⟦AGE:agew⟧ years young 😄 wants {pt.her} rosary during the case", "pre-op")
p("can we get a Vietnamese interpreter for ⟦NAME:pt⟧ at ⟦DATE:dos⟧ {time}? {pt.her} {rel.role} works days", "interpreter")
p("insurance card pic in the chat?? member ⟦HEALTH_PLAN_ID:memid⟧, ⟦NAME:pt.inv⟧, DOB ⟦DATE:dob⟧ — deleting, pls use the secure upload", "hipaa prior-auth")
p("donor-funded cosmetic case for ⟦NAME:pt⟧ — {donor} Foundation pays, acct ⟦ACCOUNT_NUMBER:har⟧", "billing donor")
p("pt's {rel.role} ⟦NAME:rel⟧ asked for the op note to go to ⟦EMAIL:rel.emailx⟧ — that's a records request, route to HIM", "records family")
p("forgot to mention: ⟦NAME:pt.first⟧'s daughter lives in ⟦ADDRESS:home.town⟧ and is picking {pt.him} up", "family address")

# ======================================================================================
# clean frames (hard negatives)
# ======================================================================================
# --- staff and executives in business context
c("{staff} is charge tonight, {staff2} covering the add-on room", "staff-name")
c("thanks {staff.first} for turning over {room} in 14 min 🎉", "staff-name")
c("{exec} ({exec.title}) wants the Q3 OR utilization deck by {mdate}", "exec-name calendar")
c("@surgbot move my 1:1 with {staff} to {weekday} {time}", "bot calendar staff-name")
c("@surgbot book the Ellison boardroom for the OR committee on {mdate}, 7-8am, invite {exec}", "bot calendar exec-name")
c("{surgeon} is running 20 late, first case in {room} will slide", "delay")
c("Dr. {doc.last} is on call for ortho tonight, Dr. {doc2.last} for general", "call-schedule")
c("{rep} from {vendor} is bringing the demo {robot} on {mdate}, needs a room for the inservice", "vendor calendar")
c("congrats to {staff} on the CNOR 🎓", "staff-name")
c("{exec} approved the overtime for SPD through {mdate}", "exec-name calendar")
c("who's covering {staff.first}'s pager while {staff.she}'s at lunch?", "staff-name question")
c("board meeting recap: {exec} presented the hybrid OR plan, {exec2} on the budget", "exec-name")
c("@{staff.first} can you grab the ACLS cards from the educator's office", "staff-name")
c("<@{uid}> can you send the call schedule for {month}?", "slack-markup calendar")
c("new OR nurse orientation: {staff}, {staff2}, {staff3} start {mdate} 👋", "staff-name calendar")
c("{surgeon} asked if we can stock the {instrument} in {room}", "eponym")
c("{doc}'s block on {weekday} is released for {month}", "calendar")
c("{staff}'s mom made cookies for the night shift 🍪", "staff-name")
c("shoutout to {staff.first} and {staff2.first} — zero count discrepancies all month", "staff-name")
c("{staff} is the new SPD manager, {staff.she} starts {mdate}", "staff-name calendar")
c("{exec.first} wants the {vendor} contract summary before the {mdate} board meeting", "exec-name calendar")
c("Dr. {doc.last} and {anes} presented M&M today, great discussion", "staff-name")
c("{staff.first} is retiring after 31 years 🎉 cake at 2 in the lounge", "staff-name")

# --- facility addresses and business places
c("the ASC moved to {fac.addr}, loaners go there starting {mdate}", "facility-address calendar")
c("send the tray to {fac.name}, {fac.addr}", "facility-address")
c("offsite SPD warehouse: 12 Industrial Way, Wilmington MA 01887. dock hours 6a-2p", "facility-address")
c("reminder: the {fac.town} clinic's ZIP is {fac.zip} for the courier form", "facility-address zip-like")
c("{surgeon}'s office is now at {fac.addr}", "facility-address")
c("AORN chapter meeting is at the {venue}, {venue.addr}, {mdate}", "facility-address calendar")
c("staff parking for {fac.name}: garage B off {fac.street}", "facility-address")
c("our {biztown} site is out of 3-0 vicryl, can {biztown2} send some", "place-name")
c("traffic on 495 near {biztown} — the vendor delivery will be late", "place-name")
c("the {vendor} warehouse in {vendcity} shipped the loaners overnight", "place-name vendor")
c("staff from the {biztown} ASC are floating to main on {weekday}", "place-name")
c("courier route today: {biztown} → {biztown2} → main, pickups by 1500", "place-name")
c("new satellite pre-op clinic opening in {biztown} next spring", "place-name")

# --- rooms, beds
c("{room} warmer is broken, swap with {room2}", "room")
c("PACU bay {bayn} is down (no O2 flow), biomed ticket {ticket}", "room ticket")
c("pre-op 22 and 23 blocked for the ortho add-ons", "room")
c("{unitbed} is clean and ready for the next post-op", "room")
c("can we open bay 14 & 15 for overflow? 6 holding", "room question")
c("{room} needs a second suction canister and the big Mayo stand", "room eponym")
c("bay {bayn} monitor keeps alarming with no pt in it, biomed pls", "room")

# --- tickets, POs, invoices, orders
c("PO {po} for the {robot} service contract approved 💸 {money}", "po money")
c("invoice {invoice} from {vendor} is short 2 screws — disputing", "invoice vendor")
c("ticket {ticket}: OpTime dashboard not refreshing in the core", "ticket")
c("order {order} for warming blankets is backordered till {mdate}", "order calendar")
c("change {chg} goes live at 0200 {weekday}, expect downtime procedures", "ticket calendar")
c("cost center {costcenter} for all the periop education charges pls", "cost-center")
c("req {req} for 2 new CRNA positions is posted", "ticket")
c("contract {contract} with {vendor} expires {mdate}, {exec} wants to renegotiate", "contract calendar exec-name")
c("{ticket} closed — the autoclave door gasket was replaced", "ticket")
c("PO# {po} / invoice {invoice} — match them before AP pays", "po invoice")
c("re: {ticket} — still broken. reopening", "ticket")

# --- versions / builds
c("OpTime upgraded to {epicver} tonight; new board layout in build {build}", "version")
c("the scope tower firmware is {ver}, {vendor} says we need {ver2}", "version vendor")
c("Vocera app {ver} keeps crashing on the iPhones (iOS {iosver})", "version")
c("AIMS build {build} pushed, report issues to {staff}", "version")
c("{robot} software {ver} — vendor is pushing an update tonight", "version")
c("release notes for {build}: fixed the case-time rounding bug", "version")

# --- extensions
c("SPD is x{extn}, front desk x{extn2}", "ext")
c("call the core at ext {extn} if the board freezes", "ext")
c("biomed on-call is x{extn} after 5", "ext")
c("new PACU phone extensions start with 44 — full list on the wiki", "ext")

# --- meetings, calendar, deadlines
c("OR committee moved to {mdate} at {time}, {exec} chairing", "calendar exec-name")
c("huddle at {time} in the core, {staff} leading", "calendar staff-name")
c("@surgbot schedule the quarterly review with {vendor} for {mdate}", "bot calendar")
c("block schedule for {month} is out, {surgeon} lost {weekday}s", "calendar")
c("mandatory fire drill in the ORs {mdate} {time} — don't schedule starts", "calendar")
c("Policy update: surgical attire policy effective {mdate}", "policy calendar")
c("Joint Commission window opens {mdate}; mock tracer {mdate2}", "calendar")
c("@surgbot what's on my calendar {weekday}?", "bot calendar")
c("@surgbot decline the {weekday} 3pm with {rep}, propose {mdate} instead", "bot calendar vendor")
c("budget due {mdate} for FY2027 capital, {exec} wants the C-arm replacement on it", "calendar money exec-name")
c("Meeting: OR Exec Committee\nDate: {mdate}\nTime: {time}\nRoom: Ellison 4\nChair: {exec}", "calendar structured exec-name")
c("Bot reply: ✅ Meeting \"Periop Council\" created for {mdate} {time}, attendees: {exec}, {staff}, {staff2}", "bot calendar system-notification")
c("Bot reply: 📅 You have 3 conflicts on {mdate}. Reschedule \"{vendor} QBR\"?", "bot calendar system-notification")
c("@surgbot draft an email to all OR staff about the {mdate} downtime", "bot calendar")
c("@surgbot summarize yesterday's delays by reason code", "bot")
c("@surgbot what's {exec.first}'s availability next week?", "bot calendar exec-name")
c("@surgbot add {exec} and {exec2} to the {mdate} budget meeting", "bot calendar exec-name")
c("@surgbot reply to {rep} that we're not renewing the {product} contract ({contract})", "bot vendor contract")
c("pager system maintenance {mdate} 0100-0300", "calendar")
c("pre-op call center hours change {mdate}: 0700-1900", "calendar")
c("HIPAA refresher due {mdate} — link is in your learning assignments", "hipaa calendar")
c("Grace period for vendor badge renewals ends {mdate}, after that Vendormate blocks entry", "calendar vendor")
c("can someone swap {weekday} call with me? I'll take a {weekday2}", "calendar question")
c("OR schedule for {mdate}: {n} rooms running, 2 flip rooms for {surgeon}", "calendar count")
c("cardiac surgery moves to CVOR 3 starting {mdate}", "calendar")
c("@surgbot set a reminder for the {mdate} capital review and send {exec.first} the deck", "bot calendar exec-name")
c("@surgbot find 30 min with {staff} and {staff2} before {mdate}", "bot calendar")

# --- building ages
c("the {bldg} was built in {year}, so the OR ceilings are too low for the booms", "building")
c("{bldg} is {bldgage} years old and the HVAC shows it 🥵 humidity 68% in {room}", "building")
c("the 1962 wing ORs get decommissioned in FY2028", "building")
c("two of our sterilizers are 19 yrs old, replacement is on the FY2027 list", "building")

# --- drug doses
c("reminder: {drugdose} at induction, redose per protocol", "drug-dose")
c("pharmacy short on {drug} vials; pull from the ASC stock until {mdate}", "drug-dose calendar")
c("TXA 1 g at incision and 1 g at closure per {surgeon}'s preference card", "drug-dose")
c("pref card update: {surgeon} wants {drugdose} in the local", "drug-dose")
c("sugammadex is restricted again, {exec} signed off on 200 mg vials only", "drug-dose exec-name")
c("weight-based dosing: ancef 3 g for ≥120 kg, vanc 15 mg/kg", "drug-dose")
c("Exparel 266 mg vials on backorder, plain bupi 0.25% instead", "drug-dose")

# --- CPT / ICD
c("{cpt} volume up {pct}% this quarter", "cpt count")
c("coding q: is {cpt} right for the open hernia w/ mesh or do we need an add-on?", "cpt question")
c("denials for {icd} went up — payer wants laterality", "icd")
c("case mix {weekday}: {n} x {cpt}, {n2} x {cpt2}", "cpt count")
c("CMS dropped {cpt} from the inpatient-only list for {year2}", "cpt")
c("ICD-10 {icd} needs the 7th character for fracture cases", "icd")
c("top 3 dx codes for the ASC: {icd}, {icd2}, {icd3}", "icd")

# --- money and counts
c("one {implant} is {money}, the new one is {money2} 😳", "money")
c("OR minute cost is {money} now per finance", "money")
c("we saved {money} on the suture conversion this quarter", "money")
c("{n} cases today, {n2} add-ons, {n3} cxl", "count")
c("turnover avg {n} min this week 🔥", "count")
c("first case on-time starts: {pct}% last month, goal is 85%", "count")
c("{n} loaner sets due in by 0600", "count")
c("Case Delay Summary ({month})\n• Surgeon late: {n}\n• Pt late: {n2}\n• Equipment: {n3}\n• Anesthesia: {n4}", "count structured list")
c("SPD backlog: {n} trays, {n2} peel packs. IUSS log reviewed by {staff}", "count spd")
c("joint volumes: {n} TKA, {n2} THA in {month}", "count")
c("bed board: {n} PACU holds, {n2} ED boarders waiting for OR", "count")
c("{n} explants logged this month; registry submission due {mdate}", "count explant-registry calendar")
c("the {donor} Family Foundation gift ({money}) funds the new hybrid OR; thank-you letter from {exec}", "donor money exec-name")

# --- public figures, eponyms
c("reread Gawande's checklist piece for the safety huddle", "public-figure")
c("{surgeon} wants a Kocher, two Allis and a Deaver on the back table", "eponym")
c("Mayo stand covers are out, use the Medline ones", "eponym")
c("whipple in {room} will be a long one, {surgeon} says 7h", "eponym")
c("foley tray + bair hugger to {room} pls", "eponym")
c("pt in steep Trendelenburg for 4h — watch the eyes", "eponym")
c("the Senator's office is touring the new tower at 2, {exec} leading — no pts on camera", "public-figure exec-name")
c("Taylor Swift ticket raffle for Nurses Week 🎟️ enter with {staff}", "public-figure")
c("Halsted principles lecture for the residents is {mdate}", "public-figure calendar")
c("Mayor {pubfig} cutting the ribbon on the ASC expansion {mdate}", "public-figure calendar")
c("{pubfig} (the state rep) is the keynote at the nursing gala at the {venue}", "public-figure")
c("Nissen and two Hartmann's reversals on {surgeon}'s list", "eponym")
c("Jackson-Pratt drains are on allocation, use Blake", "eponym")
c("the Bankart and the Lisfranc both need the small frag set", "eponym")
c("Tom Brady bobblehead is back on the SPD desk lol", "public-figure")

# --- aggregates, durations, non-identifying patient talk
c("{n} pts over 90 on the board today, geri team rounding", "age-aggregate")
c("patients 90+ need the delirium bundle per the new policy", "age-aggregate policy")
c("90-day global period applies to {cpt}", "duration cpt")
c("the {agelow} yo in bay {bayn} wants a warm blanket", "age-under-90")
c("{n} pts aged 90 or older had hip fx repairs in {month}", "age-aggregate")
c("bay {bayn} pt going home tomorrow, ride confirmed", "relative-date")
c("the lap chole in {room} is {agelow} yo, fine for the ASC", "age-under-90")
c("the {proc} pt in {room} is awake and comfy 😊", "room")
c("3 of this year's pts were over 100 — nice quality story for the newsletter, no names", "age-aggregate")
c("90 min case, 30 min turnover, book it for 2h", "duration")
c("2 pts over 90 cancelled for AKI this month", "age-aggregate")
c("a 90-day supply of scrubs was ordered", "duration")

# --- MRN / SSN / HIPAA topics
c("reminder: the new Epic MRNs are 10 digits, update your label templates", "mrn-topic")
c("don't put SSNs in chat, ever. use secure chat", "ssn-topic hipaa")
c("is MRN required on the specimen label or just two identifiers?", "mrn-topic question")
c("fax cover sheets should not have an SSN field anymore per compliance", "ssn-topic hipaa")
c("reminder: no pt names in the channel, use room/bed #", "hipaa")
c("pt verified with last 4 of SSN, all good", "last4 ssn-topic")
c("who decided MRN and DOB go on the OR whiteboard? compliance says initials + room only", "mrn-topic hipaa")

# --- zip-like / id-like numbers that are not PHI
c("catalog # {zipish} is the 2.5 mm drill, not the 3.2", "zip-like")
c("tray count sheet rev {zipish} is outdated", "zip-like")
c("item {zipish} x 12 on par", "zip-like")
c("{vendor} field action: lot {lot} pulled from the shelves, check the cores", "lot recall")
c("C-arm asset tag {asset} is down again, ticket {ticket}", "asset ticket")
c("scope {scopeid} failed leak test, sent to {vendor} for repair ({rma})", "scope vendor")
c("recall notice {rma} — {implant}, lots {lot} and {lot2}, none implanted here per the registry", "lot recall")
c("the Glidescope monitor serial {equipsn} is the one with the cracked screen", "equipment-serial")
c("{surgeon}'s NPI is {npi} for the payer enrollment", "npi")
c("locum NPI {npi} verified on NPPES ✅", "npi")
c("Zoom for the periop council: {zoom_url} (ID {zoomid})", "zoom")
c("dial in with meeting ID {zoomid}, passcode in the invite", "zoom")
c("new pref card request form: {intranet}", "url-intranet")
c("the corporate card ending {last4} expires {ccexp}, new one is in the mail", "last4 card-expiry")
c("IFUs are all in the library now → {intranet}", "url-intranet")
c("group number {group} is the hospital's employee plan, not individual", "group-number")
c("{robot} unit {n} is down for PM {weekday}", "equipment")
c("washer 4 failed, {ster} down too, `{ticket}` open", "ticket spd slack-markup")

# --- vendors in business context
c("{vendor} is consolidating reps in the northeast, {rep} will cover us", "vendor")
c("{rep} says the {implant} pricing holds till {mdate}", "vendor calendar")
c("the {vendor} rep in {room} didn't sign in 😠 — reminder to everyone", "vendor")
c("can we get a price on the {implant} from {vendor} vs {vendor2}?", "vendor question")
c("the pacemaker rep ({rep}, {devmaker}) is on call this weekend for interrogations", "vendor")
c("anyone know the wifi pw for the vendor network? asking for {rep}", "vendor question")
c("{vendor} QBR: spend {money}, {pct}% compliance on the knee contract", "vendor money")

# --- SPD, materials, equipment, misc ops
c("{tray} tray missing a {instrument}, pulled for the case", "spd eponym")
c("implant cabinet par levels updated, ask {staff} for the sheet", "materials")
c("sterilizer 3 failed BI, quarantine loads since 0400", "spd")
c("fluid warmer set to 104°F, blanket warmer 130°F — signs updated", "equipment")
c("BMI cutoff for the ASC is 40, over that goes to main", "policy")
c("if the room is >60% humidity call facilities x{extn}", "ext")
c("has anyone seen the {instrument} from the {tray} tray? 😩", "spd question eponym")
c("the {bldg} elevator is down, transport via the east bank", "building")
c("the 5th floor ORs (5A-5F) close at 1900 for floor waxing", "room")
c("> can we do a 6:45 start?\nonly if anesthesia agrees, ask {anes}", "reply calendar")
c("*SPD status* — washers 1-4 up, {ster} down, `{ticket}` open", "spd ticket slack-markup")
c("_reminder_: time-out includes the fire risk score now", "policy slack-markup")
c("```\nROOM   SURGEON   START\n{room}   {surgeon.last}   {time}\n{room2}   {surgeon2.last}   {time2}\n```", "or-board slack-markup structured")
c("forwarded from {exec}:\n> Team, thank you for a record month — {n} joints and zero retained items.", "forwarded exec-name count")
c("Hope the new schedule works for everyone. Will post the {month} one soon", "name-like-words")
c("IP range for the new OR VLAN is being set up by IT — ask {staff} not me", "it")
c("Joy, the new scheduling tool, goes live {mdate} — yes that's really its name", "name-like-words version")
c("can you mark {room} as dirty? Will clean after the 1400", "name-like-words")
c("the Rose Garden conference room is booked for the Periop Council", "name-like-words place-name")
c("{n} trays on the case cart for the Whipple, {surgeon} wants Balfour and Bookwalter", "eponym count")
c("Summer hours: pre-op opens at 0530 starting {mdate}", "name-like-words calendar")
c("who took the Bair Hugger from {room}??", "eponym question")
c("CSR called — the case cart for {room} is on the dirty elevator 🙃", "spd")

SPAN_TYPES = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
              "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account",
              "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
              "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}

TOKEN = re.compile(r"⟦([A-Z_]+):([\w.]+)⟧|\{([\w.]+)\}")


class ExtraAttrs:
    pass


def person_extra(obj, attr):
    """Extra derived attributes not stored in Person.attrs."""
    if attr == "last_initial":
        return ascii_fold(obj.last)[:1].upper() + "."
    if attr == "role2":
        return {"F": "mother", "M": "father"}.get(obj.g, "parent")
    raise KeyError(attr)


def render(r, tmpl):
    ctx = Ctx(r)
    segs = []  # [text, type or None]
    tags = []
    pos = 0
    for m in TOKEN.finditer(tmpl):
        if m.start() > pos:
            segs.append([tmpl[pos:m.start()], None])
        if m.group(1):
            typ, ref = m.group(1), m.group(2)
            val, t = ctx.value(ref)
            if typ not in SPAN_TYPES:
                raise ValueError(typ)
            segs.append([val, typ])
            tags.extend(t)
        else:
            ref = m.group(3)
            key, _, attr = ref.partition(".")
            obj = ctx.get(key)
            if isinstance(obj, Person) and attr in ("last_initial", "role2"):
                val = person_extra(obj, attr)
            else:
                val, _ = ctx.value(ref)
            segs.append([val, None])
        pos = m.end()
    if pos < len(tmpl):
        segs.append([tmpl[pos:], None])
    return segs, tags


WORD = re.compile(r"\b[A-Za-z]{5,}\b")


def add_typo(r, segs):
    cands = []
    for i, (txt, typ) in enumerate(segs):
        if typ is None:
            for m in WORD.finditer(txt):
                a0 = max(txt.rfind(" ", 0, m.start()), txt.rfind("\n", 0, m.start())) + 1
                b0 = min([x for x in (txt.find(" ", m.end()), txt.find("\n", m.end())) if x >= 0] or [len(txt)])
                tok = txt[a0:b0]
                if any(ch in tok for ch in "/@`:.") and not tok.endswith((".", ":")):
                    continue
                if "/" in tok or "@" in tok or "`" in tok:
                    continue
                cands.append((i, m.start(), m.end()))
    if not cands:
        return False
    i, a, b = r.choice(cands)
    w = segs[i][0][a:b]
    op = r.choice(["swap", "drop", "double"])
    k = r.randint(1, len(w) - 2)
    if op == "swap":
        nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == "drop":
        nw = w[:k] + w[k + 1:]
    else:
        nw = w[:k] + w[k] + w[k:]
    if nw == w:
        return False
    segs[i][0] = segs[i][0][:a] + nw + segs[i][0][b:]
    return True


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF or 0x2300 <= o <= 0x23FF or 0x2B00 <= o <= 0x2BFF


SLACK = re.compile(r"<@U|<https?://|<mailto:|<tel:|`|\*[^*\s\n][^*\n]*\*|(^|\n)> |(^|\s)_[^_\s][^_\n]*_")


def validate_like_checker(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for s in spans:
        v = s["value"].encode("utf-8")
        i = b.find(v, pos)
        if i != s["_start"]:
            return False
        pos = i + len(v)
    return True


def build(r, frame, is_phi):
    tmpl, ftags = frame
    segs, vtags = render(r, tmpl)
    tags = list(ftags)
    if r.random() < 0.09:
        for s in segs:
            s[0] = re.sub(r"<@u[0-9a-z]+>", lambda m: m.group(0).upper(), s[0].lower())
        tags.append("lowercase")
    if r.random() < 0.09:
        if add_typo(r, segs):
            tags.append("typo")
    text = ""
    spans = []
    bpos = 0
    for txt, typ in segs:
        if typ:
            if not txt or txt != txt.strip():
                return None
            spans.append({"type": typ, "value": txt, "_start": bpos})
        text += txt
        bpos += len(txt.encode("utf-8"))
    if is_phi != bool(spans):
        raise AssertionError("frame/phi mismatch: " + tmpl)
    if not validate_like_checker(text, spans):
        return None
    for s in spans:
        tags.append(SPAN_TYPES[s["type"]])
    tags.extend(vtags)
    if "\n" in text:
        tags.append("multiline")
    if any(is_emoji(ch) for ch in text):
        tags.append("emoji")
    if SLACK.search(text):
        tags.append("slack-markup")
    if any(ord(ch) >= 0xFF10 and ord(ch) <= 0xFF19 for ch in text):
        tags.append("fullwidth")
    if ZW in text:
        tags.append("zero-width")
    letters = [ch for ch in text if ch.isalpha()]
    if letters and text == text.lower() and "lowercase" not in tags:
        tags.append("lowercase")
    if not is_phi and "hard-negative" not in tags:
        tags.append("hard-negative")
    tags.append("phi" if is_phi else "clean")
    out_tags = []
    for t in tags:
        if t not in out_tags:
            out_tags.append(t)
    return text, [{"type": s["type"], "value": s["value"]} for s in spans], out_tags


def main():
    assert len(PHI) + len(CLEAN) >= 300, (len(PHI), len(CLEAN))
    allt = [t for t, _ in PHI + CLEAN]
    assert len(allt) == len(set(allt)), "duplicate frame"
    for t, _ in PHI:
        assert "⟦" in t, t
    for t, _ in CLEAN:
        assert "⟦" not in t, t
    r = random.Random(SEED)
    kinds = [True] * N_PHI + [False] * (N_TOTAL - N_PHI)
    r.shuffle(kinds)
    queues = {True: [], False: []}
    pools = {True: PHI, False: CLEAN}
    seen = set()
    lines = []
    used_frames = set()
    for n, is_phi in enumerate(kinds, 1):
        if not queues[is_phi]:
            q = list(range(len(pools[is_phi])))
            r.shuffle(q)
            queues[is_phi] = q
        fi = queues[is_phi].pop()
        frame = pools[is_phi][fi]
        for attempt in range(400):
            res = build(r, frame, is_phi)
            if res is not None and res[0] not in seen:
                break
        else:
            raise RuntimeError("could not render frame: " + frame[0])
        text, spans, tags = res
        seen.add(text)
        used_frames.add((is_phi, fi))
        lines.append(json.dumps({"id": "gs-%04d" % n, "text": text, "spans": spans, "tags": tags},
                                ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d messages (%d PHI, %d clean), %d frames (%d PHI, %d clean), %d frames used"
          % (OUT, len(lines), N_PHI, N_TOTAL - N_PHI, len(PHI) + len(CLEAN), len(PHI), len(CLEAN),
             len(used_frames)))


if __name__ == "__main__":
    main()
