#!/usr/bin/env python3
"""Generator of labelled chat messages (prefix gq).

Theme: long-term care, skilled nursing, home health and hospice agencies (visit scheduling,
medication deliveries, family updates, hospital intake, staff scheduling and payroll, state
surveys).  Standard library only, fixed seed; writes generated_gq.jsonl next to this script in
the raw format read by check_phi_corpus.py.

Messages are built segment by segment from small templates:
  {name}            placeholder (PHI value, filler value, or person attribute such as {pt.last})
  {name!style}      placeholder with a forced value style (e.g. {ssn!nosep})
  {name#k}          memoised: the same value is reused (and listed again as a new span)
  «a¦b¦c»           random alternation (may nest)
Segment kinds: T template text, F filler text (no typos), K kept verbatim (mentions), P PHI value.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 20250917
N_TOTAL = 1500
N_CLEAN = 675
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gq.jsonl")

# ----------------------------------------------------------------------------------------------
# name pools (written for this generator): origin -> (female given, male given, surnames)
# ----------------------------------------------------------------------------------------------
def _sp(s):
    return [x.strip() for x in s.split("|") if x.strip()]

ORIGINS = {
    "anglo": (
        _sp("Dorothy|Mildred|Eleanor|Gladys|Bernice|Lorraine|Shirley|Virginia|Marjorie|Beverly|Doris|Evelyn|"
            "Phyllis|Joan|Darlene|Tammy|Brenda|Kayla|Brittany|Heather|Margaret|Elizabeth|Catherine|Patricia"),
        _sp("Harold|Walter|Eugene|Howard|Clifford|Kenneth|Raymond|Donald|Gerald|Roger|Wayne|Dale|Russell|"
            "Travis|Cody|Dustin|Floyd|Lloyd|Vernon|Leroy|Robert|William|Richard|James|Joseph|Theodore|Francis"),
        _sp("Whitfield|Pritchard|Thornton|Ashby|Caldwell|Haskins|Dunbar|Holloway|Merrill|Pendleton|Abernathy|"
            "Langley|Tillman|Brewster|Crowley|Hargrove|Sutton|Blevins|Carver|Nash|Begay|Yazzie|Tsosie"),
    ),
    "words": (
        _sp("Hope|Grace|Faith|Joy|Rose|June|April|May|Dawn|Summer|Pearl|Ivy|Holly|Violet|Iris|Olive|Destiny|"
            "Precious|Patience|Honor|Ruby|Crystal|Daisy|Autumn|Paige|Sunny|Charity|Bliss|Star|Amber"),
        _sp("Will|Bill|Grant|Hunter|Mark|Sterling|Earnest|Ray|Guy|Sonny|Chase|Wade|Frank|Gene|Art|Drew|Lane|"
            "Miles|Jack|Rich|Major|King|Royal|Rusty|Buck|Duke|Chip|Cliff|Dusty|Forest"),
        _sp("Bell|Brown|Green|White|Black|Young|King|Bishop|Baker|Cook|Fisher|Hunter|Mason|Price|Little|Long|"
            "Strong|Wise|Love|Day|Knight|Page|Rivers|Stone|Woods|Hill|Banks|Street|House|Church|Chambers|"
            "Carpenter|Cooper|Fox|Wolf|Lamb|Swan|Crane|Finch|Sparrow|Bird|Moody|Sharp|Sweet|Good|Best|Goodman|"
            "Friend|Winter|Summers|Frost|Snow|Hale|Marsh|Ford|Short|Rich|Hope|Gamble|Cash|Noble|Free|Law|Pope|"
            "Savage|Booker|Glass|Battle|Mayfield"),
    ),
    "irish": (
        _sp("Siobhan|Brigid|Maeve|Nora|Aoife|Kathleen|Mairead|Fionnuala|Deirdre|Colleen|Niamh|Roisin"),
        _sp("Declan|Eamon|Padraig|Colm|Dermot|Seamus|Cormac|Ciaran|Fergus|Liam|Brendan|Kieran"),
        _sp("O'Brien|McAllister|Brannigan|Callahan|Doherty|Fitzgerald|Kavanagh|McNulty|O'Sullivan|Flanagan|"
            "Mulcahy|Donnelly|Gallagher|Keane|Whelan|McGillicuddy|O'Rourke"),
    ),
    "italian": (
        _sp("Carmela|Concetta|Antonietta|Filomena|Assunta|Rosaria|Graziella|Giuseppina|Annunziata|Francesca|"
            "Lucia|Teresa"),
        _sp("Giuseppe|Rocco|Salvatore|Vincenzo|Domenico|Gennaro|Luigi|Enzo|Pasquale|Carmine|Sabatino|Nunzio"),
        _sp("D'Angelo|Esposito|Russo|Ferraro|Ricci|Lombardi|Marino|Greco|Bruno|Gallo|Costa|Mancini|DeLuca|"
            "Di Stefano|LoPresti|Caruso|Iannuzzi|Scarpelli"),
    ),
    "slavic": (
        _sp("Jadwiga|Halina|Krystyna|Bożena|Oksana|Olena|Svetlana|Galina|Wanda|Stanisława|Lyudmila|Zofia"),
        _sp("Stanisław|Władysław|Zbigniew|Tadeusz|Mykola|Bohdan|Dmitri|Yuri|Kazimierz|Andrzej|Volodymyr|Arkady"),
        _sp("Kowalski|Nowak|Wiśniewski|Zielinski|Kaminski|Grabowski|Szymanski|Kowalczyk|Shevchenko|Bondarenko|"
            "Kovalenko|Melnyk|Ivanova|Petrov|Sokolov|Volkov|Wojcik|Brzezinski"),
    ),
    "lusophone": (
        _sp("Fernanda|Conceição|Graça|Dulce|Djamila|Rosângela|Luana|Jussara|Fátima|Ilda|Lurdes|Odete"),
        _sp("Manuel|Joaquim|Armando|Amílcar|Nilton|Thiago|Edson|Gilberto|Aníbal|Arlindo|Duarte|Vitorino"),
        _sp("da Silva|dos Santos|Pereira|Medeiros|Furtado|Andrade|Gonçalves|Tavares|Lopes|Monteiro|Fontes|"
            "Cabral|Barros|Rodrigues|Semedo|Teixeira|Pina|Rosa"),
    ),
    "hispanic": (
        _sp("Altagracia|Guadalupe|Milagros|Maritza|Yesenia|Marisol|Luz|Consuelo|Esperanza|Socorro|Dolores|Mercedes"),
        _sp("José|Rafael|Ramón|Héctor|Ignacio|Jesús|Aurelio|Wilfredo|Efraín|Ulises|Tomás|Baudilio"),
        _sp("Ruiz-Castillo|de la Cruz|Rodríguez|Pérez|Martínez|Hernández|Santiago|Rivera|Báez|Almonte|Peña|"
            "Ortiz|Vázquez|De Jesús|Núñez|Castillo|Delgado|Morales|Guzmán|Reyes|Ruiz|Colón"),
    ),
    "haitian": (
        _sp("Marie-Claire|Guerline|Nadège|Jocelyne|Roselaure|Ketly|Mireille|Edeline|Widelene|Marie-Ange|Yolette|Fabienne"),
        _sp("Wilner|Fritzner|Yves|Dieudonné|Frantz|Lucner|Jean-Claude|Wesner|Ronel|Jacquelin|Pierre|Esaïe"),
        _sp("Pierre-Louis|Jean-Baptiste|Dorvil|Joseph|Celestin|Toussaint|Desir|Charles|Etienne|Beauvais|Alexis|"
            "Fleurant|Augustin|St. Fleur|Jean-Louis|Noel|Jean-Pierre|Louissaint"),
    ),
    "vietnamese": (
        _sp("Lan|Huong|Thao|Hoa|Linh|Phuong|Trang|Ngoc|Mai|Thuy|Hanh|Diep"),
        _sp("Minh|Tuan|Duc|Quang|Bao|Khanh|Vinh|Hai|Thanh|Hung|Dung|Phuc"),
        _sp("Nguyen|Nguyễn|Tran|Le|Pham|Hoang|Vu|Dang|Bui|Do|Ngo|Duong|Ly|Truong|Phan|Vo|Huynh"),
    ),
    "seasian": (
        _sp("Sokha|Chanthy|Sreymom|Bopha|Phalla|Khamla|Sengdao|Mai Nou|Pa Kou|Chantrea|Dara|Sophea"),
        _sp("Vuthy|Sophal|Kosal|Bounmy|Souk|Yia|Chue|Tou|Vanna|Sarith|Khamphet|Pheng"),
        _sp("Sok|Chea|Keo|Prak|Chhim|Meas|Phommachanh|Sayavong|Vang|Xiong|Yang|Lor|Her|Moua|Khamvongsa|Sim|Ouk"),
    ),
    "chinese": (
        _sp("Mei-Ling|Yan|Lihua|Shu-fen|Hui|Li Na|Xiu Ying|Qing|Fang|Yuk-Lan|Wai Man|Ying"),
        _sp("Wei|Xiaoming|Jun|Guang|Chun|Zhen|Ming|Jian|Feng|Kwok-Wah|Tak-Ming|Bo"),
        _sp("Chen|Wang|Li|Zhang|Liu|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Guo|Lin|Cheung|Wong|Chan|Lau|Leung|Tsang"),
    ),
    "korean": (
        _sp("Soon-ja|Mi-kyung|Eun-ji|Hye-jin|Kyung-sook|Ok-soon|Young-hee|Jung-ah|Myung-sook|Sun-hee"),
        _sp("Young-ho|Jae-won|Sung-min|Dong-hyun|Min-jun|Byung-chul|Sang-woo|Kwang-soo|Hyun-woo|Chul-soo"),
        _sp("Kim|Lee|Park|Choi|Jung|Kang|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Oh"),
    ),
    "japanese": (
        _sp("Haruko|Yumiko|Keiko|Sachiko|Fumiko|Michiko|Setsuko|Emiko|Tomoko|Chiyo"),
        _sp("Takeshi|Hiroshi|Kenji|Noboru|Akira|Yoshio|Tadashi|Minoru|Isamu|Shigeru"),
        _sp("Tanaka|Suzuki|Watanabe|Yamamoto|Nakamura|Kobayashi|Sato|Ito|Takahashi|Matsumoto|Inoue|Kimura|"
            "Fujimoto|Okada"),
    ),
    "southasian": (
        _sp("Priya|Lakshmi|Sunita|Kamala|Meenakshi|Gurpreet|Ayesha|Nasreen|Harjit|Anjali|Savitri|Farzana"),
        _sp("Rajesh|Venkat|Arjun|Suresh|Farhan|Imran|Anil|Balwinder|Mohan|Sanjay|Ravi|Jagdish"),
        _sp("Patel|Shah|Iyer|Reddy|Krishnan|Ramaswamy|Gupta|Singh|Kaur|Chaudhry|Qureshi|Bhattacharya|Menon|"
            "Desai|Malhotra|Rahman|Venkataraman|Siddiqui"),
    ),
    "mideast": (
        _sp("Fatima|Khadija|Layla|Samira|Nadia|Rania|Anahit|Siranoush|Eleni|Dimitra|Vasiliki|Maryam|Hanan|Souad"),
        _sp("Ahmed|Omar|Yousef|Karim|Tariq|Mahmoud|Garabed|Haig|Konstantinos|Spiros|Panagiotis|Nabil|Ghassan|Vartan"),
        _sp("al-Hassan|bin Rashid|Haddad|Khoury|Nasser|Saleh|Aziz|El-Amin|Mansour|Abboud|Kazarian|Hagopian|"
            "Papadopoulos|Georgiou|Karras|Demos|Boghossian|Abdel-Malek"),
    ),
    "african": (
        _sp("Ngozi|Adaeze|Akosua|Abena|Hodan|Fadumo|Mekdes|Wanjiru|Folasade|Chiamaka|Yetunde|Ama|Ifeoma|Ayan"),
        _sp("Chukwuemeka|Oluwaseun|Kwame|Kofi|Abdirahman|Tsegaye|Kamau|Babatunde|Emeka|Yaw|Dawit|Abdullahi"),
        _sp("Okafor|Adeyemi|Okonkwo|Eze|Mensah|Boateng|Asante|Owusu|Abdi|Warsame|Hassan|Tesfaye|Bekele|Mwangi|"
            "Otieno|Adebayo|Nwosu|Osei"),
    ),
    "europe": (
        _sp("Miriam|Esther|Ruth|Hedwig|Ingrid|Astrid|Marguerite|Thérèse|Gertrude|Solveig|Rachel|Yvette|Lucienne|Hannelore"),
        _sp("Sol|Morris|Irving|Gunther|Lars|Sven|Lucien|Réal|Aurèle|Gerhard|Nils|Bernard|Marcel|Isidore"),
        _sp("Goldberg|Rosenblum|Abramowitz|Feldman|Schneider|Hoffmann|van der Berg|ter Horst|von Arnim|Lindqvist|"
            "Johansson|Gagnon|Thibodeau|Lévesque|St. Pierre|Boucher|Ouellette|Van Buren|Fournier|Bergeron|"
            "Levasseur|Weiss"),
    ),
    "filipino": (
        _sp("Maricel|Luzviminda|Jocelyn|Erlinda|Marites|Imelda|Corazon|Rowena|Lorna|Nenita"),
        _sp("Rodrigo|Danilo|Rogelio|Bayani|Teodoro|Romeo|Efren|Arnel|Renato|Benigno"),
        _sp("Santos|dela Cruz|Bautista|Villanueva|Mendoza|Dizon|Macapagal|Ocampo|Manalo|Aquino|Salonga|"
            "Pangilinan|Dimaculangan"),
    ),
    "afam": (
        _sp("Latoya|Keisha|Shaniqua|Ebony|Tamika|Jasmine|Aaliyah|Imani|Loretta|Odessa"),
        _sp("DeShawn|Tyrone|Marquis|Darnell|Jamal|Terrence|Dwayne|Andre|Otis|Cleveland"),
        _sp("Washington|Jefferson|Jackson|Robinson|Coleman|Gaines|Pettiford|Gadsden|Ruffin|Boykin|Mabry|Staton"),
    ),
}
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_W = [3 if k in ("anglo", "words", "afam", "hispanic") else 2 for k in ORIGIN_KEYS]
ALL_SURNAMES = [s for k in ORIGIN_KEYS for s in ORIGINS[k][2]]
ALL_F = [g for k in ORIGIN_KEYS for g in ORIGINS[k][0]]
ALL_M = [g for k in ORIGIN_KEYS for g in ORIGINS[k][1]]

NICKS = {
    "f": {"Dorothy": ["Dot", "Dottie"], "Margaret": ["Peggy", "Maggie"], "Elizabeth": ["Betty", "Liz", "Bette"],
          "Catherine": ["Cathy", "Kay"], "Patricia": ["Patty", "Trish"], "Eleanor": ["Ellie", "Nell"],
          "Mildred": ["Millie"], "Virginia": ["Ginny"], "Marjorie": ["Margie"], "Bernice": ["Bunny", "Bernie"],
          "Giuseppina": ["Pina", "Josie"], "Concetta": ["Connie"], "Antonietta": ["Toni"], "Francesca": ["Frannie"],
          "Kathleen": ["Kathy", "Kay"], "Jadwiga": ["Jadzia", "Hedy"], "Stanisława": ["Stasia"],
          "Altagracia": ["Tata"], "Guadalupe": ["Lupe"], "Dolores": ["Lola"], "Mercedes": ["Mercy"],
          "Consuelo": ["Chelo"], "Corazon": ["Cora"], "Luzviminda": ["Luz"], "Gertrude": ["Trudy", "Gert"],
          "Esther": ["Essie"], "Marie-Claire": ["Mimi"], "Teresa": ["Tess"], "Lyudmila": ["Lyuda"]},
    "m": {"Robert": ["Bobby", "Bob"], "William": ["Bill", "Billy"], "Richard": ["Dick", "Rich"],
          "James": ["Jim", "Jimmy"], "Joseph": ["Joe", "Joey"], "Theodore": ["Teddy", "Ted"],
          "Francis": ["Frank", "Frankie"], "Giuseppe": ["Joe", "Pino"], "Salvatore": ["Sal"],
          "Vincenzo": ["Vinny", "Enzo"], "Domenico": ["Dom", "Nicky"], "Stanisław": ["Stan"],
          "Władysław": ["Walt"], "Kazimierz": ["Casey"], "Manuel": ["Manny"], "Ramón": ["Moncho"],
          "Jesús": ["Chuy"], "Ignacio": ["Nacho"], "Harold": ["Hal", "Harry"], "Walter": ["Walt"],
          "Eugene": ["Gene"], "Raymond": ["Ray"], "Kenneth": ["Ken", "Kenny"], "Clifford": ["Cliff"],
          "Donald": ["Don", "Donnie"], "Gerald": ["Gerry"], "Chukwuemeka": ["Emeka"], "Oluwaseun": ["Seun"],
          "Konstantinos": ["Gus", "Kostas"], "Panagiotis": ["Takis"], "Morris": ["Moe"], "Isidore": ["Izzy"],
          "Irving": ["Irv"], "Teodoro": ["Teddy"], "Benigno": ["Ninoy"]},
}

# ----------------------------------------------------------------------------------------------
# places, organisations, fillers
# ----------------------------------------------------------------------------------------------
TOWNS = [("Dracut", "MA", "01826"), ("Chelmsford", "MA", "01824"), ("Tewksbury", "MA", "01876"),
         ("Billerica", "MA", "01821"), ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"),
         ("Amesbury", "MA", "01913"), ("Lawrence", "MA", "01841"), ("Andover", "MA", "01810"),
         ("Lowell", "MA", "01852"), ("Salem", "MA", "01970"), ("Peabody", "MA", "01960"), ("Lynn", "MA", "01902"),
         ("Revere", "MA", "02151"), ("Malden", "MA", "02148"), ("Quincy", "MA", "02169"),
         ("Brockton", "MA", "02301"), ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740"),
         ("Worcester", "MA", "01604"), ("Fitchburg", "MA", "01420"), ("Leominster", "MA", "01453"),
         ("Reading", "MA", "01867"), ("Orange", "MA", "01364"), ("Athol", "MA", "01331"),
         ("Nashua", "NH", "03060"), ("Manchester", "NH", "03103"), ("Pelham", "NH", "03076"),
         ("Pawtucket", "RI", "02860"), ("Cranston", "RI", "02920"), ("Warwick", "RI", "02886"),
         ("Woonsocket", "RI", "02895"), ("Hope Valley", "RI", "02832"), ("Chicopee", "MA", "01013"),
         ("Holyoke", "MA", "01040"), ("Toledo", "OH", "43612"), ("Dayton", "OH", "45406"), ("Erie", "PA", "16504"),
         ("Scranton", "PA", "18505"), ("Utica", "NY", "13501"), ("Albany", "NY", "12203"), ("Macon", "GA", "31204"),
         ("Augusta", "GA", "30904"), ("Mobile", "AL", "36605"), ("Shreveport", "LA", "71104"),
         ("Tulsa", "OK", "74112"), ("Amarillo", "TX", "79106"), ("Pueblo", "CO", "81004"), ("Tucson", "AZ", "85711"),
         ("Fresno", "CA", "93722"), ("Modesto", "CA", "95350"), ("Spokane", "WA", "99205"), ("Boise", "ID", "83704"),
         ("Duluth", "MN", "55805"), ("Green Bay", "WI", "54301"), ("Peoria", "IL", "61604"), ("Flint", "MI", "48503"),
         ("Paris", "TX", "75460"), ("Florence", "SC", "29501"), ("Marion", "OH", "43302"),
         ("Independence", "MO", "64055"), ("Liberty", "MO", "64068"), ("Eden", "NC", "27288")]
BTOWNS = ["Lowell", "Haverhill", "Andover", "Salem", "Reading", "Peabody", "Nashua", "Worcester", "Quincy",
          "Brockton", "Pawtucket", "Methuen", "Chelmsford", "Fall River"]
STREETS = _sp("Linden|Maple|Tarbox|Bridge|Varnum|Lakeview|Mammoth|Chestnut|Walnut|School|Church|Pleasant|Prospect|"
              "Summer|Winter|Spring|High|Main|Elm|Oak|Pine|Cedar|Birch|Hawthorne|Lincoln|Washington|Jefferson|"
              "Madison|Pawtucket|Middlesex|Nesmith|Stedman|Hildreth|Broadway|Riverside|Sunset|Hillcrest|Meadow|"
              "Orchard|Laurel|Willow|Cottage|Union|Park|Franklin|Central|Myrtle|Ash|Beacon|Harbor|Canal|Mill|"
              "Cross|Dutton|Tyngsboro|Lawrence|Salem|Essex|Kenwood|Fairmount|Bayview|Shore|Aiken|Lakeshore")
STREET_SFX = ["St", "St", "Street", "Ave", "Ave", "Avenue", "Rd", "Road", "Dr", "Ln", "Ct", "Way", "Blvd", "Ter", "Pl",
              "Cir"]
FACILITIES = [
    ("Maple Grove Rehab & Nursing", "maplegrovern.org", "200 Pawtucket Blvd, Lowell MA 01854"),
    ("Cedar Ridge Skilled Nursing", "cedarridgesnf.com", "41 Forest St, Peabody MA 01960"),
    ("Merrimack Valley Home Health", "mvhomehealth.org", "600 Chelmsford St, Lowell MA 01851"),
    ("Harborview Hospice", "harborviewhospice.org", "12 Harbor Loop, Gloucester MA 01930"),
    ("Sunrise VNA", "sunrisevna.org", "85 Main St, Andover MA 01810"),
    ("St. Brigid's Care Center", "stbrigidscare.org", "300 Winthrop Ave, Lawrence MA 01843"),
    ("Oakwood Assisted Living", "oakwoodal.com", "9 Oakwood Dr, Reading MA 01867"),
    ("Riverbend SNF", "riverbendsnf.com", "1200 Riverside Dr, Methuen MA 01844"),
    ("North Shore Hospice & Palliative", "nshospice.org", "75 Sylvan St, Danvers MA 01923"),
    ("Golden Age Home Care", "goldenagehc.com", "400 Amherst St, Nashua NH 03063"),
    ("Pioneer Valley VNA", "pvvna.org", "140 Main St, Northampton MA 01060"),
    ("Beacon Senior Living", "beaconseniorliving.com", "55 Beacon St, Worcester MA 01608"),
]
HOSPITALS = ["Lowell General", "Lahey", "Beth Israel", "Mass General", "Holy Family", "Anna Jaques", "Salem Hospital",
             "Tufts MC", "Baystate", "UMass Memorial", "St. Elizabeth's", "Good Samaritan", "Mercy Medical Center",
             "Southern NH Medical Center", "Brigham", "Melrose-Wakefield", "Winchester Hospital"]
HOSP_DOM = ["lowellgeneral.org", "lahey.org", "mercymed.org", "goodsam-health.org", "umassmemorial.org",
            "baystatehealth.org", "snhmc.org"]
PHARMS = ["Keystone LTC Pharmacy", "Bayside Rx", "PharMerica", "Omnicare", "Guardian Pharmacy", "Apex Infusion",
          "Northeast Hospice Pharmacy"]
EHRS = ["PointClickCare", "MatrixCare", "HCHB", "WellSky", "Axxess", "Netsmart", "KanTime", "Epic"]
VENDORS = ["Medline", "McKesson", "Sysco", "Direct Supply", "Cintas", "Aramark", "Stericycle", "Otis Elevator",
           "Staples Business", "Ecolab", "Hill-Rom", "Arjo"]
DME = ["Apria", "Lincare", "AdaptHealth", "Rotech"]
CONSULTS = ["Pathway Health", "Zimmet Healthcare", "Proactive LTC Consulting", "BKD advisors"]
DONORS = ["Whitcomb Family", "Garland", "Abbott-Wheeler", "Saunders", "Merrimack Savings"]
PAYERS = ["BCBS MA", "Aetna", "UnitedHealthcare", "Humana MA", "Tufts Health Plan", "Harvard Pilgrim", "Wellcare",
          "Cigna", "Senior Whole Health", "Commonwealth Care Alliance", "MassHealth", "Medicare A"]
UNITS = ["2 West", "3 East", "Memory Care", "Rehab", "LTC 1", "the Birch unit", "Maple wing", "LTC North",
         "Short Stay", "Unit B", "2 North", "the Garden unit"]
TITLES = ["CEO", "CFO", "COO", "CNO", "Administrator", "DON", "VP Clinical Ops", "Executive Director",
          "Chief Compliance Officer", "VP of Finance"]
HOLIDAYS = ["Thanksgiving", "Christmas Day", "New Year's Day", "Memorial Day", "July 4th", "Labor Day"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
DOWS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DRUGS = ["furosemide 40 mg PO daily", "metoprolol tartrate 25 mg BID", "morphine 20 mg/mL 0.25 mL SL q2h PRN",
         "lorazepam 0.5 mg SL q4h PRN", "haloperidol 0.5 mg PO q6h PRN", "apixaban 5 mg BID",
         "insulin glargine 18 units qHS", "donepezil 10 mg qHS", "sertraline 50 mg daily", "senna 8.6 mg 2 tabs qHS",
         "acetaminophen 650 mg q6h PRN", "oxycodone 5 mg q4h PRN", "levothyroxine 75 mcg daily",
         "tamsulosin 0.4 mg daily", "atropine 1% 2 gtts SL q4h PRN", "scopolamine 1.5 mg patch q72h"]
ICDS = ["F03.90", "G30.9", "I50.9", "J44.1", "Z51.5", "C34.90", "N18.4", "I63.9", "S72.001A", "L89.154", "E11.9"]
CPTS = ["99349", "99350", "99497", "97161", "G0180", "G0299", "G0151", "99306", "99309"]
HCPCS = ["G0299", "G0300", "T1019", "Q5002", "G0151", "G0155", "Q5004"]
EMOJI = [":thumbsup:", ":pray:", ":white_check_mark:", ":eyes:", ":rotating_light:", ":heart:", ":sweat_smile:",
         ":warning:", ":car:", ":tada:", ":+1:", ":slightly_frowning_face:", ":clipboard:", ":pill:"]
PERSONAL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com",
                    "hotmail.com", "icloud.com", "outlook.com", "att.net", "charter.net", "msn.com"]
AREA = ["978", "617", "508", "781", "413", "603", "401", "860", "207", "802", "212", "315", "518", "716", "215",
        "412", "570", "614", "216", "419", "313", "616", "312", "217", "414", "612", "314", "816", "405", "214",
        "713", "210", "602", "520", "303", "719", "801", "208", "509", "503", "559", "209", "702", "404", "478",
        "706", "305", "813", "251", "318", "504", "901", "615", "502", "317", "330", "937", "339", "351", "774"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def D(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")

def slug(s):
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(s).lower())

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

def ordinal(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

def spaced(s):
    return " ".join(c for c in s if c.isdigit())

def spelled(r, s):
    out = []
    for c in s:
        if c.isdigit():
            out.append("oh" if c == "0" and r.random() < 0.4 else DIGW[int(c)])
        elif c in "-. ":
            if out and not out[-1].endswith(","):
                out[-1] += ","
    return " ".join(out).rstrip(",")

def num_words(n):
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if n < 100:
        return "ninety" + ("-" + ones[n - 90] if n > 90 else "")
    rest = n - 100
    return "one hundred" + ((" and " + ones[rest]) if rest else "")

def P(value, typ):
    return [["P", value, typ]]

def Fs(text):
    return [["F", text, None]]

# ----------------------------------------------------------------------------------------------
# persons
# ----------------------------------------------------------------------------------------------
PHI_ROLES = ["pt", "pt2", "pt3", "ptw", "ptn", "rel", "rel2", "vis", "emp"]
STAFF_ROLES = ["st", "st2", "st3", "ex", "ex2", "md", "vc"]
REL_WORDS = {"f": ["daughter", "daughter", "wife", "niece", "granddaughter", "sister", "daughter-in-law"],
             "m": ["son", "son", "husband", "nephew", "grandson", "brother", "son-in-law"]}
REL_NEUTRAL = ["HCP", "POA", "health care proxy", "guardian", "emergency contact"]


class Person:
    def __init__(self, ctx, role):
        r = ctx.r
        self.role = role
        self.phi = role in PHI_ROLES
        self.g = r.choice("fm")
        origin = r.choices(ORIGIN_KEYS, ORIGIN_W)[0]
        if role == "ptw":
            origin = "words"
        fem, mal, sur = ORIGINS[origin]
        if role == "ptn":
            self.given = r.choice(sorted(NICKS[self.g]))
            self.nick = r.choice(NICKS[self.g][self.given])
        else:
            self.given = r.choice(fem if self.g == "f" else mal)
            self.nick = NICKS[self.g].get(self.given, [self.given])[0]
        if role == "ptw":
            self.surname = r.choice(sur) if r.random() < 0.5 else r.choice(ALL_SURNAMES)
        else:
            self.surname = r.choice(sur) if r.random() < 0.7 else r.choice(ALL_SURNAMES)
        if role in ("rel", "rel2") and r.random() < 0.55:
            self.surname = ctx.person("pt").surname
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        self.relword = r.choice(REL_WORDS[self.g]) if r.random() < 0.75 else r.choice(REL_NEUTRAL)
        self.title = r.choice(TITLES)

    def form(self, ctx, attr):
        r = ctx.r
        g, s = self.given, self.surname
        if attr in (None, "any"):
            attr = r.choices(["full", "fm", "inv", "init"], [60, 12, 20, 8])[0]
        if attr == "full":
            return "%s %s" % (g, s)
        if attr == "fm":
            return "%s %s. %s" % (g, self.mi, s)
        if attr == "first":
            return g
        if attr == "last":
            return s
        if attr == "init":
            return "%s. %s" % (g[0], s)
        if attr == "nick":
            return self.nick
        if attr == "inv":
            k = r.randrange(5)
            if k == 0:
                return "%s, %s %s" % (s.upper(), g.upper(), self.mi)
            if k == 1:
                return "%s, %s" % (s, g)
            if k == 2:
                return "%s, %s %s." % (s, g, self.mi)
            if k == 3:
                return "%s,%s" % (s.upper(), g.upper())
            return "%s, %s" % (s.upper(), g.upper())
        if attr == "lf":
            return "%s, %s" % (s, g)
        if attr == "hl7":
            return "%s^%s^%s" % (ascii_fold(s).upper(), ascii_fold(g).upper(), self.mi)
        raise KeyError(attr)


GENDERED = {
    "Mrs": {"f": ["Mrs.", "Mrs.", "Ms."], "m": ["Mr."]},
    "she": {"f": ["she"], "m": ["he"]},
    "She": {"f": ["She"], "m": ["He"]},
    "her": {"f": ["her"], "m": ["his"]},
    "him": {"f": ["her"], "m": ["him"]},
    "mom": {"f": ["mother", "mom"], "m": ["father", "dad"]},
    "Mom": {"f": ["Mom", "Mother"], "m": ["Dad", "Father"]},
}

# ----------------------------------------------------------------------------------------------
# value generators (PHI)
# ----------------------------------------------------------------------------------------------
def pick_style(r, style, table):
    if style:
        return style
    names = [t[0] for t in table]
    weights = [t[1] for t in table]
    return r.choices(names, weights)[0]

def evasive(ctx, *tags):
    for t in ("evasion",) + tags:
        if t not in ctx.tags:
            ctx.tags.append(t)

def digits_fmt(ctx, raw, style, groups, seps=("-", " ", ".")):
    """Format a digit string in common and obfuscated ways; groups is a list of group lengths."""
    r = ctx.r
    parts, i = [], 0
    for g in groups:
        parts.append(raw[i:i + g]); i += g
    if style == "dash":
        return "-".join(parts)
    if style == "space":
        return " ".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "plain":
        return raw
    if style == "nosep":
        evasive(ctx)
        return raw
    if style == "mixed":
        evasive(ctx)
        out = parts[0]
        for p in parts[1:]:
            out += r.choice([".", "-", " ", "/"]) + p
        return out
    if style == "spaced":
        evasive(ctx)
        return spaced(raw)
    if style == "fullwidth":
        evasive(ctx, "fullwidth")
        return "-".join(parts).translate(FW)
    if style == "zw":
        evasive(ctx, "zero-width")
        return "\u200b".join(parts)
    if style == "nbsp":
        evasive(ctx, "zero-width")
        return "\u00a0".join(parts)
    if style == "spelled":
        evasive(ctx)
        return spelled(r, "-".join(parts))
    raise KeyError(style)

def g_phone(ctx, style=None):
    r = ctx.r
    a = r.choice(AREA)
    e = str(r.randint(2, 9)) + D(r, 2)
    if e[1:] == "11":
        e = e[0] + "21"
    l = D(r, 4)
    raw = a + e + l
    st = pick_style(r, style, [("paren", 20), ("dash", 30), ("dot", 10), ("space", 5), ("plain", 5), ("plus1", 6),
                               ("one", 4), ("ext", 6), ("spaced", 3), ("mixed", 3), ("fullwidth", 2), ("zw", 2),
                               ("nbsp", 1), ("spelled", 2), ("parenx", 1)])
    if st == "paren":
        v = "(%s) %s-%s" % (a, e, l)
    elif st == "parenx":
        v = "(%s)%s-%s" % (a, e, l)
    elif st == "plus1":
        v = r.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1%s%s%s", "+1 %s %s %s"]) % (a, e, l)
    elif st == "one":
        v = "1-%s-%s-%s" % (a, e, l)
    elif st == "ext":
        v = "%s-%s-%s %s%s" % (a, e, l, r.choice(["ext. ", "ext ", "x", "x ", "EXT "]), D(r, r.choice([2, 3, 4])))
    else:
        v = digits_fmt(ctx, raw, st, [3, 3, 4])
    return P(v, "PHONE")

def person_email(ctx, person, style=None):
    r = ctx.r
    g, s = slug(person.given), slug(person.surname)
    k = r.randrange(8)
    yy = r.choice(["", D(r, 2), str(r.randint(1950, 1999)), str(r.randint(1, 9))])
    local = [g + "." + s, g[0] + s + yy, s + g[0], g + s + yy, g + "_" + s, slug(person.nick) + yy or g,
             g[0] + "." + s, s + "." + g][k]
    dom = r.choice(PERSONAL_DOMAINS)
    st = pick_style(r, style, [("plain", 85), ("obf", 10), ("obf2", 5)])
    if st == "obf":
        evasive(ctx)
        name, tld = dom.rsplit(".", 1)
        return P("%s [at] %s [dot] %s" % (local, name, tld), "EMAIL")
    if st == "obf2":
        evasive(ctx)
        name, tld = dom.rsplit(".", 1)
        return P(r.choice(["%s at %s dot %s", "%s(at)%s.%s", "%s @ %s . %s"]) % (local, name, tld), "EMAIL")
    return P("%s@%s" % (local, dom), "EMAIL")

def business_email(ctx, person):
    r = ctx.r
    dom = ctx.fac[1] if r.random() < 0.7 else r.choice(HOSP_DOM)
    g, s = slug(person.given), slug(person.surname)
    local = r.choice([g + "." + s, g[0] + s, g + s[0], s + "." + g])
    return P("%s@%s" % (local, dom), "EMAIL")

def g_ssn(ctx, style=None):
    r = ctx.r
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    raw = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
    st = pick_style(r, style, [("dash", 60), ("space", 8), ("nosep", 8), ("dot", 4), ("mixed", 5), ("spaced", 4),
                               ("fullwidth", 3), ("zw", 3), ("spelled", 2)])
    return P(digits_fmt(ctx, raw, st, [3, 2, 4]), "SSN")

def g_mrn(ctx, style=None):
    r = ctx.r
    st = pick_style(r, style, [("d8", 30), ("d7", 20), ("d10", 10), ("E", 10), ("dash", 8), ("M", 6),
                               ("spaced", 3), ("fullwidth", 2), ("zw", 2)])
    if st == "d8":
        v = "00" + D(r, 6) if r.random() < 0.4 else str(r.randint(1, 9)) + D(r, 7)
    elif st == "d7":
        v = str(r.randint(1, 9)) + D(r, 6)
    elif st == "d10":
        v = "10" + D(r, 8)
    elif st == "E":
        v = "E" + D(r, 7)
    elif st == "M":
        v = "M" + D(r, 8)
    elif st == "dash":
        v = "%s-%s-%s" % (D(r, 3), D(r, 3), D(r, 2))
    else:
        v = digits_fmt(ctx, str(r.randint(1, 9)) + D(r, 7), st, [3, 3, 2])
    return P(v, "MRN")

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def g_mbi(ctx, style=None):
    r = ctx.r
    an = MBI_L + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(MBI_L), r.choice(an), D(r, 1), r.choice(MBI_L), r.choice(an), D(r, 1),
         r.choice(MBI_L), r.choice(MBI_L), D(r, 1), D(r, 1)]
    v = "".join(c)
    st = pick_style(r, style, [("plain", 60), ("dash", 30), ("lower", 5), ("space", 5)])
    if st == "dash":
        v = "%s-%s-%s" % (v[:4], v[4:7], v[7:])
    elif st == "space":
        v = "%s %s %s" % (v[:4], v[4:7], v[7:])
    elif st == "lower":
        v = v.lower()
    return P(v, "HEALTH_PLAN_ID")

def g_medicaid(ctx, style=None):
    r = ctx.r
    k = r.randrange(4)
    if k == 0:
        v = "1000" + D(r, 8)
    elif k == 1:
        v = r.choice("ABCDEFGHJK") + r.choice("ABCDEFGHJKLMN") + D(r, 5) + r.choice("ABCDEFGHJK")
    elif k == 2:
        v = "9" + D(r, 7) + r.choice("ABCDEFG")
    else:
        v = D(r, 4) + " " + D(r, 4) + " " + D(r, 4)
    return P(v, "HEALTH_PLAN_ID")

def g_member(ctx, style=None):
    r = ctx.r
    k = r.randrange(7)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if k == 0:
        v = "".join(r.choice(L) for _ in range(3)) + D(r, 9)
    elif k == 1:
        v = "W" + D(r, 9)
    elif k == 2:
        v = D(r, 9) + "-0" + str(r.randint(1, 4))
    elif k == 3:
        v = "U" + D(r, 8) + "01"
    elif k == 4:
        v = "H" + D(r, 8)
    elif k == 5:
        v = "".join(r.choice(L) for _ in range(3)) + " " + D(r, 3) + " " + D(r, 3) + " " + D(r, 3)
    else:
        v = "ZGP" + D(r, 10)
    return P(v, "HEALTH_PLAN_ID")

def g_planid(ctx, style=None):
    return ctx.r.choice([g_mbi, g_medicaid, g_member, g_member])(ctx)

def g_har(ctx, style=None):
    r = ctx.r
    k = r.randrange(4)
    v = ["3" + D(r, 8), "10" + D(r, 8), D(r, 5) + "-" + D(r, 4), "H" + D(r, 9)][k]
    return P(v, "ACCOUNT_NUMBER")

def g_gacct(ctx, style=None):
    r = ctx.r
    v = r.choice(["G" + D(r, 7), "GA-" + D(r, 6), D(r, 8)])
    return P(v, "ACCOUNT_NUMBER")

def g_bank(ctx, style=None):
    r = ctx.r
    n = r.choice([8, 9, 10, 11, 12])
    v = str(r.randint(1, 9)) + D(r, n - 1)
    if r.random() < 0.2:
        v = "00" + v[2:]
    return P(v, "ACCOUNT_NUMBER")

def g_dl(ctx, style=None):
    r = ctx.r
    k = r.randrange(6)
    if k == 0:
        v = "S" + D(r, 8)
    elif k == 1:
        v = r.choice("ABCDEFGHJKLMNPRSTWY") + D(r, 7)
    elif k == 2:
        v = "%s %s %s" % (D(r, 3), D(r, 3), D(r, 3))
    elif k == 3:
        v = "%s-%s-%s-%s-%s" % (r.choice("ABCDLMSW") + D(r, 3), D(r, 3), D(r, 2), D(r, 3), D(r, 1))
    elif k == 4:
        v = "%s %s %s" % (D(r, 2), D(r, 3), D(r, 3))
    else:
        v = "NHL" + D(r, 8)
    return P(v, "LICENSE_NUMBER")

def g_dea(ctx, style=None):
    r = ctx.r
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    v = r.choice("ABFGM") + r.choice("ABCDEFGHJKLMNPRSTW") + "".join(map(str, d)) + str(chk)
    return P(v, "LICENSE_NUMBER")

def g_lic(ctx, style=None):
    r = ctx.r
    k = r.randrange(6)
    v = ["RN" + D(r, 7), "RN-" + D(r, 7), "LPN" + D(r, 6), "PT" + D(r, 6), str(r.randint(1, 9)) + D(r, 5),
         "%s.%s" % (D(r, 4), D(r, 6))][k]
    return P(v, "LICENSE_NUMBER")

VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def g_vin(ctx, style=None):
    r = ctx.r
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = r.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JHM", "KMH", "1G1", "4T1", "JTD", "WBA", "1C4", "2HG", "5FN"])
    body = wmi + "".join(r.choice(al) for _ in range(5)) + "0" + r.choice("KLMNPRS") + r.choice(al) + D(r, 6)
    total = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(body, VIN_W))
    chk = total % 11
    v = body[:8] + ("X" if chk == 10 else str(chk)) + body[9:]
    return P(v, "VEHICLE_ID")

def g_plate(ctx, style=None):
    r = ctx.r
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = r.randrange(6)
    if k == 0:
        v = str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + D(r, 3)
    elif k == 1:
        v = "".join(r.choice(L) for _ in range(3)) + "-" + D(r, 4)
    elif k == 2:
        v = str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(2)) + r.choice(["", " "]) + D(r, 2)
    elif k == 3:
        v = D(r, 3) + " " + "".join(r.choice(L) for _ in range(2)) + D(r, 1)
    elif k == 4:
        v = "".join(r.choice(L) for _ in range(2)) + D(r, 5)
    else:
        v = str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + " " + D(r, 2)
    return P(v, "VEHICLE_ID")

def g_serial(ctx, style=None):
    r = ctx.r
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = r.randrange(8)
    v = [lambda: "".join(r.choice(L) for _ in range(3)) + D(r, 6) + r.choice(L),
         lambda: "NG" + D(r, 7) + "H",
         lambda: D(r, 2) + r.choice(L) + D(r, 1) + r.choice(L) + D(r, 1) + r.choice(L),
         lambda: D(r, 4) + r.choice(L) + D(r, 4),
         lambda: "ISP" + D(r, 7),
         lambda: "VKEC" + D(r, 5),
         lambda: D(r, 4) + "-" + D(r, 4),
         lambda: r.choice(L) + r.choice(L) + D(r, 8)][k]()
    return P(v, "DEVICE_ID")

def g_udi(ctx, style=None):
    r = ctx.r
    body = "0" + r.choice(["0643169", "0884521", "0381780", "0763000"]) + D(r, 5)
    w = [3 if i % 2 == 0 else 1 for i in range(13)]
    s = sum(int(c) * x for c, x in zip(reversed(body), w))
    gtin = body + str((10 - s % 10) % 10)
    exp = "%02d%02d%02d" % (r.randint(26, 29), r.randint(1, 12), r.randint(1, 28))
    lot = r.choice("ABCDEFGH") + D(r, 5)
    ser = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + D(r, 6)
    k = r.randrange(3)
    if k == 0:
        v = "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, lot, ser)
    elif k == 1:
        v = "(01)%s(21)%s" % (gtin, ser)
    else:
        v = "01%s17%s10%s" % (gtin, exp, lot)
    return P(v, "DEVICE_ID")

def person_url(ctx, person, style=None):
    r = ctx.r
    g, s = slug(person.given), slug(person.surname)
    fd = ctx.fac[1]
    k = {"page": r.choice([0, 1, 6]), "portal": r.choice([2, 3, 4]), "tele": r.choice([3, 5])}.get(style, r.randrange(7))
    v = ["https://www.caringbridge.org/visit/%s%s" % (g, s),
         "https://www.caringbridge.org/site/%s-%s" % (g, s),
         "https://portal.%s/patients/%s" % (fd, D(r, 6)),
         "https://mychart.%s/MyChart/Visit?csn=%s" % (r.choice(HOSP_DOM), D(r, 9)),
         "https://%s/family/updates?resident=%s%s" % (fd, g[0], s),
         "https://telehealth.%s/join/%s-%s-%s" % (fd, g, s, D(r, 4)),
         "https://www.gofundme.com/f/help-%s-%s-with-hospice-care" % (g, s)][k]
    return P(v, "URL")

def g_ip(ctx, style=None):
    r = ctx.r
    k = r.randrange(6)
    if k == 0:
        v = "10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 254), r.randint(2, 254))
    elif k == 1:
        v = "192.168.%d.%d" % (r.randint(0, 10), r.randint(2, 254))
    elif k == 2:
        v = "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 254))
    elif k in (3, 4):
        v = "%d.%d.%d.%d" % (r.choice([24, 50, 66, 71, 73, 98, 108, 173]), r.randint(0, 254), r.randint(0, 254),
                             r.randint(2, 254))
    else:
        v = "2601:%x:%x:%x::%x" % (r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), r.randint(0x10, 0xfff),
                                   r.randint(1, 0xff))
    return P(v, "IP_ADDRESS")

def street_text(r):
    n = str(r.choice([r.randint(1, 99), r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999)]))
    if r.random() < 0.06:
        n += r.choice(["A", "B", "1/2"])[:1] if r.random() < 0.5 else "R"
    pre = r.choice(["", "", "", "", "", "W ", "N ", "E ", "S ", "Old ", "Upper "])
    v = "%s %s%s %s" % (n, pre, r.choice(STREETS), r.choice(STREET_SFX))
    u = r.random()
    if u < 0.12:
        v += r.choice([" Apt ", " apt ", " Unit ", " #"]) + r.choice([str(r.randint(1, 40)), str(r.randint(1, 4)) + r.choice("ABCD")])
    elif u < 0.16:
        v += ", " + r.choice(["2nd fl", "3rd floor", "Apt 2", "Unit 4B"])
    return v

def g_street(ctx, style=None):
    r = ctx.r
    if r.random() < 0.07:
        return P(r.choice(["PO Box ", "P.O. Box ", "po box "]) + str(r.randint(10, 9999)), "ADDRESS")
    return P(street_text(r), "ADDRESS")

def g_addr(ctx, style=None):
    r = ctx.r
    t, stt, z = r.choice(TOWNS)
    if r.random() < 0.2:
        z = z + "-" + D(r, 4)
    street = street_text(r) if r.random() > 0.06 else "PO Box %d" % r.randint(10, 9999)
    fmt = r.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s", "%s, %s, %s  %s", "%s\n%s, %s %s"])
    if "\n" in fmt and r.random() < 0.6:
        fmt = "%s, %s %s %s"
    return P(fmt % (street, t, stt, z), "ADDRESS")

def g_addrst(ctx, style=None):
    r = ctx.r
    t = r.choice(TOWNS)[0]
    return P("%s, %s" % (street_text(r), t), "ADDRESS")

def g_town(ctx, style=None):
    r = ctx.r
    t, stt, z = r.choice(TOWNS)
    return P(r.choice([t, t, t, "%s, %s" % (t, stt), "%s %s" % (t, stt)]), "ADDRESS")

def g_zip(ctx, style=None):
    r = ctx.r
    z = r.choice(TOWNS)[2]
    return P(z if r.random() < 0.8 else z + "-" + D(r, 4), "ADDRESS")

def g_cc(ctx, style=None):
    r = ctx.r
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        body = r.choice(["34", "37"]) + D(r, 12)
        raw = body + luhn_digit(body)
        groups = [4, 6, 5]
    else:
        pre = {"visa": "4" + D(r, 1), "mc": str(r.randint(51, 55)), "disc": "6011"}[kind]
        body = pre + D(r, 15 - len(pre))
        raw = body + luhn_digit(body)
        groups = [4, 4, 4, 4]
    st = pick_style(r, style, [("space", 45), ("dash", 30), ("plain", 15), ("zw", 4), ("spaced", 3), ("fullwidth", 3)])
    return P(digits_fmt(ctx, raw, st, groups), "CREDIT_CARD")

def rand_date(r, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))

DOB_STYLES = [("mm/dd/yyyy", 25), ("m/d/yyyy", 18), ("m/d/yy", 8), ("yyyy-mm-dd", 6), ("Month d, yyyy", 8),
              ("d-Mon-yyyy", 5), ("mmddyyyy", 3), ("Mon d yyyy", 4), ("m-d-yyyy", 4), ("d Month yyyy", 3),
              ("m.d.yy", 3), ("mm-dd-yy", 3), ("Mon dth, yyyy", 3), ("mm.dd.yyyy", 2)]
EVT_STYLES = [("m/d", 30), ("mm/dd", 6), ("m/d/yy", 10), ("mm/dd/yyyy", 10), ("Mon d", 8), ("Mon dth", 5),
              ("Month d", 6), ("Month dth", 4), ("yyyy-mm-dd", 4), ("d-Mon", 2), ("m-d", 3), ("m/d/yyyy", 8),
              ("d-Mon-yyyy", 2)]
MD_STYLES = [("m/d", 40), ("Month d", 20), ("Mon dth", 15), ("Month dth", 15), ("mm/dd", 10)]

def fmt_date(r, dt, style):
    y, m, d = dt.year, dt.month, dt.day
    return {
        "mm/dd/yyyy": "%02d/%02d/%04d" % (m, d, y), "m/d/yyyy": "%d/%d/%04d" % (m, d, y),
        "m/d/yy": "%d/%d/%02d" % (m, d, y % 100), "yyyy-mm-dd": "%04d-%02d-%02d" % (y, m, d),
        "Month d, yyyy": "%s %d, %d" % (MONTHS[m - 1], d, y), "d-Mon-yyyy": "%d-%s-%d" % (d, MON[m - 1], y),
        "mmddyyyy": "%02d%02d%04d" % (m, d, y), "Mon d yyyy": "%s %d %d" % (MON[m - 1], d, y),
        "m-d-yyyy": "%d-%d-%d" % (m, d, y), "d Month yyyy": "%d %s %d" % (d, MONTHS[m - 1], y),
        "m.d.yy": "%d.%d.%02d" % (m, d, y % 100), "mm-dd-yy": "%02d-%02d-%02d" % (m, d, y % 100),
        "Mon dth, yyyy": "%s %s, %d" % (MON[m - 1], ordinal(d), y), "mm.dd.yyyy": "%02d.%02d.%d" % (m, d, y),
        "m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "Mon d": "%s %d" % (MON[m - 1], d),
        "Mon dth": "%s %s" % (MON[m - 1], ordinal(d)), "Month d": "%s %d" % (MONTHS[m - 1], d),
        "Month dth": "%s %s" % (MONTHS[m - 1], ordinal(d)), "d-Mon": "%d-%s" % (d, MON[m - 1]),
        "m-d": "%d-%d" % (m, d), "yyyymmdd": "%04d%02d%02d" % (y, m, d),
    }[style]

def g_dob(ctx, style=None):
    r = ctx.r
    if ctx.byear is None:
        ctx.byear = r.randint(1924, 1962)
    dt = rand_date(r, ctx.byear, ctx.byear)
    return P(fmt_date(r, dt, pick_style(r, style, DOB_STYLES)), "DATE")

def g_dob_md(ctx, style=None):
    r = ctx.r
    dt = rand_date(r, 2001, 2001)
    return P(fmt_date(r, dt, pick_style(r, style, MD_STYLES)), "DATE")

def g_evt(ctx, style=None):
    r = ctx.r
    dt = rand_date(r, 2025, 2026)
    return P(fmt_date(r, dt, pick_style(r, style, EVT_STYLES)), "DATE")

def g_hl7dob(ctx, style=None):
    if ctx.byear is None:
        ctx.byear = ctx.r.randint(1924, 1960)
    return P(fmt_date(ctx.r, rand_date(ctx.r, ctx.byear, ctx.byear), "yyyymmdd"), "DATE")

def g_age(ctx, style=None):
    r = ctx.r
    if ctx.age is None:
        ctx.age = r.choice([90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104])
    st = pick_style(r, style, [("digits", 88), ("words", 12)])
    if st == "words":
        evasive(ctx)
        return P(num_words(ctx.age), "AGE")
    return P(str(ctx.age), "AGE")

# ----------------------------------------------------------------------------------------------
# filler generators (never PHI)
# ----------------------------------------------------------------------------------------------
def f_mdate(ctx, style=None):
    r = ctx.r
    dt = rand_date(r, 2025, 2026)
    k = r.randrange(7)
    if k == 0:
        return "%s %d/%d" % (DOWS[dt.weekday()][:3], dt.month, dt.day)
    if k == 1:
        return "%s %d" % (MONTHS[dt.month - 1], dt.day)
    if k == 2:
        return "%s %s" % (MON[dt.month - 1], ordinal(dt.day))
    if k == 3:
        return "%s, %s %d" % (DOWS[dt.weekday()], MONTHS[dt.month - 1], dt.day)
    return "%d/%d" % (dt.month, dt.day)

def f_time(ctx, style=None):
    r = ctx.r
    h = r.randint(7, 17)
    return r.choice(["%d:%02d" % ((h - 1) % 12 + 1, r.choice([0, 15, 30, 45])), "%d%s" % ((h - 1) % 12 + 1, "am" if h < 12 else "pm"),
                     "%02d00" % h, "%d:%02d %s" % ((h - 1) % 12 + 1, r.choice([0, 30]), "AM" if h < 12 else "PM"),
                     "noon" if h == 12 else "%d pm" % ((h - 1) % 12 + 1) if h > 12 else "%d am" % h])

def f_ticket(ctx, style=None):
    r = ctx.r
    return r.choice(["INC00" + D(r, 5), "RITM00" + D(r, 5), "DEL-" + D(r, 4), "CS-" + D(r, 5), "TKT-" + D(r, 5),
                     "REQ" + D(r, 6), "CHG00" + D(r, 5)])

FILL = {
    "unit": lambda c, s: c.r.choice(UNITS),
    "room": lambda c, s: c.r.choice(["room ", "rm ", "Rm ", "room "]) + f_roomnum(c, s),
    "roomnum": lambda c, s: f_roomnum(c, s),
    "dow": lambda c, s: c.r.choice(DOWS[:5] + DOWS),
    "month": lambda c, s: c.r.choice(MONTHS),
    "holiday": lambda c, s: c.r.choice(HOLIDAYS),
    "mdate": f_mdate,
    "time": f_time,
    "ext": lambda c, s: str(c.r.randint(2, 7)) + D(c.r, 3),
    "ticket": f_ticket,
    "jira": lambda c, s: c.r.choice(["OPS", "CLIN", "IT", "REV"]) + "-" + str(c.r.randint(100, 2999)),
    "delno": lambda c, s: D(c.r, 4),
    "order": lambda c, s: c.r.choice(["SO-", "#", "ORD"]) + D(c.r, 7),
    "po": lambda c, s: c.r.choice(["PO 45-" + D(c.r, 5), "PO# 45000" + D(c.r, 5), "PO-2026-" + D(c.r, 4)]),
    "invoice": lambda c, s: c.r.choice(["INV-" + D(c.r, 6), "#" + D(c.r, 7), "INV" + D(c.r, 5)]),
    "amount": lambda c, s: c.r.choice(["$%d,%03d.%02d" % (c.r.randint(1, 98), c.r.randint(0, 999), c.r.randint(0, 99)),
                                       "$%dk" % c.r.randint(12, 480), "$%d.%dM" % (c.r.randint(1, 4), c.r.randint(1, 9)),
                                       "$%d" % c.r.randint(40, 990)]),
    "version": lambda c, s: c.r.choice(["v", "v", "", "version "]) + "%d.%d.%d" % (c.r.randint(3, 24), c.r.randint(0, 15), c.r.randint(0, 9)),
    "build": lambda c, s: "%d.%d.%d.%d" % (c.r.choice([2024, 2025, 2026]), c.r.randint(1, 12), c.r.randint(0, 4), c.r.randint(1, 30)),
    "ver": lambda c, s: "%d.%d.%d" % (c.r.randint(3, 9), c.r.randint(0, 12), c.r.randint(0, 9)),
    "verN": lambda c, s: str(c.r.randint(2, 9)),
    "npi": lambda c, s: f_npi(c),
    "cpt": lambda c, s: c.r.choice(CPTS),
    "hcpcs": lambda c, s: c.r.choice(HCPCS),
    "icd": lambda c, s: c.r.choice(ICDS),
    "drug": lambda c, s: c.r.choice(DRUGS),
    "fy": lambda c, s: c.r.choice(["FY2026", "FY2027", "FY26", "FY27"]),
    "qtr": lambda c, s: c.r.choice(["Q1", "Q2", "Q3", "Q4"]) + c.r.choice(["", "", " FY26", " 2025"]),
    "planyear": lambda c, s: c.r.choice(["2026 plan year", "2027 plan year", "PY2026"]),
    "count": lambda c, s: str(c.r.randint(3, 48)),
    "bigcount": lambda c, s: str(c.r.randint(180, 860)),
    "pct": lambda c, s: "%d.%d%%" % (c.r.randint(60, 98), c.r.randint(0, 9)) if c.r.random() < 0.5 else "%d%%" % c.r.randint(60, 98),
    "kamt": lambda c, s: "$%dk" % c.r.randint(205, 640),
    "payrollamt": lambda c, s: "$%d,%03d,%03d.%02d" % (c.r.randint(1, 3), c.r.randint(0, 999), c.r.randint(0, 999), c.r.randint(0, 99)),
    "smallamt": lambda c, s: "$%d.%02d" % (c.r.randint(15, 2400), c.r.randint(0, 99)),
    "smallpct": lambda c, s: "%d%%" % c.r.randint(2, 12) if c.r.random() < 0.6 else "%d.%d%%" % (c.r.randint(2, 9), c.r.randint(1, 9)),
    "ratemo": lambda c, s: "$%d,%03d" % (c.r.randint(9, 17), c.r.choice(range(0, 1000, 50))),
    "perdiem": lambda c, s: "$%d.%02d" % (c.r.randint(228, 335), c.r.randint(0, 99)),
    "dec": lambda c, s: "%d.%d" % (c.r.randint(3, 6), c.r.randint(0, 9)),
    "agey": lambda c, s: str(c.r.randint(62, 89)),
    "asset": lambda c, s: c.r.choice(["BIO-", "FA-", "AT"]) + D(c.r, 5),
    "groupno": lambda c, s: D(c.r, 6) + "-" + D(c.r, 3),
    "ccexp": lambda c, s: "%02d/%02d" % (c.r.randint(1, 12), c.r.randint(26, 30)),
    "expdate": lambda c, s: fmt_date(c.r, rand_date(c.r, 2026, 2027), c.r.choice(["m/d/yyyy", "mm/dd/yyyy", "Month d, yyyy"])),
    "routing": lambda c, s: f_routing(c),
    "empno": lambda c, s: "E" + D(c.r, 5),
    "payer": lambda c, s: c.r.choice(PAYERS),
    "hosp": lambda c, s: c.r.choice(HOSPITALS),
    "pharm": lambda c, s: c.r.choice(PHARMS),
    "ehr": lambda c, s: c.r.choice(EHRS),
    "vend": lambda c, s: c.r.choice(VENDORS),
    "dme": lambda c, s: c.r.choice(DME),
    "consult": lambda c, s: c.r.choice(CONSULTS),
    "donor": lambda c, s: c.r.choice(DONORS),
    "fac": lambda c, s: c.fac[0],
    "facdom": lambda c, s: c.fac[1],
    "fac_addr": lambda c, s: c.fac[2],
    "btown": lambda c, s: c.r.choice(BTOWNS),
    "zoomid": lambda c, s: "8" + D(c.r, 10),
    "emo": lambda c, s: c.r.choice(EMOJI),
    "funeral": lambda c, s: c.r.choice(["Dolan Funeral Home", "McDonough Funeral Home", "Riverside Chapels",
                                        "Saggese Funeral Home", "Kerrigan Funeral Home"]),
}

def f_roomnum(c, s):
    r = c.r
    return r.choice(["%d%s" % (r.randint(101, 330), r.choice("AB")), str(r.randint(101, 330)), "%d%s" % (r.randint(1, 4), r.choice("ABCD")),
                     "%d-%d" % (r.randint(101, 330), r.randint(1, 2))])

def f_npi(c):
    body = str(c.r.randint(1, 2)) + D(c.r, 8)
    return body + luhn_digit("80840" + body)

def f_routing(c):
    r = c.r
    while True:
        d = [int(x) for x in r.choice(["01", "02", "21", "22", "03"]) + D(r, 6)]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))

def mention(r):
    return "<@U%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([8, 9, 10])))

LABELS = {
    "dob": ["DOB", "DOB", "DOB:", "dob", "dob:", "D.O.B.", "d.o.b", "birthdate", "date of birth", "born", "bday",
            "brithdate", "DOB -", "dob is", "DoB"],
    "mrn": ["MRN", "MRN", "MRN:", "MRN#", "mrn", "med rec #", "MR#", "chart #", "Chart#", "medical record no.", "mrn #",
            "M.R.N.", "mrm"],
    "ssn": ["SSN", "SSN", "SSN:", "ss#", "soc sec", "social", "SS #", "ssn", "SNN", "social security #", "SS no."],
    "phone": ["ph", "phone", "cell", "cell:", "tel", "mobile", "#", "phne", "home #", "c:", "Phone:", "number is"],
    "member": ["Member ID", "member id:", "mbr id", "Subscriber ID", "sub id#", "policy #", "ID#", "memebr id",
               "Ins ID", "member #"],
    "mbi": ["MBI", "MBI:", "Medicare #", "Medicare ID", "mbi", "medicare no.", "MBI#"],
    "medicaid": ["Medicaid ID", "MassHealth ID", "medicaid #", "MCD#", "Medicaid no", "mcaid id"],
    "acct": ["Acct #", "acct", "HAR", "account #", "pt acct", "acct no.", "accnt", "Hosp acct"],
    "addr": ["Address:", "addr", "lives at", "home:", "Addr.", "adress", "home address"],
    "email": ["email", "e-mail:", "email:", "eml", "emial", "E-mail"],
}

# ----------------------------------------------------------------------------------------------
# context & rendering
# ----------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, tpl):
        self.r = r
        self.tags = []
        self.people = {}
        self.memo = {}
        self.age = None
        self.byear = None
        self.fac = r.choice(FACILITIES)
        self.bot = "<@U0%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
        if "{age" in tpl:
            self.age = r.choice([90, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 97, 97, 98, 99, 100, 101, 102, 103])
            self.byear = 2025 - self.age - r.randint(0, 1)

    def person(self, role):
        if role not in self.people:
            self.people[role] = Person(self, role)
        return self.people[role]

PHI_GEN = {
    "phone": g_phone, "ssn": g_ssn, "mrn": g_mrn, "mbi": g_mbi, "medicaid": g_medicaid, "member": g_member,
    "planid": g_planid, "har": g_har, "gacct": g_gacct, "bank": g_bank, "dl": g_dl, "dea": g_dea, "lic": g_lic,
    "vin": g_vin, "plate": g_plate, "serial": g_serial, "udi": g_udi, "ip": g_ip, "street": g_street,
    "addr": g_addr, "addrst": g_addrst, "town": g_town, "zip": g_zip, "cc": g_cc, "dob": g_dob, "dob_md": g_dob_md,
    "vdate": g_evt, "adate": g_evt, "ddate": g_evt, "death": g_evt, "fall": g_evt, "hl7dob": g_hl7dob, "age": g_age,
    "email": lambda c, s: person_email(c, Person(c, "vis"), s),
    "bemail": lambda c, s: business_email(c, Person(c, "st")),
    "url": lambda c, s: person_url(c, Person(c, "pt3"), s),
}

def resolve(ctx, name):
    memo = None
    if "#" in name:
        name, memo = name.split("#", 1)
        if memo in ctx.memo:
            return [list(x) for x in ctx.memo[memo]]
    style = None
    if "!" in name:
        name, style = name.split("!", 1)
    segs = resolve_inner(ctx, name, style)
    if memo is not None:
        ctx.memo[memo] = [list(x) for x in segs]
    return segs

def resolve_inner(ctx, name, style):
    r = ctx.r
    if name == "@":
        return [["K", mention(r), None]]
    if name == "bot":
        return [["K", ctx.bot, None]]
    if name.startswith("L."):
        return [["T", r.choice(LABELS[name[2:]]), None]]
    role, _, attr = name.partition(".")
    if role in PHI_ROLES or role in STAFF_ROLES:
        p = ctx.person(role)
        attr = attr or "any"
        if attr in GENDERED:
            return Fs(r.choice(GENDERED[attr][p.g]))
        if attr == "rel":
            return Fs(p.relword)
        if attr == "title":
            return Fs(p.title)
        if attr == "email":
            return person_email(ctx, p, style) if p.phi else business_email(ctx, p)
        if attr == "url":
            return person_url(ctx, p, style)
        text = p.form(ctx, attr)
        return P(text, "NAME") if p.phi else Fs(text)
    base = name.rstrip("0123456789") if name not in PHI_GEN and name not in FILL else name
    if base in PHI_GEN:
        return PHI_GEN[base](ctx, style)
    if base in FILL:
        return Fs(FILL[base](ctx, style))
    raise KeyError("unknown placeholder %r" % name)

def find_close(t, i):
    depth = 0
    for j in range(i, len(t)):
        if t[j] == "«":
            depth += 1
        elif t[j] == "»":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced « in %r" % t)

def split_top(body):
    opts, depth, cur = [], 0, []
    for ch in body:
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
        if ch == "¦" and depth == 0:
            opts.append("".join(cur)); cur = []
        else:
            cur.append(ch)
    opts.append("".join(cur))
    return opts

def render(tpl, ctx):
    segs, buf, i = [], [], 0
    def flush():
        if buf:
            segs.append(["T", "".join(buf), None]); buf.clear()
    while i < len(tpl):
        c = tpl[i]
        if c == "«":
            j = find_close(tpl, i)
            flush()
            segs.extend(render(ctx.r.choice(split_top(tpl[i + 1:j])), ctx))
            i = j + 1
        elif c == "{":
            j = tpl.index("}", i)
            flush()
            segs.extend(resolve(ctx, tpl[i + 1:j]))
            i = j + 1
        else:
            buf.append(c); i += 1
    flush()
    return segs

# ----------------------------------------------------------------------------------------------
# transforms
# ----------------------------------------------------------------------------------------------
PROTECT = re.compile(r"<[^<>\s]*(?:\|[^<>]*)?>|:[a-z0-9_+\-]+:|`[^`]*`|https?://[^\s|>]+")

def map_unprotected(text, fn):
    out, last = [], 0
    for m in PROTECT.finditer(text):
        out.append(fn(text[last:m.start()])); out.append(m.group()); last = m.end()
    out.append(fn(text[last:]))
    return "".join(out)

ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
def neighbours(ch):
    lo = ch.lower()
    for ri, row in enumerate(ROWS):
        if lo in row:
            i = row.index(lo)
            cand = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            return cand
    return [lo]

def slip(r, w):
    i = r.randrange(1, len(w) - 1)
    k = r.randrange(4)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:] if w[i] != w[i + 1] else w[:i] + w[i + 1:]
    if k == 1:
        n = r.choice(neighbours(w[i]))
        n = n.upper() if w[i].isupper() else n
        return w[:i] + n + w[i + 1:]
    if k == 2:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]

WORD_RE = re.compile(r"(?<![\w@/.:<|`'\-])[A-Za-z]{4,}(?![\w@/.:>|`'\-])")

def apply_typo(r, segs):
    cands = []
    for si, s in enumerate(segs):
        if s[0] != "T":
            continue
        prot = [(m.start(), m.end()) for m in PROTECT.finditer(s[1])]
        for m in WORD_RE.finditer(s[1]):
            if any(a <= m.start() < b for a, b in prot):
                continue
            cands.append((si, m.start(), m.end()))
    if not cands:
        return False
    si, a, b = r.choice(cands)
    t = segs[si][1]
    segs[si][1] = t[:a] + slip(r, t[a:b]) + t[b:]
    return True

# ----------------------------------------------------------------------------------------------
# verification and lint
# ----------------------------------------------------------------------------------------------
LINT = [
    ("email", re.compile(r"[\w.+\-]+@[\w\-]+\.[A-Za-z]{2,}")),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("phone", re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")),
    ("ip", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")),
    ("card", re.compile(r"\b\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{4})?\b")),
]

def checker_offsets(text, values):
    b = text.encode("utf-8"); pos = 0; out = []
    for v in values:
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i < 0:
            return None
        out.append((i, i + len(vb))); pos = i + len(vb)
    return out

def finalize(segs):
    text, spans, bpos = "", [], 0
    char_spans = []
    for kind, t, typ in segs:
        if kind == "P":
            spans.append((typ, t, bpos, bpos + len(t.encode("utf-8"))))
            char_spans.append((len(text), len(text) + len(t)))
        text += t
        bpos += len(t.encode("utf-8"))
    return text, spans, char_spans

def lint(text, char_spans, tags, frame_id):
    for name, rx in LINT:
        if name == "ip" and "version" in tags:
            continue
        for m in rx.finditer(text):
            alnum = [i for i in range(m.start(), m.end()) if text[i].isalnum()]
            if not all(any(a <= i < b for a, b in char_spans) for i in alnum):
                raise AssertionError("frame %s: unlabelled %s-like %r in %r" % (frame_id, name, m.group(), text))

# ----------------------------------------------------------------------------------------------
# frames
# ----------------------------------------------------------------------------------------------
CLEAN_FRAMES = []
PHI_FRAMES = []

def C(tags, tpl):
    CLEAN_FRAMES.append((tags.split(), tpl))

def H(tags, tpl):
    PHI_FRAMES.append((tags.split(), tpl))

# ---- clean frames: visit scheduling ----
C("visit-scheduling calendar", "{@} can you cover {st2.first}'s visits on {dow}? «6¦7¦8» on the board, mostly «recerts¦routine SN¦wound care». Mileage as usual.")
C("visit-scheduling calendar exec-name", "Reminder: visit notes must sync within 24 hrs. {st.full} will run the missed-note report {dow} «AM¦at 9¦after huddle».")
C("visit-scheduling money", "Anyone free for a «PT eval¦SN SOC¦OT eval¦MSW visit» in the «north¦south¦west» territory tomorrow? Mileage paid at «$0.67¦$0.70»/mi")
C("visit-scheduling calendar ext", "*Schedule change*: IDT moves to {mdate} at {time}, Conf Rm «B¦2¦Oak». Dial-in ext {ext}")
C("visit-scheduling", "hospice aides: «Saturday¦Sunday» coverage still has «2¦3» open slots, please grab them in «HCHB¦WellSky¦the scheduler» :pray:")
C("visit-scheduling", "the «9:30¦10:15¦1pm» got pushed to «11¦noon¦2:30», can you still make it?")
C("visit-scheduling", "who has the «Lowell¦Haverhill¦Andover¦Nashua» route today")
C("visit-scheduling version", "EVV compliance for «October¦November¦Q3» is {pct}. Target is 95%. Please push aides to clock in from the app ({version}).")
C("visit-scheduling", "Per the new pathway, CHF SOCs default to «1w4, 2w2¦2w2, 1w3¦3w1, 2w4» + 2 PRN unless the MD orders otherwise.")
C("visit-scheduling emoji", "on my way, running «10¦15¦20» min late :car:")
C("visit-scheduling exec-name", "Visits per clinician per day averaged {dec} last week across {count} clinicians. {ex.first} wants 5.5 by {qtr}.")
C("visit-scheduling", "Can the scheduler stop double booking {st.first}? {st.She} had two 9am SOCs «again¦today¦this week».")
C("visit-scheduling calendar", "OT coverage for {holiday} week: {st.first} and {st2.first}, with {st3.first} as backup.")
C("visit-scheduling ext", "Weekend on-call is {st.full}, reach via the answering service «at ext¦x» {ext}.")
C("visit-scheduling calendar", "Please review visit frequency vs. orders before the {mdate} chart audit. «Spreadsheet is in Teams.¦Link in the channel header.»")
C("visit-scheduling", "Reminder: LUPA threshold is per 30-day period, watch your low-visit episodes before you discharge.")
C("visit-scheduling", "Does anyone have a spare BP cuff? mine died mid-visit ugh")
C("visit-scheduling multiline", "Territory split starting {mdate}:\nNorth – {st.full}, {st2.full}\nSouth – {st3.full}\nFloat – agency «per diem¦RN» until we hire")
# ---- clean frames: medication deliveries ----
C("med-delivery calendar ext", "{pharm} cutoff for same-day delivery moves to 2pm starting {mdate}. Emergency kits still 24/7 via ext {ext}.")
C("med-delivery ticket", "Totes for {unit} arrived short «2¦3¦4», driver says the rest come on the 6pm run. Ticket {ticket}.")
C("med-delivery", "Comfort kit standard contents: morphine 20 mg/mL 30 mL, lorazepam 0.5 mg #10, haloperidol 0.5 mg #10, atropine 1% drops. «No changes for 2026.¦Same as last year.»")
C("med-delivery money", "Invoice {invoice} from {pharm} is {amount}, about {smallpct} over the contract rate. {st.first}, can you dispute?")
C("med-delivery po", "{po} approved for the new med carts (Capsa, qty {count}).")
C("med-delivery version", "eMAR downtime tonight 0100-0300 for the {ehr} upgrade to {version}. Use paper MARs from the red binder.")
C("med-delivery calendar", "Reminder: no heparin flushes in the home kits after {mdate}, switch to saline 10 mL per the new protocol.")
C("med-delivery emoji", "Cycle fill for «all units¦2 West¦Memory Care¦Rehab» delivered :white_check_mark:")
C("med-delivery ext", "{pharm}'s pharmacist on call handles controlled sub discrepancies, ext {ext} through the main line.")
C("med-delivery version", "Is anyone else seeing the dispensing cabinet on {unit} throw error E-104 after the {version} patch?")
C("med-delivery calendar", "Fentanyl 25 mcg/hr patches are on backorder till {mdate}; {pharm} suggests 12 mcg/hr x2 where appropriate.")
C("med-delivery ticket", "DEL-{delno} went to the wrong unit — the insulin went to {unit2} instead of {unit}. Fixed now.")
C("med-delivery", "Can we get {pharm} to label the totes by unit AND by room? Night shift wastes 20 min sorting.")
C("med-delivery money", "Med destruction vendor pickup is {dow}. {count} lbs last quarter, {amount} billed.")
C("med-delivery multiline", "> is the stat delivery window still 4 hrs?\nYes for the metro area, 6 hrs for the outer towns. After-hours stat fee is $75.")
# ---- clean frames: family updates (policy level) ----
C("family-update calendar exec-name", "Family council meets {mdate} at {time} in the chapel. {ex.title} {ex.full} will present the visiting policy.")
C("family-update calendar", "Visiting hours go back to 9a–8p starting {mdate}. Sign at the front desk has been updated.")
C("family-update calendar", "Can we add a line to the family newsletter about the flu clinic on {mdate}? «{st.first} has the copy.¦Draft is in SharePoint.»")
C("family-update", "Family satisfaction scores for {qtr}: {pct} would recommend, up from last quarter :tada:")
C("family-update hipaa", "Reminder: never give clinical updates over the phone unless the caller is on the HIPAA release. When in doubt, take a message.")
C("family-update", "The template for weekly family updates is in the portal — keep it to vitals, meals, activities and mood.")
C("family-update calendar", "The Thanksgiving family dinner is {mdate}; kitchen needs headcounts from each unit by {dow}.")
C("family-update emoji", "We got a lovely card from a family thanking the {unit} night shift :heart: posting it in the break room")
C("family-update", "Families keep asking about the new parking lot. Facilities says paving is done «next week¦by Friday¦after the survey».")
# ---- clean frames: intake (business level) ----
C("intake referral", "Referral volume {qtr}: {hosp} {count}, {hosp2} {count2}, everyone else {count3}. Conversion {pct}.")
C("intake referral calendar ext", "{st.full} is our new liaison at {hosp}, starts {mdate}. Reach {st.him} at ext {ext}.")
C("intake referral", "Intake: please stop accepting faxed referrals without face sheets — kick them back to the CM.")
C("intake referral", "We have «2¦3¦4» Medicare beds open on {unit} and 1 Medicaid bed. {hosp} case management knows.")
C("intake referral calendar", "Meeting with the {hosp} transitions team moved to {mdate} {time}. Agenda: readmission rates, 30-day bundle, warm handoffs.")
C("intake referral", "Can intake track 'reason for denial' as a dropdown? Free text is useless for the {qtr} report.")
C("intake", "Readmission rate for {fy} YTD is {pct}. CMS benchmark is 21.9%.")
C("intake referral", "Intake team: referrals with MBIs need eligibility checked in HETS before acceptance. No exceptions.")
C("intake ticket", "Referral portal (<https://intranet.{facdom}/intake|intake portal>) is down, use the backup fax workflow. {ticket}")
C("intake ext", "anyone know the {hosp} case mgmt ext? the one at x{ext} goes to voicemail")
C("intake referral money", "Private pay rate for the memory care suite is {ratemo}/mo starting the {planyear}. Intake has the updated sheet.")
# ---- clean frames: staff scheduling & payroll ----
C("payroll calendar", "Payroll closes {mdate} at noon. Timecard edits after that go in next cycle.")
C("payroll ext", "Holiday pay is 1.5x for {holiday}. Questions to {st.full} in HR, ext {ext}.")
C("staffing multiline", "Open shifts this week:\n• {unit} 7a–3p {dow}\n• {unit2} 3p–11p {dow2}\n• Memory Care 11p–7a {dow3}\nClaim in «ShiftKey¦the app¦IntelyCare».")
C("staffing", "{st.first} swapped with {st2.first} for «Sat¦Sun» nights, approved")
C("staffing money exec-name", "Agency spend {qtr}: {kamt}. {ex.first} wants it under $200k next quarter.")
C("payroll ssn-topic calendar", "W-2s will be in ADP by {mdate}. Do NOT email SSNs to HR, use the secure upload.")
C("payroll money calendar", "Differential for weekend nights goes from $3 to $4.50/hr effective {mdate}.")
C("staffing", "Staffing today: {count} CNAs for {bigcount} residents across the building. Calling agency for {unit}.")
C("payroll exec-name", "Who approved 14 hrs OT for the {unit} team last pay period? {ex.first} is asking.")
C("staffing calendar", "New hire orientation {mdate}, {time}, classroom B. {count} CNAs, 2 LPNs, 1 RN.")
C("staffing emoji", "{st.full} is our new weekend supervisor. Congrats! :tada:")
C("payroll version ticket", "Timeclock at the {btown} site is on firmware {version} and still dropping punches. {ticket}")
C("staffing calendar", "Reminder: CNA in-service hours due by {mdate}. 12 hrs/yr required.")
C("payroll", "Pay stubs show the wrong cost center (CC 4410-220) for float staff, payroll is aware.")
C("payroll exec-name", "{ex.title} {ex.full} approved the market adjustment: RNs +{smallpct} effective with the {planyear}.")
C("payroll calendar", "Benefits open enrollment for the 2027 plan year runs {mdate}–{mdate2}.")
C("staffing", "does anyone know if we pay for the CNA recert or do they?")
C("staffing", "Night shift huddle at 2300, {st.first} leading. Topic: call light response times.")
C("staffing", "{st.full} is employee of the month for {month}! «Cake in the break room.¦:clap:»")
C("staffing", "Schedule for {month} is posted. Change requests to {st.first} by the 15th.")
C("staffing calendar", "Per diem RNs: please enter availability for the {month} schedule by {mdate}. We are short on weekends.")
C("payroll money", "Mileage reimbursement is now $0.70/mi. Submit logs by the 5th; anything older than 60 days won't be paid.")
# ---- clean frames: state surveys ----
C("survey calendar", "Annual survey window opens {mdate}. Mock survey with {consult} is {mdate2}.")
C("survey emoji exec-name", "Surveyors onsite :rotating_light: entrance conference in the boardroom at {time}. {ex.first} and {st.first} attending.")
C("survey calendar", "Our last survey had 4 deficiencies (F689, F880, F812, F758). POC due {mdate}.")
C("survey", "Please check that all med carts are locked, sharps containers are under 3/4 full and fridge logs are complete.")
C("survey exec-name", "DPH sent the 2567, we have 10 days. {ex.full} is drafting the plan of correction.")
C("survey", "Infection control binder needs the {month} line list and the hand hygiene audits.")
C("survey", "Survey readiness: {pct} of care plans updated within 7 days of the MDS. Goal is 100.")
C("survey", "The surveyor asked for our facility assessment and the last 3 QAPI minutes. Sent via the portal.")
C("survey emoji", "Star rating went from 3 to 4 :star: Health inspection domain improved.")
C("survey calendar", "Hospice CHAP survey is unannounced any time after {mdate}. Keep the office tidy please.")
C("survey calendar", "Life safety: fire drill on {unit} {dow} at {time}, 3rd shift drill next week.")
C("survey ticket", "State wants the PBJ staffing data for {qtr} resubmitted, error on 212 records. {ticket}")
C("survey multiline", "Survey prep checklist\n- [x] Abuse policy posted\n- [x] Ombudsman poster by elevator\n- [ ] Grievance log current\n- [ ] Arbitration agreements reviewed")
# ---- clean frames: executives and the assistant bot ----
C("assistant exec-name", "{bot} draft an email to {ex.full} about the {qtr} census trend, keep it under 150 words")
C("assistant calendar", "{bot} what's on my calendar {dow}?")
C("assistant calendar exec-name multiline", "*Assistant*: You have 3 meetings {dow}:\n• 9:00 Ops huddle\n• 11:30 {ehr} contract review with {ex2.full}\n• 2:00 Board finance committee")
C("assistant age-aggregate", "{bot} pull a count of residents over 90 in Memory Care by unit")
C("assistant hipaa", "{bot} summarize HIPAA training completion rates by department")
C("assistant calendar", "{bot} book a room at the {btown} site for the {mdate} leadership offsite")
C("assistant exec-name", "{bot} remind me to call {vc.full} at {vend} about the renewal")
C("assistant money", "{bot} compare agency spend FY2026 vs {fy}, by site")
C("assistant", "{bot} what did we decide about the Hope Valley acquisition?")
C("assistant money calendar", "*Assistant*: Grant funding from the state LTC workforce program: {amount} awarded, report due {mdate}.")
C("assistant exec-name", "{bot} send {ex2.first} the board deck v{verN} and cc {ex.first}")
C("assistant mrn-topic", "{bot} how many duplicate MRNs did HIM merge in {month}?")
C("assistant facility-address ext", "*Assistant*: {fac} is at {fac_addr}. Main reception is ext {ext}.")
C("assistant", "{bot} who is the administrator on call this weekend?")
C("assistant money", "{bot} what's our Medicaid per diem for {fy} vs the state average?")
C("assistant exec-name", "{bot} tell {ex.first} I'll be 10 min late to the {time}")
# ---- clean frames: system notifications ----
C("notification payroll money", "[ADP] Payroll run completed for period {mdate}–{mdate2}: {bigcount} employees, {payrollamt}.")
C("notification version calendar", "[PCC] Scheduled maintenance {mdate} 01:00–03:00 ET. Release {version}.")
C("notification ticket", "[ServiceNow] {ticket} assigned to {st.full}: «Printer on 2 West jamming¦Wi-Fi drops in Memory Care¦Badge reader at loading dock»")
C("notification version", "[HCHB] Sync complete. 0 visits pending. Build {build}.")
C("notification exec-name", "[Zoom] {ex.full} started the meeting 'Ops Huddle'. Meeting ID {zoomid}")
C("notification staffing", "[Kronos] {count} missed punches on {unit} need supervisor approval.")
C("notification hipaa calendar", "[Relias] Annual HIPAA module due {mdate} for {count} staff.")
C("notification ticket", "[Jira] {jira} moved to Done: «Add fall risk field to admission form¦Fix EVV export CSV encoding¦Add payer dropdown to intake»")
C("notification calendar", "[Alert] Generator test {dow} at {time}. Elevators out for 10 min.")
C("notification exec-name", "[Teams] {ex.full} shared 'Survey POC {fy}.docx'")
C("notification calendar", "[Workday] Benefits effective {mdate} for new hires in the {planyear}.")
C("notification", "[{vend}] Order {order} shipped: «40 cs briefs L, 12 cs wipes¦20 cs gloves M¦6 cs nutritional supplement». Delivery {dow}.")
C("notification", "[Vocera] Call light response avg {dec} min on {unit} last 24h :warning:")
# ---- clean frames: names-as-words and other hard negatives ----
C("word-names", "I hope we can close the survey POC before Friday.")
C("word-names calendar", "Will the new scheduler be live by {mdate}? {st.first} will train the aides.")
C("word-names cpt", "Need to bill Medicare for the {cpt} visits before the grant period closes.")
C("word-names", "Census rose «4%¦6 beds¦slightly» in {month}. We may need another LPN on nights.")
C("word-names", "Mark the Hoyer lift as out of service please. Asset tag {asset}.")
C("word-names", "Please page the on-call if fridge temps drift again. Summer heat is brutal on the west wing.")
C("word-names calendar", "Our Reading site is hiring — grant-funded CNA training starts {mdate}.")
C("word-names emoji", "Faith-based volunteers are coming {dow} for the sing-along. Pure joy last time :smile:")
C("word-names", "Can someone grant {st.first} access to the shared drive? It keeps saying 'will not sync'.")
C("word-names money", "The bill from {vend} for the new blinds was {amount}, way over the quote.")
C("word-names", "Sterling work on the survey, everyone. Frank feedback from DPH was that we were the best prepared this year.")
C("word-names ticket", "Ivy on the courtyard wall is back, maintenance ticket {ticket}.")
C("word-names", "Grace period for the CNA recerts ends «Friday¦the 30th¦next week», then they come off the schedule.")
C("word-names", "Just a heads up, the hunter green paint for the lobby is on backorder. Rose and ivory are in stock.")
C("npi", "Dr. {md.full}'s NPI is {npi}, please add it to the referral form defaults.")
C("cpt", "Hospice GIP vs routine: use revenue code 0656, HCPCS {hcpcs} for the RN visits.")
C("icd", "Top dx on census: {icd}, I50.9 (HF), J44.1 (COPD), G30.9 (Alzheimer's).")
C("mrn-topic ticket", "Our MRNs are 8 digits with leading zeros and the import strips them. {ticket}")
C("ssn-topic", "Stop using SSN as the patient identifier in spreadsheets. MRN only, please.")
C("age-aggregate emoji", "We have {count} residents over 90 and 3 over 100 :birthday:")
C("age-aggregate", "Hospice benefit periods: two 90-day periods, then unlimited 60-day periods.")
C("zip-like", "Cost center 01826 is the old Dracut office, use 01854 for the Lowell clinic.")
C("facility-address", "New office: {fac_addr}. Parking in rear, suite 210.")
C("rooms", "Rm 214B bed 2 needs a new mattress, bariatric bed goes to 118A.")
C("money", "The corporate card ending «4417¦8802¦1290» was declined at {vend}, exp {ccexp}. Finance is on it.")
C("version", "HCHB mobile v{ver} breaks wound photo upload, stay on {version} for now.")
C("version", "Build {build} is approved for the kiosks. Rollout {dow}.")
C("group-number", "BCBS group # {groupno} is our employee plan, not patient coverage.")
C("money", "Medicaid rate for {fy} is {perdiem}/day, up from last year.")
C("ext", "For IT call x{ext} or the help desk at ext {ext2}.")
C("ticket multiline", "Open tickets:\n- {ticket}\n- {ticket2}\n- DEL-{delno}")
C("calendar", "Updated fall policy effective {mdate}. Read & sign in Relias.")
C("slack-markup", "Zoom for QAPI: <https://zoom.us/j/{zoomid}|Join> — passcode is on the invite")
C("slack-markup", "Policy manual: <https://intranet.{facdom}/policies/infection-control|Infection Control v7>")
C("exec-name calendar", "{ex.title} {ex.full} will be at the {btown} site on {mdate}.")
C("exec-name calendar", "Board meeting {mdate}: {ex.full} and {ex2.full} presenting. The {donor} Foundation is joining for the capital campaign piece.")
C("short emoji", "ok thx :thumbsup:")
C("short", "sounds good, thanks!")
C("short ticket", "any update on {ticket}?")
C("short", "on it now")
C("rooms", "rm {roomnum} {agey} y/o, unwitnessed fall, no injury, neuro checks q1h x4, MD aware")
C("supplies", "Wound care supplies: Mepilex 4x4, Aquacel Ag, Santyl 30g. Order via PAR levels, not ad hoc.")
C("hipaa", "HIPAA reminder: do not post patient names in this channel. Use room numbers.")
C("drug", "Reminder: {drug} is on the high-alert list now, double sign on the MAR.")
C("vendor", "{dme} is raising concentrator rental by {smallpct} in the {planyear}. {ex.first} wants options from {dme2}.")
C("facility-address zip-like", "Mail for the hospice house goes to {fac_addr}, NOT the PO box.")
C("quoted multiline", "> {st.first}: can we move IDT to Weds?\nworks for me, {ex.first} too. Updating the invite.")
C("lowercase-voice", "lol the coffee machine on 2 is broken again")

# ---- PHI frames: visit scheduling ----
H("visit-scheduling structured multiline", "Visit added:\nPatient: {pt.inv}\nAddress: {addr}\nDate: {vdate} «10:00¦1:30 PM¦9-11 window»\nClinician: {st.full}, «RN¦LPN¦PT¦OT»")
H("visit-scheduling", "{st.first} can you see {pt.full} on {vdate}? lives at {street} in {town}, «dog in the yard¦ring bell twice¦side door only¦key in lockbox»")
H("visit-scheduling", "«moved¦rescheduled¦bumped» {pt.last} to {vdate} per «daughter¦family¦HCP» request")
H("visit-scheduling", "{pt.Mrs} {pt.last}'s «SN¦PT¦aide» visit on {vdate} is confirmed, the {rel.rel} {rel.full} will be there, cell {phone}")
H("visit-scheduling short", "{pt.full} recert due {vdate}")
H("visit-scheduling", "running late to {pt.last}, can someone call them «@¦at¦on» {phone}?")
H("visit-scheduling", "need someone for {pt.full} «sat¦sun» am, address {addr}, gate code 4471#")
H("visit-scheduling multiline", "Hospice RN visit log\n• {pt.inv} — {vdate} — «pain mgmt¦symptom check¦IDT f/u»\n• {pt2.inv} — {vdate2} — «supervisory¦recert¦family mtg»\n• bereavement call: {rel.full} ({phone})")
H("visit-scheduling slack-markup", "*{pt.last}* wants visits after 11 only, they're at {addrst}. ph {phone}")
H("visit-scheduling", "Pls call {pt.first}'s «HCP¦POA¦emergency contact» {rel.full} «at¦@» {phone}, they want the {vdate} visit moved «earlier¦to the afternoon¦to Friday»")
H("visit-scheduling referral", "SOC needed by {vdate} for {pt.fm}, DOB {dob}, {town}. Dx «CHF¦COPD¦s/p hip fx¦CVA»")
H("visit-scheduling short", "is {pt.last} still on for {vdate} or did the family cancel?")
H("visit-scheduling word-names", "{ptw.full} will be discharged home {ddate}, first SN visit the day after. {ptw.first} wants to keep the same nurse.")
H("visit-scheduling escalation", "{@} {pt.first} ({pt.last}) missed visit {vdate}, no answer at {phone}. «Escalating per policy.¦Calling HCP next.¦Will retry at 3.»")
H("visit-scheduling multiline emoji", "Route for «today¦Tues¦tmrw» :car:\n1. {pt.last} – {street}\n2. {pt2.last} – {street2}\n3. «lunch¦office¦charting»\n4. {pt3.last} – {addr}")
H("visit-scheduling", "new freq for {pt.inv}: 2w3 then 1w2 starting {vdate}")
H("visit-scheduling", "Continuous care started for {pt.full} at {time} on {vdate}. Family ({rel.full}, {rel2.full}) at bedside.")
H("visit-scheduling", "heads up the {pt.last} house has a new lockbox, code is 2219, and the {rel.rel} asked we park on {street} not the driveway")
H("visit-scheduling lowercase-voice", "cant make {pt.full} today, car in the shop. {st.first} can u swap w me? visit can move to {vdate}")
H("visit-scheduling structured", "SN visit | {pt.inv} | {vdate} | {time} | {addr} | {st.full}")
H("visit-scheduling", "Aide schedule for {pt.Mrs} {pt.last} ({town}): M/W/F 9-11 starting {vdate}, {rel.rel} will let the aide in.")
# ---- PHI frames: medication deliveries ----
H("med-delivery", "Delivery for {pt.full} at {addr}: «morphine 20 mg/mL¦lorazepam 0.5 mg¦haloperidol 0.5 mg» comfort kit. Driver to call {phone} on arrival.")
H("med-delivery device", "{pharm} says {pt.last}'s insulin delivery is delayed to {vdate}. Pump serial {serial}, do we have backup pens?")
H("med-delivery", "Order {order} for {pt.inv} (acct {har}) — «missing lorazepam¦wrong strength¦2 items backordered». {pharm} ref {ticket}")
H("med-delivery", "Rx delivery left with a neighbor at {street} for {pt.first}?? That's a controlled sub, need to confirm chain of custody.")
H("med-delivery short", "meds to {addr} by 5pm pls")
H("med-delivery device", "Oxygen: {dme} is swapping the concentrator for {pt.full} tomorrow, new unit SN {serial}. Contact {rel.full} {phone}")
H("med-delivery structured multiline", "Fwd from pharmacy:\n> Patient: {pt.inv}\n> {L.dob} {dob}\n> Rx: {drug}\n> Deliver to: {addr}\n> Phone: {phone}")
H("med-delivery money", "Can we put {pt.last}'s copay on the card they gave over the phone? {cc}, exp {ccexp}")
H("med-delivery device", "The CGM for {pt.full} (serial {serial}) got delivered to the office instead of the home, need someone to run it out to {town}")
H("med-delivery", "Med rec for {pt.inv}, admitted {adate}: {drug}; {drug2}; hold «warfarin¦metformin¦lisinopril» until labs back")
H("med-delivery", "{pharm} driver in plate {plate} left totes at the wrong door, the {pt.last} household called us from {phone}")
H("med-delivery", "controlled sub count off on {unit}, res {pt.full} rm {roomnum}, «2¦1¦3» tabs oxycodone 5 mg unaccounted. discovered {vdate}")
H("med-delivery", "Hospice pharmacy needs the DEA # for the new order for {pt.last}: Dr. {md.last}'s is {dea}")
H("med-delivery emoji", "delivered :white_check_mark: {pt.last} signed, {rel.rel} {rel.first} took the fridge items")
# ---- PHI frames: family updates ----
H("family-update multiline", "Forwarded from the family portal:\n> Hi, this is {rel.full}. My {pt.mom} {pt.full} is in room {roomnum}. Can someone call me at {phone}? I work nights.\nCan someone on {unit} return this?")
H("family-update", "Update for {rel.first}: {pt.first} had a good night, ate 75% of breakfast, vitals stable. «Dr. {md.last} will round Thursday.¦Therapy went well.¦Slept through.»")
H("family-update complaint escalation", "Family called upset, {rel.full} ({rel.rel}) says nobody told them {pt.first} fell on {fall}. Needs a callback today {phone}")
H("family-update", "{pt.Mrs} {pt.last}'s {rel.rel} asked for a care conference, flying in from {town} next week.")
H("family-update", "{rel.full} asked that weekly updates go to {rel.email} instead of the old address")
H("family-update slack-markup", "HCP email on file for {pt.last}: <mailto:{rel.email!plain#e}|{rel.email#e}>")
H("family-update", "[{st.full}] Spoke to {pt.first}'s {rel.rel} {rel.first}. They'd like hospice info. Best # {phone}, after 4.")
H("family-update multiline", "> from {rel.full}: is it ok to bring cake on {dob_md} for {pt.her} birthday?\nsure, let dietary know if {pt.first} is still on mech soft")
H("family-update death", "{pt.full} passed «peacefully¦quietly¦with family present» at {time} on {death}. Family ({rel.full}) notified, {funeral} en route.")
H("family-update", "please stop calling {rel.first} at work, use {rel.her} cell {phone} per {rel.her} request")
H("family-update age", "{pt.first} turns {age} on {dob_md}! family wants a small party in the «dayroom¦courtyard¦activity room»")
H("family-update vehicle", "Visitor log: {vis.full} signed in for {pt.Mrs} {pt.last} at 14:10, vehicle plate {plate}")
H("family-update records", "{rel.full} (POA) wants copies of {pt.first}'s records mailed to {addr}")
H("family-update", "Message from {pt.first}'s granddaughter: {pt.she} is asking for {pt.her} glasses, can someone check laundry?")
H("family-update records", "fyi {rel.full} is the only approved visitor for {pt.full} per the court order, {rel2.full} is NOT allowed. Guardianship papers are scanned under {L.mrn} {mrn}.")
H("family-update", "{rel.full} dropped off a TV for {pt.first} in {roomnum}, maintenance needs to mount it")
H("family-update multiline", "Teams msg from {rel.full}:\n> My {pt.mom} {pt.first} sounded confused on the phone last night. Is {pt.she} ok? Please call {phone} or email {rel.email}\nI'll call after med pass.")
H("family-update", "the {rel.rel} ({rel.full}) lives in {town} and can only visit weekends, pls do care conf by phone {phone}")
# ---- PHI frames: intake from hospitals ----
H("intake referral structured multiline", "*New referral* from {hosp}\nName: {pt.inv}\nDOB: {dob}\n{L.mrn} {mrn}\n{L.mbi} {mbi}\nDx: {icd}\nD/C date: {ddate}\nLiaison: {st.full} x{ext}")
H("intake referral age", "{hosp} CM is sending {pt.full} ({age} y/o), d/c {ddate}, wants a SNF bed. Medicaid pending, id {medicaid}")
H("intake referral structured", "intake: {pt.lf} | dob {dob} | {L.member} {member} | PCP Dr. {md.last} | {L.addr} {addr}")
H("intake referral", "Can we take {pt.init} from {hosp}? trach/vent, {agey}yo, admitted there {adate}. CM {st.full} {phone}")
H("intake referral notification", "[eFax] Referral received 11:42 — {pt.inv}, DOB {dob}, SSN {ssn}, from Dr. {md.full} (NPI {npi}). Routed to Intake.")
H("intake referral", "Denied referral: {pt.full}, {hosp}. Reason: «no payer source¦behaviors¦bariatric bed unavailable». Told the CM at {phone}.")
H("intake referral", "Intake packet for {pt.full} is missing the face-to-face. Hospital acct {har}, admit {adate}. Pls chase {hosp}.")
H("intake referral age", "hospice referral, {pt.full}, {age}, lives w/ {pt.her} {rel.rel} at {addrst}. prognosis <6mo per Dr. {md.last}. family wants to start {vdate}")
H("intake referral", "Bed offer accepted: {pt.inv} → {unit} rm {roomnum}, arriving {adate} by ambulance")
H("intake referral multiline", "Today's pending referrals:\n- {pt.inv} ({hosp}) – {payer} {member}\n- {pt2.inv} ({hosp2}) – Medicaid {medicaid}\n- «1 anonymous inquiry, no info yet¦one private pay, tour scheduled»")
H("intake referral quoted multiline", "> Can you confirm the MBI for {pt.last}?\nit's {mbi}, verified in «the portal¦HETS¦DDE» this am")
H("intake referral device", "CM says {pt.last} has a pacemaker, Medtronic s/n {serial}, interrogation f/u due {vdate}")
H("intake referral", "OASIS SOC for {pt.fm} ({dob}), MRN «#¦»{mrn}, episode start {vdate}")
H("intake referral", "Hi, this is {st.first} from {hosp} transitions. Sending over {pt.full}, DOB {dob}. {rel.rel} {rel.first} is POA, {phone}. Thanks!")
H("intake referral device", "pt {pt.full} dob {dob} coming from {hosp} - needs wound vac, serial {serial} stays with the pt")
H("intake referral vip", "Heads up, {hosp} is sending {pt.full}, the former state senator. Keep the name off the whiteboard. Arrives {adate}.")
H("intake referral structured multiline", "Referral packet summary\nPatient: {pt.fm}\nAge: {age}\nAddress: {addr}\nPayer: {payer}, {L.member} {member}\nNOK: {rel.full} ({rel.rel}) {phone}\nAdmit to hospital: {adate}")
H("intake referral", "{pt.inv} was readmitted to {hosp} {adate}, only 9 days after our d/c. Need a root cause for the 30-day report.")
H("intake referral email", "CM at {hosp} wants the acceptance sent to {bemail} with {pt.last}'s name in the subject")
# ---- PHI frames: staff scheduling, payroll, credentialing (conservative types) ----
H("payroll", "Payroll: update direct deposit for {st.full} (emp {empno}), routing {routing}, acct {bank}. Effective next cycle.")
H("payroll ticket", "New hire {st.full}: SSN {ssn} was keyed wrong in ADP, corrected copy attached to {ticket}")
H("credentialing npi", "Credentialing: {st.full}, RN license {lic} exp {expdate}. NPI {npi} verified.")
H("staffing vehicle", "{st.first} left the car in the ambulance bay again, plate {plate}. Please move before 7")
H("payroll vehicle", "Mileage reimbursement for {st.full} is on hold until we get the VIN for the new car: {vin}")
H("payroll money", "Use the corporate Visa {cc} for the agency invoice, exp {ccexp}. Finance approved.")
H("credentialing", "CORI came back clear for {st.full}, DL {dl}.")
H("credentialing", "DEA for Dr. {md.last}: {dea}, renewal due {expdate}.")
H("payroll ip", "Time card fix: {st.full} punched from {ip} instead of the kiosk, please approve")
H("staffing business-contact", "{st.full}'s personal cell is {phone} if the agency needs to reach {st.him} for nights")
H("staffing email business-contact", "Employee email {bemail} bounced on the schedule blast, can HR check?")
H("credentialing", "Agency nurse {st.full}, LPN lic# {lic}, verified in «Nursys¦the state portal».")
H("payroll", "garnishment order for {st.full}, SSN ending in 4471 — full SSN on the order is {ssn}. Payroll only please.")
H("staffing business-contact ext", "Scheduler line changed to {phone}, the old x{ext} is dead")
H("payroll business-contact", "Fax timesheets to {phone} or email {bemail} by Monday noon")
# ---- PHI frames: state surveys ----
H("survey", "Surveyors asked for: {pt.inv} (fall {fall}) and {pt2.inv} (pressure injury, admit {adate}). Pull both charts.")
H("survey", "2567 draft mentions resident {pt.full} under F689, the elopement on {fall}. Need the incident file.")
H("survey emoji", "State is here :rotating_light: they want to interview {pt.Mrs} {pt.last} in {roomnum} and {pt.her} {rel.rel} {rel.full}")
H("survey complaint", "complaint survey re: {pt.full}, {pt.her} {rel.rel} {rel.full} alleges missed meds on {vdate}")
H("survey age multiline", "For the survey binder, roster excerpt:\n{roomnum} {pt.inv} {age}\n{roomnum2} {pt2.inv} {agey}")
H("survey", "Surveyor {st.full} asked why {pt.last}'s care plan wasn't updated after the {fall} fall")
H("survey escalation", "IJ risk: {pt.full} got another resident's meds on {vdate}. Other res: {pt2.full}.")
H("survey records", "pls shred the printed MDS for {pt.inv} left at the nurses station, {L.mrn} {mrn}")
H("survey quoted multiline", "> surveyor question: who is the resident in {roomnum}?\nthat's {pt.full}, admitted {adate}, on hospice since {vdate}")
H("survey complaint", "Abuse allegation reported to DPH: resident {pt.full}, alleged by {rel.rel} {rel.full} on {vdate}. Intake # {ticket}.")
H("survey", "Survey sample includes {pt.last} ({roomnum}), {pt2.last} ({roomnum2}) and {pt3.last} ({roomnum3}). Charts need to be complete by tonight.")
# ---- PHI frames: executives and the assistant bot ----
H("assistant death", "{bot} draft a condolence note to {rel.full} for {pt.full}, who died {death}. Keep it short.")
H("assistant complaint", "{bot} summarize the complaint from {rel.full} ({rel.email}) about {pt.last}'s care")
H("assistant escalation", "{bot} what's the status of the {pt.full} incident? family is calling {ex.first} directly")
H("assistant", "{bot} find the admission date for {pt.inv}")
H("assistant structured multiline", "*Assistant*: Here's what I found for {pt.full}:\n• DOB: {dob}\n• Admitted: {adate}\n• Payer: {payer} ({member})\n• HCP: {rel.full}, {phone}")
H("assistant vip", "{bot} our board chair's {pt.mom} {pt.full} is moving into {unit} on {adate}, make sure it's the corner room")
H("assistant", "{bot} set up a call with {rel.full} at {phone} about {pt.first}'s bill")
H("assistant complaint", "{bot} draft a reply to the Google review from {rel.full}, who says {rel.her} {pt.mom} was neglected at our {btown} site")
H("assistant", "{bot} remind me to call {pt.full}'s {rel.rel} tomorrow about the care conference")
H("assistant vip", "{bot} the mayor's {pt.mom} {pt.full} is on our hospice service, flag chart {mrn} as VIP restricted")
H("assistant", "{bot} text {phone}: 'Hi {rel.first}, {pt.first} is comfortable tonight. {st.first}'")
H("assistant money", "*Assistant*: Balance for guarantor {rel.full} (acct {gacct}) is {smallamt}, last payment {mdate}.")
H("assistant", "{bot} who is {pt.last}'s POA again? I need to call before the board meeting")
# ---- PHI frames: system notifications ----
H("notification structured", "[PCC Alert] Fall reported | Resident: {pt.inv} | Unit: {unit} | Date: {fall} | Reported by: {st.full}")
H("notification", "EVV exception: client {pt.full}, caregiver {st.full}, GPS mismatch at {addr}. Visit date {vdate}.")
H("notification", "ADT A03: discharge {pt.inv} MRN {mrn} on {ddate}")
H("notification slack-markup", "inbound HL7: `ADT^A01` PID|1||{mrn!d8}^^^MRN||{pt.hl7}||{hl7dob}|")
H("notification ip device", "Telemonitor offline: {pt.full}, hub IP {ip}, last reading {vdate}")
H("notification", "Portal message from {pt.full}: 'please call me back at {phone}'")
H("notification records email", "[Kno2] Records request fulfilled for {pt.inv}, sent to {bemail}")
H("notification", "Missed visit alert: {pt.lf} | scheduled {vdate} | clinician {st.full}")
H("notification money", "Payment received: {smallamt} from {rel.full}, card ending 4417, applied to patient acct {har}")
H("notification", "[DocuSign] {rel.full} signed the hospice election for {pt.full} on {vdate}")
H("notification device", "Device alert: pump {serial} (pt {pt.last}) occlusion alarm x3")
H("notification url", "New family portal invite sent: {pt.url!portal}")
H("notification", "Pharmacy cycle fill exception: res {pt.inv}, MRN {mrn}: {drug} not on profile")
H("notification", "[HCHB] Discharge OASIS due for {pt.inv} by {vdate}")
# ---- PHI frames: employee health ----
H("employee-health", "{emp.full} from nights tested positive for «COVID¦flu¦norovirus», out per policy. Don't post in the unit channel.")
H("employee-health", "Employee health: {emp.full} had a needlestick on {vdate}, baseline labs drawn")
H("employee-health", "workers comp claim for {emp.full} (back injury on {fall} lifting a resident), claim # {ticket}")
H("employee-health", "{emp.first} in dietary is out for surgery, please don't share details")
H("employee-health", "TB screen positive for {emp.full}, chest x-ray scheduled {vdate}")
H("employee-health vip", "{ex.first}, fyi our DON {emp.full} is being admitted to {hosp} tonight. Keep it quiet for now.")
H("employee-health", "{emp.full} fainted at the nurses station, sent to ER, {emp.her} {emp.rel} is on the way")
# ---- PHI frames: devices, URLs, IPs, vehicles ----
H("device money", "The hearing aids for {pt.first} in {roomnum} went through the laundry again, serial {serial}. Family paid $4,200 for them")
H("device", "UDI from the pacemaker card for {pt.inv}: {udi}")
H("url", "Family set up a CaringBridge for {pt.first}: {pt.url!page}")
H("url slack-markup", "<{pt.url!page#u}|{pt.url#u}> is the family's update page, please don't post it in the group chat")
H("url slack-markup", "Telehealth link for {pt.full}'s visit on {vdate}: <{pt.url!tele}|join>")
H("vehicle", "Ambulance can't get to the door, family car blocking. Plate {plate}, can someone find the owner? they're visiting {pt.last}")
H("ip", "Resident {pt.full} uses the tablet at {ip} for video calls with {rel.first}")
H("device", "power chair for {pt.full} (serial {serial}) got left at {hosp}")
H("device", "insulin pump {serial} and CGM {serial2} registered to {pt.full}, DOB {dob}")
H("vehicle", "{rel.full} is picking up {pt.first} for the appt, silver Camry, plate {plate}")
H("ip", "The family's router for the home telemonitor is at {ip}, {pt.last} says it reboots every night")
H("family-update", "{ptn.full} «prefers¦goes by» \"{ptn.nick}\", please update the whiteboard and the care plan")
H("intake referral", "new admit {ptn.inv} aka {ptn.nick}, from {hosp}, DOB {dob}")
H("family-update", "{ptn.nick} ({ptn.full}) was asking for {ptn.her} {rel.rel} again tonight, called {rel.first} at {phone}")
H("family-update", "{ptn.full} ('{ptn.nick}' to everyone on {unit}) has a visitor coming {dow}: {vis.full}, {phone}")
# ---- PHI frames: short ----
H("short", "dob on file {dob}?")
H("short", "{pt.full} ok'd")
H("short", "call {rel.first} back {phone}")
H("short", "{L.mrn} {mrn} pls")
H("short", "ssn {ssn} confirmed")
H("short age", "{pt.last} is {age} today!")
H("short", "{L.member} {member} «on the card¦per the payer¦confirmed»")
H("short death", "{pt.first} passed {death}")
H("short", "{addr} — gate code 1192")
H("short", "{pt.inv} {dob} «confirmed¦pls verify¦matches»")
H("short", "zip is {zip}")
H("short", "pt lives in {town}")
# ---- PHI frames: evasion, labels far from values, misspellings ----
H("evasion", "SSN is {ssn!nosep}")
H("evasion", "{pt.her} ss# is {ssn!spelled}")
H("evasion", "cell: {phone!spaced}")
H("evasion", "the {rel.rel}'s number is {phone!spelled}")
H("evasion age", "{pt.first} is {age!words} years old and sharp as a tack")
H("evasion", "{rel.first}'s email is {rel.email!obf}")
H("evasion fullwidth", "{L.mrn} {mrn!fullwidth} for {pt.last}")
H("evasion zero-width", "card {cc!zw} for the {pt.last} copay")
H("structured", "SSN for {pt.last}, hang on, pulling it from the face sheet... ok here: {ssn}")
H("structured", "Memebr ID {member}, DOBB {dob}, phne {phone}")
H("structured", "{pt.her} info (name {pt.full}) (dob {dob}) (ph {phone})")
H("evasion", "{pt.first}'s {L.ssn} {ssn!mixed}")
H("structured multiline", "Face sheet snippet\n{L.mbi} {mbi}\n{L.medicaid} {medicaid}\n{L.acct} {har}\n{L.ssn} {ssn}")
H("structured", "{L.dob} {dob} / {L.phone} {phone} / {L.email} {email}")
H("evasion fullwidth", "ph {phone!fullwidth} for {pt.first}")
H("evasion zero-width", "ssn {ssn!zw} (copied from the fax)")
H("evasion", "{pt.full} age {age!words}, lives alone in {town}")

# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
EMOJI_RE = re.compile(r"(?<![\w:]):(?:[a-z][a-z0-9_\-]*|\+1):(?![\w])")
MARKUP_RE = re.compile(r"<@U|<https?://|<mailto:|`|(?<![\w*])\*[^\s*][^*\n]*\*(?![\w*])")
BIZ_TYPES = ("PHONE", "EMAIL")


def build(r, kind, frame, fid):
    tags0, tpl = frame
    for attempt in range(400):
        ctx = Ctx(r, tpl)
        segs = render(tpl, ctx)
        u = r.random()
        lower, caps = u < 0.25, 0.25 <= u < 0.28
        typo = r.random() < 0.16
        if lower or caps:
            fn = str.lower if lower else str.upper
            for s in segs:
                if s[0] != "K":
                    s[1] = map_unprotected(s[1], fn)
        if typo:
            typo = apply_typo(r, segs)
        text, spans, char_spans = finalize(segs)
        if kind == "c" and spans:
            raise AssertionError("clean frame %s produced PHI" % fid)
        if kind == "p" and not spans:
            raise AssertionError("PHI frame %s produced no spans" % fid)
        for typ, v, a, b in spans:
            if v != v.strip() or not v:
                raise AssertionError("frame %s: span value with outer whitespace %r" % (fid, v))
        offs = checker_offsets(text, [v for _, v, _, _ in spans])
        if offs != [(a, b) for _, _, a, b in spans]:
            continue  # an earlier occurrence would be matched: draw again
        lint(text, char_spans, tags0, fid)
        tags = [t for t in tags0]
        types = [t for t, _, _, _ in spans]
        for typ, tag in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
            if typ in types:
                tags.append(tag)
        tags += ctx.tags
        if "business-contact" in tags and not (types and all(t in BIZ_TYPES for t in types)):
            tags.remove("business-contact")
        if lower:
            tags.append("lowercase")
        if caps:
            tags.append("allcaps")
        if typo:
            tags.append("typo")
        if "\n" in text:
            tags.append("multiline")
        if MARKUP_RE.search(text):
            tags.append("slack-markup")
        if EMOJI_RE.search(text):
            tags.append("emoji")
        tags.append("phi" if spans else "clean")
        seen, out_tags = set(), []
        for t in tags:
            if t not in seen:
                seen.add(t); out_tags.append(t)
        return text, [{"type": t, "value": v} for t, v, _, _ in spans], out_tags
    raise AssertionError("frame %s: could not place spans unambiguously" % fid)


def main():
    givens = set(ALL_F) | set(ALL_M) | set(NICKS["f"]) | set(NICKS["m"])
    assert len(givens) >= 300 and len(set(ALL_SURNAMES)) >= 300, (len(givens), len(set(ALL_SURNAMES)))
    assert len(CLEAN_FRAMES) + len(PHI_FRAMES) >= 250
    r = random.Random(SEED)
    slots = [("c", i) for i in range(len(CLEAN_FRAMES))] + [("p", i) for i in range(len(PHI_FRAMES))]
    slots += [("c", r.randrange(len(CLEAN_FRAMES))) for _ in range(N_CLEAN - len(CLEAN_FRAMES))]
    slots += [("p", r.randrange(len(PHI_FRAMES))) for _ in range(N_TOTAL - N_CLEAN - len(PHI_FRAMES))]
    r.shuffle(slots)
    lines = []
    for n, (kind, i) in enumerate(slots, 1):
        frame = CLEAN_FRAMES[i] if kind == "c" else PHI_FRAMES[i]
        fid = "%s%03d" % (kind, i)
        text, spans, tags = build(r, kind, frame, fid)
        rec = {"id": "gq%04d" % n, "text": text, "spans": spans, "tags": tags}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages to %s (%d clean frames, %d PHI frames, %d given names, %d surnames)"
          % (len(lines), OUT, len(CLEAN_FRAMES), len(PHI_FRAMES), len(givens), len(set(ALL_SURNAMES))))


if __name__ == "__main__":
    main()
