#!/usr/bin/env python3
"""Generate generated_hx.jsonl: PHI-labelled workplace chat for a hospital
laboratory / pathology / imaging operations setting (prefix hx).

Standard library only, fixed seed, byte-identical output on every run.
Raw line format (see check_phi_corpus.py):
  {"id": "hx-0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}

Messages are built from frames (templates or template-producing functions).
A template holds placeholders {base}, {baseN} or {base.attr}; each placeholder
is rendered to a text piece that is either a labelled PHI value or plain text,
so the span list is known exactly by construction.  Every message is then
re-checked with the checker's left-to-right search so the listed values land
on the bytes that were labelled.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 20250611
N_PHI, N_CLEAN = 385, 315
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hx.jsonl")

# ---------------------------------------------------------------------------
# name pools (origin -> given names / surnames)
# ---------------------------------------------------------------------------
FIRST = {
    "us": ["James", "Mary", "Robert", "Patricia", "Linda", "Michael", "Barbara", "Susan", "Joseph",
           "Dorothy", "Thomas", "Nancy", "Karen", "Donald", "Betty", "Kevin", "Sharon", "Brian",
           "Kimberly", "Gary", "Deborah", "Ronald", "Carol", "Timothy", "Janet", "Jeffrey", "Shirley",
           "Dennis", "Gloria", "Walter", "Beverly", "Harold", "Mildred", "Eugene", "Bernice", "Ralph",
           "Doris", "Earl", "Lorraine", "Kayla", "Brittany", "Tyler", "Caleb", "Madison", "Brayden",
           "Jaxon", "Kinsley", "Harper", "Elizabeth", "Katherine", "William", "Margaret", "Tonya",
           "Darnell", "Latoya", "DeShawn", "Keisha", "Marcus", "Ebony", "Tamika", "Jamal"],
    "word": ["Hope", "Faith", "Grace", "Joy", "Will", "Rose", "Iris", "Ivy", "June", "April", "May",
             "Dawn", "Summer", "Autumn", "River", "Sage", "Hunter", "Chase", "Miles", "Drew", "Bill",
             "Frank", "Pat", "Penny", "Ruby", "Amber", "Jade", "Crystal", "Destiny", "Rusty", "Sunny",
             "Art", "Guy", "Buck", "Honor", "Precious", "Blessing", "Justice", "Royal", "Major", "Sky",
             "Storm", "Forrest", "Dale", "Glen", "Clay", "Brook", "Robin", "Wren", "Rocky", "Sandy",
             "Mercy", "Patience", "Charity", "Melody", "Harmony", "Chance", "Page", "Cash", "Deacon"],
    "hisp": ["José", "María", "Guadalupe", "Juan", "Luis", "Carmen", "Francisco", "Alejandra",
             "Yesenia", "Xiomara", "Marisol", "Jesús", "Ángel", "Rosario", "Dolores", "Consuelo",
             "Itzel", "Yadira", "Nayeli", "Wilfredo", "Héctor", "Ramón", "Luz", "Milagros", "Socorro",
             "Esperanza", "Altagracia", "Yunior", "Deyanira", "Fernando", "Yamilet", "Dariel"],
    "port": ["João", "Conceição", "Fátima", "Manuel", "Thiago", "Gabriela", "Rui", "Leandro",
             "Graça", "Tiago", "Lúcia", "Vitória"],
    "viet": ["Thanh", "Huong", "Minh", "Linh", "Tuan", "Phuong", "Hoa", "Duc", "Thuy", "Quang",
             "Bao", "Trang", "Khanh"],
    "khmer": ["Sokha", "Vanna", "Sophal", "Chanthy", "Bopha", "Sovann", "Rithy", "Sreymom",
              "Phalla", "Sokunthea", "Vuthy"],
    "cn": ["Wei", "Mei", "Jian", "Xiaoming", "Yan", "Hui", "Zhen", "Jun", "Xiu Ying", "Lihua"],
    "kr": ["Ji-woo", "Min-jun", "Seo-yeon", "Hyun", "Eun-ji", "Sung-min", "Dong-hyun"],
    "sasia": ["Priya", "Rajesh", "Anjali", "Sanjay", "Deepa", "Arjun", "Lakshmi", "Venkat",
              "Harpreet", "Gurpreet", "Farhan", "Ayesha", "Imran", "Nasreen", "Sunita", "Rohan",
              "Tanvi", "Bhavesh"],
    "afr": ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Kwame", "Ama", "Kofi", "Abena", "Yaw",
            "Fatuma", "Abdirahman", "Hodan", "Mulugeta", "Tigist", "Chiamaka", "Emeka", "Thandiwe"],
    "arab": ["Mohammed", "Fatima", "Omar", "Layla", "Youssef", "Rania", "Khalid", "Noor", "Hassan",
             "Amira", "Tariq"],
    "hait": ["Jean-Baptiste", "Marie-Claude", "Wislande", "Fabiola", "Jacquelin", "Guerline",
             "Widline", "Rodeline", "Ketly", "Fritznel"],
    "irish": ["Siobhán", "Niamh", "Ciarán", "Declan", "Aoife", "Padraig", "Bridget", "Seamus",
              "Maeve", "Eoin"],
    "slav": ["Łukasz", "Agnieszka", "Krzysztof", "Małgorzata", "Dmitri", "Svetlana", "Oksana",
             "Yuri", "Natalia", "Anastasia", "Kateryna", "Bohdan"],
    "med": ["Dimitrios", "Eleni", "Konstantinos", "Georgia", "Giuseppe", "Concetta", "Salvatore",
            "Antonella", "Zoë", "Aurélie", "François", "Björn", "Ingrid"],
    "jp": ["Akira", "Yuki", "Hiroshi", "Ayumi", "Kenji", "Naoko"],
}
LAST = {
    "us": ["Smith", "Johnson", "Williams", "Jones", "Miller", "Davis", "Wilson", "Anderson",
           "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "Harris", "Clark", "Lewis",
           "Walker", "Hall", "Wright", "Hill", "Adams", "Nelson", "Carter", "Mitchell", "Roberts",
           "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
           "Morris", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Kelly", "Howard",
           "Richardson", "Watson", "Bennett", "Hughes", "Sanders", "Foster", "Powell", "Perry",
           "Russell", "Washington", "Jefferson", "Gaines"],
    "word": ["Baker", "Cook", "Young", "King", "Black", "White", "Brown", "Green", "Price", "Banks",
             "Fields", "Rivers", "Wood", "Stone", "Fox", "Bird", "Swift", "Lamb", "Street", "Moody",
             "Love", "Day", "Friday", "Winter", "Snow", "Frost", "March", "Power", "Sharp", "Strong",
             "Little", "Short", "Rice", "Bell", "Hunt", "Long", "Gray", "Church", "Shepherd", "Fish",
             "Wolf", "Lake", "Hart", "Noble", "Wise", "Gold", "Sweet", "Ward", "Brooks", "Mayo",
             "Pickens", "Summers", "Cross", "Waters", "Hope", "Bishop", "Mason", "Hardy"],
    "hisp": ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez",
             "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Cruz",
             "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Vargas", "Castillo", "Jiménez",
             "Peña", "de la Cruz", "Santiago", "Vásquez", "Batista", "Almonte", "Rosario", "Polanco",
             "Encarnación", "García-López", "Núñez"],
    "port": ["Silva", "Santos", "Oliveira", "Pereira", "Costa", "Medeiros", "Furtado", "Sousa",
             "Rebelo", "Cabral", "Amaral"],
    "viet": ["Nguyen", "Tran", "Pham", "Huynh", "Hoang", "Phan", "Vu", "Dang", "Bui", "Ngo", "Truong"],
    "khmer": ["Sok", "Chea", "Chhim", "Prak", "Meas", "Touch", "Keo", "Nou", "Ouk", "Sam", "Chhun"],
    "cn": ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Lin", "Chan", "Wong", "Lau"],
    "kr": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"],
    "sasia": ["Patel", "Shah", "Sharma", "Singh", "Gupta", "Reddy", "Iyer", "Nair", "Desai",
              "Chowdhury", "Rahman", "Khan", "Ahmed", "Hussain", "Malhotra", "Venkataraman"],
    "afr": ["Okafor", "Okonkwo", "Adeyemi", "Balogun", "Mensah", "Asante", "Boateng", "Owusu",
            "Abdi", "Mohamed", "Tesfaye", "Haile", "Nwosu", "Eze", "Obi", "Dlamini"],
    "arab": ["Haddad", "Khoury", "Saleh", "Mansour", "Nasser", "Al-Amin", "El-Sayed", "Hassan"],
    "hait": ["Pierre", "Jean-Louis", "Joseph", "Baptiste", "Charles", "Dorvil", "Toussaint",
             "St. Fleur", "Desrosiers", "Lafleur", "Beaulieu", "Thibodeau", "Gagnon", "Tremblay",
             "Bouchard", "Levesque", "Côté", "Ouellette"],
    "irish": ["O'Brien", "O'Connor", "Murphy", "Sullivan", "McCarthy", "Fitzgerald", "Donovan",
              "Keane", "Byrne", "MacDonald", "McLaughlin", "Ní Bhriain"],
    "slav": ["Kowalski", "Nowak", "Wiśniewski", "Zieliński", "Kaczmarek", "Ivanova", "Petrov",
             "Smirnov", "Kuznetsova", "Shevchenko", "Kovalenko"],
    "med": ["Papadopoulos", "Georgiou", "Pappas", "Russo", "Esposito", "Romano", "Colombo", "Ricci",
            "DeLuca", "Marino", "van der Berg", "Müller", "Schmidt", "Becker", "Vogel", "Hoffmann"],
    "jp": ["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Sato"],
}
ORIGINS = sorted(FIRST)
ORIGIN_W = {"us": 14, "word": 9, "hisp": 11, "port": 4, "viet": 4, "khmer": 4, "cn": 3, "kr": 2,
            "sasia": 5, "afr": 5, "arab": 3, "hait": 4, "irish": 5, "slav": 4, "med": 4, "jp": 2}
LAST_FOR = {"word": ["us", "word", "irish"]}  # word-like given names pair with these surnames

NICK = {
    "Robert": ["Bobby", "Rob", "Bob"], "William": ["Billy", "Will"], "Elizabeth": ["Liz", "Betsy"],
    "Margaret": ["Peggy", "Maggie", "Meg"], "Guadalupe": ["Lupe"], "Francisco": ["Paco", "Pancho"],
    "José": ["Pepe"], "Jesús": ["Chuy"], "Dmitri": ["Dima"], "Anastasia": ["Nastya"],
    "Svetlana": ["Sveta"], "Rosario": ["Charo"], "Consuelo": ["Chelo"], "Patricia": ["Patty", "Trish"],
    "Katherine": ["Kathy", "Kate"], "Joseph": ["Joe", "Joey"], "Thomas": ["Tommy", "Tom"],
    "Michael": ["Mikey", "Mike"], "Deborah": ["Debbie", "Deb"], "Dorothy": ["Dottie", "Dot"],
    "Timothy": ["Timmy"], "Oluwaseun": ["Seun"], "Chinedu": ["Nedu"], "Konstantinos": ["Gus", "Kostas"],
    "Dimitrios": ["Jimmy", "Takis"], "Salvatore": ["Sal", "Sully"], "Giuseppe": ["Pino"],
    "Concetta": ["Connie"], "Padraig": ["Paddy"], "Walter": ["Wally"], "Harold": ["Harry", "Hal"],
    "Eugene": ["Gene"], "Mildred": ["Millie"], "Bernice": ["Bernie"], "Xiaoming": ["Kevin"],
    "Jean-Baptiste": ["JB"], "Marie-Claude": ["Mimi"], "Krzysztof": ["Kris"], "Małgorzata": ["Gosia"],
    "Łukasz": ["Luke"], "Altagracia": ["Tata"], "Ji-woo": ["Jenny"], "Sokunthea": ["Thea"],
    "Abdirahman": ["Abdi"], "Francisco ": ["Frankie"],
}
NICK_FIRSTS = sorted(k for k in NICK if k.strip() == k)
FEMALE = set("""Mary Patricia Linda Barbara Susan Dorothy Nancy Karen Betty Sharon Kimberly Deborah Carol
Janet Shirley Gloria Beverly Mildred Bernice Doris Lorraine Kayla Brittany Madison Kinsley Harper Elizabeth
Katherine Margaret Tonya Latoya Keisha Ebony Tamika Hope Faith Grace Joy Rose Iris Ivy June April May Dawn
Summer Autumn Penny Ruby Amber Jade Crystal Destiny Precious Mercy Patience Charity Melody Harmony Page Brook
Wren María Guadalupe Carmen Alejandra Yesenia Xiomara Marisol Rosario Dolores Consuelo Itzel Yadira Nayeli
Luz Milagros Socorro Esperanza Altagracia Deyanira Yamilet Conceição Fátima Gabriela Graça Lúcia Vitória
Huong Linh Phuong Hoa Thuy Trang Chanthy Bopha Sreymom Sokunthea Mei Lihua Seo-yeon Eun-ji Priya
Anjali Deepa Lakshmi Ayesha Nasreen Sunita Tanvi Ngozi Adaeze Ama Abena Fatuma Hodan Tigist Chiamaka Thandiwe
Fatima Layla Rania Noor Amira Marie-Claude Wislande Fabiola Guerline Widline Rodeline Ketly Siobhán Niamh
Aoife Bridget Maeve Agnieszka Małgorzata Svetlana Oksana Natalia Anastasia Kateryna Eleni Georgia Concetta
Antonella Zoë Aurélie Ingrid Ayumi Naoko""".split()) | {"Xiu Ying"}
UNISEX = set("""Pat River Sage Drew Robin Sandy Sunny Honor Justice Sky Storm Blessing Royal Chance Khanh Sokha
Vanna Phalla Yan Hui Ji-woo Harpreet Gurpreet Yuki Jun""".split())
MALE_W = {"son", "brother", "husband", "father", "dad", "guy", "mr", "grandson", "nephew", "uncle", "he", "his",
          "him", "he's", "himself"}
FEMALE_W = {"daughter", "wife", "mother", "mom", "sister", "mrs", "ms", "granddaughter", "niece", "aunt", "she",
            "her", "hers", "she's", "herself"}
PRONOUN_M = {"he", "his", "him", "he's", "himself"}
PRONOUN_F = {"she", "her", "hers", "she's", "herself"}


def gender_ok(first, g):
    if g is None or first in UNISEX:
        return True
    return (first in FEMALE) == (g == "F")

TOWNS = [("Lowell", "MA", ["01850", "01851", "01852", "01854"]), ("Dracut", "MA", ["01826"]),
         ("Methuen", "MA", ["01844"]), ("Haverhill", "MA", ["01830", "01832", "01835"]),
         ("Lawrence", "MA", ["01841", "01843"]), ("Andover", "MA", ["01810"]),
         ("North Andover", "MA", ["01845"]), ("Chelmsford", "MA", ["01824"]),
         ("Tewksbury", "MA", ["01876"]), ("Billerica", "MA", ["01821"]), ("Amesbury", "MA", ["01913"]),
         ("Newburyport", "MA", ["01950"]), ("Salisbury", "MA", ["01952"]), ("Groveland", "MA", ["01834"]),
         ("Georgetown", "MA", ["01833"]), ("Westford", "MA", ["01886"]), ("Tyngsborough", "MA", ["01879"]),
         ("Pelham", "NH", ["03076"]), ("Salem", "NH", ["03079"]), ("Windham", "NH", ["03087"]),
         ("Hudson", "NH", ["03051"]), ("Nashua", "NH", ["03060", "03062", "03064"]),
         ("Plaistow", "NH", ["03865"]), ("Atkinson", "NH", ["03811"]), ("Merrimac", "MA", ["01860"]),
         ("West Newbury", "MA", ["01985"]), ("Boxford", "MA", ["01921"]), ("Dunstable", "MA", ["01827"])]
STREETS = ["Tarbox Ln", "Broadway", "Pleasant St", "Lakeview Ave", "Bridge St", "Mammoth Rd",
           "Varnum Ave", "Pawtucket Blvd", "Lowell St", "Haverhill St", "Main St", "High St", "Elm St",
           "Chestnut St", "Spring St", "Prospect Hill Rd", "Kenwood Ave", "Jackson St", "Stevens St",
           "Pine Ridge Rd", "Hildreth St", "Lakeshore Dr", "Old Rowley Rd", "Crystal St", "Willow Ave",
           "Osgood St", "Salem St", "Washington St", "Primrose Ln", "Cushing Ave", "Middlesex St",
           "Hovey St", "Tenney St", "Forest St", "Wentworth Ave", "Gage Ave", "Arlington St",
           "Ferry Rd", "Marsh Hill Rd", "Newbury St", "Beacon St", "Pelham Rd", "Dutton St",
           "Cross Point Rd", "Sixth St", "Bradford Ave"]
UNITS = ["Apt 3B", "Unit 12", "#2", "Apt 104", "2nd fl", "Apt C", "Unit 7"]

# ---------------------------------------------------------------------------
# organisations, systems, misc (not PHI)
# ---------------------------------------------------------------------------
VENDORS = [("Roche Diagnostics", "roche.com"), ("Sysmex America", "sysmex.com"),
           ("Beckman Coulter", "beckman.com"), ("Abbott", "abbott.com"),
           ("Siemens Healthineers", "siemens-healthineers.com"), ("bioMérieux", "biomerieux.com"),
           ("BD", "bd.com"), ("Cepheid", "cepheid.com"), ("Ortho Clinical Diagnostics", "orthoclinicaldx.com"),
           ("Stago", "stago-us.com"), ("Leica Biosystems", "leicabiosystems.com"),
           ("Sakura Finetek", "sakuraus.com"), ("Hologic", "hologic.com"), ("GE HealthCare", "gehealthcare.com"),
           ("Philips", "philips.com"), ("Sectra", "sectra.com"), ("Visage Imaging", "visageimaging.com"),
           ("Fujifilm", "fujifilm.com"), ("Quest Diagnostics", "questdiagnostics.com"),
           ("Labcorp", "labcorp.com"), ("Mayo Clinic Laboratories", "mayo.edu"), ("ARUP", "aruplab.com"),
           ("MedSpeed", "medspeed.com"), ("Fisher Scientific", "thermofisher.com"),
           ("Cardinal Health", "cardinalhealth.com"), ("NeoGenomics", "neogenomics.com"),
           ("Bayer Radiology", "bayer.com"), ("Canon Medical", "medical.canon")]
REFLABS = ["Mayo", "ARUP", "Quest", "Labcorp", "Viracor", "NeoGenomics", "Foundation Medicine",
           "the State Lab", "Myriad", "Exact Sciences", "BWH cytogenetics", "Caris"]
EXEC_TITLES = ["CEO", "CFO", "CMO", "CNO", "COO", "CMIO", "CIO", "VP Clinical Ops", "SVP Finance",
               "Chief Quality Officer"]
LIS = ["Sunquest", "Epic Beaker", "Cerner PathNet", "SCC Soft", "Orchard Harvest"]
PACS = ["Sectra", "Visage", "Centricity", "IntelliSpace", "Synapse"]
ANALYZERS = ["Sysmex XN-1000", "cobas 8000", "DxI 800", "Alinity ci", "Atellica", "VITEK 2",
             "BACTEC FX", "GeneXpert", "Ortho Vision", "STA R Max", "BOND-III", "BenchMark ULTRA",
             "Tissue-Tek VIP", "AU5800", "ACL TOP 550", "Cellavision DC-1"]
MODS = ["CT1", "CT2", "MR1", "MR2", "US 3", "Mammo 2", "fluoro 4", "the IR suite", "nuc med cam B",
        "DEXA", "X-ray rm 6", "the Haverhill CT", "PET/CT"]
SITES = ["Haverhill", "Methuen", "Salem NH", "Andover", "Lowell", "Chelmsford", "Dracut",
         "Tewksbury", "Newburyport", "Nashua"]
DEPTS = ["core lab", "micro", "histo", "blood bank", "cyto", "send-outs", "phleb", "IR",
         "CT", "MRI", "mammo", "US", "nuc med", "path", "client services", "courier"]
TESTS = ["CBC", "BMP", "CMP", "troponin", "lactate", "PT/INR", "D-dimer", "TSH", "A1c", "lipase",
         "ammonia", "blood cx", "urine cx", "quantiferon", "vit D", "ferritin", "PSA", "BNP",
         "procalcitonin", "HIV 1/2", "hep panel", "flow cytometry", "heavy metals", "JAK2",
         "BCR-ABL", "oncotype", "FISH", "BK PCR", "CMV PCR", "type & screen"]
FAC_ADDR = ["120 Main St Suite 4, Methuen MA 01844", "1 Hospital Dr, Haverhill, MA 01830",
            "295 Varnum Ave, Lowell MA 01854", "400 Merrimack St, Lowell, MA 01852",
            "33 Stiles Rd, Salem NH 03079", "10 Research Pl, North Chelmsford MA 01863",
            "200 Forest St, Marlborough, MA 01752", "3050 Superior Dr NW, Rochester, MN 55901",
            "500 Chipeta Way, Salt Lake City, UT 84108", "150 Main St, Reading, MA 01867",
            "66 Cherry Hill Dr, Beverly MA 01915", "12 Medical Park Dr, Andover, MA 01810"]
CPTS = ["88305", "88307", "88342", "88312", "80053", "85025", "83036", "87086", "86480",
        "70450", "74177", "71250", "77067", "72148", "76700", "77080"]
ICDS = ["Z12.31", "R92.8", "E11.9", "N18.3", "C50.912", "D64.9", "R07.9", "Z79.01", "I48.91",
        "J18.9", "K21.9", "R10.9"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .replace("Ł", "L").replace("ł", "l").replace("'", "").replace(" ", "").replace(".", "")


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def spell_digits(s, r):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ONES[int(ch)] if not (ch == "0" and r.random() < 0.5) else "oh")
        elif ch in "-/ ":
            out.append(",")
    t = " ".join(out).replace(" ,", ",")
    return t


def age_words(n):
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " and " + (ONES[rest] if rest < 10 else TEENS[rest - 10]))
    tens = {9: "ninety"}[n // 10]
    return tens if n % 10 == 0 else tens + "-" + ONES[n % 10]


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def zw_insert(s, r):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isdigit() and i < len(s) - 1 and s[i + 1].isdigit() and r.random() < 0.35:
            out.append("\u200b")
    return "".join(out)


def obfuscate_digits(s, r, allow=("space", "fw", "zw", "nbsp", "mixed")):
    """Return (text, tags) for an obfuscated numeric identifier."""
    kind = r.choice(allow)
    if kind == "space":
        return " ".join(c for c in s if c.isalnum()), ["evasion"]
    if kind == "fw":
        return fullwidth(s), ["evasion", "fullwidth"]
    if kind == "zw":
        t = zw_insert(s, r)
        if "\u200b" not in t:
            t = s[0] + "\u200b" + s[1:]
        return t, ["evasion", "zero-width"]
    if kind == "nbsp":
        t = re.sub(r"[-. ]", "\u00a0", s)
        if t == s:
            t = s[:3] + "\u00a0" + s[3:]
        return t, ["evasion"]
    # mixed separators
    seps = [m.start() for m in re.finditer(r"[-. ]", s)]
    if seps:
        i = r.choice(seps)
        repl = "." if s[i] != "." else "-"
        return s[:i] + repl + s[i + 1:], ["evasion"]
    return " ".join(c for c in s), ["evasion"]


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
PHI_ROLES = {"pt", "rel", "emp", "vis"}
PERSON_BASES = {"pt", "rel", "emp", "vis", "st", "dr", "vnd", "ex"}
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "hotmail.com",
                    "icloud.com", "aol.com", "outlook.com", "protonmail.com"]


class Person:
    def __init__(self, r, used, want_nick=False, gender=None, share_last=None):
        for _ in range(400):
            if want_nick:
                first = r.choice(NICK_FIRSTS)
                origin = "us"
                for o in ORIGINS:
                    if first in FIRST[o]:
                        origin = o
            else:
                origin = r.choices(ORIGINS, weights=[ORIGIN_W[o] for o in ORIGINS])[0]
                first = r.choice(FIRST[origin])
            lo = origin
            if origin in LAST_FOR:
                lo = r.choice(LAST_FOR[origin])
            elif r.random() < 0.22:
                lo = r.choice(ORIGINS)
                if lo == "word" and r.random() < 0.5:
                    lo = "us"
            last = r.choice(LAST[lo])
            if share_last:
                last = share_last
            if not gender_ok(first, gender):
                continue
            if first not in used and (last not in used or share_last) and first != last:
                break
        used.add(first)
        used.add(last)
        self.first, self.last = first, last
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.3 else None
        self.nick = r.choice(NICK[first]) if first in NICK else None
        self.vendor = r.choice(VENDORS)
        self.title = r.choice(EXEC_TITLES)
        self.fullstyle = r.random()

    def full(self):
        if self.mid and self.fullstyle < 0.4:
            return "%s %s. %s" % (self.first, self.mid, self.last)
        return "%s %s" % (self.first, self.last)


def person_email(p, r, role):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    if role in ("st", "dr", "ex"):
        pat = r.choice(["{f}.{l}", "{fi}{l}", "{f}{l}", "{l}{fi}"])
        dom = r.choice(["mvrh.org", "mvrh.org", "mvrh.org", "lab.mvrh.org"])
    elif role == "vnd":
        pat = r.choice(["{f}.{l}", "{fi}{l}", "{f}_{l}", "{f}.{l}"])
        dom = p.vendor[1]
    else:
        pat = r.choice(["{f}.{l}{yy}", "{f}{l}", "{fi}{l}{yy}", "{l}.{f}", "{f}{yy}", "{nick}{l}"])
        dom = r.choice(PERSONAL_DOMAINS)
    local = pat.format(f=f, l=l, fi=f[:1], yy=r.choice(["", "52", "77", "1961", "88", "04", "2", "_ma"]),
                       nick=ascii_fold(p.nick).lower() if p.nick else f[:3])
    return local + "@" + dom


def obf_email(e, r):
    local, dom = e.split("@")
    parts = dom.split(".")
    style = r.randint(0, 3)
    if style == 0:
        return local + " [at] " + " [dot] ".join(parts)
    if style == 1:
        return local + " (at) " + " (dot) ".join(parts)
    if style == 2:
        return local + " at " + " dot ".join(parts)
    return local + "@" + " . ".join(parts)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def rdate(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def ordinal(d):
    return str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(r, ymd, style):
    y, m, d = ymd
    return {
        "mdy": "%d/%d/%d" % (m, d, y),
        "mdy0": "%02d/%02d/%d" % (m, d, y),
        "mdy2": "%d/%d/%02d" % (m, d, y % 100),
        "iso": "%d-%02d-%02d" % (y, m, d),
        "long": "%s %d, %d" % (MONTHS[m - 1], d, y),
        "abbr": "%s %d, %d" % (MON3[m - 1], d, y),
        "dmy": "%02d-%s-%d" % (d, MON3[m - 1], y),
        "dmon": "%d %s %d" % (d, MON3[m - 1], y),
        "dash": "%d-%d-%d" % (m, d, y),
        "compact": "%02d%02d%d" % (m, d, y),
        "hl7": "%d%02d%02d" % (y, m, d),
        "md": "%d/%d" % (m, d),
        "md0": "%02d/%02d" % (m, d),
        "mon": "%s %s" % (MON3[m - 1], ordinal(d)),
        "mon2": "%s %d" % (MONTHS[m - 1], d),
        "monlc": "%s %d" % (MON3[m - 1].lower(), d),
        "dot": "%d.%d.%02d" % (m, d, y % 100),
    }[style]


DOB_STYLES = ["mdy", "mdy0", "mdy0", "mdy2", "iso", "long", "abbr", "dmy", "dmon", "dash", "compact"]
DOS_STYLES = ["mdy", "mdy0", "md", "md", "md0", "mon", "mon2", "iso", "abbr", "dmy", "monlc", "dot", "mdy2"]
NY_STYLES = ["md", "md0", "mon", "mon2", "monlc"]


def gen_date(r, base, attr, ctx, key):
    k = ("date", key)
    idx = key[len(base):]
    prev = ("date", base + (str(int(idx) - 1) if idx and int(idx) > 2 else "")) if idx else None
    if k not in ctx and prev and prev in ctx and base != "dob":
        d0 = datetime.date(*ctx[prev]) + datetime.timedelta(days=r.randint(1, 40))
        ctx[k] = (d0.year, d0.month, d0.day)
    if k not in ctx:
        if base == "dob":
            if r.random() < 0.18:
                ctx[k] = rdate(r, 1925, 1934)
            else:
                ctx[k] = rdate(r, 1935, 2022)
        elif base in ("dos", "dod"):
            ctx[k] = rdate(r, 2024, 2025)
        else:  # mdate: meeting / downtime / go-live (not PHI)
            ctx[k] = rdate(r, 2025, 2026)
    ymd = ctx[k]
    tags = []
    if attr == "hl7":
        style = "hl7"
    elif attr == "ny":
        style = r.choice(NY_STYLES)
    elif attr == "us":
        style = "mdy0"
    elif attr == "long":
        style = r.choice(["long", "abbr", "mon2"])
    elif base == "dob":
        style = r.choice(DOB_STYLES)
        if style == "compact":
            tags.append("evasion")
    else:
        style = r.choice(DOS_STYLES)
    typ = None if base == "mdate" else "DATE"
    return fmt_date(r, ymd, style), typ, tags


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_phone(r, kind="personal"):
    if kind == "tollfree":
        ac = r.choice(["800", "888", "877", "866", "855"])
    else:
        ac = r.choice(["978", "978", "978", "351", "603", "603", "617", "781", "508", "774", "857"])
    ex = str(r.randint(201, 989))
    if ex == "555" or r.random() < 0.07:
        ex = "555"
        ln = "01" + digits(r, 2)
    else:
        ln = digits(r, 4)
    style = r.randint(0, 8)
    s = [("(%s) %s-%s", ), ("%s-%s-%s", ), ("%s.%s.%s", ), ("+1 %s %s %s", ), ("%s%s%s", ),
         ("%s %s %s", ), ("1-%s-%s-%s", ), ("+1 (%s) %s-%s", ), ("%s-%s-%s", )][style][0]
    num = s % (ac, ex, ln)
    if kind == "tollfree" and r.random() < 0.35:
        num += r.choice([" ext. ", " x", " x ", ", ext "]) + str(r.randint(1, 9)) + (digits(r, r.randint(0, 2)))
    elif kind == "office" and r.random() < 0.3:
        num += r.choice([" ext. ", " x", " ext "]) + digits(r, 3)
    return num


def gen_mrn(r):
    style = r.randint(0, 5)
    if style == 0:
        return "00" + digits(r, 6)
    if style == 1:
        return "E" + digits(r, 7)
    if style == 2:
        return digits(r, 1) + "-" + digits(r, 3) + "-" + digits(r, 3)
    if style == 3:
        return str(r.randint(1, 9)) + digits(r, 6)
    if style == 4:
        return "MV" + digits(r, 7)
    return str(r.randint(1, 9)) + digits(r, 7)


def gen_ssn(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def gen_hpid(r):
    style = r.randint(0, 5)
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if style == 0:
        return "".join(r.choice(L) for _ in range(3)) + digits(r, 9)
    if style == 1:
        return digits(r, 9) + "-0" + str(r.randint(1, 4))
    if style == 2:
        return "T" + digits(r, 10)
    if style == 3:
        return "W" + digits(r, 9)
    if style == 4:
        return "HP" + digits(r, 8) + "0" + str(r.randint(0, 3))
    return "ZGP" + digits(r, 8)


def gen_mbi(r):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(A) + r.choice(AN) + digits(r, 1) + r.choice(A) + r.choice(AN)
         + digits(r, 1) + r.choice(A) + r.choice(A) + digits(r, 2))
    if r.random() < 0.5:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def gen_har(r):
    style = r.randint(0, 3)
    if style == 0:
        return "400" + digits(r, 8)
    if style == 1:
        return "G" + digits(r, 8)
    if style == 2:
        return digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 2)
    return "7" + digits(r, 9)


def gen_dl(r):
    if r.random() < 0.6:
        return "S" + digits(r, 8)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return digits(r, 2) + "".join(r.choice(L) for _ in range(3)) + digits(r, 5)


def gen_dea(r, p=None):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    first = r.choice("ABFGM")
    second = ascii_fold(p.last)[0].upper() if p else r.choice(L)
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def gen_mlic(r):
    style = r.randint(0, 2)
    if style == 0:
        return str(r.randint(200000, 289999))
    if style == 1:
        return "MD" + str(r.randint(10000, 29999))
    return str(r.randint(10000, 29999))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(r):
    wmi = r.choice(["1FT", "1GC", "3C6", "1FD", "2C4", "5TD", "1HG", "JTD", "WD3"])
    body = wmi + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" + r.choice("RSTPN") + \
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 6)
    tot = sum(VIN_VAL[c] * w for c, w in zip(body, VIN_W))
    chk = tot % 11
    return body[:8] + ("X" if chk == 10 else str(chk)) + body[9:]


def gen_plate(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    style = r.randint(0, 4)
    if style == 0:
        return str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(2)) + " " + digits(r, 3)
    if style == 1:
        return str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + digits(r, 2)
    if style == 2:
        return digits(r, 3) + " " + digits(r, 4)
    if style == 3:
        return str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(2)) + "-" + digits(r, 3)
    return "".join(r.choice(L) for _ in range(3)) + "-" + digits(r, 4)


def gen_dev(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    style = r.randint(0, 6)
    if style == 0:
        return "".join(r.choice(L) for _ in range(3)) + digits(r, 6) + r.choice("SHGR")
    if style == 1:
        return digits(r, 7)
    if style == 2:
        return "SM" + digits(r, 8)
    if style == 3:
        return digits(r, 2) + r.choice(L) + digits(r, 5) + r.choice(L) + r.choice(L)
    if style == 4:
        return "".join(r.choice(L + "0123456789") for _ in range(10))
    if style == 5:
        return str(r.randint(100000, 999999)) + "-" + digits(r, 3)
    return "LDV" + digits(r, 6)


def gen_udi(r):
    exp = rdate(r, 2026, 2029)
    return "(01)%s(17)%02d%02d%02d(21)%s" % ("00" + digits(r, 12), exp[0] % 100, exp[1], exp[2],
                                            r.choice("ABCDEFGHJKLMNPR") + digits(r, 7))


def gen_ip(r):
    style = r.randint(0, 5)
    if style in (0, 1):
        return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 254))
    if style == 2:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 254))
    if style == 3:
        return "192.168.%d.%d" % (r.randint(0, 254), r.randint(2, 254))
    if style == 4:
        return "10.%d.%d.%d" % (r.randint(40, 60), r.randint(1, 30), r.randint(10, 99))
    return "%d.%d.%d.%d" % (r.choice([66, 104, 148, 162, 199, 204, 209]), r.randint(0, 254),
                            r.randint(0, 254), r.randint(2, 254))


def gen_ipv6(r):
    h = lambda: "%x" % r.randint(1, 0xffff)
    style = r.randint(0, 2)
    if style == 0:
        return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    if style == 1:
        return "fd%02x:%s:%s:%s::%x" % (r.randint(0, 255), h(), h(), h(), r.randint(1, 300))
    return "2001:db8:%s:%s::%x" % (h(), h(), r.randint(1, 255))


def gen_cc(r):
    kind = r.randint(0, 3)
    if kind == 3:
        body = r.choice(["34", "37"]) + digits(r, 12)
        n = body + luhn_digit(body)
        return r.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:4], n[4:10], n[10:])
    body = (r.choice(["4", "4", "51", "55", "6011"]))
    body = body + digits(r, 15 - len(body))
    n = body + luhn_digit(body)
    sep = r.choice([" ", " ", "-", ""])
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


def gen_npi(r):
    body = "1" + digits(r, 8)
    return body + luhn_digit("80840" + body)


def gen_addr(r, ctx, key, parts=("street", "town", "zip")):
    k = ("addr", key)
    if k not in ctx:
        town, st, zips = r.choice(TOWNS)
        ctx[k] = {
            "num": str(r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 2400)])),
            "street": r.choice(STREETS), "unit": r.choice(UNITS) if r.random() < 0.3 else "",
            "town": town, "state": st, "zip": r.choice(zips),
            "plus4": "-" + digits(r, 4) if r.random() < 0.2 else "",
        }
    return ctx[k]


def render_addr(r, a, attr):
    street = a["num"] + " " + a["street"]
    if attr == "street":
        return street + ((" " + a["unit"]) if a["unit"] and r.random() < 0.5 else "")
    if attr == "town":
        return a["town"]
    if attr == "zip":
        return a["zip"] + a["plus4"]
    if attr == "hl7":
        return "%s^%s^%s^%s^%s" % (street, a["unit"], a["town"], a["state"], a["zip"])
    style = r.randint(0, 5)
    unit = (" " + a["unit"]) if a["unit"] else ""
    if style == 0:
        return "%s%s, %s %s %s%s" % (street, unit, a["town"], a["state"], a["zip"], a["plus4"])
    if style == 1:
        return "%s%s, %s, %s %s" % (street, unit, a["town"], a["state"], a["zip"])
    if style == 2:
        return "%s%s %s %s %s" % (street.lower(), unit.lower(), a["town"].lower(), a["state"].lower(), a["zip"])
    if style == 3:
        return "%s%s\n%s, %s %s%s" % (street, unit, a["town"], a["state"], a["zip"], a["plus4"])
    if style == 4:
        return "%s%s, %s" % (street, unit, a["town"])
    return "%s%s, %s %s" % (street.upper(), unit.upper(), a["town"].upper(), a["zip"])


def gen_purl(r, ctx, key):
    p = None
    for k in ("pt", "pt1"):
        if ("person", k) in ctx:
            p = ctx[("person", k)]
            break
    style = r.randint(0, 5)
    if style == 0:
        return "https://mychart.mvrh.org/MyChart/Visits/%s?pid=%s" % (digits(r, 8), "E" + digits(r, 7))
    if style == 1:
        return "https://portal.mvrh.org/results?patientId=%s" % (digits(r, 9))
    if style == 2 and p:
        return "https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.first).lower(), ascii_fold(p.last).lower())
    if style == 3 and p:
        return "https://mvrh.followmyhealth.com/u/%s.%s%s" % (ascii_fold(p.first).lower(),
                                                              ascii_fold(p.last).lower(), digits(r, 2))
    if style == 4:
        return "https://imageshare.mvrh.org/view?study=1.2.840.%s&mrn=%s" % (digits(r, 8), gen_mrn(r))
    return "mychart.mvrh.org/visit?id=%s&pt=%s" % (digits(r, 7), ascii_fold(p.last if p else "smith").upper() + digits(r, 2))


def gen_tkt(r):
    style = r.randint(0, 7)
    return [lambda: "INC00" + digits(r, 5), lambda: "RITM00" + digits(r, 5), lambda: "CHG00" + digits(r, 5),
            lambda: "SR 1-" + digits(r, 5), lambda: "CS" + digits(r, 7), lambda: "LIS-" + str(r.randint(100, 999)),
            lambda: "#" + str(r.randint(40000, 49999)), lambda: "case " + digits(r, 8)][style]()


def gen_ver(r):
    style = r.randint(0, 6)
    return [lambda: "v%d.%d.%d" % (r.randint(4, 12), r.randint(0, 9), r.randint(0, 20)),
            lambda: "%d.%d" % (r.randint(6, 9), r.randint(0, 9)),
            lambda: "%d.%d.%d" % (r.randint(6, 11), r.randint(0, 9), r.randint(1, 30)),
            lambda: "build %d.%d.0.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 9)),
            lambda: "%d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 3), r.randint(1, 40)),
            lambda: "SU%d" % r.randint(1, 9) + " / " + "v%d.%d" % (r.randint(7, 9), r.randint(0, 9)),
            lambda: "%d.%d.%d (b%d)" % (r.randint(3, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1000, 9999))][style]()


def gen_acc(r):
    style = r.randint(0, 4)
    yy = r.choice(["24", "25"])
    return [lambda: "S%s-%05d" % (yy, r.randint(1, 29999)), lambda: "C%s-%04d" % (yy, r.randint(1, 4999)),
            lambda: "M%s-%05d" % (yy, r.randint(1, 99999)), lambda: "%s-CP-%06d" % (yy, r.randint(1, 999999)),
            lambda: "H%s-%05d" % (yy, r.randint(1, 9999))][style]()


def gen_time(r, prev=None):
    h, m = r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 22, 30, 35, 40, 45, 48, 50, 55])
    style = r.randint(0, 3)
    if prev:
        h, style = prev[0] + r.randint(1, 4), prev[2]
        if h > 23:
            h, m = 23, 59
    return h, m, style


def fmt_time(h, m, style):
    if style == 0:
        return "%02d%02d" % (h, m)
    if style == 1:
        return "%d:%02d%s" % ((h % 12) or 12, m, "a" if h < 12 else "p")
    if style == 2:
        return "%02d:%02d" % (h, m)
    return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")


def gen_price(r):
    v = r.choice([r.randint(40, 999) + r.randint(0, 99) / 100, r.randint(1000, 99999) + r.randint(0, 99) / 100,
                  r.randint(100000, 950000)])
    if isinstance(v, int):
        return "${:,}".format(v)
    return "${:,.2f}".format(v)


def gen_room(r):
    return r.choice(["rm %d-%03d" % (r.randint(1, 4), r.randint(1, 250)), "B-%d" % r.randint(10, 140),
                     "room %d" % r.randint(100, 499), "conf rm %s" % r.choice("ABCDE"),
                     "%s-%d" % (r.choice(["LL", "G", "2W", "3E"]), r.randint(1, 60))])


def gen_zoom(r):
    return "%s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4))


def gen_aser(r):
    return r.choice(["%s" % digits(r, 5), "U%s" % digits(r, 6), "%s%s" % (r.choice(["GA", "BD", "XN"]), digits(r, 6)),
                     "SN %s" % digits(r, 8)])


def gen_asset(r):
    return r.choice(["BME-%06d" % r.randint(1, 99999), "MV%06d" % r.randint(1, 999999),
                     "asset %d" % r.randint(100000, 199999), "BIOMED %d" % r.randint(1000, 9999)])


def gen_yage(r):
    return str(r.choice([r.randint(18, 89), r.randint(60, 89), r.randint(70, 89)]))


SIMPLE = {
    # PHI (conservative / context) ------------------------------------------------
    "mrn": ("MRN", lambda r: gen_mrn(r)),
    "ssn": ("SSN", lambda r: gen_ssn(r)),
    "hpid": ("HEALTH_PLAN_ID", lambda r: gen_hpid(r)),
    "mbi": ("HEALTH_PLAN_ID", lambda r: gen_mbi(r)),
    "mcaid": ("HEALTH_PLAN_ID", lambda r: "1" + digits(r, 11)),
    "har": ("ACCOUNT_NUMBER", lambda r: gen_har(r)),
    "bank": ("ACCOUNT_NUMBER", lambda r: digits(r, r.randint(9, 12))),
    "dl": ("LICENSE_NUMBER", lambda r: gen_dl(r)),
    "mlic": ("LICENSE_NUMBER", lambda r: gen_mlic(r)),
    "vin": ("VEHICLE_ID", lambda r: gen_vin(r)),
    "plate": ("VEHICLE_ID", lambda r: gen_plate(r)),
    "dev": ("DEVICE_ID", lambda r: gen_dev(r)),
    "udi": ("DEVICE_ID", lambda r: gen_udi(r)),
    "ip": ("IP_ADDRESS", lambda r: gen_ip(r)),
    "ipv": ("IP_ADDRESS", lambda r: gen_ipv6(r)),
    "ph": ("PHONE", lambda r: gen_phone(r)),
    "bph": ("PHONE", lambda r: gen_phone(r, "tollfree")),
    "fax": ("PHONE", lambda r: gen_phone(r, "office")),
    "cc": ("CREDIT_CARD", lambda r: gen_cc(r)),
    "dem": ("EMAIL", lambda r: r.choice(["labclientservices", "lab.clientservices", "rad.scheduling", "pathology",
                                         "him.release", "sendouts", "bloodbank", "imaging.support"]) + "@mvrh.org"),
    # clean ------------------------------------------------------------------------
    "tkt": (None, gen_tkt), "ver": (None, gen_ver),
    "po": (None, lambda r: r.choice(["45000" + digits(r, 5), "PO-" + digits(r, 6), digits(r, 7)])),
    "inv": (None, lambda r: r.choice(["INV-" + digits(r, 6), digits(r, 8), "9" + digits(r, 9)])),
    "price": (None, gen_price), "room": (None, gen_room),
    "acc": (None, gen_acc), "npi": (None, gen_npi), "cpt": (None, lambda r: r.choice(CPTS)),
    "icd": (None, lambda r: r.choice(ICDS)), "ext": (None, lambda r: str(r.randint(2000, 7999))),
    "zoom": (None, gen_zoom), "asset": (None, gen_asset), "aser": (None, gen_aser),
    "mod": (None, lambda r: r.choice(MODS)), "site": (None, lambda r: r.choice(SITES)),
    "n": (None, lambda r: str(r.randint(2, 48))), "big": (None, lambda r: "{:,}".format(r.randint(1100, 48000))),
    "test": (None, lambda r: r.choice(TESTS)), "lis": (None, lambda r: r.choice(LIS)),
    "pacs": (None, lambda r: r.choice(PACS)), "an": (None, lambda r: r.choice(ANALYZERS)),
    "facaddr": (None, lambda r: r.choice(FAC_ADDR)), "yage": (None, gen_yage),
    "lot": (None, lambda r: r.choice(["lot ", "Lot# ", "lot "]) + r.choice([digits(r, 5), "R" + digits(r, 4), digits(r, 2) + r.choice("ABC") + digits(r, 3)])),
    "pct": (None, lambda r: "%d%%" % r.randint(3, 97)), "dept": (None, lambda r: r.choice(DEPTS)),
    "reflab": (None, lambda r: r.choice(REFLABS)), "vendor": (None, lambda r: r.choice(VENDORS)[0]),
    "port": (None, lambda r: r.choice(["104", "2575", "6661", "5500", "11112", "4242", "8443"])),
    "yr": (None, lambda r: str(r.choice([2024, 2025, 2026]))),
}
HARD_NEG_TAG = {"tkt": "ticket", "po": "po", "inv": "money", "price": "money", "ver": "version",
                "npi": "npi", "cpt": "cpt", "icd": "icd", "ext": "ext", "mdate": "calendar",
                "facaddr": "facility-address", "ex": "exec-name", "zoom": "zoom", "asset": "asset-tag",
                "aser": "device-serial-negative", "acc": "accession"}
BIZ_BASES = {"bph", "fax", "dem"}


# ---------------------------------------------------------------------------
# template rendering
# ---------------------------------------------------------------------------
TOK = re.compile(r"\{([a-z]+?)(\d*)(?:\.([a-z0-9]+))?\}")


class Piece:
    __slots__ = ("text", "typ", "lit", "biz")

    def __init__(self, text, typ=None, lit=False, biz=False):
        self.text, self.typ, self.lit, self.biz = text, typ, lit, biz


def render_placeholder(r, base, key, attr, ctx, used, nick_keys, tags):
    if base in PERSON_BASES:
        pk = ("person", key)
        if pk not in ctx:
            ctx[pk] = Person(r, used, want_nick=key in nick_keys)
        p = ctx[pk]
        name_typ = "NAME" if base in PHI_ROLES else None
        biz = base not in PHI_ROLES
        if attr == "em":
            return ctx.setdefault(("em", key), person_email(p, r, base)), "EMAIL", biz
        if attr == "emo":
            if ("emo", key) not in ctx:
                ctx[("emo", key)] = obf_email(ctx.setdefault(("em", key), person_email(p, r, base)), r)
            tags.append("evasion")
            return ctx[("emo", key)], "EMAIL", biz
        if attr == "ph":
            if ("ph", key) not in ctx:
                ctx[("ph", key)] = gen_phone(r, "personal" if base in PHI_ROLES else "office")
            return ctx[("ph", key)], "PHONE", biz
        if attr == "co":
            return p.vendor[0], None, False
        if attr == "title":
            return p.title, None, False
        if attr == "sex":
            return ("F" if p.first in FEMALE else "M") if p.first not in UNISEX else r.choice("FM"), None, False
        if attr == "dea":
            return ctx.setdefault(("dea", key), gen_dea(r, p)), "LICENSE_NUMBER", biz
        mid = (" " + p.mid) if p.mid else ""
        txt = {
            "": p.full(), "f": p.first, "l": p.last, "fn": "%s %s" % (p.first, p.last), "fl": "%s. %s" % (p.first[0], p.last),
            "inv": "%s, %s%s" % (p.last.upper(), p.first.upper(), mid),
            "inv2": "%s, %s" % (p.last, p.first), "up": ("%s %s" % (p.first, p.last)).upper(),
            "lc": ("%s %s" % (p.first, p.last)).lower(), "flc": p.first.lower(), "llc": p.last.lower(),
            "nick": p.nick or p.first, "hl7": "%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mid or ""),
            "mi": "%s %s. %s" % (p.first, p.mid or "J", p.last),
        }[attr]
        if attr in ("lc", "flc", "llc"):
            tags.append("lowercase")
        return txt, name_typ, False
    if base in ("dob", "dos", "dod", "mdate"):
        t, typ, tg = gen_date(r, base, attr, ctx, key)
        tags.extend(tg)
        return t, typ, False
    if base in ("addr", "street", "town", "zip"):
        a = gen_addr(r, ctx, key)
        if base == "addr":
            return render_addr(r, a, attr), "ADDRESS", False
        return render_addr(r, a, base), "ADDRESS", False
    if base == "age":
        k = ("age", key)
        if k not in ctx:
            ctx[k] = r.choice([90, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 101, 102, 104])
        if attr == "w":
            tags.append("evasion")
            return age_words(ctx[k]), "AGE", False
        return str(ctx[k]), "AGE", False
    if base == "purl":
        return ctx.setdefault(("purl", key), gen_purl(r, ctx, key)), "URL", False
    if base in ("em", "bem"):
        if ("em", key) not in ctx:
            tmp = Person(r, set())
            ctx[("em", key)] = person_email(tmp, r, "pt" if base == "em" else r.choice(["vnd", "st"]))
        e = ctx[("em", key)]
        if attr == "o":
            tags.append("evasion")
            return ctx.setdefault(("emo", key), obf_email(e, r)), "EMAIL", base == "bem"
        return e, "EMAIL", base == "bem"
    if base == "dea":
        return ctx.setdefault(("dea", key), gen_dea(r)), "LICENSE_NUMBER", False
    if base == "tm":
        idx = key[2:]
        prev = ctx.get(("tm", "tm" + (str(int(idx) - 1) if idx and int(idx) > 2 else ""))) if idx else None
        if ("tm", key) not in ctx:
            ctx[("tm", key)] = gen_time(r, prev)
        return fmt_time(*ctx[("tm", key)]), None, False
    if base not in SIMPLE:
        raise KeyError(base)
    typ, fn = SIMPLE[base]
    k = ("v", key)
    if k not in ctx:
        ctx[k] = fn(r)
    v = ctx[k]
    if typ and attr in ("raw", "sp", "o", "hl7"):
        kk = ("v", key, attr)
        if kk not in ctx:
            if attr == "raw":
                ctx[kk] = re.sub(r"[^0-9A-Za-z]", "", v)
            elif attr == "sp":
                ctx[kk] = spell_digits(re.sub(r"[^0-9]", "", v), r)
            elif attr == "hl7":
                dg = re.sub(r"[^0-9]", "", v.split(" x")[0].split(" ext")[0].split(",")[0])
                if base in ("ph", "fax", "bph"):
                    dg = dg[-10:]
                    ctx[kk] = "(%s)%s-%s" % (dg[:3], dg[3:6], dg[6:])
                else:
                    ctx[kk] = dg
            else:
                ctx[kk] = obfuscate_digits(v, r)[0]
        if attr in ("raw", "sp", "o"):
            tags.append("evasion")
            if attr == "o":
                t = ctx[kk]
                if any(0xFF10 <= ord(c) <= 0xFF19 for c in t):
                    tags.append("fullwidth")
                if "\u200b" in t:
                    tags.append("zero-width")
        return ctx[kk], typ, base in BIZ_BASES
    if typ and base in ("ssn", "ph", "mrn", "hpid", "har", "cc") and attr == "" \
            and r.random() < {"ssn": 0.3}.get(base, 0.08):
        kk = ("v", key, "auto")
        if kk not in ctx:
            t, tg = obfuscate_digits(v, r)
            ctx[kk] = (t, tg)
        tags.extend(ctx[kk][1])
        return ctx[kk][0], typ, base in BIZ_BASES
    if base == "ssn" and attr == "" and r.random() < 0.15:
        tags.append("evasion")
        return v.replace("-", ""), typ, False
    return v, typ, base in BIZ_BASES


# ---------------------------------------------------------------------------
# PHI frames: (tags, template or function(r) -> template)
# ---------------------------------------------------------------------------
def rows(r, lo, hi):
    return range(1, r.randint(lo, hi) + 1)


def f_manifest(r):
    head = r.choice(["send-out manifest, 2pm run:", "**Sendouts - {reflab} box**", "pending sendouts (pasted from the log)"])
    out = [head, "", "| Patient | DOB | Accession | Test |", "|---|---|---|---|"]
    for i in rows(r, 2, 5):
        out.append("| {pt%d.inv} | {dob%d} | {acc%d} | {test%d} |" % (i, i, i, i))
    out.append(r.choice(["", "\n{st.f} pls double check the Mayo ones", "\nbox sealed {tm}"]))
    return "\n".join(out).rstrip()


def f_critlog(r):
    out = [r.choice(["Crit call log — nights", "crit log for QA review:", "```\nCRITICAL VALUE LOG\n"])]
    for i in rows(r, 2, 4):
        out.append(r.choice(["{tm%d}  {pt%d.inv}  MRN {mrn%d}  {test%d}  -> {st%d.f} RN" % (i, i, i, i, i),
                             "- {tm%d} {pt%d} ({mrn%d}) {test%d}, called to {st%d}" % (i, i, i, i, i)]))
    if out[0].startswith("```"):
        out.append("```")
    return "\n".join(out)


def f_homedraw(r):
    out = [r.choice(["Mobile phleb route {wd} — {st.f}", "home draws tomorrow:", "**Homebound draws**"])]
    for i in rows(r, 2, 4):
        out.append(r.choice(["%d. {pt%d} — {addr%d} — {ph%d} — {test%d}" % (i, i, i, i, i),
                             "• {pt%d.inv}, {street%d}, {town%d} ({test%d})" % (i, i, i, i),
                             "- {pt%d.f} {pt%d.l} | {addr%d} | cb {ph%d}" % (i, i, i, i)]))
    return "\n".join(out).replace("{wd}", r.choice(["Tue", "Thurs", "Mon/Wed"]))


def f_tumorboard(r):
    out = [r.choice(["Breast tumor board {mdate} — cases:", "GI TB list for Thurs:", "thoracic tumor board, pls pull slides:"])]
    for i in rows(r, 2, 4):
        out.append(r.choice(["%d) {pt%d} MRN {mrn%d} — {acc%d} — Dr. {dr%d.l}" % (i, i, i, i, i),
                             "- {pt%d.inv} ({mrn%d}), surg {dos%d}" % (i, i, i)]))
    return "\n".join(out)


def f_iftable(r):
    out = ["| Interface | Host | Port | Version |", "|---|---|---|---|"]
    names = r.sample(["ADT in", "ORM out", "ORU in (Quest)", "ORU in (Mayo)", "PACS ORM", "DICOM MWL",
                      "Sysmex middleware", "cobas infinity", "CoPath bridge", "Radiant results"], r.randint(2, 4))
    for i, nm in enumerate(names, 1):
        out.append("| %s | {ip%d} | {port%d} | {ver%d} |" % (nm, i, i, i))
    return r.choice(["interface inventory for the migration:\n", "", "current state ↓\n"]) + "\n".join(out)


def f_thread_phi(r):
    lines = [
        "*{st1}* 7:42 AM\n" + r.choice(["anyone know why {pt.l}'s {test} is still pending?", "got a call from 4W about {pt} again"]),
        "*{st2}* 7:44 AM\n" + r.choice(["MRN?", "which one, there are two", "checking"]),
        "*{st1}* 7:45 AM\n{mrn} — collected {dos}",
        "*{st2}* 7:51 AM\n" + r.choice(["found it, stuck in the {reflab} queue, resending", "tube never made it down, redraw ordered"]),
    ]
    return "\n\n".join(lines)


def f_thread_emp(r):
    return ("**{st1}**: is {emp.f} ok?? saw her leave in a wheelchair\n"
            "**{st2}**: she's in the ED, {emp.f} {emp.l} — chest pain, they're working her up\n"
            "**{st1}**: 😟 ok i'll cover her bench\n"
            "**{st3}**: let's keep this out of the channel pls")


def f_pid(r):
    return r.choice(["pasted from the interface log, why is this failing?\n```\n", "```\n"]) + \
        "MSH|^~\\&|EPIC|MVRH|{lis}|LAB|||ADT^A08|{n}|P|2.5.1\n" \
        "PID|1||{mrn}^^^MVRH^MR||{pt.hl7}||{dob.hl7}|{pt.sex}|||{addr.hl7}||{ph.hl7}\n```"


def f_insurance_list(r):
    out = [r.choice(["need eligibility re-run on these before we send to {reflab}:",
                     "missing/invalid member IDs (sendout billing):"])]
    for i in rows(r, 2, 4):
        out.append(r.choice(["• {pt%d.inv} — {hpid%d}" % (i, i), "- {pt%d} DOB {dob%d} member {hpid%d}" % (i, i, i),
                             "- {pt%d.l}, MBI {mbi%d}" % (i, i)]))
    return "\n".join(out)


def f_noshow(r):
    out = [r.choice(["MR no-shows this week, pls call:", "CT outreach list (no-shows):"])]
    for i in rows(r, 2, 4):
        out.append("- {pt%d} {ph%d} (appt {dos%d.ny})" % (i, i, i))
    return "\n".join(out)


def f_email_fwd(r):
    return ("---------- Forwarded message ---------\n"
            "From: {rel} <{rel.em}>\n"
            "To: {dem}\n"
            "Subject: my mother's results\n\n"
            "Hello, my mother {pt} (DOB {dob}) had blood drawn at your {site} location on {dos}. "
            "Her doctor still has not received results. Please call me at {rel.ph}.\n"
            "Thank you")


def f_bot_summarize(r):
    return ("@opsbot summarize for the huddle:\n"
            "> {st1}: {pt.inv} MRN {mrn} had the wrong-blood-in-tube event on 5W\n"
            "> {st2}: redraw done at {tm}, type & screen matches now\n"
            "> {st1}: safety report {tkt} filed")


def f_crit_table(r):
    return ("| time | pt | MRN | result | called to |\n|---|---|---|---|---|\n"
            "| {tm1} | {pt1.l} | {mrn1} | K 6.8 | {st1.f} |\n"
            "| {tm2} | {pt2.l} | {mrn2} | Hgb 5.9 | {st2.f} |")


def f_vip_thread(r):
    return ("{st1}: FYI {ex.title} asked about {pt} — she's in MR1 now\n"
            "{st2}: ok, restricted flag is on her chart?\n"
            "{st1}: yes, MRN {mrn}. privacy office notified")


def f_pacer_form(r):
    return ("MRI Safety Screening – implant\n"
            "Patient: {pt.inv}\nDOB: {dob}\nDevice: " + r.choice(["Medtronic Azure XT DR MRI", "Boston Scientific Accolade MRI",
                                                                "Abbott Assurity MRI", "Biotronik Edora 8 DR-T"]) +
            "\nSerial: {dev}\nScan date: {dos}\nCleared by: {st} (MR safety officer)")


def f_records_email(r):
    return ("From: {pt} <{pt.em}>\nSubject: records request\n\n"
            "Hi, I need copies of my biopsy report and slides from {dos}. My DOB is {dob} and my new address is "
            "{addr}. Thanks, {pt.f}")


PHI_FRAMES = [
    # --- critical values ---------------------------------------------------------------------
    ("critical escalation", "critical K+ 6.9 on {pt}, MRN {mrn}, called to {st.f} RN 4 West at {tm}, read back ✔"),
    ("critical structured multiline", "{pt.inv}  MRN {mrn}  DOB {dob}\ntroponin-T 2,340 ng/L (CRIT)\nED charge not answering — who has the escalation phone today?"),
    ("critical", "can someone call the crit on {pt.l} (bed 12, MR# {mrn})? lactate 6.1. tried {st} twice already"),
    ("critical escalation", "CRIT Hgb 5.9 / plt 8 — {pt.up} — DOB {dob} — Dr. {dr.l} paged x2 no answer, escalating to {st} per policy"),
    ("critical", "gluc >600 on the 0400 draw for {pt.f} {pt.l} ({mrn}), repeat confirmed, called to 3N at {tm}"),
    ("critical", "+ blood cx, GPC in clusters, {pt}, MRN {mrn}, collected {dos}. called to {st.f} in the ED, micro log updated"),
    ("critical lowercase", "crit call log says 'notified {st.flc}' but no read-back documented for {pt.lc} mrn {mrn}. CAP will ding us on this"),
    ("critical", "INR 9.8 on {pt} (DOB {dob}) from the Methuen draw station and she already went home. reg has {ph} on file, can someone try"),
    ("critical age", "ammonia 212 on {pt.l}, {age} yo F, collected {dos.ny} — tube came down warm, {st.f} wants a redraw on ice"),
    ("critical", f_critlog),
    ("critical structured", f_crit_table),
    ("critical", "hey {st.f} the crit on mr {pt.llc} never got called, he's on 6N. mrn {mrn}. can you grab it? i'm stuck on the XN"),
    ("critical", "Called critical plt 11 on {pt.inv} to Dr. {dr.l} @ {tm}, read back. Documented in {lis}. DOB {dob}"),
    # --- specimen problems -------------------------------------------------------------------
    ("specimen", "tube labeled {pt.inv} DOB {dob} but the req says {pt2.inv} DOB {dob2}. WBIT, rejecting per policy, {st.f} pls call 5W"),
    ("specimen lowercase", "hemolyzed x2 on {pt.lc}, mrn {mrn}... can phleb go back up? rm 412"),
    ("specimen", "QNS on the 24h urine for {pt}, DOB {dob}. she needs to restart the collection — can the clinic call her at {ph}?"),
    ("specimen", "unlabeled specimen from 3 South, per the RN probably {pt.f} {pt.l} (MRN {mrn}). safety report filed by {st.f}"),
    ("specimen", "cyto came down w/o fixative — {pt.inv}, {mrn}, collected {dos}. path wants a recollect, Dr. {dr.l} notified"),
    ("specimen path", "frozen for {pt.l} in OR 6, {st.f} grossing, ETA ~20 min. MRN {mrn}"),
    ("specimen", "BM bx on {pt} scheduled {dos} 0900 IR — flow needs the heparin tube this time, {st.f} can you make sure"),
    ("specimen records", "surg path case for {pt} (DOB {dob}) got signed out under MRN {mrn} instead of {mrn2}. amended report going out, {st.f} opened {tkt}"),
    ("specimen structured multiline", "**Rejected specimen**\n• Patient: {pt}\n• MRN: {mrn}\n• Collected: {dos}\n• Reason: clotted lavender\n• Notified: {st} at {tm}"),
    ("specimen emoji", "the {pt.l} urine cx sat in the tube station for 6h 😬 collected {dos.ny} am, rec'd pm. do we still plate it?"),
    ("specimen", "Two tubes in the bag: one says {pt.inv2}, the other {pt2.inv2}. Same room, 418A/B. Sending both back to the floor."),
    ("specimen", "pt {pt} refused the redraw, signed AMA form. DOB {dob}. cancel the {test}?"),
    ("specimen", "{acc} is actually {pt}'s, not {pt2}'s — relabel request in {tkt}. both MRNs: {mrn} / {mrn2}"),
    ("specimen", "histo found an extra cassette w/ no case on it, handwriting says '{pt.llc}' — anyone have a {pt.l} in today's gross log?"),
    ("specimen", "{pt.f} {pt.l} (DOB {dob}) walked in with a 24h urine jug from home, no req. who ordered this??"),
    # --- send-outs -----------------------------------------------------------------------------
    ("sendout", "Mayo sendout for {pt.inv}, DOB {dob}, MRN {mrn} is on hold — they want the member ID. registration has {hpid}"),
    ("sendout", "ARUP called about {pt.l}: stability exceeded, collected {dos}, received {dos2}. need a recollect"),
    ("sendout business-contact", "Quest client services ({vnd}, {vnd.ph}) says the {pt.f} {pt.l} oncotype block never arrived. tracking says delivered?"),
    ("sendout", "FoundationOne CDx for {pt}: need block + path report + face sheet. DOB {dob}, MBI {mbi}. {st.f} pulling the block from storage"),
    ("sendout", "Myriad needs insurance for {pt.inv} — member {hpid}, group 004417, BCBS MA"),
    ("sendout vehicle", "NeoGenomics kit for {pt.f} {pt.l} was left on the van, plate {plate}. driver is heading back"),
    ("sendout address", "State lab wants the measles PCR pt's home address: {addr}. DOB {dob}. going out on the 2pm run"),
    ("sendout", "Labcorp rejected {pt}'s quantiferon — collected {dos}, tubes not incubated. {st.f} calling her at {ph}"),
    ("sendout", "pls add to the Viracor req: pt {pt}, DOB {dob}, renal tx, BK PCR. acct {har}"),
    ("sendout lowercase", "mayo wants a call back on the {pt.lc} heavy metals, {bph}, ref # MCL-{n}"),
    ("sendout structured", f_manifest),
    ("sendout", "{reflab} portal shows {pt.inv} twice — DOB {dob} on one and {dob.us} on the other? same pt, diff format lol. merge?"),
    ("sendout", "Genetic counselor asked for the BRCA sendout status for {pt}. DOB {dob}, drawn {dos}. ETA from Myriad?"),
    ("sendout", "@{st.flc} the JAK2 on {pt.l} (MRN {mrn}) came back from {reflab}, scanned into media tab"),
    ("sendout multiline", "Sendout issue\nPt: {pt.inv}\nDOB: {dob}\nTest: {test}\nLab: {reflab}\nProblem: frozen specimen received thawed"),
    # --- billing / insurance -----------------------------------------------------------------
    ("billing complaint", "pt {pt} called about a bill for a path consult, acct {har}, says she never had a biopsy. can billing look? cb {ph}"),
    ("billing address", "guarantor {rel} (daughter) wants an itemized bill for acct {har}, mail to {addr}"),
    ("billing", "ABN missing for {pt.l}, MBI {mbi}, DOS {dos}, CPT {cpt} — write off or rebill?"),
    ("billing money", "self-pay estimate request: {pt}, {ph}, MRI brain w/wo — I quoted $1,850"),
    ("billing", "denial on HAR {har} — payer says member id {hpid} termed, {pt.f} insists she's active"),
    ("billing structured multiline", "Payer: Tufts\nMember ID: {hpid}\nPatient: {pt.inv}\nDOB: {dob}\nDOS: {dos}\nCPT: 88305 x3, 88342\nDenial: CO-197"),
    ("billing", "MassHealth ID {mcaid} for {pt} not eligible on {dos} per NEHEN. can reg re-verify?"),
    ("billing", "{pt}'s wife {rel.f} wants to pay over the phone — told her to use the portal, acct # {har}"),
    ("billing structured", f_insurance_list),
    ("billing", "refund for {pt.inv}: overpaid $240 on acct {har}, she wants it direct deposit — routing + acct {bank} (she emailed it 🙄)"),
    ("billing", "Medicare MBI {mbi} keeps failing the edit — pt {pt.f} {pt.l}, DEXA {dos}"),
    ("billing", "pt {pt} paid by phone, card {cc}, and now wants a receipt emailed to {pt.em}"),
    # --- imaging scheduling / devices --------------------------------------------------------
    ("imaging device", "MRI screening: {pt}, DOB {dob}, Medtronic pacer SN {dev}. conditional? cards rep says yes, needs to be onsite {dos} 7a"),
    ("imaging device lowercase", "pt {pt.lc} for MR L-spine {dos.ny} has a dexcom g7, serial {dev} — tell her to take it off before"),
    ("imaging device", "insulin pump (t:slim X2, SN {dev}) on {pt.inv}, CT A/P {dos}. pump has to come off per policy"),
    ("imaging device", "cochlear implant pt {pt} — Nucleus serial {dev}. MR2 (1.5T) only, moved to {dos}"),
    ("imaging", "reschedule {pt.f} {pt.l} mammo from {dos} to {dos2}, asked for a female tech, phone {ph}"),
    ("imaging", "US 3 is down so {pt}'s renal US on {dos} has to move to Haverhill. can someone call her at {ph}?"),
    ("imaging email", "{pt} (DOB {dob}) is claustrophobic, wants an open MRI — we don't have one. refer out? her email {pt.em}"),
    ("imaging", "{pt.l}'s CT got cancelled, creat 2.4. need a new order from Dr. {dr.l}. MRN {mrn}, appt was {dos}"),
    ("imaging", "interpreter: {pt}, Portuguese, US pelvis {dos} 10:30. son {rel.f} coming too, his cell {rel.ph}"),
    ("imaging", "DEXA for {pt.inv} {dob} — last one {dos}, Medicare covers q2y. MBI {mbi}"),
    ("imaging bot", "@rad-sched-bot book {pt}, MRN {mrn}, CT chest w/o, {dos}, anything after 2pm"),
    ("imaging age", "{pt}, {age} y/o, fall on {dos}, CT head neg. daughter {rel} wants the images on CD, her # {rel.ph}"),
    ("imaging device", "pacer check before MR1: {pt.l} — Boston Sci Accolade, serial {dev}. EP clearance faxed? their fax {fax}"),
    ("imaging", "no-show x3 for {pt} (MRN {mrn}): MR brain {dos}, {dos2}, {dos3}. do we keep calling?"),
    ("imaging device", "UDI off the implant card: {udi} — pt {pt}, MR conditional per card. scanning {dos.ny}"),
    ("imaging", "contrast rxn last visit {dos} per {pt.l}'s chart, premed ordered. MRN {mrn}"),
    ("imaging device structured multiline", f_pacer_form),
    ("imaging structured", f_noshow),
    ("imaging", "can we squeeze {pt} in on {mod} today? onc wants staging before {dos}. MRN {mrn}"),
    ("imaging device", "neurostim pt ({pt.inv}) — Nevro HF10, IPG serial {dev}. MR conditional only in 'MRI mode', {st.f} confirm w/ rep"),
    ("imaging", "mammo callback for {pt}, DOB {dob}: diag + US {dos}. pt asks for Saturday"),
    ("imaging", "{pt.f} {pt.l} showed up for a 2pm MRI that's booked for {dos}. front desk sent her home??"),
    ("imaging device emoji", "just found a Freestyle Libre sensor in the MR1 bin 😳 pt was {pt} I think, serial {dev}, hope she had a spare"),
    ("imaging", "prior auth denied for {pt.inv}'s PET/CT {dos}, member {hpid}. peer to peer w/ Dr. {dr.l}?"),
    ("imaging", "outside CD from Lahey for {pt} uploaded to {pacs}, MRN {mrn} merged. {st.f} pls QC"),
    # --- 90+ ---------------------------------------------------------------------------------
    ("age", "{age}yo F {pt.l} in ED 14 for hip films, family at bedside"),
    ("age evasion", "pt is {age.w} (!!), {pt.f} {pt.l}, hard stick, phleb tried x2"),
    ("age autopsy", "{pt.inv} ({age}) DNR/DNI — autopsy consent signed by son {rel}"),
    ("age emoji", "shoutout to {st.f} for the patience w/ our {age} year old on 6 North today, {pt.f} was the sweetest 💕"),
    ("age", "portable CXR for {pt.l}, {age}F, rm 512 — she pulls the lead off, bring a 2nd tech"),
    ("age", "{pt} turns {age} on {dos.ny}, the floor wants to do a cake lol. anyway her 0600 labs are pending"),
    # --- autopsy / morgue --------------------------------------------------------------------
    ("autopsy structured multiline", "Autopsy request\nDecedent: {pt.inv}\nDOD: {dod}\nMRN: {mrn}\nNOK: {rel} ({rel.ph})\nPathologist: Dr. {dr.l}"),
    ("autopsy", "morgue release: {pt} picked up by Lydon Funeral Home at {tm}, NOK {rel.f} signed the form"),
    ("autopsy", "ME declined jurisdiction on {pt.l} (died {dod}), hospital autopsy ok per family"),
    ("autopsy", "family of {pt} asking when the autopsy report will be final — died {dod}. son's email {rel.em}"),
    ("autopsy", "morgue cooler log: {pt.inv} in tray 3 since {dod}, funeral home hasn't called. NOK {rel} {rel.ph}"),
    # --- ROI / records / legal ---------------------------------------------------------------
    ("records ssn", "ROI form pasted: \"I, {pt}, DOB {dob}, SSN {ssn}, authorize release of my pathology slides to...\" do we actually need the SSN?"),
    ("records address", "attorney letter for {pt.inv} records — DOB {dob}, home address {addr}. forwarded to HIM"),
    ("records address", "{pt} wants her slides for a 2nd opinion at Dana-Farber, MRN {mrn}. mail to {addr}"),
    ("records license", "{pt} picking up a CD of her MRI from {dos}, ID verified at the front desk (MA DL {dl})"),
    ("records", "subpoena for {pt}'s tox results from {dos} — legal says hold until counsel reviews"),
    ("records email multiline", f_records_email),
    ("records", "second opinion slides for {pt.inv} came back from MGH, Dr. {dr.l} wants them filed w/ {acc}. DOB {dob}"),
    ("records", "HIM says the release for {pt.l} is missing a signature. pt lives in {town}, can she sign at the {site} draw site?"),
    # --- employee health ---------------------------------------------------------------------
    ("employee-health", "needlestick in phlebotomy this am — {emp} (evening shift). EH has it, source pt {pt}, MRN {mrn}"),
    ("employee-health", "{emp.f} from histo went to EH for a formalin splash {dos}. can someone cover the gross bench?"),
    ("employee-health", "heads up, {emp} from core lab is out — she was admitted last night. pls don't post in #general"),
    ("employee-health", "TB screen positive for {emp}, QuantiFERON drawn {dos}, EH following"),
    ("employee-health", "fit test fails this round: {emp}, {emp2}. EH will re-test w/ the small N95s"),
    ("employee-health", "{emp.f} {emp.l} fainted in the blood bank, taken to the ED, BP in the 70s. supervisor {st} is with her"),
    ("employee-health multiline", f_thread_emp),
    ("employee-health", "{emp}'s FMLA for the surgery {dos}–{dos2} is approved, {st.f} pls fix the schedule"),
    ("employee-health", "{emp.f} (one of our MR techs) has a new pacemaker so she can't go in zone IV anymore — device serial {dev}, EH cleared her for CT only"),
    # --- VIP / restricted --------------------------------------------------------------------
    ("vip exec-name", "VIP: {pt} (board chair's husband) in for CT {dos}. {ex.title} {ex} asked us to limit chart access"),
    ("vip", "restricted chart: {pt.inv}, MRN {mrn}, local news anchor. break-the-glass only, audit running"),
    ("vip", "our state rep {pt} is in MR1 right now, keep the name off the hallway whiteboard pls"),
    ("vip multiline", f_vip_thread),
    ("vip", "{pt.l} (the Celtics guy) is having his MRI at Andover {dos} to avoid the crowd. only {st.f} and {st2.f} scanning"),
    # --- patient contact / complaints --------------------------------------------------------
    ("complaint", "complaint from {pt}: 2 hr wait at the Methuen draw station on {dos}. cb {ph}. {st.f} following up"),
    ("complaint", "pt's wife {rel} called upset — results hit the portal before the doc called. {pt.f} {pt.l}, MRN {mrn}"),
    ("address", "{pt} lives in {town}, homebound, needs weekly INR — add to the Tuesday mobile phleb route"),
    ("address structured multiline", f_homedraw),
    ("device", "pt left her hearing aid in US room 2 — Phonak, serial {dev}, name on the case {pt}. it's at the front desk"),
    ("license", "lost & found: wallet for {pt.inv} in the MRI changing room, MA DL {dl}. security has it"),
    ("complaint multiline email", f_email_fwd),
    ("complaint", "Press Ganey comment from {pt}: 'the tech in CT was rude'. visit {dos}. {st.f} can you pull the schedule"),
    ("complaint", "{rel}, POA for {pt}, says nobody told them the biopsy results. cb {rel.ph}"),
    ("address", "mobile phleb couldn't find {pt.l}'s house — {street} off Rte 110 in {town}. gate code is 4412"),
    ("complaint", "visitor {vis} (brother of pt {pt}) fainted in the MRI waiting room, rapid response called"),
    ("complaint", "pt {pt} says we drew her from the wrong arm (lymphedema). incident report, DOS {dos}"),
    ("address", "new address for {pt}: {addr}. pls update before the {reflab} bill goes out"),
    ("address lowercase", "she moved to {town} so route 4 can take her now ({pt.lc}, inr q wk)"),
    ("complaint", "{pt.inv} MRN {mrn} — daughter {rel.f} is on the phone demanding we redo the PET. transferring to you {st.f}"),
    ("address zip-like", "pt {pt} zip is {zip}, reg still had the old one, that's why eligibility failed"),
    # --- portal URLs ---------------------------------------------------------------------------
    ("url", "results link for {pt.f}: {purl} — why does it say pending?"),
    ("url complaint", "pt sent a screenshot w/ {purl}. {pt} says she saw someone else's CBC?? escalating to privacy"),
    ("url slack-markup", "<{purl}|{pt}'s visit summary> won't load for the family, anyone else seeing this?"),
    ("url", "her daughter posted an update on {purl} thanking the IR team 🥹 {pt} is home now"),
    ("url", "ImageShare link for {pt.inv}: {purl} — Lahey can't open it, expired?"),
    # --- IP / systems ------------------------------------------------------------------------
    ("ip ticket", "PACS router {ip} dropping DICOM from CT2 (AE CT2_MVRH, port 104). Sectra case {tkt}"),
    ("ip version", "Mirth channel ADT_IN on {ip} not ACKing since 0312. {lis} {ver}"),
    ("ip", "new XN middleware: {ip}, gw {ip2}. Beaker TST env. {st.f} configuring today"),
    ("ip", "firewall req: allow {ip} → {ip2} tcp/2575 (HL7 results from Quest). {tkt}"),
    ("ip", "MR1 is showing {ipv} on the modality vlan, is that expected?"),
    ("ip version", "{pacs} {ver} upgrade: app servers {ip}, {ip2}, {ip3}; rollback plan in {tkt}"),
    ("ip", "can't ping {ip} from the Haverhill path workstation, CoPath print queue stuck"),
    ("ip bot", "@it-bot why does C-ECHO to {ip} fail? log says 'A-ASSOCIATE-RJ reason 3, calling AE MR1_SIEMENS'"),
    ("ip", "Radiant → PACS ORM feed to {ip}:5500 backing up, {big} msgs queued"),
    ("ip multiline", "`ping {ip}`\n```\nRequest timed out.\nRequest timed out.\n```\nlooks like the Alinity LIS box fell off the network again"),
    ("ip", "label printer in micro got a new IP ({ip}) after the switch swap, need to update the {lis} device record"),
    ("ip", "ok so old PACS archive is {ip} and the new one is {ip2}, migration tool says {big} studies left"),
    ("ip lowercase", "cobas it middleware at {ip} throwing cert errors again. {vnd.flc} says it's our proxy"),
    ("ip structured", f_iftable),
    ("ip", "{an} in chem rebooted and came back DHCP ({ip}) instead of static. results not crossing. {tkt}"),
    ("ip", "DICOM MWL for US 3 points to {ip} port 104, AE MVRH_MWL. worklist empty since the upgrade to {ver}"),
    ("ip", "vpn for the Sectra remote support tech: source {ip}, {mdate} 1400-1600 only"),
    ("ip", "which one is prod: {ip} or {ip2}? the runbook says both lol"),
    ("ip", "IPv6 on the path scanners? Aperio GT450 #2 grabbed {ipv}, {lis} only talks v4"),
    # --- vendor / staff contact (business) ----------------------------------------------------
    ("business-contact ticket", "Roche service: {vnd} {vnd.ph}, ticket {tkt}, cobas e801 ISE error"),
    ("business-contact", "Beckman FSE is {vnd}, cell {vnd.ph}, {vnd.em}"),
    ("business-contact slack-markup", "<mailto:{vnd.em}|{vnd.em}> is our new {vnd.co} rep, pls update the contact sheet"),
    ("business-contact multiline", "Thanks,\n{vnd}\nTerritory Manager | {vnd.co}\nM: {vnd.ph}\n{vnd.em}"),
    ("business-contact", "GE service line {bph}, system ID CT2MVRH. they want the error log before dispatching"),
    ("business-contact", "MedSpeed dispatch {bph} — route 4 running ~40 min late"),
    ("business-contact", "Quest interface contact: {vnd} <{vnd.em}>, {vnd.ph}"),
    ("business-contact", "{st}'s new cell is {st.ph} while she covers both campuses"),
    ("business-contact", "reach me at {st.em} or {st.ph} if the PACS migration bridge drops"),
    ("business-contact", "fax the path report to Lahey path, {fax}, attn consult desk"),
    ("business-contact evasion", "new {vnd.co} rep email: {vnd.emo}"),
    ("business-contact slack-markup", "service desk is <tel:{bph}|{bph}>, open a case before you call {vnd.f}"),
    ("business-contact", "Sysmex hotline {bph} — have the analyzer serial ready, it's on the back"),
    ("business-contact", "add {bem} to the downtime distribution list pls"),
    ("business-contact multiline", "-----Original Message-----\nFrom: {vnd} <{vnd.em}>\nSent: Tuesday 9:14 AM\nTo: {st.em}\nSubject: RE: PM schedule\n\nWe can do the {an} PM on {mdate}. Call me at {vnd.ph} to confirm."),
    ("business-contact", "courier supervisor {st} — {st.ph} — for anything after 6pm"),
    ("business-contact lowercase", "pls send the signed quote back to {bem} by fri"),
    # --- vehicles ------------------------------------------------------------------------------
    ("vehicle", "courier van {plate} got rear-ended on 495, specimens moved to {st.f}'s car, all intact"),
    ("vehicle", "new van VIN {vin} needs the cold-chain logger installed before Monday"),
    ("vehicle", "parking ticket for van plate {plate} — who had it Thursday?"),
    ("vehicle emoji", "{pt}'s car is being towed from the imaging lot, plate {plate}, she's in MRI now 😬"),
    ("vehicle", "insurance card for van #3 (VIN {vin}) expired, fleet says new one coming"),
    # --- payment cards -------------------------------------------------------------------------
    ("money credit-card", "use the corp card {cc} exp 08/27 for the Stago controls, PO system is down"),
    ("credit-card", "P-card for CAP registration: {cc} — can someone pay before Friday"),
    ("credit-card", "ASCP membership renewal, P-card {cc}, CVV is on the back, ask me"),
    # --- licences / credentialing ---------------------------------------------------------------
    ("credentialing npi", "credentialing packet for Dr. {st}: MA license {mlic}, DEA {st.dea}, NPI {npi}"),
    ("credentialing", "{st}'s medical license {mlic} lapses 6/30, renewal uploaded?"),
    ("credentialing calendar", "new path locum Dr. {st}, NH license {mlic}, DEA {st.dea}. starts {mdate}"),
    ("credentialing", "CAP wants the lab director's license # on the app: {mlic} (Dr. {st.l})"),
    # --- SSN ---------------------------------------------------------------------------------
    ("ssn", "reg put the SSN {ssn} in the MRN field for {pt}, now the interface rejects everything for her"),
    ("ssn", "pt {pt.inv}, SSN {ssn} — no idea why the outreach req has it"),
    ("ssn evasion", "ssn is {ssn.raw} per the paper req for {pt.f}, pls redact before scanning"),
    ("ssn evasion", "the caller read her SSN out loud at the window: {ssn.sp}. {pt.f} {pt.l}. not ok"),
    # --- HL7 / structured -----------------------------------------------------------------------
    ("hl7 structured", f_pid),
    ("hl7", "ORU came back with PID-3 {mrn} and PID-5 {pt.hl7}, DOB {dob.hl7} — doesn't match the ORM"),
    ("hl7 structured", "OBR-7 is {dos.hl7} for {pt.l} ({mrn}) but OBR-14 is blank, Quest rejects. fix in {lis}?"),
    # --- blood bank ----------------------------------------------------------------------------
    ("bloodbank", "BB: {pt}, anti-K + anti-E, needs antigen-neg units x2 for OR {dos}. MRN {mrn}. calling ARC"),
    ("bloodbank", "{pt.inv} DOB {dob}, O neg, 4 units xm'd for Dr. {dr.l}'s case"),
    ("bloodbank", "txn reaction workup — {pt}, {mrn}, febrile at {tm}, DAT neg, culture the bag"),
    ("bloodbank", "ARC rare donor program for {pt.l}: they want DOB {dob} + ethnicity on the form"),
    ("bloodbank", "Jehovah's Witness pt {pt} ({mrn}) for surgery {dos} — cell saver only, BB pls note"),
    # --- path ----------------------------------------------------------------------------------
    ("path", "outside slides for {pt} from Lahey arrived, consult for Dr. {dr.l}, DOB {dob}"),
    ("path", "amended report on {pt.l}: margins changed. called Dr. {dr.l}. surgery was {dos}"),
    ("path", "{pt.f} {pt.l}'s jar cracked in transit from the Haverhill OR, formalin everywhere. documented"),
    ("path structured", f_tumorboard),
    ("path", "Dr. {dr.l} wants the {pt.l} case (MRN {mrn}) rushed, pt flies to Lisbon on {dos}"),
    # --- bot / AI requests -------------------------------------------------------------------
    ("bot address", "hey bot, draft a letter to {pt} at {addr} about the delay in her biopsy result"),
    ("bot", "translate for pt {pt.f}: 'your biopsy was benign' — spanish pls. her cell {ph}"),
    ("bot multiline", f_bot_summarize),
    ("bot", "/ask what's the retention policy for blocks? context: {pt.inv}, MRN {mrn}, wants her 2015 blocks"),
    ("bot", "@labbot look up pending orders for {mrn} and tell me if the {test} resulted"),
    # --- threads ------------------------------------------------------------------------------
    ("thread multiline", f_thread_phi),
    ("thread", "> {st1}: who drew {pt.l} in 512?\n{st2}: me, 0540. labels printed from the wrong pt's sticker sheet ({pt2.inv}) 🤦‍♀️ fixing"),
    ("nickname", "{pt} (\"{pt.nick}\") in bed 6 keeps pulling his IV, phleb can't get the repeat lactate"),
    ("nickname", "{pt.nick} from the Chelmsford nursing home is back, MRN {mrn}, same hard stick as last time"),
]


# ---------------------------------------------------------------------------
# clean frames (hard negatives; no PHI under the rules)
# ---------------------------------------------------------------------------
def c_tat_table(r):
    out = ["| test | median TAT | 90th pct | target |", "|---|---|---|---|"]
    for t in r.sample(TESTS[:12], r.randint(3, 5)):
        out.append("| %s | %d min | %d min | <%d |" % (t, r.randint(25, 70), r.randint(60, 140), r.choice([45, 60, 90, 120])))
    return r.choice(["TAT last week (ED, stat):\n", "**Stat TAT — {mdate} week**\n", ""]) + "\n".join(out)


def c_downtime_table(r):
    out = [r.choice(["Planned downtime — next 2 weeks", "**Downtime calendar**", "upcoming maintenance:"])]
    for i in rows(r, 2, 4):
        out.append(r.choice(["- {mod%d}: {mdate%d} {tm%d}–{tm%d} ({tkt%d})" % (i, i, i, i + 10, i),
                             "• {mdate%d} — {an%d} PM, {vnd%d} onsite" % (i, i, i),
                             "- {mdate%d}: {lis} patch {ver%d}, 0200-0400" % (i, i)]))
    return "\n".join(out)


def c_inventory(r):
    out = ["| analyzer | serial | sw version | asset |", "|---|---|---|---|"]
    for i in rows(r, 2, 4):
        out.append("| {an%d} | {aser%d} | {ver%d} | {asset%d} |" % (i, i, i, i))
    return r.choice(["CAP instrument list, pls verify:\n", "", "for the service contract renewal:\n"]) + "\n".join(out)


def c_thread(r):
    return ("**{st1}** 10:02 AM\n" + r.choice(["is {mod} back up?", "did {vendor} ever call back?", "anyone seen the Q3 TAT deck?"]) +
            "\n\n**{st2}** 10:05 AM\n" + r.choice(["not yet, FSE says {tm}", "yes, {tkt}", "in the shared drive under /QA/{yr}"]) +
            "\n\n**{st1}** 10:06 AM\nthx 🙏")


def c_oncall(r):
    out = [r.choice(["Path on-call this week:", "**Call schedule**", "on call (lab leadership):"])]
    for d in r.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], r.randint(3, 5)):
        out.append("%s — {st%d}" % (d, len(out)))
    out.append(r.choice(["escalation: {ex.title} only for downtime > 4h", "pager ext {ext}", "swap requests to {st.f}"]))
    return "\n".join(out)


def c_vendor_email(r):
    return ("From: {vnd} ({vnd.co})\nSubject: " + r.choice(["Service contract renewal", "PM visit", "Field safety notice"]) +
            "\n\nHi team, following up on our call {mdate}: the {an} contract renews at {price} for {yr}. "
            "Let me know a good time to review.\n\nBest,\n{vnd.f}")


def c_newhire(r):
    out = ["new hires starting {mdate}:"]
    for i in rows(r, 2, 4):
        out.append("- {st%d} (%s)" % (i, r.choice(DEPTS)))
    out.append("pls have badges + {lis} access ready")
    return "\n".join(out)


def c_staff_metrics(r):
    out = [r.choice(["phleb productivity, last week:", "gross room cases by PA:", "tech competency status:"])]
    for i in rows(r, 3, 5):
        out.append("{st%d.f} {st%d.l}: {n%d}" % (i, i, i))
    return "\n".join(out)


def c_policy(r):
    return ("**Policy update** — Specimen Rejection Criteria {ver}\nEffective: {mdate}\nOwner: {st}\n"
            "Changes: hemolysis index cutoffs for K+ and LD; unlabeled specimens from the ED are never accepted.")


CLEAN_FRAMES = [
    # --- downtime / modalities ---------------------------------------------------------------
    ("downtime calendar ticket", "CT2 down {mdate} 0600-1400 for tube swap, GE ticket {tkt}. {st.f} rerouting outpatients to CT1"),
    ("downtime", "MR1 helium at {pct}, Siemens coming out {mdate}. ref {tkt}"),
    ("downtime version", "{pacs} {ver} upgrade {mdate} 2300–0300. downtime viewer on the reading room PCs, {st.f} has the checklist"),
    ("emoji", "{mod} back up as of {tm} ✅ thanks {st.f}"),
    ("downtime version", "planned downtime: {lis} patch {ver}, {mdate} 0200-0400. print downtime reqs from the red binder"),
    ("downtime", "Mammo 2 failed QC this am (SNR), Hologic FSE {vnd} en route. {n} pts moved to the afternoon"),
    ("ticket", "fluoro 4 tube arcing again, {tkt} reopened. third time since {mdate}"),
    ("money asset-tag", "US 3 probe (C5-1) cracked, asset {asset}, Philips quoting {price}"),
    ("downtime", "nuc med camera B gantry error E-214, {vnd.co} says the part ships {mdate}"),
    ("", "is the Haverhill CT still down? ED keeps asking"),
    ("downtime structured", c_downtime_table),
    ("downtime", "{mod} will be down {tm}–{tm2} for the quarterly phantom, sched already blocked"),
    ("downtime", "Tube system station 14 (ED) jammed again — {tkt}. hand-carry until facilities clears it"),
    ("downtime", "the chiller on MR2 tripped overnight. {vnd} from {vnd.co} thinks it's the compressor. no pts affected"),
    # --- calendar / meetings -----------------------------------------------------------------
    ("calendar", "CAP inspection window opens {mdate}. {st} leads, mock inspection in {room}"),
    ("calendar exec-name", "can we move lab leadership huddle to {mdate} 8:30? {ex.title} wants in"),
    ("calendar", "{st} out {mdate}–{mdate2}, {st2} covering crit escalations"),
    ("calendar", "TJC tracer practice {mdate}, {st.f} pls have the temp logs ready"),
    ("calendar", "competency due for all BB techs by {mdate}, {n} still outstanding"),
    ("calendar emoji", "retirement party for {st} on {mdate}, {room}, cake from Moe's 🎂"),
    ("zoom", "Zoom {zoom}, passcode lab2025 — downtime drill at {tm}"),
    ("calendar", "1:1 moved to Thurs {tm}, {st.f}. same room"),
    ("calendar exec-name", "Board quality committee {mdate}: {ex} presenting the TAT dashboard, I need slides by Mon"),
    ("calendar", "Sectra on-site training {mdate} and {mdate2}, {room}. sign up w/ {st.f}"),
    ("calendar", "lab week is {mdate}! ideas for the potluck? 🍕"),
    ("calendar", "{st.f} — can you present the blood culture contamination data on {mdate.long}? 10 min"),
    # --- versions / IT -----------------------------------------------------------------------
    ("version", "version matrix for the audit: Mirth {ver}, Rhapsody {ver2}, {lis} {ver3}"),
    ("version calendar", "{lis} TST refreshed from prod {mdate}, {ver}"),
    ("calendar exec-name", "Beaker go-live slid to {mdate}. {ex.title} {ex} wants a readiness update Thurs"),
    ("ticket calendar", "cert on the CoPath server expires {mdate}, {tkt} opened"),
    ("", "AE title for the new CT is CT3_MVRH, port 104. IT will send the network details in the change ticket"),
    ("version", "{an} software {ver} installed, validation runs this wk, {st.f} signs off"),
    ("ticket", "why does the Zebra in micro print 'ERR 0x1F'? {tkt}"),
    ("calendar", "PACS migration: {big} studies left, ETA {mdate}"),
    ("version", "Beaker {ver} release notes: fixes the specimen label truncation for long names"),
    ("money", "{lis} license renewal is {price}/yr 😬"),
    ("version", "the footer says {ver} — that's the viewer build, not the server. server is {ver2}"),
    ("version", "Mirth went from {ver} to {ver2} and now the ORU channel filters are case-sensitive?? reverting in TST"),
    ("version", "build 2024.11.0.3 vs 2025.2.0.1 — which one is on the Haverhill reading stations?"),
    ("bot", "@it-bot what's the change freeze window for {yr} holidays?"),
    # --- POs / money -------------------------------------------------------------------------
    ("po money", "PO {po} for Roche reagents approved — {price}"),
    ("money", "{vnd.co} invoice {inv} is {price} over contract, disputing with {vnd}"),
    ("money exec-name", "capital req for a 2nd {an}: {price}, {ex.title} approved 🙌"),
    ("money", "FY2026 sendout budget {price}, up 12% vs FY2025. Mayo is 40% of it"),
    ("money", "corp card ending 4421 is maxed, ask finance before ordering controls"),
    ("money calendar", "{vendor} raised the service contract to {price}, renewal {mdate}"),
    ("money", "cost per test for {test}: $3.12 in-house vs $18.40 at {reflab}"),
    ("po", "PO {po} still not received by the dock — {vendor} says delivered {tm}"),
    ("money", "card expires 09/27, finance is mailing the new one to the lab office"),
    ("money", "{reflab} quoted {price} for the {test} panel, our cost now is {price2}"),
    # --- tickets -----------------------------------------------------------------------------
    ("ticket", "{tkt} still open re: the label printer in Methuen"),
    ("ticket", "{tkt} — tube system station 14 jammed again, 3rd time this week"),
    ("ticket", "closing {tkt}, root cause was the badge reader firmware"),
    # --- NPI / CPT / ICD ---------------------------------------------------------------------
    ("npi", "NPI for Dr. {st.l} is {npi} if the Quest req asks"),
    ("cpt", "coders asking {cpt} vs 88307 for the Whipple margins, {st.f} can you weigh in"),
    ("icd", "screening mammo should be Z12.31, not R92.8, per {st.f} in coding"),
    ("npi", "ordering NPI {npi} shows inactive in PECOS — Dr. {st.l}, can you check?"),
    ("cpt", "CPT {cpt} got bundled again, appeal template in the share"),
    ("icd", "{icd} isn't a covered dx for {test} per the LCD, ABN needed"),
    ("npi", "the referring NPI on the outreach reqs defaults to {npi} (Dr. {st.l}) — wrong, pls fix the build"),
    # --- topics ------------------------------------------------------------------------------
    ("mrn-topic", "new MRN format is 10 digits starting w/ 9, interface team testing in TST"),
    ("ssn-topic hipaa", "reminder: no SSNs in Teams. use the secure intake form"),
    ("mrn-topic", "does the MRN on an outside CD get overwritten on import or do we keep it in the alias field?"),
    ("hipaa calendar", "HIPAA training due {mdate}, lab is at {pct}"),
    ("ssn-topic calendar", "SSN no longer required on sendout reqs as of {mdate} 🎉"),
    ("mrn-topic", "MRN merges: {n} this week, HIM wants them reviewed before the {reflab} feed runs"),
    ("", "reminder: HAR ≠ MRN, check the face sheet before calling billing"),
    ("", "the interface sends DOB blank for newborns until registration finalizes — {tkt}"),
    ("hipaa", "someone left a printout with pt info on the printer in {room} — pls use secure print"),
    ("credentialing calendar", "DEA renewal for Dr. {st.l} expires {mdate}, renewal in progress"),
    ("credentialing", "{st}'s MA license lapses end of month, credentialing has the renewal receipt"),
    # --- facility addresses ------------------------------------------------------------------
    ("facility-address", "Quest PSC at {facaddr} closes at 4 on Fridays now"),
    ("facility-address", "ship the blocks to {reflab}, {facaddr}, FedEx priority overnight"),
    ("facility-address calendar", "our {site} draw station moves to {facaddr} on {mdate}"),
    ("facility-address", "mobile phleb kickoff meeting at {facaddr}, bring the route binders"),
    # --- ext / zoom --------------------------------------------------------------------------
    ("ext", "call me at x{ext} if the tube system jams again"),
    ("ext", "BB ext is {ext} now, not the old one"),
    ("ext zoom", "bridge: Zoom {zoom} or dial in from a hospital phone at ext {ext}"),
    # --- aggregates / ages ≤ 89 --------------------------------------------------------------
    ("age-aggregate", "3 pts over 90 in the ED this am, all hip fx"),
    ("age-aggregate", "patients 90+ are {pct} of our inpatient draws"),
    ("", "the {yage} yo in ED 12 needs a redraw, hemolyzed"),
    ("", "90-day retention on the tube system logs? or 30?"),
    ("", "median age of our outreach pts is {yage}"),
    ("age-aggregate", "ED asked if we can stop calling crit creatinines on pts over 90 w/ known CKD. thoughts?"),
    ("", "we ran 93 BMPs between 2 and 3am, new record 😅"),
    ("", "Sectra says the VNA is at 91% capacity, need the storage expansion approved"),
    ("age-aggregate", "2 pts over 90 on the IR schedule tomorrow, both need consent from POA"),
    # --- assets / analyzer serials (not tied to a person) ------------------------------------
    ("asset-tag", "asset tag {asset} (centrifuge in micro) is rattling"),
    ("calendar", "{an} s/n {aser} due for PM {mdate}"),
    ("", "CAP wants serials for all the centrifuges: {aser}, {aser2}, {aser3}"),
    ("", "coil serial on the MR2 head 20ch is {aser}, Siemens needs it for the RMA"),
    ("structured", c_inventory),
    # --- staffing ----------------------------------------------------------------------------
    ("", "{st} is out sick, {st2} covering the micro bench"),
    ("emoji calendar", "welcome {st} to histo! starting {mdate} 🎉"),
    ("", "who's on call for path tonight? {st.f} or {st2.f}?"),
    ("", "{st.f} can you cover {st2.f}'s Saturday shift?"),
    ("structured", c_oncall),
    ("emoji", "{st} passed the ASCP MLS exam 🥳"),
    ("emoji", "Dr. {st.l} signed out {n} cases yesterday 👏"),
    ("structured", c_newhire),
    ("structured", c_staff_metrics),
    ("lowercase", "{st.flc} and {st2.flc} swapping sat/sun, ok w me"),
    # --- courier -----------------------------------------------------------------------------
    ("calendar", "MedSpeed route 3 pickup moves to 1430 starting {mdate}"),
    ("", "courier missed the {site} pickup, {n} bags waiting"),
    ("calendar", "van 3 is in the shop until {mdate}, route 2 covers"),
    ("", "dry ice delivery at dock 2 around {tm}"),
    ("", "{st.f} is driving the {site} run today, van 2"),
    # --- specimen ops w/o identifiers --------------------------------------------------------
    ("", "{n} hemolyzed from the ED overnight, tube system again?"),
    ("accession", "{acc} slides are in the consult box for Dr. {st.l}"),
    ("", "{test} QC failed, {lot}, rerunning w/ a fresh vial"),
    ("", "{n} specimens rejected for labeling this week, down from {n2}"),
    ("emoji", "troponin TAT median 38 min last wk (target <60) — nice job nights 🎉"),
    ("", "the -80 in {room} alarmed at 0230, back to -78 now, logged"),
    ("", "who has the key to the -80 in {room}?"),
    ("calendar", "BB down to {n} O neg, ARC shipment {mdate}"),
    ("", "CAP survey results in: all acceptable except {test}, {st.f} investigating"),
    ("", "path TAT 2.1 days avg, {site} biopsies are the slowest"),
    ("structured", c_tat_table),
    ("accession", "can someone find {acc}? block missing from the file, recut requested"),
    # --- slack mentions ----------------------------------------------------------------------
    ("slack-markup calendar", "<@U04AB12CD> can you review the downtime SOP before {mdate}?"),
    ("slack-markup", "<@U03ZX9KQ2> <@U05MM1PLR> pls ack the {lis} change"),
    ("slack-markup", "<https://intranet.mvrh.org/lab/policies|lab policy library> has the new rejection criteria"),
    # --- word-name traps ---------------------------------------------------------------------
    ("calendar", "grace period for the CAP self-inspection ends {mdate}"),
    ("", "Will {mod} be back by {tm}?"),
    ("calendar", "summer hours: MR open till 2200 starting {mdate}"),
    ("", "Hope {st.f} feels better, lmk if you need coverage"),
    ("", "Frank from Sysmex says the XN needs a new aspiration pipette"),
    ("", "Rose in blood bank says the antibody panel kit is backordered till {mdate}"),
    ("", "Sunny day = courier on time for once ☀️"),
    ("", "Joy from {vnd.co} dropped off donuts, thank you Joy!! 🍩"),
    # --- execs / vendors (names only) --------------------------------------------------------
    ("exec-name calendar", "{ex.title} {ex} wants a 1-pager on sendout spend by {mdate}"),
    ("exec-name calendar", "email from {ex} re: lab consolidation — all-hands {mdate}"),
    ("calendar", "meeting w/ {vnd} from {vnd.co} {mdate} 2pm re: the service contract"),
    ("", "{vnd.co}'s rep {vnd} is dropping off the demo unit tomorrow"),
    ("structured", c_vendor_email),
    ("", "{vnd} ({vnd.co}) is out on leave, {vnd2} covering the territory"),
    # --- towns in business context -----------------------------------------------------------
    ("", "our Salem site draw station is short 2 phlebs tomorrow"),
    ("calendar", "Dracut PSC hours change {mdate}"),
    ("", "{site} CT volume up {pct} yoy"),
    ("", "{site} and {site2} draw sites both out of gold tops, pls send a case each"),
    # --- bots / misc ---------------------------------------------------------------------------
    ("bot", "@labbot what's the stability of {test} at room temp?"),
    ("bot", "@rad-bot what's the contrast policy for eGFR < 30?"),
    ("bot", "/ask summarize CAP checklist requirements for critical result read-back"),
    ("bot", "@opsbot draft an announcement: {mod} down {mdate} {tm}-{tm2}, patients rescheduled to {site}"),
    ("structured", c_thread),
    ("structured", c_policy),
    ("calendar", "{test} reagent {lot} switches over {mdate}, parallel testing done"),
    ("calendar", "contrast shortage: Omnipaque 350 allocation {pct}, {vendor} says through {mdate}"),
    ("calendar", "IR suite booked {mdate} all day for the Siemens install"),
    ("exec-name calendar", "FYI {ex} tours the core lab {mdate} at {tm}, pls tidy benches"),
    ("calendar", "new hire orientation moved to {mdate}, {room}"),
    ("", "the CAP checklist edition for {yr} is out, {st.f} pls diff it vs last year"),
    ("", "room 90 in the basement is the new sendout packing area"),
    ("multiline", "Reminder:\n1. label at bedside\n2. two identifiers\n3. never pre-label tubes\nthanks — {st}"),
    ("", "anyone know a good mobile notary? asking for the lab office, not a pt thing lol"),
    ("", "{st.f} what's the CPT for the new {test}? coding wants it before {mdate}"),
]


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------
PREFIXES = ["", "", "", "", "", "", "fyi ", "FYI: ", "quick q — ", "urgent: ", "pls see below\n", "@here ",
            "Morning all. ", "sorry to bug you — ", "not sure who owns this but ", "re: earlier — "]
SUFFIXES = ["", "", "", "", "", "", " thx", " thanks!", " 🙏", " ty", "\n\nSent from my iPhone", " 😩",
            " 👀", " asap pls", " (cc {st9.f})", " — lmk"]
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age"}


def typo(word, r):
    i = r.randint(1, len(word) - 3)
    if r.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:]


def person_gender_hints(tpl, toks):
    """Guess which people a template's kinship words and pronouns refer to."""
    hints, order = {}, []
    for j, m in enumerate(toks):
        base, key = m.group(1), m.group(1) + m.group(2)
        if base not in PERSON_BASES:
            continue
        if key not in order:
            order.append(key)
        before = tpl[toks[j - 1].end() if j else 0:m.start()]
        after = tpl[m.end():toks[j + 1].start() if j + 1 < len(toks) else len(tpl)]
        w = re.findall(r"[a-z']+", before.lower())
        g = None
        if w and w[-1].rstrip(".") in MALE_W - PRONOUN_M:
            g = "M"
        elif w and w[-1].rstrip(".") in FEMALE_W - PRONOUN_F:
            g = "F"
        mb = re.match(r"^\s*\((\w+)", after)
        if g is None and mb and mb.group(1).lower() in (MALE_W | FEMALE_W) - PRONOUN_M - PRONOUN_F:
            g = "M" if mb.group(1).lower() in MALE_W else "F"
        ma = re.match(r"^[^(]{0,3}\(([^)]*)\)", after)
        if g is None and ma and not after.startswith("'s"):
            aw = re.findall(r"[a-z']+", ma.group(1).lower())
            if aw and aw[-1] in MALE_W:
                g = "M"
            elif aw and aw[-1] in FEMALE_W:
                g = "F"
        if g and key not in hints:
            hints[key] = g
    lit = TOK.sub(" ", tpl).lower()
    words = set(re.findall(r"[a-z']+", lit))
    pm, pf = bool(words & PRONOUN_M), bool(words & PRONOUN_F)
    if pm != pf:
        g = "M" if pm else "F"
        cands = [k for k in order if k not in hints and re.match(r"(pt|emp|rel|vis)\d*$", k)] or \
            [k for k in order if k not in hints]
        if cands:
            hints[cands[0]] = g
    return hints


def build(r, frame, frame_tags, want_phi):
    tpl = frame(r) if callable(frame) else frame
    # decorations (plain text, may add a staff cc)
    pre, suf = r.choice(PREFIXES), r.choice(SUFFIXES)
    if "\n" in tpl and r.random() < 0.5:
        pre = ""
    tpl = pre + tpl + suf
    # "{pt.f} {pt.l}" is one full name, i.e. one NAME span
    tpl = re.sub(r"\{(\w+)\.f\} \{\1\.l\}", r"{\1.fn}", tpl)
    tpl = re.sub(r"\{(\w+)\.flc\} \{\1\.llc\}", r"{\1.lc}", tpl)
    toks = list(TOK.finditer(tpl))
    nick_keys = set(m.group(1) + m.group(2) for m in toks if m.group(3) == "nick")
    ctx, used, tags, cache = {}, set(), list(frame_tags.split()), {}
    hints = person_gender_hints(tpl, toks)
    # create people first, in reading order, so names stay distinct and URLs can use them
    for m in toks:
        base, key = m.group(1), m.group(1) + m.group(2)
        if base in PERSON_BASES and ("person", key) not in ctx:
            share = None
            if base == "rel" and ("person", "pt") in ctx and r.random() < 0.55:
                share = ctx[("person", "pt")].last
            ctx[("person", key)] = Person(r, used, want_nick=key in nick_keys, gender=hints.get(key),
                                          share_last=share)
    pieces, pos, bases = [], 0, []
    for m in toks:
        if m.start() > pos:
            pieces.append(Piece(tpl[pos:m.start()], lit=True))
        base, key, attr = m.group(1), m.group(1) + m.group(2), m.group(3) or ""
        ck = (key, attr)
        if ck not in cache:
            t0 = []
            text, typ, biz = render_placeholder(r, base, key, attr, ctx, used, nick_keys, t0)
            cache[ck] = (text, typ, biz, t0)
        text, typ, biz, t0 = cache[ck]
        tags.extend(t0)
        pieces.append(Piece(text, typ, biz=biz))
        bases.append(base)
        pos = m.end()
    if pos < len(tpl):
        pieces.append(Piece(tpl[pos:], lit=True))
    # a contiguous "street, town ZIP" is one ADDRESS span
    merged = []
    for p in pieces:
        if (p.typ == "ADDRESS" and len(merged) >= 2 and merged[-2].typ == "ADDRESS" and merged[-1].lit
                and re.fullmatch(r"[, ]{1,2}|\n", merged[-1].text)):
            sep = merged.pop()
            merged[-1] = Piece(merged[-1].text + sep.text + p.text, "ADDRESS")
        else:
            merged.append(p)
    pieces = merged
    # whole-message lower-casing (people really type like this)
    if r.random() < 0.08 and "nolower" not in tags:
        for p in pieces:
            p.text = p.text.lower()
        tags.append("lowercase")
    # one typo in a literal word
    if r.random() < 0.14:
        cands = [(i, mm) for i, p in enumerate(pieces) if p.lit for mm in re.finditer(r"[A-Za-z]{6,}", p.text)]
        if cands:
            i, mm = r.choice(cands)
            p = pieces[i]
            p.text = p.text[:mm.start()] + typo(mm.group(0), r) + p.text[mm.end():]
            tags.append("typo")
    text = "".join(p.text for p in pieces)
    spans, starts, off = [], [], 0
    for p in pieces:
        if p.typ:
            spans.append({"type": p.typ, "value": p.text})
            starts.append(len(text[:off].encode("utf-8")))
        off += len(p.text)
    # the checker locates values left to right; make sure it lands on the labelled bytes
    b, cur = text.encode("utf-8"), 0
    for s, st in zip(spans, starts):
        i = b.find(s["value"].encode("utf-8"), cur)
        if i != st:
            return None
        cur = i + len(s["value"].encode("utf-8"))
    if bool(spans) != want_phi:
        raise AssertionError("frame %r produced %d spans" % (tpl[:60], len(spans)))
    # tags
    types = [s["type"] for s in spans]
    for t in types:
        tags.append(TYPE_TAG.get(t, t.lower().replace("_", "-")))
    for bs in bases:
        if bs in HARD_NEG_TAG:
            tags.append(HARD_NEG_TAG[bs])
    biz_only = spans and all(p.biz for p in pieces if p.typ) and set(types) <= {"PHONE", "EMAIL"}
    if biz_only:
        tags.append("business-contact")
    elif "business-contact" in tags:
        tags.remove("business-contact")
    if "\n" in text:
        tags.append("multiline")
    if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", text):
        tags.append("emoji")
    if re.search(r"<[@!#]|<https?:|<mailto:|<tel:", text):
        tags.append("slack-markup")
    if re.search(r"\|[-]{3}|^\s*[-•*]|\n\s*[-•*\d]", text):
        tags.append("structured")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
        tags.append("fullwidth")
    if "\u200b" in text:
        tags.append("zero-width")
    if text == text.lower() and re.search("[a-z]", text):
        tags.append("lowercase")
    if "lowercase" in tags and text != text.lower() and not any(
            p.typ and p.text == p.text.lower() and p.text != p.text.upper() for p in pieces):
        tags.remove("lowercase")
    seen, out_tags = set(), []
    for t in ["phi" if spans else "clean"] + tags:
        if t and t not in seen:
            seen.add(t)
            out_tags.append(t)
    return {"text": text, "spans": spans, "tags": out_tags}


def main():
    r = random.Random(SEED)
    msgs, seen_texts = [], set()
    for frames, n, want in ((PHI_FRAMES, N_PHI, True), (CLEAN_FRAMES, N_CLEAN, False)):
        order = list(range(len(frames)))
        r.shuffle(order)
        variable = [i for i, (_, fr) in enumerate(frames) if callable(fr) or TOK.search(fr)]
        while len(order) < n:
            order.append(r.choice(variable))
        order = order[:n]
        for fi in order:
            tags, frame = frames[fi]
            for _ in range(80):
                m = build(r, frame, tags, want)
                if m is not None and m["text"] not in seen_texts:
                    break
            else:
                raise RuntimeError("could not place spans for frame %d" % fi)
            m["frame"] = ("P%03d" if want else "C%03d") % fi
            seen_texts.add(m["text"])
            msgs.append(m)
    r.shuffle(msgs)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, m in enumerate(msgs, 1):
            rec = {"id": "hx-%04d" % i, "text": m["text"], "spans": m["spans"], "tags": m["tags"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s: %d messages (%d PHI frames, %d clean frames)" % (OUT, len(msgs), len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
