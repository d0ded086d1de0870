#!/usr/bin/env python3
"""Generate a blind PHI-detector evaluation corpus (prefix hr).

Setting: a hospital medical staff office + risk management (credentialing, peer review,
incident reports, claims, attorney records requests, licensing boards, legal).
Standard library only, fixed seed: running it again rewrites the file byte for byte.
Output: generated_hr.jsonl next to this script, raw checker format
{"id","text","spans":[{"type","value"}],"tags"}.
"""
import datetime, json, os, random, re, sys

SEED = 4471829
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_hr.jsonl")
N_TOTAL, N_PHI = 700, 385

# ----------------------------------------------------------------------------------------
# name pools
# ----------------------------------------------------------------------------------------
GIVEN_F = """Mary Patricia Linda Barbara Elizabeth Jennifer Susan Margaret Dorothy Lisa Nancy Karen Betty
Helen Sandra Donna Carol Ruth Sharon Michelle Laura Kimberly Deborah Jessica Shirley Cynthia Brenda
Rebecca Virginia Kathleen Pamela Martha Carolyn Christine Janet Catherine Frances Joyce Diane Alice
Doris Gloria Evelyn Mildred Katherine Judith Janice Theresa Beverly Denise Irene Lorraine Marilyn
Bernadette Maureen Colleen Eileen Rosemary Gertrude Agnes Lucille Wilma Thelma Bessie Mabel Myrtle
Hope Faith Joy Dawn Ivy Iris Pearl Summer Autumn Patience Precious Destiny Mercy Charity Honey Sunny
Amber Jade Holly Olive Blessing Comfort Memory Princess June April Grace Rose Ruby Violet Daisy Star
Guadalupe Xiomara Yesenia Marisol Ximena Lourdes Milagros Altagracia Yanelis Dulce Itzel Ángela Socorro
Consuelo Rosario Yaritza Nereida Fernanda Luciana Graça Conceição Thaís Mirlande Nadège Guerline Fabiola
Marie-Claude Widline Thuy Huong Ngoc-Anh Mai Linh Trang Mei-Ling Xiaoyan Yun Hui Ji-woo Seo-yeon Min-ji
Eun-ju Priya Lakshmi Ananya Deepa Sunita Kavitha Meenakshi Ayesha Fatima Noor Samira Layla Hiba Zainab
Rania Chiamaka Ngozi Adaeze Folake Abena Akosua Yetunde Hodan Fadumo Ubah Asha Svetlana Natalia Agnieszka
Małgorzata Katarzyna Eleni Despina Giuseppina Concetta Antonella Sophea Chanthy Bopha Sreymom Yuki Keiko
Haruka Maricel Rowena Jocelyn Marites Rivka Shoshana Tova Renée Zoë Siobhan Aoife Bridget Mairead
Ingrid Astrid Birgit Gráinne Imani Keisha Latoya Shaniqua Tamika Ebony Precious Dolores Esperanza""".split()

GIVEN_M = """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Donald Paul Steven Andrew Kenneth George Edward Ronald Timothy Gary Raymond Gregory
Dennis Walter Harold Arthur Gerald Roger Lawrence Albert Ralph Eugene Russell Louis Stanley Leroy Earl
Clarence Ernest Francis Theodore Herbert Cornelius Otis Rufus Elmer Chester Wendell Norman Leonard
Guy Will Bill Grant Hunter Chase Mason King Major Rusty Sonny Buddy Rich Frank Royal Forrest Dale Glen
Cliff Wade Miles Jack Gene Carl Bud Jesús José Juan-Carlos Luis Carlos Miguel Francisco Héctor Rafael
Wilfredo Yadiel Santiago Efraín Rodrigo Joaquim João Paulo Fernando Jean-Claude Wisler Frantz
Jean-Robert Ricot Duc Minh Quang Thanh Hung Wei Jian Hao Zhiwei Min-jun Seung-ho Jae-hyun Raj Arjun
Venkatesh Sanjay Rahul Imran Tariq Omar Ahmed Khalid Yusuf Mustafa Abdirahman Mohamed Chukwuemeka
Oluwaseun Emeka Kwame Kofi Babatunde Tunde Yaw Kojo Dmitri Sergei Vladimir Piotr Łukasz Tomasz
Giorgos Konstantinos Salvatore Vincenzo Sokha Vuthy Rithy Hiroshi Kenji Takeshi Dariusz Søren Iñaki
François Thibault Moshe Yitzhak Avi Mordechai Seamus Declan Padraig Cian Lars Anders Darnell DeShawn
Tyrone Jamal Marquis Terrell Reginald Ignacio Bartholomew Ezekiel Thaddeus""".split()

NICK = {"William": ["Bill", "Billy", "Will"], "Robert": ["Bob", "Bobby"], "Margaret": ["Peggy", "Maggie", "Meg"],
        "Elizabeth": ["Betty", "Liz", "Beth"], "Richard": ["Dick", "Rick"], "James": ["Jim", "Jimmy"],
        "Joseph": ["Joe", "Joey"], "Katherine": ["Kate", "Kathy"], "Patricia": ["Pat", "Patty", "Trish"],
        "Theodore": ["Ted", "Teddy"], "Francis": ["Frank", "Frankie"], "Dorothy": ["Dot", "Dottie"],
        "Edward": ["Eddie", "Ted"], "Anthony": ["Tony"], "Francisco": ["Paco", "Pancho"], "José": ["Pepe"],
        "Guadalupe": ["Lupe"], "Rosario": ["Charo"], "Michael": ["Mike", "Mikey"], "Thomas": ["Tom", "Tommy"],
        "Charles": ["Chuck", "Charlie"], "Deborah": ["Debbie", "Deb"], "Barbara": ["Barb", "Babs"],
        "Kenneth": ["Ken", "Kenny"], "Gertrude": ["Trudy", "Gert"], "Bernadette": ["Bernie"],
        "Cornelius": ["Neil", "Connie"], "Salvatore": ["Sal", "Sally"], "Vincenzo": ["Enzo"],
        "Giuseppina": ["Pina"], "Concetta": ["Connie"], "Dmitri": ["Dima"], "Svetlana": ["Sveta"],
        "Natalia": ["Natasha"], "Babatunde": ["Tunde"], "Chukwuemeka": ["Emeka"], "Oluwaseun": ["Seun"],
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Konstantinos": ["Gus", "Kostas"],
        "Bartholomew": ["Bart"], "Ezekiel": ["Zeke"], "Thaddeus": ["Tad"], "Mildred": ["Millie"],
        "Lawrence": ["Larry"], "Gerald": ["Gerry"], "Harold": ["Hal"], "Raymond": ["Ray"],
        "Jesús": ["Chuy"], "Ignacio": ["Nacho"], "Wilfredo": ["Willy"], "Frances": ["Fran", "Frannie"]}

SURNAMES = """Smith Johnson Williams Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin
Thompson Harris Clark Lewis Robinson Walker Hall Allen Wright Scott Green Adams Nelson Carter Mitchell
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan
Bailey Cooper Richardson Howard Ward Peterson Gray Watson Brooks Kelly Sanders Price Bennett Wood
Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler
Baker Brown White Young King Page Lane Love Bell Wise Moody Strong Rich Sharp Cash Fox Wolf Hill Field
Little Small Short Friend Church Pope Bishop Dean Marsh Frost Snow Winter Summers Hope Day Hunter
Golden Stone Banks Savage Sweet Noble Goodwin Godfrey Merriweather Lovejoy Fairweather
O'Brien O'Connor O'Malley McCarthy MacNeil McGonagle Fitzgerald Donnelly Brannigan Ó'Súilleabháin
Sullivan Murphy Kavanagh Flaherty Doherty Callahan Gallagher Keane Quigley
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Rivera Gómez Díaz
Reyes Morales Ortiz Gutiérrez Vásquez Castillo Jiménez Santos-Rivera de-la-Cruz Del-Valle Cabrera
Figueroa Quiñones Ocasio Batista Almonte Peña Rosario Feliciano
Medeiros Carvalho Pacheco Furtado Raposo Souza Oliveira Ferreira Cabral Amaral
Jean-Baptiste Pierre-Louis Desrosiers Toussaint Célestin Charles-Etienne Dorvil Joseph Augustin
Nguyen Tran Pham Hoang Huynh Vo Dang Bui Truong Duong
Chen Wong Zhang Liu Huang Zhao Wu Zhou Lin Xu Guo Ma Cheung Leung
Kim Park Choi Jung Kang Cho Yoon Jang Lim Han
Patel Shah Reddy Subramanian Venkataraman Iyer Desai Mehta Chatterjee Banerjee Kapoor Gill Sandhu
Khan Qureshi Siddiqui Malik Chaudhry Haddad Al-Hashimi Abdelrahman Mansour Nasser Khoury Saleh
Okafor Adeyemi Okonkwo Balogun Eze Obi Nwosu Mensah Owusu Asante Boateng Appiah
Abdi Warsame Hassan Farah Mohamud Osman Jama
Ivanova Kuznetsov Petrov Volkov Sokolova Kowalczyk Wiśniewski Nowak Zieliński Wójcik Kaminski
Papadopoulos Katsaros Georgiou Nikolaidis Pappas
Ricci DiNapoli Esposito Russo Romano Colombo Bianchi Marino Ferraro DeLuca Caruso
Sok Chhay Keo Prak Chea Chhun Sorn Meas
Goldberg Rosenbaum Katz Shapiro Weiss Cohen Levy Friedman Horowitz
Tanaka Yamamoto Sato Watanabe Nakamura Kobayashi
Santos Reyes-Aquino dela-Cruz Bautista Villanueva Mendoza Macaraeg
Van-der-Berg Schumacher Müller Becker Hoffmann Lindqvist Andersson Halvorsen Jørgensen
Washington-Price Carter-Nguyen Smith-Okafor""".split()
SURNAMES = [s.replace("de-la-Cruz", "de la Cruz").replace("Del-Valle", "Del Valle")
            .replace("dela-Cruz", "dela Cruz").replace("Van-der-Berg", "van der Berg")
            .replace("Ó'Súilleabháin", "Ó Súilleabháin") for s in SURNAMES]
GIVEN_F = sorted(set(GIVEN_F), key=GIVEN_F.index)
GIVEN_M = sorted(set(GIVEN_M), key=GIVEN_M.index)
SURNAMES = sorted(set(SURNAMES), key=SURNAMES.index)

# ----------------------------------------------------------------------------------------
# places, organisations, vocab
# ----------------------------------------------------------------------------------------
TOWNS = [("Lowell", "MA", "01852"), ("Dracut", "MA", "01826"), ("Lawrence", "MA", "01841"),
         ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"), ("Amesbury", "MA", "01913"),
         ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
         ("Andover", "MA", "01810"), ("Peabody", "MA", "01960"), ("Revere", "MA", "02151"),
         ("Chelsea", "MA", "02150"), ("Everett", "MA", "02149"), ("Malden", "MA", "02148"),
         ("Quincy", "MA", "02169"), ("Brockton", "MA", "02301"), ("Fall River", "MA", "02720"),
         ("New Bedford", "MA", "02740"), ("Worcester", "MA", "01604"), ("Fitchburg", "MA", "01420"),
         ("Holyoke", "MA", "01040"), ("Nashua", "NH", "03060"), ("Pelham", "NH", "03076"),
         ("Hudson", "NH", "03051"), ("Manchester", "NH", "03103"), ("Pawtucket", "RI", "02860"),
         ("Woonsocket", "RI", "02895"), ("Toledo", "OH", "43607"), ("Dayton", "OH", "45406"),
         ("Gary", "IN", "46402"), ("Fresno", "CA", "93701"), ("Tucson", "AZ", "85705"),
         ("El Paso", "TX", "79903"), ("Laredo", "TX", "78040"), ("Camden", "NJ", "08102"),
         ("Paterson", "NJ", "07501"), ("Yonkers", "NY", "10701"), ("Bronx", "NY", "10457"),
         ("Hialeah", "FL", "33010"), ("Kissimmee", "FL", "34741"), ("Macon", "GA", "31201"),
         ("Jackson", "MS", "39203"), ("Memphis", "TN", "38106"), ("Duluth", "MN", "55806"),
         ("Rapid City", "SD", "57701"), ("Spokane", "WA", "99201"), ("Boise", "ID", "83702"),
         ("Albuquerque", "NM", "87102"), ("Salem", "NH", "03079"), ("Danvers", "MA", "01923"),
         ("Lynn", "MA", "01902"), ("Westford", "MA", "01886"), ("Pepperell", "MA", "01463")]
STREETS = ["Maple", "Oak", "Pine", "Elm", "Washington", "Lincoln", "Lakeview", "Chestnut", "Bridge",
           "Mammoth", "Tarbox", "Varnum", "Pawtucket", "Lakeside", "Mill", "Water", "Prospect", "Pleasant",
           "High", "School", "Church", "Spring", "Cedar", "Birch", "Walnut", "Hillcrest", "Sunset",
           "Riverside", "Cottage", "Bay State", "Jackson", "Adams", "Fairmount", "Gorham", "Salem",
           "Lawrence", "Aiken", "Pleasant Valley", "Old Colony", "Mystic", "Magnolia", "Juniper",
           "Sycamore", "Whittier", "Osgood", "Merrimack", "Bradford", "Hampshire", "Dracut", "Tyler"]
ST_SUFFIX = ["St", "Rd", "Ave", "Ln", "Dr", "Way", "Ct", "Blvd", "Terrace", "Circle", "Street", "Road", "Avenue"]
UNIT_SFX = ["Apt 2", "Apt 3R", "#2", "Unit 14B", "Apt 1", "#3L", "2nd fl", "Apt 406", "Unit 7"]

ORGS = [("Northfield Regional Medical Center", "NRMC", "northfieldregional.org"),
        ("Bayside General Hospital", "Bayside", "baysidegeneral.org"),
        ("St. Brendan's Medical Center", "St. Brendan's", "stbrendans.org"),
        ("Merrimack Valley Health", "MVH", "mvhealth.org"),
        ("Lakeshore Community Hospital", "Lakeshore", "lakeshorech.org"),
        ("Sacred Heart of the Valley", "SHV", "shvalley.org"),
        ("Mercy Point Hospital", "Mercy Point", "mercypointhosp.org"),
        ("Granite Hills Medical Center", "GHMC", "granitehillsmc.org")]
SITES = ["Salem", "Andover", "North Campus", "Riverside", "Westgate", "Harbor", "Chelmsford", "Main"]
BIZ_STREETS = ["Medical Center Dr", "Corporate Pkwy", "Summer St, 22nd Floor", "Federal St, Suite 1100",
               "Crosby Dr, Suite 210", "Wellington Pkwy", "Hospital Dr", "Technology Way", "State St, 9th Fl",
               "Boylston St, Suite 600", "Commerce Way", "Executive Pl", "Main St, Suite 3", "Congress St"]
BIZ_CITIES = [("Boston", "MA", "02110"), ("Burlington", "MA", "01803"), ("Waltham", "MA", "02451"),
              ("Bedford", "NH", "03110"), ("Providence", "RI", "02903"), ("Lowell", "MA", "01854"),
              ("Andover", "MA", "01810"), ("Worcester", "MA", "01608"), ("Concord", "NH", "03301")]
BOARD_ADDRS = {"Board of Registration in Medicine": "178 Causeway St, Suite 400, Boston MA 02114",
               "NH Board of Medicine": "7 Eagle Sq, Concord NH 03301",
               "State Medical Board of Ohio": "30 E Broad St, 3rd Fl, Columbus OH 43215",
               "Texas Medical Board": "1801 Congress Ave, Ste 9.200, Austin TX 78701",
               "Board of Registration in Nursing": "250 Washington St, Boston MA 02108",
               "Medical Board of California": "2005 Evergreen St, Suite 1200, Sacramento CA 95815",
               "state medical board": "250 Washington St, 3rd Floor, Boston MA 02108",
               "Board of Pharmacy": "239 Causeway St, Suite 500, Boston MA 02114"}

UNITS = ["4 West", "5 North", "the MICU", "7 Tower", "the ED", "6E (ortho)", "the BH unit", "PACU",
         "3 South", "the CVICU", "inpatient rehab", "the SICU", "Med-Surg 2", "8W oncology",
         "the step-down unit", "4 East", "the cath lab holding area"]
ROOMS = ["Rm 412", "room 5112", "rm 7218-B", "bed 14", "412B", "bay 6", "room 318", "Rm 622-A", "room 20", "bed 3"]
CONF = ["Conf Rm B", "the Board Room", "the Admin 3rd floor conf room", "the Heritage Room", "MOB 210",
        "the Risk office", "the library conf rm", "Pavilion 4-102", "Conf Rm 1A", "the Teams room"]
TIMES = ["7:30", "0800", "noon", "3pm", "4:15", "7am", "1300", "10:30am", "2:00 PM", "5:30", "0730", "11"]
DEPTS = ["EVS", "dietary", "the lab", "pharmacy", "radiology", "PT", "transport", "registration", "the OR",
         "central sterile", "respiratory", "food services"]
EMP_ROLES = ["RN", "LPN", "CNA", "tech", "unit secretary", "RT", "phlebotomist", "transporter", "pharmacist",
             "PCA", "sitter", "surgical tech", "EVS aide"]
PROCS = ["lap chole", "TKA", "C-section", "colonoscopy", "cardiac cath", "spinal fusion", "hip replacement",
         "hernia repair", "PEG placement", "ablation", "cataract surgery", "thyroidectomy"]
VIP_DESC = ["the local news anchor", "a city councilor", "a pro hockey player", "a state senator",
            "one of our trustees", "the chef from the TV show", "the school superintendent", "a radio host",
            "a former Bruins player", "the mayor's chief of staff"]
DRUGS = ["hydromorphone", "insulin glargine", "metoprolol", "enoxaparin", "vancomycin", "KCl", "heparin",
         "oxycodone", "magnesium sulfate"]
SPECS = ["OB/GYN", "general surgery", "cardiology", "ortho", "EM", "anesthesia", "radiology",
         "hospital medicine", "neurosurgery", "urology", "GI", "peds", "IR", "psychiatry"]
PRIVS = ["core IM + moderate sedation", "core EM, US-guided procedures", "core ortho + robotic TKA",
         "core OB incl. VBAC", "core anesthesia, regional blocks", "core GI + ERCP", "fluoro + moderate sedation",
         "core hospitalist, central lines", "core urology + robotic"]
PRIV_ONE = ["ERCP", "robotic", "fluoroscopy", "moderate sedation", "VBAC", "pediatric sedation", "laser"]
BOARD_CERT = ["ABIM", "ABEM", "ABOS", "ABOG", "ABA", "ABR", "ABS", "ABFM", "ABPN", "ABU"]
BOARDS = ["Board of Registration in Medicine", "NH Board of Medicine", "state medical board",
          "Board of Registration in Nursing", "State Medical Board of Ohio", "Texas Medical Board",
          "Board of Pharmacy", "Medical Board of California"]
COURTS = ["Middlesex Superior Court", "Essex County Superior Court", "U.S. District Court (D. Mass.)",
          "Hillsborough County Superior Court", "Suffolk Superior Court", "Cuyahoga County Common Pleas",
          "Bexar County District Court", "Worcester Superior Court"]
PAYERS = ["Blue Cross", "Harvard Pilgrim", "Tufts Health Plan", "Aetna", "UnitedHealthcare", "Cigna",
          "Medicare", "MassHealth", "Humana", "Anthem", "WellSense", "Fallon Health"]
CARRIERS = ["CRICO", "Coverys", "MedPro", "ProAssurance", "The Doctors Company", "MagMutual", "our captive"]
WC_CARRIERS = ["Travelers", "The Hartford", "AIM Mutual", "Liberty Mutual"]
FIRMS = ["Keane & Oduya LLP", "Barrows Delgado PC", "Fitzgerald Moran & Chu", "Halloran Sato LLP",
         "Morrissey Law Group", "Ostrowski & Bell", "Lattimore Vance", "Sheehan Pratt & Associates",
         "Duarte Kwan LLP", "the Whitcombe firm", "Abernathy Rhee PC", "Cassidy Nnamdi Law"]
FIRM_DOMAINS = ["keaneoduya.com", "barrowsdelgado.com", "fmclaw.com", "halloransato.com", "morrisseylaw.com",
                "ostrowskibell.com", "lattimorevance.com", "sheehanpratt.com"]
POLICE = ["Lowell PD", "state police", "campus security", "city police", "Dracut PD"]
GARAGES = ["Pavilion garage", "Lot C", "East garage", "ED lot", "valet lot", "Green garage"]
ENTRANCES = ["main entrance", "ED entrance", "Pavilion lobby", "cafeteria doors", "west elevators"]
EXT_FAC = ["Sunrise Manor", "Brookhaven Rehab", "Oak Hill SNF", "the VA", "Valley Skilled Nursing", "Riverbend NH"]
CATERERS = ["Panera", "Bertucci's", "Boston Market", "the cafeteria", "Chipotle", "Olive Garden"]
LOCUM_COS = ["CompHealth", "Weatherby", "LocumTenens.com", "Barton Associates", "Hayman Daugherty"]
TELE_COS = ["vRad", "Eagle Telemedicine", "Teladoc Health", "SOC Telemed"]
EXT_PR = ["MRIoA", "AllMed", "Peer Review Resources", "Medical Review Institute"]
DEVICE_KINDS = ["hip implant", "hernia mesh", "spinal cord stimulator", "pacemaker lead", "IVC filter", "knee liner"]
CRED_SW = ["MD-Staff", "Symplr Provider", "Verge", "Cactus", "IntelliCred", "ECHO", "HealthStream CredentialStream"]
VENDORS = ["Symplr", "RLDatix", "HealthStream", "Verge Health", "Press Ganey", "CAQH", "Epic", "Kronos",
           "Medtronic", "Baxter", "BD", "Stryker", "Zoll", "Hill-Rom", "Iron Mountain", "Ciox"]
EXEC_TITLES = ["CMO", "CNO", "CEO", "CFO", "General Counsel", "VP Quality & Safety", "COO",
               "Chief of Staff", "VP Risk", "President of the Medical Staff", "CMIO"]
STAFF_TITLES = ["risk manager", "claims analyst", "privacy officer", "MSO coordinator", "credentialing specialist",
                "paralegal", "patient advocate", "HIM supervisor", "nurse manager", "quality analyst"]
CPTS = ["27447", "99223", "47562", "59510", "33533", "43239", "27130", "64483", "36556", "31500", "92928",
        "49505", "45378", "22633", "66984", "43264"]
ICDS = ["W19.XXXA", "S72.001A", "Y65.51", "T81.530A", "L89.153", "R29.6", "Y63.6", "T45.515A", "W06.XXXA",
        "Z91.81", "T80.211A", "Y83.1"]
TAXONOMY = ["207R00000X", "207P00000X", "208600000X", "207X00000X", "2085R0202X", "207V00000X"]
EMOJI = ["🙏", "😬", "👍", "⚠️", "🚨", "✅", "😩", "🙄", "👀", ":pray:", ":eyes:", ":rotating_light:",
         ":white_check_mark:", "🤦", "😅", ":sweat_smile:", "📎"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SPELLED = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
           95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
           100: "one hundred", 101: "a hundred and one", 102: "one hundred two"}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZWSP = "\u200b"
NBSP = "\u00a0"


def ordinal(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ----------------------------------------------------------------------------------------
# per-message context: people, cached values, generators
# ----------------------------------------------------------------------------------------
ROLES = {"pt", "pt2", "pt3", "fam", "vis", "emp", "doc", "doc2", "doc3", "app", "staff", "staff2", "exec",
         "rep", "atty", "atty2", "ref"}
DOC_ROLES = {"doc", "doc2", "doc3", "ref"}
FAM_REL = {"F": ["daughter", "wife", "sister", "mother", "niece", "granddaughter", "daughter", "wife"],
           "M": ["son", "husband", "brother", "father", "nephew", "grandson", "son", "husband"]}


def rel_of(fam_rel, pt_g):
    f = pt_g == "F"
    return {"daughter": "mom" if f else "dad", "son": "mom" if f else "dad",
            "wife": "wife" if f else "husband", "husband": "wife" if f else "husband",
            "sister": "sister" if f else "brother", "brother": "sister" if f else "brother",
            "mother": "daughter" if f else "son", "father": "daughter" if f else "son",
            "niece": "aunt" if f else "uncle", "nephew": "aunt" if f else "uncle",
            "granddaughter": "grandmother" if f else "grandfather",
            "grandson": "grandmother" if f else "grandfather"}[fam_rel]


class Person:
    pass


class Ctx:
    def __init__(self, r, need_nick=()):
        self.r = r
        self.cache = {}
        self.people = {}
        self.tags = set()
        self.need_nick = set(need_nick)
        self.org = r.choice(ORGS)
        self.used_first = set()
        self.used_last = set()
        self.event_day = None

    # ---- people --------------------------------------------------------------------
    def person(self, role):
        if role in self.people:
            return self.people[role]
        r = self.r
        p = Person()
        p.role = role
        if role in ("fam", "vis", "pt2", "pt3"):
            self.person("pt")  # make sure the patient exists first (relations, distinct surnames)
        p.g = r.choice("MF")
        while True:
            if role in self.need_nick:
                first = r.choice([n for n in NICK if (n in GIVEN_F) == (p.g == "F") and n in (GIVEN_F + GIVEN_M)])
            else:
                first = r.choice(GIVEN_F if p.g == "F" else GIVEN_M)
            if first not in self.used_first:
                break
        self.used_first.add(first)
        p.first = first
        p.nick = r.choice(NICK[first]) if first in NICK else None
        pt = self.people.get("pt")
        same = False
        if role in ("fam", "vis") and pt is not None:
            p.rel = r.choice(FAM_REL[p.g])
            same = role == "fam" and r.random() < (0.65 if p.rel not in ("niece", "nephew", "granddaughter", "grandson") else 0.35)
            p.rel_of = rel_of(p.rel, pt.g)
        else:
            p.rel = r.choice(FAM_REL[p.g])
            p.rel_of = "relative"
        if same:
            p.last = pt.last
        else:
            while True:
                last = r.choice(SURNAMES)
                if last not in self.used_last:
                    break
            p.last = last
        self.used_last.add(p.last)
        p.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        p.hon = "Mr." if p.g == "M" else r.choice(["Mrs.", "Ms.", "Mrs.", "Ms"])
        if role in DOC_ROLES:
            p.cred = r.choice(["MD", "MD", "MD", "DO", "MD, PhD", "MBBS"])
        elif role == "app":
            p.cred = r.choice(["NP", "PA-C", "CRNA", "CNM", "APRN", "DNP", "PA"])
        else:
            p.cred = ""
        if role == "exec":
            p.title = r.choice(EXEC_TITLES)
        elif role in ("staff", "staff2"):
            p.title = r.choice(STAFF_TITLES)
        else:
            p.title = ""
        self.people[role] = p
        return p

    def pform(self, role, suf):
        r = self.r
        p = self.person(role)
        he = "he" if p.g == "M" else "she"
        his = "his" if p.g == "M" else "her"
        him = "him" if p.g == "M" else "her"
        if suf == "":
            if role in DOC_ROLES:
                return r.choice(["Dr. %s" % p.last, "Dr. %s %s" % (p.first, p.last), "Dr. %s" % p.last])
            return "%s %s" % (p.first, p.last)
        if suf == "n":
            return "%s %s" % (p.first, p.last)
        if suf == "f":
            return p.first
        if suf == "l":
            return p.last
        if suf == "fml":
            return "%s %s. %s" % (p.first, p.mi, p.last)
        if suf == "inv":
            return "%s, %s %s" % (p.last.upper(), p.first.upper(), p.mi)
        if suf == "lf":
            return "%s, %s" % (p.last, p.first)
        if suf == "nick":
            return p.nick or p.first
        if suf == "init":
            return "%s. %s" % (p.first[0], p.last)
        if suf == "fi":
            return "%s %s." % (p.first, p.last[0])
        if suf == "cred":
            return "%s %s, %s" % (p.first, p.last, p.cred) if p.cred else "%s %s" % (p.first, p.last)
        if suf == "maiden":
            while True:
                m = r.choice(SURNAMES)
                if m not in self.used_last:
                    self.used_last.add(m)
                    return m
        if suf == "alias":
            g = GIVEN_F if p.g == "F" else GIVEN_M
            return "%s %s" % (r.choice([x for x in g if x not in self.used_first]),
                              r.choice([x for x in SURNAMES if x not in self.used_last]))
        if suf == "he":
            return he
        if suf == "He":
            return he.capitalize()
        if suf == "his":
            return his
        if suf == "His":
            return his.capitalize()
        if suf == "him":
            return him
        if suf == "hon":
            return p.hon
        if suf == "rel":
            return p.rel
        if suf == "Rel":
            return p.rel.capitalize()
        if suf == "rel_of":
            return p.rel_of
        if suf == "kin":
            return r.choice(["mother", "wife", "daughter", "sister"] if p.g == "F" else ["father", "husband", "son", "brother"])
        if suf == "t":
            return p.title
        raise KeyError("bad person suffix %s_%s" % (role, suf))

    # ---- helpers -------------------------------------------------------------------
    def digits(self, n, first_nonzero=True):
        r = self.r
        s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
        return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    def obf(self, s, p=0.09, allow=("fw", "zw", "nbsp", "spaced")):
        """Occasionally obfuscate a numeric identifier (labelled as a whole)."""
        r = self.r
        if r.random() >= p:
            return s
        m = r.choice(allow)
        if m == "fw":
            self.tags.update(["fullwidth", "evasion"])
            return s.translate(FW)
        if m == "zw":
            idx = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
            if not idx:
                return s
            k = r.choice(idx)
            self.tags.update(["zero-width", "evasion"])
            return s[:k] + ZWSP + s[k:]
        if m == "nbsp":
            if " " in s:
                self.tags.add("evasion")
                return s.replace(" ", NBSP)
            if "-" in s:
                self.tags.add("evasion")
                return s.replace("-", NBSP)
            return s
        if m == "spaced":
            core = re.sub(r"\D", "", s)
            if len(core) < 6 or len(core) > 12:
                return s
            self.tags.add("evasion")
            return " ".join(core)
        return s

    def date_parts(self, kind):
        r = self.r
        if kind == "dob":
            y = r.choice([r.randint(1924, 1950), r.randint(1930, 1965), r.randint(1945, 1985), r.randint(1960, 2005)])
            return y, r.randint(1, 12), r.randint(1, 28)
        if kind == "near" and self.event_day is not None:
            day = self.event_day + datetime.timedelta(days=r.randint(1, 24))
            return day.year, day.month, day.day
        y = r.choice([2023, 2024, 2024, 2025, 2025, 2025])
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        self.event_day = datetime.date(y, m, d)
        return y, m, d

    def fmt_date(self, y, m, d, kind):
        r = self.r
        if kind == "dob":
            styles = ["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y), "%04d-%02d-%02d" % (y, m, d),
                      "%s %d, %04d" % (MONTHS[m - 1], d, y), "%02d-%s-%04d" % (d, MON[m - 1], y),
                      "%d/%d/%02d" % (m, d, y % 100), "%02d-%02d-%04d" % (m, d, y),
                      "%s %d %04d" % (MON[m - 1], d, y), "%02d/%02d/%04d" % (m, d, y), "%d.%d.%04d" % (m, d, y)]
            w = [5, 3, 2, 2, 1, 2, 1, 1, 3, 1]
            if r.random() < 0.05:
                self.tags.add("evasion")
                return "%02d%02d%04d" % (m, d, y)
        else:
            styles = ["%d/%d" % (m, d), "%02d/%02d/%04d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
                      "%04d-%02d-%02d" % (y, m, d), "%s %d" % (MONTHS[m - 1], d), "%s %d" % (MON[m - 1], d),
                      "%s %s" % (MON[m - 1], ordinal(d)), "%d-%s-%04d" % (d, MON[m - 1], y),
                      "%s %d, %04d" % (MONTHS[m - 1], d, y), "%s %d" % (MON_DOT[m - 1], d),
                      "%d-%d-%02d" % (m, d, y % 100), "%s %s" % (MONTHS[m - 1], ordinal(d))]
            w = [6, 3, 3, 1, 2, 2, 1, 1, 2, 1, 1, 1]
        return r.choices(styles, weights=w)[0]

    def nonphi_date(self, style):
        r = self.r
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        if style == "mtg":
            return r.choice(["%s %d/%d" % (r.choice(WEEKDAYS[:5]), m, d), "%d/%d" % (m, d), "%s %d" % (MONTHS[m - 1], d),
                             "next %s" % r.choice(WEEKDAYS[5:]), "%s the %s" % (r.choice(WEEKDAYS[5:]), ordinal(d)),
                             "%s %d" % (MON[m - 1], d), r.choice(WEEKDAYS[5:]), "%s %d/%d" % (r.choice(WEEKDAYS[5:]), m, d)])
        if style == "dl":
            return r.choice(["Friday", "%d/%d" % (m, d), "EOD Thursday", "%s %d" % (MONTHS[m - 1], d),
                             "the %s" % ordinal(d), "end of month", "%d/%d/%d" % (m, d, r.choice([2025, 2026])),
                             "%s %s" % (MON[m - 1], ordinal(d)), "COB %s" % r.choice(WEEKDAYS[5:])])
        if style == "exp":
            y = r.choice([2025, 2026, 2026, 2027])
            return r.choice(["%d/%d/%d" % (m, d, y), "%s %d, %d" % (MON[m - 1], d, y), "%02d/%02d/%d" % (m, d, y),
                             "%d/30/%d" % (r.choice([6, 9]), y), "12/31/%d" % y])
        if style == "eff":
            y = r.choice([2025, 2026])
            return r.choice(["%d/1/%d" % (m, y), "%s 1" % MONTHS[m - 1], "%s 1, %d" % (MONTHS[m - 1], y),
                             "%d/1" % m, "July 1", "January 1, %d" % y])
        raise KeyError(style)

    def person_email(self, p, domain=None, obf=False):
        r = self.r
        fn = re.sub(r"[^a-z]", "", p.first.lower().translate(str.maketrans("áéíóúñçãõêôàèìòùäëïöüåøłśńżźćąę", "aeiouncaoeoaeiouaeiouaolsnzzcae")))
        ln = re.sub(r"[^a-z]", "", p.last.lower().translate(str.maketrans("áéíóúñçãõêôàèìòùäëïöüåøłśńżźćąę", "aeiouncaoeoaeiouaeiouaolsnzzcae")))
        if domain is None:
            domain = r.choice(["gmail.com", "gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "icloud.com",
                               "aol.com", "verizon.net", "outlook.com", "msn.com"])
            user = r.choice(["%s.%s" % (fn, ln), "%s%s%d" % (fn[0], ln, r.randint(1, 99)), "%s%s" % (fn, ln),
                             "%s_%s" % (fn, ln[0]), "%s%d" % (fn, r.randint(1950, 2005)), "%s.%s%d" % (ln, fn[0], r.randint(1, 9))])
        else:
            user = r.choice(["%s%s" % (fn[0], ln), "%s.%s" % (fn, ln), "%s%s" % (fn, ln[0])])
        addr = "%s@%s" % (user, domain)
        if obf or r.random() < 0.06:
            self.tags.add("evasion")
            u, dom = addr.split("@")
            parts = dom.split(".")
            return r.choice(["%s [at] %s [dot] %s" % (u, parts[0], parts[1]), "%s at %s dot %s" % (u, parts[0], parts[1]),
                             "%s(at)%s.%s" % (u, parts[0], parts[1]), "%s @ %s . %s" % (u, parts[0], parts[1])])
        return addr

    def phone(self, business=False):
        r = self.r
        a = r.choice(["978", "617", "781", "508", "603", "401", "419", "937", "559", "520", "915", "856",
                      "914", "718", "305", "407", "478", "601", "901", "218", "509", "208", "505", "351", "774", "339"])
        e = str(r.randint(201, 989))
        n = "%04d" % r.randint(0, 9999)
        s = r.choices(["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n), "%s%s%s" % (a, e, n),
                       "+1 %s %s %s" % (a, e, n), "+1-%s-%s-%s" % (a, e, n), "%s %s %s" % (a, e, n),
                       "1-%s-%s-%s" % (a, e, n), "(%s)%s-%s" % (a, e, n)], weights=[5, 6, 2, 1, 1, 1, 1, 1, 1])[0]
        if business and r.random() < 0.35:
            s += r.choice([" ext. %d" % r.randint(10, 999), " x%d" % r.randint(100, 9999), " ext %d" % r.randint(10, 99),
                           ", ext. %d" % r.randint(200, 4999)])
        return self.obf(s, 0.07)

    def address(self, kind):
        r = self.r
        town, st, z = r.choice(TOWNS)
        zip_ = z if r.random() < 0.85 else "%s-%04d" % (z, r.randint(1, 9999))
        street = "%d %s %s" % (r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 4999)]),
                               r.choice(STREETS), r.choice(ST_SUFFIX))
        if r.random() < 0.3:
            street += r.choice([", ", " "]) + r.choice(UNIT_SFX)
        if kind == "street":
            return street
        if kind == "town":
            return town
        if kind == "zip":
            return zip_
        if kind == "pobox":
            return r.choice(["PO Box %d, %s %s %s" % (r.randint(10, 9999), town, st, zip_),
                             "P.O. Box %d, %s, %s %s" % (r.randint(10, 9999), town, st, zip_)])
        sep = r.choice([", ", ", ", " "])
        return r.choice(["%s, %s, %s %s" % (street, town, st, zip_), "%s%s%s %s %s" % (street, sep, town, st, zip_),
                         "%s, %s %s" % (street, town, st), "%s, %s" % (street, town)])

    def biz_addr(self):
        r = self.r
        c, st, z = r.choice(BIZ_CITIES)
        return "%d %s, %s %s %s" % (r.randint(1, 999), r.choice(BIZ_STREETS), c, st, z)

    def npi(self):
        body = "1" + self.digits(8, False)
        chk = luhn_check_digit("80840" + body)
        return body + chk

    def cc_number(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "amex":
            body = r.choice(["34", "37"]) + self.digits(12, False)
            num = body + luhn_check_digit(body)
            groups = [num[:4], num[4:10], num[10:]]
        else:
            body = ("4" if kind == "visa" else str(r.randint(51, 55))) + self.digits(14 if kind == "visa" else 13, False)
            num = body + luhn_check_digit(body)
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        sep = r.choice([" ", "-", "", " "])
        return self.obf(sep.join(groups), 0.1, ("fw", "zw", "nbsp"))

    def ssn(self, obf=False):
        r = self.r
        a = r.choice([x for x in range(1, 900) if x != 666])
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        if obf:
            self.tags.add("evasion")
            return r.choice(["%03d%02d%04d" % (a, g, s), "%03d.%02d-%04d" % (a, g, s),
                             " ".join("%03d%02d%04d" % (a, g, s)), "%03d %02d %04d" % (a, g, s),
                             ", ".join(DIGIT_WORDS[int(c)] for c in "%03d%02d%04d" % (a, g, s))])
        v = r.choices(["%03d-%02d-%04d" % (a, g, s), "%03d %02d %04d" % (a, g, s), "%03d%02d%04d" % (a, g, s)],
                      weights=[8, 2, 1])[0]
        if re.fullmatch(r"\d{9}", v):
            self.tags.add("evasion")
        return self.obf(v, 0.08, ("fw", "zw", "nbsp"))

    def mrn(self):
        r = self.r
        v = r.choice([self.digits(8, False), self.digits(7), "E" + self.digits(7), self.digits(10, False),
                      "%s-%s" % (self.digits(4, False), self.digits(4, False)), self.digits(9), "M" + self.digits(8, False)])
        return self.obf(v, 0.14)

    def gen(self, key):
        """non-person generators (PHI and non-PHI)."""
        r = self.r
        org, org_short, dom = self.org
        base = key
        # ---------- PHI-type values ----------
        if base == "dob":
            y, m, d = self.date_parts("dob")
            return self.fmt_date(y, m, d, "dob")
        if base == "d":
            y, m, d = self.date_parts("near" if self.cur_key != "d" else "event")
            return self.fmt_date(y, m, d, "event")
        if base == "oldn":
            return str(r.choices(list(range(90, 105)), weights=[6, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1])[0])
        if base == "old":
            a = r.choices(list(range(90, 105)), weights=[6, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1])[0]
            if a in SPELLED and r.random() < 0.14:
                self.tags.add("evasion")
                return SPELLED[a]
            return str(a)
        if base in ("ph", "ph_doc"):
            return self.phone()
        if base == "biz":
            return self.phone(business=True)
        if base == "ph_tel":
            v = self.phone()
            digits = re.sub(r"\D", "", v)
            if not digits.isdigit() or len(digits) < 10:
                return [(v, "PHONE", False)]
            tel = "+1" + digits[-10:]
            self.tags.add("slack-markup")
            return [("<tel:", None, True), (tel, "PHONE", True), ("|", None, True), (v, "PHONE", True), (">", None, True)]
        if base == "em":
            owner = self.people.get("fam") or self.people.get("pt") or self.person("pt")
            return self.person_email(owner)
        if base == "em_obf":
            owner = self.people.get("fam") or self.people.get("pt") or self.person("pt")
            return self.person_email(owner, obf=True)
        if base == "biz_rep":
            vdom = re.sub(r"[^a-z]", "", self.resolve("vendor_co").lower()) + r.choice([".com", ".com", "health.com"])
            return self.person_email(self.person("rep"), domain=vdom)
        if base == "biz_ref":
            return self.person_email(self.person("ref"), domain=r.choice([o[2] for o in ORGS if o[2] != dom]))
        if base == "biz_atty":
            return self.person_email(self.person("atty"), domain=r.choice(FIRM_DOMAINS))
        if base == "biz_staff":
            return self.person_email(self.person("staff"), domain=dom)
        if base == "biz_mailto":
            e = self.person_email(self.person("staff"), domain=dom)
            self.tags.add("slack-markup")
            if "@" not in e:
                return [(e, "EMAIL", False)]
            return [("<mailto:", None, True), (e, "EMAIL", True), ("|", None, True), (e, "EMAIL", True), (">", None, True)]
        if base == "ssn":
            return self.ssn()
        if base == "ssn_obf":
            return self.ssn(obf=True)
        if base == "mrn":
            return self.mrn()
        if base == "mem":
            v = r.choice([r.choice(["XHM", "ZGP", "W", "YLB", "JQU", "H", "MBR", "U"]) + self.digits(r.choice([8, 9, 10]), False),
                          self.digits(12, False), "%s%s" % (r.choice(["A", "K", "R"]), self.digits(9)),
                          "%s-%s" % (self.digits(5), self.digits(4, False))])
            return self.obf(v, 0.07)
        if base == "mbi":
            L = "ACDEFGHJKMNPQRTUVWXY"
            AN = L + "0123456789"
            v = "%d%s%s%d%s%s%d%s%s%d%d" % (r.randint(1, 9), r.choice(L), r.choice(AN), r.randint(0, 9), r.choice(L),
                                          r.choice(AN), r.randint(0, 9), r.choice(L), r.choice(L), r.randint(0, 9), r.randint(0, 9))
            return r.choice([v, "%s-%s-%s" % (v[:4], v[4:7], v[7:]), v.lower() if r.random() < 0.2 else v])
        if base == "mcd":
            return r.choice([self.digits(12, False), "1000" + self.digits(8, False), "%s%s" % (self.digits(9), r.choice("ABCDEFGH"))])
        if base == "har":
            v = r.choice([self.digits(10, False), "7" + self.digits(9, False), self.digits(11, False),
                          "%s-%s" % (self.digits(4), self.digits(6, False)), "H" + self.digits(9, False)])
            return self.obf(v, 0.08)
        if base == "bank":
            return r.choice([self.digits(10), self.digits(12), "%s %s %s" % (self.digits(4), self.digits(4, False), self.digits(4, False)),
                             "00" + self.digits(8)])
        if base == "lic":
            return r.choice([self.digits(6), "MD" + self.digits(6), "%s.%s" % (r.choice(["MD", "DO", "PA", "RN", "NP"]), self.digits(7, False)),
                             "RN" + self.digits(7), "2" + self.digits(5, False), "G" + self.digits(5), "A" + self.digits(5),
                             "%s-%s" % (r.choice(["MD", "PA"]), self.digits(6))])
        if base == "csr":
            return r.choice(["MCSR-" + self.digits(6), self.digits(7), "CS." + self.digits(6)])
        if base == "dea":
            L = "ABFGMP"
            a = r.choice(L)
            b = r.choice("ABCDEFGHJKLMNOPRSTWZ")
            dd = [r.randint(0, 9) for _ in range(6)]
            chk = ((dd[0] + dd[2] + dd[4]) + 2 * (dd[1] + dd[3] + dd[5])) % 10
            return a + b + "".join(map(str, dd)) + str(chk)
        if base == "drvlic":
            return r.choice(["S" + self.digits(8, False), self.digits(9), "%s%s" % (r.choice("ABDFGHKLMNPRW"), self.digits(7)),
                             "NHL" + self.digits(8), "%s-%s-%s" % (r.choice("DJMS") + self.digits(3), self.digits(4), self.digits(4))])
        if base == "plate":
            return r.choice(["%d%s%s %d%d%d" % (r.randint(1, 9), r.choice("ABCDEFGHJKLMNPRSTVWXYZ"), r.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                                r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)),
                             "%s-%s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), self.digits(4)),
                             "%d%s%d%d" % (r.randint(1, 9), "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), r.randint(0, 9), r.randint(0, 9)),
                             "%s %s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), self.digits(3))])
        if base == "vin":
            A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return r.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(r.choice(A) for _ in range(16))
        if base == "dev_ha":
            return r.choice(["%s%s%s" % (self.digits(4), r.choice("ABCDEFGH"), self.digits(6)),
                             self.digits(10), "%s-%s" % (self.digits(2), self.digits(7))])
        if base == "dev_pm":
            return r.choice(["%s%s%s" % ("".join(r.choice("PRNJCBMW") for _ in range(3)), self.digits(6), r.choice("HSGRN")),
                             "%s%s" % (r.choice(["PJN", "RNB", "BLK", "COH"]), self.digits(6)), self.digits(8)])
        if base == "dev_pump":
            return r.choice(["OM" + self.digits(7), self.digits(7), "NG" + self.digits(7, False) + r.choice("KJHM"),
                             self.digits(8)])
        if base == "dev_cgm":
            return "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
        if base == "dev_cpap":
            return r.choice(["2" + self.digits(10), "%s%s" % (r.choice(["J", "P", "R"]), self.digits(11))])
        if base == "udi":
            return "(01)%s(17)%s(21)%s" % (self.digits(14, False), "%02d%02d%02d" % (r.randint(26, 31), r.randint(1, 12), r.randint(1, 28)),
                                           r.choice(["", "SN"]) + self.digits(7))
        if base in ("portal", "portal_link"):
            pid = r.choice(["pid=", "patientId=", "mrn=", "id="]) + r.choice(["E", "", "P"]) + self.digits(8)
            url = r.choice(["https://mychart.%s/MyChart/Visit/Summary?%s" % (dom, pid),
                            "https://portal.%s/patient?%s" % (dom, pid),
                            "https://followmyhealth.%s/visit/%s" % (dom, self.digits(9)),
                            "https://mychart.%s/mychart/app/visit-summary?csn=%s&%s" % (dom, self.digits(10), pid)])
            if base == "portal_link":
                self.tags.add("slack-markup")
                if r.random() < 0.5:
                    return [("<", None, True), (url, "URL", True), ("|", None, True), (url, "URL", True), (">", None, True)]
                return [("<", None, True), (url, "URL", True), ("|visit summary>", None, True)]
            return url
        if base == "gofund":
            p = self.person("pt")
            fn = re.sub(r"[^a-z]", "", p.first.lower())
            ln = re.sub(r"[^a-z]", "", p.last.lower())
            return r.choice(["https://www.gofundme.com/f/%s-%s-recovery-fund" % (fn, ln),
                             "https://www.caringbridge.org/visit/%s%s" % (fn, ln),
                             "https://gofund.me/%s%s%d" % (fn, ln, r.randint(10, 99)),
                             "https://www.gofundme.com/f/help-%s-%s" % (fn, ln)])
        if base == "ip":
            return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                             "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                             "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                             "%d.%d.%d.%d" % (r.choice([73, 24, 98, 66, 108, 174]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                             "2601:%x:%x:%x::%x" % (r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), r.randint(0x10, 0xffff), r.randint(1, 0xff))])
        if base in ("addr", "street", "town", "zip", "pobox"):
            return self.address(base)
        if base == "cc":
            return self.cc_number()
        # ---------- non-PHI values ----------
        if base == "hosp":
            return org
        if base == "hosp_short":
            return org_short
        if base == "site":
            return r.choice(SITES)
        if base == "biz_addr":
            return self.biz_addr()
        if base == "board_addr":
            return BOARD_ADDRS[self.resolve("board")]
        if base == "fac_city":
            return r.choice(BIZ_CITIES)[0]
        if base == "link_intranet":
            self.tags.add("slack-markup")
            n = r.randint(100, 499)
            return r.choice(["<https://intranet.%s/policies/RM-%d|RM-%d>" % (dom, n, n),
                             "https://sharepoint.%s/sites/MSO/Shared%%20Documents/Templates" % dom,
                             "<https://intranet.%s/risk/disclosure-toolkit|disclosure toolkit>" % dom,
                             "https://%s.sharepoint.com/sites/RiskManagement/Letters" % dom.split(".")[0]])
        if base == "mention":
            self.tags.add("slack-markup")
            return [("<@U%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([8, 9, 10]))), None, True)]
        if base == "channel":
            self.tags.add("slack-markup")
            return [("<#C0%s|%s>" % ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                                     r.choice(["risk-claims", "medstaff-office", "patient-safety", "credentialing", "peer-review"])), None, True)]
        if base == "mtg":
            return self.nonphi_date("mtg")
        if base == "dl":
            return self.nonphi_date("dl")
        if base == "exp":
            return self.nonphi_date("exp")
        if base == "eff":
            return self.nonphi_date("eff")
        if base == "cc_exp":
            return "%02d/%d" % (r.randint(1, 12), r.choice([26, 27, 28, 29]))
        if base == "time":
            return r.choice(TIMES)
        if base == "today_date":
            return r.choice(["today", "this morning", "yesterday", "%d/%d" % (r.randint(1, 12), r.randint(1, 28))])
        if base == "yr":
            return str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))
        if base == "fy":
            return str(r.choice([24, 25, 26, 2025, 2026]))
        if base == "fy_label":
            return r.choice(["FY26", "FY2026", "the 2025-26 policy year", "FY25"])
        if base == "q":
            return str(r.randint(1, 4))
        if base == "n":
            return str(r.randint(2, 19))
        if base == "pct":
            return str(r.randint(3, 41))
        if base == "money":
            return r.choice(["$%d,000" % r.randint(25, 975), "$%.1fM" % (r.randint(10, 45) / 10.0), "$%dk" % r.randint(15, 900),
                             "$%d,%03d" % (r.randint(100, 999), r.choice([0, 500, 250, 0]))])
        if base == "money_small":
            return r.choice(["$%d" % r.randint(25, 950), "$%d,%03d" % (r.randint(1, 4), r.choice([0, 200, 500, 750]))])
        if base == "money_hr":
            return "$%d" % r.choice([350, 425, 450, 500, 575, 625, 700, 850])
        if base == "npi":
            return self.npi()
        if base == "cpt":
            return r.choice(CPTS)
        if base == "icd":
            return r.choice(ICDS)
        if base == "taxonomy":
            return r.choice(TAXONOMY)
        if base == "ticket":
            return r.choice(["INC00%s" % self.digits(5), "RITM00%s" % self.digits(5), "REQ%s" % self.digits(6),
                             "CS-%s" % self.digits(5), "SR-%s" % self.digits(6), "HD-%s" % self.digits(5), "PR-%s" % self.digits(4)])
        if base == "inc":
            return r.choice(["RL-2025-%s" % self.digits(5, False), self.digits(5), "EV%s" % self.digits(6), "PSE-%s" % self.digits(5),
                             "2025-%s" % self.digits(4, False), "SE-%s" % self.digits(3)])
        if base == "po":
            return r.choice(["45%s" % self.digits(8, False), "PO-2025-%s" % self.digits(4, False), "%s" % self.digits(7)])
        if base == "inv":
            return r.choice(["INV-%s" % self.digits(5), self.digits(8), "%s-%s" % (self.digits(3), self.digits(5))])
        if base == "contract":
            return r.choice(["CTR-2024-%s" % self.digits(3), "MSA-%s" % self.digits(4), "C%s" % self.digits(6)])
        if base == "order":
            return r.choice(["ORD-%s" % self.digits(6), "#%s" % self.digits(8), "W%s" % self.digits(9)])
        if base == "costc":
            return self.digits(5)
        if base == "claimno":
            return r.choice(["CL-%d-%s" % (r.choice([23, 24, 25]), self.digits(5, False)), "%s-%s" % (self.digits(3), self.digits(6)),
                             "MP%s" % self.digits(7)])
        if base == "pr_case":
            return "PR-%d-%s" % (r.choice([24, 25]), self.digits(3, False))
        if base == "ext":
            return self.digits(4)
        if base == "zoom":
            return "%s %s %s" % (self.digits(3), self.digits(4, False), self.digits(4, False))
        if base == "passcode":
            return r.choice([self.digits(6), "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))])
        if base == "ver":
            return r.choice(["v%d.%d.%d" % (r.randint(2, 12), r.randint(0, 9), r.randint(0, 20)), "%d.%d.%d" % (r.randint(2023, 2025), r.randint(1, 4), r.randint(0, 9)),
                             "8.%d.0.%d" % (r.randint(0, 9), r.randint(10, 300)), "Nov 2024", "Feb '25", "v23.1", "15.0.4"])
        if base == "build":
            return "%d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 3), r.randint(1, 40))
        if base == "cred_sw":
            return r.choice(CRED_SW)
        if base == "vendor_co":
            return r.choice(VENDORS)
        if base == "priv":
            return r.choice(PRIVS)
        if base == "priv_one":
            return r.choice(PRIV_ONE)
        if base == "spec":
            return r.choice(SPECS)
        if base == "board":
            return r.choice(BOARDS)
        if base == "board_cert":
            return r.choice(BOARD_CERT)
        if base == "court":
            return r.choice(COURTS)
        if base == "payer":
            return r.choice(PAYERS)
        if base == "carrier":
            return r.choice(CARRIERS)
        if base == "wc_carrier":
            return r.choice(WC_CARRIERS)
        if base == "firm":
            return r.choice(FIRMS)
        if base == "police":
            return r.choice(POLICE)
        if base == "garage":
            return r.choice(GARAGES)
        if base == "entrance":
            return r.choice(ENTRANCES)
        if base == "ext_facility":
            return r.choice(EXT_FAC)
        if base == "caterer":
            return r.choice(CATERERS)
        if base == "locum_co":
            return r.choice(LOCUM_COS)
        if base == "tele_co":
            return r.choice(TELE_COS)
        if base == "ext_pr_co":
            return r.choice(EXT_PR)
        if base == "device_kind":
            return r.choice(DEVICE_KINDS)
        if base == "unit":
            return r.choice(UNITS)
        if base == "room":
            return r.choice(ROOMS)
        if base == "confrm":
            return r.choice(CONF)
        if base == "dept":
            return r.choice(DEPTS)
        if base == "erole":
            return r.choice(EMP_ROLES)
        if base == "proc":
            return r.choice(PROCS)
        if base == "vip_desc":
            return r.choice(VIP_DESC)
        if base == "drug":
            return r.choice(DRUGS)
        if base == "age_y":
            return str(r.randint(19, 89))
        if base == "roman":
            return r.choice(["III", "IV", "VI", "VII", "IX", "XII"])
        if base == "pol":
            return str(r.randint(100, 499))
        if base == "emoji":
            self.tags.add("emoji")
            return r.choice(EMOJI)
        raise KeyError("unknown key %r" % key)

    def resolve(self, key):
        if key in self.cache:
            return self.cache[key]
        role, _, suf = key.partition("_")
        self.cur_key = key
        if role in ROLES:
            v = self.pform(role, suf)
        else:
            try:
                v = self.gen(key)
            except KeyError:
                b = key.rstrip("0123456789")
                if b == key:
                    raise
                v = self.gen(b)
                for _ in range(8):  # a second value of the same kind should differ from the first
                    if self.cache.get(b) != v:
                        break
                    v = self.gen(b)
        self.cache[key] = v
        return v


# ----------------------------------------------------------------------------------------
# frames.  {TYPE:key} = labelled value, {key} = unlabelled filler, [[a|b|c]] = wording variant
# ----------------------------------------------------------------------------------------
PHI_FRAMES = []
CLEAN_FRAMES = []


def P(tags, tpl):
    PHI_FRAMES.append((tags.split(",") if tags else [], tpl))


def C(tags, tpl):
    CLEAN_FRAMES.append((tags.split(",") if tags else [], tpl))


# ---- incidents / patient safety events -----------------------------------------------
P("incident", "Fall on {unit} overnight — {NAME:pt}, {AGE:old}, found on the floor beside the bed in {room}. No apparent injury per {doc}, CT [[neg|negative|pending]]. Event #{inc} entered.")
P("incident,records", "{mention} can you pull the chart for {NAME:pt_inv}, MRN {MRN:mrn}? Risk needs it for the fall on {DATE:d}.")
P("incident,escalation", "Event {inc}: pt {NAME:pt} (DOB {DATE:dob}) got a 10x {drug} dose on {DATE:d}. Pharmacy aware, {doc} disclosed to the family at bedside.")
P("complaint", "family of {pt_hon} {NAME:pt_l} called again — {fam_rel} {NAME:fam} wants a meeting about the pressure injury. {fam_His} cell is {PHONE:ph}")
P("incident,multiline", "*Sentinel event — wrong site*\nPatient: {NAME:pt_fml}\nMRN: {MRN:mrn}\nDOS: {DATE:d}\nSurgeon: {doc_cred}\nRCA kickoff {mtg} in {confrm}")
P("incident", "quick q — is the elopement from {unit} reportable? pt was {NAME:pt}, {age_y}yo w dementia, found by {police} about 2 hrs later. home address on file is {ADDRESS:addr}")
P("complaint,claim", "Lost property: {NAME:pt} says {pt_his} hearing aid went missing during transfer on {DATE:d}. Serial from the audiology receipt: {DEVICE_ID:dev_ha}. Our reimbursement cap is {money_small}.")
P("complaint", "Pt {NAME:pt_l} wants us to pay for {pt_his} dentures, lost {DATE:d} on {unit}. Patient relations ticket {ticket}. Pls call {pt_him} back at {PHONE:ph}.")
P("claim", "Valet claim: visitor {NAME:vis} (here seeing {pt_hon} {NAME:pt_l} on {unit}) reports a scrape on the rear bumper, plate {VEHICLE_ID:plate}. Security report {inc}.")
P("claim,records", "Letter of representation from {firm} re: {NAME:pt}, DOB {DATE:dob}, DOS {DATE:d}. They want complete records incl [[fetal strips|imaging|nursing flowsheets|the audit trail|billing]]. {mention} pls log it in the claims tracker.")
P("records", "Records request — patient {NAME:pt_lf}, SSN {SSN:ssn}, acct {ACCOUNT_NUMBER:har}. Authorization is signed by the {fam_rel}, {NAME:fam_f}, not the pt. Do we have POA paperwork?")
P("incident", "{NAME:pt} expired {DATE:d}, age {AGE:old}. {fam_Rel} ({NAME:fam}) is asking for an autopsy; ME declined jurisdiction. Need risk sign-off on the letter.")
P("vip,escalation", "Heads up: VIP admit — {NAME:pt}, {vip_desc}, on {unit} since {DATE:d}. Chart is break-the-glass. Please don't discuss outside this channel.")
P("escalation", "Privacy: a user accessed the chart of {NAME:pt} (MRN {MRN:mrn}) 14 times from {IP_ADDRESS:ip} with no treatment relationship. {staff} is on it.")
P("employee-health", "Employee health: {NAME:emp} ({erole}, {unit}) had a needlestick {DATE:d}, source pt {NAME:pt}, MRN {MRN:mrn}. Baseline labs drawn, source consented.")
P("peer-review", "Peer review case for {doc_cred}: procedure {DATE:d}, pt MRN {MRN:mrn}, retained sponge. Assigned to {doc2} for review, due {dl}.")
P("letter", "Can you draft the disclosure letter to {pt_hon} {NAME:pt_l} at {ADDRESS:addr}? Use the template on {link_intranet}.")
P("complaint", "Pt's {fam_rel} {NAME:fam} left a VM at {time}: callback {PHONE:ph}. {fam_He}'s upset about the discharge on {DATE:d}.")
P("escalation,forwarded", "fwd from {doc}: \"pt {NAME:pt_l} in {room} threatening to sue, says we botched {pt_his} knee. {fam_rel} {NAME:fam_f} is recording on {fam_his} phone. risk pls advise\"")
P("claim", "New suit: {NAME:pt} v. {hosp_short}, {doc2_l} et al. Alleges delayed dx of sepsis, DOS {DATE:d}. {carrier} notified, reserve TBD.")
P("claim", "Insurance info for the claim file: {payer}, member ID {HEALTH_PLAN_ID:mem}, subscriber {NAME:fam} ({fam_rel}).")
P("claim", "MBI for {NAME:pt_lf} is {HEALTH_PLAN_ID:mbi} — need it for the Section 111 / MSP reporting on the settlement.")
P("records", "{NAME:pt}'s {fam_rel} emailed from {EMAIL:em} asking for a copy of the event review. We don't release peer review docs, right?")
P("claim,money", "Settlement for {NAME:pt_l} goes to the plaintiff firm's IOLTA, NOT to the personal account ({ACCOUNT_NUMBER:bank}) that {pt_he} keeps sending. {money} gross.")
P("records", "Family sent this portal link: {URL:portal} — it's the AVS from {DATE:d}. Can HIM confirm it's the final version?")
P("escalation", "FYI a fundraiser page is up for {NAME:pt}: {URL:gofund} — it mentions the ED wait. Comms ({exec}) is aware.")
P("incident", "Retained FB — {NAME:pt_inv} — CT {DATE:d} confirmed. {doc} notified. Sentinel review {mtg}.")
P("claim", "{mention} need device info for the pacemaker claim: pt {NAME:pt}, SN {DEVICE_ID:dev_pm}, implanted {DATE:d}. Recall letter attached.")
P("incident", "insulin pump event — pt brought own pump, serial {DEVICE_ID:dev_pump}, occlusion alarms overnight. pt is {NAME:pt_l} in {room}. biomed has it sequestered, DO NOT return to pt yet")
P("claim", "CGM lost in MRI — {NAME:pt}, {DATE:d}, transmitter serial {DEVICE_ID:dev_cgm}. Pt wants the replacement cost covered.")
P("records,money", "Card for the records copy fee ({fam_rel} of {NAME:pt}): {CREDIT_CARD:cc} exp {cc_exp}, name on card {NAME:fam}. Please run it and shred.")
P("records,legal", "Subpoena duces tecum: {NAME:pt_inv}, DOB {DATE:dob}, from {court}. Response due {dl}. Forwarding to HIM.")
P("legal", "Attorney {atty} from {firm} called about {NAME:pt}. Call back {PHONE:biz}.")
P("complaint", "grievance: {NAME:fam} (pt's {fam_rel}) says {pt_hon} {NAME:pt_l}, {AGE:old}, went without meals on {unit} {DATE:d} and {DATE:d2}. wants written response w/in 7 days")
P("complaint", "pt {NAME:pt_f} — the one w the sacral wound — family lives in {ADDRESS:town}, asked us to mail the letter there instead of the SNF")
P("claim,multiline", "Open claims needing records review:\n• {NAME:pt} — DOS {DATE:d}\n• {NAME:pt2} — DOS {DATE:d2}\n• {NAME:pt3} — DOS {DATE:d3}\nOwner: {staff_f}")
P("bot", "/risklookup mrn {MRN:mrn}")
P("bot", "@RiskBot summarize event {inc} for {NAME:pt} and draft a disclosure script for {doc}")
P("bot,letter", "Hey Copilot, write a letter to {pt_hon} {NAME:pt_l} apologizing for the delay on {pt_his} records request. Address: {ADDRESS:addr}. Keep it short.")
P("claim", "Police report from the garage fender bender: driver {NAME:pt}, DL {LICENSE_NUMBER:drvlic}, plate {VEHICLE_ID:plate}. {pt_He} was leaving after {pt_his} infusion.")
P("escalation", "Code gray on {unit}: visitor {NAME:vis} threw a chair. {vis_He}'s the {vis_rel} of the pt in {room} ({NAME:pt_l}). Trespass notice being served.")
P("employee-health", "{NAME:emp} from {dept} converted on the TB screen {DATE:d}. Keep {emp_him} off the schedule until occ health clears.")
P("employee-health,claim", "Workers comp: {NAME:emp_l} ({erole}) slipped in the cafeteria {DATE:d}, DOB {DATE:dob}. Claim opened with {wc_carrier}.")
P("employee-health", "{NAME:emp_f} in {dept} is out on medical leave (chemo). keep it quiet pls, {emp_he} asked us not to share")
P("credentialing", "Verified {doc_cred}'s license {LICENSE_NUMBER:lic} — active, expires {exp}. DEA {LICENSE_NUMBER:dea} still pending primary source.")
P("credentialing", "App for {app_cred}: SSN on the CAQH pull is {SSN:ssn} but the application has a different one. Can you confirm with {app_him} before we run NPDB?")
P("credentialing,legal", "Board complaint against {doc} re: pt {NAME:pt}, DOS {DATE:d}. Board investigator wants records by {dl}; their fax is {PHONE:biz}.")
P("credentialing,money", "pay the {board} verification fee on my p-card {CREDIT_CARD:cc}, exp {cc_exp}. it's {money_small}")
P("it", "IP allowlist request for the credentialing server: {IP_ADDRESS:ip} ({vendor_co} hosted). Ticket {ticket}.")
P("business-contact", "Our rep at {vendor_co} is {rep}, {PHONE:biz}, {EMAIL:biz_rep}")
P("business-contact,peer-review", "{doc}'s cell for the OPPE follow-up: {PHONE:ph_doc}")
P("peer-review,business-contact", "send the peer review packet to {EMAIL:biz_mailto} by {dl}")
P("incident,multiline", "RL event summary (pasted):\nEvent ID: {inc}\nEvent date: {DATE:d}\nPerson affected: {NAME:pt_inv}\nMRN: {MRN:mrn}\nAge: {AGE:old}\nType: Fall with injury\nHarm score: E")
P("claim,money", "Claim demand — {firm} is asking {money} for {NAME:pt}. DOS {DATE:d}, ortho case ({doc_l}). Our expert says defensible.")
P("records", "the auth for {NAME:pt} expired, need a new one before we send anything to {firm}")
P("incident", "Med error {DATE:d} — pt {NAME:pt_init} in {room} got {drug} meant for the pt next door ({NAME:pt2_l}). Both stable.")
P("complaint,emoji", "{pt_hon} {NAME:pt_l}'s {fam_rel} is on the phone with the CEO's office again 🙄 — {exec_f} wants a summary by noon. MRN {MRN:mrn}.")
P("escalation", "pls don't post names in {channel} — {NAME:pt} is the patient from the news story. move this to DM")
P("peer-review", "{doc_l} case for PRC — pt {AGE:old}[[F|M| y/o]], hip fx, surgery delayed 52h, DOS {DATE:d}. MRN {MRN:mrn}.")
P("legal", "Deposition prep: {doc} and {app} on {mtg}. Case is {NAME:pt} v. {hosp_short}. Defense counsel {firm}.")
P("vip", "VIP flag request: {NAME:pt} ({vip_desc}) scheduled for {proc} on {DATE:d}. Add to the privacy watch list.")
P("records", "Copy of records for {NAME:pt_lf} mailed to {ADDRESS:pobox} on 3 CDs. Tracking # in the log.")
P("complaint,forwarded", "Forwarded text from {PHONE:ph}: \"this is {NAME:fam}. my {fam_rel_of} {NAME:pt_f} was left in the hallway for 6 hours on {DATE:d}. nobody called me back\"")
P("incident", "restraint event {DATE:d} {unit} — {NAME:pt_l}, {AGE:old}. order renewed late. {staff_f} doing the review")
P("legal,records", "Preservation letter received for {NAME:pt}, DOB {DATE:dob}: hold all video from {DATE:d} in the ED lobby. IT ticket {ticket} opened.")
P("incident", "Burn from warming blanket — {NAME:pt_fml}, post-op day 1, {DATE:d}. Photos in the event, {doc} aware.")
P("claim", "{NAME:pt_l} claim update: mediation set for {mtg}, {firm} opposing. Plaintiff now lives in {ADDRESS:town} per the complaint.")
P("complaint", "Patient advocate note — {NAME:pt} called from {PHONE:ph}, says {pt_he} was billed for the ED visit on {DATE:d} after the fall we caused. acct {ACCOUNT_NUMBER:har}. Can we write it off?")
P("escalation", "<!here> pt {NAME:pt} AMA'd from {unit} w/ IV still in. Address on file {ADDRESS:addr}. PD notified for a welfare check.")
P("claim,multiline", "Claim intake\nClaimant: {NAME:pt_lf}\nDOB: {DATE:dob}\nSSN: {SSN:ssn}\nMember ID: {HEALTH_PLAN_ID:mem}\nDOS: {DATE:d}\nAlleged: failure to monitor\nAttorney: {firm}")
P("claim", "Medicaid lien notice for {NAME:pt}, recipient ID {HEALTH_PLAN_ID:mcd}. Need to notify {carrier} before we settle.")
P("employee-health", "{NAME:emp} ({erole}) was assaulted by a pt on {unit} {DATE:d}. ED eval, concussion. {emp_He} doesn't want it in the staff newsletter.")
P("incident", "ugh another one — {NAME:pt_l} in {room}, fell twice ({DATE:d} and {DATE:d2}), bed alarm off both times")
P("vip,escalation", "Trustee {exec}'s {pt_kin} {NAME:pt} is in the ED — CEO wants a heads up on anything. MRN {MRN:mrn}.")
P("records,legal", "{firm} wants the audit trail for {NAME:pt_l}, MRN {MRN:mrn}, admission {DATE:d} – {DATE:d2}. That's a big pull, loop in {staff}.")
P("peer-review", "OPPE trigger: {doc} had 3 returns to OR in Q2. one is MRN {MRN:mrn}, DOS {DATE:d}. others are in the packet.")
P("incident", "Pt {NAME:pt_l}'s CPAP (serial {DEVICE_ID:dev_cpap}) got thrown out with the linens on {unit}. {pt_He}'s asking us to replace it.")
P("complaint,emoji", "just got off the phone w {NAME:fam} 😩 {fam_he} says {fam_his} {fam_rel_of} (pt {NAME:pt_l}) was discharged w/o meds on {DATE:d}. promised a callback by EOD")
P("claim,money", "Reserve change: {NAME:pt} — from {money} to {money2}. Reason: expert review. Loss date {DATE:d}.")
P("records", "{mention} can you send the chart copy for *{NAME:pt}* (MRN `{MRN:mrn}`) to {firm}? auth is in the folder")
P("legal", "Notice of intent (NH): claimant {NAME:pt}, {ADDRESS:addr}. Date of treatment {DATE:d}. 60 days to respond.")
P("incident", "Armband mix-up in IR {DATE:d}: {NAME:pt} (MRN {MRN:mrn}) vs {NAME:pt2} (MRN {MRN:mrn2}). Caught at timeout, no harm.")
P("bot", "@PHIbot is it ok to post this here? 'pt {NAME:pt_l}, {AGE:old}, fall {DATE:d}'")
P("escalation", "{NAME:pt} — the {AGE:old} year old from {ADDRESS:town} — family says they're calling Channel 5. {exec} wants a timeline.")
P("legal", "Guardianship papers are in for {NAME:pt}: guardian is {NAME:fam} ({fam_rel}). Consent for the PEG now goes through {fam_him}.")
P("records", "HIM says no match for {NAME:pt_inv} DOB {DATE:dob} — maybe under the maiden name, {NAME:pt_maiden}?")
P("peer-review", "Case #{pr_case} | {doc_l} | MRN {MRN:mrn} | DOS {DATE:d} | Level 2 | due {dl}")
P("incident", "Patient-to-patient altercation on {unit}: {NAME:pt_l} hit {NAME:pt2_l} with a walker. Ages {AGE:old} and {age_y}. Families notified.")
P("complaint", "{pt_hon} {NAME:pt_l} called re {pt_his} bill, acct {ACCOUNT_NUMBER:har}, says never got the itemized stmt. callback {PHONE:ph}")
P("records", "ROI: send to {NAME:fam} at {EMAIL:em_obf}? {fam_He} typed it like that on the form.")
P("incident", "Suicide attempt on {unit} {DATE:d}, pt {NAME:pt_init}, sitter was on break. Sentinel. {exec} and {doc} briefed.")
P("claim,money", "Lien from {payer} for {NAME:pt_lf}: subscriber ID {HEALTH_PLAN_ID:mem}, DOS {DATE:d}–{DATE:d2}, {money}.")
P("escalation", "police at the front desk asking for {NAME:pt}'s discharge date. we don't give that w/o a warrant, right? {pt_he} was here {DATE:d}")
P("records", "Caller {NAME:fam} says {fam_he}'s {pt_hon} {NAME:pt_l}'s POA and wants all records from {DATE:d} on. Callback {PHONE:ph}, email {EMAIL:em}.")
P("employee-health,credentialing", "Dr. {NAME:emp_l} is self-referring to PHP. Fitness-for-duty eval next week. MEC chair ({doc}) only — keep this out of the general cred file.")
P("employee-health", "{NAME:emp}, {erole} — positive COVID {DATE:d}, last shift {DATE:d2}. contact tracing list to follow")
P("credentialing", "DEA for {doc_cred}: {LICENSE_NUMBER:dea}, state CSR {LICENSE_NUMBER:csr}. Both verified {today_date}.")
P("credentialing,multiline", "Primary source verification\nProvider: {doc_cred}\nNPI: {npi}\nLicense: {LICENSE_NUMBER:lic}\nDEA: {LICENSE_NUMBER:dea}\nBoard cert: {board_cert}, exp {exp}\nStatus: complete")
P("credentialing", "{app}'s license # is {LICENSE_NUMBER:lic} not {LICENSE_NUMBER:lic2} — typo on the app, fixed in {cred_sw}")
P("credentialing,business-contact", "Reference contact for {doc}: {ref}, {PHONE:biz}, {EMAIL:biz_ref}")
P("legal,business-contact", "opposing counsel's paralegal is {atty2}, direct line {PHONE:biz} — {atty2_he} wants to schedule the 30(b)(6)")
P("complaint", "Return mail for {NAME:pt} — {ADDRESS:addr} is bad. New address per the pt: {ADDRESS:addr2}.")
P("incident", "pt {NAME:pt_l} in {room} self-decannulated at 0300, rapid called. {doc} at bedside. {pt_hon} {NAME:pt_l} is ok now")
P("records", "Dup chart merge: {NAME:pt} has MRN {MRN:mrn} and {MRN:mrn2}, DOBs {DATE:dob} vs {DATE:dob2}. Which one is right?")
P("claim", "VIN for the car that hit the pt in the ambulance bay: {VEHICLE_ID:vin}. Pt {NAME:pt}, {DATE:d}. Security has video.")
P("records", "Can someone check this link works before I send it to the family? {URL:portal_link}")
P("escalation,emoji", "🚨 {NAME:pt_inv} MRN {MRN:mrn} — family says they're filing with the state. {exec_t} wants eyes on it today")
P("incident", "Wrong blood product started on {NAME:pt_l} ({DATE:d}), stopped after 10 mL. reaction w/u neg. {doc} disclosing today.")
P("complaint", "{pt_hon} {NAME:pt_l} ({AGE:old}!) wrote a 4 page letter about {unit}. Scanned to the complaint folder. {pt_He}'s sharp as a tack, respond carefully.")
P("records", "need the dob for {NAME:pt_l} to match the subpoena — is it {DATE:dob} or {DATE:dob2}?")
P("claim,money", "the {NAME:pt_l}s finally signed the release. {money} settlement, {firm}. close the file after the check clears")
P("incident", "Visitor injury: {NAME:vis} tripped on the loose mat by the {entrance}, {DATE:d}. Was visiting {pt_hon} {NAME:pt_l}. Declined ED eval. Facilities ticket {ticket}.")
P("records", "acct {ACCOUNT_NUMBER:har} is the HAR for the {DATE:d} admission — {NAME:pt_lf}. needed for the claim file")
P("credentialing,employee-health", "Practitioner health: Dr. {NAME:emp_l} returning from leave with a PHP monitoring agreement. Needs proctoring on the first 10 cases.")
P("legal", "{NAME:pt} is suing over the {proc}. {pt_He} was {AGE:old} at the time; the family is the plaintiff. Complaint filed in {court}.")
P("escalation", "Can you call {pt_hon} {NAME:pt_l}'s {fam_rel} back at {PHONE:ph} before 5? {fam_He} says no one has called since the discharge on {DATE:d}.")
P("incident", "Event #{inc} ({DATE:d}): pressure injury stage 3, {NAME:pt}, {AGE:old}. Device-related (BiPAP mask). Wound RN {staff_f} following.")
P("vip", "Celebrity pt alert — {NAME:pt} is registered under the alias {NAME:pt_alias}. Only the {unit} charge RN + attending have access.")
P("employee-health", "fyi {NAME:emp_f} from {dept} had a seizure at the nurses station today, {emp_he}'s admitted. don't post in the unit chat")
P("claim,multiline", "Claim log update\n- {NAME:pt_l}: depo scheduled {mtg}\n- {NAME:pt2_l}: settled {money}\n- {NAME:pt3_l}: dismissed\nNext review {mtg2}")
P("complaint", "{NAME:pt} (goes by {NAME:pt_nick}) says the night nurse was rough with {pt_him}. {pt_He}'s in {room}. Can patient relations round today?")
P("records,business-contact", "Received a fax from {firm} at {PHONE:biz} re {NAME:pt} — authorization + check for copies")
P("incident", "Fall {DATE:d} {time}, {unit} {room}. Pt: {NAME:pt_lf}, age {AGE:old}. Morse 75, bed alarm on, no injury.")
P("claim", "Explant from the {NAME:pt} case is in the risk safe — {device_kind}, UDI {DEVICE_ID:udi}. Manufacturer wants it back, counsel says hold.")
P("legal", "The {NAME:pt_l} family's lawyer ({atty}) wants to meet {mtg}. Our side: {exec}, {doc}, and me.")
P("incident", "someone left the whiteboard up in {room} w the pt's full name and dob: {NAME:pt}, {DATE:dob}. privacy notified")
P("records,bot", "Hey RiskBot, find all events for MRN {MRN:mrn} since 2023 and list the dates")
P("bot,letter", "@Copilot draft an early-offer letter to {NAME:pt} c/o {firm} re: the event on {DATE:d}. tone: empathetic, no admission of fault")
P("records", "{pt_He} sent {pt_his} driver's license as ID for the records pickup — {LICENSE_NUMBER:drvlic}. name matches ({NAME:pt}). ok to release?")
P("complaint", "Pt {NAME:pt} called in re parking: {pt_his} car ({VEHICLE_ID:plate}) got towed from the {garage} while {pt_he} was in dialysis.")
P("incident", "{NAME:pt}, {AGE:old}, {ADDRESS:town} — transferred from {ext_facility} {DATE:d}, arrived with a stage 4 not documented on transfer. want this in the event so it isn't counted as ours")
P("multiline,complaint", "Pt: {NAME:pt}\nDOB {DATE:dob}\nHAR {ACCOUNT_NUMBER:har}\nPhone {PHONE:ph}\nIssue: billed for incident-related visit\nAsk: write-off")
P("employee-health", "Heads up, {NAME:emp} ({erole}) might be a Hep B nonresponder — occ health wants a titer before {emp_he} goes back to {unit}.")
P("records", "who has the {NAME:pt_l} chart? the one w DOS {DATE:d}. {firm} called twice")
P("peer-review", "PRC minutes draft: case 3 — {doc}, pt {AGE:old} y/o, DOS {DATE:d}, determination: care appropriate w/ opportunity for improvement.")
P("incident", "elopement #2 this month. {NAME:pt} ({age_y}) walked out of {unit} at {time}, found near {pt_his} house on {ADDRESS:street}. PD brought {pt_him} back")
P("claim,money", "Check from the carrier is payable to {NAME:pt} and {NAME:fam}. Mail to {ADDRESS:addr}.")
P("legal,records", "Medical examiner wants records for {NAME:pt_inv}, DOD {DATE:d}. Release per statute, no auth needed.")
P("escalation", "can someone pls look at {NAME:pt_l} in {room}?? {fam_rel} says {pt_he}s had no pain meds since 2am, threatening to call the news")
P("records", "Attorney letter ({firm}) has the wrong DOB for {NAME:pt} — they wrote {DATE:dob}, chart says {DATE:dob2}. Send it back?")
P("incident", "{NAME:pt_l} fall — {DATE:d} — hip fx confirmed. pt is {AGE:old}. Disclosure done by {doc}.")
P("claim,money", "Subrogation notice: {payer} paid {money} for {NAME:pt}'s readmission {DATE:d}, policy # {HEALTH_PLAN_ID:mem}. They want it back from our carrier.")
P("records", "Ok to release to {NAME:fam} ({fam_rel}, listed as HCP)? Pt {NAME:pt_f} can't sign right now. Email {EMAIL:em}")
P("vip", "the mayor's {pt_kin} is on {unit}. {NAME:pt}. dob {DATE:dob}. lock the chart")
P("credentialing", "We have to report {doc}'s privileges restriction to NPDB within 30 days. License # {LICENSE_NUMBER:lic}, {board}.")
P("credentialing", "{doc} sent the SSN like this for the NPDB self-query: {SSN:ssn_obf}. pls don't leave it in chat")
P("it", "Audit log shows {doc}'s credentialing file was opened from {IP_ADDRESS:ip} at 2:14am. Not one of ours.")
P("claim,multiline", "From: {atty} <{EMAIL:biz_atty}>\nRe: {NAME:pt} / {hosp_short}\nPlease preserve all records for DOS {DATE:d}.")
P("records", "request from {NAME:fam} for {fam_his} late {fam_rel_of}'s records ({NAME:pt}, died {DATE:d}). needs letters of administration first")
P("thread", "^ that's the {NAME:pt_l} fall from {DATE:d}, same pt as the earlier grievance")
P("thread", "yes — {NAME:pt} is the {AGE:oldn}yo. the other one is {NAME:pt2_l}, {age_y}")
P("thread", "replying here so it's in one place: {NAME:pt_l} family meeting moved to {mtg}. {fam_rel} {NAME:fam_f} will dial in from home in {ADDRESS:town}")
P("emoji,records", "✅ sent records for {NAME:pt_lf} to {firm}. 📎 log updated")
P("incident", "{NAME:pt_l} fell again")
P("records", "MRN {MRN:mrn} pls")
P("complaint", "who is {NAME:pt}?? family on line 2")
P("records", "DOB on the claim is {DATE:dob}, chart matches")
P("incident", "pt {NAME:pt_l} {AGE:oldn}yo, fall, no inj")
P("complaint,slack-markup", "{NAME:fam} ({fam_rel}): {PHONE:ph_tel}")
P("records", "Pls mail the records to the pt c/o {fam_rel}: {NAME:fam}, {ADDRESS:pobox}")
P("complaint", "{fam_Rel} says the pt ({NAME:pt_f}) got the wrong diet tray 3x. pt is {AGE:old}, on {unit}. tray ticket {ticket}.")
P("claim", "Member {HEALTH_PLAN_ID:mem} / {payer} / {NAME:pt_inv} — the denial for the return to OR, is that tied to our claim? ask billing")
P("incident,money", "Anesthesia event: {NAME:pt}, {DATE:d}, dental injury on intubation. {app_cred} involved. Pt wants the dentist bill covered, {money_small}.")
P("records,multiline", "HIM request form\n---\nRequester: {firm}\nPatient name: {NAME:pt_fml}\nDate of birth: {DATE:dob}\nMed rec #: {MRN:mrn}\nDates of service: {DATE:d} through {DATE:d2}\nPurpose: litigation")
P("complaint,multiline", "Patient relations intake (copied from the form)\nCaller: {NAME:fam} — {fam_rel}\nPhone: {PHONE:ph}\nPatient: {NAME:pt}\nUnit: {unit}\nConcern: call light not answered, pt fell trying to get to bathroom\nDate of event: {DATE:d}")
P("claim,forwarded", "FW: from {carrier} claims — \"We are in receipt of a notice of claim on behalf of {NAME:pt_lf} (DOB {DATE:dob}) concerning care rendered on or about {DATE:d}. Please forward the complete medical record.\"")
P("forwarded,complaint", "forwarding a text the unit got: \"hi its {NAME:fam_f}, {NAME:pt_f} {NAME:pt_l}s {fam_rel}. can someone call me at {PHONE:ph}. nobody told us about the fall\"")
P("records", "Release log: {NAME:pt} → {firm}, 412 pages, $ paid by check. Requester email {EMAIL:biz_atty}.")
P("incident", "IV infiltration w/ blistering, L forearm — {NAME:pt_lf} (MRN {MRN:mrn}), {DATE:d}. Vesicant was [[vancomycin|calcium chloride|norepinephrine|potassium|contrast]]. Plastics consulted.")
P("escalation", "{pt_hon} {NAME:pt_l}? No — legal name is {NAME:pt_maiden} now, {pt_he} changed it back. Same pt, MRN {MRN:mrn}. Update the claim caption.")
P("incident", "fall w injury 4w last nite, pt is {NAME:pt_l} (the {AGE:oldn}yo from {ADDRESS:town}), hip xray pending, family not yet called")
P("claim", "Plaintiff {NAME:pt} (formerly of {ADDRESS:addr}) has moved out of state; {firm} will accept service for {pt_him}.")
P("complaint", "Mr. and Mrs. {NAME:pt_l} came to the front desk demanding the nurse's name from the {DATE:d} incident. Security walked them to patient relations.")
P("incident", "Near-miss turned harm: KCl bolus, {NAME:pt} ({AGE:old}), {unit}, {DATE:d} {time}. Rapid response, transferred to ICU. Disclosure by {doc} + {staff}.")
P("escalation", "can u call back the {fam_rel} of the pt who died on {unit} last week? name is {NAME:fam}, # is {PHONE:ph}. {fam_he} wants the autopsy results")
P("records", "HIPAA auth rejected — signed by {NAME:fam} but {fam_he}'s not the personal representative for {NAME:pt_lf}. Letter going to {fam_him} at {ADDRESS:addr}.")
P("legal", "Summons served today: {NAME:pt} v. {hosp}, {doc_cred}, and {app_cred}. Date of loss {DATE:d}. Sending to {carrier} + {firm}.")
P("incident", "Pt {NAME:pt} (DOB {DATE:dob}, MRN {MRN:mrn}) had a retained guidewire found on CXR {DATE:d}. Removed by IR same day. Reportable.")
P("vip", "heads up {vip_desc} is in ed bay 4, registered as {NAME:pt_alias}. real name {NAME:pt}. dont look them up unless you're treating")
P("credentialing,money", "NPDB query fees — charge the corporate Amex {CREDIT_CARD:cc}. {money_small} for {n} queries.")
P("claim", "Deductible reimbursement goes to the pt's bank: routing on the form, acct {ACCOUNT_NUMBER:bank}, account holder {NAME:pt}. Finance needs a W-9 first.")
P("records", "Patient {NAME:pt} wants {pt_his} records sent to {pt_his} personal email {EMAIL:em}. Does {pt_he} understand the risk of unencrypted? Document it.")
P("employee-health", "OSHA 300 entry: {NAME:emp}, {erole}, back strain from patient lift on {DATE:d}, 12 days restricted duty.")
P("employee-health", "is {NAME:emp_l} ok?? heard {emp_he} was admitted after the code on 5n. {NAME:emp_f} is out the rest of the week")
P("incident", "Wrong-patient order: labs ordered on {NAME:pt} instead of {NAME:pt2}, both on {unit}. Caught by the lab, no draw. {doc} aware.")
P("complaint", "Letter from {NAME:fam}, {ADDRESS:addr}, complaining about {fam_his} {fam_rel_of}'s care on {unit} ({DATE:d}–{DATE:d2}). Response due in 30 days.")
P("legal", "The judge ordered an IME for {NAME:pt} on {DATE:d}. Our expert is {doc_cred}.")
P("records", "mr# {MRN:mrn} — {NAME:pt_lf} — records for the {DATE:d} er visit went to the wrong law firm. privacy breach? need to assess")
P("claim", "{NAME:pt_l} matter: {carrier} wants the pt's Medicare number before settlement. Got it from the face sheet: {HEALTH_PLAN_ID:mbi}.")
P("incident", "Post-op neuro deficit — {NAME:pt_fml}, spinal fusion {DATE:d}. {doc} wants peer review, not just event review. Family ({NAME:fam}, {fam_rel}) asking questions.")
P("escalation", "Press called about {NAME:pt} — the ones from {ADDRESS:town} on the news. No comment, route to {exec}.")
P("credentialing", "{app_cred} licensing: {board} lic {LICENSE_NUMBER:lic}, expires {exp}. Collaborating physician {doc}.")
P("structured", "patient lookup for the claim: {NAME:pt_inv} / DOB {DATE:dob} / MRN {MRN:mrn} / HAR {ACCOUNT_NUMBER:har}")
P("escalation", "Heads up: {NAME:pt_l} (pt in {room}) keeps asking for {doc}'s home address. Security aware. {pt_He}'s {AGE:old} but very mobile")
P("complaint", "Pt's {fam_rel}, {NAME:fam_f}, says the hospice referral on {DATE:d} was never sent. pt {NAME:pt_l} is on {unit}. very angry, asking for the CNO")
P("incident", "Sharps found in linen by EVS — EVS worker {NAME:emp} stuck, {DATE:d}. Source unknown. Occ health notified.")
P("records", "Chart # {MRN:mrn} ({NAME:pt_l}) has a sealed BH note — don't include in the attorney copy.")
P("claim,money", "Early resolution offer approved: {money} to {NAME:pt} for the {DATE:d} med error. {exec_t} signed. Release going out to {ADDRESS:addr}.")
P("records", "The {fam_rel} of {NAME:pt} ({NAME:fam}) wants to pick up the CD of images. {fam_His} ID: DL {LICENSE_NUMBER:drvlic}.")
P("incident,device", "Hearing aids (both) lost in PACU — {NAME:pt}, {DATE:d}. L serial {DEVICE_ID:dev_ha}, R serial {DEVICE_ID:dev_ha2}. Quote from audiologist {money_small}.")
P("legal", "Call from {atty} re: {NAME:pt} — {atty_he} wants our CMO to call {PHONE:biz} or email {EMAIL:biz_atty}")
P("records", "the {NAME:pt_l} file — dob {DATE:dob}, mrn {MRN:mrn} — where did we land on the billing records, are they in scope of the subpoena")
P("employee-health", "Exposure follow-up: {NAME:emp_fml}, {erole}, splash to eyes {DATE:d}. Source pt {NAME:pt_init}, MRN {MRN:mrn}. Repeat labs at 6 wks.")
P("records", "Pt says {pt_he} can't open {pt_his} visit summary — the link {pt_he} forwarded is {URL:portal}. Expired, or wrong account?")
P("escalation", "Family posted an update page that names the nurse: {URL:gofund}. {exec_t} wants it flagged to Legal before it spreads.")
P("records", "ZIP on the authorization is {ADDRESS:zip} but the address in Epic for {NAME:pt} is {ADDRESS:addr}. Which one do we mail to?")
P("claim", "per the police report {NAME:pt_l} lives at {ADDRESS:street} off Rte 110 in {ADDRESS:town}. {firm} has the same address")

# ---- clean (hard negatives) -------------------------------------------------------------
C("credentialing,calendar", "Credentials Committee moved to {mtg} at {time}, {confrm}. Agenda: {n} initial apps, {n2} reappointments.")
C("credentialing,exec-name", "{doc_cred}'s reappointment was approved at MEC. Privileges: {priv}. Letter goes out this week.")
C("credentialing,npi", "NPI for {doc} is {npi} — matches NPPES. Taxonomy {taxonomy}.")
C("credentialing,calendar", "Reminder: {doc}'s license expires {exp}. Renewal confirmation isn't in the file yet.")
C("peer-review", "FPPE for {app_cred} is complete — 10 cases reviewed by {doc2}, no concerns. Closing it in {cred_sw}.")
C("exec-name,calendar", "{exec} ({exec_t}) wants the quarterly claims summary by {dl}.")
C("money", "Total incurred for FY{fy} is {money}, {n} open claims, {n2} closed without indemnity.")
C("ticket", "{cred_sw} won't load the OPPE dashboard again. Opened {ticket} with IT.")
C("version", "{vendor_co} pushed {cred_sw} {ver} last night and the privilege forms lost their formatting.")
C("facility-address", "Deposition is at {firm}'s office, {biz_addr}. Parking is validated.")
C("ext", "Call me at x{ext} if the board portal times out again.")
C("calendar", "Zoom for the RCA: Meeting ID {zoom}, passcode {passcode}. {mtg} at {time}.")
C("age-aggregate", "Falls data: {n} falls on {unit} in Q{q}, {n2} of them in patients 90+. Target is under {n3}.")
C("mrn-topic", "Reminder: the new EHR uses 10-digit MRNs, so the old 8-digit ones in the claims tracker won't match.")
C("ssn-topic", "We don't collect SSN on the initial app anymore — CAQH has it. Removing the field from the form.")
C("cpt,credentialing", "Privilege delineation for ortho includes CPT {cpt} and {cpt2}; gen surg wants them too. Bring it to MEC.")
C("icd", "Trending fall codes — {n} events coded {icd} last quarter vs {n2} the quarter before.")
C("po,money", "PO {po} for the {vendor_co} renewal is approved, {money}. Invoice {inv} due {dl}.")
C("zip-like", "Charge the outside counsel invoices to cost center {costc}, not the MSO one ({costc2}).")
C("facility-address", "Our {site} clinic moved to {biz_addr}. Update the address on the malpractice certificate.")
C("hipaa,calendar", "Annual HIPAA refresher is due {dl}. {n} people in Risk still haven't done it.")
C("exec-name,calendar", "{exec} will present the sentinel event summary at the board quality committee {mtg}.")
C("incident", "Fall on {unit} overnight, no injury, event entered. Pt is {age_y}. Bed alarm was on.")
C("incident", "two med errors on {unit} this week, both near-miss, both caught at scanning. nothing to disclose")
C("peer-review", "{doc_l} is conflicted on the {doc2_l} case, we need another reviewer from {spec}.")
C("calendar", "PRC {mtg}: {n} cases, {confrm}. Lunch from {caterer} is ordered.")
C("claim,money", "New claim from {firm} — ED delay case, {spec}. {carrier} notified. Reserve {money}.")
C("legal,money,exec-name", "Outside counsel rate for {firm} goes to {money_hr}/hr in 2026. {exec_f} approved it.")
C("credentialing", "Can you send {doc}'s privilege form to {doc2} for chair signature? It's in the {cred_sw} queue.")
C("credentialing,exec-name", "Temporary privileges for the locum, {doc_cred}, approved by the {exec_t} through {dl}.")
C("calendar", "{rep} from {vendor_co} can do a demo {mtg} at {time}. Anyone want to join?")
C("bot", "@RiskBot how many sentinel events did we report to TJC in {yr}?")
C("bot,calendar", "/remind {channel} Credentials Committee packets due {dl}")
C("version", "Epic {ver} moved the event reporting link. New path: Epic button > Safety > Report an Event.")
C("calendar", "RCA is in {confrm}, not {confrm2}. Bring the timeline printouts.")
C("facility-address", "Mailing address for the {board}: {board_addr}. Certified mail only.")
C("money,exec-name", "Settlement authority over {money} needs board approval; under that the {exec_t} can sign.")
C("credentialing", "{n} apps stuck waiting on peer references. {staff} is calling the references this week.")
C("calendar", "Policy RM-{pol} (disclosure of adverse events) is effective {eff}. Link: {link_intranet}")
C("calendar", "can we push the mso huddle to {time}? i have a depo at {time2}")
C("npi,credentialing", "NPPES shows {doc} under two NPIs: {npi} and {npi2}. Which one did we load?")
C("ticket", "IT closed {ticket} but the RL6 form still crashes on submit. Reopening.")
C("exec-name", "Welcome {exec}, our new {exec_t}! Starts {eff}.")
C("credentialing,calendar", "{doc}'s board cert ({board_cert}) lapses {exp}; {doc_he}'s sitting the MOC exam {mtg}.")
C("age-aggregate", "Readmit audit: 2 pts over 90 and {n} over 80 in the sample. None preventable per {doc}.")
C("escalation,exec-name", "{exec_t} wants every sentinel event from the last 5 yrs in one sheet. I'll pull from RL. no pt names in the sheet pls")
C("calendar", "TeamSTEPPS training {mtg}, {time}, {confrm}. {n} seats left.")
C("legal", "Got the subpoena from {court} — it's for {doc}'s personnel file, not a patient. Forwarding to HR legal.")
C("records", "HIM turnaround for attorney requests is averaging {n} days. Goal is 15.")
C("peer-review", "Peer review is privileged under state statute — don't forward case summaries outside the committee. Thanks!")
C("money", "Average indemnity for OB claims over 5 yrs: {money}. Defense costs averaged {money2}.")
C("credentialing", "Initial app for {app_cred} ({spec}) is complete except the {board} verification. Should clear by {dl}.")
C("ext,calendar", "{staff} is out {mtg}; route claims calls to {staff2} at x{ext}.")
C("emoji", "🎉 {n} reappointments processed this month, zero late! thanks team")
C("incident", "Reminder: restraint events need a debrief within 24h. Last quarter we were at {pct}%.")
C("calendar", "Can you book {confrm} for {mtg} at {time}, 90 min? Sentinel event huddle, {n} people.")
C("thread", "^ agree w {staff_f}, let's wait for the expert review before we change the reserve")
C("multiline,calendar", "Agenda — MEC {mtg}\n1. Credentials report ({doc_l})\n2. Peer review summary\n3. Bylaws amendment Art. {roman}\n4. {exec_t} update")
C("version", "RL6 build {build} fixed the attachment bug, per {rep}.")
C("zip-like,money", "Contract {contract} with {vendor_co} renews {eff}; {n}-month term, {money}/yr.")
C("credentialing,calendar", "{doc}'s malpractice coverage with {carrier} runs through {exp}; COI on file.")
C("hipaa", "Reminder: minimum necessary applies to attorney requests too — send only what's in the authorization.")
C("credentialing", "did {doc_f} {doc_l} ever send the case log? fppe cant close w/o it")
C("legal,exec-name", "{firm} sent the engagement letter for the {spec} claim. {exec} signs.")
C("ticket", "Ticket {ticket}: Slack retention for {channel} set to 90 days per the legal hold policy.")
C("calendar,emoji", "out {mtg} — {staff2_f} has the on-call phone 📱")
C("npi,credentialing", "Lookup: NPI {npi}, {doc_cred}, {spec}, {fac_city}. Active.")
C("facility-address", "The {board} moved. New address {board_addr}. Update the letter template.")
C("bot", "Hey Copilot, summarize the Credentials Committee minutes from last month in 5 bullets")
C("bot", "@RiskBot what's the reporting deadline for a sentinel event to the state?")
C("incident", "near miss in {dept}: two pts with the same last name on the schedule, caught at timeout. good catch by {staff}")
C("money,exec-name", "Premium for {fy_label} came in {pct}% over last year — {money}. The {exec_t} is not happy.")
C("credentialing", "{doc} asked to drop {priv_one} privileges — needs a letter to the {spec} chair, {doc2}.")
C("age-aggregate", "Sentinel events last year: {n} total, {n2} falls, median age 81.")
C("ext", "pager for the admin on call is x{ext}; don't post cell numbers here")
C("multiline,calendar", "This week:\nMon — PRC prep\nTue {time} — Credentials\nWed — {carrier} claims review\nThu — off\nFri — MEC packets due")
C("legal,exec-name", "{exec_t} says no more emailing claim summaries to {carrier}; upload to their portal instead.")
C("version", "Anyone else on {cred_sw} {ver}? The expirables report is double counting DEAs.")
C("credentialing", "Moving {doc} to provisional status pending {n} more proctored cases. {doc2} is the proctor.")
C("escalation,calendar", "Reminder that the state survey team is onsite {mtg}. Don't discuss open events in the hallways.")
C("records", "the scanning backlog in HIM is {n} boxes. {staff} says 3 weeks.")
C("po,money", "{vendor_co} invoice {inv} for {money_small} — is that the NPDB continuous query fee or the CAQH one?")
C("exec-name,calendar", "{exec} wants the RCA deck by {dl}, 10 slides max")
C("calendar", "the bylaws committee meets {mtg}, pls send redlines before then")
C("cpt,credentialing", "Core privileges for IR list {cpt}, {cpt2}, {cpt3}; {doc} requested the full set.")
C("icd", "RCA coding: primary {icd}, secondary {icd2}. Event type: medication.")
C("ticket,ext", "Help desk says reset your {cred_sw} password via x{ext} or the ticket portal.")
C("calendar", "MEC approved the new focused review policy {mtg}. Effective {eff}.")
C("money,po", "PO {po}: {n} licenses of {cred_sw} at {money_small} each.")
C("legal", "lit hold from {firm} covers emails from {yr} on, ask IT to suspend auto-delete for the risk team")
C("credentialing", "The locums agency ({locum_co}) sent the packet for {doc_cred}; missing hospital affiliation verifications.")
C("calendar,exec-name", "Leapfrog survey due {dl} — the {exec_t} needs the never-events attestation.")
C("peer-review,emoji", "PRC scorecard is posted 👀 {link_intranet}")
C("calendar", "Flu shot clinic for the admin floors {mtg}, {confrm}, starting {time}.")
C("hipaa,mrn-topic", "Privacy office confirmed: posting MRNs in Slack is a reportable incident. Use the secure channel.")
C("calendar", "Q{q} claims review with {carrier} on {mtg}, {time}. Bring the reserve worksheet.")
C("credentialing", "Verified: {doc} — {board} license active, DEA active, no NPDB reports. Ready for committee.")
C("legal,money", "Expert witness {doc_cred} ({spec}) charges {money_hr}/hr for record review. Approved by {exec_f}.")
C("facility-address,zip-like", "Courier pickup for the records boxes: {biz_addr}, loading dock B.")
C("money", "Deductible on the {carrier} policy is {money} per claim, {money2} aggregate.")
C("calendar", "moving the mock tracer to {mtg}. {unit} manager ({staff}) confirmed.")
C("", "who has the PRC binder?")
C("emoji", "on it 👍")
C("", "anyone know the fax for HIM? nvm found it on the intranet")
C("calendar", "Credentials packets are out. Please review before {mtg}.")
C("ext", "{staff} is covering claims intake today, x{ext}.")
C("thread", "replying in thread — {doc_l} already signed, just waiting on {doc2_l}")
C("version,ticket", "After the {ver} patch, {cred_sw} emails go to spam. {ticket}.")
C("credentialing", "{n} practitioners due for reappointment in Q{q}. List is in the shared drive.")
C("age-aggregate", "Patients 90+ are {pct}% of our fall events — worth a focused review at the next quality committee?")
C("forwarded,exec-name", "Fwd from {exec}: \"Great work on the TJC survey prep, everyone. Thank you.\"")
C("peer-review,cpt", "Case selection for OPPE: all {cpt} with LOS > 5 days, {spec} only.")
C("multiline,money", "Claim summary (no PHI)\nClaim #: {claimno}\nService: {spec}\nAllegation: delayed dx\nStatus: open\nReserve: {money}\nCounsel: {firm}")
C("calendar", "MEC dinner {mtg} at {caterer}. RSVP to {staff_f}.")
C("hipaa", "Reminder from Legal: don't name patients in Slack. Use the event # only.")
C("credentialing,emoji", "{doc_l} finally sent the DEA copy 🙌 closing the file")
C("credentialing", "Telemedicine privileges by proxy for {tele_co} — {n} radiologists, agreement effective {eff}.")
C("money,exec-name", "The {exec_t} approved {money} for the new claims management module.")
C("incident", "pt in {room} fell, no harm, family aware. event # {inc}")
C("calendar", "mec packet deadline is {dl} not {dl2}, typo in the email")
C("ssn-topic", "CAQH attestation asks for the SSN — tell {app_f} that's normal, it's not us asking.")
C("mrn-topic", "Do event reports need the MRN or the HAR? Asking for the RL form redesign.")
C("zip-like", "Order {order} for {n} binders and tabs. Ships to the Medical Staff Office, {confrm}.")
C("facility-address,exec-name", "{exec} is at the {site} campus ({biz_addr}) all day Thursday.")
C("peer-review,money", "External peer review through {ext_pr_co} for the {spec} case — quote is {money_small}.")
C("credentialing", "ok so {doc_f} {doc_l}'s application — references came back, 2 of 3. chasing the last one")
C("legal,calendar", "Opposing counsel ({atty}, {firm}) agreed to extend discovery to {dl}.")
C("version", "{rep} ({vendor_co}) says the NPDB interface is fixed in {ver}.")
C("multiline,calendar", "Reminder list:\n☐ OPPE reports to chairs\n☐ {n} expirables this month\n☐ bylaws vote {mtg}\n☐ {carrier} loss runs")
C("incident", "{n} falls this week on {unit}, all {age_y}+ — none with injury. Huddle topic for tomorrow.")
C("credentialing,npi", "{app_cred} — NPI {npi}, supervising physician {doc}. Need the collaborative agreement before committee.")
C("claim", "Claim {claimno} closed — dismissed with prejudice. {firm} sending the stipulation.")
C("ticket,version", "The {cred_sw} → Epic provider interface failed overnight (job {ticket}). {rep} is looking.")
C("money,calendar", "Board fee increase: initial license application now {money_small}, effective {eff}.")
C("credentialing", "Heads up: {board} is doing random CME audits this cycle. {doc} got picked.")
C("peer-review", "{doc} appealed the PRC determination. Fair hearing panel: {doc2}, {doc3}, and an outside {spec} reviewer.")
C("calendar", "RCA² training with {vendor_co} {mtg} — {n} spots, priority to unit managers.")
C("escalation", "TJC called about a complaint on our sentinel event process. {exec_t} is taking the call at {time}. No details yet.")
C("facility-address", "Sending the original bylaws to the {board}, {board_addr}, by FedEx. Tracking in the binder.")
C("records,ticket", "Iron Mountain pickup request {ticket}, {n} boxes of closed claim files from {yr}.")
C("credentialing,calendar", "{doc}'s provisional period ends {exp}. {doc2} signed off on the proctoring.")
C("bot", "Hey RiskBot, what's our policy on apology letters? link pls")
C("peer-review,calendar", "PRC cases this month: {n} surgical, {n2} medical, {n3} nursing referrals. Meeting {mtg}.")
C("emoji,calendar", ":white_check_mark: MEC minutes approved. next one is {mtg}")
C("money,zip-like", "Reimbursed {money_small} for the {board} renewal under cost center {costc}.")
C("age-aggregate", "For the falls dashboard: split ages 18–64, 65–89, and 90 and over.")
C("credentialing", "{doc} — privileges in {spec} suspended pending FPPE (MEC vote was unanimous). Notify the OR scheduler.")
C("legal", "{exec_t}: any request from a licensing board goes to Legal first, no exceptions.")
C("ext,calendar", "Dial-in for the credentials subcommittee is the usual bridge, x{ext}, {time} {mtg}.")
C("thread", "+1 to what {staff_f} said. also the form still asks for DOB, which we agreed to drop for the event report header")
C("version", "App version on the incident-reporting iPads is {ver}; MDM will push {ver2} tonight.")


# ----------------------------------------------------------------------------------------
# rendering, transforms, verification
# ----------------------------------------------------------------------------------------
SLOT = re.compile(r"\{([A-Z_]+):([A-Za-z0-9_]+)\}|\{([A-Za-z0-9_]+)\}")
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
PHI_ROLES = {"pt", "pt2", "pt3", "fam", "vis", "emp"}
NAME_SUFFIXES = {"", "f", "l", "fml", "inv", "lf", "nick", "init", "fi", "maiden", "alias", "n", "cred"}
PHI_ONLY_BASES = {"dob", "d", "old", "oldn", "ph", "ph_doc", "biz", "ph_tel", "em", "em_obf", "biz_rep", "biz_ref", "biz_atty",
                  "biz_staff", "biz_mailto", "ssn", "ssn_obf", "mrn", "mem", "mbi", "mcd", "har", "bank", "lic", "csr",
                  "dea", "drvlic", "plate", "vin", "dev_ha", "dev_pm", "dev_pump", "dev_cgm", "dev_cpap", "udi", "portal",
                  "portal_link", "gofund", "ip", "addr", "street", "town", "zip", "pobox", "cc"}
KEY_TYPE = {"dob": "DATE", "d": "DATE", "old": "AGE", "oldn": "AGE", "ph": "PHONE", "ph_doc": "PHONE", "biz": "PHONE", "ph_tel": "PHONE",
            "em": "EMAIL", "em_obf": "EMAIL", "biz_rep": "EMAIL", "biz_ref": "EMAIL", "biz_atty": "EMAIL",
            "biz_staff": "EMAIL", "biz_mailto": "EMAIL", "ssn": "SSN", "ssn_obf": "SSN", "mrn": "MRN",
            "mem": "HEALTH_PLAN_ID", "mbi": "HEALTH_PLAN_ID", "mcd": "HEALTH_PLAN_ID", "har": "ACCOUNT_NUMBER",
            "bank": "ACCOUNT_NUMBER", "lic": "LICENSE_NUMBER", "csr": "LICENSE_NUMBER", "dea": "LICENSE_NUMBER",
            "drvlic": "LICENSE_NUMBER", "plate": "VEHICLE_ID", "vin": "VEHICLE_ID", "dev_ha": "DEVICE_ID",
            "dev_pm": "DEVICE_ID", "dev_pump": "DEVICE_ID", "dev_cgm": "DEVICE_ID", "dev_cpap": "DEVICE_ID",
            "udi": "DEVICE_ID", "portal": "URL", "portal_link": "URL", "gofund": "URL", "ip": "IP_ADDRESS",
            "addr": "ADDRESS", "street": "ADDRESS", "town": "ADDRESS", "zip": "ADDRESS", "pobox": "ADDRESS",
            "cc": "CREDIT_CARD"}
BIZ_KEYS = {"biz", "biz_rep", "biz_ref", "biz_atty", "biz_staff", "biz_mailto", "ph_doc"}


def check_slot(typ, key):
    """Guard against labelling mistakes in the frames themselves."""
    role, _, suf = key.partition("_")
    base = key if key in KEY_TYPE else key.rstrip("0123456789")
    if typ:
        if typ == "NAME":
            assert role in PHI_ROLES and suf in NAME_SUFFIXES, key
        else:
            assert KEY_TYPE.get(base) == typ, (typ, key)
    else:
        assert base not in PHI_ONLY_BASES, key
        if role in PHI_ROLES:
            assert suf not in NAME_SUFFIXES, key


def frame_keys(tpl):
    return [(m.group(1), m.group(2) or m.group(3)) for m in SLOT.finditer(tpl)]


def render(tpl, ctx):
    r = ctx.r
    while True:
        m = ALT.search(tpl)
        if not m:
            break
        tpl = tpl[:m.start()] + r.choice(m.group(1).split("|")) + tpl[m.end():]
    segs, pos, used = [], 0, []
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, False])
        typ, key = (m.group(1), m.group(2)) if m.group(1) else (None, m.group(3))
        used.append(key)
        v = ctx.resolve(key)
        if isinstance(v, str):
            segs.append([v, typ, False])
        else:
            for t, ty, nc in v:
                segs.append([t, ty if typ else None, nc])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, False])
    return segs, used


def lowercase(segs):
    for s in segs:
        if not s[2]:
            s[0] = s[0].lower()


KEYB = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y", "h": "j", "l": "k", "d": "f"}


def typo(segs, r):
    cands = []
    for i, s in enumerate(segs):
        if s[1] is None and not s[2]:
            for m in re.finditer(r"(?<![\w@/.<#:])[A-Za-z]{5,}(?![\w@/.>])", s[0]):
                cands.append((i, m))
    if not cands:
        return False
    i, m = r.choice(cands)
    w = m.group(0)
    k = r.randint(1, len(w) - 3)
    kind = r.choice(["swap", "drop", "double", "key"])
    if kind == "swap":
        nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif kind == "drop":
        nw = w[:k] + w[k + 1:]
    elif kind == "double":
        nw = w[:k] + w[k] + w[k:]
    else:
        c = w[k].lower()
        nw = w[:k] + KEYB.get(c, c) + w[k + 1:]
    if nw == w:
        return False
    s = segs[i][0]
    segs[i][0] = s[:m.start()] + nw + s[m.end():]
    return True


def finalize(segs):
    """join segments, return text + spans, verify the checker's left-to-right matching."""
    # merge adjacent unlabelled segments
    text = "".join(s[0] for s in segs)
    spans, expected, off = [], [], 0
    for s in segs:
        b = s[0].encode("utf-8")
        if s[1]:
            if not s[0] or s[0] != s[0].strip():
                return None
            spans.append({"type": s[1], "value": s[0]})
            expected.append((off, off + len(b)))
        off += len(b)
    tb = text.encode("utf-8")
    pos = 0
    for sp, (a, e) in zip(spans, expected):
        i = tb.find(sp["value"].encode("utf-8"), pos)
        if i != a:
            return None
        pos = i + len(sp["value"].encode("utf-8"))
    return text, spans


EMOJI_RE = re.compile("[\u2600-\u27bf\U0001F300-\U0001FAFF]|:[a-z_]+:")
MARKUP_RE = re.compile(r"<@U|<!here>|<#C|<https?:|<mailto:|<tel:|(^|\s)\*[^*\n]+\*|(^|\s)_[^_\n]+_|`[^`]+`")
CONTENT = {"NAME": "name", "DATE": "date", "AGE": "age"}


def make_message(frame, r, lower, slip):
    tags0, tpl = frame
    need_nick = {k.split("_")[0] for _, k in frame_keys(tpl) if k.endswith("_nick")}
    ctx = Ctx(r, need_nick)
    segs, used = render(tpl, ctx)
    tags = [t for t in tags0]
    if lower:
        lowercase(segs)
        tags.append("lowercase")
    if slip and typo(segs, r):
        tags.append("typo")
    if r.random() < 0.05 and not EMOJI_RE.search("".join(s[0] for s in segs)):
        segs.append([" " + r.choice(EMOJI), None, True])
    res = finalize(segs)
    if res is None:
        return None
    text, spans = res
    bare = re.sub(r"<[^>]*>", "", text)
    if not lower and re.search(r"[a-z]", bare) and not re.search(r"[A-Z]", bare):
        tags.append("lowercase")
    types = [s["type"] for s in spans]
    for t in types:
        tag = CONTENT.get(t, "structured")
        if tag not in tags:
            tags.append(tag)
    tags += sorted(ctx.tags - {"emoji", "slack-markup"})
    if "\n" in text:
        tags.append("multiline")
    if EMOJI_RE.search(text):
        tags.append("emoji")
    if MARKUP_RE.search(text) or "slack-markup" in ctx.tags:
        tags.append("slack-markup")
    contact_keys = [k for k in used if KEY_TYPE.get(k if k in KEY_TYPE else k.rstrip("0123456789")) in ("PHONE", "EMAIL")]
    biz_only = bool(spans) and all(t in ("PHONE", "EMAIL") for t in types) and \
        all((k if k in KEY_TYPE else k.rstrip("0123456789")) in BIZ_KEYS for k in contact_keys)
    if "business-contact" in tags and not biz_only:
        tags.remove("business-contact")
    if biz_only and "business-contact" not in tags:
        tags.append("business-contact")
    seen, out = set(), []
    for t in ["phi" if spans else "clean"] + tags:
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return text, spans, out


def main():
    r = random.Random(SEED)
    for kind, frames in (("phi", PHI_FRAMES), ("clean", CLEAN_FRAMES)):
        for tags, tpl in frames:
            keys = frame_keys(tpl)
            for typ, key in keys:
                check_slot(typ, key)
            has_phi = any(t for t, _ in keys)
            assert has_phi == (kind == "phi"), tpl
    assert len(set(t for _, t in PHI_FRAMES)) == len(PHI_FRAMES)
    assert len(set(t for _, t in CLEAN_FRAMES)) == len(CLEAN_FRAMES)

    def plan(frames, n):
        idx = list(range(len(frames)))
        r.shuffle(idx)
        order = idx[:n]
        reusable = [i for i in idx if SLOT.search(frames[i][1]) or ALT.search(frames[i][1])]
        while len(order) < n:
            order.append(r.choice(reusable))
        return order

    messages, seen_text, used_frames = [], set(), set()
    for kind, frames, n in (("phi", PHI_FRAMES, N_PHI), ("clean", CLEAN_FRAMES, N_TOTAL - N_PHI)):
        for fi in plan(frames, n):
            lower = r.random() < 0.17
            slip = r.random() < 0.12
            fi_try = fi
            for attempt in range(200):
                res = make_message(frames[fi_try], r, lower, slip)
                if res is not None and res[0] not in seen_text and bool(res[1]) == (kind == "phi"):
                    break
                if attempt % 25 == 24:
                    fi_try = r.randrange(len(frames))
            else:
                raise SystemExit("could not render frame %r" % (frames[fi][1],))
            seen_text.add(res[0])
            used_frames.add((kind, fi_try))
            messages.append(res)
    r.shuffle(messages)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, (text, spans, tags) in enumerate(messages, 1):
            f.write(json.dumps({"id": "hr%04d" % i, "text": text, "spans": spans, "tags": tags}, ensure_ascii=False) + "\n")
    sys.stderr.write("wrote %d messages (%d phi, %d clean); %d frames defined (%d phi, %d clean), %d used\n" % (
        len(messages), sum(1 for m in messages if m[1]), sum(1 for m in messages if not m[1]),
        len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES), len(CLEAN_FRAMES), len(used_frames)))


if __name__ == "__main__":
    main()
