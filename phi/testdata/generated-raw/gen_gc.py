#!/usr/bin/env python3
"""Generate labelled Slack/Teams chat messages for a PHI detector (inpatient nursing,
case management, social work, home health and hospice).

Standard library only, fixed seed.  Writes /work/corpora/generated_gc.jsonl in the raw
format {"id","text","spans":[{"type","value"}],"tags"}; spans are built together with the
text (segment by segment) and re-checked against the validator's left-to-right matching.
Label rules: /work/corpora/PHI-LABELS.md.
"""
import datetime
import json
import os
import random
import re
import string
import sys
import unicodedata

SEED = 4242017
N_MESSAGES = 1500
CLEAN_SHARE = 0.45
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gc.jsonl")
TODAY = datetime.date(2025, 10, 15)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# Name lists (given names by sex + unisex; surnames of many origins)
# --------------------------------------------------------------------------------------

def _split(s):
    return [x.strip() for x in s.split("|") if x.strip()]

GIVEN_F = _split("""
Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Karen|Nancy|Margaret|Dorothy|
Betty|Helen|Sandra|Ashley|Kimberly|Donna|Carol|Michelle|Emily|Amanda|Melissa|Deborah|
Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Shirley|Angela|Anna|Ruth|Brenda|Pamela|
Virginia|Katherine|Nicole|Catherine|Christine|Evelyn|Debra|Rachel|Carolyn|Janet|Maria|
Heather|Diane|Joyce|Frances|Gloria|Mildred|Doris|Bernice|Agnes|Edna|Gladys|Ethel|Eleanor|
Marjorie|Lorraine|Beatrice|Wilma|Willa|Hope|Faith|Grace|Joy|Rose|Sue|May|June|April|Dawn|
Summer|Holly|Ivy|Destiny|Patience|Pearl|Ruby|Crystal|Amber|Autumn|Jewel|Mary-Kate|
Anne-Marie|Mary-Beth|Ana-Lucia|Jo-Ann|Marie-Claire|Kim-Ly|María|Guadalupe|Carmen|Rosa|
Alejandra|Lucía|Ximena|Mariana|Yesenia|Marisol|Itzel|Consuelo|Xiomara|Nayeli|Dolores|
Esperanza|Catalina|Conceição|Luana|Fátima|Francesca|Giovanna|Carmela|Chiara|Marie|Françoise|
Guerline|Fabienne|Nadège|Ketly|Rosemène|Greta|Anneliese|Ingrid|Astrid|Femke|Solveig|
Agnieszka|Małgorzata|Svetlana|Oksana|Natalia|Olena|Zofia|Eleni|Vasiliki|Anahit|Arpi|Fatima|
Aisha|Layla|Mariam|Noor|Zainab|Samira|Shirin|Parisa|Elif|Ayşe|Priya|Anjali|Lakshmi|Deepa|
Kavya|Meenakshi|Harpreet|Sunita|Padmavathi|Rituparna|Farah|Sadia|Nusrat|Mei|Jing|Yan|
Seo-yeon|Eun-ji|Yuki|Aiko|Sakura|Huong|Linh|Phuong|Lan|Maricel|Rowena|Analyn|Siriporn|
Chanthy|Xee|Mai|Ngozi|Folasade|Chiamaka|Akosua|Abena|Almaz|Hiwot|Hodan|Fadumo|Ayaan|
Wanjiru|Amara|Aminata|Fatou|Rivka|Shoshana|Chaya|Esther|Leilani|Malia|Talia|Aroha|Nia|
LaToya|Shaniqua|Imani|Keisha|Ebony|Aaliyah|Latisha|Kiara|Zoe|Olivia|Ava|Mia|Harper|
Brooklyn|Madison|Bridget|Siobhan|Nuala|Maeve|Dagny|Birgit|Oyuna|Tsetseg|Kalani
""")

GIVEN_M = _split("""
James|Robert|John|Michael|David|William|Richard|Joseph|Thomas|Charles|Christopher|Daniel|
Matthew|Anthony|Donald|Mark|Paul|Steven|George|Kenneth|Edward|Brian|Ronald|Timothy|Jason|
Jeffrey|Ryan|Gary|Jacob|Nicholas|Eric|Jonathan|Larry|Frank|Scott|Justin|Brandon|Raymond|
Gregory|Samuel|Benjamin|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Henry|Douglas|Peter|Walter|
Harold|Arthur|Eugene|Earl|Clarence|Leroy|Herbert|Ralph|Howard|Will|Bill|Hunter|Chase|Art|
Cliff|Dale|Glen|Rusty|Wade|Major|Sterling|Rocky|Buck|Chip|Jean-Luc|Jean-Baptiste|Billy-Ray|
José|Juan|Luis|Jesús|Miguel|Francisco|Javier|Alejandro|Rafael|Héctor|Joaquín|Ramón|Ignacio|
João|Gonçalo|Thiago|Domingos|Giuseppe|Salvatore|Vincenzo|Luca|Jean|Pierre|Wisly|Jacques|
Hans|Dieter|Jurgen|Sven|Lars|Bjorn|Maarten|Krzysztof|Wojciech|Dmitri|Yuriy|Bogdan|Taras|
Dimitrios|Konstantinos|Hovhannes|Nikos|Mohammed|Ahmed|Omar|Yusuf|Khalid|Hassan|Tariq|Reza|
Darius|Mehmet|Emre|Rajesh|Vikram|Sanjay|Arjun|Suresh|Gurpreet|Ravi|Venkatesh|Anirban|Imran|
Wei|Xiaoming|Hao|Jun|Ming|Min-jun|Hyun-woo|Hiroshi|Kenji|Takeshi|Thanh|Minh|Tuan|Bao|Jomar|
Somchai|Sokha|Pao|Kou|Chukwuemeka|Oluwaseun|Adebayo|Kwame|Kofi|Tesfaye|Yohannes|Abdirahman|
Kamau|Ousmane|Mamadou|Moshe|Yitzchak|Avraham|Mordechai|Keanu|Sione|Tavita|DeShawn|Tyrone|
Jamal|Darnell|Marquis|Jaylen|Dwayne|Trevon|Xavier|Liam|Noah|Ethan|Mason|Logan|Aiden|Jayden|
Seamus|Padraig|Lorcan|Bartholomew|Ezekiel|Amos|Otis|Virgil|Lamar|Cornelius
""")

GIVEN_U = _split("""
Pat|Sandy|Li|Jordan|Casey|Jesse|Robin|Taylor|Morgan|Alex|Sam|Jamie|Kerry|Lee|Shannon|Terry|
Dana|Kim|Riley|Avery|Quinn|Rowan|Sasha|Ariel
""")

SURNAMES = _split("""
Smith|Johnson|Williams|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|Martin|
Thompson|Harris|Clark|Lewis|Robinson|Walker|Allen|King|Wright|Scott|Hill|Green|Adams|Nelson|
Baker|Hall|Campbell|Mitchell|Carter|Roberts|Phillips|Evans|Turner|Parker|Collins|Edwards|
Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper|Peterson|Reed|Bailey|Bell|Kelly|Howard|Ward|
Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|Hughes|Price|Sanders|Myers|Long|Ross|Foster|
Powell|Jenkins|Perry|Russell|Sullivan|Fisher|Hayes|Ellis|Stone|Hunt|Black|Weaver|Fox|Lane|
Rice|Young|White|Brown|Little|Bishop|Church|Day|Love|Sharp|Strong|Moody|Best|Page|Rivers|
Wolfe|Frost|Winter|Knight|Mann|Bird|Swan|Hart|Golden|Banks|Waters|Fields|Woods|Newman|Small|
Hope|O'Brien|O'Neill|O'Connor|O'Malley|O'Sullivan|McCarthy|MacDonald|McAllister|MacLeod|
Fitzgerald|Gallagher|Doherty|Kavanagh|Brannigan|D'Angelo|D'Amico|DiNapoli|LaFleur|Le Blanc|
St. Pierre|St. James|Desrosiers|Thibodeau|Boucher|Gagnon|Tremblay|Lefebvre|Beaulieu|
Ouellette|Pelletier|Dubois|Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|
Bruno|Gallo|Conti|De Luca|Mancini|Lombardi|Moretti|Barbieri|Fontana|Caruso|Ferrara|Santoro|
van der Berg|Van Dyke|van Houten|de Vries|de la Cruz|De La Rosa|del Toro|Dos Santos|da Silva|
de Souza|von Hagen|Al-Hassan|Al-Amin|El-Sayed|Abou-Khalil|Ben-Ami|Garcia-Lopez|Smith-Jones|
Hernandez-Ruiz|Okafor-Mensah|Lee-Chang|Martin-Ortiz|Nakamura-Bell|Cohen-Levy|Pérez-Molina|
Ramos-Vega|Jean-Louis|Bryant-Hall|Garcia|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Perez|
Sanchez|Ramirez|Torres|Flores|Rivera|Gomez|Diaz|Reyes|Morales|Cruz|Ortiz|Gutierrez|Chavez|
Ramos|Ruiz|Alvarez|Mendoza|Castillo|Jiménez|Vásquez|Moreno|Romero|Herrera|Medina|Aguilar|
Vargas|Castro|Guzmán|Muñoz|Rojas|Salazar|Peña|Ibáñez|Quiñones|Zúñiga|Ocasio|Villanueva|
Santiago|Figueroa|Espinoza|Delgado|Pereira|Ferreira|Oliveira|Costa|Carvalho|Almeida|
Rodrigues|Gonçalves|Teixeira|Monteiro|Fernandes|Tavares|Medeiros|Furtado|Andrade|
Pierre-Louis|Toussaint|Étienne|Dorvil|Célestin|Saint-Fleur|Augustin|Müller|Schmidt|Schneider|
Fischer|Weber|Becker|Hoffmann|Schulz|Koch|Richter|Klein|Schröder|Neumann|Zimmermann|Krüger|
Hofstadter|Janssen|Bakker|Visser|Mulder|Johansson|Lindqvist|Nilsson|Andersen|Larsen|Hansen|
Eriksson|Halvorsen|Kowalski|Nowak|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|
Szymański|Dąbrowski|Ivanov|Petrov|Smirnov|Kuznetsov|Popov|Volkov|Sokolov|Shevchenko|
Kovalenko|Bondarenko|Tkachenko|Melnyk|Horvath|Novak|Dvořák|Papadopoulos|Georgiou|Nikolaidis|
Karagiannis|Alexopoulos|Petrosyan|Hovhannisyan|Grigoryan|Sarkisian|Manoukian|Haddad|Khoury|
Nasser|Saleh|Mansour|Hamdan|Abdullah|Rahman|Hussein|Farouk|Qureshi|Siddiqui|Hosseini|Tehrani|
Rahimi|Karimi|Yılmaz|Kaya|Demir|Şahin|Öztürk|Patel|Shah|Sharma|Singh|Kumar|Gupta|Reddy|Iyer|
Nair|Menon|Pillai|Krishnan|Subramanian|Venkataraman|Chatterjee|Banerjee|Mukherjee|Das|Bose|
Ghosh|Chowdhury|Rao|Desai|Mehta|Joshi|Kapoor|Malhotra|Sandhu|Gill|Dhillon|Grewal|Hussain|
Akhtar|Begum|Islam|Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|
Ho|Chan|Wong|Leung|Lau|Cheung|Tsang|Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|
Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Nakamura|Kobayashi|Yamamoto|Kato|Yoshida|Yamada|
Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Vo|Dang|Bui|Do|Ngo|Duong|Ly|Santos|Dela Cruz|Bautista|Aquino|
Macapagal|Dizon|Pascual|Soriano|Manalo|Lumbao|Srisai|Chaiyaporn|Sok|Chea|Vang|Xiong|Thao|Lor|
Her|Moua|Khang|Okafor|Okonkwo|Adeyemi|Oyelaran|Balogun|Eze|Nwosu|Obi|Mensah|Asante|Boateng|
Owusu|Osei|Bekele|Haile|Girma|Abdi|Mohamed|Warsame|Farah|Hassan|Kiplagat|Otieno|Mwangi|Kamau|
Diallo|Ndiaye|N'Diaye|Traoré|Keita|Coulibaly|Diop|Sow|Cohen|Levy|Goldberg|Friedman|Katz|
Rosenberg|Schwartz|Shapiro|Weiss|Rubin|Abramowitz|Horowitz|Finkelstein|Ben-David|Begay|Yazzie|
Tsosie|Benally|Redhorse|Kahananui|Kealoha|Fonoti|Tuilagi|Faleolo
""")
SURNAMES = sorted(set(SURNAMES), key=SURNAMES.index)

NICK = {
    "Robert": ["Bob", "Bobby", "Rob"], "William": ["Bill", "Billy", "Liam"], "Margaret": ["Peggy", "Maggie", "Meg"],
    "Elizabeth": ["Betty", "Liz", "Beth"], "Richard": ["Rick", "Dick", "Richie"], "James": ["Jim", "Jimmy"],
    "Joseph": ["Joe", "Joey"], "Katherine": ["Kathy", "Kate"], "Patricia": ["Patty", "Trish"],
    "Dorothy": ["Dot", "Dottie"], "Francisco": ["Paco", "Pancho"], "José": ["Pepe"], "Guadalupe": ["Lupe"],
    "Alejandro": ["Alex"], "Mohammed": ["Mo"], "Giuseppe": ["Joe", "Pino"], "Xiaoming": ["Sam"],
    "Thanh": ["Tony"], "Chukwuemeka": ["Emeka"], "Oluwaseun": ["Seun"], "Folasade": ["Sade"],
    "Yitzchak": ["Itzik"], "Avraham": ["Avi"], "Konstantinos": ["Gus", "Dino"], "Dimitrios": ["Jimmy"],
    "Vasiliki": ["Vicky"], "Charles": ["Charlie", "Chuck"], "Edward": ["Ed", "Eddie", "Ted"],
    "Eleanor": ["Ellie", "Nora"], "Anthony": ["Tony"], "Salvatore": ["Sal"], "Agnieszka": ["Aga"],
    "Krzysztof": ["Chris"], "Mordechai": ["Motti"], "Harold": ["Hal"], "Herbert": ["Herb"],
    "Mildred": ["Millie"], "Beatrice": ["Bea"], "Frances": ["Fran"], "Gladys": ["Glad"],
    "Venkatesh": ["Venky"], "Rajesh": ["Raj"], "Benjamin": ["Ben"], "Thomas": ["Tom", "Tommy"],
    "Wojciech": ["Wojtek"], "Kwame": ["Kay"], "Dolores": ["Lola"], "Consuelo": ["Chelo"],
    "Jesús": ["Chuy"], "Ignacio": ["Nacho"], "Rosemène": ["Rose"], "Bartholomew": ["Bart"],
}

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

TOWNS = [  # (town, state, zip)
    ("Dracut", "MA", "01826"), ("Amesbury", "MA", "01913"), ("Lowell", "MA", "01852"), ("Methuen", "MA", "01844"),
    ("Haverhill", "MA", "01832"), ("Lawrence", "MA", "01841"), ("Chelmsford", "MA", "01824"),
    ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"), ("Peabody", "MA", "01960"),
    ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"), ("Everett", "MA", "02149"), ("Malden", "MA", "02148"),
    ("Quincy", "MA", "02169"), ("Brockton", "MA", "02301"), ("Taunton", "MA", "02780"),
    ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740"), ("Worcester", "MA", "01604"),
    ("Fitchburg", "MA", "01420"), ("Leominster", "MA", "01453"), ("Springfield", "MA", "01109"),
    ("Holyoke", "MA", "01040"), ("Chicopee", "MA", "01013"), ("Pittsfield", "MA", "01201"),
    ("Salisbury", "MA", "01952"), ("Newburyport", "MA", "01950"), ("North Andover", "MA", "01845"),
    ("Westford", "MA", "01886"), ("Tyngsborough", "MA", "01879"), ("Pelham", "NH", "03076"),
    ("Salem", "NH", "03079"), ("Nashua", "NH", "03060"), ("Manchester", "NH", "03101"), ("Derry", "NH", "03038"),
    ("Hudson", "NH", "03051"), ("Pawtucket", "RI", "02860"), ("Woonsocket", "RI", "02895"),
    ("Providence", "RI", "02908"), ("Hartford", "CT", "06106"), ("New Britain", "CT", "06051"),
    ("Yonkers", "NY", "10701"), ("Paterson", "NJ", "07501"), ("Camden", "NJ", "08102"),
    ("Allentown", "PA", "18102"), ("Toledo", "OH", "43609"), ("Dayton", "OH", "45402"), ("Gary", "IN", "46402"),
    ("Joliet", "IL", "60435"), ("Cicero", "IL", "60804"), ("Flint", "MI", "48503"), ("Dearborn", "MI", "48126"),
    ("Akron", "OH", "44305"), ("Hialeah", "FL", "33012"), ("Kissimmee", "FL", "34741"), ("Laredo", "TX", "78040"),
    ("El Paso", "TX", "79903"), ("Mesa", "AZ", "85201"), ("Tucson", "AZ", "85705"), ("Fresno", "CA", "93701"),
    ("Stockton", "CA", "95205"), ("Tacoma", "WA", "98405"), ("Spokane", "WA", "99201"), ("Boise", "ID", "83702"),
    ("Ogden", "UT", "84401"), ("Pueblo", "CO", "81003"), ("Wichita", "KS", "67203"), ("Tulsa", "OK", "74106"),
    ("Shreveport", "LA", "71101"), ("Macon", "GA", "31201"), ("Savannah", "GA", "31401"),
    ("Chattanooga", "TN", "37403"), ("Knoxville", "TN", "37917"), ("Lexington", "KY", "40508"),
    ("Lewiston", "ME", "04240"), ("Bangor", "ME", "04401"), ("Burlington", "VT", "05401"), ("Rutland", "VT", "05701"),
]
STREET_NAMES = _split("""
Elm|Chestnut|Tarbox|Main|Pleasant|Lakeview|Merrimack|Pawtucket|Broadway|Central|Bridge|School|
Water|Maple|Oak|Summer|Winter|Washington|Lincoln|Cedar|Highland|Prospect|Union|Spring|Mill|
Church|Park|Riverside|Varnum|Stevens|Lawrence|Andover|Essex|Hampshire|Salem|Haverhill|Groton|
Middlesex|Gorham|Bellevue|Whipple|Methuen|Boston|Liberty|Franklin|Jefferson|Pine|Birch|Willow|
Hillcrest|Sunset|Orchard|Meadow|Brookside|Forest|Fairview|Pearl|Myrtle|Cottage|Dutton|Phoebe|
Tenth|Fifth|Third|Veterans Memorial|Martin Luther King Jr|Cabot|Mammoth|Fox Run|Quail Hollow|
Old County|Bay State|Kearney|Nesmith|Jackson|Moody|Appleton|Gates|Ferry|Canal|Harbor|Ocean
""")
STREET_SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Dr", "Ct", "Way", "Pl", "Blvd", "Ter", "Cir",
                 "Hwy", "Pkwy"]
UNITS_ADDR = ["Apt 3B", "Apt 2", "#2", "Unit 14", "apt 2R", "Apt. 5C", "#1L", "Unit B", "Fl 3", "Apt 207"]

FAC = ["Merrimack Valley Medical Center", "MVMC", "St. Brigid's", "Riverbend", "Northfield General",
       "Lakeshore Community", "Holy Family", "the Saints campus", "the main campus", "St. Joseph's",
       "Mary Immaculate", "Lawrence General", "Whittier Pavilion", "Good Samaritan"]
DOMAINS = ["merrimackhealth.org", "mvmc.org", "stbrigids.org", "riverbendhealth.org", "northfieldgeneral.org",
           "lakeshoremed.org"]
SNF = ["Pine Ridge Rehab", "Brookside Skilled Nursing", "Heritage Manor", "Willow Crest", "Merrimack Valley Hospice",
       "Clipper Home", "Sacred Heart Rehab", "St. Joseph Manor", "Mary Immaculate", "Lawrence Manor",
       "Kindred LTACH", "Riverside VNA", "Care Dimensions", "Bayview Nursing", "Maplewood Nursing & Rehab",
       "Fairhaven Healthcare", "Oak Knoll SNF", "Hospice of the Valley", "Lighthouse Hospice", "Spaulding IPR",
       "Wingate", "Autumn Glen", "Summer Hill Rehab", "Grace House", "Hope Hospice"]
SNF_DOM = ["pineridgerehab.com", "brooksidesnf.com", "heritagemanor.net", "riversidevna.org",
           "hospiceofthevalley.org", "lighthousehospice.org", "oakknollsnf.com"]
VENDORS = ["Medline", "Cardinal Health", "Stryker", "Baxter", "BD", "Hillrom", "Philips", "GE HealthCare",
           "McKesson", "Owens & Minor", "Omnicell", "Vocera", "Epic", "Oracle Health", "Apria", "Lincare",
           "AdaptHealth", "Rotech", "naviHealth", "CarePort", "Medtronic", "Dexcom", "Abbott", "ResMed",
           "Sullivan Medical Supply", "Brennan DME", "Kessler Mobility"]
DME = ["Medline", "Cardinal Health", "Stryker", "Hillrom", "McKesson", "Owens & Minor", "Apria", "Lincare",
       "AdaptHealth", "Rotech", "Sullivan Medical Supply", "Brennan DME", "Kessler Mobility", "Invacare",
       "Drive Medical", "Joerns"]
VENDOR_DOM = ["carelinkdme.com", "northeastmedsupply.com", "sullivanmedical.com", "brennandme.com",
              "kesslermobility.com", "apexbeds.com"]
PAYERS = ["Medicare", "MassHealth", "Medicaid", "BCBS", "BCBSMA", "Tufts Health Plan", "Harvard Pilgrim", "Aetna",
          "UHC", "Humana", "Cigna", "WellSense", "Fallon", "Medicare Advantage", "Tricare", "the VA", "Mass Advantage"]
UNITS = ["4 West", "4W", "5 North", "5N", "6 South", "Tele", "SDU", "ICU", "MICU", "Ortho", "Onc", "Med-Surg 3",
         "the geri unit", "ACE unit", "Obs", "7B", "3 East", "6N", "Step-down"]
DONORS = ["Kessler", "Feldman", "Whitaker", "Hendricks", "O'Rourke", "Nakamura", "Costello", "Abernathy",
          "Lindqvist", "Baptiste", "Hollingsworth", "Amherst"]
DX = ["CHF exacerbation", "COPD flare", "PNA", "UTI", "sepsis", "AKI", "NSTEMI", "a-fib RVR", "hip fx s/p ORIF",
      "CVA", "delirium", "GI bleed", "cellulitis", "DKA", "SBO", "pancreatitis", "FTT", "hyponatremia",
      "ETOH w/d", "C diff", "dementia w/ behaviors", "metastatic lung ca", "ESRD", "cirrhosis", "syncope", "PE",
      "DVT", "urosepsis", "aspiration PNA", "pressure injury stage 3", "fall w/ rib fx", "new dx pancreatic ca"]
MEDS = ["heparin 5000 units SQ q8h", "metoprolol 25 mg PO BID", "Lasix 40 mg IV", "oxycodone 5 mg q4h prn",
        "morphine 2 mg IV q2h prn", "Zosyn 3.375 g IV q8h", "vanco 1.25 g IV q12h", "glargine 18 units qHS",
        "Haldol 0.5 mg IV", "lorazepam 1 mg", "Tylenol 650 mg q6h", "KCl 40 mEq PO", "Eliquis 5 mg BID",
        "senna 8.6 mg", "Seroquel 25 mg qHS", "ceftriaxone 1 g IV daily", "NS @ 75 mL/hr", "albuterol neb q4h",
        "dilaudid 0.5mg IV", "lispro 4u", "Coumadin 2.5mg", "MgSO4 2 g IV", "Zofran 4mg IV", "Ativan 0.5 mg"]
LABS = ["K 3.1", "Na 128", "Mg 1.4", "Hgb 6.9", "trop 0.04", "lactate 3.2", "BG 42", "K 5.9", "Cr 2.4",
        "INR 3.8", "WBC 17.2"]
VITALS = ["BP 98/54 HR 112 RR 22 SpO2 91% on 2L", "afebrile, HR 88, BP 132/70, 96% RA", "T 101.2 HR 118 BP 100/60",
          "VSS, 94% on 3L NC", "HR 140s irregular, BP 108/72", "BP 182/96, HR 70, sat 97%"]
CODES = ["DNR/DNI", "full code", "DNR", "CMO", "DNR/DNI, MOLST in chart", "DNI only", "FULL CODE"]
ALLERGY = ["PCN", "sulfa", "NKDA", "latex, codeine", "iodine", "morphine (itching)", "NKA", "shellfish"]
LINES = ["R AC 20g", "L PICC", "R IJ CVC", "2 PIVs", "port L chest", "L FA 22g"]
PROCS = ["PEG", "TAVR", "hip ORIF", "EGD", "cardiac cath", "paracentesis", "PICC placement", "IR drain",
         "thoracentesis", "colonoscopy", "pacemaker placement", "TEE", "MRI brain", "HD cath placement"]
CPT = ["99223", "99233", "99239", "G0299", "97162", "36569", "99497", "G0151"]
ICD = ["I50.23", "J44.1", "A41.9", "N17.9", "R65.20", "E87.1", "F05", "Z51.5", "I48.91", "L89.153"]
SUPPLY = ["purewick", "foley kits", "ABD pads", "mepilex", "chux", "bed alarms", "IV tubing", "yankauers",
          "incentive spirometers", "trach kits", "sage wipes"]
CONF = ["Conf Rm B", "the 5th floor classroom", "Feldman auditorium", "CR 3-114", "the CM office",
        "the Kessler boardroom", "the chapel conf room"]
FUNERAL = ["Dolan Funeral Home", "McKenna-Ruggiero Funeral Home", "Saint-Fleur & Sons", "Hart Funeral Home",
           "Conte Funeral Home", "Nguyen Family Mortuary"]
CARS = ["grey Camry", "red F-150", "white CR-V", "blue Outback", "black Tahoe", "silver minivan", "green Corolla"]
PUMPS = ["Tandem t:slim X2", "Omnipod 5", "MiniMed 780G"]
CGMS = ["Dexcom G7", "Libre 3", "Dexcom G6"]
LANGS = ["Haitian Creole", "Portuguese", "Spanish", "Khmer", "Vietnamese", "Arabic", "Somali",
         "Cape Verdean Creole", "Nepali", "Russian", "Mandarin", "Hmong"]
TITLES = ["CNO", "CMO", "CEO", "COO", "CFO", "VP Patient Care Services", "Director of Case Management",
          "Director of Nursing", "Chief Quality Officer", "VP of Post-Acute"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
RELDAYS = ["tomorrow", "today", "tmrw", "Monday", "next week", "this afternoon", "tonight", "Friday", "later today"]
EMOJI = ["🙏", "👍", "⚠️", "😬", "🎉", "❤️", "😅", ":pray:", ":thumbsup:", ":eyes:", ":rotating_light:", "✅",
         "🚑", ":white_check_mark:", "😩", "🙌"]

RELATIONS = [("daughter", "F"), ("dtr", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("sister", "F"),
             ("brother", "M"), ("niece", "F"), ("nephew", "M"), ("granddaughter", "F"), ("grandson", "M"),
             ("daughter-in-law", "F"), ("son-in-law", "M"), ("partner", None), ("HCP", None), ("POA", None),
             ("neighbor", None), ("friend", None), ("caregiver", None), ("guardian", None), ("stepdaughter", "F"),
             ("cousin", None)]
BLOOD = {"daughter", "dtr", "son", "wife", "husband", "sister", "brother", "granddaughter", "grandson"}

# --------------------------------------------------------------------------------------
# Segments: (text, type or None, raw).  raw segments (Slack markup) are never re-cased.
# --------------------------------------------------------------------------------------

def T(s):
    return [(s, None, False)]


def S(typ, s):
    return [(s, typ, False)]


def R(s):
    return [(s, None, True)]


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def fill(pattern):
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "%":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age_words(n):
    if n < 100:
        t = {9: "ninety", 8: "eighty"}[n // 10]
        return t if n % 10 == 0 else t + rng.choice(["-", " "]) + ONES[n % 10]
    head = rng.choice(["one hundred", "a hundred", "hundred"])
    if n == 100:
        return rng.choice(["one hundred", "a hundred"])
    return head + rng.choice([" and ", " "]) + ONES[n % 100]


# ---- dates ---------------------------------------------------------------------------

def fmt_date(d, need_year=False):
    m, dd, y = d.month, d.day, d.year
    yy = "%02d" % (y % 100)
    long_styles = [
        "%d/%d/%d" % (m, dd, y), "%02d/%02d/%d" % (m, dd, y), "%d/%d/%s" % (m, dd, yy), "%d-%02d-%02d" % (y, m, dd),
        "%s %d, %d" % (MONTHS[m - 1], dd, y), "%s %d, %d" % (MON3[m - 1], dd, y), "%02d-%s-%d" % (dd, MON3[m - 1], y),
        "%d %s %d" % (dd, MONTHS[m - 1], y), "%02d%02d%d" % (m, dd, y), "%02d-%02d-%d" % (m, dd, y),
        "%d.%d.%s" % (m, dd, yy), "%s. %d %d" % (MON3[m - 1], dd, y), "%d%s%d" % (dd, MON3[m - 1].upper(), y),
        "%s %s, %d" % (MON3[m - 1], ordinal(dd), y),
    ]
    short_styles = ["%d/%d" % (m, dd), "%02d/%02d" % (m, dd), "%s %d" % (MON3[m - 1], dd),
                    "%s %s" % (MON3[m - 1], ordinal(dd)), "%s %d" % (MONTHS[m - 1], dd),
                    "%d-%s" % (dd, MON3[m - 1]), "%s. %d" % (MON3[m - 1], dd), "%s %s" % (MONTHS[m - 1].lower(), ordinal(dd)),
                    "%d-%d" % (m, dd)]
    if need_year or rng.random() < 0.35:
        return rng.choice(long_styles)
    return rng.choice(short_styles)


def rand_event_date():
    return TODAY + datetime.timedelta(days=rng.randint(-200, 60))


# ---- obfuscation ---------------------------------------------------------------------

SPELL_ZERO = ["zero", "oh", "zero"]


def spell_digits(v):
    out, group = [], []
    for ch in v:
        if ch.isdigit():
            group.append(rng.choice(SPELL_ZERO) if ch == "0" else ONES[int(ch)])
        elif group:
            out.append(" ".join(group))
            group = []
    if group:
        out.append(" ".join(group))
    return rng.choice([", ", " - ", " ", "... "]).join(out)


def obfuscate(ctx, v, kinds=("fw", "zw", "nbsp", "spaced", "spell", "mixed")):
    kinds = [k for k in kinds if k != "spell" or sum(c.isdigit() for c in v) >= 4]
    k = rng.choice(kinds)
    ctx.tags.add("evasion")
    if k == "fw":
        ctx.tags.add("fullwidth")
        return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in v)
    if k == "zw":
        ctx.tags.add("zero-width")
        idx = [i for i in range(1, len(v)) if v[i - 1].isalnum() and v[i].isalnum()]
        picks = set(rng.sample(idx, min(len(idx), rng.randint(1, 3)))) if idx else set()
        return "".join(("\u200b" if i in picks else "") + c for i, c in enumerate(v))
    if k == "nbsp":
        if " " in v or "-" in v:
            return v.replace(" ", "\u00a0").replace("-", "\u00a0")
        ctx.tags.add("zero-width")
        return v[:3] + "\u2060" + v[3:] if len(v) > 4 else v
    if k == "spaced":
        ds = [c for c in v if c.isalnum()]
        return " ".join(ds)
    if k == "spell":
        return spell_digits(v)
    # mixed separators
    seps = [".", "-", " ", "/"]
    return re.sub(r"[-. ]", lambda m: rng.choice(seps), v)


def maybe_obf(ctx, v, force=False, p=0.05, kinds=("fw", "zw", "nbsp", "spaced", "spell", "mixed")):
    if force or rng.random() < p:
        return obfuscate(ctx, v, kinds)
    return v


# ---- identifiers ---------------------------------------------------------------------

def gen_phone(ext_ok=True):
    area = rng.choice(["617", "978", "508", "781", "413", "603", "401", "860", "207", "802", "212", "718", "215",
                       "312", "773", "404", "713", "214", "602", "206", "503", "415", "510", "303", "612", "313",
                       "216", "901", "339", "857", "774", "351"])
    ex = str(rng.randint(2, 9)) + digits(2)
    if ex[1:] == "11":
        ex = ex[0] + "42"
    ln = digits(4)
    st = rng.random()
    if st < 0.22:
        p = "(%s) %s-%s" % (area, ex, ln)
    elif st < 0.48:
        p = "%s-%s-%s" % (area, ex, ln)
    elif st < 0.58:
        p = "%s.%s.%s" % (area, ex, ln)
    elif st < 0.66:
        p = "%s %s %s" % (area, ex, ln)
    elif st < 0.74:
        p = area + ex + ln
    elif st < 0.82:
        p = "+1 %s-%s-%s" % (area, ex, ln)
    elif st < 0.87:
        p = "+1 (%s) %s-%s" % (area, ex, ln)
    elif st < 0.92:
        p = "1-%s-%s-%s" % (area, ex, ln)
    elif st < 0.96:
        p = "+1%s%s%s" % (area, ex, ln)
    else:
        p = "%s/%s-%s" % (area, ex, ln)
    if ext_ok and rng.random() < 0.08:
        p += rng.choice([" ext. ", " x", " ext ", " x "]) + digits(rng.randint(2, 4))
    return p


def phone_digits(p):
    d = re.sub(r"\D", "", p.split(" ext")[0].split(" x")[0])
    return "+1" + d[-10:]


def gen_ssn(ctx):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    a, g, s = "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
    st = rng.random()
    if st < 0.62:
        return "%s-%s-%s" % (a, g, s)
    if st < 0.72:
        return "%s %s %s" % (a, g, s)
    if st < 0.85:
        ctx.tags.add("evasion")
        return a + g + s
    if st < 0.91:
        return "%s.%s.%s" % (a, g, s)
    ctx.tags.add("evasion")
    return "%s%s%s%s%s" % (a, rng.choice(".- "), g, rng.choice(".-/"), s)


def gen_mrn():
    st = rng.random()
    if st < 0.55:
        return digits(rng.choice([7, 8, 9, 10]))
    if st < 0.7:
        return "00" + digits(rng.choice([6, 7]))
    if st < 0.82:
        return "%s-%s-%s" % (digits(2), digits(2), digits(rng.choice([3, 4])))
    if st < 0.92:
        return "E" + digits(rng.choice([7, 8]))
    return "M" + digits(2) + "-" + digits(5)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    an = MBI_L + string.digits
    s = (rng.choice("123456789") + rng.choice(MBI_L) + rng.choice(an) + rng.choice(string.digits) +
         rng.choice(MBI_L) + rng.choice(an) + rng.choice(string.digits) + rng.choice(MBI_L) + rng.choice(MBI_L) +
         digits(2))
    if rng.random() < 0.4:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def gen_medicaid():
    return rng.choice([lambda: "100" + digits(9), lambda: fill("@@#####@"), lambda: digits(12),
                       lambda: "MCD" + digits(9), lambda: digits(10)])()


def gen_member():
    return rng.choice([lambda: fill("@@@") + digits(9), lambda: "W" + digits(9), lambda: digits(9) + "01",
                       lambda: "H" + digits(8), lambda: fill("@@@ ") + digits(9), lambda: "ZGP" + digits(9),
                       lambda: fill("U#########"), lambda: digits(3) + "-" + digits(3) + "-" + digits(3)])()


def gen_group():
    return rng.choice([lambda: digits(6), lambda: "GRP-" + digits(7), lambda: digits(5), lambda: fill("@@###")])()


def gen_har():
    return rng.choice([lambda: rng.choice("45") + digits(9), lambda: "H" + digits(9), lambda: digits(12),
                       lambda: "G" + digits(7), lambda: "PA" + digits(8)])()


def gen_bank():
    return digits(rng.choice([9, 10, 11, 12]))


def gen_dl():
    return rng.choice([lambda: "S" + digits(8), lambda: digits(9), lambda: fill("@") + digits(7),
                       lambda: digits(3) + " " + digits(3) + " " + digits(3), lambda: "NHL" + digits(8)])()


def gen_dea(last):
    first = rng.choice("ABFM")
    l2 = ascii_fold(last)[0].upper()
    d = [int(x) for x in digits(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + l2 + "".join(map(str, d)) + str(chk)


def gen_lic():
    return rng.choice([lambda: "RN" + digits(7), lambda: "RN-" + digits(6), lambda: digits(7),
                       lambda: "LPN" + digits(5), lambda: "NP" + digits(6), lambda: "RN " + digits(6)])()


def gen_plate():
    return rng.choice([lambda: fill("#@@@##"), lambda: fill("#@@@###"), lambda: fill("@@@-####"),
                       lambda: fill("#@@ #@@"), lambda: fill("@@@ ####"), lambda: fill("##@@##")])()


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    v = [rng.choice(VIN_CH) for _ in range(17)]
    v[9] = rng.choice("NPRSTV")  # model year
    total = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W))
    r = total % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def gen_serial():
    return fill(rng.choice(["@@@######@", "@@#######@", "########", "SN-##-#####", "@#######", "2317#######",
                            "MLP######", "%%%%%%", "PDM######", "@@@#####@", "##@####", "%%%%%%%%%%"]))


def gen_udi(serial):
    exp = TODAY + datetime.timedelta(days=rng.randint(200, 900))
    return "(01)%s(17)%02d%02d%02d(21)%s" % (digits(14), exp.year % 100, exp.month, exp.day, serial)


def gen_ip():
    st = rng.random()
    if st < 0.4:
        return "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(1, 254))
    if st < 0.6:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if st < 0.75:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 254), rng.randint(1, 254))
    if st < 0.9:
        return "%d.%d.%d.%d" % (rng.randint(24, 199), rng.randint(0, 254), rng.randint(0, 254), rng.randint(1, 254))
    return "%x:%x:%x:%x::%x" % (rng.choice([0x2601, 0x2603, 0x2a02, 0xfe80]), rng.randint(0, 0xffff),
                                rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff))


def gen_cc():
    kind = rng.random()
    if kind < 0.5:
        n = luhn_complete("4", 16)
    elif kind < 0.8:
        n = luhn_complete(rng.choice(["51", "53", "55", "22"]), 16)
    elif kind < 0.93:
        n = luhn_complete(rng.choice(["34", "37"]), 15)
        return rng.choice([n, "%s %s %s" % (n[:4], n[4:10], n[10:])])
    else:
        n = luhn_complete("6011", 16)
    st = rng.random()
    if st < 0.45:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if st < 0.7:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def gen_npi():
    body = "1" + digits(8)
    full = "80840" + body
    total = 0
    for i, ch in enumerate(reversed(full)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def gen_street():
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 4999)]))
    if rng.random() < 0.06:
        num += rng.choice(["A", "B", "-1/2", "R"])
    sname = rng.choice(STREET_NAMES)
    suf = rng.choice(STREET_SUFFIX)
    s = "%s %s %s" % (num, sname, suf)
    if rng.random() < 0.18:
        s += rng.choice([" ", ", "]) + rng.choice(UNITS_ADDR)
    return s


def gen_address(multiline_ok=True, street=None, town=None):
    street = street or gen_street()
    t, stt, z = town or rng.choice(TOWNS)
    if rng.random() < 0.15:
        z = z + "-" + digits(4)
    st = rng.random()
    if st < 0.35:
        return "%s, %s, %s %s" % (street, t, stt, z)
    if st < 0.55:
        return "%s, %s %s %s" % (street, t, stt, z)
    if st < 0.65:
        return "%s %s %s" % (street, t, z)
    if st < 0.75:
        return "%s, %s" % (street, t)
    if st < 0.82 and multiline_ok:
        return "%s\n%s, %s %s" % (street, t, stt, z)
    if st < 0.9:
        return "PO Box %d, %s, %s %s" % (rng.randint(1, 2999), t, stt, z)
    return "%s %s, %s %s" % (street.lower(), t.lower(), stt.lower(), z)


def gen_fac_address():
    num = str(rng.choice([1, 10, 25, 55, 100, 163, 200, 250, 295, 300, 500, 1000, 1250]))
    s = "%s %s %s" % (num, rng.choice(STREET_NAMES + ["Hospital", "Medical Center", "Campus"]),
                      rng.choice(["Dr", "St", "Ave", "Way", "Rd", "Pkwy"]))
    if rng.random() < 0.3:
        s += rng.choice([", Suite ", ", Ste ", ", Bldg "]) + str(rng.randint(1, 450))
    t, stt, z = rng.choice(TOWNS[:45])
    return rng.choice(["%s, %s, %s %s" % (s, t, stt, z), "%s, %s %s %s" % (s, t, stt, z), "%s, %s" % (s, t)])


def email_for(first, last, personal=True):
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower()) or "pt"
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower()) or "x"
    if personal:
        dom = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "comcast.net", "aol.com",
                          "outlook.com", "verizon.net", "msn.com", "protonmail.com"])
        user = rng.choice([f + "." + l, f[0] + l + digits(2), f + l, f + "_" + digits(3), f[0] + "." + l,
                           l + f[0], f + "." + l + str(rng.randint(1940, 2000)), l + "family", f + "lovesdogs"])
    else:
        dom = rng.choice(DOMAINS + SNF_DOM + VENDOR_DOM)
        user = rng.choice([f[0] + l, f + "." + l, f + l[0], l + "." + f[0]])
    return user + "@" + dom


def obf_email(ctx, e):
    ctx.tags.add("evasion")
    user, dom = e.split("@")
    at = rng.choice([" [at] ", " at ", "(at)", " AT ", "[@]", " @ "])
    dot = rng.choice([" [dot] ", " dot ", "(dot)", ".", " DOT "])
    return user + at + dom.replace(".", dot)


def gen_time():
    h = rng.randint(6, 21)
    mm = rng.choice([0, 0, 15, 30, 30, 45])
    return rng.choice(["%02d%02d" % (h, mm), "%d:%02d" % ((h - 1) % 12 + 1, mm),
                       "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am"), "%02d:%02d" % (h, mm),
                       "noon" if h == 12 else "%d:%02d %s" % ((h - 1) % 12 + 1, mm, "PM" if h >= 12 else "AM")])


def gen_room():
    n = rng.choice([rng.randint(301, 799), rng.randint(1, 40)])
    st = rng.random()
    if n < 41:
        return rng.choice(["bed %d" % n, "%s-%d" % (rng.choice(["4W", "5N", "6S", "3E"]), n), "rm %d" % n,
                           "hall %d" % n])
    if st < 0.35:
        return str(n)
    if st < 0.55:
        return str(n) + rng.choice("AB")
    if st < 0.75:
        return "rm " + str(n)
    if st < 0.88:
        return "Rm %d%s" % (n, rng.choice(["", "A", "B"]))
    return "room %d" % n


def gen_bed():
    return rng.choice([str(rng.randint(1, 32)), "%d%s" % (rng.randint(1, 20), rng.choice("AB")),
                       "hall %d" % rng.randint(1, 6), "%d-%d" % (rng.randint(3, 7), rng.randint(1, 30))])


def gen_ticket():
    return rng.choice([lambda: "INC" + digits(7), lambda: "DEL-" + str(rng.randint(100, 9999)),
                       lambda: "RITM" + digits(7), lambda: "SR-" + digits(5), lambda: "#" + digits(5),
                       lambda: "CHG" + digits(7), lambda: "RL-" + digits(6), lambda: "TKT-" + digits(4)])()


def gen_ver():
    return rng.choice([lambda: "v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 20)),
                       lambda: "2024.11.0.%d" % rng.randint(1, 9), lambda: "%d.%d" % (rng.randint(1, 9), rng.randint(0, 9)),
                       lambda: "Feb 2025", lambda: "v%d.%d" % (rng.randint(1, 5), rng.randint(0, 9)),
                       lambda: "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 9),
                                                rng.randint(100, 2000))])()


# --------------------------------------------------------------------------------------
# People and message context
# --------------------------------------------------------------------------------------

def pick_given(sex):
    if rng.random() < 0.07:
        return rng.choice(GIVEN_U)
    return rng.choice(GIVEN_F if sex == "F" else GIVEN_M)


def pick_surname():
    return rng.choice(SURNAMES)


class Person(object):
    def __init__(self, sex=None, last=None, old=False, role="pt"):
        self.sex = sex or rng.choice("FM")
        self.first = pick_given(self.sex)
        self.last = last or pick_surname()
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.role = role
        if old:
            self.age = rng.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104])
        else:
            r = rng.random()
            if r < 0.3:
                self.age = rng.randint(90, 104)
            elif r < 0.38:
                self.age = rng.choice([87, 88, 89, 89])
            elif r < 0.6:
                self.age = rng.randint(75, 89)
            elif r < 0.8:
                self.age = rng.randint(55, 74)
            else:
                self.age = rng.randint(19, 54)
        self.dob = TODAY - datetime.timedelta(days=365 * self.age + rng.randint(20, 340))
        self.hon = rng.choice(["Mrs.", "Ms.", "Ms", "Mrs", "Miss"]) if self.sex == "F" else rng.choice(["Mr.", "Mr."])
        self.nick = rng.choice(NICK[self.first]) if self.first in NICK else None
        self.rel = None
        self.mentioned = None
        self.vals = {}

    def val(self, key, fn):
        if key not in self.vals:
            self.vals[key] = fn()
        return self.vals[key]


class Ctx(object):
    def __init__(self):
        self.pts = {}
        self.fams = {}
        self.staff = {}
        self.others = {}
        self.dates = {}
        self.tags = set()
        self.slots = set()
        self.force_old = set()
        self.personal_contact = False
        self.no_ml_span = False

    def pt(self, i=1):
        if i not in self.pts:
            self.pts[i] = Person(old=(i in self.force_old))
        return self.pts[i]

    def fam(self, i=1):
        if i not in self.fams:
            p = self.pt(1)
            rel, sex = rng.choice(RELATIONS)
            same = rel in BLOOD and rng.random() < 0.55
            f = Person(sex=sex, last=p.last if same else None, role="fam")
            f.rel = rel
            self.fams[i] = f
        return self.fams[i]

    def st(self, i=1):
        if i not in self.staff:
            self.staff[i] = Person(role="staff")
        return self.staff[i]

    def other(self, key):
        if key not in self.others:
            self.others[key] = Person(role="other")
        return self.others[key]

    def date(self, i=1):
        if i not in self.dates:
            if i == 1 or (i - 1) not in self.dates:
                self.dates[i] = rand_event_date()
            else:
                self.dates[i] = self.dates[i - 1] + datetime.timedelta(days=rng.randint(1, 21))
        return self.dates[i]


# ---- name renderers ----------------------------------------------------------------------

def name_full(p):
    if rng.random() < 0.12:
        return S("NAME", "%s %s. %s" % (p.first, p.mi, p.last)) if rng.random() < 0.7 else \
            S("NAME", "%s %s %s" % (p.first, p.mi, p.last))
    return S("NAME", "%s %s" % (p.first, p.last))


def name_hon_last(p):
    if rng.random() < 0.62:
        return T(p.hon + " ") + S("NAME", p.last)
    return S("NAME", p.last)


def name_inv(p):
    r = rng.random()
    if r < 0.45:
        v = "%s, %s" % (p.last.upper(), p.first.upper())
        if rng.random() < 0.5:
            v += " " + p.mi
    elif r < 0.85:
        v = "%s, %s" % (p.last, p.first)
        if rng.random() < 0.3:
            v += " " + p.mi + "."
    else:
        v = "%s,%s" % (p.last.upper(), p.first.upper())
    return S("NAME", v)


def name_nick(p):
    if not p.nick:
        return name_full(p)
    full = S("NAME", "%s %s" % (p.first, p.last))
    r = rng.random()
    if r < 0.4:
        return full + T(' ("') + S("NAME", p.nick) + T('")')
    if r < 0.7:
        return full + T(", goes by ") + S("NAME", p.nick)
    return full + T(" (") + S("NAME", p.nick) + T(")")


def name_any(p):
    r = rng.random()
    if r < 0.40:
        p.mentioned = "full"
        return name_full(p)
    if r < 0.62:
        p.mentioned = "last"
        return name_hon_last(p)
    if r < 0.74:
        p.mentioned = "first"
        return S("NAME", p.first)
    if r < 0.84:
        p.mentioned = "full"
        return name_inv(p)
    if r < 0.92:
        p.mentioned = "full"
        return S("NAME", "%s. %s" % (p.first[0], p.last))
    p.mentioned = "full"
    return name_nick(p)


def name_again(p):
    if p.mentioned == "first" or rng.random() < 0.25:
        return S("NAME", p.nick if p.nick and rng.random() < 0.3 else p.first)
    return name_hon_last(p)


def staff_name(p, style=None):
    r = rng.random() if style is None else style
    if r < 0.4:
        return T(p.first)
    if r < 0.75:
        return T("%s %s" % (p.first, p.last))
    if r < 0.88:
        return T("%s %s, %s" % (p.first, p.last, rng.choice(["RN", "RN CM", "LICSW", "NP", "PT", "MSW", "BSN, RN"])))
    return T("%s %s." % (p.first, p.last[0]))


# --------------------------------------------------------------------------------------
# Slots.  Each returns a segment list or a plain string.  fn(ctx, idx, force)
# --------------------------------------------------------------------------------------

SLOTS = {}


def slot(*names):
    def deco(fn):
        for n in names:
            SLOTS[n] = fn
        return fn
    return deco


# patient names
@slot("P")
def _P(c, i, f):
    return name_any(c.pt(i))


@slot("PF")
def _PF(c, i, f):
    p = c.pt(i); p.mentioned = p.mentioned or "full"
    return name_full(p)


@slot("PL")
def _PL(c, i, f):
    p = c.pt(i); p.mentioned = p.mentioned or "last"
    return name_hon_last(p)


@slot("PLast")
def _PLast(c, i, f):
    p = c.pt(i); p.mentioned = p.mentioned or "last"
    return S("NAME", p.last)


@slot("PFirst")
def _PFirst(c, i, f):
    p = c.pt(i); p.mentioned = p.mentioned or "first"
    return S("NAME", p.first)


@slot("PINV")
def _PINV(c, i, f):
    p = c.pt(i); p.mentioned = p.mentioned or "full"
    return name_inv(p)


@slot("PN")
def _PN(c, i, f):
    p = c.pt(i); p.mentioned = p.mentioned or "full"
    return name_nick(p)


@slot("PR")
def _PR(c, i, f):
    return name_again(c.pt(i))


@slot("she")
def _she(c, i, f):
    return "she" if c.pt(i).sex == "F" else "he"


@slot("She")
def _She(c, i, f):
    return "She" if c.pt(i).sex == "F" else "He"


@slot("her")
def _her(c, i, f):
    return "her" if c.pt(i).sex == "F" else "his"


@slot("hero")
def _hero(c, i, f):
    return "her" if c.pt(i).sex == "F" else "him"


@slot("sexF")
def _sexF(c, i, f):
    return c.pt(i).sex


def age_segs(c, p, words=False):
    if p.age >= 90:
        if words and rng.random() < 0.35:
            c.tags.add("evasion")
            return S("AGE", age_words(p.age))
        return S("AGE", maybe_obf(c, str(p.age), p=0.02, kinds=("fw", "zw")))
    return T(str(p.age))


@slot("age", "age90")
def _age(c, i, f):
    return age_segs(c, c.pt(i))


@slot("agew")
def _agew(c, i, f):
    return age_segs(c, c.pt(i), words=True)


@slot("dob")
def _dob(c, i, f):
    p = c.pt(i)
    v = p.val("dob", lambda: fmt_date(p.dob, need_year=True))
    return S("DATE", maybe_obf(c, v, f, p=0.03, kinds=("fw", "zw")))


@slot("date")
def _date(c, i, f):
    d = c.date(i)
    key = ("datefmt", i)
    if key not in c.others:
        c.others[key] = maybe_obf(c, fmt_date(d), f, p=0.02, kinds=("fw", "zw"))
    return S("DATE", c.others[key])


def idval(c, i, key, gen, typ, force, p=0.05, kinds=("fw", "zw", "nbsp", "spaced", "spell", "mixed")):
    person = c.pt(i)
    v = person.val(key, lambda: maybe_obf(c, gen(), force, p=p, kinds=kinds))
    return S(typ, v)


@slot("mrn")
def _mrn(c, i, f):
    return idval(c, i, "mrn", gen_mrn, "MRN", f)


@slot("ssn")
def _ssn(c, i, f):
    return idval(c, i, "ssn", lambda: gen_ssn(c), "SSN", f, p=0.12)


@slot("mbi")
def _mbi(c, i, f):
    return idval(c, i, "mbi", gen_mbi, "HEALTH_PLAN_ID", f, p=0.03, kinds=("zw", "nbsp", "spaced"))


@slot("mcaid")
def _mcaid(c, i, f):
    return idval(c, i, "mcaid", gen_medicaid, "HEALTH_PLAN_ID", f, p=0.04)


@slot("memid")
def _memid(c, i, f):
    return idval(c, i, "memid", gen_member, "HEALTH_PLAN_ID", f, p=0.04, kinds=("fw", "zw", "spaced"))


@slot("har")
def _har(c, i, f):
    return idval(c, i, "har", gen_har, "ACCOUNT_NUMBER", f, p=0.04, kinds=("fw", "zw", "spaced"))


@slot("bank")
def _bank(c, i, f):
    return idval(c, i, "bank", gen_bank, "ACCOUNT_NUMBER", f, p=0.05)


@slot("dl")
def _dl(c, i, f):
    return idval(c, i, "dl", gen_dl, "LICENSE_NUMBER", f, p=0.03, kinds=("zw", "spaced"))


@slot("plate")
def _plate(c, i, f):
    return idval(c, i, "plate", gen_plate, "VEHICLE_ID", f, p=0.0)


@slot("vin")
def _vin(c, i, f):
    return idval(c, i, "vin", gen_vin, "VEHICLE_ID", f, p=0.0)


@slot("serial")
def _serial(c, i, f):
    key = ("serial", i)
    if key not in c.others:
        c.others[key] = gen_serial()
    return S("DEVICE_ID", c.others[key])


@slot("udi")
def _udi(c, i, f):
    return S("DEVICE_ID", gen_udi(gen_serial()))


@slot("cc")
def _cc(c, i, f):
    return idval(c, i, "cc", gen_cc, "CREDIT_CARD", f, p=0.04, kinds=("fw", "zw", "spaced", "mixed"))


@slot("ip")
def _ip(c, i, f):
    key = ("ip", i)
    if key not in c.others:
        c.others[key] = gen_ip()
    return S("IP_ADDRESS", c.others[key])


def _url_parts(c):
    p = c.pt(1)
    fn = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    ln = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
    dom = rng.choice(DOMAINS + ["riversidevna.org", "hospiceofthevalley.org"])
    return fn, ln, dom


def wrap_url(c, u, labels):
    r = rng.random()
    if r < 0.18:
        c.tags.add("slack-markup")
        return R("<") + S("URL", u) + R(">")
    if r < 0.36:
        c.tags.add("slack-markup")
        return R("<") + S("URL", u) + R("|%s>" % rng.choice(labels))
    return S("URL", u)


@slot("cburl")
def _cburl(c, i, f):
    fn, ln, dom = _url_parts(c)
    return wrap_url(c, rng.choice([
        "https://www.caringbridge.org/visit/%s%s" % (fn, ln),
        "https://www.caringbridge.org/visit/%sjourney" % ln,
        "caringbridge.org/visit/%s%s%s" % (fn, ln, rng.randint(1, 99)),
        "https://www.caringbridge.org/visit/%s%s/journal" % (fn, ln)]), ["CaringBridge", "her page", "updates"])


@slot("gfurl")
def _gfurl(c, i, f):
    fn, ln, dom = _url_parts(c)
    return wrap_url(c, rng.choice([
        "https://www.gofundme.com/f/help-%s-%s-get-home" % (fn, ln),
        "https://gofund.me/%s-%s-hospice" % (fn, ln),
        "https://www.gofundme.com/f/%s-%s-medical-bills" % (fn, ln)]), ["gofundme", "fundraiser", "link"])


@slot("thurl")
def _thurl(c, i, f):
    fn, ln, dom = _url_parts(c)
    return wrap_url(c, rng.choice([
        "https://telehealth.%s/join?pt=%s_%s&appt=%s" % (dom, ln.upper(), fn[:1].upper(), digits(8)),
        "https://mychart.%s/MyChart/Visit?id=%s" % (dom, digits(7)),
        "https://%s.zoom.us/j/%s?pt=%s%s" % (dom.split(".")[0], digits(10), fn[:1], ln)]), ["join", "video visit", "link"])


@slot("purl")
def _purl(c, i, f):
    fn, ln, dom = _url_parts(c)
    u = rng.choice([
        "https://mychart.%s/MyChart/Visit?id=%s" % (dom, digits(7)),
        "https://portal.%s/patients/%s/careplan" % (dom, digits(6)),
        "https://portal.%s/pt/%s-%s" % (dom, fn, ln),
        "http://%s/hh/visit/%s?mrn=%s" % (dom, digits(5), digits(8)),
        "https://mychart.%s/ecs/%s%s" % (dom, fn, digits(4)),
        "portal.%s/patients/%s" % (dom, digits(7)),
    ])
    return wrap_url(c, u, ["portal", "chart", "care plan"])


def person_addr(c, person, key="addr"):
    def mk():
        return gen_address(multiline_ok=not c.no_ml_span, street=person.val("street", gen_street),
                           town=person.val("town", lambda: rng.choice(TOWNS)))
    return person.val(key, mk)


@slot("addr")
def _addr(c, i, f):
    return S("ADDRESS", person_addr(c, c.pt(i)))


@slot("street")
def _street(c, i, f):
    p = c.pt(i)
    return S("ADDRESS", p.val("street", gen_street))


@slot("town")
def _town(c, i, f):
    p = c.pt(i)
    return S("ADDRESS", p.val("town", lambda: rng.choice(TOWNS))[0])


@slot("zip")
def _zip(c, i, f):
    p = c.pt(i)
    z = p.val("town", lambda: rng.choice(TOWNS))[2]
    return S("ADDRESS", z if rng.random() < 0.8 else z + "-" + digits(4))


@slot("phone")
def _phone(c, i, f):
    c.personal_contact = True
    p = c.pt(i)
    return S("PHONE", p.val("phone", lambda: maybe_obf(c, gen_phone(), f, p=0.07)))


@slot("email")
def _email(c, i, f):
    c.personal_contact = True
    p = c.pt(i)
    v = p.val("email", lambda: email_for(p.first, p.last))
    if f or rng.random() < 0.08:
        v = obf_email(c, v)
    return S("EMAIL", v)


# relatives
@slot("F")
def _F(c, i, f):
    return name_any(c.fam(i))


@slot("FF")
def _FF(c, i, f):
    return name_full(c.fam(i))


@slot("FFirst")
def _FFirst(c, i, f):
    return S("NAME", c.fam(i).first)


@slot("FL")
def _FL(c, i, f):
    return name_hon_last(c.fam(i))


@slot("rel")
def _rel(c, i, f):
    return c.fam(i).rel


@slot("Fphone")
def _Fphone(c, i, f):
    c.personal_contact = True
    return S("PHONE", c.fam(i).val("phone", lambda: maybe_obf(c, gen_phone(), f, p=0.07)))


@slot("Fphone2")
def _Fphone2(c, i, f):
    c.personal_contact = True
    return S("PHONE", c.fam(i).val("phone2", lambda: gen_phone()))


@slot("Femail")
def _Femail(c, i, f):
    c.personal_contact = True
    p = c.fam(i)
    v = p.val("email", lambda: email_for(p.first, p.last))
    if f or rng.random() < 0.08:
        v = obf_email(c, v)
    return S("EMAIL", v)


def mailto_segs(c, email, label_name=None):
    c.tags.add("slack-markup")
    r = rng.random()
    if r < 0.6:
        return R("<mailto:") + S("EMAIL", email) + R("|") + S("EMAIL", email) + R(">")
    if r < 0.8 and label_name:
        return R("<mailto:") + S("EMAIL", email) + R("|%s>" % label_name)
    return R("<mailto:") + S("EMAIL", email) + R("|email>")


def tel_segs(c, phone):
    c.tags.add("slack-markup")
    d = phone_digits(phone)
    if rng.random() < 0.7:
        return R("<tel:") + S("PHONE", d) + R("|") + S("PHONE", phone) + R(">")
    return R("<tel:") + S("PHONE", d) + R("|call>")


@slot("Fmailto")
def _Fmailto(c, i, f):
    c.personal_contact = True
    p = c.fam(i)
    return mailto_segs(c, p.val("email", lambda: email_for(p.first, p.last)), label_name=p.rel)


@slot("Ftel")
def _Ftel(c, i, f):
    c.personal_contact = True
    p = c.fam(i)
    ph = p.val("phone", lambda: gen_phone(ext_ok=False))
    return tel_segs(c, ph)


@slot("Faddr")
def _Faddr(c, i, f):
    return S("ADDRESS", person_addr(c, c.fam(i)))


@slot("Ftown")
def _Ftown(c, i, f):
    p = c.fam(i)
    return S("ADDRESS", p.val("town", lambda: rng.choice(TOWNS))[0])


# special individuals in a health context
@slot("VIP")
def _VIP(c, i, f):
    c.tags.add("vip")
    p = c.other(("vip", i))
    return name_full(p) if rng.random() < 0.8 else name_hon_last(p)


@slot("SPT")
def _SPT(c, i, f):
    c.tags.add("employee-health")
    p = c.other(("spt", i))
    return name_full(p) if rng.random() < 0.6 else S("NAME", p.first)


# business contacts (conservative types, business context)
@slot("bphone")
def _bphone(c, i, f):
    return S("PHONE", gen_phone())


@slot("fax")
def _fax(c, i, f):
    return S("PHONE", gen_phone(ext_ok=False))


@slot("bemail")
def _bemail(c, i, f):
    p = c.st(i)
    return S("EMAIL", email_for(p.first, p.last, personal=False))


@slot("vemail")
def _vemail(c, i, f):
    p = c.other(("vrep", i))
    return S("EMAIL", email_for(p.first, p.last, personal=False))


@slot("bmailto")
def _bmailto(c, i, f):
    p = c.other(("vrep", i))
    return mailto_segs(c, email_for(p.first, p.last, personal=False), label_name=p.first)


@slot("btel")
def _btel(c, i, f):
    return tel_segs(c, gen_phone(ext_ok=False))


@slot("dea")
def _dea(c, i, f):
    c.tags.add("credentialing")
    p = c.st(("dr", i))
    return S("LICENSE_NUMBER", gen_dea(p.last))


@slot("lic")
def _lic(c, i, f):
    c.tags.add("credentialing")
    return S("LICENSE_NUMBER", gen_lic())


# ---- non-PHI slots ---------------------------------------------------------------------

@slot("S")
def _S(c, i, f):
    return staff_name(c.st(i))


@slot("SF")
def _SF(c, i, f):
    return staff_name(c.st(i), style=0.5)


@slot("SFirst")
def _SFirst(c, i, f):
    return T(c.st(i).first)


@slot("Dr")
def _Dr(c, i, f):
    p = c.st(("dr", i))
    return T(rng.choice(["Dr. %s" % p.last, "Dr %s" % p.last, "dr %s" % p.last.lower(), "Dr. %s %s" % (p.first, p.last),
                         "%s (hospitalist)" % p.last, "Dr. %s" % p.last]))


@slot("exec")
def _exec(c, i, f):
    p = c.other(("exec", i))
    return T(rng.choice(["%s %s" % (p.first, p.last), p.first + " " + p.last, p.last if rng.random() < 0.2 else p.first + " " + p.last]))


@slot("board")
def _board(c, i, f):
    p = c.other(("board", i))
    return T("%s %s" % (p.first, p.last))


@slot("vrep")
def _vrep(c, i, f):
    p = c.other(("vrep", i))
    return T(rng.choice(["%s %s" % (p.first, p.last), p.first, "%s %s." % (p.first, p.last[0])]))


SIMPLE = {
    "title": lambda: rng.choice(TITLES), "vendor": lambda: rng.choice(VENDORS), "dme": lambda: rng.choice(DME), "fac": lambda: rng.choice(FAC),
    "snf": lambda: rng.choice(SNF), "payer": lambda: rng.choice(PAYERS), "unit": lambda: rng.choice(UNITS),
    "room": gen_room, "bed": gen_bed, "dx": lambda: rng.choice(DX), "dx2": lambda: rng.choice(DX),
    "med": lambda: rng.choice(MEDS), "lab": lambda: rng.choice(LABS), "vitals": lambda: rng.choice(VITALS),
    "code": lambda: rng.choice(CODES), "allergy": lambda: rng.choice(ALLERGY), "lines": lambda: rng.choice(LINES),
    "proc": lambda: rng.choice(PROCS), "supply": lambda: rng.choice(SUPPLY), "confroom": lambda: rng.choice(CONF),
    "fh": lambda: rng.choice(FUNERAL), "vcar": lambda: rng.choice(CARS), "pump": lambda: rng.choice(PUMPS),
    "cgm": lambda: rng.choice(CGMS), "lang": lambda: rng.choice(LANGS), "time": gen_time,
    "day": lambda: rng.choice(DAYS), "relday": lambda: rng.choice(RELDAYS), "month": lambda: rng.choice(MONTHS),
    "mtgdate": lambda: fmt_date(rand_event_date() + datetime.timedelta(days=90)),
    "po": lambda: rng.choice([digits(10), "45" + digits(8), digits(5), "2025-" + digits(5), digits(6)]),
    "inv": lambda: rng.choice(["INV-" + digits(5), digits(8), "A-" + digits(5), digits(6), "INV" + digits(7)]),
    "ticket": gen_ticket, "ver": gen_ver,
    "build": lambda: "%d.%d.%d.%d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(0, 3), rng.randint(1, 900)),
    "ext": lambda: digits(rng.choice([4, 4, 5])), "npi": gen_npi, "grp": gen_group,
    "asset": lambda: rng.choice(["BME-" + digits(5), digits(6), "AT" + digits(6), "MV-" + digits(4)]),
    "zoom": lambda: "https://%s.zoom.us/j/%s" % (rng.choice(["mvmc", "merrimackhealth", "riverbend"]), digits(11)) +
    rng.choice(["", "?pwd=" + "".join(rng.choice(string.ascii_letters) for _ in range(12))]),
    "zoomid": lambda: "%s %s %s" % (digits(3), digits(4), digits(4)), "passcode": lambda: digits(6),
    "intranet": lambda: rng.choice([
        "https://intranet.%s/policies/%s" % (rng.choice(DOMAINS), rng.choice(["fall-prevention", "restraints", "dc-before-noon", "sepsis-bundle"])),
        "https://sharepoint.%s/sites/CM/Shared Documents/SNF-list.xlsx" % rng.choice(DOMAINS),
        "http://ourpulse/nursing/%s" % rng.choice(["fall-bundle", "CAUTI", "skin", "huddle-board"]),
        "https://www.cms.gov/medicare/coverage", "https://www.mass.gov/masshealth"]),
    "cpt": lambda: rng.choice(CPT), "icd": lambda: rng.choice(ICD), "n": lambda: str(rng.randint(1, 30)),
    "pct": lambda: rng.choice(["%d%%" % rng.randint(2, 30), "%.1f%%" % (rng.random() * 20)]),
    "aggage": lambda: rng.choice([str(rng.randint(71, 86)), "%d.%d" % (rng.randint(72, 85), rng.randint(1, 9))]),
    "btown": lambda: rng.choice(TOWNS[:45])[0],
    "mention": lambda: None, "emoji": lambda: rng.choice(EMOJI),
    "ccenter": lambda: rng.choice([digits(5), "%s-%s" % (digits(4), digits(3))]),
    "last4": lambda: digits(4), "exp": lambda: "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 30)),
    "year": lambda: rng.choice(["2023", "2024", "2025", "24", "25"]),
    "q": lambda: rng.choice(["Q1", "Q2", "Q3", "Q4", "Q3 FY26", "FY2027", "FY25"]),
    "agey": lambda: str(rng.choice([rng.randint(19, 89), rng.randint(80, 89)])),
    "contract": lambda: rng.choice(["C-2023-" + digits(4), "MSA-" + digits(4), digits(7)]),
    "lot": lambda: rng.choice([fill("##@###"), digits(7), "LOT " + fill("##@###")]),
    "money": lambda: rng.choice(["%d,%03d.00" % (rng.randint(1, 40), rng.randint(0, 999)), str(rng.randint(80, 999))]),
    "donor": lambda: rng.choice(DONORS), "fzip": lambda: rng.choice(TOWNS[:45])[2],
    "faddr": gen_fac_address, "gate": lambda: digits(4),
}

SLOT_TAGS = {
    "po": "po", "inv": "money", "money": "money", "ticket": "ticket", "ver": "version", "build": "version",
    "npi": "npi", "cpt": "cpt", "icd": "icd", "ext": "ext", "aggage": "age-aggregate", "faddr": "facility-address",
    "fzip": "zip-like", "ccenter": "zip-like", "exec": "exec-name", "mtgdate": "calendar", "time": "calendar",
    "vendor": "vendor", "vrep": "vendor", "dme": "vendor", "S": "staff-name", "SF": "staff-name", "SFirst": "staff-name",
    "Dr": "staff-name", "grp": "group-number", "asset": "asset-tag", "zoom": "zoom", "zoomid": "zoom",
    "intranet": "intranet", "last4": "last4", "exp": "card-expiry", "donor": "donor", "board": "board",
    "btown": "business-city", "agey": "age-under-90", "room": "room-bed", "bed": "room-bed", "med": "dose",
    "contract": "contract", "q": "fiscal-period", "snf": "facility", "fac": "facility",
}


def _simple_factory(name, gen):
    def fn(c, i, f):
        return gen()
    return fn


for _n, _g in SIMPLE.items():
    SLOTS.setdefault(_n, _simple_factory(_n, _g))


@slot("intranet")
def _intranet(c, i, f):
    return _link(c, SIMPLE["intranet"]())


@slot("zoom")
def _zoom(c, i, f):
    return _link(c, SIMPLE["zoom"]())


def _link(c, u):
    r = rng.random()
    if r < 0.35:
        c.tags.add("slack-markup")
        return R("<%s|%s>" % (u, rng.choice(["policy", "link", "here", "Zoom", "join", "SNF list"])))
    if r < 0.5:
        c.tags.add("slack-markup")
        return R("<%s>" % u)
    return R(u)


@slot("mention")
def _mention(c, i, f):
    c.tags.add("slack-markup")
    if rng.random() < 0.2:
        return R(rng.choice(["<!here>", "<!channel>"]))
    return R("<@U%s>" % "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(rng.choice([8, 9, 10]))))


@slot("emoji")
def _emoji(c, i, f):
    c.tags.add("emoji")
    return R(rng.choice(EMOJI))


# --------------------------------------------------------------------------------------
# Message frames.  "text ##tag,tag" adds topical tags.  {slot}, {slot:i}, {slot!} (force
# obfuscation).
# --------------------------------------------------------------------------------------

PHI_FRAMES = {
    "handoff": [
        "handoff {room}: {PF}, {age}{sexF}, {dx}. got {med} at {time}. {code}. fam aware",
        "{room} {PL} - {age}yo {sexF} admitted {date} w/ {dx}. DOB {dob}. MRN {mrn}. pain ok on {med}",
        "SBAR for {PF} ({room})\nS: {dx}\nB: admitted {date}, hx {dx2}\nA: {vitals}\nR: recheck lytes in AM ##structured",
        "giving report on {P} to nights, MRN {mrn}, {she}'s a high fall risk, bed alarm on",
        "{PL} in {room} fell on {date} around {time}, no injury, CT head neg. safety report {ticket} filed",
        "pt {PF} dob {dob} - {lab}, repleting w/ {med}",
        "{P} NPO after MN for {proc} on {date}",
        "heads up {PL} in {room} is {age90} and very HOH, {rel} {FFirst} is at bedside most days",
        "bed {bed}: {PINV} MRN {mrn} — sitter d/c'd, on {med}",
        "{PFirst} in {room} keeps asking for {her} {rel} {FFirst}, can someone call {Fphone}",
        "report on {PF}\n{age}{sexF} {dx}\nDOB {dob}\nallergies: {allergy}\ncode: {code}\nlines: {lines} ##structured",
        "{room}: {PL} refused {med} x2, {Dr} aware",
        "{PF} ({age90}) DNR confirmed w/ HCP {FF} by phone {Fphone}",
        "new admit {room}: {PINV} | DOB {dob} | MRN {mrn} | {dx} | from {snf} ##structured",
        "{PFirst} in {bed} pulled {her} IV again, mitts on per {Dr}",
        "is {PL} still going for {proc} on {date}? OR board says {time}",
        "{PF} expired at {time} on {date}. family at bedside, {Dr} pronounced. {fh} {bphone}",
        "{P} pacer interrogated, device SN {serial}, {vendor} rep says normal function",
        "who has {PL}? {she} wants to talk to the nurse before {her} {proc}",
        "{PF} in {room} is {code}, {rel} {FF} is HCP",
        "anyone seen {PL}'s glasses?? {she} had them in {room} before transfer to {unit}",
        "pls keep an eye on {PL} tonight, {she} was sundowning and tried to leave {unit}. {rel} {FFirst} ok with sitter",
        "{PF} MRN {mrn} - blood consent signed, 1u PRBC hanging at {time}",
        "tele strip for {PL} in {room} showed 6 beats VT at {time}, {Dr} notified",
        "{PINV}\nDOB: {dob}\n{room}\n{dx}\n{code} ##structured",
        "*{PF}* in {room} — contact iso for MRSA, gown + gloves pls",
        "night shift: {PL} had a good night, {vitals}. {rel} calling in AM",
        "does {PF} ({mrn}) still have the foley? day team says it came out {date}",
        "{PL} wants {her} {rel} {FF} to sign consent for the {proc}, {she} can't today",
        "transfer from ICU: {PF}, {age}yo, {dx}, arrived {time}, MRN `{mrn}`",
        "ED hold {bed}: {PINV}, {age}{sexF}, {dx}, waiting on {unit}",
        "FYI {PF} in {room} is a hard stick, use US for IVs",
        "{PN} in {room} gets agitated if you use {her} full name",
        "{P} had {proc} {date}, site c/d/i, pulses +",
        "{PL} ({room}) {lab} this am, {Dr} ordered {med}",
        "dont forget {PL}'s {time} {med}, pharmacy sent it late",
        "{room} {PINV} {age}{sexF} — {code}, {allergy} allergy",
        "{PF}'s POLST says {code} but {rel} says full code?? ethics consult?",
        "pt name {PF}\nroom {room}\nmrn {mrn}\nissue: {dx} ##structured",
        "{PF} dob {dob} mrn {mrn}",
        "{PL} restraints renewed at {time}, {Dr} signed",
    ],
    "rounds": [
        "rounds {unit}:\n• {room} {PL} {dx}\n• {room} {PL:2} {dx} - dc today\n• {room} {PL:3} {dx}, needs PT eval",
        "IDT this am\n1. {PF} - SNF referral out, waiting on {snf}\n2. {PF:2} - home w/ VNA, {rel:2} picking up at {time}\n3. {PF:3} - {age:3}yo, hospice eval pending",
        "*{unit} huddle*\n- {room} {PINV} fall risk\n- {room} {PINV:2} C diff iso\n- {room} {PINV:3} CIWA q4",
        "dc list for today: {PL}, {PL:2}, {PL:3} ({room})",
        "pending dc: {PF} {room} (waiting on {snf}), {PF:2} {room} (ride at {time})",
        "bed board update - {room} {PL} to {unit}, {room} {PL:2} staying",
        "LOS > 7: {PF} ({mrn}), {PF:2} ({mrn:2})",
        "geri rounds: {PL} {age}{sexF}, {PL:2} {age:2}{sexF:2}, both delirium screens +",
        "who's rounding w/ {Dr}? list is {PL}, {PL:2}, then {room}",
        "dc's: {PL} {date}, {PL:2} {date:2}, rest TBD",
        "CM handoff: {PF} ({mrn}) waiting on {payer} auth, {PF:2} ({mrn:2}) dc to home {date:2}",
        "- {PLast} {room} ✅\n- {PLast:2} {room} pending echo\n- {PLast:3} {room} dc'd",
        "huddle: {n} dc, {n} admits. high fall risk: {PL}, {PL:2}. sitter: {PL:3}",
        "rounding order: {room} ({PFirst}), {room} ({PFirst:2}), {room} ({PFirst:3})",
    ],
    "discharge": [
        "CM: {PF} going to {snf} on {date}, bed confirmed",
        "dc plan for {PL}: home w/ {rel} {FF} at {addr}, VNA SOC {date}",
        "{PF}'s {rel} says the house on {street} has 14 stairs, pls get PT to do stairs before dc",
        "need hospital bed + hoyer delivered to {addr} for {PL}, {dme} says earliest is {relday}",
        "Medicare # for {PF} is {mbi}, secondary is {payer} member ID {memid}",
        "SNF bed offer at {snf} for {PL}; {she} lives alone in {town} so home isn't safe",
        "{PF} dob {dob} — MassHealth {mcaid} still pending, SW following",
        "ride home for {PL}: {rel} {FFirst} driving a {vcar}, plate {plate}, pickup at main lobby {time}",
        "{PFirst} in {room} dc today on 2L, {dme} dropping a concentrator at {addr}",
        "EDD for {PF} is {date}, {payer} approved 3 more days",
        "f/u for {PL} w/ PCP {Dr} on {date} at {time}, {rel} aware",
        "{PF} MRN {mrn} wants {snf} but they're OON for {payer}. member id {memid}, grp {grp}",
        "{PF} HAR {har} — wrong payer on the account, pls fix before dc",
        "can someone fax {PL}'s dc summary to {snf}? fax {fax}",
        "LOS day 14 for {PF}, still waiting on guardianship. {rel} {FF} reachable at {Fphone}",
        "{PL} refusing SNF, wants to go home to {town}. capacity eval ordered",
        "anticipated dc {date} for {PINV}, needs rolling walker + 3in1 commode",
        "{PF} lives at {addr} — 2nd floor walkup, no elevator",
        "VNA referral sent for {PF} (DOB {dob}), address on file is {street}, {rel} says they moved to {Ftown}",
        "DC'd: {PF} {date} to home w/ services",
        "{PL} going home w/ {rel}, new address {addr}",
        "IPR accepted {PF}! transport {relday} {time}, {rel} notified {emoji}",
        "{payer} denied LTACH for {PL}, peer to peer w/ {Dr} at {time}. member {memid}",
        "anyone have a {lang} interpreter for {PL}'s dc teaching? {rel} {FF} speaks some English",
        "{PF} ({mrn}) guarantor acct {har} has a balance, fin counselor wants to see {hero} before dc",
        "dc summary for {PINV} DOS {date} - {date:2} sent to PCP",
        "{PL} to {snf} by chair van at {time}, {rel} meeting {hero} there",
        "Pls send {PF}'s face sheet to {snf}: {payer} id {memid}, DOB {dob} ##referral",
        "SNF referral {PF} / {dob} / {payer} {hpid} ##referral",
        "{PL} ready for dc but no one to pick up — {rel} {FF} not answering {Fphone}",
        "home address for {PL} is wrong in epic, correct one is {addr}",
        "{PFirst} wants to go home to {her} apt on {street} but it's 3 flights, PT says no",
    ],
    "family": [
        "{rel} ({FF}) called for update on {PFirst}, cb {Fphone}",
        "spoke w/ {PL}'s {rel} {FFirst} at {Fphone}, they're ok with SNF",
        "family email for {PF}: {Fmailto}",
        "{FF} (HCP) wants a call before any med changes for {PL} - {Ftel}",
        "pls don't give info to {FF:2}, only {FF} is on the ROI for {PF}",
        "{PL}'s {rel} {FF} is flying in from {Ftown} tmrw",
        "{rel} {FFirst} asked if {PFirst} can have visitors after 8, said ok w/ charge",
        "{PL}'s {rel} email is {Femail} — wants updates in writing",
        "> can u call {PL}'s {rel}?\nnot answering {Fphone}, left vm",
        "{FF} called 3x today about {PL}, very upset about the dc date",
        "visitor {FF} ({rel}) not on the list for {PF}, security aware",
        "family mtg for {PL} {relday} at {time} w/ {Dr}; {rel} {FF} calling in from {Fphone}",
        "{rel} wants to bring {PFirst}'s dog in — {she}'s on comfort care, ok per NM?",
        "pls update {PL}'s {rel}, {Fphone} (cell) or {Fphone2} (work)",
        "{FFirst} ({PL}'s {rel}) is asking for the chaplain",
        "{FF} is the {rel} of {PF} in {room} — only one allowed to get updates",
        "interpreter needed: {PL}'s {rel} {FF} speaks {lang} only, cell {Fphone}",
        "{FF} dropped off {PL}'s hearing aids + dentures at the desk",
        "{rel} {FFirst} texted me at {Fphone} asking if {PFirst} ate today — pls call back from unit phone not cell",
        "the {PLast}s are at the desk asking for {Dr}",
        "{PL}'s {rel} {FL} wants the CM to call {Fphone} after 3",
        "{F} (the {rel}) is yelling at the desk about {PL}'s glasses again",
        "{rel} {FF} — {Femail} — asked for a copy of the dc instructions for {PFirst}",
    ],
    "socialwork": [
        "SW: {PF} reports {she} was evicted from {addr}, now staying w/ {rel} in {Ftown}",
        "{PL} SSN {ssn} — needed for the MassHealth app, pls remove after",
        "guardian for {PF} is {FF} (court appointed), {Fphone}, {Femail}",
        "POA paperwork for {PL} signed today, agent is {rel} {FF}",
        "SW referral: {PF}, {age}yo, lives alone at {addr}, no PCP, DOB {dob} ##referral",
        "APS filed for {PFirst} in {room}, concern {rel} {FF} is taking {her} SS checks. bank acct {bank} ##escalation",
        "{PF} has no SSN, needs emergency MassHealth — SW on it ##ssn-topic",
        "{PL} lost {her} wallet in ED — DL {dl}, {payer} card, and a visa ending in {last4}. security notified",
        "{PF} wants to pay the copay w/ card {cc} exp {exp}",
        "shelter bed for {PL} at {fac}? {she} last lived on {street} over in {town}",
        "{PF} ({dob}) — SS# {ssn}, MassHealth {mcaid}, pls put in the SW note not here",
        "{PL} is a vet, VA says they need {her} SSN {ssn} + DD214",
        "SW: {PF}'s {rel} {FF} wants to apply for guardianship, lives at {Faddr}",
        "PCA app for {PL}, Medicaid ID {mcaid}, home address {addr}",
        "{PF} says {her} landlord changed the locks at {street}. legal aid contact given",
        "bank needs {PL}'s acct {bank} frozen, {rel} {FF} is on it — SW to follow up",
        "{PF} SSN is {ssn!}",
        "ss# for {PL}: {ssn}",
        "{PINV} — soc {ssn} dob {dob}",
        "{PL} came in w/ no ID, {rel} brought {her} license, DL# {dl}",
        "{PF}'s car is still in garage B, {vcar} plate {plate}, {rel} will move it",
        "towing co needs the VIN for {PL}'s car: {vin}",
        "{PF} ({age90}) lives w/ {her} {rel} in {Ftown}, wants to keep it that way",
        "housing search: {PF}, zip {zip}, section 8 voucher pending",
    ],
    "homehealth": [
        "hospice referral: {PF}, {age}, {dx}. lives at {addr}. HCP {rel} {FF} {Fphone} ##referral",
        "VNA SOC for {PL} {date}, address {addr}, gate code {gate}",
        "{PFirst} is GIP on {unit}, CMO, {rel} staying overnight",
        "hospice liaison: {PF} DOB {dob} elected hospice {date}, MBI {mbi}",
        "home O2 for {PL}: {dme} concentrator SN {serial}, tanks to {addr}",
        "{PF}'s insulin pump ({pump}) SN {serial} — removed & sent home w/ {rel}",
        "LVAD pt {PL} ({room}), controller SN {serial}, VAD coord is {S}",
        "{PF} hearing aids (L SN {serial}, R SN {serial:2}) locked in belongings",
        "UDI {udi} is {PL}'s ICD, rep needs it for the registry",
        "hospice aide visit for {PFirst} at {addr} moved to {time}",
        "death at home: {PF}, {date} at {time}, RN pronounced, funeral home notified",
        "caringbridge for {PL} if anyone wants to follow: {cburl}",
        "{PF} VNA portal: {purl}",
        "telehealth link for {PL}'s f/u {date}: {thurl}",
        "recert due for {PF} (hospice benefit period 3) on {date}",
        "HH intake: {PINV}\n{addr}\n{phone}\n{payer} {memid}\nSOC {date} ##structured,referral",
        "{PL} CPAP SN {serial} came in w/ {hero}, label it before it walks",
        "{PF} CGM ({cgm}) SN {serial}, pls note in flowsheet",
        "VNA can't reach {PL} at {phone}, {rel} says try {Fphone}",
        "home safety eval for {PF} — lives on {street} in {town}, stairs to bedroom",
        "hospice: {PL} transitioned to CMO, {rel} {FF} at bedside, {Dr} aware",
        "bereavement f/u for {FF}, {rel} of {PF} (died {date})",
        "{PF}'s pacemaker needs to be deactivated per hospice, device {serial}",
        "VNA visit for {PF} {date}, pt cell {phone}",
        "{PL} wants to die at home in {town}, hospice referral sent to {snf} ##referral",
        "gofundme for {PF}: {gfurl}",
        "HH: {PL} missed {her} {date} visit, nobody home at {street}",
        "{PF} — pump serial {serial} alarming, {vendor} 24h line told {rel} to come in",
        "hospice pt {PF}, {age90}, {dx}, home w/ {rel} {FFirst}, {payer} MBI {mbi}",
    ],
    "records": [
        "ROI request from {FF} for {PF}'s records, DOB {dob}, DOS {date} - {date:2} ##records",
        "records for {PINV} MRN {mrn} faxed to {snf} at {fax} ##records",
        "{rel} wants a copy of {PL}'s chart, MR# {mrn}, send to {Femail} ##records",
        "HIM: chart # {mrn} is merged w/ the wrong pt ({PF:2}), pls don't document until fixed ##records",
        "med rec # {mrn} — {PF}, DOB {dob}. outside records from {fac} scanned ##records",
        "can someone pull {PL}'s old MRN? new one is {mrn}, old was {mrn:2} ##records",
    ],
    "complaint": [
        "complaint from {PL}'s {rel} {FF}: call light not answered 40 min on {date} ##complaint",
        "escalating: {PF} ({room}) {rel} threatening to call the news, pt relations is x{ext} ##escalation",
        "pt relations: {FF} filed grievance re {PL}'s care {date}, call back {Fphone} ##complaint",
        "{PL} ({room}) says {her} ring is missing, {rel} {FF} very upset, security report {ticket} ##complaint",
        "{FF} wants to speak to the {title} about {PL}'s fall on {date} ##escalation",
        "URGENT {PF} {room} {rel} says {she} was left in a wet brief all night, pls call {Fphone} ##complaint,escalation",
    ],
    "vip": [
        "VIP: board member {VIP} admitted to {unit} {room}, restrict chart access ##vip",
        "{SPT} from {unit} got admitted to us overnight w/ {dx} — asked us to keep it quiet",
        "employee health: {SPT} needle stick {date} on {unit}, source pt {PL} MRN {mrn}",
        "FYI {SPT} (unit sec) is in {room} as a pt, pls no visitors from staff",
        "{VIP}, the donor, is in ED bed {bed} w/ chest pain — VIP protocol ##vip",
        "{exec} asked us to keep an eye on {VIP} in {room}, the family is on the foundation board ##vip",
    ],
    "age": [
        "{PL} is {age90} and sharp as a tack lol",
        "bday today for {PFirst} in {room} - {she}'s {agew} 🎂",
        "{PF}, {age90}, from {town}, CHF, wants to go home",
        "oldest pt on the unit is {PL} at {age90}",
        "{PF} turning {age90} next week, {rel} bringing cake",
        "{PL} ({agew} years old!) walked 200 ft w/ PT today",
        "{room} {PFirst} {age90}{sexF} — fall risk, bed alarm",
    ],
    "short": [
        "{PL} mrn {mrn}",
        "mrn {mrn} pls",
        "{PFirst} {room} ok?",
        "dob {dob} confirmed",
        "who has {PL}",
        "{P} dc'd at {time}",
        "{FF} here again",
        "cb {Fphone} pls",
        "{PL} to {unit}",
        "{PL} expired {time}",
        "{PL}? anyone seen?",
        "is {PFirst} back from {proc}",
        "{PINV} {mrn} pls verify",
    ],
    "tech": [
        "the WOW in {room} ({ip}) keeps dropping wifi, ticket {ticket}",
        "{PF}'s home tele hub shows IP {ip}, monitoring co says offline since {relday}",
        "label printer at the {unit} desk is {ip}, can't print armbands",
        "remote monitoring for {PL} — hub {serial}, last ping from {ip}",
    ],
    "business": [
        "{dme} rep for beds is {vrep}, {vemail} / {bphone} ##business-contact",
        "SNF admissions at {snf}: {vrep} {bphone}, fax {fax}",
        "call {SF} at {bphone} for the {unit} census",
        "IT on-call cell is {bphone}",
        "if {snf} doesn't answer try {vrep} in admissions {bmailto}",
        "our new CM {SF} - {bemail} or x{ext}",
        "hospice liaison {vrep} ({snf}) {btel}",
        "{exec}'s assistant is {SF}, {bemail}",
        "fax for {snf} intake changed to {fax}",
        "{Dr} cell {bphone}, only for emergencies",
    ],
    "credentialing": [
        "{Dr} DEA {dea} expired, pharmacy can't verify — credentialing aware",
        "new grad RN {SF} license {lic} verified, orientation starts {mtgdate}",
        "float RN {SF} (lic {lic}) lapsed {mtgdate} — can't take an assignment",
        "credentialing needs {Dr}'s DEA # {dea} and NPI {npi} by {mtgdate}",
        "agency nurse {SF}, license # {lic}, first shift {relday}",
    ],
    "markup": [
        "{mention} can you check on {PL} in {room}? {rel} called from {Fphone}",
        "{mention} {PF} ({room}) eloped, last seen {time} in lobby, {age}{sexF}, wearing gown ##escalation",
        "`{mrn}` {PINV} - need ROI before release to {FF}",
        "*DC today*: {PF}, {PF:2}\n*Pending*: {PF:3}",
        "{mention} {PL}'s {rel} is at the desk, pls come",
        "*{PINV}* `MRN {mrn}` _{dx}_",
        "{mention} pls call {FF} back {Ftel} re {PFirst}",
    ],
    "evasion": [
        "pt {PF} ss# {ssn!}",
        "cb for {rel}: {Fphone!}",
        "{PL} personal email {email!}",
        "mrn for {PL} {mrn!}",
        "{PF} dob {dob!}",
        "{rel}'s # is {Fphone!} fyi",
        "med rec # {mrn!}",
        "{PFirst} mbi {mbi!}",
    ],
}

CLEAN_FRAMES = {
    "staff": [
        "{exec} ({title}) rounding on {unit} {relday} at {time}, pls tidy the station",
        "staff mtg moved to {mtgdate} {time} in {confroom}, {SF} presenting falls data ##calendar",
        "{SF} is charge tonight, {SF:2} floating to {unit}",
        "{SFirst} can you take {room}? {SFirst:2} is slammed",
        "{SF} is on PTO til {mtgdate}, {SF:2} covering the CM caseload",
        "{exec}, {title}, approved OT for weekend shifts through {mtgdate}",
        "new hire {SF} starts {mtgdate}, precepting w/ {SF:2}",
        "{SF} won the DAISY award 🌼 congrats!!",
        "board mtg {mtgdate}: {exec} presenting HCAHPS, board chair {board} attending",
        "{exec} wants the LOS dashboard by {mtgdate}",
        "thank you {SFirst} for covering last night 🙏",
        "{Dr} is the hospitalist for {unit} this week, {Dr:2} next",
        "pls stop paging {Dr} for lytes, hospitalist ext is {ext}",
        "{SF} (CM) and {SF:2} (SW) will split {unit} and {unit:2} starting {mtgdate}",
        "interviewing {SF} for the nights charge role {relday} {time}",
        "{SFirst} you're on for the skills fair, {SFirst:2} has the restraint station",
        "farewell lunch for {SF} {mtgdate} at {time} 🎉",
        "{exec} and {exec:2} doing leader rounds {day}",
        "{SF} — new educator for {unit}, say hi",
        "ask {SFirst} in CM, she knows the {payer} process",
        "{SF} and {SF:2} are the super users for the new bed board",
        "{title} {exec} will join IDT {day} to observe",
        "shoutout to {SFirst} and {SFirst:2} for the save in {room} last night",
        "{SFirst} swapped w/ {SFirst:2} for {day}, schedule updated",
        "{SF} is our new hospice liaison from {snf}",
        "{Dr} said ok to hold the {med} in {room}",
        "{exec}'s office says budget for travelers is frozen through {q}",
    ],
    "vendor": [
        "PO {po} for the bladder scanners from {dme} approved by {exec} ##po",
        "invoice {inv} from {dme} is short 2 cases of {supply}",
        "{vrep} from {dme} on {unit} {mtgdate} {time} for hoyer training",
        "{dme} rep {vrep} dropped off samples of the new foam dressing",
        "lunch from {vendor} in the breakroom at {time} :pizza:",
        "can we get 2 more bedside commodes from {dme}? PO {po}",
        "{vendor} contract #{contract} renews {mtgdate}, {exec} signing",
        "{dme} recall on {supply} lot {lot}, pull from the supply room",
        "{dme} backorder on {supply} til {mtgdate}, use {dme:2} instead",
        "DME order for {room} went to {dme}, not {dme:2}",
        "{vrep} ({dme}) says the new beds ship {mtgdate}",
        "invoice {inv} — ${money} for rental beds, cost center {ccenter}",
        "{dme} order {po} delivered to loading dock, {SF} signed",
        "the {dme} bariatric bed in {room} is a rental, call {vrep} to pick up",
    ],
    "facility": [
        "the {fac} infusion center moved to {faddr}",
        "address for the {fac} outpatient lab is {faddr}",
        "zip for the new PT site is {fzip}",
        "the {btown} clinic is closed {relday} for the storm, reroute VNA visits",
        "{btown} VNA office moved to {faddr}",
        "our {btown} site has 6 hospice beds open",
        "family resource center is at {faddr}, open {time}-{time:2}",
        "parking for families: garage at {faddr}, validate at the desk",
        "{snf} has 3 F beds, 1 M bed, ask for {vrep} in admissions",
        "{snf} in {btown} is not taking trachs right now",
        "new wound clinic: {faddr} (next to the {btown} urgent care)",
        "mail the signed MOLST forms to {faddr}, attn {SF}",
        "the {donor} building lobby is closed for floors, use the {btown} St entrance",
        "{donor} 5 renovation — {n} beds offline starting {mtgdate}",
        "the {donor} Family Foundation grant covers {n} new recliners",
        "{snf} ({btown}) went to 5-star, good option for the {payer} pts",
    ],
    "calendar": [
        "IDT moved to {mtgdate} at {time}, Zoom {zoom}",
        "policy link {intranet}",
        "new fall policy effective {mtgdate}: {intranet}",
        "skills fair {mtgdate} {time}-{time:2} in {confroom}",
        "HIPAA refresher due {mtgdate} — {SF} will send the link ##hipaa",
        "reminder: 30-day readmit report due {mtgdate}",
        "schedule for {month} is posted, swaps to {SF} by {mtgdate}",
        "CM/SW huddle {day}s at {time} in {confroom}",
        "joint commission survey window opens {mtgdate}, be ready",
        "Zoom ID {zoomid} passcode {passcode} for bed huddle",
        "{month} {q} staff meeting: {mtgdate}, {time}, {confroom}",
        "mandatory restraint training by {mtgdate} or you're off the schedule",
        "open enrollment closes {mtgdate}",
        "SNF collaborative mtg {mtgdate} {time} at {faddr}",
    ],
    "ticket": [
        "ticket {ticket} — Vocera badges dropping calls on {unit}",
        "Epic upgrade to {ver} goes live {mtgdate}, downtime {time}-{time:2}",
        "{room} toilet clogged, facilities ticket {ticket}",
        "badge reader by {room} broken, asset {asset}",
        "IV pump asset tag {asset} alarming occlusion, sent to biomed",
        "Vocera {ver} update tonight at {time}",
        "bed scale in {room} reading off, biomed ticket {ticket}, asset {asset}",
        "Pyxis on {unit} locked up again, {ticket}",
        "CarePort build {build} fixed the referral bug",
        "printer on {unit} jammed, ticket {ticket}",
        "Epic {ver}: the dc navigator moved the AVS button",
        "the WOWs on {unit} need the {ver} patch, IT says {relday}",
    ],
    "clinical": [
        "bed {bed} is clean, ready for admit",
        "{unit} census {n}, {n:2} pending dc, {n:3} boarders in ED",
        "heparin 5000 units SQ q8h, not q12 — pharmacy clarified",
        "{room} needs {med} from pyxis, override ok per {Dr}",
        "code blue {room} - cleared, thx all",
        "rapid response {room} at {time}, pt stable, to ICU",
        "{agey}yo F in {room} is {code}",
        "mark {room} as dirty on the bed board pls",
        "{room} and {room:2} are isolation rooms now",
        "who's covering {room} tonight?",
        "ED boarding {n} for {unit}, bed huddle at {time}",
        "{room} is going to {unit} at {time}, report called",
        "glucose checks ac/hs for anyone on {med}, per new protocol",
        "does {room} still need the sitter?",
        "max dose of {med} on the order set is wrong, pharmacy fixing",
        "{room} refusing {med}, {Dr} aware",
        "pt in {room} is {agey}, lives w/ family, not SNF",
        "{n} pts on {unit} on CIWA tonight",
        "MOLST forms are in the top drawer, not the blue binder",
        "hypo protocol: 15 g glucose if BG < 70, recheck in 15 min",
        "{room} {dx}, {med} started, {vitals}",
        "{agey}M in {room}, {dx}, {code}, dc likely {relday}",
        "{room}: {lab}, replete per protocol",
        "pls don't hang {med} without a second RN check",
    ],
    "aggregate": [
        "{n} pts over 90 on the unit this week — geri huddle {relday} ##age-aggregate",
        "avg age of CHF readmits last quarter was {aggage}",
        "patients 90+ are {pct} of our falls in {q} ##age-aggregate",
        "2 pts over 90 on tele, both fall precautions ##age-aggregate",
        "the 90-day hospice recert is due {relday}",
        "{q} falls rate {pct}, down from {pct:2} in FY{year}",
        "readmit rate for 90+ pts is {pct}, ages 65-89 {pct:2} ##age-aggregate",
        "median age on {unit} is {aggage}, {n} pts 90 or older ##age-aggregate",
        "CM weekly: {n} avoidable days, top barrier SNF auth ({payer})",
        "{n} of {n:2} dc's before noon today, nice work team 🎉",
        "{n} falls on {unit} in {month}, {n:2} with injury",
        "{pct} of our hospice referrals were 90 or older in {q} ##age-aggregate",
        "census by age: <65 {n}, 65-89 {n:2}, 90+ {n:3} ##age-aggregate",
    ],
    "topic": [
        "NPI for {Dr} is {npi} if you need it for the DME order",
        "CPT {cpt} for the {proc}? coding says use {cpt:2}",
        "ICD-10 {icd} vs {icd:2} for sepsis — CDI question from {SF}",
        "SSN should never go in slack, use secure chat in epic ##ssn-topic,hipaa",
        "our MRNs are 9 digits now, old 7-digit ones still work in lookup ##mrn-topic",
        "do we need the MBI or the SSN for the HHA referral? asking for the {payer} pts ##ssn-topic",
        "group numbers are on the back of the card, not the member ID",
        "reminder: no PHI in this channel — names, MRNs, DOBs go in epic secure chat ##hipaa,mrn-topic",
        "last 4 of the card is fine for the pharmacy log, never the full number",
        "{Dr}'s NPI {npi} is on the face sheet template now",
        "hospice dx {icd} + {icd:2}, bill {cpt} for the GOC conversation",
        "whose MRN goes on the specimen label if pt has 2 MRNs? ##mrn-topic",
        "fax cover sheet updated, no SSNs or DOBs on the cover ##ssn-topic,hipaa",
        "HIPAA: don't post pt names here, room # only ##hipaa",
    ],
    "words": [
        "will do, thx",
        "will call {snf} back at {time}",
        "hope the census drops by {day}",
        "grace period on the new badge policy ends {mtgdate}",
        "bill it to cost center {ccenter}",
        "mark the MAR as held for {room}",
        "frank conversation at IDT about LOS today",
        "may need a sitter in {room} tonight",
        "pat dry only, no rubbing — wound care note for {room}",
        "faith-based hospices on the list: {snf}, {snf:2}",
        "summer schedule is posted 🌞",
        "the rose garden entrance is closed {relday}",
        "best practice alert keeps firing for {room}",
        "price for the new pumps came in high, {exec} wants options",
        "long day. little bit behind on charting",
        "white board in {room} needs today's date and RN name",
        "brown bag lunch w/ {SF} {mtgdate}",
        "green zone / yellow zone CHF teaching sheets reprinted",
        "page {Dr} if {room} SBP > 180",
        "joy! {room} finally went home 🎉",
        "hunter green scrubs are the new PCA color",
        "april showers = ED surge lol",
        "cliff notes from IDT: {n} SNF pending, {n:2} home",
        "pearl of the day: check the MOLST before calling a rapid",
        "ivy on the courtyard wall is being removed {relday}",
        "chase {snf} for the auth, they said EOD",
        "sandy floor at the {unit} entrance, housekeeping called",
        "rusty wheelchair in the hall by {room}, sending to facilities",
        "dawn shift short 2 aides",
        "young adult pts on {unit} get the new teaching packet",
        "stone cold coffee at the station again",
        "honor guard for the veteran in {room} at {time}",
        "summer hours for the {btown} clinic start {mtgdate}",
        "major backlog in CareHub, {n} referrals",
        "wade through the fax queue before lunch pls",
        "the little white board by the pyxis has the new codes",
        "sterling job on the audit {SFirst}",
        "may as well dc {room} before noon if ride is here",
        "faith and hope are the new PCAs on nights, be nice",
    ],
    "short": [
        "on my way",
        "omw to {unit}",
        "thx for the help!",
        "who's got the charge phone?",
        "covering {unit} tonight",
        "call bed {bed}",
        "2 person turn in {room}?",
        "pizza in the break room",
        "running 10 min late to huddle",
        "done, bed clean",
        "👍 got it",
        "on it now",
        "ty so much {SFirst}",
        "ask {SFirst} in CM",
        "can't, in {room}",
        "{mention} see above",
        "fixed it, thx",
        "ok sounds good",
        "anyone free to help?",
        "lunch relief for {room}-{room:2}?",
    ],
}


@slot("hpid")
def _hpid(c, i, f):
    return rng.choice([_mbi, _mcaid, _memid])(c, i, f)


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(!?)(?::(\d+))?\}")


def split_tags(frame):
    if " ##" in frame:
        body, tags = frame.split(" ##", 1)
        return body, [t for t in tags.split(",") if t]
    return frame, []


def render(ctx, tpl):
    for m in SLOT_RE.finditer(tpl):
        if m.group(1) == "age90":
            ctx.force_old.add(int(m.group(3) or 1))
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None, False))
        name, force, idx = m.group(1), bool(m.group(2)), int(m.group(3) or 1)
        out = SLOTS[name](ctx, idx, force)
        if isinstance(out, str):
            out = [(out, None, False)]
        segs.extend(out)
        ctx.slots.add(name)
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None, False))
    return segs


def render_frame(ctx, frame):
    body, tags = split_tags(frame)
    ctx.tags.update(tags)
    return render(ctx, body)


# ---- procedural frames ------------------------------------------------------------------

KV_FIELDS = [
    (["DOB", "D.O.B.", "Birthdate", "dob", "Date of birth"], "{dob}"),
    (["Age"], "{age}"),
    (["Sex", "Gender"], "{sexF}"),
    (["MRN", "MR#", "Med Rec #", "Chart #", "mrn", "Epic MRN"], "{mrn}"),
    (["HAR", "Acct #", "Account", "Hosp acct", "Guarantor acct"], "{har}"),
    (["Room", "Bed", "Rm", "Location"], "{room}"),
    (["Attending", "PCP", "Hospitalist"], "{Dr}"),
    (["Dx", "Admit dx", "Reason for admit", "Primary dx"], "{dx}"),
    (["Admit date", "Admitted", "Adm", "Admission"], "{date}"),
    (["EDD", "Anticipated DC", "Est. dc"], "{date:2}"),
    (["Insurance", "Payer", "Primary ins"], "{payer}"),
    (["Member ID", "Policy #", "Subscriber ID", "ID #"], "{memid}"),
    (["Group #", "Grp"], "{grp}"),
    (["MBI", "Medicare #", "Medicare ID"], "{mbi}"),
    (["Medicaid ID", "MassHealth #"], "{mcaid}"),
    (["SSN", "SS#", "Soc"], "{ssn}"),
    (["Address", "Home address", "Addr", "Lives at"], "{addr}"),
    (["Phone", "Home phone", "Cell", "Pt cell"], "{phone}"),
    (["Email", "Pt email"], "{email}"),
    (["Emergency contact", "HCP", "NOK", "Contact"], "{FF} ({rel}) {Fphone}"),
    (["Code status", "Code"], "{code}"),
    (["Allergies", "ALL"], "{allergy}"),
    (["DC dispo", "Dispo"], "{snf}"),
    (["Referring MD", "Referred by"], "{Dr}"),
    (["Device", "Pacer SN", "Pump serial"], "{serial}"),
    (["Town", "City"], "{town}"),
    (["Unit"], "{unit}"),
]


def kv_block(ctx, fields, name_line=None, heads=None):
    sep = rng.choice([": ", ": ", ":", " - ", " = ", ":\t", ":  "])
    inline = rng.random() < 0.18
    if inline:
        ctx.no_ml_span = True
    segs = []
    head = rng.choice(heads or [""])
    fence = rng.random() < 0.12 and not inline
    if fence:
        ctx.tags.add("slack-markup")
        segs += R("```\n")
    if head:
        segs += render(ctx, head + (" " if inline else "\n"))
    lines = ([name_line] if name_line else []) + fields
    lab_case = rng.choice(["asis", "asis", "upper", "lower"])
    for k, (label, tpl) in enumerate(lines):
        lab = label.upper() if lab_case == "upper" else label.lower() if lab_case == "lower" else label
        if k:
            segs += T(" | " if inline else "\n")
        segs += T(lab + sep) + render(ctx, tpl)
    if fence:
        segs += R("\n```")
    ctx.tags.add("structured")
    return segs


def gen_kv_phi(ctx):
    ctx.no_ml_span = False
    n = rng.randint(3, 8)
    fields = [(rng.choice(l), t) for l, t in rng.sample(KV_FIELDS, n)]
    name_line = (rng.choice(["Name", "Patient", "Pt", "PATIENT NAME", "pt name", "Resident", "Pt Name"]),
                 rng.choice(["{PF}", "{PINV}", "{PF}", "{PN}"]))
    if rng.random() < 0.25:
        fields.insert(rng.randint(0, len(fields)), name_line)
        name_line = None
    ctx.tags.add(rng.choice(["referral", "referral", "records"]))
    return kv_block(ctx, fields, name_line, heads=["", "", "*New referral*", "Pasted from Epic:", "HH intake",
                                                   "Hospice referral —", "FYI", "face sheet for {snf}:",
                                                   "{mention} pls review", "SNF packet"])


CLEAN_KV = [
    ("meeting", ["", "*IDT*", "calendar hold"], [("Meeting", "IDT {unit}"), ("Date", "{mtgdate}"), ("Time", "{time}"),
                                                  ("Location", "{confroom}"), ("Zoom", "{zoom}"), ("Lead", "{SF}"),
                                                  ("Agenda", "LOS, SNF barriers, {n} avoidable days")]),
    ("po", ["", "PO request", "*Supply order*"], [("PO", "{po}"), ("Vendor", "{vendor}"), ("Amount", "${money}"),
                                                  ("Approver", "{exec}"), ("Cost center", "{ccenter}"),
                                                  ("Items", "{n} cases {supply}"), ("Invoice", "{inv}")]),
    ("ticket", ["", "IT ticket", "biomed"], [("Ticket", "{ticket}"), ("Assigned", "{SF}"), ("Priority", "P{n}"),
                                             ("Asset", "{asset}"), ("Location", "{unit} {room}"), ("Version", "{ver}"),
                                             ("Ext", "x{ext}")]),
    ("census", ["", "*{unit} census*", "night report"], [("Census", "{n}"), ("DCs", "{n}"), ("Admits", "{n}"),
                                                        ("90+", "{n}"), ("Falls", "{n}"), ("Sitters", "{n}"),
                                                        ("Isolation", "{room}, {room}"), ("Charge", "{SF}"),
                                                        ("Avg age", "{aggage}")]),
    ("vendor", ["", "vendor info", "*DME*"], [("Vendor", "{vendor}"), ("Rep", "{vrep}"), ("Contract", "{contract}"),
                                              ("Renewal", "{mtgdate}"), ("Office", "{faddr}"), ("Ext", "{ext}"),
                                              ("NPI", "{npi}")]),
]


def gen_kv_clean(ctx):
    kind, heads, fields = rng.choice(CLEAN_KV)
    n = rng.randint(3, len(fields))
    chosen = rng.sample(fields, n)
    ctx.tags.add(kind)
    return kv_block(ctx, chosen, None, heads=heads)


PLANS = ["dc today", "SNF pending ({snf})", "home w/ VNA {relday}", "PT/OT eval", "family mtg {relday}",
         "hospice eval", "NPO for {proc}", "CIWA", "1:1 sitter", "awaiting {payer} auth", "dc'd {date}",
         "f/u {date}", "needs {lang} interpreter", "{code}", "{med}", "echo pending"]


def gen_rounds(ctx):
    n = rng.randint(2, 6)
    bullet = rng.choice(["• ", "- ", "* ", "", "{i}. ", "{i}) "])
    head = rng.choice(["rounds {unit}", "*{unit} board*", "IDT list", "huddle {time}", "dc planning",
                       "CM list for {day}", "bed board"])
    segs = render(ctx, head + rng.choice([":\n", "\n", " —\n"]))
    for i in range(1, n + 1):
        if i > 1:
            segs += T("\n")
        segs += T(bullet.replace("{i}", str(i)))
        parts = ["{room}"]
        style = rng.random()
        if style < 0.25:
            parts.append("{PL:%d}" % i)
        elif style < 0.45:
            parts.append("{PINV:%d}" % i)
        elif style < 0.6:
            parts.append("{PLast:%d}" % i)
        elif style < 0.72:
            parts.append("{PFirst:%d}" % i)
        elif style < 0.82:
            parts.append("{PF:%d}" % i)
        if rng.random() < 0.5:
            parts.append("{age:%d}{sexF:%d}" % (i, i))
        parts.append("{dx}")
        if rng.random() < 0.7:
            parts.append(rng.choice(PLANS).replace("{date}", "{date:%d}" % i))
        sep = rng.choice([" ", " - ", ", ", " | "])
        if sep == " | ":
            ctx.tags.add("structured")
        segs += render(ctx, sep.join(parts))
    ctx.tags.add("rounds")
    return segs


def quote(segs):
    out = [("> ", None, False)]
    for text, typ, raw in segs:
        if typ is None and not raw and "\n" in text:
            text = text.replace("\n", "\n> ")
        out.append((text, typ, raw))
    return out


# --------------------------------------------------------------------------------------
# Message-level transforms
# --------------------------------------------------------------------------------------

SPEAKERS = ["CM: ", "SW here - ", "[charge] ", "from nights: ", "hospice liaison: ", "VNA intake — ",
            "{SFirst} (CM): ", "{mention} ", "{mention} ", "fyi ", "FYI - ", "Q: ", "re: ", "charge RN here, ",
            "{SFirst} here. ", "URGENT: ", "update: ", "pls see: "]
SIGNOFFS = [" - {SFirst}", " thx -{SFirst}", "\n— {SF}, RN CM", " ty!", " thanks!!", " pls advise",
            " lmk", " asap pls", " 🙏", "\n-{SFirst} (SW)", " thx", " tia"]


def typo_word(w):
    if len(w) < 4:
        return w
    i = rng.randint(1, len(w) - 2)
    k = rng.random()
    if k < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def apply_typos(ctx, segs):
    segs = list(segs)
    for _ in range(rng.randint(1, 2)):
        idx = [k for k, (t, typ, raw) in enumerate(segs) if typ is None and not raw and re.search(r"[A-Za-z]{4,}", t)]
        if not idx:
            return segs
        k = rng.choice(idx)
        t = segs[k][0]
        words = list(re.finditer(r"[A-Za-z]{4,}", t))
        m = rng.choice(words)
        t = t[:m.start()] + typo_word(m.group(0)) + t[m.end():]
        segs[k] = (t, None, False)
    names = [k for k, (t, typ, raw) in enumerate(segs) if typ == "NAME" and re.fullmatch(r"[A-Za-z]{5,}", t)]
    if names and rng.random() < 0.3:
        k = rng.choice(names)
        segs[k] = (typo_word(segs[k][0]), "NAME", False)
    ctx.tags.add("typo")
    return segs


def recase(segs, fn):
    return [(t if raw or typ in ("URL",) else fn(t), typ, raw) for t, typ, raw in segs]


def finish(ctx, segs):
    r = rng.random()
    if r < 0.10 and not segs[0][0].startswith(">"):
        segs = render(ctx, rng.choice(SPEAKERS)) + segs
    elif r < 0.17:
        segs = segs + render(ctx, rng.choice(SIGNOFFS))
    r = rng.random()
    if r < 0.12:
        segs = recase(segs, str.lower)
        ctx.tags.add("lowercase")
    elif r < 0.155:
        segs = recase(segs, str.upper)
        ctx.tags.add("all-caps")
    if rng.random() < 0.10:
        segs = apply_typos(ctx, segs)
    r = rng.random()
    if r < 0.06:
        segs = segs + T(" ") + R(rng.choice(EMOJI))
    elif r < 0.12 and segs and segs[-1][1] is None and not segs[-1][2]:
        t = segs[-1][0]
        t2 = t.rstrip(".!? ") + rng.choice(["", ".", "!!", "??", "...", " .", "!"])
        segs = segs[:-1] + [(t2, None, False)]
    return segs


# --------------------------------------------------------------------------------------
# Checks and assembly
# --------------------------------------------------------------------------------------

TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number",
            "LICENSE_NUMBER": "license-number", "VEHICLE_ID": "vehicle-id", "DEVICE_ID": "device-id",
            "URL": "url", "IP_ADDRESS": "ip-address", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]|:[a-z_]+:")
EDGE_PUNCT = set(".,;:!?()[]{}<>\"'*`|_~ \n\t\u00a0\u200b")


class Reject(Exception):
    pass


def assemble(ctx, segs):
    # merge and drop empties
    text_parts, spans, pos = [], [], 0
    prev_end_span = None
    for t, typ, raw in segs:
        if not t:
            if typ:
                raise Reject("empty span")
            continue
        if typ:
            bad_start = t[0] in EDGE_PUNCT and not (t[0] == "(" and typ in ("PHONE", "DEVICE_ID"))
            bad_end = t[-1] in EDGE_PUNCT and not re.search(r"(^|[\s,])[A-Za-z]\.$", t)
            if t != t.strip() or bad_start or bad_end:
                raise Reject("edge %r" % t)
            if prev_end_span == pos:
                raise Reject("adjacent spans")
            spans.append({"type": typ, "value": t, "start": pos})
            prev_end_span = pos + len(t)
        text_parts.append(t)
        pos += len(t)
    text = "".join(text_parts)
    # mimic the validator: left-to-right byte search must land on our offsets
    b = text.encode("utf-8")
    bpos = 0
    for s in spans:
        v = s["value"].encode("utf-8")
        i = b.find(v, bpos)
        want = len(text[:s["start"]].encode("utf-8"))
        if i != want:
            raise Reject("greedy mismatch %r" % s["value"])
        bpos = i + len(v)
    # a span value must not also appear unlabelled elsewhere in the text
    masked = list(text)
    for s in spans:
        for k in range(s["start"], s["start"] + len(s["value"])):
            masked[k] = "\x00"
    masked = "".join(masked)
    for s in spans:
        v = s["value"]
        if len(v) < 2:
            raise Reject("short value")
        if re.search(r"(?<![0-9A-Za-z])" + re.escape(v) + r"(?![0-9A-Za-z])", masked, re.I):
            raise Reject("value also unlabelled %r" % v)
        if s["type"] == "NAME":
            for part in re.split(r"[\s,.]+", v):
                if len(part) >= 3 and re.search(r"(?<![0-9A-Za-z])" + re.escape(part) + r"(?![0-9A-Za-z])",
                                                 masked, re.I):
                    raise Reject("name part unlabelled %r" % part)
    return text, [{"type": s["type"], "value": s["value"]} for s in spans]


def make_tags(ctx, text, spans, section):
    tags = set(ctx.tags)
    tags.add(section)
    for s in spans:
        tags.add(TYPE_TAG[s["type"]])
    for sl in ctx.slots:
        if sl in SLOT_TAGS:
            tags.add(SLOT_TAGS[sl])
    if spans:
        types = set(s["type"] for s in spans)
        if types <= {"PHONE", "EMAIL"} and not ctx.personal_contact:
            tags.add("business-contact")
        tags.add("phi")
        tags.discard("clean")
    else:
        tags.add("clean")
        for t in ("vip", "employee-health", "credentialing", "business-contact", "evasion", "fullwidth", "zero-width"):
            tags.discard(t)
        hard = {"po", "money", "ticket", "version", "npi", "cpt", "icd", "ext", "age-aggregate", "facility-address",
                "zip-like", "exec-name", "calendar", "vendor", "staff-name", "group-number", "asset-tag", "zoom",
                "intranet", "room-bed", "dose", "donor", "board", "business-city", "age-under-90", "mrn-topic",
                "ssn-topic", "hipaa", "word-name", "facility", "fiscal-period", "contract"}
        tags.add("hard-negative" if tags & hard else "easy-negative")
    if "\n" in text:
        tags.add("multiline")
    if EMOJI_RE.search(text):
        tags.add("emoji")
    if re.search(r"<@U|<!here>|<!channel>|<mailto:|<tel:|`|(^|\s)\*[^*\n]+\*", text):
        tags.add("slack-markup")
    return sorted(tags)


def pick_section(frames):
    sections = list(frames)
    weights = [len(frames[s]) for s in sections]
    sec = rng.choices(sections, weights)[0]
    return sec, rng.choice(frames[sec])


def build_message(want_clean):
    ctx = Ctx()
    r = rng.random()
    frames = CLEAN_FRAMES if want_clean else PHI_FRAMES
    if r < 0.07:
        section = "structured"
        segs = gen_kv_clean(ctx) if want_clean else gen_kv_phi(ctx)
    elif r < 0.11 and not want_clean:
        section = "rounds"
        segs = gen_rounds(ctx)
    elif r < 0.18:
        section = "thread"
        ctx.no_ml_span = True
        ctx.tags.add("thread")
        if want_clean:
            _, f1 = pick_section(CLEAN_FRAMES)
            _, f2 = pick_section(CLEAN_FRAMES)
        elif rng.random() < 0.6:
            section, f1 = pick_section(PHI_FRAMES)
            f2 = rng.choice(CLEAN_FRAMES["short"] + PHI_FRAMES["short"] + REPLIES)
        else:
            _, f1 = pick_section(CLEAN_FRAMES)
            section, f2 = pick_section(PHI_FRAMES)
        segs = quote(render_frame(ctx, f1)) + T("\n") + render_frame(ctx, f2)
        ctx.tags.add("thread")
    else:
        section, frame = pick_section(frames)
        segs = render_frame(ctx, frame)
    segs = finish(ctx, segs)
    text, spans = assemble(ctx, segs)
    if bool(spans) == want_clean:
        raise Reject("wrong class")
    if len(text) > 900 or text.count("\n") > 5:
        raise Reject("too long")
    if len(text.split()) < 3:
        raise Reject("too short")
    return text, spans, make_tags(ctx, text, spans, section)


REPLIES = [
    "ok i'll call {FFirst} back",
    "done, {PL}'s {rel} updated",
    "got it — is that {PFirst} in {room}?",
    "called {Fphone}, no answer",
    "{PL} is mine today, on it",
    "yes {PFirst} went at {time}",
    "same {PLast} as last month? MRN {mrn}",
]


def count_frames():
    n = sum(len(v) for v in PHI_FRAMES.values()) + sum(len(v) for v in CLEAN_FRAMES.values()) + len(REPLIES)
    distinct = len(set(f for v in PHI_FRAMES.values() for f in v) | set(f for v in CLEAN_FRAMES.values() for f in v)
                   | set(REPLIES))
    return n, distinct


def main():
    out, stats = [], {}
    seen = set()
    for k in range(1, N_MESSAGES + 1):
        want_clean = rng.random() < CLEAN_SHARE
        for attempt in range(200):
            try:
                text, spans, tags = build_message(want_clean)
            except Reject as e:
                stats[str(e).split(" ")[0]] = stats.get(str(e).split(" ")[0], 0) + 1
                continue
            if text in seen:
                continue
            seen.add(text)
            break
        else:
            raise SystemExit("could not build message %d" % k)
        out.append({"id": "gc%04d" % k, "text": text, "spans": spans, "tags": tags})
    with open(OUT, "w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    n, distinct = count_frames()
    clean = sum(1 for o in out if not o["spans"])
    sys.stderr.write("wrote %d messages (%d clean, %.1f%%) to %s; %d frames (%d distinct) + kv/rounds/thread "
                     "generators; rejects %s\n" % (len(out), clean, 100.0 * clean / len(out), OUT, n, distinct, stats))


if __name__ == "__main__":
    main()
