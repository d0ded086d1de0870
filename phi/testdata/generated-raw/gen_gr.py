#!/usr/bin/env python3
"""Generator of labelled workplace-chat messages (prefix gr) for the PHI guard.

Theme: pharmacy, laboratory, radiology and the IT help desk.
Standard library only, fixed seed: running it twice writes identical bytes.

Messages are built segment by segment from frames (templates and small clause
grammars).  A segment is either literal text or a PHI value of a given type, so
the span list is exact.  After the optional transforms (lower case, ALL CAPS,
keyboard slip in a non-PHI word) every message is re-checked with the same
left-to-right search the format checker uses; a message whose spans would be
mis-located is drawn again.
"""
import json
import os
import random
import re
import unicodedata

SEED = 7310421
N_MESSAGES = 1500
CLEAN_SHARE = 0.45
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gr.jsonl")


def L(s):
    return [x.strip() for x in s.replace("\n", "|").split("|") if x.strip()]


# ---------------------------------------------------------------------------
# Name pools (written for this generator)
# ---------------------------------------------------------------------------
GIVEN = L("""
James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|
Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Gary|
Nicholas|Eric|Stephen|Jonathan|Larry|Scott|Justin|Brandon|Raymond|Gregory|Samuel|Benjamin|Patrick|Jack|
Dennis|Jerry|Tyler|Aaron|Henry|Douglas|Peter|Walter|Harold|Arthur|Roger|Eugene|Ralph|Wayne|
Mary|Patricia|Linda|Barbara|Elizabeth|Jennifer|Susan|Margaret|Dorothy|Nancy|Karen|Betty|Helen|Sandra|Donna|
Carol|Ruth|Sharon|Deborah|Shirley|Kathleen|Martha|Virginia|Joan|Evelyn|Frances|Gloria|Mildred|Doris|Eleanor|
Marjorie|Lorraine|Beverly|Bernice|Judith|Theresa|Catherine|Katherine|Emily|Madison|Abigail|Olivia|Ava|Harper|
Brittany|Tiffany|Kayla|Courtney|
Hope|Will|Grant|Bill|Faith|Joy|Grace|Rose|June|April|May|Dawn|Summer|Autumn|Sky|Hunter|Mason|Pat|Art|Iris|
Ivy|Jade|Amber|Sunny|Rich|Frank|Drew|Chase|Rob|Sue|Mark|Rusty|Destiny|Precious|Charity|Honor|Miles|Cliff|
Glen|Dale|Reed|Wade|Lane|Brook|River|Pearl|Ruby|Violet|Holly|Robin|Ray|Earl|Olive|Ginger|Star|
Siobhan|Niamh|Aoife|Ciaran|Declan|Padraig|Eamon|Brigid|Colm|Saoirse|Oisin|Maeve|
Giuseppe|Vincenzo|Salvatore|Carmela|Rosaria|Giovanna|Antonio|Luca|Francesca|Domenico|Concetta|Alessandra|
José|María|Juan|Guadalupe|Alejandro|Francisco|Jesús|Luz|Marisol|Yesenia|Xiomara|Maricela|Esperanza|Rogelio|
Héctor|Ramón|Consuelo|Dolores|Ignacio|Mateo|Valentina|Ximena|Santiago|Itzel|Yadira|Reinaldo|Nayeli|
João|Conceição|Manuel|Fernanda|Thiago|Luana|Adilson|Djamila|Ivanilda|Edson|Wellington|Rosângela|
Jean-Claude|Marie-Ange|Wisline|Dieudonné|Fabienne|Nadège|Jocelyne|Lovely|Wilner|Guerline|
Chinedu|Ngozi|Oluwaseun|Adebayo|Folake|Emeka|Chiamaka|Kwame|Akosua|Kofi|Abena|Yaw|Efua|Ifeoma|Babatunde|Temitope|
Abebe|Tigist|Selam|Yohannes|Hodan|Abdirahman|Fadumo|Wanjiru|Kamau|Achieng|
Mohammed|Fatima|Ahmed|Aisha|Omar|Layla|Yousef|Mariam|Khalid|Noor|Hassan|Zainab|Rania|Tariq|Samira|
Parisa|Dariush|Shirin|Reza|Mehmet|Elif|Zeynep|Emre|
Priya|Rajesh|Anjali|Sanjay|Deepika|Arjun|Lakshmi|Venkatesh|Sunita|Harpreet|Gurpreet|Manpreet|Imran|Farah|
Ayesha|Nusrat|Rakib|Tahmina|Sreeja|Krishna|Meenakshi|
Wei|Xiaoming|Mei|Jing|Hui|Zhiwei|Yan|Xiulan|Jian|Lingling|Haoran|Yuxuan|
Thanh|Huong|Minh|Linh|Tuan|Phuong|Dung|Hoa|Quang|Thuy|
Ji-woo|Min-jun|Seo-yeon|Hyun|Eun-ji|Sung-min|
Hiroshi|Yuki|Keiko|Takeshi|Aiko|Kenji|
Maricel|Rodel|Jocelyn|Arnel|Rowena|Marites|Dante|
Agnieszka|Krzysztof|Małgorzata|Wojciech|Dmitri|Aleksandr|Svetlana|Oksana|Volodymyr|Natalia|Yevgeny|Olga|Bogdan|
Eleni|Konstantinos|Dimitra|Spiros|Anahit|Armen|Tigran|Siranush|
Avraham|Chana|Moshe|Rivka|Yitzchak|Shira|
Klaus|Ingrid|Gunther|Annelies|Sven|Astrid|Lars|Birgit|
Sophal|Chanthy|Vanna|Bounmy|Xee|Nou|Yer|
Sione|Malia|Tevita|Winona
""")

SURNAMES = L("""
Smith|Johnson|Williams|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|Martin|Thompson|Harris|
Clark|Lewis|Robinson|Walker|Allen|Wright|Scott|Adams|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|
Parker|Evans|Edwards|Collins|Stewart|Morris|Rogers|Cooper|Peterson|Gray|Ward|Watson|Brooks|Sanders|Bennett|
Barnes|Ross|Henderson|Coleman|Jenkins|Perry|Powell|Patterson|Hughes|Butler|Simmons|Foster|Bryant|Russell|
Griffin|Hayes|Myers|Fisher|Ellis|Graham|Wallace|Hamilton|Marshall|Holmes|Porter|Dunn|Hawkins|
Mills|Brown|Green|Black|White|Young|Rich|Little|Hill|Stone|Fox|King|Price|Hope|Love|Small|Street|Bell|Cook|
Baker|Bishop|Church|Day|Field|Ford|Frost|Hall|Hunt|Lamb|Long|Marsh|Moody|Noble|Park|Pope|Rice|Rose|Sharp|
Short|Swift|Wise|Winter|Lake|Banks|Bush|Cash|Chase|Gold|Major|Bird|Crane|Wolf|Bloom|Page|Grant|Hart|Wells|
Waters|Mann|Strong|Sweet|Snow|Booth|Shepherd|Mason|Glass|Steel|Brand|Wood|Reed|
O'Brien|O'Neill|Murphy|Kelly|Sullivan|McCarthy|Fitzgerald|Donnelly|Gallagher|MacDonald|McAllister|Kavanagh|
Doherty|Nolan|
Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|D'Angelo|DeLuca|Caruso|Lombardi|Mancini|Di Stefano|
García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|Díaz|
Reyes|Morales|Cruz|Ortiz|Gutiérrez|Chávez|Ramos|Vargas|Castillo|Jiménez|Moreno|Romero|Herrera|Medina|Aguilar|
Vásquez|de la Cruz|de León|del Valle|Santiago|Colón|Figueroa|Quiñones|Batista|Ocasio|
Silva|Santos|Oliveira|Souza|Pereira|Costa|Carvalho|Ferreira|Rodrigues|Almeida|dos Santos|da Silva|Barbosa|
Tavares|Fontes|Gonçalves|Lopes|Monteiro|Semedo|Andrade|Furtado|
Jean-Baptiste|Pierre|Louis|Étienne|Dorsainvil|Charles|Desrosiers|Toussaint|Célestin|Fils-Aimé|Saint-Fleur|
Okafor|Okonkwo|Adeyemi|Oyelaran|Nwosu|Eze|Obi|Mensah|Asante|Boateng|Owusu|Adjei|Danso|Balogun|Ogunleye|
Chukwu|Akinola|
Tesfaye|Haile|Gebremedhin|Bekele|Mohamud|Warsame|Abdi|Omondi|Kariuki|Mwangi|
Haddad|Khoury|Nasser|Al-Masri|Abdullah|El-Amin|Saleh|Hamdan|Mansour|Aziz|Farouk|Al-Rashid|Ben Ali|
Tehrani|Hosseini|Rahimi|Karimi|Yilmaz|Demir|Öztürk|Kaya|
Patel|Shah|Singh|Kaur|Gupta|Sharma|Reddy|Iyer|Nair|Chowdhury|Rahman|Hossain|Khan|Qureshi|Malik|
Bhattacharya|Venkataraman|Desai|Mehta|Joshi|Pillai|Krishnamurthy|Ahmed|Siddiqui|
Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Lin|Ng|Wong|Chan|Leung|Cheung|Lam|Ho|
Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Truong|Ngo|
Kim|Lee|Choi|Jung|Kang|Cho|Yoon|
Tanaka|Suzuki|Watanabe|Yamamoto|Nakamura|Kobayashi|Sato|
Dela Cruz|Bautista|Villanueva|Mendoza|Aquino|Castro|Manalo|
Kowalski|Nowak|Wiśniewski|Wójcik|Lewandowski|Kaminski|Ivanov|Petrov|Smirnov|Kovalenko|Shevchenko|Bondarenko|
Horvath|Novak|
Papadopoulos|Georgiou|Nikolaidis|Karamanlis|Petrosyan|Hovhannisyan|Sarkisian|Manoogian|
Cohen|Levy|Goldberg|Friedman|Katz|Rosenberg|Shapiro|Ben-David|Weiss|
Schmidt|Müller|Schneider|Becker|Hoffmann|Wagner|van der Berg|Van Buren|de Vries|Jansen|Larsen|Johansson|
Lindqvist|Nilsen|
Thibodeau|Bouchard|Gagnon|Tremblay|Lévesque|St. Pierre|Beaulieu|Cormier|LeBlanc|Arsenault|
Sok|Chhay|Prak|Vang|Xiong|Lor|Phommachanh|Sayavong|
Tuilagi|Fonoti|Vaifale
""")
FEMALE = set(L("""
Mary|Patricia|Linda|Barbara|Elizabeth|Jennifer|Susan|Margaret|Dorothy|Nancy|Karen|Betty|Helen|Sandra|Donna|Carol|
Ruth|Sharon|Deborah|Shirley|Kathleen|Martha|Virginia|Joan|Evelyn|Frances|Gloria|Mildred|Doris|Eleanor|Marjorie|
Lorraine|Beverly|Bernice|Judith|Theresa|Catherine|Katherine|Emily|Madison|Abigail|Olivia|Ava|Harper|Brittany|
Tiffany|Kayla|Courtney|Hope|Faith|Joy|Grace|Rose|June|April|May|Dawn|Summer|Autumn|Iris|Ivy|Jade|Amber|Sue|
Destiny|Precious|Charity|Brook|Pearl|Ruby|Violet|Holly|Olive|Ginger|Star|Siobhan|Niamh|Aoife|Brigid|Saoirse|Maeve|
Carmela|Rosaria|Giovanna|Francesca|Concetta|Alessandra|María|Guadalupe|Luz|Marisol|Yesenia|Xiomara|Maricela|
Esperanza|Consuelo|Dolores|Valentina|Ximena|Itzel|Yadira|Nayeli|Conceição|Fernanda|Luana|Djamila|Ivanilda|
Rosângela|Marie-Ange|Wisline|Fabienne|Nadège|Jocelyne|Lovely|Guerline|Ngozi|Folake|Chiamaka|Akosua|Abena|Efua|
Ifeoma|Tigist|Selam|Hodan|Fadumo|Wanjiru|Achieng|Fatima|Aisha|Layla|Mariam|Zainab|Rania|Samira|Parisa|Shirin|
Elif|Zeynep|Priya|Anjali|Deepika|Lakshmi|Sunita|Farah|Ayesha|Nusrat|Tahmina|Sreeja|Meenakshi|Mei|Xiulan|
Lingling|Huong|Linh|Phuong|Hoa|Thuy|Seo-yeon|Eun-ji|Keiko|Aiko|Maricel|Jocelyn|Rowena|Marites|Agnieszka|
Małgorzata|Svetlana|Oksana|Natalia|Olga|Eleni|Dimitra|Anahit|Siranush|Chana|Rivka|Shira|Ingrid|Annelies|Astrid|
Birgit|Chanthy|Vanna|Malia|Winona"""))
UNISEX = set(L("""Pat|Sky|Sunny|Drew|Robin|River|Dale|Lane|Honor|Temitope|Noor|Thanh|Minh|Harpreet|Gurpreet|
Manpreet|Yuki|Hui|Jing|Yan|Xee|Nou|Yer|Krishna|Hyun|Ji-woo|Wei|Dung"""))
GIVEN_BY_SEX = {"f": [g for g in GIVEN if g in FEMALE and g not in UNISEX],
                "m": [g for g in GIVEN if g not in FEMALE and g not in UNISEX]}
SURN_SIMPLE = [s for s in SURNAMES if re.fullmatch(r"[A-Z][a-zà-ÿ]+", s)]

NICKS = {
    "Robert": ["Bobby", "Rob", "Bob"], "William": ["Billy", "Bill", "Will"], "Margaret": ["Peggy", "Maggie", "Meg"],
    "Elizabeth": ["Liz", "Betty", "Beth"], "Katherine": ["Kate", "Kathy", "Kat"], "James": ["Jim", "Jimmy"],
    "Richard": ["Rick", "Richie"], "Patricia": ["Patty", "Trish"], "Alejandro": ["Alex", "Ale"],
    "Guadalupe": ["Lupe", "Lupita"], "Francisco": ["Paco", "Pancho"], "José": ["Pepe", "Chepe"],
    "Dmitri": ["Dima"], "Aleksandr": ["Sasha"], "Joseph": ["Joe", "Joey"], "Thomas": ["Tom", "Tommy"],
    "Michael": ["Mike", "Mikey"], "Anthony": ["Tony"], "Dorothy": ["Dot", "Dottie"], "Edward": ["Eddie", "Ted"],
    "Deborah": ["Debbie", "Deb"], "Theresa": ["Terry", "Tess"], "Salvatore": ["Sal"], "Giuseppe": ["Peppino"],
    "Oluwaseun": ["Seun"], "Babatunde": ["Tunde"], "Chiamaka": ["Amaka"], "Mohammed": ["Mo"],
    "Konstantinos": ["Kostas", "Gus"], "Yevgeny": ["Zhenya"], "Volodymyr": ["Volodya"], "Natalia": ["Natasha"],
    "Wojciech": ["Wojtek"], "Krzysztof": ["Krzys"], "Małgorzata": ["Gosia"], "Ignacio": ["Nacho"],
    "Concetta": ["Connie"], "Rosaria": ["Rosie"], "Padraig": ["Paddy"], "Avraham": ["Avi"], "Yitzchak": ["Itzik"],
    "Venkatesh": ["Venky"], "Rajesh": ["Raj"], "Haoran": ["Howie"], "Xiaoming": ["Ming"], "Dieudonné": ["Dodo"],
    "Jean-Claude": ["JC"], "Harold": ["Hal"], "Frances": ["Fran", "Frannie"], "Mildred": ["Millie"],
    "Eleanor": ["Ellie", "Nell"], "Walter": ["Walt"], "Eugene": ["Gene"], "Gregory": ["Greg"],
    "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Timothy": ["Tim"], "Catherine": ["Cathy", "Cat"],
    "Virginia": ["Ginny"], "Kathleen": ["Kathy", "Kay"], "Christopher": ["Chris", "Topher"],
    "Abdirahman": ["Abdi"], "Temitope": ["Tope"], "Seo-yeon": ["Sunny"], "Xiulan": ["Lan"],
}

EXEC_TITLES = L("CFO|COO|CMO|CNO|CMIO|CIO|CISO|VP of Pharmacy Services|Director of Lab Operations|Chief of Radiology|"
                "VP Revenue Cycle|Chief Quality Officer|VP Ambulatory|Director of IT Service Desk|President")

# Towns (town, state, 3-digit ZIP prefix)
TOWNS = [
    ("Dracut", "MA", "018"), ("Lowell", "MA", "018"), ("Methuen", "MA", "018"), ("Haverhill", "MA", "018"),
    ("Amesbury", "MA", "019"), ("Peabody", "MA", "019"), ("Revere", "MA", "021"), ("Chelsea", "MA", "021"),
    ("Lynn", "MA", "019"), ("Malden", "MA", "021"), ("Medford", "MA", "021"), ("Quincy", "MA", "021"),
    ("Brockton", "MA", "023"), ("Randolph", "MA", "023"), ("Framingham", "MA", "017"), ("Worcester", "MA", "016"),
    ("Fitchburg", "MA", "014"), ("Leominster", "MA", "014"), ("Fall River", "MA", "027"),
    ("New Bedford", "MA", "027"), ("Taunton", "MA", "027"), ("Attleboro", "MA", "027"), ("Pawtucket", "RI", "028"),
    ("Woonsocket", "RI", "028"), ("Cranston", "RI", "029"), ("Nashua", "NH", "030"), ("Manchester", "NH", "031"),
    ("Salem", "NH", "030"), ("Dorchester", "MA", "021"), ("Mattapan", "MA", "021"), ("Roxbury", "MA", "021"),
    ("Jamaica Plain", "MA", "021"), ("Chicopee", "MA", "010"), ("Holyoke", "MA", "010"), ("Springfield", "MA", "011"),
    ("Pittsfield", "MA", "012"), ("Lewiston", "ME", "042"), ("Biddeford", "ME", "040"), ("Waterbury", "CT", "067"),
    ("New Britain", "CT", "060"), ("Yonkers", "NY", "107"), ("Paterson", "NJ", "075"), ("Elizabeth", "NJ", "072"),
    ("Everett", "MA", "021"), ("Saugus", "MA", "019"), ("Tewksbury", "MA", "018"), ("Billerica", "MA", "018"),
    ("Chelmsford", "MA", "018"), ("Andover", "MA", "018"), ("Gloucester", "MA", "019"), ("Marlborough", "MA", "017"),
    ("Hope Valley", "RI", "028"), ("Plymouth", "MA", "023"), ("Weymouth", "MA", "021"), ("Stoughton", "MA", "020"),
]
STREETS = L("""Maple|Oak|Elm|Pine|Birch Hollow|Tarbox|Chestnut|Washington|Lincoln|Highland|Prospect|Pleasant|Summer|
Winter|Spring|Mill|Church|School|Union|Park|Cedar|Walnut|Lakeview|Riverside|Hillcrest|Sunset|Franklin|Bridge|
Water|Canal|Broadway|Main|Central|Myrtle|Bowdoin|Blue Hill|Dudley|Columbia|Lawrence|Essex|Merrimack|Varnum|
Gorham|Cabot|Fuller|Hancock|Adams|Linden|Orchard|Willow|Juniper|Sagamore|Mystic|Salem|Boston|Lowell|Amherst|
Kimball|Nesmith|Foster|Beacon|Harvard|Tremont|Rindge|Magnolia|Aspen|Quarry|Old County|Hayward|Dartmouth""")
ST_SUFFIX = L("St|Street|Rd|Road|Ave|Avenue|Ln|Lane|Dr|Ct|Ter|Way|Pl|Cir|Blvd|Hwy")

FACILITIES = [
    ("Northgate Medical Center", "1200 Boylston St, Chestnut Hill, MA 02467"),
    ("Merrimack Valley Outpatient Lab", "350 Merrimack St, Lowell, MA 01852"),
    ("Harborview Imaging", "77 Seaport Blvd, Boston, MA 02210"),
    ("St. Brendan's Hospital", "400 Washington St, Brighton, MA 02135"),
    ("Northgate Pharmacy Annex", "18 Cabot Rd, Woburn, MA 01801"),
    ("the Westfield Draw Station", "5 Elm St, Suite 210, Westfield, MA 01085"),
    ("Riverbend Clinic", "900 Main St, Worcester, MA 01610"),
    ("the Quincy Ambulatory Center", "1 Marina Dr, Quincy, MA 02171"),
    ("the Salem MOB", "81 Highland Ave, Salem, MA 01970"),
]
HOSP_DOMAINS = L("northgatehealth.org|stbrendans.org|mvhealth.org|riverbendclinic.com|harborviewimaging.com")
PERSONAL_DOMAINS = L("gmail.com|yahoo.com|outlook.com|hotmail.com|comcast.net|icloud.com|aol.com|verizon.net|"
                     "protonmail.com|live.com|msn.com|charter.net")

# ---------------------------------------------------------------------------
# Literal (non-PHI) vocabularies
# ---------------------------------------------------------------------------
UNITS = L("4 West|6 North|5 South|7 West|MICU|SICU|CVICU|NICU|L&D|ED|PACU|Tele 8|Ortho 9|Oncology 7|Peds 3|"
          "Step-down 6|Psych 2|Rehab 4|Dialysis|Infusion|3 East|Med-Surg 5")
DRUGS = L("apixaban|Eliquis|vancomycin|insulin glargine|enoxaparin|oxycodone|methotrexate|semaglutide|Ozempic|"
          "adalimumab|Humira|Dupixent|Mounjaro|tacrolimus|levothyroxine|metformin ER|buprenorphine-naloxone|"
          "Suboxone|warfarin|Entresto|Jardiance|albuterol HFA|Trelegy|Xarelto|sertraline|gabapentin|"
          "hydroxychloroquine|Biktarvy|Paxlovid|Narcan|lisinopril|atorvastatin|prednisone|Keytruda|"
          "epoetin alfa|ondansetron|ceftriaxone|piperacillin-tazobactam|amiodarone|digoxin|lithium")
DRUGDOSES = L("apixaban 5 mg BID|vancomycin 1.25 g q12h|insulin glargine 20 units qHS|enoxaparin 40 mg SC daily|"
              "oxycodone 5 mg q4h PRN|methotrexate 2.5 mg weekly|semaglutide 0.5 mg weekly|adalimumab 40 mg q2wk|"
              "levothyroxine 88 mcg daily|metformin ER 500 mg BID|tacrolimus 1 mg BID|"
              "buprenorphine-naloxone 8-2 mg SL daily|Dupixent 300 mg q2wk|Mounjaro 5 mg weekly|"
              "warfarin 2.5 mg daily|Entresto 24-26 mg BID|Jardiance 10 mg daily|Xarelto 20 mg daily|"
              "gabapentin 300 mg TID|atorvastatin 40 mg daily|prednisone 10 mg daily|lithium 300 mg BID|"
              "amiodarone 200 mg daily|digoxin 0.125 mg daily|KCl 20 mEq PO x1|ceftriaxone 2 g IV daily")
DOSES = L("5 mg|10 mg|0.5 mg|2.5 mg|40 mg|88 mcg|20 units|1 g|1.25 g|300 mg|25 mcg|0.125 mg|8-2 mg|100 mg|15 mL")
LABTESTS = L("CBC|BMP|CMP|PT/INR|troponin|lactate|lipase|TSH|A1c|blood cultures x2|UA|type & screen|ammonia|"
             "vanc trough|lithium level|Mg|ABG|CK|hCG|ferritin|BNP|D-dimer|PTT|retic count|urine cx")
CRITICALS = L("K+ 6.8|Na 118|glucose 38|hs-troponin 2,310 ng/L|Hgb 5.9|plt 9K|INR 7.2|lactate 5.4|Ca 14.1|pH 7.04|"
              "WBC 0.4|ammonia 212|blood cx positive, GPC in clusters|K 2.4|glucose 612|fibrinogen 68|Mg 0.8|"
              "lithium 2.9|digoxin 3.1|vanc trough 41")
SPECPROBS = L("hemolyzed|clotted|QNS|unlabeled|mislabeled|in the wrong tube (lavender, needed light blue)|"
              "leaked in the bag|over 4 hrs old|not on ice|underfilled|missing collector ID|frozen in transit")
EXAMS = L("MRI brain w/wo|CT A/P w contrast|US RUQ|CTA chest|DEXA|screening mammo|MRI L-spine|PET/CT|"
          "nuc stress test|CT head w/o|XR chest 2V|US carotid|MRI knee|breast MRI|diagnostic mammo|CT colonography|"
          "MRCP|US pelvis|CT sinus|fluoro swallow study")
MODALITIES = L("CT 2|MRI 1|MRI 3|portable XR|US 4|mammo unit 2|fluoro room|PET/CT|cath lab 3|IR suite 1|DR room 5")
VENDORS = L("Epic|Oracle Health|Omnicell|BD Pyxis|Siemens Healthineers|GE HealthCare|Philips|Sectra|Sysmex|"
            "Beckman Coulter|Roche Diagnostics|Abbott|Cardinal Health|McKesson|CoverMyMeds|Surescripts|Imprivata|"
            "Citrix|Cisco Meraki|Palo Alto Networks|Zebra|Vocera|ServiceNow|Okta|CrowdStrike|Nuance|Fujifilm|"
            "Hologic|Baxter|BD Alaris|Swisslog|Stryker")
VENDOR_PHARM = L("Omnicell|BD Pyxis|Swisslog|Cardinal Health|McKesson|CoverMyMeds|Surescripts|Parata")
VENDOR_LAB = L("Sysmex|Beckman Coulter|Roche Diagnostics|Abbott|bioMérieux|Siemens Healthineers|Werfen|Cepheid")
VENDOR_RAD = L("Siemens Healthineers|GE HealthCare|Philips|Fujifilm|Hologic|Canon Medical|Sectra|Nuance")
VENDOR_DEV = L("Medtronic|Abbott|Boston Scientific|Biotronik|Tandem|Insulet|Dexcom|Phonak|Oticon|Cochlear")
VENDOR_TRANSPORT = L("Uber Health|MTM|Lyft Concierge|Veyo|the county van service")
DEPTS = L("Pharmacy|Lab|Radiology|Patient Access|Revenue Cycle|HIM|Nursing Informatics|Supply Chain|Oncology|"
          "the ED|Case Management|Infection Control|Blood Bank|Microbiology|Cardiology|Quality")
SYSTEMS = L("Epic|PACS|Sunquest|Beaker|Willow|Radiant|Omnicell|Kronos|Workday|ServiceNow|Imprivata|PowerScribe|"
            "MyChart|Cloverleaf|Rhapsody|Citrix")
ANALYZERS = L("cobas 8000|Sysmex XN-1000|Beckman DxI 800|Alinity ci|BioFire FilmArray|Vitek 2|ACL TOP 550|"
              "Atellica CH|GeneXpert|Cellavision DM96")
REFLABS = L("Quest|LabCorp|Mayo Clinic Labs|ARUP|the state lab|BioReference|Eurofins Viracor")
RETAILS = L("CVS on Main St|Walgreens|Stop & Shop pharmacy|Rite Aid|the Costco pharmacy|Market Basket pharmacy|"
            "Walmart pharmacy|Express Scripts|Optum Rx mail order|Accredo")
PAYERS = L("BCBS|Tufts Health Plan|Harvard Pilgrim|Aetna|UnitedHealthcare|MassHealth|Medicare Part D|Cigna|"
           "Humana|Wellcare|Fallon|Point32Health|Medicare Advantage")
LANGS = L("Portuguese|Haitian Creole|Spanish|Vietnamese|Khmer|Somali|Arabic|Cantonese|Mandarin|Russian|"
          "Cape Verdean Creole|Nepali|ASL|Polish")
DEVTYPES = L("Medtronic Azure pacemaker|Boston Scientific ICD|Abbott Assurity pacemaker|Medtronic MiniMed 780G pump|"
             "Tandem t:slim X2 pump|Cochlear implant processor|Biotronik Edora pacemaker|spinal cord stimulator")
PA_REASONS = L("step therapy not met|non-formulary|quantity limit|age edit|dx not on label|"
               "needs chart notes from last visit|duplicate therapy")
RELATIONS = L("neighbor|niece|health care proxy|son-in-law|granddaughter|brother|landlord|case worker")
CARS = L("gray Honda CR-V|white Ford F-150|blue Toyota Corolla|black Nissan Rogue|red Subaru Outback|"
         "silver Hyundai Elantra|green Jeep Wrangler|tan Chevy Equinox")
EMOJIS = L(":thumbsup:|:pray:|:eyes:|:white_check_mark:|:rotating_light:|:hourglass_flowing_sand:|:sweat_smile:|"
           ":fire:|:pill:|:test_tube:|:computer:|:lock:|:warning:|:100:|:+1:|:raised_hands:|:facepalm:|:coffee:|"
           ":sob:|:upside_down_face:|:heavy_check_mark:|:ambulance:|:x:|:tada:")
HOST_PREFIX = L("rad-pacs|lab-lis|ph-omni|epic-prd-ts|epic-cit|ngh-core-sw|idf3b-sw|mri-ws|ct-ws|ngh-fw|"
                "vocera-app|cloverleaf|ph-carousel|bb-wkstn|mic-vitek|zebra-prt|ngh-dc|ngh-ap")
CPTS = L("70553|74177|71275|80053|85025|36415|93000|77067|72148|78815|76700|70450|81001|87040|80048")
ICDS = L("E11.9|I48.91|N18.4|C50.911|J18.9|Z79.01|R07.9|I10|E87.5|D69.6|N17.9|K85.90|Z12.31|M81.0|G40.909")
INTRANET_PAGES = [("lab/policies/critical-values", "critical value policy"),
                  ("pharmacy/formulary-2026", "formulary"), ("it/kb/okta-mfa-reset", "MFA reset KB"),
                  ("rad/protocols/ct-contrast", "contrast protocol"), ("lab/specimen-labeling", "labeling SOP"),
                  ("it/downtime/epic-bca", "BCA downtime guide"), ("pharmacy/usp797", "USP 797 checklist"),
                  ("privacy/minimum-necessary", "minimum necessary policy")]
MONTHS = L("January|February|March|April|May|June|July|August|September|October|November|December")
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = L("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
WD3 = L("Mon|Tues|Wed|Thurs|Fri|Sat|Sun")
AREA_CODES = [617, 781, 508, 978, 413, 774, 857, 339, 351, 603, 401, 207, 802, 860, 203, 212, 718, 646, 914, 973]
VIN_WMI = L("1HG|2T1|3FA|5YJ|1FT|JTD|KMH|WBA|1C4|5NP|JN8|4T1|1GN|2HK|3N1|WVW")
ONES = "zero one two three four five six seven eight nine".split()
TENS = {9: "ninety", 10: "one hundred"}
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "a hundred and one", 102: "one hundred two"}


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z]", "", s)


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_complete(r, prefix, length):
    body = prefix + digits(r, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, r, need_nick=False, avoid=(), sex=""):
        pool = GIVEN_BY_SEX.get(sex, GIVEN)
        if need_nick:
            pool = [g for g in pool if g in NICKS]
        while True:
            self.given = r.choice(pool)
            s = r.choice(SURNAMES)
            if r.random() < 0.07 and re.fullmatch(r"[A-Z][a-zà-ÿ]+", s):
                s2 = r.choice(SURN_SIMPLE)
                if s2 != s:
                    s = s + "-" + s2
            self.sur = s
            if self.given.lower() not in avoid and self.sur.lower() not in avoid:
                break
        self.mi = r.choice("ABCDEFGHJKLMNPRSTVW")
        self.nick = r.choice(NICKS[self.given]) if self.given in NICKS else None
        self.r = r
        self.title = r.choice(EXEC_TITLES)

    def forms(self, form):
        """Return list of (is_name, text) pieces."""
        r, g, s = self.r, self.given, self.sur
        if form == "any":
            form = r.choices(["full", "mid", "inv", "invcaps", "init", "firstlast"],
                             [45, 10, 17, 6, 8, 14])[0]
        if form in ("full", "firstlast"):
            return [(True, g + " " + s)]
        if form == "first":
            return [(True, g)]
        if form == "last":
            return [(True, s)]
        if form == "mid":
            return [(True, g + " " + self.mi + r.choice([". ", " "]) + s)]
        if form == "inv":
            v = r.choice(["%s, %s", "%s, %s", "%s,%s"]) % (s, g)
            if r.random() < 0.4:
                v += " " + self.mi
            return [(True, v)]
        if form == "invcaps":
            v = "%s, %s" % (s.upper(), g.upper())
            if r.random() < 0.6:
                v += " " + self.mi
            return [(True, v)]
        if form == "invplain":
            return [(True, s + ", " + g)]
        if form == "init":
            return [(True, g[0] + ". " + s)]
        if form == "nick":
            return [(True, self.nick or g)]
        if form == "fullnick":
            nk = self.nick or g
            style = r.randrange(4)
            if style == 0:
                return [(True, g + " " + s), (False, " ("), (True, nk), (False, ")")]
            if style == 1:
                return [(True, g + " " + s), (False, " aka "), (True, nk)]
            if style == 2:
                return [(True, g + " " + s), (False, ' ("'), (True, nk), (False, '")')]
            return [(True, g + " " + s), (False, ", goes by "), (True, nk)]
        if form == "title":
            return [(False, self.title)]
        if form == "uname":
            return [(False, (fold(g)[:1] + fold(s))[:10] + r.choice(["", "", "2", "1", "3"]))]
        raise KeyError(form)


# ---------------------------------------------------------------------------
# Context for one message
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, tpl):
        self.r = r
        self.tpl = tpl
        self.persons = {}
        self.cache = {}
        self.tags = []
        self.litnames = []
        self.phinames = []

    def tag(self, *ts):
        for t in ts:
            if t not in self.tags:
                self.tags.append(t)

    def person(self, key, sex=""):
        if key not in self.persons:
            need_nick = re.search(r"\{%s[fm]?\.(nick|fullnick)\}" % key, self.tpl) is not None
            avoid = set()
            for p in self.persons.values():
                avoid.add(p.given.lower())
                avoid.add(p.sur.lower())
            self.persons[key] = Person(self.r, need_nick, avoid, sex)
        return self.persons[key]

    def main_person(self):
        for k in ("P1", "R1", "P2"):
            if k in self.persons:
                return self.persons[k]
        return Person(self.r)


# ---------------------------------------------------------------------------
# Obfuscation helpers
# ---------------------------------------------------------------------------
def zw_insert(r, s):
    idx = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
    if not idx:
        return s
    picks = sorted(r.sample(idx, min(len(idx), r.randint(1, 2))), reverse=True)
    for i in picks:
        s = s[:i] + r.choice(["\u200b", "\u200b", "\u2060"]) + s[i:]
    return s


def obf_number(r, ctx, s, force=False, allow_spelled=False):
    """Optionally obfuscate a formatted numeric identifier."""
    x = r.random()
    if force:
        x = r.random() * 0.12
    if x < 0.025:
        ctx.tag("evasion", "fullwidth")
        return s.translate(FW)
    if x < 0.045:
        ctx.tag("evasion", "zero-width")
        return zw_insert(r, s)
    if x < 0.07:
        ctx.tag("evasion")
        return " ".join(c for c in s if c.isalnum())
    if x < 0.085:
        ctx.tag("evasion")
        return re.sub(r"[- .]", "\u00a0", s) if re.search(r"[- .]", s) else zw_insert(r, s)
    if x < 0.095 and allow_spelled:
        ctx.tag("evasion")
        ds = [c for c in s if c.isdigit()]
        words = [ONES[int(c)] for c in ds]
        out, i = [], 0
        for n in (3, 3, 4, 4):
            if i >= len(words):
                break
            out.append(" ".join(words[i:i + n]))
            i += n
        return ", ".join(out)
    if force:
        ctx.tag("evasion")
        return " ".join(c for c in s if c.isalnum())
    return s


# ---------------------------------------------------------------------------
# PHI value generators: each returns a string (one span) or a list of segments
# ---------------------------------------------------------------------------
def fmt_date(r, y, m, d, allow_noyear=False):
    forms = ["m/d/Y", "mm/dd/Y", "m/d/y", "Y-mm-dd", "Month d, Y", "Mon d, Y", "d-Mon-Y", "d Month Y",
             "mmddY", "m.d.Y", "m-d-y", "mm/dd/Y"]
    if allow_noyear:
        forms += ["m/d", "m/d", "Mon dth", "Month d", "mm/dd", "Mon d"]
    f = r.choice(forms)
    th = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    rep = {
        "m/d/Y": "%d/%d/%d" % (m, d, y), "mm/dd/Y": "%02d/%02d/%d" % (m, d, y), "m/d/y": "%d/%d/%02d" % (m, d, y % 100),
        "Y-mm-dd": "%d-%02d-%02d" % (y, m, d), "Month d, Y": "%s %d, %d" % (MONTHS[m - 1], d, y),
        "Mon d, Y": "%s %d, %d" % (MON3[m - 1], d, y), "d-Mon-Y": "%02d-%s-%d" % (d, MON3[m - 1], y),
        "d Month Y": "%d %s %d" % (d, MONTHS[m - 1], y), "mmddY": "%02d%02d%d" % (m, d, y),
        "m.d.Y": "%d.%d.%d" % (m, d, y), "m-d-y": "%d-%d-%02d" % (m, d, y % 100), "m/d": "%d/%d" % (m, d),
        "Mon dth": "%s %d%s" % (MON3[m - 1], d, th), "Month d": "%s %d" % (MONTHS[m - 1], d),
        "mm/dd": "%02d/%02d" % (m, d), "Mon d": "%s %d" % (MON3[m - 1], d),
    }
    return rep[f]


def g_dob(r, ctx, force):
    y = r.randint(1924, 2021)
    return fmt_date(r, y, r.randint(1, 12), r.randint(1, 28))


def g_rdob(r, ctx, force):
    return fmt_date(r, r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), allow_noyear=True)


def g_date(r, ctx, force):
    y = r.choice([2024, 2025, 2025, 2026])
    return fmt_date(r, y, r.randint(1, 12), r.randint(1, 28), allow_noyear=True)


def g_age(r, ctx, force):
    a = r.choice([90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102])
    if force or r.random() < 0.12:
        ctx.tag("evasion")
        return AGE_WORDS[a]
    return str(a)


def g_phone(r, ctx, force, ext=None):
    a, e, n = "%03d" % r.choice(AREA_CODES), "%03d" % r.randint(201, 989), "%04d" % r.randint(0, 9999)
    f = r.randrange(11)
    s = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s", "+1 %s %s %s", "+1-%s-%s-%s",
         "1 (%s) %s-%s", "+1 (%s) %s-%s", "%s-%s-%s", "(%s)%s-%s"][f] % (a, e, n)
    if ext is None:
        ext = r.random() < 0.08
    if ext:
        s += r.choice([" ext. ", " x", " ext ", " x."]) + str(r.randint(2, 9999))
    elif r.random() < 0.05:
        ctx.tag("evasion")
        return "%s.%s-%s" % (a, e, n)
    return obf_number(r, ctx, s, force, allow_spelled=True)


def g_phonex(r, ctx, force):
    return g_phone(r, ctx, force, ext=True)


def email_local(r, p):
    g, s = fold(p.given) or "pat", fold(p.sur) or "lee"
    f = r.randrange(8)
    return [g + "." + s, g[0] + s + str(r.randint(1, 99)), s + g, g + "_" + s + str(r.randint(1, 9)),
            g + s[0] + str(r.randint(1940, 2005)), g[0] + "." + s, g + "." + s + str(r.randint(10, 99)),
            s + "." + g[0]][f]


def obf_email(r, ctx, v, force):
    if force or r.random() < 0.07:
        ctx.tag("evasion")
        loc, dom = v.split("@")
        dparts = dom.split(".")
        k = r.randrange(4)
        if k == 0:
            return "%s [at] %s [dot] %s" % (loc, dparts[0], ".".join(dparts[1:]))
        if k == 1:
            return "%s at %s dot %s" % (loc, dparts[0], ".".join(dparts[1:]))
        if k == 2:
            return "%s(at)%s" % (loc, dom)
        return "%s @ %s" % (loc, dom)
    return v


def g_email(r, ctx, force):
    p = ctx.main_person()
    return obf_email(r, ctx, email_local(r, p) + "@" + r.choice(PERSONAL_DOMAINS), force)


def g_bemail(r, ctx, force):
    p = ctx.persons.get("c1") or Person(r)
    loc = r.choice([fold(p.given)[:1] + fold(p.sur), fold(p.given) + "." + fold(p.sur),
                    fold(p.sur) + fold(p.given)[:1]])
    return obf_email(r, ctx, loc + "@" + r.choice(HOSP_DOMAINS), force)


def g_ssn(r, ctx, force):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    a, g, s = "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)
    x = r.random()
    if x < 0.62:
        v = "%s-%s-%s" % (a, g, s)
    elif x < 0.74:
        v = "%s %s %s" % (a, g, s)
    elif x < 0.84:
        ctx.tag("evasion")
        return a + g + s
    elif x < 0.9:
        v = "%s.%s.%s" % (a, g, s)
    else:
        ctx.tag("evasion")
        return r.choice(["%s.%s-%s", "%s-%s.%s", "%s %s-%s"]) % (a, g, s)
    return obf_number(r, ctx, v, force, allow_spelled=True)


def g_mrn(r, ctx, force):
    f = r.randrange(7)
    v = [digits(r, 8), "00" + digits(r, 6), "E" + digits(r, 7), "M" + digits(r, 7), digits(r, 4) + "-" + digits(r, 4),
         str(r.randint(1, 9)) + digits(r, 9), digits(r, 7)][f]
    return obf_number(r, ctx, v, force)


def g_planid(r, ctx, force):
    f = r.randrange(7)
    L3 = "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3))
    v = [L3 + digits(r, 9), "W" + digits(r, 9), L3 + digits(r, 8) + "01", "H" + digits(r, 8),
         digits(r, 9) + "-0" + str(r.randint(1, 4)), "ZGP" + digits(r, 7), "U" + digits(r, 8) + "-00"][f]
    return obf_number(r, ctx, v, force)


def g_mbi(r, ctx, force):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    c = [r.choice("123456789"), r.choice(A), r.choice(AN), r.choice("0123456789"), r.choice(A), r.choice(AN),
         r.choice("0123456789"), r.choice(A), r.choice(A), r.choice("0123456789"), r.choice("0123456789")]
    s = "".join(c)
    if r.random() < 0.4:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return obf_number(r, ctx, s, force)


def g_medicaid(r, ctx, force):
    if r.random() < 0.6:
        return obf_number(r, ctx, "100" + digits(r, 9), force)
    return "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) + digits(r, 5) + r.choice("ABCDEFGHJK")


def g_har(r, ctx, force):
    return obf_number(r, ctx, r.choice(["40", "50", "41"]) + digits(r, 8), force)


def g_gacct(r, ctx, force):
    return obf_number(r, ctx, r.choice(["G", "G00", "", "7"]) + digits(r, 8), force)


def g_acct(r, ctx, force):
    return obf_number(r, ctx, r.choice(["", "A", "PA-"]) + digits(r, r.choice([8, 9, 10])), force)


def g_bank(r, ctx, force):
    return obf_number(r, ctx, digits(r, r.choice([9, 10, 11, 12])), force)


def g_dl(r, ctx, force):
    f = r.randrange(6)
    v = ["S" + digits(r, 8), digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3),
         digits(r, 2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(r, 5),
         r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 7), digits(r, 7), "SA" + digits(r, 7)][f]
    return obf_number(r, ctx, v, force)


def g_dea(r, ctx, force):
    d = ctx.persons.get("d1")
    second = fold(d.sur)[:1].upper() if d and fold(d.sur) else r.choice("ABCDEFGHJKLMNPRSTW")
    ds = [r.randint(0, 9) for _ in range(6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    v = r.choice("ABFGM") + second + "".join(map(str, ds)) + str(chk)
    return obf_number(r, ctx, v, force)


def g_rnlic(r, ctx, force):
    return r.choice(["RN", "RN", ""]) + digits(r, 7)


def g_lic(r, ctx, force):
    return r.choice([str(r.randint(100000, 299999)), "MD" + digits(r, 6), "MD." + digits(r, 5),
                     str(r.randint(20000, 99999))])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def g_vin(r, ctx, force):
    v = list(r.choice(VIN_WMI) + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" +
             r.choice("LMNPRSTV123456") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 6))
    tot = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    s = "".join(v)
    if force:
        ctx.tag("evasion")
        return " ".join([s[:3], s[3:9], s[9:]])
    return s


def g_plate(r, ctx, force):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = r.randrange(6)
    return [str(r.randint(1, 9)) + "".join(r.choice(U) for _ in range(3)) + digits(r, 2),
            "".join(r.choice(U) for _ in range(3)) + "-" + digits(r, 4), digits(r, 3) + " " + "".join(r.choice(U) for _ in range(3)),
            str(r.randint(1, 9)) + r.choice(U) + r.choice(U) + "-" + r.choice(U) + digits(r, 2),
            digits(r, 7), "".join(r.choice(U) for _ in range(2)) + " " + digits(r, 4)][f]


def g_serial(r, ctx, force):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = r.randrange(7)
    v = ["PJN" + digits(r, 6) + r.choice("HSGR"), "NG" + digits(r, 7) + "H", "8G" + "".join(r.choice(U + "0123456789") for _ in range(4)),
         digits(r, 8), "RNB" + digits(r, 6) + "S", "SN-" + digits(r, 4) + "-" + "".join(r.choice(U) for _ in range(2)) + digits(r, 3),
         "TSX" + digits(r, 7)][f]
    return obf_number(r, ctx, v, force)


def g_udi(r, ctx, force):
    gtin = "0" + digits(r, 13)
    exp = "%02d%02d%02d" % (r.randint(25, 30), r.randint(1, 12), r.randint(1, 28))
    lot = "".join(r.choice("ABCDEFGHJK0123456789") for _ in range(6))
    sn = "PJN" + digits(r, 6) + "H"
    return r.choice(["(01)%s(17)%s(10)%s(21)%s", "(01)%s(17)%s(10)%s(21)%s", "01%s17%s10%s21%s"]) % (gtin, exp, lot, sn)


def g_purl(r, ctx, force):
    p = ctx.main_person()
    g, s = fold(p.given) or "pat", fold(p.sur) or "lee"
    f = r.randrange(6)
    return ["https://mychart.%s/MyChart/app/visit?pid=%s" % (r.choice(HOSP_DOMAINS), digits(r, 8)),
            "https://www.caringbridge.org/visit/%s%s" % (g, s),
            "https://www.gofundme.com/f/help-%s-%s-recover" % (g, s),
            "https://telehealth.%s/join/%s-%s" % (r.choice(HOSP_DOMAINS), s, digits(r, 6)),
            "https://imageshare.%s/study/%s?patient=%s%s" % (r.choice(HOSP_DOMAINS), digits(r, 9), s, g[:1]),
            "https://portal.%s/pt/%s%s%d" % (r.choice(HOSP_DOMAINS), g[:1], s, r.randint(1930, 2010))][f]


def g_ip(r, ctx, force):
    f = r.randrange(5)
    v = ["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254)),
         "192.168.%d.%d" % (r.randint(0, 40), r.randint(2, 254)),
         "%d.%d.%d.%d" % (r.choice([73, 24, 98, 66, 108, 174, 208, 71]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
         "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))][f]
    if force or r.random() < 0.05:
        ctx.tag("evasion")
        return v.replace(".", r.choice(["[.]", "(.)", " . "]))
    return v


def g_ip6(r, ctx, force):
    h = lambda: "%x" % r.randint(0, 0xffff)
    return r.choice(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "2601:%s:%s:%s::%s" % (h(), h(), h(), h()),
                     "2001:db8:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h()),
                     "2603:%s:%s:%s:%s::%s" % (h(), h(), h(), h(), h())])


def street(r):
    s = "%d %s %s" % (r.randint(2, 1999), r.choice(STREETS), r.choice(ST_SUFFIX))
    if r.random() < 0.25:
        s += r.choice([" Apt %d%s" % (r.randint(1, 12), r.choice(["", "A", "B", "R"])), " Unit %d" % r.randint(1, 40),
                       " #%d" % r.randint(1, 30), ", Apt %d" % r.randint(1, 9), " Fl %d" % r.randint(1, 3)])
    return s


def town(r):
    return r.choice(TOWNS)


def zipcode(r, pref):
    z = pref + digits(r, 2)
    if r.random() < 0.15:
        z += "-" + digits(r, 4)
    return z


def g_street(r, ctx, force):
    return street(r)


def g_town(r, ctx, force):
    return town(r)[0]


def g_zip(r, ctx, force):
    return zipcode(r, town(r)[2])


def g_addr(r, ctx, force):
    t, st, pref = town(r)
    s = street(r)
    f = r.randrange(6)
    if f == 0:
        return "%s, %s, %s %s" % (s, t, st, zipcode(r, pref))
    if f == 1:
        return "%s %s %s %s" % (s, t, st, zipcode(r, pref))
    if f == 2:
        return "%s, %s %s" % (s, t, st)
    if f == 3:
        return "%s, %s" % (s, t)
    if f == 4:
        return "%s\n%s, %s %s" % (s, t, st, zipcode(r, pref))
    return "%s, %s, %s" % (s, t, st)


def g_pobox(r, ctx, force):
    t, st, pref = town(r)
    return r.choice(["PO Box %d, %s, %s %s", "P.O. Box %d, %s %s %s"]) % (r.randint(1, 9999), t, st, zipcode(r, pref))


def g_cc(r, ctx, force):
    f = r.randrange(5)
    if f == 0:
        n = luhn_complete(r, "3" + r.choice("47"), 15)
        v = n[:4] + " " + n[4:10] + " " + n[10:]
    else:
        pre = ["4", "5" + r.choice("12345"), "4", "6011"][f - 1]
        n = luhn_complete(r, pre, 16)
        sep = r.choice([" ", " ", "-", "", " "])
        v = sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])
    return obf_number(r, ctx, v, force)


def g_emaillink(r, ctx, force):
    v = g_email(r, ctx, False)
    if r.random() < 0.7:
        return [(None, "<mailto:"), ("EMAIL", v), (None, "|"), ("EMAIL", v), (None, ">")]
    return [(None, "<mailto:"), ("EMAIL", v), (None, "|email them>")]


def g_bemaillink(r, ctx, force):
    v = g_bemail(r, ctx, False)
    return [(None, "<mailto:"), ("EMAIL", v), (None, "|"), ("EMAIL", v), (None, ">")]


def g_tellink(r, ctx, force):
    a, e, n = "%03d" % r.choice(AREA_CODES), "%03d" % r.randint(201, 989), "%04d" % r.randint(0, 9999)
    lab = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, n)
    return [(None, "<tel:"), ("PHONE", "+1" + a + e + n), (None, "|"), ("PHONE", lab), (None, ">")]


def g_purllink(r, ctx, force):
    u = g_purl(r, ctx, False)
    if r.random() < 0.3:
        return [(None, "<"), ("URL", u), (None, "|"), ("URL", u), (None, ">")]
    return [(None, "<"), ("URL", u), (None, "|" + r.choice(["portal link", "view images", "update page", "join visit"]) + ">")]


PHI_GEN = {
    "DOB": ("DATE", g_dob), "RDOB": ("DATE", g_rdob), "DATE": ("DATE", g_date), "AGE": ("AGE", g_age), "PHONE": ("PHONE", g_phone),
    "PHONEX": ("PHONE", g_phonex), "EMAIL": ("EMAIL", g_email), "BEMAIL": ("EMAIL", g_bemail),
    "SSN": ("SSN", g_ssn), "MRN": ("MRN", g_mrn), "PLANID": ("HEALTH_PLAN_ID", g_planid),
    "MBI": ("HEALTH_PLAN_ID", g_mbi), "MEDICAID": ("HEALTH_PLAN_ID", g_medicaid),
    "HAR": ("ACCOUNT_NUMBER", g_har), "GACCT": ("ACCOUNT_NUMBER", g_gacct), "ACCT": ("ACCOUNT_NUMBER", g_acct),
    "BANK": ("ACCOUNT_NUMBER", g_bank), "DL": ("LICENSE_NUMBER", g_dl), "DEA": ("LICENSE_NUMBER", g_dea),
    "RNLIC": ("LICENSE_NUMBER", g_rnlic), "LIC": ("LICENSE_NUMBER", g_lic), "VIN": ("VEHICLE_ID", g_vin),
    "PLATE": ("VEHICLE_ID", g_plate), "SERIAL": ("DEVICE_ID", g_serial), "UDI": ("DEVICE_ID", g_udi),
    "PURL": ("URL", g_purl), "IP": ("IP_ADDRESS", g_ip), "IP6": ("IP_ADDRESS", g_ip6),
    "STREET": ("ADDRESS", g_street), "TOWN": ("ADDRESS", g_town), "ZIP": ("ADDRESS", g_zip),
    "ADDR": ("ADDRESS", g_addr), "POBOX": ("ADDRESS", g_pobox), "CC": ("CREDIT_CARD", g_cc),
    "EMAILLINK": (None, g_emaillink), "BEMAILLINK": (None, g_bemaillink), "TELLINK": (None, g_tellink),
    "PURLLINK": (None, g_purllink),
}


# ---------------------------------------------------------------------------
# Literal (non-PHI) generators: return (text, [hard-negative tags])
# ---------------------------------------------------------------------------
def meetdate(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    th = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return r.choice(["%d/%d" % (m, d), "%s %d/%d" % (r.choice(WD3), m, d), "%s %d" % (MONTHS[m - 1], d),
                     "%s %d" % (MON3[m - 1], d), "%02d/%02d" % (m, d), "the %d%s" % (d, th),
                     "%s %d%s" % (MONTHS[m - 1], d, th), "%d-%02d-%02d" % (r.choice([2025, 2026]), m, d),
                     "%s, %s %d" % (r.choice(WEEKDAYS), MON3[m - 1], d)])


def t_time(r):
    return r.choice(["%02d:%02d" % (r.randint(6, 22), r.choice([0, 15, 30, 45])), "%dpm" % r.randint(1, 5),
                     "%02d%02d" % (r.randint(5, 23), r.choice([0, 30])), "%d:%02d" % (r.randint(7, 11), r.choice([0, 15, 30, 45])),
                     "%d:%02d PM" % (r.randint(1, 6), r.choice([0, 15, 30])), "noon", "%dam" % r.randint(7, 11)])


def amount(r):
    return r.choice(["$%s" % "{:,}".format(r.randint(120, 99000)), "$%d.%02d" % (r.randint(4, 400), r.randint(0, 99)),
                     "$%.1fM" % (r.randint(5, 60) / 10.0), "$%dK" % r.randint(2, 900),
                     "$%s" % "{:,}".format(r.randint(100, 999) * 1000)])


def version(r):
    return r.choice(["v%d.%d.%d" % (r.randint(1, 24), r.randint(0, 12), r.randint(0, 30)),
                     "%d.%d.%d" % (r.randint(1, 17), r.randint(0, 9), r.randint(0, 40)),
                     "%d.%d" % (r.randint(2, 12), r.randint(0, 9)),
                     "%d.%d.%d" % (r.randint(100, 130), r.randint(0, 3), r.randint(1000, 6999))])


def build(r):
    return "build %d.%d.%d.%d" % (r.choice([2023, 2024, 2025, 2026]), r.randint(1, 12), r.randint(0, 9), r.randint(0, 40))


def npi(r):
    body = r.choice("12") + digits(r, 8)
    s = "80840" + body
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def host(r):
    return "%s%02d" % (r.choice(HOST_PREFIX), r.randint(1, 24)) if r.random() < 0.5 else \
        "%s-%02d" % (r.choice(HOST_PREFIX), r.randint(1, 24))


def mention(r):
    return "<@U0%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([7, 8, 9])))


def intranet(r):
    p, lab = r.choice(INTRANET_PAGES)
    return "<https://intranet.northgatehealth.org/%s|%s>" % (p, lab)


def confroom(r):
    return r.choice(["Conf Rm B", "the Pharmacy classroom", "rad reading room 2", "Teams", "the 3rd floor huddle room",
                     "<https://zoom.us/j/%s|Zoom>" % digits(r, 11), "Zoom (ID %s %s %s)" % (digits(r, 3), digits(r, 4), digits(r, 4)),
                     "the Lab conf room", "Boardroom A"])


def facility_pick(r):
    return r.choice(FACILITIES)


LIT_GEN = {
    "unit": lambda r: (r.choice(UNITS), []),
    "room": lambda r: (r.choice(["room %d%s" % (r.randint(201, 1240), r.choice(["", "", "A", "B"])),
                                 "rm %d" % r.randint(2100, 9420), "ED bay %d" % r.randint(1, 30), "bed %d" % r.randint(1, 36),
                                 "%s-%d" % (r.choice(["6N", "4W", "5S", "7E"]), r.randint(1, 32)), "trauma 2", "IR 2"]), []),
    "bed": lambda r: (r.choice(["%d" % r.randint(1, 36), "%d%s" % (r.randint(1, 20), r.choice("AB")), "%d-2" % r.randint(10, 40)]), []),
    "ext": lambda r: (str(r.randint(2000, 7999)), ["ext"]),
    "inc": lambda r: ("INC%07d" % r.randint(10000, 999999), ["ticket"]),
    "ritm": lambda r: ("RITM%07d" % r.randint(10000, 999999), ["ticket"]),
    "chg": lambda r: ("CHG%07d" % r.randint(10000, 999999), ["ticket"]),
    "req": lambda r: ("REQ%07d" % r.randint(10000, 999999), ["ticket"]),
    "jira": lambda r: ("%s-%d" % (r.choice(["LABIT", "RADIT", "RXIT", "DEL", "EPIC"]), r.randint(100, 9999)), ["ticket"]),
    "case": lambda r: ("%d" % r.randint(690000000, 699999999), ["ticket"]),
    "ver": lambda r: (version(r), ["version"]),
    "build": lambda r: (build(r), ["version"]),
    "epicver": lambda r: (r.choice(["Epic Feb '26", "Epic 2025 (Nov)", "Hyperspace 11.4", "Epic May '25"]), ["version"]),
    "amount": lambda r: (amount(r), ["money"]),
    "meetdate": lambda r: (meetdate(r), ["calendar"]),
    "enddate": lambda r: (r.choice(["12/31/%d" % r.choice([2025, 2026]), "%d/30/%d" % (r.choice([6, 9]), r.choice([2025, 2026])),
                                    "end of %s" % r.choice(MONTHS)]), []),
    "time": lambda r: (t_time(r), []),
    "drug": lambda r: (r.choice(DRUGS), []),
    "dose": lambda r: (r.choice(DOSES), []),
    "drugdose": lambda r: (r.choice(DRUGDOSES), []),
    "po": lambda r: (r.choice(["PO 45%08d" % r.randint(0, 99999999), "PO# %d" % r.randint(100000, 999999)]), ["po"]),
    "invoice": lambda r: (r.choice(["INV-%d" % r.randint(10000, 99999), "invoice %d" % r.randint(1000000, 9999999)]), ["po"]),
    "npi": lambda r: (npi(r), ["npi"]),
    "cpt": lambda r: (r.choice(CPTS), ["cpt"]),
    "icd": lambda r: (r.choice(ICDS), ["icd"]),
    "facility": lambda r: (facility_pick(r)[0], []),
    "facaddr": lambda r: (facility_pick(r)[1], ["facility-address", "zip-like"]),
    "site": lambda r: (r.choice(TOWNS)[0], []),
    "mention": lambda r: (mention(r), []),
    "emoji": lambda r: (r.choice(EMOJIS), []),
    "host": lambda r: (host(r), []),
    "asset": lambda r: (r.choice(["BMC-%06d" % r.randint(0, 999999), "AT%06d" % r.randint(0, 999999),
                                  "asset #%d" % r.randint(10000, 99999)]), []),
    "labtest": lambda r: (r.choice(LABTESTS), []),
    "critical": lambda r: (r.choice(CRITICALS), []),
    "specprob": lambda r: (r.choice(SPECPROBS), []),
    "exam": lambda r: (r.choice(EXAMS), []),
    "modality": lambda r: (r.choice(MODALITIES), []),
    "vendor": lambda r: (r.choice(VENDORS), []),
    "vendor_pharm": lambda r: (r.choice(VENDOR_PHARM), []),
    "vendor_lab": lambda r: (r.choice(VENDOR_LAB), []),
    "vendor_rad": lambda r: (r.choice(VENDOR_RAD), []),
    "vendor_dev": lambda r: (r.choice(VENDOR_DEV), []),
    "vendor_transport": lambda r: (r.choice(VENDOR_TRANSPORT), []),
    "dept": lambda r: (r.choice(DEPTS), []),
    "system": lambda r: (r.choice(SYSTEMS), []),
    "analyzer": lambda r: (r.choice(ANALYZERS), []),
    "reflab": lambda r: (r.choice(REFLABS), []),
    "retail": lambda r: (r.choice(RETAILS), []),
    "payer": lambda r: (r.choice(PAYERS), []),
    "groupno": lambda r: (r.choice(["group # %06d" % r.randint(0, 999999), "grp %d" % r.randint(10000, 999999),
                                    "Group No. %s%d" % (r.choice(["", "G", "0"]), r.randint(1000, 99999))]), []),
    "supply": lambda r: (r.choice(["30-day", "90-day", "14-day", "30 day", "90 day"]), []),
    "lotno": lambda r: ("%s%d%s" % (r.choice(["LT", "A", "K", "P"]), r.randint(1000, 99999), r.choice(["", "A", "B"])), []),
    "orderno": lambda r: (r.choice(["order %d" % r.randint(10000000, 99999999), "ORD-%d" % r.randint(100000, 999999)]), []),
    "printjob": lambda r: ("job %d" % r.randint(1000, 99999), []),
    "confroom": lambda r: (confroom(r), ["calendar"]),
    "intranet": lambda r: (intranet(r), []),
    "month": lambda r: (r.choice(MONTHS), []),
    "weekday": lambda r: (r.choice(WEEKDAYS), []),
    "count": lambda r: (str(r.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 22, 31, 48])), []),
    "bigcount": lambda r: ("{:,}".format(r.randint(120, 9800)), []),
    "pct": lambda r: ("%d.%d%%" % (r.randint(0, 40), r.randint(0, 9)), []),
    "copay": lambda r: ("$%d.%02d" % (r.choice([0, 4, 5, 10, 15, 20, 35, 47, 60, 85, 120]), r.choice([0, 0, 0, 99, 50])), ["money"]),
    "patbill": lambda r: ("$%s.%02d" % ("{:,}".format(r.randint(40, 18000)), r.randint(0, 99)), ["money"]),
    "oraltab": lambda r: (r.choice(L("apixaban 5 mg|metformin ER 500 mg|levothyroxine 88 mcg|amiodarone 200 mg|"
                                      "gabapentin 300 mg|atorvastatin 40 mg|warfarin 2.5 mg|lisinopril 10 mg|"
                                      "sertraline 50 mg|prednisone 10 mg|tacrolimus 1 mg|Jardiance 10 mg")), []),
    "unitprice": lambda r: ("$%s.%02d" % ("{:,}".format(r.randint(12, 1400)), r.randint(0, 99)), ["money"]),
    "bigamount": lambda r: (r.choice(["$%dK" % r.randint(15, 900), "$%.1fM" % (r.randint(11, 48) / 10.0),
                                      "$%s" % "{:,}".format(r.randint(20, 990) * 1000)]), ["money"]),
    "window": lambda r: (r.choice(["0100-0500", "2200-0200", "11pm-3am", "0200-0400", "midnight-4am", "21:00-23:30"]), []),
    "heparin": lambda r: (r.choice(["25,000 units/250 mL", "25,000 units/500 mL"]), []),
    "ageyoung": lambda r: (str(r.randint(19, 89)), []),
    "idf": lambda r: ("IDF %d%s" % (r.randint(1, 9), r.choice("ABC")), []),
    "vlan": lambda r: (str(r.randint(10, 940)), []),
    "ssid": lambda r: (r.choice(["NGH-Clinical", "NGH-Guest", "StaffNet", "NGH-IoT", "Biomed-5G"]), []),
    "building": lambda r: (r.choice(["Building C", "Lowell St MOB", "Tower 2", "West pavilion",
                                     "Cabot Rd warehouse", "Ambulatory 1", "the MOB"]), []),
    "lang": lambda r: (r.choice(LANGS), []),
    "devtype": lambda r: (r.choice(DEVTYPES), []),
    "pa_reason": lambda r: (r.choice(PA_REASONS), []),
    "ccexp": lambda r: ("%02d/%02d" % (r.randint(1, 12), r.randint(25, 30)), []),
    "paref": lambda r: (r.choice(["PA-%d" % r.randint(100000, 999999), "key %s" % "".join(r.choice("BCDFGHJKLMNPQRSTVWXZ2345679") for _ in range(8))]), []),
    "last4": lambda r: (digits(r, 4), []),
    "relation": lambda r: (r.choice(RELATIONS), []),
    "car": lambda r: (r.choice(CARS), []),
    "quarter": lambda r: (r.choice(["Q1", "Q2", "Q3", "Q4", "Q3 FY26", "Q1 FY27", "H2"]), ["calendar"]),
    "planyear": lambda r: (r.choice(["plan year 2026", "FY2027", "CY2026", "the 2026 plan year", "FY26", "PY2025"]), ["calendar"]),
    "mac": lambda r: ("-".join("%02X" % r.randint(0, 255) for _ in range(6)), []),
    "zoomid": lambda r: ("%s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4)), ["calendar"]),
    "empid": lambda r: (str(r.randint(100000, 399999)), []),
    "costcenter": lambda r: ("CC %d" % r.randint(1000, 9999), ["po"]),
    "contract": lambda r: ("contract %s-%d" % (r.choice(["NGH", "MSA", "SOW"]), r.randint(1000, 9999)), ["po"]),
    "kb": lambda r: ("KB%07d" % r.randint(1000, 99999), ["ticket"]),
}


# ---------------------------------------------------------------------------
# Frames
#  {KEY}       PHI value from PHI_GEN (KEY! forces an obfuscated form, KEY#k reuses a value)
#  {P1.form}   patient / relative name (P*, R*) -> NAME span
#  {c1.form}   colleague, {x1.form} executive, {d1.form} clinician -> literal, not labelled
#  {lower}     literal from LIT_GEN
# ---------------------------------------------------------------------------
def T(s=""):
    return [t for t in s.split() if t]


PHI_FRAMES = [
    # ---------------- pharmacy ----------------
    (T("refill"), "Refill request for {P1.any} (DOB {DOB}) - {drugdose}, {supply} supply. Pharmacy says last fill was early. Can someone call back at {PHONE}?"),
    (T("structured referral"), "PA needed\nPatient: {P1.inv}\nMember ID: {PLANID}\nDrug: {drugdose}\nPayer: {payer}\nReason: {pa_reason}"),
    (T(""), "covermymeds kicked back the PA for {P1.first} {P1.last} again, says member ID {PLANID} not found. {groupno} looks right tho"),
    (T(""), "Mrs. {P1f.last} called the pharmacy line 3x about her {drug}. her cell is {PHONE}. can someone in the refill queue grab this"),
    (T("credentialing"), "Rx transfer in from {retail} for pt {P1.full}, DOB {DOB}, MRN {MRN}. Prescriber Dr. {d1.last}, DEA {DEA}, NPI {npi}."),
    (T("credentialing"), "Dr. {d1.last}'s DEA on file looks expired? Surescripts is rejecting everything - DEA {DEA}. Can credentialing update before {meetdate}?"),
    (T(""), "FYI {P1.full}'s daughter {R1f.first} is picking up the {drug} today. She'll show ID, DL {DL}."),
    (T(""), "Controlled substance discrepancy in the {unit} Pyxis: {drug} count off by 1. Last removal was for {P1.last}, MRN {MRN}. {c1.first} pls review"),
    (T(""), "PA approved for {P1.first} {P1.last} through {enddate}, ref {paref}. Member {PLANID}. :white_check_mark:"),
    (T("structured"), "Specialty pharmacy intake\nname: {P1.full}\ndob: {DOB}\nins member: {PLANID}\nship to: {ADDR}\nphone: {PHONE}"),
    (T(""), "copay card for {P1.first} - card # {CC} exp {ccexp}. pls dont post card numbers in here again"),
    (T(""), "pt {P1f.inv} at {retail} says her insurance changed. new MBI {MBI}, effective {meetdate}. rerun the claim?"),
    (T(""), "MassHealth ID for {P1.full} is {MEDICAID}, not the old one. Refill of {drugdose} should go through now."),
    (T("age"), "{P1.full} ({AGE} y/o) on {drugdose} - renal dosing check please, CrCl about 22"),
    (T(""), "wife {R1f.full} is asking if we can mail the {drug} to the house: {ADDR}. Number on file {PHONE} is disconnected"),
    (T("money"), "Patient {P1.full} tried to pay with {CC} but it declined twice. Guarantor acct {GACCT}. Billing?"),
    (T("multiline"), "Vaccine clinic no-shows to call back:\n• {P1.inv} - {PHONE}\n• {P2.inv} - {PHONE}\n• {P3.inv} - {PHONE}"),
    (T("recall"), "{drug} recall, lot {lotno}: we dispensed it to {P1.full} on {DATE} and to {P2.full} on {DATE}. Calling both today."),
    (T(""), "refill too soon for {P1.first}? last fill {DATE}, {supply} supply. plan is {payer}"),
    (T(""), "Nurse line: {P1.full} ran out of pump supplies, insulin pump SN {SERIAL}. Needs order today, cb {PHONE}"),
    (T(""), "is {P1.last} the one with the {drug} allergy? MRN {MRN}, {room}"),
    (T("misspelt-label"), "can u check if {P1.full}'s {drug} PA went thru? memebr id {PLANID}"),
    (T("business-contact"), "pharm tech {c1.first} here - {retail} faxed a refill for our pt to the wrong fax again, ours is {PHONE}"),
    (T("records"), "> can you check the refill status for my mom {P1f.full}? her bday is {DOB}\nforwarded from the patient portal, son is {R1m.full}"),
    (T("money"), "Meds to beds: {P1.inv}, {unit} bed {bed}, discharge {DATE}. Copay {copay}, card on file ending {last4}."),
    (T(""), "*Med rec needed* - {P1.full}, admitted {DATE}, home pharmacy {retail} ({PHONE})"),
    (T("audit"), "340B audit sample: HAR {HAR} for {P1.last} shows {drug} dispensed {DATE} - need the encounter note"),
    (T(""), "{P1.first} {P1.last} wants the {drug} switched to {drug}, formulary says PA. ins id {PLANID}, {groupno}"),
    (T(""), "Can someone call {R1.full} ({relation}) at {PHONE}? {P1f.first}'s prescription is ready but she can't drive anymore"),
    (T("credentialing"), "Credentialing: Dr. {d1.full}, state license {LIC}, DEA {DEA}, NPI {npi}. All verified, renewal due {enddate}."),
    (T(""), "Narcan kit handed to {P1.nick} ({P1.full}) at discharge, {R1.first} trained too. f/u visit {DATE}"),
    (T("evasion"), "ok the member id is {PLANID!} (typed it spaced so the bot won't eat it)"),
    # ---------------- laboratory ----------------
    (T("critical"), "CRITICAL: {critical} on {P1.any}, MRN {MRN}, collected {time}. Called to RN {c1.first} on {unit}, read-back done."),
    (T("specimen"), "specimen for {P1.inv} is {specprob} - need redraw. DOB on the label {DOB} but the order says {DOB}??"),
    (T("specimen"), "Mislabeled tube: label says {P1.full}, armband says {P2.full}. Both on {unit}. Holding results."),
    (T("structured critical"), "*Critical Result*\nPatient: {P1.invcaps}\nMRN: {MRN}\nResult: {critical}\nCalled to: Dr. {d1.last} at {time}\nRead back: Y"),
    (T(""), "hey lab, {P1.first} {P1.last} ({MRN}) - are the blood cultures from {DATE} final yet?"),
    (T("referral"), "sendout to {reflab} for {P1.full}, DOB {DOB}, ins {PLANID}. req faxed to {PHONE}"),
    (T("specimen"), "tube system ate another one. {P1.last} in {room}, {specprob}. redraw ordered"),
    (T("specimen"), "QNS on the {labtest} for baby {P1.last}, MRN {MRN}. mom ({R1f.full}) will bring her back tomorrow"),
    (T(""), "Can someone fix the collection date on {P1.full}'s troponin? it says {DATE} but was drawn {DATE}"),
    (T(""), "home draw for {P1.full}: {ADDR}. side door, ring twice. ph {PHONE}"),
    (T("records"), "Outside results for {P1.inv} (DOB {DOB}) from {reflab} - scanning to media. Their acct # for the pt was {ACCT}."),
    (T(""), "Blood bank: {P1.full} has anti-Kell, MRN {MRN}. Crossmatch needs 2 hrs, DOB {DOB} matches the band."),
    (T(""), "path from {DATE} on {P1.first} {P1.last} still pending? surgeon asking"),
    (T("order"), "pls cancel dup order for {P1.last}, med rec # {MRN}. {orderno} is the dup"),
    (T(""), "glucometer {asset} uploaded {P1.full}'s results under {P2.full}. both in {unit}. fixing in {system}"),
    (T("age"), "Lab - pt {P1.full} is {AGE#1}, the eGFR calc flags. Is that right for {AGE#1}?"),
    (T("ssn"), "{reflab} called for billing on {P1.full}, read me SSN {SSN} which doesn't match ours. Not sending anything back."),
    (T("specimen"), "Specimen rejected, unlabeled. Drawn on {P1.any} in {room} around {time}, per RN {c1.first}."),
    (T("records"), "Pt {P1.full} (MRN {MRN}) - {labtest} resulted on the wrong encounter, HAR {HAR}. should be on the {DATE} visit"),
    (T("records"), "lab results release request from {P1.full}, dob {DOB}: send to {EMAIL}"),
    (T("critical"), "Critical callback: {critical}. pt {P1.last}, {P1.first} in {unit}. no answer from Dr. {d1.last}, paging again"),
    (T(""), "micro: {P1.full} wound cx growing MRSA, MRN {MRN}. isolation flag added"),
    (T(""), "Newborn screen repeat needed for baby {P1.last} (mom is {R1f.full}), DOB {RDOB}. family phone {PHONE}"),
    (T(""), "Paternity test: alleged father {P1m.full}, DL {DL}, collected {DATE}. chain of custody form is in the bin"),
    (T("employee-health"), "Employee health drug screen: {P1.full}, {dept}, collected {DATE}. MRO is Dr. {d1.last}."),
    (T("employee-health"), "needlestick - {P1.full} (our phlebotomist) on {DATE}, source pt MRN {MRN}. baseline labs drawn"),
    (T(""), "Stat {labtest} for {P1.full} keeps clotting, 3rd try. {unit}, bed {bed}. {emoji}"),
    (T("evasion"), "mrn is {MRN!} for the {labtest} add-on"),
    # ---------------- radiology ----------------
    (T("device"), "MRI for {P1.full} has to move - pacemaker serial {SERIAL} isn't MRI conditional per {vendor_dev}. Was booked for {DATE}."),
    (T("scheduling"), "Rad scheduling: {P1.inv}, DOB {DOB}, {exam} on {DATE} at {time}. Needs creatinine first."),
    (T("scheduling"), "pt {P1f.full} called to reschedule her mammo to {DATE}. reach her at {PHONE} after 5"),
    (T(""), "CT contrast allergy flag on {P1.first} {P1.last} ({MRN}), premed protocol per Dr. {d1.last}"),
    (T("records"), "Outside images for {P1.full} coming on CD, DOB {DOB}. Sending facility: {facility}."),
    (T("scheduling"), "Interpreter needed: {P1.full} ({lang}) for {exam} on {DATE}. daughter {R1f.first} can't make it"),
    (T("age"), "{P1.full} is {AGE}, do we still do IV contrast? family ({R1.full}, {PHONE}) wants to discuss first"),
    (T("device"), "Implant card for {P1.full}: {devtype}, UDI {UDI}. Conditional at 1.5T only."),
    (T(""), "DEXA for {P1.inv} denied, member {PLANID} - last one was {DATE}, too soon per {payer}"),
    (T(""), "Report addended for {P1.full}, {exam} done {DATE}. Dr. {d1.last} called the ordering provider."),
    (T("slack-markup"), "here's the image share link for {P1.first}: {PURLLINK}"),
    (T("scheduling"), "transport for {P1.full} from {ADDR} to {facility} for {exam}, {DATE}. ride booked w/ {vendor_transport}"),
    (T("vehicle"), "From the front desk: '{R1f.full} called, her father {P1m.full} has a CT tomorrow, wheelchair van plate {PLATE}, needs the accessible spot'"),
    (T("device"), "MRI screening form for {P1.full}: hearing aid SN {SERIAL} (left), remove before scan. DOB {DOB}"),
    (T(""), "{P1.any} no-showed {exam} again, third time. mrn {MRN}. do we drop them from the rad schedule?"),
    (T("age"), "Stat CT head for {P1.full}, {room}, {AGE} y/o, fall at home {DATE}"),
    (T(""), "Nuc med: {P1f.full} got 370 MBq Tc-99m {DATE} at {time}, breastfeeding - needs counseling before d/c"),
    (T("records"), "PACS merge needed: {P1.full} MRN {MRN} and {P1.inv} MRN {MRN} are the same person (DOB {DOB})"),
    (T("referral cpt icd"), "Prior auth for {exam} - {P1.full}, {payer} member {PLANID}, CPT {cpt}, dx {icd}. fax back to {PHONE}"),
    (T(""), "Radiologist wants to talk to {P1.full}'s POA {R1.full} about an incidental finding. POA cell {PHONE}"),
    (T(""), "{P1.full} CT colonography {DATE} - bowel prep instructions sent to {EMAIL} bounced"),
    (T("records"), "mammo callback letter returned for {P1f.full}, {ADDR}. Anyone have a newer address?"),
    (T("scheduling"), "can we squeeze {P1f.first} {P1f.last} into {modality} {DATE}? she lives in {TOWN}, 2 hr drive"),
    (T("device"), "spinal cord stim on {P1.full}, device serial {SERIAL} - rep from {vendor_dev} needs to be there for the {exam}"),
    # ---------------- IT help desk ----------------
    (T("network ticket"), "Firewall blocked outbound from {IP} to {IP} on 443 - that's the {modality} in {room}. {inc}"),
    (T("business-contact ticket"), "User {c1.full} locked out, calling from {PHONE}. Reset done, {inc}."),
    (T("business-contact ticket"), "Access request {ritm}: {c1.full} needs Epic access for {dept}. Manager approval went to {BEMAIL}."),
    (T("employee-health"), "{P1f.full} works in {dept} and is a patient here - audit who opened her chart, MRN {MRN}. Privacy office cc'd."),
    (T("network"), "DHCP conflict on {IP}, vlan {vlan}. two hosts fighting, one is {host}"),
    (T("device"), "Infusion pump SN {SERIAL} (on {P1.last} in {room}) dropped off wifi, last IP {IP}"),
    (T("device version"), "CGM not syncing for {P1.full} - transmitter SN {SERIAL}, app {ver}. Pt's phone is {PHONE}"),
    (T("network"), "printer in {unit} is printing {P1.full}'s labels on the wrong printer. {host} ({IP})"),
    (T(""), "pt {P1.full} isn't getting portal emails - pls whitelist {EMAIL}"),
    (T("security"), "Phishing report: message from {EMAIL} pretending to be {vendor}. Headers show {IP}. Blocked."),
    (T("business-contact security"), "VPN user {c1.first} connecting from {IP6}, impossible travel alert. Confirmed with them at {PHONE}."),
    (T("records"), "Portal account merge: {P1.full} DOB {DOB} has two MyChart accounts, {EMAIL} and {EMAIL}"),
    (T(""), "proxy access: {P1.full}'s son {R1m.full} can't log in, email on file {EMAIL}. sent reset link"),
    (T("credentialing ticket"), "New hire {c1.full}, RN license {RNLIC}, isn't showing in {system} so badge access fails. {ritm}"),
    (T("network ticket"), "{IP} is hammering PACS every 2 sec - looks like the {modality} in {room}. {inc}"),
    (T("network slack-markup"), "`ssh admin@{IP}` times out from the jump box. anyone on network around?"),
    (T("structured network"), "[ALERT] {host}\nstatus: DOWN\nip: {IP}\nsince: {time}\nowner: Network Ops\nticket: {inc}"),
    (T("network"), "Nodes down in {building}:\n- {host} {IP}\n- {host} {IP}\n- {host} {IP}"),
    (T("network"), "Vendor remote session from {IP} to the {analyzer} - was that scheduled? {vendor_lab} says yes"),
    (T("business-contact slack-markup"), "{BEMAILLINK} keeps bouncing, is the shared lab inbox full again?"),
    (T("business-contact slack-markup"), "the callback number {c1.first} left for the help desk is {TELLINK}"),
    (T("network ticket"), "Badge reader at {building} door {count} offline, controller {IP}. facilities ticket {inc}"),
    (T("employee-health"), "employee health: {P1.full} on medical leave, disable badge until occ health clears. personal email for updates {EMAIL}"),
    (T("network"), "Wi-Fi auth failures from {IP6} on {ssid} - {count} per minute"),
    (T("network"), "Epic print job for {P1.full} stuck on {host} ({IP}), {printjob}"),
    (T("device"), "Hearing aid streaming won't pair for pt {P1.full} in {room} - device serial {SERIAL}, tried guest wifi"),
    (T("device network"), "Remote monitoring: pacemaker transmitter for {P1.full} reporting from {IP}, serial {SERIAL}. last upload {DATE}"),
    (T("business-contact"), "Please reset MFA for {c1.full}, new phone number {PHONE}. Verified via manager."),
    (T("money"), "{c1.full}'s corporate card {CC} was used for the {vendor} license renewal - finance says that's against policy"),
    (T("network"), "DNS for {host} points to {IP} but should be {IP}. fixing"),
    (T("network version"), "{analyzer} middleware {ver} can't reach LIS at {IP}:{vlan}0, interface down since {time}"),
    # ---------------- VIP / exec / bot ----------------
    (T("vip"), "VIP: {P1.full} (board member) admitted {DATE} to {unit}. Chart restricted, break-the-glass only."),
    (T("vip"), "@assistant draft a get-well note to {P1f.full} from the CEO, she's been on {unit} since {DATE}"),
    (T("vip"), "Assistant, what room is {P1.first} {P1.last} in? The board chair is asking."),
    (T("vip"), "@bot remind me to call {P1m.full}'s wife {R1f.first} at {PHONE} about his surgery on {DATE}"),
    (T("vip age"), "{R1.full} here ({x1.title}) - my father {P1m.full} ({AGE}) is in the ED. can someone check on him quietly? MRN {MRN}"),
    (T("vip"), "Per {x1.title} {x1.full}: donor {P1.full} had surgery {DATE} and is asking for a private room."),
    (T("vip"), "Assistant, summarize {P1.full}'s imaging from the {DATE} visit for the CMO, keep it short"),
    # ---------------- relatives forwarded in ----------------
    (T("records"), "> hi this is {R1m.first} {R1m.last}, {P1m.first}'s son. Dad's {drug} refill was denied, his member # is {PLANID}. pls call me {PHONE}\nforwarded from portal"),
    (T("age"), "msg from the patient's niece: 'my aunt {P1f.full} is {AGE} and lives alone on {STREET} in {TOWN}, can someone deliver her meds'"),
    (T("records"), "daughter called re {P1.last} - wants results released to her email {EMAIL}. not on the release form so declined."),
    (T(""), "Guardian for {P1.first} (minor): {R1.inv}, cell {PHONE}, lives in {TOWN}. Ok to discuss lab results."),
    (T(""), "fwd: 'Mom ({P1f.full}) passed on {DATE}. Please cancel her refills and the MRI. - {R1.first}'"),
    (T("complaint escalation"), "Son {R1m.full} (POA) complaint: mom's {exam} was cancelled twice. {P1f.full}, DOB {DOB}. wants a call back {PHONE}"),
    (T(""), "Caller says he's {P1.full}'s brother, asking for lab results. Didn't confirm anything. Caller ID {PHONE}."),
    (T("nickname"), "pt is {P1.fullnick}, family calls from {TOWN} a lot. {R1.first} is the main contact: {PHONE}"),
    # ---------------- short ----------------
    (T("short"), "{P1.full} dob {DOB}"),
    (T("short"), "«mrn is|right mrn is|mrn =|is the mrn» {MRN}?"),
    (T("short"), "cb # {PHONE}"),
    (T("short ssn"), "ssn {SSN} pls verify"),
    (T("short age"), "{P1.last} - {AGE}yo, {unit}"),
    (T("short"), "pt {P1.first} in {room} again"),
    (T("short network"), "{IP} down again"),
    (T("short misspelt-label"), "dbo {DOB}, {P1.inv}"),
    (T("short"), "member id {PLANID} thx"),
    (T("short"), "HAR {HAR} for the refund"),
    # ---------------- longer / multi-line ----------------
    (T("multiline handoff"), "Handoff for nights:\n1. {P1.inv} - {critical}, repeat at 0200\n2. {P2.inv} - redraw, {specprob}\n3. {room} - no issues\nCall {c1.first} x{ext} w/ questions"),
    (T("complaint escalation multiline"), "Escalation\n> {R1.full}: my dad {P1m.full} waited 4 hrs for his MRI on {DATE} and nobody called\nManager: we will reach out at {PHONE} today"),
    (T("structured incident"), "Incident report draft:\nPatient: {P1.full}\nDOB: {DOB}\nMRN: {MRN}\nEvent: {specprob} specimen, redraw delayed\nDate of event: {DATE}\nReported by: {c1.full}"),
    (T("structured money"), "Billing question from {P1.full}:\nAccount: {HAR}\nStatement: {month} cycle\nBalance: {patbill}\nWants a payment plan; bank acct for autopay {BANK}"),
    (T("structured vehicle"), "Parking validation\nPatient: {P1.full}\nVehicle: {car}\nPlate: {PLATE}\nVIN: {VIN}"),
    (T("vehicle"), "Valet damage claim: VIN {VIN} belongs to {R1.full}, who was visiting {P1.full} on {unit}"),
    (T("evasion"), "not pasting it plain - ssn {SSN!}"),
    (T("evasion"), "her email is {EMAIL!}, she doesn't check it much"),
    (T("evasion"), "cell {PHONE!} (son's)"),
    (T("far-label"), "the DOB, which I had to dig out of the scanned face sheet because registration left it blank, is {DOB}"),
    (T("far-label"), "phone number? hold on... ok here: {PHONE}"),
    (T("far-label ssn"), "SSN? pulling it from the old paper chart, one sec........ got it: {SSN}"),
    (T("far-label"), "MRN (the new 10-digit one, not the legacy number from before the merge) for {P1.last} is {MRN}"),
    (T("residence"), "pt {P1f.first} {P1f.last} lives in {TOWN}, wants her {exam} closer to home, our {site} site maybe?"),
    (T("address"), "mail the replacement meter to {POBOX}, pt {P1.full} doesn't get mail at the street address"),
    (T("address"), "{P1.full}'s new address: {STREET}, zip {ZIP}. update in {system} pls"),
    (T("email"), "{R1f.full} asked us to cc her on the results: {EMAILLINK}"),
    (T("url"), "family set up an update page for {P1.first}: {PURL}"),
]


# ---- PHI grammar frames (each callable returns a template string) ----
KV_PHI_FIELDS = [
    (["Name", "Pt", "Patient", "pt name", "NAME", "Pt Name"], ["{P1.any}", "{P1.full}", "{P1.inv}", "{P1.invcaps}"]),
    (["DOB", "D.O.B.", "dob", "Birthdate", "brithdate", "DOB (per face sheet)", "bday"], ["{DOB}"]),
    (["MRN", "MR#", "med rec #", "Chart #", "mrn", "MNR"], ["{MRN}"]),
    (["Phone", "cell", "Home ph", "Contact #", "tel", "best #"], ["{PHONE}", "{PHONEX}"]),
    (["Address", "Home address", "addr", "Mailing"], ["{ADDR}", "{POBOX}"]),
    (["Member ID", "Subscriber ID", "mem id", "Policy #", "Ins ID"], ["{PLANID}"]),
    (["MBI", "Medicare #"], ["{MBI}"]),
    (["SSN", "SS#", "socail", "Soc Sec"], ["{SSN}"]),
    (["Email", "e-mail", "Pt email"], ["{EMAIL}"]),
    (["HAR", "Hosp acct", "Guarantor acct", "Acct #"], ["{HAR}", "{GACCT}"]),
    (["Age"], ["{AGE}"]),
    (["Town", "City of residence", "Lives in"], ["{TOWN}"]),
    (["Next of kin", "Emergency contact", "NOK"], ["{R1.full}", "{R1.inv}"]),
    (["Visit date", "Appt", "Admit date", "DOS"], ["{DATE}"]),
    (["Driver's lic", "DL #"], ["{DL}"]),
]
KV_LIT_FIELDS = [
    (["Room", "Bed", "Location"], ["{room}", "{unit} bed {bed}"]),
    (["Unit"], ["{unit}"]), (["Test", "Order"], ["{labtest}"]), (["Exam"], ["{exam}"]),
    (["Ordering", "Attending"], ["Dr. {d1.last}", "{d1.full}, MD"]), (["Ticket"], ["{inc}"]),
    (["Med", "Drug"], ["{drugdose}"]), (["Payer", "Ins"], ["{payer}"]), (["Group"], ["{groupno}"]),
    (["Problem", "Issue"], ["{specprob}", "{pa_reason}"]), (["Age"], ["{ageyoung}"]),
]
KV_HEADERS = ["", "*Pt info*\n", "Registration correction:\n", "Per ADT:\n", "Copying from the req:\n",
              "Pls verify:\n", "```\n", "Face sheet says\n", "callback list\n"]


def kv_phi(r):
    fields = [KV_PHI_FIELDS[0]] + r.sample(KV_PHI_FIELDS[1:], r.randint(1, 5))
    lits = r.sample(KV_LIT_FIELDS, r.randint(0, 3))
    rows = fields + lits
    first = rows[0]
    rest = rows[1:]
    r.shuffle(rest)
    rows = [first] + rest if r.random() < 0.8 else rest + [first]
    sep = r.choice([": ", ": ", " - ", " = ", ":  ", ":\t"])
    bullet = r.choice(["", "", "• ", "- ", "> "])
    head = r.choice(KV_HEADERS)
    seen_age = any(lab == ["Age"] for lab, _ in rows)
    out = []
    for labs, vals in rows:
        if labs == ["Age"] and vals == ["{ageyoung}"] and seen_age and any(v == ["{AGE}"] for _, v in rows):
            continue
        out.append(bullet + r.choice(labs) + sep + r.choice(vals))
    body = "\n".join(out)
    if head == "```\n":
        return head + body + "\n```"
    return head + body


GR_OPEN = ["", "", "hey ", "quick q - ", "FYI ", "urgent: ", "@pharmacy ", "{mention} ", "ugh, ", "Hi team, ",
           "Good morning - ", "{mention} {mention} ", "per {c1.first}, ", "Lab here. ", "Rad desk: "]
GR_SUBJ = ["pt {P1.full}", "{P1.inv}", "{P1.full} (MRN {MRN})", "{P1.first} {P1.last}, DOB {DOB},",
           "Mr. {P1m.last} in {room}", "Ms. {P1f.last} ({MRN})", "{P1.full}'s daughter {R1f.first}",
           "{P1.any}, {AGE} y/o,", "the pt from {TOWN} ({P1.full})", "{P1.init}, MRN {MRN},",
           "{P1.fullnick}", "Mrs. {P1f.last}, dob {DOB},", "{P1.first} (last name {P1.last})"]
GR_PROB = ["has a {specprob} {labtest}", "needs a PA for {drug}", "got bumped off the {exam} schedule",
           "can't log into the portal", "had {critical} this am", "wants the {drug} refill sent to {retail}",
           "is asking about a bill for {patbill}", "is still waiting on {exam} results from {DATE}",
           "was seen {DATE} and the {labtest} never resulted", "called 3x about the {drug}",
           "is scheduled for {exam} on {DATE}", "has a new {payer} member ID {PLANID}"]
GR_REQ = ["can someone call {PHONE}?", "pls advise", "who owns this?", "ticket {inc}", "thx", "call back at {PHONE} pls",
          "", "I put it in {system}", "cc {c1.first}", "escalating to {x1.full}", "{emoji}"]


def clause_phi(r):
    s = r.choice(GR_OPEN) + r.choice(GR_SUBJ) + " " + r.choice(GR_PROB)
    req = r.choice(GR_REQ)
    if req:
        s += r.choice([". ", ", ", " - ", "\n"]) + req
    return s


def list_phi(r):
    head = r.choice(["Callback list for {meetdate}:", "Follow-ups:", "Still open from days:", "Need action before 1900:",
                     "Open portal tickets:", "Pts to call back:", "For the {time} huddle:"])
    n = r.randint(2, 4)
    items = []
    for i in range(n):
        k = "P%d" % (i + 1)
        item = r.choice(["{%s.inv} - {PHONE}" % k, "{%s.full} ({MRN})" % k, "{%s.full}, DOB {DOB}" % k,
                         "{%s.any} - {labtest} {specprob}" % k, "{%s.last}, {%s.first} / {PLANID}" % (k, k),
                         "{%s.full} - {exam} {DATE}" % k, "{room}: {%s.full}" % k])
        items.append(r.choice(["• ", "- ", "%d. " % (i + 1), "* "]) + item)
    tail = r.choice(["", "\nthanks!", "\n{c1.first} has the rest", "\nall in {system}"])
    return head + "\n" + "\n".join(items) + tail


def alert_phi(r):
    sev = r.choice(["CRITICAL", "WARN", "P1", "P2", "MAJOR"])
    lines = ["[%s] %s" % (sev, r.choice(["{host} unreachable", "interface flap on {host}", "HL7 queue backlog",
                                         "unauthorized login attempt", "{analyzer} interface down", "cert expiring on {host}"]))]
    opts = ["src: {IP}", "dst: {IP}", "ipv6: {IP6}", "host: {host}", "ticket: {inc}", "version: {ver}", "since: {time}",
            "ack: {c1.first}", "vlan: {vlan}", "site: {building}"]
    chosen = ["src: {IP}"] + r.sample(opts[1:], r.randint(2, 5))
    return "\n".join(lines + chosen)


PHI_FRAMES += [
    (T("structured"), kv_phi),
    (T("grammar"), clause_phi),
    (T("multiline list"), list_phi),
    (T("structured network"), alert_phi),
]


CLEAN_FRAMES = [
    # ---------------- pharmacy ----------------
    (T("ticket"), "Pyxis on {unit} is down again, {vendor_pharm} ticket {inc}. Use the override cabinet in the 7 West med room till it's fixed."),
    (T("calendar"), "Reminder: formulary committee {meetdate} at {time} in {confroom}. Agenda: {drug} vs {drug} for {planyear}."),
    (T("exec-name"), "{x1.title} {x1.full} wants the {drug} shortage numbers by {weekday}. We're at {count} vials, burning ~{count}/day."),
    (T("dose"), "Heparin drip standard concentration is {heparin}. Do not hang the old bags, they're going back to {vendor_pharm}."),
    (T("grant-word"), "PA turnaround this week: median 2.1 days, {count} pending, {count} denied. The grant-funded tech starts Monday."),
    (T("will-word"), "will someone cover the IV room 1500-2330 on {meetdate}? :pray:"),
    (T("money po bill-word"), "Bill from {vendor_pharm} for the carousel maintenance came in at {bigamount}, {po}. Sending to {c1.first} for approval."),
    (T("money"), "Price check: {drug} AWP {unitprice} per pen, 340B price {unitprice}."),
    (T("duration"), "90-day supply rules for {planyear}: commercial plans ok, Part D varies by plan. See {intranet}."),
    (T(""), "Controlled substance audit: {count} discrepancies in {month}, all resolved. Thanks {c1.first}!"),
    (T("calendar"), "New insulin pen policy effective {meetdate}: one pen per patient, label goes on the pen not the box."),
    (T("license-topic"), "The hospital's DEA registration renewal is due {meetdate} - {c1.full} has the paperwork."),
    (T("ext"), "Surescripts outage {window}, e-prescribing is down. Call the outpatient pharmacy at x{ext} for urgent scripts."),
    (T("dose"), "Can {oraltab} tabs be crushed? pt in {room} can't swallow"),
    (T("dose"), "vanc trough for bed {bed} came back 24, holding next dose per pharmacy protocol"),
    (T(""), "IV hood {asset} failed certification, {vendor_pharm} tech coming {weekday}. Batch in hood 2 until then."),
    (T("hope-word"), "Hope the carousel goes live on time - {c1.first} said {vendor_pharm} is confident."),
    (T("calendar ext"), "USP 797 audit {meetdate}. Bring the cleaning logs. Questions -> {c1.first} x{ext}"),
    (T("dose"), "{drugdose} is the new default in the order set. {c1.first} built it in {system}, live {weekday}."),
    (T("money"), "Shortage update: {drug} back-ordered until {month}. Alternates posted on {intranet}; cost impact ~{amount}/month across the system."),
    (T("npi"), "For the payer roster we need the group NPI {npi}, not the individual ones. Thx {c1.first}"),
    (T(""), "refill queue is at {bigcount}, we're behind. can anyone from {dept} help for 2 hrs?"),
    (T("exec-name calendar"), "{x1.full} asked for a 15-min brief on the 340B savings before the {meetdate} board meeting."),
    (T("ssn-topic"), "«PSA|Reminder|Again»: do NOT put SSNs in the «refill notes|ticket description|order comment» field. It flows to «the outside pharmacy|the vendor|ServiceNow reports»."),
    (T("age-aggregate"), "Beers list review: patients 90+ on {drug} went from {count} to {count} after the stewardship push."),
    # ---------------- laboratory ----------------
    (T("version"), "Chem line {analyzer} down for QC failure, running on the backup. TAT +30 min. Fix in {ver}."),
    (T("ticket"), "every {unit} specimen after 1400 came up hemolyzed - is the tube system speed setting wrong? {inc}"),
    (T(""), "«reminder|PSA|for the new hires»: lavender for CBC, light blue for coags, fill to the line. underfilled blues get rejected."),
    (T("calendar"), "Critical call policy update: call within 30 min, read-back required. Effective {meetdate}. {intranet}"),
    (T("version"), "{vendor_lab} rep {c1.full} onsite {weekday} for the {analyzer} upgrade to {ver}."),
    (T(""), "Blood bank is low on O neg ({count} units). Please limit to trauma/MTP until the {weekday} shipment."),
    (T("exec-name calendar"), "CAP inspection window opens in {month}. {x1.full} wants a mock walkthrough {meetdate}."),
    (T("money bill-word"), "Sendout costs to {reflab} for {quarter}: {bigamount}. That bill looks high, reviewing with {c1.first}."),
    (T("facility-address"), "Lab courier route changed: pickup at {facility}, {facaddr}, now 1030 and 1530."),
    (T("calendar"), "QNS rate on {unit} was {pct} last month vs 2% target. Education session {meetdate} {time}."),
    (T(""), "«Micro|Micro lab|From micro»: blood cx bottles need 8-10 mL. Underfilled bottles = false negatives. «Please share with your units.|Pls share at huddle.|Thx!»"),
    (T("ticket"), "Can we get the {labtest} reference range updated in {system}? new reagent lot changed it. {chg}"),
    (T("mrn-topic"), "Is the 10-digit MRN change going to break the label printers? The Zebra template assumes 8."),
    (T("ticket"), "Grossing room AC is broken again, {c1.first} put in {inc}."),
    (T("age-aggregate"), "«q from nights|asked again today|FAQ»: do patients over 90 get a different eGFR equation? no - CKD-EPI 2021, age is already in the formula."),
    (T("calendar"), "hs-troponin rollout: 0/1h algorithm, 99th percentile cutoff 52 ng/L. Go-live {meetdate}."),
    (T(""), "Glucometers {asset} and {asset} haven't docked in 3 days. Please dock them on {unit}."),
    (T(""), "{labtest} on {analyzer} is down, sending to {reflab} until further notice"),
    (T("exec-name"), "{x1.title} {x1.full} toured the core lab today - huge thanks to {c1.first} and {c2.first} for the walkthrough :tada:"),
    (T(""), "who has the «blood bank|micro|pharmacy|IR|rad IT|chem» pager «tonight|this weekend|till 0700»?"),
    (T("ticket"), "LIS interface to {analyzer} dropped twice this shift. Results queued, none lost. {jira}"),
    (T("money po"), "Reagent contract with {vendor_lab} renews {month}, {bigamount}/yr, {contract}."),
    (T("specimen"), "Specimen from {room} is {specprob}, RN notified for redraw. 2nd time today on that unit."),
    (T("critical"), "Crit value in {room} ({critical}) called to the covering resident at {time}, read back ok."),
    # ---------------- radiology ----------------
    (T(""), "MRI 2 down for a helium fill, {vendor_rad} ETA {time}. Move outpatients to MRI 3 or the {site} site."),
    (T("calendar"), "CT protocol review {meetdate} at {time}, {confroom}. Topic: CTA head/neck dose."),
    (T("version"), "PACS slow again, Synapse {ver}. {c1.first} restarted the services at {time}."),
    (T(""), "Can IR take an add-on at 1500? bed {bed}, drain exchange. Dr. {d1.last} is ok with it."),
    (T("calendar"), "Mammo van will be at our {site} site {meetdate}, need 2 techs."),
    (T(""), "PowerScribe templates updated for {exam}. Complaints to {c1.first} please, not the help desk."),
    (T(""), "Contrast shortage: iohexol 350 for CTA only, 300 for routine. Through {month}."),
    (T("exec-name calendar"), "Rad turnaround {quarter}: ED CT 38 min median, goal 30. {x1.full} presents to the board {meetdate}."),
    (T("cpt calendar"), "CPT {cpt} for {exam} changes in {planyear}, chargemaster update needed."),
    (T("money po"), "US 4 probe cracked. {vendor_rad} quote {bigamount}, {po}."),
    (T(""), "{modality} tech called out, running one room short til {time}"),
    (T("exec-name"), "Dr. {d1.last} (chief of rads) and {x1.full} want the MRI access report by {weekday}."),
    (T(""), "Is anyone else seeing the priors not load in the viewer? {modality} studies only."),
    (T(""), "ED CT backlog is {count} studies. Reading room 2 can take overflow."),
    (T("cpt icd"), "Denials trending for {cpt} with {icd} - payer wants a different dx pointer. Coding is looking at it."),
    (T("calendar"), "IR schedule for {meetdate} is full; add-ons go to {weekday}."),
    (T("dose"), "«Contrast premed protocol|Premed reminder|Per the contrast policy»: prednisone 50 mg 13h, 7h and 1h before plus diphenhydramine 50 mg 1h before."),
    # ---------------- IT help desk ----------------
    (T("exec-name ticket"), "Account lockout: {c1.full} ({c1.uname}) locked after 5 attempts. Reset through Imprivata, {inc}."),
    (T("security"), "«Reminder|PSA|Friendly reminder»: never share MFA codes. «Okta|The help desk|IT security» will never «call|text|email» you to ask for one."),
    (T(""), "Citrix StoreFront is down for the {site} site, engineers are on it. ETA {time}."),
    (T("version calendar"), "{epicver} upgrade this weekend, downtime {window} Sat. BCA printers are ready."),
    (T(""), "{host} CPU 98% for 15 min. alert ack'd by {c1.first}."),
    (T(""), "Switch {host} in {idf} lost power, UPS on battery. {count} APs down on {unit}."),
    (T("exec-name ticket"), "Access request {ritm}: {c1.full} from {dept} needs read-only PACS. Approved by {x1.full}."),
    (T("slack-markup"), "Vocera badges on {unit} not registering, restarting {host}. cc {mention}"),
    (T("ssn-topic calendar"), "password expiry notices go out {meetdate}. users still using last 4 of SSN as their PIN must re-enroll"),
    (T("ext"), "can someone unlock {c1f.uname}? she's at the front desk on {unit}, x{ext}"),
    (T("ticket"), "Wi-Fi {ssid} down in {building}. Cisco TAC case {case}."),
    (T(""), "Interface engine queue backed up: ADT feed to {system} is {bigcount} msgs behind. {c1.first} bouncing the thread."),
    (T("version"), "Disk on {host} at 94%. Log rotation fixed in {build}."),
    (T("calendar"), "Change freeze {meetdate} - {meetdate} for open enrollment."),
    (T("money po"), "Who approved the license true-up for {vendor}? {bigamount}, {invoice}."),
    (T("ext"), "Help desk phone tree: option 2 for Epic, 3 for hardware, 4 for access. Internal is x{ext}."),
    (T(""), "Patch Tuesday: {count} servers patched, 3 failed ({host}, {host}, {host}). Retrying {weekday}."),
    (T("security"), "CrowdStrike flagged {host} - false positive from the {vendor} updater. Whitelisted per {c1.first}."),
    (T("exec-name bot"), "@assistant summarize the open P1 incidents for {x1.full} by {time}"),
    (T("bot ticket"), "*Incident {inc}* priority P2 assigned to Network Team. Summary: {host} unreachable from {building}."),
    (T("version"), "The Chrome update ({ver}) breaks the Citrix receiver on the thin clients, hold the rollout."),
    (T("ticket"), "The Zebra label printer on {unit} jams every 20 labels. RMA {jira}."),
    (T("kb"), "KB for the Imprivata badge re-enroll is {kb}. Please link it instead of pasting steps."),
    (T("empid"), "Workday shows the wrong cost center for employee {empid} so the Epic template didn't provision. HR is fixing."),
    (T("mrn-topic"), "«Reminder|Note|FYI» for the «interface build|{system} feed|new ADT feed»: MRN goes in PID-3, never «PID-2|PID-4|PID-18»."),
    (T("calendar"), "Quarterly DR test {meetdate}, failover to {facility}'s data hall. No user impact expected."),
    (T("security"), "Users on {unit} report a fake 'badge re-verification' page. Do not click, report to security."),
    (T("exec-name"), "{x1.full}'s laptop won't dock in the boardroom again. Sending {c1.first} up."),
    (T(""), "MFA push fatigue attack blocked for {count} accounts overnight. All reset, nothing accessed."),
    (T("network"), "VLAN {vlan} trunk missing on the new switch stack in {building}, that's why the {modality} has no network."),
    (T("version"), "{system} client {ver} is required after {meetdate}, older versions get blocked at login."),
    (T(""), "mac {mac} keeps flapping between two ports on {host}, probably a loop in {idf}"),
    # ---------------- names that are words ----------------
    (T("hope-word"), "I have hope we can fix the label printer issue before {meetdate}, but no promises."),
    (T("will-word grant-word bill-word money"), "Will the grant cover the new analyzer or does it come out of capital? Bill from {vendor_lab} is {bigamount}."),
    (T("calendar"), "Mark your calendars: lab week starts {meetdate}. Rose-colored glasses optional :sunglasses:"),
    (T("frank-word"), "Frank question - who actually owns the «printer queue|fax line|label printer|Pyxis» on {unit}?"),
    (T("may-word"), "May I get the updated on-call list for {month}? Dawn shift is uncovered."),
    (T("grant-word bill-word costcenter calendar"), "we'll grant temp access till {meetdate}, then it has to go through the normal request and bill to {costcenter}"),
    (T("calendar"), "Summer hours for outpatient imaging start {meetdate}: 7am-7pm weekdays."),
    (T("facility-address"), "Faith-based partners are hosting the flu clinic at {facaddr}. We need 2 pharmacists."),
    (T(""), "Joy of joys, the «tube system|Pyxis on {unit}|label printer on {unit}» is working again {emoji}"),
    (T("chase-word"), "Can someone chase down {vendor} about the RMA? It's been 3 weeks."),
    (T(""), "Drew up the new workflow for add-on tests, feedback welcome: {intranet}"),
    (T("rich-word"), "That's rich - the 'upgrade' made the {system} login slower :upside_down_face:"),
    (T("grace-word"), "there's a 7-day grace period on the license renewal, so no outage on {weekday}"),
    # ---------------- execs / business ----------------
    (T("exec-name calendar"), "{x1.title} {x1.full} will join the pharmacy town hall {meetdate} at {time}."),
    (T("exec-name money"), "{x1.full} approved {bigamount} for the {vendor} contract."),
    (T("exec-name"), "FYI: {x1.full} and {x2.full} meet with {vendor} about the renewal, {planyear}."),
    (T("exec-name"), "{x1.full} wants a one-pager on the lab staffing gap. {c1.first}, can you draft?"),
    (T("exec-name bot"), "@assistant draft a thank-you note to {c1.full} from {x1.full} for covering the Pyxis go-live"),
    (T("exec-name bot calendar"), "Assistant: schedule 30 min with {x1.full} and {c1.full} {meetdate} about the imaging backlog"),
    (T("exec-name"), "Congrats to {c1.full} on the promotion to pharmacy manager! {emoji}"),
    (T("vendor"), "{vendor} account rep {c1.full} is on site {weekday}, badge at the front desk."),
    (T("exec-name calendar"), "Board quality committee {meetdate}: {x1.full} presents the critical-result TAT data."),
    # ---------------- facility / misc ----------------
    (T("facility-address calendar"), "Outpatient lab moving to {facaddr} on {meetdate}. Same hours."),
    (T("facility-address"), "New draw station opening at {facility}, {facaddr}. Signage is ordered."),
    (T("calendar"), "Parking garage level 2 closed {meetdate} for repaving - valet only."),
    (T(""), "lunch in the lab breakroom, {vendor_lab} is buying :pizza:"),
    (T("zip-like"), "the courier zone for ZIP codes starting «018|019|021|017» moves to the afternoon run"),
    (T("money"), "Corporate card ending {last4} expires {ccexp} - new one should arrive next week."),
    (T("calendar"), "Huddle moved to {time}, {confroom}."),
    (T(""), "thanks all, great shift {emoji}"),
    (T(""), "anyone have the {labtest} downtime form?"),
    (T(""), "pyxis down again {emoji}"),
    (T(""), "«on it now|ok, on it|looking at it now|grabbing this one|I'll take it|on it, give me 10»"),
    (T("ticket"), "closed {inc}, user confirmed"),
    (T(""), "who's on for «IR|nuc med|the IV room|blood bank|the help desk» «tonight|this weekend|on {weekday}»?"),
    (T("dose"), "«max|what's the max|max daily» {oraltab} dose in «renal impairment|CKD 4|HD pts»?"),
    (T(""), "{host} back up"),
    # ---------------- quoted / multi-line ----------------
    (T("multiline"), "> is the LIS down?\nno, just slow. {vendor_lab} says a job is reindexing, should clear by {time}"),
    (T("multiline calendar"), "Agenda for {meetdate}:\n1. {analyzer} validation status\n2. {labtest} TAT\n3. staffing - {c1.first}\n4. open tickets ({inc}, {inc})"),
    (T("multiline structured"), "*Downtime notice*\nSystem: {system}\nWindow: {meetdate} {window}\nImpact: read-only\nContact: help desk x{ext}"),
    (T("multiline"), "> {c1.first}: can we move the {exam} block to the afternoon?\nyes if {modality} is free. checking with {c2.first}"),
    (T("multiline money"), "Budget ask for {planyear}:\n- 2 pharmacy techs ({bigamount})\n- {analyzer} service contract ({bigamount})\n- PACS storage ({bigamount})"),
    (T("multiline structured version"), "Release notes {ver}:\n- fixed label reprint\n- faster result routing\n- new critical value banner\nKnown issue: {jira}"),
    (T("multiline structured"), "Change {chg}\nSummary: patch {host}\nWindow: {meetdate} {time}\nRisk: low\nApprover: {c1.full}"),
    (T("multiline"), "Reminder for all units:\n• label at bedside\n• two identifiers\n• no pre-labeled tubes\nQuestions: {c1.first}"),
    (T("multiline exec-name"), "From {x1.full}:\n> please make sure the {drug} shortage plan is posted by {weekday}\nposted here: {intranet}"),
    (T("multiline calendar"), "On-call this week:\nPharmacy - {c1.full}\nLab - {c2.full}\nRad IT - {c3.full}\nSwaps by {meetdate}"),
]


# ---- clean grammar frames ----
CG_OPEN = ["", "", "FYI ", "heads up - ", "Team, ", "{mention} ", "Quick update: ", "per {c1.first}, ", "ugh ",
           "Good morning! ", "PSA: ", "{mention} {mention} "]
CG_SUBJ = ["the {analyzer}", "{host}", "the Pyxis on {unit}", "{modality}", "the {system} interface", "Citrix",
           "the label printer on {unit}", "the tube system", "the {dept} shared drive", "Vocera on {unit}",
           "the carousel", "the {ssid} wifi", "MyChart", "the refill queue", "the {labtest} assay"]
CG_PROB = ["is down", "is slow again", "is back up", "needs a restart", "failed QC", "is throwing errors",
           "is scheduled for maintenance {meetdate}", "got upgraded to {ver}", "will be replaced in {quarter}",
           "is on {build}", "keeps timing out", "has a {count}-hour backlog"]
CG_TAIL = ["", "ticket {inc}", "{vendor} is aware", "{c1.first} is on it", "call x{ext}", "ETA {time}",
           "see {intranet}", "{emoji}", "will update at {time}", "escalated to {x1.full}", "cc {mention}"]


def clause_clean(r):
    s = r.choice(CG_OPEN) + r.choice(CG_SUBJ) + " " + r.choice(CG_PROB)
    t = r.choice(CG_TAIL)
    if t:
        s += r.choice([". ", ", ", " - ", "\n"]) + t
    return s


def kv_clean(r):
    rows = [("System", "{system}"), ("Host", "{host}"), ("Version", "{ver}"), ("Build", "{build}"),
            ("Ticket", "{inc}"), ("Change", "{chg}"), ("Window", "{meetdate} {time}"), ("Owner", "{c1.full}"),
            ("Approver", "{x1.full}"), ("Vendor", "{vendor}"), ("Cost", "{amount}"), ("PO", "{po}"),
            ("Location", "{unit}"), ("Site", "{facility}"), ("Contact", "x{ext}"), ("Asset", "{asset}"),
            ("Affected", "{count} users"), ("Room", "{room}")]
    pick = r.sample(rows, r.randint(3, 6))
    sep = r.choice([": ", " - ", ": "])
    head = r.choice(["", "*Maintenance*\n", "Status:\n", "[INFO] ", "Ticket summary\n", "```\n"])
    body = "\n".join(k + sep + v for k, v in pick)
    if head == "```\n":
        return head + body + "\n```"
    return head + body


def list_clean(r):
    head = r.choice(["Open items:", "Today's rad add-ons:", "Pharmacy huddle notes:", "Lab staffing {meetdate}:",
                     "IT backlog top 5:", "Shortage list:"])
    items = r.sample(["{drug} on backorder", "{analyzer} QC pending", "{inc} - printer on {unit}", "{exam} x{count} ({modality})",
                      "{c1.first} out {weekday}", "{vendor} {po}", "room {bed} isolation cart", "{ver} rollout on {unit}",
                      "{labtest} send-outs to {reflab}", "{drugdose} order set fix"], r.randint(2, 5))
    return head + "\n" + "\n".join(r.choice(["• ", "- ", "* "]) + it for it in items)


def notif_clean(r):
    return r.choice([
        "[{system}] Scheduled maintenance {meetdate} {window}. Expected impact: none. {chg}",
        "*Omnicell Alert*: Cabinet {unit}-A door left open > 5 min. Acknowledged by {c1.first}.",
        "[LIS] Interface {analyzer} -> {system} reconnected at {time}. {count} results flushed.",
        "ServiceNow: {inc} assigned to Rad IT. Priority 3. Short description: {modality} worklist not updating.",
        "PagerDuty: {host} disk > 90% (triggered {time}). Escalation: {c1.full}.",
        "[Okta] {count} accounts auto-locked in the last hour. Source: password spray. No successful logins.",
    ])


CLEAN_FRAMES += [
    (T("grammar"), clause_clean),
    (T("structured"), kv_clean),
    (T("multiline list"), list_clean),
    (T("notification"), notif_clean),
]


# ---------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------
PH_RE = re.compile(r"\{([^{}]+)\}")
PERSON_KEY = re.compile(r"^([PRcxd]\d)([fm]?)$")


def resolve(ph, ctx):
    r = ctx.r
    force = ph.endswith("!")
    base = ph.rstrip("!")
    key = None
    if "#" in base:
        base, key = base.split("#", 1)
        if (base, key) in ctx.cache:
            return ctx.cache[(base, key)]
    if "." in base:
        who, form = base.split(".", 1)
        pm = PERSON_KEY.match(who)
        if not pm:
            raise KeyError(ph)
        who = pm.group(1)
        p = ctx.person(who, pm.group(2))
        phi_person = who[0] in "PR"
        out = []
        for is_name, txt in p.forms(form):
            out.append(("NAME" if (is_name and phi_person) else None, txt, True))
        if who[0] == "x":
            ctx.tag("exec-name")
        if not phi_person:
            ctx.litnames.append(p)
    elif base in PHI_GEN:
        typ, fn = PHI_GEN[base]
        v = fn(r, ctx, force)
        out = v if isinstance(v, list) else [(typ, v)]
    elif base in ("facility", "facaddr"):
        if ("fac", "") not in ctx.cache:
            ctx.cache[("fac", "")] = r.choice(FACILITIES)
        name, addr = ctx.cache[("fac", "")]
        if base == "facaddr":
            ctx.tag("facility-address", "zip-like")
        out = [(None, name if base == "facility" else addr)]
    elif base in LIT_GEN:
        txt, tags = LIT_GEN[base](r)
        ctx.tag(*tags)
        out = [(None, txt)]
    else:
        raise KeyError(ph)
    if key is not None:
        ctx.cache[(base, key)] = out
    return out


def render(tpl, r):
    # a contiguous "Given Surname" or "Surname, Given" of one person is one value -> one span
    tpl = re.sub("«([^«»]*)»", lambda m: r.choice(m.group(1).split("|")), tpl)
    tpl = re.sub(r"\{([PR]\d)([fm]?)\.first\} \{\1[fm]?\.last\}", r"{\1\2.full}", tpl)
    tpl = re.sub(r"\{([PR]\d)([fm]?)\.last\}, \{\1[fm]?\.first\}", r"{\1\2.invplain}", tpl)
    ctx = Ctx(r, tpl)
    segs = []
    for i, part in enumerate(PH_RE.split(tpl)):
        if i % 2 == 0:
            if part:
                segs.append([None, part, False])
        else:
            for seg in resolve(part, ctx):
                segs.append([seg[0], seg[1], seg[2] if len(seg) > 2 else False])
    return segs, ctx


PROTECT_RE = re.compile(r"<@U[0-9A-Z]+>|:[a-z][a-z0-9_+\-]*:|:\+1:|<https?://[^|>]*|<mailto:|<tel:|```")
TYPO_PROTECT_RE = re.compile(r"<[^>]*>|`[^`]*`|:[a-z][a-z0-9_+\-]*:|https?://\S+")
KEYB = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo", "j": "hk",
        "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad", "t": "ry",
        "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}


def case_tx(text, fn):
    out, last = [], 0
    for m in PROTECT_RE.finditer(text):
        out.append(fn(text[last:m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(fn(text[last:]))
    return "".join(out)


def typo_candidates(text):
    prot = [m.span() for m in TYPO_PROTECT_RE.finditer(text)]
    res = []
    for m in re.finditer(r"[A-Za-z]{4,}", text):
        a, b = m.span()
        w = m.group()
        if w.isupper() or any(pa < b and a < pb for pa, pb in prot):
            continue
        prev = text[a - 1] if a > 0 else " "
        nxt = text[b] if b < len(text) else " "
        if prev.isalnum() or nxt.isalnum() or prev in "<@:/.-_#`'\\|" or nxt in ":/@-_>`'|":
            continue
        if nxt == "." and b + 1 < len(text) and text[b + 1].isalnum():
            continue
        res.append((a, b))
    return res


def make_typo(r, w):
    for _ in range(10):
        i = r.randrange(1, len(w) - 1)
        k = r.randrange(4)
        if k == 0:
            t = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif k == 1:
            t = w[:i] + w[i + 1:]
        elif k == 2:
            t = w[:i] + w[i] + w[i:]
        else:
            c = w[i].lower()
            if c not in KEYB:
                continue
            n = r.choice(KEYB[c])
            t = w[:i] + (n.upper() if w[i].isupper() else n) + w[i + 1:]
        if t != w:
            return t
    return w[:-1]


def apply_typo(r, segs):
    cands = []
    for si, (typ, txt, lock) in enumerate(segs):
        if typ is None and not lock:
            for a, b in typo_candidates(txt):
                cands.append((si, a, b))
    if not cands:
        return False
    si, a, b = r.choice(cands)
    txt = segs[si][1]
    segs[si][1] = txt[:a] + make_typo(r, txt[a:b]) + txt[b:]
    return True


def apply_case(segs, mode):
    for s in segs:
        typ, txt = s[0], s[1]
        if mode == "lower":
            s[1] = case_tx(txt, str.lower) if typ is None else txt.lower()
        elif mode == "caps":
            if typ is None:
                s[1] = case_tx(txt, str.upper)
            elif typ != "URL":
                s[1] = txt.upper()


def validate(segs):
    """True when the checker's left-to-right search finds every span exactly where it was built."""
    text = "".join(sg[1] for sg in segs)
    b = text.encode("utf-8")
    pos_true, spans = 0, []
    for typ, t, _ in segs:
        n = len(t.encode("utf-8"))
        if typ:
            if not t or t != t.strip():
                return False
            spans.append((pos_true, pos_true + n, t))
        pos_true += n
    pos = 0
    for s, e, v in spans:
        i = b.find(v.encode("utf-8"), pos)
        if i != s:
            return False
        pos = i + len(v.encode("utf-8"))
    return True


TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "plan-id", "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license",
            "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address",
            "CREDIT_CARD": "card"}
EMOJI_RE = re.compile(r"(?<![\w:]):[a-z+][a-z0-9_+\-]*:(?![\w])")
MARKUP_RE = re.compile(r"<@U|<https?://|<mailto:|<tel:|\*[^*\s][^*\n]*\*|`")


def build_message(r, frame, kind):
    tags0, tpl0 = frame
    mode_x = r.random()
    mode = "lower" if mode_x < 0.25 else ("caps" if mode_x < 0.28 else None)
    want_typo = r.random() < 0.15
    want_prefix = r.random() < 0.06
    want_suffix = r.random() < 0.07
    for attempt in range(80):
        tpl = tpl0(r) if callable(tpl0) else tpl0
        segs, ctx = render(tpl, r)
        if want_prefix and not tpl.startswith("{mention}"):
            segs.insert(0, [None, mention(r) + " ", True])
        if want_suffix and not EMOJI_RE.search(segs[-1][1]):
            segs.append([None, " " + r.choice(EMOJIS), True])
        typo_done = False
        if want_typo and attempt < 60:
            typo_done = apply_typo(r, segs)
        m = mode if attempt < 70 else None
        if m:
            apply_case(segs, m)
        has_phi = any(sg[0] for sg in segs)
        if kind == "P" and not has_phi:
            raise RuntimeError("PHI frame produced no span: %r" % tpl)
        if kind == "C" and has_phi:
            raise RuntimeError("clean frame produced a span: %r" % tpl)
        if validate(segs):
            break
    else:
        raise RuntimeError("could not place spans for %r" % tpl)
    text = "".join(sg[1] for sg in segs)
    spans = [{"type": sg[0], "value": sg[1]} for sg in segs if sg[0]]
    tags = ["phi" if spans else "clean"]

    def add(t):
        if t and t not in tags:
            tags.append(t)
    for s in spans:
        add(TYPE_TAG[s["type"]])
    for t in tags0:
        if spans or t not in TYPE_TAG.values():
            add(t)
    for t in ctx.tags:
        add(t)
    if "\n" in text:
        add("multiline")
    if MARKUP_RE.search(text):
        add("slack-markup")
    if EMOJI_RE.search(text):
        add("emoji")
    if m == "lower":
        add("lowercase")
    elif m == "caps":
        add("allcaps")
    if typo_done:
        add("typo")
    return text, spans, tags


def main():
    r = random.Random(SEED)
    n_clean = int(round(N_MESSAGES * CLEAN_SHARE))
    kinds = ["C"] * n_clean + ["P"] * (N_MESSAGES - n_clean)
    r.shuffle(kinds)
    queues = {"P": [], "C": []}
    pools = {"P": PHI_FRAMES, "C": CLEAN_FRAMES}

    def next_frame(kind):
        if not queues[kind]:
            q = list(range(len(pools[kind])))
            r.shuffle(q)
            queues[kind] = q
        return pools[kind][queues[kind].pop()]

    lines = []
    for i in range(N_MESSAGES):
        kind = kinds[i]
        text, spans, tags = build_message(r, next_frame(kind), kind)
        item = {"id": "gr%04d" % (i + 1), "text": text, "spans": spans, "tags": tags}
        lines.append(json.dumps(item, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages to %s (%d PHI frames, %d clean frames)" %
          (len(lines), OUT, len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
