#!/usr/bin/env python3
"""Generator for a PHI-labelled chat corpus (prefix ik).

Persona: release-of-information (ROI) and risk-management coordinator of a hospital.
Writes generated_ik.jsonl next to this script. Standard library only, fixed seed.

Template mini-language:
  [[TYPE:spec]]  a PHI value that becomes a span of TYPE
  {{spec}}       a filler that is NOT PHI (no span)
  spec: key.attr  -> a person bound to key in this message (pt.full, rel.first, s1.last ...)
        gen       -> generator function from GEN
        gen=k     -> generate and bind to k;  @k -> reuse bound value
        ...!lc / !uc  -> lower / upper case modifier
"""
import json, os, random, re

SEED = 20240611
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_ik.jsonl")

# ---------------------------------------------------------------- names
# (given names by origin, F / M) -- written by hand for this corpus
GIVEN = {
 "hispanic":  (["Guadalupe", "Marisol", "Yesenia", "Luz", "Carmen", "Araceli", "Xiomara", "Daniela", "Maritza", "Rocío"],
               ["Jesús", "Alejandro", "Rigoberto", "Joaquín", "Luis", "Héctor", "Ernesto", "Fernando", "Wilfredo"]),
 "afam":      (["Latoya", "Shaniqua", "Keisha", "Imani", "Tamika", "Ebony", "Aaliyah", "Dionne", "Bernice"],
               ["DeShawn", "Jamal", "Tyrone", "Darnell", "Marquis", "Terrell", "Andre", "Cedric", "Reginald"]),
 "westaf":    (["Chiamaka", "Adaeze", "Folasade", "Abena", "Ama", "Ngozi", "Funmilayo", "Awa"],
               ["Oluwaseun", "Chukwuemeka", "Kwame", "Kofi", "Babatunde", "Emeka", "Mamadou", "Yaw"]),
 "eastaf":    (["Wanjiru", "Amina", "Hiwot", "Selam", "Nyokabi", "Fartun", "Achieng"],
               ["Tesfaye", "Abdirahman", "Mulugeta", "Otieno", "Baraka", "Dawit", "Hassan"]),
 "southasian":(["Priya", "Ananya", "Lakshmi", "Farzana", "Harpreet", "Deepika", "Sunita", "Nasreen"],
               ["Rajesh", "Venkat", "Imran", "Sandeep", "Arjun", "Gurpreet", "Mohan", "Rafiq"]),
 "eastasian": (["Mei", "Xiaoling", "Yuki", "Ji-woo", "Soo-ah", "Haruka", "Hyun-joo", "Lihua"],
               ["Wei", "Hiroshi", "Min-jun", "Jae-hyun", "Zhiwei", "Kenji", "Takeshi", "Jun"]),
 "seasian":   (["Thuy", "Lan", "Maricel", "Siriporn", "Mai", "Hoa", "Rowena", "Malee"],
               ["Minh", "Tuan", "Rodel", "Somchai", "Bayani", "Quang", "Arnel", "Vanh"]),
 "mideast":   (["Fatima", "Layla", "Noor", "Yasmin", "Shirin", "Rania", "Maryam", "Hala"],
               ["Mohammed", "Omar", "Tariq", "Karim", "Yousef", "Dariush", "Samir", "Khalil"]),
 "easteur":   (["Oksana", "Katarzyna", "Svetlana", "Milena", "Irina", "Halyna", "Zofia", "Jelena"],
               ["Dmitri", "Wojciech", "Bogdan", "Vasyl", "Goran", "Stanislav", "Mirko", "Piotr"]),
 "irish":     (["Siobhan", "Aoife", "Niamh", "Bridget", "Maeve", "Eileen", "Nora"],
               ["Declan", "Padraig", "Cormac", "Seamus", "Liam", "Eamon", "Fergal"]),
 "italian":   (["Giuseppina", "Rosaria", "Francesca", "Carmela", "Antonella", "Concetta"],
               ["Salvatore", "Vincenzo", "Giovanni", "Enzo", "Carmine", "Domenic"]),
 "native":    (["Winona", "Aiyana", "Tallulah", "Nizhoni", "Shandiin"],
               ["Ahanu", "Chayton", "Kele", "Hania", "Delbert"]),
 "pacific":   (["Leilani", "Malia", "Mele", "Losa", "Kalena", "Sina"],
               ["Keoni", "Sione", "Tevita", "Kawika", "Manase", "Iosefa"]),
 "anglo":     (["Margaret", "Dorothy", "Ashley", "Brittany", "Jennifer", "Hope", "Faith", "Rose", "Grace", "Page"],
               ["Robert", "William", "Harold", "Kevin", "Will", "Bill", "Grant", "Mark", "Chase", "Dale"]),
}
SURN = {
 "hispanic":  ["García", "Hernández", "de la Cruz", "Villanueva", "Ortiz-Ramos", "Quintanilla", "Del Toro", "Santiago", "Márquez", "Rosado", "De León"],
 "afam":      ["Washington", "Jefferson", "Jackson", "Mayfield", "Robinson", "Broussard", "Pettaway", "Okoro-Banks", "Whitlock"],
 "westaf":    ["Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Diallo", "Oyelaran-Smith", "Asante", "Eze", "Ogunleye"],
 "eastaf":    ["Kiprono", "Mengistu", "Abdi", "Haile", "Ochieng", "Tadesse", "Warsame", "Gebremedhin"],
 "southasian":["Patel", "Venkataraman", "Chaudhry", "Bhattacharya", "Sandhu", "Iyer", "Rahman", "Deshpande"],
 "eastasian": ["Zhang", "Nakamura", "Park", "Kim", "Liu", "Tanaka", "Choi", "Huang", "Yamaguchi"],
 "seasian":   ["Nguyen", "Tran", "Pham", "Santos", "dela Peña", "Bautista", "Srisai", "Phommachanh", "Reyes"],
 "mideast":   ["Haddad", "Al-Rashid", "Nasser", "Khoury", "Tehrani", "Abboud", "El-Amin", "Farahani"],
 "easteur":   ["Kowalczyk", "Petrenko", "Novak", "Wiśniewski", "Ivanova", "Horvat", "Popescu", "Shevchenko"],
 "irish":     ["O'Neill", "McGillicuddy", "Fitzgerald", "O'Sullivan", "Gallagher", "Byrne", "MacNamara", "Ó Briain"],
 "italian":   ["Esposito", "DiMaggio", "Lo Bianco", "Russo", "Cavalieri", "D'Angelo", "Ferraro"],
 "native":    ["Begay", "Yazzie", "Tsosie", "Running Bear", "Whitehorse", "Harjo", "Benally"],
 "pacific":   ["Kealoha", "Fonoti", "Tupou", "Faleolo", "Kahananui", "Leota"],
 "anglo":     ["Whitfield", "Brannigan", "Hollis", "Pruitt", "Van Dyke", "von Ahlen", "Van der Berg", "Ashworth"],
}
NICK = {"Robert": "Bobby", "William": "Billy", "Margaret": "Peggy", "Dorothy": "Dot", "Giuseppina": "Josie",
        "Salvatore": "Sal", "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Babatunde": "Tunde",
        "Guadalupe": "Lupe", "Jesús": "Chuy", "Alejandro": "Alex", "Bridget": "Biddy", "Padraig": "Paddy",
        "Dmitri": "Dima", "Katarzyna": "Kasia", "Folasade": "Sade", "Abdirahman": "Abdi", "Vincenzo": "Enzo",
        "Reginald": "Reggie", "Jennifer": "Jen", "Harold": "Hal", "Funmilayo": "Funmi", "Wilfredo": "Willy",
        "Rosaria": "Rosie", "Concetta": "Connie", "Kawika": "Kawi", "Stanislav": "Stas", "Seamus": "Shay"}
ORIGINS = list(GIVEN)

class Person:
    def __init__(self, want_nick=False, gender=None):
        while True:
            o = rng.choice(ORIGINS)
            g = gender or rng.choice("FM")
            first = rng.choice(GIVEN[o][0 if g == "F" else 1])
            if want_nick and first not in NICK:
                continue
            break
        o2 = o if rng.random() < 0.8 else rng.choice(ORIGINS)
        last = rng.choice(SURN[o2])
        if rng.random() < 0.15:           # some double-barrelled surnames
            o3 = rng.choice(ORIGINS); l2 = rng.choice(SURN[o3])
            if " " not in last and " " not in l2 and "-" not in last + l2 and l2 != last:
                last = last + "-" + l2
        self.g, self.first, self.last = g, first, last
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.25 else ""
    def attr(self, a):
        f, l, mi = self.first, self.last, self.mi
        if a == "full":  return "%s %s. %s" % (f, mi, l) if mi else "%s %s" % (f, l)
        if a == "fl":    return "%s %s" % (f, l)
        if a == "first": return f
        if a == "last":  return l
        if a == "inv":   return ("%s, %s %s" % (l, f, mi) if mi else "%s, %s" % (l, f)).upper()
        if a == "invm":  return "%s, %s" % (l, f)
        if a == "init":  return "%s. %s" % (f[0], l)
        if a == "initials": return "%s.%s." % (f[0], l.replace("de la ", "").replace("dela ", "")[0].upper())
        if a == "nick":  return NICK.get(f, f)
        if a == "title": return "Mr." if self.g == "M" else rng.choice(["Ms.", "Mrs."])
        if a == "his":   return "his" if self.g == "M" else "her"
        if a == "he":    return "he" if self.g == "M" else "she"
        if a == "him":   return "him" if self.g == "M" else "her"
        if a == "email": return personal_email(self)
        if a == "cb":    return "https://www.caringbridge.org/visit/" + strip_acc(f + l).lower().replace(" ", "").replace("'", "").replace("-", "")
        if a == "handle": return (f[0] + l).lower().replace(" ", "").replace("'", "")
        raise KeyError(a)

def strip_acc(s):
    tbl = str.maketrans("áéíóúñÁÉÍÓÚÑśŚęąłżźćńÓ", "aeiounAEIOUNsSeaLzzcnO")
    return s.translate(tbl)

def personal_email(p):
    f = strip_acc(p.first).lower().replace("-", "").replace(" ", "")
    l = strip_acc(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = rng.choice(["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "icloud.com", "outlook.com", "verizon.net", "aol.com"])
    form = rng.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{l}.{f}{n}", "{f}_{l}", "{fi}{l}{n}"])
    return form.format(f=f, l=l, fi=f[0], n=rng.randint(1, 99)) + "@" + dom

# ---------------------------------------------------------------- value generators
XT = []          # extra tags set by generators for the current message
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZW = "\u200b"
NBSP = "\u00a0"
SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

def d(n): return "".join(rng.choice("0123456789") for _ in range(n))
def d1(n): return rng.choice("123456789") + d(n - 1)

def ordsuf(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

def fmt_date(y, m, dd, allow_short=True, style=None):
    styles = ["m/d/yyyy", "mm/dd/yyyy", "m/d/yy", "iso", "long", "dmy", "mon d", "mmddyyyy", "d month yyyy",
              "m.d.yy", "mon dth", "m-d-yyyy", "m/d"]
    if not allow_short:
        styles = [s for s in styles if s not in ("mon d", "mon dth", "m/d")]
    s = style or rng.choice(styles)
    mon = MONTHS[m - 1]
    if s == "m/d/yyyy": return "%d/%d/%d" % (m, dd, y)
    if s == "mm/dd/yyyy": return "%02d/%02d/%d" % (m, dd, y)
    if s == "m/d/yy": return "%d/%d/%02d" % (m, dd, y % 100)
    if s == "iso": return "%d-%02d-%02d" % (y, m, dd)
    if s == "long": return "%s %d, %d" % (rng.choice([mon, mon[:3]]), dd, y)
    if s == "dmy": return "%02d-%s-%d" % (dd, mon[:3], y)
    if s == "mon d": return "%s %d" % (rng.choice([mon, mon[:3]]), dd)
    if s == "mon dth": return "%s %d%s" % (mon[:3], dd, ordsuf(dd))
    if s == "mmddyyyy": XT.append("evasion"); return "%02d%02d%d" % (m, dd, y)
    if s == "d month yyyy": return "%d %s %d" % (dd, mon, y)
    if s == "m.d.yy": return "%d.%d.%02d" % (m, dd, y % 100)
    if s == "m-d-yyyy": return "%d-%d-%d" % (m, dd, y)
    if s == "m/d": return "%d/%d" % (m, dd)
    raise ValueError(s)

def g_dob():   return fmt_date(rng.randint(1924, 2006), rng.randint(1, 12), rng.randint(1, 28), allow_short=False)
def g_dos():   return fmt_date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))
def g_dosy():  return fmt_date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28), allow_short=False)
def g_dshort(): return fmt_date(2025, rng.randint(1, 12), rng.randint(1, 28), style=rng.choice(["m/d", "mon d", "mon dth"]))
def g_dslash(): return fmt_date(rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), style=rng.choice(["m/d/yyyy", "m/d/yy", "mm/dd/yyyy"]))

AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "one hundred",
             101: "one hundred one", 102: "one hundred and two"}
def g_age():
    a = rng.randint(90, 102)
    if rng.random() < 0.25:
        XT.append("evasion"); return AGE_WORDS[a]
    return str(a)
def g_agen(): return str(rng.randint(90, 104))
def g_youngage(): return str(rng.randint(19, 89))

AREAS = ["978", "617", "508", "781", "603", "413", "774", "857", "339", "351"]
def exch(): return rng.choice("23456789") + d(2)
def g_phone():
    a, x, n = rng.choice(AREAS), exch(), d(4)
    s = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s %s %s", "%s%s%s", "1-%s-%s-%s"])
    if s == "%s%s%s": XT.append("evasion")
    return s % (a, x, n)
def g_phonex():
    return "%s-%s-%s %s" % (rng.choice(AREAS), exch(), d(4), rng.choice(["ext. %s", "x%s", "ext %s", "Ext. %s"]) % d1(rng.choice([2, 3, 4])))
def g_phone_obf():
    a, x, n = rng.choice(AREAS), exch(), d(4)
    k = rng.choice(["spaced", "fw", "zw", "words", "mixed"])
    if k == "spaced": XT.append("evasion"); return " ".join(a + x + n)
    if k == "fw": XT.extend(["evasion", "fullwidth"]); return ("%s-%s-%s" % (a, x, n)).translate(FW)
    if k == "zw": XT.extend(["evasion", "zero-width"]); return a + ZW + x + ZW + n
    if k == "words": XT.append("evasion"); return " ".join(SPELL[int(c)] for c in a) + ", " + " ".join(SPELL[int(c)] for c in x) + ", " + " ".join(SPELL[int(c)] for c in n)
    XT.append("evasion"); return "%s.%s-%s" % (a, x, n)

def g_ssn():
    a, b, c = "%03d" % rng.randint(1, 665), d(2).replace("00", "17"), d(4).replace("0000", "4410")
    s = rng.choice(["dash", "dash", "dash", "space", "none", "mixed", "spaced", "nbsp"])
    if s == "dash": return "%s-%s-%s" % (a, b, c)
    if s == "space": return "%s %s %s" % (a, b, c)
    XT.append("evasion")
    if s == "none": return a + b + c
    if s == "mixed": return "%s.%s-%s" % (a, b, c)
    if s == "spaced": return " ".join(a + b + c)
    return "%s%s%s%s%s" % (a, NBSP, b, NBSP, c)
def g_ssn_fw(): XT.extend(["evasion", "fullwidth"]); return ("%03d-%s-%s" % (rng.randint(100, 665), d(2), d(4))).translate(FW)
def g_ssn_words():
    XT.append("evasion"); v = "%03d%s%s" % (rng.randint(100, 665), d(2), d(4))
    return " ".join(SPELL[int(c)] for c in v[:3]) + ", " + " ".join(SPELL[int(c)] for c in v[3:5]) + ", " + " ".join(SPELL[int(c)] for c in v[5:])

def g_mrn():
    s = rng.choice(["7", "8", "8", "e", "dash", "10"])
    if s == "7": return d1(7)
    if s == "8": return "0" + d1(7) if rng.random() < 0.3 else d1(8)
    if s == "e": return "E" + d1(7)
    if s == "dash": return "%s-%s-%s" % (d(2), d(2), d(3))
    return d1(10)
def g_mrn_obf():
    v = d1(8); k = rng.choice(["zw", "fw", "spaced"])
    if k == "zw": XT.extend(["evasion", "zero-width"]); return v[:4] + ZW + v[4:]
    if k == "fw": XT.extend(["evasion", "fullwidth"]); return v.translate(FW)
    XT.append("evasion"); return " ".join(v)

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def g_mbi():
    def L(): return rng.choice(MBI_L)
    def A(): return rng.choice(MBI_L + "0123456789")
    v = d1(1) + L() + A() + d(1) + L() + A() + d(1) + L() + L() + d(1) + d(1)
    return v[:4] + "-" + v[4:7] + "-" + v[7:] if rng.random() < 0.5 else v
def g_medicaid(): return "1000" + d(8)
def g_member():
    return rng.choice(["%s%s" % (rng.choice(["XKW", "BCB", "HPH", "TFT", "ZGP", "W"]), d1(9)),
                       "%s-%s-%s" % (d1(3), d(3), d(3)), "MEM" + d1(8), d1(11)])
def g_hpid(): return rng.choice([g_mbi, g_medicaid, g_member, g_member])()

def g_har(): return rng.choice(["41", "52", "60"]) + d(8)
def g_guar(): return "G" + d1(8)
def g_bank(): return d1(rng.choice([9, 10, 12]))
def g_acct(): return rng.choice([g_har, g_har, g_guar])()

def g_dl():
    return rng.choice(["S" + d1(8), "%s%s-%s-%s" % (rng.choice("DFHKMS"), d(3), d(4), d(4)), d1(9), "SA" + d1(7)])
def g_dea():
    return rng.choice("ABFM") + rng.choice("ABCDEGHKLMNPRSTW") + d(7)
def g_plic(): return rng.choice(["RN", "LPN", "MD.", "RN-", "PA"]) + d1(rng.choice([6, 7]))
def g_lic(): return rng.choice([g_dl, g_dea, g_plic])()

VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def g_vin(): return rng.choice(["1", "2", "3", "4", "5", "J", "K", "W"]) + "".join(rng.choice(VINCH) for _ in range(16))
def g_plate():
    return rng.choice(["%s%s%s-%s" % (d1(1), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), d(2)),
                       "%s%s%s%s%s%s" % (d1(1), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), d(1), d(1)),
                       "%s%s %s" % (rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), d1(4))])
def g_serial():
    return rng.choice(["PJN" + d1(6) + rng.choice("HSV"), "%s-%s-%s" % (d1(2) + rng.choice("ABCDEFKM") + d(1), d(2) + rng.choice("KMNRT") + d(1), d(4)),
                       "RNH" + d1(7), "SN" + d1(9), "NW" + d(6) + rng.choice("AB"), "(01)00643169%s(21)%s" % (d(6), "PM" + d1(7))])

def g_url(p=None):
    pid = d1(7)
    return rng.choice(["https://mychart.stbrendans.org/MyChart/Visit?pt=%s&enc=%s" % (pid, d1(9)),
                       "https://roi.stbrendans.org/requests/%s?patient=%s" % (d1(5), pid),
                       "https://portal.stbrendans.org/p/%s/records" % pid,
                       "https://share.stbrendans.org/release/%s-%s" % (pid, d1(4)),
                       "https://www.caringbridge.org/visit/%s" % (p or "familyupdates" + d(3)),
                       "https://video.stbrendans.org/join/%s?patient=%s" % (d1(6), pid)])
def g_ip():
    if rng.random() < 0.12:
        return "fe80::%x:%x:%x:%x" % (rng.randint(1, 65535), rng.randint(1, 65535), rng.randint(1, 65535), rng.randint(1, 65535))
    return rng.choice(["10.%d.%d.%d", "172.16.%d.%d", "192.168.%d.%d", "73.%d.%d.%d", "98.%d.%d.%d"]).replace("%d", "{}").format(
        *[rng.randint(1, 254) for _ in range(4)])

def luhn_digits(prefix, n):
    body = prefix + d(n - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        k = int(ch)
        if i % 2 == 0:
            k *= 2
            if k > 9: k -= 9
        tot += k
    return body + str((10 - tot % 10) % 10)
def g_cc():
    if rng.random() < 0.2:
        v = luhn_digits("37", 15); return "%s %s %s" % (v[:4], v[4:10], v[10:])
    v = luhn_digits(rng.choice(["4", "51", "55", "6011"]), 16)
    sep = rng.choice([" ", "-", "", " "])
    if sep == "": XT.append("evasion")
    return sep.join([v[:4], v[4:8], v[8:12], v[12:]])

STREETS = ["Tarbox Ln", "Pleasant St", "Lakeview Ave", "Bridge St", "Chestnut Hill Rd", "Mammoth Rd", "Broadway",
           "Lawrence St", "Oak Ridge Dr", "Pawtucket Blvd", "Salem Tpke", "Washington St", "Riverside Dr",
           "Cedar Crest Cir", "Merrimack St", "Elm St", "Hampshire Rd", "Old Ferry Rd", "Tyngsboro Rd", "Essex Ave"]
TOWNS = [("Dracut", "01826"), ("Methuen", "01844"), ("Haverhill", "01830"), ("Lowell", "01851"), ("Lawrence", "01841"),
         ("Amesbury", "01913"), ("Peabody", "01960"), ("Revere", "02151"), ("Chelsea", "02150"), ("Lynn", "01902"),
         ("Malden", "02148"), ("Tewksbury", "01876"), ("Billerica", "01821"), ("Andover", "01810"), ("Saugus", "01906"),
         ("Salem", "03079"), ("Pelham", "03076"), ("Nashua", "03060"), ("Chelmsford", "01824"), ("Lynnfield", "01940")]
def g_street():
    s = "%d %s" % (rng.randint(2, 1890), rng.choice(STREETS))
    r = rng.random()
    if r < 0.2: s += rng.choice([" Apt %d", " #%d", " Unit %d", ", Apt %d"]) % rng.randint(1, 40)
    return s
def g_town(): return rng.choice(TOWNS)[0]
def g_zip():
    z = rng.choice(TOWNS)[1]
    return z + "-" + d(4) if rng.random() < 0.25 else z
def g_addr():
    t, z = rng.choice(TOWNS)
    st = "NH" if z.startswith("03") else "MA"
    return rng.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s"]) % (g_street(), t, st, z)
def g_pobox():
    t, z = rng.choice(TOWNS)
    st = "NH" if z.startswith("03") else "MA"
    return "PO Box %d, %s, %s %s" % (rng.randint(10, 9999), t, st, z)

def biz_email(local=None):
    dom = rng.choice(["kowalskibrandt.com", "hmqlaw.com", "fitzgeraldokonjo.com", "reyesvandyke.law", "oneilltran.com",
                      "baystatecasualty.com", "harborline-rrg.com", "abaralaw.com", "mass-courts.example.gov",
                      "granitemutual.com", "quinlanlegal.com"])
    return (local or rng.choice(["jmoreno", "paralegal", "records", "kquinlan", "s.abara", "lbrandt", "claims.intake",
                                 "tokonjo", "mreyes", "dfitz", "subpoenas"])) + "@" + dom
def g_bizemail(): XT.append("business-contact"); return biz_email()
def g_email_obf(p=None):
    XT.append("evasion")
    local = rng.choice(["m.okafor", "lupe.garcia61", "dgallagher", "tnguyen.home", "keisha.pettaway", "shevchenko.h"])
    dom = rng.choice(["gmail", "yahoo", "comcast"])
    return rng.choice(["%s [at] %s [dot] com", "%s(at)%s(dot)com", "%s at %s dot com", "%s @ %s . com"]) % (local, dom)
def g_pemail():
    return personal_email(Person())

# ---------------------------------------------------------------- non-PHI fillers
def g_firm():
    a, b, c = rng.sample([l for o in SURN for l in SURN[o] if " " not in l and "-" not in l], 3)
    return rng.choice(["%s & %s LLP" % (a, b), "%s, %s & %s" % (a, b, c), "%s %s PC" % (a, b), "%s Law Group" % a,
                       "%s & %s" % (a, b), "%s Law" % a, "%s, %s LLP" % (a, b)])
def g_carrier(): return rng.choice(["BayState Casualty", "Harborline RRG", "Granite Mutual", "Northfield Specialty", "Keystone Medical Protective", "Coastline Indemnity"])
def g_court(): return rng.choice(["Middlesex Superior Court", "Essex Superior Court", "Lowell District Court", "Probate & Family Court (Essex)",
                                  "U.S. District Court, D. Mass.", "Suffolk Superior", "Rockingham County Superior Court", "Lawrence District Court"])
def g_docket(): return rng.choice(["%02dCV%05d" % (rng.randint(21, 25), rng.randint(100, 99999)), "%d-cv-%05d" % (rng.randint(2022, 2025), rng.randint(10000, 12999)),
                                   "ES%dP%04dEA" % (rng.randint(22, 25), rng.randint(100, 9999)), "No. %dCV%04d" % (rng.randint(2281, 2585), rng.randint(100, 9999))])
def g_wday(): return rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Mon", "Tues", "Wed", "Thurs", "Fri"])
def g_mdate():
    m = rng.randint(1, 12); dd = rng.randint(1, 28)
    return rng.choice(["%d/%d" % (m, dd), "%s %d" % (MONTHS[m - 1], dd), "%s %d%s" % (MONTHS[m - 1][:3], dd, ordsuf(dd)),
                       "the %d%s" % (dd, ordsuf(dd)), "%s %d/%d" % (g_wday(), m, dd)])
def g_time(): return rng.choice(["9am", "10:30", "11:15 am", "1pm", "2:30pm", "3pm", "3:45", "4 pm", "8:00 AM", "noon", "12:30"])
def g_money(): return rng.choice(["$%d.%02d" % (rng.randint(5, 480), rng.randint(0, 99)), "$%d" % rng.randint(15, 900), "$%d,%03d" % (rng.randint(1, 450), rng.randint(0, 999)),
                                  "$%dk" % rng.randint(5, 750), "$%.1fM" % (rng.randint(10, 95) / 10)])
def g_count(): return str(rng.randint(2, 180))
def g_room(): return rng.choice(["Rm %d" % rng.randint(100, 699), "room %d%s" % (rng.randint(1, 6), rng.choice(["12", "04", "31", "20"])), "4 West bed %d" % rng.randint(1, 32),
                                 "the Rose conference room", "Conf B (2nd fl)", "Admin 3rd floor", "the Hope Lodge lounge", "ED pod C"])
def g_ticket(): return rng.choice(["INC%07d" % rng.randint(10000, 999999), "DEL-%d" % rng.randint(100, 9999), "RITM%07d" % rng.randint(10000, 999999),
                                   "CHG%07d" % rng.randint(1000, 99999), "JIRA ROI-%d" % rng.randint(10, 999)])
def g_po(): return rng.choice(["PO %d" % rng.randint(4500000000, 4599999999), "PO# %d" % rng.randint(100000, 999999), "invoice %d" % rng.randint(10000, 99999),
                               "INV-%d-%04d" % (rng.randint(2024, 2025), rng.randint(1, 9999))])
def g_version(): return rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 20)), "build %d.%d.%d.%d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(0, 3), rng.randint(1, 9)),
                                    "Epic %s" % rng.choice(["May '24", "Nov 2024", "Feb 25"]), "release %d.%d" % (rng.randint(3, 9), rng.randint(0, 9))])
def g_npi(): return "1" + d(9)
def g_cpt(): return rng.choice(["99214", "27447", "43239", "99285", "36415", "70450", "93000", "47562"])
def g_icd(): return rng.choice(["W19.XXXA", "S72.001A", "I21.4", "E11.9", "R55", "T81.4XXA", "Z91.81", "N17.9", "L89.154"])
def g_facaddr(): return rng.choice(["1 Hospital Drive, Lowell, MA 01852", "295 Varnum Ave, Lowell MA 01854", "140 Lincoln Ave, Haverhill, MA 01830",
                                    "100 Cummings Center, Suite 230G, Beverly, MA 01915", "55 Main St, Andover, MA 01810", "1 Post Office Sq, Boston MA 02109"])
def g_fzip(): return rng.choice(["01852", "01854", "01830", "02109", "01915"])
def g_ext(): return "x" + d1(4)
def g_zoom(): return "%s %s %s" % (d1(3), d(4), d(4))
def g_ir(): return rng.choice(["IR-%d-%04d" % (rng.randint(2024, 2025), rng.randint(1, 2999)), "RL#%d" % rng.randint(10000, 99999), "event %d" % rng.randint(200000, 299999)])
def g_req(): return rng.choice(["ROI-%d" % rng.randint(20000, 99999), "REQ %d" % rng.randint(100000, 999999), "request #%d" % rng.randint(1000, 9999)])
def g_pol(): return rng.choice(["HIM-%02d" % rng.randint(1, 40), "RM-%d.%d" % (rng.randint(1, 12), rng.randint(1, 9)), "policy %d.%02d" % (rng.randint(100, 900), rng.randint(1, 20))])
def g_dept(): return rng.choice(["HIM", "Risk", "Patient Relations", "Legal", "Compliance", "Privacy", "Revenue Cycle", "Nursing Admin", "Security", "Quality"])
def g_unit(): return rng.choice(["4 West", "5N", "the ED", "L&D", "ICU", "7 Ortho", "the cath lab", "Med-Surg 3", "the BH unit", "PACU"])
def g_role(): return rng.choice(["CNO", "CMO", "general counsel", "VP Quality", "HIM director", "privacy officer", "CFO", "ROI lead", "nurse manager on 5N", "COO"])
def g_exp(): return "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 30))
def g_last4(): return d1(4)
def g_fee(): return rng.choice(["$%d.%02d" % (rng.randint(6, 95), rng.choice([0, 25, 50, 75, 99])), "$%d" % rng.randint(15, 250), "$%d.00" % rng.randint(20, 60)])
def g_big(): return rng.choice(["$%d,%03d" % (rng.randint(12, 950), rng.randint(0, 999)), "$%dk" % rng.randint(25, 900), "$%.1fM" % (rng.randint(11, 95) / 10)])
def g_dobold(): return fmt_date(rng.randint(1921, 1935), rng.randint(1, 12), rng.randint(1, 28), allow_short=False)
def g_dobkid(): return fmt_date(rng.randint(2009, 2023), rng.randint(1, 12), rng.randint(1, 28), allow_short=False)
def g_portal():
    pid = d1(7)
    return rng.choice(["https://mychart.stbrendans.org/MyChart/Visit?pt=%s&enc=%s" % (pid, d1(9)),
                       "https://roi.stbrendans.org/requests/%s?patient=%s" % (d1(5), pid),
                       "https://portal.stbrendans.org/p/%s/records" % pid,
                       "https://share.stbrendans.org/release/%s-%s" % (pid, d1(4))])
def g_cburl():
    p = Person()
    return "https://www.caringbridge.org/visit/" + strip_acc(p.first + p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
def g_adjemail():
    XT.append("business-contact")
    return rng.choice(["claims.intake", "adjuster.ne", "tpa.north", "losscontrol"]) + "@" + rng.choice(["baystatecasualty.com", "harborline-rrg.com", "granitemutual.com", "coastline-ins.com"])
def g_c2(): return str(rng.randint(10, 99))
def g_ssnzw():
    XT.extend(["evasion", "zero-width"]); return "%03d%s%s%s%s" % (rng.randint(100, 665), ZW, d(2), ZW, d(4))
def g_ip6():
    return "2601:%x:%x:%x::%x" % (rng.randint(256, 65535), rng.randint(256, 65535), rng.randint(1, 65535), rng.randint(1, 65535))
def g_pronoun(): return rng.choice(["her", "his", "their"])

GEN = {k[2:]: v for k, v in globals().items() if k.startswith("g_") and callable(v)}

# ---------------------------------------------------------------- engine
SLOT = re.compile(r"\[\[([A-Z_]+):([^\]]+)\]\]|\{\{([^}]+)\}\}")

def eval_spec(spec, env):
    mods = []
    while "!" in spec:
        spec, m = spec.rsplit("!", 1); mods.append(m)
    bind = None
    if "=" in spec:
        spec, bind = spec.split("=", 1)
    if spec.startswith("@"):
        v = env[spec[1:]]
    elif "." in spec:
        key, a = spec.split(".", 1)
        if key not in env:
            gen_ = key[-1] if key[-1] in "FM" else None
            env[key] = Person(want_nick=env.get("_nick_" + key, False), gender=gen_)
        v = env[key].attr(a)
    else:
        v = GEN[spec]()
    for m in mods:
        if m == "lc": v = v.lower(); XT.append("lowercase")
        elif m == "uc": v = v.upper()
        elif m == "cap": v = v[:1].upper() + v[1:]
        else: raise ValueError(m)
    if bind: env[bind] = v
    return v

def render(tpl):
    env = {}
    for m in re.finditer(r"(\w+)\.nick", tpl):
        env["_nick_" + m.group(1)] = True
    out = []; spans = []; pos = 0; blen = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit); blen += len(lit.encode("utf-8"))
        if m.group(1):
            v = eval_spec(m.group(2), env)
            spans.append((m.group(1), v, blen))
        else:
            v = eval_spec(m.group(3), env)
        out.append(v); blen += len(v.encode("utf-8")); pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans

def consistent(text, spans):
    """Each span value must be found, searching left to right, exactly where it was placed,
    and no span value may also occur unlabelled elsewhere in the message."""
    b = text.encode("utf-8"); p = 0; ranges = []
    for typ, v, off in spans:
        vb = v.encode("utf-8")
        if not vb.strip() or vb != vb.strip(): return False
        i = b.find(vb, p)
        if i != off: return False
        p = i + len(vb); ranges.append((i, p))
    for typ, v, off in spans:
        vb = v.encode("utf-8"); i = b.find(vb)
        while i >= 0:
            if not any(s <= i and i + len(vb) <= e for s, e in ranges): return False
            i = b.find(vb, i + 1)
    return True

TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age"}
STRUCT = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "CREDIT_CARD", "IP_ADDRESS"}

def make(tpl, tags, want_phi):
    for attempt in range(400):
        del XT[:]
        text, spans = render(tpl)
        if bool(spans) != want_phi:
            raise ValueError("template kind mismatch: %r" % tpl[:60])
        if consistent(text, spans):
            break
    else:
        raise RuntimeError("could not render consistently: %r" % tpl[:80])
    tg = [t for t in tags.split() if t]
    for t, v, o in spans:
        if t in TYPE_TAG: tg.append(TYPE_TAG[t])
        if t in STRUCT: tg.append("structured")
    tg += XT
    if "\n" in text: tg.append("multiline")
    if re.search(r"<@U|<mailto:|<tel:|<https?:|\*\S|`", text): tg.append("slack-markup")
    if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", text): tg.append("emoji")
    seen = []
    for t in tg:
        if t not in seen: seen.append(t)
    seen = [t for t in seen if t not in ("phi", "clean")]
    seen.insert(0, "phi" if spans else "clean")
    return {"text": text, "spans": [{"type": t, "value": v} for t, v, o in spans], "tags": seen}

# ---------------------------------------------------------------- PHI frames (part A: ROI / subpoenas)
P = []
def T(tpl, tags=""): P.append((tpl, tags))

T("subpoena in from {{firm}} for [[NAME:pt.full]], DOB [[DATE:dob]]. They want everything from [[DATE:dosy]] forward. Due {{mdate}}.", "records")
T("Got a records request for [[NAME:pt.inv]] MRN [[MRN:mrn]] — signed auth is attached, pls log it in the ROI queue", "records structured")
T("can someone pull the chart for [[NAME:pt.first!lc]] [[NAME:pt.last!lc]]? mrn [[MRN:mrn]]. atty is asking for ED notes from [[DATE:dshort]]", "records lowercase")
T("*Records request* \u2014 [[NAME:pt.full]]\n\u2022 MRN: [[MRN:mrn]]\n\u2022 DOB: [[DATE:dob]]\n\u2022 Requester: {{firm}}\n\u2022 Fee: {{fee}}", "records structured")
T("Heads up: {{firm}} served a subpoena duces tecum on {{mdate}} for {{pt.title}} [[NAME:pt.last]]'s imaging. MR# [[MRN:mrn]]. I need a custodian affidavit signed before {{wday}}.", "records")
T("pls release DOS [[DATE:dos]] thru [[DATE:dos]] only for [[NAME:pt.full]] — the auth is limited to that admission", "records")
T("FYI the auth for [[NAME:pt.fl]] expired, it was signed [[DATE:dosy]] and only good for 90 days. Sending back to the firm.", "records")
T("ROI q: is a HIPAA auth signed by the daughter ok? Pt is [[NAME:pt.full]] ([[AGE:age]] yo), daughter [[NAME:relF.full]] says she has POA", "records hipaa")
T("[[NAME:pt.last]] chart — attorney wants billing too. HAR [[ACCOUNT_NUMBER:har]], guarantor acct [[ACCOUNT_NUMBER:guar]]", "records structured")
T("Req from {{firm}}: pt [[NAME:pt.inv]] / DOB [[DATE:dob]] / SSN [[SSN:ssn]]. They sent the whole SSN in the cover letter, ugh.", "records structured")
T("did anyone already send [[NAME:pt.first]] [[NAME:pt.last]]'s records to the SSA? disability office called again about the [[DATE:dshort]] stay", "records")
T("records for [[NAME:pt.full]] went out certified mail {{mdate}}, tracking in the log. DOS [[DATE:dos]].", "records")
T("Paralegal from {{firm}} ({{atty.full}}) called re: [[NAME:pt.full]], wants a call back at [[PHONE:phone]]", "records business-contact")
T("can you fax the discharge summary for mrn [[MRN:mrn]] to [[PHONE:phone]]? it's the SSDI examiner, auth on file", "records")
T("Quick one \u2014 [[NAME:pt.last]] (MRN [[MRN:mrn]]) and [[NAME:pt2.last]] (MRN [[MRN:mrn]]) are both pending the {{fee}} copy fee, do we hold them?", "records money")
T("pulling these for the {{firm}} subpoena:\nMRN [[MRN:mrn]] and [[MRN:mrn]]\nboth admits in [[DATE:dshort]]-ish", "records")
T("`ROI-REQ` {{req}} | pt: [[NAME:pt.inv]] | mrn [[MRN:mrn]] | status: waiting on auth", "records ticket")
T("Hi team, the court order for [[NAME:pt.full]] came in. Judge signed it, so no auth needed. Records from [[DATE:dosy]] to [[DATE:dosy]].", "records")
T("The estate of [[NAME:pt.full]] is requesting records. Executor is [[NAME:rel.full]]; letters of appointment attached. Date of death [[DATE:dosy]].", "records estate")
T("executor for the [[NAME:pt.last]] estate wants the itemized bill mailed to [[ADDRESS:addr]]", "records estate")
T("Do we need letters testamentary before releasing to [[NAME:rel.first]]? [[NAME:pt.first]] [[NAME:pt.last]] passed [[DATE:dos]] and there's no probate yet.", "records estate")
T("so the son ([[NAME:relM.full]]) keeps calling abt his mom's records, he is NOT the executor. pt [[NAME:ptF.full]] dod [[DATE:dosy]]", "records estate")
T("Court-appointed guardian [[NAME:rel.full]] needs copies for [[NAME:pt.full]]. Guardianship decree from {{court}} attached. Pt DOB [[DATE:dob]].", "records guardian")
T("guardian ad litem called, re [[NAME:pt.first]] ([[NAME:pt.last]]), wants L&D records from [[DATE:dos]]", "records guardian")
T("ROI log update:\n| pt | mrn | requester | due |\n|---|---|---|---|\n| [[NAME:pt.inv]] | [[MRN:mrn]] | {{firm}} | {{mdate}} |\n| [[NAME:pt2.inv]] | [[MRN:mrn]] | SSA | {{mdate}} |", "records table")
T("@roibot log a new request: patient [[NAME:pt.full]], dob [[DATE:dob]], requester {{firm}}, records = ED + imaging", "records bot")
T("hey bot remind me {{wday}} to chase the auth for [[NAME:pt.full]]", "records bot")
T("bot: draft a cover letter to {{atty.full}} at {{firm}} for records of [[NAME:pt.full]] (MRN [[MRN:mrn]]), CD of imaging enclosed", "records bot")
T("Second request from {{firm}} for [[NAME:pt.first]] [[NAME:pt.last]] \u2014 they say we never responded. Our log shows sent {{mdate}}. MR [[MRN:mrn]].", "records")
T("they misspelled the name on the subpoena: \"[[NAME:pt.full]]\" but our pt is [[NAME:pt2.full]], DOB [[DATE:dob]]. do we reject?", "records typo")
T("records request from [[NAME:pt.full]] {{pt.him}}self for {{pt.his}} own chart, wants it emailed to [[EMAIL:pt.email]]", "records")
T("Pt [[NAME:pt.full]] requesting own records via portal, link: [[URL:portal]]", "records")
T("pt's wife [[NAME:relF.full]] came to the HIM window asking for [[NAME:ptM.first]]'s records, no auth. sent her away w/ the form", "records")
T("fwd from HIM:\n> Please release records for [[NAME:pt.full]], MRN [[MRN:mrn]], to the Workers Comp carrier.\n> DOI [[DATE:dos]]\nanyone know if we need an auth for WC?", "records forwarded")
T("records for the [[NAME:pt.last]] matter are on the share, password sent separately. dates of service [[DATE:dslash]] - [[DATE:dslash]]", "records")
T("CD for [[NAME:pt.full]] burned, mailing to [[ADDRESS:addr]] per the pt", "records")
T("Dept of Children and Families wants records for minor [[NAME:pt.full]] DOB [[DATE:dobkid]], 51A filed {{mdate}}", "records")
T("Medicaid audit request incl. member [[HEALTH_PLAN_ID:medicaid]] ([[NAME:pt.full]]) dates [[DATE:dos]]\u2013[[DATE:dos]]", "records structured")
T("Insurer wants records to process a life insurance claim for [[NAME:pt.full]], deceased [[DATE:dosy]]. Policy holder's beneficiary is [[NAME:rel.full]].", "records estate")
T("the auth lists the pt's old address, [[ADDRESS:street]], and {{pt.his}} new one in [[ADDRESS:town]]. which do we mail to", "records")

# ---------------------------------------------------------------- PHI frames (part B: risk / incidents / claims)
T("Incident report {{ir}}: pt [[NAME:pt.full]] fell in the 2nd floor bathroom on [[DATE:dos]], no injury per RN. Family notified.", "incident")
T("fall on 5N last night \u2014 [[NAME:pt.last]], [[AGE:agen]]y/o, found on floor at 0300. Son [[NAME:relM.first]] is already asking who to sue", "incident complaint")
T("*RL event* {{ir}}\nPatient: [[NAME:pt.inv]]\nMRN: [[MRN:mrn]]\nEvent date: [[DATE:dos]]\nType: medication error (wrong dose, no harm)", "incident structured")
T("Risk here. Need a sequester of the chart for [[NAME:pt.full]], MRN [[MRN:mrn]] \u2014 potential claim, letter of rep came in today from {{firm}}.", "escalation claim")
T("letter of representation rec'd re: [[NAME:pt.first!lc]] [[NAME:pt.last!lc]] (dos [[DATE:dos]]). forwarding to {{carrier}}", "claim lowercase")
T("Adjuster {{adj.full}} at {{carrier}} needs the incident date for [[NAME:pt.full]] \u2014 it's [[DATE:dosy]], right? claim was opened {{mdate}}", "claim")
T("pls call {{carrier}} adjuster back at [[PHONE:phonex]] re the [[NAME:pt.last]] claim", "claim business-contact")
T("Visitor slip and fall in the main lobby: [[NAME:pt.full]] (visitor, not a pt), lives in [[ADDRESS:town]], phone [[PHONE:phone]]. Security has video.", "incident")
T("Parking garage incident \u2014 [[NAME:pt.full]]'s car was hit by our shuttle. Plate [[VEHICLE_ID:plate]], VIN [[VEHICLE_ID:vin]]. Facilities has the report.", "incident structured")
T("the family of [[NAME:pt.full]] ([[AGE:age]]) is threatening to go to the news about the pressure injury. Daughter [[NAME:relF.full]], cell [[PHONE:phone]]", "complaint escalation")
T("Sentinel event review scheduled {{mdate}} for the [[NAME:pt.last]] case (wrong-site, DOS [[DATE:dos]]). {{s1.full}} chairing.", "incident calendar")
T("RCA packet for [[NAME:pt.inv]] \u2014 MRN [[MRN:mrn]]; DOS [[DATE:dosy]]; please keep off email, Teams only", "incident structured")
T("Grievance from [[NAME:rel.full]] re {{rel.his}} father [[NAME:ptM.full]]. Says he was discharged [[DATE:dos]] w/o a ride home. Wants a call at [[PHONE:phone]].", "complaint")
T("Patient Relations fwd:\n> My mother [[NAME:ptF.full]] was left in the hallway for 9 hours on [[DATE:dos]]. I want answers. \u2014 [[NAME:rel.full]], [[EMAIL:rel.email]]", "complaint forwarded")
T("Pt [[NAME:pt.first]] [[NAME:pt.last]] says {{pt.his}} hearing aid went missing during the stay; serial [[DEVICE_ID:serial]]. Reimbursement request ~{{fee}}.", "incident claim money")
T("Property loss claim: dentures + glasses for [[NAME:pt.full]] (MRN [[MRN:mrn]]), {{unit}}", "incident claim structured")
T("Explanted pacer from [[NAME:pt.full]] is in the risk locker, SN [[DEVICE_ID:serial]]. Manufacturer wants it back but the family's atty sent a preservation letter.", "claim device")
T("preservation letter from {{firm}} covers the insulin pump (serial [[DEVICE_ID:serial]]) for pt [[NAME:pt.last]]. DO NOT send to the vendor.", "claim device")
T("Claim update: [[NAME:pt.full]] v. St. Brendan's, {{docket}}. Depo of {{s1.full}} set for {{mdate}}. Date of the surgery was [[DATE:dosy]].", "claim litigation")
T("The [[NAME:pt.last]] case settled for {{big}}. Release signed by [[NAME:rel.full]] as executor. Please close the file.", "claim estate money")
T("Early offer program: [[NAME:pt.full]], DOB [[DATE:dob]], incident [[DATE:dos]] \u2014 CMO ok'd disclosure convo", "claim")
T("Pls add to the litigation hold list: [[NAME:pt.inv]] MRN [[MRN:mrn]], admit [[DATE:dos]]", "claim litigation structured")
T("lit hold: mrns [[MRN:mrn]], [[MRN:mrn]], [[MRN:mrn]] (all three are the [[NAME:pt.last]] twins + mom)", "claim litigation structured")
T("Court date for the guardianship of [[NAME:pt.full]] is {{mdate}} at {{time}}, {{court}}. Need a clinician affidavit re capacity.", "guardian calendar")
T("Petition for guardianship \u2014 pt [[NAME:pt.first]] [[NAME:pt.last]], [[AGE:age]], lives alone at [[ADDRESS:addr]]. Nephew [[NAME:relM.full]] is petitioner.", "guardian")
T("nephew [[NAME:relM.first!lc]] called again abt the guardianship papers for his aunt, she's still on 4W. mrn [[MRN:mrn]]", "guardian lowercase")
T("APS report filed for [[NAME:pt.full]] \u2014 concern re financial exploitation by caregiver [[NAME:rel.full]]. Case # with APS pending.", "escalation")
T("VIP: [[NAME:pt.full]] (city councilor) in ED bay 4. Lock the chart, MRN [[MRN:mrn]]. Break-the-glass alerts to privacy.", "vip escalation")
T("Privacy alert: access to [[NAME:pt.full]]'s chart from IP [[IP_ADDRESS:ip]] at 02:14, user not on care team", "privacy vip structured")
T("audit trail for MRN [[MRN:mrn]] shows logins from [[IP_ADDRESS:ip]] and [[IP_ADDRESS:ip]], can IT tell us whose workstations those are?", "privacy structured")
T("Breach risk assessment: a fax for [[NAME:pt.full]] went to [[PHONE:phone]] instead of the SSA fax. 4-factor analysis due {{mdate}}.", "privacy breach")
T("misdirected mail \u2014 [[NAME:pt.fl]]'s EOB went to [[ADDRESS:addr]], which is another pt's address. Need to notify.", "privacy breach")
T("Employee health + risk: [[NAME:emp.full]] (RN on {{unit}}) had a needlestick on [[DATE:dos]]. Source pt MRN [[MRN:mrn]].", "employee-health")
T("staff injury: our own [[NAME:empF.first]] from dietary slipped in the kitchen [[DATE:dshort]], WC claim opened. she's fine, pls don't spread it around", "employee-health")
T("{{s1.first}} \u2014 the plaintiff in the {{docket}} case is actually one of our PCAs, [[NAME:empF.full]]. She was a pt here [[DATE:dos]]. Need an ethical wall.", "employee-health claim")
T("Workplace violence report: pt [[NAME:pt.full]] assaulted a tech on {{unit}}. Police report filed. Pt DOB [[DATE:dob]].", "incident")
T("Elopement [[DATE:dos]]: [[NAME:pt.full]], [[AGE:age]] yo with dementia, found at the bus stop on {{wday}}. Daughter [[NAME:relF.first]] notified.", "incident")
T("AMA discharge \u2014 [[NAME:pt.last]], left at 4am, refused to sign. Risk wants the note from {{s1.full}}. Home # [[PHONE:phone]]", "incident")
T("ED bounce-back within 72h, [[NAME:pt.full]] DOS [[DATE:dos]] and [[DATE:dos]]; possible missed dx, flag for peer review", "incident peer-review")
T("Peer review referral: case of [[NAME:pt.initials]] (MRN [[MRN:mrn]]) \u2014 {{s1.full}} to present {{mdate}}", "peer-review")

# ---------------------------------------------------------------- PHI frames (part C: contacts, numbers, evasion, bot)
T("can someone call back [[NAME:pt.full]] at [[PHONE:phone]]? re: {{pt.his}} bill dispute / wants records", "callback")
T("@assistant call back [[NAME:rel.first]] [[NAME:rel.last]] \u2014 [[PHONE:phone]] \u2014 about the estate paperwork for [[NAME:pt.last]]", "bot callback estate")
T("move my 3pm with [[NAME:rel.full]] (the [[NAME:pt.last]] family) to {{wday}}", "bot calendar")
T("bot, schedule 30 min w/ [[NAME:relF.full]] and {{s1.full}} re: her mother's chart; her # is [[PHONE:phone]]", "bot calendar")
T("vm from [[NAME:pt.first]]?? [[NAME:pt.last]]?? hard to hear \u2014 callback [[PHONE:phone]], something about a fall on [[DATE:dshort]]", "callback typo")
T("left msg for mr [[NAME:ptM.last!lc]] at [[PHONE:phone]], no answer. will try again tmrw", "callback lowercase")
T("<tel:[[PHONE:phone=p1]]|[[PHONE:@p1]]> \u2190 that's [[NAME:relF.full]]'s cell, she's the health care proxy for [[NAME:pt.full]]", "slack-markup callback")
T("email from [[NAME:relF.full]] <mailto:[[EMAIL:relF.email=e1]]|[[EMAIL:@e1]]> asking for her late husband's records ([[NAME:ptM.full]])", "estate slack-markup")
T("send the invoice to the pt directly: [[EMAIL:ptF.email]] ([[NAME:ptF.full]]) \u2014 she's self-pay for the copies", "records money")
T("she gave her email as [[EMAIL:email_obf]] lol. pt is [[NAME:ptF.first]], DOB [[DATE:dob]]", "evasion")
T("pt's SSN on the auth is [[SSN:ssn]] but our registration has [[SSN:ssn]] \u2014 one of them is wrong, [[NAME:pt.full]]", "structured")
T("SSN is [[SSN:ssn_fw]] (copied from a scanned pdf, weird font) \u2014 [[NAME:pt.last]]", "structured")
T("caller read me the ssn as [[SSN:ssn_words]], name [[NAME:pt.full!lc]]. I did NOT verify, told her we need it in writing", "structured lowercase")
T("ss# [[SSN:ssn]] dob [[DATE:dob]] nm [[NAME:pt.inv]]", "structured typo")
T("Verifying identity for ROI: [[NAME:pt.full]], DL [[LICENSE_NUMBER:dl]], DOB [[DATE:dob]]. Matches the chart.", "records structured")
T("requester's driver's license # [[LICENSE_NUMBER:dl]] \u2014 that's the executor, [[NAME:rel.full]]", "estate structured")
T("the copy fee for the [[NAME:pt.last]] records \u2014 atty paid by card [[CREDIT_CARD:cc]], {{fee}}. can someone run it, terminal is down", "money structured")
T("pt wants to pay the records fee over the phone, card [[CREDIT_CARD:cc]] exp {{exp}}. [[NAME:pt.full]]. Pls DON'T keep this in chat after.", "money structured")
T("Medicare MBI for [[NAME:pt.full]]: [[HEALTH_PLAN_ID:mbi]]. Need it for the MSP questionnaire on the liability claim.", "claim structured")
T("Section 111 reporting: claimant [[NAME:pt.inv]], MBI [[HEALTH_PLAN_ID:mbi]], DOB [[DATE:dob]], settlement {{big}}", "claim structured money")
T("member id [[HEALTH_PLAN_ID:member]] for [[NAME:pt.full]], BCBS says they need the records for subrogation", "claim structured")
T("Subro letter from the health plan: member [[NAME:pt.full]] / ID [[HEALTH_PLAN_ID:member]] / DOI [[DATE:dosy]]", "claim structured")
T("MassHealth ID [[HEALTH_PLAN_ID:medicaid]] \u2014 pt [[NAME:pt.last]], need this to bill the copy fee to the estate instead?", "estate structured")
T("Refund for overpaid copy fee to the estate of [[NAME:pt.full]]: bank acct [[ACCOUNT_NUMBER:bank]], routing on the W-9", "estate money structured")
T("HAR [[ACCOUNT_NUMBER:har]] is the one the lawyer wants the itemization for ([[NAME:pt.full]], admit [[DATE:dos]])", "records structured")
T("acct# [[ACCOUNT_NUMBER:acct]] \u2014 [[NAME:pt.last]] \u2014 billing hold till the claim is resolved", "claim structured")
T("patient portal link the family forwarded: [[URL:portal]] \u2014 is that supposed to work without login??", "privacy")
T("their CaringBridge page for [[NAME:pt.full]] is public \u2014 [[URL:pt.cb]] \u2014 and it has photos from the ICU room. Privacy should look.", "privacy")
T("Subpoena for the nurse: {{s1.full}}, RN, license [[LICENSE_NUMBER:plic]]. Pt in the case is [[NAME:pt.full]].", "credentialing litigation")
T("DEA # [[LICENSE_NUMBER:dea]] appears on the scripts in the [[NAME:pt.last]] diversion matter. Pharmacy board wants copies.", "litigation structured")
T("[[NAME:pt.first]] [[NAME:pt.last]] MRN[[MRN:mrn]] DOB[[DATE:dob]]", "structured typo")
T("mrn: [[MRN:mrn_obf]] (pasted from the fax, spacing is weird) name [[NAME:pt.full]]", "structured")
T("Med rec # [[MRN:mrn]] / Acct [[ACCOUNT_NUMBER:har]] / [[NAME:pt.inv]] / DOB [[DATE:dob]] / DOD [[DATE:dosy]]", "estate structured")
T("chart # [[MRN:mrn]] belongs to [[NAME:pt.full]] not [[NAME:pt2.full]] \u2014 the firm mixed them up on the HIPAA auth", "records")
T("MRN [[MRN:mrn]] and [[MRN:mrn]] are duplicates for the same person ([[NAME:pt.full]]), merge ticket {{ticket}}", "structured ticket")
T("mr# [[MRN:mrn]]?? [[NAME:pt.last!lc]]. the subpoena has no DOB so I can't match it", "records lowercase")
T("[[NAME:pt.last]] again. MRN [[MRN:mrn]]. third call today.", "complaint")
T("Is [[NAME:pt.last]] the one with the 2 falls? ([[DATE:dshort]] and [[DATE:dshort]])", "incident")
T("ugh [[NAME:pt.first!lc]] is back in the ED, the one suing us. pls tell registration to flag", "claim lowercase")
T("Pts on the subpoena list:\n- [[NAME:pt.full]]\n- [[NAME:pt2.full]]\n- [[NAME:pt3.full]]\nall DOS in Q2, {{firm}} represents all three", "records list")
T("names from the class action exhibit: [[NAME:pt.inv]]; [[NAME:pt2.inv]]; [[NAME:pt3.inv]]", "litigation list")
T("[[NAME:pt.full]] (\"[[NAME:pt.nick]]\") called the operator 4x today asking for {{s1.full}}", "complaint")
T("Mrs [[NAME:ptF.last]] \u2014 goes by [[NAME:ptF.nick]] \u2014 daughter wants to pick up the records Friday", "records")
T("fyi [[NAME:pt.initials]] (MRN [[MRN:mrn]]) is the pt in the news story, don't discuss outside this channel", "vip")
T("wait is [[NAME:pt.full]] really [[AGE:age]]?? dob says [[DATE:dobold]]", "age")
T("deceased pt [[NAME:pt.full]] age [[AGE:agen]], expired [[DATE:dos]] in {{unit}}. ME case? Risk needs to know before the family's atty calls.", "estate escalation")
T("oldest claimant in the file, [[NAME:pt.last]], is [[AGE:age]] years old \u2014 depo needs to be done at home in [[ADDRESS:town]]", "litigation age")
T("Home visit for depo: [[ADDRESS:addr]] (pt [[NAME:pt.full]], [[AGE:agen]] y/o, bedbound)", "litigation")
T("pt's mailing addr for the records: [[ADDRESS:pobox]]", "records")
T("return-to address on the request is [[ADDRESS:street]], [[ADDRESS:town]] \u2014 different from the chart. [[NAME:pt.last]]", "records")
T("zip on the auth ([[ADDRESS:zip]]) doesn't match registration ([[ADDRESS:zip]]) for [[NAME:pt.full]]", "records")
T("she lives in [[ADDRESS:town]] now, moved in with her son [[NAME:relM.full]]. Pt [[NAME:ptF.full]].", "records")
T("Visitor [[NAME:visM.full]] was trespassed after the incident w/ pt [[NAME:pt.full]]; security has his DL [[LICENSE_NUMBER:dl]] and plate [[VEHICLE_ID:plate]]", "incident security")
T("car towed from the ED lot belongs to the pt, [[NAME:pt.full]]. VIN [[VEHICLE_ID:vin]]. Family asking who pays.", "incident")
T("pls tell {{s1.first}} that [[NAME:pt.first]] [[NAME:pt.last]]'s pump serial is [[DEVICE_ID:serial]] \u2014 manufacturer recall notice matched it", "device")
T("CGM s/n [[DEVICE_ID:serial]] \u2014 pt [[NAME:pt.last]] \u2014 data download requested by plaintiff's counsel", "device litigation")
T("cc: {{s1.full}}\n\nRe: [[NAME:pt.full]] \u2014 DOB [[DATE:dob]]\nThe attorney's phone is [[PHONE:phone]], email [[EMAIL:bizemail]]. Please coordinate the depo.", "litigation business-contact multiline")
T("the adjuster's email is [[EMAIL:adjemail]] \u2014 pls send the incident summary for [[NAME:pt.full]] ([[DATE:dos]])", "claim business-contact")
T("Hi {{s1.first}}, forwarding the [[NAME:pt.last]] demand letter. Plaintiff counsel: {{atty.full}}, [[PHONE:phonex]]", "claim business-contact")
T("Fax # for the firm is [[PHONE:phone]] \u2014 sending the [[NAME:pt.last]] records there now", "records business-contact")
T("callback # for [[NAME:pt.first]]: [[PHONE:phone_obf]]", "callback")
T("her phone is [[PHONE:phone_obf]] \u2014 pt [[NAME:pt.full]], re: fall [[DATE:dos]]", "incident")
T("\U0001F6A8 [[NAME:pt.full]] family at the front desk demanding the chart. Security + PR pls. MRN [[MRN:mrn]]", "escalation")
T("\U0001F64F thank you for turning around the [[NAME:pt.last]] request so fast, the family was really grateful", "records")
T("*urgent* subpoena for [[NAME:pt.full]] was served on the ED desk instead of HIM. Need it by EOD. DOB [[DATE:dob]]", "records escalation")
T("can u check if [[NAME:pt.fl!lc]] has any other admits besides [[DATE:dslash]]?? atty wants all", "records lowercase")
T("pt name on fax cover: [[NAME:pt.inv]]\nDOB: [[DATE:dob]]\nRe: Request for ALL records incl. psych\nFrom: {{firm}}", "records multiline")
T("Got the probate decree. [[NAME:rel.full]] is personal representative of the estate of [[NAME:pt.full]], who died [[DATE:dosy]].", "estate")
T("Estate of [[NAME:pt.inv]], deceased \u2014 executor [[NAME:rel.full]], [[ADDRESS:addr]], tel [[PHONE:phone]]", "estate structured")
T("the executor ([[NAME:rel.first]]) sent a death cert with a different DOD ([[DATE:dos]]) than ours ([[DATE:dos]])", "estate")
T("[[NAME:rel.full]] is the pt's POA per the doc scanned on [[DATE:dos]]; pt is [[NAME:pt.full]], MRN [[MRN:mrn]]", "records")
T("Teams call w/ {{atty.full}} re [[NAME:pt.full]] moved to {{mdate}} {{time}} \u2014 they want the ED triage note from [[DATE:dos]]", "calendar litigation")
T("Deposition of our custodian of records in [[NAME:pt.full]] v. {{s1.last}} is {{mdate}}. Bring the cert. copy of MRN [[MRN:mrn]].", "litigation calendar")
T("> From: {{atty.full}}\n> Subject: [[NAME:pt.full]] \u2014 DOB [[DATE:dob]]\n> Please confirm receipt of the subpoena.\nconfirming now", "records forwarded")
T("Reminder: f/u for [[NAME:pt.full]] due [[DATE:dshort]] per the disclosure plan \u2014 {{s1.full}} to call", "claim")
T("notes from the disclosure mtg w/ the [[NAME:pt.last]] family:\n1. apologized for the delay in dx\n2. son [[NAME:relM.first]] wants records\n3. f/u mtg {{mdate}}", "claim multiline")
T("hey {{s1.first}} can u sign the custodian cert for [[NAME:pt.last]], [[NAME:pt2.last]] and [[NAME:pt3.last]]? stack is on your chair", "records list")
T("Pls QA these before release: [[MRN:mrn]] ([[NAME:pt.last]]), [[MRN:mrn]] ([[NAME:pt2.last]])", "records list structured")
T("pt [[NAME:pt2.last!lc]] no wait, it's [[NAME:pt.last!lc]], the one w/ the subpoena. mrn [[MRN:mrn]]", "lowercase typo")
T("Atty for the guardian, {{atty.full}} ({{firm}}), needs proof of guardianship for [[NAME:pt.full]] on file by {{mdate}}. Guardian: [[NAME:rel.full]].", "guardian")
T("Quick q \u2014 can a grandparent ([[NAME:rel.full]]) get a minor's records? Kid is [[NAME:pt.first]], DOB [[DATE:dobkid]]", "records")
T("{{pt.title}} [[NAME:pt.last]] called, very upset about a bill from [[DATE:dshort]]. Wants a callback from Risk, not Billing. [[PHONE:phone]]", "complaint callback")
T("re: the [[NAME:pt.last]] suit \u2014 plaintiff's expert wants fetal monitor strips from [[DATE:dosy]]. Those are archived in {{version}}, IT ticket {{ticket}}", "litigation ticket version")
T("update: mtg w/ {{role}} on the [[NAME:pt.first]] [[NAME:pt.last]] matter is at {{time}}. Dr. {{s1.last}} will join. DOS [[DATE:dos]].", "calendar claim")

T("new adjuster on our files at {{carrier}} is {{adjF.full}}, direct line [[PHONE:phonex]], email [[EMAIL:adjemail]]", "business-contact claim")
T("{{firm}} says send the certified copies to [[EMAIL:bizemail]] instead of mailing, {{atty.full}} approved", "business-contact records")
T("clerk's office fax for the {{docket}} filing: [[PHONE:phone]] (per {{s1.first}})", "business-contact litigation")
T("<mailto:[[EMAIL:bizemail=b1]]|[[EMAIL:@b1]]> is the only address {{firm}} wants used for subpoena correspondence", "business-contact slack-markup")
T("ssn on the W-9 for the executor [[NAME:rel.full]]: [[SSN:ssnzw]] (someone pasted it from a pdf)", "estate structured")
T("Privacy: VPN log shows the chart of [[NAME:pt.full]] opened from [[IP_ADDRESS:ip6]] after hours", "privacy structured")

# ---------------------------------------------------------------- clean frames (part 1: hard negatives)
C = []
def K(tpl, tags=""): C.append((tpl, tags))

K("{{s1.full}} from {{dept}} is covering the ROI queue while I'm out {{wday}}\u2013{{wday}}", "staff-name")
K("Reminder: subpoenas should be served at {{facaddr}}, Attn: Health Information Management. Not the ED.", "facility-address")
K("{{atty.full}} at {{firm}} confirmed the deposition for {{mdate}} at {{time}}. Conf room booked: {{room}}.", "calendar business")
K("Depo prep with Dr. {{s1.last}} moved to {{wday}} {{time}}, {{room}}", "calendar")
K("@roibot move my {{time}} with {{atty.full}} to {{wday}}", "bot calendar")
K("bot pls book {{room}} for the claims committee, {{mdate}} {{time}}, 90 min", "bot calendar")
K("We closed {{count}} requests last month; backlog is down to {{count}}. Nice work everyone \U0001F389", "count")
K("Copy fee schedule update: $0.{{c2}} per page after the first 20, max {{fee}} per state law. Effective {{mdate}}.", "money")
K("Invoice from {{firm}} for outside counsel \u2014 {{po}}, {{money}}. Who approves these now, {{role}}?", "money po")
K("Quick reminder that the new system uses 10-digit MRNs, so please stop padding with zeros in the log", "mrn-topic")
K("pls stop asking requesters for SSN on the intake form, it's not required and compliance flagged it", "ssn-topic")
K("We had {{count}} claimants over 90 this year \u2014 {{role}} wants that in the board report (aggregate only)", "age-aggregate")
K("Policy {{pol}} (Release of Information) effective {{mdate}}; old version retired.", "policy")
K("ticket {{ticket}} is for the fax server outage, not a privacy event. closing.", "ticket")
K("ROI software is on {{version}} after last night's upgrade, report any weirdness in {{ticket}}", "version ticket")
K("NPI for the group is {{npi}}, they need it on the custodian certification letterhead", "npi")
K("FYI CPT {{cpt}} is what the firm keeps asking about on the itemized bills \u2014 it's just the ED visit level", "cpt")
K("the ICD {{icd}} code is on the RL report template as a default, {{s1.first}} is fixing it", "icd")
K("Hope Lodge called about the shuttle schedule, can someone from Facilities call them back? ext {{ext}}", "lookalike ext")
K("in good faith we produced everything responsive; {{atty.full}} says the other side is fine with it", "lookalike")
K("Will do \u2014 I'll mark it complete once {{s1.first}} signs", "lookalike")
K("the will was admitted to probate, per {{atty.full}}. no action for us until the executor sends letters", "lookalike estate")
K("Rose room is booked all day {{wday}} for the mock trial with {{firm}}", "lookalike calendar")
K("Bill the firm for the CD and the certification, {{fee}} total. {{po}}", "lookalike money")
K("Grant funding for the patient-safety program came through \u2014 {{big}} over FY2026", "lookalike money")
K("Mark the {{req}} as complete pls, records went out {{wday}}", "lookalike")
K("Chase sent the lockbox statement for the copy-fee account, {{s1.first}} has it", "lookalike money")
K("Page the admin on call if a subpoena comes in after hours, don't leave it at the desk", "lookalike")
K("there's a 30-day grace period on the outstanding copy fees before we send to collections", "lookalike")
K("Faith-based community groups are invited to the patient safety forum on {{mdate}}", "lookalike calendar")
K("{{role}} {{s1.full}} wants a one-pager on open claims by {{mdate}}. Counts and $ reserves only, no names.", "exec-name")
K("new adjuster at {{carrier}} is {{adjF.full}}; she replaces {{adj2.full}} on all our files", "business")
K("{{firm}} moved offices \u2014 new address {{facaddr}}. Update the vendor master.", "facility-address business")
K("our Lowell campus zip is 01852 (Varnum Ave is 01854) for the courier form", "zip-like facility-address")
K("court date for {{docket}} got continued to {{mdate}}; {{court}}", "calendar litigation")
K("Judge {{s1.last}} granted the protective order in {{docket}}. Production due {{mdate}}.", "litigation")
K("Zoom for the mediation: {{zoom}}, passcode in the invite", "calendar")
K("team mtg moved to {{wday}} {{time}} in {{room}} \u2014 agenda: backlog, the new auth form, holiday coverage", "calendar")
K("Q3 risk report is due {{mdate}}. Please have your incident counts to {{s1.first}} by {{wday}}.", "calendar deadline")
K("reserves for FY2026 are {{big}} across {{count}} open files, per {{carrier}}", "money count")
K("the 90-day retention on the ROI audit logs is too short, {{role}} wants 7 years", "age-aggregate")
K("does anyone have the template for the custodian of records affidavit? the one from {{version}} is outdated", "version")
K("{{s1.full}} ({{dept}}) and {{s2.full}} ({{dept}}) are the new privacy liaisons for {{unit}}", "staff-name")
K("shoutout to {{s1.first}} for handling {{count}} subpoenas this week \U0001F44F", "staff-name")
K("HIM window hours change {{mdate}}: 8:30\u20134:00, closed 12\u20121 for lunch", "calendar")
K("Courier pickup for certified records is {{time}} daily from {{room}}", "facility")
K("Can we get a second scanner for ROI? quote from the vendor is {{money}}, {{po}}", "money po")
K("The state changed the max copy charge to {{fee}} + $0.{{c2}}/page. {{s1.first}} is updating the fee sheet.", "money")
K("Room {{count}} on 4W is the only one with the bariatric lift, unrelated FYI from facilities", "room")
K("{{firm}} is the new panel counsel for med mal; {{atty.full}} is lead.", "business")
K("I\u2019ll be at {{court}} all day {{wday}} for the hearing, ping {{s1.first}} for anything urgent", "calendar")

# ---------------------------------------------------------------- clean frames (part 2: everyday voices)
K("anyone know if the fax in HIM is working again?", "")
K("lunch order going in at 11:30, reply w/ what you want", "")
K("*ROI weekly stats*\n\u2022 received: {{count}}\n\u2022 completed: {{count}}\n\u2022 pending auth: {{count}}\n\u2022 avg turnaround: {{count}} days", "count")
K("| metric | this wk | last wk |\n|---|---|---|\n| subpoenas | {{count}} | {{count}} |\n| court orders | {{count}} | {{count}} |\n| SSA requests | {{count}} | {{count}} |", "table count")
K("`SELECT count(*) FROM roi_requests WHERE status='PENDING'` returns {{count}}, does that match your dashboard?", "code count")
K("<@U04RK{{count}}> can you take the court orders today? I'm swamped", "slack-markup")
K("<@U02HX7Q9L> <@U03MM1A2B> mock depo slides are in the Risk share, pls review by {{wday}}", "slack-markup calendar")
K("pls dont forward subpoenas to my personal inbox, use the ROI shared mailbox", "")
K("reminder: Teams only for anything w/ pt info, no texting", "hipaa")
K("Training on the new HIPAA auth form is {{mdate}} {{time}}, {{room}}. Mandatory for ROI staff.", "calendar hipaa")
K("who has the key to the risk locker? need to log an item in", "")
K("ok the printer on 2 is jammed AGAIN \U0001F621", "emoji")
K("thx!", "")
K("can someone cover the HIM window from {{time}} to {{time}}? I have a dentist appt", "calendar")
K("bot: what's on my calendar {{wday}}?", "bot calendar")
K("@roibot add a task: follow up with {{firm}} on the unsigned auth, due {{mdate}}", "bot")
K("hey assistant, reschedule the claims committee to the {{count}}th if the CMO can make it", "bot calendar")
K("bot, cancel my {{time}} and tell {{s1.first}} I'm stuck at court", "bot calendar")
K("Did {{carrier}} ever send the reservation-of-rights letter on {{docket}}?", "litigation")
K("fwd from {{s1.first}}:\n> Please note the office will close at 2pm on {{mdate}}.\n> Requests received after noon will be logged the next business day.", "forwarded calendar")
K("Note to self: the notary is in Admin 3rd floor on Tuesdays only, {{s1.first}} covers the rest", "")
K("we need a better process for court orders vs subpoenas. a subpoena signed by an atty is NOT enough for psych or SUD records (42 CFR Part 2)", "hipaa")
K("lol the firm sent their subpoena to the wrong hospital again. returned to sender.", "")
K("does the 30-day clock start on receipt or on valid auth? asking for the audit", "")
K("{{count}} falls on {{unit}} in Q2 vs {{count}} in Q1 \u2014 trend is down, good news for the committee", "count")
K("The board patient safety committee meets {{mdate}}. Materials due to {{s1.full}} a week before.", "calendar exec-name")
K("just got off the phone with {{atty.full}}. they'll withdraw the subpoena if we send a certification of no records.", "business")
K("Correction: the mediation is at {{firm}}'s office, not ours. {{facaddr}}.", "facility-address calendar")
K("Who\u2019s the contact at {{carrier}} now? my list still says {{adj.full}}", "business")
K("claims triage mtg notes:\n1. {{count}} new letters of rep\n2. {{count}} closed w/o payment\n3. {{carrier}} audit {{mdate}}", "count multiline")
K("new hire {{s1.first}} starts {{wday}} in ROI, pls say hi \U0001F44B", "staff-name")
K("is the ROI shared drive down for anyone else? getting error 0x80070035", "")
K("Legal hold notices for {{docket}} went to {{count}} custodians, {{count}} acknowledged so far", "litigation count")
K("Don't use the old auth form (rev {{version}}). New one is on the intranet under Forms > HIM.", "version")
K("IT says the release portal will be down {{wday}} {{time}}\u2013{{time}} for patching ({{ticket}})", "ticket calendar")
K("pro tip: the SSA requests come with a barcode sheet, keep it with the packet", "")
K("Incident reporting goes through RL now, not paper. {{pol}} attached.", "policy")
K("The Joint Commission visit window opens {{mdate}} \u2014 make sure the ROI log is current", "calendar")
K("{{role}} approved OT for the backlog project through {{mdate}}", "calendar exec-name")
K("Can we get {{s1F.full}} from Compliance on the {{wday}} call? She wrote the breach policy.", "staff-name")
K("We owe {{firm}} a response on the motion to quash by {{mdate}}", "deadline litigation")
K("staff: please log every subpoena in the tracker the same day. {{count}} were missing last audit.", "count")
K("Parking for the deposition is in Garage B, level 3. Validation at the front desk.", "facility")
K("pls remember to shred drafts \u2014 the bins are in {{room}}", "")
K("is it ok to accept e-signed auths via DocuSign? {{s1.first}} says yes per {{pol}}", "policy")
K("thank you all for a great FY \u2014 {{count}} requests, zero breaches!! \U0001F3C6", "count emoji")
K("fax cover sheets need the confidentiality statement, updated version in {{room}}", "")
K("our med mal premium went up {{big}} this renewal, {{role}} is not happy", "money exec-name")
K("Coffee machine on 3 is fixed. Carry on.", "")
K("{{s1.first}}: did u get my msg about the vendor contract renewal?\n{{s2.first}}: yep, sending to legal today", "multiline staff-name")
K("mock trial debrief {{mdate}} \u2014 {{firm}} will present lessons learned, lunch provided", "calendar")
K("the custodian affidavit needs to be notarized \u2014 our notaries are {{s1.full}} and {{s2.full}}", "staff-name")
K("reminder the ROI desk is closed {{mdate}} for the holiday", "calendar")
K("Has anyone dealt with a subpoena from out of state? {{court}} wants it domesticated first I think", "litigation")
K("can we standardize on PDF/A for the release packets? CDs are dying", "")
K("new vendor for imaging CDs is RecordPoint Solutions; account rep is {{s1.full}}, ext {{ext}}", "business ext")

# ---------------------------------------------------------------- clean frames (part 3: tricky negatives)
K("caller only gave the last 4 of the SSN ({{last4}}) and no name, so I couldn't do anything with it", "ssn-topic last4")
K("corporate card ending {{last4}} expires {{exp}} \u2014 who renews the courier account?", "money last4")
K("The {{s1.last}} Family Foundation gift ({{big}}) is funding the new patient-safety fellowship", "donor")
K("Board member {{s1.full}} asked for a tour of HIM on {{mdate}}", "exec-name calendar")
K("Dr. {{s1F.last}} is the expert for the defense in {{docket}}; her CV is in the folder", "litigation staff-name")
K("the DOB field on the intake form should be required, {{s1.first}} will fix the template in {{version}}", "form")
K("deadline to respond to the {{firm}} subpoena is 14 days from service \u2014 that's {{mdate}}", "deadline")
K("records retention for minors is until age 21 + 7 years here. adults 10 yrs post-discharge.", "policy")
K("A {{youngage}}-year-old visitor fell in the lobby per Security, no name taken, no injury \u2014 do we need an RL?", "incident age")
K("Extension for HIM is {{ext}}, Risk is {{ext}}. Please update your signatures.", "ext")
K("Parking validation codes changed, new code is in the Teams channel pinned msg", "")
K("The {{s1.last}} Pavilion (main entrance) will be closed {{mdate}} for the floor refinishing", "facility calendar")
K("{{s1.full}} is the new VP of Risk, starting {{mdate}}. Welcome!", "exec-name calendar")
K("pls RSVP for the Risk Management Week lunch \u2014 {{mdate}}, {{room}}", "calendar")
K("Do we charge {{carrier}} for copies or are insurers exempt? {{pol}} is unclear", "money policy")
K("the auth template still says 'expires 180 days after signature' \u2014 legal wants 1 year", "policy")
K("Printed {{count}} pages for the {{docket}} production, Bates range done by {{s1.first}}", "litigation count")
K("I'm WFH {{wday}}, reachable on Teams. {{s2.first}} has the office keys.", "staff-name")
K("lower case q: do we redact SUD notes before or after the Bates stamping?", "lowercase")
K("risk mgmt newsletter draft is up \u2014 theme this month is 'speaking up', feedback by {{mdate}}", "calendar")
K("Note the court clerk at {{court}} only accepts filings until 4:30", "litigation")
K("need an ETA on the {{req}} packet, the firm called twice", "")
K("Security's incident log moved to a new platform {{version}}; old logs archived under {{ticket}}", "version ticket")
K("{{count}} patients 90+ on the census today, Nursing asked us to be mindful w/ POA paperwork", "age-aggregate")

# ---------------------------------------------------------------- main
N_PHI, N_CLEAN = 385, 315

def pick(frames, n):
    """Frames without slots are used once; the others are cycled in shuffled batches."""
    fixed = [i for i, (t, g) in enumerate(frames) if not SLOT.search(t)]
    vary = [i for i, (t, g) in enumerate(frames) if SLOT.search(t)]
    order = fixed[:n]
    while len(order) < n:
        batch = list(vary); rng.shuffle(batch); order += batch
    return order[:n]

def build(frames, n, want_phi, seen):
    out = []
    for i in pick(frames, n):
        tpl, tags = frames[i]
        for _ in range(50):
            m = make(tpl, tags, want_phi)
            if m["text"] not in seen: break
        else:
            raise RuntimeError("duplicate text from frame %d" % i)
        seen.add(m["text"]); out.append(m)
    return out

def main():
    seen = set()
    msgs = build(P, N_PHI, True, seen) + build(C, N_CLEAN, False, seen)
    rng.shuffle(msgs)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, m in enumerate(msgs, 1):
            rec = {"id": "ik-%04d" % n, "text": m["text"], "spans": m["spans"], "tags": m["tags"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("frames: %d PHI + %d clean = %d; wrote %d messages (%d PHI, %d clean) to %s" % (
        len(P), len(C), len(P) + len(C), len(msgs), sum(1 for m in msgs if m["spans"]),
        sum(1 for m in msgs if not m["spans"]), OUT))

if __name__ == "__main__":
    main()
