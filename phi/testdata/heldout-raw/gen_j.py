#!/usr/bin/env python3
"""gen_j.py - generated evaluation corpus J for the chat PHI guard.

Writes generated_j.jsonl next to this script (raw format, checked by
check_phi_corpus.py): 1,600 Slack/Teams-style messages, ids gj00001..gj01600,
880 with PHI and 720 clean hard negatives.  Standard library only, fixed seed,
byte-for-byte reproducible (no hash-order dependence, sorted/ordered outputs).

Design
------
* Messages are rendered from ~300 hand-written templates (PHI and clean), each
  written in some workplace voice.  Templates contain placeholders; every
  placeholder expands to *segments*, each segment either plain text or a
  labelled value (type known at generation time), so span labels are exact.
* Person slots: p/q = patients, r/s = relatives of p (all PHI names);
  c/c2/c3 = colleagues, x = executive, v = vendor rep, d = donor, b = board
  member (never NAME spans).  Names come from pools of many origins, including
  rare names and names that are English words.
* Value generators produce each identifier type in many formats plus
  obfuscations (spaced digits, fullwidth digits, zero-width / no-break spaces,
  mixed separators, spelled-out digits, newline breaks, [at]/[dot] e-mails,
  Slack mailto:/tel: links where the value appears twice).
* Message-level transforms: openers/closers, quoted thread lines, Slack
  markup, emoji, lower-casing, typos (also inside names).
* Every rendered message is validated: span values are located exactly like
  the checker does (left to right) and must land on the intended offsets;
  non-span text is linted for stray e-mails/phones/SSNs/IPs/card numbers, so
  clean messages really are clean.  A failed render is redrawn.
"""
import json
import os
import random
import re
import unicodedata

SEED = 20250611
N_TOTAL = 1600
N_PHI = 880
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated_j.jsonl")

# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------

def _pool(s):
    return [x.strip() for x in s.replace("\n", ",").split(",") if x.strip()]

FEM = _pool("""
Margaret, Dorothy, Helen, Eileen, Maureen, Kathleen, Siobhan, Aoife, Niamh, Bridget,
Patricia, Linda, Barbara, Susan, Deborah, Janet, Carol, Gloria, Elizabeth, Jane,
Marisol, Yesenia, Guadalupe, Xiomara, Luz, Altagracia, Yaritza, Daniela, Valentina,
Camila, Lucía, Graciela, Esperanza, Nguyet, Thuy, Lan, Mai, Huong, Xiaoling, Mei,
Yan, Jiayi, Min-ji, Seo-yeon, Ji-woo, Priya, Ananya, Lakshmi, Sunita, Kavya, Deepa,
Fatima, Aisha, Mariam, Noor, Layla, Yasmin, Hodan, Faadumo, Ayaan, Chiamaka, Ngozi,
Adaeze, Folake, Abena, Akosua, Efua, Tigist, Meseret, Selam, Agnieszka, Katarzyna,
Małgorzata, Zofia, Oksana, Olena, Svetlana, Natalia, Anastasia, Eleni, Despina,
Anahit, Ani, Maria, Conceição, Fernanda, Iolanda, Rosângela, Mirlande, Guerline,
Nadège, Ginette, Rachel, Miriam, Tova, Shoshana, Esther, Ayşe, Elif, Zeynep,
Shirin, Parisa, Roya, Maricel, Rowena, Lorna, Haruka, Yuki, Sreymom, Sophal,
Bounmy, Mai Yer, Hope, Faith, Grace, Joy, June, April, May, Summer, Rose, Ivy,
Pearl, Ruby, Dawn, Amber, Crystal, Penny, Destiny, Iris, Violet, Autumn, Charity,
Honor, Liberty, Sunny, Zuleika, Philippa, Temperance, Oona, Ottilie, Xanthe,
Bronwen, Saoirse, Eulalie, Clotilde, Wilhelmina, Marigold, Thomasina, Perpetua,
Dolores, Imelda, Concepta, Bernadette, Theresa, Jeanne, Huguette, Thérèse,
Nokuthula, Thandiwe, Amara, Wairimu, Keziah, Tallulah, Winona, Ngaio, Leilani
""")
MALE = _pool("""
Robert, William, James, Walter, Harold, Eugene, Francis, Dennis, Gerald, Raymond,
Patrick, Declan, Cormac, Seamus, Eoin, Pádraig, José, Luis, Jesús, Juan Carlos,
Rafael, Héctor, Wilfredo, Yunior, Ángel, Ramón, Santiago, Tuan, Minh, Duc, Quang,
Wei, Jun, Hao, Zhiwei, Min-jun, Seung-ho, Dong-hyun, Rajesh, Arjun, Venkatesh,
Sanjay, Vikram, Mohammed, Ahmed, Omar, Yusuf, Khalid, Abdirahman, Abdi, Mahad,
Chinedu, Emeka, Oluwaseun, Babatunde, Kwame, Kofi, Yaw, Tesfaye, Dawit, Bereket,
Tomasz, Krzysztof, Wojciech, Piotr, Mykola, Dmytro, Sergei, Vladimir, Nikos,
Dimitrios, Stavros, Armen, Hagop, Tigran, João, Manuel, Joaquim, Sebastião,
Jean-Baptiste, Wilner, Jacques, Fritzner, David, Avraham, Moshe, Yitzhak, Mehmet,
Emre, Cyrus, Dariush, Ramil, Jomar, Hiroshi, Kenji, Sokha, Vanna, Khamphet, Tou,
Will, Bill, Mark, Rich, Hunter, Chase, Mason, Cooper, Taylor, Frank, Sterling,
Lane, Rowan, River, Sage, Royal, King, Sonny, Buck, Rusty, Guy, Jack, Bob, Art,
Thaddeus, Ezekiel, Lysander, Cuthbert, Ignatius, Barnaby, Erasmus, Alastair,
Fitzgerald, Octavio, Anselm, Zebulon, Caspian, Leopold, Aurelio, Thelonious,
Eamon, Ruairí, Kaito, Tavita, Sione, Keoni, Thabo, Sipho, Ikenna, Olumide,
Alfonso, Gaetano, Salvatore, Vito, Edmund, Roland, Clement, Ephraim, Lamar, Tyrone
""")
SURN = _pool("""
Smith, Johnson, Kowalski, Nowak, Wiśniewski, Brannigan, O'Sullivan, McDonough,
Fitzpatrick, O'Brien, D'Amico, St. Pierre, Van der Berg, De la Cruz,
Santos-Oliveira, Nguyen, Tran, Pham, Le, Vo, Huynh, Chen, Wang, Li, Zhang, Liu,
Huang, Kim, Park, Choi, Lee, Patel, Shah, Reddy, Iyer, Krishnamurthy,
Venkataraman, Gupta, Singh, Kaur, Hussain, Rahman, Al-Masri, Haddad, Khoury,
Nasser, Abdullahi, Warsame, Farah, Mohamud, Okafor, Okonkwo, Adeyemi, Balogun,
Mensah, Asante, Owusu, Tadesse, Haile, Gebremedhin, Petrov, Ivanova, Shevchenko,
Kovalenko, Papadopoulos, Georgiou, Hovhannisyan, Petrosyan, Sarkisian, Silva,
Pereira, Medeiros, Furtado, Andrade, Cabral, Jean-Louis, Pierre, Desrosiers,
Joseph, Cohen, Levy, Friedman, Goldberg, Yılmaz, Demir, Tehrani, Moradi, Santos,
Reyes, Dela Cruz, Bautista, Tanaka, Sato, Yamamoto, Chhim, Sok, Vang, Xiong, Lor,
Yazzie, Begay, Tsosie, Martinez, Rodriguez, Hernandez, Gonzalez, Ortiz, Rivera,
Colón, Báez, Díaz, Peña, Quiñones, Sullivan, Murphy, Walsh, Doherty, Donnelly,
Gallagher, Flanagan, Thibodeau, Ouellette, Gagnon, Lavoie, Bouchard, Fournier,
Theriault, Levesque, Cormier, Hebert, Robichaud, Baker, Cook, Hunter, Fox, Wolf,
Bird, Rice, Young, Short, Long, Black, White, Green, Brown, Hill, Stone, Wood,
Marsh, Bell, Day, Knight, Moody, Sharp, Small, Strong, Best, Love, Swift, Sweet,
Hale, Page, Fields, Banks, Church, Chambers, Waters, Rivers, Lake, Snow, Frost,
Winter, Summers, Moss, House, Price, Mills, Walker, Carpenter, Mason, Cooper,
Miller, Hope, Grant, Noble, Hardy, Wise, Bishop, Tarbox, Quackenbush,
Featherstonehaugh, Ruggiero, Zbikowski, Abernathy, Oyelaran, Przybylski,
Bhattacharyya, Szczepański, Vukovich, Ekwueme, Achterberg, Luckenbill, Onyeabor,
Mbatha, Ndlovu, Tshabalala, Rakotomalala, Kealoha, Kahananui, Tuimavave, Fifita,
Tuilagi, Ó Súilleabháin, MacGillivray, Nakamura, Takahashi, Kaczmarek, Dąbrowski,
Novák, Horváth, Ionescu, Popescu, Ferreira, Rocha, Bettencourt, Amaral, Sousa
""")
NICK = {"Margaret": "Peggy", "Robert": "Bobby", "William": "Billy", "Elizabeth": "Betty",
        "Francis": "Frankie", "Patricia": "Trish", "Kathleen": "Kathy", "James": "Jimmy",
        "Dorothy": "Dot", "José": "Pepe", "Eugene": "Gene", "Dolores": "Lola",
        "Theresa": "Tess", "Walter": "Wally", "Harold": "Hal", "Raymond": "Ray",
        "Thomasina": "Tammy", "Wilhelmina": "Billie", "Nguyet": "Lily", "Oluwaseun": "Seun",
        "Babatunde": "Tunde", "Chiamaka": "Amaka", "Bernadette": "Bernie", "Salvatore": "Sal",
        "Gaetano": "Guy", "Alfonso": "Al", "Concepta": "Connie", "Dimitrios": "Jimmy",
        "Krzysztof": "Chris", "Agnieszka": "Aga", "Svetlana": "Sveta", "Zhiwei": "David"}

TOWNS = [("Amesbury", "MA", ["01913"]), ("Andover", "MA", ["01810"]),
         ("Billerica", "MA", ["01821"]), ("Chelmsford", "MA", ["01824"]),
         ("Dracut", "MA", ["01826"]), ("Groveland", "MA", ["01834"]),
         ("Haverhill", "MA", ["01830", "01832", "01835"]),
         ("Lawrence", "MA", ["01840", "01841", "01843"]),
         ("Lowell", "MA", ["01850", "01851", "01852", "01854"]),
         ("Methuen", "MA", ["01844"]), ("Merrimac", "MA", ["01860"]),
         ("Newburyport", "MA", ["01950"]), ("North Andover", "MA", ["01845"]),
         ("Salisbury", "MA", ["01952"]), ("Tewksbury", "MA", ["01876"]),
         ("Tyngsborough", "MA", ["01879"]), ("Westford", "MA", ["01886"]),
         ("West Newbury", "MA", ["01985"]), ("Georgetown", "MA", ["01833"]),
         ("Boxford", "MA", ["01921"]), ("Ipswich", "MA", ["01938"]),
         ("Rowley", "MA", ["01969"]), ("Lynn", "MA", ["01902", "01904", "01905"]),
         ("Peabody", "MA", ["01960"]), ("Beverly", "MA", ["01915"]),
         ("Gloucester", "MA", ["01930"]), ("Dorchester", "MA", ["02122", "02124", "02125"]),
         ("Roxbury", "MA", ["02119"]), ("Chelsea", "MA", ["02150"]),
         ("Revere", "MA", ["02151"]), ("Everett", "MA", ["02149"]),
         ("Malden", "MA", ["02148"]), ("Brockton", "MA", ["02301", "02302"]),
         ("Fall River", "MA", ["02720", "02721"]), ("New Bedford", "MA", ["02740", "02744"]),
         ("Worcester", "MA", ["01603", "01604", "01610"]),
         ("Plaistow", "NH", ["03865"]), ("Hampstead", "NH", ["03841"]),
         ("Atkinson", "NH", ["03811"]), ("Nashua", "NH", ["03060", "03062", "03064"]),
         ("Pelham", "NH", ["03076"]), ("Windham", "NH", ["03087"]),
         ("Derry", "NH", ["03038"]), ("Londonderry", "NH", ["03053"]),
         ("Seabrook", "NH", ["03874"]), ("Hampton", "NH", ["03842"]),
         ("Manchester", "NH", ["03101", "03103", "03104"]),
         ("Kittery", "ME", ["03904"]), ("York", "ME", ["03909"]),
         ("Pawtucket", "RI", ["02860"]), ("Woonsocket", "RI", ["02895"])]
STREETS = _pool("""
Tarbox Rd, Pleasant St, Lowell St, Elm Ave, Merrimack St, Broadway, Main St,
Water St, Hilldale Ave, Kenoza Ave, Boston Rd, Mammoth Rd, Lakeview Ave,
Pawtucket Blvd, Bridge St, Salem Tpke, Forest St, Prospect Hill Rd, Cedar Ln,
Birch Meadow Dr, Quarry Rd, Old County Rd, Whittier St, Ferry Rd, Ocean Blvd,
High St, Summer St, Winter St, Chestnut St, Walnut Ter, Greenleaf St,
Bradford Ave, Willow Way, Crescent Ct, Primrose Ln, Hemlock Hollow, Sawyer Ave,
Riverside Dr, Middlesex St, Varnum Ave, Phoenix Row, Old Ferry Rd, Haseltine Dr,
Baldwin Circle, Tenney St, Locke St, Powow St, Macy St, Hale St, Storey Ave,
Hawthorne Rd, Fernald St, Colby Farm Ln, Pond St, Mill Rd, School St, Church St
""")
STREET_LONG = {"Rd": "Road", "St": "Street", "Ave": "Avenue", "Ln": "Lane", "Dr": "Drive",
               "Blvd": "Boulevard", "Ter": "Terrace", "Ct": "Court", "Tpke": "Turnpike"}
ROUTES = ["Rte 110", "Route 125", "Rt 97", "I-495", "Rte 1A", "Route 133", "Rte 28"]
FACADDR = ["1 Kestrel Way, Haverhill, MA 01830", "250 Merrimack St, Suite 400, Lowell MA 01852",
           "40 Sutton St, Building C, North Andover MA 01845", "12 Commerce Dr, Methuen, MA 01844",
           "900 Storey Ave, Newburyport MA 01950", "77 Marston St, Lawrence, MA 01841",
           "3 Kestrel Way, 2nd floor", "155 Main St, Amesbury MA 01913",
           "600 Primrose St, Haverhill MA 01830", "10 Research Pl, North Chelmsford, MA 01863"]
SITES = ["Haverhill", "Lowell", "Methuen", "Amesbury", "Newburyport", "North Andover",
         "Lawrence", "Salem NH", "Andover", "Dracut"]
UNITS = ["4 West", "6N", "5B Ortho", "MICU", "CVICU", "SICU", "L&D", "PACU", "7 Tower",
         "3 South", "Endo", "Infusion", "ED", "Tele", "Peds", "NICU", "Mother-Baby",
         "Dialysis", "Cath Lab", "Gero-psych", "2 North", "Med-Surg 5"]
DEPTS = ["Patient Access", "Revenue Cycle", "HIM", "Pharmacy", "Nursing Admin", "IT",
         "Case Management", "Patient Experience", "Security", "Facilities", "Employee Health",
         "Compliance", "the Foundation", "the Medical Staff Office", "Quality", "Lab",
         "Radiology", "Food & Nutrition", "Transport", "Supply Chain", "Finance", "Periop"]
TITLES = ["CEO", "CFO", "COO", "CNO", "CMO", "CMIO", "CIO", "CISO", "Chief Compliance Officer",
          "General Counsel", "SVP Strategy", "VP of Patient Experience", "Foundation President",
          "Chief Quality Officer", "President", "VP Operations", "Chief People Officer"]
VENDORCO = ["Epic", "Omnicell", "BD", "Vocera", "Imprivata", "Press Ganey", "Stericycle",
            "Sodexo", "Aramark", "Cardinal Health", "Medline", "Owens & Minor", "GE HealthCare",
            "Philips", "Baxter", "Hologic", "Abbott", "Dexcom", "Medtronic", "Boston Scientific",
            "Nuance", "Availity", "Stryker", "Hill-Rom", "Ascom", "Spok"]
VENDOR_DOMAIN = {"Epic": "epic.com", "Omnicell": "omnicell.com", "BD": "bd.com",
                 "Vocera": "vocera.com", "Imprivata": "imprivata.com", "Press Ganey": "pressganey.com",
                 "Stericycle": "stericycle.com", "Sodexo": "sodexo.com", "Aramark": "aramark.com",
                 "Cardinal Health": "cardinalhealth.com", "Medline": "medline.com",
                 "Owens & Minor": "owens-minor.com", "GE HealthCare": "gehealthcare.com",
                 "Philips": "philips.com", "Baxter": "baxter.com", "Hologic": "hologic.com",
                 "Abbott": "abbott.com", "Dexcom": "dexcom.com", "Medtronic": "medtronic.com",
                 "Boston Scientific": "bsci.com", "Nuance": "nuance.com", "Availity": "availity.com",
                 "Stryker": "stryker.com", "Hill-Rom": "hillrom.com", "Ascom": "ascom.com",
                 "Spok": "spok.com"}
ORG_DOMAIN = "kestrelhealth.org"
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "verizon.net",
                    "outlook.com", "icloud.com", "aol.com", "me.com", "protonmail.com",
                    "live.com", "msn.com", "charter.net"]
PAYERS = ["Blue Cross", "BCBS", "Harvard Pilgrim", "Tufts Health Plan", "Aetna", "Cigna",
          "UnitedHealthcare", "MassHealth", "Medicare", "Humana", "Fallon", "WellSense",
          "Point32Health", "Ambetter", "Medicare Advantage"]
DONORG = ["Hartwell Family Foundation", "Merrimack Valley Community Fund", "Pemberton Trust",
          "Sisters of St. Anne", "Rotary Club", "Whittier Giving Circle", "Lyman-Oakes Foundation"]
FACILITIES = ["Maplewood Rehab", "Riverside Nursing & Rehab", "Brookhaven Skilled Nursing",
              "Oakridge Senior Care", "Sutton Pines", "Baystate Hospice House",
              "Lakeview Assisted Living", "Hillcrest Post-Acute"]
DX = ["CHF exacerbation", "NSTEMI", "hip fx", "COPD flare", "sepsis", "DKA", "CVA", "PNA",
      "AKI", "GI bleed", "UTI w/ delirium", "cellulitis", "SBO", "afib w/ RVR", "syncope",
      "ESRD", "pancreatitis", "PE", "C diff", "hyponatremia"]
MEDS = ["heparin gtt", "insulin glargine", "apixaban", "vancomycin", "oxycodone",
        "hydromorphone PCA", "furosemide", "metoprolol", "lorazepam", "ceftriaxone",
        "Entresto", "Eliquis", "Ozempic", "levothyroxine", "methadone", "Keppra",
        "warfarin", "insulin lispro", "Narcan", "Humira"]
PROCS = ["TAVR", "lap chole", "colonoscopy", "cardiac cath", "ORIF", "TKA", "EGD",
         "pacemaker insertion", "CABG", "thyroidectomy", "cataract surgery", "TURP",
         "hip hemiarthroplasty", "ablation", "bronch", "C-section"]
CPTS = ["99213", "99214", "99284", "71046", "93000", "80053", "36415", "45378", "27447",
        "74177", "70450", "43239", "99223", "99291", "96413", "97110", "90837", "77067"]
ICDS = ["E11.9", "I10", "I50.9", "J44.1", "N17.9", "A41.9", "R65.20", "Z79.4", "F03.90",
        "S72.001A", "I48.91", "K92.2", "N39.0", "R41.82", "Z99.2", "E87.1", "J18.9"]
ANES = ["01402", "00840", "01967", "01961", "00790", "01630", "00731", "01480"]
LANGS = ["Portuguese", "Spanish", "Haitian Creole", "Khmer", "Vietnamese", "Arabic",
         "Somali", "Cape Verdean Creole", "Russian", "Mandarin", "Nepali", "Twi"]
CARS = ["gray Honda CR-V", "red F-150", "white Camry", "black Tahoe", "blue Subaru Outback",
        "silver Corolla", "green Jeep Wrangler", "maroon Odyssey"]
PHARMACIES = ["the CVS on Main St", "Walgreens", "the Market Basket pharmacy",
              "a mail-order pharmacy", "the Rite Aid in Salem"]
POLICYNUM = ["HIM-07.12", "IS-204", "PC-115", "COMP-3.2", "NUR-22.4", "RC-018", "PRIV-1.1"]
EMOJI = ["🙏", "👍", "🚨", "😬", "✅", "👀", "❤️", "🙂", "😅", "📞", "🏥", "💊", "⚠️",
         "🔥", "🎉", "📎", "🤞", "😩", "🙌", "☕"]
SHORTCODES = [":pray:", ":rotating_light:", ":eyes:", ":white_check_mark:", ":thumbsup:",
              ":sweat_smile:", ":warning:", ":heart:", ":raised_hands:", ":coffee:"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday",
       "Friday", "Tues", "Thurs"]
REL_F = ["daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law"]
REL_M = ["son", "husband", "brother", "nephew", "grandson", "son-in-law"]
REL_ANY = ["POA", "health care proxy", "partner", "HCP"]
REL_PEDS_F = ["mother", "mom", "grandmother", "aunt", "guardian"]
REL_PEDS_M = ["father", "dad", "grandfather", "uncle", "guardian"]
DIG = "zero one two three four five six seven eight nine".split()
UNITS_W = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(ch for ch in s if ch.isascii())


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def age_words(n, rng):
    if n < 100:
        w = "ninety" + ("-" + UNITS_W[n - 90] if n > 90 else "")
        return w
    rest = n - 100
    head = rng.choice(["one hundred", "a hundred", "hundred"]) if rest else "one hundred"
    if rest == 0:
        return head
    return head + rng.choice([" and ", " "]) + UNITS_W[rest]


class Seg(object):
    __slots__ = ("text", "typ", "frozen", "biz", "keep", "nolint", "who")

    def __init__(self, text, typ=None, frozen=True, biz=False, keep=False):
        self.text = text
        self.typ = typ
        self.frozen = frozen
        self.biz = biz
        self.keep = keep
        self.nolint = False
        self.who = None


def NL(text):
    s = Seg(text, None, True)
    s.nolint = True
    return s


def T(text):
    return Seg(text, None, False)


def V(text, typ=None, biz=False):
    return Seg(text, typ, True, biz)


class Person(object):
    def __init__(self, ctx, slot):
        rng = ctx.rng
        self.slot = slot
        self.phi = slot in ("p", "q", "r", "s")
        self.g = rng.choice("fm")
        taken_first = [o.first for o in ctx.persons.values()]
        taken_last = [o.last for o in ctx.persons.values()]
        for _ in range(50):
            self.first = rng.choice(FEM if self.g == "f" else MALE)
            if self.first not in taken_first:
                break
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
        p = ctx.persons.get("p")
        self.rel = None
        if slot in ("r", "s"):
            if ctx.peds:
                self.rel = rng.choice(REL_PEDS_F if self.g == "f" else REL_PEDS_M)
            else:
                pool = (REL_F if self.g == "f" else REL_M)
                if rng.random() < 0.2:
                    pool = REL_ANY
                self.rel = rng.choice(pool)
        share = (slot in ("r", "s") and p is not None and rng.random() < 0.55
                 and self.rel not in ("husband", "son-in-law", "daughter-in-law", "partner"))
        if share:
            self.last = p.last
        else:
            for _ in range(50):
                last = rng.choice(SURN)
                if rng.random() < 0.05:
                    other = rng.choice(SURN)
                    if " " not in last + other and "-" not in last + other and other != last:
                        last = last + "-" + other
                if last not in taken_last:
                    break
            self.last = last
        self.age = None
        if slot == "p" and ctx.elder:
            self.age = rng.randint(90, 106) if rng.random() < 0.85 else rng.randint(100, 109)
        self.dob = None
        self.title = rng.choice(TITLES)
        self.maiden = None
        self.uid = "U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([7, 8, 9])))
        self.email_cache = None


# --------------------------------------------------------------------------
# context: one message
# --------------------------------------------------------------------------

class Ctx(object):
    def __init__(self, rng, tpl):
        self.rng = rng
        self.persons = {}
        self.tags = []
        self.elder = "age90" in tpl
        self.peds = "dob_peds" in tpl
        self.vendorco = None

    def tag(self, *ts):
        for t in ts:
            if t not in self.tags:
                self.tags.append(t)

    def person(self, slot):
        if slot in ("r", "s") and "p" not in self.persons:
            self.persons["p"] = Person(self, "p")
        if slot not in self.persons:
            self.persons[slot] = Person(self, slot)
        return self.persons[slot]

    # ---------------------------------------------------------------- names
    def name_segs(self, P, style):
        out = self._name_segs(P, style)
        for sg in out:
            if sg.typ == "NAME":
                sg.who = P.slot
        return out

    def _name_segs(self, P, style):
        rng = self.rng
        typ = "NAME" if P.phi else None
        if style == "full":
            return [V(P.first + " " + P.last, typ)]
        if style == "mi":
            return [V(P.first + " " + P.mi + rng.choice([". ", " "]) + P.last, typ)]
        if style == "first":
            return [V(P.first, typ)]
        if style == "last":
            return [V(P.last, typ)]
        if style == "hon":
            if P.g == "f":
                h = rng.choice(["Mrs. ", "Ms. ", "Mrs ", "Ms ", "Miss "])
            else:
                h = rng.choice(["Mr. ", "Mr. ", "Mr "])
            return [T(h), V(P.last, typ)]
        if style == "inv":
            r = rng.random()
            if r < 0.5:
                return [V("%s, %s %s" % (P.last.upper(), P.first.upper(), P.mi), typ)]
            if r < 0.75:
                return [V("%s, %s" % (P.last, P.first), typ)]
            return [V("%s,%s" % (P.last.upper(), P.first.upper()), typ)]
        if style == "nick":
            if P.first in NICK:
                nk = NICK[P.first]
                f = rng.random()
                if f < 0.4:
                    return [V(P.first + " " + P.last, typ), T(' ("'), V(nk, typ), T('")')]
                if f < 0.7:
                    return [V(P.first + " " + P.last, typ), T(", goes by "), V(nk, typ)]
                return [V(P.first, typ), T(' "'), V(nk, typ), T('" '), V(P.last, typ)]
            return [V(P.first + " " + P.last, typ)]
        if style == "dr":
            return [T(rng.choice(["Dr. ", "Dr ", "Dr. "])), V(P.last, typ)]
        raise KeyError(style)

    def pick_style(self, P):
        rng = self.rng
        if P.phi:
            return rng.choices(["full", "mi", "first", "hon", "inv", "nick", "last"],
                               [48, 8, 12, 16, 7, 5, 4])[0]
        return rng.choices(["full", "first", "dr", "handle", "mention"], [38, 30, 14, 9, 9])[0]

    def person_attr(self, P, attr):
        rng = self.rng
        if attr == "n":
            st = self.pick_style(P)
            if st == "handle":
                return [V("@" + slug(P.first) + rng.choice([".", "_", ""]) + slug(P.last)[:rng.choice([1, 3, 20])])]
            if st == "mention":
                m = V("<@" + P.uid + ">")
                m.keep = True
                self.tag("slack-markup")
                return [m]
            return self.name_segs(P, st)
        if attr in ("full", "first", "last", "hon", "inv", "nick", "mi", "dr"):
            return self.name_segs(P, attr)
        if attr == "poss":
            st = rng.choice(["full", "first", "hon", "hon", "full"])
            segs = self.name_segs(P, st)
            last = segs[-1].text
            segs.append(T("'" if last.endswith("s") and rng.random() < 0.5 else "'s"))
            return segs
        if attr == "fposs":
            return self.name_segs(P, "first") + [T("'s")]
        if attr == "handle":
            return [V("@" + slug(P.first) + "." + slug(P.last)[:1])]
        if attr == "mention":
            m = V("<@" + P.uid + ">")
            m.keep = True
            self.tag("slack-markup")
            return [m]
        if attr in ("he", "He", "his", "His", "him", "Him"):
            w = {"he": ("she", "he"), "his": ("her", "his"), "him": ("her", "him")}[attr.lower()]
            w = w[0] if P.g == "f" else w[1]
            if attr[0].isupper():
                w = w[0].upper() + w[1:]
            return [V(w)]
        if attr == "rel":
            return [V(P.rel or "family member")]
        if attr == "of":
            return [V(self.rel_of(P))]
        if attr == "title":
            return [V(P.title)]
        if attr == "maiden":
            if P.maiden is None:
                while True:
                    P.maiden = rng.choice(SURN)
                    if P.maiden != P.last:
                        break
            return [V(P.maiden, "NAME" if P.phi else None)]
        if attr == "email":
            return [self.email_of(P, personal=True)]
        if attr == "pemail":
            return [self.email_of(P, personal=True)]
        if attr == "wemail":
            return [self.email_of(P, personal=False)]
        if attr == "mailto":
            e = self.email_of(P, personal=P.phi)
            self.tag("slack-markup")
            return [T("<mailto:"), V(e.text, "EMAIL", e.biz), T("|"), V(e.text, "EMAIL", e.biz), T(">")]
        raise KeyError(attr)

    def rel_of(self, R):
        p = self.person("p")
        rel = R.rel or ""
        f = p.g == "f"
        table = {"daughter": ("mother", "father"), "son": ("mother", "father"),
                 "daughter-in-law": ("mother-in-law", "father-in-law"),
                 "son-in-law": ("mother-in-law", "father-in-law"),
                 "wife": ("wife", "husband"), "husband": ("wife", "husband"),
                 "partner": ("partner", "partner"),
                 "sister": ("sister", "brother"), "brother": ("sister", "brother"),
                 "niece": ("aunt", "uncle"), "nephew": ("aunt", "uncle"),
                 "granddaughter": ("grandmother", "grandfather"),
                 "grandson": ("grandmother", "grandfather"),
                 "mother": ("daughter", "son"), "mom": ("daughter", "son"),
                 "father": ("daughter", "son"), "dad": ("daughter", "son"),
                 "grandmother": ("granddaughter", "grandson"),
                 "grandfather": ("granddaughter", "grandson"),
                 "aunt": ("niece", "nephew"), "uncle": ("niece", "nephew"),
                 "guardian": ("ward", "ward")}
        if rel in table:
            return table[rel][0 if f else 1]
        return self.rng.choice(["mom" if f else "dad", "mother" if f else "father"])

    def email_of(self, P, personal):
        rng = self.rng
        fi, la = slug(P.first), slug(P.last)
        if personal:
            yy = str(rng.randint(40, 99)) if rng.random() < 0.5 else str(rng.randint(1, 999))
            local = rng.choice([fi + "." + la, fi[0] + la + yy, fi + la, fi + "_" + la[:1],
                                la + "family", fi + "." + la + yy, fi + la[:3] + yy,
                                "nana" + la if P.g == "f" else "papa" + la, la + "." + fi])
            dom = rng.choice(PERSONAL_DOMAINS)
            biz = False
        else:
            if P.slot == "v":
                if self.vendorco is None:
                    self.vendorco = rng.choice(VENDORCO)
                dom = VENDOR_DOMAIN[self.vendorco]
                local = rng.choice([fi + "." + la, fi[0] + la, fi + "_" + la])
            else:
                dom = ORG_DOMAIN
                local = rng.choice([fi + "." + la, fi[0] + la, fi + "." + la + str(rng.randint(2, 9))])
            biz = True
        addr = local + "@" + dom
        if rng.random() < 0.12:
            at = rng.choice([" [at] ", "(at)", " at ", " @ "])
            dot = rng.choice([" [dot] ", "(dot)", " dot "]) if at != " @ " else "."
            addr = local.replace(".", dot) + at + dom.replace(".", dot)
            self.tag("evasion")
        self.tag("email")
        return V(addr, "EMAIL", biz)

    # ---------------------------------------------------------- expansion
    def expand(self, key):
        if "." in key:
            slot, attr = key.split(".", 1)
            return self.person_attr(self.person(slot), attr)
        fn = GENS[key]
        return fn(self)


# --------------------------------------------------------------------------
# digit obfuscation
# --------------------------------------------------------------------------

FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def obfuscate(ctx, val, kinds):
    rng = ctx.rng
    k = rng.choice(kinds)
    seps = [i for i, ch in enumerate(val) if ch in "- ./"]
    if k == "spaced":
        core = [ch for ch in val if ch.isalnum()]
        ctx.tag("evasion")
        return " ".join(core)
    if k == "fullwidth":
        ctx.tag("evasion", "fullwidth")
        return "".join(FW.get(ch, ch) for ch in val)
    if k == "zw":
        ctx.tag("evasion", "zero-width")
        chars = list(val)
        idxs = sorted(rng.sample(range(1, len(chars)), min(len(chars) - 1, rng.randint(1, 3))), reverse=True)
        for i in idxs:
            chars.insert(i, "\u200b")
        return "".join(chars)
    if k == "nbsp" and seps:
        ctx.tag("evasion", "nbsp")
        return "".join("\u00a0" if ch in "- " else ch for ch in val)
    if k == "mixed" and len(seps) >= 2:
        ctx.tag("evasion")
        chars = list(val)
        opts = ["-", ".", " "]
        first = chars[seps[0]]
        chars[seps[0]] = rng.choice([o for o in opts if o != first])
        return "".join(chars)
    if k == "spelled" and all(ch.isdigit() or ch in "- ()." or ch == " " for ch in val):
        ctx.tag("evasion", "spelled")
        groups = re.findall(r"\d+", val)
        zero = rng.choice(["zero", "oh"])
        words = [" ".join(zero if d == "0" else DIG[int(d)] for d in g) for g in groups]
        return rng.choice([", ", " ", " - "]).join(words)
    if k == "nosep" and seps:
        ctx.tag("evasion")
        return "".join(ch for ch in val if ch.isalnum())
    if k == "newline" and seps:
        ctx.tag("evasion", "multiline")
        i = rng.choice(seps)
        return val[:i + 1].rstrip() + "\n" + val[i + 1:]
    return val


def maybe_obf(ctx, val, kinds, p=0.12):
    if ctx.rng.random() < p:
        return obfuscate(ctx, val, kinds)
    return val


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def rdig(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return (y, m, d)


def fmt_date(rng, ymd, style):
    y, m, d = ymd
    return {
        "md": "%d/%d" % (m, d),
        "mmdd": "%02d/%02d" % (m, d),
        "mdyyyy": "%d/%d/%d" % (m, d, y),
        "mmddyyyy": "%02d/%02d/%d" % (m, d, y),
        "mdyy": "%d/%d/%02d" % (m, d, y % 100),
        "iso": "%d-%02d-%02d" % (y, m, d),
        "long": "%s %d, %d" % (MONTHS[m - 1], d, y),
        "longny": "%s %d" % (MONTHS[m - 1], d),
        "mon": "%s %d" % (MON[m - 1], d),
        "month_th": "%s %s" % (MONTHS[m - 1], ordinal(d)),
        "mon_th": "%s %s" % (MON[m - 1], ordinal(d)),
        "monp_y": "%s. %d, %d" % (MON[m - 1], d, y),
        "dmony": "%d-%s-%d" % (d, MON[m - 1], y),
        "DMONY": "%02d-%s-%d" % (d, MON[m - 1].upper(), y),
        "dmonthy": "%d %s %d" % (d, MONTHS[m - 1], y),
        "compact": "%02d%02d%d" % (m, d, y),
        "dots": "%d.%d.%02d" % (m, d, y % 100),
        "dash": "%d-%d-%d" % (m, d, y),
        "dashyy": "%02d-%02d-%02d" % (m, d, y % 100),
        "the_th": "the %s of %s" % (ordinal(d), MONTHS[m - 1]),
        "monthyear": "%s %d" % (MONTHS[m - 1], y),
    }[style]


DOB_STYLES = (["mmddyyyy"] * 6 + ["mdyyyy"] * 5 + ["mdyy"] * 3 + ["iso"] * 3 + ["long"] * 3 +
              ["dmony", "DMONY", "compact", "dmonthy", "dots", "dash", "monp_y", "dashyy"])
SVC_STYLES = (["md"] * 8 + ["mmdd"] * 3 + ["mdyy"] * 3 + ["mdyyyy"] * 3 + ["iso"] * 2 +
              ["long"] * 2 + ["longny"] * 2 + ["mon"] * 3 + ["mon_th"] * 2 + ["month_th"] +
              ["dmony", "DMONY", "dots", "dmonthy", "mmddyyyy", "monthyear"])
SHORT_STYLES = ["md"] * 6 + ["mmdd"] * 2 + ["mdyy"] * 2 + ["mon"] * 2 + ["mon_th"]
LONG_STYLES = ["long", "longny", "month_th", "dmonthy", "monp_y", "long"]


def g_dob(ctx):
    rng = ctx.rng
    P = ctx.person("p")
    if P.dob is None:
        if P.age is not None:
            y = 2025 - P.age - rng.randint(0, 1)
            ymd = rand_date(rng, y, y)
        else:
            ymd = rand_date(rng, 1931, 2006)
        P.dob = ymd
    ctx.tag("date")
    return [V(fmt_date(rng, P.dob, rng.choice(DOB_STYLES)), "DATE")]


def g_dob_peds(ctx):
    rng = ctx.rng
    P = ctx.person("p")
    if P.dob is None:
        P.dob = rand_date(rng, 2009, 2024)
    ctx.tag("date", "peds")
    return [V(fmt_date(rng, P.dob, rng.choice(DOB_STYLES)), "DATE")]


def g_qdob(ctx):
    rng = ctx.rng
    ctx.tag("date")
    return [V(fmt_date(rng, rand_date(rng, 1935, 2004), rng.choice(DOB_STYLES)), "DATE")]


def g_bday(ctx):
    rng = ctx.rng
    P = ctx.person("p")
    if P.dob is None:
        y = 2025 - (P.age or rng.randint(30, 85))
        P.dob = rand_date(rng, y, y)
    ctx.tag("date")
    return [V(fmt_date(rng, P.dob, rng.choice(["md", "mon", "mon_th", "longny", "month_th", "mmdd"])), "DATE")]


def g_date(ctx):
    ctx.tag("date")
    return [V(fmt_date(ctx.rng, rand_date(ctx.rng, 2023, 2026), ctx.rng.choice(SVC_STYLES)), "DATE")]


def g_sdate(ctx):
    ctx.tag("date")
    return [V(fmt_date(ctx.rng, rand_date(ctx.rng, 2024, 2026), ctx.rng.choice(SHORT_STYLES)), "DATE")]


def g_ldate(ctx):
    ctx.tag("date")
    return [V(fmt_date(ctx.rng, rand_date(ctx.rng, 2024, 2026), ctx.rng.choice(LONG_STYLES)), "DATE")]


def g_dowdate(ctx):
    rng = ctx.rng
    ctx.tag("date")
    return [V(rng.choice(DOW)), T(" "), V(fmt_date(rng, rand_date(rng, 2025, 2026), rng.choice(["md", "mmdd", "mon"])), "DATE")]


# --- non-PHI times and dates
def _time(rng):
    h = rng.randint(7, 17)
    mm = rng.choice([0, 0, 15, 30, 30, 45])
    return rng.choice(["%d:%02d" % (h if h <= 12 else h - 12, mm) + rng.choice(["", "pm" if h >= 12 else "am", "p" if h >= 12 else "a"]),
                       "%02d%02d" % (h, mm), "%d:%02d" % (h, mm), "noon" if h == 12 else "%d%s" % (h if h <= 12 else h - 12, "pm" if h >= 12 else "am")])


def g_time(ctx):
    return [V(_time(ctx.rng))]


def g_mtg(ctx):
    rng = ctx.rng
    ymd = rand_date(rng, 2025, 2026)
    t = _time(rng)
    ctx.tag("calendar")
    return [V(rng.choice([
        "%s %s at %s" % (rng.choice(DOW), fmt_date(rng, ymd, rng.choice(["md", "mmdd", "mon"])), t),
        "%s at %s" % (fmt_date(rng, ymd, rng.choice(["long", "longny", "mon_th"])), t),
        "tomorrow at %s" % t, "%s %s" % (rng.choice(DOW), t), "%s @ %s" % (fmt_date(rng, ymd, "md"), t),
        "next %s" % rng.choice(DOW[5:10]), "%s %s" % (fmt_date(rng, ymd, "mdyy"), t),
        "%s, %s" % (rng.choice(DOW[5:10]), fmt_date(rng, ymd, "long"))]))]


def g_mtgdate(ctx):
    rng = ctx.rng
    ctx.tag("calendar")
    return [V(fmt_date(rng, rand_date(rng, 2025, 2026), rng.choice(["md", "mmdd", "mon", "longny", "mdyyyy", "mon_th"])))]


def g_mtgday(ctx):
    return [V(ctx.rng.choice(["tomorrow", "Thursday", "this afternoon", "Monday", "later today",
                              "first thing tomorrow", "Friday morning", "next week", "tonight"]))]


def g_deadline(ctx):
    rng = ctx.rng
    ymd = rand_date(rng, 2025, 2026)
    return [V(rng.choice(["EOD Friday", "by %s" % fmt_date(rng, ymd, "md"), "COB today",
                          "%s" % fmt_date(rng, ymd, "mon"), "end of month", "by noon Thursday",
                          "%s EOD" % fmt_date(rng, ymd, "mmdd")]))]


def g_policydate(ctx):
    rng = ctx.rng
    return [V(fmt_date(rng, rand_date(rng, 2025, 2027), rng.choice(["mdyyyy", "long", "md", "mmddyyyy", "iso"])))]


def g_licexp(ctx):
    rng = ctx.rng
    return [V(fmt_date(rng, rand_date(rng, 2025, 2029), rng.choice(["mmddyyyy", "mdyyyy", "long", "iso", "mdyy"])))]


def g_termdate(ctx):
    rng = ctx.rng
    return [V(fmt_date(rng, rand_date(rng, 2024, 2026), rng.choice(["mdyyyy", "mmddyyyy", "md", "long"])))]


def g_exp(ctx):
    rng = ctx.rng
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return [V(rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y)]))]


def g_year(ctx):
    return [V(str(ctx.rng.randint(2019, 2027)))]


def g_fy(ctx):
    rng = ctx.rng
    ctx.tag("calendar")
    return [V(rng.choice(["Q%d FY%d" % (rng.randint(1, 4), rng.randint(2025, 2027)),
                          "FY%d" % rng.randint(25, 27), "Q%d" % rng.randint(1, 4),
                          "FY%d" % rng.randint(2025, 2027), "H2 FY%d" % rng.randint(25, 27)]))]


# --- ages
def g_age90(ctx):
    rng = ctx.rng
    P = ctx.person("p")
    n = P.age or rng.randint(90, 104)
    ctx.tag("age")
    if rng.random() < 0.14:
        num = age_words(n, rng)
        ctx.tag("evasion")
    else:
        num = str(n)
    r = rng.random()
    if r < 0.25:
        return [V(num, "AGE"), T(rng.choice([" y/o", "yo", " yo", " y.o.", "y/o"]))]
    if r < 0.4:
        return [V(num, "AGE"), T(rng.choice(["-year-old", " years old", " yrs old", " year old"]))]
    if r < 0.55:
        return [T(rng.choice(["age ", "aged ", "Age: ", "age "])), V(num, "AGE")]
    if r < 0.68 and num.isdigit():
        return [V(num, "AGE"), T(rng.choice(["F", "M", "f", "m"]) if P.g else "")]
    return [V(num, "AGE")]


def g_age90n(ctx):
    rng = ctx.rng
    P = ctx.person("p")
    n = P.age or rng.randint(90, 104)
    ctx.tag("age")
    if rng.random() < 0.15:
        ctx.tag("evasion")
        return [V(age_words(n, rng), "AGE")]
    return [V(str(n), "AGE")]


def g_age(ctx):
    rng = ctx.rng
    n = rng.randint(19, 89)
    return [V(rng.choice(["%d y/o" % n, "%dyo" % n, "%d-year-old" % n, "age %d" % n, "%d%s" % (n, rng.choice("FM"))]))]


def g_agg(ctx):
    rng = ctx.rng
    ctx.tag("age-aggregate")
    return [V(rng.choice(["%d pts over 90" % rng.randint(2, 9), "patients 90+", "the 90+ cohort",
                          "%d patients aged 90 and up" % rng.randint(2, 30), "pts >89",
                          "everyone 90 or older", "%d%% of admits over 90" % rng.randint(3, 12)]))]


def g_dur(ctx):
    rng = ctx.rng
    return [V(rng.choice(["90-day", "30-day", "ninety-day", "91-day", "95-day", "120-day", "7-day"]))]


# --- phones
AREAS = ["617", "508", "978", "781", "603", "857", "339", "351", "774", "401", "207",
         "802", "212", "646", "917", "413", "860", "203", "954", "787", "347"]


def phone_raw(rng):
    a = rng.choice(AREAS)
    e = str(rng.randint(2, 9)) + rdig(rng, 2)
    if rng.random() < 0.1:
        e = "555"
    l = rdig(rng, 4)
    return a, e, l


def phone_text(ctx, ext=True):
    rng = ctx.rng
    if rng.random() < 0.06:
        v = rng.choice(["+44 7700 %s" % rdig(rng, 6), "+509 3%s %s" % (rdig(rng, 3), rdig(rng, 4)),
                        "+238 9%s %s" % (rdig(rng, 2), rdig(rng, 4)), "+84 9%s %s %s" % (rdig(rng, 2), rdig(rng, 3), rdig(rng, 3)),
                        "+351 91%s %s %s" % (rdig(rng, 1), rdig(rng, 3), rdig(rng, 3)), "+1 (787) %s-%s" % (rdig(rng, 3), rdig(rng, 4))])
        return maybe_obf(ctx, v, ["zw", "nbsp", "fullwidth"], 0.1)
    a, e, l = phone_raw(rng)
    f = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s",
                    "+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s", "1-%s-%s-%s", "%s/%s-%s",
                    "(%s)%s-%s", "+1%s%s%s"])
    v = f % (a, e, l)
    v = maybe_obf(ctx, v, ["spaced", "fullwidth", "zw", "nbsp", "mixed", "spelled", "newline"], 0.2)
    if ext and rng.random() < 0.1:
        v += rng.choice([" ext. ", " x", " ext ", " x."]) + rdig(rng, rng.choice([2, 3, 4]))
        ctx.tag("ext")
    return v


def g_phone(ctx):
    ctx.tag("phone")
    return [V(phone_text(ctx), "PHONE")]


def g_bphone(ctx):
    ctx.tag("phone")
    return [V(phone_text(ctx), "PHONE", True)]


def g_phonel(ctx):
    rng = ctx.rng
    lab = rng.choice(["cell ", "ph: ", "call back # ", "tel ", "mobile ", "home phone ", "c: ",
                      "phone ", "cell# ", "(h) ", "best # ", "cell is ", "mob. "])
    return [T(lab)] + g_phone(ctx)


def g_fax(ctx):
    ctx.tag("phone")
    return [V(phone_text(ctx, ext=False), "PHONE")]


def g_tel(ctx):
    rng = ctx.rng
    a, e, l = phone_raw(rng)
    ctx.tag("phone", "slack-markup")
    return [T("<tel:"), V(rng.choice(["+1%s%s%s", "%s%s%s", "+1-%s-%s-%s"]) % (a, e, l), "PHONE"), T("|"),
            V(rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l), "PHONE"), T(">")]


def g_ext(ctx):
    rng = ctx.rng
    ctx.tag("ext")
    return [V(rng.choice(["x", "x", "ext. ", "ext ", "x."]) + rdig(rng, rng.choice([4, 4, 5])).lstrip("0").rjust(4, "4"))]


# --- email (non-person)
def g_email(ctx):
    ctx.tag("email")
    return [ctx.email_of(ctx.person("p"), personal=True)]


# --- SSN
def ssn_raw(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def g_ssn(ctx):
    rng = ctx.rng
    a, g, s = ssn_raw(rng)
    r = rng.random()
    if r < 0.55:
        v = "%s-%s-%s" % (a, g, s)
    elif r < 0.65:
        v = "%s %s %s" % (a, g, s)
    elif r < 0.8:
        v = a + g + s
        ctx.tag("evasion")
    elif r < 0.84:
        v = "%s.%s-%s" % (a, g, s)
        ctx.tag("evasion")
    else:
        v = obfuscate(ctx, "%s-%s-%s" % (a, g, s), ["spaced", "fullwidth", "zw", "nbsp", "mixed", "spelled", "newline"])
    ctx.tag("ssn")
    return [V(v, "SSN")]


def g_ssnl(ctx):
    lab = ctx.rng.choice(["SSN ", "SSN: ", "ss# ", "social ", "SSN is ", "SS#", "soc sec ", "SSN# ", "ssn "])
    return [T(lab)] + g_ssn(ctx)


# --- MRN
def mrn_raw(rng):
    return rng.choice(["%08d" % rng.randint(100000, 9999999), rdig(rng, 7).lstrip("0").rjust(7, "3"),
                       "E" + rdig(rng, 7), "M%08d" % rng.randint(1000, 999999),
                       "%s-%s" % (rdig(rng, 4), rdig(rng, 3)), "KH-%07d" % rng.randint(1000, 999999),
                       rdig(rng, 10), "%s %s" % (rdig(rng, 3), rdig(rng, 4)), "00" + rdig(rng, 6)])


def g_mrn(ctx):
    rng = ctx.rng
    ctx.tag("mrn")
    v = maybe_obf(ctx, mrn_raw(rng), ["spaced", "fullwidth", "zw", "spelled", "nbsp"], 0.17)
    return [V(v, "MRN")]


def g_mrnl(ctx):
    lab = ctx.rng.choice(["MRN ", "MRN: ", "MRN#", "MRN # ", "MR# ", "med rec # ", "chart # ",
                          "chart no. ", "MRN ", "medical record number ", "Med Rec No ", "mrn ", "MR "])
    return [T(lab)] + g_mrn(ctx)


# --- health plan
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng):
    an = MBI_L + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(MBI_L) + rng.choice(an) + str(rng.randint(0, 9)) +
         rng.choice(MBI_L) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_L) +
         rng.choice(MBI_L) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))
    if rng.random() < 0.5:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def hpid_raw(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(["X" + rng.choice(L) + rng.choice(L) + rdig(rng, 9), "W" + rdig(rng, 9),
                       "ZGP" + rdig(rng, 8), "1" + rdig(rng, 11), "H" + rdig(rng, 8) + "01",
                       rdig(rng, 3) + "-" + rdig(rng, 2) + "-" + rdig(rng, 4) + "A",
                       "U" + rdig(rng, 10), "9" + rdig(rng, 8) + "-0" + str(rng.randint(1, 4)),
                       "YLH" + rdig(rng, 6) + rng.choice(L) + rdig(rng, 2)])


def g_hpid(ctx):
    ctx.tag("health-plan")
    return [V(maybe_obf(ctx, hpid_raw(ctx.rng), ["spaced", "zw", "fullwidth"], 0.14), "HEALTH_PLAN_ID")]


def g_hpidl(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.2:
        return [T(rng.choice(["MBI ", "Medicare MBI ", "MBI: "]))] + g_mbi(ctx)
    if r < 0.32:
        return [T(rng.choice(["MassHealth ID ", "Medicaid ID ", "Medicaid # "]))] + g_medicaid(ctx)
    lab = rng.choice(["member ID ", "mbr id ", "subscriber ID ", "policy # ", "ID # ", "ins ID ",
                      "member # ", "Member ID: ", "sub id "])
    return [T(lab)] + g_hpid(ctx)


def g_mbi(ctx):
    ctx.tag("health-plan")
    return [V(maybe_obf(ctx, mbi(ctx.rng), ["spaced", "zw"], 0.06), "HEALTH_PLAN_ID")]


def g_medicaid(ctx):
    ctx.tag("health-plan")
    return [V(ctx.rng.choice(["1" + rdig(ctx.rng, 11), "10" + rdig(ctx.rng, 10), "MA" + rdig(ctx.rng, 10)]), "HEALTH_PLAN_ID")]


def g_medicaidl(ctx):
    return [T(ctx.rng.choice(["MassHealth ID ", "Medicaid ID ", "MassHealth # ", "NH Medicaid ID "]))] + g_medicaid(ctx)


def g_group(ctx):
    rng = ctx.rng
    return [V(rng.choice(["%06d" % rng.randint(1000, 999999), "GRP-" + rdig(rng, 5), rdig(rng, 7) + "-000" + str(rng.randint(1, 9))]))]


# --- accounts
def g_har(ctx):
    rng = ctx.rng
    ctx.tag("account")
    v = rng.choice([rdig(rng, 8), "7" + rdig(rng, 9), "G" + rdig(rng, 7), "HAR" + rdig(rng, 8),
                    "4001" + rdig(rng, 5), rdig(rng, 3) + "-" + rdig(rng, 6), "A" + rdig(rng, 9)])
    return [V(maybe_obf(ctx, v, ["spaced", "zw", "fullwidth", "nbsp"], 0.14), "ACCOUNT_NUMBER")]


def g_harl(ctx):
    lab = ctx.rng.choice(["HAR ", "acct # ", "account ", "guarantor acct ", "pt acct ", "hospital acct #",
                          "Acct No. ", "HAR# ", "acct ", "account number "])
    return [T(lab)] + g_har(ctx)


def g_bank(ctx):
    ctx.tag("account")
    return [V(rdig(ctx.rng, ctx.rng.choice([9, 10, 11, 12])).lstrip("0").rjust(10, "2"), "ACCOUNT_NUMBER")]


# --- licences
def g_dl(ctx):
    rng = ctx.rng
    ctx.tag("license")
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v = rng.choice(["S" + rdig(rng, 8), "SA" + rdig(rng, 7), "%s%s%s%s" % (rdig(rng, 2), rng.choice(L), rng.choice(L) + rng.choice(L), rdig(rng, 5)),
                    rdig(rng, 7), "%s %s %s" % (rdig(rng, 3), rdig(rng, 3), rdig(rng, 3)), "V" + rdig(rng, 6),
                    rdig(rng, 9), "D%s-%s-%s" % (rdig(rng, 3), rdig(rng, 4), rdig(rng, 4))])
    return [V(maybe_obf(ctx, v, ["spaced", "zw", "fullwidth"], 0.12), "LICENSE_NUMBER")]


def g_dea(ctx):
    rng = ctx.rng
    ctx.tag("license")
    c = ctx.persons.get("c")
    l2 = slug(c.last)[:1].upper() if c is not None and slug(c.last) else rng.choice("ABCDEFGHJKLMNPRSTW")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return [V(rng.choice("ABFGM") + l2 + "".join(map(str, d)) + str(chk), "LICENSE_NUMBER")]


def g_slic(ctx):
    rng = ctx.rng
    ctx.tag("license")
    return [V(rng.choice(["RN" + rdig(rng, 7), "RN-" + rdig(rng, 7), rdig(rng, 6), "MD" + rdig(rng, 6),
                          "2" + rdig(rng, 5), "LPN" + rdig(rng, 6), "PA" + rdig(rng, 7),
                          "NP-%s" % rdig(rng, 6), "0" + rdig(rng, 6), "RPH%s" % rdig(rng, 6)]), "LICENSE_NUMBER")]


def g_slicl(ctx):
    lab = ctx.rng.choice(["lic # ", "license ", "license no. ", "lic ", "#", "lic. "])
    return [T(lab)] + g_slic(ctx)


# --- vehicles
VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(rng.choice(["1HG", "2T1", "1FT", "5YJ", "JTD", "WBA", "3FA", "1C4", "KM8", "4T1", "JN8", "1GN", "5FN", "JF2"]) +
             "".join(rng.choice(al) for _ in range(5)) + "0" + rng.choice("GHJKLMNPRS") +
             rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(rng, 6))
    tot = 0
    for i, ch in enumerate(s):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * VIN_W[i]
    c = tot % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)


def g_vin(ctx):
    ctx.tag("vehicle")
    v = vin(ctx.rng)
    if ctx.rng.random() < 0.08:
        v = obfuscate(ctx, v, ["spaced", "zw"])
    return [V(v, "VEHICLE_ID")]


def g_plate(ctx):
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    ctx.tag("vehicle")
    return [V(rng.choice(["%s%s%s%s" % (rng.randint(1, 9), rng.choice(L), rng.choice(L) + rng.choice(L), rdig(rng, 2)),
                          "%s%s %s" % (rng.randint(1, 9), rng.choice(L) + rng.choice(L) + rng.choice(L), rdig(rng, 3)),
                          "%s%s %s" % (rng.randint(1, 9), rng.choice(L) + rng.choice(L), rdig(rng, 3)),
                          "%s %s" % (rdig(rng, 3), rdig(rng, 4)), rng.choice(L) + rng.choice(L) + rdig(rng, 4),
                          "%s-%s" % (rdig(rng, 3), rng.choice(L) + rng.choice(L) + rng.choice(L))]), "VEHICLE_ID")]


def g_platel(ctx):
    lab = ctx.rng.choice(["plate ", "MA plate ", "NH plate ", "lic plate ", "plate# ", "tag "])
    return [T(lab)] + g_plate(ctx)


# --- devices
def dev_raw(rng):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    kind = rng.choice(["ppm", "icd", "pump", "pump2", "cgm6", "cgm7", "hear", "cpap", "lvad", "libre", "pod"])
    val = {"ppm": rng.choice(L) + rng.choice(L) + rng.choice(L) + rdig(rng, 6) + rng.choice(L),
           "icd": "BW" + rng.choice(L) + rdig(rng, 6) + "R",
           "pump": "NG" + rdig(rng, 7) + "H",
           "pump2": rdig(rng, 7),
           "cgm6": "8" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)),
           "cgm7": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
           "hear": rdig(rng, 4) + rng.choice(L) + rdig(rng, 4),
           "cpap": "2" + rdig(rng, 10),
           "lvad": "MLP" + rdig(rng, 6),
           "libre": "0M000" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
           "pod": "L" + rdig(rng, 2) + rng.choice(L) + rdig(rng, 5)}[kind]
    label = {"ppm": ["pacemaker SN ", "PPM serial ", "pacer S/N ", "Medtronic pacer SN "],
             "icd": ["ICD S/N ", "AICD serial ", "defib SN "],
             "pump": ["insulin pump SN ", "pump serial# ", "670G serial ", "pump S/N "],
             "pump2": ["t:slim SN ", "Tandem pump serial ", "pump serial "],
             "cgm6": ["Dexcom transmitter ID ", "G6 transmitter ", "CGM transmitter "],
             "cgm7": ["G7 sensor SN ", "Dexcom G7 serial ", "CGM SN "],
             "hear": ["hearing aid serial ", "hearing aid SN ", "L hearing aid S/N "],
             "cpap": ["CPAP SN ", "ResMed serial ", "CPAP serial # "],
             "lvad": ["LVAD controller S/N ", "HeartMate controller SN "],
             "libre": ["Libre sensor SN ", "Libre serial "],
             "pod": ["Omnipod PDM SN ", "PDM serial "]}[kind]
    return kind, val, rng.choice(label)


def udi(rng):
    return "(01)%s(17)%s(10)%s(21)%s" % ("0" + rdig(rng, 13), "%02d%02d%02d" % (rng.randint(26, 31), rng.randint(1, 12), rng.randint(1, 28)),
                                         rng.choice(["LOT", "L", ""]) + rdig(rng, 5), rng.choice(["SN", "", "A"]) + rdig(rng, 6))


def g_dev(ctx):
    ctx.tag("device")
    return [V(dev_raw(ctx.rng)[1], "DEVICE_ID")]


def g_devl(ctx):
    rng = ctx.rng
    ctx.tag("device")
    if rng.random() < 0.12:
        return [T(rng.choice(["UDI ", "device UDI ", "UDI: "])), V(udi(rng), "DEVICE_ID")]
    kind, val, lab = dev_raw(rng)
    return [T(lab), V(val, "DEVICE_ID")]


def g_pacer(ctx):
    rng = ctx.rng
    ctx.tag("device")
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = rng.choice(["ppm", "ppm", "icd", "lvad", "crt"])
    if k == "ppm":
        return [T(rng.choice(["pacemaker SN ", "PPM serial ", "pacer S/N ", "pacemaker serial # "])),
                V(rng.choice(L) + rng.choice(L) + rng.choice(L) + rdig(rng, 6) + rng.choice(L), "DEVICE_ID")]
    if k == "icd":
        return [T(rng.choice(["ICD S/N ", "AICD serial ", "defib SN "])), V("BW" + rng.choice(L) + rdig(rng, 6) + "R", "DEVICE_ID")]
    if k == "crt":
        return [T(rng.choice(["CRT-D serial ", "BiV ICD SN "])), V(rdig(rng, 6) + rng.choice(L) + rng.choice(L), "DEVICE_ID")]
    return [T(rng.choice(["LVAD controller S/N ", "HeartMate controller SN "])), V("MLP" + rdig(rng, 6), "DEVICE_ID")]


def g_devhear(ctx):
    rng = ctx.rng
    ctx.tag("device")
    return [V(rdig(rng, 4) + rng.choice("ABCDEFGHJK") + rdig(rng, 4), "DEVICE_ID")]


def g_devcpap(ctx):
    ctx.tag("device")
    return [V("2" + rdig(ctx.rng, 10), "DEVICE_ID")]


def g_udi(ctx):
    ctx.tag("device")
    return [V(udi(ctx.rng), "DEVICE_ID")]


# --- IP
def ipv4(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                       "%d.%d.%d.%d" % (rng.choice([24, 50, 66, 68, 71, 73, 76, 98, 108, 174]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))])


def ipv6(rng):
    h = lambda: "%x" % rng.randint(0, 0xffff)
    return rng.choice(["2601:%s:%s:%s::%s" % (h(), h(), h(), h()), "fe80::%s:%s:%s:%s" % (h(), h(), h(), h()),
                       "2600:1700:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h())])


def g_ip(ctx):
    ctx.tag("ip")
    v = ipv4(ctx.rng)
    if ctx.rng.random() < 0.05:
        v = obfuscate(ctx, v, ["zw", "fullwidth"])
    return [V(v, "IP_ADDRESS")]


def g_ipv6(ctx):
    ctx.tag("ip")
    return [V(ipv6(ctx.rng), "IP_ADDRESS")]


# --- URL
def g_url(ctx):
    rng = ctx.rng
    P = ctx.person("p")
    ctx.tag("url")
    fi, la = slug(P.first), slug(P.last)
    v = rng.choice([
        "https://mychart.%s/MyChart/visit?csn=%s&pt=%s" % (ORG_DOMAIN, rdig(rng, 10), rdig(rng, 8)),
        "https://telehealth.%s/join/%s?patient=%s-%s" % (ORG_DOMAIN, rdig(rng, 6), fi, la),
        "https://kestrelhealth.doxy.me/%s%s" % (la, rdig(rng, 3)),
        "https://portal.%s/patients/%s/visits/%s" % (ORG_DOMAIN, rdig(rng, 8), rdig(rng, 6)),
        "https://mychart.%s/MyChart/proxy/%s.%s" % (ORG_DOMAIN, fi, la),
        "https://video.%s/v/%s-%s-%s" % (ORG_DOMAIN, fi, la, rdig(rng, 4)),
        "mychart.%s/visit/%s?mrn=%s" % (ORG_DOMAIN, rdig(rng, 9), rdig(rng, 8))])
    if rng.random() < 0.15:
        ctx.tag("slack-markup")
        return [T("<"), V(v, "URL"), T("|" + rng.choice(["visit link", "join", "portal link", "link"]) + ">")]
    return [V(v, "URL")]


def g_purl(ctx):
    rng = ctx.rng
    P = ctx.person("p")
    ctx.tag("url")
    fi, la = slug(P.first), slug(P.last)
    v = rng.choice(["https://www.caringbridge.org/visit/%s%s" % (fi, la),
                    "https://www.caringbridge.org/site/%s-%s" % (fi, la),
                    "https://www.gofundme.com/f/help-%s-%s-recover" % (fi, la),
                    "https://gofund.me/%s%s" % (la[:4], rdig(rng, 4)),
                    "https://www.lotsahelpinghands.com/c/%s/%s-%s-family" % (rdig(rng, 6), fi, la),
                    "https://www.mealtrain.com/trains/%s%s" % (la[:3], rdig(rng, 5))])
    return [V(v, "URL")]


# --- addresses
def town(rng):
    t = rng.choice(TOWNS)
    return t[0], t[1], rng.choice(t[2])


def street(rng):
    s = rng.choice(STREETS)
    if rng.random() < 0.25:
        parts = s.rsplit(" ", 1)
        if len(parts) == 2 and parts[1] in STREET_LONG:
            s = parts[0] + " " + STREET_LONG[parts[1]]
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 2999)]))
    if rng.random() < 0.04:
        num += rng.choice(["A", "B", "½"])
    return num + " " + s


def g_addr(ctx):
    rng = ctx.rng
    ctx.tag("address")
    t, st, z = town(rng)
    s = street(rng)
    apt = rng.choice(["", "", "", "", " Apt 3B", ", Apt 2", " #2", " Unit 12", ", 2nd fl", " Apt. 411"])
    z4 = z + ("-" + rdig(rng, 4) if rng.random() < 0.15 else "")
    sep = "\n" if rng.random() < 0.05 else ", "
    if sep == "\n":
        ctx.tag("multiline")
    v = rng.choice(["%s%s%s%s %s %s" % (s, apt, sep, t, st, z4),
                    "%s%s%s%s, %s %s" % (s, apt, sep, t, st, z4),
                    "%s%s %s %s" % (s, apt, t, st),
                    "%s%s, %s %s" % (s, apt, t, z4),
                    "%s%s, %s" % (s, apt, t),
                    "%s%s%s%s, %s %s" % (s, apt, sep, t, st, z4)])
    if rng.random() < 0.08:
        v = v.lower()
    return [V(v, "ADDRESS")]


def g_addr_po(ctx):
    rng = ctx.rng
    ctx.tag("address")
    t, st, z = town(rng)
    box = rng.choice(["PO Box ", "P.O. Box ", "PO BOX ", "po box "]) + str(rng.randint(1, 9999))
    return [V(rng.choice(["%s, %s %s %s" % (box, t, st, z), "%s, %s, %s %s" % (box, t, st, z), "%s\n%s, %s %s" % (box, t, st, z)]), "ADDRESS")]


def g_pobox(ctx):
    ctx.tag("address")
    return [V(ctx.rng.choice(["PO Box ", "P.O. Box "]) + str(ctx.rng.randint(1, 9999)), "ADDRESS")]


def g_street(ctx):
    ctx.tag("address")
    return [V(street(ctx.rng), "ADDRESS")]


def g_town(ctx):
    ctx.tag("address")
    return [V(town(ctx.rng)[0], "ADDRESS")]


def g_zip(ctx):
    ctx.tag("address")
    return [V(town(ctx.rng)[2], "ADDRESS")]


def g_zip4(ctx):
    ctx.tag("address")
    return [V(town(ctx.rng)[2] + "-" + rdig(ctx.rng, 4), "ADDRESS")]


def g_route(ctx):
    return [V(ctx.rng.choice(ROUTES))]


def g_state(ctx):
    return [V(ctx.rng.choice(["MA", "NH", "Maine", "RI", "Mass", "New Hampshire"]))]


# --- cards
def card(rng):
    kind = rng.choice(["v", "v", "mc", "amex", "disc"])
    if kind == "v":
        p = "4" + rdig(rng, 14)
    elif kind == "mc":
        p = str(rng.randint(51, 55)) + rdig(rng, 13)
    elif kind == "disc":
        p = "6011" + rdig(rng, 11)
    else:
        p = rng.choice(["34", "37"]) + rdig(rng, 12)
    n = p + luhn_digit(p)
    sep = rng.choice([" ", "-", "", " "])
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def g_card(ctx):
    ctx.tag("credit-card")
    return [V(maybe_obf(ctx, card(ctx.rng), ["spaced", "fullwidth", "zw", "nbsp", "spelled"], 0.2), "CREDIT_CARD")]


def g_last4(ctx):
    return [V(rdig(ctx.rng, 4))]


# --- non-PHI identifiers / near misses
def g_ticket(ctx):
    rng = ctx.rng
    ctx.tag("ticket")
    return [V(rng.choice(["INC%07d" % rng.randint(1000, 9999999), "RITM%07d" % rng.randint(1000, 999999),
                          "CHG%07d" % rng.randint(1000, 999999), "DEL-%d" % rng.randint(100, 9999),
                          "SR-%d" % rng.randint(10000, 99999), "REQ%07d" % rng.randint(1000, 999999),
                          "EPIC-%d" % rng.randint(100, 9999), "SEC-%d" % rng.randint(10, 999),
                          "TASK%07d" % rng.randint(1000, 999999)]))]


def g_po(ctx):
    rng = ctx.rng
    ctx.tag("po")
    return [V(rng.choice(["45000" + rdig(rng, 5), "PO-%d-%04d" % (rng.randint(2024, 2026), rng.randint(1, 9999)),
                          str(rng.randint(100000, 999999)), "KH" + rdig(rng, 7)]))]


def g_invoice(ctx):
    rng = ctx.rng
    ctx.tag("po")
    return [V(rng.choice(["INV-%d-%05d" % (rng.randint(2024, 2026), rng.randint(1, 99999)), "inv " + rdig(rng, 7),
                          "#" + rdig(rng, 8), "INV" + rdig(rng, 6)]))]


def g_costc(ctx):
    rng = ctx.rng
    return [V(rng.choice(["%d-%04d" % (rng.randint(6000, 8999), rng.randint(1000, 9999)), "CC " + rdig(rng, 5),
                          rdig(rng, 5), "%d.%d" % (rng.randint(100, 999), rng.randint(1000, 9999))]))]


def g_cc5(ctx):
    ctx.tag("zip-like")
    return [V("0" + str(rng_between(ctx.rng, 1000, 2999)))]


def rng_between(rng, a, b):
    return rng.randint(a, b)


def g_npi(ctx):
    rng = ctx.rng
    ctx.tag("npi")
    base = str(rng.choice([1, 2])) + rdig(rng, 8)
    return [V(base + luhn_digit("80840" + base))]


def g_cpt(ctx):
    ctx.tag("cpt")
    return [V(ctx.rng.choice(CPTS))]


def g_anes(ctx):
    ctx.tag("cpt", "zip-like")
    return [V(ctx.rng.choice(ANES))]


def g_icd(ctx):
    ctx.tag("icd")
    return [V(ctx.rng.choice(ICDS))]


def g_ver(ctx):
    rng = ctx.rng
    ctx.tag("version")
    return [V(rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 9)),
                          "%d.%d.%d" % (rng.randint(1, 24), rng.randint(0, 12), rng.randint(0, 30)),
                          "version %d.%d" % (rng.randint(2, 9), rng.randint(0, 20)),
                          "Nov %d SU%d" % (rng.randint(2024, 2025), rng.randint(1, 30)),
                          "v%d.%d" % (rng.randint(1, 9), rng.randint(0, 9)),
                          "%d.%d.%d-rc%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 4))]))]


def g_build(ctx):
    rng = ctx.rng
    ctx.tag("version")
    return [V(rng.choice(["build %d.%d.%d.%d" % (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(0, 9), rng.randint(1, 40)),
                          "bld %d.%02d.%d.%d" % (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(0, 9), rng.randint(1, 99)),
                          "build %d%02d%02d.%d" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 9)),
                          "firmware %d.%d.%d.%d" % (rng.randint(10, 99), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1000, 9999))]))]


def g_zoomid(ctx):
    rng = ctx.rng
    return [NL(rng.choice(["%s %s %s" % (rdig(rng, 3), rdig(rng, 4), rdig(rng, 4)), "9" + rdig(rng, 10),
                          "%s %s %s" % (rdig(rng, 3), rdig(rng, 3), rdig(rng, 4))]).lstrip("0").rjust(3, "8"))]


def g_zoomurl(ctx):
    rng = ctx.rng
    return [V(rng.choice(["https://kestrelhealth.zoom.us/j/9%s" % rdig(rng, 10),
                          "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s" % "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789") for _ in range(22)),
                          "https://zoom.us/j/8%s?pwd=%s" % (rdig(rng, 9), "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789") for _ in range(16)))]))]


def g_intranet(ctx):
    rng = ctx.rng
    return [V(rng.choice(["https://intranet.%s/policies/%s" % (ORG_DOMAIN, rng.choice(["hipaa-minimum-necessary", "pto", "visitor-policy", "byod"])),
                          "https://kh.service-now.com/kb?id=KB%07d" % rng.randint(1000, 99999),
                          "https://boardportal.%s/meetings/%d-%02d" % (ORG_DOMAIN, rng.randint(2025, 2026), rng.randint(1, 12)),
                          "https://www.cdc.gov/flu/hcp/index.html", "https://www.cms.gov/medicare/payment",
                          "https://sharepoint.%s/sites/nursing/Shared%%20Documents/staffing.xlsx" % ORG_DOMAIN,
                          "https://www.%s/careers" % ORG_DOMAIN]))]


def g_money(ctx):
    rng = ctx.rng
    ctx.tag("money")
    return [V(rng.choice(["$%s" % format(rng.randint(1000, 250000), ","), "$%d.%02d" % (rng.randint(10, 999), rng.randint(0, 99)),
                          "$%.1fM" % (rng.randint(5, 90) / 10.0), "$%dk" % rng.randint(5, 900)]))]


def g_amt(ctx):
    rng = ctx.rng
    ctx.tag("money")
    return [V(rng.choice(["$%d.%02d" % (rng.randint(25, 4999), rng.randint(0, 99)), "$%s" % format(rng.randint(50, 18000), ","),
                          "$%d" % rng.randint(20, 900)]))]


def g_bfax(ctx):
    ctx.tag("phone")
    return [V(phone_text(ctx, ext=False), "PHONE", True)]


def g_pct(ctx):
    return [V("%d%%" % ctx.rng.randint(2, 40))]


def g_count(ctx):
    return [V(str(ctx.rng.randint(2, 48)))]


def g_room(ctx):
    rng = ctx.rng
    return [V(rng.choice(["%d%02d" % (rng.randint(2, 8), rng.randint(1, 40)), "%d%02d%s" % (rng.randint(2, 8), rng.randint(1, 40), rng.choice("AB")),
                          "rm %d%02d" % (rng.randint(2, 8), rng.randint(1, 40)), "%d-%02d" % (rng.randint(2, 8), rng.randint(1, 40))]))]


def g_bed(ctx):
    rng = ctx.rng
    return [V(rng.choice([str(rng.randint(1, 40)), "B%d" % rng.randint(1, 30), "%d%s" % (rng.randint(1, 30), rng.choice("AB"))]))]


def g_unit(ctx):
    return [V(ctx.rng.choice(UNITS))]


def g_site(ctx):
    return [V(ctx.rng.choice(SITES))]


def g_facaddr(ctx):
    ctx.tag("facility-address")
    return [V(ctx.rng.choice(FACADDR))]


def g_asset(ctx):
    rng = ctx.rng
    return [V(rng.choice(["BMC-%06d" % rng.randint(1, 99999), "KH-IT-%05d" % rng.randint(1, 99999),
                          "asset %d" % rng.randint(100000, 999999), "CE%06d" % rng.randint(1, 999999)]))]


def g_ndc(ctx):
    rng = ctx.rng
    return [V(rng.choice(["%s-%s-%s" % (rdig(rng, 4), rdig(rng, 4), rdig(rng, 2)), "%s-%s-%s" % (rdig(rng, 5), rdig(rng, 3), rdig(rng, 2)),
                          "%s-%s-%s" % (rdig(rng, 5), rdig(rng, 4), rdig(rng, 1))]))]


def g_policynum(ctx):
    return [V(ctx.rng.choice(POLICYNUM))]


def g_passcode(ctx):
    return [V(rdig(ctx.rng, 6))]


def g_badge(ctx):
    rng = ctx.rng
    return [V(rng.choice(["E%06d" % rng.randint(1, 999999), str(rng.randint(10000, 99999)), "KH%05d" % rng.randint(1, 99999)]))]


def g_order(ctx):
    rng = ctx.rng
    return [V(rng.choice(["ORD%08d" % rng.randint(1, 99999999), "order #" + rdig(rng, 9), "req " + rdig(rng, 6)]))]


def g_job(ctx):
    return [V("job %d" % ctx.rng.randint(1000, 99999))]


def g_census(ctx):
    return [V(str(ctx.rng.randint(12, 36)))]


def simple(pool, tag=None):
    def f(ctx):
        if tag:
            ctx.tag(tag)
        return [V(ctx.rng.choice(pool))]
    return f


def g_me(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.55:
        s = V("<@U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">")
        s.keep = True
        ctx.tag("slack-markup")
        return [s]
    return [V(rng.choice(["@assistant", "@PHI-safe bot", "@Copilot", "@kestrel-bot", "@chatbot", "@ExecAssist"]))]


def g_mention(ctx):
    rng = ctx.rng
    s = V("<@U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">")
    s.keep = True
    ctx.tag("slack-markup")
    return [s]


def g_chan(ctx):
    rng = ctx.rng
    s = V("<#C0%s|%s>" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                          rng.choice(["6n-nursing", "exec-office", "rev-cycle", "him-roi", "it-help", "pharmacy-ops",
                                      "patient-experience", "ed-flow", "bed-huddle", "cm-sw"])))
    s.keep = True
    ctx.tag("slack-markup")
    return [s]


def g_vendorco(ctx):
    if ctx.vendorco is None:
        ctx.vendorco = ctx.rng.choice(VENDORCO)
    return [V(ctx.vendorco)]


GENS = {
    "dob": g_dob, "dob_peds": g_dob_peds, "qdob": g_qdob, "bday": g_bday, "date": g_date, "sdate": g_sdate,
    "ldate": g_ldate, "dowdate": g_dowdate, "time": g_time, "mtg": g_mtg, "mtgdate": g_mtgdate,
    "mtgday": g_mtgday, "deadline": g_deadline, "policydate": g_policydate, "licexp": g_licexp,
    "termdate": g_termdate, "exp": g_exp, "year": g_year, "fy": g_fy,
    "age90": g_age90, "age90n": g_age90n, "age": g_age, "agg": g_agg, "dur": g_dur,
    "phone": g_phone, "bphone": g_bphone, "phonel": g_phonel, "fax": g_fax, "tel": g_tel, "ext": g_ext,
    "email": g_email, "ssn": g_ssn, "ssnl": g_ssnl, "mrn": g_mrn, "mrnl": g_mrnl,
    "hpid": g_hpid, "hpidl": g_hpidl, "mbi": g_mbi, "medicaid": g_medicaid, "medicaidl": g_medicaidl,
    "group": g_group, "har": g_har, "harl": g_harl, "bank": g_bank,
    "dl": g_dl, "dea": g_dea, "slic": g_slic, "slicl": g_slicl,
    "vin": g_vin, "plate": g_plate, "platel": g_platel,
    "dev": g_dev, "devl": g_devl, "devhear": g_devhear, "pacer": g_pacer, "devcpap": g_devcpap, "udi": g_udi,
    "ip": g_ip, "ipv6": g_ipv6, "url": g_url, "purl": g_purl,
    "addr": g_addr, "addr_po": g_addr_po, "pobox": g_pobox, "street": g_street, "town": g_town,
    "zip": g_zip, "zip4": g_zip4, "route": g_route, "state": g_state,
    "card": g_card, "last4": g_last4,
    "ticket": g_ticket, "po": g_po, "invoice": g_invoice, "costc": g_costc, "cc5": g_cc5, "npi": g_npi,
    "cpt": g_cpt, "anes": g_anes, "icd": g_icd, "ver": g_ver, "build": g_build, "zoomid": g_zoomid,
    "zoomurl": g_zoomurl, "amt": g_amt, "bfax": g_bfax, "intranet": g_intranet, "money": g_money, "pct": g_pct, "count": g_count,
    "room": g_room, "bed": g_bed, "unit": g_unit, "site": g_site, "facaddr": g_facaddr, "asset": g_asset,
    "ndc": g_ndc, "policynum": g_policynum, "passcode": g_passcode, "badge": g_badge, "order": g_order,
    "job": g_job, "census": g_census, "me": g_me, "mention": g_mention, "chan": g_chan, "vendorco": g_vendorco,
    "dept": simple(DEPTS), "payer": simple(PAYERS), "dorg": simple(DONORG), "facility": simple(FACILITIES),
    "dx": simple(DX), "med": simple(MEDS), "proc": simple(PROCS), "lang": simple(LANGS), "car": simple(CARS),
    "pharmacy": simple(PHARMACIES), "emoji": simple(EMOJI, "emoji"),
}

# --------------------------------------------------------------------------
# templates  ("tags | text"; \n = newline; {slot.attr} persons; {gen} values)
# --------------------------------------------------------------------------

PHI_TEMPLATES = r"""
# ---- executives delegating to the bot, exec assistants
vip escalation | {me} draft a short note to {x.first} ({x.title}): {p.n} was admitted to {unit} {date}, stable, family asking for privacy. no dx please.
vip | {me} summarize for {x.full}: the VIP on {unit} is {p.full}, DOB {dob}, {mrnl}. two lines max
vip | can you grab 15 min with {c.full} re {p.hon}? {p.He} came through the ED on {date} and the family called {x.first}'s office directly
escalation complaint | {me} remind me tmrw at 9 to call back {p.poss} {r.rel} {r.full}, {phonel}, about the billing complaint
vip | {x.first} wants a heads-up when {p.full} ({age90}) leaves the ICU. {p.His} {r.rel} {r.first} is a longtime donor so handle gently
complaint | {me} write a reply to {r.full} at {r.email} thanking them for the letter about {r.his} {r.of}'s stay on {unit}. say {c.full} from Patient Experience will call {mtgday}
vip | Per {x.first}: please make sure {p.inv} ({mrnl}) is flagged confidential. Admit date {sdate}.
vip | {me} who is the attending for {p.full} in {room}? {x.title} {x.last} is asking
complaint escalation | {x.first} forwarded a complaint from {r.full} ({r.rel} of {p.full}, DOB {dob}). can you open a grievance and loop in {c.first}?
vip | Hi {c.first}, {x.first} is stopping by to see {p.hon} in {room} after the 3pm. {p.He} turns {age90n} on {bday}, can the unit sign a card?
vip records | {me} pull the last 3 visit dates for {p.full} ({mrnl}) and send them to {x.first} only, not the group
escalation | {me} prep talking points for {x.first}: {p.full}, {age90}, fall on {unit} {date}, {r.rel} {r.first} threatening to go to the press
vip | {me} translate for {x.first}: "{p.first} {p.last} fue dado de alta el {date}" - it's from a text {p.his} {r.rel} sent
vip | {x.title} {x.last} asked me to confirm {p.full} is on for {proc} {date} with {c.dr}. can you check quietly, not on the OR list?
escalation | need a holding statement: {p.full} ({age90}) from {town} died on {unit} {date}; {r.rel} {r.full} has called {x.first}'s cell twice
vip | {me} is board member {p.full} still in PACU? {p.His} EA {c.full} keeps pinging me. {p.He} had {proc} {sdate}
vip | our {x.title} {p.full} is being admitted tonight for {dx}. restrict the chart ({mrnl}); only {c.dr} and {c2.dr} need access
vip | donor {p.full} from the {dorg} has been in ED bay {bed} since {time}, DOB {dob}. {x.first} wants a call when {p.he}'s seen
calendar vip | moving {x.first}'s 2:00 to {mtg}; {x.he} wants to stop by and see {p.full} on {unit} first (family friend, {age90})
records | {c.first} can you print the face sheet for {p.inv}? {mrnl}, adm {sdate}. {x.first} needs it before the 3:00
calendar | blocked {x.first}'s calendar {mtg} for the family meeting re {p.full} (DOB {dob}) with {r.rel} {r.full} and {c.dr}
vip | {c.first}, {x.first} asked me to send flowers to {p.hon} at {addr}; {p.he} was discharged {sdate}. ok to use the dept card?
vip | {me} draft a get-well card from {x.full} to {p.nick}, {p.he} is in {room} until {ldate}
vip multiline | For {x.first}'s 7am brief:\n- census {census}, 4 boarders\n- VIP: {p.inv}, {unit}, adm {sdate}\n- {r.rel} {r.full} asked for a call back at {phone}
escalation | {me} the family of {p.full} emailed {x.first} from {r.email}. please summarize and don't forward outside the exec office
vip | {x.first} needs {p.poss} room number and {p.his} {r.rel}'s cell; {x.he} promised {r.first} a call. {p.He} was admitted {date}
vip | pls add to {x.first}'s notes: visited {p.full} {ldate}, {p.he} is {age90n} and sharp as a tack; asked about the new wing
escalation complaint | {me} summarize this VM for {x.first}: caller {r.full}, says {p.his} {r.of} {p.first} waited 9 hrs in the ED on {date}. callback {phone}
vip | {x.title} {x.last}'s neighbor {p.full} is in {unit}; {x.he} asked if someone can check on {p.him}. DOB {dob}
# ---- nursing
multiline | Handoff {unit} rm {room}\nPt: {p.inv}\nDOB: {dob}\nMRN: {mrn}\nAdm: {sdate} for {dx}\nFamily: {r.rel} {r.first} {phone}\nCode status: full
fall | {p.hon} in {room} was found on the floor at 0300, no injury. fall date {date}, {c.dr} notified, {r.rel} {r.first} aware
fall calendar | fall huddle for {p.first} {p.last} (fell {sdate}) moved to {mtg}
| can someone help? {p.hon} ({age90}) keeps asking for {p.his} {r.rel} {r.full}, the # on file is {phone} but nobody picks up
thread | > is {p.full} still on {unit}?\nno, d/c'd {sdate} home to {addr}
thread | > who has {p.hon} tonight?\n{c.first} does. FYI {p.his} {r.rel} {r.first} calls at 10pm every night from {phone}
| {p.n} in {room} pulled {p.his} IV again, sitter requested. {p.He} is {age90}, hx {dx}
| family of {p.full} asking for a call from the attending: {r.rel} {r.full}, {phonel}
multiline | SBAR\nS: {p.full}, {age90}, {mrnl}\nB: admitted {sdate} w/ {dx}\nA: new confusion since {time}\nR: {c.dr} to see, {r.rel} {r.first} updated
| pls move {p.hon} to a window bed, {p.his} {r.rel} {r.full} is staying overnight. charge RN at {ext}
| override pull for {p.inv}, {mrnl}: {med} given {time} on {date}
| {p.full} refused {p.his} {med} again tonight. {r.rel} {r.first} ({r.email}) wants to be told each time
emoji | bday cake for {p.hon} in {room} tomorrow 🎂 {p.he}'ll be {age90n}! {r.rel} {r.first} is bringing balloons
| wound photo for {p.inv} uploaded to the media tab, DOS {date}
| {p.full} went to IR with {p.his} {pacer} interrogation pending; rep is {v.full} from {vendorco}
| pt {p.first} {p.last} in {room} is asking for a priest; {p.He} is {age90}, catholic, {r.rel} {r.first} agrees
| who took {p.poss} hearing aids? left one is missing, serial {devhear}. {r.rel} is upset
| {p.hon}, {age90}, DNR/DNI signed {date} with {r.rel} {r.full} as HCP
| ED to {unit}: {p.inv}, {age}, {dx}, {mrnl}. bed {bed} ready at {time}
| {c.first} pls call {p.poss} {r.rel} back at {phone}, {p.he} had a rough night
multiline | shift note {unit}\n{room}: {p.full} - fall risk, {age90}\n{room}: {q.full} - d/c {ldate}\nsitter needed in {room}
thread | > anyone know {p.poss} DOB? the band is smudged\n{dob}, MRN {mrn}
| restraint order renewed for {p.full} at {time} on {date}, {c.dr} aware
| {p.first} in {room} keeps calling {p.his} {r.rel} "{r.first}" all night; {r.he} lives in {town}, should we call?
| {p.hon} has a {pacer} and is going to MRI on {date}; rep confirmed it is conditional
| fyi {r.rel} {r.full} is the only approved visitor for {p.full}; security has {r.his} photo. plate {plate}
# ---- registration / patient access
structured | registering {p.full}, DOB {dob}, {ssnl}, addr {addr}. {payer} {hpidl}. anything else needed for the ED?
records | can't find {p.inv} in EMPI; tried DOB {dob} and old {mrnl}. {p.He} says {p.he} moved from {town} last year
records | possible duplicate: {p.full} {mrnl} vs {mrn}, same DOB {dob}. SSN on one is {ssn}, the other only has last 4 {last4}
| guarantor for {p.first} {p.last} (minor, DOB {dob_peds}) is {r.rel} {r.full}, guarantor acct {har}, cell {phone}
| scanned DL for {p.full}: {dl}, expires {licexp}. address on it is old; new one is {addr}
| {p.hon} needs a parking pass for dialysis 3x/wk, plate {plate}, VIN on the form is {vin}
| walk-in {p.full} says {p.he} has {payer}, {hpidl}, but eligibility comes back inactive. DOB {dob}
| ED reg: the John Doe from {time} is {p.full}, DOB {dob}, {mrnl}. {r.rel} {r.first} on the way, ph {phone}
| pls update {p.poss} address to {addr} and phone to {phone}, {p.he} called from the lobby
| new pt {p.full}: lives in {town}, zip {zip}, prefers {lang}, needs an interpreter for the {date} appt
records | name change: {p.last}, {p.first} (maiden {p.maiden}), {mrnl}. marriage cert scanned
| insurance card for {p.full}: {payer} {hpidl}, group {group}, rx bin on back. DOB {dob}
| {p.hon}'s {r.rel} wants to be guarantor: {r.full}, SSN {ssn}, {r.email}
| {c.first} - pre-reg for {p.full} for the {date} {proc}: {mbi} primary, {payer} secondary {hpid}
| patient at window 3 ({p.first} {p.last}) has a {payer} card that says {hpid} but the system shows {hpid}
| ABN signed by {p.full} for the {ldate} visit, scanned to {mrnl}
| {p.poss} {r.rel} called: new cell {phone}, new email {r.email}
thread | > DOB?\n{dob}\n> SSN?\nlast 4 only: {last4}, {p.he} won't give the rest
| SSN for {p.full} is {ssn}; reg had it as {ssn}. which one goes in?
| peds reg: {p.full}, DOB {dob_peds}, {r.rel} {r.full}, {medicaidl}, lives in {town}
| {p.first} {p.last} walked out before triage at {time}; home number {phone}, {addr}
# ---- billing / revenue cycle
money | {p.full} called about {p.his} bill, {harl}, DOS {date}. wants a payment plan; card on file {card} exp {exp}
money emoji | pls don't paste card numbers in here 😬 {c.first} just posted {card} for {p.first} {p.last}; deleting
money | refund for guarantor {r.full}, {harl}, check goes to {addr}
| Medicare MBI for {p.inv} is {mbi}; stop using the old HICN. DOS {sdate} to {sdate}
money | self-pay estimate for {p.hon} (DOB {dob}): CPT {cpt} x1, {amt}. coverage termed {termdate}
money | ACH refund for {p.full}: checking {bank}, {amt}. {c.first} approved
money | collections hold on {harl} ({p.full}): {p.he} passed away {date}; estate contact is {r.rel} {r.full}, {phonel}
| {payer} denied {p.poss} claim, {hpidl}, DOS {date}, group {group}. appeal due {deadline}
money | statement came back RTS for {p.full}; old address {addr}. anyone have the new one?
money | {p.full} paid by phone: {card}, exp {exp}. please use the IVR next time, not the desk line
money | charity care app for {p.full}: household of 4 in {town}, {harl}, DOS {sdate}-{sdate}
money | {c.first} the guarantor on {harl} is wrong, should be {r.full} ({r.rel}), DOB {qdob}
money | posting issue: payment {amt} landed on {p.poss} account {har} instead of {q.poss} {har}
money | prior balance {amt} for {p.inv}, DOS {date}, ICD {icd}. send to {facility}?
money | {p.hon} disputes the {date} ED charge; says {p.he} never got the statement at {addr_po}
money | write-off request: {p.full}, {harl}, {amt}, bankruptcy filed {termdate}, {c.first} approved
money | Hi, corporate Amex for the {dept} conference is {card} exp {exp}; {c.first} has the CVV
money | balance transfer: {harl} for {p.full} from {sdate} visit, pt says {p.his} {payer} ID is {hpid}
# ---- HIM / records
records | ROI: {r.full} ({r.rel}, POA) wants records for {p.full}, DOB {dob}, DOS {sdate} to {sdate}. send to {r.email}
records | amendment request from {p.hon} re: the note dated {date}, {mrnl}
records | {mrnl} ({p.last}) has a misfiled EKG from another pt, {q.full}, {mrnl}
records | subpoena received for {p.inv}, DOB {dob}. legal says hold; {c.first} has the original
records | death cert pending for {p.full}, expired {date} at {time}, {age90}. funeral home needs it by Friday
records | merge request: {p.inv} {mrnl} into {mrn}, confirmed same SSN {ssn}
records | records for {p.full} were faxed to {fax} instead of {facility}'s fax. need a breach review
records multiline | ROI log\nrequestor: {r.full} ({r.rel})\npatient: {p.full}\nDOB: {dob}\nDOS: {date}\nsend to: {addr}
records | chart # {mrn} ({p.first} {p.last}) is locked for the {date} encounter; {c.dr} needs to cosign
records | {p.poss} old paper chart from {year} is at the offsite vault, box {count}; request from {r.email}
records | release to {r.full} denied; {r.he} isn't on the HIPAA form for {p.full}, {mrnl}
records | amend DOB for {p.full} from {dob} to {qdob}, ID verified with DL {dl}
records | please unscan the PDF in {p.poss} chart, it belongs to {q.inv}, DOB {qdob}
records | {c.first} pls pull {p.inv}, {mrnl}, all radiology {sdate} through {sdate} for {r.rel} {r.full}
# ---- IT / security / telehealth
ip | {p.poss} bedside iPad at {ip} keeps dropping off wifi; it's tied to {p.his} {mrnl}. {ticket}
url | portal link for {p.first} isn't working: {url}. it was sent to {p.email}
ip | VPN log shows {c.full} opened {p.full} ({mrnl}) from {ip} at {time}; compliance wants a review
url | telehealth visit for {p.full} on {date} at {time}: {url}
ip | home monitoring hub for {p.full} reports from {ip}, {devl}
| locked out of MyChart proxy for {p.full}: {r.rel} {r.full}, username {r.email}. {ticket}
ip | RPM vendor says {ipv6} is the patient's home router, pt {p.inv}
ip | firewall flagged {ip} and {ip} hitting the portal with {p.poss} credentials. {ticket}
url | {c.first} the video link for {p.hon} expired: {url}, visit was {date}
ip | printer job for {p.inv} ({mrnl}) went to {ip} on {unit} instead of {asset}
url | {r.rel} can't join {p.poss} visit at {time}: {url}, {r.he} is on {phone}
| IT, the tablet in {room} still shows {p.full}'s name and DOB {dob} on the lock screen. {ticket}
ip | audit: {p.full} accessed {p.his} own chart from {ip}; {c.first} flagged it as employee snooping but it's fine
url | CGM data for {p.first} {p.last} isn't syncing: {devl}, share link {url}
| portal msg from {p.full} ({p.email}) landed in the wrong pool; {ticket}
# ---- pharmacy
| {p.full} ({age90}, {mrnl}) on {med} via pump, {devl}. refill script faxed to {fax}
license | DEA for {c.dr} is {dea}; controlled rx for {p.hon} (DOB {dob}) rejected at the retail pharmacy
| prior auth for {p.first} {p.last}: {payer} {hpidl}, group {group}, {med}
| waste discrepancy: {p.full}, {med} dispensed {sdate} at {time}, {c.first} witnessed
| insulin pump {dev} for {p.full} alarming; family brought {p.his} own supplies. {r.rel} cell {phone}
| {p.hon} brought home meds in a bag from {pharmacy} with an old address on the label, {addr}
| med rec for {p.full}: {r.rel} says {p.he} stopped {med} on {date}. pharmacy # {phone}
| {c.first} can you call {pharmacy} for {p.inv}, DOB {dob}? their # is {phone}
| {p.first} {p.last} ({age90}) on {med} + {med}, INR 4.1 on {sdate}; {c.dr} paged
| bedside delivery for {p.full} in {room}: copay on card {card}, {p.he} signed
# ---- case management / social work
referral | d/c planning: {p.hon} lives alone in {town}, {r.rel} {r.first} ({phone}) is the contact. PCP f/u due {date}
referral | SNF referral for {p.full}, DOB {dob}, {medicaidl}; accepting facility is {facility}
referral | ride for {p.first} {p.last} to {addr} on {date} at {time}, wheelchair van
referral | home health referral: {p.full}, {addr}, {phonel}. SOC {date}
| APS report filed for {p.full} ({age90}); {r.rel} {r.full} is the alleged. {c.first} has the case #
referral | hospice consult for {p.full}, {mrnl}; {r.rel} {r.first} wants to meet {mtgday}
referral | {p.full} is unhoused, mail goes to {addr_po}; {p.he} sleeps near {street} most nights
referral | VNA for {p.hon} at {street}, {town}, starting {date}; {r.rel} has the key
referral | {p.inv} accepted at {facility}, d/c {ldate}, transport to pick up at {time}
referral | placement for {p.full} ({age90}): {r.rel} {r.full} prefers something near {town}
referral multiline | d/c summary for {facility}\nName: {p.full}\nDOB: {dob}\nAdm: {sdate}  D/c: {sdate}\nHCP: {r.full} {phone}
referral | {r.rel} says {p.first} can't go back to {addr}, three flights and no rails
referral | Meals on Wheels referral for {p.hon}, {addr}, {phone}, start {date}
# ---- employee health (colleague as patient)
employee-health | EH: {p.full} (RN, {unit}) needlestick {date} at {time}; source pt {q.full}, {mrnl}
employee-health | {p.first} from {dept} is out after surgery {sdate}; EH needs the clearance note before {p.he} returns
employee-health | OSHA log: {p.full}, back injury lifting a pt on {date}, DOB {dob}
employee-health | flu shot medical exemption for {p.full} (badge {badge}), DOB {dob}
employee-health | {p.full} from our team tested positive {sdate}, symptom onset {date}. don't share outside the unit
employee-health | TB screen for {p.inv}, {dept}, read {date}: positive, CXR ordered
employee-health | fit test failed for {p.full}, DOB {dob}; {p.he} has a {dx} hx, EH to follow
# ---- VIP / security / visitors
vip | heads up: {x.title} {p.full} is in ED bay {bed}, please restrict the chart. {p.His} assistant {c.full} is the contact
security | car blocking the ambulance bay, plate {plate}, belongs to a visitor of {p.hon} in {room}
security | visitor {r.full} (for {p.hon}, {room}) was escorted out at {time}. {r.He} drives a {car}, plate {plate}
security | BOLO: {p.full}, {age}, eloped from {unit} at {time}. {r.rel} thinks {p.he} may head to {addr}
security | towed vehicle VIN {vin} belongs to {p.full}'s {r.rel}; they're asking at the front desk
security | trespass notice for {r.full}, {r.rel} of the pt in {room}; DL {dl}
vip | {p.full} (local news anchor) in {unit}, restrict access; {mrnl}
vip | pro athlete {p.full} coming for {proc} {date}; use alias "{q.full}" in the schedule
security | {r.full} says {r.he} is {p.poss} {r.rel} and wants the room number; not on the list
# ---- family voice
family | Hi, this is {r.full}, {p.poss} {r.rel}. {p.He} was moved to rehab on {sdate} and nobody called me. my number is {phone}
family | my {r.of} {p.first} is {age90} and hard of hearing. {p.His} hearing aid (serial {devhear}) went missing during transport
family | can you update {r.first} at {r.email}? {r.He} is {p.poss} {r.rel} and lives out of state
family | from the family inbox: "{p.first} {p.last} DOB {dob}: please call {r.first} at {phone} before the procedure on {date}"
family | {r.rel} {r.full} dropped off {p.poss} CPAP, SN {devcpap}, at the front desk
family | message via the website from {r.full}: {r.his} {r.of} {p.full} is in {room}, asking about visiting hours
family | this is {p.poss} {r.rel}. {p.He} turns {age90n} on {bday}, can we bring cake to {unit}?
family | my {r.of}'s name is {p.full}, birthday {dob}. we were told {p.he} would be discharged {date}, is that still the plan?
family emoji | thank you all for taking care of {p.first} ❤️ {p.His} CaringBridge is {purl} if the nurses want to see photos
family | {r.full} here ({r.rel}). please send {p.poss} discharge papers to {addr}, not the {town} address
family | we live in {town}, can {p.first} do the {date} follow up by video? my email is {r.email}
family | my {r.of} {p.full} has a device, {pacer}; the clinic says they need it before {p.his} surgery {date}
family thread | > who is the contact for {p.first}?\nthat's me, {r.full}, {phone}, or {s.first} ({s.rel}) at {phone}
family | Sorry to bug you, this is {r.first}. Did {p.first} get {p.his} {med} last night? {p.He} was admitted {date}
# ---- lab / radiology
| crit K 6.8 on {p.inv} {mrnl}, called to {c.first} at {time}
| outside CD for {p.full} (DOB {dob}) from the {date} CT uploaded to PACS
| blood bank: {p.full}, {mrnl}, antibody screen positive, drawn {date} {time}
| specimen for {p.inv} mislabeled, DOB on tube {dob}, redraw needed
| mammo recall letter for {p.hon} returned, address {addr}; {p.his} cell is {phone}
| path for {p.full} ({mrnl}) signed out {date}; {c.dr} wants to call {p.him} before the portal releases it
| MRI screening: {p.first} {p.last} has a {pacer}; rep {v.first} says MR conditional
# ---- addresses / towns / zips
address | {p.full} lives at {street} off {route} in {town}
address | need the pt ZIP for the charity care app: {p.first} {p.last}, zip {zip}
address | mail the letter to {p.hon}, {addr_po}
address | {p.hon} moved in with {p.his} {r.rel} in {town}, new zip {zip4}
address | {p.full} was found wandering on {street} in {town}; EMS brought {p.him} in at {time}
address | ambulance dropped {p.first} {p.last} at {site} but {p.he} lives at {addr}
address multiline | send {p.poss} wheelchair to:\n{addr}\nattn {r.full}
address | {p.hon}'s home ZIP is {zip}; PO box {pobox} is for bills only
# ---- urls
url | {r.rel} set up {purl} for {p.first} and asks that we don't share it
url emoji | someone posted {purl} in the lobby TV chat 😬 it's for {p.full}
url | {p.full}'s meal train is {purl}; {x.first} wants to sign the exec team up
# ---- credentialing (providers are staff; numbers still labelled)
credentialing npi | {c.dr}'s MA license {slicl} verified; NPI {npi}, DEA {dea}, license exp {licexp}
credentialing | app for {c.full}: RN license {slic}, personal cell {phone}, home email {c.pemail}
credentialing npi | locum {c.dr}: DEA {dea}, state lic {slic}, NPI {npi}, board cert through {year}
credentialing | {c.dr}'s DL {dl} is needed for the background check; send through secure email, not here
credentialing | {c.full}'s NH license # {slic} lapsed {licexp}; {c.he} can't be scheduled until it's renewed
credentialing npi | OPPE packet for {c.dr}: DEA {dea} (exp {licexp}), NPI {npi}, MA {slic}
# ---- business contacts (phone/e-mail labelled, names not)
business-contact | {v.full} from {vendorco} is onsite {mtgday}, cell {bphone}, {v.wemail}
business-contact | for the pump recall call {v.first} at {vendorco}: {bphone}
business-contact | new contact for {dept} scheduling: {c.full}, {c.wemail}, desk {bphone}
business-contact | the {vendorco} rep ({v.full}) is {v.mailto}
business-contact | after hours {vendorco} support: {tel}
business-contact | {c.first} from {dept} asked to be cc'd: {c.wemail}
business-contact | if the Pyxis is down again page {c.full} or call {vendorco} at {bphone}
business-contact | please send the signed BAA to {v.wemail} and copy {c.wemail}
business-contact calendar | {x.first}'s new assistant is {c.full}: {c.wemail}, {bphone}. {c.He} is scheduling the {mtgdate} board dinner
business-contact | fax the prior auth forms to {payer} at {bfax}; their rep is {v.full}
business-contact ip | {vendorco} needs to whitelist {ip} for the interface; contact {v.wemail}
# ---- threads / mixed
thread | > can someone call {p.poss} {r.rel}?\ncalled {r.first} at {phone}, {r.he}'ll be here by {time}
thread | > {c.first}: what's the MRN for the pt in {room}?\n`{mrn}` ({p.last})
thread | > DOB for {p.full}?\n{dob}
thread | > {x.first} wants an update on {p.hon}\nstable, moving to {unit} {mtgday}. {r.rel} {r.full} is aware
thread multiline | > reg needs a callback #\n> for {p.first} {p.last}\n{phone} (home) / {phone} (cell)
thread | > anyone have an address for {p.hon}?\n{addr} per the face sheet
thread | > {c.full} wrote:\n> the {date} appt for {p.first} was cancelled?\nyes, rescheduled to {date}
thread | > did the pump serial get documented?\nyes {devl} on {p.poss} flowsheet
thread | > is {p.first} the one who's {age90}?\nyes, {p.full}, oldest on the unit
thread | > member id?\n{hpid} ({payer}), subscriber is {p.poss} {r.rel} {r.full}
thread emoji | > {p.hon} going home today? 🤞\nyes! d/c {sdate}, ride is {r.rel} {r.first} in the {car}
# ---- misc, lowercase style, slack markup
| pls call {p.first} back re {p.his} {ldate} appt, {phone}
| *{p.full}* {mrnl} - d/c today, f/u w/ {c.dr} on {date}
| `{mrn}` is {p.hon}, not {q.hon}. please fix the whiteboard
| {chan} {p.inv} in {room}: {dx}, {age90}, {r.rel} {r.first} at bedside
| transfer center: {p.full}, {age}, from {facility} to {unit}; {r.rel} {phonel}
| {p.hon} left AMA at {time}; {p.he} went home to {town}. {c.dr} wants a call to {phone}
| covid swab for {p.full} on {date}, {mrnl}, result to {p.email}
| court-ordered eval for {p.full}, DOB {dob}; {r.full} ({r.rel}) filed the petition
| interpreter ({lang}) for {p.full} on {date} at {time}; {p.he} is {age90}
| {p.full}, {age90}, {addr}, {phone}, {payer} {hpid}
| 911 caller {r.full} reported {p.first} fell at {addr} on {date}
| case {ticket}: {p.full} complains {p.his} {devl} was thrown out on {unit}
| {c.first} can you witness consent for {p.hon}? {p.His} {r.rel} {r.first} signs as HCP. {proc} on {date}
| Please note {p.poss} new PCP is {c.dr}; f/u {date}, MRN {mrn}
| dialysis chair change for {p.full}: MWF {time} starting {date}, {r.rel} drives, plate {plate}
| {p.inv} DOB {dob} {ssn} {hpid}
| lost & found: wallet w/ DL {dl} belonging to {p.full}, room {room}
| {p.poss} {r.rel} left a credit card at the gift shop: {card}
| visit for {p.full} on {dowdate} at {time}, telehealth, {r.rel} joins from {town}
| CMS sample includes {p.full}, DOS {date}, MBI {mbi}
"""

CLEAN_TEMPLATES = r"""
# ---- calendar / exec office
calendar exec-name | {x.first} moved the ops huddle to {mtg}. {c.full} and {c2.full} confirmed
calendar exec-name | {me} set up 30 min with {x.full} ({x.title}) and {c.dr} {mtg}, link {zoomurl}
calendar facility-address | board prep: deck due {deadline}, meeting {mtg} at {facaddr}
calendar emoji | {c.fposs} retirement party is {mtg} in the {site} cafeteria 🎉
calendar exec-name | {x.first} is OOO {mtgdate} to {mtgdate}; {c.full} is acting {x.title}
calendar | can you find a time for {c.first}, {c2.first} and me the week of {mtgdate}? {x.first} wants the staffing plan {deadline}
exec-name | {me} draft a thank-you from {x.full} to the {unit} team for the Press Ganey jump
exec-name | {x.title} {x.last} wants the {fy} throughput numbers before the board call {mtgday}
calendar exec-name | {me} decline the {vendorco} dinner on {mtgdate} for {x.first}, suggest {mtgdate} instead
exec-name | {me} summarize the thread for {x.first}: {c.full} owns the ED boarding fix, {c2.full} owns staffing
calendar | {x.first}'s flight lands at {time}; push the 1:1 with {c.first} to {mtg}
calendar exec-name | {x.full} will open town hall {mtg}; {c.dr} covers the {fy} quality slide
exec-name | {me} reply to {c.full}: yes to the {dept} reorg, effective {policydate}, announce at {mtg}
calendar | leadership rounding {mtg}: {unit}, {unit}, {unit}. {x.first} + {c.first}
exec-name money | {x.first} approved {money} for the {site} lobby refresh, PO to follow
calendar multiline | Agenda {mtgdate}\n1. {fy} budget ({c.first})\n2. {unit} staffing ({c2.first})\n3. {vendorco} renewal\nroom: {facaddr}
calendar exec-name | {me} what's on {x.poss} calendar {mtgday}? move anything with {vendorco} to {mtgdate}
exec-name | {x.first} asked for a 1-pager on the {site} expansion; {c.full} has the draft
calendar | reminder: {dept} all-staff {mtg}, {zoomurl} Meeting ID {zoomid} Passcode {passcode}
exec-name | {me} tell {c.first} that {x.first} signed the {vendorco} contract renewal; effective {policydate}
calendar | {c.first} is out {mtgdate}-{mtgdate} (vacation), {c2.first} is covering the {unit} schedule
# ---- IT
version ticket | Epic upgrade to {ver} is {mtg}; SUP is on {build}. {ticket}
ticket | Imprivata tap isn't working on {unit} workstations, {ticket}. asset tag {asset}
mrn-topic hipaa | pls don't paste MRNs in #general; use the secure chat. see policy {policynum}
mrn-topic | legacy 10-digit MRNs get mapped to the new 8-digit format {deadline}
version | app01 to app04 patched to {ver} overnight, {build}, no downtime
version | Vocera badge {build} fixes the reboot loop; rollout {mtgday}
ticket | printer on {unit} ({asset}) jams every morning, {ticket}
version ticket | {c.first} pushed {ver} to the Pyxis consoles, {build}, {ticket}
ticket | VPN is flaky for {site} staff, {ticket}; {c.full} is on it
version | Citrix receiver must be {ver} or newer after {policydate}
ticket | password reset loop for {c.full}, {ticket}. please don't DM passwords
hipaa | reminder: the chatbot is not approved for PHI outside {chan}; {intranet}
version | interface engine on {build}; HL7 feed to {vendorco} resumes at {time}
ticket | {count} tickets opened overnight for Haiku login, {ticket} is the parent
version | the {vendorco} pump firmware {ver} recall applies to lots shipped in {year}
ticket | badge printer at {site} is down, asset {asset}, {ticket}; {c.first} bringing a spare
version | new Teams client {ver} rolls out {mtgdate}; old one stops {policydate}
ticket | {c.first} can you close {ticket} and {ticket}? both dupes
mrn-topic | the MRN field on the downtime form is required; leave it blank if unknown and HIM will fix
ticket | Wi-Fi dead zone near {unit} nurse station, {ticket}, {asset}
# ---- revenue cycle / finance
money po | PO {po} for {vendorco} approved, {money}, cost center {costc}
money po | invoice {invoice} from {vendorco} is 60 days out, {money}
money cpt | {fy} denials up {pct}; top CPTs {cpt} and {cpt}
money | charity care threshold goes to 300% FPL effective {policydate}
money | {dept} is {money} over budget for {fy}, mostly agency staffing
money | {payer} contract renewal: rates up {pct} for {fy}; {c.full} negotiating
money cpt | {cpt} with modifier 25 is getting bounced by {payer}; {c.first} is appealing the batch
money | cash posting {mtgday}: {money} from {payer}, {money} self-pay
money po | {c.first} pls split PO {po} across cost centers {costc} and {costc}
money | AR > 90 days is {money}, down {pct} since {fy}
money | month-end close moves to {deadline}; {c.full} needs accruals for {vendorco}
money | card ending {last4} on the corporate Amex expires {exp}; {c.first} will reorder
icd money | coding q for the sepsis audit: {icd} vs {icd}?
zip-like cpt | anesthesia code {anes} is bundling wrong on {count} claims
zip-like | cost center {cc5} moves under Surgical Services on {policydate}
money | {payer} group {group} is the state employee plan; carve-out starts {policydate}
money | price transparency file posted, {intranet}, covers {count} shoppable services
# ---- pharmacy / supply
| shortage: {med} NDC {ndc}; sub {med} until further notice
ticket | Pyxis on {unit} down again, {ticket}; BD tech onsite {mtgday}
| {vendorco} backordered the 18g IVs; {c.first} sourced {count} cases from {site}
| P&T {mtg}: formulary add for {med}, {c.dr} presenting
po | order {order} for {med} arrives {mtgday}, NDC {ndc}
| heparin concentration change goes live {policydate}; smart pump library {ver}
| pharmacy coverage {mtgdate}: {c.first} days, {c2.first} evenings, ext {ext}
# ---- nursing / ops (no identified patient)
age-aggregate | census {unit}: {census} pts, {count} pending d/c, {agg} on fall precautions
| bed {bed} on {unit} needs a sitter tonight, {age} w/ delirium
age-aggregate | {dur} readmission rate for CHF was {pct} in {fy}
age-aggregate | {count} patients 90+ came through the ED last month; the geri ED pilot is for ages 75 and up
| {unit} is at capacity, {count} boarders in the ED; {c.first} is house sup tonight
| staffing {unit}: need 2 RNs for nights {mtgdate}, {c.first} offered a double
| the {age} in {room} is a hard stick, can IV team come?
age-aggregate | fall rate for {agg} doubled in {fy}; {c.full} leading the huddle
| {unit} skills fair {mtg}: restraints, CRRT, the new pump {ver}
| code blue drill on {unit} {mtg}; {c.dr} running it
| anyone have a spare {vendorco} charger? {unit} is down to 2
| rapid response stats for {fy}: {count} calls, {pct} transferred
age-aggregate | quality wants chart audits on {count} pts over 90 discharged in {fy}, no names in this channel
| {room} needs EVS, isolation clean, then it's ready for the ED
| reminder: skin checks on admission, {dur} look-back for pressure injuries
| {count} pts on {unit} are on {med}; pharmacy wants a cross-check at {time}
# ---- facilities / sites
facility-address | new urgent care opens {policydate} at {facaddr}
facility-address | shuttle from the {site} campus to {facaddr} every 20 min starting {mtgday}
facility-address | mail for {dept} now goes to {facaddr}
| our {site} site is closed {mtgdate} for the generator test
facility-address | vendor deliveries for {site} go to the loading dock at {facaddr}, not the front
| elevator 3 at {site} out of service until {deadline}; {ticket}
facility-address | {vendorco} training is at {facaddr}, conf room B, {mtg}
| parking garage at {site} levels 3-4 closed {mtgdate}; staff use the {site} lot
# ---- foundation / donors / vendors
| {d.full} and the {dorg} pledged {money} to the NICU; the gala is {mtg}
| {v.full} from {vendorco} will be on {unit} {mtg} for the pump firmware {ver} rollout
| thank-you letters to {d.full} and {d2.full} go out {deadline}; {x.first} signs
| the {dorg} grant report is due {deadline}; {c.full} has the outcomes data
| {v.first} from {vendorco} says the replacement parts ship {mtgday}, {ticket}
| donor wall unveiling {mtg} at {site}; {d.full} will speak, {x.first} introduces
| {vendorco} QBR {mtg}: {v.full}, {c.full}, {x.first}
| {d.full} asked for a tour of the new cath lab; {x.first} offered {mtgdate}
# ---- credentialing / medical staff (no licence numbers)
npi credentialing | {c.fposs} NPI is {npi}; file complete, MEC {mtg}
credentialing | {c.full} passed the CCRN! license renewal due {licexp}
credentialing npi | NPI lookup for {c.dr}: {npi}, taxonomy 207R00000X, privileges {fy}
credentialing | reappointment cycle for {count} providers closes {deadline}; {c.first} is chasing CME
credentialing | {c.dr} granted temporary privileges through {policydate}
credentialing | board cert for {c.dr} verified through {year}; license lapse date {licexp} noted
# ---- HIM / compliance
ssn-topic hipaa | reminder: never put SSNs in a ticket; HIM rejects ROI forms that include a full SSN
records | ROI backlog is {count} requests, avg turnaround 6 days
hipaa | privacy training due {deadline}, {count} staff in {dept} still outstanding
hipaa records | HIM is moving to the {site} office; release desk hours {time} to 4
ssn-topic | Patient Access will stop collecting SSNs at registration on {policydate}
mrn-topic | the MRN is printed on the band barcode; scan it, don't type it
hipaa | minimum necessary policy {policynum} updated, see {intranet}
records | {count} charts incomplete > 30 days; {c.dr} has the most, {c2.dr} next
hipaa | compliance hotline report {ticket} closed, no PHI involved
# ---- ext / phone-like / zip-like near misses
ext | call the command center at {ext} or {c.first} at {ext}
ext | bed board is {ext}, transfer center {ext}, page {c.first} if no answer
zip-like | the {count} claims with CPT {cpt} are stuck in edit 01844-B
| zoom dial-in uses meeting ID {zoomid}; passcode {passcode}
| NDC for the new {med} is {ndc}, please update the Pyxis
zip-like | {site} cost center is {cc5}; pay period {fy}
# ---- threads / multiline, clean
thread | > is the {mtgdate} huddle still on?\nyes, {time} in the {site} boardroom. {x.first} joining late
thread | > who's covering {unit} tonight?\n{c.first} charge, {c2.first} resource
thread ticket | > did {ticket} get fixed?\nnot yet, {c.full} is waiting on {vendorco}
thread | > {c.first}: can you send the {fy} deck?\nposted in {chan}
thread emoji | > congrats {c.first} on the DAISY award! 🎉\nso deserved 🙌
multiline calendar | Week of {mtgdate}\nMon: {dept} budget\nWed: {vendorco} demo {time}\nFri: {x.first} rounds {unit}
multiline | Downtime plan\n- start {time} {mtgday}\n- {build}\n- paper MAR on {unit}\n- contact {c.full}, {ext}
thread | > can I get the Zoom?\n{zoomurl}
thread | > how many over 90 did we admit in {fy}?\n{agg}, per the dashboard
thread | > is {c.first} the owner?\nno, {c2.full} in {dept}
# ---- misc hard negatives
| {c.full} ({dept}) and {c2.full} will present the {fy} results at the {site} town hall
| PTO approvals for {mtgdate} are due {deadline}; {c.first} has the list
| the {site} clinic moved to {facaddr}; phones forward automatically
| {c.dr} is covering {unit} tonight; {c2.dr} has the ED
| {count} of {count} units hit the hand hygiene target; {unit} was {pct}
| Mr. {c.last} from {dept} will do the walkthrough {mtgday}
| Ms. {c.last} approved the overtime for {mtgdate}
| hope everyone enjoyed the ice cream social 🍦 thanks {c.first}!
| grace period for the badge photo update ends {deadline}
| {c.first} will do the May schedule; {c2.first} takes June
| bill {dept} for the lunch, cost center {costc}
| summer hours start {policydate}, {dept} closes at 3 on Fridays
| policy effective date {policydate} for the visitor policy; {intranet}
| the {year} survey results are in: {pct} engagement in {dept}
| reminder: no patient names in this channel. use initials + room only
| room {room} TV remote is missing again 🙄
| flu clinic {mtg} in the {site} lobby; bring your badge, walk-ins until {time}
| {x.first} wants the {site} and {site} volumes side by side for {fy}
| welcome {c.full} to {dept}! {c.he} starts {mtgdate}
| {c.first} found a pager in the {site} cafeteria, it's at the security desk
| does anyone know if {vendorco} is still doing the lunch-and-learn {mtgday}?
"""

# --------------------------------------------------------------------------
# message-level grammar
# --------------------------------------------------------------------------

OPENERS = ["hey ", "Hi team, ", "quick q: ", "FYI - ", "{me} ", "@here ", "<!here> ", "urgent: ",
           "Morning! ", "sorry to bug you, ", "re: earlier, ", "{c.first} - ", "hi all ", "Hello, ",
           "{mention} ", "ok so ", "heads up: ", "pls help: ", "Good evening. ", "following up: "]
CLOSERS = [" thx", " ty", " Thanks!", " pls advise", " 🙏", " lmk", " - sent from mobile",
           " (sorry for typos)", " thank you", " :pray:", " asap pls", " ty ty", " cc {mention}",
           " much appreciated", " 👍", "\n- {c.first}", " tia"]
QUOTES = ["> {c.first}: can someone grab this?\n", "> any update on this one?\n",
          "> {c.full} wrote: see below\n", "> forwarding from {dept}\n", "> ^ {x.first} asked\n",
          "> who's on this?\n", "> bumping this\n"]
TYPOS = {"please": "pleae", "patient": "pateint", "tomorrow": "tomorow", "received": "recieved",
         "schedule": "schedual", "discharge": "dischrage", "address": "adress", "family": "famliy",
         "because": "becuase", "their": "thier", "calendar": "calender", "separate": "seperate",
         "appointment": "appointmnet", "definitely": "definately", "before": "befor",
         "with": "wiht", "called": "caled", "number": "numbr", "the": "teh", "and": "adn",
         "meeting": "meetign", "should": "shoud", "morning": "mornign", "wants": "wnats"}
PH_RE = re.compile(r"\{([^{}]+)\}")


def parse_templates(block):
    out = []
    for line in block.strip("\n").split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([a-z\- ]*)\| (.*)$", line)
        if not m:
            raise ValueError("bad template line: %r" % line)
        tags, text = m.group(1), m.group(2)
        text = text.replace("\\n", "\n").strip()
        if not text:
            continue
        out.append((tags.split(), text))
    return out


def render(tpl, ctx):
    segs = []
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append(T(tpl[pos:m.start()]))
        key = m.group(1)
        wrap = None
        if key[0] in "*`_":
            wrap, key = key[0], key[1:]
        out = ctx.expand(key)
        if wrap:
            out = [V(wrap)] + out + [V(wrap)]
            ctx.tag("slack-markup")
        segs.extend(out)
        pos = m.end()
    if pos < len(tpl):
        segs.append(T(tpl[pos:]))
    return segs


STRUCT = ("PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER",
          "VEHICLE_ID", "DEVICE_ID", "IP_ADDRESS", "CREDIT_CARD")


def merge_names(segs):
    """'{p.first} {p.last}' or '{p.last}, {p.first}' is one name: one span."""
    out = []
    i = 0
    while i < len(segs):
        s = segs[i]
        if (s.typ == "NAME" and i + 2 < len(segs) and segs[i + 1].typ is None
                and segs[i + 1].text in (" ", ", ") and segs[i + 2].typ == "NAME"
                and segs[i + 2].who == s.who and s.who is not None):
            m = V(s.text + segs[i + 1].text + segs[i + 2].text, "NAME")
            m.who = s.who
            segs = segs[:i] + [m] + segs[i + 3:]
            continue
        out.append(s)
        i += 1
    return out


def add_markup(ctx, segs):
    rng = ctx.rng
    out = []
    for i, s in enumerate(segs):
        prev = segs[i - 1].text if i > 0 else ""
        nxt = segs[i + 1].text if i + 1 < len(segs) else ""
        if (s.typ and "\n" not in s.text and rng.random() < 0.06 and not prev.endswith(("*", "`", "<", "|", "_"))
                and not nxt.startswith(("*", "`", ">", "|", "_", "'"))):
            mark = "*" if s.typ in ("NAME", "DATE", "AGE", "ADDRESS") else rng.choice(["`", "`", "*"])
            out.extend([V(mark), s, V(mark)])
            ctx.tag("slack-markup")
        else:
            out.append(s)
    return out


def typo_word(rng, w):
    if w.lower() in TYPOS and rng.random() < 0.6:
        t = TYPOS[w.lower()]
        return t if w.islower() else (t[0].upper() + t[1:] if w[0].isupper() else t)
    if len(w) < 4:
        return w
    i = rng.randint(1, len(w) - 2)
    k = rng.choice(["swap", "drop", "double"])
    if k == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == "drop":
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def add_typos(ctx, segs):
    rng = ctx.rng
    cands = [(i, m) for i, s in enumerate(segs) if not s.frozen and not s.typ
             for m in re.finditer(r"[A-Za-z]{3,}", s.text)]
    if not cands:
        return False
    n = min(len(cands), rng.choice([1, 1, 2, 3]))
    done = False
    for i, m in sorted(rng.sample(cands, n), key=lambda t: (t[0], -t[1].start())):
        s = segs[i]
        w = m.group(0)
        nw = typo_word(rng, w)
        if nw != w:
            s.text = s.text[:m.start()] + nw + s.text[m.end():]
            done = True
    return done


def name_typo(ctx, segs):
    rng = ctx.rng
    names = [s for s in segs if s.typ == "NAME" and len(s.text) >= 5 and s.text.isalpha()]
    if not names:
        return False
    s = rng.choice(names)
    w = s.text
    i = rng.randint(1, len(w) - 3)
    nw = w[:i] + w[i + 1] + w[i] + w[i + 2:] if rng.random() < 0.5 else w[:i] + w[i + 1:]
    if nw == w:
        return False
    s.text = nw
    return True


def add_emoji(ctx, segs):
    rng = ctx.rng
    e = rng.choice(EMOJI) if rng.random() < 0.7 else rng.choice(SHORTCODES)
    pos = rng.random()
    if pos < 0.45 and not segs[0].text.startswith(">"):
        segs.insert(0, V(e + " "))
    elif pos < 0.85:
        segs.append(V(" " + e))
    else:
        # after the first real sentence break in literal text
        for s in segs:
            if not s.typ and not s.frozen:
                m = re.search(r"[a-z0-9]{3,}[.!] ", s.text)
                if m and m.group(0)[:-2].lower() not in ("mrs", "st"):
                    j = m.end() - 1
                    s.text = s.text[:j] + " " + e + s.text[j:]
                    break
        else:
            segs.append(V(" " + e))
    ctx.tag("emoji")


def build(ctx, tags, tpl):
    rng = ctx.rng
    segs = merge_names(render(tpl, ctx))
    starts_quote = tpl.startswith(">")
    r = rng.random()
    if not starts_quote and r < 0.22:
        segs = render(rng.choice(OPENERS), ctx) + segs
    if rng.random() < 0.2 and not tpl.endswith("\n"):
        segs = segs + render(rng.choice(CLOSERS), ctx)
    if not starts_quote and rng.random() < 0.06:
        segs = render(rng.choice(QUOTES), ctx) + segs
        ctx.tag("thread")
    segs = add_markup(ctx, segs)
    if rng.random() < 0.11:
        if add_typos(ctx, segs):
            ctx.tag("typo")
    if rng.random() < 0.03 and name_typo(ctx, segs):
        ctx.tag("typo")
    if rng.random() < 0.12:
        add_emoji(ctx, segs)
    if rng.random() < 0.11:
        changed = False
        for s in segs:
            if not s.keep:
                lo = s.text.lower()
                if lo != s.text:
                    s.text = lo
                    changed = True
        if changed:
            ctx.tag("lowercase")
    return segs


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------

LINT = [("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")),
        ("phone", re.compile(r"(?<![\d.])(?:\+?1[-. ]?)?\(?\d{3}\)?[-. /]?\d{3}[-. ]\d{4}(?![\d])")),
        ("ssn", re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")),
        ("ip", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")),
        ("card", re.compile(r"(?<!\d)(?:\d[ -]?){14,15}\d(?!\d)")),
        ("email-obf", re.compile(r"\[at\]|\(at\)"))]


def finalize(ctx, tags, segs, kind, idx):
    text = "".join(s.text for s in segs)
    b_off = 0
    intended = []
    for s in segs:
        bl = len(s.text.encode("utf-8"))
        if s.typ:
            intended.append((s.typ, b_off, b_off + bl, s.text, s.biz))
        b_off += bl
    # span hygiene
    for typ, a, e, v, _ in intended:
        if not v or v != v.strip() or v[0] in "*`<>|\"'(,.;:" or v[-1] in "*`<>|\"',;:(":
            return None
    for i in range(1, len(intended)):
        if intended[i][1] < intended[i - 1][2]:
            return None
    # the checker's left-to-right matching must land exactly on our offsets
    b = text.encode("utf-8")
    pos = 0
    for typ, a, e, v, _ in intended:
        j = b.find(v.encode("utf-8"), pos)
        if j != a:
            return None
        pos = j + len(v.encode("utf-8"))
    if kind == "phi" and not intended:
        return None
    if kind == "clean" and intended:
        return None
    # lint non-span text
    masked = bytearray(b)
    for typ, a, e, v, _ in intended:
        for k in range(a, e):
            masked[k] = ord("#")
    off = 0
    for s in segs:
        bl = len(s.text.encode("utf-8"))
        if s.nolint:
            for k in range(off, off + bl):
                masked[k] = ord("#")
        off += bl
    mtext = masked.decode("utf-8", errors="replace")
    for name, rx in LINT:
        if rx.search(mtext):
            return None
    if len(text) > 1200:
        return None
    # tags
    out_tags = []

    def add(t):
        if t not in out_tags:
            out_tags.append(t)
    for t in tags:
        add(t)
    types = [t[0] for t in intended]
    tmap = {"NAME": "name", "DATE": "date", "AGE": "age", "ADDRESS": "address", "PHONE": "phone",
            "EMAIL": "email", "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan",
            "ACCOUNT_NUMBER": "account", "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle",
            "DEVICE_ID": "device", "URL": "url", "IP_ADDRESS": "ip", "CREDIT_CARD": "credit-card"}
    for t in types:
        add(tmap[t])
    if any(t in STRUCT for t in types):
        add("structured")
    for t in ctx.tags:
        if kind == "clean" and t in tmap.values():
            continue
        add(t)
    if "\n" in text:
        add("multiline")
    if "\n>" in text or text.startswith(">"):
        add("thread")
    if any(ord(ch) > 0xFFFF or 0x2600 <= ord(ch) <= 0x27BF for ch in text) or re.search(r":[a-z_]+:", text):
        add("emoji")
    if "\u200b" in text:
        add("zero-width")
    if kind == "phi":
        if intended and all(x[4] for x in intended):
            add("business-contact")
        elif "business-contact" in out_tags:
            out_tags.remove("business-contact")
    else:
        if "business-contact" in out_tags:
            out_tags.remove("business-contact")
    if ctx.persons.get("x") is not None and kind == "clean":
        add("exec-name")
    out_tags = [t for t in out_tags if t not in ("phi", "clean")]
    out_tags = [("phi" if kind == "phi" else "clean")] + out_tags
    spans = [{"type": t, "value": v} for t, a, e, v, _ in intended]
    return {"id": "gj%05d" % idx, "text": text, "spans": spans, "tags": out_tags}


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def main():
    rng = random.Random(SEED)
    phi_t = parse_templates(PHI_TEMPLATES)
    clean_t = parse_templates(CLEAN_TEMPLATES)
    for tags, t in clean_t:
        for m in PH_RE.finditer(t):
            k = m.group(1).lstrip("*`_")
            if k.split(".")[0] in ("p", "q", "r", "s"):
                raise SystemExit("clean template uses a PHI slot: %r" % t)
    texts = [t for _, t in phi_t + clean_t]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate templates")
    kinds = ["phi"] * N_PHI + ["clean"] * (N_TOTAL - N_PHI)
    rng.shuffle(kinds)
    queues = {"phi": [], "clean": []}
    pools = {"phi": phi_t, "clean": clean_t}
    used = {"phi": set(), "clean": set()}
    items = []
    seen = set()
    for idx, kind in enumerate(kinds, 1):
        item = None
        for attempt in range(200):
            if not queues[kind]:
                order = list(range(len(pools[kind])))
                rng.shuffle(order)
                queues[kind] = order
            ti = queues[kind].pop()
            tags, tpl = pools[kind][ti]
            for _ in range(30):
                ctx = Ctx(rng, tpl)
                segs = build(ctx, tags, tpl)
                item = finalize(ctx, tags, segs, kind, idx)
                if item is not None and item["text"] not in seen:
                    break
                item = None
            if item is not None:
                used[kind].add(ti)
                break
        if item is None:
            raise SystemExit("could not render message %d" % idx)
        seen.add(item["text"])
        items.append(item)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False, separators=(",", ":")) + "\n")
    nphi = sum(1 for it in items if it["spans"])
    types = {}
    for it in items:
        for s in it["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    print("wrote %s: %d messages, %d PHI, %d clean; templates %d PHI + %d clean (used %d + %d)"
          % (OUT, len(items), nphi, len(items) - nphi, len(phi_t), len(clean_t), len(used["phi"]), len(used["clean"])))
    print("spans by type: " + ", ".join("%s=%d" % (k, types[k]) for k in sorted(types)))


if __name__ == "__main__":
    main()
