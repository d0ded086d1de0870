#!/usr/bin/env python3
"""Generate 1,500 labelled chat messages (raw validator format) for the PHI guard.

Situation: patient access / contact center of a health system (central scheduling,
registration, insurance verification, financial counselling, interpreter services,
nurse advice line, complaints & grievances, access director + assistant bot).

Standard library only, fixed seed, byte-for-byte reproducible.
Output: generated_gt.jsonl next to this file.
Raw line: {"id","text","spans":[{"type","value"}...],"tags":[...]}
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 4711_2026
N_TOTAL = 1500
N_PHI = 825          # 55 %
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gt.jsonl")

# ---------------------------------------------------------------------------
# name pools
# ---------------------------------------------------------------------------
ORIGINS = {
    "anglo": dict(w=10,
        m=["James", "Robert", "William", "Richard", "Thomas", "Charles", "George", "Edward", "Frank",
           "Walter", "Harold", "Bill", "Will", "Chase", "Mason", "Hunter", "Rusty", "Dale", "Wyatt",
           "Gene", "Earl", "Royce"],
        f=["Margaret", "Elizabeth", "Patricia", "Dorothy", "Katherine", "Shirley", "Barbara", "Hope",
           "Faith", "Grace", "Joy", "Dawn", "April", "June", "May", "Summer", "Autumn", "Rose", "Ruby",
           "Pearl", "Sandy", "Crystal", "Amber", "Holly", "Brooke", "Willa", "Olive"],
        last=["Whitfield", "Brannigan", "Harper", "Ellsworth", "Thompson", "Brown", "Young", "King",
              "Black", "White", "Green", "Hill", "Wood", "Price", "Page", "Little", "Long", "Love",
              "Day", "Bishop", "Fox", "Wolf", "Baker", "Cook", "Marsh", "Pike", "Tarbox", "Lovejoy",
              "Winslow", "Hatch", "Harper-Lyons", "Sweet", "Story", "Bell"]),
    "es": dict(w=9,
        m=["José", "Juan Carlos", "Luis", "Miguel", "Alejandro", "Francisco", "Jesús", "Ángel", "Rafael",
           "Héctor", "Mateo", "Santiago", "Wilfredo", "Jorge Luis"],
        f=["María Guadalupe", "Ximena", "Lucía", "Dolores", "Guadalupe", "Milagros", "Yesenia", "Marisol",
           "Consuelo", "Rocío", "Esperanza", "Altagracia", "Maria", "Luz", "Carmen"],
        last=["García", "Hernández", "Reyes", "Rodríguez-Ortiz", "de la Cruz", "Martínez", "López",
              "Pérez", "Santiago", "Rivera", "Cruz Morales", "Vázquez", "del Valle", "Peña", "Ibáñez",
              "Gonzalez", "Ramirez", "Nuñez", "Paredes Soto"]),
    "aa": dict(w=6,
        m=["DeShawn", "Jamal", "Darnell", "Tyrone", "Marcus", "Andre", "Malik", "Terrence", "Kareem",
           "Jaylen", "Reginald"],
        f=["Latoya", "Tamika", "Keisha", "Shaniqua", "Ebony", "Precious", "Imani", "Destiny", "Aaliyah",
           "Essence", "Bernice"],
        last=["Washington", "Jefferson", "Jackson", "Robinson", "Freeman", "Banks", "Mosley", "Booker",
              "Gaines", "Battle", "Person", "Merriweather"]),
    "wafr": dict(w=5,
        m=["Kwame", "Chukwuemeka", "Oluwaseun", "Kofi", "Babajide", "Mamadou", "Ibrahima", "Yaw", "Emeka"],
        f=["Abena", "Adaeze", "Ngozi", "Funmilayo", "Ama", "Aminata", "Fatoumata", "Chiamaka", "Efua"],
        last=["Adebayo", "Okonkwo", "Mensah", "Diallo", "Traoré", "Owusu", "Nwosu", "Boateng", "Okafor",
              "Asante", "Adeyemi", "Sow", "Oyelaran-Bello"]),
    "sasian": dict(w=5,
        m=["Arjun", "Sandeep", "Farhan", "Rahul", "Vikram", "Imran", "Harpreet", "Rajesh", "Anand"],
        f=["Priyanka", "Anjali", "Lakshmi", "Nazia", "Sunita", "Deepa", "Shreya", "Farzana", "Kavya"],
        last=["Patel", "Raman", "Venkataraman", "Chowdhury", "Singh", "Iyer", "Banerjee", "Khan", "Reddy",
              "Gill", "Desai", "Subramanian"]),
    "easian": dict(w=4,
        m=["Jae-won", "Min-jun", "Haruto", "Kenji", "Hiroshi", "Sung-ho", "Daisuke"],
        f=["Ji-yeon", "Seo-yeon", "Yuki", "Akiko", "Haruka", "Eun-ji", "Sakura"],
        last=["Kim", "Park", "Lee", "Choi", "Tanaka", "Sato", "Nakamura", "Yamamoto", "Jung"]),
    "zh": dict(w=4),
    "vi": dict(w=5),
    "ar": dict(w=4),
    "ht": dict(w=5,
        m=["Mackenson", "Jean-Robert", "Wilner", "Frantz", "Jocelyn", "Peterson", "Wisly", "Dieuseul"],
        f=["Fabiola", "Wideline", "Guerline", "Nadège", "Marie-Carmel", "Rosemène", "Mirlande", "Kettly"],
        last=["Jean-Baptiste", "Pierre-Louis", "Desrosiers", "Joseph", "Saint-Fleur", "Thermidor",
              "Dorvil", "Célestin", "Charles", "Toussaint"]),
    "so": dict(w=4,
        m=["Abdirahman", "Mohamed", "Abdi", "Hassan", "Yusuf", "Liban", "Abdikarim"],
        f=["Hodan", "Ayaan", "Hawa", "Faadumo", "Sahra", "Ifrah", "Nimco"],
        last=["Warsame", "Abdi", "Farah", "Mohamud", "Hersi", "Jama", "Osman", "Guled", "Egal"]),
    "slav": dict(w=3,
        m=["Dmytro", "Zbigniew", "Piotr", "Sergei", "Bogdan", "Milan", "Tomasz"],
        f=["Oksana", "Katarzyna", "Svetlana", "Irina", "Jelena", "Agnieszka"],
        last=["Kowalczyk", "Petrov", "Shevchenko", "Wiśniewski", "Horvat", "Novák", "Zielinski",
              "Nowak", "Lewandowski"]),
    "irish": dict(w=3,
        m=["Padraig", "Seamus", "Cormac", "Declan", "Eoin", "Fergus"],
        f=["Siobhan", "Niamh", "Aoife", "Saoirse", "Brigid", "Maeve"],
        last=["O'Sullivan", "O'Brien", "McAllister", "Fitzgerald", "Mac Gabhann", "Donnelly", "Keough",
              "Ó Conaill", "Mulcahy"]),
    "jewish": dict(w=3,
        m=["Moshe", "Avi", "Eli", "Shlomo", "Noam", "Mordechai"],
        f=["Yael", "Shira", "Miriam", "Rivka", "Tova", "Esther"],
        last=["Goldberg", "Shapiro", "Rosenbaum", "Ben-Ami", "Katz", "Feldman", "Levy", "Ben-David",
              "Hirsch"]),
    "fil": dict(w=3,
        m=["Jhun", "Rodrigo", "Emmanuel", "Jericho", "Bong", "Ramil"],
        f=["Marites", "Rowena", "Maricel", "Jocelyn", "Luzviminda", "Rosario"],
        last=["Dela Cruz", "Bautista", "Santos", "Macapagal", "Villanueva", "Dimaculangan", "Aquino",
              "Magbanua"]),
    "pac": dict(w=2,
        m=["Keoni", "Sione", "Kalani", "Tevita", "Manu"],
        f=["Leilani", "Malia", "Noelani", "Moana", "Losa"],
        last=["Kealoha", "Kahananui", "Tuilagi", "Fa'amausili", "Taufa", "Akana", "Palakiko"]),
    "native": dict(w=2,
        m=["Ahanu", "Dakota", "Kele", "Tahoma", "Chayton"],
        f=["Winona", "Cheyenne", "Aiyana", "Nizhoni", "Tallulah"],
        last=["Begay", "Tsosie", "Yazzie", "Nez", "Whitehorse", "Benally", "Runningwater", "Two Bulls",
              "Little Elk"]),
    "euro": dict(w=2,
        m=["Luca", "Jan", "Pieter", "Marco", "Stefano"],
        f=["Giulia", "Annelies", "Chiara", "Francesca"],
        last=["van der Berg", "D'Angelo", "St. Pierre", "von Stein", "De Luca", "van Houten", "LeBlanc",
              "Dell'Orto"]),
}
# Chinese: (pinyin, hanzi)
ZH_LAST = [("Wang", "王"), ("Li", "李"), ("Chen", "陈"), ("Zhang", "张"), ("Liu", "刘"), ("Huang", "黄"),
           ("Lin", "林"), ("Zhao", "赵"), ("Zhou", "周"), ("Wu", "吴")]
ZH_FIRST = {"f": [("Xiuying", "秀英"), ("Mei", "梅"), ("Lili", "丽丽"), ("Jing", "静"), ("Yan", "燕"),
                  ("Guifang", "桂芳"), ("Xiaohong", "小红")],
            "m": [("Wei", "伟"), ("Jianguo", "建国"), ("Hao", "浩"), ("Zhiqiang", "志强"), ("Ming", "明"),
                  ("Guoqing", "国庆"), ("Jun", "军")]}
# Vietnamese: (with diacritics, ascii)
VI_LAST = [("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Phạm", "Pham"), ("Lê", "Le"), ("Huỳnh", "Huynh"),
           ("Võ", "Vo"), ("Đặng", "Dang"), ("Bùi", "Bui"), ("Hoàng", "Hoang")]
VI_MID = {"f": [("Thị", "Thi"), ("Ngọc", "Ngoc"), ("Thanh", "Thanh")],
          "m": [("Văn", "Van"), ("Minh", "Minh"), ("Hữu", "Huu")]}
VI_FIRST = {"f": [("Hoa", "Hoa"), ("Thảo", "Thao"), ("Lan", "Lan"), ("Hương", "Huong"), ("Mai", "Mai"),
                  ("Linh", "Linh"), ("Phượng", "Phuong")],
            "m": [("Dũng", "Dung"), ("Tuấn", "Tuan"), ("Hùng", "Hung"), ("Long", "Long"), ("Quang", "Quang"),
                  ("Bảo", "Bao"), ("Khoa", "Khoa")]}
# Arabic: (latin, arabic script)
AR_FIRST = {"f": [("Fatima", "فاطمة"), ("Amal", "أمل"), ("Layla", "ليلى"), ("Mariam", "مريم"), ("Noor", "نور"),
                  ("Huda", "هدى")],
            "m": [("Youssef", "يوسف"), ("Khalid", "خالد"), ("Ahmed", "أحمد"), ("Omar", "عمر"), ("Samir", "سمير"),
                  ("Tariq", "طارق")]}
AR_LAST = [("Al-Hassan", "الحسن"), ("Haddad", "حداد"), ("Mansour", "منصور"), ("Al-Sayed", "السيد"),
           ("Khoury", "خوري"), ("Nasser", "ناصر"), ("El-Amin", "الأمين"), ("Abdelrahman", "عبد الرحمن")]

NICKS = {"Robert": ["Bobby", "Bob", "Robbie"], "William": ["Billy", "Bill"], "Margaret": ["Peggy", "Maggie"],
         "Elizabeth": ["Betty", "Liz", "Bess"], "Richard": ["Dick", "Rich"], "James": ["Jimmy", "Jim"],
         "Katherine": ["Kate", "Kitty"], "Patricia": ["Patty", "Trish"], "Dorothy": ["Dot", "Dottie"],
         "Charles": ["Chuck", "Charlie"], "Edward": ["Ted", "Eddie"], "Harold": ["Hal"], "Shirley": ["Shirl"],
         "Barbara": ["Babs", "Barb"], "Francisco": ["Paco", "Pancho"], "José": ["Pepe"],
         "Guadalupe": ["Lupe"], "María Guadalupe": ["Lupita"], "Dolores": ["Lola"], "Alejandro": ["Alex"],
         "Jesús": ["Chuy"], "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Funmilayo": ["Funmi"],
         "Mackenson": ["Mack"], "Abdirahman": ["Abdi"], "Faadumo": ["Fadumo"], "Mordechai": ["Motti"],
         "Luzviminda": ["Luz"], "Rosario": ["Charo"], "Zbigniew": ["Zbyszek"], "Katarzyna": ["Kasia"],
         "Svetlana": ["Sveta"], "Jae-won": ["Jay"], "Seo-yeon": ["Sophie"], "Xiuying": ["Ying"],
         "Jianguo": ["Jimmy"], "Padraig": ["Paddy"], "Saoirse": ["Sorcha"], "Priyanka": ["Pri"],
         "Venkat": ["Venky"], "Reginald": ["Reggie"], "Bernice": ["Bunny"], "Wilfredo": ["Willie"]}
GENERIC_NICKS = ["Junior", "Sonny", "Tootie", "Bebe", "Chip", "Boo", "Tito", "Nena", "Lulu", "Dee",
                 "Bubba", "Mimi", "Coco", "Kiki", "Gigi", "Peanut", "Tata", "Pooh", "Red", "Doc"]

# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------
TOWNS = [("Dracut", "MA", ["01826"]), ("Tewksbury", "MA", ["01876"]), ("Chelmsford", "MA", ["01824", "01863"]),
         ("Billerica", "MA", ["01821", "01862"]), ("Methuen", "MA", ["01844"]), ("Lawrence", "MA", ["01841", "01843"]),
         ("Haverhill", "MA", ["01830", "01832", "01835"]), ("Amesbury", "MA", ["01913"]),
         ("Andover", "MA", ["01810"]), ("North Andover", "MA", ["01845"]), ("Lowell", "MA", ["01850", "01851", "01852", "01854"]),
         ("Westford", "MA", ["01886"]), ("Groveland", "MA", ["01834"]), ("Georgetown", "MA", ["01833"]),
         ("Lynn", "MA", ["01902", "01905"]), ("Revere", "MA", ["02151"]), ("Chelsea", "MA", ["02150"]),
         ("Malden", "MA", ["02148"]), ("Salem", "NH", ["03079"]), ("Pelham", "NH", ["03076"]),
         ("Windham", "NH", ["03087"]), ("Nashua", "NH", ["03060", "03062"]), ("Hudson", "NH", ["03051"]),
         ("Tyngsborough", "MA", ["01879"]), ("Merrimac", "MA", ["01860"]), ("Salisbury", "MA", ["01952"])]
STREETS = ["Tarbox Rd", "Pawtucket Blvd", "Lakeview Ave", "Bridge St", "Mammoth Rd", "Broadway", "Essex St",
           "Hampshire St", "Lebanon St", "Main St", "Elm St", "Lincoln Ave", "Varnum Ave", "School St",
           "Haverhill St", "Pleasant St", "Spring St", "Chestnut St", "Oak Ridge Dr", "Stevens St",
           "Merrimack St", "Boston Rd", "Middlesex St", "Aiken Ave", "Route 110", "Salem St", "Water St",
           "Riverside Dr", "Jackson St", "Parker St", "Sunset Ter", "Hillside Ave", "Kenwood Rd", "Arlington St",
           "Canal St", "Cross Point Ln", "Old Ferry Rd", "Osgood St", "Winter St", "Summer St"]
STREETS_LONG = {"Rd": "Road", "St": "Street", "Ave": "Avenue", "Blvd": "Boulevard", "Dr": "Drive", "Ter": "Terrace",
                "Ln": "Lane"}
UNITS = ["Apt 2", "Apt 3B", "#2R", "Unit 14", "Apt. 407", "2nd fl", "#1", "Apt 12C", "Fl 3"]
ROUTES = ["110", "113", "28", "38", "125", "97", "133", "3A"]

# organisation / business context
SYSTEM = "Northfield Health"
SITES = ["Lowell", "Lawrence", "Haverhill", "Methuen", "Andover", "Salem", "Chelmsford", "Amesbury", "Nashua"]
FACILITIES = [("1200 Riverside Dr", "Lowell", "MA", "01852"), ("55 Canal St", "Lawrence", "MA", "01840"),
              ("300 Merrimack St Suite 210", "Methuen", "MA", "01844"), ("18 Main St", "Andover", "MA", "01810"),
              ("77 Broadway", "Salem", "NH", "03079"), ("140 Winter St", "Haverhill", "MA", "01830"),
              ("9 Technology Dr", "Chelmsford", "MA", "01824"), ("2 Elm Sq", "Amesbury", "MA", "01913"),
              ("600 Amherst St", "Nashua", "NH", "03063")]
FAC_NAMES = ["the Riverside campus", "Canal Street Health Center", "Merrimack Valley Imaging",
             "the Andover urgent care", "the Salem NH walk-in", "Winter St Specialty Center",
             "the Chelmsford pavilion", "Nashua Family Medicine", "the Haverhill ambulatory center"]
DEPTS = ["ortho", "GI", "derm", "cardiology", "neuro", "peds", "OB/GYN", "rheum", "endo", "pulm", "ENT",
         "urology", "oncology", "sleep lab", "PT", "imaging", "behavioral health", "podiatry"]
PAYERS = ["BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "MassHealth", "Medicare", "Aetna", "Cigna",
          "UnitedHealthcare", "WellSense", "Fallon", "Anthem NH", "NH Healthy Families", "Mass General Brigham Health Plan",
          "Humana Medicare Advantage", "Point32Health"]
VENDORS = ["Experian", "Cyracom", "Epic", "Genesys", "Imprivata", "Nuance", "Availity", "Waystar", "LanguageLine",
           "Press Ganey", "Zoom", "Microsoft", "Twilio", "Iron Mountain", "Xerox"]
LANGS = ["Spanish", "Vietnamese", "Arabic", "Haitian Creole", "Somali", "Mandarin", "Portuguese", "Khmer", "ASL"]
TITLES = ["CFO", "CEO", "COO", "CNO", "VP of Patient Access", "SVP Revenue Cycle", "Chief Experience Officer",
          "VP Ambulatory Ops", "CMO", "Director of Patient Relations"]
PUBLIC = ["Gov. Healey", "Mayor Wu", "Sen. Warren", "Tom Brady", "Taylor Swift", "David Ortiz", "Dr. Fauci",
          "Oprah", "Bill Belichick", "the Pope", "Beyoncé", "Serena Williams"]
DONORS = ["the Ellison Family Foundation", "the Pike Charitable Trust", "the Merrimack Valley Community Fund",
          "the Tsongas Foundation", "Harold and Ruth Pike", "the Lovejoy family fund", "the Stevens Trust"]
REL = ["daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "niece", "grandson",
       "granddaughter", "partner", "aunt", "neighbor"]
CPT = ["99213", "99214", "99203", "70553", "71046", "45378", "93000", "80053", "36415", "97110", "77067",
       "G0439", "99396", "73721", "93306", "76700", "20610", "95810", "92557", "90471"]
ICD = ["E11.9", "I10", "Z79.4", "J45.909", "M54.50", "R07.9", "Z00.00", "F41.1", "N18.30", "I48.91",
       "Z12.11", "K21.9", "G47.33", "M17.11", "H90.3", "E78.5", "Z34.81"]
DOSES = ["metformin 500 mg BID", "lisinopril 10 mg daily", "apixaban 5 mg BID", "insulin glargine 20 units qHS",
         "amoxicillin 875 mg BID x 10 days", "ibuprofen 400 mg q6h prn", "atorvastatin 40 mg", "ondansetron 4 mg ODT",
         "acetaminophen 650 mg q6h", "prednisone 40 mg x 5 days", "levothyroxine 75 mcg", "sertraline 50 mg"]
MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MESES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
HT_MON = ["", "janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"]
SO_MON = ["", "Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Ogost", "Sebtembar",
          "Oktoobar", "Nofembar", "Desembar"]
AR_MON = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Tues", "Thurs"]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "one hundred and one", 102: "a hundred and two", 103: "one hundred three",
             104: "a hundred and four"}
AGE_ES = {90: "noventa", 91: "noventa y uno", 92: "noventa y dos", 93: "noventa y tres", 94: "noventa y cuatro",
          95: "noventa y cinco", 96: "noventa y seis", 97: "noventa y siete", 98: "noventa y ocho",
          99: "noventa y nueve", 100: "cien", 101: "ciento uno", 102: "ciento dos", 103: "ciento tres",
          104: "ciento cuatro"}
EMOJI = ["🙏", "😅", "👍", "🙃", "😬", "✅", "🤦‍♀️", "😩", "🔥", "👀", "💯", "🫠", "☕", "😂", ":pray:", ":eyes:",
         ":white_check_mark:", ":sweat_smile:", "🙌", "‼️"]

FW = {ord(c): chr(0xFF10 + i) for i, c in enumerate("0123456789")}
AR_DIGITS = {ord(c): chr(0x0660 + i) for i, c in enumerate("0123456789")}
ZW = "\u200b"
NBSP = "\u00a0"


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def spell_digits(s, rng):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(DIGIT_WORDS[int(ch)])
        elif ch in "-. ":
            out.append(",")
    txt = " ".join(out).replace(" ,", ",")
    txt = re.sub(r",+", ",", txt)
    if rng.random() < 0.3:
        txt = txt.replace("zero", "oh")
    return txt

# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.r = rng

    # -- helpers ----------------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def chance(self, p):
        return self.r.random() < p

    def evade(self, val, tags, modes=("fullwidth", "zw", "nbsp", "spaced", "spelled", "nosep", "mixed")):
        mode = self.c(modes)
        tags.add("evasion")
        if mode == "fullwidth":
            tags.add("fullwidth")
            return val.translate(FW)
        if mode == "zw":
            tags.add("zero-width")
            if re.search(r"[- .]", val):
                return re.sub(r"[- .]", ZW, val)
            return ZW.join([val[:3], val[3:6], val[6:]]) if len(val) > 6 else ZW.join(val)
        if mode == "nbsp":
            tags.add("nbsp")
            if re.search(r"[- .]", val):
                return re.sub(r"[- .]", NBSP, val)
            return NBSP.join([val[:3], val[3:]])
        if mode == "spaced":
            return " ".join(ch for ch in val if ch.isalnum())
        if mode == "spelled":
            tags.add("spelled")
            return spell_digits(val, self.r)
        if mode == "nosep":
            return re.sub(r"[- .()+]", "", val)
        if mode == "mixed":
            seps = list(re.finditer(r"[- .]", val))
            if len(seps) >= 2:
                i = seps[0].start()
                alt = "." if val[i] != "." else "-"
                return val[:i] + alt + val[i + 1:]
            return val.replace("-", " - ")
        if mode == "letterO":
            return val.replace("0", "O")
        return val

    # -- dates ------------------------------------------------------------
    def ymd_visit(self):
        return (self.c([2025, 2025, 2026, 2026, 2026]), self.r.randint(1, 12), self.r.randint(1, 28))

    def ymd_birth(self, y0=1931, y1=2006):
        return (self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    def fmt_full(self, ymd, tags, style=None):
        y, m, d = ymd
        sfx = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        styles = ["mdY", "mdY", "mdy1", "mdy1", "mdy2", "iso", "long", "abbr", "dmy", "dmy_sp", "compact",
                  "dots", "ordinal", "upper", "dashy"]
        st = style or self.c(styles)
        if st == "mdY":
            return "%02d/%02d/%d" % (m, d, y)
        if st == "mdy1":
            return "%d/%d/%d" % (m, d, y)
        if st == "mdy2":
            return "%d/%d/%02d" % (m, d, y % 100)
        if st == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        if st == "long":
            return "%s %d, %d" % (MONTHS[m], d, y)
        if st == "abbr":
            return "%s %d, %d" % (MON[m], d, y)
        if st == "dmy":
            return "%02d-%s-%d" % (d, MON[m], y)
        if st == "dmy_sp":
            return "%d %s %d" % (d, MON[m], y)
        if st == "compact":
            tags.add("evasion")
            return "%02d%02d%d" % (m, d, y)
        if st == "dots":
            return "%d.%d.%d" % (m, d, y)
        if st == "ordinal":
            return "%s %d%s, %d" % (MONTHS[m], d, sfx, y)
        if st == "upper":
            return "%02d%s%d" % (d, MON[m].upper(), y)
        if st == "dashy":
            return "%02d-%02d-%02d" % (m, d, y % 100)
        raise ValueError(st)

    def fmt_short(self, ymd):
        y, m, d = ymd
        sfx = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        st = self.c(["md", "md", "md0", "monsfx", "month", "dmon", "mon", "monthsfx"])
        return {"md": "%d/%d" % (m, d), "md0": "%02d/%02d" % (m, d), "monsfx": "%s %d%s" % (MON[m], d, sfx),
                "month": "%s %d" % (MONTHS[m], d), "dmon": "%d-%s" % (d, MON[m]), "mon": "%s %d" % (MON[m], d),
                "monthsfx": "%s %d%s" % (MONTHS[m], d, sfx)}[st]

    def fmt_lang(self, ymd, lang, year=True):
        y, m, d = ymd
        if lang == "es":
            if year:
                return self.c(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MESES[m], y),
                               "%d/%d/%d" % (d, m, y), "%d-%s-%d" % (d, MESES[m][:3], y)])
            return self.c(["%d de %s" % (d, MESES[m]), "%d/%d" % (d, m)])
        if lang == "vi":
            if year:
                return self.c(["%02d/%02d/%d" % (d, m, y), "%d tháng %d năm %d" % (d, m, y), "%d/%d/%d" % (d, m, y)])
            return self.c(["%d/%d" % (d, m), "%d tháng %d" % (d, m)])
        if lang == "zh":
            if year:
                return self.c(["%d年%d月%d日" % (y, m, d), "%d年%02d月%02d日" % (y, m, d), "%d-%d-%d" % (y, m, d)])
            return "%d月%d日" % (m, d)
        if lang == "ht":
            if year:
                return self.c(["%d %s %d" % (d, HT_MON[m], y), "%02d/%02d/%d" % (d, m, y)])
            return "%d %s" % (d, HT_MON[m])
        if lang == "so":
            if year:
                return self.c(["%d %s %d" % (d, SO_MON[m], y), "%02d/%02d/%d" % (d, m, y)])
            return "%d %s" % (d, SO_MON[m])
        if lang == "ar":
            if year:
                return self.c(["%d %s %d" % (d, AR_MON[m], y),
                               ("%02d/%02d/%d" % (d, m, y)).translate(AR_DIGITS), "%02d/%02d/%d" % (d, m, y)])
            return "%d %s" % (d, AR_MON[m])
        raise ValueError(lang)

    def mtg(self):
        y, m, d = (2026, self.r.randint(1, 12), self.r.randint(1, 28))
        return self.c(["%s %d/%d" % (self.c(WEEKDAYS), m, d), "%d/%d" % (m, d), "%s %d" % (MONTHS[m], d),
                       "%d-%02d-%02d" % (y, m, d), "%s %d" % (MON[m], d), "%s the %d%s" % (self.c(WEEKDAYS), d,
                       "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")),
                       "%s, %s %d" % (self.c(WEEKDAYS), MON[m], d), "%02d/%02d/%d" % (m, d, y)])

    def time(self):
        h = self.r.randint(7, 17)
        mi = self.c([0, 0, 15, 30, 45, 40, 20])
        h12 = h if h <= 12 else h - 12
        ap = "am" if h < 12 else "pm"
        return self.c(["%d:%02d" % (h12, mi), "%d%s" % (h12, ap), "%d:%02d %s" % (h12, mi, ap.upper()),
                       "%02d%02d" % (h, mi), "%d:%02d%s" % (h12, mi, ap[0])])

    # -- identifiers ------------------------------------------------------
    def phone_parts(self, area=None):
        area = area or self.c(["978", "978", "978", "617", "508", "781", "603", "603", "351", "339", "774", "857"])
        return (area, "%03d" % self.r.randint(201, 989), self.digits(4))

    def fmt_phone(self, p, tags, evade_p=0.14):
        a, e, l = p
        v = self.c(["(%s) %s-%s", "%s-%s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "+1-%s-%s-%s",
                    "1 (%s) %s-%s", "%s%s%s", "+1 (%s) %s-%s", "(%s)%s-%s"]) % (a, e, l)
        if self.chance(evade_p):
            v = self.evade(v, tags, ("fullwidth", "zw", "nbsp", "spaced", "spelled", "mixed", "letterO"))
        return v

    def intl_phone(self, lang):
        return {"ht": lambda: "+509 %s %s %s" % (self.digits(2), self.digits(2), self.digits(4)),
                "so": lambda: "+252 %s %s %s" % (self.c(["61", "63", "90"]), self.digits(3), self.digits(4)),
                "vi": lambda: "+84 %s %s %s" % (self.c(["90", "91", "98", "93"]), self.digits(3), self.digits(4)),
                "es": lambda: "+52 %s %s %s" % (self.c(["55", "33", "81"]), self.digits(4), self.digits(4)),
                "zh": lambda: "+86 %s %s %s" % (self.c(["138", "139", "186"]), self.digits(4), self.digits(4)),
                "ar": lambda: "+962 %s %s %s" % (self.c(["79", "77"]), self.digits(3), self.digits(4))}[lang]()

    def ssn_raw(self):
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        return "%03d" % area, "%02d" % self.r.randint(1, 99), "%04d" % self.r.randint(1, 9999)

    def ssn(self, tags, evade_p=0.22):
        a, g, s = self.ssn_raw()
        v = self.c(["%s-%s-%s", "%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, g, s)
        if self.chance(evade_p):
            v = self.evade(v, tags)
        return v

    def mrn(self, tags, evade_p=0.1):
        v = self.c(["00" + self.digits(7), "E" + self.digits(7), "10" + self.digits(8), "M" + self.digits(8),
                    "%s-%s-%s" % (self.digits(3), self.digits(3), self.digits(3)), self.digits(8),
                    "NF" + self.digits(7)])
        if self.chance(evade_p):
            v = self.evade(v, tags, ("fullwidth", "zw", "spaced", "nbsp"))
        return v

    def hpid(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.c(["%s%s%s%s" % (self.c(L), self.c(L), self.c(L), self.digits(9)), "W" + self.digits(9),
                       "ZGP" + self.digits(9), "1" + self.digits(10), "H" + self.digits(8) + self.c(["00", "01", "02"]),
                       "%s%s%s %s" % (self.c(L), self.c(L), self.c(L), self.digits(9)),
                       self.digits(9) + "-0" + str(self.r.randint(1, 3)), "MG" + self.digits(9)])

    def mbi(self, dashed=None):
        A = "ACDEFGHJKMNPQRTUVWXY"
        AN = A + "0123456789"
        s = (str(self.r.randint(1, 9)) + self.c(A) + self.c(AN) + str(self.r.randint(0, 9)) + self.c(A) +
             self.c(AN) + str(self.r.randint(0, 9)) + self.c(A) + self.c(A) + self.digits(2))
        if dashed is None:
            dashed = self.chance(0.4)
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

    def mcaid(self):
        return self.c(["1000" + self.digits(8), self.digits(12), "NH" + self.digits(9), self.digits(11)])

    def har(self):
        return self.c(["7" + self.digits(9), "4001" + self.digits(7), "H" + self.digits(9), self.digits(10),
                       "%s-%s" % (self.digits(4), self.digits(6))])

    def acct(self):
        return self.c(["G" + self.digits(7), "4400" + self.digits(6), self.digits(10), "PA-" + self.digits(8),
                       self.digits(12), "%s %s %s" % (self.digits(4), self.digits(4), self.digits(4))])

    def bank(self):
        return self.c([self.digits(10), self.digits(12), self.digits(9), "00" + self.digits(8),
                       "%s-%s" % (self.digits(4), self.digits(6))])

    def dl(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.c(["S" + self.digits(8), "SA" + self.digits(7), "%s%s%s%s" % (self.digits(2), self.c(L), self.c(L),
                       self.c(L)) + self.digits(5), self.digits(9), "D%s-%s-%s" % (self.digits(3), self.digits(4),
                       self.digits(4)), "%s%s" % (self.c(L), self.digits(12))])

    def dea(self):
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.c("ABFGM") + self.c("ABCDFGHKLMNPRSTW") + "".join(map(str, d)) + str(chk)

    def lic(self):
        return self.c(["RN" + self.digits(7), "RN-" + self.digits(7), "MD " + self.digits(6), "LPN-" + self.digits(5),
                       "PA-" + self.digits(7), self.digits(6), "225" + self.digits(3), "NP%s" % self.digits(6),
                       "MD.0%s" % self.digits(5)])

    def npi(self):
        body = self.c("12") + self.digits(8)
        return body + luhn_digit("80840" + body)

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        v = [self.c(["1", "2", "3", "4", "5", "J", "K", "W"])] + [self.c(chars) for _ in range(16)]
        for i in range(12, 17):
            v[i] = str(self.r.randint(0, 9))
        v[8] = "0"
        s = sum((int(ch) if ch.isdigit() else tr[ch]) * w[i] for i, ch in enumerate(v))
        v[8] = "X" if s % 11 == 10 else str(s % 11)
        return "".join(v)

    def plate(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.c(["%d%s%s %d%d%d" % (self.r.randint(1, 9), self.c(L), self.c(L), self.r.randint(0, 9),
                       self.r.randint(0, 9), self.r.randint(0, 9)),
                       "%d%s%s%s%d%d" % (self.r.randint(1, 9), self.c(L), self.c(L), self.c(L), self.r.randint(0, 9),
                       self.r.randint(0, 9)), self.digits(7), "%s%s%s-%s" % (self.c(L), self.c(L), self.c(L),
                       self.digits(4)), "%d%s %d%d" % (self.r.randint(1, 9), self.c(L), self.r.randint(0, 9),
                       self.r.randint(0, 9))])

    def dev(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.c(["%s%s%s%s%s" % (self.c(L), self.c(L), self.c(L), self.digits(6), self.c(L)),
                       "NG" + self.digits(7) + "H", "H" + self.digits(9), "%s-%s-%s" % (self.digits(4), self.digits(4),
                       self.digits(2)), "%s%s%s%s%s%s" % (self.digits(1), self.c(L), self.c(L), self.digits(1), self.c(L),
                       self.digits(1)), "PJN" + self.digits(6) + "S", "RNH" + self.digits(6), "SM" + self.digits(8),
                       "AB" + self.digits(7)])

    def udi(self, serial=None):
        return "(01)00%s(17)%02d%02d%02d(21)%s" % (self.digits(12), self.r.randint(26, 30), self.r.randint(1, 12),
                                                   self.r.randint(1, 28), serial or self.dev().replace("-", ""))

    def cc(self, tags, evade_p=0.12):
        kind = self.c(["v", "v", "mc", "amex", "disc"])
        if kind == "v":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = "5" + str(self.r.randint(1, 5)) + self.digits(13)
        elif kind == "amex":
            body = "3" + self.c("47") + self.digits(12)
        else:
            body = "6011" + self.digits(11)
        n = body + luhn_digit(body)
        if kind == "amex":
            v = self.c(["%s %s %s", "%s-%s-%s"]) % (n[:4], n[4:10], n[10:])
            if self.chance(0.3):
                v = n
        else:
            g = [n[i:i + 4] for i in range(0, 16, 4)]
            v = self.c([" ".join(g), " ".join(g), "-".join(g), n])
        if self.chance(evade_p):
            v = self.evade(v, tags, ("fullwidth", "zw", "spaced", "nbsp", "mixed"))
        return v

    def ip(self):
        return self.c(["10.%d.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(2, 254)),
                       "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(2, 254)),
                       "192.168.%d.%d" % (self.r.randint(0, 20), self.r.randint(2, 254)),
                       "%d.%d.%d.%d" % (self.c([73, 24, 98, 66, 108, 71, 209]), self.r.randint(0, 255),
                                        self.r.randint(0, 255), self.r.randint(2, 254)),
                       "2601:%x:%x:%x::%x" % (self.r.randint(0x100, 0xfff), self.r.randint(0x1000, 0xffff),
                                              self.r.randint(0x100, 0xfff), self.r.randint(1, 0xff)),
                       "fe80::%x:%x:%x:%x" % (self.r.randint(0x100, 0xffff), self.r.randint(0x100, 0xffff),
                                              self.r.randint(0x100, 0xffff), self.r.randint(0x100, 0xffff))])

    def biz_email(self, person=None, vendor=False):
        if person is not None:
            f = re.sub(r"[^a-z]", "", fold(person.first).lower())
            l = re.sub(r"[^a-z]", "", fold(person.last).lower())
            if vendor:
                dom = self.c(["kiosksolutions.com", "experian.com", "cyracom.com", "genesys.com", "statementco.com",
                              "waystar.com", "languageline.com"])
                return self.c(["%s.%s@%s" % (f, l, dom), "%s%s@%s" % (f[0], l, dom)])
            return self.c(["%s.%s@northfieldhealth.org" % (f, l), "%s%s@northfieldhealth.org" % (f[0], l),
                           "%s.%s@nfhealth.org" % (f, l), "%s_%s@northfieldhealth.org" % (f, l)])
        return self.c(["scheduling@northfieldhealth.org", "patientaccess@northfieldhealth.org",
                       "pfs-help@northfieldhealth.org", "interpreters@northfieldhealth.org",
                       "patientrelations@northfieldhealth.org", "finaid@nfhealth.org", "nurseline@northfieldhealth.org",
                       "credentialing@northfieldhealth.org", "support@kioskvendor.com", "ar-team@statementco.com",
                       "him.release@northfieldhealth.org", "priorauth@northfieldhealth.org"])

    # -- non-PHI values ---------------------------------------------------
    def ticket(self):
        return self.c(["INC%07d" % self.r.randint(10000, 999999), "RITM%07d" % self.r.randint(10000, 999999),
                       "DEL-%d" % self.r.randint(100, 4999), "CHG%07d" % self.r.randint(10000, 999999),
                       "REQ-%d" % self.r.randint(10000, 99999), "PA-OPS-%d" % self.r.randint(100, 999),
                       "SCHED-%d" % self.r.randint(1000, 9999), "TASK%07d" % self.r.randint(10000, 999999)])

    def po(self):
        return self.c(["PO-2026-%05d" % self.r.randint(1, 99999), "4500%06d" % self.r.randint(0, 999999),
                       "PO %d" % self.r.randint(100000, 999999), "PO#%d" % self.r.randint(10000, 99999)])

    def invno(self):
        return self.c(["INV-%d" % self.r.randint(100000, 999999), "%07d" % self.r.randint(0, 9999999),
                       "INV%d-%03d" % (self.r.randint(2025, 2026), self.r.randint(1, 999)),
                       "SI-%d" % self.r.randint(10000, 99999)])

    def ver(self):
        return self.c(["v%d.%d.%d" % (self.r.randint(1, 12), self.r.randint(0, 20), self.r.randint(0, 9)),
                       "%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 30)),
                       "build 2025.%d.%d.%d" % (self.r.randint(1, 12), self.r.randint(0, 9), self.r.randint(1, 40)),
                       "v%d.%d" % (self.r.randint(2, 9), self.r.randint(0, 9)),
                       "%d.%d.%d.%d" % (self.r.randint(2023, 2026), self.r.randint(1, 12), self.r.randint(0, 9),
                                        self.r.randint(100, 9999)),
                       "Epic %s %d" % (self.c(["Feb", "May", "Aug", "Nov"]), self.c([2025, 2026]))])

    def money(self):
        return self.c(["$%d" % self.r.randint(20, 400), "$%d,%03d.%02d" % (self.r.randint(1, 48), self.r.randint(0, 999),
                       self.r.randint(0, 99)), "$%d.%02d" % (self.r.randint(10, 999), self.r.randint(0, 99)),
                       "$%dk" % self.r.randint(2, 40), "%d USD" % self.r.randint(100, 9000),
                       "$%d,%03d" % (self.r.randint(1, 250), self.r.randint(0, 999))])

    def zoomid(self):
        return self.c(["%s %s %s" % (self.r.randint(810, 989), self.digits(4), self.digits(4)),
                       "%d%s" % (self.r.randint(810, 989), self.digits(8))])

    def faddr(self):
        st, town, state, z = self.c(FACILITIES)
        return self.c(["%s, %s %s %s" % (st, town, state, z), "%s, %s, %s %s" % (st, town, state, z),
                       "%s in %s" % (st, town), "%s, %s" % (st, town)])

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
def pick_origin(g):
    keys = list(ORIGINS.keys())
    weights = [ORIGINS[k]["w"] for k in keys]
    return g.r.choices(keys, weights=weights)[0]


class Person:
    def __init__(self, g, origin=None, gender=None, old=False, staff=False, surname_of=None):
        self.g = g
        self.origin = origin or pick_origin(g)
        self.sex = gender or g.c("mf")
        self.staff = staff
        self.vendor = False
        o = self.origin
        self.vn = self.han = self.arab = None
        if o == "zh":
            ln, lh = g.c(ZH_LAST)
            fn, fh = g.c(ZH_FIRST[self.sex])
            self.first, self.last = fn, ln
            self.han = lh + fh
            self.eastern = g.chance(0.35)
        elif o == "vi":
            (ld, la), (md, ma), (fd, fa) = g.c(VI_LAST), g.c(VI_MID[self.sex]), g.c(VI_FIRST[self.sex])
            dia = g.chance(0.4)
            self.first, self.last = (fd, ld) if dia else (fa, la)
            self.vn = "%s %s %s" % (ld, md, fd)
            self.eastern = False
        elif o == "ar":
            (fl, fa), (ll, la) = g.c(AR_FIRST[self.sex]), g.c(AR_LAST)
            self.first, self.last = fl, ll
            self.arab = "%s %s" % (fa, la)
            self.eastern = False
        else:
            d = ORIGINS[o]
            self.first = g.c(d[self.sex])
            self.last = g.c(d["last"])
            self.eastern = False
        if surname_of is not None and g.chance(0.6):
            self.last = surname_of.last
            if surname_of.han and self.han:
                self.han = surname_of.han[0] + self.han[1:]
        self.mi = g.c("ABCDEFGHJKLMNPRSTW")
        self.age = g.r.randint(90, 104) if old else g.r.randint(19, 88)
        by = 2026 - self.age - g.r.randint(0, 1)
        self.dob = (by, g.r.randint(1, 12), g.r.randint(1, 28))
        self.kid_dob = (g.c([2019, 2021, 2023, 2024, 2025]), g.r.randint(1, 12), g.r.randint(1, 28))
        self.cellp = g.phone_parts()
        self.homep = g.phone_parts()
        # email
        f = re.sub(r"[^a-z]", "", fold(self.first).lower())
        l = re.sub(r"[^a-z]", "", fold(self.last).lower())
        dom = g.c(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "outlook.com", "icloud.com",
                   "aol.com", "verizon.net", "protonmail.com"])
        self.email_local = g.c(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, self.dob[0] % 100), "%s%s" % (l, f),
                                "%s_%s" % (f, l), "%s.%s%d" % (f, l[0], g.r.randint(1, 99)),
                                "%s%s" % (f, g.c(["mom", "nana", "77", "1985", "xo", "_boston", "lowell"])),
                                "%s.%s" % (f[0], l)])
        self.email_dom = dom
        # address
        town, st, zips = g.c(TOWNS)
        self.town, self.state, self.zip = town, st, g.c(zips)
        self.zip4 = "%s-%04d" % (self.zip, g.r.randint(1, 9999))
        self.streetno = str(g.r.randint(2, 999))
        if g.chance(0.15):
            self.streetno += g.c(["A", "B"])
        self.street = g.c(STREETS)
        self.unit = g.c(UNITS) if g.chance(0.35) else None
        self.pobox = str(g.r.randint(11, 9999))
        self.maiden_last = g.c(ORIGINS[g.c(["anglo", "es", "irish", "slav", "aa", "jewish", "euro"])]["last"])
        if self.first in NICKS:
            self.nick = g.c(NICKS[self.first])
        else:
            self.nick = g.c(GENERIC_NICKS)
        self.handle = g.c(["%s.%s" % (f, l[:1]), "%s%s" % (f[0], l), f, "%s.%s" % (f, l)])

    # renderings -------------------------------------------------------------
    def full(self):
        if self.origin == "zh" and self.eastern:
            return "%s %s" % (self.last, self.first)
        return "%s %s" % (self.first, self.last)

    def fml(self):
        return "%s %s. %s" % (self.first, self.mi, self.last)

    def inv(self):
        return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mi)

    def invc(self):
        return "%s, %s" % (self.last, self.first)

    def hl7(self):
        return "%s^%s^%s" % (self.last.upper(), self.first.upper(), self.mi)

    def missp(self):
        f = self.first
        if len(f) >= 4:
            i = self.g.r.randint(1, len(f) - 3)
            f = f[:i] + f[i + 1] + f[i] + f[i + 2:]
        else:
            f = f + f[-1]
        return "%s %s" % (f, self.last)

    def email(self):
        return "%s@%s" % (self.email_local, self.email_dom)

    def emailx(self, tags):
        tags.add("evasion")
        loc, dom = self.email_local, self.email_dom
        d1, d2 = dom.rsplit(".", 1)
        return self.g.c(["%s [at] %s [dot] %s" % (loc, d1, d2), "%s(at)%s" % (loc, dom),
                         "%s at %s dot %s" % (loc, d1, d2), "%s @ %s" % (loc, dom),
                         "%s＠%s" % (loc, dom), "%s [@] %s" % (loc, dom), "%s AT %s DOT %s" % (loc, d1.upper(), d2.upper())])

    def addr(self, tags):
        st = self.street
        if self.g.chance(0.3):
            head, _, suf = st.rpartition(" ")
            if suf in STREETS_LONG:
                st = head + " " + STREETS_LONG[suf]
        line1 = "%s %s" % (self.streetno, st) + ((" " + self.unit) if self.unit else "")
        z = self.zip4 if self.g.chance(0.25) else self.zip
        style = self.g.c(["a", "a", "b", "c", "d", "e"])
        if style == "a":
            return "%s, %s %s %s" % (line1, self.town, self.state, z)
        if style == "b":
            return "%s, %s, %s %s" % (line1, self.town, self.state, z)
        if style == "c":
            return ("%s %s %s %s" % (line1, self.town, self.state, z)).upper()
        if style == "d":
            return "%s, %s, %s %s" % (line1, self.town, {"MA": "Massachusetts", "NH": "New Hampshire"}[self.state], z)
        tags.add("multiline")
        return "%s\n%s, %s %s" % (line1, self.town, self.state, z)

    def street_only(self):
        return "%s %s" % (self.streetno, self.street) + ((" " + self.unit) if self.unit else "")

# ---------------------------------------------------------------------------
# slot resolution
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)?(?:#\d+)?)\}")
PHI_HEADS = set("PQORVW")
STAFF_HEADS = set("STUDEBK")
LANG_SUFFIX = {"es", "vi", "zh", "ar", "ht", "so"}
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number",
            "LICENSE_NUMBER": "license-number", "VEHICLE_ID": "vehicle-id", "DEVICE_ID": "device-id", "URL": "url",
            "IP_ADDRESS": "ip-address", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}


def L(text, protect=False):
    return (text, None, protect, False)


def V(text, typ, biz=False, protect=False):
    return (text, typ, protect, biz)


class Ctx:
    def __init__(self, g, template):
        self.g = g
        self.t = template
        self.people = {}
        self.cache = {}
        self.tags = set()

    def person(self, head):
        if head in self.people:
            return self.people[head]
        g = self.g
        kind, suf = head[0], head[1:]
        gender = None
        if suf and suf[-1] in "MF":
            gender, suf = suf[-1].lower(), suf[:-1]
        origin = suf if suf in LANG_SUFFIX else None
        taken = {q.first for q in self.people.values()} | {q.last for q in self.people.values()}
        for _ in range(50):
            p = self._new_person(g, head, kind, origin, gender)
            if p.first not in taken and p.last not in {q.first for q in self.people.values()}:
                break
        self.people[head] = p
        return p

    def _new_person(self, g, head, kind, origin, gender):
        if kind in PHI_HEADS:
            old = ("{%s.age" % head) in self.t
            rel_of = None
            if kind == "R":
                for k, q in self.people.items():
                    if k[0] == "P" and not q.staff and (origin is None or q.origin == origin):
                        rel_of = q
                        break
            p = Person(g, origin=origin, gender=gender, old=old, surname_of=rel_of)
        else:
            p = Person(g, origin=origin, gender=gender, staff=True)
            p.vendor = kind == "K"
        return p

    # ------------------------------------------------------------------
    def resolve(self, tok):
        key = tok
        if "#" in tok:
            if tok in self.cache:
                return self.cache[tok]
            tok = tok.split("#")[0]
        if "." in tok:
            head, attr = tok.split(".", 1)
            p = self.person(head)
            out = self.person_attr(p, attr, head[0] in PHI_HEADS)
        else:
            out = self.generic(tok)
        if "#" in key:
            self.cache[key] = out
        return out

    def pron(self, p, attr):
        f = p.sex == "f"
        return {"he": "she" if f else "he", "He": "She" if f else "He", "him": "her" if f else "him",
                "his": "her" if f else "his", "His": "Her" if f else "His", "hon": self.g.c(["Ms.", "Mrs."]) if f else "Mr.",
                "hers": "hers" if f else "his", "son": "daughter" if f else "son", "mom": "mom" if f else "dad",
                "parent": "mother" if f else "father",
                "relg": self.g.c(["daughter", "wife", "sister", "mother", "niece", "granddaughter", "aunt"]) if f else
                self.g.c(["son", "husband", "brother", "father", "nephew", "grandson", "uncle"]),
                "sra": "la señora" if f else "el señor", "Sra": "Sra." if f else "Sr."}[attr]

    def person_attr(self, p, a, phi):
        g, tags = self.g, self.tags
        if a in ("he", "He", "him", "his", "His", "hon", "hers", "son", "mom", "sra", "Sra", "parent", "relg"):
            return [L(self.pron(p, a))]
        if not phi:
            tags.add("staff-name")
            if a == "full":
                return [L(p.full())]
            if a == "first":
                return [L(p.first)]
            if a == "last":
                return [L(p.last)]
            if a == "fml":
                return [L(p.fml())]
            if a == "handle":
                return [L("@" + p.handle)]
            if a == "title":
                tags.add("exec-name")
                return [L(g.c(TITLES))]
            if a == "email":
                return [V(g.biz_email(p, vendor=p.vendor), "EMAIL", biz=True)]
            if a == "maillink":
                e = g.biz_email(p)
                tags.add("slack-markup")
                return [L("<mailto:"), V(e, "EMAIL", biz=True), L("|"), V(e, "EMAIL", biz=True), L(">")]
            if a == "phone":
                return [V(g.fmt_phone(p.cellp, tags, evade_p=0.0), "PHONE", biz=True)]
            if a == "phoneext":
                tags.add("ext")
                return [V(g.fmt_phone(p.cellp, tags, evade_p=0.0) + g.c([" ext. ", " x", " ext ", " x.", ",,"]) +
                          str(g.r.randint(10, 9999)), "PHONE", biz=True)]
            if a == "tellink":
                a_, e_, l_ = p.cellp
                tags.add("slack-markup")
                return [L("<tel:"), V("+1%s%s%s" % (a_, e_, l_), "PHONE", biz=True), L("|"),
                        V("%s-%s-%s" % (a_, e_, l_), "PHONE", biz=True), L(">")]
            raise KeyError("staff attr " + a)
        # PHI person
        if a == "full":
            return [V(p.full(), "NAME")]
        if a == "first":
            return [V(p.first, "NAME")]
        if a == "last":
            return [V(p.last, "NAME")]
        if a == "firstlast":
            return [V("%s %s" % (p.first, p.last), "NAME")]
        if a == "nicklast":
            tags.add("nickname")
            return [V("%s %s" % (p.nick, p.last), "NAME")]
        if a == "fml":
            return [V(p.fml(), "NAME")]
        if a == "inv":
            tags.add("inverted-name")
            return [V(p.inv(), "NAME")]
        if a == "invc":
            tags.add("inverted-name")
            return [V(p.invc(), "NAME")]
        if a == "nick":
            tags.add("nickname")
            return [V(p.nick, "NAME")]
        if a == "missp":
            tags.add("typo")
            return [V(p.missp(), "NAME")]
        if a == "maiden":
            return [V(p.maiden_last, "NAME")]
        if a == "hl7":
            return [V(p.hl7(), "NAME")]
        if a == "vn":
            tags.add("diacritics")
            return [V(p.vn, "NAME")]
        if a == "han":
            tags.add("cjk")
            return [V(p.han, "NAME")]
        if a == "arab":
            tags.add("rtl")
            return [V(p.arab, "NAME")]
        if a == "email":
            return [V(p.email(), "EMAIL")]
        if a == "emailx":
            return [V(p.emailx(tags), "EMAIL")]
        if a == "maillink":
            tags.add("slack-markup")
            e = p.email()
            return [L("<mailto:"), V(e, "EMAIL"), L("|"), V(e, "EMAIL"), L(">")]
        if a == "cell":
            return [V(g.fmt_phone(p.cellp, tags), "PHONE")]
        if a == "home":
            return [V(g.fmt_phone(p.homep, tags), "PHONE")]
        if a == "cellx":
            return [V(g.evade("%s-%s-%s" % p.cellp, tags, ("spelled", "spaced", "fullwidth", "zw", "letterO", "nbsp")),
                      "PHONE")]
        if a == "intl":
            lang = p.origin if p.origin in LANG_SUFFIX else "es"
            return [V(g.intl_phone(lang), "PHONE")]
        if a == "tellink":
            a_, e_, l_ = p.cellp
            tags.add("slack-markup")
            return [L("<tel:"), V("+1%s%s%s" % (a_, e_, l_), "PHONE"), L("|"),
                    V(g.c(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a_, e_, l_), "PHONE"), L(">")]
        if a == "dob":
            return [V(g.fmt_full(p.dob, tags), "DATE")]
        if a.startswith("dob_") and a[4:] in LANG_SUFFIX:
            tags.add("date-" + a[4:])
            return [V(g.fmt_lang(p.dob, a[4:]), "DATE")]
        if a == "dob_iso":
            return [V(g.fmt_full(p.dob, tags, "iso"), "DATE")]
        if a == "dob_hl7":
            return [V("%04d%02d%02d" % p.dob, "DATE")]
        if a == "dob_us":
            return [V(g.fmt_full(p.dob, tags, g.c(["mdY", "mdy1", "mdy2"])), "DATE")]
        if a == "dobkid":
            return [V(g.fmt_full(p.kid_dob, tags, g.c(["mdY", "mdy1", "long", "abbr", "iso"])), "DATE")]
        if a == "bday":
            return [V(g.fmt_short(p.dob), "DATE")]
        if a == "byear":
            tags.add("year-only")
            return [L(str(p.dob[0]))]
        if a == "age":
            return [V(str(p.age), "AGE")]
        if a == "agesp":
            tags.add("evasion")
            tags.add("spelled-age")
            return [V(AGE_WORDS[p.age], "AGE")]
        if a == "agesp_es":
            tags.add("evasion")
            return [V(AGE_ES[p.age], "AGE")]
        if a == "yo":
            assert p.age <= 89
            tags.add("age-under-90")
            return [L(str(p.age))]
        if a == "addr":
            return [V(p.addr(tags), "ADDRESS")]
        if a == "street":
            return [V(p.street_only(), "ADDRESS")]
        if a == "town":
            return [V(p.town, "ADDRESS")]
        if a == "zip":
            return [V(p.zip, "ADDRESS")]
        if a == "zip4":
            return [V(p.zip4, "ADDRESS")]
        if a == "pobox":
            return [V(g.c(["PO Box ", "P.O. Box ", "PO BOX ", "po box "]) + p.pobox, "ADDRESS")]
        if a == "poboxfull":
            return [V("%s %s, %s %s %s" % (g.c(["PO Box", "P.O. Box"]), p.pobox, p.town, p.state, p.zip), "ADDRESS")]
        if a == "hl7addr":
            return [V("%s %s^^%s^%s^%s" % (p.streetno, p.street.upper(), p.town.upper(), p.state, p.zip), "ADDRESS")]
        if a == "gfm":
            slug = "-".join(re.sub(r"[^a-z ]", "", fold(p.full()).lower()).split())
            return [V(g.c(["https://www.gofundme.com/f/help-%s-recover" % slug,
                           "https://www.caringbridge.org/site/%s" % slug.replace("-", ""),
                           "https://gofund.me/%s-medical-bills" % slug,
                           "https://www.caringbridge.org/visit/%s%d" % (slug.replace("-", ""), g.r.randint(1, 9))]), "URL")]
        if a == "purl":
            slug = re.sub(r"[^a-z]", "", fold(p.first + p.last).lower())
            return [V(g.c(["https://mychart.northfieldhealth.org/MyChart/Billing/Details?guarantor=%s&acct=%s" % (
                           slug, g.digits(8)),
                           "https://telehealth.northfieldhealth.org/join/%s-%s" % (slug, g.digits(6)),
                           "https://northfieldhealth.org/portal/patient/%s.%s/messages" % (
                               re.sub(r"[^a-z]", "", fold(p.first).lower()), re.sub(r"[^a-z]", "", fold(p.last).lower()))]),
                      "URL")]
        raise KeyError("person attr " + a)

    # ------------------------------------------------------------------
    def generic(self, k):
        g, tags = self.g, self.tags
        # PHI ----------------------------------------------------------
        if k in ("appt", "appt2", "dos", "dos2"):
            if k.endswith("2") and getattr(self, "last_visit", None):
                d0 = datetime.date(*self.last_visit) + datetime.timedelta(days=g.r.randint(1, 75))
                ymd = (d0.year, d0.month, d0.day)
            else:
                ymd = g.ymd_visit()
            self.last_visit = ymd
            if k.startswith("appt"):
                return [V(g.fmt_short(ymd), "DATE")]
            return [V(g.fmt_full(ymd, tags, g.c(["mdY", "mdy1", "mdy1", "mdy2", "iso", "long", "abbr",
                                                 "dmy", "ordinal", "dashy"])), "DATE")]
        m = re.match(r"(appt|dos)_(\w\w)$", k)
        if m:
            tags.add("date-" + m.group(2))
            return [V(g.fmt_lang(g.ymd_visit(), m.group(2), year=(m.group(1) == "dos")), "DATE")]
        if k == "phone":
            return [V(g.fmt_phone(g.phone_parts(), tags), "PHONE")]
        if k == "phonex":
            return [V(g.evade("%s-%s-%s" % g.phone_parts(), tags, ("spelled", "spaced", "fullwidth", "zw", "letterO")),
                      "PHONE")]
        if k == "fax":
            return [V(g.fmt_phone(g.phone_parts(), tags, 0.0), "PHONE", biz=True)]
        if k == "bizphone":
            return [V(g.fmt_phone(g.phone_parts(), tags, 0.0), "PHONE", biz=True)]
        if k == "tollfree":
            return [V(g.c(["1-800-%s-%s", "(888) %s-%s", "866.%s.%s", "1 (877) %s-%s"]) % (g.digits(3), g.digits(4)),
                      "PHONE", biz=True)]
        if k == "bizphoneext":
            tags.add("ext")
            return [V(g.fmt_phone(g.phone_parts(), tags, 0.0) + g.c([" ext. ", " x", " ext ", " x.", " ext"]) +
                      str(g.r.randint(10, 9999)), "PHONE", biz=True)]
        if k == "biztel":
            a_, e_, l_ = g.phone_parts()
            tags.add("slack-markup")
            return [L("<tel:"), V("+1%s%s%s" % (a_, e_, l_), "PHONE", biz=True), L("|"),
                    V("(%s) %s-%s" % (a_, e_, l_), "PHONE", biz=True), L(">")]
        if k == "bizemail":
            return [V(g.biz_email(), "EMAIL", biz=True)]
        if k == "bizmaillink":
            e = g.biz_email()
            tags.add("slack-markup")
            return [L("<mailto:"), V(e, "EMAIL", biz=True), L("|"), V(e, "EMAIL", biz=True), L(">")]
        if k == "ssn":
            return [V(g.ssn(tags), "SSN")]
        if k == "ssnx":
            return [V(g.ssn(tags, evade_p=1.0), "SSN")]
        if k == "ssnl":
            return [L(g.c(["SSN ", "SSN: ", "ss# ", "SS#", "social ", "SSN is ", "soc sec # ", "SSN#: "])),
                    V(g.ssn(tags), "SSN")]
        if k == "mrn":
            return [V(g.mrn(tags), "MRN")]
        if k == "mrnx":
            return [V(g.mrn(tags, evade_p=1.0), "MRN")]
        if k == "mrnl":
            return [L(g.c(["MRN ", "MRN: ", "MRN#", "MR# ", "med rec # ", "chart # ", "mrn ", "Med Rec No. ",
                           "MRN #", "chart#"])), V(g.mrn(tags), "MRN")]
        if k == "hpid":
            return [V(g.hpid(), "HEALTH_PLAN_ID")]
        if k == "mbi":
            return [V(g.mbi(), "HEALTH_PLAN_ID")]
        if k == "mcaid":
            return [V(g.mcaid(), "HEALTH_PLAN_ID")]
        if k == "har":
            return [V(g.har(), "ACCOUNT_NUMBER")]
        if k == "acct":
            return [V(g.acct(), "ACCOUNT_NUMBER")]
        if k == "bank":
            return [V(g.bank(), "ACCOUNT_NUMBER")]
        if k == "dl":
            return [V(g.dl(), "LICENSE_NUMBER")]
        if k == "dea":
            return [V(g.dea(), "LICENSE_NUMBER")]
        if k == "lic":
            return [V(g.lic(), "LICENSE_NUMBER")]
        if k == "vin":
            return [V(g.vin(), "VEHICLE_ID")]
        if k == "plate":
            return [V(g.plate(), "VEHICLE_ID")]
        if k == "dev":
            return [V(g.dev(), "DEVICE_ID")]
        if k == "udi":
            return [V(g.udi(), "DEVICE_ID")]
        if k == "purl":
            return [V(g.c(["https://mychart.northfieldhealth.org/MyChart/Visits/VisitDetails?csn=%s&pat=%s" % (
                               g.digits(9), g.digits(7)),
                           "https://telehealth.northfieldhealth.org/join?visit=V%s&patient=%s" % (g.digits(8), g.digits(7)),
                           "https://nfh.health/v/%s?pid=%s" % (g.digits(6), g.digits(8)),
                           "https://mychart.northfieldhealth.org/MyChart/app/telehealth?mrn=%s" % g.digits(9),
                           "https://pay.northfieldhealth.org/guest?acct=%s&zip=%s" % (g.digits(10), g.c(TOWNS)[2][0])]),
                      "URL")]
        if k == "ip":
            return [V(g.ip(), "IP_ADDRESS")]
        if k == "cc":
            return [V(g.cc(tags), "CREDIT_CARD")]
        if k == "ccx":
            return [V(g.cc(tags, evade_p=1.0), "CREDIT_CARD")]
        # non-PHI -------------------------------------------------------
        nonphi = {
            "mtg": ("calendar", g.mtg), "mtg2": ("calendar", g.mtg), "time": (None, g.time), "time2": (None, g.time),
            "room": ("room", lambda: g.c([g.c(["Rm ", "room ", "rm ", "Room "]) + g.c(["412B", "3", "210", "B-14", "1101",
                     "6", "2E-33", "118", "4"]), g.c(["Conf Rm ", "conf room "]) + g.c(["A", "3B", "Merrimack", "210"]),
                     g.c(["7 North", "the Huddle Room", "4 West", "the Board Room", "exam 4", "Pod C"])])),
            "prm": ("room", lambda: g.c(["rm ", "room ", "Rm ", ""]) + g.c(["412B", "7 North 12", "4W-18", "ICU 6",
                    "318", "2E-33", "5102", "B-14"])),
            "bed": ("room", lambda: g.c(["bed ", "Bed ", "bay "]) + g.c(["7", "12", "14A", "3", "B2", "22"])),
            "ticket": ("ticket", g.ticket), "po": ("po", g.po), "invno": ("invoice", g.invno),
            "order": ("order", lambda: g.c(["ORD", "#", "", "ORD-", "# "]) + g.digits(8)),
            "grv": ("ticket", lambda: g.c(["GRV-2026-%04d", "G26-%04d", "PR-%04d"]) % g.r.randint(1, 9999)),
            "callref": ("ticket", lambda: g.c(["ref #", "call ref ", "ref: "]) + g.c(["1-%s" % g.digits(8),
                        "%s%s" % (g.c("ABCDEFGH"), g.digits(9))])),
            "ver": ("version", g.ver), "ext": ("ext", lambda: g.c(["x", "ext ", "ext. ", "x"]) + str(g.r.randint(2000, 7999))),
            "money": ("money", g.money), "money2": ("money", g.money),
            "n": (None, lambda: str(g.r.randint(2, 60))), "n2": (None, lambda: str(g.r.randint(61, 400))),
            "pct": (None, lambda: "%d.%d%%" % (g.r.randint(1, 40), g.r.randint(0, 9))),
            "pct2": (None, lambda: "%d%%" % g.r.randint(1, 40)),
            "cpt": ("cpt", lambda: g.c(CPT)), "cpt2": ("cpt", lambda: g.c(CPT)),
            "icd": ("icd", lambda: g.c(ICD)), "icd2": ("icd", lambda: g.c(ICD)),
            "npi": ("npi", g.npi), "zoomid": ("zoom", g.zoomid),
            "zoomurl": ("zoom", lambda: "https://northfieldhealth.zoom.us/j/%d%s" % (g.r.randint(810, 989), g.digits(8))),
            "intra": ("intranet-url", lambda: g.c(["https://intranet.northfieldhealth.org/access/%s" % g.c(
                      ["scheduling-manual", "reg-policies/ADM-114", "interpreter-request", "fa-policy.pdf"]),
                      "http://sharepoint/sites/PatientAccess/Shared%20Documents/" + g.c(["Templates", "QA", "Payer%20Grid"]),
                      "https://nfh.sharepoint.com/sites/contactcenter/SitePages/%s.aspx" % g.c(["Home", "Scripts", "Huddle"])])),
            "pubpage": ("public-url", lambda: g.c(["https://www.mass.gov/masshealth", "https://www.medicare.gov/basics",
                        "https://www.cms.gov/nosurprises", "https://www.northfieldhealth.org/financial-assistance",
                        "https://www.healthcare.gov/", "https://www.northfieldhealth.org/locations/lowell"])),
            "faddr": ("facility-address", g.faddr),
            "fzip": ("zip-like", lambda: g.c(FACILITIES)[3]),
            "site": (None, lambda: g.c(SITES)), "site2": (None, lambda: g.c(SITES)),
            "fac": (None, lambda: g.c(FAC_NAMES)), "dept": (None, lambda: g.c(DEPTS)),
            "group": ("group-number", lambda: g.c(["GRP ", "group ", "Grp# ", "group # "]) + g.c([g.digits(6),
                      "0" + g.digits(7), "%s%s" % (g.c("ABCKLMX"), g.digits(5))])),
            "payer": (None, lambda: g.c(PAYERS)), "payer2": (None, lambda: g.c(PAYERS)),
            "dose": ("dose", lambda: g.c(DOSES)),
            "agg": ("age-aggregate", lambda: g.c(["%d pts over 90" % g.r.randint(2, 40), "patients 90+",
                    "%d callers aged 90 and up" % g.r.randint(2, 30), "the 90+ cohort",
                    "everyone over 89", "members 95 and older"])),
            "yo": ("age-under-90", lambda: str(g.r.randint(18, 89))),
            "last4": ("last4", lambda: g.digits(4)),
            "exp": ("card-expiry", lambda: g.c(["%02d/%02d" % (g.r.randint(1, 12), g.r.randint(26, 31)),
                    "%d/%d" % (g.r.randint(1, 12), g.r.randint(2026, 2031))])),
            "asset": ("asset-tag", lambda: g.c(["AT-%06d", "NFH-%05d", "IT%06d"]) % g.r.randint(1, 99999)),
            "year": ("year-only", lambda: str(g.r.randint(1950, 2024))),
            "dur": ("duration", lambda: g.c(["90-day", "30 days", "6 weeks", "120-day", "72 hours", "10 business days"])),
            "eff": ("policy-date", lambda: g.c(["7/1/2026", "July 1", "1/1/2027", "10/1", "Jan 1, 2027",
                    "2026-07-01"])),
            "termdate": ("policy-date", lambda: g.c(["12/31/2025", "6/30/2026", "01/31/2026", "Mar 31 2026",
                         "2026-09-30"])),
            "fq": ("fiscal-period", lambda: g.c(["Q3", "Q4", "FY2027", "FY26", "Q1 FY27", "H2", "the fiscal year"])),
            "month": (None, lambda: g.c(MONTHS[1:])),
            "pub": ("public-figure", lambda: g.c(PUBLIC)), "donor": ("donor", lambda: g.c(DONORS)),
            "vendor": ("vendor", lambda: g.c(VENDORS)),
            "mention": ("slack-markup", lambda: "<@U0%s>" % "".join(g.c("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                                                     for _ in range(8))),
            "mention2": ("slack-markup", lambda: "<@U0%s>" % "".join(g.c("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                                                      for _ in range(8))),
            "lang": (None, lambda: g.c(LANGS)), "rel": (None, lambda: g.c(REL)),
            "costc": ("cost-center", lambda: "CC %d-%d" % (g.r.randint(1000, 9999), g.r.randint(1000, 9999))),
            "bin": ("ticket", lambda: "%06d" % g.r.randint(0, 999999)),
            "emoji": ("emoji", lambda: g.c(EMOJI)),
            "wkday": (None, lambda: g.c(WEEKDAYS)),
            "interpid": ("vendor", lambda: g.c(["ID ", "interpreter #", "ID# "]) + str(g.r.randint(10000, 99999))),
            "mins": (None, lambda: "%d:%02d" % (g.r.randint(1, 25), g.r.randint(0, 59))),
            "contract": ("ticket", lambda: "CTR-%d-%03d" % (g.r.randint(2024, 2026), g.r.randint(1, 999))),
            "printjob": ("ticket", lambda: "job %d" % g.r.randint(1000, 99999)),
        }
        if k in nonphi:
            tag, fn = nonphi[k]
            if tag:
                tags.add(tag)
            protect = k in ("mention", "mention2", "zoomurl", "intra", "pubpage")
            return [L(fn(), protect)]
        raise KeyError("slot " + k)

# ---------------------------------------------------------------------------
# frames: (tags, template).  PHI persons: P Q O R V W (+es/vi/zh/ar/ht/so);
# staff persons: S T U D E B K.  Anything in {} is a slot; see Ctx.
# ---------------------------------------------------------------------------
PHI_FRAMES = []
CLEAN_FRAMES = []


def phi(tags, t):
    PHI_FRAMES.append((tags, t))


def clean(tags, t):
    CLEAN_FRAMES.append((tags, t))


# ===== central scheduling (PHI) ============================================
phi("scheduling callback", "can someone call {P.full} back at {P.cell}? needs to move {P.his} MRI from {appt} to any afternoon next week")
phi("scheduling structured", "Reschedule request\nPatient: {P.inv}\nDOB: {P.dob}\n{mrnl}\nCurrent appt: {dos} {time} w/ Dr. {D.last}\nReason: transportation fell through")
phi("scheduling no-show", "{P.firstlast} no-showed again today ({appt}), that's 3 this year. do we dismiss per policy or call first?")
phi("scheduling", "pt wants the earliest derm slot. {P.full}, dob {P.dob}, cb {P.cell}")
phi("scheduling nurse-line", "fyi {P.hon} {P.last} called twice about the {appt} colonoscopy prep, I told {P.him} the nurse line would call back")
phi("scheduling forwarded email", "> From: {P.email}\n> Subject: appointment\n> I need to cancel my appointment on {dos}. Thank you, {P.full}\n\ncan someone on the cancel queue grab this")
phi("scheduling double-booked", "{S.handle} double booked: {P.full} and {Q.full} both in the {time} slot on {appt} with Dr. {D.last}. who moves?")
phi("scheduling waitlist", "waitlist add: {P.fml} | {mrnl} | wants first avail {dept} | ok to text {P.cell}")
phi("scheduling escalation", "*Urgent reschedule*: {P.full} (MRN `{mrn}`) has a conflict with {P.his} chemo on {appt}, can infusion take {P.him} the day after?")
phi("scheduling recall", "recall list item: {P.invc}, overdue f/u, was due {appt}. last seen {dos}.")
phi("scheduling registration", "can't find {P.firstlast} in cadence, tried dob {P.dob} and phone {P.cell}. maybe registered under maiden name {P.maiden}?")
phi("scheduling confirmation", "booked {P.full} for {dos} at {time}, {site} site, confirmation sent to {P.email}")
phi("scheduling cpt", "pls confirm: {P.inv} {P.dob} / {cpt} scheduled {appt}")
phi("scheduling preference", "Patient {P.full} requesting female provider only for {P.his} {dos} visit. Flagged in appt notes.")
phi("scheduling age", "the {time} tomorrow is {P.full}, {P.he}'s {P.age} so pls book the accessible room and allow extra time")
phi("scheduling transport age", "{P.firstlast} ({P.age} y/o) needs transport for the {appt} cardiology visit, ride through MassHealth PT-1 arranged?")
phi("scheduling bullets", "Scheduling note from overnight:\n• {P.full}\n• DOB {P.dob}\n• callback {P.cell}\n• wants to switch PCP from Dr. {D.last} to Dr. {T.last}")
phi("scheduling chatty", "ok so {P.first} (the one with the walker, {P.last}) is asking if we can do {P.his} bloodwork + {dept} on the same day, {appt} works for {P.him}")
phi("scheduling lowercase", "moved {P.firstlast} from {appt} to {appt2}, pt aware")
phi("scheduling multiple", "three reschedules from the {site} closure:\n1. {P.full} {appt}\n2. {Q.full} {appt2}\n3. {O.full}, no answer at {O.cell}")
phi("scheduling guardian", "{R.full} called to book for {R.his} {P.son} {P.first}, DOB {P.dobkid}. first visit, no insurance card yet")
phi("scheduling question", "is {P.full} supposed to be seen fasting on {appt}? order says {cpt} but no instructions")
phi("scheduling reply", "> can anyone take a new pt for {dept}?\nyes, put {P.full} in my 2:40 on {appt}. dob {P.dob_us}")
phi("scheduling cancel", "CANCEL {P.inv} {dos} {time} Dr {D.last}, pt in hospital")
phi("scheduling interpreter", "{P.full} needs a {lang} interpreter for the {appt} visit, please add to the request log")
phi("scheduling voicemail", "vm from {P.full}, {P.cell}, says nobody called {P.him} back about the {dept} referral")
phi("scheduling referral", "referral for {P.full} ({mrnl}) from Dr. {D.last} expired. new one needed before {appt}")
phi("scheduling telehealth url", "{P.full} can't get into the video visit, link was {purl}")
phi("scheduling emoji", "{P.firstlast} showed up a day early for {P.his} {appt} appt 😂 we fit {P.him} in")
phi("scheduling key-value", "name: {P.full}\nphone: {P.cell}\npref: mornings, no Mondays\nvisit: {dept} new patient\nnotes: {R.son} {R.first} will drive")

# ===== registration (PHI) ==================================================
phi("registration ssn", "Registration fix: pt {P.full} was registered with SSN {ssn} but card shows {ssn}. which one is right?")
phi("registration structured", "new pt reg\nname: {P.full}\ndob: {P.dob}\naddr: {P.addr}\nphone: {P.cell}\nemail: {P.email}\n{ssnl}")
phi("registration duplicate ticket", "duplicate MRN alert: {mrn} and {mrn} both look like {P.fml}, born {P.dob}. HIM ticket {ticket}")
phi("registration address guarantor", "pt updated address to {P.addr}, pls update guarantor too ({R.full}, acct {acct})")
phi("registration address", "{P.full} moved, now lives in {P.town}. old address {Q.street} bounced the statement")
phi("registration license", "copy of DL on file for {P.full}: {dl}. exp date is smudged")
phi("registration license ssn-topic", "is it ok that {P.firstlast} gave us {P.his} license # {dl} instead of a SSN? says {P.he} doesn't have one")
phi("registration emergency-contact", "emergency contact for {P.full}: {R.full} ({R.relg}) {R.cell}")
phi("registration guardian", "ED registration missed the guardian. {P.firstlast} is a minor, guardian is {R.full} per court paperwork, cell {R.cell}")
phi("registration merge last4", "merge request: {P.inv} MRN {mrn} -> {mrn}. ssn on both ends in {last4}")
phi("registration misspelt", "Pt says name is spelled {P.full} not {P.missp}, pls fix the banner")
phi("registration nickname", "pt's preferred name is {P.nick} (legal: {P.full}). pls update banner")
phi("registration zip", "new patient packet returned by {P.full}. zip on the form is {P.zip} but insurance has a different one")
phi("registration poa", "POA on file for {P.full} is {R.full}, scanned doc is in the media tab")
phi("registration vehicle", "security asked who owns the grey Civic, plate {plate}. reg desk says it's {P.full}, here for dialysis")
phi("registration kiosk", "kiosk flagged {P.full} as possible duplicate of {Q.full} ({mrnl}), same DOB {P.dob}")
phi("registration pobox", "{P.full} is staying at the shelter, uses {P.pobox} for mail")
phi("registration hl7", "HL7 PID from the interface error queue:\n`PID|1||{mrn}^^^NFH^MR||{P.hl7}||{P.dob_hl7}|||{P.hl7addr}`")
phi("registration json", "kiosk log: {\"name\":\"{P.full}\",\"dob\":\"{P.dob_iso}\",\"zip\":\"{P.zip}\",\"status\":\"MATCH_FAIL\"}")
phi("registration csv", "csv row that broke the import:\n{mrn};{P.last};{P.first};{P.dob};{P.zip}")
phi("registration multiline address", "mailing addr for {P.full}:\n{P.addr}\n(not the {site} clinic address, that's on the old form)")
phi("registration evasion", "{P.full} dob {P.dob} ssn {ssnx}")
phi("registration photo-id", "photo on the ID doesn't look like the pt. name on ID {P.full}, DL {dl}. supervisor?")
phi("registration ethnicity", "{P.full} asked why we need race/ethnicity, I explained. {P.he}'s fine now, reg complete {emoji}")
phi("registration town", "pt {P.last} says {P.he} lives in {P.town} now, not at the address on file. updating")
phi("registration street-town", "ambulette couldn't find {P.full}. pt lives at {P.street} off Route 110 in {P.town}")
phi("registration maiden", "{P.firstlast} (formerly {P.maiden}) has two charts, pls merge")

# ===== insurance verification (PHI) ========================================
phi("insurance eligibility group", "elig check failed for {P.full}, member ID {hpid}, {payer}. {group} looks fine")
phi("insurance medicare", "MBI for {P.full} is {mbi}, Medicare A/B active. secondary {payer}")
phi("insurance medicaid", "can someone verify {P.firstlast}'s MassHealth? ID {mcaid}, DOB {P.dob}")
phi("insurance structured card", "Insurance card front:\nMember: {P.inv}\nMember ID: {hpid}\n{group}\nRx BIN 610014\nPCP: Dr. {D.last}")
phi("insurance dependent policy-date", "sub ID {hpid} belongs to the dad ({R.full}), patient is dependent {P.first}. coverage termed {termdate}")
phi("insurance auth cpt", "auth needed for {cpt} for {P.full} (member {hpid}) before {appt}")
phi("insurance payer-call", "payer rep said {P.last}'s policy # is {hpid}, not the one on the card. {callref}")
phi("insurance medicaid pending", "MassHealth pending for {P.full}, app # is, sorry, actual ID {mcaid} just came through")
phi("insurance update policy-date", "ins updated: {P.full} / {payer} / {hpid} / eff {eff}")
phi("insurance rte", "RTE response {P.inv} {P.dob}: ACTIVE COVERAGE, subscriber {hpid}")
phi("insurance mbi-typo", "mbi typed wrong on the {appt} claim for {P.full}: we sent {mbi} should be {mbi}")
phi("insurance coordination", "COB issue: {P.full} has {payer} AND {payer2}. member IDs {hpid} / {hpid}. who's primary?")
phi("insurance secondary", "spoke w/ {P.his} spouse {R.full}, {R.he}'s the subscriber, ID {hpid}, {R.his} DOB {R.dob}")
phi("insurance lowercase", "ins card pic for {P.first} uploaded, member id {hpid} {group}")
phi("insurance medicare-advantage", "{P.full} switched to Humana MA on {eff} but we billed traditional Medicare, MBI {mbi}")
phi("insurance self-pay age", "{P.full}, {P.age}, no secondary, Medicare only. ID {mbi}")
phi("insurance vip", "VIP heads up: {P.full} (related to the former mayor) checking in {appt}. {payer} member {hpid}, verified")
phi("insurance denial", "denial on {P.last}'s {dos} visit: {icd} not covered for {cpt}. member {hpid}")
phi("insurance ssn-lookup", "payer can only find {P.first} by SSN. gave them {ssn}, found {P.him}")

# ===== financial counselling (PHI) =========================================
phi("financial payment-plan", "payment plan set up for {P.full}: $85/mo starting next month, guarantor acct {acct}")
phi("financial credit-card card-expiry", "{P.full} paid over the phone, card {cc} exp {exp}. pls don't paste card numbers here next time 🙃")
phi("financial charity-care bank", "charity care app for {P.full}: bank stmt shows acct {bank}, income under 250% FPL")
phi("financial collections", "HAR {har} for {P.full} ({dos} ED visit) went to collections by mistake")
phi("financial itemized", "guarantor {R.full} wants itemized bill for {P.first}'s stay {dos} to {dos2}")
phi("financial age", "financial counseling referral: {P.full}, {P.age} y/o, self-pay, est. balance {money}")
phi("financial poa", "pt's {R.son} {R.full} called re balance on acct {acct}. {R.he}'s POA. verified w/ dob {P.dob}")
phi("financial refund address", "refund check for {P.full} returned, mailing addr on file {P.addr}")
phi("financial autopay last4", "Autopay failed for {P.full} (acct {acct}), card ending {last4} declined")
phi("financial callback money", "called {P.full} at {P.cell} to discuss the {money} balance, left VM")
phi("financial estimate email", "pls send the price estimate for {cpt} to {P.email}, pt is {P.full}")
phi("financial ach", "ACH form from {P.full}: acct # {bank}. do we store that in the vault or in the note?")
phi("financial corporate-card", "corporate card {cc} got charged for {P.last}'s cab voucher, can finance reverse it?")
phi("financial discount", "Self-pay discount approved for {P.full}. HAR {har}, balance {money} -> {money2}")
phi("financial hsa", "pt paying w/ HSA card {cc}, wants receipt to {P.email}")
phi("financial statement", "statement for {P.full} went to {P.addr} but {P.he} moved to {Q.town} in the spring")
phi("financial guarantor structured", "Guarantor change\n- patient: {P.full}\n- new guarantor: {R.full} ({R.relg})\n- guarantor acct: {acct}\n- phone: {R.cell}")
phi("financial bankruptcy", "{P.full} filed ch. 7, attorney letter says stop collection on HAR {har} and {har}")
phi("financial fa-portal url", "{P.full} says the pay link doesn't work: {purl}")
phi("financial pricing", "quoted {P.full} {money} for the {cpt} self-pay. {P.he} wants it in writing at {P.email}")
phi("financial vm spelled", "vm transcription: \"hi it's {P.full}, my account number is {acct}, call me at {P.cellx}\"")
phi("financial ccx evasion", "ugh pt texted card as {ccx} to the pay line. who purges that?")
phi("financial typo", "{P.full} disputing the facilty fee from {dos}, says nobody told {P.him}")

# ===== interpreter services / multilingual (PHI) ===========================
phi("interpreter spanish multilingual", "Necesito intérprete para {Pes.full}, fecha de nacimiento {Pes.dob_es}. Cita el {appt_es}.")
phi("interpreter vietnamese multilingual", "interpreter needed, Vietnamese: {Pvi.full} ({Pvi.vn}) {dos} 2pm, cb {Pvi.cell}")
phi("interpreter arabic multilingual", "family of {Par.full} ({Par.arab}) asking for an Arabic interpreter at bedside, {prm}")
phi("interpreter haitian-creole multilingual", "Madanm {RhtF.last} rele, li vle chanje randevou {Pht.first} nan {appt_ht}. nimewo li se {RhtF.cell}")
phi("interpreter somali multilingual", "Bukaanka {PsoM.full} wuxuu u baahan yahay turjubaan Soomaali ah {appt_so}. Aabihiis {RsoM.full} ayaa soo wacay")
phi("interpreter mandarin multilingual", "病人{Pzh.han}，生日{Pzh.dob_zh}，需要普通话翻译。call back {Pzh.cell}")
phi("interpreter spanish mixed multilingual", "la señora {PesF.last} dice que her son {ResM.first} can't come el {appt_es}, pls reprogramar")
phi("interpreter vri", "VRI dropped mid-visit for {P.full}, had to use phone interpreter ({interpid})")
phi("interpreter vietnamese address multilingual", "{Pvi.vn}, sinh ngày {Pvi.dob_vi}, địa chỉ {Pvi.addr}")
phi("interpreter arabic mrn multilingual", "المريض {Par.arab} رقم الملف {mrn}، يحتاج مترجم")
phi("interpreter mandarin multilingual", "mandarin speaker {Pzh.full}, dob {Pzh.dob}, wants to know if 家属 {Rzh.han} can be on the call")
phi("interpreter somali address", "Somali interpreter for {Pso.full} confirmed. address for the home visit: {Pso.addr}")
phi("interpreter spanish age multilingual", "la hija {ResF.full} está interpretando pero el paciente tiene {Pes.age} años, pls get a certified interpreter")
phi("interpreter haitian-creole multilingual", "pasyan an se {Pht.full}, dat nesans {Pht.dob_ht}, li pa pale angle")
phi("interpreter spanish family", "pt {Pes.full} prefers español, {Res.son} {Res.first} speaks English, {Res.his} cell {Res.cell}")
phi("interpreter intl-phone", "{Pht.full}'s sister in Port-au-Prince is the contact: {Pht.intl}")
phi("interpreter somali intl-phone multilingual", "Hooyada {Pso.full} waxay joogtaa Muqdisho, numberkeeda {Pso.intl}")
phi("interpreter vietnamese", "{Pvi.vn} ({Pvi.full} on the banner) needs vi interpreter for {appt_vi}, daughter {RviF.first} can't make it")
phi("interpreter spanish spelled-age multilingual", "Sra. {PesF.last} tiene {PesF.agesp_es} años y vive sola en {PesF.town}")
phi("interpreter arabic multilingual", "موعد {Par.arab} يوم {appt_ar}، please confirm interpreter")
phi("interpreter mandarin date multilingual", "{Pzh.han} 的预约改到 {appt_zh}，phone {Pzh.cell}")
phi("interpreter asl", "reminder that {P.full} is Deaf, ASL interpreter for {appt} booked? 🤟")
phi("interpreter cancel", "cancel the Somali interp for {Pso.full} on {appt}, visit moved")
phi("interpreter spanish email multilingual", "la paciente {PesF.full} pide que le manden los papeles a {Pes.email}")
phi("interpreter haitian-creole multilingual", "Mesye {PhtM.last} di li pap ka vini {appt_ht}. pitit fi li {Rht.full} ap rele")
phi("interpreter language-line", "LanguageLine call for {P.full}, {P.cell}, {lang}, {mins} minutes")

# ===== nurse advice line (PHI) =============================================
phi("nurse-line structured", "NAL call: {P.full} {P.dob}, cough x3d, dispo: UC within 24h. cb {P.cell}")
phi("nurse-line escalation age", "advice line escalation: caller {R.full} re: {R.his} {P.parent} {P.full}, {P.age}, fell {appt}, on apixaban")
phi("nurse-line device", "pt {P.firstlast} says pump alarm keeps going off, serial {dev}. told {P.him} to call Tandem too")
phi("nurse-line device", "CGM won't pair for {P.full}, transmitter SN {dev}. dob {P.dob}")
phi("nurse-line device", "Pacemaker remote transmission missed for {P.inv} (device {dev}) since {appt}")
phi("nurse-line code-block", "Nurse line triage\n```\nPt: {P.full}\nDOB: {P.dob}\nCC: chest tightness\nDispo: 911\n```")
phi("nurse-line device", "hearing aid for {P.full} left in exam rm 4, serial {dev}, pls call {P.him} at {P.cell}")
phi("nurse-line dose", "{P.full} asked if {P.he} can take {dose} with lisinopril. cb {P.cell}")
phi("nurse-line list", "RN callback list\n1. {P.full}: {P.cell}\n2. {Q.full}: {Q.cell}\n3. {O.full}: {O.home}")
phi("nurse-line pediatric", "{R.mom} {R.full} calling about baby {P.first}, DOB {P.dobkid}, fever 100.8")
phi("nurse-line udi", "UDI from the implant card: {udi}, pt {P.full}, MRI safety check pending")
phi("nurse-line fall", "{P.full} fell at home on {dos}, daughter found {P.him}. now asking for a PCP visit")
phi("nurse-line follow-up", "f/u call due {appt} for {P.full} ({mrnl}), s/p ED visit")
phi("nurse-line chatty", "ok this is sweet, {P.firstlast} called the nurse line just to say thank you to {S.first} 🥹")
phi("nurse-line lowercase", "pt {P.full} says the pharmacy gave {P.him} {dose} instead, cb {P.cell}")
phi("nurse-line age", "Caller is {P.age} and lives alone in {P.town}, wellness check requested")
phi("nurse-line spelled-age", "{P.hon} {P.last} is {P.agesp} (!!) and sharp as a tack, just needs a refill")
phi("nurse-line device-implant", "{P.full}'s ICD fired twice, serial {dev}, EP on call notified")
phi("nurse-line hearing-aid", "lost & found: hearing aid, serial {dev}, name label says {P.last}")
phi("nurse-line pregnancy", "{PF.full}, G2P1, EDD {appt}, calling re: cramping")

# ===== complaints / grievances (PHI) =======================================
phi("complaint grievance", "Grievance {grv}: complainant {R.full} ({R.son} of pt {P.full}) says staff were rude at registration on {dos}")
phi("complaint review", "{P.full} left a 1-star review naming Dr. {D.last}. wants a call back at {P.cell}")
phi("complaint forwarded web-form", "complaint via web form:\n> My {P.parent} {P.full} waited 4 hours on {dos}...\n> {R.full}, {R.email}")
phi("complaint escalation", "patient relations: {P.hon} {P.last} threatened to go to the Globe about the bill. acct {acct}")
phi("complaint visitor", "visitor {V.full} was upset parking validation failed when visiting {P.full} in {prm}")
phi("complaint age", "{R.full} says {R.his} {P.parent} {P.full} ({P.age}) was left in the waiting room for 3 hours on {dos}. wants a letter")
phi("complaint address", "letter to complainant {R.full} must go to {R.addr}, not the old address")
phi("complaint deadline", "Grievance acknowledgment letter for {P.full} is due by Friday, {S.first} pls draft")
phi("complaint fall plural", "the {P.last}s are threatening legal re: the {appt} fall. risk is aware")
phi("complaint vip", "VIP: {P.full} (board chair's brother) in ED, pls restrict chart")
phi("complaint privacy", "complaint: {P.full} got someone else's statement in the mail, {Q.full}'s HAR {har} was on it. privacy report filed")
phi("complaint hipaa", "{R.full} is upset we told {R.his} ex about {P.first}'s appt. possible HIPAA complaint")
phi("complaint multiline", "Complaint summary\nWho: {P.full} ({P.cell})\nWhen: {dos}\nWhat: charged twice for {cpt}\nAsk: refund + apology")
phi("complaint social-media", "someone posted on FB that {P.full} died in our ED on {dos}. comms is handling")
phi("complaint lawyer", "attorney for {P.full} requesting records {dos} through {dos2}, letter came certified mail")
phi("complaint chatty emoji", "{P.firstlast} yelled at {S.first} for 20 min about the wait 😤 can I get a supervisor to call {P.him}?")
phi("complaint gofundme", "family posted {P.gfm} and named our ED in it. comms wants to know")
phi("complaint visitor", "security: visitor {V.full} refused to leave {P.last}'s room after hours")

# ===== director -> assistant bot (PHI) =====================================
phi("delegation complaint", "@accessbot draft a reply to {P.full}'s complaint, cc {R.email} and say we'll call by Friday")
phi("delegation records", "{mention} pls pull the last 3 encounters for MRN {mrn} and summarize for me before the 2pm")
phi("delegation letter", "accessbot: send {P.firstlast} a payment plan letter at {P.addr}")
phi("delegation scheduling", "bot, book {P.full} with the first available GI and text {P.him} at {P.cell}. don't put it on my calendar")
phi("delegation auth", "@accessbot what's the status of {P.full}'s prior auth (member {hpid})?")
phi("delegation voicemail", "assistant: summarize the voicemail from {P.full} ({phone}) and forward to patient relations")
phi("delegation reminder", "@accessbot remind me Tuesday to call back {P.hon} {P.last} re grievance {grv}")
phi("delegation redact", "hey bot can u redact this before I forward: {P.full} {ssnl} dob {P.dob}")
phi("delegation task", "@accessbot create a task: verify {P.full}'s MBI {mbi} before the {appt} visit")
phi("delegation apology", "bot pls draft apology to {R.full} ({R.email}), {R.his} {P.parent} {P.full} was double billed")
phi("delegation lookup", "{mention} look up {P.inv} DOB {P.dob} and tell me if there's an open balance")
phi("delegation vip", "@accessbot flag {P.full} as VIP in the scheduling notes, {P.he}'s a friend of the CEO")
phi("delegation mail", "accessbot email {P.maillink} the financial assistance application")
phi("delegation callback", "@accessbot call {P.tellink} at 3 and confirm the {appt} appointment")
phi("delegation summarize", "bot summarize this thread for {E.first}:\n> {P.full} called 4x re: denied claim, HAR {har}")
phi("delegation employee-health", "@accessbot don't schedule {W.full} for the Thursday huddle, {W.he}'s having surgery {dos}")

# ===== employee health / colleague as patient (PHI) ========================
phi("employee-health", "employee health: {W.full} from central scheduling is out for surgery {dos}, back in ~6 wks")
phi("employee-health", "our own {W.first} from registration is in the ED right now, pls nobody look {W.him} up")
phi("employee-health needlestick", "{W.full}'s needlestick from {appt}: employee health needs the source pt MRN {mrn}")
phi("employee-health fmla", "FMLA paperwork for {W.full}, leave starts {dos} for {W.his} knee replacement")
phi("employee-health covid", "{W.firstlast} tested positive {appt}, who sat next to {W.him} at the huddle?")

# ===== credentialing (PHI: licences, business contacts) =====================
phi("credentialing npi license dea", "credentialing: Dr. {D.full} NPI {npi}, MA license {lic}, DEA {dea} expires 2027")
phi("credentialing dea", "DEA # on the script is {dea}, pharmacy says it doesn't match Dr. {D.last}")
phi("credentialing license policy-date", "license {lic} for new hire {S.full} verified on the board site, lapses {termdate}")
phi("credentialing business-contact npi", "pls update provider directory: Dr. {D.full}, NPI {npi}, office phone {bizphone}")
phi("credentialing license", "state board lookup for {S.full} NP: license {lic} active, no discipline")
phi("credentialing dea lowercase", "dea for the new locum is {dea}, npi {npi}")

# ===== business contacts (PHI: conservative types) =========================
phi("business-contact vendor", "vendor rep for the kiosks is {K.full}, {K.email}, {K.phone}")
phi("business-contact", "central scheduling main line is {bizphone}, fax {fax}")
phi("business-contact email", "pls send the payer contract questions to {bizemail}")
phi("business-contact ext", "{S.first}'s direct line changed to {bizphoneext}")
phi("business-contact slack-markup", "Reminder: interpreter services pager moved. New number {biztel}")
phi("business-contact slack-markup", "Email {bizmaillink} for badge access")
phi("business-contact fax", "fax the auth to {fax} attn {S.full}")
phi("business-contact toll-free", "the new price transparency line is {tollfree}, put it in the IVR script")
phi("business-contact staff", "if {T.first} is out, escalations go to {T.full} at {T.maillink}")
phi("business-contact", "payer provider line: {tollfree}, option 3 then 1. have the NPI ready")
phi("business-contact ext", "{E.full} ({E.title}) asked that board questions go through {E.his} EA, {S.phoneext}")

# ===== IT in the contact center (PHI: IP addresses) ========================
phi("it ip version", "the kiosk at {site} registration keeps dropping off, IP {ip}, Imprivata {ver}")
phi("it ip ext", "softphone for {S.first} won't register, desk phone IP {ip}, {ext}")
phi("it ip ticket", "blocked login attempts from {ip} on the patient portal, security ticket {ticket}")
phi("it ip", "printer in fin counseling is at {ip} now if you need to re-add it")
phi("it ip", "Genesys agent {S.handle} shows offline, workstation {ip}, rebooted twice")

# ===== URLs identifying people (PHI) =======================================
phi("url", "{P.full} can't get into the visit, link was {P.purl}")
phi("url", "family set up {P.gfm} for {P.first}, wants us to share updates")
phi("url slack-markup", "portal msg from {P.full}: <{purl}|open in MyChart>")
phi("url", "Telehealth link for tomorrow's {P.last} visit: {purl}")

# ===== vehicles (PHI) ======================================================
phi("vehicle", "{P.full} hit the gate arm in garage B, plate {plate}, facilities wants a report")
phi("vehicle vin", "valet damaged {P.full}'s car, VIN {vin} per the tow company, risk mgmt has the claim")
phi("vehicle handicap", "handicap placard on plate {plate} belongs to {P.full}, ok to let {P.him} park in the ED lot")

# ===== system notifications / forwarded (PHI) ===============================
phi("notification voicemail", "🔔 *New voicemail* from {phone} (0:42)\n_Transcription:_ \"hi this is {P.full} calling about my appointment on {appt}\"")
phi("notification in-basket", "[Epic In Basket] Pt Advice Request from {P.full} ({mrn}): \"can I get my flu shot at the pharmacy\"")
phi("notification cadence", "*Cadence*: Appointment CANCELED | {P.inv} | {dos} {time} | Reason: Patient request")
phi("notification sms", "Twilio SMS bounced: to {P.cell}: \"Reminder: {P.first}, your appt is {appt} at {time}\"")
phi("forwarded email", "---------- Forwarded message ---------\nFrom: {R.full} <{R.email}>\nDate: Mon, Mar 9\nSubject: my {P.parent}\n\nPlease call me about {P.full}'s bill.")
phi("notification workqueue", "Workqueue alert: *Reg Error* SSN missing | {P.inv} | MRN {mrn}")
phi("notification fax", "fax cover: TO {fax}  RE: {P.full} DOB {P.dob}  pages: 4")
phi("notification teams", "Missed call from {phone}, caller ID: {P.inv}")
phi("notification web-form", "New web form submission\nName: {P.full}\nEmail: {P.email}\nPhone: {P.cell}\nMessage: need to reschedule my {appt} visit")
phi("notification portal", ":envelope: MyChart message from {P.full} ({mrnl}) routed to the scheduling pool")
phi("notification records", "ROI request logged: {P.full}, DOB {P.dob}, records {dos} to {dos2}, deliver to {P.email}")

# ===== chatty misc (PHI) ===================================================
phi("chatty emoji", "omg {P.firstlast} just called for the 6th time today 😩 {P.he} wants a supervisor")
phi("chatty age", "our {P.age}-year-old patient {P.full} brought the front desk cookies again 🍪")
phi("chatty interpreter", "anyone speak Somali? {Pso.full} is at the front desk with {Pso.his} son")
phi("chatty records", "{P.full} is asking for copies of {P.his} records from {dos}. send to {P.email}?")
phi("records structured", "records request: {P.full}, DOB {P.dob}, dates of service {dos} through {dos2}, mail to {P.addr}")
phi("chatty ssn escalation", "pt said {P.his} ssn {ssn} out loud in the lobby 🤦 should I file an incident?")
phi("chatty", "{P.first} (the pt w/ the service dog) is back again, {appt} 2pm")
phi("chatty phones", "tried {P.cell} and {P.home}, no answer for {P.full}")
phi("chatty italic", "_per {R.full}_ the pt's new phone is {P.cell}")
phi("referral", "{S.handle} can u check if {P.full} dob {P.dob} has a pending referral to neuro?")
phi("referral icd", "referral from Dr. {D.last} for {P.full} ({mrn}) is missing the dx code, I think it's {icd}")
phi("age date", "birthday alert: {P.full} turns {P.age} on {P.bday} 🎂 can we send a card?")
phi("ed-board age", "ED boarding list:\n- {bed} {P.full} {P.age}\n- hall bed {Q.full}, {Q.yo}")
phi("age address", "{P.full}, {P.age}yo, from {P.town}, transfer to SNF on {dos}")
phi("chatty bold", "*{P.full}* is here for the 3pm but {P.his} ride leaves at 4 :car: can we squeeze {P.him} in earlier?")
phi("code insurance", "`{mrn}`: pls look at this one, reg says no coverage but pt swears {P.he}'s on {payer}")
phi("quote interpreter", "> {P.full} ({P.dob}) requested Spanish interpreter\nok done ✅")
phi("lowercase", "callback for {P.first} at {P.cell} re the {dept} referral thx")
phi("year-only", "{P.full}, born {P.byear}, says {P.he} was seen here in the 90s under {P.maiden}")
phi("ssn spelled", "caller read {P.his} ssn as {ssnx}, typed it into the wrong field, pls scrub")
phi("email evasion", "{P.full}'s email is {P.emailx}, {P.he} doesn't want paper statements")
phi("mrn evasion", "mrn {mrnx} (typed w/ spaces so the bot won't catch it lol)")
phi("phone evasion", "{P.his} number is {phonex} if anyone is calling {P.first} back")
phi("nickname", "{P.full} (goes by {P.nick}) is in the lobby asking for you {S.first}")
phi("nickname", "call {P.nicklast} back, {P.he} said {P.he} only answers to that")
phi("inverted", "{P.inv}\n{P.dob}\n{phone}\nno-show x2")
phi("possessive", "{P.hon} {P.last}'s daughter says the {appt} appt was never booked")
phi("multiple-patients", "pls swap: {P.full} -> {appt}, {Q.full} -> {appt2}. both ok'd by Dr. {D.last}")
phi("minor guardian", "pt is 15, guardian is {R.full}. can we text {R.him} at {R.cell} instead of the pt?")
phi("deceased", "{P.full} passed away {dos}, family asked us to stop reminder calls to {P.home}")
phi("homeless", "{P.full} has no address, we're using the {fac} address for mail. cell {P.cell}")
phi("translation-request spanish", "can someone translate for {Pes.full}? {Pes.he}'s asking 'cuánto debo de la cita del {appt_es}?'")
phi("visitor", "the visitor in the yellow jacket is {V.full}, here for {P.first} in {prm}")
phi("recording", "call recording for {P.full} on {dos} is in Genesys, interaction ID 88213-A, QA pls review")
phi("text-message", "SMS from {P.cell}: \"this is {P.first} can i come at 3 instead\"")
phi("bed-board", "{prm}: {P.invc} ({P.age}) discharge pending, family {R.full} picking up")
phi("credit-card lowercase", "ugh someone typed a full card into the note for {P.last}: {cc}. deleting")

# ===== multilingual / mixed (PHI extras) ===================================
phi("spanish", "Buenos días, habla {ResF.full}, la hija de {PesF.full}. Mi mamá tiene cita el {appt_es} y necesita intérprete.")
phi("vietnamese", "Con gái của bà {PviF.vn} gọi, số điện thoại {RviF.cell}")
phi("mandarin", "{PzhM.full} 先生的 member ID 是 {hpid}, 保险 {payer}")
phi("arabic", "ابن المريض {RarM.arab} اتصل بخصوص الفاتورة، acct {acct}")
phi("haitian-creole", "{Pht.full} bezwen yon entèprèt kreyòl pou {appt_ht}, li rete {Pht.town}")
phi("somali", "{PsoM.full} taariikhda dhalashada {PsoM.dob_so}, wuxuu degan yahay {PsoM.town}")

# ===========================================================================
# CLEAN frames (hard negatives)
# ===========================================================================
# ----- scheduling ops -----
clean("scheduling calendar staff-name", "Huddle moved to {mtg} at {time} in {room}. {S.full} is presenting the no-show data")
clean("scheduling staff-name", "{S.full} is covering the cancel queue until {time}. ping {S.handle} if it backs up")
clean("scheduling calendar clinician", "Dr. {D.last} is out {mtg} through {mtg2}, {n} pts need to be moved. template is in the shared drive")
clean("scheduling calendar", "templates for the {site} clinic open {mtg}, 40-min new pt slots, {n} per day")
clean("scheduling cpt", "who changed the {cpt} visit type build? it's breaking the {site} templates")
clean("scheduling exec-name fiscal", "No-show rate last month was {pct}. {E.full} wants it under 12% by {fq}")
clean("scheduling calendar", "Reminder: {site} site closes at 4 on {mtg} for the fire drill")
clean("scheduling", "pls use visit type 1043 for telehealth new pts, not 1041. 1041 is retired")
clean("scheduling facility-address", "the new clinic is at {faddr}, parking is free in the back lot")
clean("scheduling staff-name", "{S.first} can you send me the template for the {dept} reschedules? thx")
clean("scheduling relative-date", "pt called to cancel, didn't leave a name, said she'll call back tomorrow")
clean("scheduling cpt count", "how many slots do we have for {cpt} this week? {dept} says {n}")
clean("scheduling order", "standing order {order} for the {site} lab needs a new end date, who owns those?")
clean("scheduling duration", "reminder all: {dur} lookback for the no-show policy, not 60")
clean("scheduling staff-name", "can someone cover {wkday} {time} to {time2}? {S.first} has training")
clean("scheduling staff-name ext", "{S.full} ({dept} scheduling) {ext}, {S.he}'s the go-to for template builds")
clean("scheduling key-value staff-name", "Staffing for {mtg}\nOpen: {time}\nLead: {S.full}\nBackup: {T.full}\nQueue: Scheduling ({ext})")
clean("scheduling bullets", "Today's blockers:\n• {site} MRI down until {time}\n• {dept} template locked\n• {n} faxed referrals unindexed")
clean("scheduling clinician", "Dr. {D.full} wants all new {dept} consults in the afternoon starting {mtg}")
clean("scheduling lowercase", "anyone else getting the 'provider not in network' popup on every {dept} booking?")
clean("scheduling count", "{n} reschedules from the snow day still in the queue, {S.first} and {T.first} are on it")
clean("scheduling clinician room", "Dr. {D.last} moved to {room} on the 3rd floor, update the check-in instructions")
clean("scheduling question", "is there a way to see all cancelled {dept} appts for {month} in one report?")
clean("scheduling emoji", "cancel queue is at zero 🎉 first time since {month}")
clean("scheduling ticket", "the 'double-book override' button disappeared after the upgrade, {ticket}")
clean("scheduling reply staff-name", "> who has the Saturday {site} shift?\n{S.first} does, {T.first} is backup")
clean("scheduling year", "the {site} building went up in {year}, which explains the elevators")

# ----- registration ops -----
clean("registration", "reg error rate by site: {site} {pct}, {site2} {pct2}")
clean("registration version calendar", "new ID scanner firmware {ver} is rolling out to registration kiosks on {mtg}")
clean("registration mrn-topic", "MRNs are 9 digits now, if you see an 8-digit one it's legacy Meditech")
clean("registration ssn-topic policy-date", "Do NOT collect full SSN at check-in anymore, policy ADM-114 effective {eff}")
clean("registration facility-address ticket", "the kiosk at {faddr} keeps printing blank wristbands, {ticket}")
clean("registration asset-tag", "asset tag {asset} is the broken card reader in reg bay 3")
clean("registration staff-name calendar", "we're short {n} registrars on {mtg}, {S.first} and {T.first} are out")
clean("registration mrn-topic", "HIM says duplicate MRN merges are backlogged about {n2} deep")
clean("registration calendar staff-name", "training on the new photo ID workflow {mtg} {time}, {room}. {S.full} presenting")
clean("registration fiscal emoji", "registration QA score for {fq} was 94.2%, nice job team 🎉")
clean("registration ssn-topic", "if the SSN field is blank, use 'declined' not 999-xx; the interface rejects it")
clean("registration mrn-topic", "reminder: the MRN is on the wristband AND the face sheet, don't ask the pt for it")
clean("registration zip-like facility-address", "the {site} clinic ZIP is {fzip}, not the one on the old letterhead")
clean("registration count", "{n2} pre-registrations completed yesterday, {n} still pending")
clean("registration staff-name", "shoutout to {S.full} for catching {n} duplicate charts this week 🙌")
clean("registration version", "Cadence {ver} changed the address verification popup, it now uses USPS")
clean("registration policy", "for minors we need the guardian's ID, not the kid's. policy link {intra}")
clean("registration lowercase", "does anyone know if the {site} kiosk takes apple pay yet")

# ----- insurance ops -----
clean("insurance vendor", "{payer} portal is down again, use the IVR. group numbers still work in Availity")
clean("insurance group-number", "{group} is the {payer} employee plan, don't confuse it with the retiree one")
clean("insurance exec-name", "payer mix update: {payer} {pct}, {payer2} {pct2}. deck from {E.full} attached")
clean("insurance mbi-topic", "Medicare MBIs are 11 characters, no dashes needed in the field")
clean("insurance cpt", "auth turnaround for {cpt} with {payer} is now 5 business days")
clean("insurance version", "remember {payer} changed their fax cover requirement, new form in the shared drive ({ver})")
clean("insurance icd cpt count", "denial trend: {icd} w/ {cpt} getting kicked back by {payer}, {n} this month")
clean("insurance time count", "RTE batch ran at {time}, {n} of {n2} came back inactive")
clean("insurance facility-address calendar", "Prior auth team is moving to {faddr} on {mtg}")
clean("insurance npi", "{payer} wants the group NPI {npi} on every auth request, not the individual one")
clean("insurance policy-date", "{payer} contract renews {eff}, rates go up 3.1%")
clean("insurance money", "average denial write-off for {payer} is {money} per claim this year")
clean("insurance structured", "Payer grid update\n- {payer}: auth required for {cpt}\n- {payer2}: no auth, notify only\n- effective {eff}")
clean("insurance lowercase", "is {payer} still requiring referrals for specialist visits or did that stop")
clean("insurance ticket", "eligibility 270/271 errors spiked at {time}, {ticket} opened with Epic")

# ----- financial ops -----
clean("financial count money", "{n} payment plans set up this week, avg ${n2}/mo")
clean("financial policy-date", "charity care threshold is 300% FPL starting {eff}")
clean("financial invoice po money", "invoice {invno} from the lockbox vendor is {money}, {po}. who approves?")
clean("financial last4 policy", "don't take card numbers over Teams. use the IVR pay line. last 4 only in notes")
clean("financial exec-name money fiscal", "{E.full} approved the {money} write-off batch for {fq}")
clean("financial vendor calendar", "statement vendor ({vendor}) says the {mtg} cycle will be late")
clean("financial money cpt", "the estimate tool gives {money} for {cpt} self-pay, is that right?")
clean("financial card-expiry staff-name", "corporate card expires {exp}, {S.first} pls send the new one to AP")
clean("financial fiscal", "bad debt recovery up {pct} vs FY2025")
clean("financial po money", "{po} for the new pay kiosks ({money}) is stuck in approvals")
clean("financial cost-center", "charge the interpreter overtime to {costc}, not the access budget")
clean("financial public-url", "financial assistance app is online now: {pubpage}")
clean("financial money count", "self-pay collections at POS: {money} yesterday across {n} sites")
clean("financial contract", "{contract} with the collections agency ends {eff}, legal is reviewing")
clean("financial staff-name", "{S.full} is our new financial counselor at {site}, starts {mtg} 👋")
clean("financial last4", "if a patient reads you the whole card number, stop them, we only need the last 4")
clean("financial money", "minimum payment plan is $25/mo or 12 months, whichever is shorter")
clean("financial donor", "{donor} grant covers the second financial counselor through {fq}")

# ----- interpreter ops / multilingual -----
clean("interpreter calendar vendor", "Vietnamese interpreter coverage gap {mtg} {time} to {time2}, VRI backup via Cyracom")
clean("interpreter", "Haitian Creole volume up {pct} at {site}, requesting another FTE")
clean("interpreter spanish multilingual staff-name", "¿alguien puede cubrir el turno de español el {mtg}? {S.first} está de vacaciones")
clean("interpreter room", "Somali and Arabic interpreters are on the 3rd floor now, {room}")
clean("interpreter staff-name room", "the Mandarin interpreter ({S.full}) is running 15 min late to {room}")
clean("interpreter mandarin multilingual", "人手不够, we need one more Mandarin interpreter for the {mtg} clinic")
clean("interpreter arabic multilingual", "Arabic translation of the financial assistance letter is done: مساعدة مالية")
clean("interpreter intranet-url version", "Spanish forms {ver} uploaded to the intranet {intra}")
clean("interpreter vietnamese multilingual", "cần thêm thông dịch viên tiếng Việt cho {site} vào {mtg}")
clean("interpreter haitian-creole multilingual", "Kreyòl: nou bezwen yon entèprèt nan {site} {mtg}")
clean("interpreter somali multilingual", "Somali: turjubaan ayaa loo baahan yahay {site} {mtg}")
clean("interpreter count", "{n} interpreter requests unfilled yesterday, mostly {lang}")
clean("interpreter vendor money", "LanguageLine per-minute rate for {lang} went up again, still cheaper than agency")
clean("interpreter policy", "family members should not interpret except in emergencies, per policy IS-07")
clean("interpreter spanish multilingual", "recordatorio: las citas del {mtg} en {site} necesitan intérprete confirmado 48h antes")
clean("interpreter vietnamese multilingual", "bác sĩ {D.last} nói tiếng Việt, có thể khám không cần thông dịch")
clean("interpreter mandarin multilingual", "普通话翻译 {S.first} 今天请假，VRI 备用")
clean("interpreter asl", "ASL interpreters need 72 hours notice for non-urgent visits")
clean("interpreter vendor", "vendor interpreter {interpid} was great today, can we request them again?")

# ----- nurse advice line ops -----
clean("nurse-line", "NAL volume {n2} calls today, ASA 2:14, abandon {pct}")
clean("nurse-line dose", "protocol update: acetaminophen max 3 g/day for adults over 65 on the advice line")
clean("nurse-line age-aggregate", "{agg} needed a warm transfer to geri this week")
clean("nurse-line age-aggregate policy", "per the new policy {agg} get a same-day callback")
clean("age-aggregate", "{pct2} of our panel is over 89, plan the large-print mailers accordingly")
clean("nurse-line version calendar", "Schmitt-Thompson protocols {ver} go live {mtg}")
clean("nurse-line dose", "dose check: {dose} is standard for adults, right?")
clean("nurse-line calendar", "the nurse line phone tree changes on {mtg}: option 3 is now pharmacy")
clean("nurse-line staff-name", "{S.full} RN is charge on the advice line tonight")
clean("nurse-line age-under-90", "had a {yo} y/o caller today who just wanted to talk about her garden 🌷")
clean("nurse-line icd", "most common dispo codes last week: {icd}, {icd2}, and plain old URI")
clean("nurse-line duration", "after-hours callback target is 30 min, we averaged 41")
clean("nurse-line dose", "reminder: we don't give {dose} dosing advice for kids under 2, route to peds")
clean("nurse-line staff-name clinician", "Dr. {D.last} is the on-call physician for the advice line {mtg}")

# ----- complaints / grievance ops -----
clean("complaint count", "{n} grievances opened in {month}, {n} closed within 7 days")
clean("complaint ticket", "grievance {grv} closed, letter sent, no further action")
clean("complaint policy", "CMS wants a written response to grievances within 30 days, we're averaging {n}")
clean("complaint facility-address ticket", "complaint about parking at {faddr} again, facilities {ticket}")
clean("complaint exec-name", "the Globe reporter called about wait times, route to {E.full}")
clean("complaint staff-name emoji", "a caller yelled at {S.first} for 20 min today, {S.he}'s ok but taking a break ☕")
clean("complaint calendar", "patient relations meeting {mtg} {time}. agenda: wait times, interpreter delays, Press Ganey")
clean("complaint public-figure", "someone compared our hold music to a {pub} concert line 😂 not sure it's a complaint")
clean("complaint ticket", "{grv} and {grv} are the same complaint, merge them?")
clean("complaint staff-name", "{S.full} handled a really tough call with grace today, kudos")
clean("complaint fiscal", "top complaint themes {fq}: billing confusion, hold times, parking")
clean("complaint hipaa", "HIPAA reminder: don't confirm whether someone is a patient to callers who aren't on the release")

# ----- director / bot (clean) -----
clean("delegation staff-name", "@accessbot schedule 30 min with {S.full} and {T.full} next week re: staffing")
clean("delegation fiscal", "{mention} pull the call volume report for {fq} and drop it in #access-leaders")
clean("delegation staff-name", "accessbot: draft a note to the team thanking {S.first} for covering the weekend")
clean("delegation calendar", "bot, what's on my calendar {mtg}?")
clean("delegation calendar vendor", "@accessbot book {room} for the payer meeting with {vendor} on {mtg} at {time}")
clean("delegation ticket", "@accessbot summarize {ticket} and tell me who owns it")
clean("delegation po", "assistant pls remind me to approve {po} before {mtg}")
clean("delegation exec-name calendar", "@accessbot reply to {E.full}: yes, we can present the interpreter data at the {mtg} board meeting")
clean("delegation zoom", "bot: join {zoomurl} and take notes, meeting ID {zoomid}")
clean("delegation staff-name", "{mention} draft {S.first}'s annual review, bullets are in my notes")
clean("delegation money", "accessbot what was our POS collections total for {month}? I think ~{money}")
clean("delegation calendar", "@accessbot move my 1:1 with {S.first} to {mtg} {time} and tell {S.him} why")
clean("delegation board", "bot, prep talking points for board member {B.full} on the call center wait times")
clean("delegation lowercase", "accessbot pls decline the {vendor} demo, we already bought it")
clean("delegation intranet-url", "@accessbot add {intra} to the onboarding checklist for new registrars")
clean("delegation donor", "{mention} write a thank-you to {donor} for the interpreter grant")

# ----- exec / public / donor / board -----
clean("exec-name calendar emoji", "{E.full} will visit the {site} call center {mtg}, pls tidy up 😅")
clean("public-figure calendar", "{pub} is touring the {site} campus {mtg}, expect road closures")
clean("donor", "a gift from {donor} funds 2 new financial counselors")
clean("board", "board member {B.full} asked about wait times at the last meeting")
clean("exec-name", "press release: {E.full} named to the state health equity council")
clean("exec-name", "{E.title} {E.full} is joining our huddle tomorrow, be nice 😬")
clean("public-figure", "the line at {site} this morning looked like a {pub} autograph signing")
clean("exec-name fiscal", "{E.full} says no new FTEs until {fq}")

# ----- IT / versions -----
clean("version calendar", "Epic upgrade to {ver} this weekend, Cadence down {time} to {time2}")
clean("version", "softphone {ver} fixes the one-way audio bug")
clean("version ticket", "Genesys queue config {ver} pushed, {ticket}")
clean("intranet-url", "the intranet link for the scheduling manual is {intra}")
clean("zoom", "join {zoomurl}, passcode in the invite")
clean("zoom", "Zoom ID {zoomid}, huddle at {time}")
clean("version asset-tag", "workstation {asset} needs the {ver} Citrix client")
clean("ticket printjob", "the {site} reg printer ate {printjob} again, {ticket}")
clean("version lowercase", "imprivata {ver} broke badge tap on the {site} kiosks")
clean("ticket", "{ticket} (headset shortage) closed, {n} new headsets in the supply room")
clean("code-block version", "```\nqueue: scheduling_main\nversion: {ver}\nagents_logged_in: {n}\n```")

# ----- facility / building / place -----
clean("facility-address year", "the {site} building is from {year} and the wifi shows it")
clean("facility-address", "mail for the PFS team now goes to {faddr}")
clean("facility-address", "patients keep going to {faddr} instead of the new site, can we update the letters?")
clean("place", "traffic on 495 near {site} is terrible, {S.first} will be late")
clean("place", "we're piloting evening hours at {site} and {site2}")

# ----- counts / money / codes -----
clean("count", "{n} calls in queue, longest wait {mins}")
clean("count emoji", "abandon rate hit {pct} at {time} 😬")
clean("cpt icd", "does {cpt} need auth with {payer}? it's for {icd}")
clean("icd", "coding Q: {icd} vs {icd2} for the annual wellness referral?")
clean("age-under-90", "a {yo} y/o caller asked if Medicare covers the shingles shot, told her yes w/ Part D")
clean("age-aggregate", "{agg} on the panel, make sure the mailers are large print")
clean("hipaa", "reminder: never paste SSNs, MRNs or DOBs in this channel. use secure chat")
clean("calendar hipaa", "The HIPAA training deadline is {mtg}")
clean("npi", "new NPI for the {site} group is {npi}, update the claim template")
clean("group-number", "{group} is the union plan, they always need a referral")
clean("money zip-like", "the {site} clinic did {n2} visits and {money} in POS last month")
clean("year-only", "patients born before {year} get the Medicare script by default")
clean("dose lowercase", "is it {dose} or did the protocol change?")
clean("duration", "{dur} notice for interpreter cancellations or we get billed")
clean("quote", "> Our call center answered {n2} calls in {n} hours\nthat can't be right")
clean("forwarded", "> From: {S.full}\n> Subject: {fq} volumes\n> see attached, let me know if the {site} numbers look off\n\nthey do look off")
clean("notification ticket", "🔔 *{ticket}* assigned to {S.full}: kiosk printer jam at {site}")
clean("notification", ":calendar: Reminder: Access Leadership {mtg} {time}, {room}")


# ===========================================================================
# assembly, light noise, verification
# ===========================================================================
TYPO_SKIP = {"mailto", "https", "http", "accessbot", "mychart", "cadence", "northfieldhealth"}
EMOJI_RE = re.compile("[\u2600-\u27bf\U0001F300-\U0001FAFF]|:[a-z_]+:")
MARKUP_RE = re.compile(r"(<@U|<mailto:|<tel:|<https?://|\*[^\s*][^*\n]*\*|(^|\s)_[^_\n]+_|`|^> |^• |^- |^\d\. )", re.M)
SANITY = [re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}"),
          re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])"),
          re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),
          re.compile(r"(?<!\d)\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)"),
          re.compile(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?!\d)")]


def assemble(g, frame):
    tags_s, t = frame
    ctx = Ctx(g, t)
    pieces, pos = [], 0
    for m in SLOT_RE.finditer(t):
        if m.start() > pos:
            pieces.append(L(t[pos:m.start()]))
        pieces.extend(ctx.resolve(m.group(1)))
        pos = m.end()
    if pos < len(t):
        pieces.append(L(t[pos:]))
    return pieces, ctx.tags


def add_noise(g, pieces, tags):
    text = "".join(p[0] for p in pieces)
    r = g.r.random()
    if r < 0.09 and re.search(r"[A-Z]", text):
        pieces = [(p[0] if p[2] else p[0].lower(), p[1], p[2], p[3]) for p in pieces]
        tags.add("lowercase")
    elif r < 0.18:
        cands = []
        for i, p in enumerate(pieces):
            if p[1] is None and not p[2]:
                for m in re.finditer(r"(?<![\w<@:/.#`*_'-])([a-z]{5,11})(?![\w:/@.'-])", p[0]):
                    if m.group(1) not in TYPO_SKIP:
                        cands.append((i, m.start(1), m.group(1)))
        if cands:
            i, st, w = g.c(cands)
            k = g.r.randint(1, len(w) - 3)
            kind = g.c(["swap", "drop", "double"])
            if kind == "swap":
                nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            elif kind == "drop":
                nw = w[:k] + w[k + 1:]
            else:
                nw = w[:k] + w[k] + w[k:]
            p = pieces[i]
            pieces[i] = (p[0][:st] + nw + p[0][st + len(w):], None, False, False)
            tags.add("typo")
    if g.chance(0.08) and not EMOJI_RE.search(text):
        pieces.append(L(" " + g.c(EMOJI)))
    if g.chance(0.05):
        pieces.insert(0, L(g.c(["@here ", "fyi: ", "FYI ", "hey team, ", "quick one: ", "^ ", "update: ", "Q: "])))
    return pieces


def finalize(pieces):
    text, spans, cpos = "", [], 0
    for txt, typ, _prot, biz in pieces:
        if typ:
            spans.append((len(text), len(text) + len(txt), typ, txt, biz))
        text += txt
    return text, spans


def verify(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for cs, ce, typ, val, _biz in spans:
        if not val or val != val.strip():
            return False
        vb = val.encode("utf-8")
        i = b.find(vb, pos)
        if i != len(text[:cs].encode("utf-8")):
            return False
        pos = i + len(vb)
    # two name spans must not touch (a contiguous name is one span)
    for s1, s2 in zip(spans, spans[1:]):
        if s1[2] == "NAME" and s2[2] == "NAME" and not text[s1[1]:s2[0]].strip():
            raise RuntimeError("adjacent NAME spans in %r" % text)
    # no unlabelled whole-word repeat of a span value
    covered = {(cs, val) for cs, ce, typ, val, _ in spans}
    for cs, ce, typ, val, _ in spans:
        for m in re.finditer(re.escape(val), text):
            a, e = m.start(), m.end()
            if (a, val) in covered:
                continue
            before = text[a - 1] if a > 0 else " "
            after = text[e] if e < len(text) else " "
            if not before.isalnum() and not after.isalnum():
                return False
    # nothing that looks like a conservative identifier left unlabelled
    masked = list(text)
    for cs, ce, *_ in spans:
        for i in range(cs, ce):
            masked[i] = "#"
    masked = "".join(masked)
    for rx in SANITY:
        if rx.search(masked):
            return False
    return True


def make_message(g, frame, want_phi, seen):
    for _attempt in range(300):
        pieces, tags = assemble(g, frame)
        pieces = add_noise(g, pieces, tags)
        text, spans = finalize(pieces)
        if want_phi != bool(spans):
            raise RuntimeError("frame %r produced %d spans" % (frame[1], len(spans)))
        if text in seen or not verify(text, spans):
            continue
        seen.add(text)
        frame_tags = frame[0].split()
        all_biz = bool(spans) and all(s[4] and s[2] in ("PHONE", "EMAIL") for s in spans)
        extra = set(tags)
        if "\n" in text:
            extra.add("multiline")
        if MARKUP_RE.search(text):
            extra.add("slack-markup")
        if EMOJI_RE.search(text):
            extra.add("emoji")
        for s in spans:
            extra.add(TYPE_TAG[s[2]])
        extra.discard("business-contact")
        if all_biz:
            extra.add("business-contact")
        if spans and not all_biz and "business-contact" in frame_tags:
            frame_tags.remove("business-contact")
        if not want_phi:
            extra.add("hard-negative")
        out_tags = ["phi" if spans else "clean"]
        for t_ in frame_tags + sorted(extra):
            if t_ not in out_tags:
                out_tags.append(t_)
        return {"text": text, "spans": [{"type": s[2], "value": s[3]} for s in spans], "tags": out_tags}
    raise RuntimeError("could not realise frame %r" % (frame[1],))


def main():
    rng = random.Random(SEED)
    g = Gen(rng)
    assert len(set(f[1] for f in PHI_FRAMES)) == len(PHI_FRAMES), "duplicate PHI frame"
    assert len(set(f[1] for f in CLEAN_FRAMES)) == len(CLEAN_FRAMES), "duplicate clean frame"
    labels = [True] * N_PHI + [False] * (N_TOTAL - N_PHI)
    rng.shuffle(labels)

    def cycler(frames):
        while True:
            order = list(frames)
            rng.shuffle(order)
            for f in order:
                yield f

    phi_it, clean_it = cycler(PHI_FRAMES), cycler(CLEAN_FRAMES)
    seen, lines = set(), []
    for i, want in enumerate(labels, 1):
        frame = next(phi_it) if want else next(clean_it)
        msg = make_message(g, frame, want, seen)
        rec = {"id": "gt-%04d" % i, "text": msg["text"], "spans": msg["spans"], "tags": msg["tags"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages to %s (%d PHI frames, %d clean frames)" % (len(lines), OUT, len(PHI_FRAMES),
                                                                        len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
