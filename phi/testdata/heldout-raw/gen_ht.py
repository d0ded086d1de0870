#!/usr/bin/env python3
"""Blind PHI evaluation corpus, prefix ht.

Setting: operations chat at an urgent-care + telehealth company (walk-in clinics,
video visits, on-demand nurse line).  Standard library only, fixed seed: running
this script again rewrites generated_ht.jsonl byte for byte.

Each message comes from a frame (a sentence shape with placeholders).  Placeholders
resolve to plain text, protected text (links, mentions) or labelled spans.  Every
rendered message is checked so that the checker's left-to-right search lands each
span on the intended occurrence; otherwise the message is re-drawn.
"""
import json
import os
import random
import re
import unicodedata

SEED = 7314
N_PHI, N_CLEAN = 385, 315
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_ht.jsonl")

rng = random.Random(SEED)


def P(s, sep="|"):
    return [x.strip() for x in s.split(sep) if x.strip()]


# ---------------------------------------------------------------- name pools
GIVEN_F = P("""Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|
Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|
Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Angela|Shirley|Anna|Brenda|Pamela|Emma|Nicole|
Helen|Samantha|Katherine|Christine|Debra|Rachel|Carolyn|Janet|Catherine|Maria|Heather|Diane|Ruth|
Julie|Olivia|Joyce|Virginia|Victoria|Kelly|Lauren|Christina|Joan|Evelyn|Judith|Megan|Andrea|Cheryl|
Hannah|Jacqueline|Martha|Gloria|Teresa|Ann|Sara|Madison|Frances|Kathryn|Janice|Jean|Abigail|Alice|
Judy|Sophia|Denise|Amber|Doris|Marilyn|Danielle|Beverly|Isabella|Theresa|Diana|Natalie|Brittany|
Charlotte|Marie|Kayla|Alexis|Lori|Guadalupe|Xiomara|Yesenia|Marisol|Lucía|Ximena|Itzel|Rosa|Carmen|
Dolores|Mei|Xiaoling|Yuki|Haruka|Aiko|Priya|Ananya|Deepika|Lakshmi|Sunita|Fatima|Aisha|Zainab|Mariam|
Leila|Noor|Yasmin|Amara|Chiamaka|Ngozi|Adaeze|Folasade|Abena|Ama|Wanjiru|Nia|Imani|Keisha|Latoya|
Shanice|Tamika|Aaliyah|Svetlana|Olga|Natasha|Katarzyna|Agnieszka|Ioana|Eleni|Sofia|Giulia|Chiara|
Siobhan|Niamh|Aoife|Saoirse|Ingrid|Astrid|Freya|Linh|Thuy|Huong|Mai|Ji-woo|Seo-yeon|Min-ji|Hye-jin|
Tala|Malia|Leilani|Kalani|Hope|Faith|Joy|Grace|Rose|June|April|May|Summer|Autumn|Dawn|Star|Sunny|
Ivy|Holly|Iris|Pearl|Ruby|Crystal|Destiny|Precious|Charity|Patience|Liberty|Bernadette|Mildred|
Gertrude|Edna|Agnes|Esther|Ida|Hazel|Opal|Myrtle|Thelma|Wilhelmina|Mary-Kate|Anne-Marie|Marie-Claire|
Mary Beth|Rosa María|Zoë|Renée|Anaïs|Małgorzata|Bích Ngọc|Oluwakemi|Tiana|Shaniqua|Precious|Brandy|
Misty|Candy|Honey|Sky|Rain|Blessing|Comfort|Gift|Dara|Rivka|Miriam|Chana|Esperanza|Socorro|Consuelo""")

GIVEN_M = P("""James|Robert|John|Michael|David|William|Richard|Joseph|Thomas|Charles|Christopher|
Daniel|Matthew|Anthony|Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|
Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|
Brandon|Benjamin|Samuel|Gregory|Alexander|Frank|Patrick|Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|
Adam|Nathan|Henry|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|Harold|Keith|Christian|Roger|Noah|
Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert|
Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Elijah|Louis|Bobby|
Philip|Johnny|Alejandro|Santiago|Mateo|Joaquín|Guillermo|Héctor|Rafael|Francisco|Jesús|Luis|
Carlos|Diego|Wei|Jian|Hao|Zhiwei|Takeshi|Hiroshi|Kenji|Raj|Arjun|Vikram|Sanjay|Rohan|Mohammed|
Ahmed|Omar|Yusuf|Hassan|Tariq|Karim|Chukwuemeka|Oluwaseun|Babajide|Kwame|Kofi|Tendai|Jamal|DeShawn|
Darnell|Tyrone|Marquis|Dmitri|Aleksandr|Sergei|Piotr|Tomasz|Andrei|Giorgos|Nikos|Giuseppe|Luca|
Matteo|Cian|Ciarán|Padraig|Lars|Sven|Bjorn|Minh|Quang|Tuan|Huy|Min-jun|Ji-hoon|Seung-woo|Kai|Keoni|
Makoa|Will|Bill|Hunter|Mason|Chase|Cash|Rich|Sonny|Lucky|Major|King|Royal|Bishop|Deacon|Rocky|
Rusty|Chip|Buck|Art|Jean-Luc|Jean-Pierre|José Luis|Juan Carlos|Abdul Rahman|Mohamed Amin|Ngozi|
Thắng|Björn|François|Zoltán|Søren|Yosef|Moshe|Ezekiel|Obadiah|Cornelius|Thaddeus|Ignatius|Earl|
Clarence|Otis|Virgil|Homer|Elmer|Cletus|Duke|Ace|Bear|Wolf|Stone|River|Sage|Rowan|Reed|Forrest""")
GIVEN_M = [g for g in GIVEN_M if g != "Ngozi"]

SURN = P("""Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|
Jackson|Martin|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|
Hill|Green|Adams|Baker|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|Parker|Evans|
Edwards|Collins|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper|Peterson|Reed|Bailey|Bell|Kelly|
Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|James|Hughes|Price|Sanders|Myers|Long|
Ross|Foster|Powell|Jenkins|Perry|Russell|Sullivan|Fisher|Henderson|Coleman|Simmons|Patterson|
Jordan|Reynolds|Hamilton|Graham|Wallace|West|Cole|Hayes|Gibson|Bryant|Ellis|Stevens|Murray|Ford|
Marshall|Owens|McDonald|Harrison|Ruiz|Kennedy|Wells|Alvarez|Woods|Mendoza|Castillo|Olson|Webb|
Washington|Tucker|Freeman|Burns|Henry|Vasquez|Snyder|Simpson|Crawford|Jimenez|Porter|Mason|Shaw|
Gordon|Wagner|Hunter|Romero|Hicks|Dixon|Hunt|Palmer|Robertson|Black|Holmes|Stone|Meyer|Boyd|Mills|
Warren|Fox|Rose|Rice|Moreno|Schmidt|Patel|Ferguson|Nichols|Herrera|Medina|Ryan|Fernandez|Weaver|
Daniels|Stephens|Gardner|Payne|Kelley|Dunn|Pierce|Arnold|Tran|Spencer|Peters|Hawkins|Grant|Hansen|
Castro|Hoffman|Hart|Elliott|Cunningham|Knight|Bradley|Garcia|Rodriguez|Martinez|Hernandez|Lopez|
Gonzalez|Perez|Sanchez|Ramirez|Torres|Flores|Rivera|Gomez|Diaz|Reyes|Morales|Cruz|Ortiz|Gutierrez|
Chavez|Ramos|Vargas|Guzmán|Peña|Nuñez|Ibarra|Quintero|Villanueva|Nguyen|Le|Pham|Huynh|Hoang|Vo|
Dang|Bui|Do|Ngo|Duong|Lee|Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Wang|Li|Zhang|Liu|Chen|Yang|
Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Tanaka|Suzuki|Takahashi|Watanabe|Ito|Yamamoto|
Nakamura|Kobayashi|Sato|Shah|Singh|Kumar|Sharma|Gupta|Reddy|Iyer|Nair|Menon|Chaudhry|Desai|Mehta|
Joshi|Bhattacharya|Khan|Ali|Hussain|Rahman|Haddad|Nasser|Abboud|Khoury|Saleh|Farah|Mansour|Okafor|
Okonkwo|Adeyemi|Oyelaran|Nwosu|Eze|Mensah|Owusu|Boateng|Asante|Kamau|Mwangi|Otieno|Diallo|Traoré|
Ndiaye|Ivanov|Petrov|Smirnov|Kuznetsov|Popov|Volkov|Kowalski|Nowak|Wiśniewski|Wójcik|Kowalczyk|
Novak|Horvat|Popescu|Ionescu|Papadopoulos|Georgiou|Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|
Colombo|Ricci|Müller|Schneider|Fischer|Weber|Becker|Schulz|Larsen|Nielsen|Johansson|Lindqvist|
Andersson|Eriksson|O'Brien|O'Connor|O'Neill|O'Sullivan|McCarthy|Gallagher|Doherty|Byrne|Walsh|
Quinn|MacLeod|MacKenzie|Fraser|Cohen|Levy|Goldberg|Friedman|Katz|Shapiro|Rosenberg|Kaplan|Kealoha|
Kahananui|Begay|Yazzie|Tsosie|Benally|Silva|Santos|Oliveira|Souza|Costa|Pereira|Almeida|Carvalho|
Fonseca|Hope|Love|Moody|Short|Strong|Best|Bird|Fish|Wolf|Lamb|Frost|Winter|Summers|Day|Page|Church|
Banks|Brook|Field|Lake|Marsh|March|Sterling|Gold|Silver|Steel|Stamp|Bond|Cash|Law|Judge|Sweet|
Goodman|Friend|Savage|Wise|Hardy|Noble|Bishop|Pope|Dean|Chamberlain|Sharp|Swift|Rich|Little|
Small|Strange|Power|Gentle|Joy|Mercy|Beaulieu|Thibodeau|Pelletier|Gagnon|Bouchard|Lavoie|Cormier|
Nadeau|Tremblay|Ouellette|Fitzgerald|Flaherty|Kowalewski|Tkachenko|Shevchenko|Bondarenko|Melnyk|
Abernathy|Featherstone|Whitlock|Pennington|Ashworth|Thistlewood|Baptiste|Jean-Louis|Pierre-Louis|
Toussaint|Desir|Celestin|Dorsainvil|Jean-Baptiste|Auguste|Fofana|Kouyaté|Abdi|Mohamud|Warsame""")

MULTI_SURN = P("""de la Cruz|Del Toro|De Jesus|Van Dyke|van der Berg|Da Silva|dos Santos|St. John|
Le Blanc|Mac Neil|Abu Hamdan|Al-Sayed|El-Amin|Ben-David|Ochoa-Reyes|De Leon|Van Buren|della Rosa|
St. Pierre|Nguyen Thi|Tran Van|bin Yusof|von Holt|de Souza|La Fleur|De Los Santos|Garcia Marquez|
Fernández de Córdoba|Mc Gee|O'Donnell-Park""")

NICKS = {"Robert": "Bobby", "William": "Bill", "Elizabeth": "Liz", "Katherine": "Kate",
         "Margaret": "Peggy", "Alejandro": "Alex", "Guadalupe": "Lupe", "Francisco": "Paco",
         "Jose": "Pepe", "Dmitri": "Dima", "Aleksandr": "Sasha", "Richard": "Dick",
         "Patricia": "Trish", "Jennifer": "Jen", "Christopher": "Topher", "Thomas": "Tommy",
         "Deborah": "Debbie", "Rebecca": "Becca", "Dorothy": "Dot", "Joseph": "Joey",
         "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Babajide": "Jide", "Nicholas": "Nico",
         "Anthony": "Tony", "Edward": "Ned", "Wilhelmina": "Billie", "Bernadette": "Bernie",
         "Mildred": "Millie", "Gertrude": "Trudy", "Jacqueline": "Jackie", "Samantha": "Sam",
         "Jesús": "Chuy", "Ignatius": "Iggy", "Cornelius": "Neil", "Zhiwei": "David",
         "Xiaoling": "Ling", "Ji-woo": "Julie", "Seung-woo": "Steve", "Ngozi": "Zizi"}
NICK_F = P("Dottie|Bea|Cookie|Sissy|Lulu|Tootie|Mimi|Boo|Peaches|Nana")
NICK_M = P("Buddy|Junior|Skip|Butch|Sonny|Red|Tank|Biggie|Chico|Bubba")

# ---------------------------------------------------------------- org pools
SITES = P("""Saugus|Danvers|Woburn|Peabody|Burlington|Framingham|Quincy|Braintree|Nashua|Salem NH|
Lowell|Methuen|Waltham|Revere|Medford|North Andover|Plaistow""")
SITE_FORMS = ["{s}", "{s}", "the {s} clinic", "{s}", "our {s} site", "{s}", "the {s} location"]
SITE_ADDRS = P("""1180 Broadway, Saugus MA 01906|35 Independence Way, Danvers MA 01923|
300 Andover St Suite 4, Peabody MA 01960|77 Middlesex Tpke, Burlington MA 01803|
1 Worcester Rd, Framingham MA 01701|550 Adams St, Quincy MA 02169|
250 Granite St, Braintree MA 02184|221 Daniel Webster Hwy, Nashua NH 03060|
44 Main St Unit 2, Woburn MA 01801|199 Chelmsford St, Lowell MA 01851|
90 Pleasant Valley St, Methuen MA 01844|1030 Main St, Waltham MA 02451|
11 Plaistow Rd, Plaistow NH 03865""")
SITE_ZIPS = P("01906|01923|01960|01803|01701|02169|02184|03060|01801|01851|01844|02451|03865")

EXECS = P("""Renee Alcott|Marcus Feld|Sunil Varghese|Ellen Yoshida|Carla Benitez|Tom Okoro|
Priya Raman|Greg Halvorsen|Dana Whitcomb|Luis Arroyo""")
EXEC_FORMS = ["{e}", "{e}", "{f}", "{e}", "{f}"]
COO = ["Renee", "Renee Alcott", "Renee (COO)"]
VENDORS = P("""Quest|LabCorp|Twilio|Zoom|Okta|ServiceNow|Experity|Solv|ClockwiseMD|Doxy.me|Vonage|
RingCentral|Comcast Business|Verizon|Stericycle|Cintas|McKesson|Henry Schein|Medline|Iron Mountain|
Brightline Staffing|Northstar Billing|PulsePoint Labs|Aya Healthcare|ShiftMed|Podium|Birdeye|Stripe|
Waystar|Availity|Zendesk|Crowdstrike|Meraki|Konica Minolta|Otis|Abbott|Cepheid""")
VENDOR_DOMAIN = {v: re.sub(r"[^a-z]", "", v.lower()) + rng.choice([".com", ".com", ".io", ".net"])
                 for v in VENDORS}
PAYERS = P("""BCBS|Blue Cross|Harvard Pilgrim|Tufts|Aetna|Cigna|UHC|MassHealth|Medicare|Ambetter|
Humana|Point32Health|Anthem NH|Wellcare|Fallon""")
HOSPITALS = P("""Lahey|Mass General|Beverly Hospital|MelroseWakefield|St. Joe's|Lowell General|
Winchester Hospital|BI Deaconess|Brigham|Southern NH|Holy Family""")
LABS = P("""strep culture|urine culture|COVID PCR|flu/COVID combo|CBC|BMP|UA|mono spot|chest x-ray read|
pregnancy test|A1c|lyme titer|throat cx|wound culture|BHCG|CMP|ankle film overread|RSV PCR""")
DXS = P("""sore throat|UTI|ankle sprain|laceration|pink eye|ear pain|cough|rash|back pain|
sinus infection|bronchitis|abdominal pain|dog bite|burn|wrist injury|headache|fever|vomiting""")
MEDS = P("""amoxicillin|Keflex|nitrofurantoin|azithromycin|Augmentin|Bactrim|prednisone|Tamiflu|
Paxlovid|cefdinir|doxycycline|Zofran|ibuprofen 800|Flonase|albuterol""")
CPTS = P("99213|99214|87880|87635|99203|81002|12001|99421|G2012|99441|87804|73610|J1885|96372")
ICDS = P("J02.0|J02.9|U07.1|N39.0|S61.411A|J06.9|R50.9|H66.90|Z20.822|S93.401A|R07.9|L03.115")
STREETS = P("""Birch Hollow Rd|Elm St|Lafayette St|Summer St|Winter St|Pleasant St|Highland Ave|
Prospect Hill Rd|Chestnut St|Oak Ridge Dr|Bay State Rd|Washington St|Lowell St|Central St|Ocean Ave|
Salem St|Maple Ave|Water St|Forest St|Pine Hill Ln|Cedar Ct|Sycamore Way|Bridge St|Mill Pond Rd|
Boston Post Rd|Lincoln Ave|Essex St|Haverhill St|Fells Ave|Spring St|Park Ter|Tremont St|Cabot St|
Lynnway|Beach Rd|Hemlock Ln|Appleton Farms Rd|Quarry Rd|Riverside Dr|Cottage St|Laurel Ave""")
TOWNS = [("Medford", "MA", "021"), ("Malden", "MA", "021"), ("Revere", "MA", "021"),
         ("Lynn", "MA", "019"), ("Everett", "MA", "021"), ("Chelsea", "MA", "021"),
         ("Dracut", "MA", "018"), ("Tewksbury", "MA", "018"), ("Billerica", "MA", "018"),
         ("Amesbury", "MA", "019"), ("Haverhill", "MA", "018"), ("Andover", "MA", "018"),
         ("Reading", "MA", "018"), ("Wakefield", "MA", "018"), ("Stoneham", "MA", "021"),
         ("Wilmington", "MA", "018"), ("Lawrence", "MA", "018"), ("Somerville", "MA", "021"),
         ("Arlington", "MA", "024"), ("Melrose", "MA", "021"), ("Beverly", "MA", "019"),
         ("Gloucester", "MA", "019"), ("Marblehead", "MA", "019"), ("Swampscott", "MA", "019"),
         ("Lynnfield", "MA", "019"), ("Saugus", "MA", "019"), ("Peabody", "MA", "019"),
         ("Hudson", "NH", "030"), ("Salem", "NH", "030"), ("Pelham", "NH", "030"),
         ("Derry", "NH", "030"), ("Manchester", "NH", "031"), ("Nashua", "NH", "030"),
         ("Providence", "RI", "029"), ("Pawtucket", "RI", "028"), ("Portland", "ME", "041"),
         ("Worcester", "MA", "016"), ("Brockton", "MA", "023"), ("Weymouth", "MA", "021"),
         ("Quincy", "MA", "021"), ("Lowell", "MA", "018"), ("Methuen", "MA", "018")]
EMAIL_DOMAINS = P("""gmail.com|gmail.com|gmail.com|yahoo.com|hotmail.com|outlook.com|icloud.com|
comcast.net|verizon.net|aol.com|msn.com|protonmail.com|live.com|me.com""")
AREA = P("617|781|978|508|603|857|339|351|774|401|207|413", "|")
MONTHS = P("January|February|March|April|May|June|July|August|September|October|November|December")
MON3 = [m[:3] for m in MONTHS]
RELS_F = P("daughter|wife|mom|mother|sister|granddaughter|niece|aunt|grandmother|stepmom")
RELS_M = P("son|husband|dad|father|brother|grandson|nephew|uncle|grandfather|stepdad")
RELS_X = P("partner|POA|guardian|caregiver|health care proxy")
EMOJI = P(" 🙏| 😬| :eyes:| :white_check_mark:| 🚨| 👍| 😩| :sob:| 🙃| :pray:| ✅| 🤦‍♀️| :thumbsup:| 😅")

CONFUSABLE_FREE_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
ONES = "zero one two three four five six seven eight nine".split()


def ordinal(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(y, m, d, style):
    if style == "m/d/Y":
        return "%d/%d/%d" % (m, d, y)
    if style == "mm/dd/Y":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "m/d/y":
        return "%d/%d/%02d" % (m, d, y % 100)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "Month d, Y":
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if style == "d-Mon-Y":
        return "%02d-%s-%d" % (d, MON3[m - 1], y)
    if style == "Mon dth Y":
        return "%s %s %d" % (MON3[m - 1], ordinal(d), y)
    if style == "mmddY":
        return "%02d%02d%d" % (m, d, y)
    if style == "d Month Y":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == "m-d-y":
        return "%d-%d-%02d" % (m, d, y % 100)
    if style == "m/d":
        return "%d/%d" % (m, d)
    if style == "mm/dd":
        return "%02d/%02d" % (m, d)
    if style == "Mon d":
        return "%s %d" % (MON3[m - 1], d)
    if style == "Mon. d":
        return "%s. %d" % (MON3[m - 1], d) if m != 5 else "May %d" % d
    if style == "Month d":
        return "%s %d" % (MONTHS[m - 1], d)
    if style == "Month dth":
        return "%s %s" % (MONTHS[m - 1], ordinal(d))
    if style == "Mon dth":
        return "%s %s" % (MON3[m - 1], ordinal(d))
    if style == "the dth":
        return "the %s" % ordinal(d)
    raise ValueError(style)


DOB_STYLES = ["m/d/Y"] * 5 + ["mm/dd/Y"] * 4 + ["m/d/y"] * 2 + ["iso"] * 2 + \
    ["Month d, Y"] * 2 + ["d-Mon-Y", "Mon dth Y", "mmddY", "d Month Y", "m-d-y"]
VISIT_STYLES = ["m/d"] * 6 + ["mm/dd"] * 2 + ["Mon d"] * 3 + ["Month d"] * 2 + \
    ["Month dth", "Mon dth", "m/d/y", "m/d/y", "m/d/Y", "iso", "d-Mon-Y", "Mon. d"]


def rand_md(y=None):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return m, d


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def ascii_fold(s):
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"}))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def num_words(n):
    tens = {9: "ninety", 10: "one hundred"}
    if n < 100:
        t, o = divmod(n, 10)
        w = tens[t]
        if o:
            w += rng.choice(["-", " "]) + ONES[o]
        return w
    r = n - 100
    base = rng.choice(["one hundred", "a hundred"])
    if r == 0:
        return "one hundred"
    return base + rng.choice([" and ", " "]) + ONES[r]


# ---------------------------------------------------------------- obfuscation
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def obfuscate(ctx, value, allow=("space", "fullwidth", "zw", "nbsp", "spelled", "mixed")):
    kind = rng.choice(list(allow))
    ctx.tag("evasion")
    if kind == "fullwidth":
        ctx.tag("fullwidth")
        return value.translate(FW)
    if kind == "zw":
        ctx.tag("zero-width")
        if re.search(r"[-. ]", value):
            return re.sub(r"[-. ]", "\u200b", value)
        i = len(value) // 2
        return value[:i] + "\u200b" + value[i:]
    if kind == "nbsp":
        if re.search(r"[-. ]", value):
            return re.sub(r"[-. ]", "\u00a0", value)
        i = len(value) // 2
        return value[:i] + "\u00a0" + value[i:]
    if kind == "space":
        return " ".join(c for c in value if c.isalnum())
    if kind == "spelled":
        groups = [g for g in re.split(r"[^0-9A-Za-z]+", value) if g]
        out = []
        for g in groups:
            ws = []
            for c in g:
                if c.isdigit():
                    ws.append(rng.choice(["oh", "zero"]) if c == "0" else ONES[int(c)])
                else:
                    ws.append(c.upper())
            out.append(" ".join(ws))
        return ", ".join(out)
    if kind == "mixed":
        seps = re.findall(r"[-. ]", value)
        if not seps:
            return value[:3] + "." + value[3:]
        it = iter(rng.choice(["-", ".", " ", "/"]) for _ in seps)
        return re.sub(r"[-. ]", lambda m: next(it), value)
    return value


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, tpl):
        self.tpl = tpl
        self.cache = {}
        self.misc = {}
        self.persons = {}
        self.tags = []
        self.old = {p for p in ("P", "Q", "R", "E")
                    if ("{%sage90" % ("" if p == "P" else p + ".")) in tpl}
        low = tpl.lower()
        self.child = any(w in low for w in ("school", "kid", "months old", "lice", "mom", "poison control",
                                             "age 3", "parent", "sports physical"))
        self.adult = any(w in tpl for w in ("{dl}", "{cc}", "{bank}", "{ssn}", "{em}", "{E.", "{acct}",
                                             "{mbi}", "{R.age90}", "{addr}", "{pip}"))
        self.mom = bool(re.search(r"\bmom\b", low))

    def tag(self, t):
        if t not in self.tags:
            self.tags.append(t)

    def person(self, key):
        if key not in self.persons:
            self.persons[key] = Person(self, key)
        return self.persons[key]


def S(typ, value, biz=False):
    return (typ, value, biz)


def L(value):
    """Protected literal (not touched by typo injection)."""
    return ("_", value, False)


class Person:
    def __init__(self, ctx, key):
        self.ctx = ctx
        self.key = key
        self.cache = {}
        p_old = "P" in ctx.old
        if key == "R" and "R" in ctx.old:
            self.sex = rng.choice("FM")
            self.rel = "wife" if self.sex == "F" else "husband"
        elif key == "R" and ctx.mom:
            self.rel, self.sex = "mom", "F"
        elif key == "R" and ctx.child and not ctx.adult:
            self.rel = rng.choice(["mom", "dad", "grandmother", "grandfather", "aunt", "uncle", "guardian",
                                   "stepmom", "stepdad", "mother", "father"])
            self.sex = "F" if self.rel in ("mom", "grandmother", "aunt", "stepmom", "mother") else \
                "M" if self.rel != "guardian" else rng.choice("FM")
        elif key == "R" and p_old:
            self.rel = rng.choice(["daughter", "son", "granddaughter", "grandson", "niece", "nephew",
                                   "caregiver", "POA", "health care proxy", "daughter", "son"])
            self.sex = {"daughter": "F", "granddaughter": "F", "niece": "F", "son": "M", "grandson": "M",
                        "nephew": "M"}.get(self.rel) or rng.choice("FM")
        elif key == "R":
            r = rng.random()
            if r < 0.45:
                self.rel, self.sex = rng.choice(RELS_F), "F"
            elif r < 0.9:
                self.rel, self.sex = rng.choice(RELS_M), "M"
            else:
                self.rel, self.sex = rng.choice(RELS_X), rng.choice("FM")
        else:
            self.rel, self.sex = rng.choice(RELS_F + RELS_M), rng.choice("FM")
        pool = GIVEN_F if self.sex == "F" else GIVEN_M
        self.first = rng.choice(pool)
        r = rng.random()
        p_person = ctx.persons.get("P")
        if key == "R" and p_person is not None and rng.random() < 0.55:
            self.last = p_person.last
        elif r < 0.07:
            self.last = rng.choice(MULTI_SURN)
        elif r < 0.13:
            a, b = rng.sample(SURN, 2)
            self.last = a + "-" + b
        else:
            self.last = rng.choice(SURN)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.middle = rng.choice(pool)
        r = rng.random()
        if r < 0.12:
            self.full = "%s %s. %s" % (self.first, self.mi, self.last)
        elif r < 0.16:
            self.full = "%s %s %s" % (self.first, self.middle, self.last)
        elif r < 0.18 and self.sex == "M":
            self.full = "%s %s %s" % (self.first, self.last, rng.choice(["Jr.", "Sr.", "III"]))
        else:
            self.full = "%s %s" % (self.first, self.last)
        if key in ctx.old:
            self.age = rng.randint(90, 104)
        elif key == "P" and "{mbi}" in ctx.tpl:
            self.age = rng.randint(65, 89)
        elif key == "P" and ctx.child and not ctx.adult:
            self.age = rng.randint(1, 17)
        else:
            self.age = rng.choice([rng.randint(19, 45), rng.randint(19, 64), rng.randint(30, 64),
                                   rng.randint(65, 89)])
        self.dob_y = 2025 - self.age - rng.randint(0, 1)
        self.nick = NICKS.get(self.first) or rng.choice(NICK_F if self.sex == "F" else NICK_M)

    # pronouns
    def pron(self, k):
        f = self.sex == "F"
        m = {"he": "she" if f else "he", "his": "her" if f else "his", "him": "her" if f else "him"}
        v = m[k.lower()]
        return v.capitalize() if k[0].isupper() else v


def gen_phone(ctx, biz=False, ext=False, obf_p=0.12):
    if biz and rng.random() < 0.3:
        a = rng.choice(["800", "888", "877", "866", "855"])
    else:
        a = rng.choice(AREA)
    ex = str(rng.randint(201, 989))
    line = digits(4)
    if rng.random() < 0.3:
        ex, line = "555", "01" + digits(2)
    style = rng.randrange(9)
    v = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "+1-%s-%s-%s",
         "%s %s %s", "1-%s-%s-%s", "%s-%s-%s"][style] % (a, ex, line)
    if ext:
        v += rng.choice([" ext. ", " x", " ext ", ", ext. "]) + str(rng.randint(2, 4999))
    elif not biz and rng.random() < obf_p:
        v = obfuscate(ctx, v)
    return v


def gen_email(ctx, first, last, obf_p=0.1):
    f, l = slug(first) or "pt", slug(last) or "x"
    style = rng.randrange(10)
    n = str(rng.randint(1, 99)) if rng.random() < 0.5 else str(rng.randint(1950, 2012))
    local = [f + "." + l, f + l + n, f[0] + l, f + "_" + l[0], f + n, l + f[0] + n,
             f + "." + l + n, f[0] + "." + l, f + l, rng.choice(["mama", "its", "the", "real"]) + f + n][style]
    dom = rng.choice(EMAIL_DOMAINS)
    v = local + "@" + dom
    if rng.random() < obf_p:
        ctx.tag("evasion")
        d, tld = dom.rsplit(".", 1)
        v = rng.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s",
                        "%s @ %s . %s"]) % (local, d, tld)
    return v


def gen_ssn(ctx):
    a = rng.randint(100, 665)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    base = "%03d-%02d-%04d" % (a, g, s)
    r = rng.random()
    if r < 0.6:
        return base
    if r < 0.72:
        return base.replace("-", " ")
    if r < 0.84:
        ctx.tag("evasion")
        return base.replace("-", "")
    return obfuscate(ctx, base, ("fullwidth", "zw", "mixed", "space", "spelled"))


def gen_mrn(ctx):
    style = rng.randrange(6)
    v = [digits(8), "00" + digits(6), "E" + digits(7), "RW" + digits(6), digits(4) + "-" + digits(4),
         digits(7)][style]
    if rng.random() < 0.05:
        v = obfuscate(ctx, v, ("fullwidth", "zw", "space"))
    return v


def gen_member(ctx):
    style = rng.randrange(7)
    v = ["W" + digits(9), rng.choice(["XJH", "ZGP", "XLP", "YHM"]) + digits(9), "9" + digits(10),
         "HP" + digits(8), digits(3) + "-" + digits(3) + "-" + digits(3), "A" + digits(8) + "01",
         "U" + digits(8) + " 0" + str(rng.randint(1, 4))][style]
    if rng.random() < 0.06:
        v = obfuscate(ctx, v, ("fullwidth", "zw", "space"))
    return v


def gen_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    v = (str(rng.randint(1, 9)) + rng.choice(A) + rng.choice(AN) + str(rng.randint(0, 9)) +
         rng.choice(A) + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(A) + rng.choice(A) +
         digits(2))
    if rng.random() < 0.5:
        v = v[:4] + "-" + v[4:7] + "-" + v[7:]
    return v


def gen_acct():
    style = rng.randrange(6)
    return [digits(8), "G-" + digits(6), digits(10), "A" + digits(7), digits(4) + "-" + digits(5),
            "PA" + digits(8)][style]


def gen_dl(ctx):
    style = rng.randrange(6)
    return ["S" + digits(8), "D" + digits(7), digits(8), "%s %s %s" % (digits(3), digits(3), digits(3)),
            "NHL" + digits(8), "W%s-%s-%s-%s-0" % (digits(3), digits(3), digits(2), digits(3))][style]


def gen_plate():
    C = "ABCDEFGHJKLMNPRSTVWXYZ"
    style = rng.randrange(5)
    return [str(rng.randint(1, 9)) + "".join(rng.choice(C) for _ in range(3)) + digits(2),
            str(rng.randint(1, 9)) + "".join(rng.choice(C) for _ in range(2)) + digits(3),
            "".join(rng.choice(C) for _ in range(3)) + " " + digits(4),
            digits(3) + " " + "".join(rng.choice(C) for _ in range(3)),
            str(rng.randint(1, 9)) + "".join(rng.choice(C) for _ in range(2)) + " " + digits(3)][style]


def gen_vin():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["1", "2", "3", "5", "J", "K", "W"]) + "".join(rng.choice(A) for _ in range(10)) + digits(6)


def gen_device():
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    style = rng.randrange(6)
    return ["".join(rng.choice(A) for _ in range(10)), "PM" + digits(7), digits(2) + "A" + digits(2) + "X" + digits(4),
            "SN" + digits(8), "(01)00" + digits(12) + "(21)" + "".join(rng.choice(A) for _ in range(6)),
            "%s-%s" % ("".join(rng.choice(A) for _ in range(4)), digits(6))][style]


def gen_card():
    kind = rng.randrange(4)
    if kind == 0:
        n = luhn_complete("4", 16)
    elif kind == 1:
        n = luhn_complete(str(rng.randint(51, 55)), 16)
    elif kind == 2:
        n = luhn_complete(rng.choice(["34", "37"]), 15)
        return rng.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:4], n[4:10], n[10:])
    else:
        n = luhn_complete("6011", 16)
    sep = rng.choice([" ", "-", "", " "])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def gen_ip(public=False):
    r = rng.random()
    if r < 0.07:
        return "2601:%x:%x:%x::%x" % (rng.randint(0, 0xfff), rng.randint(0, 0xffff),
                                      rng.randint(0, 0xfff), rng.randint(1, 0xff))
    if public or r < 0.25:
        return "%d.%d.%d.%d" % (rng.choice([24, 73, 98, 66, 108, 174, 71, 50, 208]),
                                rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.6:
        return "10.%d.%d.%d" % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.8:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(1, 254))


def gen_dea():
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + rng.choice("ABCDEGHKLMNPRSTWY") + "".join(map(str, d)) + str(chk)


def gen_lic():
    style = rng.randrange(5)
    return ["RN" + digits(7), "MD " + digits(6), "NP-" + digits(7), digits(6), "PA" + digits(5)][style]


def town_pick():
    return rng.choice(TOWNS)


def zip_for(prefix):
    z = prefix + digits(2)
    if rng.random() < 0.2:
        z += "-" + digits(4)
    return z


def gen_addr(ctx, person):
    t, st, zp = person.cache.setdefault("_town", town_pick())
    num = rng.randint(2, 2400)
    street = rng.choice(STREETS)
    unit = ""
    if rng.random() < 0.25:
        unit = rng.choice([" Apt %d" % rng.randint(1, 30), " Apt %s" % (str(rng.randint(1, 6)) + rng.choice("ABCD")),
                           " #%d" % rng.randint(1, 12), " Unit %d" % rng.randint(1, 40)])
    z = zip_for(zp)
    style = rng.randrange(5)
    if style == 0:
        return "%d %s%s, %s %s %s" % (num, street, unit, t, st, z)
    if style == 1:
        return "%d %s%s, %s, %s %s" % (num, street, unit, t, st, z)
    if style == 2:
        return "%d %s%s %s %s %s" % (num, street, unit, t, st, z)
    if style == 3:
        return "%d %s%s, %s" % (num, street, unit, t)
    return "%d %s%s, %s %s" % (num, street, unit, t, st)


def gen_url(person):
    f, l = slug(person.first), slug(person.last)
    style = rng.randrange(6)
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(7))
    return ["https://my.ridgewaycare.com/visits/%s?pt=%s" % (digits(6), digits(8)),
            "https://ridgewaynow.app/v/%s?name=%s.%s" % (tok, f, l),
            "https://portal.ridgewaycare.com/patient/%s/results" % digits(8),
            "https://video.ridgewaycare.com/join/%s-%s" % (digits(4), l),
            "https://ridgewaycare.com/r/%s?mrn=%s" % (tok, digits(8)),
            "https://updates.ridgewaycare.com/family/%s-%s-%s" % (f, l, digits(4))][style]


# ---------------------------------------------------------------- person fields
def visit_md():
    m = rng.randint(1, 11)
    return 2025, m, rng.randint(1, 28 if m == 2 else 30)


def person_field(ctx, pers, field, raw=None):
    """Return parts for a person field.  NAME etc. are spans; pronouns are literal."""
    if field in ("he", "his", "him", "He", "His", "Him"):
        return [pers.pron(field)]
    if field == "rel":
        return [pers.rel]
    if field == "full":
        return [S("NAME", pers.full)]
    if field == "first":
        return [S("NAME", pers.first)]
    if field == "last":
        return [S("NAME", pers.last)]
    if field == "mr":
        hon = rng.choice(["Mrs. ", "Ms. ", "Ms ", "Mrs ", "Miss "] if pers.sex == "F" else ["Mr. ", "Mr. ", "Mr "])
        return [hon, S("NAME", pers.last)]
    if field == "inv":
        r = rng.random()
        if r < 0.5:
            v = "%s, %s" % (pers.last.upper(), pers.first.upper())
            if rng.random() < 0.5:
                v += " " + pers.mi
        elif r < 0.8:
            v = "%s, %s" % (pers.last, pers.first)
        else:
            v = "%s, %s %s." % (pers.last, pers.first, pers.mi)
        return [S("NAME", v)]
    if field == "nick":
        style = rng.randrange(4)
        if style == 0:
            return [S("NAME", pers.full), ' ("', S("NAME", pers.nick), '")']
        if style == 1:
            return [S("NAME", pers.full), " aka ", S("NAME", pers.nick)]
        if style == 2:
            return [S("NAME", pers.full), " (goes by ", S("NAME", pers.nick), ")"]
        return [S("NAME", pers.nick), " (", S("NAME", pers.full), ")"]
    if field == "fl":
        return [S("NAME", "%s %s" % (pers.first, pers.last[0].upper()))]
    if field == "dob":
        m, d = rand_md()
        st = rng.choice(DOB_STYLES)
        if st == "mmddY":
            ctx.tag("evasion")
        return [S("DATE", fmt_date(pers.dob_y, m, d, st))]
    if field in ("vdate", "fudate", "ddate"):
        y, m, d = visit_md()
        return [S("DATE", fmt_date(y, m, d, rng.choice(VISIT_STYLES)))]
    if field == "age90":
        if rng.random() < 0.2:
            ctx.tag("evasion")
            return [S("AGE", num_words(pers.age))]
        return [S("AGE", str(pers.age))]
    if field == "agey":
        return [str(pers.age) if pers.age <= 89 else str(rng.randint(60, 89))]
    if field == "sx":
        return [pers.sex]
    if field == "ph":
        return [S("PHONE", gen_phone(ctx))]
    if field == "em":
        return [S("EMAIL", gen_email(ctx, pers.first, pers.last))]
    if field == "mrn":
        return [S("MRN", gen_mrn(ctx))]
    if field == "mem":
        return [S("HEALTH_PLAN_ID", gen_member(ctx))]
    if field == "mbi":
        return [S("HEALTH_PLAN_ID", gen_mbi())]
    if field == "medicaid":
        return [S("HEALTH_PLAN_ID", rng.choice(["1", "10"]) + digits(10))]
    if field in ("acct", "har"):
        return [S("ACCOUNT_NUMBER", gen_acct() if field == "acct" else digits(10))]
    if field == "bank":
        return [S("ACCOUNT_NUMBER", digits(rng.randint(9, 12)))]
    if field == "ssn":
        return [S("SSN", gen_ssn(ctx))]
    if field == "addr":
        return [S("ADDRESS", gen_addr(ctx, pers))]
    if field == "pobox":
        t, st, zp = pers.cache.setdefault("_town", town_pick())
        return [S("ADDRESS", "%s %d, %s %s %s" % (rng.choice(["PO Box", "P.O. Box", "PO BOX"]),
                                                   rng.randint(1, 2999), t, st, zip_for(zp)))]
    if field == "street":
        return [S("ADDRESS", "%d %s" % (rng.randint(2, 2400), rng.choice(STREETS)))]
    if field == "town":
        if raw and raw != "town":
            return [S("ADDRESS", town_pick()[0])]
        t, st, zp = pers.cache.setdefault("_town", town_pick())
        return [S("ADDRESS", t)]
    if field == "zip":
        t, st, zp = pers.cache.setdefault("_town", town_pick())
        return [S("ADDRESS", zip_for(zp))]
    if field == "dl":
        return [S("LICENSE_NUMBER", gen_dl(ctx))]
    if field == "plate":
        return [S("VEHICLE_ID", gen_plate())]
    if field == "vin":
        return [S("VEHICLE_ID", gen_vin())]
    if field == "dev":
        return [S("DEVICE_ID", gen_device())]
    if field == "url":
        return [S("URL", gen_url(pers))]
    if field == "cc":
        return [S("CREDIT_CARD", gen_card())]
    if field == "pip":
        return [S("IP_ADDRESS", gen_ip(public=True))]
    raise KeyError(field)


# ---------------------------------------------------------------- global fields
def staff_name():
    f = rng.choice(GIVEN_F + GIVEN_M)
    return "%s %s" % (f, rng.choice(SURN))


def site_name(ctx):
    if ctx.misc.get("bare_site"):
        return rng.choice(SITES)
    return rng.choice(SITE_FORMS).format(s=rng.choice(SITES))


def money():
    r = rng.random()
    if r < 0.4:
        return "$%d" % rng.choice([25, 40, 75, 89, 99, 125, 149, 179, 199, 240, 310, 450])
    if r < 0.8:
        return "${:,.2f}".format(rng.randint(1000, 4800000) / 100)
    return "${:,}".format(rng.randint(2, 900) * 100)


def mtg_date():
    r = rng.random()
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if r < 0.3:
        return rng.choice(["Friday", "Monday", "Tuesday", "Thursday", "Wednesday", "EOD Thursday",
                           "next Tuesday", "end of the month", "the 15th", "Monday the 3rd"])
    return fmt_date(2025, m, d, rng.choice(["m/d", "Mon d", "Month d", "Month dth", "m/d", "mm/dd"]))


def mtg():
    t = rng.choice(["2pm", "10:30", "9am", "3:15", "11", "1-2pm", "4:30 ET", "noon", "8:30am"])
    r = rng.random()
    if r < 0.4:
        return "%s at %s" % (rng.choice(["Thursday", "Tue", "Monday", "Fri", "Wednesday", "tomorrow"]), t)
    return "%s at %s" % (mtg_date(), t)


def mention():
    return "<@U%s>" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([8, 9, 10])))


def version():
    style = rng.randrange(7)
    return ["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 20)),
            "build 2025.%d.0.%d" % (rng.randint(1, 12), rng.randint(1, 40)),
            "%d.%d.%d" % (rng.randint(3, 24), rng.randint(0, 9), rng.randint(0, 99)),
            "%d.%d.%d-rc%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1, 4)),
            "v%d.%d" % (rng.randint(2, 9), rng.randint(0, 40)),
            "%d.%d.%d.%d" % (rng.randint(10, 24), rng.randint(1, 12), rng.randint(0, 9), rng.randint(100, 4000)),
            "iOS %d.%d.%d" % (rng.randint(4, 7), rng.randint(0, 9), rng.randint(0, 9))][style]


def ticket():
    style = rng.randrange(7)
    return ["INC%07d" % rng.randint(1000, 99999), "RITM%07d" % rng.randint(1000, 99999),
            "OPS-%d" % rng.randint(100, 3999), "IT-%d" % rng.randint(100, 9999),
            "CHG%07d" % rng.randint(1000, 99999), "#%d" % rng.randint(10000, 99999),
            "DEL-%d" % rng.randint(100, 9999)][style]


def vrep_name(ctx):
    if "vrep" not in ctx.misc:
        ctx.misc["vrep"] = (rng.choice(GIVEN_F + GIVEN_M), rng.choice(SURN))
    return ctx.misc["vrep"]


def vendor(ctx):
    if "vendor" not in ctx.misc:
        ctx.misc["vendor"] = rng.choice(VENDORS)
    return ctx.misc["vendor"]


def biz_email(ctx):
    f, l = vrep_name(ctx)
    dom = VENDOR_DOMAIN[vendor(ctx)]
    local = rng.choice([slug(f)[0] + slug(l), slug(f) + "." + slug(l), slug(f),
                        rng.choice(["support", "billing", "ar", "noc", "accounts", "escalations"])])
    return local + "@" + dom


def exec_name(ctx):
    used = ctx.misc.setdefault("execs", [])
    e = rng.choice([x for x in EXECS if x not in used])
    used.append(e)
    return rng.choice(EXEC_FORMS).format(e=e, f=e.split()[0])


def link():
    return rng.choice(["https://intranet.ridgewaycare.com/ops/wait-times",
                       "https://ridgeway.atlassian.net/browse/OPS-%d" % rng.randint(100, 3000),
                       "<https://ridgeway.sharepoint.com/sites/ops/Shared%20Documents/schedule.xlsx|schedule.xlsx>",
                       "https://status.experity.com", "https://www.cdc.gov/flu/",
                       "<https://intranet.ridgewaycare.com/policies/refunds|refund policy>",
                       "https://ridgewaycare.zoom.us/j/%d" % rng.randint(10 ** 9, 10 ** 10 - 1),
                       "https://status.zoom.us", "https://www.mass.gov/orgs/board-of-registration-in-nursing",
                       "https://ridgewaycare.com/pricing", "<https://ridgeway.slack.com/archives/C04OPS|#ops-escalations>"])


def G(ctx, base, key):
    """Global (non-person) placeholders."""
    if base == "staff":
        return [staff_name()]
    if base == "sfirst":
        return [rng.choice(GIVEN_F + GIVEN_M)]
    if base == "slast":
        return [rng.choice(SURN)]
    if base == "prov":
        r = rng.random()
        if r < 0.55:
            return ["Dr. " + rng.choice(SURN)]
        if r < 0.8:
            return ["Dr. " + staff_name()]
        return ["%s (%s)" % (rng.choice(GIVEN_F + GIVEN_M), rng.choice(["NP", "PA", "PA-C", "NP"]))]
    if base == "exec":
        ctx.tag("exec-name")
        return [exec_name(ctx)]
    if base == "coo":
        ctx.tag("exec-name")
        return [rng.choice(COO)]
    if base == "vendor":
        return [vendor(ctx) if key == "vendor" else rng.choice(VENDORS)]
    if base == "vrep":
        f, l = vrep_name(ctx)
        return ["%s %s" % (f, l)]
    if base == "vlast":
        return [vrep_name(ctx)[1]]
    if base == "site":
        return [site_name(ctx)]
    if base == "siteaddr":
        ctx.tag("facility-address")
        return [rng.choice(SITE_ADDRS)]
    if base == "sitezip":
        ctx.tag("zip-like")
        return [rng.choice(SITE_ZIPS)]
    if base == "m":
        ctx.tag("slack-markup")
        return [L(mention())]
    if base == "bot":
        b = rng.choice(["@Assistant", "@Assistant", "<@U06ASSIST1>", "@ops-assistant", "Assistant,",
                        "@Ridgeway Assistant", "@assistant"])
        if b.startswith("<@"):
            ctx.tag("slack-markup")
        return [L(b)]
    if base == "ext":
        ctx.tag("ext")
        return [rng.choice(["x%d", "ext %d", "ext. %d", "x%d", "extension %d"]) % rng.randint(2000, 4999)]
    if base == "zoom":
        return ["%d %d %d" % (rng.randint(800, 999), rng.randint(1000, 9999), rng.randint(1000, 9999))
                if rng.random() < 0.7 else str(rng.randint(10 ** 9, 10 ** 10 - 1))]
    if base == "ticket":
        ctx.tag("ticket")
        return [ticket()]
    if base == "po":
        ctx.tag("po")
        return [rng.choice(["45%08d" % rng.randint(0, 10 ** 8 - 1), "PO-%d" % rng.randint(10000, 99999),
                            "%d" % rng.randint(100000, 999999)])]
    if base == "invno":
        return [rng.choice(["INV-%d" % rng.randint(10000, 99999), "%d-A" % rng.randint(10000, 99999),
                            "#%d" % rng.randint(100000, 999999)])]
    if base == "order":
        return [rng.choice(["SO-%d" % rng.randint(100000, 999999), "#%d" % rng.randint(10 ** 7, 10 ** 8),
                            "W%d" % rng.randint(10 ** 8, 10 ** 9)])]
    if base == "contract":
        return ["CN-%d" % rng.randint(10000, 99999)]
    if base == "asset":
        return ["RW-%05d" % rng.randint(1, 9999)]
    if base == "costc":
        return ["%d-%d" % (rng.randint(4000, 4999), rng.randint(100, 399))]
    if base == "ver":
        ctx.tag("version")
        return [version()]
    if base == "money":
        ctx.tag("money")
        return [money()]
    if base == "mtg":
        ctx.tag("calendar")
        return [mtg()]
    if base == "mtgdate":
        ctx.tag("calendar")
        return [mtg_date()]
    if base == "time":
        return [rng.choice(["2:30", "10am", "9:15", "3pm", "11:45", "4"])]
    if base == "room":
        return [rng.choice(["2", "3", "4", "5", "6", "7", "8", "1B", "12"])]
    if base == "npi":
        ctx.tag("npi")
        return ["1" + digits(9)]
    if base == "cpt":
        ctx.tag("cpt")
        return [rng.choice(CPTS)]
    if base == "icd":
        ctx.tag("icd")
        return [rng.choice(ICDS)]
    if base == "group":
        return [rng.choice(["%06d" % rng.randint(1000, 999999), "GRP %d" % rng.randint(10000, 99999),
                            "0%s%d" % (rng.choice("ABCDX"), rng.randint(1000, 9999))])]
    if base == "last4":
        return [digits(4)]
    if base == "wait":
        return [str(rng.choice([35, 40, 45, 55, 60, 75, 90, 95, 110, 120, 140, 150, 180, 210, 240]))]
    if base == "n":
        return [str(rng.randint(2, 48))]
    if base == "pct":
        return [str(rng.choice([2, 3, 4, 6, 7, 8, 11, 12, 14, 18, 22, 31, 64, 71, 88, 92, 97]))]
    if base == "lab":
        return [rng.choice(LABS)]
    if base == "dx":
        return [rng.choice(DXS)]
    if base == "med":
        return [rng.choice(MEDS)]
    if base == "payer":
        return [rng.choice(PAYERS)]
    if base == "hospital":
        return [rng.choice(HOSPITALS)]
    if base == "link":
        ctx.tag("slack-markup")
        return [L(link())]
    if base == "q":
        return [rng.choice(["Q3", "Q4", "Q1", "Q2", "FY2026 Q1", "Q3 FY25", "H2"])]
    if base == "agey":
        return [str(rng.randint(18, 89))]
    if base == "bizph":
        return [S("PHONE", gen_phone(ctx, biz=True), True)]
    if base == "bizphx":
        return [S("PHONE", gen_phone(ctx, biz=True, ext=True), True)]
    if base == "bizem":
        return [S("EMAIL", biz_email(ctx), True)]
    if base == "sem":
        f = rng.choice(GIVEN_F + GIVEN_M)
        l = rng.choice(SURN)
        return [S("EMAIL", rng.choice([slug(f)[0] + slug(l), slug(f) + "." + slug(l)]) + "@ridgewaycare.com", True)]
    if base == "ip":
        ctx.tag("ip")
        return [S("IP_ADDRESS", gen_ip())]
    if base == "dea":
        ctx.tag("credentialing")
        return [S("LICENSE_NUMBER", gen_dea())]
    if base == "lic":
        ctx.tag("credentialing")
        return [S("LICENSE_NUMBER", gen_lic())]
    if base == "corpcc":
        return [S("CREDIT_CARD", gen_card())]
    raise KeyError(base)


GLOBAL_KEYS = {"staff", "sfirst", "slast", "prov", "exec", "coo", "vendor", "vrep", "vlast", "site",
               "siteaddr", "sitezip", "m", "bot", "ext", "zoom", "ticket", "po", "invno", "order",
               "contract", "asset", "costc", "ver", "money", "mtg", "mtgdate", "time", "room", "npi",
               "cpt", "icd", "group", "last4", "wait", "n", "pct", "lab", "dx", "med", "payer",
               "hospital", "link", "q", "bizph", "bizphx", "bizem", "sem", "ip", "dea", "lic", "corpcc"}


PERSON_KEYS = {"age90"}


def part_text(p):
    return p if isinstance(p, str) else p[1]


def joined(parts):
    return "".join(part_text(p) for p in parts)


def strip_digits(s):
    return re.sub(r"\d+$", "", s)


def resolve(ctx, key):
    if "." in key:
        pk, field = key.split(".", 1)
    else:
        pk, field = None, key
    if (pk is None and field in GLOBAL_KEYS) or field in PERSON_KEYS:
        base = field
    else:
        base = strip_digits(field)
    if pk is None and base in GLOBAL_KEYS:
        ck, prefix = "G." + key, "G."
        maker = lambda: G(ctx, base, key)
    else:
        pk = pk or "P"
        pers = ctx.person(pk)
        ck, prefix = pk + "." + field, pk + "."
        maker = lambda: person_field(ctx, pers, base, field)
    if ck in ctx.cache:
        return ctx.cache[ck]
    for _ in range(25):
        parts = maker()
        txt = joined(parts)
        clash = any(k != ck and k.startswith(prefix) and strip_digits(k[len(prefix):]) == base
                    and joined(v) == txt for k, v in ctx.cache.items())
        if not clash:
            break
    ctx.cache[ck] = parts
    return parts


# ---------------------------------------------------------------- PHI frames
PHI_FRAMES = [
    # --- lab results / callbacks
    ("{full} called back again about {his} {lab} from {vdate}. cb {ph} — {he}'s upset nobody called {him} yet.", ["callback"]),
    ("Lab callback needed: {inv}, DOB {dob}, MRN {mrn}. {lab} positive, {prov} wants {him} started on {med} today.", ["callback", "structured"]),
    ("can someone on the nurse line call {first} back at {ph}? portal still shows the {lab} from {vdate} as pending", ["callback"]),
    ("*Callbacks still open at {site}*\n• {full} — {ph} — {lab}\n• {Q.full} — {Q.ph} — {lab2}\n• {staff} has the rest", ["callback", "multiline"]),
    ("{prov} reviewed {mr}'s urine cx — sensitive to {med}. Pharmacy is the CVS on Main. Pt cell {ph}", ["callback"]),
    ("Quest called a critical value on {full} (DOB {dob}), seen {vdate} at {site}. Who is covering results today?", ["callback", "escalation"]),
    ("pt {last} came in {vdate} w/ {dx}, cx final positive. {m} can you call {him}? {ph}", ["callback"]),
    ("Both {Q.full} and {full} have had results sitting unsigned since {vdate}. Neither has been called. 3rd time this month.", ["callback", "escalation"]),
    ("re: {full} — finally reached {him}. Told {him} the {lab} was normal, closing the callback task.", ["callback"]),
    ("COVID PCR positive for {first} {last} (MRN {mrn}). {He} wants the isolation letter sent to {em}", ["callback"]),
    ("Thread: {first} {last} callback\n> {staff}: tried twice, no answer\n> {staff2}: vm box full at {ph}\nSending a portal message instead.", ["callback", "multiline"]),
    ("Critical callback escalation — {inv}\nMRN: {mrn}\nResult: {lab} (critical)\nAttempts: 3\nLast number tried: {ph}\nNext step: wellness check?", ["callback", "escalation", "multiline"]),
    ("{m} the {lab} for {mr} got filed to the wrong chart ({mrn}). Can you move it before {he} logs into the portal?", ["records"]),
    ("x-ray overread came back on {first} from {vdate}: there IS a fracture. radiology says call {him} today, number on file {ph}", ["callback"]),
    ("results line voicemail: '{full}, date of birth {dob}, calling about my blood work, my number is {ph}'", ["callback"]),
    ("{full}'s mono spot was done on {vdate}, not {vdate2} — the school letter has the wrong date", ["records"]),
    ("{R.full}'s kids {first} and {Q.first} both strep+, same household. Callback to {R.ph}, {R.he} prefers text.", ["callback"]),
    ("nobody told {mr} {his} UA was contaminated — {he} drove back from {town} for a recollect and we had no order", ["complaint"]),
    ("Telehealth follow-up: {full}'s throat cx is back. {He} asked for results by text only, to {ph}.", ["callback"]),
    ("{prov} wants a repeat BMP on {full} by {fudate}. Please schedule at any site that does draws.", ["referral"]),
    # --- wait times / complaints
    ("{mr} waited {wait} min in the lobby at {site} on {vdate} and left without being seen. Wants a manager to call: {ph}", ["complaint"]),
    ("Complaint from {full}: front desk was rude at check-in, visit {vdate}, acct {acct}. Escalating to {staff}.", ["complaint", "escalation"]),
    ("got a vm from a {first}, {ph}, re: the wait last night at {site}. no last name", ["complaint"]),
    ("{R.full} ({R.rel} of {full}) on the phone now — says {first} waited 3 hrs with a 103 fever on {vdate}. wants the copay back", ["complaint"]),
    ("Escalation: {full} says the app told {him} 20 min and {he} waited {wait}. {He}'s posting on FB. acct {acct}", ["complaint", "escalation"]),
    ("Pt {full} is in the lobby yelling about the wait at {site}. {prov} is going out to talk to {him}. FYI {m}", ["complaint"]),
    ("can we comp the visit for {mr}? {wait} min wait, then sent to the ER anyway. long-time pt, MRN {mrn}", ["complaint"]),
    ("Patient advocate form\nName: {full}\nPhone: {ph}\nDate of visit: {vdate}\nLocation: {site}\nIssue: wait time / LWBS", ["complaint", "multiline"]),
    ("{first} {last} says the video visit never connected on {vdate} and {he} was still charged. Card ending {last4}.", ["complaint"]),
    ("The complaint {exec} forwarded is from {full}, not {Q.full} — two separate complaints, same day ({vdate})", ["complaint"]),
    ("Re the BBB complaint: complainant is {full}, {addr}. Legal wants all notes from the {vdate} visit.", ["complaint", "records"]),
    ("manager callback done for {first} ({ph}) — apologized, gave {him} my direct line {ext}. {He} was fine after", ["complaint"]),
    ("{mr} from {town} says {site} closed early on {vdate} while {he} was in the parking lot. Door sign says 8p.", ["complaint"]),
    ("escalating to {coo}: {full} is threatening to go to the AG about the wait + a missed fracture. DOB {dob}.", ["complaint", "escalation"]),
    ("Lobby at {site} is 14 deep. One of them is {full}, {age90}, came by ambulette — can we pull {him} ahead?", ["age"]),
    # --- refunds / billing
    ("Refund request: {full}, acct {acct}, charged twice for the {vdate} video visit ($89 x2). Card on file ends {last4}.", ["refund"]),
    ("pls refund guarantor acct {acct} ({full}) — $125 self-pay, visit cancelled on our side", ["refund"]),
    ("{m} {mr} says card {cc} got charged $199 instead of the $40 copay. told {him} never to send the full number in chat again 🙃", ["refund"]),
    ("Refunds pending approval:\n1. {full} — {acct} — {money}\n2. {Q.full} — {Q.acct} — {money2}\n3. {staff}'s test account — ignore", ["refund", "multiline"]),
    ("{first}'s refund bounced, {his} bank closed the acct. New bank account {bank}, routing # is on the form.", ["refund"]),
    ("{full} paid with card {cc}, exp 08/27, for {his} kid's visit. Posted to the wrong guarantor — move it to acct {acct}.", ["refund"]),
    ("Statement dispute: {inv} — HAR {har} — says {he} was never seen on {vdate}. Can someone pull the check-in photo?", ["refund"]),
    ("write-off request for {full}, acct {acct}, $310 balance, pt passed away {ddate}. {R.rel} {R.first} called.", ["refund"]),
    ("{payer} recouped {money} from the {vdate} claim for {full}, member ID {mem}. Do we bill the pt now?", ["refund"]),
    ("Collections agency wants {full}'s SSN ({ssn}) to skip trace — I'm not sending that anywhere. Deleting after you see it.", ["refund"]),
    ("Chargeback from Stripe: cardholder {full}, card {cc}, amount {money}, visit {vdate}. Disputing with the visit note.", ["refund"]),
    ("self pay q: {first} {last} was quoted $149 for the video visit but got billed $179 — acct {acct}", ["refund"]),
    ("Payment plan set up for {mr}: $50/mo on acct {acct}, first draft on the 15th", ["refund"]),
    ("Can someone reverse the late fee on {acct}? It's {full} — {he} was inpatient at {hospital} on {vdate} when the statement went out.", ["refund"]),
    ("Refund check came back — addressed to {full}, {addr}. {He} says {he} moved to {town2}.", ["refund"]),
    # --- app reviews / social
    ("New 1★ App Store review from '{fl}': video dropped 3x and still billed. {He} put {his} DOB ({dob}) right in the review 😬 can we get it removed?", ["review"]),
    ("Google review by {full}: 'waited 2 hrs at {site} with my {R.agey} yo mom' — respond without confirming {he} was a patient", ["review"]),
    ("Yelp reviewer {full} = {mr} from the {vdate} complaint, matched by phone {ph}", ["review"]),
    ("TikTok from {first} {last} about our Lowell clinic has 40k views. {He} shows {his} wristband with MRN {mrn} on it.", ["review"]),
    ("Play Store review, 2 stars, {full}: 'nurse line told my {R.rel} {R.first} to take Tylenol and {R.he} ended up admitted'. legal FYI", ["review"]),
    ("Responding to the Facebook post from {full} — do NOT mention {his} visit on {vdate} in the reply", ["review"]),
    ("The Reddit poster who says {he} was misdiagnosed is {full} — {he} DM'd us {his} MRN {mrn}.", ["review"]),
    ("App review reply draft for {fl}: 'We're sorry about your experience. Please contact our patient advocate at {bizph}.'", ["review"]),
    ("{first} {last} left a 5-star for {prov}! can we share it internally? no last name in the share pls", ["review"]),
    ("The 1-star from 'KM' is {full} — same complaint as the email from {em}", ["review"]),
    # --- texts / forwarded
    ("Fwd from text line:\n> hi this is {full} I was seen {vdate} and never got my work note. my email is {em}", ["forwarded", "multiline"]),
    ("fwd sms from {R.ph}: 'this is {R.first}, {first}'s {R.rel}. {He} still has a fever after the video visit, should we go to the ER?'", ["forwarded"]),
    ("Forwarded text: 'Hey its {first} {last}, DOB {dob}, can u resend the portal link it expired'", ["forwarded"]),
    ("text came in from {ph} at 2am: 'my name is {full} and I think the {med} is giving me hives'. Routed to NL.", ["forwarded"]),
    ("From the SMS queue — '{first} here, I was at {site} {vdate} and you guys kept my insurance card. member id {mem}'", ["forwarded"]),
    ("Text thread pasted:\nPt: is this Ridgeway? its {full}\nUs: Hi! How can we help?\nPt: my address changed to {addr}\nUs: Thanks, updating now", ["forwarded", "multiline"]),
    ("Got a text from someone saying they're {full}'s {R.rel} asking for results. Number {R.ph} isn't on the HIPAA release.", ["forwarded"]),
    ("forwarding from the after-hours text bot: '{first} {last} {dob} need refill of {med}'", ["forwarded"]),
    ("SMS reply from {Q.ph}: 'STOP texting me, I'm not {full}'. Wrong number on {his} chart — MRN {mrn}.", ["forwarded"]),
    ("Pasted from Podium: '{fl}: hi, can I get a receipt for my visit on {vdate}? email is {em}'", ["forwarded"]),
    # --- nurse line
    ("Nurse line log {vdate} 22:14 — caller {full}, {agey}{sx}, DOB {dob}, chest tightness, advised ED. cb {ph}", ["nurse-line"]),
    ("NL: {R.full} ({first}'s {R.rel}) calling — {first} is {age90}, fell at home this am, on blood thinners", ["nurse-line", "age"]),
    ("NL triage note:\nCaller: {R.full} ({R.rel})\nPatient: {full}\nDOB: {dob}\nAge: {age90}\nCB: {R.ph}\nDisposition: ED now", ["nurse-line", "multiline", "age"]),
    ("nurse line repeat caller, {full} ({ph}), 4th call this week re {dx}. can a provider do a video visit?", ["nurse-line"]),
    ("NL handoff: pending callbacks — {last} (HA, {ph}), {Q.last} (rash, {Q.ph}). {staff} taking over at 11.", ["nurse-line"]),
    ("{first} {last} called NL asking if {he} can take {med} with warfarin. DOB {dob}. advised pharmacist.", ["nurse-line"]),
    ("nurse line caller refused to give DOB, only gave name {full} and zip {zip}. matched 2 charts, didn't proceed", ["nurse-line"]),
    ("NL: {full}, {age90} y/o, lives alone in {town}, confused per neighbor. EMS sent to {street}.", ["nurse-line", "age"]),
    ("Nurse line abandoned-call callback list:\n{ph}\n{Q.ph}\n{R.ph}\nNo names left on any of them.", ["nurse-line", "multiline"]),
    ("Poison control transfer for {first} (age 3) — mom {R.full} on the line, {R.ph}", ["nurse-line"]),
    # --- elderly
    ("we had a {age90} year old walk in at {site} today — {full}, {his} {R.rel} drove {him} from {town}. {prov} sent {him} to the ED.", ["age"]),
    ("{mr} is {age90} and hard of hearing, please call {his} {R.rel} {R.first} at {R.ph} instead", ["age"]),
    ("Pt is {age90}yo ({full}), DOB {dob}. The app wouldn't let {him} register — does the age field max at 99?", ["age"]),
    ("Telehealth visit today with {mr}, {age90}, {his} granddaughter set up the iPad. Went fine!", ["age"]),
    ("{first} {last} turned {age90} on {vdate} and came in for a flu shot. Front desk sang 🎂", ["age"]),
    # --- VIP
    ("VIP heads up: {full} (Channel 5 anchor) is checked in at {site}, room {room}. No chatter, no photos.", ["vip"]),
    ("{first} {last} — yes, *that* {last} — has a video visit at 3:40. Route to {prov} only.", ["vip"]),
    ("Celebrity pt at {site}: {full}. Use the alias in Experity, do NOT search {his} real name.", ["vip"]),
    ("State rep {full} came in with {his} kid for a sports physical. Make sure no one posts anything.", ["vip"]),
    ("Bruins player {full} was seen at {site} {vdate} for a lac. Team trainer called for records — need a release first.", ["vip", "records"]),
    # --- employee health
    ("Employee health: {E.full} (MA at {site}) had a needlestick {vdate}. Source pt is {full}, MRN {mrn}. Occ health f/u due {fudate}.", ["employee-health"]),
    ("FYI {E.first} from the {site} front desk tested positive, out until cleared. Managers only pls.", ["employee-health"]),
    ("{E.full} slipped on the wet floor in the {site} break room on {vdate}. Incident report done, {E.he}'s getting an x-ray.", ["employee-health"]),
    ("occ health: {E.first} {E.last} needs TB read by {fudate}, placed {vdate}", ["employee-health"]),
    ("Payroll q — {E.full} is on medical leave, do we still pay the shift differential?", ["employee-health"]),
    ("Heads up, {E.full} was a patient at {site} yesterday — please don't look up {E.his} chart, that's a breach.", ["employee-health"]),
    ("Our NP {E.full} fainted mid-shift at {site}, being seen in room {room} now. {E.He} is ok.", ["employee-health"]),
    ("Flu shot compliance: {E.full} has a medical exemption on file, don't chase {E.him}.", ["employee-health"]),
    # --- records / legal
    ("Records request for {full}, DOB {dob}, visits {vdate} and {vdate2}. Send to {em}, release signed.", ["records"]),
    ("attorney's office wants the chart for {inv} MRN {mrn} — DOI {vdate}. route to HIM, do not release w/o auth", ["records"]),
    ("School note for {first} {last} (DOB {dob}), seen {vdate} for {dx}. {R.rel} {R.first} picking up at front desk.", ["records"]),
    ("Subpoena came in for {full}, {addr}, all records {vdate} to present. {exec} and legal cc'd.", ["records"]),
    ("DCF asked for records on {first} {last}, 14 months old, seen at {site} on {vdate}. HIM + legal review before anything goes out.", ["records"]),
    ("Release on file lets us talk to {R.full} about {full}'s care — NOT the ex who keeps calling from {Q.ph}", ["records"]),
    ("Disability forms for {full}: employer fax {bizph}, visit dates {vdate}, {vdate2}.", ["records"]),
    ("Records fax to {hospital} for {full} failed — fax {bizph}. DOB {dob}. Retry?", ["records"]),
    # --- insurance
    ("Eligibility failed for {full} — member ID {mem}, {payer}. Group {group} is right so prob the member ID got typo'd.", ["insurance"]),
    ("{payer} denied the {vdate} claim for {mr}, sub ID {mem}. Billed {cpt} with {icd}, they want a different dx.", ["insurance"]),
    ("Medicare pt {full}, MBI {mbi} — front desk keeps keying the old card number.", ["insurance"]),
    ("Medicaid ID for {first} is {medicaid}, not what's in the chart. Fix before we rebill.", ["insurance"]),
    ("Prior auth for {full}'s MRI: member {mem}, DOB {dob}, ordering provider {prov}.", ["insurance", "referral"]),
    ("{full}'s secondary is {payer}, policy # {mem}, subscriber is {his} {R.rel} {R.full} (DOB {R.dob}).", ["insurance"]),
    ("insurance card upload for {first} {last} is blurry, member id looks like {mem}? can someone confirm with {him} at {ph}", ["insurance"]),
    ("Coverage termed for {mr}, member {mem}, policy end date 9/30 — {he} was seen {vdate} so it's self-pay now.", ["insurance"]),
    ("The {payer} ID {mem} belongs to {full}, not {Q.full}. Someone copied it onto the wrong registration.", ["insurance"]),
    ("pt read {his} member number over the phone as {mem} but {payer} says no match. {full}, DOB {dob}", ["insurance"]),
    # --- addresses
    ("{full} moved — new address {addr}. Update before statements go out.", ["address"]),
    ("Statement came back undeliverable for {mr} at {street} in {town}. Anyone have a better address?", ["address"]),
    ("pt lives in {town} and can't get to {site}, can we move {his} f/u to video? {first} {last}, {ph}", ["address"]),
    ("Courier dropping a pulse ox at {addr} for {full}, signature required.", ["address"]),
    ("zip on file for {full} is {zip} but {his} card billing zip is different so the payment keeps failing", ["address"]),
    ("Home visit pilot list:\n- {full}, {addr}\n- {Q.full}, {Q.addr}", ["address", "multiline"]),
    ("Mailing {full}'s crutches back — {he} left them in exam {room}. Address on file is {pobox}.", ["address"]),
    ("Welfare check requested for {full} at {addr} — missed 2 callbacks after a critical lab.", ["address", "escalation"]),
    # --- vehicles
    ("Car blocking the ambulance bay at {site}: silver Camry, plate {plate}. Front desk thinks it's {full} in room {room}.", ["vehicle"]),
    ("Tow company needs the VIN for the car left overnight — {vin}. Belongs to {full}, who got transferred to {hospital}.", ["vehicle"]),
    ("{mr}'s {R.rel} backed into a pole in our lot, plate {plate}. Nobody hurt but get {R.his} insurance info.", ["vehicle"]),
    ("Lot attendant says the van with plate {plate} has been there 2 days. It's {first} {last}'s, {he} was sent from {site} to {hospital}.", ["vehicle"]),
    # --- devices
    ("{full} says {his} Dexcom sensor fell off during the visit, serial {dev}. Can we document so {he} gets a replacement?", ["device"]),
    ("Pt {first} {last} has an insulin pump ({dev}) alarming in the waiting room — anyone know Omnipods?", ["device"]),
    ("hearing aid left in exam {room}, serial {dev}, belongs to {mr} (DOB {dob})", ["device"]),
    ("Loaner nebulizer SN {dev} went home with {full} on {vdate}, never returned.", ["device"]),
    ("Pacemaker q from a video visit: {full}, device serial {dev}. Which rep do we call?", ["device"]),
    # --- URLs
    ("Visit link for {full} keeps failing to load: {url}", ["url"]),
    ("Can IT check why {url} 404s for {first}? {He}'s sitting in the virtual lobby", ["url"]),
    ("<{url}|{first}'s results> — pt says the page shows someone else's name", ["url", "slack-markup"]),
    ("Here's the portal link that went to the wrong person: {url} — it has {full}'s visit summary on it", ["url"]),
    ("{mr} can't open {his} visit recap — link {url} — says expired after 24h", ["url"]),
    # --- IT / IP
    ("Telehealth logs show {full}'s session coming from {pip}, drops every 90s. {His} ISP?", ["ip"]),
    ("Firewall is blocking {ip} — that's the {site} front desk PC. ticket {ticket}", ["outage"]),
    ("VPN tunnel to {site} down, peer {ip} not responding since 6:40. {vendor} ticket {ticket}", ["outage"]),
    ("can someone whitelist {ip} and {ip2} for the new check-in kiosks? go-live is {mtgdate}", ["outage"]),
    ("Outage update: Experity gateway at {ip} is back. {n} clinics queued check-ins offline, syncing now.", ["outage"]),
    ("printer at {site} reception got a new IP ({ip}) after the power blip, pls update the print server", ["outage"]),
    ("Suspicious logins to the patient portal from {ip}, 300 attempts in 10 min. Blocked. Incident {ticket}.", ["outage"]),
    ("Outage bridge: Zoom {zoom}. Core switch is {ip} on the mgmt vlan.", ["outage"]),
    ("DNS for video.ridgewaycare.com points to {ip} but should be {ip2}. Did {vendor} change it?", ["outage"]),
    ("Vonage says the NL softphones are registering from {ip} instead of the SBC at {ip2}", ["outage"]),
    # --- credentialing / licences
    ("Credentialing: {prov}'s DEA {dea} expires end of month, renewal not submitted. NPI {npi} is fine.", ["credentialing"]),
    ("New NP at {site} Monday — {staff}, license {lic}, NPI {npi}. Add to the roster pls.", ["credentialing"]),
    ("Board lookup shows license {lic} for {prov} active through 2027.", ["credentialing"]),
    ("{prov} needs the DEA on the Paxlovid script — it's {dea}. Please don't post it in #general next time", ["credentialing"]),
    ("Credentialing packet for {staff}:\nNPI: {npi}\nState license: {lic}\nDEA: {dea}\nCAQH: submitted", ["credentialing", "multiline"]),
    ("locum {staff} from {vendor} — license {lic} shows lapsed 10/1, can't start Tuesday", ["credentialing"]),
    ("Pt {full} showed {his} license for ID check, DL {dl}, doesn't match the name on {his} insurance card", ["id-check"]),
    ("ID verification failed for the video visit — {full}, DL {dl}, DOB {dob}. Manual review queue.", ["id-check"]),
    ("front desk scanned the wrong side of {mr}'s license. DL# {dl}, exp 2028", ["id-check"]),
    # --- corporate cards
    ("corp card {corpcc} declined again for the Zoom renewal, {exec} says use the backup Amex", ["money"]),
    ("{sfirst} use card {corpcc} exp 09/27 for the Stericycle invoice {invno}", ["money"]),
    ("P-card for {site} is {corpcc} — yes I know, don't post it here. deleting in 5", ["money"]),
    # --- SSN
    ("Pt typed {his} SSN into the intake comment box: {ssn}. Can we scrub it? {full}, {vdate} visit", ["ssn"]),
    ("front desk at {site} still asking for SSN. {mr} gave {ssn} then asked why we need it", ["ssn"]),
    ("{full}'s SSN on the MassHealth app is {ssn} — the DOB {dob} doesn't match though", ["ssn"]),
    ("employer form for {full} has SSN {ssn} written in the margin. shredding it.", ["ssn"]),
    ("new hire packet for {staff} has the SSN ({ssn}) typed into the Slack form — HR pls move it to Workday and delete", ["ssn", "staffing"]),
    ("1099 contractor W-9 came back: {vrep}, SSN {ssn}. Sending to AP through the secure portal instead of here next time", ["ssn", "vendor"]),
    # --- business contacts
    ("{vendor} rep {vrep} says call {bizph} for the courier issue, or email {bizem}", ["vendor"]),
    ("New {vendor} support contact: {vrep}, {bizem}, direct {bizph}", ["vendor"]),
    ("Landlord for the {site} space is {vrep} at {bizph} — HVAC still down in exam {room}.", ["vendor"]),
    ("<mailto:{bizem}|{bizem}> is the right address for the {vendor} courier escalation", ["vendor", "slack-markup"]),
    ("the nurse line number on the new flyers is wrong, should be {bizph}", ["vendor"]),
    ("Signed the {vendor} SOW — billing contact is {bizem}, fax {bizph}", ["vendor"]),
    ("Call the {vendor} NOC at <tel:{bizph}|{bizph}> if video drops again tonight", ["vendor", "slack-markup"]),
    ("{exec}'s EA changed, please use {sem} for scheduling now", ["vendor"]),
    ("Our {payer} provider rep is {vrep}, {bizphx}", ["vendor"]),
    ("Staffing agency on-call line: {bizph}. Ask for {vrep}.", ["vendor", "staffing"]),
    # --- assistant bot
    ("{bot} draft an apology email to {full} at {em} for the {wait} min wait on {vdate}. Offer a $25 credit on acct {acct}.", ["assistant"]),
    ("{bot} remind me to call {mr} back tomorrow at 10 — {ph}", ["assistant"]),
    ("{bot} summarize the complaint thread about {full} (MRN {mrn}) for {exec} before the 2pm", ["assistant"]),
    ("{bot} email {R.full} at {R.em} that {first}'s records are ready for pickup at {site}", ["assistant"]),
    ("{bot} add {full} ({ph}) to the callback list for {site}, reason: {lab} pending since {vdate}", ["assistant"]),
    ("{bot} find 30 min this week for me, {staff} and {exec} to go over the {full} incident from {vdate}", ["assistant"]),
    ("hey {bot} what's the status of the refund for {full}? acct {acct}", ["assistant"]),
    ("{bot} draft a reply to the Google review from {fl}, don't confirm {he} was a patient", ["assistant", "review"]),
    ("{bot} forward {first} {last}'s complaint (from {em}) to {staff} and cc {exec}", ["assistant"]),
    ("{bot} create a task: follow up with {mr} re {dx} recheck due {fudate}, MRN {mrn}", ["assistant"]),
    # --- misc ops
    ("Who saw {full} yesterday? {He} says {he} was told to come back {fudate} for a wound check but there's no appt.", ["scheduling"]),
    ("pt {first} no-showed the {fudate} recheck for the lac repair. 2 attempts, vm full at {ph}", ["scheduling"]),
    ("{full} / DOB {dob} / MRN {mrn} / {payer} {mem} — duplicate chart, merge with {mrn2} pls", ["records"]),
    ("Transfer: {full}, {age90}, {site} → {hospital} by ambulance at 14:20, {R.rel} following by car.", ["age", "referral"]),
    ("CC: sore throat x3d\nPt: {inv}\nDOB: {dob}\nSeen: {vdate}\nProvider: {prov}\nPlan: {med} x10d", ["note", "multiline"]),
    ("Walk-in from the shelter, {first} (no last name given), says {he} used to live in {town}. no insurance.", ["address"]),
    ("Found a wallet in the {site} lobby — {full}'s license, DL {dl}, and a {payer} card, member {mem}. It's in the safe.", ["id-check"]),
    ("{first} {last} (DOB {dob}) is the pt whose mom called screaming this morning. Notes attached.", ["complaint"]),
    ("interpreter needed: {full}, Haitian Creole, video visit at 4:15. {R.rel} {R.first} can't interpret per policy.", ["scheduling"]),
    ("Audit: {staff} opened {full}'s chart {n} times on {vdate} with no encounter. Sending to compliance.", ["hipaa"]),
    ("{mr} says {he} got a bill for a visit on {vdate} but {he} was out of the country. Possible identity theft, acct {acct}.", ["refund"]),
    ("telehealth pt {first} {last} was driving during the video visit so {prov} ended it. Plate was visible: {plate} lol", ["vehicle"]),
    ("Lost & found: {full}'s glasses and a CGM reader ({dev}) from the {vdate} visit. Call {him}? {ph}", ["device"]),
    ("Pt {first} was discharged from {hospital} on {vdate} and wants to follow up with us {fudate}. Video ok?", ["referral"]),
    ("{full} died {ddate}; {R.rel} {R.full} wants the last 2 visit notes. POA paperwork is in the chart.", ["records"]),
    ("Intake kiosk pulled the wrong pt: typed {full} DOB {dob}, got {Q.full} DOB {Q.dob}. Ticket {ticket}", ["outage"]),
    ("Pharmacy called: script for {full} says DOB {dob}, their system has {dob2}. Which is right?", ["records"]),
    ("The unidentified guy from last night at {site} is {full}, identified by {his} {R.rel} this morning. MRN {mrn}", ["records"]),
    ("Fall in the parking lot: {first} {last}, {age90}, {site}, {vdate}. Incident report IR-2210 filed.", ["age", "incident"]),
    ("{full}'s result PDF was in the public Drive folder. Pull it now: {url}", ["url", "hipaa"]),
    ("lice check for {first} ({agey}) and sibling {Q.first} — parent {R.full} wants a clearance note", ["records"]),
    ("Med error report: {full} got {med} 500 instead of 250 on {vdate}. {prov} called {him}. MRN {mrn}.", ["incident"]),
    ("Pt {full} asked that we NOT call home ({ph}) — only cell {ph2}. Please update preferences.", ["records"]),
    ("Wrong-patient text: {full}'s appointment reminder went to {Q.ph}. Privacy officer notified.", ["hipaa"]),
    ("{first}'s mom ({R.full}) says {first} is allergic to {med} and it's not in the chart. DOB {dob}.", ["records"]),
    ("{full} ({age90}) and {his} {R.rel} {R.full} ({R.age90}) came in together, both flu+. Sweetest couple.", ["age"]),
    ("spoke w/ {full}'s {R.rel}, {R.first}, at {R.ph} — {R.he}'ll bring {him} in tomorrow am", ["callback"]),
    ("new pt reg failed: email {em} is already tied to another account ({Q.full}). merge or new?", ["records"]),
    ("Quest requisition for {full} printed with {Q.full}'s barcode. Caught at the draw, {site}, {vdate}.", ["incident"]),
    ("Pasted from Experity:\nPATIENT: {inv}\nDOB: {dob}\nACCT: {acct}\nINS: {payer} / {mem}\nVISIT: {vdate}", ["multiline", "structured"]),
    ("{first} asked if {his} {R.rel} can pick up the work note. Name on the release: {R.full}.", ["records"]),
    ("School nurse at Lynn Classical called about {first} {last}, seen {vdate}. {He}'s 15, needs a return-to-play note.", ["records"]),
    ("Re: the intoxicated pt at {site} last night — {full}, police took {him}. Officer asked for {his} DOB ({dob}), we didn't give it.", ["incident"]),
    ("Trying to reach the mom of {first} {last} (DOB {dob}) — strep came back +, number on file {ph} is disconnected", ["callback"]),
    ("{mr} in exam {room} says {his} insurance card is in the car, plate {plate}, and {his} {R.rel} has the keys 🙄", ["vehicle"]),
    ("pls merge: {inv} — MRN {mrn} and MRN {mrn2}. Same DOB ({dob}), same phone {ph}.", ["records"]),
    ("FYI {nick} keeps calling the NL, it is the same pt every time. DOB {dob}.", ["nurse-line"]),
    ("Check-in note says {nick}, DOB {dob}, {payer} member {mem}", ["structured"]),
    ("{full}\n{addr}\n{ph}\n^ new mailing info for the refund check", ["refund", "multiline"]),
    ("{last}, {first} — callback re {lab}, tried {ph} x2", ["callback"]),
    ("video visit no-show: {full} ({em}). Charge the $25 fee or waive? first time", ["refund"]),
    ("*{full}* ({dob}) — do not schedule with {prov}, pt requested a different provider", ["scheduling"]),
    ("quick q — is {mr} ({age90}) ok to be seen by video alone or does {he} need someone with {him}?", ["age"]),
    ("Re-sending {first}'s work note to the employer fax {bizph}, {he} asked us to. visit {vdate}", ["records"]),
    ("Gift card raffle winner from the patient survey is {full}, {ph}. {exec} wants to call {him} personally.", ["survey"]),
]

# ---------------------------------------------------------------- clean frames (hard negatives)
CLEAN_FRAMES = [
    # --- wait times / ops
    ("{site} wait is {wait} min, can {sfirst} float from {site2} for 2 hrs?", ["ops"]),
    ("{site} is at {wait} min on Solv, {site2} at {wait2}. Can we pause online check-in at {site} for an hour?", ["ops"]),
    ("wait times this AM: {site} {wait}, {site2} {wait2}, telehealth queue {n} 📉", ["ops"]),
    ("Lobby's full at {site}, {prov} is solo until 11. {staff} is stuck in traffic on 95.", ["ops", "staffing"]),
    ("Can someone update the wait sign at {site}? Still says 15 min and we're at {wait}.", ["ops"]),
    ("Weekly LWBS rate: {pct}% (target < 3%). {site} is the outlier again.", ["ops"]),
    ("door-to-provider median was {n} min at {site} yesterday, fastest in the network 🎉", ["ops"]),
    ("Reminder: the app wait estimate uses the last {n} check-ins, not queue length. {staff} explained it upthread.", ["ops"]),
    ("{exec} asked why {site} shows {wait} min when the lobby is empty. {vendor} says cache issue, ticket {ticket}.", ["ops"]),
    ("Telehealth queue is {n} deep, {prov} and {prov2} both on. ETA ~{wait} min.", ["ops"]),
    # --- staffing
    ("{prov} is covering {site} 8-4 on {mtgdate}; {prov2} has the telehealth queue.", ["staffing"]),
    ("Need an MA for {site} Sat 9-5. {vendor} can send {staff} at $38/hr.", ["staffing", "money"]),
    ("{staff} called out sick, {sfirst2} covering front desk at {site} until 1.", ["staffing"]),
    ("Schedule for next week is posted: {link}", ["staffing"]),
    ("Agency invoice {invno} from {vendor}: {n} shifts, {money}. Approved by {exec}.", ["staffing", "money"]),
    ("Open shifts: {site} Tue 12-8, {site2} Thu 8-4, NL overnight Fri. Reply in thread to claim.", ["staffing"]),
    ("Please welcome {staff}, our new clinic manager at {site} starting {mtgdate} 👋", ["staffing"]),
    ("Anyone licensed in NH? Telehealth queue has {n} NH patients and {prov} is the only one on.", ["staffing"]),
    ("OT report {q}: {money} over budget, mostly {site} and {site2}.", ["staffing", "money"]),
    ("{sfirst}, can you swap your {mtgdate} shift with {sfirst2}? She has a wedding.", ["staffing"]),
    ("{m} {m2} who's opening {site} tomorrow? {staff} is on PTO.", ["staffing"]),
    ("Float pool for {q}: {staff}, {staff2}, {staff3}. Ask {exec} before adding anyone.", ["staffing"]),
    # --- assistant bot
    ("{bot} schedule 30 min with {staff} and {exec} on {mtg} re: {vendor} renewal", ["assistant"]),
    ("{bot} move my 1:1 with {staff} to {mtg} and send {exec2} the deck", ["assistant"]),
    ("{bot} draft an email to {vrep} at {vendor} asking for SLA credits for the {mtgdate} outage", ["assistant"]),
    ("{bot} what's on my calendar {mtgdate}?", ["assistant"]),
    ("{bot} book a room at {site} for the ops review {mtg}, 8 people", ["assistant"]),
    ("{bot} summarize #ops-escalations from this week for {exec}, no patient details", ["assistant"]),
    ("{bot} decline the {vendor} demo on {mtg} and propose {mtgdate2} instead", ["assistant"]),
    ("{bot} remind me to approve PO {po} by {mtgdate}", ["assistant"]),
    ("{bot} send {staff} and {staff2} the Zoom for tomorrow, meeting ID {zoom}", ["assistant"]),
    ("{bot} find the latest refund policy and send it to {staff}", ["assistant"]),
    ("{bot} what did {exec} say about the {site} lease in the board prep thread?", ["assistant"]),
    ("{bot} make an agenda for the {mtg} huddle: wait times, {vendor} outage, {site} staffing", ["assistant"]),
    ("{bot} reschedule the {vendor} QBR to {mtgdate}, keep {exec} and {exec2} on it", ["assistant"]),
    ("{bot} draft a thank-you note to {vrep} for turning the {site} network around so fast", ["assistant"]),
    ("{bot} pull last week's wait-time numbers for {site} and {site2} into a table", ["assistant"]),
    # --- vendors
    ("PO {po} for {vendor} approved, {money}.", ["vendor"]),
    ("{vendor} invoice {invno} is {money} over contract. {exec} says hold.", ["vendor"]),
    ("{vrep} from {vendor} will be at {site} {mtgdate} to swap the autoclave.", ["vendor"]),
    ("Contract renewal with {vendor} due {mtgdate}; {exec2} wants 3 quotes.", ["vendor"]),
    ("Mr. {vlast} from {vendor} says courier pickup moves to 4:30 at all sites.", ["vendor"]),
    ("Stericycle pickups are Tuesdays now. Questions to {staff}.", ["vendor"]),
    ("{vendor} QBR on {mtg}. Their numbers: {pct}% uptime, {n} P1 incidents.", ["vendor"]),
    ("{vendor} contract {contract} auto-renews {mtgdate} unless we give notice.", ["vendor"]),
    ("Supply order {order} from {vendor} delayed — flu swabs backordered until {mtgdate}.", ["vendor"]),
    ("We're switching lab couriers from {vendor} to {vendor2} effective {mtgdate}.", ["vendor"]),
    ("{vendor}'s new account manager is {vrep}. Intro call {mtg}.", ["vendor"]),
    ("Got 3 quotes for the {site} x-ray service contract: {money}, {money2}, {money3}.", ["vendor", "money"]),
    # --- IT / outages
    ("Ticket {ticket}: check-in kiosks at {site} frozen on {ver}. {vendor} says roll back to {ver2}.", ["outage"]),
    ("Experity is down at all sites. Go to paper. Status page: {link}", ["outage"]),
    ("Video visits failing on iOS app {ver}. Android fine. Hotfix {ver2} in review.", ["outage"]),
    ("Patient app crash rate up {pct}% after {ver}, {staff} investigating.", ["outage"]),
    ("Network at {site} back up, ISP replaced the modem. {ticket} closed.", ["outage"]),
    ("Postmortem for the {mtgdate2} video outage is {mtg}. Owner: {staff}.", ["outage"]),
    ("MFA reset for {staff} done. {ticket}.", ["outage"]),
    ("Printer at {site}, asset tag {asset}, is jammed again. {vendor} coming {mtgdate}.", ["outage"]),
    ("Firmware {ver} pushed to all front desk tablets. Reboot if you see the old login screen.", ["outage"]),
    ("Pls don't put EHR screenshots in tickets. {ticket} had one and we had to purge it.", ["outage", "hipaa"]),
    ("Zoom meeting ID for the outage bridge: {zoom}", ["outage"]),
    ("Patient app {ver} is live, release notes: {link}", ["outage"]),
    ("Twilio SMS errors (30007) spiking since 9am. {vendor} ticket {ticket}.", ["outage"]),
    ("{site} phones down — calls forwarding to {site2} until Comcast fixes it. ETA {time}.", ["outage"]),
    ("the kiosk at {site} says build {ver} but {site2} is on {ver2}, thats why the screens look different", ["outage"]),
    ("Wifi password for the {site} guest network rotates {mtgdate}. New one is on the break room board.", ["outage"]),
    ("Meraki shows {site} AP-3 offline. Asset {asset}. Probably the PoE injector again.", ["outage"]),
    # --- finance
    ("Refund volume this week: {n} refunds, {money} total, avg {n2} days to process.", ["refund"]),
    ("Corporate card ending {last4} expires 11/26, {staff} is getting the replacement.", ["money"]),
    ("{q} collections {money}, {pct}% of target. {exec} wants it by site by {mtgdate}.", ["money"]),
    ("FY2026 budget draft due {mtgdate}. {site} needs a second x-ray tech line.", ["money"]),
    ("Refund policy update: under $50 clinic managers can approve. Over that → {staff}.", ["refund"]),
    ("Self-pay video visit price goes from $79 to $89 on {mtgdate}.", ["money"]),
    ("Expense reports for {q} due {mtgdate}. Use cost center {costc}.", ["money"]),
    ("Stripe payout of {money} landed, reconciles to the {mtgdate2} batch.", ["money"]),
    ("Card processing fees up {pct}% — {vendor} rate change. {exec2} is on it.", ["money"]),
    ("Petty cash at {site} is short {money}. {staff} is doing the recount.", ["money"]),
    ("{n} refunds over $200 this month, all approved by {staff}.", ["refund"]),
    ("Refund SLA breached on {n} tickets. {staff} can you take a look?", ["refund"]),
    ("Cost center {costc} is {site}, not {site2}. Please recode invoice {invno}.", ["money"]),
    ("the amex ending {last4} is the one for software renewals, the visa is travel only", ["money"]),
    # --- clinical ops, no identifiers
    ("Billing q: {cpt} or {cpt2} for a video visit with {icd}?", ["coding"]),
    ("Reminder: rapid strep is 87880, culture is 87081. Don't bill both unless the rapid was neg.", ["coding", "cpt"]),
    ("Coding tip: {icd} for the visit, {icd2} if confirmed.", ["coding"]),
    ("Flu swabs low at {site}, {n} boxes left. Order going in today.", ["supplies"]),
    ("Seeing a lot of {dx} this week — {n} at {site} yesterday alone.", ["ops"]),
    ("Protocol update: chest pain over 40 goes to the ED, no exceptions. {prov} signed off.", ["protocol"]),
    ("X-ray at {site} is down, send ankle injuries to {site2}.", ["ops"]),
    ("{lab} turnaround from {vendor} is averaging {n} hours now.", ["ops"]),
    ("Quest courier missed {site} again. {n} specimens in the fridge.", ["ops"]),
    ("Paxlovid stock at {site}: {n} courses. Check expiry, some are Dec.", ["supplies"]),
    ("A {agey} y/o walked in with chest pain and got sent straight to the ED — that's the process working 👏", ["ops"]),
    ("We saw {n} patients over 90 across all sites last month — aggregate only, for the board deck.", ["age-aggregate"]),
    ("Policy reminder: patients 90+ need a second identifier at check-in.", ["age-aggregate"]),
    ("{n} callers over 90 in the nurse line log this week, up from {n2}.", ["age-aggregate"]),
    ("The 90-day readmission metric is the hospital's, not ours.", ["age-aggregate"]),
    ("Exam {room} at {site} is out of otoscope covers, borrowing from exam {room2}.", ["supplies"]),
    ("{prov} asked for a 30-day supply protocol for {med} — {prov2} to review.", ["protocol"]),
    ("Standing orders for {lab} updated in {ver}. {prov} approved.", ["protocol"]),
    # --- compliance
    ("Reminder: never paste MRNs or SSNs in this channel. Use secure messaging in the EHR.", ["hipaa", "mrn-topic", "ssn-topic"]),
    ("HIPAA training due {mtgdate} for anyone who hasn't done the 2025 module.", ["hipaa"]),
    ("Our MRNs are 8 digits, the old system's were 7 — that's why the import fails.", ["mrn-topic"]),
    ("Front desks stop collecting SSNs at registration effective {mtgdate}.", ["ssn-topic"]),
    ("Privacy officer is {staff}, {ext}. Report misdirected faxes to them.", ["hipaa"]),
    ("SSN field comes off the intake form in {ver}.", ["ssn-topic", "version"]),
    ("MRN format changed in the migration, so old wristbands won't scan.", ["mrn-topic"]),
    ("If a patient posts PHI in a review, don't reply with any details. Template: {link}", ["hipaa"]),
    ("Audit log export done for {q}. {n} flagged accesses, all cleared.", ["hipaa"]),
    ("Risk assessment for the {mtgdate2} fax incident is closed — nothing left the building.", ["hipaa"]),
    ("do we still need the last 4 of the SSN for the lab requisitions or did {vendor} drop that?", ["ssn-topic"]),
    ("Member ID vs group number: the group ({group}) is the employer's, member IDs are per person. Training slide 12.", ["insurance"]),
    # --- facilities
    ("New clinic address for the Nashua opening: {siteaddr}. Signage goes up {mtgdate}.", ["facility"]),
    ("Room {room} sink at {site} leaking again, facilities ticket {ticket}.", ["facility"]),
    ("HVAC at {site} out again, 84° in the lobby. Landlord says tech comes {mtgdate}.", ["facility"]),
    ("{site} lot repaving {mtgdate}, patients park at the CVS next door.", ["facility"]),
    ("Snow plan: if {site} closes, forward phones to {site2}. {staff} makes the call by 6am.", ["facility"]),
    ("The {sitezip} clinic lease renewal is on the agenda for {mtg}.", ["facility"]),
    ("Mail for {site} goes to {siteaddr}, not the old suite.", ["facility"]),
    ("Key fob for {staff} at {site} isn't working, call security at {ext}.", ["facility"]),
    ("Elevator at {siteaddr} out until {mtgdate}. Wheelchair pts → {site2}.", ["facility"]),
    ("Fire drill at {site} {mtg}. Pause check-ins for 15 min.", ["facility"]),
    ("Signed LOI for the new site at {siteaddr}. Build-out budget {money}.", ["facility", "money"]),
    ("parking at the {sitezip} location is a mess, can we get the landlord to stripe it", ["facility"]),
    # --- exec / meetings
    ("{exec} wants the {q} wait-time deck by {mtgdate}. {staff} owns slides 4-9.", ["calendar"]),
    ("Board meeting moved to {mtg}. {exec} and {exec2} presenting.", ["calendar"]),
    ("{coo} here — great weekend, {n} visits at {site} and zero complaints. Thank you all 🙌", ["ops"]),
    ("All-hands {mtg}, Zoom ID {zoom}. {exec} is announcing the {site2} opening.", ["calendar"]),
    ("Ops review notes: {link}. Action items: {staff} — wait time model; {staff2} — refund SLA.", ["calendar"]),
    ("Can we get {exec} on the {vendor} call {mtg}? They're pushing a 12% increase.", ["calendar"]),
    ("OKRs for {q}: LWBS under 3%, NPS over 60, refunds within 5 days.", ["ops"]),
    ("{exec2} is out {mtgdate} through {mtgdate2}, {exec} covering.", ["calendar"]),
    ("Reminder: ops sync moved to {time} on {mtgdate}.", ["calendar"]),
    ("Congrats {staff} on the promotion to regional manager 🎉", ["staffing"]),
    ("Agenda for {mtg}:\n1. {site} staffing\n2. {vendor} renewal ({money})\n3. refund backlog\n4. AOB", ["calendar", "multiline"]),
    ("*Decision log* ({mtgdate})\n• approved {vendor} for courier\n• {site2} hours extended to 9p\n• owner: {staff}", ["calendar", "multiline"]),
    # --- misc hard negatives
    ("Group number for the {payer} employer plan is {group} — not a member ID, same for everyone.", ["insurance"]),
    ("NPI for {prov} is {npi} — needed for the {payer} roster update", ["credentialing"]),
    ("Nurse line abandoned rate hit {pct}% last night between 11p and 2a.", ["nurse-line"]),
    ("Order {order} for the {site} EKG paper shipped, tracking in the ticket.", ["supplies"]),
    ("{vendor} support is 8-8 ET, after that use their portal: {link}", ["vendor"]),
    ("Conference room at {site} dials in on {ext}.", ["facility"]),
    ("Nurse line script {ver} is live. Sepsis questions moved up.", ["nurse-line"]),
    ("Patient satisfaction for {q} at {site}: {pct}%. Comments in the shared drive.", ["survey"]),
    ("App reviews mentioning wait times up {pct}% since {ver}.", ["review"]),
    ("Review response SLA is 48h. {staff} is on reviews this week.", ["review"]),
    ("One of the Google reviews calls out {prov} by name. Positive! Sharing with {exec}.", ["review"]),
    ("Pricing page typo said $8.90 for a video visit 😂 fixed, {ticket}.", ["money"]),
    ("{prov}'s DEA renewal is submitted, confirmation is in the credentialing folder.", ["credentialing"]),
    ("Credentialing: {n} providers pending with {payer}, oldest submitted {mtgdate2}.", ["credentialing"]),
    ("Dr. {slast} is our new medical director for the {site} region.", ["staffing"]),
    ("Callbacks done yesterday: {n}/{n2}. {n3} carried over.", ["callback"]),
    ("Lab inbox: {n} unsigned at {site}. {prov}, please clear before end of shift.", ["callback"]),
    ("Reminder: when a patient wants results by text, send the portal link only, never the result.", ["hipaa"]),
    ("We got a complaint via the AG's office. Legal ({staff}) is handling; don't discuss in Slack.", ["complaint"]),
    ("{site} is out of peds amox suspension, {n} scripts redirected to Walgreens.", ["supplies"]),
    ("VIP protocol doc updated — {link}. Read before your next shift.", ["vip"]),
    ("Employee flu clinic is {mtg} at {site}. Bring your badge.", ["calendar"]),
    ("Occ health vendor switches to {vendor} {mtgdate}.", ["vendor"]),
    ("{m} can you approve the {vendor} PO ({po})? it's been sitting since {mtgdate}", ["po"]),
    ("ok who left a tray of donuts in the {site} break room. asking for {sfirst} 🍩", ["social"]),
    ("the 1-800 number on the old brochures goes to a fax machine lol. new ones printing {mtgdate}", ["facility"]),
    ("FYI {vendor} says the tablets are {ver} and the MDM is {ver2}; mismatch is known, fix in {q}.", ["outage"]),
    ("Room numbers at {site} changed: old exam 10 is now exam {room}. Update the whiteboard.", ["facility"]),
    ("NPS comments this week: 'fast', 'friendly', 'parking awful'. {n} responses total.", ["survey"]),
    ("Heads up from {staff}: {vendor} rep is calling clinics directly to upsell. Send them to {exec}.", ["vendor"]),
    ("> {staff}: is the {site} drop box still picked up at 5?\nyes, {vendor} confirmed till {mtgdate}", ["vendor", "multiline"]),
    ("thx {sfirst}! {sfirst2} – all set on your end for {mtgdate}?", ["calendar"]),
    ("The {money} refund batch from {mtgdate2} failed in {vendor}; rerunning tonight. No action needed.", ["refund"]),
    ("Telehealth license map updated: we can see pts in MA, NH, RI, ME. CT pending ({mtgdate}).", ["credentialing"]),
]


# ---------------------------------------------------------------- rendering
KEY_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9_.]*)\}")
MENTION_RE = re.compile(r"<@U[A-Z0-9]+>")
WORD_RE = re.compile(r"\b[A-Za-z]{4,}\b")
EMOJI_RE = re.compile("[\u2600-\u27BF\u2B50\u2605\U0001F000-\U0001FAFF]|:[a-z_]+:")
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "member-id", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device", "URL": "url",
            "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
SLOPPY = [(r"\bplease\b", "pls"), (r"\bPlease\b", "pls"), (r"\byou\b", "u"), (r"\bthanks\b", "thx"),
          (r"\bbecause\b", "bc"), (r"\bwith\b", "w/"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"),
          (r"\bisn't\b", "isnt"), (r"\bit's\b", "its"), (r"\bIt's\b", "its"), (r"\bI'm\b", "im"),
          (r"\bdidn't\b", "didnt"), (r"\bwon't\b", "wont"), (r"\bthat's\b", "thats"), (r"\btomorrow\b", "tmrw"),
          (r"\bpatient\b", "pt"), (r"\bsomeone\b", "some1"), (r"\bfor\b", "4")]
KEYBOARD = {c: n for c, n in zip("abcdefghijklmnopqrstuvwxyz", "sqxswrfhujlkknpolteyibecut")}


def make_typo(w):
    for _ in range(10):
        op = rng.choice(["swap", "drop", "dup", "near"])
        i = rng.randrange(1, len(w) - 1)
        if op == "swap":
            t = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "drop":
            t = w[:i] + w[i + 1:]
        elif op == "dup":
            t = w[:i] + w[i] + w[i:]
        else:
            c = w[i].lower()
            t = w[:i] + KEYBOARD.get(c, c) + w[i + 1:]
        if t != w:
            return t
    return w


def lower_keep_mentions(s):
    out, last = [], 0
    for mm in MENTION_RE.finditer(s):
        out.append(s[last:mm.start()].lower())
        out.append(mm.group(0))
        last = mm.end()
    out.append(s[last:].lower())
    return "".join(out)


def render(tpl, kind):
    ctx = Ctx(tpl)
    parts = []
    pieces = KEY_RE.split(tpl)
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            if piece:
                parts.append(piece)
        else:
            prev = pieces[i - 1]
            ctx.misc["bare_site"] = prev.lower().endswith(("the ", "our "))
            parts.extend(resolve(ctx, piece))
    # occasional markup around one value
    span_idx = [i for i, p in enumerate(parts) if not isinstance(p, str) and p[0] not in ("_",)]
    if span_idx and rng.random() < 0.06:
        i = rng.choice(span_idx)
        before = parts[i - 1] if i > 0 and isinstance(parts[i - 1], str) else ""
        after = parts[i + 1] if i + 1 < len(parts) and isinstance(parts[i + 1], str) else ""
        if not before.endswith(("*", "`", "<", "|", ":")) and not after.startswith(("*", "`", ">", "|")):
            mark = "`" if parts[i][0] not in ("NAME", "DATE", "ADDRESS", "AGE") else "*"
            parts[i:i + 1] = [mark, parts[i], mark]
            ctx.tag("slack-markup")
    low = rng.random() < 0.21
    if low:
        ctx.tag("lowercase")
        new = []
        for p in parts:
            if isinstance(p, str):
                for pat, rep in SLOPPY:
                    if re.search(pat, p) and rng.random() < (0.25 if rep == "4" else 0.5):
                        p = re.sub(pat, rep, p)
                new.append(lower_keep_mentions(p))
            else:
                new.append((p[0], lower_keep_mentions(p[1]), p[2]))
        parts = new
        if isinstance(parts[-1], str) and parts[-1].endswith(".") and rng.random() < 0.6:
            parts[-1] = parts[-1][:-1]
    if rng.random() < (0.12 if low else 0.08):
        cands = [(i, m) for i, p in enumerate(parts) if isinstance(p, str) for m in WORD_RE.finditer(p)]
        if cands:
            ctx.tag("typo")
            for i, m in rng.sample(cands, min(len(cands), rng.choice([1, 1, 2]))):
                p = parts[i]
                w = p[m.start():m.end()]
                t = make_typo(w)
                # replace this occurrence only if the word is still there at the same place
                if p[m.start():m.end()] == w:
                    parts[i] = p[:m.start()] + t + p[m.end():]
                    # later matches in the same part are stale; stop editing this part
                    cands = [(j, mm) for j, mm in cands if j != i]
    if rng.random() < 0.07:
        e = rng.choice(EMOJI)
        if isinstance(parts[-1], str):
            parts[-1] = parts[-1] + e
        else:
            parts.append(e)
    # build text + spans
    text = ""
    spans = []
    blen = 0
    for p in parts:
        if isinstance(p, str) or p[0] == "_":
            s = part_text(p)
        else:
            s = p[1]
            spans.append((p[0], s, blen, p[2]))
        text += s
        blen += len(s.encode("utf-8"))
    return ctx, text, spans


def verify(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for typ, v, start, _ in spans:
        if not v or v != v.strip():
            return False
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i != start:
            return False
        pos = i + len(vb)
    return True


def tags_for(frame_tags, ctx, text, spans):
    tags = []

    def add(t):
        if t not in tags:
            tags.append(t)
    for t in frame_tags:
        add(t)
    for typ, v, _, _ in spans:
        add(TYPE_TAG[typ])
    if any(typ not in ("NAME", "DATE", "AGE") for typ, _, _, _ in spans):
        add("structured")
    if spans and all(biz for _, _, _, biz in spans) and all(t in ("PHONE", "EMAIL") for t, _, _, _ in spans):
        add("business-contact")
    for t in ctx.tags:
        add(t)
    if "\n" in text:
        add("multiline")
    if "<@" in text or "<http" in text or "<mailto" in text or "<tel:" in text or re.search(r"\*[^*\s][^*]*\*", text):
        add("slack-markup")
    if EMOJI_RE.search(text):
        add("emoji")
    if not spans:
        tags = [t for t in tags if t not in ("structured", "evasion")]
    return tags


def build(tpl, frame_tags, kind):
    for attempt in range(200):
        ctx, text, spans = render(tpl, kind)
        if not verify(text, spans):
            continue
        if kind == "phi" and not spans:
            continue
        if kind == "clean" and spans:
            raise RuntimeError("clean frame produced spans: %r" % tpl)
        return text, spans, tags_for(frame_tags, ctx, text, spans)
    raise RuntimeError("could not render %r" % tpl)


RARE = ("{ssn}", "{dev}", "{url}", "{vin}", "{plate}", "{dl}", "{mbi}", "{medicaid}", "age90}", "{pip}",
        "{cc}", "{corpcc}", "{dea}", "{lic}", "{em}", "{addr}", "{zip}", "{town}", "{acct}", "{bank}")


def frame_weight(t):
    return 2.5 if any(r in t for r in RARE) else 1.0


def main():
    phi_frames = list(PHI_FRAMES)
    clean_frames = list(CLEAN_FRAMES)
    assert len(set(t for t, _ in phi_frames + clean_frames)) == len(phi_frames) + len(clean_frames)
    plan = [("phi", f) for f in phi_frames] + \
        [("phi", f) for f in rng.choices(phi_frames, weights=[frame_weight(t) for t, _ in phi_frames],
                                         k=N_PHI - len(phi_frames))] + \
        [("clean", f) for f in clean_frames] + \
        [("clean", rng.choice(clean_frames)) for _ in range(N_CLEAN - len(clean_frames))]
    rng.shuffle(plan)
    rows = []
    seen_text = set()
    for n, (kind, (tpl, ftags)) in enumerate(plan, 1):
        for _ in range(20):
            text, spans, tags = build(tpl, ftags, kind)
            if text not in seen_text:
                break
        seen_text.add(text)
        rows.append({"id": "ht%04d" % n, "text": text,
                     "spans": [{"type": t, "value": v} for t, v, _, _ in spans],
                     "tags": (["phi"] if spans else ["clean"]) + tags})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    used = len(set(tpl for _, (tpl, _) in plan))
    print("wrote %d messages (%d phi, %d clean) to %s; %d distinct frames" % (
        len(rows), sum(1 for r in rows if r["spans"]), sum(1 for r in rows if not r["spans"]), OUT, used))


if __name__ == "__main__":
    main()
