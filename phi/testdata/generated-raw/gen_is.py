#!/usr/bin/env python3
"""Generator for a PHI-labelled chat corpus, prefix "is".

Persona: manager of volunteer services and spiritual care at St. Columba Regional
Medical Center (chaplain visit lists, bereavement follow-ups, faith requests,
volunteers who are also patients or family, donated items, memorial services).

Writes generated_is.jsonl next to this script, in the raw format of
check_phi_corpus.py.  Standard library only, fixed seed.

Template syntax
  {p.full}   person variable + attribute.  Person variables p q r f g are PHI people
             (patients, relatives, visitors of patients); s t u v w e are not
             (staff, chaplains, volunteers in business context, executives, vendors).
  {mrn}      a slot; {mrn2} is a second, independent value of the same slot; writing
             {mrn} twice writes the same value twice (two spans).
"""
import json
import os
import random
import re

SEED = 4417
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_is.jsonl")

# ---------------------------------------------------------------- name pools
# origin: (female given names, male given names, surnames)
ORIGINS = {
    "hispanic": (
        ["Guadalupe", "Marisol", "Yesenia", "Xiomara", "Maricela", "Dolores", "Esperanza",
         "Lucía", "Araceli", "Rocío", "Inés", "Milagros"],
        ["Alejandro", "Luis", "Rafael", "Joaquín", "Héctor", "Ignacio", "Francisco",
         "Ernesto", "Teodoro", "Wilfredo", "Jesús", "Efraín"],
        ["Gutiérrez", "Ramírez", "de la Cruz", "Villalobos", "Ochoa", "Santiago", "Delgado",
         "Quintanilla", "Echeverría", "Morales", "del Valle", "Castillo", "Rosario", "Peña"]),
    "afam": (
        ["Latoya", "Keisha", "Tamika", "Ebony", "Shanice", "Imani", "Odessa", "Willie Mae",
         "Beulah", "Faith", "Hope", "Geraldine", "Rose", "Cora"],
        ["Darnell", "DeShawn", "Jermaine", "Marquis", "Tyrone", "Cedric", "Roosevelt",
         "Clarence", "Otis", "Grant", "Will", "Reginald"],
        ["Washington", "Jefferson", "Banks", "Freeman", "Gaines", "Booker", "Mabry",
         "Whitfield", "Pettaway", "Coleman", "Battle", "Strickland"]),
    "wafr": (
        ["Adaeze", "Folake", "Ama", "Abena", "Ngozi", "Efua", "Chiamaka", "Yetunde", "Aminata"],
        ["Chukwuemeka", "Oluwaseun", "Kwame", "Kofi", "Babajide", "Yaw", "Ousmane", "Tunde"],
        ["Okonkwo", "Adeyemi", "Mensah", "Owusu", "Nwosu", "Boateng", "Oyelaran", "Diallo",
         "Traoré", "Ndiaye", "Asante", "Okafor-Williams"]),
    "eafr": (
        ["Wanjiru", "Tigist", "Halima", "Achieng", "Nyambura", "Selamawit", "Faduma", "Hodan"],
        ["Kiprono", "Abebe", "Alemayehu", "Otieno", "Yohannes", "Abdirahman", "Mwangi", "Dawit"],
        ["Kamau", "Odhiambo", "Tesfaye", "Haile", "Wekesa", "Warsame", "Gebremedhin", "Njoroge"]),
    "sasia": (
        ["Priya", "Lakshmi", "Harpreet", "Anjali", "Farzana", "Tahmina", "Deepa", "Kamala"],
        ["Rajesh", "Venkatesh", "Gurpreet", "Sunil", "Imran", "Sanjay", "Arjun", "Harbhajan"],
        ["Patel", "Subramanian", "Chowdhury", "Iyer", "Gill", "Sandhu", "Reddy", "Banerjee",
         "Rahman", "Krishnamurthy", "Malhotra"]),
    "easia": (
        ["Xiulan", "Mei-Ling", "Keiko", "Seo-yeon", "Yuki", "Hana", "Ji-woo", "Fumiko"],
        ["Wei", "Jun", "Hiroshi", "Min-jun", "Takeshi", "Jian", "Haruto", "Sung-ho"],
        ["Chen", "Nakamura", "Park", "Kim", "Zhang", "Tanaka", "Liu", "Watanabe", "Choi", "Huang"]),
    "seasia": (
        ["Thi Lan", "Phuong", "Malee", "Maricel", "Jocelyn", "Linh", "Mai", "Analyn"],
        ["Minh", "Thanh", "Bao", "Somchai", "Rizal", "Tuan", "Khamphanh", "Rodel"],
        ["Nguyen", "Tran", "Pham", "Le", "Vang", "Xiong", "Santos", "Dela Rosa", "Bautista",
         "Soriano", "Sisavath", "Thammavong"]),
    "mideast": (
        ["Fatima", "Leila", "Rania", "Nour", "Huda", "Dalia", "Samira", "Mariam"],
        ["Mohammed", "Yousef", "Omar", "Samir", "Khalil", "Tariq", "Elias", "Bassam"],
        ["Haddad", "Al-Masri", "Khoury", "Nasser", "Saleh", "Abboud", "Farah", "Hamdan",
         "El-Sayed", "Mansour"]),
    "eeur": (
        ["Oksana", "Svetlana", "Katarzyna", "Irina", "Agnieszka", "Ludmila", "Halyna", "Zofia"],
        ["Dmitri", "Bogdan", "Zbigniew", "Vasyl", "Miroslav", "Tadeusz", "Andriy", "Piotr"],
        ["Kowalczyk", "Petrenko", "Wiśniewski", "Ivanova", "Horvath", "Novak", "Shevchenko",
         "Dąbrowski", "Popescu", "Kuznetsov"]),
    "irish": (
        ["Siobhan", "Niamh", "Bridget", "Aoife", "Maeve", "Nora", "Kathleen", "Margaret"],
        ["Declan", "Padraig", "Colm", "Eamon", "Seamus", "Cornelius", "Francis", "Michael"],
        ["O'Neill", "Murphy", "Fitzgerald", "Callahan", "McGuinness", "O'Sullivan", "Donnelly",
         "Kavanagh", "Quinlan", "Byrne", "Kowalski-Byrne"]),
    "italian": (
        ["Carmela", "Annunziata", "Rosaria", "Concetta", "Filomena", "Josephine", "Assunta"],
        ["Giuseppe", "Salvatore", "Vincenzo", "Antonio", "Dominic", "Carmine", "Rocco"],
        ["Esposito", "Russo", "DiNapoli", "Lombardi", "Ferraro", "Caruso", "Romano", "De Luca",
         "Marchetti", "Giordano", "LaRocca"]),
    "native": (
        ["Nizhoni", "Shandiin", "Kimi", "Winona", "Autumn", "Tallulah", "Loretta"],
        ["Ahanu", "Elu", "Delbert", "Hosteen", "Leroy", "Wilson", "Tokala"],
        ["Begay", "Yazzie", "Tsosie", "Benally", "Manygoats", "Littlewolf", "Two Bulls",
         "Redcloud", "Harjo", "Attakai"]),
    "pacific": (
        ["Keala", "Leilani", "Mahina", "Losaline", "Malia", "Pua", "Mele"],
        ["Kalani", "Sione", "Tevita", "Iosefa", "Keoni", "Sefo", "Manu"],
        ["Kahananui", "Fifita", "Tuilagi", "Kealoha", "Fonoti", "Taufa", "Akana", "Mahoe",
         "Palelei", "Aumua"]),
    "anglo": (
        ["Dorothy", "Evelyn", "Shirley", "Gladys", "Beatrice", "Elizabeth", "Wilhelmina",
         "Grace", "Faye", "Constance"],
        ["Harold", "Eugene", "Walter", "Bernard", "William", "Robert", "Theodore", "Chase",
         "Bartholomew", "Mark"],
        ["Whitaker", "Thornton", "Pruitt", "Van Dyke", "Blackwood", "Holloway", "Abernathy",
         "Pemberton", "St. John", "MacAllister", "Page", "Haddad-Morales"]),
}
ORIGIN_KEYS = list(ORIGINS)

NICK = {"Margaret": "Peggy", "William": "Bill", "Robert": "Bobby", "Elizabeth": "Betty",
        "Giuseppe": "Joe", "Salvatore": "Sal", "Dolores": "Lola", "Guadalupe": "Lupe",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Katarzyna": "Kasia", "Dmitri": "Dima",
        "Alejandro": "Alex", "Padraig": "Paddy", "Theodore": "Teddy", "Concetta": "Connie",
        "Vincenzo": "Vinny", "Francisco": "Paco", "Babajide": "Jide", "Adaeze": "Ada",
        "Bartholomew": "Bart", "Annunziata": "Nancy", "Beatrice": "Bea", "Kalani": "Lani",
        "Mohammed": "Mo", "Rajesh": "Raj", "Venkatesh": "Venky", "Josephine": "Jo",
        "Wilhelmina": "Willa", "Filomena": "Mena", "Ludmila": "Lida", "Svetlana": "Sveta",
        "Tadeusz": "Tadek", "Xiomara": "Xio", "Cornelius": "Neil", "Kathleen": "Kitty",
        "Francis": "Frankie", "Michael": "Mickey", "Reginald": "Reggie", "Clarence": "Sonny",
        "Geraldine": "Gerri", "Constance": "Connie", "Rosaria": "Sara", "Carmine": "Mimi",
        "Wilfredo": "Freddy", "Teodoro": "Teo", "Bernard": "Bernie", "Eugene": "Gene",
        "Harold": "Hal", "Walter": "Walt", "Dominic": "Dom", "Antonio": "Tony",
        "Yetunde": "Tunde", "Leroy": "Roy", "Delbert": "Del", "Iosefa": "Sefa"}


class Person:
    def __init__(self, staff=False, want_nick=False):
        while True:
            o = R.choice(ORIGIN_KEYS)
            fem, mal, sur = ORIGINS[o]
            self.female = R.random() < 0.55
            self.first = R.choice(fem if self.female else mal)
            if not want_nick or self.first in NICK:
                break
        o2 = o if R.random() < 0.85 else R.choice(ORIGIN_KEYS)
        self.last = R.choice(ORIGINS[o2][2])
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.5 else ""
        self.staff = staff

    def attr(self, a):
        f, l = self.first, self.last
        if a == "full":
            return f + " " + l
        if a == "first":
            return f
        if a == "last":
            return l
        if a == "mfull":      # full with middle initial
            return f + " " + (self.mi or "J") + ". " + l
        if a == "nick":
            return NICK.get(f, f)
        if a == "inv":        # BRANNIGAN, WILLA M
            return (l.upper() + ", " + f.upper() + (" " + self.mi if self.mi else "")).strip()
        if a == "invc":       # Brannigan, Willa
            return l + ", " + f
        if a == "fl":         # Maria G.
            return f + " " + l[0].upper() + "."
        if a == "lower":
            return (f + " " + l).lower()
        if a == "lfirst":
            return f.lower()
        if a == "llast":
            return l.lower()
        if a == "initials":
            return f[0] + "." + l[0].upper() + "."
        if a == "email":
            return email_for(self)
        if a == "url":
            return url_for(self)
        # pronouns / titles are never spans
        if a == "he":
            return "she" if self.female else "he"
        if a == "He":
            return "She" if self.female else "He"
        if a == "him":
            return "her" if self.female else "him"
        if a == "his":
            return "her" if self.female else "his"
        if a == "His":
            return "Her" if self.female else "His"
        if a == "mr":
            return R.choice(["Mrs.", "Ms."]) if self.female else "Mr."
        if a == "rel":        # relative word
            return R.choice(["daughter", "sister", "niece", "wife", "granddaughter"]) if self.female \
                else R.choice(["son", "brother", "nephew", "husband", "grandson"])
        if a == "nicklast":
            return NICK.get(f, f) + " " + l
        if a == "Rel":
            return self.attr("rel").capitalize()
        if a in ("parent", "Parent"):
            w = "mom" if self.female else "dad"
            return w.capitalize() if a == "Parent" else w
        if a == "par":
            return "mom" if self.female else "dad"
        raise KeyError(a)


NONSPAN_ATTRS = {"he", "He", "him", "his", "His", "mr", "rel", "Rel", "par", "parent", "Parent"}
PHI_VARS = set("pqrfg")
STAFF_VARS = set("stuvwe")

# ---------------------------------------------------------------- value helpers
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {9: "ninety", 10: "one hundred"}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return str(n) + "th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def zw_insert(s):
    """Put a zero-width space or no-break space inside a number."""
    idx = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
    if not idx:
        return s
    i = R.choice(idx)
    return s[:i] + R.choice(["\u200b", "\u200b", "\u00a0"]) + s[i:]


def rdate(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, DAYS_IN[m - 1])
    return y, m, d


def fmt_date(y, m, d, year=True, tags=None):
    """Many written forms of a date."""
    yy = "%02d" % (y % 100)
    with_year = [
        "%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
        "%s %d, %d" % (MONTHS[m - 1], d, y), "%d-%s-%d" % (d, MON3[m - 1], y),
        "%d/%d/%s" % (m, d, yy), "%d %s %d" % (d, MONTHS[m - 1], y), "%s. %d, %d" % (MON3[m - 1], d, y),
        "%d-%d-%d" % (m, d, y), "%d.%d.%s" % (m, d, yy), "%s %s %d" % (MON3[m - 1], ordinal(d), y),
    ]
    no_year = ["%d/%d" % (m, d), "%s %s" % (MON3[m - 1], ordinal(d)), "%s %d" % (MONTHS[m - 1], d),
               "%02d/%02d" % (m, d), "%d %s" % (d, MON3[m - 1]), "%s. %d" % (MON3[m - 1], d)]
    r = R.random()
    if year and r < 0.06:
        if tags is not None:
            tags.add("evasion")
        return "%02d%02d%d" % (m, d, y)
    if year or R.random() < 0.4:
        return R.choice(with_year)
    return R.choice(no_year)


def spell_age(n):
    if n == 100:
        return "one hundred"
    if n > 100:
        return "one hundred " + NUMWORDS[n - 100]
    ones = n % 10
    return "ninety" + ("-" + NUMWORDS[ones] if ones else "")


AREA = ["978", "617", "508", "781", "603", "857", "339", "774", "351", "413", "401"]


def phone_plain():
    return R.choice(AREA), str(R.randint(200, 989)), digits(4)


def fmt_phone(tags):
    a, b, c = phone_plain()
    r = R.random()
    if r < 0.22:
        s = "(%s) %s-%s" % (a, b, c)
    elif r < 0.42:
        s = "%s-%s-%s" % (a, b, c)
    elif r < 0.52:
        s = "%s.%s.%s" % (a, b, c)
    elif r < 0.60:
        s = "%s %s %s" % (a, b, c)
    elif r < 0.67:
        s = "+1 %s %s %s" % (a, b, c)
    elif r < 0.72:
        s = "+1-%s-%s-%s" % (a, b, c)
    elif r < 0.77:
        s = a + b + c
        tags.add("evasion")
    elif r < 0.82:
        s = "%s-%s-%s ext. %d" % (a, b, c, R.randint(2, 480))
    elif r < 0.86:
        s = "%s-%s-%s x%d" % (a, b, c, R.randint(10, 99))
    elif r < 0.90:
        s = fullwidth("%s-%s-%s" % (a, b, c))
        tags.add("fullwidth")
        tags.add("evasion")
    elif r < 0.94:
        s = zw_insert("%s-%s-%s" % (a, b, c))
        tags.add("zero-width")
        tags.add("evasion")
    elif r < 0.97:
        s = " ".join(a + b + c)
        tags.add("evasion")
    else:
        s = "%s %s-%s" % (a, b, c)
    return s


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com",
                    "hotmail.com", "icloud.com", "outlook.com", "protonmail.com"]


def ascii_fold(s):
    tbl = str.maketrans("áéíóúñüÁÉÍÓÚÑąęćłńóśźżĄĘĆŁŃŚŹŻè", "aeiounuAEIOUNaeclnoszzAECLNSZZe")
    return "".join(c for c in s.translate(tbl) if c.isalnum())


def email_for(p):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), l + "." + f,
                      f + "_" + l, f + str(R.randint(1940, 1999))])
    return local + "@" + R.choice(PERSONAL_DOMAINS)


def url_for(p):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return R.choice([
        "https://www.caringbridge.org/visit/" + f + l,
        "https://www.caringbridge.org/site/" + f + "-" + l,
        "https://www.gofundme.com/f/help-the-" + l + "-family",
        "https://www.legacy.com/us/obituaries/name/" + f + "-" + l + "-obituary?id=" + digits(8),
        "https://mychart.stcolumba.org/visit/join?pid=" + digits(8),
        "https://portal.stcolumba.org/patient/" + digits(7) + "/update",
        "https://lotsahelpinghands.com/c/" + digits(6) + "-" + l,
    ])


def email_any(tags):
    p = Person()
    e = email_for(p)
    if R.random() < 0.12:
        e = e.replace("@", R.choice([" [at] ", " at ", "(at)"])).replace(".", R.choice([" [dot] ", " dot "]))
        tags.add("evasion")
    return e


def staff_email(p):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return R.choice([f + "." + l, f[0] + l]) + "@stcolumba.org"


def ssn_val(tags):
    a = R.randint(100, 899)
    while a == 666:
        a = R.randint(100, 899)
    b, c = R.randint(10, 99), R.randint(1000, 9999)
    r = R.random()
    if r < 0.5:
        return "%03d-%02d-%04d" % (a, b, c)
    if r < 0.62:
        return "%03d %02d %04d" % (a, b, c)
    if r < 0.76:
        tags.add("evasion")
        return "%03d%02d%04d" % (a, b, c)
    if r < 0.84:
        tags.add("evasion")
        return "%03d.%02d-%04d" % (a, b, c)
    if r < 0.90:
        tags.add("evasion")
        tags.add("fullwidth")
        return fullwidth("%03d-%02d-%04d" % (a, b, c))
    if r < 0.95:
        tags.add("evasion")
        tags.add("zero-width")
        return zw_insert("%03d-%02d-%04d" % (a, b, c))
    tags.add("evasion")
    s = "%03d%02d%04d" % (a, b, c)
    w = [NUMWORDS[int(ch)] for ch in s]
    return " ".join(w[:3]) + ", " + " ".join(w[3:5]) + ", " + " ".join(w[5:])


def mrn_val(tags):
    r = R.random()
    if r < 0.55:
        return digits(1).replace("0", "4") + digits(6)
    if r < 0.8:
        return "00" + digits(6)
    if r < 0.9:
        return digits(8)
    if r < 0.95:
        tags.add("evasion")
        s = digits(7)
        return s[:3] + " " + s[3:]
    tags.add("evasion")
    tags.add("fullwidth")
    return fullwidth(digits(7))


def vin_val():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice("12345JKLW") + "".join(R.choice(ch) for _ in range(16))


def luhn_complete(prefix, length):
    s = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def cc_val(tags):
    r = R.random()
    if r < 0.3:
        n = luhn_complete("37", 15)
        return n[:4] + " " + n[4:10] + " " + n[10:]
    n = luhn_complete(R.choice(["4", "51", "55", "6011"]), 16)
    if r < 0.6:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if r < 0.85:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    tags.add("evasion")
    return n


STREETS = ["Tarbox Rd", "Pleasant St", "Varnum Ave", "Bridge St", "Lakeview Ave", "Mammoth Rd",
           "Westford St", "Nesmith St", "Lawrence St", "Broadway", "Main St", "Elm St",
           "Salem St", "Central St", "Wentworth Ave", "Boston Rd", "Sixth St", "Stevens St",
           "Hildreth St", "Old Ferry Rd", "Bradford St", "Kenwood Rd", "Parker Ave",
           "Pawtucket Dr", "Mt. Hope St", "Phoenix Ave", "Christian Hill Rd"]
TOWNS = [("Lowell", "MA", ["01851", "01854", "01850"]), ("Dracut", "MA", ["01826"]),
         ("Chelmsford", "MA", ["01824"]), ("Tewksbury", "MA", ["01876"]),
         ("Methuen", "MA", ["01844"]), ("Lawrence", "MA", ["01841", "01843"]),
         ("Billerica", "MA", ["01821"]), ("Haverhill", "MA", ["01830", "01832"]),
         ("Amesbury", "MA", ["01913"]), ("Nashua", "NH", ["03060", "03062"]),
         ("Pelham", "NH", ["03076"]), ("Salem", "NH", ["03079"]), ("Andover", "MA", ["01810"]),
         ("Westford", "MA", ["01886"]), ("Tyngsborough", "MA", ["01879"]),
         ("Pepperell", "MA", ["01463"]), ("Dunstable", "MA", ["01827"]),
         ("Hudson", "NH", ["03051"]), ("Wilmington", "MA", ["01887"])]


def street_val():
    s = "%d %s" % (R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 2400)]), R.choice(STREETS))
    if R.random() < 0.25:
        s += R.choice([", Apt %d%s" % (R.randint(1, 9), R.choice("ABC")), " #%d" % R.randint(2, 12),
                       " Unit %d" % R.randint(1, 40), ", 2nd fl"])
    return s


def addr_val():
    t, st, zs = R.choice(TOWNS)
    z = R.choice(zs)
    if R.random() < 0.15:
        z += "-" + digits(4)
    r = R.random()
    if r < 0.55:
        return "%s, %s %s %s" % (street_val(), t, st, z)
    if r < 0.8:
        return "%s, %s, %s %s" % (street_val(), t, st, z)
    if r < 0.9:
        return "%s %s %s" % (street_val(), t, st)
    return "PO Box %d, %s %s %s" % (R.randint(12, 2999), t, st, z)


def town_val():
    return R.choice(TOWNS)[0]


def zip_val():
    return R.choice(R.choice(TOWNS)[2])


def plate_val():
    return R.choice(["%d%s%s %d%d" % (R.randint(1, 9), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                       R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(1, 9), R.randint(0, 9)),
                     "%d%s%d-%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTXYZ") for _ in range(2)),
                                    R.randint(1, 9), R.randint(100, 999)),
                     "%s %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTXYZ") for _ in range(3)), digits(4)),
                     "%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTXYZ") for _ in range(3)),
                                 R.randint(10, 99))])


def serial_val():
    return R.choice([
        "".join(R.choice("ABCDEFGHJKLMNPRSTXYZ") for _ in range(3)) + digits(6),
        "SN" + digits(8),
        digits(2) + "".join(R.choice("ABCDEFGHJKLMNPRSTXYZ") for _ in range(2)) + digits(5) + R.choice("ABCHKNX"),
        "PJN" + digits(6) + "H",
        "G" + digits(3) + "-" + digits(5),
    ])


def udi_val():
    return "(01)0" + digits(13) + "(17)" + "%02d%02d%02d" % (R.randint(25, 29), R.randint(1, 12), R.randint(1, 28)) + \
        "(21)" + "".join(R.choice("ABCDEFGHJKLMNPRSTXYZ0123456789") for _ in range(7))


def ip_val():
    r = R.random()
    if r < 0.45:
        return "10.%d.%d.%d" % (R.randint(1, 250), R.randint(0, 250), R.randint(2, 250))
    if r < 0.7:
        return "192.168.%d.%d" % (R.randint(0, 60), R.randint(2, 250))
    if r < 0.85:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 250), R.randint(2, 250))
    return "fe80::%x:%x:%x:%x" % tuple(R.randint(0x1000, 0xffff) for _ in range(4))


def mbi_val():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    s = (R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice("0123456789") + R.choice(L) +
         R.choice(A) + R.choice("0123456789") + R.choice(L) + R.choice(L) + digits(2))
    if R.random() < 0.5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_val():
    return R.choice([
        "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)) + digits(9),
        "W" + digits(9),
        "1000" + digits(8),
        "ZGP" + digits(8) + "01",
        "H" + digits(8),
        digits(9) + "A",
    ])


def dl_val():
    return R.choice(["S" + digits(8), "SA" + digits(7), digits(2) + "X" + digits(6),
                     "D" + digits(3) + "-" + digits(4) + "-" + digits(4), "NHL" + digits(8)])


def proflic_val():
    return R.choice([digits(5), digits(6), "10" + digits(4), "2" + digits(5)])


def dea_val():
    return R.choice("ABFM") + R.choice("ABCDEFGHJKLMNPRSTW") + digits(7)


def acct_val(tags):
    r = R.random()
    if r < 0.4:
        return "3000" + digits(6)
    if r < 0.7:
        return "77" + digits(8)
    if r < 0.85:
        return digits(4) + "-" + digits(5)
    if r < 0.93:
        return "G" + digits(8)
    tags.add("evasion")
    s = digits(10)
    return " ".join(s[i:i + 2] for i in range(0, 10, 2))


def bank_val():
    return digits(R.choice([9, 10, 12]))


def age_val(tags):
    n = R.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103])
    if R.random() < 0.25:
        tags.add("evasion")
        return spell_age(n)
    return str(n)


def dob_val(tags):
    return fmt_date(*rdate(1922, 1988), year=True, tags=tags)


def recent_val(tags):
    return fmt_date(*rdate(2024, 2025), year=R.random() < 0.45, tags=tags)


def mdate_val(tags):
    """meeting / deadline / calendar date: never PHI"""
    y, m, d = rdate(2025, 2025)
    return R.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS[m - 1], d), "%s %s" % (MON3[m - 1], ordinal(d)),
                     "%s %d/%d" % (R.choice(WEEKDAYS[:5]), m, d), "%s, %s %d" % (R.choice(WEEKDAYS[:5]), MON3[m - 1], d),
                     "%d-%02d-%02d" % (y, m, d), "the %s" % ordinal(d)])


def time_val(tags):
    h = R.randint(7, 17)
    mm = R.choice(["00", "15", "30", "45"])
    h12 = h if h <= 12 else h - 12
    return R.choice(["%d:%s" % (h12, mm), "%d:%s %s" % (h12, mm, "am" if h < 12 else "pm"),
                     "%d%s" % (h12, "am" if h < 12 else "pm"), "%02d%s" % (h, mm)])


def room_val(tags):
    return R.choice(["%d%s-%d" % (R.randint(2, 8), R.choice(["W", "E", "N", "S"]), R.randint(1, 32)),
                     "%d%02d" % (R.randint(2, 8), R.randint(1, 40)),
                     "%d%02d%s" % (R.randint(2, 8), R.randint(1, 40), R.choice("AB"))])


UNITS = ["6 West", "5 North", "4 South", "ICU", "CCU", "the Birthing Center", "7 East", "Oncology 3",
         "the Palliative unit", "Geri-Psych", "NICU", "Rehab 2", "the ED", "Step-down", "Hospice House"]
FAITH = ["Catholic", "Muslim", "Jewish", "Baptist", "Greek Orthodox", "Hindu", "Buddhist", "Sikh",
         "Pentecostal", "Lutheran", "LDS", "Jehovah's Witness", "Episcopal", "AME", "Quaker",
         "Seventh-day Adventist", "Russian Orthodox", "Ukrainian Catholic", "Navajo traditional"]
ITEMS = ["prayer shawls", "rosaries", "hand-knit lap blankets", "large-print Bibles", "Qurans",
         "comfort quilts", "memory bears", "battery tea lights", "prayer rugs", "journals",
         "chapel hymnals", "fleece throws", "word-search books", "electric candles"]


def simple(choices):
    return lambda tags: R.choice(choices)


SLOTS = {
    # ---- PHI slots: name -> (type, fn(tags))
    "dob": ("DATE", dob_val),
    "date": ("DATE", recent_val),
    "dod": ("DATE", recent_val),
    "age": ("AGE", age_val),
    "phone": ("PHONE", fmt_phone),
    "email": ("EMAIL", email_any),
    "ssn": ("SSN", ssn_val),
    "mrn": ("MRN", mrn_val),
    "member": ("HEALTH_PLAN_ID", lambda t: member_val()),
    "mbi": ("HEALTH_PLAN_ID", lambda t: mbi_val()),
    "medicaid": ("HEALTH_PLAN_ID", lambda t: "1000" + digits(8)),
    "acct": ("ACCOUNT_NUMBER", acct_val),
    "bank": ("ACCOUNT_NUMBER", lambda t: bank_val()),
    "dl": ("LICENSE_NUMBER", lambda t: dl_val()),
    "lic": ("LICENSE_NUMBER", lambda t: proflic_val()),
    "dea": ("LICENSE_NUMBER", lambda t: dea_val()),
    "plate": ("VEHICLE_ID", lambda t: plate_val()),
    "vin": ("VEHICLE_ID", lambda t: vin_val()),
    "serial": ("DEVICE_ID", lambda t: serial_val()),
    "udi": ("DEVICE_ID", lambda t: udi_val()),
    "ip": ("IP_ADDRESS", lambda t: ip_val()),
    "addr": ("ADDRESS", lambda t: addr_val()),
    "street": ("ADDRESS", lambda t: street_val()),
    "town": ("ADDRESS", lambda t: town_val()),
    "zip": ("ADDRESS", lambda t: zip_val()),
    "cc": ("CREDIT_CARD", cc_val),
    # ---- non-PHI slots
    "mdate": (None, mdate_val),
    "time": (None, time_val),
    "room": (None, room_val),
    "unit": (None, simple(UNITS)),
    "faith": (None, simple(FAITH)),
    "item": (None, simple(ITEMS)),
    "n": (None, lambda t: str(R.randint(2, 14))),
    "big": (None, lambda t: str(R.randint(18, 340))),
    "ext": (None, lambda t: "x" + digits(4)),
    "money": (None, lambda t: R.choice(["$%d" % R.randint(20, 900), "$%d.%02d" % (R.randint(10, 2500), R.randint(0, 99)),
                                        "$%d,%03d" % (R.randint(1, 48), R.randint(0, 999)), "$%dk" % R.randint(2, 60)])),
    "ticket": (None, lambda t: R.choice(["INC00" + digits(5), "RITM00" + digits(5), "VOL-" + digits(4),
                                         "DEL-" + digits(4), "CHG" + digits(6), "SC-" + digits(3)])),
    "po": (None, lambda t: R.choice(["PO " + digits(7), "PO# 45" + digits(6), "PO-" + digits(5)])),
    "inv": (None, lambda t: R.choice(["INV-" + digits(5), "invoice " + digits(6), "Inv #" + digits(4)])),
    "ver": (None, lambda t: R.choice(["v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 20)),
                                      "build 2025.%d.0.%d" % (R.randint(1, 12), R.randint(1, 9)),
                                      "%d.%d" % (R.randint(2, 9), R.randint(0, 9))])),
    "npi": (None, lambda t: "1" + digits(9)),
    "cc_center": (None, lambda t: R.choice(["CC 8140", "cost center 7720-415", "dept 6031", "CC# 88214"])),
    "zoomid": (None, lambda t: "8" + digits(10)),
    "zoom": (None, lambda t: "%s %s %s" % (digits(3), digits(4), digits(4))),
    "group": (None, lambda t: R.choice(["group 00" + digits(5), "grp #" + digits(6), "group no. " + digits(7)])),
    "policy": (None, lambda t: R.choice(["SC-%02d" % R.randint(1, 40), "VS-%03d" % R.randint(1, 120),
                                         "%d.%d" % (R.randint(1, 12), R.randint(1, 30)), "ADM-%d" % R.randint(100, 400)])),
    "cpt": (None, simple(["99497", "99498", "G0182", "99215", "97110"])),
    "icd": (None, simple(["Z51.5", "F43.21", "Z63.4", "C34.90", "I50.9", "G30.9", "Z71.89"])),
    "pct": (None, lambda t: "%d%%" % R.randint(4, 96)),
    "low_age": (None, lambda t: str(R.randint(19, 89))),
    "facaddr": (None, simple(["1200 Riverside Pkwy, Lowell MA 01852", "1200 Riverside Parkway",
                              "45 Pawtucket Blvd, Lowell MA 01854", "300 Merrimack St, Suite 210",
                              "18 Hospital Dr, Chelmsford MA 01824", "1200 Riverside Pkwy, Lowell, MA 01852"])),
    "faczip": (None, simple(["01852", "01854", "01824"])),
    "yr": (None, lambda t: str(R.choice([2023, 2024, 2025, 2026]))),
    "fy": (None, simple(["FY2026", "FY26", "Q3", "Q4", "Q1 FY27", "FY2027"])),
}

# ---------------------------------------------------------------- rendering
TOK = re.compile(r"\{([A-Za-z_]+?)(\d*)(?:\.([A-Za-z_]+))?\}")
NAME_LIKE_TYPES = {"NAME"}


def render(tpl, ttags):
    tags = set(ttags)
    lower = "lowercase" in tags
    people = {}
    cache = {}
    used_names = set()
    text = ""
    spans = []
    last = 0
    for m in TOK.finditer(tpl):
        lit = tpl[last:m.start()]
        text += lit.lower() if lower else lit
        last = m.end()
        name, idx, attr = m.group(1), m.group(2), m.group(3)
        key = m.group(0)
        if attr is not None:
            if name not in PHI_VARS and name not in STAFF_VARS:
                raise KeyError("bad person var " + key)
            pk = name + idx
            if pk not in people:
                for _ in range(100):
                    per = Person(staff=name in STAFF_VARS, want_nick=("{%s.nick" % pk) in tpl)
                    if per.first not in used_names and per.last not in used_names:
                        break
                used_names.update([per.first, per.last])
                people[pk] = per
            per = people[pk]
            if key not in cache:
                if attr == "email" and per.staff:
                    cache[key] = (staff_email(per), "EMAIL")
                else:
                    val = per.attr(attr)
                    if attr in NONSPAN_ATTRS:
                        typ = None
                    elif attr == "email":
                        typ = "EMAIL"
                    elif attr == "url":
                        typ = "URL"
                    else:
                        typ = None if per.staff else "NAME"
                    cache[key] = (val, typ)
            val, typ = cache[key]
        else:
            if name not in SLOTS:
                raise KeyError("bad slot " + key)
            typ, fn = SLOTS[name]
            if key not in cache:
                prev = {v for k, (v, _) in cache.items() if k.startswith("{" + name) and k[1 + len(name):2 + len(name)] in "0123456789}"}
                for _ in range(30):
                    val = fn(tags)
                    if val not in prev:
                        break
                cache[key] = (val, typ)
            val, typ = cache[key]
        if lower:
            val = val.lower()
        if typ:
            spans.append((typ, val, len(text)))
        text += val
    lit = tpl[last:]
    text += lit.lower() if lower else lit
    return text, spans, tags


def verify(text, spans):
    """Each value must be found, searching left to right, exactly where it was written."""
    b = text.encode("utf-8")
    pos = 0
    for typ, val, start in spans:
        v = val.encode("utf-8")
        bstart = len(text[:start].encode("utf-8"))
        i = b.find(v, pos)
        if i != bstart or not v.strip():
            return False
        pos = i + len(v)
    return True


TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
STRUCTURED = {"PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER",
              "VEHICLE_ID", "DEVICE_ID", "IP_ADDRESS", "CREDIT_CARD"}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:[a-z_]+:")
MARKUP = re.compile(r"<@U|<mailto:|<tel:|<https?:|\*\S|`|^\s*[•\-] ", re.M)


def final_tags(text, spans, tags):
    out = [t for t in sorted(tags) if t not in ("phi", "clean")]
    for typ, _, _ in spans:
        t = TYPE_TAG[typ]
        if t not in out:
            out.append(t)
        if typ in STRUCTURED and "structured" not in out:
            out.append("structured")
    if "\n" in text and "multiline" not in out:
        out.append("multiline")
    if MARKUP.search(text) and "slack-markup" not in out:
        out.append("slack-markup")
    if EMOJI.search(text) and "emoji" not in out:
        out.append("emoji")
    return (["phi"] if spans else ["clean"]) + out


PHI_T = []
CLEAN_T = []


def P(tpl, tags=""):
    PHI_T.append((tpl, tags.split()))


def C(tpl, tags=""):
    CLEAN_T.append((tpl, tags.split()))

# ================================================================ PHI frames, part A
# chaplain visit requests
P("Can someone from chaplaincy see {p.full} in {room} today? {p.He} asked for communion before {p.his} procedure.", "referral")
P("Father {s.last}, {p.mr} {p.last} is {age} and is asking for the anointing of the sick before surgery on {date}. {unit}, rm {room}.", "referral")
P("pt {p.lower} in {room} is asking for an imam, family says {p.he} would prefer someone who speaks arabic. dob {dob}", "referral lowercase")
P("*New spiritual care referral*\nPatient: {p.invc}\nMRN: {mrn}\nUnit: {unit}\nFaith: {faith}\nRequest: prayer + sacrament\nReferred by: {s.full}, RN", "referral structured")
P("{p.last} {mrn} — {faith}, wants a visit from their own pastor. I said we'd call him, pastor's cell is {phone}", "referral")
P("hey who's covering {unit} tonight? {p.first} in {room} is really anxious and asked for \"the chaplain with the guitar\" lol. that's {s.first} right?", "referral")
P("Rabbi {s.last} — could you stop by for {p.full} (DOB {dob})? {p.He} would like Shabbat candles (the electric kind, I know 😅).", "referral")
P("{s.first} can you swing by 412 when you get a sec, {p.fl} is asking for a rosary and somebody to pray with", "referral")
P("Request from {unit}: {p.mfull}, {faith}, admitted {date}. Family asking for a priest — not urgent, but {p.he} is declining.", "referral")
P("Ok so the family of {p.full} wants a blessing at the bedside at {time} — {p.his} {q.rel} {q.first} will be there. Who can take it?", "referral")
P("Hi Chaplain {s.first} 👋 {p.first} in {room} asked for you by name again today. Says you're the only one who laughs at {p.his} jokes.", "referral")
P("<@U05CHAP01> referral for you: {p.full} / MRN {mrn} / {room}. {q.Rel} {q.first} asked for someone to sit with {q.him} during the family meeting.", "referral")
P("Visit note for follow up — saw {p.nick} ({p.full}) again today. {p.He} wants baptism before discharge on {date}. Can we get Pastor {t.last}?", "referral")
P("Catholic pt in {room}: {p.inv}. Requests Eucharist daily. Eucharistic minister volunteers pls add to your list.", "referral")
P("@bot remind me Friday 9am to call {p.full}'s {q.rel} back about the bedside wedding vow renewal", "bot")
P("Can someone call back {q.full} at {phone}? {q.He}'s {p.full}'s {q.rel} and wants to know if the chapel is open overnight.", "bot")

# bereavement follow-ups
P("Bereavement follow-up: {q.full} ({p.first}'s {q.rel}). {p.first} died {dod}. 30-day call due {date}. Best number {phone}.", "bereavement")
P("13-month letters going out this week:\n• {q.full} — re: {p.full}\n• {q2.full} — re: {p2.full}\n• {q3.full} — re: {p3.full}\nPls have them on my desk by Thurs.", "bereavement")
P("Called {q.first} today, {q.he}'s doing a little better. First holiday without {p.first} coming up though. Next call {date}.", "bereavement")
P("bereavement log: {p.lower} d. {dod}, spouse {q.lfirst}, ph {phone}, prefers spanish", "bereavement lowercase")
P("Pls mail the grief packet to {q.full}, {addr}. {q.He} was {p.full}'s {q.rel}.", "bereavement address")
P("the {p.last} family asked us NOT to call until after the funeral, pls update the list. {p.first}'s DOD was {dod}", "bereavement")
P("Re: bereavement packet — {q.full} asked for it by email instead: {q.email}", "bereavement")
P("{q.full} stopped by the office with cookies for the ICU chaplains 🥹 — {q.his} {p.par} {p.first} died up there on {dod}. Sweetest person.", "bereavement")
P("Q for the group — {q.full} called the chapel line crying, {q.his} {p.par} {p.full} passed {dod} and {q.he} still can't get the death certificate. who do I send {q.him} to?", "bereavement")
P("Grief support group sign-ups:\n1. {q.full} (lost {p.first}, {dod})\n2. {q2.full}\n3. {q3.fl} — lives in {town}, needs a ride", "bereavement")
P("left a vm for {q.full} at {phone} re: 6-month check-in for {p.full}. will try again {mdate}", "bereavement")
P("{p.mr} {p.last} passed this morning at {time} ({dod}). Family ({q.full}, {q.rel}) is in the quiet room. Chaplain {s.first} is with them.", "bereavement")
P("Card list for this month (pls sign by Friday!):\n- {q.full}, {addr}\n- {q2.full}, {addr2}\n- {q3.full}, {street3}, {town3}", "bereavement address")
P("Do we have a better # for {q.fl}? {phone} just rings. It's the 90-day call for {p.first}.", "bereavement")

# volunteers who are patients or family
P("Heads up team 💛 our Tuesday gift shop volunteer {p.full} was admitted last night to {unit}. {p.He} said it's ok to send a card, but please keep it low-key.", "employee-health")
P("{p.first} from the Thursday cart crew is in the ED right now, fell in the parking garage at {time}. Incident date {date} for the report. {p.He}'s ok-ish.", "employee-health incident")
P("Volunteer {p.full} won't be in for a while — {p.his} {q.rel} {q.first} called, {p.he} had surgery on {date}. Pls cover {p.his} Wednesday info desk shift.", "employee-health")
P("not sure if this is a hipaa thing but {p.lfirst} (our pet therapy volunteer w/ the corgi) is a patient on 5N right now. room {room}. maybe the dog team can visit?", "employee-health lowercase")
P("Our own {p.full} (volunteer since 2009!) is on hospice at home now, {addr}. Team wants to bring a card + flowers. I'll coordinate.", "employee-health address")
P("So sad — longtime volunteer {p.full} passed on {dod}. {p.He} was {age}. Memorial at the chapel TBD, family contact is {q.full} {phone}.", "employee-health age")
P("FYI {p.nick} from the info desk asked me to tell everyone {p.he}'s having {p.his} knee replaced on {date}, so {p.he}'ll be out ~6 wks. {p.He}'s fine with people knowing 🙂", "employee-health")
P("<@U07VOL22> can you pull {p.full} off the schedule through {date}? {p.He}'s recovering from {p.his} cardiac cath. Do NOT post why in the volunteer channel.", "employee-health")
P("Volunteer health screening flagged {p.full} (badge 44-{n}) — TB read due {date}. Employee health # for {p.him} is {phone}.", "employee-health")
P("Chaplain resident {p.full} is out — {p.he}'s actually been admitted here (DOB {dob}). Let's cover {p.his} pager; {s.first} has {unit}.", "employee-health")

# memorial services
P("Names for the fall memorial service reading:\n{p.full}\n{p2.full}\n{p3.full}\n{p4.inv}\nfamilies RSVP'd yes except {p2.last}", "memorial")
P("Can you double check the spelling of {p.full}? The family wrote '{p.lower}' on the RSVP card and the memorial program goes to print tomorrow.", "memorial")
P("{q.full} wants to read a poem for {q.his} {p.par} {p.full} at the memorial. Phone is {phone}, email {q.email}.", "memorial")
P("*Memorial slideshow photos received*\n✅ {p.full}\n✅ {p2.full}\n❌ {p3.full} — family hasn't sent yet, try {q3.first} at {phone3}", "memorial")
P("pls add {p.mfull} to the book of remembrance — died {dod}, age {age}", "memorial age")
P("For the NICU memorial: baby {p.full}, born {date}, died {dod}. Parents {q.full} & {q2.full}. They'd like the butterfly release.", "memorial")
P("memorial RSVP from {q.full} ({p.last} family) - party of {n}, will need wheelchair access. their # {phone}", "memorial")

# donated items
P("{q.first} ({p.last}'s {q.rel}) dropped off {n} {item} in memory of {p.him}. can someone write the thank-you note?", "donation")
P("Donation receipt needed: {q.full}, {addr}. Gave {n} {item} in honor of {p.full}, who was on {unit} last spring.", "donation address")
P("The {item} from {q.full} — {q.he} wants a little card on each one that says 'in memory of {p.nick}'. {q.His} {p.par} died here {dod}.", "donation")
P("Family of {p.full} is donating {p.his} wheelchair + walker. Pickup at {addr}. {q.first} says any weekday after 3.", "donation address")
P("Got a check for {money} from {q.full} in memory of {p.full}. Put the card # they also wrote on the note ({cc}) in the shred bin pls, we don't need it.", "donation")
P("donor {q.lower} called again re: the memorial bench for {p.lower}, cb {phone}", "donation lowercase")

# ================================================================ PHI frames, part B
# faith requests / special accommodations
P("{p.full} ({room}) is fasting for Ramadan — can dietary hold {p.his} tray until sunset and send a suhoor tray at 4am? DOB {dob} for the order.", "faith")
P("Navajo family on {unit} asked about a cedar smudging ceremony for {p.full}. Fire safety said we can do it in the courtyard on {date} if {p.he}'s stable enough to go down.", "faith")
P("Pt requests a Sikh granthi. Name: {p.full}. Language: Punjabi. Son {q.first} can translate, cell {phone}.", "faith")
P("Jehovah's Witness pt {p.inv} — declines blood; elder from the congregation ({q.full}) is on the visitor list. MRN {mrn}.", "faith")
P("{p.full} wants a Buddhist monk to chant the Heart Sutra with {p.him} before the extubation on {date}. Any leads besides the temple in Lowell?", "faith")
P("the {p.llast} family is hindu, they'd like to put a small tulsi plant and a picture of krishna in {p.his} room. ok w/ infection control? pt dob {dob}", "faith lowercase")
P("Greek Orthodox priest request: {p.mr} {p.last}, {age} yrs young, {room}. {p.His} {q.rel} {q.full} asked specifically for Fr. from Holy Trinity, their # {phone}.", "faith age")
P("Kosher meals + a Shabbat visit for {p.full}, admitted {date}. {p.He} lives in {town} and {p.his} rabbi usually comes but can't this week.", "faith address")
P("Ukrainian Catholic pt {p.full} asked for a priest who can do confession in Ukrainian 🙏 — do we have anybody? {p.His} {q.rel} {q.first} is the contact ({q.email}).", "faith")
P("LDS elders coming at {time} to give {p.full} a blessing, they'll check in at the front desk. {p.He}'s in {room} under the name \"{p.nick}\" on the whiteboard", "faith")
P("Request: prayer rug + qibla direction for {p.mr} {p.last} in {room}. Also {p.he} asked for a female chaplain for {p.his} {q.rel} {q.first}.", "faith")
P("{p.full} (mrn {mrn}) is Pentecostal, family will be singing at bedside tonight around {time}. Pls give 6E a heads up so nobody calls security 😂", "faith")

# structured snippets / forwarded / tables
P("Fwd from Patient Access:\n> Name: {p.inv}\n> DOB: {dob}\n> MRN: {mrn}\n> Phone: {phone}\n> Request: chaplain visit, {faith}", "structured records")
P("| Patient | MRN | Room | Request |\n|---|---|---|---|\n| {p.full} | {mrn} | {room} | communion |\n| {p2.full} | {mrn2} | {room2} | prayer |\n| {p3.fl} | {mrn3} | {room3} | Quran |", "structured")
P("MRN {mrn} and {mrn2} both came over on the chaplain referral fax with no names. Can someone match them? {s.first} thinks one is {p.full}.", "structured")
P("`{p.inv}  DOB {dob}  MRN {mrn}  ATT: {s.last}, {s.first} MD  LOC: {unit}`", "structured")
P("copy/paste from the census:\n{p.inv}\t{mrn}\t{room}\t{age}y\n{p2.inv}\t{mrn2}\t{room2}", "structured age")
P("Name: {p.full}\nD.O.B.: {dob}\nAddress: {addr}\nEmergency contact: {q.full} ({q.rel}) {phone}\nFaith: {faith}\nVisit requested: yes", "structured address")
P("------ Forwarded message ------\nFrom: {q.full} <{q.email}>\nSubject: my {p.par}\n\nHello, my {p.par} {p.full} is in room {room} and would love a visit from a priest. Thank you so much.", "structured")
P("Spiritual assessment (copied from Epic, pls don't forward):\nPt: {p.full}  MRN: {mrn}\nAdmit: {date}\nSupport: {q.rel} {q.first}\nSpiritual distress: moderate", "structured records")
P("Chart # {mrn} — that's {p.lower}, not {p2.lower}. the referral had the wrong name", "structured lowercase")
P("MR# {mrn} / {p.invc} / DOA {date} / pastoral care consult for family meeting", "structured")

# health plan, accounts, licences, vehicles, devices, IP, cards, SSN
P("Volunteer driver program: {p.full}, Medicaid ID {medicaid}, pickup at {addr} on {date} for dialysis.", "structured address")
P("For the transport voucher I need {p.first}'s Medicare number — family gave {mbi}. Is that the new MBI format?", "structured")
P("{p.full}'s ride home (volunteer driver) needs the insurance member ID: {member}, {group}", "structured")
P("The {p.last} family asked if the hospital bill can go to the {q.rel} instead. Guarantor acct {acct}. I told them I'd forward to PFS.", "structured")
P("HAR {acct} — funeral home is asking for the final bill for {p.full}, DOD {dod}. Not our dept but who do I send them to?", "structured")
P("{q.full} wants the memorial gift charged to {q.his} card {cc} exp 09/27. pls call {q.him} back on {phone} to confirm, I don't want that number sitting in Slack", "structured")
P("security needs the plate for {p.full}'s family car, it's been in the ED circle since last night: {plate}", "structured")
P("Family of {p.last} (ICU) left the minivan in the valet lane, VIN {vin}. Can the volunteer desk call {q.first} at {phone}?", "structured")
P("Found in chapel: hearing aid, serial {serial}. I'm pretty sure it's {p.full}'s from {room}, {p.he} was at the 11:00 service.", "structured")
P("{p.first}'s insulin pump was left in the meditation room 😬 SN {serial}. Holding it at the spiritual care office.", "structured")
P("pacemaker card found in the chapel lost & found — {p.full}, device serial {serial}, implanted {date}. who do I give it to?", "structured")
P("CGM reader turned in at the front desk, UDI {udi}. Name tape on the back says {p.inv}.", "structured")
P("Livestream of the bedside blessing for {p.full} is running off the laptop at {ip}. Family in {town} is watching.", "structured")
P("ip for the tablet we loaned {p.fl} for the virtual church service is {ip}, IT needs it to whitelist the stream", "structured")
P("Volunteer {s.full}'s background check came back. I'm not putting the SSN in here, {s.first} - oh wait the form already says {ssn}. deleting in 5 min.", "structured")
P("{q.full} gave me {q.his} ss# over the phone ({ssn}) for the bereavement fund application. Is that even something we should take?", "structured")
P("Bereavement fund check to {q.full} — bank acct {bank}, routing on file. DOD for {p.full} was {dod}.", "structured")
P("Volunteer driver {s.full} — DL {dl}, expires 04/28. Copy is in the locked drawer.", "structured credentialing")
P("New chaplain {s.full}'s state license is LMHC {lic} — not the board cert, the counseling one. Pls add to the credentialing file. NPI {npi} too.", "structured credentialing npi")
P("DEA for Dr. {s.last} is {dea} — the palliative team needs it on the comfort-kit form, not my usual thing lol", "structured credentialing")
P("{q.full}'s driver's license # for the overnight visitor badge: {dl}. {q.He}'s staying with {q.his} {p.par} in {room}.", "structured")
P("email from {q.full} ({q.email}) — wants the recording of the memorial service for {p.full}", "structured")
P("cc'ing {s.full} ({s.email}) on the {p.last} referral so {s.first} has the MRN: {mrn}", "business-contact structured")
P("Pls send the vigil schedule to our on-call chaplain at {s.email} and cell {phone} — {p.full} is actively dying in {room}.", "business-contact")
P("Volunteer sign-in kiosk dumped a log with {p.full}'s visitor pass, plate {plate} and the kiosk ip {ip} — ticket {ticket} opened.", "structured ticket")
P("portal link for {p.full}'s family updates (they asked me to share w/ the prayer group): {p.url}", "url")
P("{q.first} started a page for {p.first}: {p.url} — ok to post in the volunteer newsletter? {q.He} said yes.", "url")
P("<{p.url}|{p.full} - updates> ← family wants this shared w/ the Thursday prayer circle", "url slack-markup")

# ================================================================ PHI frames, part C
# hard: surname only, lower case, name next to number, lists, relatives, staff-as-patient
P("{p.last} in {room} asked for you again", "hard")
P("can u see {p.llast} before 3, {p.he}'s going to the OR", "hard lowercase")
P("Mr. {p.last} 😔", "hard")
P("{p.last} family is here. chaplain pls", "hard escalation")
P("{p.lower} {mrn} 4 west wants prayer", "hard lowercase")
P("visits today: {p.last}, {p2.last}, {p3.last} and {p4.last}. skip {p5.last}, asleep", "hard")
P("{p.last}/{p2.last}/{p3.last} all requested communion, {unit}", "hard")
P("wait is {p.first} the one whose {q.rel} is the deacon at St. Rita's?? {q.first}? i met {q.him} in the cafeteria", "hard")
P("i think {p.lower} is the volunteer who did the craft cart, right? {p.he} is in {room} now", "hard lowercase employee-health")
P("Our own {f.full} from Dietary asked me to let folks know {p.full} ({f.first}'s spouse) is in the ICU since {date}. Prayers welcome, visits not yet.", "hard")
P("so {p.first} (yes our {p.first}, from volunteer services!) is getting chemo in the infusion center starting {date}, every other week. {p.He} asked us not to make a fuss 💜", "hard employee-health")
P("Chaplain {f.first}'s {q.rel} {q.full} is a patient on {unit} — {f.first} asked that someone else take that visit. Pls don't assign it to {f.first}.", "hard")
P("correction: it's {p.full} not {p2.full}. two patients w/ similar names on {unit}, be careful w/ the rosary requests!!", "hard")
P("mrs {p.llast} called about her husband again, {phone}", "hard lowercase")
P("Vol. coordinator note: {p.full}'s {q.rel} {q.first} is now volunteering on Tuesdays — be gentle, {p.first} died on {unit} {dod}.", "hard bereavement")
P("{p.first} — {mrn}\n{p2.first} — {mrn2}\n{p3.first} — {mrn3}", "hard structured")
P("the lady in {room} (i think {p.llast}?) keeps asking for 'the singing man'", "hard lowercase")
P("{p.nicklast} — goes by {p.nick}, legal name {p.full}. put {p.nick} on the door card pls", "hard")
P("{p.inv} ← this one. the other referral was a dup", "hard structured")
P("{q.rel} {q.first} is {p.full}'s POA, ph {phone} — NOT the other sibling, they don't speak 😬", "hard")

# bot / delegation requests
P("@bot move my 3pm with the {p.last} family to Thursday 10am and tell Chaplain {s.first}", "bot")
P("/remind me at 4pm to call {q.full} back re: {p.first}'s funeral music", "bot")
P("Hey bot, can you find a time tomorrow for me, {s.first} and {q.full} ({p.full}'s {q.rel}) to talk about the memorial service?", "bot")
P("bot pls cancel my 11:30 — it was the family meeting for {p.full} and {p.he} passed overnight ({dod})", "bot bereavement")
P("@Delegate draft a condolence note to {q.full} at {addr}, sign it from the spiritual care team", "bot address")
P("Assistant: add {q.full} {phone} to my contacts as '{p.last} family (bereavement)'", "bot")
P("can someone call back {q.fl}? {q.He} left a message at the chapel desk, number is {phone}. re: {p.nick}", "bot")
P("bot, what's on my list for {unit}? I only remember {p.full} and the {p2.last} family", "bot")
P("@bot schedule a 30-min visit w/ {p.full} in {room} every Tuesday through discharge ({date})", "bot")
P("Delegate: email {q.email} the memorial service flyer and cc {s.email}", "bot business-contact")
P("@bot text {phone} 'Hi {q.first}, this is the chaplain from St. Columba, just checking in. Thinking of you and {p.first} today.'", "bot bereavement")
P("reschedule my 2:00 with {q.full} — {q.he} asked for after the funeral on {date}", "bot")

# chatty / emoji / typos / abbreviations
P("omg {s.first} you have to hear this — {p.full} (the {age} yr old on {unit}) just told me {p.he} met {p.his} late spouse at a church dance in 1951 🥹🥹", "age")
P("Pls pray for {p.nick} — our sweet {p.full} from the gift shop — {p.he} had a stroke {date}. Family says visits ok after the weekend.", "employee-health")
P("ugh forgot to chart: saw {p.full} 2x today, {q.rel} {q.first} present. will do it tmrw", "typo")
P("pt {p.mfull} askd for a bibel in spanish, any in the cart? also {p.his} dob is {dob} for the lable", "typo")
P("recieved the quilt for {p.full}'s famly, will deliver tmrw to {room}", "typo")
P("Cn smone cvr my 2pm? its the {p.last} famly mtg, {q.first} is the POA", "typo")
P("{p.full} turned {age} today!!! 🎂 the volunteers want to sing at {time}, is that ok with the unit?", "age")
P("Happy news — {p.full} ({age}) renewed vows w/ {p.his} spouse {q.full} in the chapel this morning. I cried. Photos in the shared drive (not public!!)", "age")
P("just got off the phone w/ {q.full}. {q.He} lives in {town} and can't drive at night, so could a volunteer bring {q.him} in to see {p.first} this wknd?", "address")
P("{p.full} dob {dob} / {p.his} {q.rel} says {p.he} was baptized Catholic but hasn't practiced. wants to talk to someone anyway", "referral")
P("FYI, {p.full}'s home address for the card is {street}, {town}. ZIP I'm not sure, maybe {zip}?", "address")
P("{q.first} moved — new addr for bereavement mailings is {addr}", "address bereavement")
P("{p.full} lives alone out in {town}, no family. Can a volunteer be a companion for {p.him} on {date} when {p.he} goes home?", "address")
P("{p.He}'s at {street} off Rte 38 in {town} — {p.full}, the hospice pt the Thursday team visits", "address")
P("Visiting list for the home-bound communion volunteers:\n• {p.full}, {addr}\n• {p2.full}, {addr2}\n• {p3.full} ({town3}) — call first {phone}", "address")
P("{p.full}'s neighbor {q.full} is the one who found {p.him} and called 911 on {date}. {q.He} wants to visit but isn't family — ok per pt.", "visitor")
P("visitor log: {q.full} here for {p.full} ({room}) 2:10–4:45pm, signed in with DL {dl}", "visitor structured")
P("The {p.last} twins ({p.first} & {p2.first}) were born {date}; parents {q.full} and {q2.full} want a blessing before transfer. NICU bay {n}.", "nicu")
P("Perinatal loss: baby {p.full}, delivered {date}. {q.Parent} {q.full}. Memory box given, footprints done. Chaplain {s.first} did the naming ceremony.", "bereavement")
P("The chapel memory book entry for {p.full} says {age}, but the family says {p.he} was actually one hundred!! can we fix before the service", "age")
P("{q.full} (pt's {q.rel}) complained that nobody from chaplaincy came when {p.first} was dying on {dod}. Can we talk? I want to call {q.him} today at {phone}.", "complaint")
P("ESCALATION: {p.full}'s family is upset that the rosary was thrown out with the linens. {q.first} is asking for the manager. {room}.", "escalation complaint")
P("VIP heads up — {p.full} (yes, the former mayor) is on {unit}, admitted {date}. Family requests no volunteer visits at all. Chaplain only.", "vip")
P("board member {f.full} called to say their {p.par} {p.full} is a patient here and would love a visit from Father {s.last}", "vip")
P("confidential: our CNO {f.full}'s {p.par} {p.full} passed in hospice on {dod}. Team is sending flowers to {addr}.", "vip address")

# multi-line check-in messages
P("Morning all ☀️\nQuick census of requests:\n1) {p.full} – {faith}, wants chaplain\n2) {p2.full} – family meeting {time}\n3) {p3.fl} – bible (large print)\nthx!", "referral")
P("Weekend recap:\n- sat with {p.full} & {p.his} {q.rel} ~2hrs\n- {p2.full} died {dod2}, family supported\n- {p3.last} wants baptism, Pastor {t.last} called\n- nothing else urgent", "bereavement")
P("Handoff for {s.first}:\n*{p.full}* — {room} — actively dying, family at bedside (call {q.first}: {phone})\n*{p2.full}* — {room2} — {faith}, wants sacrament\n*{p3.full}* — discharge {date}", "referral")
P("Thanks everyone who came to {p.full}'s vigil last night 🕯️\n{p.His} {q.rel} {q.first} asked me to pass along how much it meant.\nFuneral is private.", "bereavement")

# ================================================================ clean frames, part A (hard negatives)
# staff, colleagues, executives named for business
C("Chaplain {s.first} is on call this weekend — page through the operator or the chapel line {ext}.", "ext")
C("Welcome our new per-diem chaplain, Rev. {s.full}! {s.He} comes to us from the VA and will cover nights starting {mdate}.", "calendar")
C("{e.full} (CNO) wants the volunteer hours report by {mdate}. {s.first}, can you pull it from the tracker?", "exec-name calendar")
C("Meeting moved: spiritual care staff meeting is now {mdate} at {time} in the Hope Conference Room.", "calendar")
C("Reminder: Volunteer orientation is {mdate}, 9–12, Faith Auditorium (lower level). {n} new folks signed up.", "calendar")
C("<@U02MGR99> can you approve {s.first}'s PTO for {mdate}? I'll cover {s.his} rounds on {unit}.", "calendar")
C("Thank you {s.full} and {t.full} for leading the Blue Christmas service, it was beautiful 🕯️", "")
C("Dr. {s.last} from palliative asked if a chaplain can join IDT rounds Tuesdays at {time}. {t.first}, want it?", "")
C("Per {e.full}, the board retreat is {mdate}; our team is presenting the {fy} spiritual care dashboard.", "exec-name calendar")
C("{s.full} will be the preceptor for the summer CPE unit.", "")
C("Congrats to {s.full} on passing the BCC interview!! 🎉 Board-certified chaplain as of this week.", "credentialing")
C("FYI {e.full}, our new VP of Mission, will shadow the chapel team on {mdate}. Pls be your charming selves.", "exec-name calendar")
C("*Coverage this week*\n• Mon/Tue: {s.first}\n• Wed: {t.first}\n• Thu/Fri: {u.first}\n• Weekend on-call: {v.first} ({ext})", "calendar")
C("Interviewing two chaplain candidates {mdate}: {s.full} at {time} and {t.full} at {time2}. Panel is me, {u.first}, and Dr. {v.last}.", "calendar")
C("Can {s.first} or {t.first} cover the 10:00 Mass for Father {u.last}? he's at the diocesan retreat.", "")
C("Volunteer of the Month: {s.full}! {n} years on the surgical waiting desk and still brings donuts every Friday 🍩", "")
C("Shout-out to {s.first} for handling the code lavender on {unit} yesterday. Debrief at {time}.", "")
C("Sr. {s.first} from the Sisters of Mercy will lead the Lenten reflection on {mdate}. Parking is validated in the visitor garage.", "visitor calendar")
C("Guest speaker for the volunteer luncheon: Imam {s.full} from the Islamic Center, topic 'Presence in Suffering'.", "visitor")
C("{s.full} from Faith Floral will deliver the altar arrangements {mdate} before 8am — let the loading dock know.", "vendor calendar")

# facility addresses, business phones/extensions, ZIPs
C("Memorial service location: Main Chapel, {facaddr}. Parking in Garage B is validated.", "facility-address")
C("The Hospice House chapel is at {facaddr} if you're sending the hymnals over by courier.", "facility-address")
C("New volunteer office is in Suite 210 at the Merrimack St building, ZIP {faczip}. Badge access goes live {mdate}.", "facility-address zip-like calendar")
C("If families ask, the chapel line is {ext} and the bereavement coordinator is {ext2}. Don't give out our cells.", "ext")
C("Pls update the brochure: Spiritual Care is now at {facaddr}, not the old Pine St address.", "facility-address")
C("Our Chelmsford site's meditation room is finally done! 18 Hospital Dr, lower level. Ribbon cutting {mdate} at {time}.", "facility-address calendar")
C("Mailing the thank-you notes from the office at {facaddr} — postage comes out of {cc_center}.", "facility-address money")

# money, POs, invoices, tickets, versions, npi, codes
C("Invoice {inv} from Faith Floral for {money} is approved — {po}.", "money po")
C("{inv} ({money}) for the memorial candles still isn't paid, can someone nudge AP? {po}", "money po")
C("Budget for the spring memorial: {money} flowers, {money2} printing, {money3} refreshments. Total under {money4}?", "money")
C("Opened {ticket} for the chapel projector, it keeps dropping HDMI.", "ticket")
C("IT says {ticket} is fixed — the livestream encoder was on {ver}, updated to the latest.", "ticket version")
C("Volunteer tracker app is on {ver} now, pls log out and back in if your hours look wrong.", "version")
C("Epic build {ver} changes the chaplain note template — new SmartPhrase is `.SPCVISIT`.", "version slack-markup")
C("Chaplaincy visits are billed nowhere, but palliative uses {cpt} for ACP — the note has to be separate.", "cpt")
C("Most common reason for referral last month was {icd}-coded adjustment stuff, {pct} of consults.", "icd")
C("Dr. {s.last}'s NPI is {npi} if you need it for the CPE site application.", "npi")
C("Ticket {ticket}: bereavement mailer template has a typo in the footer.", "ticket")
C("Policy {policy} (Spiritual Care Referrals) was revised — effective {mdate}. Main change: referrals go through the order now.", "calendar")
C("Policy {policy} says volunteers can't transport meds. Please stop asking 😅", "")
C("The Grant from the auxiliary came through — {money} for the comfort cart program!", "money")
C("Grant report due {mdate}. Need: # of visits, # of bereavement calls, volunteer hours ({big} last qtr).", "money calendar")
C("Charge the prayer shawl yarn to {cc_center}, not the volunteer budget.", "money")
C("P-card reconciliation for {fy} is due Friday. Receipts for the memorial flowers and the Costco run pls.", "money")

# words that look like names
C("Will someone grab the extra rosaries from the supply closet? We're out on the cart.", "name-like")
C("Hope Garden volunteers meet at {time} by the fountain. Bring gloves!", "name-like calendar")
C("Faith & Healing committee minutes are in the shared drive.", "name-like")
C("Rose Room is booked for the bereavement support group every other Tuesday.", "name-like")
C("Don't bill the unit for the chapel flowers, it comes out of our budget.", "name-like money")
C("Mark the memorial RSVPs as done in the tracker once you've called.", "name-like")
C("Page the on-call chaplain for any death in the ED, even after hours.", "name-like")
C("Can someone chase down the hymnals we lent to 6 West?", "name-like")
C("Grace before the volunteer luncheon — who wants to lead it this year?", "name-like")
C("The hope is that the new volunteer badge printers arrive before the orientation on {mdate}.", "name-like calendar")
C("will do! i'll grab the tea lights on my way in", "name-like lowercase")
C("Page 3 of the volunteer handbook still lists the old chapel hours.", "name-like")
C("Per the Rose Foundation, the grant can't be used for staff salaries, only supplies.", "name-like money")
C("Faith, Hope & Love are the three themes for the spring memorial readings.", "name-like")
C("Joy and Grace are the names of the two new therapy dogs 🐶 (golden + lab)", "name-like")
C("Chase Bank is sponsoring the volunteer appreciation dinner again this year.", "name-like money")

# ages, counts, topics
C("We had {big} bereavement calls last quarter; {n} families of patients 90+ asked for home visits.", "age-aggregate")
C("{n} pts over 90 on the geri unit asked for weekly communion. Can the EM volunteers handle it?", "age-aggregate")
C("Our 90-day bereavement call rate went from {pct} to {pct2}. Nice work team.", "age-aggregate")
C("Reminder that we don't log ages over 89 in the volunteer visit spreadsheet, just 90+.", "age-aggregate hipaa")
C("HIPAA refresher for volunteers is due by {mdate}. {n} people still haven't done it.", "hipaa calendar")
C("The MRN field is now required on the chaplain referral form, the 10-digit MRNs will autofill.", "mrn-topic")
C("Volunteers should never write SSNs on the sign-in sheet. If you see one, black it out and tell me.", "ssn-topic")
C("Reminder: last-4 of an SSN is still not something to put in Slack. Just say 'verified'.", "ssn-topic hipaa")
C("Don't paste MRNs in this channel please — use the secure chat in Epic.", "mrn-topic hipaa")
C("Youngest volunteer is 16, oldest is {low_age}. We love a multigenerational team ❤️", "")
C("Volunteer applicants must be at least 16; junior volunteers need a parent signature.", "")
C("{big} volunteers, {n} chaplains, {n2} CPE residents — that's us this year.", "")
C("Group number for the volunteer accident policy is {group}, if HR asks.", "")
C("Zoom for the interfaith council: meeting ID {zoom}, passcode on the invite.", "")

# ================================================================ clean frames, part B
# bot requests without PHI
C("@bot move my 3pm with {s.first} to Thursday and book the Rose Room", "bot calendar name-like")
C("/remind #spiritual-care every Monday at 9am 'update the on-call grid'", "bot")
C("Hey bot, find 30 min next week for me, {s.first}, and Dr. {t.last} to plan the CPE orientation.", "bot calendar")
C("bot: cancel the 11:30 volunteer interview, candidate withdrew", "bot")
C("@Delegate draft a thank-you to the Knights of Columbus for the {money} donation to the comfort cart fund", "bot money")
C("Assistant, what's on my calendar {mdate}? I think it's the mission committee at {time}.", "bot calendar")
C("@bot reschedule the monthly memorial planning meeting to {mdate} {time}, same room", "bot calendar")
C("can someone call back the florist re: the altar order? they're on the vendor list, {inv}", "bot vendor")
C("Delegate — order {n} cases of battery tea lights from the usual supplier, charge {cc_center}", "bot money")
C("bot pls add 'renew CPE accreditation' to my to-do, deadline {mdate}", "bot calendar")

# operations, supplies, donations (business donors), schedules
C("We got {n} boxes of {item} from St. Anne's Knitting Guild. Thank-you letter going out from me.", "donation")
C("The Altar Guild at First Baptist donated {n} {item}. They'd like a photo for their newsletter (no patients in it!).", "donation")
C("Comfort cart inventory: {item} ({n}), {item2} ({n2}), {item3} ({n3}). Restock {mdate}.", "")
C("Who took the chapel key? It was on the hook at {time} 🙃", "emoji")
C("Chapel will be closed {mdate} for floor refinishing. Quiet room on 2 is available instead.", "calendar")
C("The interfaith memorial service is {mdate} at 4pm in the Main Chapel. Please invite families from your bereavement lists (by phone, not here!).", "calendar")
C("Muslim prayer room hours extended for Ramadan — open 24/7 through {mdate}. Facilities is adding a second set of rugs.", "calendar")
C("Shabbat candles (electric) are back in stock in the spiritual care office 🕎", "")
C("Volunteer shifts still open this week:\n- Info desk, Tue 1–5\n- Surgical waiting, Wed 7–11\n- Comfort cart, Sat 9–1\nDM me!", "calendar")
C("*Reminder* `Volunteer hours must be logged by the 5th of each month` — the report to HR pulls on the 6th.", "calendar")
C("Thanks for a great quarter everyone. {big} chaplain visits, {big2} volunteer hours, {n} memorial services. 🙌", "")
C("Can anyone explain why the volunteer tracker shows negative hours for the gift shop? ({ticket})", "ticket")
C("pet therapy paused on {unit} until further notice per infection control", "lowercase")
C("lunch order for the memorial planning mtg: {n} veggie, {n2} turkey, 1 gluten free. from Panera", "lowercase")
C("The new chaplain badges are in. Pick up from Security, bring your old one.", "")
C("Pls don't leave the chapel piano uncovered, the AC drips on it 😩", "emoji")
C("Hymnals: we have {n} English, {n2} Spanish, {n3} Vietnamese. Need Portuguese?", "")
C("From {s.full} in Facilities: the meditation room fountain will be off {mdate} for repairs.", "calendar")
C("Good news!! The Auxiliary approved {money} for new chapel chairs.", "money")
C("Just a reminder to wear your badge at all times, even in the chapel on weekends.", "")
C("Volunteer appreciation dinner: {mdate}, 6pm, Merrimack Room at the Inn. RSVP to me by the {n}th.", "calendar")
C("Who's doing the prayer for the Nurses Week breakfast? {s.first} did it last year.", "")
C("The Diocese is sending {n} new Eucharistic ministers for training on {mdate}.", "calendar")
C("Lost & found in the chapel: one umbrella, a pair of reading glasses, a scarf. Nothing with a name.", "")
C("CPE residents: verbatims are due {mdate}. Group supervision is {time} in the library.", "calendar")
C("Remember to log your visits in Epic within 24h. {pct} compliance last month, we can do better.", "")
C("Visitor policy update from infection control: 2 visitors at a time on {unit}, effective {mdate}.", "calendar")
C("Need 4 volunteers for the blood drive on {mdate}. Canteen duty, mostly handing out cookies.", "calendar")
C("The memorial quilt panels need to be stitched by {mdate} — the sewing circle meets Weds at {time}.", "calendar")
C("Interfaith calendar for next month is pinned. Diwali, All Souls, and the Veterans Day prayer are the big ones.", "")
C("Annual competencies for chaplains: spiritual assessment, documentation, death notification. Due {fy}.", "")

# markup / tables / multiline without PHI
C("| Chaplain | Unit | Pager |\n|---|---|---|\n| {s.first} | {unit} | {ext} |\n| {t.first} | {unit2} | {ext2} |\n| {u.first} | {unit3} | {ext3} |", "ext")
C("*Memorial service run of show*\n1. Welcome — {s.first}\n2. Reading of names — {t.first} & {u.first}\n3. Candle lighting\n4. Blessing — Rabbi {v.last}\n5. Reception, Rose Room", "name-like")
C("Budget line items ({fy}):\n```\nFlowers       {money}\nPrinting      {money2}\nRefreshments  {money3}\n```", "money")
C("> From the Auxiliary newsletter: 'Our volunteers gave {big} hours last month!'\nLove this 💜", "")
C("Q: can volunteers pray with patients?\nA: yes, if the patient asks. Never initiate religious content. See policy {policy}.", "")
C("Sign-up sheet for Blue Christmas readers:\n- {s.first}\n- {t.first}\n- (open)\n- (open)", "")
C("`chapel-stream` channel is archived, use #spiritual-care-media going forward", "")
C("@here the on-call schedule for the two weeks starting {mdate} is posted. Trades by DM to me only.", "calendar")
C("<@U04VOL77> <@U05CHAP12> can you two cover the comfort cart Thursday? {s.first} is out.", "")
C("Our volunteers donated {big} hours to the hospice this year. That's {money} in equivalent value per Independent Sector.", "money")

# simple, easy clean
C("Good morning! Coffee's on in the office ☕", "emoji")
C("Running 10 min late, start without me", "")
C("Anyone know if the chapel is open during the fire drill?", "")
C("thx!!", "lowercase")
C("Can we move the team huddle to 8:45 this week?", "calendar")
C("ok sounds good", "lowercase")
C("I'll be in meetings most of the afternoon, text if urgent", "")
C("Does anyone have the PowerPoint from the grief training?", "")
C("Here's the link to the volunteer handbook on the intranet: https://intranet.stcolumba.org/volunteers/handbook.pdf", "url-topic")
C("The Zoom link for the interfaith council is on the calendar invite (https://stcolumba.zoom.us/j/{zoomid}).", "")
C("The hospital's public page about spiritual care is https://www.stcolumba.org/spiritual-care — feel free to share with families.", "")


# ================================================================ extra frames (labels misspelt, markup links, lists)
P("MNR {mrn}, {mrn2} & {mrn3} — all three are the {p.last} family? no wait, just the first one is. others are {p2.last} and {p3.last}", "structured typo hard")
P("mrn# {mrn} dob: {dob} — pls add to the sacrament list, {p.lower}", "structured lowercase")
P("D.O.B {dob}, med rec # {mrn}, {p.invc}. Pt requests Orthodox priest, speaks Russian only.", "structured typo")
P("Plz email <mailto:{q.email}|{q.email}> the photos from {p.first}'s memorial, {q.he} asked twice", "slack-markup memorial")
P("{q.full} – <tel:{phone}|{phone}> – wants a call back about {p.full}'s chapel wedding", "slack-markup")
P("SS# {ssn} on the volunteer-driver reimbursement for {q.full} (transporting {q.his} {p.par} to radiation). Redact before scanning!!", "structured")
P("soc sec for the indigent burial paperwork — {p.full}, {ssn}, DOD {dod}. Social work asked us to hold the file till the family is found.", "structured bereavement")
P("member id {member} / subscriber {q.full} ({q.rel}) / pt {p.full} — needed for the hospice transfer ride", "structured")
P("Medicare # on the hospice form for {p.fl}: {mbi}", "structured")
P("Acct# {acct} is {p.full}'s, not {p2.full}'s — billing mixed them up and sent the bereavement family a statement 😡", "structured complaint")
P("paying for the memorial luncheon for the {p.last} family myself, card ending 4410 — jk, PFS wants the full # lol: {cc}", "structured")
P("Wi-Fi tablet for {p.full}'s virtual shiva is on {ip}, IT ticket {ticket}", "structured ticket")
P("{p.full}'s cochlear implant processor turned up under a pew, serial {serial}. {p.His} son picked it up this morning.", "structured")
P("parking pass for {q.full} (visiting {q.his} {p.par} in {room}), plate {plate}, good through discharge", "structured")
P("Update page for {p.full} (family approved): {p.url}\nPrayer chain pls keep {p.him} in your thoughts 🙏", "url")
P("Donor wall question: {q.full} wants {p.full} (b. {dob}, d. {dod}) engraved on the memorial brick. Is the DOB ok to include?", "memorial donation")
C("Chaplain {s.first} is at {ext} today, Chaplain {t.first} at {ext2}. Both have pagers.", "ext")
C("Dr. {s.last} (NPI {npi}) signed off on the CPE clinical placement agreement.", "npi")
C("The mission committee approved {money} for interpreters at the memorial service. Thanks {e.full}!", "money exec-name")
C("{s.first} — the PO for the comfort cart restock is {po}, invoice {inv}. Vendor is Grace Supply Co.", "po name-like")
C("Our ZIP for the mailing permit is {faczip} (main campus), don't use the hospice house one.", "zip-like facility-address")
C("We served {big} families in {fy}; {n} were over 90 and {n2} were pediatric.", "age-aggregate")
C("Ticket {ticket} — Epic chaplain inbasket not routing to {unit}. IT says fix in {ver}.", "ticket version")
C("*Volunteer Services*\n{facaddr}\nChapel line {ext}\nMon–Fri 8–4:30", "facility-address ext")
C("Will, Hope and Rose from the auxiliary board are coming to tour the new meditation room {mdate}.", "name-like visitor calendar")
C("Bill Gaines from Pemberton Floral says the altar order will be {money} — same as last year.", "vendor money name-like")


# ================================================================ main
N_PHI, N_CLEAN = 385, 315


def build(templates, count, want_phi, seen):
    fixed = [t for t in templates if not TOK.search(t[0])]      # no slots: use once
    varied = [t for t in templates if TOK.search(t[0])]
    order = list(fixed)
    while len(order) < count:
        lst = list(varied)
        R.shuffle(lst)
        order += lst
    order = order[:count]
    out = []
    for tpl, ttags in order:
        for _ in range(300):
            text, spans, tags = render(tpl, ttags)
            if bool(spans) != want_phi:
                raise ValueError("frame gives wrong kind: " + tpl)
            if text in seen or not verify(text, spans):
                continue
            break
        else:
            raise RuntimeError("could not place values for frame: " + tpl)
        seen.add(text)
        out.append({"text": text,
                    "spans": [{"type": t, "value": v} for t, v, _ in spans],
                    "tags": final_tags(text, spans, tags)})
    return out


def main():
    seen = set()
    items = build(PHI_T, N_PHI, True, seen) + build(CLEAN_T, N_CLEAN, False, seen)
    R.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": "is-%04d" % i, "text": it["text"], "spans": it["spans"], "tags": it["tags"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    frames = len(set(t for t, _ in PHI_T)) + len(set(t for t, _ in CLEAN_T))
    print("frames: %d (%d PHI, %d clean); wrote %d messages (%d PHI, %d clean) to %s"
          % (frames, len(PHI_T), len(CLEAN_T), len(items), N_PHI, N_CLEAN, OUT))


if __name__ == "__main__":
    main()
