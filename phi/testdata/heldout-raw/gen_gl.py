#!/usr/bin/env python3
"""gen_gl.py - labelled Slack/Teams messages for a PHI detector.

Setting: executives, practice administrators and department directors delegating
work to an assistant chatbot (calendars, meetings, travel, e-mail drafts, documents,
reminders) and the assistant's thread replies.

Standard library only, fixed seed.  Writes generated_gl.jsonl next to this file in
the raw format of check_phi_corpus.py:
  {"id":"gl0001","text":"...","spans":[{"type":"NAME","value":"Ana Ruiz"}, ...],"tags":[...]}

Every message is built as a list of segments: plain strings and Span objects.  Spans
are therefore known exactly while the text is being built; after all transforms
(quoting, case, typos, decoration) the script re-derives the offsets the way the
validator does (left-to-right search by value) and rejects a rendering whose
search result differs from the true position, so the by-value spans are never
ambiguous.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 4127
R = random.Random(SEED)
N_TOTAL = 1500
N_CLEAN = 675          # 45 %
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gl.jsonl")


# --------------------------------------------------------------------------------------
# segments
# --------------------------------------------------------------------------------------
class Safe(str):
    """Plain text that is allowed to look like an identifier (Zoom ids, build numbers)."""


class Span(object):
    __slots__ = ("t", "v", "biz")

    def __init__(self, t, v, biz=False):
        self.t, self.v, self.biz = t, v, biz


def sp(t, v, biz=False):
    return Span(t, v, biz)


# --------------------------------------------------------------------------------------
# name lists (own lists; many origins; hyphens, particles, apostrophes, word-names)
# --------------------------------------------------------------------------------------
F_GIVEN = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon
Laura Cynthia Kathleen Amy Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine
Debra Rachel Carolyn Janet Diane Joan Evelyn Judith Gloria Doris Marilyn Beverly Theresa Frances
Bernadette Colleen Maureen Eileen Lorraine
Hope Grace Joy Faith Rose Dawn June April May Summer Amber Penny Ivy Crystal Destiny Robin Lily Iris
Olive Ginger Pearl Ruby Jade Autumn Haven Holly Heather Violet Daisy Honor Patience Charity Constance
Prudence Harmony Melody Precious Liberty Star Sue Carol Misty Dolly Goldie Bonnie Merry
María Guadalupe Carmen Rosa Ana Lucía Sofía Ximena Valentina Camila Isabela Yesenia Marisol Esperanza
Araceli Luz Dolores Inés Milagros Yolanda Gabriela Luana Conceição Fernanda Francesca Alessandra Chiara
Giulia Concetta Siobhan Niamh Aoife Saoirse Bridget Róisín Anne-Marie Marie-Claire Élodie Céline
Geneviève Anneliese Greta Ingrid Astrid Sanne Liesel Agnieszka Małgorzata Svetlana Olena Natalia
Tatiana Oksana Eleni Georgia Athena Despina Anahit Lusine Ayşe Zeynep Fatima Aisha Layla Mariam Noor
Rania Yasmin Huda Shirin Parisa Nasrin Priya Ananya Deepika Lakshmi Sunita Meera Kavya Harpreet Ayesha
Nusrat Xiaoling Mei Lihua Yue Xiu Huong Nguyet Lan Phuong Thuy Seo-yeon Hye-jin Eun-ji Yuki Haruka
Sakura Aiko Maricel Rowena Marites Analyn Chanthy Nou Nittaya Sophea Ngozi Adaeze Folake Chiamaka
Yetunde Ifeoma Ama Akosua Abena Tigist Meron Selam Hodan Farhia Ayaan Marie-Ange Nadège Guerline
Fabiola Leilani Mahina Shoshana Yael Tova Latoya Keisha Imani Aaliyah Ebony Tanisha Monique La'Shonda
Ja'Nae De'Asia Winona Tallulah Mary-Kate Sarah-Jane Mary-Beth Lou-Ann
""".split()

M_GIVEN = """
James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Patrick Raymond Dennis Tyler Aaron Walter Harold Eugene Ralph Roy Louis Wayne
Will Mark Bill Jack Hunter Chase Frank Art Rich Sterling Cliff Glen Dale Miles Rusty Guy Gene Bud
Heath Forrest Wade Reed Lance Rod Ray Earnest Sonny Colt Ace Major Royal King Buck Rocky Bishop
José Juan Luis Carlos Miguel Jesús Alejandro Javier Diego Mateo Santiago Rafael Héctor Joaquín Eduardo
Jorge Ramón João Thiago Rodrigo Giuseppe Giovanni Salvatore Vincenzo Enzo Ciaran Padraig Eoin Declan
Seamus Jean-Luc Jean-Baptiste Thierry Benoît Jean-Robert Jean-Claude Jürgen Dieter Sven Lars Henrik
Maarten Bjørn Wojciech Krzysztof Dmitri Oleksandr Yuri Bohdan Dimitrios Konstantinos Stavros Armen
Tigran Mehmet Emre Mohammed Ahmed Omar Youssef Khalid Hassan Tariq Mustafa Dariush Reza Kourosh
Rajesh Vikram Arjun Sanjay Rohan Aditya Gurpreet Imran Farhan Tanvir Wei Jun Hao Zhiwei Jian Ming
Minh Thanh Quang Tuan Dung Ji-ho Min-jun Sung-min Dong-hyun Hiroshi Kenji Takeshi Kaito Jericho
Rodel Bong Sokha Vuthy Kou Somchai Chinedu Oluwaseun Emeka Babajide Tunde Obinna Kwame Kofi Yaw
Abebe Dawit Yonas Abdirahman Abdullahi Wisly Fritzner Keanu Kalani Ikaika Avraham Moshe Eitan
DeShawn Jamal Tyrone Darnell Marquise Jaylen Kendrick Andre D'Andre De'Von Ja'Marcus Ke'Shawn
Billy-Ray
""".split()

U_GIVEN = """
Pat Sky Sandy Drew Jordan Taylor Alex Casey Morgan Jamie River Rain Dakota Kai Riley Avery Quinn Sage
Rowan Emerson Reese Blair Jessie Shea Kerry Marion Ariel Noa Sam Chris Frankie Bobbie Jody Terry Dana
Leslie Lynn Tracy Cheyenne Hyun Remy
""".split()

SURNAMES_RAW = """
Smith|Johnson|Williams|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|Martin|Thompson
Harris|Clark|Lewis|Robinson|Walker|Allen|Wright|Scott|Adams|Nelson|Carter|Mitchell|Roberts|Turner
Phillips|Campbell|Parker|Evans|Edwards|Collins|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper
Peterson|Reed|Bailey|Kelly|Howard|Cox|Ward|Richardson|Watson|Brooks|Bennett|Gray|Hughes|Sanders
Myers|Ross|Foster|Powell|Jenkins|Perry|Russell|Sullivan|Fisher|Henderson|Hayes|Graham|Wallace
Hamilton|Ellis|Harrison|Gibson|Marshall|Owens|Kennedy|Wells|Tucker|Porter|Hunter|Palmer|Holmes
Shaw|Dunn|Lawrence|Fletcher|Pratt|Whitfield|Ashworth|Pemberton|Thornton|Hargrove|Brannigan|Tarbox
Winslow|Caldwell|Prescott
Baker|Price|Young|Brown|King|Cash|Wolf|Page|Lane|Bell|Hill|Stone|Wood|Rice|Park|Long|Rich|Black
White|Green|Little|Small|Strong|Sharp|Love|Moody|Bird|Fox|Hunt|Hope|Day|Knight|Bishop|Church|Field
Marsh|Banks|Cole|Mason|Carpenter|Shepherd|Singer|Booth|Best|Frost|Snow|Winter|Summers|Swift|Wise
Gold|Silver|Steel|Story|Noble|Rose|Bush|Moss|Storm|Chance|Case|Bond|Duke|Early|Law|Hardy|Gentry
Parrish|Shields|Waters|Rivers|Woods|Judge|Cross|House|Beach|Bloom|Sweet|Goodman|Sterling|Gay
García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez
Díaz|Cruz|Morales|Reyes|Gutiérrez|Ortiz|Ruiz|Alvarez|Castillo|Jiménez|Vásquez|Romero|Mendoza|Aguilar
Delgado|Vega|Castro|de la Cruz|de León|del Valle|Santiago|Quiñones|Ibarra|Zúñiga|Villalobos|Peña
Acevedo|Silva|Santos|Oliveira|Souza|Pereira|Ferreira|Costa|Carvalho|Medeiros|Furtado|dos Santos
da Silva|Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|DiMaggio
D'Angelo|DeLuca|LoPresti|Caruso|Ferraro|Moretti|O'Brien|O'Connor|O'Neill|O'Sullivan|McCarthy
McDonald|MacLeod|Fitzgerald|Gallagher|Brennan|Byrne|Kavanagh|Doherty|MacAllister|McKenna|O'Hara
Dubois|Lefebvre|Moreau|Fournier|Girard|Lambert|Rousseau|Beaulieu|Thibodeau|Ouellette|LeBlanc|Boucher
St. Pierre|Saint-Laurent|du Pont|Lévesque|Côté|Le Roux|La Fontaine|Müller|Schmidt|Schneider|Fischer
Weber|Becker|Hoffmann|Schäfer|Koch|Richter|Wagner|von Essen|van der Berg|van Dijk|de Vries|Janssen
ten Brink|van Houten|Johansson|Andersen|Nilsson|Larsen|Lindqvist|Haugen|Bergström|Kowalski|Nowak
Wiśniewski|Wójcik|Kamińska|Lewandowski|Zieliński|Szymański|Dąbrowski|Kozlov|Ivanova|Petrov|Smirnov
Volkov|Shevchenko|Kovalenko|Bondarenko|Horvat|Novák|Dvořák|Papadopoulos|Georgiou|Nikolaidis|Karras
Christodoulou|Stavropoulos|Petrosyan|Hovhannisyan|Sarkisian|Manoukian|Yılmaz|Kaya|Demir|Şahin
Öztürk|Al-Sayed|al-Hassan|Haddad|Khoury|Nasser|Mansour|Abdullah|Saleh|Hamdan|El-Amin|Farouk|Aziz
Qureshi|Hosseini|Rahimi|Tehrani|Karimi|Mohammadi|Farahani|Patel|Shah|Sharma|Gupta|Singh|Kaur|Reddy
Iyer|Nair|Rao|Desai|Mehta|Chaudhary|Banerjee|Chatterjee|Mukherjee|Bhattacharya|Krishnan
Subramanian|Venkataraman|Siddiqui|Chowdhury|Rahman|Hossain|Malik|Khan|Wang|Li|Zhang|Liu|Chen|Yang
Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Gao|Luo|Chan|Wong|Leung|Lau|Cheung|Ng|Tsang|Nguyen
Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Ngo|Duong|Ly|Kim|Lee|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han
Shin|Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Yoshida|Yamada|Matsumoto
Dela Cruz|Bautista|Villanueva|Macapagal|Dimaculangan|Magsaysay|Tolentino|Pangilinan|Sok|Chea|Keo
Vang|Xiong|Thao|Lor|Srisuk|Phommachanh|Sengdara|Okafor|Adeyemi|Okonkwo|Eze|Nwosu|Babatunde|Adebayo
Ogunleye|Chukwu|Obi|Olawale|Ibrahim|Balogun|Mensah|Asante|Owusu|Boateng|Osei|Appiah|Agyeman|Tesfaye
Bekele|Haile|Gebremedhin|Alemu|Tadesse|Girma|Warsame|Farah|Abdi|Hussein|Mohamud|Jama|Pierre
Jean-Baptiste|Louis|Charles|Desrosiers|Toussaint|Dorval|Fils-Aimé|St. Fleur|Joseph|Kahananui|Kealoha
Kamakana|Akana|Ka'ahumanu|Nāone|Cohen|Levi|Friedman|Goldberg|Rosenberg|Ben-David|Katz|Shapiro|Weiss
Abramovich|D'Souza|N'Diaye|Dell'Aquila|Smith-Jones|García-López|Abu-Zayd|Hartley-Brown|Nguyen-Tran
Okafor-Mensah|Rivera-Ortiz|Al-Khatib|di Stefano|de Souza|bin Rashid
"""
SURNAMES = [s.strip() for s in SURNAMES_RAW.replace("\n", "|").split("|") if s.strip()]


def dedupe(seq):
    seen, out = set(), []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


F_GIVEN, M_GIVEN, U_GIVEN, SURNAMES = map(dedupe, (F_GIVEN, M_GIVEN, U_GIVEN, SURNAMES))
ALL_GIVEN = dedupe(F_GIVEN + M_GIVEN + U_GIVEN)
assert len(ALL_GIVEN) >= 300, len(ALL_GIVEN)
assert len(SURNAMES) >= 300, len(SURNAMES)

NICK = {"Robert": "Bobby", "William": "Bill", "Elizabeth": "Liz", "Margaret": "Peggy", "Richard": "Rick",
        "James": "Jim", "Joseph": "Joe", "Katherine": "Kate", "Patricia": "Trish", "Michael": "Mike",
        "Thomas": "Tommy", "Christopher": "Chris", "Jennifer": "Jen", "Alejandro": "Alex", "José": "Pepe",
        "Guadalupe": "Lupe", "Francesca": "Frankie", "Oluwaseun": "Seun", "Babajide": "Jide",
        "Dmitri": "Dima", "Rebecca": "Becky", "Dorothy": "Dot", "Edward": "Eddie", "Anthony": "Tony",
        "Kimberly": "Kim", "Deborah": "Debbie", "Samuel": "Sam", "Jacob": "Jake", "Alexander": "Sasha",
        "Giuseppe": "Pino", "Salvatore": "Sal", "Vincenzo": "Enzo", "Konstantinos": "Kostas",
        "Dimitrios": "Jimmy", "Chiamaka": "Amaka", "Ifeoma": "Ify", "Oleksandr": "Sasha",
        "Svetlana": "Sveta", "Mohammed": "Mo", "Abdirahman": "Abdi", "Jean-Baptiste": "JB",
        "Mary-Kate": "MK", "Lakshmi": "Lucky", "Xiaoling": "Linda", "Nguyet": "Nicole", "Huong": "Helen",
        "Sung-min": "Sam", "Ji-ho": "Jay", "Hiroshi": "Hiro", "Wojciech": "Voytek", "Krzysztof": "Kris"}

# --------------------------------------------------------------------------------------
# other vocab
# --------------------------------------------------------------------------------------
MONTH = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MON = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ORGS = ["northshorehealth.org", "merrimackhealth.org", "bayviewmed.org", "riversidehc.org",
        "cedarhillclinic.com", "pinebrookmedical.org", "harborcare.org", "valleyhealthpartners.org",
        "stlukes-ne.org", "greaterlowellmed.com"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "verizon.net",
                    "aol.com", "hotmail.com", "protonmail.com", "att.net", "me.com", "msn.com"]
TITLES = ["CEO", "CFO", "COO", "CMO", "CNO", "CIO", "CHRO", "Chief Quality Officer", "VP of Operations",
          "VP of Patient Experience", "General Counsel", "President", "SVP Strategy",
          "Practice Administrator", "Director of Nursing", "Chief Medical Information Officer"]
DEPTS = ["Cardiology", "Revenue Cycle", "Patient Access", "HIM", "Pharmacy", "Facilities", "IT", "Nursing",
         "Quality", "Patient Experience", "Supply Chain", "Radiology", "Oncology", "Orthopedics",
         "Behavioral Health", "Finance", "HR", "Marketing", "Compliance", "Legal", "Primary Care",
         "Women's Health", "Pediatrics", "Neurology", "Case Management", "Environmental Services"]
UNITS = ["4 West", "6 North", "MICU", "L&D", "the geri psych unit", "7B", "5 East", "SICU", "the step-down unit",
         "3 South", "Ortho/Neuro", "the CDU", "Oncology 8", "peds", "the ED obs unit"]
VENDORS = ["Epic", "Cerner", "Medline", "Cardinal Health", "McKesson", "Philips", "GE HealthCare", "Stryker",
           "Vizient", "Press Ganey", "Nuance", "Imprivata", "Aramark", "Sodexo", "Iron Mountain", "Crothall",
           "Owens & Minor", "Baxter", "BD", "Zoll", "Hill-Rom", "Olympus", "Siemens Healthineers", "Waystar",
           "R1 RCM", "Qualtrics", "Workday", "ServiceNow", "Vocera", "TeleTracking", "Omnicell",
           "Baker Tilly", "Young & Partners", "Price Facilities Group", "Summit Staffing", "Hope Linen Co.",
           "Bishop Courier", "Grace Catering", "Sterling Elevator", "Rose Medical Transport"]
SITES = ["Salem", "Lowell", "Main campus", "North Campus", "Riverside", "Eastgate", "Dracut", "Methuen",
         "Amesbury", "Andover", "Harborview", "Cedar Hill", "Bayside", "Northgate", "Pine Ridge", "Haverhill",
         "Beverly", "Peabody", "Westfield", "Newburyport"]
CITIES = ["Chicago", "Nashville", "Orlando", "San Diego", "Las Vegas", "Washington", "Denver", "Phoenix",
          "Atlanta", "Dallas", "Minneapolis", "Seattle", "New Orleans", "Austin", "Baltimore", "Philadelphia"]
CONFS = ["HIMSS", "the AHA Leadership Summit", "ACHE Congress", "HFMA Annual", "AONL", "MGMA",
         "the IHI Forum", "Becker's CEO Roundtable", "the Vizient Connections Summit", "Epic UGM"]
AIRLINES = ["B6", "DL", "UA", "AA", "WN", "AS"]
AIRPORTS = ["BOS", "ORD", "BNA", "MCO", "SAN", "LAS", "DCA", "DEN", "PHX", "ATL", "DFW", "MSP", "SEA", "MSY",
            "AUS", "BWI", "PHL", "MHT", "PVD"]
HOTELS = ["Marriott Marquis", "Hilton Garden Inn", "Hyatt Regency", "Omni", "Westin", "Kimpton Monaco",
          "Courtyard downtown", "Hampton Inn", "Sheraton", "Loews"]
PAYERS = ["BCBS", "Blue Cross", "Aetna", "UnitedHealthcare", "UHC", "Cigna", "Harvard Pilgrim", "Tufts",
          "Medicare", "Humana", "Anthem", "Fallon", "WellSense", "Molina", "MassHealth", "Point32Health"]
ROOMS = ["Board Room A", "Conf Rm 3B", "the Summit Room", "the Harbor Room", "the 4th floor huddle room",
         "Admin 210", "the Library", "Exec Conf Rm", "the Whitfield Room", "Ballroom B", "the Oak Room",
         "the King conference room", "Huddle 2", "the Cedar Room", "Training Room 1"]
DRUGS = [("metoprolol", ["25 mg", "50 mg BID", "12.5 mg"]), ("heparin", ["5,000 units", "5000 units SQ q8h"]),
         ("vancomycin", ["1 g", "1.25 g IV q12h"]), ("insulin glargine", ["10 units", "20 units qHS"]),
         ("ondansetron", ["4 mg", "4mg IV"]), ("apixaban", ["5 mg BID", "2.5 mg"]),
         ("acetaminophen", ["650 mg", "1 g q6h"]), ("oxycodone", ["5 mg", "5mg q4h PRN"]),
         ("lisinopril", ["10 mg", "20mg daily"]), ("ceftriaxone", ["1 g", "2 g IV daily"]),
         ("furosemide", ["40 mg", "20 mg IV"]), ("naloxone", ["0.4 mg", "4 mg nasal"])]
PROCS = ["knee replacement", "CABG", "a colonoscopy", "cataract surgery", "a hip revision", "TAVR", "a lap chole",
         "spinal fusion", "an ablation", "a mastectomy", "a pacemaker check", "dialysis access surgery"]
DXS = ["CHF", "COPD", "sepsis", "hip fracture", "stroke", "pneumonia", "joint replacement", "AMI"]
CPTS = ["99213", "99214", "99285", "93000", "71046", "G0439", "36415", "27447", "45378", "99223", "70450"]
ICDS = ["E11.9", "I10", "J18.9", "N39.0", "A41.9", "R65.20", "Z79.4", "F32.A", "I50.9", "J44.1", "S72.001A"]
STREETS = ["Elm", "Maple", "Oak", "Tarbox", "Varnum", "Main", "Washington", "Pleasant", "Summer", "Winter",
           "High", "School", "Church", "Highland", "Park", "Chestnut", "Pine", "Cedar", "Walnut", "Water", "Mill",
           "Spring", "Union", "Prospect", "Central", "Franklin", "Lincoln", "Jefferson", "Pearl", "Bridge",
           "River", "Lake", "Hillside", "Forest", "Sunset", "Cherry", "Birch", "Willow", "Lowell", "Broadway",
           "Market", "Essex", "Beacon", "Tremont", "Boylston", "Concord", "Lexington", "Haverhill", "Andover",
           "Newbury", "Bay State", "Martin Luther King Jr", "Cesar Chavez", "Merrimack", "Pawtucket",
           "Nesmith", "Mammoth", "Bridle Path", "Old Farm", "Saint Mary's", "O'Neil", "Kearney"]
SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Way", "Pl",
          "Terr", "Blvd", "Cir", "Pkwy", "St.", "Rd.", "Ave."]
TOWNS = [("Dracut", "MA", "01826"), ("Amesbury", "MA", "01913"), ("Lowell", "MA", "01852"),
         ("Methuen", "MA", "01844"), ("Lawrence", "MA", "01841"), ("Haverhill", "MA", "01830"),
         ("Andover", "MA", "01810"), ("Salem", "MA", "01970"), ("Lynn", "MA", "01902"),
         ("Peabody", "MA", "01960"), ("Beverly", "MA", "01915"), ("Gloucester", "MA", "01930"),
         ("Worcester", "MA", "01604"), ("Springfield", "MA", "01103"), ("Boston", "MA", "02118"),
         ("Quincy", "MA", "02169"), ("Brockton", "MA", "02301"), ("Framingham", "MA", "01702"),
         ("Cambridge", "MA", "02139"), ("Somerville", "MA", "02143"), ("Newton", "MA", "02458"),
         ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
         ("Nashua", "NH", "03060"), ("Manchester", "NH", "03101"), ("Salem", "NH", "03079"),
         ("Chicago", "IL", "60612"), ("Houston", "TX", "77030"), ("Phoenix", "AZ", "85004"),
         ("Atlanta", "GA", "30303"), ("Cleveland", "OH", "44195"), ("Rochester", "MN", "55905"),
         ("Nashville", "TN", "37203"), ("Denver", "CO", "80218"), ("Seattle", "WA", "98104"),
         ("Portland", "OR", "97239"), ("Miami", "FL", "33136"), ("Baltimore", "MD", "21287"),
         ("Albuquerque", "NM", "87106"), ("Bronx", "NY", "10467"), ("Brooklyn", "NY", "11201"),
         ("Newark", "NJ", "07103"), ("Providence", "RI", "02903"), ("Hartford", "CT", "06106"),
         ("Burlington", "VT", "05401"), ("Bangor", "ME", "04401"), ("Fresno", "CA", "93721"),
         ("Oakland", "CA", "94612"), ("San Antonio", "TX", "78229"), ("El Paso", "TX", "79905"),
         ("Detroit", "MI", "48201"), ("Milwaukee", "WI", "53233"), ("Louisville", "KY", "40202"),
         ("Honolulu", "HI", "96813"), ("Anchorage", "AK", "99508"), ("Tulsa", "OK", "74104"),
         ("Pittsburgh", "PA", "15213"), ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740")]
AREA = ["617", "978", "508", "781", "413", "603", "212", "312", "713", "602", "404", "216", "507", "615", "303",
        "206", "503", "305", "410", "505", "718", "973", "401", "860", "802", "207", "559", "510", "210", "915",
        "313", "414", "502", "205", "808", "907", "918", "412", "857", "339", "774", "351"]
CHANNELS = ["exec-team", "ops-leadership", "patient-experience", "finance", "board-prep", "it-help",
            "facilities", "quality", "general", "directors"]
BOT_IDS = ["U05ASSTBOT", "U04QX7B2MA", "U06HELPR99"]
EMOJI = ["🙏", "👍", "✅", "🚨", "📅", "✈️", "😅", "🙂", "👀", "🔥", "💐", "😬", ":pray:", ":white_check_mark:",
         ":eyes:", ":calendar:", ":rotating_light:", ":thumbsup:", ":sweat_smile:"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_WORDS = {90: "ninety", 100: "one hundred"}
UNIT_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", s).lower()


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


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def rdate(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def fmt_date(r, y, m, d, year):
    """year: True = must contain year, False = no year, None = either."""
    if year is None:
        year = r.random() < 0.45
    mon = MON[m] if not (m == 9 and r.random() < 0.3) else "Sept"
    if year:
        yy = y % 100
        opts = ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                "%s %d, %d" % (MONTH[m], d, y), "%d-%s-%d" % (d, MON[m], y), "%02d%02d%d" % (m, d, y),
                "%d/%d/%02d" % (m, d, yy), "%d.%d.%d" % (m, d, y), "%d %s %d" % (d, MONTH[m], y),
                "%s %d %d" % (mon, d, y), "%s. %d, %d" % (mon, d, y), "%d-%d-%d" % (m, d, y),
                "%s %s, %d" % (MONTH[m], ordinal(d), y), "%02d-%s-%d" % (d, MON[m].upper(), y),
                "%d/%02d/%02d" % (y, m, d), "%02d-%02d-%02d" % (m, d, yy), "%02d/%02d/%02d" % (m, d, yy)]
        w = [10, 9, 6, 7, 3, 2, 5, 2, 2, 2, 2, 3, 2, 2, 1, 1, 2]
    else:
        opts = ["%d/%d" % (m, d), "%s %d" % (mon, d), "%s %s" % (mon, ordinal(d)), "%s %d" % (MONTH[m], d),
                "%d %s" % (d, MON[m]), "%02d/%02d" % (m, d), "%s %s" % (MONTH[m], ordinal(d)), "%d-%d" % (m, d)]
        w = [10, 5, 3, 4, 1, 2, 2, 1]
    return r.choices(opts, weights=w)[0]


def fmt_time(r):
    h = r.randint(7, 17)
    mm = r.choice(["00", "15", "30", "45", "30", "00"])
    h12 = h if h <= 12 else h - 12
    ap = "am" if h < 12 else "pm"
    opts = ["%d%s" % (h12, ap), "%d:%s %s" % (h12, mm, ap.upper()), "%02d:%s" % (h, mm), "%d:%s%s" % (h12, mm, ap),
            "noon", "%d:%s" % (h12, mm), "%02d%s" % (h, mm), "%d%s" % (h12, ap[0]), "%d %s" % (h12, ap.upper())]
    return r.choices(opts, weights=[8, 4, 2, 5, 1, 3, 1, 1, 2])[0]


def spell_digits(r, s):
    """'617-555-0134' -> 'six one seven, five five five, zero one three four'."""
    groups = re.findall(r"\d+", s)
    zero = "oh" if r.random() < 0.3 else "zero"
    words = [" ".join(zero if c == "0" else ONES[int(c)] for c in g) for g in groups]
    return r.choice([", ", " - ", " dash ", "  "]).join(words)


def spell_age(n):
    if n >= 100:
        rest = n - 100
        return "one hundred" + ((" and " + UNIT_WORDS[rest]) if rest else "")
    u = n - 90
    return "ninety" + (("-" + UNIT_WORDS[u]) if u else "")


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def insert_zw(r, s):
    pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() or s[i].isalnum()]
    if not pos:
        return s
    k = r.randint(1, min(3, len(pos)))
    for i in sorted(r.sample(pos, k), reverse=True):
        s = s[:i] + r.choice(["\u200b", "\u200b", "\u2060", "\u200c"]) + s[i:]
    return s


def nbsp(r, s):
    if re.search(r"[ -]", s):
        return re.sub(r"[ -]", "\u00a0", s)
    mid = len(s) // 2
    return s[:mid] + "\u00a0" + s[mid:]


def obfuscate_number(c, s, p):
    """Maybe obfuscate a numeric identifier; records form tags on the context."""
    r = c.r
    if c.no_obf or r.random() >= p:
        return s
    kind = r.choice(["fw", "zw", "nbsp", "spell", "nl", "spaced"])
    c.tags.add("evasion")
    if kind == "fw":
        c.tags.add("fullwidth")
        return fullwidth(s)
    if kind == "zw":
        c.tags.add("zero-width")
        return insert_zw(r, s)
    if kind == "nbsp":
        return nbsp(r, s)
    if kind == "spell":
        return spell_digits(r, s)
    if kind == "nl":
        seps = [i for i, ch in enumerate(s) if ch in "- ."]
        if seps:
            i = r.choice(seps)
            return s[:i + 1] + "\n" + s[i + 1:]
        return s
    digits = re.sub(r"\D", "", s)
    return " ".join(digits)


# --------------------------------------------------------------------------------------
# people and per-message context
# --------------------------------------------------------------------------------------
class Person(object):
    def __init__(self, r, used):
        for _ in range(200):
            g = r.choices("FMU", weights=[47, 45, 8])[0]
            first = r.choice({"F": F_GIVEN, "M": M_GIVEN, "U": U_GIVEN}[g])
            last = r.choice(SURNAMES)
            if first not in used and last not in used and first != last:
                break
        used.update([first, last])
        if g == "U":
            g = r.choice("FM")
        self.g, self.first, self.last = g, first, last
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")

    @property
    def full(self):
        return self.first + " " + self.last

    def hon(self, r):
        if self.g == "F":
            h = r.choices(["Ms.", "Mrs.", "Miss", "Ms", "Mrs"], weights=[5, 5, 1, 1, 1])[0]
        else:
            h = r.choices(["Mr.", "Mr"], weights=[6, 1])[0]
        return h

    def pron(self, kind):
        f = self.g == "F"
        return {"s": "she" if f else "he", "o": "her" if f else "him", "p": "her" if f else "his"}[kind]


REL_F = ["daughter", "wife", "mother", "sister", "granddaughter", "niece", "partner", "aunt", "daughter-in-law"]
REL_M = ["son", "husband", "father", "brother", "grandson", "nephew", "partner", "uncle", "son-in-law"]
REL_ANY = ["POA", "health care proxy", "guardian", "caregiver"]


class Ctx(object):
    def __init__(self, r):
        self.r = r
        self.ents = {}
        self.used = set()
        self.cache = {}
        self.tags = set()
        self.age = None
        self.possessive = False
        self.no_obf = False      # the assistant itself never obfuscates

    def P(self, key):
        if key not in self.ents:
            self.ents[key] = Person(self.r, self.used)
        return self.ents[key]


def name_segments(c, p, style=None):
    """A private individual's name (NAME span) in one of many written forms."""
    r = c.r
    if style is None:
        w = [45, 12, 8, 5, 4, 14, 6, 4, 2]
        if c.possessive:
            w = [45, 12, 0, 0, 0, 14, 6, 4, 2]
        style = r.choices(["full", "mi", "lastfirst", "inv", "nick", "hon", "first", "lower", "caps"], weights=w)[0]
    if style == "full":
        return [sp("NAME", p.full)]
    if style == "mi":
        return [sp("NAME", "%s %s. %s" % (p.first, p.mi, p.last))]
    if style == "lastfirst":
        return [sp("NAME", "%s, %s" % (p.last, p.first))]
    if style == "inv":
        return [sp("NAME", "%s, %s %s" % (p.last.upper(), p.first.upper(), p.mi))]
    if style == "nick":
        nick = NICK.get(p.first)
        if not nick:
            return [sp("NAME", p.full)]
        form = r.choice(['%s ("%s")', "%s (goes by %s)", "%s aka %s", "%s, \"%s\","])
        a, b = form.split("%s")[0], form.split("%s")[1]
        tail = form.split("%s")[2]
        return [a, sp("NAME", p.full), b, sp("NAME", nick), tail]
    if style == "hon":
        return [p.hon(r) + " ", sp("NAME", p.last)]
    if style == "first":
        return [sp("NAME", p.first)]
    if style == "lower":
        return [sp("NAME", p.full.lower())]
    if style == "caps":
        return [sp("NAME", p.full.upper())]
    raise ValueError(style)


def personal_email(c, p):
    r = c.r
    f, l = fold(p.first) or "pat", fold(p.last) or "lee"
    n = r.randint(1, 99)
    local = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%02d" % (f, l, n), "%s_%s" % (f, l),
                      "%s.%s" % (l, f), "%s%d" % (f, r.randint(1950, 2005)), "%s.%s%d" % (f[0], l, n),
                      "%s%s" % (f, l[:1]), "%s.%s" % (f, l)])
    return local, r.choice(PERSONAL_DOMAINS)


def business_email(c, p, domain=None):
    r = c.r
    f, l = fold(p.first) or "pat", fold(p.last) or "lee"
    local = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s.%s" % (f[0], l), "%s_%s" % (f, l), "%s" % l + f[0]])
    return local, domain or r.choice(ORGS)


def email_value(c, local, dom, obf_p):
    r = c.r
    if not c.no_obf and r.random() < obf_p:
        c.tags.add("evasion")
        name, tld = dom.rsplit(".", 1)
        return r.choice(["%s [at] %s [dot] %s" % (local, name, tld), "%s at %s dot %s" % (local, name, tld),
                         "%s(at)%s.%s" % (local, name, tld), "%s @ %s . %s" % (local, name, tld),
                         "%s [@] %s[.]%s" % (local, name, tld), "%s AT %s DOT %s" % (local, name, tld)])
    return "%s@%s" % (local, dom)


def phone_parts(c, intl_ok=True):
    r = c.r
    a = r.choice(AREA)
    if r.random() < 0.25:
        e, l = "555", "01%02d" % r.randint(0, 99)
    else:
        e, l = str(r.randint(201, 989)), "%04d" % r.randint(0, 9999)
    return a, e, l


def fmt_phone(c, a, e, l, ext_p=0.08):
    r = c.r
    opts = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s", "+1 %s %s %s", "+1-%s-%s-%s",
            "+1 (%s) %s-%s", "1-%s-%s-%s", "+1%s%s%s", "%s/%s-%s", "%s-%s%s", "(%s)%s-%s"]
    w = [14, 16, 5, 3, 3, 3, 2, 2, 2, 1, 1, 1, 2]
    s = r.choices(opts, weights=w)[0] % (a, e, l)
    if r.random() < ext_p:
        s += r.choice([" ext. %d", " x%d", " ext %d", " Ext. %d", " x %d"]) % r.randint(2, 4999)
    return s


def intl_phone(c):
    r = c.r
    return r.choice(["+44 20 7946 %04d", "+52 55 1234 %04d", "+91 98765 %05d", "+234 803 123 %04d",
                     "+63 917 123 %04d", "+1 416 555 %04d", "+33 1 42 68 %04d", "+972 54 123 %04d"]) % (
        r.randint(0, 9999) if True else 0)


def gen_phone(c, biz=False, ext_p=0.08, obf=0.09):
    r = c.r
    if r.random() < 0.05:
        s = intl_phone(c)
        s = s if "%05d" not in s else s
    else:
        s = fmt_phone(c, *phone_parts(c), ext_p=ext_p)
    s = obfuscate_number(c, s, obf)
    return [sp("PHONE", s, biz)]


def tel_link(c, biz=False):
    a, e, l = phone_parts(c)
    label = fmt_phone(c, a, e, l, ext_p=0)
    raw = c.r.choice(["+1%s%s%s", "%s%s%s", "+1-%s-%s-%s"]) % (a, e, l)
    return ["<tel:", sp("PHONE", raw, biz), "|", sp("PHONE", label, biz), ">"]


def mailto(local, dom, biz=False):
    v = "%s@%s" % (local, dom)
    return ["<mailto:", sp("EMAIL", v, biz), "|", sp("EMAIL", v, biz), ">"]


def gen_ssn(c):
    r = c.r
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    grp, ser = r.randint(1, 99), r.randint(1, 9999)
    a, g, s = "%03d" % area, "%02d" % grp, "%04d" % ser
    k = r.choices(["dash", "space", "nosep", "dot", "mixed", "obf"], weights=[55, 10, 10, 5, 6, 14])[0]
    if k == "dash":
        v = "%s-%s-%s" % (a, g, s)
    elif k == "space":
        v = "%s %s %s" % (a, g, s)
    elif k == "nosep":
        c.tags.add("evasion")
        v = a + g + s
    elif k == "dot":
        v = "%s.%s.%s" % (a, g, s)
    elif k == "mixed":
        c.tags.add("evasion")
        v = r.choice(["%s.%s-%s", "%s %s-%s", "%s-%s %s", "%s/%s/%s"]) % (a, g, s)
    else:
        v = obfuscate_number(c, "%s-%s-%s" % (a, g, s), 1.0)
    return [sp("SSN", v)]


def gen_mrn(c):
    r = c.r
    v = r.choice(["%08d" % r.randint(0, 99999999), "%07d" % r.randint(1000000, 9999999),
                  "E%07d" % r.randint(0, 9999999), "M%08d" % r.randint(0, 99999999),
                  "%02d-%02d-%03d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 999)),
                  "%09d" % r.randint(100000000, 999999999), "%010d" % r.randint(0, 9999999999),
                  "%06d" % r.randint(100000, 999999)])
    v = obfuscate_number(c, v, 0.09)
    return [sp("MRN", v)]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(c):
    r = c.r
    an = MBI_A + "0123456789"
    v = (str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(MBI_A) +
         r.choice(an) + str(r.randint(0, 9)) + r.choice(MBI_A) + r.choice(MBI_A) + str(r.randint(0, 9)) +
         str(r.randint(0, 9)))
    if r.random() < 0.35:
        v = v[:4] + "-" + v[4:7] + "-" + v[7:]
    return [sp("HEALTH_PLAN_ID", v)]


def gen_hpid(c):
    r = c.r
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v = r.choice(["%s%s%s%09d" % (r.choice(L), r.choice(L), r.choice(L), r.randint(0, 999999999)),
                  "%s%s%s %09d" % (r.choice(L), r.choice(L), r.choice(L), r.randint(0, 999999999)),
                  "W%09d" % r.randint(0, 999999999), "%09d" % r.randint(100000000, 999999999),
                  "U%08d01" % r.randint(0, 99999999), "H%08d" % r.randint(0, 99999999),
                  "%09d01" % r.randint(0, 999999999), "%s%sW%08d" % (r.choice(L), r.choice(L), r.randint(0, 99999999)),
                  "HP%09d" % r.randint(0, 999999999), "%012d" % r.randint(100000000000, 199999999999)])
    v = obfuscate_number(c, v, 0.04)
    return [sp("HEALTH_PLAN_ID", v)]


def gen_mcaid(c):
    r = c.r
    return [sp("HEALTH_PLAN_ID", r.choice(["1000%08d" % r.randint(0, 99999999), "%012d" % r.randint(10 ** 11, 10 ** 12 - 1),
                                          "%s%s%05d%s" % (r.choice("ABCDEFGHJK"), r.choice("ABCDEFGHJK"),
                                                          r.randint(0, 99999), r.choice("ABCDEFGHJK"))]))]


def gen_acct(c):
    r = c.r
    v = r.choice(["%010d" % r.randint(4000000000, 4099999999), "%09d" % r.randint(100000000, 199999999),
                  "%08d" % r.randint(10000000, 99999999), "%04d-%04d-%02d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99)),
                  "V%011d" % r.randint(0, 99999999999), "%07d" % r.randint(1000000, 9999999),
                  "H%09d" % r.randint(0, 999999999)])
    v = obfuscate_number(c, v, 0.05)
    return [sp("ACCOUNT_NUMBER", v)]


def gen_bank(c):
    r = c.r
    v = r.choice(["%012d" % r.randint(0, 999999999999), "%04d %04d %04d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999)),
                  "%010d" % r.randint(0, 9999999999), "%04d-%06d" % (r.randint(0, 9999), r.randint(0, 999999))])
    return [sp("ACCOUNT_NUMBER", v)]


def gen_lic(c):
    r = c.r
    v = r.choice(["%06d" % r.randint(200000, 299999), "RN%07d" % r.randint(0, 9999999), "RN-%06d" % r.randint(0, 999999),
                  "MD%06d" % r.randint(0, 999999), "NP.%07d" % r.randint(0, 9999999), "%d" % r.randint(10000, 99999),
                  "PA%06d" % r.randint(0, 999999), "LIC-%07d" % r.randint(0, 9999999), "A%05d" % r.randint(0, 99999)])
    return [sp("LICENSE_NUMBER", v)]


def gen_dea(c):
    r = c.r
    last = fold(c.P("D").last) or "x"
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    v = r.choice("ABFGM") + last[0].upper() + "".join(map(str, d)) + str(chk)
    return [sp("LICENSE_NUMBER", v)]


def gen_dl(c):
    r = c.r
    v = r.choice(["S%08d" % r.randint(0, 99999999), "%03d %03d %03d" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999)),
                  "%s%07d" % (r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), r.randint(0, 9999999)), "%08d" % r.randint(0, 99999999),
                  "%s%03d-%03d-%02d-%03d-%d" % (r.choice("ABCDFGHJKLMNPRSTW"), r.randint(0, 999), r.randint(0, 999),
                                              r.randint(0, 99), r.randint(0, 999), r.randint(0, 9)),
                  "%02d%s%05d" % (r.randint(0, 99), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), r.randint(0, 99999))])
    return [sp("LICENSE_NUMBER", v)]


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(c):
    r = c.r
    v = list(r.choice(["1", "2", "3", "4", "5", "J", "K", "W", "Y"]) + "".join(r.choice(VIN_CH) for _ in range(16)))
    v[8] = "0"
    tot = sum((int(ch) if ch.isdigit() else VIN_VAL[ch]) * w for ch, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return [sp("VEHICLE_ID", "".join(v))]


def gen_plate(c):
    r = c.r
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v = r.choice(["%d%s%03d" % (r.randint(1, 9), "".join(r.choice(L) for _ in range(3)), r.randint(0, 999)),
                  "%d%s%02d" % (r.randint(1, 9), "".join(r.choice(L) for _ in range(3)), r.randint(0, 99)),
                  "%s-%04d" % ("".join(r.choice(L) for _ in range(3)), r.randint(0, 9999)),
                  "%s %03d" % ("".join(r.choice(L) for _ in range(3)), r.randint(0, 999)),
                  "%d%s%d" % (r.randint(1, 9), "".join(r.choice(L) for _ in range(4)), r.randint(10, 99)),
                  "%s%d" % ("".join(r.choice(L) for _ in range(3)), r.randint(1000, 9999))])
    return [sp("VEHICLE_ID", v)]


def gen_dev(c):
    r = c.r
    v = r.choice(["PJN%06dH" % r.randint(0, 999999), "RNB%06dS" % r.randint(0, 999999), "SM%08d" % r.randint(0, 99999999),
                  "NG%07dH" % r.randint(0, 9999999), "%02d%s%06d" % (r.randint(10, 99), "".join(r.choice("ABCDEFGHJK") for _ in range(2)), r.randint(0, 999999)),
                  "SN%09d" % r.randint(0, 999999999), "%s%08d" % (r.choice(["BXP", "CRT", "ICD"]), r.randint(0, 99999999))])
    return [sp("DEVICE_ID", v)]


def gen_udi(c):
    r = c.r
    y, m, _ = rdate(r, 2026, 2029)
    v = "(01)%014d(17)%02d%02d%02d(21)%s" % (r.randint(0, 10 ** 14 - 1), y % 100, m, r.randint(1, 28),
                                           "".join(r.choice("ABCDEFGHJK0123456789") for _ in range(8)))
    return [sp("DEVICE_ID", v)]


def gen_ip(c):
    r = c.r
    k = r.random()
    if k < 0.35:
        v = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    elif k < 0.5:
        v = "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    elif k < 0.6:
        v = "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    elif k < 0.88:
        v = "%d.%d.%d.%d" % (r.choice([24, 50, 66, 73, 98, 108, 146, 173, 185, 203]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    else:
        v = r.choice(["2601:%x:%x:%x::%x", "2600:%x:%x:%x::%x", "fe80::%x:%x:%x:%x"]) % tuple(r.randint(16, 65535) for _ in range(4))
    return [sp("IP_ADDRESS", v)]


def gen_cc(c):
    r = c.r
    k = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if k == "amex":
        body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        n = body + luhn_check(body)
        sep = r.choice([" ", "-", ""])
        v = sep.join([n[:4], n[4:10], n[10:]])
    else:
        pre = {"visa": "4", "mc": str(r.randint(51, 55)), "disc": "6011"}[k]
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(15 - len(pre)))
        n = body + luhn_check(body)
        sep = r.choice([" ", "-", "", " "])
        v = sep.join([n[i:i + 4] for i in range(0, 16, 4)])
    v = obfuscate_number(c, v, 0.07)
    return [sp("CREDIT_CARD", v)]


def gen_npi(r):
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + luhn_check("80840" + body)


def street_line(r):
    num = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999)])
    s = "%d %s %s" % (num, r.choice(STREETS), r.choice(SUFFIX))
    if r.random() < 0.15:
        s += r.choice([", Apt %d%s" % (r.randint(1, 9), r.choice("ABCD")), " #%d" % r.randint(1, 30), ", Unit %d" % r.randint(1, 40)])
    return s


def address_text(r, multiline_ok=True):
    town, st, z = r.choice(TOWNS)
    zz = z if r.random() < 0.8 else "%s-%04d" % (z, r.randint(1, 9999))
    st_line = street_line(r)
    forms = ["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s", "%s, %s, %s %s"]
    if multiline_ok and r.random() < 0.08:
        return "%s\n%s, %s %s" % (st_line, town, st, zz)
    if r.random() < 0.1:
        return "%s, %s" % (st_line, town)
    return r.choice(forms) % (st_line, town, st, zz)


def patient_url(c):
    r = c.r
    p = c.P("P")
    org = r.choice(ORGS)
    f, l = fold(p.first) or "pat", fold(p.last) or "lee"
    return r.choice([
        "https://mychart.%s/MyChart/Visit?pid=%d" % (org, r.randint(100000, 9999999)),
        "https://portal.%s/tele/join?visit=V%d&pt=%s%d" % (org, r.randint(100000, 999999), l, r.randint(10, 99)),
        "https://telehealth.%s/room/%s-%s-%04d" % (org, f, l, r.randint(0, 9999)),
        "https://%s/patients/%d/visit-summary" % ("portal." + org, r.randint(100000, 9999999)),
        "https://video.%s/v/%s%s?appt=%d" % (org, f[0], l, r.randint(10000, 99999))])


def personal_page_url(c):
    r = c.r
    p = c.P("P")
    f, l = fold(p.first) or "pat", fold(p.last) or "lee"
    return r.choice(["https://www.caringbridge.org/visit/%s%s" % (f, l),
                     "https://www.caringbridge.org/site/%s-%s-updates" % (f, l),
                     "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
                     "https://lotsahelpinghands.com/c/%d-%s-family" % (r.randint(100000, 999999), l)])


def url_segments(c, u):
    r = c.r
    k = r.random()
    if k < 0.25:
        return ["<", sp("URL", u), ">"]
    if k < 0.45:
        return ["<", sp("URL", u), "|" + r.choice(["visit link", "link", "join", "portal", "update page", "here"]) + ">"]
    return [sp("URL", u)]


# --------------------------------------------------------------------------------------
# slots: name -> (is_phi, cache, function(ctx) -> list of segments, tags)
# --------------------------------------------------------------------------------------
SLOTS = {}


def slot(name, phi=False, cache=True, tags=()):
    def deco(fn):
        SLOTS[name] = (phi, cache, fn, tuple(tags))
        return fn
    return deco


def plain(name, fn, tags=(), cache=True, safe=False):
    def f(c):
        v = fn(c.r) if fn.__code__.co_argcount == 1 and fn.__code__.co_varnames[0] == "r" else fn(c)
        return [Safe(v) if safe else v]
    SLOTS[name] = (False, cache, f, tuple(tags))


# ---- private individuals (NAME) ---------------------------------------------------------
slot("pt", True, cache=False)(lambda c: name_segments(c, c.P("P")))
slot("ptfull", True)(lambda c: name_segments(c, c.P("P"), "full"))
slot("ptf", True)(lambda c: name_segments(c, c.P("P"), "first"))
slot("ptl", True)(lambda c: [sp("NAME", c.P("P").last)])
slot("pthon", True)(lambda c: name_segments(c, c.P("P"), "hon"))
slot("ptinv", True)(lambda c: name_segments(c, c.P("P"), c.r.choice(["inv", "lastfirst", "inv"])))


@slot("ptpl", True)
def _ptpl(c):
    last = c.P("P").last
    return [sp("NAME", last), "es" if re.search(r"(s|x|z|ch|sh)$", last) else "s"]


slot("rel", True, cache=False)(lambda c: name_segments(c, c.P("R"), c.r.choice(["full", "full", "full", "mi", "first"])))
slot("relf", True)(lambda c: name_segments(c, c.P("R"), "first"))
slot("rell", True)(lambda c: [sp("NAME", c.P("R").last)])
slot("relfull", True)(lambda c: name_segments(c, c.P("R"), "full"))
slot("relhon", True)(lambda c: name_segments(c, c.P("R"), "hon"))
slot("rel2", True)(lambda c: name_segments(c, c.P("R2"), "full"))
slot("vis", True)(lambda c: name_segments(c, c.P("V"), c.r.choice(["full", "full", "lastfirst", "caps"])))
slot("emp", True, cache=False)(lambda c: name_segments(c, c.P("E"), c.r.choice(["full", "full", "mi", "first"])))
slot("empf", True)(lambda c: name_segments(c, c.P("E"), "first"))
slot("xpt", True, cache=False)(lambda c: name_segments(c, c.P("XP"), c.r.choice(["full", "full", "full", "mi"])))
slot("xptf", True)(lambda c: name_segments(c, c.P("XP"), "first"))


def rel_word(c, key):
    p = c.P(key)
    ck = "relword_" + key
    if ck not in c.cache:
        c.cache[ck] = c.r.choice((REL_F if p.g == "F" else REL_M) * 3 + REL_ANY)
    return [c.cache[ck]]


slot("relation")(lambda c: rel_word(c, "R"))
slot("relation2")(lambda c: rel_word(c, "R2"))
# pronouns
slot("sp")(lambda c: [c.P("P").pron("s")])
slot("op")(lambda c: [c.P("P").pron("o")])
slot("pp")(lambda c: [c.P("P").pron("p")])
slot("rop")(lambda c: [c.P("R").pron("o")])
slot("epp")(lambda c: [c.P("E").pron("p")])
slot("xpp")(lambda c: [c.P("XP").pron("p")])


# ---- dates, ages ----------------------------------------------------------------------
@slot("dob", True)
def _dob(c):
    r = c.r
    if c.age is not None:
        y, m, d = rdate(r, 2025 - c.age, 2025 - c.age)
    else:
        y, m, d = rdate(r, 1926, 2012)
    return [sp("DATE", fmt_date(r, y, m, d, True))]


def health_date(c):
    r = c.r
    y, m, d = rdate(r, 2023, 2026)
    return [sp("DATE", fmt_date(r, y, m, d, None if r.random() < 0.55 else False))]


slot("dt", True)(health_date)
slot("dt2", True)(health_date)


@slot("age90", True)
def _age90(c):
    r = c.r
    n = c.age if c.age is not None else r.randint(90, 104)
    if r.random() < 0.2:
        c.tags.add("evasion")
        return [sp("AGE", spell_age(n))]
    return [sp("AGE", str(n))]


def meeting_date(c, second=False):
    r = c.r
    first = c.cache.get("_mtgdate")
    if second and first:
        dd = first + datetime.timedelta(days=r.randint(1, 5))
        y, m, d = dd.year, dd.month, dd.day
    else:
        y, m, d = rdate(r, 2025, 2027)
        if not second:
            c.cache["_mtgdate"] = datetime.date(y, m, d)
    s = fmt_date(r, y, m, d, r.random() < 0.3)
    if r.random() < 0.25:
        s = DAYABBR[datetime.date(y, m, d).weekday()] + " " + s
    return [s]


slot("mtg", tags=("calendar",))(meeting_date)
slot("mtg2", tags=("calendar",))(lambda c: meeting_date(c, True))


@slot("lapse")
def _lapse(c):
    r = c.r
    y, m, d = rdate(r, 2025, 2028)
    return [fmt_date(r, y, m, d, True)]


plain("exp", lambda r: r.choice(["%02d/%02d", "%d/%02d", "%02d/20%02d"]) % (r.randint(1, 12), r.randint(25, 31)))
plain("time", lambda r: fmt_time(r), tags=("calendar",))
plain("time2", lambda r: fmt_time(r), tags=("calendar",))
plain("time3", lambda r: fmt_time(r), tags=("calendar",))
plain("day", lambda r: r.choice(["tomorrow", "tmrw", "Thursday", "Thu", "next Tuesday", "Monday", "Fri", "today",
                                 "this afternoon", "Wednesday", "EOD Wednesday", "next week", "Monday AM"]))
plain("dayname", lambda r: r.choice(DAYNAMES))


@slot("when", tags=("calendar",))
def _when(c):
    r = c.r
    y, m, d = rdate(r, 2025, 2027)
    dn = DAYABBR[datetime.date(y, m, d).weekday()]
    ds = fmt_date(r, y, m, d, False)
    return [r.choice(["%s %s at %s" % (dn, ds, fmt_time(r)), "%s at %s" % (r.choice(DAYNAMES), fmt_time(r)),
                      "%s %s" % (ds, fmt_time(r)), "tomorrow %s" % fmt_time(r),
                      "next %s at %s" % (r.choice(DAYNAMES), fmt_time(r)), "%s %s" % (dn, fmt_time(r)),
                      "%s, %s @ %s" % (dn, ds, fmt_time(r))])]


plain("month", lambda r: r.choice(MONTH[1:]))
plain("year", lambda r: str(r.randint(2025, 2028)))
plain("fy", lambda r: r.choice(["FY26", "FY2026", "FY27", "FY2027", "Q3", "Q4", "Q1 FY27", "Q2", "H2", "FY26 Q3", "FY28"]))
plain("q", lambda r: str(r.randint(1, 4)))
plain("age_ok", lambda r: str(r.randint(18, 89)))


@slot("agg_age", tags=("age-aggregate",))
def _agg(c):
    r = c.r
    n, m = r.randint(2, 19), r.randint(20, 60)
    return [r.choice(["%d pts over 90" % n, "patients 90+: %d" % n, "%d of %d pts are 90 or older" % (n, m),
                      "%d pts >90" % n, "two residents over 100", "%d patients aged 90 and up" % n,
                      "%d%% of the unit is 90+" % r.randint(5, 30)])]


# ---- contact details ------------------------------------------------------------------
slot("phone", True)(lambda c: gen_phone(c, obf=0.11))
slot("phone2", True)(lambda c: gen_phone(c))
slot("fax", True)(lambda c: gen_phone(c, ext_p=0.0, obf=0.03))
slot("bphone", True, tags=("business-contact",))(lambda c: gen_phone(c, biz=True, ext_p=0.25, obf=0.05))
slot("bfax", True, tags=("business-contact",))(lambda c: gen_phone(c, biz=True, ext_p=0.0, obf=0.0))
slot("xphone", True, tags=("business-contact",))(lambda c: gen_phone(c, biz=True, ext_p=0.0, obf=0.05))
slot("cphone", True, tags=("business-contact",))(lambda c: gen_phone(c, biz=True, ext_p=0.0, obf=0.05))
slot("telp", True)(lambda c: tel_link(c))
slot("telc", True, tags=("business-contact",))(lambda c: tel_link(c, biz=True))


@slot("email", True)
def _email(c):
    lo, do = personal_email(c, c.P("P"))
    return [sp("EMAIL", email_value(c, lo, do, 0.1))]


@slot("relemail", True)
def _relemail(c):
    lo, do = personal_email(c, c.P("R"))
    return [sp("EMAIL", email_value(c, lo, do, 0.1))]


@slot("mailp", True)
def _mailp(c):
    return mailto(*personal_email(c, c.P("P")))


@slot("mailrel", True)
def _mailrel(c):
    return mailto(*personal_email(c, c.P("R")))


def vendor_domain(c):
    v = c.cache.get("vendor_name") or c.r.choice(VENDORS)
    return re.sub(r"[^a-z0-9]", "", v.lower().replace("&", "and")) + c.r.choice([".com", ".com", ".net", "health.com"])


@slot("bemail", True, tags=("business-contact",))
def _bemail(c):
    lo, do = business_email(c, c.P("VP"), vendor_domain(c))
    return [sp("EMAIL", email_value(c, lo, do, 0.05), True)]


@slot("cemail", True, tags=("business-contact",))
def _cemail(c):
    lo, do = business_email(c, c.P("C"))
    return [sp("EMAIL", email_value(c, lo, do, 0.05), True)]


@slot("boardemail", True, tags=("business-contact",))
def _boardemail(c):
    lo, do = personal_email(c, c.P("B"))
    return [sp("EMAIL", "%s@%s" % (lo, do), True)]


@slot("mailb", True, tags=("business-contact", "slack-markup"))
def _mailb(c):
    lo, do = business_email(c, c.P("VP"), vendor_domain(c))
    return mailto(lo, do, True)


@slot("mailc", True, tags=("business-contact", "slack-markup"))
def _mailc(c):
    lo, do = business_email(c, c.P("C"))
    return mailto(lo, do, True)


# ---- identifiers (conservative) -------------------------------------------------------
slot("ssn", True)(gen_ssn)
slot("ssn2", True)(gen_ssn)
slot("ssnx", True)(lambda c: [sp("SSN", obfuscate_number(c, gen_ssn(c)[0].v, 1.0))])
slot("phonex", True)(lambda c: gen_phone(c, ext_p=0.0, obf=1.0))
slot("mrnx", True)(lambda c: [sp("MRN", obfuscate_number(c, "%08d" % c.r.randint(0, 99999999), 1.0))])
slot("ccx", True)(lambda c: [sp("CREDIT_CARD", obfuscate_number(c, gen_cc(c)[0].v, 1.0))])
slot("emailx", True)(lambda c: [sp("EMAIL", email_value(c, *personal_email(c, c.P("P")), obf_p=1.0))])
slot("mrn", True)(gen_mrn)
slot("hpid", True)(gen_hpid)
slot("mbi", True)(gen_mbi)
slot("mcaid", True)(gen_mcaid)
slot("acct", True)(gen_acct)
slot("acct2", True)(gen_acct)
slot("bank", True)(gen_bank)
slot("lic", True)(gen_lic)
slot("dea", True)(gen_dea)
slot("dl", True)(gen_dl)
slot("vin", True)(gen_vin)
slot("plate", True)(gen_plate)
slot("dev", True)(gen_dev)
slot("udi", True)(gen_udi)
slot("ip", True)(gen_ip)
slot("ip2", True)(gen_ip)
slot("cc", True)(gen_cc)
slot("url", True)(lambda c: url_segments(c, patient_url(c)))
slot("cburl", True)(lambda c: url_segments(c, personal_page_url(c)))


# ---- addresses ------------------------------------------------------------------------
@slot("addr", True)
def _addr(c):
    v = address_text(c.r)
    if "\n" in v:
        c.tags.add("multiline")
    return [sp("ADDRESS", v)]


slot("street", True)(lambda c: [sp("ADDRESS", street_line(c.r))])


@slot("town", True)
def _town(c):
    return [sp("ADDRESS", c.r.choice(TOWNS)[0])]


@slot("zip", True)
def _zip(c):
    z = c.r.choice(TOWNS)[2]
    return [sp("ADDRESS", z if c.r.random() < 0.7 else "%s-%04d" % (z, c.r.randint(1, 9999)))]


@slot("pobox", True)
def _pobox(c):
    r = c.r
    town, st, z = r.choice(TOWNS)
    return [sp("ADDRESS", r.choice(["PO Box %d, %s, %s %s", "P.O. Box %d, %s %s %s", "PO BOX %d %s %s %s"]) % (
        r.randint(1, 9999), town, st, z))]


plain("rte", lambda r: r.choice(["110", "28", "1A", "125", "113", "38", "97", "2"]))


@slot("facaddr", tags=("facility-address",))
def _facaddr(c):
    r = c.r
    site = (c.cache.get("site") or [""])[0]
    towns = [t for t in TOWNS if t[0] == site and t[1] == "MA"]
    if towns or r.random() < 0.7:
        town, st, z = towns[0] if towns else r.choice([t for t in TOWNS if t[1] == "MA"])
        return [r.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s"]) % (street_line(r), town, st, z)]
    return [address_text(r, multiline_ok=False)]


# ---- staff, business (never PHI here) -----------------------------------------------------
slot("exec", tags=("exec-name",))(lambda c: [c.r.choice([c.P("X").full, c.P("X").full, c.P("X").first + " " + c.P("X").last[0] + "."])])
slot("execf", tags=("exec-name",))(lambda c: [c.P("X").first])
slot("exec2", tags=("exec-name",))(lambda c: [c.P("X2").full])
plain("xtitle", lambda r: r.choice(TITLES))
slot("coll")(lambda c: [c.P("C").full])
slot("collf")(lambda c: [c.P("C").first])
slot("coll2")(lambda c: [c.P("C2").full])
slot("drx")(lambda c: ["Dr. " + c.P("D").last])
slot("drlast")(lambda c: [c.P("D").last])
slot("drfull")(lambda c: [c.r.choice(["Dr. %s", "%s, MD", "%s MD", "Dr. %s", "%s, DO"]) % c.P("D").full])
slot("vendorp")(lambda c: [c.P("VP").full])
slot("board")(lambda c: [c.P("B").full])


@slot("donor")
def _donor(c):
    r = c.r
    p = c.P("DN")
    return [r.choice(["the %s Family Foundation" % p.last, p.full, "%s and %s %s" % (p.first, r.choice(ALL_GIVEN), p.last),
                      "the %s family" % p.last])]


@slot("vendor")
def _vendor(c):
    v = c.r.choice(VENDORS)
    c.cache["vendor_name"] = v
    return [v]


def rid(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


plain("mention", lambda r: "<@U%s>" % rid(r, r.randint(8, 10)), tags=("slack-markup",))
plain("chan", lambda r: "<#C%s|%s>" % (rid(r, 9), r.choice(CHANNELS)), tags=("slack-markup",))
plain("room", lambda r: r.choice(ROOMS))
plain("room2", lambda r: r.choice(ROOMS))
plain("bed", lambda r: r.choice(["%d%s" % (r.randint(2, 12) * 100 + r.randint(1, 40), r.choice(["", "", "A", "B"])),
                                 "%d-%d" % (r.randint(3, 9), r.randint(1, 30)), "%d" % r.randint(1, 40)]))
plain("bed2", lambda r: "%d%s" % (r.randint(2, 12) * 100 + r.randint(1, 40), r.choice(["", "A", "B"])))
plain("bay", lambda r: r.choice(["%d" % r.randint(1, 30), "%s%d" % (r.choice("ABCD"), r.randint(1, 12))]))
plain("unit", lambda r: r.choice(UNITS))
plain("dept", lambda r: r.choice(DEPTS))


@slot("drug")
def _drug(c):
    d = c.r.choice(DRUGS)
    c.cache["_dose"] = c.r.choice(d[1])
    return [d[0]]


slot("dose")(lambda c: [c.cache.get("_dose") or c.r.choice(c.r.choice(DRUGS)[1])])
plain("inv", lambda r: r.choice(["INV-%05d" % r.randint(0, 99999), "%06d" % r.randint(100000, 999999),
                                 "A-%05d" % r.randint(0, 99999), "#%d" % r.randint(10000, 99999), "2025-%04d" % r.randint(1, 9999)]),
      tags=("money",))
plain("po", lambda r: r.choice(["45%08d" % r.randint(0, 99999999), "PO-%05d" % r.randint(0, 99999),
                                "%05d-A" % r.randint(0, 99999), "%07d" % r.randint(0, 9999999)]), tags=("po",), safe=True)
plain("ticket", lambda r: r.choice(["INC%07d" % r.randint(0, 9999999), "DEL-%d" % r.randint(100, 9999),
                                    "REQ%07d" % r.randint(0, 9999999), "CHG%07d" % r.randint(0, 9999999),
                                    "FAC-%d" % r.randint(100, 9999), "IT-%05d" % r.randint(0, 99999),
                                    "RITM%07d" % r.randint(0, 9999999), "PX-%d" % r.randint(100, 9999)]), tags=("ticket",))
plain("ver", lambda r: r.choice(["%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20)),
                                 "%d.%d" % (r.randint(1, 9), r.randint(0, 9)), "202%d.%d" % (r.randint(4, 6), r.randint(1, 12))]),
      tags=("version",))
plain("ver2", lambda r: "%d.%d" % (r.randint(1, 9), r.randint(0, 9)), tags=("version",))
plain("build", lambda r: "202%d.%d.%d.%d" % (r.randint(4, 6), r.randint(1, 12), r.randint(0, 9), r.randint(0, 30)),
      tags=("version",), safe=True)
plain("ext", lambda r: r.choice(["x%d" % r.randint(2000, 7999), "ext. %d" % r.randint(2000, 7999),
                                 "ext %d" % r.randint(1000, 9999), "x%d" % r.randint(10, 99)]), tags=("ext",))
plain("zoom", lambda r: r.choice(["%d %04d %04d" % (r.randint(810, 989), r.randint(0, 9999), r.randint(0, 9999)),
                                  "%d%08d" % (r.randint(810, 989), r.randint(0, 99999999)),
                                  "%d %d %04d" % (r.randint(910, 989), r.randint(100, 999), r.randint(0, 9999))]), safe=True)
plain("zoomurl", lambda r: "https://%szoom.us/j/%d%08d" % (r.choice(["", "northshore.", "bayview."]), r.randint(810, 989),
                                                          r.randint(0, 99999999)) + r.choice(["", "?pwd=" + rid(r, 12)]), safe=True)
plain("intranet", lambda r: r.choice(["https://intranet.%s/policies/%s", "https://sharepoint.%s/sites/%s",
                                      "http://hub.%s/%s"]) % (r.choice(ORGS), r.choice(["ADM-114", "finance/fy27",
                                                                                         "registration-sop", "telehealth",
                                                                                         "it/downtime", "budget"])))
plain("boardurl", lambda r: "https://board.%s/packets/Q%d" % (r.choice(ORGS), r.randint(1, 4)))
plain("npi", lambda r: gen_npi(r), tags=("npi",), safe=True)
plain("cpt", lambda r: r.choice(CPTS), tags=("cpt", "zip-like"))
plain("cpt2", lambda r: r.choice(CPTS), tags=("cpt",))
plain("icd", lambda r: r.choice(ICDS), tags=("icd",))
plain("icd2", lambda r: r.choice(ICDS), tags=("icd",))
plain("site", lambda r: r.choice(SITES))
plain("city", lambda r: r.choice(CITIES))
plain("city2", lambda r: r.choice(CITIES))
plain("costctr", lambda r: "%05d" % r.randint(10000, 99999), tags=("zip-like", "money"), safe=True)
plain("last4", lambda r: "%04d" % r.randint(0, 9999), tags=("money",))
plain("count", lambda r: str(r.choice([r.randint(2, 12), r.randint(12, 60), r.randint(60, 250)])))
plain("count2", lambda r: str(r.randint(2, 90)))
plain("few", lambda r: str(r.randint(2, 6)))
plain("pct", lambda r: r.choice(["%d%%" % r.randint(1, 40), "%d.%d%%" % (r.randint(0, 30), r.randint(0, 9))]))
plain("money", lambda r: r.choice(["%d,%03d" % (r.randint(1, 99), r.randint(0, 999)), "%d.%02d" % (r.randint(10, 999), r.randint(0, 99)),
                                   "%d" % r.randint(50, 9999), "%d,%03d.00" % (r.randint(1, 40), r.randint(0, 999))]), tags=("money",))
plain("money2", lambda r: "%d.%02d" % (r.randint(10, 500), r.randint(0, 99)), tags=("money",))
plain("los", lambda r: "%d.%d" % (r.randint(2, 9), r.randint(0, 9)))
plain("payer", lambda r: r.choice(PAYERS))
plain("grp", lambda r: r.choice(["%06d" % r.randint(0, 999999), "GRP %d" % r.randint(10000, 99999), "%05d-%03d" % (r.randint(0, 99999), r.randint(0, 999))]), safe=True)
plain("policy", lambda r: "%s-%d" % (r.choice(["ADM", "HIM", "RC", "NUR", "IT", "PC", "HR"]), r.randint(1, 400)))
plain("flight", lambda r: "%s %d" % (r.choice(AIRLINES), r.randint(10, 2999)))
plain("flight2", lambda r: "%s %d" % (r.choice(AIRLINES), r.randint(10, 2999)))
plain("airport", lambda r: r.choice(AIRPORTS))
plain("airport2", lambda r: r.choice(AIRPORTS))
plain("hotel", lambda r: r.choice(HOTELS))
plain("conf", lambda r: r.choice(CONFS))
plain("proc", lambda r: r.choice(PROCS))
plain("dx", lambda r: r.choice(DXS))


@slot("stat")
def _stat(c):
    r = c.r
    s = r.choice(["HCAHPS top-box %d%%, n=%d" % (r.randint(55, 90), r.randint(80, 900)),
                  "falls per 1,000 patient days: %d.%d" % (r.randint(1, 4), r.randint(0, 9)),
                  "CLABSI-free for %d days on %s" % (r.randint(30, 400), r.choice(UNITS)),
                  "%d discharges before noon out of %d" % (r.randint(10, 80), r.randint(90, 300)),
                  "sepsis bundle compliance %d%%" % r.randint(60, 98),
                  "%d pts over 90 admitted in %s" % (r.randint(3, 40), r.choice(MONTH[1:])),
                  "denial rate %d.%d%% vs %d%% target" % (r.randint(3, 15), r.randint(0, 9), r.randint(3, 8)),
                  "median age %d, %d%% Medicare" % (r.randint(40, 79), r.randint(20, 70))])
    if "over 90" in s:
        c.tags.add("age-aggregate")
    return [s]


# --------------------------------------------------------------------------------------
# frames.  "tags|template"; {slot} placeholders.  Clean frames must use no PHI slot,
# PHI frames must use at least one (checked below).
# --------------------------------------------------------------------------------------
CLEAN_REQ = [
    # calendar
    "calendar|can you move my 1:1 with {exec} to {when}?",
    "calendar|Pls find 30 min for me, {coll} and {coll2} sometime {day}. {room} if it's free, otherwise Zoom.",
    "calendar|book {room} for the ops huddle {when}, 45 min, weekly",
    "calendar|reschedule the {fy} budget review w/ {exec}, they're out {mtg}",
    "calendar|what's on my cal {day}",
    "calendar|decline the {time} from {vendorp} ({vendor}) and send regrets, say I'm at the {site} site",
    "calendar|push my {time}",
    "calendar|cancel standup {day} pls",
    "calendar|Hold {time}-{time2} {day} for focus time. No meetings, not even with {execf}.",
    "calendar,word-names|Will you block {mtg} for the leadership offsite? {count} people at the {site} campus, {facaddr}.",
    "calendar,word-names|May board meeting moved to {mtg} at {time}. Update the invite and tell {board}'s assistant.",
    "calendar|Find 60 min next week for {exec}, {exec2} and me, in person, {room}.",
    "calendar|accept {execf}'s invite for {when} but mark it tentative",
    "calendar|is {collf} free at {time}? need 15 min re: the {vendor} renewal",
    "calendar|set up a recurring 1:1 w/ {coll}, every other {dayname} at {time}, starting {mtg}",
    "calendar|Add the Joint Commission survey window {mtg}–{mtg2} to the exec calendar as busy",
    "calendar|move the {dept} all-hands to {room}, expecting ~{count}",
    "calendar|double-booked at {time}. keep {exec}, move {vendorp}",
    "calendar,structured|Meeting: {fy} capital review\nDate: {mtg}\nTime: {time}\nRoom: {room}\nAttendees: {exec}, {coll}, {coll2}\nZoom: {zoomurl}",
    "calendar|*Reminder*: badge photos {day} {time} in {room}. Bring your ID.",
    "calendar|what's {time} ET in {city2} time? call with {vendor} then",
    "calendar,reminder|set a reminder {day} {time} to sign the {vendor} SOW",
    "calendar,reminder|remind me to call {execf} back after the {time}, {ext}",
    "calendar|ops review moved to {when}, same Zoom (meeting ID {zoom})",
    "calendar|pls send {exec} the dial-in, meeting ID {zoom}, passcode is in the invite",
    "calendar|Grand rounds {mtg} at {time} in {room}: {drfull} on sepsis bundles. add to my cal?",
    "calendar|block 45 min of travel before the {site} site visit {mtg}",
    "calendar|clear my afternoon {day}, {exec} called an emergency finance meeting",
    "calendar|Can you get the {dept} directors together before {mtg}? 30 min, virtual is fine.",
    "calendar|what's my first free slot after {time} {day}",
    "calendar|the {site} practice managers meeting is {mtg} {time}, add {coll} as optional",
    "calendar|CAN YOU MOVE THE {time} TO {time2}, RUNNING LATE",
    # travel
    "travel,flight|Book me on {flight} to {city} {mtg}, aisle, back {mtg2} evening",
    "travel,money,hotel|Need a hotel for {conf}, walking distance to the convention center, {mtg} to {mtg2}. Corporate card ending {last4}.",
    "travel,flight|flight options to {city} for {conf}? leaving after {time} {day}",
    "travel|Rental car at {airport} {mtg}, compact is fine, bill the corporate account",
    "travel|cancel my {city} trip, {exec} is sending {coll} instead",
    "travel,flight|can you get {execf} and me on the same flight back from {conf}? {airport2} to {airport}",
    "travel,structured,flight,hotel|Itinerary for {execf}:\n- {mtg} {flight} {airport}→{airport2} dep {time}\n- Hotel: {hotel}\n- {mtg2} return {flight2} dep {time2}",
    "travel,flight|is there wifi on {flight}? I have the {vendor} call at {time}",
    "reminder|TSA PreCheck renewal reminder for {mtg}, nothing else needed",
    "travel,hotel|move my {city} hotel to the {hotel}, same dates",
    # e-mail drafts
    "email,money,po,invoice|Draft an email to {exec} re: invoice {inv} from {vendor}. It's ${money}, over PO {po} by about {pct}.",
    "email|draft a thank-you to {donor} for the gift to the {site} cancer center, cc {exec}",
    "email|Reply-all to {exec}: thanks, we'll review at the {fy} planning retreat on {mtg}.",
    "email|write a short note to {vendorp} at {vendor} declining the demo. We're locked in through {year}.",
    "email|Draft: \"Hi {execf}, attaching the {fy} variance report. Net margin {pct}, {count} open FTEs. Happy to walk through it {day}.\"",
    "email|forward {exec}'s email about the {site} garage to facilities and cc {coll}",
    "email|tighten this before it goes to the board: \"{board}, thank you for chairing the finance committee. The {fy} audit closes {mtg}.\"",
    "email|draft a polite no to the {conf} speaking invite, cite the board retreat on {mtg}",
    "email|Send {board} the Q{q} packet from the board portal ({boardurl}), not as an attachment",
    "email,hipaa,baa|reply to {vendorp}: we need the signed BAA before go-live on {mtg}",
    "email,hipaa,baa|Chase {vendor} for the signed BAA, legal won't release PO {po} without it",
    "email|draft my out-of-office: out {mtg}–{mtg2}, urgent items to {coll} ({ext})",
    "email,ticket|reword so I sound less annoyed: 'Per my last email, ticket {ticket} is still open.'",
    "email|Can you send the {fy} strategic plan to the {dept} leadership list? Use the PDF, not the deck.",
    "email|answer {vendorp}'s email with: yes to {mtg}, no to the dinner",
    # documents
    "document,version|Policy {policy} v{ver} goes live {mtg} and supersedes v{ver2}. Update the intranet page: {intranet}",
    "document|put together a one-pager for {execf}: {stat}",
    "document,version|Epic went to {ver} last night, build {build}. any issues reported to the help desk?",
    "document,print|print {count} copies of the {fy} board deck for {room}, color, stapled",
    "document,contract|Summarize the {vendor} contract: term, auto-renewal, termination notice. It's {count} pages.",
    "document|update the org chart: {coll} is now Director of {dept}, effective {mtg}",
    "document|pull last month's HCAHPS for {site}, {exec} wants it for the {time}",
    "document,ssn-topic|Compliance wants SSN off the intake packet by {mtg}. Draft a memo from {execf} to registration leads.",
    "document,mrn-topic|IT is moving to 10-digit MRNs on {mtg}. Update the registration SOP (v{ver}) and send it to {coll}.",
    "document,mrn-topic|do we still print the MRN on wristbands at {site}? {exec} asked",
    "document,hipaa|HIPAA refresher is due {mtg} for all directors, send a reminder to the {dept} leads",
    "document,cpt|CPT {cpt} volume is up {pct} this qtr — pull the trend for {exec}",
    "document,icd|coding wants a call on {icd} vs {icd2} for the sepsis audit, loop in {coll}",
    "document,npi,credentialing|NPI for {drfull} is {npi}. Add it to the credentialing packet, license copy to follow.",
    "document|make the font bigger on slide 4, {execf} couldn't read it",
    "document,version|what changed between v{ver} and v{ver2} of the telehealth consent form?",
    "document|rename the shared folder to '{fy} Capital – FINAL' and lock edits",
    "document,ssn-topic|Legal asked why registration still asks for the last 4 of the SSN. Can you find the {year} policy?",
    "document,cpt,icd|Denials summary for {exec}: CPT {cpt} and {cpt2} top the list, mostly {icd} mismatches",
    "document|Can you turn my notes from the {dept} retreat into 5 bullets for {execf}?",
    "document,mrn-topic|how many duplicate MRNs did HIM merge in {month}? {exec} wants the number, not the list",
    # money
    "money|expense report: {vendor} dinner ${money}, Uber ${money2}, card ending {last4}, exp {exp}",
    "money,zip-like|bill the {dept} cost center {costctr} for the offsite catering",
    "money,word-names|Price went up {pct} at {vendor}. Push back and ask for {fy} pricing.",
    "money,po|PO {po} for {count} boxes of {drug} {dose} vials, ok to approve?",
    "money|approve the ${money} quote from {vendor} if it's under the {fy} budget line",
    "money,po|{vendor} says they never got PO {po}. resend pls",
    "money|corp card got declined at the {hotel}, card ending {last4}. can you call AmEx?",
    "money,word-names|Bill from {vendor} is in my inbox, can you route it to AP",
    "money|cash flow report for {fy} due {mtg}, {execf} wants a first look",
    # tickets
    "ticket,version|ticket {ticket} is still open, can you nudge IT? it's blocking the {ver} upgrade",
    "ticket|open a ticket for the projector in {room}, third time this month",
    "ticket|Facilities ticket {ticket}: rm {bed} needs a bariatric bed by {time}",
    "ticket,version|App crashed again on v{ver}. Log it under {ticket} and tell {vendor}.",
    "ticket|rm {bed} call light broken again — {ticket}",
    "ticket|is there a ticket for the badge reader at the {site} garage? {coll} can't get in",
    # stats and aggregates
    "age-aggregate|{agg_age} on {unit} this week, flag for fall-risk staffing",
    "age-aggregate|pts over 90 were {pct} of readmits last quarter. add it to the quality slide for {exec}",
    "age-aggregate|90-day readmission rate at {site}: {pct}. {exec} wants it by {day}",
    "age-aggregate|Census this AM: {count} pts, {agg_age}. Send to {exec} before the {time} huddle.",
    "stats|ED door-to-doc at {site} was {count} min in {month}, down from {count2}",
    "stats,complaint|{count} complaints logged in {month}, {pct} about parking. put it in the board report",
    "age-aggregate|survey sample is ages 18-89 only per {coll}; exclude 90+",
    "stats|average age on the geri psych unit is {age_ok}? double check before it goes to the board",
    "stats|LOS for the {dx} cohort dropped to {los} days. Send {exec} a note.",
    "stats|{stat} — can you drop that into the {mtg} board deck?",
    # facility
    "facility-address|The new clinic at {facaddr} opens {mtg}. Draft a press note for {execf}.",
    "facility-address|Our {site} site at {facaddr} failed the fire inspection; re-inspection {mtg}",
    "facility-address|visitors for the {time} should park in Garage B at {facaddr}",
    "facility-address|send the signed lease for {facaddr} to {coll}",
    "facility-address|Courier pickup at {facaddr}, loading dock, {time}",
    "facility-address|Update the letterhead for the {site} office: {facaddr}",
    # patients mentioned without identifiers
    "vip|VIP admission coming next week. reserve the suite on 9 and loop in {coll} from patient relations. No names in this channel pls.",
    "complaint,ticket|a patient complained about valet wait times at {site}; forward to {coll}, ticket {ticket}",
    "complaint,escalation|Patient relations has {count} open grievances past 30 days. {exec} wants a plan by {day}.",
    "escalation|family upset in the {site} ED lobby about wait times, security is on the way. let {exec} know, no details here",
    "vip|a board member's relative is coming in {day}. ask {coll} to call me, no names on Slack",
    "complaint|someone posted about our {site} ED on Facebook. PR is drafting a reply, keep {exec} in the loop",
    "complaint|the 78-year-old in the viral ED video — PR wants a holding statement, no names or details",
    # rooms, beds, doses
    "pharmacy|pharmacy wants to standardize {drug} {dose} across all sites, put it on the P&T agenda for {mtg}",
    "pharmacy|can we get a second {drug} {dose} pocket in the Pyxis on {unit}? {coll} asked",
    "beds|rooms {bed} and {bed2} are blocked for construction through {mtg}",
    "beds|{unit} is at {count2} of 90 beds, {exec} wants a capacity call at {time}",
    # names that are words, executives' names
    "exec-name,word-names|{exec} wants the deck by {time}. Will you prioritize that over the memo?",
    "word-names|Hope the flight was ok! deck's in the shared drive, {execf} left comments",
    "word-names|mark the {vendor} thread resolved",
    "word-names|Grace period on the {vendor} renewal ends {mtg}, flag for {execf}",
    "word-names|Frank feedback from {exec}: too long, cut it to one page",
    "word-names|Young adult clinic expansion — need the space plan from {coll} by {day}",
    "word-names|summer hours start {mtg}, send the all-staff note from {execf}",
    "word-names|Dawn shift on {unit} is short {few} RNs; staffing wants {exec} to approve agency",
    "word-names|the numbers rose {pct} in {month}, Penny in finance will send the breakdown",
    "word-names|Drew's deck needs the {fy} numbers before the {time}",
    "word-names|Hunter from {vendor} wants a demo slot {mtg}",
    "word-names|sterling work on the {site} go-live, draft a shout-out from {execf}",
    "word-names,baa|chase the signatures on the {vendor} MSA",
    "word-names|can you pat {collf} on the back for the survey results? something short from me",
    "word-names|page me if {exec} calls, I'm in {room}",
    "word-names|April and June both want the corner office. Please don't put that in writing 😅",
    "word-names|Rich, {execf} wants to know if {room} is booked for {mtg}",
    "word-names|will do the long version of the deck for the board, short one for {exec}",
    "word-names|mark {mtg} as OOO. {execf} may call but I'll be offline",
    "word-names|Ivy from marketing needs the {site} photos by {day}",
    "word-names|the King conference room is double booked at {time}, can you sort it with {coll}",
    "word-names|joy of joys, {vendor} moved the go-live again. tell {execf} gently",
    # slack markup
    "slack|{mention} can you take the {time} w/ {vendor}? I'm double-booked",
    "slack|ping {mention} about the {fy} capital ask, cc {chan}",
    "slack,ticket|{mention} pls add `{ticket}` to the agenda for {mtg}",
    "slack|posting in {chan}: *{fy} budget* templates due {mtg}, link: {intranet}",
    "slack|<{intranet}|downtime procedures> — can you pin this in {chan}?",
    # bullets, key: value blocks
    "structured,calendar|for tomorrow:\n• confirm {room} for the {time}\n• send {exec} the {vendor} quote (inv {inv})\n• renew my parking pass\n• follow up on {ticket}",
    "structured|To-do:\n1. sign {vendor} SOW\n2. call {collf} back ({ext})\n3. book {city} flights for {mtg}\n4. read the v{ver} release notes",
    "structured,money,po,invoice|Vendor: {vendor}\nPO: {po}\nInvoice: {inv}\nAmount: ${money}\nCost center: {costctr}\nApprover: {exec}",
    "structured,calendar|Agenda for {mtg}:\n- {fy} budget ({execf})\n- {site} construction update ({collf})\n- CPT {cpt} denials\n- open floor",
    "structured|Board packet checklist\n- minutes from {mtg}\n- {fy} financials\n- quality dashboard: {stat}\n- CEO report from {execf}",
    "email|draft to {exec}:\n\nHi {execf},\nQuick update on the {site} project: we're {pct} over budget, mostly {vendor}. Can we talk {day}?\n\nThanks",
    "calendar,structured|next week:\nMon - {fy} forecast w/ {exec}\nTue - {site} rounds, {time}\nWed - board prep\nThu - OFF",
    "travel,structured,flight,hotel|{conf} logistics\nFlight: {flight} {airport}-{airport2}\nHotel: {hotel} ({mtg}–{mtg2})\nRegistration: done, badge pickup {time}",
    "document,po|notes from today's ops call:\n- {unit} census {count2}\n- {vendor} delivery late again (PO {po})\n- {coll} out {day}",
    "reminder,ticket|reminders for {execf}:\n• {time} call with {vendorp}\n• sign the {vendor} renewal\n• approve {ticket}",
    "calendar,slack-markup|pls send this to the {dept} directors:\n*{fy} budget kickoff*\n{when}, {room}\nBring your staffing plan.",
    "stats,age-aggregate|Quality huddle numbers\n{stat}\n{agg_age}\nfalls: {few} (none with injury)\nsend to {exec}",
    "word-names,calendar|Mark, Bill and Joy from {vendor} are coming {mtg}.\nbook {room} for {time}\nand order lunch for {few}",
    # short
    "short|fwd to {collf}",
    "short|ask {coll} pls",
    "short|need the {vendor} deck",
    "short|decline {execf}'s invite",
]

CLEAN_REPLY = [
    "reply,calendar|Done, moved to {when}. {exec} accepted.",
    "reply,calendar|Booked {room} for {when}. Zoom: {zoomurl}",
    "reply,calendar|You have 3 things {day}: {time} {vendor} call, {time2} 1:1 w/ {collf}, {time3} {dept} huddle. Which one should I move?",
    "reply,reminder|:white_check_mark: reminder set for {day} at {time}",
    "reply,po|I couldn't find PO {po} in the shared drive. Want me to ask {coll}?",
    "reply,flight,travel|Options {mtg}: {flight} dep {time} or {flight2} dep {time2}. Both have aisle seats.",
    "reply,email|Sent to {exec}, cc {coll}.",
    "reply,calendar|{collf} is out until {mtg}; {coll2} is covering.",
    "reply,email|Drafted, it's in your Drafts folder as \"{fy} variance\".",
    "reply,calendar|Heads up: {execf}'s EA says the {time} conflicts with the board call. {time2} instead?",
    "reply,ticket,version|Ticket {ticket} updated. IT says the fix ships with {ver}.",
    "reply,contract,money|Summary: {count}-month term, auto-renews, 90-day termination notice, ${money}/yr.",
    "reply,short|ok, on it",
    "reply,short|👍 done, thanks",
    "reply,short|got it, will do",
    "reply,short|sure, give me 10 min",
    "reply,hotel,travel,money|Hotel booked: {hotel}, {mtg}–{mtg2}, card ending {last4}. Confirmation is in your inbox.",
    "reply,calendar|your calendar is clear after {time} {day}",
    "reply,calendar|Hmm, {room} is taken at {time}. {room2} is free, want it?",
    "reply,invoice,money|Reminder: {vendor} invoice {inv} is due {mtg}.",
    "reply,calendar|Added {exec} and {coll2}. {coll} declined (PTO).",
    "reply,calendar|Done. I also moved the {vendor} call to {when} so you have a buffer.",
    "reply,calendar|I don't have access to {exec}'s calendar. Can you ask {coll} to share it?",
    "reply,ticket,email|Here's a tighter version:\n\"Thanks for your patience on {ticket}. We expect a fix by {mtg}.\"",
    "reply,calendar|{count2} people accepted, 4 tentative. {room} holds 20.",
    "reply,print|Printing now, {count} copies to {room}.",
    "reply,flight,travel|Flight changed to {flight}, seat 12C. New confirmation sent to your inbox.",
    "reply,facility-address|Sure. Which {site} address should go on the invite, the main entrance or {facaddr}?",
    "reply,vip,escalation|Noted, I'll keep names out of this channel.",
    "reply,baa,hipaa|The BAA came back signed from {vendor}, filed with PO {po}.",
]

PHI_REQ = [
    # complaints
    "complaint,billing|Pt {pt} called the CEO line again about {pp} bill. DOB {dob}, acct {acct}. Draft a response for {execf} to sign?",
    "complaint,family|{rel}, {ptf}'s {relation}, called. says the ED lost {pp} hearing aids on {dt}. call back {phone}",
    "complaint,escalation,structured|Patient relations escalation\nName: {pt}\nDOB: {dob}\nMRN: {mrn}\nPhone: {phone}\nIssue: waited 4+ hrs in the {site} ED on {dt}",
    "complaint,escalation|{pthon} is threatening to go to the Globe. wants a call from {exec} today, cell {phone}",
    "complaint,vehicle|draft a reply to {email}. it's {ptfull} complaining about valet damage, plate {plate}",
    "complaint|can you find the letter from {pt} about {pp} {dt} discharge? {exec} wants to respond personally",
    "complaint|{ptfull} left 3 voicemails on my line. {sp} was seen {dt} at {site} and says nobody called with results. number is {phone}",
    "complaint|log a grievance: {pt}, MRN {mrn}, billing dispute for DOS {dt}. owner {coll}, response due {mtg}",
    "complaint,family|{relhon}, {pt}'s {relation}, emailed {exec} directly ({relemail}). can you draft a holding reply?",
    "complaint|web complaint from {email}: {ptfull} says {sp} has been waiting since {dt} for a callback about an MRI",
    "complaint,escalation,age|URGENT: family says {pt} ({age90}) fell in the {site} lobby on {dt}. Risk needs a timeline by {time}.",
    "complaint,family|the {ptpl} are upset again. the {relation}, {relf}, says {ptf} went home {dt} without meds. {exec} wants options",
    "complaint,billing|{pt} says {sp} was charged twice on card {cc}. PFS needs the HAR, it's {acct}",
    "complaint,structured|add to the complaint tracker: {ptinv} / DOB {dob} / {phone} / rude front desk at {site} on {dt}",
    "complaint|{pt} wrote to the board chair. prep a response for {exec} and pull the encounter from {dt}",
    "complaint|can you call {pthon} back at {phone}? {sp} is upset about the parking bill from {pp} visit on {dt}",
    "complaint|pt complaint: {pt}, dob {dob}, says Dr {drlast} was rude. mrn {mrn}. loop in {coll}",
    "complaint,billing|Patient {pt} is disputing a ${money} balance from {dt} and wants it waived. Account {acct}.",
    "complaint,escalation|{mention} escalation from {exec}'s office: {pt} ({phone}) says {sp} was discharged {dt} with the wrong meds",
    # VIP
    "vip|VIP heads up: {pt} admitted to 9 North {dt}, rm {bed}. keep it off the main channel, tell {exec} only",
    "vip,employee-health|{xtitle} {xpt} is having surgery {dt} at {site}. private room, nobody outside the care team. clear {xptf}'s calendar for 2 weeks",
    "vip|heads up, {pt} (yes, that one) is in ED bay {bay}. press may call, route everything to {coll}",
    "vip|our donor {pt} is being admitted for {proc} on {dt}. {exec} wants to stop by, find a slot after {time}",
    "vip,vehicle|{pt}'s driver will pull up at the {site} entrance for the {dt} appt, plate {plate}. security should wave them through",
    "vip,age|{pt} is {age90} and the family wants a private room when {sp} comes in on {dt}. can you ask {coll}?",
    "vip,flowers|send flowers to {pt}, rm {bed} at {site}, from {exec}. {sp} was admitted {dt}",
    "vip,family|{pt}, whose {relation} {rel} sits on our board, was admitted {dt}. {exec} wants daily updates, DM only",
    "vip|pt {pt} is a VIP (former state senator). prefers email for the post-op f/u on {dt}: {email}",
    "vip,slack-markup|*VIP*: {pt} arriving {dt} for {proc}. Room {bed}, {drx} operating. Do NOT post in {chan}.",
    "vip,employee-health|{xpt} ({xtitle}) is in our ED right now with chest pain. {exec2} knows. cancel {xpp} {time} and say nothing else",
    "vip|the {ptpl} (the big donors) want {drx} personally for {ptf}'s surgery on {dt}. can you ask {exec} to call?",
    # family
    "family|{ptf}'s {relation} {relf} wants an update, number is {phone}. set up a call with {drx}?",
    "family|POA for {pt} is {rel}, {phone}. put that in the note for {coll}",
    "family|{rel} ({relation}) called about {pt}, wants to know if the {dt} appt is still on. call {rop} back at {phone}",
    "family,calendar|family meeting for {pt}: {relation} {rel} ({phone}) and {relation2} {rel2} ({phone2}). book {room} with {drx}",
    "family,address|{rel} (guardian for {pt}) needs the consent forms mailed to {addr}",
    "family|draft a condolence note to {rel} from {exec}. {pt} passed {dt} on {unit}",
    "family|visitor log: {vis} visiting {pt} in rm {bed}, security flagged it. tell {coll}",
    "family|{relfull} is the health care proxy for {ptf}. cell {phone}, email {relemail}",
    "family,address|the {relation}, {relf}, lives in {town} and wants the discharge papers from {ptf}'s {dt} stay sent to {mailrel}",
    "family,age|{pthon} is {age90}. {pp} {relation} {rel} is the contact: {telp}",
    "family|{vis} keeps showing up to see {pt} on {unit}; the family ({rel}) asked us to restrict visitors. loop in security",
    # referrals
    "referral|Referral from {drx} for {pt}, DOB {dob}, {payer} member ID {hpid}. Fax records back to {fax}.",
    "referral,structured,npi|New referral:\n• Patient: {ptinv}\n• DOB: {dob}\n• Ins: {payer} / {hpid} (group {grp})\n• Ref MD: {drfull}, NPI {npi}\n• Fax: {fax}",
    "referral|{drfull}'s office faxed a referral for {pt}. can't read the DOB, looks like {dob}? their fax is {fax}",
    "referral|pls schedule {pt} with {dept} for {dt}, ref by {drx}, {payer} {hpid}",
    "referral|Medicare pt {pt}, MBI {mbi}, needs the cardiology referral before {dt}",
    "referral|MassHealth ID {mcaid} for {ptfull}, appt {dt} with {drx}",
    "referral,age|ask {coll} to expedite the {dept} referral for {pt}: {age90}, DOB {dob}, lives in {town}",
    "referral|subscriber ID {hpid}, {payer}, for {pthon}. group {grp}. auth for {proc} on {dt}",
    "referral|can you check {payer} eligibility for {pt} before {pp} {dt} visit? member {hpid}, DOB {dob}",
    # records
    "records|records request for {pt} (MRN {mrn}), send to {addr}",
    "records,ticket|attorney wants records for {ptfull}, DOB {dob}, dates of service {dt} to {dt2}. logged as {ticket}",
    "records|HIM says {ptf}'s chart # is {mrn}, not the one on the request. can you fix the cover letter?",
    "records,slack-markup|{pt} wants {pp} records emailed to {mailp}. {sp} was seen {dt}.",
    "records,structured|Release of info\npatient: {pt}\nMR#: {mrn}\nDOB {dob}\nsend to: {addr}\nphone: {phone}",
    "records|subpoena for {pt}'s records from the {dt} admission. legal has it, fyi for {exec}",
    "records|Can you pull the {dt} op note for {pt} (med rec # {mrn})? {drx} needs it for peer review",
    # billing
    "billing|guarantor {rel} wants to pay {ptf}'s balance by card: {cc}, exp {exp}. pass it to PFS?",
    "billing,refund|refund ${money} to acct {acct} for {pt}",
    "billing|PFS needs {pt}'s SSN to rebill {payer}: {ssn}",
    "billing|SSN on file for {ptfull} is {ssn} but {payer} has {ssn2}. which one is right?",
    "billing|{pt} asked for a payment plan. HAR {acct}, balance ${money}. {exec} ok'd waiving the ${money2}",
    "billing,refund|direct deposit refund for {pt}, bank acct {bank}",
    "billing,money,travel,corpcard|corporate card for the {conf} trip: {cc} exp {exp}. book the hotel with it",
    "billing,money,corpcard|my amex is {cc}, exp {exp}. CVV by phone",
    "billing|guarantor account {acct} ({rel}) has {count2} open visits for {ptf}. can PFS consolidate?",
    "billing,structured,refund|Refund request\nPatient: {pt}\nAcct #: {acct}\nDOS: {dt}\nAmount: ${money}\nMail check to: {addr}",
    "billing,ssn|need {pt}'s social for the disability paperwork, {sp} gave {ssn}",
    # employee health
    "employee-health|{emp} from {dept} had a needlestick {dt}. make sure employee health follows up, don't cc {exec}",
    "employee-health|{empf} is out on medical leave from {dt} after surgery. block {epp} calendar and send the {vendor} meetings to {coll}",
    "employee-health|employee health: {emp}, positive TB screen {dt}. keep this confidential",
    "employee-health|{emp} was seen in our ED {dt} after the fall in the garage. HR needs the incident report",
    "employee-health|{xpt} asked me to move everything, {xptf} has a procedure on {dt}. tell people 'personal day', nothing else",
    "employee-health|{emp} (pharmacy) tested positive for COVID, last shift on {unit} {dt}. occupational health wants the exposure list",
    # credentialing
    "credentialing,npi,dea|credentialing for {drx}: MA license {lic}, DEA {dea}, NPI {npi}. license lapses {lapse}",
    "credentialing,dea|DEA # for {drfull} is {dea}, add to the packet",
    "credentialing|new NP {coll}: license {lic}, lapses {lapse}. DEA pending",
    "credentialing|locum {drfull} needs a badge, driver's license {dl}",
    "credentialing,structured,npi,dea|Provider: {drfull}\nState license: {lic}\nDEA: {dea}\nNPI: {npi}\nBoard cert: ABIM",
    # business contacts
    "business-contact|send the {vendor} contract to {vendorp} at {bemail}, cc me",
    "business-contact,po|call {vendorp} at {bphone} about PO {po}",
    "business-contact|my cell is {xphone}, give it to the {vendor} rep for tomorrow",
    "business-contact|add {vendorp} ({vendor}) to my contacts: {bphone}, {bemail}",
    "business-contact,slack-markup|{exec}'s EA is {coll}, {mailc}, {telc}",
    "business-contact|dial-in for the {vendor} call is {bphone}, PIN is in the invite",
    "business-contact,hipaa,baa|fax the signed BAA to {vendor} at {bfax}",
    "business-contact,structured,facility-address|Contact: {vendorp}\nCompany: {vendor}\nOffice: {bphone}\nEmail: {bemail}\nAddress: {facaddr}",
    "business-contact|can you email {cemail} the {fy} deck? {collf} lost the link",
    "business-contact|{board} wants board materials at {boardemail} instead of the portal",
    "business-contact|text {collf} at {cphone}, they're at the {site} site all day",
    "business-contact,money|ping {vendorp} ({mailb}) about the invoice {inv} dispute",
    # security
    "security,ticket|login to {pt}'s chart from {ip} flagged. privacy wants a review, ticket {ticket}",
    "security,ticket|VPN is blocking {ip}, can IT whitelist it for {execf}? {ticket}",
    "security|the registration kiosk at {site} is {ip} and it keeps dropping",
    "security|IT says the suspicious logins came from {ip} and {ip2}. {exec} wants a summary by {time}",
    "security|printer on {unit} is at {ip}, can you send the {fy} report there",
    # devices
    "device|{pt}'s pacemaker (SN {dev}) is on the recall list. call {op} at {phone}",
    "device,address|CGM serial {dev} for {ptfull} came back from {vendor}, reship to {addr}",
    "device|hearing aids for {pthon} (serial {dev}) went missing on {unit} on {dt}. risk wants the claim filed",
    "device|pump UDI {udi} registered to {pt}? the manufacturer is asking",
    # vehicles
    "vehicle|{pt} says valet scratched {pp} car on {dt}. plate {plate}, VIN {vin}",
    "vehicle|security towed a car from the ED lot, plate {plate}. owner {rel} was visiting {pt}",
    # URLs
    "url|send {relf} the link to {ptf}'s update page: {cburl}",
    "url|televisit link for {pt} on {dt}: {url} — can you resend?",
    "url|the join link for {ptf}'s visit isn't working: {url}",
    # ages
    "age|{pthon} ({age90}) fell on {dt} in the lobby. risk wants a statement from {exec}",
    "age,address,transport|pt is {age90} yo, {ptfull}, lives in {town}, needs transport on {dt}",
    "age|{pt} turns {age90} next week, {unit} wants to do a card. ok with privacy?",
    # addresses
    "address,flowers|send flowers to {ptfull} at {addr} from {exec}. card: 'get well soon'",
    "address,transport|{pt} lives at {street} off Rte {rte} in {town}, needs a ride for the {dt} appt",
    "address|mail {ptf}'s statement to {pobox}",
    "address|{ptf}'s zip is {zip}, is that in the {site} service area?",
    "address|{pt} moved to {town}, update the address before the {dt} visit",
    "address|new address for {pt}: {addr}. {sp} says the last bill went to the old one",
    # mixed with hard negatives
    "calendar|{exec} wants a call with {pt}'s family after the {time} board meeting. {relf}'s cell is {phone}",
    "structured|before the {mtg} QI meeting: {pt} MRN {mrn}, fall {dt}, rm {bed}, on {drug} {dose}. de-identify before it goes to committee",
    "ticket|{ticket}: {ptfull} (DOB {dob}) can't log into the portal, email on file {email}",
    "calendar|book {room} {when} for the peer review on {pt}, case from {dt}. {drx} and {coll}",
    "slack|{mention} can you call {pt} back? {sp} is at {phone}",
    "slack,mrn|{mention} `{mrn}` is the right MRN for {ptf}, the other one was a dup",
    "calendar,cpt|{drx} wants {pt} added to {dt} clinic, CPT {cpt}, overbook ok per {exec}",
    "billing,ssn|fix the SSN on {ptfull}'s account: registration typed {ssn}, card says {ssn2}",
    "billing|HAR {acct} and guarantor acct {acct2} both show {ptfull}. merge or leave?",
    "records,structured,ssn|pasted from the fax:\nPatient Name: {ptinv}\nDOB: {dob}\nSSN: {ssn}\nAddress: {addr}",
    "family,ssn|{ptf}'s {relation} read me the SSN over the phone: {ssn}. where should it go?",
    "ssn-topic,records|{pt} verified with the last 4 of {pp} SSN ({last4}) and DOB {dob}. ok to release the {dt} results?",
    "referral|{pthon}'s {payer} coverage ends {lapse}, member ID {hpid}. can we get {proc} scheduled before then?",
    "url,family|{relf} set up {cburl} for {ptf}. ok to share with {coll} and the unit?",
    "vehicle,family|parking says {rel}'s car (VIN {vin}) has been in the ED garage since {ptf} was admitted {dt}",
    "device|{ptfull}'s insulin pump serial is {dev}; {vendor} needs it for the replacement",
    "billing,money,refund|PFS charged {cc} for {pt} instead of the card ending {last4}. refund and recharge?",
    "complaint,structured,family|Complaint intake\nCaller: {rel} ({relation})\nPatient: {pt}\nDOS: {dt}\nCallback: {phone}\nSummary: billing error, wants {exec} to call",
    "vip,structured,family|VIP arrival {dt}\n- patient: {pt}\n- unit: {unit}, rm {bed}\n- attending: {drx}\n- contact: {relation} {rel}, {phone}",
    "email,family,complaint|draft a reply to {relf}:\n\nDear {relhon},\nI'm so sorry about {ptf}'s experience on {dt}. I've asked {coll} to call you at {phone}.\n\n{execf}",
    "records,structured|ROI request\nName: {ptinv}\nDOB: {dob}\nMRN: {mrn}\nRecords: {dt} to {dt2}\nDeliver to: {email}",
    "employee-health|confidential, for {exec} only:\n{emp} will be out from {dt} for surgery.\nplease don't share outside HR.\nbackup: {coll}",
    "referral|referral fax came in garbled:\npt {pt}\ndob {dob}\nins {payer} {hpid}\ncallback {fax}",
    "evasion,ssn|splitting it up so the filter doesn't eat it: {ssnx}",
    "evasion,family|{ptf}'s cell, spaced out: {phonex}",
    "evasion|pt email is {emailx} (didn't want to paste a link)",
    "evasion|mrn {mrnx} for {pthon}",
    "evasion,billing|card on file for {pt}: {ccx}",
    # short
    "short|call {pt} back",
    "short|{ptfull}, DOB {dob}",
    "short|fax it to {fax}",
    "short|MRN {mrn} pls",
]

PHI_REPLY = [
    "reply,complaint,email|Drafted. I left {ptf}'s DOB ({dob}) out of the subject line. Send from your account?",
    "reply,family|Called {phone} and left a VM for {relf}.",
    "reply,complaint|Found {pt} in the complaint log: opened {dt}, owner {coll}.",
    "reply,records|MRN {mrn} isn't in my access. Want me to ask HIM?",
    "reply,flowers,address|Done. Flowers going to {addr}, arriving {day}.",
    "reply,url,records|Sent the portal link to {email}.",
    "reply,complaint,ticket|Logged as {ticket}: {pt}, DOS {dt}.",
    "reply,transport,address|Transport booked for {ptf}, {dt} pickup at {time} from {town}.",
    "reply,family,reminder|Reminder set: call {rel} back at {phone} {day} at {time}.",
    "reply,employee-health|I've blocked {xptf}'s calendar for the procedure on {dt}, marked private.",
    "reply,family|{ptf}'s {relation} {relf} called back, wants a call after {time}: {phone}",
    "reply,refund,billing|PFS confirmed the refund to acct {acct} posted.",
    "reply,address|Updated: {pt}, {addr}.",
    "reply,referral|Sure. Fax number on the referral is {fax}, want me to send the cover sheet?",
    "reply,dea,credentialing|Credentialing has {drfull}'s DEA as {dea}, not the one you sent.",
    "reply,referral|The member ID on file for {pthon} is {hpid}, group {grp}.",
    "reply,complaint,email|Here's the draft:\n\"Dear {relhon}, thank you for letting us know about {ptf}'s experience on {dt}. {exec} will call you this week.\"",
    "reply,business-contact|{vendorp}'s direct line is {bphone}.",
    "reply,security|Got it. IT flagged {ip} again this morning, ticket {ticket}.",
    "reply,referral,calendar|{pt} is confirmed for {dt} with {drx}.",
    "reply,age|Yes, {pthon} is {age90}; the DOB on file is {dob}.",
    "reply,corpcard,billing|I'll use the card ({cc}) for the hotel only.",
    "reply,records|HIM found it under chart # {mrn} ({ptinv}).",
]


# --------------------------------------------------------------------------------------
# engine
# --------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")


def parse(frame):
    tags, tpl = frame.split("|", 1)
    return [t for t in tags.split(",") if t], tpl


def frame_is_phi(tpl):
    return any(SLOTS[n][0] for n in SLOT_RE.findall(tpl))


def check_frames():
    seen = set()
    for group, want_phi in ((CLEAN_REQ, False), (CLEAN_REPLY, False), (PHI_REQ, True), (PHI_REPLY, True)):
        for fr in group:
            tags, tpl = parse(fr)
            assert tpl not in seen, "duplicate frame: " + tpl
            seen.add(tpl)
            for n in SLOT_RE.findall(tpl):
                assert n in SLOTS, "unknown slot %s in %r" % (n, tpl)
            assert frame_is_phi(tpl) == want_phi, "frame PHI flag wrong: " + tpl
    return len(seen)


def render(tpl, c, reply=False):
    c.no_obf = reply
    if "{age90}" in tpl and c.age is None:
        c.age = c.r.randint(90, 104)
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append(tpl[pos:m.start()])
        name = m.group(1)
        phi, cache, fn, tags = SLOTS[name]
        c.possessive = tpl[m.end():m.end() + 1] in ("'", "’")
        if cache and name in c.cache:
            out = list(c.cache[name])
        else:
            out = fn(c)
            if cache:
                c.cache[name] = list(out)
        c.tags.update(tags)
        segs.extend(out)
        pos = m.end()
    if pos < len(tpl):
        segs.append(tpl[pos:])
    return segs


# accidental identifiers in plain (unlabelled) text would be label errors: refuse them
ACCIDENTAL = [re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}"),
              re.compile(r"(?<!\d)\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)"),
              re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),
              re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")]


def check_plain(segs, tpl):
    for s in segs:
        if isinstance(s, Span) or isinstance(s, Safe):
            continue
        for rx in ACCIDENTAL:
            if rx.search(s):
                raise RuntimeError("unlabelled identifier %r in plain text of frame %r" % (s, tpl))


def map_text(segs, fn_plain, fn_span):
    out = []
    for s in segs:
        if isinstance(s, Span):
            out.append(Span(s.t, fn_span(s), s.biz))
        else:
            out.append(fn_plain(s))
    return out


def quote(segs):
    body = map_text(segs, lambda s: s.replace("\n", "\n> "), lambda s: s.v.replace("\n", "\n> "))
    return ["> "] + body


PROTECT = re.compile(r"<[@#][^>]*>|<mailto:|<tel:|https?://[^\s|>]+|:[a-z_]+:")


def outside_protected(s, fn):
    out, pos = [], 0
    for m in PROTECT.finditer(s):
        out.append(fn(s[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn(s[pos:]))
    return "".join(out)


def recase(segs, fn):
    return map_text(segs, lambda s: outside_protected(s, fn), lambda s: s.v if s.t == "URL" else fn(s.v))


TYPO_DICT = {"tomorrow": "tomorow", "schedule": "schedlue", "meeting": "meeitng", "received": "recieved",
             "calendar": "calender", "separate": "seperate", "appointment": "appointmnet", "please": "plese",
             "their": "thier", "because": "becuase", "address": "adress", "referral": "referal", "records": "recrods",
             "complaint": "complant", "family": "famly", "discharge": "dischrage", "invoice": "invocie",
             "available": "availble", "confirm": "confrim", "update": "udpate", "response": "reponse",
             "statement": "statment", "transport": "trasnport", "security": "secuirty", "number": "numbr",
             "thanks": "thansk", "message": "mesage", "personally": "personaly", "reschedule": "reschedual"}


def typo(segs, r):
    cands = []
    for i, s in enumerate(segs):
        if isinstance(s, Span):
            continue
        prot = [(m.start(), m.end()) for m in PROTECT.finditer(s)]
        for m in re.finditer(r"[A-Za-z]{4,}", s):
            if not any(a <= m.start() < b for a, b in prot):
                cands.append((i, m.start(), m.end()))
    if not cands:
        return segs, False
    segs = list(segs)
    for i, a, b in r.sample(cands, min(len(cands), r.choice([1, 1, 2]))):
        s = segs[i]
        w = s[a:b]
        if len(s) != len(segs[i]):
            continue
        low = w.lower()
        if low in TYPO_DICT:
            nw = TYPO_DICT[low]
            if w[0].isupper():
                nw = nw[0].upper() + nw[1:]
        else:
            k = r.randint(1, len(w) - 2)
            op = r.choice(["swap", "drop", "dup", "near"])
            if op == "swap":
                nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            elif op == "drop":
                nw = w[:k] + w[k + 1:]
            elif op == "dup":
                nw = w[:k] + w[k] + w[k:]
            else:
                near = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y",
                        "u": "y", "l": "k", "d": "f", "c": "v", "h": "g"}
                nw = w[:k] + near.get(w[k], w[k]) + w[k + 1:]
        if nw == w:
            continue
        segs[i] = s[:a] + nw + s[b:]
        # only one typo per segment to keep offsets of the sampled candidates valid
        cands = [x for x in cands if x[0] != i]
    return segs, True


def assemble(segs):
    """Join segments; return (text, spans) or None if the by-value search would misplace a span."""
    parts, spans, nbytes = [], [], 0
    for s in segs:
        if isinstance(s, Span):
            if not s.v or s.v != s.v.strip():
                return None
            spans.append((s.t, s.v, nbytes, s.biz))
            parts.append(s.v)
            nbytes += len(s.v.encode("utf-8"))
        else:
            parts.append(s)
            nbytes += len(s.encode("utf-8"))
    text = "".join(parts)
    b = text.encode("utf-8")
    pos = 0
    for t, v, st, _ in spans:
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i != st:
            return None
        pos = i + len(vb)
    return text, spans


GREET = ["hey ", "Hi, ", "morning! ", "quick one: ", "FYI ", "ugh. ", "when you get a sec, ", "Hey bot, ",
         "ok so ", "Q: ", "hi — ", "one more: ", "@assistant "]
TRAIL = [" thx", " thanks!", " ty", " asap", " pls", "!!", " — thanks", " when you can", " tia", ". thank you"]
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2190-\u21FF]|:[a-z_]+:")
MARKUP_RE = re.compile(r"<[@#]|<mailto:|<tel:|<https?://|\*[^*\s][^*\n]*\*|`")
GENERIC_REPLIES = [f for f in CLEAN_REPLY if "short" in parse(f)[0]]
MATCH_ONLY = {"baa", "print", "contract", "flowers", "transport", "refund", "dea", "corpcard", "flight", "hotel", "invoice"}
NON_TOPIC = {"reply", "short", "structured", "slack-markup", "word-names", "exec-name", "slack", "reminder"}
ENT_SLOTS = {"P": "pt ptfull ptf ptl pthon ptinv ptpl sp op pp email mailp url cburl",
             "R": "rel relf rell relfull relhon relation rop relemail mailrel", "R2": "rel2 relation2",
             "XP": "xpt xptf xpp", "E": "emp empf epp", "V": "vis"}
SLOT2ENT = {n: e for e, names in ENT_SLOTS.items() for n in names.split()}


def ents(tpl):
    return {SLOT2ENT[n] for n in SLOT_RE.findall(tpl) if n in SLOT2ENT}


def topics(frame):
    return set(parse(frame)[0]) - NON_TOPIC


def fits(req, rep):
    """Can `rep` (an assistant reply) plausibly answer `req` in a thread?  The reply's
    primary topic (its first tag after 'reply') must be among the request's tags."""
    rt = [t for t in parse(rep)[0] if t != "reply"]
    if not rt or rt[0] not in parse(req)[0]:
        return False
    return ents(parse(rep)[1]) <= ents(parse(req)[1])


def partner(kind, frame, is_reply, r):
    """Choose the other half of a thread, or None."""
    if is_reply:
        pool = CLEAN_REQ if kind == "clean" else PHI_REQ
        cands = [q for q in pool if fits(q, frame)]
        return r.choice(cands) if cands else None
    if kind == "clean":
        cands = [q for q in CLEAN_REPLY if fits(frame, q)]
        return r.choice(cands) if cands and r.random() < 0.7 else r.choice(GENERIC_REPLIES)
    cands = [q for q in PHI_REPLY if fits(frame, q)]
    return r.choice(cands) if cands and r.random() < 0.6 else r.choice(GENERIC_REPLIES)


def build(kind, frame, r):
    """Build one message around `frame`.  kind: 'clean' or 'phi'."""
    ftags, tpl = parse(frame)
    is_reply = "reply" in ftags
    for attempt in range(80):
        c = Ctx(r)
        tags = set(ftags)
        thread = r.random() < (0.45 if is_reply else 0.17) and attempt < 60
        other = partner(kind, frame, is_reply, r) if thread else None
        thread = other is not None
        if thread:
            otags, otpl = parse(other)
            first, second = (otpl, tpl) if is_reply else (tpl, otpl)
            s1 = render(first, c)
            s2 = render(second, c, reply=True)
            check_plain(s1, first)
            check_plain(s2, second)
            segs = quote(s1) + ["\n"] + s2
            tags.update(otags)
            tags.add("thread")
        else:
            segs = render(tpl, c, reply=is_reply)
            check_plain(segs, tpl)
        # decoration (requests only: the assistant does not say "thx")
        if not thread and not is_reply:
            if r.random() < 0.1:
                segs = ["<@%s> " % r.choice(BOT_IDS)] + segs
            elif r.random() < 0.13:
                segs = [r.choice(GREET)] + segs
            if r.random() < 0.13:
                segs = segs + [r.choice(TRAIL)]
        if r.random() < 0.08:
            segs = segs + [" " + r.choice(EMOJI)]
        # case and typos
        k = r.random()
        if k < 0.09:
            segs = recase(segs, lambda s: s.lower())
            tags.add("lowercase")
        elif k < 0.12:
            segs = recase(segs, lambda s: s.upper())
            tags.add("uppercase")
        if r.random() < 0.12:
            segs, did = typo(segs, r)
            if did:
                tags.add("typo")
        res = assemble(segs)
        if res is None:
            continue
        text, spans = res
        nlines = text.count("\n") + 1
        if nlines > 6 or len(text.split()) < 3:
            continue
        if (kind == "phi") != bool(spans):
            raise RuntimeError("kind/spans mismatch for frame %r" % tpl)
        tags |= c.tags
        types = {t for t, _, _, _ in spans}
        for t, tg in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
            if t in types:
                tags.add(tg)
        tags.discard("business-contact")
        if spans and all(bz for _, _, _, bz in spans):
            tags.add("business-contact")
        if "\n" in text:
            tags.add("multiline")
        else:
            tags.discard("multiline")
        if EMOJI_RE.search(text):
            tags.add("emoji")
        if MARKUP_RE.search(text):
            tags.add("slack-markup")
        if "\uff10" <= max(text) and re.search("[\uff10-\uff19]", text):
            tags.add("fullwidth")
        if re.search("[\u200b\u200c\u2060]", text):
            tags.add("zero-width")
        tags.discard("reply") if not is_reply and not thread else None
        tags.discard("short")
        tags -= MATCH_ONLY
        tags.discard("phi")
        tags.discard("clean")
        tags.add("phi" if spans else "clean")
        return text, [(t, v) for t, v, _, _ in spans], sorted(tags)
    raise RuntimeError("could not render frame %r" % tpl)


def main():
    n_frames = check_frames()
    r = R
    clean_pool = CLEAN_REQ + CLEAN_REPLY
    phi_pool = PHI_REQ + PHI_REPLY

    def queue(pool, n):
        q = []
        while len(q) < n:
            block = list(pool)
            r.shuffle(block)
            q.extend(block)
        return q[:n]

    jobs = [("clean", f) for f in queue(clean_pool, N_CLEAN)] + [("phi", f) for f in queue(phi_pool, N_TOTAL - N_CLEAN)]
    r.shuffle(jobs)
    out, used = [], set()
    for i, (kind, frame) in enumerate(jobs, 1):
        text, spans, tags = build(kind, frame, r)
        used.add(frame)
        out.append({"id": "gl%04d" % i, "text": text,
                    "spans": [{"type": t, "value": v} for t, v in spans], "tags": tags})
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    tc = Counter(s["type"] for rec in out for s in rec["spans"])
    n_clean = sum(1 for rec in out if not rec["spans"])
    print("wrote %d messages to %s (%d clean, %d with PHI)" % (len(out), OUT, n_clean, len(out) - n_clean))
    print("frames: %d distinct (%d clean requests, %d clean replies, %d PHI requests, %d PHI replies); used %d"
          % (n_frames, len(CLEAN_REQ), len(CLEAN_REPLY), len(PHI_REQ), len(PHI_REPLY), len(used)))
    print("given names %d, surnames %d" % (len(ALL_GIVEN), len(SURNAMES)))
    print("span types: " + ", ".join("%s=%d" % kv for kv in sorted(tc.items())))


if __name__ == "__main__":
    main()
