#!/usr/bin/env python3
"""Generator of a PHI-labelled chat corpus (prefix ig).

Persona: practice administrator of a multi-site dental, oral surgery and
orthodontics group.  Standard library only, fixed seed.  Writes
generated_ig.jsonl next to this script.

Template syntax: literal text with placeholders
  {TYPE:expr}  -> a labelled span of TYPE
  {expr}       -> filler text, no span
expr is either a generator name (optionally `gen~key` to reuse one value) or
`var.attr` for a person (var kind by first letter: p patient, c child patient,
g guardian/parent, r relative, s staff, v vendor/visitor, e executive; an
optional second letter f/m fixes the gender).
"""
import json, os, random, re, unicodedata

SEED = 20240611
RNG = random.Random(SEED)

# ----------------------------------------------------------------- names ---
# origin: (female given names, male given names, surnames)
ORIGINS = {
    "hispanic": (
        ["María", "Guadalupe", "Ximena", "Yesenia", "Marisol", "Lucía", "Daniela",
         "Rocío", "Alejandra", "Itzel", "Maritza", "Esperanza"],
        ["José", "Juan Carlos", "Alejandro", "Francisco", "Luis", "Jesús", "Mateo",
         "Santiago", "Héctor", "Ernesto", "Rigoberto", "Joaquín"],
        ["García", "Rodríguez", "Hernández", "López", "Martínez", "de la Cruz",
         "Gutiérrez", "Ramírez", "Castillo", "Morales", "Vargas-Ortiz", "Delgado",
         "Quiñones", "Del Valle"]),
    "african_american": (
        ["Keisha", "Latoya", "Ebony", "Tanisha", "Imani", "Aaliyah", "Shanice",
         "Jasmine", "Monique", "Deja", "Tamika", "Precious"],
        ["DeShawn", "Tyrone", "Jamal", "Darnell", "Marcus", "Terrell", "Andre",
         "Malik", "Reginald", "Xavier", "Cedric", "Jaylen"],
        ["Washington", "Jefferson", "Jackson", "Robinson", "Freeman", "Banks",
         "Coleman", "Gaines", "Battle", "Whitfield", "McCray", "Lattimore"]),
    "west_african": (
        ["Chiamaka", "Adaeze", "Ngozi", "Folake", "Abena", "Ama", "Aminata",
         "Fatoumata", "Yewande", "Efua"],
        ["Oluwaseun", "Chinedu", "Emeka", "Kwame", "Kofi", "Babajide", "Ousmane",
         "Mamadou", "Tunde", "Ikechukwu"],
        ["Okafor", "Adeyemi", "Mensah", "Nwosu", "Boateng", "Diallo", "Okonkwo",
         "Asante", "Balogun", "Traoré", "Adebayo-Cole", "Owusu"]),
    "east_african": (
        ["Wanjiru", "Achieng", "Amina", "Hodan", "Selamawit", "Nyokabi",
         "Fardowsa", "Tigist"],
        ["Tesfaye", "Abdirahman", "Kiprono", "Dawit", "Mwangi", "Omondi",
         "Yohannes", "Bashir"],
        ["Kamau", "Otieno", "Hailu", "Mohamed", "Abdullahi", "Wanjiku",
         "Gebremedhin", "Kiprotich", "Mutua", "Warsame"]),
    "south_asian": (
        ["Priya", "Ananya", "Sunita", "Fatima", "Deepika", "Harpreet", "Nazia",
         "Lakshmi", "Meera", "Shreya"],
        ["Rajesh", "Arjun", "Vikram", "Imran", "Sanjay", "Gurpreet", "Rohan",
         "Abhishek", "Farhan", "Venkat"],
        ["Patel", "Sharma", "Reddy", "Iyer", "Chowdhury", "Singh", "Gupta",
         "Venkataraman", "Khan", "Banerjee", "Desai", "Nair"]),
    "east_asian": (
        ["Mei", "Yuki", "Ji-woo", "Hana", "Xiaoling", "Min-seo", "Aiko", "Lian"],
        ["Wei", "Hiroshi", "Jun", "Min-jun", "Takeshi", "Haoran", "Seung-ho",
         "Kenji"],
        ["Chen", "Wang", "Nakamura", "Kim", "Park", "Liu", "Tanaka", "Zhang",
         "Choi", "Huang", "Yamamoto"]),
    "southeast_asian": (
        ["Linh", "Thuy", "Maricel", "Siriporn", "Dewi", "Mai", "Rosalinda",
         "Kim Anh"],
        ["Minh", "Tuan", "Rizal", "Somchai", "Jericho", "Bao", "Arnel", "Putu"],
        ["Nguyễn", "Tran", "Pham", "Santos", "Reyes", "Bautista", "Wongsakul",
         "Siregar", "Le", "Vo", "dela Peña"]),
    "middle_eastern": (
        ["Layla", "Noor", "Yasmin", "Mariam", "Rania", "Dalia", "Shirin",
         "Zainab"],
        ["Omar", "Khalid", "Youssef", "Tariq", "Karim", "Ali", "Reza", "Samir"],
        ["Haddad", "Al-Amin", "Khoury", "Nasser", "Rahimi", "El-Sayed", "Mansour",
         "Farouk", "Abboud", "Tehrani"]),
    "eastern_european": (
        ["Olena", "Katarzyna", "Irina", "Svetlana", "Agnieszka", "Milena", "Daria",
         "Zuzana"],
        ["Dmitri", "Aleksandr", "Piotr", "Bogdan", "Oleksandr", "Tomasz",
         "Vladimir", "Nikola"],
        ["Kowalski", "Petrov", "Nowak", "Shevchenko", "Horvath", "Wiśniewski",
         "Popescu", "Kovalenko", "Novák", "Zielinski"]),
    "irish": (
        ["Siobhan", "Niamh", "Aoife", "Maeve", "Bridget", "Colleen", "Saoirse",
         "Caitlin"],
        ["Liam", "Declan", "Padraig", "Seamus", "Cormac", "Eoin", "Ronan",
         "Brendan"],
        ["O'Neill", "Murphy", "Gallagher", "McCarthy", "Fitzgerald", "O'Sullivan",
         "Byrne", "Donnelly", "Kavanagh", "McLaughlin"]),
    "italian": (
        ["Giulia", "Francesca", "Rosa", "Antonella", "Chiara", "Lucia", "Teresa",
         "Gianna"],
        ["Giuseppe", "Marco", "Salvatore", "Vincenzo", "Antonio", "Luca",
         "Dominic", "Carmine"],
        ["Russo", "Esposito", "Bianchi", "Romano", "Colombo", "DeLuca", "Ferraro",
         "Rinaldi", "Di Stefano", "Lombardi"]),
    "native_american": (
        ["Winona", "Kimi", "Tallulah", "Aiyana", "Nizhoni", "Dyani"],
        ["Chayton", "Ahiga", "Tohon", "Kele", "Elan", "Hototo"],
        ["Begay", "Yazzie", "Tsosie", "Running Bear", "Whitehorse", "Redcloud",
         "Benally", "Attakai", "Littlefeather", "Deschenie"]),
    "pacific_islander": (
        ["Leilani", "Malia", "Keala", "Mele", "Losana", "Sina", "Noelani"],
        ["Keoni", "Sione", "Tevita", "Kaimana", "Manu", "Iosefa", "Kalani"],
        ["Kealoha", "Fifita", "Tuilagi", "Mahoe", "Faleolo", "Taufa",
         "Kahananui", "Leota", "Palelei"]),
    "anglo": (
        ["Hope", "Faith", "Rose", "Joy", "Margaret", "Elizabeth", "Emily",
         "Hannah", "Katherine", "Page"],
        ["William", "Robert", "Grant", "Chase", "Will", "Mark", "Bill", "Thomas",
         "Wyatt", "Frank"],
        ["Van Dyke", "Page", "Miller", "Whitaker", "St. Pierre", "Grant", "Bishop",
         "Rose", "Chase", "Hope", "Lindqvist", "Pennington"]),
    "haitian_brazilian": (
        ["Mirlande", "Nadège", "Thaís", "Fernanda", "Guerline", "Beatriz"],
        ["Jean-Baptiste", "Wesner", "João", "Rafael", "Fritzner", "Thiago"],
        ["Pierre-Louis", "Desrosiers", "Toussaint", "da Silva", "Oliveira",
         "dos Santos", "Pereira", "Baptiste"]),
}
ORIGIN_KEYS = sorted(ORIGINS)

NICK = {
    "William": "Billy", "Robert": "Bobby", "Elizabeth": "Liz", "Katherine": "Kate",
    "Margaret": "Peggy", "Oluwaseun": "Seun", "Guadalupe": "Lupe",
    "Francisco": "Paco", "José": "Pepe", "Aleksandr": "Sasha", "Oleksandr": "Sasha",
    "Babajide": "Jide", "Ikechukwu": "Ike", "Chiamaka": "Amaka", "Alejandro": "Alex",
    "Alejandra": "Ale", "Giuseppe": "Joe", "Salvatore": "Sal", "Vincenzo": "Vinnie",
    "Dominic": "Dom", "Padraig": "Paddy", "Abhishek": "Abhi", "Venkat": "Venky",
    "Rigoberto": "Rigo", "Jesús": "Chuy", "Dmitri": "Dima", "Reginald": "Reggie",
    "Tanisha": "Tish", "Abdirahman": "Abdi", "Katarzyna": "Kasia", "Bridget": "Biddy",
    "Kaimana": "Kai", "Thomas": "Tommy", "Precious": "Pree", "Maritza": "Mari",
    "Rosalinda": "Linda", "Antonella": "Nella", "Jean-Baptiste": "JB",
    "Francesca": "Frankie", "Seamus": "Shay", "Svetlana": "Sveta",
}

CHILD_F = ["Sofia", "Ava", "Zuri", "Amara", "Isabella", "Aanya", "Chloé", "Nia",
           "Ayla", "Kalea", "Zoë", "Mia", "Ximena", "Naledi", "Harper", "Yara"]
CHILD_M = ["Mateo", "Jayden", "Kofi", "Aarav", "Liam", "Elijah", "Noah", "Omar",
           "Kai", "Dmytro", "Santiago", "Tevita", "Malik", "Ethan", "Hiro", "Caleb"]

# ---------------------------------------------------------------- places ---
TOWNS = [("Lowell", "MA", "01852"), ("Dracut", "MA", "01826"), ("Lawrence", "MA", "01841"),
         ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"), ("Amesbury", "MA", "01913"),
         ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
         ("Andover", "MA", "01810"), ("North Andover", "MA", "01845"), ("Salem", "NH", "03079"),
         ("Nashua", "NH", "03060"), ("Hudson", "NH", "03051"), ("Pelham", "NH", "03076"),
         ("Windham", "NH", "03087"), ("Groveland", "MA", "01834"), ("Westford", "MA", "01886"),
         ("Londonderry", "NH", "03053"), ("Georgetown", "MA", "01833")]
STREETS = ["Maple Ridge Rd", "Pawtucket Blvd", "Lakeview Ave", "Broadway", "Chestnut St",
           "Old Ferry Rd", "Tarbox Ln", "Rogers St", "Kenwood Ave", "Mammoth Rd",
           "Osgood St", "Boston Rd", "Rte 110", "Pleasant St", "Hildreth St",
           "Bridge St", "Salem St", "Primrose Way", "Daniel Webster Hwy",
           "Whittier Dr", "Mill Pond Cir", "Varnum Ave", "Lowell Rd", "Jackson St",
           "Cedar Hill Ter", "Brookside Dr"]
SITES = {  # facility name -> facility address (not PHI)
    "Andover": "300 Brickstone Sq, Suite 210, Andover MA 01810",
    "Haverhill": "81 Merrimack St, Haverhill MA 01830",
    "Lowell": "1 Shattuck St, 4th floor, Lowell MA 01852",
    "Nashua": "14 Main Dunstable Rd, Nashua NH 03060",
    "Methuen": "360 Merrimack St, Bldg 9, Methuen MA 01844",
}
SITE_ROLE = {"Andover": "general", "Haverhill": "general", "Lowell": "ortho",
             "Nashua": "oral surgery", "Methuen": "general + perio"}
PRACTICE = "Riverbend Dental Partners"
DOMAIN = "riverbenddental.com"

# ------------------------------------------------------------ utilities ---
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FW = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}
ZW = "\u200b"
NBSP = "\u00a0"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def luhn_complete(prefix, length, r):
    digits = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def date_fmt(r, y, m, d, styles):
    st = r.choice(styles)
    if st == "md":
        return "%d/%d" % (m, d)
    if st == "mdy":
        return "%02d/%02d/%d" % (m, d, y)
    if st == "mdy_short":
        return "%d/%d/%02d" % (m, d, y % 100)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "long":
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if st == "mon":
        return "%s %d" % (MON[m - 1], d)
    if st == "month":
        return "%s %d" % (MONTHS[m - 1], d)
    if st == "monord":
        return "%s %s" % (MON[m - 1], ordinal(d))
    if st == "dmy":
        return "%d-%s-%d" % (d, MON[m - 1], y)
    if st == "dmy_long":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if st == "dots":
        return "%d.%d.%02d" % (m, d, y % 100)
    if st == "packed":
        return "%02d%02d%d" % (m, d, y)
    if st == "dash":
        return "%d-%d-%d" % (m, d, y)
    raise ValueError(st)


def rand_ymd(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_W = {90: "ninety", 100: "one hundred"}
UNITS_W = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# --------------------------------------------------------------- person ---
class Person:
    def __init__(self, r, kind, gender=None, surname=None):
        self.kind = kind
        self.g = gender or r.choice("fm")
        if kind == "n":  # someone who has a common nickname
            fems = {n for o in ORIGINS.values() for n in o[0]}
            self.first = r.choice(sorted(NICK))
            self.g = "f" if self.first in fems else "m"
            self.last = surname or r.choice(ORIGINS[r.choice(ORIGIN_KEYS)][2])
        elif kind == "c":
            origin = r.choice(ORIGIN_KEYS)
            self.first = r.choice(CHILD_F if self.g == "f" else CHILD_M)
            self.last = surname or r.choice(ORIGINS[origin][2])
        else:
            origin = r.choice(ORIGIN_KEYS)
            fem, mal, sur = ORIGINS[origin]
            self.first = r.choice(fem if self.g == "f" else mal)
            if surname:
                self.last = surname
            elif r.random() < 0.15:
                self.last = r.choice(ORIGINS[r.choice(ORIGIN_KEYS)][2])
            else:
                self.last = r.choice(sur)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTVW")
        self.r = r
        self.cache = {}

    def attr(self, a):
        if a in self.cache:
            return self.cache[a]
        v = self._attr(a)
        self.cache[a] = v
        return v

    def _attr(self, a):
        r, f, l, g = self.r, self.first, self.last, self.g
        if a == "first": return f
        if a == "last": return l
        if a == "full": return "%s %s" % (f, l)
        if a == "mid": return "%s %s. %s" % (f, self.mi, l)
        if a == "inv": return "%s, %s %s" % (l.upper(), f.upper(), self.mi)
        if a == "invc": return "%s, %s" % (l, f)
        if a == "init": return "%s. %s" % (f[0], l)
        if a == "fl": return "%s %s." % (f, l[0].upper())
        if a == "nick": return NICK.get(f, f)
        if a == "nickfull": return "%s %s" % (NICK.get(f, f), l)
        if a == "first_lc": return f.lower()
        if a == "last_lc": return l.lower()
        if a == "full_lc": return ("%s %s" % (f, l)).lower()
        if a == "full_uc": return ("%s %s" % (f, l)).upper()
        if a == "last_uc": return l.upper()
        if a == "hon":
            if g == "m": return "Mr."
            return r.choice(["Ms.", "Mrs.", "Ms."])
        if a == "hon_nodot": return "Mr" if g == "m" else "Ms"
        if a == "he": return "he" if g == "m" else "she"
        if a == "He": return "He" if g == "m" else "She"
        if a == "his": return "his" if g == "m" else "her"
        if a == "His": return "His" if g == "m" else "Her"
        if a == "him": return "him" if g == "m" else "her"
        if a == "son": return "son" if g == "m" else "daughter"
        if a == "parent": return "dad" if g == "m" else "mom"
        if a == "Parent": return "Dad" if g == "m" else "Mom"
        if a == "spouse": return "husband" if g == "m" else "wife"
        if a == "sib": return "brother" if g == "m" else "sister"
        if a == "dr": return "Dr. %s" % l
        if a == "email":
            fa, la = slug(f), slug(l)
            return r.choice([
                "%s.%s@gmail.com" % (fa, la), "%s%s%d@yahoo.com" % (fa, la, r.randint(1, 99)),
                "%s%s@comcast.net" % (fa[0], la), "%s_%s@outlook.com" % (la, fa),
                "%s.%s%d@icloud.com" % (fa, la[:4], r.randint(60, 99)),
                "%s%s@verizon.net" % (fa, la[0])])
        if a == "email_ev":
            fa, la = slug(f), slug(l)
            return r.choice(["%s.%s [at] gmail [dot] com" % (fa, la),
                             "%s%s (at) yahoo (dot) com" % (fa, la),
                             "%s dot %s at outlook dot com" % (fa, la)])
        if a == "wemail":
            return "%s%s@%s" % (slug(f)[0], slug(l), DOMAIN)
        if a == "xemail":  # business e-mail at another office / vendor
            dom = r.choice(["merrimackfamilydental.com", "glidewelldental.com",
                            "nashuaendo.com", "straumann.com", "henryschein.com",
                            "northshoreperio.net", "dexis.com", "deltadentalma.com"])
            return "%s.%s@%s" % (slug(f), slug(l), dom)
        if a == "handle": return "%s.%s" % (slug(f), slug(l))
        if a == "url":
            return "https://smile.%s/progress/%s-%s-%d" % (DOMAIN, slug(f), slug(l), r.randint(1000, 9999))
        if a == "first_typo":
            if len(f) > 4:
                i = r.randint(1, len(f) - 2)
                return f[:i] + f[i + 1] + f[i] + f[i + 2:]
            return f + f[-1]
        if a == "last_typo":
            head, _, word = l.rpartition(" ")
            if len(word) > 4:
                i = r.randint(1, len(word) - 2)
                word = word[:i] + word[i + 1:]
            else:
                i = r.randint(1, len(word) - 1)
                word = word[:i] + word[i] + word[i:]
            return (head + " " + word) if head else word
        if a == "wfirst":
            if "wf" not in self.cache:
                self.cache["wf"] = r.choice(["Hope", "Faith", "Rose", "Joy", "Page", "Destiny"] if g == "f"
                                            else ["Grant", "Chase", "Will", "Mark", "Bill", "Hunter"])
            return self.cache["wf"]
        if a == "wfull": return "%s %s" % (self.attr("wfirst"), l)
        if a == "full_typo": return "%s %s" % (f, self.attr("last_typo"))
        raise KeyError(a)

# ------------------------------------------------------------ generators ---
AREA = ["978", "603", "617", "781", "351", "508", "339"]
PAYERS = ["Delta Dental of MA", "MetLife", "Cigna Dental", "Aetna DMO", "Guardian",
          "United Concordia", "MassHealth Dental", "Humana Dental", "BCBS Dental Blue",
          "NH Medicaid (DentaQuest)"]
LABS = ["Glidewell", "Precision Dental Lab", "Merrimack Valley Dental Lab", "Keating Dental Arts",
        "DDS Lab", "Dental Arts Lab of Nashua"]
VENDORS = ["Henry Schein", "Patterson", "Benco", "Straumann", "Nobel Biocare", "Zimmer Biomet",
           "Dentsply Sirona", "Carestream", "Dexis", "Align", "Weave", "Vyne", "CareCredit"]
SOFTWARE = ["Dentrix", "Eaglesoft", "Open Dental", "Dexis", "Sidexis", "Apteryx", "Romexis"]
CDT = ["D0150", "D0210", "D0330", "D1110", "D2740", "D2950", "D3330", "D4341", "D4910",
       "D6010", "D6057", "D6058", "D7140", "D7210", "D7240", "D7953", "D8080", "D9239", "D9243"]
ICD = ["K02.52", "K05.31", "K08.121", "K01.1", "K04.7", "M26.212", "K08.419"]


def g_phone(c, style=None):
    r = c.r
    a, x, n = r.choice(AREA), r.randint(201, 989), r.randint(0, 9999)
    st = style or r.choice(["dash", "paren", "dot", "plus", "dash", "paren", "space", "packed"])
    if st == "dash": return "%s-%03d-%04d" % (a, x, n)
    if st == "paren": return "(%s) %03d-%04d" % (a, x, n)
    if st == "dot": return "%s.%03d.%04d" % (a, x, n)
    if st == "plus": return "+1 %s %03d %04d" % (a, x, n)
    if st == "space": return "%s %03d %04d" % (a, x, n)
    if st == "packed": return "%s%03d%04d" % (a, x, n)
    if st == "plusdash": return "+1-%s-%03d-%04d" % (a, x, n)
    raise ValueError(st)


def g_phone_ext(c):
    return "%s %s" % (g_phone(c, c.r.choice(["dash", "paren"])),
                      c.r.choice(["ext. %d", "x%d", "ext %d", "#%d"]) % c.r.randint(10, 499))


def g_phone_ev(c):
    r = c.r
    c.tags.add("evasion")
    a, x, n = r.choice(AREA), "%03d" % r.randint(201, 989), "%04d" % r.randint(0, 9999)
    st = r.choice(["spaced", "words", "mixed"])
    if st == "spaced": return " ".join(a + x + n)
    if st == "words": return " ".join(SPELL[int(d)] for d in a + x + n)
    return "%s-%s.%s %s" % (a, x, n[:2], n[2:])


def g_phone_zw(c):
    c.tags.add("evasion")
    a, x, n = c.r.choice(AREA), "%03d" % c.r.randint(201, 989), "%04d" % c.r.randint(0, 9999)
    if c.r.random() < 0.5:
        c.tags.add("zero-width")
        return a + ZW + x + ZW + n
    return a + NBSP + x + NBSP + n


def g_hpid_sp(c):
    c.tags.add("evasion")
    d = "%09d" % c.r.randint(10 ** 8, 10 ** 9 - 1)
    return "%s, %s, %s" % tuple(" ".join(SPELL[int(x)] for x in d[i:i + 3]) for i in (0, 3, 6))


def g_mrn_sp(c):
    c.tags.add("evasion")
    d = "%07d" % c.r.randint(10 ** 6, 10 ** 7 - 1)
    return " ".join(SPELL[int(x)] for x in d)


def g_phone_fw(c):
    c.tags.add("fullwidth"); c.tags.add("evasion")
    return g_phone(c, "dash").translate(FW)


def g_ssn_parts(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)


def g_ssn(c):
    a, b, d = g_ssn_parts(c.r)
    return "%s-%s-%s" % (a, b, d)


def g_ssn_ns(c):
    c.tags.add("evasion")
    return "".join(g_ssn_parts(c.r))


def g_ssn_ev(c):
    c.tags.add("evasion")
    a, b, d = g_ssn_parts(c.r)
    st = c.r.choice(["spaced", "mixed", "zw", "dots"])
    if st == "spaced": return " ".join(a + b + d)
    if st == "mixed": return "%s.%s-%s" % (a, b, d)
    if st == "dots": return "%s.%s.%s" % (a, b, d)
    c.tags.add("zero-width")
    return "%s-%s%s-%s" % (a, ZW, b, d)


def g_mrn(c):
    r = c.r
    st = r.choice(["n7", "n8", "n6", "pre", "n7"])
    if st == "n6": return "%06d" % r.randint(100000, 999999)
    if st == "n7": return "%07d" % r.randint(1000000, 9999999)
    if st == "n8": return "%08d" % r.randint(10000000, 99999999)
    return "RB-%06d" % r.randint(100000, 999999)


def g_chart(c):
    r = c.r
    if r.random() < 0.5:
        return "%d" % r.randint(10000, 99999)
    return "%s%04d" % ("".join(r.choice("ABCDEFGHKLMNPRSTW") for _ in range(3)), r.randint(1, 9999))


def g_mrn_ev(c):
    c.tags.add("evasion")
    v = "%07d" % c.r.randint(1000000, 9999999)
    if c.r.random() < 0.5:
        return " ".join(v)
    c.tags.add("zero-width")
    return v[:3] + ZW + v[3:]


def g_hpid(c):
    r = c.r
    st = r.choice(["delta", "metlife", "cigna", "aetna", "guardian", "uc", "bcbs"])
    if st == "delta": return "%011d" % r.randint(10 ** 9, 10 ** 11 - 1)
    if st == "metlife": return "%09d" % r.randint(10 ** 8, 10 ** 9 - 1)
    if st == "cigna": return "U%08d 0%d" % (r.randint(0, 10 ** 8 - 1), r.randint(1, 3))
    if st == "aetna": return "W%09d" % r.randint(0, 10 ** 9 - 1)
    if st == "guardian": return "%d-%02d" % (r.randint(10 ** 8, 10 ** 9 - 1), r.randint(1, 4))
    if st == "uc": return "UC%09d" % r.randint(0, 10 ** 9 - 1)
    return "XBH%09d" % r.randint(0, 10 ** 9 - 1)


def g_medicaid(c):
    r = c.r
    if r.random() < 0.6:
        return "%012d" % r.randint(10 ** 11, 10 ** 12 - 1)
    return "NH%08d" % r.randint(0, 10 ** 8 - 1)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def g_mbi(c):
    r = c.r
    s = (str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(MBI_AN) + str(r.randint(0, 9))
         + r.choice(MBI_A) + r.choice(MBI_AN) + str(r.randint(0, 9)) + r.choice(MBI_A)
         + r.choice(MBI_A) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
    if r.random() < 0.5:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def g_acct(c):
    r = c.r
    st = r.choice(["n", "g", "n", "dash"])
    if st == "n": return "%d" % r.randint(100000, 99999999)
    if st == "g": return "G%06d" % r.randint(0, 999999)
    return "%04d-%04d" % (r.randint(1000, 9999), r.randint(0, 9999))


def g_bank(c):
    return "%d" % c.r.randint(10 ** 9, 10 ** 12 - 1)


def g_cc(c):
    r = c.r
    kind = r.choice(["visa", "mc", "amex", "disc", "visa"])
    if kind == "visa": n = luhn_complete("4", 16, r)
    elif kind == "mc": n = luhn_complete(r.choice(["51", "53", "55", "22"]), 16, r)
    elif kind == "disc": n = luhn_complete("6011", 16, r)
    else:
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        sep = r.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    sep = r.choice([" ", "-", "", " "])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def g_cc_ev(c):
    c.tags.add("evasion")
    n = luhn_complete("4", 16, c.r)
    if c.r.random() < 0.5:
        c.tags.add("fullwidth")
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)).translate(FW)
    return " ".join(n)


def g_exp(c):
    return "%02d/%02d" % (c.r.randint(1, 12), c.r.randint(26, 31))


def g_dl(c):
    r = c.r
    st = r.choice(["ma", "nh", "ma", "ny"])
    if st == "ma": return "S%08d" % r.randint(0, 10 ** 8 - 1)
    if st == "nh": return "%02d%s%s%05d" % (r.randint(1, 12), r.choice("ABCDEFGHKLMNPRSTW"),
                                             r.choice("ABCDEFGHKLMNPRSTW"), r.randint(0, 99999))
    return "%03d %03d %03d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 999))


def g_dea(c):
    r = c.r
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + r.choice("ABCDGHKLMNOPRSTW") + "".join(map(str, d)) + str(chk)


def g_dentlic(c):
    r = c.r
    return r.choice(["DN %d" % r.randint(10000, 39999), "DEN-%05d" % r.randint(0, 99999),
                     "%d" % r.randint(20000, 49999), "DH %d" % r.randint(1000, 19999)])


def g_permit(c):
    return "GA-%04d" % c.r.randint(100, 9999)


def g_plate(c):
    r = c.r
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice(["%d%s%s%d%d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.randint(0, 9), r.randint(10, 99)),
                     "%d%s%s %d%d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.randint(1, 9), r.randint(10, 99)),
                     "%d" % r.randint(1000000, 4999999),
                     "%s%s%s-%d" % (r.choice(L), r.choice(L), r.choice(L), r.randint(1000, 9999))])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(c):
    r = c.r
    v = [r.choice(["1", "2", "3", "5", "J", "K", "W"])] + [r.choice(VIN_CH) for _ in range(16)]
    v[9] = r.choice("MNPRST")
    for i in range(11, 17):
        v[i] = str(r.randint(0, 9))
    s = sum((int(ch) if ch.isdigit() else VIN_VAL[ch]) * w for ch, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def g_udi(c):
    r = c.r
    gtin = "0%013d" % r.randint(10 ** 12, 10 ** 13 - 1)
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%d" % (gtin, r.randint(27, 31), r.randint(1, 12), r.randint(1, 28),
                                                   "".join(r.choice("ABCDEFGHKLMNPRSTW0123456789") for _ in range(6)),
                                                   r.randint(1000000, 9999999))


def g_sn(c):  # implant serial
    r = c.r
    return r.choice(["%s%07d" % (r.choice(["NB", "ST", "ZB", "BH"]), r.randint(0, 9999999)),
                     "%d%s" % (r.randint(10 ** 7, 10 ** 8 - 1), r.choice("ABCDEFX")),
                     "SN-%06d" % r.randint(0, 999999)])


def g_pmsn(c):  # pacemaker / ICD
    r = c.r
    return "%s%06d%s" % (r.choice(["PJN", "RNB", "BLK", "MXT"]), r.randint(0, 999999), r.choice("HGSR"))


def g_cgm(c):
    r = c.r
    return r.choice(["%d%s%d" % (r.randint(10, 99), r.choice("ABCDEFGH"), r.randint(100000, 999999)),
                     "NG%07dH" % r.randint(0, 9999999),
                     "%s%s%06d" % (r.choice("ABCDEFGH"), r.choice("KLMNPQ"), r.randint(0, 999999))])


def g_hearing(c):
    r = c.r
    return "%d%s%04d" % (r.randint(1800, 2499), r.choice("ABCDEFGH"), r.randint(0, 9999))


def g_ip(c):
    r = c.r
    st = r.choice(["10", "192", "172", "10", "v6"])
    if st == "10": return "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 255), r.randint(2, 254))
    if st == "192": return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    if st == "172": return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    return "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 65535) for _ in range(4))


def g_ippub(c):
    r = c.r
    return "%d.%d.%d.%d" % (r.choice([24, 73, 98, 66, 174]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))


def g_ptportal(c):
    r = c.r
    pid = r.randint(100000, 9999999)
    return r.choice([
        "https://portal.%s/patients/%d/treatment-plan" % (DOMAIN, pid),
        "https://pay.%s/statement?acct=%d" % (DOMAIN, pid),
        "https://riverbend.mysecurepay.com/p/%d/balance" % pid,
        "https://portal.%s/visit/%d/consent-sedation" % (DOMAIN, pid),
        "https://forms.%s/intake?patientId=%d" % (DOMAIN, pid)])


def g_paylink(c):
    r = c.r
    return "https://pay.%s/s/%s?pt=%d" % (DOMAIN, "".join(r.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(8)),
                                          r.randint(100000, 9999999))


def g_street(c):
    r = c.r
    st = r.choice(STREETS)
    n = r.randint(2, 1480)
    unit = r.choice(["", "", "", " Apt %d" % r.randint(1, 40), " Unit %d%s" % (r.randint(1, 9), r.choice("ABC")), " #%d" % r.randint(2, 12)])
    return "%d %s%s" % (n, st, unit)


def g_road(c):
    return c.r.choice(STREETS)


def g_town(c):
    return c.r.choice(TOWNS)[0]


def g_zip(c):
    t = c.r.choice(TOWNS)
    if c.r.random() < 0.3:
        return "%s-%04d" % (t[2], c.r.randint(1000, 9999))
    return t[2]


def g_addr_full(c):
    r = c.r
    t, s, z = r.choice(TOWNS)
    st = g_street(c)
    return r.choice(["%s, %s %s %s" % (st, t, s, z), "%s, %s, %s %s" % (st, t, s, z),
                     "%s %s, %s %s" % (st, t, s, z), "%s, %s" % (st, t)])


def g_addr_multi(c):
    c.tags.add("multiline")
    t, s, z = c.r.choice(TOWNS)
    return "%s\n%s, %s %s" % (g_street(c), t, s, z)


def g_pobox(c):
    t, s, z = c.r.choice(TOWNS)
    return "PO Box %d, %s %s %s" % (c.r.randint(10, 9999), t, s, z)


# --- dates
DOB_STYLES = ["mdy", "mdy", "mdy_short", "iso", "long", "dmy", "dash", "dmy_long", "dots"]
VISIT_STYLES = ["md", "md", "mdy", "mon", "monord", "month", "iso", "mdy_short", "dmy"]


def g_dob(c):
    return date_fmt(c.r, *rand_ymd(c.r, 1938, 2004), styles=DOB_STYLES)


def g_dob_child(c):
    return date_fmt(c.r, *rand_ymd(c.r, 2009, 2020), styles=DOB_STYLES)


def g_dob_old(c):
    y, m, d = rand_ymd(c.r, 1928, 1935)
    c.dob_year = y
    return date_fmt(c.r, y, m, d, styles=["mdy", "long", "mdy_short", "dmy"])


def g_age_dob(c):  # age consistent with a dob_old drawn before it (as of 2025)
    return str(2025 - getattr(c, "dob_year", 1932))


def g_dob_packed(c):
    c.tags.add("evasion")
    return date_fmt(c.r, *rand_ymd(c.r, 1940, 2003), styles=["packed"])


def g_dt(c):
    return date_fmt(c.r, *rand_ymd(c.r, 2024, 2026), styles=VISIT_STYLES)


def g_dtn(c):  # numeric short date
    return date_fmt(c.r, *rand_ymd(c.r, 2024, 2026), styles=["md", "mdy", "mdy_short"])


def g_dtl(c):  # written date
    return date_fmt(c.r, *rand_ymd(c.r, 2024, 2026), styles=["mon", "monord", "month", "long", "dmy"])


def g_mdate(c):  # meetings and deadlines: never labelled
    return g_dt(c)


def g_weekday(c):
    return c.r.choice(DAYS)


def g_time(c):
    r = c.r
    return r.choice(["%dpm" % r.randint(1, 4), "%d:%s" % (r.randint(7, 11), r.choice(["00", "15", "30", "45"])),
                     "%d:30" % r.randint(1, 4), "%dam" % r.randint(7, 11), "noon"])


def g_age90(c):
    return str(c.r.randint(90, 104))


def g_age90w(c):
    c.tags.add("evasion")
    n = c.r.randint(90, 99)
    return "ninety" + ("" if n == 90 else "-" + UNITS_W[n - 90])


def g_agey(c):
    return str(c.r.randint(6, 88))


def g_agekid(c):
    return str(c.r.randint(7, 16))


# --- filler (never labelled)
def g_site(c):
    c.site = c.r.choice(list(SITES))
    return c.site


def g_siteaddr(c):
    if getattr(c, "site", None) is None:
        c.site = c.r.choice(list(SITES))
    return SITES[c.site]
def g_payer(c): return c.r.choice(PAYERS)
def g_lab(c): return c.r.choice(LABS)
def g_vendor(c): return c.r.choice(VENDORS)
def g_soft(c): return c.r.choice(SOFTWARE)
def g_cdt(c): return c.r.choice(CDT)
def g_icd(c): return c.r.choice(ICD)
def g_tooth(c): return "#%d" % c.r.choice([2, 3, 8, 9, 12, 14, 18, 19, 20, 29, 30, 31, 1, 16, 17, 32])
def g_op(c): return "Op %d" % c.r.randint(1, 9)
def g_ext(c): return "x%d" % c.r.randint(2100, 4899)
def g_count(c): return str(c.r.randint(3, 48))
def g_group(c): return c.r.choice(["%06d" % c.r.randint(0, 999999), "GRP-%05d" % c.r.randint(0, 99999), "%d-%03d" % (c.r.randint(1000, 9999), c.r.randint(1, 999))])
def g_lot(c): return c.r.choice(["%07d" % c.r.randint(0, 9999999), "LT%05d" % c.r.randint(0, 99999), "%s%d" % (c.r.choice("ABCDEFGHK"), c.r.randint(10000, 99999))])
def g_casenum(c): return "%d" % c.r.randint(1000000, 9999999)
def g_npi(c): return luhn_complete("80840" + c.r.choice("12"), 15, c.r)[5:]
def g_ticket(c): return c.r.choice(["INC%07d" % c.r.randint(0, 9999999), "DEL-%d" % c.r.randint(100, 9999), "IT-%d" % c.r.randint(1000, 99999), "RITM%07d" % c.r.randint(0, 9999999)])
def g_po(c): return c.r.choice(["PO %d" % c.r.randint(40000, 99999), "PO-%d-%04d" % (c.r.randint(2024, 2026), c.r.randint(1, 9999)), "PO#%d" % c.r.randint(100000, 999999)])
def g_invoice(c): return c.r.choice(["INV-%06d" % c.r.randint(0, 999999), "%d" % c.r.randint(1000000, 9999999)])
def g_version(c): return c.r.choice(["%d.%d.%d" % (c.r.randint(1, 24), c.r.randint(0, 12), c.r.randint(0, 9)), "v%d.%d" % (c.r.randint(3, 12), c.r.randint(0, 9)), "build %d.%d.%d.%d" % (c.r.randint(2023, 2025), c.r.randint(1, 12), 0, c.r.randint(1, 9))])
def g_money(c):  # patient-sized amounts
    v = c.r.choice([c.r.randint(25, 480) + c.r.choice([0, 0.5, 0.25, 0.8, 0.4]), c.r.randint(500, 2600),
                    c.r.randint(2600, 6800)])
    return "${:,.2f}".format(v) if c.r.random() < 0.5 else "${:,.0f}".format(v)


def g_bigmoney(c):  # production, budgets, equipment
    r = c.r
    return r.choice(["${:,}".format(r.randint(8, 240) * 1000 + r.choice([0, 500, 250])),
                     "$%dk" % r.randint(12, 480), "$%.1fM" % (r.randint(11, 38) / 10)])


def g_smallmoney(c):
    return "${:,.2f}".format(c.r.randint(3, 180) + c.r.choice([0, 0.5, 0.25, 0.75]))
def g_mention(c): return "<@U%s>" % "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
def g_zoom(c): return "%03d %04d %04d" % (c.r.randint(800, 999), c.r.randint(0, 9999), c.r.randint(0, 9999))
def g_cc_center(c): return "CC-%d" % c.r.randint(1000, 9999)
def g_contract(c): return "C-%d" % c.r.randint(1000, 9999)
def g_qtr(c): return c.r.choice(["Q1", "Q2", "Q3", "Q4"])
def g_fy(c): return "FY%d" % c.r.randint(2025, 2027)
def g_year(c): return str(c.r.randint(2019, 2026))
def g_emoji(c): return c.r.choice([":tooth:", ":pray:", ":white_check_mark:", ":eyes:", "🙏", "🦷", "👍", ":thumbsup:"])
def g_asset(c): return "RB-AST-%05d" % c.r.randint(0, 99999)
def g_percent(c): return "%d%%" % c.r.choice([50, 80, 100, 60, 70, 40])

GEN = {k[2:]: v for k, v in list(globals().items()) if k.startswith("g_") and callable(v)}

# ---------------------------------------------------------------- engine ---
PH = re.compile(r"\{(?:([A-Z_]+):)?([a-z][a-z0-9_]*(?:\.[A-Za-z0-9_]+)?(?:~\w+)?)\}")
VAR = re.compile(r"([pcgrsven])([fm]?)(\d+)$")
TYPES = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
         "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}
PHI_FRAMES, CLEAN_FRAMES = [], []


def P(tags, tpl):
    PHI_FRAMES.append((tags.split(), tpl))


def C(tags, tpl):
    CLEAN_FRAMES.append((tags.split(), tpl))


class Ctx:
    def __init__(self, r):
        self.r = r
        self.people = {}
        self.values = {}
        self.family = None
        self.tags = set()

    def person(self, var):
        if var in self.people:
            return self.people[var]
        m = VAR.match(var)
        if not m:
            raise KeyError(var)
        kind, gender, _ = m.groups()
        surname = None
        fam = kind in "cgr" or var in ("p1", "pf1", "pm1", "n1")
        if fam and self.family and self.r.random() < 0.7:
            surname = self.family
        p = Person(self.r, kind, gender or None, surname)
        # keep names within one message distinct
        for q in self.people.values():
            if q.first == p.first:
                return self.person(var)
        if fam and not self.family:
            self.family = p.last
        self.people[var] = p
        return p

    def eval(self, expr):
        if expr in self.values:
            return self.values[expr]
        base = expr.split("~")[0]
        if "." in base:
            var, a = base.split(".")
            v = self.person(var).attr(a)
        else:
            v = GEN[base](self)
        self.values[expr] = v
        return v


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_RE = re.compile(r"\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")
ALT = re.compile(r"\[\[(.*?)\]\]", re.S)
OPENERS = ["FYI ", "fyi - ", "Quick one: ", "heads up: ", "PSA: ", "hey all, ", "Morning! ", "<!here> ",
           "Sorry to bug everyone — ", "Update: ", "re: earlier — "]
CLOSERS = [" thanks!", " ty", " 🙏", " :pray:", " — thx", " (sorry for the ping)", " lmk", " 👍"]
SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")


def render(frame, r, decorate=False):
    tags, tpl = frame
    tpl = ALT.sub(lambda m: r.choice(m.group(1).split("|")), tpl)
    if decorate:
        if r.random() < 0.6:
            tpl = r.choice(OPENERS) + tpl
        if r.random() < 0.6 or not tpl.startswith(tuple(OPENERS)):
            tpl = tpl + r.choice(CLOSERS)
    c = Ctx(r)
    text, spans, pos = "", [], 0
    for m in PH.finditer(tpl):
        text += tpl[pos:m.start()]
        typ, expr = m.group(1), m.group(2)
        val = c.eval(expr)
        if typ:
            if typ not in TYPES:
                raise ValueError("bad type %s in %r" % (typ, tpl))
            spans.append([typ, val, len(text.encode("utf-8"))])
        text += val
        pos = m.end()
    text += tpl[pos:]
    if "lowercase" in tags:
        text = text.lower()
        for s in spans:
            s[1] = s[1].lower()
    return text, spans, c.tags


def valid(text, spans, phi):
    """Left-to-right search must land every value exactly where it was written."""
    b = text.encode("utf-8")
    pos = 0
    for typ, val, start in spans:
        v = val.encode("utf-8")
        if not v or val != val.strip():
            return False
        i = b.find(v, pos)
        if i != start:
            return False
        pos = i + len(v)
    if phi != bool(spans):
        return False
    # nothing that looks like a conservative identifier may stay unlabelled
    covered = [(s, s + len(v.encode("utf-8"))) for _, v, s in spans]
    for rx in (EMAIL_RE, PHONE_RE, SSN_RE):
        for m in rx.finditer(text):
            if m.group(0).startswith("@"):
                continue
            bs = len(text[:m.start()].encode("utf-8"))
            be = bs + len(m.group(0).encode("utf-8"))
            if not any(s <= bs and be <= e for s, e in covered):
                return False
    return True


def auto_tags(tags, text, spans, extra, phi):
    out = [t for t in tags if t not in ("phi", "clean")]
    for t in sorted(extra):
        if t not in out:
            out.append(t)
    for typ in sorted({s[0] for s in spans}):
        t = typ.lower().replace("_", "-")
        if t not in out:
            out.append(t)
    if "\n" in text and "multiline" not in out:
        out.append("multiline")
    if re.search(r"<@U|\*\S[^*\n]*\*|`|^\s*[•\-] ", text, re.M) and "slack-markup" not in out:
        out.append("slack-markup")
    if (re.search(r":[a-z_]+:", text) or any(ord(ch) >= 0x1F300 for ch in text)) and "emoji" not in out:
        out.append("emoji")
    return ["phi" if phi else "clean"] + out

# ============================================================ PHI frames ===
# --- scheduling and the delegation bot
P("bot scheduling", "move my {time} with {NAME:p1.full} to {weekday}, {p1.he} needs the longer block for the crown prep")
P("bot scheduling lowercase", "can someone call back {NAME:p1.full} at {PHONE:phone}? asking about the predetermination on {tooth}")
P("scheduling", "Please reschedule {NAME:p1.full} (DOB {DATE:dob}) from {DATE:dt} to the next open surgical slot at {site}.")
P("bot scheduling structured", "@riverbot book {NAME:p1.first} for a 60-min SRP with {s1.first} next week, any morning. chart {MRN:chart}")
P("scheduling structured", "cancel {NAME:p1.inv} {DATE:dtn} 9:00 - family emergency, will call to rebook")
P("bot", "remind me friday to follow up with {NAME:p1.full}'s {g1.parent} about the sedation consent, number on file {PHONE:phone}")
P("bot scheduling", "Hey bot — push {p1.hon} {NAME:p1.last} from {DATE:dtl} to {DATE:dtl~b}, same time. Text {p1.him} the confirmation at {PHONE:phone}.")
P("bot scheduling lowercase typo", "pls add {NAME:p1.first} {NAME:p2.last}?? no wait, its {NAME:p1.full} — add to the cancelation list for dr {s1.last}, wants anything before {DATE:dtn}")
P("scheduling", "{NAME:p1.first} no-showed again today ({DATE:dt}). That's the third one. Do we dismiss or send the letter first?")
P("bot scheduling", "Can you find a 90 min slot for {NAME:p1.full} at {site} w/ Dr. {s1.last}? Implant uncovery, {p1.he} prefers mornings. Cell {PHONE:phone}")
P("scheduling escalation", "URGENT: {NAME:p1.full} called in w/ facial swelling, lower right. Dr. {s1.last} wants {p1.him} seen today. Call back # {PHONE:phone}")
P("bot", "draft a reply to {NAME:p1.first}: yes we can see you on {DATE:dtl} at {time}, bring your new insurance card. sign it from {s1.first} at the front desk")
P("scheduling multiline", "Tomorrow's surgical add-ons ({site}):\n1. {NAME:p1.full} – 3rd molars, IV\n2. {NAME:p2.full} – {tooth} ext + graft\n3. {NAME:p3.invc} – biopsy, referred by Dr. {s1.last}")
P("scheduling", "{NAME:p1.last} (the {tooth} implant) wants to come in {DATE:dtn} instead of {DATE:dtn~b} — ok to swap with the {time} hygiene?")
P("bot scheduling", "find me everyone on the {site} recall list who also saw {NAME:p1.full}... jk, just pull {NAME:p1.first}'s last perio charting from {DATE:dt}")
P("scheduling lowercase", "fyi {NAME:p1.last} rescheduled the seat to {DATE:dt}, lab said the crown wont be back til then anyway")
P("scheduling", "Booked: {NAME:p1.mid}, {DATE:dtl} {time}, consult with ortho. Referred by {p1.his} {r1.sib} {NAME:r1.first} who's already in treatment.")

# --- parents, guardians, minors
P("minor", "{NAME:g1.full} called — {g1.his} {c1.son} {NAME:c1.first} (DOB {DATE:dob_child}) lost a bracket again. Can ortho squeeze {c1.him} in at Lowell on {weekday}?")
P("minor consent", "Sedation consent for {NAME:c1.full} has to be signed by a legal guardian. {g1.Parent} ({NAME:g1.first}) is coming; other parent is not custodial — please note it in chart {MRN:mrn}.")
P("minor lowercase", "guardian on file for {NAME:c1.first} is grandma, {NAME:gf1.full}, not the mom. dont release records to anyone else pls")
P("minor", "{NAME:c1.first}'s {g1.parent} asked if {g1.he} can stay in the room during the extraction. {c1.He} is {agekid}, very anxious. Appt {DATE:dt}.")
P("minor ortho", "Ortho start for {NAME:c1.full}: records taken {DATE:dt}, {g1.parent} {NAME:g1.full} signed the financial agreement, down payment {money} on card ending 4417.")
P("minor phone", "parent contact for {NAME:c1.full_lc}: {g1.parent} {PHONE:phone}, {g2.parent} {PHONE:phone~b}. Only {g1.parent} can consent per the custody papers.")
P("minor", "The {NAME:c1.last} twins ({NAME:c1.first} and {NAME:c2.first}) are both due for 6-month recall on {DATE:dt}. Book back to back please.")
P("minor referral", "Peds referral from Dr. {s1.last}: {NAME:c1.full}, DOB {DATE:dob_child}, ectopic {tooth}. {g1.Parent} {NAME:g1.first} prefers texts at {PHONE:phone}.")
P("minor records", "Step-dad ({NAME:gm1.full}) is asking for {NAME:c1.first}'s x-rays. He's NOT on the HIPAA release, only {NAME:gf2.full} is. Please don't send.")
P("minor typo", "{NAME:c1.full_typo}? or is it {NAME:c1.last}... either way {c1.his} retainer is ready for pickup, {g1.parent} said {g1.he}'d come {weekday}")
P("minor multiline", "Consent checklist – {NAME:c1.full}\n- guardian: {NAME:g1.full} ({g1.parent})\n- DOB: {DATE:dob_child}\n- proc date: {DATE:dt}\n- NPO instructions given to {g1.parent} ✔")

# --- insurance, pre-determinations, eligibility
P("insurance structured", "Pre-d for {NAME:p1.full} came back from Delta: member ID {HEALTH_PLAN_ID:hpid}, approved D6010 x1 at 50%. Est. patient portion {money}.")
P("insurance minor", "MassHealth ID for {NAME:c1.full} is {HEALTH_PLAN_ID:medicaid} — the card {c1.he} brought is expired, can someone re-verify elig before {DATE:dt}?")
P("insurance structured multiline slack-markup", "*Insurance verification*\n• Pt: {NAME:p1.inv}\n• DOB: {DATE:dob}\n• Subscriber: {NAME:r1.full} ({r1.spouse})\n• Member ID: {HEALTH_PLAN_ID:hpid}\n• Group #: {group}\n• Plan: {payer}")
P("insurance age", "{NAME:p1.full}, age {AGE:age90}, MBI {HEALTH_PLAN_ID:mbi} — Humana wants a new pre-auth for the lower denture.")
P("insurance lowercase typo", "memebr id for {NAME:p1.last} is {HEALTH_PLAN_ID:hpid} not the one in eaglesoft, the subscriber is {p1.his} {r1.spouse} {NAME:r1.first}")
P("insurance", "Cigna denied {NAME:p1.full_typo}'s... sorry, {NAME:p1.full}'s D4341 x4 — missing perio charting from {DATE:dt}. Resubmitting.")
P("insurance structured", "Elig check {DATE:dt}: {NAME:p1.full} / {payer} / sub ID {HEALTH_PLAN_ID:hpid} / active, 100-80-50, annual max remaining {money}")
P("insurance", "{NAME:p1.full} switched jobs, new plan is {payer}. New ID {HEALTH_PLAN_ID:hpid}; old one {HEALTH_PLAN_ID:hpid~b} termed {mdate}.")
P("insurance structured", "Medicare Adv. check: {NAME:p1.invc}, DOB {DATE:dob_old}, MBI {HEALTH_PLAN_ID:mbi}. Dental rider covers 2 cleanings only.")
P("insurance lowercase", "can u run elig for {NAME:p1.full} dob {DATE:dob} ins id {HEALTH_PLAN_ID:hpid}, {p1.he}s on the schedule {DATE:dtn}")
P("insurance money", "Delta sent {NAME:p1.last}'s EOB — paid {money} on the crown, we wrote off {money~b}. Patient owes {money~c}. Subscriber ID {HEALTH_PLAN_ID:hpid}.")
P("insurance minor", "NH Medicaid for {NAME:c1.full}, ID {HEALTH_PLAN_ID:medicaid}, DOB {DATE:dob_child} — prior auth for D8080 submitted {DATE:dt}.")
P("insurance forwarded multiline", "Fwd from billing inbox:\n> Re: predetermination – {NAME:p1.full_uc}\n> Subscriber ID: {HEALTH_PLAN_ID:hpid}\n> Date of service: {DATE:dtn}\n> Status: pending additional x-rays\ncan someone pull the PA of {tooth}?")
P("insurance", "secondary ins for {NAME:p1.first}? primary is {payer} through {p1.his} {r1.spouse}'s job, secondary is {p1.his} own, ID {HEALTH_PLAN_ID:hpid}")

# --- lab cases
P("lab", "{lab} case for {NAME:p1.full} (pan #{casenum}) shipped, seat date {DATE:dt}. Shade A2, full zirconia.")
P("lab lowercase", "lab called: {NAME:p1.last} bridge has an open margin on {tooth}, they want a new impression before {DATE:dtn}")
P("lab", "Remake on {NAME:p1.full}'s night guard — patient says it rocks. Lab ticket {casenum}, no charge per {lab}.")
P("lab structured", "Lab slip for {NAME:p1.invc}\nDr: {s1.last}\nCase: {casenum}\nTooth: {tooth}\nDue: {DATE:dtn}\nNotes: match {p1.his} adjacent e.max")
P("lab", "Can someone at {site} check the lab box? {NAME:p1.full}'s denture was supposed to arrive {DATE:dtl} and {p1.he}'s in the chair at {time}.")
P("lab escalation", "{lab} lost the models for {NAME:p1.last}, {NAME:p2.last} and {NAME:p3.last}. Need to re-scan all three — 3Shape files from {DATE:dt} should still be on the server.")

# --- implants and devices
P("implant structured", "Implant placed {DATE:dt} for {NAME:p1.full}, chart {MRN:mrn}: Straumann BLT 4.1x10 RC, lot {lot}, UDI {DEVICE_ID:udi}. Pls scan into the implant log.")
P("implant recall", "Recall notice on Nobel lot {lot} — we placed one from that lot in {NAME:p1.full} on {DATE:dt}, SN {DEVICE_ID:sn}. Dr. {s1.last} wants to call the patient personally.")
P("medical-history device", "Med hx update for {NAME:p1.first}: pacemaker (Medtronic, serial {DEVICE_ID:pmsn}), cardiology clearance rcvd {DATE:dt}. No ultrasonic scaler!")
P("device sedation", "{NAME:p1.full} wears a CGM, sensor serial {DEVICE_ID:cgm} — {p1.he} asked if it's ok to keep it on during the IV sedation {DATE:dtl}.")
P("implant lowercase", "implant log is missing {NAME:p1.full}, {tooth}, zimmer tsv 4.7, sn {DEVICE_ID:sn}. placed {DATE:dtn}, pls add")
P("device", "{p1.hon} {NAME:p1.last}'s hearing aid (Phonak, serial {DEVICE_ID:hearing}) was left in {op}. It's in the lost & found at {site}, {p1.he}'ll pick up {weekday}.")
P("implant table multiline", "implant log catch-up:\n| pt | site | date | SN |\n|---|---|---|---|\n| {NAME:p1.full} | {tooth} | {DATE:dtn} | {DEVICE_ID:sn} |\n| {NAME:p2.full} | {tooth~b} | {DATE:dtn~b} | {DEVICE_ID:sn~b} |")
P("implant", "Warranty claim for {NAME:p1.full}'s failed fixture: Nobel wants the SN ({DEVICE_ID:sn}), placement date ({DATE:dt}) and the removal date ({DATE:dt~b}).")
P("device sedation", "pre-sedation note: {NAME:p1.first} has an insulin pump, serial {DEVICE_ID:cgm}, and is {AGE:age90}. Anesthesia wants a glucose check on arrival.")

# --- referrals
P("referral formal multiline", "Dear Dr. {s1.last},\n\nThank you for referring {NAME:p1.full} (DOB {DATE:dob}) for evaluation of {tooth}. We saw {p1.him} on {DATE:dtl} and recommend extraction with socket preservation.\n\nSincerely,\nDr. {s2.last}, Riverbend Dental Partners")
P("referral business-contact", "Referral from Dr. {s1.last}'s office: {NAME:p1.full}, {PHONE:phone}, pericoronitis {tooth}. They faxed it from {PHONE:phone~b}.")
P("referral", "Endo referral out: {NAME:p1.full} to Nashua Endo for {tooth} RCT. Sent FMX + note, their fax {PHONE:phone}.")
P("referral records business-contact", "pls email {NAME:c1.full}'s ceph and photos to Dr. {s1.last} at {EMAIL:s1.xemail} before the consult on {DATE:dt}")
P("referral lowercase", "new referral: {NAME:p1.full}, {agey}yo, biopsy of lateral tongue lesion, referred by dr {s1.last}, pt lives in {ADDRESS:town}, prefers nashua site")
P("referral multiline", "REFERRAL\nPatient: {NAME:p1.full}\nDOB: {DATE:dob}\nPhone: {PHONE:phone}\nReason: impacted {tooth}, {icd}\nReferring: Dr. {s1.last}")
P("referral", "Dr. {s1.last} wants a progress note on {NAME:p1.last} ({tooth} implant) — surgery {DATE:dt}, restore at 4 months. Can you send today?")

# --- collections, payments, accounts
P("collections money", "{NAME:p1.full} acct {ACCOUNT_NUMBER:acct} is 120 days past due ({money}). Sending to collections unless someone objects by EOD.")
P("payment", "{NAME:p1.first} paid over the phone, card {CREDIT_CARD:cc} exp {exp} — please post it to guarantor acct {ACCOUNT_NUMBER:acct}, {money}.")
P("refund address", "Refund for {NAME:p1.full}: overpaid {money}, guarantor acct {ACCOUNT_NUMBER:acct}. Mail the check to {ADDRESS:addr_full}.")
P("collections lowercase", "{NAME:p1.last} says {p1.he} never got a statement. addr on file is {ADDRESS:addr_full} — is that current? acct {ACCOUNT_NUMBER:acct}")
P("payment evasion", "pt read me the card as {CREDIT_CARD:cc_ev}, name on card {NAME:p1.full}. I did NOT save it, just ran it once.")
P("collections structured multiline", "Collections batch — {site}\nacct {ACCOUNT_NUMBER:acct} {NAME:p1.invc} {money}\nacct {ACCOUNT_NUMBER:acct~b} {NAME:p2.invc} {money~b}\nacct {ACCOUNT_NUMBER:acct~c} {NAME:p3.invc} {money~c}")
P("payment", "CareCredit approved {NAME:p1.full} for {money}, 12 mo promo. Linked to patient acct {ACCOUNT_NUMBER:acct}.")
P("refund", "{NAME:p1.first} wants the refund by direct deposit instead, acct {ACCOUNT_NUMBER:bank}. I told {p1.him} we only do checks or card reversal.")
P("collections escalation", "{p1.hon} {NAME:p1.last} is disputing the {money} balance with {p1.his} bank. Chargeback ref is on the Stripe dashboard; card was {CREDIT_CARD:cc}.")
P("collections", "Payment plan set up for {NAME:p1.full} — {smallmoney}/mo, autopay on card {CREDIT_CARD:cc}, first draft {DATE:dtn}.")
P("collections lowercase", "who approved writing off {NAME:p1.first_lc}'s balance? account # {ACCOUNT_NUMBER:acct}, it was like {money}")
P("collections relative", "{NAME:p1.full} passed away {DATE:dt}. {p1.His} {r1.son} {NAME:r1.full} is executor and asks that we stop statements to {ADDRESS:addr_full}.")

# --- imaging / IT (IP addresses are always labelled)
P("it imaging", "{soft} won't open {NAME:p1.last}'s FMX in {op}, the sensor box at {IP_ADDRESS:ip} keeps dropping off the network.")
P("it imaging structured", "IT: imaging server {IP_ADDRESS:ip} is back up. Pano for {NAME:p1.full} (chart {MRN:chart}) didn't bridge from Dentrix, re-sent manually.")
P("it", "the CBCT workstation in Nashua is now {IP_ADDRESS:ip}, was {IP_ADDRESS:ip~b}. update the Sidexis config on every op pc")
P("it ticket", "Ticket {ticket}: Romexis client can't reach {IP_ADDRESS:ip}:8443 after the Windows update. Affects all ops at {site}.")
P("it imaging", "Dexis bridge opened the wrong pt again — clicked {NAME:p1.full} and got {NAME:p2.full}'s BWs from {DATE:dt}. Screenshot in the ticket, please don't forward.")
P("it security", "Failed logins on the Eaglesoft server from {IP_ADDRESS:ippub} overnight. Locked the account, resetting passwords at {site} today.")
P("it slack-markup", "`ping {IP_ADDRESS:ip}` times out from {op}, so the intraoral camera can't save. {NAME:p1.first} is in the chair now, using the backup sensor.")

# --- addresses of patients
P("address", "New address for {NAME:p1.full}: {ADDRESS:addr_full}. Statements have been bouncing.")
P("address", "{NAME:p1.first} moved to {ADDRESS:town} and wants records sent to a dentist up there.")
P("address payment", "ZIP on file for {NAME:p1.last} is {ADDRESS:zip} but the card's billing ZIP is different, that's why it declined.")
P("address multiline", "Mailing label for {NAME:p1.full}'s night guard:\n{NAME:p1.full}\n{ADDRESS:addr_multi}")
P("address lowercase", "{NAME:p1.first} lives in {ADDRESS:town} now so {p1.he} wants to switch to our {site} office, pls transfer chart")
P("address", "Returned mail for {NAME:p1.full} — {ADDRESS:pobox} is closed. Phone still works: {PHONE:phone}.")
P("address", "{NAME:p1.full} lives at {ADDRESS:street} off {road} in {ADDRESS:town}; the courier couldn't find it for the denture delivery.")
P("address visitor", "{p1.hon} {NAME:p1.last}'s ride is {p1.his} neighbor {NAME:v1.full} from {ADDRESS:street}, {p1.he} says it's fine to release {p1.him} after sedation.")

# --- ages over 89
P("age", "{NAME:p1.full} is {AGE:age90} and hard of hearing — please seat {p1.him} in {op} and speak up.")
P("age emoji", "heads up: our oldest denture pt, {p1.hon} {NAME:p1.last}, turns {AGE:age90w} on {DATE:dtl}! card's at the front desk to sign 🎉")
P("age lowercase", "{NAME:p1.full} ({AGE:age90}) fell in the parking lot at {site} on {DATE:dtn}, incident report filed, no injury")
P("age", "Reline for {p1.hon} {NAME:p1.last}, {AGE:age90} yo, comes with {p1.his} {r1.son} {NAME:r1.first}. Needs wheelchair transfer.")
P("age minor", "Great-grandma ({NAME:gf1.full}, {AGE:age90}!) brought {NAME:c1.first} to {c1.his} ortho visit today, so sweet")
P("age insurance", "{NAME:p1.full} DOB {DATE:dob_old} — that makes {p1.him} {AGE:age_dob}. Medicare won't cover the denture; quote {money}.")
P("age", "Home visit request: {NAME:p1.full}, {AGE:age90}, at {ADDRESS:addr_full}. Can Dr. {s1.last} do the denture adjustment there?")

# --- staff who are patients / employee health
P("staff-patient", "FYI {NAME:pf1.first} (our hygienist at {site}) is a patient here too — her {tooth} crown is {DATE:dt}, please keep it off the shared calendar.")
P("employee-health", "{NAME:p1.full} in billing had a needlestick on {DATE:dt}. Exposure protocol started; source patient is {NAME:p2.full}, chart {MRN:mrn}.")
P("staff-patient lowercase", "{NAME:p1.first} from the front desk is having {p1.his} wisdom teeth out with dr {s1.last} {DATE:dtn}, cover {p1.his} shift pls")
P("employee-health", "Employee health: {NAME:p1.full} (DA, {site}) tested positive, last worked {DATE:dt}. Pts seen in {op} that day are being notified.")
P("staff-patient insurance", "{NAME:p1.full} is on our staff plan, member ID {HEALTH_PLAN_ID:hpid} — Dr. {s1.last} said comp the crown, just bill the lab fee.")
P("employee-health", "workers comp: {NAME:p1.first} (sterilization tech) cut {p1.his} hand on a bur {DATE:dtl}. Went to urgent care, claim # pending. Don't discuss in the group channel.")

# --- relatives, visitors, drivers
P("relative vehicle", "{NAME:pf1.full}'s husband {NAME:rm1.first} will drive her home after sedation — plate {VEHICLE_ID:plate}, he'll wait in the lot.")
P("vehicle", "Towing company needs to move a car blocking the Nashua ambulance bay, plate {VEHICLE_ID:plate}. It's {NAME:p1.full}'s — {p1.he}'s under IV right now.")
P("vehicle relative", "Driver for {NAME:p1.last} never showed. {p1.His} {r1.sib} {NAME:r1.full} is on the way, grey Civic, plate {VEHICLE_ID:plate}.")
P("vehicle", "Parking lot hit-and-run at {site}: the damaged car belongs to a patient, {NAME:p1.full}, VIN {VEHICLE_ID:vin}. Insurance adjuster wants our camera footage.")
P("relative", "{NAME:r1.full} ({NAME:p1.first}'s {r1.spouse}) is POA and will sign the treatment plan. Please scan the POA into chart {MRN:mrn}.")
P("relative lowercase", "{NAME:p1.first}'s {r1.sib} keeps calling for {p1.his} appt times. {r1.sib}'s name is {NAME:r1.first} and is NOT on the release.")
P("visitor", "Visitor for {NAME:p1.full} in recovery: {NAME:r1.full}, says {r1.he}'s the {r1.spouse}. Check ID before letting {r1.him} back.")

# --- licences (conservative type: labelled whoever)
P("license", "Need a copy of the DL for {NAME:p1.full} before we finance the implant — {p1.he} read it off: {LICENSE_NUMBER:dl}.")
P("license credentialing", "Dr. {s1.last} renewal: MA dental license {LICENSE_NUMBER:dentlic}, DEA {LICENSE_NUMBER:dea}, NPI {npi}. Upload to the Delta portal by {mdate}.")
P("license credentialing", "Sedation permit for Dr. {s1.last} is {LICENSE_NUMBER:permit}, expires {mdate}. Board wants the renewal packet before then.")
P("license credentialing lowercase", "new hygienist {s1.first} starts {weekday}, {s1.his} license # is {LICENSE_NUMBER:dentlic}, pls add to the credentialing tracker")
P("license credentialing structured multiline", "Credentialing – Dr. {s1.full}\nState lic: {LICENSE_NUMBER:dentlic}\nDEA: {LICENSE_NUMBER:dea}\nNPI: {npi}\nCAQH: pending")
P("license", "ID check for {NAME:p1.full}'s nitrous consent: NH license {LICENSE_NUMBER:dl}, DOB {DATE:dob}. Matches.")
P("license records", "The DEA # on the Rx pad for Dr. {s1.last} is wrong — should be {LICENSE_NUMBER:dea}. Pharmacy called about {NAME:p1.full}'s amoxicillin.")

# --- e-mail
P("email", "{NAME:p1.first} wants {p1.his} tx plan emailed to {EMAIL:p1.email} instead of mailed.")
P("email evasion", "{NAME:p1.full} gave {p1.his} e-mail as {EMAIL:p1.email_ev} — update Dentrix so the portal invite goes out.")
P("email business-contact", "Please send the signed BAA to {EMAIL:v1.xemail}, that's the new rep for our account.")
P("email slack-markup", "bounce-back on the statement for {NAME:p1.full}: <mailto:{EMAIL:p1.email~a}|{EMAIL:p1.email~a}> — anyone have a better address?")
P("email business-contact", "for lab questions email {EMAIL:v1.xemail} or call {PHONE:phone_ext}; {v1.first} is the case manager for all {site} cases")
P("email records", "Records request from {NAME:p1.full} — send encrypted to {EMAIL:p1.email}, DOB {DATE:dob} for verification.")

# --- portal and payment links
P("url", "Here's the link for {NAME:p1.first}'s treatment plan: {URL:ptportal} — can you walk {p1.him} through financing?")
P("url slack-markup", "payment link bounced for {NAME:p1.full}: <{URL:paylink~a}|{URL:paylink~a}>")
P("url ortho", "progress page for {NAME:c1.first}'s aligners: {URL:c1.url} (send to {g1.parent} only)")
P("url lowercase", "sedation consent form link for {NAME:p1.last} → {URL:ptportal}, {p1.he} needs to sign before {DATE:dtn}")

# --- SSN and identity
P("ssn financing", "CareCredit app for {NAME:p1.full} kicked back — SSN {SSN:ssn} doesn't match DOB {DATE:dob}. Can you double-check with {p1.him}?")
P("ssn minor lowercase evasion", "ssn is {SSN:ssn_ns} per the mom, for {NAME:c1.first}'s masshealth renewal")
P("ssn evasion", "{NAME:p1.full} insists we need {p1.his} social for the predetermination?? {p1.He} wrote {SSN:ssn_ev} on the intake. Shred it, we don't collect SSNs.")
P("ssn structured multiline", "Subscriber info (from the paper form):\nName: {NAME:r1.inv}\nSSN: {SSN:ssn}\nRelationship to pt ({NAME:p1.full}): {r1.spouse}")
P("ssn escalation hipaa", "Someone typed {NAME:p1.first}'s SSN ({SSN:ssn}) into the appointment note. Please delete it from Eaglesoft and let me know when it's done.")
P("ssn", "guarantor {NAME:g1.full}, ss# {SSN:ssn}, for {NAME:c1.first}'s ortho contract — credit check only, then redact")

# --- MRN / chart numbers
P("mrn", "Merge duplicate charts: {NAME:p1.full} has {MRN:mrn} and {MRN:mrn~b}. Keep the older one.")
P("mrn lowercase", "chart {MRN:chart} is actually {NAME:p1.full} not {NAME:p2.full}, someone attached the wrong pano")
P("mrn evasion", "mrn for {NAME:p1.last} is {MRN:mrn_ev} (copied from the old system)")
P("mrn typo", "MNR {MRN:mrn} — {NAME:p1.first} — allergy to latex not flagged, fix before {p1.his} visit {DATE:dtn}")
P("mrn records", "Records release for chart #{MRN:chart}, {NAME:p1.full}, to {p1.his} new dentist. Signed release rcvd {DATE:dt}.")
P("mrn multiline", "Pts with missing med hx updates (Andover):\n- {NAME:p1.invc} – {MRN:mrn}\n- {NAME:p2.invc} – {MRN:mrn~b}\n- {NAME:p3.invc} – {MRN:mrn~c}")
P("mrn", "Med rec # {MRN:mrn} ({NAME:p1.last}) — the pre-op vitals from {DATE:dt} are in the wrong visit, can someone move them?")

# --- complaints, escalations, VIP
P("complaint", "{NAME:p1.full} left a 1-star review saying we overbilled {p1.him}. Do NOT reply publicly with any details. Forwarding to {s1.first} in compliance.")
P("complaint escalation", "Complaint call from {NAME:p1.full} ({PHONE:phone}) — says {p1.he} had numbness for 3 weeks after the {tooth} extraction on {DATE:dt}. Dr. {s1.last} to call back.")
P("vip", "VIP: {NAME:p1.full} (the news anchor) is coming in {DATE:dtl} for veneers consult. Use the back entrance, no chart name on the wall schedule.")
P("vip", "Board member {NAME:e1.full} is bringing {e1.his} {c1.son} {NAME:c1.first} in for Invisalign. Please treat as a regular patient, no special pricing talk in Slack.")
P("complaint lowercase", "{NAME:p1.full} yelled at {s1.first} at checkout about the {money} bill, security was called. pt is flagged now")
P("complaint", "Grievance letter from {NAME:p1.full} re: sedation wait time on {DATE:dt}. Draft response due to Dr. {s1.last} by {mdate}.")

# --- records requests and legal
P("records", "Attorney request for {NAME:p1.full}'s records (DOB {DATE:dob}), dates of service {DATE:dtn} through {DATE:dtn~b}. Need a signed HIPAA auth first.")
P("records", "Subpoena rcvd for {NAME:p1.invc}, chart {MRN:mrn}. Do not release until legal reviews.")
P("records lowercase", "can someone burn a cd of the cbct for {NAME:p1.last_lc}? oral surgeon at mgh needs it, scan was {DATE:dtn}")
P("records", "Transfer-out for {NAME:c1.full}: {g1.parent} {NAME:g1.first} is moving the kids to a practice in {ADDRESS:town}. Send ortho records + final balance.")

# --- obfuscation styles and formats
P("evasion phone", "call {NAME:p1.first} back at {PHONE:phone_ev} (that's {p1.his} cell, not the home line)")
P("fullwidth phone", "{NAME:p1.full} cell {PHONE:phone_fw} — {p1.he} prefers texts, English is fine")
P("evasion", "{NAME:p1.full_lc}, dob {DATE:dob_packed}, needs a new pano")
P("zero-width", "ph# for {p1.hon} {NAME:p1.last}: {PHONE:phone_zw} (copied from the intake pdf)")
P("evasion spelled", "{p1.His} member number is {HEALTH_PLAN_ID:hpid_sp}, {NAME:p1.first} read it to me over the phone. Confirming with {payer} on callback.")
P("nickname", "{NAME:n1.full} (goes by {NAME:n1.nick}) — please update the preferred name in the chart, {n1.he} hates being called {NAME:n1.first}.")
P("nickname lowercase", "{NAME:n1.nickfull}?? you mean {NAME:n1.full}? yeah {n1.he}'s in {op}")
P("initials", "{NAME:p1.init} ({DATE:dob}) — 2 charts with same DOB, please verify with the patient before merging.")
P("inverted structured", "{NAME:p1.inv}  DOB {DATE:dob}  MRN {MRN:mrn}  INS {HEALTH_PLAN_ID:hpid}")

# --- forwarded snippets and tables
P("forwarded multiline", "---------- Forwarded message ---------\nFrom: {NAME:p1.full} <{EMAIL:p1.email}>\nSubject: my crown\n\nHi, the temp came off again, can I come in {weekday}?\n----------\nwho's got this?")
P("forwarded multiline phone", "fwd voicemail transcript:\n\"hi this is {NAME:p1.full}, calling about my {c1.son} {NAME:c1.first}'s appointment, call me at {PHONE:phone}, thanks\"")
P("table multiline", "Tomorrow's sedation list\n```\n{time}  {NAME:p1.invc}  IV   {tooth}\n{time~b}  {NAME:p2.invc}  N2O  {tooth~b}\n```")
P("table multiline", "| Patient | DOB | Procedure |\n|---|---|---|\n| {NAME:p1.full} | {DATE:dob} | {cdt} |\n| {NAME:p2.full} | {DATE:dob~b} | {cdt~b} |")
P("forwarded multiline", "> From the online form:\n> Name: {NAME:p1.full}\n> Phone: {PHONE:phone}\n> Email: {EMAIL:p1.email}\n> Reason: broken tooth, pain 8/10\nsomeone call asap")
P("forwarded", "Fwd text from {NAME:p1.first}: \"running 15 late, my {r1.son} {NAME:r1.first} is driving me\"")

# --- Slack markup
P("slack-markup", "<@U02HK7Q1P> can you pull the BWs for *{NAME:p1.full}*? seeing {p1.him} at {time}")
P("slack-markup", "{mention} `{MRN:mrn}` is {NAME:p1.full} — the one with the {tooth} implant warranty")
P("slack-markup multiline", "*Post-op calls today*\n• {NAME:p1.full} — {PHONE:phone}\n• {NAME:p2.full} — {PHONE:phone~b}\n• {NAME:p3.first} (no phone, email {EMAIL:p3.email})")
P("slack-markup phone", "{mention} please call {NAME:p1.first} at <tel:{PHONE:phone~a}|{PHONE:phone~a}> re: pre-op instructions")
P("slack-markup", "~{NAME:p1.full}~ rescheduled, {NAME:p2.full} gets the {time} slot on {DATE:dtn} instead")

# --- misc dental workflow with identifiers
P("consent", "Sedation consent for {NAME:p1.full} not signed — {p1.he} arrives {time}, procedure {DATE:dt}. Escort: {NAME:r1.full}, {PHONE:phone}.")
P("consent", "{NAME:p1.first} declined the bone graft, signed informed refusal {DATE:dt}. Scanned to chart {MRN:mrn}.")
P("treatment-plan", "TX plan for {NAME:p1.full}: {tooth} implant + crown, {tooth~b} RCT. Total {money}, ins est {money~b}. Follow-up call {DATE:dtn}.")
P("treatment-plan lowercase", "{NAME:p1.first_lc} accepted the ortho tx plan, 24 mo, {money}. start date {DATE:dtn}")
P("treatment-plan", "{NAME:p1.full} wants a second opinion before the full-arch. Sent {p1.him} to Dr. {s1.last} with CBCT from {DATE:dt}.")
P("post-op", "Post-op check: {NAME:p1.full} (ext {tooth}, {DATE:dtl}) reports dry socket symptoms. Add {p1.him} to Dr. {s1.last}'s {time}.")
P("rx", "Pharmacy called re: {NAME:p1.full}, DOB {DATE:dob} — the hydrocodone script needs Dr. {s1.last}'s DEA {LICENSE_NUMBER:dea} written on it.")
P("hygiene", "{NAME:p1.full} pockets 5-6mm UR, recommended SRP, pt wants to wait until {DATE:dtl} when new ins kicks in")
P("recall lowercase", "recall txt bounced for {NAME:p1.first_lc}, number {PHONE:phone} disconnected. last seen {DATE:dtn}")
P("ortho", "Debond for {NAME:c1.full} moved to {DATE:dt}. {g1.Parent} asked for a copy of the before/after photos for the grandparents.")
P("ortho lowercase", "{NAME:c1.first} broke another wire lol. 3rd time. parent is {NAME:g1.full}, {PHONE:phone}")
P("oral-surgery", "Biopsy results for {NAME:p1.full} are back (path rcvd {DATE:dt}). Dr. {s1.last} wants {p1.him} called today, not a portal message.")
P("oral-surgery", "{p1.hon} {NAME:p1.last} is NPO since midnight for the 8am, {p1.his} ride is {p1.his} {r1.son} {NAME:r1.first} — call {PHONE:phone} if anything changes.")
P("name-like", "{NAME:p1.wfull} called to cancel; {p1.he} will reschedule after the holidays.")
P("name-like", "Patient {NAME:p1.wfull} — will {p1.he} need premed? History of joint replacement {DATE:dt}.")
P("name-list", "Unconfirmed for {weekday}: {NAME:p1.last}, {NAME:p2.last}, {NAME:p3.full}, and the {NAME:p4.last} kid.")
P("name-list lowercase", "still need xrays for {NAME:p1.first} {NAME:p1.last}, {NAME:p2.first}, {NAME:p3.last}")
P("surname-only", "{NAME:p1.last} in {op} is asking for more topical")
P("surname-only", "{NAME:p1.last} called again about the bill. Third time this week.")
P("name-number", "{NAME:p1.last} {MRN:mrn} needs the perio re-eval, not a prophy")
P("name-number lowercase", "{NAME:p1.first} {ACCOUNT_NUMBER:acct} – payment posted twice, refund one")
P("staff-patient", "{NAME:p1.first} (yes, our office manager) is scheduled with Dr. {s1.last} {DATE:dtn} — staff discount applies")

# ========================================================== clean frames ===
# --- hard negatives: staff, executives, vendors named in business context
C("hard exec-name calendar", "{e1.full} (our COO) will be at {site} on {mdate} to walk the new sterilization bay. Please have the spore-test logs out.")
C("hard staff calendar", "Dr. {s1.last} is out {mdate}; move {s1.his} Tuesday block to Dr. {s2.last} and let the hygienists know.")
C("hard vendor calendar", "{vendor} rep {v1.full} is coming by {site} {mdate} at {time} to demo the new autoclave. Lunch is on them.")
C("hard staff", "Welcome {s1.full} to the {site} front desk! {s1.He} comes to us from a practice in Worcester — say hi in #front-desk.")
C("hard exec-name money", "CFO {e1.full} approved the {bigmoney} for the new CBCT at Nashua. PO to follow.")
C("hard vendor", "{v1.first} from {lab} says their courier route changes next week — pickups at {site} move to 3pm.")
C("hard staff lowercase", "{s1.first_lc} and {s2.first_lc} are swapping saturdays this month, already cleared it with dr {s3.last_lc}")
C("hard staff", "Shout-out to {s1.first} at {site} for collecting {bigmoney} in over-the-counter payments last week :tada:")
C("hard exec-name", "{e1.full}, our new Chief Dental Officer, starts {mdate}. Town hall invite coming from {s1.first}.")
C("hard visitor", "The fire marshal, {v1.full}, is doing the annual inspection at {site} on {mdate}. Clear the exits and the sterilization bay.")
C("hard vendor slack-markup", "{mention} can you meet the Weave tech ({v1.first}) at the Andover back door at 7:45? phones are getting swapped")
C("hard staff calendar", "Dr. {s1.last} and Dr. {s2.last} both want {mdate} off. Dr. {s3.last} can cover surgery at Nashua that morning only.")
C("hard board", "Board meeting {mdate}: {e1.full} presents the {fy} budget, {e2.full} covers the Lowell expansion.")
C("hard staff", "{s1.full}, RDH, passed {s1.his} local anesthesia permit exam! {s1.He} can start doing blocks at {site} next month.")
C("hard vendor", "Straumann territory manager {v1.full} will run the implant CE at the Haverhill office, {count} seats, {mdate}.")
C("hard donor", "Thank-you note to the {v1.last} Family Foundation for sponsoring the kids' sealant day — {s1.first} is drafting it.")

# --- words that look like names
C("hard name-like", "I hope the new Will-call shelf for lab cases at {site} helps. Mark the [[box|log|sheet]] when you pull one.")
C("hard name-like", "Faith-based clinic partnership: {e1.full} wants a proposal before the grant deadline on {mdate}.")
C("hard name-like", "Can we bill the lab fee to {cc_center}? Grant funding doesn't cover lab.")
C("hard name-like lowercase", "will someone page dr {s1.last} when the nitrous tank is swapped, chase the vendor if it's not here by noon")
C("hard name-like", "Rose gold is not a crown shade, please stop writing it on [[lab slips|the {lab} Rx|the case pans]] 😂")
C("hard name-like", "Chase Bank is our new merchant processor as of {mdate}; card terminals get reprogrammed that night.")
C("hard name-like", "Page [[2|3|4]] of the new [[consent form|financial policy|HIPAA notice]] has a typo — 'recieve'. Bill in marketing is fixing it.")
C("hard name-like", "Hope everyone had a good [[weekend|holiday|long weekend]]! Reminder: Mark your PTO in ADP, not on the {site} whiteboard.")
C("hard name-like", "We will grant read-only {soft} access to the auditors. Faith from the CPA firm will sign the BAA by {mdate}.")
C("hard name-like lowercase", "joy, another printer jam at {site}. whoever has the key to the toner cabinet pls page me")

# --- facility addresses and internal numbers
C("hard facility-address", "Our {site} office is at {siteaddr}. Please update the letterhead and the Google listing.")
C("hard facility-address calendar", "Reminder: the Lowell ortho site at 1 Shattuck St will be closed {mdate} for the floor refinish.")
C("hard facility-address", "New lab drop box is at the Methuen office, 360 Merrimack St, Bldg 9 — [[side door by the loading dock|left of the main entrance|inside the vestibule]].")
C("hard zip-like facility-address", "Mailing address for vendor invoices: {siteaddr}. Anything going to 01810 goes to Andover accounts payable.")
C("hard ext", "Sterilization has a new extension, {ext}. The old {ext~b} forwards there until {mdate}.")
C("hard ext", "Front desk at {site} is {ext}, billing {ext~b}. Put it on the sticky by your phone.")
C("hard zoom calendar", "Ortho study club via Zoom, meeting ID {zoom}, {mdate} at 6pm. Dr. {s1.last} is presenting.")
C("hard zip-like", "The new ZIP-code report shows {count}% of our patients drive more than 20 min. Marketing wants to mail in 01844 and 03079.")

# --- dates that are not PHI
C("hard calendar", "Credentialing packets for the new associates are due {mdate}. {s1.first} is tracking.")
C("hard calendar", "Staff meeting {mdate} at 7:30am in the {site} break room. Agenda: {qtr} collections, new X-ray policy.")
C("hard calendar", "Delta fee schedule changes {mdate}. Front desk: quote from the new schedule for anything booked after that.")
C("hard calendar lowercase", "cpr recert is {mdate} 8-12, mandatory for everyone clinical. lunch after")
C("hard calendar", "OSHA training deadline is {mdate}. {count} people still haven't done the bloodborne pathogens module.")
C("hard calendar", "The {site} office closes early on {mdate} for the holiday party. Last appointment 1:30.")
C("hard calendar", "Payroll cutoff moved to {mdate} because of the holiday. Get your timecards in.")
C("hard calendar policy", "Policy effective {mdate}: all new patients get a med hx review at every visit, not just the first.")

# --- money, counts, codes, versions, tickets, POs
C("hard money", "{site} did {bigmoney} in production last month, up {count}% over {qtr}. Nice work everyone.")
C("hard money po", "{po} for {count} boxes of nitrile gloves approved, {money} total. Henry Schein delivers {weekday}.")
C("hard cpt", "For IV sedation is it {cdt} for the first 15 min and D9243 for each additional? Getting conflicting answers.")
C("hard icd", "Reminder: use ICD-10 {icd} on the medical cross-coding claims, the old code gets rejected.")
C("hard version", "{soft} {version} is rolling out tonight. Log out of every op PC before you leave.")
C("hard ticket", "Ticket {ticket}: the Haverhill label printer only prints half the label. IT is on it.")
C("hard ticket version", "{ticket} closed — rolled back Sidexis to {version}, sensors working again in all ops.")
C("hard npi", "Group NPI for the Nashua location is {npi}. Billing needs it on every Cigna claim from now on.")
C("hard npi", "Dr. {s1.last}'s NPI is {npi} — the one in the Aetna portal has a typo.")
C("hard invoice", "{lab} invoice {invoice} is double-billed for the same case. Disputing, do not pay.")
C("hard money", "Lab spend is {bigmoney} over budget for {qtr}. Dr. {s1.last} wants a breakdown by lab.")
C("hard contract", "Weave contract {contract} auto-renews {mdate}. {e1.first} wants to renegotiate before then.")
C("hard asset", "Asset tag {asset} (Andover autoclave) failed the spore test twice. Out of service, use the Statim.")
C("hard count", "{count} implants placed at Nashua last month, {count~b} of them same-day loads.")
C("hard age-aggregate", "We have {count} patients over 90 on recall this quarter — plan longer appointments and wheelchair access.")
C("hard age-aggregate", "[[2|3|4]] pts over 90 on {weekday}'s schedule at {site}, so build in transfer time.")
C("hard mrn-topic", "Dentrix chart numbers are 5 digits, Open Dental patnums are 7 — don't mix them on the [[conversion sheet|{site} migration list|import template]].")
C("hard ssn-topic hipaa", "Reminder: never post SSNs, DOBs or member IDs in [[Slack|Teams|this channel]]. Use the chart number only and keep it in DMs.")
C("hard hipaa", "HIPAA refresher for all staff due {mdate}. {count} of you haven't finished the module.")
C("hard lot", "Straumann says lot {lot} is fine, the recall is only for the 3.3mm NC fixtures. Nothing to pull from our shelves.")
C("hard money", "Avg patient portion on crowns went from {money} to {money~b} after the fee increase.")
C("hard room", "{op} at {site} has a leaking handpiece line again. Move hygiene to Op 7 until it's fixed.")
C("hard url", "Updated [[sterilization SOP is on the intranet: https://intranet.riverbenddental.com/policies/sterilization|radiation safety SOP is on the intranet: https://intranet.riverbenddental.com/policies/radiology|sedation monitoring SOP is up: https://intranet.riverbenddental.com/policies/sedation]]")
C("hard url zoom", "Zoom link for the [[lunch-and-learn|perio study club|managers' huddle]]: https://riverbend.zoom.us/j/[[84522319907|91730264418|88104537726]] (same as last month)")
C("hard version", "Dexis is on {version}, Eaglesoft on 24.20. The bridge needs both on matching builds or it crashes.")
C("hard po ticket", "Reorder: {po}, ticket {ticket}, composite kits for Lowell. Approved by {s1.first}.")
C("hard money", "Petty cash at {site} is short {smallmoney}. Not a big deal, just log it.")
C("hard insurance", "Delta Dental's group number for our staff plan changed to {group}. Update the employee handbook.")
C("hard money typo", "collecions at {site} hit {percent} of production this month, best since {year}")
C("hard statistics", "Case acceptance for implants was {percent} in {qtr}. Ortho starts: {count}.")
C("hard vendor", "CareCredit training with {v1.full} on {mdate}. Front desk from all sites please attend.")
C("hard slack-markup", "*Reminder* `Ctrl+Shift+P` prints the walkout in Dentrix now. Thanks {mention}!")
C("hard staff typo", "Dr. {s1.last} wnats the new ortho assistant trained on iTero by {mdate}")

# --- ordinary clean chatter
C("ops", "Anyone have the key to the nitrous room at {site}? [[Tanks got delivered and they're in the hallway.|The new regulator is here.|Supplier is waiting at the door.]]")
C("ops lowercase", "autoclave at {site} failed the spore test, rerunning. dont use pack [[A|B|C|D]] til we hear back")
C("ops", "Who moved the [[label maker|stapler|credit card terminal|walkout printer]]? It lives at checkout[[.| 🙄| — please bring it back]]")
C("ops emoji", "[[Coffee machine|Ice maker|Dishwasher|Microwave]] in the {site} break room is fixed [[☕🙌|🎉|:raised_hands:]]")
C("ops", "We're out of [[2x2 gauze|cotton rolls|bib clips|HVE tips|prophy angles]] at {site}. Borrowing a case from another site until the Schein order lands.")
C("ops lowercase", "can whoever is last out [[tonight|on friday|at {site}]] turn off the compressor, it ran all weekend")
C("it", "Printer in {op} is offline again. I power-cycled it, no luck. Ticket in.")
C("it", "Password reset emails from Microsoft are legit this week, IT is forcing a change [[before Friday|by {weekday}|for everyone]]. Don't click anything else though.")
C("it lowercase", "is the [[wifi|vpn|phone system|dentrix server]] down at {site} or just me")
C("it", "The iTero scanner at {site} needs a software update before it'll sync. Takes about [[20|30|45]] min, doing it at lunch.")
C("hr", "Open enrollment for benefits closes [[Friday|{weekday}|at the end of the month]]. Questions go to HR, not to me 🙂")
C("hr", "We're hiring [[two DAs|a hygienist|a front desk coordinator|a sterilization tech]] for {site}. Referral bonus is [[$500|$750|$1,000]] if they stay 90 days.")
C("hr lowercase", "reminder to submit [[mileage|expense reports|CE certificates]] for the study club, forms are in the shared drive")
C("training", "Lunch-and-learn on the new [[composite system|bulk-fill liner|rotary endo files|intraoral scanner]] {weekday}. [[Pizza|Sandwiches|Tacos]] provided.")
C("training", "If you haven't done the fire extinguisher training, grab {s1.first} — takes 10 minutes.")
C("social", "Happy birthday {s1.first}!! 🎂 cake in the {site} lounge at [[3|2:30|noon]]")
C("social", "Potluck sign-up sheet is on the fridge at {site}. Someone please bring something that isn't a dessert.")
C("social emoji", "Congrats to the {site} team for hitting [[100|250|500]] [[debonds|implants|new patients]] this year :tada::tooth:")
C("ops", "Sharps container in {op} is full. Swapped it, but we're down to [[one spare|two spares|the last spare]].")
C("ops", "Reminder: amalgam separator at {site} gets serviced {weekday}. Keep the sinks in sterilization clear.")
C("ops multiline", "Supply order for this week ({site}):\n- prophy paste ([[mint|cherry|bubblegum]])\n- 2x2 gauze\n- bite blocks, [[kids|adult]] size\n- fluoride varnish\nadd anything else by noon")
C("ops", "The Nashua surgery suite's [[pulse ox|capnograph|BP cuff|AED]] needs new batteries. Don't use it until they're swapped.")
C("ops", "Waterline test results are back and all ops at {site} passed. Next test is due in [[3|6]] months.")
C("question", "Does anyone know if we still accept paper checks at the {site} front desk or is it card only now?")
C("question lowercase", "quick q - are we doing the saturday hours at {site} in the [[summer|fall|winter]] or no")
C("question", "Which lab do we use for [[snore guards|sports guards|bleaching trays|flippers]] these days? The old one closed.")
C("policy", "New rule: no [[phones|earbuds|food or drink]] in the ops during patient care. Lockers are in the back hall.")
C("policy", "Patients should never be quoted a fee in the hallway. Take them to the consult room[[.| at {site}.|, every time.]]")
C("policy", "From now on every sedation case needs two staff in the room from induction to discharge. No exceptions[[.|, {s1.first} will audit.]]")
C("bot", "@riverbot what's on my calendar [[this afternoon|tomorrow morning|for {weekday}]]?")
C("bot lowercase", "remind me to order more [[impression trays|suction tips|fluoride|floss samples]] tomorrow at [[9|10|8:30]]")
C("bot", "Bot, summarize [[#front-desk|#billing|#ortho-lowell|#sterilization]] from yesterday — just the action items please.")
C("bot", "@riverbot set a reminder for the team: spore test results due {weekday}.")
C("bot calendar", "move my {time} call with the {vendor} rep to next week, any afternoon")
C("bot", "can you book the small conference room at {site} for {weekday} 12-1, study group")
C("ops", "Parking lot at {site} gets repaved this weekend. Staff park at the [[church lot|plaza across the street|back lot]] on Monday.")
C("ops emoji", "Snow day 🌨️ — {site} opens at [[10|11|noon]], the other sites are on time. Front desks, start calling.")
C("ops", "New patient intake tablets arrived at {site}. Charge them overnight before we roll them out.")
C("ops", "The vacuum pump at {site} sounds like a jet engine. Service is booked for {weekday}.")
C("ops lowercase typo", "somone left the fridge door open in sterilization again, the [[bonding agent|composite|etch]] was warm")
C("marketing", "Our Google rating at {site} went up to [[4.7|4.8|4.9]]! Keep asking happy patients for reviews (no health details in replies though).")
C("marketing", "Back-to-school sealant promo starts {weekday}. Flyers are in the {site} office.")
C("ops", "Reminder: the x-ray dosimeter badges go back to the vendor [[this week|by {weekday}]]. Drop yours in the envelope at checkout.")
C("it slack-markup", "If {soft} freezes, hit `Ctrl+Alt+Del` and end the task — don't reboot the server.")
C("ops", "Who's covering the {site} phones during the staff meeting?")
C("question", "Is the sedation crash cart checklist monthly or weekly? The binder at {site} says both.")
C("ops multiline", "End-of-day checklist ({site}):\n1. Turn off compressors\n2. Flush waterlines\n3. Lock the [[narcotics cabinet|nitrous room|server closet]]\n4. Log out of all PCs")
C("ops", "Ortho bracket inventory is low on the 0.022 slot. I'll order [[from 3M|from American Ortho|from Ormco]] this week.")
C("hr", "Please don't share patient stories in the [[#random|#general|#watercooler]] channel, even without names. Thanks!")
C("ops", "The {site} elevator is out of service. Patients in wheelchairs should be booked at another site for this week.")


# ================================================================== main ===
N_PHI, N_CLEAN, N_HARD_CLEAN = 385, 315, 160


def plan(frames, n, r):
    order = frames[:]
    r.shuffle(order)
    return [order[i % len(order)] for i in range(n)]


def make(frame, r, phi, seen, tries=60):
    for k in range(tries):
        text, spans, extra = render(frame, r, decorate=k >= 6)
        if text in seen or not valid(text, spans, phi):
            continue
        seen.add(text)
        tags = ["hard-negative" if t == "hard" else t for t in frame[0]]
        return {"text": text,
                "spans": [{"type": t, "value": v} for t, v, _ in spans],
                "tags": auto_tags(tags, text, spans, extra, phi)}
    return None


def main():
    r = RNG
    assert len(PHI_FRAMES) + len(CLEAN_FRAMES) >= 250, "need at least 250 frames"
    hard = [f for f in CLEAN_FRAMES if "hard" in f[0]]
    easy = [f for f in CLEAN_FRAMES if "hard" not in f[0]]
    jobs = ([(f, True) for f in plan(PHI_FRAMES, N_PHI, r)]
            + [(f, False) for f in plan(hard, N_HARD_CLEAN, r)]
            + [(f, False) for f in plan(easy, N_CLEAN - N_HARD_CLEAN, r)])
    seen, items, failed = set(), [], []
    for frame, phi in jobs:
        item = make(frame, r, phi, seen)
        pool = PHI_FRAMES if phi else (hard if "hard" in frame[0] else easy)
        while item is None:
            failed.append(frame[1][:60])
            item = make(r.choice(pool), r, phi, seen)
        items.append(item)
    r.shuffle(items)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "generated_ig.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "ig-%04d" % i, "text": it["text"], "spans": it["spans"], "tags": it["tags"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_phi = sum(1 for it in items if it["spans"])
    print("frames: %d PHI + %d clean = %d" % (len(PHI_FRAMES), len(CLEAN_FRAMES),
                                              len(PHI_FRAMES) + len(CLEAN_FRAMES)))
    print("wrote %s: %d messages, %d PHI, %d clean" % (out, len(items), n_phi, len(items) - n_phi))
    if failed:
        print("frames that needed a substitute:", len(failed))
        for t in sorted(set(failed)):
            print("   ", t)


if __name__ == "__main__":
    main()
