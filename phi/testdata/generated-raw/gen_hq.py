#!/usr/bin/env python3
"""Generate a blind PHI-detector evaluation corpus (prefix hq).

Setting: chief of staff to a health-system CEO + hospital foundation (philanthropy).
Writes generated_hq.jsonl next to this script: 700 messages, 385 with PHI, 315 clean.
Standard library only, fixed seed: re-running rewrites the file byte for byte.

Templates: [[TYPE:key]] is a labelled span, {{key}} is unlabelled filler. Keys such as
p.full / f.last / s.first address lazily drawn people; other keys name generators.
Fillers may expand into further markup (e.g. {{PT}} = a varied reference to patient p).
"""
import json, os, re, random, unicodedata

SEED = 20260611
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_hq.jsonl")

# ----------------------------------------------------------------------------- name pools
FEMALE = """Mary Patricia Linda Barbara Elizabeth Margaret Dorothy Eleanor Ruth Helen Frances Jean Joan
Shirley Gloria Evelyn Doris Mildred Rita Theresa Catherine Katherine Anne Judith Carol Janet Nancy
Susan Deborah Denise Donna Maureen Kathleen Colleen Siobhán Bridget Aoife Niamh Hope Faith Grace Joy
June April May Rose Iris Violet Summer Dawn Ruby Pearl Ivy Holly Destiny Skye Crystal Precious Charity
Maria Ana Lucia Guadalupe Carmen Rosa Yolanda Marisol Ximena Inês Conceição Fátima Graça Odete Zélia
Fernanda Thaís Luana Marie-Claire Anne-Marie Mary-Kate Nadège Guerline Fabiola Mirlande Rose-Marie
Yveline Hoa Mai Linh Thuy Ngoc Huong Mei Xiu Yan Jing Hye-jin Soo-ah Ji-woo Min-seo Lakshmi Ananya
Deepa Sunita Farah Ayesha Fatima Zainab Amina Hodan Sahra Ifrah Ngozi Chiamaka Folake Abena Akosua
Efua Yaa Zoë Renée Thérèse Magdalena Agnieszka Katarzyna Olena Oksana Svetlana Natasha Irina Anahit
Lusine Sona Eleni Despina Athena Sophia Giulia Francesca Concetta Rosaria Assunta Carmela Kaori Yuki
Haruka Sokha Chanthy Sreymom Bopha Malee Leilani Maile Tallulah Winona Shoshana Rivka Miriam Esther
Hadassah Tovah Ingrid Astrid Sigrid Beatrix Hazel Mabel Edna Gertrude Agnes Ida Opal Myrtle Bernice
Lois Nell Dolores Imelda Corazon Maricel Rowena Luz Perla Nayeli Itzel Keisha Latoya Shanice Tamika
Ebony Aaliyah Jasmine Dana Robin Leslie Kerry Constance Prudence Mercy Patience Honor Bliss""".split()
MALE = """James John Robert Michael William Richard Joseph Thomas Charles Edward Francis Walter Harold
Raymond Arthur Albert Eugene Ralph Howard Kenneth Gerald Dennis Lawrence Bernard Leonard Stanley
Chester Clarence Earl Norman Theodore Henry Alexander Anthony Giuseppe Salvatore Vincenzo Carmine
Angelo Domenico Will Mark Bill Rich Chase Hunter Grant Frank Miles Gene Sonny Rusty Lance Cliff Dale
Wade Drew Royal King Major Jose José Luis Juan Carlos Jesús Héctor Rafael Ramón Alejandro Joaquim
João Manuel Paulo Fernando Antônio Jean-Pierre Jean-Claude Wilner Fritznel Ernst Duc Minh Tuan Hung
Quang Bao Wei Jian Hao Jun Min-jun Seo-jun Dong-hyun Hyun-woo Rajesh Arjun Vikram Sanjay Anil Imran
Tariq Omar Yusuf Ahmed Mohamed Abdirahman Abdullahi Hassan Chinedu Emeka Oluwaseun Babatunde Kwame
Kofi Yaw Kwabena Dmitri Sergei Oleksandr Bohdan Taras Piotr Tadeusz Łukasz Stanisław Wojciech Aram
Hagop Vartan Nikos Dimitrios Spiros Konstantinos Hiroshi Kenji Takeshi Sovann Vuthy Chhay Somchai
Keoni Kai Moshe Avi Yitzhak Shlomo Lars Sven Björn Nils Cormac Seamus Padraig Declan Ciarán Oisín
Tyrone DeShawn Jamal Darnell Andre Reggie Marcus Malik Casey Jesse Terry Lee Cyril Basil Ambrose
Lucius Otis Virgil Homer Elmer Wilbur Amos Ezra Enzo Mateus Thiago Bruno Rui Nuno""".split()
SURNAMES = """Smith Johnson Brown White Black Young Baker Cook Price Long Wise Hale Bird Fox Love Sparks
Stone Banks Church Moody Winter Marsh Hill Rich Cross Bell Lamb Knight Page Street Sweet Goodwin Payne
Swift Noble Strong Hardy Gentile O'Brien O'Sullivan O'Neill McAllister McCarthy MacDonald Fitzgerald
Sullivan Murphy Kelly Flaherty Donovan Brannigan Quinlan Driscoll Callahan Keane Doherty Walsh
Costello Moriarty D'Angelo DiNapoli Russo Esposito Ferraro LoPresti Caruso Lombardi Mancini Bellini
DeLuca Santangelo Pellegrino Amato Ricci Testa García García-López Rodríguez Martínez Hernández López
González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz
Castillo Vásquez Jiménez Ruiz Mendoza Aguilar Peña Ortega Delgado Medina Vega Suárez Soto Rosario
Batista Almonte Pereira Ferreira Costa Carvalho Rodrigues Almeida Sousa Medeiros Furtado Pacheco
Tavares Andrade Cabral Monteiro Fontes Barros Gonsalves Pierre Pierre-Louis Jean-Baptiste Étienne
Dorvil Desir Louissaint Augustin Toussaint Célestin Nguyen Tran Le Pham Huynh Hoang Phan Vu Dang Bui
Ngo Duong Ly Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Zhu Lin Chan Wong Leung Lau Cheung
Ho Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Seo Shin Kwon Patel Shah Sharma Gupta Iyer Reddy
Nair Menon Desai Mehta Kapoor Chaudhry Malik Qureshi Siddiqui Hussain Khan Rahman Chowdhury Islam
Khoury Nasser Saleh Abboud Al-Masri Mansour Aziz Abdi Warsame Mohamud Osman Abdi-Warsame Okafor
Okonkwo Adeyemi Adebayo Oyelaran Nwosu Eze Mensah Owusu Boateng Asante Osei Appiah Kowalski Nowak
Wiśniewski Wójcik Lewandowski Zieliński Szymański Dąbrowski Kozlov Ivanova Petrov Volkov Sokolov
Shevchenko Bondarenko Kovalenko Melnyk Tkachenko Petrosyan Hovhannisyan Sarkisian Kazanjian Manoogian
Papadopoulos Georgiou Nikolaidis Pappas Demos Karras Tanaka Suzuki Takahashi Watanabe Yamamoto
Nakamura Sok Chea Keo Chhim Prak Phommachanh Vongsavanh Santos Bautista Villanueva Aquino Kahananui
Kealoha Cohen Levy Goldberg Schwartz Katz Friedman Rosenbaum Shapiro Weiss Greenbaum Horowitz Berg
Johansson Andersen Nilsson Larsen Olsen Schmidt Müller Becker Hoffmann Fischer Weber Wagner Jackson
Washington Jefferson Freeman Gaines Battle Mayfield Whitfield Pryor Dumas LaFleur Thibodeau Boucher
Gagnon Leblanc Arsenault Cormier Pelletier Bouchard Ouellette Lloyd-Jones Smith-Okafor Kowalski-Reyes
Hughes-Mbatha Abernathy Pennington Cabot Lowell Saltonstall Endicott Peabody Hathaway Whitaker
Greenleaf Fairbanks Thorndike Crowninshield Ames Coolidge Forbes Bigelow Sedgwick""".split()
MULTI_SURNAMES = ["de la Cruz", "van der Berg", "Dos Santos", "da Silva", "Ní Bhriain", "St. Fleur",
                  "Van Buren", "dela Rosa", "Mac Giolla", "bin Rashid", "De Souza", "Le Blanc",
                  "Nguyen Thi", "Abu Bakr", "del Toro", "ten Brink"]
NICKS = {"Robert": ["Bobby", "Bob", "Rob"], "William": ["Billy", "Bill", "Liam"], "Elizabeth": ["Liz", "Betty", "Beth"],
         "Margaret": ["Peggy", "Maggie", "Meg"], "James": ["Jim", "Jimmy"], "Richard": ["Rick", "Dick"],
         "Katherine": ["Kate", "Kathy"], "Patricia": ["Pat", "Trish"], "Edward": ["Ted", "Eddie"],
         "Theodore": ["Teddy", "Theo"], "Thomas": ["Tom", "Tommy"], "Francis": ["Frank", "Fran"],
         "Joseph": ["Joe", "Joey"], "Anthony": ["Tony"], "Dorothy": ["Dot", "Dottie"], "Eleanor": ["Nell", "Ellie"],
         "Henry": ["Hank"], "Charles": ["Chuck", "Charlie"], "Alexander": ["Sasha", "Alex"],
         "Mohamed": ["Mo"], "Giuseppe": ["Pino", "Joe"], "Francesca": ["Frankie"], "Concetta": ["Connie"],
         "Salvatore": ["Sal"], "Gertrude": ["Trudy"], "Frances": ["Franny"], "Raymond": ["Ray"],
         "Gerald": ["Gerry"], "Lawrence": ["Larry"], "Stanley": ["Stan"], "Walter": ["Wally"],
         "Kathleen": ["Kay", "Kathy"], "Deborah": ["Debbie"], "Susan": ["Sue"], "Bernard": ["Bernie"],
         "Albert": ["Al"], "Harold": ["Hal"], "Margarida": ["Guida"], "Dimitrios": ["Jimmy"],
         "Konstantinos": ["Gus"], "Oleksandr": ["Sasha"], "Jesús": ["Chuy"], "Guadalupe": ["Lupe"],
         "Rosaria": ["Sadie"], "Wojciech": ["Wojtek"], "Catherine": ["Cathy", "Kit"]}

EXECS = {
    "ceo": ["Gwen", "Gwen Ashby-Rao", "Gwen", "GAR", "the CEO", "Ms. Ashby-Rao"],
    "cfo": ["Tobias", "Toby", "Tobias Lindqvist", "the CFO", "Lindqvist"],
    "cmo": ["Dr. Haddad", "Samir", "Dr. Samir Haddad", "the CMO"],
    "cno": ["Lorraine", "Lorraine Kowalczyk", "the CNO", "Lorraine K."],
    "coo": ["Derek", "Derek Mbeki", "the COO", "Mbeki"],
    "gc": ["Priya", "Priya Venkataraman", "Legal (Priya)", "the GC"],
    "fpres": ["Colette", "Colette Duval", "Colette (Foundation)", "the Foundation president"],
    "vpcomm": ["Jordan", "Jordan Pike", "Jordan in comms", "Pike"],
    "chair": ["Harold", "Harold Vance-Whitley", "the board chair", "Mr. Vance-Whitley", "Hal V-W"],
}
EXEC_SURN = {"Ashby-Rao", "Lindqvist", "Haddad", "Kowalczyk", "Mbeki", "Venkataraman", "Duval", "Pike", "Vance-Whitley"}
SURNAMES = [s for s in SURNAMES if s not in EXEC_SURN]

TOWNS = {"Dracut": "01826", "Amesbury": "01913", "Peabody": "01960", "Swampscott": "01907",
         "Marblehead": "01945", "Revere": "02151", "Medford": "02155", "Malden": "02148", "Saugus": "01906",
         "Danvers": "01923", "Newton": "02458", "Brookline": "02445", "Quincy": "02169", "Braintree": "02184",
         "Hingham": "02043", "Milton": "02186", "Needham": "02492", "Wellesley": "02481", "Lowell": "01852",
         "Lawrence": "01841", "Haverhill": "01830", "Methuen": "01844", "Andover": "01810",
         "Chelmsford": "01824", "Billerica": "01821", "Woburn": "01801", "Wakefield": "01880",
         "Melrose": "02176", "Stoneham": "02180", "Winchester": "01890", "Arlington": "02474",
         "Watertown": "02472", "Waltham": "02453", "Somerville": "02143", "Chelsea": "02150",
         "Everett": "02149", "Nahant": "01908", "Salisbury": "01952", "Newburyport": "01950",
         "Ipswich": "01938", "Gloucester": "01930", "Rockport": "01966", "Topsfield": "01983",
         "Boxford": "01921", "Georgetown": "01833", "Manchester-by-the-Sea": "01944", "Lynnfield": "01940",
         "Middleton": "01949", "Tewksbury": "01876", "Nashua": "03060", "Salem NH": "03079",
         "Pawtucket": "02860", "Cranston": "02910", "Seabrook": "03874"}
STREETS = """Larch Tarbox Maple Summer Pleasant Highland Lafayette Essex Chestnut Prospect Hawthorne
Pickering Loring Ocean Atlantic Jefferson Adams Willow Birch Orchard Elm Oak Hancock Cedar Pine Cottage
Union Water Mill Humphrey Puritan Lincoln Franklin Federal Bridge Spring Bay Harbor Forest Walnut
Linden Sagamore Wenham Argilla Turkey Shore Linebrook Topsfield Haverhill Broadway Salem Boston
Cabot Lowell Endicott Phillips Hale Story Bartlet Kernwood Pond Brook Lovejoy Osgood Ward Tremont""".split()
SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Ct", "Way", "Terrace", "Pl", "Circle"]
UNITS = ["6 West", "7 North", "the CCU", "the MICU", "5 South", "8 East (oncology)", "the step-down unit",
         "4 Ellison", "the neuro ICU", "Cardiac ICU", "3 North rehab", "the observation unit", "6 Tower"]
SERVICES = ["cardiology", "cardiac surgery", "oncology", "orthopedics", "neurology", "the Cancer Center",
            "GI", "vascular surgery", "urology", "the Breast Center", "palliative care", "pulmonary",
            "the Heart & Vascular Institute", "geriatrics", "the infusion center", "neurosurgery"]
VENDORS = ["Blackbaud", "Cvent", "Epic", "Feast & Fettle", "Boston Event Rentals", "Classic Party Rentals",
           "Encore AV", "iModules", "DonorSearch", "WealthEngine", "BoardEffect", "Diligent", "Zoom",
           "Max Ultimate Food", "Winston Flowers", "Copley Printing", "Cintas", "Allied Universal",
           "Bay Transportation", "Boston Coach", "Iron Mountain", "Givebutter", "OneCause", "Greater Giving"]
HOTELS = ["the Langham", "the Hotel Commonwealth", "the Hawthorne Hotel", "the Boston Harbor Hotel",
          "the Willard", "the Fairmont Copley", "the Liberty", "the Hyatt Regency O'Hare", "the Ritz-Carlton Naples"]
VENUES = ["the Peabody Essex Museum atrium, 161 Essex St, Salem MA 01970",
          "the Boston Harbor Hotel, 70 Rowes Wharf, Boston, MA 02110",
          "the Hawthorne Hotel ballroom, 18 Washington Square W, Salem MA 01970",
          "Tupper Manor, 100 Hale St, Beverly, MA 01915",
          "the Danversport, 161 Elliott St, Danvers MA 01923",
          "Boston Marriott Long Wharf, 296 State St, Boston, MA 02109"]
FACADDR = ["1200 Harborview Ave, Salem MA 01970", "3 Derby Square, Suite 400, Salem, MA 01970",
           "200 Cummings Center, Beverly MA 01915", "480 Lynnway, Lynn, MA 01901",
           "55 Highland Ave, Salem MA 01970", "81 Highland Ave, Bldg 4, Salem, MA 01970",
           "1 Bayview Way, Peabody MA 01960", "240 Lowell St, Suite 210, Andover, MA 01810"]
BUILDINGS = ["Heart & Vascular pavilion", "new ED", "Cancer Center infusion suite", "family lounge on 6 West",
             "Women's Health center", "healing garden", "NICU family rooms", "simulation lab",
             "behavioral health unit", "chapel renovation", "Tower 2 lobby"]
COMMITTEES = ["finance committee", "quality committee", "campaign cabinet", "gala committee",
              "audit committee", "governance committee", "foundation board", "exec council",
              "philanthropy committee", "compensation committee"]
SOCIETIES = ["1889 Society", "Founders Circle", "Legacy Society", "Harborview Circle", "Nightingale Society"]
CITIES = ["Chicago", "DC", "Nashville", "Naples", "Phoenix", "San Diego", "Orlando", "Denver", "NYC", "Atlanta"]
EMOJI = ["🙏", "👍", "🎉", "😬", "✅", "📅", "👀", "🙌", "❤️", "😅", "🤞", "⚠️", "🚨", "💐", "🥂", "📎", "☕", "🫠"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com", "icloud.com",
                    "hotmail.com", "outlook.com", "me.com", "msn.com", "att.net", "protonmail.com"]
FIRM_DOMAINS = ["fidelity.com", "statestreet.com", "ropesgray.com", "bain.com", "mintz.com",
                "harborcap.com", "northshorebank.com", "ey.com", "kpmg.com", "wellington.com",
                "eatonvance.com", "choate.com", "lpl.com", "edwardjones.com"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Tues", "Thurs"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_W = {90: "ninety"}
FW = {c: chr(0xFF10 + int(c)) for c in "0123456789"}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ordinal(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def spaced(s):
    return " ".join(c for c in s if c.isdigit())


def spelled(s):
    return " ".join(ONES[int(c)] for c in s if c.isdigit())


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------- people
class Person:
    def __init__(self, ctx, need_nick=False):
        for _ in range(200):
            self.g = R.choice("FM")
            if need_nick:
                pool = [n for n in NICKS if n in (FEMALE if self.g == "F" else MALE)]
                if not pool:
                    continue
                self.first = R.choice(pool)
            else:
                self.first = R.choice(FEMALE if self.g == "F" else MALE)
            self.last = R.choice(MULTI_SURNAMES) if R.random() < 0.07 else R.choice(SURNAMES)
            if self.first not in ctx.used and self.last not in ctx.used:
                break
        ctx.used.update([self.first, self.last])
        self.mid = R.choice("ABCDEFGHJKLMNPRSTVW")
        self.nickname = R.choice(NICKS[self.first]) if self.first in NICKS else None
        self.hon = "Mr." if self.g == "M" else R.choice(["Mrs.", "Ms.", "Mrs."])
        self.emailv = None
        self.wemailv = None
        self.bemailv = None

    def _local(self):
        f = re.sub(r"[^a-z]", "", strip_accents(self.first).lower())
        l = re.sub(r"[^a-z]", "", strip_accents(self.last).lower())
        return f, l

    def attr(self, a):
        f, l = self._local()
        if a == "first": return self.first
        if a == "last": return self.last
        if a == "full": return "%s %s" % (self.first, self.last)
        if a == "mi": return "%s %s. %s" % (self.first, self.mid, self.last)
        if a == "inv":
            if R.random() < 0.6:
                return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mid)
            return "%s, %s" % (self.last, self.first)
        if a == "fl": return "%s. %s" % (self.first[0], self.last)
        if a == "nick": return self.nickname or self.first
        if a == "Mr": return self.hon
        if a == "he": return "he" if self.g == "M" else "she"
        if a == "He": return "He" if self.g == "M" else "She"
        if a == "his": return "his" if self.g == "M" else "her"
        if a == "His": return "His" if self.g == "M" else "Her"
        if a == "him": return "him" if self.g == "M" else "her"
        if a == "son": return "son" if self.g == "M" else "daughter"
        if a == "dad": return "dad" if self.g == "M" else "mom"
        if a == "husband": return "husband" if self.g == "M" else "wife"
        if a == "mother": return "father" if self.g == "M" else "mother"
        if a == "vemail":
            return "%s@%s" % (R.choice([f, f + "." + l, f[:1] + l]), R.choice(["feastandfettle.com", "maxultimatefood.com", "winstonflowers.com", "encoreglobal.com", "bostoneventrentals.com", "gourmetcaterers.com"]))
        if a == "mr": return {"Mr.": "mr", "Mrs.": "mrs", "Ms.": "ms"}[self.hon]
        if a == "sib": return "brother" if self.g == "M" else "sister"
        if a == "Dad": return "Dad" if self.g == "M" else "Mom"
        if a == "Son": return "Son" if self.g == "M" else "Daughter"
        if a == "lf": return "%s, %s" % (self.last, self.first)
        if a == "email":
            pat = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}{n}", "{f}_{l0}", "{l}.{f}{n}", "{f}{n}", "{f0}{l}"])
            loc = pat.format(f=f, l=l, f0=f[:1], l0=l[:1], n=R.choice(["", "1", "22", "57", "1948", "63", "88"]))
            return "%s@%s" % (loc, R.choice(PERSONAL_DOMAINS))
        if a == "email_obf":
            loc = R.choice(["%s.%s" % (f, l), "%s%s" % (f[:1], l)])
            dom, tld = R.choice(PERSONAL_DOMAINS).split(".")
            return R.choice(["%s [at] %s [dot] %s", "%s (at) %s (dot) %s", "%s at %s dot %s",
                             "%s AT %s DOT %s"]) % (loc, dom, tld)
        if a == "wemail":
            return "%s@%s" % (R.choice([f[:1] + l, f + "." + l, f]), R.choice(FIRM_DOMAINS))
        if a == "bemail":
            return "%s@bayviewhealth.org" % R.choice([f[:1] + l, f + "." + l])
        if a == "cb":
            return R.choice(["https://www.caringbridge.org/site/%s%s" % (f, l),
                             "https://www.caringbridge.org/visit/%s%s" % (f, l),
                             "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
                             "https://www.caringbridge.org/site/%s-%s/journal" % (f, l),
                             "https://lotsahelpinghands.com/c/%s/%s-%s" % (digits(6, True), f, l)])
        raise KeyError(a)


# ----------------------------------------------------------------------------- generators
def date_fmt(y, m, d, styles, ctx=None):
    st = R.choice(styles)
    if ctx is not None:
        ctx.cache["_hd"] = (y, m, d, st)
    return {
        "m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "m/d/yy": "%d/%d/%02d" % (m, d, y % 100),
        "mm/dd/yyyy": "%02d/%02d/%d" % (m, d, y), "m/d/yyyy": "%d/%d/%d" % (m, d, y),
        "iso": "%d-%02d-%02d" % (y, m, d), "Month d": "%s %d" % (MONTHS[m - 1], d),
        "Mon dth": "%s %s" % (MON3[m - 1], ordinal(d)), "Mon. d": "%s. %d" % (MON3[m - 1], d),
        "Month d, yyyy": "%s %d, %d" % (MONTHS[m - 1], d, y), "d-Mon-yyyy": "%d-%s-%d" % (d, MON3[m - 1], y),
        "mmddyyyy": "%02d%02d%d" % (m, d, y), "d Month": "%d %s" % (d, MONTHS[m - 1]),
        "m-d-yy": "%d-%d-%02d" % (m, d, y % 100), "m.d.yy": "%d.%d.%02d" % (m, d, y % 100),
    }[st]


def g_dob(ctx):
    y = R.randint(1921, 1988); m = R.randint(1, 12); d = R.randint(1, 28)
    return date_fmt(y, m, d, ["mm/dd/yyyy", "m/d/yyyy", "iso", "Month d, yyyy", "d-Mon-yyyy", "mmddyyyy",
                              "m/d/yy", "mm/dd/yyyy", "m/d/yyyy"])


def g_hdate(ctx):
    y = R.choice([2025, 2025, 2026]); m = R.randint(1, 12); d = R.randint(1, 28)
    return date_fmt(y, m, d, ["m/d", "m/d", "mm/dd", "m/d/yy", "mm/dd/yyyy", "iso", "Month d", "Mon dth",
                              "Mon. d", "Month d, yyyy", "d-Mon-yyyy", "m-d-yy", "d Month", "m/d"], ctx)


def g_hend(ctx):
    import datetime
    if "_hd" not in ctx.cache:
        ctx.val("hdate")
    y, m, d, st = ctx.cache["_hd"]
    e = datetime.date(y, m, d) + datetime.timedelta(days=R.randint(2, 24))
    return date_fmt(e.year, e.month, e.day, [st])


def g_mrange(ctx):
    import datetime
    b = datetime.date(2026, R.randint(1, 12), R.randint(1, 26))
    e = b + datetime.timedelta(days=R.randint(1, 9))
    st = R.random()
    if st < 0.35:
        return "%d/%d–%d/%d" % (b.month, b.day, e.month, e.day)
    if st < 0.6 and b.month == e.month:
        return "%s %d–%d" % (MON3[b.month - 1], b.day, e.day)
    if st < 0.8:
        return "%s %d–%s %d" % (MONTHS[b.month - 1], b.day, MONTHS[e.month - 1], e.day)
    return "%d/%d-%d/%d" % (b.month, b.day, e.month, e.day)


def g_bday(ctx):
    m = R.randint(1, 12); d = R.randint(1, 28)
    return date_fmt(2026, m, d, ["Month d", "Mon dth", "m/d", "d Month"])


def g_mdate(ctx):
    m = R.randint(1, 12); d = R.randint(1, 28)
    st = R.random()
    if st < 0.15:
        return "%s %d/%d" % (R.choice(DAYS), m, d)
    if st < 0.25:
        return "the %s" % ordinal(d)
    if st < 0.35:
        return R.choice(DAYS)
    return date_fmt(2026, m, d, ["m/d", "Month d", "Mon dth", "Mon. d", "m/d/yy", "Month d, yyyy", "mm/dd"])


def g_fulldate(ctx):
    return date_fmt(2026, R.randint(1, 12), R.randint(1, 28), ["Month d, yyyy", "m/d/yyyy", "iso"])


def spell_age(n):
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n >= 100:
        return "one hundred" + ("" if n == 100 else " and " + ONES[n - 100])
    return tens[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])


def g_age90(ctx):
    n = R.choice([90, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106])
    if R.random() < 0.22:
        ctx.flags.add("evasion")
        return spell_age(n)
    return str(n)


def g_age90w(ctx):
    ctx.flags.add("evasion")
    return spell_age(R.randint(90, 99))


def g_age(ctx):
    return str(R.randint(41, 89))


def g_mrn(ctx):
    r = R.random()
    v = R.choice([digits(8), digits(7, True), "E" + digits(7), digits(10), "00" + digits(6), digits(9, True)])
    if r < 0.06:
        ctx.flags.update(["evasion", "zero-width"])
        k = len(v) // 2
        return v[:k] + R.choice(["\u200b", "\u2060", "\u00a0"]) + v[k:]
    if r < 0.10:
        ctx.flags.add("evasion")
        return spaced(v) if v[0].isdigit() else v[0] + " " + spaced(v[1:])
    if r < 0.13:
        ctx.flags.update(["evasion", "fullwidth"])
        return fullwidth(v)
    return v


def g_mrn_obf(ctx):
    v = digits(7, True)
    ctx.flags.add("evasion")
    c = R.random()
    if c < 0.35:
        return "%s, %s, %s" % (spelled(v[:3]), spelled(v[3:6]), spelled(v[6:]))
    if c < 0.6:
        ctx.flags.add("zero-width")
        return v[:3] + "\u200b" + v[3:]
    if c < 0.8:
        ctx.flags.add("fullwidth")
        return fullwidth(v)
    return v[:2] + "-" + v[2:4] + "." + v[4:]


AREA = ["617", "781", "978", "508", "857", "339", "351", "413", "603", "401", "212", "646", "305",
        "561", "202", "415", "239", "954", "774", "207"]


def phone_parts():
    return R.choice(AREA), str(R.randint(201, 989)), digits(4)


def g_phone(ctx, obf_ok=True):
    a, e, l = phone_parts()
    r = R.random()
    if obf_ok and r < 0.05:
        ctx.flags.update(["evasion", "fullwidth"])
        return fullwidth("%s-%s-%s" % (a, e, l))
    if obf_ok and r < 0.09:
        ctx.flags.add("evasion")
        return spaced(a + e + l)
    if obf_ok and r < 0.12:
        ctx.flags.update(["evasion", "zero-width"])
        return "%s\u00a0%s\u00a0%s" % (a, e, l)
    fm = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s%s%s",
                   "%s %s %s", "(%s)%s-%s", "1-%s-%s-%s", "%s-%s-%s", "(%s) %s-%s"])
    v = fm % (a, e, l)
    if R.random() < 0.1:
        v += R.choice([" ext. %d", " x%d", " ext %d", ", ext. %d"]) % R.randint(11, 4999)
    return v


def g_phone_obf(ctx):
    a, e, l = phone_parts()
    ctx.flags.add("evasion")
    c = R.random()
    if c < 0.3:
        ctx.flags.add("fullwidth")
        return fullwidth("(%s) %s-%s" % (a, e, l))
    if c < 0.55:
        return "%s, %s, %s" % (spelled(a), spelled(e), spelled(l))
    if c < 0.8:
        return spaced(a + e + l)
    return "%s.%s-%s" % (a, e, l)


def g_phone_nl(ctx):
    a, e, l = phone_parts()
    return "%s-%s-\n%s" % (a, e, l)


def g_tel(ctx):
    if "_tel" not in ctx.cache:
        ctx.cache["_tel"] = phone_parts()
    return ctx.cache["_tel"]


def g_tel_e164(ctx):
    a, e, l = g_tel(ctx)
    return "+1%s%s%s" % (a, e, l)


def g_tel_pretty(ctx):
    a, e, l = g_tel(ctx)
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l)


def g_ssn(ctx):
    a = "%03d" % R.randint(1, 665); b = "%02d" % R.randint(1, 99); c = "%04d" % R.randint(1, 9999)
    r = R.random()
    if r < 0.12:
        ctx.flags.add("evasion"); return a + b + c
    if r < 0.18:
        ctx.flags.add("evasion"); return "%s.%s-%s" % (a, b, c)
    if r < 0.22:
        ctx.flags.update(["evasion", "fullwidth"]); return fullwidth("%s-%s-%s" % (a, b, c))
    if r < 0.27:
        ctx.flags.add("evasion"); return spaced(a + b + c)
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, b, c)


def g_ssn_plain(ctx):
    ctx.flags.add("evasion")
    return "%03d%02d%04d" % (R.randint(1, 665), R.randint(1, 99), R.randint(1, 9999))


def g_hpid(ctx):
    r = R.random()
    if r < 0.3:
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3)) + digits(9)
    if r < 0.5:
        return "W" + digits(9)
    if r < 0.65:
        return digits(9, True) + R.choice(["01", "00", "02"])
    if r < 0.8:
        return g_mbi(ctx)
    return R.choice(["ZGP", "XDJ", "QMA", "BCB"]) + digits(8) + R.choice(["", "01"])


def g_mbi(ctx):
    L = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    A = L + N
    v = R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice(N) + R.choice(L) + R.choice(A) + \
        R.choice(N) + R.choice(L) + R.choice(L) + R.choice(N) + R.choice(N)
    return v if R.random() < 0.5 else "%s-%s-%s" % (v[:4], v[4:7], v[7:])


def g_medicaid(ctx):
    return R.choice([digits(12, True), "1" + digits(11), digits(10, True)])


def g_acct(ctx):
    return R.choice([digits(10, True), "A" + digits(8), digits(9, True), digits(8, True) + "-01",
                     "G" + digits(7), "60" + digits(8)])


def g_bank(ctx):
    return digits(R.choice([9, 10, 11, 12]), True)


def g_routing(ctx):
    return R.choice(["0", "1", "2"]) + digits(8)


def g_dl(ctx):
    return R.choice(["S" + digits(8), "SA" + digits(7), "%s %s %s" % (digits(3, True), digits(3), digits(3)),
                     R.choice("ABDFGN") + digits(7), digits(2) + "".join(R.choice("ABCDEFGHKLMNPRSTVWXYZ") for _ in range(3)) + digits(5)])


def g_dea(ctx):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFM") + R.choice("ABCDEFGHJKLMNPRSTWZ") + "".join(map(str, d)) + str(chk)


def g_lic(ctx):
    return R.choice([str(R.randint(200000, 289999)), "RN" + digits(7, True), digits(6, True),
                     "MD.0" + digits(6), "2" + digits(5), "NP" + digits(6, True), "225." + digits(6)])


VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def g_vin(ctx):
    return R.choice(["1HG", "1FT", "5YJ", "WBA", "JTD", "2T1", "3FA", "1C4", "WDD", "KM8", "5UX", "JN8", "4T1"]) + \
        "".join(R.choice(VINCH) for _ in range(14))


def g_plate(ctx):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return R.choice(["%d%s%s%s%d%d" % (R.randint(1, 9), R.choice(L), R.choice(L), R.choice(L), R.randint(0, 9), R.randint(0, 9)),
                     "%d%s%s %d%d%d" % (R.randint(1, 9), R.choice(L), R.choice(L), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)),
                     "%d%d%d %s%s%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.choice(L), R.choice(L), R.randint(0, 9)),
                     "%s%s%s-%d%d%d%d" % (R.choice(L), R.choice(L), R.choice(L), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)),
                     R.choice(["GOSOX", "DOCMOM", "RNLIFE", "NANA4", "SAILAWY", "LUV2GOLF", "PAPA22"])])


def g_serial(ctx):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return R.choice(["PJN" + digits(6) + "S", "RNL" + digits(6) + "H", "".join(R.choice(L + "0123456789") for _ in range(10)),
                     "G" + digits(1) + "-" + digits(6), "SJM" + digits(7), "BLT" + digits(6), "NWK" + digits(6) + "R",
                     "(01)00643169%s(17)27%02d30(21)PJN%sS" % (digits(6), R.randint(1, 12), digits(6))])


def g_cgm(ctx):
    L = "ABCDEFGHJKLMNPRSTVWXYZ0123456789"
    return R.choice(["".join(R.choice(L) for _ in range(6)), "".join(R.choice(L) for _ in range(10)),
                     "SN" + digits(9), "4" + "".join(R.choice(L) for _ in range(5))])


def g_ptlink(ctx):
    return R.choice(["https://mychart.bayviewhealth.org/MyChart/Visits/VisitDetails?csn=%s" % digits(9, True),
                     "https://portal.bayviewhealth.org/patient/%s/discharge-summary" % digits(8, True),
                     "https://mychart.bayviewhealth.org/MyChart/app/test-results?pid=E%s" % digits(7),
                     "https://bayviewhealth.zoom.us/telehealth/visit?pt=%s&appt=%s" % (digits(8, True), digits(6, True)),
                     "https://mychart.bayviewhealth.org/MyChart/Billing/Details?acct=%s" % digits(10, True)])


def g_ip(ctx):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                     "%d.%d.%d.%d" % (R.choice([73, 24, 98, 66, 108, 174, 71]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x10, 0xfff), R.randint(1, 0xfff)),
                     "fe80::%x:%x:%x:%x" % (R.randint(0x100, 0xffff), R.randint(0x100, 0xffff), R.randint(0x100, 0xffff), R.randint(0x100, 0xffff))])


def _street():
    return "%d %s %s" % (R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 2999)]),
                         R.choice(STREETS), R.choice(SUFFIX))


def _town(ctx):
    if "_town" not in ctx.cache:
        ctx.cache["_town"] = R.choice(list(TOWNS))
    return ctx.cache["_town"]


def g_addr(ctx):
    t = _town(ctx)
    z = TOWNS[t]
    if R.random() < 0.2:
        z += "-" + digits(4)
    st = _street()
    if R.random() < 0.25:
        st += R.choice([" Apt 3B", " Unit 2", " #4", ", Apt. 12", " Unit 105"])
    town = t[:-3] if t.endswith(" NH") else t
    state = "NH" if z.startswith("03") else ("RI" if z[:3] in ("028", "029") else "MA")
    return R.choice(["%s, %s %s %s", "%s, %s, %s %s", "%s, %s %s %s", "%s\n%s, %s %s"]) % (st, town, state, z)


def g_street(ctx):
    return _street()


def g_town(ctx):
    t = _town(ctx)
    return t[:-3] if t.endswith(" NH") else t


def g_zip(ctx):
    z = TOWNS[_town(ctx)]
    return z + ("-" + digits(4) if R.random() < 0.3 else "")


def g_pobox(ctx):
    return R.choice(["PO Box %d", "P.O. Box %d", "PO BOX %d"]) % R.randint(12, 2999)


def g_cc(ctx):
    c = luhn_complete(R.choice(["4", "4", "51", "55", "2221"]), 16)
    return R.choice(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s"]) % (c[:4], c[4:8], c[8:12], c[12:])


def g_amex(ctx):
    c = luhn_complete(R.choice(["34", "37"]), 15)
    return R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (c[:4], c[4:10], c[10:])


# ---- non-PHI fillers
def g_exec(key):
    return lambda ctx: R.choice(EXECS[key])


def g_doc(ctx):
    p = ctx.person("_doc%d" % len(ctx.people))
    return R.choice(["Dr. %s" % p.last, "Dr. %s %s" % (p.first, p.last), "Dr. %s" % p.last])


def g_docl(ctx):
    return ctx.person("_docl%d" % len(ctx.people)).last


def g_time(ctx):
    h = R.choice([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5])
    mm = R.choice([":00", ":30", ":15", ":45", "", ""])
    ap = "pm" if h < 7 or h == 12 else "am"
    return R.choice(["%d%s", "%d%s" + ap, "%d%s " + ap, "%d%s" + ap.upper()]) % (h, mm)


def g_room(ctx):
    return R.choice(["Boardroom A", "the Exec Boardroom", "conf rm 4B", "Derby Sq 4th fl conference room",
                     "the Foundation conference room", "Tower 2, room 1201", "the Harborview Room",
                     "room 310 at Cummings", "the Admin large conf room", "the CEO's office"])


def g_ptroom(ctx):
    return R.choice(["room %d" % R.randint(401, 899), "rm %d" % R.randint(4101, 6230), "bed %d%s" % (R.randint(1, 24), R.choice("AB")),
                     "room %d%s" % (R.randint(3, 8), R.choice(["12", "04", "21", "33"]))])


def g_unit(ctx): return R.choice(UNITS)
def g_service(ctx): return R.choice(SERVICES)
def g_vendor(ctx): return R.choice(VENDORS)
def g_hotel(ctx): return R.choice(HOTELS)
def g_venue(ctx): return R.choice(VENUES)
def g_facaddr(ctx): return R.choice(FACADDR)
def g_building(ctx): return R.choice(BUILDINGS)
def g_committee(ctx): return R.choice(COMMITTEES)
def g_society(ctx): return R.choice(SOCIETIES)
def g_city(ctx): return R.choice(CITIES)
def g_emo(ctx): return R.choice(EMOJI)
def g_day(ctx): return R.choice(DAYS)


def g_zoom(ctx):
    return R.choice(["%s %s %s" % (digits(3, True), digits(4), digits(4)), "%s %s %s" % (digits(3, True), digits(3), digits(4)),
                     digits(11, True)])


def g_passcode(ctx): return R.choice(["Gala2026!", digits(6, True), "bvh" + digits(4), "Board#" + digits(2)])
def g_ext(ctx): return str(R.randint(2000, 7999))


def g_money(ctx):
    return R.choice(["$%dK" % R.choice([5, 10, 25, 50, 75, 100, 150, 250, 500]),
                     "$%sM" % R.choice(["1", "1.2", "1.5", "2", "2.5", "3", "5", "7.5", "10"]),
                     "$%s" % format(R.choice([2500, 5000, 10000, 25000, 48500, 125000, 1000000]), ","),
                     "$%d,%03d" % (R.randint(1, 999), R.randint(0, 999))])


def g_inv(ctx): return R.choice(["INV-%s" % digits(5, True), "%s" % digits(7, True), "INV%s" % digits(6, True), "2026-%s" % digits(4, True)])
def g_po(ctx): return R.choice(["45" + digits(8), digits(7, True), "7" + digits(6), "0" + digits(9)])
def g_ticket(ctx): return R.choice(["INC%s" % digits(7), "RITM%s" % digits(7), "REQ%s" % digits(7), "CHG%s" % digits(7),
                                    "DEL-%s" % digits(4, True), "FDN-%s" % digits(3, True), "HD-%s" % digits(5, True)])
def g_ver(ctx): return R.choice(["v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 9)),
                                 "%d.%d.%d" % (R.randint(1, 17), R.randint(0, 9), R.randint(0, 30)),
                                 "v%d.%d" % (R.randint(2, 9), R.randint(0, 12)), "%d.%d.%d.%d" % (R.randint(5, 6), R.randint(0, 9), R.randint(0, 9), R.randint(1, 99))])
def g_osver(ctx): return R.choice(["iOS 18.%d.%d" % (R.randint(0, 6), R.randint(0, 3)), "iPadOS 17.%d" % R.randint(1, 7), "Windows 11 24H2", "macOS 15.%d" % R.randint(1, 5)])
def g_avvendor(ctx): return R.choice(["Encore AV", "PSAV", "Boston Event AV", "Starlight Productions", "Sound Investment AV"])
def g_rentals(ctx): return R.choice(["Classic Party Rentals", "Boston Event Rentals", "Peak Event Services", "Be Our Guest"])
def g_software(ctx): return R.choice(["Blackbaud", "Cvent", "BoardEffect", "Diligent", "iModules", "DonorSearch", "WealthEngine", "Givebutter", "OneCause"])
def g_tiermoney(ctx): return R.choice(["$10K", "$25K", "$50K", "$100K", "$250K", "$1M", "$5,000", "$25,000"])
def g_namingmoney(ctx): return R.choice(["$750K", "$1M", "$1.5M", "$2M", "$2.5M", "$3M", "$5M", "$10M", "$500,000", "$1,000,000"])
def g_senior(ctx): return str(R.randint(70, 89))
def g_build(ctx): return "%d.%d.%d.%d" % (R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(0, 9), R.randint(1, 40))
def g_npi(ctx): return luhn_complete("1", 10) if R.random() < 0.7 else luhn_complete("12", 10)
def g_cpt(ctx): return R.choice(["33533", "27447", "27130", "33361", "99223", "93458", "45378", "77067", "0345T", "G0438"])
def g_icd(ctx): return R.choice(["I21.4", "I50.9", "C34.90", "J18.9", "N18.6", "Z51.11", "E11.9", "S72.001A", "F32.A", "A41.9"])
def g_uid(ctx): return "<@U%s>" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.choice([8, 9, 10])))
def g_flight(ctx): return R.choice(["UA", "DL", "AA", "B6", "WN", "AS"]) + " " + str(R.randint(100, 2999))
def g_conf(ctx): return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
def g_last4(ctx): return digits(4)
def g_exp(ctx): return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 30))
def g_fy(ctx): return R.choice(["FY2026", "FY27", "FY2027", "FY26", "FY2028"])
def g_q(ctx): return R.choice(["Q1", "Q2", "Q3", "Q4"])
def g_ccode(ctx): return "%s-%s" % (digits(4, True), digits(3))
def g_order(ctx): return R.choice(["SO-%s" % digits(6, True), digits(8, True), "W%s" % digits(9, True)])
def g_tracking(ctx): return R.choice(["1Z%s" % "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)), digits(12, True)])
def g_contract(ctx): return R.choice(["C-%s" % digits(5, True), "MSA-%s-%s" % (R.choice(["2024", "2025", "2026"]), digits(3)), "CTR%s" % digits(6, True)])
def g_batch(ctx): return digits(4, True)
def g_n(ctx): return str(R.randint(100, 99999))
def g_pct(ctx): return "%d%%" % R.randint(3, 97)
def g_count(ctx): return format(R.randint(12, 4800), ",")
def g_year(ctx): return str(R.randint(1979, 2024))
def g_assettag(ctx): return R.choice(["BVH-%s" % digits(6, True), "IT%s" % digits(6, True), "A-%s" % digits(5, True)])
def g_alias(ctx): return R.choice(["Bluebird", "Patient Harbor", "Mr. Gray", "Ms. Lighthouse", "Cardinal", "Sandpiper", "Mr. Oak"])
def g_intranet(ctx):
    return R.choice(["https://intranet.bayviewhealth.org/exec/gala-2026",
                     "https://bayviewhealth.sharepoint.com/sites/Foundation/Shared%20Documents/Gala/seating_v7.xlsx",
                     "https://intranet.bayviewhealth.org/policies/gift-acceptance",
                     "https://bayviewhealth.sharepoint.com/sites/ExecOffice/BoardBooks",
                     "https://intranet.bayviewhealth.org/learning/hipaa-2026",
                     "https://bayviewfoundation.org/gala", "https://www.bayviewhealth.org/news/heart-pavilion"])
def g_boardlink(ctx): return "https://bayview.boardeffect.com/workrooms/%d/" % R.randint(1000, 1999)
def g_zoomlink(ctx): return "https://bayviewhealth.zoom.us/j/%s" % digits(11, True)
def g_restaurant(ctx): return R.choice(["Mooo", "Ostra", "the Capital Grille", "Sea Level", "Ledger", "Mistral", "Turner's Seafood", "the Bancroft"])
def g_facility(ctx): return R.choice(["Bayview Medical Center", "Bayview North", "the Lynn campus", "our Salem site", "Bayview Andover", "the Peabody ambulatory center"])


def g_PT(who):
    def f(ctx):
        forms = ["[[NAME:{p}.full]]", "[[NAME:{p}.full]]", "{{{{{p}.Mr}}}} [[NAME:{p}.last]]", "[[NAME:{p}.mi]]",
                 "[[NAME:{p}.full]]", "[[NAME:{p}.fl]]", "{{{{{p}.Mr}}}} [[NAME:{p}.full]]"]
        return R.choice(forms).format(p=who)
    return f


GEN = {
    "dob": g_dob, "hdate": g_hdate, "hend": g_hend, "mrange": g_mrange, "small": lambda ctx: str(R.randint(2, 14)), "zeros": lambda ctx: R.choice(["0,000", "5,000", "0,500"]),
    "smallmoney": lambda ctx: "$%s" % format(R.randint(180, 9800), ",") + R.choice(["", ".00", ".%02d" % R.randint(1, 99)]),
    "bigmoney": lambda ctx: "$%dM" % R.randint(38, 141), "midmoney": lambda ctx: "$%s" % format(R.choice(range(4000, 61000, 500)), ","), "bday": g_bday, "mdate": g_mdate, "fulldate": g_fulldate,
    "oldage": g_age90, "oldagew": g_age90w, "age": g_age, "mrn": g_mrn, "mrnobf": g_mrn_obf,
    "phone": g_phone, "phoneobf": g_phone_obf, "phonenl": g_phone_nl, "tele": g_tel_e164, "telp": g_tel_pretty,
    "ssn": g_ssn, "ssnplain": g_ssn_plain, "hpid": g_hpid, "mbi": g_mbi, "medicaid": g_medicaid,
    "acct": g_acct, "bank": g_bank, "routing": g_routing, "dl": g_dl, "dea": g_dea, "lic": g_lic,
    "vin": g_vin, "plate": g_plate, "serial": g_serial, "cgm": g_cgm, "ptlink": g_ptlink, "ip": g_ip,
    "addr": g_addr, "street": g_street, "town": g_town, "zip": g_zip, "pobox": g_pobox, "cc": g_cc, "amex": g_amex,
    "doc": g_doc, "docl": g_docl, "time": g_time, "room": g_room, "ptroom": g_ptroom, "unit": g_unit,
    "service": g_service, "vendor": g_vendor, "hotel": g_hotel, "venue": g_venue, "facaddr": g_facaddr,
    "building": g_building, "committee": g_committee, "society": g_society, "city": g_city, "emo": g_emo,
    "day": g_day, "zoom": g_zoom, "passcode": g_passcode, "ext": g_ext, "money": g_money, "inv": g_inv,
    "po": g_po, "ticket": g_ticket, "ver": g_ver, "osver": g_osver, "avvendor": g_avvendor, "rentals": g_rentals, "software": g_software, "tiermoney": g_tiermoney, "namingmoney": g_namingmoney, "senior": g_senior, "build": g_build, "npi": g_npi, "cpt": g_cpt, "icd": g_icd,
    "uid": g_uid, "flight": g_flight, "conf": g_conf, "lastfour": g_last4, "exp": g_exp, "fy": g_fy, "q": g_q,
    "ccode": g_ccode, "order": g_order, "tracking": g_tracking, "contract": g_contract, "batch": g_batch,
    "n": g_n, "pct": g_pct, "count": g_count, "year": g_year, "assettag": g_assettag, "alias": g_alias,
    "intranet": g_intranet, "boardlink": g_boardlink, "zoomlink": g_zoomlink, "restaurant": g_restaurant,
    "facility": g_facility, "cooname": lambda ctx: R.choice(["Derek Mbeki", "Derek"]), "PT": g_PT("p"), "QT": g_PT("q"), "FT": g_PT("f"),
}
for _k in EXECS:
    GEN[_k] = g_exec(_k)


class Ctx:
    def __init__(self, template):
        self.cache = {}
        self.people = {}
        self.used = set()
        self.flags = set()
        self.template = template

    def person(self, name):
        if name not in self.people:
            need_nick = (name + ".nick") in self.template
            self.people[name] = Person(self, need_nick)
        return self.people[name]

    def val(self, key):
        if key in self.cache:
            return self.cache[key]
        if "." in key:
            who, a = key.split(".", 1)
            v = self.person(who).attr(a)
        else:
            base = re.sub(r"\d+$", "", key)
            v = GEN[base](self)
        self.cache[key] = v
        return v


TOK = re.compile(r"\[\[([A-Z_]+):([A-Za-z0-9_.]+)\]\]|\{\{([A-Za-z0-9_.]+)\}\}")


def expand(tpl, ctx, segs, depth=0):
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        if m.group(1):
            segs.append((ctx.val(m.group(2)), m.group(1)))
        else:
            v = ctx.val(m.group(3))
            if "[[" in v or "{{" in v:
                expand(v, ctx, segs, depth + 1)
            else:
                segs.append((v, None))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


# ============================================================================= PHI frames
# (tags, template). Every PHI frame yields at least one span.
PHI = [
# --- VIP admissions / patient relations
("vip", "Heads up: a trustee's {{p.mother}}, {{PT}}, came up from the ED overnight and is on {{unit}}. {{ceo}} would like to stop by around {{time}} — please keep it off the shared calendar."),
("vip structured multiline", "*VIP admission notice*\nName: [[NAME:p.inv]]\nMRN: [[MRN:mrn]]\nDOB: [[DATE:dob]]\nAdmitted: [[DATE:hdate]]\nUnit: {{unit}}, {{ptroom}}\nNotes: former trustee; family asks that only {{p.his}} daughter [[NAME:f.first]] visit."),
("vip structured", "can you tell security [[NAME:p.full]] is a VIP admit today? {{p.his}} driver will be in a black suburban, plate [[VEHICLE_ID:plate]]"),
("vip date", "{{ceo}} wants flowers sent to [[NAME:p.full]] in {{ptroom}} — {{p.he}} had {{p.his}} hip replaced on [[DATE:hdate]]. Card: \"Wishing you a speedy recovery, from all of us at Bayview.\""),
("vip date", "{{p.Mr}} [[NAME:p.last]] is going home [[DATE:hdate]]. Gift office would love a handwritten note from {{ceo}} before then {{emo}}"),
("vip", "FYI the family asked us not to announce anything, but [[NAME:p.full]] is in {{unit}}. Please don't put {{p.his}} name in the board update."),
("vip age", "Patient relations flagged that {{PT}} ([[AGE:oldage]]) on {{unit}} is a longtime donor. Can someone from the foundation send a card?"),
("complaint escalation", "Complaint came in to {{ceo}}'s inbox from [[NAME:f.full]], {{f.son}} of [[NAME:p.full]] (MRN [[MRN:mrn]]). Says the call light went unanswered on [[DATE:hdate]]. Routing to patient relations — can you draft a holding reply?"),
("complaint phone", "{{f.Mr}} [[NAME:f.last]] called the exec office again about {{f.his}} mother's bill. Callback [[PHONE:phone]], acct [[ACCOUNT_NUMBER:acct]]. Wants the CEO, not billing."),
("vip structured", "For the chart flag: [[NAME:p.mi]], MR# [[MRN:mrn]], confidential/VIP status requested by {{cmo}}. Use alias \"{{alias}}\" on the unit whiteboard."),
("escalation date", "{{uid}} [[NAME:p.full]]'s {{f.son}} is in the main lobby asking for {{ceo}} — upset that {{p.he}}'s been boarding in the ED since [[DATE:hdate]]."),
("vip", "Is [[NAME:p.full]] still inpatient? {{ceo}} wants to visit before the {{committee}} meets"),
("vip phone", "pt [[NAME:p.last]] in {{ptroom}} — {{p.his}} {{f.husband}} is [[NAME:f.full]], cell [[PHONE:phone]]"),
("vip lowercase", "who's covering the [[NAME:p.last]] family?? they're in the lobby again asking for gwen"),
("vip date", "[[NAME:p.full]] dob [[DATE:dob]]"),
("vip structured", "MRN [[MRN:mrn]] is the VIP — please flag in Epic before {{cmo}} rounds."),
("vip date", "The donor's {{p.mother}} — [[NAME:p.full]] — was admitted [[DATE:hdate]] with a stroke. {{g.first}} is holding off on the ask for now."),
("vip age", "{{p.Mr}} [[NAME:p.last]] is [[AGE:oldage]] and still drives {{p.him}}self to dialysis three times a week {{emo}}"),
("vip multiline", "Rounding list for {{ceo}} tomorrow:\n• [[NAME:p.full]] — {{unit}}\n• [[NAME:q.full]] — {{unit2}}\n• {{r.Mr}} [[NAME:r.last]] — ICU, family at bedside"),
("vip", "(re: [[NAME:p.first]]) family is fine with a visit after 4. {{ceo}} can go straight from the {{committee}}."),
("vip structured", "Patient: [[NAME:p.inv]]"),
("vip", "Re the [[NAME:p.last]] family — they'd like to meet {{cmo}} about their {{p.dad}}'s care before discharge."),
("vip", "[[NAME:p.full]] (\"[[NAME:p.nick]]\" to everyone on {{unit}}) is going home today! Nurses asked if {{ceo}} can come for the send-off."),
("vip date", "Blocked 30 min Thu for {{ceo}} to visit [[NAME:p.full]] (ICU, admitted [[DATE:hdate]]). Do NOT put the name in the Outlook title."),
("vip calendar", "Outlook title should just say \"rounding\", not \"visit [[NAME:p.full]]\". Can you fix the invite {{uid}}?"),
("vip date", "MRI moved to [[DATE:hdate]] for the trustee's {{p.husband}}, [[NAME:p.full]]. Transport at 7:15, {{ceo}} wants a text when {{p.he}}'s back."),
("vip", "International VIP: [[NAME:p.full]] arrives for surgery with {{doc}}. Passport spelling is [[NAME:p.inv]]. Needs an Arabic interpreter and a suite near {{unit}}."),
("vip phone date", "Concierge note: [[NAME:p.full]] (party of 4) needs a hotel near campus for treatment starting [[DATE:hdate]]. Family cell [[PHONE:phone]]."),
("vip date", "k so [[NAME:p.first]] was d/c'd [[DATE:hdate]], thank you note can go out now"),
("vip age", "pls dont forward — [[NAME:p.full]] admitted overnight, [[AGE:oldage]] y/o, CHF. board chair's aunt."),
("vip", "can someone get me [[NAME:p.last]]'s room # im walking over w {{ceo}}"),
("vip", "wait is {{p.Mr}} [[NAME:p.last]] the one who gave the $2M for the cancer center?? {{p.he}}'s in the ED rn"),
("vip date", "lol the bot put [[NAME:p.full]]'s dob ([[DATE:dob]]) in the meeting invite. deleting now"),
("vip structured", "replying in thread: confirmed w/ registration — [[NAME:p.full]], MRN [[MRN:mrn]]. Moved to {{ptroom}}."),
("vip age multiline", "> which family is it?\nThe [[NAME:p.last]]s. {{p.Dad}} is [[NAME:p.first]], [[AGE:oldage]]. {{f.Son}} [[NAME:f.first]] is the one who called {{ceo}}."),
("vip", "Security: please add [[NAME:f.full]] and [[NAME:f2.full]] to the approved visitor list for [[NAME:p.full]]. Nobody else, per the family."),
("vip license", "Security desk: visitor [[NAME:f.full]] for the patient in {{ptroom}}, DL [[LICENSE_NUMBER:dl]], is banned per {{cno}}. Please alert the front desk."),
("vip", "Restraining order on file — do not allow [[NAME:f.full]] on {{unit}} to see [[NAME:p.first]]."),
("vip phone", "ugh the [[NAME:p.last]] daughter called AGAIN, 3rd time today. she wants a callback from {{ceo}} at [[PHONE:phone]]"),
("vip date", "Heads up, the mayor's {{p.dad}} ([[NAME:p.full]]) is scheduled for a cath on [[DATE:hdate]]. {{vpcomm}} says expect press calls."),
("vip", "{{uid}} can you check whether [[NAME:p.full]] opted out of the directory? The front desk is getting calls."),
# --- grateful patient referrals
("referral phone date", "Grateful patient referral from {{doc}}: [[NAME:p.full]], seen in clinic [[DATE:hdate]], wants to talk about a gift to {{service}}. Cell [[PHONE:phone]]."),
("referral structured multiline", "GP referral form\nPatient: [[NAME:p.full]]\nReferring MD: {{doc}}\nService: {{service}}\nLast visit: [[DATE:hdate]]\nPhone: [[PHONE:phone]]\nEmail: [[EMAIL:p.email]]\nNotes: very happy with care, asked about naming opportunities"),
("referral date", "{{doc}} mentioned that [[NAME:p.full]] (post-CABG, discharged [[DATE:hdate]]) asked how to give back. {{g.first}}, can you take this one?"),
("referral lowercase age phone", "dr {{docl}} says her pt {{p.mr}} [[NAME:p.last]] wants to fund something for the infusion center. {{p.he}}'s [[AGE:oldage]] and sharp as a tack lol. number is [[PHONE:phone]]"),
("referral address date", "Can we add [[NAME:p.full]] to the grateful patient pipeline? Treated by {{doc}} in {{service}}, visit date [[DATE:hdate]]. Address on file: [[ADDRESS:addr]]."),
("referral email date", "Forwarding from {{doc}}: \"My patient [[NAME:p.full]] ([[EMAIL:p.email]]) would love to meet the team that took care of {{p.him}}. {{p.He}} was here [[DATE:hdate]]–[[DATE:hend]].\""),
("referral structured", "{{g.first}} — the referral you logged for [[NAME:p.last]] is missing the MRN. It's [[MRN:mrn]] per {{doc}}'s office."),
("referral address", "wealth screen came back on [[NAME:p.full]] (grateful pt, {{service}}). lives in [[ADDRESS:town]], rated $1M+. who's the MGO?"),
("referral age", "[[NAME:p.full]], [[AGE:oldage]], just finished rehab with us and wants to endow a nurse fellowship in {{p.his}} late {{f.husband}} [[NAME:f.first]]'s name."),
("referral date", "Per policy gift officers only get department + dates of service. So for [[NAME:p.full]]: {{service}}, [[DATE:hdate]]. That's all {{g.first}} needs."),
("referral", "{{doc}} just pinged me: [[NAME:p.fl]] wants to thank the {{unit}} nurses with a gift. Can a gift officer call {{p.him}} next week?"),
("referral email", "New GP lead via the website form — [[NAME:p.full]], <mailto:[[EMAIL:p.email]]|[[EMAIL:p.email]]>, says {{doc}} \"saved {{p.his}} life\" in {{service}}."),
("referral multiline date", "Referral batch from {{service}} this week:\n1. [[NAME:p.full]] — seen [[DATE:hdate]]\n2. [[NAME:q.full]] — seen [[DATE:hdate2]]\n3. [[NAME:r.full]] — seen [[DATE:hdate3]]\nAll three OK'd contact by {{doc}}."),
("referral date", "Thank-you letter for [[NAME:p.full]]'s gift should reference {{p.his}} stay [[DATE:hdate]] to [[DATE:hend]] — {{p.he}} asked us to. Compliance ok'd."),
("referral phone", "{{g.full}} left a VM for [[NAME:p.full]] at [[PHONE:phone]] — no answer yet. {{doc}} says {{p.he}}'s back for chemo next week."),
("referral zip", "grateful pt [[NAME:p.last]] moved — new ZIP is [[ADDRESS:zip]], can you update RE before the appeal mails?"),
("referral lowercase", "fyi [[NAME:p.first]] from {{doc}}'s panel said yes to a coffee w/ {{fpres}}, maybe 2nd week of next month"),
("referral", "Do we know if [[NAME:p.full]] is the same person as the {{d.last}} Trust donor? {{doc}} referred {{p.him}} after {{p.his}} valve surgery."),
("referral age", "[[NAME:p.full]] turns [[AGE:oldage]] next month and wants {{p.his}} birthday gift to go to {{service}}. Lovely story for the newsletter if {{p.he}} signs a release."),
# --- employee health (colleague as patient)
("employee-health date", "[[NAME:e.full]] from comms had surgery on [[DATE:hdate]] and will be out about six weeks. Can we send something from the exec team?"),
("employee-health", "fyi [[NAME:e.first]] (EA for {{coo}}) is in the ED after a fall in the garage this morning. {{e.He}}'s ok, but can someone cover {{coo}}'s 2pm?"),
("employee-health date", "Occupational health needs the date of injury for [[NAME:e.full]]'s claim: DOI [[DATE:hdate]], slipped at the valet stand during gala load-in."),
("employee-health date", "[[NAME:e.first]] asked me to keep it quiet but {{e.he}} starts chemo [[DATE:hdate]]. Let's take the auction binder off {{e.his}} plate."),
("employee-health date", "Keep this in the small channel: [[NAME:e.full]] (gift officer, West region) is having a procedure [[DATE:hdate]] and will be out a week. Don't put the reason on the team calendar."),
("employee-health", "Please don't mention it in the all-staff, but [[NAME:e.full]] was admitted to {{unit}} last night. {{e.His}} partner asked for privacy."),
("employee-health date", "HR needs [[NAME:e.full]]'s FMLA dates: [[DATE:hdate]] through [[DATE:hend]]. Backfill for the gala registration desk TBD."),
("employee-health exec-name date", "Very confidential: [[NAME:cooname]] is having a procedure on [[DATE:hdate]]. Block his calendar and tell people he's at an offsite."),
# --- structured billing / insurance / SSN
("structured", "Billing escalation for a board member's relative: guarantor [[NAME:f.inv]], HAR [[ACCOUNT_NUMBER:acct]], member ID [[HEALTH_PLAN_ID:hpid]]. {{cfo}} wants a status by EOD."),
("structured", "MBI for [[NAME:p.full]] is [[HEALTH_PLAN_ID:mbi]] — registration had it wrong, which is why the claim bounced."),
("structured", "{{p.Mr}} [[NAME:p.last]]'s MassHealth ID is [[HEALTH_PLAN_ID:medicaid]]; financial counseling thinks {{p.he}} qualifies for free care."),
("structured", "Reg pasted the wrong SSN into [[NAME:p.full]]'s account — it should be [[SSN:ssn]]. HIM is fixing the merge."),
("structured lowercase evasion", "ssn is [[SSN:ssnplain]] for the vip pt [[NAME:p.last]], dont put it in the ticket"),
("structured multiline", "From the registration screen (sorry, need help with this one):\nPt: [[NAME:p.inv]]\nDOB: [[DATE:dob]]\nSSN: [[SSN:ssn]]\nPlan: BCBS MA, member [[HEALTH_PLAN_ID:hpid]], group 004471\nGuarantor acct: [[ACCOUNT_NUMBER:acct]]"),
("structured", "The {{d.last}} Foundation is covering [[NAME:p.full]]'s balance as a gift. Patient account [[ACCOUNT_NUMBER:acct]], total {{smallmoney}}. {{cfo}} needs to sign off."),
("structured", "Subscriber ID [[HEALTH_PLAN_ID:hpid]] (policy holder: [[NAME:f.full]], the patient's {{f.husband}}). Group # 88120 is the employer plan, not the patient's."),
("structured", "Can PFS put a hold on statements for [[NAME:p.full]]? HAR [[ACCOUNT_NUMBER:acct]]. The family is meeting with {{fpres}} about a gift and this is awkward."),
("structured date", "Charity care app for [[NAME:p.full]] — DOB [[DATE:dob]], Medicaid [[HEALTH_PLAN_ID:medicaid]], visit [[DATE:hdate]]. Trustee asked us to expedite."),
("structured", "{{d.full}} is wiring the pledge payment from a personal account, [[ACCOUNT_NUMBER:bank]], ABA {{routing}}. Please confirm receipt with finance."),
("structured", "Refund check for [[NAME:p.full]] (acct [[ACCOUNT_NUMBER:acct]]) went to the old address. New one: [[ADDRESS:addr]]."),
# --- devices, links, IP, vehicles, licences, cards
("structured", "[[NAME:p.full]]'s pacemaker (serial [[DEVICE_ID:serial]]) is on the recall list — {{cmo}} wants to call {{p.him}} personally since {{p.he}}'s a major donor."),
("structured", "trustee's grand{{p.son}} [[NAME:p.first]] has an insulin pump, SN [[DEVICE_ID:serial]], that needs replacing before the gala trip. can the diabetes center help?"),
("structured", "[[NAME:p.full]]'s Dexcom transmitter [[DEVICE_ID:cgm]] stopped syncing again. {{p.His}} {{f.son}} emailed {{ceo}} directly, can someone from endo call?"),
("structured", "Hearing aid left in {{room}} after the donor breakfast — audiology says serial [[DEVICE_ID:serial]] belongs to their patient [[NAME:p.full]]."),
("url", "The family set up a CaringBridge for [[NAME:p.full]]: [[URL:p.cb]] — {{ceo}} would like to post a note."),
("url slack-markup", "Here's the MyChart link the family sent by mistake: <[[URL:ptlink]]|visit summary> — please delete it from the channel."),
("url", "[[URL:ptlink]] ← this is [[NAME:p.last]]'s discharge summary, why is it in #foundation-gala??"),
("url", "Can comms share [[URL:p.cb]] in the donor newsletter? The page is public but it's still {{p.his}} health info, so I'd say no."),
("ip", "Someone logged into the portal as [[NAME:p.full]] from [[IP_ADDRESS:ip]] at 2am and downloaded records. Privacy office is investigating."),
("vehicle", "[[NAME:p.full]]'s family is parked in the ED ambulance bay, plate [[VEHICLE_ID:plate]]. Security wants it moved — can we give them a garage pass?"),
("vehicle", "Valet: patient [[NAME:p.full]]'s car, VIN [[VEHICLE_ID:vin]], was dinged in our garage during {{p.his}} admission. Risk management has the claim."),
("license credentialing", "Credentialing still needs {{doc}}'s DEA ([[LICENSE_NUMBER:dea]]) and state license [[LICENSE_NUMBER:lic]] before the board votes on privileges {{mdate}}. NPI {{npi}} is already verified."),
("license credentialing", "{{doc}}'s MA license [[LICENSE_NUMBER:lic]] lapses {{mdate}} — MEC won't renew privileges without it."),
# --- addresses, deaths, tribute gifts
("address date", "Please mail the condolence card to [[NAME:f.full]] at [[ADDRESS:addr]]. {{f.His}} {{p.husband}} [[NAME:p.first]] passed in our ICU on [[DATE:hdate]]."),
("date", "[[NAME:p.full]] passed away [[DATE:hdate]]. {{p.He}} was a {{society}} member — please suppress from the gala mailing and the annual fund appeal."),
("address", "Returned mail for [[NAME:p.full]] — new address per patient registration is [[ADDRESS:street]] in [[ADDRESS:town]], zip [[ADDRESS:zip]]."),
("address date", "Send the get-well basket to [[NAME:p.full]]'s home, not the hospital: [[ADDRESS:addr]]. {{p.He}} was discharged [[DATE:hdate]]."),
("address", "[[NAME:p.full]] wants all foundation mail to go to [[ADDRESS:pobox]] — {{p.his}} daughter handles it since the stroke."),
("address", "Tribute gift came in honoring [[NAME:p.full]] from {{p.his}} nephew [[NAME:f.full]], $500. Acknowledgment to the family at [[ADDRESS:addr]]."),
("address", "Memorial gifts in memory of [[NAME:p.full]] — acknowledgments go to {{p.his}} widow, [[NAME:f.full]], [[ADDRESS:addr]]."),
("date", "Naming gift: the family of the late [[NAME:p.full]] (died here [[DATE:hdate]]) wants the {{building}} named for {{p.him}}."),
("date", "Obit says [[NAME:p.full]] died [[DATE:hdate]] at Bayview after a short illness. Please pull {{p.him}} from the gala invite list before it mails."),
("address", "{{p.Mr}} [[NAME:p.last]] lives in [[ADDRESS:town]] now with {{p.his}} son, so the home visit from {{doc}} is a 40-min drive."),
("address lowercase", "pt's home is [[ADDRESS:street]], [[ADDRESS:town]] — hospice is meeting the family there"),
("address multiline", "Card should go to:\n[[NAME:f.full]]\n[[ADDRESS:addr]]\n({{f.son}} of [[NAME:p.full]], who was on {{unit}} last month)"),
# --- assistant bot requests
("bot date", "@Assistant draft a note from {{ceo}} to [[NAME:p.full]] thanking {{p.him}} for the kind words about {{unit}} after {{p.his}} stay [[DATE:hdate]]–[[DATE:hend]]. Warm, three sentences."),
("bot", "/assistant move my 3pm with {{s.full}} — I need to go see [[NAME:p.full]] in the CCU."),
("bot email", "bot: email [[NAME:f.full]] at [[EMAIL:f.email]] and tell {{f.him}} {{ceo}} will call tomorrow about {{f.his}} father's care."),
("bot phone date", "Assistant, remind me Friday to call {{p.Mr}} [[NAME:p.last]] ([[PHONE:phone]]) to see how {{p.his}} post-op appt on [[DATE:hdate]] went."),
("bot", "{{uid}} can you fill the thank-you template: [[NAME:p.full]], gift $25,000, in honor of nurse {{s.full}} who cared for {{p.him}} on {{unit}} last spring."),
("bot date", "@Assistant schedule 15 min for {{cmo}} to call [[NAME:f.full]] about {{f.his}} mom's surgery on [[DATE:hdate]]. Any time before noon."),
("bot", "Assistant: summarize this for {{ceo}} in 2 lines — \"[[NAME:p.full]] fell in the bathroom on {{unit}}, family furious, wants a meeting\""),
("bot email", "/draft reply to [[EMAIL:p.email]]: thank {{p.him}} for the donation and say we're glad {{p.he}}'s home and recovering"),
("bot lowercase date", "hey bot add to gwen's cal: call w/ [[NAME:p.full]] re {{p.his}} surgery [[DATE:hdate]], 10 min, mark private"),
("bot multiline", "@Assistant write a get-well card message.\nTo: [[NAME:p.first]] and family\nFrom: {{ceo}} and the Bayview Foundation\nTone: personal, {{p.he}} just finished radiation"),
("bot date", "Assistant, find a time {{day}} for {{ceo}} to visit [[NAME:p.full]] before {{p.his}} discharge on [[DATE:hdate]]."),
# --- forwarded texts
("forwarded multiline phone date", "Forwarding a text {{ceo}} got last night:\n> hi it's [[NAME:f.first]], [[NAME:p.first]]'s {{f.son}}. {{p.dad}}'s been on {{unit}} since [[DATE:hdate]] and no one will tell us anything. pls call me [[PHONE:phone]]"),
("forwarded age", "Fwd from a trustee: \"My neighbor [[NAME:p.full]] is in your ER, [[AGE:oldage]] yrs old, been waiting 6 hrs. Can someone help?\""),
("forwarded", "Text from [[NAME:f.first]]: \"Thank you for taking such good care of my {{p.sib}} [[NAME:p.first]] — {{p.he}}'s home and bossing everyone around 😂\""),
("forwarded email", "fwd'ing from {{chair}}: \"please have someone reach [[NAME:f.full]] ([[EMAIL:f.email]]), {{f.his}} mother is in your ICU and she's out of state\""),
("forwarded multiline", "----- Forwarded message -----\nFrom: [[NAME:f.full]] <[[EMAIL:f.email]]>\nSubject: my father [[NAME:p.full]]\n\nHe was discharged too early and is back in the ED. I want to speak to the CEO."),
# --- media / comms
("media date", "Globe reporter asking about [[NAME:p.full]], the Lynn firefighter admitted [[DATE:hdate]]. {{vpcomm}}: we confirm nothing unless {{p.he}}'s in the directory."),
("media structured", "Channel 5 wants a condition update on [[NAME:p.full]] (the boating accident). Reg shows MRN [[MRN:mrn]] opted out of the directory, so no comment."),
("media date", "comms q: family of [[NAME:p.full]] wants a press moment for {{p.his}} discharge on [[DATE:hdate]]. they signed the authorization. who approves, {{vpcomm}} or legal?"),
("media age", "Draft post: \"[[NAME:p.full]], [[AGE:oldage]], celebrated {{p.his}} birthday with the {{unit}} team today!\" Family consented, photo release on file."),
("media", "Photo release for the gala video is signed by [[NAME:p.full]] and {{p.his}} {{f.husband}} [[NAME:f.full]]. {{doc}} will be in the shot too."),
("media age", "Guest of honor at the gala is [[NAME:p.full]], a [[AGE:oldage]]-year-old heart patient of {{doc}}. Comms has the signed release."),
("media", "{{vpcomm}} wants to know if we can name [[NAME:p.full]] in the press release about the first TAVR at {{facility}}. Need the HIPAA authorization first."),
# --- quality, legal, records
("records date", "Subpoena received for records of [[NAME:p.full]], DOB [[DATE:dob]], dates of service [[DATE:hdate]] to [[DATE:hend]]. {{gc}} is handling."),
("records phone", "[[NAME:f.full]] (POA for [[NAME:p.full]]) wants copies of everything. Fax to [[PHONE:phone]], attn HIM."),
("records structured", "Privacy office says the screenshot with [[NAME:p.full]]'s MRN ([[MRN:mrn]]) has to be deleted from #exec-office and reported."),
("records date age", "Quality event for the board summary: patient fell [[DATE:hdate]], [[AGE:oldage]] years old, {{unit}}. Please strip the age and date before it goes in the packet."),
("records", "The draft board packet has a patient name on slide 14 ([[NAME:p.full]], MR# [[MRN:mrn]]). Can quality swap it for \"Patient A\" before it goes out?"),
("records structured", "Serious safety event summary: [[NAME:p.inv]], chart # [[MRN:mrn]], wrong-site block. {{cmo}} and {{gc}} briefing the CEO at {{time}}."),
("records date", "Legal hold on [[NAME:p.last]] — everything from admission [[DATE:hdate]] on. That includes Slack, so please don't delete this thread."),
("records", "Guardian for [[NAME:p.full]] is [[NAME:f.full]] per the court order; {{gc}} has the paperwork."),
# --- gala / events with patients
("gala date", "Seat [[NAME:p.full]] near the exit — {{p.he}}'s in a wheelchair since {{p.his}} fall on [[DATE:hdate]]."),
("gala", "Table 12 swap: {{d.full}} out, [[NAME:p.full]] in. FYI {{p.he}}'s still on chemo, so not near the band or the buffet."),
("gala vehicle", "Valet list for the gala: {{d.full}} — [[VEHICLE_ID:plate]]; {{d2.full}} — [[VEHICLE_ID:plate2]]; {{b.full}} — [[VEHICLE_ID:plate3]]."),
("gala age", "Our oldest donor turns [[AGE:oldage]] next month — {{d.full}}. Card from {{ceo}}?"),
("gala", "Speaker for the mission moment: [[NAME:p.full]], the trauma patient from last summer, and {{p.his}} {{f.dad}} [[NAME:f.first]]. {{doc}} will introduce them."),
("gala date", "Patient story for the paddle raise is [[NAME:p.first]] — sorry, [[NAME:p.full]] — transplant [[DATE:hdate]]. Release signed."),
# --- exec office admin with conservative types
("business-contact phone email", "New caterer contact for the gala: {{v.full}}, [[PHONE:phone]], [[EMAIL:v.vemail]]."),
("business-contact email slack-markup", "{{d.full}}'s assistant is {{a.full}} — <mailto:[[EMAIL:a.wemail]]|[[EMAIL:a.wemail]]>, direct [[PHONE:phone]]."),
("credit-card", "Bot, book {{ceo}} on {{flight}} to {{city}} {{mdate}}, aisle. Use the corporate Amex [[CREDIT_CARD:amex]]."),
("credit-card", "Card on file for the hotel hold got declined. Try the P-card: [[CREDIT_CARD:cc]], exp {{exp}}."),
("ip", "Board portal locked {{b.full}} out — the log shows three failed logins from [[IP_ADDRESS:ip]]. Can IT whitelist it?"),
("ip version", "{{s.first}}'s VPN keeps dropping on {{ceo}}'s iPad. IP [[IP_ADDRESS:ip]], app {{ver}}. Ticket {{ticket}}."),
("business-contact phone", "{{cfo}}'s new cell is [[PHONE:phone]] — he asked me to update the exec contact sheet."),
("vehicle", "Parking citation for the exec fleet car, VIN [[VEHICLE_ID:vin]]. Facilities wants the form by Friday."),
("license", "Need {{s.full}}'s driver's license # for the car rental in {{city}}: [[LICENSE_NUMBER:dl]]."),
("business-contact phone slack-markup", "Dial-in for the donor call: <tel:[[PHONE:tele]]|[[PHONE:telp]]>, no passcode. {{fpres}} will open."),
("business-contact email", "Send the pledge agreement to {{d.full}}'s attorney, {{a.full}}: [[EMAIL:a.wemail]]. cc {{gc}}."),
("business-contact phone", "Front desk at {{hotel}} for {{ceo}}'s stay: [[PHONE:phone]]. Confirmation {{conf}}."),
("ip", "ip for the board retreat wifi printer is [[IP_ADDRESS:ip]] if anyone needs it"),
("business-contact email", "New hire {{s.full}} (Director of Major Gifts) — email is [[EMAIL:s.bemail]], starts {{mdate}}."),
("credit-card", "{{s.first}}, the gala sponsor paid by card over the phone: [[CREDIT_CARD:cc]]. Please run it and delete this message."),
("business-contact phone", "If the florist is late call {{v.first}} directly: [[PHONE:phone]] (cell, not the shop)."),
# --- obfuscation / evasion
("evasion fullwidth phone", "{{p.Mr}} [[NAME:p.last]]'s daughter left her number on the contact form: [[PHONE:phoneobf]]"),
("evasion email", "email for the family is [[EMAIL:f.email_obf]] — {{f.he}} typed it that way on purpose"),
("evasion structured", "{{p.his}} MRN is [[MRN:mrnobf]], pt name [[NAME:p.full]]"),
("evasion structured lowercase", "med rec # [[MRN:mrnobf]] — thats the one {{ceo}} asked about this am"),
("evasion age", "Family says [[NAME:p.first]] is [[AGE:oldagew]] and would love a visit from {{ceo}} before the gala."),
("evasion structured", "SSN [[SSN:ssn]], name [[NAME:p.full]] — sent to me by the trustee, I've asked him to stop texting this stuff."),
("multiline phone", "callback for the daughter is [[PHONE:phonenl]] ([[NAME:f.first]])"),
("evasion email", "{{p.Mr}} [[NAME:p.last]] said to use [[EMAIL:p.email_obf]] for the tax receipt, not the hospital portal."),
# --- misc real-world short ones
("date", "[[NAME:p.full]] has a f/u with {{doc}} on [[DATE:hdate]]; {{ceo}} wants to say hi. Her calendar is free 2–3 that day."),
("name", "Is [[NAME:p.full]] related to the donor {{d.full}}? {{g.first}} wants to know before the cultivation visit."),
("date", "note for file: [[NAME:p.full]] admitted [[DATE:hdate]], {{service}}, family = major donors, no solicitation until 90 days post-discharge"),
("name lowercase", "is [[NAME:p.first]] still on {{unit}} or did {{p.he}} go to rehab already"),
("date", "[[NAME:p.lf]] — DOB [[DATE:dob]] — that's the one the trustee emailed about"),
("phone", "{{uid}} the number for [[NAME:p.full]]'s {{f.son}} is [[PHONE:phone]] if {{cmo}} wants to call back himself"),
("date", "surgery for [[NAME:p.full]] pushed from [[DATE:hdate]] to [[DATE:hend]]; {{ceo}}'s visit moves too"),
("name", "sorry, wrong channel — meant to ask nursing about [[NAME:p.full]] 🙈"),
("name", "*Confidential* — [[NAME:p.full]] is in {{ptroom}}. Only {{ceo}}, {{cno}} and I know. Please keep it that way."),
("date phone", "Apt reminder for [[NAME:p.full]]: [[DATE:hdate]] 9:40 with {{doc}}. Text confirmations go to [[PHONE:phone]]."),
("name", "Thread: {{uid}} asked who \"[[NAME:p.first]]\" is in the gift notes — it's the patient from {{unit}}, [[NAME:p.full]]. Not a donor yet."),
("name date", "the [[NAME:p.last]] family wants {{ceo}} at the memorial on {{mdate}}; {{p.he}} passed [[DATE:hdate]] after 3 wks in our ICU"),
]

# ============================================================================= clean frames (hard negatives)
CLEAN = [
("calendar exec-name", "Can you move {{ceo}}'s 1:1 with {{cfo}} from {{mdate}} at {{time}} to {{mdate2}} at {{time2}}? {{room}} is booked."),
("calendar exec-name", "Board packet for the {{mdate}} meeting is due in the portal by 5pm {{day}}. {{chair}} wants the {{fy}} capital slides up front."),
("money", "Pledge from the {{d.last}} Family Foundation came in: {{money}} over 5 years, first installment due {{mdate}}. Naming for the {{building}} pending board approval."),
("facility-address", "Gala venue is {{venue}}. Load-in at 2, doors at 6:30, {{ceo}} speaks at 8:15."),
("ext", "If the valet line backs up, call the security desk at x{{ext}}."),
("ticket version", "Opened {{ticket}} for {{ceo}}'s Outlook — calendar sync broke after the {{ver}} update."),
("po money", "PO {{po}} for the florist is approved. Invoice {{inv}} ({{smallmoney}}) should be coded to cost center {{ccode}}."),
("npi", "For the physician spotlight, {{doc}}'s NPI is {{npi}} — comms wants it for the find-a-doctor link."),
("cpt icd", "Board quality dashboard: CPT {{cpt}} volumes up {{pct}}, and sepsis ({{icd}}) readmissions down to 8.1% for {{q}}."),
("age-aggregate", "Stat for the annual report: we cared for {{count}} patients 90+ last year, and 38% of our volunteers are over 70."),
("mrn-topic ticket", "Epic upgrade: MRNs go to 10 digits on {{mdate}}. Any report that truncates MRN needs to be fixed — see {{ticket}}."),
("ssn-topic", "Reminder: never put SSNs in Slack. If a donor sends one for a stock gift, forward it to {{g.full}} by secure email."),
("zip-like money", "Spring appeal drop: {{count}} pieces, sorted by ZIP3 (019, 018, 021). Postage came in at {{midmoney}}."),
("hipaa calendar", "HIPAA refresher is due {{mdate}} for everyone in the exec suite. Link: https://intranet.bayviewhealth.org/learning/hipaa-2026"),
("exec-name", "{{cmo}} presents the quality report, {{cno}} has the staffing update, {{coo}} covers the garage project. {{cfo}} closes with {{fy}} budget."),
("calendar", "Zoom for the {{committee}}: {{zoom}}, passcode {{passcode}}."),
("calendar", "Flight for {{ceo}}: {{flight}} departs BOS 7:05a {{mdate}}, conf {{conf}}, seat 3C. Car at 5:15."),
("calendar money", "Hotel hold at {{hotel}} for {{cfo}}, {{mrange}}, conf #{{conf}}. Card ending {{lastfour}}."),
("version", "The board portal app is on {{ver}}; {{chair}} is still on an old iPad, build {{build}}. IT will update it {{day}}."),
("age-aggregate exec-name", "{{d.full}} is {{senior}} and still chairs the campaign cabinet — let's recognize {{d.him}} at the gala."),
("calendar", "90-day pledge reminder letters go out {{mdate}}; {{g.first}} will sign the major gift ones."),
("calendar", "Moved the {{committee}} to {{room}}; the projector in {{room2}} is dead again."),
("money exec-name", "{{d.full}} confirmed the {{namingmoney}} naming gift for the {{building}}. {{fpres}} will call to thank {{d.him}} {{day}}."),
("gala", "Table assignments so far: {{d.full}} (T1), {{d2.full}} (T1), {{b.full}} (T2), {{s.full}} (staff, T14)."),
("media", "WBZ wants {{cmo}} for a segment on flu season, {{day}} at {{time}}. {{vpcomm}} approved, prep doc in the drive."),
("facility-address", "Mail the signed agreement to Bayview Health Foundation, {{facaddr}}, Attn: {{g.full}}."),
("ext", "Front desk for the exec suite is ext. {{ext}}; the foundation main line forwards there after 5."),
("bot", "@Assistant draft an email to {{d.full}} thanking {{d.him}} for hosting the cultivation dinner on {{mdate}}. Mention {{ceo}} and the new {{building}}."),
("bot", "/remind me to send {{chair}} the {{q}} financials at 9am tomorrow"),
("po", "Order #{{order}} from {{rentals}} (table linens) ships {{mdate}}; tracking {{tracking}}."),
("money", "Invoice {{inv}} from {{avvendor}}: {{midmoney}} for AV. Net 30, approver is {{cfo}}."),
("calendar", "New gift acceptance policy is effective {{fulldate}}; the board approved it {{mdate}}."),
("calendar", "Car service confirmation #{{conf}}, pickup {{time}} at {{hotel}}. Driver will text the EA line when he's out front."),
("money", "Gala net {{money}} vs goal {{money2}}. {{fy}} target is up 8% — {{fpres}} wants to talk about it {{day}}."),
("calendar exec-name", "{{s.full}} is out {{mrange}} (vacation). {{s2.full}} covers {{ceo}}'s calendar."),
("exec-name", "{{doc}} (cardiology) and {{doc2}} (ortho) will host the grateful patient tour on {{mdate}}."),
("npi credentialing", "Credentialing checklist: NPI, DEA, state license, board cert. {{doc}}'s file is complete except CME."),
("icd", "Coding update: {{icd}} encounters roll into oncology's dashboard starting {{q}}."),
("lowercase calendar", "can u move my 2pm w/ {{s.first}} to thurs, and tell {{cfo}} im running 10 late"),
("short", "thx! {{emo}}"),
("short", "lol the gala deck still says FY2025 on slide 3"),
("version", "Release notes: Raiser's Edge NXT build {{build}}, Cvent app {{ver}}. Nothing breaking for us."),
("calendar", "Zoom {{zoom}} for the board retreat prep, {{day}} {{time}}."),
("facility-address", "Facilities moved the donor wall install to the lobby outside {{room}}; signage proof due {{mdate}}."),
("facility-address", "Our Salem site opens in {{q}}; the Beverly clinic moves to 200 Cummings Center, Suite 310, Beverly MA 01915."),
("calendar exec-name", "{{ceo}} is speaking at the AHA Leadership Summit {{mdate}}; abstract due {{mdate2}}."),
("calendar", "Cultivation lunch with {{d.full}} and {{d2.full}} at {{restaurant}}, {{mdate}} 12:30. {{g.first}} is prepping the briefing memo."),
("hipaa", "Reminder from compliance: grateful patient referrals go through the form, never Slack. Gift officers only get department and dates of service."),
("slack-markup multiline", "*Action items* from today:\n1. {{s.first}} — finalize run of show\n2. {{g.first}} — call {{d.full}}\n3. {{uid}} — confirm AV with {{avvendor}}"),
("slack-markup", "Updated seating chart: <{{intranet}}|gala seating v7>"),
("slack-markup", "Packet is live: <{{boardlink}}|{{mdate}} board book>. {{chair}} has already commented on tab 4."),
("emoji", "{{rentals}} just confirmed the ice sculpture 🧊🎉"),
("bot calendar", "Assistant, find 45 min next week for {{ceo}}, {{cfo}} and {{chair}} — no Mondays, nothing before 8."),
("calendar multiline", "Tomorrow for {{ceo}}:\n7:30 exec huddle ({{room}})\n9:00 {{d.full}} — campaign update\n11:00 {{committee}}\n1:00 lunch w/ {{chair}}\n3:30 call with {{vendor}}"),
("exec-name", "ED volumes at {{facility}} hit 312 yesterday; {{coo}} wants a huddle at 7:30."),
("calendar", "The {{mdate}} board meeting moved to {{mdate2}}. Please update the Zoom and the catering order."),
("hipaa exec-name", "Do we need a BAA with {{software}} if they only see donor names? {{gc}} says yes if they touch grateful patient lists."),
("age-aggregate", "12 VIP admits this quarter, 3 of them over 90. {{cno}} wants to review the VIP policy at the next exec council."),
("money", "Wealth screening batch #{{batch}} finished: {{count}} records, 212 rated $100K+."),
("ticket", "Contract {{contract}} with {{software}} renews {{mdate}}; auto-renew clause is in section 8.2."),
("calendar", "Reserved spots 1–6 in Garage B level P2 for board members {{mdate}}."),
("calendar exec-name", "{{ceo}} lands 11:40 PT, so the 3:00 ET call with {{cfo}} has to move."),
("exec-name", "{{doc}} can't make the donor tour — surgery is running late {{day}}. {{doc2}} will cover."),
("calendar exec-name", "Discharge lounge ribbon cutting is {{mdate}} at 10; {{ceo}} and {{d.full}} will cut the ribbon."),
("money", "The {{d.last}} Pavilion naming agreement: {{namingmoney}}, signage by {{mdate}}. {{gc}} has redlines."),
("short", "The chapel turns 90 this year — comms wants a little feature for the newsletter."),
("money", "{{d.full}} first gave in {{year}} and has given every year since. {{society}} induction at the gala."),
("ext", "Call me at x{{ext}} when you're out of the board meeting"),
("ticket", "Badge request REQ{{n}} for the new EA {{s.full}}, start date {{mdate}}."),
("version ticket", "Asset tag {{assettag}} (the CEO's laptop) needs re-imaging — {{ticket}}."),
("thread", "↳ +1, and can we add {{s.first}} to the invite?"),
("forwarded", "Fwd from {{d.first}}: \"Running 15 min late, start without me!\""),
("money", "{{d.full}} and {{d2.full}} moved up to the {{society}} ({{tiermoney}}+). Letters from {{ceo}} this week."),
("emoji", "Congrats to {{s.full}} on 25 years at Bayview! 🎉"),
("calendar", "New hire: {{s.full}}, Director of Major Gifts, starts {{mdate}}. Desk is on Derby Sq 4."),
("age-aggregate", "Press Ganey scores for {{unit}} hit the 90th percentile in {{q}}."),
("age-aggregate", "Average age of our Legacy Society members is {{senior}}; median gift {{midmoney}}."),
("cpt", "{{cmo}} wants the gala video to mention TAVR and the new Watchman program, no patient stories this year."),
("exec-name", "Census at 97% and 14 boarders in the ED; {{ceo}} may cancel the donor lunch {{day}}."),
("po", "Cost center {{ccode}}, GL 71200 for the gala catering. {{cfo}}'s office needs it on the PO."),
("ticket", "Print job #{{n}} for the board books is stuck on the 3rd floor printer again."),
("lowercase", "pls dont put the gala on gwen's cal as private, the board needs to see it"),
("calendar", "Reminder: gala committee {{mdate}} at {{time}}, {{room}}. Agenda in the drive."),
("exec-name", "{{chair}} asked whether {{d.full}} would consider joining the foundation board. {{fpres}} thinks {{d.he}}'d say yes."),
("money", "Matching gift from {{d.last}} & Co. arrived: {{smallmoney}}. Receipt goes to the company, not the employee."),
("calendar", "Can you hold {{mdate}} 6–9pm for the {{society}} reception at {{hotel}}? {{ceo}} and {{fpres}} both attending."),
("media", "Reporter from Modern Healthcare wants 15 min with {{ceo}} on the {{facility}} expansion. {{vpcomm}} says {{day}} works."),
("calendar exec-name", "{{gc}} needs 20 min with {{ceo}} before the {{committee}} — something about the {{software}} contract."),
("money", "Year-end: {{count}} gifts processed, {{money}} total. Thank-you calls start {{mdate}}."),
("bot", "/assistant summarize the last 3 emails from {{avvendor}} about the gala AV quote"),
("bot", "Assistant, draft talking points for {{ceo}}'s toast at the {{society}} dinner — {{d.full}} is being honored for {{d.his}} {{namingmoney}} campaign gift."),
("calendar lowercase", "running late, pls tell {{s.first}} to start the {{committee}} without me"),
("thread", "replying here so it doesn't get lost: the {{mdate}} deadline for board bios is firm"),
("facility-address", "Parking for the donor tour: use the visitor garage at 55 Highland Ave, Salem MA 01970, level 3."),
("facility-address zip-like", "The Andover clinic is 240 Lowell St, Andover MA 01810 — the invitations had the wrong ZIP (01801)."),
("money", "Campaign total as of today: {{bigmoney}} of the $150M goal. {{chair}} wants a thermometer graphic for the gala."),
("exec-name", "{{coo}} and {{cno}} will both be at the town hall at {{facility}} {{day}}; {{ceo}} joins by Zoom."),
("calendar", "Can we get the {{committee}} on {{mdate}} instead? {{d.full}} is traveling the week of {{mdate2}}."),
("ticket", "{{ticket}}: the BoardEffect sync keeps failing for 3 trustees. Vendor case {{n}}."),
("version", "Cvent mobile app {{ver}} crashes on check-in; rolling back to the previous build before the gala."),
("money", "Auction results: {{midmoney}} on the Nantucket weekend, {{midmoney2}} on the chef's dinner. Paddle raise ${{small}}{{zeros}}."),
("gala", "Gala run of show v{{small}}: cocktails 6:00, seated 7:15, mission moment 8:00, paddle raise 8:20, dancing 9."),
("calendar exec-name", "{{b.full}} can't make the {{mdate}} board meeting; {{b.he}}'ll dial in. Quorum is still fine."),
("exec-name", "Please add {{b.full}} and {{b2.full}} to the executive committee distribution list."),
("hipaa", "Friendly reminder — no patient names or MRNs in this channel. Use the secure referral form instead."),
("emoji", "{{ceo}} loved the donor video 🙌 — {{vpcomm}}, please share the final cut with the board."),
("ssn-topic", "W-9 question from {{vendor}}: they want our EIN, not anyone's SSN. Finance has it."),
("mrn-topic", "The grateful patient report should never include MRN or DOB columns — just department and service month."),
("calendar", "Holiday party is {{mdate}} at {{restaurant}}. RSVP by {{mdate2}}."),
("money", "Employee giving campaign hit {{pct}} participation — best since {{year}}."),
("calendar", "Exec council moved to {{time}} on {{day}}; {{room}} again."),
("exec-name", "{{doc}} is the new chief of surgery starting {{mdate}}. Welcome note from {{ceo}} goes out {{day}}."),
("calendar", "Pls send the {{q}} board dashboard to {{chair}} before {{mdate}}. The {{fy}} budget vote is that night."),
("typo", "can someone check if the {{rentals}} contract was signd? {{gc}} asked twice"),
("lowercase", "no rush but when u get a sec can u send me the {{committee}} minutes from {{mdate}}"),
("calendar", "{{ceo}}'s birthday lunch for the EAs is {{mdate}} — I'll order from {{restaurant}}."),
("money", "Reimbursement for {{s.full}}'s {{city}} trip: {{smallmoney}}, expense report {{n}}."),
("calendar", "Block {{ceo}} {{mdate}} 8–10 for the site visit at {{facility}}; {{coo}} is driving."),
("media", "Embargoed: the {{money}} gift announcement goes out {{mdate}} at 6am ET. {{vpcomm}} has the release."),
("exec-name", "{{fpres}} will introduce {{d.full}} at the groundbreaking; {{ceo}} gives remarks after."),
("calendar", "The donor tour route: lobby → {{unit}} family lounge → simulation lab → garden. 40 minutes total."),
("age-aggregate", "Our 90-day readmission rate is down to {{pct}}; {{cmo}} wants it in the gala remarks."),
("bot", "@Assistant pull {{ceo}}'s open calendar slots for the week of {{mdate}} and send to {{s.first}}."),
("version", "Upgrading Zoom Rooms in {{room}} to {{ver}} tonight — the board room will be down 8–10pm."),
("calendar emoji", "Reminder: no board meetings in August 🏖️ — next one is {{mdate}}."),
("money", "Bequest notice from the estate of a longtime donor: {{money}} unrestricted. {{gc}} reviewing the will language."),
("calendar", "Swap: {{s.first}} takes the {{mdate}} board dinner, I'll do the {{mdate2}} donor breakfast."),
("exec-name", "{{chair}}, {{b.full}} and {{b2.full}} are the nominating committee for {{fy}}."),
("ext", "Desk phone in the exec suite is dead — use x{{ext}} or Teams until telecom fixes it."),
("facility-address", "Board retreat: {{venue}}, {{mdate}}. Shuttle leaves {{facaddr}} at 7."),
("po", "Requisition {{n}} for the gala photographer is stuck in approval — {{cfo}} is the approver."),
("short", "ok sounds good"),
("short", "yep on it"),
("short", "{{emo}} {{emo2}}"),
("lowercase", "who has the clicker for the boardroom lol"),
]


# ============================================================================= assembly
N_PHI, N_CLEAN = 385, 315
CONSERVATIVE = {"PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER",
                "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
WORD_RE = re.compile(r"^([A-Za-z]{5,})([,.;:!?]?)$")


def add_typo(segs):
    cands = []
    for i, (t, ty) in enumerate(segs):
        if ty is not None:
            continue
        for m in re.finditer(r"\S+", t):
            w = WORD_RE.match(m.group(0))
            if w and "<" not in m.group(0):
                cands.append((i, m.start(), w.group(1)))
    if not cands:
        return False
    i, st, w = R.choice(cands)
    k = R.randint(1, len(w) - 2)
    op = R.random()
    if op < 0.45:
        nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op < 0.75:
        nw = w[:k] + w[k + 1:]
    else:
        nw = w[:k] + w[k] + w[k:]
    if nw == w:
        return False
    t = segs[i][0]
    segs[i] = (t[:st] + nw + t[st + len(w):], None)
    return True


KEEP_CASE = re.compile(r"<@U[A-Z0-9]+>|https?://[^\s|>]+")


def keep_case_lower(t):
    out, pos = [], 0
    for m in KEEP_CASE.finditer(t):
        out.append(t[pos:m.start()].lower()); out.append(m.group(0)); pos = m.end()
    out.append(t[pos:].lower())
    return "".join(out)


def find_offsets(text, values):
    b = text.encode("utf-8"); pos = 0; out = []
    for v in values:
        vb = v.encode("utf-8"); i = b.find(vb, pos)
        if i < 0:
            return None
        out.append((i, i + len(vb))); pos = i + len(vb)
    return out


def render(tags, tpl, force_lower):
    ctx = Ctx(tpl)
    segs = expand(tpl, ctx, [])
    flags = set(ctx.flags)
    lower = force_lower or ("lowercase" in tags.split()) or R.random() < 0.28
    if lower:
        segs = [(keep_case_lower(t), ty) for t, ty in segs]
        flags.add("lowercase")
    if R.random() < (0.45 if lower else 0.07) or "typo" in tags.split():
        if add_typo(segs):
            flags.add("typo")
    text = "".join(t for t, _ in segs)
    spans, pos = [], 0
    masked = []
    for t, ty in segs:
        n = len(t.encode("utf-8"))
        if ty:
            spans.append((ty, t, pos, pos + n))
            masked.append("\x00" * len(t))
        else:
            masked.append(t)
        pos += n
    masked = "".join(masked)
    # --- verification
    for ty, v, s, e in spans:
        if not v or v != v.strip() or v[-1] in ".,;:!?'\"*|>" or v[0] in ".,;:!?'\"*|<":
            return None
        if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", masked, re.I if len(v) > 3 else 0):
            return None
    if find_offsets(text, [v for _, v, _, _ in spans]) != [(s, e) for _, _, s, e in spans]:
        return None
    for a, b in zip(spans, spans[1:]):
        if a[3] > b[2]:
            return None
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError("unexpanded markup: " + text)
    # --- tags
    out_tags = [t for t in tags.split() if t not in ("lowercase", "typo", "short", "thread")]
    types = {ty for ty, _, _, _ in spans}
    out_tags.insert(0, "phi" if spans else "clean")
    for ty, tg in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
        if ty in types and tg not in out_tags:
            out_tags.append(tg)
    if types & CONSERVATIVE and "structured" not in out_tags:
        out_tags.append("structured")
    if "<@" in text or "<http" in text or "<mailto:" in text or "<tel:" in text or re.search(r"(^|\s)\*[^*\n]+\*", text):
        flags.add("slack-markup")
    if "\n" in text:
        flags.add("multiline")
    if EMOJI_RE.search(text):
        flags.add("emoji")
    for f in ["evasion", "fullwidth", "zero-width", "lowercase", "typo", "slack-markup", "multiline", "emoji"]:
        if f in flags and f not in out_tags:
            out_tags.append(f)
    return {"text": text, "spans": [{"type": ty, "value": v} for ty, v, _, _ in spans], "tags": out_tags}


def is_static(tpl):
    return "{{" not in tpl and "[[" not in tpl


def main():
    for tags, tpl in PHI:
        assert "[[" in tpl or "{{PT}}" in tpl, tpl
    for tags, tpl in CLEAN:
        assert "[[" not in tpl, tpl
    plan = [("P", i) for i in range(len(PHI))]
    dyn_p = [i for i, (_, t) in enumerate(PHI) if not is_static(t)]
    plan += [("P", R.choice(dyn_p)) for _ in range(N_PHI - len(PHI))]
    plan += [("C", i) for i in range(len(CLEAN))]
    dyn_c = [i for i, (_, t) in enumerate(CLEAN) if not is_static(t)]
    plan += [("C", R.choice(dyn_c)) for _ in range(N_CLEAN - len(CLEAN))]
    R.shuffle(plan)
    seen, rows = set(), []
    for kind, idx in plan:
        frames = PHI if kind == "P" else CLEAN
        dyn = dyn_p if kind == "P" else dyn_c
        item = None
        for attempt in range(400):
            tags, tpl = frames[idx]
            item = render(tags, tpl, False)
            if item and item["text"] not in seen and bool(item["spans"]) == (kind == "P"):
                break
            item = None
            if attempt % 40 == 39:
                idx = R.choice(dyn)
        if item is None:
            raise SystemExit("could not render frame %r" % (frames[idx][1],))
        seen.add(item["text"])
        rows.append(item)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for n, item in enumerate(rows, 1):
            rec = {"id": "hq%04d" % n, "text": item["text"], "spans": item["spans"], "tags": item["tags"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d PHI, %d clean) from %d frames (%d PHI, %d clean) to %s" % (
        len(rows), sum(1 for r in rows if r["spans"]), sum(1 for r in rows if not r["spans"]),
        len(PHI) + len(CLEAN), len(PHI), len(CLEAN), OUT))


if __name__ == "__main__":
    main()
