#!/usr/bin/env python3
"""Generator of labelled Slack/Teams messages for a PHI detector (clinics / physician practices).

Standard library only, fixed seed.  Writes /work/corpora/generated_gb.jsonl in the raw format
    {"id":"gb0001","text":"...","spans":[{"type":"NAME","value":"..."}],"tags":[...]}
Spans are built together with the text (segment by segment) and every message is self-checked:
the validator's left-to-right value search must land exactly on the segment that produced it.
"""
import datetime
import json
import random
import re
import sys
import unicodedata

SEED = 20250611
R = random.Random(SEED)
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gb.jsonl")
N_MSG = 1500
N_CLEAN = 675  # 45 %

# --------------------------------------------------------------------------------------------
# Name lists (own lists; many origins; hyphens, particles, apostrophes; word-names)
# --------------------------------------------------------------------------------------------
GIVEN_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha
Katherine Christine Debra Eleanor Mildred Gladys Harriet Agnes Bernice Marguerite Florence Ethel Irene
Lorraine Doris Edna Beatrice María Guadalupe Carmen Rosa Ana Lucía Sofía Valentina Yesenia Marisol
Xiomara Dulce Ximena Itzel Paola Latoya Keisha Imani Tamika Aaliyah Shaniqua Ebony Monique Precious
Siobhan Niamh Aoife Saoirse Francesca Giulia Rosaria Agnieszka Małgorzata Svetlana Oksana Yuliya Milena
Nguyet Huong Phuong Linh Xiaoling Mei Lihua Seo-yeon Eun-ji Yuki Akiko Sakura Priya Ananya Lakshmi
Deepika Sunita Ayesha Nusrat Tahmina Fatima Layla Yasmin Noor Amira Zainab Shirin Farzaneh Ngozi Adaeze
Folasade Akosua Abena Chiamaka Aminata Fatoumata Tigist Hirut Hodan Faduma Marie-Claude Fabiola Nadège
Guerline Conceição Larissa Eleni Athena Anahit Siranush Ayşe Elif Shoshana Yael Tova Maricel Analyn
Sokha Chanthou Leilani Ingrid Astrid Birgit Ildikó Zsófia May June Hope Grace Faith Joy Rose Sandy
Summer Penny Ruby Holly Ivy Pearl Amber Dawn Autumn April Destiny Sue Honey Crystal Misty Olive Violet
Iris Heather Daisy Ginger Mercy Patience Brook Charity Bonnie Dolores Consuelo Mercedes Graciela Thuy
Nazanin Oluwakemi Aigerim Bich Dagny Rukhsana Mariam Teodora Valeria Wanda Yolanda Zuleika""".split()

GIVEN_M = """James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey
Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Harold
Walter Clarence Earl Lloyd Wendell José Juan Luis Carlos Jorge Miguel Alejandro Javier Ramón Fernando
Héctor Jesús Rafael Santiago Mateo DeShawn Tyrone Jamal Darnell Marquis Terrell Andre Kareem Jaylen
Padraig Ciaran Declan Eoin Giuseppe Salvatore Vincenzo Wojciech Krzysztof Dmitri Bogdan Mykola Zoran
Thanh Minh Duc Quang Wei Jian Zhihao Qiang Min-jun Hyun-woo Haruto Kenji Hiroshi Arjun Rohan Sanjay
Venkatesh Rajesh Imran Farhan Mohammed Ahmed Omar Khalid Youssef Hassan Dariush Kourosh Chinedu
Oluwaseun Emeka Kwame Kofi Babajide Mamadou Ousmane Abebe Yohannes Abdirahman Mulugeta Jean-Baptiste
Wilner Jean-Pierre Réginald João Thiago Djalma Dimitrios Konstantinos Stavros Armen Hagop Mehmet Emre
Avraham Moshe Rodrigo Jericho Rizalino Vannak Keoni Gunther Lars Sven Will Mark Frank Bill Art Hunter
Chase Sterling Rich Guy Drew Ray Jack Gene Rusty Skip Cash Wade Dusty Forrest Buck Royal Lamar Tomasz
Giorgi Nasir Tenzin Bao Errol Leroy Cornelius Thaddeus Ignatius Efrain Anselmo Bartholomew""".split()

GIVEN_N = """Jordan Taylor Casey Riley Morgan Alex Sam Jamie Avery Quinn Pat River Sky Sunny Kai Robin
Jessie Dakota Emerson Rowan Sage Reese Remy Noa Kris Angel Marley Shiloh Frankie Lee""".split()

SURNAMES = """Smith Johnson Williams Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin
Thompson Harris Clark Lewis Robinson Walker Allen Wright Scott Adams Nelson Mitchell Roberts Carter
Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Rogers Reed Cooper Peterson Bailey
Howard Cox Richardson Watson Brooks Sanders Bennett Barnes Ross Henderson Coleman Jenkins Perry Powell
Patterson Hughes Washington Butler Simmons Foster Bryant Russell Griffin Hayes Myers Ford Hamilton
Graham Sullivan Wallace Cole Owens Reynolds Fisher Ellis Harrison Gibson McDonald Marshall Murray
Freeman Wells Webb Simpson Stevens Tucker Porter Hicks Crawford Boyd Mason Kennedy Warren Dixon Burns
Gordon Shaw Holmes Robertson Daniels Palmer Nichols Ferguson Hawkins Dunn Perkins Hudson Spencer
Gardner Stephens Payne Pierce Matthews Arnold Wagner Willis Watkins Olson Carroll Duncan Snyder Hart
Cunningham Bradley Andrews Harper Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Chavez Sims
Austin Peters Kelley Franklin Lawson Baker Cook Young King Price Page Bush Hill Park Wood Banks Fields
Church Bird Long Short Little Rich Sharp Street Bell Best Case Cross Day Frost Gold Green Brown White
Gray Hall Hope House Marsh Moon North Snow Strong Swift Wise Winter Love Sparks Battle Waters Bond
Chase Glass Wolf Lamb Steele Mills Stone Hunter Fox Lane Ward Rice Knight Garcia Rodriguez Martinez
Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Reyes Morales Ortiz Gutiérrez
Castillo Jiménez Vásquez Mendoza Aguilar Medina Herrera Peña Ibáñez Quiñones O'Brien O'Connor O'Neill
O'Sullivan O'Malley McAllister MacLeod McCarthy Fitzgerald Russo Esposito Bianchi Romano Colombo Ricci
Marino DiNapoli D'Angelo DeLuca LoPresti Dubois Lefebvre Jean-Louis Pierre-Louis Baptiste Toussaint
Desrosiers Théodore Lafleur D'Amour Schmidt Müller Schneider Becker Pereira Ferreira Gonçalves Tavares
Monteiro Fontes Barros Kowalski Nowak Wiśniewski Zieliński Kozlov Ivanova Petrenko Shevchenko Horvat
Novak Nguyen Tran Le Pham Hoang Huynh Vo Dang Bui Do Ngo Duong Wang Li Zhang Liu Chen Yang Huang Zhao
Wu Zhou Xu Sun Ma Zhu Hu Lin Guo He Gao Kim Lee Choi Jung Kang Cho Yoon Sato Suzuki Takahashi Tanaka
Watanabe Yamamoto Nakamura Patel Shah Singh Kaur Sharma Gupta Reddy Iyer Krishnan Chaudhry Rahman
Hossain Siddiqui Khan Malik Banerjee Mukherjee Venkataraman Subramanian Desai Al-Hassan El-Amin
Abdullah Haddad Khoury Nasser Saleh Mansour Al-Masri Hosseini Tehrani Rahimi Karimi Okafor Adeyemi
Okonkwo Nwosu Mensah Asante Boateng Diallo Traoré Ndiaye N'Diaye Kamara Tesfaye Haile Abdi Warsame
Mohamud Osei Papadopoulos Georgiou Pappas Petrosyan Hovhannisyan Sarkisian Manoukian Yılmaz Demir
Öztürk Cohen Levi Goldberg Rosenberg Katz Shapiro Friedman Ben-David Santos Bautista Villanueva Macaraeg
Vang Xiong Lor Thao Sok Chhim Kahananui Kealoha Begay Yazzie Tsosie Johansson Lindqvist Haugen Nilsen
Garcia-Lopez Smith-Jones Nguyen-Tran Okafor-Reyes Martínez-Ortega Ruiz-Delgado Chen-Watanabe
Bowes-Lyon Keller-Santos Abboud-Haddad""".split()
SURNAMES += ["van der Berg", "Van Dyke", "von Stein", "de Vries", "ten Brink", "de la Cruz", "del Rosario",
             "de los Santos", "De Jesus", "da Silva", "dos Santos", "Dela Cruz", "St. Fleur", "St. Clair",
             "Mac an tSaoir", "Le Blanc", "La Rosa", "Di Stefano", "El Sayed", "bin Salleh", "Ó Briain"]

NICK = {"Robert": ["Bobby", "Rob"], "William": ["Billy", "Liam"], "Margaret": ["Peggy", "Maggie"],
        "Elizabeth": ["Liz", "Betsy"], "Richard": ["Rick"], "James": ["Jimmy", "Jim"],
        "Katherine": ["Kate", "Kathy"], "Patricia": ["Trish", "Patty"], "Joseph": ["Joe", "Joey"],
        "Anthony": ["Tony"], "Michael": ["Mike"], "Francesca": ["Frankie"], "Salvatore": ["Sal"],
        "Dolores": ["Lola"], "Guadalupe": ["Lupe"], "Jesús": ["Chuy"], "Giuseppe": ["Peppe"],
        "Konstantinos": ["Gus"], "Dimitrios": ["Jimmy"], "Eleanor": ["Nell"], "Dorothy": ["Dot"],
        "Mildred": ["Millie"], "Harold": ["Hal"], "Edward": ["Ted", "Eddie"], "Oluwaseun": ["Seun"],
        "Chinedu": ["Chi"], "Venkatesh": ["Venky"], "Xiaoling": ["Lily"], "Nguyet": ["Tina"],
        "Bartholomew": ["Bart"], "Cornelius": ["Neil"], "Florence": ["Flo"], "Beatrice": ["Bea"]}

WORD_GIVEN = ["Will", "May", "June", "Hope", "Grace", "Faith", "Joy", "Rose", "Mark", "Frank", "Bill",
              "Art", "Sandy", "Summer", "Hunter", "Penny", "Ruby", "Holly", "Ivy", "Pearl", "Amber",
              "Dawn", "April", "Chase", "Drew", "Ray", "Jack", "Pat", "Sue", "Crystal", "Robin", "Cash"]
WORD_SUR = ["Baker", "Cook", "Young", "King", "Price", "Page", "Bush", "Hill", "Park", "Wood", "Banks",
            "Fields", "Church", "Bird", "Long", "Short", "Little", "Rich", "Sharp", "Street", "Bell", "Best",
            "Case", "Cross", "Day", "Frost", "Gold", "Green", "Brown", "White", "Hope", "House", "Moon",
            "Snow", "Strong", "Swift", "Wise", "Winter", "Love", "Battle", "Waters", "Chase", "Wolf", "Fox"]

# --------------------------------------------------------------------------------------------
# Business vocabulary (never PHI)
# --------------------------------------------------------------------------------------------
CLINICS = ["Merrimack Valley Family Medicine", "North Shore Pediatrics", "Riverside Orthopedics",
           "Harborview Cardiology", "Cedar Street Internal Medicine", "Pioneer Valley Women's Health",
           "Lakeside Dermatology", "Summit Primary Care", "Bayside GI Associates", "Greenway Urgent Care",
           "St. Brigid's Medical Group", "Maple Ridge Behavioral Health", "Elm Park Endocrinology",
           "Granite State Sleep Center", "Mystic River ENT", "the Andover satellite", "Westgate Podiatry",
           "Blue Hill Allergy & Asthma", "Nashoba Valley Pulmonary", "Canal Street Community Health"]
ORG_DOMAINS = ["mvfm.org", "northshoreped.com", "riversideortho.com", "harborviewcardio.org",
               "summitpc.org", "baysidegi.com", "mvhealth.org", "lakesidederm.com", "cedarstim.org",
               "gsleep.net", "canalstreetchc.org"]
VENDORS = ["McKesson", "Cardinal Health", "Medline", "Epic", "athenahealth", "Availity", "Waystar",
           "Change Healthcare", "Stericycle", "Iron Mountain", "Phreesia", "Zocdoc", "Henry Schein",
           "Owens & Minor", "Cintas", "Ricoh", "Xerox", "Vocera", "Spok", "CoverMyMeds", "Surescripts",
           "Imprivata", "Nuance", "Abridge", "Luma Health", "Weave", "RingCentral", "Cerner", "NextGen",
           "eClinicalWorks", "Greenway Health", "Kareo", "Experian Health", "R1 RCM", "Press Ganey"]
VENDOR_DOMAINS = ["medline.com", "mckesson.com", "phreesia.com", "availity.com", "waystar.com",
                  "henryschein.com", "ricoh-usa.com", "lumahealth.io", "weave.com", "cintas.com"]
PAYERS = ["BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "Aetna", "Cigna", "UnitedHealthcare", "UHC",
          "Humana", "MassHealth", "Medicare", "WellSense", "Fallon", "Anthem", "Point32Health",
          "Mass General Brigham Health Plan", "Medicare Advantage (Humana)", "Tricare", "Ambetter",
          "Cigna PPO", "Aetna Better Health"]
FOUNDATIONS = ["Hartwell Family Foundation", "Greater Lowell Community Foundation", "Sisters of Mercy Fund",
               "Nguyen-Baker Charitable Trust", "Essex County Rotary", "the Alumni Giving Circle"]
PHARMACIES = ["CVS on Main St", "Walgreens #4412", "Stop & Shop pharmacy", "Market Basket pharmacy",
              "Rite Aid on Bridge St", "Costco pharmacy", "Express Scripts mail order", "CVS Caremark",
              "Walmart pharmacy in Salem NH", "the Hannaford pharmacy", "Osco", "Amazon Pharmacy"]
SPECIALTIES = ["cardiology", "GI", "derm", "ortho", "neuro", "endo", "pulm", "rheum", "ENT", "urology",
               "behavioral health", "sleep medicine", "PT", "podiatry", "allergy", "nephrology", "OB/GYN",
               "ophthalmology", "pain management", "wound care"]
DXS = ["T2DM", "HTN", "afib", "COPD exacerbation", "knee OA", "low back pain", "GERD", "migraine",
       "OSA", "CKD 3", "hypothyroidism", "anxiety", "major depression", "psoriasis", "asthma",
       "chest pain", "iron deficiency anemia", "rotator cuff tear", "UTI", "cellulitis"]
PROCS = ["colonoscopy", "knee replacement", "MRI lumbar spine", "echo", "stress test", "cataract surgery",
         "skin biopsy", "sleep study", "EGD", "carpal tunnel release", "lap chole", "CT chest",
         "mammogram", "DEXA", "joint injection", "ablation", "cardiac cath", "hernia repair"]
DRUGS = ["metformin", "lisinopril", "atorvastatin", "amlodipine", "levothyroxine", "sertraline",
         "gabapentin", "apixaban", "Eliquis", "Ozempic", "semaglutide", "Jardiance", "albuterol", "Humira",
         "Dupixent", "losartan", "omeprazole", "insulin glargine", "Mounjaro", "tramadol", "Adderall XR",
         "montelukast", "prednisone", "amoxicillin", "furosemide", "Xarelto", "Trelegy", "Lyrica"]
DOSES = ["500 mg BID", "10mg daily", "40 mg qhs", "5 mg BID", "75 mcg qAM", "50mg", "300 mg TID",
         "0.5 mg weekly", "1 mg weekly", "20 units qhs", "90 mcg 2 puffs q4h prn", "25 mg", "2.5mg",
         "20 mg daily", "100 mg", "1,000 mg BID", "0.25mg/0.5mL", "40 mg q2wk", "10 mg", "875 mg BID"]
RX_PAIRS = ["metformin 500 mg BID", "metformin ER 1,000 mg daily", "lisinopril 10mg daily", "lisinopril 20 mg",
            "atorvastatin 40 mg qhs", "amlodipine 5 mg daily", "levothyroxine 75 mcg qAM", "sertraline 50mg daily",
            "gabapentin 300 mg TID", "apixaban 5 mg BID", "Eliquis 2.5mg BID", "Ozempic 0.5 mg weekly",
            "semaglutide 1 mg weekly", "Jardiance 10 mg", "albuterol HFA 90 mcg 2 puffs q4h prn",
            "Humira 40 mg q2wk", "Dupixent 300 mg q2wk", "losartan 50 mg", "omeprazole 20 mg daily",
            "insulin glargine 20 units qhs", "Mounjaro 5 mg weekly", "tramadol 50 mg q6h prn", "Adderall XR 20 mg",
            "montelukast 10 mg qhs", "prednisone 20 mg x5d", "amoxicillin 875 mg BID", "furosemide 40 mg daily",
            "Xarelto 20 mg with dinner", "Trelegy 1 puff daily", "Lyrica 75mg BID", "escitalopram 10 mg"]
LANGS = ["Spanish", "Portuguese", "Haitian Creole", "Vietnamese", "Khmer", "Arabic", "Somali", "Mandarin",
         "Cantonese", "Russian", "ASL", "Cape Verdean Creole", "Nepali", "Dari"]
EXEC_ROLES = ["CEO", "CFO", "COO", "CMO", "CNO", "CIO", "VP of Ops", "practice administrator",
              "medical director", "chief of staff", "VP Revenue Cycle", "board chair", "president"]
CREDS = ["RN", "NP", "PA-C", "MA", "LPN", "MD", "DO", "LICSW", "CMA", "RN, BSN"]
CHANNELS = ["#front-desk", "#referrals", "#rev-cycle", "#pa-team", "#ops", "#it-help", "#billing"]
EMOJI = ["🙏", "👍", "😬", "🙄", "✅", "⚠️", "🔥", "🎉", "🩺", "💊", "📞", "😅", ":pray:", ":thumbsup:",
         ":white_check_mark:", ":eyes:", ":sweat_smile:", ":rotating_light:", ":tada:", "🤦‍♀️"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Monday", "Tue", "Tuesday", "Wed", "Wednesday", "Thu", "Thurs", "Thursday", "Fri", "Friday"]

TOWNS = [("Dracut", "MA", "01826"), ("Lowell", "MA", "01852"), ("Amesbury", "MA", "01913"),
         ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"), ("Andover", "MA", "01810"),
         ("Tewksbury", "MA", "01876"), ("Chelmsford", "MA", "01824"), ("Billerica", "MA", "01821"),
         ("Lawrence", "MA", "01841"), ("Salem", "MA", "01970"), ("Peabody", "MA", "01960"),
         ("Lynn", "MA", "01902"), ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"),
         ("Malden", "MA", "02148"), ("Medford", "MA", "02155"), ("Somerville", "MA", "02143"),
         ("Quincy", "MA", "02169"), ("Brockton", "MA", "02301"), ("Framingham", "MA", "01701"),
         ("Worcester", "MA", "01604"), ("Fitchburg", "MA", "01420"), ("Springfield", "MA", "01109"),
         ("Holyoke", "MA", "01040"), ("Pittsfield", "MA", "01201"), ("Nashua", "NH", "03060"),
         ("Manchester", "NH", "03103"), ("Salem", "NH", "03079"), ("Pawtucket", "RI", "02860"),
         ("Woonsocket", "RI", "02895"), ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740"),
         ("Taunton", "MA", "02780"), ("Plymouth", "MA", "02360"), ("North Andover", "MA", "01845"),
         ("West Springfield", "MA", "01089"), ("East Boston", "MA", "02128"), ("Dorchester", "MA", "02124"),
         ("Jamaica Plain", "MA", "02130"), ("Hudson", "NH", "03051"), ("Derry", "NH", "03038"),
         ("Portsmouth", "NH", "03801"), ("Providence", "RI", "02909"), ("Cranston", "RI", "02910"),
         ("Bangor", "ME", "04401"), ("Burlington", "VT", "05401"), ("Hartford", "CT", "06106"),
         ("Bridgeport", "CT", "06604"), ("Yonkers", "NY", "10701"), ("Bronx", "NY", "10453"),
         ("Newark", "NJ", "07102"), ("Chicago", "IL", "60623"), ("Houston", "TX", "77036"),
         ("Phoenix", "AZ", "85033"), ("Miami", "FL", "33125"), ("Atlanta", "GA", "30310"),
         ("Seattle", "WA", "98118"), ("Denver", "CO", "80219"), ("Oakland", "CA", "94601"),
         ("Minneapolis", "MN", "55407"), ("Detroit", "MI", "48209"), ("Cleveland", "OH", "44102"),
         ("Baltimore", "MD", "21224"), ("Georgetown", "MA", "01833"), ("Groveland", "MA", "01834")]
STREET_NAMES = ["Elm", "Maple", "Oak", "Pine", "Cedar", "Main", "High", "Washington", "Lincoln", "Pleasant",
                "Chestnut", "Walnut", "Spring", "Church", "School", "Water", "Union", "Prospect", "Bridge",
                "Mill", "Lakeview", "Riverside", "Hillcrest", "Sunset", "Tarbox", "Broadway", "Central",
                "Summer", "Mystic", "Merrimack", "Pawtucket", "Varnum", "Mammoth", "Bay State",
                "Colonial", "Old County", "Hampshire", "Essex", "Middlesex", "Pearl", "Gorham", "Bartlett",
                "Nesmith", "Westford", "Greeley", "Kearney", "Dutton", "Fenwick", "Mount Vernon",
                "Martin Luther King Jr", "Cesar Chavez", "Saint James", "Phoenix", "Hildreth", "Nashua",
                "Lakeshore", "Birch Hill", "Old Mill", "Fairmount", "Bellevue", "Wachusett"]
STREET_SUF = ["St", "St.", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Way",
              "Blvd", "Terr", "Pl", "Cir", "Hwy", "Pkwy"]
UNITS = ["Apt 3B", "#2", "Unit 14", "Apt. 402", "2nd fl", "Lot 17", "Apt 1", "# 6", "Unit B", "Apt 12C"]

NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {9: "ninety", 10: "one hundred"}

# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def digits(n, lead_zero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if not lead_zero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


ASCII_MAP = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "ß": "ss", "đ": "d", "'": "", " ": "",
                           "-": "", ".": ""})


def asc(s):
    s = s.translate(ASCII_MAP)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def ordsuf(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


FW = str.maketrans("0123456789", "０１２３４５６７８９")


# segment constructors: (text, type, kind)  kind: lit (template text), val (non-PHI value),
# mk (markup, protected from case changes), phi (a labelled value)
def L(t):
    return (t, None, "lit")


def V(t):
    return (t, None, "val")


def M(t):
    return (t, None, "mk")


def P(t, typ):
    return (t, typ, "phi")


# --------------------------------------------------------------------------------------------
# message context: people, caches, tags
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self):
        self.tags = set()
        self.cache = {}
        self.people = {}
        self.used_sur = set()
        self.biz = False      # a business phone/e-mail was emitted
        self.nonbiz = False   # some other PHI was emitted

    def person(self, role, idx):
        key = (role, idx)
        if key not in self.people:
            self.people[key] = self.new_person(role)
        return self.people[key]

    def new_person(self, role):
        for _ in range(50):
            r = R.random()
            if role in ("p", "r") and R.random() < 0.12:      # word-names for private people
                g = ch(WORD_GIVEN)
                sex = "m" if g in GIVEN_M else ("f" if g in GIVEN_F else ch("fm"))
            elif r < 0.46:
                g, sex = ch(GIVEN_F), "f"
            elif r < 0.92:
                g, sex = ch(GIVEN_M), "m"
            else:
                g, sex = ch(GIVEN_N), ch("fm")
            s = ch(WORD_SUR) if R.random() < 0.1 else ch(SURNAMES)
            if s not in self.used_sur:
                break
        self.used_sur.add(s)
        pool = GIVEN_F if sex == "f" else GIVEN_M
        return {"g": g, "s": s, "mi": ch("ABCDEFGHJKLMNPRSTW"), "mid": ch(pool), "sex": sex}


def hon(p):
    if p["sex"] == "f":
        return ch(["Ms.", "Mrs.", "Ms", "Miss"])
    return ch(["Mr.", "Mr"])


def fmt_name(p, inv=True):
    g, s, mi = p["g"], p["s"], p["mi"]
    r = R.random()
    if r < 0.46:
        return [P(f"{g} {s}", "NAME")]
    if r < 0.58:
        return [P(f"{g} {mi}. {s}", "NAME")]
    if r < 0.62:
        return [P(f"{g} {mi} {s}", "NAME")]
    if r < 0.66:
        return [P(f"{g} {p['mid']} {s}", "NAME")]
    if r < 0.74 and inv:
        return [P(f"{s}, {g}", "NAME")]
    if r < 0.80 and inv:
        return [P(f"{s.upper()}, {g.upper()} {mi}", "NAME")]
    if r < 0.84:
        return [P(f"{g[0]}. {s}", "NAME")]
    if r < 0.93:
        return [L(hon(p) + " "), P(f"{g} {s}", "NAME")]
    return [P(f"{g.lower()} {s.lower()}", "NAME")]


# --------------------------------------------------------------------------------------------
# value formatters
# --------------------------------------------------------------------------------------------
def fmt_date(d, year_w=0.5):
    m, dd, y = d.month, d.day, d.year
    with_year = [f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}",
                 f"{MONTHS[m - 1]} {dd}, {y}", f"{dd}-{MON3[m - 1]}-{y}", f"{MON3[m - 1]} {dd} {y}",
                 f"{dd} {MONTHS[m - 1]} {y}", f"{m:02d}-{dd:02d}-{y}", f"{m}.{dd}.{y % 100:02d}",
                 f"{MON3[m - 1]}. {dd}, {y}", f"{m:02d}/{dd:02d}/{y % 100:02d}", f"{MONTHS[m - 1]} {dd} {y}",
                 f"{dd}{MON3[m - 1].upper()}{y}"]
    no_year = [f"{m}/{dd}", f"{m:02d}/{dd:02d}", f"{MON3[m - 1]} {dd}", f"{MON3[m - 1]} {dd}{ordsuf(dd)}",
               f"{MONTHS[m - 1]} {dd}", f"{MONTHS[m - 1]} {dd}{ordsuf(dd)}", f"{m}-{dd}", f"{MON3[m - 1]}. {dd}",
               f"{dd} {MON3[m - 1]}"]
    if R.random() < year_w:
        return ch(with_year)
    return ch(no_year)


def fmt_time():
    h = R.randint(7, 17)
    mm = ch(["00", "15", "30", "45", "00", "30", "20", "40"])
    h12 = h if h <= 12 else h - 12
    ap = "am" if h < 12 else "pm"
    return ch([f"{h12}:{mm}", f"{h12}:{mm}{ap}", f"{h12}:{mm} {ap.upper()}", f"{h:02d}:{mm}", f"{h12}{ap[0]}",
               f"{h12}{ap}", f"{h12} {ap.upper()}", f"{h12}:{mm}p" if ap == "pm" else f"{h12}:{mm}a"])


AREAS = ["617", "978", "508", "781", "413", "603", "401", "207", "802", "860", "203", "212", "718", "646",
         "973", "312", "773", "713", "832", "602", "305", "404", "206", "303", "510", "612", "313", "216",
         "410", "857", "339", "351", "774", "347", "929", "786", "954"]


def phone_raw():
    return ch(AREAS), str(R.randint(201, 989)), f"{R.randint(0, 9999):04d}"


def fmt_phone(a, e, l):
    return ch([f"{a}-{e}-{l}", f"({a}) {e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}",
               f"{a}{e}{l}", f"{a} {e} {l}", f"1-{a}-{e}-{l}", f"({a}){e}-{l}", f"+1 ({a}) {e}-{l}",
               f"{a}-{e}-{l}", f"({a}) {e}-{l}", f"{a}.{e}.{l}", f"{a}/{e}-{l}", f"1 ({a}) {e} {l}"])


def spelled(ds, groups):
    out, i = [], 0
    for gsz in groups:
        chunk = ds[i:i + gsz]
        i += gsz
        out.append(" ".join(("oh" if (c == "0" and R.random() < 0.4) else NUMW[int(c)]) for c in chunk))
    return ", ".join(out)


def obfuscate(ctx, value, groups=None):
    """Return an obfuscated rendering of a numeric identifier (labelled as a whole)."""
    ds = "".join(c for c in value if c.isdigit())
    ctx.tags.add("evasion")
    r = R.random()
    if r < 0.3:
        ctx.tags.add("fullwidth")
        return value.translate(FW)
    if r < 0.55:
        ctx.tags.add("zero-width")
        zw = ch(["\u200b", "\u00a0", "\u200b"])
        if any(c in value for c in "- ."):
            return re.sub(r"[- .]", zw, value)
        k = R.randint(2, len(value) - 2)
        return value[:k] + zw + value[k:]
    if r < 0.8:
        return " ".join(ds)
    if groups is None:
        groups = [3, 3, len(ds) - 6] if len(ds) > 6 else [len(ds)]
    return spelled(ds, groups)


def age_words(n):
    if n < 100:
        t, u = divmod(n, 10)
        return "ninety" + ("-" + NUMW[u] if u else "")
    rest = n - 100
    base = ch(["one hundred", "a hundred"])
    if rest == 0:
        return base
    return base + ch([" and ", " "]) + NUMW[rest]


def email_local(p):
    g, s = asc(p["g"]) or "pt", asc(p["s"]) or "x"
    return ch([f"{g}.{s}", f"{g[0]}{s}{R.randint(1, 99)}", f"{s}{g[0]}", f"{g}{s}{R.randint(40, 99)}",
               f"{g}_{s}", f"{g}.{p['mi'].lower()}.{s}", f"{s}.{g}{R.randint(1, 9)}", f"{g}{R.randint(1950, 2010)}",
               f"{g[0]}.{s}", f"{g}-{s}"])


PDOM = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "icloud.com", "aol.com", "verizon.net",
        "outlook.com", "protonmail.com", "msn.com", "att.net", "charter.net", "me.com", "live.com"]


def obf_email(ctx, local, dom):
    ctx.tags.add("evasion")
    r = R.random()
    if r < 0.4:
        return f"{local} [at] {dom.replace('.', ' [dot] ')}"
    if r < 0.7:
        return f"{local} at {dom.replace('.', ' dot ')}"
    if r < 0.85:
        return f"{local}(at){dom.replace('.', '(dot)')}"
    return f"{local} @ {dom}"


def luhn_number(prefix, length):
    ds = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return "".join(map(str, ds)) + str((10 - tot % 10) % 10)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (str(R.randint(1, 9)) + ch(A) + ch(AN) + ch("0123456789") + ch(A) + ch(AN) + ch("0123456789")
         + ch(A) + ch(A) + ch("0123456789") + ch("0123456789"))
    return s if R.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def dea(last):
    l2 = asc(last)[:1].upper() or "9"
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFGM") + l2 + "".join(map(str, d)) + str(c)


def street_line():
    n = ch([str(R.randint(1, 99)), str(R.randint(100, 999)), str(R.randint(1000, 9999)), f"{R.randint(1, 60)}A"])
    line = f"{n} {ch(STREET_NAMES)} {ch(STREET_SUF)}"
    return line


def full_address(ctx):
    town, st, z = ch(TOWNS)
    if R.random() < 0.15:
        z = f"{z}-{digits(4)}"
    line = street_line()
    unit = (" " + ch(UNITS)) if R.random() < 0.3 else ""
    c = (", " if R.random() < 0.5 else " ")
    r = R.random()
    if r < 0.3:
        return f"{line}{unit}, {town} {st} {z}"
    if r < 0.55:
        return f"{line}{unit}, {town}, {st} {z}"
    if r < 0.65:
        ctx.tags.add("multiline")
        return f"{line}{unit}\n{town}, {st} {z}"
    if r < 0.75:
        return f"{line}{unit}{c}{town}"
    if r < 0.85:
        return f"{line}{unit} {town} {st}"
    if r < 0.93:
        return f"PO Box {R.randint(10, 9999)}, {town} {st} {z}"
    return f"{line}{unit}, {town} {st.lower()} {z}"


def credit_card():
    r = R.random()
    if r < 0.45:
        n = luhn_number("4", 16)
    elif r < 0.75:
        n = luhn_number(ch(["51", "52", "53", "54", "55", "2221"]), 16)
    elif r < 0.9:
        n = luhn_number(ch(["34", "37"]), 15)
        return ch([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    else:
        n = luhn_number("6011", 16)
    return ch([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])


def ipaddr():
    r = R.random()
    if r < 0.35:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.55:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if r < 0.65:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.88:
        return f"{R.randint(24, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    hx = lambda: format(R.randint(0, 65535), "x")
    return ch([f"2601:{hx()}:{hx()}:{hx()}::{hx()}", f"fe80::{hx()}:{hx()}:{hx()}:{hx()}",
               f"2001:db8:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}"])


def money():
    r = R.random()
    if r < 0.5:
        return f"${R.randint(15, 999)}.{R.randint(0, 99):02d}"
    if r < 0.8:
        return f"${R.randint(1, 99)},{R.randint(0, 999):03d}"
    return ch([f"${R.randint(2, 90)}k", f"${R.randint(1, 9)}.{R.randint(1, 9)}M", f"${R.randint(20, 400)}"])


# --------------------------------------------------------------------------------------------
# slot fillers: name -> function(ctx, idx) -> list of segments
# --------------------------------------------------------------------------------------------
def phi(ctx):
    ctx.nonbiz = True


def f_PN(c, i):
    phi(c); return fmt_name(c.person("p", i))


def f_PF(c, i):
    phi(c); return [P(c.person("p", i)["g"], "NAME")]


def f_PL(c, i):
    phi(c); return [P(c.person("p", i)["s"], "NAME")]


def f_PH(c, i):
    phi(c); p = c.person("p", i); return [L(hon(p) + " "), P(p["s"], "NAME")]


def f_PNI(c, i):
    phi(c); p = c.person("p", i)
    return [P(ch([f"{p['s'].upper()}, {p['g'].upper()} {p['mi']}", f"{p['s']}, {p['g']}",
                  f"{p['s'].upper()}, {p['g'].upper()}", f"{p['s']}, {p['g']} {p['mi']}.",
                  f"{p['s']},{p['g']}"]), "NAME")]


def f_PNICK(c, i):
    phi(c); p = c.person("p", i)
    if p["g"] not in NICK:
        p["g"] = ch(sorted(NICK))
    nick = ch(NICK[p["g"]])
    full = f"{p['g']} {p['s']}"
    r = R.random()
    if r < 0.4:
        return [P(full, "NAME"), L(' ("'), P(nick, "NAME"), L('")')]
    if r < 0.7:
        return [P(full, "NAME"), L(" aka "), P(nick, "NAME")]
    return [P(full, "NAME"), L(" (goes by "), P(nick, "NAME"), L(")")]


def f_RN(c, i):
    phi(c); return fmt_name(c.person("r", i), inv=False)


def f_RF(c, i):
    phi(c); return [P(c.person("r", i)["g"], "NAME")]


def f_ENAME(c, i):   # employee-health case / colleague who is the patient
    phi(c); c.tags.add("employee-health"); p = c.person("h", i); return [P(f"{p['g']} {p['s']}", "NAME")]


def f_VIPN(c, i):    # executive who is the patient
    phi(c); c.tags.add("vip"); p = c.person("v", i)
    return [P(ch([f"{p['g']} {p['s']}", p["s"], p["g"]]), "NAME")]


def pron(c, i, kind):
    sex = c.person("p", i)["sex"]
    return [L({"she": {"f": "she", "m": "he"}, "her": {"f": "her", "m": "his"},
               "him": {"f": "her", "m": "him"}}[kind][sex])]


def f_SHE(c, i): return pron(c, i, "she")
def f_HER(c, i): return pron(c, i, "her")
def f_HIM(c, i): return pron(c, i, "him")


def f_DOB(c, i):
    phi(c); d = rand_date(1924, 2013); v = fmt_date(d, 0.93)
    if re.fullmatch(r"\d{8}|\d{1,2}[A-Z]{3}\d{4}", v):
        c.tags.add("evasion")
    if R.random() < 0.04:
        c.tags.update(["evasion", "fullwidth"]); v = v.translate(FW)
    return [P(v, "DATE")]


def f_DOBF(c, i):
    return [L(ch(["DOB ", "DOB: ", "dob ", "D.O.B. ", "date of birth ", "born ", "DOB- ", "bday ", "dob:", "DOB "]))] + f_DOB(c, i)


def f_DT(c, i):
    phi(c); return [P(fmt_date(rand_date(2023, 2026), 0.35), "DATE")]


def f_AGE(c, i):
    phi(c); n = R.randint(90, 104)
    if R.random() < 0.2:
        c.tags.add("evasion"); return [P(age_words(n), "AGE")]
    return [P(str(n), "AGE")]


def f_PPH(c, i):
    phi(c); a, e, l = phone_raw(); v = fmt_phone(a, e, l)
    if R.random() < 0.08:
        v = obfuscate(c, v, [3, 3, 4])
    return [P(v, "PHONE")]


def f_PHF(c, i):
    return [L(ch(["cell ", "ph ", "tel ", "mobile ", "home # ", "cb ", "phone: ", "call back ", "c: ", "cell# "]))] + f_PPH(c, i)


def f_BPH(c, i):
    c.biz = True; a, e, l = phone_raw(); v = fmt_phone(a, e, l)
    if R.random() < 0.25:
        v += ch([f" ext. {R.randint(2, 999)}", f" x{R.randint(100, 9999)}", f" ext {R.randint(2, 99)}",
                 f",{R.randint(1, 9)}"])
    return [P(v, "PHONE")]


def tel_link(v_label, a, e, l):
    return [M("<tel:"), P(f"+1{a}{e}{l}", "PHONE"), M("|"), P(v_label, "PHONE"), M(">")]


def f_TEL(c, i):
    phi(c); c.tags.add("slack-markup"); a, e, l = phone_raw()
    return tel_link(ch([f"{a}-{e}-{l}", f"({a}) {e}-{l}", f"{a}.{e}.{l}"]), a, e, l)


def f_BTEL(c, i):
    c.biz = True; c.tags.add("slack-markup"); a, e, l = phone_raw()
    return tel_link(ch([f"{a}-{e}-{l}", f"({a}) {e}-{l}", f"+1 {a} {e} {l}"]), a, e, l)


def pemail_value(c, i):
    p = c.person("p", i)
    local, dom = email_local(p), ch(PDOM)
    if R.random() < 0.12:
        return obf_email(c, local, dom)
    return f"{local}@{dom}"


def f_PEM(c, i):
    phi(c); return [P(pemail_value(c, i), "EMAIL")]


def f_REM(c, i):   # relative's e-mail
    phi(c); p = c.person("r", i); return [P(f"{email_local(p)}@{ch(PDOM)}", "EMAIL")]


def bemail_value(c, i):
    p = c.person("s", "b" + i)
    local = ch([f"{asc(p['g'])}.{asc(p['s'])}", f"{asc(p['g'])[0]}{asc(p['s'])}", "referrals", "billing",
                "frontdesk", "pa-team", f"{asc(p['s'])}{asc(p['g'])[0]}", "records", "scheduling"])
    return f"{local}@{ch(ORG_DOMAINS + VENDOR_DOMAINS)}"


def f_BEM(c, i):
    c.biz = True; return [P(bemail_value(c, i), "EMAIL")]


def f_MAILTO(c, i):
    phi(c); c.tags.add("slack-markup"); p = c.person("p", i); v = f"{email_local(p)}@{ch(PDOM)}"
    return [M("<mailto:"), P(v, "EMAIL"), M("|"), P(v, "EMAIL"), M(">")]


def f_BMAILTO(c, i):
    c.biz = True; c.tags.add("slack-markup"); v = bemail_value(c, i)
    return [M("<mailto:"), P(v, "EMAIL"), M("|"), P(v, "EMAIL"), M(">")]


def ssn_value(c):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    a, g, s = f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"
    r = R.random()
    if r < 0.6:
        return f"{a}-{g}-{s}"
    if r < 0.68:
        return f"{a} {g} {s}"
    if r < 0.78:
        c.tags.add("evasion"); return a + g + s
    if r < 0.84:
        c.tags.add("evasion"); return f"{a}.{g}-{s}"
    if r < 0.88:
        c.tags.add("evasion"); return f"{a}/{g}/{s}"
    return obfuscate(c, f"{a}-{g}-{s}", [3, 2, 4])


def f_SSN(c, i):
    phi(c); return [P(ssn_value(c), "SSN")]


def f_SSNF(c, i):
    return [L(ch(["SSN ", "SSN: ", "ssn ", "SS# ", "social ", "SSN is ", "soc sec # ", "SSN#"]))] + f_SSN(c, i)


def mrn_value(c):
    v = ch([digits(8), digits(7, False), "E" + digits(7), digits(10), f"{digits(2)}-{digits(2)}-{digits(3)}",
            f"{digits(3)}-{digits(3)}-{digits(3)}", "M" + digits(9), digits(6, False), "MV" + digits(7)])
    if R.random() < 0.06:
        v = obfuscate(c, v)
    return v


def f_MRN(c, i):
    phi(c); return [P(mrn_value(c), "MRN")]


def f_MRNF(c, i):
    return [L(ch(["MRN ", "MRN# ", "MR# ", "med rec # ", "chart # ", "mrn:", "MRN: ", "Medical record no. ", "mrn "]))] + f_MRN(c, i)


def mem_value(c):
    pre = ch(["XEH", "W", "ZGP", "YUB", "JQH", "MSO", "H", "ZLW", "NXK", "U", "", "", "TUF", "HPH"])
    v = ch([pre + digits(9), pre + digits(8) + "01", digits(10) + "-01", digits(11), f"{pre}{digits(3)}-{digits(3)}-{digits(3)}",
            digits(9) + "A", pre + digits(7) + " 00"])
    if R.random() < 0.06:
        v = obfuscate(c, v)
    return v


def f_MEM(c, i):
    phi(c); return [P(mem_value(c), "HEALTH_PLAN_ID")]


def f_MEMF(c, i):
    return [L(ch(["member ID ", "mbr id ", "subscriber # ", "policy # ", "ID# ", "Member ID: ", "sub ID ", "ins id "]))] + f_MEM(c, i)


def f_MBI(c, i):
    phi(c); return [P(mbi(), "HEALTH_PLAN_ID")]


def f_MCD(c, i):
    phi(c); return [P(ch([digits(12), digits(10), f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(5)}{ch('ABCDEFGH')}"]), "HEALTH_PLAN_ID")]


def f_ACCT(c, i):
    phi(c); return [P(ch([digits(8), digits(9), digits(10), f"{digits(7)}-{digits(2)}", "G" + digits(8),
                          digits(12), f"{digits(4)}-{digits(6)}"]), "ACCOUNT_NUMBER")]


def f_HAR(c, i):
    phi(c); return [P(ch([digits(10, False), digits(9, False), "H" + digits(9)]), "ACCOUNT_NUMBER")]


def f_BANK(c, i):
    phi(c); return [P(ch([digits(10), digits(12), digits(11), f"{digits(4)} {digits(4)} {digits(4)}"]), "ACCOUNT_NUMBER")]


def f_DL(c, i):
    phi(c); return [P(ch(["S" + digits(8), f"{digits(3)} {digits(3)} {digits(3)}", ch("ABDFGHKMNPRS") + digits(7),
                          f"{digits(3)}-{digits(3)}-{digits(3)}", f"{ch('ABCDEFGHJKLMNPRSTW')}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",
                          digits(9), "SA" + digits(7)]), "LICENSE_NUMBER")]


def f_DEA(c, i):
    p = c.person("d", i); phi(c); return [P(dea(p["s"]), "LICENSE_NUMBER")]


def f_SLIC(c, i):
    phi(c); return [P(ch([digits(6, False), f"RN{digits(7)}", f"MD-{digits(7)}", f"2{digits(5)}", f"LMHC{digits(5)}",
                          f"NP{digits(6)}", f"{digits(2)}-{digits(6)}", f"PA.{digits(7)}"]), "LICENSE_NUMBER")]


LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def f_PLATE(c, i):
    phi(c); d = lambda n: digits(n)
    return [P(ch([f"{R.randint(1, 9)}{alnum(3, LET)}{d(3)}", f"{alnum(3, LET)}-{d(4)}", f"{d(3)} {alnum(3, LET)}",
                  f"{R.randint(1, 9)}{alnum(2, LET)}{R.randint(1, 9)} {d(2)}", f"{alnum(3, LET)} {d(3)}",
                  f"{d(3)}-{alnum(2, LET)}{d(1)}", ch(["GR8MOM", "NANA2", "PAPA17", "RN4EVR", "BOSOX1"])]), "VEHICLE_ID")]


def f_VIN(c, i):
    phi(c); v = ch("12345JKW") + alnum(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    return [P(v if R.random() < 0.85 else v.lower(), "VEHICLE_ID")]


def f_DEV(c, i):
    phi(c); return [P(ch([f"PJN{digits(6)}H", f"RNK{digits(6)}S", f"NG{digits(7)}H", f"8G{alnum(4)}",
                          f"{digits(4)}-{digits(2)}-{digits(4)}", alnum(10), f"H{digits(9)}", f"SN{digits(8)}",
                          f"{alnum(3)}{digits(6)}", f"CGM-{alnum(6)}"]), "DEVICE_ID")]


def f_UDI(c, i):
    phi(c); d = rand_date(2026, 2030)
    return [P(ch([f"(01){digits(14)}(17){d.strftime('%y%m%d')}(21){alnum(8)}", f"(01){digits(14)}(10){alnum(6)}",
                  f"(01){digits(14)}(11){rand_date(2022, 2024).strftime('%y%m%d')}(21){digits(7)}"]), "DEVICE_ID")]


def f_PURL(c, i):
    phi(c); p = c.person("p", i); g, s = asc(p["g"]), asc(p["s"])
    org = ch(["mychart.mvhealth.org", "portal.summitpc.org", "mychart.harborviewcardio.org",
              "patientportal.baysidegi.com", "my.canalstreetchc.org"])
    return [P(ch([f"https://{org}/visit/{digits(8)}?pt={digits(8)}",
                  f"https://{org}/MyChart/app/appointments/{alnum(10)}?patientId={digits(9)}",
                  f"https://www.caringbridge.org/visit/{g}{s}",
                  f"https://www.gofundme.com/f/help-{g}-{s}-recover",
                  f"https://{org}/patients/{s}-{g}-{digits(6)}",
                  f"https://telehealth.{ch(ORG_DOMAINS)}/join/{s}{g[:1]}{digits(4)}",
                  f"{org}/chart/{digits(8)}",
                  f"https://{org}/records/download?mrn={digits(8)}&token={alnum(12).lower()}"]), "URL")]


def f_IP(c, i):
    phi(c); return [P(ipaddr(), "IP_ADDRESS")]


def f_ADDR(c, i):
    phi(c); return [P(full_address(c), "ADDRESS")]


def f_STREET(c, i):
    phi(c); return [P(street_line() + ((" " + ch(UNITS)) if R.random() < 0.2 else ""), "ADDRESS")]


def f_TOWN(c, i):
    phi(c); return [P(ch(TOWNS)[0], "ADDRESS")]


def f_ZIP(c, i):
    phi(c); z = ch(TOWNS)[2]
    return [P(z if R.random() < 0.8 else f"{z}-{digits(4)}", "ADDRESS")]


def f_POBOX(c, i):
    phi(c); t, st, z = ch(TOWNS)
    return [P(ch([f"PO Box {R.randint(10, 9999)}", f"P.O. Box {R.randint(10, 999)}, {t} {st} {z}",
                  f"po box {R.randint(10, 999)}"]), "ADDRESS")]


def f_CC(c, i):
    phi(c); v = credit_card()
    if R.random() < 0.06:
        v = obfuscate(c, v)
    return [P(v, "CREDIT_CARD")]


# ---- non-PHI slots -----------------------------------------------------------------------
def staff(c, i):
    return c.person("s", i)


def f_ST(c, i):
    c.tags.add("staff-name"); p = staff(c, i); r = R.random()
    if r < 0.7:
        return [V(f"{p['g']} {p['s']}")]
    if r < 0.85:
        return [V(f"{p['g']} {p['s']}"), L(", " + ch(CREDS))]
    return [V(f"{p['g']} {p['s']}"), L(" (" + ch(CREDS) + ")")]


def f_SF(c, i):
    c.tags.add("staff-name"); return [V(staff(c, i)["g"])]


def f_DR(c, i):
    c.tags.add("staff-name"); p = c.person("d", i)
    return [V(ch([f"Dr. {p['s']}", f"Dr {p['s']}", f"Dr. {p['g']} {p['s']}", f"{p['g']} {p['s']}, MD",
                  f"Dr. {p['s']}", f"dr {p['s'].lower()}"]))]


def f_DRL(c, i):
    c.tags.add("staff-name"); return [V(c.person("d", i)["s"])]


def f_EXEC(c, i):
    c.tags.add("exec-name"); p = c.person("e", i)
    return [V(ch([f"{p['g']} {p['s']}", p["g"], f"{p['g']} {p['s']}"]))]


def f_EXECR(c, i):
    c.tags.add("exec-name"); p = c.person("e", i)
    return [L(ch(EXEC_ROLES) + " "), V(f"{p['g']} {p['s']}")]


def f_BOT(c, i):
    c.tags.add("assistant-bot")
    if R.random() < 0.45:
        c.tags.add("slack-markup"); return [M(f"<@U{alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}>")]
    return [L(ch(["@assistant", "@Ava", "@exec-bot", "Assistant,", "hey @helper", "@Max", "@scribe-bot"]))]


def f_AT(c, i):
    c.tags.add("slack-markup"); return [M(f"<@U{alnum(R.randint(8, 10), 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}>")]


def f_CHAN(c, i):
    return [V(ch(CHANNELS))]


def simple(vals, tag=None):
    def f(c, i):
        if tag:
            c.tags.add(tag)
        v = vals() if callable(vals) else ch(vals)
        return [V(v)]
    return f


def fac_address():
    t, st, z = ch(TOWNS[:45])
    line = street_line()
    suite = ch(["Suite 300", "Ste 210", "Bldg B", "Floor 3", "2nd Floor", "Suite 1A", "Unit 5"])
    return ch([f"{line}, {suite}, {t} {st} {z}", f"{line} {suite}, {t}, {st} {z}", f"{line}, {t} {st} {z}",
               f"{R.randint(1, 12)} Medical Center Dr, {t} {st} {z}", f"{line}, {suite}"])


def f_FAC(c, i):
    c.tags.update(["facility-address", "zip-like"]); return [V(fac_address())]


def f_MTG(c, i):
    c.tags.add("calendar"); return [V(fmt_date(rand_date(2025, 2026), 0.3))]


def f_DUE(c, i):
    c.tags.add("calendar"); return [V(ch([fmt_date(rand_date(2025, 2026), 0.2), "EOD " + ch(DAYS), "end of month", fmt_date(rand_date(2025, 2026), 0.2)]))]


def f_POL(c, i):
    c.tags.add("policy-date"); return [V(fmt_date(rand_date(2025, 2027), 0.75))]


def f_EXPD(c, i):
    c.tags.add("card-expiry"); return [V(ch([f"{R.randint(1, 12):02d}/{R.randint(25, 31)}", f"{R.randint(1, 12)}/{R.randint(2026, 2031)}",
                                              f"{R.randint(1, 12):02d}{R.randint(25, 31)}"]))]


def f_CPT(c, i):
    c.tags.add("cpt"); v = ch(["99213", "99214", "99215", "99203", "99204", "99396", "99397", "G0438", "G0439",
                               "93000", "20610", "36415", "81002", "90471", "90686", "96372", "J3301", "J1100",
                               "11102", "45378", "70553", "73721", "97110", "99490", "99495", "99497", "95810"])
    if v.isdigit():
        c.tags.add("zip-like")
    return [V(v)]


def npi():
    return "1" + digits(9)


def stat():
    n = R.randint(2, 240)
    return ch([f"{n} patients over 90", f"{n} pts aged 90+", f"{R.randint(1, 9)}.{R.randint(0, 9)}% of visits were pts 90+",
               f"patients 90 and older: {n}", f"{n} pts over 90", f"the 90+ cohort ({n} pts)", f"{n} members age 90 or older",
               f"2 pts over 90", f"{n} of our 95+ patients"])


SLOTS = {
    "PN": f_PN, "PF": f_PF, "PL": f_PL, "PH": f_PH, "PNI": f_PNI, "PNICK": f_PNICK, "RN": f_RN, "RF": f_RF,
    "ENAME": f_ENAME, "VIPN": f_VIPN, "SHE": f_SHE, "HER": f_HER, "HIM": f_HIM,
    "DOB": f_DOB, "DOBF": f_DOBF, "DT": f_DT, "AGE": f_AGE, "PPH": f_PPH, "PHF": f_PHF, "BPH": f_BPH,
    "TEL": f_TEL, "BTEL": f_BTEL, "PEM": f_PEM, "REM": f_REM, "BEM": f_BEM, "MAILTO": f_MAILTO,
    "BMAILTO": f_BMAILTO, "SSN": f_SSN, "SSNF": f_SSNF, "MRN": f_MRN, "MRNF": f_MRNF, "MEM": f_MEM,
    "MEMF": f_MEMF, "MBI": f_MBI, "MCD": f_MCD, "ACCT": f_ACCT, "HAR": f_HAR, "BANK": f_BANK, "DL": f_DL,
    "DEA": f_DEA, "SLIC": f_SLIC, "PLATE": f_PLATE, "VIN": f_VIN, "DEV": f_DEV, "UDI": f_UDI,
    "PURL": f_PURL, "IP": f_IP, "ADDR": f_ADDR, "STREET": f_STREET, "TOWN": f_TOWN, "ZIP": f_ZIP,
    "POBOX": f_POBOX, "CC": f_CC,
    # non-PHI
    "ST": f_ST, "SF": f_SF, "DR": f_DR, "DRL": f_DRL, "EXEC": f_EXEC, "EXECR": f_EXECR, "BOT": f_BOT,
    "AT": f_AT, "CHAN": f_CHAN, "FAC": f_FAC, "MTG": f_MTG, "DUE": f_DUE, "POL": f_POL, "EXPD": f_EXPD,
    "CPT": f_CPT,
    "TM": simple(fmt_time, "calendar"),
    "DAY": simple(DAYS, "calendar"),
    "MON": simple(MONTHS, "calendar"),
    "FY": simple(["Q1", "Q2", "Q3", "Q4", "FY2027", "FY26", "Q3 FY25", "H2", "FY2026", "Q1 FY27", "YTD"], "fiscal"),
    "CLIN": simple(CLINICS),
    "BCITY": simple([t[0] for t in TOWNS[:40]], "business-city"),
    "VEND": simple(VENDORS, "vendor"),
    "PAYER": simple(PAYERS, "payer"),
    "FOUND": simple(FOUNDATIONS, "donor"),
    "PHARM": simple(PHARMACIES),
    "SPEC": simple(SPECIALTIES),
    "DX": simple(DXS),
    "PROC": simple(PROCS),
    "DRUG": simple(DRUGS, "dose"),
    "DOSE": simple(DOSES, "dose"),
    "RX": simple(lambda: ch(RX_PAIRS), "dose"),
    "LANG": simple(LANGS),
    "ICD": simple(["E11.9", "I10", "J45.909", "M17.11", "Z00.00", "F41.1", "E78.5", "N18.3", "K21.9", "G47.33",
                   "M54.5", "R51.9", "Z79.4", "E66.9", "F32.A", "J44.1", "I48.91", "E03.9", "L40.0", "K50.90"], "icd"),
    "NPI": simple(npi, "npi"),
    "GRP": simple(lambda: ch([digits(6), f"{digits(7)}-{digits(4)}", f"GRP-{digits(5)}", digits(8), f"{digits(5)}M"]), "group-number"),
    "INV": simple(lambda: ch([f"INV-{R.randint(2024, 2026)}-{digits(5)}", f"#{digits(6)}", f"{digits(5)}-A", f"INV{digits(7)}",
                              f"{digits(6)}"]), "po"),
    "PO": simple(lambda: ch([f"PO-{digits(5)}", f"PO {45}{digits(8)}", f"P.O. #{digits(5)}", f"PO#{digits(6)}", f"4500{digits(6)}"]), "po"),
    "CTR": simple(lambda: ch([f"MSA-{R.randint(2023, 2026)}-{digits(3)}", f"C-{digits(5)}", f"SOW #{R.randint(2, 19)}", f"AGR{digits(6)}"]), "po"),
    "CCTR": simple(lambda: ch([f"{digits(4)}-{digits(3)}", digits(5), f"CC {digits(4)}"]), "po"),
    "PJOB": simple(lambda: f"#{digits(4)}", "po"),
    "ORD": simple(lambda: ch([digits(7), f"SO-{digits(6)}", f"ORD{digits(8)}"]), "po"),
    "TKT": simple(lambda: ch([f"INC{digits(7)}", f"DEL-{digits(4)}", f"REQ{digits(7)}", f"HD-{digits(5)}", f"CHG{digits(7)}",
                              f"SR {digits(5)}", f"RITM{digits(7)}", f"OPS-{digits(3)}", f"#{digits(5)}"]), "ticket"),
    "VER": simple(lambda: ch([f"v{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 20)}", f"{R.randint(2023, 2026)}.{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 30)}",
                              f"version {R.randint(1, 9)}.{R.randint(0, 12)}", f"v{R.randint(10, 24)}.{R.randint(1, 4)}", f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(300, 999)}"]), "version"),
    "BLD": simple(lambda: f"build {R.randint(2023, 2026)}.{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 30)}", "version"),
    "EXTN": simple(lambda: ch([f"x{digits(4, False)}", f"ext. {digits(4, False)}", f"ext {digits(3, False)}", f"x{digits(3, False)}", f"ext {digits(4, False)}"]), "ext"),
    "ROOM": simple(lambda: ch([f"Room {R.randint(100, 499)}", f"rm {R.randint(1, 30)}", f"exam {R.randint(1, 14)}",
                               f"room {R.randint(1, 40)}{ch('ABC')}", f"Procedure Rm {R.randint(1, 4)}", f"OR {R.randint(1, 9)}",
                               f"Exam Room {R.randint(1, 12)}", f"rm {R.randint(200, 420)}"]), "room"),
    "BED": simple(lambda: ch([f"bed {R.randint(1, 30)}", f"bay {R.randint(1, 12)}", f"chair {R.randint(1, 16)}", f"bed {R.randint(1, 20)}{ch('AB')}"]), "room"),
    "STAT": simple(stat, "age-aggregate"),
    "YAGE": simple(lambda: str(R.randint(18, 89)), "young-age"),
    "ZOOM": simple(lambda: f"https://us02web.zoom.us/j/{digits(11, False)}", "zoom"),
    "ZOOMID": simple(lambda: ch([f"{digits(3, False)} {digits(4)} {digits(4)}", f"{digits(3, False)} {digits(3)} {digits(4)}", digits(11, False)]), "zoom"),
    "INTRA": simple(lambda: ch([f"https://intranet.{ch(ORG_DOMAINS)}/{ch(['policies/refills', 'revcycle/PA-matrix', 'ops/huddle-notes', 'it/downtime', 'hr/benefits', 'access/templates'])}",
                                f"https://mvhealth.atlassian.net/wiki/spaces/REV/pages/{digits(9)}",
                                f"https://sharepoint.{ch(ORG_DOMAINS)}/sites/ops/{ch(['Referrals', 'PriorAuth', 'Billing'])}",
                                f"https://board.{ch(ORG_DOMAINS)}/portal/meetings/{digits(4)}"]), "url-nonphi"),
    "PUB": simple(["https://www.cms.gov/medicare/coverage/prior-authorization", "https://www.hhs.gov/hipaa/for-professionals/index.html",
                   "https://www.mass.gov/masshealth", "https://www.fda.gov/drugs/drug-shortages", "https://www.cdc.gov/vaccines/schedules/",
                   "https://www.caqh.org/", "https://npiregistry.cms.hhs.gov/", "https://www.epic.com/software"], "url-nonphi"),
    "MONEY": simple(money, "money"),
    "LASTFOUR": simple(lambda: digits(4), "last4"),
    "ASSET": simple(lambda: ch([f"BME-{digits(5)}", f"CE#{digits(6)}", f"IT-{digits(6)}", f"A{digits(6)}"]), "asset-tag"),
    "N": simple(lambda: str(R.randint(2, 60))),
    "PCT": simple(lambda: ch([f"{R.randint(2, 45)}%", f"{R.randint(1, 30)}.{R.randint(0, 9)}%"]), "stats"),
    "REL": simple(["daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "niece",
                   "grandson", "granddaughter", "partner", "guardian", "health care proxy", "POA", "neighbor"]),
    "EMO": None,  # handled in render
}


def f_EMO(c, i):
    c.tags.add("emoji"); return [M(ch(EMOJI))]


SLOTS["EMO"] = f_EMO

# --------------------------------------------------------------------------------------------
# FRAMES.  (category tags, template).  PHI frames contain at least one PHI slot.
# --------------------------------------------------------------------------------------------
PHI_FRAMES = [
    # --- scheduling
    ("scheduling", "can we move {PN} ({DOBF}) to {DT} at {TM}? {SHE} asked for afternoons"),
    ("scheduling", "{PN} no-showed {DT} again, 3rd time. do we discharge from the practice?"),
    ("scheduling", "pls r/s {PH} from {DT} to {DT2}, cb {PPH}"),
    ("scheduling", "New pt {PN}, {YAGE} yo, wants first available w/ {DR}. Ins {PAYER}, {MEMF}"),
    ("scheduling", "{PF} {PL} called to cancel the {DT} appt, will call back to rebook"),
    ("scheduling", "Is {DR} ok double-booking {TM} on {DT}? {PN} needs a post-op check"),
    ("scheduling", "hey can someone call {PN} at {PPH} to confirm tmrw's appt"),
    ("scheduling", "appt reminder email bounced for {PN}: {PEM}"),
    ("scheduling structured", "{PNI} DOB {DOB} MRN {MRN} - f/u due {DT}"),
    ("scheduling", "waitlist: {PN} ({PPH}) will take anything before {DT}"),
    ("scheduling relative", "{PF}'s mom {RN} is asking if she can bring {HIM} to the {TM} slot on {DT}"),
    ("scheduling age", "{PN} is {AGE} years old and can't do stairs, needs the first-floor room on {DT}"),
    ("scheduling", "scheduled {PN} for {PROC} on {DT} w/ {DR}, {ROOM}"),
    ("scheduling", "reminder text failed for {PPH} (pt {PL})"),
    ("scheduling age relative", "{PH} wants to know if {DT} at {TM} is still on. {SHE}'s {AGE}, son {RF} drives"),
    ("scheduling", "block {DR}'s {TM} on {DT} for {PN} - new OB"),
    ("scheduling", "{PN} showed up today but we have {HIM} on {DT}?? who booked this"),
    ("scheduling", "telehealth link for {PN} isn't working: {PURL}"),
    ("scheduling", "{PF} asked for a female provider for the {DT} visit"),
    ("scheduling", "cancel {PL} {DT}"),
    ("scheduling", "rebook {PF} pls"),
    ("scheduling", "ok {PN} confirmed for {DT} {TM}"),
    ("scheduling", "APPT CHANGE: {PNI} moved from {DT} to {DT2} per {DR}"),
    ("scheduling", "{PN} needs a {LANG} interpreter for {DT}, pls add to the appt notes"),
    ("scheduling", "can you squeeze in {PN} today? been calling since {DT}. {PHF}"),
    ("scheduling", "{DAY} {TM} is open — offering it to {PN} ({PPH}) unless someone objects"),
    ("scheduling", "{PN}'s ride fell through for {DT}, MassHealth transport # is on file, {MEMF}"),
    ("scheduling", "Left VM for {PF} re: {DT} {PROC} prep instructions {EMO}"),
    ("scheduling", "pt {PN} wants all reminders by email only - {PEM} - not text"),
    ("scheduling", "*{PN}* — annual physical {DT}, labs first at {TM} (fasting)"),
    # --- referrals
    ("referral", "Referral to {SPEC} for {PN}, {DOBF}, dx {DXICD}. Faxed to {BPH}."),
    ("referral", "{CLIN} says they never got the referral for {PNI}. {MRNF}. can you re-fax to {BPH}?"),
    ("referral", "need the referral # for {PN} before {DT} — {PAYER} {MEMF}"),
    ("referral relative", "{DR} wants {PN} seen by {SPEC} within 2 wks. pt {PHF}, alt (daughter {RF}) {PPH2}"),
    ("referral", "ortho referral pending for {PL}, {DOB}; imaging from {DT} is in Epic"),
    ("referral", "referral sent for {PN} to {DR2} at {CLIN}, NPI {NPI}"),
    ("referral", "can you find out why {PN}'s referral ({MRN}) got kicked back? {PAYER} says {MEMF} is inactive"),
    ("referral structured multiline", "Outside referral: {PNI}\nDOB: {DOB}\nAddress: {ADDR}\nPhone: {PPH}\nReason: {DX}"),
    ("referral", "{SPEC} at {CLIN} can see {PN} {DT} at {TM}, do you want me to book it?"),
    ("referral", "rec'd referral from {DR} for {PN} ({DOB}) — {DX}, urgent. Pt lives in {TOWN}, prefers our {BCITY} site"),
    ("referral", "self-referral: {PN} wants {SPEC}, says {SHE} saw {DR2} on {DT} at another practice"),
    ("referral", "pls attach {PF} {PL}'s last 2 notes to the {SPEC} referral and send to {BEM}"),
    # --- prior authorisation
    ("prior-auth", "PA for {DRUG} for {PN} denied by {PAYER}. {MEMF}, DOB {DOB}. appeal?"),
    ("prior-auth", "{PAYER} needs clinicals for {PN}'s MRI on {DT}, chart {MRN}"),
    ("prior-auth", "prior auth approved!! {PN} {PROC} {DT}, auth good through {POL} {EMO}"),
    ("prior-auth", "Medicare MBI for {PN} is {MBI}, can you run the PA?"),
    ("prior-auth", "pa for {PF} {PL}'s {DRUG} — switched to {PAYER}, new ID {MEM}, group {GRP}"),
    ("prior-auth", "{PAYER} rep (call ref {TKT}) says {PN} needs step therapy first. DOB {DOB}."),
    ("prior-auth", "Medicaid ID {MCD} for {PN} — PA for {PROC} on {DT}"),
    ("prior-auth", "peer-to-peer for {PH} is set, {DR} will call {PAYER} at {BPH}"),
    ("prior-auth", "PA denied for {PN} ({MRN}): {CPT} not covered w/ {ICD}. {DR} wants to appeal by {DUE}"),
    ("prior-auth", "{PN} {MEM} — {RX} PA submitted via CoverMyMeds, key is in the chart"),
    ("prior-auth", "auth # for {PL}'s sleep study {DT} came back, valid through {POL}"),
    ("prior-auth", "Need PA for {PN}'s {PROC}, {PAYER} {MEMF}, group {GRP}, CPT {CPT}, dx {ICD}"),
    # --- billing
    ("billing", "{PN} disputes the {MONEY} bill for DOS {DT}. acct {ACCT}."),
    ("billing relative", "guarantor {RN} wants to pay by phone, card {CC} exp {EXPD}"),
    ("billing", "pls set up a payment plan for HAR {HAR}, pt {PN}, {MONEY}/mo"),
    ("billing", "refund check for {PN} goes to {ADDR}"),
    ("billing", "statement returned to sender for acct {ACCT}, new address is {ADDR}"),
    ("billing", "{PN} says {SHE} was charged twice on {DT}, card ending {LASTFOUR}"),
    ("billing", "{PAYER} denied CPT {CPT} for {PN} DOS {DT}, member {MEM}"),
    ("billing", "self-pay pt {PN} wants to pay from checking {BANK}"),
    ("billing", "collections flagged {PNI}, acct {ACCT}, {SSNF}"),
    ("billing", "wrong insurance on file for {PL}: should be {PAYER} {MEM}, not MassHealth"),
    ("billing", "can you void the {MONEY} copay from {DT} for {PN}?"),
    ("billing", "{PN} called about acct {ACCT} again, says {SHE} paid {MONEY} on {DT}"),
    ("billing", "corporate Amex {CC} declined for the {VEND} order {PO} — {EXEC} says use the backup card"),
    ("billing", "pt balance for {PF} {PL} is {MONEY}, HAR {HAR}; ok to write off per {EXEC}?"),
    ("billing", "Can someone call {PH} at {PPH}? {SHE} got a bill for a no-show fee from {DT}"),
    # --- refills
    ("refill", "refill req: {PN} {DOBF}, {RX}, pharmacy {PHARM} {BPH}"),
    ("refill", "{PN} is out of {DRUG}, wants a 90-day supply sent to {PHARM}"),
    ("refill", "rx refill for {PF} {PL} ({MRNF}) — last seen {DT}, needs a visit before more refills"),
    ("refill", "{DR} approved {RX} for {PH}, 3 refills"),
    ("refill", "pharmacy called re {PN}: {DRUG} interaction w/ {DRUG2}, cb {BPH}"),
    ("refill", "controlled refill for {PN}, PDMP checked. {DR}'s DEA {DEA}"),
    ("refill relative", "{RF} (wife) picking up {PF}'s scripts, DL {DL}"),
    ("refill", "refill {DRUG} for {PL} pls"),
    ("refill", "{PN} DOB {DOB} needs {DRUG} PA AND refill, pharmacy says {MEMF} not on file"),
    ("refill", "{PHARM} faxed a refill request for {PNI} ({DOB}), {RX}. ok to send?"),
    ("refill age", "{PN}, {AGE} y/o, daughter manages meds - send {RX} to {PHARM}"),
    # --- patient portal messages (patient / relative voice)
    ("portal", "Hi, this is {PN}, DOB {DOB}. I need a refill of my {DRUG}. My pharmacy is {PHARM}. Thanks!"),
    ("portal typo", "hello my name is {PF} {PL} i had a apointment on {DT} and never got my results pls call {PPH}"),
    ("portal relative age", "This is {RN}, {PF}'s daughter. Mom is {AGE} and fell on {DT}. Can someone call me at {PPH}?"),
    ("portal", "my new address is {ADDR} please update. {PN}"),
    ("portal", "Portal msg from {PN}: \"can I get a work note for {DT}?\""),
    ("portal relative", "Dear Dr. {DRL}, I'm writing about my father {RN} (DOB {DOB}). He's been more confused since {DT}."),
    ("portal", "I changed my email to {PEM}, please use that for my portal. - {PF}"),
    ("portal", "why was I billed {MONEY}?? account {ACCT}. {PN}"),
    ("portal", "my insurance changed to {PAYER}, new member id {MEM}, group {GRP}"),
    ("portal device", "pt portal msg: \"my insulin pump (serial {DEV}) keeps alarming\" — {PN}"),
    ("portal", "Hi it's {PF} again, can you text me at {PPH} instead of calling? I work nights"),
    ("portal relative", "I am {RN}, health care proxy for {PN}. Please send the forms to {REM}"),
    ("portal", "PORTAL: {PN} asks if {SHE} can come in {DT} instead, and whether {PAYER} covers the {PROC}"),
    ("portal", "pt writes: \"I moved to {TOWN}, is there a closer office?\" — {PN}, {MRNF}"),
    # --- records / release
    ("records", "records request from {CLIN} for {PN}, DOB {DOB}, dates of service {DT} - {DT2}"),
    ("records", "attorney wants records for {PNI}, {MRNF}, send to {BEM}"),
    ("records relative", "{RN} has POA for {PN}, copy scanned into chart {MRN}"),
    ("records", "release on file for {PN}, send the {DT} note to {BPH} (fax)"),
    ("records", "SSA disability request for {PN}, {SSNF}, DOB {DOB}"),
    ("records", "{PN} wants a copy of {HER} records emailed to {PEM} — is that allowed unencrypted?"),
    ("records", "download link for {PN}'s records: {PURL} (expires in 7 days)"),
    # --- complaints / escalations
    ("complaint relative", "{PN}'s son {RN} is upset about wait times, wants a manager to call {PPH}"),
    ("escalation complaint", "ESCALATION: {PNI} ({MRN}) says {DR} was rude on {DT}. patient relations pls"),
    ("complaint relative", "visitor {RN} yelling at front desk about {PF}'s discharge"),
    ("complaint", "{PN} left a 1-star review naming {DR}. we can't respond with any PHI"),
    ("escalation", "URGENT {AT} — {PN} called, chest pain since {DT}, told to go to ED. {PHF}"),
    ("complaint", "{PF} {PL} complained the portal showed someone else's {PROC} results — IT ticket {TKT}"),
    # --- employee health / VIP
    ("employee-health", "employee health: {ENAME} (MA at {CLIN}) needlestick {DT}, baseline labs ordered"),
    ("vip exec-assistant", "{BOT} block {VIPN}'s calendar {DT} for the {PROC} at {CLIN}, keep it private"),
    ("vip exec-assistant", "{BOT} {VIPN} will be out after surgery on {DT}, move the board prep"),
    ("vip", "heads up: our CFO {VIPN} is being seen in {ROOM} today, VIP flag pls"),
    ("employee-health", "{ENAME} from billing tested positive for flu on {DT}, out until cleared"),
    ("employee-health", "pls keep quiet — {ENAME} is our pt now, {PROC} {DT}, MRN {MRN}"),
    ("vip", "board member {VIPN} is admitted for {DX}, DOB {DOB}. need-to-know only"),
    # --- executive delegating to assistant bot (with PHI)
    ("exec-assistant", "{BOT} pull {PN}'s last 3 visits ({MRNF}) and summarize before my {TM}"),
    ("exec-assistant relative", "{BOT} my mom {RN} has an appt at {CLIN} on {DT}, add it to my calendar"),
    ("exec-assistant", "{BOT} email {BEM} the referral status for {PN}"),
    ("exec-assistant relative", "{BOT} text {RN} at {PPH} that {HER} dad's MRI moved to {DT}"),
    ("exec-assistant", "{BOT} draft a letter to {PN} at {ADDR} apologizing for the billing error"),
    ("exec-assistant", "{BOT} what's the balance on {PN}'s account {ACCT}?"),
    ("exec-assistant age", "{BOT} the donor {PN} is now a patient here, {AGE} yrs old — flag as VIP"),
    ("exec-assistant", "{BOT} find {PN}'s phone number and call {HIM} back, {SHE} left a VM for {EXEC}"),
    ("exec-assistant", "{BOT} send {MAILTO} the new-patient packet and cc me"),
    ("exec-assistant", "{BOT} summarize the complaint from {PN} ({DOB}) for {EXECR} by {DUE}"),
    # --- business contacts (conservative types)
    ("business-contact", "{VEND} rep for the kiosks is {ST}, {BPH}, {BEM}"),
    ("business-contact", "our {PAYER} provider rep changed — new contact {BEM}, direct {BPH}"),
    ("business-contact", "send the signed BAA to {BMAILTO}"),
    ("business-contact", "{DR}'s cell is {BPH} if the hospitalist calls"),
    ("business-contact", "fax for {CLIN} referrals is {BPH}"),
    ("business-contact", "call {BTEL} for the courier"),
    ("business-contact", "IT: pls add {BEM} to {CHAN}"),
    ("business-contact", "{EXEC} asked me to share her assistant's number: {BPH}"),
    ("business-contact", "{BOT} set up a call with {ST} from {VEND} ({BEM}) for {DAY} {TM}"),
    ("business-contact", "new PA fax line is {BPH}, old one ({BPH2}) goes dead {DUE}"),
    # --- credentialing (licences are conservative)
    ("credentialing", "credentialing: {DR} DEA {DEA}, MA license {SLIC} expires {POL}, NPI {NPI}"),
    ("credentialing", "CAQH needs {DR}'s DEA ({DEA}) and state license {SLIC} by {DUE}"),
    ("credentialing", "new NP {ST} — RN license {SLIC}, driver's license {DL} for the badge office"),
    ("credentialing", "{DR} license {SLIC} lapsed {POL}?? pull from schedule until renewed"),
    # --- IT / IP addresses
    ("it", "portal login for {PN} flagged from {IP}, account locked"),
    ("it", "the check-in kiosk at {CLIN} is {IP}, can you remote in? ticket {TKT}"),
    ("it", "VPN for {ST} keeps dropping, home IP is {IP}"),
    ("it", "fax server {IP} down again — {TKT}"),
    ("it", "someone at {IP} tried {PN}'s portal password 40 times"),
    # --- vehicles
    ("vehicle", "{PN} parked in the ambulance bay again, plate {PLATE}"),
    ("vehicle relative", "valet lost the keys for {RN}'s car, plate {PLATE}"),
    ("vehicle", "pt {PN}'s car (VIN {VIN}) was towed from lot B, family wants it back"),
    # --- devices
    ("device", "{PN}'s pacemaker serial {DEV} needs a remote check before {DT}"),
    ("device", "Dexcom transmitter {DEV} for {PF} {PL} failed, replacement ordered"),
    ("device", "UDI for {PN}'s implant: {UDI}"),
    ("device", "hearing aid {DEV} left in {ROOM}, belongs to {PN}"),
    ("device", "pump SN {DEV} ({PN}, {DOB}) — manufacturer recall letter came in"),
    # --- identity / ssn / misc
    ("identity", "{PN} gave SSN {SSN} at check-in but it doesn't match {PAYER}"),
    ("identity", "pt says last 4 of SSN is {LASTFOUR}, {MRNF}"),
    ("identity structured", "dob {DOB} ssn {SSN}"),
    ("identity", "two charts for {PN}? {MRN} and {MRN2}, same DOB {DOB} — pls merge"),
    ("identity", "photo ID check: {PN}, MA DL {DL}, matches"),
    # --- addresses
    ("address", "{PN} moved to {TOWN}, needs a new PCP referral"),
    ("address", "home health for {PN}: {STREET} off Rte {N} in {TOWN}"),
    ("address", "{PN} wants all mail to {POBOX}"),
    ("address", "pt zip {ZIP} doesn't match the insurance file for {PL}"),
    ("address relative", "{PN} lives in {TOWN} w/ daughter {RF}"),
    ("address", "VNA can't find {ADDR} — pt {PL}, {PHF}"),
    # --- ages
    ("age", "{PN}, {AGE}-year-old, fall at home {DT}"),
    ("age", "{PF} turns {AGE} next week, the staff want to sign a card"),
    ("age", "our oldest pt {PN} is {AGE}!"),
    ("age", "{PNI} {AGE}F w/ {DX}, f/u {DT}"),
    # --- nicknames
    ("nickname", "{PNICK} is here for the {TM}"),
    ("nickname", "FYI {PNICK} prefers the nickname on the wristband and in the portal"),
    # --- short
    ("short", "is MRN {MRN} right?"),
    ("short", "pls cb {PPH}"),
    ("short", "{PF} in {ROOM} is asking for you"),
    ("short", "DOB {DOB}, verified"),
    ("short", "{PL} family is here"),
    ("short", "member ID is {MEM}"),
    ("short", "fax it to {BPH}"),
    # --- more SSN / URL / card / IP
    ("identity", "pt can't find the insurance card, gave SSN {SSN} — can you run eligibility?"),
    ("identity", "{PN}'s SSN on the registration is {SSN} but {PAYER} has {SSN2}"),
    ("billing relative", "SSN for the guarantor ({RN}, {REL}): {SSN}"),
    ("url relative", "{RN} set up an update page for {PF}: {PURL}"),
    ("url", "share {PN}'s visit summary link with the specialist: {PURL}"),
    ("billing", "{PN} read card {CC} over the phone for the {MONEY} balance, exp {EXPD}"),
    ("billing relative", "pls don't save {RN}'s card {CC} on file, one-time payment only"),
    ("billing exec-name", "corporate card {CC} is for {EXEC}'s travel only, not supplies"),
    ("it", "{PN}'s home IP {IP} is blocked by our firewall, can't join the video visit"),
    # --- multi-line / lists / Slack markup
    ("callback multiline", "*Callback list*\n• {PN} — {PPH}\n• {PN2} — {PPH2}\n• {PN3} — {PPH3}"),
    ("scheduling multiline", "Tomorrow's add-ons:\n- {PN} ({DOB}) {TM}\n- {PN2} ({DOB2}) {TM2}\n{DR} ok'd both"),
    ("multiline billing", "`{ACCT}` {PN}\n`{ACCT2}` {PN2}\nboth need new {PAYER} IDs before rebill"),
    ("multiline referral", "Referral for {PN}\nDx: {DXICD}\nRef MD: {DR}, NPI {NPI}\nCall {HIM} at {PPH}"),
    ("multiline portal", "Hi,\nthis is {RN}, {PN}'s husband.\n{SHE} has {PROC} on {DT}.\nCan I get the prep sheet by email? {REM}\nthank you"),
    ("slack-markup", "<{PURL}|visit link> for {PN} — send via secure text only"),
    ("slack-markup", "*pt:* {PN}  *dob:* {DOB}  *ph:* {TEL}"),
    ("slack-markup", "{AT} can you call `{PPH}` — {PF} says it's about the {DT} biopsy"),
]

CLEAN_FRAMES = [
    # --- scheduling (clean)
    ("scheduling", "{EXECR} wants the {CLIN} ops review moved to {MTG} at {TM} — can you send a new invite?"),
    ("scheduling", "Provider schedules for {MON} are posted. {DR} is off {MTG}."),
    ("scheduling", "Template change: {DR} new-patient slots are 40 min starting {POL}"),
    ("scheduling", "we have {N} open slots tomorrow AM if anyone needs to fit in sick visits"),
    ("scheduling", "Huddle moved to {TM} in {ROOM}"),
    ("scheduling", "can we do the schedule review {DAY} {MTG} at {TM}? {SF} can't do {TM2}"),
    ("scheduling word-name", "Will the {TM} huddle still happen with {DR} out?"),
    ("scheduling", "New scheduling line is {EXTN}, old number forwards until {DUE}"),
    ("scheduling", "no-show rate was {PCT} in {FY}, target is under 8%"),
    ("scheduling", "{SF}, can you cover front desk {DAY} {TM}-{TM2}?"),
    ("scheduling word-name", "May schedule is out, June goes up {DUE}"),
    ("scheduling", "Zoom for the access workgroup: {ZOOM}"),
    ("scheduling word-name", "The Rose conference room is booked {MTG} {TM} for the referral coordinators' training"),
    ("scheduling", "template for {DR} is wrong on {MTG} — shows 15 min physicals"),
    ("scheduling", "Reminder: same-day slots open at 8am, release unused ones at {TM}"),
    ("scheduling", "{DR} running ~20 min behind, pls let the waiting room know"),
    ("scheduling", "Please don't book over {DR}'s admin time on {DAY}s"),
    # --- referrals (clean)
    ("referral", "referral volume to {SPEC} up {PCT} QoQ, {EXEC} wants a breakdown by payer"),
    ("referral", "{CLIN} changed their referral fax process, see {INTRA}"),
    ("referral npi", "{DR}'s NPI is {NPI} if the referral form asks"),
    ("referral", "Reminder: referrals for {SPEC} need the {ICD} code, not free text"),
    ("referral", "anyone know if {DR2} at {CLIN} is still taking new {PAYER} referrals?"),
    ("referral multiline", "Referral coordinator meeting {MTG} {TM}\nagenda: backlog ({N} open), {PAYER} portal changes"),
    ("referral", "new referral workqueue ships with Epic {VER} on {MTG}"),
    ("referral facility-address", "{CLIN} moved to {FAC}, update the referral directory"),
    ("referral", "outgoing referrals older than 30 days: {N}. {SF} is working them"),
    ("referral", "{SPEC} wait time at {CLIN} is now {N} weeks, consider {CLIN2}"),
    # --- prior auth (clean)
    ("prior-auth", "{PAYER} now requires PA for {CPT} starting {POL}"),
    ("prior-auth", "PA turnaround for {PAYER} averaged {N} days in {FY}"),
    ("prior-auth", "{DRUG} {DOSE} no longer needs PA on the {PAYER} formulary as of {POL}"),
    ("prior-auth", "who has access to the {PAYER} portal for PAs? the shared login got locked"),
    ("prior-auth", "denials for {CPT} w/ {ICD} are up {PCT} this month"),
    ("prior-auth", "{VEND} demo of the ePA tool {MTG} at {TM}, {EXEC} wants everyone there"),
    ("prior-auth", "Prior auth queue is at {N}, {SF} and {SF2} are splitting it today"),
    ("prior-auth", "PA matrix updated for {FY}: {INTRA}"),
    ("prior-auth", "does {PAYER} still want the old form for {PROC} or the new one?"),
    # --- billing (clean)
    ("billing money", "invoice {INV} from {VEND} is {MONEY}, ok to approve under cost center {CCTR}?"),
    ("billing", "PO {PO} for exam tables still pending w/ {VEND}"),
    ("billing word-name", "Bill {CPT} with modifier 25 when there's a separate E/M"),
    ("billing", "A/R over 90 days is {MONEY}, down {PCT} from {FY}"),
    ("billing", "{PAYER} group number for the employee plan is {GRP}"),
    ("billing", "statements go out {MTG}, print job {PJOB} is queued"),
    ("billing", "copay for {PAYER} PPO is {MONEY} for specialists"),
    ("billing", "Contract {CTR} with {VEND} renews {POL}, {EXECR} needs to sign"),
    ("billing word-name", "Chase the {PAYER} underpayments on {CPT} — {MONEY} outstanding"),
    ("billing", "corporate card for {SF} shows a {MONEY} charge from {VEND}, card ending {LASTFOUR} — receipt?"),
    ("billing hipaa", "never paste full card numbers in chat, use the secure pay link"),
    ("billing", "ticket {TKT}: clearinghouse rejecting 837s since the {VER} update"),
    ("billing", "{VEND} remit address changed to PO Box {N}00, {BCITY} — update AP"),
    ("billing", "order {ORD} from {VEND} arrived short 2 cases"),
    ("billing", "write-off threshold is {MONEY} per policy effective {POL}"),
    ("billing", "cash drawer at {CLIN} was off by {MONEY} {DAY}, {SF} is looking into it"),
    ("billing", "CPT {CPT} RVU went up in {FY}, {EXEC} wants the revenue impact"),
    # --- refills (clean)
    ("refill", "Refill protocol: {DRUG} {DOSE} needs labs every 12 months, effective {POL}"),
    ("refill", "{DRUG} is on backorder at {VEND} till {FY}, sub with {DRUG2}"),
    ("refill", "refill requests in the pool: {N}. pls work oldest first"),
    ("refill", "{DR} is ok with 90-day fills for maintenance meds going forward"),
    ("refill hipaa", "no controlled refills without a PDMP check, see {INTRA}"),
    ("refill", "per {DR}, {RX} is the new default for the HTN protocol"),
    ("refill", "pharmacy hotline is {EXTN}"),
    ("refill", "Surescripts outage ({TKT}), eRx delayed until ~{TM}"),
    ("refill", "{PHARM} keeps faxing duplicate refill requests — {SF}, can you call their manager?"),
    ("refill", "standing order for {RX} expires {POL}, {DR} to re-sign"),
    # --- portal (clean)
    ("portal", "portal message volume: {N}/day avg, {PCT} are refill requests"),
    ("portal", "MyChart {VER} release notes: {PUB}"),
    ("portal", "new auto-reply text for the portal is live, see {INTRA}"),
    ("portal", "portal msgs older than 48h: {N}. need help clearing by {DUE}"),
    ("portal", "who owns the portal pool on {DAY}s?"),
    ("portal", "{VEND} says the portal outage is fixed in {BLD}"),
    # --- exec / assistant (clean)
    ("exec-assistant", "{BOT} book 30 min with {EXEC} and {ST} next week re {FY} budget"),
    ("exec-assistant", "{BOT} summarize the {VEND} contract redlines and send to {EXEC} by {DUE}"),
    ("exec-assistant", "{BOT} remind me to call {EXEC} at {TM} about the {CLIN} lease"),
    ("exec-assistant", "{BOT} what's on my calendar {MTG}?"),
    ("exec-assistant donor", "{BOT} draft a thank-you to the {FOUND} for the {MONEY} gift"),
    ("exec-assistant", "{AT} can you send {EXEC} the {FY} volume dashboard?"),
    ("exec-assistant", "{BOT} reschedule the board prep to {MTG} {TM}, loop in {EXECR}"),
    ("exec-assistant facility-address", "{BOT} find a room for 12 at {FAC} on {MTG}"),
    ("exec-assistant", "{BOT} how many pts over 90 did we see last month?"),
    ("exec-assistant", "{BOT} order lunch for the {TM} meeting, {N} people, {MONEY} max"),
    ("exec-assistant", "{BOT} pull the {PAYER} denial report for {FY} and chart it by CPT"),
    ("exec-assistant", "{BOT} tell {ST} I'm running late to the {TM}"),
    ("exec-assistant", "{BOT} what did {EXECR} say about the {VEND} renewal?"),
    ("exec-assistant", "{BOT} draft talking points on {STAT} for the {FY} board deck"),
    ("exec-assistant", "{BOT} approve PO {PO} and forward to {ST} in purchasing"),
    ("exec-assistant", "{BOT} send regrets for {DAY}'s {VEND} dinner, suggest {MTG} instead"),
    ("exec-assistant", "{BOT} compare {PAYER} and {PAYER2} reimbursement for {CPT} in {FY}"),
    # --- facility / ops
    ("facility-address", "New {CLIN} location: {FAC}. Signage goes up {MTG}."),
    ("ops", "our {BCITY} site is closed {MTG} for the holiday"),
    ("room", "{ROOM} {BED} is ready for turnover"),
    ("room", "EVS to {ROOM} please"),
    ("word-name", "Sandy floors in the lobby again, can EVS come by"),
    ("word-name", "Pat yourselves on the back — {PCT} of refills done same day!"),
    ("word-name", "Drew up the new intake workflow, feedback by {DUE}?"),
    ("easy word-name", "hope everyone has a good weekend :sunny:"),
    ("easy word-name", "Will do, thanks"),
    ("easy", "thanks so much!"),
    ("word-name", "Page {DR} if you need a verbal"),
    ("word-name", "Mark {MTG} on your calendars for the {VEND} go-live"),
    ("word-name", "grace period on {PAYER} timely filing is 90 days, not 120"),
    ("word-name", "Crystal clear, thanks {SF}"),
    ("word-name exec-name", "Frank feedback from {EXEC}: the lobby wait is too long"),
    ("word-name", "Summer hours start {POL}: clinic closes at {TM} on Fridays"),
    ("word-name", "the new hunter green scrubs from {VEND} arrive {DAY}"),
    ("word-name", "penny-wise: the {VEND} quote is {MONEY} cheaper per box"),
    ("word-name", "I'll grant that {VEND} is cheaper, but their service is worse"),
    ("word-name", "a ray of hope: the {PAYER} backlog is finally under {N}"),
    ("word-name", "joy of joys, the fax machine is fixed"),
    ("word-name", "can someone jack up the heat in {ROOM}? it's freezing"),
    ("word-name", "the ivy by the {BCITY} entrance is being cut back {MTG}"),
    ("word-name", "rich text doesn't paste into the Epic note, use plain text"),
    ("word-name", "we'll have to price out a new king-size exam table for bariatric pts"),
    ("word-name", "don't bill the young adult visits as peds"),
    # --- stats / age aggregates
    ("age-aggregate", "{STAT} last quarter, per {EXEC}'s deck"),
    ("young-age", "avg age of new patients in {FY}: {YAGE}"),
    ("age-aggregate", "{N} pts over 90 on the panel — flag for the home-visit pilot"),
    ("age-aggregate", "Medicare AWV completion: {PCT} for pts 65+, {PCT2} for 90+"),
    ("age-aggregate", "falls program: {STAT}, {N} had ED visits"),
    ("young-age", "eligibility for the pilot is age {YAGE}+ with 2+ chronic conditions"),
    ("age-aggregate", "90-day readmissions were {PCT} in {FY}"),
    # --- topic negatives
    ("mrn-topic", "Reminder: MRNs are 8 digits now, don't pad with zeros"),
    ("ssn-topic hipaa", "pls don't put SSNs in Slack, use the secure form"),
    ("hipaa", "HIPAA training due {DUE}: {INTRA}"),
    ("mrn-topic", "do we need the member ID or just the group # for eligibility checks? asking for the new hires"),
    ("hipaa", "what's the retention policy on scanned DL copies?"),
    ("mrn-topic", "the MRN field in the fax cover sheet template is blank again"),
    ("ssn-topic", "{PAYER} no longer accepts SSN as an ID, use the MBI"),
    ("hipaa", "minimum necessary: don't paste DOBs in the group channel, DM or use Epic chat"),
    # --- IT
    ("it version", "Epic upgrade to {VER} on {MTG} {TM}-{TM2}, downtime procedures apply"),
    ("it", "ticket {TKT} resolved — printer in {ROOM} fixed"),
    ("it", "Imprivata badge tap broken in {ROOM}, asset tag {ASSET}"),
    ("it version", "Citrix {BLD} rolled back, see {TKT}"),
    ("it ext", "new phones: dial {EXTN} for the front desk, {EXTN2} for billing"),
    ("it zoom", "Zoom meeting ID {ZOOMID} for {DAY}'s huddle"),
    ("it", "{VEND} kiosk firmware {VER} is out, IT will push it {DAY} night"),
    ("it", "anyone else's Epic freezing? {TKT} opened"),
    # --- vendors / colleagues / execs in business context
    ("vendor", "{ST} from {VEND} will demo the kiosks {MTG} at {TM}"),
    ("staff-name", "Welcome {ST}, our new practice manager at {CLIN}! {EMO}"),
    ("exec-name", "{EXECR} approved the {VEND} renewal"),
    ("staff-name", "congrats to {ST} and {ST2} on 10 years at {CLIN}"),
    ("staff-name", "{ST} is covering referrals while {SF2} is on vacation till {DUE}"),
    ("staff-name", "ask {ST} in billing, she knows the {PAYER} portal"),
    ("vendor", "{VEND} account rep {ST} says the shipment arrives {MTG}"),
    ("exec-name", "Board meeting {MTG} at {FAC}. {EXECR} presenting {FY} results."),
    ("exec-name", "{EXEC} signed off on {CTR}"),
    ("donor", "{FOUND} gift of {MONEY} is earmarked for the {BCITY} clinic expansion"),
    ("staff-name", "{DR} and {DR2} are swapping call {DAY}"),
    ("staff-name", "{SF} you're a lifesaver {EMO}"),
    # --- doses / rooms / supplies
    ("dose", "flu vaccine clinic for staff in {ROOM} {MTG}, 0.5 mL IM, bring your badge"),
    ("dose", "{RX} — is that the max dose for the protocol?"),
    ("dose", "stock check: {DRUG} {DOSE} x {N} boxes in the med room"),
    ("room", "{ROOM} sharps container is full"),
    ("dose", "sample closet is out of {DRUG}, {VEND} rep restocks {DAY}"),
    # --- short
    ("easy", "ok sounds good"),
    ("easy emoji", "on it 👍"),
    ("po", "status of PO {PO}?"),
    ("ext", "front desk is {EXTN}"),
    ("version", "{VER} is live"),
    ("easy", "running 5 min late"),
    ("url-nonphi", "board portal for the {MTG} meeting: {INTRA}"),
    ("ssn-topic", "we only keep the last 4 of the SSN in registration now"),
    ("easy emoji", "lunch is here 🍕"),
    ("calendar", "moved to {TM}"),
    # --- multi-line clean
    ("multiline", "*Ops update {MTG}*\n• Phones: new IVR live, front desk {EXTN}\n• Billing: {INV} paid ({MONEY})\n• IT: {TKT} closed\n• {EXEC} out {DAY}"),
    ("multiline", "Agenda for {MTG}:\n1. {FY} budget ({EXECR})\n2. {VEND} contract {CTR}\n3. referral backlog\n4. AOB"),
    ("multiline", "From: {ST}\nTo: referrals team\nRe: {PAYER} changes {POL}\n\nPA now required for {CPT}. See {INTRA}."),
    ("payer", "quick q — {PAYER} or {PAYER2} for the employee plan? group {GRP} is the old one"),
    ("multiline", "Coverage this week:\n- {DAY}: {ST}\n- {DAY2}: {ST2}\n- {DAY3}: {ST3}\nswap in {CHAN} pls"),
    ("multiline", "`{VER}` -> `{VER2}` changelog:\n- fixes referral print\n- new PA status column\nticket {TKT}"),
]

REPLIES = ["on it", "done ✅", "calling now", "Will do", "thx, fixed", "I'll check with {SF}",
           "can you put in a ticket?", "which clinic?", "got it", "👍", "sent to {SF}", "left a VM",
           "no answer, will try again after lunch", "done, updated in Epic", "escalated to {DR}", "ok",
           "yep", "not sure — ask {ST} in billing", "{AT} can you grab this one?", "same issue here",
           "fixed the typo, resent", "lemme look"]
QUESTIONS = ["any update on the callbacks?", "who's handling this one?", "can someone take the next one in the queue?",
             "did anyone get to the {TM} messages?", "status?", "what's left in the pool?",
             "anything else from the fax queue?", "next one pls"]

DX_ICD = [("T2DM", "E11.9"), ("HTN", "I10"), ("asthma", "J45.909"), ("knee OA", "M17.11"), ("anxiety", "F41.1"),
          ("HLD", "E78.5"), ("CKD 3", "N18.30"), ("GERD", "K21.9"), ("OSA", "G47.33"), ("low back pain", "M54.50"),
          ("hypothyroidism", "E03.9"), ("obesity", "E66.9"), ("COPD exacerbation", "J44.1"), ("afib", "I48.91"),
          ("psoriasis", "L40.0"), ("Crohn's", "K50.90"), ("migraine", "G43.909"), ("depression", "F32.A")]
SLOTS["DXICD"] = simple(lambda: "%s (%s)" % ch(DX_ICD), "icd")
SLOTS["DEVTYPE"] = simple(["pacemaker", "ICD", "insulin pump", "CGM", "hearing aid", "cochlear implant", "neurostimulator", "LVAD"])

# key: value blocks (pasted forms).  (headers, fields[(labels, template)], index of required field)
KV_PHI = {
    "kv-referral": (["*New referral*", "Referral:", "REFERRAL", "fwd from fax queue —", "ref rec'd:"], [
        (["Patient", "Pt", "Name", "pt name"], "{PN}"), (["DOB", "dob", "D.O.B.", "Birthdate", "Date of birth"], "{DOB}"),
        (["MRN", "MRN#", "MR#", "Chart #"], "{MRN}"), (["Phone", "Ph", "Cell", "Tel"], "{PPH}"),
        (["Ins", "Insurance", "Payer"], "{PAYER}"), (["Member ID", "Mbr ID", "Subscriber ID"], "{MEM}"),
        (["Dx", "Diagnosis", "Reason"], "{DXICD}"), (["Referring", "Ref MD", "From"], "{DR}"), (["NPI"], "{NPI}"),
        (["To", "Specialty", "Referred to"], "{SPEC}"), (["Address", "Addr", "Home"], "{ADDR}")], 0),
    "kv-intake": (["New pt intake", "*Intake*", "registration:", "NEW PATIENT"], [
        (["Name", "Patient name", "NAME"], "{PN}"), (["DOB", "Date of birth"], "{DOB}"), (["SSN", "SS#", "Social"], "{SSN}"),
        (["Address", "Home address"], "{ADDR}"), (["Phone", "Cell"], "{PPH}"), (["Email", "E-mail"], "{PEM}"),
        (["Emergency contact", "EC", "Emerg contact"], "{RN} ({REL}) {PPH2}"), (["Preferred language", "Lang"], "{LANG}"),
        (["Insurance", "Ins"], "{PAYER} {MEM}"), (["Age", "age"], "{YAGE}")], 0),
    "kv-billing": (["Billing question", "*Pay by phone*", "acct review:", "Payment"], [
        (["Patient", "Guarantor"], "{PN}"), (["Acct", "Account #", "Acct no"], "{ACCT}"), (["HAR"], "{HAR}"),
        (["DOS", "Date of service"], "{DT}"), (["Amount", "Balance", "Amt"], "{MONEY}"), (["CPT"], "{CPT}"),
        (["Card", "CC", "Card #"], "{CC}"), (["Exp", "Expiry"], "{EXPD}")], 1),
    "kv-pa": (["PA request", "*Prior auth*", "PA -", "prior auth needed"], [
        (["Patient", "Pt"], "{PN}"), (["DOB"], "{DOB}"), (["Member ID", "Subscriber #"], "{MEM}"), (["MBI", "Medicare ID"], "{MBI}"),
        (["Drug", "Med", "Rx"], "{RX}"), (["Payer", "Plan"], "{PAYER}"), (["Group", "Grp #"], "{GRP}"),
        (["Auth valid through", "Coverage ends"], "{POL}"), (["Prescriber", "Ordering"], "{DR}"), (["Dx"], "{ICD}")], 0),
    "kv-device": (["Device check", "*Remote monitoring*", "device clinic:", "Recall follow-up"], [
        (["Patient", "Pt"], "{PN}"), (["Device", "Type"], "{DEVTYPE}"), (["Serial", "SN", "Serial #"], "{DEV}"), (["UDI"], "{UDI}"),
        (["Implant date", "Implanted"], "{DT}"), (["Rep", "Mfr rep"], "{ST}"), (["Asset tag (programmer)", "Programmer asset"], "{ASSET}")], 2),
    "kv-incident": (["Incident report", "*Fall - safety report*", "SAFETY EVENT", "RL6 entry"], [
        (["Patient", "Pt", "Involved"], "{PN}"), (["Age"], "{AGE}"), (["Date of fall", "Event date", "Date"], "{DT}"),
        (["Location", "Where"], "{ROOM}"), (["Witness", "Reported by"], "{ST}"), (["MRN"], "{MRN}"), (["Injury", "Harm"], "none observed")], 0),
    "kv-records": (["ROI request", "*Records request*", "Release of info"], [
        (["Requestor", "Requested by"], "{RN}"), (["Relationship", "Rel"], "{REL}"), (["Patient", "Pt"], "{PN}"), (["DOB"], "{DOB}"),
        (["Dates", "DOS range"], "{DT} - {DT2}"), (["Send to", "Email"], "{REM}"), (["Mail to", "Address"], "{ADDR}")], 2),
    "kv-security": (["Security log", "*Parking violation*", "Garage incident"], [
        (["Visitor", "Name"], "{RN}"), (["Plate", "Lic plate"], "{PLATE}"), (["VIN"], "{VIN}"), (["Visiting", "Patient"], "{PN}"),
        (["Time", "When"], "{TM}"), (["Officer", "Logged by"], "{ST}")], 1),
}
KV_CLEAN = {
    "kv-po": (["PO approval", "*Purchase request*", "AP:", "Invoice routing"], [
        (["Vendor"], "{VEND}"), (["PO", "PO #"], "{PO}"), (["Invoice", "Inv #"], "{INV}"), (["Amount", "Total"], "{MONEY}"),
        (["Cost center", "CC"], "{CCTR}"), (["Approver"], "{EXEC}"), (["Due", "Pay by"], "{DUE}")], 0),
    "kv-meeting": (["*Meeting*", "Invite:", "calendar hold", "Save the date"], [
        (["Title", "Re"], "{FY} revenue review"), (["When", "Date/time"], "{MTG} {TM}"), (["Where", "Location"], "{FAC}"),
        (["Room"], "{ROOM}"), (["Zoom", "Link"], "{ZOOM}"), (["Organizer", "Owner"], "{ST}"), (["Dial-in ID"], "{ZOOMID}")], 1),
    "kv-ticket": (["IT ticket", "*Service desk*", "ServiceNow"], [
        (["Ticket", "Number"], "{TKT}"), (["Asset", "Asset tag"], "{ASSET}"), (["Location"], "{ROOM}"), (["Version", "Build"], "{VER}"),
        (["Assigned", "Assignee"], "{ST}"), (["Priority"], "P3"), (["Ext"], "{EXTN}")], 0),
    "kv-provider": (["New provider onboarding", "*Credentialing (public info)*", "Provider directory update"], [
        (["Provider", "Name"], "{DR}"), (["NPI"], "{NPI}"), (["Specialty"], "{SPEC}"), (["Start date", "Effective"], "{POL}"),
        (["Site", "Location"], "{CLIN}"), (["Office address"], "{FAC}"), (["Office ext"], "{EXTN}")], 0),
    "kv-metrics": (["Weekly access metrics", "*Dashboard*", "KPI snapshot"], [
        (["No-show rate"], "{PCT}"), (["Referrals pending"], "{N}"), (["PA backlog"], "{N2}"), (["90+ patients seen"], "{N3}"),
        (["Avg new-pt age"], "{YAGE}"), (["Denials ({FY})"], "{MONEY}"), (["Top CPT"], "{CPT}")], 0),
}

N_TEMPLATE_FRAMES = len(PHI_FRAMES) + len(CLEAN_FRAMES) + len(REPLIES) + len(QUESTIONS) + len(KV_PHI) + len(KV_CLEAN)


# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Z]+\d*)\}")


def render(tpl, c):
    segs = []
    for k, part in enumerate(SLOT_RE.split(tpl)):
        if k % 2 == 0:
            if part:
                segs.append(L(part))
            continue
        if part in c.cache:
            segs.extend(c.cache[part]); continue
        m = re.fullmatch(r"([A-Z]+?)(\d*)", part)
        base, idx = m.group(1), m.group(2)
        if base not in SLOTS:
            raise KeyError("unknown slot %s in %r" % (part, tpl))
        out = SLOTS[base](c, idx)
        c.cache[part] = out
        segs.extend(out)
    return segs


def render_kv(spec, c):
    headers, fields, req = spec
    n = R.randint(3, min(5, len(fields)))
    chosen = [fields[req]] + R.sample([f for j, f in enumerate(fields) if j != req], n - 1)
    R.shuffle(chosen)
    sep = ch([": ", ":", " - ", " = ", ":\t", ": "])
    bullet = ch(["", "", "• ", "- ", "* ", "> "])
    bold = R.random() < 0.2
    segs = [L(ch(headers) + "\n")]
    for j, (labels, tpl) in enumerate(chosen):
        lab = ch(labels)
        lab = lab.upper() if R.random() < 0.08 else lab
        if bold:
            segs.append(L(bullet)); segs.append(M("*")); segs.extend(render(lab, c)); segs.append(M("*"))
            segs.append(L(sep))
        else:
            segs.extend(render(bullet + lab + sep, c))
        segs.extend(render(tpl, c))
        if j < len(chosen) - 1:
            segs.append(L("\n"))
    c.tags.update(["structured", "multiline"])
    if bold:
        c.tags.add("slack-markup")
    return segs


TYPO_FIX = {"appointment": "appointmnet", "received": "recieved", "tomorrow": "tommorow", "schedule": "schedual",
            "referral": "referal", "insurance": "insurence", "prescription": "perscription", "please": "plese",
            "because": "becuase", "pharmacy": "pharmacey", "approved": "aproved", "calendar": "calender",
            "message": "mesage", "separate": "seperate", "results": "resutls", "tomorrow's": "tmrws"}


def typo_word(w):
    lw = w.lower()
    if lw in TYPO_FIX and R.random() < 0.6:
        return TYPO_FIX[lw]
    i = R.randint(1, len(w) - 2)
    op = R.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def add_typos(segs, c):
    idxs = [k for k, s in enumerate(segs) if s[2] == "lit" and re.search(r"[A-Za-z]{4,}", s[0])]
    if not idxs:
        return segs
    for _ in range(R.randint(1, 2)):
        k = ch(idxs)
        t = segs[k][0]
        words = list(re.finditer(r"[A-Za-z']{4,}", t))
        if not words:
            continue
        w = ch(words)
        t = t[:w.start()] + typo_word(w.group()) + t[w.end():]
        segs[k] = (t, None, "lit")
        c.tags.add("typo")
    return segs


def transform(segs, c):
    segs = list(segs)
    # Slack/Markdown emphasis around a value
    if R.random() < 0.08:
        cand = [k for k, s in enumerate(segs) if s[2] in ("phi", "val") and "\n" not in s[0]]
        if cand:
            k = ch(cand); mk = ch(["*", "`", "_", "*"])
            segs = segs[:k] + [M(mk), segs[k], M(mk)] + segs[k + 1:]
            c.tags.add("slack-markup")
    r = R.random()
    if r < 0.09:
        segs = [(s[0].lower(), s[1], s[2]) if s[2] != "mk" else s for s in segs]
        c.tags.add("lowercase")
    elif r < 0.12 and sum(len(s[0]) for s in segs) < 140:
        segs = [(s[0].upper(), s[1], s[2]) if s[2] != "mk" else s for s in segs]
        c.tags.add("allcaps")
    if R.random() < 0.12:
        segs = add_typos(segs, c)
    if R.random() < 0.07 and "emoji" not in c.tags:
        e = M(ch(EMOJI))
        segs = (segs + [L(" "), e]) if R.random() < 0.75 else ([e, L(" ")] + segs)
        c.tags.add("emoji")
    return segs


def speaker_prefix(c):
    p = c.person("s", "spk")
    t = f"{R.randint(7, 12)}:{R.randint(0, 59):02d} {ch(['AM', 'PM'])}"
    c.tags.add("speaker")
    if R.random() < 0.5:
        return [L(f"[{t}] "), V(f"{p['g']} {p['s']}"), L(": ")]
    return [V(f"{p['g']} {p['s']}"), L(f"  {t}\n")]


def quote(segs):
    if any("\n" in s[0] for s in segs if s[2] != "lit"):
        return None
    out = [L("> ")]
    for s in segs:
        if s[2] == "lit" and "\n" in s[0]:
            out.append(L(s[0].replace("\n", "\n> ")))
        else:
            out.append(s)
    return out


# --------------------------------------------------------------------------------------------
# message assembly + self-check
# --------------------------------------------------------------------------------------------
def check(segs):
    text = "".join(s[0] for s in segs)
    tb = text.encode("utf-8")
    pos, b = 0, 0
    for t, typ, kind in segs:
        n = len(t.encode("utf-8"))
        if typ:
            if not t or t != t.strip() or t[0] in "*`_<>|" or t[-1] in "*`_<>|,;:":
                return False
            i = tb.find(t.encode("utf-8"), pos)
            if i != b:
                return False
            pos = b + n
        b += n
    return True


class Cycler:
    def __init__(self, items):
        self.items = list(items); self.q = []

    def next(self):
        if not self.q:
            self.q = self.items[:]; R.shuffle(self.q)
        return self.q.pop()


PHI_POOL = Cycler([("t",) + f for f in PHI_FRAMES] + [("kv", k) for k in KV_PHI] * 3)
CLEAN_POOL = Cycler([("t",) + f for f in CLEAN_FRAMES] + [("kv", k) for k in KV_CLEAN] * 3)


def build_frame(fr, c, kvspecs):
    if fr[0] == "kv":
        c.tags.add(fr[1])
        return render_kv(kvspecs[fr[1]], c)
    c.tags.update(fr[1].split())
    return render(fr[2], c)


def make_message(clean):
    for _ in range(200):
        c = Ctx()
        pool, kvs = (CLEAN_POOL, KV_CLEAN) if clean else (PHI_POOL, KV_PHI)
        r = R.random()
        if r < 0.09:                       # thread: quoted message + reply
            c.tags.add("thread")
            if clean:
                q = quote(transform(build_frame(pool.next(), c, kvs), c))
                reply = render(ch(REPLIES), c) if R.random() < 0.5 else build_frame(pool.next(), c, kvs)
            elif R.random() < 0.6:
                q = quote(transform(build_frame(pool.next(), c, kvs), c))
                reply = render(ch(REPLIES), c)
            else:
                q = quote(render(ch(QUESTIONS), c))
                reply = build_frame(pool.next(), c, kvs)
            if q is None:
                continue
            segs = q + [L("\n")] + transform(reply, c)
        else:
            segs = transform(build_frame(pool.next(), c, kvs), c)
            if R.random() < 0.07:
                segs = speaker_prefix(c) + segs
        has_phi = any(s[1] for s in segs)
        if has_phi == clean:
            raise AssertionError("frame class mismatch: %r" % "".join(s[0] for s in segs))
        if not check(segs):
            continue
        text = "".join(s[0] for s in segs)
        if len(text.split()) < 3 or text.count("\n") > 5:
            continue
        return segs, c
    raise RuntimeError("could not build a consistent message")


def finish_tags(segs, c):
    text = "".join(s[0] for s in segs)
    tags = set(c.tags)
    types = [s[1] for s in segs if s[1]]
    for t in set(types):
        tags.add(t.lower().replace("_", "-"))
    if "\n" in text:
        tags.add("multiline")
    if re.search(r"<@U|<https?:|<mailto:|<tel:|(^|\s)[*_`]\S|\S[*_`](\s|$)", text):
        tags.add("slack-markup")
    if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:[a-z_]+:", text):
        tags.add("emoji")
    if types and c.biz and not c.nonbiz:
        tags.add("business-contact")
    if len({t for t in types if t not in ("NAME",)}) >= 3:
        tags.add("structured")
    if "short" in tags or len(text.split()) <= 4:
        tags.add("short")
    tags.discard("phi"); tags.discard("clean")
    return (["phi"] if types else ["clean"]) + sorted(tags)


def main():
    flags = [True] * N_CLEAN + [False] * (N_MSG - N_CLEAN)
    R.shuffle(flags)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, clean in enumerate(flags, 1):
            segs, c = make_message(clean)
            text = "".join(s[0] for s in segs)
            spans = [{"type": s[1], "value": s[0]} for s in segs if s[1]]
            rec = {"id": "gb%04d" % n, "text": text, "spans": spans, "tags": finish_tags(segs, c)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d messages to %s; %d frames (%d PHI templates, %d clean templates, %d replies/questions, %d key:value forms)"
          % (N_MSG, OUT, N_TEMPLATE_FRAMES, len(PHI_FRAMES), len(CLEAN_FRAMES), len(REPLIES) + len(QUESTIONS),
             len(KV_PHI) + len(KV_CLEAN)), file=sys.stderr)


if __name__ == "__main__":
    main()
