#!/usr/bin/env python3
"""Corpus generator, prefix io.

Persona: the charge nurse and the social worker of an outpatient dialysis unit
(chair schedules, transport and ride vouchers, transplant referrals, access
problems, missed treatments, families, interpreters, home dialysis supplies).

Standard library only, fixed seed.  Writes generated_io.jsonl next to itself in
the raw format of check_phi_corpus.py:
  {"id": "io-0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}

Template mini-language used by the frames below:
  [[TYPE:expr]]  a PHI span of TYPE whose value is expr
  {expr}         a filler that is NOT PHI
  expr           person.attr  (p1..p4 patients, r1..r2 relatives, s1..s4 staff,
                               e1..e2 executives, v1..v2 vendor reps)
                 or generator[#key]  (#key re-uses the same drawn value)
                 optional suffix !l (lower) !u (upper) !c (capitalise)
"""
import json, os, random, re, unicodedata

SEED = 4172025
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_io.jsonl")
N_PHI, N_CLEAN = 385, 315

# ----------------------------------------------------------------- names
# origin: (male given names, female given names, surnames); "_" = space
NAMES = {
 "hispanic": (
  "José Luis Carlos Miguel Francisco Ignacio Jesús Rafael Héctor Ramón Alejandro Efraín Rigoberto",
  "María Guadalupe Dolores Carmen Rosa Lucía Marisol Yesenia Maribel Altagracia Esperanza Inés Xiomara",
  "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez "
  "Díaz Reyes Morales Ortiz Gutiérrez Chávez Vázquez de_la_Cruz del_Rosario García-López Rivera-Ortiz "
  "Santiago Colón Figueroa Báez"),
 "african_american": (
  "DeShawn Tyrone Marcus Darnell Jamal Terrence Reginald Cedric Andre Willie Lamont Jerome Otis",
  "Keisha LaToya Shanice Tamika Ebony Aaliyah Latrice Gwendolyn Bernice Odessa Imani Deja Shirley",
  "Washington Jefferson Jackson Johnson Williams Brown Robinson Coleman Banks Freeman Gaines Mosley "
  "Hairston Pettiford Battle Jenkins Dorsey"),
 "west_african": (
  "Oluwaseun Chukwuemeka Kwame Kofi Ibrahim Mamadou Olumide Emeka Babajide Yaw Ousmane Tunde",
  "Ngozi Adaeze Abena Funmilayo Chiamaka Aminata Fatoumata Efua Oluwatoyin Yetunde Akosua Nneka",
  "Okafor Adeyemi Mensah Boateng Diallo Traoré Owusu Nwosu Okonkwo Asante Balogun Eze Ndiaye "
  "Mensah-Boateng Oyelaran Nkemelu N'Diaye"),
 "east_african": (
  "Abdi Tesfaye Dawit Yohannes Bereket Mohamed Kiprono Juma Mesfin Haile",
  "Hodan Amina Selamawit Tigist Fartun Wanjiru Asha Meron Halima Nyokabi",
  "Abdullahi Hassan Gebremedhin Warsame Mwangi Kiplagat Otieno Abebe Mohamud Wolde Kamau"),
 "south_asian": (
  "Venkatesh Srinivas Rajendra Arjun Sanjay Harpreet Imran Mohammed Rakesh Amitabh Prakash Gurdeep",
  "Priya Lakshmi Sunita Anjali Meera Parveen Harleen Kavya Nasreen Deepa Shobha Rukhsana",
  "Patel Shah Reddy Iyer Sharma Singh Gill Chaudhry Krishnan Bhattacharya Desai Nair Qureshi "
  "Mukherjee Rao Sandhu Venkataraman"),
 "east_asian": (
  "Wei Jun Hiroshi Kenji Min-jun Sung-ho Jian Takeshi Hao Dong-hyun Zhiwei Yusuke",
  "Mei Yuki Keiko Ji-woo Soo-jin Xiu Ying Hana Eun-ji Fumiko Lan Xiaoling",
  "Chen Wang Zhang Liu Kim Park Choi Tanaka Suzuki Watanabe Huang Lin Nakamura Jung Yamamoto Zhao"),
 "southeast_asian": (
  "Thanh Minh Tuan Duc Sokha Rithy Somchai Bounmy Ramil Jericho Arnel Khanh",
  "Linh Huong Thuy Sophea Chanthy Malai Maricel Rowena Ligaya Phuong Kanya Dalisay",
  "Nguyễn Tran Pham Huynh Dang Sok Chea Phommachanh Bautista Villanueva Keo Vongsavath Soriano "
  "dela_Cruz Trương"),
 "middle_eastern": (
  "Ahmad Khalid Omar Youssef Tariq Samir Reza Dariush Mehmet Hassan Nabil Karim",
  "Fatima Layla Noor Yasmin Samira Maryam Shirin Leila Zeynep Rania Huda Dalia",
  "Haddad Khoury Al-Masri Rahimi Hosseini Nasser Farouk Yilmaz Demir Saleh Abboud Al-Amin Karimi "
  "Tahan Mansour"),
 "eastern_european": (
  "Władysław Aleksandr Dmitri Bogdan Tomasz Piotr Oleksandr Vasyl Miroslav Andrzej Sergei Yuri",
  "Halina Svetlana Yekaterina Olena Agnieszka Irina Bożena Ludmila Natalia Zofia Oksana Danuta",
  "Kowalski Nowak Wiśniewski Petrov Kovalenko Shevchenko Lewandowski Horvath Dąbrowski Popescu "
  "Marchenko Zielinski Sokolov Bondarenko Kaczmarek"),
 "irish": (
  "Patrick Declan Seamus Brendan Cormac Liam Kevin Dermot Michael Eamon Francis",
  "Bridget Siobhan Maureen Aoife Kathleen Nora Eileen Colleen Sinead Deirdre Margaret",
  "O'Neill O'Brien Murphy Kelly Sullivan Walsh McCarthy Doherty Callahan Fitzgerald Brennan Keane "
  "Donnelly Gallagher O'Sullivan MacNeil"),
 "italian": (
  "Giuseppe Salvatore Antonio Vincenzo Carmine Domenic Angelo Giovanni Rocco Lorenzo",
  "Concetta Carmela Rosaria Antonella Giovanna Philomena Teresa Assunta Graziella Francesca",
  "Russo Esposito Romano Colombo De_Luca Di_Stefano D'Amico Ferrara Bianchi Marino Lombardi Caruso "
  "Santoro DeMarco Grasso Vitale"),
 "native_american": (
  "Leroy Darrell Wilbur Herman Delbert Ahanu Dakota Clayton Roderick Virgil",
  "Winona Darlene Wilma Cheyenne Tahnee Loretta Verna Juanita Marlene Nizhoni",
  "Begay Yazzie Tsosie Nez Harjo Benally Attakai Cornsilk Lone_Wolf Whitehorse Two_Bulls Redhouse "
  "Skenandore Chee"),
 "pacific_islander": (
  "Sione Tevita Keoni Kalani Mosese Ioane Tavita Kainoa Pita Lopeti",
  "Malia Leilani Mele Losa Kaimana Sina Lupe Noelani Fetu Salote",
  "Fonoti Tuilagi Kealoha Kahananui Taufa Fifita Mahoe Tupou Aumua Leota Fa'amausili Palelei Kapaona"),
 "haitian": (
  "Jean-Claude Wesner Fritz Ernso Dieuseul Jacques Marc-Arthur Reynold",
  "Marie-Claude Rose-Marie Guerline Nadège Mirlande Fabienne Immacula Widlyne",
  "Pierre Joseph Jean-Baptiste Louis Charles Étienne Desrosiers Toussaint Saint-Fleur Augustin Celestin"),
 "lusophone": (
  "João Manuel Fernando Rui Paulo Tiago Edson Wellington",
  "Fernanda Conceição Rosângela Lúcia Graça Adriana Jussara",
  "dos_Santos da_Silva Oliveira Souza Pereira Medeiros Furtado Cabral Raposo Costa Tavares"),
 "anglo": (
  "William Robert Theodore Lawrence Gerald Harold Raymond Douglas Eugene Walter Richard Dale",
  "Elizabeth Deborah Judith Barbara Carol Dorothy Gail Janice Patricia Sandra Joan Beverly",
  "Van_Dyke Thompson Whitaker Prescott Hollister Greene Caldwell Abbott Pennington Sargent "
  "Lindqvist Haugen"),
 "greek_jewish": (
  "Mordechai Avi Stavros Konstantinos Nikos Hershel",
  "Rivka Miriam Eleni Despina Chaya Athena",
  "Goldberg Rosenbaum Katz Papadopoulos Pappas Kouris Feldman Levitan Georgiou"),
}
ORIGINS = sorted(NAMES)
NICK = {
 "Robert": "Bobby", "William": "Billy", "Guadalupe": "Lupe", "Francisco": "Paco", "José": "Pepe",
 "Margaret": "Peggy", "Elizabeth": "Betty", "Oluwaseun": "Seun", "Olumide": "Mide",
 "Chukwuemeka": "Emeka", "Oluwatoyin": "Toyin", "Mohammed": "Mo", "Venkatesh": "Venky",
 "Srinivas": "Srini", "Rajendra": "Raj", "Aleksandr": "Sasha", "Yekaterina": "Katya",
 "Władysław": "Władek", "Patrick": "Paddy", "Giuseppe": "Pino", "Salvatore": "Sal",
 "Concetta": "Connie", "Antonio": "Tony", "Dolores": "Lola", "Ignacio": "Nacho",
 "Theodore": "Teddy", "Deborah": "Debbie", "Lawrence": "Larry", "Babajide": "Jide",
 "Funmilayo": "Funmi", "Domenic": "Dom", "Philomena": "Mena", "Kathleen": "Kathy",
 "Reginald": "Reggie", "Gwendolyn": "Gwen", "Rosaria": "Sara", "Konstantinos": "Gus",
 "Jean-Claude": "JC", "Stavros": "Steve", "Bartholomew": "Bart", "Rigoberto": "Rigo",
 "Alejandro": "Alex", "Harold": "Hal", "Richard": "Dick", "Eugene": "Gene", "Walter": "Walt",
 "Francis": "Frank", "Michael": "Mikey", "Giovanni": "Gio", "Concepción": "Concha",
 "Immacula": "Mackie", "Marie-Claude": "Claudie", "Yetunde": "Tunde", "Abdullahi": "Abdi",
}
MIDS = "ABCDEFGHJKLMNPRSTVW"
KIN_M = ["son", "husband", "brother", "nephew", "grandson", "son-in-law", "partner", "cousin", "father"]
KIN_F = ["daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law", "partner", "cousin", "mother"]
KINOF_M = ["father", "dad", "husband", "brother", "uncle", "grandfather"]
KINOF_F = ["mother", "mom", "wife", "sister", "aunt", "grandmother"]
LANGS = {"hispanic": ["Spanish"], "african_american": ["ASL", "English"], "west_african": ["Twi", "Yoruba", "Igbo", "French", "Wolof"],
         "east_african": ["Somali", "Amharic", "Tigrinya", "Swahili"], "south_asian": ["Hindi", "Punjabi", "Gujarati", "Bengali", "Urdu", "Tamil"],
         "east_asian": ["Mandarin", "Cantonese", "Korean", "Japanese"], "southeast_asian": ["Vietnamese", "Khmer", "Lao", "Tagalog"],
         "middle_eastern": ["Arabic", "Farsi", "Turkish"], "eastern_european": ["Polish", "Russian", "Ukrainian"],
         "irish": ["ASL", "English"], "italian": ["Italian"], "native_american": ["Navajo", "ASL"],
         "pacific_islander": ["Tongan", "Samoan", "Chamorro"], "haitian": ["Haitian Creole"],
         "lusophone": ["Portuguese", "Cape Verdean Creole"], "anglo": ["ASL"], "greek_jewish": ["Greek", "Hebrew", "Yiddish"]}
VCO = {"Baxter": "baxter-renal.com", "NxStage": "nxstage-support.com", "Fresenius": "fmc-homecare.com",
       "MedTransit": "medtransit.net", "Outset": "outset-med.com", "Medline": "medline-reps.com"}


def fold(s):
    """ascii fold for e-mail addresses and URLs"""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


class Person:
    def __init__(self, r, surname=None, origin=None):
        o = origin or r.choice(ORIGINS)
        self.origin = o
        self.g = r.choice("MF")
        m, f, l = NAMES[o]
        self.first = r.choice((m if self.g == "M" else f).split()).replace("_", " ")
        if surname:
            self.last = surname
        else:
            o2 = o if r.random() < 0.8 else r.choice(ORIGINS)
            self.last = r.choice(NAMES[o2][2].split()).replace("_", " ")
        self.mi = r.choice(MIDS)
        self.num = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(40, 99))])
        self.mail = r.choice(["gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "aol.com",
                              "icloud.com", "outlook.com", "verizon.net"])
        self.estyle = r.randint(0, 4)
        self.hon = "Mr." if self.g == "M" else r.choice(["Ms.", "Mrs.", "Ms."])
        self.kin = r.choice(KIN_M if self.g == "M" else KIN_F)        # this relative's relation to the patient
        self.kinof = r.choice(KINOF_M if self.g == "M" else KINOF_F)  # this patient's relation to the writer
        self.lang = r.choice(LANGS[o])
        self.co = r.choice(sorted(VCO))

    def attr(self, a):
        f, l = self.first, self.last
        he = self.g == "M"
        if a == "first": return f
        if a == "last": return l
        if a == "full": return f + " " + l
        if a == "mid": return "%s %s. %s" % (f, self.mi, l)
        if a == "fl": return f[0] + ". " + l
        if a == "fli": return f[0] + l            # e.g. JOkafor style handle is not used for PHI
        if a == "lf": return l + ", " + f
        if a == "inv": return "%s, %s %s" % (l.upper(), f.upper(), self.mi)
        if a == "init": return f[0] + "." + l.replace("de la ", "").replace("dela ", "")[0].upper() + "."
        if a == "nick": return NICK.get(f, f)
        if a == "hon": return self.hon
        if a == "he": return "he" if he else "she"
        if a == "He": return "He" if he else "She"
        if a == "his": return "his" if he else "her"
        if a == "him": return "him" if he else "her"
        if a == "son": return "son" if he else "daughter"
        if a == "bro": return "brother" if he else "sister"
        if a == "hus": return "husband" if he else "wife"
        if a == "email":  # personal e-mail
            ff, ll = fold(f), fold(l)
            loc = [ff + "." + ll, ff[0] + ll + self.num, ff + ll + self.num, ll + "." + ff,
                   ff + "_" + ll[:4] + self.num][self.estyle]
            return loc + "@" + self.mail
        if a == "work":  # business e-mail at the unit
            return fold(f) + "." + fold(l) + "@mvkidneycare.org"
        if a in ("kin", "kinof", "lang", "co"): return getattr(self, a)
        if a == "vwork":  # vendor e-mail, matches the rep's company
            return fold(f)[0] + fold(l) + "@" + VCO[self.co]
        if a == "url":
            return random_choice(["https://www.caringbridge.org/visit/", "https://www.gofundme.com/f/kidney-for-",
                                  "https://lotsahelpinghands.com/c/"]) + fold(f) + fold(l)
        raise KeyError(a)


_R = random.Random(SEED)          # the one random stream


def random_choice(seq):
    return _R.choice(seq)


# ----------------------------------------------------------------- value generators
import datetime as _dt
R = _R
EXTRA = set()          # tags added by generators while one message is drawn
MON = "January February March April May June July August September October November December".split()


def _ord(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, styles):
    st = R.choice(styles)
    m, dd, y = d.month, d.day, d.year
    return {
        "m/d": "%d/%d" % (m, dd),
        "mm/dd": "%02d/%02d" % (m, dd),
        "m/d/yy": "%d/%d/%02d" % (m, dd, y % 100),
        "mm/dd/yyyy": "%02d/%02d/%d" % (m, dd, y),
        "m/d/yyyy": "%d/%d/%d" % (m, dd, y),
        "iso": "%d-%02d-%02d" % (y, m, dd),
        "long": "%s %d, %d" % (MON[m - 1], dd, y),
        "longnoy": "%s %d" % (MON[m - 1], dd),
        "dmy": "%02d-%s-%d" % (dd, MON[m - 1][:3], y),
        "dmon": "%d-%s" % (dd, MON[m - 1][:3]),
        "month": "%s %s" % (MON[m - 1][:3], _ord(dd)),
        "mon.": ("%s. %d" % (MON[m - 1][:3], dd)) if len(MON[m - 1]) > 4 else "%s %d" % (MON[m - 1], dd),
        "num8": "%02d%02d%d" % (m, dd, y),
        "dots": "%d.%d.%02d" % (m, dd, y % 100),
        "euro": "%d %s %d" % (dd, MON[m - 1], y),
        "m-d": "%d-%d" % (m, dd),
    }[st]


def _rand_date(y0, y1):
    a = _dt.date(y0, 1, 1).toordinal(); b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(R.randint(a, b))


def g_dob(r):
    return fmt_date(_rand_date(1931, 1998), ["mm/dd/yyyy", "m/d/yyyy", "iso", "long", "dmy", "m/d/yy", "euro", "num8"])


def g_dobold(r):   # dob of someone over 89
    return fmt_date(_rand_date(1921, 1935), ["mm/dd/yyyy", "m/d/yyyy", "iso", "long", "dmy"])


def g_vdate(r):    # visit / treatment / procedure date, recent
    return fmt_date(_rand_date(2024, 2025), ["m/d", "mm/dd", "m/d/yy", "iso", "longnoy", "month", "dmon", "mon.",
                                             "mm/dd/yyyy", "long", "m-d", "dots"])


def g_vshort(r):   # short visit date that reads well after "on"
    return fmt_date(_rand_date(2024, 2025), ["m/d", "m/d", "longnoy", "month", "mon.", "mm/dd"])


CTX = {}   # per-message state shared by generators (reset in render)


def g_vstart(r):
    d = _rand_date(2024, 2025); st = r.choice(["m/d", "mm/dd", "longnoy", "month", "mon."])
    CTX["range"] = (d, st)
    return fmt_date(d, [st])


def g_vend(r):
    d, st = CTX.get("range") or (_rand_date(2024, 2025), "m/d")
    return fmt_date(d + _dt.timedelta(days=r.randint(5, 24)), [st])


def _nickpick(r):
    if "nick" not in CTX:
        f = r.choice(sorted(NICK))
        CTX["nick"] = (f + " " + Person(r).last, NICK[f])
    return CTX["nick"]


def g_nickfull(r): return _nickpick(r)[0]
def g_nickname(r): return _nickpick(r)[1]


def g_mdate(r):    # meeting / deadline date (never PHI, same look)
    return g_vshort(r)


def g_age90(r):
    n = r.randint(90, 104)
    if r.random() < 0.25:
        EXTRA.add("evasion")
        tens = {90: "ninety", 100: "one hundred"}
        ones = "one two three four five six seven eight nine".split()
        if n == 90: return "ninety"
        if n < 100: return "ninety-" + ones[n - 91]
        if n == 100: return "one hundred"
        return "one hundred " + ones[n - 101]
    return str(n)


def g_young(r):     # age <= 89, never PHI
    return str(r.randint(23, 89))


AREA = ["978", "617", "508", "781", "603", "339", "351", "774", "413", "401", "857", "207", "860"]


def _ph_digits(r):
    return r.choice(AREA), "%03d" % r.randint(200, 989), "%04d" % r.randint(0, 9999)


def g_phone(r):
    a, b, c = _ph_digits(r)
    return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "1-%s-%s-%s",
                     "%s%s%s", "(%s)%s-%s", "+1-%s-%s-%s"]) % (a, b, c)


def g_bphone(r):   # business line with extension
    a, b, c = _ph_digits(r)
    return r.choice(["(%s) %s-%s ext. %d", "%s-%s-%s x%d", "%s.%s.%s ext %d", "%s-%s-%s, ext. %d"]) % (
        a, b, c, r.randint(10, 4999))


def g_fax(r):
    a, b, c = _ph_digits(r)
    return r.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s"]) % (a, b, c)


def g_tollfree(r):
    return r.choice(["1-800-%03d-%04d", "(888) %03d-%04d", "866-%03d-%04d", "1 (877) %03d-%04d"]) % (
        r.randint(200, 989), r.randint(0, 9999))


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def g_phone_obf(r):
    a, b, c = _ph_digits(r)
    k = r.randint(0, 3)
    EXTRA.add("evasion")
    if k == 0: return " ".join(a + b + c)
    if k == 1:
        EXTRA.add("fullwidth"); return ("%s-%s-%s" % (a, b, c)).translate(FW)
    if k == 2:
        EXTRA.add("zero-width"); return a + "\u200b" + b + "\u200b" + c
    return "%s-%s-%s" % (a, b, c[:2] + "\u00a0" + c[2:]) if r.random() < 0.5 else "%s . %s . %s" % (a, b, c)


def _ssn(r):
    return "%03d" % r.choice([r.randint(1, 665), r.randint(667, 899)]), "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)


def g_ssn(r):
    a, b, c = _ssn(r)
    k = r.choice("dddsx")
    if k == "d": return "%s-%s-%s" % (a, b, c)
    if k == "s": return "%s %s %s" % (a, b, c)
    EXTRA.add("evasion"); return a + b + c


def g_ssn_obf(r):
    a, b, c = _ssn(r)
    EXTRA.add("evasion")
    k = r.randint(0, 4)
    if k == 0: return "%s.%s-%s" % (a, b, c)
    if k == 1: return " ".join(a + b + c)
    if k == 2:
        EXTRA.add("fullwidth"); return ("%s-%s-%s" % (a, b, c)).translate(FW)
    if k == 3:
        EXTRA.add("zero-width"); return "%s\u200b-%s\u200b-%s" % (a, b, c)
    return "%s/%s/%s" % (a, b, c)


def g_mrn(r):
    k = r.randint(0, 5)
    if k == 0: return "%08d" % r.randint(100000, 99999999)
    if k == 1: return "E%07d" % r.randint(0, 9999999)
    if k == 2: return "%d-%03d-%03d" % (r.randint(10, 99), r.randint(0, 999), r.randint(0, 999))
    return "%d" % r.randint(1000000, 9999999)


def g_mrn_obf(r):
    EXTRA.add("evasion")
    m = "%07d" % r.randint(1000000, 9999999)
    k = r.randint(0, 2)
    if k == 0: return " ".join(m)
    if k == 1:
        EXTRA.add("fullwidth"); return m.translate(FW)
    EXTRA.add("zero-width"); return m[:3] + "\u200b" + m[3:]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def g_mbi(r):
    L = lambda: r.choice(MBI_L); N = lambda: str(r.randint(0, 9)); AN = lambda: r.choice(MBI_L + "0123456789")
    s = str(r.randint(1, 9)) + L() + AN() + N() + L() + AN() + N() + L() + L() + N() + N()
    return r.choice([s, s, s[:4] + "-" + s[4:7] + "-" + s[7:], s.lower() if r.random() < 0.2 else s])


def g_medicaid(r):
    return r.choice(["%012d" % r.randint(10**10, 10**12 - 1), "%d" % r.randint(10**11, 10**12 - 1)])


def g_member(r):
    p = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return r.choice([p + "%09d" % r.randint(0, 10**9 - 1), "W%010d" % r.randint(0, 10**10 - 1),
                     "%s%08d-01" % (p, r.randint(0, 10**8 - 1)), "ZGP%d" % r.randint(10**8, 10**9 - 1)])


def g_plan(r):
    return r.choice([g_mbi, g_medicaid, g_member])(r)


def g_acct(r):
    return r.choice(["%d" % r.randint(10**9, 10**10 - 1), "%011d" % r.randint(10**9, 10**11 - 1),
                     "G%08d" % r.randint(0, 10**8 - 1), "PA-%07d" % r.randint(0, 10**7 - 1),
                     "%d-%04d" % (r.randint(10**5, 10**6 - 1), r.randint(0, 9999))])


def g_bank(r):
    return "%d" % r.randint(10**8, 10**12)


def g_dl(r):
    return r.choice(["S%08d" % r.randint(0, 10**8 - 1), "SA%07d" % r.randint(0, 10**7 - 1),
                     "NHL%08d" % r.randint(0, 10**8 - 1), "%09d" % r.randint(10**7, 10**9 - 1)])


def g_dea(r):
    return "".join(r.choice("ABFGM")) + r.choice("ABCDEGHKLMNPRSTW") + "%07d" % r.randint(0, 10**7 - 1)


def g_rnlic(r):
    return r.choice(["RN%07d" % r.randint(0, 10**7 - 1), "RN-%06d" % r.randint(0, 10**6 - 1),
                     "%d" % r.randint(100000, 999999), "RN%d" % r.randint(100000, 299999)])


def g_lcsw(r):
    return r.choice(["%d" % r.randint(100000, 129999), "%05d" % r.randint(0, 99999)])


PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def g_plate(r):
    L = lambda n: "".join(r.choice(PL) for _ in range(n)); D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice([D(1) + L(3) + D(3), D(3) + " " + L(2) + D(1), L(3) + "-" + D(4), D(1) + L(2) + " " + D(3),
                     D(3) + L(3), L(2) + "-" + D(5)])


def g_vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(r.choice(al) for _ in range(16))


def g_serial(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        "%s%s%d" % (r.choice(al), r.choice(al), r.randint(1000000, 9999999)),
        "NX%d-%05d" % (r.randint(1, 9), r.randint(0, 99999)),
        "%d%s%d" % (r.randint(10, 99), r.choice(al), r.randint(100000, 999999)),
        "SN-%s%06d" % (r.choice(al), r.randint(0, 999999)),
        "(01)0084%010d(21)%s%05d" % (r.randint(0, 10**10 - 1), r.choice(al), r.randint(0, 99999)),
        "%s%d-%s%d" % (r.choice(al), r.randint(100, 999), r.choice(al), r.randint(1000, 9999)),
    ])


def g_ip(r):
    k = r.randint(0, 4)
    if k == 0: return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    if k == 1: return "192.168.%d.%d" % (r.randint(0, 9), r.randint(2, 254))
    if k == 2: return "%d.%d.%d.%d" % (r.choice([24, 73, 98, 66, 71, 108]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    if k == 3: return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    return "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))


def g_card(r):
    k = r.randint(0, 3)
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if k == 0: return "4%s %s %s %s" % (D(3), D(4), D(4), D(4))
    if k == 1: return "5%d%s-%s-%s-%s" % (r.randint(1, 5), D(2), D(4), D(4), D(4))
    if k == 2: return "37%s %s %s" % (D(2), D(6), D(5))
    EXTRA.add("evasion"); return "4" + D(15)


def g_purl(r):     # portal link with a patient id
    return r.choice([
        "https://mychart.mvkidneycare.org/MyChart/Visit?pid=%d" % r.randint(10**6, 10**7),
        "https://portal.mvkidneycare.org/patients/%d/labs" % r.randint(10**6, 10**7),
        "https://telehealth.mvkidneycare.org/join/pt-%d-%s" % (r.randint(10**5, 10**6), "".join(r.choice("abcdef0123456789") for _ in range(6))),
        "https://homedialysis.mvkidneycare.org/remote/pt%d" % r.randint(10**5, 10**6),
    ])


# addresses of patients (towns north of Boston, where the unit sits)
TOWNS = ["Lowell", "Dracut", "Methuen", "Lawrence", "Haverhill", "Tewksbury", "Chelmsford", "Billerica",
         "Amesbury", "Andover", "Pelham NH", "Salem NH", "Westford", "Dunstable", "Tyngsborough",
         "Groveland", "Merrimac", "North Andover", "Wilmington", "Nashua NH", "Lynn", "Peabody"]
TOWN_ZIP = {"Lowell": "0185", "Dracut": "01826", "Methuen": "01844", "Lawrence": "0184", "Haverhill": "0183",
            "Tewksbury": "01876", "Chelmsford": "01824", "Billerica": "01821", "Amesbury": "01913",
            "Andover": "01810", "Pelham NH": "03076", "Salem NH": "03079", "Westford": "01886",
            "Dunstable": "01827", "Tyngsborough": "01879", "Groveland": "01834", "Merrimac": "01860",
            "North Andover": "01845", "Wilmington": "01887", "Nashua NH": "0306", "Lynn": "0190", "Peabody": "01960"}
STREETS = ["Chestnut St", "Pleasant St", "Bridge St", "Varnum Ave", "Lakeview Ave", "Mammoth Rd", "Broadway",
           "Stevens St", "Gorham St", "Andover St", "Main St", "Riverside Dr", "Tarbox Rd", "Pawtucket Blvd",
           "Methuen St", "School St", "Boston Rd", "Merrimack St", "Hildreth St", "Aiken Ave", "Middlesex St",
           "Essex St", "Oak Ter", "Pine Ridge Ln", "Cross Point Way", "Fletcher St", "Jackson St", "Lawrence Blvd"]


def _zip(r, town):
    z = TOWN_ZIP[town]
    if len(z) == 4: z = z + str(r.randint(0, 9))
    return z


def g_street(r):
    s = "%d %s" % (r.randint(3, 1899), r.choice(STREETS))
    k = r.random()
    if k < 0.2: s += r.choice([" Apt %d" % r.randint(1, 40), " #%d" % r.randint(1, 12), " Unit %s" % r.choice("ABCD3"),
                               " apt %d%s" % (r.randint(1, 4), r.choice("ABCDEF"))])
    return s


def _town_st(town):
    return town if town.endswith(" NH") else town + " MA"


def g_addr(r):     # contiguous full address, one span
    t = r.choice(TOWNS)
    z = _zip(r, t)
    if r.random() < 0.2: z = z + "-%04d" % r.randint(0, 9999)
    tw = t.replace(" NH", "")
    st = "NH" if t.endswith(" NH") else "MA"
    return r.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s"]) % (g_street(r), tw, st, z)


def g_town(r):
    return r.choice(TOWNS).replace(" NH", "")


def g_zip(r):
    t = r.choice(TOWNS); z = _zip(r, t)
    return z if r.random() < 0.8 else z + "-%04d" % r.randint(0, 9999)


def g_pobox(r):
    return r.choice(["PO Box %d", "P.O. Box %d", "po box %d"]) % r.randint(10, 4999)


# ----------------------------------------------------------------- non-PHI fillers
def pick(*opts):
    return lambda r: r.choice(opts)


def g_chair(r): return str(r.randint(1, 24))
def g_chair2(r): return str(r.randint(1, 24))
def g_count(r): return str(r.randint(2, 19))
def g_big(r): return str(r.randint(21, 140))
def g_pct(r): return "%d%%" % r.randint(61, 98)
def g_premium(r): return "$%d" % r.randint(90, 640) if r.random() < 0.7 else "$%d.%02d" % (r.randint(90, 640), r.randint(0, 99))
def g_bigmoney(r): return "$%d,%03d" % (r.randint(2, 480), r.choice([0, 0, 500, r.randint(0, 999)]))
g_payer2 = pick("MassHealth", "Tufts Health Plan", "BCBS", "Harvard Pilgrim", "Humana", "Aetna", "UnitedHealthcare", "Fallon", "WellSense", "AARP Medigap")


def g_small(r): return r.choice(["$%d", "$%d.00", "$%d.50"]) % r.randint(12, 240)
def g_midmoney(r): return "$%d,%d00" % (r.randint(1, 9), r.randint(0, 9))


def g_money(r):
    if r.random() < 0.6: return r.choice(["$%d", "$%d.00", "$%d"]) % r.randint(12, 980)
    return "$%d,%03d" % (r.randint(1, 48), r.randint(0, 999))
def g_ticket(r): return r.choice(["INC%07d" % r.randint(0, 10**7 - 1), "DEL-%d" % r.randint(100, 9999),
                                  "RITM%07d" % r.randint(0, 10**7 - 1), "CHG%06d" % r.randint(0, 10**6 - 1),
                                  "FAC-%d" % r.randint(1000, 99999), "BIOMED-%d" % r.randint(100, 9999)])
def g_po(r): return r.choice(["PO %d" % r.randint(4500000000, 4599999999), "PO# %d" % r.randint(100000, 999999),
                              "PO-%d-%04d" % (r.choice([2024, 2025]), r.randint(1, 9999))])
def g_inv(r): return "%s%d" % (r.choice(["INV-", "INV", "inv #", ""]), r.randint(100000, 9999999))
def g_ver(r): return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 20), r.randint(0, 30)),
                               "%d.%d" % (r.randint(2, 9), r.randint(0, 12)),
                               "build %d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 9), r.randint(1, 40))])
def g_npi(r): return "1%09d" % r.randint(0, 10**9 - 1)
def g_cpt(r): return r.choice(["90935", "90937", "90945", "90947", "90999", "90960", "90961", "90966", "36821",
                               "36830", "36901", "36902", "36905", "99214", "G0491"])
def g_icd(r): return r.choice(["N18.6", "N18.5", "Z99.2", "I12.0", "E11.22", "T82.868A", "Z49.01", "N18.4",
                               "D63.1", "E87.5", "T82.590A", "Z91.15"])
def g_ext(r): return r.choice(["x%d", "ext %d", "x %d", "ext. %d"]) % r.randint(2100, 7999)
def g_costc(r): return "%05d" % r.randint(10000, 99999)
def g_group(r): return r.choice(["%06d" % r.randint(0, 999999), "GRP-%05d" % r.randint(0, 99999), "%d-%03d" % (r.randint(100, 999), r.randint(0, 999))])
def g_asset(r): return r.choice(["BME-%05d", "MVK-%05d", "asset %d", "AT%06d"]) % r.randint(100, 99999)
def g_policy(r): return r.choice(["NUR-%d", "SW-%03d", "IC-%d", "HD-%d", "POL-%04d", "ADM-%d"]) % r.randint(10, 999)
def g_room(r): return r.choice(["%d", "B%d", "%d"]) % r.randint(100, 420)
def g_uid(r): return "<@U%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([8, 9, 10])))
def g_time(r):
    h = r.choice([6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5])
    ap = "am" if 6 <= h <= 11 else "pm"
    return r.choice(["%d:%02d" % (h, r.choice([0, 15, 30, 45])), "%d%s" % (h, ap), "%d %s" % (h, ap.upper()),
                     "%d:%02d%s" % (h, r.choice([0, 15, 30, 45]), ap)])
def g_zoomid(r): return "%03d %04d %04d" % (r.randint(800, 999), r.randint(0, 9999), r.randint(0, 9999))
def g_zoom(r): return "https://mvkidneycare.zoom.us/j/%d" % r.randint(10**9, 10**10 - 1)
def g_intranet(r): return r.choice(["https://intranet.mvkidneycare.org/policies/", "https://intranet.mvkidneycare.org/sw/forms/",
                                    "https://sharepoint.mvkidneycare.org/sites/dialysis/", "https://kidney.org/",
                                    "https://www.cms.gov/esrd/", "https://intranet.mvkidneycare.org/staffing/"]) + r.choice(["transport", "ride-vouchers", "2728-form", "qip", "fistula-first", "schedule", "huddle"])
def g_pct_small(r): return "%d.%d%%" % (r.randint(1, 9), r.randint(0, 9))

g_unit = pick("the Lowell unit", "the Haverhill satellite", "Methuen HD", "the Chelmsford home program",
              "Lawrence dialysis", "the main unit", "the Andover clinic", "Westford HHD")
g_unitshort = pick("Lowell", "Haverhill", "Methuen", "Chelmsford", "Lawrence", "Andover", "Westford")
g_shift = pick("MWF 1st", "MWF 2nd", "MWF 3rd", "TTS 1st", "TTS 2nd", "TTS early", "M/W/F 2nd shift",
               "Tu/Th/Sa 1st shift", "MWF twilight", "T-Th-S 3rd")
g_lang = pick("Spanish", "Portuguese", "Haitian Creole", "Khmer", "Vietnamese", "Arabic", "Somali", "Twi",
              "Amharic", "Polish", "Russian", "Mandarin", "Cape Verdean Creole", "Lao", "Tigrinya", "Nepali",
              "Swahili", "Punjabi", "Tongan", "Navajo")
g_txc = pick("Mass General transplant", "the Lahey transplant center", "BIDMC transplant", "Brigham transplant",
             "Tufts transplant", "the UMass Memorial transplant program", "Dartmouth transplant")
g_payer = pick("MassHealth", "Medicare", "Tufts Health Plan", "BCBS", "Harvard Pilgrim", "Humana", "Aetna",
               "UnitedHealthcare", "Fallon", "WellSense", "Medicare Advantage", "the VA")
g_ride = pick("MART", "GLRTA Road Runner", "the Lyft Health ride", "Coastal Cab", "the chair van", "MedTransit",
              "Veterans Transport", "the MassHealth PT-1 ride", "Uber Health")
g_vendor = pick("Baxter", "NxStage", "Fresenius", "B. Braun", "Medline", "Outset", "DaVita Labs", "Spectra",
                "Cardinal", "Quanta", "Rockwell Medical")
g_hvendor = pick("Baxter", "NxStage", "Fresenius", "Outset")
g_supply = pick("dialysate bags", "cycler cassettes", "PD drain bags", "NxStage cartridges", "SAKs",
                "heparin syringes", "fistula needles", "minicaps", "Tego connectors", "saline flushes",
                "BP cuffs", "gauze", "bloodlines", "dialyzers")
g_access = pick("fistula", "AVF", "AV graft", "graft", "permcath", "tunneled cath", "right IJ cath",
                "left arm fistula", "PD cath", "HeRO graft")
g_accessprob = pick("infiltrated", "clotted", "not thrilling", "bleeding >30 min post needle pull",
                    "with a weak bruit", "red and warm at the exit site", "high venous pressures again",
                    "pulling 200 max", "showing a new aneurysm", "stenosed per the fistulagram")
g_rel = pick("daughter", "son", "wife", "husband", "niece", "nephew", "granddaughter", "grandson",
             "sister", "brother", "home health aide", "neighbor", "health care proxy", "guardian",
             "partner", "mother", "cousin")
g_dept = pick("transplant", "vascular", "IR", "biomed", "pharmacy", "finance", "IT", "scheduling",
              "intake", "quality", "infection control", "facilities", "HR", "supply chain")
g_role = pick("RN", "PCT", "tech", "dietitian", "SW", "charge", "NP", "PD nurse", "HHD trainer")
g_weekday = pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
g_wday = pick("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat")
g_vaccess = pick("IR", "vascular", "the access center", "Dr. Amari's office", "the vein center")
g_labv = pick("K 6.8", "K 6.1", "Hgb 7.9", "phos 8.2", "albumin 2.9", "Kt/V 1.1", "URR 58%", "PTH 1400",
              "Ca 7.6", "K 5.9")
g_cat = pick("QIP", "CMS", "ESRD Network", "CROWNWeb", "EQRS", "Joint Commission", "state survey")

g_fam = pick("mother", "father", "husband", "wife", "aunt", "uncle", "grandmother", "grandfather", "brother",
             "sister", "mom", "dad")
g_wfirst = pick("Hope", "Faith", "Rose", "Will", "Grant", "Mark", "Bill", "Joy", "Chase", "Page", "Precious", "Sunny")
_WL = "Okonkwo Rivera Patel Kowalski Nguyen Begay Sullivan Haddad Tupou Esposito Pierre Washington Chen Mwangi".split()


def g_wfull(r):
    return r.choice(["Hope", "Faith", "Rose", "Will", "Grant", "Mark", "Bill", "Joy", "Chase", "Page", "Precious"]) + " " + r.choice(_WL)


def g_poaddr(r):
    t = r.choice(TOWNS); z = _zip(r, t)
    return "%s, %s %s %s" % (g_pobox(r), t.replace(" NH", ""), "NH" if t.endswith(" NH") else "MA", z)


_DW = "zero one two three four five six seven eight nine".split()


def g_phone_words(r):
    EXTRA.add("evasion")
    a, b, c = _ph_digits(r)
    w = lambda s: " ".join(_DW[int(ch)] for ch in s)
    return "%s, %s, %s" % (w(a), w(b), w(c))


def g_email_obf(r):
    EXTRA.add("evasion")
    q = Person(r)
    return r.choice(["%s.%s [at] %s [dot] com", "%s_%s at %s dot com", "%s.%s(at)%s(dot)com", "%s%s AT %s DOT com"]) % (
        fold(q.first), fold(q.last), r.choice(["gmail", "yahoo", "hotmail", "comcast"]))


g_fac_addr = pick("220 Pawtucket Blvd, Lowell MA 01854", "1 Hospital Dr, Lowell MA 01852", "140 Lincoln Ave, Haverhill MA 01830",
                  "70 East St, Methuen MA 01844", "33 Mill St, Chelmsford MA 01824", "1 General St, Lawrence MA 01841",
                  "100 Haverhill St, Andover MA 01810", "5 Lan Dr, Westford MA 01886", "295 Varnum Ave, Lowell MA 01854",
                  "10 Research Pl, North Chelmsford MA 01863")
g_fac_street = pick("220 Pawtucket Blvd", "140 Lincoln Ave", "70 East St", "33 Mill St", "100 Haverhill St", "5 Lan Dr")
g_title = pick("CNO", "CEO", "CFO", "VP of Ambulatory", "COO", "medical director", "regional director", "VP Quality")
g_month = pick("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


G = {k[2:]: v for k, v in list(globals().items()) if k.startswith("g_") and callable(v)}


# ----------------------------------------------------------------- engine
SLOT = re.compile(r"\[\[([A-Z_]+):([^\]]+)\]\]|\{([A-Za-z0-9_.#!]+)\}|\(\(([^()]*)\)\)")   # ((a|b)) = pick one, not PHI
PHI_FRAMES, CLEAN_FRAMES = [], []


def P(tags, tpl):
    PHI_FRAMES.append((tags.split(), tpl))


def C(tags, tpl):
    CLEAN_FRAMES.append((tags.split(), tpl))


def new_people(r):
    ppl = {}
    for k in ("p1", "p2", "p3", "p4"): ppl[k] = Person(r)
    for k in ("r1", "r2"):
        ppl[k] = Person(r, surname=ppl["p1"].last, origin=ppl["p1"].origin) if r.random() < 0.5 else Person(r)
    for k in ("s1", "s2", "s3", "s4", "e1", "e2", "v1", "v2"): ppl[k] = Person(r)
    return ppl


def render(tpl, r):
    ppl = new_people(r); cache = {}; CTX.clear()

    def val(expr):
        mods = ""
        if "!" in expr: expr, mods = expr.split("!", 1)
        key = None
        if "#" in expr: expr, key = expr.split("#", 1)
        if "." in expr:
            who, a = expr.split(".", 1); v = ppl[who].attr(a)
        else:
            ck = (expr, key)
            if key is not None and ck in cache: v = cache[ck]
            else:
                v = G[expr](r)
                if key is not None: cache[ck] = v
        for m in mods:
            v = {"l": v.lower(), "u": v.upper(), "c": v[:1].upper() + v[1:]}[m]
        return v

    out, spans, pos, n = [], [], 0, 0
    for m in SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]; out.append(lit); n += len(lit)
        if m.group(1):
            v = val(m.group(2)); spans.append((m.group(1), v, n))
        elif m.group(4) is not None:
            v = r.choice(m.group(4).split("|"))
        else:
            v = val(m.group(3))
        out.append(v); n += len(v); pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans


def verify(text, spans):
    """simulate the checker's left-to-right search: every value must be found exactly where it was put"""
    b = text.encode("utf-8"); pos = 0
    for t, v, cs in spans:
        vb = v.encode("utf-8")
        if not vb or v != v.strip(): return False
        i = b.find(vb, pos)
        if i != len(text[:cs].encode("utf-8")): return False
        ce = cs + len(v)
        if cs > 0 and (text[cs - 1].isalnum()): return False
        if ce < len(text) and text[ce].isalnum() and not (text[ce] == "s" and (ce + 1 == len(text) or not text[ce + 1].isalnum())):
            return False
        pos = i + len(vb)
    return True


# patterns that must never stand outside a span (catches forgotten labels in any message)
LINT = [re.compile(r"(?<![\d.])\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)"),        # phone
        re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),                               # e-mail
        re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),                         # ssn
        re.compile(r"(?<![\w.])(?<!build )\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])")]  # ipv4


def lint(text, spans):
    cover = []
    for t, v, cs in spans: cover.append((cs, cs + len(v)))
    for rx in LINT:
        for m in rx.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in cover): return False
    return True


def auto_tags(text, spans, tags):
    t = list(tags)
    for typ in sorted({s[0] for s in spans}):
        tg = typ.lower().replace("_", "-")
        if tg not in t: t.append(tg)
    kinds = {s[0] for s in spans}
    if len(kinds - {"NAME"}) >= 2 and "structured" not in t: t.append("structured")
    if "\n" in text and "multiline" not in t: t.append("multiline")
    if re.search(r"<@U|<https?:|<mailto:|<tel:|`|\*\S[^*\n]*\*|^\s*[•\-] ", text, re.M) and "slack-markup" not in t:
        t.append("slack-markup")
    if re.search(r":[a-z_+\-0-9]+:|[\U0001F300-\U0001FAFF\u2600-\u27BF]", text) and "emoji" not in t:
        t.append("emoji")
    letters = re.sub(r"<[^>]*>|https?://\S+", "", text)
    if re.search(r"[a-z]", letters) and not re.search(r"[A-Z]", letters) and "lowercase" not in t:
        t.append("lowercase")
    for x in sorted(EXTRA):
        if x not in t: t.append(x)
    return t


def draw(frame, r, want_phi):
    tags, tpl = frame
    for attempt in range(200):
        EXTRA.clear()
        text, spans = render(tpl, r)
        if want_phi and not spans: raise ValueError("PHI frame without spans: " + tpl)
        if not want_phi and spans: raise ValueError("clean frame with spans: " + tpl)
        if verify(text, spans) and lint(text, spans):
            return text, spans, auto_tags(text, spans, tags)
    raise ValueError("could not place spans for frame: " + tpl)


# ================================================================= PHI frames
# --- chair schedule, transport, missed treatments
P("transport", "can someone call back [[NAME:p1.full]]'s {rel}? they're at [[PHONE:phone]] and worried about the ride {weekday}")
P("schedule", "Chair {chair} swap: moving [[NAME:p1.fl]] from {shift} to {shift} starting [[DATE:vshort]]. {s1.first} already ok'd it.")
P("transport", "*Pickups {wday}*\n• [[NAME:p1.full]] – [[ADDRESS:addr]] @ 5:15\n• [[NAME:p2.full]] – [[ADDRESS:addr]] @ 5:40\n• [[NAME:p3.lf]] – [[ADDRESS:street]] in [[ADDRESS:town]], side door @ 6:05\ndriver today is {ride}")
P("bot calendar", "@bot move my 3pm with [[NAME:p1.full]] to {weekday} same time")
P("missed-treatment escalation", "Missed tx x2 — [[NAME:p1.last]], MRN [[MRN:mrn]]. Not answering home # [[PHONE:phone]]. Do we send a welfare check?")
P("referral", "Referral packet to {txc} for [[NAME:p1.full]] (DOB [[DATE:dob]], MBI [[HEALTH_PLAN_ID:mbi]]) went out today. Eval appt is [[DATE:vdate]].")
P("interpreter", "need an interpreter ({p1.lang}) for [[NAME:p1.full]] on [[DATE:vshort]] 2nd shift, {p1.his} {rel} usually translates but cant make it")
P("records structured", "[[NAME:p1.inv]]\nMRN: [[MRN:mrn]]\nDOB: [[DATE:dob]]\nChair {chair}, {shift}\nAccess: {access}")
P("home-dialysis", "[[NAME:p1.full]]'s cycler (SN [[DEVICE_ID:serial]]) alarming again overnight, {hvendor} is sending a swap")
P("age", "{p1.hon} [[NAME:p1.last]] turns [[AGE:age90]] on [[DATE:vshort]] — {s1.first} wants to do a cake on 1st shift 🎂")
P("transport", "ride voucher request: [[NAME:p1.full]], pickup [[ADDRESS:addr]], {shift}, wheelchair van. Charge to cost center {costc}.")
P("missed-treatment", "no shows today: [[NAME:p1.last]], [[NAME:p2.last]], [[NAME:p3.fl]]. reached [[NAME:p2.last]] only, {p2.he} overslept. other two not picking up")
P("transport", "pls tell [[NAME:p1.first!l]] in chair {chair} that {p1.his} ride is running 40 min late, [[NAME:r1.first!l]] called it in")
P("escalation", "Heads up: [[NAME:p1.full]] signed off AMA after 1h40 today, {labv} this morning. Nephrology aware. Family contact [[NAME:r1.full]] [[PHONE:phone]]")
P("schedule", "moving these for the holiday:\n| pt | usual | new |\n|---|---|---|\n| [[NAME:p1.fl]] | Thu 1st | Wed [[DATE:vshort]] 3rd |\n| [[NAME:p2.fl]] | Thu 2nd | Fri [[DATE:vshort]] 1st |\n| [[NAME:p3.fl]] | Thu 3rd | Sat [[DATE:vshort]] 2nd |")
P("transport complaint", "{ride} says [[NAME:p1.last]] wasn't at the door at [[ADDRESS:street]] this morning so they left. {p1.He} says {p1.he} was outside the whole time. can SW sort it out?")
P("family", "🙏 thank you {s2.first} for staying late with [[NAME:p1.nick]] yesterday, {p1.his} {r1.kin} [[NAME:r1.first]] dropped off a card for the team")
P("bot", "bot: remind me friday to call [[NAME:p1.full]] about {p1.his} {payer} recert, number is [[PHONE:phone]]")
P("transfer", "Transient coming from out of state: [[NAME:p1.full]], visiting family in [[ADDRESS:town]] [[DATE:vstart]] through [[DATE:vend]]. Needs a TTS chair. Hep B status + last 3 run sheets faxed to {s1.first}.")
P("typo missed-treatment", "pt [[NAME:p1.last]] mised tx tues + thurs, mrn [[MRN:mrn]]. cald [[PHONE:phone]] no ansr. {s1.first} pls try the emergncy contct")
P("schedule", "{uid} can you put [[NAME:p1.full]] in chair {chair} {wday}? {p1.his!c} usual chair is getting the new Fresenius")
P("transport", "The van company needs DOBs for the standing order. [[NAME:p1.fl]] [[DATE:dob]], [[NAME:p2.fl]] [[DATE:dob]]. I'll send the rest tomorrow.")
P("missed-treatment", "[[NAME:p1.last]] has missed 4 of the last 6. Last full tx [[DATE:vdate]]. I want a care conference w/ {p1.his} {r1.kin} [[NAME:r1.first]] before we discharge — {s1.first}, thoughts?")
P("transport lowercase", "ride for [[NAME:p1.full!l]] tmrw is at 10:50 not 11:20, same addr [[ADDRESS:street!l]]. i told {p1.him} at chairside")
P("transport", "Can't find a ride for [[NAME:p1.first]] [[DATE:vshort]]. {p1.he!c} lives out in [[ADDRESS:town]], {ride} won't go past the town line. Ideas?")
P("schedule", "Waitlist for 1st shift, oldest first:\n1. [[NAME:p1.full]] (since [[DATE:vdate]])\n2. [[NAME:p2.full]]\n3. [[NAME:p3.last]] — only if {p3.his} job changes\n4. [[NAME:p4.full]]")
P("missed-treatment", "welfare check done by {unitshort} PD for [[NAME:p1.full]] at [[ADDRESS:addr]] — {p1.he} is ok, slept through. coming in at 11.")
P("transport escalation", "Driver from {ride} called: [[NAME:nickname]] ([[NAME:nickfull]]) fell getting into the van at 5:50 this morning. No injury per driver. incident report filed, fall date [[DATE:vshort]]")

# --- access problems
P("access", "[[NAME:p1.full]] ({chair}) {access} {accessprob}. Called {vaccess}, they can see {p1.him} [[DATE:vshort]] at {time}.")
P("access", "fistulagram for [[NAME:p1.last]] scheduled [[DATE:vdate]] w/ {vaccess}. NPO after MN, needs ride. MR# [[MRN:mrn]]")
P("access escalation", "*URGENT* [[NAME:p1.fl]] chair {chair} — {access} {accessprob}, holding pressure. {s1.first} paged the fellow")
P("access", "can we get [[NAME:p1.first]] on the list for declot? {p1.his} graft clotted overnight, last declot was [[DATE:vdate]]")
P("access lowercase", "fyi [[NAME:p1.full!l]] cath exit site looks angry again, cultured it. mrn [[MRN:mrn]] if anyone is charting from home")
P("access", "Access surgery for [[NAME:p1.full]]: left brachiocephalic AVF [[DATE:vdate]]. Pre-op labs due {weekday}. Auth is under CPT {cpt}.")
P("access", "1st cannulation for [[NAME:p1.last]]'s new fistula = [[DATE:vshort]]. use 17g, only {s1.first} or {s2.first} to stick pls")
P("access", "Cath removal for [[NAME:p1.full]] happened [[DATE:vshort]], fistula's been working 6 wks. 🎉 ICD {icd} on the claim can come off")
P("access typo", "[[NAME:p1.last]] acess bled thru the dressing on the ride home, {rel} brought {p1.him} back. held 20 min. vasc appt [[DATE:vshort]]")
P("access", "{s1.first}: who is [[NAME:p1.first]]?\n{s2.first}: [[NAME:p1.full]], chair {chair}, the one with the HeRO\n{s1.first}: ok — {p1.his} venous pressures were 260 all run")

# --- transplant
P("referral", "{txc} needs for [[NAME:p1.full]]: updated 2728, last 3 months of labs, dental clearance and the SW psychosocial. DOB [[DATE:dob]]. I'll do the psychosocial.")
P("transplant emoji", "Good news!! [[NAME:p1.last]] got the call last night, transplanted [[DATE:vshort]] 🎉 take {p1.him} off the MWF board")
P("transplant family", "living donor: [[NAME:r1.full]] ({p1.his} {r1.kin}) wants to be tested for [[NAME:p1.full]]. Who's the donor coordinator at {txc}? [[NAME:r1.first]] can be reached at [[PHONE:phone]]")
P("transplant", "Transplant status —\n[[NAME:p1.fl]]: on hold (BMI)\n[[NAME:p2.fl]]: active since [[DATE:vdate]]\n[[NAME:p3.fl]]: waiting on cardiac clearance\n[[NAME:p4.fl]]: declined, wants to revisit in spring")
P("transplant forwarded", "fwd from the transplant coordinator:\n> Please have [[NAME:p1.full]] (DOB [[DATE:dob]]) bring {p1.his} insurance card, member ID [[HEALTH_PLAN_ID:member]], to the [[DATE:vdate]] visit.\n> Questions: [[EMAIL:s1.work]]")
P("transplant", "Does anyone know if [[NAME:p1.last]] ever got {p1.his} dental clearance? {txc} wait list time counts from [[DATE:dob]]... no sorry, from dialysis start [[DATE:vdate]]")
P("transplant", "[[NAME:p1.full]] — {payer} ID [[HEALTH_PLAN_ID:plan]] — transplant financial wants a copy of the card front and back before the [[DATE:vshort]] eval")
P("transplant age", "referral question: is [[AGE:age90]] too old for {txc}? asking for [[NAME:p1.last]], {p1.he} is sharp and walks 2 miles a day")

# --- family, social work
P("family", "{p1.hon} [[NAME:p1.last]]'s {r1.kin} [[NAME:r1.full]] is the HCP now. Updated contact: [[PHONE:phone]], [[EMAIL:r1.email]]")
P("family complaint", "[[NAME:r1.first]] ([[NAME:p1.first]]'s {r1.kin}) came to the desk upset about the wait times again, wants a call from the manager. I said {s1.first} would call {weekday}.")
P("social-work", "SW: [[NAME:p1.full]] is losing {p1.his} apartment at [[ADDRESS:addr]] end of month. Referred to the {unitshort} housing authority, needs a letter from neph.")
P("social-work", "fuel assistance app for [[NAME:p1.last]] — I have SSN as [[SSN:ssn]] but {p1.he} thinks it ends differently, can someone double check the face sheet")
P("death", "Sad news: [[NAME:p1.full]] passed away at home on [[DATE:vdate]]. {p1.his!c} {r1.kin} [[NAME:r1.first]] asked if staff can come to the wake.")
P("family", "{r1.kin} [[NAME:r1.full]] picking up [[NAME:p1.first]]'s supplies today. Check ID please, DL on file is [[LICENSE_NUMBER:dl]]")
P("vehicle", "family car for [[NAME:p1.last]] is a grey Camry plate [[VEHICLE_ID:plate]], let security know they can wait in the ambulance bay")
P("vehicle", "someone's in the handicap spot by the entrance — security says it's registered to [[NAME:r1.full]], plate [[VEHICLE_ID:plate]], visiting chair {chair}")

# --- home dialysis: supplies, machines, serials, remote monitoring
P("home-dialysis", "HHD machine swap for [[NAME:p1.full]]: old SN [[DEVICE_ID:serial]] → new SN [[DEVICE_ID:serial]]. Delivery to [[ADDRESS:addr]] on [[DATE:vshort]].")
P("home-dialysis", "{hvendor} delivery for [[NAME:p1.last]] bounced, driver says nobody home at [[ADDRESS:street]]. pt cell [[PHONE:phone]]")
P("home-dialysis ip", "remote monitoring for [[NAME:p1.full]] dropped again, cycler gateway was last seen at [[IP_ADDRESS:ip]]. IT ticket {ticket}")
P("home-dialysis", "PD training for [[NAME:p1.full]] starts [[DATE:vdate]], {s1.first} is the trainer. Cycler serial [[DEVICE_ID:serial]] assigned to {p1.him}.")
P("home-dialysis structured", "Supply order\nPatient: [[NAME:p1.lf]]\nAcct: [[ACCOUNT_NUMBER:acct]]\nShip to: [[ADDRESS:addr]]\nItems: {supply} x{count}, {supply} x{count}\n{po}")
P("home-dialysis lowercase", "[[NAME:p1.full!l]] says {p1.his} {supply} came crushed again, pics in thread. cycler sn [[DEVICE_ID:serial!l]]")
P("home-dialysis", "```\npt: [[NAME:p1.full]]\ndevice: NxStage System One\nSN: [[DEVICE_ID:serial]]\nIP: [[IP_ADDRESS:ip]]\nlast sync: [[DATE:vdate]] 02:14\n```\nthis is the one that keeps timing out")
P("home-dialysis", "{hvendor} tech needs a contact for [[NAME:p1.last]]'s home visit — {p1.his} {r1.kin} [[NAME:r1.first]], [[PHONE:phone]]. Gate code is on the chart, not sending it here.")
P("home-dialysis", "Reminder: [[NAME:p1.fl]] monthly clinic [[DATE:vshort]], [[NAME:p2.fl]] [[DATE:vshort]], [[NAME:p3.fl]] [[DATE:vshort]]. Bring your logs + {supply} counts 📋")
P("home-dialysis", "home hemo pt [[NAME:p1.full]] lives way up in [[ADDRESS:town]], storage room needs 40 cases. {p1.he!c} asked if we can split shipments")
P("home-dialysis device", "Recall notice from {hvendor} covers lot 24-B. Affected patients on our census: [[NAME:p1.last]] (SN [[DEVICE_ID:serial]]), [[NAME:p2.last]] (SN [[DEVICE_ID:serial]]). calling both today")
P("home-dialysis", "[[NAME:p1.first]]'s care partner is {p1.his} {r1.kin} [[NAME:r1.full]]; both finished training [[DATE:vstart]]. First solo run at home [[DATE:vend]]!")
P("home-dialysis ip", "Whitelisted [[IP_ADDRESS:ip]] for [[NAME:p1.full]]'s home router so the cycler can upload. {s3.first} from IT says done.")

# --- insurance, billing, payment
P("billing", "[[NAME:p1.full]] wants to pay the {small} copay over the phone, card [[CREDIT_CARD:card]] exp 08/27. who in billing takes that?")
P("insurance", "{payer2} denied [[NAME:p1.last]]'s transport benefit. Member ID [[HEALTH_PLAN_ID:member]], group {group}. Appealing this week.")
P("insurance", "MassHealth ID for [[NAME:p1.full]] is [[HEALTH_PLAN_ID:medicaid]] (not the old one on the face sheet). Redetermination paperwork due {mdate}.")
P("billing", "HAR [[ACCOUNT_NUMBER:acct]] for [[NAME:p1.fl]] has {small} sitting as a credit from the [[DATE:vdate]] run — refund or apply to balance?")
P("insurance", "MBI for [[NAME:p1.last]]: [[HEALTH_PLAN_ID:mbi]]\nsecondary {payer2}: [[HEALTH_PLAN_ID:member]]")
P("billing", "guarantor acct [[ACCOUNT_NUMBER:acct]] ([[NAME:r1.full]], {r1.kin} of [[NAME:p1.first]]) went to collections by mistake. can finance pull it back?")
P("insurance evasion", "mbi is [[HEALTH_PLAN_ID:mbi]] for [[NAME:p1.full!l]], dob [[DATE:dob]]. medicare secondary pending")
P("billing", "Pt [[NAME:p1.full]] read me {p1.his} checking acct # [[ACCOUNT_NUMBER:bank]] at chairside for the autopay form 🙄 please don't write it on the run sheet")
P("insurance", "AKF grant for [[NAME:p1.last]]: premium {premium}/mo, policy [[HEALTH_PLAN_ID:member]], effective {mdate}. SW signed.")
P("billing", "finance flagged patient acct [[ACCOUNT_NUMBER:acct]] — DOS [[DATE:vdate]] billed {cpt} twice. whose pt is this? ([[NAME:p1.fl]])")

# --- employee health, staff who are patients, VIP
P("employee-health", "keep this quiet pls — our tech [[NAME:p1.full]] is starting in-center HD here {p1.him}self on [[DATE:vshort]]. put {p1.him} on {shift}, not in {p1.his} own pod")
P("employee-health", "EH case: [[NAME:p1.first]] from {dept} had a needlestick at chair {chair} on [[DATE:vshort]]. Source pt [[NAME:p2.full]], MRN [[MRN:mrn]].")
P("vip", "{e1.full} asked us to take extra care with [[NAME:p1.full]] — {p1.he}'s on the hospital board and starts dialysis [[DATE:vdate]]. VIP flag is on.")
P("employee-health", "heads up, [[NAME:p1.full]] from nights is going to be our patient — {p1.he} starts PD training [[DATE:vshort]]. {p1.his!c} words: \"tell them it's my kidneys, nothing else\"")
P("employee-health", "Our dietitian [[NAME:p1.first]] is now a patient at {unit} (transplant eval at {txc}). Please don't discuss {p1.his} case in #dialysis-staff.")

# --- bot requests
P("bot", "@bot can someone call back [[NAME:p1.full]] at [[PHONE:phone]] re {p1.his} chair time")
P("bot", "@scheduler move [[NAME:p1.last]] from chair {chair} to chair {chair2} for [[DATE:vshort]] only")
P("bot", "bot, draft a letter to {payer} for [[NAME:p1.full]] DOB [[DATE:dob]] requesting {ride} coverage 3x/week")
P("bot lowercase", "hey bot text [[NAME:r1.first!l]] ([[NAME:p1.last!l]]'s {r1.kin}) at [[PHONE:phone]] that pickup moved to 5:30")
P("bot", "/remind #charge check [[NAME:p1.fl]]'s K+ result before {p1.his} 2nd shift run [[DATE:vshort]]")
P("bot", "@assistant schedule a care conference for [[NAME:p1.full]] with {p1.his} {r1.kin} [[NAME:r1.full]], {s1.full} and me. any afternoon next week.")
P("bot", "Assistant — summarize missed treatments this month for [[NAME:p1.last]] (MRN [[MRN:mrn]]) and [[NAME:p2.last]] (MRN [[MRN:mrn]])")
P("bot", "ok bot: forward [[NAME:p1.first]]'s portal link [[URL:purl]] to {p1.his} {r1.kin}'s email [[EMAIL:r1.email]]")
P("bot", "@bot look up the ride confirmation for [[NAME:p1.full]] [[DATE:vshort]], pickup [[ADDRESS:addr]]")
P("bot", "bot pls add to my tasks: 1) call [[NAME:p1.last]] re: AKF grant 2) fax 2728 for [[NAME:p2.full]] 3) {s2.first} 1:1 at 2")

# --- credentialing and business contacts (conservative types of staff/vendors)
P("credentialing", "Dr. {s1.last}'s DEA [[LICENSE_NUMBER:dea]] expires {mdate}, credentialing needs the renewal copy")
P("credentialing", "new PD nurse {s1.full} — MA RN license [[LICENSE_NUMBER:rnlic]], NPI {npi}. Orientation starts {mdate}.")
P("business-contact", "{v1.co} rep is {v1.full} now — cell [[PHONE:phone]], [[EMAIL:v1.vwork]]. {v1.he!c} covers all of northeast MA")
P("business-contact", "for the transplant referrals, fax {txc} at [[PHONE:fax]], not the old number")
P("business-contact", "{s1.first}'s new desk line is [[PHONE:bphone]] if you need {s1.him} for ride vouchers")
P("business-contact slack-markup", "questions about the QIP audit → <mailto:[[EMAIL:s1.work]]|[[EMAIL:s1.work]]> or {s1.first} in {dept}")
P("credentialing", "LICSW renewals: {s1.full} [[LICENSE_NUMBER:lcsw]], {s2.full} [[LICENSE_NUMBER:lcsw]]. Both due {mdate}, board site is slow so don't wait")
P("business-contact", "Transport coordinator at {ride} is {v1.first}: [[PHONE:bphone]]. The dispatch line [[PHONE:tollfree]] is useless after 4")
P("credit-card", "corporate card for the {vendor} supply order got declined — [[CREDIT_CARD:card]]. {e1.first} is calling Amex. {po}")
P("business-contact", "IT gave the new fax server [[IP_ADDRESS:ip]] — if the referral faxes to {txc} fail, that's why")

# --- more voices: forwarded mail, memos, tables, evasions, ages, links
P("forwarded family", "---------- Forwarded message ---------\nFrom: [[NAME:r1.full]] <[[EMAIL:r1.email]]>\nSubject: my {p1.kinof}'s chair time\n\nHi, my {p1.kinof} [[NAME:p1.first]] can't do Saturdays anymore because of church. Can {p1.he} move to MWF? Thank you, [[NAME:r1.first]]")
P("age", "[[NAME:p1.last]] is [[AGE:age90]] and still drives {p1.him}self in every MWF, don't let {p1.him} tell you otherwise")
P("age age-aggregate", "census fyi: {count} pts over 90 on 2nd shift now, oldest is [[NAME:p1.full]] at [[AGE:age90]]")
P("age", "[[NAME:p1.full]], [[AGE:age90]] y/o, DNR/DNI. HCP is {p1.his} {r1.kin} [[NAME:r1.full]] [[PHONE:phone]]")
P("url slack-markup", "[[NAME:p1.first]]'s family set up an update page <[[URL:p1.url]]> if anyone wants to send well wishes 💙")
P("url", "here's the telehealth link for [[NAME:p1.last]]'s visit [[DATE:vshort]]: [[URL:purl]] — {p1.his} {rel} will join from work")
P("ssn evasion", "SSA wants [[NAME:p1.full]]'s SSN on the 2728: [[SSN:ssn_obf]] (copied exactly from the fax, sorry for the formatting)")
P("phone evasion", "callback for [[NAME:p1.last]]'s {rel} — {s1.first} wrote it out as [[PHONE:phone_words]] on the sticky. anyone have it in digits?")
P("mrn evasion", "mrn [[MRN:mrn_obf]] for [[NAME:p1.last]], pasted from the fax cover")
P("records mrn", "MRNs [[MRN:mrn]] and [[MRN:mrn]] are both [[NAME:p1.full]] — duplicate chart, HIM ticket {ticket}")
P("mrn", "these three still need hep B titers: MRN [[MRN:mrn]], [[MRN:mrn]], [[MRN:mrn]]")
P("date structured", "[[NAME:p1.last]]  DOB [[DATE:dob]] / started HD [[DATE:vdate]] / last Kt/V drawn [[DATE:vdate]]")
P("huddle", "*2nd shift huddle*\n- chair {chair}: [[NAME:p1.fl]] — new {access}, 15g only\n- chair {chair}: [[NAME:p2.fl]] — fall risk, {rel} staying\n- chair {chair}: [[NAME:p3.fl]] — {p3.lang} interpreter at {time}\n- machine {asset} is back from biomed")
P("hospitalization", "[[NAME:p1.full]] admitted to {unitshort} General [[DATE:vstart]] w/ fluid overload, not expected back before [[DATE:vend]]. Holding {p1.his} chair.")
P("hospitalization", "hosp list\n[[NAME:p1.last]] – admit [[DATE:vshort]]\n[[NAME:p2.last]] – admit [[DATE:vstart]], d/c [[DATE:vend]]\n[[NAME:p3.last]] – still in ICU")
P("complaint formal", "Dear Dialysis Team,\n\nI am writing on behalf of my {p1.kinof}, [[NAME:p1.full]] (date of birth [[DATE:dob]]), regarding the transportation problems of the last month. On [[DATE:vdate]] {p1.he} waited two hours for a ride home.\n\nSincerely,\n[[NAME:r1.full]]")
P("interpreter", "{p1.lang} interp confirmed for [[NAME:p1.first]] [[DATE:vshort]] 6:30, interpreter is {v1.full} from the agency")
P("interpreter lowercase", "interp needed chair {chair} ({p1.lang}) — pt [[NAME:p1.last!l]], {p1.his} {r1.kin} [[NAME:r1.first!l]] says the phone interp goes too fast for {p1.him}")
P("name", "anyone seen [[NAME:p1.last]]? was supposed to be on at 6")
P("name mrn", "[[NAME:p1.last]] [[MRN:mrn]] chair {chair} needs a new consent signed today")
P("schedule", "[[NAME:p1.last]]/[[NAME:p2.last]] swap chairs {wday}? [[NAME:p1.last]] wants the window and [[NAME:p2.last]] doesn't care")
P("name", "[[NAME:nickfull]] (\"[[NAME:nickname]]\") only answers to the nickname, fyi for the new PCTs")
P("records structured", "Pt: [[NAME:p1.inv]] | MRN [[MRN:mrn]] | HAR [[ACCOUNT_NUMBER:acct]] | DOS [[DATE:vdate]]")
P("visitor", "visitor [[NAME:r1.full]] signed in for [[NAME:p1.last]] at 7:10 — is {r1.he} on the approved list?")
P("guardian", "[[NAME:p1.first]] has a court-appointed guardian, [[NAME:r1.full]] — consent for the cath exchange has to come from {r1.him}. Guardian phone [[PHONE:phone]]")
P("family", "POA paperwork for [[NAME:p1.full]] names [[NAME:r1.full]] and [[NAME:r2.full]] jointly. Scanned to media tab.")
P("address", "mail for [[NAME:p1.full]] now goes to [[ADDRESS:poaddr]] — {p1.he} lost the apartment")
P("address zip", "does {ride} cover ZIP [[ADDRESS:zip]]? that's where [[NAME:p1.last]] just moved")
P("address", "[[NAME:p1.first]] is staying at [[ADDRESS:street]] off Rte 110 in [[ADDRESS:town]] now, with {p1.his} {rel}")
P("vehicle", "[[NAME:r1.full]]'s accessible van VIN [[VEHICLE_ID:vin]] — needed for the family-driver mileage reimbursement for [[NAME:p1.fl]]")
P("license", "ID on file for [[NAME:p1.full]]: MA DL [[LICENSE_NUMBER:dl]], DOB [[DATE:dob]]")
P("vehicle", "[[NAME:p1.last]] drives {p1.him}self — plate [[VEHICLE_ID:plate]], parking pass #{count}. security keeps ticketing {p1.him}")
P("url slack-markup", "labs are up: <[[URL:purl]]|[[NAME:p1.first]]'s labs>, {s1.first} pls review before rounds")
P("device", "[[NAME:p1.full]] has a pacemaker, SN [[DEVICE_ID:serial]]. No BP on the left arm and cards clinic wants the interrogation report faxed")
P("device", "[[NAME:p1.last]] left {p1.his} hearing aid in chair {chair} again, serial [[DEVICE_ID:serial]] per the box. it's in the lost & found drawer")
P("death age", "[[NAME:p1.full]] died [[DATE:vdate]] at [[AGE:age90]]. 2746 due in 14 days, I'll do it.")
P("incident", "Incident: [[NAME:p1.fl]] slipped in the lobby on [[DATE:vdate]] around {time}. {s1.first} and {s2.first} assisted, no injury. RL6 filed.")
P("email slack-markup", "<mailto:[[EMAIL:r1.email]]|[[EMAIL:r1.email]]> is the best way to reach [[NAME:p1.first]]'s {r1.kin}")
P("phone slack-markup", "call <tel:[[PHONE:phone#t]]|[[PHONE:phone#t]]> — that's [[NAME:p1.last]]'s {r1.kin}, {r1.he} speaks {r1.lang} only")
P("email evasion", "[[NAME:r1.full]] gave {r1.his} email as [[EMAIL:email_obf]] for the care conference invite")
P("age evasion", "[[NAME:p1.last]] will be [[AGE:age90]] next month and still on {shift}!")
P("employee-health", "{unit} PCT [[NAME:p1.full]] will be dialyzing on our {shift} starting [[DATE:vshort]]. {p1.he!c} asked that {p1.his} coworkers not be assigned to {p1.him}.")
P("list", "Need signed consents from: [[NAME:p1.full]], [[NAME:p2.full]], [[NAME:p3.full]] and [[NAME:p4.full]]")
P("list lowercase", "flu shots still needed: [[NAME:p1.last!l]], [[NAME:p2.last!l]], [[NAME:p3.full!l]]")
P("typo", "[[NAME:p1.last]]s dauhgter called, cant come [[DATE:vstart]], need to resched to [[DATE:vend]]")
P("memo transfer", "MEMO — Patient Transfer\nPatient: [[NAME:p1.full]]\nDate of Birth: [[DATE:dob]]\nReceiving facility: {unit}\nEffective: [[DATE:vdate]]\nSocial Worker: {s1.full}, LICSW")
P("bot", "draft a text to [[NAME:p1.first]]: 'your chair time on [[DATE:vshort]] moved to 11:30, reply C to confirm'")
P("records", "`[[NAME:p1.lf]] | [[MRN:mrn]] | [[DATE:dob]]` ← this row is duplicated in the census export, {s3.first} can you dedupe")
P("age emoji", "Happy birthday to [[NAME:p1.nick]] in chair {chair}, [[AGE:age90]] today!!! 🎈")
P("transport", "ok so long story — [[NAME:p1.first]]'s {rel} called AGAIN, the {ride} van went to the old address ([[ADDRESS:street]]) instead of the new one ([[ADDRESS:addr]]). I fixed it in the portal but pls double check on your end {s1.first}")
P("family", "| pt | contact | phone |\n|---|---|---|\n| [[NAME:p1.last]] | [[NAME:r1.full]] ({r1.kin}) | [[PHONE:phone]] |\n| [[NAME:p2.last]] | [[NAME:r2.full]] | [[PHONE:phone]] |")
P("transport", "Uber Health receipt — rider [[NAME:p1.fl]], pickup [[ADDRESS:addr]], {small}. Charge to the SW transport fund")
P("email", "[[NAME:p1.full]] wants {p1.his} run sheets emailed to [[EMAIL:p1.email]] — is that allowed or does it have to go through HIM?")
P("escalation", "PT [[NAME:p1.full!u]] MRN [[MRN:mrn]] — HOLD HEPARIN, PLT 42")
P("schedule", "> [[NAME:p1.full]] needs a new chair time\n^ done, {shift} starting [[DATE:vshort]]")
P("spanish", "la señora [[NAME:p1.last]] dice que no tiene transporte para el [[DATE:vshort]], ¿alguien habla con {ride}?")
P("clinical", "[[NAME:p1.last]] up 4.2 kg since [[DATE:vshort]], {s1.first} thinks {p1.he}'s not keeping to the fluid restriction")
P("clinical", "{s2.first} (dietitian) needs to see [[NAME:p1.full]] about the phos — {p1.he} only comes {shift}, {r1.kin} [[NAME:r1.first]] does all the cooking")
P("name", "pt [[NAME:wfull]] asked about switching to home PD, referral sent to the {unitshort} home program")
P("interpreter", "ASL interpreter for [[NAME:p1.full]] every TTS — agency confirmed through [[DATE:vdate]]")


# ================================================================= clean frames
# staff, colleagues, executives, vendors in business context
C("staffing", "{s1.first} can you cover {s2.first}'s 2nd shift on {mdate}? I'll take your Saturday")
C("calendar", "QIP meeting moved to {mdate} at {time}, link {zoom}")
C("exec-name", "{e1.full} ({title}) is walking the unit {weekday} before the survey. Please clear the hallway by chair {chair}.")
C("vendor", "{vendor} rep {v1.full} will be here {mdate} for the cycler in-service, lunch provided 🍕")
C("facility-address zip-like", "Reminder: the Haverhill satellite moved to {fac_addr}. Staff parking is in the back lot.")
C("ext", "new extensions — front desk {ext}, charge {ext}, SW office {ext}. biomed is still {ext}")
C("count", "week recap: {count} no-shows, {big} treatments, {pct} on time. not bad team")
C("money", "ride voucher budget is down to {money} for the quarter, {s1.first} wants to sign off on each one until {month}")
C("version", "cycler software {ver} rolls out {mdate}, {hvendor} will push it remotely to home pts. in-center machines stay on the old build")
C("ticket", "opened {ticket} for the label printer at the nurses station, it keeps printing blank")
C("po", "{po} for {supply} approved, should land {weekday}")
C("npi", "Dr. {s1.last}'s NPI is {npi} if you need it for the transport forms")
C("cpt", "reminder: home training sessions bill under {cpt}, NOT 90999 — {s1.first} caught a bunch of these in the audit")
C("icd", "for exit-site infections use {icd} please, the old code is getting kicked back by {payer}")
C("hipaa", "reminder: no patient names in this channel — use chair numbers. HIPAA refresher due {mdate}")
C("mrn-topic", "Epic goes to 10-digit MRNs on {mdate}; the old 7-digit ones get a prefix. Update your ride voucher templates.")
C("ssn-topic", "don't write SSN on the ((ride voucher|transport|AKF)) forms anymore, {ride} changed their policy. DOB + ((MassHealth|member)) ID is enough now")
C("age-aggregate", "census check: {count} patients 90+ and 2 pts over 95 on the TTS side. fall precautions for all of them")
C("age-aggregate", "((transplant|Transplant)) re-eval is on a 90-day cycle now, not ((6 months|every 6 mo|twice a year))")
C("name-like", "I hope the plow gets the lot before 1st shift, {count} pts use walkers")
C("name-like", "in good faith we'll honor the old vouchers through {mdate}, after that only the new form")
C("name-like", "((will|can)) someone grab the rose arrangement off the ((front desk|sign-in counter))? it's blocking the ((sign-in sheet|hand sanitizer|mask box))")
C("name-like money", "the bill from {vendor} came in at {money}, way over the quote. {s1.first} is disputing it")
C("name-like calendar", "grant application for the ride fund is due {mdate}, {s2.first} is writing the narrative")
C("name-like", "pls mark chairs {chair} and {chair2} as clean on the whiteboard, terminal clean done")
C("name-like", "can somebody chase down the {supply} order? tracking hasn't moved since {weekday}")
C("name-like", "page the renal fellow if the ((pressures|BPs|venous pressures)) stay high, don't wait for ((rounds|the attending|Dr. {s1.last}))")
C("clean-patient", "chair {chair} is asking for a warm blanket again, can a PCT grab one")
C("clean-patient", "new start coming {weekday} for {shift}, {young}yo, tunneled cath, no transport yet. I'll do intake")
C("zip-like", "charge ride vouchers to cost center {costc}, NOT the supplies one")
C("calendar", "huddle is in conf room {room} today, the break room is being painted")
C("policy", "policy {policy} (transport no-shows) was updated — read & sign by {mdate}")
C("intranet", "the ride voucher form lives here now: {intranet}")
C("welcome", "please welcome {s1.full}, our new SW starting {mdate} 👋 {s1.he} comes from {unit}")
C("donor", "huge thanks to the {s1.last} Family Foundation for the {money} transportation grant 🙏")
C("exec-name calendar", "{e1.full} from the board will tour {unit} on {mdate} at {time}. {e2.full} ({title}) is joining.")
C("bot calendar", "@bot move my 3pm with {s1.first} to thursday")
C("bot calendar", "@bot book conf room {room} for the QIP huddle {mdate} 2-3pm and invite {s1.full} and {s2.full}")
C("training", "{s1.first} and {s2.first} passed the home hemo trainer competency 🎉")
C("survey", "state survey window opens {mdate}. binders, logs, crash cart checks — {s3.first} has the list")
C("inventory", "only {count} cases of {supply} left in the back, reorder before {weekday}")
C("asset", "machine {asset} failed conductivity, pulled from chair {chair}. biomed ticket {ticket}")
C("staffing", "Dr. {s1.last} is rounding {weekday} instead of {weekday}, have the run sheets ready")
C("weather", "snow plan: if {ride} cancels tomorrow we call pts from the binder at the desk, not from personal phones")
C("money fiscal", "FY2026 transport budget is {bigmoney}; Q3 spend so far {bigmoney}. {e1.first} wants a breakdown by {mdate}")
C("quality", "our fistula rate hit {pct} this month — best in the region per the ESRD Network report")
C("money interpreter", "the {lang} interpreter agency invoice {inv} is {money}, can someone approve in Coupa")
C("facility-address calendar", "joint SW meeting at the Lawrence office, {fac_addr}, {mdate} at {time}")
C("staff-birthday emoji", "happy birthday {s1.first}!!! 🎂 cake in the break room after 1st shift")
C("name-like", "Hope from finance says the voucher budget is fine through {month}")
C("version", "Epic {ver} went live last night — the dialysis flowsheet lost the UF goal column, {ticket}")
C("clean-patient emoji", "one of our ((2nd|1st|3rd)) shift folks got a kidney ((last night|this morning|over the weekend))!!! 🎉🎉")
C("emoji calendar", "*Reminder* :rotating_light: fire drill {weekday} at {time}. Patients on machines stay put, staff follow the card at your station.")
C("calendar", "Agenda for the {mdate} staff mtg:\n• transport no-show policy ({policy})\n• QIP scores\n• {hvendor} recall update (no one on our census affected)\n• holiday schedule")
C("staffing", "| shift | charge | SW |\n|---|---|---|\n| MWF 1st | {s1.first} | {s2.first} |\n| TTS 1st | {s3.first} | {s4.first} |\n| twilight | float | {s2.first} |")
C("vendor", "{hvendor} tech support is in the binder by the fax. ask for {v1.first}, {v1.he}'s the only one who knows the old cyclers")
C("facility-address", "kidney walk is {mdate} starting at {fac_street}, sign up on the sheet — team name is Needle Movers 💪")
C("count", "we have {count} open chairs on TTS 3rd and {count} on MWF twilight, intake pls fill those first")
C("vendor", "{ride} billing contact changed, the new remit info is on the W-9 in the shared drive")
C("version", "biomed upgraded the RO controller to {ver} over the weekend, alarms look the same")
C("calendar zoom", "transport workgroup: Zoom ID {zoomid}, passcode in the invite. {mdate}, {time}")
C("policy", "Per {policy}, ride vouchers over {premium} need charge nurse sign-off")
C("forms", "CMS 2728 and 2746 forms are entered in EQRS now, not CROWNWeb. {s1.first} has the login steps")
C("money", "parking validation is costing us {midmoney}/month, {e1.first} asked if we can cut it")
C("name-like", "the ride fund account moved to Chase, {s1.first} has the new deposit slips")
C("name-like calendar", "Mark your calendars: CKD education night {mdate} at {fac_addr}, families welcome")
C("name-like", "St. ((Anne|Michael|Patrick))'s faith outreach group is offering rides for Sunday visits — NOT for treatments, please don't promise that")
C("name-like", "ask Bill in finance about invoice {inv}, he said it was paid")
C("name-like", "Dr. Page is covering for Dr. {s1.last} this week, rounds at {time}")
C("name-like", "Will the new recliners fit through the side door? {vendor} says they're 34 inches wide")
C("name-like calendar", "Rose Room is booked for the family education session {mdate}, {time}")
C("count", "#sw-team caseloads — {s1.first} {big}, {s2.first} {big}, me {big}. we're way over 75:1 again")
C("count", "transplant referral turnaround averaged {count} days this quarter (goal is 14)")
C("staffing emoji", "{s1.full}'s last day is {mdate} 😢 card is going around, sign by {weekday}")
C("pharmacy", "pharmacy says the ESA shortage should ease by {mdate}, hold the substitution list until then")
C("survey policy", "Joint Commission tracer asked {s2.first} about interpreter policy {policy}. nailed it 👏")
C("money po", "ordered {count} new recliner chairs at {midmoney} each, {po} pending approval")
C("facility-address", "heads up the elevator at {fac_street} is out again, wheelchair pts use the east ramp")
C("water", "water cultures from {mdate} all within limits, posted in the RO room")
C("money", "the new ESRD PPS base rate is {premium} per treatment, finance is sending a summary")
C("dob-topic", "DOB is a required field on the new ((voucher|ride request|intake)) form now, it won't ((submit|save)) without it")
C("group", "the {payer} group number on our employee plan is {group}, HR asked me to share")
C("hp-topic", "MBI is 11 characters, no dashes when you type it into the ((portal|eligibility site|clearinghouse)). the old HICN won't work anymore")
C("potluck multiline", "{s1.first}: are we doing the potluck {mdate}?\n{s2.first}: yes! I'm bringing jollof\n{s3.first}: pancit here 🙌")
C("forwarded exec-name", "> From {e1.full}, {title}:\n> Effective {mdate}, all ride voucher requests go through the SW team.\nso... that's us 😅")
C("city-business", "our Salem site is short a SW on {mdate}, can anyone float?")
C("ip-topic", "IT says the home cyclers need static IPs, they'll assign them per ((modem|router)). no action for ((us|the SW team|charge))")
C("code", "`=COUNTIF(C2:C400,\"no-show\")` gives the no-show count for the QIP sheet, {s1.first} asked")
C("icd", "{icd} vs {icd} — which one for the access infection audit? finance keeps asking")
C("lowercase", "((lol|ugh|smh)) the vending machine ate my ((dollar|quarters|last $5)) again")
C("lowercase", "coffee run in ((10|15|5)), who wants what ☕")
C("staff", "{s1.first} left {s1.his} badge at chair {chair}, it's at the desk")
C("biomed", "conductivity alarms on {count} machines this morning — same acid concentrate lot? {inv}")
C("quality", "patient satisfaction survey came back at {pct}, up from last year")
C("calendar", "lunch & learn at {fac_street} on {mdate}: Dr. {s1.last} from {txc} on living donation")
C("money emoji", "the ride fund donation jar has {small} in it 🙌")
C("exec-name", "{e1.full} ({title}) approved the float pool for TTS starting {month}")
C("calendar", "monthly Ask the SW table: {mdate}, lobby, 10-2")
C("staffing", "reminder Dr. {s1.last} and Dr. {s2.last} swap call this weekend")
C("lowercase", "who took the ((stapler|tape|good pens)) from the SW office 😤")
C("asset version", "laptop {asset} needs reimaging, it's stuck on {ver}")
C("interpreter count", "we got {count} new {lang}-speaking pts this year, maybe time for a staff interpreter?")
C("vendor", "{hvendor} account manager {v1.full} is leaving, new contact TBD")
C("rfp calendar", "transport vendor RFP closes {mdate}. bids so far from {ride} and {ride}")
C("holiday multiline", "((Holiday|Thanksgiving|Christmas)) week:\nMon → normal\nWed → Thu pts run Wed\nFri/Sat → normal\nno treatments on the holiday itself, chairs closed")
C("interpreter intranet", "reminder: interpreters must be booked 48h ahead through {intranet}")
C("staffing", "new hire {s1.full} (PCT) shadowing {s2.first} all week, be nice 🙂")
C("vendor", "the {vendor} truck blocked the ambulance bay for an hour, {s1.first} talked to the driver")
C("version", "the Uber Health integration moved to API {ver}, ride requests look the same on our side")
C("name-like staffing", "Faith is charge ((today|tomorrow)), Grant is floating, Joy has the ((iso room|back pod))")
C("zip-like facility-address", "clinic ZIP for the ((grant application|vendor form|W-9)) is 01854 (main unit), not the billing office one")
C("npi", "Dr. {s2.last}: NPI {npi}, DEA and license copies are already with credentialing")
C("count", "{count} pts signed up for the Kidney Smart class on {mdate}")
C("calendar emoji", "{unitshort} unit turns 20 on {mdate}! party planning thread 🧵")
C("ticket", "ticket {ticket} closed: fax to {txc} is working again")
C("url", "board portal for the quality packet: {intranet}")
C("exec-name count", "exec summary for {e1.first}: {big} treatments, {pct} attendance, {count} hospitalizations, {count} transplants YTD")
C("bot", "@bot how many open chairs on {shift} this week?")
C("bot policy", "@bot summarize transport policy {policy} in 3 bullets for the new PCTs")
C("bot calendar", "bot: set a reminder for {mdate} to submit the QIP attestation")
C("iso", "hep B iso chair {chair} out of service till {weekday}, biomed waiting on a part")
C("name-like emoji", "Chase the farm cat is in the ((lobby|waiting room|parking garage)) again 🐈 someone call facilities")
C("money vendor", "{supply}: {premium}/case from {vendor} vs {premium} from {vendor}. we should switch")
C("lowercase", "anyone selling girl scout cookies? asking for the whole ((1st|2nd|3rd)) shift")
C("council", "Patient Advisory Council meets {mdate} in conf room {room}, {count} pts volunteered")
C("staffing typo", "{s1.first} wil be late, trafic on 495. {s2.first} can u start the 1st shft checks")
C("ext", "if {txc} calls back about the referral list, transfer to SW at {ext} not the front desk")
C("facility-address", "mail for the SW team now goes to {fac_addr}, attn: Social Work")
C("calendar", "Deadline for the Q3 ride voucher reconciliation is {mdate}. {s1.first} has the spreadsheet")
C("version npi", "the referral portal rejects the NPI field since {ver} — ticket {ticket}, workaround is to leave it blank")
C("money", "AKF HIPP payments for this quarter total {bigmoney}, {count} pts covered")
C("calendar exec-name", "{e2.full} wants 15 min with the SW team {mdate}, topic is ride vouchers")

# a few more PHI frames (hard ones)
P("name hard", "[[NAME:p1.last]] again. same story as {weekday}: no ride, {labv}. {s1.first} is calling {p1.his} {rel}")
P("name hard", "Rose from billing says [[NAME:wfull]]'s account is fine now — HAR [[ACCOUNT_NUMBER:acct]]")
P("name employee-health", "{s1.first} is covering for [[NAME:p1.first]] (out for {p1.his} own fistula surgery on [[DATE:vshort]], {p1.he} said it's ok to share here)")
P("name list", "2nd shift board: {chair} [[NAME:p1.last]] | {chair2} [[NAME:p2.last]] | 9 [[NAME:p3.last]] | 11 empty")
P("date", "[[NAME:p1.fl]] next monthly labs [[DATE:vshort]], f/u with neph due [[DATE:vdate]]; vascular f/u after that")
P("credit-card evasion", "{p1.hon} [[NAME:p1.last]] read me {p1.his} card number for the pharmacy copay: [[CREDIT_CARD:card]] — I did NOT write it down anywhere else")
P("ip", "can't reach the cycler at [[NAME:p1.full]]'s house, ping to [[IP_ADDRESS:ip]] times out. {hvendor} says call {p1.him} to reboot the modem")
P("transport", "{ride} confirmation for [[NAME:p1.full]]: pickup [[DATE:vshort]] {time} from [[ADDRESS:addr]], return after tx. driver will call [[PHONE:phone]]")


# ================================================================= main
def main():
    r = R
    pf = PHI_FRAMES[:]; cf = CLEAN_FRAMES[:]
    r.shuffle(pf); r.shuffle(cf)
    jobs = [(True, pf[i % len(pf)]) for i in range(N_PHI)] + [(False, cf[i % len(cf)]) for i in range(N_CLEAN)]
    r.shuffle(jobs)
    seen, rows = set(), []
    for n, (want_phi, frame) in enumerate(jobs, 1):
        for _ in range(50):
            text, spans, tags = draw(frame, r, want_phi)
            if text not in seen: break
        else:
            raise ValueError("duplicate text from frame: " + frame[1])
        seen.add(text)
        rows.append({"id": "io-%04d" % n, "text": text,
                     "spans": [{"type": t, "value": v} for t, v, _ in spans],
                     "tags": tags})
    assert len(rows) == N_PHI + N_CLEAN
    assert sum(1 for x in rows if x["spans"]) == N_PHI
    with open(OUT, "w", encoding="utf-8") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d PHI, %d clean) from %d PHI + %d clean frames to %s" % (
        len(rows), N_PHI, N_CLEAN, len(PHI_FRAMES), len(CLEAN_FRAMES), OUT))


if __name__ == "__main__":
    main()
