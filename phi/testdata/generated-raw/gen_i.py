#!/usr/bin/env python3
"""Generator for a blind PHI evaluation corpus (hospital Slack/Teams + exec-delegation bot).

Writes generated_i.jsonl next to this script (1,600 messages, ids gi0001..), deterministic.
Standard library only.  Values are produced by local generators; message shapes come from
hand-written sentence frames, a small clause grammar and a structured-record grammar.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 91731
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_i.jsonl")
N_TOTAL = 1600
N_CLEAN = 720            # 45 %

def ch(seq):
    return R.choice(seq)

def p(x):
    return R.random() < x

# ---------------------------------------------------------------------------
# name pools
# ---------------------------------------------------------------------------
FEMALE = """Grace Hope Faith Joy Rose Lily Iris Ivy Holly Dawn Summer April May June Autumn Crystal Amber Ruby
Pearl Violet Daisy Heather Honey Star Precious Destiny Charity Patience Mercy Blessing Margaret Dorothy Helen Ruth
Shirley Barbara Patricia Linda Carol Judith Deborah Kathleen Maureen Siobhan Aoife Niamh Bridget Colleen María
Guadalupe Lucía Ximena Yesenia Marisol Dolores Consuelo Inês Conceição Fernanda Graça Nadège Mireille Fabienne
Guerline Lan Mai Thuy Huong Xiu Mei Jing Min-ji Seo-yeon Ji-woo Yuki Haruka Keiko Maricel Rosario Imelda Jocelyn
Priya Ananya Lakshmi Kavya Sunita Farzana Ayesha Fatima Mariam Layla Amina Hodan Fadumo Ifrah Chidinma Ngozi
Adaeze Funmilayo Yetunde Abena Akosua Efua Tigist Selam Meseret Olga Svetlana Natalia Oksana Halyna Agnieszka
Małgorzata Zofia Eleni Despina Giulia Francesca Concetta Anahit Lusine Miriam Esther Shoshana Sophea Chanthy Malee
Ingrid Astrid Greta Brigitte Geneviève Chantal Renée Zoë Nia Tanisha Keisha Aaliyah Imani Latoya Ebony Shanice
Brittany Kayleigh Madison Harper Ava Chloe Emma Olivia Beatriz Paloma Itzel Bernadette Gladys Mildred Edna Hazel
Opal Mabel Florence Winifred Rosalind Lorraine Trinh Thao Bich Soo-ah Hana Leilani Noelani Marisela Araceli
Yolanda Lupe Wanjiru Achieng Zainab Khadija Rukhsana Parveen Deepa Meenakshi""".split()

MALE = """Will Mark Bill Rob Guy Drew Chase Hunter Wade Cliff Dale Glen Forrest Rusty Buck Clay Miles Art Frank
Ernest Norm Sterling Royal Major King Price Reed Ray Sonny Bud Robert James William Thomas Richard Joseph Walter
Harold Eugene Francis Patrick Seamus Declan Cormac Liam José Luis Jesús Alejandro Santiago Rafael Héctor João
Manuel Tiago Amílcar Jean-Claude Wesner Fritz Dieudonné Minh Tuan Huy Quang Wei Jian Hao Zhiwei Min-jun Seung-ho
Jae-won Hiroshi Kenji Takeshi Rodel Jomar Efren Arjun Rohan Vikram Sanjay Rajesh Imran Tariq Bilal Omar Yusuf
Khalid Abdirahman Abdi Mohamed Chukwuemeka Obinna Emeka Oluwaseun Babatunde Kwame Kofi Yaw Dawit Bereket Dmitri
Sergei Mykola Taras Piotr Łukasz Tomasz Giorgos Nikos Salvatore Giuseppe Vincenzo Aram Hovhannes Moshe Avi Yosef
Vannak Sophal Bounmy Lars Henrik Klaus Dieter Étienne Lucien Gaston DeShawn Tyrone Jamal Darnell Marquis Cody
Brayden Jaxon Mateo Elijah Noah Ezekiel Hamza Earl Herbert Clarence Floyd Virgil Homer Otis Lyle Nguyen Bao
Thanh Kyung-soo Dong-hyun Ikaika Keoni Ramón Eusebio Florencio Wanjala Otieno Musa Ibrahim Suleiman Anil
Pradeep Mahesh Baldev Gurpreet Ferdinand Lorenzo Ezio""".split()

NEUTRAL = """Robin Sky River Rain Sunny Jordan Taylor Morgan Casey Jamie Alex Sam Avery Quinn Rowan Sage Ellis
Emerson Kendall Reese Dakota Shiloh Ariel Jesse Kai Remy Marlowe Lane Blair Frankie Billie Hayden Parker Phoenix
Tatum Ashton Jun Hikaru Chidi Sasha Noa Ren Amari Oakley Lennon Hollis""".split()

SURNAMES = [s.replace("_", " ") for s in """Smith Baker Brown Green White Black Young King Wolf Fox Bird Stone Rivers Church Hill Park Long Price
Cash Banks Moody Sharp Frost Snow Winter Day Law Page Bell Rose Hope Love Best Good Rich Strong Swift Wise Hardy
Street Lane Mason Cook Carpenter Fisher Hunter Miller Potter Turner Walker Waters Woods Field Marsh Brook Ford Bush
Castle Chambers Glass Gold Silver Small Little Short Noble Bishop Pope Abbott Friend Child Moon Summers Sparks Storm
Flowers House O'Brien O'Neill McCarthy MacDonald Fitzgerald Sullivan Brennan Doherty Kavanagh Nguyen Tran Pham Le
Hoang Vu Dang Bui Do Garcia Rodriguez Hernández Martínez López González Pérez Sánchez Ramírez Torres Flores Rivera
Gómez Díaz Reyes Cruz Morales Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Mendoza Castillo Jiménez Vargas Romero
Delgado Fuentes Okafor Adeyemi Okonkwo Eze Nwosu Balogun Adebayo Mensah Asante Owusu Boateng Haile Tesfaye Girma
Bekele Ali Hassan Mohamed Farah Warsame Abdullahi Yusuf Osman Patel Shah Reddy Iyer Chatterjee Banerjee Nair
Menon Gupta Singh Kaur Khan Siddiqui Qureshi Chaudhry Malik Kim Lee Choi Jung Kang Cho Yoon Jang Tanaka Sato
Yamamoto Watanabe Suzuki Nakamura Kobayashi Wang Li Zhang Chen Liu Huang Zhao Wu Zhou Xu Lin Santos Bautista
Villanueva Aquino Mendoza-Reyes Dela_Cruz Pascual Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Ivanov
Petrov Smirnov Volkov Shevchenko Bondarenko Kovalenko Melnyk Papadopoulos Georgiou Nikolaidis Russo Esposito
Bianchi Romano Colombo Ricci Marino Greco Petrosyan Hakobyan Sargsyan Cohen Levi Goldberg Friedman Katz Shapiro
Rosenberg Sok Chhim Keo Phommachanh Vongsa Sayavong Pierre Jean-Baptiste Desir Etienne Fontaine Charles Joseph
Louis Toussaint Tavares Medeiros Pimentel Andrade Barbosa Silva Costa Pereira Sousa Rocha Monteiro Fernandes
Müller Schmidt Schneider Becker Hoffmann Sørensen Johansson Lindqvist Andersen Nilsson Berg Dubois Lefebvre
Gagnon Tremblay Côté Bouchard Leblanc Ouellette Thibodeau Washington Jefferson Jackson Robinson Coleman Jenkins
Holmes Freeman Booker Dixon Gaines Mayfield Whitfield Haynes Bradley Crawford Sinclair Hargrove Pemberton
Kealoha Kahananui Begay Yazzie Tsosie Kiplagat Mwangi Otieno Wanjiku Achebe Obi Diallo Traoré Ndiaye Sow Bah
Camara Kouyaté Van_der_Berg De_Jong Van_Dyke D'Angelo DiNardo LaRosa St._Pierre Ó_Briain Al-Sayed El-Amin
Haddad Khoury Nassar Saleh Mansour Aziz Rahimi Karimi Hosseini Tehrani Demir Yilmaz Kaya Öztürk Novak Horvat
Kovač Popescu Ionescu Dumitru Nagy Szabó Tóth Varga""".split()]

NICKNAMES = ["Bud", "Sunny", "Junior", "Tito", "Lulu", "Bea", "Kiki", "Manny", "Chuy", "Nico", "Deedee", "Pip",
             "Ace", "Mimi", "Coco", "Lolo", "Bubba", "Sully", "Teddy", "Gigi", "Pepe", "Tata", "Birdie", "Moe",
             "Red", "Smitty", "Tootie", "Nana Jo", "Big Mike", "Cookie", "Dot", "Peanut"]

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def digits(n):
    return "".join(ch("0123456789") for _ in range(n))

def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)

FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
def fullwidth(s):
    return s.translate(FW)

SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
def spell_digits(s):
    groups = re.findall(r"\d+", s)
    out = []
    for g in groups:
        out.append(" ".join(("oh" if (c == "0" and p(0.4)) else SPELL[int(c)]) for c in g))
    return ", ".join(out)

def obfuscate_number(s, allow_spell=True):
    """s uses '-', ' ' or '.' as separators. returns (value, tags)."""
    k = R.randint(0, 5 if allow_spell else 4)
    if k == 0:
        return " ".join(re.sub(r"\D", "", s)), ["evasion"]
    if k == 1:
        return fullwidth(s), ["evasion", "fullwidth"]
    if k == 2:
        if re.search(r"[-. ]", s):
            return re.sub(r"[-. ]", "\u200b", s), ["evasion", "zero-width"]
        return s[:3] + "\u200b" + s[3:], ["evasion", "zero-width"]
    if k == 3:
        if re.search(r"[-. ]", s):
            return re.sub(r"[-. ]", "\u00a0", s), ["evasion", "nbsp"]
        return s[:3] + "\u00a0" + s[3:], ["evasion", "nbsp"]
    if k == 4:
        parts = re.split(r"[-. ]", s)
        if len(parts) >= 3:
            seps = [ch(["-", ".", " ", "/", "_"]) for _ in parts[1:]]
            if len(set(seps)) == 1:
                seps[0] = "." if seps[0] != "." else "-"
            return parts[0] + "".join(a + b for a, b in zip(seps, parts[1:])), ["evasion", "mixed-separators"]
        return " ".join(re.sub(r"\D", "", s)), ["evasion"]
    return spell_digits(s), ["evasion", "spelled"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WKD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WKD2 = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDW = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
        "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]

def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))

def mon_abbr(m):
    a = MABBR[m - 1]
    if m == 9 and p(0.4):
        a = "Sept"
    if p(0.2):
        a += "."
    return a

def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))

DATE_FMT_YEAR = [
    lambda d: "%02d/%02d/%d" % (d.month, d.day, d.year),
    lambda d: "%d/%d/%02d" % (d.month, d.day, d.year % 100),
    lambda d: "%d/%d/%d" % (d.month, d.day, d.year),
    lambda d: "%d-%02d-%02d" % (d.year, d.month, d.day),
    lambda d: "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
    lambda d: "%s %d, %d" % (mon_abbr(d.month), d.day, d.year),
    lambda d: "%02d-%s-%d" % (d.day, MABBR[d.month - 1], d.year),
    lambda d: "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
    lambda d: "%02d%02d%d" % (d.month, d.day, d.year),
    lambda d: "%d.%d.%d" % (d.month, d.day, d.year),
    lambda d: "%d-%d-%d" % (d.month, d.day, d.year),
    lambda d: "%02d%s%d" % (d.day, MABBR[d.month - 1].upper(), d.year),
    lambda d: "%s %s, %d" % (MONTHS[d.month - 1], ordinal(d.day), d.year),
    lambda d: "%d%02d%02d" % (d.year, d.month, d.day),
    lambda d: "the %s of %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year),
    lambda d: "%s %s %d" % (MONTHS[d.month - 1], ORDW[d.day - 1], d.year),
    lambda d: "%02d/%02d/%02d" % (d.month, d.day, d.year % 100),
    lambda d: "%d-%s-%02d" % (d.day, MABBR[d.month - 1].lower(), d.year % 100),
]
DATE_FMT_NOYEAR = [
    lambda d: "%d/%d" % (d.month, d.day),
    lambda d: "%02d/%02d" % (d.month, d.day),
    lambda d: "%s %s" % (mon_abbr(d.month), ordinal(d.day)),
    lambda d: "%s %s" % (MONTHS[d.month - 1], ordinal(d.day)),
    lambda d: "%s %s" % (MONTHS[d.month - 1], ORDW[d.day - 1]),
    lambda d: "%s %d/%d" % (WKD2[d.weekday()], d.month, d.day),
    lambda d: "%s, %s %d" % (WEEKDAY[d.weekday()], MONTHS[d.month - 1], d.day),
    lambda d: "the %s of %s" % (ordinal(d.day), MONTHS[d.month - 1]),
    lambda d: "%d-%d" % (d.month, d.day),
    lambda d: "%s %d" % (mon_abbr(d.month), d.day),
    lambda d: "%d-%s" % (d.day, MABBR[d.month - 1]),
    lambda d: "%s the %s" % (MONTHS[d.month - 1], ordinal(d.day)),
]

def fmt_date(d, kind):
    if kind == "dob":
        return ch(DATE_FMT_YEAR)(d)
    if p(0.45):
        return ch(DATE_FMT_YEAR)(d)
    return ch(DATE_FMT_NOYEAR)(d)

UNITS_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
def age_words(n):
    if n < 100:
        w = "ninety" + ("" if n == 90 else ch(["-", " "]) + UNITS_W[n - 90])
        return w
    rest = n - 100
    head = ch(["one hundred", "a hundred", "hundred"]) if rest else ch(["one hundred", "a hundred"])
    if rest == 0:
        return head
    return head + ch([" and ", " "]) + UNITS_W[rest]

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, gender=None):
        g = gender or ch(["f", "f", "m", "m", "n"])
        if g == "f":
            self.first = ch(FEMALE)
        elif g == "m":
            self.first = ch(MALE)
        else:
            self.first = ch(NEUTRAL)
        self.gender = g if g != "n" else ch(["f", "m"])
        self.last = ch(SURNAMES)
        if p(0.06):
            other = ch(SURNAMES)
            if " " not in other and " " not in self.last and other != self.last:
                self.last = self.last + "-" + other
        self.middle = ch(FEMALE + MALE + NEUTRAL) if p(0.5) else None
        self.suffix = ch(["Jr.", "Sr.", "III", "II"]) if (self.gender == "m" and p(0.06)) else None

    def full(self):
        k = R.random()
        if k < 0.55 or not self.middle:
            s = "%s %s" % (self.first, self.last)
        elif k < 0.8:
            s = "%s %s. %s" % (self.first, self.middle[0], self.last)
        elif k < 0.9:
            s = "%s %s %s" % (self.first, self.middle, self.last)
        else:
            s = "%s %s %s" % (self.first, self.middle[0], self.last)
        if self.suffix and p(0.6):
            s += ch([" ", ", "]) + self.suffix
        if p(0.05):
            s = s.upper()
        return s

    def inverted(self):
        s = "%s, %s" % (self.last, self.first)
        if self.middle and p(0.5):
            s += " " + self.middle[0]
        if p(0.55):
            s = s.upper()
        return s

# ---------------------------------------------------------------------------
# PHI value generators  (each returns (value, extra_tags))
# ---------------------------------------------------------------------------
AREA = ["617", "978", "508", "781", "413", "603", "207", "401", "860", "203", "212", "718", "917", "516", "914",
        "201", "973", "215", "267", "412", "216", "614", "313", "312", "773", "414", "612", "651", "713", "832",
        "210", "915", "602", "520", "303", "720", "801", "559", "510", "408", "209", "503", "206", "253", "404",
        "770", "305", "786", "407", "813", "704", "919", "804", "410", "301", "901", "615", "502", "504", "205",
        "601", "402", "515", "918", "505", "702", "907", "808", "802", "774", "857", "339", "351", "347", "929"]
INTL = ["+44 20 %s %s" % ("79" + digits(2), digits(4)), "+52 55 %s %s", "+63 917 %s %s", "+91 98%s %s",
        "+234 803 %s %s", "+351 912 %s %s", "+1 (809) %s-%s", "+509 34 %s %s", "+238 991 %s %s",
        "+84 90 %s %s", "+353 87 %s %s", "+855 12 %s %s", "+251 91 %s %s", "+48 601 %s %s", "+380 67 %s %s"]

def gen_phone():
    tags = []
    if p(0.1):
        t = ch(INTL)
        n = t.count("%s")
        if t.startswith("+44"):
            v = t
        else:
            v = t % tuple(digits(3) if i == 0 else digits(4) for i in range(n))
        tags.append("international")
    else:
        a = ch(AREA)
        e = str(R.randint(201, 989))
        if p(0.1):
            e = "555"
            n4 = "01" + digits(2)
        else:
            n4 = digits(4)
        v = ch([
            "(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "+1-%s-%s-%s", "1-%s-%s-%s",
            "%s %s %s", "(%s)%s-%s", "+1 (%s) %s-%s", "%s/%s-%s", "1 (%s) %s %s", "+1.%s.%s.%s", "+1%s%s%s",
        ]) % (a, e, n4)
        if p(0.07):
            v, t2 = obfuscate_number(v.replace("(", "").replace(")", "").replace("+1", "").strip(" -."))
            tags += t2
    if p(0.1) and "evasion" not in tags:
        v += ch([" ext. %s", " x%s", " ext %s", ", ext. %s", " X%s", " ext.%s", " EXT %s"]) % str(R.randint(2, 9999))
        tags.append("ext")
    return v, tags

def tel_pair():
    a = ch(AREA); e = str(R.randint(201, 989)); n4 = digits(4)
    link = ch(["+1%s%s%s" % (a, e, n4), "%s%s%s" % (a, e, n4), "+1-%s-%s-%s" % (a, e, n4)])
    label = ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, n4)
    return link, label

PERSONAL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net", "verizon.net", "icloud.com",
                "outlook.com", "protonmail.com", "att.net", "msn.com", "live.com", "ymail.com", "me.com",
                "charter.net", "cox.net", "sbcglobal.net", "earthlink.net", "gmx.com", "mail.com"]
BUS_DOM = ["merrimackvalleyhealth.org", "stbrigidmed.org", "lakeshorehealth.org", "northbayhealth.org",
           "hudsonvalleyhc.org", "cascadiamed.org", "pinecresthealth.org", "desertsunmed.org", "bayouregional.org",
           "granitestatehealth.org", "medivant.com", "carelogix.io", "pumpworks-med.com", "halcyonimaging.com",
           "vireohealthit.com", "brightpathstaffing.com", "mvh.org", "sbmc.org", "lsh-med.org"]

def _slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())

def gen_email(person=None, business=False):
    pp = person or Person()
    f, l = _slug(pp.first) or "pat", _slug(pp.last) or "doe"
    if business:
        local = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (f, l), "%s.%s%s" % (f, l, R.randint(2, 9)),
                    "%s%s" % (l, f[0])])
        dom = ch(BUS_DOM)
    else:
        local = ch(["%s.%s" % (f, l), "%s%s%s" % (f, l, R.randint(1, 99)), "%s_%s" % (f, l[0]),
                    "%s%s" % (f[0], l), "%s%s%s" % (l, f[0], R.randint(50, 99)), "%s.%s%s" % (f, l, R.randint(1950, 2005)),
                    "%s%s" % (ch(["nana", "papi", "grammy", "mama", "tio", "bigmike", "sunshine", "gatorfan", "mets"]), R.randint(1, 999)),
                    "%s.%s" % (l, f)])
        dom = ch(PERSONAL_DOM)
    v = local + "@" + dom
    tags = []
    if p(0.1):
        user, d = v.split("@")
        parts = d.split(".")
        k = R.randint(0, 3)
        if k == 0:
            v = "%s [at] %s [dot] %s" % (user, parts[0], ".".join(parts[1:]))
        elif k == 1:
            v = "%s at %s dot %s" % (user, parts[0], " dot ".join(parts[1:]))
        elif k == 2:
            v = "%s(at)%s" % (user, d)
        else:
            v = "%s @ %s" % (user, d)
        tags.append("evasion")
    return v, tags

def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    base = "%03d-%02d-%04d" % (a, g, s)
    k = R.random()
    if k < 0.5:
        return base, []
    if k < 0.62:
        return base.replace("-", " "), []
    if k < 0.72:
        return base.replace("-", ""), ["evasion"]
    if k < 0.77:
        return base.replace("-", "."), []
    v, t = obfuscate_number(base)
    return v, t

def gen_mrn():
    k = R.randint(0, 9)
    v = ["%07d" % R.randint(100000, 9999999), "%08d" % R.randint(1000000, 99999999),
         "E%07d" % R.randint(0, 9999999), "M%08d" % R.randint(0, 99999999), "00%06d" % R.randint(0, 999999),
         "%s-%s" % (digits(4), digits(4)), "%s-%s-%s" % (digits(2), digits(3), digits(3)),
         "%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "%s %s" % (digits(3), digits(4)), "MR%s" % digits(6)][k]
    if p(0.08):
        return obfuscate_number(v if re.match(r"^[\d -]+$", v) else re.sub(r"\D", "", v))
    return v, []

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def gen_mbi():
    an = MBI_L + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_L) + ch(an) + digits(1) + ch(MBI_L) + ch(an) + digits(1) + ch(MBI_L) +
         ch(MBI_L) + digits(2))
    if p(0.5):
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s, []

def gen_hpid():
    k = R.randint(0, 9)
    L = lambda n: "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    v = ["%s%s" % (L(3), digits(9)), "W%s" % digits(9), "%s %s" % (digits(9), digits(2)), "U%s %s" % (digits(8), digits(2)),
         "H%s" % digits(8), "%s-%s" % (digits(9), digits(2)), "%s%s%s" % (L(3), digits(8), L(1)), "ZG%s" % digits(7),
         "%s%s" % (L(1), digits(10)), "%s%s" % (digits(3), L(2) + digits(6))][k]
    return v, []

def gen_medicaid():
    k = R.randint(0, 3)
    v = ["1%s" % digits(11), "%s%s%s" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(5), ch("ABCDEFG")),
         "%s" % digits(10), "%s %s %s" % (digits(4), digits(4), digits(4))][k]
    return v, []

def gen_acct():
    k = R.randint(0, 7)
    v = ["%d%s" % (ch([4, 7, 3]), digits(9)), "G%s" % digits(7), "%s-%s" % (digits(8), digits(3)), "PA-%s" % digits(7),
         "%s-%s-%s" % (digits(4), digits(4), digits(2)), "%s" % digits(11), "HAR%s" % digits(8), "%s %s" % (digits(5), digits(5))][k]
    if p(0.06) and re.match(r"^[\d -]+$", v):
        return obfuscate_number(v, allow_spell=False)
    return v, []

def gen_bank():
    return ch(["%s" % digits(R.randint(8, 12)), "%s-%s" % (digits(4), digits(6)), "%s %s %s" % (digits(3), digits(3), digits(4))]), []

def gen_dln():
    k = R.randint(0, 8)
    v = ["S%s" % digits(8), "D%s" % digits(7), "%s %s %s" % (digits(3), digits(3), digits(3)), digits(8),
         "%s%s-%s-%s-%s-%s" % (ch("ABCDEFGHJKLMNPRSTW"), digits(3), digits(3), digits(2), digits(3), digits(1)),
         "%s %s %s" % (digits(2), digits(3), digits(3)), "%s%s %s %s" % (ch("ABCDEFGHJK"), digits(4), digits(5), digits(5)),
         "%s%s%s" % (digits(2), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(5)),
         "%s%s" % (ch("ABCDEFGHJKLMNPRSTW"), digits(12))][k]
    return v, []

def gen_dea(last=None):
    first = ch("ABFGM")
    second = (_slug(last)[:1].upper() if last and _slug(last) else ch("ABCDEFGHJKLMNPRSTW"))
    d = [R.randint(0, 9) for _ in range(6)]
    c = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(c), []

def gen_slic():
    k = R.randint(0, 7)
    v = ["MD %s" % digits(6), "RN%s" % digits(7), "%07d" % R.randint(0, 9999999), "A%s" % digits(6), "NP-%s" % digits(7),
         "%s.%s" % (digits(3), digits(6)), "PA%s" % digits(5), "%s-%s" % (ch(["ME", "DO", "LPN", "RPH"]), digits(6))][k]
    return v, []

VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def gen_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = ch(["1HG", "2T1", "3FA", "5YJ", "JTD", "WBA", "1FT", "KMH", "1G1", "4T1", "JN8", "5NP", "1C4", "WVW", "3GN"])
    s = list(wmi + "".join(ch(al) for _ in range(5)) + "0" + ch("LMNPRST") + ch(al) + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(s, VIN_W))
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s), []

def gen_plate():
    L = lambda n: "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    v = ch([digits(1) + L(3) + digits(3), L(3) + "-" + digits(4), digits(1) + L(2) + " " + digits(4), digits(1) + L(2) + " " + digits(3),
            L(3) + " " + digits(4), digits(1) + L(3) + digits(2), ch(["GRMA2", "NRSJOY", "RN4EVR", "BIGPOPS", "MEDIC1", "LUVMYKDS", "PAPI77"]),
            L(2) + digits(1) + " " + L(1) + digits(2), digits(3) + " " + L(3)])
    return v, []

def gen_dev():
    L = lambda n: "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    k = R.randint(0, 9)
    v = ["%s%s%s" % (L(3), digits(6), L(1)), "%s %s %s" % (L(3), digits(6), L(1)), "NG%s%s" % (digits(7), L(1)),
         "%s%s%s%s" % (digits(1), L(1), digits(1), L(3)), "%sX%s" % (digits(4), digits(4)), "HM3-%s" % digits(5),
         "%s%s" % (digits(2), "".join(ch("0123456789ABCDEF") for _ in range(7))),
         "(01)%s(17)%s(21)%s%s" % (digits(14), "%02d%02d%02d" % (R.randint(25, 29), R.randint(1, 12), R.randint(1, 28)), L(2), digits(4)),
         "%s-%s-%s" % (L(2), digits(4), digits(3)), "SQ%s" % digits(8)][k]
    return v, (["udi"] if k == 7 else [])

def gen_ip():
    k = R.randint(0, 6)
    if k == 0:
        v = "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif k == 1:
        v = "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    elif k == 2:
        v = "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    elif k in (3, 4):
        v = "%d.%d.%d.%d" % (R.randint(23, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif k == 5:
        h = lambda: "%x" % R.randint(0, 65535)
        v = "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    else:
        h = lambda: "%x" % R.randint(0, 65535)
        v = "2001:db8:%s:%s::%s" % (h(), h(), h())
    return v, []

STREETS = ["Tarbox", "Elm", "Maple", "Pleasant", "Lowell", "Merrimack", "Broadway", "Central", "Chestnut", "Washington",
           "Union", "Bridge", "Water", "High", "School", "Church", "Summer", "Winter", "Pine", "Oak", "Cedar", "Birch",
           "Willow", "Prospect", "Highland", "Lakeview", "Riverside", "Sunset", "Mill", "Franklin", "Lincoln",
           "Jefferson", "Adams", "Madison", "Columbia", "Dorchester", "Blue Hill", "Martin Luther King Jr", "Varnum",
           "Mammoth", "Pawtucket", "Gorham", "Stevens", "Bay State", "Lafayette", "Cesar Chavez", "Magnolia",
           "Peachtree", "Bluebonnet", "Sycamore", "Juniper", "Aspen", "Mesquite", "Palmetto", "Cypress", "Orchard",
           "Hillcrest", "Meadowbrook", "Fairview", "Greenwood", "Kingston", "Chandler", "Bradford", "Hancock", "Quincy",
           "Tremont", "Dudley", "Hyde Park", "Division", "Halsted", "Fulton", "Ashland", "Dearborn", "Crenshaw",
           "Alvarado", "Bergenline", "Kealoha", "Kapiolani", "Ferry", "Canal", "Mystic", "Shawmut", "Nantasket"]
SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Cir", "Way", "Pl",
          "Ter", "Terrace", "Blvd", "Hwy", "Pkwy", "St.", "Ave.", "Rd."]
UNITS_RES = ["Apt %d%s", "Apt. %d", "Unit %d", "#%d", "# %d%s", "Fl %d", "%dnd floor", "Lot %d", "Bldg %s, Apt %d",
             "Apt %s", "Unit %d%s", "Rear", "Basement apt"]
TOWNS = [("Lowell", "MA", "01852"), ("Dracut", "MA", "01826"), ("Methuen", "MA", "01844"), ("Lawrence", "MA", "01841"),
         ("Haverhill", "MA", "01830"), ("Amesbury", "MA", "01913"), ("Salem", "NH", "03079"), ("Nashua", "NH", "03060"),
         ("Worcester", "MA", "01604"), ("Springfield", "MA", "01109"), ("Providence", "RI", "02908"),
         ("Pawtucket", "RI", "02860"), ("Hartford", "CT", "06106"), ("Bridgeport", "CT", "06604"),
         ("Yonkers", "NY", "10701"), ("Brooklyn", "NY", "11215"), ("Newark", "NJ", "07102"), ("Paterson", "NJ", "07501"),
         ("Philadelphia", "PA", "19140"), ("Allentown", "PA", "18102"), ("Cleveland", "OH", "44105"),
         ("Dayton", "OH", "45402"), ("Detroit", "MI", "48209"), ("Chicago", "IL", "60623"), ("Cicero", "IL", "60804"),
         ("Milwaukee", "WI", "53204"), ("Minneapolis", "MN", "55407"), ("St. Paul", "MN", "55106"),
         ("Houston", "TX", "77036"), ("Pasadena", "TX", "77506"), ("San Antonio", "TX", "78207"), ("El Paso", "TX", "79905"),
         ("Phoenix", "AZ", "85008"), ("Tucson", "AZ", "85705"), ("Denver", "CO", "80219"), ("Aurora", "CO", "80010"),
         ("Salt Lake City", "UT", "84104"), ("Fresno", "CA", "93702"), ("Oakland", "CA", "94601"), ("San Jose", "CA", "95122"),
         ("Stockton", "CA", "95205"), ("Portland", "OR", "97206"), ("Seattle", "WA", "98118"), ("Tacoma", "WA", "98404"),
         ("Atlanta", "GA", "30310"), ("Decatur", "GA", "30032"), ("Miami", "FL", "33125"), ("Hialeah", "FL", "33012"),
         ("Orlando", "FL", "32808"), ("Tampa", "FL", "33604"), ("Charlotte", "NC", "28205"), ("Durham", "NC", "27701"),
         ("Richmond", "VA", "23224"), ("Baltimore", "MD", "21215"), ("Silver Spring", "MD", "20906"),
         ("Memphis", "TN", "38109"), ("Nashville", "TN", "37207"), ("Louisville", "KY", "40211"),
         ("New Orleans", "LA", "70117"), ("Birmingham", "AL", "35211"), ("Jackson", "MS", "39209"), ("Omaha", "NE", "68107"),
         ("Des Moines", "IA", "50314"), ("Tulsa", "OK", "74115"), ("Albuquerque", "NM", "87105"), ("Las Vegas", "NV", "89101"),
         ("Anchorage", "AK", "99508"), ("Honolulu", "HI", "96817"), ("Bangor", "ME", "04401"), ("Burlington", "VT", "05401"),
         ("Chelsea", "MA", "02150"), ("Revere", "MA", "02151"), ("Brockton", "MA", "02301"), ("Fall River", "MA", "02720"),
         ("New Bedford", "MA", "02740"), ("Tewksbury", "MA", "01876"), ("Chelmsford", "MA", "01824"),
         ("Billerica", "MA", "01821"), ("Pelham", "NH", "03076"), ("Hudson", "NH", "03051"), ("Woonsocket", "RI", "02895")]

def zip_of(z):
    z = "%05d" % max(501, min(99950, int(z) + R.randint(-6, 6)))
    if p(0.2):
        z += "-" + digits(4)
    return z

def street_part():
    num = str(R.randint(1, 9999)) if p(0.9) else "%d%s" % (R.randint(1, 400), ch(["A", "B", "½", "-1/2"]))
    s = "%s %s %s" % (num, ch(STREETS), ch(SUFFIX))
    if p(0.35):
        u = ch(UNITS_RES)
        n = u.count("%")
        if n == 0:
            us = u
        elif u.startswith("Bldg"):
            us = u % (ch("ABCDE"), R.randint(1, 40))
        elif u == "Apt %s":
            us = u % (ch("ABCDEF") + str(R.randint(1, 4)))
        elif n == 2:
            us = u % (R.randint(1, 40), ch(["A", "B", "C", "R", "L"]))
        elif "nd floor" in u:
            us = "2nd floor"
        else:
            us = u % R.randint(1, 48)
        s += ch([" ", ", "]) + us
    if p(0.15):
        s = s.lower()
    return s

def gen_addr():
    st = street_part()
    t, s, z = ch(TOWNS)
    zz = zip_of(z)
    k = R.randint(0, 6)
    if k == 0:
        v = "%s, %s, %s %s" % (st, t, s, zz)
    elif k == 1:
        v = "%s, %s %s %s" % (st, t, s, zz)
    elif k == 2:
        v = "%s %s %s %s" % (st, t, s, zz)
    elif k == 3:
        v = "%s\n%s, %s %s" % (st, t, s, zz)
    elif k == 4:
        v = "%s, %s" % (st, t)
    elif k == 5:
        v = "%s, %s, %s" % (st, t, s)
    else:
        v = "%s, %s %s" % (st, t, zz)
    return v, (["multiline"] if "\n" in v else [])

def gen_pobox():
    t, s, z = ch(TOWNS)
    box = ch(["PO Box %d", "P.O. Box %d", "POB %d", "po box %d", "P O Box %d", "Post Office Box %d"]) % R.randint(1, 9999)
    k = R.randint(0, 2)
    if k == 0:
        return "%s, %s, %s %s" % (box, t, s, zip_of(z)), []
    if k == 1:
        return "%s, %s %s" % (box, t, s), []
    return box, []

def gen_town():
    return ch(TOWNS)[0], []

def gen_zip():
    return zip_of(ch(TOWNS)[2]), ["zip"]

def luhn_complete(prefix, length):
    s = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)

def gen_cc():
    k = R.randint(0, 3)
    if k == 0:
        n = luhn_complete("4" + digits(5), 16)
    elif k == 1:
        n = luhn_complete(str(R.randint(51, 55)) + digits(4), 16)
    elif k == 2:
        n = luhn_complete(ch(["34", "37"]) + digits(4), 15)
    else:
        n = luhn_complete("6011" + digits(2), 16)
    if len(n) == 15:
        grp = [n[:4], n[4:10], n[10:]]
    else:
        grp = [n[i:i + 4] for i in range(0, 16, 4)]
    f = R.random()
    if f < 0.45:
        return " ".join(grp), []
    if f < 0.7:
        return "-".join(grp), []
    if f < 0.85:
        return n, []
    if f < 0.92:
        return fullwidth(" ".join(grp)), ["evasion", "fullwidth"]
    return "\u200b".join(grp), ["evasion", "zero-width"]

ORGS = ["mvh.org", "stbrigidmed.org", "lakeshorehealth.org", "northbayhealth.org", "pinecresthealth.org",
        "cascadiamed.org", "desertsunmed.org"]
def gen_url(person):
    f, l = _slug(person.first), _slug(person.last)
    k = R.randint(0, 9)
    org = ch(ORGS)
    v = ["https://mychart.%s/MyChart/Visit?csn=%s" % (org, digits(9)),
         "https://www.caringbridge.org/visit/%s%s" % (f, l),
         "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
         "https://portal.%s/patient/%s/results" % (org, digits(8)),
         "https://telehealth.%s/join/pt-%s" % (org, digits(8)),
         "https://records.%s/roi/request?patient=%s_%s" % (org, l.capitalize(), f.capitalize()),
         "https://%s/visit/%s?pid=%s&token=%s" % ("video." + org, digits(6), digits(7), "".join(ch("abcdef0123456789") for _ in range(10))),
         "portal.%s/p/%s%s" % (org, f[0], digits(7)),
         "https://updates.%s/family/%s-%s" % (org, l, digits(4)),
         "https://mychart.%s/app/letters?mrn=%s" % (org, digits(8))][k]
    return v, []

# ---------------------------------------------------------------------------
# non-PHI look-alike generators (plain values)
# ---------------------------------------------------------------------------
VCO = ["Medivant", "Carelogix", "PumpWorks", "Northwind Medical", "Apex Linen", "BrightPath Staffing", "Halcyon Imaging",
       "Vireo Health IT", "Sterling Food Service", "Clearwave Telecom", "OmniScan", "TrueNorth Consulting",
       "Granite Biomed", "Keystone Courier", "Bluewater Parking", "Sundial Analytics"]
UNITS = ["4 West", "5 North", "6N", "MICU", "SICU", "CCU", "L&D", "7 East", "the ED", "PACU", "NICU", "Peds", "Ortho",
         "3B", "Tele", "Oncology", "Rehab", "the BMT unit", "CVICU", "Mother-Baby", "Psych 2", "OBS", "8 South"]
DEPTS = ["EVS", "Dietary", "Radiology", "Pharmacy", "the lab", "Facilities", "Revenue Cycle", "HIM", "IT", "Nursing",
         "Security", "Transport", "Case Management", "Patient Access", "Supply Chain", "Finance", "HR", "Marketing"]
SITES = ["Lowell", "Salem", "Methuen", "Worcester", "Nashua", "Framingham", "Quincy", "Brockton", "Andover", "Cambridge",
         "Providence", "Springfield", "Burlington", "Dedham", "North Shore", "Riverside", "Lakeside", "Westgate"]
MEDS = ["apixaban", "insulin glargine", "vancomycin", "heparin", "metoprolol", "oxycodone", "hydromorphone",
        "semaglutide", "levetiracetam", "pip-tazo", "furosemide", "lorazepam", "IV iron", "Humira", "enoxaparin", "cefepime"]
DXS = ["CHF exacerbation", "COPD", "NSTEMI", "sepsis", "hip fx", "CVA", "AKI", "DKA", "cellulitis", "PNA", "GI bleed",
       "afib w RVR", "SBO", "delirium", "UTI", "syncope"]
PAYERS = ["BCBS", "Aetna", "Cigna", "UnitedHealthcare", "Tufts", "Harvard Pilgrim", "MassHealth", "Medicare Advantage",
          "Humana", "WellSense", "Ambetter", "Anthem", "Medicaid"]
ICDS = ["E11.9", "I50.23", "J44.1", "N17.9", "I48.91", "S72.001A", "A41.9", "K92.2", "R55", "F05", "Z79.01", "I63.9"]
CPTS = ["99214", "99223", "99285", "97110", "93000", "71046", "36415", "99232", "G0439", "97597", "80053", "85025"]
TITLES = ["CFO", "COO", "CMO", "CNO", "CEO", "CIO", "VP Ops", "SVP Strategy", "Chief Counsel", "CHRO", "CMIO"]

def gen_room():
    return ch(["Rm %d" % R.randint(100, 1299), "room %d" % R.randint(100, 999), "%s-%d" % (ch(["4W", "5N", "7E", "3B"]), R.randint(1, 32)),
               "B%d" % R.randint(100, 399), "%d" % R.randint(1100, 1199), "conf rm %s" % ch(["3B", "A", "Elm", "Summit", "2100"]),
               "the %s room" % ch(["Maple", "Harbor", "Heritage", "Board", "Founders"]), "Rm %d%s" % (R.randint(2, 12), ch("ABCD"))])

def gen_mtg():
    d = rand_date(2025, 2026)
    t = ch(["9", "10:30", "11", "noon", "1", "2pm", "3:15", "4", "0800", "1400", "7:30am", "8:45"])
    tc = ch(["10:30", "noon", "2pm", "3:15", "7:30am", "8:45", "11am", "4:30p", "9a"])
    ds = ch(DATE_FMT_NOYEAR + DATE_FMT_YEAR[:8])(d)
    return ch(["%s at %s" % (ds, t), "%s @ %s" % (ds, t), "%s %s" % (ds, tc), ds, "%s %s" % (ch(WEEKDAY), tc),
               "next %s" % ch(WEEKDAY), "tomorrow at %s" % t, "%s, %s–%s" % (ds, t, ch(["11", "3", "4:30", "noon"])),
               "this %s" % ch(WKD2)])

def gen_dline():
    d = rand_date(2025, 2026)
    return ch(["by %s" % ch(DATE_FMT_NOYEAR)(d), "EOD %s" % ch(DATE_FMT_NOYEAR[:2])(d), "by Friday", "no later than %s" % ch(DATE_FMT_YEAR[4:6])(d),
               "by EOW", "before %s" % ch(DATE_FMT_NOYEAR)(d), "by COB %s" % ch(WEEKDAY)])

def gen_eff():
    d = rand_date(2025, 2027)
    return ch(["%d/1" % R.randint(1, 12), "%s 1" % ch(MONTHS), ch(DATE_FMT_YEAR[:6])(d), "%d/1/%d" % (R.randint(1, 12), R.randint(2025, 2027)),
               "%s %d" % (ch(MONTHS), R.randint(2025, 2027)), ch(DATE_FMT_NOYEAR)(d)])

def gen_ticket():
    return ch(["INC%07d" % R.randint(0, 9999999), "DEL-%d" % R.randint(100, 9999), "REQ%07d" % R.randint(0, 9999999),
               "CHG%07d" % R.randint(0, 9999999), "SR-%d" % R.randint(10000, 99999), "RITM%07d" % R.randint(0, 9999999),
               "#%d" % R.randint(10000, 999999), "TKT-%s" % digits(6), "HD-%d-%s" % (R.randint(2024, 2026), digits(5))])

def gen_po():
    return ch(["PO %s" % ("45" + digits(8)), "PO# %s" % digits(7), "PO-%d-%s" % (R.randint(2024, 2026), digits(4)), "P0%s" % digits(6)])

def gen_ver():
    return ch(["v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 30)), "%d.%d" % (R.randint(1, 25), R.randint(0, 9)),
               "Epic %s %d" % (ch(["Nov", "Feb", "May", "Aug"]), R.randint(2024, 2026)), "version %d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 9), R.randint(0, 99), R.randint(0, 999)),
               "v%d" % R.randint(2, 30), "%d.%d.%d" % (R.randint(10, 24), R.randint(1, 12), R.randint(0, 9))])

def gen_build():
    return ch(["build %d.%d.%d.%d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(0, 9), R.randint(0, 99)),
               "build %s" % digits(5), "b%d.%d.%d" % (R.randint(1, 9), R.randint(0, 40), R.randint(100, 999))])

def gen_price():
    v = R.choice([R.randint(12, 999) + R.randint(0, 99) / 100.0, float(R.randint(1, 900) * 100), float(R.randint(1000, 250000))])
    return ch(["$%s" % format(v, ",.2f"), "$%s" % format(int(v), ","), "$%dk" % max(1, int(v / 1000)), "%s USD" % format(int(v), ",")])

def gen_npi():
    return "1" + digits(9)

def gen_asset():
    return ch(["BME-%s" % digits(6), "BME%s" % digits(5), "MV%s" % digits(5), "AT-%s" % digits(5), "#%s" % digits(5), "IT-%s-%s" % (ch(["LT", "WS", "PR"]), digits(5))])

def gen_zoom():
    return "%s %s %s" % (digits(3), digits(4), digits(4)) if p(0.6) else digits(10)

def gen_zoomurl():
    return "https://%s.zoom.us/j/%s" % (ch(["mvh", "northbay", "lakeshore", "us02web"]), digits(10))

def gen_intra():
    return ch(["https://intranet.%s/policies/%s" % (ch(ORGS), ch(["hipaa", "visitor-policy", "travel", "pto", "minimum-necessary"])),
               "http://sharepoint/sites/%s" % ch(["ExecOffice", "HIM", "RevCycle", "Nursing"]), "https://theloop.%s/news" % ch(ORGS),
               "go/%s" % ch(["roi-policy", "expenses", "boardportal", "epic-tips"]), "https://boardportal.%s/meetings" % ch(ORGS)])

def gen_puburl():
    return ch(["https://status.office.com", "https://www.cms.gov/medicare", "https://www.hhs.gov/hipaa", "https://www.mass.gov/masshealth",
               "https://www.%s/careers" % ch(ORGS), "https://www.%s/locations" % ch(ORGS)])

def gen_facaddr():
    st = "%d %s %s" % (R.randint(1, 2000), ch(STREETS), ch(SUFFIX))
    if p(0.6):
        st += ", " + ch(["Suite %d" % R.randint(100, 600), "Ste %d" % R.randint(100, 600), "Bldg %s" % ch("ABCDE"), "Floor %d" % R.randint(2, 9), "2nd fl"])
    t, s, z = ch(TOWNS)
    return ch(["%s, %s, %s %s" % (st, t, s, zip_of(z)), "%s, %s" % (st, t), st, "%s %s %s %s" % (st, t, s, zip_of(z))])

def gen_conf():
    return "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

def gen_mention():
    return ch(["<@U%s>" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.randint(8, 10))),
               "<@U%s>" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)), "<!here>", "<!channel>"])

def gen_chan():
    return "<#C%s|%s>" % ("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
                          ch(["exec-office", "him-roi", "4west-rn", "it-helpdesk", "sched-team", "pfs-billing", "security-ops", "sw-team"]))

# ---------------------------------------------------------------------------
# labels (plain text, may be misspelt)
# ---------------------------------------------------------------------------
LABELS = {
    "MRNL": ["MRN", "MRN:", "MRN#", "mrn", "MR#", "med rec #", "medical record #", "chart #", "chart no.", "MRN #",
             "Med Rec No.", "MNR", "mrn -", "medrec", "MRN no", "chrt #", "med rec number"],
    "SSNL": ["SSN", "SSN:", "SS#", "social", "soc sec #", "SSN#", "ssn is", "social security no.", "SNN", "socail",
             "social sec", "ss number"],
    "HPIDL": ["member ID", "member id#", "Member #", "subscriber ID", "sub id", "policy #", "policy no.", "ins ID",
              "insurance id", "memebr id", "subscriber #", "ID#", "mbr id", "member no"],
    "ACCTL": ["acct", "acct #", "account #", "HAR", "HAR#", "pt acct", "guarantor acct", "accnt", "acount #",
              "enc acct", "account no.", "acct no"],
    "DOBL": ["DOB", "DOB:", "dob", "d.o.b.", "birthdate", "born", "bday", "DOB -", "D.O.B", "date of birth", "DOb"],
    "PHL": ["cell", "cell:", "mobile", "home #", "ph", "c:", "phone", "cb #", "tel", "number", "mob", "cel", "phone#"],
    "DEVL": ["SN", "S/N", "serial", "serial #", "ser no.", "sn:", "serial number", "SN#", "serail"],
    "DLNL": ["DL", "DL#", "driver's license", "drivers lic", "license #", "lic no", "drivers licence", "dl num", "DL no."],
}

# ---------------------------------------------------------------------------
# relations
# ---------------------------------------------------------------------------
REL_F = ["daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law", "partner", "mother", "cousin"]
REL_M = ["son", "husband", "brother", "nephew", "grandson", "son-in-law", "partner", "father", "cousin"]
RELP_F = ["mom", "mother", "grandmother", "grandma", "aunt", "wife", "sister", "nana", "abuela", "mum", "mother-in-law"]
RELP_M = ["dad", "father", "grandfather", "grandpa", "uncle", "husband", "brother", "abuelo", "pop", "father-in-law"]

# ---------------------------------------------------------------------------
# message context + placeholder resolution
# ---------------------------------------------------------------------------
CODE_WRAP_TYPES = {"MRN", "SSN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "DEVICE_ID", "IP_ADDRESS", "VEHICLE_ID",
                   "CREDIT_CARD", "LICENSE_NUMBER", "PHONE", "EMAIL"}

class Ctx:
    def __init__(self, frame):
        self.P = Person()
        self.Q = Person()
        self.Rl = Person()
        if p(0.6):
            self.Rl.last = self.P.last
        self.C = Person()
        self.C2 = Person()
        self.V = Person()
        self.E = Person()
        self.tags = set()
        self.age = R.randint(90, 106) if "{AGE}" in frame else None
        self.base = rand_date(2024, 2026)
        self.cache = {}
        self.lines_markup = False

    def span(self, typ, val, tags=(), wrap=True):
        for t in tags:
            self.tags.add(t)
        self.tags.add(typ.lower())
        segs = [("span", val, typ)]
        if wrap and typ in CODE_WRAP_TYPES and "\n" not in val and p(0.09):
            m = ch(["`", "`", "*"])
            segs = [("raw", m, None)] + segs + [("raw", m, None)]
            self.tags.add("slack-markup")
        elif wrap and typ == "NAME" and p(0.04):
            segs = [("raw", "*", None)] + segs + [("raw", "*", None)]
            self.tags.add("slack-markup")
        return segs

def pron(ctx, key):
    f = ctx.P.gender == "f"
    return {"she": "she" if f else "he", "She": "She" if f else "He", "him": "her" if f else "him",
            "his": "her" if f else "his", "His": "Her" if f else "His"}[key]

def val(v, tag=None, ctx=None, wrap_code=False):
    if tag and ctx is not None:
        ctx.tags.add(tag)
    if wrap_code and p(0.15):
        if ctx is not None:
            ctx.tags.add("slack-markup")
        return [("raw", "`", None), ("val", v, None), ("raw", "`", None)]
    return [("val", v, None)]

def exec_name(c):
    return ch(["%s %s" % (c.first, c.last), "%s (%s)" % (c.first, ch(TITLES)), "Dr. %s" % c.last, c.last, c.first,
               "the %s" % ch(TITLES), "%s %s, our %s" % (c.first, c.last, ch(TITLES))])

def dr_name(c):
    return ch(["Dr. %s" % c.last, "Dr %s" % c.last, "%s %s, MD" % (c.first, c.last), "dr %s" % c.last.lower(),
               "Dr. %s %s" % (c.first, c.last), "%s %s NP" % (c.first, c.last)])

def resolve(name, ctx):
    P, Q, Rl, C, C2 = ctx.P, ctx.Q, ctx.Rl, ctx.C, ctx.C2
    if name in ctx.cache and name in ("D", "AGE"):
        pass
    # --- people (PHI)
    if name == "N":
        return ctx.span("NAME", P.full())
    if name == "NF":
        return ctx.span("NAME", P.first)
    if name == "NL":
        return ctx.span("NAME", P.last)
    if name == "NFL":
        return ctx.span("NAME", "%s %s" % (P.first, P.last) if p(0.93) else ("%s %s" % (P.first, P.last)).upper())
    if name == "NI":
        return ctx.span("NAME", P.inverted())
    if name == "NN":
        ctx.tags.add("nickname")
        return ctx.span("NAME", ch(NICKNAMES))
    if name == "N2":
        return ctx.span("NAME", Q.full())
    if name == "R":
        return ctx.span("NAME", Rl.full())
    if name == "RF":
        return ctx.span("NAME", Rl.first)
    if name == "RL":
        return ctx.span("NAME", Rl.last)
    if name in ("she", "She", "him", "his", "His"):
        return [("text", pron(ctx, name), None)]
    if name == "Hon":
        return [("text", ch(["Mrs.", "Ms.", "Ms", "Miss", "Mrs"]) if P.gender == "f" else ch(["Mr.", "Mr.", "Mr"]), None)]
    if name == "rel":
        return [("text", ch(REL_F) if Rl.gender == "f" else ch(REL_M), None)]
    if name == "relp":
        return [("text", ch(RELP_F) if P.gender == "f" else ch(RELP_M), None)]
    # --- colleagues (not PHI)
    if name == "C":
        return val("%s %s" % (C.first, C.last), "colleague-name", ctx)
    if name == "CF":
        return val(C.first, "colleague-name", ctx)
    if name == "CL":
        return val(C.last, "colleague-name", ctx)
    if name == "C2":
        return val("%s %s" % (C2.first, C2.last), "colleague-name", ctx)
    if name == "C2F":
        return val(C2.first, "colleague-name", ctx)
    if name == "DR":
        return val(dr_name(C2), "colleague-name", ctx)
    if name == "EXEC":
        return val(exec_name(ctx.E), "exec-name", ctx)
    if name == "EXECP":
        e = ctx.E
        return val(ch(["%s %s" % (e.first, e.last), "Dr. %s" % e.last, e.first, "the %s" % ch(TITLES), "our %s" % ch(TITLES)]), "exec-name", ctx)
    if name == "V":
        return val("%s %s" % (ctx.V.first, ctx.V.last), "vendor-name", ctx)
    if name == "DONOR":
        return val(ch(["the %s Family Foundation" % Person().last, "%s %s" % (ctx.V.first, ctx.V.last), "the %ss" % Person().last]), "donor", ctx)
    if name == "VCO":
        return val(ch(VCO), "vendor", ctx)
    # --- PHI values
    if name == "DOB":
        if ctx.age:
            d = datetime.date(2025 - ctx.age, R.randint(1, 12), R.randint(1, 28))
        else:
            d = rand_date(1921, 2022)
        return ctx.span("DATE", fmt_date(d, "dob"), ["dob"])
    if name == "D":
        return ctx.span("DATE", fmt_date(ctx.base, "event"))
    if name == "D2":
        return ctx.span("DATE", fmt_date(ctx.base + datetime.timedelta(days=R.randint(1, 12)), "event"))
    if name == "AGE":
        a = ctx.age or R.randint(90, 106)
        if p(0.3):
            return ctx.span("AGE", age_words(a), ["evasion", "spelled-age"])
        return ctx.span("AGE", str(a))
    if name == "PH" or name == "PH2":
        v, t = gen_phone()
        return ctx.span("PHONE", v, t)
    if name == "BPH":
        v, t = gen_phone()
        return ctx.span("PHONE", v, t + ["business-contact"])
    if name == "TELLINK":
        a, b = tel_pair()
        ctx.tags.update(["slack-markup", "phone"])
        return [("raw", "<tel:", None), ("span", a, "PHONE"), ("raw", "|", None), ("span", b, "PHONE"), ("raw", ">", None)]
    if name in ("EM",):
        v, t = gen_email(ch([P, Rl, Person()]))
        return ctx.span("EMAIL", v, t)
    if name in ("BEM", "BEM2"):
        v, t = gen_email(Person(), business=True)
        return ctx.span("EMAIL", v, t + ["business-contact"])
    if name == "CEM":   # colleague business email
        v, t = gen_email(C, business=True)
        return ctx.span("EMAIL", v, t + ["business-contact"])
    if name == "EMLINK":
        v, _ = gen_email(ch([P, Rl]), business=False)
        while " " in v or "(" in v:
            v, _ = gen_email(ch([P, Rl]), business=False)
        ctx.tags.update(["slack-markup", "email"])
        if p(0.7):
            return [("raw", "<mailto:", None), ("span", v, "EMAIL"), ("raw", "|", None), ("span", v, "EMAIL"), ("raw", ">", None)]
        return [("raw", "<mailto:", None), ("span", v, "EMAIL"), ("raw", "|%s>" % ch(["email", "this address", "here"]), None)]
    if name == "SSN":
        v, t = gen_ssn()
        return ctx.span("SSN", v, t)
    if name == "MRN":
        v, t = gen_mrn()
        return ctx.span("MRN", v, t)
    if name == "HPID":
        v, t = gen_hpid()
        return ctx.span("HEALTH_PLAN_ID", v, t)
    if name == "MBI":
        v, t = gen_mbi()
        return ctx.span("HEALTH_PLAN_ID", v, t + ["mbi"])
    if name == "MCD":
        v, t = gen_medicaid()
        return ctx.span("HEALTH_PLAN_ID", v, t + ["medicaid"])
    if name in ("ACCT", "HAR"):
        v, t = gen_acct()
        return ctx.span("ACCOUNT_NUMBER", v, t)
    if name == "BANK":
        v, t = gen_bank()
        return ctx.span("ACCOUNT_NUMBER", v, t + ["bank"])
    if name == "DLN":
        v, t = gen_dln()
        return ctx.span("LICENSE_NUMBER", v, t)
    if name == "DEA":
        v, t = gen_dea(C2.last)
        return ctx.span("LICENSE_NUMBER", v, t + ["dea", "credentialing"])
    if name == "SLIC":
        v, t = gen_slic()
        return ctx.span("LICENSE_NUMBER", v, t + ["credentialing"])
    if name == "VIN":
        v, t = gen_vin()
        return ctx.span("VEHICLE_ID", v, t + ["vin"])
    if name == "PLATE":
        v, t = gen_plate()
        return ctx.span("VEHICLE_ID", v, t + ["plate"])
    if name == "DEV":
        v, t = gen_dev()
        return ctx.span("DEVICE_ID", v, t)
    if name == "URL":
        v, t = gen_url(P)
        if p(0.3):
            ctx.tags.update(["slack-markup", "url"])
            lab = ch(["portal link", "link", "visit link", "here", "page"])
            return [("raw", "<", None), ("span", v, "URL"), ("raw", "|%s>" % lab, None)]
        return ctx.span("URL", v, t, wrap=False)
    if name in ("IP", "IP2"):
        v, t = gen_ip()
        return ctx.span("IP_ADDRESS", v, t)
    if name in ("ADDR", "ADDR2"):
        v, t = gen_addr()
        return ctx.span("ADDRESS", v, t)
    if name == "STREET":
        return ctx.span("ADDRESS", street_part())
    if name == "TOWN":
        v, t = gen_town()
        return ctx.span("ADDRESS", v, t + ["town"])
    if name == "ZIP":
        v, t = gen_zip()
        return ctx.span("ADDRESS", v, t)
    if name == "POBOX":
        v, t = gen_pobox()
        return ctx.span("ADDRESS", v, t + ["po-box"])
    if name == "CC":
        v, t = gen_cc()
        return ctx.span("CREDIT_CARD", v, t)
    # --- labels
    if name in LABELS:
        return [("text", ch(LABELS[name]), None)]
    # --- non-PHI look-alikes
    if name == "MTG":
        return val(gen_mtg(), "calendar", ctx)
    if name == "DLINE":
        return val(gen_dline(), "deadline", ctx)
    if name == "TIME":
        return val(ch(["0340", "2:15", "14:30", "noon", "0615", "11:50", "2300", "7:05p", "19:40"]), "time", ctx)
    if name == "ROOM":
        return val(gen_room(), "room", ctx)
    if name == "BED":
        return val("%d%s" % (R.randint(1, 48), ch(["", "A", "B", "-2", "W"])), "room", ctx)
    if name == "UNIT":
        return val(ch(UNITS), None, ctx)
    if name == "DEPT":
        return val(ch(DEPTS), None, ctx)
    if name == "TICKET":
        return val(gen_ticket(), "ticket", ctx, wrap_code=True)
    if name == "PO":
        return val(gen_po(), "po", ctx, wrap_code=True)
    if name == "INV":
        return val(ch(["INV-%s" % digits(5), "invoice %s" % digits(8), "INV%s" % digits(7)]), "invoice", ctx, wrap_code=True)
    if name == "ORDER":
        return val(ch(["%s" % digits(8), "SO-%s" % digits(6), "ORD-%s" % digits(7)]), "order", ctx)
    if name == "VER":
        return val(gen_ver(), "version", ctx, wrap_code=True)
    if name == "BUILD":
        return val(gen_build(), "version", ctx, wrap_code=True)
    if name in ("PRICE", "PRICE2"):
        return val(gen_price(), "money", ctx)
    if name == "NPI":
        return val(gen_npi(), "npi", ctx, wrap_code=True)
    if name in ("COUNT", "COUNT2"):
        return val(str(ch([R.randint(2, 60), R.randint(60, 400), R.randint(90, 130)])), "count", ctx)
    if name == "AGG":
        return val(str(R.randint(2, 40)), "age-aggregate", ctx)
    if name == "PCT":
        return val(str(R.randint(3, 97)), "percent", ctx)
    if name == "EXT":
        return val(str(R.randint(2000, 8999)), "ext", ctx)
    if name == "ZOOM":
        return val(gen_zoom(), "zoom", ctx)
    if name == "ZOOMURL":
        return val(gen_zoomurl(), "zoom", ctx)
    if name == "INTRA":
        return val(gen_intra(), "intranet-url", ctx)
    if name == "PUBURL":
        return val(gen_puburl(), "public-url", ctx)
    if name == "FACADDR":
        return val(gen_facaddr(), "facility-address", ctx)
    if name == "FZIP":
        return val(zip_of(ch(TOWNS)[2])[:5], "zip-like", ctx)
    if name == "SITE":
        return val(ch(SITES), "city-business", ctx)
    if name == "ASSET":
        return val(gen_asset(), "asset-tag", ctx, wrap_code=True)
    if name in ("CPT", "CPT2"):
        return val(ch(CPTS), "cpt", ctx)
    if name in ("ICD", "ICD2"):
        return val(ch(ICDS), "icd", ctx)
    if name == "MED":
        return val(ch(MEDS), None, ctx)
    if name == "DX":
        return val(ch(DXS), None, ctx)
    if name == "YEAR":
        return val(str(R.randint(2019, 2027)), "year", ctx)
    if name == "QTR":
        return val(ch(["Q1", "Q2", "Q3", "Q4", "FY26", "FY2027", "Q3 FY25", "H2", "YTD"]), "fiscal", ctx)
    if name == "PAYER":
        return val(ch(PAYERS), "payer", ctx)
    if name == "GRP":
        return val(ch(["%s" % digits(6), "GRP-%s" % digits(5), "%s%s" % (ch(["X", "G", "00"]), digits(5))]), "group-number", ctx)
    if name == "L4":
        return val(digits(4), "last4", ctx)
    if name == "CCEXP":
        return val(ch(["%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)), "%02d/20%d" % (R.randint(1, 12), R.randint(25, 30)),
                       "%s %d" % (ch(MABBR), R.randint(2025, 2030))]), "card-expiry", ctx)
    if name == "AGEOK":
        return val(str(R.randint(19, 89)), "age-under-90", ctx)
    if name == "BLDGAGE":
        return val(ch([str(R.randint(90, 140)), age_words(R.randint(90, 109))]), "building-age", ctx)
    if name == "MENTION":
        ctx.tags.add("slack-markup")
        return [("raw", gen_mention(), None)]
    if name == "CHAN":
        ctx.tags.add("slack-markup")
        return [("raw", gen_chan(), None)]
    if name == "EFF":
        return val(gen_eff(), "effective-date", ctx)
    if name == "CONF":
        return val(gen_conf(), "confirmation", ctx)
    if name == "CCTR":
        return val(ch(["%s" % digits(5), "CC-%s" % digits(4), "%s-%s" % (digits(4), digits(2))]), "cost-center", ctx)
    if name == "LOT":
        return val(ch(["%d-%s" % (R.randint(2024, 2026), digits(3)), "L%s" % digits(6), "%s%s" % (ch("ABCDEFG"), digits(5))]), "lot", ctx)
    if name == "BLDGNO":
        return val(str(R.randint(1, 120)), None, ctx)
    raise KeyError(name)

TOKEN = re.compile(r"\{([^{}]*)\}")

def render(frame, ctx):
    segs = []
    pos = 0
    for m in TOKEN.finditer(frame):
        if m.start() > pos:
            segs.append(("text", frame[pos:m.start()], None))
        inner = m.group(1)
        if "|" in inner:
            segs.append(("text", ch(inner.split("|")), None))
        else:
            segs.extend(resolve(inner, ctx))
        pos = m.end()
    if pos < len(frame):
        segs.append(("text", frame[pos:], None))
    return segs

# ---------------------------------------------------------------------------
# hand-written sentence frames: PHI
# ---------------------------------------------------------------------------
PHI_FRAMES = {
"executive": [
    "someone posted {URL} on Facebook — a fundraiser for {N}, the pt from the bus crash. legal needs to see it",
    "use the foundation card {CC} for the {N} family's hotel, {EXEC} approved",
    "{CF}, can you find out how {Hon} {NL} is doing? {She} was admitted {D} and the board chair asked me about it.",
    "heads up: {N} (DOB {DOB}) is in our ED right now. friend of the mayor. make sure patient relations knows, no email pls",
    "[vip] Need a quiet update on the VIP up on {UNIT}: {N}, {MRNL} {MRN}. Call me, don't write it down.",
    "[complaint] Who owns the complaint from {R}, the {rel} of {N}? Discharged {D} and nobody called. Number on the letter is {PH}.",
    "Please draft a condolence card to the {RL} family at {ADDR}. {NF} passed on {D}. Sign it from me and {C2F}.",
    "{N} is a close relative of one of our biggest donors and fell at home {D}. Have {C2F} from patient experience round on {him} today.",
    "set up 15 min w/ {R} ({rel} of {N}), {PH}. anytime after {MTG}",
    "[vip] Trustee emeritus {N} turns {AGE} on {D} and is over in our SNF. Flowers from the exec office, please.",
    "Got a voicemail from {R} about a bill, {ACCTL} {ACCT}. Someone from PFS needs to call back today: {PH}",
    "forward me whatever {CF} sent about {N} ({DOB}) before the {MTG} meeting",
    "Was {N} really sent home without a ride? {She}'s {AGE}. This is exactly the story the Globe writes.",
    "I want the incident report for {N}'s fall on {D} before {MTG}. {MRNL} {MRN}.",
    "[vip] The CFO's father, {N}, is transferring in from our {SITE} site tonight. DOB {DOB}. Please smooth the bed assignment, quietly.",
    "make sure {Hon} {NL} in {ROOM} gets a real recliner, not the vinyl one — {she}'s {AGE} and used to run our surgery department",
    "[complaint] Print the email from {EMLINK} for the {MTG} board packet. It's {N}'s family complaining about valet.",
    "The reporter ({PH}) asked about {N} again. We confirm nothing. Route everything to {C}.",
    "{CF} pls get me {N}'s discharge date — I think it was {D}? — and whether {she} bounced back",
    "Our guest at the gala, {N}, collapsed and came through our ED {D}. I need to call the {rel}, {RF}, tonight: {PH}",
    "Is the {N} on the {UNIT} census the same person who wrote the letter to the editor? Return address was {ADDR}.",
    "who gave {N}'s room number to the press?? {She} is in {ROOM}, {MRNL} {MRN}. I want answers {DLINE}.",
    "I'm told {N} from {TOWN} is threatening to go to the AG. What happened on {D}?",
    "*Confidential* — our board member's {relp}, {N}, is being worked up for {DX}. {MRNL} {MRN}. Keep the circle small.",
    "can someone make sure {NFL}'s {rel} gets a parking pass? {RF} drives in from {TOWN} every day",
],
"assistant": [
    "use my p-card {CC} for the {VCO} lunch order, exp {CCEXP}",
    "Hi! {EXEC} asked me to check on a neighbor, {N}, who came through the ED {D}. any way to find the room #? MRN {MRN}",
    "I'm out tomorrow — my {relp} {N} has surgery {D} at our {SITE} campus. {C2F} is covering the calendar.",
    "{CF} wants flowers sent to {N} at {ADDR}. Card should say 'Thinking of you — {C2F}'.",
    "Pls call {R} back at {PH}, {RF} is {N}'s {rel} and wants to thank {EXEC} personally",
    "expense q: the gift basket for {N} (pt on {UNIT}) went on my corporate card {CC}. can i still submit it?",
    "Reminder: {EXEC} visits {Hon} {NL} in {ROOM} at {TIME}. {She}'s {AGE}, sit on the left, hearing aid side is right.",
    "For the letter to {N} I need the address — {ADDR}? and DOB for the form is {DOB}",
    "We got a fax from {PH} about a pt, {N}, DOB {DOB}. I think it's misdirected, where does it go?",
    "Calendar hold: Family meeting – {NL} – tomorrow 2–3pm, {ROOM}. Attendees: {R} ({rel}), {C}, {DR}",
    "Block the afternoon of {D} for {N} — it's {his} cardiology f/u with {DR}. Don't put the reason on the shared calendar.",
    "pls resend the intake form to {EM}, it's for {N}'s visit on {D}",
    "{EXEC} wants to personally call {N}'s {rel} tonight. best # is {PH}, the {rel}'s name is {RF}",
    "can you find out if {N} got the get-well card? we mailed it to {POBOX}",
    "Thank-you note from {N} came in, {she} says {DR} and the {UNIT} nurses were amazing. {She} lives in {TOWN} — can we use the quote with permission?",
    "FYI {EXECP}'s {relp}, {N}, is in the ED. {She}'s {AGE}. {EXEC} is on the way, clear the 2 o'clock.",
    "{CF} needs the home address for {R} to send a sympathy card — {ADDR}, right?",
],
"nurse": [
    "bed 12, {NL}: {she}'s {AGE}, high fall risk, {rel} {RF} wants a call at {PH} before d/c",
    "pt {N} {DOBL} {DOB} back from IR, site c/d/i. {MRNL} {MRN}",
    "who took {Hon} {NL}'s pump?? {DEVL} {DEV} isn't on the pole in {ROOM}",
    "fyi {NI} in {ROOM}: pacer interrogated, {DEVL} {DEV}, rep coming this afternoon",
    "{NF} in 14 keeps asking for {his} {rel} {RF} — number on the whiteboard is {PH}, can someone try",
    "[incident] Fall on {D} at {TIME}: {N}, unwitnessed, no injury noted. Incident # {TICKET}.",
    "new admit {D}: {N}, {AGEOK}yo, from {TOWN}, lives alone, no HCP",
    "new CGM for {NFL}, transmitter {DEV}, sensor started {D}",
    "handoff:\n{N} / {MRN} / {DX} / full code / {rel} {R} is HCP",
    "hearing aid left in {ROOM} is {N}'s, {DEVL} {DEV}, DON'T toss it",
    "pt is {AGE}, name {N}, refusing meds since {D}. pls advise, {DR} not answering",
    "did anyone reach {N}'s {rel}? listed as {R}, cell {PH}",
    "{Hon} {NL} ({DOB}) asking if {she} can go home {D}, {rel} driving",
    "whose pt is {NI}? labs pending from {D}, nobody has signed",
    "sitter needed for {N} {ROOM}, {AGE} and sundowning bad",
    "ok who charted on {N} under {N2}'s MRN {MRN}? need to fix before HIM sees it",
    "insulin pump came in with {NFL}, {DEVL} {DEV}. family took the charger home to {TOWN}",
    "pls swap {NL}'s tele box, the one assigned ({DEV}) keeps dropping",
    "d/c teaching done for {N}. f/u with {DR} on {D}, ride is {rel} {RF} ({PH})",
    "{NFL} goes by {NN} — {she} won't answer to {NF}, fyi for nights",
    "Reminder that {N} in {BED} is {AGE} today!! cake at 3 🎂",
    "the {rel} ({R}) called the unit 6 times. says {N} was supposed to go home {D}. can case mgmt call {PH}?",
    "LVAD pt {NL}, controller {DEVL} {DEV}, backup batteries with {his} {rel}",
    "{N} ({MRN}) eloped from {UNIT} at {TIME}, security notified",
],
"scheduler": [
    "resend the visit link to {NF}, the old one ({URL}) expired",
    "can we move {N}'s MRI from {D} to {D2}? {She} can't get a ride, cb {PH}",
    "rescheduled: {NI} – {DOB} – new f/u {D} w/ {DR}",
    "{N} called wanting an appt before {D}. {HPIDL} {HPID}. told {him} we'd call back at {PH}",
    "appt reminder bounced for {EM} — pt {N}, appt {D}. better email anyone?",
    "no-show x3: {N}, DOB {DOB}, {MRNL} {MRN}. send the dismissal letter?",
    "pt only wants early slots: {Hon} {NL}, {AGE} y/o, lives in {TOWN} and the van starts at 9",
    "video visit link for {NF}'s appt {D}: {URL}",
    "please text {N} at {PH} that {DR}'s clinic is running 40 min behind",
    "waitlist add: {N}, {PH}, prefers Tues/Thurs, referral from {DR} dated {D}",
    "{N} is double-booked {D} — PT at 9 and derm at 9:15. which one moves?",
    "Interpreter needed (Khmer) for {N}, appt {D}, {MRNL} {MRN}",
    "new pt packet goes to {ADDR}, pt {N}, first visit {D}",
    "pt {N} wants reminders by email only: {EM}. NOT by text to {PH}",
    "colonoscopy prep instructions for {NFL} went to the wrong address ({ADDR}), resend?",
    "{N}, {DOB}, wants to switch PCP to {DR}. ok to book {D}?",
    "[referral] referral in from {DR} for {N}, {AGE}, ortho consult, needs to be seen by {D}",
    "can someone call {N}'s {rel} ({R}) to confirm {D}? {PHL} {PH}",
],
"billing": [
    "pt paid {PRICE} on card {CC} but it posted to the wrong account ({ACCT})",
    "{R} wants to put {NF}'s balance on {CC} — phone consent ok?",
    "Guarantor {R} is disputing HAR {HAR} for {NF}'s stay {D}–{D2}",
    "{N} read {his} card over the phone: {CC}, exp {CCEXP}. pls scrub it from the account notes",
    "payment plan req: {N}, {ACCTL} {ACCT}, {PH}, wants $50/mo",
    "denial on {N}: {HPIDL} {HPID} doesn't match, payer says DOB should be {DOB}",
    "MBI for {N} is {MBI}, DOS {D}, {CPT}",
    "refund check for {N} to {ADDR}, {ACCTL} {ACCT}, {PRICE}",
    "self-pay pt {N} wants to pay from bank acct {BANK}. allowed?? over Teams??",
    "Medicaid # {MCD} for {N} termed {EFF}, need to rebill to secondary",
    "collections hold on {NI}, account {ACCT} — {she} has been in hospice since {D}",
    "why did {N} get two statements? file has {ADDR} and the new one is {POBOX}",
    "{Hon} {NL} says the SSN on the claim is wrong, should be {SSN}",
    "charity care app for {N} ({DOB}), household of 4, lives in {TOWN}. {SSNL} {SSN}",
    "bank draft failed for {N}, routing was fine, account {BANK}",
    "secondary ins for {N}: {PAYER}, {HPIDL} {HPID}, group {GRP}",
    "corporate AmEx {CC} got flagged for the {VCO} charge ({PRICE}). who has the other card?",
    "{N} is disputing an ER charge from {D}, {ACCTL} {ACCT}. says {she} never got a bill at {ZIP}",
    "estate of {N} (died {D}) — executor is {R}, send the final statement to {ADDR}",
    "[evasion] writing it weird so the bot doesn't eat it lol: {N} ss {SSN}",
    "need a price estimate for {N}, {HPIDL} {HPID}, {CPT} on {D}",
],
"him": [
    "[records] ROI portal link for {N}: {URL} — do not forward outside HIM",
    "[records] ROI request from attorney for {N}, DOB {DOB}, DOS {D} to {D2}. auth signed by {R} ({rel}, POA).",
    "[records] chart #{MRN} has two pts merged, {N} and {N2}. HIM needs to split asap",
    "[records] records to mail: {N}, {ADDR}. {SSNL} on the request is {SSN}, why is that even on the form",
    "[records] subpoena for {NI}, MR# {MRN}, admit {D}. legal contact is {BEM}",
    "caller says {she}'s {N}, DOB {DOB}, last 4 of SSN {L4}. ok to release?",
    "amendment request from {N}: wants address changed to {ADDR}",
    "portal proxy for {N} is {R} ({rel}), email {EM}",
    "[records] ROI for {N} — send to {EMLINK}",
    "pt {N} wants records faxed to {PH}, attn {R}",
    "disability paperwork for {N}, dates of service {D} and {D2}, member {HPID}",
    "death cert query: {N}, died {D}, age {AGE}, {MRNL} {MRN}",
    "{N} requested an accounting of disclosures — MRN {MRN}, {PHL} {PH}",
    "scanning error: {NI}'s consent got filed into {N2}'s chart",
    "[records] the release for {N} expired, new one signed {D}. mail copies to {POBOX}",
    "deficiency on {DR}'s op note for {NI}, surgery {D}, {MRNL} {MRN}",
    "[records] records request came from {BEM} for {N}, {DOB}. is that firm legit?",
    "legal hold on {N}'s chart ({MRN}) starting today, incident {D}",
],
"it": [
    "{N}'s telehealth link {URL} throws a 403, can you check the token?",
    "{IP} is hitting the pyxis server every second, compromised?",
    "overnight scan from {IP} tried the VPN 400 times, blocking at the edge",
    "[incident] someone shared {URL} in a public channel, it opens {N}'s results. pulling it",
    "user says the printer at {IP} spat out {N}'s face sheet on the wrong floor",
    "{TICKET}: workstation {IP} locked out, user {C}",
    "can you allowlist {IP} for the {VCO} VPN tunnel?",
    "pt {N} can't get into the portal, login email {EM}, reset attempts came from {IP}",
    "the link that went out was {URL} — it has the pt id in it, pulling it now",
    "CGM {DEV} for {N} hasn't synced to the dashboard since {D}",
    "MFA reset for {C}, phone on file {PH}",
    "new hire {C}, personal email {EM}, starts {MTG}",
    "fw log: {IP} -> {IP2} blocked on 443, is that the lab interface?",
    "[incident] someone pasted {N}'s {SSNL} ({SSN}) in {CHAN}, pls purge the message",
    "DNS for the PACS box is {IP}, the old one was {IP2}",
    "remote session for {C}: connect to {IP}, ticket {TICKET}",
    "[business-contact] {C}'s new email is {CEM}, update the distro",
    "the HL7 feed from {IP} is sending {N}'s ADT with a bad DOB ({DOB})",
    "[version] {VER} broke the telemetry relay at {IP}, rolling back",
    "home monitoring hub for {N}, {DEVL} {DEV}, shows offline since {D}. is it on {his} wifi?",
],
"security": [
    "found a credit card {CC} in the {UNIT} family lounge, holding at the desk",
    "badge controller at {IP} went offline at {TIME}, door 4 unlocked",
    "visitor {N} (for pt in {ROOM}) is banned after threats {D}. plate {PLATE}.",
    "car in the ambulance bay, plate {PLATE}, VIN {VIN}. towing at 1400 unless someone claims it",
    "BOLO: {N}, {AGEOK}, may try to visit a relative on {UNIT}. restraining order on file.",
    "elopement: {N}, {AGE}, last seen near {ROOM}, lives on {STREET} in {TOWN}",
    "lost & found: wallet w/ DL {DLN} and a card {CC}, name on the ID is {N}",
    "escort needed for {R}, {rel} of {N}, {DLNL} {DLN}",
    "staff lot permit for {C}: plate {PLATE}",
    "vehicle in the fire lane: {PLATE}, registered to someone in {TOWN}",
    "{N}'s son keeps parking in the ED lot, white Camry {PLATE}",
    "[incident] camera footage request for the {D} incident with patient {N}, case {TICKET}",
    "visitor sign-in for {NL} in {ROOM}: {R}, DL {DLN}, arrived {TIME}",
    "stolen catalytic converter in garage B, owner {C}, {VIN}",
    "patient belongings: {N} ({MRN}) left a phone and keys with plate tag {PLATE}",
],
"social_work": [
    "SW consult: {N}, {AGEOK}yo, unhoused, last known address {ADDR}. {rel} {R} {PH}",
    "{N} needs SNF placement; {rel} {R} is guardian, papers on file. Medicaid {MCD}",
    "home safety eval for {NF} at {ADDR} — {she}'s {AGE} and alone",
    "APS report filed for {N}, DOB {DOB}, from {TOWN}. neighbor {R} called it in",
    "family mtg with {R} about {NF}'s d/c plan tomorrow at 10. {RF}'s number is {PH}",
    "{N} has no phone; {his} shelter case worker is at {BPH}",
    "cab voucher for {N} home to {ADDR}",
    "guardianship for {N} granted, court appointed {R}; {she} can d/c {D}",
    "{N} ({AGE}) wants to go home to {STREET} in {TOWN}, {rel} says it's not safe",
    "Meals on Wheels referral: {N}, {ADDR}, {PH}",
    "DV screen positive for {NF}. do NOT give info to anyone asking for {NL}. safe # is {PH}",
    "hospice referral for {N}, {HPIDL} {HPID}, {rel} {RF} is primary contact",
],
"family": [
    "here's my {relp}'s caringbridge if the nurses want to see the updates: {URL}",
    "can I pay {NF}'s bill with this card? {CC} exp {CCEXP}",
    "hi this is {R}, my {relp} {N} is on your 5th floor and nobody answers in {ROOM}. my cell {PH}",
    "Hello, I'm {RF}, {N}'s {rel}. Can I get an update? {She} was admitted {D}.",
    "please send my {relp}'s records to me at {EM}. name is {N}, {she}'s {AGE}",
    "this is {R}, HCP for {N}. the portal link you sent ({URL}) won't open",
    "my {relp} {N} (DOB {DOB}) was charged twice, acct {ACCT}. call me {PH}",
    "I'm picking up {NFL} tomorrow, I drive a grey Subaru {PLATE}",
    "can someone tell {N} in {ROOM} that {RF} is coming at 6",
    "my {relp} is {N}, {she} was born {DOB} and turns {AGE} this week, can the nurses sign a card?",
    "Hi, my {relp} ({N}) had a pacemaker put in on {D}, the card says {DEV}. which number do I give the cardiologist?",
    "{NF}'s new address is {ADDR}, please update so the bills stop going to the old place",
],
"pharmacy": [
    "DEA {DEA} on {N}'s script doesn't validate, call the prescriber?",
    "{N} ({DOB}) needs PA for {MED}, {HPIDL} {HPID}",
    "refill for {NI}, {MED}, outside pharmacy calling from {PH}",
    "[credentialing] {DR}'s DEA is {DEA} and state license {SLIC}, credentialing needs both {DLINE}",
    "discrepancy: {MED} pulled for {N} in {ROOM} on {D}, no admin charted",
    "meds-to-beds for {N}, copay {PRICE}, card on file {CC}",
    "{N} is {AGE}, renal dosing please, CrCl 22",
    "[credentialing] new hospitalist {C}: DEA {DEA}, NPI {NPI} — the NPI is fine, DEA lookup failed",
    "{N}'s insulin pump ({DEV}) needs a basal change, who programs it?",
    "call back {R} re: {NF}'s {MED} copay, {PH}",
],
"lab": [
    "critical K 6.8 on {N}, {MRNL} {MRN}, called to {DR} at {TIME}",
    "specimen mislabel: tube says {N}, DOB {DOB}, req says {N2}",
    "send-out for {NI} finally resulted, collected {D}",
    "blood bank: {N}, {AGE}, T&S drawn {D}",
    "courier dropped {N}'s sample at the wrong site, {MRNL} {MRN}",
    "{N}, collected {D} {TIME}, hemolyzed x2, redraw pls",
    "outside lab faxed results for {NI} ({DOB}) from {PH}",
],
"transport": [
    "pickup {ROOM} → CT: pt {N}, {AGEOK}, 2L NC",
    "wheelchair van for {N} at {ADDR} on {D}, 0730. cb {PH}",
    "d/c ride: {Hon} {NL} going home to {TOWN}, {she}'s {AGE}",
    "ambulette {PLATE} waiting at north entrance for {NFL}",
    "ride share for {N} cancelled, driver couldn't find {STREET}",
    "{N} needs bariatric stretcher to {SITE} on {D}, {rel} riding along",
],
"chatbot": [
    "@delegate open {URL} and tell me if {N}'s visit summary is ready",
    "delegate: pay the {VCO} invoice with my card {CC}, exp {CCEXP}",
    "@delegate draft a reply to {EM} thanking them for the note about {N}'s care",
    "/remind me to call {R} at {PH} {MTG}",
    "delegate: summarize the thread about {N} (MRN {MRN}) for {EXEC}",
    "bot add {N}'s {rel} {R} to my contacts — {PH}, {EM}",
    "hey assistant, status of the ROI for {NI}, DOB {DOB}?",
    "draft a letter to {N}, {ADDR}, apologizing for the wait on {D}",
    "@delegate what did {CF} say about {Hon} {NL}'s readmission on {D}?",
    "ExecBot: email {R} the parking voucher at {EM}, {rel} of the pt in {ROOM}",
    "/delegate book a call with {R} ({TELLINK}) for {MTG}",
    "@delegate send flowers to {N}, {ADDR}. card from the exec team",
    "assistant, look up who the attending was for {N} on {D}",
    "delegate pls add {N} ({DOB}) to the {MTG} patient story slide — {she} agreed, signed release",
],
"employee_health": [
    "[employee-health] Employee health: {N} from {DEPT} had a needlestick {D}. baseline labs drawn, keep confidential",
    "[employee-health] our {DEPT} manager {N} is out on FMLA after surgery {D}. DOB {DOB} for the form",
    "[employee-health] workers comp for {N}: injury {D}, slipped in the {DEPT} hallway",
    "[employee-health] {N} (badge 44812) tested positive {D}, contact tracing on {UNIT}",
    "[employee-health] fit test fail for {N}, {DEPT}, needs PAPR. also the TB read from {D} is missing",
    "[employee-health] {N} in {DEPT} is back next week with restrictions from {his} back injury on {D}",
],
"credentialing": [
    "[credentialing] {DR}: {SLIC}, DEA {DEA}, NPI {NPI}, exp {EFF}",
    "[credentialing] new locum {C}: state lic {SLIC}, DL {DLN} for the badge photo",
    "[credentialing] {C}'s RN license {SLIC} lapses {EFF}, remind them?",
    "[credentialing] PSV done for {DR} — license {SLIC} active, board cert through {YEAR}",
],
"business": [
    "[business-contact] vendor contact for the pump recall: {V} at {VCO}, {BPH}, {BEM}",
    "[business-contact] new main line for the {SITE} clinic is {BPH}, update the website",
    "[business-contact] send the redlines to {BEM} and cc {BEM2}",
    "[business-contact] {EXEC}'s cell for the board retreat is {BPH}",
    "[business-contact] {VCO} support is {BPH}, case {TICKET}",
    "[business-contact] the fax for PFS is {BPH}, not the old one",
    "[business-contact] {C} from {DEPT} asked to be reached at {CEM} while the Teams account is broken",
    "[business-contact] *After-hours IT:* {BPH}  |  pager for {DEPT} is x{EXT}",
],
}

# ---------------------------------------------------------------------------
# hand-written sentence frames: CLEAN hard negatives
# ---------------------------------------------------------------------------
CLEAN_FRAMES = {
"executive": [
    "Can you move my {MTG} with {C} to {ROOM}? {CF} needs more time on the {QTR} numbers.",
    "{EXEC} wants the {YEAR} volume deck {DLINE}. Use the discharge figure from the dashboard, not finance's.",
    "Board meets {MTG} at {FACADDR}. Garage validation is at the front desk.",
    "tell {CF} the {VCO} quote ({PRICE}) is too high, counter at {PRICE2}",
    "[building-age] the {SITE} tower is {BLDGAGE} years old, of course the chillers died again",
    "we had {AGG} admits over 90 last month — is that a trend or noise?",
    "loop {DR} into the {MTG} quality review, and {C2} too",
    "who signed {PO}? I don't remember approving {PRICE} for furniture",
    "I'll be at the {SITE} site {MTG}, push my 1:1 with {CF}",
    "decline the {VCO} dinner {MTG}. send {C2F} if someone has to go",
    "Great work on the Leapfrog submission, {CF}. Let's celebrate at the {MTG} town hall.",
    "{C} starts as VP of Nursing {EFF}. Please add {CL} to the exec distro.",
    "What did {C2} decide about the {SITE} MOB lease? Landlord wants an answer {DLINE}.",
    "Send me the top 10 denial reasons for {QTR} by payer. No patient detail needed.",
    "[hipaa] reminder to all VPs: no patient names in this channel. use the secure workspace.",
    "{EXEC} is keynoting the state hospital association {MTG}; draft remarks {DLINE}",
    "[donor] thank-you letter to {DONOR} for the {PRICE} gift, draft {DLINE}",
    "the {DONOR} wing ribbon cutting is {MTG}, {EXEC} speaking",
    "{CF} — we're {AGG} FTEs short on nights across {UNIT} and {UNIT}, let's talk {MTG}",
    "ok with the {PRICE} for the {UNIT} remodel, {PO} can go",
],
"assistant": [
    "Booked {ROOM} for {MTG}. Lunch for 12 from {VCO}, {PO}.",
    "{CF}'s flight lands 4:10, car confirmed, conf {CONF}",
    "{QTR} expense reports due {DLINE}, cost center {CCTR}",
    "Zoom for the {MTG} call: {ZOOM}, passcode is in the invite",
    "{EXEC} is OOO {MTG} through {DLINE}; {C2} is the delegate",
    "corporate card expires {CCEXP}, I'll update it in Concur tonight",
    "[last4] is the card ending {L4} the one on file for the board dinner?",
    "moved the {MTG} budget review to {ROOM}, the screen in the other room is broken again",
    "can someone send me the dial-in for the {MTG} town hall? ext {EXT} isn't picking up",
    "{EXEC} needs 30 min with {C} before {MTG}, any openings?",
    "Holiday party headcount: {COUNT} so far. Venue is {FACADDR}.",
    "please stop booking {ROOM} without asking me lol, it's the CEO's overflow room",
    "flowers for {C}'s retirement party {MTG}, budget {PRICE}",
    "Reminder: the board retreat is {MTG}, shuttle leaves from {FACADDR}",
    "{C} and {C2} both want {EXEC} {MTG}. who wins?",
    "the {SITE} site visit {MTG}: car at 7, {C2F} meets you in the lobby",
    "pls RSVP to {C}'s farewell {MTG}, {ROOM}",
],
"nurse": [
    "{ROOM} needs a sitter, 1:1 order is in. {AGEOK}yo pulling at lines.",
    "we have {AGG} pts over 90 on {UNIT} tonight, can we get another aide?",
    "bed {BED} is clean and ready for the next admit",
    "{DR} covering for {CF} until 7, page x{EXT}",
    "pyxis on {UNIT} is down again, ticket {TICKET}",
    "who has pump {ASSET}? biomed wants it back today",
    "staffing {MTG}: {CF}, {C2F}, plus one float",
    "CPT {CPT} or {CPT2} for the wound care visit? coding keeps bouncing it",
    "charge RN meeting moved to {MTG} in {ROOM}",
    "Code blue debrief {MTG}, {ROOM}. Great job everyone on {UNIT}.",
    "{AGEOK} y/o in bed {BED} is asking for the chaplain, can someone page spiritual care",
    "the 90-day competency checklist is due {DLINE}",
    "anyone know the ICD for {DX}? I think it's {ICD}",
    "{UNIT} is at {PCT}% occupancy, 3 boarders in the ED",
    "fall huddle {MTG}: {COUNT} falls this month, none with injury",
    "new IV pumps arrive {MTG}, training in {ROOM}, {C} is the super-user",
    "the pt in {ROOM} is {AGEOK} and wants to know if {UNIT} has a quiet room",
    "2 patients over 90 in the ED hallway rn, can we pull them up first",
    "{CF} can you swap {MTG} with me? I'll take your Sunday",
    "*PSA* the blanket warmer in {ROOM} is broken again, ticket {TICKET}",
],
"scheduler": [
    "{DR}'s template changes {EFF}: no Friday PM clinic",
    "{COUNT} open slots in ortho next week, pull from the waitlist",
    "the {SITE} office is closed {MTG} for the holiday, reschedule lists are on the S: drive",
    "new MRI hours start {EFF}, 6a–10p",
    "can we block {DR} for the {MTG} M&M? it's mandatory",
    "interpreter services' new ext is {EXT}",
    "is the {SITE} clinic at {FACADDR} still doing walk-in labs?",
    "{COUNT} no-shows yesterday, mostly in GI",
    "template build ticket {TICKET} for {DR}'s new clinic",
    "[zip-like] the new {SITE} clinic ZIP is {FZIP}, update the directory listing",
    "{C} is out {MTG}, {C2F} will cover the front desk",
    "are we overbooking 90-minute new pt slots or not? {DR} says no",
],
"billing": [
    "{CPT} denials up {PCT}% in {QTR}, mostly {PAYER}",
    "Invoice {INV} from {VCO} for {PRICE} — ok to approve?",
    "group # {GRP} for the {PAYER} employee plan changes {EFF}",
    "[ssn-topic] do we still need the full SSN on the financial assistance app? policy says no",
    "write-off threshold is {PRICE} per account per {C}",
    "lockbox address changes to {FACADDR} effective {EFF}",
    "{PAYER} contract renewal meeting {MTG}, {C} leading",
    "AR days went from 48 to 44 in {QTR} 🎉",
    "price estimate for {CPT} is {PRICE} self-pay, {PRICE2} with the discount",
    "[hipaa] reminder: never put account numbers in chat, use the secure note",
    "We need a PO for the {VCO} statement vendor, ~{PRICE}/yr",
    "cost center {CCTR} is over budget for {QTR}, {CF} wants a call",
    "[ssn-topic] payer portal wants SSN for eligibility again, we're escalating to {PAYER}",
    "{COUNT} accounts moved to bad debt in {QTR}, total {PRICE}",
],
"him": [
    "ROI turnaround averaged {COUNT} days in {QTR}",
    "[mrn-topic] MRNs are 10 digits now; the legacy 7-digit ones get zero-padded",
    "[hipaa] pls never paste MRNs or SSNs here, use the secure ticket",
    "HIM huddle {MTG}: deficiency backlog and the {ICD} coding query",
    "release-of-info fees go to {PRICE} per request {EFF}",
    "scanning backlog is {COUNT} docs, {C} is working Saturday",
    "{VCO} ROI portal upgrade to {VER} is scheduled {MTG}",
    "[mrn-topic] is the MRN field on the new intake form required or optional?",
    "[hipaa] minimum necessary training is due {DLINE}, link on {INTRA}",
    "{CF}, the {ICD} vs {ICD2} query for the {DX} cases — can we talk {MTG}?",
    "{COUNT} subpoenas this month, legal wants a report {DLINE}",
],
"it": [
    "Epic upgrade to {VER} goes live {MTG}",
    "{BUILD} fixed the label printer bug, closing {TICKET}",
    "VPN client {VER} is broken on macOS, roll back to the previous one",
    "change {TICKET} approved for the {MTG} maintenance window",
    "{C} owns the {VCO} interface, ping {CF} not me",
    "Citrix receiver {VER} vs {BUILD}, which one do we push?",
    "password resets are up {PCT}% since the MFA rollout",
    "the wifi in {ROOM} keeps dropping, ticket {TICKET}",
    "new laptops for {DEPT} arrive {MTG}, asset tags start at {ASSET}",
    "Teams outage {MTG}, status at {PUBURL}",
    "policy doc is on {INTRA}",
    "anyone know why {CHAN} got archived?",
    "patch night: {COUNT} servers rebooting {MTG}",
    "port 443 is open on the new load balancer, {TICKET} can close",
    "{C} — your Epic access for {UNIT} is approved, {TICKET}",
    "{VER} of the badge app drops the NFC reader on Android 14",
    "helpdesk is ext {EXT} now, not the old one",
],
"security": [
    "badge readers at {FACADDR} are offline, ticket {TICKET}",
    "code grey drill {MTG} on {UNIT}",
    "{COUNT} parking violations in garage B this week",
    "new visitor policy effective {EFF}: 2 visitors per pt, ID required",
    "officer {CL} is on the ED post tonight, {C2F} on rover",
    "the {SITE} lot gate is stuck open, facilities ticket {TICKET}",
    "workplace violence committee {MTG} in {ROOM}",
    "[building-age] the {BLDGAGE}-year-old annex still has the old key locks, PO {PO} covers the rekey",
],
"social_work": [
    "SW coverage {MTG}: {CF} on 4-8, {C2F} the rest",
    "shelter beds at {FACADDR}? they're at capacity",
    "the Medicaid redetermination webinar is {MTG}, link in the invite",
    "{COUNT} pts waiting on SNF placement, avg {COUNT2} days",
    "{C} is the new ED social worker, say hi 👋",
    "we served {COUNT} families through the food pantry in {QTR}",
],
"family": [
    "what are visiting hours on {UNIT}?",
    "where do I park for the {SITE} campus? the website says {FACADDR}",
    "is the cafeteria open after 7?",
    "who do I talk to about a billing question? the number on the letter didn't work",
    "is there a chapel near {ROOM}?",
],
"pharmacy": [
    "{MED} shortage, substitute per P&T memo effective {EFF}",
    "[npi] {DR}'s NPI is {NPI}, add to the formulary request",
    "{COUNT} pyxis overrides on {UNIT} this week",
    "P&T {MTG}: agenda has the {MED} biosimilar switch",
    "[npi] NPI for the new hospitalist group is {NPI}",
    "meds-to-beds volume was {COUNT} scripts in {QTR}",
    "IV room hood cert {MTG}, expect delays",
    "{MED} 5 mg tabs backordered until {EFF}, {VCO} says",
],
"lab": [
    "analyzer {ASSET} down, send STATs to core lab, ext {EXT}",
    "QC lot {LOT} failed, rerun the morning batch",
    "{COUNT} specimens rejected for hemolysis today, mostly from the ED",
    "courier run to {SITE} is at {TIME}",
    "new reference ranges for troponin go live {EFF}",
    "blood bank inventory: O neg at {COUNT} units",
    "{C} is validating the new coag analyzer {MTG}",
],
"transport": [
    "{COUNT} discharges waiting on rides, van 3 is down",
    "need a transporter to {ROOM} in 10",
    "shuttle to the {SITE} campus now runs every 20 min from {FACADDR}",
    "wheelchair {ASSET} has a flat, pulling it",
    "{CF} is dispatching tonight, call x{EXT}",
],
"chatbot": [
    "@delegate move my 1:1 with {C} ({MTG}) to next week",
    "/delegate summarize the {QTR} budget thread",
    "bot, what's the Zoom for the board meeting {MTG}?",
    "delegate: draft a thank-you note to {C} for covering the {SITE} site",
    "@ExecAssist find 30 min for me, {CF} and {C2F} {DLINE}",
    "hey bot how many beds does {UNIT} have",
    "/delegate decline everything {MTG} after 3, I'm at {FACADDR}",
    "@delegate book {ROOM} {MTG} for the {VCO} demo",
    "delegate, what's on my calendar {MTG}?",
    "assistant: draft a reply to {C} saying yes to {MTG}",
    "/delegate file an expense for {PRICE}, {VCO}, cost center {CCTR}",
],
"misc": [
    "[building-age] fun fact for the tour: the chapel is {BLDGAGE} years old",
    "journal club {MTG}: outcomes in patients aged 90 and over, {DR} presenting",
    "{COUNT} employees got flu shots at the {MTG} clinic",
    "open enrollment ends {DLINE}, plan docs at {INTRA}",
    "order {ORDER} for 40 chairs shipped, ETA {MTG}",
    "{SITE} urgent care hours change {EFF}: 8a–8p",
    "{C}'s last day is {MTG}, cake in {ROOM}",
    "[vendor-name] {V} from {VCO} is onsite {MTG} for the pump demo",
    "Dr. {CL} presented grand rounds {MTG} on {DX}",
    "the {YEAR} strategic plan is on {INTRA}",
    "interviewing {C} for the director role {MTG}",
    "the 2nd floor of building {BLDGNO} gets new flooring {MTG}",
    "rm {BLDGNO}05 is the new IT closet, keys at security",
    "{COUNT} beds, {COUNT2} ORs and a {BLDGAGE}-year-old main building — that's the capital campaign pitch",
]
}

# quoted earlier messages for thread replies (may carry PHI)
QUOTES = [
    "can you send me the callback number?", "who's covering {UNIT} tonight?", "{N} is asking for you",
    "pt {NL} in {ROOM}?", "did the {TICKET} fix go in?", "is {MTG} still on?", "anyone seen {DR}?",
    "what's {NF}'s DOB again?", "family wants an update on {NL}", "did billing call {R} back?",
    "moving the huddle to {ROOM}", "approved, go ahead", "send it to {C}", "which room is {Hon} {NL} in",
    "any update from {VCO}?", "{N}, {DOB}", "MRN?", "need the plate # for the tow", "what's the new ext?",
    "can we do {MTG} instead", "is that the same {NL} from last month?",
]

# clause grammar ----------------------------------------------------------------
G_OPEN = ["", "", "hey {CF}, ", "hi team — ", "{MENTION} ", "quick q: ", "sorry to bug you, ", "FYI ", "urgent: ",
          "morning! ", "@delegate ", "per {EXEC}, ", "following up — ", "re the call earlier, ", "{MENTION} {MENTION} ",
          "*URGENT* ", "ok so ", "hiya, ", "{CF} — ", "for tomorrow: ", "Good afternoon, ", "pls ", "ugh, ",
          "ping: ", "one more: "]
G_REQ = ["can you pull the chart for ", "please call back ", "need a release of info for ", "who's covering ",
         "can we get transport for ", "please verify insurance for ", "add to the huddle list for {MTG}: ",
         "draft a reply to the family of ", "page the team about ", "billing dispute on ", "need labs resulted for ",
         "send the discharge packet for ", "ok to share the visit summary for ", "schedule a f/u for ",
         "flag for security — visitor list for ", "can SW see ", "anyone know the status of ",
         "interpreter needed for ", "prior auth stuck for ", "records request for ", "complaint letter came in for ",
         "who's the attending for ", "case mgmt needs eyes on ", "can we expedite the bed for ", "update on "]
G_REF = ["{N}", "{N}, DOB {DOB}", "{N} ({MRNL} {MRN})", "{Hon} {NL} in {ROOM}", "{NI}", "{N} {DOBL} {DOB} {MRNL} {MRN}",
         "{NFL} — {AGE} y/o", "pt {NL}, seen {D}", "{N}, {HPIDL} {HPID}", "{N} at {ADDR}", "{N} (lives in {TOWN})",
         "{N}, cb {PH}", "{N} / {EM}", "{N}, {ACCTL} {ACCT}", "{NI} {DOB}", "{N} admitted {D}", "{NF} in {BED}, {AGE}",
         "the {NL} pt ({MRN})", "{N} ({rel}: {R}, {PH})", "{N}, MBI {MBI}", "{Hon} {NL}, {ZIP}", "{N}, DOS {D}",
         "{N}, {SSNL} {SSN}", "{N}, card {CC}", "{N} ({URL})", "{N} — the one who called from {IP}", "{NI}, {DOB}", "{N} — d/c'd {D}", "{NF} ({AGE}) from {TOWN}"]
G_CLOSE = ["", "", " thx", " ty!", " 🙏", " — asap pls", ". need it before {MTG}", ". thanks!!", " :pray:", ". lmk",
           "?", " when you get a sec", ". ticket {TICKET}", " 👀", ". {CF} is cc'd", " — {EXEC} is asking",
           ". not urgent", "!!", " (sorry, 3rd time asking)", " :white_check_mark:"]

C_CLAUSE = ["the {MTG} huddle moved to {ROOM}", "{TICKET} is still open", "can someone approve {PO}",
            "{VER} rollout is paused", "need {COUNT} more chairs for {MTG}", "{C} will present the {QTR} numbers",
            "budget for the {UNIT} refresh is {PRICE}", "parking at {FACADDR} is full again", "{DR} is on call {MTG}",
            "we have {AGG} pts over 90 in the ED census right now", "x{EXT} is the new help desk ext",
            "send {CF} the backup for {INV}", "Zoom {ZOOM} for the 2pm", "NPI {NPI} belongs to {DR}'s group",
            "{CPT} is bundling with {CPT2} again", "{COUNT} beds open on {UNIT}", "the {SITE} site is on divert",
            "{VCO} invoice is {PRICE}, {PO}", "{BUILD} is in test", "{C2} approved the {PRICE} overtime",
            "card ending {L4} was declined at the caterer", "{ROOM} projector is dead", "{DR} wants {ROOM} {MTG}",
            "the {QTR} census report is on {INTRA}", "{COUNT} RN openings posted", "group {GRP} renewal is {EFF}",
            "{EXEC} moved the ops review to {MTG}", "lot {LOT} recall doesn't affect us", "{C} is the new {DEPT} director",
            "{DEPT} offsite {MTG} at {FACADDR}"]
C_CLOSE = ["", "", " thx", " ty", " 🙏", " asap", " pls", ".", "!", " when you can", " :thumbsup:", " lmk", " — {CF}",
           " 👍", ". fyi", " (per {C2F})"]

# structured records ------------------------------------------------------------
S_HEAD = ["new ROI request:", "pt info for the callback:", "*Referral*", "intake:", "forwarding from fax:",
          "copy/paste from the ADT screen:", "Pls verify:", "*Transfer request*", "from the voicemail:", "@delegate log this:",
          "details below", "complaint intake", "*Visitor log*", "PA request", "d/c info:", "for the incident report:"]
S_FIELDS = [
    (["Name", "Pt", "Patient", "pt name", "NAME", "Patient name"], ["{N}", "{NI}"]),
    (["DOB", "dob", "Birthdate", "D.O.B."], ["{DOB}"]),
    (["MRN", "MR#", "Chart #", "mrn"], ["{MRN}"]),
    (["SSN", "SS#", "Social"], ["{SSN}"]),
    (["Member ID", "Subscriber ID", "Policy #", "Ins ID"], ["{HPID}", "{MBI}"]),
    (["Acct", "HAR", "Account #"], ["{ACCT}"]),
    (["Phone", "Cell", "Ph", "Callback", "Home"], ["{PH}"]),
    (["Email", "e-mail", "Email addr"], ["{EM}"]),
    (["Address", "Addr", "Home address", "Mailing"], ["{ADDR}", "{POBOX}"]),
    (["Age", "age"], ["{AGE}"]),
    (["Admit", "Admitted", "Adm date", "DOS", "Date of service", "Appt"], ["{D}"]),
    (["Device", "Pump SN", "Pacer serial", "CGM"], ["{DEV}"]),
    (["DL", "Driver's lic"], ["{DLN}"]),
    (["Plate", "Vehicle"], ["{PLATE}"]),
    (["Contact", "HCP", "POA", "Emergency contact"], ["{R}", "{R} ({rel})"]),
    (["Town", "City", "Lives in"], ["{TOWN}"]),
    (["Card", "CC", "Card #", "Pmt card"], ["{CC}", "{CC} exp {CCEXP}"]),
    (["Portal link", "Link", "Visit link"], ["{URL}"]),
    (["Workstation IP", "IP", "From IP"], ["{IP}"]),
    (["Unit", "Loc", "Room"], ["{UNIT}", "{ROOM}"]),
    (["Attending", "PCP", "Ref by"], ["{DR}"]),
    (["Dx", "Reason"], ["{DX}"]),
    (["Payer", "Ins"], ["{PAYER}"]),
    (["Ticket", "Ref"], ["{TICKET}"]),
]
CS_HEAD = ["*Agenda {MTG}*", "Ops huddle notes", "*Action items*", "for the board packet:", "IT change summary",
           "Open items from {MTG}:", "*Weekly numbers*"]
CS_ITEMS = ["{QTR} budget — {C}", "{VER} upgrade status", "{TICKET} follow-up", "{UNIT} staffing ({COUNT} open shifts)",
            "{VCO} contract ({PRICE})", "{PO} approval", "parking at {FACADDR}", "{DR} on the OR block", "census {COUNT}",
            "pts 90+ on {UNIT}: {AGG}", "NPI {NPI} enrollment", "{BUILD} test results", "room {ROOM} renovation",
            "{CPT} denials", "interview {C}", "{SITE} site visit {MTG}", "retire asset {ASSET}", "policy effective {EFF}"]

EMOJI = ["🙏", "👍", "😬", "🚑", "🏥", "✅", "👀", "😅", "🙃", "❤️", "🔥", "📞", "📅", "⚠️", ":pray:", ":eyes:",
         ":white_check_mark:", ":rotating_light:", ":thumbsup:", ":hospital:", ":sweat_smile:", ":calendar:", ":+1:", "🤞", "😩"]

# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------
FTAG = re.compile(r"^\[([a-z0-9_,\-]+)\]\s*")

def split_frame(frame):
    m = FTAG.match(frame)
    if m:
        return m.group(1).split(","), frame[m.end():]
    return [], frame

KEYS = "qwertyuiopasdfghjklzxcvbnm"
NEAR = {c: KEYS[max(0, i - 1)] + KEYS[min(len(KEYS) - 1, i + 1)] for i, c in enumerate(KEYS)}

def typo_word(w):
    i = R.randint(1, len(w) - 2)
    k = R.randint(0, 3)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    rep = ch(NEAR.get(c, "e"))
    return w[:i] + (rep.upper() if w[i].isupper() else rep) + w[i + 1:]

WORD = re.compile(r"(?<![A-Za-z@#<:/._`-])[A-Za-z]{4,}(?![A-Za-z>_`])")

def apply_typos(segs):
    n = [0]
    def f(m):
        if R.random() < 1 / 12.0:
            n[0] += 1
            return typo_word(m.group(0))
        return m.group(0)
    out = [(k, WORD.sub(f, s) if k == "text" else s, t) for k, s, t in segs]
    if n[0] == 0:
        idx = [i for i, (k, s, t) in enumerate(out) if k == "text" and WORD.search(s)]
        if idx:
            i = ch(idx)
            k, s, t = out[i]
            ms = list(WORD.finditer(s))
            m = ch(ms)
            s = s[:m.start()] + typo_word(m.group(0)) + s[m.end():]
            out[i] = (k, s, t)
            n[0] = 1
    return out, n[0]

def lower_segs(segs):
    return [(k, s.lower() if k != "raw" else s, t) for k, s, t in segs]

def has_span(segs):
    return any(k == "span" for k, s, t in segs)

def decorate(segs, ctx, clean, allow_quote=True):
    tags = ctx.tags
    # thread / quoted reply
    if allow_quote and p(0.08):
        for _ in range(20):
            q = ch(QUOTES)
            qs = render(q, ctx)
            if clean and has_span(qs):
                continue
            break
        else:
            qs = None
        if qs is not None and not (clean and has_span(qs)):
            pre = [("raw", "> ", None)] + qs + [("text", ch(["\n", "\n", "\n\n"]), None)]
            segs = pre + segs
            tags.update(["thread", "slack-markup"])
    # mention
    if p(0.1) and not (segs and segs[0][0] == "raw" and segs[0][1].startswith("<@")):
        segs = [("raw", gen_mention() + " ", None)] + segs
        tags.add("slack-markup")
    # emoji
    if p(0.16):
        e = ch(EMOJI)
        if p(0.75) or (segs and segs[0][1].startswith("> ")):
            segs = segs + [("raw", ch([" ", "  ", ""]) + e, None)]
        else:
            segs = [("raw", e + " ", None)] + segs
        tags.add("emoji")
    # shouting or lower case
    r = R.random()
    if r < 0.285:
        segs = lower_segs(segs)
    elif r < 0.30:
        segs = [(k, s.upper() if k != "raw" else s, t) for k, s, t in segs]
        tags.add("caps")
    # typos
    if p(0.2):
        segs, n = apply_typos(segs)
        if n:
            tags.add("typo")
    # trailing punctuation variety
    if p(0.08):
        segs = segs + [("text", ch(["!!", "??", "...", " .", "?!", " pls"]), None)]
    return segs

def assemble(segs):
    text = ""
    spans = []
    blen = 0
    for k, s, t in segs:
        if k == "span":
            spans.append((t, s, blen))
        text += s
        blen += len(s.encode("utf-8"))
    return text, spans

def checker_ok(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for t, v, start in spans:
        vb = v.encode("utf-8")
        if not vb.strip():
            return False
        i = b.find(vb, pos)
        if i != start:
            return False
        pos = i + len(vb)
    return True

PERSONA_TAG = {"executive": "executive", "assistant": "exec-assistant", "nurse": "nurse", "scheduler": "scheduler",
               "billing": "billing", "him": "him-roi", "it": "it", "security": "security", "social_work": "social-work",
               "family": "family", "pharmacy": "pharmacy", "lab": "lab", "transport": "transport", "chatbot": "chatbot",
               "employee_health": "employee-health", "credentialing": "credentialing", "business": "business",
               "misc": "staff"}

def make_msg(frame, persona, clean, kind):
    extra, body = split_frame(frame)
    ctx = Ctx(body)
    segs = render(body, ctx)
    if clean and has_span(segs):
        raise RuntimeError("clean frame produced PHI: " + frame)
    if not clean and not has_span(segs):
        return None
    segs = decorate(segs, ctx, clean)
    text, spans = assemble(segs)
    if "{" in text or "}" in text:
        raise RuntimeError("unresolved placeholder: " + frame)
    if not checker_ok(text, spans):
        return None
    if clean and spans:
        return None
    tags = set(ctx.tags) | set(extra)
    tags.add(PERSONA_TAG.get(persona, persona))
    tags.add(kind)
    if "\n" in text:
        tags.add("multiline")
    bare = re.sub(r"<[@#!][^>]*>", "", text)
    if bare == bare.lower() and re.search(r"[a-z]", bare):
        tags.add("lowercase")
    if re.search(r"[\uff10-\uff19]", text):
        tags.add("fullwidth")
    if "\u200b" in text:
        tags.add("zero-width")
    if clean:
        tags.add("hard_negative")
        tags.add("clean")
    else:
        tags.add("phi")
    if persona in ("chatbot",) or "@delegate" in text.lower() or "/delegate" in text.lower():
        tags.add("bot")
    return {"text": text, "spans": [{"type": t, "value": v} for t, v, s in spans], "tags": sorted(tags)}

def grammar_phi():
    return ch(G_OPEN) + ch(G_REQ) + ch(G_REF) + ch(G_CLOSE)

def grammar_clean():
    s = ch(G_OPEN) + ch(C_CLAUSE) + ch(C_CLOSE)
    return s

def structured_phi():
    head = ch(S_HEAD)
    phi_fields = [f for f in S_FIELDS if "{" in f[1][0] and f[1][0] not in ("{UNIT}", "{DR}", "{DX}", "{PAYER}", "{TICKET}")]
    other = [f for f in S_FIELDS if f not in phi_fields]
    chosen = [S_FIELDS[0]] if p(0.85) else []
    chosen += R.sample([f for f in phi_fields if f is not S_FIELDS[0]], R.randint(1, 4))
    chosen += R.sample(other, R.randint(0, 2))
    R.shuffle(chosen)
    if chosen and S_FIELDS[0] in chosen and p(0.7):
        chosen.remove(S_FIELDS[0])
        chosen.insert(0, S_FIELDS[0])
    style = R.randint(0, 4)
    bullet = ch(["• ", "- ", "* ", "", "> "])
    sep = ch([": ", ": ", " - ", " = ", ":  ", " – "])
    lines = []
    numbered = bullet == "" and p(0.5)
    for i, (labs, vals) in enumerate(chosen):
        lab = ch(labs)
        if style == 4:
            lines.append("%s%s" % (lab + sep, ch(vals)))
        else:
            b = ("%d. " % (i + 1)) if numbered else bullet
            lab_fmt = ("*%s*" % lab) if p(0.15) else lab
            lines.append("%s%s%s%s" % (b, lab_fmt, sep, ch(vals)))
    if style == 4:
        body = head + " " + " | ".join(lines)
    else:
        body = head + "\n" + "\n".join(lines)
    if p(0.3):
        body += "\n" + ch(["thx", "pls advise", "who owns this?", "{CF} can you take it", "ticket {TICKET}", "🙏", "call me"])
    return body

def structured_clean():
    head = ch(CS_HEAD)
    items = R.sample(CS_ITEMS, R.randint(2, 5))
    bullet = ch(["• ", "- ", "* ", "1. "])
    lines = []
    for i, it in enumerate(items):
        b = "%d. " % (i + 1) if bullet == "1. " else bullet
        lines.append(b + it)
    return head + "\n" + "\n".join(lines)

def all_frames(d):
    out = []
    for persona, fl in d.items():
        for f in fl:
            out.append((persona, f))
    return out

def produce(pool_frames, n_frames_target, gen_fn, n_gram, struct_fn, n_struct, clean, seen):
    msgs = []
    # frames: each used 2 or 3 times, spread evenly
    frames = all_frames(pool_frames)
    uses = {i: 0 for i in range(len(frames))}
    order = []
    while len(order) < n_frames_target:
        idx = list(range(len(frames)))
        R.shuffle(idx)
        order.extend(idx)
    order = order[:n_frames_target]
    for i in order:
        persona, f = frames[i]
        for _ in range(60):
            m = make_msg(f, persona, clean, "frame")
            if m and m["text"] not in seen:
                seen.add(m["text"])
                msgs.append(m)
                uses[i] += 1
                break
        else:
            raise RuntimeError("could not realise frame: " + f)
    for _ in range(n_gram):
        for _ in range(60):
            m = make_msg(gen_fn(), "grammar", clean, "request" if not clean else "chatter")
            if m and m["text"] not in seen:
                seen.add(m["text"])
                msgs.append(m)
                break
    for _ in range(n_struct):
        for _ in range(60):
            m = make_msg(struct_fn(), "structured", clean, "structured")
            if m and m["text"] not in seen:
                seen.add(m["text"])
                msgs.append(m)
                break
    return msgs, max(uses.values())

def main():
    seen = set()
    n_phi = N_TOTAL - N_CLEAN
    phi, maxu1 = produce(PHI_FRAMES, 600, grammar_phi, 170, structured_phi, n_phi - 600 - 170, False, seen)
    clean, maxu2 = produce(CLEAN_FRAMES, 480, grammar_clean, 180, structured_clean, N_CLEAN - 480 - 180, True, seen)
    assert len(phi) == n_phi and len(clean) == N_CLEAN, (len(phi), len(clean))
    msgs = phi + clean
    R.shuffle(msgs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, m in enumerate(msgs, 1):
            rec = {"id": "gi%04d" % i, "text": m["text"], "spans": m["spans"], "tags": m["tags"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # stats
    from collections import Counter
    tc = Counter(s["type"] for m in msgs for s in m["spans"])
    low = sum(1 for m in msgs if "lowercase" in m["tags"])
    typo = sum(1 for m in msgs if "typo" in m["tags"])
    nframes = sum(len(v) for v in PHI_FRAMES.values()) + sum(len(v) for v in CLEAN_FRAMES.values())
    print("wrote %s: %d messages, %d clean, %d phi" % (OUT, len(msgs), len(clean), len(phi)))
    print("frames: %d (phi %d, clean %d), quotes %d, grammar parts %d; max uses per frame %d/%d" % (
        nframes, sum(len(v) for v in PHI_FRAMES.values()), sum(len(v) for v in CLEAN_FRAMES.values()), len(QUOTES),
        len(G_OPEN) + len(G_REQ) + len(G_REF) + len(G_CLOSE) + len(C_CLAUSE) + len(C_CLOSE), maxu1, maxu2))
    print("lowercase %.1f%%, typo %.1f%%" % (100.0 * low / len(msgs), 100.0 * typo / len(msgs)))
    for t, c in sorted(tc.items(), key=lambda x: -x[1]):
        print("  %-15s %d" % (t, c))

if __name__ == "__main__":
    main()
