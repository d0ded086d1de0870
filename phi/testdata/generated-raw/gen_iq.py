#!/usr/bin/env python3
"""PHI-labelled chat corpus generator, prefix iq.

Persona: care coordinator at a health plan (Northgate Community Health Plan, "NCHP")
messaging hospital staff at Riverbend Regional Medical Center about shared members.
Standard library only, fixed seed. Writes generated_iq.jsonl next to this script.
"""
import json, os, random, re, datetime

SEED = 4417
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_iq.jsonl")
N_PHI, N_CLEAN = 385, 315

class Redraw(Exception):
    pass

# ---------------------------------------------------------------- names
# (given name, gender) per origin; surnames per origin
FIRST = {
 "hispanic": [("Guadalupe","F"),("Marisol","F"),("Alejandro","M"),("Xiomara","F"),("Joaquín","M"),
              ("Yesenia","F"),("Rigoberto","M"),("Maricela","F"),("Ernesto","M"),("Itzel","F"),
              ("Héctor","M"),("Graciela","F"),("Rosalinda","F"),("Efraín","M"),("Nayeli","F")],
 "afam": [("DeShawn","M"),("Latoya","F"),("Tyrone","M"),("Keisha","F"),("Marcus","M"),("Shanice","F"),
          ("Darnell","M"),("Imani","F"),("Jamal","M"),("Aaliyah","F"),("Rashad","M"),("Tameka","F"),
          ("Cornelius","M"),("Earline","F"),("Odessa","F")],
 "wafr": [("Oluwaseun","M"),("Chidinma","F"),("Kwabena","M"),("Abena","F"),("Adebayo","M"),("Ngozi","F"),
          ("Kofi","M"),("Folasade","F"),("Emeka","M"),("Yetunde","F"),("Mamadou","M"),("Aminata","F"),
          ("Ousmane","M"),("Efua","F")],
 "eafr": [("Tesfaye","M"),("Meron","F"),("Abdirahman","M"),("Hodan","F"),("Wanjiru","F"),("Kipchoge","M"),
          ("Selamawit","F"),("Mulugeta","M"),("Fadumo","F"),("Otieno","M"),("Nyokabi","F"),("Dawit","M")],
 "sasia": [("Priyanka","F"),("Venkatesh","M"),("Harpreet","F"),("Sunita","F"),("Arjun","M"),("Lakshmi","F"),
           ("Anjali","F"),("Gurpreet","M"),("Deepa","F"),("Farhan","M"),("Nusrat","F"),("Rajesh","M"),
           ("Kavitha","F"),("Sanjay","M")],
 "easia": [("Wei","M"),("Xiaoling","F"),("Hiroshi","M"),("Yuki","F"),("Min-jun","M"),("Seo-yeon","F"),
           ("Jian","M"),("Mei","F"),("Takeshi","M"),("Haruka","F"),("Jae-won","M"),("Kenji","M"),("Ji-woo","F")],
 "seasia": [("Thanh","M"),("Ngoc Anh","F"),("Somchai","M"),("Malee","F"),("Rizal","M"),("Maricel","F"),
            ("Bounmy","M"),("Sokha","F"),("Tuan","M"),("Lan","F"),("Jericho","M"),("Analyn","F"),("Vannak","M")],
 "mideast": [("Fatima","F"),("Yousef","M"),("Layla","F"),("Omar","M"),("Rania","F"),("Khalil","M"),("Nour","F"),
             ("Tariq","M"),("Samira","F"),("Karim","M"),("Dalia","F"),("Hassan","M"),("Mariam","F"),("Bashir","M")],
 "eeur": [("Oksana","F"),("Dmitri","M"),("Agnieszka","F"),("Wojciech","M"),("Katarzyna","F"),("Bogdan","M"),
          ("Svetlana","F"),("Miroslav","M"),("Ludmila","F"),("Yevgeny","M"),("Irina","F"),("Tomasz","M"),
          ("Zofia","F"),("Vasyl","M")],
 "irish": [("Siobhan","F"),("Padraig","M"),("Aoife","F"),("Declan","M"),("Niamh","F"),("Cormac","M"),
           ("Bridget","F"),("Eamon","M"),("Maeve","F"),("Ciaran","M"),("Orla","F"),("Seamus","M"),("Róisín","F")],
 "italian": [("Giuseppe","M"),("Concetta","F"),("Salvatore","M"),("Antonella","F"),("Vincenzo","M"),
             ("Rosaria","F"),("Carmine","M"),("Philomena","F"),("Domenico","M"),("Graziella","F"),("Luigi","M"),
             ("Assunta","F"),("Enzo","M"),("Teresa","F")],
 "native": [("Kateri","F"),("Wynona","F"),("Tahnee","F"),("Chayton","M"),("Dakota","M"),("Ahanu","M"),
            ("Nizhoni","F"),("Hotah","M"),("Aiyana","F"),("Sequoyah","M"),("Waylon","M"),("Loretta","F")],
 "pacific": [("Keoni","M"),("Leilani","F"),("Sione","M"),("Mele","F"),("Tevita","M"),("Losana","F"),
             ("Kalani","M"),("Malia","F"),("Ioane","M"),("Noelani","F"),("Semisi","M"),("Ana","F")],
 "anglo": [("Dorothy","F"),("Harold","M"),("Eleanor","F"),("Walter","M"),("Margaret","F"),("Eugene","M"),
           ("Brenda","F"),("Dale","M"),("Cheryl","F"),("Russell","M"),("Hope","F"),("Grant","M"),("Faith","F"),
           ("William","M"),("Rose","F"),("Bill","M"),("Mark","M"),("Chase","M"),("Paige","F"),("Gerard","M")],
}
LAST = {
 "hispanic": ["Villanueva","Quintanilla","Ocasio","Barrientos","Zamora","Echeverría","Montes de Oca",
              "de la Cruz","Del Valle","Figueroa","Santiago-Rivera","Cárdenas","Arroyo","Peña"],
 "afam": ["Washington","Jefferson","Booker","Gaines","Whitfield","Mayfield","Pettiford","Battle","Shabazz",
          "Holloway","McNair","Greenlee"],
 "wafr": ["Adeyemi","Okonkwo","Mensah","Boateng","Diallo","Owusu","Nwachukwu","Asante","Oyelaran","Traoré",
          "Ekwueme","Sow","Bamidele","Agyeman"],
 "eafr": ["Haile","Gebremedhin","Warsame","Abdullahi","Kariuki","Mwangi","Tadesse","Odhiambo","Hussein",
          "Mekonnen","Njoroge","Wolde"],
 "sasia": ["Raghunathan","Chowdhury","Sandhu","Iyer","Bhattacharya","Patil","Siddiqui","Venkataraman",
           "Gill","Rahman","Deshpande","Kaur","Nair","Mehta"],
 "easia": ["Zhang","Nakamura","Park","Huang","Watanabe","Choi","Lin","Takahashi","Kwon","Xu","Yamamoto","Liang"],
 "seasia": ["Nguyen","Tran","Pham","Srisombat","Santos","Dela Rosa","Bautista","Phommachanh","Sok",
            "Chanthavong","Vo","Macaraeg","Keomany"],
 "mideast": ["Al-Hashimi","Haddad","Khoury","Nasser","Abboud","El-Sayed","Farouk","Mansour","Saleh","Barakat",
             "Darwish","Hamdan","Aziz"],
 "eeur": ["Kowalczyk","Petrenko","Wiśniewski","Ivanova","Novak","Szymańska","Horvath","Kuznetsov",
          "Bondarenko","Dąbrowski","Popescu","Zielinski","Moroz","Lewandowska"],
 "irish": ["O'Neill","O'Sullivan","McGillicuddy","Fitzgerald","Donnelly","Kavanagh","Gallagher","O'Rourke",
           "MacNamara","Dunleavy","Hennessy","Mulcahy","O'Driscoll"],
 "italian": ["Esposito","Russo","DiNapoli","Lombardi","Ferraro","Ricci","De Luca","Mancuso","Santangelo",
             "Caputo","Bellini","Di Stefano","LaRocca","Giordano"],
 "native": ["Begay","Yazzie","Tsosie","Redcloud","Two Bulls","Runningwater","Tohee","Blackhorse","Harjo",
            "Cornsilk","Manygoats","Whitehorse","Little Bear","Wolfchild"],
 "pacific": ["Kahananui","Fifita","Tupou","Kealoha","Faleolo","Mahe","Taufa","Akana","Sapolu","Leota",
             "Kamakana","Vaifale"],
 "anglo": ["Whitaker","Van Dyke","Pennington","Hollis","Thibodeau","Ouellette","Lapointe","Brewster",
           "St. Pierre","Van der Berg","Grant","Page","Hope","Marsh"],
}
NICK = {"Guadalupe":"Lupe","Alejandro":"Alex","Rigoberto":"Rigo","Oluwaseun":"Seun","Adebayo":"Bayo",
        "Folasade":"Sade","Chidinma":"Chi","Kwabena":"Kobby","Margaret":"Peggy","Dorothy":"Dot",
        "Eleanor":"Nell","Harold":"Hal","Walter":"Walt","Bridget":"Biddy","Salvatore":"Sal",
        "Giuseppe":"Joe","Concetta":"Connie","Philomena":"Mena","Domenico":"Dom","Antonella":"Nella",
        "Dmitri":"Dima","Yevgeny":"Zhenya","Svetlana":"Sveta","Katarzyna":"Kasia","Wojciech":"Wojtek",
        "Tomasz":"Tomek","Venkatesh":"Venky","Priyanka":"Priya","Padraig":"Paddy","Cornelius":"Neil",
        "Tyrone":"Ty","Latoya":"Toya","Mulugeta":"Mulu","Abdirahman":"Abdi","Selamawit":"Selam",
        "William":"Billy","Jericho":"Jek","Maricel":"Cel","Rosaria":"Sari","Vincenzo":"Vinny",
        "Gerard":"Gerry","Eugene":"Gene","Russell":"Rusty","Rosalinda":"Linda","Graciela":"Chela",
        "Xiaoling":"Ling","Seamus":"Shay","Ludmila":"Lyuda","Teresa":"Tess","Kalani":"Lani"}
ORIGINS = list(FIRST)

# staff (hospital and plan) -- never PHI in business context
STAFF_FIRST = ["Renata","Obinna","Colleen","Tuyet","Marcus","Shirin","Bartek","Lorraine","Ifeoma","Dev",
               "Kiersten","Mateo","Sung-min","Alana","Hamid","Patrice","Ruth","Jorge","Noreen","Kwame",
               "Emily","Rahul","Tova","Quentin","Maile","Yolanda","Gideon","Fern","Thuy","Brendan"]
STAFF_LAST = ["Okafor","Lindqvist","Brannigan","Acheampong","Delgado","Chaudhry","Marchetti","Whitcomb",
              "Hwang","Ferreira","Kosinski","Abernathy","Mbeki","Sorensen","Trinh","Galloway","Rosenthal",
              "Oduya","Castellano","Pruitt","Halvorsen","Banerjee","Vasquez","Kimura","Ashford","Nakagawa",
              "Dufresne","Ellery","Mahmoud","Quigley"]
EXECS = ["Marguerite Chen-Abernathy","Lionel Fairbanks","Dr. Anand Subramaniam","Beatrix Holloway-Kane",
         "Terrence Oyelowo","Cassandra Voight","Rafael Urquhart","Dr. Helen Moriarty"]
EXEC_TITLES = ["CMO","CFO","COO","VP of Care Management","Chief Nursing Officer","SVP Network Operations",
               "VP Utilization Management","Chief Medical Officer"]
VENDORS = ["Carelink DME","Apex Home Infusion","Harbor Home Health","MedRide NEMT","Availity","Epic",
           "Change Healthcare","BrightStar Care","Lincare","CVS Specialty","Optum Rx","Northshore Hospice",
           "Cardinal Health","Philips Respironics"]
SNFS = ["Maplewood Rehab","Sunny Acres SNF","Willow Crest Nursing & Rehab","Pine Knoll Skilled Care",
        "Lakeview Transitional Care","St. Agnes Rehab Center","Merrimack Manor"]
PAYERS = ["NCHP Medicaid ACO","NCHP Medicare Advantage","NCHP Commercial PPO","NCHP SCO","NCHP Connector HMO"]
DRUGS = ["Eliquis 5 mg","Ozempic 0.5 mg","Entresto 24/26","Trelegy Ellipta","Jardiance 10 mg","Humira pen",
         "insulin glargine","Xarelto 20 mg","Dupixent","furosemide 40 mg","Biktarvy","Trulicity 1.5 mg",
         "Symbicort","apixaban","tiotropium","buprenorphine/naloxone"]
DX = ["CHF exacerbation","COPD exacerbation","sepsis","hip fracture","CVA","DKA","pneumonia","AKI",
      "cellulitis","NSTEMI","GI bleed","ESRD on HD","falls","UTI with delirium","SBO"]
UNITS = ["4 West","5 North","6 West","7 Tower","the CDU","MICU","Step-down","ortho floor","3 South","Obs"]
FACILITY_ADDR = ["1200 Riverbend Pkwy, Lowell, MA 01852","455 Commerce Dr, Suite 300, Andover, MA 01810",
                 "88 Canal St, 2nd floor, Lawrence, MA 01840","1 Medical Center Dr, Nashua, NH 03060",
                 "300 Corporate Pl, Chelmsford, MA 01824","77 Merrimack St, Haverhill, MA 01830"]
BIZ_CITIES = ["Lowell","Andover","Nashua","Haverhill","Chelmsford","Lawrence","Burlington","Worcester"]
TOWNS = ["Dracut","Methuen","Tewksbury","Billerica","Pelham","Amesbury","Westford","Tyngsborough",
         "Salem","Hudson","Groveland","Merrimac","Dunstable","Litchfield","North Andover","Lowell","Lawrence",
         "Haverhill","Windham","Georgetown"]
TOWN_ZIP = {"Dracut":("MA","01826"),"Methuen":("MA","01844"),"Tewksbury":("MA","01876"),
            "Billerica":("MA","01821"),"Pelham":("NH","03076"),"Amesbury":("MA","01913"),
            "Westford":("MA","01886"),"Tyngsborough":("MA","01879"),"Salem":("NH","03079"),
            "Hudson":("NH","03051"),"Groveland":("MA","01834"),"Merrimac":("MA","01860"),
            "Dunstable":("MA","01827"),"Litchfield":("NH","03052"),"North Andover":("MA","01845"),
            "Lowell":("MA","01851"),"Lawrence":("MA","01841"),"Haverhill":("MA","01832"),
            "Windham":("NH","03087"),"Georgetown":("MA","01833")}
STREETS = ["Birchwood Ln","Tarbox Rd","Pleasant St","Mammoth Rd","Lakeview Ave","Broadway","Jackson St",
           "Old Ferry Rd","Sunset Ter","Varnum Ave","Bridge St","Pinecrest Dr","Chestnut St","Riverside Dr",
           "Hildreth St","Elm Ct","Route 38","Lincoln Pkwy","Methuen St","Essex St","Highland Ave","Mill Pond Rd"]
RELW = ["daughter","son","wife","husband","niece","grandson","granddaughter","sister","brother","HCP",
        "POA","guardian","nephew","partner","mother","father"]

# ---------------------------------------------------------------- people
LETTERS = "ABCDEFGHJKLMNPRSTW"

class Person:
    def __init__(self, r, rel_of=None):
        o = r.choice(ORIGINS)
        self.first, self.g = r.choice(FIRST[o])
        o2 = o if r.random() < 0.85 else r.choice(ORIGINS)
        self.last = r.choice(LAST[o2])
        if rel_of is not None and r.random() < 0.6:
            self.last = rel_of.last
        self.mi = r.choice(LETTERS)
        self.r = r

    def attr(self, a):
        f, l = self.first, self.last
        fem = self.g == "F"
        phi = {
            "full": f + " " + l, "first": f, "last": l,
            "inv": (l + ", " + f + " " + self.mi).upper(),
            "lastf": l + ", " + f, "lfull": (f + " " + l).lower(), "llast": l.lower(),
            "lfirst": f.lower(), "fmi": f + " " + self.mi + ". " + l, "init": f[0] + ". " + l,
            "ufull": (f + " " + l).upper(), "ulast": l.upper(), "lastinit": l + ", " + f[0] + ".",
        }
        if a in phi:
            return phi[a], "NAME"
        if a in ("lastp", "fullp"):
            if l[-1] in "sxzh":
                raise Redraw("awkward plural")
            return (l if a == "lastp" else f + " " + l), "NAME"
        if a == "url":
            slug = re.sub(r"[^a-z]", "", (f + l).lower())
            return self.r.choice(["https://www.caringbridge.org/visit/" + slug,
                                  "https://www.caringbridge.org/visit/" + slug + "/journal",
                                  "https://updates.riverbendrmc.org/family/" + slug + "-" + d(self.r, 4)]), "URL"
        if a == "nick":
            if f not in NICK:
                raise Redraw("no nickname")
            return NICK[f], "NAME"
        if a == "relw":
            if not hasattr(self, "_relw"):
                self._relw = self.r.choice(
                    ["daughter", "wife", "niece", "granddaughter", "sister", "mother", "partner", "daughter-in-law"]
                    if fem else ["son", "husband", "nephew", "grandson", "brother", "father", "partner", "son-in-law"])
            return self._relw, None
        if a == "kin":
            return self.r.choice(["mother", "daughter", "sister", "wife", "aunt"] if fem
                                 else ["father", "son", "brother", "husband", "uncle"]), None
        plain = {
            "hon": "Ms." if fem else "Mr.", "hon2": ("Mrs." if self.r.random() < 0.5 else "Ms.") if fem else "Mr.",
            "she": "she" if fem else "he", "She": "She" if fem else "He",
            "her": "her" if fem else "his", "Her": "Her" if fem else "His",
            "him": "her" if fem else "him", "herself": "herself" if fem else "himself",
        }
        if a in plain:
            return plain[a], None
        raise KeyError(a)

# ---------------------------------------------------------------- helpers
def d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def nz(r, n):
    return r.choice("123456789") + d(r, n - 1)

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
SPELL = ["zero","one","two","three","four","five","six","seven","eight","nine"]
ZW = "\u200b"
NBSP = "\u00a0"

def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)

def spelled(digits, group=None):
    out = []
    for i, c in enumerate(digits):
        out.append(SPELL[int(c)])
    if group:
        words, k = [], 0
        for g in group:
            words.append(" ".join(out[k:k + g])); k += g
        return ", ".join(words)
    return " ".join(out)

MONTHS = ["January","February","March","April","May","June","July","August","September","October",
          "November","December"]

def ordinal(n):
    if 10 <= n % 100 <= 20:
        return str(n) + "th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

def rand_date(r, kind):
    if kind == "dob":
        y = r.randint(1926, 2013)
    else:
        y = r.choice([2025, 2025, 2025, 2026, 2024])
    m = r.randint(1, 12)
    dd = r.randint(1, 28)
    return datetime.date(y, m, dd)

def fmt_date(r, dt, short_ok):
    M = MONTHS[dt.month - 1]
    fmts = [
        lambda: "%d/%d/%d" % (dt.month, dt.day, dt.year),
        lambda: dt.strftime("%m/%d/%Y"),
        lambda: dt.strftime("%Y-%m-%d"),
        lambda: "%s %d, %d" % (M, dt.day, dt.year),
        lambda: "%02d-%s-%d" % (dt.day, M[:3], dt.year),
        lambda: dt.strftime("%m%d%Y"),
        lambda: "%d/%d/%s" % (dt.month, dt.day, str(dt.year)[2:]),
        lambda: "%d.%d.%s" % (dt.month, dt.day, str(dt.year)[2:]),
        lambda: "%d %s %d" % (dt.day, M, dt.year),
        lambda: "%s%s %d, %d" % (M[:3], "" if M == "May" else ".", dt.day, dt.year),
        lambda: "%s-%02d-%02d" % (dt.year, dt.month, dt.day),
    ]
    if short_ok:
        fmts += [
            lambda: "%d/%d" % (dt.month, dt.day),
            lambda: "%d/%d" % (dt.month, dt.day),
            lambda: "%s %s" % (M[:3], ordinal(dt.day)),
            lambda: "%s %d" % (M, dt.day),
            lambda: "%02d/%02d" % (dt.month, dt.day),
            lambda: "%s %d" % (M[:3], dt.day),
        ]
    return r.choice(fmts)()

# ---------------------------------------------------------------- PHI value generators
# each returns str or (str, [extra tags])
def g_dob(r):
    return fmt_date(r, rand_date(r, "dob"), False)

def g_dob90(r):
    dt = datetime.date(r.randint(1921, 1934), r.randint(1, 12), r.randint(1, 28))
    return fmt_date(r, dt, False)

def g_date(r):
    return fmt_date(r, rand_date(r, "svc"), True)

def g_sdate(r):  # short service date
    dt = rand_date(r, "svc")
    return r.choice(["%d/%d" % (dt.month, dt.day), "%s %s" % (MONTHS[dt.month - 1][:3], ordinal(dt.day)),
                     "%d/%d" % (dt.month, dt.day), "%s %d" % (MONTHS[dt.month - 1], dt.day)])

def g_ldate(r):  # long-form dates only
    dt = rand_date(r, "svc")
    return fmt_date(r, dt, False)

TENS = {9: "ninety", 10: "one hundred"}
UNITS_W = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

def g_age(r):
    return str(r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))

def g_age_w(r):
    n = r.randint(90, 99)
    w = "ninety" + ("-" + UNITS_W[n - 90] if n > 90 else "")
    return w, ["evasion"]

AREAS = ["978", "617", "508", "603", "781", "351", "774", "857"]

def g_phone(r):
    a, e, n = r.choice(AREAS), str(r.randint(201, 989)), d(r, 4)
    return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s %s %s",
                     "1-%s-%s-%s", "%s%s%s"]) % (a, e, n)

def g_bphone(r):
    p = g_phone(r)
    if r.random() < 0.4:
        p += r.choice([" ext. ", " x", " ext "]) + d(r, 4)
    return p, ["business-contact"]

def g_fax(r):
    a, e, n = r.choice(AREAS), str(r.randint(201, 989)), d(r, 4)
    return r.choice(["%s-%s-%s", "(%s) %s-%s"]) % (a, e, n), ["business-contact"]

def g_phone_obf(r):
    a, e, n = r.choice(AREAS), str(r.randint(201, 989)), d(r, 4)
    k = r.randint(0, 3)
    if k == 0:
        return fullwidth("%s-%s-%s" % (a, e, n)), ["evasion", "fullwidth"]
    if k == 1:
        return " ".join(a + e + n), ["evasion"]
    if k == 2:
        return spelled(a + e + n, [3, 3, 4]), ["evasion"]
    return a + ZW + e + ZW + n, ["evasion", "zero-width"]

MAILDOM = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "icloud.com", "aol.com", "verizon.net"]
EMAILWORDS = ["sunflower", "nana", "bigpapi", "lilybug", "mountainman", "gardenlady", "sox4ever",
              "blessed", "grandpa", "coffeequeen", "jazzcat", "fisher"]

def _local(r):
    p = Person(r)
    f = re.sub(r"[^a-z]", "", p.first.lower().replace("é", "e").replace("í", "i").replace("ó", "o"))
    l = re.sub(r"[^a-z]", "", p.last.lower().replace("é", "e").replace("í", "i").replace("ñ", "n")
               .replace("ś", "s").replace("ń", "n").replace("ą", "a").replace("é", "e"))
    return r.choice([f + "." + l, f[0] + l + d(r, 2), f + "_" + l[:4], r.choice(EMAILWORDS) + d(r, 2),
                     l + f[0] + d(r, 3), f + l])

def g_email(r):
    return _local(r) + "@" + r.choice(MAILDOM)

BIZDOM = ["riverbendrmc.org", "nchp.org", "nchealthplan.com", "harborhh.com", "apexinfusion.com"]

def g_bemail(r):
    f, l = r.choice(STAFF_FIRST).lower(), r.choice(STAFF_LAST).lower()
    return r.choice([f + "." + l, f[0] + l, "um.intake", "cm.referrals", "dcplanning"]) + "@" + r.choice(BIZDOM), \
        ["business-contact"]

def g_email_obf(r):
    loc, dom = _local(r), r.choice(MAILDOM)
    name, tld = dom.rsplit(".", 1)
    return r.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s", "%s @ %s . %s"]) % (loc, name, tld), \
        ["evasion"]

def g_ssn(r):
    a, b, c = "%03d" % r.randint(100, 899), "%02d" % r.randint(10, 99), "%04d" % r.randint(1000, 9999)
    return r.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s.%s.%s"]) % (a, b, c)

def g_ssn_obf(r):
    a, b, c = "%03d" % r.randint(100, 899), "%02d" % r.randint(10, 99), "%04d" % r.randint(1000, 9999)
    k = r.randint(0, 5)
    if k == 0:
        return a + b + c, ["evasion"]
    if k == 1:
        return fullwidth(a + "-" + b + "-" + c), ["evasion", "fullwidth"]
    if k == 2:
        return a + "." + b + "-" + c, ["evasion"]
    if k == 3:
        return spelled(a + b + c, [3, 2, 4]), ["evasion"]
    if k == 4:
        return a + ZW + "-" + b + ZW + "-" + c, ["evasion", "zero-width"]
    return " ".join(a + b + c), ["evasion"]

def g_mrn(r):
    return r.choice([nz(r, 7), nz(r, 8), "E" + d(r, 7), "00" + d(r, 6), nz(r, 3) + "-" + d(r, 4)])

def g_mrn_obf(r):
    m = nz(r, 7)
    k = r.randint(0, 2)
    if k == 0:
        return " ".join(m), ["evasion"]
    if k == 1:
        return fullwidth(m), ["evasion", "fullwidth"]
    return m[:3] + NBSP + m[3:], ["evasion", "zero-width"]

def g_mbr(r):
    pre = r.choice(["NCH", "XJH", "NGT", "ZGP", "W", "NC"])
    return r.choice([pre + d(r, 9), pre + d(r, 8), pre + d(r, 9) + "-0" + str(r.randint(1, 4)),
                     nz(r, 9) + "0" + str(r.randint(1, 3)), pre + "-" + d(r, 4) + "-" + d(r, 5)])

MBI_A = "ACDEFGHJKMNPQRTUVWXY"

def g_mbi(r):
    c = lambda: r.choice(MBI_A)
    an = lambda: r.choice(MBI_A + "0123456789")
    n = lambda: r.choice("0123456789")
    s = r.choice("123456789") + c() + an() + n() + c() + an() + n() + c() + c() + n() + n()
    return s if r.random() < 0.6 else s[:4] + "-" + s[4:7] + "-" + s[7:]

def g_mcaid(r):
    return r.choice(["1" + d(r, 11), "MA" + d(r, 10), "NH" + d(r, 9), "1000" + d(r, 8)])

def g_sub(r):
    return r.choice(["NCH", "ZGP", "NGT"]) + d(r, 8) + r.choice(["-01", "-02", "*01", "01"])

def g_mbr_obf(r):
    m = "NCH" + d(r, 9)
    k = r.randint(0, 2)
    if k == 0:
        return " ".join(m), ["evasion"]
    if k == 1:
        return m[:3] + fullwidth(m[3:]), ["evasion", "fullwidth"]
    return m[:6] + ZW + m[6:], ["evasion", "zero-width"]

def g_har(r):
    return r.choice(["4000" + d(r, 6), "HAR" + d(r, 9), "8" + d(r, 9), "11" + d(r, 8)])

def g_acct(r):
    return r.choice(["G" + d(r, 7), "PA-" + d(r, 8), d(r, 10), "GA" + d(r, 6)])

def g_bank(r):
    return r.choice([d(r, 10), d(r, 12), "00" + d(r, 9)])

def g_dl(r):
    return r.choice(["S" + d(r, 8), "NHL" + d(r, 8), d(r, 9), "SA" + d(r, 7)])

def g_dea(r):
    return r.choice("ABFM") + r.choice("ABCDEFGHJKLMNOPRSTUVWZ") + d(r, 7)

def g_lic(r):
    return r.choice(["RN" + d(r, 7), "2" + d(r, 6), "PH" + d(r, 5), "MD" + d(r, 6), "LPN" + d(r, 6),
                     "LICSW-" + d(r, 5)])

VINC = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

def g_vin(r):
    return r.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(r.choice(VINC) for _ in range(16))

def g_plate(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice(["%s%s%s%s" % (r.randint(1, 9), "".join(r.choice(L) for _ in range(2)), d(r, 2), r.choice(L)),
                     "%s %s" % (d(r, 3), d(r, 4)), "%s%s%s" % (r.randint(1, 9), "".join(r.choice(L) for _ in range(3)), d(r, 3)),
                     "%s-%s" % ("".join(r.choice(L) for _ in range(3)), d(r, 4))])

def g_dev(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice(["PJN" + d(r, 6) + "S", "NG" + d(r, 7) + "H", "".join(r.choice(L + "0123456789") for _ in range(10)),
                     "SN" + d(r, 8), "8" + "".join(r.choice(L) for _ in range(2)) + d(r, 6),
                     "(01)0" + d(r, 13) + "(21)" + d(r, 8)])

def g_purl(r):
    k = r.randint(0, 3)
    if k == 0:
        return "https://members.nchp.org/care-plan/view?mbr=NCH" + d(r, 9)
    if k == 1:
        return "https://members.nchp.org/secure/msg?member=" + r.choice(["NCH", "ZGP"]) + d(r, 9) + "&thread=" + d(r, 5)
    if k == 2:
        return "https://mychart.riverbendrmc.org/visit/" + d(r, 8) + "?pt=" + nz(r, 7)
    return "https://portal.nchp.org/cm/case/" + d(r, 6) + "/member/" + "NCH" + d(r, 9)

def g_ip(r):
    if r.random() < 0.15:
        return "2601:18%s:%s:%s::%s" % (r.randint(0, 9), "%x" % r.randint(4096, 65535), "%x" % r.randint(256, 4095), r.randint(1, 99))
    return r.choice(["%d.%d.%d.%d" % (r.choice([73, 24, 98, 174, 66, 108]), r.randint(1, 254), r.randint(0, 254), r.randint(1, 254)),
                     "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 254), r.randint(2, 254)),
                     "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))])

def _street(r):
    return "%d %s" % (r.randint(2, 1890), r.choice(STREETS))

def g_addr(r):
    t = r.choice(TOWNS); st, z = TOWN_ZIP[t]
    unit = r.choice(["", "", "", " Apt %d" % r.randint(1, 40), ", Unit %s" % r.choice("ABC12345"), " #%d" % r.randint(2, 12)])
    zz = z if r.random() < 0.8 else z + "-" + d(r, 4)
    return r.choice(["%s%s, %s, %s %s", "%s%s, %s %s %s", "%s%s %s %s %s"]) % (_street(r), unit, t, st, zz)

def g_street(r):
    return _street(r)

LAST_TOWN = []

def g_town(r):
    t = r.choice(TOWNS)
    LAST_TOWN.append(t)
    return t

def g_zip(r):
    z = TOWN_ZIP[LAST_TOWN[-1] if LAST_TOWN else r.choice(TOWNS)][1]
    return z if r.random() < 0.75 else z + "-" + d(r, 4)

def g_pobox(r):
    t = r.choice(TOWNS); st, z = TOWN_ZIP[t]
    return r.choice(["PO Box %d, %s, %s %s" % (r.randint(10, 2999), t, st, z), "P.O. Box %d" % r.randint(10, 2999)])

def g_cc(r):
    pre = r.choice(["4", "51", "53", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + d(r, ln - len(pre) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        tot += x
    num = body + str((10 - tot % 10) % 10)
    if ln == 15:
        return r.choice([num[:4] + " " + num[4:10] + " " + num[10:], num])
    return r.choice([" ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4)), num])

PHI_GEN = {
    "dob": ("DATE", g_dob), "dob90": ("DATE", g_dob90), "date": ("DATE", g_date), "sdate": ("DATE", g_sdate), "ldate": ("DATE", g_ldate),
    "age": ("AGE", g_age), "age_w": ("AGE", g_age_w),
    "phone": ("PHONE", g_phone), "bphone": ("PHONE", g_bphone), "fax": ("PHONE", g_fax), "phone_obf": ("PHONE", g_phone_obf),
    "email": ("EMAIL", g_email), "bemail": ("EMAIL", g_bemail), "email_obf": ("EMAIL", g_email_obf),
    "ssn": ("SSN", g_ssn), "ssn_obf": ("SSN", g_ssn_obf),
    "mrn": ("MRN", g_mrn), "mrn_obf": ("MRN", g_mrn_obf),
    "mbr": ("HEALTH_PLAN_ID", g_mbr), "mbi": ("HEALTH_PLAN_ID", g_mbi), "mcaid": ("HEALTH_PLAN_ID", g_mcaid),
    "sub": ("HEALTH_PLAN_ID", g_sub), "mbr_obf": ("HEALTH_PLAN_ID", g_mbr_obf),
    "har": ("ACCOUNT_NUMBER", g_har), "acct": ("ACCOUNT_NUMBER", g_acct), "bank": ("ACCOUNT_NUMBER", g_bank),
    "dl": ("LICENSE_NUMBER", g_dl), "dea": ("LICENSE_NUMBER", g_dea), "lic": ("LICENSE_NUMBER", g_lic),
    "vin": ("VEHICLE_ID", g_vin), "plate": ("VEHICLE_ID", g_plate), "dev": ("DEVICE_ID", g_dev),
    "purl": ("URL", g_purl), "ip": ("IP_ADDRESS", g_ip),
    "addr": ("ADDRESS", g_addr), "street": ("ADDRESS", g_street), "town": ("ADDRESS", g_town),
    "zip": ("ADDRESS", g_zip), "pobox": ("ADDRESS", g_pobox), "cc": ("CREDIT_CARD", g_cc),
}

# ---------------------------------------------------------------- non-PHI fillers
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

def n_doc(r):
    return "Dr. " + r.choice(STAFF_LAST)

def n_docf(r):
    return "Dr. " + r.choice(STAFF_FIRST) + " " + r.choice(STAFF_LAST)

def n_staff(r):
    return r.choice(STAFF_FIRST) + " " + r.choice(STAFF_LAST)

def n_sfirst(r):
    return r.choice(STAFF_FIRST)

def n_exec(r):
    return r.choice(EXECS)

def n_exect(r):
    return r.choice(EXECS) + " (" + r.choice(EXEC_TITLES) + ")"

def n_title(r):
    return r.choice(EXEC_TITLES)

def n_vendor(r):
    return r.choice(VENDORS)

def n_vrep(r):
    return r.choice(STAFF_FIRST) + " " + r.choice(["Pryor", "Lindgren", "Obi", "Castaneda", "Whelan", "Sato", "Ruiz"])

def n_ext(r):
    return r.choice(["x", "x", "ext. ", "ext ", "extension "]) + str(r.randint(2000, 7999))

def n_mtg(r):
    dt = datetime.date(2025, r.randint(1, 12), r.randint(1, 28))
    return r.choice([WEEKDAYS[dt.weekday() % 5] + " %d/%d" % (dt.month, dt.day), "%d/%d" % (dt.month, dt.day),
                     "%s %d" % (MONTHS[dt.month - 1][:3], dt.day), "%s %s" % (MONTHS[dt.month - 1], ordinal(dt.day)),
                     dt.strftime("%m/%d")])

def n_due(r):
    dt = datetime.date(2025, r.randint(1, 12), r.randint(1, 28))
    return r.choice(["EOD " + r.choice(WEEKDAYS), "%d/%d" % (dt.month, dt.day), "noon " + r.choice(WEEKDAYS),
                     "%s %d" % (MONTHS[dt.month - 1], dt.day), "end of month", "COB %d/%d" % (dt.month, dt.day)])

def n_time(r):
    return r.choice(["9am", "10:30", "11", "1pm", "2:15", "3pm", "3:30pm", "4", "8:45 am", "noon", "7:30a"])

def n_ticket(r):
    return r.choice(["INC00" + d(r, 5), "DEL-" + str(r.randint(1000, 1999)), "REQ-" + d(r, 5), "CHG0" + d(r, 6),
                     "SR-" + d(r, 6), "ITSD-" + d(r, 4)])

def n_po(r):
    return "PO " + r.choice(["4500", "4510"]) + d(r, 6)

def n_invn(r):
    return r.choice(["INV-", "inv #", "Invoice "]) + d(r, 6)

def n_money(r):
    return r.choice(["$%d" % r.randint(20, 900), "$%d,%03d.%02d" % (r.randint(1, 98), r.randint(0, 999), r.randint(0, 99)),
                     "$%dk" % r.randint(2, 480), "$%d.%02d" % (r.randint(5, 999), r.randint(0, 99)), "$%.1fM" % (r.randint(11, 95) / 10)])

def n_room(r):
    return r.choice(["rm %d" % r.randint(200, 780), "room %d%s" % (r.randint(200, 780), r.choice(["", "A", "B"])),
                     "bed %d%s" % (r.randint(1, 32), r.choice("AB")), "rm %d-%d" % (r.randint(3, 7), r.randint(1, 40))])

def n_croom(r):
    return r.choice(["conf rm 3B", "the Birch room", "the Summit room", "conf rm 4-112", "the Rose room", "the 6th floor boardroom"])

def n_unit(r):
    return r.choice(UNITS)

def n_ver(r):
    return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20)),
                     "build 2025.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 3), r.randint(1, 9)),
                     "Epic %s" % r.choice(["Feb 2025", "Aug 2025", "Nov 2024"]), "release %d.%d" % (r.randint(3, 9), r.randint(0, 9))])

def n_grp(r):
    return r.choice(["GRP ", "group ", "Grp# ", "group no. "]) + r.choice(["00", "7", "1"]) + d(r, 4)

def n_grpv(r):
    return r.choice(["00", "7", "1"]) + d(r, 4)

def n_npi(r):
    return r.choice("12") + d(r, 9)

def n_cpt(r):
    return r.choice(["99214", "99223", "99232", "G0299", "97110", "27447", "93000", "E0601", "K0823", "A4253", "99497"])

def n_icd(r):
    return r.choice(["I50.23", "J44.1", "E11.65", "N17.9", "S72.001A", "A41.9", "I63.9", "L03.115", "Z79.01", "F11.20"])

def n_auth(r):
    return r.choice(["PA-2025-", "AUTH#", "UM", "pa "]) + d(r, 6)

def n_casen(r):
    return r.choice(["CM-", "CM", "C-", "", "CM-2025-"]) + d(r, 6)

def n_n(r):
    return str(r.randint(2, 48))

def n_big(r):
    return str(r.randint(60, 1400))

def n_uid(r):
    return "<@U0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">"

def n_payer(r):
    return r.choice(PAYERS)

def n_drug(r):
    return r.choice(DRUGS)

def n_dx(r):
    return r.choice(DX)

def n_snf(r):
    return r.choice(SNFS)

def n_faddr(r):
    return r.choice(FACILITY_ADDR)

def n_bizcity(r):
    return r.choice(BIZ_CITIES)

def n_agelow(r):
    return str(r.randint(24, 89))

def n_relw(r):
    return r.choice(RELW)

def n_zoom(r):
    return "%s %s %s" % (d(r, 3), d(r, 4), d(r, 4))

def n_intra(r):
    return r.choice(["https://intranet.riverbendrmc.org/cm/dc-planning", "https://nchp.sharepoint.com/sites/CareMgmt/Shared%20Documents",
                     "https://zoom.us/j/9" + d(r, 9), "https://www.cms.gov/medicare/coverage", "https://wiki.nchp.org/UM/Playbook",
                     "https://boardportal.riverbendrmc.org/q3-packet"])

def n_pol(r):
    return r.choice(["UM-POL-0", "CM-", "P&P ", "HR-", "PHARM-"]) + str(r.randint(10, 240))

def n_fy(r):
    return r.choice(["Q1", "Q2", "Q3", "Q4", "FY2026", "FY26", "H2", "CY2025"])

def n_yr(r):
    return str(r.choice([2024, 2025, 2026]))

def n_last4(r):
    return d(r, 4)

def n_emoji(r):
    return r.choice([":pray:", ":thumbsup:", ":white_check_mark:", ":eyes:", ":rotating_light:", "🙏", "👍", "✅", ":sweat_smile:", "😅"])

def n_dme(r):
    return r.choice(["hospital bed", "rolling walker", "BiPAP", "home O2 concentrator", "Hoyer lift", "wheelchair", "CGM supplies", "nebulizer"])

def n_chan(r):
    return r.choice(["#nchp-liaison", "#um-concurrent-review", "#dc-planning", "#pharmacy-claims", "#cm-huddle", "#transitions-of-care"])

def n_pct(r):
    return "%d%%" % r.randint(3, 97)

def n_agg(r):
    return r.choice(["%d pts over 90" % r.randint(2, 30), "members 90+", "%d members aged 90 and older" % r.randint(3, 60),
                     "the 90+ cohort", "%d patients over 90" % r.randint(2, 19)])

def n_copay(r):
    return "$%d.%02d" % (r.randint(3, 95), r.choice([0, 0, 50, 35, 99]))

def n_claimamt(r):
    return "$%d,%03d.%02d" % (r.randint(2, 64), r.randint(0, 999), r.randint(0, 99))

def n_bigmoney(r):
    return r.choice(["$%dk" % r.randint(120, 950), "$%.1fM" % (r.randint(11, 64) / 10), "$%d,%03d" % (r.randint(150, 900), r.randint(0, 999))])

def n_perdiem(r):
    return "$%d" % r.randint(285, 720)

NON_GEN = {
    "copay": n_copay, "claimamt": n_claimamt, "bigmoney": n_bigmoney, "perdiem": n_perdiem,
    "doc": n_doc, "docf": n_docf, "staff": n_staff, "sfirst": n_sfirst, "exec": n_exec, "exect": n_exect, "title": n_title,
    "vendor": n_vendor, "vrep": n_vrep, "ext": n_ext, "mtg": n_mtg, "due": n_due, "time": n_time, "ticket": n_ticket,
    "po": n_po, "invn": n_invn, "money": n_money, "room": n_room, "croom": n_croom, "unit": n_unit, "ver": n_ver, "grp": n_grp, "grpv": n_grpv,
    "npi": n_npi, "cpt": n_cpt, "icd": n_icd, "auth": n_auth, "casen": n_casen, "n": n_n, "big": n_big, "uid": n_uid,
    "payer": n_payer, "drug": n_drug, "dx": n_dx, "snf": n_snf, "faddr": n_faddr, "bizcity": n_bizcity,
    "agelow": n_agelow, "relw": n_relw, "zoom": n_zoom, "intra": n_intra, "pol": n_pol, "fy": n_fy, "yr": n_yr,
    "last4": n_last4, "emoji": n_emoji, "dme": n_dme, "chan": n_chan, "lsfirst": lambda r: r.choice(STAFF_FIRST).lower(), "pct": n_pct, "agg": n_agg,
}

# ---------------------------------------------------------------- PHI frames
# syntax: {key} value generator, {key#k} same value reused, {pt.attr} person attribute,
# ((a|b|c)) inline choice resolved before placeholders.
PHI_FRAMES = [
# --- discharge planning
("structured discharge slack-markup multiline",
 "*Discharge planning – shared member*\n• Name: {pt.full}\n• DOB: {dob}\n• Member ID: {mbr}\n• {grp}\n• Admit date: {date}\n• Anticipated DC: {date}\nPlease confirm SNF choice by {due}. Thank you."),
("discharge",
 "Good afternoon {sfirst}, following up on {pt.hon} {pt.last} ({mbr}). Our records show an admit on {date} for {dx}. Has a discharge date been set? We would like to arrange a post-discharge call within 48 hours."),
("discharge structured multiline",
 "DC plan received for {pt.inv}, thank you.\nItems still open:\n1) PCP follow-up appointment (needs to be within 7 days)\n2) {dme} order to {vendor}\n3) Med rec for {drug}\nMRN {mrn} / Member {mbr}"),
("discharge",
 "Hi team – {pt.full} is being discharged home to {addr} ((tomorrow|today|later today)). {pt.She} lives alone. Please send the AVS to NCHP so we can schedule the TCM visit."),
("discharge multiline",
 "Re: {pt.full}\nAdmitted {date}, DC'd {date}, readmitted {date}.\nThis is the third admission this quarter. Requesting a care conference with {doc} and the unit CM."),
("discharge lowercase",
 "is {pt.lfull} still going to {snf} or did the family change their mind? need to know before i close the referral"),
("discharge",
 "Confirming: member {pt.lastf}, DOB {dob}, accepted at {snf} for {date}. Auth {auth} is attached to the referral. {pt.Her} {rel.relw} {rel.full} will bring clothes."),
("discharge slack-markup",
 "{uid} can you check whether {pt.last} in {room} has transport home arranged? Member ID `{mbr}`, NEMT benefit is active."),
("discharge",
 "Per NCHP policy, we need the following before the SNF auth can move:\n- PT/OT notes from the last 48 hrs\n- signed face sheet for {pt.full} (MRN {mrn})\n- confirmation of the DC date ({date})"),
("discharge typo",
 "Hi, following up re {pt.full} - family is asking if dischrge is still on for {sdate}. the {rel.relw} {rel.first} can be reached at {phone}."),
("discharge",
 "{pt.full} went home on {date} with home health through {vendor}. Could the unit CM please confirm the start-of-care date so we can close the transition case ({casen})?"),
("discharge",
 "Quick one: DC summary for {pt.lastinit} ({mrn}) lists the wrong PCP. Correct PCP is {docf}. Can someone update before it goes out?"),
("discharge multiline",
 "Transitions of care – week of {mtg}\n\n{pt.full} | {mbr} | DC {sdate} | TCM call done\n{p2.full} | {mbr} | DC {sdate} | left VM\n{p3.full} | {mbr} | DC {sdate} | needs PCP appt"),
("discharge emoji",
 "Good news {emoji} {pt.full} accepted the SNF bed at {snf}. Leaving on {sdate} by wheelchair van."),
("discharge",
 "Can the discharge team please call {pt.hon} {pt.last}'s {relw} before the DC? The number on file ({phone}) is disconnected; the new one is {phone}."),
# --- high-risk outreach lists
("outreach structured multiline",
 "Good morning. Per our call, the following members are on the high-risk outreach list for this week:\n1. {pt.lastf} – {mbr}\n2. {p2.lastf} – {mbr}\n3. {p3.lastf} – {mbr}\nKindly advise if any are currently inpatient."),
("outreach structured multiline slack-markup",
 "*High-risk list – ED utilizers (4+ visits/90 days)*\n```\n{pt.inv}   {mbr}   last ED {sdate}\n{p2.inv}   {mbr}   last ED {sdate}\n```\nPlease flag if any of these are in house."),
("outreach",
 "Of the {n} members on this month's outreach list, only {pt.full} and {p2.full} are currently admitted at Riverbend. Both are NCHP Medicare Advantage."),
("outreach multiline",
 "Outreach attempts – {pt.full} ({mbr}):\n- {sdate}: no answer at {phone}\n- {sdate}: letter mailed to {addr}\n- {sdate}: reached {pt.her} {relw}, declined CM\nClosing as unable to engage."),
("outreach",
 "We have {pt.last}, {p2.last}, and {p3.last} flagged as rising risk. Could your ED navigator let us know if they present?"),
("outreach lowercase",
 "outreach list attached. note {pt.llast} moved, new address is {addr} per the member"),
("outreach structured",
 "High-risk CHF cohort update: {pt.full} (MBI {mbi}) had a weight gain of 4 lb since {sdate}. Home health nurse notified. Please let us know if {pt.she} presents to the ED."),
("outreach multiline",
 "Members needing a PCP visit after recent admission:\n• {pt.full} — DOB {dob}\n• {p2.full} — DOB {dob}\n• {p3.full} — DOB {dob}\n• {p4.full} — DOB {dob}"),
("outreach",
 "For the record, {pt.full} is {age} and still on our high-risk list. {pt.She} lives with {pt.her} {relw} in {town}."),
("outreach typo",
 "pls add {pt.full} to the hig risk outreach list - memebr id {mbr}, 3 ED visits since {sdate}"),
# --- prior auth / UM
("auth referral",
 "Prior auth {auth} for {pt.full} ({mbi}) has been approved for {n} visits. Case number {casen}. Please attach to HAR {har}."),
("auth",
 "Concurrent review needed for {pt.lastf} – admitted {date}, currently in {unit}. Member ID {mbr}. Clinicals are due to NCHP by {due}."),
("auth multiline structured",
 "PA request received:\nMember: {pt.full}\nMember ID: {mbr}\nDOB: {dob}\nService: {cpt} / {icd}\nRequesting provider: {docf} (NPI {npi})\nStatus: pended for clinicals"),
("auth",
 "The auth for {pt.full}'s {dme} was denied because the face-to-face date ({date}) is older than 6 months. Can {doc} see {pt.him} again?"),
("auth",
 "Peer-to-peer for {pt.last} ({mrn}) is scheduled with our medical director. Case {casen}. Please have the attending available."),
("auth lowercase",
 "auth {auth} is for the wrong member - it's under {p2.lfull} but should be {pt.lfull}, member id {mbr}. can you resubmit?"),
("auth",
 "Retro-auth request: {pt.full}, DOS {date} through {date}, observation converted to inpatient. Sub ID {sub}."),
("auth slack-markup",
 "*UM denial* — {pt.fmi}, {mbr}. Reason: not medically necessary at inpatient level. Appeal rights letter mailed to {addr}."),
("auth",
 "Hi {sfirst}, the Medicaid ID on the auth for {pt.full} is {mcaid}, not the one on the face sheet. Please correct before the claim drops."),
("auth typo",
 "recieved the clinicals for {pt.full} thx. still need the H&P from {sdate} to finish the review"),
("auth structured",
 "NCHP authorization summary\nMember: {pt.inv}\nMBI: {mbi}\nAdmit: {ldate}\nLOS approved: {n} days\nNext review: {sdate}"),
("auth",
 "Is the inpatient stay for {pt.full} coded under {icd}? Member {mbr}. The claim is pending and we cannot release the auth without it."),
("auth",
 "Auth extended for {pt.full} through the weekend. {pt.Her} {rel.relw} {rel.full} asked for an update; please call {rel.him} at {phone}."),
]
PHI_FRAMES += [
# --- pharmacy claims
("pharmacy",
 "Pharmacy claim for {drug} rejected for {pt.full} (member {mbr}) – refill too soon, last fill {sdate}. Can the discharge pharmacist send a vacation override request?"),
("pharmacy structured multiline",
 "Rx claim reversal\nMember: {pt.lastf}\nID: {mbr}\nRx: {drug}\nFill date: {date}\nReason: NDC not on formulary. Please ask {doc} to switch or submit an exception."),
("pharmacy",
 "Meds-to-beds question: {pt.full} owes a {copay} copay on {drug}. Member says {pt.she} can pay by card {cc}. Is that something your outpatient pharmacy can take over chat?"),
("pharmacy lowercase",
 "rx for {pt.llast} got rejected again, plan id {mbr}. pharmacy says PA needed for {drug}"),
("pharmacy",
 "{pt.full}, DOB {dob}: we see {drug} filled at two pharmacies in the last 30 days. Can the inpatient team review before DC?"),
("pharmacy multiline",
 "Pharmacy lock-in program:\n- Member: {pt.full}\n- Medicaid ID: {mcaid}\n- Assigned pharmacy: CVS on Main St\n- Prescriber of record: {docf}, DEA {dea}"),
("pharmacy",
 "The PBM shows a paid claim for {pt.full} on {date}, but the member says {pt.she} never picked it up. Member ID {mbr}. Can you check your outpatient pharmacy log?"),
("pharmacy",
 "Could {doc} confirm the DEA on the buprenorphine script for {pt.full}? The pharmacy has {dea} on file and the claim is rejecting."),
("pharmacy typo",
 "{pt.full} called abt {pt.her} insulin - claim denied, says the pump serial {dev} doesn't match the DME record. can pharmcy look?"),
("pharmacy slack-markup",
 "`{mbr}` — {pt.full} — {drug} — PA approved {sdate}. Pharmacy can re-run the claim now :white_check_mark:"),
("pharmacy",
 "Specialty pharmacy ((CVS Specialty|Accredo|Optum Specialty)) needs {pt.hon} {pt.last}'s updated address for shipping: {addr}. Member ID {mbr}."),
("pharmacy",
 "{pt.full} was on {drug} before admission; the DC med list dropped it. Is that intentional? Last fill per claims was {date}."),
# --- bot requests
("bot calendar",
 "@assistant move my 3pm with {pt.full}'s {rel.relw} to Thursday at 10, and send {rel.first} a reminder at {phone}"),
("bot",
 "hey bot, can someone call back {pt.full} at {phone}? {pt.She} left a message about {pt.her} SNF auth"),
("bot",
 "@Pilot draft a letter to {pt.hon2} {pt.last} at {addr} explaining the appeal outcome for case {casen}"),
("bot lowercase",
 "bot: remind me tmrw to follow up on {pt.lfull} discharge, mbr {mbr}"),
("bot",
 "@assistant look up member ID for {pt.fmi}, DOB {dob}"),
("bot calendar",
 "Schedule a care conference for {pt.full} with {doc} and the family next week. {pt.Her} {relw}'s e-mail is {email}."),
("bot",
 "@bot add a task: fax the SNF auth for {pt.last} ({mbr}) to {fax} before noon"),
("bot",
 "can you text {pt.first} at {phone} and tell {pt.him} the ride for {sdate} is confirmed?"),
("bot lowercase typo",
 "@assistant pls find teh discharge summary for mrn {mrn} and send it to the pcp"),
("bot",
 "@Pilot summarize the last 3 notes on member {mbr} ({pt.full}) for the 2pm huddle"),
("bot calendar",
 "Assistant, block 30 min on {sdate} for a home visit to {pt.full} at {addr}."),
("bot",
 "@assistant who is the case manager for {pt.full}, {room}? need to hand off {pt.her} prior auth"),
("bot",
 "hey bot can u reschedule the TCM call w/ {pt.full} from {sdate} to {sdate}"),
("bot multiline",
 "@assistant create an outreach task:\nmember: {pt.full}\nphone: {phone}\nreason: missed PCP f/u on {sdate}\npriority: high"),
("bot",
 "@bot forward {pt.last}'s SNF packet to {bemail} and cc me"),
("bot",
 "Please ask the bot to pull claims for subscriber {sub} ({pt.full}) from {sdate} onward."),
("bot lowercase",
 "@assistant call {pt.llast}'s daughter back, {phone}, re: the hospital bed delivery"),
("bot",
 "@Pilot set a follow-up for {pt.full}, f/u due {sdate}, and attach the auth {auth}"),
# --- callbacks / contact
("callback",
 "can someone call back {pt.full} at {phone}? {pt.she}'s asking about {pt.her} pharmacy claim denial"),
("callback",
 "Voicemail from {pt.full} ({pt.her} cell {phone}) — wants to know if the SNF stay is covered past day 20."),
("callback",
 "Message for the unit CM: {pt.full}'s {rel.relw} {rel.full} called NCHP; best callback {phone}, after 5pm."),
("callback lowercase",
 "pls call {pt.lfirst} back re ride home, cell is {phone}"),
("callback",
 "{pt.hon} {pt.last} called twice today. {pt.She} says nobody told {pt.him} about the discharge. Number: {phone}. Member ID {mbr}."),
("callback business-contact",
 "For {pt.full}'s home infusion, the {vendor} intake line is {bphone}. They need the HAR ({har}) before first delivery."),
("callback",
 "Call back request — {pt.full}, DOB {dob}, phone {phone}, re: denied claim for {date} ED visit."),
("callback",
 "{pt.first}'s {rel.relw} asked us to use {rel.her} e-mail instead of phone: {email}"),
("callback multiline",
 "New callback:\n{pt.full}\n{phone}\n\"Please don't call my work number.\""),
("callback",
 "The member {pt.full} says {pt.her} phone was cut off; please reach {pt.him} via {pt.her} neighbor {rel.full} at {phone}."),
]
PHI_FRAMES += [
# --- eligibility / member id
("eligibility",
 "Eligibility check: {pt.full}, DOB {dob}, is active on {payer}. Member ID {mbr}, {grp}. PCP on file is {docf}."),
("eligibility",
 "The face sheet for {pt.inv} has the old member ID. Current ID is {mbr} (effective 1/1). Old one was {mbr}."),
("eligibility lowercase",
 "member id {mbr} comes back termed - is this {pt.lfull}? dob {dob}"),
("eligibility",
 "{pt.full} has dual coverage: Medicare MBI {mbi} and Medicaid {mcaid}. Please bill NCHP SCO as primary."),
("eligibility typo",
 "Can registation fix the subscirber id for {pt.full}? should be {sub}, not {sub}"),
("eligibility",
 "Subscriber is {rel.full} ({pt.her} {rel.relw}), sub ID {sub}; the patient {pt.first} is a dependent."),
("eligibility structured multiline",
 "Registration correction\nPatient: {pt.lastf}\nMRN: {mrn}\nPlan: {payer}\nMember ID: {mbr}\nSSN on file: {ssn} (please confirm with member)"),
("eligibility",
 "Hi! The ED registered {pt.full} as self-pay. {pt.She} is ours: member {mbr}, DOB {dob}. Can PFS rebill?"),
("eligibility",
 "Medicaid redetermination is due for {pt.full}. {pt.Her} mailing address is {pobox}; the street address {street} is no longer valid."),
("eligibility",
 "Please verify the guarantor account {acct} for {pt.full} — the statement went to the wrong address."),
("eligibility",
 "MBI {mbi} belongs to {pt.full}, not {p2.full}. The two were merged in your ADT. Please unmerge."),
("eligibility",
 "Member {pt.last} says {pt.her} ID card shows {mbr} but your system has {mbr}. Which one did registration scan?"),
# --- forwarded snippets / tables
("forwarded multiline",
 "---------- Forwarded message ----------\nFrom: {bemail}\nSubject: readmit alert\n\n{pt.full} (MRN {mrn}) readmitted {date}. PCP notified."),
("forwarded multiline",
 "> from the ED note: \"{pt.ufull}, {age} y/o, brought in by {pt.her} {relw} after a fall at home on {date}\"\nCan UM review for obs vs inpatient?"),
("table multiline structured",
 "| Member | ID | Admit | Status |\n|---|---|---|---|\n| {pt.full} | {mbr} | {sdate} | inpatient |\n| {p2.full} | {mbr} | {sdate} | obs |\n| {p3.full} | {mbr} | {sdate} | DC'd |"),
("forwarded multiline",
 "Fwd from the member portal:\n\"Hi, this is {pt.full}, my member number is {mbr}. I need to know if my surgery on {date} is approved.\""),
("table multiline",
 "Name            DOB          MRN\n{pt.inv}     {dob}   {mrn}\n{p2.inv}     {dob}   {mrn}"),
("forwarded multiline",
 "Forwarding from {staff} (HH intake):\n> pt {pt.full}, {addr}, SOC {sdate}, needs wound care 3x/wk\nCan NCHP confirm coverage?"),
("forwarded",
 "RE: RE: {pt.full} – the fax we sent on {sdate} to {fax} bounced. Resending today."),
("table multiline",
 "ADT feed exceptions today:\n{mrn} | {pt.lastf} | no member match\n{mrn} | {p2.lastf} | MBI invalid\n{mrn} | {p3.lastf} | duplicate"),
("forwarded multiline",
 "Copying the member's email below:\n\n\"From: {email}\nI was discharged on {date} and nobody called me about my oxygen. — {pt.first}\""),
("forwarded slack-markup multiline",
 "Quoting {uid}:\n> {pt.full} is asking if {pt.her} {relw#r} can pick up the {dme}\nYes, as long as the {relw#r} brings ID."),
("table structured multiline",
 "SNF census – NCHP members at {snf}\n- {pt.inv} · adm {sdate} · day {n}\n- {p2.inv} · adm {sdate} · day {n}\n- {p3.inv} · adm {sdate} · day {n}"),
("forwarded multiline",
 "FW: incident report\nMember {pt.full} fell in the bathroom on {date}; {pt.she} is {age}. Please send the occurrence summary to our quality team."),
# --- relatives / POA / visitors
("relative",
 "{pt.full}'s health care proxy is {pt.her} {rel.relw}, {rel.full}. Please route all DC planning calls to {rel.him}: {phone}."),
("relative",
 "The POA for {pt.hon} {pt.last} is {rel.full}. {rel.She} will sign the SNF admission paperwork on {sdate}."),
("relative lowercase",
 "{pt.her} {rel.relw} {rel.lfirst} says {pt.lfull} is refusing the snf. can SW talk to them today?"),
("relative",
 "A visitor, {rel.full}, was asking at the front desk about {pt.full}'s room. {rel.She} is not on the approved list; please check with the POA."),
("relative",
 "{rel.full} ({rel.relw}) is the contact for {pt.first}. Prefers text: {phone}."),
("relative",
 "Guardian for {pt.full} is {rel.full}; court letter on file. Guardian address: {addr}."),
("relative multiline",
 "Family contacts for {pt.full}:\n- {rel.full} ({rel.relw}) {phone}\n- {rel2.full} ({rel2.relw}) {phone}\nPlease call {rel.first} first."),
("relative",
 "Per {pt.last}'s {relw}, the prescription has not been filled since {date} because the PA lapsed."),
("relative",
 "{pt.full}'s {rel.relw} {rel.first} is also an NCHP member ({mbr}) and is the caregiver. Can SW assess caregiver strain before DC?"),
("relative",
 "Just spoke with the {rel.relw}, {rel.full}. {rel.She} says {pt.first} has not been eating since the discharge on {date}."),
# --- staff as patient / employee health
("employee-health",
 "Confidential — {pt.full}, one of your nurses on {unit}, is an NCHP member and was admitted {date}. Please keep the auth out of the shared queue."),
("employee-health",
 "Employee health case: {pt.full} (RN, {unit}) needs the post-exposure follow-up on {sdate}. Member ID {mbr}."),
("employee-health vip",
 "VIP flag: {pt.full} is a board member's {pt.kin} and is in {room}. Member {mbr}. Limit access to the care team."),
("employee-health",
 "Heads up: our own coordinator {pt.full} is the patient in {room} – {pt.she} asked that we not discuss {pt.her} case in the team channel."),
("employee-health lowercase",
 "fyi {pt.lfull} from the pharmacy team is the one admitted last night, mrn {mrn}. keep it quiet pls"),
("employee-health",
 "{pt.full} from Patient Financial Services had {pt.her} procedure on {date}. The claim for the anesthesia is pending under member ID {mbr}."),
]
PHI_FRAMES += [
# --- obfuscation / evasion
("evasion",
 "not putting it in full here but member SSN is {ssn_obf} for {pt.last}, please fix the registration"),
("evasion",
 "mbr id {mbr_obf} (spaced so the filter doesn't eat it) — {pt.full}, readmit"),
("evasion",
 "{pt.her} cell is {phone_obf}, ask for {pt.first}"),
("evasion",
 "Member's personal email: {email_obf}. The member wants the appeal letter sent there, not mailed."),
("evasion",
 "chart # {mrn_obf} – {pt.llast} – pls pull the op note"),
("evasion",
 "SSN is {ssn_obf}, DOB {dob}, name {pt.inv}. Eligibility won't run without it."),
("evasion",
 "{pt.full} is {age_w} years old and still drives {pt.herself} to dialysis, per the HH nurse."),
("evasion",
 "Spelling it out for the record: the member's phone is {phone_obf} and the e-mail is {email_obf}."),
("evasion multiline",
 "ID for {pt.first}:\n{mbr_obf}\n(typed from the card, might be off by one)"),
("evasion",
 "The MRN keeps getting mangled when I paste it: {mrn_obf}. It's for {pt.lastinit}"),
("evasion",
 "sub ssn {ssn_obf} / dep {pt.full} / plan {payer}"),
("evasion",
 "reach the {relw} at {phone_obf} re {pt.last}"),
# --- lowercase / terse / typos
("lowercase",
 "{pt.llast} in {room} - auth expires tonite, need clinicals"),
("lowercase typo",
 "can smeone chck if {pt.lfull} got {pt.her} meds b4 dc? mbr {mbr}"),
("lowercase",
 "pt {pt.lfull} dob {dob} mrn {mrn}"),
("terse",
 "{pt.last} — DC'd {sdate}. TCM call pending."),
("terse",
 "{mbr} / {pt.ulast} / readmit"),
("lowercase typo",
 "adn {pt.lfull} too, same isue w/ the {dme}"),
("terse",
 "{pt.lastf} DOB {dob} — pls send face sheet."),
("lowercase",
 "omg {pt.llast} is back in the ED again, 4th time since {sdate}"),
("terse",
 "Re {pt.first}: VM left at {phone}."),
("lowercase",
 "who has {pt.lfirst}? the {age} yo in {unit}"),
("typo",
 "Memeber {pt.full} nees a hosptial bed delivered to {addr} befor discharge"),
("terse",
 "MRN {mrn} and {mrn} — both NCHP, both need CM referral."),
("lowercase",
 "did {pt.llast}'s daughter ever call back? we had {phone} on file"),
("terse",
 "{pt.fmi} | {mbi} | adm {sdate}"),
("lowercase typo",
 "fyi {pt.lfull} dob {dob} wil be going to {snf} not home"),
# --- devices, vehicles, licenses, urls, ip, cards, bank
("device",
 "Carelink needs the serial number of {pt.full}'s CGM to replace it under warranty: {dev}. Member ID {mbr}."),
("device",
 "Pacemaker interrogation for {pt.last} ({mrn}) — device SN {dev}. Remote monitoring claims are rejecting for a missing serial."),
("device multiline",
 "DME swap request\nMember: {pt.full}\nOld pump S/N: {dev}\nNew pump S/N: {dev}\nDelivery to: {addr}"),
("device lowercase",
 "hearing aid serial {dev} for {pt.lfull}, replacement covered once every 3 yrs"),
("vehicle",
 "Security asked: the car parked in the ambulance bay belongs to {pt.full}'s {relw}, plate {plate}. Can someone let them know?"),
("vehicle",
 "NEMT mileage reimbursement for {pt.full}: driver {rel.full}, vehicle VIN {vin}, plate {plate}."),
("license",
 "For the mileage reimbursement the member's {relw} sent a photo of the driver's license: {dl}. {pt.full}'s rides on {sdate} and {sdate}."),
("license",
 "Credentialing hold: the state license on file for {docf} is {lic} and the DEA is {dea}. Both need re-verification before claims pay."),
("license business-contact credentialing",
 "NP license number {lic} for our contracted provider expires next month; their office is {bphone}."),
("url",
 "Sent {pt.first} the care plan link: {purl} — please don't forward, it opens {pt.her} record."),
("url",
 "Family set up an update page for {pt.full}: {pt.url}. Nursing asked whether staff may post there."),
("url slack-markup",
 "<{purl}|member care plan> for {pt.last} is updated with the SNF choice."),
("ip",
 "Portal security alert: member {mbr} ({pt.full}) logged in from {ip} at 3am, twice. Possible account takeover?"),
("ip",
 "SFTP upload of the daily census to {ip} failed again. Ticket {ticket}."),
("ip multiline",
 "Failed logins on the provider portal:\n{ip} – 14 attempts\n{ip} – 9 attempts\nBlocking both."),
("credit-card",
 "The corporate card for DME rush orders is {cc}; exp 08/27. Please don't post it in open channels again."),
("credit-card",
 "{pt.full}'s {rel.relw} read us the card number over the phone to pay the copay: {cc}. We do not take payments — can PFS call {rel.him} back at {phone}?"),
("bank",
 "Member {pt.full} wants the reimbursement deposited directly; routing is on the form, account {bank}."),
("account",
 "HAR {har} for {pt.full} shows a balance after NCHP paid. Guarantor account {acct}. Can PFS review?"),
("account",
 "Patient account {acct} and HAR {har} are both tied to {pt.lastf}; only one should bill."),
]
PHI_FRAMES += [
# --- ages / dates in many forms
("age",
 "Reminder that {pt.full} turns {age} next week and the family asked for a quiet room."),
("age date",
 "{pt.full}, age {age}, DOB {dob90}. Fall on {date}, hip fracture, now at {snf}."),
("age",
 "Our oldest shared member, {pt.last}, is {age} and was readmitted overnight."),
("age lowercase",
 "the {age} y/o ({pt.lfirst}) in {room} wants to go home, family says no"),
("age multiline",
 "Members 90+ currently inpatient:\n{pt.full} ({age})\n{p2.full} ({age})"),
("date",
 "{pt.full} passed away on {ldate}. Please close the case and stop outreach calls to the family."),
("date",
 "Colonoscopy for {pt.full} was on {date}; the pathology claim came in with DOS {date}. Which is right?"),
("date",
 "{pt.first}'s follow-up with cardiology is due {sdate}. Can the unit book it before DC?"),
("date",
 "The fall happened on {date} per the family, not on admission day. That matters for the HAC review for {pt.last}."),
("date lowercase",
 "{pt.llast} surgery moved from {sdate} to {sdate}, auth needs updating"),
("date",
 "Per the ED log {pt.full} arrived {date} at 23:40 and was admitted after midnight. DOB {dob}."),
("date structured",
 "DOB: {dob} | Name: {pt.lastf} | ID: {mbr} | Last visit: {date}"),
# --- hard PHI: surname only, lower-case names, name next to number, lists, word names
("hard surname",
 "Is {pt.last} still on 4 West or did {pt.she} move to step-down?"),
("hard name-number",
 "{pt.last} {mrn} needs a new auth, the old one expired."),
("hard list",
 "Pending SNF auths: {pt.last}, {p2.last}, {p3.last}, {p4.last} and {p5.last}."),
("hard list lowercase",
 "still waiting on clinicals for {pt.llast}, {p2.llast} and {p3.llast}"),
("hard name-number",
 "Not a typo – we have two {pt.fullp}s on the list; the second one is member {mbr}."),
("hard surname",
 "Any update on {pt.hon} {pt.last}? {pt.Her} {relw} has called NCHP three times."),
("hard list multiline",
 "Today's readmits:\n- {pt.last} ({mrn})\n- {p2.last} ({mrn})\n- {p3.last} ({mrn})"),
("hard",
 "Re: {pt.first} — {pt.she}'s the one who goes by {pt.nick}. Full name {pt.full}, member {mbr}."),
("hard",
 "{pt.full} (goes by {pt.nick}) wants us to call {pt.him} {pt.nick}, not {pt.first}."),
("hard name-number",
 "Mbr {pt.ulast} {mbr} / {p2.ulast} {mbr}"),
("hard",
 "Patient initials won't cut it for the auth — need the full name. It's {pt.init}, DOB {dob}, right?"),
("hard surname",
 "The {pt.lastp}s' son called again about the bill."),
("hard lowercase",
 "{pt.lfull} says {pt.she} never got the snf list"),
("hard",
 "The patient in {room} is {pt.fmi}, not {p2.fmi}. Two similar names on the unit today — please double-check wristbands."),
# --- misc formal persona
("formal",
 "Dear Riverbend Case Management,\n\nNCHP has received notice that {pt.full} (Member ID {mbr}) was admitted on {date}. Kindly provide the following within 24 hours:\n1. Admitting diagnosis\n2. Attending physician\n3. Expected length of stay\n\nRegards,\nNCHP Care Coordination"),
("formal",
 "Please note that {pt.full} has an active NCHP care plan. The assigned coordinator should be contacted prior to discharge at {bphone}."),
("formal",
 "For audit purposes, please confirm that the notice of non-coverage was delivered to {pt.full} or {pt.her} representative on {date}."),
("formal structured",
 "Case escalation\nMember: {pt.full}\nMember ID: {mbr}\nIssue: SNF auth denied, family appealing\nAppeal filed: {date}\nCoordinator: {staff}"),
("formal",
 "We are requesting the records for {pt.full} (DOB {dob}) for dates of service {date} to {date} to complete a quality of care review."),
("formal",
 "In accordance with the member's wishes, {pt.full}'s information may be shared with {rel.full} only. No other family members are authorized."),
("formal",
 "NCHP records indicate that {pt.full}'s mailing address has changed to {addr}. Please update the hospital registration accordingly."),
("formal multiline",
 "Summary of today's rounds (NCHP members):\n\u2022 {pt.full} – medically ready, awaiting SNF\n\u2022 {p2.full} – DC home {sdate}\n\u2022 {p3.full} – palliative consult requested"),
("formal",
 "Kindly advise whether {pt.full} has a MOLST on file. {pt.Her} {rel.relw} {rel.full} is the designated HCP."),
("formal",
 "The grievance filed by {pt.full} on {date} has been resolved. A letter has been mailed to {pobox}."),
# --- chatty / slack
("chatty slack-markup",
 "lol ok so {pt.full} called me *again* :sweat_smile: {pt.she} wants to know if {pt.her} cat can come to the SNF"),
("chatty",
 "Thanks so much {sfirst}!! {pt.first} was so relieved when you called. {pt.Her} {relw} says thank you too 🙏"),
("chatty",
 "ok weird one — the member {pt.full} says {pt.she} was never admitted on {date} and wants the claim reversed?"),
("chatty slack-markup",
 "{uid} you were right, {pt.last} was at {snf} not Merrimack Manor. fixing the record now, mbr `{mbr}`"),
("chatty",
 "Happy Friday! Last thing before I log off — {pt.full}'s ride is confirmed for {sdate}, {time}."),
("chatty emoji",
 "yay {emoji} {pt.full} is finally going home. fingers crossed no bounce-back this time"),
("chatty",
 "honestly {pt.last} is the sweetest — {pt.she} asked about my kids again. anyway DC is {sdate}."),
("chatty lowercase",
 "ugh the fax for {pt.llast} went to the wrong number again. correct is {fax}"),
("slack-markup",
 "*Member:* {pt.full}\n*ID:* `{mbr}`\n*Ask:* confirm DC date\n*Owner:* {uid}"),
("slack-markup multiline",
 "> {pt.full} {mrn}\n> needs {dme} before DC\nDone, {vendor} delivering {sdate}."),
("slack-markup",
 "Email the member at <mailto:{email#e}|{email#e}> — the member asked for written confirmation."),
("slack-markup",
 "Call the SNF admissions line <tel:{fax#t}|{fax#t}> about {pt.last}'s bed."),
]

# ---------------------------------------------------------------- clean frames
CLEAN_FRAMES = [
# --- hard: staff / colleagues
("staff-name", "{docf} is covering for {doc} on the hospitalist service this weekend; route UM questions to {staff#a}."),
("staff-name", "Welcome {staff} to the NCHP liaison channel! {sfirst} will handle concurrent review for {unit} starting {mtg}."),
("staff-name calendar", "{staff} and I will be onsite at Riverbend on {mtg} from {time} to 3. Grab us if you need anything."),
("staff-name", "Shout-out to {staff} for turning around {n} SNF auths yesterday {emoji}"),
("staff-name", "Not {doc} from cardiology — it's {docf}, the new palliative attending. Easy to mix up."),
("staff-name", "{staff#a} is out until {mtg}. For anything urgent, page the CM on call or try {ext}."),
("staff-name slack-markup", "{uid} and {uid} — can one of you cover the {time} huddle? {staff} is stuck in a P2P."),
("staff-name", "Please welcome our new UM nurse, {staff}, who comes to us from the {bizcity} ED and speaks Spanish and Portuguese."),
("staff-name", "{doc} asked me to remind everyone that P2P requests go through the UM line, not the attending's cell."),
("staff-name lowercase", "is {lsfirst} working today? need a second reviewer on the ortho cases"),
# --- hard: executives / board
("exec-name", "{exect} wants the 30-day readmission numbers for {fy} by {due}."),
("exec-name calendar", "Reminder: {exec} is presenting the joint NCHP/Riverbend value-based contract at the board meeting on {mtg}."),
("exec-name", "FYI {exec} signed off on the new SNF waiver pilot. Go-live is {mtg}."),
("exec-name", "The {title} asked why avoidable days went up {pct} in {fy}. I'm pulling the data this week."),
("exec-name multiline", "Agenda for the JOC meeting ({mtg}, {time}):\n1. Readmissions – {exec}\n2. Denials trend – {staff}\n3. SNF network – {staff}"),
("exec-name", "{exec} will join the {time} call for the first 15 minutes only."),
("exec-name donor", "The Whitcomb Family Foundation grant covers the community health worker pilot through {fy}."),
# --- hard: vendors
("vendor", "{vrep} from {vendor} says the delivery backlog should clear by {due}."),
("vendor", "{vendor} rep {vrep} is on site {mtg} to demo the new referral portal in {croom}."),
("vendor po", "{vendor} invoice {invn} for {claimamt} is approved; {po} attached."),
("vendor", "We're switching DME vendors for the region from {vendor} to {vendor} effective {fy}."),
("vendor ticket", "{vendor} outage again — opened {ticket}. Use fax-back until it's restored."),
("vendor", "Contract renewal with {vendor} is due {due}; {staff} owns the redlines."),
# --- hard: facility addresses / business cities
("facility-address", "Our new care coordination office is at {faddr}. Parking is in the back lot."),
("facility-address", "Reminder: SNF packets go to the NCHP mailroom, {faddr}, not the old Canal St address."),
("facility-address zip-like", "The Riverbend Nashua campus (ZIP 03060) is now in-network for our Connector members."),
("facility-address", "Training will be held at {faddr}, conf rm 2B, on {mtg}."),
("facility-address", "Our {bizcity#a} site is closed {mtg} for the holiday; the {bizcity#a} team will cover from Chelmsford."),
("facility-address zip-like", "Network adequacy report flags ZIPs 01826 and 01844 as short on SNF beds. Sending to {exec}."),
("facility-address", "{snf} moved to 14 Industrial Way, Tewksbury. Update the SNF directory please."),
# --- hard: dates of meetings and deadlines
("calendar", "The UM/CM huddle moves to {time} starting {mtg}."),
("calendar", "Deadline for {fy} SNF auth audit samples is {due}."),
("calendar", "Can we push our {mtg} sync to the following week? Half the team is at the ACO summit."),
("calendar", "Zoom for the JOC: {zoom} (passcode in the invite). {mtg} at {time}."),
("calendar", "Policy effective date for the new obs criteria is 7/1/2025."),
("calendar multiline", "Upcoming:\n• {mtg} – InterQual refresher\n• {mtg} – audit prep\n• {mtg} – quarterly JOC"),
("calendar", "{mtg} at {time} works for me, sending the invite now."),
("calendar", "Reminder that timesheets are due {due} because of the holiday."),
# --- hard: money / counts / rooms / versions / policy / tickets
("money", "Avoidable days cost us roughly {bigmoney} last quarter across {big} members."),
("money", "SNF per diem under the new contract is {perdiem}; the old rate was {perdiem}."),
("ticket", "Portal is down again — {ticket}. IT says ETA {time}."),
("ticket", "Closed {ticket} and {ticket}; reopened {ticket} because the fax server is still dropping pages."),
("version", "The Epic upgrade ({ver}) goes live this weekend; the CM navigator layout changes."),
("version", "The referral app is on {ver}; please clear your cache if the auth tab is blank."),
("policy", "Per {pol}, concurrent review clinicals are due within one business day."),
("policy", "Updated {pol} is on the intranet: {intra}"),
("room", "The JOC is in {croom} today, not the usual spot."),
("room", "Anyone know if {room} on {unit} is the isolation room? Asking for the sitter schedule."),
("count", "We had {big} NCHP admissions last month, {n} of them readmits."),
("count", "Census: {n} NCHP members in house, {n} pending SNF, {n} observation."),
("group", "Employer {grp} (Merrimack Valley Transit) renewed with NCHP for another year."),
("group", "Group numbers starting with 7 are the self-funded employers; route those to the TPA."),
("npi", "The group NPI for Riverbend Hospitalists is {npi}; use it on the P2P form."),
("npi", "Rendering NPI {npi} is missing from the SNF claims for {fy}."),
("cpt", "Reminder: {cpt} requires PA for NCHP Commercial starting {fy}."),
("icd", "Is anyone else seeing denials for {icd} as the primary dx? Seems like a config issue."),
("cpt icd", "Coding question: {cpt} with {icd} — do we need a modifier for NCHP?"),
("hipaa", "Reminder: HIPAA minimum necessary applies in this channel — use member initials or the case number only."),
("hipaa", "Annual HIPAA training is due {due}. {n} people on our team still need to finish it."),
("ext", "The UM fax line is down; call the UM desk at {ext} instead."),
("ext", "New extension for the NCHP liaison desk: {ext}. The old one forwards until {mtg}."),
("age-aggregate", "We have {agg} on the high-risk list this month."),
("age-aggregate", "Readmission rate for {agg} is {pct}, double the overall rate."),
("mrn-topic", "Reminder: Riverbend MRNs are 8 digits now; the 7-digit ones are legacy."),
("mrn-topic", "Can the ADT feed send the MRN in a separate field? Right now it's concatenated with the encounter number."),
("ssn-topic", "Please don't ask members for their SSN over chat or text. Use the member ID instead."),
("ssn-topic", "SSN is no longer required on the SNF referral form as of {fy}."),
("last4", "Member verified with DOB and last 4 of SSN ({last4}) per policy."),
("auth-topic", "{big} prior auths pending, {n} over the 72-hour TAT. Case numbers are on the dashboard."),
("auth-topic", "Auth {auth} was a duplicate submission, I voided it. No action needed."),
("auth-topic", "Case {casen} is closed; the appeal was withdrawn."),
# --- hard: words that look like names
("word-names", "We hope to have the new SNF list out by {due}, in good faith to the network."),
("word-names", "Will someone page the on-call CM? The Rose conference room is double booked."),
("word-names", "Bill the observation hours separately and mark the claim for review."),
("word-names", "Chase the Grant Street clinic for the missing notes, then page me."),
("word-names", "Grant funding for the CHW program was renewed — fantastic news for {fy}."),
("word-names", "Have faith, the fax server will come back. Mark my words."),
("word-names", "Can you chase down the page numbers for the SNF contract? Will bill the hours to {po}."),
("word-names", "Hope Street entrance is closed for construction; use the Page Ave lot."),
("word-names", "I'll mark it complete once the vendor sends the bill."),
("word-names", "Please grant Rose Hall conference room access to the NCHP liaisons."),
]
CLEAN_FRAMES += [
# --- bot requests (clean)
("bot calendar", "@assistant move my 3pm with {staff} to Thursday at 10"),
("bot calendar", "hey bot, set up 30 min with {docf} and {staff} next week re: SNF denials"),
("bot", "@Pilot summarize the {chan} thread from this morning for {exec}"),
("bot", "@assistant remind me at {time} to send the census report"),
("bot calendar", "bot: decline the {mtg} JOC prep, I'm out"),
("bot", "@assistant can someone call back {vrep} at {vendor} about the invoice? they asked for {staff}"),
("bot", "@assistant draft a thank-you note to {staff} for covering the weekend"),
("bot lowercase", "@bot whats the ext for the UM desk"),
("bot", "@Pilot pull the denial counts by CPT for {fy} into a table"),
("bot calendar", "Assistant, find a slot on {mtg} for the vendor demo with {vendor}; 45 minutes, {croom}."),
("bot", "@assistant book {croom} for Friday 1–2 and invite {chan}"),
("bot", "hey bot what's on my calendar tmrw"),
("bot", "@assistant translate the SNF choice letter template into Spanish and Haitian Creole"),
("bot", "@assistant order lunch for the JOC ({n} people), charge to {po}"),
# --- easy / everyday clean
("general", "Thanks all, great huddle today."),
("general lowercase", "anyone else's Epic freezing?"),
("general", "Will do."),
("general", "Got it, thank you!"),
("general", "Is the InterQual subset for SNF updated for this year?"),
("general", "Does anyone have the latest SNF preferred network list? The one on SharePoint is from last year."),
("general", "Fax server is back up {emoji}"),
("general", "Out sick today, {sfirst} has my queue."),
("general lowercase typo", "sry running 5 min late to the huddle"),
("general", "Can we add a column for 'reason for delay' to the avoidable days tracker?"),
("general", "Reminder to log all member contacts in the CM platform, not just in chat."),
("general", "Who owns the NEMT escalations now that the vendor changed?"),
("general multiline", "Quick poll for the offsite:\n:one: Tuesday\n:two: Wednesday\n:three: Thursday"),
("general", "Coffee in the break room, someone brought donuts 🍩"),
("general", "Moving this conversation to a thread so we don't flood the channel."),
("general", "Please use the secure fax cover sheet template; the old one is missing the confidentiality notice."),
("general", "Is the observation-to-inpatient crosswalk documented anywhere?"),
("general lowercase", "ok, ty"),
("general", "The SNF auth turnaround is now 48 hours for standard and 24 for expedited."),
("general", "Heads up: the portal will be read-only during the upgrade window tonight."),
("general", "For future reference, DME orders need the face-to-face note attached or they'll pend."),
("general slack-markup", "*Reminder*: please react with :white_check_mark: once you've reviewed the new workflow doc."),
("general", "What's the turnaround on a retro-auth for observation stays?"),
("general", "We're piloting post-discharge pharmacist calls for CHF members in {fy}."),
("general typo", "Does annyone know if the SNF 3-day rule waiver applys to the MA plans?"),
("general", "Can I get access to {chan}? {sfirst} said to ask here."),
("general", "Lunch & learn on social determinants next week — bring questions."),
("general", "Our team is at {n} open referrals, which is the lowest since spring."),
("general", "I'll be working from the {bizcity} office on Wednesdays going forward."),
("general multiline", "Tips for clean SNF referrals:\n- attach PT/OT notes\n- include the code status\n- list the 3 preferred facilities\n- note any bariatric needs"),
("general", "Pls stop using reply-all on the census email 🙃"),
("general", "The transport vendor needs 24h notice for wheelchair vans, 48h for stretcher."),
("general", "No update yet from the state on the Medicaid redetermination backlog."),
("general", "Anyone have a template for the Important Message from Medicare delivery note?"),
("general", "Good catch on the duplicate referrals, thanks."),
("general", "FYI the hospital shuttle is not running this weekend."),
("general slack-markup", "Posting the new escalation path in the channel topic. `UM nurse → UM lead → medical director`"),
("general", "Could the unit CMs add the expected DC date to the whiteboard? It saves us a lot of calls."),
("general lowercase", "lol the printer on 5 north is possessed again"),
("general", "We got {n} compliments from members this month about the discharge calls."),
("general", "The SNF bed board refreshes every 2 hours; if it looks stale, hit refresh."),
("general multiline", "Coverage this week:\nMon/Tue – {sfirst}\nWed – {sfirst}\nThu/Fri – {sfirst}"),
("general", "Is there a reason the 834 file came in late today?"),
("general", "Friendly reminder that PTO requests for December are due soon."),
("general", "{emoji} thanks for the quick turnaround on the appeal packet"),
]

# ---------------------------------------------------------------- more frames
PHI_FRAMES += [
("url", "Member asked why {pt.her} portal link {purl} shows someone else's meds. Escalating to IT as a possible privacy incident."),
("url lowercase", "can u resend the visit link for {pt.lfirst}? {purl} expired"),
("url multiline", "Care plan links for today's calls:\n{pt.last} – {purl}\n{p2.last} – {purl}"),
("ssn", "Registration keyed the subscriber's SSN ({ssn}) into the member ID field for {pt.full}. Claims are rejecting."),
("ssn structured", "Member: {pt.inv}\nSSN: {ssn}\nMBI: {mbi}\nPlease merge the duplicate MPI records."),
("ssn lowercase", "ssn for {pt.llast} is {ssn} per the medicaid app, the one in epic is wrong"),
("ip", "The member portal flagged {pt.full}'s account: password reset from {ip}, then a login from {ip} ten minutes later."),
("ip", "Our EDI gateway at {ip} stopped receiving the ADT feed at {time}. {ticket} opened."),
("age", "{pt.hon} {pt.last} is {age}, not {agelow} — the DOB on the face sheet ({dob}) is wrong."),
("age", "Two members on the list, {pt.full} ({agelow}) and {p2.full} ({age}), both need home safety evals."),
("age multiline", "Pt: {pt.full}\nAge: {age}\nLives: {town}\nCaregiver: {rel.relw} ({rel.full})"),
("address", "{pt.full} moved in with {pt.her} {relw} at {addr}. Please update the home health referral."),
("address", "Mail keeps coming back for {pt.lastf}. The only address we have is {street} in {town}."),
("address lowercase", "member {pt.llast} lives in {town} now, zip {zip}, so {pt.she}'s out of the home health service area"),
("address", "Transport will pick up {pt.full} at {street} off Route 110 in {town} at {time}."),
("email business-contact", "Please send the clinicals for {pt.full} to {bemail} — the UM fax is down."),
("email", "{pt.first} asked that the TCM summary go to {pt.her} {relw} at {email} and to {pt.herself} at {email}."),
("mixed", "{doc} cleared {pt.full} for discharge; {exec} asked to be kept in the loop since {pt.she} is a VIP. Member {mbr}."),
("mixed calendar", "JOC on {mtg} at {time} — please bring the case for {pt.full} (admit {date}, DOB {dob}). {staff} will present."),
("mixed", "{staff} from {vendor} says the {dme} for {pt.last} ships {sdate} to {addr}; {po} covers it."),
("mixed", "Case {casen} / auth {auth}: {pt.full}, {agelow} y/o, DOS {date}. Group {grpv}, member {mbr}."),
("mixed", "{pt.full} ({mrn}) is the patient; the visitor asking about {pt.him} is {rel.full}. {doc} said fine to share."),
("death", "Sad news — {pt.full} died at home on {ldate}. {pt.Her} {rel.relw} {rel.first} called to cancel the DME pickup."),
("hospice", "{pt.full} elected hospice with {vendor} on {date}. Please stop concurrent review; member {mbi}."),
("typo", "Memebr {pt.last} has a apointment on {sdate} with {doc} but no ride, can SW hepl?"),
("evasion", "member # {mbr_obf} — {pt.llast} — DOB {dob}"),
("evasion", "SSN {ssn_obf} (the member read it out, I typed it as heard) for {pt.fmi}."),
]
CLEAN_FRAMES += [
("staff-name", "{staff} will be the NCHP liaison for {unit} while {sfirst} is on leave."),
("staff-name", "Thank you {docf} for joining the P2P on short notice."),
("staff-name calendar", "{doc} can do the JOC case review on {mtg} at {time}; {staff} to send the deck."),
("staff-name lowercase", "{lsfirst} ur a lifesaver, thx for catching the duplicate auths"),
("exec-name", "{exect} asked for a one-pager on SNF length of stay before the {mtg} leadership retreat."),
("exec-name money", "{exec} approved {bigmoney} for the transitional care nurse pilot in {fy}."),
("vendor", "{vendor} is moving their referral intake to a new portal on {mtg}."),
("vendor", "Met with {vrep} ({vendor}) — they can add Saturday deliveries for {bizcity} and {bizcity}."),
("facility-address", "Directions for the offsite: {faddr}, 3rd floor, check in with security."),
("facility-address", "Returned equipment goes to the {vendor} warehouse, 40 Technology Way, Nashua — not to the unit."),
("facility-address zip-like", "The Lawrence clinic (01840) and the Methuen clinic (01844) are merging in {fy}."),
("calendar", "Office closed {mtg}. Coverage plan is posted in {chan}."),
("calendar", "Readmission committee moved from {mtg} to {mtg}, same time."),
("money", "Average SNF claim for {fy} was {claimamt}; outliers above {bigmoney} are in the deck."),
("money count", "Denials overturned on appeal: {n} of {big}, roughly {bigmoney} recovered."),
("ticket", "Can someone from IT look at {ticket}? The CM worklist hasn't refreshed since {time}."),
("version", "Reminder that the mobile app {ver} fixes the login loop. Please update."),
("npi", "Type 2 NPI for {snf} is {npi}; the one on the contract is old."),
("icd", "Top discharge diagnoses this month: {icd}, {icd}, {icd}."),
("cpt", "{cpt} and {cpt} were added to the PA list effective {fy}."),
("hipaa", "Per HIPAA, do not forward member lists to personal email. Use the secure share."),
("age-aggregate", "{agg}: readmissions down {pct} since the home visit program started."),
("mrn-topic", "The MRN field on the SNF referral form is required now — referrals without it will bounce."),
("ssn-topic", "Why does the state Medicaid portal still ask for the SSN? We have the Medicaid ID."),
("group", "Please route anything under {grp} to the self-funded team, it's an ASO employer."),
("word-names", "Mark the referral urgent and page the on-call. Will follow up after rounds."),
("word-names", "Let's grant the extension and hope the clinicals come in by {due}."),
("general", "Did the census report go out this morning? I don't see it in {chan}."),
("general multiline", "Checklist before SNF auth submission:\n1. PT/OT eval\n2. PASRR\n3. code status\n4. 3-day stay (if applicable)"),
("general", "New hires: shadowing schedule is pinned in {chan}."),
("bot", "@assistant summarize unread messages in {chan} since {time}"),
("bot calendar", "@assistant cancel my {time} and tell {staff} I'll call {sfirst} tomorrow instead"),
]

# ---------------------------------------------------------------- engine
PERSON_KEYS = {"pt", "p2", "p3", "p4", "p5", "p6", "rel", "rel2"}
CHOICE_RE = re.compile(r"\(\(([^()]*)\)\)")
PH_RE = re.compile(r"\{([a-z0-9_]+)(?:\.([A-Za-z0-9]+))?(?:#(\w+))?\}")
EMOJI_RE = re.compile(r":[a-z_]+:|[\U0001F300-\U0001FAFF\u2600-\u27BF]")

def render(template, r):
    t = CHOICE_RE.sub(lambda m: r.choice(m.group(1).split("|")), template)
    people, cache, extra = {}, {}, []
    del LAST_TOWN[:]
    out, spans, pos = [], [], 0
    for m in PH_RE.finditer(t):
        out.append(t[pos:m.start()])
        key, attr, tag = m.group(1), m.group(2), m.group(3)
        if key in PERSON_KEYS:
            if key not in people:
                people[key] = Person(r, rel_of=people.get("pt") if key.startswith("rel") else None)
            val, typ = people[key].attr(attr)
        elif key in PHI_GEN:
            typ, fn = PHI_GEN[key]
            ck = key + "#" + tag if tag else None
            if ck and ck in cache:
                val = cache[ck]
            else:
                res = fn(r)
                if isinstance(res, tuple):
                    val, more = res
                    extra.extend(more)
                else:
                    val = res
                if ck:
                    cache[ck] = val
        elif key in NON_GEN:
            ck = key + "#" + tag if tag else None
            if ck and ck in cache:
                val = cache[ck]
            else:
                val = NON_GEN[key](r)
                if ck:
                    cache[ck] = val
            typ = None
        else:
            raise KeyError("unknown placeholder %r in %r" % (key, template))
        start = sum(len(x) for x in out)
        out.append(val)
        if typ:
            spans.append((start, val, typ))
        pos = m.end()
    out.append(t[pos:])
    text = "".join(out)
    names = [p.first + " " + p.last for p in people.values()]
    if len(set(names)) != len(names) or len(set(p.last for k, p in people.items() if not k.startswith("rel"))) != \
            len([k for k in people if not k.startswith("rel")]):
        raise Redraw("duplicate person")
    return text, spans, extra

def verify(text, spans):
    """Re-check with the checker's left-to-right search that each value lands where intended,
    and that no PHI value also occurs unlabelled elsewhere in the message."""
    b = text.encode("utf-8")
    pos = 0
    ranges = []
    for start, val, typ in spans:
        if not val or val != val.strip():
            raise Redraw("bad value")
        v = val.encode("utf-8")
        want = len(text[:start].encode("utf-8"))
        got = b.find(v, pos)
        if got != want:
            raise Redraw("left-to-right mismatch for %r" % val)
        pos = want + len(v)
        ranges.append((start, start + len(val)))
    for start, val, typ in spans:
        for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= z for a, z in ranges):
                raise Redraw("unlabelled repeat of %r" % val)

SUSPECT = [re.compile(r"\d{3}[-. )]+\d{3}[-. ]\d{4}"), re.compile(r"[\w.]+@[\w-]+\.[a-z]{2,}"),
           re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"), re.compile(r"\b\d{3}-\d{2}-\d{4}\b")]

def auto_tags(text, spans, frame_tags, extra):
    tags = []
    for t in frame_tags.split() + extra:
        if t not in tags:
            tags.append(t)
    types = {s[2] for s in spans}
    for typ, tg in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
        if typ in types and tg not in tags:
            tags.append(tg)
    if "\n" in text and "multiline" not in tags:
        tags.append("multiline")
    if re.search(r"<@U|<mailto:|<tel:|<https?:|\*[^*\n]+\*|`", text) and "slack-markup" not in tags:
        tags.append("slack-markup")
    if EMOJI_RE.search(text) and "emoji" not in tags:
        tags.append("emoji")
    return (["phi"] if spans else ["clean"]) + tags

def make(frame, kind, r, seen):
    tags, template = frame
    last = None
    for attempt in range(300):
        try:
            text, spans, extra = render(template, r)
            if kind == "phi":
                if not spans:
                    raise Redraw("no spans")
                verify(text, spans)
            else:
                if spans:
                    raise RuntimeError("clean frame produced spans: %r" % template)
                for rx in SUSPECT:
                    if rx.search(text):
                        raise RuntimeError("clean frame looks like PHI: %r" % text)
            if PH_RE.search(text):
                raise RuntimeError("unrendered placeholder in %r" % text)
            if text in seen:
                raise Redraw("duplicate text")
            seen.add(text)
            return text, spans, auto_tags(text, spans, tags, extra)
        except Redraw as e:
            last = e
    raise RuntimeError("could not render %r: %s" % (template, last))

def plan(frames, total, r):
    static = [f for f in frames if not PH_RE.search(f[1]) and not CHOICE_RE.search(f[1])]
    varf = [f for f in frames if f not in static]
    picks = list(frames)
    if len(picks) > total:
        raise RuntimeError("more frames than messages")
    while len(picks) < total:
        pool = list(varf)
        r.shuffle(pool)
        picks.extend(pool[:total - len(picks)])
    return picks

def main():
    assert len(set(t for _, t in PHI_FRAMES)) == len(PHI_FRAMES), "duplicate PHI frame"
    assert len(set(t for _, t in CLEAN_FRAMES)) == len(CLEAN_FRAMES), "duplicate clean frame"
    items = [("phi", f) for f in plan(PHI_FRAMES, N_PHI, R)] + [("clean", f) for f in plan(CLEAN_FRAMES, N_CLEAN, R)]
    R.shuffle(items)
    seen = set()
    rows = []
    for i, (kind, frame) in enumerate(items, 1):
        text, spans, tags = make(frame, kind, R, seen)
        rows.append({"id": "iq-%04d" % i, "text": text,
                     "spans": [{"type": t, "value": v} for _, v, t in spans], "tags": tags})
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    nphi = sum(1 for x in rows if x["spans"])
    print("wrote %d messages (%d PHI, %d clean), %d frames (%d PHI, %d clean) -> %s" % (
        len(rows), nphi, len(rows) - nphi, len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES), len(CLEAN_FRAMES), OUT))

if __name__ == "__main__":
    main()
