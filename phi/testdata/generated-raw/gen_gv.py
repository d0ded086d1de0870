#!/usr/bin/env python3
"""Generator gv: labelled chat messages for the PHI guard.

Situation: women's and children's services (L&D, mother-baby, NICU, paediatric clinics,
school-based health centres, newborn screening, birth certificates, lactation, child life,
car-seat checks, custody / foster care, paediatric subspecialty referrals) plus the
department director and practice administrator delegating calendar / e-mail work to a bot.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes generated_gv.jsonl next to this file in the raw format checked by
check_phi_corpus.py: {"id","text","spans":[{"type","value"}...],"tags":[...]}.

Templates: "{TYPE:gen}" is a labelled span, "{gen}" plain text, "{p.attr}" a persona
attribute (p = persona key, attr = first/last/full/mi/inv/up/nick/email/dob/handle),
"#k" suffix caches a value within the message (same key -> same value).
"""
import json
import os
import random
import re
import unicodedata

SEED = 20250611
N_TOTAL = 1500
N_PHI = 825  # 55 %
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gv.jsonl")

# --------------------------------------------------------------------------- names
F_FIRST = """Emily Hannah Madison Abigail Olivia Brooke Kayla Harper Ashley Megan Courtney Lindsey
Sofía Valentina Ximena Guadalupe Yesenia Marisol Itzel Dulce Araceli Mariana Yaritza
Aaliyah Imani Keisha Tamika Ebony Destiny LaToya Nia Shanice Jasmine Tiana Aniyah
Adaeze Ama Ngozi Folake Chiamaka Abena Ifeoma Efua Yetunde Nneka
Priya Ananya Aisha Fatima Deepika Harpreet Meera Zara Lakshmi Sunita
Mei Ji-yeon Seo-yeon Yui Sakura Xiaoling Hana Yuna Lian
Linh Thao Huong Ngoc Trang Phuong Mai Thuy
Layla Mariam Noor Rania Amira Hiba Yasmin Salma
Katarzyna Agnieszka Oksana Milena Svetlana Yelena Zofia Nadia
Siobhan Aoife Niamh Saoirse Orla Caoimhe Maeve
Miriam Shira Yael Chana Rivka Noa Tova
Maricel Rowena Analyn Cherry Lovely Marites Jocelyn
Leilani Malia Losa Mele Ofa Kalena
Winona Tala Aiyana Nizhoni Kiona Dyani
Hope Joy Faith Grace Rose Summer Autumn Skye June April May Patience Honor Blessing
Precious Miracle Unique Charity Haven Ivy Pearl Star Brandy Candy""".split()
M_FIRST = """Jacob Mason Ethan Tyler Caleb Wyatt Connor Brody Logan
Alejandro Santiago Mateo Jesús José Luis Ángel Joaquín Rigoberto
Jaylen DeShawn Jamal Malik Trevon Darnell Tyrese Marquis Andre
Chidi Kwame Kofi Yaw Tunde Emeka Obinna Kwabena Babajide
Arjun Rohan Sanjay Ishaan Nikhil Gurpreet Imran Vikram
Wei Jian Hyun-woo Haruto Kenji Min-jun Hiroshi Jae
Minh Bao Quang Duc Khanh Tuan Huy
Omar Yousef Hamza Khalid Tariq Samir Karim Bilal
Dmitri Bogdan Nikola Tomasz Piotr Vasyl
Ciarán Declan Padraig Eoin Cormac Seamus
Avraham Eliezer Moshe Ari Doron Shmuel
Jericho Jun Rodel Jomar Bong Ronaldo
Keoni Kalani Sione Tevita Kai Manaia
Takoda Chayton Ahanu Hototo Elan
Will Hunter King Major Royal Justice Bishop Cash Chance Mark Rich Gene Sonny Deacon
Sterling Art Bill""".split()
F_NICK = [("Katarzyna", ["Kasia"]), ("Elizabeth", ["Bitsy", "Liz", "Betty"]),
          ("Guadalupe", ["Lupe", "Lupita"]), ("Margaret", ["Peggy", "Maggie"]),
          ("Adaeze", ["Ada"]), ("Chiamaka", ["Amaka"]), ("Xiaoling", ["Lynn"]),
          ("Josephine", ["Jojo", "Josie"]), ("Ji-yeon", ["Jenny"]),
          ("Oluwafunmilayo", ["Funmi"]), ("Svetlana", ["Sveta"]), ("Rebecca", ["Becky"]),
          ("Abena", ["Abby"]), ("Mercedes", ["Mercy"]), ("Nguyet", ["Kim"]),
          ("Priyanka", ["Pri", "Pinky"]), ("Anastasia", ["Stacy", "Nastya"]),
          ("Concepción", ["Conchita"]), ("Tamara", ["Tammy"]), ("Wilhelmina", ["Billie"])]
M_NICK = [("Oluwaseun", ["Seun"]), ("Alejandro", ["Alex", "Jandro"]), ("Jesús", ["Chuy"]),
          ("Francisco", ["Paco", "Pancho"]), ("Dmitri", ["Dima"]), ("Aleksandr", ["Sasha"]),
          ("Robert", ["Bobby", "Rob"]), ("William", ["Billy", "Liam"]), ("Anthony", ["Tony"]),
          ("Theodore", ["Teddy"]), ("Chukwuemeka", ["Emeka"]), ("Kwabena", ["Kobby"]),
          ("Patrick", ["Paddy"]), ("Ignacio", ["Nacho"]), ("Mohammed", ["Mo"]),
          ("Yitzhak", ["Itzik"]), ("Nguyen Van", ["Tommy"]), ("Babatunde", ["Tunde"]),
          ("Tevita", ["Vita"]), ("Francis", ["Frankie"])]
SURNAMES = """Carter Whitfield Hollis Parker Sutton Pratt Fletcher Dunham
Brown Young Long Bishop Page Hill Rivers Story Bell Black Green Small Love Moody Booker Frost
Day Little Rich Cross Wise Strong Baker Shepherd Person Best Fox Church
Hernández Ramírez Gutierrez Alvarado Castillo Espinoza Villanueva Delgado Ochoa Reyes Peña
Washington Jefferson Freeman Gaines Holloway Tillman Mosley Battle
Okafor Adeyemi Mensah Nwosu Boateng Asante Okonkwo Oyelaran Eze Owusu Diallo Traoré
Patel Sharma Iyer Chaudhry Reddy Banerjee Siddiqui Gill Venkataraman Khan
Chen Wang Kim Park Tanaka Nakamura Zhao Liu Choi Sato
Nguyen Tran Pham Le Vo Huynh Dang Bui Do Truong
Haddad Al-Sayed Khoury Nasser Mansour Abdullah Saleh Farouk El-Amin
Nowak Kowalczyk Petrov Ivanova Wiśniewska Horvat Kuznetsov Shevchenko Novák
O'Brien McCarthy Fitzgerald Gallagher Kavanagh O'Sullivan Ní_Bhriain
Goldberg Rosenbaum Katz Friedman Levy Shapiro Weiss Ben-David
Dela_Cruz Santos Bautista Mercado Manalo Ocampo Dimaculangan
Kahananui Fifita Tuilagi Mahoe Kealoha Taufa Aumua Fonoti
Begay Yazzie Tsosie Benally Running_Bear Whitehorse Two_Bulls Lone_Elk Redcloud
van_der_Berg De_La_Rosa da_Silva de_Souza Van_Buren al-Hakim Garcia-Lopez Smith-Okafor
Nguyen-Baptiste Ortiz-Rivera O'Neill-Park St._Pierre D'Angelo Le_Blanc von_Hoff Mac_Giolla""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]
WORD_NAMES = set("""Hope Joy Faith Grace Rose Summer Autumn Skye June April May Patience Honor
Blessing Precious Miracle Unique Charity Haven Ivy Pearl Star Brandy Candy Will Hunter King
Major Royal Justice Bishop Cash Chance Mark Rich Gene Sonny Deacon Sterling Art Bill Brown
Young Long Page Hill Rivers Story Bell Black Green Small Love Moody Booker Frost Day Little
Cross Wise Strong Baker Shepherd Person Best Fox Church Battle Gaines Freeman Le Do""".split())

FEMALE_ROLES = {"sis", "doula", "mom", "mom2", "gm", "ggm", "pt", "pt2", "pt3", "fos", "vip", "emp", "dau", "stug", "aunt"}
MALE_ROLES = {"fob", "dad", "gp", "son", "exb", "bboy"}
BABY_ROLES = {"baby", "twin", "bboy"}
KID_ROLES = {"kid", "kid2", "sib", "sib2", "stu", "stu2", "stu3", "stug", "dau", "son"}
STAFF_ROLES = {"st1", "st2", "st3", "dir", "adm", "ex", "ven"}
FAMILY_ROLES = {"pt", "mom", "baby", "twin", "bboy", "kid", "kid2", "sib", "sib2", "dad", "dau", "son"}

# --------------------------------------------------------------------------- places
STREETS = """Tarbox_Rd Canal_St Pleasant_St Lakeview_Ave Broadway Oak_Hill_Dr Mammoth_Rd Water_St
Bridge_St Varnum_Ave Jackson_St Prospect_Hill_Rd Lowell_Blvd Riverside_Dr Chestnut_St
Haverhill_St Salem_St Elm_St Pine_Ridge_Ln Whittier_Rd High_St Central_St Arlington_St
Boston_Rd Primrose_Ln Sunset_Ave Hampshire_St Bradford_Ave Stevens_St Old_County_Rd
Nesmith_St Pawtucket_Blvd Main_St Kenoza_Ave Lincoln_Ave Winter_St Brook_St""".split()
STREETS = [s.replace("_", " ") for s in STREETS]
TOWNS = [("Dracut", "MA", "01826"), ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"),
         ("Haverhill", "MA", "01832"), ("Lawrence", "MA", "01840"), ("Lawrence", "MA", "01841"),
         ("Lowell", "MA", "01850"), ("Lowell", "MA", "01851"), ("Lowell", "MA", "01852"),
         ("Andover", "MA", "01810"), ("North Andover", "MA", "01845"), ("Amesbury", "MA", "01913"),
         ("Salisbury", "MA", "01952"), ("Newburyport", "MA", "01950"), ("Tewksbury", "MA", "01876"),
         ("Chelmsford", "MA", "01824"), ("Billerica", "MA", "01821"), ("Groveland", "MA", "01834"),
         ("Georgetown", "MA", "01833"), ("Westford", "MA", "01886"), ("Tyngsborough", "MA", "01879"),
         ("Pelham", "NH", "03076"), ("Salem", "NH", "03079"), ("Hudson", "NH", "03051"),
         ("Windham", "NH", "03087"), ("Plaistow", "NH", "03865"), ("Nashua", "NH", "03060"),
         ("Merrimac", "MA", "01860"), ("West Newbury", "MA", "01985")]
FAC_ADDR = ["1 Hospital Dr, Methuen MA 01844", "55 Merrimack St, Lowell MA 01852",
            "200 Pleasant St, Suite 300, Andover, MA 01810", "70 N Parish Rd, Lawrence MA 01843",
            "12 Medical Center Way, Haverhill, MA 01830", "400 Lowell Ave, Dracut MA 01826",
            "18 Storey Ave, Newburyport MA 01950", "2 Courthouse Ln, Chelmsford MA 01824",
            "85 Spindle City Pkwy, Lowell, MA 01851", "9 Research Dr, Westford MA 01886"]
FAC_ZIP = ["01844", "01852", "01810", "01843", "01830", "01826", "01950", "01824"]
SCHOOLS = ["Lincoln Middle", "Lawrence High", "Greenleaf Elementary", "Tsongas Academy",
           "Wetherbee School", "Marsh Grammar", "Whittier Tech", "Parthum Middle",
           "Cashman Elementary", "Pentucket Lake School"]
VENDORS = ["Medela", "GE HealthCare", "Draeger", "Natus", "Philips", "Baxter", "Cardinal Health",
           "Masimo", "Prolacta", "Evenflo", "Stryker", "Hologic", "PerinatalIQ", "Cooper Surgical"]
PAYERS = ["MassHealth", "BCBS MA", "Tufts", "Harvard Pilgrim", "WellSense", "Aetna",
          "Ambetter", "Fallon", "NH Healthy Families", "Cigna"]
CARS = ["Honda CR-V", "Toyota Corolla", "Nissan Rogue", "Subaru Outback", "Ford F-150",
        "Kia Sorento", "Chevy Equinox", "Dodge Caravan", "Hyundai Elantra", "Jeep Cherokee"]
SEATS = ["Chicco KeyFit 30", "Graco SnugRide 35", "Evenflo LiteMax", "Britax B-Safe",
         "Nuna Pipa", "Cosco Scenera Next"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def rand_ymd(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def fmt_date(rng, ymd, year=True, noyear=True):
    y, m, d = ymd
    full = [
        lambda: "%d/%d/%d" % (m, d, y),
        lambda: "%02d/%02d/%d" % (m, d, y),
        lambda: "%d/%d/%02d" % (m, d, y % 100),
        lambda: "%d-%02d-%02d" % (y, m, d),
        lambda: "%s %d, %d" % (MONTHS[m - 1], d, y),
        lambda: "%02d-%s-%d" % (d, MON3[m - 1], y),
        lambda: "%02d%02d%d" % (m, d, y),
        lambda: "%d %s %d" % (d, MONTHS[m - 1], y),
        lambda: "%d.%d.%02d" % (m, d, y % 100),
        lambda: "%s %s, %d" % (MON3[m - 1], ordinal(d), y),
        lambda: "%02d-%02d-%d" % (m, d, y),
    ]
    short = [
        lambda: "%d/%d" % (m, d),
        lambda: "%s %d" % (MON3[m - 1], d),
        lambda: "%s %s" % (MON3[m - 1], ordinal(d)),
        lambda: "%s. %d" % (MON3[m - 1], d),
        lambda: "%s %d" % (MONTHS[m - 1], d),
        lambda: "%02d/%02d" % (m, d),
        lambda: "%s %s" % (MONTHS[m - 1].lower(), ordinal(d)),
    ]
    pool = (full if year else []) + (short if noyear else [])
    return rng.choice(pool)()


def spell_digits(rng, s, oh=True):
    out = []
    for ch in s:
        if ch.isdigit():
            w = ONES[int(ch)]
            if ch == "0" and oh and rng.random() < 0.6:
                w = "oh"
            out.append(w)
        elif ch in "-. ":
            out.append(",")
    txt = " ".join(out).replace(" ,", ",")
    return txt


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


# --------------------------------------------------------------------------- persons
class Person:
    def __init__(self, ctx, role, want_nick=False):
        rng = ctx.rng
        self.role = role
        self.ctx = ctx
        if role in FEMALE_ROLES:
            g = "F"
        elif role in MALE_ROLES:
            g = "M"
        else:
            g = rng.choice("FM")
        self.nickname = None
        if want_nick:
            first, nicks = rng.choice(F_NICK if g == "F" else M_NICK)
            self.nickname = rng.choice(nicks)
        else:
            first = rng.choice(F_FIRST if g == "F" else M_FIRST)
        self.first_ = first
        if role in STAFF_ROLES:
            last = rng.choice(SURNAMES)
        elif role in FAMILY_ROLES and rng.random() < (0.55 if role == "dad" else 0.8):
            last = ctx.fam
        elif role in ("gm", "gp") and rng.random() < 0.35:
            last = ctx.fam
        else:
            last = rng.choice(SURNAMES)
        self.last_ = last
        self.mid = rng.choice("ABCDEFGHJKLMNPRSTVW")
        self.cache = {}

    def get(self, attr):
        if attr not in self.cache:
            self.cache[attr] = self._make(attr)
        return self.cache[attr]

    def _make(self, attr):
        rng = self.ctx.rng
        f, l = self.first_, self.last_
        if attr == "first":
            return f
        if attr == "last":
            return l
        if attr == "full":
            return "%s %s" % (f, l)
        if attr == "mi":
            return "%s %s. %s" % (f, self.mid, l) if rng.random() < 0.7 else "%s %s %s" % (f, self.mid, l)
        if attr == "inv":
            return rng.choice(["%s, %s %s" % (l.upper(), f.upper(), self.mid),
                               "%s, %s" % (l.upper(), f.upper()),
                               "%s, %s" % (l, f), "%s,%s" % (l.upper(), f.upper())])
        if attr == "up":
            return "%s %s" % (f.upper(), l.upper())
        if attr == "nick":
            return self.nickname or f
        if attr == "dob":
            r = self.role
            if r in BABY_ROLES:
                ymd = rand_ymd(rng, 2025, 2026)
            elif r in KID_ROLES:
                ymd = rand_ymd(rng, 2008, 2023)
            elif r in ("gm", "gp"):
                ymd = rand_ymd(rng, 1952, 1976)
            elif r == "ggm":
                ymd = rand_ymd(rng, 1925, 1935)
            else:
                ymd = rand_ymd(rng, 1978, 2007)
            return fmt_date(rng, ymd, year=True, noyear=False)
        if attr == "email":
            fa, la = ascii_fold(f).lower(), ascii_fold(l).lower()
            if self.role in STAFF_ROLES and self.role != "ven":
                pat = rng.choice(["%s.%s@mvwc.org", "%s%s@mvwc.org", "%s.%s@mvwchealth.org"])
                if pat == "%s%s@mvwc.org":
                    return pat % (fa[0], la)
                return pat % (fa, la)
            if self.role == "ven":
                dom = ascii_fold(self.ctx.value("vendor", "v")[0]).lower()
                return rng.choice(["%s.%s@%s.com" % (fa, la, dom), "%s%s@%s.com" % (fa[0], la, dom)])
            n = rng.randint(1, 99)
            pats = ["%s.%s@gmail.com" % (fa, la), "%s%s%d@yahoo.com" % (fa, la[:1], n),
                    "%s.%s@icloud.com" % (fa[:1], la), "%s%s@comcast.net" % (la, fa),
                    "%s_%s%d@outlook.com" % (fa, la, n), "%s.%s%d@hotmail.com" % (fa, la, n),
                    "%s%s%02d@gmail.com" % (fa, la, n % 100), "mama.%s%d@gmail.com" % (fa, n)]
            return rng.choice(pats)
        if attr == "handle":
            return "@%s.%s" % (ascii_fold(f).lower(), ascii_fold(l).lower()[:1])
        raise KeyError(attr)


class Ctx:
    def __init__(self, rng, nick_roles):
        self.rng = rng
        self.fam = rng.choice(SURNAMES)
        self.people = {}
        self.cache = {}
        self.shared = {}
        self.nick_roles = nick_roles

    def person(self, k):
        if k not in self.people:
            self.people[k] = Person(self, k, want_nick=(k in self.nick_roles))
        return self.people[k]

    def value(self, name, key):
        ck = name + "#" + (key or "")
        if key and ck in self.cache:
            return self.cache[ck]
        if "." in name:
            p, attr = name.split(".", 1)
            v = self.person(p).get(attr)
        else:
            v = GENS[name](self, key)
        if not isinstance(v, tuple):
            v = (v, [])
        if key:
            self.cache[ck] = v
        return v

    def share(self, tag, key, factory):
        k = tag + "#" + (key or "")
        if key and k in self.shared:
            return self.shared[k]
        v = factory()
        if key:
            self.shared[k] = v
        return v


# --------------------------------------------------------------------------- generators
def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone_digits(rng):
    area = rng.choice(["978", "978", "351", "617", "508", "781", "603", "603", "401", "857", "774"])
    exch = str(rng.randint(2, 9)) + _digits(rng, 2)
    return area + exch + _digits(rng, 4)


def fmt_phone(rng, d):
    a, e, l = d[:3], d[3:6], d[6:]
    return rng.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                       "%s%s%s", "%s %s %s", "(%s)%s-%s", "1-%s-%s-%s", "+1 (%s) %s-%s"]) % (a, e, l)


def g_phone(ctx, key):
    d = ctx.share("ph", key, lambda: _phone_digits(ctx.rng))
    return fmt_phone(ctx.rng, d)


def g_tel(ctx, key):
    d = ctx.share("ph", key, lambda: _phone_digits(ctx.rng))
    return "+1" + d


def g_telfmt(ctx, key):
    d = ctx.share("ph", key, lambda: _phone_digits(ctx.rng))
    return "%s-%s-%s" % (d[:3], d[3:6], d[6:])


def g_phone_ext(ctx, key):
    rng = ctx.rng
    base = fmt_phone(rng, _phone_digits(rng))
    return base + rng.choice([" ext. %d", " x%d", " ext %d", ", ext. %d", " Ext. %d"]) % rng.randint(11, 4999)


def g_phone_tf(ctx, key):
    rng = ctx.rng
    d = rng.choice(["800", "888", "877", "866"]) + str(rng.randint(2, 9)) + _digits(rng, 6)
    return rng.choice(["1-%s-%s-%s", "(%s) %s-%s", "%s-%s-%s", "1 (%s) %s-%s"]) % (d[:3], d[3:6], d[6:])


def g_phone_dialin(ctx, key):
    rng = ctx.rng
    return rng.choice(["+1 646 558 8656", "+1 301 715 8592", "+1 312 626 6799", "+1 929 205 6099",
                       "+1 253 215 8782", "+1 669 900 6833"])


def g_phone_sp(ctx, key):
    d = _phone_digits(ctx.rng)
    return (" ".join(d), ["evasion"])


def g_phone_fw(ctx, key):
    rng = ctx.rng
    d = _phone_digits(rng)
    s = fmt_phone(rng, d)
    return ("".join(FW.get(c, c) for c in s), ["evasion", "fullwidth"])


def g_phone_zw(ctx, key):
    d = _phone_digits(ctx.rng)
    s = ctx.rng.choice(["%s\u200b%s\u200b%s", "%s-\u200b%s-\u200b%s", "%s\u2060%s\u2060%s"]) % (d[:3], d[3:6], d[6:])
    return (s, ["evasion", "zero-width"])


def g_phone_nbsp(ctx, key):
    d = _phone_digits(ctx.rng)
    return ("%s\u00a0%s\u00a0%s" % (d[:3], d[3:6], d[6:]), ["evasion", "nbsp"])


def g_phone_nl(ctx, key):
    d = _phone_digits(ctx.rng)
    return (ctx.rng.choice(["%s-%s-\n%s", "(%s) %s-\n%s", "%s\n%s-%s"]) % (d[:3], d[3:6], d[6:]), ["evasion", "line-break-value"])


def g_phone_spell(ctx, key):
    d = _phone_digits(ctx.rng)
    return (spell_digits(ctx.rng, "%s-%s-%s" % (d[:3], d[3:6], d[6:])), ["evasion", "spelled"])


def g_phone_mixed(ctx, key):
    d = _phone_digits(ctx.rng)
    return (ctx.rng.choice(["%s.%s-%s", "%s-%s.%s", "(%s)%s.%s", "%s/%s-%s"]) % (d[:3], d[3:6], d[6:]), ["evasion"])


def _ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def g_email_obf(ctx, key):
    rng = ctx.rng
    p = ctx.person("mom")
    f, l = ascii_fold(p.get("first")).lower(), ascii_fold(p.get("last")).lower()
    dom = rng.choice(["gmail", "yahoo", "icloud", "hotmail", "comcast"])
    tld = "net" if dom == "comcast" else "com"
    return (rng.choice([
        "%s.%s [at] %s [dot] %s" % (f, l, dom, tld),
        "%s%s(at)%s(dot)%s" % (f[0], l, dom, tld),
        "%s dot %s at %s dot %s" % (f, l, dom, tld),
        "%s_%s AT %s DOT %s" % (f, l, dom, tld),
        "%s.%s@ %s .%s" % (f, l, dom, tld),
        "%s%d {at} %s.%s" % (f, rng.randint(1, 99), dom, tld)]).replace("{at}", "[@]"), ["evasion"])


def g_ssn(ctx, key):
    a, b, c = _ssn(ctx.rng)
    return ctx.rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, b, c)


def g_ssn_bare(ctx, key):
    return ("%s%s%s" % _ssn(ctx.rng), ["evasion"])


def g_ssn_fw(ctx, key):
    s = "%s-%s-%s" % _ssn(ctx.rng)
    s = "".join(FW.get(c, c) for c in s)
    if ctx.rng.random() < 0.4:
        s = s.replace("-", "\uff0d")
    return (s, ["evasion", "fullwidth"])


def g_ssn_zw(ctx, key):
    a, b, c = _ssn(ctx.rng)
    return (ctx.rng.choice(["%s\u200b%s\u200b%s", "%s-\u200b%s-\u200b%s", "%s\ufeff%s\ufeff%s"]) % (a, b, c), ["evasion", "zero-width"])


def g_ssn_sp(ctx, key):
    return (" ".join("%s%s%s" % _ssn(ctx.rng)), ["evasion"])


def g_ssn_mixed(ctx, key):
    a, b, c = _ssn(ctx.rng)
    return (ctx.rng.choice(["%s.%s-%s", "%s-%s.%s", "%s/%s/%s", "%s_%s_%s"]) % (a, b, c), ["evasion"])


def g_ssn_spell(ctx, key):
    return (spell_digits(ctx.rng, "%s-%s-%s" % _ssn(ctx.rng), oh=False), ["evasion", "spelled"])


def g_ssn_nbsp(ctx, key):
    return ("%s\u00a0%s\u00a0%s" % _ssn(ctx.rng), ["evasion", "nbsp"])


def g_ssn_any(ctx, key):
    r = ctx.rng.random()
    if r < 0.45:
        return g_ssn(ctx, key)
    return ctx.rng.choice([g_ssn_bare, g_ssn_fw, g_ssn_zw, g_ssn_sp, g_ssn_mixed, g_ssn_nbsp])(ctx, key)


def _mrn(rng):
    return rng.choice([
        lambda: _digits(rng, 8), lambda: "00" + _digits(rng, 6), lambda: _digits(rng, 7),
        lambda: "E" + _digits(rng, 7), lambda: "W00" + _digits(rng, 5),
        lambda: "%s-%s" % (_digits(rng, 2), _digits(rng, 6)), lambda: _digits(rng, 10),
        lambda: "MV" + _digits(rng, 7)])()


def g_mrn(ctx, key):
    return _mrn(ctx.rng)


def g_mrn_fw(ctx, key):
    return ("".join(FW.get(c, c) for c in _digits(ctx.rng, 8)), ["evasion", "fullwidth"])


def g_mrn_spell(ctx, key):
    return (spell_digits(ctx.rng, _digits(ctx.rng, 7)).replace(",", ""), ["evasion", "spelled"])


def g_mrn_zw(ctx, key):
    d = _digits(ctx.rng, 8)
    return ("%s\u200b%s" % (d[:4], d[4:]), ["evasion", "zero-width"])


def g_mrn_sp(ctx, key):
    return (" ".join(_digits(ctx.rng, 8)), ["evasion"])


def _mbi(rng):
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(L) + rng.choice(AN) + rng.choice("0123456789")
         + rng.choice(L) + rng.choice(AN) + rng.choice("0123456789") + rng.choice(L) + rng.choice(L)
         + rng.choice("0123456789") + rng.choice("0123456789"))
    return s


def g_mbi(ctx, key):
    s = _mbi(ctx.rng)
    return ctx.rng.choice([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])


def g_hp(ctx, key):
    rng = ctx.rng
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        lambda: "100" + _digits(rng, 9),
        lambda: "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 9),
        lambda: "W" + _digits(rng, 9),
        lambda: "%s%s-%s" % (rng.choice(up), _digits(rng, 4), _digits(rng, 5)),
        lambda: _digits(rng, 9) + "01",
        lambda: "ZGP" + _digits(rng, 8),
        lambda: "NHHF" + _digits(rng, 8),
        lambda: "%s %s %s" % (_digits(rng, 3), _digits(rng, 3), _digits(rng, 3)),
    ])()


def g_hp_sp(ctx, key):
    return (" ".join("100" + _digits(ctx.rng, 9)), ["evasion"])


def g_medicaid(ctx, key):
    return "100" + _digits(ctx.rng, 9)


def g_har(ctx, key):
    return ctx.rng.choice(["7" + _digits(ctx.rng, 9), "40" + _digits(ctx.rng, 8), "H" + _digits(ctx.rng, 9)])


def g_gar(ctx, key):
    return ctx.rng.choice(["G" + _digits(ctx.rng, 8), "GA-" + _digits(ctx.rng, 7), _digits(ctx.rng, 9)])


def g_acct(ctx, key):
    return ctx.rng.choice(["%s-%s" % (_digits(ctx.rng, 4), _digits(ctx.rng, 6)), "PA" + _digits(ctx.rng, 8), _digits(ctx.rng, 10)])


def g_bank(ctx, key):
    return _digits(ctx.rng, ctx.rng.choice([10, 11, 12]))


def g_routing(ctx, key):
    return ctx.rng.choice(["011000138", "211370545", "011075150", "211274450", "011900254"])


def g_dl(ctx, key):
    rng = ctx.rng
    return rng.choice([
        lambda: "S" + _digits(rng, 8),
        lambda: "SA" + _digits(rng, 7),
        lambda: _digits(rng, 2) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _digits(rng, 5),
        lambda: _digits(rng, 7),
        lambda: "MA S%s" % _digits(rng, 8)])()


def g_dea(ctx, key):
    rng = ctx.rng
    li = ascii_fold(ctx.person("st1").get("last"))[:1].upper() or "X"
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + li + "".join(map(str, d)) + str(chk)


def g_stlic(ctx, key):
    rng = ctx.rng
    return rng.choice([lambda: "RN" + _digits(rng, 7), lambda: _digits(rng, 6), lambda: "%s-%s" % (_digits(rng, 2), _digits(rng, 5)),
                       lambda: "MD%s" % _digits(rng, 6), lambda: "CNM-%s" % _digits(rng, 5), lambda: "2" + _digits(rng, 5)])()


def g_plate(ctx, key):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return rng.choice([
        lambda: "%d%s%s" % (rng.randint(1, 9), "".join(rng.choice(L) for _ in range(3)), _digits(rng, 2)),
        lambda: "%d%s %s" % (rng.randint(1, 9), "".join(rng.choice(L) for _ in range(2)), _digits(rng, 3)),
        lambda: "%s %s" % (_digits(rng, 3), "".join(rng.choice(L) for _ in range(3))),
        lambda: "%d%s%s" % (rng.randint(1, 9), "".join(rng.choice(L) for _ in range(2)), _digits(rng, 3)),
        lambda: _digits(rng, 7),
        lambda: "%s-%s" % ("".join(rng.choice(L) for _ in range(3)), _digits(rng, 4))])()


_VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(ctx, key):
    rng = ctx.rng
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [rng.choice(["1", "2", "3", "J", "K", "5"])] + [rng.choice(chars) for _ in range(16)]
    v[9] = rng.choice("NPRSTV")
    tot = sum((int(c) if c.isdigit() else _VIN_T[c]) * w for c, w in zip(v, _VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def g_serial(ctx, key):
    rng = ctx.rng
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        lambda: "NG" + _digits(rng, 7) + rng.choice(U),
        lambda: "PBT" + _digits(rng, 7) + rng.choice(U),
        lambda: "".join(rng.choice(U + "0123456789") for _ in range(6)),
        lambda: "JY" + _digits(rng, 7),
        lambda: _digits(rng, 2) + rng.choice(U) + _digits(rng, 5),
        lambda: "SM" + _digits(rng, 9),
        lambda: "%s-%s" % (_digits(rng, 4), _digits(rng, 5)),
        lambda: "1" + _digits(rng, 3) + rng.choice(U) + _digits(rng, 4)])()


def g_udi(ctx, key):
    rng = ctx.rng
    return "(01)%s(17)%02d%02d%02d(21)%s" % ("00" + _digits(rng, 12), rng.randint(26, 31), rng.randint(1, 12),
                                             rng.randint(1, 28), "".join(rng.choice("ABCDEFGHJKLMNPR0123456789") for _ in range(8)))


def g_url_portal(ctx, key):
    rng = ctx.rng
    return rng.choice([
        "https://mychart.mvwc.org/MyChart/visit?pid=%s" % _digits(rng, 7),
        "https://portal.mvwc.org/patients/%s/results" % _digits(rng, 8),
        "https://mychart.mvwc.org/MyChart/app/messages?pt=%s&thread=%s" % (_digits(rng, 8), _digits(rng, 5)),
        "https://mvwc-peds.followmyhealth.com/patient/%s/immunizations" % _digits(rng, 9),
        "portal.mvwc.org/p/%s" % _digits(rng, 8)])


def g_url_tele(ctx, key):
    rng = ctx.rng
    p = ctx.person("kid")
    slug = "%s-%s" % (ascii_fold(p.get("last")).lower(), ascii_fold(p.get("first")).lower())
    return rng.choice([
        "https://telehealth.mvwc.org/join?pt=%s-%s" % (slug, _digits(rng, 4)),
        "https://telehealth.mvwc.org/v/%s" % _digits(rng, 10),
        "https://mvwc.doxy.me/visit/%s?patient=%s" % (_digits(rng, 6), _digits(rng, 8))])


def g_url_page(ctx, key):
    rng = ctx.rng
    p = ctx.person("baby")
    f, l = ascii_fold(p.get("first")).lower(), ascii_fold(p.get("last")).lower()
    return rng.choice([
        "https://www.babysteps-updates.org/nicu/baby-%s-%s" % (f, l),
        "https://www.carepages-family.net/%s%s" % (f, l),
        "https://gofund.me/%s-%s-nicu-%s" % (f, l, _digits(rng, 4)),
        "https://tinyupdates.org/u/team%s%s" % (f.capitalize(), l.capitalize()),
        "www.lotsahelpinghands-ne.org/c/%s-%s-family" % (l, f)])


def g_ip(ctx, key):
    rng = ctx.rng
    return rng.choice([
        lambda: "10.%d.%d.%d" % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(2, 254)),
        lambda: "172.16.%d.%d" % (rng.randint(0, 40), rng.randint(2, 254)),
        lambda: "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
        lambda: "%d.%d.%d.%d" % (rng.choice([73, 98, 24, 66, 108]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
        lambda: "fe80::%x:%x:%x:%x" % tuple(rng.randint(0x1000, 0xffff) for _ in range(4)),
        lambda: "2601:%x:%x:%x::%x" % tuple(rng.randint(0x100, 0xffff) for _ in range(4))])()


def _town(ctx, key):
    return ctx.share("town", key or "_", lambda: ctx.rng.choice(TOWNS))


def g_addr(ctx, key):
    rng = ctx.rng
    t, st, z = _town(ctx, key)
    n = rng.randint(2, 999)
    s = rng.choice(STREETS)
    apt = rng.choice(["2", "3B", "1L", "12", "4R", "201", "B"])
    p4 = _digits(rng, 4)
    return rng.choice([
        "%d %s, %s, %s %s" % (n, s, t, st, z),
        "%d %s, %s %s %s" % (n, s, t, st, z),
        "%d %s Apt %s, %s, %s %s" % (n, s, apt, t, st, z),
        "%d %s #%s, %s %s %s-%s" % (n, s, apt, t, st, z, p4),
        "%d %s, Unit %s, %s %s" % (n, s, apt, t, st),
        "%d %s %s %s" % (n, s, t, z),
        "Apt %s, %d %s, %s MA %s" % (apt, n, s, t, z) if st == "MA" else "%d %s, %s NH %s" % (n, s, t, z),
    ])


def g_addr_nl(ctx, key):
    rng = ctx.rng
    t, st, z = _town(ctx, key)
    return ("%d %s\n%s, %s %s" % (rng.randint(2, 999), rng.choice(STREETS), t, st, z), ["line-break-value"])


def g_street(ctx, key):
    rng = ctx.rng
    return "%d %s" % (rng.randint(2, 999), rng.choice(STREETS))


def g_streetonly(ctx, key):
    # street without number ("9 Tarbox" style short)
    rng = ctx.rng
    return "%d %s" % (rng.randint(2, 199), rng.choice(STREETS).rsplit(" ", 1)[0])


def g_town(ctx, key):
    return _town(ctx, key)[0]


def g_zip(ctx, key):
    return _town(ctx, key)[2]


def g_zip4(ctx, key):
    return "%s-%s" % (_town(ctx, key)[2], _digits(ctx.rng, 4))


def g_pobox(ctx, key):
    rng = ctx.rng
    t, st, z = _town(ctx, key)
    return rng.choice(["PO Box %d, %s, %s %s", "P.O. Box %d, %s %s %s", "PO Box %d %s %s %s"]) % (rng.randint(10, 2999), t, st, z)


def _cc(rng):
    kind = rng.choice(["V", "V", "M", "A", "D"])
    if kind == "V":
        body = "4" + _digits(rng, 14)
    elif kind == "M":
        body = rng.choice(["51", "52", "53", "54", "55"]) + _digits(rng, 13)
    elif kind == "D":
        body = "6011" + _digits(rng, 11)
    else:
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
    return body + _luhn_digit(body)


def _luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def g_cc(ctx, key):
    rng = ctx.rng
    n = _cc(rng)
    if len(n) == 15:
        return rng.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n, "%s-%s-%s" % (n[:4], n[4:10], n[10:])])
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), n, " ".join(g)])


def g_cc_sp(ctx, key):
    n = _cc(ctx.rng)
    return (" ".join(n), ["evasion"])


def g_date(ctx, key):
    return fmt_date(ctx.rng, rand_ymd(ctx.rng, 2025, 2026))


def g_dshort(ctx, key):
    return fmt_date(ctx.rng, rand_ymd(ctx.rng, 2025, 2026), year=False)


def g_dnum(ctx, key):
    y, m, d = rand_ymd(ctx.rng, 2025, 2026)
    return "%02d%02d%d" % (m, d, y)


def g_age90(ctx, key):
    return str(ctx.rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))


TENS = {90: "ninety"}


def g_age_spell(ctx, key):
    rng = ctx.rng
    n = rng.randint(90, 101)
    if n < 100:
        u = n - 90
        w = "ninety" if u == 0 else "ninety" + rng.choice(["-", " "]) + ONES[u]
    else:
        w = rng.choice(["one hundred", "a hundred"]) + ("" if n == 100 else " and one")
    return (w, ["evasion", "spelled"])


# plain (never labelled) --------------------------------------------------------
def pick(*opts):
    return lambda ctx, key: ctx.rng.choice(opts)


def g_room(ctx, key):
    rng = ctx.rng
    return rng.choice(["LDR %d" % rng.randint(1, 14), "MBU %d" % rng.randint(401, 436),
                       "MBU %d%s" % (rng.randint(401, 436), rng.choice("AB")), "triage %d" % rng.randint(1, 6),
                       "rm %d" % rng.randint(401, 436), "room %d" % rng.randint(2, 14), "PACU bay %d" % rng.randint(1, 8)])


def g_roomn(ctx, key):
    rng = ctx.rng
    return rng.choice([str(rng.randint(401, 436)), str(rng.randint(1, 14)), "%d%s" % (rng.randint(401, 436), rng.choice("AB"))])


def g_gest(ctx, key):
    rng = ctx.rng
    w = rng.randint(23, 41)
    return rng.choice(["%dw%dd" % (w, rng.randint(0, 6)), "%d+%d" % (w, rng.randint(0, 6)), "%d wks" % w, "%dwk" % w])


def g_wt(ctx, key):
    rng = ctx.rng
    g = rng.randint(520, 4600)
    return rng.choice(["%d g" % g, "%.2f kg" % (g / 1000.0), "%d lb %d oz" % (g // 454, (g % 454) // 28)])


def g_tm(ctx, key):
    rng = ctx.rng
    h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice(["%02d%02d" % (h, m), "%d:%02d" % ((h % 12) or 12, m), "%02d:%02d" % (h, m),
                       "%d%s" % ((h % 12) or 12, "pm" if h >= 12 else "am"), "%d:%02d%s" % ((h % 12) or 12, m, "p" if h >= 12 else "a")])


def g_mtg(ctx, key):
    rng = ctx.rng
    s = fmt_date(rng, rand_ymd(rng, 2025, 2026))
    if rng.random() < 0.3:
        s = rng.choice(DAYS[:5]) + " " + fmt_date(rng, rand_ymd(rng, 2025, 2026), year=False)
    return s


def g_exp(ctx, key):
    rng = ctx.rng
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    return rng.choice(["%02d/%02d" % (m, y), "%d/20%02d" % (m, y), "%02d/20%02d" % (m, y)])


def g_exp2(ctx, key):
    return fmt_date(ctx.rng, rand_ymd(ctx.rng, 2026, 2028))


def g_npi(ctx, key):
    rng = ctx.rng
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def g_uid(ctx, key):
    return "U0" + "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


def g_money(ctx, key):
    rng = ctx.rng
    return rng.choice(["$%d,%03d" % (rng.randint(1, 480), rng.randint(0, 999)), "$%dk" % rng.randint(5, 900),
                       "$%d" % rng.randint(40, 999), "$%d.%02d" % (rng.randint(10, 3999), rng.randint(0, 99)),
                       "$%.1fM" % (rng.randint(11, 49) / 10.0)])


def g_cnt(ctx, key):
    return str(ctx.rng.randint(2, 31))


def g_pct(ctx, key):
    return "%.1f" % (ctx.rng.randint(120, 960) / 10.0)


def g_po(ctx, key):
    return ctx.rng.choice(["45000" + _digits(ctx.rng, 5), "#" + _digits(ctx.rng, 7), "4600" + _digits(ctx.rng, 6), _digits(ctx.rng, 6)])


def g_inc(ctx, key):
    rng = ctx.rng
    return rng.choice(["INC00" + _digits(rng, 5), "RITM00" + _digits(rng, 5), "CHG00" + _digits(rng, 5),
                       "DEL-%s" % _digits(rng, 4), "WC-%s" % _digits(rng, 4), "REQ%s" % _digits(rng, 7)])


def g_invoice(ctx, key):
    return ctx.rng.choice(["INV-%s" % _digits(ctx.rng, 6), "%s-%s" % (_digits(ctx.rng, 2), _digits(ctx.rng, 5)), _digits(ctx.rng, 8)])


def g_orderno(ctx, key):
    return _digits(ctx.rng, ctx.rng.choice([7, 8, 9]))


def g_contractno(ctx, key):
    return ctx.rng.choice(["C-%s-%s" % (ctx.rng.randint(2023, 2027), _digits(ctx.rng, 4)), "MSA-%s" % _digits(ctx.rng, 5)])


def g_ccenter(ctx, key):
    return ctx.rng.choice(["%s-%s" % (_digits(ctx.rng, 4), _digits(ctx.rng, 3)), _digits(ctx.rng, 5), "CC%s" % _digits(ctx.rng, 6)])


def g_refno(ctx, key):
    return ctx.rng.choice(["REF-%s" % _digits(ctx.rng, 7), "R%s" % _digits(ctx.rng, 8), _digits(ctx.rng, 9)])


def g_lotno(ctx, key):
    return ctx.rng.choice(["PX%s" % _digits(ctx.rng, 6), "L%s-%s" % (_digits(ctx.rng, 4), _digits(ctx.rng, 2)), _digits(ctx.rng, 7)])


def g_policyno(ctx, key):
    return ctx.rng.choice(["WC-%s.%s" % (_digits(ctx.rng, 3), ctx.rng.randint(1, 9)), "NUR-%s" % _digits(ctx.rng, 4), "OB-%s" % _digits(ctx.rng, 3)])


def g_ver(ctx, key):
    rng = ctx.rng
    return "%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 40))


def g_ver4(ctx, key):
    rng = ctx.rng
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 40), rng.randint(1, 250))


def g_build(ctx, key):
    rng = ctx.rng
    return "%d.%d.%d.%d" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(0, 9), rng.randint(1, 99))


def g_epicver(ctx, key):
    rng = ctx.rng
    return rng.choice(["Epic %d" % rng.randint(2024, 2026), "Epic Nov %d" % rng.randint(2024, 2026),
                       "Epic %d.%d" % (rng.randint(2024, 2026), rng.randint(1, 12))])


def g_zoomid(ctx, key):
    d = _digits(ctx.rng, 11)
    return "%s %s %s" % (d[:3], d[3:7], d[7:]) if ctx.rng.random() < 0.7 else d


def g_zoomurl(ctx, key):
    return "https://mvwc.zoom.us/j/%s" % _digits(ctx.rng, 11)


def g_asset(ctx, key):
    return ctx.rng.choice(["BME-%s" % _digits(ctx.rng, 6), "BME %s" % _digits(ctx.rng, 6), "MV%s" % _digits(ctx.rng, 5), "tag %s" % _digits(ctx.rng, 6)])


def g_extn(ctx, key):
    return str(ctx.rng.randint(2000, 7999))


def g_fy(ctx, key):
    return str(ctx.rng.choice([26, 27, 2026, 2027]))


def g_last4(ctx, key):
    return _digits(ctx.rng, 4)


def g_passcode(ctx, key):
    return _digits(ctx.rng, 6)


def g_bldgage(ctx, key):
    return str(ctx.rng.choice([42, 51, 58, 63, 71, 88, 90, 94, 102, 117]))


def g_vipname(ctx, key):
    return ctx.rng.choice(["Diane Reyes", "Paul Tremblay", "Keisha Monroe", "Tom Vuong", "Ellen Kaczmarek",
                           "Ray Castellano", "Grace Oduya", "Sheila Moynihan"])


def g_boardname(ctx, key):
    return ctx.rng.choice(["Walter Pennington", "Anita Desrosiers", "Frank Adomako", "Judith Castellanos",
                           "Howard Lim", "Beverly O'Toole"])


GENS = {
    "phone": g_phone, "tel": g_tel, "telfmt": g_telfmt, "phone_ext": g_phone_ext, "phone_tf": g_phone_tf,
    "phone_dialin": g_phone_dialin, "phone_sp": g_phone_sp, "phone_fw": g_phone_fw, "phone_zw": g_phone_zw,
    "phone_nbsp": g_phone_nbsp, "phone_nl": g_phone_nl, "phone_spell": g_phone_spell, "phone_mixed": g_phone_mixed,
    "email_obf": g_email_obf, "ssn": g_ssn, "ssn_bare": g_ssn_bare, "ssn_fw": g_ssn_fw, "ssn_zw": g_ssn_zw, "ssn_sp": g_ssn_sp,
    "ssn_mixed": g_ssn_mixed, "ssn_spell": g_ssn_spell, "ssn_nbsp": g_ssn_nbsp, "ssn_any": g_ssn_any,
    "mrn": g_mrn, "mrn_fw": g_mrn_fw, "mrn_spell": g_mrn_spell, "mrn_zw": g_mrn_zw, "mrn_sp": g_mrn_sp,
    "mbi": g_mbi, "hp": g_hp, "hp_sp": g_hp_sp, "medicaid": g_medicaid,
    "har": g_har, "gar": g_gar, "acct": g_acct, "bank": g_bank, "routing": g_routing,
    "dl": g_dl, "dea": g_dea, "stlic": g_stlic, "plate": g_plate, "vin": g_vin,
    "serial": g_serial, "udi": g_udi, "url_portal": g_url_portal, "url_tele": g_url_tele, "url_page": g_url_page,
    "ip": g_ip, "addr": g_addr, "addr_nl": g_addr_nl, "street": g_street, "streetonly": g_streetonly,
    "town": g_town, "zip": g_zip, "zip4": g_zip4, "pobox": g_pobox, "cc": g_cc, "cc_sp": g_cc_sp,
    "date": g_date, "dshort": g_dshort, "dnum": g_dnum, "age90": g_age90, "age_spell": g_age_spell,
    # plain
    "room": g_room, "roomn": g_roomn, "gest": g_gest, "wt": g_wt, "tm": g_tm, "mtg": g_mtg,
    "exp": g_exp, "exp2": g_exp2, "npi": g_npi, "uid": g_uid, "money": g_money, "cnt": g_cnt, "pct": g_pct,
    "po": g_po, "inc": g_inc, "invoice": g_invoice, "orderno": g_orderno, "contractno": g_contractno,
    "ccenter": g_ccenter, "refno": g_refno, "lotno": g_lotno, "policyno": g_policyno, "ver": g_ver,
    "ver4": g_ver4, "build": g_build, "epicver": g_epicver, "zoomid": g_zoomid, "zoomurl": g_zoomurl,
    "asset": g_asset, "extn": g_extn, "fy": g_fy, "last4": g_last4, "passcode": g_passcode,
    "bldgage": g_bldgage, "vipname": g_vipname, "boardname": g_boardname,
    "pod": pick("A", "B", "C", "D", "E", "F"),
    "bedn": lambda ctx, key: str(ctx.rng.randint(1, 32)),
    "gp": pick("G1P0", "G2P1", "G3P2", "G4P3", "G2P0", "G5P4", "G1P1"),
    "apgar": pick("8/9", "9/9", "7/9", "2/6/8", "1/4/7", "8/8"),
    "ebl": lambda ctx, key: str(ctx.rng.choice([250, 300, 450, 600, 800, 1100, 1500, 1800, 2400])),
    "deliv": pick("SVD", "NSVD", "primary c/s", "repeat c/s", "VAVD", "VBAC", "forceps-assisted vaginal delivery"),
    "mtgday": lambda ctx, key: ctx.rng.choice(DAYS),
    "month": lambda ctx, key: ctx.rng.choice(MONTHS),
    "q": pick("1", "2", "3", "4"),
    "cpt": pick("59400", "59510", "59409", "59514", "99460", "99462", "99463", "99391", "99392", "92558",
                "90471", "54150", "99468", "99469", "36510", "94781"),
    "icd": pick("O80", "Z38.00", "Z38.01", "P07.34", "P59.9", "O14.13", "O24.410", "Z00.129", "Z00.121",
                "P22.1", "Q21.1", "E10.9", "J45.40", "F90.2", "O99.214"),
    "bot": pick("nestbot", "CalBot", "wcbot", "Assist", "helperbot", "Ava"),
    "vendor": lambda ctx, key: ctx.rng.choice(VENDORS),
    "town_biz": lambda ctx, key: ctx.rng.choice(TOWNS)[0],
    "fac_addr": lambda ctx, key: ctx.rng.choice(FAC_ADDR),
    "faczip": lambda ctx, key: ctx.rng.choice(FAC_ZIP),
    "school": lambda ctx, key: ctx.rng.choice(SCHOOLS),
    "payer": lambda ctx, key: ctx.rng.choice(PAYERS),
    "grp": lambda ctx, key: ctx.rng.choice(["%s" % _digits(ctx.rng, 6), "GRP-%s" % _digits(ctx.rng, 5), "0%s" % _digits(ctx.rng, 5)]),
    "car": lambda ctx, key: ctx.rng.choice(CARS),
    "seat": lambda ctx, key: ctx.rng.choice(SEATS),
    "vipdesc": pick("Channel 5 anchor", "state rep", "city councilor", "WBZ radio host", "Bruins player's wife",
                    "mayor's daughter", "school committee chair"),
    "donor": pick("Haverford", "Lindqvist", "Abernathy-Cole", "Pemberton", "Koulouris", "Nakashima"),
    "venue": pick("Andover Country Club", "Tsongas Center", "Lowell Memorial Auditorium", "Danversport"),
    "confrm": pick("A", "B", "2C", "Merrimack", "Shawsheen", "4 West"),
    "mtgtopic": pick("perinatal QI", "NICU ops", "MBU staffing", "W&C leadership", "safety huddle", "budget"),
    "money_big": lambda ctx, key: ctx.rng.choice(["$%d,000" % ctx.rng.randint(50, 950), "$%.1fM" % (ctx.rng.randint(10, 45) / 10.0), "$%dk" % ctx.rng.randint(60, 900)]),
    "money_mid": lambda ctx, key: ctx.rng.choice(["$%d,%03d" % (ctx.rng.randint(1, 48), ctx.rng.randint(0, 999)), "$%d,%03d.%02d" % (ctx.rng.randint(1, 20), ctx.rng.randint(0, 999), ctx.rng.randint(0, 99))]),
    "pl_mom": lambda ctx, key: "es" if ctx.person("mom").get("last")[-1:].lower() in ("s", "z", "x") else "s",
    "street_biz": pick("Broadway in Methuen", "Essex St", "Main St in Haverhill", "the Lowell Connector plaza"),
    "car_color": pick("gray", "white", "black", "silver", "red", "blue"),
}


# --------------------------------------------------------------------------- rendering
PH = re.compile(r"\{(?:([A-Z_]+):)?([a-z0-9_]+(?:\.[a-z0-9_]+)?)(?:#(\w+))?\}")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2705]|:[a-z_]+:")
MARKUP_RE = re.compile(r"(^|\n)> |`|<@|<https?:|<mailto:|<tel:|<#C|(^|\s)\*\S|(^|\s)_\S|(^|\n)\s*[•\-\*] |~\S")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


def render(tpl, tags, rng):
    nick_roles = set(re.findall(r"\{(?:[A-Z_]+:)?(\w+)\.nick", tpl))
    ctx = Ctx(rng, nick_roles)
    pieces = []
    extra = []
    pos = 0
    for m in PH.finditer(tpl):
        pieces.append((tpl[pos:m.start()], None))
        typ, name, key = m.groups()
        val, t = ctx.value(name, key)
        if typ:
            extra.extend(t)
            if name.endswith(".nick"):
                extra.append("nickname")
            if name.endswith(".inv"):
                extra.append("inverted-name")
        pieces.append((val, typ))
        pos = m.end()
    pieces.append((tpl[pos:], None))
    if "lowercase" in tags:
        pieces = [(p.lower(), t) for p, t in pieces]
    text = "".join(p for p, _ in pieces)
    spans = []
    cpos = 0
    for p, t in pieces:
        if t:
            spans.append((t, p, len(text[:cpos].encode("utf-8"))))
        cpos += len(p)
    return text, spans, extra


def consistent(text, spans):
    """Check that the validator's left-to-right find lands on the intended offsets."""
    b = text.encode("utf-8")
    pos = 0
    for t, v, start in spans:
        vb = v.encode("utf-8")
        if not vb or v != v.strip() or "{" in v:
            return False
        i = b.find(vb, pos)
        if i != start:
            return False
        pos = i + len(vb)
    return True


def make_item(frame, rng):
    tpl, tags = frame
    tags = tags.split()
    for _ in range(200):
        text, spans, extra = render(tpl, tags, rng)
        if "{" in text or "}" in text:
            raise ValueError("unrendered placeholder in %r" % tpl)
        if consistent(text, spans):
            break
    else:
        raise ValueError("could not place spans for %r" % tpl)
    out_tags = []
    for t in tags + extra + [TYPE_TAG[s[0]] for s in spans]:
        if t not in out_tags:
            out_tags.append(t)
    if any(s[0] == "NAME" and any(w in WORD_NAMES for w in re.split(r"[ ,.]+", s[1].title())) for s in spans):
        out_tags.append("word-name")
    if any(s[0] == "NAME" and re.search(r"(^|[ ,])(van|de|da|von|al|Le|De|La|Van|St\.|Mac|Ní|Dela)[ -]|\w-\w|\w'\w", s[1]) for s in spans):
        out_tags.append("particle-or-hyphen-name")
    if "\n" in text:
        out_tags.append("multiline")
    if EMOJI_RE.search(text):
        out_tags.append("emoji")
    if MARKUP_RE.search(text):
        out_tags.append("slack-markup")
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        out_tags.append("zero-width")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
        out_tags.append("fullwidth")
    final = ["phi" if spans else "clean"]
    for t in out_tags:
        if t not in final and t not in ("phi", "clean"):
            final.append(t)
    return {"text": text, "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": final}

# --------------------------------------------------------------------------- frames with PHI
PHI_FRAMES = [
    # ---- labour & delivery
    ("L&D triage: {NAME:pt.full}, {gp} @ {gest}, DOB {DATE:pt.dob}, MRN {MRN:mrn}. {st1.first} has her.", "l&d triage structured"),
    ("who's got {NAME:pt.first} in {room}? husband says the epidural isn't working 😬", "l&d first-name-only"),
    ("pt {NAME:pt.mi} delivered {DATE:date} @ {tm}, {deliv}, apgars {apgar}, {wt}. baby rooming in", "l&d delivery middle-initial"),
    ("*Delivery note*\n> {NAME:pt.full} — {deliv} on {DATE:date}, EBL {ebl} mL\n> baby to MBU with mom", "l&d delivery forwarded"),
    ("{NAME:pt.last} in {room} — DO NOT give info to {NAME:exb.full}, he's the ex. security has the order on file", "l&d custody escalation last-name-only"),
    ("Induction list {mtgday}:\n• {NAME:pt.full} — 39w elective, sched {DATE:date}\n• {NAME:pt2.full} — 41w1d postdates, sched {DATE:date#b}", "l&d schedule list"),
    ("EDD for {NAME:pt.full} is {DATE:date} by 8wk US, LMP {DATE:date#l}. >7d discrepancy so we go with the US", "l&d dating"),
    ("repeat c/s for {NAME:pt.inv} booked {DATE:date} 0730 OR 2 w/ Dr. {st1.last}", "l&d procedure-date staff-name"),
    ("fetal demise, {NAME:pt.full}, {gest}, delivered {DATE:date}. bereavement cart + memory box to {room} pls. chaplain aware 💔", "l&d bereavement"),
    ("{NAME:pt.first}'s mom {NAME:gm.full} is at the desk saying she's the health care proxy — do we have paperwork?", "l&d proxy possessive"),
    ("VIP heads-up: {NAME:vip.full} ({vipdesc}) is in {room} under an alias. MRN {MRN:mrn}. No visitors without the code word.", "l&d vip"),
    ("mag check on {NAME:pt.last}: 4 g bolus done, running 2 g/hr, level due {tm}", "l&d dose last-name-only"),
    ("PPH debrief — {NAME:pt.full}, delivered {DATE:date}, QBL {ebl}. need the chart for M&M, MRN {MRN:mrn}", "l&d quality"),
    ("please page anesthesia for {NAME:pt.full} (LDR {roomn}), plt 68 and she wants an epidural", "l&d"),
    ("triage: 17yo {gp} {NAME:pt.first}, here w/ her aunt {NAME:aunt.full}. mom reachable at {PHONE:phone}", "l&d triage minor age-under-90"),
    ("doula for {NAME:pt.last} in {room} is {NAME:doula.full} — she's on the approved visitor list, cell {PHONE:phone}", "l&d visitor"),
    ("*L&D board*\nLDR {roomn}: {NAME:pt.up} — 6/90/-1, pit 8\nLDR {roomn#2}: {NAME:pt2.up} — complete, pushing", "l&d board uppercase"),
    ("Transfer from {town_biz} ED: {NAME:pt.full}, DOB {DATE:pt.dob}, 33w PPROM. ETA 20 min", "l&d transfer town-business"),
    ("can u check if {NAME:pt.last} signed the VBAC consent? {st1.first} says its not in the chart. MRN {MRN:mrn}", "l&d lowercase typo", ),
    ("Ms. {NAME:pt.last} admitted {DATE:date} w/ preeclampsia w/ severe features, BP 168/112. Delivered {DATE:date#b}.", "l&d honorific"),
    ("lab called a critical: plt 42 on {NAME:pt.full} ({room}). Dr. {st1.last} aware", "l&d critical-lab"),
    ("husband {NAME:dad.full} ({PHONE:phone}) wants a call after the section. he's in the waiting room w/ the toddler", "l&d relative"),
    ("BBA: {NAME:pt.full} delivered at home, EMS arrival {DATE:date} 0312, baby + placenta in a bag 😳 she lives out in {ADDRESS:town}", "l&d town-of-residence"),
    ("her address on file is old, new one is {ADDRESS:addr} — can registration fix before d/c? MRN {MRN:mrn}", "l&d registration"),
    ("ok so {NAME:pt.first} {gp} wants unmedicated, birth plan says NO pitocin, partner {NAME:dad.first} is cutting the cord", "l&d chatty"),
    ("Triage note copy/paste:\nName: {NAME:pt.inv}\nDOB: {DATE:pt.dob}\nGA: {gest}\nCC: decreased FM\nPhone: {PHONE:phone}", "l&d structured key-value"),
    ("omg {NAME:pt.first} in {roomn} just delivered 10 lbs 2 oz 😅 shoulder was sticky but all good", "l&d emoji first-name-only"),
    ("{NAME:pt.full} (goes by {NAME:pt.nick}) is 2nd on the c/s list, consented by Dr. {st1.last}", "l&d nickname"),
    ("external cephalic version for {NAME:pt.full} {DATE:dshort} at 0800, RhoGAM after", "l&d procedure-date"),
    ("sono says breech — {NAME:pt.last}, {gest}. ECV scheduled {DATE:date}", "l&d procedure-date"),
    # ---- mother-baby
    ("MBU {roomn}: mom {NAME:mom.full}, baby boy {NAME:bboy.first}. circ {DATE:date} w/ Dr. {st1.last}", "mbu procedure-date"),
    ("Baby Girl {NAME:mom.last} (twin B) bili 14.2 at 36h — photo started. mom's cell {PHONE:phone}", "mbu newborn-designation"),
    ("d/c today: {NAME:mom.full} + baby {NAME:baby.first}. weight check due {DATE:date} at Pediatric Assoc.", "mbu discharge follow-up"),
    ("hearing screen refer x2 on {NAME:baby.full} (DOB {DATE:baby.dob}) — outpatient ABR needs scheduling", "mbu hearing-screen"),
    ("{NAME:mom.first} in {roomn} asks if the hep B shot can wait. baby DOB {DATE:baby.dob}, peds is Dr. {st1.last}", "mbu"),
    ("security: grandma {NAME:gm.full} isn't on the band list for {NAME:mom.last} — mom says ok but pls confirm", "mbu visitor security"),
    ("visitor badge issue — {NAME:sis.full} says she's the sister of the pt in {roomn}. pt {NAME:mom.first} confirmed 👍", "mbu visitor"),
    ("Rooming-in check\nMom: {NAME:mom.inv}\nBaby: BB {NAME:mom.last}\nBand match: ✅\nBaby MRN: {MRN:mrn}", "mbu structured newborn-designation"),
    ("great-grandma is {AGE:age90} and wants to hold the baby 😍 {NAME:mom.first} asked if she needs a flu shot first", "mbu age-over-89 visitor"),
    ("{NAME:ggm.full}, {AGE:age90}, visiting {NAME:mom.last} in {roomn} — slipped in the hallway {DATE:date}, incident report filed", "mbu fall age-over-89"),
    ("pls send d/c summary for {NAME:mom.full} (MRN {MRN:mrn}) and baby (MRN {MRN:mrn#2}) to her OB", "mbu records"),
    ("mom prefers {NAME:mom.nick} — legal name {NAME:mom.full} — can we put the nickname on the whiteboard?", "mbu nickname"),
    ("*Discharge hold*: {NAME:baby.full}, DOB {DATE:baby.dob}. car seat test pending, dad {NAME:dad.first} is bringing the base", "mbu discharge"),
    ("the {NAME:mom.last}{pl_mom} in {roomn} want a 2nd night — {payer} says 48h only. member ID {HEALTH_PLAN_ID:hp}", "mbu insurance plural-name"),
    ("EPDS 16 on {NAME:mom.full}, SW consult placed. she ok'd calling her partner {NAME:dad.first} at {PHONE:phone}", "mbu mental-health"),
    ("birth weight correction for {NAME:baby.full}: {wt}, not {wt#2}. born {DATE:baby.dob} {tm}", "mbu correction"),
    ("anyone seen the dad for {roomn}? {NAME:dad.full}, tall, Patriots hat. mom {NAME:mom.first} is looking for him lol", "mbu relative lowercase"),
    ("{NAME:mom.full}'s baby failed the CCHD screen twice, cards coming to see {NAME:baby.first}", "mbu possessive cchd"),
    ("MBU huddle: 412 {NAME:mom.last} – hx of PPD, lives alone in {ADDRESS:town}, SW aware", "mbu town-of-residence"),
    ("mom in {roomn} ({NAME:mom.full}) is refusing vit K for the baby. Dr. {st1.last} to talk with her at {tm}", "mbu refusal dose-context"),
    ("can someone help {NAME:mom.first} with the breast pump? she's in {roomn}, baby {NAME:baby.first} is in NICU", "mbu lactation"),
    ("dischrage teaching done for {NAME:mom.last} / baby {NAME:baby.first}, f/u w/ peds {DATE:dshort}", "mbu typo follow-up"),
    ("BG {NAME:mom.last} — dad wants the name {NAME:baby.first} on the crib card now, mom wasn't sure yet 🙃", "mbu newborn-designation"),
    # ---- NICU
    ("NICU admit: BG {NAME:mom.last}, {gest}, {wt}, DOB {DATE:baby.dob}. mom {NAME:mom.full} still in PACU", "nicu admit newborn-designation"),
    ("pod {pod} bed {bedn}: {NAME:baby.full} extubated to CPAP 6 this am 🎉 mom {NAME:mom.first} is over the moon", "nicu emoji"),
    ("dad ({NAME:dad.full}) called at 3am asking about the head US. callback {PHONE:phone}", "nicu relative"),
    ("home apnea monitor for {NAME:baby.full}: SN {DEVICE_ID:serial}. DME delivered to {ADDRESS:addr}", "nicu device home"),
    ("update page for {NAME:baby.first}: {URL:url_page} — parents asked us NOT to share outside the unit", "nicu personal-url"),
    ("twins {NAME:baby.first} and {NAME:twin.first} (MRNs {MRN:mrn} / {MRN:mrn#2}) transfer to Level II {DATE:date}", "nicu twins transfer"),
    ("ROP exam on BB {NAME:mom.last} {DATE:date}: stage 2 zone II, f/u due {DATE:date#b}", "nicu follow-up newborn-designation"),
    ("NICU grad clinic f/u due {DATE:date} for {NAME:baby.full}, mom's email {EMAIL:mom.email}", "nicu follow-up"),
    ("donor milk consent signed by {NAME:mom.full} for baby {NAME:baby.first}. lot {lotno} to pod {pod}", "nicu donor-milk lot-number"),
    ("feeding pump going home w/ {NAME:baby.full} — Joey SN {DEVICE_ID:serial}, DME rental acct {ACCOUNT_NUMBER:acct}", "nicu device account"),
    ("baby boy {NAME:mom.last}, {gest}, expired {DATE:date} 02:40. parents {NAME:mom.first} and {NAME:dad.first} at bedside. hold autopsy consent", "nicu death"),
    ("car seat trial failed for {NAME:baby.first} — desats to 82. redo {DATE:date}", "nicu car-seat"),
    ("kangaroo care pics: mom wants them sent to {EMAIL:mom.email} — ok under the photo policy?", "nicu email"),
    ("transport from {town_biz}: {NAME:baby.full} DOB {DATE:baby.dob}, {wt}, on NIPPV. ETA 1400", "nicu transport"),
    ("hearing aids for NICU grad {NAME:baby.full}: L serial {DEVICE_ID:serial}, R serial {DEVICE_ID:serial#2}", "nicu device"),
    ("the {NAME:baby.last} baby's home O2 sat monitor (SN {DEVICE_ID:serial}) — DME says delivered {DATE:date}", "nicu device"),
    ("NICU family mtg notes\n- pt: {NAME:baby.full}\n- parents: {NAME:mom.full}, {NAME:dad.full}\n- plan: G-tube, d/c home on pump", "nicu multiline"),
    ("{NAME:mom.first} pumped 40 mL for {NAME:baby.first} 😭🍼 first time! pls label w/ MRN {MRN:mrn}", "nicu lactation emoji"),
    ("bed {bedn} mom asked for the NICU cam login again — it's tied to {NAME:baby.full}, link {URL:url_portal}", "nicu portal-url"),
    ("NICU census hand-off:\n{bedn} {NAME:baby.up} 28w DOL 12\n{bedn#2} {NAME:twin.up} 28w DOL 12\n{bedn#3} BB {NAME:mom2.last} 35w r/o sepsis", "nicu board multiline"),
    ("trach/vent kid going home: {NAME:baby.full}, Trilogy SN {DEVICE_ID:serial}, home {ADDRESS:addr}", "nicu device address"),
    ("grandpa {NAME:gp.full} keeps calling for updates on {NAME:baby.first}, he's NOT on the password list", "nicu privacy"),
    # ---- pediatric clinics
    ("{NAME:dau.full} (DOB {DATE:dau.dob}) no-showed her WCC {DATE:date}. 3rd no-show, pls call mom {PHONE:phone}", "peds no-show"),
    ("vaccine catch-up: {NAME:kid.inv} — due MMR #2 + Tdap, last visit {DATE:date}", "peds vaccines inverted-name"),
    ("mom {NAME:mom.full} called re {NAME:kid.first}'s fever 104.2, advised ED. callback {PHONE:phone}", "peds triage phone"),
    ("sick visit {DATE:date} {tm} for {NAME:kid.full}, Medicaid ID {HEALTH_PLAN_ID:medicaid}", "peds insurance"),
    ("can you send {NAME:kid.first}'s shot record to the school nurse? parent {NAME:mom.full} signed ROI, fax {PHONE:phone}", "peds records fax"),
    ("lead level 12 on {NAME:kid.full}, DOB {DATE:kid.dob}. home is {ADDRESS:addr} — needs inspection referral", "peds lead address"),
    ("ADHD f/u for {NAME:son.full} due {DATE:date}, meds refilled, dad {NAME:dad.first} aware", "peds follow-up"),
    ("pls verify coverage: {NAME:kid.full}, DOB {DATE:kid.dob}, subscriber {NAME:dad.full}, ID {HEALTH_PLAN_ID:hp}, grp {grp}", "peds insurance group-number"),
    ("asthma action plan for {NAME:kid.full} emailed to {EMAIL:mom.email}", "peds email"),
    ("need a Vietnamese interpreter for {NAME:mom.full} — son {NAME:son.first}, appt {DATE:date} 9:40", "peds interpreter"),
    ("weight check {DATE:date}: {NAME:baby.full} down 9% from BW, mom {NAME:mom.first} supplementing", "peds newborn"),
    ("portal msg from {NAME:mom.full}: “can {NAME:kid.first} go back to daycare tmrw?” thread: {URL:url_portal}", "peds portal-url quote"),
    ("telehealth for {NAME:kid.full}: <{URL:url_tele}|join visit> starts {tm}", "peds telehealth slack-link"),
    ("walk-in: {NAME:kid.first}, 7, fell off the monkey bars {DATE:date}. mom {NAME:mom.first} at {PHONE:phone}", "peds injury age-under-90"),
    ("WIC form: {NAME:baby.full}, DOB {DATE:baby.dob}, mother {NAME:mom.full}, address {ADDRESS:addr}", "peds wic structured"),
    ("{NAME:dau.first} is 16 and wants a confidential visit — keep the appt ({DATE:date}) off the family portal. her cell {PHONE:phone}", "peds adolescent confidential"),
    ("guarantor acct {ACCOUNT_NUMBER:gar} for the {NAME:kid.last} kids has a $340 balance, dad ({NAME:dad.full}) disputes it", "peds billing"),
    ("Q: is {NAME:kid.full} due for the 4-mo shots?\nA: yes, last set {DATE:date}", "peds question-reply"),
    ("rx pended for {NAME:kid.full}: amox 90 mg/kg/day div BID x10d. pharmacy on {street_biz}", "peds rx dose"),
    ("mom says {NAME:kid.first} swallowed a button battery {DATE:dshort} ~{tm}?? sent to ED. home # {PHONE:phone}", "peds urgent"),
    ("i think we have the wrong DOB for {NAME:kid.full}, can someone check w/ mom", "peds lowercase"),
    ("well visit {DATE:date} — {NAME:kid.full}, {cpt} + {cpt#2}, seen by NP {st1.last}", "peds cpt"),
    ("{NAME:kid.full}'s mom is on the phone again, wants results from {DATE:date}", "peds possessive"),
    # ---- school-based health centres
    ("SBHC {school}: {NAME:stu.full}, gr 8, seen {DATE:date} for asthma exacerbation. mom {NAME:mom.full} notified", "sbhc"),
    ("sports physical forms — {NAME:stu.full} DOB {DATE:stu.dob}, {NAME:stu2.full} DOB {DATE:stu2.dob}", "sbhc list"),
    ("nurse at {school} says {NAME:stu.full} had another seizure {DATE:date} — neuro referral status?", "sbhc referral"),
    ("consent form missing for {NAME:stu.first} in 3rd period. mom's number {PHONE:phone} is disconnected", "sbhc phone"),
    ("{NAME:stug.full} ({school}) — pregnancy test + counseling {DATE:date}. minor consent applies, NO parent contact", "sbhc confidential"),
    ("SBHC roster upload failed for {NAME:stu.inv} — Medicaid {HEALTH_PLAN_ID:medicaid} doesn't match the state file", "sbhc insurance"),
    ("lost inhaler: {NAME:stu.full}, grade 5, lives on {ADDRESS:street} — can the bus drop a spare?", "sbhc street"),
    ("dental screening refer: {NAME:stu.full}, {NAME:stu2.full}, {NAME:stu3.full}", "sbhc list"),
    ("counselor asked about {NAME:stug.first} again 😕 she's been in the SBHC 4x since {DATE:dshort}", "sbhc first-name-only"),
    ("SBHC visit log {DATE:date}\n• {NAME:stu.first} (gr 4) — headache, tylenol 500 mg\n• {NAME:stu2.first} (gr 6) — ear pain, referred", "sbhc multiline first-name-only"),
    ("{NAME:stu.first} from {school} came in w/ a black eye again. says it was soccer. lives w/ grandma {NAME:gm.full} in {ADDRESS:town}", "sbhc safeguarding"),
    ("sbhc: {NAME:stu.full} needs the 2nd HPV, last dose {DATE:date}, parent email {EMAIL:mom.email}", "sbhc lowercase"),
    # ---- newborn screening
    ("NBS out of range: {NAME:baby.full}, DOB {DATE:baby.dob}, MRN {MRN:mrn} — elevated C3, repeat needed", "nbs"),
    ("state lab called re BB {NAME:mom.last} (mom {NAME:mom.full}) — unsat specimen, recollect by {DATE:date}", "nbs follow-up"),
    ("NBS repeat for {NAME:baby.first} done {DATE:date}, sent by courier. pls call family at {PHONE:phone}", "nbs"),
    ("CCHD screen fail on {NAME:baby.full} at {tm}: RH 91 / foot 94. cards consult", "nbs cchd"),
    ("newborn screen for {NAME:baby.full} normal ✅ — tell mom ({NAME:mom.first}) at the 2wk visit {DATE:date}", "nbs"),
    ("hearing screen: {NAME:baby.full} MRN {MRN:mrn} passed R, referred L. outpt rescreen {DATE:date}", "nbs hearing-screen"),
    ("NBS kit collected {DATE:date} {tm} on {NAME:baby.inv} — 23h of age, too early? redo at 24-48h", "nbs"),
    # ---- birth certificates
    ("Birth cert worksheet:\nChild: {NAME:baby.full}\nDOB: {DATE:baby.dob}\nMother (maiden): {NAME:mom.full}\nFather: {NAME:dad.full}\nMother SSN: {SSN:ssn}\nResidence: {ADDRESS:addr}", "birth-cert structured multiline"),
    ("SS-5 for newborn {NAME:baby.full} — dad gave his SSN as {SSN:ssn_any}, pls verify before we file", "birth-cert ssn"),
    ("paternity affidavit: {NAME:dad.full} + {NAME:mom.full}, baby {NAME:baby.first}. notary is {st1.first} from registration", "birth-cert legal"),
    ("BC correction — DOB entered as {DATE:date} but baby {NAME:baby.first} was born {DATE:baby.dob} after midnight", "birth-cert correction"),
    ("mother's maiden name for the BC: {NAME:mom.last}. father not listed. baby {NAME:baby.full}", "birth-cert"),
    ("vital records wants mom's DL for ID — {NAME:mom.full}, {LICENSE_NUMBER:dl}", "birth-cert license"),
    ("birth registration — parents' address {ADDRESS:addr}, mailing {ADDRESS:pobox}", "birth-cert address po-box"),
    ("SSN for baby {NAME:baby.first}: mom read it as {SSN:ssn_spell} over the phone 🙄", "birth-cert spelled"),
    ("BC draft {NAME:baby.up}: place of birth MVWC, {town_biz}. time {tm}. mother DOB {DATE:mom.dob}", "birth-cert uppercase"),
    ("mom's SSN on the BC worksheet is {SSN:ssn_fw} — the form pasted weird", "birth-cert fullwidth"),
    ("dad ssn {SSN:ssn_zw} (copied from the worksheet)", "birth-cert zero-width lowercase"),
    ("BC clerk Q: does baby {NAME:baby.first} get mom's last name ({NAME:mom.last}) or dad's ({NAME:fob.last})?", "birth-cert last-name-only question"),
    ("birth cert info\nbaby: {NAME:baby.full}\nborn: {DATE:baby.dob} {tm}\nmom addr: {ADDRESS:addr_nl}", "birth-cert multiline"),
    # ---- lactation
    ("LC consult {NAME:mom.full} {room}: latch 6/10, using a shield. outpatient f/u {DATE:date}", "lactation follow-up"),
    ("pump rental: {NAME:mom.full}, Symphony SN {DEVICE_ID:serial}, deposit on card {CREDIT_CARD:cc}", "lactation device credit-card"),
    ("{NAME:mom.first} called the warmline — baby {NAME:baby.first} 5 days old, no stool x2d. told her to come in. {PHONE:phone}", "lactation warmline"),
    ("donor milk recipients: {NAME:baby.full} (pod {pod}), {NAME:twin.full} (pod {pod#2})", "lactation donor-milk list"),
    ("milk bank needs donor {NAME:mom.full}'s email for the screening results: {EMAIL:mom.email}", "lactation email"),
    ("warmline voicemail: \"hi this is {NAME:mom.first}, my number is {PHONE:phone_spell}, call me back\"", "lactation spelled voicemail"),
    ("LC note: {NAME:mom.full} (G1, 19 y/o) exclusively pumping, baby {NAME:baby.first} in NICU. home visit {ADDRESS:addr} on {DATE:date}", "lactation home-visit age-under-90"),
    ("BF class refund: {NAME:mom.full}, card {CREDIT_CARD:cc} exp {exp}", "lactation refund card-expiry"),
    ("lactation f/u list {mtgday}\n1. {NAME:mom.full} — nipple trauma\n2. {NAME:mom2.full} — low supply, domperidone?\n3. {NAME:pt3.full} — tongue tie eval", "lactation list multiline"),
    ("her email is {EMAIL:email_obf} (she didn't want to type it in chat lol)", "lactation evasion email"),
    # ---- child life
    ("child life: {NAME:kid.first} (6) in PICU {roomn} is terrified of the MRI — can we do a practice run before {DATE:date}?", "child-life procedure-date"),
    ("sibling prep for {NAME:sib.first} and {NAME:sib2.first} before they visit baby {NAME:baby.first} in NICU", "child-life siblings"),
    ("{NAME:kid.full} turns 8 on the unit tmrw 🎂 mom {NAME:mom.first} ok w/ a party in the playroom", "child-life emoji"),
    ("legacy project for {NAME:kid.full}: handprints + heartbeat recording. hospice d/c planned {DATE:date}", "child-life palliative"),
    ("CL referral: {NAME:kid.inv}, new T1D, pump start {DATE:date}, Omnipod PDM SN {DEVICE_ID:serial}", "child-life device"),
    ("{NAME:dau.first} asked me to mail her drawing to her grandma {NAME:gm.full} at {ADDRESS:addr} 💌", "child-life address"),
    ("child life pass-off: {NAME:kid.first} in {roomn} does better w/ the iPad before IVs, dad {NAME:dad.first} stays", "child-life"),
    ("procedural support needed for {NAME:kid.full} — LP at {tm} {DATE:date}, pls bring the bubble tube", "child-life procedure-date"),
    # ---- car-seat checks
    ("car seat check for {NAME:baby.full}: dad's car is a {car_color} {car}, plate {VEHICLE_ID:plate}, garage B", "car-seat vehicle"),
    ("valet has the {NAME:mom.last} family car — {car}, VIN {VEHICLE_ID:vin}. base installed wrong", "car-seat vin"),
    ("CPST log\nFamily: {NAME:mom.full}\nVehicle: {car} / {VEHICLE_ID:plate}\nSeat: {seat} (exp {exp})\nResult: reinstalled", "car-seat structured card-expiry"),
    ("mom {NAME:mom.first} wants the free seat voucher — needs MassHealth proof, ID {HEALTH_PLAN_ID:medicaid}", "car-seat insurance"),
    ("security: plate {VEHICLE_ID:plate} idling at the MBU entrance for an hour — pretty sure it's {NAME:exb.full}, the no-contact order guy", "car-seat escalation security"),
    ("plate {VEHICLE_ID:plate}? that's the grandparents' car, {NAME:gm.full} drove them in", "car-seat vehicle"),
    ("car seat tech note: {NAME:dad.full}'s {car}, rear-facing seat too upright, fixed. VIN {VEHICLE_ID:vin}", "car-seat vin possessive"),
    # ---- custody / foster care
    ("custody alert on {NAME:baby.full}: DCF has custody as of today. mom {NAME:mom.full} supervised visits only", "custody dcf"),
    ("only dad ({NAME:dad.full}) can pick up {NAME:kid.first}. court order scanned in media tab", "custody"),
    ("foster mom {NAME:fos.full} will bring {NAME:kid.first} to the {DATE:date} cardiology appt, her cell {PHONE:phone}", "foster-care appointment"),
    ("restraining order: {NAME:exb.full} is NOT allowed on the unit, photo at the desk. protected pt {NAME:mom.last} in {roomn}", "custody security"),
    ("> FWD from DCF: placement address for {NAME:kid.full} is {ADDRESS:addr}. Do not disclose to bio family.", "foster-care forwarded address"),
    ("who can consent for {NAME:kid.first}? grandma {NAME:gm.full} has temp guardianship, papers dated {mtg}", "custody guardianship legal-date"),
    ("kinship placement — aunt {NAME:aunt.full} ({PHONE:phone}) approved by DCF to take {NAME:baby.first} home at d/c", "custody kinship"),
    ("51A filed re: {NAME:kid.full}, DOB {DATE:kid.dob}. SW {st1.first} is on it", "custody dcf"),
    ("{NAME:mom.full} and {NAME:dad.full} have joint legal custody but dad's address {ADDRESS:addr} is the billing address", "custody address"),
    ("foster parent {NAME:fos.first} asked for {NAME:kid.first}'s MassHealth # — it's {HEALTH_PLAN_ID:medicaid}", "foster-care insurance"),
    ("custody swap confusion: who has {NAME:kid.first} this wk? school nurse says {NAME:dad.first}, chart says {NAME:mom.first}", "custody first-name-only"),
    ("legal guardian: {NAME:aunt.inv}\nrelationship: maternal aunt\nphone: {PHONE:phone}\nDL: {LICENSE_NUMBER:dl}", "custody structured license"),
    ("plz don't release {NAME:kid.first}'s records to {NAME:dad.full} — not a legal guardian per order dated {mtg}", "custody records legal-date"),
    ("foster care intake: {NAME:kid.full}, admitted {DATE:date}, placement w/ {NAME:fos.full} in {ADDRESS:town}", "foster-care town-of-residence"),
    ("heads up bio mom ({NAME:mom.full}) is calling asking where {NAME:baby.first} went after d/c. we CANNOT say. foster family lives in {ADDRESS:town}", "foster-care privacy"),
    ("per DCF, {NAME:kid.first} stays with {NAME:fos.full}?? or was it the aunt, {NAME:aunt.full}", "foster-care question"),
    # ---- subspecialty referrals
    ("peds cards referral for {NAME:kid.full} (DOB {DATE:kid.dob}) — murmur, echo ordered. referral # {refno}", "referral referral-number"),
    ("GI referral pending auth: {NAME:kid.full}, {payer} member {HEALTH_PLAN_ID:hp}, CPT {cpt}", "referral insurance cpt"),
    ("endo accepted {NAME:kid.full}, new T1D. CGM transmitter {DEVICE_ID:serial} started {DATE:date}", "referral device"),
    ("neurosurg: programmable VP shunt valve SN {DEVICE_ID:serial} on {NAME:kid.full}, set to 1.5", "referral device"),
    ("peds ENT wants audiology on {NAME:kid.full} before {DATE:date}", "referral follow-up"),
    ("referral fax to {PHONE:phone} for {NAME:kid.full} bounced, can someone resend?", "referral fax business-contact"),
    ("urology appt for {NAME:son.full} confirmed {DATE:date} 10:15 at the {town_biz} clinic", "referral appointment town-business"),
    ("derm referral — pt {NAME:kid.first}, parent email {EMAIL:mom.email}, photos in media tab", "referral email"),
    ("heme: {NAME:kid.full}, SCD on hydroxyurea 20 mg/kg, next CBC due {DATE:date}", "referral dose follow-up"),
    ("OON referral to Boston for {NAME:kid.full}: policy #{HEALTH_PLAN_ID:hp}, HAR {ACCOUNT_NUMBER:har}", "referral insurance account"),
    ("cochlear implant activation for {NAME:kid.full} — internal device SN {DEVICE_ID:serial}, activation {DATE:date}", "referral device"),
    ("dev peds waitlist: {NAME:kid.inv}, referred {DATE:date}, est wait 9 mo 😩", "referral waitlist"),
    ("insulin pump for {NAME:kid.full}: Tandem t:slim SN {DEVICE_ID:serial}, UDI {DEVICE_ID:udi}", "referral device udi"),
    ("Referral packet\nPatient: {NAME:kid.full}\nDOB: {DATE:kid.dob}\nMRN: {MRN:mrn}\nGuardian: {NAME:mom.full}\nPhone: {PHONE:phone}\nDx: {icd}", "referral structured icd"),
    ("peds pulm wants the sleep study for {NAME:kid.full} moved up, was {DATE:date}", "referral"),
    # ---- director / administrator delegating to the bot
    ("@{bot} email the Q3 NICU staffing deck to {EMAIL:st1.email} and cc {EMAIL:st2.email}", "delegation calendar business-contact"),
    ("{bot}, call back {ven.full} from {vendor} at {PHONE:phone_ext} about the isolette contract", "delegation vendor business-contact"),
    ("forward to {dir.full}: complaint from {NAME:mom.full} re her c-section wait on {DATE:date}. wants a callback at {PHONE:phone}", "delegation complaint escalation"),
    ("pls draft a reply to <mailto:{EMAIL:mom.email#1}|{EMAIL:mom.email#1}> — she's the mom of the NICU baby from the news story", "delegation slack-link"),
    ("add {ven.first} from {vendor#v} to Thursday's call — {EMAIL:ven.email}, cell {PHONE:phone}", "delegation vendor business-contact"),
    ("schedule {NAME:kid.full}'s cardiology visit for {DATE:date} 2pm and send the confirmation to {EMAIL:mom.email}", "delegation appointment"),
    ("move my 1:1 with {st1.first} to {mtg}, then book {NAME:mom.full}'s postpartum visit {DATE:date} with Dr. {st2.last}", "delegation calendar appointment mixed-dates"),
    ("> From: {EMAIL:mom.email}\n> Subject: my daughter's bill\n> my daughter {NAME:dau.first} was seen {DATE:date} and we were charged twice. acct {ACCOUNT_NUMBER:gar}", "delegation forwarded billing"),
    ("{bot} file this under the {mtgtopic} folder: family of {NAME:baby.full} (NICU) wants to donate a cuddler chair", "delegation grateful-family"),
    ("find a time w/ {adm.full} and {ven.full} ({vendor}) next week, the rep's direct line is {PHONE:phone}", "delegation vendor business-contact"),
    ("remind me to call {NAME:gm.full} back — upset about the visitor policy. {PHONE:phone}", "delegation complaint"),
    ("update my signature: {dir.full}, Director, Women's & Children's | {PHONE:phone} | {EMAIL:dir.email}", "delegation signature business-contact"),
    ("RSVPs for the NICU reunion: {NAME:mom.full} (+3), {NAME:mom2.full} (+2), all former patient families", "delegation event"),
    ("draft a thank-you to {NAME:mom.full}, whose son {NAME:son.first} was in PICU last spring — she wrote the CEO", "delegation grateful-family"),
    ("book conf rm {confrm} + invite {EMAIL:st1.email}. agenda: {NAME:baby.last} family complaint, staffing, budget", "delegation calendar business-contact"),
    ("the board chair's daughter delivered here {DATE:date} — {NAME:vip.full}. restrict the chart. {dir.last} wants to visit personally", "delegation vip"),
    ("Q: does the bot have {NAME:mom.full}'s callback #?\nA: {PHONE:phone} (home), {PHONE:phone#2} (work)", "delegation question-reply"),
    ("please scan & email the signed W-9 to {EMAIL:ven.email}", "delegation vendor business-contact"),
    ("expense: hotel for the AWHONN conference on corp card {CREDIT_CARD:cc}, exp {exp}. receipt attached", "delegation money credit-card card-expiry"),
    ("send {adm.first} the Zoom link {zoomurl} and dial-in {PHONE:phone_dialin}, meeting ID {zoomid}", "delegation zoom business-contact"),
    ("call {NAME:emp.full} (L&D RN) about her FMLA — employee health, keep private. cell {PHONE:phone}", "delegation employee-health"),
    ("<@{uid}> can you call {NAME:mom.first} back? <tel:{PHONE:tel#1}|{PHONE:telfmt#1}>", "delegation slack-link tel"),
    ("{bot} add to my contacts: {ven.full}, {vendor#v} account rep, {PHONE:phone_tf}, {EMAIL:ven.email}", "delegation vendor business-contact"),
    ("@{bot} what's {adm.first}'s cell? — it's {PHONE:phone}, but text first", "delegation business-contact question-reply"),
    ("fwd to patient relations pls:\n\"My name is {NAME:mom.full}, I delivered on {DATE:date} and nobody told me about the bill.\"", "delegation forwarded complaint"),
    ("{bot} set up a call with the father, {NAME:dad.full}, and risk mgmt. his # {PHONE:phone_ext}", "delegation escalation"),
    ("cc {EMAIL:st1.email} on the reply to the {NAME:mom.last} family, and bcc me", "delegation business-contact"),
    # ---- billing / records / credentialing / IT
    ("ROI request: {NAME:mom.full}, DOB {DATE:mom.dob}, records from her {DATE:date} delivery → atty fax {PHONE:phone}", "records roi business-contact"),
    ("HAR {ACCOUNT_NUMBER:har} for {NAME:mom.full} — global OB 59400 billed twice", "billing account cpt"),
    ("guarantor {NAME:dad.full} paid by card {CREDIT_CARD:cc} but it posted to the wrong acct ({ACCOUNT_NUMBER:acct})", "billing credit-card"),
    ("credentialing: Dr. {st1.full} — DEA {LICENSE_NUMBER:dea}, MA license {LICENSE_NUMBER:stlic}, NPI {npi}, expires {exp2}", "credentialing npi licence-expiry"),
    ("CNM {st1.full} state license #{LICENSE_NUMBER:stlic} lapses {mtg} — renew pls", "credentialing licence-expiry"),
    ("new locum {st1.full}: DEA {LICENSE_NUMBER:dea}, DL {LICENSE_NUMBER:dl} for the badge office", "credentialing"),
    ("fetal monitor central station {IP_ADDRESS:ip} dropped again, {cnt} beds offline. ticket {inc}", "it ticket"),
    ("PeriWatch server moved to {IP_ADDRESS:ip} (was {IP_ADDRESS:ip#2}); app v{ver} unchanged", "it version"),
    ("privacy alert: {uid} opened the chart of {NAME:vip.full} (MRN {MRN:mrn}) from {IP_ADDRESS:ip} at {tm}", "it audit vip"),
    ("pump library push failed for Alaris SN {DEVICE_ID:serial} — it's on {NAME:kid.full} in PICU {roomn}", "it device"),
    ("Medicare MBI for great-grandma {NAME:ggm.full} ({AGE:age90}): {HEALTH_PLAN_ID:mbi}", "billing age-over-89 mbi"),
    ("patient statement returned: {NAME:mom.full}, {ADDRESS:addr}, acct {ACCOUNT_NUMBER:acct}", "billing address"),
    ("refund check for {NAME:dad.full} → bank acct {ACCOUNT_NUMBER:bank}, routing {routing}", "billing bank routing"),
    ("audit: {NAME:mom.full} MRN {MRN:mrn} has a dup MRN {MRN:mrn#2} from the {town_biz} registration. merge?", "records duplicate"),
    ("scanning error: {NAME:kid.full}'s consent filed under {NAME:kid2.full} (MRN {MRN:mrn})", "records misfile"),
    ("MBU label printer at {IP_ADDRESS:ip} printing blank armbands again, {inc}", "it ticket"),
    ("legal hold: all records for {NAME:mom.full}, admit {DATE:date}, d/c {DATE:date#b}, incl fetal strips", "records legal"),
    ("ssn is {SSN:ssn_bare} for the guarantor ({NAME:dad.full}), registration typed it wrong", "billing evasion"),
    ("card: {CREDIT_CARD:cc_sp} — mom wants to pay the copay for {NAME:kid.first} over chat 🙄", "billing evasion"),
    ("member id {HEALTH_PLAN_ID:hp_sp} for {NAME:kid.full}", "billing evasion"),
    ("MRN {MRN:mrn_fw} for {NAME:baby.full}? the scanner spit out weird digits", "records fullwidth"),
    ("spelled out on the voicemail: mrn {MRN:mrn_spell}, baby {NAME:baby.first}", "records spelled lowercase"),
    ("credentialing reminder: {st1.full}, NP — RN lic {LICENSE_NUMBER:stlic}, APRN lic {LICENSE_NUMBER:stlic#2}, DEA {LICENSE_NUMBER:dea}", "credentialing"),
    ("VPN log for the home monitoring hub: {IP_ADDRESS:ip} ↔ {IP_ADDRESS:ip#2}, build {build}", "it build-number"),
    ("{NAME:mom.first} ssn: {SSN:ssn_mixed} (from the faxed form)", "billing evasion"),
    ("statement for {NAME:mom.full} went to {ADDRESS:pobox}, acct {ACCOUNT_NUMBER:acct}", "billing po-box"),
    ("MRN {MRN:mrn_zw} — {NAME:kid.full}, pls merge", "records zero-width"),
    ("guarantor phone: {PHONE:phone_zw} (pasted from the PDF)", "billing zero-width"),
    ("mom's cell is {PHONE:phone_fw}?? copy/paste from the intake form", "registration fullwidth"),
    ("ph#: {PHONE:phone_nl}", "registration line-break-value"),
    ("pls update {NAME:mom.full}'s number to {PHONE:phone_nbsp}", "registration nbsp"),
    ("callback {PHONE:phone_mixed} for {NAME:gm.full}, she's the POA", "registration evasion"),
    ("ssn {SSN:ssn_sp} for {NAME:mom.full} — dont put it in the chat next time", "registration evasion lowercase"),
    ("age on the visitor log says {AGE:age_spell} — great-grandpa {NAME:gp.full} is sharp as a tack 😂", "visitor evasion age-over-89"),
    ("SSN (mom): {SSN:ssn_nbsp}", "registration nbsp"),
    ("visitor log: {NAME:ggm.full}, age {AGE:age90}, needs a wheelchair at the MBU entrance — visiting {NAME:mom.last}", "visitor age-over-89"),
    ("great-great-grandpa is {AGE:age90} (!!) and on FaceTime w/ {NAME:mom.first} right now 🥹", "visitor age-over-89 emoji"),
    ("{NAME:mom.first}'s grandmother, {AGE:age_spell} years young, fell getting out of the car {DATE:date} — ED eval, she's ok", "visitor fall evasion age-over-89"),
    ("DOB {DATE:ggm.dob} — yes she really is {AGE:age90}. {NAME:ggm.full}, POA for her granddaughter {NAME:mom.first}", "visitor age-over-89 proxy"),
    # ---- employee health / VIP / complaints
    ("EH: {NAME:emp.full} (MBU RN) needlestick {DATE:date} 0300, source pt {NAME:mom.full} MRN {MRN:mrn}", "employee-health"),
    ("{NAME:emp.first} from L&D is delivering here next wk 🎉 she asked for a restricted chart", "employee-health staff-as-patient"),
    ("staff RN {NAME:emp.full} admitted to MBU {DATE:date} — pls keep her off the huddle board", "employee-health staff-as-patient"),
    ("complaint: {NAME:mom.full} says staff were rude at her {DATE:date} triage visit. wants to speak w/ {dir.full}", "complaint escalation exec-name"),
    ("escalation — {NAME:dad.full} threatening staff in NICU, police called. his plate {VEHICLE_ID:plate}", "escalation vehicle"),
    ("the mayor's wife ({NAME:vip.full}) delivered tonight; comms wants a statement? NO. privacy.", "vip"),
    ("patient relations: grandmother {NAME:gm.full} ({PHONE:phone}) upset baby {NAME:baby.first} went home without a car seat check", "complaint"),
    ("staff are sharing a fundraiser for {NAME:baby.full}: {URL:url_page} — reminder: no pt info on social media", "vip personal-url policy"),
    ("{NAME:emp.full} in pharmacy had a pertussis exposure in peds clinic {DATE:date}, EH following", "employee-health exposure"),
    ("our own {NAME:emp.first} had her twins last night!! 💕 chart is restricted, pls don't peek", "employee-health staff-as-patient emoji"),
    ("Councilor {NAME:vip.full} delivered this am, baby girl. she asked that we not confirm anything to press", "vip public-figure-as-patient"),
    ("*Patient Relations Case*\nComplainant: {NAME:dad.full}\nPatient: {NAME:kid.full}\nDate of service: {DATE:date}\nPhone: {PHONE:phone}", "complaint structured"),
    ("employee health: {NAME:emp.inv}, covid+ {DATE:date}, symptom onset {DATE:dshort}, last shift on MBU nights", "employee-health exposure"),
    ("i'm getting calls from {NAME:sis.full} saying she's the baby's aunt, no one has heard of her. pt is {NAME:mom.full} in {roomn}", "visitor security lowercase"),
    ("> {NAME:mom.full} ({EMAIL:mom.email}) wrote:\n> is my baby's bili ok?? nobody called me back", "complaint forwarded"),
    ("• {NAME:pt.full} — LDR {roomn}\n• {NAME:pt2.full} — triage {roomn#2}\n• {NAME:pt3.full} — OR 2", "l&d bullets"),
    ("portal: <{URL:url_portal}|results for {NAME:kid.first}>", "peds slack-link"),
    ("<mailto:{EMAIL:st1.email#1}|{EMAIL:st1.email#1}> pls add to the NICU distro", "delegation business-contact slack-link"),
    ("*{NAME:baby.full}* — DOB `{DATE:baby.dob}` MRN `{MRN:mrn}`", "nicu markdown"),
    ("_{NAME:kid.first}_ is back in clinic again 🙃 3rd time this month", "peds markdown"),
    ("new pt reg: {NAME:mom.full}, {ADDRESS:streetonly} off Rte 110 in {ADDRESS:town}", "registration split-address"),
    ("zip on file for {NAME:mom.full} is {ADDRESS:zip}, the card says {ADDRESS:zip4#b}", "registration zip"),
    ("mom of {NAME:baby.first} (bed {bedn}) moved — new town is {ADDRESS:town}, zip {ADDRESS:zip}", "nicu address"),
    ("`{NAME:mom.up}` `{DATE:mom.dob}` `{SSN:ssn}` ← pls don't paste these into slack ever again", "registration code-markup"),
    ("RE: {NAME:dau.full}\nMom called, {NAME:dau.first} vomiting x3 since last night. Appt {DATE:date} {tm} w/ {st1.first}, NP", "peds triage multiline"),
    ("{NAME:pt.first}'s OB is Dr. {st1.last} but she wants the midwife {st2.first} — pt is {gest}, EDD {DATE:date}", "l&d staff-name"),
    ("hey do we have a phone for {NAME:gp.full}? he's listed as emergency contact for {NAME:kid.first}. nvm found it {PHONE:phone}", "peds lowercase emergency-contact"),
    ("@here who admitted {NAME:kid.inv}? bed {bedn}, DOB {DATE:kid.dob}, mom at bedside", "peds slack-markup"),
    ("FYI {NAME:kid.full} (DOB {DATE:kid.dob}) — allergy list wrong in the chart, peanut not penicillin", "peds allergy"),
    ("rec'd a fax for {NAME:mom.full} from {PHONE:phone} — looks like prenatal records from {town_biz} OB", "records fax business-contact"),
    ("baby's name is {NAME:baby.full}?? i thought it was spelled differently", "mbu lowercase"),
    ("great-grandma turned {AGE:age90} this week and came to meet the baby 🎈 {NAME:ggm.full} — so cute", "mbu age-over-89"),
    ("appt {DATE:dnum} for {NAME:kid.full} — the scheduler dropped the slashes", "peds date-compact"),
    ("pls update {NAME:mom.full}'s preferred pharmacy, she moved to {ADDRESS:town} ({ADDRESS:zip})", "registration town-of-residence"),
    ("license plate for the car blocking the ambulance bay: {VEHICLE_ID:plate}. front desk says it's {NAME:vis.full}'s, visiting {NAME:mom.last}", "security vehicle"),
]

# --------------------------------------------------------------------------- clean frames (hard negatives)
CLEAN_FRAMES = [
    # ---- director / administrator delegating to the bot
    ("@{bot} move my 1:1 with {st1.first} to {mtg} at {tm}", "delegation calendar staff-name"),
    ("{bot} block {tm}–{tm#2} on {mtgday} for budget prep, title it \"FY{fy} capital\"", "delegation calendar"),
    ("pls accept the invite from {ex.full} for the W&C quality council on {mtg}", "delegation calendar exec-name"),
    ("cancel the {mtgtopic} huddle {mtg}, Dr. {dir.last} is at the {town_biz} site all day", "delegation calendar town-business"),
    ("reschedule NICU leadership to {mtg} {tm}, conf rm {confrm}. same agenda", "delegation calendar"),
    ("Zoom for the perinatal QI call: {zoomurl} — meeting ID {zoomid}, passcode {passcode}", "delegation zoom"),
    ("can you find 30 min w/ {ex.full} and {st1.full} before {mtg}? topic: L&D staffing grid", "delegation calendar exec-name"),
    ("draft an email to the nurse managers: safe sleep audit due {mtg}, 30 charts each, results to {st1.first}", "delegation email-draft"),
    ("out of office {mtg} → {mtg#2}. route urgent stuff to {st1.full}, x{extn}", "delegation ext"),
    ("decline the {vendor} lunch on {mtg} but forward their deck to {adm.first}", "delegation vendor"),
    ("remind me {mtgday} at {tm} to sign PO {po} for the new radiant warmers", "delegation po"),
    ("@{bot} summarize yesterday's thread from {ex.full} re: OB hospitalist coverage", "delegation exec-name"),
    ("what's on my calendar {mtg}?\n• {tm} budget\n• {tm#2} MBU walk-rounds w/ {st1.first}\n• 3:30 interviews", "delegation calendar multiline"),
    ("send the agenda:\n1) census\n2) {vendor} contract {contractno}\n3) FY{fy} capital\n4) open forum", "delegation agenda multiline"),
    ("add {st1.full} (new MBU nurse manager) to the W&C leadership distro + the Tuesday huddle", "delegation staff-name"),
    ("book a room for 12 on {mtg} for the March of Dimes site visit, lunch for 12 from the café", "delegation calendar"),
    ("{bot} what time is my call with {ven.full} from {vendor}?", "delegation vendor"),
    ("accept {ex.first}'s request to move board prep to {mtg} {tm}", "delegation exec-name calendar"),
    ("set up recurring 1:1s with {st1.first} and {st2.first}, biweekly {mtgday}s {tm}", "delegation calendar"),
    ("delegate: {adm.first} can approve my PTO queue while I'm out {mtg}–{mtg#2}", "delegation"),
    ("pls print the {mtgtopic} slides, 15 copies, color, for {mtgday} {tm}", "delegation"),
    ("{bot} draft a reply to {ex.full}: yes on the NICU step-down proposal, numbers to follow by {mtg}", "delegation exec-name"),
    ("forward the Joint Commission tracer schedule to {st1.first}, {st2.first} and {st3.first}", "delegation"),
    ("ugh move everything after {tm} today, {dir.last} pulled me into a meeting w/ the CNO", "delegation lowercase"),
    ("{bot} when is the FY{fy} budget due to finance? — {mtg}, per {ex.full}'s memo", "delegation question-reply money"),
    ("Q: can you put the MBU town hall on {mtg}?\nA: done ✅ invites sent to the MBU distro", "delegation question-reply"),
    ("please rsvp yes for me + {adm.first} to the Foundation gala {mtg} at {venue}", "delegation event"),
    ("{bot} find the slide deck {st1.first} sent about the donor milk program — I think it was {mtg}", "delegation"),
    ("{bot}: schedule interviews for the CNM role — {st1.full} {mtgday} {tm}, {st2.full} {mtgday#2} {tm#2}", "delegation calendar staff-name"),
    ("set a reminder: car-seat program grant report due {mtg} to the state DPH", "delegation deadline"),
    ("move the {vendor} demo to after lunch, {adm.first} can't make 10", "delegation vendor lowercase"),
    ("@{bot} decline anything on {mtg}, I'm at the AWHONN conference in Boston", "delegation calendar"),
    ("can u send {ex.full} the updated org chart? the one with {st1.full} as NICU manager", "delegation exec-name"),
    ("{bot} add a 15-min hold before every board meeting this quarter, label it 'prep'", "delegation calendar"),
    ("pls reply-all: we'll host the regional perinatal collaborative {mtg}, Conf Rm {confrm}, {tm}–{tm#2}", "delegation event"),
    ("who's covering for {st1.first} while they're at the conference? need a name for the {mtgtopic} roster", "delegation staffing"),
    # ---- operations / census / staffing
    ("L&D census: {cnt} laboring, {cnt#2} in triage, LDR {roomn} and {roomn#2} open, 2 inductions queued", "operations census"),
    ("MBU {roomn} needs EVS stat, formula spill by the bassinet", "operations room"),
    ("NICU pod {pod} bed {bedn} Giraffe ({asset}) alarming on and off — biomed pls", "operations asset-tag"),
    ("Dr. {st1.last} is covering L&D tonight, pager x{extn}", "operations staff-name ext"),
    ("{cnt} births overnight, 4 c-sections, 2 NICU admits, 0 transfers out", "operations counts"),
    ("charge RN tonight is {st1.first}, {st2.first} floating from peds", "operations staffing"),
    ("<@{uid}> can you cover the 7p charge shift {mtgday}? swap w/ {st1.first}", "operations slack-mention"),
    ("dial x{extn} for the NICU front desk, x{extn#2} for lactation", "operations ext"),
    ("bed {bedn} is ready for the transport, RT aware, isolette warmed", "operations"),
    ("LDR {roomn} tub is broken again, ticket {inc}", "operations ticket"),
    ("room change: PICU {roomn} → {roomn#2}, family moved their stuff already", "operations room"),
    ("MBU census 28/32, NICU 19/24, 4 boarders in the nursery", "operations census"),
    ("triage is slammed — 6 waiting, 2 r/o labor, 1 r/o preE. can someone from MBU help?", "operations"),
    ("17 y/o G1P0 in triage 3, 36w, ctx q5. resident to see", "operations age-under-90"),
    ("fyi the 89-year-old gentleman in the lobby was looking for the gift shop, walked him over", "operations age-edge"),
    ("2 great-grandparents over 90 in the family lounge waiting for visiting hours 😊", "operations age-aggregate"),
    ("census report groups visitors 90+ together, no individual ages", "operations age-aggregate"),
    ("{cnt} visitors over 90 needed wheelchairs this month — ask volunteer services for 2 more chairs", "operations age-aggregate"),
    ("NICU 90-day readmission rate for grads: {pct}%", "quality age-aggregate duration"),
    ("Dr. {st1.last} delivered twins in OR 2, both to MBU 🎉", "operations staff-name emoji"),
    ("great job {st1.first} and {st2.first} on the shoulder dystocia drill today 👏", "operations staff-name emoji"),
    ("congrats to {st1.full}, DAISY award winner for MBU! 🌼", "operations staff-name emoji"),
    ("welcome {st1.full}, CNM, starting {mtg} — days with {st2.first} for orientation", "operations staff-name"),
    ("@channel lockdown drill {mtg} {tm} — infant security tags will alarm at the doors, expected", "operations security"),
    ("Hugs tags: 3 in the drawer at MBU station, batteries checked {mtgday}", "operations"),
    ("NICU family lounge closed {mtg} for carpet, use the 4th floor lounge", "operations"),
    ("apgar 9/9, 3.4 kg, vigorous — peds not needed at the next one either", "operations"),
    ("Joy from child life says the playroom is open again 🎈", "operations word-name staff-name"),
    ("Will do. Hope the drill went ok — Grace period for the module ends {mtg}", "operations word-name"),
    ("can {st1.first} float to NICU at 1500? they're short 1 for the 2 admits", "operations staffing"),
    ("OR 2 turnover done, next case at {tm}", "operations"),
    ("L&D board is frozen again. refreshing doesn't help. ticket {inc} 🙄", "operations ticket emoji"),
    ("MBU huddle notes {mtg}:\n- census 26\n- 3 d/c pending peds\n- {st1.first} on PTO\n- EVS short", "operations multiline"),
    ("triage rooms 1-6 cleaned, supply cart restocked, glucose meter (asset {asset}) swapped", "operations asset-tag"),
    ("anyone know who's the CPST on today? — {st1.first} until 3", "car-seat question-reply staff-name"),
    ("is {st1.first} the IBCLC on nights this week? asking for the schedule", "lactation staff-name question"),
    ("thx {st1.first} 🙏 that fixed the pump", "operations emoji"),
    ("NICU had 3 admits overnight, all from L&D, none from transport", "operations counts"),
    ("the 2 babies in the nursery are both waiting on peds rounds, no issues", "operations"),
    ("who has the keys for the breastmilk fridge in pod {pod}? audit at {tm}", "operations"),
    ("Stork Club tour {mtgday} at {tm} — 14 expecting families registered", "operations event"),
    # ---- clinical reference (doses, codes, protocols)
    ("mag protocol reminder: 4 g load over 20 min, then 2 g/hr. reflexes + resp q1h", "clinical dose"),
    ("oxytocin 30 units/500 mL — start 2 mU/min, increase by 2 q30min per protocol", "clinical dose"),
    ("caffeine citrate 20 mg/kg load, then 5 mg/kg daily maint", "clinical dose nicu"),
    ("amp 50 mg/kg q12h + gent 4 mg/kg q24h for r/o sepsis <34 wk per the new guideline", "clinical dose nicu"),
    ("vit K 1 mg IM, erythro ointment, hep B 0.5 mL — standard newborn order set v{ver}", "clinical dose version"),
    ("Tdap 0.5 mL IM between 27–36 wks — we're at {pct}% compliance this quarter", "clinical dose quality"),
    ("amox high-dose is 90 mg/kg/day div BID, not TID. fixing the order panel", "clinical dose peds"),
    ("hydroxyurea starting dose 20 mg/kg/day in SCD, titrate q8wk — per heme", "clinical dose"),
    ("RhoGAM 300 mcg IM within 72h, KB if >1 vial might be needed", "clinical dose"),
    ("bili nomogram: high-intermediate zone at 36h, recheck in 12h, not phototx yet", "clinical"),
    ("billing Q: 59510 vs 59515 for c/s with postpartum care? and 59409 for VBAC?", "billing cpt"),
    ("ICD-10: Z38.00 singleton liveborn, P07.34 for 31 wks, P59.9 jaundice — coding wants that order", "billing icd"),
    ("CPT 99460 vs 99463 for same-day newborn d/c — {st1.first}, which one?", "billing cpt"),
    ("which ICD for well child: Z00.129 or Z00.121? {st1.first} says 121 only w/ abnormal findings", "billing icd"),
    ("92558 is the hearing screen, 99391 the WCC under 1 — pls don't bill them both on day 1", "billing cpt"),
    ("coding: O24.410 GDM diet-controlled vs O24.414 insulin — most of ours are 410", "billing icd"),
    ("{cpt} denied {cnt} times this month for missing modifier 25", "billing cpt"),
    ("GBS+ → PCN G 5 million units IV then 2.5–3 million q4h until delivery", "clinical dose"),
    ("PPH cart check: TXA 1 g, methergine 0.2 mg, hemabate 250 mcg, cytotec 800 mcg ✅", "clinical dose emoji"),
    ("NRP update: start PPV at 40–60 bpm, 21% O2 for term, 21–30% for preterm", "clinical"),
    # ---- purchasing / IT / versions
    ("PO {po} for {cnt} Omnibeds approved — {money_big}. invoice {invoice} to AP", "purchasing po money"),
    ("ticket {inc} — PeriWatch freezing on the L&D central station again", "it ticket"),
    ("{epicver} upgrade this weekend, downtime {tm}–{tm#2}. use the downtime forms in the blue binder", "it version"),
    ("PeriWatch Vigilance v{ver} rolled out to all central stations", "it version"),
    ("build {build} fixes the fetal strip printing bug", "it version build-number"),
    ("nurse call firmware v{ver4} pushed to all NICU pods overnight", "it version ip-like"),
    ("order #{orderno} for breast pump kits shipped, ETA {mtg}", "purchasing order"),
    ("invoice {invoice} from {vendor}: {money_mid} for the bili blankets", "purchasing money"),
    ("contract {contractno} with {vendor} renews {mtg}, 3-yr term", "purchasing contract"),
    ("cost center {ccenter} for the SBHC supplies, not the clinic's", "purchasing cost-center"),
    ("cost center 01840 is the Lawrence SBHC, 01843 is the high school one — don't mix them up", "purchasing zip-like"),
    ("requisition {inc} for 6 car seats approved, {money_mid}", "purchasing ticket money car-seat"),
    ("the NICU wing is {bldgage} years old, HVAC replacement is in the FY{fy} capital plan", "facilities building-age"),
    ("the L&D building turns 100 next year 🎂 Foundation wants a plaque", "facilities building-age emoji"),
    ("Vocera badges need app v{ver}, old ones won't pair", "it version"),
    ("fetal monitor {asset} back from biomed, PM sticker good through {exp2}", "it asset-tag"),
    ("hearing screen machine ({asset}) back from repair, {cnt} babies waiting", "it asset-tag"),
    ("Epic build: OB delivery summary v{ver} — hide the blood type field for now", "it version"),
    ("DEL-{orderno} and DEL-{orderno#2} closed, those were the isolette deliveries", "purchasing ticket"),
    ("INC0048213 is a dup of {inc}, closing", "it ticket"),
    ("{money_mid} over budget on formula this quarter, mostly the hypoallergenic stuff", "finance money"),
    ("travel budget for FY{fy}: {money_mid}, AWHONN + NANN + 2 ACOG seats", "finance money"),
    ("print job {orderno} stuck on the MBU printer again, it's the armband labels", "it print-job"),
    ("the pump library update is version {ver4}, NOT an IP, pls stop putting it in the network ticket", "it version ip-like"),
    # ---- facilities / addresses / places (business context)
    ("car seat check event {mtg} at the {town_biz} fire station, {cnt} seats donated by {vendor}", "car-seat event town-business"),
    ("our new SBHC at {school} opens {mtg}: {fac_addr}", "sbhc facility-address"),
    ("Pediatric Associates moved to {fac_addr} — update the referral directory", "referral facility-address"),
    ("Q: is the hospital address on the BC {fac_addr}?\nA: yes, that's the facility address", "birth-cert facility-address question-reply"),
    ("new hire orientation {mtg} 0800 at {fac_addr}, park in lot C", "operations facility-address"),
    ("the {town_biz} clinic ZIP on our letterhead is wrong — should be {faczip}", "facilities zip-like facility-address"),
    ("our {town_biz} site is moving to {fac_addr} in {month}", "facilities facility-address town-business"),
    ("traffic on 495 near {town_biz}, {st1.first} will be late for huddle", "operations place-name"),
    ("Lt. {st1.last} from {town_biz} PD is co-teaching the car seat class with us", "car-seat town-business"),
    ("peds urgent care in {town_biz} closes at 8 now, tell families", "operations town-business"),
    ("transport team is coming from Boston, ETA 40 min, traffic on 93", "nicu place-name"),
    ("SBHC flu clinic at {school} {mtg}: {cnt} vaccines given, 0 reactions", "sbhc counts"),
    ("sports physical day {mtg} at {school} — need 2 NPs + 1 MA", "sbhc staffing"),
    ("mobile mammo van parks at 70 N Parish Rd on {mtgday}s", "facilities facility-address"),
    ("the {town_biz} SBHC and the {school} one share one NP on Fridays", "sbhc town-business"),
    # ---- privacy / policy / topics
    ("reminder: don't post SSNs in Slack. the BC worksheet has the SSN field — keep it on paper", "policy ssn-topic"),
    ("why are some baby MRNs 8 digits and some 10? legacy {town_biz} system?", "records mrn-topic"),
    ("HIPAA refresher due {mtg} — 14 of 60 done in MBU", "policy hipaa"),
    ("corp card ending {last4} expires {exp}, reorder through AP", "finance last-4 card-expiry"),
    ("HIPAA Q: can I tell a dad which room his partner is in? → only if she listed him. see policy {policyno}", "policy hipaa"),
    ("policy effective {mtg}: all newborns get the CCHD screen at 24h", "policy effective-date"),
    ("NPI for Dr. {st1.last} is {npi}, CAQH attested", "credentialing npi"),
    ("Dr. {st1.full}'s state license renewal is due {exp2}, credentialing sent the packet", "credentialing licence-expiry"),
    ("our medical staff office wants DEA numbers uploaded to the portal, NOT emailed", "credentialing policy"),
    ("MRN format is changing to 10 digits on {mtg} — labels will look different", "records mrn-topic"),
    ("reminder: patient names don't go in channel names or ticket titles", "policy hipaa"),
    ("we need last-4 of the SSN for the SS-5? no — full SSN, but on paper only", "policy ssn-topic"),
    ("privacy officer says release-of-info requests must go through the HIM portal starting {mtg}", "policy records"),
    ("BC worksheets are kept in the locked file in registration for 30 days, then shredded", "policy birth-cert"),
    ("Safe Sleep policy {policyno} effective {mtg}, huddle education this week", "policy effective-date"),
    ("newborn screening program audit {mtg}, state lab inspectors on site 9–3", "nbs audit"),
    ("NBS courier pickup moves to {tm} daily starting {mtg}", "nbs operations"),
    ("NBS unsat rate this quarter {pct}% — mostly layered spots", "nbs quality"),
    ("CCHD screening compliance {pct}% for {month}", "nbs quality"),
    ("birth certificate turnaround is averaging 6 days, state wants < 5", "birth-cert quality"),
    ("vital records portal is down until {tm}, hold the BC submissions", "birth-cert it"),
    # ---- lactation / child life / car seats / SBHC / custody programmes
    ("lactation: Medela Symphony fleet — {cnt} units, PM due {mtg}", "lactation asset"),
    ("donor milk program: {cnt} bottles from Prolacta this week, lot {lotno} on hold", "lactation lot-number"),
    ("breastfeeding class moved to {mtgday} {tm}, Conf Rm {confrm}", "lactation calendar"),
    ("child life needs {cnt} more iPads for the playroom, ~$400 each", "child-life money"),
    ("CGM education class {mtgday} {tm}, 8 families signed up", "child-life endo"),
    ("Omnipod vs Tandem for peds — endo wants a side-by-side by {mtg}", "referral device-topic"),
    ("free car seats: 40 from Safe Kids, 20 from {vendor} 👶", "car-seat emoji"),
    ("DCF liaison rounds {mtgday} at {tm}, same as always", "custody calendar"),
    ("foster care clinic model proposal — draft due {mtg} to {ex.full}", "foster-care exec-name"),
    ("peds cards referral volume up 18% in Q{q}, wait time 6 wks", "referral counts"),
    ("staff mtg notes:\n• census up\n• {vendor} demo {mtg}\n• PTO freeze in {month}", "operations multiline"),
    ("fyi Zoom ID {zoomid} is the perinatal collaborative, not our huddle", "delegation zoom"),
    ("{st1.full} from {vendor} (sales) wants 15 min with Dr. {dir.last}, going through the vendor portal", "delegation vendor"),
    ("board member {boardname} asked for NICU outcomes data for the {mtg} meeting", "delegation board-member"),
    ("Foundation gala {mtg} at {venue}, {money_big} raised for the NICU 🎉", "foundation money event"),
    ("donation: the {donor} Foundation gift of {money_big} for the NICU family room 🙏", "foundation money"),
    ("thank-you letter to the {donor} family for the cuddler chairs — {ex.first} will sign", "foundation donor"),
    ("Councilor {vipname} is touring the NICU {mtg} for the ribbon cutting — clear the hallway by {tm}", "public-figure event"),
    ("Governor's office confirmed for the L&D wing opening {mtg}, press in the lobby only", "public-figure event"),
    ("{vipname} (state rep) is the keynote at the maternal health summit {mtg}", "public-figure"),
    ("sbhc: {cnt} sports physicals this week, {cnt#2} still missing forms", "sbhc counts lowercase"),
    ("child life week {mtg} — bubbles in the lobby at {tm} 🫧", "child-life event emoji"),
    ("kinship care resource fair at the {town_biz} library {mtg}", "custody event town-business"),
    ("car seat techs need recert by {exp2}, {cnt} of us are due", "car-seat credentialing"),
    ("the seat inspection station hours are Tue/Thu {tm}–{tm#2}", "car-seat"),
    ("court liaison says custody paperwork now goes to HIM, not the unit clerk", "custody policy"),
    ("pls stock more Chicco KeyFit 30 loaners, we're down to 2", "car-seat supplies"),
    ("SBHC consent forms v{ver} are on the shared drive — old ones void after {mtg}", "sbhc version"),
    ("peds subspecialty referral guide updated — cards, GI, endo, neuro, ENT all in one PDF", "referral"),
    ("neuro peds clinic adds Friday sessions starting {mtg}", "referral calendar"),
    ("*reminder* `Z00.129` is the default well-child code, `Z00.121` only w/ findings", "billing icd slack-markup"),
    ("> FWD from DPH: NBS program updates go live {mtg}. No action needed for nurseries.", "nbs forwarded"),
    ("_System notification_: Epic scheduled downtime {mtg} {tm}-{tm#2}. Ref {inc}.", "it system-notification"),
    ("[bot] Your meeting \"{mtgtopic}\" has been moved to {mtg} {tm} by {adm.full}.", "delegation system-notification"),
    ("[bot] Reminder: {ex.full} — 1:1 in 15 minutes (Conf Rm {confrm})", "delegation system-notification exec-name"),
    ("✅ Purchase order {po} approved by {ex.full} ({money})", "purchasing system-notification exec-name"),
    ("🔔 Ticket {inc} assigned to {st1.full}: \"L&D printer jam\"", "it system-notification"),
]


# --------------------------------------------------------------------------- main
def build():
    rng = random.Random(SEED)
    n_clean = N_TOTAL - N_PHI

    def fill(frames, n):
        out = []
        while len(out) < n:
            batch = list(frames)
            rng.shuffle(batch)
            out.extend(batch)
        return out[:n]

    chosen = [(f, True) for f in fill(PHI_FRAMES, N_PHI)] + [(f, False) for f in fill(CLEAN_FRAMES, n_clean)]
    rng.shuffle(chosen)
    items = []
    seen = set()
    for i, (frame, want_phi) in enumerate(chosen, 1):
        it = make_item(frame, rng)
        tries = 0
        while it["text"] in seen:  # fixed-wording frames: take another frame of the same class
            tries += 1
            if tries > 50:
                raise ValueError("cannot avoid duplicate text")
            frame = rng.choice(PHI_FRAMES if want_phi else CLEAN_FRAMES)
            it = make_item(frame, rng)
        seen.add(it["text"])
        if bool(it["spans"]) != want_phi:
            raise ValueError("frame produced wrong class: %r" % (frame,))
        items.append({"id": "gv-%04d" % i, "text": it["text"], "spans": it["spans"], "tags": it["tags"]})
    return items


def main():
    items = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    n_phi = sum(1 for it in items if it["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean), %d frames (%d PHI, %d clean)" % (
        OUT, len(items), n_phi, len(items) - n_phi, len(PHI_FRAMES) + len(CLEAN_FRAMES),
        len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
