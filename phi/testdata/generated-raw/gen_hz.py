#!/usr/bin/env python3
"""gen_hz.py - PHI-labelled chat corpus generator (prefix hz).

Setting: a hospital outpatient + specialty pharmacy (refills, prior auths, copay
cards, plan/member ids, NDCs, delivery couriers and vans, compounding, controlled
substance counts, patient callbacks, manufacturer reps).

Standard library only, fixed seed.  Writes generated_hz.jsonl next to this script
in the raw format of check_phi_corpus.py:
  {"id": "hz-0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}

Every message is rendered from a template whose slots know whether they are PHI
(and of which type), so span positions are known by construction; each message is
then re-checked with the same left-to-right search the checker uses and redrawn
if a span value would be found at the wrong place.
"""
import json
import os
import random
import re
import string
import unicodedata

SEED = 20250314
N_PHI, N_CLEAN = 385, 315
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_hz.jsonl")


def L(s):
    return [x.strip() for x in s.replace("\n", "|").split("|") if x.strip()]


# --------------------------------------------------------------------------- names
GIVEN_F = L("""
Maria|Guadalupe|Ximena|Yesenia|Marisol|Lucía|Carmen|Rosa|Beatriz|Fernanda|Aaliyah|Imani|Keisha|Tamika
Latoya|Shanice|Ebony|Precious|Destiny|Nia|Aisha|Fatima|Amina|Zainab|Hodan|Fadumo|Asha|Layla|Noor|Yasmin
Mariam|Huda|Priya|Lakshmi|Ananya|Deepa|Sunita|Kavya|Meera|Mei|Xiu Ying|Lan|Hui|Jing|Yuki|Haruka|Sakura
Min-ji|Seo-yeon|Ji-woo|Thuy|Linh|Ngoc|Hoa|Mai|Sreymom|Bopha|Chenda|Ewa|Agnieszka|Katarzyna|Olga|Svetlana
Natasha|Oksana|Irina|Ekaterina|Siobhan|Aoife|Niamh|Bridget|Maeve|Giulia|Francesca|Concetta|Antonella
Sofia|Eleni|Despina|Anahit|Lusine|Nairi|Adaeze|Chiamaka|Ngozi|Funmilayo|Abena|Akosua|Ama|Esi|Mireille
Fabienne|Guerline|Marie-Claude|Nadège|Roseline|Conceição|Graça|Jéssica|Luana|Teresa|Filomena|Maricel
Rowena|Jocelyn|Analyn|Hope|Faith|Grace|Joy|Rose|Lily|June|April|May|Iris|Ivy|Dawn|Summer|Autumn|Pearl
Ruby|Amber|Crystal|Patience|Charity|Sunny|Sandy|Holly|Heather|Olive|Violet|Hazel|Jade|Brooke|Dorothy
Margaret|Elizabeth|Patricia|Barbara|Susan|Linda|Judith|Kathleen|Deborah|Jennifer|Nicole|Ashley|Brittany
Kayla|Madison|Emma|Olivia|Harper|Chloë|Zoë|Renée|Anaïs|Inês|Florence|Josephine|Rosalind|Theodora
Gertrude|Mildred|Agnes|Bernadette|Shirley|Wanda|Tiffany|Jazmin|Marisela|Ayşe|Zeynep|Ingrid|Astrid
Leilani|Keala|Winona|Talia|Shoshana|Miriam|Rivka|Blessing|Comfort|Mercy|Goodness
""")
GIVEN_M = L("""
José|Juan|Luis|Carlos|Miguel|Jesús|Alejandro|Héctor|Raúl|Santiago|DeShawn|Tyrone|Jamal|Darnell|Marquis
Andre|Terrence|Malik|Mohammed|Ahmed|Omar|Yusuf|Abdirahman|Abdi|Hassan|Khalid|Tariq|Bilal|Raj|Arjun
Vikram|Sanjay|Rahul|Anil|Suresh|Wei|Jian|Hao|Ming|Jun|Hiroshi|Kenji|Takeshi|Min-jun|Ji-ho|Sung-min|Duc
Minh|Tuan|Quang|Dũng|Sokha|Vuthy|Piotr|Łukasz|Tomasz|Krzysztof|Dmitri|Sergei|Alexei|Igor|Ivan|Aleksandr
Seamus|Padraig|Declan|Cormac|Liam|Giuseppe|Salvatore|Vincenzo|Enzo|Dimitrios|Kostas|Giorgos|Aram
Hovhannes|Tigran|Chukwuemeka|Oluwaseun|Emeka|Kwame|Kofi|Yaw|Jean-Baptiste|Jean-Pierre|Frantz|Wislet
Ricardo|João|Paulo|Manuel|Fernando|Rodrigo|Rolando|Ferdinand|Jericho|Dante|Ömer|Mehmet|Will|Art|Bill
Mark|Frank|Guy|Drew|Chance|Rich|Hunter|Chase|Cash|Major|Miles|Heath|Wade|Dale|Glen|Clay|Lane|Rocky
Buck|Sonny|Duke|Forrest|Rusty|Walter|Harold|Eugene|Chester|Bernard|Stanley|Thomas|Richard|Michael
James|Robert|William|Joseph|David|John|Kevin|Brian|Patrick|Sean|Tyler|Brandon|Kyle|Cody|Austin|Jaxon
Noah|Mateo|Søren|Lars|Björn|Hamza|Kamal|Yosef|Moshe|Keanu|Kekoa|Dakota|Tenzin|Obi|Baraka
""")
GIVEN_N = L("Jordan|Alex|Sam|Taylor|Casey|Jamie|Morgan|Riley|Quinn|Avery|Kai|Rowan|Sage|River|Skyler|"
            "Jessie|Kim|Dana|Robin|Shay|Remy|Jody|Lee|Ari|Pat|Chris")
NICK = {
    "William": ["Bill", "Billy", "Will"], "Robert": ["Bob", "Bobby", "Rob"], "Richard": ["Rick", "Richie"],
    "Margaret": ["Peggy", "Maggie", "Peg"], "Elizabeth": ["Betty", "Liz", "Betsy", "Lizzie"],
    "Patricia": ["Patty", "Trish"], "Kathleen": ["Kathy", "Kay"], "Dorothy": ["Dot", "Dottie"],
    "Joseph": ["Joe", "Joey"], "Thomas": ["Tommy", "Tom"], "Michael": ["Mikey", "Mike"],
    "James": ["Jimmy", "Jim"], "Giuseppe": ["Pino", "Joe"], "Salvatore": ["Sal", "Sally"],
    "Vincenzo": ["Vinny", "Enzo"], "Francesca": ["Frankie", "Fran"], "Concetta": ["Connie", "Tina"],
    "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka", "Chuks"], "Abdirahman": ["Abdi"],
    "Guadalupe": ["Lupe", "Lupita"], "Jesús": ["Chuy"], "Alejandro": ["Alex", "Ale"], "Dmitri": ["Dima"],
    "Aleksandr": ["Sasha", "Sash"], "Ekaterina": ["Katya", "Katie"], "Hovhannes": ["Hovo", "John"],
    "Jean-Baptiste": ["JB"], "Min-jun": ["MJ"], "Deborah": ["Debbie", "Deb"], "Judith": ["Judy"],
    "Barbara": ["Barb", "Babs"], "Susan": ["Sue", "Suzy"], "Bernard": ["Bernie"], "Stanley": ["Stan"],
    "Eugene": ["Gene"], "Harold": ["Hal", "Harry"], "Walter": ["Walt", "Wally"], "Chester": ["Chet"],
    "Florence": ["Flo"], "Theodora": ["Teddy", "Dora"], "Rosalind": ["Roz"], "Josephine": ["Jo", "Josie"],
    "Gertrude": ["Trudy", "Gert"], "Mildred": ["Millie"], "Bernadette": ["Bernie", "Detta"],
    "Krzysztof": ["Krzys", "Chris"], "Dimitrios": ["Jimmy", "Takis"], "Fernando": ["Nando"],
    "Santiago": ["Santi"], "Francisco": ["Paco", "Pancho"], "Ferdinand": ["Ferdie", "Andy"],
    "Jennifer": ["Jen", "Jenny"], "Patrick": ["Paddy", "Pat"], "Anahit": ["Ani"], "Padraig": ["Paudie"],
}
SURNAMES = L("""
Garcia|Rodriguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|Díaz
Reyes|Cruz|Morales|Ortiz|Gutiérrez|Chávez|Vargas|Castillo|Jiménez|Moreno|Romero|Alvarado|Delgado|Peña
Guzmán|Figueroa|Washington|Jefferson|Jackson|Johnson|Williams|Robinson|Harris|Coleman|Jenkins|Simmons
Banks|Freeman|Brooks|Gaines|Mosley|Okafor|Adeyemi|Okonkwo|Eze|Nwosu|Mensah|Asante|Boateng|Owusu|Osei
Abdullahi|Mohamed|Warsame|Farah|Hussein|Yusuf|Ali|Haddad|Khoury|Nasser|Saleh|Qureshi|Siddiqui|Chaudhry
Malik|Patel|Shah|Desai|Iyer|Reddy|Nair|Krishnan|Gupta|Sharma|Banerjee|Chatterjee|Singh|Kaur|Chen|Wang
Li|Zhang|Liu|Huang|Zhao|Wu|Zhou|Xu|Lin|Tan|Lim|Wong|Chan|Leung|Nguyen|Nguyễn|Tran|Trần|Le|Pham|Phạm
Hoang|Vu|Dang|Bui|Do|Kim|Park|Lee|Choi|Jung|Kang|Yoon|Tanaka|Suzuki|Watanabe|Yamamoto|Nakamura|Sato
Chhim|Sok|Chea|Prak|Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Ivanov
Petrov|Smirnov|Volkov|Kuznetsova|Popescu|O'Brien|O'Sullivan|Murphy|Kelly|McCarthy|Walsh|Byrne
Fitzgerald|Donovan|Sullivan|Russo|Esposito|Romano|Colombo|Ricci|Marino|DeLuca|Ferraro|Papadopoulos
Georgiou|Nikolaidis|Karagiannis|Petrosyan|Hakobyan|Sarkisian|Grigoryan|Jean-Louis|Pierre|Joseph
Baptiste|Charles|Desrosiers|Étienne|Saint-Fleur|Dos Santos|Da Silva|Pereira|Oliveira|Costa|Medeiros
Furtado|Sousa|Fonseca|Santos|Bautista|Villanueva|Dela Cruz|Mendoza|Aquino|Yılmaz|Öztürk|Müller|Schmidt
Schneider|Fischer|Weber|Becker|Hoffmann|van der Berg|Van Dyke|de Jong|Jansen|Andersson|Johansson
Nielsen|Larsen|Lindqvist|Cohen|Levy|Friedman|Goldberg|Katz|Shapiro|Rosen|Smith|Jones|Miller|Davis
Wilson|Anderson|Taylor|Thomas|Moore|Martin|Thompson|White|Clark|Lewis|Walker|Hall|Allen|Young|King
Wright|Hill|Scott|Green|Adams|Baker|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|Parker
Evans|Edwards|Collins|Stewart|Morris|Rogers|Reed|Cook|Morgan|Bell|Bailey|Cooper|Richardson|Cox|Howard
Ward|Peterson|Gray|James|Watson|Price|Bennett|Wood|Barnes|Ross|Henderson|Perry|Powell|Long|Patterson
Hughes|Butler|Foster|Bryant|Russell|Griffin|Hayes|Myers|Ford|Graham|Wallace|West|Cole|Stone|Fox|Rice
Black|Brown|Hope|Love|Sweet|Frost|Snow|Winter|Moody|Strong|Small|Swift|Sharp|Church|Wise|Lamb|Mann
Hart|Marsh|Street|Penny|Day|Knight|Page|Bishop|Mason|Carpenter|Glass|Moon|Bird|Hunt|Rich|Little|Best
Waters|Rivers|Fields|Woods|Noble|Summers|Yazzie|Begay|Tsosie|Kealoha|Kahananui|O'Neil|D'Angelo
Smith-Jones|García-López|MacDonald|McLaughlin|Ng|Ho|Au|Oyelaran|Mbeki|Ndiaye|Diallo|Traoré|Kamara
Tesfaye|Haile|Girma|Bekele|Abebe|Rahman|Hossain|Chowdhury|Karimi|Hosseini|Rostami|Azizi|Haddadi
""")

PHI_ROLES = {"pt", "rel", "emp", "vip"}
ROLES = PHI_ROLES | {"st", "doc", "rep", "ex", "drv"}

COMPANIES = [("AbbVie", "abbvie.com"), ("Amgen", "amgen.com"), ("Novo Nordisk", "novonordisk.com"),
             ("Lilly", "lilly.com"), ("Gilead", "gilead.com"), ("Pfizer", "pfizer.com"),
             ("Sanofi", "sanofi.com"), ("Regeneron", "regeneron.com"), ("Janssen", "its.jnj.com"),
             ("BMS", "bms.com"), ("Vertex", "vrtx.com"), ("Biogen", "biogen.com"),
             ("Cardinal Health", "cardinalhealth.com"), ("McKesson", "mckesson.com"),
             ("Cencora", "cencora.com"), ("Medspeed", "medspeed.com"), ("Omnicell", "omnicell.com"),
             ("ScriptPro", "scriptpro.com"), ("Dexcom", "dexcom.com"), ("Insulet", "insulet.com"),
             ("Novartis", "novartis.com"), ("AstraZeneca", "astrazeneca.com")]
REP_TITLES = L("Key Account Manager|Specialty Account Manager|Field Reimbursement Manager|Trade Relations Director|"
               "Account Executive|Clinical Nurse Educator|Regional Account Director|Patient Access Liaison|"
               "Sr. Territory Manager|Customer Success Manager")
STAFF_TITLES = L("PharmD|RPh|CPhT|pharmacy tech|PA specialist|lead tech|delivery coordinator|"
                 "pharmacy buyer|clinical pharmacist|340B analyst|billing specialist|intern|"
                 "liaison pharmacist|operations manager|patient advocate")
EXEC_TITLES = L("VP of Pharmacy|CFO|COO|Chief Pharmacy Officer|SVP Ambulatory|CMO|Director of Revenue Cycle|"
                "Chief Nursing Officer|VP Supply Chain")
VIP_ROLES = L("the former mayor|a state rep|the news anchor from Channel 7|a board member's husband|"
              "the CEO's mother-in-law|a city councilor|the bishop|a retired Bruins player|"
              "the superintendent|a local radio host")
KIN_F = L("daughter|wife|sister|niece|granddaughter|mom|aunt|daughter-in-law|stepdaughter|neighbor|caregiver")
KIN_M = L("son|husband|brother|nephew|grandson|dad|uncle|son-in-law|stepson|neighbor|caregiver")


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def handle(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
DIG = "0123456789"


def digits(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def dea_number(r, letter2, first_choices="ABFGM"):
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice(first_choices) + letter2 + "".join(map(str, d)) + str(chk)


class Person:
    def __init__(self, r, role, key, need_nick=False, taken=()):
        self.role, self.key = role, key
        for _ in range(200):
            if need_nick:
                self.given = r.choice(sorted(NICK))
                self.gender = "F" if self.given in GIVEN_F or self.given in (
                    "Francesca", "Concetta", "Guadalupe", "Ekaterina", "Anahit", "Jennifer") else "M"
                self.nick = r.choice(NICK[self.given])
            else:
                x = r.random()
                if x < 0.47:
                    self.given, self.gender = r.choice(GIVEN_F), "F"
                elif x < 0.93:
                    self.given, self.gender = r.choice(GIVEN_M), "M"
                else:
                    self.given, self.gender = r.choice(GIVEN_N), r.choice("FM")
                self.nick = NICK.get(self.given, [self.given[:3]])[0]
            self.surname = r.choice(SURNAMES)
            if self.given not in taken and self.surname not in taken:
                break
        self.mi = r.choice("ABCDEFGHJKLMNPRSTVW")
        self.n = r.randint(1, 99)
        self.r = r
        self.co, self.dom = r.choice(COMPANIES)
        self.title = r.choice({"rep": REP_TITLES, "ex": EXEC_TITLES}.get(role, STAFF_TITLES))
        self.vip_role = r.choice(VIP_ROLES)
        self.kin = r.choice(KIN_F if self.gender == "F" else KIN_M)
        self._email = None
        self._dea = None
        self._url = None

    @property
    def full(self):
        return self.given + " " + self.surname

    def email(self):
        if self._email is None:
            r, g, s = self.r, handle(self.given), handle(self.surname)
            if self.role in ("st", "emp", "ex"):
                self._email = r.choice([g + "." + s, g[0] + s, g + "." + s + str(r.randint(2, 9))]) + "@baysidehealth.org"
            elif self.role == "rep":
                self._email = r.choice([g + "." + s, g[0] + s, g + "_" + s]) + "@" + self.dom
            elif self.role == "doc":
                self._email = r.choice([g[0] + s, "dr" + s, g + "." + s]) + "@" + r.choice(
                    ["northshoremedgroup.com", "bfpcp.org", "merrimackpeds.com", "baysidehealth.org"])
            else:
                yy = "%02d" % r.randint(40, 99)
                self._email = r.choice([
                    g + "." + s + str(self.n) + "@gmail.com", g[0] + s + "@yahoo.com",
                    g + s + yy + "@aol.com", s + "." + g + "@comcast.net", g + "_" + s + "@hotmail.com",
                    g + str(self.n) + s[:3] + "@icloud.com", "mama" + s + yy + "@gmail.com",
                    g + "." + s[0] + "@verizon.net", s + g[0] + str(r.randint(1, 9)) + "@outlook.com"])
        return self._email

    def dea(self):
        if self._dea is None:
            l2 = fold(self.surname)[0].upper()
            if not l2.isalpha():
                l2 = "9"
            self._dea = dea_number(self.r, l2)
        return self._dea

    def url(self):
        if self._url is None:
            r, g, s = self.r, handle(self.given), handle(self.surname)
            pid = digits(r, 8)
            self._url = r.choice([
                "https://mychart.baysidehealth.org/MyChart/Visit?pid=" + pid,
                "https://rx.baysidehealth.org/refill-status/" + pid,
                "https://track.medspeed.com/d/" + digits(r, 6) + "?recipient=" + g[0].upper() + s.capitalize(),
                "https://baysiderx.patientportal.com/p/" + s + "-" + g + "-" + str(r.randint(100, 999)),
                "https://specialty.baysidehealth.org/pt/" + pid + "/onboarding?name=" + g + "%20" + s,
                "http://bit.ly/bayside-" + g + s[:2] + str(r.randint(10, 99)),
                "https://mychart.baysidehealth.org/proxy/" + s + "." + g + "/meds",
            ])
        return self._url


# --------------------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def ordn(d):
    return str(d) + ("th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def rand_md(r):
    m = r.randint(1, 12)
    return m, r.randint(1, MDAYS[m - 1])


def fmt_date(r, y, m, d, year=True):
    if year:
        f = r.choice(["{m}/{d}/{y}", "{m}/{d}/{y}", "{mm}/{dd}/{y}", "{mm}/{dd}/{y}", "{y}-{mm}-{dd}",
                      "{Month} {d}, {y}", "{dd}-{Mon}-{y}", "{m}/{d}/{yy}", "{m}/{d}/{yy}", "{mm}{dd}{y}",
                      "{Mon} {d} {y}", "{m}.{d}.{yy}", "{d} {Month} {y}", "{mm}-{dd}-{y}", "{MON} {dd} {y}",
                      "{Mon}. {d}, {y}"])
    else:
        f = r.choice(["{m}/{d}", "{m}/{d}", "{m}/{d}", "{mm}/{dd}", "{Mon} {d}", "{Month} {dth}", "{Mon} {dth}",
                      "{d}-{Mon}", "{m}-{d}", "{Month} {d}", "{m}/{d}/{yy}", "{y}-{mm}-{dd}"])
    return f.format(m=m, d=d, mm="%02d" % m, dd="%02d" % d, y=y, yy="%02d" % (y % 100), Month=MONTHS[m - 1],
                    Mon=MON[m - 1], MON=MON[m - 1].upper(), dth=ordn(d))


NUMW = "zero one two three four five six seven eight nine".split()
TENS = {9: "ninety", 10: "one hundred"}
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell_age(a):
    if a < 100:
        return "ninety" + ("-" + ONES[a - 90] if a > 90 else "")
    return "one hundred" + (" and " + ONES[a - 100] if a > 100 else "")


# --------------------------------------------------------------------------- obfuscation
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def spell_digits(r, v):
    out = []
    for ch in v:
        if ch.isdigit():
            w = NUMW[int(ch)]
            if ch == "0" and r.random() < 0.6:
                w = "oh"
            out.append(w)
        elif out and out[-1] not in (",",):
            out.append(",")
    s = " ".join(out).replace(" ,", ",")
    return s


def obfuscate(c, v, allow=("fw", "zw", "spaced", "nbsp", "mixed", "spelled", "newline", "nosep")):
    r = c.r
    opts = []
    nd = sum(ch.isdigit() for ch in v)
    if nd >= 4:
        opts += ["fw", "fw"]
    if len(v) >= 5:
        opts += ["zw", "zw"]
    if nd >= 7 and len(v) <= 16:
        opts.append("spaced")
    if re.search(r"\d[- ]\d", v):
        opts += ["nbsp", "newline", "nosep"]
    if v.count("-") >= 2:
        opts.append("mixed")
    if v.replace("-", "").replace(" ", "").replace("(", "").replace(")", "").replace(".", "").isdigit() \
            and 7 <= nd <= 11:
        opts.append("spelled")
    opts = [o for o in opts if o in allow]
    if not opts:
        return v
    o = r.choice(opts)
    c.tags.add("evasion")
    if o == "fw":
        c.tags.add("fullwidth")
        return v.translate(FW)
    if o == "zw":
        c.tags.add("zero-width")
        pos = [i for i in range(1, len(v)) if v[i - 1].isalnum() and v[i].isalnum()] or [1]
        i = r.choice(pos)
        return v[:i] + "\u200b" + v[i:]
    if o == "spaced":
        return " ".join(ch for ch in v if ch.isalnum())
    if o == "nbsp":
        return re.sub(r"(?<=\d)[- ](?=\d)", "\u00a0", v)
    if o == "mixed":
        return v.replace("-", ".", 1)
    if o == "newline":
        c.tags.add("multiline")
        m = list(re.finditer(r"(?<=\d)[- ](?=\d)", v))
        k = r.choice(m)
        return v[:k.end()] + "\n" + v[k.end():] if v[k.start()] == "-" else v[:k.start()] + "\n" + v[k.end():]
    if o == "nosep":
        return re.sub(r"(?<=\d)[- ](?=\d)", "", v)
    if o == "spelled":
        return spell_digits(r, v)
    return v


def maybe_obf(c, v, p=0.12, **kw):
    return obfuscate(c, v, **kw) if c.r.random() < p else v


# --------------------------------------------------------------------------- value slots
AREAS = ["617", "617", "617", "781", "781", "978", "978", "508", "857", "339", "413", "774", "603", "401", "351"]


def phone_str(r, plus_ok=True):
    a, e, n = r.choice(AREAS), str(r.randint(201, 989)), "%04d" % r.randint(0, 9999)
    if r.random() < 0.12:
        e = "555"
    f = r.choice(["{a}-{e}-{n}"] * 6 + ["({a}) {e}-{n}"] * 4 + ["{a}.{e}.{n}"] * 2 + ["{a}{e}{n}"] * 2 +
                 ["{a} {e} {n}", "({a}){e}-{n}", "1-{a}-{e}-{n}"] + (["+1 {a} {e} {n}", "+1-{a}-{e}-{n}",
                                                                   "+1 ({a}) {e}-{n}"] if plus_ok else []))
    return f.format(a=a, e=e, n=n), (a, e, n)


def s_phone(c):
    return maybe_obf(c, phone_str(c.r)[0], 0.16)


def s_bphone(c):
    v = phone_str(c.r)[0]
    if c.r.random() < 0.3:
        v += c.r.choice([" ext. ", " ext ", " x", " x ", ", ext. ", " Ext "]) + str(c.r.randint(2, 4999))
    else:
        v = maybe_obf(c, v, 0.08)
    return v


def s_fax(c):
    return maybe_obf(c, phone_str(c.r, plus_ok=False)[0], 0.06)


def s_tel(c, business=False):
    v, (a, e, n) = phone_str(c.r)
    target = c.r.choice(["+1" + a + e + n, a + e + n, "+1-" + a + "-" + e + "-" + n])
    return ["<tel:", ("PHONE", target), "|", ("PHONE", v), ">"]


def s_ssn(c):
    r = c.r
    a = r.choice([x for x in range(1, 900) if x != 666])
    v = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
    x = r.random()
    if x < 0.12:
        c.tags.add("evasion")
        return v.replace("-", "")
    if x < 0.2:
        return v.replace("-", " ")
    return maybe_obf(c, v, 0.2)


def s_mrn(c):
    r = c.r
    v = r.choice([digits(r, 8), digits(r, 7), "00" + digits(r, 6), "E" + digits(r, 7), digits(r, 3) + "-" +
                  digits(r, 4) + "-" + digits(r, 2), "BH" + digits(r, 7), digits(r, 9), "M" + digits(r, 8)])
    return maybe_obf(c, v, 0.1)


def s_member(c):
    r = c.r
    v = r.choice([
        r.choice("WXYZ") + digits(r, 9), r.choice(["XDP", "ZGP", "JQU", "YRB", "HXM", "BCB"]) + digits(r, 9),
        digits(r, 9) + " " + "%02d" % r.randint(1, 4), "H" + digits(r, 8), "U" + digits(r, 8) + "0" +
        str(r.randint(1, 3)), "MA" + digits(r, 7), "0" + digits(r, 10), "".join(r.choice(UP) for _ in range(3)) +
        digits(r, 8), digits(r, 11), "9" + digits(r, 8) + "-0" + str(r.randint(1, 3))])
    return maybe_obf(c, v, 0.1)


def s_mbi(c):
    r = c.r
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + DIG
    v = (str(r.randint(1, 9)) + r.choice(a) + r.choice(an) + r.choice(DIG) + r.choice(a) + r.choice(an) +
         r.choice(DIG) + r.choice(a) + r.choice(a) + r.choice(DIG) + r.choice(DIG))
    if r.random() < 0.5:
        v = v[:4] + "-" + v[4:7] + "-" + v[7:]
    return maybe_obf(c, v, 0.1)


def s_medicaid(c):
    r = c.r
    return maybe_obf(c, r.choice(["100" + digits(r, 9), digits(r, 12), digits(r, 11), "NH" + digits(r, 9)]), 0.1)


def s_copayid(c):
    r = c.r
    return maybe_obf(c, r.choice([digits(r, 11), "CP" + digits(r, 9), digits(r, 3) + "-" + digits(r, 8),
                                  "".join(r.choice(UP) for _ in range(2)) + digits(r, 10), digits(r, 9)]), 0.08)


def s_har(c):
    r = c.r
    return maybe_obf(c, r.choice(["4" + digits(r, 9), "5" + digits(r, 9), "6" + digits(r, 8),
                                  digits(r, 3) + "-" + digits(r, 6), "G" + digits(r, 8)]), 0.08)


def s_bank(c):
    r = c.r
    return maybe_obf(c, digits(r, r.randint(8, 12)), 0.1)


def s_dl(c):
    r = c.r
    return maybe_obf(c, r.choice(["S" + digits(r, 8), "SA" + digits(r, 7), digits(r, 9), "0" + digits(r, 2) +
                                  "".join(r.choice(UP) for _ in range(3)) + digits(r, 5), digits(r, 7)]), 0.08)


def s_rphlic(c):
    r = c.r
    return r.choice(["PH" + digits(r, 5), "PH" + digits(r, 6), "RPH.00" + digits(r, 5), "RP" + digits(r, 6),
                     "PH-" + digits(r, 5), "NH " + digits(r, 4)])


def s_ptlic(c):
    r = c.r
    return r.choice(["PT" + digits(r, 6), "PHT.00" + digits(r, 5), "PT-" + digits(r, 5), "PTR." + digits(r, 7)])


def s_pharmdea(c):
    return dea_number(c.r, c.r.choice("BFAM"), "FAB")


def s_plate(c):
    r = c.r

    def Lr():
        return r.choice(UP)

    def D():
        return r.choice(DIG)
    v = r.choice([D() + Lr() + Lr() + Lr() + D() + D(), D() + Lr() + Lr() + " " + D() + D() + D(),
                  D() + D() + D() + " " + Lr() + Lr() + D(), "C" + D() + D() + D() + D() + D(),
                  Lr() + Lr() + D() + "-" + D() + D() + D() + D(), D() + Lr() + Lr() + "-" + D() + D() + D(),
                  "T" + D() + D() + " " + D() + D() + D()])
    return maybe_obf(c, v, 0.05, allow=("zw", "fw"))


def s_vin(c):
    r = c.r
    pre = r.choice(["1FTBW3XM", "1FTYE2CM", "3C6TRVDG", "WD3PF1CD", "1GCWGAFP", "5TDKZ3DC", "1FTBF2B6",
                    "3N6CM0KN", "WDAPF4CC"])
    vin = pre + r.choice(DIG + "X") + r.choice("LMNPR") + "".join(r.choice(UP + DIG) for _ in range(1)) + digits(r, 6)
    return maybe_obf(c, vin, 0.05, allow=("zw",))


def s_cgmsn(c):
    r = c.r
    return r.choice(["8" + r.choice("GHJKMNPRS") + "".join(r.choice(UP + DIG) for _ in range(4)),
                     digits(r, 12), "3M" + "".join(r.choice(UP + DIG) for _ in range(8)),
                     "GT" + digits(r, 7) + "H", "0M0" + "".join(r.choice(UP + DIG) for _ in range(8)),
                     digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4)])


def s_pumpsn(c):
    r = c.r
    return r.choice(["NG" + digits(r, 7) + "H", digits(r, 7), "OP5-" + digits(r, 8), "P" + digits(r, 9),
                     "TSL" + digits(r, 6), "(21)" + digits(r, 10)])


def s_hasn(c):
    r = c.r
    return r.choice([digits(r, 4) + "".join(r.choice(UP) for _ in range(3)) + digits(r, 4), "HA" + digits(r, 8),
                     digits(r, 10)])


def s_ip(c):
    r = c.r
    x = r.random()
    if x < 0.5:
        v = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    elif x < 0.72:
        v = "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    elif x < 0.92:
        v = "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    else:
        v = "fe80::%x:%x:%x:%x" % tuple(r.randint(0x100, 0xffff) for _ in range(4))
    return v


STREETS = L("""Elm St|Chestnut St|Pleasant St|Bridge St|Lawrence St|Broadway|Main St|Washington St|Tremont St
Dorchester Ave|Blue Hill Ave|Hancock St|Mystic Ave|Salem Tpke|Andover St|Lakeview Ave|Varnum Ave|Mammoth Rd
Boston Rd|Central St|Essex St|Union St|Highland Ave|Summer St|Winter St|School St|Church St|Spring St|Maple Ave
Oak St|Hyde Park Ave|Centre St|Cambridge St|Shawmut Ave|Eastern Ave|Lowell St|Haverhill St|Pawtucket Blvd
Gorham St|Westford St|Bennington St|Meridian St|Bowdoin St|Columbia Rd|Warren St|Humboldt Ave|Quincy Shore Dr
Linden St|Tarbox Rd|Nesmith St|Riverside Dr|Hilltop Rd|Pine Ridge Cir|Cedar Ln|Birch Way|Hawthorne Ave
Shirley Ave|Ocean Ave|Lincoln Ave|Revere St|Ferry St|Adams St|Crescent Ave|Hillside Ave|Stedman St""")
TOWNS = [("Dracut", "MA", "01826"), ("Lowell", "MA", "01852"), ("Methuen", "MA", "01844"),
         ("Lawrence", "MA", "01841"), ("Haverhill", "MA", "01830"), ("Revere", "MA", "02151"),
         ("Chelsea", "MA", "02150"), ("Everett", "MA", "02149"), ("Malden", "MA", "02148"),
         ("Medford", "MA", "02155"), ("Somerville", "MA", "02143"), ("Quincy", "MA", "02169"),
         ("Brockton", "MA", "02301"), ("Lynn", "MA", "01902"), ("Peabody", "MA", "01960"),
         ("Salem", "MA", "01970"), ("Dorchester", "MA", "02124"), ("Mattapan", "MA", "02126"),
         ("Roxbury", "MA", "02119"), ("Hyde Park", "MA", "02136"), ("Framingham", "MA", "01702"),
         ("Worcester", "MA", "01604"), ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740"),
         ("Reading", "MA", "01867"), ("Sharon", "MA", "02067"), ("Hull", "MA", "02045"),
         ("Carver", "MA", "02330"), ("Billerica", "MA", "01821"), ("Tewksbury", "MA", "01876"),
         ("Chelmsford", "MA", "01824"), ("Amesbury", "MA", "01913"), ("Salisbury", "MA", "01952"),
         ("Nashua", "NH", "03060"), ("Salem", "NH", "03079"), ("Pelham", "NH", "03076"),
         ("Pawtucket", "RI", "02860"), ("East Boston", "MA", "02128"), ("Winthrop", "MA", "02152"),
         ("Saugus", "MA", "01906"), ("Wakefield", "MA", "01880"), ("Woburn", "MA", "01801"),
         ("Randolph", "MA", "02368"), ("Taunton", "MA", "02780"), ("Gloucester", "MA", "01930")]


def town_tuple(c):
    if "_town" not in c.vals:
        c.vals["_town"] = c.r.choice(TOWNS)
    return c.vals["_town"]


def s_addr(c):
    r = c.r
    t, st, z = r.choice(TOWNS)
    c.vals.setdefault("_town", (t, st, z))
    n = str(r.randint(2, 1499))
    s = r.choice(STREETS)
    if r.random() < 0.15:
        z = z + "-" + digits(r, 4)
    apt = r.choice(["Apt " + str(r.randint(1, 12)) + r.choice(["", "B", "L", "R"]), "#" + str(r.randint(1, 40)),
                    "Unit " + str(r.randint(1, 9)), "apt " + str(r.randint(101, 512)), "2nd fl", "Fl 3"])
    f = r.choice(["{n} {s}, {t}, {st} {z}", "{n} {s}, {t} {st} {z}", "{n} {s} {apt}, {t}, {st} {z}",
                  "{n} {s}, {apt}, {t} {st} {z}", "{n} {s} {t} {st} {z}", "{n} {s}\n{t}, {st} {z}",
                  "PO Box {box}, {t}, {st} {z}", "{n} {s}, {t}", "{n} {s} {apt}, {t}", "{n} {s}, {t} {z}"])
    v = f.format(n=n, s=s, t=t, st=st, z=z, apt=apt, box=r.randint(10, 2999))
    if "\n" in v:
        c.tags.add("multiline")
    return v


def s_street(c):
    r = c.r
    v = str(r.randint(2, 1499)) + " " + r.choice(STREETS)
    if r.random() < 0.3:
        v += r.choice([" apt ", " #", " Apt ", " unit "]) + str(r.randint(1, 30))
    return v


def s_town(c):
    return town_tuple(c)[0]


def s_zip(c):
    z = town_tuple(c)[2]
    if c.r.random() < 0.15:
        z += "-" + digits(c.r, 4)
    return z


def luhn_complete(prefix, length, r):
    num = prefix + digits(r, length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return num + str((10 - tot % 10) % 10)


def s_cc(c):
    r = c.r
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        g = [n[:4], n[4:10], n[10:]]
    else:
        n = luhn_complete({"visa": "4", "mc": r.choice(["51", "52", "54", "55"]), "disc": "6011"}[kind], 16, r)
        g = [n[:4], n[4:8], n[8:12], n[12:]]
    sep = r.choice([" ", " ", "-", "", " "])
    v = sep.join(g)
    return maybe_obf(c, v, 0.1, allow=("fw", "zw", "nbsp", "newline"))


def s_dob(c):
    r = c.r
    y = r.randint(1926, 2012)
    m, d = rand_md(r)
    return fmt_date(r, y, m, d, year=r.random() < 0.93)


def s_date(c):
    r = c.r
    y = r.choice([2024, 2025, 2025])
    m, d = rand_md(r)
    return fmt_date(r, y, m, d, year=r.random() < 0.3)


def s_age(c):
    r = c.r
    a = r.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104])
    if r.random() < 0.14:
        c.tags.add("evasion")
        return spell_age(a)
    return str(a)


def s_email_obf(c, email):
    r = c.r
    c.tags.add("evasion")
    user, dom = email.split("@")
    f = r.choice(["{u} [at] {d1} [dot] {d2}", "{u}(at){d1}(dot){d2}", "{u} at {d1} dot {d2}",
                  "{u} @ {d1} . {d2}", "{u}[at]{d1}.{d2}", "{u} AT {d1} DOT {d2}"])
    d1, d2 = dom.rsplit(".", 1)
    return f.format(u=user, d1=d1, d2=d2)


# clean value pools
DRUGS = L("""Humira|Enbrel|Stelara|Dupixent|Ozempic|Mounjaro|Trulicity|Jardiance|Eliquis|Xarelto|Biktarvy
Descovy|Epclusa|Mavyret|Otezla|Skyrizi|Cosentyx|Taltz|Rinvoq|Xeljanz|Entresto|Ibrance|Xtandi|Revlimid
Imbruvica|imatinib|Tecfidera|Kesimpta|Nurtec|Aimovig|Emgality|Ajovy|Repatha|Praluent|Humalog|Lantus
Tresiba|enoxaparin|methotrexate|tacrolimus|mycophenolate|Paxlovid|Wegovy|Zepbound|Trikafta|Orkambi
Hadlima|Cyltezo|Yuflyma|Simlandi|Wezlana|Tremfya|Kevzara|Actemra|Forteo|Prolia|Genvoya|Odefsey|Cabenuva
Jakafi|Tagrisso|Lynparza|Verzenio|Kisqali|Ofev|Esbriet|Xolair|Nucala|Fasenra|Tezspire|Vyndamax
metformin|lisinopril|atorvastatin|sertraline|amoxicillin|prednisone|levothyroxine|apixaban|insulin glargine""")
CS = L("""oxycodone 5mg|oxycodone 10mg|hydromorphone 2mg|Adderall XR 20mg|methylphenidate ER 36mg|fentanyl 25mcg/hr patches
morphine ER 15mg|buprenorphine-naloxone 8-2mg|lorazepam 1mg|alprazolam 0.5mg|Vyvanse 30mg|oxycodone/APAP 5-325
hydrocodone/APAP 10-325|methadone 10mg|tramadol 50mg|clonazepam 0.5mg|Focalin XR 10mg|dextroamphetamine 10mg""")
STRENGTHS = L("40mg/0.4mL|50mg|0.25mg|1mg|2.4mg|5mg|10mg|20mg|150mg|300mg/2mL|100u/mL|90mg|45mg|2mg/1.5mL|"
              "80mg|200mg|12.5mg|7.5mg")
PAYERS = L("BCBSMA|Blue Cross|Tufts|Harvard Pilgrim|MassHealth|Aetna|Cigna|UHC|Express Scripts|Caremark|"
           "OptumRx|Humana|WellSense|Fallon|Medicare Part D|Point32|Prime|Mass General Brigham Health Plan|"
           "Anthem|NH Healthy Families|Navitus")
BINS = L("610020|004336|003858|610014|015581|610502|600428|610097|017010|012353|004740|610455")
PCNS = L("ADV|MEDDADV|9999|CN|A4|PDMI|MA|ASPROD1|CTRXMEDD|03200000|IRX|OHCP")
WHOLESALERS = L("McKesson|Cardinal|Cencora|ABC|Kinray|Anda|Morris & Dickson")
MFRS = L("AbbVie|Amgen|Novo|Lilly|Pfizer|Gilead|Sanofi|Regeneron|Janssen|BMS|Vertex|Biogen|Novartis|"
         "AstraZeneca|Boehringer|Teva|Sandoz|Viatris|Coherus|Alvotech")
COURIERS = L("Medspeed|Dropoff|Veho|UPS|FedEx|the in-house van|Lyft Health|Roadie|Ryder")
SITES = L("Quincy|Chelsea|Waltham|Danvers|Lowell|Salem|Brockton|the Yawkey building|main campus|the Lunder lobby|"
          "Revere|the Cancer Center|Peabody|Everett|the Wang building|Back Bay|Woburn|Framingham")
FACADDRS = L("55 Fruit St, Boston MA 02114|100 Cambridge St, Boston, MA 02114|20 Maple St, Springfield MA 01105|"
             "295 Varnum Ave, Lowell, MA 01854|1 Blossom St, Boston MA 02114|800 Washington St, Norwood MA 02062|"
             "41 Mall Rd, Burlington, MA 01805|500 Salem St, Wilmington MA 01887|85 Herrick St, Beverly MA 01915|"
             "2 Centennial Dr, Peabody, MA 01960|1 Pharmacy Way, Lebanon NH 03766|410 Totten Pond Rd, Waltham MA 02451")
ROOMS = L("B-214|Rm 3.112|conf rm 4B|Yawkey 2-220|the fishbowl|Lunder 6 huddle room|room 118|Bulfinch 370|"
          "Ether Dome|Thier conf rm|Wang 7 lounge|rm 2045|O'Keefe auditorium|pharmacy break room|CR-12")
DEPTS = L("6 West|Lunder 7|Ellison 12|the ED|the infusion center|onc clinic|ID clinic|the transplant clinic|"
          "rheum|GI|derm|endo|the HIV clinic|neuro|the MS clinic|pulm|cardiology|the CF clinic")
DEVICES = L("Dexcom G7|Dexcom G6|Libre 3|Libre 2|Omnipod 5|t:slim X2|MiniMed 780G|Guardian 4|Eversense")
DAYS = L("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Wed|Thurs|Fri|Sat|tmrw|today")
QUARTERS = L("Q1|Q2|Q3|Q4|FY2025|FY2026|FY26 Q1|Q3 FY25|1H 2025|CY2024")
CPTS = L("96372|96401|J0135|J1745|J3490|99211|J2506|J0897|Q5121|90471|J1950|J9035")
ICDS = L("E11.65|E11.9|L40.0|M05.79|K50.90|G35|B20|J45.50|C50.911|I48.91|Z79.4|L20.9")


def s_ndc(c):
    r = c.r
    return r.choice(["%04d-%04d-%02d" % (r.randint(1, 9999), r.randint(1, 9999), r.randint(1, 99)),
                     "%05d-%04d-%01d" % (r.randint(1, 99999), r.randint(1, 9999), r.randint(0, 9)),
                     "%05d-%03d-%02d" % (r.randint(1, 99999), r.randint(1, 999), r.randint(1, 99)),
                     digits(r, 11)])


def s_mtgdate(c):
    r = c.r
    m, d = rand_md(r)
    y = r.choice([2025, 2025, 2026])
    if r.random() < 0.7:
        v = fmt_date(r, y, m, d, year=r.random() < 0.25)
    else:
        v = r.choice(["{m}/{d}", "{Mon} {d}", "{Month} {dth}", "{m}/{d}/{yy}"]).format(
            m=m, d=d, yy="%02d" % (y % 100), Mon=MON[m - 1], Month=MONTHS[m - 1], dth=ordn(d))
    if r.random() < 0.2:
        v = r.choice(DAYS[:5]) + " " + v
    return v


def s_time(c):
    r = c.r
    h = r.randint(6, 18)
    return r.choice(["%d:%02d" % ((h - 1) % 12 + 1, r.choice([0, 15, 30, 45])),
                     "%d%s" % ((h - 1) % 12 + 1, "am" if h < 12 else "pm"),
                     "%02d%02d" % (h, r.choice([0, 30])), "%d:%02d %s" % ((h - 1) % 12 + 1, r.choice([0, 30]),
                                                                             "AM" if h < 12 else "PM"),
                     "noon", "%d-ish" % ((h - 1) % 12 + 1)])


def s_price(c):
    r = c.r
    return r.choice(["$%s.%02d" % (format(r.randint(20, 9999), ","), r.randint(0, 99)), "$%d" % r.randint(5, 600),
                     "$%sk" % r.randint(2, 480), "$%s" % format(r.randint(1000, 99999), ","),
                     "%d.%02d" % (r.randint(1, 999), r.randint(0, 99))])


def s_ver(c):
    r = c.r
    return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20)),
                     "%d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 5), r.randint(0, 9)),
                     "Nov 2025", "May '25", "%d.%d" % (r.randint(3, 22), r.randint(0, 9)),
                     "v%d.%d" % (r.randint(1, 9), r.randint(0, 40)),
                     "%d.%d.%d" % (r.randint(10, 24), r.randint(0, 9), r.randint(100, 999))])


def s_npi(c):
    return "1" + digits(c.r, 9)


SLOTS = {
    # PHI value slots: fn, type, tag
    "dob": (s_dob, "DATE", "date"), "date": (s_date, "DATE", "date"), "age": (s_age, "AGE", "age"),
    "phone": (s_phone, "PHONE", None), "bphone": (s_bphone, "PHONE", "business-contact"),
    "fax": (s_fax, "PHONE", "business-contact"), "tel": (s_tel, None, "slack-markup"), "btel": (s_tel, None, "business-contact"),
    "ssn": (s_ssn, "SSN", None), "mrn": (s_mrn, "MRN", None), "member": (s_member, "HEALTH_PLAN_ID", None),
    "mbi": (s_mbi, "HEALTH_PLAN_ID", None), "medicaid": (s_medicaid, "HEALTH_PLAN_ID", None),
    "copayid": (s_copayid, "HEALTH_PLAN_ID", None), "har": (s_har, "ACCOUNT_NUMBER", None),
    "bank": (s_bank, "ACCOUNT_NUMBER", None), "dl": (s_dl, "LICENSE_NUMBER", None),
    "rphlic": (s_rphlic, "LICENSE_NUMBER", "credentialing"), "ptlic": (s_ptlic, "LICENSE_NUMBER", "credentialing"),
    "pharmdea": (s_pharmdea, "LICENSE_NUMBER", None), "plate": (s_plate, "VEHICLE_ID", None),
    "vin": (s_vin, "VEHICLE_ID", None), "cgmsn": (s_cgmsn, "DEVICE_ID", None),
    "pumpsn": (s_pumpsn, "DEVICE_ID", None), "hasn": (s_hasn, "DEVICE_ID", None),
    "ip": (s_ip, "IP_ADDRESS", None), "addr": (s_addr, "ADDRESS", None), "street": (s_street, "ADDRESS", None),
    "town": (s_town, "ADDRESS", None), "zip": (s_zip, "ADDRESS", None), "cc": (s_cc, "CREDIT_CARD", None),
    # clean value slots
    "drug": (lambda c: c.r.choice(DRUGS), None, None), "cs": (lambda c: c.r.choice(CS), None, None),
    "strength": (lambda c: c.r.choice(STRENGTHS), None, None),
    "qty": (lambda c: str(c.r.choice([1, 2, 4, 6, 8, 12, 28, 30, 56, 60, 84, 90, 120, 180])), None, None),
    "days": (lambda c: str(c.r.choice([28, 30, 30, 84, 90, 90, 14, 7])), None, None),
    "ndc": (s_ndc, None, "ndc"),
    "lot": (lambda c: c.r.choice(UP) + str(c.r.randint(1, 9)) + "".join(c.r.choice(UP + DIG) for _ in range(4)),
            None, None),
    "rxnum": (lambda c: c.r.choice(["", "", "6", "2"]) + digits(c.r, 7) + c.r.choice(["", "", "-01", "-02"]),
              None, "rx-number"),
    "payer": (lambda c: c.r.choice(PAYERS), None, None), "bin": (lambda c: c.r.choice(BINS), None, None),
    "pcn": (lambda c: c.r.choice(PCNS), None, None),
    "grp": (lambda c: c.r.choice(["RX" + digits(c.r, 4), digits(c.r, 6), c.r.choice(UP) + c.r.choice(UP) +
                                   digits(c.r, 2), "MAPD" + digits(c.r, 2), "BCBSMA" + digits(c.r, 3),
                                   digits(c.r, 5) + "M" + digits(c.r, 3)]), None, None),
    "pa": (lambda c: "".join(c.r.choice(UP + DIG) for _ in range(8)), None, "ticket"),
    "ticket": (lambda c: c.r.choice(["INC00", "RITM00", "CHG00", "REQ00"]) + digits(c.r, 5) if c.r.random() < 0.7
               else c.r.choice(["DEL-", "SR-", "RX-", "PHARM-", "JIRA RXOPS-"]) + str(c.r.randint(100, 9999)),
               None, "ticket"),
    "po": (lambda c: c.r.choice(["PO ", "PO# ", "PO-", "po "]) + c.r.choice(["45" + digits(c.r, 8),
                                                                              digits(c.r, 6), "RX" + digits(c.r, 5)]),
           None, "po"),
    "inv": (lambda c: c.r.choice(["INV-", "inv ", "#", "INV"]) + digits(c.r, c.r.randint(6, 9)), None, "po"),
    "room": (lambda c: c.r.choice(ROOMS), None, None),
    "ext": (lambda c: c.r.choice(["x", "x", "ext ", "ext. ", "x "]) + str(c.r.randint(2000, 7999)), None, "ext"),
    "zoom": (lambda c: "%03d %04d %04d" % (c.r.randint(810, 999), c.r.randint(0, 9999), c.r.randint(0, 9999)),
             None, "calendar"),
    "mtgdate": (s_mtgdate, None, "calendar"), "time": (s_time, None, "calendar"),
    "price": (s_price, None, "money"), "ver": (s_ver, None, "version"),
    "build": (lambda c: "build %d.%d.%d.%d" % (c.r.choice([2024, 2025]), c.r.randint(1, 12), c.r.randint(0, 9),
                                               c.r.randint(0, 99)), None, "version"),
    "npi": (s_npi, None, "npi"), "cpt": (lambda c: c.r.choice(CPTS), None, "cpt"),
    "icd": (lambda c: c.r.choice(ICDS), None, "icd"), "site": (lambda c: c.r.choice(SITES), None, None),
    "facaddr": (lambda c: c.r.choice(FACADDRS), None, "facility-address"),
    "faczip": (lambda c: c.r.choice(["02114", "01854", "01960", "02451", "01805", "02062", "01915"]), None,
               "zip-like"),
    "cnt": (lambda c: str(c.r.randint(3, 640)), None, None),
    "few": (lambda c: str(c.r.randint(2, 14)), None, None),
    "vendor": (lambda c: c.r.choice(WHOLESALERS), None, None), "mfr": (lambda c: c.r.choice(MFRS), None, None),
    "courier": (lambda c: c.r.choice(COURIERS), None, None),
    "van": (lambda c: str(c.r.randint(1, 9)), None, None), "day": (lambda c: c.r.choice(DAYS), None, None),
    "month": (lambda c: c.r.choice(MONTHS), None, None), "quarter": (lambda c: c.r.choice(QUARTERS), None, None),
    "agey": (lambda c: str(c.r.randint(19, 89)), None, None),
    "last4": (lambda c: digits(c.r, 4), None, None),
    "iurl": (lambda c: c.r.choice([
        "https://intranet.baysidehealth.org/pharmacy/sops/cs-count", "https://www.fda.gov/drugs/drug-shortages",
        "https://confluence.baysidehealth.org/display/RX/Compounding+Logs", "https://www.covermymeds.com",
        "https://www.ashp.org/drug-shortages/current-shortages", "https://zoom.us/j/98122345521",
        "https://baysidehealth.sharepoint.com/sites/RxOps/Shared%20Documents/PA-tracker.xlsx",
        "https://www.accessdata.fda.gov/scripts/cder/daf/", "https://intranet.baysidehealth.org/340b",
        "https://forms.office.com/r/Qk7bX2pLm9", "https://dailymed.nlm.nih.gov/dailymed/",
        "https://www.mass.gov/info-details/prescription-monitoring-program-pmp",
        "https://status.medspeed.com", "https://teams.microsoft.com/l/channel/19%3aRxOps"]), None, None),
    "asset": (lambda c: c.r.choice(["FA-", "BH", "asset ", "AT-"]) + digits(c.r, c.r.randint(5, 6)), None, None),
    "form222": (lambda c: digits(c.r, 9), None, None),
    "store": (lambda c: str(c.r.randint(100, 19999)), None, None),
    "cgm": (lambda c: c.r.choice(DEVICES), None, None), "dept": (lambda c: c.r.choice(DEPTS), None, None),
    "pct": (lambda c: "%d%%" % c.r.randint(2, 98), None, None),
    "mention": (lambda c: "<@U0" + "".join(c.r.choice(UP + DIG) for _ in range(8)) + ">", None, "slack-markup"),
    "chan": (lambda c: "<#C0" + "".join(c.r.choice(UP + DIG) for _ in range(8)) + "|" + c.r.choice(
        ["rx-ops", "pharmacy-leads", "specialty-pa", "delivery", "general", "cs-vault", "compounding"]) + ">",
             None, "slack-markup"),
    "track": (lambda c: c.r.choice(["1Z" + "".join(c.r.choice(UP + DIG) for _ in range(6)) + digits(c.r, 10),
                                    digits(c.r, 12), "MSP-" + digits(c.r, 7)]), None, None),
    "temp": (lambda c: "%.1f" % (c.r.randint(20, 80) / 10.0), None, None),
}


# --------------------------------------------------------------------------- context / render
class Ctx:
    def __init__(self, r, fields):
        self.r, self.fields = r, fields
        self.vals, self.raw, self.people, self.tags = {}, {}, {}, set()

    def person(self, key):
        if key not in self.people:
            role = re.match(r"[a-z]+", key).group()
            need_nick = any(f == key + ".nick" for f in self.fields)
            taken = set()
            for p in self.people.values():
                taken |= {p.given, p.surname}
            self.people[key] = Person(self.r, role, key, need_nick, taken)
        return self.people[key]

    def resolve(self, field):
        if field in self.vals:
            return self.vals[field]
        key, _, attr = field.partition(".")
        m = re.match(r"([a-z]+?)(\d*)$", key)
        if m and m.group(1) in ROLES:
            parts = self.person_attr(self.person(key), attr)
        else:
            kind = field if field in SLOTS else re.sub(r"\d+$", "", field)
            fn, typ, tag = SLOTS[kind]
            if tag:
                self.tags.add(tag)
            for _ in range(12):
                v = fn(self)
                others = [self.raw[k] for k in self.raw if (k if k in SLOTS else re.sub(r"\d+$", "", k)) == kind]
                if v not in others:
                    break
            self.raw[field] = v
            parts = v if isinstance(v, list) else [(typ, v)]
        self.vals[field] = parts
        return parts

    def person_attr(self, p, attr):
        N = "NAME" if p.role in PHI_ROLES else None
        fem = p.gender == "F"
        if attr == "":
            return [(N, p.full)]
        simple = {"f": p.given, "l": p.surname, "mi": "%s %s. %s" % (p.given, p.mi, p.surname),
                  "inv": (p.surname.upper() + ", " + p.given.upper() + " " + p.mi) if p.n % 2 else
                  (p.surname + ", " + p.given),
                  "lc": p.full.lower(), "lcf": p.given.lower(), "lcl": p.surname.lower(),
                  "fl": p.given[0] + ". " + p.surname, "nick": p.nick, "up": p.full.upper(),
                  "lf": p.surname + " " + p.given, "linv": p.surname + ", " + p.given}
        if attr in simple:
            return [(N, simple[attr])]
        pron = {"she": "she" if fem else "he", "She": "She" if fem else "He", "her": "her" if fem else "his",
                "Her": "Her" if fem else "His", "him": "her" if fem else "him",
                "hon": ("Mrs." if p.n % 3 else "Ms.") if fem else "Mr.", "kin": p.kin, "co": p.co,
                "title": p.title, "role": p.vip_role, "hers": "hers" if fem else "his"}
        if attr in pron:
            return [(None, pron[attr])]
        if attr == "email":
            return [("EMAIL", p.email())]
        if attr == "emailobf":
            return [("EMAIL", s_email_obf(self, p.email()))]
        if attr == "mailto":
            self.tags.add("slack-markup")
            e = p.email()
            return ["<mailto:", ("EMAIL", e), "|", ("EMAIL", e), ">"]
        if attr == "dea":
            return [("LICENSE_NUMBER", p.dea())]
        if attr == "url":
            self.tags.add("url")
            return [("URL", p.url())]
        if attr == "link":
            self.tags.add("slack-markup")
            self.tags.add("url")
            return ["<", ("URL", p.url()), "|" + self.r.choice(["portal link", "link", "here", "refill status"]) + ">"]
        raise KeyError(attr)


FMT = string.Formatter()
TYPO_FIX = {"prescription": "perscription", "insurance": "insurnace", "tomorrow": "tomorow",
            "pharmacy": "pharamcy", "received": "recieved", "delivery": "delivey", "schedule": "schedual",
            "authorization": "authroization", "patient": "pateint", "refrigerated": "refridgerated",
            "please": "pleae", "because": "becuase", "address": "adress", "separate": "seperate",
            "approved": "aproved", "waiting": "wating", "people": "poeple", "which": "wich",
            "again": "agian", "their": "thier", "already": "alredy", "available": "availble"}


def typo_word(r, text):
    words = list(re.finditer(r"\b[a-z]{4,}\b", text))
    if not words:
        return text, False
    for w in words:
        if w.group() in TYPO_FIX and r.random() < 0.7:
            return text[:w.start()] + TYPO_FIX[w.group()] + text[w.end():], True
    w = r.choice(words)
    s = w.group()
    i = r.randint(1, len(s) - 3)
    if r.random() < 0.5:
        s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    else:
        s2 = s[:i] + s[i + 1:]
    return text[:w.start()] + s2 + text[w.end():], True


def render(tpl, r, lower=False, typo=False):
    parsed = list(FMT.parse(tpl))
    fields = [f for _, f, _, _ in parsed if f is not None]
    ctx = Ctx(r, fields)
    lits = [lit for lit, _, _, _ in parsed]
    if typo:
        cand = [i for i, l in enumerate(lits) if re.search(r"\b[a-z]{4,}\b", l)]
        if cand:
            i = r.choice(cand)
            lits[i], ok = typo_word(r, lits[i])
            if ok:
                ctx.tags.add("typo")
    out, spans, n = [], [], 0
    for (lit, field, _, _), lit2 in zip(parsed, lits):
        if lower:
            lit2 = lit2.lower()
        out.append(lit2)
        n += len(lit2)
        if field is None:
            continue
        for part in ctx.resolve(field):
            typ, s = (None, part) if isinstance(part, str) else part
            if lower:
                assert len(s.lower()) == len(s)
                s = s.lower()
            if typ:
                spans.append((typ, n, n + len(s), s))
            out.append(s)
            n += len(s)
    text = "".join(out)
    return text, spans, ctx.tags


def checker_ok(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for typ, st, en, v in spans:
        assert text[st:en] == v
        assert v == v.strip() and v, repr(v)
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        want = len(text[:st].encode("utf-8"))
        if i != want:
            return False
        pos = i + len(vb)
    return True


# --------------------------------------------------------------------------- frames
# Each frame is a callable r -> (template, tags).  Plain templates are wrapped below.
# Slot syntax: {pt} {pt.f} {pt2.l} {rel.f} ... persons (pt/rel/emp/vip are PHI NAME;
# st/doc/rep/ex/drv are staff/vendors: not NAME); value slots per SLOTS.

PHI_TEMPLATES = [
    # ---- refills / callbacks
    ("can someone call {pt} back about {pt.her} {drug} refill? {pt.she} said {phone} is best", "callback"),
    ("pt {pt.inv}  DOB {dob} on line 3 asking why {drug} rejected. member id {member} ({payer})", "structured"),
    ("{mention} pull the last 3 fills for {pt} dob {dob} pls", "bot"),
    ("refill req: {pt} / DOB {dob} / {drug} {strength} #{qty} x{days}d — Dr. {doc.l} (NPI {npi})", "structured"),
    ("{pt.l} called AGAIN re {drug}. 3rd time today. cb {phone} - can an RPh grab this", "callback"),
    ("vm from {pt.lc} - needs {pt.her} {drug} before {pt.she} flies out, call back {phone}", "callback"),
    ("{pt.hon} {pt.l} ({dob}) says {pt.her} refill was supposed to ship {date} and still nothing 😤", "complaint"),
    ("{pt.hon} {pt.l} is in the lobby, {pt.she}'s {age} and has been waiting 40 min for {pt.her} {drug}. anyone free??",
     "escalation"),
    ("callbacks for {st.f} before 5:\n- {pt} {phone}\n- {pt2} {phone2}\n- {pt3.l} (left vm x2, no # on file)",
     "callback"),
    ("who took the call from {pt}? {pt.she} says someone promised same-day delivery to {addr}", "complaint"),
    ("fyi {pt} moved. new delivery addr {addr} — updated the profile, pls double check before the {day} run",
     ""),
    ("{rel.f} ({pt.f}'s {rel.kin}) called for an update on the {drug} PA. ok to talk to {rel.him}, HIPAA release is "
     "on file. {rel.f}'s cell {phone}", "callback"),
    ("PA submitted to {payer} for {pt}, member ID {member}. CMM key {pa}. next fill due {date}", "structured"),
    ("PA approved!! {pt.l} / {drug} approved through 12/31/2025 🎉", ""),
    ("{payer} denied {pt}'s {drug} again (step therapy). appeal has to come from Dr. {doc.l}, office fax "
     "{fax}", ""),
    ("copay card for {pt}: {mfr} program, ID {copayid}, BIN {bin} PCN {pcn} GRP {grp}. ran as secondary, $0 copay",
     "structured"),
    ("enrolled {pt.lc} in the {mfr} copay program today, member # {copayid}", ""),
    ("copay card rejecting for {pt.l}. card says member id {copayid} but the portal shows something else?? bin {bin}",
     ""),
    ("{pt} DOB {dob} MBI {mbi} — part D plan changed, need new BIN/PCN before we can bill", "structured"),
    ("MassHealth id for {pt} is {medicaid}, active as of 1/1 per EVS", ""),
    ("can you run a test claim for {pt}? {payer} ID {member}, group {grp}", ""),
    ("HAR {har} for {pt} — billing says the {drug} charge posted twice", ""),
    ("{pt.l} wants to pay the balance on acct {har} over the phone, can someone in billing take it", ""),
    ("pt paying copay over phone: {pt}, card {cc} exp 08/27, billing zip {zip}", "money"),
    ("charged {pt.f}'s card ending {last4} for $35.00, receipt emailed to {pt.email}", "money"),
    ("{drv.f} says nobody answered at {street} in {town}, left a door tag. pt is {pt}, {phone}", "delivery"),
    ("van {plate} got a parking ticket outside {pt.l}'s building on {street} lol. who's paying", "delivery"),
    ("Delivery exception: {pt} / {addr} / signature required (CII). driver {drv} van {plate}", "structured delivery"),
    ("{courier} driver couldn't find {addr}, {pt.f} says it's the blue house behind the Dunkin", "delivery"),
    ("compound for {pt} (MRN {mrn}): magic mouthwash 240 mL, {pt.she} picks up {date}", "compounding"),
    ("need a 2nd check on the {pt.l} compound, MRN {mrn}. vanco oral 50mg/mL, BUD 14d", "compounding"),
    ("{pt.inv}\nMRN {mrn}\nDOB {dob}\nhydrocortisone 2.5% in aquaphor 60g\nready {date}", "structured compounding"),
    ("oxy 5 count is off by 2. last dispense was {pt}, Rx {rxnum} at 4:12pm. pulling camera footage", "cs-count"),
    ("Dr. {doc.l}'s DEA {doc.dea} on {pt}'s script doesn't match what we have on file", "cs"),
    ("can someone verify a DEA for me: {doc.dea} (Dr. {doc}, {dept})", "cs"),
    ("new CII for {pt}: {cs} #{qty}. prescriber DEA {doc.dea}, PMP checked, last fill {date}", "cs"),
    ("{pt} {dob} - early refill request on {cs}, last filled {date}. flagging for RPh review", "cs"),
    ("pt {pt} is {age}, on 14 meds, {pt.her} {rel.kin} {rel.f} wants blister packs starting next cycle", "age"),
    ("{pt.hon} {pt.l} turned {age} last week and told everyone at the counter 😂 anyway {pt.her} {drug} is ready",
     "age"),
    ("{cgm} for {pt} failed on day 3, sensor SN {cgmsn}. filed a replacement w/ the mfr", "device"),
    ("{pt.l}'s omnipod PDM SN {pumpsn} keeps throwing errors, sent to Insulet. pt DOB {dob}", "device"),
    ("need the transmitter serial for {pt.f}'s G6 — it's {cgmsn} per the box", "device"),
    ("portal link for {pt.f}: {pt.url}", "url"),
    ("send {pt} the refill status link {pt.link}, {pt.she} can't log in", "url"),
    ("PAP app for {pt} needs SSN, {pt.she} read it to me over the phone: {ssn}. income docs still missing", "pap"),
    ("{pt.lc} ssn {ssn} dob {dob} — for the {mfr} foundation app", "pap structured"),
    ("VIP heads up: {vip} ({vip.role}) has an Rx in will-call. keep the name off the board & page me when {vip.she} "
     "gets here", "vip"),
    ("{vip.l} ({vip.role}) coming in for {vip.her} {drug} today, {ex} asked us to expedite", "vip exec-name"),
    ("employee health: {emp} (tech, evenings) needlestick on {date} in the IV room. forms went to occ health",
     "employee-health"),
    ("{emp.f} from our team is filling {emp.her} own {drug} here — pls have someone other than {emp.f} verify it",
     "employee-health"),
    ("label printer at {ip} is offline again, can't print {pt.l}'s bag label", "it"),
    ("ScriptPro robot IP changed to {ip}, pls update the interface config", "it"),
    ("Pyxis in {dept} still pointing at {ip} after the migration. ticket {ticket}", "it"),
    ("{st}'s RPh license {rphlic} expires 6/30, do we have the renewal on file?", "credentialing"),
    ("new tech {st} — PT license {ptlic}, start date 4/7, needs Epic + Pyxis access", "credentialing"),
    ("our DEA registration {pharmdea} renews in Aug, who has the login for the DEA portal", "cs"),
    ("{rep} from {rep.co}: {rep.email}, cell {bphone}", "rep"),
    ("{rep.f} (the {drug} rep) asked me to text {rep.him} at {bphone} when the samples show up", "rep"),
    ("can you send the DIR fee report to {st.email}? thx", ""),
    ("PA fax for {pt} goes to {fax}, NOT the main line", ""),
    ("Dr. {doc.l}'s office called: {pt} {dob} dose change on {drug} to {strength}. nurse line {bphone}", ""),
    ("{pt.lc} {dob} - humira citrate-free starter kit, ships {date}", ""),
    ("ID check for CII pickup — {pt}, driver's license {dl}. all good", "cs"),
    ("{rel} picking up for {pt}, showed license {dl}", ""),
    ("new courier van: VIN {vin}, plate {plate}. adding to the fleet insurance", "vehicle"),
    ("van {van} VIN {vin} — Ford recall notice, needs a dealer visit", "vehicle"),
    ("{pt} ({age}) on warfarin + new Paxlovid rx 🚩 call Dr. {doc.l} before we fill", "age"),
    ("mrn {mrn} has 2 active profiles for the same pt, can someone merge", ""),
    ("{mention} what's the copay for MRN {mrn} on {drug}", "bot"),
    ("{pt} (MRN {mrn}) discharged {date} from {dept}, meds to beds delivered", ""),
    ("meds to beds: {pt}, rm {cnt}, d/c {date}, {payer} member {member} — 5 rx", "structured"),
    ("pt {pt} says {pt.her} {rel.kin} {rel.f} will pick up, {rel.she}'ll bring ID", ""),
    ("{rel} (POA) called, wants copies of {pt.f}'s fill history for the lawyer. fax {fax}", "records"),
    ("did anyone ship {pt.l}'s Stelara? tracking says delivered {date} but {pt.she} says there's no box on the porch "
     "at {street}", "delivery complaint"),
    ("Hi team, {pt} (DOB {dob}) is switching from {payer} to {payer2} eff 7/1. new ID {member}", ""),
    ("{pt.lc} says {pt.her} new zip is {zip}, wrong county on the claim", ""),
    ("just fyi {pt.l} lives in {town} now so {courier} can't do same day", "delivery"),
    ("RTS: {pt.inv} never picked up {drug}, filled {date}, returned to stock today", ""),
    ("ok who put {pt}'s DOB ({dob}) in #general 🙃 deleting", "hipaa"),
    ("{pt} {phone} {drug} x2 — out of stock, told {pt.him} Thursday", ""),
    ("rx transfer in from CVS #{store} for {pt}, dob {dob}. CVS pharmacy line {bphone}", ""),
    ("{pt.linv} — DOB {dob} — allergy: sulfa — new rx {drug} {strength}", "structured"),
    ("the {drug} for {pt.mi} has to stay refrigerated on delivery, {pt.she}'s at {addr}", "delivery"),
    ("{pt} wants a callback from a pharmacist, not a tech. {phone} after 5", "callback"),
    ("is {pt} the one with the {cgm} issue? serial {cgmsn}?", "device"),
    ("trying to reach {pt}'s {rel.kin} {rel}, the number on file {phone} is disconnected", ""),
    ("{pt.email} bounced, anyone have another way to reach {pt.f}?", ""),
    ("pt emailed us from {pt.email} asking about {pt.her} {drug} copay, forwarding to {st.f}", ""),
    ("{pt.hon} {pt.l} left a vm at {time}: callback {phone}, re: {drug}", "callback"),
    ("new rx from Dr. {doc.l} for {pt}: {drug}, {payer} needs a PA. DOB {dob}, ID {member}", ""),
    ("Heads up — {pt.l} ({age}) fell in our waiting room {date}, incident report filed, {pt.she}'s ok", "incident"),
    ("the {pt.l} family again... {rel.f} says {pt.f} is out of insulin. rushed a fill, van {plate} dropping at {addr}",
     "delivery"),
    ("{pt.inv} / {dob} / {mrn} / {member}", "structured"),
    ("is there a DOB on file for {pt}? {pt.she} said {dob} but the profile says {dob2}", ""),
    ("{pt} asked us to delete the SSN from {pt.her} profile (last 4 {last4}), can someone w/ admin do it",
     "ssn-topic"),
    ("refund for {pt.l}: routing 011000138, acct {bank}. finance wants it in writing", "money"),
    ("{pt} - Zepbound 5mg, {payer} member {member}, PA key {pa}, approved thru 3/31/26", ""),
    ("{emp.f} in receiving is out for surgery {date}, EH needs {emp.her} FMLA paperwork", "employee-health"),
    ("note to self: call {pt.l} re {drug} refill on {date}, {pt.she} said before noon", "callback"),
    ("corporate card for the {vendor} emergency order: {cc}, exp 11/26. pls delete after", "money"),
    ("fax the signed 222 copy to {fax} attn {st.f}", "cs"),
    ("the new IV hood controller is at {ip}, {st.f} has the admin pw", "it"),
    ("courier van plate {plate} is approved for the loading dock, {courier} sends a different one on weekends",
     "vehicle"),
    ("pharmacy main line {bphone} is going to voicemail, is the phone tree down again?", ""),
    ("{mention} draft a text to {pt.f} saying {pt.her} {drug} is ready for pickup, number {phone}", "bot"),
    ("{mention} rewrite this nicer: \"{pt.hon} {pt.l}, your {payer} plan denied the {drug}. call us at {bphone}\"",
     "bot"),
    ("pls reach out to {pt.emailobf}, {pt.she} doesn't want calls", "evasion"),
    ("{pt.f}'s email is {pt.mailto}", ""),
    ("call {pt.f} back: {tel}", ""),
    ("rep contact: {rep} {rep.mailto} / {btel}", "rep"),
    ("{pt} aka \"{pt.nick}\" — {pt.she} gets confused if we use the full name on the phone. dob {dob}", "nickname"),
    ("{pt.l} ({pt.nick}) is asking about the {drug} shipment again, {pt.she} said {date} was the promised date", ""),
    ("Hi it's {pt.nick} {pt.l}, can you tell the pharmacist my sugar readings are high since the new pen. "
     "my number is {phone} - pasted from a patient text", "patient-text"),
    ("hearing aid serial {hasn} is in {pt.l}'s chart notes, wrong field — should go in the device tab", "device"),
    ("pump SN {pumpsn} for {pt.inv}, {cgm} supplies auth through {payer}", "device"),
    ("{pt.up}\nDOB: {dob}\nMRN: {mrn}\nMBI: {mbi}\nPhone: {phone}\nAddress: {addr}", "structured"),
    ("{pt.f} lives in {town} with {pt.her} {rel.kin}, delivery goes to {rel.f}", "delivery"),
    ("can we ship to {pt.l}'s summer place? {addr}. {pt.she} said {date}-ish", "delivery"),
    ("got a check from {pt} for {price}, acct {har}, memo says 'last copay 🙏'", "money"),
    ("walk-in: {pt.fl}, {age} yo, wants a flu shot + {pt.her} {drug}. ID on file", "age"),
    ("NOTE: {pt} (dob {dob}) is not to receive early refills of {cs} per Dr. {doc.l} — pain contract", "cs"),
    ("did the {mfr} nurse educator call {pt.f}? injection training was scheduled {date}", ""),
    ("{pt} {phone} prefers spanish, pls have {st.f} call", "callback"),
    ("{rel}, {pt}'s {rel.kin}, lives at {addr} — ok to deliver there", "delivery"),
    ("med rec # {mrn} — {pt.f}'s allergy list is wrong, pcn not penicillin lol", "records"),
    ("chart # {mrn}, pt says {pt.she} never got the {drug} delivery {date}", "complaint"),
    ("need subscriber ID for {pt.l}, the card photo is blurry. looks like {member}?", ""),
    ("Medicare beneficiary {pt} - MBI {mbi}, {pt.she}'s asking if part B covers the nebulizer meds", ""),
    ("pt {pt.f} works nights, deliver after 4 to {street}. gate code in notes", "delivery"),
    ("{pt.lc} dob {dob} called abt {drug} copay, said card {copayid} maxed out", "lowercase"),
    ("pls void the {date} fill for {pt.l}, wrong NDC ({ndc})", "ndc"),
    ("{pt}: {drug} {strength}, last fill {date}, next due {date2}, {days}DS", "structured"),
    ("anybody know {pt}? {pt.she} says {pt.she}'s {age} and wants to talk to 'the boss'", "age escalation"),
    ("refill reminder text to {phone} bounced for {pt.l}", ""),
    ("{pt} - wants the {drug} delivered to work instead, {facaddr}. not {pt.her} home address", "delivery"),
    ("stop sending {pt.l}'s mail to {addr}, {pt.she} passed away {date}. {rel.f} ({rel.kin}) called", "records"),
    ("ugh, fax from Dr. {doc.l}'s office for {pt} came through blank. their fax is {fax}, can someone call {bphone}",
     ""),
    ("{pt.lf} DOB {dob} – PA for {drug} denied, appeal due in 30d", ""),
    ("{pt.l} wants to pay by card over the phone: {cc} exp 4/27, will give cvv when we call back", "money"),
    ("someone wrote a full card # on the will-call bag for {pt.f} ({cc}) 😡 shredding it", "money"),
    ("SSN {ssn} is printed on {pt.l}'s old insurance card scan, can we redact the image?", ""),
    ("PAP renewal: {pt}, SSN {ssn}, household of 3, income letter attached", "pap"),
    ("{mention} fill out the foundation form: name {pt}, ssn {ssn}, dob {dob}, dx {icd}", "bot"),
    ("{pt.f} asked for {pt.her} portal link again: {pt.url}", "url"),
    ("tracking page for {pt.l}'s delivery: {pt.url} — says out for delivery since 9", "url delivery"),
    ("restricted: update page for {vip} ({vip.role}) → {vip.url}. do not share outside the team", "vip url"),
    ("{pt}, {dob}, {payer} {member} — needs {drug} by {date} for {pt.her} infusion", ""),
]

CLEAN_TEMPLATES = [
    ("{st.f} can you cover Sat 8-4:30? {st2.f} is off", "calendar"),
    ("P&T moved to {mtgdate} at {time}, {room}", "calendar"),
    ("{vendor} {po} came in short 3 totes, opened {ticket}", ""),
    ("{drug} WAC went up to {price} per carton as of 1/1 😬", ""),
    ("Epic Willow upgrade to {ver} tonight 11p-3a, expect downtime, print the BCA reports", ""),
    ("call the IV room at {ext} if the hood is still down", ""),
    ("Dr. {doc.l}'s NPI is {npi}, the fax form keeps getting kicked back", ""),
    ("is {cpt} billed under medical or pharmacy for {payer}? {st.f} says it changed", ""),
    ("reminder: do NOT paste SSNs, DOBs or MRNs in this channel. use the secure note in Epic", "hipaa ssn-topic mrn-topic"),
    ("the new satellite pharmacy is at {facaddr}, opens {mtgdate}", ""),
    ("we have 23 pts over 90 on the blister pack list now, can we get a second packager?", "age-aggregate"),
    ("Epic MRNs are going to 9 digits with the merge, {st.f} is updating the label template", "mrn-topic"),
    ("lady at window 2 says her copay card isn't working, can an RPh come up front", ""),
    ("lot {lot} of {drug} recalled (class II), pull from the shelves + fridge pls", "recall"),
    ("CII count for {cs}: {cnt} on hand, matches the perpetual ✅", "cs-count"),
    ("222 form #{form222} — who signed for the {vendor} CII tote this morning?", "cs"),
    ("van {van} is in the shop until {day}, {courier} is sending a loaner", "delivery"),
    ("{rep} from {rep.co} is bringing lunch {day}, {room} at noon", "calendar"),
    ("{ex} wants the 340B savings numbers by {mtgdate}", "exec-name"),
    ("{st.f} is on PTO {mtgdate} - {mtgdate2}, {st2.f} covering the PA queue", ""),
    ("ASHP midyear is {mtgdate}–{mtgdate2}, who's going? need names for travel by Friday", ""),
    ("{drug} biosimilar switch goes live {mtgdate}, P&T approved it last month", ""),
    ("zoom for the Vizient call — Meeting ID: {zoom}, passcode in the invite", ""),
    ("printer on the 2nd floor jammed again, put in {ticket}", ""),
    ("{drug} on backorder til mid-{month} per {mfr}", ""),
    ("the 72 y/o on warfarin from this morning — INR came back 2.4, we're fine", ""),
    ("pt at pickup asked if we take GoodRx for {drug}, told her yes for cash pts only", ""),
    ("fridge 3 ({asset}) alarmed at 2:14am, back in range by 2:40. logged it", ""),
    ("DIR fees for {quarter} came in at {price} 😭", ""),
    ("inventory count {day}, please don't receive totes after 3pm", ""),
    ("Dr. {doc.l}'s office keeps sending e-scripts to the {site} site instead of us, I called their MA", ""),
    ("new BIN/PCN for {payer} eff 1/1: BIN {bin}, PCN {pcn}", ""),
    ("group number for the state employee plan changed to {grp}, update the test claim script", ""),
    ("McKesson account card ends in {last4}, exp 09/27 — finance has the rest, don't ask me", "money"),
    ("our ZIP for the DEA renewal paperwork is {faczip}, not the hospital main one", ""),
    ("{st} ({st.title}) starts Monday, pls add to the Teams channel + Pyxis", ""),
    ("{vendor} invoice {inv} is {price} over the PO, disputing", ""),
    ("ScriptPro went to {ver} overnight, vial labels printing fine", ""),
    ("CPT 96372 vs 96401 for the injection clinic? {st.f} says billing changed it in {month}", "cpt"),
    ("ICD-10 for the PA should be {icd} not E11.9, resubmit pls", ""),
    ("Humira pens expiring 08/2025, 6 cartons — can we transfer to {site}?", ""),
    ("who has the key to the CII vault?? {st.f} took it home again 🙄", "cs"),
    ("{mention} can you approve my timecard before {time}", ""),
    ("90-day supply rule for {payer} changed, max 2 fills at retail now", ""),
    ("patients 90+ get the large-print labels by default starting {mtgdate}", "age-aggregate"),
    ("the 340B audit is {mtgdate}, HRSA wants 10 sample claims pulled", ""),
    ("{room} is booked for the compounding training, bring your USP 797 binder", ""),
    ("{st.f}'s last day is Friday 😢 cake in the break room at 3", ""),
    ("Medspeed pickup moves to {time} starting {mtgdate}", ""),
    ("{drug} NDC {ndc} is the new 84-count bottle, update the formulary", ""),
    ("hope the {vendor} order shows up before noon, we're down to 2 boxes of {drug}", ""),
    ("will someone check the price on {drug}? {price} seems wrong for a 30DS", ""),
    ("{ex} ({ex.title}) is touring the pharmacy {day} at {time}, pls clean up the counter", "exec-name"),
    ("{rep.f} from {rep.co} says the new {drug} copay program launches {mtgdate}", ""),
    ("anyone know Dr. {doc}'s new office? the scripts say {dept}", ""),
    ("{st.f} + {st2.f} — nice job on the Joint Commission walkthrough today 🙌", ""),
    ("Reminder: USP 800 competency due by {mtgdate}, link: https://baysidehealth.sharepoint.com/sites/RxOps/USP800", ""),
    ("updated SOP for CS counts is here https://intranet.baysidehealth.org/pharmacy/sops/cs-count", ""),
    ("can we stop using the fax number on the old letterhead? the new template is on SharePoint", ""),
    ("our phone tree is getting rebuilt {day}, questions to {st.f} at {ext}", ""),
    ("{build} of the IVR went in, callback queue seems better", ""),
    ("does anyone have the BIN for {payer}? never mind, it's {bin}", ""),
    ("we processed {cnt} PAs in {quarter}, approval rate {pct} — slides for {ex}", "exec-name"),
    ("{st.f} is training on the {cgm} workflow with {rep} {day}", ""),
    ("received the {vendor} credit memo {inv}, {price}. filing in the AP folder", ""),
    ("new Omnicell firmware {ver} on the CII safe, badge + finger now", "version"),
    ("{courier} said the driver for the {site} route is out {day}, routes may be late", ""),
    ("pts asking about Ozempic shortage — script: 'we're getting partial shipments weekly'", ""),
    ("{mfr} price increase {mtgdate}: avg {pct} on the brand list", ""),
    ("can somebody restock the blue bags + the CII red bags at register 2", ""),
    ("SSN field on the PAP form is optional now per {mfr}, nice", "ssn-topic"),
    ("what's the correct NDC for {drug} {strength}? system has 2", ""),
    ("PA turnaround for {payer} averaging {cnt} hrs this month", ""),
    ("if you see a Medicare Part D rejection 75, call {st.f} not the help desk", ""),
    ("town hall is {mtgdate} at {time} in {room} — {ex} presenting the FY26 budget", "exec-name"),
    ("{vendor} rep {rep} visiting {day}, meeting in {room}", ""),
    ("Hope {st.f} feels better about the schedule 😂 we swapped {day} and Sat", ""),
    ("april schedule posted, {st.f} please check your Sundays", ""),
    ("Rose from {rep.co} says the samples are in transit", ""),
    ("the {site} clinic is at {facaddr}, deliveries go to the loading dock on the side", ""),
    ("ZIP {faczip} is showing the wrong tax rate on OTC sales, ticket {ticket}", ""),
    ("avg age of our specialty pts is {agey}, median copay $40 after cards", ""),
    ("we can't dispense {cs} to anyone without a valid ID — pls remind the weekend crew", "cs"),
    ("tech huddle {day} {time}: CS counts, delivery windows, the new PA tracker", ""),
    ("PO {cnt}-{cnt2} for the compounding hood filters approved by {ex}", "po exec-name"),
    ("the fax server {ver} patch broke inbound faxes from {site}, IT is on it ({ticket})", ""),
    ("can someone double-check the {month} controlled substance inventory — the count sheet for {cs} is blank", ""),
    ("Medicaid retro eligibility question: does MassHealth backdate 90 days? asking for a workflow, no pt", ""),
    ("{drug} {strength} is now preferred on {payer} formulary starting {quarter}", ""),
    ("anyone else's Willow queue frozen? {st.f} rebooted twice", ""),
    ("anyone else getting a 502 on {iurl} this morning?", ""),
    ("please don't put pt names in ticket subjects. use the encounter # in Epic only", "hipaa"),
    ("Patience {st.l} from IT is coming to swap the label printer at {time}", ""),
    ("{rep} said the {drug} hub turnaround is 48h now", ""),
    ("{courier} invoice for {month}: {cnt} stops, {price}", ""),
    ("IV room temp log: {temp}°C at 0700, {temp2}°C at 1500", ""),
    ("pyxis discrepancy report for {dept} is clean for the first time in {month} 🎉", ""),
    ("the courier van plate renewal is with fleet services, not us — {st.f} checked", "vehicle"),
    ("anyone know which registrant category we are on the DEA renewal form? {st.f} did it last time", ""),
    ("{few} pts waiting in the lobby, pls send one more person up front", ""),
    ("how do I look up a copay card member id in the {mfr} portal? asking for the training doc", ""),
    ("Stelara biosimilar (Wezlana) launch pricing {price}, WAC parity?", ""),
    ("{st.f} won the Daisy award for pharmacy!! 🌼", ""),
    ("parking garage closed {mtgdate}, park at {site}", ""),
    ("Sunny {st.l} (the new buyer) wants the backorder list every Monday", ""),
    ("rx volume {day}: {cnt} new, {cnt2} refills, {cnt3} transfers", ""),
    ("is {drug} REMS enrollment needed for the pharmacy or the prescriber or both?", ""),
    ("the IP address question — IT says the robot uses DHCP now, no static config needed", ""),
    ("card reader at register 3 declined 4 cards in a row, {st.f} called the vendor ({ticket})", ""),
    ("{st.f}: 'who moved the CII logbook' 🕵️", ""),
    ("Drew says the fridge alarm battery is dead, swapped it", ""),
    ("please stop leaving the delivery van keys in the drop box, give them to {st.f}", ""),
    ("the Dracut route now goes through {courier}, starting {mtgdate}", ""),
    ("dispensed {cnt} {drug} pens last month, up {pct}", ""),
    ("{mfr} field reimbursement contact changed, {rep} covers our region now", ""),
    ("wholesaler cutoff moved to {time}, orders after that ship next day", ""),
    ("Compounding log audit {mtgdate}: all BUDs assigned correctly, 2 missing initials", "compounding"),
    ("New hire orientation for {st} on {mtgdate}, {room}", ""),
    ("the Salem site's CII safe combo was changed, ask {st.f}", ""),
    ("{drug} {strength} carton price {price}, {vendor} contract price {price2}", ""),
    ("we need a volunteer for the {mtgdate} health fair table at {site} 🙋", ""),
]


def T(tpl, tags):
    return lambda r: (tpl, tags)


# ---- generator frames (lists, tables, threads, pasted e-mails) ----------------------
WINDOWS = L("8-10a|9-12|10-2|12-4|after 3|before noon|anytime|4-7p|AM|PM")
DNOTES = L("sig req|CII - ID check|fridge bag|leave w/ neighbor ok|call on arrival|dog in yard|ring twice|"
           "side door|no sig|cold chain|back porch|text first")


def g_route(r):
    n = r.randint(3, 5)
    head = r.choice(["Van {van} ({plate}) — driver {drv.f} — {day} route",
                     "route sheet for {drv.f}, van plate {plate}", "**{courier} run {day}** van {plate}"])
    rows = ["| # | patient | address | window | notes |", "|---|---|---|---|---|"]
    for i in range(1, n + 1):
        rows.append("| %d | {pt%d} | {addr%d} | %s | %s |" % (i, i, i, r.choice(WINDOWS), r.choice(DNOTES)))
    return head + "\n" + "\n".join(rows), "structured table delivery"


def g_route_clean(r):
    n = r.randint(3, 5)
    rows = ["| van | driver | stops | miles | status |", "|---|---|---|---|---|"]
    for i in range(1, n + 1):
        rows.append("| %d | {drv%d.f} | %d | %d | %s |" % (r.randint(1, 9), i, r.randint(4, 30), r.randint(10, 140),
                                                          r.choice(["done", "late", "on route", "in shop",
                                                                    "loading", "back 3pm"])))
    return r.choice(["delivery board {day}:\n", "end of day fleet status\n", "vans {mtgdate}\n"]) + "\n".join(rows), \
        "table delivery"


def g_pa_queue(r):
    n = r.randint(2, 4)
    rows = ["pt | DOB | drug | payer | member | status"]
    for i in range(1, n + 1):
        rows.append("{pt%d} | {dob%d} | {drug%d} | {payer%d} | {member%d} | %s" % (
            i, i, i, i, i, r.choice(["submitted", "pending info", "denied - appeal", "approved", "need chart notes",
                                     "peer to peer"])))
    head = r.choice(["PA queue as of {time}:\n", "still open PAs 👇\n", "```\n"])
    return head + "\n".join(rows) + ("\n```" if head == "```\n" else ""), "structured table"


def g_pa_clean(r):
    rows = ["| payer | open | approved | denied | avg days |", "|---|---|---|---|---|"]
    for i in range(1, r.randint(3, 5) + 1):
        rows.append("| {payer%d} | %d | %d | %d | %.1f |" % (i, r.randint(0, 40), r.randint(0, 90), r.randint(0, 20),
                                                            r.randint(5, 90) / 10))
    return "PA summary {quarter} for {ex}\n" + "\n".join(rows), "table exec-name"


def g_thread(r):
    lines = [
        "{st.f} [%s]\nanyone know if {pt.l}'s {drug} shipped?" % r.choice(["9:14 AM", "10:02", "2:47 PM"]),
        "{st2.f} [%s]\nyes, tracking {track}. {pt.she} should get it {date}" % r.choice(["9:16 AM", "10:05",
                                                                                        "2:51 PM"]),
        "{st.f}\nok {pt.she} called again, cb {phone}. I'll let {pt.him} know",
    ]
    if r.random() < 0.5:
        lines.append("{st3.f}\nfyi {pt.her} {rel.kin} {rel.f} is the one who usually answers")
    return "\n".join(lines), "thread multiline"


def g_thread_clean(r):
    lines = ["{st.f}: is the {vendor} order in yet?", "{st2.f}: partial, {drug} is backordered til {mtgdate}",
             "{st.f}: ugh ok. can you ask {rep.f} at {rep.co}?", "{st2.f}: already did, {rep.she} said {day}"]
    if r.random() < 0.5:
        lines.append("{st3.f}: I'll update the board in {room}")
    return "\n".join(lines), "thread multiline"


def g_rep_email(r):
    return ("fwd from my inbox:\n\nFrom: {rep} <{rep.email}>\nSent: %s\nTo: {st} <{st.email}>\n"
            "Subject: {drug} access program update\n\nHi {st.f},\nQuick note that the {drug} copay program "
            "terms change {mtgdate}. Happy to do an in-service for your team.\n\nBest,\n{rep}\n{rep.title}, {rep.co}\n"
            "m: {bphone}\n" % r.choice(["Tuesday, March 4, 2025 9:12 AM", "Mon 2/10/2025 3:44 PM",
                                        "Thursday, June 12, 2025 11:03 AM"])), "email multiline rep"


def g_clean_email(r):
    return ("pasted from {vendor} notice:\n---\nSubject: Allocation update — {drug}\n\nDear Valued Customer,\n"
            "Due to continued demand, {drug} {strength} remains on allocation through {month}. Orders above your "
            "allocation will be cut. Questions: contact your account manager.\n---\n{st.f} can you adjust par "
            "levels?"), "email multiline"


def g_cs_sheet(r):
    rows = ["drug | expected | counted | diff"]
    for i in range(1, r.randint(3, 5) + 1):
        e = r.randint(20, 900)
        d = r.choice([0, 0, 0, -1, -2, 1])
        rows.append("{cs%d} | %d | %d | %d" % (i, e, e + d, d))
    return "CII count {mtgdate} ({st.f} + {st2.f})\n" + "\n".join(rows) + r.choice(
        ["\nall reconciled", "\nwill recount the -2 tmrw", "\nsigned off"]), "table cs-count"


def g_cs_disc(r):
    return ("CS discrepancy {cs}\n- expected {cnt}, counted {few} short\n- last 3 dispenses: {pt} ({rxnum}), "
            "{pt2.fl} ({rxnum2}), {pt3.l} ({rxnum3})\n- reported to {st.f}, DEA 106 if not resolved"), \
        "cs-count multiline"


def g_callback_list(r):
    n = r.randint(3, 6)
    items = []
    for i in range(1, n + 1):
        f = r.choice(["{pt%d} {phone%d} re %s", "{pt%d.l} - {phone%d} - %s", "{pt%d.lc} {phone%d} (%s)",
                      "{pt%d.hon} {pt%d.l} {phone%d} %s"])
        reason = r.choice(["copay", "PA status", "delivery time", "refill too soon", "wants RPh", "insurance change",
                           "missing box", "side effects q"])
        if f.count("%d") == 3:
            items.append(f % (i, i, i, reason))
        else:
            items.append(f % (i, i, reason))
    bullet = r.choice(["- ", "• ", "* ", "1. "])
    body = "\n".join((bullet if bullet != "1. " else "%d. " % (k + 1)) + it for k, it in enumerate(items))
    return r.choice(["callbacks from the vm box:\n", "cb list ({day})\n", "**Callbacks**\n"]) + body, \
        "callback multiline"


def g_inventory(r):
    items = ["{drug%d} {strength%d} — %d on hand, par %d" % (i, i, r.randint(0, 40), r.randint(5, 40))
             for i in range(1, r.randint(3, 6) + 1)]
    return "low stock {day}:\n" + "\n".join("- " + x for x in items), "multiline"


def g_bot_record(r):
    return ('{mention} summarize this for the PA letter:\n```\n{{"patient":"{pt}","dob":"{dob}",'
            '"mrn":"{mrn}","member_id":"{member}","drug":"{drug}","dx":"{icd}"}}\n```'), "bot structured"


def g_copay_form(r):
    return ("Copay card enrollment\nPatient: {pt}\nDOB: {dob}\nPhone: {phone}\nEmail: {pt.email}\n"
            "Program: {mfr} Complete\nCard ID: {copayid}  BIN: {bin}  PCN: {pcn}  GRP: {grp}"), \
        "structured multiline"


def g_pap(r):
    return ("PAP checklist — {pt}\n[x] SSN: {ssn}\n[x] household income\n[ ] proof of address ({addr})\n"
            "[ ] signed by {pt.f}"), "pap multiline"


def g_schedule(r):
    rows = ["| shift | {day} | {day2} | {day3} |", "|---|---|---|---|"]
    for s in ["7-3:30", "11-7:30", "on call"]:
        rows.append("| %s | {st%d.f} | {st%d.f} | {st%d.f} |" % (s, r.randint(1, 9), r.randint(1, 9), r.randint(1, 9)))
    return "draft schedule, comments by {mtgdate}\n" + "\n".join(rows), "table calendar"


def g_fridge(r):
    rows = ["unit | asset | AM | PM"]
    for i in range(1, 4):
        rows.append("fridge %d | {asset%d} | {temp%d}°C | {temp%d}°C" % (i, i, i, i + 3))
    return "temp log {mtgdate}\n" + "\n".join(rows), "table"


def g_it_ticket(r):
    return ("{ticket} — label printers not printing\naffected: {ip} (front), {ip2} (specialty)\n"
            "reported by {st.f}, callback {ext}"), "it multiline ticket"


def g_fleet(r):
    rows = ["van | plate | VIN | next service"]
    for i in range(1, r.randint(2, 4) + 1):
        rows.append("%d | {plate%d} | {vin%d} | {mtgdate%d}" % (r.randint(1, 9), i, i, i))
    return "fleet list for the insurance renewal:\n" + "\n".join(rows), "table vehicle"


def g_credential(r):
    rows = []
    for i in range(1, r.randint(2, 4) + 1):
        rows.append("- {st%d} (%s) lic {rphlic%d}, exp %s" % (i, r.choice(["RPh", "PharmD", "RPh"]), i,
                                                              r.choice(["12/31/2025", "6/30/26", "Dec 2025"])))
    rows.append("- {st%d} (CPhT) {ptlic%d}" % (9, 9))
    return "license renewals coming up:\n" + "\n".join(rows), "credentialing multiline"


def g_credential_clean(r):
    return ("license renewals coming up:\n- {st1}: RPh renewal due {mtgdate}\n- {st2}: CPhT, CE hours short (needs 4)\n"
            "- {st3}: sterile compounding cert {month}\n{st4.f} will send the links"), "credentialing multiline"


def g_fax_cover(r):
    return ("FAX\nTo: Bayside Specialty Pharmacy  Fax: {fax}\nFrom: {doc.l} Family Medicine  Phone: {bphone}\n"
            "RE: {pt}  DOB {dob}\nPages: 3\nPlease see attached LMN for {drug}."), "structured multiline records"


def g_agenda(r):
    return ("agenda — pharmacy leads {mtgdate} {time}, {room}\n1. 340B audit prep ({ex})\n2. {drug} biosimilar "
            "rollout\n3. courier contract w/ {courier}\n4. {st.f}: CS count SOP v{few}\nzoom id {zoom}"), \
        "calendar multiline exec-name"


def g_price_table(r):
    rows = ["| NDC | item | WAC | contract |", "|---|---|---|---|"]
    for i in range(1, r.randint(3, 5) + 1):
        rows.append("| {ndc%d} | {drug%d} | {price%d} | {price%d} |" % (i, i, i, i + 10))
    return "price file from {vendor}:\n" + "\n".join(rows), "table money ndc"


def g_pt_text(r):
    return ("{mention} can you make this patient-friendly:\n> Hi {pt.f}, your {drug} was approved by {payer}. "
            "We will deliver on {date} to {street}. Questions? Call {bphone}."), "bot"


def g_bot_clean(r):
    return r.choice([
        "{mention} summarize the new USP 800 hazardous drug list changes in 5 bullets",
        "{mention} draft an email to {rep} at {rep.co} asking for {drug} in-service dates in {month}",
        "{mention} what's the max days supply for {cs} in MA for a new pt?",
        "{mention} make a table of {payer} vs {payer2} PA turnaround for {quarter}",
    ]), "bot"


def g_handoff(r):
    return ("EOD handoff {day}\n- {pt.l} ({mrn}) compound ready, in fridge 2\n- {pt2} waiting on {payer} PA, "
            "{pt2.she} will call back\n- {pt3}'s delivery moved to {date}\n- CII count done, matched\n"
            "- {st.f} out tmrw"), "multiline"


def g_handoff_clean(r):
    return ("EOD handoff {day}\n- 4 compounds in fridge 2, labelled\n- {few} PAs still pending, mostly {payer}\n"
            "- CII count done ({cs} matched)\n- {st.f} out tmrw, {st2.f} opening\n- {vendor} order {po} arrives "
            "{time}"), "multiline"


def g_rep_card(r):
    return ("{rep}\n{rep.title}\n{rep.co}\n{bphone} (office)\n{bphone2} (cell)\n{rep.email}\n\n^ new rep for our "
            "territory, {st.f} pls add to the contacts sheet"), "rep multiline"


def g_mtg_notes_clean(r):
    return ("notes from the {mfr} meeting ({mtgdate})\n* attendees: {st}, {st2}, {rep} ({rep.co})\n"
            "* new hub turnaround 48h\n* copay max $9,100/yr\n* follow up: {st.f} to send volumes by {mtgdate2}"), \
        "calendar multiline"


def g_vip_thread(r):
    return ("{st.f}: VIP alert 🚨 {vip} is here\n{st2.f}: wait, {vip.role}??\n{st.f}: yes. {vip.she}'s {age}, "
            "picking up {vip.her} {drug}. {ex} asked us to walk it out to the car\n{st2.f}: on it"), \
        "vip thread multiline exec-name"


def g_eh_case(r):
    return ("Employee Health referral\nEmployee: {emp}\nDept: Outpatient Pharmacy\nIncident date: {date}\n"
            "Type: hazardous drug spill exposure ({drug})\nSupervisor: {st}"), "employee-health structured multiline"


GEN_PHI = [g_route, g_pa_queue, g_thread, g_rep_email, g_cs_disc, g_callback_list, g_bot_record, g_copay_form,
           g_pap, g_it_ticket, g_fleet, g_credential, g_fax_cover, g_pt_text, g_handoff, g_rep_card, g_vip_thread,
           g_eh_case]
GEN_CLEAN = [g_route_clean, g_pa_clean, g_thread_clean, g_clean_email, g_cs_sheet, g_inventory, g_schedule,
             g_fridge, g_credential_clean, g_agenda, g_price_table, g_bot_clean, g_handoff_clean, g_mtg_notes_clean]

PHI_FRAMES = [T(t, g) for t, g in PHI_TEMPLATES] + GEN_PHI
CLEAN_FRAMES = [T(t, g) for t, g in CLEAN_TEMPLATES] + GEN_CLEAN

EMOJI_SUFFIX = [" 🙏", " 😬", " 🙃", " 👍", " :pill:", " :white_check_mark:", " 🚚", " 😅", " !!", " thx", " ty",
                " pls", " 🙏🏽", " :eyes:"]
PREFIX = ["", "", "", "fyi ", "FYI: ", "quick q — ", "hey ", "Hi all, ", "urgent: ", "^ ", "re: ", ">> "]
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age"}


def make_message(r, frame, want_phi):
    for _ in range(200):
        tpl, tags = frame(r)
        if "\n" not in tpl and r.random() < 0.25:
            tpl = r.choice(PREFIX) + tpl
        if r.random() < 0.14:
            tpl = tpl + r.choice(EMOJI_SUFFIX)
        lower = ("mention" not in tpl and "chan" not in tpl and r.random() < 0.1)
        typo = r.random() < 0.14
        text, spans, ctags = render(tpl, r, lower=lower, typo=typo)
        if bool(spans) != want_phi:
            raise RuntimeError("frame PHI mismatch: %r" % tpl)
        if not checker_ok(text, spans):
            continue
        tagset = []
        for t in tags.split() + sorted(ctags):
            if t not in tagset:
                tagset.append(t)
        for s in spans:
            t = TYPE_TAG.get(s[0])
            if t and t not in tagset:
                tagset.append(t)
        if lower or (text == text.lower() and re.search(r"[a-z]", text)):
            tagset.append("lowercase")
        if "\n" in text and "multiline" not in tagset:
            tagset.append("multiline")
        if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:[a-z_]+:", text) and "emoji" not in tagset:
            tagset.append("emoji")
        if re.search(r"<[@#]|<https?:|<mailto:|<tel:", text) and "slack-markup" not in tagset:
            tagset.append("slack-markup")
        if "|" in text and "---" in text and "table" not in tagset:
            tagset.append("table")
        tagset = [t for t in tagset if t] + ["phi" if spans else "clean"]
        return {"text": text, "spans": [{"type": s[0], "value": s[3]} for s in spans], "tags": tagset}
    raise RuntimeError("could not place spans for %r" % tpl)


def main():
    r = random.Random(SEED)
    kinds = ["phi"] * N_PHI + ["clean"] * N_CLEAN
    r.shuffle(kinds)
    phi_order, clean_order = [], []

    def next_frame(pool, order):
        if not order:
            order.extend(range(len(pool)))
            r.shuffle(order)
        return pool[order.pop()]
    out = []
    for i, k in enumerate(kinds, 1):
        if k == "phi":
            msg = make_message(r, next_frame(PHI_FRAMES, phi_order), True)
        else:
            msg = make_message(r, next_frame(CLEAN_FRAMES, clean_order), False)
        item = {"id": "hz-%04d" % i}
        item.update(msg)
        out.append(item)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for item in out:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("wrote %s: %d messages (%d phi, %d clean), %d frames (%d phi, %d clean)" % (
        OUT, len(out), sum(1 for x in out if x["spans"]), sum(1 for x in out if not x["spans"]),
        len(PHI_FRAMES) + len(CLEAN_FRAMES), len(PHI_FRAMES), len(CLEAN_FRAMES)))


if __name__ == "__main__":
    main()
