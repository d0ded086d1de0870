#!/usr/bin/env python3
"""gen_ie.py - PHI-labelled chat corpus generator (prefix "ie").

Persona: the executive assistant to the CEO of a (fictional) health system,
Northshore Meridian Health.  Messages are the Slack / Teams chatter and
delegation-bot requests of that world: board and committee logistics, donors,
VIP and board-member admissions, executives' family members who become
patients, travel, expense reports, press, legal and compliance calls.

Standard library only, fixed seed.  Writes generated_ie.jsonl next to this
script in the raw format of check_phi_corpus.py:
  {"id": "ie-0001", "text": "...", "spans": [{"type": ..., "value": ...}], "tags": [...]}

Template mini-language used by the frames below
  {P1.full}    person entity + attribute.  Entity letters:
                 P patient / VIP (NAME)      R relative, visitor, POA (NAME)
                 K known board member or donor who is the patient (NAME)
                 X executive who is the patient (NAME)
                 S staff / clinician   E executive   B board member
                 D donor               V vendor / outside business contact
               (S, E, B, D, V never carry a NAME span)
  {P1=f}       gender constraint for an entity, renders nothing
  {A1.line}    patient address entity (ADDRESS)
  {mrn}        value generator; {mrn#1} reuses one value in the message,
               {mrn:ev} forces an obfuscated form (also :sp :fw :zw :nb :spell :mix)
  [[a|b|c]]    literal alternatives (never PHI)
Each rendered message is re-checked: every span value must be found by a
left-to-right search exactly where it was inserted, otherwise it is redrawn.
"""
import json
import os
import random
import re
import unicodedata

SEED = 4417
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_ie.jsonl")
N_PHI, N_CLEAN = 385, 315
N_CLEAN_HARD = 158
MAX_USES = 3

# --------------------------------------------------------------------------
# Names (written for this corpus)
# --------------------------------------------------------------------------
ORIGINS = {
    "hispanic": (
        ["Alejandro", "Jorge", "Luis", "Mateo", "Joaquín", "Rafael", "Héctor", "Santiago", "Ernesto", "Guillermo"],
        ["María", "Lucía", "Guadalupe", "Ximena", "Yesenia", "Marisol", "Rosario", "Maricruz", "Inés", "Paloma"],
        ["Hernández", "Gutiérrez", "Ramírez", "de la Cruz", "Morales", "Villanueva", "Castillo", "Ochoa",
         "Delgado", "Quintero", "Núñez", "Del Valle", "Sepúlveda", "Arroyo"]),
    "african_american": (
        ["DeShawn", "Marcus", "Terrence", "Jamal", "Darnell", "Andre", "Reginald", "Tyrone", "Cedric", "Lamar"],
        ["Latoya", "Keisha", "Imani", "Shanice", "Ebony", "Tamika", "Aaliyah", "Jasmine", "Bernice", "Odessa"],
        ["Washington", "Jefferson", "Banks", "Freeman", "Whitfield", "Robinson", "Gaines", "Battle",
         "Holloway", "McCray", "Pettaway", "Booker"]),
    "west_african": (
        ["Chukwuemeka", "Kwame", "Oluwaseun", "Kofi", "Babajide", "Ibrahima", "Yaw", "Mamadou"],
        ["Adaeze", "Ngozi", "Abena", "Folake", "Aminata", "Yewande", "Chiamaka", "Efua"],
        ["Okonkwo", "Adeyemi", "Mensah", "Owusu", "Diallo", "Balogun", "Nwosu", "Asante", "Ogunleye",
         "Eze", "Traoré", "Boateng"]),
    "east_african": (
        ["Tesfaye", "Abdirahman", "Mulugeta", "Juma", "Kiprono", "Dawit", "Yonas", "Baraka"],
        ["Wanjiru", "Selam", "Hodan", "Amina", "Makena", "Tigist", "Fartun", "Nyokabi"],
        ["Haile", "Mohamed", "Gebremariam", "Kiptoo", "Odhiambo", "Abdi", "Mwangi", "Tadesse", "Warsame",
         "Otieno"]),
    "south_asian": (
        ["Arjun", "Rohan", "Venkatesh", "Imran", "Sanjay", "Harpreet", "Pranav", "Rajesh", "Tanvir"],
        ["Priya", "Lakshmi", "Ananya", "Farzana", "Deepika", "Meenakshi", "Nandini", "Gurleen", "Shabnam"],
        ["Patel", "Raghunathan", "Iyer", "Chowdhury", "Sandhu", "Bhattacharya", "Reddy", "Malhotra",
         "Siddiqui", "Venkataraman", "Gill", "Khan"]),
    "east_asian": (
        ["Wei", "Hiroshi", "Min-jun", "Jian", "Takeshi", "Dong-hyun", "Kenji", "Hao"],
        ["Mei", "Yuki", "Seo-yeon", "Xiaoling", "Haruka", "Ji-woo", "Sakura", "Yun"],
        ["Zhang", "Nakamura", "Park", "Liu", "Yamamoto", "Choi", "Huang", "Takahashi", "Chen", "Watanabe",
         "Lim", "Song"]),
    "southeast_asian": (
        ["Minh", "Thanh", "Somchai", "Rizal", "Jose Mari", "Bayani", "Quang", "Sokha"],
        ["Linh", "Thuy", "Siriporn", "Maricel", "Rowena", "Analyn", "Dara", "Ngoc"],
        ["Nguyen", "Tran", "Pham", "Santos", "Reyes", "Bautista", "Chaiyasit", "Phan", "Dela Rosa", "Sok",
         "Vo", "Macaraeg"]),
    "middle_eastern": (
        ["Omar", "Youssef", "Karim", "Tariq", "Hamid", "Farid", "Bilal", "Nabil"],
        ["Layla", "Noor", "Yasmin", "Rania", "Samira", "Dalia", "Maryam", "Leila"],
        ["Haddad", "Al-Mansour", "Khoury", "Nasser", "Farouk", "Abu-Saleh", "Rahimi", "Karimi", "El-Amin",
         "Saleh", "Darwish", "Tehrani"]),
    "eastern_european": (
        ["Dmitri", "Piotr", "Volodymyr", "Bogdan", "Andrzej", "Sergei", "Miroslav", "Radek"],
        ["Oksana", "Katarzyna", "Svetlana", "Irina", "Agnieszka", "Milena", "Ludmila", "Zofia"],
        ["Kowalczyk", "Petrov", "Shevchenko", "Novák", "Wiśniewski", "Kovalenko", "Nowak", "Popescu",
         "Horvat", "Zieliński", "Dragomir", "Babić"]),
    "irish": (
        ["Seamus", "Declan", "Pádraig", "Cormac", "Liam", "Brendan", "Eamon", "Fergus"],
        ["Siobhan", "Niamh", "Aoife", "Maeve", "Bridget", "Róisín", "Colleen", "Nora"],
        ["O'Neill", "McCarthy", "Fitzgerald", "Gallagher", "O'Sullivan", "Donnelly", "MacNamara", "Keane",
         "Brennan", "Ó Briain", "Flaherty", "Mulcahy"]),
    "italian": (
        ["Giuseppe", "Salvatore", "Enzo", "Vincenzo", "Carmine", "Luca", "Domenic", "Angelo"],
        ["Giovanna", "Francesca", "Concetta", "Rosaria", "Chiara", "Antonella", "Philomena", "Carmela"],
        ["Russo", "Esposito", "DiMaggio", "Lombardi", "Ferraro", "De Luca", "Costanzo", "Bianchi",
         "LoPresti", "Caruso", "D'Amato", "Santangelo"]),
    "native_american": (
        ["Chayton", "Ahanu", "Dale", "Roderick", "Wilson", "Delbert", "Hoskie", "Vernon"],
        ["Winona", "Tallulah", "Nizhoni", "Shandiin", "Raven", "Loretta", "Marlene", "Cheyenne"],
        ["Begay", "Yazzie", "Tsinajinnie", "Benally", "Whitehorse", "Harjo", "Sixkiller", "Lone Eagle",
         "Running Bear", "Peaches", "Tohee", "Deschenie"]),
    "pacific_islander": (
        ["Keoni", "Sione", "Tevita", "Kaimana", "Mose", "Ioane", "Kalani", "Manu"],
        ["Leilani", "Malia", "Mele", "Kalena", "Lupe", "Noelani", "Losa", "Ana"],
        ["Kealoha", "Tuiasosopo", "Fonoti", "Kahananui", "Taufa", "Faleolo", "Mahoe", "Vaifale", "Aumua",
         "Leota", "Palelei", "Kamakau"]),
    "anglo_other": (
        ["William", "Robert", "Theodore", "Bartholomew", "Walter", "Gordon", "Elliot", "Avi"],
        ["Margaret", "Elizabeth", "Dorothy", "Eleanor", "Harriet", "Judith", "Gwendolyn", "Miriam"],
        ["Van Dyke", "Van der Berg", "Whitaker", "Pemberton", "Ashworth", "Goldberg", "Rosenthal",
         "Stanhope", "Lindqvist", "Bergström", "Van Buren", "Dunleavy"]),
    "caribbean": (
        ["Jean-Claude", "Wesner", "Rolando", "Desmond", "Fritz", "Ricardo"],
        ["Fabienne", "Rose-Marie", "Marie-Ange", "Yolette", "Nadège", "Marlene"],
        ["Jean-Baptiste", "Pierre-Louis", "Toussaint", "Dorvil", "St. Fleur", "Augustin", "Théodore",
         "Bellegarde"]),
}
NICK = {
    "Alejandro": "Alex", "Guadalupe": "Lupita", "Rosario": "Charo", "Reginald": "Reggie", "Terrence": "Terry",
    "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Babajide": "Jide", "Venkatesh": "Venky",
    "Meenakshi": "Meena", "Dmitri": "Dima", "Katarzyna": "Kasia", "Svetlana": "Sveta", "Volodymyr": "Vova",
    "Pádraig": "Paddy", "Giuseppe": "Joe", "Salvatore": "Sal", "Concetta": "Connie", "Philomena": "Minnie",
    "Vincenzo": "Vinnie", "Francesca": "Frankie", "William": "Billy", "Robert": "Bobby", "Theodore": "Teddy",
    "Bartholomew": "Bart", "Margaret": "Peggy", "Elizabeth": "Betsy", "Dorothy": "Dot", "Harriet": "Hattie",
    "Gwendolyn": "Gwen", "Jose Mari": "Joma", "Jean-Claude": "JC", "Marie-Ange": "Mimi", "Kaimana": "Kai",
    "Tallulah": "Lulu", "Roderick": "Rod", "Delbert": "Del", "Domenic": "Dom", "Carmela": "Millie",
    "Leilani": "Lani", "Fabienne": "Fabi", "Seo-yeon": "Sunny", "Mulugeta": "Mulu", "Wanjiru": "Wanji",
    "Kiprono": "Kip", "Chiamaka": "Amaka", "Yewande": "Wande", "Folake": "Fola", "Ernesto": "Neto",
    "Guillermo": "Memo", "Abdirahman": "Abdi", "Rajesh": "Raj", "Bogdan": "Bodya", "Antonella": "Nella",
    "Ludmila": "Mila", "Cormac": "Mac", "Eleanor": "Nell", "Rafael": "Rafa", "Maricruz": "Cruz",
}
LETTERS = "ABCDEFGHJKLMNPRSTW"

# fixed cast: (first, last, gender, nickname)
CEO = ("Catherine", "Oyelaran-Walsh", "f", "Cathy")
EXECS = [("Martin", "Szabo", "m", None), ("Priya", "Natarajan", "f", None), ("Leonard", "Baptiste", "m", "Len"),
         ("Teresa", "Quinlan", "f", "Terry"), ("Howard", "Feinstein", "m", None),
         ("Angela", "Moreno-Price", "f", None), ("Derek", "Yamaguchi", "m", None),
         ("Lorraine", "Castellanos", "f", None), ("Ben", "Adeyemi", "m", None), ("Marisol", "Etienne", "f", None),
         ("Kwabena", "Asare", "m", "Kobby")]
BOARD = [("Frances", "Whitmore", "f", "Fran"), ("Gerald", "Van Dyke", "m", "Gerry"), ("Sunita", "Rao", "f", None),
         ("Patrick", "O'Neill", "m", "Pat"), ("Dolores", "Fuentes", "f", "Lola"), ("Harold", "Kim", "m", "Hal"),
         ("Calvin", "Merriweather", "m", None), ("Ingrid", "Solberg", "f", None), ("Tomasz", "Wójcik", "m", "Tom"),
         ("Aroha", "Ngata", "f", None), ("Lucas", "de la Fuente", "m", None), ("Nadia", "Haddad-Rahman", "f", None),
         ("Joseph", "Tsosie", "m", "Joe")]
DONORS = [("Marguerite", "Hollis", "f", "Peg"), ("Wendell", "Pryce", "m", None), ("Vikram", "Deshpande", "m", None),
          ("Anjali", "Deshpande", "f", None), ("Eleanor", "Abernathy", "f", "Nell"),
          ("Josephine", "Nakamura-Bell", "f", "Jo"), ("Salvatore", "Buonocore", "m", "Sal"),
          ("Ruth", "Kaplan-Stein", "f", None), ("Kenji", "Morita", "m", None), ("Adebayo", "Ogunbiyi", "m", "Bayo"),
          ("Carmen", "Villalobos", "f", None), ("Declan", "Fitzpatrick", "m", None)]
ORG_DOMAIN = "nsmeridianhealth.org"
BIZ_DOMAINS = ["whitmorecap.com", "raoventures.com", "oneill-law.com", "kimfamilyoffice.com", "solbergpartners.com",
               "hollisfoundation.org", "pryceholdings.com", "merrimackholdings.com", "granitebaycapital.com"]
VENDOR_DOMAINS = ["northpointadvisors.com", "baysidegroup.com", "summitpartners-llc.com", "harborviewconsulting.com",
                  "ek-associates.com", "mvpartners.net"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "icloud.com", "outlook.com",
                    "aol.com", "hotmail.com", "me.com", "protonmail.com"]

TOWNS = [("Dracut", "01826"), ("Methuen", "01844"), ("Haverhill", "01830"), ("Lawrence", "01841"),
         ("Tewksbury", "01876"), ("Chelmsford", "01824"), ("Billerica", "01821"), ("Amesbury", "01913"),
         ("Newburyport", "01950"), ("North Andover", "01845"), ("Peabody", "01960"), ("Lynn", "01902"),
         ("Revere", "02151"), ("Malden", "02148"), ("Everett", "02149"), ("Westford", "01886"),
         ("Georgetown", "01833"), ("Groveland", "01834"), ("Salisbury", "01952"), ("Wilmington", "01887")]
OOS = [("Naples", "FL", "34102"), ("Scarsdale", "NY", "10583"), ("Nashua", "NH", "03060"),
       ("Windham", "NH", "03087"), ("Providence", "RI", "02906"), ("Kennebunkport", "ME", "04046"),
       ("Delray Beach", "FL", "33483"), ("Sedona", "AZ", "86336")]
STREETS = ["Birchwood Ln", "Pleasant St", "Lakeview Ave", "Chestnut St", "Riverside Dr", "Hillcrest Rd",
           "Juniper Way", "Sycamore Ct", "Prospect Hill Rd", "Forest St", "Bradford Ave", "Marsh Hill Rd",
           "Colonial Dr", "Water St", "Orchard Ln", "Summer St", "Tarbox Rd", "Hampshire St", "Pine Ridge Rd",
           "Old County Rd", "Whittier St", "Brookside Ter", "Cedar Crest Cir", "Mill Pond Rd", "Spring St",
           "Gulf Shore Blvd N", "Lantern Ln", "Powder House Rd"]
LONG_SUFFIX = {"Ln": "Lane", "St": "Street", "Ave": "Avenue", "Dr": "Drive", "Rd": "Road", "Ct": "Court",
               "Ter": "Terrace", "Cir": "Circle", "Way": "Way", "Blvd N": "Blvd N"}

FACADDR = ["1200 Harbor Point Blvd, Lowell, MA 01852", "300 Minuteman Rd, Andover, MA 01810",
           "55 Highland Ave, Salem, MA 01970", "140 Lincoln Ave, Haverhill, MA 01830",
           "9 Meridian Way, Suite 400, Burlington, MA 01803", "25 Pleasant Valley St, Methuen, MA 01844",
           "1200 Harbor Point Blvd, 5th floor, Lowell MA 01852"]
FACILITY = ["Meridian Main", "the Andover outpatient center", "our Salem site", "Haverhill Family Medicine",
            "the Lowell tower", "Hope Pavilion", "the Burlington admin building"]
VENDORS = ["Press Ganey", "Epic", "Deloitte", "Korn Ferry", "Vizient", "Huron", "Suffolk Construction", "Diligent",
           "Premier", "Sodexo", "Kaufman Hall", "Stryker", "Concur", "Ropes & Gray", "KPMG"]

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
MON = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MON3 = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONDOT = ["", "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def ordinal(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def mdays(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def fmt_date(r, y, m, d, with_year):
    if with_year:
        f = r.choice([
            lambda: "%d/%d/%d" % (m, d, y), lambda: "%02d/%02d/%d" % (m, d, y), lambda: "%d-%02d-%02d" % (y, m, d),
            lambda: "%s %d, %d" % (MON[m], d, y), lambda: "%02d-%s-%d" % (d, MON3[m], y),
            lambda: "%d/%d/%02d" % (m, d, y % 100), lambda: "%02d%02d%d" % (m, d, y),
            lambda: "%d %s %d" % (d, MON[m], y), lambda: "%s %d, %d" % (MONDOT[m], d, y),
            lambda: "%d-%d-%d" % (m, d, y), lambda: "%d.%d.%d" % (m, d, y), lambda: "%s %s %d" % (MON3[m], ordinal(d), y),
        ])
    else:
        f = r.choice([
            lambda: "%d/%d" % (m, d), lambda: "%s %d" % (MON3[m], d), lambda: "%s %s" % (MON3[m], ordinal(d)),
            lambda: "%s %d" % (MON[m], d), lambda: "%s %s" % (MON[m], ordinal(d)), lambda: "%d %s" % (d, MON3[m]),
            lambda: "%02d/%02d" % (m, d), lambda: "%s %d" % (MONDOT[m], d),
        ])
    return f()


def spell_number(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen"][n - 10]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    rest = n - 100
    return "a hundred" + (" and " + spell_number(rest) if rest else "")


def luhn_complete(prefix_digits, length):
    body = [int(c) for c in prefix_digits]
    while len(body) < length - 1:
        body.append(random_luhn.randint(0, 9))
    total = 0
    for i, dgt in enumerate(reversed(body)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


random_luhn = random.Random(SEED + 1)

# ------------------------------ obfuscation --------------------------------
FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def obfuscate(r, v, method=None):
    method = method or r.choice(["sp", "fw", "zw", "nb", "mix", "spell"])
    if method == "sp":
        core = "".join(c for c in v if c.isalnum())
        return " ".join(core), ["evasion"]
    if method == "fw":
        return "".join(FW.get(c, c) for c in v), ["evasion", "fullwidth"]
    if method == "zw":
        pos = sorted(r.sample(range(1, len(v)), min(2, len(v) - 1)))
        out, last = [], 0
        for p in pos:
            out.append(v[last:p]); out.append("\u200b"); last = p
        out.append(v[last:])
        return "".join(out), ["evasion", "zero-width"]
    if method == "nb":
        if re.search(r"[ -]", v):
            return re.sub(r"[ -]", "\u00a0", v), ["evasion"]
        mid = len(v) // 2
        return v[:mid] + "\u00a0" + v[mid:], ["evasion"]
    if method == "mix":
        seps = [".", "-", " ", "/"]
        if re.search(r"[ .\-]", v):
            return re.sub(r"[ .\-]", lambda m: r.choice(seps), v), ["evasion"]
        mid = len(v) // 2
        return v[:3] + "." + v[3:mid + 1] + "-" + v[mid + 1:], ["evasion"]
    if method == "spell":
        groups = [g for g in re.split(r"[^0-9A-Za-z]+", v) if g]
        words = []
        for g in groups:
            words.append(" ".join(DIG[int(c)] if c.isdigit() else c.upper() for c in g))
        return ", ".join(words), ["evasion"]
    raise ValueError(method)


# ------------------------------ value generators ---------------------------
AREAS = ["978", "617", "781", "508", "603", "339", "351", "857", "401", "207", "212", "239", "561", "774"]


def g_phone(r):
    a = r.choice(AREAS)
    if r.random() < 0.25:
        ex, ln = "555", "01" + digits(r, 2)
    else:
        ex = str(r.randint(201, 989))
        while ex[1:] == "11":
            ex = str(r.randint(201, 989))
        ln = digits(r, 4)
    v = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s-%s-%s", "+1 (%s) %s-%s",
                  "%s%s%s", "1-%s-%s-%s", "%s-%s-%s", "(%s) %s-%s", "+1%s%s%s"]) % (a, ex, ln)
    if r.random() < 0.1:
        v += r.choice([" ext. %d", " x%d", " ext %d", " x %d"]) % r.randint(2, 899)
    return v


def g_phone_spell(r):
    v = "%s-%d-%s" % (r.choice(AREAS), r.randint(201, 989), digits(r, 4))
    return obfuscate(r, v, "spell")


def g_email(r, first=None, last=None, personal=True):
    if first is None:
        o = r.choice(list(ORIGINS.values()))
        first = r.choice(o[0] + o[1])
        last = r.choice(o[2])
    f = re.sub(r"[^a-z]", "", fold(first).lower())
    l = re.sub(r"[^a-z]", "", fold(last).lower())
    if personal:
        dom = r.choice(PERSONAL_DOMAINS)
        user = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l, r.randint(1, 99)),
                         "%s_%s" % (f, l), "%s.%s%d" % (l, f[0], r.randint(50, 99)), "%s%s" % (f, l[:4])])
    else:
        dom = r.choice(BIZ_DOMAINS)
        user = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s" % f])
    return "%s@%s" % (user, dom)


def obf_email(r, e):
    user, dom = e.split("@")
    name, tld = dom.rsplit(".", 1)
    style = r.choice([0, 1, 2])
    if style == 0:
        return "%s [at] %s [dot] %s" % (user, name, tld), ["evasion"]
    if style == 1:
        return "%s at %s dot %s" % (user.replace(".", " dot "), name, tld), ["evasion"]
    return "%s(at)%s(dot)%s" % (user, name, tld), ["evasion"]


def g_ssn(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    v = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
    k = r.random()
    if k < 0.65:
        return v
    if k < 0.8:
        return v.replace("-", " ")
    if k < 0.92:
        return v.replace("-", ""), ["evasion"]
    return obfuscate(r, v, "mix")


def g_mrn(r):
    k = r.random()
    if k < 0.45:
        return str(r.randint(1000000, 9999999))
    if k < 0.65:
        return "%08d" % r.randint(100000, 9999999)
    if k < 0.8:
        return "E" + str(r.randint(1000000, 9999999))
    if k < 0.9:
        return str(r.randint(100000000, 999999999))
    return "%d-%03d-%03d" % (r.randint(10, 99), r.randint(0, 999), r.randint(0, 999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def g_mbi(r):
    an = MBI_L + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(MBI_L) + r.choice(an) + str(r.randint(0, 9)) + r.choice(MBI_L) +
         r.choice(an) + str(r.randint(0, 9)) + r.choice(MBI_L) + r.choice(MBI_L) + digits(r, 2))
    return s if r.random() < 0.5 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def g_hpid(r):
    k = r.randint(0, 6)
    if k == 0:
        return "".join(r.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3)) + digits(r, 9)
    if k == 1:
        return "W" + digits(r, 9)
    if k == 2:
        return digits(r, 9) + "01"
    if k == 3:
        return g_mbi(r)
    if k == 4:
        return "1000" + digits(r, 8)
    if k == 5:
        return "ZGP" + digits(r, 6) + "-0" + str(r.randint(1, 4))
    return "%s %s %s" % ("".join(r.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3)), digits(r, 4), digits(r, 5))


def g_medicaid(r):
    return "1000" + digits(r, 8) if r.random() < 0.7 else "MA" + digits(r, 10)


def g_har(r):
    return r.choice([lambda: "3000" + digits(r, 6), lambda: "40" + digits(r, 9), lambda: digits(r, 10),
                     lambda: "HB" + digits(r, 8), lambda: "5100-%s-%s" % (digits(r, 3), digits(r, 4))])()


def g_guar(r):
    return r.choice([lambda: "G" + digits(r, 7), lambda: "8" + digits(r, 8), lambda: "GA-" + digits(r, 6)])()


def g_acct(r):
    return r.choice([lambda: digits(r, 10), lambda: "00" + digits(r, 10), lambda: "%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 4)),
                     lambda: digits(r, 12)])()


def g_dl(r):
    return r.choice([lambda: "S" + digits(r, 8), lambda: "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)),
                     lambda: "%s%s" % (r.choice("ABCDEFGHKLMNPRSTWY"), digits(r, 12)),
                     lambda: "NHL" + digits(r, 8), lambda: "SA" + digits(r, 7), lambda: digits(r, 2) + "ABC" + digits(r, 5)])()


def g_dea(r):
    a = r.choice("ABFGM")
    b = r.choice("ABCDEFGHJKLMNPRSTWY")
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(chk)


def g_lic(r):
    return r.choice([lambda: str(r.randint(200000, 289999)), lambda: "RN" + digits(r, 7),
                     lambda: "NP" + digits(r, 6), lambda: "MD-" + digits(r, 6), lambda: "225." + digits(r, 6),
                     lambda: "PA " + digits(r, 5)])()


def g_plate(r):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice([lambda: str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + digits(r, 2),
                     lambda: "%d%s %s" % (r.randint(1, 9), "".join(r.choice(L) for _ in range(2)), digits(r, 3)),
                     lambda: "%s-%s" % ("".join(r.choice(L) for _ in range(3)), digits(r, 4)),
                     lambda: digits(r, 3) + " " + "".join(r.choice(L) for _ in range(3)),
                     lambda: r.choice(["DOCMOM", "GRAMS1", "NANA23", "SAILAWY", "GOSOX7"])])()


def g_vin(r):
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1HG", "5YJ", "WBA", "JTD", "1FT", "2T1", "YV4", "KNA"]) + "".join(r.choice(ch) for _ in range(14))


def g_serial(r):
    U = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice([lambda: r.choice(["PJN", "RNF", "BLR", "NWR"]) + digits(r, 6) + r.choice("HSG"),
                     lambda: "NG" + digits(r, 7) + "H", lambda: "".join(r.choice(U + "0123456789") for _ in range(10)),
                     lambda: digits(r, 4) + "H" + digits(r, 4), lambda: "SN-" + digits(r, 8),
                     lambda: "8" + "".join(r.choice(U) for _ in range(2)) + digits(r, 3)])()


def g_udi(r):
    return "(01)00%s(17)%02d%02d%02d(21)%s" % (digits(r, 12), r.randint(26, 31), r.randint(1, 12), r.randint(1, 28),
                                             r.choice(["PJN", "RNF"]) + digits(r, 6) + "H")


def g_ip(r):
    return r.choice([lambda: "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(1, 254)),
                     lambda: "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(1, 254)),
                     lambda: "192.168.%d.%d" % (r.randint(0, 254), r.randint(1, 254)),
                     lambda: "%d.%d.%d.%d" % (r.choice([24, 73, 66, 98, 108, 146, 208]), r.randint(0, 254),
                                              r.randint(0, 254), r.randint(1, 254))])()


def g_ip6(r):
    h = lambda: "%x" % r.randint(0, 0xFFFF)
    return r.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "2001:db8:%s::%s" % (h(), h()),
                     "2601:%s:%s:%s::%s" % (h(), h(), h(), h())])


def g_cc(r):
    k = r.randint(0, 2)
    if k == 0:
        n = luhn_complete("4" + digits(r, 5), 16)
    elif k == 1:
        n = luhn_complete("5" + str(r.randint(1, 5)) + digits(r, 4), 16)
    else:
        n = luhn_complete("3" + r.choice("47") + digits(r, 4), 15)
    if len(n) == 15:
        groups = [n[:4], n[4:10], n[10:]]
    else:
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    return r.choice([" ", "-", " ", ""]).join(groups)


def g_url_portal(r):
    return r.choice([lambda: "https://mychart.%s/MyChart/app/visit?pid=E%s" % (ORG_DOMAIN, digits(r, 7)),
                     lambda: "https://portal.%s/patient/%s" % (ORG_DOMAIN, digits(r, 8)),
                     lambda: "https://mychart.%s/MyChart/Billing/Details?acct=%s" % (ORG_DOMAIN, digits(r, 10)),
                     lambda: "https://mychart.%s/proxy/invite?token=%s&pt=%s" % (ORG_DOMAIN, digits(r, 6), digits(r, 7))])()


def g_url_tele(r):
    return "https://telehealth.%s/join/pt-%s" % (ORG_DOMAIN, digits(r, 7))


def date_key(lo, hi, p_year):
    def g(r):
        y = r.randint(lo, hi)
        m = r.randint(1, 12)
        d = r.randint(1, mdays(y, m))
        return fmt_date(r, y, m, d, r.random() < p_year)
    return g


def g_age(r):
    n = r.choice([90, 91, 92, 93, 94, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
    if r.random() < 0.12:
        return spell_number(n), ["evasion"]
    return str(n)


def g_age_spell(r):
    return spell_number(r.randint(91, 103)), ["evasion"]


# ---- non-PHI fillers ----
def g_mtgdate(r):
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    wd = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    return r.choice(["%s" % wd, "%s %d/%d" % (wd[:3], m, d), "%s %d" % (MON3[m], d), "%d/%d" % (m, d),
                     "next %s" % wd, "the %s" % ordinal(d), "%s %d" % (MON[m], d), "%s the %s" % (wd, ordinal(d)),
                     "%s, %s %d" % (wd, MON[m], d), "%d/%d/2026" % (m, d)])


def g_time(r):
    return r.choice(["3pm", "10:30", "9:15 am", "noon", "7:30", "4", "2:00", "11am", "1:30 pm", "8"])


def g_money(r):
    return r.choice(["$%s,%03d" % (r.randint(2, 480), r.randint(0, 999)), "$%.1fM" % (r.randint(11, 95) / 10.0),
                     "$%d.%02d" % (r.randint(12, 980), r.randint(0, 99)), "$%dK" % r.randint(5, 750)])


def g_ticket(r):
    return r.choice([lambda: "INC00" + digits(r, 5), lambda: "RITM00" + digits(r, 5), lambda: "CHG00" + digits(r, 5),
                     lambda: "DEL-" + str(r.randint(1000, 9999)), lambda: "REQ-" + digits(r, 5),
                     lambda: "TASK" + digits(r, 7)])()


def g_mention(r):
    return "<@U0%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


def g_zoomid(r):
    return "%d %s %s" % (r.randint(810, 989), digits(r, 4), digits(r, 4))


G = {
    # PHI
    "mrn": ("MRN", g_mrn), "ssn": ("SSN", g_ssn), "phone": ("PHONE", g_phone),
    "phone_spell": ("PHONE", g_phone_spell), "email": ("EMAIL", lambda r: g_email(r)),
    "dob": ("DATE", date_key(1929, 1999, 0.93)), "dob_old": ("DATE", date_key(1924, 1958, 0.93)), "dob90": ("DATE", date_key(1920, 1935, 0.95)),
    "sdate": ("DATE", date_key(2023, 2025, 0.4)), "age": ("AGE", g_age), "age_spell": ("AGE", g_age_spell),
    "hpid": ("HEALTH_PLAN_ID", g_hpid), "mbi": ("HEALTH_PLAN_ID", g_mbi), "medicaid": ("HEALTH_PLAN_ID", g_medicaid),
    "har": ("ACCOUNT_NUMBER", g_har), "guar": ("ACCOUNT_NUMBER", g_guar), "acct": ("ACCOUNT_NUMBER", g_acct),
    "dl": ("LICENSE_NUMBER", g_dl), "dea": ("LICENSE_NUMBER", g_dea), "lic": ("LICENSE_NUMBER", g_lic),
    "plate": ("VEHICLE_ID", g_plate), "vin": ("VEHICLE_ID", g_vin), "serial": ("DEVICE_ID", g_serial),
    "udi": ("DEVICE_ID", g_udi), "url_portal": ("URL", g_url_portal), "url_tele": ("URL", g_url_tele),
    "ip": ("IP_ADDRESS", g_ip), "ip6": ("IP_ADDRESS", g_ip6), "cc": ("CREDIT_CARD", g_cc),
    "ceo_email": ("EMAIL", lambda r: r.choice(["ceo@", "catherine.oyelaran-walsh@", "coyelaranwalsh@"]) + ORG_DOMAIN),
    # not PHI
    "mtgdate": (None, g_mtgdate), "time": (None, g_time), "money": (None, g_money),
    "po": (None, lambda r: "45002" + digits(r, 5)), "ticket": (None, g_ticket),
    "ext": (None, lambda r: r.choice(["x", "ext. ", "x", "ext "]) + str(r.randint(2000, 7999))),
    "zoomid": (None, g_zoomid), "zoomurl": (None, lambda r: "https://nsmeridian.zoom.us/j/" + digits(r, 11)),
    "room": (None, lambda r: r.choice(["Room %d" % r.randint(4100, 5130), "Boardroom B", "the 5th floor conf room",
                                       "the Rose Garden room", "Room 512", "the Whitmore Room"])),
    "ver": (None, lambda r: r.choice(["v10.4.2", "build 2024.11.0.3", "version 3.2.1", "v2.18", "Nov 2025 (build 11.2.0.7)",
                                      "release 24.3.1"])),
    "npi": (None, lambda r: "1" + digits(r, 9)),
    "cpt": (None, lambda r: r.choice(["99214", "99223", "27447", "33249", "93458", "45378", "70553", "99285"])),
    "icd": (None, lambda r: r.choice(["I21.4", "Z79.01", "E11.9", "S72.001A", "J18.9", "N17.9", "I48.91", "F32.A"])),
    "facaddr": (None, lambda r: r.choice(FACADDR)), "facility": (None, lambda r: r.choice(FACILITY)),
    "count": (None, lambda r: str(r.randint(2, 60))), "n": (None, lambda r: str(r.randint(2, 25))),
    "fy": (None, lambda r: r.choice(["FY2026", "Q3", "FY27 Q1", "Q4 FY2025", "FY2027"])),
    "policy": (None, lambda r: r.choice(["ADM-114", "HR-207", "PRIV-031", "FIN-440", "RI-019", "IT-302"])),
    "mention": (None, g_mention), "agey": (None, lambda r: str(r.randint(19, 89))),
    "group": (None, lambda r: r.choice(["00417", "771204", "GRP 10392", "004588-0001", "61200"])),
    "invoice": (None, lambda r: "INV-" + digits(r, 5)), "contract": (None, lambda r: "MSA-2025-0" + digits(r, 3)),
    "vendor": (None, lambda r: r.choice(VENDORS)), "badge": (None, lambda r: "E" + digits(r, 6)),
    "conf": (None, lambda r: "HX" + digits(r, 5)),
    "flight": (None, lambda r: r.choice(["AA 1734", "B6 418", "DL 2210", "UA 527", "B6 1092", "AA 311"])),
    "floor": (None, lambda r: r.choice(["5", "3", "the 4th floor", "2", "6"])),
    "emoji": (None, lambda r: r.choice(["🙏", "👍", "🎉", "😅", ":thumbsup:", ":pray:", "🙌", ":+1:"])),
    "day": (None, lambda r: r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])),
    "lastfour": (None, lambda r: digits(r, 4)),
    "expiry": (None, lambda r: "%02d/%d" % (r.randint(1, 12), r.randint(26, 30))),
    "costcenter": (None, lambda r: "%d-%d" % (r.randint(1000, 8999), r.randint(100, 499))),
    "pct": (None, lambda r: "%d%%" % r.randint(61, 99)),
}
EVADABLE = {"mrn", "ssn", "phone", "hpid", "har", "acct", "dl", "cc", "mbi", "medicaid", "guar"}
PHI_KINDS = set("PRKX")
PERSON_KINDS = set("PRKXSEBDV")


# --------------------------------------------------------------------------
# entities
# --------------------------------------------------------------------------
class Person:
    def __init__(self, kind, first, last, gender, nick, mi, origin=None):
        self.kind, self.first, self.last, self.gender, self.nick, self.mi = kind, first, last, gender, nick, mi
        self.origin = origin
        self.rel_word = None
        self.email_cache = None
        self.url_cache = None


NAME_ATTRS = {"full", "first", "last", "fullmi", "inv", "invl", "lc", "flc", "llc", "nick", "finit", "upper",
              "nickfull", "ulast"}


def person_attr(r, p, a):
    """returns (value, type)"""
    f, l = p.first, p.last
    m = p.gender == "m"
    if a in NAME_ATTRS:
        v = {"full": "%s %s" % (f, l), "first": f, "last": l, "fullmi": "%s %s. %s" % (f, p.mi, l),
             "inv": "%s, %s %s" % (l.upper(), f.upper(), p.mi), "invl": "%s, %s" % (l, f),
             "lc": ("%s %s" % (f, l)).lower(), "flc": f.lower(), "llc": l.lower(), "nick": p.nick or f,
             "finit": "%s. %s" % (f[0], l), "upper": ("%s %s" % (f, l)).upper(),
             "nickfull": "%s %s" % (p.nick or f, l), "ulast": l.upper()}[a]
        return v, ("NAME" if p.kind in PHI_KINDS else None)
    words = {"he": ("he", "she"), "He": ("He", "She"), "his": ("his", "her"), "His": ("His", "Her"),
             "him": ("him", "her"), "hon": ("Mr.", "Ms."), "Mrs": ("Mr.", "Mrs."), "child": ("son", "daughter"),
             "spouse": ("husband", "wife"), "parent": ("father", "mother"), "sib": ("brother", "sister"),
             "aunt": ("uncle", "aunt"), "gchild": ("grandson", "granddaughter"), "gparent": ("grandfather", "grandmother"),
             "nib": ("nephew", "niece")}
    if a in words:
        return words[a][0 if m else 1], None
    if a == "rel":
        if p.rel_word is None:
            p.rel_word = person_attr(r, p, r.choice(["child", "child", "spouse", "sib", "nib", "gchild"]))[0]
        return p.rel_word, None
    if a == "email":
        if p.email_cache is None:
            if p.kind == "E":
                p.email_cache = "%s.%s@%s" % (fold(f).lower(), re.sub(r"[^a-z\-]", "", fold(l).lower()), ORG_DOMAIN)
            elif p.kind in "BD":
                p.email_cache = g_email(r, f, l, personal=False)
            elif p.kind == "V":
                p.email_cache = "%s.%s@%s" % (re.sub(r"[^a-z]", "", fold(f).lower()), re.sub(r"[^a-z]", "", fold(l).lower()),
                                               r.choice(VENDOR_DOMAINS))
            else:
                p.email_cache = g_email(r, f, l, personal=True)
        return p.email_cache, "EMAIL"
    if a == "url_cb":
        if p.url_cache is None:
            fs = re.sub(r"[^a-z]", "", fold(f).lower())
            ls = re.sub(r"[^a-z]", "", fold(l).lower())
            p.url_cache = r.choice(["https://www.caringbridge.org/visit/%s%s" % (fs, ls),
                                    "https://www.gofundme.com/f/help-%s-%s-recover" % (fs, ls),
                                    "https://www.caringbridge.org/site/%s-%s/journal" % (fs, ls),
                                    "https://mealtrain.com/trains/%s-%s-family" % (fs, ls)])
        return p.url_cache, "URL"
    raise KeyError("unknown person attribute %r" % a)


def make_random_person(r, kind, gender=None, nick_needed=False, taken=(), last=None):
    for _ in range(200):
        oname = r.choice(list(ORIGINS))
        males, females, lasts = ORIGINS[oname]
        g = gender or r.choice("mf")
        pool = males if g == "m" else females
        if r.random() < 0.12:  # some first names come from another origin
            o2 = ORIGINS[r.choice(list(ORIGINS))]
            pool = o2[0] if g == "m" else o2[1]
        if nick_needed:
            pool = [n for n in pool if n in NICK] or [n for n in (males if g == "m" else females) if n in NICK]
            if not pool:
                continue
        first = r.choice(pool)
        ln = last or r.choice(lasts)
        if last is None and r.random() < 0.07:
            other = r.choice(ORIGINS[r.choice(list(ORIGINS))][2])
            if " " not in other and " " not in ln and other != ln:
                ln = ln + "-" + other
        if r.random() < 0.35 and (fold(first) != first or fold(ln) != ln):
            first, ln = fold(first), fold(ln)
        if first in taken or ln in taken and last is None:
            continue
        return Person(kind, first, ln, g, NICK.get(first) or NICK.get(fold(first)), r.choice(LETTERS), oname)
    raise RuntimeError("could not draw a person")


def make_known(r, kind, gender=None, used=()):
    if kind in "KB":
        pool = BOARD + DONORS if kind == "K" else BOARD
    elif kind == "D":
        pool = DONORS
    elif kind == "X":
        pool = EXECS + [CEO] * 3
    else:
        pool = EXECS
    cand = [p for p in pool if (gender is None or p[2] == gender) and (p[0], p[1]) not in used]
    f, l, g, nk = r.choice(cand)
    return Person(kind, f, l, g, nk, r.choice(LETTERS))


class Address:
    def __init__(self, r):
        self.r = r
        num = r.randint(3, 2400)
        st = r.choice(STREETS)
        if r.random() < 0.3:
            for k, v in LONG_SUFFIX.items():
                if st.endswith(" " + k):
                    st = st[: -len(k)] + v
                    break
        self.street = "%d %s" % (num, st)
        if r.random() < 0.2:
            self.street += r.choice([" Apt %d%s" % (r.randint(1, 6), r.choice("ABCD")), " Unit %d" % r.randint(1, 40),
                                     " #%d" % r.randint(2, 12)])
        if r.random() < 0.82:
            self.town, self.zip = r.choice(TOWNS)
            self.state = "MA"
        else:
            self.town, self.state, self.zip = r.choice(OOS)
        self.zip4 = "%s-%04d" % (self.zip, r.randint(1, 9999))
        self.box = "PO Box %d" % r.randint(12, 2999)

    def attr(self, a):
        r = self.r
        s, t, st, z = self.street, self.town, self.state, self.zip
        if a == "line":
            return r.choice(["%s, %s, %s %s" % (s, t, st, z), "%s, %s %s %s" % (s, t, st, z),
                             "%s %s %s %s" % (s, t, st, z), "%s, %s, %s %s" % (s, t, st, self.zip4)])
        if a == "full":
            return r.choice(["%s, %s, %s %s" % (s, t, st, z), "%s\n%s, %s %s" % (s, t, st, z),
                             "%s, %s %s" % (s, t, st), "%s, %s, %s %s" % (s, t, st, self.zip4)])
        if a == "st_town":
            return "%s, %s" % (s, t)
        if a == "pobox":
            return r.choice(["%s, %s, %s %s" % (self.box, t, st, z), "P.O. Box %s, %s %s %s" % (self.box[7:], t, st, z)])
        return {"street": s, "town": t, "zip": z, "zip4": self.zip4, "box": self.box}[a]


# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------
ALT = re.compile(r"\[\[(.*?)\]\]", re.S)
TOKEN = re.compile(r"\[\[(.*?)\]\]|\{([A-Z])(\d)(?:\.([A-Za-z_]+)|=([mf]))\}|\{([a-z_0-9]+)(?:#(\d+))?(?::([a-z]+))?\}",
                   re.S)


class Frame:
    def __init__(self, text, tags="", kind="phi"):
        self.t = text
        self.tags = tags.split()
        self.lc = "lowercase" in self.tags
        self.kind = kind
        self.uses = 0


def F(text, tags=""):
    return Frame(text, tags)


def render(fr, r):
    tpl = ALT.sub(lambda m: r.choice(m.group(1).split("|")), fr.t)
    ents, gender, nick = {}, {}, set()
    for m in TOKEN.finditer(tpl):
        if m.group(2):
            eid = m.group(2) + m.group(3)
            if m.group(5):
                gender[eid] = m.group(5)
            if m.group(4) in ("nick", "nickfull"):
                nick.add(eid)
            ents.setdefault(eid, None)
    order = sorted(ents, key=lambda e: ("PKXRSEBDVA".index(e[0]), e))
    taken, used_known = set(), set()
    for eid in order:
        k = eid[0]
        if k == "A":
            ents[eid] = Address(r)
            continue
        if k in "KXEBD":
            p = make_known(r, k, gender.get(eid), used_known)
            used_known.add((p.first, p.last))
        else:
            share = None
            if k == "R" and r.random() < 0.5:
                base = ents.get("P1") or ents.get("K1") or ents.get("X1")
                if base is not None:
                    share = base.last
            p = make_random_person(r, k, gender.get(eid), eid in nick, taken, share)
        taken.update([p.first, p.last])
        ents[eid] = p
    cache, parts, spans, tags = {}, [], [], set(fr.tags)
    blen = 0
    pos = 0
    for m in TOKEN.finditer(tpl):
        lit = tpl[pos:m.start()]
        parts.append(lit)
        blen += len(lit.encode("utf-8"))
        pos = m.end()
        typ = None
        if m.group(1) is not None:
            val = r.choice(m.group(1).split("|"))
        elif m.group(2):
            eid = m.group(2) + m.group(3)
            if m.group(5):
                continue
            obj = ents[eid]
            if isinstance(obj, Address):
                val, typ = obj.attr(m.group(4)), "ADDRESS"
            else:
                val, typ = person_attr(r, obj, m.group(4))
        else:
            key, inst, mod = m.group(6), m.group(7), m.group(8)
            if key not in G:
                raise KeyError(key)
            typ, fn = G[key]
            ck = (key, inst)
            if inst and ck in cache:
                val, extra = cache[ck]
            else:
                out = fn(r)
                val, extra = (out if isinstance(out, tuple) else (out, []))
                if key == "email" and (mod == "ev" or (mod is None and r.random() < 0.06)):
                    val, extra = obf_email(r, val)
                elif mod in ("ev", "sp", "fw", "zw", "nb", "mix", "spell"):
                    val, extra = obfuscate(r, val, None if mod == "ev" else mod)
                elif mod is None and key in EVADABLE and not extra and r.random() < 0.05:
                    val, extra = obfuscate(r, val)
                if inst:
                    cache[ck] = (val, extra)
            tags.update(extra)
        if fr.lc:
            val = val.lower()
        if typ:
            spans.append((typ, val, blen))
        parts.append(val)
        blen += len(val.encode("utf-8"))
    parts.append(tpl[pos:])
    text = "".join(parts)
    return text, spans, tags


def verify(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for typ, val, off in spans:
        if not val or val != val.strip() or val[-1] in ",;:" or val[0] in ",;:":
            return False
        vb = val.encode("utf-8")
        if b.find(vb, pos) != off:
            return False
        pos = off + len(vb)
    return True


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")


def auto_tags(text, spans, tags, fr):
    types = {s[0] for s in spans}
    if "NAME" in types:
        tags.add("name")
    if "DATE" in types:
        tags.add("date")
    if "AGE" in types:
        tags.add("age")
    if "ADDRESS" in types:
        tags.add("address")
    if "\n" in text:
        tags.add("multiline")
    if re.search(r"<@U|<https?:|<mailto:|<tel:|`|\*[^*\s][^*\n]*\*", text):
        tags.add("slack-markup")
    if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|:[a-z+_]+:", text):
        tags.add("emoji")
    if not spans:
        tags -= {"name", "date", "age", "address", "business-contact", "evasion", "fullwidth", "zero-width"}
    out = [t for t in sorted(tags) if t not in ("phi", "clean")]
    return (["phi"] if spans else ["clean"]) + out


# --------------------------------------------------------------------------
# frames with PHI
# --------------------------------------------------------------------------
PHI_FRAMES = [
    # --- VIP / board / donor admissions
    F("Heads up: {K1.full} was admitted through the ED overnight (MRN {mrn}). Cathy wants to stop by before the {time} finance committee. Please don't post in #board-general.", "vip escalation structured"),
    F("can you find out what room {P1.lc} is in?? big donor, cathy wants flowers sent up today", "vip lowercase"),
    F("*VIP registration*\n• Patient: {P1.inv}\n• DOB: {dob}\n• MRN: {mrn}\n• Unit: 6 North, bed 14\n• Attending: Dr. {S1.last}\nPrivacy flag requested by {E1.first}.", "vip structured"),
    F("{P1.hon} {P1.last} goes home {sdate}. {P1.His} {R1.spouse} {R1.first} asked for a call from the CEO office; best number is {phone}.", "vip callback"),
    F("{S1.first} in patient access says {P1.full} (DOB {dob_old}) is {D1.full}'s {P1.parent}. Can you loop in Angela so compliance can put the confidential flag on the chart?", "vip"),
    F("Cathy asked me to quietly check on {K1.last}. Cath lab this morning, the procedure was booked for {sdate}. Please keep it out of the board channel.", "vip"),
    F("Board member update (confidential): {K1.first} is in the ICU at our Salem site. Family has asked for no visitors except {R1.full}.", "vip"),
    F("is {K1.lc} still inpatient? cathy wants to know before she calls the chair", "vip lowercase"),
    F("Registration called: {P1.full}, MRN {mrn}, came in by ambulance around 2am. The foundation lists {P1.him} as a major gift prospect, so I'm flagging per the VIP protocol.", "vip"),
    F("Per {E1.first}: treat {P1.first} {P1.last} as VIP. Admit date {sdate}, expected d/c {sdate}. Do NOT share outside the care team + CEO office.", "vip structured"),
    F("Weekly VIP census (CEO office only)\n| Name | MRN | Admit | Unit |\n|---|---|---|---|\n| {P1.full} | {mrn} | {sdate} | 5W |\n| {P2.full} | {mrn} | {sdate} | ICU |\n| {P3.invl} | {mrn} | {sdate} | 7N |", "vip table structured list"),
    F("Quick q: is the patient in 4127 {P1.full}? {E1.first} thinks {P1.he}'s the trustee's {P1.sib} but I want to be sure before Cathy walks over.", "vip"),
    F("{P1.full}, {age} years old, admitted {sdate} with a hip fracture. {P1.He}'s {B1.full}'s {P1.aunt}. Cathy would like a card sent to the unit.", "vip"),
    F("Adding to the VIP list: {P1.last} (MRN {mrn}) and {P2.last} (MRN {mrn}). Both d/c'd {sdate}.", "vip list"),
    F("pls add {P1.flc} {P1.llc} to the vip list, mrn {mrn}, dob {dob}. thx", "vip lowercase structured"),
    F("Confirming former trustee {P1.full} passed away {sdate} in our hospice unit. Cathy wants to call the family: {R1.child} {R1.full}, {phone}.", "vip"),
    F("Condolence note draft for {R1.full}:\n\n\"Dear {R1.first}, all of us at Meridian were saddened to learn of your {P1.parent}'s passing on {sdate}...\"\n\nCan you print it on letterhead?", "vip"),
    F("{P1.Mrs} {P1.last} in 6N is asking for the CEO by name. {P1.His} son says {P1.he}'s {age}. Can Cathy spare 10 min after the {time}?", "vip escalation"),
    F("Hiii sorry to ping on a Sunday 🙈 Cathy texted that {K1.first} {K1.last} is in our ED (again). can someone check the VIP flag is on? MRN should be {mrn}", "vip"),
    F("Rounding list for Cathy tomorrow:\n• {P1.full} (7N-12)\n• {P2.full} (ICU-4)\n• {P3.hon} {P3.last} (5W-20)\nFoundation asked her to skip #2.", "vip list"),
    F("{K1=m}{K1.first} asked that his MRN ({mrn}) be flagged confidential. Angela approved, HIM is doing it today.", "vip"),
    F("Of the three pts over 90 on 6N, {P1.full} is the oldest at {age}. {P1.He}'s the chair's {P1.gparent}, so expect Fran to visit.", "vip age-aggregate"),
    F("Cathy's calendar Thu:\n9:00 chair call\n10:30 visit {K1.first} {K1.last} (7N)\n12:00 lunch w/ Martin\n2:00 audit committee", "vip calendar"),
    F("FYI {B1.full}'s {P1.spouse} {P1.first} was admitted to the ICU last night, DOB {dob_old}. {B1.first} asked Cathy to keep it quiet.", "vip"),
    F("The chair's {P1.spouse}, {P1.full}, needs a cardiology referral. Cathy asked Dr. {S1.last}; the appointment is {sdate}.", "vip referral"),
    F("Re: our VIP on 7N. dob {dob}, admitted {sdate}, d/c {sdate}, readmitted {sdate}. cathy wants to know why the readmit", "vip lowercase"),
    F("Fwd from Cathy's phone:\n> {P1.first} is doing better, out of the ICU. Tell the board only that a member is hospitalized, no name.\nCan you draft that note?", "vip"),
    F("Please leave {P1.last} out of the board packet. Cathy will say verbally that a trustee is recovering from surgery on {sdate}.", "vip"),
    F("Update: {P1.last} was extubated this morning. {P1.He}'s {age}, so the family is cautious. Cathy will call {R1.first} tonight.", "vip"),
    F("{P1.last} {mrn} 7N. cathy asked. thx", "vip"),
    F("vip: {P1.llc} / {mrn} / {dob}", "vip lowercase structured"),
    F("Is {P1.full} ({P1.nick}) the same person as the donor on Lorraine's list? Registration has {P1.him} under MRN {mrn}.", "vip"),
    F("Cathy is heading up to see {P1.nickfull} around {time}. {P1.He}'s on 5 West, bed 9. Can you let the charge nurse know?", "vip"),
    F("Sister {P1.first} from St. Anne's convent is {age}! Admitted {sdate}. The nuns asked if Cathy could visit; she said yes.", "vip"),
    # --- executive family members / executives as patients
    F("Martin's {P1.child} {P1.first} is in our ED with a broken wrist. He's stepping out of audit committee; can you cover his 2pm?", "exec-family"),
    F("Priya's {P1.spouse} {P1.full} is having surgery here {sdate}. She asked that we not put it on the exec calendar.", "exec-family"),
    F("{P1=f}cathy's mom ({P1.first}) is being transferred from lowell general to us tonight, mrn {mrn}. cathy will be in and out. please decline non-urgent stuff", "exec-family lowercase"),
    F("{P1=m}Derek's father-in-law, {P1.full}, DOB {dob_old}, is coming in for a pacemaker on {sdate}. Derek asked if Cathy could call Dr. {S1.last}; can you set that up?", "exec-family"),
    F("{E1.first}'s {P1.spouse} {P1.first} {P1.last} (works here in radiology) was admitted yesterday. {E1.first} asked for privacy, so please don't mention it at huddle.", "exec-family staff-patient"),
    F("{X1.first}'s annual physical is {sdate} at 7:30 with Dr. {S1.last}. Please hold the morning and don't put the reason on the invite.", "exec-patient calendar"),
    F("{X1.first} will be out {sdate} for outpatient knee surgery at our Andover center. Keep it vague on the shared calendar.", "exec-patient"),
    F("{X1.nick}'s colonoscopy got moved to {sdate}, {X1.he} asked me to shuffle the ops review. dont put colonoscopy in the invite lol", "exec-patient lowercase"),
    F("Teresa's {P1.gparent} {P1.full} ({age}) came in through the ED. Teresa is with {P1.him} on 4 East; please cancel her 1:1s today.", "exec-family"),
    F("{E1.first} asked me to find out the visiting hours for {P1.full} on 6 North. {P1.He}'s {E1.first}'s {P1.sib}, MRN {mrn}.", "exec-family"),
    F("Angela's {P1.child} {P1.first} ({P1.last}, different last name) has an appointment at peds ortho on {sdate}. She'll be offline 1-3.", "exec-family"),
    F("FYI, {X1.first} was admitted overnight for observation (chest pain, turned out fine). Cathy knows. Please reschedule {X1.his} meetings through Friday.", "exec-patient"),
    # --- employee health / staff who are patients
    F("Employee health case: {P1.full} (badge {badge}, Nutrition Services), needlestick on {sdate}. Compliance wants it logged; keep it in this thread.", "employee-health structured"),
    F("Sad news: {P1.first} from the front desk on 3 collapsed in the lobby today and was admitted. Cathy wants to send something to the family. Home address: {A1.line}", "staff-patient"),
    F("Our own {P1.full} (revenue cycle) is the pt in 5112. People have been peeking at {P1.his} chart; compliance pulled access from {ip} and {ip}.", "staff-patient compliance"),
    F("{P1=f}can u add {P1.lc} to the get-well card list? shes on the finance team but has been inpatient since {sdate}", "staff-patient lowercase typo"),
    F("Workers' comp: {P1.last} fell in the parking garage on {sdate}, ED visit same day. HR needs the DOB, it's {dob}.", "employee-health"),
    F("HR: {P1.full} (employee #{badge}) is on FMLA for {P1.his} own surgery {sdate}. Don't share beyond HR and Cathy.", "employee-health"),
    F("Correction: Cathy wants to visit {P1.full} from IT (not {S1.first}, sorry), who's been in the ICU since {sdate}. Room 4410.", "staff-patient"),
    F("Flu clinic exception list for the exec floor:\n- {P1.full} (egg allergy)\n- {P2.full}\n- {P3.full} (already vaccinated at CVS)", "employee-health list"),
    F("the nurse from 7N who got hurt is {P1.flc} {P1.llc}. ED visit {sdate}. cathy wants to call {P1.him} at home: {phone}", "employee-health lowercase"),
    F("Exposure follow-up due {sdate} for {P1.full} (security officer, ED incident). Occ health asked us not to share on the main channel.", "employee-health"),
    # --- callbacks, complaints, escalations
    F("Can someone call back {R1.full}? {R1.He}'s the {R1.child} of a patient on 7N and wants to talk to \"whoever runs the hospital\". {phone}", "callback escalation"),
    F("Voicemail transcript (CEO line):\n\"hi this is {R1.first} {R1.last}, my {P1.parent} {P1.first} was in your ER on {sdate} and waited nine hours. please call me back at {phone_spell}\"", "callback complaint"),
    F("Letter came in addressed to Cathy from {P1.full}, {A1.line}. Complaint re: the discharge on {sdate}. Scanning to Angela now.", "complaint"),
    F("Patient relations escalation\n*Pt:* {P1.full}\n*MRN:* {mrn}\n*DOS:* {sdate}\n*Contact:* {R1.full} ({R1.rel}), {phone}\n*Ask:* meeting w/ CEO", "escalation structured"),
    F("{R1=f}{P1=m}The woman who called 3x yesterday is {R1.full}, calling about her father {P1.full}. She says she'll go to the Globe if nobody calls back by Friday. Her cell: {phone}", "complaint escalation"),
    F("{P1=m}called back mr {P1.llc}'s daughter, no answer. left vm at {phone}. will try again after lunch", "callback lowercase"),
    F("Complaint from {P1.full} re: the bill for an ED visit on {sdate}. Acct {har}, balance $2,184. {P1.He} wants it waived and mentions knowing a board member.", "complaint money"),
    F("email from {email} (pt's wife) says nobody told them about the transfer. forwarding to patient relations", "lowercase complaint"),
    F("{P1=f}{P1.full} called the CEO line again. Says her MRN is {mrn} and she's been waiting on records since {sdate}. I told her we'd escalate.", "records escalation"),
    F("{R1=f}omg the daughter of the lady in 412 just yelled at me in the lobby. {R1.first} {R1.last} I think? she wants cathy. I gave her the patient relations card", "escalation"),
    F("ok so funny story, the guy who kept calling the CEO line? turns out he's {P1.full}'s {R1=m}son {R1.first} and he just wants a parking voucher 😂 number is {phone}", "callback"),
    F("{P1=f}Pls call back Mrs {P1.last} at {phone}, she says her husbands bill went to collections. HAR {har}", "callback typo"),
    F("Notes from the call w/ {R1.full}:\n- {R1.his} {P1.parent} discharged {sdate}\n- wants bill reviewed (HAR {har})\n- callback {phone}\n- Cathy to respond by Fri", "callback structured"),
    F("Pls block 20 min for Cathy to call {R1.full} about {R1.his} {P1.parent}'s care. Number {phone}.", "callback calendar"),
    F("{R1.full} is on line 2 holding for Cathy. {R1.He}'s the {R1.rel} of {P1.full} (the fall on 4E).", "escalation"),
    F("pateint {P1.full} recieved the wrong bill, adress on file is {A1.line}. can you send to PFS", "complaint typo"),
    F("Family prefers Spanish. Contact is {R1.full} ({R1.rel}) at {phone}. Interpreter is booked for the call with Cathy.", "callback"),
    F("Who is {P1.first}? Cathy got a text from {phone} saying \"{P1.first} is in your ER, please help\". Can you check if there's a {P1.first} {P1.last} registered?", "escalation"),
    F("*Complaint log*\n```\nname: {P1.inv}\nmrn: {mrn}\nacct: {har}\nplan: {hpid}\ncontact: {phone}\n```\nAssigned to patient relations, CEO cc.", "complaint structured"),
    F("{R1=m}{P1=f}Can we waive parking for {R1.full}? His wife has been on 4E since {sdate} and he comes every day. Plate {plate}.", "complaint"),
    F("Cathy met {R1.full} in the cafeteria; {R1.he}'s here every day for {R1.his} {P1.spouse} in the ICU. Can we get {R1.him} a parking pass? Car is {plate}.", "vip"),
    F("{P1.full} posted on Facebook that we lost {P1.his} hearing aids on {sdate}. Derek's drafting a reply. Serial from the audiology record: {serial}.", "complaint press device"),
    F("Returned the call from {R1.full} ({phone}). {R1.He} wants the CEO to know {R1.his} {P1.parent} was discharged {sdate} without meds. Forwarded to Teresa.", "callback complaint"),
    F("Message for Cathy from the patient in 6214, {P1.full}: \"the food is cold and nobody answers the call light.\" {P1.He} asked for a call at {phone}.", "complaint"),
    F("Received a card thanking the ICU team, from {R1.full} ({A1.line}). Cathy wants to write back personally.", "foundation"),
    # --- legal / compliance / privacy
    F("Subpoena received for records of {P1.full}, DOB {dob}, dates of service {sdate} to {sdate}. Howard wants it logged before it goes to HIM.", "legal records"),
    F("Compliance audit: inappropriate access to {P1.last}'s chart (MRN {mrn}) from workstation IP {ip} on three occasions. Angela will brief Cathy at {time}.", "compliance"),
    F("*Privileged & confidential*\nRe: potential claim, {P1.full}\nFall date: {sdate}\nUnit: 4 East\nOutside counsel: {V1.full} (Ropes & Gray), {phone}\nDo not forward.", "legal structured"),
    F("legal called, the {P1.llc} family hired counsel. incident was {sdate}, pt was {age}. howard wants 15 w/ cathy today", "legal lowercase"),
    F("Can you pull the access log for MRN {mrn} and {mrn}? Compliance thinks the same user (IP {ip}) opened both celebrity charts.", "compliance"),
    F("Breach assessment draft: one fax with {P1.full}'s discharge summary (DOB {dob}, MRN {mrn}) went to {phone} instead of the PCP. Risk assessment due {mtgdate}.", "compliance"),
    F("OCR inquiry re: complainant {P1.full}, {A1.full}. Response due to Howard by end of week.", "legal"),
    F("From Angela: please keep the {P1.last} matter off email. The patient's SSN {ssn} was in the misdirected packet, so we're offering credit monitoring.", "compliance"),
    F("Ethics consult tomorrow re: {P1.full} ({age} y/o, DNR question, {R1.rel} {R1.first} disagrees). Cathy may sit in.", "ethics"),
    F("litigation hold: all records for pt {P1.inv}, MRN {mrn}, acct {har}. do not purge.", "legal structured"),
    F("The snooping case: one user opened {P1.full} ({mrn}), {P2.full} ({mrn}) and {P3.full} ({mrn}) from {ip}. Angela wants Cathy briefed before the board call.", "compliance list"),
    F("Badge-reader and EHR logs both show {ip6} for the access to {P1.last}'s record on {sdate}. Angela thinks it's the student workstation.", "compliance"),
    F("UDI on the explanted device: {udi}. Patient {P1.full}, explant {sdate}. Howard wants it preserved for the litigation.", "legal device"),
    F("Insulin pump SN {serial} from {P1.full}'s admission was sent to Medtronic. Howard wants a chain of custody form before anyone touches it.", "legal device"),
    F("Legal: deposition of the charge nurse in {P1.full} v. Northshore Meridian is {mtgdate}. Date of service at issue: {sdate}.", "legal calendar"),
    F("Case name for the board report: Estate of {P1.full} v. Northshore Meridian Health, docket 2025-CV-0412. Date of death {sdate}.", "legal"),
    F("Incident report IR-20931: patient {P1.last} fell on {sdate}, no injury. Risk says no need to brief Cathy unless the family calls.", "legal"),
    F("Root cause analysis for the {sdate} event ({P1.full}, MRN {mrn}) goes to the board quality committee {mtgdate}.", "compliance calendar"),
    F("From compliance: a misdirected envelope had {P1.full}'s statement, {A1.line}, acct {har}. Mail vendor notified.", "compliance"),
    F("Angela needs Cathy's sign-off on the notification letter to {P1.full}. Mailing address {A1.pobox}.", "compliance"),
    F("Security report: visitor {R1.full} (DL {dl}) was escorted off 7N after an altercation about patient {P1.full}.", "escalation security"),
    F("{R1=f}Valet incident: {R1.full}'s car ({plate}) was damaged while she was visiting her husband in the ICU. Risk wants the VIN, it's {vin}.", "complaint"),
    F("Visitor restriction in place for {R1.full}, NH DL {dl}. {R1.He} is not allowed on 6 North while {P1.first} {P1.last} is admitted.", "security"),
    F("Background-check vendor needs the COO finalist's SSN: {ssn}. Send via secure mail only, never Slack. (yes I know, deleting this after)", "credentialing"),
    F("Sanction screening flagged a volunteer applicant; the SSN on the form is {ssn}. Angela is checking it against the OIG list.", "compliance"),
    # --- press / communications
    F("Derek says a Herald reporter is asking whether {P1.full} was treated here on {sdate}. Standard line: we can't confirm. Can you put 15 min on Cathy's cal with Derek + Angela?", "press"),
    F("Centenarian story for the newsletter: {P1.full} turns {age} on {sdate}! {P1.His} {R1.gchild} {R1.full} signed the media consent.", "press"),
    F("press inquiry: channel 5 asking about the crash victims brought in {sdate}. one is {P1.lc}, {agey}. derek says no comment", "press lowercase"),
    F("Statement approved by Derek. Do NOT include {P1.last}'s name or the admit date ({sdate}). Just \"a community member\".", "press"),
    F("{P1=f}{R1=f}Photographer wants to shoot the birthday party on 6 North. Patient is {P1.full}, she's {age}, and her granddaughter {R1.first} is coordinating ({R1.email}).", "press"),
    F("The family of {P1.full} wants to thank the trauma team on the record. Derek needs their OK in writing; daughter's email is {email}.", "press"),
    F("Reporter {V1.full} from the Eagle-Tribune left a message at {phone} asking about {P1.full}'s stay. Do not return before Derek sees it.", "press"),
    F("Draft social post: \"Happy birthday to {P1.first}, who turns {age} today on our 6 North unit!\" Derek says we can't post it without {P1.full}'s written consent. Pulling it.", "press"),
    # --- foundation / donors / grateful patients
    F("Foundation wants to send a grateful-patient letter to {P1.full} ({A1.line}), discharged {sdate}. Lorraine asked if Cathy will sign.", "foundation"),
    F("Lorraine's grateful-patient prospects:\n1. {P1.full} (DOS {sdate})\n2. {P2.full} (DOS {sdate})\n3. {P3.full} (DOS {sdate})\nCathy to call #1 and #3.", "foundation list"),
    F("{D1=m}{P1=f}{D1.full} called. He wants to make a gift in honor of the nurses who cared for his wife {P1.first} last spring. Pledge form attached.", "foundation"),
    F("Donor stewardship: {D1.full}'s {P1.parent}, {P1.full}, is an inpatient (MRN {mrn}). Lorraine wants Cathy to round on 7N this week.", "foundation vip"),
    F("memorial gift from {R1.full} in memory of {P1.full} (d. {sdate}). send ack letter to {A1.line}", "foundation lowercase"),
    F("Obit for {P1.full} ({dob_old} to {sdate}) ran in the Sun today. Cathy wants to send a note to {R1.full}.", "foundation"),
    F("Tribute gift card should read \"In honor of {P1.full}\". Mail to the family at {A1.street} in {A1.town}.", "foundation"),
    F("Lorraine: the patient who wrote the lovely letter is {P1.full} from {A1.town}. Cathy wants to invite {P1.him} to the nursing awards.", "foundation"),
    F("Grateful patient referral from Dr. {S1.last}: {P1.full}, seen in cardiology {sdate}, phone {phone}. {P1.He} asked to meet the CEO.", "foundation referral"),
    F("{D1.first} {D1.last} is asking whether we can expedite a neuro consult for {D1.his} {P1.nib}, {P1.full}, DOB {dob}. Lorraine is uncomfortable; Cathy to decide.", "foundation vip"),
    F("Pledge paperwork from the {P1.last} family lists the patient's account {har} by mistake. Please black it out before it goes to the gift office.", "foundation"),
    # --- expense, travel, parking (conservative types)
    F("Expense report for Cathy's Nashville trip is in Concur. Card used: {cc}. Receipt for the $312.40 dinner is still missing.", "expense money"),
    F("Booking the car for Cathy in Chicago. Hertz needs her driver's license # {dl} (exp 2029) and the corporate Amex {cc}.", "travel"),
    F("Reimbursement for Cathy's out-of-pocket went to the wrong account. Correct checking acct is {acct}; AP ticket {ticket}.", "expense ticket"),
    F("Parking: please add Cathy's new car to the exec garage. Plate {plate}, white Volvo XC60.", "travel"),
    F("garage says plate {plate} has been parked in the CEO spot all week. not ours. can security check?", "lowercase security"),
    F("Travel profile update for Ben: DL {dl} (MA), Amex ending {lastfour}. Full number is {cc}, exp {expiry}.", "travel"),
    F("Corporate card {cc} was declined at the hotel in DC. Can you call Amex? Card expires {expiry}.", "travel"),
    F("Board dinner: valet wants plates in advance.\n{B1.full}: {plate}\n{B2.full}: {plate}\n{B3.full}: {plate}", "list"),
    F("Cathy's TSA PreCheck issue: the name on her license ({dl}) doesn't match the booking. Can you fix it in Concur?", "travel"),
    F("Expense lines for Oct:\n- dinner w/ {B1.full}, $184.20, card {cc}\n- taxi, $42.00, same card\n- hotel ({conf}), $611.89", "expense money"),
    F("Board stipend direct deposit for {B1.full}: routing 011000138, acct {acct}. Please don't paste this anywhere else.", "expense"),
    F("P-card for the exec suite is {cc:ev}. Lost the physical card, ordering a new one.", "expense"),
    F("Hotel needs a card on file for the board retreat block. Use {cc} (Cathy's corporate), not the foundation card.", "travel"),
    F("EZ-Pass for the CEO car shows tolls on plate {plate} while Cathy was in Chicago. Ticket {ticket} opened with fleet.", "travel ticket"),
    F("Rental return receipt lists VIN {vin}. Finance needs it for the damage claim from the Chicago trip.", "travel"),
    # --- credentialing
    F("New CMO candidate paperwork: MA license {lic}, DEA {dea}, NPI {npi}. Medical staff office needs it by {mtgdate}.", "credentialing npi"),
    F("Credentialing question from {S1.first}: Dr. {S2.last}'s DEA {dea} shows as lapsed {mtgdate}? Can you check with the MSO?", "credentialing"),
    F("dr. {S1.llc} license # {lic}, board of reg site says active. dea {dea}. ok to send to cathy for sig?", "credentialing lowercase"),
    F("Locum for the ED: {S1.full}, MD. License {lic}, DEA {dea}, start {mtgdate}.", "credentialing structured"),
    F("Cathy needs to sign the temporary privileges for Dr. {S1.last}. Lic# {lic}, NPI {npi} (NPI is public, the license number isn't, so keep it here).", "credentialing npi"),
    # --- devices and links
    F("{K1=m}Medtronic recall notice: {K1.full}'s pacemaker is on the list, serial {serial}. Cardiology will call him, but Cathy wants to call first.", "vip device"),
    F("{P1.full} needs help logging into the portal; the link {P1.he} was sent is {url_portal}. IT ticket {ticket}.", "url ticket"),
    F("The family set up an update page for {P1.first}: {P1.url_cb}. Cathy would like to post a note.", "url"),
    F("{P1=m}Dexcom serial for the board chair's husband is {serial}; endo needs it to reissue the sensor. His name is {P1.full}, DOB {dob_old}.", "vip device"),
    F("Telehealth link for {P1.last}'s follow-up on {sdate}: {url_tele}", "url"),
    F("hearing aid sn {serial} was left on 5W after {P1.lc}'s discharge. family wants it mailed to {A1.line}", "device lowercase"),
    F("{R1.full} keeps posting updates at <{P1.url_cb}> including photos from the ICU. Derek is worried about the other patients in the shots.", "url press"),
    F("Send {R1.first} the proxy-access invite for {R1.his} {P1.parent}'s chart: {url_portal}", "url"),
    F("CGM for the VIP in 6N: serial {serial}, reader serial {serial}. Endo wants both on the loaner form, pt {P1.last}.", "device vip"),
    # --- delegation bot
    F("@assistant move my 3pm with {E1.first} to Thursday and remind me to call {R1.full} back at {phone}", "bot calendar callback"),
    F("/remind me at 4pm to check on {K1.last} in the ICU", "bot vip"),
    F("Assistant, draft a get-well card to {P1.full} at {A1.line}. Sign it from Cathy and the executive team.", "bot"),
    F("hey bot can someone call back {R1.first} {R1.last}? number is {phone}, it's about {R1.his} {P1.parent}'s bill (acct {har})", "bot callback"),
    F("@Meridian Assistant summarize the complaint from {P1.full} (MRN {mrn}) and add it to Friday's patient experience agenda", "bot complaint"),
    F("bot: find 30 min this week for Angela, Howard and me re: the {P1.last} fall ({sdate})", "bot legal"),
    F("/assistant send flowers to {P1.full}. Not to the room, to the house: {A1.line}. Card: \"Thinking of you. Cathy\"", "bot"),
    F("@assistant who called the CEO line from {phone} this morning?", "bot"),
    F("@Meridian Assistant cancel my 8am and tell {S1.first} I'm going up to see {K1.first} {K1.last} on 7N instead", "bot vip"),
    F("Assistant: add {email} to the thank-you list for the {P1.last} family", "bot"),
    F("@Meridian Assistant log a callback: {P1.full}, re: billing, phone {phone}, acct {har}", "bot callback structured"),
    F("@assistant text {R1.first} at {phone}: \"Cathy will call you after 5.\"", "bot callback"),
    F("/schedule call w/ {R1.full} ({phone}) tmrw 9am, subject: {R1.his} {P1.parent}'s care", "bot callback"),
    F("Assistant, what's the status of {P1.full}'s complaint? Case {ticket}.", "bot complaint"),
    F("@Meridian Assistant add to Cathy's notes: visited {K1.full} on 7N, doing well, d/c planned {sdate}", "bot vip"),
    F("bot pls remind me friday to mail the card to {A1.line}", "bot lowercase"),
    F("{mention} can you call back {R1.full} at {phone}? I'm in the board meeting until {time}.", "callback"),
    F("@assistant book Cathy 15 min with {R1.full} ({R1.rel} of the 7N patient {P1.last}) before Friday. {R1.His} email: {R1.email}", "bot calendar"),
    # --- records, insurance, billing
    F("HIM needs a signed authorization for {P1.full}'s records (MRN {mrn}, DOB {dob}). The {R1.rel} is POA: {R1.full}.", "records"),
    F("Insurance question for the VIP on 7N: member ID {hpid}, group {group} (Harvard Pilgrim). Billing can't find the auth.", "vip"),
    F("{P1.full}'s Medicare MBI is {mbi}. Finance says the claim kicked back for a DOB mismatch ({dob}).", "structured"),
    F("MassHealth ID for the pt Cathy asked about: {medicaid}. Name on file {P1.inv}.", "structured"),
    F("Guarantor acct {guar} ({R1.full}, {R1.rel}): Cathy approved a hardship adjustment. Please tell PFS.", "money"),
    F("Sorry to bug: what's the MRN for {P1.full} again? I have {mrn} but registration says there's also {mrn}.", "records"),
    F("Dup MRNs for the same VIP, {mrn} and {mrn}. HIM is merging today. Name on both: {P1.inv}.", "records structured"),
    F("mbr id {hpid} / grp {group} / subscriber {R1.full} ({R1.rel}). pt is {P1.first}. BCBS says not eligible??", "structured"),
    F("medicade # {medicaid} for {P1.llc}, pls check eligibility before cathy calls the family", "lowercase typo"),
    F("MR# {mrn}, med rec # {mrn} on the old chart. Same patient ({P1.last}). HIM to merge.", "records"),
    F("Social for the {P1.last} estate paperwork: {ssn}. Howard's office needs it for the release.", "legal"),
    F("PFS says hosp acct {har} for {P1.full} has a $14,200 balance after Medicare. Cathy wants a charity care review.", "money"),
    F("Chart # {mrn:zw} is {P1.full}. Sending through secure chat instead.", "records"),
    F("D.O.B. {dob}\nMRN# {mrn}\nSS# {ssn}\nName: {P1.full}\n(for the VIP registration form Cathy asked about)", "structured vip"),
    F("HIM found two charts: {P1.inv} born {dob_old}, and {P2.inv} born {dob_old}. Which one is the trustee's {P1.parent}?", "records list"),
    # --- addresses
    F("Pt is from {A1.town}: {P1.first} {P1.last}, the one whose daughter works in our finance office.", "staff-patient"),
    F("Transport home for {P1.full}: {A1.st_town}. Pickup after discharge on {sdate}.", ""),
    F("Flowers for {P1.hon} {P1.last}: {A1.street} (yellow house off Rte 113) in {A1.town}.", ""),
    F("zip for the {P1.llc} family is {A1.zip}, florist needs it", "lowercase"),
    F("Card list for the discharged VIPs:\n{P1.full}\n{A1.full}\n\n{P2.full}\n{A2.full}", "list"),
    F("{P1.full} lives in {A1.town} and can't drive after the procedure on {sdate}. Can Cathy's driver take {P1.him} home?", "vip"),
    # --- evasion / obfuscation
    F("pt SSN is {ssn:ev}, registration needs it re-keyed", "evasion"),
    F("member id {hpid:sp} (spaced it out so DLP doesn't eat it lol)", "lowercase"),
    F("{R1=f}She said call her at {phone_spell}. Her name is {R1.first}, the patient's daughter.", "callback"),
    F("mrn {mrn:fw} pls check", "records"),
    F("the son's email is {email:ev}", "callback"),
    F("{P1.hon} {P1.last}'s phone: {phone:nb}. SSN {ssn:mix}.", "structured"),
    F("{P1=f}She's {age_spell}, not ninety like the chart says. Her name is {P1.full}, DOB {dob90}.", "records"),
    F("acct no. {har:sp} for {P1.full}", ""),
    F("call back # for the {P1.last} family: {phone:mix}", "callback"),
    # --- business contacts (conservative types only)
    F("Korn Ferry's partner on the CNO search is {V1.full}, {V1.email}, cell {phone}. Cathy wants a call before Friday.", "business-contact"),
    F("New direct line for Howard's outside counsel: {phone}. Save it under 'Ropes / litigation'.", "business-contact"),
    F("Caterer for the board retreat is {V1.first}, {phone} or {V1.email}. Headcount is 42.", "business-contact"),
    F("Send the signed engagement letter to {V1.email} and cc {E1.email}.", "business-contact"),
    F("<mailto:{E1.email}|{E1.email}> is {E1.first}'s new address after the domain change; please update the board roster.", "business-contact"),
    F("Press contact at the Globe: {V1.full}, {phone}. Derek is handling it.", "business-contact press"),
    F("Fax the signed BAA to {phone}, attn: contracts.", "business-contact"),
    F("<tel:{phone#1}|{phone#1}> is Sunita's cell for the gala seating question", "business-contact"),
    F("Zoom died for finance committee. Dial-in is {phone}, meeting ID {zoomid}.", "business-contact calendar"),
    F("---------- Forwarded message ---------\nFrom: {R1.full} <{R1.email}>\nDate: {mtgdate}, 9:14 AM\nSubject: My {P1.parent}\nTo: <{ceo_email}>\n\nMs. Oyelaran-Walsh, my {P1.parent} {P1.full} has been on 6 North since {sdate} and nobody will tell us anything.", "complaint"),
    F("{B1.first} {B1.last}'s assistant asked us to use {B1.email} for board materials, not the personal address.", "business-contact"),
    F("Cathy's mobile for the retreat emergency sheet: {phone}. Driver: {phone}.", "business-contact"),
    # --- IT
    F("IT question: Cathy's laptop shows a login from {ip} at 3am. Is that the VPN or should I worry?", "security"),
    F("new printer in the exec suite is {ip}, can someone add it to cathy's laptop", "lowercase"),
    F("Board portal won't load from the hotel, IP {ip}. Diligent support ticket {ticket}.", "ticket"),
    F("Teams call with {P1.full}'s family dropped twice; IT says their side was {ip}. Can we switch to phone, {phone}?", "callback"),
    # --- misc Teams / chatty
    F("[10:42 AM] {S1.full}\nCan you confirm {P1.full}'s admit date? I have {sdate}.\n[10:44 AM] {S2.full}\nyes, and d/c was {sdate}", "vip"),
    F("Get-well cards this week: {P1.full}, {P2.first} {P2.last}, {P3=f}Mrs. {P3.last}. Cathy signed all three.", "list"),
    F("Ages for the centenarian tea: {P1.first} is {age}, {P2.first} is {age}, {P3.first} is {age}. Derek wants names only with consent.", "press list"),
    F("🙏 {K1.full} passed away this morning ({sdate}). Cathy will tell the board at {time}; please hold the news until then.", "vip"),
    F("Note from the ED charge RN: pt {P1.finit} (MRN {mrn}) is the chair's {P1.sib}. Please treat as VIP and keep the name off the board.", "vip"),
    F("{P1.finit}, bed 7N-14, DOB {dob}: family asks that no calls be put through to the room, including from our office.", "vip structured"),
    F("Sorry, typo earlier: the patient is {P1.first} {P1.last}, not {P2.first} {P2.last}. MRN {mrn}.", "typo"),
    F("i think the pt cathy asked about is {P1.flc}? or {P2.flc}? both on 7n. she said the one whose {R1.rel} is {R1.flc}", "lowercase"),
]

# --------------------------------------------------------------------------
# clean frames
# --------------------------------------------------------------------------
def C(text, tags=""):
    fr = Frame(text, tags, "hard")
    return fr


def CE(text, tags=""):
    fr = Frame(text, tags, "easy")
    return fr


CLEAN_HARD = [
    C("Cathy's 3pm with {E1.full} moved to {mtgdate} at {time}, Boardroom B. Please update the invite.", "calendar exec-name"),
    C("Board finance committee packet is due {mtgdate}. {E1.first} still owes the {fy} capital slides.", "calendar exec-name"),
    C("Reminder: {B1.full} and {B2.full} are joining the quality committee by Zoom, meeting ID {zoomid}.", "calendar exec-name"),
    C("Can you book the Rose Garden room for the donor lunch {mtgdate}? {D1.full} is confirmed, 12 guests.", "calendar exec-name"),
    C("*Hope Pavilion* ribbon cutting is {mtgdate}. Address for the invite: {facaddr}.", "calendar facility-address"),
    C("PO {po} for the Press Ganey renewal ([[$48,500|$61,200|$39,750|$52,000]]) is stuck in approval. Can you nudge {E1.first}?", "po money"),
    C("Ticket {ticket}: Cathy's Outlook keeps crashing since the update to {ver}.", "ticket version"),
    C("Will you grab Bill from the lobby at {time}? He's the Deloitte partner, Bill Haskins.", "exec-name name-like"),
    C("The grant report for the HRSA grant is due {mtgdate}. Mark has the numbers.", "calendar name-like"),
    C("Faith from Chase commercial banking will be here {mtgdate} at {time} about the bond refinancing.", "calendar name-like"),
    C("Please page the house supervisor ({ext}) if Cathy's car is blocking the ambulance bay again.", "ext name-like"),
    C("{facility} ({facaddr}) is hosting the community benefit forum {mtgdate}. {count} RSVPs so far.", "facility-address calendar"),
    C("Quality dashboard: {count} patients 90+ readmitted in {fy}, up from 9. Teresa will present.", "age-aggregate"),
    C("Policy {policy} (VIP and confidential patients) takes effect {mtgdate}. Angela wants Cathy's signature.", "calendar"),
    C("HIPAA refresher is due for all execs by {mtgdate}. Cathy is at {pct}.", "hipaa calendar"),
    C("Epic upgrade to {ver} is scheduled for {mtgdate} overnight. Downtime procedures go out Thursday.", "version calendar"),
    C("The new MRN format is 10 digits starting in {fy}. HIM wants 15 minutes at the ops meeting.", "mrn-topic"),
    C("Reminder that we no longer collect SSNs at registration unless billing requires it. Angela's memo is attached.", "ssn-topic"),
    C("Dr. {S1.last} and Dr. {S2.last} are the physician reps on the board quality committee this year.", "exec-name"),
    C("{E1.full} is out {mtgdate} through {mtgdate}; {E2.first} is covering.", "calendar exec-name"),
    C("The 90-day post-acquisition review with {vendor} is {mtgdate}.", "calendar age-aggregate"),
    C("CPT {cpt} and {cpt} volumes are on slide 12 of the finance deck. Martin wants them swapped.", "cpt"),
    C("NPI {npi} for the new physician group is in the application packet. That one is public, fine to email.", "npi"),
    C("Mailing address for the board retreat invoices: {facaddr}, attn: Executive Office.", "facility-address zip-like"),
    C("Cathy's extension changed to {ext}. The main admin line hasn't changed.", "ext"),
    C("Zoom for the 7:30 board call: {zoomurl}. Passcode is in the invite.", "calendar"),
    C("Board portal link for {mtgdate}: https://boardportal.nsmeridianhealth.org/meetings/q3-2025. Packets are live.", "calendar"),
    C("Rooms 4127 and 4129 are being converted to offices for the CMO team. Facilities PO {po}.", "po"),
    C("{count} patients over 90 on the census today. Teresa wants a geriatrics huddle.", "age-aggregate"),
    C("ICD-10 {icd} coding audit came back at {pct} accuracy. Compliance is happy.", "icd"),
    C("Invoice {invoice} from {vendor} is {money}, cost center {costcenter}. Can you code it?", "money po"),
    C("Will Patel from {vendor} presents the new nurse-call system {mtgdate}.", "name-like exec-name calendar"),
    C("Ms. {S1.last} from the KPMG audit team confirmed for {mtgdate} at {time}.", "exec-name calendar"),
    C("Press release draft: \"Meridian opens Andover outpatient center at 300 Minuteman Rd.\" Derek needs Cathy's quote by {time}.", "facility-address press"),
    C("{B1.full}'s assistant asked to move the governance call to {mtgdate}.", "exec-name calendar"),
    C("The Whitmore Family Foundation grant ($250K) closes {mtgdate}. Lorraine needs Cathy's signature on the agreement.", "money calendar"),
    C("FYI {D1.full} is touring the NICU {mtgdate} as part of the campaign. Lorraine will escort.", "exec-name calendar"),
    C("Security asked for license plates for the board dinner guests. I told them to ask the guests directly; we don't keep that.", "vehicle-topic"),
    C("Visitor badge for {V1.full} (Korn Ferry), arriving {time}, meeting Cathy in {room}.", "exec-name"),
    C("Patients aged 65 to 89 were {pct} of discharges in {fy}.", "age-aggregate"),
    C("Bed 12 on 4 West is out of service; {ticket} is open with biomed.", "ticket"),
    C("Chase is hosting a breakfast at the Lowell Memorial Auditorium {mtgdate}. Cathy declined, please send regrets.", "name-like calendar"),
    C("Rose, Faith and Hope are the three new assistants in the foundation office. Welcome them!", "name-like"),
    C("Grant Hollis (campaign cabinet) wants 20 minutes with Cathy about naming rights for the tower.", "name-like exec-name"),
    C("Page 4 of the board book has the wrong date for the annual meeting; it should be {mtgdate}.", "name-like calendar"),
    C("Mark as read: the Joint Commission survey window opens {mtgdate}.", "name-like calendar"),
    C("Version 3.2.1 of the budget model is on SharePoint; v3.1 is obsolete, please delete your copies.", "version"),
    C("{E1.first} wants the CEO town hall moved to {mtgdate} in {facility}.", "calendar exec-name"),
    C("Lunch for the finance committee: 12 people, [[2|3|4|5]] vegetarian. Charge cost center {costcenter}.", "money"),
    C("Shipping ZIP for the main campus is 01852. The Andover office is 01810, Burlington admin is 01803.", "zip-like facility-address"),
    C("Call with {vendor} re: contract {contract} at {time}. {E1.first} is joining.", "calendar exec-name"),
    C("The settlement reserve is {money} for {fy} per Howard. Please don't circulate the draft.", "money"),
    C("Board bios: {B1.full}, {B2.full}, {B3.full}. Derek needs headshots by {mtgdate}.", "exec-name calendar"),
    C("Room 5112 is the CEO office overflow during survey week. The key is with {S1.first}.", "exec-name"),
    C("Ticket {ticket}: the display in the Rose Garden room is dead again.", "ticket name-like"),
    C("Our Haverhill site needs three more parking spaces for visiting execs. Facilities says {money}.", "money"),
    C("`{ticket}` delivery for the board retreat binders arrives {mtgdate}.", "ticket calendar"),
    C("Print job 88214 for the board packets failed: 240 pages, color. Reprinting on 3.", "ticket"),
    C("Heads up, Will is out today. He usually does the catering orders, so ask {S1.first}.", "name-like exec-name"),
    C("Cathy asked for 90-day readmissions by service line. Analytics says {count} total in {fy}.", "age-aggregate"),
    C("Mark {S1.full} as optional on the compliance committee invite.", "name-like exec-name"),
    C("The W-2 correction for the exec team goes through HR, not us. {E1.first} has the ticket ({ticket}).", "ticket exec-name"),
    C("Bill Okafor (the Suffolk PM) will walk Cathy through the tower site {mtgdate} at {time}. Hard hats in my office.", "name-like exec-name calendar"),
    C("Cathy's flight: {flight} BOS-ORD, departs {time} {mtgdate}, seat 3C. Hotel conf # {conf}.", "travel calendar"),
    C("Consent policy: ages 18-89 use the standard form, 90+ goes through the new elder consent review. Angela's deck explains.", "age-aggregate"),
    C("Donor wall update: add {D1.full} and the Abernathy Family Foundation. Engraver quotes {money}.", "exec-name money"),
    C("Who has the key to the Faith & Healing chapel? The interfaith council meets there {mtgdate}.", "name-like calendar"),
    C("{mention} can you send {E1.first} the {fy} budget variance by {time}?", "exec-name"),
    C("Hope Pavilion capital campaign is at {money} of the $40M goal. {D1.full} just pledged again.", "money exec-name name-like"),
    C("Agenda for the audit committee ({mtgdate}):\n1. External auditor report ({vendor})\n2. {fy} management letter\n3. Executive session", "calendar"),
    C("The bond counsel call moved to {mtgdate}. Dial in from Zoom ID {zoomid}; no phone bridge this time.", "calendar"),
    C("Cathy will speak at the MHA conference {mtgdate} in Framingham. Booth is #214.", "calendar"),
    C("Dr. {S1.last} (CMIO) says the patient portal will show the new logo after release {ver}.", "version exec-name"),
    C("Two board members (Sunita and Gerald) asked for printed packets. Courier to the usual addresses is booked.", "exec-name"),
    C("Patient experience scores for {fy}: HCAHPS top-box {pct}. Press Ganey's {V1.full} will present.", "exec-name"),
    C("Heads up: the SSN field is being removed from the visitor sign-in form per policy {policy}.", "ssn-topic"),
    C("Chart audit sample is 30 MRNs per unit this quarter. HIM will send the list through the secure portal, not Slack.", "mrn-topic"),
    C("| Meeting | Date | Room |\n|---|---|---|\n| Finance | {mtgdate} | Boardroom B |\n| Quality | {mtgdate} | {room} |\n| Governance | {mtgdate} | Zoom |", "calendar table"),
    C("{E1.first} needs a rush PO for the Sodexo contract, {money}. Cost center {costcenter}.", "po money exec-name"),
    C("The ED expansion groundbreaking is at {facaddr} on {mtgdate}. The Mayor's office confirmed.", "facility-address calendar"),
    C("CO-W approved the {fy} travel policy; MS and PN sign next. Then it goes to the audit committee {mtgdate}.", "exec-name calendar"),
    C("Per CO-W: no press at the ribbon cutting until Derek clears the list. HF is fine with the release.", "exec-name press"),
    C("FYI: the interfaith breakfast honoree is Rev. Calvin Merriweather. Cathy will introduce him.", "exec-name"),
]

CLEAN_EASY = [
    CE("running {n} min late, start without me", "lowercase"),
    CE("Can you print {n} copies of the deck for the {time} meeting?"),
    CE("Cathy wants coffee in the boardroom before the {time}. [[Oat milk please.|Decaf for her.|Extra cups.]]"),
    CE("thx!! {emoji}"),
    CE("Is the exec huddle still on for {time}?"),
    CE("Lunch is here, conference room {n}. [[Come grab it|Help yourselves|First come first served]]."),
    CE("The projector in the boardroom is acting up again 😩 [[Can someone call AV?|Anyone know the trick?|Third time this week.]]"),
    CE("Can someone restock the printer paper on {floor}?"),
    CE("Approved. Please send to finance {emoji}"),
    CE("Reminder: office closed {day} for the holiday."),
    CE("Who's covering the front desk at lunch {day}?"),
    CE("Please send me the latest version of the strategic plan deck. [[Thanks!|Need it by noon.|The one with Cathy's edits.]]"),
    CE("Can you set up a recurring 1:1 for Cathy and {E1.first}, biweekly, 30 min?", "exec-name calendar"),
    CE("I'm WFH {day}, reachable on Teams all day."),
    CE("Great job on the gala, everyone {emoji}"),
    CE("Did the board minutes get posted to the portal yet? [[Cathy's asking.|The chair wants them.|Just checking.]]"),
    CE("pls check if the courier came for the signed contracts", "lowercase"),
    CE("Cathy's {day} is full. Offer next week instead?", "calendar"),
    CE("*Reminder:* expense reports are due {day} by noon."),
    CE("Can we push staff meeting to {time}?"),
    CE("ok sounds good {emoji}"),
    CE("Has anyone seen the blue binder from the retreat? [[It has Cathy's notes.|Left it in the boardroom.|Asking for a friend.]]"),
    CE("The catering order for {time} is confirmed, {n} people."),
    CE("Cathy's car will be out front at {time}."),
    CE("Can I get edit access to the exec team tracker? [[Thanks in advance.|Need to update the status column.|The link says view only.]]"),
    CE("Bot: what's on Cathy's calendar {day}?", "bot"),
    CE("@assistant move my {time} with {E1.first} to {day}", "bot calendar exec-name"),
    CE("/remind me to send the board packet at {time}", "bot"),
    CE("Assistant, book a room for {n} people {day} afternoon", "bot"),
    CE("Thanks for covering {day}, I owe you one ☕"),
    CE("the shared drive is down again? [[anyone else?|cant open anything|ugh]]", "lowercase"),
    CE("Who ordered {n} lbs of coffee 😂"),
    CE("Fire drill on {floor} at {time}, heads up"),
    CE("Can someone sign for the FedEx at the front desk? [[I'm stuck in a meeting.|It's for Cathy.|Thanks!]]"),
    CE("Cathy says yes to the panel, no to the podcast. [[Please reply to both.|Send regrets to the podcast.|I'll handle the panel.]]"),
    CE("Please add the {fy} results to the agenda for {day}."),
    CE("FYI the elevators in the tower are being serviced all week. [[Use the garage side.|Plan extra time.|Sorry in advance.]]"),
    CE("Where do we keep the extra name badges? [[Need {n} for tomorrow.|The lanyard box is empty.|Asking for the retreat.]]"),
    CE("I'll take notes at the leadership meeting {day}."),
    CE("The budget template is in the finance folder, tab {n}."),
    CE("Reminder to submit your PTO requests for December by {day}."),
    CE("Can someone grab the mail from the executive mailroom? [[I'm off site.|There's a package for Cathy.|Thanks!]]"),
    CE("draft agenda attached, comments by EOD pls {emoji}", "lowercase"),
    CE("Ugh, Outlook keeps logging me out. [[Again.|Third time today.|Anyone else?]]"),
    CE("New hand sanitizer stations are up on every floor {emoji}"),
    CE("Can we order more letterhead? We're down to {n} boxes."),
    CE("Cathy's speech for the nursing awards is v{n} now, tracked changes on.", "version"),
    CE("Need a headcount for the holiday party by {day}."),
    CE("Bot, summarize {day}'s exec team meeting notes", "bot"),
    CE("@assistant decline the vendor lunch on {day} politely", "bot"),
    CE("Copy that. [[On it.|Will do.|Done.]]"),
    CE("Meeting moved to the 5th floor, same time. [[Room is on the left.|Bring your badge.|Sorry for the shuffle.]]"),
    CE("Who's the contact in facilities for the thermostat in the boardroom? It's {n} degrees too warm."),
    CE("The town hall slides need the new logo, not the old one. [[Can you swap it?|Marketing has the files.|Slide 1 and the last one.]]"),
    CE("Please don't schedule anything over Cathy's lunch on {day}s.", "calendar"),
    CE("Agenda for exec team {day}:\n1. Budget update\n2. Strategic plan\n3. Open items"),
    CE("Weather looks bad {day}, Cathy may work from home."),
    CE("Can we get the retreat photos on the shared drive? [[Derek wants a few for the newsletter.|Only the group shots.|Thanks!]]"),
    CE("reminder: badge photos retaken {day} 9-11 in HR", "lowercase"),
    CE("Are we doing cake for {E1.first}'s work anniversary {day}? {emoji}", "exec-name"),
    CE("The shredding bin is full again. [[Called facilities.|Can someone ping them?|Please don't overfill it.]]"),
    CE("Thank-you notes for the board dinner are signed and ready to mail. [[{n} of them.|Stamps are on my desk.|Cathy signed all of them.]]"),
    CE("Any objection to moving the exec retreat to the Cape? [[Cathy likes the idea.|Same dates.|Need answers by {day}.]]"),
    CE("Cathy approved the new org chart, posting on {day}."),
    CE("Annual report proofs are back from the printer, they look great {emoji}"),
    CE("Can I borrow someone's HDMI adapter? [[Mine died.|Just for the {time}.|Will return it, promise.]]"),
    CE("quick reminder: leadership rounding starts at {time} sharp", "lowercase"),
    CE("Per Cathy: no laptops at the board retreat dinner 😅"),
    CE("Could someone check whether the Teams room on {floor} has a working mic?"),
    CE("Calendar hold sent for the strategy offsite, details TBD. [[Two days.|Probably in October.|Block your calendars.]]", "calendar"),
    CE("Is anyone going to the Costco run {day}? [[We need water for the boardroom.|I can drive.|Cathy wants the good coffee.]]"),
    CE("Out sick today, will check messages later. [[Sorry!|Back tomorrow hopefully.|{E1.first} has my list.]]"),
]


def build():
    r = random.Random(SEED)
    items = []
    seen = set()

    def draw(frames, want_phi):
        best = min(f.uses for f in frames)
        cand = [f for f in frames if f.uses == best]
        r.shuffle(cand)
        for fr in cand + [f for f in frames if f.uses < MAX_USES and f.uses != best]:
            if fr.uses >= MAX_USES:
                continue
            for _ in range(60):
                text, spans, tags = render(fr, r)
                if bool(spans) != want_phi:
                    raise AssertionError("frame kind mismatch: %r" % fr.t)
                if text in seen or not verify(text, spans):
                    continue
                if not want_phi and (EMAIL_RE.search(text) or PHONE_RE.search(text)):
                    raise AssertionError("clean frame leaks a contact value: %r" % text)
                fr.uses += 1
                seen.add(text)
                return text, spans, auto_tags(text, spans, tags, fr)
        raise RuntimeError("no frame could be rendered")

    for _ in range(N_PHI):
        items.append(draw(PHI_FRAMES, True))
    for _ in range(N_CLEAN_HARD):
        items.append(draw(CLEAN_HARD, False))
    for _ in range(N_CLEAN - N_CLEAN_HARD):
        items.append(draw(CLEAN_EASY, False))
    r.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (text, spans, tags) in enumerate(items, 1):
            rec = {"id": "ie-%04d" % i, "text": text,
                   "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": tags}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    frames = PHI_FRAMES + CLEAN_HARD + CLEAN_EASY
    used = sum(1 for f in frames if f.uses)
    print("wrote %d messages (%d PHI, %d clean) from %d frames (%d used) to %s"
          % (len(items), sum(1 for it in items if it[1]), sum(1 for it in items if not it[1]),
             len(frames), used, OUT))


if __name__ == "__main__":
    build()
