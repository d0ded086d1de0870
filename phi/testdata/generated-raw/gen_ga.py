#!/usr/bin/env python3
"""Generate labelled hospital-operations chat messages for the PHI detector.

Standard library only, fixed seed. Writes /work/corpora/generated_ga.jsonl in the raw
format of check_phi_corpus.py: {"id","text","spans":[{"type","value"}],"tags"}.

Messages are assembled from segments (text, type-or-None), so every span is known
while the text is built; each message is re-checked against the validator's
left-to-right value matching before it is accepted.
"""
import json, random, re, string, sys, unicodedata

SEED = 4417
N_MESSAGES = 1500
CLEAN_SHARE = 0.45
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_ga.jsonl")
rng = random.Random(SEED)

def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]

# ----------------------------------------------------------------------------- names
GIVEN_F = L("""Ana|Maria|Mary|Jennifer|Linda|Patricia|Elizabeth|Susan|Jessica|Sarah|Karen|Nancy|Lisa|
Margaret|Betty|Sandra|Ashley|Dorothy|Kimberly|Emily|Donna|Michelle|Carol|Amanda|Melissa|Deborah|
Stephanie|Rebecca|Laura|Sharon|Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|
Samantha|Katherine|Christine|Rachel|Catherine|Carolyn|Janet|Ruth|Virginia|Gloria|Theresa|Beverly|
Denise|Marilyn|Judith|Evelyn|Frances|Joan|Jacqueline|Mildred|Eleanor|Agnes|Bernadette|Loretta|
Aaliyah|Fatima|Aisha|Leila|Yasmin|Noor|Khadija|Mariam|Priya|Ananya|Deepa|Sunita|Lakshmi|Kavya|Meera|
Mei|Xiu Ying|Ying|Lan|Hana|Yuki|Keiko|Sakura|Min-ji|Ji-woo|Seo-yeon|Eun-ji|Linh|Mai|Huong|Ngoc Anh|
Thuy|Guadalupe|Ximena|Valentina|Camila|Sofía|Lucía|Renata|Yolanda|Marisol|Esperanza|Dolores|Consuelo|
Maritza|Adaeze|Chiamaka|Ngozi|Amara|Nia|Imani|Zainab|Folake|Abena|Ama|Olga|Svetlana|Natalia|Irina|
Katarzyna|Agnieszka|Zofia|Siobhan|Aoife|Niamh|Saoirse|Bridget|Mairead|Ingrid|Astrid|Freya|Solveig|
Chiara|Giulia|Francesca|Rosaria|Leilani|Kalani|Malia|Tallulah|Winona|Shaniqua|LaToya|Keisha|Tamika|
Ebony|Marie-Claire|Anne-Marie|Mary-Kate|Zoë|Chloé|Renée|Noémie|Hope|Faith|Grace|Joy|Rose|Violet|
Iris|Summer|April|May|June|Dawn|Amber|Ruby|Pearl|Crystal|Holly|Ivy|Lily|Daisy|Penny|Destiny|Patience|
Charity|Harmony|Melody|Autumn|Ginger|Olive|Hazel|Willow|Jade|Liberty|Precious|Marguerite|Yesenia""")
GIVEN_M = L("""James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|
Matthew|Anthony|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Edward|Ronald|Timothy|
Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Stephen|Jonathan|Larry|Justin|Scott|Brandon|Raymond|
Gregory|Samuel|Benjamin|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Walter|Harold|Eugene|Ralph|Francis|
Leonard|Stanley|José|Juan|Carlos|Luis|Jorge|Miguel|Alejandro|Javier|Diego|Santiago|Mateo|Joaquín|
Ramón|Jesús|Efraín|Héctor|Muhammad|Mohammed|Ahmed|Omar|Yusuf|Ibrahim|Hassan|Tariq|Khalid|Mustafa|
Raj|Arjun|Vikram|Sanjay|Rohan|Anil|Suresh|Venkat|Wei|Jian|Hao|Zhiwei|Hiroshi|Takeshi|Kenji|Haruto|
Min-jun|Seung-ho|Jae-won|Minh|Duc|Tuan|Quang|Bao|Chinedu|Emeka|Oluwaseun|Kwame|Kofi|Tunde|Babajide|
Dmitri|Sergei|Alexei|Ivan|Piotr|Tomasz|Krzysztof|Lars|Sven|Bjørn|Anders|Giovanni|Giuseppe|Luca|
Marco|Sean|Seamus|Pádraig|Declan|Cormac|Liam|Jean-Luc|Jean-Pierre|François|René|Andrés|José Luis|
Juan Carlos|DeShawn|Darnell|Tyrone|Jamal|Malik|DeAndre|Kareem|Will|Mark|Bill|Frank|Rich|Chase|
Hunter|Art|Miles|Cliff|Dale|Glen|Forrest|Reed|Earnest|Sterling|Rocky|Buck|Bud|Sonny|Rusty|Gene|
Wade|Lance|Ray|Drew|Jay|Ezekiel|Thaddeus|Cornelius|Kaito|Arash|Dariusz|Mikael|Olumide""")
GIVEN_N = L("""Alex|Jordan|Taylor|Morgan|Casey|Riley|Jamie|Quinn|Avery|River|Sky|Sunny|Kai|Robin|Sandy|
Sage|Noa|Dakota|Rowan|Ari""")
WORD_GIVEN_F = L("""Hope|Faith|Grace|Joy|Rose|Violet|Iris|Summer|April|May|June|Dawn|Amber|Ruby|Pearl|
Crystal|Holly|Ivy|Lily|Daisy|Penny|Destiny|Patience|Charity|Harmony|Melody|Autumn|Ginger|Olive|Hazel|
Willow|Jade|Liberty|Sky|Sunny|Robin|Sandy|Sage|River""")
WORD_GIVEN_M = L("""Will|Mark|Bill|Frank|Rich|Chase|Hunter|Art|Miles|Cliff|Dale|Glen|Forrest|Reed|
Earnest|Sterling|Rocky|Buck|Bud|Sonny|Rusty|Wade|Lance|Ray|Drew|Jay|River|Sky|Robin""")
SURNAMES = L("""Smith|Johnson|Williams|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|
Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|Harris|Sanchez|Clark|
Ramirez|Lewis|Robinson|Walker|Allen|Wright|Scott|Torres|Nguyen|Flores|Adams|Nelson|Hall|Rivera|
Campbell|Mitchell|Roberts|Gomez|Phillips|Evans|Turner|Diaz|Parker|Cruz|Edwards|Collins|Reyes|Stewart|
Morris|Morales|Murphy|Rogers|Gutierrez|Ortiz|Cooper|Peterson|Bailey|Kelly|Howard|Ramos|Kim|Cox|
Richardson|Watson|Chavez|Bennett|Gray|Mendoza|Ruiz|Hughes|Alvarez|Castillo|Sanders|Patel|Myers|Ross|
Foster|Jimenez|O'Brien|O'Connor|O'Neill|O'Sullivan|McCarthy|MacDonald|McAllister|D'Angelo|D'Souza|
DiMaggio|de la Cruz|de la Rosa|Del Rio|van der Berg|Van Buren|von Stein|da Silva|dos Santos|de Souza|
Le|Tran|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Ngo|Duong|Ly|Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|
Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Tanaka|Suzuki|Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Sato|Ito|Park|
Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Shah|Singh|Kumar|Sharma|Gupta|Reddy|Iyer|Nair|Chatterjee|Banerjee|
Mukherjee|Desai|Mehta|Joshi|Rao|Khan|Ahmed|Hussain|Ali|Rahman|Chowdhury|Siddiqui|Qureshi|Haddad|
Khoury|Nasser|Abboud|Mansour|Saleh|bin Rashid|Al-Farsi|Al-Amin|El-Sayed|Abdullah|Okafor|Okonkwo|
Adeyemi|Oyelaran|Nwosu|Eze|Mensah|Owusu|Boateng|Asante|Diallo|Traoré|Ndiaye|Kamara|Mwangi|Otieno|
Kowalski|Nowak|Wiśniewski|Wójcik|Kowalczyk|Lewandowski|Zieliński|Ivanov|Petrov|Smirnov|Volkov|
Popescu|Horvath|Novak|Kovač|Müller|Schmidt|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Koch|
Richter|Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|
Costa|Fontana|Dubois|Lefebvre|Moreau|Laurent|Girard|Bonnet|Lambert|Fontaine|Rousseau|Gauthier|
Pelletier|Tremblay|Gagnon|Bouchard|Côté|Gagné|Lavoie|Fortin|Ouellette|Boucher|Larsen|Hansen|Jensen|
Nielsen|Andersen|Johansson|Karlsson|Lindqvist|Eriksson|Haugen|Murphy-Jones|Smith-Baptiste|
Garcia-Lopez|Ruiz-Ortega|Ward-Price|Lloyd-Evans|Hughes-Whitfield|Sánchez-Vidal|Fernández|Núñez|
Muñoz|Peña|Ibáñez|Brannigan|Fitzgerald|Kavanagh|Gallagher|Doherty|Byrne|Quinn|Walsh|Kennedy|Begay|
Yazzie|Tsosie|Redhorse|Kahananui|Kealoha|Makoa|Baptiste|Pierre|Jean-Baptiste|Toussaint|Célestin|
Dupont|Washington|Jefferson|Freeman|Booker|Brown|White|Young|King|Hill|Green|Baker|Carter|Cook|Reed|
Ward|Brooks|Wood|Price|Long|Black|Banks|Rivers|Waters|Stone|Wolf|Fox|Bird|Swan|Bell|Day|Small|Little|
Strong|Wise|Hardy|Moody|Church|Bishop|Page|Hunter|Mason|Fisher|Porter|Shepherd|Cash|Love|Winter|Snow|
Frost|Sharp|Short|Best|Moss|Sparks|House|Bond|Chambers|Street|Field|Lake|Rich|Golden|Savage|Noble|
Pope|Dean|Marsh|Beach|Hope|Christmas|Summers|Knight|Cross|Mills|Booth|Parsons|Holmes""")
WORD_SUR = L("""Brown|White|Young|King|Hill|Green|Baker|Carter|Cook|Reed|Ward|Brooks|Wood|Price|Long|
Black|Banks|Rivers|Waters|Stone|Wolf|Fox|Bird|Swan|Bell|Day|Small|Little|Strong|Wise|Hardy|Moody|
Church|Bishop|Page|Hunter|Mason|Fisher|Porter|Shepherd|Cash|Love|Winter|Snow|Frost|Sharp|Short|Best|
Moss|Sparks|House|Bond|Chambers|Street|Field|Lake|Rich|Golden|Savage|Noble|Pope|Dean|Marsh|Beach|
Hope|Christmas|Summers|Knight|Cross|Mills|Booth""")
NICKS = {"Robert": ["Bobby", "Rob", "Bob"], "William": ["Bill", "Billy", "Will"],
         "Elizabeth": ["Liz", "Betty", "Beth"], "Margaret": ["Peggy", "Maggie"],
         "Richard": ["Rick", "Rich", "Richie"], "James": ["Jim", "Jimmy"], "Joseph": ["Joe", "Joey"],
         "Katherine": ["Kate", "Kathy"], "Patricia": ["Patty", "Trish"], "Michael": ["Mike", "Mikey"],
         "Thomas": ["Tom", "Tommy"], "Dorothy": ["Dot", "Dottie"], "Edward": ["Eddie", "Ted", "Ed"],
         "Francis": ["Frank", "Frankie"], "José": ["Pepe"], "Guadalupe": ["Lupe"], "Jesús": ["Chuy"],
         "Anthony": ["Tony"], "Deborah": ["Debbie"], "Rebecca": ["Becky"], "Jennifer": ["Jen"],
         "Jacqueline": ["Jackie"], "Eugene": ["Gene"], "Leonard": ["Lenny", "Leo"], "Stanley": ["Stan"],
         "Harold": ["Hal", "Harry"], "Mildred": ["Millie"], "Eleanor": ["Ellie", "Nell"],
         "Frances": ["Fran"], "Theresa": ["Terry", "Tess"], "Daniel": ["Danny"], "Nicholas": ["Nick"],
         "Samuel": ["Sam", "Sammy"], "Benjamin": ["Ben", "Benny"], "Dmitri": ["Dima"],
         "Oluwaseun": ["Seun"], "Babajide": ["Jide"], "Kenneth": ["Kenny"], "Raymond": ["Ray"],
         "Timothy": ["Tim"], "Walter": ["Walt"], "Gregory": ["Greg"], "Virginia": ["Ginny"],
         "Bernadette": ["Bernie"], "Agnes": ["Aggie"], "Catherine": ["Cathy"], "Kimberly": ["Kim"],
         "Pamela": ["Pam"], "Sandra": ["Sandy"], "Susan": ["Sue", "Susie"], "Alejandro": ["Alex"],
         "Francesca": ["Frankie"], "Giuseppe": ["Beppe"], "Seamus": ["Shay"], "Mohammed": ["Mo"]}
ALL_GIVEN = sorted(set(GIVEN_F) | set(GIVEN_M) | set(GIVEN_N))

# ----------------------------------------------------------------------------- places
TOWNS = [("Dracut", "MA", "018"), ("Amesbury", "MA", "019"), ("Lowell", "MA", "018"),
         ("Methuen", "MA", "018"), ("Haverhill", "MA", "018"), ("Lynn", "MA", "019"),
         ("Revere", "MA", "021"), ("Chelsea", "MA", "021"), ("Malden", "MA", "021"),
         ("Medford", "MA", "021"), ("Quincy", "MA", "021"), ("Brockton", "MA", "023"),
         ("Taunton", "MA", "027"), ("Fall River", "MA", "027"), ("New Bedford", "MA", "027"),
         ("Worcester", "MA", "016"), ("Fitchburg", "MA", "014"), ("Leominster", "MA", "014"),
         ("Lawrence", "MA", "018"), ("Peabody", "MA", "019"), ("Gloucester", "MA", "019"),
         ("Framingham", "MA", "017"), ("Springfield", "MA", "011"), ("Holyoke", "MA", "010"),
         ("Pittsfield", "MA", "012"), ("Nashua", "NH", "030"), ("Manchester", "NH", "031"),
         ("Derry", "NH", "030"), ("Salem", "NH", "030"), ("Dover", "NH", "038"),
         ("Pawtucket", "RI", "028"), ("Providence", "RI", "029"), ("Cranston", "RI", "029"),
         ("Woonsocket", "RI", "028"), ("Portland", "ME", "041"), ("Lewiston", "ME", "042"),
         ("Burlington", "VT", "054"), ("Hartford", "CT", "061"), ("New Haven", "CT", "065"),
         ("Bridgeport", "CT", "066"), ("Yonkers", "NY", "107"), ("Albany", "NY", "122"),
         ("Newark", "NJ", "071"), ("Camden", "NJ", "081"), ("Allentown", "PA", "181"),
         ("Scranton", "PA", "185"), ("Baltimore", "MD", "212"), ("Richmond", "VA", "232"),
         ("Durham", "NC", "277"), ("Columbia", "SC", "292"), ("Savannah", "GA", "314"),
         ("Tampa", "FL", "336"), ("Hialeah", "FL", "330"), ("Akron", "OH", "443"),
         ("Dayton", "OH", "454"), ("Flint", "MI", "485"), ("Gary", "IN", "464"),
         ("Peoria", "IL", "616"), ("Cicero", "IL", "608"), ("Madison", "WI", "537"),
         ("Duluth", "MN", "558"), ("Des Moines", "IA", "503"), ("Omaha", "NE", "681"),
         ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"), ("El Paso", "TX", "799"),
         ("Laredo", "TX", "780"), ("Pasadena", "TX", "775"), ("Mesa", "AZ", "852"),
         ("Tucson", "AZ", "857"), ("Provo", "UT", "846"), ("Boise", "ID", "837"),
         ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Salem", "OR", "973"),
         ("Fresno", "CA", "937"), ("Oakland", "CA", "946"), ("Stockton", "CA", "952"),
         ("Reno", "NV", "895"), ("Las Cruces", "NM", "880"), ("Anchorage", "AK", "995"),
         ("Hilo", "HI", "967")]
STREETS = L("""Tarbox|Maple|Elm|Oak|Pleasant|Main|Broadway|Washington|Lincoln|Pine|Cedar|Highland|
Chestnut|Summer|Water|Union|Park|Prospect|Spring|Central|School|Church|Mill|Lowell|Essex|Hancock|
Adams|Bridge|Franklin|Granite|Hawthorne|Jefferson|Kendall|Lafayette|Magnolia|Nashua|Orchard|Pearl|
Quarry|Riverside|Sycamore|Tremont|Varnum|Walnut|Winter|Birch|Cottage|Dover|Fairmount|Garden|Harbor|
Independence|Juniper|Liberty|Meadow|Newbury|Old County|Pilgrim|Ridge|Salisbury|Tanglewood|Vine|
Whittier|Mystic|Beacon|Blue Hill|Martin Luther King Jr|Cesar Chavez|Dorchester""")
SUFFIX = L("Street|St|St.|Road|Rd|Rd.|Avenue|Ave|Ave.|Lane|Ln|Drive|Dr|Way|Court|Ct|Terrace|Ter|Place|Pl|Boulevard|Blvd|Circle|Cir|Pkwy")
FAC_STREETS = L("""Hospital Drive|Medical Center Drive|Health Park Way|Fruit Street|Longwood Avenue|
Campus Drive|Wellness Way|Infirmary Road|Mercy Lane|Saint Luke's Place|Clinic Road|University Avenue""")
UNITS_ = L("""4 West|4W|5 East|5E|6 North|6N|7 South|MICU|SICU|CVICU|Tele 5|Tele 3|Ortho|Neuro|ED|L&D|
Peds|Obs|BH unit|Onc|Med-Surg 3|PCU|Rehab|Mother-Baby|Step-down|8 Lunder|9 Ellison|Bigelow 11""")
DEPTS = L("""EVS|Transport|Patient Access|Registration|Bed Management|Security|the call center|Nutrition|
Pharmacy|Lab|Radiology|IT|Facilities|Admitting|Case Management|Scheduling|Central Supply|Finance""")
VENDORS = [("Stryker", "stryker.com"), ("Hill-Rom", "hillrom.com"), ("Medline", "medline.com"),
           ("Cardinal Health", "cardinalhealth.com"), ("TeleTracking", "teletracking.com"),
           ("Vocera", "vocera.com"), ("Aramark", "aramark.com"), ("Sodexo", "sodexo.com"),
           ("Allied Universal", "aus.com"), ("Crothall", "crothall.com"), ("Baxter", "baxter.com"),
           ("Zebra", "zebra.com"), ("Owens & Minor", "owens-minor.com"), ("Ecolab", "ecolab.com"),
           ("Xenex", "xenex.com"), ("Otis", "otis.com"), ("Kronos", "ukg.com"),
           ("Qventus", "qventus.com"), ("Lyft Healthcare", "lyft.com"), ("Coverys", "coverys.com")]
HOSPDOMS = L("""northshorehealth.org|mercyvalley.org|stlukes-med.org|bayviewhealth.org|riversidemc.org|
hcgh.org|lakeshoremed.org|stjudemedical.org|merrimackhealth.org|pioneervalleymc.org|
granitestatehealth.org|harborviewmc.org""")
PAYERS = L("""BCBS|Blue Cross|Harvard Pilgrim|Tufts|Aetna|UHC|United|Cigna|Humana|WellSense|Fallon|
Ambetter|Medicare|MassHealth|BMC HealthNet|Anthem|Molina|Oscar|Tricare|Point32Health""")
DRUGS = L("Eliquis|heparin|Tylenol|oxycodone|Lasix|insulin glargine|vanc|Zosyn|metoprolol|Keppra|Coumadin|Ativan|Haldol|Narcan")
DOSES = L("5 mg|650 mg|40 mg IV|10 units|1 g|2.5 mg|500 mg PO|0.5 mg|25 mcg|4 mg|81 mg|1000 mL")
PROCS = L("colonoscopy|cath|MRI brain|hip replacement|EGD|cataract surgery|dialysis|PICC placement|knee scope|echo|stress test|lap chole|bronch|TAVR")
CLINICS = L("Ortho clinic|Cardiology|Women's Health|GI|Endo|Wound care|Neuro clinic|Derm|Pulm|the Infusion center|Urology|Sleep lab")
CPTS = L("99213|99214|70553|93306|45378|27447|43239|G0439|99285|71046|36415|J1100")
ICDS = L("E11.9|I10|J44.1|N18.6|Z79.01|R07.9|M54.5|F32.A|I48.91|K21.9|S72.001A|Z00.00")
CARS = L("silver Camry|black F-150|red Civic|white Sienna|gray RAV4|blue Outback|green Jeep|maroon Malibu|white Transit van|black Tahoe|tan Corolla|dark blue Altima")
DOORS = L("Door 7|the ED ambulance doors|the north entrance|Door B2|the garage bridge|the loading dock|the Cox lobby doors|the east stairwell|Door 14|the Yawkey entrance")
CORRIDORS = L("the B1 corridor|the main lobby|the link bridge|elevator bank C|the cafeteria hallway|the 2nd floor connector|the radiology hallway")
CONFROOMS = L("Conf Rm 3A|the Bed Mgmt office|Teams|the Admin boardroom|Ryan 210|the 5th floor huddle room|Founders 110|the Ops center")
SUPPLIES = L("chux pads|bleach wipes|gloves (M)|trash liners|hand sanitizer|linen bags|mop heads|sharps containers|Sani-Cloths")
TEAMS = L("Service Desk|Clinical Apps|Desktop Support|Facilities|Network Ops|EHR Access|Biomed")
PRINTERS = L("PRT-REG-02|ZB-4W-01|ADM_LASER3|PRN-ED-TRIAGE|LBL-LAB-07|ZEBRA-REG1|FRONTDESK_HP")
USERIDS = L("svc_bedboard|kiosk03|regdesk2|svc_adt|scanner04|admin|svc_vocera|wow-4w-12")
ROUTES = L("Rte 110|Route 28|the rotary|I-495 exit 32|Rte 1A|the old mill road|Route 38")
LANGS = L("Vietnamese|Spanish|Portuguese|Haitian Creole|Khmer|Arabic|Mandarin|Cantonese|Russian|Somali|Cape Verdean Creole|ASL|Nepali|Polish")
VIPTYPES = L("local news anchor|state rep|pro hockey player|city councilor|former mayor|radio host|school superintendent")
RELS_F = L("daughter|wife|sister|mother|niece|granddaughter|aunt|partner|daughter-in-law|POA")
RELS_M = L("son|husband|brother|father|nephew|grandson|uncle|partner|son-in-law|POA")
FACNAMES = L("main campus|the Salem site|Wing B|the MOB|the ambulatory pavilion|the north tower|the Lawrence clinic")
QUOTES = L("""anyone seen the transport pager?|who's covering 4W tonight?|status?|can someone help w/ this|
any update?|is this still open?|did this get done|who has this one|pls advise|thoughts?""")
EMOJI = ["👍", "🙏", "✅", "🚨", "😩", "🛏️", "🚑", "👀", "🙂", "🔥", ":thumbsup:", ":pray:",
         ":eyes:", ":white_check_mark:", ":bed:", ":rotating_light:", ":sweat_smile:", ":+1:"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITW = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# ----------------------------------------------------------------------------- helpers
def R(a, b):
    return rng.randint(a, b)

def C(seq):
    return rng.choice(seq)

def digits(n):
    return "".join(str(R(0, 9)) for _ in range(n))

def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("Ø", "O")
    return re.sub(r"[^a-z0-9]", "", s.lower())

def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)

def zero_width(s):
    out, idx = [], [i for i in range(1, len(s)) if s[i].isdigit() and s[i - 1].isdigit()]
    pick = set(rng.sample(idx, min(len(idx), R(1, 3)))) if idx else set()
    for i, c in enumerate(s):
        if i in pick:
            out.append(C(["\u200b", "\u200b", "\u2060", "\u00a0"]))
        out.append(c)
    return "".join(out)

def spell_digits(s, groups=None):
    ds = [c for c in s if c.isdigit()]
    words = [("oh" if (d == "0" and rng.random() < 0.3) else DIGW[int(d)]) for d in ds]
    if not groups:
        groups = []
        n = len(words)
        while n > 0:
            groups.append(min(3, n)); n -= 3
    out, i = [], 0
    for g in groups:
        out.append(" ".join(words[i:i + g])); i += g
    return ", ".join(out)

def spell_age(n):
    if n < 100:
        t = "ninety"
        return t if n == 90 else t + C(["-", "-", " "]) + UNITW[n - 90]
    rest = n - 100
    head = C(["one hundred", "a hundred"])
    return head if rest == 0 else head + C([" and ", " "]) + UNITW[rest]

def luhn_complete(partial):
    ds = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)

def ordinal(d):
    if 10 <= d % 100 <= 20: suf = "th"
    else: suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)

def rand_date(y0, y1):
    y = R(y0, y1); m = R(1, 12); d = R(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return (y, m, d)

DATE_FMTS_Y = ["m/d/yyyy", "mm/dd/yyyy", "mm/dd/yyyy", "m/d/yy", "iso", "Month d, yyyy",
               "Mon d yyyy", "d-Mon-yyyy", "mmddyyyy", "m.d.yy", "m-d-yyyy", "DDMONYYYY",
               "d Month yyyy", "Mon. d, yyyy", "mm-dd-yy", "Month dth yyyy"]
DATE_FMTS_NOY = ["m/d", "m/d", "mm/dd", "Mon dth", "Month dth", "Mon. d", "Month d", "d-Mon", "m-d"]

def fmt_date(dt, fmt):
    y, m, d = dt
    mon, month = MONTHS[m - 1][:3], MONTHS[m - 1]
    return {"m/d/yyyy": "%d/%d/%d" % (m, d, y), "mm/dd/yyyy": "%02d/%02d/%d" % (m, d, y),
            "m/d/yy": "%d/%d/%02d" % (m, d, y % 100), "iso": "%d-%02d-%02d" % (y, m, d),
            "Month d, yyyy": "%s %d, %d" % (month, d, y), "Mon d yyyy": "%s %d %d" % (mon, d, y),
            "d-Mon-yyyy": "%d-%s-%d" % (d, mon, y), "mmddyyyy": "%02d%02d%d" % (m, d, y),
            "m.d.yy": "%d.%d.%02d" % (m, d, y % 100), "m-d-yyyy": "%d-%d-%d" % (m, d, y),
            "DDMONYYYY": "%02d%s%d" % (d, mon.upper(), y), "d Month yyyy": "%d %s %d" % (d, month, y),
            "Mon. d, yyyy": "%s. %d, %d" % (mon, d, y), "mm-dd-yy": "%02d-%02d-%02d" % (m, d, y % 100),
            "Month dth yyyy": "%s %s %d" % (month, ordinal(d), y),
            "m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "Mon dth": "%s %s" % (mon, ordinal(d)),
            "Month dth": "%s %s" % (month, ordinal(d)), "Mon. d": "%s. %d" % (mon, d),
            "Month d": "%s %d" % (month, d), "d-Mon": "%d-%s" % (d, mon), "m-d": "%d-%d" % (m, d),
            "hl7": "%d%02d%02d" % (y, m, d)}[fmt]

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

def rand_time():
    h = R(0, 23); mi = C([0, 0, 0, 15, 30, 30, 45, R(0, 59)])
    f = R(0, 6)
    if f == 0: return "%02d:%02d" % (h, mi)
    if f == 1: return "%02d%02d" % (h, mi)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    if f == 2: return "%d:%02d %s" % (h12, mi, ap)
    if f == 3: return "%d:%02d%s" % (h12, mi, ap.upper() if rng.random() < .3 else ap)
    if f == 4: return "%d%s" % (h12, ap)
    if f == 5: return "%d%s" % (h12, ap[0])
    return C(["noon", "7a", "7p", "0700", "1900", "3pm", "11:30", "0600"])

# ----------------------------------------------------------------------------- persons
LABELLED_ROLES = {"pt", "pt2", "pt3", "rel", "vis", "pr", "eh", "vip"}
STAFF_ROLES = {"st", "st2", "st3", "ex", "vc"}
ROLE_TAG = {"ex": "exec-name", "st": "colleague-name", "st2": "colleague-name",
            "st3": "colleague-name", "vc": "vendor-contact"}

class Person:
    def __init__(self, role, need_nick=False, last=None):
        self.role = role
        self.sex = C("fm")
        if need_nick:
            pool = [n for n in NICKS if n in (GIVEN_F if self.sex == "f" else GIVEN_M)]
            self.first = C(pool)
            self.nick = C(NICKS[self.first])
        else:
            r = rng.random()
            if r < 0.14:
                self.first = C(WORD_GIVEN_F if self.sex == "f" else WORD_GIVEN_M)
            elif r < 0.22:
                self.first = C(GIVEN_N)
            else:
                self.first = C(GIVEN_F if self.sex == "f" else GIVEN_M)
            self.nick = C(NICKS[self.first]) if self.first in NICKS else None
        if last:
            self.last = last
        else:
            self.last = C(WORD_SUR) if rng.random() < 0.14 else C(SURNAMES)
        self.mi = C("ABCDEFGHJKLMNPRSTVW")
        self.rel = C(RELS_F if self.sex == "f" else RELS_M)
        self.yy = R(40, 99)

    def render(self, attr, hospdom, vendordom):
        f, l, m = self.first, self.last, self.mi
        if attr in (None, "full"): return f + " " + l
        if attr == "first": return f
        if attr == "last": return l
        if attr == "inv":
            k = R(0, 4)
            if k == 0: return "%s, %s %s" % (l.upper(), f.upper(), m)
            if k == 1: return "%s, %s" % (l.upper(), f.upper())
            if k == 2: return "%s,%s" % (l, f)
            if k == 3: return "%s, %s %s." % (l, f, m)
            return "%s, %s" % (l, f)
        if attr == "fml": return "%s %s. %s" % (f, m, l) if rng.random() < .8 else "%s %s %s" % (f, m, l)
        if attr == "fi": return "%s. %s" % (f[0], l) if rng.random() < .8 else "%s %s" % (f[0], l)
        if attr == "any": return self.render(C(["full", "full", "full", "inv", "fml", "fi"]), hospdom, vendordom)
        if attr == "nick": return self.nick or f
        if attr == "nickfull": return "%s %s" % (self.nick or f, l)
        if attr == "hl7": return "%s^%s^%s" % (l.upper(), f.upper(), m)
        if attr == "hon": return ("Mr." if self.sex == "m" else C(["Ms.", "Mrs.", "Ms"])) if rng.random() < .85 else ("Mr" if self.sex == "m" else "Mrs")
        if attr == "subj": return "he" if self.sex == "m" else "she"
        if attr == "obj": return "him" if self.sex == "m" else "her"
        if attr == "pos": return "his" if self.sex == "m" else "her"
        if attr == "role": return self.rel
        if attr == "sexch": return self.sex.upper()
        if attr in ("email", "emailob"):
            fa, la = ascii_fold(f), ascii_fold(l)
            if self.role in ("st", "st2", "st3", "ex"):
                user = C([fa[0] + la, fa + "." + la, fa + la[0], la + fa[0], fa + "_" + la])
                dom = hospdom
            elif self.role == "vc":
                user = C([fa + "." + la, fa[0] + la, fa + la]); dom = vendordom
            else:
                user = C([fa + "." + la, fa[0] + la + str(self.yy), fa + la + str(R(1, 99)),
                          la + "." + fa, fa + "_" + la[0] + str(R(10, 99)), fa + str(self.yy),
                          fa[0] + m.lower() + la, la + fa[0] + str(R(1, 9))])
                dom = C(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "icloud.com",
                         "comcast.net", "aol.com", "outlook.com", "verizon.net", "msn.com", "att.net"])
            if attr == "email":
                return user + "@" + dom
            k = R(0, 3)
            if k == 0: return user + " [at] " + dom.replace(".", " [dot] ")
            if k == 1: return user + " at " + dom.replace(".", " dot ")
            if k == 2: return user + "(at)" + dom
            return user + " @ " + dom
        raise KeyError(attr)

PERSON_NAME_ATTRS = {None, "full", "first", "last", "inv", "fml", "fi", "any", "nick", "nickfull", "hl7"}

# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, need_nick):
        self.ent = {}
        self.ren = {}
        self.tags = set()
        self.biz = []
        self.need_nick = need_nick
        self.hospdom = C(HOSPDOMS)
        self.vendor = C(VENDORS)

    def entity(self, kind, key, maker):
        k = (kind, key)
        if k not in self.ent:
            self.ent[k] = maker()
        return self.ent[k]

def person_slot(ctx, kind, attr, key):
    def make():
        last = None
        if kind == "rel" and ("pt", None) in ctx.ent and rng.random() < 0.5:
            last = ctx.ent[("pt", None)].last
        return Person(kind, need_nick=(kind, key) in ctx.need_nick, last=last)
    p = ctx.entity(kind, key, make)
    s = p.render(attr, ctx.hospdom, ctx.vendor[1])
    tags = set()
    if attr in ("email", "emailob"):
        if kind in STAFF_ROLES:
            ctx.biz.append(True)
        if attr == "emailob":
            tags.add("evasion")
        return s, "EMAIL", tags
    if attr in PERSON_NAME_ATTRS:
        if kind in LABELLED_ROLES:
            return s, "NAME", {"name"}
        return s, None, {ROLE_TAG[kind]}
    return s, None, set()

# ----------------------------------------------------------------------------- value kinds
AREAS = [617, 781, 978, 508, 413, 339, 857, 351, 774, 603, 401, 207, 802, 860, 203, 212, 718, 347,
         646, 917, 215, 267, 312, 773, 713, 832, 214, 305, 404, 602, 415, 510, 206, 303, 702, 919, 614]

def phone_slot(ctx, kind, attr, key):
    a, e, l = ctx.entity(kind, key, lambda: (str(C(AREAS)), str(R(201, 989)), "%04d" % R(0, 9999)))
    tags = set()
    if kind in ("bphone", "fax"):
        ctx.biz.append(True)
    if attr == "tel":
        return "+1" + a + e + l, "PHONE", tags
    if attr == "sp":
        tags.add("evasion")
        return spell_digits(a + e + l, [3, 3, 4]), "PHONE", tags
    x = str(R(2, 9999))
    fm = [a + "-" + e + "-" + l, "(" + a + ") " + e + "-" + l, "(" + a + ")" + e + "-" + l,
          a + "." + e + "." + l, a + " " + e + " " + l, a + e + l, "+1 " + a + " " + e + " " + l,
          "+1-" + a + "-" + e + "-" + l, "1-" + a + "-" + e + "-" + l, "+1 (" + a + ") " + e + "-" + l,
          a + "-" + e + "-" + l, "(" + a + ") " + e + "-" + l, a + "/" + e + "-" + l]
    if kind == "bphone":
        fm += [a + "-" + e + "-" + l + " ext. " + x, a + "-" + e + "-" + l + " x" + x,
               "(" + a + ") " + e + "-" + l + " ext " + x, a + "." + e + "." + l + " x" + x]
    s = C(fm)
    r = rng.random()
    if r < 0.03:
        s = " ".join(a + e + l); tags.add("evasion")
    elif r < 0.05:
        s = fullwidth(s); tags |= {"evasion", "fullwidth"}
    elif r < 0.07:
        s = zero_width(s); tags |= {"evasion", "zero-width"}
    elif r < 0.09:
        s = a + "." + e + "-" + l; tags.add("evasion")
    return s, "PHONE", tags

def ssn_slot(ctx, kind, attr, key):
    def make():
        a = R(1, 899)
        while a == 666: a = R(1, 899)
        return "%03d" % a, "%02d" % R(1, 99), "%04d" % R(1, 9999)
    a, g, s_ = ctx.entity(kind, key, make)
    tags = set()
    if attr == "sp":
        return spell_digits(a + g + s_, [3, 2, 4]), "SSN", {"evasion"}
    r = rng.random()
    if r < 0.55: s = a + "-" + g + "-" + s_
    elif r < 0.63: s = a + " " + g + " " + s_
    elif r < 0.73: s = a + g + s_; tags.add("evasion")
    elif r < 0.78: s = a + "." + g + "." + s_
    elif r < 0.84: s = C([a + "." + g + "-" + s_, a + "-" + g + " " + s_, a + " " + g + "-" + s_]); tags.add("evasion")
    elif r < 0.89: s = fullwidth(a + "-" + g + "-" + s_); tags |= {"evasion", "fullwidth"}
    elif r < 0.94: s = zero_width(a + "-" + g + "-" + s_ if rng.random() < .5 else a + g + s_); tags |= {"evasion", "zero-width"}
    else: s = " ".join(a + g + s_); tags.add("evasion")
    return s, "SSN", tags

def mrn_slot(ctx, kind, attr, key):
    base = ctx.entity(kind, key, lambda: C([digits(8), "00" + digits(6), digits(7), digits(10),
                                             "E" + digits(7), "M" + digits(8), digits(9), "1" + digits(6)]))
    if attr == "sp":
        return spell_digits(base), "MRN", {"evasion"}
    s = base
    if rng.random() < 0.05 and base.isdigit():
        s = " ".join(base); return s, "MRN", {"evasion"}
    if rng.random() < 0.03:
        return fullwidth(s), "MRN", {"evasion", "fullwidth"}
    return s, "MRN", set()

def hpid_slot(ctx, kind, attr, key):
    up = string.ascii_uppercase
    s = C([C(["XJH", "ZGP", "YHP", "XKP", "JQU", "BXT"]) + digits(9),
           "W" + digits(9), digits(9) + "01", "H" + digits(8), "U" + digits(10),
           C(up) + C(up) + C(up) + digits(8) + C(["", "01", "02"]), "9" + digits(10),
           "MEM" + digits(8), C(up) + digits(8)])
    return s, "HEALTH_PLAN_ID", set()

def mbi_slot(ctx, kind, attr, key):
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    ch = [str(R(1, 9)), C(let), C(an), str(R(0, 9)), C(let), C(an), str(R(0, 9)), C(let), C(let),
          str(R(0, 9)), str(R(0, 9))]
    s = "".join(ch)
    if rng.random() < 0.45:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s, "HEALTH_PLAN_ID", set()

def mcaid_slot(ctx, kind, attr, key):
    return C(["100" + digits(9), digits(12), "NY" + digits(6) + "K", C(string.ascii_uppercase) * 2 + digits(5) + C("ABCDE")]), "HEALTH_PLAN_ID", set()

def har_slot(ctx, kind, attr, key):
    return ctx.entity(kind, key, lambda: C(["4" + digits(10), digits(9), "H" + digits(9), "G00" + digits(6),
                                            "10" + digits(8), digits(11), "PA" + digits(8)])), "ACCOUNT_NUMBER", set()

def bank_slot(ctx, kind, attr, key):
    return digits(R(8, 12)), "ACCOUNT_NUMBER", set()

DL_FMTS = [lambda: "S" + digits(8), lambda: digits(2) + "".join(C(string.ascii_uppercase) for _ in range(3)) + digits(5),
           lambda: digits(3) + " " + digits(3) + " " + digits(3), lambda: C("ABCDFGHJKLMNPRSTWY") + digits(7),
           lambda: digits(7), lambda: C("ABCDFGHJKLMNPRSTWY") + digits(3) + "-" + digits(4) + "-" + digits(4),
           lambda: digits(9), lambda: C("ABCDFGHJKLMNPRSTWY") + digits(12)]

def dl_slot(ctx, kind, attr, key):
    return C(DL_FMTS)(), "LICENSE_NUMBER", set()

def dea_slot(ctx, kind, attr, key):
    d = [R(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return C("ABFGM") + C("ABCDEFGHJKLMNPRSTWZ") + "".join(map(str, d)) + str(chk), "LICENSE_NUMBER", {"credentialing"}

def slic_slot(ctx, kind, attr, key):
    return C([digits(6), "RN" + digits(7), "A" + digits(5), "MD" + digits(6), digits(3) + "-" + digits(6),
              "NP" + digits(6), "25MA" + digits(8), digits(5)]), "LICENSE_NUMBER", {"credentialing"}

VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def vin_slot(ctx, kind, attr, key):
    tr = {c: i for i, c in enumerate("0123456789")}
    vals = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    vals.update(tr)
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [C(VIN_CH) for _ in range(17)]
    total = sum(vals[c] * w[i] for i, c in enumerate(v))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v), "VEHICLE_ID", set()

def plate_slot(ctx, kind, attr, key):
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    s = C([str(R(1, 9)) + "".join(C(up) for _ in range(3)) + digits(3),
           digits(1) + C(up) + C(up) + " " + digits(3), digits(1) + "".join(C(up) for _ in range(3)) + digits(2),
           "".join(C(up) for _ in range(3)) + "-" + digits(4), "".join(C(up) for _ in range(3)) + " " + digits(3),
           digits(3) + " " + "".join(C(up) for _ in range(3)), digits(6), C(up) + digits(2) + " " + C(up) + C(up) + digits(1)])
    return s, "VEHICLE_ID", set()

def devsn_slot(ctx, kind, attr, key):
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    sn = "".join(C(up) for _ in range(3)) + digits(6) + C(up)
    s = C([sn, sn, digits(2) + C(up) + digits(7), "".join(C(up + "0123456789") for _ in range(10)),
           "(01)" + "00" + digits(12) + "(17)" + digits(6) + "(21)" + sn, digits(8),
           "SN" + digits(4) + "-" + digits(5), C(up) + C(up) + digits(7) + "H"])
    return s, "DEVICE_ID", set()

def ip_slot(ctx, kind, attr, key):
    s = C(["10.%d.%d.%d" % (R(0, 255), R(0, 255), R(1, 254)), "172.%d.%d.%d" % (R(16, 31), R(0, 255), R(1, 254)),
           "192.168.%d.%d" % (R(0, 255), R(1, 254)), "%d.%d.%d.%d" % (R(23, 209), R(0, 255), R(0, 255), R(1, 254))])
    return s, "IP_ADDRESS", set()

def ip6_slot(ctx, kind, attr, key):
    h = lambda: "%x" % R(0, 0xffff)
    s = C(["fe80::%s:%s:%s:%s" % (h(), h(), h(), h()), "2601:%s:%s:%s::%s" % (h(), h(), h(), h()),
           "2001:db8:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h())])
    return s, "IP_ADDRESS", set()

def town_ent(ctx, key):
    return ctx.entity("town", key, lambda: C(TOWNS))

def mkzip(z3, plus4=None):
    z = z3 + digits(2)
    if plus4 is None: plus4 = rng.random() < 0.2
    return z + "-" + digits(4) if plus4 else z

def street_str(fac=False):
    num = C([str(R(1, 99)), str(R(1, 999)), str(R(100, 9999)), str(R(1, 60)) + C(["A", "B", "-1", ""])])
    if fac:
        st = C(FAC_STREETS) if rng.random() < .6 else C(STREETS) + " " + C(SUFFIX)
        num = C([num, "One", "1", str(R(1, 9)) + "00"])
    else:
        st = C(STREETS) + " " + C(SUFFIX)
    s = num + " " + st
    if not fac and rng.random() < 0.25:
        s += C([" Apt ", ", Apt ", " #", " Unit ", ", Unit "]) + C([str(R(1, 40)), str(R(1, 6)) + C("ABCD"), str(R(100, 520))])
    if fac and rng.random() < 0.3:
        s += C([", Suite ", " Ste "]) + str(R(100, 900))
    return s

def paddr_slot(ctx, kind, attr, key):
    town, st, z3 = town_ent(ctx, key)
    z = mkzip(z3)
    k = R(0, 6)
    if k == 0: s = "%s, %s, %s %s" % (street_str(), town, st, z)
    elif k == 1: s = "%s, %s %s %s" % (street_str(), town, st, z)
    elif k == 2: s = "%s %s %s %s" % (street_str(), town, st, z)
    elif k == 3: s = "PO Box %d, %s, %s %s" % (R(1, 9999), town, st, z)
    elif k == 4: s = "%s, %s" % (street_str(), town)
    elif k == 5: s = "%s\n%s, %s %s" % (street_str(), town, st, z)
    else: s = "%s, %s, %s" % (street_str(), town, st)
    return s, "ADDRESS", set()

def pstreet_slot(ctx, kind, attr, key):
    s = street_str()
    if rng.random() < 0.15:  # "9 Tarbox"-style: number and street name only
        s = str(R(1, 200)) + " " + C(STREETS)
    return s, "ADDRESS", set()

def ptown_slot(ctx, kind, attr, key):
    town, st, z3 = town_ent(ctx, key)
    return town, "ADDRESS", set()

def pzip_slot(ctx, kind, attr, key):
    town, st, z3 = town_ent(ctx, key)
    return mkzip(z3), "ADDRESS", set()

def cc_slot(ctx, kind, attr, key):
    k = R(0, 3)
    if k == 0: n = luhn_complete("4" + digits(14))
    elif k == 1: n = luhn_complete(str(R(51, 55)) + digits(13))
    elif k == 2: n = luhn_complete(C(["34", "37"]) + digits(12))
    else: n = luhn_complete("6011" + digits(11))
    tags = set()
    if len(n) == 15:
        s = C([n[:4] + " " + n[4:10] + " " + n[10:], n, n[:4] + "-" + n[4:10] + "-" + n[10:]])
    else:
        sep = C([" ", "-", "", " "])
        s = sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])
    if rng.random() < 0.05:
        s = zero_width(s); tags |= {"evasion", "zero-width"}
    return s, "CREDIT_CARD", tags | {"money"}

def purl_slot(ctx, kind, attr, key):
    p = ctx.entity("pt", None, lambda: Person("pt"))
    fa, la = ascii_fold(p.first), ascii_fold(p.last)
    hd = ctx.hospdom
    s = C(["https://mychart.%s/visit/%s?pt=%s" % (hd, digits(6), digits(8)),
           "https://www.caringbridge.org/visit/%s%s" % (fa, la),
           "https://portal.%s/patient/%s/results" % (hd, C(["E", ""]) + digits(7)),
           "https://www.gofundme.com/f/help-%s-%s-%s" % (fa, la, C(["heal", "recover", "come-home"])),
           "https://%s/telehealth/join?name=%s%%20%s&visit=%s" % (hd, p.first.split()[0], p.last.replace(" ", "%20"), digits(7)),
           "https://video.%s/room/%s-%s-%s" % (hd, fa, la, digits(4)),
           "mychart.%s/appt?id=%s&mrn=%s" % (hd, digits(8), digits(8))])
    return s, "URL", set()

def dob_slot(ctx, kind, attr, key):
    def make():
        if ("age90", None) in ctx.ent:
            y = 2025 - ctx.ent[("age90", None)] - R(0, 1)
            _, m, d = rand_date(2000, 2000)
            return (y, m, d)
        return rand_date(1928, 2006)
    dt = ctx.entity("dob", key, make)
    if attr == "hl7": return fmt_date(dt, "hl7"), "DATE", {"date"}
    f = C(DATE_FMTS_Y) if rng.random() < 0.92 else C(["m/d", "Mon dth", "Month d"])
    return fmt_date(dt, f), "DATE", {"date"}

def hdate_slot(ctx, kind, attr, key):
    dt = ctx.entity(kind, key, lambda: rand_date(2024, 2026))
    f = C(DATE_FMTS_NOY) if rng.random() < 0.55 else C(DATE_FMTS_Y)
    return fmt_date(dt, f), "DATE", {"date"}

def age90_slot(ctx, kind, attr, key):
    a = ctx.entity("age90", key, lambda: C([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 92, 93, 94, 96]))
    if attr == "w" or rng.random() < 0.03:
        return spell_age(a), "AGE", {"age", "evasion"}
    return str(a), "AGE", {"age"}

VALUE_KINDS = {
    "phone": phone_slot, "bphone": phone_slot, "fax": phone_slot, "ssn": ssn_slot, "mrn": mrn_slot,
    "hpid": hpid_slot, "mbi": mbi_slot, "mcaid": mcaid_slot, "har": har_slot, "bank": bank_slot,
    "dl": dl_slot, "dea": dea_slot, "slic": slic_slot, "vin": vin_slot, "plate": plate_slot,
    "devsn": devsn_slot, "ip": ip_slot, "ip6": ip6_slot, "paddr": paddr_slot, "pstreet": pstreet_slot,
    "ptown": ptown_slot, "pzip": pzip_slot, "cc": cc_slot, "purl": purl_slot, "dob": dob_slot,
    "hdate": hdate_slot, "age90": age90_slot,
}

# ----------------------------------------------------------------------------- non-PHI kinds
def mdate_str():
    dt = rand_date(2025, 2026)
    r = rng.random()
    if r < 0.2:
        return C(WEEKDAYS) + " " + fmt_date(dt, C(["m/d", "mm/dd", "Month d", "Mon dth"]))
    return fmt_date(dt, C(DATE_FMTS_NOY + DATE_FMTS_Y[:6]))

def room_str():
    return C([str(R(2, 12)) + "%02d" % R(1, 40), str(R(3, 9)) + C("WENS") + "-" + str(R(1, 36)),
              str(R(2, 11)) + "%02d" % R(1, 30) + C("AB"), "PACU " + str(R(1, 20)), str(R(400, 1199))])

def bed_str():
    return C([str(R(2, 12)) + "%02d" % R(1, 40) + C(["A", "B", "-1", "-2"]), str(R(3, 9)) + C("WENS") + "-" + str(R(1, 36)),
              "ED " + str(R(1, 40)), "hall " + str(R(1, 12)), str(R(3, 9)) + C("WENS") + str(R(10, 40)) + C("AB")])

def npi_str():
    base = "1" + digits(8)
    chk = luhn_complete("80840" + base)[-1]
    return base + chk

def zoom_str():
    d = C(["9", "8"]) + digits(C([9, 10]))
    return C([d[:3] + " " + d[3:7] + " " + d[7:], d, d[:3] + " " + d[3:6] + " " + d[6:]])

def money_str():
    return C(["$%d" % R(5, 900), "$%s.%02d" % ("{:,}".format(R(10, 48000)), R(0, 99)), "$%dk" % R(2, 250), "$%d.00" % R(20, 5000)])

def ver_str():
    return C(["v%d.%d.%d" % (R(1, 12), R(0, 20), R(0, 9)), "%d.%d.%d.%d" % (R(2023, 2026), R(1, 12), R(0, 5), R(0, 99)),
              "%d.%d" % (R(1, 30), R(0, 9)), "v%d" % R(2, 40), "Epic %s %d" % (C(["Feb", "May", "Aug", "Nov"]), R(2024, 2026)),
              "release %d.%d" % (R(1, 9), R(0, 12))])

SIMPLE_KINDS = {
    "room": room_str, "bed": bed_str,
    "unit": lambda: C(UNITS_), "dept": lambda: C(DEPTS),
    "ext": lambda: C([str(R(2000, 8999)), str(R(20000, 89999)), "%d-%04d" % (R(4, 7), R(0, 9999))]),
    "inc": lambda: C(["INC00%05d" % R(0, 99999), "REQ00%05d" % R(0, 99999), "RITM00%05d" % R(0, 99999),
                      "DEL-%d" % R(100, 9999), "SEC-%d-%03d" % (R(2024, 2026), R(1, 999)), "TKT-%d" % R(1000, 99999)]),
    "po": lambda: C(["PO %d" % R(4500000000, 4599999999), "PO# %d" % R(10000, 99999), "PO-%d" % R(100000, 999999), "PO %05d" % R(100, 2999)]),
    "invno": lambda: C(["INV-%d" % R(10000, 99999), "Inv# %d" % R(1000000, 9999999), "invoice %d" % R(100000, 999999)]),
    "ver": ver_str, "build": lambda: "%d.%d.%d.%d" % (R(2023, 2026), R(1, 12), R(0, 9), R(100, 9999)),
    "dose": lambda: C(DOSES), "drug": lambda: C(DRUGS), "npi": npi_str,
    "cpt": lambda: C(CPTS), "icd": lambda: C(ICDS),
    "mention": lambda: "<@U%s>" % "".join(C(string.ascii_uppercase + string.digits) for _ in range(R(8, 10))),
    "faddr": lambda: (lambda t: C(["%s, %s, %s %s" % (street_str(True), t[0], t[1], mkzip(t[2], False)),
                                   "%s, %s %s" % (street_str(True), t[0], t[1]), street_str(True)]))(C(TOWNS)),
    "fac": lambda: C(FACNAMES), "vendor": lambda: C(VENDORS)[0], "zoom": zoom_str,
    "last4": lambda: digits(4), "asset": lambda: C(["ASSET %06d" % R(0, 99999), "BME# %d" % R(10000, 99999),
                                                   "tag 00-%04d" % R(0, 9999), "AT-%05d" % R(0, 99999), "#%d" % R(1000, 9999)]),
    "cnt": lambda: str(R(2, 40)), "n": lambda: str(R(1, 9)),
    "pct": lambda: C(["%d%%" % R(2, 98), "%d.%d%%" % (R(1, 60), R(0, 9))]),
    "intranet": lambda: C(["https://intranet.%s/sites/patient-access/abn" % C(HOSPDOMS), "http://sharepoint/sites/EVS/SitePages/Home.aspx",
                           "go/bedboard", "https://%s/careers" % C(HOSPDOMS), "https://hub.%s/policies/visitor-policy.pdf" % C(HOSPDOMS),
                           "<https://intranet.%s/training|the training page>" % C(HOSPDOMS)]),
    "townbiz": lambda: C(TOWNS)[0], "zipbiz": lambda: mkzip(C(TOWNS)[2], False),
    "wo": lambda: C(["WO-%d" % R(100000, 999999), "work order %d" % R(10000, 99999), "WO# %d" % R(1000, 9999)]),
    "job": lambda: C(["TJ-%d" % R(10000, 99999), "%d" % R(10000, 99999), "T00%d" % R(10000, 99999)]),
    "costc": lambda: C(["%d" % R(70000, 79999), "CC-%d" % R(1000, 9999), "8%d-%d" % (R(100, 999), R(10, 99))]),
    "money": money_str, "cash": lambda: C(["$%d" % R(3, 400), "$%d.%02d" % (R(5, 900), R(0, 99))]), "mdate": mdate_str, "dl_date": mdate_str, "effdate": mdate_str,
    "time": rand_time,
    "exp": lambda: C(["%02d/%02d" % (R(1, 12), R(25, 31)), "%d/%d" % (R(1, 12), R(2026, 2031)), "%02d/%d" % (R(1, 12), R(2026, 2031))]),
    "fy": lambda: C(["FY%d" % R(2025, 2027), "Q%d" % R(1, 4), "Q%d FY%d" % (R(1, 4), R(25, 27)), "FY%02d" % R(25, 27)]),
    "age": lambda: str(R(19, 89)), "payer": lambda: C(PAYERS),
    "grp": lambda: C(["%06d" % R(0, 999999), "%d-%03d" % (R(100000, 999999), R(1, 20)), "GRP%d" % R(10000, 99999)]),
    "clinic": lambda: C(CLINICS), "door": lambda: C(DOORS), "corridor": lambda: C(CORRIDORS),
    "confroom": lambda: C(CONFROOMS), "supply": lambda: C(SUPPLIES), "team": lambda: C(TEAMS),
    "printer": lambda: C(PRINTERS), "userid": lambda: C(USERIDS), "route": lambda: C(ROUTES),
    "car": lambda: C(CARS), "proc": lambda: C(PROCS), "lang": lambda: C(LANGS), "viptype": lambda: C(VIPTYPES),
    "ticket": lambda: "V-%d" % R(10000, 99999), "routing": lambda: C("0123") + digits(8),
    "jira": lambda: C(["BED", "EVS", "PAX", "TRN"]) + "-%d" % R(10, 999), "chg": lambda: "CHG00%05d" % R(0, 99999),
}
SIMPLE_TAGS = {"ext": {"ext"}, "inc": {"ticket"}, "po": {"po"}, "invno": {"money"}, "ver": {"version"},
               "build": {"version"}, "npi": {"npi"}, "cpt": {"cpt"}, "icd": {"icd"}, "faddr": {"facility-address"},
               "zoom": {"zoom"}, "money": {"money"}, "cash": {"money"}, "mdate": {"calendar"}, "dl_date": {"calendar"},
               "zipbiz": {"zip-like"}, "wo": {"ticket"}, "jira": {"ticket"}, "chg": {"ticket"}, "fy": {"fiscal"},
               "last4": {"last-4"}, "asset": {"asset-tag"}, "mention": {"slack-markup"}}

# ----------------------------------------------------------------------------- frames
# One frame a line. "\n" = newline in the message. Tags after "||". Placeholders:
# {kind}, {kind.attr}, {kind:key}, {kind.attr:key}. The same placeholder renders the same value.
PHI_FRAMES = r"""
# --- bed flow
bed {bed} on {unit} is clean, can we pull {pt.full} up from ED?
{pt.last} in ED hall {n} still waiting on a tele bed, admitted {hdate}
*Bed request*\nPatient: {pt.inv}\nMRN: {mrn}\nUnit: {unit}\nLevel of care: tele\nAdmit date: {hdate}||structured
who has {pt.fi}? {pt.pos} {rel.role} {rel.full} keeps calling the desk
{unit} can take {pt.last} once {room} is turned over. DOB {dob} for the board
> can {unit} take the {age90} yo from ED?\nyes, {pt.full} goes to {room}, tell transport
dc order is in for {pt.full} ({room}), ride is {pt.pos} {rel.role} {rel.first}, cell {phone}
discharge lounge: {pt.inv} - pickup by {rel.role} {rel.full} around {time}
pending dc: {pt.any} mrn {mrn} - waiting on {drug} from pharmacy
Bed huddle notes\n- {pt.full}, {age90}, {unit} → SNF tomorrow\n- {pt2.full} needs a sitter, {room}\n- {cnt} blocked beds on {unit:2}
ED boarding list updated, longest is {pt.last} (arrived {hdate} {time})
EMS bringing in {pt.full}, DOB {dob}, from home at {paddr}
swap {pt.last} in {bed} with {pt2.last} in {bed:2}? isolation issue
{pt.hon} {pt.last} in {room} is medically cleared, just needs a SNF bed. {pt.subj} was admitted {hdate}
{mention} bed {bed} is yours for {pt.fml}, MRN `{mrn}`
obs to inpatient for {pt.full}, status change {hdate}, HAR {har}
placement: {pt.inv}, {age90}F, needs low bed + bed alarm, {unit} ok?
anyone know if {pt.last} went to {unit} or {unit:2}? need to get {pt.obj} {drug} {dose}
DC before noon list: {pt.last} ({room}), {pt2.last} ({room:2}), {pt3.last} ({room:3})
bed assignment for {pt.full} cancelled, family ({rel.full}) taking {pt.obj} home AMA
{pt.full} {mrn} {room}
NEW ADMIT {pt.inv} DOB {dob} → {unit} {bed}||structured
bed flow pls: {pt.full} ({age90} y/o) from {unit} to hospice house {hdate}, {rel.role} {rel.full} aware
*EDD update*\n• {pt.last} - {hdate}\n• {pt2.last} - {hdate:2}\n• {pt3.last} - tbd
{pt.full}'s bed on {unit} is being held, {pt.subj}'s in IR until ~{time}
> who's in {bed}?\n{pt.inv}, MRN {mrn}
# --- transport
transport req: {pt.inv} {room} → MRI, O2 2L, pt is {age90}
STAT transport for {pt.full} to CT, MRN {mrn}
who took {pt.full} down to IR? chart says {room} but the bed is empty
Transport Job #{job} | Patient: {pt.inv} | From: {room} | To: Cath Lab | Priority: STAT||structured
dropping {pt.last} at the front circle, {pt.pos} {rel.role} is in a {car} plate {plate}
wheelchair for {pt.hon} {pt.last} at the main lobby, {pt.pos} {rel.role} says {pt.subj} is {age90} and can't walk far
{pt.full} refusing transport back to the floor, {st.first} from security is with {pt.obj}
ambulette booked for {pt.full} {hdate} @ {time}, pickup at {paddr}, call {phone} on arrival
transport pls: {pt.last}, {room} to dialysis, needs the lift, {age90} years old
can someone take {pt.fi} ({bed}) to the discharge lounge? {pt.pos} ride is {rel.full}
returning {pt.last} to {room}, {pt.subj} left {pt.pos} hearing aid in CT, SN {devsn}
> transport for {pt.last}?\n> {room}\non my way, {n} min
job {job} done — {pt.inv} delivered to {unit}
transport for {pt.full} is going to be late, elevator {n} is down again
{pt.last} {room} -> ultrasound, iso gown needed, dob {dob}
pt {pt.full} DOB {dob} needs a ride home to {ptown}, no family available
cab voucher for {pt.last} ({room}) to {ptown} approved by {st.full}
Ride booked via {vendor}: {pt.full}, pickup {time} at {door}, drop-off {paddr}
pls send someone w/ a bari chair for {pt.fi}, {bed}, {pt.subj}'s {age90}
# --- EVS
EVS: {room} terminal clean done, previous pt {pt.last} was C diff
found a bag of belongings in {room}, tag says {pt.full} DOB {dob}. sending it to security
ISO room {room} - {pt.inv} - contact+ - do not release bed until UV done
housekeeping found a hearing aid in {room}, SN {devsn}, prob {pt.last}'s
pls clean {bed} asap, {pt.fi} coming up from PACU
EVS lead here, {room} not ready, {pt.full} is still in the bathroom
bed {bed} dirty since {time}, {pt.last} was dc'd {hdate} — why is it still not cleaned??||complaint
found glasses + a phone under the bed in {room}, prev occupant was {pt.full}? holding at EVS office
insulin pump in the soiled utility on {unit}, serial {devsn}, pretty sure it's {pt.last}'s
EVS can't get into {room}, {pt.hon} {pt.last}'s {rel.role} locked the door 🙄
# --- security
Security incident {inc}: visitor {vis.full} asked to leave {unit} after verbal altercation, plate {plate}
BOLO: {pr.full}, trespassed from campus, drives a {car} plate {plate}, DL {dl}
elopement risk: {pt.full}, {room}, {age90} y/o, last seen near {door}
tow request: car in the ambulance bay, VIN {vin}, belongs to {pt.last}'s {rel.role}
patient valuables logged: {pt.inv}, MRN {mrn}, wallet w/ card {cc}, {cash} cash
visitor badge for {vis.full} to see {pt.full} in {room}, ID checked (DL {dl})
code gray {unit} - pt {pt.last} combative, {st.full} & {st2.full} responding
fall in the main lobby {hdate} ~{time}: visitor {vis.full}, {age} y/o, ice applied, declined ED
security escort needed: {pt.full} ({room}) leaving AMA, {pt.pos} {rel.role} {rel.first} is waiting outside
restraining order on file for {pt.last}: {pr.full} may NOT visit. photo at desk. plate {plate}
camera review for {inc}: {vis.full} left {unit} at {time} with {pt.last}'s bag
parking ticket dispute: {pr.full}, plate {plate}, says {pr.subj} was visiting {pt.full}
weapon check at ED entrance: {pr.full}, {age} y/o, knife logged as property {asset}
wandering pt alert — {pt.fml}, DOB {dob}, blue gown, last seen {unit}
SECURITY LOG\nTime: {time}\nSubject: {pr.inv}\nDL: {dl}\nVehicle: {car}, {plate}\nAction: escorted off property||structured
stolen car report from {vis.full}, VIN {vin}, was parked in garage level {n}
# --- front desk
front desk: {pr.full} is here asking for {pt.full}, says {pr.subj} is family? not on the list
lobby has a walk-in asking if {pt.full} is still admitted. we can't confirm right? left a number {phone}
flowers delivered for {pt.full} room {room}? {pt.subj} was discharged {hdate}
Lost & found: wallet with license {dl}, name {pr.inv}. holding at main desk
{rel.full} called for {pt.last} — wants a callback at {phone}
main desk: {pt.pos} {rel.role} {rel.full} is bringing up {pt.pos} CPAP, ok to send {rel.obj} to {unit}?
dropoff at the front desk for {pt.full}: glasses & a charger. {rel.role} says {pt.subj}'s in {room}
info desk q: is there a {pt.last} on {unit}? caller says {rel.subj}'s the {rel.role}, name {rel.full}
gift shop delivery for {pt.full} bounced, no such pt. DOB on the card is {dob}
visitor sign-in: {vis.full} → {pt.fi}, {room}, in {time}
# --- registration / patient access
reg question: {pt.inv} DOB {dob} has two MRNs, {mrn} and {mrn:2}. which one do we merge into?
insurance update {pt.full}: {payer} member ID {hpid}, group {grp}
Medicare MBI for {pt.last} is {mbi}, eff. {effdate}
pt {pt.full} SSN {ssn} is wrong in Epic, last 4 should be {last4}
self-pay {pt.full} wants to pay HAR {har} with card {cc} exp {exp}
guarantor is {rel.full} ({rel.role}), address {paddr}
pre-reg for {pt.fml}, appt {hdate} @ {time} {clinic}. need a copy of the {payer} card, sub ID {hpid}
ID verify: name {pt.inv} / DOB {dob} / ZIP {pzip} / phone {phone}||structured
possible dup: {pt.full} vs {pt.inv}, same DOB {dob}
MassHealth ID {mcaid} came back inactive for {pt.last}, can someone call {pt.obj} at {phone}?
*Patient Access*\n> Caller: {rel.full}\n> Re: {pt.full}\n> Callback: {phone}\nneeds an itemized bill for DOS {hdate}
```NAME: {pt.inv}\nDOB: {dob}\nSSN: {ssn}\nADDR: {paddr}\nPH: {phone}```||structured
Name: {pt.full}\nDate of Birth: {dob}\nHome Phone: {phone}\nEmail: {pt.email}\nInsurance: {payer} / {hpid}||structured
bank draft for {pt.last}'s payment plan, acct {bank}, routing {routing}
estimate for {pt.full}: CPT {cpt} on {hdate}, est. patient resp {cash}||cpt money
DL scan failed for {pt.full}, typed it in manually: {dl}
consent on file for {rel.full} to discuss {pt.last}'s account {har}
{pt.full} moved, new address {paddr}, old ZIP was {pzip:2}
face sheet for {pt.full} shows {payer} but pt says {pt.subj} switched, new ID {hpid}
MBI lookup: {pt.inv} {mbi}
271 rejected: subscriber {pt.inv}, ID {hpid}, DOB {dob}
worker's comp claim for {pt.full}, DOI {hdate}, employer is {vendor}
need POA paperwork scanned, {rel.full} is {pt.full}'s POA
financial counseling referral: {pt.full}, {age} y/o, uninsured, {phone}||referral
charity care app for {pt.last} lists household in {ptown}, {n} people
appt confirmation texted to {phone} for {pt.first}
registration error: DOB entered as {dob} instead of {dob:2} for {pt.full}
REG EXCEPTION - {pt.inv} - Medicaid {mcaid} - SSN {ssn} - no photo ID||structured
copay of {cash} collected from {pt.full} at {clinic} on {hdate}, receipt emailed to {pt.email}||money
pt {pt.last} wants statements sent to {rel.full} at {paddr}
two pts named {pt.full} in the ED right now!! use DOB {dob} + MRN {mrn}||escalation
# --- call centre
call center: {rel.full} at {phone} wants to move {pt.full}'s appt from {hdate} to {hdate:2}
vm from {pt.full} dob {dob} re: refill, cb {phone}
IVR transcript: "hi this is {pt.first}, my date of birth is {dob}, calling about my bill"
callback list\n1. {pt.full} {phone}\n2. {pt2.full} {phone:2}\n3. {pr.full} - no number
caller wouldn't give DOB, only ZIP {pzip} and name {pt.full}
angry caller {rel.full} re {pt.full}, waited {cnt} hrs in ED on {hdate}, wants a manager||complaint escalation
pt {pt.full} called, says {pt.pos} MyChart link {purl} shows someone else's results||escalation
caller {pr.full} says {pr.subj} got a bill for {pt.full}, HAR {har}, doesn't know the pt
transfer to billing: {pt.inv}, acct {har}, wants to pay w/ {cc}
scheduling: {pt.full}, new pt, {age90} yo, needs a {clinic} appt, cb {phone} after {time}
CALL NOTE {pt.inv} DOB {dob} MRN {mrn} — requests records sent to {pt.email}||records structured
records request from {rel.full} for {pt.full} (deceased {hdate}), mail to {paddr}||records
caller gave SSN as {ssn} for {pt.last}, didn't match
call back {pt.first} at {phone} re: {hdate} colonoscopy prep
{pt.last}'s {rel.role} {rel.first} says {pt.subj} is {age90.w}, please speak slowly and loud||evasion
interpreter needed: {pt.full}, {lang}, appt {hdate}, cell {phone}
no-show f/u: {pt.full} missed {clinic} {hdate}, lives in {ptown}, no phone on file
{pt.last} on line 2, wants to know if {pt.pos} {proc} on {hdate} is still on
caller {rel.full} ({rel.role}) asking for {pt.pos} room # — pt {pt.full} opted out of the directory||escalation
hi team, voicemail for {st.first}: "{pt.full} here, DOB {dob}, pls call me at {phone}"
# --- system notifications
[ADT] A03 discharge | {pt.inv} | MRN {mrn} | DC {hdate} {time} | {unit}||structured
🔔 *Bed Assigned*: {bed} → {pt.inv} (MRN `{mrn}`)
TeleTracking: transport complete for {pt.inv}, job {job}
Secure Chat: new message re {pt.full} ({room}) from {st.full}
printer {printer} at {ip} is offline — reg desk {n}
AUTH FAIL user {userid} from {ip} x{cnt}
fax to {fax} failed: face sheet for {pt.inv}
[Vocera] {st.full} → {unit}: pt {pt.last} needs transport to dialysis
Portal invite sent to {pt.email}: {purl}
CGM signal lost {devsn} — {pt.full} {room}
:rotating_light: Pump {devsn} occlusion alarm, {bed}, pt {pt.last}
Kiosk check-in: {pt.full} DOB {dob} arrived {time}
Rover scan: {pt.inv} wristband mismatch, MRN {mrn} vs {mrn:2}
[Epic] In Basket: pt {pt.fml} ({mrn}) sent a message
`PID|1||{mrn}^^^MRN||{pt.hl7}||{dob.hl7}|{pt.sexch}|||{paddr}`||structured
[Bedboard] {bed} ASSIGNED {pt.inv} ETA {time}
Alert: wristband printer at {ip} out of labels
new VPN login {userid} from {ip} (IPv6 {ip6})
Zebra {printer} ({ip}) queue stuck on a label for {pt.last}
sepsis alert fired for {pt.inv}, {room}
{mention} fyi SSO errors from {ip} since {time}
Nurse call: {room} {pt.last} call light > {cnt} min
discharge summary faxed to {fax} for {pt.full}
[Qventus] {pt.inv} predicted dc {hdate}, barrier: {rel.role} ride
*ALERT* telemetry box {devsn} off pt {pt.last}, {unit}
# --- employee health
EH: {eh.full} from EVS had a needlestick on {unit} {hdate}, sent to occ health||employee-health
{eh.first} from transport is a pt in our ED right now, pls keep it quiet||employee-health
our {dept} coworker {eh.full} got admitted to {unit} last night, {eh.subj}'s in {room} if anyone wants to send a card||employee-health
{eh.full} ({dept}) out on FMLA from {hdate} per occ health, don't post details||employee-health
TB screen overdue: {eh.full}, due {hdate}||employee-health
# --- VIP
VIP in {room}: {vip.full}. no info to callers, security posted||vip
heads up from {ex.full}'s office: {vip.full} coming in for {proc} on {hdate}, keep off the board||vip
{vip.last} (the {viptype}) is in {room}, do NOT put the real name on the whiteboard||vip
# --- credentialing / business contacts / conservative ids
credentialing: Dr. {st.last}'s MA license {slic} expires {exp}, DEA {dea}||credentialing
new locum {st.full}, NPI {npi}, DEA {dea}, state lic {slic}||credentialing
for the bedboard outage call {vendor} support {bphone} or email {vc.email}
EVS supervisor tonight is {st.full}, cell {bphone}
reach {st.first} at <mailto:{st.email}|{st.email}>
transport dispatch moved to <tel:{bphone.tel}|{bphone}>
{st.full} | {dept} | {st.email} | {bphone}
{vendor} rep {vc.full} ({vc.email}) is on site {mdate} for the bed frame recall
fax the auth to {fax} attn {st.first}, {payer} UM dept
new p-card for EVS supplies: {cc} exp {exp}, limit {money}
plate {plate} parked in the ambulance bay again, owner unknown
security: car in the staff lot with plate {plate} has its lights on
switchboard main line {bphone} is down, use {bphone:2} for now
pharmacy DEA # {dea} for the controlled substance order form||credentialing
guest wifi broken again, AP at {ip}
# --- nicknames, obfuscation, addresses, ages, urls
{pt.full} ({pt.nick}) in {room} keeps asking for coffee
{pt.nickfull} is back, same room as last time, {unit}
she spelled the email for me: {pt.emailob}
mrn is {mrn.sp}
ssn {ssn.sp} per the caller
cb # is {phone.sp}
{pt.last}'s ssn {ssn}? pls verify before the MSP questionnaire
pt lives at {pstreet} off {route} in {ptown}, home health wants directions||referral
{rel.full} lives in {ptown}, can do pickup tomorrow
home health referral: {pt.full}, {paddr}, ph {phone}||referral
mail returned for {pt.full}, address on file {paddr}
🎂 centenarian on {unit}! {pt.full} turns {age90} today
{pt.last} is {age90.w}, hard of hearing, speak up at the window
f/u for {pt.full} due {hdate}, pls schedule
pt's daughter set up {purl} for updates, pls don't share it outside the unit
video visit link for {pt.last}: {purl}
parking refund for {pr.full}, card {cc}, {cash}
valet ticket {ticket}: plate {plate}, owner {vis.full}
# --- short
{pt.last} to CT
bed ready for MRN {mrn}
dob is {dob}?
pls verify ssn {ssn}
is {pt.full} still here
pls call {phone}
who has {pt.inv}??
{pt.first} in {bed} wants a blanket
"""

CLEAN_FRAMES = r"""
# --- bed flow
{unit} has {cnt} clean beds, {cnt:2} dirty, {cnt:3} pending dc
bed {bed} blocked for maintenance, {wo}
bed huddle at {time} in {confroom}, {ex.full} joining
census {cnt}/{cnt:2}, {pct} occupancy, {n} in ED holding
hope we get {unit} open before {time}||word-name
the ward is at capacity, divert tele overflow to {unit}||word-name
ED boarding avg {n}.{n:2} hrs this week, up {pct}
{cnt} pts over 90 on {unit} today, pls keep fall precautions tight||age-aggregate
patients 90+ are {pct} of the {unit} census this month||age-aggregate
bed meeting moved to {mdate} at {time}
heads up: {room} and {room:2} flip to obs beds starting {mdate}
can someone mark {bed} clean in TeleTracking? stuck on "in progress"||word-name
capacity alert level {n} called by {ex.full}, CNO
{unit} closing {cnt} beds for flooring {mdate} - {mdate:2}
discharges before 11am: {pct} vs goal 30%
{st.full} is bed flow coordinator tonight, page {ext}||word-name
reminder {mention}: update EDD on all pts before the {time} huddle
1:1 sitters needed on {unit} x{n}, staffing is aware
avg age on {unit} is {age}, {n} of {cnt} pts are over 80||age-aggregate
our {townbiz} campus took {cnt} transfers overnight
bed {bed} has no O2 flowmeter, {wo}
will {unit} accept a tele overflow pt? asking for {st.first}||word-name
*Capacity update {time}*\n• ED: {cnt} boarders\n• ICU: {n} open\n• {unit}: {n:2} pending dc\n• Transfers in queue: {n:3}
> what's the plan for {unit}?\n{ex.full} said open the {fac} overflow beds at {time}
{n} pts aged 90 or older in the ED right now, geri team notified||age-aggregate
average LOS for our 90+ pts is {n}.{n:2} days||age-aggregate
bed {bed} (bariatric) is back, {vendor} fixed the scale
# --- transport
transport is down {n} staff tonight, {st.first} covering dispatch
{st.full} picking up the {time} runs
wheelchair count at main lobby: {n}. need more from {unit}
stretcher {asset} has a broken brake, tagged out
will someone grab the empty O2 tank from {room}||word-name
transport queue {cnt} jobs, avg response {cnt:2} min
`{job}` reassigned to {st.first}
new transport dispatch ext is {ext}
the van to the {townbiz} clinic leaves at {time}
transport huddle {mdate} {time}, {confroom}
{st.first} drew the short straw, night shift Sat||word-name
shuttle bus {n} out of service, {vendor} says back {mdate}
transport on-time rate {pct} for {fy}
frank question: why are we still on paper logs for transport?||word-name
pls chase down the bari wheelchair, last seen on {unit}||word-name
transport, {room} to CT is a {dose} heparin drip pt, needs RN escort
{n} jobs pending > {cnt} min, {st.full} pls help dispatch
elevator {n} in the north tower is out, use bank C. {wo}
TRANSPORT SHIFT SWAP: {st.first} ↔ {st2.first} on {mdate}
# --- EVS
EVS turnaround avg {cnt} min today, goal is 45
floor buffer needed on {unit}, {wo}
UV robot {asset} back in service after firmware {ver}
{vendor} delivering {cnt} cases of {supply} on {mdate}, {po}
{invno} from {vendor} for {money} needs approval by {dl_date}
spill in {corridor}, wet floor signs are out
dirty linen carts piling up by {door}
{st.full}, EVS lead, please call x{ext}
holly garland in the lobby has to come down per the fire marshal||word-name
rose garden entrance closed for paving until {mdate}||word-name
frost on the walkway at {door}, need salt asap||word-name
grace period for the new uniform policy ends {mdate}||word-name
EVS staffing: {cnt} on days, {cnt:2} evenings, {n} nights
bleach wipe backorder, {vendor} ETA {mdate}, {po}
{ex.full} toured {unit} today and loved the new carts
terminal cleans done: {cnt}, avg {cnt:2} min
EVS QA scores: {unit} {pct}, {unit:2} {pct:2}
trash compactor down, {wo}, {vendor} coming at {time}
*EVS reminder*: C diff rooms = bleach only. no exceptions.
cubicle curtains on {unit} get swapped {mdate}
EVS:\n- {room} ✅\n- {room:2} ✅\n- {room:3} in progress\n- {bed} needs a mattress swap
linen par levels on {unit} were short {n} days in a row, {vendor} credit requested
# --- security
security rounds {time}: all clear on {unit}
door {door} badge reader offline, {inc}
{st.full} lost their badge, it's deactivated
code gray drill {mdate} at {time}
parking garage level {n} camera down, ticket {inc}
visitor policy update effective {mdate}: 2 visitors per pt
{cnt} visitor badges issued today, {cnt:2} after hours
security cell moved to ext {ext}
officer {st.last} is posted at the ED entrance until {time}
weapons screening at the ED doors starts {mdate}, {ex.full} approved
active shooter training {mdate}, sign up on {intranet}
badge audit: {cnt} badges inactive >90 days
the {cnt}-day trespass policy is on the intranet now
security incident {inc} closed, no injuries
fire alarm test {mdate} {time}, ignore the bells in {corridor}
lot C gate arm broken again, {wo}
the hunter green SUV in the fire lane belongs to {vendor}, they're moving it||word-name
{ex.full} wants a security debrief on {inc} by {dl_date}
code silver drill debrief moved to {mdate}, {confroom}
# --- front desk
kiosk software {ver} rolling out {mdate}
reg desk {n} scanner jammed, {inc}
lobby TV showing the wrong time again, {inc}
{st.first} will be at the front desk till {time}
main campus is {faddr}, use that on the courier form
deliveries go to the loading dock at {faddr}, ZIP {zipbiz}
visiting hours are {time}-{time:2} starting {mdate}
info desk volunteers needed {mdate}, talk to {st.full}
the {townbiz} site front desk opens at {time}
front desk phones rolled to ext {ext}
gift shop closes early {mdate}
wheelchair return rack at {door} is full
May we get more visitor stickers? down to {n} rolls||word-name
page {st.first} when the courier arrives||word-name
new lobby signage from {vendor}, invoice {invno}
{st.first}: the new kiosk at {door} is live, {ver}
# --- registration / patient access
reminder: do not post SSNs in this channel, use secure chat||ssn-topic hipaa
MRNs are 8 digits now, pad with leading zeros on the old forms||mrn-topic
Epic downtime {mdate} {time}-{time:2}, use downtime reg forms
patient access huddle moved to {mdate}
{ex.full} (VP patient access) wants wait-time stats by {dl_date}
avg reg time {n} min, {pct} of pts pre-registered
POS collections at {pct} of goal this month||money
new ABN forms are on the intranet: {intranet}
who has the CPT {cpt} auth checklist? {payer} wants it by {dl_date}
ICD-10 {icd} keeps kicking back on {payer} claims, billing is aware
interpreter line is ext {ext}, Spanish opt 1
{payer} eligibility portal down since {time}, {inc}
new hire {st.full} starts in registration {mdate}
registration accuracy {pct} for {fy}
denials for missing auth up {pct} in {fy}, {ex.full} wants a plan
use the {ver} consent form, old one retired {mdate}
a {cnt}-month payment plan needs supervisor approval
HIPAA refresher due {dl_date}, link on {intranet}||hipaa
price estimate tool updated, avg {money} for {cpt}||word-name
{payer} changed the group number for our own employees to {grp}
SSN field is optional for self-pay now, don't force it||ssn-topic
card readers at reg {n} only take chip, no swipe
patient access is hiring {n} FTEs, posting on {intranet}
quick poll: does anyone still scan MRN labels on paper charts?||mrn-topic
2 reg clerks out, {st.first} & {st2.first} covering ED reg till {time}
how do we handle a pt with no SSN? asking for the new folks||ssn-topic
duplicate MRN rate down to {pct} in {fy}||mrn-topic
# --- call centre
call volume {cnt}, abandon rate {pct}, ASA {cnt:2}s
IVR prompt change goes live {mdate} with {ver}
team, {ex.full} is joining the {time} huddle
queue is backed up, all hands pls log in 🙏
Zoom for the call center retro: {zoom}
pls bill the interpreter hours to cost center {costc}||word-name
price for the new headsets came in at {cash} each, {po}||word-name
long hold times on the scheduling line, {cnt} callers waiting||word-name
scheduling template for {clinic} changes {mdate}
callbacks due by {time}, {cnt} still open
{st.first} is QA'ing calls today, ext {ext}
new script for flu clinic calls is live, {ver}
avg handle time {cnt}0s, down {pct}
who's on the {time} break?
bill pay line ext {ext} goes to {vendor} after hours||word-name
call center moved to {faddr}
sky-high volume today ☎️ hang in there||word-name
Zoom ID {zoom} for the {time} scheduling huddle w/ {ex.full}
no more than {n} callers per agent in queue, per {ex.first}
# --- system notifications
[TeleTracking] Bed {bed} status: CLEAN (by {st.fi})
[ServiceNow] {inc} assigned to {team} — priority P{n}
Deploy complete: bedboard {ver} build {build}
[Epic] scheduled downtime {mdate} {time}
pager test {time}: OK
uptime monitor: patient portal ✅ 99.9% last 24h
{vendor} maintenance window {mdate} {time}-{time:2}
backup job ADT-nightly finished in {cnt} min
[Jira] {jira} moved to Done by {st.full}
Workday: {cnt} timecards pending approval for {dept}
:white_check_mark: {inc} resolved — kiosk printers restarted
[Bedboard] {unit} census {cnt}, {n} pending admits
Vocera badge firmware {ver} pushed to {cnt} devices
Reminder from {mention}: EVS huddle {mdate} {time}
[Qventus] predicted discharges today: {cnt}
Epic {ver} upgrade freeze starts {mdate}
workstation {asset} on {unit} due for patching, {chg}
NPI for Dr. {st.last} is {npi}, not the DEA — fix the order set||npi
*Ticket {inc}*\nStatus: Resolved\nAssignee: {st.full}\nNotes: rebooted reg kiosk {n}
[PagerDuty] bedboard API latency > {cnt}00ms, ack by {st.first}
# --- short / trivial
ok sounds good
thanks all, appreciated!
on it 👍 omw
bed's clean now
transport is here
copy that, thanks
who has {unit} tonight?
need a wheelchair at {door}
all clear here
lol same here
ty {st.first}!! appreciate it
{mention} ^ see above
"""

# ----------------------------------------------------------------------------- engine
PH = re.compile(r"\{([a-z0-9_]+)(?:\.([a-z0-9_]+))?(?::([a-z0-9_]+))?\}")
PERSON_KINDS = LABELLED_ROLES | STAFF_ROLES

def parse_frames(block):
    out = []
    for line in block.strip("\n").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        text, sep, tags = line.rpartition("||")
        if not sep or not re.fullmatch(r"[a-z0-9 -]+", tags):
            text, tags = line, ""
        out.append((text.replace("\\n", "\n"), tags.split()))
    return out

def render_frame(frame):
    text, ftags = frame
    need_nick = {(m.group(1), m.group(3)) for m in PH.finditer(text) if m.group(2) in ("nick", "nickfull")}
    ctx = Ctx(need_nick)
    # entities whose values constrain others are made first
    for m in PH.finditer(text):
        if m.group(1) == "age90":
            age90_slot(ctx, "age90", None, m.group(3))
    for m in PH.finditer(text):
        if m.group(1) == "pt":
            person_slot(ctx, "pt", "full", m.group(3))
    segs, pos = [], 0
    for m in PH.finditer(text):
        if m.start() > pos:
            segs.append([text[pos:m.start()], None])
        kind, attr, key = m.group(1), m.group(2), m.group(3)
        ck = (kind, attr, key)
        if ck in ctx.ren:
            s, t = ctx.ren[ck]
        else:
            if kind in PERSON_KINDS:
                s, t, tg = person_slot(ctx, kind, attr, key)
            elif kind in VALUE_KINDS:
                s, t, tg = VALUE_KINDS[kind](ctx, kind, attr, key)
            elif kind == "vendor":
                s, t, tg = ctx.vendor[0], None, set()
            elif kind in SIMPLE_KINDS:
                s, t, tg = SIMPLE_KINDS[kind](), None, SIMPLE_TAGS.get(kind, set())
            else:
                raise KeyError("unknown slot %r in frame %r" % (kind, text))
            ctx.ren[ck] = (s, t)
            ctx.tags |= tg
        segs.append([s, t])
        pos = m.end()
    if pos < len(text):
        segs.append([text[pos:], None])
    return segs, ctx, set(ftags)

# --- surface transforms (labels travel with the segments)
def typo_word(w):
    i = R(1, len(w) - 2)
    k = R(0, 3)
    if k == 0: return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1: return w[:i] + w[i + 1:]
    if k == 2: return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t", "l": "k", "u": "y"}
    return w[:i] + near.get(w[i], w[i]) + w[i + 1:]

def apply_typo(segs):
    cands = []
    for si, (s, t) in enumerate(segs):
        if t not in (None, "NAME"):
            continue
        if t == "NAME" and rng.random() < 0.8:
            continue
        for m in re.finditer(r"(?<![\w<@/.:`*#-])[A-Za-z]{4,}(?![\w>/.:@`-])", s):
            cands.append((si, m.start(), m.end()))
    if not cands:
        return False
    si, a, b = C(cands)
    s = segs[si][0]
    segs[si][0] = s[:a] + typo_word(s[a:b]) + s[b:]
    return True

PREFIXES = ["{who}: ", "[{time}] ", "{who} ({dept}): ", "re: ", "FYI - ", "Update: ", "per {who}: ",
            "quick q - ", "URGENT: ", "@here ", "<!here> ", "hey all, ", "{who} here - ", "Reminder: "]

def add_prefix(segs):
    p = C(PREFIXES)
    who = Person("st")
    p = p.replace("{who}", C([who.first, who.first + " " + who.last, who.first + " " + who.last[0] + "."]))
    p = p.replace("{time}", rand_time()).replace("{dept}", C(DEPTS))
    segs.insert(0, [p, None])

def add_quote(segs):
    segs.insert(0, ["> " + C(QUOTES) + "\n", None])

def verify(segs):
    text = "".join(s for s, _ in segs)
    b = text.encode("utf-8")
    off, expected = 0, []
    for s, t in segs:
        n = len(s.encode("utf-8"))
        if t:
            if not s or s != s.strip() or s.strip(" .,;:!?*`'\"()<>|") != s:
                return False
            expected.append((off, off + n, s))
        off += n
    pos = 0
    for st, en, v in expected:
        i = b.find(v.encode("utf-8"), pos)
        if i != st:
            return False
        pos = en
    # neighbouring labelled values must not run together
    for a, c in zip(segs, segs[1:]):
        if a[1] and c[1]:
            return False
    return True

EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u23F0-\u23FF]|(?<![\w:]):[a-z+][a-z_+0-9]*:(?![\w:])")

def build_message(frame):
    segs, ctx, tags = render_frame(frame)
    tags |= ctx.tags
    if rng.random() < 0.08:
        add_prefix(segs)
    if rng.random() < 0.05 and not segs[0][0].startswith(">"):
        add_quote(segs)
    has_lt = any("<" in s or "http" in s or "@" in s for s, _ in segs)
    if rng.random() < 0.10 and apply_typo(segs):
        tags.add("typo")
    r = rng.random()
    if r < 0.08 and not has_lt:
        segs = [[s.lower(), t] for s, t in segs]; tags.add("lowercase")
    elif r < 0.105 and not has_lt and sum(len(s) for s, _ in segs) < 160:
        segs = [[s.upper(), t] for s, t in segs]; tags.add("caps")
    if rng.random() < 0.07:
        e = C(EMOJI)
        if rng.random() < 0.7: segs.append([" " + e, None])
        else: segs.insert(0, [e + " ", None])
    return segs, ctx, tags

def finish_tags(segs, ctx, tags):
    text = "".join(s for s, _ in segs)
    spans = [t for _, t in segs if t]
    if "\n" in text: tags.add("multiline")
    if re.search(r"<[@!#]|<mailto:|<tel:|<https?:|\*[^*\n]+\*|`[^`\n]+`", text): tags.add("slack-markup")
    if EMOJI_RE.search(text): tags.add("emoji")
    if "\u200b" in text or "\u2060" in text: tags.add("zero-width")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text): tags.add("fullwidth")
    if any(t not in ("NAME", "DATE", "AGE") for t in spans) and len(set(spans)) >= 3:
        tags.add("structured")
    if spans and all(t in ("PHONE", "EMAIL") for t in spans) and len(ctx.biz) >= len(spans):
        tags.add("business-contact")
    tags.discard("phi"); tags.discard("clean")
    return (["phi"] if spans else ["clean"]) + sorted(tags)

def make(frame, want_phi):
    for attempt in range(200):
        segs, ctx, tags = build_message(frame)
        if not verify(segs) or "".join(x for x, _ in segs).count("\n") > 5:
            continue
        has = any(t for _, t in segs)
        if has != want_phi:
            raise AssertionError("frame %r gave phi=%s" % (frame[0], has))
        return segs, finish_tags(segs, ctx, tags)
    raise AssertionError("could not render frame %r" % (frame[0],))

def main():
    phi_frames = parse_frames(PHI_FRAMES)
    clean_frames = parse_frames(CLEAN_FRAMES)
    all_texts = [f[0] for f in phi_frames + clean_frames]
    assert len(set(all_texts)) == len(all_texts), "duplicate frame"
    for name, lst in (("given", ALL_GIVEN), ("surnames", SURNAMES)):
        assert len(set(lst)) >= 300, (name, len(set(lst)))
    n_clean = round(N_MESSAGES * CLEAN_SHARE)
    plan = [False] * n_clean + [True] * (N_MESSAGES - n_clean)
    rng.shuffle(plan)
    queues = {True: [], False: []}
    def next_frame(want):
        q = queues[want]
        if not q:
            q.extend(phi_frames if want else clean_frames)
            rng.shuffle(q)
        return q.pop()
    rows = []
    for i, want in enumerate(plan, 1):
        segs, tags = make(next_frame(want), want)
        text = "".join(s for s, _ in segs)
        spans = [{"type": t, "value": s} for s, t in segs if t]
        rows.append({"id": "ga%04d" % i, "text": text, "spans": spans, "tags": tags})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_phi = sum(1 for r in rows if r["spans"])
    print("frames: %d (%d PHI, %d clean); given names %d, surnames %d" % (
        len(all_texts), len(phi_frames), len(clean_frames), len(set(ALL_GIVEN)), len(set(SURNAMES))))
    print("wrote %d messages (%d with PHI, %d clean) to %s" % (len(rows), n_phi, len(rows) - n_phi, OUT))

if __name__ == "__main__":
    main()
