#!/usr/bin/env python3
"""Generate a blind PHI-detection test corpus (prefix hs).

Setting: nurse care manager at a regional health plan (payer side) - UM, prior auth,
case management, appeals & grievances, pharmacy exceptions, provider calls, exec/bot chat.
Standard library only; fixed seed; rerunning rewrites the output byte for byte.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 4417023
N_PHI = 385
N_CLEAN = 315
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hs.jsonl")

R = random.Random(SEED)

# ---------------------------------------------------------------- name pools
def words(s):
    return [w.replace("_", " ") for w in s.split()]

FEMALE = words("""
Maria Guadalupe Rosa Ana Carmen Yesenia Marisol Lucia Xiomara Dulce Itzel Mercedes Pilar Consuelo
Soledad Esperanza Lourdes Ximena Catalina Juliana Maria_Guadalupe Ana_Lucia Yahaira Nilda Migdalia
Linh Thuy Ngoc Hanh Mai Lan Huong Phuong Trang Xiu Mei Ling Yan Jing Hui Fang Min-ji Seo-yeon Ji-woo
Eun-ji Hye-jin Yuki Haruka Aiko Sakura Priya Ananya Lakshmi Deepa Sunita Kavya Meera Anjali Pooja
Nandini Farah Fatima Aisha Amina Layla Noor Yasmin Zainab Mariam Huda Rania Salma Ngozi Chiamaka
Adaeze Folake Yetunde Abena Akosua Efua Amara Nneka Hodan Faduma Ayaan Sahra Hawa Mulu Tigist Selam
Marie-Claude Nadège Fabienne Widline Guerline Rose-Carline Inês Joana Graça Fernanda Adriana Letícia
Magdalena Agnieszka Katarzyna Zofia Małgorzata Olga Svetlana Tatiana Natalia Irina Oksana Yelena
Siobhan Aoife Niamh Bridget Maeve Saoirse Giulia Francesca Concetta Rosaria Antonella Eleni Despina
Vasiliki Kalliope Dorothy Margaret Eleanor Evelyn Mildred Gladys Bernice Loretta Harriet Edna Hazel
Agnes Beatrice Doris Ethel Irene Lorraine Shirley Barbara Judith Carol Nancy Linda Susan Deborah Karen
Donna Kimberly Tammy Heather Crystal Brittany Ashley Jessica Amber Kayla Madison Hailey Brianna
Destiny Jasmine Tiana Keisha Latoya Shanice Aaliyah Imani Ebony Hope Faith Joy Grace Rose Summer
Dawn April June Ivy Iris Pearl Ruby Holly Violet Daisy Autumn Honey Liberty Precious Charity Patience
Constance Kalani Leilani Malia Chenoa Winona Sreymom Sophea Chanthy Bopha Malee Nuchanat Mai_Lee Zoua
Mele Anahit Nino Sevara Thandiwe Wanjiru Akua Rahel Birtukan Shira Miriam Esther Rivka Tova Ingrid
Astrid Sigrid Liesel Gretchen Anneliese Bich Kieu Dao Sokha Paj Tsering Pema Dolma Ayşe Elif Zeynep
""")

MALE = words("""
José Juan Luis Carlos Miguel Jesús Francisco Rafael Alejandro Rigoberto Efraín Wilfredo Héctor Ramón
Ernesto Joaquín Santiago Mateo Aníbal Juan_Carlos José_Luis Minh Tuan Duc Quang Hung Thanh Bao Khoa
Wei Jian Hao Zhiwei Jun Min-jun Ji-hoon Sung-min Hiroshi Takeshi Kenji Daisuke Rajesh Arjun Vikram
Sanjay Amit Rohan Sandeep Anil Harpreet Gurpreet Mohammed Ahmed Omar Yusuf Ibrahim Khalid Tariq
Hassan Karim Bilal Mustafa Samir Chukwuemeka Oluwaseun Adebayo Babajide Kwame Kofi Yaw Kwabena Emeka
Obinna Abdirahman Abdullahi Mohamud Yonas Dawit Tesfaye Jean-Baptiste Jean-Pierre Wesner Fritznel
Jacques João Paulo Manuel António Tiago Rui Wojciech Krzysztof Tomasz Piotr Stanisław Dmitri Sergei
Vladimir Aleksandr Mikhail Oleksandr Pádraig Seamus Declan Eoin Cormac Giuseppe Salvatore Vincenzo
Carmine Dimitrios Georgios Konstantinos Spiro Harold Walter Eugene Raymond Howard Earl Clarence Ralph
Leonard Stanley Gerald Norman Arthur Herbert Chester Wendell Roy Donald Kenneth Gary Larry Dennis
Steven Kevin Brian Jason Justin Tyler Brandon Cody Dustin Travis Kyle Logan Jaden Jaylen DeShawn
Tyrone Darnell Jamal Malik Terrell Andre Marquis Bill Frank Guy Rich Will Mark Jack Pat Art Buck
Chase Hunter Rusty Sonny Bud Major Deacon Forrest Clay Dale Glen Wade Sokha Vannak Bunthoeun Somchai
Tou Xeng Keoni Makoa Tevita Hovhannes Giorgi Bakhyt Timur Mehmet Emre Yosef Moshe Shlomo Avi Lars
Sven Henrik Dieter Klaus Jürgen Pham Amadou Moussa Ousmane Idrissa Thabo Sipho Tenzin Dorje Nour
""")

# (formal given name, nickname, gender)
NICKS = [("Robert", "Bobby", "m"), ("William", "Billy", "m"), ("Elizabeth", "Betty", "f"),
         ("Margaret", "Peggy", "f"), ("Guadalupe", "Lupe", "f"), ("Francisco", "Paco", "m"),
         ("Aleksandr", "Sasha", "m"), ("Dorothy", "Dottie", "f"), ("Katherine", "Kit", "f"),
         ("James", "Jimmy", "m"), ("Patricia", "Trish", "f"), ("Josephine", "Josie", "f"),
         ("Edward", "Ned", "m"), ("Theodore", "Teddy", "m"), ("Concetta", "Connie", "f"),
         ("Salvatore", "Sal", "m"), ("Henrietta", "Etta", "f"), ("Mildred", "Millie", "f"),
         ("Eugene", "Gene", "m"), ("Konstantinos", "Gus", "m"), ("Oluwaseun", "Seun", "m"),
         ("Chukwuemeka", "Emeka", "m"), ("Alejandro", "Alex", "m"), ("Mohammed", "Mo", "m"),
         ("Abdirahman", "Abdi", "m"), ("Wojciech", "Wojtek", "m"), ("Dmitri", "Dima", "m"),
         ("Jesús", "Chuy", "m"), ("Ignacio", "Nacho", "m"), ("Consuelo", "Chelo", "f"),
         ("Charles", "Chuck", "m"), ("Richard", "Rick", "m"), ("Harold", "Hal", "m"),
         ("Anastasia", "Stacy", "f"), ("Eleanor", "Nell", "f"), ("Beatrice", "Bea", "f"),
         ("Giuseppe", "Pino", "m"), ("Rosalind", "Roz", "f"), ("Bartholomew", "Bart", "m"),
         ("Genevieve", "Gigi", "f"), ("Francesca", "Frankie", "f"),
         ("Maximilian", "Max", "m"), ("Wilhelmina", "Billie", "f"), ("Lorenzo", "Enzo", "m")]

SURNAMES = words("""
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker
Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris
Rogers Reed Cook Morgan Bell Murphy Bailey Cooper Richardson Cox Howard Ward Peterson Gray Watson
Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long
Patterson Hughes Washington Butler Simmons Foster Bryant Russell Griffin Hayes Myers Ford Hamilton
Graham Sullivan Wallace West Cole Jordan Reynolds Fisher Ellis Harrison Gibson McDonald Marshall Owens
O'Brien O'Connell O'Sullivan McNamara MacLeod Fitzgerald Donovan Kavanagh Doherty Callahan Gallagher
Flaherty Keane Dunphy Toomey Hennessey Moody Little Bird Fox Wolf Stone Rivers Banks Love Strong
Sharp Hardy Cash Church May Wise Frost Snow Winter Summers Street Field Lamb Hope Bishop Knight
Sparrow Swan Cross Hale Goodman Friend Rich Golden Silver Ball Hunt Mann Best Bloom Major Story Page
Pope Sterling Bond Noble Woods Rose Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez
Ramirez Torres Flores Rivera Gomez Diaz Cruz Morales Reyes Gutierrez Ortiz Ramos Vargas Castillo
Jimenez Mendoza Ruiz Alvarez Romero Medina Aguilar Vega Castro Delgado Soto Figueroa Santiago Colón
Peña Báez Rosario Quiñones Ocasio Feliciano Batista Almonte Tavárez Núñez De_la_Cruz De_León
García-López Rivera_Ortiz Ibáñez Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong
Ly Trinh Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Lin Guo He Ng Chan Wong
Leung Cheung Lau Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Sato Suzuki Takahashi
Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Patel Shah Singh Kumar Sharma Gupta Reddy Rao Iyer
Nair Menon Desai Mehta Joshi Chatterjee Banerjee Bhattacharya Krishnan Venkataraman Subramanian
Ahluwalia Gill Sandhu Dhillon Haddad Khoury Nasser Hamdan Saleh Mansour Abdullah Rahman Hussein
Al-Masri Al-Sayed Abu-Ghazaleh El-Amin Farouk Aziz Karimi Hosseini Tehrani Okafor Okonkwo Adeyemi
Oyelaran Balogun Nwosu Eze Obi Mensah Asante Boateng Owusu Osei Appiah Abdi Warsame Farah Hassan
Mohamed Jama Bekele Haile Girma Kamara Diallo Traoré Ndiaye Jean-Louis Pierre Joseph Charles Baptiste
Dorsainvil Desir Toussaint Lafontaine Thibodeau Cloutier Gagnon Bouchard Tremblay Ouellette Pelletier
LeBlanc Arsenault Boucher Fournier St._Pierre St._Germain Beaulieu Silva Santos Oliveira Souza Pereira
Costa Ferreira Almeida Carvalho Medeiros Rebelo Furtado Mendes Tavares Andrade da_Silva dos_Santos
DaRosa DeMello Pacheco Cabral Sousa Gonçalves Kowalski Nowak Wiśniewski Wójcik Kaminski Lewandowski
Zielinski Szymanski Wróbel Dąbrowski Ivanov Petrov Smirnov Volkov Kuznetsova Sokolov Popova Morozov
Shevchenko Kovalenko Bondarenko Tkachenko Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci
Marino Greco Bruno Gallo Conti DeLuca Mancini Giordano Lombardi Moretti Papadopoulos Pappas Georgiou
Nikolaidis Katsaros Demos Andreou Sok Chhay Keo Meas Prum Chea Phommachanh Vongsa Xiong Vang Thao
Lor Moua Srisai Van_der_Berg Van_Buren VanDyke De_Jong Jansen Schmidt Müller Becker Hoffmann
Schneider Weber Fischer Koch Schultz Bauer Lindqvist Johansson Andersen Nielsen Larsen Hansen
Smith-Okafor Nguyen-Brown Castillo-Reyes Harris-Mensah Cohen-Levi Park-Sullivan Cohen Levi Goldberg
Friedman Rosenberg Katz Shapiro Weiss Kaplan Schwartz Stein Rubin Abramowitz Horowitz Yılmaz Demir
Öztürk Begay Yazzie Tsosie Redcloud Makoa Kealoha Tuilagi Fonoti Alcántara Zapata Villanueva Bautista
Dela_Rosa Macapagal Mendoza-Reyes
""")

# ---------------------------------------------------------------- business vocabulary (not PHI)
PLAN = "Harbor Valley Health Plan"
FACS = ["Mercy Valley Medical Center", "St. Brendan's Hospital", "Merrimack Valley Hospital",
        "North Shore Regional", "Holyoke Community Hospital", "Saint Anne's", "Wachusett General",
        "Nashoba Memorial", "Pioneer Valley Medical Center", "Blackstone Regional",
        "Lowell General", "Cape Ann Medical Center", "Granite State Medical Center"]
SNFS = ["Pine Ridge Rehab", "Cedar Crest SNF", "Brookside Nursing & Rehab", "Maplewood Care Center",
        "Riverbend Skilled Nursing", "Hillcrest Rehab", "Oak Knoll Health Care"]
ORGS = ["Riverside Orthopedics", "Merrimack Cardiology Associates", "Greater Lowell Family Practice",
        "Sunrise Dialysis", "Apex Imaging", "Tri-Town Pediatrics", "Bayview VNA", "Summit Spine Center",
        "Valley Pulmonary Associates", "Northeast Oncology Group", "Quabbin Family Medicine",
        "Seacoast Behavioral Health", "Central Mass Endocrine", "Lakeside Home Infusion"]
ORG_DOMAINS = ["riversideortho.com", "mercyvalley.org", "stbrendans.org", "merrimackcardio.com",
               "bayviewvna.org", "pineridgerehab.com", "summitspine.net", "neoncology.org",
               "lakesideinfusion.com", "quabbinfm.org"]
VENDORS = ["Cotiviti", "Availity", "MCG", "InterQual", "Evolent", "OptiRx", "Guiding Care",
           "ClearPath Imaging Mgmt", "Apex Transport", "LanguageLine", "Zelis", "HealthEdge",
           "Carelon", "Iron Mountain", "Brightree"]
CITIES = ["Lowell", "Worcester", "Springfield", "Lawrence", "Fitchburg", "Nashua", "Pittsfield",
          "Brockton", "New Bedford", "Haverhill", "Manchester", "Pawtucket"]
CPT = ["27447", "72148", "63030", "E0601", "J1745", "97110", "99223", "70553", "G0299", "E0470",
       "K0823", "22612", "43775", "95810", "J0897", "E2402"]
ICD = ["M17.11", "I50.22", "E11.65", "J44.1", "N18.6", "F32.2", "C50.911", "G47.33", "S72.001A",
       "Z99.2", "I48.91", "F10.239", "O09.523", "M54.16"]
DX = ["CHF exacerbation", "COPD flare", "sepsis", "hip fx", "CVA", "DKA", "pneumonia", "UTI w/ AMS",
      "NSTEMI", "SBO", "cellulitis", "GI bleed", "AKI", "fall w/ head strike", "afib w/ RVR"]
PROC = ["L4-5 fusion", "TKA", "MRI lumbar spine", "PET scan", "bariatric sleeve", "home infusion IVIG",
        "CPAP", "power wheelchair", "acute inpatient rehab", "lap chole", "spinal cord stimulator trial",
        "BRCA genetic testing", "proton therapy", "sleep study", "hospital bed", "cardiac rehab",
        "outpatient PT x12", "Inspire implant", "breast reduction", "TAVR"]
MEDS = ["Humira", "Dupixent", "Ozempic", "Mounjaro", "Eliquis", "Skyrizi", "Keytruda", "Xarelto",
        "Entresto", "Trikafta", "Biktarvy", "Vivitrol", "Wegovy", "Jardiance", "Enbrel"]
STREETS = ["Pleasant St", "Main St", "Wachusett Ave", "Lawrence St", "Chelmsford St", "Bridge St",
           "Elm St", "Maple Ave", "Oak Hill Rd", "Tarbox Ln", "Riverside Dr", "Pine St", "Summer St",
           "Prospect Hill Rd", "Water St", "Cabot Rd", "Andover St", "Salem Tpke", "Appleton Way",
           "Chestnut St", "Union Ave", "Bartlett St", "Gorham St", "High St", "School St",
           "Church St", "Mill St", "Spring St", "Highland Ave", "Central St", "Washington St",
           "Birch Meadow Rd", "Old County Rd", "Mammoth Rd", "Lakeview Ave", "Varnum Ave",
           "Sunset Blvd", "Meadowbrook Ln", "Hollis St", "Boston Post Rd", "Cottage St",
           "Quarry Rd", "Franklin St", "Myrtle St", "Bailey Rd", "Rte 117"]
TOWNS = [("Dracut", "MA", "01826"), ("Lowell", "MA", "01852"), ("Lawrence", "MA", "01841"),
         ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"), ("Amesbury", "MA", "01913"),
         ("Worcester", "MA", "01609"), ("Fitchburg", "MA", "01420"), ("Springfield", "MA", "01109"),
         ("Holyoke", "MA", "01040"), ("Chicopee", "MA", "01020"), ("Pittsfield", "MA", "01201"),
         ("Brockton", "MA", "02301"), ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740"),
         ("Taunton", "MA", "02780"), ("Nashua", "NH", "03060"), ("Manchester", "NH", "03103"),
         ("Salem", "NH", "03079"), ("Derry", "NH", "03038"), ("Pawtucket", "RI", "02860"),
         ("Woonsocket", "RI", "02895"), ("Biddeford", "ME", "04005"), ("Lewiston", "ME", "04240"),
         ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
         ("Westford", "MA", "01886"), ("Leominster", "MA", "01453"), ("Gardner", "MA", "01440"),
         ("Athol", "MA", "01331"), ("Ware", "MA", "01082"), ("Palmer", "MA", "01069"),
         ("Westfield", "MA", "01085"), ("Greenfield", "MA", "01301"), ("Hadley", "MA", "01035"),
         ("Northampton", "MA", "01060"), ("Dudley", "MA", "01571"), ("Webster", "MA", "01570"),
         ("Southbridge", "MA", "01550"), ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"),
         ("Lynn", "MA", "01902"), ("Peabody", "MA", "01960"), ("Gloucester", "MA", "01930"),
         ("Newburyport", "MA", "01950"), ("Hudson", "NH", "03051"), ("Central Falls", "RI", "02863")]
AREAS = ["978", "617", "508", "413", "603", "401", "207", "781", "774", "339", "351", "857"]
ROOMS = ["4B", "312", "Conf Rm Merrimack", "the Quabbin room", "2-West huddle room", "5th fl boardroom",
         "Rm 118", "Nashoba A/B", "training room C"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Tues", "Thurs"]
EMOJI = ["🙏", "👍", "😅", "🙃", "🎉", "👀", "😬", "✅", "❗", "🤦‍♀️", ":eyes:", ":pray:",
         ":white_check_mark:", "😩", "🙌", "💯"]
BOTS = ["<@U05HVHPBOT>", "<@U07AVA2K9Q>", "@Ava", "@assistant", "<@U06ASSIST1>"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SPELLED_AGE = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
               94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
               98: "ninety-eight", 99: "ninety-nine", 100: "one hundred", 101: "a hundred and one",
               102: "a hundred and two"}


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return s


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def digits(n, rng):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


FW = {c: chr(0xFF10 + int(c)) for c in "0123456789"}
FW.update({c: chr(0xFF21 + ord(c) - 65) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
FW["-"] = "－"


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.cache = {}
        self.flags = []
        self.used = []

    def flag(self, f):
        if f not in self.flags:
            self.flags.append(f)

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        if "." in key:
            obj, attr = key.split(".", 1)
            p = self.person(obj)
            v = person_attr(self, p, attr, obj)
        else:
            base = key.rstrip("0123456789")
            self.used.append(base)
            v = GENS[base](self)
        self.cache[key] = v
        return v

    def person(self, obj):
        k = "@" + obj
        if k not in self.cache:
            self.cache[k] = make_person(self, obj)
            self.used.append("person:" + obj)
        return self.cache[k]


def make_person(ctx, obj):
    r = ctx.rng
    if obj.startswith("K"):
        first, nick, g = r.choice(NICKS)
    else:
        g = obj[1] if len(obj) > 1 and obj[1] in "fm" else r.choice("fm")
        first = r.choice(FEMALE if g == "f" else MALE)
        nick = first
        if r.random() < 0.04:
            first2 = r.choice(FEMALE if g == "f" else MALE)
            if first2 != first and " " not in first:
                first = first + " " + first2
    last = r.choice(SURNAMES)
    if r.random() < 0.05:
        last2 = r.choice(SURNAMES)
        if last2 != last and " " not in last and "-" not in last:
            last = last + "-" + last2
    if obj.startswith("R") and r.random() < 0.5:
        for k in list(ctx.cache):
            if k.startswith("@P"):
                last = ctx.cache[k]["last"]
                break
    mi = r.choice("ABCDEFGHJKLMNPRSTW")
    return {"first": first, "last": last, "g": g, "mi": mi, "nick": nick}


def person_attr(ctx, p, attr, obj):
    r = ctx.rng
    f, l, g = p["first"], p["last"], p["g"]
    fem = g == "f"
    if attr == "first":
        return f
    if attr == "last":
        return l
    if attr == "full":
        return f + " " + l
    if attr == "fmi":
        return f + " " + p["mi"] + ". " + l
    if attr == "inv":
        return (l + ", " + f + (" " + p["mi"] if r.random() < 0.6 else "")).upper()
    if attr == "lastfirst":
        return l + ", " + f
    if attr == "initl":
        return f[0] + ". " + l
    if attr == "nick":
        return p["nick"]
    if attr == "hon":
        return "Mr." if not fem else r.choice(["Mrs.", "Ms.", "Mrs."])
    if attr == "she":
        return "she" if fem else "he"
    if attr == "She":
        return "She" if fem else "He"
    if attr == "her":
        return "her" if fem else "his"
    if attr == "Her":
        return "Her" if fem else "His"
    if attr == "him":
        return "her" if fem else "him"
    if attr == "lower":
        return (f + " " + l).lower()
    if attr == "lastlow":
        return l.lower()
    if attr == "firstlow":
        return f.lower()
    if attr == "upper":
        return (f + " " + l).upper()
    if attr == "upperlast":
        return l.upper()
    if attr == "maiden":
        m = r.choice(SURNAMES)
        while m == l:
            m = r.choice(SURNAMES)
        return m
    fs, ls = slug(f.split(" ")[0]), slug(l)
    if attr == "email":
        nn = str(r.randint(1, 99))
        yy = str(r.randint(40, 99))
        return r.choice([
            fs + "." + ls + nn + "@gmail.com", fs + ls + "@yahoo.com", fs[0] + ls + yy + "@comcast.net",
            ls + "." + fs + "@aol.com", fs + "_" + ls + "@hotmail.com", slug(p["nick"]) + yy + "@icloud.com",
            fs + ls + nn + "@outlook.com", r.choice(["nana", "grandma", "papa", "mom"]) + ls + "@gmail.com",
            fs + "." + ls + "@verizon.net"])
    if attr == "emailobf":
        ctx.flag("evasion")
        return r.choice([
            fs + "." + ls + " [at] gmail [dot] com", fs + ls + " at yahoo dot com",
            fs + "." + ls + "(at)comcast(dot)net", fs + " dot " + ls + " at gmail dot com",
            fs[0] + ls + " @ hotmail . com"])
    if attr == "bemail":
        dom = r.choice(ORG_DOMAINS)
        return r.choice([fs[0] + ls + "@" + dom, fs + "." + ls + "@" + dom, fs + "@" + dom])
    if attr == "vemail":
        return fs + "." + ls + "@" + slug(ctx.get("vendor")) + ".com"
    if attr == "planemail":
        return fs + "." + ls + "@hvhp.org"
    if attr == "cburl":
        return "https://www.caringbridge.org/visit/" + fs + ls
    if attr == "visiturl":
        return "https://mychart." + ctx.rng.choice(ORG_DOMAINS) + "/MyChart/visit-summary?pt=" + fs + "-" + ls + "&csn=" + digits(9, ctx.rng)
    if attr == "telehealth":
        return "https://telehealth." + ctx.rng.choice(ORG_DOMAINS) + "/join?patient=" + ctx.get("mid") + "&name=" + f.split(" ")[0] + "+" + l.replace(" ", "+")
    if attr == "gofund":
        return "https://www.gofundme.com/f/help-" + fs + "-" + ls + "-get-home"
    if attr == "portalurl":
        return r.choice(["https://hvhp.guidingcare.com/cm/member/", "https://members.hvhp.org/case?mbr="]) + ctx.get("mid")
    if attr == "msgurl":
        return "https://members.hvhp.org/secure-messages/thread?member=" + fs + "." + ls + "&id=" + digits(6, r)
    raise KeyError(attr)


# ---------------------------------------------------------------- value generators
def rand_date(r, start, end):
    a = datetime.date(*start).toordinal()
    b = datetime.date(*end).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return str(n) + "th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_year_date(r, d):
    y, m, dd = d.year, d.month, d.day
    return r.choice([
        "%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd),
        "%s %d, %d" % (MONTHS[m - 1], dd, y), "%02d-%s-%d" % (dd, MON3[m - 1], y),
        "%02d%02d%d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100), "%s %d %d" % (MON3[m - 1], dd, y),
        "%d %s %d" % (dd, MONTHS[m - 1], y), "%02d-%02d-%d" % (m, dd, y), "%02d/%02d/%d" % (m, dd, y)])


def fmt_short_date(r, d):
    y, m, dd = d.year, d.month, d.day
    return r.choice([
        "%d/%d" % (m, dd), "%s %d" % (MON3[m - 1], dd), "%s %d" % (MONTHS[m - 1], dd),
        "%s %s" % (MON3[m - 1], ordinal(dd)), "%d/%d/%02d" % (m, dd, y % 100), "%02d/%02d/%d" % (m, dd, y),
        "%d-%02d-%02d" % (y, m, dd), "%02d-%s-%d" % (dd, MON3[m - 1], y), "%d/%d" % (m, dd),
        "%02d/%02d" % (m, dd), "%s. %d" % (MON3[m - 1], dd)])


def g_dob(c):
    r = c.rng
    d = rand_date(r, (1924, 1, 1), (1962, 12, 31)) if r.random() < 0.65 else rand_date(r, (1963, 1, 1), (2023, 6, 30))
    return fmt_year_date(r, d)


def g_dobkid(c):
    return fmt_year_date(c.rng, rand_date(c.rng, (2024, 1, 1), (2025, 8, 31)))


def g_dos(c):
    r = c.rng
    if "_dos" in c.cache:
        d = c.cache["_dos"] + datetime.timedelta(days=r.randint(1, 21))
    else:
        d = rand_date(r, (2024, 9, 1), (2025, 12, 20))
        c.cache["_dos"] = d
    return fmt_short_date(r, d)


def g_ageold(c):
    return str(c.rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104]))


def g_ageoldw(c):
    c.flag("evasion")
    return SPELLED_AGE[c.rng.randint(90, 102)]


def g_agey(c):
    return str(c.rng.randint(24, 89))


def g_agechild(c):
    return str(c.rng.randint(2, 16))


def _pnum(c):
    if "_pnum" not in c.cache:
        r = c.rng
        exch = "555" if r.random() < 0.4 else str(r.randint(201, 989))
        line = ("01" + digits(2, r)) if exch == "555" else digits(4, r)
        c.cache["_pnum"] = (r.choice(AREAS), exch, line)
    return c.cache["_pnum"]


def fmt_phone(r, a, e, l):
    return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s", "%s %s %s",
                     "+1-%s-%s-%s", "1-%s-%s-%s", "(%s)%s-%s", "%s-%s-%s", "%s-%s-%s"]) % (a, e, l)


def g_phone(c):
    r = c.rng
    exch = "555" if r.random() < 0.4 else str(r.randint(201, 989))
    line = ("01" + digits(2, r)) if exch == "555" else digits(4, r)
    return fmt_phone(r, r.choice(AREAS), exch, line)


def g_phonex(c):
    r = c.rng
    return g_phone(c) + r.choice([" ext. %d", " x%d", " ext %d", " Ext. %d", ",%d"]) % r.randint(2, 4999)


def g_phone_obf(c):
    r = c.rng
    a, e, l = _pnum(c)
    k = r.randint(0, 5)
    c.flag("evasion")
    if k == 0:
        c.flag("zero-width")
        return a + "\u200b" + e + "\u200b" + l
    if k == 1:
        c.flag("fullwidth")
        return fullwidth(a + "-" + e + "-" + l)
    if k == 2:
        return " ".join(a + e + l)
    if k == 3:
        return a + "\u00a0" + e + "\u00a0" + l
    if k == 4:
        return a + "." + e + "-" + l
    return "%s %s %s" % (" ".join(ONES[int(x)] for x in a), " ".join(ONES[int(x)] for x in e),
                         " ".join(ONES[int(x)] for x in l))


def g_phone_spoken(c):
    a, e, l = _pnum(c)
    c.flag("evasion")
    return "%s, %s, %s" % (" ".join(ONES[int(x)] for x in a), " ".join(ONES[int(x)] for x in e),
                           " ".join(ONES[int(x)] for x in l))


def g_tel(c):
    a, e, l = _pnum(c)
    return "+1" + a + e + l


def g_telfmt(c):
    a, e, l = _pnum(c)
    return c.rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l)


def g_bemail(c):
    r = c.rng
    dom = r.choice(ORG_DOMAINS)
    return r.choice(["precert", "umreferrals", "him.requests", "billing", "intake", "referrals",
                     "cm.team", "frontdesk", "authorizations"]) + "@" + dom


def g_planemail(c):
    r = c.rng
    return r.choice(["um.intake", "appeals", "cm.referrals", "pharmacy.exceptions", "provider.relations",
                     "grievances", "dme.review"]) + "@hvhp.org"


def _ssn_parts(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)


def g_ssn(c):
    a, b, d = _ssn_parts(c.rng)
    return c.rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, b, d)


def g_ssn_ns(c):
    a, b, d = _ssn_parts(c.rng)
    c.flag("evasion")
    return a + b + d


def g_ssn_obf(c):
    r = c.rng
    a, b, d = _ssn_parts(r)
    c.flag("evasion")
    k = r.randint(0, 5)
    if k == 0:
        return a + "." + b + "." + d
    if k == 1:
        return a + "." + b + "-" + d
    if k == 2:
        c.flag("zero-width")
        return a + "-\u200b" + b + "-\u200b" + d
    if k == 3:
        c.flag("fullwidth")
        return fullwidth(a + "-" + b + "-" + d)
    if k == 4:
        return " ".join(a + b + d)
    return a + " / " + b + " / " + d


def g_ssn_spelled(c):
    a, b, d = _ssn_parts(c.rng)
    c.flag("evasion")
    return "%s, %s, %s" % (" ".join(ONES[int(x)] for x in a), " ".join(ONES[int(x)] for x in b),
                           " ".join(ONES[int(x)] for x in d))


def g_mrn(c):
    r = c.rng
    return r.choice(["%08d" % r.randint(100000, 99999999), "E" + digits(7, r), "MR" + digits(7, r),
                     digits(4, r) + "-" + digits(4, r), "1" + digits(8, r), "M" + digits(6, r),
                     digits(3, r) + "-" + digits(2, r) + "-" + digits(2, r)])


def g_mrn_fw(c):
    c.flag("evasion")
    c.flag("fullwidth")
    return fullwidth(digits(8, c.rng))


def g_mid(c):
    r = c.rng
    return r.choice(["HVH" + digits(9, r), "HVH" + digits(9, r) + "-0" + str(r.randint(1, 4)),
                     "W" + digits(9, r), digits(9, r) + " 0" + str(r.randint(0, 3)),
                     "HVH" + digits(9, r), "XHV" + digits(8, r), "HV" + digits(3, r) + "-" + digits(3, r) + "-" + digits(3, r),
                     digits(11, r)])


def g_mid_zw(c):
    r = c.rng
    c.flag("evasion")
    c.flag("zero-width")
    d = digits(9, r)
    return "HVH" + d[:3] + "\u200b" + d[3:6] + "\u200b" + d[6:]


def g_mid_sp(c):
    r = c.rng
    c.flag("evasion")
    return " ".join("HVH" + digits(9, r))


def g_mbi(c):
    r = c.rng
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    an = alpha + "0123456789"
    s = (r.choice("123456789") + r.choice(alpha) + r.choice(an) + r.choice("0123456789") +
         r.choice(alpha) + r.choice(an) + r.choice("0123456789") + r.choice(alpha) + r.choice(alpha) +
         r.choice("0123456789") + r.choice("0123456789"))
    if r.random() < 0.4:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def g_mcaid(c):
    r = c.rng
    return r.choice(["1000" + digits(8, r), "100" + digits(9, r), "NH" + digits(8, r),
                     "RI" + digits(9, r)])


def g_grp(c):
    r = c.rng
    return r.choice(["00" + digits(4, r), digits(6, r), digits(4, r) + "-A", "G" + digits(5, r)])


def g_acct(c):
    r = c.rng
    return r.choice([digits(8, r), digits(4, r) + "-" + digits(4, r), "A" + digits(9, r),
                     digits(2, r) + "-" + digits(5, r) + "-" + digits(1, r), digits(10, r)])


def g_har(c):
    return "2" + digits(9, c.rng)


def g_bank(c):
    return digits(c.rng.randint(9, 12), c.rng)


def g_rnlic(c):
    r = c.rng
    return r.choice(["RN" + digits(7, r), "RN-" + digits(6, r), "NP" + digits(6, r),
                     digits(6, r) + "-21", "APRN." + digits(5, r)])


def g_mdlic(c):
    r = c.rng
    return r.choice(["MD" + digits(6, r), digits(6, r), "ME-" + digits(5, r), "DO" + digits(5, r),
                     "2" + digits(5, r) + "-MD"])


def g_dea(c):
    r = c.rng
    d = [r.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFGM") + r.choice("ABCDEGHKLMPRSTW") + "".join(map(str, d)) + str(chk)


def g_dl(c):
    r = c.rng
    return r.choice(["S" + digits(8, r), "SA" + digits(7, r), digits(2, r) + "ABC" + digits(5, r),
                     "NHL" + digits(8, r), digits(7, r)])


def g_npi(c):
    r = c.rng
    body = r.choice("12") + digits(8, r)
    return body + luhn_check("80840" + body)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGH", range(1, 9)))
VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
VIN_VAL.update({"P": 7, "R": 9})
VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_VAL.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(c):
    r = c.rng
    v = [r.choice(["1HG", "2T1", "1FA", "5YJ", "3VW", "1G1", "JTD", "KMH", "4T1"])] + [r.choice(VIN_CH) for _ in range(14)]
    s = list("".join(v))
    s[9] = r.choice("NPRSTVWXY")  # model year
    tot = sum(VIN_VAL[ch] * w for ch, w in zip(s, VIN_W))
    chk = tot % 11
    s[8] = "X" if chk == 10 else str(chk)
    return "".join(s)


def g_plate(c):
    r = c.rng
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + digits(2, r),
                     "".join(r.choice(L) for _ in range(3)) + " " + digits(4, r),
                     digits(3, r) + "-" + "".join(r.choice(L) for _ in range(2)) + digits(1, r),
                     digits(7, r), "".join(r.choice(L) for _ in range(2)) + "-" + digits(4, r)])


def g_serial(c):
    r = c.rng
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    an = A + "0123456789"
    return r.choice(["".join(r.choice(an) for _ in range(10)), digits(8, r),
                     "SN" + digits(11, r), "3MH" + digits(8, r),
                     r.choice(A) + r.choice(A) + r.choice(A) + digits(6, r) + r.choice(A),
                     digits(2, r) + "-" + "".join(r.choice(an) for _ in range(6)),
                     "PT" + digits(9, r)])


def g_udi(c):
    r = c.rng
    gtin = "0" + digits(12, r)
    gtin = gtin + luhn_check(gtin)
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, "2%d%02d%02d" % (r.randint(6, 9), r.randint(1, 12), r.randint(1, 28)),
                                          "L" + digits(5, r), digits(9, r))


def g_asset(c):
    r = c.rng
    return r.choice(["HVHP-" + digits(6, r), "IT-" + digits(7, r), "A" + digits(6, r)])


def g_ip(c):
    r = c.rng
    k = r.randint(0, 5)
    if k == 0:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    if k == 2:
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    if k == 3:
        return "2001:db8:%x:%x::%x" % (r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 4095))
    return "%d.%d.%d.%d" % (r.choice([73, 98, 24, 66, 108, 174, 198, 203]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def _town(c):
    if "_town" not in c.cache:
        c.cache["_town"] = c.rng.choice(TOWNS)
    return c.cache["_town"]


def g_street(c):
    r = c.rng
    s = "%d %s" % (r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 2999)]), r.choice(STREETS))
    if r.random() < 0.25:
        s += r.choice([" Apt %d" % r.randint(1, 30), " Apt %d%s" % (r.randint(1, 5), r.choice("ABCD")),
                       " #%d" % r.randint(1, 12), " Unit %d" % r.randint(1, 40)])
    return s


def g_addr(c):
    r = c.rng
    t, st, z = _town(c)
    s = g_street(c)
    return r.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s", "%s, %s, %s %s"]) % (s, t, st, z)


def g_addr_ml(c):
    t, st, z = _town(c)
    c.flag("multiline")
    return "%s\n%s, %s %s" % (g_street(c), t, st, z)


def g_town(c):
    return _town(c)[0]


def g_zip(c):
    return _town(c)[2]


def g_zipplus(c):
    return _town(c)[2] + "-" + digits(4, c.rng)


def g_pobox(c):
    r = c.rng
    t, st, z = _town(c)
    return r.choice(["PO Box %d, %s, %s %s", "P.O. Box %d, %s %s %s", "PO Box %d %s %s %s"]) % (r.randint(2, 2999), t, st, z)


def g_facaddr(c):
    r = c.rng
    t = r.choice(TOWNS)
    return r.choice(["%d Commerce Dr, Suite %d, %s, %s %s", "%d Medical Center Blvd, %s, %s %s",
                     "%d Technology Park Dr, Bldg %d, %s, %s %s"]).replace("Suite %d", "Suite " + str(r.randint(100, 450))).replace(
        "Bldg %d", "Bldg " + str(r.randint(1, 4))) % (r.randint(10, 2400), t[0], t[1], t[2])


def g_faczip(c):
    return c.rng.choice(TOWNS)[2]


def g_venue(c):
    return c.rng.choice(["the Tavern on Main, 12 Main St", "Fuddruckers on Rte 9", "Mill City Brewing, 140 Jackson St",
                         "the Hilton Garden Inn, 75 Bennett St", "Coach Grill, 55 Boston Post Rd"])


def g_cc(c):
    r = c.rng
    k = r.randint(0, 3)
    if k == 3:
        body = r.choice(["34", "37"]) + digits(12, r)
        n = body + luhn_check(body)
        return r.choice([n, n[:4] + " " + n[4:10] + " " + n[10:]])
    pre = ["4", "5" + str(r.randint(1, 5)), "6011"][k]
    body = pre + digits(15 - len(pre), r)
    n = body + luhn_check(body)
    return r.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def g_cc_sp(c):
    r = c.rng
    body = "4" + digits(14, r)
    n = body + luhn_check(body)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def g_money(c):
    r = c.rng
    return r.choice(["$%s" % format(r.randint(120, 98000), ","), "$%d.%02d" % (r.randint(10, 9999), r.randint(0, 99)),
                     "$%.1fM" % (r.randint(5, 95) / 10), "$%dK" % r.randint(4, 900), "$%s.00" % format(r.randint(1000, 250000), ",")])


def g_bill(c):
    r = c.rng
    return r.choice(["$%s" % format(r.randint(180, 48000), ","), "$%s.%02d" % (format(r.randint(90, 9999), ","), r.randint(0, 99)),
                     "$%d" % r.randint(150, 2500)])


def g_bigmoney(c):
    r = c.rng
    return r.choice(["$%.1fM" % (r.randint(5, 95) / 10), "$%dK" % r.randint(40, 900), "$%s" % format(r.randint(50, 900) * 1000, ",")])


def g_pct(c):
    r = c.rng
    return r.choice(["%d%%" % r.randint(61, 99), "%.1f%%" % (r.randint(600, 999) / 10), "%d%%" % r.randint(3, 40)])


def g_num(c):
    return str(c.rng.randint(3, 480))


def g_po(c):
    return "45" + digits(8, c.rng)


def g_invc(c):
    r = c.rng
    return r.choice(["INV-" + digits(5, r), digits(5, r) + "-A", "INV" + digits(7, r)])


def g_ticket(c):
    r = c.rng
    return r.choice(["INC" + digits(7, r), "RITM" + digits(7, r), "CHG" + digits(7, r), "REQ" + digits(7, r)])


def g_jira(c):
    r = c.rng
    return r.choice(["UMOPS", "APPEALS", "CMPLAT", "PHARM", "DATA"]) + "-" + str(r.randint(100, 4999))


def g_version(c):
    r = c.rng
    return r.choice(["v%d.%d.%d" % (r.randint(1, 24), r.randint(0, 12), r.randint(0, 20)),
                     "%d.%d.%d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(0, 9)),
                     "%d.%d.%d.%d" % (r.randint(10, 25), r.randint(0, 9), r.randint(0, 9), r.randint(100, 9999))])


def g_build(c):
    r = c.rng
    return "%d.%d.%d.%d" % (r.randint(2024, 2026), r.randint(1, 12), r.randint(0, 3), r.randint(1, 40))


def g_room(c):
    return c.rng.choice(ROOMS)


def g_ext(c):
    return str(c.rng.randint(2000, 7999))


def g_zoomid(c):
    r = c.rng
    return r.choice(["%s %s %s" % (digits(3, r), digits(4, r), digits(4, r)), digits(10, r), digits(11, r)])


def g_zoomurl(c):
    return "https://hvhp.zoom.us/j/" + digits(11, c.rng)


def g_passcode(c):
    return digits(6, c.rng)


def g_intranet(c):
    r = c.rng
    return r.choice(["https://hub.hvhp.org/um/policies/pa-intake", "https://hvhp.sharepoint.com/sites/UM/Shared%20Documents/PA_Form_v3.pdf",
                     "https://hub.hvhp.org/cm/dashboards/census", "https://hub.hvhp.org/appeals/pp-AG-104",
                     "https://confluence.hvhp.org/display/UMOPS/Retro+Auth+Workflow"])


def g_pubpage(c):
    r = c.rng
    return r.choice(["https://www.cms.gov/priorities/burden-reduction/overview/interoperability",
                     "https://www.ncqa.org/programs/health-plans/", "https://www.mass.gov/masshealth",
                     "https://www.aapc.com/webinars", "https://www.caseweek.org/"])


def g_boardportal(c):
    return "https://hvhp.boardeffect.com/workrooms/" + digits(4, c.rng)


def g_contract(c):
    return "HVHP-C-%d-%03d" % (c.rng.randint(2023, 2026), c.rng.randint(1, 400))


def g_costcenter(c):
    return digits(5, c.rng)


def g_policyno(c):
    return c.rng.choice(["UM-", "CM-", "AG-", "PH-"]) + str(c.rng.randint(100, 340))


def g_printjob(c):
    return "#" + digits(4, c.rng)


def g_a1c(c):
    return "%d.%d" % (c.rng.randint(7, 13), c.rng.randint(0, 9))


def g_mtg(c):
    r = c.rng
    d = rand_date(r, (2025, 1, 6), (2025, 12, 19))
    t, ap = r.choice([("8:30", "am"), ("9", "am"), ("9:30", "am"), ("10", "am"), ("11:15", "am"), ("1", "pm"),
                      ("2", "pm"), ("2:30", "pm"), ("3", "pm"), ("3:45", "pm"), ("4", "pm")])
    return r.choice(["%s %d/%d at %s" % (DAYS3[d.weekday() % 5], d.month, d.day, t), "%s at %s" % (r.choice(DAYS), t),
                     "tomorrow at %s" % t, "%s %s" % (r.choice(DAYS3), t + r.choice([ap, ap + " ", ""]).strip()),
                     "%s %d, %s" % (MON3[d.month - 1], d.day, t + ap)])


def g_mtgdate(c):
    r = c.rng
    d = rand_date(r, (2025, 1, 6), (2026, 3, 30))
    return r.choice(["%d/%d" % (d.month, d.day), "%s %d" % (MONTHS[d.month - 1], d.day), "%s %d" % (MON3[d.month - 1], d.day),
                     "%s %d/%d" % (DAYS3[d.weekday() % 5], d.month, d.day), "the %s" % ordinal(d.day)])


def g_mtgday(c):
    return c.rng.choice(DAYS + ["next Tuesday", "Thursday afternoon", "Friday AM", "tomorrow", "Wed"])


def g_mtgmonth(c):
    return c.rng.choice(MONTHS)


def g_deadline(c):
    return c.rng.choice(["EOD Friday", "5pm Thursday", "noon tomorrow", "end of day", "the 15th", "Monday"])


def g_qtr(c):
    return c.rng.choice(["Q1", "Q2", "Q3", "Q4", "FY26 Q1", "Q3 FY2025", "H2"])


def g_at(c):
    r = c.rng
    return "<@U0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">"


GENS = {
    "dob": g_dob, "dobkid": g_dobkid, "dos": g_dos, "ageold": g_ageold, "ageoldw": g_ageoldw, "agey": g_agey, "agechild": g_agechild,
    "phone": g_phone, "phonex": g_phonex, "phone_obf": g_phone_obf, "phone_spoken": g_phone_spoken,
    "tel": g_tel, "telfmt": g_telfmt, "bemail": g_bemail, "planemail": g_planemail,
    "ssn": g_ssn, "ssn_ns": g_ssn_ns, "ssn_obf": g_ssn_obf, "ssn_spelled": g_ssn_spelled,
    "mrn": g_mrn, "mrn_fw": g_mrn_fw, "mid": g_mid, "mid_zw": g_mid_zw, "mid_sp": g_mid_sp, "mbi": g_mbi,
    "mcaid": g_mcaid, "grp": g_grp, "acct": g_acct, "har": g_har, "bank": g_bank, "rnlic": g_rnlic,
    "mdlic": g_mdlic, "dea": g_dea, "dl": g_dl, "npi": g_npi, "vin": g_vin, "plate": g_plate,
    "serial": g_serial, "udi": g_udi, "asset": g_asset, "ip": g_ip, "street": g_street, "addr": g_addr,
    "addr_ml": g_addr_ml, "town": g_town, "zip": g_zip, "zipplus": g_zipplus, "pobox": g_pobox,
    "facaddr": g_facaddr, "faczip": g_faczip, "venue": g_venue, "cc": g_cc, "cc_sp": g_cc_sp,
    "money": g_money, "bill": g_bill, "bigmoney": g_bigmoney, "pct": g_pct, "num": g_num, "po": g_po, "invc": g_invc, "ticket": g_ticket,
    "jira": g_jira, "version": g_version, "build": g_build, "room": g_room, "ext": g_ext,
    "zoomid": g_zoomid, "zoomurl": g_zoomurl, "passcode": g_passcode, "intranet": g_intranet,
    "pubpage": g_pubpage, "boardportal": g_boardportal, "contract": g_contract,
    "costcenter": g_costcenter, "policyno": g_policyno, "printjob": g_printjob, "a1c": g_a1c,
    "mtg": g_mtg, "mtgdate": g_mtgdate, "mtgday": g_mtgday, "mtgmonth": g_mtgmonth,
    "deadline": g_deadline, "qtr": g_qtr, "at": g_at,
    "cpt": lambda c: c.rng.choice(CPT), "icd": lambda c: c.rng.choice(ICD),
    "dx": lambda c: c.rng.choice(DX), "proc": lambda c: c.rng.choice(PROC),
    "med": lambda c: c.rng.choice(MEDS), "fac": lambda c: c.rng.choice(FACS),
    "snf": lambda c: c.rng.choice(SNFS), "org": lambda c: c.rng.choice(ORGS),
    "vendor": lambda c: c.rng.choice(VENDORS), "city": lambda c: c.rng.choice(CITIES),
    "bot": lambda c: c.rng.choice(BOTS), "emoji": lambda c: c.rng.choice(EMOJI),
    "plan": lambda c: PLAN,
}

# ---------------------------------------------------------------- frames
# Each frame: (tags, template). {TYPE:key} = labelled span, {key} = unlabelled value,
# [[a|b]] = inline alternation. Person keys: P,P2,P3 members, K nickname member, R relative,
# S,S2,S3 colleagues, D,D2 clinicians, E executives, V vendor staff, O provider-office staff.
PHI_FRAMES = [
# --- utilization review / prior auth
("referral", "PA request in from {org} for {NAME:P.full} (DOB {DATE:dob}) — {proc}. Clinicals attached but nothing from the last visit. Can someone call the office?"),
("", "Member ID {HEALTH_PLAN_ID:mid}, {proc} at {fac}. Denied for no conservative tx documented; Dr. {D.last}'s office is asking for a peer to peer."),
("calendar", "P2P set with Dr. {D.full} re {NAME:P.full} for {mtg}. {S.full} is covering as med director."),
("", "Concurrent review — {NAME:Pf.full}, {AGE:ageold} y/o F, admitted {DATE:dos} to {fac} with {dx}. LOS day [[4|5|6|7]], PT recommending SNF."),
("multiline", "{NAME:P.inv}\nMBR# {HEALTH_PLAN_ID:mid}\nDOB {DATE:dob}\nADM {DATE:dos}\nDX {icd}\nREQ: {proc}"),
("records", "got the fax for {NAME:P.lastfirst} but it's missing pg 3 of the H&P. their fax # is {PHONE:phone}"),
("", "IP notification from {fac}: {NAME:P.full}, mbr {HEALTH_PLAN_ID:mid}, admit {DATE:dos}, {dx}. Assigning to {S.first}."),
("", "Retro auth for DOS {DATE:dos} on {NAME:P.full} — way outside the 14 day window. Routing to {S.first} for a decision."),
("", "SNF update: {P.hon} {NAME:P.last} at {snf}, planned d/c {DATE:dos}. Family wants {P.him} home with VNA."),
("records", "{at} can you take the {org} callback? It's about {NAME:P.full}'s MRI auth, they quoted MRN {MRN:mrn}."),
("referral", "OON exception request for {NAME:P.full} ({HEALTH_PLAN_ID:mid}) to see peds neuro at Boston Children's. Nearest in-network is 3 months out."),
("", "Approved the {proc} for member {HEALTH_PLAN_ID:mid}, DOS {DATE:dos}. Letter going out today."),
("", "Pended: {NAME:P.full}, {proc}, need last 2 office notes + imaging report. Left VM at {PHONE:phonex}."),
("", "the {fac} UR nurse keeps faxing us the wrong member — they sent {NAME:P.full} DOB {DATE:dob} but the auth is for {NAME:P2.full}"),
("", "Quick q — {NAME:P.full} came in as obs on {DATE:dos} and flipped to inpatient {DATE:dos2}. Do we count LOS from the flip or the obs start?"),
("", "{NAME:P.full} | {HEALTH_PLAN_ID:mid} | {proc} | CPT {cpt} | pending clinicals"),
("escalation", "Urgent: home infusion for {NAME:P.full} starts {DATE:dos}, PA still not in the system. {org} says they faxed it twice to {PHONE:phone}."),
("", "Med director overturned on recon: {NAME:P.lastfirst}, {proc}. Thanks {S.first}!"),
("", "P2P outcome for member {HEALTH_PLAN_ID:mid}: upheld. Dr. {D.last} wasn't happy, might see a grievance."),
("", "Can someone double-check the DOB on {NAME:P.full}? Eligibility has {DATE:dob} and the claim says {DATE:dob2}."),
("", "{NAME:P.full} ({HEALTH_PLAN_ID:mid}) — inpatient rehab denied day 1, family appealing. {S.first} has the file."),
("", "auth for {NAME:P.lower} is approved thru the end of the month, dos {DATE:dos}, tell the office pls"),
("", "*Pending clinicals*\n• {NAME:P.full} – {proc}\n• {NAME:P2.full} – {proc2}\n• {NAME:P3.full} – {proc3}\nAll three due back from the offices by Fri."),
("", "Second level review needed: {NAME:Pm.full}, {agey}M, {proc} at {fac}. Imaging from {DATE:dos} shows no stenosis per the report."),
("", "Anyone know why the {proc} auth for {HEALTH_PLAN_ID:mid} auto-denied? DOS {DATE:dos}, provider is in network"),
# --- case management
("", "Outreach call w/ {NAME:P.full} today — {P.she} was d/c'd {DATE:dos} and still hasn't filled {P.her} {med}. Daughter {NAME:Rf.first} is the main contact, cell {PHONE:phone}."),
("referral age", "New CM referral: {NAME:P.full}, {AGE:ageold}, CHF, 3 admits in 90 days. Lives alone in {ADDRESS:town}."),
("", "fyi {NAME:P.first}'s wife called back, new number is {PHONE:phone}"),
("", "Home visit for {NAME:P.full} at {ADDRESS:addr}. {P.She} said to knock loud, hearing aids don't work well."),
("", "{NAME:P.full}'s POA is {P.her} nephew {NAME:Rm.full} ({EMAIL:Rm.email}). He wants everything in writing."),
("", "HRA came back on member {HEALTH_PLAN_ID:mid} — food insecurity flag, no working phone. Last known addr {ADDRESS:addr}."),
("", "TOC call with {NAME:P.first} ({AGE:ageold}) went fine. PCP f/u is {DATE:dos}, transport booked."),
("", "can someone cover my 2pm outreach? {NAME:P.full}, {NAME:P2.full}, and {NAME:P3.full} (last one needs a Haitian Creole interpreter)"),
("multiline", "Today's outreach list:\n• {NAME:P.full} – {HEALTH_PLAN_ID:mid}\n• {NAME:P2.full} – {HEALTH_PLAN_ID:mid2}\n• {NAME:P3.full} – {HEALTH_PLAN_ID:mid3}\nI'll take the first two."),
("age", "{P.hon} {NAME:P.last} is {AGE:ageoldw} and still lives alone, refuses the PERS pendant 🙃"),
("", "spoke to {NAME:K.nick} ({NAME:K.full}) — goes by the nickname, can you put it in the CM notes pls"),
("", "{NAME:K.full} (goes by {NAME:K.nick}) called re: the ride to dialysis, Apex never showed."),
("", "Daughter-in-law {NAME:Rf.full} called, says {NAME:P.first} fell on {DATE:dos} and nobody told us. {P.She}'s at {fac} now."),
("", "Member moved: new address {ADDRESS:addr}, new phone {PHONE:phone}. Updated Facets, can someone fix the CM record? mbr {HEALTH_PLAN_ID:mid}"),
("", "Left 3 VMs for {NAME:P.full} at {PHONE:phone}, no callback. Sending the unable-to-reach letter."),
("calendar", "{NAME:P.last} family meeting at {snf} is {mtg} — I'll call in. Son {NAME:Rm.first} will be there."),
("", "pt {NAME:P.lower} dob {DATE:dob} — pcp changed to dr {D.lastlow}, pls update"),
("referral", "High-risk OB referral: {NAME:P.full}, EDD {DATE:dos}, G3P2, lives in {ADDRESS:town}."),
("", "Member {NAME:P.full} passed away {DATE:dos} per {P.her} daughter. Please close the case and stop outreach."),
("", "Bereavement card for the {NAME:P.last} family — mail to {ADDRESS:addr}"),
("", "Interpreter needed (Portuguese) for {NAME:P.full}, appt {DATE:dos} at {fac}."),
("escalation", "{NAME:P.full} no-showed {P.her} cardiology appt {DATE:dos} again. 3rd time. Escalate to the CM lead?"),
("", "[[Her|His]] grandson {NAME:Rm.full} is the caregiver now, number {PHONE:phone}. He works nights so call after 3."),
("", "member says she's been using her sister {NAME:Rf.first}'s address for mail: {ADDRESS:addr}"),
("", "Transport for {NAME:P.full}: pickup at {ADDRESS:addr} 7:15am on {DATE:dos} → dialysis at {org}."),
("", "she's at {ADDRESS:street} off Rte [[110|28|9|2A]] in {ADDRESS:town}, yellow house, ramp on the side"),
("", "Hi {S.first}, re: your msg about {NAME:P.last} — I called {P.her} pharmacy, {P.she} picked up on {DATE:dos}."),
("", "^ that's the same {NAME:P.first} from last week's rounds, right? the one with the LVAD"),
("multiline", "rounds notes:\n1) {NAME:P.full} – {dx}, d/c {DATE:dos}\n2) {NAME:P2.full} – {dx2}, still IP\n3) {NAME:P3.last} – SNF day 12"),
("emoji", "👀 {NAME:P.full} is on the readmit list again"),
("", "Member {NAME:P.full} wants {P.her} CM records from us — ok to send to {EMAIL:P.email}?"),
("", "she spelled her email out for me as {EMAIL:P.emailobf} — adding to the file"),
("", "{NAME:P.full} ({HEALTH_PLAN_ID:mid_sp}) — CM consent signed, enrolling today"),
("", "Spanish-speaking member, {NAME:P.full}, asks that we call {P.her} son {NAME:Rm.first} at {PHONE:phone} for anything about the surgery on {DATE:dos}."),
("", "sorry wrong thread — meant {NAME:P.last} not {NAME:P2.last}"),
("", "Peds: {NAME:P.first} (age {agechild}) — mom {NAME:Rf.full} says the school nurse needs the EpiPen auth letter"),
("", "the {NAME:P.last} twins both need Synagis auths this season, DOB {DATE:dobkid} (same day obv lol)"),
("", "Legal guardian for {NAME:P.full} is {NAME:R.full} now, letters of guardianship attached. Update the HIPAA auth."),
("", "Outreach script says confirm DOB — {NAME:P.full} gave {DATE:dob} but we have {DATE:dob2}. Same person?"),
("age", "Can I get a second set of eyes on {NAME:P.full}? {AGE:ageold}yo, 2nd hip fx this year, family wants everything done."),
("", "ED visit {DATE:dos} for {NAME:P.full} — fell at home ({ADDRESS:addr}). Referred to fall prevention."),
("", "Thx! also {NAME:P.first}'s new PCP is Dr. {D.full} at {org}."),
("emoji", "lol the member's email is {EMAIL:Pf.email} 😂 anyway she's fine with email updates"),
("", "VM transcript: \"hi it's {NAME:P.full} calling about my husband {NAME:Rm.first}'s oxygen, call me back {PHONE:phone_spoken}\""),
("", "Interpreter line says {NAME:P.full} speaks Somali, not Arabic. Updating language pref."),
("", "{NAME:P.full} admitted to {fac} inpatient psych on {DATE:dos}, 72-hr hold. BH CM notified."),
("", "Mr. and Mrs. {NAME:P.last} are both in the program now (him CHF, her COPD). Same address, {ADDRESS:addr}."),
("", "Reviewed {NAME:P.initl}'s file, DOB {DATE:dob}, agree with closing to maintenance."),
("", "{NAME:P.full} — ZIP {ADDRESS:zip} is outside the service area so the PCP auto-assign failed"),
("", "member lives at {ADDRESS:addr} w/ daughter; daughter's cell {PHONE:phone}"),
("age-aggregate age", "2 of my members are over 90 and both are doing great, but {NAME:P.full} ({AGE:ageold}) is slipping — missed 2 dialysis sessions."),
("", "Returned mail for {NAME:P.full}: USPS says the ZIP should be {ADDRESS:zipplus}."),
("", "DOB {DATE:dob}, age {AGE:ageold}, widowed, lives w/ daughter in {ADDRESS:town}. Referral came from the ED."),
("", "BH: {NAME:Pm.full}, {agey}M, PHQ-9 of 22 on outreach {DATE:dos}, +SI. Crisis team notified, {S.first} following."),
("", "SUD referral for {NAME:P.full} — detox at {fac} {DATE:dos}, wants a methadone clinic near {ADDRESS:town}."),
("", "Member {NAME:P.full} says {P.she} never got the EOB. Address on file: {ADDRESS:pobox}."),
("", "Home HD starting {DATE:dos} for {NAME:P.full}, machine serial {DEVICE_ID:serial}. Sunrise is doing the training."),
("age", "{NAME:Pf.full}, {AGE:ageold}F, elected hospice {DATE:dos}. Closing the CM case, hospice has it now."),
("", "pls dont put {NAME:P.firstlow}'s HIV status in the CM note, use the sensitive dx flag"),
("", "Translated letter requested by {NAME:P.full} in [[Vietnamese|Khmer|Portuguese|Spanish|Haitian Creole]], mail to {ADDRESS:addr}"),
("", "Member {NAME:P.full} ({P.her} daughter {NAME:R.first} on the line too) confirmed the address: {ADDRESS:addr_ml}"),
("", "Address change for member {HEALTH_PLAN_ID:mid}:\n{ADDRESS:addr_ml}"),
("", "{NAME:P.full} turned {AGE:ageold} on Sunday!! the SNF threw a party, {P.she} called to tell me 🎂"),
("", "can u call {NAME:P.first} {DATE:dos} after {P.her} echo? number in the chart {PHONE:phone}"),
("", "New member {NAME:P.full}, transitioning from the {fac} ACO. Lives in {ADDRESS:town}, has a {med} PA from the old plan."),
("", "lives in {ADDRESS:town} with her son {NAME:Rm.full}, who is also her POA"),
# --- appeals & grievances
("complaint", "Grievance from {NAME:Pf.full} re balance billing by {fac}, their acct # {ACCOUNT_NUMBER:acct}. She mailed us the statement."),
("", "Expedited appeal in: {NAME:P.full}, mbr {HEALTH_PLAN_ID:mid}, denied {proc}. 72h clock started at 10:14 today."),
("", "AOR signed by {NAME:Rf.full} (daughter) for {NAME:P.full}'s appeal — enough, or do we need the POA doc?"),
("escalation exec-name", "Member {NAME:P.full} called {E.full}'s office about the denial 🙄 {E.first} wants a summary by EOD."),
("", "Appeal packet for {NAME:P.lastfirst}: DOS {DATE:dos}, HAR {ACCOUNT_NUMBER:har}, billed {bill}. Missing the itemized bill."),
("complaint", "Grievance (quality of care): member {NAME:P.full} says {snf} left {P.him} in a wet brief for hours on {DATE:dos}. Routing to QI."),
("", "IRO decision back on {NAME:P.full} — overturned. Need to effectuate within 72h."),
("complaint", "State DOI complaint re member {HEALTH_PLAN_ID:mid} ({NAME:P.full}). Response due Friday — {S.first} can you pull the call recordings?"),
("escalation", "Ugh, {NAME:P.last}'s son is threatening to go to the Globe about the denial. Looping {E.full}."),
("complaint", "complaint: mbr {NAME:Pf.lower} says the rep hung up on her, wants a supervisor callback at {PHONE:phone}"),
("", "Appeal from {NAME:R.full} on behalf of {R.her} mother {NAME:Pf.full} — the AOR form isn't signed by the member though"),
("multiline", "From: {NAME:R.full} <{EMAIL:R.email}>\nSubject: appeal for my mother {NAME:Pf.full}\n\nPlease reconsider, she cannot walk without the chair."),
("complaint", "{NAME:P.full} called in crying about the bill from {fac} — {bill}, account {ACCOUNT_NUMBER:acct}."),
("", "Hospital account for the {DATE:dos} stay is {ACCOUNT_NUMBER:har}, member {NAME:P.full}. Provider billed us twice."),
("", "Appeal upheld for {HEALTH_PLAN_ID:mid}, letter mailed to {ADDRESS:addr}. If [[she|he]] calls, it's in the system."),
("complaint", "grievance from mrs {NAME:Pf.lastlow} abt transport, driver was 2 hrs late for her {DATE:dos} appt"),
# --- VIP / escalation
("vip exec-name", "VIP: {NAME:Pm.full} is {E.full}'s father-in-law, admitted to {fac} {DATE:dos}. Please handle the auths personally, {S.first}."),
("vip", "Heads up — {NAME:P.full} (sits on our board) has a pending {proc} auth. Keep it tight, don't discuss outside UM."),
("vip exec-name", "{E.first} asked me to personally check on {NAME:P.full}'s claim. {P.hon} {NAME:P.last} is a family friend apparently."),
("escalation", "Escalation from the state rep's office: constituent {NAME:P.full}, denied {proc}. {E.full} wants a call back today."),
("vip", "*VIP* — {NAME:P.upper} — please route all auths to {S.full} only. Do not discuss in team channels."),
# --- pharmacy
("", "Formulary exception for {NAME:P.full}: {med}, A1c {a1c}, failed metformin + Jardiance. MBI {HEALTH_PLAN_ID:mbi}."),
("npi", "PBM flagged member {HEALTH_PLAN_ID:mid} for opioid quantity limit. Prescriber DEA {LICENSE_NUMBER:dea}, NPI {npi}."),
("", "Step therapy override for {NAME:P.full} — {med}. Tried and failed 2 biologics per {org} notes."),
("", "Tier exception denied for {NAME:P.full}, {med}. {P.She}'s going to appeal, gave {P.him} the member services number."),
("", "pharmacy called, member {NAME:P.full} dob {DATE:dob} trying to fill Adderall 9 days early. ok to deny?"),
("", "Specialty pharmacy needs the member's cell for delivery: {PHONE:phone} ({NAME:P.full})."),
("", "Transition fill for new member {NAME:P.full} ({HEALTH_PLAN_ID:mid}) — {med}, 30 days."),
("", "Lock-in program: {NAME:P.full}, {HEALTH_PLAN_ID:mid}, 4 prescribers and 3 pharmacies in 60 days. Pharmacy lock to the CVS on Main."),
# --- DME / devices
("emoji", "CGM replacement for {NAME:P.full}, old Dexcom serial {DEVICE_ID:serial}. Says it fell in the pool lol 🏊"),
("", "CPAP compliance for member {HEALTH_PLAN_ID:mid}, device SN {DEVICE_ID:serial}: 38% usage over 30 days, doesn't meet criteria."),
("", "Tandem needs the pump serial for the warranty swap: {DEVICE_ID:serial} (member {NAME:P.full})."),
("age", "Power wheelchair for {NAME:P.full}, {AGE:ageold} — home eval at {ADDRESS:addr} says the doorways are too narrow."),
("", "Hearing aid claim, member {NAME:P.full}, L aid serial {DEVICE_ID:serial}, R aid serial {DEVICE_ID:serial2}."),
("", "UDI from the op note for {NAME:P.last}'s pacemaker: {DEVICE_ID:udi}"),
("", "The asset tag on the loaner is {asset} but the actual pump SN is {DEVICE_ID:serial} — member {HEALTH_PLAN_ID:mid}"),
("", "Hospital bed delivered to {ADDRESS:addr} for {NAME:P.full} on {DATE:dos}, Brightree confirmed."),
# --- subrogation
("", "MVA subro referral: {NAME:P.full}, DOI {DATE:dos}, other vehicle plate {VEHICLE_ID:plate} (MA)."),
("", "Police report attached for member {HEALTH_PLAN_ID:mid}. Member's vehicle VIN {VEHICLE_ID:vin}. Sending to subro."),
("", "ER claim for {NAME:P.full} on {DATE:dos} has the accident indicator — {P.she} was hit by a car, plate {VEHICLE_ID:plate}. Subro?"),
("", "NEMT mileage reimbursement: {NAME:R.full} drives {R.her} dad to dialysis, car plate {VEHICLE_ID:plate}, needs the form mailed to {ADDRESS:addr}"),
# --- credentialing (licence numbers are labelled, provider names are not)
("credentialing", "Cred file for Dr. {D.full} is missing the DEA — app says {LICENSE_NUMBER:dea}, exp 2027. Can't verify on the DEA site."),
("credentialing", "NP {D.full}, license {LICENSE_NUMBER:rnlic}, shows lapsed on the board site as of last month"),
("credentialing npi calendar", "Recred: Dr. {D.last}, MD license {LICENSE_NUMBER:mdlic}, NPI {npi}. Committee {mtgday}."),
("credentialing", "{at} the license # on the roster for {D.full} is {LICENSE_NUMBER:mdlic} but the board shows {LICENSE_NUMBER:mdlic2}. Which do we load?"),
("credentialing", "CAQH attestation for {org}: Dr. {D.full} DEA {LICENSE_NUMBER:dea}, state lic {LICENSE_NUMBER:mdlic}"),
# --- business contacts (phones/e-mails are labelled whoever they belong to)
("business-contact", "{org}'s UM line is {PHONE:phone} and their fax is {PHONE:phone2} if anyone needs it"),
("business-contact", "New PR rep at {fac} is {O.full}, {EMAIL:O.bemail}"),
("business-contact slack-markup", "send the denial letters to <mailto:{EMAIL:bemail}|{EMAIL:bemail}> going forward, per {O.first}"),
("business-contact", "call {O.first} at {org}, {PHONE:phonex}. {O.she}'s the only one who can pull the records"),
("business-contact", "Our new precert fax is live: {PHONE:phone}. Old one forwards until end of month."),
("business-contact", "If members call about the letter, route them to {PHONE:phone} (option 3)."),
("business-contact", "{S.full}'s cell is {PHONE:phone} if you need {S.him} for the on-call weekend"),
("business-contact slack-markup", "<tel:{PHONE:tel}|{PHONE:telfmt}> is the direct line to the {fac} case mgmt office"),
("business-contact", "email to {EMAIL:S.planemail} bounced, is {S.first} still here?"),
("business-contact", "Appeals mailbox is {EMAIL:planemail} — please stop sending them to my personal inbox 🙏"),
("business-contact vendor", "{V.full} from {vendor} — {EMAIL:V.vemail}, {PHONE:phone}. Our new account manager as of this week."),
("business-contact calendar", "{bot} email {EMAIL:O.bemail} and propose {mtg} for the JOC meeting with {org}"),
# --- IT
("ticket", "{org} is locked out of the provider portal again — their IP {IP_ADDRESS:ip} got flagged by the WAF. {ticket}"),
("", "Seeing a ton of failed logins on the member portal from {IP_ADDRESS:ip}, sent to security"),
("version", "VPN gave me {IP_ADDRESS:ip} and now Epic Payer Platform won't load on {version}"),
("ticket", "whitelist request for the {vendor} SFTP: {IP_ADDRESS:ip} and {IP_ADDRESS:ip2} ({ticket})"),
# --- payment cards / bank
("emoji", "member read me her whole card # for the premium 😬 {CREDIT_CARD:cc} — I did NOT enter it, what do I do?"),
("money", "corp card for the AHIP registration: {CREDIT_CARD:cc}, exp 09/27. {E.first} approved."),
("", "Premium payment for {NAME:P.full}: card {CREDIT_CARD:cc_sp} declined twice."),
("", "Bank info on the reimbursement form for {NAME:P.full}: acct {ACCOUNT_NUMBER:bank}. Should that even be in the case notes??"),
# --- SSN / identity
("", "Member has no MBI on file, CMS lookup needs the SSN: {SSN:ssn}. {NAME:P.full}, DOB {DATE:dob}."),
("", "{NAME:P.full}'s ssn is {SSN:ssn_ns}, enrollment typo'd it"),
("", "SSN on the enrollment app is {SSN:ssn_obf} (member wrote it weird) — can someone confirm w/ {P.him}?"),
("", "she gave the SSN over the phone as {SSN:ssn_spelled} and I wrote it down wrong, ugh"),
("", "Driver's license on the ID verification: {LICENSE_NUMBER:dl} — {NAME:P.full} says someone else enrolled in {P.her} name"),
("", "Fraud referral: someone used member {HEALTH_PLAN_ID:mid} at 3 pharmacies in one day. Member is {NAME:P.full}, lives in {ADDRESS:town}."),
("", "Can't find the member — tried {NAME:P.full}, {NAME:P.inv}, DOB {DATE:dob}. Maybe under maiden name {NAME:P.maiden}?"),
# --- URLs
("", "{NAME:P.full}'s daughter set up a caringbridge for updates: {URL:P.cburl}"),
("slack-markup", "case link for {NAME:P.full}: <{URL:P.portalurl}|{NAME:P.full}>"),
("", "member replied in the portal, thread is here {URL:P.msgurl}"),
("", "family started a gofundme for {NAME:P.first}'s rehab stay {URL:P.gofund} — should CM reach out about the out of network bills?"),
# --- employee health (a colleague as the patient)
("", "heads up {NAME:S.first} is out rest of the week, {S.she} had {S.her} gallbladder out. card going around 💐"),
("", "{NAME:S.full} from appeals got admitted to {fac} last night — please don't look up {S.her} claims, Privacy is watching"),
("", "Workers comp: {NAME:S.full} slipped in the 3rd floor kitchen on {DATE:dos}, urgent care for the wrist. HR has the form."),
("", "FYI {NAME:S.first} starts FMLA {DATE:dos} for {S.her} surgery, {S2.first} is covering the queue"),
# --- evasion-heavy
("records", "MRN {MRN:mrn_fw} per the fax from {fac}"),
("", "member id {HEALTH_PLAN_ID:mid_zw} for {NAME:P.first} — pasted from the portal"),
("", "cb # for {NAME:P.last}: {PHONE:phone_obf}"),
# --- assistant bot
("records", "{bot} email Dr. {D.last}'s office and ask for the op note for {NAME:P.full}, DOS {DATE:dos}"),
("calendar", "{bot} set 15 min with {S.first} tmrw to go over {NAME:P.last}'s appeal before committee"),
("", "{bot} remind me Monday 9am to call {NAME:P.full} back at {PHONE:phone}"),
("", "{bot} draft a reply to {EMAIL:Rf.email} — tell her we got the appeal for her mom and will decide within 30 days"),
("", "{bot} find the email from {fac} about {NAME:P.full} and forward it to {S.first}"),
("records", "{bot} chase {org} on the records request for member {HEALTH_PLAN_ID:mid} — it's been 10 days"),
("calendar", "{bot} put a hold on my calendar {mtg} for the {NAME:P.last} family conference"),
# --- forwarded texts / pasted content
("", "Fwd from the member text line: \"hi this is {NAME:P.full} my new address is {ADDRESS:addr} pls update thx\""),
("multiline", "forwarding from the CM inbox:\n> My father {NAME:Pm.full} (DOB {DATE:dob}) was denied his wheelchair. Please call me, {NAME:R.first}, at {PHONE:phone}."),
("multiline", "Text from member's wife:\n\"{NAME:Pm.first} is back in the hospital since {DATE:dos}, {fac} again. they said kidney\""),
("records", "Records request for {NAME:P.full}, MR# {MRN:mrn}, dates of service {DATE:dos} – {DATE:dos2}"),
("records", "{fac} HIM needs the chart # to release the records: {MRN:mrn}"),
# --- eligibility / COB / enrollment
("", "COB mess: {NAME:P.full} has Medicare primary (MBI {HEALTH_PLAN_ID:mbi}), we're secondary. Claims paying as primary 🤦"),
("", "Medicaid ID for {NAME:P.full} is {HEALTH_PLAN_ID:mcaid}, dual eligible, needs DSNP outreach"),
("", "Newborn add: baby boy {NAME:P.last}, born {DATE:dos} at {fac}, mom {NAME:Rf.full}, mbr {HEALTH_PLAN_ID:mid}"),
("", "Enrollment says {NAME:P.full} termed 12/31 but {P.she} had an admit {DATE:dos}. Who pays?"),
("", "Subscriber {NAME:R.full} ({HEALTH_PLAN_ID:mid}), dependent {NAME:P.first}, group {grp} — dependent isn't showing in eligibility"),
("", "Name mismatch: claim has {NAME:P.fmi}, eligibility has {NAME:P.inv}. Same DOB {DATE:dob}."),
("", "Member {NAME:P.full} got a new ID card with the wrong ID — should be {HEALTH_PLAN_ID:mid}, card says {HEALTH_PLAN_ID:mid2}"),
("multiline", "MEMBER: {NAME:P.upper}\nID: {HEALTH_PLAN_ID:mid}\nPCP: DR {D.upperlast}\nREASON: {dx}"),
("", "Pt IDs for the CHF pilot (don't forward): {HEALTH_PLAN_ID:mid}, {HEALTH_PLAN_ID:mid2}, {HEALTH_PLAN_ID:mid3}"),
("", "MBI {HEALTH_PLAN_ID:mbi} - {NAME:P.inv} - d/c'd {DATE:dos}"),
# --- claims
("icd", "ICD {icd} on {NAME:P.full}'s claim doesn't match the op note"),
("", "Claim for DOS {DATE:dos} denied as dup but it's the other hip — {NAME:P.full}, {HEALTH_PLAN_ID:mid}"),
("money", "{NAME:P.lastfirst} — DOS {DATE:dos} — CPT {cpt} — billed {bill} — allowed {bill2}"),
("", "member is {agey} but the claim says {AGE:ageold}, probably a DOB typo ({DATE:dob})"),
("", "Surgery for {NAME:P.last} moved from {DATE:dos} to {DATE:dos2}, need to update the auth dates"),
# --- sloppy / lowercase native
("typo", "omg mrs {NAME:Pf.lastlow} called AGAIN abt her bill. acct {ACCOUNT_NUMBER:acct}"),
("typo", "wait is {NAME:Pf.lower} the same lady from {ADDRESS:town} or a diff one"),
("", "ok so {NAME:P.lower} is in the ed at {fac} rn, been there since {DATE:dos}"),
("", "can sb call {NAME:P.lastlow}s daughter back, she left like 4 vms. {PHONE:phone}"),
("typo", "nvm found {NAME:P.firstlow} in facets, was under {HEALTH_PLAN_ID:mid} not the old id"),
("", "mr {NAME:P.lastlow} fell again {DATE:dos} 😞 son says hes not eating"),
("", "{NAME:P.last}? the one w/ the trach? yeah {P.she}'s {AGE:ageold} now"),
("", "Who had {NAME:P.full}? {P.She} called asking for \"the nurse with the accent\" lol"),
("", "re {NAME:P.full} — spoke w/ {P.her} neighbor {NAME:R.full}, says {R.she} hasn't seen {P.him} in days. Requesting a wellness check at {ADDRESS:addr}."),
("records", "Hospital sent MRN {MRN:mrn} and acct {ACCOUNT_NUMBER:acct} but no member ID — name on the face sheet is {NAME:P.inv}"),
("records", "ADT alert: {NAME:P.full} / MRN {MRN:mrn} / {fac} ED / arrived {DATE:dos} 02:14"),
("records", "chart # {MRN:mrn} at {org}, pt acct {ACCOUNT_NUMBER:acct} — {NAME:P.lastfirst}. They need our auth # on the UB."),
("url", "Member forwarded {P.her} visit summary link, it has {P.her} name right in it: {URL:P.visiturl}"),
("url", "someone posted {NAME:P.first}'s telehealth link in #general 🤦 {URL:P.telehealth} — deleting"),
("money", "Member wants to pay the {bill} premium balance by phone, read me card {CREDIT_CARD:cc} exp 11/26. Transferring to billing."),
("slack-markup", "{at} can you call back *{NAME:P.full}*? {P.She} says it's about the {proc} denial"),
("slack-markup", "member id is `{HEALTH_PLAN_ID:mid}` (copy-paste from Facets), name _{NAME:P.full}_"),
("", "[[Re:|RE:|re:]] {NAME:P.full} / {HEALTH_PLAN_ID:mid} — do we have a signed HIPAA auth for {P.her} daughter {NAME:Rf.first}?"),
]

CLEAN_FRAMES = [
# --- assistant bot / scheduling
("calendar exec-name", "{bot} find 45 min for me, {E.full} and {S.full} next week — not Tuesday, I'm at the state meeting"),
("calendar", "{bot} move my 1:1 with {S.first} to {mtg}"),
("vendor", "{bot} chase {V.full} at {vendor} on the contract redlines, nothing since {mtgdate}"),
("calendar", "{bot} book {room} for the UM huddle every Wednesday at 8:30"),
("calendar", "{bot} what's on my calendar {mtgday}?"),
("exec-name", "{bot} send {E.first} the {qtr} appeals deck and cc {S.first}"),
("calendar vendor", "{bot} accept the invite from {S.full} for {mtg}, decline the one from {vendor}"),
("calendar vendor", "{bot} set up a zoom with {V.full} from {vendor}, 30 min, sometime {mtgday}"),
("", "{bot} remind me to submit my timesheet by 5"),
("", "{bot} summarize the thread from {S.first} about the new PA intake form"),
("calendar exec-name", "{bot} reschedule the ops review with {E.full} — {E.she}'s double booked {mtgdate}. Anything after 2 works."),
("", "{bot} pull last week's TAT report and drop it in the #um-leads channel"),
("calendar", "{bot} when is {S.full} free for a 30 min call this week?"),
("exec-name", "{bot} draft an email to {E.full} and {E2.full} with the staffing ask for {qtr}, 3 FTE for the PA backlog"),
# --- meetings
("calendar", "UM huddle moved to {mtg} in {room}. {S.first} will cover the inpatient census."),
("calendar", "Reminder: med director rounds {mtgday} at 1, Zoom ID {zoomid}"),
("calendar", "{S.full} is presenting the denial trend at the {mtgdate} ops meeting"),
("calendar", "Can we push appeals committee to {mtgdate}? Half the panel is at the NCQA conference."),
("", "Joining late, stuck on a P2P 🙏"),
("calendar", "{room} is double booked {mtgday} — moving stand-up to {room2}"),
("calendar", "Zoom for today's case rounds: {zoomurl}"),
("calendar multiline", "Agenda for {mtgdate}:\n1. TAT metrics ({pct})\n2. New MCG edition go-live\n3. Staffing — {S.first} on PTO {mtgdate2}–{mtgdate3}"),
("calendar", "Calendar hold: JOC with {org} on {mtgdate} at 10, {room}. Their CMO and practice manager are coming."),
("calendar", "Can everyone fill out the Doodle for the Q-planning offsite by {deadline}?"),
# --- executives
("exec-name", "{E.full} (CMO) wants the denial rate slide for the board deck by Thursday"),
("exec-name", "{E.full} is visiting the {city} office {mtgday} — pls clean up the 3rd floor kitchen 😅"),
("exec-name calendar", "All-hands with {E.full} on {mtgdate}, {E.she}'ll cover MA star ratings and the 2026 bid"),
("exec-name", "CEO memo: {E.full} is stepping down end of {qtr}; {E2.full} will be interim"),
("exec-name", "{E.first} approved the overtime for the PA backlog through {mtgdate}"),
("exec-name", "Per {E.full}, hiring freeze until {qtr} except for frontline UM nurses"),
("exec-name calendar", "{E.full} and {E2.full} will split the P2P coverage {mtgday}"),
("exec-name money", "{E.full} signed the {vendor} renewal ({contract}), {bigmoney} over 3 years"),
# --- metrics / money
("money", "Expedited PA TAT was {pct} in {qtr} vs the 95% goal. Standard did better."),
("", "Overturn rate on appeals: {pct} (n={num}). Ortho is the biggest driver again."),
("money po", "We saved {money} on advanced imaging in {qtr}, but {vendor} invoice {invc} is still disputed."),
("money po", "PO {po} for the {vendor} renewal is approved, {money}."),
("emoji", "Readmit rate for the CHF cohort dropped to {pct} 🎉"),
("age-aggregate", "Members 90+ in the SNF cohort: {num}. Might be worth a dedicated CM."),
("age-aggregate", "2 pts over 90 on my caseload this month, both stable"),
("", "90-day readmission measure is changing in the 2026 spec, heads up for the dashboards"),
("", "30/60/90 day aging report shows {num} open appeals, {num2} over 60"),
("", "Claims auto-adjudication hit {pct} in {qtr} 🚀"),
("", "MA star cut point for the plan all-cause readmission measure is {pct} this year"),
("", "Member services avg hold time was 4:12 today, {pct} abandon rate"),
("multiline", "Weekly UM stats\n• IP auths: {num}\n• OP auths: {num2}\n• Denials: {num3} ({pct})\n• P2Ps: {num4}"),
("", "Gold carding list for {qtr} is out, {num} providers qualified"),
("money", "the new CM platform is {money} per seat per year 😬"),
("money", "Who approved the 2025 fee schedule for {org}? rates look off by {pct}"),
# --- policy / clinical criteria
("cpt calendar", "Updated MCG guideline for lumbar fusion goes live {mtgdate}. CPT {cpt} now needs 6 wks of PT notes."),
("cpt", "Reminder: {cpt} and {cpt2} come off the PA list eff 1/1/2026"),
("icd", "Anyone know if ICD {icd} counts as a qualifying dx for the CHF program?"),
("version", "InterQual {version} upgrade this weekend, expect downtime Sat 10p–2a"),
("calendar", "GLP-1 coverage for weight loss is changing in {qtr}, P&T meets {mtgdate}"),
("", "CMS final rule: standard PA decisions within 7 calendar days starting 2026. Expedited stays 72 hrs."),
("", "Can someone send me the appeals P&P? the one on {intranet} is outdated"),
("", "Policy {policyno} (home health) was revised, redlines are on the hub"),
("cpt money", "{S.first} — the {fac} rate sheet has CPT {cpt} at {money}, that can't be right"),
("", "Reminder: expedited = 72 hours, standard = 7 calendar days (14 for commercial)"),
("", "Appeals letter template says 'within 60 days of the date on this notice' — legal wants 65?"),
("cpt", "{cpt} x3 units is the max for that code per the policy"),
("icd", "Which ICD-10 do we use for the SDOH flag, Z59.41 or Z59.48? {S.first} says both are fine"),
("", "New criteria for {proc} require a BMI and 2 failed conservative tx, per the MD committee"),
# --- IT / tickets / versions
("ticket", "Facets is down again — {ticket}. Use the paper downtime form in the shared drive."),
("ticket version", "{jira} is merged, the new PA intake form deploys in build {build}"),
("ticket version", "Epic Payer Platform link is erroring since {version}. IT says known issue, {ticket}."),
("ticket", "Reset my portal password, {ticket}, still nothing 3 days later"),
("version", "Anyone else's Teams crashing on {version}?"),
("", "Fax server queue is backed up — 412 pages. {S.first} is working it."),
("", "Printer on 4 is jammed again, print job {printjob} stuck"),
("", "Laptop with asset tag {asset} needs to go back to IT before {S.first}'s last day"),
("version", "Build {build} fixed the date bug in the appeals module 🙌"),
("", "Network team is setting up the vendor VPN — ask them for the IP range, don't post it in here"),
("ticket", "following up on this — any update from IT? {ticket}"),
("version", "version {version} of the appeals letter template is the only approved one"),
("", "The dashboard at https://hub.hvhp.org/cm/dashboards/census is still showing yesterday's numbers, refresh job broken"),
# --- providers / network / facilities
("calendar", "Dr. {D.full} from {org} joins the network 7/1, accepting new pts"),
("facility-address", "{org} moved to {facaddr}. Update the provider directory pls."),
("facility-address calendar", "Site visit at {fac}, {facaddr}, on {mtgdate} at 10. Park in garage B."),
("npi", "NPI {npi} is Dr. {D.last}'s group, not the individual — that's why the claims keep rejecting."),
("", "Provider relations says {org} is terming with us at the end of {qtr}."),
("zip-like facility-address", "Our {city} office (ZIP {faczip}) is closing early Friday for the storm"),
("calendar", "Dr. {D.full} is the new associate medical director for BH, starts {mtgdate}"),
("po", "Contract {contract} with {fac} renewed, 3% increase year one"),
("", "{O.full} from {org} is our new credentialing contact — super responsive"),
("vendor calendar", "{V.full} ({vendor}) is coming onsite {mtgdate} at 10 — can we get {room}?"),
("calendar", "Dr. {D.full} wants to do a lunch and learn on the new spine criteria in {mtgmonth}"),
("", "Dr. {D.last} was actually really nice on the P2P today tbh"),
("", "The office manager at {org}, {O.first}, says they never got our letters — they have our old PO box on file"),
("zip-like", "the ZIP on the facility master for {fac} is wrong, should be {faczip}"),
("npi", "Dr. {D.full}'s NPI is {npi}, can you re-run the provider match?"),
("", "Is {org} in network for the HMO product or just PPO?"),
("", "{fac} wants to renegotiate the DRG rates, their CFO reached out to {E.full}"),
("", "Is anyone else getting duplicate ADT notifications from {fac}?"),
("", "Fax from {fac} came in upside down again lol"),
("npi", "the 10-digit number on the form is the NPI ({npi}), not a member ID, don't panic"),
# --- colleagues (not health)
("calendar", "{S.first} is on PTO until {mtgdate}, route {S.her} queue to {S2.first}"),
("emoji", "Welcome {S.full} to the CM team! {S.She} comes to us from the {fac} ED 🎉"),
("emoji", "Happy birthday {S.first}!! 🎂 cake in the 3rd floor kitchen at 3"),
("", "who's covering the on-call phone this weekend? {S.first} did last week"),
("", "thx {S.first}, that worked"),
("emoji", "{S.full} and {S2.full} passed the CCM exam!! 👏"),
("money", "Lunch for training day is from Panera, {money} total, {S.first} has the corp card"),
("", "Shoutout to {S.first} for clearing 40 PAs yesterday"),
("calendar", "New hire training for {S.full} and {S2.full} starts {mtgdate} in {room}"),
("facility-address calendar", "{S.full}'s retirement party is {mtgdate} at 4, {venue}"),
("multiline", "Coverage this week:\nMon – {S.first}\nTue – {S2.first}\nWed – {S3.first}\nThu/Fri – me"),
("", "^ agree with {S.first}, the criteria are pretty clear on this one"),
("", "{S.first} u still need help w the census?"),
("emoji", ":tada: {S.first} got promoted to UM supervisor"),
("", "{S.full} is the new owner of the IRO contract with {vendor}"),
("", "{S.first} is out at a conference {mtgday}, ping {S2.first} for anything urgent"),
# --- HIPAA / privacy topics
("hipaa", "Reminder: no member names or IDs in Slack, use the case number in Guiding Care"),
("hipaa calendar", "Annual HIPAA training due {mtgdate}. It's 45 min, don't leave it to the last day."),
("ssn-topic hipaa", "We need to stop asking members for their full SSN on outreach calls — last 4 + DOB is the verification standard now."),
("mrn-topic", "Mercy's MRNs are 10 digits and ours are 8, that's why the ADT feed isn't matching"),
("hipaa", "Privacy office asked everyone to stop pasting Facets screenshots into chat"),
("hipaa", "Is a member ID PHI if there's no name attached? asking for the training deck"),
("ssn-topic", "enrollment still has ~{num} records with SSN as the subscriber ID, IT is remediating"),
("mrn-topic", "Can the ADT feed send MRN and member ID in separate fields? Right now they're concatenated"),
("hipaa", "minimum necessary reminder: pull only the notes you need for the review, not the whole chart"),
# --- queue / workflow
("", "PA queue: {num} pending, {num2} past TAT. All hands this afternoon pls"),
("", "Who's working the expedited queue? I have 6 from {org} alone"),
("", "Reminder that retro auths go to {S.first}'s team, not the intake inbox"),
("", "Can someone explain obs vs IP for the new folks? {S.first} asked"),
("", "New PA form v3 is on the hub: {intranet}"),
("calendar", "heads up the 2pm P2P slots are all taken tomorrow"),
("", "anyone have the template for the unable-to-reach letter?"),
("", "If the office sends clinicals by email, forward to the intake mailbox, don't save to your desktop"),
("multiline", "Checklist for the NCQA file review:\n- UM policies signed\n- IRR results for {qtr}\n- Delegation oversight for {vendor}"),
("", "is the appeals inbox being worked today or is everyone at the retreat"),
("", "what's the turnaround on the {vendor} interpreter requests now? used to be same day"),
("", "Does anyone know if the 14-day retro window is calendar or business days?"),
# --- numbers that look like identifiers
("", "Group {grp} renewal — employer added a 2nd tier, effective 1/1/2026"),
("money po exec-name", "Invoice {invc} from {vendor} is {money}, PO {po}. Can you approve, {E.first}?"),
("ext", "ext {ext} is my new desk line if anyone needs me"),
("ext", "call me on x{ext} or ping here"),
("", "{room} projector is broken again"),
("calendar", "Zoom ID {zoomid}, passcode {passcode}"),
("facility-address zip-like", "hotel block for the conference: Marriott Copley, 110 Huntington Ave, Boston 02116 — code HVHP25"),
("calendar", "PTO requests for the week of {mtgdate} due by {deadline}"),
("", "The {vendor} SOW says a 90-day implementation, kickoff {mtgdate}"),
("po", "our cost center is {costcenter}, use it on the training invoices"),
("facility-address", "Mailroom moved to 200 Commerce Way, Suite 110 — same building, 1st floor"),
("po ticket", "Order {po} for the ergonomic chairs shipped, tracking in {ticket}"),
("age-aggregate", "Age bands in the new rate filing: 0-18, 19-64, 65-89, 90+"),
("", "the 80-year-old cutoff in the fall-risk model is arbitrary imo"),
("money", "{num} members in {city} got the wrong welcome kit, {vendor} is reprinting at no charge"),
("", "Who has the login for the {vendor} portal? (don't paste the password here obviously)"),
("zip-like", "We're opening a CM hub in {city} in {qtr}, lease is signed"),
("", "Anyone driving to the {city} site tomorrow? need a ride"),
("", "rooms 210-214 are the new UM pod, badges should work by Monday"),
# --- donors / board / community
("money", "The Whitcomb Family Foundation gave {bigmoney} for the community health worker pilot 🙌"),
("calendar", "Board meeting {mtgdate} — {E.full} presents the MA strategy. Materials are in the board portal: {boardportal}"),
("calendar", "CEU webinar on SDOH coding {mtgdate} at noon: {pubpage}"),
("", "Food pantry drive for the {city} community center ends Friday, bins are by the elevators"),
# --- short / sloppy chatter
("", "lol same"),
("", "ok ty"),
("", "can sb send me the p2p link again"),
("emoji", "brb grabbing coffee ☕"),
("", "nvm found it"),
("", "omg the fax machine ate 3 pages again"),
("", "+1, let's take it to the {mtgday} huddle"),
("", "Replying in thread: yes, {vendor} confirmed the fix is in {version}"),
("emoji", "🎉 we passed the NCQA survey!!"),
("emoji", "the vending machine on 2 takes apple pay now :pray:"),
("", "does anyone know where the extra toner is kept"),
("", "sorry, was on a call — what did I miss?"),
("", "agree, send it back to the office for a corrected request"),
("", "whoever microwaved fish on 3... 🙃"),
]

# ---------------------------------------------------------------- rendering
TYPES = ["NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
         "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"]
PH = re.compile(r"\{(?:([A-Z_]+):)?([A-Za-z0-9_.]+)\}")
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "member-id", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "card"}
STRUCTURED = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID",
              "DEVICE_ID", "CREDIT_CARD", "IP_ADDRESS"}
GEN_TAG = {"mtg": "calendar", "mtgdate": "calendar", "mtgday": "calendar", "mtgmonth": "calendar",
           "zoomid": "calendar", "zoomurl": "calendar", "deadline": "calendar", "money": "money",
           "bill": "money", "bigmoney": "money", "ticket": "ticket", "jira": "ticket", "po": "po", "invc": "po", "contract": "po",
           "costcenter": "po", "version": "version", "build": "version", "npi": "npi", "cpt": "cpt",
           "icd": "icd", "ext": "ext", "facaddr": "facility-address", "venue": "facility-address",
           "faczip": "zip-like", "grp": "group-number", "asset": "asset-tag", "agey": "age-under-90",
           "agechild": "age-under-90", "intranet": "internal-url", "pubpage": "public-url",
           "boardportal": "internal-url"}


def render(tpl, ctx):
    tpl = ALT.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), tpl)
    segs, unl = [], []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None])
        typ, key = m.group(1), m.group(2)
        if typ and typ not in TYPES:
            raise ValueError("bad type " + typ)
        val = ctx.get(key)
        segs.append([val, typ or "_v"])
        if not typ:
            unl.append(key)
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None])
    return segs, unl


MENTION = re.compile(r"<@u[0-9a-z]+>")


def lower_segs(segs):
    for s in segs:
        s[0] = MENTION.sub(lambda m: m.group(0).upper(), s[0].lower())


SWAPS = {"please": "pls", "you": "u", "with": "w/", "the": "teh", "because": "bc", "thanks": "thx",
         "about": "abt", "tomorrow": "tmrw", "received": "recieved", "separate": "seperate",
         "definitely": "definately", "calendar": "calender", "their": "thier", "which": "wich",
         "someone": "somone", "again": "agian"}
TWORD = re.compile(r"(?<![\w@/.:#%&=?-])([A-Za-z]{3,})(?![\w@/:%&=?-])")


def apply_typos(segs, r):
    cands = []
    for i, s in enumerate(segs):
        if s[1] is not None or "http" in s[0] or "<" in s[0] or "mailto" in s[0]:
            continue
        for m in TWORD.finditer(s[0]):
            w = m.group(1)
            if w.lower() in SWAPS or len(w) >= 5:
                cands.append((i, m.start(1), m.end(1)))
    if not cands:
        return False
    n = 1 if r.random() < 0.6 else 2
    picks = sorted(r.sample(cands, min(n, len(cands))), key=lambda x: (x[0], -x[1]))
    for i, a, b in reversed(sorted(picks)):
        s = segs[i][0]
        w = s[a:b]
        if w.lower() in SWAPS and r.random() < 0.7:
            nw = SWAPS[w.lower()]
        else:
            k = r.randint(0, 2)
            j = r.randint(1, len(w) - 3) if len(w) > 3 else 1
            if k == 0:
                nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif k == 1:
                nw = w[:j] + w[j + 1:]
            else:
                nw = w[:j] + w[j] + w[j:]
        segs[i][0] = s[:a] + nw + s[b:]
    # picks within one segment are applied right-to-left so offsets stay valid
    return True


def build(segs):
    text = "".join(s[0] for s in segs)
    spans, b = [], 0
    for val, typ in segs:
        if typ in TYPES:
            if not val or val != val.strip():
                return None
            spans.append((typ, val, b))
        b += len(val.encode("utf-8"))
    tb, pos = text.encode("utf-8"), 0
    for typ, val, start in spans:
        i = tb.find(val.encode("utf-8"), pos)
        if i != start:
            return None
        pos = i + len(val.encode("utf-8"))
    return text, [{"type": t, "value": v} for t, v, _ in spans]


EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]|:[a-z_]+:")
MARKUP_RE = re.compile(r"<@U|<https?:|<mailto:|<tel:|\*[^*\s][^*\n]*\*|(?<![\w/])_[^_\s][^_\n]*_(?![\w/])|`")


def make_tags(ftags, spans, ctx, unl, text, lowered, typoed):
    t = ftags.split()
    types = [s["type"] for s in spans]
    for ty in TYPES:
        if ty in types:
            t.append(TYPE_TAG[ty])
    if any(ty in STRUCTURED for ty in types) or len(spans) >= 3:
        t.append("structured")
    for g in ctx.used:
        if g in GEN_TAG:
            t.append(GEN_TAG[g])
    for k in unl:
        if k.startswith("E") and "." in k:
            t.append("exec-name")
        if k.startswith("V") and "." in k:
            t.append("vendor")
        if (k.startswith("S") and "." in k) or k.startswith("O"):
            t.append("staff-name")
        if k.startswith("D") and "." in k:
            t.append("clinician-name")
    t.extend(ctx.flags)
    if lowered or (re.search("[a-z]", text) and text == text.lower()):
        t.append("lowercase")
    if typoed:
        t.append("typo")
    if MARKUP_RE.search(text):
        t.append("slack-markup")
    if "\n" in text:
        t.append("multiline")
    if EMOJI_RE.search(text):
        t.append("emoji")
    out = ["phi" if spans else "clean"]
    for x in t:
        if x and x not in out:
            out.append(x)
    return out


EMAILISH = re.compile(r"[\w.]+@[\w-]+\.\w+")


def gen_message(frame, is_phi, seen):
    ftags, tpl = frame
    for _ in range(400):
        ctx = Ctx(R)
        segs, unl = render(tpl, ctx)
        lowered = typoed = False
        if R.random() < 0.13:
            lower_segs(segs)
            lowered = True
        if R.random() < 0.09:
            typoed = apply_typos(segs, R)
        res = build(segs)
        if res is None:
            continue
        text, spans = res
        if text in seen:
            continue
        if bool(spans) != is_phi:
            raise RuntimeError("frame class mismatch: " + tpl)
        if not is_phi and EMAILISH.search(text):
            raise RuntimeError("e-mail in clean frame: " + tpl)
        if "{" in text or "[[" in text:
            raise RuntimeError("unrendered placeholder: " + tpl)
        seen.add(text)
        return text, spans, make_tags(ftags, spans, ctx, unl, text, lowered, typoed)
    raise RuntimeError("could not render: " + tpl)


def main():
    frames = [(True, i) for i in range(len(PHI_FRAMES))] + [(False, i) for i in range(len(CLEAN_FRAMES))]
    assert len(PHI_FRAMES) <= N_PHI and len(CLEAN_FRAMES) <= N_CLEAN
    phi_var = [i for i, f in enumerate(PHI_FRAMES) if "{" in f[1]]
    cl_var = [i for i, f in enumerate(CLEAN_FRAMES) if "{" in f[1]]
    frames += [(True, R.choice(phi_var)) for _ in range(N_PHI - len(PHI_FRAMES))]
    frames += [(False, R.choice(cl_var)) for _ in range(N_CLEAN - len(CLEAN_FRAMES))]
    R.shuffle(frames)
    seen, lines, used = set(), [], []
    for n, (is_phi, i) in enumerate(frames, 1):
        frame = PHI_FRAMES[i] if is_phi else CLEAN_FRAMES[i]
        text, spans, tags = gen_message(frame, is_phi, seen)
        used.append(("p" if is_phi else "c", i))
        item = {"id": "hs%04d" % n, "text": text, "spans": spans, "tags": tags}
        lines.append(json.dumps(item, ensure_ascii=False, separators=(",", ":")))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages (%d PHI, %d clean) from %d distinct frames to %s" % (
        len(lines), N_PHI, N_CLEAN, len(set(used)), OUT))


if __name__ == "__main__":
    main()
