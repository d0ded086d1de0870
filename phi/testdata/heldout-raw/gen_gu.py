#!/usr/bin/env python3
"""Generate labelled chat messages (set "gu"): behavioral health / social work.

Inpatient psych unit, crisis stabilisation, involuntary holds and court dates, sitters and
safety checks, substance-use treatment and methadone clinics, discharge planning with
shelters, guardians, probation and group homes, case managers and outside agencies, and the
service line administrator delegating scheduling to an assistant bot.

Standard library only, fixed seed, byte-for-byte reproducible.  Writes generated_gu.jsonl
next to this file in the raw format read by check_phi_corpus.py (spans given as values, in
reading order).  Every message is also checked here: the left-to-right value search used by
the validator must land exactly on the offsets at which the generator placed each value.
"""
import json
import os
import random
import re
import unicodedata

SEED = 73119
N_TOTAL = 1500
N_PHI = 825
PREFIX = "gu"

TYPES = ("NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
         "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS", "ADDRESS", "CREDIT_CARD")

# --------------------------------------------------------------------------------------
# name pools: (given name, gender)  f / m / u
# --------------------------------------------------------------------------------------
FIRST = {
    "anglo": [("Emily", "f"), ("Sarah", "f"), ("Jennifer", "f"), ("Ashley", "f"), ("Megan", "f"),
              ("Brittany", "f"), ("Kayla", "f"), ("Heather", "f"), ("Amanda", "f"), ("Courtney", "f"),
              ("Hope", "f"), ("Faith", "f"), ("Grace", "f"), ("Joy", "f"), ("Rose", "f"),
              ("Summer", "f"), ("Dawn", "f"), ("April", "f"), ("June", "f"), ("Holly", "f"),
              ("Ruby", "f"), ("Pearl", "f"), ("Crystal", "f"), ("Misty", "f"), ("Tammy", "f"),
              ("Kimberly", "f"), ("Doris", "f"), ("Mildred", "f"), ("Dorothy", "f"), ("Margaret", "f"),
              ("Elizabeth", "f"), ("Michael", "m"), ("James", "m"), ("Robert", "m"), ("William", "m"),
              ("Tyler", "m"), ("Cody", "m"), ("Dustin", "m"), ("Brandon", "m"), ("Kyle", "m"),
              ("Travis", "m"), ("Wade", "m"), ("Chase", "m"), ("Hunter", "m"), ("Mason", "m"),
              ("Bill", "m"), ("Frank", "m"), ("Earl", "m"), ("Harold", "m"), ("Walter", "m"),
              ("Wayne", "m"), ("Dale", "m"), ("Lance", "m"), ("Buck", "m"), ("Will", "m"),
              ("Grant", "m"), ("Miles", "m"), ("Alex", "u"), ("Jordan", "u"), ("Sam", "u"),
              ("River", "u"), ("Sky", "u"), ("Rowan", "u"), ("Quinn", "u"), ("Jessie", "u"),
              ("Morgan", "u"), ("Casey", "u")],
    "hispanic": [("María", "f"), ("Guadalupe", "f"), ("Yesenia", "f"), ("Marisol", "f"), ("Luz", "f"),
                 ("Esperanza", "f"), ("Dulce", "f"), ("Xiomara", "f"), ("Yaritza", "f"), ("Carmen", "f"),
                 ("Milagros", "f"), ("Rocío", "f"), ("Itzel", "f"), ("Ana Lucía", "f"),
                 ("José", "m"), ("Juan Carlos", "m"), ("Luis", "m"), ("Jesús", "m"), ("Ángel", "m"),
                 ("Héctor", "m"), ("Wilfredo", "m"), ("Yadiel", "m"), ("Santiago", "m"),
                 ("Alejandro", "m"), ("Rigoberto", "m"), ("Ezequiel", "m"), ("Francisco", "m")],
    "afam": [("Keisha", "f"), ("Tanisha", "f"), ("Shaniqua", "f"), ("Imani", "f"), ("Aaliyah", "f"),
             ("Ebony", "f"), ("Latoya", "f"), ("Jasmine", "f"), ("Destiny", "f"), ("Precious", "f"),
             ("Essence", "f"), ("Nia", "f"), ("Deja", "f"), ("DeShawn", "m"), ("Tyrone", "m"),
             ("Jamal", "m"), ("Darnell", "m"), ("Marquis", "m"), ("Terrell", "m"), ("DeAndre", "m"),
             ("Jaylen", "m"), ("Malik", "m"), ("Reggie", "m"), ("Cornell", "m"), ("Demetrius", "m"),
             ("Kareem", "m")],
    "wafrican": [("Chinwe", "f"), ("Ngozi", "f"), ("Adaeze", "f"), ("Abena", "f"), ("Akosua", "f"),
                 ("Ama", "f"), ("Folake", "f"), ("Yetunde", "f"), ("Fatoumata", "f"), ("Aminata", "f"),
                 ("Kwame", "m"), ("Kofi", "m"), ("Chukwuemeka", "m"), ("Oluwaseun", "m"),
                 ("Babajide", "m"), ("Tunde", "m"), ("Ousmane", "m"), ("Mamadou", "m"),
                 ("Kwabena", "m"), ("Emeka", "m")],
    "sasian": [("Priya", "f"), ("Ananya", "f"), ("Lakshmi", "f"), ("Deepa", "f"), ("Sunita", "f"),
               ("Kavya", "f"), ("Nandini", "f"), ("Harpreet", "f"), ("Farzana", "f"), ("Meera", "f"),
               ("Rahul", "m"), ("Arjun", "m"), ("Vikram", "m"), ("Sanjay", "m"), ("Rohan", "m"),
               ("Imran", "m"), ("Gurpreet", "m"), ("Rajesh", "m"), ("Anil", "m"), ("Siddharth", "m")],
    "easian": [("Mei", "f"), ("Xiaoling", "f"), ("Yuki", "f"), ("Haruka", "f"), ("Ji-woo", "f"),
               ("Seo-yeon", "f"), ("Hui", "f"), ("Aiko", "f"), ("Min-ji", "f"), ("Wei", "m"),
               ("Jun", "m"), ("Hiroshi", "m"), ("Takeshi", "m"), ("Min-jun", "m"), ("Sung-ho", "m"),
               ("Jian", "m"), ("Kenji", "m"), ("Hao", "m"), ("Dong-hyun", "m")],
    "viet": [("Linh", "f"), ("Thảo", "f"), ("Ngọc Anh", "f"), ("Huong", "f"), ("Mai", "f"),
             ("Trang", "f"), ("Hạnh", "f"), ("Phương", "f"), ("Minh", "m"), ("Tuấn", "m"),
             ("Dũng", "m"), ("Quang", "m"), ("Bảo", "m"), ("Long", "m"), ("Khoa", "m"), ("Thanh", "u")],
    "arabic": [("Fatima", "f"), ("Aisha", "f"), ("Noor", "f"), ("Layla", "f"), ("Mariam", "f"),
               ("Yasmin", "f"), ("Huda", "f"), ("Rania", "f"), ("Salma", "f"), ("Mohammed", "m"),
               ("Ahmed", "m"), ("Omar", "m"), ("Khaled", "m"), ("Youssef", "m"), ("Tariq", "m"),
               ("Bilal", "m"), ("Hassan", "m"), ("Karim", "m"), ("Mahmoud", "m")],
    "slavic": [("Olena", "f"), ("Natalia", "f"), ("Svetlana", "f"), ("Katarzyna", "f"),
               ("Agnieszka", "f"), ("Irina", "f"), ("Oksana", "f"), ("Milena", "f"), ("Zofia", "f"),
               ("Dmitri", "m"), ("Oleksandr", "m"), ("Piotr", "m"), ("Łukasz", "m"), ("Sergei", "m"),
               ("Vladimir", "m"), ("Mikhail", "m"), ("Bogdan", "m"), ("Tomasz", "m")],
    "irish": [("Siobhan", "f"), ("Niamh", "f"), ("Aoife", "f"), ("Maeve", "f"), ("Bridget", "f"),
              ("Colleen", "f"), ("Saoirse", "f"), ("Caitlin", "f"), ("Nora", "f"), ("Seamus", "m"),
              ("Declan", "m"), ("Liam", "m"), ("Padraig", "m"), ("Ciarán", "m"), ("Finn", "m"),
              ("Brendan", "m"), ("Cormac", "m"), ("Eamon", "m")],
    "jewish": [("Rivka", "f"), ("Miriam", "f"), ("Shira", "f"), ("Esther", "f"), ("Chana", "f"),
               ("Talia", "f"), ("Devorah", "f"), ("Yael", "f"), ("Moshe", "m"), ("Avi", "m"),
               ("Yosef", "m"), ("Shmuel", "m"), ("Eli", "m"), ("Ari", "m"), ("Baruch", "m"),
               ("Mordechai", "m")],
    "filipino": [("Maricel", "f"), ("Rowena", "f"), ("Jocelyn", "f"), ("Analyn", "f"), ("Lovely", "f"),
                 ("Princess", "f"), ("Cherry", "f"), ("Marites", "f"), ("Jericho", "m"), ("Rodel", "m"),
                 ("Jun-Jun", "m"), ("Arnel", "m"), ("Ronaldo", "m"), ("Efren", "m"), ("Dindo", "m")],
    "pacific": [("Leilani", "f"), ("Malia", "f"), ("Kalena", "f"), ("Moana", "f"), ("Sina", "f"),
                ("Losa", "f"), ("Keanu", "m"), ("Kalani", "u"), ("Sione", "m"), ("Tevita", "m"),
                ("Ikaika", "m")],
    "native": [("Winona", "f"), ("Aiyana", "f"), ("Shandiin", "f"), ("Tallulah", "f"), ("Nizhoni", "f"),
               ("Dyani", "f"), ("Ahanu", "m"), ("Chayton", "m"), ("Dakota", "u"), ("Kele", "m"),
               ("Tokala", "m")],
}
LAST = {
    "anglo": ["Smith", "Johnson", "Miller", "Baker", "Cook", "Hill", "Young", "King", "Wright", "Green",
              "Hall", "Brown", "White", "Black", "Marsh", "Moody", "Love", "Small", "Strong", "Stone",
              "Field", "Rivers", "Banks", "Ford", "Page", "Fox", "Lamb", "Swift", "Sharp", "Crane",
              "Winter", "Snow", "Weaver", "Fletcher", "Sawyer", "Bishop", "Chamberlain", "Pennington",
              "Haskell", "Pratt"],
    "hispanic": ["García", "Rodríguez", "Martinez", "Hernández", "Lopez", "González", "Pérez", "Rivera",
                 "Torres", "Ramírez", "de la Cruz", "De León", "Del Valle", "Santiago", "Ortiz-Reyes",
                 "Peña", "Báez", "Quiñones", "Delgado", "Vega", "Cruz"],
    "afam": ["Washington", "Jefferson", "Jackson", "Freeman", "Booker", "Mosley", "Gaines", "Battle",
             "Goodwin", "Merriweather", "Holloway", "Pettiford", "Dorsey", "Toussaint"],
    "wafrican": ["Okafor", "Adeyemi", "Mensah", "Boateng", "Owusu", "Nwosu", "Okonkwo", "Diallo",
                 "Traoré", "Asante", "Adebayo", "Oyelaran-Smith", "Danquah", "Eze", "Bamgbose"],
    "sasian": ["Patel", "Shah", "Reddy", "Iyer", "Chatterjee", "Krishnamurthy", "Singh", "Kaur", "Gupta",
               "Banerjee", "Desai", "Rahman", "Chowdhury", "Venkataraman", "Nair"],
    "easian": ["Chen", "Wang", "Li", "Zhang", "Liu", "Tanaka", "Sato", "Yamamoto", "Kim", "Park", "Lee",
               "Choi", "Huang", "Lin", "Nakamura"],
    "viet": ["Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Le", "Phạm", "Pham", "Hoàng", "Vu", "Đặng",
             "Bui", "Do", "Huynh"],
    "arabic": ["al-Hassan", "Haddad", "Khoury", "Mansour", "El-Amin", "Saleh", "Nasser", "Abdallah",
               "Farouk", "Abu-Ghazaleh", "Hamdan"],
    "slavic": ["Kowalski", "Nowak", "Wójcik", "Petrenko", "Shevchenko", "Ivanova", "Volkov", "Dvořák",
               "Novák", "Kuznetsov", "Horvat", "Zielinski"],
    "irish": ["O'Brien", "O'Neill", "Murphy", "Kelly", "McCarthy", "Sullivan", "Fitzgerald",
              "Mac Giolla", "Ó Súilleabháin", "Donnelly", "Flaherty", "McGonagle", "Byrne"],
    "jewish": ["Cohen", "Levy", "Goldberg", "Rosenblatt", "Katz", "Friedman", "Ben-David", "Schwartz",
               "Horowitz", "Weiss", "Greenbaum", "Shapiro"],
    "filipino": ["Santos", "Reyes", "dela Cruz", "Bautista", "Mendoza", "Villanueva", "Macapagal",
                 "Dimaculangan", "Pangilinan", "Soriano", "Manalo"],
    "pacific": ["Kealoha", "Fonoti", "Tuilagi", "Taufa", "Mahoe", "Kahananui", "Faleolo", "Aumua", "Tupou"],
    "native": ["Begay", "Yazzie", "Tsosie", "Running Bear", "Whitehorse", "Deschene", "Bearheart",
               "Two Crows", "Redcloud", "Silversmith", "Youngblood", "Hummingbird"],
}
ORIGINS = list(FIRST.keys())
NICK = {"William": "Billy", "Robert": "Bobby", "Michael": "Mikey", "James": "Jimmy",
        "Margaret": "Peggy", "Elizabeth": "Betsy", "Jennifer": "Jenn", "Kimberly": "Kimmy",
        "Dorothy": "Dot", "Harold": "Hal", "Walter": "Walt", "José": "Pepe", "Jesús": "Chuy",
        "Guadalupe": "Lupe", "Francisco": "Paco", "Alejandro": "Ale", "Mohammed": "Mo",
        "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Babajide": "Jide", "Oleksandr": "Sasha",
        "Dmitri": "Dima", "Mikhail": "Misha", "Katarzyna": "Kasia", "Padraig": "Paddy",
        "Siobhan": "Shiv", "Mordechai": "Motti", "Yosef": "Yossi", "Ronaldo": "Ronnie",
        "Kwabena": "Kobby", "Wilfredo": "Willy", "Rigoberto": "Rigo", "Ezequiel": "Zeke",
        "Demetrius": "Meech", "Cornell": "Neil", "Svetlana": "Sveta", "Siddharth": "Sid",
        "Xiaoling": "Lingling", "Shmuel": "Shmuli", "Bridget": "Biddy", "Maricel": "Maris"}
GENERIC_NICKS = ["Junior", "JJ", "Boo", "Dee", "Tink", "Peanut", "Lulu", "Manny", "Nene", "Ace",
                 "Red", "Sunny", "Tiny", "Chino", "Bebe", "Coco", "Smokey", "Bird", "Doc", "Pooh"]

FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"})


def ascii_fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


STAFF_ROLES = ["RN", "MHW", "LICSW", "psychiatrist", "NP", "unit clerk", "CNA", "pharmacist",
               "security officer", "OT", "peer specialist", "charge nurse", "case manager"]
EXEC_TITLES = ["VP Behavioral Health", "CNO", "COO", "Service Line Administrator",
               "Director of Social Work", "CMO", "CFO", "Nurse Manager, 4 West", "Chief of Psychiatry",
               "Director of Addiction Services", "VP Patient Care Services"]
REL_F = ["mom", "sister", "wife", "daughter", "aunt", "grandmother", "girlfriend", "stepmom"]
REL_M = ["dad", "brother", "husband", "son", "uncle", "grandfather", "boyfriend", "stepdad"]
REL_U = ["partner", "sibling", "parent", "cousin"]
RELSP = {"mom": "la mamá", "sister": "la hermana", "wife": "la esposa", "daughter": "la hija",
         "aunt": "la tía", "grandmother": "la abuela", "girlfriend": "la novia", "stepmom": "la madrastra",
         "dad": "el papá", "brother": "el hermano", "husband": "el esposo", "son": "el hijo",
         "uncle": "el tío", "grandfather": "el abuelo", "boyfriend": "el novio", "stepdad": "el padrastro",
         "partner": "la pareja", "sibling": "el hermano", "parent": "la mamá", "cousin": "la prima"}
RELV = ["a friend", "a cousin", "a neighbor", "the ex", "a coworker", "a roommate", "church friend"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
                    "outlook.com", "verizon.net", "protonmail.com"]
AGENCY_DOMAINS = ["jud.state.ma.us", "mass.gov", "dmh.mass.gov", "cpcs.net", "harborhouse.org",
                  "lowellhousing.org", "essexda.org", "dcf.mass.gov"]
WORK_DOMAINS = ["riverbendhealth.org", "rbhealth.org"]


class Person:
    def __init__(self, ctx, kind, family_of=None):
        rng = ctx.rng
        for _ in range(200):
            origin = rng.choice(ORIGINS)
            first, g = rng.choice(FIRST[origin])
            if family_of is not None and rng.random() < 0.65:
                last = family_of.last
            else:
                lo = origin if rng.random() < 0.8 else rng.choice(ORIGINS)
                last = rng.choice(LAST[lo])
                if rng.random() < 0.07:
                    last2 = rng.choice(LAST[rng.choice(ORIGINS)])
                    if " " not in last and " " not in last2 and "-" not in last + last2 and last2 != last:
                        last = last + "-" + last2
            if first in ctx.used_names or (last in ctx.used_names and family_of is None):
                continue
            break
        ctx.used_names.add(first)
        ctx.used_names.add(last)
        self.kind, self.first, self.g, self.last = kind, first, g, last
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.18 else ""
        nick = NICK.get(first)
        if not nick or rng.random() < 0.3:
            nick = rng.choice([n for n in GENERIC_NICKS if n not in ctx.used_names])
        self.nick = nick
        ctx.used_names.add(nick)
        if g == "f":
            self.rel = rng.choice(REL_F); self.kid = "daughter"
        elif g == "m":
            self.rel = rng.choice(REL_M); self.kid = "son"
        else:
            self.rel = rng.choice(REL_U); self.kid = "kid"
        self.relv = rng.choice(RELV)
        self.role = rng.choice(STAFF_ROLES)
        self.title = rng.choice(EXEC_TITLES)
        self.hon = {"m": "Mr.", "f": rng.choice(["Ms.", "Mrs.", "Ms"]), "u": "Mx."}[g]
        fs, ls = slug(first), slug(last)
        yy = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 6)
        pat = rng.randrange(6)
        dom = rng.choice(PERSONAL_DOMAINS)
        if pat == 0:
            self.email = "%s.%s@%s" % (fs, ls, dom)
        elif pat == 1:
            self.email = "%s%s%02d@%s" % (fs[0], ls, yy, dom)
        elif pat == 2:
            self.email = "%s%s%d@%s" % (ls, fs, rng.randint(1, 99), dom)
        elif pat == 3:
            self.email = "%s_%s@%s" % (slug(self.nick), ls[:6], dom)
        elif pat == 4:
            self.email = "%s.%s%d@%s" % (fs, ls[0], rng.randint(1950, 2005), dom)
        else:
            self.email = "%s%s@%s" % (fs, ls, dom)
        wd = rng.choice(WORK_DOMAINS)
        self.wemail = ("%s%s@%s" % (fs[0], ls, wd)) if rng.random() < 0.5 else ("%s.%s@%s" % (fs, ls, wd))
        self.aemail = "%s.%s@%s" % (fs, ls, rng.choice(AGENCY_DOMAINS))
        self.full_style = rng.random()

    def get(self, a):
        f, l = self.first, self.last
        if a == "full":
            return "%s %s. %s" % (f, self.mi, l) if self.mi else "%s %s" % (f, l)
        if a == "first":
            return f
        if a == "last":
            return l
        if a == "inv":
            if self.full_style < 0.5:
                return "%s, %s%s" % (l.upper(), f.upper(), (" " + self.mi) if self.mi else "")
            return "%s, %s" % (l, f)
        if a == "nick":
            return self.nick
        if a == "fl":
            return "%s. %s" % (f[0], l)
        if a == "up":
            return ("%s %s" % (f, l)).upper()
        if a == "low":
            return ("%s %s" % (f, l)).lower()
        if a == "fli":
            return "%s %s." % (f, ascii_fold(l)[0].upper())
        if a == "hl7":
            return ("%s^%s%s" % (l, f, ("^" + self.mi) if self.mi else "")).upper()
        if a == "sex":
            return {"m": "M", "f": "F", "u": "X"}[self.g]
        if a == "relsp":
            return RELSP[self.rel]
        if a == "pl":
            return "es" if re.search(r"(s|x|z|ch|sh)$", l) else "s"
        if a in ("email", "wemail", "aemail", "nick", "rel", "relv", "role", "title", "hon", "kid"):
            return getattr(self, a)
        if a == "at":
            return "@" + slug(f)[:1] + slug(l)
        pr = {"he": ("he", "she", "they"), "hes": ("he's", "she's", "they're"),
              "his": ("his", "her", "their"), "him": ("him", "her", "them")}
        if a in pr:
            return pr[a]["mfu".index(self.g)]
        raise KeyError(a)


# --------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------
TOWNS = [("Dracut", "MA", "01826"), ("Amesbury", "MA", "01913"), ("Methuen", "MA", "01844"),
         ("Billerica", "MA", "01821"), ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"),
         ("Peabody", "MA", "01960"), ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"),
         ("Malden", "MA", "02148"), ("Dorchester", "MA", "02124"), ("Mattapan", "MA", "02126"),
         ("Taunton", "MA", "02780"), ("Fitchburg", "MA", "01420"), ("Leominster", "MA", "01453"),
         ("Athol", "MA", "01331"), ("Gardner", "MA", "01440"), ("Holyoke", "MA", "01040"),
         ("Chicopee", "MA", "01013"), ("Somerville", "MA", "02143"), ("Everett", "MA", "02149"),
         ("Saugus", "MA", "01906"), ("Andover", "MA", "01810"), ("Westford", "MA", "01886"),
         ("Lowell", "MA", "01852"), ("Lawrence", "MA", "01841"), ("Haverhill", "MA", "01830"),
         ("Lynn", "MA", "01902"), ("Salem", "MA", "01970"), ("Worcester", "MA", "01610"),
         ("Brockton", "MA", "02301"), ("Nashua", "NH", "03060"), ("Pawtucket", "RI", "02860"),
         ("Manchester", "NH", "03101"), ("Hudson", "NH", "03051"), ("Gloucester", "MA", "01930")]
BTOWNS = ["Lowell", "Lawrence", "Haverhill", "Lynn", "Salem", "Worcester", "Brockton", "Quincy",
          "Framingham", "Springfield", "Methuen", "Gloucester"]
STREETS = ["Tarbox Rd", "Elm St", "Bridge St", "Pawtucket Blvd", "Gorham St", "Varnum Ave",
           "Lakeview Ave", "Middlesex St", "Church St", "Hale St", "Essex St", "Summer St",
           "Pleasant St", "Water St", "Chestnut Hill Rd", "Broadway", "Jackson Terrace",
           "Mammoth Rd", "Nesmith St", "Andover St", "Lawrence St", "Riverside Dr", "Hope St",
           "Union Ave", "Blossom Ln", "Fairmount Ave", "Boston Rd", "Cabot St", "Washington St"]
UNITS_APT = ["Apt 3", "#2R", "Unit 4B", "Apt 12", "2nd fl", "#1", "Apt B", "Fl 3"]
ROUTES = ["Rte 110", "Rte 28", "the Lowell Connector", "Rte 38", "Rte 113", "the rotary", "exit 32"]

FACILITIES = ["Riverbend Medical Center", "St. Brigid's", "Pinehurst Recovery Center",
              "Northshore Crisis Stabilization", "Bayview CSU", "Lawrence ATS", "Merrimack Valley Hospital",
              "Tewksbury State", "Cedar Hill Behavioral", "Saints campus", "Lahey Ridge"]
FAC_ADDRS = ["1 Hospital Dr, Lowell, MA 01852", "295 Varnum Ave, Lowell MA 01854",
             "800 Main St, Worcester, MA 01610", "60 Granite St, Quincy MA 02169",
             "140 Merrimack St, Lawrence MA 01843", "12 Parkhurst Rd, Chelmsford, MA 01824",
             "365 East St, Tewksbury MA 01876", "77 Warren St, Brighton, MA 02135",
             "1 Crisis Way, Haverhill MA 01830", "55 Lake St, Salem MA 01970"]
COURTS = ["Lowell District Court", "Salem District Court", "Cambridge District Court",
          "Worcester Probate & Family Court", "Boston Municipal Court", "Lawrence District Court",
          "Haverhill District Court", "Essex Probate"]
SHELTERS = ["Lowell Transitional Living Center", "Hope House", "Pine Street Inn", "Bethany Shelter",
            "St. Francis House", "Harbor House", "the Lazarus House", "the YWCA family shelter",
            "Mercy Street Shelter"]
OTPS = ["Greenleaf OTP", "Merrimack Treatment Center", "Harbor St OTP", "Riverside Recovery",
        "the Lowell methadone clinic", "Eastside OTP", "Bayview Opioid Treatment"]
GHOMES = ["Birch House", "Alder Residence", "Cedar Crest", "the Oak group home", "Willow Commons",
          "the DDS home on the hill", "Juniper House"]
AGENCIES = ["DMH", "DCF", "DDS", "BSAS", "Probation", "the DA's office", "CPCS", "MassHealth",
            "SSA", "Mass Rehab", "the VA", "the Housing Authority"]
CRISIS = ["BEST", "MCI", "mobile crisis", "the CCBHC crisis team", "the LPD co-responder"]
PAYERS = ["BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "MassHealth ACO", "Aetna", "Medicare",
          "Fallon", "WellSense"]
VENDORS = ["Stryker", "Vocera", "Omnicell", "Securitas", "Avasure", "Cardinal", "Medline", "CareTalk",
           "Relias", "Hill-Rom", "Iron Mountain"]
UNITS = ["4 West", "4W", "6 North", "geri psych", "the CSU", "the adolescent unit", "5E",
         "PES", "the dual-dx unit", "4 East"]
UNITS2 = ["6N", "L&D", "the OR", "MICU", "pharmacy", "5 South", "the ED", "dietary", "EVS"]
PUMPS = ["Tandem t:slim X2", "Medtronic 780G", "Omnipod 5", "MiniMed 770G"]
CARS = ["2014 Honda Civic, grey", "2009 Ford Ranger, red", "silver Camry", "2018 Nissan Rogue",
        "black Jeep Liberty", "2011 Toyota Corolla", "white Chevy Malibu"]
BANKS = ["Citizens", "Enterprise Bank", "Bank of America", "the credit union", "Santander", "TD"]
CPTS = ["90837", "90834", "90791", "90792", "90853", "99222", "99232", "99238", "90785", "H0020",
        "H0015", "96127", "90839", "G2067"]
ICDS = ["F20.9", "F25.0", "F31.2", "F33.2", "F10.239", "F11.20", "F11.23", "F43.10", "R45.851",
        "F60.3", "F15.159", "Z59.00", "F03.91"]
DOSES = ["methadone 85 mg", "bup 16 mg SL", "olanzapine 10 mg qhs", "lorazepam 1 mg IM",
         "haloperidol 5 mg IM", "clozapine 300 mg", "lithium 300 mg tid", "naltrexone 380 mg IM",
         "Invega Sustenna 234 mg", "quetiapine 50 mg prn"]
MDOSES = ["85 mg", "120 mg", "60 mg", "95 mg", "140 mg", "40 mg", "110 mg"]
VIPDESC = ["local news anchor", "city councilor", "pro athlete", "board member's relative",
           "state rep's son", "radio host"]
DESCS = ["white hoodie, grey sweats", "6'1\", red jacket", "hospital socks, no coat",
         "black puffer, backpack", "bald, green scrubs top"]
AMBS = ["Trinity EMS", "LPD", "Armstrong", "Cataldo", "state police"]
EMOJI = ["🙏", "👍", "😬", "🙃", "😅", "✅", "⚠️", "🚨", "👀", "💊", "🛏️", "📅", "🤦‍♀️", "😩",
         "💯", "☕", "🧵", "🙌🏽", "😮‍💨", "❤️"]
CONFROOMS = ["4W conf rm", "B204", "the Lowell Rm", "Admin 3", "the huddle room", "Rm 118"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tue", "Wed", "Thu", "Thurs",
        "Fri"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_W = {90: "ninety", 100: "one hundred"}

MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, MDAYS[m - 1])
    return y, m, d


def ordsuf(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(rng, y, m, d, style=None, with_year=True):
    mon = MONTHS[m - 1]
    styles_y = ["m/d/yyyy", "mm/dd/yyyy", "iso", "long", "dmy", "m/d/yy", "compact", "m-d-yyyy",
                "mon d yyyy", "d month yyyy", "mm.dd.yy"]
    styles_n = ["m/d", "mm/dd", "mon d", "mon dth", "month dth", "d-mon", "mon. d", "m/d/yy",
                "month d"]
    if style is None:
        style = rng.choice(styles_y if with_year else styles_n)
    yy = y % 100
    return {
        "m/d/yyyy": "%d/%d/%d" % (m, d, y), "mm/dd/yyyy": "%02d/%02d/%d" % (m, d, y),
        "iso": "%d-%02d-%02d" % (y, m, d), "long": "%s %d, %d" % (mon, d, y),
        "dmy": "%d-%s-%d" % (d, mon[:3], y), "m/d/yy": "%d/%d/%02d" % (m, d, yy),
        "compact": "%02d%02d%d" % (m, d, y), "m-d-yyyy": "%d-%d-%d" % (m, d, y),
        "mon d yyyy": "%s %d %d" % (mon[:3], d, y), "d month yyyy": "%d %s %d" % (d, mon, y),
        "mm.dd.yy": "%02d.%02d.%02d" % (m, d, yy),
        "m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "mon d": "%s %d" % (mon[:3], d),
        "mon dth": "%s %d%s" % (mon[:3], d, ordsuf(d)), "month dth": "%s %d%s" % (mon, d, ordsuf(d)),
        "d-mon": "%d-%s" % (d, mon[:3]), "mon. d": ("%s. %d" % (mon[:3], d)) if len(mon) > 3 else "%s %d" % (mon, d),
        "month d": "%s %d" % (mon, d),
    }[style]


def luhn_complete(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return digits + str((10 - s % 10) % 10)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZW = "\u200b"
NBSP = "\u00a0"


def spell_digits(s, sep=" "):
    return sep.join(ONES[int(c)] for c in s if c.isdigit())


def age_words(n):
    if n == 100:
        return "one hundred"
    if n > 100:
        return "a hundred and " + ONES[n - 100]
    base = "ninety"
    return base if n == 90 else base + "-" + ONES[n - 90]


def g_ssn_raw(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def gen_ssn(ctx):
    a, b, c = g_ssn_raw(ctx.rng)
    st = ctx.rng.randrange(4)
    if st == 0:
        return "%s-%s-%s" % (a, b, c)
    if st == 1:
        return "%s-%s-%s" % (a, b, c)
    if st == 2:
        return "%s %s %s" % (a, b, c)
    return ("%s%s%s" % (a, b, c), ["evasion"])


def gen_ssnx(ctx):
    a, b, c = g_ssn_raw(ctx.rng)
    st = ctx.rng.randrange(7)
    if st == 0:
        return ("%s.%s-%s" % (a, b, c), ["evasion"])
    if st == 1:
        return ("%s%s%s" % (a, b, c), ["evasion"])
    if st == 2:
        return (" ".join(a + b + c), ["evasion"])
    if st == 3:
        return ("%s-%s-%s" % (a, b, c)).translate(FW), ["evasion", "fullwidth"]
    if st == 4:
        return ("%s%s%s%s%s" % (a, ZW, b, ZW, c), ["evasion", "zero-width"])
    if st == 5:
        return ("%s%s%s%s%s" % (a, NBSP, b, NBSP, c), ["evasion"])
    return ("%s/%s/%s" % (a, b, c), ["evasion"])


def gen_ssn_spelled(ctx):
    a, b, c = g_ssn_raw(ctx.rng)
    return ("%s, %s, %s" % (spell_digits(a), spell_digits(b), spell_digits(c)), ["evasion"])


def gen_ssnfw(ctx):
    a, b, c = g_ssn_raw(ctx.rng)
    sep = ctx.rng.choice(["-", "－", ""])
    return (a + sep + b + sep + c).translate(FW), ["evasion", "fullwidth"]


def gen_mrn(ctx):
    rng = ctx.rng
    st = rng.randrange(5)
    if st == 0:
        return "00" + digits(rng, 6)
    if st == 1:
        return str(rng.randint(1000000, 9999999))
    if st == 2:
        return "E" + digits(rng, 7)
    if st == 3:
        return str(rng.randint(10000000, 99999999))
    return "%d-%s-%s" % (rng.randint(10, 99), digits(rng, 3), digits(rng, 3))


def gen_mrnx(ctx):
    rng = ctx.rng
    m = str(rng.randint(1000000, 99999999))
    st = rng.randrange(4)
    if st == 0:
        return (" ".join(m), ["evasion"])
    if st == 1:
        return (m.translate(FW), ["evasion", "fullwidth"])
    if st == 2:
        return (m[:3] + ZW + m[3:], ["evasion", "zero-width"])
    return (m[:2] + "." + m[2:5] + "." + m[5:], ["evasion"])


def gen_mrnzw(ctx):
    m = str(ctx.rng.randint(1000000, 99999999))
    i = ctx.rng.randint(2, len(m) - 2)
    return (m[:i] + ctx.rng.choice([ZW, "\u2060", "\u200c"]) + m[i:], ["evasion", "zero-width"])


def gen_mhid(ctx):
    s = "100" + digits(ctx.rng, 9)
    if ctx.rng.random() < 0.2:
        s = s[:4] + " " + s[4:8] + " " + s[8:]
    return s


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(ctx):
    rng = ctx.rng
    an = MBI_L + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(MBI_L), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(MBI_L), rng.choice(an), str(rng.randint(0, 9)), rng.choice(MBI_L), rng.choice(MBI_L),
         str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    if rng.random() < 0.5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def gen_memid(ctx):
    rng = ctx.rng
    st = rng.randrange(4)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if st == 0:
        return "".join(rng.choice(L) for _ in range(3)) + digits(rng, 9)
    if st == 1:
        return "W" + digits(rng, 9)
    if st == 2:
        return "ZGP" + digits(rng, 11)
    return digits(rng, 9) + "-0" + str(rng.randint(1, 4))


def gen_har(ctx):
    return str(ctx.rng.choice([4, 5])) + digits(ctx.rng, ctx.rng.choice([9, 10]))


def gen_guar(ctx):
    return ctx.rng.choice(["G", "GA", ""]) + digits(ctx.rng, 8)


def gen_bank(ctx):
    return digits(ctx.rng, ctx.rng.choice([9, 10, 12]))


def gen_dl(ctx):
    rng = ctx.rng
    st = rng.randrange(4)
    if st == 0:
        return "S" + digits(rng, 8)
    if st == 1:
        return "SA" + digits(rng, 7)
    if st == 2:
        return "%s %s %s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3))
    return "NHL" + digits(rng, 8)


def gen_dea(ctx):
    rng = ctx.rng
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + rng.choice("ABCDEFGHKLMNPRSTW") + "".join(map(str, d)) + str(chk)


def gen_lic(ctx):
    rng = ctx.rng
    st = rng.randrange(4)
    if st == 0:
        return str(rng.randint(100000, 999999))
    if st == 1:
        return str(rng.randint(10000, 99999))
    if st == 2:
        return "RN" + digits(rng, 7)
    return str(rng.randint(200000, 299999))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(ctx):
    rng = ctx.rng
    v = [rng.choice(VIN_CH) for _ in range(17)]
    v[0] = rng.choice("12345JKLSWYZ")
    total = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    r = total % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def gen_plate(ctx):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    st = rng.randrange(5)
    if st == 0:
        return "%d%s%s %d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(100, 999))
    if st == 1:
        return "%d%s%s%d" % (rng.randint(1, 9), "".join(rng.choice(L) for _ in range(2)), digits(rng, 2), rng.randint(1, 9))
    if st == 2:
        return "%s %s" % ("".join(rng.choice(L) for _ in range(3)), digits(rng, 4))
    if st == 3:
        return "%d%s-%d%s%d" % (rng.randint(1, 9), rng.choice(L), rng.randint(1, 9), rng.choice(L), rng.randint(1, 9))
    return "%s%s" % ("".join(rng.choice(L) for _ in range(3)), digits(rng, 3))


def gen_pumpsn(ctx):
    rng = ctx.rng
    st = rng.randrange(3)
    if st == 0:
        return "NG" + digits(rng, 7) + rng.choice("HKM")
    if st == 1:
        return digits(rng, 8)
    return "PDM-" + digits(rng, 4) + "-" + digits(rng, 5)


def gen_cgmsn(ctx):
    rng = ctx.rng
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(A) for _ in range(rng.choice([10, 12])))


def gen_hasn(ctx):
    return digits(ctx.rng, 4) + ctx.rng.choice("ABCX") + digits(ctx.rng, 4)


def gen_pmsn(ctx):
    rng = ctx.rng
    return "".join(rng.choice("BCDKLMNPRSTW") for _ in range(3)) + digits(rng, 6) + rng.choice(["S", "G", "H", ""])


def gen_udi(ctx):
    rng = ctx.rng
    y = rng.randint(26, 29)
    return "(01)%s(17)%02d%02d%02d(21)%s" % ("00" + digits(rng, 12), y, rng.randint(1, 12), rng.randint(1, 28),
                                             "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)))


def gen_devsn(ctx):
    return ctx.rng.choice([gen_pumpsn, gen_cgmsn, gen_hasn, gen_pmsn])(ctx)


def gen_cpapsn(ctx):
    return digits(ctx.rng, 11)


def gen_ip(ctx):
    rng = ctx.rng
    st = rng.randrange(4)
    if st == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if st == 1:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    if st == 2:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    return "%d.%d.%d.%d" % (rng.choice([73, 24, 98, 66, 108, 174]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))


def gen_ip6(ctx):
    rng = ctx.rng
    h = lambda: "%x" % rng.randint(1, 0xffff)
    st = rng.randrange(3)
    if st == 0:
        return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    if st == 1:
        return "2001:db8:%s::%s" % (h(), h())
    return "2601:%s:%s:%s::%s" % (h(), h(), h(), h())


def gen_cc_digits(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        return luhn_complete("4" + digits(rng, 14)), kind
    if kind == "mc":
        return luhn_complete("5" + str(rng.randint(1, 5)) + digits(rng, 13)), kind
    if kind == "disc":
        return luhn_complete("6011" + digits(rng, 11)), kind
    return luhn_complete("3" + rng.choice("47") + digits(rng, 12)), kind


def fmt_cc(rng, num, kind, sep=None):
    sep = sep if sep is not None else rng.choice([" ", "-", "", " "])
    if kind == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def gen_cc(ctx):
    n, k = gen_cc_digits(ctx.rng)
    return fmt_cc(ctx.rng, n, k)


def gen_amex(ctx):
    n, k = gen_cc_digits(ctx.rng, "amex")
    return fmt_cc(ctx.rng, n, k)


def gen_ccx(ctx):
    n, k = gen_cc_digits(ctx.rng, "visa")
    st = ctx.rng.randrange(3)
    if st == 0:
        return (fmt_cc(ctx.rng, n, k, NBSP), ["evasion"])
    if st == 1:
        return (" ".join(n), ["evasion"])
    return (fmt_cc(ctx.rng, n, k, "-").translate(FW), ["evasion", "fullwidth"])


AREA = ["978", "617", "508", "781", "413", "774", "857", "603", "401", "351"]


class Phone:
    def __init__(self, ctx):
        rng = ctx.rng
        self.a = rng.choice(AREA)
        self.x = "555"
        self.n = "%04d" % rng.randint(100, 9999)
        self.ext = str(rng.randint(10, 4999))
        self.style = rng.randrange(9)

    def get(self, a):
        A, X, N = self.a, self.x, self.n
        if a == "e164":
            return "+1" + A + X + N
        if a == "paren":
            return "(%s) %s-%s" % (A, X, N)
        if a == "dash":
            return "%s-%s-%s" % (A, X, N)
        if a == "fmt":
            return [
                "(%s) %s-%s" % (A, X, N), "%s-%s-%s" % (A, X, N), "%s.%s.%s" % (A, X, N),
                "%s%s%s" % (A, X, N), "+1 %s %s %s" % (A, X, N), "+1-%s-%s-%s" % (A, X, N),
                "%s %s %s" % (A, X, N), "1-%s-%s-%s" % (A, X, N), "(%s)%s-%s" % (A, X, N)][self.style]
        raise KeyError(a)


def gen_phone(ctx):
    return Phone(ctx).get("fmt")


def gen_phx(ctx):
    p = Phone(ctx)
    return p.get("fmt") + ctx.rng.choice([" ext. ", " x", " ext ", " x.", ",,"]) + p.ext


def gen_tollfree(ctx):
    return "1-%s-555-%04d" % (ctx.rng.choice(["800", "888", "877", "866"]), ctx.rng.randint(100, 9999))


def gen_phobf(ctx):
    p = Phone(ctx)
    d = p.a + p.x + p.n
    st = ctx.rng.randrange(5)
    if st == 0:
        return (" ".join(d), ["evasion"])
    if st == 1:
        return (spell_digits(d), ["evasion"])
    if st == 2:
        return (("%s-%s-%s" % (p.a, p.x, p.n)).translate(FW), ["evasion", "fullwidth"])
    if st == 3:
        return ("%s%s%s%s%s" % (p.a, ZW, p.x, ZW, p.n), ["evasion", "zero-width"])
    return ("%s.%s-%s" % (p.a, p.x, p.n), ["evasion"])


BIZ_EMAILS = ["intake@harborhouse.org", "referrals@hopehouse-lowell.org", "bedsearch@mabhaccess.org",
              "courtclinic.lowell@jud.state.ma.us", "otp.intake@greenleafrecovery.org",
              "ur@riverbendhealth.org", "dmh.northeast.referrals@mass.gov", "records@cedarhillbh.org",
              "fax2mail@pinehurstrecovery.org", "guestdosing@merrimacktc.org", "billing@rbhealth.org"]


def gen_email(ctx):
    return ctx.rng.choice(BIZ_EMAILS)


def gen_pemail(ctx):
    return Person(ctx, "tmp").email


def gen_emailobf(ctx):
    p = Person(ctx, "tmp")
    user, dom = p.email.split("@")
    dn, tld = dom.rsplit(".", 1)
    st = ctx.rng.randrange(4)
    if st == 0:
        v = "%s [at] %s [dot] %s" % (user, dn, tld)
    elif st == 1:
        v = "%s at %s dot %s" % (user, dn, tld)
    elif st == 2:
        v = "%s(at)%s(dot)%s" % (user, dn, tld)
    else:
        v = "%s @ %s . %s" % (user, dn, tld)
    return (v, ["evasion"])


def pick_town(ctx):
    for _ in range(50):
        t = ctx.rng.choice(TOWNS)
        if t[0] not in ctx.used_names:
            ctx.used_names.add(t[0])
            return t
    return t


def gen_street(ctx):
    rng = ctx.rng
    s = "%d %s" % (rng.randint(2, 998), rng.choice(STREETS))
    if rng.random() < 0.3:
        s += rng.choice([", ", " "]) + rng.choice(UNITS_APT)
    return s


def gen_addr(ctx):
    rng = ctx.rng
    t, st, z = pick_town(ctx)
    street = gen_street(ctx)
    form = rng.randrange(5)
    if form == 0:
        return "%s, %s, %s %s" % (street, t, st, z)
    if form == 1:
        return "%s %s %s %s" % (street, t, st, z)
    if form == 2:
        return "%s, %s %s" % (street, t, z)
    if form == 3:
        return "%s, %s, %s %s-%04d" % (street, t, st, z, rng.randint(1, 9999))
    return "%s, %s" % (street, t)


def gen_town(ctx):
    return pick_town(ctx)[0]


def gen_zip(ctx):
    t = pick_town(ctx)
    return t[2] if ctx.rng.random() < 0.75 else "%s-%04d" % (t[2], ctx.rng.randint(1, 9999))


def gen_poaddr(ctx):
    t, st, z = pick_town(ctx)
    return ctx.rng.choice(["PO Box %d, %s, %s %s", "P.O. Box %d, %s %s %s", "PO Box %d %s %s %s"]) % (
        ctx.rng.randint(10, 2999), t, st, z)


def gen_purl(ctx):
    rng = ctx.rng
    p = ctx.obj("p1")
    fs, ls = slug(p.first), slug(p.last)
    st = rng.randrange(5)
    if st == 0:
        return "https://mychart.riverbendhealth.org/MyChart/Visit/Join?vid=%s&pt=%s" % (digits(rng, 8), digits(rng, 7))
    if st == 1:
        return "https://telepsych.riverbendhealth.org/join/%s-%s-%s" % (fs, ls, digits(rng, 4))
    if st == 2:
        return "https://www.caringbridge.org/visit/%s%s%02d" % (fs, ls, rng.randint(0, 99))
    if st == 3:
        return "https://portal.riverbendhealth.org/family/update?patient=%s.%s" % (fs, ls)
    return "https://rbh.link/fam/%s%s-%s" % (fs[0], ls, digits(rng, 5))


def gen_date(ctx):
    y, m, d = rand_date(ctx.rng, 2024, 2025)
    return fmt_date(ctx.rng, y, m, d, with_year=ctx.rng.random() < 0.5)


def gen_dshort(ctx):
    y, m, d = rand_date(ctx.rng, 2024, 2025)
    return fmt_date(ctx.rng, y, m, d, with_year=False)


def gen_dlong(ctx):
    y, m, d = rand_date(ctx.rng, 2024, 2025)
    return fmt_date(ctx.rng, y, m, d, style=ctx.rng.choice(["long", "month dth", "d month yyyy", "month d"]))


def gen_mrange(ctx):
    rng = ctx.rng
    y, m, d = rand_date(rng, 2024, 2025)
    d = min(d, 20)
    st = rng.choice(["m/d", "mon d", "mm/dd", "month d"])
    e = d + rng.randint(1, 8)
    sep = rng.choice(["–", "-", " to ", " thru "])
    return fmt_date(rng, y, m, d, style=st) + sep + fmt_date(rng, y, m, e, style=st)


def gen_dob(ctx):
    y, m, d = rand_date(ctx.rng, 1938, 2007)
    return fmt_date(ctx.rng, y, m, d, with_year=True)


def gen_dobn(ctx):
    y, m, d = rand_date(ctx.rng, 1938, 2007)
    return fmt_date(ctx.rng, y, m, d, style=ctx.rng.choice(["m/d/yyyy", "mm/dd/yyyy", "iso", "m/d/yy", "mm.dd.yy"]))


def gen_phnl(ctx):
    p = Phone(ctx)
    return ctx.rng.choice(["%s-%s-\n%s", "(%s) %s-\n%s", "%s.%s.\n%s", "%s\n%s-%s"]) % (p.a, p.x, p.n)


def gen_ssnnl(ctx):
    a, b, c = g_ssn_raw(ctx.rng)
    return (ctx.rng.choice(["%s-%s-\n%s", "%s-\n%s-%s", "%s %s\n%s"]) % (a, b, c), ["evasion"])


def gen_dob90(ctx):
    y, m, d = rand_date(ctx.rng, 1921, 1935)
    return fmt_date(ctx.rng, y, m, d, with_year=True)


def gen_age90(ctx):
    return str(ctx.rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102]))


def gen_age90w(ctx):
    return (age_words(ctx.rng.randint(90, 101)), ["evasion"])


def gen_agey(ctx):
    return str(ctx.rng.randint(18, 89))


def gen_year(ctx):
    return str(ctx.rng.randint(2015, 2024))


def gen_mtime(ctx):
    h = ctx.rng.randint(7, 17)
    st = ctx.rng.randrange(4)
    if st == 0:
        return "%d:%s" % (h, ctx.rng.choice(["00", "30", "15"]))
    if st == 1:
        return "%d%s" % (h if h <= 12 else h - 12, "am" if h < 12 else "pm")
    if st == 2:
        return "%d:30%s" % (h if h <= 12 else h - 12, "am" if h < 12 else "pm")
    return "%02d%s" % (h, ctx.rng.choice(["00", "30"]))


def gen_npi(ctx):
    # valid NPI check digit: Luhn over 80840 + first 9 digits
    body = str(ctx.rng.choice([1, 2])) + digits(ctx.rng, 8)
    full = luhn_complete("80840" + body)
    return body + full[-1]


def gen_money(ctx):
    rng = ctx.rng
    st = rng.randrange(4)
    if st == 0:
        return "$%s" % format(rng.randint(2, 480) * 100, ",")
    if st == 1:
        return "$%.1fM" % (rng.randint(3, 90) / 10)
    if st == 2:
        return "$%dk" % rng.randint(4, 900)
    return "$%s.%02d" % (format(rng.randint(12, 9999), ","), rng.randint(0, 99))


def gen_expiry(ctx):
    m, y = ctx.rng.randint(1, 12), ctx.rng.randint(26, 30)
    return ctx.rng.choice(["%02d/%02d" % (m, y), "%d/%d" % (m, 2000 + y), "%02d/%d" % (m, 2000 + y)])


def _c(lst):
    return lambda ctx: ctx.rng.choice(lst)


def _f(fn):
    return lambda ctx: fn(ctx.rng)


def umention(rng):
    return "<@U0%s>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


GEN = {
    "ssn": gen_ssn, "ssnx": gen_ssnx, "ssn_spelled": gen_ssn_spelled, "ssnfw": gen_ssnfw,
    "mrn": gen_mrn, "mrnx": gen_mrnx, "mrnzw": gen_mrnzw, "mhid": gen_mhid, "mbi": gen_mbi,
    "memid": gen_memid, "har": gen_har, "guar": gen_guar, "bank": gen_bank, "dl": gen_dl,
    "dea": gen_dea, "lic": gen_lic, "vin": gen_vin, "plate": gen_plate, "pumpsn": gen_pumpsn,
    "cgmsn": gen_cgmsn, "hasn": gen_hasn, "pmsn": gen_pmsn, "udi": gen_udi, "devsn": gen_devsn,
    "cpapsn": gen_cpapsn, "ip": gen_ip, "ip6": gen_ip6, "cc": gen_cc, "amex": gen_amex, "ccx": gen_ccx,
    "phone": gen_phone, "phx": gen_phx, "phobf": gen_phobf, "tollfree": gen_tollfree,
    "email": gen_email, "pemail": gen_pemail, "emailobf": gen_emailobf,
    "street": gen_street, "addr": gen_addr, "town": gen_town, "zip": gen_zip, "poaddr": gen_poaddr,
    "purl": gen_purl, "date": gen_date, "date2": gen_date, "dshort": gen_dshort, "dlong": gen_dlong,
    "dob": gen_dob, "dobn": gen_dobn, "phnl": gen_phnl, "ssnnl": gen_ssnnl, "dob90": gen_dob90, "age90": gen_age90, "age90w": gen_age90w, "agey": gen_agey,
    "year": gen_year, "mtime": gen_mtime, "mtime2": gen_mtime, "npi": gen_npi, "money": gen_money,
    "expiry": gen_expiry,
    "mdate": gen_date, "mdate2": gen_date, "mshort": gen_dshort, "mlong": gen_dlong,
    "mday": _c(DAYS), "unit": _c(UNITS), "unit2": _c(UNITS2), "fac": _c(FACILITIES),
    "facaddr": _c(FAC_ADDRS), "court": _c(COURTS), "shelter": _c(SHELTERS), "otp": _c(OTPS),
    "ghome": _c(GHOMES), "agency": _c(AGENCIES), "crisis": _c(CRISIS), "payer": _c(PAYERS),
    "vendor": _c(VENDORS), "pump": _c(PUMPS), "car": _c(CARS), "bankname": _c(BANKS), "cpt": _c(CPTS),
    "icd": _c(ICDS), "dose": _c(DOSES), "mdose": _c(MDOSES), "vipdesc": _c(VIPDESC), "desc": _c(DESCS),
    "amb": _c(AMBS), "btown": _c(BTOWNS), "route": _c(ROUTES), "confroom": _c(CONFROOMS),
    "emoji": _c(EMOJI),
    "cnt": _f(lambda r: str(r.randint(2, 9))), "cnt2": _f(lambda r: str(r.randint(11, 48))),
    "room": _f(lambda r: r.choice(["%d%s" % (r.randint(401, 460), r.choice("AB")), "4W-%02d" % r.randint(1, 24),
                                    str(r.randint(1, 24)), "6N-%d" % r.randint(1, 20), "%d" % r.randint(101, 130)])),
    "bed": _f(lambda r: r.choice(["4W-%02d%s" % (r.randint(1, 24), r.choice("AB")), "bed %d" % r.randint(1, 24),
                                   "PES bay %d" % r.randint(1, 8), "CSU-%d" % r.randint(1, 16), "5E-%d" % r.randint(1, 20)])),
    "po": _f(lambda r: "45" + digits(r, 8)), "invn": _f(lambda r: r.choice(["INV-", "INV", "#"]) + digits(r, 5)),
    "tkt": _f(lambda r: r.choice(["INC00", "REQ00", "RITM00"]) + digits(r, 5) if r.random() < 0.7
              else r.choice(["BH-", "DEL-", "FAC-", "IT-"]) + str(r.randint(100, 9999))),
    "ordn": _f(lambda r: digits(r, 8)), "contract": _f(lambda r: "C-%d-%04d" % (r.randint(2024, 2026), r.randint(1, 999))),
    "printjob": _f(lambda r: str(r.randint(1000, 9999))), "costc": _f(lambda r: "%d-%03d" % (r.randint(6000, 8999), r.randint(100, 999))),
    "rlnum": _f(lambda r: "RL-%d" % r.randint(10000, 99999)),
    "asset": _f(lambda r: r.choice(["BME-", "IT-", "RB", "BME "]) + digits(r, 5)),
    "ver": _f(lambda r: "v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 20), r.randint(0, 30))),
    "build": _f(lambda r: "%d.%d.%d.%d" % (r.randint(2023, 2025), r.randint(1, 12), r.randint(0, 4), r.randint(1, 40))),
    "zver": _f(lambda r: "%d.%d.%d" % (r.randint(5, 6), r.randint(0, 19), r.randint(0, 12))),
    "ext": _f(lambda r: str(r.randint(2000, 7999))),
    "zoom": _f(lambda r: "%s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4))),
    "grp": _f(lambda r: r.choice(["00", "GRP-", "0"]) + digits(r, 5)),
    "lot": _f(lambda r: digits(r, 5)),
    "pct": _f(lambda r: "%d%%" % r.randint(3, 97)),
    "fy": _f(lambda r: r.choice(["Q1", "Q2", "Q3", "Q4", "FY26", "FY2027", "Q3 FY26", "H2"])),
    "hhmm": _f(lambda r: "%02d:%02d" % (r.randint(7, 18), r.randint(0, 59))),
    "umention": _f(umention),
    "cnt24": _f(lambda r: str(r.randint(12, 24))),
    "mrange": gen_mrange,
    "dobc": _f(lambda r: "%d%02d%02d" % rand_date(r, 1938, 2007)),
    "last4": _f(lambda r: "%04d" % r.randint(1, 9999)),
    "zoomid": _f(lambda r: digits(r, 11)),
    "mm": _f(lambda r: "%02d" % r.randint(1, 12)),
    "initial": _f(lambda r: r.choice("BCDFGHKLMNPRSTW")),
}


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.objs = {}
        self.cache = {}
        self.used_names = set()
        self.tags = []

    def obj(self, key):
        if key not in self.objs:
            if key.startswith("ph"):
                self.objs[key] = Phone(self)
            elif key[0] == "f":
                self.objs[key] = Person(self, "family", family_of=self.obj("p1"))
            else:
                self.objs[key] = Person(self, key[0])
        return self.objs[key]

    def resolve(self, expr):
        if expr in self.cache:
            return self.cache[expr]
        m = re.match(r"^([a-z]+\d)\.([a-z0-9]+)$", expr)
        if m:
            v = self.obj(m.group(1)).get(m.group(2))
        else:
            base = expr.split("#")[0]
            v = GEN[base](self)
            if isinstance(v, tuple):
                v, t = v
                for x in t:
                    if x not in self.tags:
                        self.tags.append(x)
            if "#" in expr:
                self.cache[expr] = v
        return v


# --------------------------------------------------------------------------------------
# frames.  "@@ tags" starts a frame; {TYPE:expr} is a labelled span, {expr} plain filler.
# expr: p1/p2/p3 patients, f1/f2 family of p1, g1 guardian, v1 visitor, s1.. staff and
# outside professionals, x1.. executives (all with .full .first .last .inv ...), ph1 phone
# objects (.e164 .paren .fmt), or a generator name; name#k reuses one value in a message.
# --------------------------------------------------------------------------------------
PHI_FRAMES = r"""
@@ admission structured
new admit to {unit}: {NAME:p1.full}, DOB {DATE:dob}, MRN {MRN:mrn}. sec 12 from {fac} ED
@@ admission structured multiline slack-markup
*Admission*
Name: {NAME:p1.inv}
DOB: {DATE:dob}
MRN: {MRN:mrn}
Legal: Sec 12(b)
Unit/Bed: {bed}
Attending: Dr. {s1.last}
@@ records
can someone pull the old chart for {NAME:p1.full}? was here in {year} under MR# {MRN:mrn}
@@ boarding
ED is boarding {NAME:p1.inv} (DOB {DATE:dob}) since last night — any bed on {unit}? {s1.first} is asking
@@ boarding bed-board
bed board: {unit} has {cnt} open. ED holding {NAME:p1.fl} and {NAME:p2.full} (Sec 35), both med cleared
@@ admission section-35
Pt {NAME:p1.full} admitted {DATE:date} on a Section 35, detox first then step down to CSS
@@ readmit
{s1.at} heads up {NAME:p1.first} is back again 🙃 3rd admit this yr. MRN {MRN:mrn}
@@ sitter safety
1:1 sitter needed for {NAME:p1.full} in {room}, active SI w/ plan. 1:1 started {DATE:dshort}
@@ safety-checks
q15 sheets missing for {NAME:p1.last} overnight, pls fix before the surveyors walk the unit 😬
@@ sitter family
sitter note: {NAME:p1.first} slept 0200-0530, refused vitals x2, no behaviors. {f1.rel} {NAME:f1.full} called at 0700 asking for an update, callback {PHONE:phone}
@@ visitor security
visitor at the desk for {room}: {NAME:v1.full} (says {v1.relv}). pt is NOT on the approved list, security aware
@@ visitor no-contact
who approved {NAME:v1.full} as a visitor for {NAME:p1.first}?? visitor is on the no-contact list per the 209A
@@ court rogers
Rogers hearing for {NAME:p1.full} moved to {DATE:date} at {court}. {s1.first} can you let the attending know
@@ court petition structured
7(c) petition filed for {NAME:p1.inv}, MRN {MRN:mrn}. hearing {DATE:date} 9am, CPCS atty is {s2.full}
@@ court section-35
Sec 35 — {NAME:p1.full}, DOB {DATE:dob}, court ordered at {court} on {DATE:date}; bed at {fac}
@@ probation business-contact
{NAME:p1.full}'s PO is {s1.full}, {PHONE:phone}, wants a call before any d/c
@@ probation business-contact roi
PO {s1.last} (probation) emailed from {EMAIL:s1.aemail} asking if {NAME:p1.first} is here. we can't confirm w/o ROI — don't reply
@@ methadone otp
{NAME:p1.full} doses at {otp}, last dose {DATE:dshort} {mdose}. need guest dosing set up before d/c
@@ methadone otp business-contact
OTP confirmed {NAME:p1.inv} DOB {DATE:dob}, dose {mdose}, last dosed yesterday. their fax is {PHONE:phone} for the d/c summary
@@ records fax business-contact
fax the d/c summary for {NAME:p1.fl} to {PHONE:phone} (attn intake) pls 🙏
@@ shelter discharge business-contact
{shelter} has a bed for {NAME:p1.first} starting {DATE:dshort}, intake line {PHONE:phone}
@@ discharge address family
d/c plan for {NAME:p1.full}: home w/ {f1.rel} at {ADDRESS:addr}, PCP f/u {DATE:date}
@@ discharge address family
{NAME:p1.first} lives in {ADDRESS:town} with {p1.his} {f1.rel} {NAME:f1.first}, who is ok with pt coming back
@@ guardian rogers
guardian is {NAME:g1.full} ({PHONE:phone}) — Rogers guardian, needs to consent before any IM haldol
@@ guardian structured multiline
Guardian: {NAME:g1.full}, Esq.
Cell: {PHONE:phone}
Email: {EMAIL:g1.email}
Ward: {NAME:p1.full}
@@ group-home discharge
{ghome} says they can take {NAME:p1.first} back {DATE:dshort} if the clozapine level is ok. house mgr is {s1.first}
@@ dmh referral health-plan-id
DMH CM {s1.full} needs {NAME:p1.full}'s DOB and MassHealth # for the referral: {DATE:dob} / {HEALTH_PLAN_ID:mhid}
@@ utilization-review
auth for {NAME:p1.last} — MassHealth {HEALTH_PLAN_ID:mhid}, {cnt} days approved, next review {DATE:dshort}
@@ insurance
Medicare MBI for {NAME:p1.full} is {HEALTH_PLAN_ID:mbi}; secondary {payer} member {HEALTH_PLAN_ID:memid}, group {grp}
@@ billing cpt
billing q: {NAME:p1.full} HAR {ACCOUNT_NUMBER:har} got kicked back for a missing modifier on 90791
@@ billing family
guarantor acct {ACCOUNT_NUMBER:guar} for {NAME:p1.last} — {f1.rel} {NAME:f1.full} is the guarantor
@@ benefits
pt {NAME:p1.first} wants the SSI direct deposit changed to acct {ACCOUNT_NUMBER:bank} at {bankname}, rep payee paperwork pending
@@ benefits
SSA needs {NAME:p1.full}'s SSN for the SSI app: {SSN:ssn}
@@ benefits
ok so ssn is {SSN:ssnx} for {NAME:p1.full}
@@ property
valuables envelope for {NAME:p1.full}: wallet, $23 cash, MA DL {LICENSE_NUMBER:dl}, 2 keys
@@ security vehicle
security: {NAME:p1.full}'s car still in garage B, plate {VEHICLE_ID:plate}. will tow after 72h unless family picks up
@@ vehicle family
{f1.rel} is picking up the pt's car tomorrow — {car}, VIN {VEHICLE_ID:vin}. keys in the property locker
@@ device
{NAME:p1.first} has an insulin pump ({pump}) SN {DEVICE_ID:pumpsn}; nursing to check site q shift, sitter aware
@@ device seclusion
CGM for {NAME:p1.fl}: Dexcom G7, serial {DEVICE_ID:cgmsn}. can it stay on in the seclusion room?
@@ device property
property log {NAME:p1.full}: hearing aids L+R, serials {DEVICE_ID:hasn} / {DEVICE_ID:hasn}, glasses, 1 phone
@@ url family-meeting
family can join {NAME:p1.first}'s care conf here: {URL:purl}
@@ url slack-markup
portal link for {NAME:p1.full} didn't work: <{URL:purl#1}|{URL:purl#1}>
@@ it ticket
Pyxis in the {unit} med room ({IP_ADDRESS:ip}) offline again, pharmacy ticket {tkt}
@@ pcard money
P-card for the unit snack order: {CREDIT_CARD:cc} exp {expiry}, charge to cost center {costc}
@@ geri
{NAME:p1.full}, {AGE:age90}yo, geri psych transfer from {fac}, delirium vs dementia w/ behaviors
@@ geri evasion
{NAME:p1.full} is {AGE:age90w} and still beating everyone at cribbage on the unit 😂
@@ employee-health
EH case: {NAME:p1.full} from {unit2} was brought in by {crisis} last night, keep {p1.him} off the staffing board
@@ employee-health
heads up, our own {p1.role} {NAME:p1.full} is on the unit as a pt — restrict chart access & no pics
@@ vip exec-name
VIP flag on {NAME:p1.full} ({vipdesc}) — admitted {DATE:date}, nothing to press, refer calls to {x1.full}
@@ incident fall
fall on {unit} {DATE:date}: {NAME:p1.full}, unwitnessed, no injury, RL filed {rlnum}
@@ restraint
restraint debrief for {NAME:p1.last} from {DATE:dshort} still not done, DMH wants it w/in 24h
@@ elopement address
ELOPEMENT — {NAME:p1.full}, {desc}, last seen {DATE:dshort} ~1430 near main lobby. lives in {ADDRESS:town}, may try to head home
@@ ama family
{NAME:p1.first} left AMA {DATE:date}, CM pls call {p1.his} {f1.rel} {NAME:f1.first} at {PHONE:phone}
@@ death records
sad news, {NAME:p1.full} (former pt) passed {DATE:date}. family is asking for records
@@ records roi
ROI rec'd from {NAME:p1.full} for records {DATE:date} to {DATE:date2}
@@ forwarded email multiline family
> From: {EMAIL:pemail}
> Subject: my {p1.kid} {NAME:p1.first}
> {NAME:p1.first} was admitted {DATE:date} and nobody will tell me anything
@@ complaint family
complaint from {NAME:f1.full} ({f1.rel} of pt {NAME:p1.full}) re visiting hours, wants a call from the manager at {PHONE:phone}
@@ calendar family-meeting
📅 Reminder: Family meeting — {NAME:p1.full} — {mday} 2pm, {confroom}
@@ bot scheduling family
@assistant set up a family mtg for {NAME:p1.full} w/ {p1.his} {f1.rel} {NAME:f1.full} next week, any afternoon except {mday}
@@ bot appointment
@schedbot book the bridge clinic f/u for {NAME:p1.full} MRN {MRN:mrn} on {DATE:date} — pt appt, not a staff mtg
@@ tox
UDS on {NAME:p1.first} ({room}) came back + fentanyl, neg for methadone. collected {DATE:dshort}
@@ handoff multiline
handoff 🧵
• {NAME:p1.first} ({bed}) — calmer, took PO zyprexa, still q15
• {NAME:p2.first} ({bed}) — Sec 12 expires today, 7(c) filed
• {NAME:p3.fl} ({bed}) — d/c {DATE:dshort} to {shelter}
@@ lowercase
lol {NAME:p1.first} just asked if the sitter can play uno with {p1.him} all night 😅
@@ crisis address
MCI eval in {ADDRESS:town} — {NAME:p1.full}, {agey}M, at home w/ {f1.rel}, pink-papered, transport by {amb}
@@ crisis address family
BEST headed to {ADDRESS:addr} for a wellness check on {NAME:p1.full}, {f1.rel} called it in
@@ csu
CSU intake: {NAME:p1.full}, {DATE:dob}, walk-in, voluntary, denies SI/HI, needs a shelter bed tonight
@@ teams shelter
[Teams] {s1.full} mentioned you in BH Discharge Planning: "can you check if {NAME:p1.full} still has a bed at {shelter}?"
@@ forwarded email guardian multiline
-----Original Message-----
From: {NAME:g1.full} <{EMAIL:g1.email}>
Sent: {mday}, {mlong} 9:12 AM
Subject: RE: {NAME:p1.full} - Rogers

I will not consent to the depot. Call me first.
@@ evasion
{NAME:p1.first} read me the SSN over the phone: {SSN:ssn_spelled}
@@ evasion
mrn for {NAME:p1.last} is {MRN:mrnx} (sorry, typing on phone)
@@ slack-markup records
`{MRN:mrn}` ← that's {NAME:p1.first}'s MRN, pls merge the dup chart
@@ slack-markup discharge
*{NAME:p1.full}* is cleared for d/c on {DATE:date}, just waiting on pharmacy for the LAI
@@ slack-markup hipaa
_reminder no names in here_ … but fyi {NAME:p1.last} is the one in {room}
@@ slack-markup multiline
> is {NAME:p1.first} still on 1:1?
yes until psych reassesses this aft
@@ nickname
{NAME:p1.full} ("{NAME:p1.nick}") is asking for {p1.his} phone back again
@@ nickname structured
pt goes by {NAME:p1.nick}, legal name {NAME:p1.full}, DOB {DATE:dob}
@@ family plural
the {NAME:p1.last}{p1.pl} are here again asking for a family mtg 🙄
@@ family honorific
{f1.hon} {NAME:f1.last} (pt's {f1.rel}) left a vm on the unit line, wants to know about meds
@@ date
pt w/ DOB {DATE:dob} in {room} — who's the attending? chart won't load
@@ address
{NAME:p1.first} gave zip {ADDRESS:zip} but the address on file is {ADDRESS:addr}
@@ address
{NAME:p1.full} wants mail sent to {ADDRESS:poaddr}, not home
@@ address
{NAME:p1.first} is staying at {ADDRESS:street} off {route} in {ADDRESS:town} with a friend
@@ structured multiline sbar
S: {NAME:p1.full}, {agey}F, Sec 12 from {fac} ED
B: hx bipolar I, 4 prior admits
A: manic, not sleeping, pressured
R: admit 4W, 1:1, Dr. {s1.last} aware
@@ fax structured multiline business-contact
FAX COVER
To: {otp}
Fax: {PHONE:phone}
Re: {NAME:p1.inv} DOB {DATE:dob}
Pages: 4
@@ system-notification slack-markup
🔔 *Epic In Basket*: result for {NAME:p1.inv} ({MRN:mrn}) — lithium level 1.4 (H)
@@ secure-chat
Secure Chat • {s1.full}: {NAME:p1.first} in {room} is pacing and banging on the door again, can we get the prn?
@@ pass family
whoever is on this weekend — {NAME:p1.full} is due back from pass {DATE:dshort} by 6pm; if not, call {p1.his} {f1.rel} ({PHONE:phone}) before calling police
@@ pass family
therapeutic pass approved for {NAME:p1.first} {DATE:date}, 4 hrs with {NAME:f1.full}
@@ court
sheriffs coming at 0800 to take {NAME:p1.full} to {court} for the Sec 35 hearing, pt aware
@@ court business-contact
court clinic wants a copy of {NAME:p1.last}'s eval from {DATE:date}, send to {EMAIL:email}
@@ dcf
DCF filed a 51A re: {NAME:p1.first}'s kids, the DCF SW is {s1.full}
@@ pharmacy
pharmacy says {NAME:p1.full}'s clozapine REMS ANC is overdue, last one {DATE:dshort}
@@ lai
{NAME:p1.full} due for invega sustenna {DATE:date} — can the clinic give it or do we do it before d/c?
@@ family phone
vm from {NAME:f1.full}, says {f1.hes} {NAME:p1.first}'s {f1.rel} — call back {PHONE:phone}
@@ evasion family
{f1.rel} wants a call at {PHONE:phobf} re {NAME:p1.first}
@@ evasion family
pt's {f1.rel} email is {EMAIL:emailobf} — ROI on file, ok to send the d/c instructions
@@ fullwidth
ssn {SSN:ssnfw} for {NAME:p1.last}, pls verify with SSA
@@ zero-width
{NAME:p1.full} MRN {MRN:mrnzw} — dup chart?
@@ credentialing npi
credentialing: {s1.full}, LICSW lic #{LICENSE_NUMBER:lic}, exp {expiry}; NPI {npi}
@@ credentialing
new NP {s1.full} DEA {LICENSE_NUMBER:dea} — needs to go in Epic before {s1.he} can e-prescribe bup
@@ credentialing
{s1.first}'s nursing license # is {LICENSE_NUMBER:lic}, verified on the board site, good thru {expiry}
@@ business-contact
new number for the {agency} liaison {s1.full}: {PHONE:phone} (cell, texts ok)
@@ business-contact
send the bed list to {EMAIL:s1.wemail} and cc {EMAIL:s2.wemail} by noon
@@ business-contact slack-markup
ask <mailto:{EMAIL:email#1}|{EMAIL:email#1}> for the shelter waitlist
@@ business-contact slack-markup
call <tel:{PHONE:ph1.e164}|{PHONE:ph1.paren}> for the {agency} after-hours line
@@ it
label printer on 4W keeps jamming, IP {IP_ADDRESS:ip}, ticket {tkt}
@@ it telehealth
vpn client for the telepsych cart shows {IP_ADDRESS:ip6} — is that ours?
@@ pcard exec-name
{x1.first} asked me to book the DMH forum lunch on the corporate Amex {CREDIT_CARD:amex}
@@ vehicle security
whose car is {VEHICLE_ID:plate}? it's blocking the sally port again
@@ lowercase family
omg {NAME:p1.full} is back. same story, stopped meds, {f1.rel} called the cops
@@ restraint terse
{NAME:p1.last} — 4pt restraint 0310-0355, MD notified, debrief done
@@ terse
rm {room} = {NAME:p1.first}. pls stop putting {p1.him} with a roommate
@@ question insurance
does anyone know if {NAME:p1.full} ever got {p1.his} MassHealth back? ID was {HEALTH_PLAN_ID:mhid}
@@ reply family
^ {NAME:p1.first} is the one with the dog at home, {f1.rel} is feeding it
@@ probation po-ambiguity
{p1.his} PO wants proof of tx — can we send a letter for {NAME:p1.full}, admitted {DATE:date}? ROI signed
@@ methadone
{otp} pulled {NAME:p1.first}'s take-homes after the + UDS on {DATE:dshort}
@@ transfer records
transfer packet for {NAME:p1.full} (MRN {MRN:mrn}) to {fac}: face sheet, MAR, last 3 notes, legal papers
@@ insurance
{payer} ID {HEALTH_PLAN_ID:memid} for {NAME:p1.inv}, group {grp} is the employer plan
@@ interpreter court
{NAME:p1.full} needs a Haitian Creole interpreter for the hearing {DATE:date}
@@ visitor
{NAME:p1.first}'s imam {NAME:v1.full} wants to visit Fri after prayers, ok per team?
@@ property family
{NAME:p1.first}'s phone is in the safe, {f1.rel} {NAME:f1.first} will pick it up
@@ discharge
scripts for {NAME:p1.full}: bup 8 mg SL bid x7d + narcan, sent to the CVS on {btown} St
@@ housing address
housing voucher came thru for {NAME:p1.full}!! 🎉 new apt at {ADDRESS:addr}, move in after d/c
@@ legal business-contact
atty for {NAME:p1.full} is {s1.full}, {PHONE:phx}
@@ family address
{NAME:p1.first}'s {f1.rel} lives in {ADDRESS:town} and can't get here til the weekend
@@ employee-health
{NAME:p2.first} went to EH after getting hit by {NAME:p1.first} in {room}, x-ray neg, back tmrw
@@ employee-health
EH: needlestick for {NAME:p2.full} (MHW) in the med room, source pt {NAME:p1.full}, labs drawn
@@ press
reporter from the Sun called asking if {NAME:p1.full} is here. we do NOT confirm, routed to comms
@@ police property
LPD dropped off {NAME:p1.full}'s backpack, logged in property
@@ verification ssn-topic
verified {NAME:p1.first} with DOB {DATE:dob} + last 4 of SSN ({last4}) before giving the update
@@ ed agitation
ED to 4W: {agey}F {NAME:p1.last}, sec 12, agitated, got 5/2/1 at 1400, calmer now
@@ structured multiline
| pt | DOB | legal |
|---|---|---|
| {NAME:p1.full} | {DATE:dob} | Sec 12 |
| {NAME:p2.full} | {DATE:dob} | vol |
@@ geri
{AGE:age90}F on geri psych ({NAME:p1.last}) pulled her foley again, family wants a call
@@ geri
{p1.hon} {NAME:p1.last} turns {AGE:age90} on the unit {DATE:dshort} — dietary is doing a cake 🎂
@@ geri structured
Name: {NAME:p1.inv}
Age: {AGE:age90}
DOB: {DATE:dob90}
Dx: {icd}
@@ employee-health
pls pull {NAME:p1.full} from the float pool for now, {p1.hes} admitted to our CSU (EH case)
@@ device
pacemaker card in property: {NAME:p1.full}, device SN {DEVICE_ID:pmsn}, cardiology aware
@@ device
{NAME:p1.first}'s CPAP came in from home, serial {DEVICE_ID:cpapsn}, biomed needs to check it before use
@@ device
pump UDI {DEVICE_ID:udi} for {NAME:p1.fl}, for the MAR
@@ url
{f1.rel} set up an updates page for {NAME:p1.first}: {URL:purl} — pls don't confirm anything there
@@ url telehealth
telepsych link for {NAME:p1.full}'s f/u: {URL:purl}
@@ credit-card family
{f1.rel} wants to pay the copay over the phone: card {CREDIT_CARD:cc}, exp {expiry}
@@ credit-card evasion
card is {CREDIT_CARD:ccx} for the commissary deposit, {NAME:p1.first}'s {f1.rel} asked
@@ bank
{NAME:p1.full} rep payee acct {ACCOUNT_NUMBER:bank}, {bankname}, for the SSI deposit
@@ account
HAR {ACCOUNT_NUMBER:har} — {NAME:p1.inv}, self-pay, wants a payment plan
@@ license
{NAME:p1.first}'s license is suspended, DL {LICENSE_NUMBER:dl}, so no driving home, {f1.rel} will pick up
@@ vehicle
VIN {VEHICLE_ID:vin} — that's {NAME:p1.first}'s car in the ED lot, it's been 3 days
@@ ip
{NAME:p1.full}'s {f1.rel} keeps logging into the portal from {IP_ADDRESS:ip}, IT flagged it
@@ ssn structured multiline
shelter referral:
• {NAME:p1.full}
• DOB {DATE:dob}
• SSN {SSN:ssn}
• MassHealth {HEALTH_PLAN_ID:mhid}
"""

PHI_FRAMES2 = r"""
@@ bot family
@assistant pls email {NAME:p1.full}'s {f1.rel} the visiting hours, address is {EMAIL:f1.email}
@@ group-home business-contact
{ghome} staff ({PHONE:phone}) say {NAME:p1.first} hasn't taken clozapine since {DATE:dshort}
@@ section-12
pink paper on {NAME:p1.full} signed {DATE:date} at 2215 by Dr. {s1.last}
@@ legal
3-day letter from {NAME:p1.full} dated {DATE:dshort}, clock is running — team needs to decide on 7(c)
@@ seclusion terse
{NAME:p1.first} in seclusion 2 since 1840, MD at bedside
@@ overdose shelter
{NAME:p1.full} OD'd in the bathroom at {shelter} {DATE:dshort}, narcan x2, now in our ED
@@ detox terse
CIWA 18 on {NAME:p1.last}, ativan per protocol, recheck 1h
@@ moud
{NAME:p1.full} inducted on bup {DATE:dshort}, COWS 14 → 4, wants to continue outpt
@@ moud
{NAME:p1.first} got vivitrol {DATE:date}, next due in 28 days — who's tracking?
@@ veteran insurance
{NAME:p1.full} is a vet, VA member ID {HEALTH_PLAN_ID:memid}, VA wants to transfer
@@ adolescent family
adolescent unit: only {f1.rel} {NAME:f1.full} may call about {NAME:p1.first}, code word is "blue"
@@ school roi
school counselor {s1.full} wants an update on {NAME:p1.first} — no ROI, pls don't
@@ teams file
{s1.full} shared a file: {NAME:p1.last}_discharge_summary_FINAL.pdf
@@ outreach
outreach found {NAME:p1.first} under the {btown} St bridge again, {p1.hes} refusing the shelter
@@ neuropsych appointment
neuropsych testing for {NAME:p1.full} is set for {DATE:date} at {fac}, needs escort
@@ ect guardian
ECT #6 for {NAME:p1.last} on {DATE:dshort}, consent from guardian {NAME:g1.full} on file
@@ court telehealth
Zoom for {NAME:p1.first}'s hearing: {zoom}, judge wants the pt on camera at 9
@@ spanish family
{f1.relsp} de {NAME:p1.first} llamó, quiere hablar con la trabajadora social: {PHONE:phone}
@@ emoji elopement
🚨🚨 {NAME:p1.first} AWOL from {unit} 🚨🚨 call security x{ext}
@@ family nickname
{f1.rel} goes by {NAME:f1.nick}, real name {NAME:f1.full}, is the emergency contact for {NAME:p1.first}
@@ system-notification structured
ADT A01: {NAME:p1.inv} | MRN {MRN:mrn} | ADM {DATE:date} | {bed}
@@ hl7 structured
PID|1||{MRN:mrn}^^^RBH^MR||{NAME:p1.hl7}||{DATE:dobc}|{p1.sex}
@@ csv structured multiline
MRN,Name,DOB
{MRN:mrn},"{NAME:p1.inv}",{DATE:dobn}
{MRN:mrn},"{NAME:p2.inv}",{DATE:dobn}
@@ court whiteboard
whiteboard says {NAME:p1.last} — court {DATE:dshort}, who wrote that? erase pls
@@ sitter question
who has {NAME:p1.first}? sitter needs a break at 3
@@ typo lowercase family
can sombody call {NAME:p1.first}s {f1.rel} back, third time today
@@ missed-call family
Missed call from {PHONE:phone} — prob {NAME:p1.first}'s {f1.rel} again
@@ voicemail family multiline
Voicemail (0:42) from {PHONE:phone}:
"hi this is {NAME:f1.full} calling about my {p1.kid} {NAME:p1.first}, please call me back"
@@ bot guardian
@schedbot remind me to call {NAME:g1.full} (guardian) tmrw at 10
@@ bot court calendar
@assistant add {NAME:p1.full}'s court date {DATE:date} to the unit calendar — {court}, 9am
@@ bot calendar family
@assistant move my 3pm to {mdate} and tell {s1.first} the {NAME:p1.last} family mtg is off
@@ exec-name complaint
{x1.full} wants an update on the {NAME:p1.last} complaint before the board mtg {mdate}
@@ grievance restraint
grievance from {NAME:p1.full} re: the restraint on {DATE:dshort}, response due in 30 days
@@ dppc group-home
DPPC report filed for {NAME:p1.full}, {agey}, DDS client from {ghome}
@@ elder address
elder protective called re: {NAME:p1.full} ({AGE:age90}), lives alone in {ADDRESS:town}, hoarding, no heat
@@ business-contact
{NAME:p1.first} wants {p1.his} cat's vet called, number is {PHONE:phone}
@@ appointment
{NAME:p1.first} has a dentist appt {DATE:date} 10:30, needs an escort + van
@@ appointment
PCP appt for {NAME:p1.full} at {fac} on {DATE:dlong}, transport booked
@@ discharge business-contact
sending the d/c summary for {NAME:p1.full} to {EMAIL:s1.aemail} (DMH CM) unless anyone objects
@@ court multiline
court list for {DATE:dshort}:
- {NAME:p1.fl}
- {NAME:p2.fl}
- {NAME:p3.fl}
all at {court}, van at 8
@@ bed-rounds
@channel bed rounds: {NAME:p1.last} d/c {DATE:dshort}, {NAME:p2.last} waiting on a Sec 35 bed, {NAME:p3.last} stays
@@ legal
{NAME:p1.first} signed a CV (sec 10/11) {DATE:dshort}, so no 7(c) needed for now
@@ emoji
{NAME:p1.first} finally slept 🙏🏽 first time since {DATE:dshort}
@@ safety-plan address family
safety plan for {NAME:p1.full}: guns out of the home at {ADDRESS:addr}, {f1.rel} confirmed w/ PD
@@ erpo
ERPO filed re {NAME:p1.full}, guns surrendered to {btown} PD this am
@@ pregnancy appointment
{NAME:p1.first} is 22 wks, OB appt {DATE:date}, needs the prenatal vitamins restarted
@@ family business-contact
{f1.rel} cell {PHONE:phone}, work {PHONE:phx} — {NAME:f1.first} prefers texts
@@ family address
{NAME:p1.first}'s sister lives in {ADDRESS:town}, dad in {ADDRESS:town}, neither can take {p1.him}
@@ address
{NAME:p1.first} is from {ADDRESS:zip}, so {btown} CSS catchment, not ours
@@ structured multiline
{room}: {NAME:p1.inv}
{room}: {NAME:p2.inv}
{room}: empty, EVS called
@@ employee-health exec-name
{NAME:x1.full} is out on medical leave after the cardiac event — pls don't discuss in the huddle
@@ vip
board member {NAME:p1.full} is on 4W as a pt, VIP flag on, need-to-know only
@@ employee-health
{NAME:s1.first} from nights is out on FMLA for depression, don't put {s1.him} on the schedule, HR knows
@@ lowercase nickname
lil {NAME:p1.nick} ({NAME:p1.first}) back on the unit smh
@@ guardian business-contact
probate court appointed {NAME:g1.full} as temp guardian for {NAME:p1.first}; {g1.his} office # {PHONE:phx}
@@ detox family
{NAME:p1.full}'s {f1.rel} {NAME:f1.first} brought in pills from home, security has them
@@ hipaa complaint
someone posted {NAME:p1.full}'s DOB ({DATE:dob}) in #general, pls delete & report to privacy
@@ slack-markup family
*{f1.rel}*: {NAME:f1.full} — {PHONE:phone}
*pt*: {NAME:p1.full}
*ROI*: yes, expires {expiry}
@@ transfer
{fac} accepting {NAME:p1.full} tonight, nurse report to {PHONE:phone}, MRN there is {MRN:mrn}
@@ methadone business-contact
guest dosing for {NAME:p1.first} at {otp}: fax the dose letter to {PHONE:phone} by {DATE:dshort}
@@ lab
lithium level on {NAME:p1.fl} was 1.6 on {DATE:dshort}, held tonight's dose
@@ question
anybody know {NAME:p1.fli} from the CSU? {p1.hes} asking for {s1.first} by name
@@ split-value multiline family
{NAME:p1.first}'s {f1.rel}'s # is {PHONE:phnl} (sorry it pasted weird)
@@ split-value multiline benefits
SSA form for {NAME:p1.full}, SSN {SSN:ssnnl}, DOB {DATE:dob}
@@ url slack-markup family
{f1.rel} asked for the visit link again: <{URL:purl}|join here> — it's {NAME:p1.first}'s
@@ bot guardian court
Assistant: I drafted the email to {NAME:g1.full} <{EMAIL:g1.email}> about {NAME:p1.first}'s hearing on {DATE:date}. Send it?
@@ credentialing multiline structured
*Provider file — {s1.full}, MD*
• MA license: {LICENSE_NUMBER:lic}
• DEA: {LICENSE_NUMBER:dea}
• NPI: {npi}
• board cert exp {expiry}
@@ thread reply
+1, {NAME:p1.first} told me the same. {f1.rel} is {NAME:f1.first}, not the one on the facesheet
"""

CLEAN_FRAMES = r"""
@@ calendar bot
@schedbot move my 1:1 with {s1.first} to {mdate} at {mtime}
@@ calendar bot exec-name
@assistant find 30 min for me, {x1.full} and {x2.full} next week re: the sitter budget
@@ calendar bot vendor
@assistant decline the {vendor} demo on {mdate}, tell them we'll revisit in {fy}
@@ exec-name
{x1.full} wants the census deck by {mday} EOD, pls no pt identifiers in it
@@ calendar exec-name
can you put the BH ops huddle on {x1.first}'s calendar for {mdate} {mtime}? Zoom {zoom}
@@ calendar system-notification slack-markup
📅 *Meeting moved*: Restraint Reduction Committee → {mdate}, {mtime}, {confroom}
@@ calendar bot
@assistant block {mdate} morning for the Joint Commission tracer, no pt names in the invite pls
@@ calendar
reminder: QAPI is {mdate}, decks due the Friday before
@@ calendar teams system-notification
Teams: {s1.full} accepted "Bed flow huddle" {mdate} {mtime}
@@ hr exec-name
pls schedule interviews for the nurse manager role: {s1.full}, {s2.full}, {s3.full}
@@ calendar exec-name
{x1.full} is out {mrange}, route approvals to {x2.full} ({x2.title})
@@ calendar
can we move case conference to {mday}? {s1.first} is covering {court} that morning
@@ facility-address
new CSU opens at {facaddr} on {mdate} — 16 beds, 4 of them for youth
@@ facility-address methadone
{otp} moved to {facaddr}, same dosing hours
@@ facility-address exec-name
mail the signed contract to {facaddr}, attn {x1.full}
@@ shelter count
{shelter} is at capacity tonight per the {agency} bed list, {cnt} on the waitlist
@@ facility-address
DMH NE area office is at {facaddr} if anyone is dropping off forms
@@ court money
parking at {court} is $15 cash only, bring quarters for the meter too
@@ staffing
our {btown} site is short {cnt} MHWs on nights this week
@@ po
the {btown} clinic waiting room chairs are on PO {po}, ETA {mshort}
@@ building
Bldg C was built in 1962 and the seclusion room HVAC shows it 🥵
@@ court calendar
{btown} District Court clinic hours change {mdate}, new intake window 8:30–11
@@ po emoji
PO {po} for the weighted blankets approved ✅
@@ invoice money
invoice {invn} from {vendor} ({money}) is 60 days past due, AP says it's in the queue
@@ ticket
ticket {tkt}: 4W door badge reader down again
@@ ticket
{tkt} closed, Pyxis on 6N is back up
@@ order
order {ordn} for anti-ligature hooks shipped, ETA {mday}
@@ contract vendor
contract {contract} with {vendor} auto-renews {mdate}, {x1.first} wants to renegotiate
@@ print
print job #{printjob} stuck on the 4W printer, can someone clear it
@@ money cost-center
cost center {costc} is over by {money} on sitter OT
@@ version calendar
Epic upgrade to {ver} on {mdate}, downtime starts {mtime}, use paper MARs
@@ version
telepsych carts need Zoom {zver}, IT says build {build} is the approved image
@@ version device
sitter cam firmware {ver} has the audio lag bug, {vendor} patch next week
@@ version
Pyxis ES {build} adds the new override reasons list
@@ ext
call 4W at x{ext}, not the main line, they never pick up
@@ ext
pharmacy ext {ext}, security x{ext}, bed flow x{ext}
@@ ext staffing
sitter pool ext changed to x{ext} as of today
@@ cpt
90837 vs 90834 for a 53 min session? I always forget the cutoff
@@ icd
{icd} vs F11.23 — which do we use for pts in active w/d on admit?
@@ cpt methadone
H0020 is the methadone admin code, billed per day not per dose
@@ cpt
99222 for the initial, 99232 subsequent, 99238 for d/c under 30 min
@@ icd
ICD for passive SI is R45.851, not an F code — coders keep asking
@@ cpt
do we add 90785 when a guardian is in the room for the 90791? asking for the audit
@@ dose methadone
methadone titration reminder: start ≤30 mg, max 40 mg day 1, then +5 mg q3–5 days
@@ dose moud
bup micro-induction: 0.5 mg day 1 → 16 mg by day 7, see the order set
@@ dose date-like
haldol 5 / ativan 2 / benadryl 50 IM is still the standing agitation order (the "5/2/50")
@@ dose
clozapine titration: 12.5 mg day 1, ANC weekly x6 months then q2wk
@@ dose
lithium 300 mg tid, draw the level 5 days after any change
@@ age
{agey}yo M w/ first-episode psychosis in {bed}, any thoughts on LAI vs oral?
@@ age-aggregate
we have {cnt} pts over 90 on geri psych this week, need more low beds
@@ age-aggregate
2 pts 90+ on the unit right now, falls bundle for both
@@ age
{agey} y/o in {bed} asking for the chaplain, is Fr. {s1.last} in today?
@@ duration calendar
the 90-day PAR for restraint data is due {mdate}
@@ duration
Sec 35 commitments can run up to 90 days, most of ours are out in 30
@@ duration legal
3-day letter = 3 business days, weekends don't count, per legal
@@ age-aggregate
pts aged 18–25 were {pct} of CSU admits in {fy}
@@ money
sitter OT is {money} over budget for {fy} 😬
@@ money vendor
{vendor} quoted {money} for the anti-ligature retrofit on 4W
@@ money
{fy} capital ask: {money} for the seclusion room rebuild
@@ count census
census {cnt24}/24, {cnt} on 1:1, {cnt} pending Sec 12 hearings
@@ count boarding
ED boarding: {cnt} BH pts, longest is 71 hrs
@@ count
restraint events: 14 in Q2 vs 19 in Q1, nice work everyone
@@ exec-name staffing
{s1.full} is covering charge on 4W tonight
@@ staffing emoji
welcome {s1.full}, our new LICSW on the CSU! 🎉
@@ outside-agency
{s1.full} from {agency} will join the bed huddle Thursday
@@ staffing emoji
kudos to {s1.first} and {s2.first} for the de-escalation in the milieu today 👏
@@ exec-name calendar
{x1.full}, {x1.title}, is presenting at grand rounds {mdate}
@@ vendor
{s1.full} from {vendor} will be on site {mday} to train on the sitter cameras
@@ probation calendar
probation liaison {s1.full} wants a standing call on {mday}s
@@ court staffing
court clinician {s1.full} is covering {court} this week
@@ public-figure
the Surgeon General's advisory on loneliness is good background for the grant narrative
@@ public-figure money
Gov signed the crisis funding bill, we might get {money} for CSU beds
@@ public-figure
staff appreciation raffle: 2 Taylor Swift tix lol, enter by {mday}
@@ hipaa
reminder: no pt names or MRNs in this channel, use bed # only
@@ ssn-topic
do we still need SSN on the shelter referral form? {agency} says no
@@ mrn-topic
Epic MRNs are 8 digits now, old ones get a leading zero
@@ hipaa calendar
HIPAA training due {mdate}, {pct} of 4W still hasn't done it
@@ roi
ROI forms for probation need the 42 CFR Part 2 language, old template is wrong
@@ ssn-topic
last 4 of SSN is enough for the pharmacy callback verification, don't ask for the full number
@@ last4
charged the pizza to the Amex ending {last4} 🍕
@@ expiry pcard
P-card expires {expiry}, new one is coming from AP
@@ license-lapse exec-name
{s1.full}'s LICSW lapses {mdate}, HR reminder sent
@@ zip-like
lot {lot} of the naloxone kits is recalled, check the ED cabinet
@@ zip-like facility-address
the {btown} clinic is in 01852, so it's inside the grant zone
@@ zip-like
most of our CSU referrals come from the 01841/01843 zips per the dashboard
@@ room
room {room} toilet clogged again
@@ room
bed {room} needs a low bed and a floor mat, EVS aware
@@ room
seclusion room 2 camera is out, ticket {tkt}
@@ calendar policy
policy BH-207 (restraint & seclusion) effective {mdate}
@@ calendar
survey window opens {mdate}, mock tracers next week
@@ calendar deadline
deadline for the DMH licensing renewal is {mdate}, {x1.first} signs
@@ relative-date
someone in {room} is asking for a phone call tomorrow, can days handle?
@@ court count relative-date
court is tomorrow for {cnt} of ours, van at 8
@@ asset-tag device
IV pump asset tag {asset} is broken, biomed picked it up
@@ asset-tag device
sitter cam {asset} offline since last night
@@ url
restraint policy: https://intranet.riverbendhealth.org/bh/policies/BH-207.pdf
@@ url calendar
Zoom for bed huddle: https://riverbendhealth.zoom.us/j/{zoomid}
@@ url
board packet is up: https://board.riverbendhealth.org/packets/{year}-{mm}
@@ url public
DMH licensing page: https://www.mass.gov/orgs/department-of-mental-health
@@ easy emoji
lunch is in the 4W break room 🍕
@@ easy
who has the key to the med fridge
@@ easy
fire drill at 10, don't panic
@@ easy
parking garage B closed Saturday for striping
@@ npi
Dr. {s1.last} NPI {npi} for the payer roster
@@ group-number
group # for the {payer} contract is {grp}
@@ methadone
{otp} guest dosing requests need 48h notice now
@@ methadone count
OTP census is 4{cnt}2, {cnt2} on take-homes
@@ shelter
{shelter} moved intake to 3pm, bring ID and a TB test
@@ bed-search
{agency} bed search list updated, {cnt} CSU beds open in {btown}
@@ group-home
group homes in the {btown} area are full per DDS, waitlist is months
@@ staffing room
sitter assignments nights: {s1.first} → {room}, {s2.first} → {room}, {s3.first} → {room}
@@ incident
code grey in the milieu at 2140, resolved, no injuries
@@ hipaa
2 pts on the unit share a first name, pls use bed numbers in handoff
@@ teams system-notification
{s1.full} changed the channel name to "BH Discharge Planning"
@@ staff-name
Dr. {s1.last} is the attending for {bed} this week
@@ sitter staff-name
{s1.first} is sitting 1:1 in {room} tonight
@@ staff-name count
Dr. {s1.last} saw {cnt2} pts in PES today, she's a machine
@@ place
the {btown} courthouse parking is a nightmare, leave early
@@ place
pt was found near the Lowell Memorial Auditorium per EMS, no ID on them
@@ policy calendar
new methadone regs (42 CFR 8) take effect {mdate}
@@ hipaa
pls don't screenshot the census board into Teams, use the secure report
@@ dose
naloxone 4 mg nasal kits back in stock on all units
@@ exec-name calendar
{x1.full} and {x2.full} will round on 4W {mday} at {mtime}
@@ board exec-name
board quality committee: {x1.full} chairs, {s1.full} from the foundation presenting the gift
@@ donor
the {s1.last} Family Foundation gift ({money}) is for the adolescent unit garden
@@ vendor
{vendor} rep {s1.full} says the anti-ligature doors ship {mshort}
@@ grant
BSAS grant report due {mdate}: # served, # inducted, retention at 30/60/90 days
@@ metrics
30-day readmit rate {pct} in {fy}, target is under 12%
@@ metrics
median ED LOS for BH pts: 19.4 hrs, up from 16
@@ calendar bot
@schedbot what's on my calendar {mday}?
@@ calendar bot
@schedbot book {confroom} {mdate} {mtime} for 90 min, Sec 35 workgroup
@@ calendar bot exec-name
@assistant tell {x1.first} I'll be 10 min late to the {mtime} with {vendor}
@@ calendar bot
@assistant reschedule the DMH site visit prep to the week of {mdate}
@@ bot
@assistant draft a thank-you to the {shelter} staff for the holiday drive, sign it from me
@@ bot exec-name
@assistant send {x1.full} the FY budget variance summary, attach the {fy} file
@@ calendar
Teams meeting "Crisis line transition" — {mday} {mdate}, {mtime}, Meeting ID {zoom}
@@ slack-markup
*Reminder* :pill: med reconciliation huddle at {mtime} in `#bh-pharmacy`
@@ slack-markup multiline
> can we use the old seclusion form?
no, the new one is in Epic as of {mdate}
@@ multiline staffing
nights tonight:
• charge: {s1.first}
• sitters: {s2.first}, {s3.first}
• float: none 😩
@@ key-value multiline
Unit: {unit}
Census: {cnt24}/24
1:1s: {cnt}
Pending hearings: {cnt}
Staffing: OK
@@ system-notification
ServiceNow: {tkt} assigned to BH Facilities — "seclusion room door sticks"
@@ system-notification
Epic downtime BCA report printed successfully on {unit} ({mtime})
@@ system-notification slack-markup
:white_check_mark: Workflow "Bed request" submitted by {s1.full}
@@ lowercase
anyone know if the csu has beds tonight or nah
@@ typo
can someone restock the sitter carts, we're out of gowns and socksss
@@ typo lowercase
pls rember to sign the restraint flowsheets b4 you leave
@@ question
is the Sec 12 form still the pink one or did they change it?
@@ question
what's the fax for the {court} clinic? the one in the binder bounces
@@ question
does anyone have the {agency} bed search login? {s1.first} is out
@@ ppe
new anti-ligature shower heads installed in {room} and {room}
@@ training
CPI refresher {mdate} {mtime}, 8 hrs, lunch provided, sign up with {s1.first}
@@ training
Narcan training for the shelter staff at {shelter} on {mdate}, {s1.full} teaching
@@ public-figure
saw the senator's press conf on the psych boarding crisis, they quoted our ED numbers
@@ facility-address
{shelter} is at 444 Harrison Ave if you're dropping donations
@@ facility-address
new OTP satellite: {facaddr}, opens {mshort}
@@ ip-lookalike version
Citrix receiver version 23.9.1.5 is the one that works with the Epic carts
@@ version
the kiosk app is on build {build}, please don't update it
@@ order
pharmacy order {ordn} for the naloxone kits partially filled
@@ invoice vendor
{vendor} invoice {invn} disputed, double billed for the sitter cams
@@ po count
PO {po}: {cnt2} safety mattresses for 4W + 6N
@@ ticket
{tkt} — nurse call light in {room} stuck on
@@ count
we did {cnt2} bup inductions in the ED last month 💪
@@ count
{cnt} Sec 35 admits this week, all from {court}
@@ icd count
top dx on 4W in {fy}: F20.9, F31.2, {icd}
@@ duration
72-hour hold rules are different in NH, check before accepting transfers from Nashua
@@ age
{agey}F on 4E keeps asking for her daughter, can SW stop by?
@@ staff-name exec-name
thanks {x1.first} for approving the extra sitter budget 🙏
@@ staff-name
{s1.full} is the new DMH CM for our catchment, intro call {mday}
@@ staff-name calendar
{s1.first} is out {mdate}, {s2.first} covering her caseload
@@ place
the {btown} site lost power, pts being moved to the {btown} ED temporarily
@@ place
traffic on {route} is horrible, running late for the huddle
@@ misc
found a set of keys in the staff bathroom, front desk has them
@@ misc emoji
coffee machine on 4W is fixed ☕🙌
@@ date-like dose
"5/2/1" on the order sheet = haldol 5, ativan 2, benadryl 1 mg/kg? no — it's 50 mg, pls fix the sheet
@@ mrn-topic
the new wristbands print the MRN as a barcode only, scanners on 4W need updating
@@ ssn-topic
SSA now wants SSN verification via the portal, not fax
@@ hipaa
if a PO calls asking about a pt, we can't confirm without a Part 2 compliant ROI
@@ po-ambiguity
PO 45 is the purchase order for the blankets, not the probation officer 😂 stop calling the court
@@ court count
{court} has {cnt} Sec 12 hearings on the docket {mday}, we need someone there at 9
@@ guardian-topic
reminder: Rogers guardianship petitions go through probate, not district court
@@ policy
the 1:1 sitter policy now requires a reassessment every 24h
@@ equipment
the new anti-ligature beds weigh 400 lb, need 2 people to move them
@@ holiday
holiday party {mdate} at the {btown} Elks, RSVP to {s1.first}
@@ exec-name money
{x1.full} approved {money} for the CSU furniture, PO to follow
@@ vendor calendar
{vendor} go-live {mdate}, superusers are {s1.first} and {s2.first}
@@ npi staff-name
new psychiatrist Dr. {s1.full} starts {mdate}, NPI {npi}, credentialing done
@@ count slack-markup
*Census* 4W {cnt2} | 6N {cnt2} | CSU {cnt} | PES {cnt}
@@ age
{agey} yo in PES since yesterday, waiting on a Sec 35 bed
@@ sitter count
we used {cnt2} sitter shifts this week, {pct} for SI
@@ bot calendar exec-name
Assistant: Done — moved "Budget review" to {mdate} at {mtime}. {x1.first} accepted, {x2.first} tentative.
@@ bot calendar
Assistant: You have 3 conflicts on {mshort}: BH ops huddle, {vendor} call, Sec 35 workgroup. Decline which?
@@ slack-markup url
sign up sheet for the CPI refresher: <https://intranet.riverbendhealth.org/bh/cpi-signup|CPI signup>
@@ duration
f/u with the OTP within 72h of d/c is the new metric, we're at {pct}
"""


# --------------------------------------------------------------------------------------
# engine
# --------------------------------------------------------------------------------------
PH_RE = re.compile(r"\{(?:([A-Z_]+):)?([a-z][a-z0-9_]*(?:\.[a-z0-9]+)?(?:#\d+)?)\}")


def parse_frames(block):
    frames = []
    cur = None
    for line in block.split("\n"):
        if line.startswith("@@"):
            if cur:
                frames.append(cur)
            cur = [line[2:].split(), []]
        elif cur is not None:
            cur[1].append(line)
    if cur:
        frames.append(cur)
    out = []
    for tags, lines in frames:
        while lines and lines[-1] == "":
            lines.pop()
        out.append((tags, "\n".join(lines)))
    return out


def render(template, ctx):
    segs = []
    pos = 0
    for m in PH_RE.finditer(template):
        if m.start() > pos:
            segs.append([template[pos:m.start()], None])
        typ, expr = m.group(1), m.group(2)
        if typ is not None and typ not in TYPES:
            raise ValueError("bad type %s" % typ)
        v = ctx.resolve(expr)
        if not v:
            raise ValueError("empty value for %s" % expr)
        segs.append([v, typ])
        pos = m.end()
    if pos < len(template):
        segs.append([template[pos:], None])
    return segs


WORD_RE = re.compile(r"(?<![A-Za-z/@.:_-])[A-Za-z]{5,}(?![A-Za-z/@.:_-])")


def add_typo(segs, rng):
    cands = []
    for i, (t, typ) in enumerate(segs):
        if typ is None and not any(x in t for x in ("http", "`", "<", "@")):
            for m in WORD_RE.finditer(t):
                cands.append((i, m.start(), m.end()))
    if not cands:
        return False
    i, a, b = rng.choice(cands)
    w = segs[i][0][a:b]
    op = rng.randrange(4)
    k = rng.randint(1, len(w) - 3)
    if op == 0:
        nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == 1:
        nw = w[:k] + w[k + 1:]
    elif op == 2:
        nw = w[:k] + w[k] + w[k:]
    else:
        nw = w[:k] + rng.choice("aeiourtns") + w[k + 1:]
    if nw == w:
        return False
    segs[i][0] = segs[i][0][:a] + nw + segs[i][0][b:]
    return True


def wrap(segs, ctx, tags):
    rng = ctx.rng
    kind = rng.choice(["fwd", "mention", "edited", "thread", "teams", "cc", "urgent", "mobile",
                       "mention", "fwd"])
    has_nl_span = any(typ and "\n" in t for t, typ in segs)
    if kind == "fwd" and not has_nl_span:
        for s in segs:
            if s[1] is None:
                s[0] = s[0].replace("\n", "\n> ")
        who = ctx.obj("s9").get("first")
        segs.insert(0, [rng.choice(["fwd from %s:\n> ", "Forwarded from #bh-intake (%s)\n> ",
                                    "%s posted in #4w-charge:\n> "]) % who, None])
        tags.append("forwarded")
    elif kind in ("mention", "fwd"):
        segs.insert(0, [GEN["umention"](ctx) + rng.choice([" ", " fyi ", ": "]), None])
    elif kind == "edited":
        segs.append([" (edited)", None])
    elif kind == "thread":
        segs.insert(0, ["↪ replying to %s: " % ctx.obj("s9").get("first"), None])
        tags.append("thread")
    elif kind == "teams":
        segs.insert(0, ["[%s] %s: " % (GEN["hhmm"](ctx), ctx.obj("s9").get("full")), None])
        tags.append("teams")
    elif kind == "cc":
        segs.append(["\ncc %s" % ctx.obj("s9").get("at"), None])
    elif kind == "urgent":
        segs.insert(0, [rng.choice(["URGENT: ", "!!! ", "pls read — ", "FYI: "]), None])
    else:
        segs.append([rng.choice(["\n\nSent from my iPhone", "\n\n— sent from mobile", "\n\nGet Outlook for iOS"]), None])


MARKUP_RE = re.compile(r"(^|[\s(])\*[^*\n]+\*|`|<@U|<mailto:|<tel:|<https?:|(^|\n)> |(^|\s)_[^_\n]+_|:[a-z_]+:")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number",
            "LICENSE_NUMBER": "license-number", "VEHICLE_ID": "vehicle-id", "DEVICE_ID": "device-id",
            "URL": "url", "IP_ADDRESS": "ip-address", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF or o in (0x2705, 0x26A0, 0x2B50)


def validator_offsets(text, spans):
    b = text.encode("utf-8")
    pos = 0
    out = []
    for v in spans:
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i < 0:
            return None
        out.append((i, i + len(vb)))
        pos = i + len(vb)
    return out


def build(frame, phi, ctx):
    ftags, template = frame
    rng = ctx.rng
    segs = render(template, ctx)
    tags = []
    lower = "lowercase" in ftags or rng.random() < 0.08
    if rng.random() < 0.08 and add_typo(segs, rng):
        tags.append("typo")
    if rng.random() < 0.14:
        wrap(segs, ctx, tags)
    if rng.random() < 0.09:
        e = GEN["emoji"](ctx)
        if rng.random() < 0.7:
            segs.append([" " + e, None])
        else:
            segs.insert(0, [e + " ", None])
    if lower:
        for s in segs:
            s[0] = re.sub(r"<@u([0-9a-z]+)>", lambda m: "<@U" + m.group(1).upper() + ">", s[0].lower())
        tags.append("lowercase")
    text = "".join(s[0] for s in segs)
    # constructed byte offsets
    expect = []
    off = 0
    for t, typ in segs:
        n = len(t.encode("utf-8"))
        if typ:
            expect.append((off, off + n))
        off += n
    spans = [{"type": typ, "value": t} for t, typ in segs if typ]
    got = validator_offsets(text, [s["value"] for s in spans])
    if got != expect:
        return None
    for s in spans:
        if s["value"] != s["value"].strip() or not s["value"].strip():
            raise ValueError("span with outer whitespace: %r" % s["value"])
    if phi != bool(spans):
        raise ValueError("frame kind mismatch: %r" % template)
    all_tags = ["phi" if spans else "clean"]
    for t in ftags + tags + ctx.tags:
        if t not in all_tags:
            all_tags.append(t)
    for s in spans:
        t = TYPE_TAG[s["type"]]
        if t not in all_tags:
            all_tags.append(t)
    if "\n" in text and "multiline" not in all_tags:
        all_tags.append("multiline")
    if MARKUP_RE.search(text) and "slack-markup" not in all_tags:
        all_tags.append("slack-markup")
    if any(is_emoji(c) for c in text) and "emoji" not in all_tags:
        all_tags.append("emoji")
    if any(0xFF01 <= ord(c) <= 0xFF5E for c in text) and "fullwidth" not in all_tags:
        all_tags.append("fullwidth")
    if not spans and "hard-negative" not in all_tags and not any(t in ("easy", "lowercase", "typo") for t in ftags):
        all_tags.append("hard-negative")
    return {"text": text, "spans": spans, "tags": all_tags}


def main():
    rng = random.Random(SEED)
    phi_frames = parse_frames(PHI_FRAMES) + parse_frames(PHI_FRAMES2)
    clean_frames = parse_frames(CLEAN_FRAMES)
    templates = [t for _, t in phi_frames + clean_frames]
    assert len(set(templates)) == len(templates), "duplicate frame"

    def schedule(frames, n):
        out = []
        while len(out) < n:
            idx = list(range(len(frames)))
            rng.shuffle(idx)
            out.extend(idx)
        return out[:n]

    plan = [(True, i) for i in schedule(phi_frames, N_PHI)] + \
           [(False, i) for i in schedule(clean_frames, N_TOTAL - N_PHI)]
    rng.shuffle(plan)
    seen = set()
    rows = []
    for n, (phi, fi) in enumerate(plan, 1):
        frame = (phi_frames if phi else clean_frames)[fi]
        for attempt in range(200):
            ctx = Ctx(rng)
            item = build(frame, phi, ctx)
            if item is not None and item["text"] not in seen:
                break
        else:
            raise RuntimeError("could not realise frame %r" % (frame[1],))
        seen.add(item["text"])
        rows.append({"id": "%s-%04d" % (PREFIX, n), "text": item["text"], "spans": item["spans"],
                     "tags": item["tags"]})
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_%s.jsonl" % PREFIX)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nphi = sum(1 for r in rows if r["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean), %d frames (%d PHI, %d clean)" % (
        out_path, len(rows), nphi, len(rows) - nphi, len(phi_frames) + len(clean_frames),
        len(phi_frames), len(clean_frames)))


if __name__ == "__main__":
    main()
