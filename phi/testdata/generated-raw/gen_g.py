#!/usr/bin/env python3
"""gen_g.py - generator for a blind PHI evaluation corpus (hospital chat), stdlib only.

Writes generated_g.jsonl (1,600 messages, ids gg0001..) next to this file, in the raw writer
format of /work/corpora/check_phi_corpus.py. Deterministic (fixed seed).
Labels follow /work/corpora/PHI-LABELS.md. Style transforms are applied per segment so gold
span values stay exact after the transform.
"""
import os
import random
import re
import unicodedata

# ---------------------------------------------------------------- names
# (name, gender) ; order within a list = rough frequency (earlier = commoner)
FIRST = {
    "anglo": [("James","m"),("Mary","f"),("Robert","m"),("Patricia","f"),("John","m"),("Linda","f"),
              ("Michael","m"),("Barbara","f"),("David","m"),("Elizabeth","f"),("William","m"),("Susan","f"),
              ("Richard","m"),("Margaret","f"),("Joseph","m"),("Dorothy","f"),("Thomas","m"),("Karen","f"),
              ("Charles","m"),("Nancy","f"),("Donald","m"),("Helen","f"),("George","m"),("Ruth","f"),
              ("Edward","m"),("Shirley","f"),("Harold","m"),("Doris","f"),("Walter","m"),("Evelyn","f"),
              ("Arthur","m"),("Gladys","f"),("Ralph","m"),("Edna","f"),("Eugene","m"),("Marjorie","f"),
              ("Howard","m"),("Lorraine","f"),("Clifford","m"),("Bernice","f"),("Irving","m"),("Myrtle","f"),
              ("Earl","m"),("Thelma","f"),("Elmer","m"),("Willa","f"),("Agnes","f"),("Opal","f"),
              ("Kyle","m"),("Brittany","f"),("Tyler","m"),("Ashley","f"),("Cody","m"),("Kayleigh","f")],
    "word": [("Rose","f"),("Hunter","m"),("Lane","m"),("Ward","m"),("Bill","m"),("Faith","f"),("Hope","f"),
             ("Grace","f"),("June","f"),("May","f"),("April","f"),("Summer","f"),("Dawn","f"),("Joy","f"),
             ("Sunny","f"),("Angel","m"),("Rich","m"),("Mark","m"),("Will","m"),("Jack","m"),("Pat","f"),
             ("River","m"),("Autumn","f"),("Ivy","f"),("Holly","f"),("Iris","f"),("Violet","f"),("Daisy","f"),
             ("Pearl","f"),("Ruby","f"),("Jade","f"),("Amber","f"),("Crystal","f"),("Misty","f"),("Penny","f"),
             ("Chase","m"),("Mason","m"),("Carter","m"),("Cooper","m"),("Forrest","m"),("Glen","m"),
             ("Dale","m"),("Heath","m"),("Miles","m"),("Wade","m"),("Reed","m"),("Major","m"),("King","m"),
             ("Destiny","f"),("Harmony","f"),("Melody","f"),("Star","f"),("Rocky","m"),("Buck","m"),
             ("Sonny","m"),("Storm","m"),("Baker","m"),("Bishop","m"),("Page","f"),("Sage","f")],
    "hispanic": [("José","m"),("María","f"),("Luis","m"),("Carmen","f"),("Juan","m"),("Rosa","f"),
                 ("Carlos","m"),("Ana","f"),("Jorge","m"),("Lucía","f"),("Alejandro","m"),("Guadalupe","f"),
                 ("Miguel","m"),("Yesenia","f"),("Jesús","m"),("Xiomara","f"),("Rafael","m"),("Marisol","f"),
                 ("Héctor","m"),("Maricela","f"),("Ramón","m"),("Altagracia","f"),("Wilfredo","m"),("Yanelis","f")],
    "black_us": [("DeShawn","m"),("Latoya","f"),("Tyrone","m"),("Keisha","f"),("Jamal","m"),("Tamika","f"),
                 ("Darnell","m"),("Imani","f"),("Marquis","m"),("Aaliyah","f"),("Jalen","m"),("Ebony","f"),
                 ("Terrell","m"),("Kiara","f"),("Dante","m"),("Shanice","f")],
    "irish": [("Siobhan","f"),("Declan","m"),("Niamh","f"),("Padraig","m"),("Aoife","f"),("Ciaran","m"),
              ("Maeve","f"),("Eamon","m"),("Brigid","f"),("Colm","m")],
    "italian": [("Giuseppe","m"),("Carmela","f"),("Vincenzo","m"),("Concetta","f"),("Salvatore","m"),
                ("Rosaria","f"),("Antonio","m"),("Giovanna","f")],
    "polish": [("Stanislaw","m"),("Jadwiga","f"),("Wojciech","m"),("Halina","f"),("Zbigniew","m"),
               ("Krystyna","f"),("Bogdan","m"),("Grażyna","f")],
    "lusophone": [("João","m"),("Conceição","f"),("Manuel","m"),("Fátima","f"),("Adelino","m"),("Graça","f"),
                  ("Ilídio","m"),("Djenaba","f")],
    "haitian": [("Wilner","m"),("Marie-Claude","f"),("Jean-Robert","m"),("Nadège","f"),("Fritznel","m"),
                ("Guerline","f"),("Jean-Pierre","m"),("Mirlande","f")],
    "vietnamese": [("Minh","m"),("Thao","f"),("Tuan","m"),("Lan","f"),("Huong","f"),("Quang","m"),
                   ("Hoa","f"),("Duc","m"),("Phuong","f"),("Bao","m")],
    "chinese": [("Wei","m"),("Mei","f"),("Jun","m"),("Xiaoling","f"),("Zhiwei","m"),("Ying","f"),
                ("Hao","m"),("Yan","f")],
    "korean": [("Ji-woo","f"),("Min-jun","m"),("Seo-yeon","f"),("Hyun","m"),("Soo-jin","f"),("Dong-hyun","m")],
    "indian": [("Priya","f"),("Rajesh","m"),("Anjali","f"),("Vikram","m"),("Sunita","f"),("Arjun","m"),
               ("Lakshmi","f"),("Venkat","m"),("Deepa","f"),("Sanjay","m"),("Kavya","f"),("Harpreet","f"),
               ("Gurpreet","m")],
    "arabic": [("Mohammed","m"),("Fatima","f"),("Ahmed","m"),("Layla","f"),("Omar","m"),("Noor","f"),
               ("Khalid","m"),("Yasmin","f"),("Hassan","m"),("Amira","f")],
    "westafrican": [("Chinedu","m"),("Ngozi","f"),("Oluwaseun","m"),("Adaeze","f"),("Emeka","m"),
                    ("Funmilayo","f"),("Kwame","m"),("Akosua","f"),("Babajide","m"),("Chiamaka","f")],
    "eastafrican": [("Abdirahman","m"),("Hodan","f"),("Mahad","m"),("Fartun","f"),("Tesfaye","m"),
                    ("Meseret","f"),("Abebe","m"),("Ayaan","f")],
    "russian": [("Dmitri","m"),("Svetlana","f"),("Sergei","m"),("Olga","f"),("Yuri","m"),("Ludmila","f"),
                ("Natalia","f")],
    "greek": [("Konstantinos","m"),("Eleni","f"),("Dimitrios","m"),("Georgia","f"),("Spiros","m"),("Athena","f")],
    "filipino": [("Maricel","f"),("Rodel","m"),("Jocelyn","f"),("Arnel","m"),("Lorna","f"),("Jhun","m")],
    "japanese": [("Haruto","m"),("Yuki","f"),("Kenji","m"),("Akiko","f"),("Hiroshi","m"),("Emiko","f")],
    "khmer": [("Sokha","m"),("Chanthy","f"),("Vanna","f"),("Sopheap","f"),("Rithy","m"),("Bopha","f")],
}
LAST = {
    "anglo": ["Smith","Johnson","Williams","Brown","Jones","Miller","Davis","Wilson","Anderson","Taylor",
              "Thomas","Moore","Martin","Jackson","Thompson","White","Harris","Clark","Lewis","Walker","Hall",
              "Allen","Young","Wright","Hill","Adams","Nelson","Mitchell","Roberts","Turner","Phillips",
              "Campbell","Parker","Evans","Edwards","Collins","Stewart","Morris","Rogers","Morgan","Murphy",
              "Bailey","Richardson","Cox","Howard","Peterson","Gray","Barnes","Ross","Henderson","Coleman",
              "Jenkins","Perry","Powell","Patterson","Hughes","Butler","Simmons","Foster","Bryant","Russell",
              "Griffin","Hayes","Myers","Hamilton","Graham","Sullivan","Wallace","Cole","Reynolds","Ellis",
              "Harrison","Gibson","Marshall","Owens","Brannigan","Tarbox","Quackenbush","Vanderhoof",
              "Pettengill","Swett","Higginbotham","Winslow","Thibodeau","Ouellette","Gagnon","Pelletier",
              "Boisvert","LeBlanc","Cormier","Doucette","Arsenault"],
    "word": ["King","Green","Baker","Carter","Bell","Reed","Cook","Cooper","Ward","Price","Wood","Long",
             "Ford","West","Lane","Rose","Stone","Hunter","Love","Frost","Snow","Banks","Rivers","Church",
             "Strong","Sharp","Noble","Wise","Bishop","Bird","Fox","Wolf","Little","Short","Street","Brooks",
             "Fields","Parks","Woods","Golden","Summers","Winter","Chase","Cash","Page","Lord","Pope","Good",
             "Small","Moody","Hardy","Mason","Fisher","Hunt","Marsh","Swift","Day","Black","Gold"],
    "hispanic": ["Garcia","Rodriguez","Martinez","Hernandez","Lopez","Gonzalez","Perez","Sanchez","Ramirez",
                 "Torres","Rivera","Gomez","Diaz","Reyes","Morales","Ortiz","Vargas","Castillo","Jiménez",
                 "Peña","Núñez","Santiago","Rosario","Báez","De la Cruz","Figueroa","Colón","Ocasio"],
    "black_us": ["Washington","Jefferson","Jackson","Robinson","Banks","Freeman","Mosley","Dorsey","Gaines",
                 "Holloway","Battle","Pettaway"],
    "irish": ["O'Brien","O'Sullivan","Kelly","McCarthy","Fitzgerald","Gallagher","Doherty","Brennan",
              "Ó Súilleabháin","MacNeill"],
    "italian": ["Russo","Esposito","DeLuca","Ricci","Marino","Bianchi","Ferraro","Romano","Caruso","Lombardi"],
    "polish": ["Szczepanski","Wojcik","Kowalczyk","Grabowski","Zielinski","Przybylski","Nowak","Wiśniewski"],
    "lusophone": ["Silva","Pereira","Medeiros","Furtado","Rebelo","Tavares","Andrade","Fontes","Monteiro"],
    "haitian": ["Jean-Baptiste","Pierre","Joseph","Louis","Etienne","Desir","Dorvil","St. Fleur","Noël"],
    "vietnamese": ["Nguyen","Tran","Pham","Hoang","Vu","Dang","Bui","Ngo","Truong","Huynh"],
    "chinese": ["Wang","Zhang","Liu","Chen","Yang","Huang","Zhao","Zhou","Lin","Xu"],
    "korean": ["Kim","Lee","Park","Choi","Jung","Kang","Cho","Yoon"],
    "indian": ["Patel","Shah","Singh","Kumar","Reddy","Iyer","Gupta","Sharma","Nair","Venkataraman",
               "Chatterjee","Krishnamurthy","Banerjee","Desai","Mehta","Joshi"],
    "arabic": ["Haddad","Khoury","Nasser","Al-Sayed","Abdullah","Hamdan","Mansour","Saleh"],
    "westafrican": ["Okafor","Okoro","Adeyemi","Okonkwo","Nwosu","Eze","Balogun","Oyelaran","Mensah",
                    "Asante","Owusu"],
    "eastafrican": ["Warsame","Abdi","Mohamed","Farah","Hussein","Tadesse","Bekele","Gebremedhin"],
    "russian": ["Ivanova","Petrov","Smirnova","Kuznetsov","Volkova","Sokolov"],
    "greek": ["Papadopoulos","Georgiou","Konstantinidis","Alexiou"],
    "filipino": ["Santos","Bautista","Villanueva","Mendoza","Aquino","dela Cruz"],
    "japanese": ["Sato","Suzuki","Takahashi","Tanaka","Watanabe","Yamamoto"],
    "khmer": ["Sok","Chea","Keo","Phan","Meas","Chhim","Prak"],
}
ORIGIN_W = {"anglo":30,"word":10,"hispanic":12,"black_us":5,"irish":4,"italian":4,"polish":3,
            "lusophone":3,"haitian":3,"vietnamese":4,"chinese":3,"korean":2,"indian":5,"arabic":3,
            "westafrican":3,"eastafrican":2,"russian":2,"greek":1,"filipino":2,"japanese":1,"khmer":2}
NICK = {"William":["Bill","Billy","Will"],"Robert":["Bob","Bobby","Rob"],"Richard":["Rick","Rich"],
        "Elizabeth":["Liz","Betty","Beth"],"Margaret":["Peggy","Maggie","Marge"],"James":["Jim","Jimmy"],
        "Thomas":["Tom","Tommy"],"Joseph":["Joe","Joey"],"Patricia":["Pat","Trish","Patty"],
        "Dorothy":["Dot","Dottie"],"Edward":["Ted","Eddie"],"Harold":["Hal"],"Michael":["Mike"],
        "Charles":["Chuck","Charlie"],"Donald":["Don","Donnie"],"Eugene":["Gene"],"Walter":["Walt"],
        "Giuseppe":["Joe","Pino"],"Salvatore":["Sal"],"Vincenzo":["Vinnie"],"Konstantinos":["Gus","Kostas"],
        "Guadalupe":["Lupe"],"Alejandro":["Alex"],"Jesús":["Chuy"],"Mohammed":["Mo"],"Oluwaseun":["Seun"],
        "Dmitri":["Dima"],"Stanislaw":["Stan"],"Bernice":["Bunny"],"Gladys":["Glad"],"Mary":["Mimi"]}
RELWORDS = {"f":["daughter","wife","niece","granddaughter","sister","daughter-in-law","mother"],
            "m":["son","husband","nephew","grandson","brother","son-in-law"],
            "x":["HCP","POA","partner","guardian","health care proxy"]}

# ---------------------------------------------------------------- places
TOWNS = [("Dracut","MA",["01826"]),("Lowell","MA",["01850","01851","01852","01854"]),("Methuen","MA",["01844"]),
         ("Haverhill","MA",["01830","01832","01835"]),("Amesbury","MA",["01913"]),("Newburyport","MA",["01950"]),
         ("Chelmsford","MA",["01824"]),("Tewksbury","MA",["01876"]),("Billerica","MA",["01821"]),
         ("Lawrence","MA",["01840","01841","01843"]),("Andover","MA",["01810"]),("Salem","MA",["01970"]),
         ("Peabody","MA",["01960"]),("Lynn","MA",["01902","01904","01905"]),("Revere","MA",["02151"]),
         ("Chelsea","MA",["02150"]),("Malden","MA",["02148"]),("Medford","MA",["02155"]),
         ("Somerville","MA",["02143","02144","02145"]),("Quincy","MA",["02169","02170","02171"]),
         ("Brockton","MA",["02301","02302"]),("Fall River","MA",["02720","02721","02724"]),
         ("New Bedford","MA",["02740","02744","02746"]),("Worcester","MA",["01602","01604","01610"]),
         ("Fitchburg","MA",["01420"]),("Nashua","NH",["03060","03062","03064"]),("Pelham","NH",["03076"]),
         ("Salem","NH",["03079"]),("Manchester","NH",["03101","03103","03104"]),
         ("Providence","RI",["02903","02906","02908"]),("Pawtucket","RI",["02860"]),("Woonsocket","RI",["02895"]),
         ("Portland","ME",["04101","04102","04103"]),("Framingham","MA",["01701","01702"]),
         ("Waltham","MA",["02451","02453"]),("Everett","MA",["02149"]),("Groveland","MA",["01834"]),
         ("West Newbury","MA",["01985"]),("Hudson","NH",["03051"]),("Derry","NH",["03038"])]
STREETS = ["Elm","Pleasant","Tarbox","Mammoth","Bridge","Lakeview","Hildreth","Varnum","Pawtucket","Central",
           "Broadway","Washington","Water","Chestnut","Maple","Oak","Pine","Highland","Prospect","Summer",
           "Winter","Spring","Mill","Church","School","Park","Union","High","Cedar","Lincoln","Merrimack",
           "Riverside","Rose","Hunter","Ward Hill","Marsh Hill","Old Ferry","Ayer","Stevens","Salem","Andover",
           "Phoenix","Nesmith","Gorham","Sixth","Fourth","Whittier","Kenwood","Birch Meadow","Quail Run"]
SUFFIX = ["St","St","Street","Rd","Rd","Road","Ave","Ave.","Ln","Lane","Dr","Drive","Ct","Cir","Way",
          "Terrace","Pl","Blvd","Hwy"]
ROUTES = ["Rte 110","Route 38","the 495 exit","Rt 1A","Route 113","Rte 28","the Lowell Connector"]
FAC_ADDR = ["1200 Harbor Medical Pkwy","455 Merrimack Health Dr, Suite 210","88 Commerce Way, Andover MA 01810",
            "300 Riverside Medical Plaza","17 Clinic Rd, Bldg C","2 Founders Way, Lowell MA 01852",
            "1 Hospital Dr","640 Pavilion Blvd, 3rd floor","75 Loading Dock Rd","410 Foundation Ave, Suite 5"]
FAC_ZIP = ["01852","01844","01810","01960","03060","02155","01830"]
SITES = ["Salem","Andover","Haverhill","Nashua","Methuen","Lowell","Medford","Peabody","Dracut"]
ORGS = [("North Shore Health","nshealth.org"),("Merrimack Valley Medical","mvmedical.org"),
        ("St. Brendan's","stbrendans.org"),("Harborview Regional","harborviewreg.org"),
        ("Lowell Community Hospital","lowellch.org")]
VENDORS = ["Stratacare","Halvorsen Biomedical","Northway Staffing","Cardinal Ridge Supply","Quillon Health IT",
           "Brightpath Transport","Keystone Linen","Orion Imaging","Tidewater Pharma","Pinegate Analytics",
           "Bluefin Courier","Apex Infusion"]
VENDOR_DOM = ["stratacare.com","halvorsenbio.com","northwaystaff.com","cardinalridge.net","quillonhit.com",
              "brightpathnemt.com","orionimaging.io","tidewaterrx.com","pinegate.ai"]
PERSONAL_DOM = ["gmail.com","gmail.com","gmail.com","yahoo.com","comcast.net","verizon.net","hotmail.com",
                "outlook.com","icloud.com","aol.com","protonmail.com","att.net","msn.com"]
PHISH_DOM = ["secure-payroll-update.com","nshealth-benefits.net","docusign-review.co","m1crosoft-support.info"]

# ---------------------------------------------------------------- clinical and business fillers
UNITS = ["4 West","5 East","6B","7 North","MICU","SICU","CCU","the ED","L&D","PACU","Tele 5","Ortho 7","NICU",
         "step-down","Obs","Peds 3","Onc 9","Rehab 2","BMT","Psych 4","3 South","the CDU"]
DX = ["CHF exac","COPD flare","NSTEMI","hip fx","sepsis","AKI","GI bleed","DKA","CAP","UTI w/ delirium",
      "afib RVR","syncope","SBO","cellulitis","stroke sx","PE","pancreatitis","hyponatremia",
      "fall w/ head strike","ETOH withdrawal","hypoxia","chest pain r/o ACS","AMS","C diff"]
MEDS = ["heparin","lasix","vanc","insulin","ativan","haldol","metoprolol","zosyn","tylenol","oxy","a K rider",
        "amio","dilaudid","eliquis","seroquel","ceftriaxone","prednisone"]
PROCS = ["cath","EGD","colonoscopy","hip ORIF","CABG","TAVR","lap chole","cataract surgery","knee replacement",
         "PICC placement","MRI brain","CT chest","echo","dialysis","pacemaker check","PEG placement","thora",
         "bronch","cysto","lumbar drain"]
DEPTS = ["Patient Access","HIM","Revenue Cycle","Case Management","Pharmacy","Biomed","IT","Quality",
         "Nursing Admin","Finance","Security","Patient Relations","Credentialing","Supply Chain","Facilities",
         "Compliance","Marketing","Philanthropy"]
COL_ROLES = ["RN","charge nurse","PCA","unit secretary","NP","PA","RT","pharmacist","tech","transporter",
             "resident","case manager","social worker","registrar"]
EXEC_TITLES = ["CEO","CFO","CMO","CNO","COO","CIO","CMIO","CISO","VP of Nursing","Chief of Staff",
               "VP Revenue Cycle","SVP Operations","General Counsel"]
PAYERS = ["BCBS","Blue Cross","Harvard Pilgrim","Tufts","Aetna","UHC","Cigna","MassHealth","Medicare",
          "Humana","Fallon","WellSense","Medicare Advantage","NH Medicaid"]
SYSTEMS = ["Epic","Citrix","Vocera","Imprivata","Kronos","PowerScribe","Omnicell","Pyxis","Teams","ServiceNow",
           "Workday","Cisco AnyConnect","Haiku","Rover"]
ITEMS = ["IV pumps","bariatric beds","wound vacs","nitrile gloves","label printers","badge readers",
         "workstations on wheels","bladder scanners","sequential compression sleeves","portable suction"]
TOPICS = ["throughput","nurse staffing ratios","Epic go-live","Q3 denials","visitor policy","capital budget",
          "merger timeline","Joint Commission prep","parking garage","patient experience","ED boarding",
          "length of stay","sepsis bundle compliance","travel nurse spend"]
CONF_ROOMS = ["Board Room","Conf Rm 4B","the Kennedy room","Ops Center","Admin 210","the Huddle Room",
              "Cafeteria B","Pavilion 3 conf"]
CPTS = ["99213","99214","99285","93000","71046","36415","80053","45378","27447","33208","43239","70553"]
ICDS = ["I50.9","J44.1","N17.9","E11.65","S72.001A","R55","A41.9","I48.91","K92.2","F10.239","Z79.01","I10"]
GREET = ["hey team","hi all","morning","quick q","FYI","heads up","hi","ok so","update:"]
CLOSE = ["thanks","thx!","ty","lmk","pls advise","thank you!!","appreciate it"]
CARS = ["gray Camry","white F-150","black Civic","red Jeep Cherokee","silver Odyssey","blue Corolla"]
PLACES = ["cafeteria","stairwell B","parking garage","med room","supply room","lobby"]
CHANNELS = ["ed-ops","4west-charge","rev-cycle","it-helpdesk","exec-team","bed-board","eh-team","security"]

DIGIT_WORDS = ["zero","one","two","three","four","five","six","seven","eight","nine"]
ONES = ["","one","two","three","four","five","six","seven","eight","nine","ten","eleven","twelve",
        "thirteen","fourteen","fifteen","sixteen","seventeen","eighteen","nineteen"]
TENS = ["","","twenty","thirty","forty","fifty","sixty","seventy","eighty","ninety"]
MONTHS = ["January","February","March","April","May","June","July","August","September","October",
          "November","December"]
MON3 = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
MONDOT = ["Jan.","Feb.","Mar.","Apr.","May","June","July","Aug.","Sept.","Oct.","Nov.","Dec."]
WEEKDAYS = ["Mon","Tue","Wed","Thu","Fri","Monday","Tuesday","Wednesday","Thursday","Friday","Tues","Thurs"]
DAYS_IN = [31,28,31,30,31,30,31,31,30,31,30,31]
AREA = ["617","978","978","978","508","781","857","339","351","413","774","603","603","401","207","860","212",
        "718","646","347","914","516","201","973","215","412","202","301","410","703","404","678","305","786",
        "407","813","312","773","214","469","713","832","512","303","720","602","702","415","510","408","213",
        "818","619","206","503","615","504"]


def number_words(n):
    if n < 20:
        return ONES[n] if n else "zero"
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ((" and " if r else "") + number_words(r) if r else "")


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l")


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


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9]))
VIN_W = [8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2]


def vin(rng):
    wmi = rng.choice(["1HG","1FT","2T1","JTD","5YJ","1G1","3VW","KMH","WBA","4T1","1C4","JN8","5NP"])
    rest = [rng.choice(VIN_CHARS) for _ in range(14)]
    rest[6] = rng.choice("LMNPRS")  # model year 2020-2025
    v = list(wmi) + rest
    v[8] = "0"
    tot = sum((int(c) if c.isdigit() else VIN_TRANS[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)

# ================================================================ people
def wpick(rng, seq, decay=0.12):
    """pick with weight decaying by index (earlier items are commoner)"""
    ws = [1.0 / (1.0 + i * decay) for i in range(len(seq))]
    return rng.choices(seq, weights=ws, k=1)[0]


class Person:
    def __init__(self, rng, role, need_nick=False, wordname=False, share_last=None):
        self.role = role
        for _ in range(200):
            if wordname:
                origin = "word"
            else:
                origin = rng.choices(list(ORIGIN_W), weights=list(ORIGIN_W.values()), k=1)[0]
            first, g = wpick(rng, FIRST[origin])
            if need_nick and first not in NICK:
                continue
            break
        lo = origin if rng.random() < 0.75 else rng.choices(list(ORIGIN_W), weights=list(ORIGIN_W.values()), k=1)[0]
        if wordname and rng.random() < 0.5:
            lo = "word"
        self.last = share_last if share_last else wpick(rng, LAST[lo], 0.05)
        while self.last == first:
            self.last = wpick(rng, LAST["anglo"], 0.05)
        self.first, self.g = first, g
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = rng.choice(NICK[first]) if first in NICK else first
        self.rel_word = rng.choice(RELWORDS[g] if rng.random() < 0.8 else RELWORDS["x"])
        self.title_ = ("Mr." if g == "m" else rng.choice(["Ms.", "Mrs.", "Ms"]))

    def attr(self, a):
        f, l, g = self.first, self.last, self.g
        she = g == "f"
        table = {
            "full": f + " " + l, "first": f, "last": l,
            "fml": "%s %s. %s" % (f, self.mi, l), "fm l": "%s %s %s" % (f, self.mi, l),
            "inv": "%s, %s %s" % (l.upper(), f.upper(), self.mi), "invc": "%s, %s" % (l, f),
            "invu": "%s,%s" % (l.upper(), f.upper()), "upper": (f + " " + l).upper(),
            "ini": "%s. %s" % (f[0], l), "nick": self.nick, "title": self.title_,
            "drname": "Dr. " + l, "sex": "F" if she else "M",
            "gw": "female" if she else "male", "gw2": "woman" if she else "man", "gw3": "lady" if she else "gentleman",
            "he": "she" if she else "he", "He": "She" if she else "He", "him": "her" if she else "him",
            "his": "her" if she else "his", "His": "Her" if she else "His", "hes": "she's" if she else "he's",
            "relword": self.rel_word, "Relword": self.rel_word[0].upper() + self.rel_word[1:],
        }
        return table[a]


class Ctx:
    def __init__(self, rng, today_year=2025):
        self.rng = rng
        self.persons = {}
        self.cache = {}
        self.tags = set()
        self.last = {}
        self.today = today_year
        self.age = None
        self.org = rng.choice(ORGS)

    def person(self, role, need_nick=False):
        if role not in self.persons:
            share = None
            if role.startswith("rel") and "pt" in self.persons and self.rng.random() < 0.5:
                share = self.persons["pt"].last
            wordname = role == "colw" or (self.rng.random() < 0.04)
            p = Person(self.rng, role, need_nick=need_nick, wordname=wordname, share_last=share)
            # avoid the same name for two different people in one message
            names = {(q.first, q.last) for q in self.persons.values()}
            tries = 0
            while ((p.first, p.last) in names or any(p.first == q.first for q in self.persons.values())) and tries < 20:
                p = Person(self.rng, role, need_nick=need_nick, wordname=wordname, share_last=share)
                tries += 1
            self.persons[role] = p
            if role == "exe":
                self.tags.add("exec-name")
        return self.persons[role]


# ================================================================ value generators (span values)
def rdigits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _date_parts(ctx, kind):
    rng = ctx.rng
    if kind == "dob":
        if ctx.age is not None:
            y = ctx.today - ctx.age - rng.choice([0, 1])
        else:
            y = rng.randint(1926, 2006)
    else:
        y = rng.choice([2024, 2025, 2025, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, DAYS_IN[m - 1])
    return y, m, d


DATE_STYLES_FULL = ["m/d/yyyy", "mm/dd/yyyy", "mm/dd/yyyy", "m/d/yy", "iso", "Month d, yyyy", "d-Mon-yyyy",
                    "DD-MON-YYYY", "Mon d yyyy", "m-d-yyyy", "m.d.yy", "d Month yyyy", "Mon. d, yyyy",
                    "mm-dd-yy", "Month dth, yyyy"]
DATE_STYLES_SHORT = ["m/d", "m/d", "m/d", "mm/dd", "Mon d", "Mon dth", "Month d", "Month dth", "m-d", "d Mon"]


def fmt_date(y, m, d, style):
    M, M3, MD = MONTHS[m - 1], MON3[m - 1], MONDOT[m - 1]
    return {
        "m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "m-d": "%d-%d" % (m, d),
        "m/d/yy": "%d/%d/%02d" % (m, d, y % 100), "mm/dd/yyyy": "%02d/%02d/%d" % (m, d, y),
        "m/d/yyyy": "%d/%d/%d" % (m, d, y), "iso": "%d-%02d-%02d" % (y, m, d),
        "Month d, yyyy": "%s %d, %d" % (M, d, y), "Mon d": "%s %d" % (M3, d), "Mon dth": "%s %s" % (M3, ordinal(d)),
        "Month d": "%s %d" % (M, d), "Month dth": "%s %s" % (M, ordinal(d)), "d Month yyyy": "%d %s %d" % (d, M, y),
        "d-Mon-yyyy": "%02d-%s-%d" % (d, M3, y), "DD-MON-YYYY": "%02d-%s-%d" % (d, M3.upper(), y),
        "mmddyyyy": "%02d%02d%d" % (m, d, y), "m.d.yy": "%d.%d.%02d" % (m, d, y % 100),
        "m-d-yyyy": "%d-%d-%d" % (m, d, y), "Mon d yyyy": "%s %d %d" % (M3, d, y),
        "Mon. d, yyyy": "%s %d, %d" % (MD, d, y), "mm-dd-yy": "%02d-%02d-%02d" % (m, d, y % 100),
        "Month dth, yyyy": "%s %s, %d" % (M, ordinal(d), y), "d Mon": "%d %s" % (d, M3),
    }[style]


def g_dob(ctx):
    y, m, d = _date_parts(ctx, "dob")
    return fmt_date(y, m, d, ctx.rng.choice(DATE_STYLES_FULL))


def g_dob_compact(ctx):
    y, m, d = _date_parts(ctx, "dob")
    ctx.tags.add("evasion")
    return fmt_date(y, m, d, "mmddyyyy")


def g_evt(ctx):
    y, m, d = _date_parts(ctx, "evt")
    st = ctx.rng.choice(DATE_STYLES_SHORT + DATE_STYLES_FULL[:6])
    ctx.last["evt"] = (y, m, d, st)
    return fmt_date(y, m, d, st)


def g_evt_short(ctx):
    y, m, d = _date_parts(ctx, "evt")
    st = ctx.rng.choice(DATE_STYLES_SHORT)
    ctx.last["evt"] = (y, m, d, st)
    return fmt_date(y, m, d, st)


def g_evt_next(ctx):
    """a later date in the same style as the last event date"""
    if "evt" not in ctx.last:
        return g_evt(ctx)
    y, m, d, st = ctx.last["evt"]
    d += ctx.rng.randint(1, 12)
    while d > DAYS_IN[m - 1]:
        d -= DAYS_IN[m - 1]
        m += 1
        if m > 12:
            m, y = 1, y + 1
    ctx.last["evt"] = (y, m, d, st)
    return fmt_date(y, m, d, st)


def g_bday(ctx):
    y, m, d = _date_parts(ctx, "evt")
    return fmt_date(y, m, d, ctx.rng.choice(["m/d", "Month d", "Month dth", "Mon dth", "Mon d"]))


def g_age90(ctx):
    if getattr(ctx, "preset_age", None) is not None:
        a, ctx.preset_age = ctx.preset_age, None
        ctx.age = a
        return str(a)
    a = ctx.rng.choices(range(90, 106), weights=[10, 9, 9, 8, 7, 6, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1])[0]
    ctx.age = a
    return str(a)


def g_age90_word(ctx):
    a = int(g_age90(ctx))
    ctx.tags.add("evasion")
    w = number_words(a)
    if a >= 100 and ctx.rng.random() < 0.5:
        w = w.replace("one hundred and ", "a hundred and ")
    return w


def _phone_parts(rng):
    a = rng.choice(AREA)
    while True:
        e = str(rng.randint(2, 9)) + rdigits(rng, 2)
        if e[1:] != "11" and e != "555":
            break
    return a, e, rdigits(rng, 4)


def g_phone(ctx):
    rng = ctx.rng
    a, e, l = _phone_parts(rng)
    st = rng.choices(range(14), weights=[24, 18, 9, 7, 5, 4, 3, 7, 4, 4, 4, 3, 2, 2])[0]
    v = ["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "+1-%s-%s-%s", "+1%s%s%s",
         "%s %s %s", "1-%s-%s-%s", "(%s)%s-%s", "%s-%s-%s", "(%s) %s-%s", "%s/%s-%s", "%s %s-%s"][st] % (a, e, l)
    if st in (10, 11):
        v += rng.choice([" ext. %d", " ext %d", " x%d", " ext.%d", " Ext %d"]) % rng.randint(10, 9999)
    return v


def g_phone_plain(ctx):
    a, e, l = _phone_parts(ctx.rng)
    return ctx.rng.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s"]) % (a, e, l)


def g_phone_spaced(ctx):
    a, e, l = _phone_parts(ctx.rng)
    ctx.tags.add("evasion")
    st = ctx.rng.randint(0, 3)
    if st == 0:
        return " ".join(a + e + l)
    if st == 1:
        return "%s - %s - %s" % (a, e, l)
    if st == 2:
        return "%s %s %s %s" % (a, e, l[:2], l[2:])
    return "%s.%s-%s" % (a, e, l)


def spell_digits(rng, s, oh=True):
    out = []
    groups = []
    cur = ""
    for ch in s:
        if ch.isdigit():
            cur += ch
        else:
            if cur:
                groups.append(cur)
            cur = ""
    if cur:
        groups.append(cur)
    sep = rng.choice([", ", " ", " - ", "... "])
    for gp in groups:
        ws = []
        for ch in gp:
            if ch == "0" and oh and rng.random() < 0.5:
                ws.append("oh")
            else:
                ws.append(DIGIT_WORDS[int(ch)])
        out.append(" ".join(ws))
    return sep.join(out)


def g_phone_spelled(ctx):
    a, e, l = _phone_parts(ctx.rng)
    ctx.tags.add("evasion")
    return spell_digits(ctx.rng, "%s-%s-%s" % (a, e, l))


def _email_local(rng, p):
    f = ascii_fold(p.first).lower().replace("-", "").replace("'", "").replace(" ", "")
    l = ascii_fold(p.last).lower().replace("-", "").replace("'", "").replace(" ", "").replace(".", "")
    st = rng.randint(0, 9)
    return [f + "." + l, f[0] + l, f + l[0], f + "_" + l, f + str(rng.randint(1950, 2005)),
            l + f[0] + str(rng.randint(1, 99)), f + "." + l + str(rng.randint(1, 9)), f[0] + "." + l,
            rng.choice(["sunny", "nana", "papa", "gram", "bigdaddy", "rosebud", "sox", "pats"]) + l[:4] + str(rng.randint(10, 99)),
            l + "." + f][st]


def g_pemail(ctx, role="pt"):
    p = ctx.person(role)
    return _email_local(ctx.rng, p) + "@" + ctx.rng.choice(PERSONAL_DOM)


def g_pemail_rel(ctx):
    return g_pemail(ctx, "rel")


def g_pemail_obf(ctx):
    rng = ctx.rng
    p = ctx.person("pt")
    loc = _email_local(rng, p)
    dom = rng.choice(PERSONAL_DOM)
    name, tld = dom.rsplit(".", 1)
    ctx.tags.add("evasion")
    st = rng.randint(0, 5)
    return ["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s", "%s @ %s . %s", "%s AT %s DOT %s",
            "%s{at}%s.%s"][st].replace("{at}", " at ") % (loc, name, tld)


def g_biz_email(ctx, role="col"):
    p = ctx.person(role)
    f = ascii_fold(p.first).lower().replace("-", "").replace("'", "")
    l = ascii_fold(p.last).lower().replace("-", "").replace("'", "").replace(" ", "").replace(".", "")
    loc = ctx.rng.choice([f + "." + l, f[0] + l, f + l[0] + "2", l + "." + f[0]])
    return loc + "@" + ctx.org[1]


def vendor_domain(name):
    return re.sub(r"[^a-z]", "", name.lower().replace("biomedical", "bio").replace("supply", "")) + ".com"


def g_vend_email(ctx):
    p = ctx.person("vend")
    f = ascii_fold(p.first).lower().replace("-", "").replace("'", "")
    l = ascii_fold(p.last).lower().replace("-", "").replace("'", "").replace(" ", "").replace(".", "")
    dom = vendor_domain(ctx.last["vendor"]) if "vendor" in ctx.last else ctx.rng.choice(VENDOR_DOM)
    return ctx.rng.choice([f + "." + l, f[0] + l, f]) + "@" + dom


def g_biz_email_ext(ctx):
    rng = ctx.rng
    return rng.choice(["hr-notice", "payroll", "it.support", "benefits-team", "docs", "no-reply-secure"]) + "@" + rng.choice(PHISH_DOM)


def _ssn_parts(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def g_ssn(ctx):
    a, b, c = _ssn_parts(ctx.rng)
    st = ctx.rng.choices(range(5), weights=[60, 12, 8, 10, 10])[0]
    if st in (2, 3, 4):
        ctx.tags.add("evasion")
    return ["%s-%s-%s", "%s %s %s", "%s.%s-%s", "%s%s%s", "%s.%s.%s"][st] % (a, b, c)


def g_ssn_nodash(ctx):
    ctx.tags.add("evasion")
    return "".join(_ssn_parts(ctx.rng))


def g_ssn_spelled(ctx):
    ctx.tags.add("evasion")
    return spell_digits(ctx.rng, "-".join(_ssn_parts(ctx.rng)), oh=False)


def g_mrn(ctx):
    rng = ctx.rng
    st = rng.randint(0, 9)
    return [rdigits(rng, 7).lstrip("0") or "4412983", "00" + rdigits(rng, 6), str(rng.randint(10**8, 10**9 - 1)),
            str(rng.randint(10**9, 10**10 - 1)), "E" + rdigits(rng, 7), "A00" + rdigits(rng, 6),
            "%s-%s-%s" % (rdigits(rng, 2), rdigits(rng, 2), rdigits(rng, 3)), "%s-%s" % (rdigits(rng, 4), rdigits(rng, 4)),
            "M" + rdigits(rng, 8), "%d %s" % (rng.randint(10, 99), rdigits(rng, 5))][st]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def g_mbi(ctx):
    rng = ctx.rng
    an = lambda: rng.choice(MBI_L + "0123456789")
    v = [str(rng.randint(1, 9)), rng.choice(MBI_L), an(), rng.choice("0123456789"), rng.choice(MBI_L), an(),
         rng.choice("0123456789"), rng.choice(MBI_L), rng.choice(MBI_L), rng.choice("0123456789"), rng.choice("0123456789")]
    s = "".join(v)
    return rng.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:], s])


def g_medicaid(ctx):
    rng = ctx.rng
    return rng.choice(["1" + rdigits(rng, 11), "10" + rdigits(rng, 10), rdigits(rng, 2).upper() + rdigits(rng, 8),
                       "NH" + rdigits(rng, 9)])


def g_member_id(ctx):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    st = rng.randint(0, 7)
    return ["".join(rng.choice(L) for _ in range(3)) + rdigits(rng, 9), "W" + rdigits(rng, 9),
            "".join(rng.choice(L) for _ in range(3)) + " " + rdigits(rng, 9) + " 01",
            rdigits(rng, 8) + "-0" + str(rng.randint(1, 4)), "U" + rdigits(rng, 8) + "01",
            "".join(rng.choice(L) for _ in range(3)) + rdigits(rng, 3) + rng.choice(L) + rdigits(rng, 5),
            "H" + rdigits(rng, 10), g_mbi(ctx)][st]


def g_plan_any(ctx):
    return ctx.rng.choice([g_member_id, g_medicaid, g_mbi])(ctx)


def g_har(ctx):
    rng = ctx.rng
    return rng.choice([str(rng.randint(10**10, 4 * 10**10)), "4" + rdigits(rng, 9), "H" + rdigits(rng, 9)])


def g_acct(ctx):
    rng = ctx.rng
    return rng.choice(["G" + rdigits(rng, 7), "A000" + rdigits(rng, 8), rdigits(rng, 10), "V00" + rdigits(rng, 8),
                       "%s-%s" % (rdigits(rng, 4), rdigits(rng, 6)), "PA" + rdigits(rng, 8), str(rng.randint(10**6, 10**7))])


def g_bank_acct(ctx):
    rng = ctx.rng
    return rng.choice(["00" + rdigits(rng, 10), rdigits(rng, 9), rdigits(rng, 12), "%s %s %s" % (rdigits(rng, 4), rdigits(rng, 4), rdigits(rng, 2))])


def g_any_acct(ctx):
    return ctx.rng.choice([g_har, g_acct])(ctx)


DL_STATES = [("MA", lambda r: "S" + rdigits(r, 8)), ("NY", lambda r: "%s %s %s" % (rdigits(r, 3), rdigits(r, 3), rdigits(r, 3))),
             ("CA", lambda r: r.choice("ABDEFGN") + rdigits(r, 7)), ("NH", lambda r: rdigits(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(r, 5)),
             ("NJ", lambda r: "%s%s %s %s" % (r.choice("ABCDKLMPSTW"), rdigits(r, 4), rdigits(r, 5), rdigits(r, 5))),
             ("RI", lambda r: rdigits(r, 7)), ("FL", lambda r: "%s%s-%s-%s-%s-%s" % (r.choice("BDGHKLMPRSW"), rdigits(r, 3), rdigits(r, 3), rdigits(r, 2), rdigits(r, 3), rdigits(r, 1))),
             ("ME", lambda r: rdigits(r, 7)), ("PA", lambda r: rdigits(r, 8)), ("CT", lambda r: rdigits(r, 9))]


def g_dl(ctx):
    st, f = ctx.rng.choice(DL_STATES)
    ctx.last["state"] = st
    return f(ctx.rng)


def g_dea(ctx):
    rng = ctx.rng
    p = ctx.persons.get("col")
    second = ascii_fold(p.last)[0].upper() if p else rng.choice("ABCDEFGHJKLMNPRSTW")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + second + "".join(map(str, d)) + str(chk)


def g_state_lic(ctx):
    rng = ctx.rng
    return rng.choice([str(rng.randint(100000, 299999)), "0" + rdigits(rng, 6), "MD" + rdigits(rng, 6),
                       "%d-%s" % (rng.randint(10, 99), rdigits(rng, 5)), "LIC" + rdigits(rng, 7)])


def g_rn_lic(ctx):
    rng = ctx.rng
    return rng.choice(["RN" + rdigits(rng, 7), rdigits(rng, 7), "RN-" + rdigits(rng, 6), "NUR." + rdigits(rng, 7),
                       "RN%sA" % rdigits(rng, 6)])


def g_plate(ctx):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    l = lambda n: "".join(rng.choice(L) for _ in range(n))
    return rng.choice([str(rng.randint(1, 9)) + l(3) + rdigits(rng, 2), rdigits(rng, 3) + l(2) + rdigits(rng, 1),
                       str(rng.randint(1, 9)) + l(2) + " " + rdigits(rng, 3), l(3) + "-" + rdigits(rng, 4),
                       rdigits(rng, 7), l(3) + " " + rdigits(rng, 4), rng.choice(["RN4LYF", "GR8NANA", "MDMOM", "PATSFN1", "SOXFAN"])])


def g_vin(ctx):
    return vin(ctx.rng)


def g_vehicle(ctx):
    return ctx.rng.choice([g_plate, g_plate, g_vin])(ctx)


def g_pm_sn(ctx):
    rng = ctx.rng
    return rng.choice(["PJN" + rdigits(rng, 6) + "H", "RNR" + rdigits(rng, 6) + "S", "CNS" + rdigits(rng, 6) + "H",
                       rdigits(rng, 7), "MAJ" + rdigits(rng, 6) + "G", "%s%s" % (rng.choice(["A", "B", "M"]), rdigits(rng, 8))])


def g_pump_sn(ctx):
    rng = ctx.rng
    return rng.choice(["NG" + rdigits(rng, 7) + "H", rdigits(rng, 8), "TS" + rdigits(rng, 7), "%s-%s" % (rdigits(rng, 4), rdigits(rng, 5)),
                       "OP" + rdigits(rng, 6) + "K"])


def g_cgm_sn(ctx):
    rng = ctx.rng
    A = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(["".join(rng.choice(A) for _ in range(6)), "0M" + "".join(rng.choice(A) for _ in range(9)),
                       "8" + "".join(rng.choice(A) for _ in range(5))])


def g_hearing_sn(ctx):
    rng = ctx.rng
    return rng.choice([rdigits(rng, 4) + rng.choice("ABCDEFGH") + rdigits(rng, 5), rdigits(rng, 2) + "Y" + rdigits(rng, 5),
                       "SN" + rdigits(rng, 8)])


def g_udi(ctx):
    rng = ctx.rng
    gtin = "00" + rdigits(rng, 12)
    exp = "%02d%02d%02d" % (rng.randint(26, 31), rng.randint(1, 12), rng.randint(1, 28))
    ser = "".join(rng.choice("ABCDEFGHJK0123456789") for _ in range(rng.randint(6, 10)))
    return rng.choice(["(01)%s(17)%s(21)%s" % (gtin, exp, ser), "01%s17%s21%s" % (gtin, exp, ser),
                       "(01)%s(21)%s" % (gtin, ser)])


def g_device(ctx):
    return ctx.rng.choice([g_pm_sn, g_pump_sn, g_hearing_sn, g_udi])(ctx)


def _slug(p, sep="-"):
    return ascii_fold(p.first).lower().replace("'", "").replace(" ", sep) + sep + ascii_fold(p.last).lower().replace("'", "").replace(" ", sep).replace(".", "")


def g_pt_url(ctx):
    rng = ctx.rng
    dom = ctx.org[1]
    p = ctx.person("pt")
    ln = ascii_fold(p.last).replace(" ", "").replace("'", "")
    return rng.choice([
        "https://mychart.%s/MyChart/Visit?csn=%s" % (dom, rdigits(rng, 10)),
        "https://portal.%s/patient/%s/results" % (dom, "00" + rdigits(rng, 6)),
        "https://telehealth.%s/join?pt=%s&n=%s%s" % (dom, rdigits(rng, 7), p.first[0], ln),
        "https://visit.%s/v/%s-%s" % (dom, ln.lower(), rdigits(rng, 6)),
        "https://%s/patients/%s/summary" % (dom, rdigits(rng, 8)),
        "http://myhealth.%s/record?mrn=%s" % (dom, rdigits(rng, 8))])


def g_cb_url(ctx):
    rng = ctx.rng
    p = ctx.person("pt")
    return rng.choice(["https://www.caringbridge.org/site/%s" % _slug(p, ""),
                       "https://www.caringbridge.org/visit/%s" % _slug(p, ""),
                       "https://myupdates.%s/family/%s" % (ctx.org[1], _slug(p)),
                       "https://www.mealtrain.com/trains/%s-%s" % (_slug(p), rdigits(rng, 4))])


def g_gfm_url(ctx):
    p = ctx.person("pt")
    return ctx.rng.choice(["https://www.gofundme.com/f/help-%s-recover" % _slug(p),
                           "https://gofund.me/%s" % "".join(ctx.rng.choice("abcdef0123456789") for _ in range(8)) + "?n=" + _slug(p),
                           "https://www.gofundme.com/f/%s-medical-bills" % _slug(p)])


def g_ip(ctx):
    rng = ctx.rng
    st = rng.randint(0, 4)
    if st == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if st == 1:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if st == 2:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    return g_ip_pub(ctx)


def g_ip_pub(ctx):
    rng = ctx.rng
    return "%d.%d.%d.%d" % (rng.choice([24, 50, 66, 71, 73, 98, 104, 108, 151, 173, 185, 203]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def g_ipv6(ctx):
    rng = ctx.rng
    h = lambda: "%x" % rng.randint(0, 0xffff)
    return rng.choice(["2601:%s:%s:%s::%s" % (h(), h(), h(), h()), "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
                       "2603:%s:%s:%s:%s:%s:%s:%s" % tuple(h() for _ in range(7))])


def g_ip_any(ctx):
    return ctx.rng.choice([g_ip, g_ip, g_ip_pub, g_ipv6])(ctx)


def _town(ctx):
    if "town" not in ctx.cache:
        ctx.cache["town"] = ctx.rng.choice(TOWNS)
    return ctx.cache["town"]


def _street(ctx):
    rng = ctx.rng
    n = rng.choice([rng.randint(1, 99), rng.randint(1, 999), rng.randint(100, 9999)])
    s = "%d %s %s" % (n, rng.choice(STREETS), rng.choice(SUFFIX))
    if rng.random() < 0.3:
        s += rng.choice([" Apt %d%s" % (rng.randint(1, 9), rng.choice("ABCD")), " #%d" % rng.randint(1, 40),
                         " Unit %d" % rng.randint(1, 300), ", Apt %d" % rng.randint(1, 30), " Fl %d" % rng.randint(1, 3)])
    return s


def g_addr_street(ctx):
    return _street(ctx)


def g_addr_full(ctx):
    rng = ctx.rng
    t, st, zips = _town(ctx)
    z = rng.choice(zips)
    f = rng.randint(0, 5)
    s = _street(ctx)
    return ["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s", "%s, %s, %s %s", "%s, %s %s  %s", "%s, %s %s %s"][f] % (s, t, st, z) \
        if f != 3 else ("%s, %s, %s %s" % (s, t, st, z)).upper()


def g_addr_full_zip4(ctx):
    rng = ctx.rng
    t, st, zips = _town(ctx)
    return "%s, %s, %s %s-%s" % (_street(ctx), t, st, rng.choice(zips), rdigits(rng, 4))


def g_addr_nl(ctx):
    """street and town on two lines: one span including the newline"""
    rng = ctx.rng
    t, st, zips = _town(ctx)
    return "%s\n%s, %s %s" % (_street(ctx), t, st, rng.choice(zips))


def g_town(ctx):
    return _town(ctx)[0]


def g_zip(ctx):
    rng = ctx.rng
    z = rng.choice(_town(ctx)[2])
    return z if rng.random() < 0.75 else z + "-" + rdigits(rng, 4)


def g_po_box(ctx):
    rng = ctx.rng
    t, st, zips = _town(ctx)
    n = rng.randint(1, 2999)
    return rng.choice(["PO Box %d, %s, %s %s" % (n, t, st, rng.choice(zips)), "P.O. Box %d, %s %s %s" % (n, t, st, rng.choice(zips)),
                       "PO Box %d" % n, "P.O. Box %d" % n])


def g_cc(ctx):
    rng = ctx.rng
    kind = rng.choices(["visa", "mc", "amex", "disc"], weights=[50, 30, 12, 8])[0]
    if kind == "visa":
        body = "4" + rdigits(rng, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + rdigits(rng, 13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + rdigits(rng, 12)
    else:
        body = "6011" + rdigits(rng, 11)
    n = body + luhn_digit(body)
    ctx.last["cc"] = n
    if kind == "amex":
        return rng.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:4], n[4:10], n[10:])
    sep = rng.choice([" ", " ", "-", "", " "])
    v = sep.join([n[0:4], n[4:8], n[8:12], n[12:]])
    if rng.random() < 0.06:
        v = n[0:4] + " " + n[4:8] + "-" + n[8:12] + "." + n[12:]
        ctx.tags.add("evasion")
    return v


SPAN_GENS = {
    "dob": g_dob, "dob_compact": g_dob_compact, "evt": g_evt, "evt_short": g_evt_short, "evt_next": g_evt_next,
    "adm": g_evt, "dc": g_evt_next, "bday": g_bday, "age90": g_age90, "age90_word": g_age90_word,
    "phone": g_phone, "phone_plain": g_phone_plain, "phone_spaced": g_phone_spaced, "phone_spelled": g_phone_spelled,
    "fax": g_phone_plain, "pemail": g_pemail, "pemail_rel": g_pemail_rel, "pemail_obf": g_pemail_obf,
    "biz_email": g_biz_email, "biz_email_col2": lambda c: g_biz_email(c, "col2"), "exe_email": lambda c: g_biz_email(c, "exe"),
    "vend_email": g_vend_email, "biz_email_ext": g_biz_email_ext,
    "ssn": g_ssn, "ssn_nodash": g_ssn_nodash, "ssn_spelled": g_ssn_spelled, "mrn": g_mrn,
    "mbi": g_mbi, "medicaid": g_medicaid, "member_id": g_member_id, "plan": g_plan_any,
    "har": g_har, "acct": g_acct, "bank_acct": g_bank_acct, "any_acct": g_any_acct,
    "dl": g_dl, "dea": g_dea, "state_lic": g_state_lic, "rn_lic": g_rn_lic,
    "plate": g_plate, "vin": g_vin, "vehicle": g_vehicle,
    "pm_sn": g_pm_sn, "pump_sn": g_pump_sn, "cgm_sn": g_cgm_sn, "hearing_sn": g_hearing_sn, "udi": g_udi, "device": g_device,
    "pt_url": g_pt_url, "cb_url": g_cb_url, "gfm_url": g_gfm_url,
    "ip": g_ip, "ip_pub": g_ip_pub, "ipv6": g_ipv6, "ip_any": g_ip_any,
    "addr_street": g_addr_street, "addr_full": g_addr_full, "addr_full_zip4": g_addr_full_zip4, "addr_nl": g_addr_nl,
    "town": g_town, "zip": g_zip, "po_box": g_po_box, "cc": g_cc,
}


# ================================================================ literal fillers (never labelled)
def _mtg_date(ctx):
    rng = ctx.rng
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    st = rng.randint(0, 7)
    base = fmt_date(y, m, d, rng.choice(["m/d", "m/d", "Month d", "Mon d", "Month dth", "m/d/yy", "mm/dd/yyyy"]))
    ctx.tags.add("calendar")
    if st < 3:
        return rng.choice(WEEKDAYS) + " " + base
    return base


def _policy_date(ctx):
    rng = ctx.rng
    m = rng.choice([1, 1, 7, 7, 10, 4, 6, 12])
    d = rng.choice([1, 1, 1, 15, DAYS_IN[m - 1]])
    return fmt_date(rng.choice([2025, 2026, 2027]), m, d, rng.choice(["m/d/yyyy", "m/d/yy", "Month d, yyyy", "m/d", "mm/dd/yyyy"]))


def _deadline(ctx):
    rng = ctx.rng
    ctx.tags.add("calendar")
    return rng.choice(["EOD Friday", "Friday", "end of month", "the 15th", "COB today", "next Wed", "6/30", "3/31",
                       "9/30", "12/1", "Monday noon", "end of Q" + str(rng.randint(1, 4))])


def _time(ctx):
    rng = ctx.rng
    h = rng.randint(6, 20)
    mnt = rng.choice([0, 0, 15, 30, 45])
    st = rng.randint(0, 4)
    if st == 0:
        return "%02d%02d" % (h, mnt)
    if st == 1:
        return "%d:%02d" % (h, mnt)
    h12 = h - 12 if h > 12 else h
    ap = "pm" if h >= 12 else "am"
    if st == 2:
        return "%d%s" % (h12, ap) if mnt == 0 else "%d:%02d%s" % (h12, mnt, ap)
    if st == 3:
        return "%d:%02d %s" % (h12, mnt, ap.upper())
    return rng.choice(["noon", "10a", "3p", "0700", "1900", "7:30"])


def _room(ctx):
    rng = ctx.rng
    return rng.choice([str(rng.randint(201, 999)), "%d%s" % (rng.randint(1, 40), rng.choice("AB")), "%d-%02d" % (rng.randint(3, 9), rng.randint(1, 40))])


def _bed(ctx):
    rng = ctx.rng
    return rng.choice(["bed %d" % rng.randint(1, 30), "B%d" % rng.randint(1, 30), "ED %d" % rng.randint(1, 40),
                       "hall %d" % rng.randint(1, 6), "%d%s" % (rng.randint(400, 799), rng.choice("AB"))])


def _ticket(ctx):
    rng = ctx.rng
    ctx.tags.add("ticket")
    return rng.choice(["INC%07d" % rng.randint(1, 999999), "RITM%07d" % rng.randint(1, 99999), "CHG%07d" % rng.randint(1, 99999),
                       "REQ%07d" % rng.randint(1, 999999), "TASK%07d" % rng.randint(1, 999999), "DEL-%d" % rng.randint(100, 4999),
                       "EHR-%d" % rng.randint(100, 9999), "HD-%d" % rng.randint(10000, 99999), "SEC-%d" % rng.randint(10, 999)])


def _po(ctx):
    rng = ctx.rng
    ctx.tags.add("po")
    return rng.choice(["PO-%d" % rng.randint(100000, 999999), "PO 4500%06d" % rng.randint(0, 999999), "PO# %d" % rng.randint(10000, 99999),
                       "PO #4500%06d" % rng.randint(0, 999999)])


def _inv(ctx):
    rng = ctx.rng
    ctx.tags.add("money")
    return rng.choice(["INV-2025-%05d" % rng.randint(1, 99999), "Inv %d-A" % rng.randint(10000, 99999), "invoice %d" % rng.randint(1000000, 9999999)])


def _order(ctx):
    rng = ctx.rng
    return rng.choice(["ORD-%d" % rng.randint(10000, 99999), "%d" % rng.randint(1000000, 9999999), "SO%d" % rng.randint(100000, 999999)])


def _version(ctx):
    rng = ctx.rng
    ctx.tags.add("version")
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 30)),
                       "%d.%d.%d" % (rng.randint(1, 24), rng.randint(0, 9), rng.randint(0, 99)),
                       "build 20%d.%d.%d.%d" % (rng.randint(23, 26), rng.randint(1, 12), rng.randint(0, 9), rng.randint(1, 40)),
                       "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1000, 9999)),
                       "Nov %d" % rng.choice([2024, 2025]), "R%d.%d" % (rng.randint(1, 9), rng.randint(0, 9))])


def _npi(ctx):
    rng = ctx.rng
    ctx.tags.add("npi")
    body = rng.choice("12") + rdigits(rng, 8)
    return body + luhn_digit("80840" + body)


def _ext(ctx):
    rng = ctx.rng
    ctx.tags.add("ext")
    return rng.choice(["x%d" % rng.randint(2000, 7999), "ext %d" % rng.randint(2000, 7999), "ext. %d" % rng.randint(100, 999),
                       "x%d" % rng.randint(10, 99) + str(rng.randint(10, 99))])


def _zoom_id(ctx):
    rng = ctx.rng
    ctx.tags.add("calendar")
    return rng.choice(["%d %s %s" % (rng.randint(810, 999), rdigits(rng, 4), rdigits(rng, 4)), "%d%s" % (rng.randint(810, 999), rdigits(rng, 8)),
                       "%d %s %s" % (rng.randint(810, 999), rdigits(rng, 3), rdigits(rng, 4))])


def _zoom_url(ctx):
    return "https://%s.zoom.us/j/%d%s" % (ctx.org[1].split(".")[0], ctx.rng.randint(810, 999), rdigits(ctx.rng, 8))


def _intranet_url(ctx):
    rng = ctx.rng
    d = ctx.org[1]
    return rng.choice(["https://intranet.%s/policies/%s" % (d, rng.choice(["visitor-policy", "hipaa-min-necessary", "pto", "badge-access"])),
                       "https://sharepoint.%s/sites/RevCycle/Shared%%20Documents" % d,
                       "https://%s.service-now.com/sp?id=kb_article&sys_id=%s" % (d.split(".")[0], "".join(rng.choice("0123456789abcdef") for _ in range(12))),
                       "https://boardportal.%s/meetings/20%d-%02d" % (d, rng.randint(25, 26), rng.randint(1, 12)),
                       "https://tableau.%s/views/ED_Throughput/Dashboard" % d, "https://www.%s/find-a-doctor" % d])


def _fac_addr(ctx):
    ctx.tags.add("facility-address")
    return ctx.rng.choice(FAC_ADDR)


def _fac_zip(ctx):
    ctx.tags.update(["facility-address", "zip-like"])
    return ctx.rng.choice(FAC_ZIP)


def _money(ctx):
    rng = ctx.rng
    ctx.tags.add("money")
    return rng.choice(["%s" % format(rng.randint(50, 99999), ","), "%d.%02d" % (rng.randint(10, 4000), rng.randint(0, 99)), "%dK" % rng.randint(5, 900),
                       "%.1fM" % (rng.randint(5, 90) / 10.0)])


def _cpt(ctx):
    ctx.tags.add("cpt")
    return ctx.rng.choice(CPTS)


def _icd(ctx):
    ctx.tags.add("icd")
    return ctx.rng.choice(ICDS)


def _group_no(ctx):
    rng = ctx.rng
    return rng.choice(["%06d" % rng.randint(1, 999999), "%d-%02d" % (rng.randint(1000, 9999), rng.randint(1, 20)), "GRP%05d" % rng.randint(1, 99999),
                       "%s%d" % (rng.choice(["X", "N", "B"]), rng.randint(10000, 99999))])


def _last4(ctx):
    if "cc" in ctx.last:
        return ctx.last["cc"][-4:]
    return rdigits(ctx.rng, 4)


def _exp(ctx):
    rng = ctx.rng
    return rng.choice(["%02d/%d" % (rng.randint(1, 12), rng.randint(26, 31)), "%d/%d" % (rng.randint(1, 12), rng.randint(2026, 2031))])


def _uid(ctx):
    return "U0" + "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng_len(ctx)))


def rng_len(ctx):
    return ctx.rng.choice([7, 8, 9])


def _state(ctx):
    return ctx.last.get("state") or ctx.rng.choice(["MA", "NH", "RI", "ME"])


def _fy(ctx):
    ctx.tags.add("calendar")
    return str(ctx.rng.choice([25, 26, 27, 2026, 2027]))


def _vendor(ctx):
    v = ctx.rng.choice(VENDORS)
    ctx.last["vendor"] = v
    return v


def _money_small(ctx):
    rng = ctx.rng
    ctx.tags.add("money")
    return rng.choice(["%d" % rng.randint(20, 900), "%d.%02d" % (rng.randint(10, 4000), rng.randint(0, 99)), format(rng.randint(1000, 24000), ",")])


def _count(ctx):
    return str(ctx.rng.choice([ctx.rng.randint(2, 40), ctx.rng.randint(3, 400)]))


FILLS = {
    "unit": lambda c: c.rng.choice(UNITS), "dx": lambda c: c.rng.choice(DX), "med": lambda c: c.rng.choice(MEDS),
    "proc": lambda c: c.rng.choice(PROCS), "dept": lambda c: c.rng.choice(DEPTS), "colrole": lambda c: c.rng.choice(COL_ROLES),
    "exetitle": lambda c: c.rng.choice(EXEC_TITLES), "payer": lambda c: c.rng.choice(PAYERS),
    "system": lambda c: c.rng.choice(SYSTEMS), "item": lambda c: c.rng.choice(ITEMS), "topic": lambda c: c.rng.choice(TOPICS),
    "confroom": lambda c: c.rng.choice(CONF_ROOMS), "vendor": _vendor,
    "orgname": lambda c: c.org[0], "orgdom": lambda c: c.org[1], "site": lambda c: c.rng.choice(SITES),
    "route": lambda c: c.rng.choice(ROUTES), "car": lambda c: c.rng.choice(CARS), "place": lambda c: c.rng.choice(PLACES),
    "greet": lambda c: c.rng.choice(GREET), "close": lambda c: c.rng.choice(CLOSE), "chan": lambda c: c.rng.choice(CHANNELS),
    "mtgdate": _mtg_date, "policydate": _policy_date, "deadline": _deadline, "time": _time, "room": _room, "bed": _bed,
    "ticket": _ticket, "po": _po, "inv": _inv, "order": _order, "version": _version, "npi": _npi, "ext": _ext,
    "zoomid": _zoom_id, "zoomurl": _zoom_url, "intranet": _intranet_url, "facaddr": _fac_addr, "faczip": _fac_zip,
    "money": _money, "money_small": _money_small, "cpt": _cpt, "icd": _icd, "groupno": _group_no, "last4": _last4, "exp": _exp, "uid": _uid,
    "state": _state, "fy": _fy, "count": _count,
    "q": lambda c: str(c.rng.randint(1, 4)), "n": lambda c: str(c.rng.randint(2, 9)), "pct": lambda c: str(c.rng.randint(2, 97)),
    "ageyoung": lambda c: str(c.rng.choice([c.rng.randint(18, 89), c.rng.randint(60, 89), c.rng.randint(80, 89)])),
    "age89": lambda c: str(c.rng.randint(70, 89)),
    "dur": lambda c: str(c.rng.choice([15, 30, 45, 60, 90, 120])), "relday": lambda c: c.rng.choice(["tomorrow", "tonight", "Monday", "next week", "this afternoon", "Friday", "over the weekend"]),
    "day": lambda c: c.rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "tomorrow", "EOD"]),
    "asset": lambda c: c.rng.choice(["AT-%06d" % c.rng.randint(1, 999999), "BME%05d" % c.rng.randint(1, 99999), "asset #%d" % c.rng.randint(10000, 99999)]),
    "costcenter": lambda c: c.rng.choice(["%d-%d" % (c.rng.randint(1000, 9999), c.rng.randint(100, 999)), "CC %d" % c.rng.randint(10000, 99999)]),
    "contract": lambda c: c.rng.choice(["C-20%d-%03d" % (c.rng.randint(23, 26), c.rng.randint(1, 999)), "MSA-%04d" % c.rng.randint(1, 9999)]),
    "printjob": lambda c: str(c.rng.randint(100, 9999)), "bin": lambda c: "%06d" % c.rng.randint(1, 999999),
    "smallnum": lambda c: c.rng.choice(["two", "three", "four", "five", "2", "3", "4", "6"]),
    "sop": lambda c: "SOP-%s-%03d" % (c.rng.choice(["NUR", "PHA", "IT", "HIM"]), c.rng.randint(1, 400)),
    "cid": lambda c: "C0" + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
    "chg": lambda c: "CHG%07d" % c.rng.randint(1, 99999), "ios": lambda c: "%d.%d.%d" % (c.rng.randint(15, 18), c.rng.randint(0, 6), c.rng.randint(0, 3)),
    "donor": lambda c: c.rng.choice(["Hunter", "Rose", "Whitcomb", "Nakamura", "Delgado", "Abernathy", "Price", "Lane", "Okafor", "Sullivan"]),
    "garage": lambda c: c.rng.choice(["A", "B", "East", "West", "Visitor"]),
    "extdigits": lambda c: str(c.rng.randint(2000, 7999)),
    "extspelled": lambda c: " ".join(DIGIT_WORDS[int(x)] for x in str(c.rng.randint(2000, 7999))),
    "countword": lambda c: c.rng.choice(["two", "three", "four", "five", "six", "a dozen"]),
    "devicekind": lambda c: c.rng.choice(["Medtronic Azure", "Boston Sci ICD", "Abbott Assurity", "dual-chamber PPM", "CRT-D", "loop recorder"]),
    "pumpkind": lambda c: c.rng.choice(["Alaris", "Medtronic 780G", "t:slim", "Omnipod", "CADD", "Sigma"]),
}

# ================================================================ templates
# {x}            literal filler (never labelled): FILLS key or person.attr (pt, pt2, pt3, rel, rel2,
#                col, col2, colw, exe, vend, emp, vip)
# {!TYPE:x}      labelled span, x = SPAN_GENS key or person.attr ; "@k" suffix reuses one value
# Person names are labelled only for pt*, rel*, emp (employee-health case) and vip (VIP patient).

PHI_T = [
# ---- clinical handoffs
("structured", "handoff {unit} {bed}: {!NAME:pt.full}, {!AGE:age90} {pt.sex}, adm {!DATE:adm} for {dx}. Family contact is {pt.his} {rel.relword} {!NAME:rel.first}, {!PHONE:phone}."),
("", "can someone check on {pt.title} {!NAME:pt.last} in {room}? {pt.He} keeps asking for {pt.his} {rel.relword}"),
("", "{!NAME:pt.first} in {room} is refusing {med} again, {rel.relword} ({!NAME:rel.full}) is on the way in"),
("", "FYI {!NAME:pt.full} (MRN {!MRN:mrn}) is back from {proc}, vitals stable, NPO till {time}"),
("", "sign out\n{bed} {!NAME:pt.last} - {dx}, trop pending\n{bed} {!NAME:pt2.last} - {dx}, likely dc {relday}"),
("", "pt is a {!AGE:age90} yo {pt.gw} w/ {dx}, lives alone at {!ADDRESS:addr_full}. PT/OT consult placed"),
("", "{!NAME:pt.full}'s {rel.relword} called again wanting an update. best # is {!PHONE:phone}"),
("structured", "Incident report: {!NAME:pt.full} found on floor in {room} on {!DATE:evt} approx {time}. No injury noted. Notified {rel.relword} {!NAME:rel.full}."),
("", "{pt.title} {!NAME:pt.last} ({!AGE:age90}) got {med} at {time}, pls recheck BP in an hour"),
("", "Do we have a working number for {!NAME:pt.full}? Chart has {!PHONE:phone} but it goes to a fax tone"),
("", "RRT {room} - {!NAME:pt.full}, DOB {!DATE:dob}. moving to {unit} after"),
("device", "who has {!NAME:pt.last} tonight? {rel.relword} {!NAME:rel.first} is bringing in {pt.his} hearing aid (serial {!DEVICE_ID:hearing_sn}) before the {proc}"),
("device structured", "Remote transmission for {!NAME:pt.full}: {devicekind} SN {!DEVICE_ID:pm_sn}, battery ok. Next check {!DATE:evt}."),
("device ticket", "pump alarm on {!NAME:pt.full}, pump serial {!DEVICE_ID:pump_sn}, biomed ticket {ticket}"),
("device", "{!NAME:pt.first}'s Dexcom transmitter {!DEVICE_ID:cgm_sn} keeps dropping, {pt.he} has a spare at home"),
("structured", "ED board: {!NAME:pt.inv}  {!AGE:age90}{pt.sex}  {dx}  MRN {!MRN:mrn}"),
("vehicle", "EMS brought in {!NAME:pt.full}, {!AGE:age90}, from {!ADDRESS:addr_street}. {rel.Relword} following in a {car}, plate {!VEHICLE_ID:plate}, if security asks"),
("evasion", "{pt.hes} {!AGE:age90_word} and sharp as a tack. {!NAME:pt.first} just wants to go home to {!ADDRESS:town}"),
("referral structured", "Hospice referral: {!NAME:pt.full} DOB {!DATE:dob}, {dx}. POA {!NAME:rel.full} {!PHONE:phone}, {!EMAIL:pemail_rel}"),
("", "death pronounced {time} on {!DATE:evt} for {!NAME:pt.full}, {room}. Family at bedside, morgue notified."),
("", "{!NAME:pt.nick} in {room} is asking for you again lol. {pt.He} says you promised jello"),
("", "Please page me when {pt.title} {!NAME:pt.last}'s {rel.relword} arrives - need consent for {proc}"),
("", "sitter needed for {!NAME:pt.full}, pulling at lines all night"),
("", "bed {room}: {!NAME:pt.fml}, {dx}, from {!ADDRESS:town}, DNR. {rel.Relword} {!NAME:rel.first} is HCP"),
("", "Is {!NAME:pt.full} still on the {unit} list? {pt.His} {proc} got moved to {!DATE:evt_short}"),

# ---- registration / patient access
("structured", "Registering {!NAME:pt.full}, DOB {!DATE:dob}, SSN {!SSN:ssn}, member ID {!HEALTH_PLAN_ID:member_id} ({payer}), group {groupno}"),
("structured multiline", "New pt reg\nName: {!NAME:pt.inv}\nDOB: {!DATE:dob}\nAddr: {!ADDRESS:addr_full}\nPhone: {!PHONE:phone}\nIns: {payer} {!HEALTH_PLAN_ID:member_id}"),
("", "is {!SSN:ssn} the right SSN for {!NAME:pt.last}? registration typed {!SSN:ssn} on the face sheet"),
("", "pt says her medicare # is {!HEALTH_PLAN_ID:mbi}, the card in the system is the old one"),
("", "Medicaid ID for {!NAME:pt.full} is {!HEALTH_PLAN_ID:medicaid}, coverage eff {policydate}"),
("records", "merging charts: {!MRN:mrn} and {!MRN:mrn} are both {!NAME:pt.full}, same DOB {!DATE:dob}"),
("license", "DL on file for {!NAME:pt.full}: {!LICENSE_NUMBER:dl} ({state}). photo ID verified at kiosk"),
("", "guarantor is {pt.his} {rel.relword} {!NAME:rel.full}, {!ADDRESS:addr_full}, {!PHONE:phone}"),
("", "{pt.title} {!NAME:pt.last} moved, new address {!ADDRESS:addr_full} - pls update before statements go out"),
("zip-like facility-address", "pt's zip should be {!ADDRESS:zip}, registration put our clinic zip {faczip} by mistake"),
("", "ID scan for {!NAME:pt.full} failed, manual entry: DOB {!DATE:dob}, DL {!LICENSE_NUMBER:dl}"),
("", "walk-in at {site} front desk, {!NAME:pt.full}, no insurance card, SSN {!SSN:ssn} per pt"),
("", "newborn {!NAME:pt.full}, DOB {!DATE:evt}: parent/guardian {!NAME:rel.full} MRN {!MRN:mrn}; baby MRN {!MRN:mrn}"),

# ---- billing
("money", "{!NAME:pt.full} called about a bill, HAR {!ACCOUNT_NUMBER:har}, says {pt.he} was charged twice for DOS {!DATE:evt}"),
("money card", "pls apply the ${money_small} payment to guarantor acct {!ACCOUNT_NUMBER:acct}, card {!CREDIT_CARD:cc} exp {exp}"),
("money", "Payment plan set up for {!NAME:pt.full} acct {!ACCOUNT_NUMBER:acct}. Autopay from checking {!ACCOUNT_NUMBER:bank_acct}"),
("money", "refund check for {!NAME:pt.full} goes to {!ADDRESS:addr_full}; ref {inv}"),
("", "self-pay pt {!NAME:pt.last}, acct {!ACCOUNT_NUMBER:acct}, ask about charity care - household of {smallnum}"),
("card", "the card {!NAME:pt.first} read over the phone keeps declining: {!CREDIT_CARD:cc}. ends in {last4} right?"),
("money", "{!NAME:pt.full}, balance ${money_small}, acct {!ACCOUNT_NUMBER:any_acct}. Spouse {!NAME:rel.first} says they can pay on the 15th"),
("money", "can you look up HAR {!ACCOUNT_NUMBER:har}? guarantor says {proc} on {!DATE:evt} should've gone to {payer}"),
("money cpt", "denial on acct {!ACCOUNT_NUMBER:acct} for CPT {cpt}, DOS {!DATE:evt}, member {!HEALTH_PLAN_ID:member_id}"),
("card", "Pt paid by phone, card {!CREDIT_CARD:cc} exp {exp}, CVV given verbally (not posting that)"),

# ---- scheduling
("", "pls book {!NAME:pt.full} for {proc} on {!DATE:evt} at {time}, {pt.he}'ll need a ride"),
("", "r/s {!NAME:pt.last} from {!DATE:evt} to {!DATE:evt_next}, cb {!PHONE:phone}"),
("email", "appt reminder bounced for {!EMAIL:pemail}, pt {!NAME:pt.full}"),
("records", "no-show x2: {!NAME:pt.full} ({!MRN:mrn}), last seen {!DATE:evt}. do we discharge from practice?"),
("url", "telehealth link for {!NAME:pt.first}: {!URL:pt_url}"),
("email evasion", "can you send {!NAME:pt.full} the visit link, {pt.his} email is {!EMAIL:pemail_obf}"),
("", "f/u for {!NAME:pt.full} due {!DATE:evt}, cards wants an echo first"),
("", "{!NAME:pt.full}... no wait, it's {!NAME:pt2.full}. the {time} slot"),
("", "Waitlist: {!NAME:pt.invc} wants anything sooner than {!DATE:evt}, any provider. cell {!PHONE:phone}"),
("", "called {!NAME:pt.full} to confirm {proc} {!DATE:evt_short}, left vm at {!PHONE:phone}"),

# ---- employee health
("escalation", "EH: needlestick - {!NAME:emp.full} ({colrole}, {unit}) on {!DATE:evt}, source pt MRN {!MRN:mrn}"),
("", "{!NAME:emp.first} from {dept} tested positive for flu, symptom onset {!DATE:evt_short}. who's covering?"),
("", "Occ health clearance for {!NAME:emp.full}: TB test placed {!DATE:evt}, read negative."),
("", "workers comp: {!NAME:emp.full} slipped in the {place} on {!DATE:evt}, claim filed. {emp.His} cell {!PHONE:phone}"),
("vip", "Our nurse {!NAME:emp.full} is the patient in {room} - please restrict chart access"),
("", "FMLA paperwork for {!NAME:emp.full} ({dept}) - surgery {!DATE:evt}, out 6 wks"),
("", "{!NAME:emp.first} ({colrole} on {unit}) had a syncopal episode at the nurses station, seen in ED, MRN {!MRN:mrn}"),
("", "EH follow-up: {!NAME:emp.full}, post-exposure labs due {!DATE:evt}, call {!PHONE:phone}"),

# ---- VIP
("vip", "heads up, {!NAME:vip.full} (board member) is being admitted to {unit} tonight, chest pain. keep it quiet"),
("vip exec-name", "{exetitle} asked that we flag {!NAME:vip.full}'s chart as confidential - {vip.hes} in {room}"),
("vip", "The mayor's mother, {!NAME:vip.full}, {!AGE:age90}, is in the ED. MRN {!MRN:mrn}"),
("vip", "@assistant send flowers to {!NAME:vip.full} in {room}, {vip.he} is a major donor and had {proc} on {!DATE:evt}"),
("vip", "VIP alert: {!NAME:vip.full} ({!NAME:vip.nick}) arriving by private car, plate {!VEHICLE_ID:plate}, take {vip.him} straight to {unit}"),

# ---- IT / security
("ip ticket", "Seeing failed logins to {!NAME:pt.full}'s chart from {!IP_ADDRESS:ip}, opening {ticket}"),
("ip ticket", "VPN blocked {!IP_ADDRESS:ip_any} and {!IP_ADDRESS:ip_any} after the phishing click, see {ticket}"),
("ip version", "pls whitelist {!IP_ADDRESS:ipv6} for the {vendor} interface, running {version}"),
("records", "privacy alert: {col.full} opened the record of {!NAME:pt.full} (MRN {!MRN:mrn}) - same last name, possible family snooping"),
("business-contact", "phishing email came from {!EMAIL:biz_email_ext}, reported by {col.first}"),
("business-contact", "reset password for {col.full}, {col.he} wants a call back at {!PHONE:phone}"),
("ip", "{!NAME:pt.full} keeps getting logged out of the portal, home IP is {!IP_ADDRESS:ip_pub}"),
("ip", "workstation {asset} at {!IP_ADDRESS:ip} is still on {version}, please reimage"),
("ip", "the interface engine is pointing at {!IP_ADDRESS:ip}:{extdigits} instead of the new box"),

# ---- executives delegating to the bot
("business-contact calendar", "@assistant draft a reply to {col.full} ({!EMAIL:biz_email}) confirming the {mtgdate} board prep"),
("business-contact", "hey bot, call {vend.first} at {vendor} on {!PHONE:phone} and move our QBR to {mtgdate}"),
("business-contact", "Assistant: add {col.full} to the invite, {col.his} cell is {!PHONE:phone}"),
("card po", "please expense the dinner on my corporate card {!CREDIT_CARD:cc}, {po}"),
("vehicle", "book me a spot in the {garage} garage, my plate is {!VEHICLE_ID:plate}"),
("", "@assistant write a condolence note to the family of {!NAME:pt.full} - {pt.he} passed on {!DATE:evt} on {unit}. {rel.Relword} is {!NAME:rel.full}"),
("business-contact exec-name", "bot: email {exe.full} at {!EMAIL:exe_email} and {col.full} at {!EMAIL:biz_email} the deck"),
("vip", "@assistant remind me to call {!NAME:vip.full}'s {rel.relword} {!NAME:rel.first} at {!PHONE:phone} about {vip.his} stay"),
("business-contact", "Can you ask {vend.full} ({vendor}) to call me back? {!PHONE:phone}"),

# ---- thread replies
("", "yes that's her, DOB {!DATE:dob}"),
("", "^ wrong pt, that's {!NAME:pt.first}, not {!NAME:pt2.first}"),
("records", "correct MRN is {!MRN:mrn}, the other one was a dup"),
("", "his cell is {!PHONE:phone} fyi"),
("", "called {!NAME:rel.first}, {rel.he}'ll be here at {time}"),
("", "no, {!NAME:pt.last} is in {room} now"),
("", "that was {!DATE:evt} - the surgery, not the clinic visit"),
("", "pt is {!AGE:age90} btw, note says {ageyoung} - typo"),
("", "lol yes {!NAME:pt.first} again"),
("", "{!NAME:rel.full} is family but NOT the POA, check the scanned docs"),
("", "it's {!SSN:ssn}"),
("", "> what's the member id?\n{!HEALTH_PLAN_ID:member_id}"),

# ---- pasted EHR / fax snippets
("structured multiline", "```\nPatient: {!NAME:pt.inv}\nMRN: {!MRN:mrn}   DOB: {!DATE:dob}   Age: {!AGE:age90}\nAttending: {col.drname}\n```"),
("structured multiline", "FAX COVER\nTo: {dept}  Fax: {!PHONE:fax}\nFrom: {col.drname}  Fax: {!PHONE:fax}\nRe: {!NAME:pt.full}  DOB {!DATE:dob}\nPages: {n}"),
("referral", "from the referral: \"Pt {!NAME:pt.full}, {!AGE:age90} y/o, resides {!ADDRESS:addr_nl}, lives w/ {rel.relword}\""),
("structured multiline", "Ins card\n{payer}\nMember: {!NAME:pt.upper}\nID {!HEALTH_PLAN_ID:member_id}\nGroup {groupno}\nRx BIN {bin}"),
("structured", "Lab: {!NAME:pt.invu} MRN#{!MRN:mrn} Collected {!DATE:evt} {time} K 5.9 (H) called to {col.ini}"),
("structured", "D/C summary {!NAME:pt.full} adm {!DATE:adm} d/c {!DATE:dc}, f/u PCP {!DATE:evt_next}"),
("records", "Records request: {!NAME:pt.full}, DOB {!DATE:dob}, send to {!ADDRESS:addr_full} or email {!EMAIL:pemail}"),
("structured multiline", "*Patient:* {!NAME:pt.fml}\n*DOB:* {!DATE:dob}\n*MRN:* `{!MRN:mrn}`\n*Plan ID:* {!HEALTH_PLAN_ID:plan}"),
("structured", "ADT A04 | {!NAME:pt.invu} | {!DATE:dob_compact} | {!ADDRESS:addr_full} | {!PHONE:phone_plain}"),
("structured device", "Implant record - {!NAME:pt.invc}, {devicekind}, UDI {!DEVICE_ID:udi}, implanted {!DATE:evt}"),
("structured", "Allergy/ID band reprint: {!NAME:pt.upper} DOB {!DATE:dob} MR# {!MRN:mrn} {room}"),

# ---- lists
("multiline", "tomorrow's OR list:\n• {!NAME:pt.full} - {proc}\n• {!NAME:pt2.full} - {proc}\n• {!NAME:pt3.last} - {proc}"),
("multiline", "Callbacks:\n1. {!NAME:pt.full} {!PHONE:phone}\n2. {!NAME:pt2.full} {!PHONE:phone}\n3. {!NAME:pt3.full} - no phone on file"),
("multiline", "- {!NAME:pt.last} ({room}) -> {unit}\n- {!NAME:pt2.last} ({room}) -> d/c\n- {bed} empty"),
("multiline", "Today's pending d/c:\n* {!NAME:pt.ini} - ride at {time}\n* {!NAME:pt2.ini} - waiting on PT\n* {bed} - no name yet"),

# ---- credentialing / payroll
("credentialing npi", "{col.drname}'s DEA {!LICENSE_NUMBER:dea} and state license {!LICENSE_NUMBER:state_lic} need to be in the packet by {deadline}; NPI {npi}"),
("credentialing", "new traveler RN {col.full}, license {!LICENSE_NUMBER:rn_lic} ({state}), expires {policydate}"),
("", "direct deposit change for {col.full}: acct {!ACCOUNT_NUMBER:bank_acct}, routing is on the form"),
("credentialing", "{col.full} PA-C license # {!LICENSE_NUMBER:state_lic} lapsed {policydate}, pull {col.him} from the schedule"),
("credentialing npi", "Provider enrollment: {col.drname}, NPI {npi}, DEA {!LICENSE_NUMBER:dea}, {payer} portal"),

# ---- security / parking
("vehicle", "Security: car {!VEHICLE_ID:plate} in the ED ambulance bay belongs to a visitor of {!NAME:pt.full}, {room}"),
("vehicle", "towed a {car} VIN {!VEHICLE_ID:vin} from lot C, owner is a patient, {!NAME:pt.full}"),
("", "visitor {!NAME:rel.full} is banned from {unit} per security, was visiting {!NAME:pt.first} in {room}"),
("vehicle", "valet has {!NAME:pt.last}'s keys, {car}, {!VEHICLE_ID:vehicle}"),

# ---- patient relations / complaints
("complaint email", "Complaint from {!NAME:rel.full} ({!EMAIL:pemail_rel}) re: the care of {!NAME:pt.full} on {unit}, {!DATE:evt}"),
("", "Patient {!NAME:pt.full} wants a copy of the {proc} bill mailed to {!ADDRESS:po_box}"),
("complaint escalation", "{!NAME:rel.full} ({rel.relword} of {!NAME:pt.full}) is threatening to go to the Globe about the fall on {!DATE:evt}. {rel.He} has called three times, cb {!PHONE:phone}"),
("complaint", "grievance letter to {!NAME:pt.full}, {!ADDRESS:addr_full_zip4}, due {deadline}"),

# ---- portal / URLs
("url", "{!NAME:pt.first}'s family set up {!URL:cb_url} for updates, pls don't post clinical details there"),
("url", "portal msg link: {!URL:pt_url}"),
("url", "GoFundMe for {!NAME:pt.full}: {!URL:gfm_url}"),
("url", "open <{!URL:pt_url}|this visit> and check the consent"),

# ---- evasion / obfuscation
("evasion", "ssn is {!SSN:ssn_nodash} for {!NAME:pt.last}"),
("evasion", "ph# {!PHONE:phone_spaced}"),
("email evasion", "email her at {!EMAIL:pemail_obf}"),
("evasion", "DOB {!DATE:dob_compact}"),
("evasion", "SSN {!SSN:ssn_spelled}"),
("evasion", "the number is {!PHONE:phone_spelled}, ask for {!NAME:rel.first}"),
("evasion", "age {!AGE:age90_word}, lives with {rel.relword} in {!ADDRESS:town}"),

# ---- addresses
("", "{!NAME:pt.first} lives at {!ADDRESS:addr_street} off {route} in {!ADDRESS:town}, VNA needs directions"),
("referral", "home health referral - {!NAME:pt.full}, {!ADDRESS:addr_full_zip4}"),
("", "pt from {!ADDRESS:town}, came by ambulance. {pt.He} is {!AGE:age90}."),
("", "pharmacy needs {!NAME:pt.full}'s address to mail the {med}: {!ADDRESS:addr_full}"),
("", "{pt.title} {!NAME:pt.last} is at {!ADDRESS:po_box} for mail, but lives at {!ADDRESS:addr_street}"),

# ---- nicknames / relatives
("", "{!NAME:pt.full} (goes by {!NAME:pt.nick}) in {room}, hard of hearing, speak into the left ear"),
("", "{!NAME:pt.full} \"{!NAME:pt.nick}\" - frequent flyer, ED knows {pt.him}"),
("", "{!NAME:pt.last}'s {rel.relword} {!NAME:rel.full} is the HCP; {rel2.relword} {!NAME:rel2.first} is also on the list"),
("", "{rel.relword} {!NAME:rel.first} at bedside, asking about the {dx}"),
("", "POA paperwork says {!NAME:rel.fml}, but the person at the desk says {rel2.hes} {!NAME:rel2.full}"),

# ---- business contact PHI
("business-contact", "For the {vendor} contract, contact {vend.full} at {!EMAIL:vend_email} or {!PHONE:phone}"),
("business-contact", "{col.first}'s mobile: {!PHONE:phone}"),
("business-contact slack-markup ext", "reach me at <mailto:{!EMAIL:biz_email@1}|{!EMAIL:biz_email@1}> or x{extdigits}"),
("business-contact", "fax the signed BAA to {!PHONE:fax} attn {vend.full}"),
("business-contact", "Our {vendor} rep changed - new one is {vend.full}, {!EMAIL:vend_email}, {!PHONE:phone}"),

# ---- plan IDs
("cpt", "Auth request: {payer} member {!HEALTH_PLAN_ID:member_id}, {!NAME:pt.full}, CPT {cpt}, DOS {!DATE:evt}"),
("", "MBI {!HEALTH_PLAN_ID:mbi} came back invalid for {!NAME:pt.last}, can you check the red white and blue card"),
("", "subscriber is {pt.his} {rel.relword} {!NAME:rel.full}, sub ID {!HEALTH_PLAN_ID:member_id}"),

# ---- misc
("", "{!AGE:age90}-year-old {pt.gw} from {!ADDRESS:town} with {dx} - does anyone know the family?"),
("", "{!NAME:pt.first} turns {!AGE:age90} on {!DATE:bday}! cake at the nurses station"),
("device", "UDI for {!NAME:pt.last}'s implant: {!DEVICE_ID:udi}"),
("device", "recall notice covers pacemaker SN {!DEVICE_ID:pm_sn} - that's {!NAME:pt.full} per the device clinic log"),
("", "need a chaplain for {!NAME:pt.full} in {room}, {pt.hes} {!AGE:age90} and asking for last rites"),
("", "{pt.title} {!NAME:pt.last} {!AGE:age90} y/o, {dx}, {!DATE:adm} admit"),
("records", "release of info: {!NAME:pt.full} authorizes {!NAME:rel.full} to receive records, signed {!DATE:evt}"),
("", "interpreter needed ({lang}) for {!NAME:pt.full}, {proc} at {time}"),
]

CLEAN_T = [
# ---- scheduling / meetings
("calendar", "Can we move the {dept} huddle to {mtgdate} at {time}? {col.first} is out"),
("", "@assistant schedule 30 min with {col.full} and {col2.full} next week re: {topic}"),
("calendar", "Reminder: M&M is {mtgdate}, {time}, {confroom}. Zoom {zoomurl}"),
("calendar", "Zoom ID {zoomid}, passcode is in the invite"),
("calendar", "Board meeting moved to {mtgdate}; materials are on {intranet}"),
("calendar", "Deadline for FY{fy} budget submissions is {deadline}"),
("exec-name", "{exe.full} wants the Q{q} volume deck by {day}"),
("calendar", "{exetitle} offsite is {mtgdate} at {facaddr}"),
("calendar", "can you do {mtgdate} {time}? otherwise {relday}"),
("calendar", "Staff flu clinic {mtgdate} {time} in {confroom}, bring your badge"),

# ---- colleagues and execs in business context
("ext", "{col.full} from {dept} is covering for me {relday}, ping {col.him} at {ext}"),
("", "thanks {col.first}!"),
("exec-name calendar", "{exetitle} {exe.full} will present at grand rounds {mtgdate}"),
("", "Welcome {col.full}, our new {colrole} on {unit}!"),
("", "@assistant draft an email to {col.full} thanking the team for the Joint Commission visit"),
("calendar", "{vend.full} from {vendor} is onsite {mtgdate} for the {system} upgrade"),
("", "the {donor} Family Foundation gift will fund the new {unit} wing, press release {relday}"),
("", "{col.drname} is on call for cards tonight, page through the operator"),
("", "{colw.full} approved the overtime for {unit}"),
("", "{colw.first} and {col.first} are running the {topic} workgroup"),
("", "Price went up again from {vendor} on {item}, Bill thinks we should push back"),
("", "Hope everyone had a great weekend! Grace period for timecards ends {deadline}"),
("exec-name", "{exe.full} ({exetitle}) is out until {relday}, send approvals to {col.full}"),
("", "congrats to {col.full} on the DAISY award!! 🌼"),
("", "{col.first} can you take the {unit} staffing call at {time}? I'm stuck in {confroom}"),
("", "shoutout to {col.first} and {col2.first} for covering nights on {unit}"),

# ---- tickets / POs / orders
("po", "{po} for the {item} was approved, vendor is {vendor}"),
("ticket", "Opened {ticket} for the printer on {unit}; print job #{printjob} is stuck"),
("money", "{inv} from {vendor} is 60 days past due, cost center {costcenter}"),
("money", "contract {contract} renews {policydate}, ${money}/yr"),
("", "order #{order} for {item} shipped, tracking to follow"),
("ticket version", "{ticket} closed - {system} {version} patch applied to {count} workstations"),
("ticket", "{ticket} still blocked by {ticket}"),
("ticket", "<@{uid}> can you approve {ticket}?"),
("po money", "{po} - {count} cases of {item}, ${money_small}"),
("ticket", "facilities ticket {ticket}: room {room} TV remote broken"),

# ---- versions / IT
("version calendar", "{system} upgrade to {version} goes live {mtgdate} at {time}; downtime ~{dur} min"),
("version", "{system} client {version} breaks the label printers, roll back to {version}"),
("version", "{version} is in TST, pls regression test"),
("version", "iPhone on iOS {ios} can't get Vocera, {asset}"),
("calendar", "firewall change {chg} scheduled for {mtgdate}, no downtime expected"),
("version", "we're on {version} on the servers and {version} on the clients"),
("", "MFA enforcement starts {deadline} for all {orgname} accounts"),
("", "Phishing test results: {pct}% click rate, down from {pct}%"),
("", "is anyone else's {system} frozen? {unit} can't chart"),

# ---- facility addresses
("facility-address calendar", "New clinic opens at {facaddr} on {mtgdate}"),
("facility-address", "send the supplies to {facaddr}, loading dock B, attn {col.full}"),
("facility-address", "{site} site is closed for the storm; redirect to {facaddr}"),
("zip-like", "our {site} urgent care ZIP is {faczip} for the grant app"),
("facility-address", "Mobile mammography van at {facaddr} {relday}, {count} slots left"),

# ---- NPI
("npi", "{col.drname}'s NPI is {npi}, pls add to the referral template"),
("npi", "NPI {npi} not found in NPPES - typo?"),
("npi", "group NPI for {orgname} is {npi}"),

# ---- ages (<= 89), aggregates, durations
("age", "pt in {bed} is a {ageyoung} yo {gwany} w/ {dx}, needs tele"),
("age-aggregate", "We had {n} patients 90+ fall last quarter, up from {smallnum}"),
("age-aggregate", "{count} pts over 90 on the census today"),
("", "90-day readmission rate is {pct}% for CHF"),
("age-aggregate", "policy question: does the fall bundle start at 85 or 90+?"),
("age", "{ageyoung}F in {bed} with {dx}, admitting to {unit}"),
("age", "any {age89} y/o with {dx} gets the geri consult now"),

# ---- codes
("cpt icd", "is {cpt} billable with {icd} or do we need a modifier?"),
("icd", "{icd} denials up {pct}% this month, mostly {payer}"),
("cpt", "CPT {cpt} vs {cpt} for the new {proc} clinic?"),

# ---- MRN / SSN topics
("hipaa mrn-topic ssn-topic", "Reminder: never paste MRNs or SSNs into this channel. Use secure chat."),
("mrn-topic", "are MRNs 8 or 10 digits after the merge?"),
("ssn-topic", "the SSN field on the reg screen is now optional per compliance"),
("hipaa", "HIPAA training due by {deadline} for all staff"),
("mrn-topic", "why does the wristband printer cut off the last digit of the MRN?"),

# ---- extensions, groups, money
("ext", "call me at {ext} when you're free"),
("ext", "the pharmacy line changed to ext {extdigits}"),
("ext", "extension is {extspelled}"),
("", "{payer} group number {groupno} applies to all our employee plans"),
("money cpt", "charge for {cpt} is ${money_small}; {payer} allows ${money_small}"),
("", "corporate card ending in {last4} expires {exp}, new one is in the mail"),

# ---- relative dates, shifts
("", "Can you cover my shift tomorrow night? I'll swap you next Tuesday"),
("", "OR is running 2 hrs behind, first case delayed till {time}"),
("", "I'm off {relday}, {col.first} has my pager"),

# ---- policy dates
("", "New visitor policy effective {policydate}: 2 visitors per patient"),
("", "the {payer} contract change takes effect {policydate}"),

# ---- exec delegation (clean)
("exec-name", "@assistant summarize the last three emails from {exe.full} about the merger"),
("", "hey bot, what's on my calendar {relday}?"),
("calendar", "@assistant book {confroom} for {mtgdate} {time}"),
("", "draft a thank-you to {col.full} and {col2.full} for covering the {unit} staffing gap"),
("", "bot - remind me at {time} to call {col.first} about the budget"),
("exec-name", "@assistant pull the {topic} numbers for {exe.first} before {day}"),
("", "Summarize this thread for {col.first}, {col.he} missed the call"),

# ---- clinical generic (no identifiers)
("", "census {count}, {smallnum} boarders in the ED, {smallnum} pending dc"),
("", "who's charge on {unit} tonight?"),
("", "can pharmacy verify the {med} drip in {room}?"),
("", "{bed} is clean and ready"),
("", "{unit} needs a sitter for {room}, pt is confused"),
("", "rapid response in {room}, {unit} - all set now"),
("", "can someone bring a bladder scanner to {unit}"),
("", "Order {order}: CBC, BMP, Mg - stat, {unit}"),

# ---- lists
("multiline calendar", "Agenda for {mtgdate}:\n• Q{q} volumes\n• {system} {version} rollout\n• {topic} update"),
("multiline po ticket", "Action items:\n1. {col.first} - update {ticket}\n2. {col2.first} - send {po} to {vendor}\n3. me - book {confroom}"),
("multiline", "Coverage {relday}:\n- {unit}: {col.full}\n- {unit}: {col2.full}\n- float: {colw.first}"),

# ---- thread replies
("", "yep, done"),
("", "+1 to what {col.first} said"),
("ticket", "lgtm, closing {ticket}"),
("", "no, that's the {site} clinic, not ours"),
("", "👍"),
("", "will do, thanks {col.first}"),
("", "same issue here on {unit}"),

# ---- misc hard negatives
("", "parking garage {garage} level {n} is closed {relday}"),
("calendar", "The {vendor} rep {vend.full} says the shipment for {po} arrives {mtgdate}"),
("age", "survey results: patients aged 65-89 rated us {pct}%"),
("calendar", "pls review {sop} v{n} before {mtgdate}"),
("", "{exetitle}'s office asked for the dashboard link: {intranet}"),
("", "{count} employee needlesticks this year, down {pct}%"),
("", "policy link: {intranet}"),
("", "Room {room} is out of service until {relday}"),
("", "<#{cid}|{chan}> can someone grab the {item} from {unit}?"),
("", "we need {countword} more sitters for nights"),
("", "{colw.full} from {dept} will be our new {exetitle}"),
("", "is the {town_biz} office open Saturday?"),
("", "drove past the {site} site, the sign is still wrong"),
("", "{col.drname} says the {proc} on {unit} is done, {col.he}'ll write the note"),
("ip-like version", "that's {version}, not an IP lol"),
]

# ================================================================ rendering
FILLS.update({
    "lang": lambda c: c.rng.choice(["Spanish", "Portuguese", "Haitian Creole", "Khmer", "Vietnamese", "Cape Verdean Creole",
                                    "Arabic", "Somali", "Mandarin", "ASL", "Russian", "Nepali"]),
    "gwany": lambda c: c.rng.choice(["M", "F", "man", "woman", "male", "female"]),
    "town_biz": lambda c: c.rng.choice(SITES),
})

SLOT = re.compile(r"\{(?:!([A-Z_]+):)?([A-Za-z_][\w]*(?:\.[A-Za-z]+)?)(@\w+)?\}")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "plan", "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address",
            "CREDIT_CARD": "card"}
CONTENT_TAGS = set(TYPE_TAG.values())


class Retry(Exception):
    pass


def resolve(name, key, ctx):
    ck = (name, key)
    if key and ck in ctx.cache:
        return ctx.cache[ck]
    if "." in name:
        role, a = name.split(".")
        v = ctx.person(role).attr(a)
    elif name in SPAN_GENS:
        v = SPAN_GENS[name](ctx)
    elif name in FILLS:
        v = FILLS[name](ctx)
    else:
        raise KeyError(name)
    if key:
        ctx.cache[ck] = v
    return v


def render(tpl, ctx):
    for role in re.findall(r"(\w+)\.nick", tpl):
        ctx.person(role, need_nick=True)
    if "{!AGE:age90" in tpl and "dob" in tpl:
        # the DOB must agree with the age even when it is written first
        ctx.preset_age = int(g_age90(ctx))
    segs, pos = [], 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append(["L", tpl[pos:m.start()], None])
        typ, name, key = m.group(1), m.group(2), m.group(3)
        v = resolve(name, key, ctx)
        segs.append(["S", v, typ] if typ else ["L", v, None])
        pos = m.end()
    if pos < len(tpl):
        segs.append(["L", tpl[pos:], None])
    return merge(segs)


def merge(segs):
    out = []
    for s in segs:
        if s[0] == "L" and s[1] == "":
            continue
        if out and s[0] == "L" and out[-1][0] == "L":
            out[-1][1] += s[1]
        else:
            out.append(list(s))
    return out


def text_of(segs):
    return "".join(s[1] for s in segs)


def check(segs):
    """the validator matches each value left to right: make sure it lands on our span"""
    b = text_of(segs).encode("utf-8")
    pos = off = 0
    for s in segs:
        enc = s[1].encode("utf-8")
        if s[0] == "S":
            if not s[1] or s[1] != s[1].strip() or s[1].strip(" .,;:*`'\"") != s[1] and s[2] not in ("ADDRESS", "NAME", "URL"):
                raise Retry("bad boundary %r" % s[1])
            if b.find(enc, pos) != off:
                raise Retry("misaligned %r" % s[1])
            pos = off + len(enc)
        off += len(enc)


# ================================================================ style transforms
FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}
ZW_CHARS = ["\u200b", "\u200b", "\u2060", "\u200c", "\ufeff"]
NB_CHARS = ["\u00a0", "\u00a0", "\u202f"]
NUMERIC_TYPES = {"PHONE", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "CREDIT_CARD", "LICENSE_NUMBER", "DATE",
                 "DEVICE_ID", "VEHICLE_ID", "AGE"}
KEYB = {}
for row in ["qwertyuiop", "asdfghjkl", "zxcvbnm"]:
    for i, ch in enumerate(row):
        KEYB[ch] = (row[i - 1] if i else "") + (row[i + 1] if i + 1 < len(row) else "")
EMOJI = ["🙏", "👍", "🚨", "😬", "🙂", "✅", "❗", "👀", "😩", "🤞", "❤️", "📞", "🏥", "🔥", "😅", "🤦‍♀️", "💯"]
SHORTCODES = [":pray:", ":eyes:", ":rotating_light:", ":thumbsup:", ":white_check_mark:", ":sweat_smile:", ":warning:"]
PROTECT = re.compile(r"<[@#][A-Z0-9]+(?:\|[^>]*)?>")


def t_lower(segs, ctx):
    def low(t):
        out, p = [], 0
        for m in PROTECT.finditer(t):
            out.append(t[p:m.start()].lower())
            out.append(m.group(0))
            p = m.end()
        out.append(t[p:].lower())
        return "".join(out)
    changed = False
    for s in segs:
        n = low(s[1])
        changed |= n != s[1]
        s[1] = n
    return changed


TYPO_RE = re.compile(r"(?<![\w/.@:<>|*`'-])([a-z]{4,})(?![\w/.@:<>|*`-])")
TYPO_STOP = {"https", "http", "mailto", "zoom"}


def typo_word(rng, w):
    for _ in range(10):
        op = rng.randint(0, 3)
        i = rng.randint(1, len(w) - 2)
        if op == 0:
            n = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            nb = KEYB.get(w[i], "")
            if not nb:
                continue
            n = w[:i] + rng.choice(nb) + w[i + 1:]
        elif op == 2:
            n = w[:i] + w[i + 1:]
        else:
            n = w[:i] + w[i] + w[i:]
        if n != w:
            return n
    return w


def t_typo(segs, ctx):
    rng = ctx.rng
    cands = [(si, m) for si, s in enumerate(segs) if s[0] == "L" for m in TYPO_RE.finditer(s[1]) if m.group(1) not in TYPO_STOP]
    if not cands:
        return False
    picks = rng.sample(cands, min(len(cands), rng.choice([1, 1, 1, 2])))
    picks.sort(key=lambda x: (x[0], -x[1].start()))
    for si, m in picks:
        s = segs[si]
        s[1] = s[1][:m.start()] + typo_word(rng, m.group(1)) + s[1][m.end():]
    return True


def _prev_char(segs, i):
    return segs[i - 1][1][-1:] if i > 0 else ""


def _next_char(segs, i):
    return segs[i + 1][1][:1] if i + 1 < len(segs) else ""


def t_slack(segs, ctx):
    rng = ctx.rng
    ops = []
    for i, s in enumerate(segs):
        if s[0] != "S":
            continue
        pc, nc = _prev_char(segs, i), _next_char(segs, i)
        free = pc in ("", " ", "\n", "(") and nc in ("", " ", "\n", ",", ".", ")", ";")
        if s[2] == "EMAIL" and "@" in s[1] and " " not in s[1] and pc not in (":", "|"):
            ops.append(("mailto", i))
        if s[2] == "PHONE" and s[1].isascii() and not re.search(r"[a-zA-Z]", s[1]) and pc not in (":", "|"):
            d = re.sub(r"\D", "", s[1])
            if len(d) == 10 or (len(d) == 11 and d[0] == "1"):
                ops.append(("tel", i))
        if s[2] == "URL" and pc not in ("<", "|"):
            ops.append(("url", i))
        if free and "\n" not in s[1]:
            ops.append(("bold", i))
            if s[2] in NUMERIC_TYPES or s[2] in ("IP_ADDRESS", "EMAIL"):
                ops.append(("code", i))
    ops += [("mention", None), ("mention", None), ("labelbold", None), ("quote", None), ("channel", None)]
    rng.shuffle(ops)
    links = [o for o in ops if o[0] in ("mailto", "tel", "url")]
    if links and rng.random() < 0.5:
        ops.remove(links[0])
        ops.insert(0, links[0])
    done = 0
    used = set()
    for op, i in ops:
        if done >= rng.choice([1, 1, 2]):
            break
        if i is not None and i in used:
            continue
        if op == "mailto":
            v = segs[i][1]
            segs[i:i + 1] = [["L", "<mailto:", None], ["S", v, "EMAIL"], ["L", "|", None], ["S", v, "EMAIL"], ["L", ">", None]]
            return True
        if op == "tel":
            v = segs[i][1]
            d = re.sub(r"\D", "", v)
            tel = "+1" + d if len(d) == 10 else "+" + d
            segs[i:i + 1] = [["L", "<tel:", None], ["S", tel, "PHONE"], ["L", "|", None], ["S", v, "PHONE"], ["L", ">", None]]
            return True
        if op == "url":
            v = segs[i][1]
            lab = rng.choice(["", "|link", "|portal", "|visit link", "|here", "|" + v.split("//")[-1][:30]])
            if lab == "|" + v.split("//")[-1][:30]:
                lab = ""  # a label that repeats the url would need its own span; keep it simple
            segs[i:i + 1] = [["L", "<", None], ["S", v, "URL"], ["L", lab + ">", None]]
            return True
        if op in ("bold", "code"):
            mk = "*" if op == "bold" else "`"
            segs[i:i + 1] = [["L", mk, None], segs[i], ["L", mk, None]]
            used.add(i)
            done += 1
            break  # indices shift; one wrap is enough
        if op == "mention":
            segs.insert(0, ["L", "<@%s> " % FILLS["uid"](ctx), None])
            done += 1
            break
        if op == "channel":
            segs.append(["L", " cc <#%s|%s>" % (FILLS["cid"](ctx), rng.choice(CHANNELS)), None])
            done += 1
            break
        if op == "quote":
            segs.insert(0, ["L", "> ", None])
            done += 1
            break
        if op == "labelbold":
            hit = False
            for s in segs:
                if s[0] == "L":
                    n = re.sub(r"\b(DOB|MRN|SSN|HAR|MBI|acct|Phone|cell|DL|VIN|plate|UDI|serial|SN|Fax|member ID|member)(:?)(?= )",
                               lambda m: "*" + m.group(1) + m.group(2) + "*", s[1], count=1)
                    if n != s[1]:
                        s[1] = n
                        hit = True
                        break
            if hit:
                done += 1
                break
    return done > 0


SENT_RE = re.compile(r"(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!St)(?<!Apt)(?<!approx)(?<!\bP\.O)(?<! [A-Z])\. ")


def t_multiline(segs, ctx):
    rng = ctx.rng
    if rng.random() < 0.6:
        for s in segs:
            if s[0] == "L" and (SENT_RE.search(s[1]) or "; " in s[1]):
                s[1] = SENT_RE.sub(".\n", s[1]).replace("; ", "\n")
                return True
    if rng.random() < 0.5:
        segs.insert(0, ["L", FILLS["greet"](ctx) + "\n", None])
    else:
        segs.append(["L", "\n" + FILLS["close"](ctx), None])
    return True


def t_emoji(segs, ctx):
    rng = ctx.rng
    e = rng.choice(EMOJI) if rng.random() < 0.75 else rng.choice(SHORTCODES)
    r = rng.random()
    if r < 0.55:
        segs.append(["L", rng.choice([" ", " ", "  ", ""]) + e, None])
    elif r < 0.85:
        segs.insert(0, ["L", e + " ", None])
    else:
        segs.insert(0, ["L", e + " ", None])
        segs.append(["L", " " + rng.choice(EMOJI), None])
    return True


def _digit_spans(segs, min_digits=1, types=NUMERIC_TYPES | {"IP_ADDRESS", "ADDRESS"}):
    return [i for i, s in enumerate(segs) if s[0] == "S" and s[2] in types and sum(c.isdigit() for c in s[1]) >= min_digits
            and s[1].isascii()]


def t_fullwidth(segs, ctx):
    rng = ctx.rng
    cand = _digit_spans(segs, 3)
    if cand:
        if rng.random() < 0.3:
            for s in segs:
                s[1] = s[1].translate(FW)
        else:
            i = rng.choice(cand)
            segs[i][1] = segs[i][1].translate(FW)
        return "span"
    # clean message: fullwidth a hard-negative number
    for s in segs:
        if s[0] == "L" and re.search(r"(?<![/\w])\d{3,}", s[1]):
            s[1] = re.sub(r"(?<![/\w.])\d{3,}", lambda m: m.group(0).translate(FW), s[1])
            return "lit"
    return None


def _zw_insert(rng, v):
    if " " in v and rng.random() < 0.6:
        return v.replace(" ", rng.choice(NB_CHARS))
    pos = [k for k in range(1, len(v)) if v[k - 1].isdigit() and v[k].isdigit()]
    if not pos:
        pos = [k for k in range(1, len(v)) if v[k - 1].isdigit() or v[k].isdigit()]
    if not pos:
        return v
    ch = rng.choice(ZW_CHARS + NB_CHARS[:1])
    for k in sorted(rng.sample(pos, min(len(pos), rng.choice([1, 1, 2, 3]))), reverse=True):
        v = v[:k] + ch + v[k:]
    return v


def t_zero_width(segs, ctx):
    rng = ctx.rng
    cand = _digit_spans(segs, 5, NUMERIC_TYPES | {"IP_ADDRESS"})
    if cand:
        i = rng.choice(cand)
        n = _zw_insert(rng, segs[i][1])
        if n != segs[i][1]:
            segs[i][1] = n
            return "span"
    for s in segs:
        if s[0] == "L":
            m = re.search(r"(?<![/\w.])\d{4,}", s[1])
            if m:
                s[1] = s[1][:m.start()] + _zw_insert(rng, m.group(0)) + s[1][m.end():]
                return "lit"
    return None


def t_spelled(segs, ctx):
    rng = ctx.rng
    cand = [i for i, s in enumerate(segs) if s[0] == "S" and s[1].isascii() and (
        (s[2] == "AGE" and s[1].isdigit()) or
        (s[2] in ("PHONE", "SSN", "MRN", "ACCOUNT_NUMBER", "HEALTH_PLAN_ID") and re.fullmatch(r"[\d\-. ()+]{5,}", s[1])))]
    if not cand:
        return None
    i = rng.choice(cand)
    s = segs[i]
    s[1] = number_words(int(s[1])) if s[2] == "AGE" else spell_digits(rng, s[1], oh=s[2] == "PHONE")
    # keep words apart from neighbouring letters/digits
    if i + 1 < len(segs) and segs[i + 1][1][:1].isalnum():
        segs[i + 1][1] = " " + segs[i + 1][1]
    if i > 0 and segs[i - 1][1][-1:].isalnum():
        segs[i - 1][1] = segs[i - 1][1] + " "
    return "span"


# ================================================================ message assembly
SLACK_RE = re.compile(r"<@U|<#C|<mailto:|<tel:|<https?://|(?:^|\s)\*[^*\n]+\*|`|^> ", re.M)
EMOJI_RE = re.compile("[\u2600-\u27bf\U0001F000-\U0001FAFF]|:[a-z_]+:")
ZW_RE = re.compile("[\u200b\u200c\u2060\ufeff\u00a0\u202f]")
FW_RE = re.compile("[\uff10-\uff19]")


def make(tpl_tags, tpl, rng, stats):
    ctx = Ctx(rng)
    segs = render(tpl, ctx)
    tags = [t for t in tpl_tags.split() if t not in CONTENT_TAGS]
    applied = []
    has_span = any(s[0] == "S" for s in segs)
    r = rng.random()
    if has_span:
        if r < 0.15:
            opts = []
            if _digit_spans(segs, 3):
                opts.append(("fullwidth", t_fullwidth))
            if _digit_spans(segs, 5, NUMERIC_TYPES | {"IP_ADDRESS"}):
                opts.append(("zero-width", t_zero_width))
            if any(s[0] == "S" and s[1].isascii() and ((s[2] == "AGE" and s[1].isdigit()) or (s[2] in ("PHONE", "SSN", "MRN", "ACCOUNT_NUMBER", "HEALTH_PLAN_ID") and re.fullmatch(r"[\d\-. ()+]{5,}", s[1]))) for s in segs):
                opts.append(("spelled", t_spelled))
            if opts:
                name, fn = opts[-1] if opts[-1][0] == "spelled" and rng.random() < 0.45 else rng.choice(opts)
                if fn(segs, ctx) == "span":
                    applied.append(name)
                    tags.append("evasion")
    else:
        if r < 0.025:
            if t_fullwidth(segs, ctx):
                applied.append("fullwidth")
        elif r < 0.05:
            if t_zero_width(segs, ctx):
                applied.append("zero-width")
    segs = merge(segs)
    if rng.random() < 0.15 and t_slack(segs, ctx):
        applied.append("slack-markup")
        segs = merge(segs)
    if rng.random() < 0.08 and t_multiline(segs, ctx):
        applied.append("multiline")
        segs = merge(segs)
    if rng.random() < 0.10 and t_emoji(segs, ctx):
        applied.append("emoji")
        segs = merge(segs)
    if rng.random() < 0.10 and t_typo(segs, ctx):
        applied.append("typo")
    if rng.random() < 0.22 and t_lower(segs, ctx):
        applied.append("lowercase")
    segs = merge(segs)
    check(segs)
    text = text_of(segs)
    spans = [{"type": s[2], "value": s[1]} for s in segs if s[0] == "S"]
    # tags: template tags, generator tags, span-type tags, detected style tags
    tags += sorted(ctx.tags)
    tags += [TYPE_TAG[sp["type"]] for sp in spans]
    if "\n" in text:
        tags.append("multiline")
    if SLACK_RE.search(text):
        tags.append("slack-markup")
    if EMOJI_RE.search(text):
        tags.append("emoji")
    if ZW_RE.search(text):
        tags.append("zero-width")
    if FW_RE.search(text):
        tags.append("fullwidth")
    if "typo" in applied:
        tags.append("typo")
    if "lowercase" in applied or (re.search(r"[a-z]", text) and text == text.lower()):
        tags.append("lowercase")
    if not spans:
        tags = [t for t in tags if t not in ("evasion", "business-contact", "vip")]
    seen, out = set(), []
    for t in tags:
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return text, spans, out, applied


def main():
    import json, sys, collections
    rng = random.Random(20250614)
    here = os.path.dirname(os.path.abspath(__file__))
    outp = os.path.join(here, "generated_g.jsonl")
    N, n_clean = 1600, 720
    kinds = ["C"] * n_clean + ["P"] * (N - n_clean)
    rng.shuffle(kinds)
    pools = {"P": list(range(len(PHI_T))), "C": list(range(len(CLEAN_T)))}
    cyc = {"P": [], "C": []}
    used = collections.Counter()
    seen = set()
    stats = collections.Counter()
    lines = []
    for idx, kind in enumerate(kinds):
        T = PHI_T if kind == "P" else CLEAN_T
        for attempt in range(400):
            if not cyc[kind]:
                cyc[kind] = pools[kind][:]
                rng.shuffle(cyc[kind])
            ti = cyc[kind].pop()
            tg, tpl = T[ti]
            try:
                text, spans, tags, applied = make(tg, tpl, rng, stats)
            except Retry as e:
                stats["retry"] += 1
                continue
            if text in seen or bool(spans) != (kind == "P"):
                stats["dup"] += 1
                continue
            break
        else:
            raise SystemExit("could not make message %d" % idx)
        seen.add(text)
        used[(kind, ti)] += 1
        for a in applied:
            stats["tf:" + a] += 1
        lines.append({"id": "gg%04d" % (idx + 1), "text": text, "spans": spans, "tags": tags})
    with open(outp, "w", encoding="utf-8") as f:
        for it in lines:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    tc = collections.Counter(sp["type"] for it in lines for sp in it["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean)" % (outp, len(lines), sum(1 for it in lines if it["spans"]),
                                                        sum(1 for it in lines if not it["spans"])))
    print("templates: %d PHI + %d clean = %d; used: %d" % (len(PHI_T), len(CLEAN_T), len(PHI_T) + len(CLEAN_T), len(used)))
    print("spans per type:", dict(sorted(tc.items(), key=lambda x: -x[1])))
    print("transforms:", {k[3:]: v for k, v in sorted(stats.items()) if k.startswith("tf:")})
    print("retries: %d, duplicates skipped: %d" % (stats["retry"], stats["dup"]), file=sys.stderr)


if __name__ == "__main__":
    main()
