#!/usr/bin/env python3
"""Generator of a PHI-labelled chat corpus (prefix ij).

Persona: scheduler at an ambulatory surgery center (case boards, block time,
implants / loaner trays, pre-op calls, NPO, rides home, cancellations, prior auths).
Standard library only, fixed seed. Writes generated_ij.jsonl next to this script.
"""
import json, os, random, re, sys, unicodedata

SEED = 4417
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_ij.jsonl")
N_PHI, N_CLEAN = 385, 315

# ----------------------------------------------------------------------------
# name lists (patients, relatives) -- (given name, gender)
# ----------------------------------------------------------------------------
FIRST_F = """Guadalupe Xiomara Yesenia Marisol Itzel Maribel Araceli Rosalinda Keisha Latoya Tanisha
Imani Shanice Ebony Tamika Adaeze Abena Folake Ngozi Chinwe Yetunde Wanjiru Amina Hodan Mekdes Zawadi
Selamawit Priya Anjali Farhana Lakshmi Harpreet Nirmala Sunita Mei Xiaoling Yuki Soo-ah Hye-jin
Nguyet Phuong Maricel Bounmy Thuy Fatima Layla Nasrin Rania Samira Oksana Agnieszka Svetlana
Katarzyna Ludmila Siobhan Niamh Aoife Bridget Carmela Giovanna Antonella Concetta Winona Tallulah
Leilani Malia Losa Dorothy Brenda Faith Rose Gloria Bernadette Joyce Evelyn Marguerite""".split()
FIRST_M = """Alejandro Joaquín Rigoberto Héctor Ernesto Wilfredo DeShawn Jamal Darnell Tyrone Marquis
Cedric Reginald Oluwaseun Kwame Yaw Emeka Kofi Chinonso Abebe Tesfaye Otieno Mohamed Rajesh Sandeep
Imran Venkat Arjun Gurpreet Hiroshi Jae-won Min-jun Wei Thanh Somchai Rizal Dara Yousef Omar Karim
Tariq Bashir Dmitri Bogdan Miroslav Vasile Tomasz Declan Padraig Colm Eamon Giuseppe Rocco
Salvatore Vincenzo Ahanu Keoni Sione Tevita Harold Gary Walter Leonard Earl""".split()
SURNAMES = """Delgado Ramírez Villanueva Oyola Quiñones Castillo Santiago Arroyo Figueroa Washington Jefferson
Booker Mayfield Haynes Ellison Pettiford Okonkwo Adeyemi Mensah Boateng Nwosu Owusu Diallo Ogunleye
Kamau Wolde Mohamud Odhiambo Haile Abdi Raghunathan Patel Chowdhury Iyer Sandhu Bhattacharya Siddiqui
Nakamura Zhang Park Takahashi Huang Choi Nguyen Phommachanh Santos Bautista Tran Srisai Haddad
Al-Masri Khoury Rahimi Nasser Farouk Kowalczyk Petrenko Novak Horvath Wiśniewska Ionescu O'Neill
McNamara Gallagher O'Sullivan Fitzpatrick Russo DiStefano Esposito Lombardi Begay Yazzie Tsosie
Whitehorse Kealoha Tupou Faleolo Mahoe Szymański Moreno-Levy Hughes-Adeyemi Okafor-Bell Greenberg
Lindgren MacAulay""".split()
SURNAMES += ["de la Cruz", "Van Dyke", "van der Berg", "Running Bear", "Da Silva", "St. Pierre",
             "del Rosario", "Le Blanc", "D'Amico", "McGowan"]
NICK = {"Guadalupe": "Lupe", "Alejandro": "Alex", "Rigoberto": "Rigo", "Wilfredo": "Willy",
        "Oluwaseun": "Seun", "Chinonso": "Nonso", "Reginald": "Reggie", "Venkat": "Venky",
        "Salvatore": "Sal", "Giuseppe": "Joe", "Vincenzo": "Enzo", "Padraig": "Paddy",
        "Bernadette": "Bernie", "Marguerite": "Peggy", "Dorothy": "Dot", "Katarzyna": "Kasia",
        "Xiomara": "Xio", "Rosalinda": "Rosie", "Svetlana": "Sveta", "Ludmila": "Lyuda",
        "Concetta": "Connie", "Leonard": "Lenny", "Harold": "Hal", "Tanisha": "Tish",
        "Maricel": "Cel", "Antonella": "Nella", "Min-jun": "MJ", "Jae-won": "Jay",
        "Bogdan": "Bob", "Yetunde": "Tunde", "Araceli": "Chely", "Walter": "Walt"}
MIDS = list("ABCDEFGHJKLMNPRSTW")

# ----------------------------------------------------------------------------
# staff / business people (never PHI in business context)
# ----------------------------------------------------------------------------
SURGEONS = ["Lindqvist", "Abernathy", "Venkataraman", "Oyelaran", "Castellanos", "Brennan", "Takeda",
            "Halvorsen", "Achterberg", "Kessler", "Feld", "Dufresne", "Marchetti", "Obi", "Ruiz-Tagle",
            "Sokolov", "Whitcombe", "Adebayo-Kline"]
ANES = ["Mirza", "Sato", "Pellegrino", "Nyambura", "Hartigan", "Zielinski", "Bhatt", "Coelho"]
STAFF_F = ["Trish", "Marcy", "Deb", "Rafa", "Nkem", "Bao", "Kristen", "Luis", "Tamsin", "Gio", "Shauna",
           "Elif", "Marek", "Yolanda", "Kenji", "Renee", "Dwayne", "Ifeoma", "Colleen", "Parisa", "Jojo",
           "Meghan", "Tuan", "Ximena", "Brody", "Kalani", "Sinead", "Ravi", "Danielle", "Hamza"]
STAFF_L = ["Costa", "Pruitt", "Lemieux", "Okoro", "Vo", "Sorensen", "Batista", "Kaur", "Doyle",
           "Ferraro", "Yilmaz", "Brandt", "Abiodun", "Nakashima", "Sheehan", "Alvarado", "Kowal",
           "Tremblay", "Osei", "Quigley"]
EXECS = [("Patrice Lamontagne", "CEO"), ("Gordon Whitfield", "VP of perioperative services"),
         ("Anita Ferreira-Lobo", "CFO"), ("Desmond Achebe", "CMO"), ("Ruth Sandoval", "COO"),
         ("Lorraine Kilbride", "CNO"), ("Hank Oberholtzer", "board chair")]
VENDORS = ["Stryker", "Arthrex", "Zimmer Biomet", "Smith+Nephew", "DePuy Synthes", "Medline",
           "Olympus", "Alcon", "Conmed", "Karl Storz"]
REPS = ["Tomasz Wrobel", "Kayla Brandt", "Dev Malhotra", "Javi Ortega", "Brianna Cole",
        "Nana Asante", "Lindsey Moreau", "Shay Reilly", "Marco Bellini", "Ana Lucia Ferraz"]
PAYERS = ["BCBS MA", "Tufts", "Harvard Pilgrim", "Medicare", "MassHealth", "Aetna", "Cigna", "UHC",
          "Fallon", "Mass General Brigham Health Plan", "Wellsense", "Humana"]
PROCS = ["L TKA", "R TKA", "R knee scope w/ partial menisectomy", "L knee scope", "lap chole",
         "R carpal tunnel release", "L CTR", "cataract OD", "cataract OS", "ACL recon", "R shoulder scope/RCR",
         "L shoulder scope", "inguinal hernia repair", "umbilical hernia", "hysteroscopy D&C", "colonoscopy",
         "EGD", "trigger finger release", "bunionectomy", "ORIF distal radius", "tonsillectomy",
         "septoplasty", "excision of lipoma", "L UKA", "R THA anterior", "cysto/stent removal",
         "de Quervain release", "ganglion cyst excision", "ESI L4-5", "port placement"]
ROOMS = ["OR 1", "OR 2", "OR 3", "OR 4", "OR 5", "proc rm 2", "PACU bay 4", "PACU bay 7", "pre-op 3",
         "pre-op 11", "stage II chair 6", "block room", "SPD", "rm 214"]
TOWNS = ["Dracut", "Methuen", "Haverhill", "Peabody", "Lynn", "Saugus", "Amesbury", "Tewksbury",
         "Chelmsford", "Lawrence", "Andover", "Billerica", "Danvers", "Revere", "Malden", "Newburyport",
         "Salisbury", "Groveland", "Lowell", "Wakefield", "Pelham", "Salem NH", "Hudson NH", "Ipswich"]
ZIPS = {"Dracut": "01826", "Methuen": "01844", "Haverhill": "01830", "Peabody": "01960", "Lynn": "01902",
        "Saugus": "01906", "Amesbury": "01913", "Tewksbury": "01876", "Chelmsford": "01824",
        "Lawrence": "01841", "Andover": "01810", "Billerica": "01821", "Danvers": "01923",
        "Revere": "02151", "Malden": "02148", "Newburyport": "01950", "Salisbury": "01952",
        "Groveland": "01834", "Lowell": "01852", "Wakefield": "01880", "Pelham": "03076",
        "Salem NH": "03079", "Hudson NH": "03051", "Ipswich": "01938"}
STREETS = ["Tarbox Ln", "Lowell St", "Birch Hill Rd", "Pleasant St", "Mammoth Rd", "Broadway",
           "Chestnut St", "Riverside Dr", "Osgood St", "Maple Ave", "Essex St", "Bradford Ave",
           "Lakeview Ave", "Pine Grove Ter", "Hampshire St", "Cross St", "Juniper Cir", "Nahant St",
           "Wentworth Dr", "Old County Rd", "Cedar Crest Way", "Main St"]
FACILITIES = ["400 Cabot Rd, Beverly MA 01915", "1 Ferncroft Rd Suite 210, Danvers MA 01923",
              "55 Merrimack St, 3rd fl, Lowell MA 01852", "12 Federal St, Salem MA 01970",
              "220 Chelmsford St (the Drum Hill site)", "800 Turnpike St, North Andover 01845"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def pick(seq):
    return R.choice(seq)

def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def new_person():
    g = R.random() < 0.55
    first = pick(FIRST_F if g else FIRST_M)
    last = pick(SURNAMES)
    mid = pick(MIDS) if R.random() < 0.5 else None
    return {"first": first, "last": last, "mid": mid, "f": g}

FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZW = "\u200b"
NBSP = "\u00a0"
SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

def d_parts(kind):
    if kind == "dob":
        y = R.randint(1931, 1999)
    else:
        y = R.choice([2025, 2025, 2026])
    m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d

def suf(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

def g_dob(ctx):
    y, m, d = d_parts("dob")
    f = R.randrange(9)
    return [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m-1]} {d}, {y}",
            f"{d}-{MON[m-1]}-{y}", f"{m:02d}{d:02d}{y}", f"{m}/{d}/{y % 100:02d}", f"{m}.{d}.{y % 100:02d}",
            f"{MON[m-1]} {d} {y}"][f]

def g_dos(ctx):
    y, m, d = d_parts("dos")
    f = R.randrange(12)
    return [f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}/{d}/{y % 100:02d}", f"{m}/{d}/{y}", f"{MON[m-1]} {d}",
            f"{MON[m-1]} {d}{suf(d)}", f"{MONTHS[m-1]} {d}", f"{d}-{MON[m-1]}", f"{y}-{m:02d}-{d:02d}",
            f"{MONTHS[m-1].lower()} {d}{suf(d)}", f"{d} {MON[m-1]}", f"{m}-{d}"][f]

def g_age(ctx):
    return str(R.randint(90, 104))

def spell_num(n):
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        return "one hundred" + ("" if n == 100 else " and " + ONES[n - 100])
    return "ninety" + ("" if n == 90 else "-" + ONES[n - 90])

def g_agew(ctx):
    return spell_num(R.randint(90, 101))

AREAS = ["978", "617", "781", "508", "603", "351", "339", "857", "774"]

def phone_parts():
    return pick(AREAS), str(R.randint(201, 989)), digits(4)

def g_phone(ctx):
    a, b, c = phone_parts()
    f = R.randrange(9)
    return [f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"{a}{b}{c}",
            f"+1 {a}-{b}-{c}", f"+1 ({a}) {b} {c}", f"1-{a}-{b}-{c}", f"{a}-{b}-{c}"][f]

def g_phonex(ctx):
    return g_phone(ctx) + pick([" ext. " + str(R.randint(2, 499)), " x" + str(R.randint(100, 4999)),
                                " ext " + str(R.randint(2, 99)), ",,," + str(R.randint(200, 299))])

def g_phoneobf(ctx):
    a, b, c = phone_parts()
    f = R.randrange(5)
    if f == 0:
        return (a + ZW + "-" + b + "-" + ZW + c)
    if f == 1:
        return f"{a}-{b}-{c}".translate(FW)
    if f == 2:
        return " ".join(a + b + c)
    if f == 3:
        return " ".join(SPELL[int(x)] for x in a) + ", " + " ".join(SPELL[int(x)] for x in b) + ", " + \
            " ".join(SPELL[int(x)] for x in c)
    return f"{a}{NBSP}{b}{NBSP}{c}"

DOMS = ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "outlook.com", "icloud.com", "verizon.net",
        "hotmail.com", "protonmail.com"]

def _local(ctx, idx="0"):
    p = person(ctx, idx)
    fi = strip_accents(p["first"]).lower().replace("-", "").replace("'", "")
    la = strip_accents(p["last"]).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    f = R.randrange(6)
    return [f"{fi}.{la}", f"{fi[0]}{la}", f"{fi}{la}{R.randint(1, 99)}", f"{la}.{fi[0]}",
            f"{fi}_{la[:4]}{R.randint(50, 99)}", f"{fi}{R.randint(1940, 1999)}"][f]

def g_pemail(ctx):
    return _local(ctx) + "@" + pick(DOMS)

def g_pemailobf(ctx):
    loc = _local(ctx); d, t = pick(DOMS).split(".")
    return pick([f"{loc} [at] {d} [dot] {t}", f"{loc} at {d} dot {t}", f"{loc}(at){d}(dot){t}",
                 f"{loc} @ {d} . {t}"])

def g_bemail(ctx):
    f = pick(STAFF_F).lower(); l = pick(STAFF_L).lower()
    return pick([f"{f[0]}{l}@northshoreasc.org", f"{f}.{l}@northshoreasc.org",
                 f"{f[0]}{l}@{pick(['arthrex', 'stryker', 'zimmerbiomet', 'medline', 'conmed'])}.com",
                 f"scheduling@northshoreasc.org", f"preop.nurses@northshoreasc.org"])

def g_ssn(ctx):
    a = R.randint(101, 665); b = R.randint(10, 99); c = R.randint(1000, 9999)
    return pick([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}"])

def g_ssnobf(ctx):
    a = R.randint(101, 665); b = R.randint(10, 99); c = R.randint(1000, 9999)
    f = R.randrange(5)
    return [f"{a}{b}{c}", f"{a}.{b}-{c}", f"{a}-{b}-{c}".translate(FW), " ".join(f"{a}{b}{c}"),
            f"{a}{ZW}-{b}-{ZW}{c}"][f]

def g_mrn(ctx):
    f = R.randrange(5)
    return [digits(7), "00" + digits(6), "E" + digits(7), digits(8), str(R.randint(1, 9)) + digits(6)][f]

def g_mrnobf(ctx):
    m = digits(7)
    return pick([" ".join(m), m.translate(FW), m[:3] + ZW + m[3:], m[:3] + "-" + m[3:]])

def g_memid(ctx):
    f = R.randrange(5)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return ["".join(R.choice(L) for _ in range(3)) + digits(9), "W" + digits(10), digits(11),
            "ZGP" + digits(8) + "01", "M" + digits(9) + "-01"][f]

def g_mbi(ctx):
    L = "ACDEFGHJKMNPQRTUVWXY"
    s = (str(R.randint(1, 9)) + R.choice(L) + R.choice(L + "0123456789") + str(R.randint(0, 9)) + R.choice(L)
         + R.choice(L + "0123456789") + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) + digits(2))
    return pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

def g_mcaid(ctx):
    return "1000" + digits(8)

def g_har(ctx):
    return pick(["40" + digits(8), "H" + digits(9), "7" + digits(7)])

def g_acct(ctx):
    return pick(["G" + digits(8), digits(9), "55" + digits(6), "PA-" + digits(7)])

def g_dl(ctx):
    return pick(["S" + digits(8), "SA" + digits(7), digits(2) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(5)])

def g_dea(ctx):
    return pick("ABFM") + pick("ABCDFHKLMNOPRSTW") + digits(7)

def g_slic(ctx):
    return pick([str(R.randint(200000, 289999)), "RN" + digits(7), "NP" + digits(6)])

def g_plate(ctx):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = R.randrange(4)
    return [str(R.randint(1, 9)) + "".join(R.choice(A) for _ in range(3)) + digits(2),
            str(R.randint(1, 9)) + "".join(R.choice(A) for _ in range(2)) + " " + digits(3),
            digits(7), "".join(R.choice(A) for _ in range(3)) + " " + digits(4)][f]

def g_vin(ctx):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(["1HG", "2T1", "5YJ", "JTD", "1FT", "3VW", "KNM"]) + "".join(R.choice(A) for _ in range(14))

def g_sn(ctx):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = R.randrange(5)
    return [R.choice(A) + R.choice(A) + digits(7), digits(4) + "-" + digits(5),
            "PJN" + digits(6) + R.choice(A), "SRL" + digits(7), digits(10)][f]

def g_udi(ctx):
    return f"(01)0088{digits(10)}(17){R.randint(26, 30)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(10)K{digits(5)}(21){digits(7)}"

def _slug(ctx):
    p = person(ctx, "0")
    return (strip_accents(p["first"]).lower().replace("-", ""),
            strip_accents(p["last"]).lower().replace(" ", "").replace("'", "").replace(".", ""))

def g_purl(ctx):
    fi, la = _slug(ctx)
    f = R.randrange(4)
    return [f"https://portal.northshoreasc.org/preop/checkin?pt={digits(6)}",
            f"https://mychart.northshoreasc.org/visit/{digits(8)}?name={la}_{fi[0]}",
            f"https://northshoreasc.qualtrics.com/jfe/form/SV_preop?pid={digits(7)}",
            f"https://portal.northshoreasc.org/checkin/{la}-{fi}-{digits(4)}"][f]

def g_cburl(ctx):
    fi, la = _slug(ctx)
    return pick([f"https://www.caringbridge.org/visit/{fi}{la}", f"https://www.gofundme.com/f/help-{fi}-{la}-recover",
                 f"https://{fi}{la}update.blogspot.com", f"https://www.caringbridge.org/site/{la}family"])

def g_payurl(ctx):
    return pick([f"https://pay.northshoreasc.org/guarantor/{digits(8)}", f"https://northshoreasc.billpay.net/acct?har=40{digits(8)}"])

def g_ip(ctx):
    f = R.randrange(4)
    return [f"10.{R.randint(1, 60)}.{R.randint(0, 40)}.{R.randint(2, 250)}",
            f"192.168.{R.randint(0, 60)}.{R.randint(2, 250)}",
            f"172.{R.randint(16, 31)}.{R.randint(0, 40)}.{R.randint(2, 250)}",
            "fe80::" + ":".join("%x" % R.randint(256, 65535) for _ in range(4))][f]

def town_of(ctx):
    if "town" not in ctx:
        ctx["town"] = pick(TOWNS)
    return ctx["town"]

def g_street(ctx):
    s = f"{R.randint(2, 480)} {pick(STREETS)}"
    if R.random() < 0.25:
        s += pick([f" Apt {R.randint(1, 9)}{pick('ABC')}", f" #{R.randint(1, 40)}", f" unit {R.randint(1, 12)}"])
    return s

def g_town(ctx):
    return town_of(ctx)

def g_zip(ctx):
    z = ZIPS[town_of(ctx)]
    return z + ("-" + digits(4) if R.random() < 0.3 else "")

def g_addr(ctx):
    t = town_of(ctx); z = ZIPS[t]
    st = "" if " NH" in t else pick([" MA", ", MA", " Mass"])
    return pick([f"{g_street(ctx)}, {t}{st} {z}", f"{g_street(ctx)} {t}{st} {z}", f"{g_street(ctx)}, {t}"])

def g_pobox(ctx):
    return f"PO Box {R.randint(11, 2999)}, {town_of(ctx)} {ZIPS[town_of(ctx)]}"

def luhn_complete(prefix, length):
    num = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return num + str((10 - tot % 10) % 10)

def g_cc(ctx):
    f = R.randrange(4)
    if f == 3:
        n = luhn_complete(pick(["34", "37"]), 15)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    n = luhn_complete(pick(["4", "51", "55", "6011"]), 16)
    sep = [" ", "-", ""][f]
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:]])

# ----------------------------------------------------------------------------
# person-derived names
# ----------------------------------------------------------------------------
def person(ctx, idx):
    ps = ctx.setdefault("persons", {})
    if idx not in ps:
        used = {(p["first"], p["last"]) for p in ps.values()}
        while True:
            p = new_person()
            if (p["first"], p["last"]) not in used and all(p["first"] != q["first"] and p["last"] != q["last"] for q in ps.values()):
                break
        ps[idx] = p
    return ps[idx]

def n_full(p):
    return f"{p['first']} {p['last']}"

def n_mid(p):
    return f"{p['first']} {p['mid'] or 'J'}. {p['last']}"

def n_inv(p):
    return f"{p['last'].upper()}, {p['first'].upper()}" + (f" {p['mid']}" if p["mid"] else "")

def n_nick(p):
    return NICK.get(p["first"], p["first"][:3] if len(p["first"]) > 4 else p["first"])

def with_nick_person(ctx, idx):
    # person whose first name has a real nickname
    ps = ctx.setdefault("persons", {})
    if idx not in ps:
        p = new_person()
        p["first"] = pick(sorted(NICK))
        ps[idx] = p
    return ps[idx]

def rel_word(ctx):
    if "rel" not in ctx:
        ctx["rel"] = pick(["daughter", "son", "wife", "husband", "niece", "granddaughter", "sister",
                           "brother", "nephew", "grandson", "partner", "neighbor"])
    return ctx["rel"]

REL_F = {"daughter", "wife", "niece", "granddaughter", "sister"}
REL_M = {"son", "husband", "nephew", "grandson", "brother"}

def rel_person(ctx):
    ps = ctx.setdefault("persons", {})
    if "r" not in ps:
        w = rel_word(ctx)
        r = person(ctx, "r")
        if w in REL_F or w in REL_M:
            pool = FIRST_F if w in REL_F else FIRST_M
            others = {q["first"] for k, q in ps.items() if k != "r"}
            r["first"] = pick([x for x in pool if x not in others]); r["f"] = w in REL_F
    return ps["r"]

def g_rfirst(ctx):
    return rel_person(ctx)["first"]

def g_rfull(ctx):
    r = rel_person(ctx); p = person(ctx, "0")
    if "rfull" not in ctx:
        same = rel_word(ctx) in ("wife", "husband", "son", "daughter", "brother", "sister") and R.random() < 0.6
        ctx["rfull"] = f"{r['first']} {p['last']}" if same else n_full(r)
    return ctx["rfull"]

# ----------------------------------------------------------------------------
# clean fillers
# ----------------------------------------------------------------------------
def surg_of(ctx, k="surg"):
    if k not in ctx:
        ctx[k] = pick([s for s in SURGEONS if s not in ctx.values()])
    return ctx[k]

def c_time(ctx):
    h = R.choice([6, 7, 7, 8, 9, 10, 11, 12, 1, 2, 3])
    mm = pick(["00", "15", "30", "45"])
    return pick([f"{h}:{mm}", f"{h}:{mm}a" if h >= 6 and h < 12 else f"{h}:{mm}p", f"{(h if h > 5 else h + 12):02d}{mm}"])

def c_mtgdate(ctx):
    m = R.randint(1, 12); d = R.randint(1, 28)
    return pick([f"{m}/{d}", f"{MON[m-1]} {d}", f"{MONTHS[m-1]} {d}{suf(d)}", f"{m}/{d}/26"])

def c_money(ctx):
    return pick([f"${R.randint(2, 90) * 50:,}", f"${R.randint(100, 9999)}.{R.randint(0, 99):02d}",
                 f"${R.randint(3, 60)}k", f"${R.randint(10, 99) * 1000:,}"])

def c_ticket(ctx):
    return pick([f"INC00{digits(5)}", f"RITM00{digits(5)}", f"DEL-{R.randint(1000, 1999)}",
                 f"SR-{digits(6)}", f"CHG00{digits(5)}"])

def c_po(ctx):
    return pick([f"PO {R.randint(4500000, 4599999)}", f"PO# 88{digits(5)}", f"po 31-{digits(5)}"])

def c_ver(ctx):
    return pick([f"v{R.randint(2, 12)}.{R.randint(0, 9)}.{R.randint(0, 20)}",
                 f"build 2025.{R.randint(1, 12)}.0.{R.randint(1, 9)}", f"version {R.randint(5, 9)}.{R.randint(0, 4)}"])

def c_npi(ctx):
    return "1" + digits(9)

def c_asset(ctx):
    return pick([f"AT-{digits(6)}", f"asset #{digits(5)}", f"BME {digits(5)}"])

def c_lot(ctx):
    return pick([f"{R.randint(21, 25)}K{digits(4)}", f"L{digits(7)}", f"{digits(6)}-{digits(2)}"])

def c_uid(ctx):
    return "<@U0" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">"

def c_exec(ctx):
    if "exec" not in ctx:
        ctx["exec"] = pick(EXECS)
    return ctx["exec"][0]

def c_execrole(ctx):
    c_exec(ctx)
    return ctx["exec"][1]

def c_rep(ctx):
    if "rep" not in ctx:
        ctx["rep"] = pick(REPS)
    return ctx["rep"]

def c_repf(ctx):
    return c_rep(ctx).split()[0]

def c_cpt(ctx):
    return pick(["27447", "29881", "47562", "64721", "66984", "29888", "29827", "49505", "45378", "43239",
                 "26055", "28296", "25607", "62323"])

def c_icd(ctx):
    return pick(["M17.11", "M23.221", "K80.20", "G56.01", "H25.11", "S83.511A", "M75.121", "K40.90",
                 "M65.311", "M20.11"])

def c_ext(ctx):
    return pick([f"x{R.randint(2000, 4999)}", f"ext {R.randint(2000, 4999)}", f"x{R.randint(100, 999)}"])

def c_pronoun(ctx, idx="0"):
    return "she" if person(ctx, idx)["f"] else "he"

def c_poss(ctx, idx="0"):
    return "her" if person(ctx, idx)["f"] else "his"

def c_obj(ctx, idx="0"):
    return "her" if person(ctx, idx)["f"] else "him"

def c_title(ctx, idx="0"):
    return pick(["Ms.", "Mrs."]) if person(ctx, idx)["f"] else "Mr."

# registry: key -> (PHI type or None, function, extra tags)
REG = {
    # PHI -- names
    "pfull": ("NAME", lambda c, i: n_full(person(c, i)), ["name"]),
    "pfirst": ("NAME", lambda c, i: person(c, i)["first"], ["name"]),
    "plast": ("NAME", lambda c, i: person(c, i)["last"], ["name"]),
    "pmid": ("NAME", lambda c, i: n_mid(person(c, i)), ["name"]),
    "pinv": ("NAME", lambda c, i: n_inv(person(c, i)), ["name", "structured"]),
    "plc": ("NAME", lambda c, i: n_full(person(c, i)).lower(), ["name", "lowercase"]),
    "pflc": ("NAME", lambda c, i: person(c, i)["first"].lower(), ["name", "lowercase"]),
    "pllc": ("NAME", lambda c, i: person(c, i)["last"].lower(), ["name", "lowercase"]),
    "nkfull": ("NAME", lambda c, i: n_full(with_nick_person(c, "k" + i)), ["name"]),
    "nkfirst": ("NAME", lambda c, i: with_nick_person(c, "k" + i)["first"], ["name"]),
    "nklast": ("NAME", lambda c, i: with_nick_person(c, "k" + i)["last"], ["name"]),
    "nick": ("NAME", lambda c, i: n_nick(with_nick_person(c, "k" + i)), ["name"]),
    "rfirst": ("NAME", lambda c, i: g_rfirst(c), ["name"]),
    "rfull": ("NAME", lambda c, i: g_rfull(c), ["name"]),
    # PHI -- other
    "dob": ("DATE", lambda c, i: g_dob(c), ["date"]),
    "dos": ("DATE", lambda c, i: g_dos(c), ["date"]),
    "age": ("AGE", lambda c, i: g_age(c), ["age"]),
    "agew": ("AGE", lambda c, i: g_agew(c), ["age", "evasion"]),
    "phone": ("PHONE", lambda c, i: g_phone(c), ["structured"]),
    "phonex": ("PHONE", lambda c, i: g_phonex(c), ["structured"]),
    "phoneobf": ("PHONE", lambda c, i: g_phoneobf(c), ["evasion"]),
    "bphone": ("PHONE", lambda c, i: g_phone(c), ["business-contact"]),
    "pemail": ("EMAIL", lambda c, i: g_pemail(c), []),
    "pemailobf": ("EMAIL", lambda c, i: g_pemailobf(c), ["evasion"]),
    "bemail": ("EMAIL", lambda c, i: g_bemail(c), ["business-contact"]),
    "ssn": ("SSN", lambda c, i: g_ssn(c), ["structured"]),
    "ssnobf": ("SSN", lambda c, i: g_ssnobf(c), ["evasion"]),
    "mrn": ("MRN", lambda c, i: g_mrn(c), ["structured"]),
    "mrnobf": ("MRN", lambda c, i: g_mrnobf(c), ["evasion"]),
    "memid": ("HEALTH_PLAN_ID", lambda c, i: g_memid(c), ["structured"]),
    "mbi": ("HEALTH_PLAN_ID", lambda c, i: g_mbi(c), ["structured"]),
    "mcaid": ("HEALTH_PLAN_ID", lambda c, i: g_mcaid(c), ["structured"]),
    "har": ("ACCOUNT_NUMBER", lambda c, i: g_har(c), ["structured"]),
    "acct": ("ACCOUNT_NUMBER", lambda c, i: g_acct(c), ["structured"]),
    "dl": ("LICENSE_NUMBER", lambda c, i: g_dl(c), []),
    "dea": ("LICENSE_NUMBER", lambda c, i: g_dea(c), ["credentialing"]),
    "slic": ("LICENSE_NUMBER", lambda c, i: g_slic(c), ["credentialing"]),
    "plate": ("VEHICLE_ID", lambda c, i: g_plate(c), []),
    "vin": ("VEHICLE_ID", lambda c, i: g_vin(c), []),
    "sn": ("DEVICE_ID", lambda c, i: g_sn(c), []),
    "udi": ("DEVICE_ID", lambda c, i: g_udi(c), []),
    "purl": ("URL", lambda c, i: g_purl(c), []),
    "cburl": ("URL", lambda c, i: g_cburl(c), []),
    "payurl": ("URL", lambda c, i: g_payurl(c), []),
    "pinvu": ("NAME", lambda c, i: person(c, i)["last"].upper() + ", " + person(c, i)["first"], ["name"]),
    "pinvt": ("NAME", lambda c, i: person(c, i)["last"] + ", " + person(c, i)["first"], ["name"]),
    "orm": (None, lambda c, i: pick(["OR 1", "OR 2", "OR 3", "OR 4", "OR 5", "proc rm 2"]), []),
    "ip": ("IP_ADDRESS", lambda c, i: g_ip(c), []),
    "street": ("ADDRESS", lambda c, i: g_street(c), []),
    "town": ("ADDRESS", lambda c, i: g_town(c), []),
    "zip": ("ADDRESS", lambda c, i: g_zip(c), []),
    "addr": ("ADDRESS", lambda c, i: g_addr(c), []),
    "pobox": ("ADDRESS", lambda c, i: g_pobox(c), []),
    "cc": ("CREDIT_CARD", lambda c, i: g_cc(c), []),
    # clean fillers
    "surg": (None, lambda c, i: "Dr. " + surg_of(c, "surg" + i), []),
    "surgl": (None, lambda c, i: surg_of(c, "surg" + i), []),
    "surglc": (None, lambda c, i: surg_of(c, "surg" + i).lower(), []),
    "anes": (None, lambda c, i: "Dr. " + pick(ANES), []),
    "anesl": (None, lambda c, i: pick(ANES), []),
    "rn": (None, lambda c, i: pick(STAFF_F), []),
    "staff": (None, lambda c, i: pick(STAFF_F) + " " + pick(STAFF_L), []),
    "exec": (None, lambda c, i: c_exec(c), ["exec-name"]),
    "execrole": (None, lambda c, i: c_execrole(c), []),
    "rep": (None, lambda c, i: c_rep(c), []),
    "repf": (None, lambda c, i: c_repf(c), []),
    "vendor": (None, lambda c, i: pick(VENDORS), []),
    "payer": (None, lambda c, i: pick(PAYERS), []),
    "proc": (None, lambda c, i: pick(PROCS), []),
    "room": (None, lambda c, i: pick(ROOMS), []),
    "time": (None, lambda c, i: c_time(c), []),
    "mtgdate": (None, lambda c, i: c_mtgdate(c), ["calendar"]),
    "money": (None, lambda c, i: c_money(c), ["money"]),
    "ticket": (None, lambda c, i: c_ticket(c), ["ticket"]),
    "po": (None, lambda c, i: c_po(c), ["po"]),
    "ver": (None, lambda c, i: c_ver(c), ["version"]),
    "npi": (None, lambda c, i: c_npi(c), ["npi"]),
    "cpt": (None, lambda c, i: c_cpt(c), ["cpt"]),
    "icd": (None, lambda c, i: c_icd(c), ["icd"]),
    "ext": (None, lambda c, i: c_ext(c), ["ext"]),
    "asset": (None, lambda c, i: c_asset(c), []),
    "lot": (None, lambda c, i: c_lot(c), []),
    "uid": (None, lambda c, i: c_uid(c), ["slack-markup"]),
    "fac": (None, lambda c, i: pick(FACILITIES), ["facility-address"]),
    "n": (None, lambda c, i: str(R.randint(2, 14)), []),
    "yage": (None, lambda c, i: str(R.randint(19, 89)), []),
    "rel": (None, lambda c, i: rel_word(c), []),
    "he": (None, lambda c, i: c_pronoun(c, i or "0"), []),
    "his": (None, lambda c, i: c_poss(c, i or "0"), []),
    "him": (None, lambda c, i: c_obj(c, i or "0"), []),
    "title": (None, lambda c, i: c_title(c, i or "0"), []),
    "ntitle": (None, lambda c, i: ("Ms." if with_nick_person(c, "k" + i)["f"] else "Mr."), []),
    "payer2": (None, lambda c, i: pick(PAYERS), []),
    "grp": (None, lambda c, i: pick(["grp ", "group # ", "GRP "]) + digits(6), []),
    "pct": (None, lambda c, i: f"{R.randint(3, 97)}%", []),
}

PH = re.compile(r"\{([a-z]+?)(\d?)(?:\|(lower|upper))?\}")

def render(tpl):
    """Return (text, spans [(type, value, char_start)], tags)."""
    ctx = {}; cache = {}
    out = []; spans = []; tags = set(); pos = 0; length = 0
    for m in PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit); length += len(lit)
        base, idx, mod = m.group(1), m.group(2), m.group(3)
        if base not in REG:
            raise KeyError("unknown placeholder %s in %r" % (base, tpl))
        typ, fn, xt = REG[base]
        key = base + idx
        if key not in cache:
            cache[key] = fn(ctx, idx or ("0" if base[0] in "p" else ""))
        val = cache[key]
        if mod == "lower": val = val.lower()
        elif mod == "upper": val = val.upper()
        if typ:
            spans.append((typ, val, length))
        tags.update(xt)
        out.append(val); length += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans, tags

# ----------------------------------------------------------------------------
# PHI frames
# ----------------------------------------------------------------------------
PHI = []
def P(tpl, *tags):
    PHI.append((tpl, list(tags)))

# --- case board / add-ons ---
P("pt {pfull} dob {dob} mrn {mrn} - add on for {surg}, {proc}, pls find a slot in {room}", "structured")
P("add-on: {pinv}  MR# {mrn}  DOS {dos}  {proc}  ({surgl} block)", "structured")
P("{surglc} wants {pllc} moved from {dos} to {dos2}, pt already aware, just need the board updated", "lowercase")
P("can someone call {pfull} back re npo?? {he} said {he} had coffee w/ cream at 6, case is at {time}. cb {phone}")
P("board for {dos}:\n• {time} {plast} - {proc}\n• {time2} {plast2} - {proc2}\n• {time3} open (held for {surgl})", "multiline", "slack-markup")
P("heads up {uid} - {pfull} ({mrn}) is a {age} y/o for {proc} on {dos}, anesthesia wants a pre-op phone call today", "age")
P("*ADD ON* {pinvu} / {dob} / {proc} / {surg} / needs {vendor} loaner", "slack-markup")
P("{title} {plast} cx'd {his} {dos} case, says {he} can't get a ride. reschedule?")
P("fyi {pfull} is {agew} yrs old and still wants to do the {proc} under MAC, {anesl} ok'd it", "age")
P("move my 3pm with {pfull} to next week pls")
P("@scheduler-bot reschedule {pfull} ({dob}) from {dos} to first available w/ {surg}")
P("can u pull the h&p for {pinv}? mrn {mrn}, dos {dos}. {anes} is asking")
P("who has {plast}'s consent? {surgl} won't start w/o it and {he}'s already in {room}")
P("pls swap {plast} and {plast2} on {dos} - {plast2} has to be first, diabetic")
P("{pfull} dob {dob} is on the board twice for {dos}, one must be a dupe, can someone merge")

# --- pre-op calls / NPO ---
P("pre-op call done for {pfull}, NPO after midnight reviewed, arrival {time}. {rel} {rfirst} driving, cell {phone}")
P("left vm for {pfirst} at {phone} re npo instructions. 2nd attempt. {he} is {dos}")
P("npo call list tmrw:\n{pfull} {phone}\n{pfull2} {phone2}\n{pfull3} {phone3}", "multiline")
P("pt {plc} said {he} never got the npo letter - address on file is {addr}, can we resend", "lowercase")
P("re {pfirst}: clear liquids ok until 2h before arrival, told {rel} ({rfull}) the same. they have q's, pls call {phone}")
P("{title} {plast} called, took {his} metformin this am even tho we said hold. dos {dos}. anesthesia aware?")
P("anesthesia pre-op call needed: {pinv}, {dob}, mrn {mrn}, hx OSA w/ cpap, BMI 44. best # {phonex}", "structured")
P("couldn't reach {plc} for the pre-op call, # on file {phone} goes to a fax tone. any alt #?", "lowercase")
P("`pre-op` {pfull} | {dos} | npo ok | ride ok | {rfull} ({rel}) {phone}", "slack-markup")
P("pt {plast} needs interpreter for pre-op call (Vietnamese). dos {dos}. mrn {mrn}")
P("re: NPO - {pfirst}'s {rel} asked if gum is ok. told no. fyi for the am nurse")
P("{pfull} has a pacemaker, device clinic needs the sn before {dos}. rep says it's {sn}", "device")
P("pls confirm {pfull} stopped eliquis 3 days before {dos} - {he} didn't answer at {phone} or {phone2}")

# --- rides home / escorts ---
P("ride home for {pfull} fell thru, {rel} {rfirst} can come but only after 3. ok w/ {surgl}?")
P("{pfull}'s ride is {rfull}, {rel}, {phone}. silver camry plate {plate} if security asks")
P("no escort for {plast} tmrw -> case cx per policy. pt lives alone in {town}. sw referral?")
P("uber is NOT an acceptable escort, told {title} {plast} twice. {he} said {his} {rel} {rfirst} might come")
P("escort for {pllc}: {rfull|lower}, cell {phone}. will wait in lobby", "lowercase")
P("security flagged a car in the fire lane, plate {plate}, belongs to {pfull}'s {rel}. pls ask them to move")
P("van from the senior center picking up {pfull} ({age}) at {time}, address {addr}", "age")

# --- cancellations / reschedules ---
P("CX: {pinv} {dos} - pt has covid. resched 2-3 wks. MRN {mrn}", "structured")
P("cancelled {pfull} for {dos} (URI), need to rebook w/ {surg}, {he} prefers mornings")
P("{plc} cancelled again lol. 3rd time. {surglc} says discharge from practice?", "lowercase")
P("same-day cx in {room}: {plast} ate breakfast. {surgl} is not happy. slot open at {time}")
P("resched request from {pfull} - dob {dob} - wants anything after {dos}, {his} {rel} is visiting till then")
P("pls cx the {dos} case for {pfull} and release the {vendor} loaner, pt went to another facility")
P("bot: cancel my 10:30 with {pfull} and send {him} the reschedule link", )
P("{pfirst} called to cx - {his} dad passed. dos was {dos}. pls hold off on the no-show fee")

# --- prior auths / insurance ---
P("auth pending for {pfull}, {payer} member id {memid}, {proc} cpt {cpt} on {dos}. need by friday", "referral")
P("PA denied for {plast} ({memid}) - peer to peer w/ {surgl} set for tmrw 12:15")
P("medicare pt {pfull}, MBI {mbi}, dob {dob}. is the {proc} on the ASC covered list?", "structured")
P("masshealth id {mcaid} for {pfull}, they need a new referral from PCP before {dos}", "referral")
P("auth # came back for {pllc} but it's under the wrong member id - we have {memid}, payer has {memid2}", "lowercase")
P("{payer} says {pfull}'s policy termed, member id {memid}. pt says {he} has new coverage, card pending")
P("can someone check elig for these:\n- {pfull} {memid}\n- {pfull2} {memid2}\n- {pfull3} {mbi3}", "multiline", "structured")
P("prior auth checklist for {pinv}\n```\nmember: {memid}\ngrp: 004417\ncpt: {cpt}\ndx: {icd}\ndos: {dos}\n```", "multiline", "slack-markup", "structured")
P("pls fax the op note for {pfull} to {payer}, their fax {phone}. ref auth for {dos}", "records")

# --- billing / accounts / payments ---
P("{pfull} wants to pay the deposit by card, gave me {cc} over the phone. exp 09/27. pls don't leave this in slack, moving it", "money")
P("guarantor acct {acct} for {plast} has a $400 credit, pt asking for refund to {his} card")
P("HAR {har} is attached to the wrong pt - should be {pfull} not {pfull2}", "structured")
P("pt {pfull} acct # {acct} - payment plan approved, first draft on {dos}")
P("billing q: {pinv}, har {har}, dos {dos} - implant charge missing", "structured")
P("{rel} of {pfull} ({rfull}) is the guarantor, ssn {ssn}, needs to be added before {dos}")
P("reg says {pfull} ssn is {ssnobf}, can u fix in epic? dob {dob}", "evasion")
P("self pay quote for {pfull}: {proc} {money}. pt will pay w/ hsa card {cc}")

# --- implants / devices ---
P("implant log {dos}: {plast} - {vendor} tibial tray sn {sn}. pls scan into the record", "device")
P("UDI for {pfull}'s implant: {udi}", "device")
P("recall notice - need list of pts who got lot {lot}. so far: {pfull} (sn {sn}), {pfull2} (sn {sn2})", "device")
P("{surgl} needs the spinal cord stim serial for {plast} before the mri clearance - {sn}", "device")
P("{pfull} has a medtronic pump, serial {sn}, rep needs to be here at {time} to interrogate", "device")
P("explant: removed hardware from {pllc}, sn {sn}, sending to {vendor} for analysis. dos {dos}", "device", "lowercase")
P("cgm on {pfirst} ({sn}) - take it off for the case or leave? {anesl} says leave")
P("hearing aids for {title} {plast} - serials {sn} & {sn2}, bag them w/ pt belongings pls")

# --- names in harder shapes ---
P("{plast} in pre-op 3 is asking for {his} {rel}")
P("{pflc} in bay 4 wants a warm blanket and {his} phone charger", "lowercase")
P("pls room {plast}, {plast2} and {plast3} first, they all have a {time} arrival")
P("is {pfirst} the one w/ the latex allergy or is that {pfirst2}?")
P("{nkfull} (goes by {nick}) is on for {dos}, {ntitle} {nklast} is very anxious, pls call before")
P("two {plast}s on {dos}: {pfirst} {mrn} and {pfirst2} {mrn2}, pls double check which one is the {proc}", "structured")
P("heads up our own pacu nurse {pfirst} is on the board for {dos} ({proc}), pls keep it quiet and room {him} in the back", "vip")
P("employee health: {pfull} from SPD needs clearance after the needlestick on {dos}", "vip")
P("VIP: {pfull} ({execrole}'s {rel}) for {proc} on {dos}. {exec} asked that we keep names off the whiteboard", "vip")
P("list for {surgl} {dos}: {plast}, {plast2}, {plast3}, {plast4}")
P("{pinv} / {pinv2} - both for {surgl} on {dos}, charts mixed up in pre-op", "structured")
P("{pfull} aka {nick2}? no wait that's a diff pt. {nkfull2} is the {time}, {pfirst} is the {time2}")
P("pt is {plast}, first name {pfirst}, NOT {pfirst2}. wristband is wrong, pls reprint")
P("{plc} dob {dob} mrn {mrn}", "lowercase", "structured")
P("MRNs for tmrw's cataracts: {mrn}, {mrn2} and {mrn3}", "structured")
P("mrn {mrn} and {mrn2} are the same person ({pfull}) - please merge", "structured")
P("chart # {mrn} - {pinvt}. dos {dos}. needs updated h&p (>30 days)", "structured")
P("med rec # {mrnobf} for {pfull}", "evasion")

# --- forwarded snippets / voicemails / emails ---
P("> vm 7:52am: hi this is {pfull}, my surgery is on {dos} and i need to change it, call me at {phone}, thank you\nwho's got this one?", "multiline")
P("---------- Forwarded message ---------\nFrom: {pemail}\nSubject: surgery {dos}\n\nHi, can I bring my {rel}? - {pfirst}", "multiline")
P("fwd from the front desk:\n\"{pfull} dropped off the FMLA forms, dob {dob}, wants them back by friday\"", "multiline", "records")
P("pt emailed from {pemail} asking for the pre-op instructions again. ok to reply to a personal email?")
P("{pfirst}'s email is {pemailobf} (she typed it that way lol), add to chart?", "evasion")
P("new pt portal msg from {pfull}: \"can i take tylenol before {dos}\" - routing to pre-op rn")
P("from the answering service: {title} {plast}, {phonex}, re: {his} procedure {dos}, 'urgent'")
P("> forwarded from {payer} portal\n> Member: {pinv}\n> ID: {memid}\n> Status: PENDED\nanyone know what they want?", "multiline", "structured")

# --- URLs / IPs / portals ---
P("here's the pre-op checkin link for {pfull}: {purl}")
P("{pfirst}'s {rel} set up a page for updates {cburl} - we are NOT posting there, just fyi")
P("the kiosk in pre-op ({ip}) froze while {pfull} was checking in, IT ticket {ticket}")
P("registration pc {ip} keeps printing {plast}'s wristbands to the wrong printer")
P("<{purl}|checkin link> for {pfull} - it's not loading on {his} phone", "slack-markup")
P("IT: who's on {ip}? it keeps kicking me out of the case board", "ip")
P("vpn from home shows {ip} blocked, can't open the schedule. {ticket}")

# --- addresses ---
P("{pfull} moved - new address {addr}. pls update before we mail the instructions")
P("pt {plast} lives at {street} in {town}, says the snow plow blocks the drive so ride may be late")
P("mailing the packet to {pobox} for {pfull}, {he} doesn't get mail at home")
P("{pflc} is from {town}, {rel} drives {him}. zip {zip} if u need it for transport", "lowercase")
P("home address mismatch for {pinv}: epic {addr} vs insurance card {addr2}", "structured")
P("transport needs pickup addr for {pfull}: {street}, {town} - 2nd floor apt, no elevator")

# --- licences / DEA / credentialing (providers included) ---
P("{surg}'s DEA {dea} expires end of month, credentialing needs the renewal before {surgl}'s next block", "credentialing")
P("new CRNA {staff}: MA license {slic}, NPI {npi}. pls add to the anesthesia roster", "credentialing", "npi")
P("ID check at registration: {pfull}, DL {dl}, matches. ok to proceed")
P("pt left {his} license at the desk - {dl} - {pfull}. it's in the lockbox")
P("credentialing file for {surg} missing state lic # - it's {slic} per the board site", "credentialing")

# --- vehicles ---
P("parking: {pfull}'s {rel} has the blue suv, plate {plate}, ok to leave in the 15-min spot")
P("someone hit a car in the lot, vin {vin} - belongs to pt {plast} in {room}. security has it")

# --- relatives / POA / guardians ---
P("{pfull} has a POA, {rfull} ({rel}). consent needs to be signed by {rfirst}, {phone}")
P("guardian for {pfirst} is {rfull} - court papers in media tab. dos {dos}")
P("{rfirst} ({pfirst}'s {rel}) called 3x asking when {he} will be out of pacu 🙄", "emoji")
P("{rel} {rfull} is here for {plast} but not on the visitor list. ok?")
P("pt's {rel} is {rfull|lower}, they're the contact not the pt. don't give them the dx over phone", "lowercase")

# --- ages ---
P("{pfull} is {age}, {surgl} still wants to do {him} here not at the main OR", "age")
P("oldest pt on the board tmrw: {plast}, {agew}! anesthesia wants a pre-op visit", "age")
P("age {age} - {pinv} - needs EKG + BMP w/in 30 days of {dos}", "age", "structured")
P("{pflc} turns {age} on {dos} lol same day as the case", "age", "lowercase")
P("pt {plast} is {yage} not {age}, typo in the h&p, pls fix", "age")

# --- obfuscation / evasion ---
P("call back {pfirst} at {phoneobf}", "evasion")
P("ssn for reg: {ssnobf} ({pfull})", "evasion")
P("mrn {mrnobf}, last name {plast}", "evasion")
P("text {pflc} @ {phoneobf} when the room is ready", "evasion", "lowercase")
P("member id (from card pic): {memid}  -- pt {pfull}, {payer}")
P("{pfull} dob {dob}\nssn {ssnobf}\nmrn {mrn}", "multiline", "evasion", "structured")

# --- tables ---
P("| pt | dos | proc | surgeon |\n|---|---|---|---|\n| {plast} | {dos} | {proc} | {surgl} |\n| {plast2} | {dos2} | {proc2} | {surgl2} |", "multiline", "structured")
P("```\nNAME              DOB         MRN\n{pinv}   {dob}   {mrn}\n{pinv2}   {dob2}   {mrn2}\n```", "multiline", "structured", "slack-markup")
P("time  pt          proc\n{time}  {plast}  {proc}\n{time2}  {plast2}  {proc2}", "multiline")

# --- bot requests ---
P("@assist can someone call back {pfull} at {phone} re: {his} ride for {dos}")
P("bot pls add {pfull} to the wait list for {surg}, any day before {dos}")
P("hey bot, text {pfirst} the arrival time ({time}) at {phone}")
P("assistant: draft a letter to {pfull}, {addr}, confirming {dos} arrival {time}")
P("/remind me to call {pfull} back tomorrow at 9 re insurance")
P("@scheduler-bot who is {surgl}'s {time} on {dos}? i think it's {plast} but the board says {plast2}")

# --- chatty / formal / typos ---
P("Good morning team, please note that {title} {pfull} has requested a female anesthesia provider for {his} procedure on {dos}. Thank you.", "formal")
P("omg {pfirst} brought us cookies again lolol. {his} post-op check is {dos}", "emoji")
P("pt {plast} rescheduld to {dos} pls updaet the borad", "typo")
P("nvm found {pflc}'s paperwork, it was under the keybord 🙃", "typo", "emoji")
P("Dear colleagues, the surgical consent for {pinv} (DOB {dob}) was signed on {dos} but is not in the chart. Please advise.", "formal")
P("so {pfirst} from yesterday called and was SO happy w/ {surgl}, wants to leave a review, pointed {him} to the survey :)", "emoji")
P("sry can't cover the desk, doing a pre-op call w/ {pfull} who has like 40 questions")
P("plz chk if {plast} ({dob}) was ever seen here b4, {he} says {rel} had a case w/ {surgl} in 2019", "typo")
P("*urgent* {pfull} in {room} - {rel} on the phone {phone} says {he} took a blood thinner", "slack-markup", "escalation")
P("complaint from {pfull}: waited 3 hrs on {dos}. wants a call from a manager at {phone}", "complaint")
P("fall in pacu on {dos} - pt {pinv}, no injury, incident report done", "escalation")
P("{pfull} died {dos} (unrelated), pls remove from the {dos2} board and cancel the loaner", "records")
P("records request: {rfull} wants {pfull}'s op report from {dos}, has HIPAA release", "records")
P("pt {plast} asked if we can call {his} {rel} {rfirst} at {phone2} instead of {phone}")
P("<@U02QK88RM> can u cover {pflc}'s pre-op call? {he}'s expecting it around 2. num is {phone}", "slack-markup")
P("wait is {pfull} related to {pfull2}? both on {dos}, same address {addr}")
P("quick one: does {pfull} need a covid test for {dos}? {he} is coming from a nursing home in {town}")
P("{pllc} {phone} - call re auth", "lowercase")
P("Pt: {pmid}\nDOB: {dob}\nMRN: {mrn}\nProc: {proc}\nDOS: {dos}\nSurgeon: {surg}\nPayer: {payer} {memid}", "multiline", "structured")
P("{pmid} - dos {dos} - confirmed 👍", "emoji")
P("re-sending {pfull}'s HAR {har} + member id {memid} to billing, ticket {ticket}", "structured", "ticket")
P("employee health case: {pfull} (our front desk) had a reaction to the flu shot on {dos}, {he} ok now", "vip")
P("wanted to let you know the mri clearance for {plast} came back, implant sn {sn} is conditional", "device")
P("pls email the pre-op packet to {pemail} and cc {bemail}")
P("{repf} from {vendor} needs the implant sheet for {pfull} ({dos}), send to {bemail}", "business-contact")
P("who is the pt in {room}? chart says {pfull} but wristband says {pfull2}!!", "escalation")
P("guarantor pay link for {pfull} (expires in 7 days): {payurl} - pls don't forward outside the team")
P("{rfull} keeps posting surgery updates about {pfirst} on {cburl} w/ our staff names in it 😬 who handles this?", "emoji")

# ----------------------------------------------------------------------------
# clean frames (about half are hard negatives)
# ----------------------------------------------------------------------------
CLEAN = []
def C(tpl, *tags):
    CLEAN.append((tpl, list(tags)))

# --- block time / board mechanics (no patient) ---
C("{surg} released their block for {mtgdate}, {n} slots open in {orm}. first come first served", "calendar")
C("block utilization for Q3: {surgl} {pct}, {surgl2} {pct2}. committee meets {mtgdate}", "calendar")
C("can we move the block schedule meeting to {mtgdate} at {time}? {exec} can't make thurs", "calendar", "exec-name")
C("{surglc} wants tuesdays back starting {mtgdate}, pls update the master block grid", "calendar", "lowercase")
C("board is full for tmrw, {n} cases in {orm}, {n2} in {orm2}. turnover goal 20 min")
C("who has the key to the scheduling office? {rn} locked it again")
C("reminder: case requests for {mtgdate} close at noon today. late adds need {surgl}'s ok")
C("{n} open slots next week:\n• mon {time} {room}\n• wed {time2} {room2}\n• fri all day ({surgl} on vacation)", "multiline", "slack-markup")
C("OR {n} is down for the HVAC repair {mtgdate}, all cases moved to {orm}. facilities ticket {ticket}", "ticket")
C("first case on-time starts last month: {pct}. goal is 90%, lets go team 💪", "emoji")
C("does anyone know if {surgl} is doing hands only or also the foot cases now?")
C("release policy reminder: unused block time auto-releases 72 hrs out (policy PER-204)")
C("new block grid v3 posted in the shared drive, effective {mtgdate}", "calendar")
C("pls stop double booking {orm} w/o checking {rn} first 🙏", "emoji")
C("{surg} and {surg2} swapping blocks the week of {mtgdate} - both agreed, just need it on the grid", "calendar")

# --- vendors / loaners / trays / implants without patients ---
C("{vendor} loaner tray for tmrw arrived, asset tag {asset}, SPD has it. {repf} will be in at {time}")
C("{rep} ({vendor}) is covering the {time} case, badge in at the front desk pls")
C("lot {lot} is on the {vendor} recall list - pull from shelf stock, no pts affected per {rn}")
C("loaner trays need to be here 48h before, {vendor} keeps dropping them at 6am day-of. escalating to {repf}'s manager")
C("SPD says the {vendor} scope tray ({asset}) is missing 2 graspers. count sheet attached")
C("implant consignment count done: {n} femoral comps, {n2} tibial trays, all lots match the {vendor} invoice")
C("{vendor} invoice INV-{inv} for the loaner fee is {money}, who approves? {po}", "po", "money")
C("rep sign-in log: {rep}, {vendor}, {mtgdate} {time} - vendormate badge ok")
C("can we get {vendor} to leave a 2nd set? {surgl} has {n} knees on {mtgdate}", "calendar")
C("*trays for tomorrow*\n1. {vendor} knee set - in SPD\n2. {vendor2} shoulder set - en route\n3. scope tower {asset} - biomed check", "multiline", "slack-markup")
C("biomed tagged the new phaco machine {asset}, software {ver}. ready for {mtgdate}", "version")
C("{repf} says the new cutting guides ship {mtgdate}. {po} already approved", "po")
C("the {vendor} rep is here. his name is Grant, he's in the lounge", )

# --- executives / staff / business context ---
C("{exec} ({execrole}) will be touring the ASC on {mtgdate} at {time}, pls tidy the pre-op bays", "exec-name", "calendar")
C("{exec} approved the overtime for {rn} and {rn2} for the {mtgdate} saturday session", "exec-name")
C("staff mtg moved to {mtgdate} {time} in the conf room (2nd fl). agenda: cancellations, PA backlog", "calendar")
C("{staff} is our new pre-op RN starting {mtgdate} - pls say hi 👋", "emoji")
C("{rn} is out sick today, {rn2} covering pre-op calls. pls route questions to {rn2}")
C("congrats to {staff} on passing the CNOR! 🎉", "emoji")
C("{staff} from {vendor} dropped off lunch for the team, thank u note pls", )
C("per {exec}, the ASC will close early {mtgdate} for the all-staff", "exec-name")
C("{anes} is the anesthesia lead tmrw, {anes2} in the block room")
C("who's the charge nurse today, {rn} or {rn2}?")
C("pls welcome {staff} (scheduling float) - they will be at the desk mon-wed")
C("{surg} asked for {rn} as scrub for all their cases, can we make it happen?")
C("covering for {rn} at the front desk {time}-{time2}, ping me here if the phones go nuts")
C("{staff} ({execrole} office) needs the cancellation stats by {mtgdate} - who owns the report?", "calendar")
C("new hire orientation for {staff}: {mtgdate} {time}, HR at {fac}", "facility-address")

# --- facility addresses / office phone lines (extensions only) ---
C("reminder the ASC address for the packets is {fac}, NOT the hospital", "facility-address")
C("parking for staff at {fac} is the back lot, patients use the front", "facility-address")
C("the new satellite is at {fac} - signage goes up {mtgdate}", "facility-address", "calendar")
C("scheduling desk is {ext}, pre-op nurses {ext2}. pls update your signature", "ext")
C("if the main line goes down forward to {ext}, IT is aware ({ticket})", "ext", "ticket")
C("mail for the pain clinic goes to {fac}, ours is {fac2}", "facility-address")
C("zoom for the huddle: https://northshoreasc.zoom.us/j/8412290071 (id 841 229 0071)", )
C("intranet link for the NPO policy: https://intranet.northshoreasc.org/policies/anes-npo-2025", )
C("the fax machine by scheduling is jammed again, use the one in the back office ({ext})", "ext")
C("deliveries for SPD go to the loading dock at {fac}, not the front desk", "facility-address")

# --- money / counts / numbers that are not patient identifiers ---
C("cancellation rate last month {pct}, {n} same-day cx, mostly NPO violations and no ride")
C("{n} prior auths pending > 5 days, oldest is from {mtgdate}. need help w/ the backlog", "calendar")
C("budget for new recliners in stage II: {money}, approved by {exec}", "money", "exec-name")
C("supply spend on implants is up {pct} vs last qtr, {exec} wants a breakdown by {mtgdate}", "money")
C("CPT {cpt} got added to the ASC covered list for 2026 🎉", "cpt", "emoji")
C("does {payer} need auth for {cpt} or just notification? asking generally, no pt yet", "cpt")
C("dx {icd} alone won't get the auth thru for {payer}, need conservative tx notes. fyi for all ortho PAs", "icd")
C("our NPI for the ASC is {npi} if anyone asks, group NPI not the surgeon's", "npi")
C("{surg}'s NPI {npi} is wrong in the payer portal, credentialing fixing", "npi")
C("ticket {ticket} - case board freezes when you filter by surgeon. IT says {ver} fixes it", "ticket", "version")
C("epic upgrade to {ver} on {mtgdate} overnight, downtime 11p-3a", "version", "calendar")
C("{n} pts over 90 on the board this month, anesthesia wants them flagged for pre-op visits", "age-aggregate")
C("policy ADM-{n}{n2} (escort requirement) was updated {mtgdate}, pls re-read", "calendar")
C("MRNs are 8 digits now, 7-digit ones need a leading zero in the new system", "mrn-topic")
C("reminder: never put SSN in slack, use the secure fax or epic msg", "ssn-topic", "hipaa")
C("HIPAA training due {mtgdate}, {n} of us still haven't done it 👀", "hipaa", "calendar")
C("{po} for the stage II chairs came in at {money} over, cc {exec}", "po", "money")
C("room {n}{n2} is the new lactation room, key at the desk")
C("{n} cases, {n2} cx, {n3} add-ons today. not bad for a monday")
C("the 90-day global period question again - it's per CPT, check the fee schedule", "cpt")
C("zip for the ASC mail drop is 01915, the 01923 one is danvers office", "zip-like")
C("pls don't book anything in {orm} between {time} and {time2}, deep clean")
C("invoice {inv} from the linen co is {money}, paid in full", "money")

# --- name-like words (Hope, Faith, Will, Rose, Bill, Grant, Mark, Chase, Page) ---
C("will page anesthesia when {room} is ready")
C("can someone chase the {vendor} loaner? it was supposed to be here at {time}")
C("pls mark the site before {surgl} comes in, they won't wait")
C("bill {payer} for the implant separately, it's carved out of the case rate", "money")
C("hope everyone had a good weekend! board is light today 🌞", "emoji")
C("we have faith the new epic build will fix the board lol", "version")
C("grant deadline for the new pacu monitors is {mtgdate}, {exec} needs the quote", "calendar", "exec-name")
C("rose gold badge reels came in, they're at the front desk 😂", "emoji")
C("page 3 of the consent is missing from the new packet template, fixing it")
C("Will you be at the huddle? Mark from {vendor} is presenting the new tray system", )
C("Faith Hospice called about the volunteer schedule, routing to admin")
C("Hope Street entrance is closed {mtgdate}, use the Cabot Rd side", "facility-address")
C("mark it as done in the tracker pls, and page me if {surgl} calls")
C("Chase bank is doing the payroll card info session {mtgdate} in the break room", "calendar")
C("Grant Hall auditorium is booked for the {mtgdate} m&m", "calendar")
C("bill pay portal for vendors is down, {ticket}", "ticket")

# --- ordinary scheduler chatter / bot requests without PHI ---
C("bot: move my 3pm with {surg} to 4:30", "calendar")
C("@scheduler-bot what's open in {orm} on {mtgdate}?", "calendar")
C("can someone cover phones 12-1? lunch")
C("npo reminder for all pre-op callers: solids 8h, clears until 2h before arrival, no gum, no mints")
C("anyone have the updated ride-home attestation form? the one on the drive is from 2023")
C("wristband printer in pre-op out of labels again 😩", "emoji")
C("who ordered 40 boxes of small gloves lol")
C("{payer} portal is down til {time}, call their provider line for auths in the meantime")
C("Hi all, the pre-op call script has been updated (v4). Please use the new version starting {mtgdate}. Thank you, {staff}", "formal", "calendar")
C("if a pt says their ride is an uber or lyft, the case gets cx'd, no exceptions per {anes}")
C("`/board refresh` isn't working for me, anyone else? {ver}", "slack-markup", "version")
C("ty {rn}!! u saved me today")
C("does the {time} w/ {surg} still need the c-arm?")
C("anyone know the turnaround on {payer} auths rn? 5-7 business days?")
C("lunch & learn w/ {vendor} {mtgdate} at noon, {rep} presenting the new anchors", "calendar")
C("is the 90+ age flag in epic working? haven't seen it fire this week", "age-aggregate")
C("{surgl} adding a 2nd OR day starting FY2027, need to rework the Q1 grid", "calendar")
C("board printout for tomorrow is on the desk, {n} cases, {n2} of them w/ loaners")
C("{exec} wants a 1-pager on why the cx rate jumped, due {mtgdate}", "exec-name", "calendar")
C("team - ride home checks moved to the day-before call. thx {rn} for setting up the template")
C("someone left an ipad charger in {room}")
C("fire drill at {time} today, cases in {orm} will hold")
C("the new transport vendor contact is in the shared drive, not posting it here")
C("Reminder from {exec}: patient names stay off the whiteboard, initials + room only.", "exec-name", "hipaa")
C("{uid} can u approve the PTO request for {mtgdate}? ty", "slack-markup", "calendar")

REG["inv"] = (None, lambda c, i: str(R.randint(100000, 999999)), [])

# ----------------------------------------------------------------------------
# assembly, self-check, output
# ----------------------------------------------------------------------------
PAT_CHECK = [
    ("phone", re.compile(r"(?<![\d(])\(?\d{3}\)?[-. \u00a0]?\d{3}[-. \u00a0]\d{4}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")),
    ("ssn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")),
    ("ip", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("fullwidth", re.compile(r"[０-９]")),
]
ALLOWED_UNLABELLED = ["841 229 0071"]  # zoom meeting id (not a phone)

def byte_spans(text, spans):
    """Simulate the checker: left-to-right search must land where each value was placed."""
    b = text.encode("utf-8"); pos = 0; out = []
    for typ, val, cstart in spans:
        v = val.encode("utf-8")
        want = len(text[:cstart].encode("utf-8"))
        i = b.find(v, pos)
        if i != want:
            return None
        out.append((i, i + len(v))); pos = i + len(v)
    return out

def uncovered_patterns(text, bspans):
    b = text.encode("utf-8")
    bad = []
    for name, rx in PAT_CHECK:
        for m in rx.finditer(text):
            if m.group(0) in ALLOWED_UNLABELLED:
                continue
            s = len(text[:m.start()].encode("utf-8")); e = len(text[:m.end()].encode("utf-8"))
            if not any(a <= s and e <= z for a, z in bspans):
                bad.append((name, m.group(0)))
    return bad

def auto_tags(text, spans, tags):
    t = set(tags)
    types = {s[0] for s in spans}
    if "NAME" in types: t.add("name")
    if "DATE" in types: t.add("date")
    if "AGE" in types: t.add("age")
    if types & {"MRN", "SSN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER"}: t.add("structured")
    if "\n" in text: t.add("multiline")
    letters = [c for c in text if c.isalpha()]
    if letters and text == text.lower(): t.add("lowercase")
    if "<@" in text or "`" in text or re.search(r"\*\S", text) or "<http" in text or "• " in text:
        t.add("slack-markup")
    if any(ord(c) >= 0x1F300 or 0x2600 <= ord(c) <= 0x27BF for c in text): t.add("emoji")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text): t.update(["fullwidth", "evasion"])
    if "\u200b" in text: t.update(["zero-width", "evasion"])
    if "\u00a0" in text: t.add("evasion")
    if not spans:
        t -= {"name", "date", "age", "structured", "device", "records", "evasion", "business-contact",
              "credentialing", "vip", "referral", "complaint", "escalation"}
    return sorted(t)

def make(frame, phi, seen):
    tpl, ftags = frame
    for _ in range(60):
        text, spans, xt = render(tpl)
        if "{" in text or "}" in text:
            raise ValueError("unrendered placeholder in %r" % tpl)
        if phi != bool(spans):
            raise ValueError("frame kind mismatch: %r" % tpl)
        bs = byte_spans(text, spans)
        if bs is None or text in seen:
            continue
        bad = uncovered_patterns(text, bs)
        if bad:
            raise ValueError("unlabelled identifier-like text %r in %r" % (bad, text))
        seen.add(text)
        tags = auto_tags(text, spans, list(ftags) + sorted(xt))
        return {"text": text, "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": tags}
    raise RuntimeError("could not place spans for frame %r" % tpl)

def plan(frames, n):
    # frames without placeholders are used once; the others share the rest evenly
    fixed = [f for f in frames if "{" not in f[0]]
    var = [f for f in frames if "{" in f[0]]
    order = list(fixed)
    while len(order) + len(var) <= n:
        order.extend(var)
    order.extend(R.sample(var, n - len(order)))
    R.shuffle(order)
    return order

def main():
    seen = set()
    items = [make(f, True, seen) for f in plan(PHI, N_PHI)] + [make(f, False, seen) for f in plan(CLEAN, N_CLEAN)]
    R.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for k, it in enumerate(items, 1):
            rec = {"id": "ij-%04d" % k, "text": it["text"], "spans": it["spans"],
                   "tags": (["phi"] if it["spans"] else ["clean"]) + it["tags"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_phi = sum(1 for it in items if it["spans"])
    print("frames: %d (%d PHI, %d clean); messages: %d (%d PHI, %d clean) -> %s"
          % (len(PHI) + len(CLEAN), len(PHI), len(CLEAN), len(items), n_phi, len(items) - n_phi, OUT))
    assert len(items) == N_PHI + N_CLEAN and n_phi == N_PHI

if __name__ == "__main__":
    main()
