#!/usr/bin/env python3
"""Generator for a PHI-labelled chat corpus (prefix ih).

Persona: hospital case manager / discharge planner (SNF and rehab placement,
home services and DME, families and proxies, insurance auths and denials,
transport, guardianship and APS referrals).

Standard library only, fixed seed. Writes generated_ih.jsonl next to this file.
Templates use placeholders:  {TYPE:gen} -> labelled span,  {gen} -> unlabelled filler.
Person slots p1..p5 (patients, relatives, proxies) and s1..s5 (staff, vendors,
executives) take an attribute: {NAME:p1.full}, {s2.last}, {p1.he} ...
A trailing digit on any other generator caches the value: {MRN:mrn1} twice = same value.
"""
import json, os, random, re, unicodedata

SEED = 20240611
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_ih.jsonl")

# ---------------------------------------------------------------- names
# (male given, female given, surnames) per origin, written by hand
ORIGINS = {
 "hispanic": (
  ["José", "Luis", "Carlos", "Juan", "Miguel", "Alejandro", "Francisco", "Jesús", "Rafael", "Héctor",
   "Ramón", "Eduardo", "Javier", "Arturo", "Ernesto", "Rigoberto", "Esteban", "Wilfredo"],
  ["María", "Guadalupe", "Carmen", "Rosa", "Lucía", "Ana", "Yesenia", "Marisol", "Dolores", "Graciela",
   "Esperanza", "Beatriz", "Xiomara", "Consuelo", "Maribel", "Altagracia"],
  ["García", "Rodríguez", "Hernandez", "López", "Martinez", "Gonzalez", "Pérez", "Sánchez", "Ramírez",
   "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Cruz", "Morales", "Ortiz", "Gutiérrez",
   "Chávez", "Vargas", "de la Cruz", "de León", "Santiago", "Figueroa", "Delgado", "Castillo-Ruiz",
   "Villanueva", "Peña", "Báez"]),
 "afam": (
  ["DeShawn", "Tyrone", "Marcus", "Darnell", "Jamal", "Terrence", "Andre", "Reginald", "Cedric", "Willie",
   "Otis", "Jerome", "Lamar", "Kendrick", "Roosevelt", "Clarence"],
  ["Keisha", "Latoya", "Tamika", "Shaniqua", "Ebony", "Aaliyah", "Imani", "Denise", "Gloria", "Bernice",
   "Lorraine", "Tanisha", "Jasmine", "Yolanda", "Odessa", "Mattie", "Earnestine"],
  ["Washington", "Jefferson", "Jackson", "Robinson", "Harris", "Coleman", "Booker", "Freeman", "Mosley",
   "Battle", "Gaines", "Pettiford", "Whitfield", "Dorsey", "Tillman", "Haynes", "Bynum", "Mayfield",
   "Pryor", "McCray"]),
 "wafrican": (
  ["Chukwuemeka", "Oluwaseun", "Kwame", "Kofi", "Babajide", "Obinna", "Mamadou", "Ousmane", "Yaw",
   "Ikechukwu", "Tunde", "Adebayo", "Kwabena", "Emeka"],
  ["Ngozi", "Chiamaka", "Abena", "Adaeze", "Folasade", "Aminata", "Fatoumata", "Yetunde", "Efua",
   "Nneka", "Akosua", "Funmilayo"],
  ["Okafor", "Adeyemi", "Mensah", "Boateng", "Diallo", "Ndiaye", "Okonkwo", "Nwosu", "Asante", "Owusu",
   "Balogun", "Oyelaran", "Sow", "Traoré", "Eze", "Adebayo-Smith", "Ogunleye", "Appiah"]),
 "eafrican": (
  ["Abdirahman", "Tesfaye", "Dawit", "Mohamed", "Kiprono", "Otieno", "Yohannes", "Mulugeta", "Farah",
   "Bereket", "Abdullahi"],
  ["Hodan", "Fadumo", "Meseret", "Tigist", "Wanjiru", "Achieng", "Hiwot", "Sahra", "Nasra", "Almaz",
   "Ayaan"],
  ["Tesfaye", "Abdi", "Hussein", "Gebremedhin", "Warsame", "Mohamud", "Kamau", "Odhiambo", "Wolde",
   "Haile", "Mwangi", "Nsubuga", "Girma", "Osman"]),
 "sasian": (
  ["Rajesh", "Sanjay", "Arjun", "Vikram", "Mohammed", "Imran", "Gurpreet", "Venkatesh", "Suresh",
   "Anil", "Farhan", "Harjit", "Prakash"],
  ["Priya", "Anjali", "Lakshmi", "Sunita", "Fatima", "Nasreen", "Deepa", "Kavitha", "Meena", "Shabnam",
   "Parvati", "Rupinder", "Harpreet"],
  ["Patel", "Shah", "Reddy", "Iyer", "Chaudhry", "Singh", "Kaur", "Nair", "Gupta", "Rahman", "Hossain",
   "Bhattacharya", "Venkataraman", "Menon", "Siddiqui", "Khan", "Sandhu", "Desai"]),
 "easian": (
  ["Wei", "Jian", "Hiroshi", "Kenji", "Min-jun", "Jae-won", "Sung-ho", "Takeshi", "Hao", "Zhiwei",
   "Dong-hyun"],
  ["Mei", "Xiu Ying", "Yuki", "Keiko", "Ji-woo", "Soo-jin", "Hana", "Li Na", "Akiko", "Fumiko",
   "Young-hee"],
  ["Chen", "Wang", "Zhang", "Liu", "Huang", "Tanaka", "Sato", "Watanabe", "Kim", "Park", "Choi",
   "Yamamoto", "Nakamura", "Zhou", "Lim", "Yoon"]),
 "seasian": (
  ["Minh", "Tuan", "Quang", "Somchai", "Bounmy", "Rithy", "Danilo", "Rodel", "Arnel", "Thanh",
   "Vinh", "Khamphet"],
  ["Lan", "Thuy", "Hoa", "Linh", "Malee", "Sokha", "Maricel", "Rowena", "Jocelyn", "Analyn",
   "Ngọc", "Chanthy"],
  ["Nguyen", "Tran", "Pham", "Le", "Vo", "Huynh", "Nguyễn", "Phan", "Sok", "Chanthavong", "Santos",
   "Dela Cruz", "Bautista", "Mendoza", "Aquino", "Soriano", "Phommachanh", "Trần"]),
 "mideast": (
  ["Ahmed", "Omar", "Khaled", "Yousef", "Tariq", "Hassan", "Ali", "Mustafa", "Karim", "Ibrahim",
   "Samir", "Reza", "Dariush", "Elias", "Georges"],
  ["Layla", "Noor", "Rania", "Huda", "Mariam", "Yasmin", "Leila", "Samira", "Zeinab", "Maryam",
   "Nadia", "Shirin"],
  ["Haddad", "Khoury", "Al-Sayed", "Nasser", "Mansour", "Abboud", "Hamdan", "El-Amin", "Karimi",
   "Farahani", "Saleh", "Darwish", "Al-Rashid", "Tehrani", "Azar", "Bishara"]),
 "eeuro": (
  ["Aleksandr", "Dmitri", "Sergei", "Vladimir", "Tomasz", "Piotr", "Bogdan", "Oleksandr", "Mykola",
   "Andrzej", "Józef", "Vasile", "Nikolai"],
  ["Olga", "Svetlana", "Natalia", "Katarzyna", "Agnieszka", "Irina", "Oksana", "Ludmila", "Halina",
   "Zofia", "Valentina", "Yelena"],
  ["Kowalski", "Nowak", "Wiśniewski", "Ivanov", "Petrov", "Shevchenko", "Kovalenko", "Popescu",
   "Horvath", "Novak", "Zielinski", "Dąbrowski", "Lewandowski", "Bondarenko", "Kuznetsov", "Sokolova"]),
 "irish": (
  ["Patrick", "Seamus", "Declan", "Cormac", "Brendan", "Liam", "Eamon", "Kieran", "Fergus", "Michael",
   "Thomas", "Dermot"],
  ["Siobhan", "Maureen", "Bridget", "Aoife", "Niamh", "Colleen", "Kathleen", "Eileen", "Margaret",
   "Nora", "Deirdre"],
  ["O'Neill", "O'Brien", "Murphy", "Kelly", "Sullivan", "McCarthy", "Doyle", "Fitzgerald", "Gallagher",
   "Byrne", "Flanagan", "Keane", "O'Sullivan", "MacNamara", "Kavanagh", "Duffy", "Ní Bhriain"]),
 "italian": (
  ["Giuseppe", "Salvatore", "Vincenzo", "Antonio", "Carmine", "Domenico", "Angelo", "Giovanni",
   "Rocco", "Enzo", "Dominic", "Frank"],
  ["Giovanna", "Rosaria", "Carmela", "Antonietta", "Francesca", "Lucia", "Concetta", "Philomena",
   "Teresa", "Angela", "Gina"],
  ["Russo", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
   "De Luca", "Mancini", "Costa", "Giordano", "DiNapoli", "LoPresti", "Ferraro", "D'Angelo"]),
 "native": (
  ["Vernon", "Darrell", "Leroy", "Marvin", "Lorenzo", "Ahiga", "Wilbert", "Delbert", "Tokala"],
  ["Winona", "Darlene", "Loretta", "Marlene", "Kaya", "Tahnee", "Rosalind", "Wenona", "Nizhoni"],
  ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Chee", "Harjo", "Two Bulls", "Long Soldier",
   "Whitehorse", "Her Many Horses", "Deschenie", "Manuelito", "Attakai", "Red Cloud", "Tohee"]),
 "pacific": (
  ["Sione", "Tevita", "Keoni", "Kawika", "Manu", "Sefa", "Viliami", "Ioane", "Kalani", "Makoa"],
  ["Leilani", "Malia", "Mele", "Losana", "Kalena", "Noelani", "Fetu", "Moana", "Pua", "Salote"],
  ["Tuilagi", "Fifita", "Kealoha", "Kahananui", "Faleolo", "Taufa", "Mahe", "Pulu", "Kanahele",
   "Akana", "Leota", "Tupou", "Sapolu", "Fonoti", "Nakoa"]),
 "anglo": (
  ["William", "Robert", "James", "Gerald", "Harold", "Donald", "Richard", "Eugene", "Walter", "Earl",
   "Raymond", "Dwight", "Chester", "Lloyd"],
  ["Dorothy", "Shirley", "Barbara", "Evelyn", "Jean", "Joan", "Patricia", "Beverly", "Hope", "Faith",
   "Mildred", "Rose", "Elizabeth", "Constance"],
  ["Van Dyke", "Anderson", "Thompson", "Whitaker", "Sinclair", "Pemberton", "Grant", "Page", "Chase",
   "Marsh", "Holloway", "Van der Berg", "St. Pierre", "Ouellette", "Thibodeau", "von Essen",
   "Kingsley-Burke", "Hale", "Brewster", "LaFleur"]),
}
ORIGIN_KEYS = list(ORIGINS)

NICKS = {"William": "Bill", "Robert": "Bobby", "James": "Jimmy", "Richard": "Dick", "Margaret": "Peggy",
 "Elizabeth": "Betty", "Dorothy": "Dot", "Patricia": "Patty", "José": "Pepe", "Guadalupe": "Lupe",
 "Francisco": "Paco", "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Aleksandr": "Sasha",
 "Katarzyna": "Kasia", "Giuseppe": "Joe", "Salvatore": "Sal", "Vincenzo": "Vinny", "Giovanna": "Gio",
 "Concetta": "Connie", "Philomena": "Mena", "Kathleen": "Kay", "Patrick": "Paddy", "Mohammed": "Mo",
 "Abdirahman": "Abdi", "Venkatesh": "Venki", "Ikechukwu": "Ike", "Babajide": "Jide", "Dmitri": "Dima",
 "Natalia": "Natasha", "Gerald": "Gerry", "Harold": "Hal", "Eugene": "Gene", "Walter": "Walt",
 "Constance": "Connie", "Wilfredo": "Willy", "Rigoberto": "Rigo", "Mildred": "Millie",
 "Antonietta": "Toni", "Domenico": "Dom", "Funmilayo": "Funmi", "Clarence": "Clancy",
 "Altagracia": "Tata", "Consuelo": "Chelo", "Dolores": "Lola", "Kawika": "Kawi", "Leilani": "Lani"}

# person draw -----------------------------------------------------------
def draw_person(kind="p"):
    """kind: p any, s staff (any), m male, f female, n someone with a common nickname"""
    org = rnd.choice(ORIGIN_KEYS)
    male, female, sur = ORIGINS[org]
    g = kind if kind in "mf" else rnd.choice("mf")
    first = rnd.choice(male if g == "m" else female)
    if kind == "n":
        while first not in NICKS:
            org = rnd.choice(ORIGIN_KEYS); male, female, sur = ORIGINS[org]
            first = rnd.choice(male if g == "m" else female)
    # sometimes a surname from another origin (marriage, adoption ...)
    last = rnd.choice(sur if rnd.random() < 0.8 else ORIGINS[rnd.choice(ORIGIN_KEYS)][2])
    if first == last:
        last = rnd.choice(sur)
    mi = rnd.choice("ABCDEFGHJKLMNPRSTVW")
    return {"first": first, "last": last, "g": g, "mi": mi, "org": org}

def _emailify(s):
    s = unicodedata.normalize("NFKD", s.lower().replace("ł", "l").replace("đ", "d"))
    return re.sub(r"[^a-z]", "", s)

def person_attr(p, attr):
    f, l = p["first"], p["last"]
    if attr == "full": return f + " " + l
    if attr == "first": return f
    if attr == "last": return l
    if attr == "inv": return l.upper() + ", " + f.upper() + " " + p["mi"]
    if attr == "invc": return l + ", " + f
    if attr == "lower": return (f + " " + l).lower()
    if attr == "lfirst": return f.lower()
    if attr == "llast": return l.lower()
    if attr == "upper": return (f + " " + l).upper()
    if attr == "nick": return NICKS.get(f, f)
    if attr == "fl": return f[0] + ". " + l
    if attr == "fml": return f + " " + p["mi"] + ". " + l
    if attr == "fli": return f + " " + l[0] + "."
    if attr == "ini": return f[0].upper() + "." + l[0].upper() + "."
    if attr == "mr": return "Mr." if p["g"] == "m" else rnd.choice(["Ms.", "Mrs.", "Ms."])
    if attr == "he": return "he" if p["g"] == "m" else "she"
    if attr == "hec": return "He" if p["g"] == "m" else "She"
    if attr == "hisc": return "His" if p["g"] == "m" else "Her"
    if attr == "his": return "his" if p["g"] == "m" else "her"
    if attr == "him": return "him" if p["g"] == "m" else "her"
    if attr == "rel": return rnd.choice(["son", "brother", "husband", "nephew", "grandson"] if p["g"] == "m"
                                        else ["daughter", "sister", "wife", "niece", "granddaughter"])
    if attr == "email":
        if "email" not in p:
            a, b = _emailify(f), _emailify(l)
            dom = rnd.choice(["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "aol.com",
                              "icloud.com", "verizon.net", "outlook.com"])
            form = rnd.choice(["{a}.{b}", "{a}{b}{n}", "{i}{b}", "{b}.{a}{n}", "{a}_{b}", "{b}family"])
            p["email"] = form.format(a=a, b=b, i=a[:1], n=rnd.randint(1, 99)) + "@" + dom
        return p["email"]
    if attr == "page":
        a, b = _emailify(f), _emailify(l)
        return rnd.choice(["https://www.caringbridge.org/visit/%s%s" % (a, b),
                           "https://www.gofundme.com/f/help-%s-%s-come-home" % (a, b),
                           "caringbridge.org/visit/%sfamily" % b,
                           "https://www.mealtrain.com/trains/%s-%s-%d" % (a, b, rnd.randint(100, 999))])
    raise KeyError(attr)

# ---------------------------------------------------------------- value generators
CUR_TAGS = set()   # tags added by generators while rendering one message
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
FULLW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

def D(n):
    return "".join(rnd.choice("0123456789") for _ in range(n))

def D1(n):
    return rnd.choice("123456789") + D(n - 1)

def ordinal(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

def fmt_date(y, m, d, style=None, with_year=True):
    styles = ["m/d/Y", "mm/dd/Y", "ISO", "Mon d, Y", "Month d, Y", "d-Mon-Y", "mmddY", "m/d/y", "m-d-Y"]
    short = ["m/d", "mm/dd", "Mon d", "Mon dth", "Month d", "Month dth", "m-d", "d Mon"]
    st = style or rnd.choice(styles if with_year else short)
    yy = "%02d" % (y % 100)
    return {"m/d/Y": "%d/%d/%d" % (m, d, y), "mm/dd/Y": "%02d/%02d/%d" % (m, d, y),
            "ISO": "%d-%02d-%02d" % (y, m, d), "Mon d, Y": "%s %d, %d" % (MON3[m-1], d, y),
            "Month d, Y": "%s %d, %d" % (MONTHS[m-1], d, y), "d-Mon-Y": "%02d-%s-%d" % (d, MON3[m-1], y),
            "mmddY": "%02d%02d%d" % (m, d, y), "m/d/y": "%d/%d/%s" % (m, d, yy),
            "m-d-Y": "%d-%d-%d" % (m, d, y),
            "m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "Mon d": "%s %d" % (MON3[m-1], d),
            "Mon dth": "%s %s" % (MON3[m-1], ordinal(d)), "Month d": "%s %d" % (MONTHS[m-1], d),
            "Month dth": "%s %s" % (MONTHS[m-1], ordinal(d)), "m-d": "%d-%d" % (m, d),
            "d Mon": "%d %s" % (d, MON3[m-1])}[st]

def g_dob(a=None):
    if a == "long": a = "Month d, Y"
    if a == "nosep": CUR_TAGS.add("evasion"); a = "mmddY"
    y = rnd.randint(1924, 1978); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    return fmt_date(y, m, d, style=a)

def g_date(a=None):
    """event date (admit, discharge, fall, appt) - with or without year"""
    y = rnd.choice([2024, 2025, 2025]); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    if a == "y": return fmt_date(y, m, d)
    if a == "s": return fmt_date(y, m, d, with_year=False)
    return fmt_date(y, m, d, with_year=rnd.random() < 0.4)

g_mdate = g_date   # unlabelled meeting/deadline date uses the same shapes

def g_age(a=None):
    n = rnd.randint(90, 104)
    if a == "w" or (a is None and rnd.random() < 0.15):
        CUR_TAGS.add("evasion")
        tens = "ninety" if n < 100 else None
        if tens:
            return "ninety" + ("" if n == 90 else "-" + SPELL[n - 90])
        return "one hundred" + ("" if n == 100 else " and " + SPELL[n - 100])
    return str(n)

def g_yage(a=None):
    return str(rnd.randint(48, 89))

AREA = ["978", "617", "781", "508", "603", "339", "857", "774", "413", "401", "207", "860"]

def g_phone(a=None):
    ar = rnd.choice(AREA); ex = rnd.choice(["555", D1(3), D1(3)]); ln = D(4)
    st = a or rnd.choice(["dash", "paren", "dot", "plus", "plain", "space", "dash", "paren", "ext"])
    if st == "dash": return "%s-%s-%s" % (ar, ex, ln)
    if st == "paren": return "(%s) %s-%s" % (ar, ex, ln)
    if st == "dot": return "%s.%s.%s" % (ar, ex, ln)
    if st == "plus": return "+1 %s %s %s" % (ar, ex, ln)
    if st == "plain": return ar + ex + ln
    if st == "space": return "%s %s %s" % (ar, ex, ln)
    if st == "ext": return "%s-%s-%s %s %d" % (ar, ex, ln, rnd.choice(["ext.", "x", "ext", "X"]), rnd.randint(2, 4999))
    if st == "tel": return "+1%s%s%s" % (ar, ex, ln)
    raise KeyError(st)

def g_phoneobf(a=None):
    ar = rnd.choice(AREA); ex = D1(3); ln = D(4)
    st = a or rnd.choice(["fw", "zw", "nb", "sp", "spell"])
    if st == "fw":
        CUR_TAGS.update(["fullwidth", "evasion"])
        return ("%s-%s-%s" % (ar, ex, ln)).translate(FULLW)
    if st == "zw":
        CUR_TAGS.update(["zero-width", "evasion"])
        return ar + "\u200b" + ex + "\u200b" + ln
    if st == "nb":
        CUR_TAGS.add("evasion")
        return ar + "\u00a0" + ex + "\u00a0" + ln
    if st == "sp":
        CUR_TAGS.add("evasion")
        return " ".join(ar + ex + ln)
    if st == "spell":
        CUR_TAGS.add("evasion")
        return " ".join(SPELL[int(c)] for c in ar) + ", " + " ".join(SPELL[int(c)] for c in ex) + ", " + \
               " ".join(SPELL[int(c)] for c in ln)
    raise KeyError(st)

def g_ssn(a=None):
    area = rnd.randint(1, 665) if rnd.random() < 0.5 else rnd.randint(667, 899)
    grp = rnd.randint(1, 99); ser = rnd.randint(1, 9999)
    s = ("%03d" % area, "%02d" % grp, "%04d" % ser)
    st = a or rnd.choice(["dash", "dash", "dash", "space", "plain", "mixed", "fw"])
    if st == "dash": return "-".join(s)
    if st == "space": return " ".join(s)
    if st == "plain": CUR_TAGS.add("evasion"); return "".join(s)
    if st == "mixed": CUR_TAGS.add("evasion"); return s[0] + "." + s[1] + "-" + s[2]
    if st == "fw": CUR_TAGS.update(["fullwidth", "evasion"]); return "-".join(s).translate(FULLW)
    if st == "zw": CUR_TAGS.update(["zero-width", "evasion"]); return s[0] + "\u200b-" + s[1] + "-\u200b" + s[2]
    raise KeyError(st)

def g_mrn(a=None):
    st = a or rnd.choice(["7", "8", "8", "9", "0"])
    if st == "0": return "00" + D(6)
    return D1(int(st))

def g_mbi(a=None):
    C = "123456789"; L = "ACDEFGHJKMNPQRTUVWXY"; AN = L + "0123456789"
    s = rnd.choice(C) + rnd.choice(L) + rnd.choice(AN) + rnd.choice("0123456789") + rnd.choice(L) + \
        rnd.choice(AN) + rnd.choice("0123456789") + rnd.choice(L) + rnd.choice(L) + \
        rnd.choice("0123456789") + rnd.choice("0123456789")
    if a == "dash" or (a is None and rnd.random() < 0.35):
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s

def g_medicaid(a=None):
    return rnd.choice(["100" + D(9), D1(12), D1(10) + rnd.choice("ABCDEFGHJK"), "MA" + D(10)])

def g_member(a=None):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rnd.choice([
        "".join(rnd.choice(L) for _ in range(3)) + D(9),
        "W" + D(9),
        "H" + D(8) + "0" + D(1),
        "".join(rnd.choice(L) for _ in range(3)) + D(6) + "-0" + D(1),
        "ZGP" + D(8),
        D1(9) + "01"])

def g_hpid(a=None):
    return rnd.choice([g_mbi, g_medicaid, g_member])()

def g_har(a=None):
    return rnd.choice(["4" + D(9), "5" + D(9), D1(8), "G" + D(7)])

def g_bank(a=None):
    return D1(rnd.choice([9, 10, 12]))

def g_dl(a=None):
    return rnd.choice(["S" + D(8), "SA" + D(7), D(2) + "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + D(5),
                       D1(9), "NHL" + D(8)])

def g_lic(a=None):
    # state professional licence number (value only; label goes in the template)
    return rnd.choice(["RN" + D(7), D1(6), "2" + D(5), "MD" + D(5), "LICSW " + D(5), "1" + D(6)])

def g_dea(a=None):
    L = "ABFGM"; return rnd.choice(L) + rnd.choice("ABCDEFGHJKLMNPRSTW") + D(7)

def g_plate(a=None):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return rnd.choice([D1(1) + "".join(rnd.choice(L) for _ in range(3)) + D(2),
                       D1(3) + " " + "".join(rnd.choice(L) for _ in range(2)) + D(1),
                       D1(7), "".join(rnd.choice(L) for _ in range(3)) + "-" + D(4),
                       D1(1) + rnd.choice(L) + rnd.choice(L) + " " + D(3)])

def g_vin(a=None):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rnd.choice(["1", "2", "3", "4", "5", "J", "K", "W"]) + "".join(rnd.choice(A) for _ in range(16))

def g_serial(a=None):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rnd.choice([
        "PJN" + D(6) + rnd.choice("HSR"),
        rnd.choice(A) + rnd.choice(A) + D(7),
        "SN" + D(9),
        D1(3) + rnd.choice(A) + D(5) + rnd.choice(A),
        "".join(rnd.choice(A + "0123456789") for _ in range(8)),
        "(01)" + D(14) + "(21)" + D(8),
        "NG" + D(6) + rnd.choice(A) + rnd.choice(A)])

def g_ip(a=None):
    r = rnd.random()
    if r < 0.35: return "10.%d.%d.%d" % (rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(2, 254))
    if r < 0.55: return "192.168.%d.%d" % (rnd.randint(0, 20), rnd.randint(2, 254))
    if r < 0.85: return "%d.%d.%d.%d" % (rnd.choice([24, 67, 73, 98, 108, 174, 71, 209]), rnd.randint(0, 255),
                                          rnd.randint(0, 255), rnd.randint(2, 254))
    return "2601:%x:%x:%x::%x" % (rnd.randint(0x100, 0xfff), rnd.randint(0x1000, 0xffff),
                                  rnd.randint(0x10, 0xffff), rnd.randint(1, 0xfff))

def g_card(a=None):
    def luhn(prefix, n):
        s = prefix + D(n - len(prefix) - 1)
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c)
            if i % 2 == 0:
                v *= 2
                if v > 9: v -= 9
            tot += v
        return s + str((10 - tot % 10) % 10)
    k = rnd.choice(["v", "v", "m", "a", "d"])
    if k == "a":
        s = luhn(rnd.choice(["34", "37"]), 15)
        return rnd.choice([s, s[:4] + " " + s[4:10] + " " + s[10:], s[:4] + "-" + s[4:10] + "-" + s[10:]])
    s = luhn({"v": "4", "m": rnd.choice(["51", "53", "55", "2221"]), "d": "6011"}[k], 16)
    sep = rnd.choice([" ", "-", "", " "])
    return sep.join([s[0:4], s[4:8], s[8:12], s[12:16]])

STREETS = ["Tarbox Rd", "Beacon St", "Lakeview Ave", "Pawtucket Blvd", "Mammoth Rd", "Bridge St",
           "Chelmsford St", "Varnum Ave", "Gorham St", "Broadway", "Elm St", "Prospect Hill Rd",
           "Salem St", "Essex St", "Lawrence St", "Main St", "Hildreth St", "School St", "Stedman St",
           "Riverside Dr", "Boston Rd", "Andover St", "Mystic Ave", "Highland Ave", "Cabot St",
           "Old Westford Rd", "Wentworth Ave", "Pleasant St", "Canal St", "Jackson St"]
TOWNS = [("Lowell", "MA", "018"), ("Dracut", "MA", "01826"), ("Chelmsford", "MA", "01824"),
         ("Lawrence", "MA", "018"), ("Methuen", "MA", "01844"), ("Haverhill", "MA", "0183"),
         ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"), ("Lynn", "MA", "0190"),
         ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"), ("Fitchburg", "MA", "01420"),
         ("Nashua", "NH", "0306"), ("Salem", "NH", "03079"), ("Pelham", "NH", "03076"),
         ("Westford", "MA", "01886"), ("Amesbury", "MA", "01913"), ("Malden", "MA", "02148"),
         ("Everett", "MA", "02149"), ("Dorchester", "MA", "0212"), ("Brockton", "MA", "0230"),
         ("Woonsocket", "RI", "02895"), ("Manchester", "NH", "0310")]

def _zip(pre):
    return pre + D(5 - len(pre))

def g_addr(a=None):
    town, st, zp = rnd.choice(TOWNS)
    num = str(rnd.choice([rnd.randint(2, 99), rnd.randint(100, 999), rnd.randint(1000, 2400)]))
    street = num + " " + rnd.choice(STREETS)
    unit = rnd.choice(["", "", "", " Apt 3", " Apt 2B", " #4R", " Unit 12", ", 2nd fl", " Apt 107"])
    z = _zip(zp)
    if rnd.random() < 0.2: z += "-" + D(4)
    return rnd.choice([
        "%s%s, %s %s %s" % (street, unit, town, st, z),
        "%s%s, %s, %s %s" % (street, unit, town, st, z),
        "%s%s %s %s" % (street, unit, town, st),
        "%s%s, %s" % (street, unit, town)])

def g_street(a=None):
    num = str(rnd.choice([rnd.randint(2, 99), rnd.randint(100, 999)]))
    return num + " " + rnd.choice(STREETS) + rnd.choice(["", "", " apt 2", " #3L", " Apt 1F"])

def g_town(a=None):
    return rnd.choice(TOWNS)[0]

def g_zip(a=None):
    z = _zip(rnd.choice(TOWNS)[2])
    return z + ("-" + D(4) if rnd.random() < 0.25 else "")

def g_pobox(a=None):
    return rnd.choice(["PO Box ", "P.O. Box ", "po box "]) + str(rnd.randint(12, 2999))

HOSP = "stcolumba-health.org"
def g_portal(a=None):
    return rnd.choice([
        "https://mychart.%s/MyChart/visit/%s?pid=%s" % (HOSP, D1(6), D1(7)),
        "https://portal.%s/patient/%s/summary" % (HOSP, D1(8)),
        "https://telehealth.%s/join/pt-%s-%s" % (HOSP, D1(7), "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(5))),
        "https://records.%s/roi/request?mrn=%s" % (HOSP, D1(8)),
        "https://%s/discharge-packet/%s.pdf" % ("share." + HOSP, D1(7))])

def g_emailobf(a=None):
    p = draw_person(); a2, b = _emailify(p["first"]), _emailify(p["last"])
    CUR_TAGS.add("evasion")
    dom = rnd.choice(["gmail", "yahoo", "comcast", "hotmail"])
    tld = "net" if dom == "comcast" else "com"
    return rnd.choice(["%s.%s [at] %s [dot] %s" % (a2, b, dom, tld),
                       "%s%s(at)%s(dot)%s" % (a2[0], b, dom, tld),
                       "%s dot %s at %s dot %s" % (a2, b, dom, tld),
                       "%s_%s AT %s DOT %s" % (a2, b, dom.upper(), tld.upper())])

def g_bizemail(a=None):
    p = draw_person(); f, l = _emailify(p["first"]), _emailify(p["last"])
    if a == "hosp":
        return rnd.choice(["employeehealth", "ehs.nurse", f + "." + l, f[0] + l]) + "@" + HOSP
    dom = rnd.choice(["brookhavenhcc.com", "merrimackrehab.org", "vnalowell.org", "rosegardennr.com",
                      "willowcrestsnf.com", "stbrigidsrehab.org", HOSP, "adapthealth.com", "lincare.com",
                      "harborviewsubacute.com", "coastalmedtransport.com", "elderservicesmv.org"])
    form = rnd.choice(["{f}.{l}", "{i}{l}", "admissions", "intake", "referrals", "cm.intake", "{f}{l}"])
    return form.format(f=f, l=l, i=f[0]) + "@" + dom

# ---------------------------------------------------------------- unlabelled fillers
FACS = ["Merrimack Valley Rehab", "Sacred Heart SNF", "Rose Garden Nursing & Rehab", "Brookhaven HCC",
        "Willow Crest Skilled Nursing", "Harborview Subacute", "St. Brigid's Rehab", "Mount Pleasant LTACH",
        "Grant Street Manor", "Faith Community Hospice House", "Hope House respite", "Fairhaven Gardens",
        "Northgate Center for Rehab", "Wingate at Andover", "Chelmsford Crossings", "Pawtucket Falls Nursing",
        "Beacon Hill Transitional Care", "D'Youville Senior Care", "Bayview Rehab & Nursing", "Oakwood Commons"]
FACADDR = ["1200 Riverside Dr, Lowell MA 01854", "55 Chase Rd, Methuen MA 01844", "400 Page St, Lowell",
           "19 Pleasant St, Dracut MA 01826", "2 Hospital Dr, Lowell MA 01852", "75 Mill Rd, Chelmsford MA 01824",
           "310 Merrimack St, 3rd floor", "981 Varnum Ave, Lowell, MA 01854", "88 Grant St, Haverhill MA 01830",
           "600 Suffolk St, Suite 410, Lowell MA 01854", "14 Hope Ave, Nashua NH 03060",
           "1 Columba Way, Building C", "265 Essex St, Lawrence MA 01840"]
AGENCIES = ["VNA of Greater Lowell", "Amedisys", "BAYADA", "Elder Services of the Merrimack Valley",
            "Home Instead", "Century Health Systems", "Circle Home", "Greater Lynn Senior Services",
            "Northeast Home Care", "Partners at Home"]
DMES = ["Apria", "Lincare", "AdaptHealth", "Numotion", "NSM", "Rotech", "Mass Medical Supply", "Norco"]
PAYERS = ["Medicare A", "MassHealth", "Tufts Health Plan", "BCBS MA", "Humana Medicare Advantage",
          "UnitedHealthcare Dual Complete", "Aetna MA", "Senior Whole Health", "WellSense", "Harvard Pilgrim",
          "Fallon NaviCare", "Commonwealth Care Alliance", "Medicare Advantage (Allways)", "VA Community Care"]
TRANSPORT = ["Lifeline", "Trinity EMS", "Coastal Transport", "MART", "Uber Health", "Armstrong Ambulance",
             "Cataldo", "Chair Car Express"]
UNITS = ["5 West", "4N", "7 Tower", "CCU", "SICU", "Ortho 6", "6 South", "3E step-down", "ED obs",
         "Med 8", "Oncology 9", "Gero-psych"]
DX = ["CHF exacerbation", "hip fx s/p ORIF", "COPD", "UTI with delirium", "CVA w/ L hemiparesis", "sepsis",
      "AKI", "new trach/PEG", "ESRD on HD", "failure to thrive", "pneumonia", "s/p TKA", "dementia w/ BPSD",
      "cellulitis needing IV abx", "falls, deconditioning", "new dx AML", "SBO s/p ex-lap"]
MEDS = ["IV vanc", "cefazolin", "lovenox", "insulin glargine", "TPN", "heparin gtt", "dapto", "ertapenem",
        "Eliquis", "high-flow O2", "methadone"]
EQUIP = ["hospital bed", "hoyer lift", "bariatric wheelchair", "rolling walker", "3-in-1 commode", "home O2",
         "BiPAP", "CPAP", "wound vac", "tub bench", "feeding pump", "power chair"]
EXEC_TITLES = ["CNO", "CFO", "VP of Care Management", "CMO", "COO", "director of patient flow",
               "SVP Post-Acute Strategy"]

def g_hopename(a=None):
    return rnd.choice(["Hope", "Faith", "Rose", "Grace", "Joy", "Charity"]) + " " + rnd.choice(["Grant", "Page", "Chase", "Marsh", "Bishop", "Hale", "Booker", "Freeman"])
def g_willname(a=None):
    return rnd.choice(["Will", "Bill", "Mark", "Chase", "Grant", "Sonny"]) + " " + rnd.choice(["Page", "Grant", "Marsh", "Chase", "Porter", "Baker", "Washington", "Mayfield"])
def g_lang(a=None):
    return rnd.choice(["Haitian Creole", "Portuguese", "Khmer", "Spanish", "Vietnamese", "Somali", "Arabic", "Cantonese", "Polish", "Twi", "Amharic", "Tagalog"])
def g_fac(a=None): return rnd.choice(FACS)
def g_facaddr(a=None): return rnd.choice(FACADDR)
def g_agency(a=None): return rnd.choice(AGENCIES)
def g_dme(a=None): return rnd.choice(DMES)
def g_payer(a=None): return rnd.choice(PAYERS)
def g_transport(a=None): return rnd.choice(TRANSPORT)
def g_unit(a=None): return rnd.choice(UNITS)
def g_room(a=None): return rnd.choice(["%d%s" % (rnd.randint(3, 9) * 100 + rnd.randint(1, 40), rnd.choice(["", "A", "B", ""])),
                                       "bed %d" % rnd.randint(1, 28), "rm %d" % rnd.randint(401, 940)])
def g_time(a=None): return rnd.choice(["9am", "10:30", "11", "1pm", "2:15", "3pm", "3:30", "4", "noon", "8:45a", "1330", "1500"])
def g_wkday(a=None): return rnd.choice(["Mon", "Tuesday", "Wed", "Thursday", "Fri", "Monday", "thurs"])
def g_ticket(a=None): return rnd.choice(["INC00%s" % D(5), "RITM00%s" % D(5), "DEL-%d" % rnd.randint(1000, 1999),
                                         "CM-%d" % rnd.randint(100, 4999), "SR-%s" % D(5), "CHG00%s" % D(5)])
def g_po(a=None): return rnd.choice(["4500" + D(6), D1(7), "4700" + D(6)])
def g_npi(a=None): return "1" + D(9)
def g_cpt(a=None): return rnd.choice(["99238", "99239", "99497", "G0180", "G0181", "99495", "99496", "97750", "E0260", "K0001"])
def g_icd(a=None): return rnd.choice(["I50.9", "N17.9", "J44.1", "S72.001A", "F03.90", "G30.9", "Z74.09", "R26.81", "Z91.81", "E11.65"])
def g_ver(a=None): return rnd.choice(["v10.4.2", "2024.11.0.3", "v3.2", "build 2025.2.1.14", "8.1.7", "v2.19.0"])
def g_ext(a=None): return rnd.choice(["x4410", "x2231", "ext 5160", "x7702", "ext. 3318", "x6021"])
def g_money(a=None): return rnd.choice(["$412.50", "$1,200/day", "$18k", "$365 a day", "$2,940", "$75", "$11,400", "$260/visit"])
def g_cnt(a=None): return str(rnd.randint(3, 41))
def g_zoom(a=None): return "%s %s %s" % (D1(3), D(4), D(4))
def g_cc(a=None): return "%s-%s" % (D1(4), D(3))
def g_dx(a=None): return rnd.choice(DX)
def g_med(a=None): return rnd.choice(MEDS)
def g_equip(a=None): return rnd.choice(EQUIP)
def g_exec(a=None): return rnd.choice(EXEC_TITLES)
def g_policy(a=None): return rnd.choice(["CM-%03d" % rnd.randint(1, 400), "PC.%d.%02d" % (rnd.randint(1, 30), rnd.randint(1, 40)),
                                         "ADM-%d" % rnd.randint(10, 99), "PP-%d.%d" % (rnd.randint(2, 12), rnd.randint(1, 9))])
def g_group(a=None): return rnd.choice(["00" + D(4), D1(6), "GRP" + D(5)])
def g_rnum(a=None): return "%d%02d" % (rnd.randint(2, 9), rnd.randint(1, 40))
def g_few(a=None): return str(rnd.randint(1, 9))
def g_alos(a=None): return "%d.%d" % (rnd.randint(4, 7), rnd.randint(0, 9))
def g_bigmoney(a=None): return rnd.choice(["$1.2M", "$450k", "$875,000", "$2.4 million", "$310K"])
def g_ritm(a=None): return "RITM00" + D(5)
def g_contract(a=None): return rnd.choice(["MSA-%d-%03d" % (rnd.choice([2023, 2024, 2025]), rnd.randint(1, 300)), "C%s" % D(6), "AGR-" + D(5)])
def g_printjob(a=None): return "#" + D1(5)
def g_los(a=None): return str(rnd.randint(4, 38))
def g_inv(a=None): return "INV-" + D(6)
def g_days(a=None): return str(rnd.choice([3, 5, 7, 10, 14, 20, 21, 30, 60, 90, 100]))

GEN = {k[2:]: v for k, v in globals().items() if k.startswith("g_") and callable(v)}

# ---------------------------------------------------------------- engine
PH = re.compile(r"\{(?:([A-Z_]+):)?([a-z]+)(\d*)(?:\.([a-z]+))?\}")
TYPES = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
         "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}

PERSONS = []

def render(tpl):
    """returns (text, spans) where spans = [(type, value, char_start)]"""
    CUR_TAGS.clear()
    cache, out, spans, pos = {}, [], [], 0
    del PERSONS[:]
    last = 0
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]; out.append(lit); pos += len(lit); last = m.end()
        typ, gen, num, attr = m.group(1), m.group(2), m.group(3), m.group(4)
        if gen in ("p", "s", "m", "f", "n"):
            key = gen + (num or "1")
            if key not in cache:
                cache[key] = draw_person(kind=gen)
                PERSONS.append(cache[key])
            val = person_attr(cache[key], attr or "full")
        else:
            key = gen + num + "." + (attr or "") if num else None
            if key and key in cache:
                val = cache[key]
            else:
                val = GEN[gen](attr)
                if key: cache[key] = val
        if typ:
            assert typ in TYPES, typ
            spans.append((typ, val, pos))
        out.append(val); pos += len(val)
    out.append(tpl[last:])
    return "".join(out), spans

def valid(text, spans):
    # distinct people in one message get distinct given names and surnames
    firsts = [p["first"] for p in PERSONS]; lasts = [p["last"] for p in PERSONS]
    if len(set(firsts)) != len(firsts) or len(set(lasts)) != len(lasts): return False
    pos = 0
    for typ, val, st in spans:
        if not val or val != val.strip(): return False
        i = text.find(val, pos)
        if i != st: return False
        pos = i + len(val)
    # person names used as unlabelled staff must not collide with labelled values
    return True

# ---------------------------------------------------------------- PHI frames
PHI = [
# --- requests to the bot
("move my {time} with {NAME:p1.full}'s daughter to {time} tomorrow", ["bot", "family"]),
("@carebot can someone call back {NAME:p1.first} {NAME:p1.last}'s son at {PHONE:phone}? he's asking about the SNF list", ["bot", "family"]),
("remind me at {time} to fax the PASRR for {NAME:p1.invc} (MRN {MRN:mrn}) to {fac}", ["bot", "placement"]),
("/carebot add task: f/u with {NAME:p1.last} family re: hospice vs SNF, MRN {MRN:mrn}", ["bot"]),
("bot pls text the HCP {NAME:p2.full} at {PHONE:phone} that the care conference moved to {time}", ["bot", "family"]),
("can you put a hold on my calendar for the {NAME:p1.last} family meeting and invite {s1.full} from PT", ["bot", "family", "calendar"]),
("hey bot - draft an email to {EMAIL:p1.email} letting {NAME:p1.first} know the bed at {fac} is confirmed", ["bot", "placement"]),
("cancel my {time} w/ {s1.first}, I need to be at bedside with the {NAME:p1.last} family for the goals of care talk", ["bot", "family"]),
("schedule a call with {NAME:p2.full} (guardian for {NAME:p1.full}) {wkday} afternoon, number is {PHONE:phone}", ["bot", "guardianship"]),
("carebot: look up the auth status for member id {HEALTH_PLAN_ID:member} and tell me if {payer} approved", ["bot", "auth"]),
("ask the bot to resend the portal link to pt — {URL:portal} — it expired", ["bot", "records"]),
("can u move {NAME:p1.lfirst} {NAME:p1.llast} to the top of my list, dc is {DATE:date.s}", ["bot", "lowercase"]),
("set reminder: {NAME:p1.fl} DOB {DATE:dob} needs 3-midnight check before we send to SNF", ["bot"]),
("pls call back mrs {NAME:f1.llast} at {PHONE:phone} re transport home, she said after {time} is best", ["bot", "lowercase", "transport"]),
("forward the denial letter for {NAME:p1.full} to {EMAIL:bizemail} and cc me", ["bot", "denial", "business-contact"]),
("bot, who is the CM for bed {cnt} on {unit}? family ({NAME:p2.full}) keeps calling {PHONE:phone}", ["bot", "family"]),

# --- short chat, terse
("{NAME:p1.last} in {room} going to {fac} {wkday}. auth pending w/ {payer}.", ["placement", "auth"]),
("MRN {MRN:mrn} and {MRN:mrn} both still need PASRR level 1", ["placement"]),
("fyi {NAME:p1.full} dc'd {DATE:date.s} to home w/ VNA", ["home-health"]),
("mrn# {MRN:mrn} — denied again. peer to peer?", ["denial", "lowercase"]),
("pt is {AGE:age}, lives alone, no HCP on file. APS?", ["aps"]),
("{NAME:p1.llast} bed {cnt} wants to go home AMA, daughter {NAME:f2.lfirst} is on her way", ["lowercase", "escalation", "family"]),
("SNF accepted {NAME:p1.fl} 🎉", ["placement", "emoji"]),
("anyone have {NAME:p1.first} {NAME:p1.last}'s HCP number? I have {PHONE:phone} but it goes to vm", ["family"]),
("ssn for the medicaid app: {SSN:ssn}", ["structured"]),
("{NAME:p1.last}, {NAME:p2.last} and {NAME:p3.last} all need rides {wkday} — booking {transport}", ["transport"]),
("pls dont dc {NAME:p1.lower} til the O2 is delivered", ["lowercase", "dme"]),
("Admit date {DATE:date.y}, LOS now {los}. {NAME:p1.last} still waiting on {payer}.", ["auth"]),
("wife is {NAME:f2.full}, {AGE:age} herself, can't do the transfers", ["family"]),
("home address on file for {NAME:p1.last} is wrong. correct is {ADDRESS:addr}", ["records"]),
("MBI {HEALTH_PLAN_ID:mbi} – pls add to {NAME:p1.last}'s face sheet", ["structured"]),
("pt's DL # {LICENSE_NUMBER:dl} for the guardianship petition", ["guardianship", "structured"]),
("van plate {VEHICLE_ID:plate}, son picking up {NAME:p1.first} at the main entrance around {time}", ["transport"]),
("HAR {ACCOUNT_NUMBER:har} — self-pay, financial counselor needs to see {p1.him} before dc", ["structured"]),
("oxygen concentrator serial {DEVICE_ID:serial} is registered to {NAME:p1.full}, not the pt in {room}", ["dme", "structured"]),
("{NAME:p1.ini} in {room} (you know who) — brother showed up again, security aware", ["escalation"]),
]

PHI += [
# --- long Teams messages
("Hi all, update on {NAME:p1.full} ({room}): {payer} issued a denial for SNF level of care yesterday citing 'can be managed at lower level'. "
 "I requested a peer to peer for {wkday} at {time} with Dr. {s1.last}. Daughter {NAME:f2.first} is the HCP and is very upset, "
 "she can be reached at {PHONE:phone}. Please do not discuss the denial with the patient until we talk to her.", ["denial", "family", "escalation"]),
("Good morning team. Quick summary for the {unit} huddle:\n"
 "- {NAME:p1.full}, {dx}, accepted at {fac}, needs auth\n"
 "- {NAME:p2.full}, home w/ {agency}, SOC {DATE:date.s}\n"
 "- {NAME:p3.full}, still no bed offers (bariatric)\n"
 "Let me know if I missed anyone.", ["multiline", "placement", "home-health"]),
("I spoke with {NAME:f2.full}, who is {NAME:p1.first}'s niece and says she has POA. I asked her to bring the actual document — we only have a health care proxy "
 "on file naming {NAME:p3.full}. Until legal reviews, the proxy stands. Niece's cell {PHONE:phone}, email {EMAIL:f2.email}.", ["guardianship", "family"]),
("Forwarding from the {fac} liaison:\n> Hi, we can accept {NAME:p1.inv} on {DATE:date.s} pending insurance. Please send updated PT/OT notes and the MAR. "
 "{p1.hisc} member ID shows as {HEALTH_PLAN_ID:member} — can you confirm?\nCan someone on 6 South grab the PT notes?", ["multiline", "placement", "forwarded"]),
("Filing an APS report today for {NAME:p1.full}, {AGE:age} y/o, lives at {ADDRESS:addr}. Neighbor called concerned about self-neglect and a "
 "grandson ({NAME:m2.first}) who may be taking {p1.his} checks. Intake worker is {s1.full}. I'll update in the chart.", ["aps", "referral"]),
("Reminder that {NAME:p1.last} (MRN {MRN:mrn}) is on the long-stay list, day {los}. The barrier is guardianship — petition filed in probate, "
 "hearing date {DATE:date.s}. Temporary guardian will be {NAME:p2.full} from the family, not the agency.", ["guardianship"]),
("Sorry for the long msg. {NAME:m1.first} {NAME:m1.last}'s wife called me three times this morning. She wants him home, but he is a 2-person assist and she is {AGE:age}. "
 "I offered {agency} plus private aides but they can't afford {money}. I'm going to set up a family meeting — can PT join? Her number is {PHONE:phone} "
 "and the house is {ADDRESS:addr} (two steps to enter, bedroom on 2nd floor).", ["family", "home-health"]),
("Per my conversation with {payer} UM nurse: auth # is on the {NAME:p1.last} referral, approved 5 days at {fac} starting {DATE:date.s}, "
 "next review {DATE:date.s}. Subscriber ID {HEALTH_PLAN_ID:member}, group {group}.", ["auth", "structured"]),
("Heads up on {room}: patient {NAME:p1.full} told nursing that {p1.his} son {NAME:m2.full} is not allowed to visit and not allowed info. "
 "Please flag in the chart. He has been calling from {PHONE:phone} and {PHONE:phone}.", ["escalation", "family"]),
("Transport booked for {NAME:p1.full}: {transport} wheelchair van, pickup {time}, going home to {ADDRESS:addr}. "
 "Ride cost ${cnt}0, family paying by card — the son read me the whole number over the phone, "
 "{CREDIT_CARD:card}, which I should NOT have in Teams, deleting after billing enters it.", ["transport", "money"]),
("We need a new HCP for {NAME:p1.last}. The named agent {NAME:p2.full} passed away {DATE:date.y} and the alternate, {NAME:p3.full}, "
 "lives out of state and isn't answering ({PHONE:phone}). Ethics consult placed.", ["guardianship", "escalation"]),
("Update: the pacemaker rep needs the device serial before {NAME:p1.last} can go to {fac}. It's {DEVICE_ID:serial}, checked on {DATE:date.s}. "
 "Interrogation report is in media tab.", ["dme", "structured"]),
("Case review for {NAME:p1.full}, DOB {DATE:dob}:\n1. Admitted {DATE:date.y} with {dx}\n2. Denied by {payer} x2\n3. Family pursuing Medicaid — need SSN {SSN:ssn} "
 "verified against card\n4. Long-term plan: LTC at {fac}", ["multiline", "denial", "structured"]),
("Team — I want to escalate the {NAME:p1.last} situation. Patient is {AGE:age}, no capacity per psych, and the only family is a nephew, {NAME:p2.full}, "
 "who wants to take {p1.him} home to {ADDRESS:town}. Home is unsafe per the VNA eval. Risk management and the {exec} are aware.", ["escalation", "guardianship"]),
("For the record: I met with {NAME:p1.full} and {p1.his} partner {NAME:p2.full} at bedside. They declined SNF and want home with services. "
 "Referral sent to {agency} (intake {PHONE:phone}) with SOC {DATE:date.s}. DME: {equip} from {dme}.", ["home-health", "dme", "business-contact"]),
]

PHI += [
# --- slack markup, tables, lists
("<@U04QX2M1> can you take *{NAME:p1.full}* today? I'm out at {time}. Family contact: `{PHONE:phone}`", ["slack-markup", "family"]),
("*DC today:*\n• {NAME:p1.last} – {fac}\n• {NAME:p2.last} – home w/ {agency}\n• {NAME:p3.last} – hospice ({fac})", ["slack-markup", "multiline", "placement"]),
("| Pt | MRN | Dispo |\n|---|---|---|\n| {NAME:p1.invc} | {MRN:mrn} | SNF |\n| {NAME:p2.invc} | {MRN:mrn} | home |\n| {NAME:p3.invc} | {MRN:mrn} | LTACH |", ["multiline", "table", "structured"]),
("daughter's email is <mailto:{EMAIL:p2.email}|{EMAIL:p2.email}> — she prefers email over phone", ["slack-markup", "family"]),
("<@U02LMN88> family # for {NAME:p1.last} is <tel:{PHONE:phone1.tel}|{PHONE:phone1.tel}>, ask for {NAME:p2.first}", ["slack-markup", "family"]),
("`MRN {MRN:mrn}` `HAR {ACCOUNT_NUMBER:har}` — pls merge, duplicate registration for {NAME:p1.full}", ["slack-markup", "structured", "records"]),
("*Auth needed* :rotating_light:\n>{NAME:p1.full}\n>Medicaid ID {HEALTH_PLAN_ID:medicaid}\n>{fac}, {wkday}", ["slack-markup", "multiline", "auth"]),
("Name: {NAME:p1.inv}\nDOB: {DATE:dob}\nMRN: {MRN:mrn}\nPayer: {payer}\nMember ID: {HEALTH_PLAN_ID:member}\nDispo: {fac}", ["multiline", "structured", "referral"]),
("pts w/o dispo on {unit}:\n- {NAME:p1.lower}\n- {NAME:p2.lower}\n- {NAME:p3.lower}\n- {NAME:p4.lower}", ["multiline", "lowercase"]),
("re: {NAME:p1.full}\n```\nMRN    {MRN:mrn}\nDOB    {DATE:dob}\nSSN    {SSN:ssn}\nADDR   {ADDRESS:addr}\n```\nfor the MassHealth long-term care app", ["multiline", "slack-markup", "structured"]),
("MRNs for the readmit review: {MRN:mrn}, {MRN:mrn}, {MRN:mrn} and {MRN:mrn}", ["structured"]),
("_{NAME:p1.full}_ dob {DATE:dob} – accepted ✅ at {fac}, pending ~auth~ approved!", ["slack-markup", "emoji", "placement"]),

# --- typos, abbreviations, misspelt labels
("pateint {NAME:p1.full} MNR {MRN:mrn} needs a SNF refferal asap, dishcarge {DATE:date.s}", ["typo", "referral"]),
("D.O.B {DATE:dob}, SNN {SSN:ssn} — sry thats for {NAME:p1.last}", ["typo", "structured"]),
("medicaid # {HEALTH_PLAN_ID:medicaid} for {NAME:p1.first} pls chk eligibilty", ["typo", "auth"]),
("pt dtr {NAME:f2.full} ph {PHONE:phone} wnts callbak re: dc plan", ["typo", "family"]),
("mbi# {HEALTH_PLAN_ID:mbi} fr the medicare card, pt {NAME:p1.last}", ["typo", "lowercase"]),
("acct no. {ACCOUNT_NUMBER:har} - {NAME:m1.full} says he never got the bill, pls route to PFS", ["records"]),
("f/u appt w/ cards {DATE:date.s} for {NAME:p1.full} — can we get a ride set up?? {p1.he} cant drive", ["transport", "typo"]),
("chart # {MRN:mrn}: {NAME:p1.full}, fell at home {DATE:date.s}, now wants rehab not SNF", []),
("MR# {MRN:mrn} / med rec # {MRN:mrn} — same pt? {NAME:p1.full} vs {NAME:p1.fml}", ["records"]),
("Pt DOB: {DATE:dob.nosep} (entered w/o slashes in the referral portal, that's why it bounced) — {NAME:p1.full}", ["evasion", "referral"]),

# --- hard PHI
("{NAME:f1.last} in 512 refusing the SNF again, can someone talk to {f1.him}", ["hard", "surname-only"]),
("talked w/ {NAME:p1.llast} this am, agreeable to rehab", ["hard", "lowercase", "surname-only"]),
("{NAME:p1.full} {MRN:mrn} needs a chair car at {time}", ["hard", "name-number", "transport"]),
("{NAME:p1.last} {MRN:mrn} / {NAME:p2.last} {MRN:mrn} / {NAME:p3.last} {MRN:mrn} - all PT recs SNF", ["hard", "name-number"]),
("FYI {NAME:p1.full} from our billing office is actually the patient in {room} — please keep it quiet and limit chart access, {p1.he} asked us not to tell the team", ["hard", "employee-health", "vip"]),
("our unit secretary {NAME:p1.first} ({NAME:p1.last}) was admitted overnight, employee health wants the dc plan sent to {EMAIL:bizemail.hosp}", ["hard", "employee-health", "business-contact"]),
("The pt's mother, {NAME:f2.full}, is at bedside and is asking about respite options for herself too", ["hard", "family"]),
("pt's husband {NAME:m2.first} says {p1.he} 'doesnt want to go to that place in {ADDRESS:town}' — they live there", ["hard", "family"]),
("VIP heads up: {NAME:m1.full} (board member's father) on 7 Tower, {exec} asked for daily updates", ["hard", "vip"]),
("{NAME:p1.first}, {NAME:p2.first}, {NAME:p3.first}, {NAME:p4.first} — all need PASRRs before {time}", ["hard", "name-list"]),
]

PHI += [
# --- insurance, notices, appeals
("IM notice given to {NAME:p1.full} on {DATE:date.s}; 2nd IM due before dc. {p1.hec} plans to appeal to the QIO.", ["auth", "denial"]),
("NOMNC for {NAME:p1.last} at {fac} — last covered day {DATE:date.s}. Family appealing, {NAME:p2.full} calling Acentra.", ["denial", "appeal"]),
("Appeal letter drafted for {NAME:p1.full} (member {HEALTH_PLAN_ID:member}). Denial date {DATE:date.y}, expedited appeal filed same day.", ["denial", "appeal"]),
("UM says {NAME:p1.last} is obs not inpatient, so no 3-midnight. Admit order was {DATE:date.s} at 2300 — can someone look?", ["auth"]),
("payer switched! {NAME:p1.full} now has {payer}, new ID {HEALTH_PLAN_ID:hpid}, old auth is void", ["auth", "structured"]),
("Medicare # (old HICN style) on the paper card is wrong, use MBI {HEALTH_PLAN_ID:mbi} for {NAME:p1.last}", ["structured"]),
("P2P done w/ the {payer} medical director. Overturned! {NAME:p1.full} can go to {fac} {wkday}. Thanks Dr. {s1.last} 🙏", ["denial", "emoji"]),
("MassHealth LTC app submitted for {NAME:p1.full}\nSSN {SSN:ssn}\nMassHealth ID {HEALTH_PLAN_ID:medicaid}\nBank acct (for 5-yr lookback) {ACCOUNT_NUMBER:bank}\nConservator: {NAME:p2.full}", ["multiline", "structured"]),
("{NAME:p1.full}'s daughter faxed the POA from {PHONE:phone}, it's cut off on page 2. Can you ask her to resend?", ["family", "records"]),
("Secondary is {payer}, policy # {HEALTH_PLAN_ID:member} under the husband {NAME:m2.full}.", ["structured"]),

# --- hospice, LTACH, placement
("Hospice referral for {NAME:p1.full}, {AGE:age}, to {fac}. Family ({NAME:p2.first} and {NAME:p3.first}) agree. Comfort focused since {DATE:date.s}.", ["referral", "hospice"]),
("LTACH screen for {NAME:p1.last}: trach placed {DATE:date.s}, weaning fails. {fac} liaison reviewing today.", ["placement"]),
("No SNF will take {NAME:p1.full} because of the {med} — 14 declines so far. Anyone have a contact at {fac}?", ["placement"]),
("bariatric bed search for {NAME:p1.last} (520 lb). {fac} said maybe — they want the pt's weight history since {DATE:date.s}", ["placement"]),
("Respite placement for {NAME:p1.full} while {p1.his} caregiver {NAME:p2.full} has surgery {DATE:date.s}", ["placement", "family"]),
("{NAME:p1.full} has a bed at {fac}, {facaddr}. Son will meet the ambulance there. Son's cell {PHONE:phone}.", ["placement", "facility-address"]),
("I sent referrals for {NAME:p1.last} to 6 facilities via the portal; only {fac} responded. DOB on the referral was wrong ({DATE:dob}), fixed now.", ["referral"]),

# --- guardianship / APS / capacity
("Guardianship petition for {NAME:p1.full} filed {DATE:date.y}. Proposed guardian {NAME:p2.full}, {ADDRESS:addr}, phone {PHONE:phone}.", ["guardianship", "structured"]),
("APS case # for {NAME:p1.last} is on the referral form. Alleged perpetrator is the roommate, {NAME:p2.full}. Pt returns home {DATE:date.s}? Not on my watch.", ["aps", "escalation"]),
("capacity eval for {NAME:p1.lfirst} {NAME:p1.llast} done - lacks capacity for dispo. no HCP. sister {NAME:f2.lfirst} in {ADDRESS:town} willing to petition", ["guardianship", "lowercase"]),
("Rogers guardianship needed for {NAME:p1.full} (antipsychotics). Court date {DATE:date.s}. Counsel is {s1.full} from the public defender office.", ["guardianship"]),
("Elder Protective Services called back re {NAME:p1.full}, DOB {DATE:dob} — they substantiated the self-neglect. Worker: {s1.full}, {ext}.", ["aps", "ext"]),

# --- transport / vehicles
("Son is driving {NAME:p1.first} home in a gray Camry, plate {VEHICLE_ID:plate} — security asked for it to let him into the ED bay", ["transport", "structured"]),
("pt's car has been in the garage since {DATE:date.s}. Parking wants to tow. VIN {VEHICLE_ID:vin}, MA plate {VEHICLE_ID:plate}. {NAME:p1.last} asked us to call {p1.his} brother.", ["transport", "structured"]),
("chair van {wkday} for {NAME:p1.full}: pickup {time} from {room}, drop at {ADDRESS:addr}. {transport} conf # {ticket}", ["transport", "ticket"]),
("the ride for {NAME:p1.last} no-showed again. 3rd time. {transport} says the address ({ADDRESS:street}) doesn't exist in their system", ["transport", "complaint"]),

# --- devices, IP, URLs
("Insulin pump for {NAME:p1.full} – Tandem serial {DEVICE_ID:serial} – supplier needs it to ship supplies to the SNF", ["dme", "structured"]),
("CPAP SN {DEVICE_ID:serial} belongs to {NAME:p1.last}, found in the wrong room. Returned to {room}.", ["dme"]),
("RPM tablet in {NAME:p1.full}'s home stopped sending vitals, last check-in from {IP_ADDRESS:ip}. {agency} can swap it {wkday}.", ["home-health", "structured"]),
("the home infusion pharmacy logged the pt's telehealth session from {IP_ADDRESS:ip} — is that {NAME:m1.last} or the wife?", ["structured"]),
("family set up a page for updates, please don't share: {URL:p1.page}", ["family"]),
("Here's the visit link for {NAME:p1.full}'s SNF video check-in: {URL:portal}", ["records"]),
("Dad's story is on {URL:m1.page} if anyone wants to donate for the ramp, {NAME:f2.full} (pt's daughter) asked me to share", ["family"]),
("LVAD controller serial {DEVICE_ID:serial} for {NAME:p1.fl} — the VAD coordinator needs it on the SNF transfer packet", ["dme", "structured"]),
]

PHI += [
# --- home services, DME, licences
("Home infusion for {NAME:p1.full}: {med} q24h x {days} days. Pharmacy needs prescriber DEA {LICENSE_NUMBER:dea} and the home address {ADDRESS:addr}.", ["home-health", "structured"]),
("SNF attending for {NAME:p1.last} will be Dr. {s1.full}, MA license {LICENSE_NUMBER:lic} — their credentialing asked us to send it with the packet", ["credentialing", "structured"]),
("{dme} can't deliver the {equip} to {NAME:p1.full} until {p1.he} signs the ABN. Delivery address {ADDRESS:addr}.", ["dme"]),
("VNA intake called: they need a working number for {NAME:p1.last}. Try {PHONE:phone} (landline) or the grandson {PHONE:phone}.", ["home-health", "family"]),
("PCA eval for {NAME:p1.full} scheduled {DATE:date.s} through {agency}. Pt's cell is {PHONE:phone}, speaks {lang} only — need interpreter.", ["home-health"]),
("Meals on Wheels referral: {NAME:p1.full}, {ADDRESS:addr}, start date {DATE:date.s}, diabetic diet", ["home-health", "referral"]),
("The O2 company says the concentrator at {NAME:p1.last}'s house (SN {DEVICE_ID:serial}) was never picked up after {p1.he} died {DATE:date.s}. Wife wants it gone.", ["dme", "family"]),
("Hearing aid left in the ED for pt {NAME:p1.full}. Phonak serial {DEVICE_ID:serial}. Security has it.", ["dme"]),
("{NAME:p1.full}'s PCA {NAME:p2.full} is {p1.his} paid caregiver through the MassHealth PCA program — {p2.he} can be reached at {PHONE:phone}", ["home-health", "family"]),

# --- forwarded emails / snippets
("---------- Forwarded message ----------\nFrom: {NAME:p2.full} <{EMAIL:p2.email}>\nSubject: my mother {NAME:f1.full}\n\nPlease call me before you send her anywhere. She lives with me at {ADDRESS:addr}.", ["multiline", "forwarded", "family"]),
("Fwd from intake:\n\"Caller {NAME:f2.full} states her father {NAME:m1.full} (DOB {DATE:dob}) was discharged without his meds. Callback {PHONE:phone}.\"", ["multiline", "forwarded", "complaint"]),
("Copying from the referral fax:\nPatient: {NAME:p1.upper}\nDOB: {DATE:dob}\nSS#: {SSN:ssn}\nIns: {payer} {HEALTH_PLAN_ID:hpid}\nEmergency contact: {NAME:p2.full} {PHONE:phone}", ["multiline", "forwarded", "structured"]),
("from the {fac} admissions email:\n> We cannot accept {NAME:p1.full}. Reason: behaviors documented on {DATE:date.s}. Please contact {EMAIL:bizemail} with questions.", ["multiline", "forwarded", "placement", "business-contact"]),
("Patient relations forwarded this: '{NAME:m2.full} here, I am the son of {NAME:p1.full} in {room}. Nobody has called me back in 3 days. My number is {PHONE:phone}.'", ["forwarded", "complaint", "family"]),

# --- obfuscated / evasion
("her SSN is {SSN:ssn.plain} — sorry, no dashes on the form", ["evasion", "structured"]),
("callback for the wife: {PHONE:phoneobf}", ["evasion", "family"]),
("nephew's email {EMAIL:emailobf} (he spells it out like that so spam bots don't get it)", ["evasion", "family"]),
("pt is {AGE:age.w} and sharp as a tack, wants to go home to {ADDRESS:town}", ["evasion", "age"]),
("SSN {SSN:ssn.fw} copied from the scanned card, looks weird but it's right", ["evasion", "fullwidth"]),
("mrn {MRN:mrn} / ph {PHONE:phoneobf.zw} for {NAME:p1.llast} — pasted from the fax OCR", ["evasion", "zero-width", "lowercase"]),
("daughter said the number is {PHONE:phoneobf.spell}, she read it to me twice", ["evasion", "family"]),
("Medicare card # {HEALTH_PLAN_ID:mbi.dash} / SSN {SSN:ssn.mixed} (the old card uses the SSN)", ["evasion", "structured"]),

# --- ages over 89
("{AGE:age} y/o woman from {ADDRESS:town}, {dx}, daughter {NAME:f2.first} wants her closer to home", ["age"]),
("Pt turns {AGE:age} next week, family asking if we can do a cake before she goes to {fac} 🎂", ["age", "emoji"]),
("{NAME:p1.full} ({AGE:age}) and {p1.his} wife ({yage}) both admitted, want to go to the same SNF", ["age", "family"]),
("our oldest pt on the unit is {AGE:age}, {NAME:p1.last}, and the SNF says {p1.he}'s 'too complex'", ["age", "placement"]),

# --- addresses, more contexts
("Home safety eval at {ADDRESS:addr} on {DATE:date.s}. Note from OT: 14 steps, no railing.", ["home-health"]),
("pt is homeless but uses {ADDRESS:pobox}, {ADDRESS:town} for mail. Shelter bed at {fac} not available.", ["homeless"]),
("Correct ZIP for {NAME:p1.last} is {ADDRESS:zip}, the VNA rejected the referral because we had the hospital ZIP", ["records", "zip-like"]),
("{NAME:p1.full} moved in with {p1.his} son at {ADDRESS:street} in {ADDRESS:town} — update the face sheet please", ["records"]),
("Lives in {ADDRESS:town} with wife, 2nd floor walk-up. Admitted {DATE:date.s} for {dx}. Wants home. {NAME:p1.last}.", []),
]

PHI += [
# --- names that look like words, nicknames, particles
("{NAME:n1.full} ({NAME:n1.nick}) asked for the chaplain before transfer to {fac}", ["nickname"]),
("Goes by {NAME:n1.nick}, legal name {NAME:n1.fml}. Please use {NAME:n1.nick} when you call.", ["nickname"]),
("Pt {NAME:hopename} on 4N — yes that's her name — daughter {NAME:f2.full} is HCP", ["hard", "word-name"]),
("{NAME:willname1} in {room} wants to leave. {NAME:willname1} says he will sign out AMA if the ride isn't here by {time}.", ["hard", "word-name", "escalation"]),
("Mr. {NAME:m1.last} (patient, not Dr. {s1.last}) is the one going to {fac}", ["hard", "surname-only"]),
("Ms. {NAME:f1.last}'s granddaughter {NAME:f2.first} is the only one who answers — {PHONE:phone}", ["family", "nickname"]),

# --- chatty / informal voices
("ok so {NAME:p1.first} in {room} (the sweet one with the crossword) finally said yes to rehab!! {fac} has a bed {wkday}", ["chatty"]),
("ugh. {NAME:p1.last} family again. the son wants a private room at the SNF and won't pay the {money}. can someone else take the call lol", ["chatty", "complaint"]),
("lol the pt gave me {p1.his} cell to 'call her when the bus comes' — {PHONE:phone} — {NAME:p1.first} is a character", ["chatty"]),
("sooo {NAME:p1.lower} is back. readmit #3 since {DATE:date.s}. same SNF, same issue 🙃", ["chatty", "lowercase", "emoji"]),
("honestly the {NAME:p2.last} daughters are amazing, they built a ramp at {ADDRESS:street} over the weekend so mom could come home", ["chatty", "family"]),

# --- formal
("Dear colleagues, please be advised that {NAME:p1.full} (MRN {MRN:mrn}) has been designated as a restricted-access patient. "
 "All inquiries from {NAME:p2.full} should be routed to Patient Relations.", ["formal", "vip"]),
("Per hospital policy {policy}, the legal guardian for {NAME:p1.full} is {NAME:p2.full} of {ADDRESS:addr}, appointed by the Probate Court on {DATE:date.y}.", ["formal", "guardianship"]),
("Summary of care conference held today for {NAME:p1.full}. Attendees: {NAME:p2.full} (spouse), {NAME:m3.full} (son, HCP), Dr. {s1.last}, {s2.full} (PT), and myself. "
 "Plan: SNF at {fac}, anticipated discharge {DATE:date.s}.", ["formal", "family"]),
("To whom it may concern: {NAME:p1.full}, date of birth {DATE:dob.long}, was an inpatient at our facility from {DATE:date.s} to {DATE:date.y}.", ["formal", "records"]),

# --- records / ROI
("ROI request from the lawyer for {NAME:p1.full}, dates of service {DATE:date.s} through {DATE:date.s}. HIM says send to {EMAIL:bizemail}.", ["records", "business-contact"]),
("someone put {NAME:p1.full}'s discharge summary in {NAME:p2.full}'s chart. MRNs {MRN:mrn} and {MRN:mrn}. privacy officer notified.", ["records", "escalation"]),
("Guarantor acct {ACCOUNT_NUMBER:har} for {NAME:m2.full} (pt's husband) — he wants an itemized bill for {NAME:p1.first}'s stay", ["records", "family"]),

# --- multiple values / lists
("phones on file for {NAME:p1.last}: {PHONE:phone}, {PHONE:phone}, {PHONE:phone} — all disconnected. APS?", ["aps"]),
("HCP: {NAME:p2.full} {PHONE:phone}\nAlt: {NAME:p3.full} {PHONE:phone}\nPCP: Dr. {s1.full}", ["multiline", "family"]),
("Two pts named {NAME:p1.last} on {unit}! {NAME:p1.full} MRN {MRN:mrn} vs {NAME:p2.first} {NAME:p1.last} MRN {MRN:mrn}. NAME ALERT flag on both pls", ["hard", "records"]),
("DOBs for the twins in NICU follow-up — kidding, it's the {NAME:p1.last} sisters on 6S: {DATE:dob} and {DATE:dob}", ["hard"]),

# --- employee-health / colleague as patient
("Our case manager {NAME:p1.full} is out — {p1.he}'s actually admitted here. Please cover {p1.his} pts and don't look in {p1.his} chart.", ["hard", "employee-health"]),
("Employee health case: {NAME:p1.full}, RN on {unit}, needle-stick {DATE:date.s}. Follow-up labs due {DATE:date.s}.", ["employee-health"]),

# --- misc
("{NAME:p1.full} — speaks {lang} only, son {NAME:m2.first} interprets but we need a certified interpreter for the dc teaching on {DATE:date.s}", ["family"]),
("The Pt's dog is home alone at {ADDRESS:addr}. Neighbor {NAME:p2.full} ({PHONE:phone}) has a key. Animal control called twice.", ["family"]),
("VA benefits: {NAME:p1.full} served in Korea, VA ID {HEALTH_PLAN_ID:member}, wants the CLC in Bedford", ["structured"]),
("Can someone pull {NAME:p1.last}'s discharge date? I have {DATE:date.s} but the SNF thinks {DATE:date.s}", []),
("Pt {NAME:p1.full} fell on {DATE:date.s} at {fac} and was sent back to us. Their DON called, wants our notes.", ["incident"]),
("late entry: {NAME:p1.last} expired {DATE:date.s} at 0412. Family ({NAME:p2.full}) notified, funeral home {s1.last} & Sons will pick up.", ["hard"]),
]

PHI += [
# --- thinner types: cards, IPs, licences, URLs, vehicles
("private-pay ambulette for {NAME:p1.last}: daughter wants to pay w/ her card {CREDIT_CARD:card}, exp 08/27. who in PFS can run it?", ["money", "transport"]),
("pls scrub this from the thread — {NAME:f2.full} pasted her card # ({CREDIT_CARD:card}) for the SNF bed-hold deposit", ["money", "escalation"]),
("The Dept card {CREDIT_CARD:card} was used for {NAME:p1.full}'s cab home — finance needs the receipt", ["money", "transport"]),
("telehealth f/u for {NAME:p1.full} keeps dropping; IT sees the family's router at {IP_ADDRESS:ip}, asked them to move closer to it", ["home-health"]),
("remote monitoring hub for {NAME:p1.last} (serial {DEVICE_ID:serial}, IP {IP_ADDRESS:ip}) offline since {DATE:date.s}", ["home-health", "dme"]),
("guardian {NAME:p2.full} showed ID at the desk — MA DL {LICENSE_NUMBER:dl} — copy is in the guardianship folder", ["guardianship"]),
("home infusion RN for {NAME:p1.last} is {s1.full}, RN lic # {LICENSE_NUMBER:lic}, from {agency}", ["home-health", "credentialing"]),
("son's pickup truck {VEHICLE_ID:plate} is blocking the ambulance bay, he's up with {NAME:p1.first} in {room}", ["transport"]),
("MyChart proxy link for {NAME:p2.full} to see {p2.his} dad's chart: {URL:portal}", ["records", "family"]),
("can someone check why {URL:portal} shows {NAME:p1.full}'s AVS to the wrong proxy?", ["records", "escalation"]),
("{NAME:p1.full} (the pt, not our RN with the same name) needs an interpreter for the SNF tour {DATE:date.s}", ["hard"]),
("ok listing for weekend CM: {NAME:p1.lower} mrn {MRN:mrn} — {fac} — auth pending; {NAME:p2.lower} mrn {MRN:mrn} — home {DATE:date.s}", ["lowercase", "hard"]),
]

# ---------------------------------------------------------------- clean frames (no spans)
CLEAN = [
# --- staff, execs, vendors in business context
("move my {time} with {s1.first} to {time}, I'm stuck in a family meeting", ["bot", "calendar"]),
("@carebot book the small conf room for {s1.full} and me {wkday} {time}-{time}", ["bot", "calendar"]),
("can someone cover {s1.first}'s pts on {unit} today? {s1.he}'s at the {payer} provider summit", ["calendar"]),
("Welcome {s1.full} to the case management team! {s1.hec} comes to us from {fac} and will cover {unit}.", ["staff"]),
("{s1.full} (our {exec}) wants the avoidable-days report by {wkday}. {s2.first}, can you pull it?", ["exec-name", "deadline"]),
("The {dme} rep, {s1.full}, will be onsite {wkday} to in-service us on the new {equip} ordering workflow.", ["vendor"]),
("Thanks Dr. {s1.last} for jumping on the P2P so fast yesterday, huge win for the team", ["staff"]),
("{s1.first} and {s2.first} are swapping weekends, {s3.first} is on call Saturday. pager {ext}", ["calendar", "ext"]),
("Shout-out to {s1.full} who placed {cnt} long-stay patients this month 🎉", ["staff", "emoji"]),
("Reminder: {s1.full} from {agency} is presenting at Thursday's post-acute huddle. Bring questions about their new wound program.", ["vendor", "calendar"]),
("hey {s1.lfirst} did you ever hear back from the {fac} liaison about the bed hold policy?", ["lowercase"]),
("FYI {s1.full} is the new admissions director at {fac}, replacing {s2.full}. Same extension at their end.", ["vendor"]),
("Dr. {s1.last} and Dr. {s2.last} are co-chairing the readmissions committee this year.", ["staff"]),
("{s1.full}, RN, is our new weekend CM. Please loop {s1.him} in on anything pending for Saturday.", ["staff"]),
("<@U03ABCD12> can you add {s1.first} to the #cm-placements channel?", ["slack-markup"]),
("The {exec}, {s1.full}, will join the {wkday} huddle to talk about length-of-stay targets.", ["exec-name"]),
("Board member {s1.full} toured {unit} today with {s2.full} from the foundation. They loved the discharge lounge.", ["exec-name", "donor"]),
("our Joint Commission surveyor this week is {s1.full}; {s1.he} may ask CMs about the IMM notice process", ["visitor"]),
("Interpreter services: {s1.full} is the Khmer interpreter on days this week, {ext}", ["ext"]),
("{s1.full} (SW) and {s2.full} (CM) are the dyad for {unit} starting {wkday}.", ["staff"]),

# --- facility / office addresses, extensions
("New CM office is at {facaddr}. Parking in the Page St garage.", ["facility-address"]),
("{fac} moved! New address: {facaddr}. Update your referral templates.", ["facility-address"]),
("Post-acute network meeting will be at {facaddr}, {wkday} at {time}. Lunch provided by {dme}.", ["facility-address", "calendar"]),
("Send all courier packets to the HIM office, {facaddr}, attn: release of information.", ["facility-address"]),
("Our Methuen site CM team is short-staffed this week, can anyone float?", ["zip-like"]),
("Main CM line is {ext} internally; after hours page the on-call through the operator.", ["ext"]),
("Lowell and Lawrence campuses are merging their CM huddles starting next month.", ["facility"]),
("the new {agency} office is on Grant St in Haverhill, they asked if we want a site visit", ["word-name", "facility"]),
("Remember the courier picks up at the loading dock, {facaddr}, not the main lobby.", ["facility-address"]),
("{fac} is at {facaddr} — they're 12 min from us so families like it", ["facility-address"]),

# --- dates of meetings / deadlines / policies
("Care management staff meeting moved to {mdate.s} at {time} in the Riverside room.", ["calendar"]),
("Deadline for the CMS discharge-planning attestation is {mdate.y}. Please finish the module.", ["deadline"]),
("Policy {policy} (Discharge Planning) revised, effective {mdate.y}. Key change: IM notice timing.", ["policy", "calendar"]),
("Q3 avoidable days: {cnt}% down from Q2. FY2026 target is 12%.", ["fiscal"]),
("Open enrollment ends {mdate.s}. HR says no extensions this year.", ["deadline"]),
("PTO requests for the holiday weeks due by {mdate.s}, please.", ["deadline", "calendar"]),
("Retreat is {mdate.s}, {time}–4pm. Agenda: LOS, denials, and the new SNF preferred network.", ["calendar"]),
("the {payer} contract renews {mdate.y}, managed care says the auth turnaround terms are changing", ["contract", "calendar"]),
("{wkday} {mdate.s}: fire drill on {unit} at {time}, please don't schedule family meetings then", ["calendar"]),
("Interviews for the CM II position: {mdate.s} and {mdate.s}. {s1.first} and I are on the panel.", ["calendar"]),

# --- numbers that are not identifiers
("Epic upgrade to {ver} goes live {wkday} night. The discharge navigator layout changes.", ["version"]),
("ticket {ticket} opened for the referral portal outage, IT says ETA 2 hrs", ["ticket"]),
("PO {po} approved for the new transport contract, {money} for the quarter", ["po", "money"]),
("The SNF medical director's NPI is {npi} — credentialing only needs that, not the license", ["npi"]),
("Reminder: bill 99239 for discharge day management over 30 min, 99238 is 30 min or less", ["cpt", "word-name"]),
("ICD {icd} isn't enough for the SNF auth, they want the functional scores", ["icd"]),
("Print job {printjob} is stuck on the 5W printer again.", ["ticket"]),
("Cost center {cc} is for CM travel, not for patient transport vouchers.", ["money"]),
("Invoice {inv} from {transport} — {money} for last month's wheelchair vans, needs my approval", ["money", "vendor"]),
("Zoom for the P2P prep: meeting ID {zoom}, passcode in the invite", ["zoom"]),
("We had {cnt} discharges before noon yesterday, best day this quarter 💪", ["emoji"]),
("Room {rnum} is the new family consult room, bookable in Outlook", ["room"]),
("{cnt} pts on the avoidable days list, {few} waiting on guardianship, {few} on Medicaid pending", ["counts"]),
("ALOS for {unit} is {alos} days vs target of 4.8", ["counts"]),
("patients 90+ are {cnt}% of our SNF referrals this year, up from last year", ["age-aggregate"]),
("2 pts over 90 on 6S today, both need SNF — FYI for bed huddle", ["age-aggregate"]),
("the 90-day readmission penalty report is out; our rate is {few}.1%", ["age-aggregate"]),
("new hire checklist v{cnt}.2 is in the SharePoint, replace the old one", ["version"]),
("Dialing {ext} goes straight to the weekend CM now, the old after-hours line is retired", ["ext"]),
("Our group number with the transport broker is {group} — it's the same for all patients", ["group"]),
]

CLEAN += [
# --- words that look like names
("Will page you when the auth comes back", ["word-name"]),
("I will grant that the SNF list is short, but we still need 3 choices from the family", ["word-name"]),
("Hope House has 2 respite beds open this week, faith-based but they take everyone", ["word-name", "facility"]),
("Can someone mark the PASRR task complete? Chase the Level II if it's not back by {time}.", ["word-name"]),
("the Rose Garden liaison will page us when the bed is ready", ["word-name", "facility"]),
("Bill Medicare for the 2nd IM? No — it's not billable, just document it.", ["word-name"]),
("Grant update: the transitional care grant was renewed for 2 more years, {bigmoney}", ["word-name", "money"]),
("pls page the on-call CM, I'm going to the Faith Community hospice open house", ["word-name"]),
("Mark your calendars — Hope Street office closes early {wkday}", ["word-name", "calendar"]),
("the bill for the chair van went to the wrong cost center again, chase it with AP?", ["word-name", "lowercase"]),
("Page 3 of the SNF packet is the face sheet; page 4 is the MAR. Don't forget both.", ["word-name"]),
("Will do! Grant me 10 min to finish the Medicaid app and I'll call the facility", ["word-name"]),
("Hope so. Faith in the process is low after the last 3 denials lol", ["word-name", "chatty"]),
("Rose, Grant and Chase streets are closed for the marathon Sunday, transport pickups will be late", ["word-name", "transport"]),
("The grant-funded Bridge program takes pts who'll be homeless at dc", ["word-name"]),

# --- MRN / SSN as topics, last-4, aggregates
("Reminder: never put full MRNs in Teams, use initials and room only", ["mrn-topic", "hipaa"]),
("Does the SNF portal need the 10-digit MRN or the old 8-digit one?", ["mrn-topic"]),
("MassHealth apps now require the SSN upload in the portal, not by fax. HIPAA training updated.", ["ssn-topic", "hipaa"]),
("the family only had the last 4 of her SSN (6620), so the Medicaid app is on hold", ["ssn-topic", "last-4"]),
("MRN merge requests go through HIM, ticket type 'duplicate record', not to us", ["mrn-topic"]),
("Card ending 4417 is the dept card for cab vouchers, expires 09/27", ["money"]),
("SSN field in the referral portal is now optional per compliance", ["ssn-topic"]),
("We got {cnt} denials last month; about a third overturned on P2P. {payer} was the worst.", ["counts", "denial"]),
("census by age band: 18-64 {cnt}, 65-89 {cnt}, 90+ {cnt}. The 90+ group drives most of our SNF delays.", ["age-aggregate", "counts"]),
("reminder that anyone 65+ with Medicare A gets the IM notice, no exceptions", ["age-aggregate"]),

# --- anonymised case talk (no identifiers)
("pt in {room} is 78, lives alone, {dx}. Any SNF taking {payer} with a bed this week?", ["placement"]),
("bed 12 needs a {equip} before dc, {dme} can deliver {wkday}", ["dme"]),
("anyone know if {fac} takes pts on {med}? asking for a 4N pt", ["placement"]),
("Got a 62 y/o on {unit} with no insurance, who do I call in financial counseling?", []),
("the guy in the corner room on 7T wants to go home on a {equip}, PT says no way", ["chatty"]),
("For trach/vent pts: {fac} and {fac} only. Everyone else declines.", ["placement"]),
("Quick q: does {payer} require auth for home health or just SNF?", ["auth"]),
("If the family refuses all SNF offers, document it and send the 2nd choice letter. Don't hold the bed.", ["policy"]),
("APS referrals: use the online form, not fax. Same-day for emergencies.", ["aps"]),
("Guardianship: if there's no family, Probate wants the medical certificate done within 30 days of the hearing", ["guardianship"]),

# --- bot requests, no PHI
("@carebot what's on my calendar {wkday}?", ["bot", "calendar"]),
("/carebot remind me at {time} to call {fac} about bed availability", ["bot"]),
("bot, summarize today's #cm-placements channel", ["bot"]),
("carebot: find a 30 min slot with {s1.full} and {s2.full} next week", ["bot", "calendar"]),
("hey bot can you pull the denial trend for {payer} for Q2", ["bot", "denial"]),
("move my 3pm with Grant to 4 pls", ["bot", "word-name", "calendar"]),
("cancel the {time} huddle, half the team is at the {agency} in-service", ["bot", "calendar"]),
("@carebot who's the on-call CM tonight?", ["bot"]),
("set a reminder for the {mdate.s} deadline on the LOS audit", ["bot", "deadline"]),
("bot pls file an IT ticket: referral portal keeps logging me out, version {ver}", ["bot", "version", "ticket"]),
]

CLEAN += [
# --- long Teams messages about process
("Hi team — a few reminders after yesterday's denials review:\n1. Send clinicals to {payer} by noon or the auth rolls to the next day.\n"
 "2. P2P requests go through Dr. {s1.last}'s office, {ext}.\n3. Document every family refusal.\nThanks, {s2.first}", ["multiline", "ext", "denial"]),
("Good afternoon. As of {mdate.y}, all SNF referrals must go out through the portal ({ver}). Faxed referrals will not be tracked. "
 "{s1.full} from IT will hold office hours {wkday} at {time} in room {rnum}.", ["version", "calendar"]),
("Sharing notes from the post-acute partners meeting:\n• {fac} opening a 20-bed dementia unit\n• {fac} losing their Medicare star rating\n"
 "• {agency} now staffs weekends\n• {dme} will stop same-day O2 delivery after 4pm", ["multiline", "vendor"]),
("I know everyone is exhausted. We've had {cnt} pts waiting more than 30 days for placement and the {exec} is asking daily. "
 "I've asked {s1.full} to set up a standing escalation call with the payers. If you have a stuck case, put the room number (not the name) on the tracker.", ["escalation", "exec-name"]),
("Forwarded from {s1.full} ({exec}):\n> Team, thanks for the hard work in Q4. Avoidable days down 18%. Let's keep the momentum into FY2027.", ["multiline", "forwarded", "exec-name", "fiscal"]),
("FYI from compliance: the updated {policy} says you may not text patient names to vendors. Use the secure referral portal. Training due {mdate.s}.", ["hipaa", "policy", "deadline"]),
("*Weekend coverage*\n• Sat: {s1.first}\n• Sun: {s2.first}\n• Backup: {s3.first} ({ext})", ["slack-markup", "multiline", "calendar", "ext"]),
("| Facility | Beds | Takes {payer}? |\n|---|---|---|\n| {fac} | {cnt} | yes |\n| {fac} | {cnt} | no |\n| {fac} | {cnt} | pending |", ["table", "multiline"]),
("`SNF_BED_BOARD` refresh failed at {time}, ticket {ticket}. Use the spreadsheet until it's fixed.", ["slack-markup", "ticket"]),
("*Reminder* :pushpin: transport vouchers are in the top drawer, sign them out with your badge #", ["slack-markup", "emoji"]),
("Q: does the IM notice need a witness signature if the pt can't sign?\nA: yes, document the witness and the reason. See {policy}.", ["multiline", "policy"]),
("Dear all,\n\nPlease welcome our new post-acute liaison, {s1.full}. {s1.hec} will sit with us on Tuesdays and Thursdays.\n\nBest,\n{s2.full}\nDirector, Care Management", ["multiline", "formal", "staff"]),
("---------- Forwarded message ----------\nFrom: {s1.full}, {fac} Admissions\nSubject: bed availability\n\nWe have {cnt} male and {cnt} female beds open as of this morning. Trach capable: no.", ["multiline", "forwarded", "vendor"]),
("summary of today's bed huddle: {cnt} dcs done, {cnt} pending transport, {cnt} pending auth, {cnt} with no dispo. thx all", ["lowercase", "counts"]),
("the {transport} contract gives us {cnt} free rides/month for pts without coverage, after that it's {money}", ["money", "transport"]),

# --- lower case, typos, terse
("any1 have the new SNF list? the one on sharepoint is from last yr", ["lowercase", "typo"]),
("pls dont schedule dc's after 6pm, transport cant do it", ["lowercase", "typo"]),
("auth portal down agian 🙄", ["typo", "emoji"]),
("who has the key to the CM supply closet", ["lowercase"]),
("brb, in the {fac} meeting til {time}", ["lowercase", "calendar"]),
("lunch in the conf rm, {dme} brought pizza", ["lowercase", "vendor"]),
("ty {s1.lfirst}!!", ["lowercase"]),
("does anyone know the fax cover sheet template for the SNF referrals? the old one has the wrong logo", ["records"]),
("ok who took my stapler", ["chatty"]),
("heads up: badge readers on 4N are down, use the back door", []),

# --- policy / ticket / ids that are organisational
("The transport vendor's order # is {po}, not the pt's account number — please don't put it in the HAR field", ["po", "hard"]),
("contract # {contract} with {agency} expires {mdate.y}; purchasing wants our volume numbers", ["contract", "ticket"]),
("RITM for the new CM laptops: {ritm}. {s1.first} is tracking.", ["ticket"]),
("Joint Commission standard PC.04.01.05 is the discharge planning one, fyi for the tracer", ["policy"]),
("The SNF 3-day rule waiver applies to {payer} only. Check the payer grid, row {cnt}.", ["policy"]),
("CPT 99495 and 99496 are the TCM codes the clinic uses — not our problem, but they keep asking", ["cpt"]),
("The new discharge checklist ({ver}) removed the DME section; {s1.first} is fixing it", ["version"]),
("The 01852 ZIP is the hospital's, the system defaults to it when a referral address is blank", ["zip-like", "facility-address"]),
("IT says the referral printer is asset tag MED-{cnt}77, not a serial — log it that way", ["asset-tag"]),
("Our NPI for the DME orders is the hospital's group NPI, {npi}. Don't use individual ones.", ["npi"]),
]

# ---------------------------------------------------------------- assembly
N_PHI, N_CLEAN = 385, 315
STRUCT = {"MRN", "SSN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID",
          "IP_ADDRESS", "CREDIT_CARD"}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:[a-z_]+:")
MARKUP = re.compile(r"<@U|<mailto:|<tel:|`|(^|\s)\*\S|(^|\s)_\S|~\S|^>|\n>|^• |\n• ")

def no_stray_copies(text, spans):
    """a labelled value must not also appear unlabelled elsewhere as a whole word"""
    iv = [(st, st + len(val)) for typ, val, st in spans]
    for typ, val, st in spans:
        for m in re.finditer(r"(?<![^\W_])" + re.escape(val) + r"(?![^\W_])", text):
            if not any(a <= m.start() and m.end() <= b for a, b in iv):
                return False
    return True

HARD_NEG = {"calendar", "money", "ticket", "po", "version", "npi", "cpt", "icd", "hipaa", "zip-like", "ext",
            "age-aggregate", "facility-address", "exec-name", "mrn-topic", "ssn-topic", "word-name", "vendor", "staff",
            "deadline", "policy", "contract", "fiscal", "zoom", "group", "asset-tag", "last-4", "visitor", "donor",
            "room", "counts"}

def auto_tags(text, spans, frame_tags):
    tags = [t for t in frame_tags]
    types = {s[0] for s in spans}
    for t, tag in (("NAME", "name"), ("DATE", "date"), ("AGE", "age"), ("PHONE", "phone"), ("EMAIL", "email"),
                   ("ADDRESS", "address"), ("URL", "url"), ("SSN", "ssn"), ("MRN", "mrn"),
                   ("HEALTH_PLAN_ID", "health-plan-id"), ("ACCOUNT_NUMBER", "account"),
                   ("LICENSE_NUMBER", "license"), ("VEHICLE_ID", "vehicle"), ("DEVICE_ID", "device"),
                   ("IP_ADDRESS", "ip"), ("CREDIT_CARD", "credit-card")):
        if t in types: tags.append(tag)
    if types & STRUCT: tags.append("structured")
    if "\n" in text: tags.append("multiline")
    if MARKUP.search(text): tags.append("slack-markup")
    if EMOJI.search(text): tags.append("emoji")
    letters = [c for c in text if c.isalpha()]
    if letters and all(not c.isupper() for c in letters): tags.append("lowercase")
    tags.extend(sorted(CUR_TAGS))
    tags.append("phi" if spans else "clean")
    seen, out = set(), []
    for t in tags:
        if t not in seen and t != "hard":
            seen.add(t); out.append(t)
    if "hard" in frame_tags and spans:
        out.append("hard-phi")
    if not spans and set(out) & HARD_NEG:
        out.append("hard-negative")
    return out

def plan(frames, n):
    """round-robin over shuffled frames; a frame without placeholders is used once only"""
    order = list(range(len(frames))); rnd.shuffle(order)
    fixed = {i for i in order if not PH.search(frames[i][0])}
    uses, seq = {i: 0 for i in order}, []
    while len(seq) < n:
        progressed = False
        for i in order:
            if len(seq) >= n: break
            if i in fixed and uses[i] >= 1: continue
            uses[i] += 1; seq.append(i); progressed = True
        if not progressed: raise SystemExit("not enough frames")
    return seq, uses

def build(frames, n, want_phi, seen_texts):
    seq, uses = plan(frames, n)
    items = []
    for i in seq:
        tpl, ftags = frames[i]
        for attempt in range(200):
            text, spans = render(tpl)
            if want_phi and not spans: raise SystemExit("PHI frame without spans: " + tpl)
            if not want_phi and spans: raise SystemExit("clean frame with spans: " + tpl)
            if text in seen_texts: continue
            if not valid(text, spans): continue
            if not no_stray_copies(text, spans): continue
            break
        else:
            raise SystemExit("could not render: " + tpl)
        seen_texts.add(text)
        items.append({"text": text,
                      "spans": [{"type": t, "value": v} for t, v, _ in spans],
                      "tags": auto_tags(text, spans, ftags), "frame": i, "phi": want_phi})
    return items, uses

def main():
    seen = set()
    phi_items, phi_uses = build(PHI, N_PHI, True, seen)
    clean_items, clean_uses = build(CLEAN, N_CLEAN, False, seen)
    allitems = phi_items + clean_items
    rnd.shuffle(allitems)
    with open(OUT, "w", encoding="utf-8") as f:
        for k, it in enumerate(allitems, 1):
            rec = {"id": "ih-%04d" % k, "text": it["text"], "spans": it["spans"], "tags": it["tags"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("frames: %d PHI + %d clean = %d" % (len(PHI), len(CLEAN), len(PHI) + len(CLEAN)))
    print("max uses per frame: PHI %d, clean %d" % (max(phi_uses.values()), max(clean_uses.values())))
    print("wrote %d messages (%d PHI, %d clean) to %s" % (len(allitems), len(phi_items), len(clean_items), OUT))

if __name__ == "__main__":
    main()
