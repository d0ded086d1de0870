#!/usr/bin/env python3
"""gen_ic.py - PHI-labelled chat corpus, prefix "ic".

Persona: nurse manager of a busy urban ED and its patient-flow desk (bed board,
transfers, EMS handoffs, police holds, psych boarders, interpreters, callbacks,
lost belongings, security), typing fast on a phone.

Standard library only, fixed seed.  Writes generated_ic.jsonl next to this script,
one raw line per message:
  {"id": "ic-0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}
Spans are in reading order; every message is re-checked (left-to-right search of each
value must land exactly where the value was inserted) and redrawn otherwise.
"""
import json
import os
import random
import re
import unicodedata

SEED = 73421
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_ic.jsonl")
N_PHI, N_CLEAN = 385, 315
YEAR = 2025

# ---------------------------------------------------------------------------
# names (written for this corpus)
# origin: (female given, male given, surnames)
ORIGINS = {
    "hispanic": (
        ["María", "Guadalupe", "Yesenia", "Marisol", "Lucía", "Daniela", "Xiomara", "Rosa",
         "Ana Luisa", "Carmen", "Maritza", "Nayeli"],
        ["José", "Luis", "Juan Carlos", "Alejandro", "Miguel", "Jesús", "Héctor", "Rafael",
         "Edwin", "Wilfredo", "Ángel", "Osvaldo"],
        ["García", "Rodríguez", "Hernández", "Delgado", "Figueroa", "de la Cruz", "Santiago",
         "Pérez-Ortiz", "Morales", "Castillo", "Díaz", "Rivera", "del Valle", "Quiñones",
         "Vargas", "Montoya", "Ocasio", "Batista"]),
    "african_american": (
        ["Keisha", "Tamika", "Latoya", "Shanice", "Imani", "Aaliyah", "Denise", "Ebony",
         "Lakisha", "Bernadette"],
        ["DeShawn", "Tyrone", "Jamal", "Marcus", "Darnell", "Terrence", "Andre", "Malik",
         "Reginald", "Cedric"],
        ["Washington", "Jefferson", "Jackson", "Robinson", "Coleman", "Brooks", "Banks",
         "Mitchell", "Freeman", "Gaines", "Holloway", "Pettiford", "Mayweather", "Dorsey"]),
    "west_african": (
        ["Adaeze", "Chiamaka", "Ngozi", "Abena", "Ama", "Folake", "Yetunde", "Aminata"],
        ["Chinedu", "Oluwaseun", "Kwame", "Kofi", "Emeka", "Babajide", "Mamadou", "Ousmane"],
        ["Okafor", "Adeyemi", "Mensah", "Osei", "Nwosu", "Diallo", "Traoré", "Balogun", "Eze",
         "Asante", "Ogunleye", "Boateng", "Okonkwo", "Sow"]),
    "east_african": (
        ["Amina", "Hodan", "Fartun", "Selam", "Tigist", "Wanjiru", "Akinyi", "Hiwot"],
        ["Abdirahman", "Tesfaye", "Dawit", "Mohamed", "Kiprop", "Otieno", "Yonas", "Abdullahi"],
        ["Hussein", "Abdi", "Warsame", "Haile", "Kiprotich", "Odhiambo", "Mwangi",
         "Gebremariam", "Farah", "Tadesse", "Nur", "Wolde"]),
    "south_asian": (
        ["Priya", "Anjali", "Farzana", "Lakshmi", "Nusrat", "Deepa", "Harpreet", "Sunita"],
        ["Rahul", "Sanjay", "Imran", "Venkatesh", "Gurpreet", "Arjun", "Mohammed", "Faisal"],
        ["Patel", "Sharma", "Chowdhury", "Reddy", "Iyer", "Khan", "Singh", "Banerjee",
         "Venkataraman", "Siddiqui", "Gill", "Rahman", "Desai"]),
    "east_asian": (
        ["Mei", "Xiaoling", "Yuki", "Ji-woo", "Hana", "Soo-jin", "Lan", "Keiko"],
        ["Wei", "Jian", "Hiroshi", "Min-jun", "Takeshi", "Haoran", "Dong-hyun", "Jun"],
        ["Chen", "Wang", "Li", "Tanaka", "Kim", "Park", "Zhang", "Liu", "Yamamoto", "Choi",
         "Huang", "Lee", "Ng"]),
    "southeast_asian": (
        ["Thuy", "Linh", "Maricel", "Siriporn", "Dara", "Ngoc Anh", "Chanthy", "Rowena"],
        ["Minh", "Tuan", "Bao", "Rodel", "Somchai", "Sokha", "Joselito", "Vinh"],
        ["Nguyen", "Tran", "Pham", "Le", "Santos", "Reyes", "dela Rosa", "Bautista", "Phan",
         "Sok", "Vo", "Macaraeg", "Chhim"]),
    "middle_eastern": (
        ["Fatima", "Layla", "Noor", "Yasmin", "Rania", "Maryam", "Shirin", "Dalia"],
        ["Ahmad", "Omar", "Khalil", "Yousef", "Tariq", "Reza", "Elias", "Samir"],
        ["Haddad", "Khoury", "Nasser", "Al-Amin", "Rahimi", "Abboud", "Saleh", "Hosseini",
         "El-Sayed", "Mansour", "Barakat", "Aziz"]),
    "eastern_european": (
        ["Olena", "Katarzyna", "Svetlana", "Ivana", "Agnieszka", "Natalia", "Irina", "Mirela"],
        ["Dmitri", "Piotr", "Oleksandr", "Vasile", "Bogdan", "Sergei", "Tomasz", "Milan"],
        ["Kowalski", "Nowak", "Petrov", "Shevchenko", "Popescu", "Horvat", "Wiśniewski",
         "Kuznetsov", "Bondarenko", "Novak", "Zielinski", "Dragomir"]),
    "irish": (
        ["Siobhan", "Maeve", "Bridget", "Aoife", "Colleen", "Nora", "Kathleen", "Margaret"],
        ["Declan", "Patrick", "Cormac", "Seamus", "Brendan", "Kevin", "Liam", "Eamon"],
        ["O'Neill", "Murphy", "O'Sullivan", "Fitzgerald", "McCarthy", "Gallagher", "Doyle",
         "Kavanagh", "MacNamara", "Byrne", "O'Donnell", "Flaherty"]),
    "italian": (
        ["Giulia", "Francesca", "Carmela", "Antonella", "Rosalie", "Teresa", "Gina", "Concetta"],
        ["Salvatore", "Giuseppe", "Vincenzo", "Anthony", "Dominic", "Carmine", "Marco", "Enzo"],
        ["Russo", "Esposito", "DiMaggio", "Romano", "Bianchi", "Colombo", "De Luca", "Marino",
         "Ferraro", "LoPresti", "Santangelo", "Di Napoli"]),
    "native_american": (
        ["Winona", "Darlene", "Cheyenne", "Shilah", "Marlene", "Tallulah"],
        ["Ahanu", "Dustin", "Raymond", "Hoskie", "Kele", "Wayne"],
        ["Begay", "Yazzie", "Tsosie", "Benally", "Whitehorse", "Running Bear", "Redcloud",
         "Littlefeather", "Attakai", "Nakai", "Peters", "Sockalexis"]),
    "pacific_islander": (
        ["Leilani", "Malia", "Losa", "Mele", "Kalena", "Sina"],
        ["Sione", "Tevita", "Keoni", "Manaia", "Ioane", "Kawika"],
        ["Fonoti", "Tuilagi", "Kealoha", "Mahoe", "Faleolo", "Taufa", "Kahananui", "Leota"]),
    "anglo": (
        ["Linda", "Barbara", "Dorothy", "Jennifer", "Ashley", "Elizabeth", "Jean"],
        ["Robert", "William", "Richard", "Gary", "Tyler", "Donald", "Walter"],
        ["Van Dyke", "Vanderberg", "Smith", "Sullivan", "Miller", "Whitaker", "Harrington",
         "Pruitt", "Thibodeau", "St. Pierre"]),
}
ORIGIN_KEYS = list(ORIGINS)

NICK = {
    "Robert": "Bobby", "William": "Billy", "Richard": "Rick", "Anthony": "Tony",
    "Dominic": "Dom", "Salvatore": "Sal", "Guadalupe": "Lupe", "José": "Pepe",
    "Jesús": "Chuy", "Alejandro": "Alex", "Francesca": "Frankie", "Katarzyna": "Kasia",
    "Oleksandr": "Sasha", "Dmitri": "Dima", "Kathleen": "Kathy", "Dorothy": "Dot",
    "Barbara": "Barb", "Jennifer": "Jen", "Vincenzo": "Vinny", "Terrence": "Terry",
    "Oluwaseun": "Seun", "Babajide": "Jide", "Chiamaka": "Amaka", "Svetlana": "Sveta",
    "Agnieszka": "Aga", "Tomasz": "Tomek", "Mohammed": "Mo", "Venkatesh": "Venky",
    "Gurpreet": "Gary", "Wilfredo": "Willy", "Patrick": "Paddy", "Bridget": "Bridie",
    "Giuseppe": "Joe", "Margaret": "Peggy", "Elizabeth": "Liz", "Abdirahman": "Abdi",
    "Leilani": "Lani", "Marisol": "Mari", "Xiomara": "Xio", "Tyrone": "Ty",
    "DeShawn": "Shawn", "Haoran": "Howard", "Ji-woo": "Jenny", "Dong-hyun": "Danny",
    "Reginald": "Reggie", "Cormac": "Mac", "Kawika": "Kawi", "Concetta": "Connie",
}

TOWNS = [("Dorchester", ["02121", "02122", "02124", "02125"]), ("Roxbury", ["02119", "02120"]),
         ("Mattapan", ["02126"]), ("Hyde Park", ["02136"]), ("East Boston", ["02128"]),
         ("Chelsea", ["02150"]), ("Revere", ["02151"]), ("Everett", ["02149"]),
         ("Malden", ["02148"]), ("Lynn", ["01902", "01904", "01905"]), ("Quincy", ["02169", "02170"]),
         ("Brockton", ["02301", "02302"]), ("Randolph", ["02368"]), ("Somerville", ["02143", "02145"]),
         ("Cambridge", ["02139", "02141"]), ("Jamaica Plain", ["02130"]), ("Lowell", ["01852", "01854"]),
         ("Lawrence", ["01841", "01843"]), ("Brighton", ["02135"]), ("Dedham", ["02026"]),
         ("Framingham", ["01702"]), ("Worcester", ["01604", "01610"]), ("Dracut", ["01826"]),
         ("Methuen", ["01844"]), ("Weymouth", ["02188", "02189"]), ("Saugus", ["01906"]),
         ("Milton", ["02186"]), ("Chicopee", ["01013"]), ("New Bedford", ["02740", "02744"])]
STREETS = ["Geneva", "Blue Hill", "Columbia", "Washington", "Dudley", "Bowdoin", "Norfolk",
           "Hancock", "Tarbox", "Pleasant", "Maple", "Cedar", "Quincy", "Adams", "Warren",
           "Broadway", "Shirley", "Elm", "Highland", "Morton", "Centre", "Walnut", "Bennington",
           "Meridian", "Revere Beach", "Hawthorne", "Salem", "Ferry", "Union", "Chestnut"]
SUFFIX = ["St", "Ave", "Rd", "Street", "Avenue", "Ter", "Pl", "Way", "Blvd", "Ct", "Dr"]

AREA = ["617", "857", "781", "508", "978", "339", "774", "351", "401", "603", "212", "347",
        "404", "787", "646", "413"]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


class Redraw(Exception):
    pass


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l")


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------------------
# persons
PERSON_KINDS = {"p", "s", "d", "x", "v"}   # p = patient/relative/visitor (PHI); others are staff/business
VENDOR_COS = [("Stryker", "stryker.com"), ("CyraCom", "cyracom.com"), ("Hill-Rom", "hillrom.com"),
              ("TeleTracking", "teletracking.com"), ("Allied Universal", "aus.com"),
              ("Vocera", "vocera.com"), ("Brewster Ambulance", "brewsterambulance.com"),
              ("Cardinal Health", "cardinalhealth.com")]


class Person:
    def __init__(self, kind, need_nick=False, taken=()):
        for _ in range(200):
            origin = R.choice(ORIGIN_KEYS)
            fem, mal, sur = ORIGINS[origin]
            self.female = R.random() < 0.5
            pool = fem if self.female else mal
            if need_nick:
                pool = [g for g in pool if g in NICK]
                if not pool:
                    continue
            self.firstname = R.choice(pool)
            sorigin = origin if R.random() < 0.8 else R.choice(ORIGIN_KEYS)
            last = R.choice(ORIGINS[sorigin][2])
            if R.random() < 0.08 and " " not in last and "-" not in last:
                other = R.choice(ORIGINS[sorigin][2])
                if other != last and " " not in other and "-" not in other:
                    last = last + "-" + other
            self.lastname = last
            if self.firstname not in taken and self.lastname not in taken:
                break
        self.kind = kind
        self.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
        self.co = R.choice(VENDOR_COS)
        self.title = R.choice(["Ms.", "Mrs.", "Ms", "Mrs"]) if self.female else R.choice(["Mr.", "Mr"])
        self.rel = R.choice(["daughter", "wife", "sister", "niece", "mother", "granddaughter"]
                            if self.female else
                            ["son", "husband", "brother", "nephew", "father", "grandson"])
        fa, la = slug(self.firstname), slug(self.lastname)
        self.email = R.choice([
            "%s.%s%d@gmail.com" % (fa, la, R.randint(1, 99)), "%s%s@yahoo.com" % (fa[0], la),
            "%s%s%d@hotmail.com" % (fa, la, R.randint(60, 99)), "%s.%s@comcast.net" % (la, fa),
            "%s_%s@icloud.com" % (fa, la), "%s%s@aol.com" % (fa, la[:4])])
        if kind == "v":
            self.bemail = "%s.%s@%s" % (fa, la, self.co[1])
        else:
            self.bemail = R.choice(["%s.%s@harborcitymed.org" % (fa, la), "%s%s@harborcitymed.org" % (fa[0], la)])
        self.url = R.choice([
            "https://www.caringbridge.org/visit/%s%s" % (fa, la),
            "https://gofund.me/help-%s-%s-recover" % (fa, la),
            "https://www.gofundme.com/f/%s-%s-medical-bills" % (fa, la),
            "https://mychart.harborcitymed.org/updates/%s.%s" % (fa, la)])

    def attr(self, a, ctx):
        f, l = self.firstname, self.lastname
        nm = None
        if a == "full":
            nm = "%s %s" % (f, l)
        elif a == "first":
            nm = f
        elif a == "last":
            nm = l
        elif a == "mid":
            nm = "%s %s. %s" % (f, self.mi, l)
        elif a == "inv":
            nm = R.choice(["%s, %s %s" % (l.upper(), f.upper(), self.mi), "%s, %s" % (l.upper(), f.upper()),
                           "%s, %s" % (l, f), "%s, %s %s." % (l, f, self.mi)])
        elif a == "linv":
            nm = "%s, %s" % (l.lower(), f.lower())
            ctx["tags"].add("lowercase")
        elif a == "lower":
            nm = "%s %s" % (f.lower(), l.lower())
            ctx["tags"].add("lowercase")
        elif a == "lfirst":
            nm = f.lower()
            ctx["tags"].add("lowercase")
        elif a == "llast":
            nm = l.lower()
            ctx["tags"].add("lowercase")
        elif a == "upper":
            nm = "%s %s" % (f.upper(), l.upper())
        elif a == "nick":
            nm = NICK[f]
            ctx["tags"].add("nickname")
        elif a == "nickfull":
            nm = "%s %s" % (NICK[f], l)
            ctx["tags"].add("nickname")
        elif a == "typo":
            w = list(l)
            k = R.randrange(1, max(2, len(w) - 1))
            if R.random() < 0.5 and len(w) > 3:
                del w[k]
            else:
                w.insert(k, w[k - 1])
            nm = "%s %s" % (f, "".join(w))
            ctx["tags"].add("typo")
        if nm is not None:
            return [(nm, "NAME" if self.kind == "p" else None)]
        if a == "email":
            return [(self.email, "EMAIL")]
        if a == "bemail":
            ctx["tags"].add("business-contact")
            return [(self.bemail, "EMAIL")]
        if a == "mailto":
            ctx["tags"].add("slack-markup")
            e = self.bemail if self.kind != "p" else self.email
            return [("<mailto:", None), (e, "EMAIL"), ("|", None), (e, "EMAIL"), (">", None)]
        if a == "url":
            return [(self.url, "URL")]
        if a == "co":
            return [(self.co[0], None)]
        simple = {
            "he": "she" if self.female else "he", "He": "She" if self.female else "He",
            "his": "her" if self.female else "his", "His": "Her" if self.female else "His",
            "him": "her" if self.female else "him", "hes": "she's" if self.female else "he's",
            "sex": "F" if self.female else "M", "title": self.title, "rel": self.rel,
            "mom": "mom" if self.female else "dad",
        }
        if a in simple:
            return [(simple[a], None)]
        raise KeyError("unknown person attr %r" % a)


# ---------------------------------------------------------------------------
# value generators: each returns a list of (text, type-or-None) segments
def g_dob(ctx):
    if "agenum" in ctx:
        y = YEAR - ctx["agenum"] - R.randint(0, 1)
    else:
        y = R.randint(1931, 2012)
    m, d = R.randint(1, 12), R.randint(1, 28)
    f = R.choice(["%02d/%02d/%04d", "%d/%d/%04d", "%d/%d/%02d", "iso", "long", "dmy", "mdy3",
                  "dlong", "compact", "dots", "dash"])
    if f == "iso":
        s = "%04d-%02d-%02d" % (y, m, d)
    elif f == "long":
        s = "%s %d, %d" % (MONTHS[m - 1], d, y)
    elif f == "dmy":
        s = "%02d-%s-%d" % (d, MON3[m - 1], y)
    elif f == "mdy3":
        s = "%s %d %d" % (MON3[m - 1], d, y)
    elif f == "dlong":
        s = "%d %s %d" % (d, MONTHS[m - 1], y)
    elif f == "compact":
        s = "%02d%02d%04d" % (m, d, y)
    elif f == "dots":
        s = "%d.%d.%02d" % (m, d, y % 100)
    elif f == "dash":
        s = "%d-%d-%04d" % (m, d, y)
    elif f == "%d/%d/%02d":
        s = f % (m, d, y % 100)
    else:
        s = f % (m, d, y)
    return [(s, "DATE")]


def _visit_ymd():
    y = R.choice([2024, 2025, 2025, 2025])
    return y, R.randint(1, 12 if y == 2024 else 11), R.randint(1, 28)


def g_date(ctx):
    y, m, d = _visit_ymd()
    f = R.choice(["md", "mdy", "mdyy", "iso", "mon", "month", "monord", "dmy", "monthy", "dashyy", "dotyy"])
    s = {"md": "%d/%d" % (m, d), "mdy": "%02d/%02d/%d" % (m, d, y), "mdyy": "%d/%d/%02d" % (m, d, y % 100),
         "iso": "%d-%02d-%02d" % (y, m, d), "mon": "%s %d" % (MON3[m - 1], d),
         "month": "%s %d" % (MONTHS[m - 1], d), "monord": "%s %s" % (MON3[m - 1], ordinal(d)),
         "dmy": "%d-%s-%d" % (d, MON3[m - 1], y), "monthy": "%s %d, %d" % (MONTHS[m - 1], d, y),
         "dashyy": "%d-%d-%02d" % (m, d, y % 100), "dotyy": "%d.%d.%02d" % (m, d, y % 100)}[f]
    return [(s, "DATE")]


def g_dshort(ctx):
    m, d = R.randint(1, 11), R.randint(1, 28)
    return [(R.choice(["%d/%d" % (m, d), "%02d/%02d" % (m, d)]), "DATE")]


def g_dmon(ctx):
    m, d = R.randint(1, 12), R.randint(1, 28)
    return [(R.choice(["%s %s" % (MON3[m - 1], ordinal(d)), "%s %d" % (MONTHS[m - 1], d),
                       "%s. %d" % (MON3[m - 1], d), "%s %s" % (MONTHS[m - 1], ordinal(d))]), "DATE")]


def g_age(ctx):
    if ctx.get("age_used"):
        return [(str(R.randint(90, 104)), "AGE")]
    ctx["age_used"] = True
    return [(str(ctx.setdefault("agenum", R.randint(90, 104))), "AGE")]


def g_kdob(ctx):
    y, m, d = R.randint(2010, 2023), R.randint(1, 12), R.randint(1, 28)
    return [(R.choice(["%d/%d/%02d" % (m, d, y % 100), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                       "%s %d, %d" % (MON3[m - 1], d, y)]), "DATE")]


def spell_age(n):
    if n == 100:
        return R.choice(["one hundred", "a hundred"])
    if n > 100:
        return R.choice(["one hundred and %s" % ONES[n - 100], "a hundred and %s" % ONES[n - 100],
                         "one hundred %s" % ONES[n - 100]])
    return "ninety" + ("" if n == 90 else R.choice(["-", " "]) + ONES[n - 90])


def g_agew(ctx):
    ctx["tags"].add("evasion")
    return [(spell_age(ctx.setdefault("agenum", R.randint(90, 103))), "AGE")]


def _phone_parts():
    return R.choice(AREA), str(R.randint(201, 989)), digits(4)


def fmt_phone(a, e, l):
    return R.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s",
                     "+1-%s-%s-%s", "%s %s %s", "1-%s-%s-%s", "(%s)%s-%s"]) % (a, e, l)


def g_phone(ctx):
    return [(fmt_phone(*_phone_parts()), "PHONE")]


def g_phone_ext(ctx):
    ctx["tags"].add("ext")
    return [(fmt_phone(*_phone_parts()) + R.choice([" ext. ", " ext ", " x", " x.", ",,"]) + str(R.randint(10, 9999)), "PHONE")]


def g_phone_spelled(ctx):
    ctx["tags"].add("evasion")
    a, e, l = _phone_parts()
    def w(g):
        return " ".join("oh" if (c == "0" and R.random() < 0.6) else DIGIT_WORDS[int(c)] for c in g)
    return [(R.choice([", ", " - ", " "]).join([w(a), w(e), w(l)]), "PHONE")]


def g_phone_zw(ctx):
    a, e, l = _phone_parts()
    if R.random() < 0.5:
        ctx["tags"].update(["evasion", "zero-width"])
        s = "%s\u200b-%s-\u200b%s" % (a, e, l) if R.random() < 0.5 else "%s\u200b%s\u200b%s" % (a, e, l)
    else:
        ctx["tags"].add("evasion")
        s = "%s\u00a0%s\u00a0%s" % (a, e, l)
    return [(s, "PHONE")]


def g_phone_fw(ctx):
    ctx["tags"].update(["evasion", "fullwidth"])
    return [(fullwidth("%s-%s-%s" % _phone_parts()), "PHONE")]


def g_tellink(ctx):
    ctx["tags"].add("slack-markup")
    a, e, l = _phone_parts()
    return [("<tel:", None), ("+1" + a + e + l, "PHONE"), ("|", None), (fmt_phone(a, e, l), "PHONE"), (">", None)]


def _ssn_parts():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def g_ssn(ctx):
    a, b, c = _ssn_parts()
    return [(R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, b, c), "SSN")]


def g_ssn_nosep(ctx):
    ctx["tags"].add("evasion")
    return [("".join(_ssn_parts()), "SSN")]


def g_ssn_spaced(ctx):
    ctx["tags"].add("evasion")
    a, b, c = _ssn_parts()
    return [(R.choice([" ".join(a + b + c), "%s - %s - %s" % (a, b, c), " ".join(a) + "-" + " ".join(b) + "-" + " ".join(c)]), "SSN")]


def g_ssn_mixed(ctx):
    ctx["tags"].add("evasion")
    a, b, c = _ssn_parts()
    return [(R.choice(["%s.%s-%s", "%s-%s.%s", "%s/%s/%s", "%s_%s_%s", "%s.%s.%s"]) % (a, b, c), "SSN")]


def g_ssn_fw(ctx):
    ctx["tags"].update(["evasion", "fullwidth"])
    return [(fullwidth("%s-%s-%s" % _ssn_parts()), "SSN")]


def g_ssn_zw(ctx):
    ctx["tags"].update(["evasion", "zero-width"])
    a, b, c = _ssn_parts()
    return [(R.choice(["%s\u200b-%s-\u200b%s", "%s\u200b%s\u200b%s", "%s-%s\u200b-%s"]) % (a, b, c), "SSN")]


def g_ssn_spelled(ctx):
    ctx["tags"].add("evasion")
    a, b, c = _ssn_parts()
    w = lambda g: " ".join(DIGIT_WORDS[int(x)] for x in g)
    return [(", ".join([w(a), w(b), w(c)]), "SSN")]


def g_emailobf(ctx):
    ctx["tags"].add("evasion")
    fa = slug(R.choice(ORIGINS[R.choice(ORIGIN_KEYS)][0] + ORIGINS[R.choice(ORIGIN_KEYS)][1]))
    la = slug(R.choice(ORIGINS[R.choice(ORIGIN_KEYS)][2]))
    dom, tld = R.choice([("gmail", "com"), ("yahoo", "com"), ("hotmail", "com"), ("icloud", "com"), ("comcast", "net")])
    f = R.choice(["%s.%s [at] %s [dot] %s", "%s.%s at %s dot %s", "%s%s(at)%s(dot)%s", "%s_%s @ %s . %s", "%s.%s AT %s DOT %s"])
    return [(f % (fa, la, dom, tld), "EMAIL")]


def g_email(ctx):
    fa = slug(R.choice(ORIGINS[R.choice(ORIGIN_KEYS)][0] + ORIGINS[R.choice(ORIGIN_KEYS)][1]))
    la = slug(R.choice(ORIGINS[R.choice(ORIGIN_KEYS)][2]))
    return [(R.choice(["%s.%s@gmail.com", "%s%s@yahoo.com", "%s_%s@outlook.com", "%s.%s@icloud.com"]) % (fa, la), "EMAIL")]


def g_mrn(ctx):
    n = R.choice([7, 7, 8, 8, 9, 10])
    s = str(R.randint(1, 9)) + digits(n - 1)
    if R.random() < 0.15:
        s = "00" + digits(n - 2)
    return [(s, "MRN")]


def g_mrn_zw(ctx):
    ctx["tags"].update(["evasion", "zero-width"])
    s = str(R.randint(1, 9)) + digits(7)
    return [(s[:4] + "\u200b" + s[4:], "MRN")]


def g_mrn_spaced(ctx):
    ctx["tags"].add("evasion")
    s = str(R.randint(1, 9)) + digits(7)
    return [(R.choice([" ".join(s), s[:4] + " " + s[4:], s[:3] + "-" + s[3:6] + "-" + s[6:]]), "MRN")]


def g_hpid(ctx):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = R.choice([
        "".join(R.choice(L) for _ in range(3)) + digits(9),
        "W" + digits(9), "1000" + digits(8), "H" + digits(8) + "01",
        "".join(R.choice(L) for _ in range(3)) + " " + digits(4) + " " + digits(5),
        "ZGP" + digits(8), "M" + digits(8)])
    return [(s, "HEALTH_PLAN_ID")]


def g_mbi(ctx):
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(L), R.choice(AN), str(R.randint(0, 9)), R.choice(L), R.choice(AN),
         str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    if R.random() < 0.6:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return [(s, "HEALTH_PLAN_ID")]


def g_medicaid(ctx):
    return [("100" + digits(9), "HEALTH_PLAN_ID")]


def g_acct(ctx):
    s = R.choice([str(R.randint(4, 5)) + digits(9), "7" + digits(7), "A" + digits(10), "G" + digits(8)])
    return [(s, "ACCOUNT_NUMBER")]


def g_bankacct(ctx):
    return [(digits(R.choice([9, 10, 12])), "ACCOUNT_NUMBER")]


def g_dl(ctx):
    s = R.choice(["S" + digits(8), "SA" + digits(7), digits(9), "%s%s-%s-%s" % (R.choice("DFGKMS"), digits(3), digits(4), digits(4)),
                  "NHL" + digits(8), "%s %s %s" % (digits(3), digits(3), digits(3))])
    return [(s, "LICENSE_NUMBER")]


def g_dea(ctx):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    s = R.choice("ABFM") + R.choice("ABCDEFGHJKLMNPRSTWZ") + "".join(map(str, d)) + str(chk)
    return [(s, "LICENSE_NUMBER")]


def g_rnlic(ctx):
    s = R.choice(["RN" + digits(7), "RN-0" + digits(6), "RN" + digits(6), "2" + digits(5), "LPN" + digits(6)])
    return [(s, "LICENSE_NUMBER")]


def g_plate(ctx):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    s = R.choice([str(R.randint(1, 9)) + "".join(R.choice(L) for _ in range(3)) + digits(2),
                  str(R.randint(1, 9)) + "".join(R.choice(L) for _ in range(2)) + " " + digits(3),
                  "".join(R.choice(L) for _ in range(3)) + "-" + digits(4),
                  str(R.randint(1, 9)) + R.choice(L) + R.choice(L) + "-" + R.choice(L) + digits(2)])
    return [(s, "VEHICLE_ID")]


def g_vin(ctx):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = R.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(R.choice(A) for _ in range(10)) + digits(6)
    return [(s, "VEHICLE_ID")]


def g_serial(ctx):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = R.choice(["PJN" + digits(6) + "H", "NG" + digits(7) + "H", "SM" + digits(8),
                  "8" + "".join(R.choice(A) for _ in range(5)), digits(4) + "A" + digits(4),
                  "RNH" + digits(6) + "S", "%s-%s" % ("".join(R.choice(A) for _ in range(4)), digits(5))])
    return [(s, "DEVICE_ID")]


def g_ip(ctx):
    s = R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                  "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)),
                  "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                  "fe80::%x:%x:%x:%x" % (R.randint(4096, 65535), R.randint(4096, 65535), R.randint(4096, 65535), R.randint(4096, 65535))])
    return [(s, "IP_ADDRESS")]


def g_url(ctx):
    s = R.choice([
        "https://mychart.harborcitymed.org/MyChart/Visit?pid=Z%s" % digits(7),
        "https://portal.harborcitymed.org/ed/status?pt=%s&v=%s" % (digits(8), digits(4)),
        "https://harborcitymed.org/track?mrn=%s" % digits(8),
        "https://mychart.harborcitymed.org/visit/%s" % digits(9),
        "https://telehealth.harborcitymed.org/join?patient=%s" % digits(7)])
    return [(s, "URL")]


def _town():
    return R.choice(TOWNS)


def _street():
    s = "%d %s %s" % (R.randint(2, 1899), R.choice(STREETS), R.choice(SUFFIX))
    r = R.random()
    if r < 0.2:
        s += " Apt %s" % R.choice([str(R.randint(1, 40)), "3R", "2L", "B", "1F", "402"])
    elif r < 0.3:
        s += " #%d" % R.randint(1, 30)
    return s


def g_addr(ctx):
    t, zips = _town()
    z = R.choice(zips)
    if R.random() < 0.15:
        z += "-" + digits(4)
    st = _street()
    s = R.choice(["%s, %s, MA %s", "%s, %s MA %s", "%s %s MA %s", "%s, %s, Mass. %s"]) % (st, t, z)
    if R.random() < 0.2:
        s = "%s, %s" % (st, t)
    return [(s, "ADDRESS")]


def g_street(ctx):
    return [(_street(), "ADDRESS")]


def g_town(ctx):
    return [(ctx.setdefault("townrec", _town())[0], "ADDRESS")]


def g_zip(ctx):
    z = R.choice(ctx.setdefault("townrec", _town())[1])
    if R.random() < 0.2:
        z += "-" + digits(4)
    return [(z, "ADDRESS")]


def g_pobox(ctx):
    return [(R.choice(["PO Box %d", "P.O. Box %d", "po box %d"]) % R.randint(10, 9999), "ADDRESS")]


def g_cc(ctx):
    kind = R.choice(["v", "v", "m", "a"])
    if kind == "a":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        s = R.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n])
    else:
        n = luhn_complete("4" if kind == "v" else R.choice(["51", "52", "55"]), 16)
        sep = R.choice([" ", "-", ""])
        s = sep.join([n[:4], n[4:8], n[8:12], n[12:]])
    return [(s, "CREDIT_CARD")]


# --- non-PHI fillers --------------------------------------------------------
def plain(f):
    return lambda ctx: [(f(), None)]


HOSP = ["MGH", "BMC", "Beth Israel", "Tufts", "Carney", "St. E's", "Boston Children's", "McLean",
        "Faulkner", "Lahey", "UMass Memorial", "Brigham", "Cambridge Health", "Melrose-Wakefield"]
EMS = ["Boston EMS", "Cataldo", "Brewster", "Fallon", "Armstrong", "Action Ambulance", "Med 9",
       "Chelsea FD", "Trinity EMS", "Pro EMS"]
LANG = ["Spanish", "Haitian Creole", "Cape Verdean Creole", "Portuguese", "Vietnamese", "Cantonese",
        "Mandarin", "Somali", "Arabic", "Russian", "Amharic", "Nepali", "ASL", "Tigrinya", "Khmer",
        "Dari", "Polish", "Ukrainian", "Tagalog", "Twi"]
DX = ["chest pain", "SI", "ETOH intox", "mechanical fall", "SOB", "abd pain", "syncope",
      "sickle cell crisis", "COPD exac", "OD", "hip fx", "scalp lac", "seizure", "AMS", "psychosis",
      "DKA", "cellulitis", "back pain", "CHF exac", "GI bleed", "head strike on thinners"]
UNITS = ["5W", "4N tele", "7 Med", "CDU", "SICU", "MICU", "obs", "6E step-down", "BH unit",
         "peds floor", "8 Surg", "3 Ortho", "Geri-psych", "PACU overflow"]
FAC_ADDR = ["1200 Harbor Point Blvd", "88 Tremont Way", "450 Albany St", "1 Harbor Medical Plaza",
            "2100 Dorchester Ave", "75 Dudley Sq"]
FAC = ["Harbor City Medical Center", "HCMC South", "the Dudley Sq health center", "Harbor Point campus",
       "the Quincy urgent care"]
VENUES = [("Hibernian Hall", "184 Dudley St"), ("the Seaport Hotel", "1 Seaport Ln"),
          ("Lucky Strike", "145 Ipswich St"), ("the Harbor Point atrium", "1200 Harbor Point Blvd")]

FILL = {
    "n": plain(lambda: str(R.randint(2, 9))),
    "big": plain(lambda: str(R.randint(11, 64))),
    "pct": plain(lambda: str(R.randint(3, 96))),
    "yo": plain(lambda: str(R.randint(19, 88))),
    "time": plain(lambda: R.choice(["3p", "1430", "14:30", "7:15", "noon", "2am", "0600", "11", "4:45",
                                    "1915", "9ish", "10:30", "2300", "6p"])),
    "mtg": plain(lambda: R.choice(["Thu 3/20", "3/27", "April 2", "Tues", "the 14th", "12/9", "Mon 11/17",
                                   "Friday 6/6", "Oct 1", "next Wed", "1/15", "2/28", "Sept 30",
                                   "Wed 10/22", "May 5th"])),
    "deadline": plain(lambda: R.choice(["Fri", "EOD", "5/1", "end of month", "noon tmrw", "the 15th", "6/30"])),
    "ticket": plain(lambda: R.choice(["INC00%s" % digits(5), "DEL-%s" % digits(4), "REQ00%s" % digits(5),
                                      "CHG00%s" % digits(5), "RITM00%s" % digits(5), "SR-%s" % digits(5),
                                      "INC0%s" % digits(6)])),
    "po": plain(lambda: "45000" + digits(5)),
    "invoice": plain(lambda: R.choice(["INV-%s" % digits(6), "%s-%s" % (digits(2), digits(5)), "BA%s" % digits(7)])),
    "contract": plain(lambda: "C-%s-%s" % (R.choice(["2025", "2026"]), digits(3))),
    "order": plain(lambda: digits(7)),
    "ext": plain(lambda: R.choice(["x%s" % digits(4), "ext %s" % digits(4), "x6-%s" % digits(4), "ext. %s" % digits(5)])),
    "ver": plain(lambda: R.choice(["v%d.%d.%d" % (R.randint(2, 12), R.randint(0, 9), R.randint(0, 20)),
                                   "build 2024.%d.0.%d" % (R.randint(1, 12), R.randint(1, 9)),
                                   "%d.%d" % (R.randint(1, 9), R.randint(0, 30)), "v2025.1.%d" % R.randint(1, 40)])),
    "money": plain(lambda: R.choice(["$%s" % format(R.randint(200, 48000), ","), "$%d.%02d" % (R.randint(5, 95), R.randint(0, 99)),
                                     "$%dk" % R.randint(2, 400)])),
    "policy": plain(lambda: R.choice(["NUR-0%d" % R.randint(100, 999), "ED-POL-%d" % R.randint(100, 199),
                                      "PC.%d" % R.randint(100, 400), "ADM-%02d" % R.randint(1, 60)])),
    "zoom": plain(lambda: "%s %s %s" % (digits(3), digits(4), digits(4))),
    "zoomdigits": plain(lambda: digits(11)),
    "npi": plain(lambda: "1" + digits(9)),
    "cpt": plain(lambda: R.choice(["99285", "99284", "99291", "36415", "93010", "90792", "99283", "12002"])),
    "icd": plain(lambda: R.choice(["F32.9", "R07.9", "S72.001A", "F20.9", "R45.851", "T40.1X1A",
                                   "W19.XXXA", "F10.129", "I50.9", "D57.00"])),
    "fac_addr": plain(lambda: R.choice(FAC_ADDR)),
    "fac_zip": plain(lambda: R.choice(["02118", "02119", "02125"])),
    "fac": plain(lambda: R.choice(FAC)),
    "hosp": plain(lambda: R.choice(HOSP)),
    "ems": plain(lambda: R.choice(EMS)),
    "lang": plain(lambda: R.choice(LANG)),
    "dx": plain(lambda: R.choice(DX)),
    "unit": plain(lambda: R.choice(UNITS)),
    "road": plain(lambda: R.choice(["Rte 1A", "Blue Hill Ave", "Mass Ave", "the rotary", "Rte 28", "the Pike exit", "Morrissey Blvd"])),
    "btown": plain(lambda: _town()[0]),
    "exp": plain(lambda: "%02d/%02d" % (R.randint(1, 12), R.randint(26, 30))),
    "enddate": plain(lambda: R.choice(["6/30/25", "9/30", "12/31/2025", "10/31"])),
    "fy": plain(lambda: R.choice(["FY2026", "Q3", "FY26 Q2", "Q4", "FY2025"])),
    "asset": plain(lambda: R.choice(["HC-00%s" % digits(4), "%s" % digits(7), "BIOMED-%s" % digits(5)])),
    "costctr": plain(lambda: R.choice(["6120-ED", "7410", "61200", "ED-4410"])),
    "pd": plain(lambda: R.choice(["BPD", "State Police", "Transit PD", "Chelsea PD", "campus police", "Quincy PD"])),
    "env": plain(lambda: digits(5)),
    "lot": plain(lambda: R.choice(["lot B", "the garage", "the ambulance bay", "lot D", "the Albany St lot"])),
}


def g_room(ctx):
    used = ctx.setdefault("rooms", set())
    r = R.randint(1, 38)
    while r in used:
        r = R.randint(1, 38)
    used.add(r)
    return [(str(r), None)]


def g_venue(ctx):
    v = ctx.setdefault("venuerec", R.choice(VENUES))
    return [(v[0], None)]


def g_venue_addr(ctx):
    v = ctx.setdefault("venuerec", R.choice(VENUES))
    return [(v[1], None)]


GEN = {
    "dob": g_dob, "kdob": g_kdob, "date": g_date, "dshort": g_dshort, "dmon": g_dmon, "age": g_age, "agew": g_agew,
    "phone": g_phone, "fax": g_phone, "phoneext": g_phone_ext, "phonesp": g_phone_spelled,
    "phonezw": g_phone_zw, "phonefw": g_phone_fw, "tellink": g_tellink,
    "ssn": g_ssn, "ssnnosep": g_ssn_nosep, "ssnspaced": g_ssn_spaced, "ssnmixed": g_ssn_mixed,
    "ssnfw": g_ssn_fw, "ssnzw": g_ssn_zw, "ssnspelled": g_ssn_spelled,
    "mrn": g_mrn, "email": g_email, "emailobf": g_emailobf, "mrnzw": g_mrn_zw, "mrnspaced": g_mrn_spaced, "hpid": g_hpid, "mbi": g_mbi,
    "medicaid": g_medicaid, "acct": g_acct, "bankacct": g_bankacct, "dl": g_dl, "dea": g_dea,
    "rnlic": g_rnlic, "plate": g_plate, "vin": g_vin, "serial": g_serial, "ip": g_ip, "url": g_url,
    "addr": g_addr, "street": g_street, "town": g_town, "zip": g_zip, "pobox": g_pobox, "cc": g_cc,
    "venue": g_venue, "room": g_room, "venueaddr": g_venue_addr,
}
for k, f in FILL.items():
    GEN.setdefault(k, f)
PHI_GENS = {k for k in GEN if k not in FILL and k not in ("venue", "venueaddr", "room")}

SLOT = re.compile(r"\{([A-Za-z_]+?)(\d*)(?:\.([A-Za-z_]+))?\}")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


def render_once(tpl):
    ctx = {"tags": set()}
    persons = {}
    cache = {}
    slots = SLOT.findall(tpl)
    need_nick = {b + n for b, n, a in slots if a in ("nick", "nickfull")}
    if any(b in ("age", "agew") for b, n, a in slots):
        ctx["agenum"] = R.randint(90, 103)
    parts = []
    pos = 0
    for m in SLOT.finditer(tpl):
        parts.append((tpl[pos:m.start()], None))
        base, num, attr = m.groups()
        key = base + num
        if base in PERSON_KINDS and num and attr:
            if key not in persons:
                taken = set()
                for p in persons.values():
                    taken.update([p.firstname, p.lastname])
                persons[key] = Person(base, key in need_nick, taken)
            parts.extend(persons[key].attr(attr, ctx))
        else:
            if attr:
                raise KeyError("attr on non-person slot %r" % m.group(0))
            if key not in cache:
                cache[key] = GEN[base](ctx)
            parts.extend(cache[key])
        pos = m.end()
    parts.append((tpl[pos:], None))
    text = ""
    spans = []
    inserted = []
    for seg, typ in parts:
        if typ:
            inserted.append(len(text.encode("utf-8")))
            spans.append({"type": typ, "value": seg})
        text += seg
    # re-check exactly like the checker: left-to-right byte search
    b = text.encode("utf-8")
    p = 0
    for sp, want in zip(spans, inserted):
        v = sp["value"].encode("utf-8")
        i = b.find(v, p)
        if i != want:
            raise Redraw()
        p = i + len(v)
    return text, spans, ctx["tags"]


def render(tpl):
    for _ in range(200):
        try:
            return render_once(tpl)
        except Redraw:
            continue
    raise RuntimeError("could not render %r" % tpl)


def form_tags(text):
    t = set()
    if "\n" in text:
        t.add("multiline")
    if re.search(r"<@U|<mailto:|<tel:|<https?:|`|\*[^*\s][^*]*\*|^\s*[•\-] |^> ", text, re.M):
        t.add("slack-markup")
    if any(ord(c) >= 0x2600 and not (0xFF00 <= ord(c) <= 0xFFEF) for c in text):
        t.add("emoji")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
        t.add("fullwidth")
    if "\u200b" in text:
        t.add("zero-width")
    return t




# ---------------------------------------------------------------------------
# message frames.  {p1.full} etc = patient / relative / visitor (NAME);  {s1.*} staff,
# {d1.*} clinician staff, {x1.*} executive, {v1.*} vendor: never NAME.
# Conservative types (phone, e-mail, licence, ip, card...) are PHI whoever they belong to.
PHI_FRAMES = [
    # --- EMS / arrivals
    ("ems", "EMS prenote {ems}: {age}{p1.sex} from home, fall, on thinners. pt is {p1.full}, DOB {dob}. ETA {n} min -> resus {room}"),
    ("ems", "*Incoming* {ems} ALS w/ {p1.inv}, {yo}{p1.sex}, {dx}. lives alone at {addr}, neighbor {p2.first} called it in"),
    ("ems,lowercase", "medic just dropped off {p1.lower} from {town} for {dx}, no ID on {p1.him}, says dob is {dob}"),
    ("ems,belongings", "ambulance bay: {ems} crew left a pt bag w/ {p1.full}'s wallet inside, DL {dl}. who has it now?"),
    ("ems,structured", "EMS handoff sheet pasted:\n> Name: {p1.inv}\n> DOB: {dob}\n> Addr: {addr}\n> Ph: {phone}\n> CC: {dx}\ncan someone get this into registration"),
    ("ems", "fyi {ems} bringing back {p1.full} (frequent flyer, {dx}) - last here {date}. pls page SW"),
    ("transfer", "Med flight landing {time} w/ transfer from {hosp}: {p1.full}, their MRN {mrn}. ours not assigned yet"),
    ("ems", "EMS says pt's {p1.rel} {p1.full} is following in {p1.his} own car, plate {plate}, will park in {lot}"),
    ("ems,typo", "ambo from {ems} w/ {p1.llast} agian, {yo} y/o, {dx}. prob needs sitter. mrn {mrn}"),
    ("ems", "Boston EMS run sheet says pt name {p1.mid} but pt says it's {p1.nickfull}. who's right lol"),
    ("ems", "{ems} on the radio: {age}yo {p1.sex} from a nursing home, pt {p1.last}, fever + AMS. ETA 8"),
    ("ems,multiline", "EMS wall time report\n{room} - {p1.last} - 52 min\n{room2} - {p2.last} - 40 min\nhall {n} - {p3.last} - 35 min\ncan we offload??"),
    # --- bed board / boarding
    ("bedboard,multiline", "bed board {time}:\n• {room} {p1.last} - admit {unit}, bed ready\n• {room2} {p2.last} - pending tele\n• hall {n} {p3.last} - psych boarder day {n2}"),
    ("bedboard", "{unit} says they can take {p1.last} but not {p2.last} til EVS cleans. thoughts?"),
    ("bedboard,psych", "psych boarder {p1.full} day {n} in {room}, ESP still looking. {p1.his} mom {p2.full} calling every hour, cell {phone}"),
    ("bedboard", "can we move {p1.full} (rm {room}) to hall {n}? need the room for a trauma"),
    ("bedboard", "bed ahead for {p1.inv} MRN{mrn} -> {unit}, ETA to floor {time}"),
    ("bedboard,lowercase", "admitting {p1.llast} to tele, mrn {mrn}, bed {room}. hospitalist is Dr. {d1.last}"),
    ("bedboard,multiline", "holding list:\n{p1.last} {mrn}\n{p2.last} {mrn2}\n{p3.last} {mrn3}\nall need tele, none assigned"),
    ("bedboard", "does anyone know why {p1.full} is still showing on the board? d/c'd {dshort} per {s1.first}"),
    ("bedboard,table", "```\nBED  PT                 MRN        DISPO\n{room}   {p1.inv}   {mrn}    admit {unit}\n{room2}   {p2.inv}   {mrn2}    d/c home\n```"),
    ("bedboard,table", "| bay | name | dob |\n|---|---|---|\n| {room} | {p1.full} | {dob} |\n| {room2} | {p2.full} | {dob2} |"),
    ("bedboard", "boarders as of {time}: 1) {p1.last} rm {room} 2) {p2.last} rm {room2} 3) {p3.last} hallway. {unit} blocked for C.diff"),
    ("bedboard", "two pts named {p1.last} on the board rn 😵 {p1.first} in {room} and {p2.first} in {room2}, name alert on pls"),
    ("bedboard", "{s1.first} pls swap {p1.last} and {p2.last} on the board, they're reversed. {p1.last} is the {dx}"),
    ("bedboard", "Bed assigned: {unit} 12B for {p1.full} (MRN {mrn}). Transport requested {time}."),
    ("bedboard", "why is {p1.lower} still in the hallway at {time}?? {p1.hes} {age}"),
    ("bedboard,structured", "Pt {p1.full} DOB {dob} MRN {mrn} - registered under wrong DOB {dob2}, pls fix before admit"),
    # --- transfers
    ("transfer", "Transfer center: {hosp} wants to send {p1.full}, {yo}{p1.sex}, {dx}. accept? their callback {phone}"),
    ("transfer", "transfer out to {hosp} for {p1.last} - packet needs facesheet, MRN {mrn}, insurance {hpid}"),
    ("transfer", "hey is the {hosp} transfer for {p1.first} still on? {p1.his} {p2.rel} {p2.first} is asking at triage"),
    ("transfer", "CMED confirmed {time} pickup for {p1.inv} ({mrn}). DNR paperwork in the envelope"),
    ("transfer,formal", "Good afternoon, please be advised that {p1.full} (DOB {dob}) has been accepted at {hosp}. Sending RN: {s1.full}. Receiving RN phone: {phone}."),
    ("transfer", "{hosp} transfer line is {phone} if anyone needs it for {p1.last} later"),
    ("transfer", "fax the transfer packet for {p1.full} to {hosp} at {fax}, attn {s1.first}"),
    ("transfer,multiline", "transfers pending:\n- {p1.last} -> {hosp} (ICU bed)\n- {p2.last} -> {hosp2}\n- {p3.last} -> McLean, waiting on insurance auth {hpid}"),
    ("transfer", "accepting MD at {hosp} asked for {p1.full}'s med list + last EKG from {date}"),
    ("transfer,psych", "psych transfer paperwork for {p1.full}: section 12 signed {dshort}, MassHealth {medicaid}"),
    ("transfer", "{hosp} declined {p1.last} (no beds) - trying {hosp2}. {p1.his} {p2.rel} wants a call at {phone}"),
    # --- police holds / security
    ("police", "PD hold in {room}: {p1.full}, in custody, officer at bedside. DL on file {dl}. do NOT give out info"),
    ("police", "police asking if {p1.last} is here. {p1.he} is (bed {room}) but we don't confirm, route to house sup"),
    ("police,psych,lowercase", "section 12 on {p1.lower} signed {time}. {p1.his} {p2.rel} {p2.full} wants to visit, security says no"),
    ("security,vehicle", "car in ambulance bay belongs to {p1.full}, plate {plate}, tow at {time} if not moved"),
    ("security,vehicle", "vehicle {vin} towed from {lot} - owner is our pt {p1.last} in {room}. tow co needs a contact #"),
    ("security", "code grey {room} - {p1.full} swinging at staff, security en route, {p1.his} bf {p2.first} escorted out"),
    ("security,visitor", "visitor restriction: do NOT allow {p2.full} to see {p1.full}. restraining order on file, pic at security desk"),
    ("security,ticket", "security report {ticket} - pt {p1.last}, {room}, DOB {dob}, struck tech at {time}"),
    ("police", "{pd} dropped {p1.inv} for medical clearance, booking #{n}{n2}{n3}. {p1.he} says dob {dob}"),
    ("security", "security has a wallet from last night - ID says {p1.full}, {addr}. no match on board?"),
    ("police", "officer wants {p1.last}'s d/c time so they can pick up. we can't give that out right??"),
    ("security,visitor", "visitor badge log {dshort}: {p2.full} -> {p1.last} {room}, {p3.full} -> {p1.last} {room}"),
    ("police,vehicle", "{pd} asking about the car {p1.full} came in - MA plate {plate}. it's still in the lot"),
    # --- psych
    ("psych", "ESP eval done for {p1.full}, meets criteria, bed search started. HCP is {p2.full} {phone}"),
    ("psych", "1:1 sitter needed for {room} ({p1.full}), SI w/ plan"),
    ("psych", "DMH wants the MassHealth # for {p1.last}: {medicaid}"),
    ("psych", "boarding psych {p1.inv} DOB {dob} - {unit} finally called back, bed at {time}"),
    ("psych", "{p1.first} in {room} is day {n} boarding, {p1.his} {p2.rel} {p2.full} called DMH to complain"),
    ("psych,lowercase", "eloped?? {p1.lfirst} from hall {n} not in room. last seen {time}. security pls, pt lives in {town}"),
    ("psych", "crisis team needs guardian info for {p1.full}: guardian {p2.full}, {phoneext}"),
    # --- interpreters
    ("interpreter", "need {lang} interpreter in {room} for {p1.title} {p1.last}, video iPad is dead again"),
    ("interpreter", "{p1.full}'s {p2.rel} doesn't want to interpret, wants in-person {lang}. anyone by {time}?"),
    ("interpreter", "Language line ({lang}) for {p1.first}: pt says {p1.he} lives at {street} but doesn't know the zip"),
    ("interpreter", "interp for {room} {p1.last} ({lang}) booked {time}, CyraCom conf # {zoom}"),
    ("interpreter,lowercase", "pls stop using {p1.lfirst}'s 10yo as interpreter 🙏 get the iPad. {room}"),
    # --- callbacks
    ("callback,multiline", "callback list 📞\n- {p1.full} {phone} re: culture\n- {p2.full} {phone2} re: xray overread\n- {p3.first} ({p3.rel} of pt in {room}) {phone3}"),
    ("callback", "can someone call back {p1.first} at {phone}? ucx positive, needs abx called in. dob {dob}"),
    ("callback,bot", "@flowbot call back {p1.full} tmrw am re: wound check, number {phone}"),
    ("callback,lowercase", "lab callback: K 6.8 on {p1.llast}, mrn {mrn}, pt d/c'd {dshort}. who calls?"),
    ("callback,slack-markup", "<@U02F7KQ3B> can u return a call from {p1.full}'s daughter? {tellink}"),
    ("callback,account", "vm from {p1.full}: says {p1.he} was seen {date} and got a bill for {money}. acct {acct}. wants callback {phone}"),
    ("callback", "LWBS callback: {p1.full} {phone} - no answer x2, left vm"),
    ("callback,structured,slack-markup", "*Callback needed*\n• Name: {p1.full}\n• Phone: {phone}\n• Re: {dx} f/u\n• Due: {dmon}"),
    ("callback,evasion", "pt {p1.first} gave alt number {phonesp}, main one is off"),
    ("callback", "cell for {p1.last}'s son: {phonezw}"),
    ("callback", "can someone call {p1.title} {p1.last} at {phone}? {p1.hes} asking about {p1.his} {p2.rel} {p2.first}'s belongings"),
    ("callback,bot", "/flowbot schedule callback {p1.full} {phone} {dmon} 10am"),
    ("callback", "prelim read changed on {p1.last} (seen {dshort}) - rads wants pt called back. # on file {phone}"),
    ("callback,fullwidth", "pt's daughter typed her number as {phonefw} in the kiosk, reg can't search it. pt {p1.full}"),
    # --- belongings / lost & found
    ("belongings", "lost & found: upper denture cup labelled '{p1.last}' found in {room}"),
    ("belongings,structured,multiline", "pt property log\nname: {p1.inv}\nMRN: {mrn}\nitems: wallet, iphone, keys, ${n}0 cash\nsigned by {s1.first} (security)"),
    ("belongings,device", "{p1.first}'s insulin pump got left in CT, serial {serial}. pt's up on {unit} now"),
    ("belongings,device", "family of {p1.full} says {p1.his} glasses + hearing aids (serial {serial}) were lost when moved to {unit} on {dshort}"),
    ("belongings", "DL found under stretcher in {room}: {dl}, name {p1.upper}. pls return to pt"),
    ("belongings,device,emoji", "hearing aids found in {room} trash 😬 serial {serial}, belongs to {p1.full} (d/c'd {date}). holding at security"),
    ("belongings", "found: rosary + wedding ring in {room}, pt {p1.full} went to {hosp}. ring in security safe, env #{env}"),
    ("belongings", "who has the belongings bag for {p1.title} {p1.last}? son {p2.full} is here to pick up"),
    ("belongings", "{p1.last} d/c'd, waiting on ride, left {p1.his} cane. pls call {phone}"),
    ("belongings", "Pt belongings: 1 black backpack, 1 cell (cracked), $23. Pt: {p1.inv}. Rm {room}. Bag #{n}{n2}."),
    ("belongings,device", "CGM transmitter {serial} came off {p1.full} in {room}, family bringing a spare"),
    ("belongings", "{p2.full} called re: a purse left by {p2.his} mom {p1.full} (seen {date}). do we have it?"),
    # --- staff who are patients / employee health
    ("employee-health", "heads up, {p1.full} (our PCT on nights) is in {room} as a pt. pls keep {p1.his} name off the big board"),
    ("employee-health", "employee health: {p1.full} from EVS got a needle stick {dshort}, source pt mrn {mrn}"),
    ("employee-health", "one of ours, {p1.full}, RN, came in by ambulance after MVC. VIP flag pls, family ({p2.first}) on the way"),
    ("employee-health", "{p1.first} from transport is being seen in fast track, {p1.he} asked that only {s1.first} be {p1.his} nurse"),
    ("employee-health", "EH case: {p1.full}, badge-holder, exposure {date}. f/u labs due {dmon}"),
    # --- VIP
    ("vip", "VIP in {room}: {p1.full} (city councilor). restrict chart, tell registration"),
    ("vip", "*VIP alert* {p1.inv} - board member's mother, {age} y/o, DOB {dob}. CNO {x1.full} wants updates"),
    ("vip", "pls be discreet - {room} is {p1.full}, the news anchor. no photos, no board display"),
    ("vip", "{x1.full} asked me to personally check on {p1.full} in {room}, family friend"),
    # --- registration / structured identifiers
    ("registration", "reg needs ssn for {p1.full}: {ssn}"),
    ("registration,structured,multiline", "facesheet for {p1.last}:\nDOB {dob}\nSSN {ssn}\nIns {hpid}\nPh {phone}\nAddr {addr}"),
    ("registration", "can u merge duplicate MRNs {mrn} and {mrn2}? same pt ({p1.full})"),
    ("registration", "wrong pt on armband!! {room} is {p1.full} dob {dob} NOT {p2.full} dob {dob2}"),
    ("registration,account", "HAR {acct} for {p1.last} never got the self-pay discount, can fin counselor call {p1.him} at {phone}"),
    ("registration", "MBI {mbi} bounced for {p1.full} - medicare says not eligible? dob {dob}"),
    ("registration", "insurance card pic: member id {hpid}, subscriber {p2.full} ({p2.rel}). pt is {p1.first}"),
    ("registration,evasion", "SSN is {ssnnosep} per pt but reg says doesn't match. {p1.full}, {room}"),
    ("registration,evasion", "{p1.his} social: {ssnspaced} - can you enter, {p1.full} in fast track"),
    ("registration,evasion,lowercase", "ss# {ssnmixed} for {p1.lower}, pls verify w/ {p1.him}"),
    ("registration,fullwidth", "pt typed ssn in kiosk as {ssnfw}, {p1.full}. reg can't read it"),
    ("registration,zero-width", "copied from epic: MRN {mrnzw} ({p1.last}) - why won't it paste into the transfer form"),
    ("registration,evasion", "pt read me {p1.his} ssn over the phone: {ssnspelled}. name {p1.full}"),
    ("registration,zero-width", "pasting for reg: {p1.full} soc {ssnzw}"),
    ("registration", "MNR {mrn} / dbo {dob} / {p1.last} - armband printer jammed, need reprint"),
    ("registration,typo", "dob {dob} - pls check armband on {p1.typo}, think reg spelled it wrong"),
    ("registration", "medicaid id {medicaid} inactive for {p1.first}? coverage ended {enddate}"),
    ("registration,account", "bank acct {bankacct} on the refund form for {p1.full} - finance asks who wrote it on there"),
    ("registration", "last 4 doesn't match what we have - full ssn per pt is {ssn}, pt {p1.full}"),
    ("registration", "need chart # for {p1.full}, think it's {mrn} or {mrn2}"),
    ("registration", "pls send {p1.inv} / {mrn} / {hpid} to UM for review"),
    ("registration,account", "patient acct # {acct} - {p1.full} wants an itemized bill for the {dshort} visit"),
    ("registration,evasion", "mrn is {mrnspaced} (pt read it off {p1.his} card). {p1.full}"),
    ("registration", "pt states name is {p1.full} but ID says {p2.full}. DOB on ID {dob}. reg + security pls"),
    ("registration", "{p1.upper} DOB {dob} - caps bc the registration screen is yelling at me"),
    ("registration,multiline", "RE: {p1.inv} (MRN {mrn})\nDate of service: {date}\nPlease see attached records request from {hosp}."),
    ("registration", "{p1.last} {mrn} {dob} -> {unit}"),
    ("registration,nickname", "reg double-booked {p1.full} under {p1.nickfull}. merge pls, MRNs {mrn} + {mrn2}"),
    ("registration", "Medicare # on file for {p1.last} is {mbi}, secondary {hpid}"),
    # --- ages
    ("age", "{age}yo in {room} ({p1.last}) wants to go home, daughter refusing"),
    ("age,evasion", "pt is {agew} yrs old, {p1.full}, lives at senior housing in {town}, fell {dshort}"),
    ("age,emoji", "{p1.title} {p1.last} turns {age} today lol, got {p1.him} a cupcake from the caf 🎂"),
    ("age,age-aggregate", "two boarders over 90 right now: {p1.last} ({age}) and {p2.last} ({age2})"),
    ("age", "{p1.first} ({age}) has been on a stretcher 19 hrs. pressure injury risk, need a real bed"),
    ("age,evasion", "{p1.title} {p1.last} told me {p1.he} is {agew} and sharp as a tack 😂 (rm {room})"),
    # --- addresses / discharge rides
    ("address,discharge", "cab voucher for {p1.full} to {addr}, ok'd by {s1.first}"),
    ("address", "pt {p1.first} says home is {street} off {road} in {town}"),
    ("address", "{p1.last} says mail goes to {pobox}, no street address"),
    ("address,discharge", "pt lives in {town}, zip {zip}, needs ride home - {p1.full}"),
    ("address", "home safety check requested for {p1.full} at {addr}"),
    ("address,discharge", "chair car for {p1.full} to {addr} at {time}, booked w/ {ems}"),
    ("address,discharge,vehicle", "ride home for {p1.first}: {p1.his} {p2.rel} picking up, car is {plate} (silver camry)"),
    ("address", "AMA form unsigned for {p1.last} ({room}), pt already gone. address on file {addr}"),
    ("address", "chart correction: wrong zip for {p1.full}, should be {zip}"),
    ("address", "{p1.full}, {addr}, {phone} - need all of this on the AMA letter"),
    ("address,lowercase", "fwd from triage: \"{p1.lower}, {yo}{p1.sex}, from {town}, walked in w/ {dx}\""),
    ("address", "shelter d/c for {p1.last}? {p1.he} gave {addr} but says {p1.hes} not staying there"),
    # --- emails / urls / ip / card / licence / device
    ("email", "{p1.first}'s niece wants records emailed to {email} - we can't do that, right?"),
    ("email,slack-markup", "pt email for portal signup: {p1.mailto}"),
    ("email,evasion", "forwarding from {p1.full}: \"please send my discharge papers to {emailobf}\""),
    ("email,evasion", "pt {p1.last} wrote {p1.his} email on the form as {emailobf}"),
    ("email,multiline", "---------- Forwarded message ---------\nFrom: {p2.email}\nSubject: my dad {p1.full}\n\nhe was in your ER {date} and they lost his hearing aids. please call me"),
    ("email", "Pls notify {p2.full}, {p1.full}'s POA, at {p2.email}"),
    ("url", "family sending everyone this link {p1.url} - is that ok??"),
    ("url", "pt {p1.last} says the visit link {url} isn't working"),
    ("url", "someone posted {p1.first}'s fundraiser in the staff chat: {p1.url}. pls take it down"),
    ("ip,ticket", "triage kiosk ({ip}) froze w/ {p1.full}'s chart up on screen. IT ticket {ticket}"),
    ("ip", "registration printer {ip} printing armbands for {p1.last} twice"),
    ("ip,ticket", "Vocera server {ip} down again, use the phones. {ticket}"),
    ("ip", "bed board TV in the hallway is {ip}? no wait, {ip2}. IT wants it"),
    ("credit-card", "pt's {p2.rel} wants to pay parking on {p2.his} card over the phone: {cc}, {p2.full}. I said not over chat!!"),
    ("credit-card", "night shift pizza order, corp card {cc} exp {exp}, ordered by {s1.first}"),
    ("credit-card", "copay taken at triage for {p1.last}, card # {cc}, receipt printer broke"),
    ("license", "Dr. {d1.last}'s DEA {dea} printing wrong on scripts, pt {p1.last} got turned away at CVS"),
    ("license,credentialing", "new travel RN {s1.full}, lic {rnlic}, HR needs verification by {deadline}"),
    ("license", "pt left AMA but DL still in our safe: {dl} ({p1.full})"),
    ("license,credentialing", "locum DEA # {dea}, ok to load into pyxis? Dr. {d1.last} starts {mtg}"),
    ("device", "pacer interrogation for {p1.last}: Medtronic, SN {serial}, rep on the way"),
    ("device", "LVAD pt {p1.full} in resus, controller serial {serial}, VAD coordinator paged"),
    ("business-contact", "Stryker rep for the stretchers is {v1.full}, {v1.bemail}, {phone}"),
    ("business-contact", "CyraCom account mgr {v1.first}: cell {phone} if the video carts go down again"),
    ("business-contact,slack-markup", "new {v1.co} contact is {v1.full} {v1.mailto}"),
    ("business-contact", "transfer center direct line changed -> {phone}. update your favs"),
    ("business-contact", "house sup cell tonight is {phone} ({s1.first})"),
    ("business-contact", "send the boarding numbers to {s1.bemail} before the {time} huddle"),
    ("business-contact", "SNF calling about {p1.full}: their fax {fax}, attn {s1.first}"),
    # --- relatives / visitors / families
    ("family", "{p1.full}'s {p2.rel} is in the waiting room, {p2.first}, wants an update. who's the nurse?"),
    ("family", "HCP for {room}: {p2.full}, {phone}. pt is {p1.full}"),
    ("family", "guardian {p2.full} needs to sign for {p1.first}, {p2.he} gets off work at 5"),
    ("family", "{p1.first} in {room} is DNR/DNI, MOLST in chart, son {p2.full} has the original"),
    ("family", "child in {room}: {p2.mom} {p2.full} at bedside, other parent {p3.full} on the way, custody issue, security aware"),
    ("family", "kiddo in {room} ({p1.first}, dob {kdob}) - {p2.mom} {p2.first} says pediatrician is out, f/u {dmon}"),
    ("family", "pls add to board notes: {p1.last} - NO BLOOD (JW), HCP {p2.full}"),
    ("family", "{p1.full}'s daughter {p2.first} is a nurse at {hosp} and wants to talk to the attending. pls grab Dr. {d1.last}"),
    ("family", "phone # on file for {p1.last} is disconnected ({phone}). any other contact? {p1.his} {p2.rel} maybe"),
    ("family,nickname", "{p1.nick} from {room} is asking for {p1.his} sister again. it's {p1.full}, the {dx}"),
    ("family,nickname", "pt goes by {p1.nick}, legal name {p1.inv}"),
    ("family,bot,nickname", "@flowbot add {p1.nickfull} to callback list, # is {phone}"),
    ("family", "{p2.first} ({p1.last}'s {p2.rel}) keeps calling triage, can someone give a 2 min update"),
    ("family", "{p1.full} and {p2.full} both waiting on {unit} beds. they're married, can they room together?"),
    # --- death
    ("death", "expired in {room} at {time}: {p1.full}, DOB {dob}. family {p2.full} notified, NEBO called"),
    ("death", "morgue needs toe tag for {p1.inv}, DOD {date}"),
    ("death", "ME called back re: {p1.last}, released. funeral home will call {p2.full} at {phone}"),
    # --- follow-ups / dates
    ("followup", "f/u appt for {p1.full} on {date} w/ ortho fracture clinic"),
    ("followup", "pt {p1.last} came back {dshort} after being seen {dshort2}, bounce-back review"),
    ("followup", "Repeat visitor: {p1.inv}, {n} ED visits since {dmon}. care mgmt referral?"),
    ("followup", "Dr {d1.last} wants {p1.full}'s old EKG from {date}, can someone pull it"),
    ("followup", "dialysis pt {p1.last} missed {p1.his} chair {dshort}, K high, {unit} can't take til tmrw"),
    ("followup", "{p1.full} left w/o being seen at {time} {dshort}, came back w/ BP 210/118. triage pls re-eval"),
    ("followup", "fall on {dshort} at home, {p1.full}, pt on eliquis, CT neg, d/c w/ PT f/u {dmon}"),
    # --- complaints / escalation
    ("complaint", "patient relations fwd: complaint from {p2.full} re: mother {p1.full} waiting 14 hrs on {dshort}. wants a call {phone}"),
    ("complaint,lowercase,emoji", "{p1.lower} yelling at triage bc {p1.his} son {p2.first} was seen faster 🙄"),
    ("complaint,escalation", "{x1.full} wants a timeline on the {p1.last} complaint (visit {date}) by {deadline}"),
    ("complaint,bot", "@flowbot draft a note to {x1.full} re: complaint from {p1.full} about the wait ({date} visit)"),
    # --- bot / delegation
    ("bot", "@flowbot move my 3pm with {s1.full} to 4 and remind me to call {p1.full}'s wife re: transfer"),
    ("bot", "hey bot remind me at 2 to check on {p1.last} in {room}"),
    ("bot", "bot: find the phone # for {p1.full}'s HCP, mrn {mrn}"),
    ("bot", "@flowbot text {p1.first}'s daughter at {phone} that {p1.he} is going up to {unit}"),
    ("bot", "@flowbot book interpreter {lang} for {p1.inv} {room} at {time}"),
    ("bot,multiline", "@flowbot new callback\nname {p1.full}\ndob {dob}\nph {phone}\nreason: abnl troponin"),
    ("bot", "flowbot pls find out if {p1.full} (DOB {dob}) was here last month"),
    # --- slack markup / misc voices
    ("slack-markup", "<@U04BQ2M9L> *{p1.full}* `{mrn}` ready for {unit}"),
    ("slack-markup,multiline", "> forwarded from {s1.first} in Registration\n> pt: {p1.inv}\n> ssn: {ssn}\n> ins: {hpid}\ncan someone confirm this is right"),
    ("slack-markup", "*{room}* {p1.last} - _sitter needed_ - `{mrn}`"),
    ("lowercase", "{p1.linv} - came in {date}, who saw {p1.him}?"),
    ("typo", "mrn {mrn} jst came bak from ct, {p1.llast} needs transport up"),
    ("terse", "{p1.last}. {room}. {dx}. admit."),
    ("chatty,emoji", "omg {p1.first} in {room} is the sweetest, {p1.he} brought us cookies last visit 😭 glad {p1.hes} ok"),
    ("formal", "Please be advised that {p1.full}, MRN {mrn}, has requested copies of records from the {date} encounter."),
    ("alias", "pls don't put {p1.first}'s real name on the whiteboard, DV pt. alias in Epic is {p2.full}"),
    ("sbar,multiline", "SBAR for tele:\nS: {p1.full} {age}{p1.sex}, {dx}\nB: from {town}, lives w/ {p2.rel} {p2.first}\nA: stable\nR: tele bed"),
    ("list", "can someone check if {p1.full}, {p2.full} and {p3.full} have beds yet"),
    ("name-alert", "we have {p1.inv} and {p2.inv} both DOB {dob} 😬 name alert pls"),
    ("hipaa", "ICYMI {p1.full} is {x1.full}'s aunt, pls be discreet"),
    ("hard", "{p1.first} {mrn}: the one in hall {n}, not the one in {room}"),
    ("hard,lowercase", "{p1.llast} 4 {room}? or is that the other {p1.llast}"),
    ("hard,family", "the {p1.last} family brought Dunkin for the whole pod 🥹 (bed {room})"),
]

CLEAN_FRAMES = [
    # --- plain ops
    ("ops", "waiting room at {big}, {n} EMS on the wall. anyone free to help triage?"),
    ("ops", "diverting? house sup says no, we eat it"),
    ("ops,evs", "EVS pls: {room}, {room2} and hall {n} need cleaning"),
    ("bedboard", "{unit} has {n} clean beds, go go go"),
    ("ops", "who has the key to the pyxis in pod B"),
    ("ops", "vocera down again, use the phones"),
    ("ems", "EMS: ALS coming in {n} min, {yo}M chest pain, resus {room}"),
    ("psych", "pt in {room} is a {yo}F w/ {dx}, needs a sitter"),
    ("psych", "psych boarders today: {n}. longest is day {n2}."),
    ("interpreter", "interpreter iPad #{n} is missing, last seen in fast track"),
    ("interpreter", "need {lang} interpreter in {room} asap pls"),
    ("callback", "callback queue is {big} deep, can nights take a few"),
    ("belongings", "lost & found bin is overflowing, security wants it cleared by {deadline}"),
    ("security", "security pls to triage, agitated visitor"),
    ("ops", "transport backlog {n} pts, escalating to house sup"),
    ("bedboard", "no beds on tele, {n} tele holds in ED"),
    ("ops", "CT down {n}0 min for maintenance at {time}"),
    ("ops", "lab running ~{n}0 min behind on troponins fyi"),
    ("ops", "who's charge tonight?? need a body in {room}"),
    ("ops", "{n} pts LWBS since midnight, ugh"),
    ("ems", "shout out to the {ems} crews, {n} drops in an hour and they were patient af"),
    ("belongings", "security has {n} unclaimed phones from this week, they go to lost & found central Monday"),
    ("belongings", "reminder: property envelopes must be sealed + signed by 2 staff"),
    ("belongings", "denture cups restocked in supply room"),
    ("belongings", "can we get more belongings bags? down to {n}"),
    ("psych", "ESP says {n}-{n2} hr wait for evals tonight"),
    ("ops", "new pyxis override list posted by the med room"),
    ("bedboard", "board: {room} EVS, {room2} EVS, {room3} blocked (broken monitor)"),
    ("ops", "who ordered {n}0 pizzas to the ambulance bay lol"),
    ("ops", "anyone know the guest wifi pw? families asking"),
    ("ops", "triage times today: median {big} min, door-to-doc {big2}"),
    ("belongings", "anyone have a spare phone charger for a pt? usb-c"),
    ("security", "bay {room} pt (no ID, {yo}ish M) - security checking cameras for belongings"),
    ("ems", "EMS wall time avg {big} min yesterday, {ems} complained to the director"),
    ("ops", "pt in hall {n} is {yo}, ambulating, ok to move to chairs"),
    ("ops,multiline", "nights pls:\n- restock hall stretchers\n- check the crash cart in {room}\n- sitter breaks documented"),
    ("transfer", "transfer center says {hosp} is on diversion til {time}"),
    ("transfer", "3 transfers out tonight, all to {hosp}, CMED slammed"),
    ("police", "PD hold in {room}, officer at bedside, pls don't post anything about it here"),
    ("psych", "{n} BH boarders, {n2} on 1:1. need {n3} more sitters for nights"),
    ("ops,emoji", "ice machine in pod C is broken again 🧊🚫"),
    ("ops", "pls stop parking WOWs in front of the clean utility room"),
    ("callback", "culture callbacks from the weekend are in the red folder, {n} left"),
    ("ops,lowercase", "resus {room} needs a new suction canister stat"),
    ("interpreter", "the {lang} video interpreter wait is {big} min right now, plan ahead"),
    ("psych", "Section 12 forms are in the blue binder at the charge desk"),
    # --- staff / exec / vendor names (hard)
    ("staff-name", "{s1.full} is charge tonight, {s2.first} in triage, Dr. {d1.last} attending in pod A"),
    ("staff-name,emoji", "shoutout to {s1.full} for handling {room} like a champ 🙌"),
    ("exec-name", "CNO {x1.full} rounding at {time}, pls tidy the hallways"),
    ("exec-name,calendar", "meeting w/ {x1.full} (VP Patient Care) moved to {mtg} {time}, conf rm 3B"),
    ("calendar,bot", "@flowbot move my 3pm with {s1.full} to {mtg} at 4"),
    ("calendar,bot,exec-name", "@flowbot book 30 min with {x1.full} and {s1.full} re: boarding metrics, any day next wk"),
    ("vendor,calendar", "Stryker rep {v1.full} onsite {mtg} for the stretcher in-service, ambulance bay {time}"),
    ("staff-name", "Dr. {d1.last} is on for psych consults til {time}, then Dr. {d2.last}"),
    ("exec-name,calendar", "board meeting {mtg}, {x1.full} wants ED boarding slides by {deadline}"),
    ("exec-name", "{x1.full} approved the sitter overtime, thx {s1.first} for pushing"),
    ("staff-name,calendar", "welcome new tech {s1.full}, starts {mtg} on days"),
    ("staff-name", "if {s1.first} calls out again we're at {n} RNs for nights"),
    ("staff-name,calendar", "Dr. {d1.last} and Dr. {d2.last} swapping shifts {mtg}"),
    ("staff-name,emoji", "{s1.first}'s retirement cake at {time} in the break room 🎉"),
    ("staff-name,credentialing", "congrats to {s1.full} on passing the CEN!"),
    ("exec-name", "press release: {x1.full} named COO of Harbor City effective {mtg}"),
    ("exec-name", "{x1.full}'s office wants the incident count (no details) by {deadline}"),
    ("vendor", "{v1.full} from {v1.co} says the replacement part ships {mtg}"),
    ("vendor,calendar", "CyraCom QBR w/ {v1.full} {mtg} {time}, zoom in the invite"),
    ("staff-name,police", "Sgt. {s1.last} from {pd} doing the de-escalation in-service {mtg}"),
    ("staff-name", "{s1.full} (bed mgmt) says {unit} opens {n} beds after 7"),
    ("staff-name", "{s1.first} {s1.last}? no - {s2.full} is the SW tonight"),
    ("staff-name", "PCA {s1.first} floated to {unit}, we're down a tech"),
    ("staff-name,calendar", "{s1.full} presenting Press Ganey scores {mtg}"),
    ("staff-name", "grant writing mtg w/ {s1.full} moved to {mtg}"),
    ("staff-name,calendar", "ESI training for new grads {mtg}, {s1.full} teaching"),
    ("exec-name,money", "CFO {x1.full} says the sitter line is {money} over for {fy}"),
    ("staff-name", "Dr. {d1.full} is the new ED medical director as of {mtg}"),
    ("staff-name,transfer", "transfer RN {s1.first} at {hosp} says call back in {n}0 min"),
    ("staff-name,lowercase", "ask {s1.lfirst} re: the psych bed list, {s1.he} has the updated one"),
    ("staff-name,slack-markup", "<@U03KJ7Q2P> can you cover {s1.first}'s 7a {mtg}? *pls*"),
    ("staff-name,multiline", "charge assignments {mtg}\n7a {s1.first}\n11a {s2.first}\n7p {s3.first}"),
    ("vendor", "TeleTracking support guy {v1.first} remoted in, board is back"),
    ("staff-name", "Interpreter {s1.full} ({lang}) is in-house til 3 today"),
    # --- calendar / deadlines
    ("calendar,bot", "@flowbot what's on my calendar {mtg}?"),
    ("calendar,bot", "@flowbot cancel my 1:1 w/ {s1.full} on {mtg}"),
    ("bot", "@flowbot send {s1.first} the sitter schedule for next week"),
    ("calendar,multiline,slack-markup", "*Huddle notes {mtg}*\n• boarders: {n}\n• LWBS: {n4}%\n• diversion hrs: {n2}\n• staffing: {n3} RN short"),
    ("calendar", "HIPAA refresher due {deadline}, {n} of you still haven't done it 👀"),
    ("calendar", "Epic downtime {mtg} 0200-0400, downtime forms in the red binder"),
    ("calendar", "nights: pls document sitter breaks, auditors here {mtg}"),
    ("calendar", "can someone cover my 11-3 {mtg}?"),
    ("calendar", "90-day review of the boarding escalation policy due {mtg}"),
    ("calendar", "Mark your calendars: ED holiday party {mtg} at {venue}, {venueaddr}"),
    ("calendar,zoom", "flow huddle zoom: {zoom}, passcode in the invite"),
    ("calendar,zoom", "https://harborcitymed.zoom.us/j/{zoomdigits} for the {time} bed huddle"),
    ("calendar", "Guest wifi code changes {mtg}"),
    ("calendar", "visitor policy: 2 per pt, 1 overnight. security enforcing starting {mtg}"),
    ("calendar,policy", "policy {policy} (boarding escalation) updated, effective {mtg}"),
    ("calendar,bot", "@flowbot what time is the {hosp} transfer agreement call {mtg}?"),
    ("calendar", "staff mtg moved from {mtg} to {mtg2}, same time"),
    # --- numbers that are not identifiers
    ("ticket", "ticket {ticket} opened for the triage kiosk"),
    ("po,money", "PO {po} approved for {n} new wheelchairs, {money}"),
    ("money", "sitter budget for {fy} is {money}, we're over by {money2}"),
    ("npi", "NPI for Dr. {d1.last} is {npi} if billing asks"),
    ("cpt", "CPT {cpt} vs 99284, coding says we're undercoding level 5s"),
    ("icd", "use ICD {icd} for the ESP billing, not the unspecified one"),
    ("age-aggregate", "we had {n} pts over 90 this week, geri ED grant numbers look good"),
    ("age-aggregate", "3 pts aged 90+ in hallway beds right now, geri consult aware"),
    ("mrn-topic", "MRNs are 10 digits now after the merge, update your cheat sheets"),
    ("ssn-topic,hipaa", "reminder: never post SSN or MRN in this channel, use secure chat"),
    ("facility-address,zip-like", "facility address for the CMED form is {fac_addr}, Boston MA {fac_zip}"),
    ("facility-address", "our {btown} satellite closes at 9 tonight, redirect walk-ins"),
    ("facility-address,calendar", "ambulance entrance at {fac_addr} closed for paving {mtg}, use the side ramp"),
    ("ext", "charge desk is {ext}, bed mgmt {ext2}"),
    ("version", "Epic upgrade to {ver} goes live {mtg}, bed board icons will change"),
    ("version,calendar", "Vocera badges on firmware {ver}, update needed by {deadline}"),
    ("asset", "pyxis asset tag {asset} in pod C is dead"),
    ("money", "sitter cost last month {money}, avg {n} sitter shifts/day"),
    ("money,facility-address", "the {fac} garage rate is {money}/day for families, validation at the front desk"),
    ("ticket", "IT ticket {ticket}: Vocera badge #{n} won't charge"),
    ("invoice,money", "invoice {invoice} from Brewster Ambulance, accounting asking who approved {money}"),
    ("contract", "contract {contract} w/ CyraCom renews {mtg}"),
    ("order", "order #{order} for IV poles delivered to dock 2"),
    ("ticket", "tracking board shows 2 pts in {room}, glitch. ticket {ticket}"),
    ("money", "card reader at the garage is down, families being charged {money}, facilities aware"),
    ("money", "patient experience: {pct}% top box, up from {pct2}%"),
    ("transfer", "transfer out volume to {hosp} up, {n} this week"),
    ("money,calendar", "transfer center volumes {fy}: {big} in, {big2} out"),
    ("hard", "room 90 is the new decon room, don't put pts there"),
    ("version", "version {ver} of the bed board app fixed the double-click bug"),
    ("url", "TeleTracking release notes: <https://intranet.harborcitymed.org/teletracking/release-notes|here>"),
    ("ext", "@flowbot what's the ext for the transfer center? -> it's {ext}"),
    ("bot", "@flowbot summarize #ed-flow from yesterday"),
    ("slack-markup,hipaa", "*Reminder* `do not` put pt names in this channel. Use bed #s."),
    ("policy,police", "police hold policy {policy}: officer stays at bedside, no cuffing to stretcher rails"),
    ("ssn-topic", "reg says the kiosk is asking pts for SSN again, that's supposed to be off"),
    ("mrn-topic", "does the bed board show MRN or just initials? asking for the BH boarders"),
    ("ssn-topic", "last 4 of ssn 6620 matched on the pt in {room}, reg is good"),
    ("zip-like,po", "cost center {costctr}, PO {po}, for the belongings bags order"),
    ("table,multiline", "```\nshift  RN  tech  sitter\nD      {n}   {n2}     {n3}\nN      {n4}   {n5}     {n6}\n```"),
    ("money,multiline", "Q: what did the new stretchers cost?\nA: {money} for {n}, PO {po}"),
    ("calendar,version", "downtime for TeleTracking {ver} upgrade {mtg} {time}"),
    ("age", "pt in {room} is {yo}, board had the wrong age, fixed now"),
    ("ticket", "reopened {ticket}, the bed board is still showing dirty rooms as clean"),
    ("hard", "{n} pts over 89 seen this month, up {pct}%"),
    # --- name-like words
    ("name-like", "Will do, thanks {s1.first}!"),
    ("name-like", "any hope of a 5W bed before shift change?"),
    ("name-like,calendar", "faith-based volunteers start {mtg}, Rose from pastoral care coordinating"),
    ("name-like", "Bill the cab vouchers to cost center {costctr}"),
    ("name-like", "mark {room} dirty pls, EVS is behind"),
    ("name-like", "chase the CT read on {room}, it's been 2 hrs"),
    ("name-like", "page the house sup, {unit} refusing the admit"),
    ("name-like", "Grant from IT is coming to fix the tracking board at {time}"),
    ("name-like", "hope {s1.first} feels better, I'm covering {s1.his} shift"),
    ("name-like", "gift from the Hope Lodge volunteers in the break room 🍩"),
    ("name-like,facility-address", "Page St clinic is closed today, send walk-ins here"),
    ("name-like", "Chase Bank is doing the payroll card thing at {time} in the caf"),
    ("name-like", "Faith and {s1.first} swapped the 7p, fyi for the schedule"),
    ("name-like", "Bill Harrington from facilities says the AC in pod B is fixed"),
    ("name-like,calendar", "Will {s1.first} be back {mtg}? need {s1.him} for the grant report"),
    ("name-like,calendar", "Rose Room booked {mtg} for the code debrief"),
    ("name-like", "the Faith Baptist church group dropped off {n}0 blankets for the waiting room"),
    ("name-like", "pls page {s1.first} when the {hosp} bed is confirmed, and mark it on the board"),
    ("name-like", "Mark from biomed took the pump from {room} for testing"),
    ("name-like,lowercase", "will someone mark the hall beds clean pls"),
    ("name-like", "the Grant Street entrance is locked after 9p, families use the main lobby"),
]


# ---------------------------------------------------------------------------
def frame_kind_ok(text, want_phi):
    """Static check of a frame: clean frames may use no PHI slot and no patient person."""
    uses_phi = False
    for base, num, attr in SLOT.findall(text):
        if base in PERSON_KINDS and num and attr:
            if base == "p" or attr in ("email", "bemail", "mailto", "url"):
                uses_phi = True
        elif base in PHI_GENS:
            uses_phi = True
    return uses_phi == want_phi


PREFIXES = ["", "", "fyi ", "FYI: ", "reminder - ", "+1 ", "heads up: ", "ok so ", "again: ", "psa ", "^ "]
SUFFIXES = ["", "", " ty", " 🙏", " thx", "!!", ".", " pls", " (repost)", " - mgmt", " lol"]


HARD = {"name-like", "staff-name", "exec-name", "vendor", "calendar", "money", "ticket", "po", "version",
        "npi", "cpt", "icd", "age-aggregate", "facility-address", "mrn-topic", "ssn-topic", "zip-like",
        "ext", "asset", "invoice", "contract", "order", "policy", "zoom", "url", "hard", "age", "hipaa"}


def build():
    for tags, text in PHI_FRAMES:
        assert frame_kind_ok(text, True), text
    for tags, text in CLEAN_FRAMES:
        assert frame_kind_ok(text, False), text
    texts = [t for _, t in PHI_FRAMES + CLEAN_FRAMES]
    assert len(set(texts)) == len(texts), "duplicate frame"

    def spread(frames, n):
        out = []
        while len(out) < n:
            block = frames[:]
            R.shuffle(block)
            out.extend(block)
        return out[:n]

    jobs = [("phi", f) for f in spread(PHI_FRAMES, N_PHI)] + [("clean", f) for f in spread(CLEAN_FRAMES, N_CLEAN)]
    R.shuffle(jobs)
    rows = []
    seen = set()
    for i, (kind, (ftags, tpl)) in enumerate(jobs, 1):
        for _ in range(50):
            text, spans, ctags = render(tpl)
            if text not in seen:
                break
        tries = 0
        while text in seen and not spans and tries < 100:     # slot-less frame drawn twice: vary the surface
            tries += 1
            t2 = R.choice(PREFIXES) + text + R.choice(SUFFIXES)
            if R.random() < 0.3:
                t2 = t2.lower()
            text = t2
        seen.add(text)
        if kind == "phi":
            assert spans, tpl
        else:
            assert not spans, tpl
        tags = [kind]
        for t in [x for x in ftags.split(",") if x]:
            if t not in tags:
                tags.append(t)
        for sp in spans:
            t = TYPE_TAG[sp["type"]]
            if t not in tags:
                tags.append(t)
        if any(sp["type"] != "NAME" for sp in spans) and "structured" not in tags and \
                any(sp["type"] in ("MRN", "SSN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "DATE") for sp in spans):
            tags.append("structured")
        for t in sorted(ctags | form_tags(text)):
            if t not in tags:
                tags.append(t)
        if kind == "clean" and HARD & set(tags) and "hard-negative" not in tags:
            tags.append("hard-negative")
        rows.append({"id": "ic-%04d" % i, "text": text, "spans": spans, "tags": tags})
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    phi = sum(1 for r in rows if r["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean) from %d frames (%d PHI, %d clean)" % (
        OUT, len(rows), phi, len(rows) - phi, len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
