#!/usr/bin/env python3
"""Generate labelled chat messages (prefix go) for the PHI guard.

Theme: outpatient specialty practices (oncology infusion, dialysis, behavioral health,
OB and pediatrics): referrals, prior authorizations, faxes, refills, portal messages
forwarded by front-desk staff, messages from patients' relatives.

Standard library only, fixed seed: running it twice gives the same bytes.
Output: generated_go.jsonl next to this script, raw format read by check_phi_corpus.py
(spans listed as {"type","value"} in reading order).

Every message is built segment by segment: plain text, raw Slack markup (never
transformed) and PHI values (typed).  Spans are therefore known exactly; a final
self-check replays the checker's left-to-right search and regenerates any message
where a value would be matched at a different place than where it was written.
"""
import json
import os
import random
import re
import unicodedata

SEED = 20250917
N_MSG = 1500
CLEAN_SHARE = 0.45
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_go.jsonl")


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def words(s):
    return uniq([w.strip() for w in s.replace("\n", " ").split(",") if w.strip()])


# ---------------------------------------------------------------------------
# name pools (written for this generator)
# ---------------------------------------------------------------------------
WORD_GIVEN = words("""Hope, Faith, Joy, Grace, Will, Grant, Bill, Rose, June, May, April, Dawn,
Amber, Ruby, Pearl, Iris, Ivy, Autumn, Summer, Sunny, Miles, Chase, Hunter, Mark, Frank, Art,
Bob, Destiny, Crystal, Honor, Patience, Sky, Pat, Sue, Guy, Jack, Drew, Wade, Reed, Dale, Glen,
Hazel, Heather, Holly, Jade, Penny, Robin, Sandy, Chance, Justice, Star, Brook, Lily, Violet,
Olive, Daisy, Willow, Rich, Victor, Sterling, Precious, Harmony""")

GIVEN = uniq(WORD_GIVEN + words("""James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda,
David, Elizabeth, William, Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Charles,
Karen, Christopher, Lisa, Daniel, Nancy, Matthew, Betty, Anthony, Margaret, Donald, Ashley,
Steven, Kimberly, Paul, Emily, Andrew, Donna, Joshua, Michelle, Kenneth, Carol, Kevin, Amanda,
Brian, Dorothy, George, Melissa, Timothy, Deborah, Ronald, Stephanie, Edward, Rebecca, Jason,
Sharon, Jeffrey, Laura, Ryan, Cynthia, Jacob, Kathleen, Gary, Amy, Nicholas, Angela, Eric,
Shirley, Jonathan, Brenda, Larry, Pamela, Justin, Emma, Scott, Nicole, Brandon, Helen,
Benjamin, Samantha, Gregory, Katherine, Raymond, Debra, Theodore, Walter, Gladys, Mildred,
Eugene, Florence,
José, María, Guadalupe, Juan, Luis, Carlos, Jorge, Alejandro, Francisco, Miguel, Ana, Lucía,
Sofía, Valentina, Camila, Javier, Diego, Ximena, Yesenia, Maricela, Rafael, Esperanza, Socorro,
Consuelo, Dolores, Luz, Paloma, Santiago, Mateo, Itzel, João, Thiago, Fernanda, Gonçalo,
Conceição, Rui,
Nguyet, Thanh, Minh, Huong, Duc, Lan, Phuong, Tuan, Bao, Linh, Wei, Xiaoming, Mei, Jing, Hao,
Yun, Zhiwei, Xiu, Jian, Ji-woo, Min-jun, Seo-yeon, Hyun, Soo-ah, Jae-hyun, Eun-ji, Haruto, Yuki,
Sakura, Hiroshi, Kenji, Aiko, Takumi, Emi,
Priya, Arjun, Ananya, Rohan, Sanjay, Lakshmi, Vikram, Deepa, Rajesh, Sunita, Aarav, Kavya,
Meera, Anil, Pooja, Mohammed, Fatima, Ahmed, Aisha, Omar, Layla, Yusuf, Khadija, Hassan, Noor,
Tariq, Samira, Karim, Amira,
Chinedu, Ngozi, Oluwaseun, Adaeze, Kwame, Ama, Kofi, Abena, Thandiwe, Sipho, Amara, Tendai, Nia,
Zola, Femi, Chiamaka, Obinna, Babajide, Yetunde, Abdi, Hodan, Fadumo, Mulugeta, Tigist,
Jean-Baptiste, Marie-Claire, Guerline, Widline, Fabiola, Wilner, Jean-Pierre, Rose-Marie,
Kerline, Siobhán, Niamh, Aoife, Ciarán, Seamus, Brendan, Declan, Maeve, Saoirse, Padraig,
Dmitri, Olga, Svetlana, Aleksandr, Natalia, Irina, Łukasz, Agnieszka, Katarzyna, Bogdan,
Oksana, Mykola, Vesna, Zoran, Björn, Ingrid, Sven, Astrid, Klaus, Greta, Jürgen, Annika, Lars,
Sigrid, François, Amélie, Étienne, Giuseppe, Giovanna, Luca, Chiara, Matteo, Francesca,
Salvatore, Rocco, Benedetta, Eleni, Dimitrios, Kostas, Athena, Spiros, Avraham, Shira, Yael,
Moshe, Tova, Eitan, Maricel, Rhodora, Jericho, Lorna, Emre, Ayşe, Mehmet, Dariush, Shirin,
Parisa, Reza, Ayasha, Dakota, Cheyenne,
Jayden, Aaliyah, Brayden, Kinsley, Nevaeh, Zoë, Liam, Noah, Olivia, Harper, Mason, Aria, Kai,
Jaxon, Maddox, Skylar, Paisley, Oakley, Everly, Bentley, DeShawn, LaToya, Tanisha, Jamal,
Darnell, Keisha, Imani, Marquis, Shaniqua, Tyrone, Ebony, Latrice, Deja"""))

WORD_SURN = words("""Young, Long, Hope, Bush, Price, Black, White, Green, Brown, Rice, Hill, Stone,
Wood, Cook, Baker, Fox, Bird, Snow, Frost, Bell, Moon, Story, Sharp, Strong, Small, Little,
Rich, Love, Day, Knight, King, Mills, Banks, Person, Child, Friend, Wise, Goodman, Cash, Paris,
Reading, Glass, Lamb, Steele, Street, Waters, Hunt, Church, Best, Castle, Summers, Winter,
Golden, Noble, Swift, Hardy, Pope, Bishop, Marsh, Field, Lake, Rivers, Do, Le, Ma, Sun""")

SURN = uniq(WORD_SURN + words("""Smith, Johnson, Williams, Jones, Miller, Davis, Wilson, Anderson,
Taylor, Thomas, Moore, Martin, Jackson, Thompson, Harris, Clark, Lewis, Robinson, Walker,
Allen, Wright, Scott, Adams, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell,
Parker, Evans, Edwards, Collins, Stewart, Morris, Rogers, Reed, Morgan, Murphy, Bailey,
Cooper, Richardson, Cox, Howard, Ward, Peterson, Gray, Watson, Brooks, Kelly, Sanders,
Bennett, Barnes, Ross, Henderson, Coleman, Jenkins, Perry, Powell, Patterson, Hughes,
Washington, Butler, Simmons, Foster, Bryant, Alexander, Russell, Griffin, Hayes, Myers, Ford,
Hamilton, Graham, Sullivan, Wallace, Cole, West, Jordan, Owens, Reynolds, Fisher, Ellis,
Harrison, Gibson, McDonald, Marshall,
Garcia, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Perez, Sanchez, Ramirez, Torres,
Flores, Rivera, Gomez, Diaz, Cruz, Morales, Reyes, Gutiérrez, Ortiz, Chávez, Ruiz, Mendoza,
Vargas, Castillo, Jiménez, Romero, Herrera, Medina, Aguilar, Vega, Delgado, Peña, Fuentes,
Santiago, Quiñones, Ocasio, Figueroa, Colón, Maldonado, Ibarra,
de la Cruz, De Jesús, del Valle, van der Berg, Van Buren, von Essen, da Silva, dos Santos,
Di Stefano, De Luca, O'Brien, O'Neill, O'Connor, McAllister, MacLeod, D'Angelo, Al-Hassan,
El-Amin, Ben-David, St. Pierre, Le Blanc, LeBlanc, García-López, Smith-Nguyen, Okafor-Reid,
Hall-Bey, Pérez-Santos, Lee-Chang, Kowalski-Burke, Abu-Zahra,
Pereira, Medeiros, Carvalho, Souza, Almeida, Teixeira, Furtado, Rebelo, Amaral,
Nguyen, Tran, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Ngo, Duong, Ly, Nguyễn,
Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Zhu, Guo, Lin, Gao, Liang,
Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han,
Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato,
Patel, Shah, Singh, Kumar, Sharma, Gupta, Reddy, Rao, Iyer, Nair, Menon, Desai, Mehta, Joshi,
Chaudhary, Banerjee, Chatterjee, Mukherjee, Pillai, Krishnan,
Haddad, Khalil, Nasser, Farah, Saleh, Mansour, Aziz, Rahman, Hussein, Abdullah, Qureshi,
Siddiqui, Okafor, Adeyemi, Okonkwo, Nwosu, Mensah, Asante, Boateng, Owusu, Diallo, Traoré,
Ndlovu, Dlamini, Kamau, Otieno, Mwangi, Abebe, Tesfaye, Haile, Warsame,
Jean-Baptiste, Pierre, Joseph, Charles, Louis, Dorvil, Étienne, Toussaint, Desir, Jean-Louis,
Celestin, O'Sullivan, Walsh, Byrne, Ryan, Doyle, Flanagan, Fitzgerald, Kennedy, Brannigan,
Gallagher, Nolan, Quinn,
Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo,
Conti, Costa, Mancini, Lombardi, Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski,
Zieliński, Ivanov, Petrov, Sokolov, Popov, Kuznetsov, Shevchenko, Kovalenko, Horvat, Novak,
Müller, Schmidt, Schneider, Fischer, Weber, Becker, Hoffmann, Schäfer, Larsen, Johansson,
Lindqvist, Andersen, Nielsen, Berg, Halvorsen, Papadopoulos, Georgiou, Nikolaidis, Pappas,
Cohen, Levi, Katz, Friedman, Goldberg, Rosenberg, Shapiro, Klein, Santos, Bautista,
Villanueva, Castro, Dizon, Manalo, dela Cruz, Yılmaz, Demir, Kaya, Şahin, Hosseini, Ahmadi,
Karimi, Tehrani, Yazzie, Begay, Tsosie, Benally"""))

NICK = {
    "Robert": "Bobby", "William": "Billy", "Elizabeth": "Liz", "Margaret": "Peggy",
    "Katherine": "Kate", "Alejandro": "Alex", "Guadalupe": "Lupe", "Francisco": "Paco",
    "José": "Pepe", "Dmitri": "Dima", "Aleksandr": "Sasha", "Richard": "Rick", "Joseph": "Joey",
    "Patricia": "Trish", "Dorothy": "Dot", "Oluwaseun": "Seun", "Chiamaka": "Amaka",
    "Xiaoming": "Sam", "Jennifer": "Jen", "Christopher": "Topher", "Rebecca": "Becca",
    "Thomas": "Tommy", "Anthony": "Tony", "Consuelo": "Chelo", "Rafael": "Rafa",
    "Natalia": "Natasha", "Giuseppe": "Pino", "Salvatore": "Sal", "Babajide": "Jide",
    "Mohammed": "Mo", "Deborah": "Debbie", "Gregory": "Greg", "Theodore": "Teddy",
    "Dolores": "Lola", "Vikram": "Vik", "Rajesh": "Raj", "Katarzyna": "Kasia",
    "Mykola": "Kolya", "Jean-Baptiste": "JB", "Mildred": "Millie", "Eugene": "Gene",
    "Florence": "Flo", "Walter": "Wally",
}
GENERIC_NICK = ["Bo", "Tito", "Lulu", "Mimi", "Chichi", "Nene", "Junior", "Cookie", "Bubba",
                "Peanut", "Gigi", "Kiki", "Dede", "Pip", "Nana", "Chino", "Tata", "Boo"]
for _k in NICK:
    assert _k in GIVEN, _k

# ---------------------------------------------------------------------------
# other pools
# ---------------------------------------------------------------------------
TOWNS = [("Dracut", "MA", "01826"), ("Amesbury", "MA", "01913"), ("Lowell", "MA", "01852"),
         ("Methuen", "MA", "01844"), ("Haverhill", "MA", "01830"), ("Chelsea", "MA", "02150"),
         ("Revere", "MA", "02151"), ("Malden", "MA", "02148"), ("Quincy", "MA", "02169"),
         ("Brockton", "MA", "02301"), ("Taunton", "MA", "02780"), ("Fall River", "MA", "02720"),
         ("New Bedford", "MA", "02740"), ("Worcester", "MA", "01604"),
         ("Framingham", "MA", "01702"), ("Lynn", "MA", "01902"), ("Peabody", "MA", "01960"),
         ("Everett", "MA", "02149"), ("Somerville", "MA", "02144"), ("Medford", "MA", "02155"),
         ("Waltham", "MA", "02453"), ("Lawrence", "MA", "01841"), ("Fitchburg", "MA", "01420"),
         ("Leominster", "MA", "01453"), ("Pittsfield", "MA", "01201"),
         ("Springfield", "MA", "01109"), ("Holyoke", "MA", "01040"), ("Chicopee", "MA", "01013"),
         ("Salisbury", "MA", "01952"), ("Tewksbury", "MA", "01876"), ("Billerica", "MA", "01821"),
         ("Nashua", "NH", "03060"), ("Manchester", "NH", "03103"), ("Salem", "NH", "03079"),
         ("Pawtucket", "RI", "02860"), ("Woonsocket", "RI", "02895")]
STREETS = ["Tarbox Rd", "Main St", "Elm St", "Pleasant St", "Broadway", "Lakeview Ave",
           "Chestnut St", "Bridge St", "Riverside Dr", "Old County Rd", "Highland Ave",
           "Water St", "Maple Ave", "Pine St", "Central St", "Washington St", "Park Ave",
           "Summer St", "School St", "Mill St", "Oak Ridge Dr", "Cabot St", "Pawtucket Blvd",
           "Lawrence St", "Boston Rd", "Salem Tpke", "Jackson St", "Hildreth St",
           "Mammoth Rd", "Lincoln Ave", "Shawsheen Ave", "Bradford St", "Crescent St",
           "Union St", "Prospect Hill Rd", "Beacon St", "Cedar Ln", "Birch Meadow Dr",
           "Quincy Shore Dr", "Rue Gagnon"]
UNITS = ["Apt 3B", "Apt 2", "#2", "Unit 14", "2nd fl", "Apt 108", "Fl 3", "Apt C"]
SITES = ["Lowell", "Lawrence", "Haverhill", "Andover", "Somerville", "Malden", "Tewksbury",
         "Chelmsford", "Methuen", "North Andover", "Riverside", "Dracut"]
FACADDR = ["1 Riverwalk Dr, Suite 300, Lowell MA 01852",
           "220 Merrimack St, Lawrence, MA 01843",
           "15 Union Sq, Suite 4, Somerville MA 02143",
           "300 Pleasant St, 2nd floor, Malden MA 02148",
           "8 Dundee Park Dr, Andover MA 01810",
           "140 Lincoln Ave, Haverhill MA 01830",
           "1200 Main St, Suite 210, Tewksbury MA 01876",
           "55 Technology Dr, 3rd fl, Chelmsford MA 01824",
           "MVH Cancer Center, 1 Riverwalk Dr, Lowell",
           "Riverside Dialysis, 77 Pawtucket Blvd, Lowell MA 01854"]
FACZIP = ["01852", "01843", "02143", "02148", "01810", "01830", "01876", "01824", "01854"]
CLINICS = ["Lowell Pediatrics", "Dr. Amin's office", "Greater Lawrence Family Health",
           "North Shore OB/GYN", "Riverbend Dialysis", "Valley Oncology Associates",
           "Tri-Town Counseling", "Merrimack Family Practice", "Holy Family ED",
           "Pentucket Medical", "Lahey Burlington", "Andover Pediatrics", "Cape Ann Nephrology",
           "Circle Health Urgent Care", "Bayside Women's Care"]
PAYERS = ["BCBS MA", "Tufts Health Plan", "Harvard Pilgrim", "MassHealth", "Aetna",
          "UnitedHealthcare", "Cigna", "Medicare", "WellSense", "Fallon", "Point32Health",
          "Humana Medicare Advantage", "AllWays Health"]
VENDORS = ["Fresenius", "Baxter", "McKesson", "Cardinal Health", "Omnicell", "Epic",
           "athenahealth", "RightFax", "Kno2", "CoverMyMeds", "Availity", "Nuance", "Spok",
           "Vocera", "Phreesia", "Press Ganey", "Iron Mountain", "Stericycle", "NxStage",
           "Medline", "Owens & Minor", "ICU Medical", "BD"]
DEPTS = ["Infusion", "Dialysis", "Behavioral Health", "OB", "Peds", "Referrals", "Prior Auth",
         "Central Scheduling", "HIM", "Revenue Cycle", "Pharmacy", "Front Desk",
         "Patient Experience", "Compliance", "IT Service Desk", "Biomed", "Social Work"]
DRUGS = ["pembrolizumab 200 mg IV q3w", "nivolumab 480 mg q4w", "carboplatin AUC 5",
         "paclitaxel 80 mg/m2 weekly", "FOLFOX", "pegfilgrastim 6 mg SC", "ondansetron 8 mg PO",
         "zoledronic acid 4 mg", "trastuzumab 6 mg/kg", "epoetin alfa 4,000 units",
         "Venofer 100 mg", "calcitriol 0.25 mcg", "sevelamer 800 mg TID", "sertraline 50 mg",
         "buprenorphine-naloxone 8-2 mg", "Vivitrol 380 mg IM", "lithium 300 mg BID",
         "aripiprazole 10 mg", "RhoGAM 300 mcg", "Tdap 0.5 mL", "amoxicillin 400 mg/5 mL",
         "Beyfortus 50 mg", "albuterol HFA 90 mcg", "methylphenidate ER 18 mg",
         "insulin glargine 10 units", "Keytruda", "Mircera 100 mcg", "escitalopram 10 mg"]
DXS = ["stage III colon cancer", "ESRD", "MDD, recurrent", "GAD", "opioid use disorder",
       "gestational diabetes", "preeclampsia", "RSV", "asthma", "ADHD", "T1DM",
       "breast cancer", "multiple myeloma", "bipolar I", "PTSD", "CKD stage 5",
       "iron deficiency anemia", "NSCLC", "postpartum depression", "anorexia nervosa"]
ICDS = ["Z51.11", "N18.6", "F33.1", "O24.419", "J45.909", "F90.2", "C50.912", "F11.20",
        "Z99.2", "D63.1", "C18.9", "O14.03", "F43.10"]
CPTS = ["96413", "96415", "90935", "90937", "90837", "90791", "59400", "99213", "96372",
        "96365", "90999", "99214", "90471", "G0283"]
SUPPLIES = ["dialyzers", "saline flushes", "IV start kits", "gloves (M)", "fax toner",
            "chemo spill kits", "sharps containers", "bloodline sets", "huber needles",
            "specimen bags", "pregnancy tests", "thermometer covers"]
RELS = ["daughter", "son", "wife", "husband", "mother", "mom", "dad", "father", "sister",
        "brother", "granddaughter", "grandson", "niece", "nephew", "partner", "aunt",
        "guardian", "foster mom", "stepdad", "son-in-law"]
TITLES = ["CFO", "CNO", "COO", "VP Ambulatory Ops", "CMO", "President", "VP Revenue Cycle",
          "Chief Experience Officer", "SVP Oncology Services"]
EMOJI = ["thumbsup", "pray", "white_check_mark", "eyes", "rotating_light", "fax", "tada",
         "warning", "hourglass", "heart", "+1", "raised_hands", "coffee", "sweat_smile",
         "100", "fire", "wave", "clap", "point_up", "upside_down_face"]
AREA = ["617", "508", "781", "978", "413", "774", "857", "339", "351", "603", "401", "860",
        "203", "212", "718", "646", "215", "410", "312", "404", "305", "206", "954", "787"]
MAILDOM = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "outlook.com", "icloud.com",
           "aol.com", "verizon.net", "protonmail.com", "msn.com", "live.com"]
VENDOR_DOM = ["fresenius.com", "baxter-rx.com", "mckesson.com", "kno2.com", "omnicell.com",
              "phreesia.com", "nxstage-renal.com", "medline.com", "covermymeds.com",
              "bcbsma.com", "point32health.org", "aetna.com", "uhc.com", "wellsense.org"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Mon", "Tue",
            "Wed", "Thu", "Fri"]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# ---------------------------------------------------------------------------
# segments
# ---------------------------------------------------------------------------
# a segment is (kind, text, meta): kind "" plain, "RAW" untransformed markup, else PHI type


def PL(s):
    return ("", s, None)


def RAW(s):
    return ("RAW", s, None)


def PHI(t, v, meta=None):
    return (t, v, meta)


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.people = {}
        self.tags = []
        self.bound = {}

    def tag(self, *t):
        for x in t:
            if x not in self.tags:
                self.tags.append(x)


def dig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alpha) for _ in range(n))


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# obfuscation of digit strings
# ---------------------------------------------------------------------------
def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def spaced_digits(s):
    return " ".join(c for c in s if c.isdigit() or c.isalpha())


def spelled(rng, s):
    out = []
    for c in s:
        if c.isdigit():
            w = DIGIT_WORDS[int(c)]
            if c == "0" and rng.random() < 0.4:
                w = "oh"
            out.append(w)
        elif c in "-. " and out and rng.random() < 0.6:
            out[-1] = out[-1] + ","
    return " ".join(out)


def obf(ctx, s, rate=1.0):
    rng = ctx.rng
    r = rng.random() / rate
    digit_pos = [i for i, c in enumerate(s) if c.isdigit()]
    if r < 0.035:
        ctx.tag("evasion", "fullwidth")
        return fullwidth(s)
    if r < 0.065 and len(digit_pos) > 3:
        i = rng.choice(digit_pos[1:-1])
        ctx.tag("evasion", "zero-width")
        return s[:i] + "\u200b" + s[i:]
    if r < 0.085:
        seps = [i for i, c in enumerate(s) if c in " -"]
        if seps:
            i = rng.choice(seps)
            ctx.tag("evasion")
            return s[:i] + "\u00a0" + s[i + 1:]
    if r < 0.12 and len(digit_pos) >= 7:
        ctx.tag("evasion")
        return spaced_digits(s)
    return s


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_ymd(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, DAYS_IN[m - 1])
    return y, m, d


def fmt_date(ctx, y, m, d, p_year):
    rng = ctx.rng
    M, M3 = MONTHS[m - 1], MONTHS[m - 1][:3]
    if rng.random() < p_year:
        st = rng.randrange(14)
        if st == 0:
            return "%d/%d/%d" % (m, d, y)
        if st == 1:
            return "%02d/%02d/%d" % (m, d, y)
        if st == 2:
            return "%d-%02d-%02d" % (y, m, d)
        if st == 3:
            return "%s %d, %d" % (M, d, y)
        if st == 4:
            return "%02d-%s-%d" % (d, M3, y)
        if st == 5:
            return "%d/%d/%02d" % (m, d, y % 100)
        if st == 6:
            ctx.tag("evasion")
            return "%02d%02d%d" % (m, d, y)
        if st == 7:
            return "%d-%d-%d" % (m, d, y)
        if st == 8:
            return "%d.%d.%02d" % (m, d, y % 100)
        if st == 9:
            return "%s %d %d" % (M3, d, y)
        if st == 10:
            return "%d %s %d" % (d, M, y)
        if st == 11:
            return "%s. %d, %d" % (M3, d, y)
        if st == 12:
            return "%s %s, %d" % (M, ordinal(d), y)
        return "%02d/%02d/%02d" % (m, d, y % 100)
    st = rng.randrange(7)
    if st == 0:
        return "%d/%d" % (m, d)
    if st == 1:
        return "%s %d" % (M3, d)
    if st == 2:
        return "%s %d" % (M, d)
    if st == 3:
        return "%s %s" % (M3, ordinal(d))
    if st == 4:
        return "%02d/%02d" % (m, d)
    if st == 5:
        return "%s %s" % (M, ordinal(d))
    return "%d-%d" % (m, d)


def date_slot(y0, y1, p_year):
    def f(ctx):
        y, m, d = rand_ymd(ctx.rng, y0, y1)
        return [PHI("DATE", fmt_date(ctx, y, m, d, p_year))]
    return f


def plain_date(ctx):
    y, m, d = rand_ymd(ctx.rng, 2025, 2026)
    rng = ctx.rng
    r = rng.random()
    if r < 0.2:
        return "%s %d/%d" % (rng.choice(WEEKDAYS), m, d)
    if r < 0.3:
        return "the %s" % ordinal(d)
    return fmt_date(ctx, y, m, d, 0.1)


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age90(ctx):
    rng = ctx.rng
    n = rng.randint(90, 104)
    r = rng.random()
    if r < 0.7:
        v = str(n)
    else:
        ctx.tag("evasion")
        if n < 100:
            v = "ninety" + ("-" + ONES[n - 90] if n > 90 else "")
        else:
            v = "one hundred" + (rng.choice([" and ", " "]) + ONES[n - 100] if n > 100 else "")
    return [PHI("AGE", v)]


def phone_value(ctx, ext_ok=True, evasive=False):
    rng = ctx.rng
    a = rng.choice(AREA)
    e = str(rng.randint(201, 989))
    if e[1:] == "11":
        e = e[0] + "21"
    l = dig(rng, 4)
    if evasive or rng.random() < 0.05:
        ctx.tag("evasion")
        k = rng.randrange(3)
        if k == 0:
            return spaced_digits(a + e + l)
        if k == 1:
            return spelled(rng, "%s-%s-%s" % (a, e, l))
        return "%s.%s-%s" % (a, e, l)
    styles = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s", "+1 %s-%s-%s",
              "+1 (%s) %s-%s", "1-%s-%s-%s", "+1%s%s%s", "(%s)%s-%s", "%s-%s-%s", "%s-%s-%s"]
    v = rng.choice(styles) % (a, e, l)
    v = obf(ctx, v)
    if ext_ok and rng.random() < 0.1:
        v += rng.choice([" ext. %d", " x%d", " ext %d", " Ext %d"]) % rng.randint(2, 4999)
    return v


def phone(ctx):
    return [PHI("PHONE", phone_value(ctx))]


def phone_ev(ctx):
    return [PHI("PHONE", phone_value(ctx, ext_ok=False, evasive=True))]


def bizphone(ctx):
    return [PHI("PHONE", phone_value(ctx), "biz")]


def tel_link(ctx):
    rng = ctx.rng
    a, e, l = rng.choice(AREA), str(rng.randint(201, 989)), dig(rng, 4)
    ctx.tag("slack-markup")
    shown = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l)
    return [RAW("<tel:"), PHI("PHONE", "+1" + a + e + l), RAW("|"), PHI("PHONE", shown), RAW(">")]


def ssn_value(ctx, evasive=False):
    rng = ctx.rng
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    a, g, s = "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
    r = rng.random()
    if evasive or r < 0.25:
        ctx.tag("evasion")
        k = rng.randrange(5)
        if k == 0:
            return a + g + s
        if k == 1:
            return "%s.%s-%s" % (a, g, s)
        if k == 2:
            return spaced_digits(a + g + s)
        if k == 3:
            return spelled(rng, "%s-%s-%s" % (a, g, s))
        return "%s/%s/%s" % (a, g, s)
    v = rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s.%s.%s"]) % (a, g, s)
    return obf(ctx, v)


def ssn(ctx):
    return [PHI("SSN", ssn_value(ctx))]


def ssn_ev(ctx):
    return [PHI("SSN", ssn_value(ctx, evasive=True))]


def mrn_value(ctx):
    rng = ctx.rng
    k = rng.randrange(6)
    if k == 0:
        v = "00" + dig(rng, 6)
    elif k == 1:
        v = str(rng.randint(1000000, 9999999))
    elif k == 2:
        v = str(rng.randint(1, 9)) + dig(rng, 9)
    elif k == 3:
        v = "E" + dig(rng, 7)
    elif k == 4:
        v = "%s-%s-%s" % (dig(rng, 3), dig(rng, 3), dig(rng, 2))
    else:
        v = "MV" + dig(rng, 7)
    return obf(ctx, v)


def mrn(ctx):
    return [PHI("MRN", mrn_value(ctx))]


def mrn_spelled(ctx):
    ctx.tag("evasion")
    rng = ctx.rng
    v = "%s-%s-%s" % (dig(rng, 3), dig(rng, 3), dig(rng, 2))
    return [PHI("MRN", spelled(rng, v))]


def memberid(ctx):
    rng = ctx.rng
    k = rng.randrange(7)
    if k == 0:
        v = letters(rng, 3) + dig(rng, 9)
    elif k == 1:
        v = "W" + dig(rng, 9)
    elif k == 2:
        v = dig(rng, 9) + "01"
    elif k == 3:
        v = "1" + dig(rng, 11)
    elif k == 4:
        v = "U" + dig(rng, 8) + " 01"
    elif k == 5:
        v = letters(rng, 3) + " " + dig(rng, 9)
    else:
        v = "HP" + dig(rng, 9)
    return [PHI("HEALTH_PLAN_ID", obf(ctx, v, 0.6))]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi(ctx):
    rng = ctx.rng
    c = [str(rng.randint(1, 9)), rng.choice(MBI_L), rng.choice(MBI_AN), str(rng.randint(0, 9)),
         rng.choice(MBI_L), rng.choice(MBI_AN), str(rng.randint(0, 9)), rng.choice(MBI_L),
         rng.choice(MBI_L), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    v = "".join(c)
    if rng.random() < 0.4:
        v = "%s-%s-%s" % (v[:4], v[4:7], v[7:])
    return [PHI("HEALTH_PLAN_ID", v)]


def medicaid(ctx):
    return [PHI("HEALTH_PLAN_ID", obf(ctx, "10" + dig(ctx.rng, 10), 0.6))]


def har(ctx):
    v = str(ctx.rng.randint(4, 9)) + dig(ctx.rng, ctx.rng.choice([9, 10]))
    return [PHI("ACCOUNT_NUMBER", obf(ctx, v, 0.5))]


def guar(ctx):
    rng = ctx.rng
    v = rng.choice(["G" + dig(rng, 7), dig(rng, 8), "GA-" + dig(rng, 6)])
    return [PHI("ACCOUNT_NUMBER", v)]


def bank(ctx):
    return [PHI("ACCOUNT_NUMBER", dig(ctx.rng, ctx.rng.randint(9, 12)))]


DL_FMT = ["S" + "#" * 8, "S" + "#" * 8, "#" * 9, "##AAA#####", "#" * 7, "A" + "#" * 7]


def dl(ctx):
    rng = ctx.rng
    f = rng.choice(DL_FMT)
    v = "".join(rng.choice("0123456789") if c == "#" else (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c) for c in f)
    return [PHI("LICENSE_NUMBER", v)]


def dea(ctx, last=None):
    rng = ctx.rng
    first = rng.choice("ABFM")
    second = (ascii_fold(last)[0].upper() if last else rng.choice("ABCDEFGHJKLMNPRSTW"))
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def dea_slot(ctx):
    last = ctx.people["C"].last if "C" in ctx.people else None
    return [PHI("LICENSE_NUMBER", dea(ctx, last))]


def proflic(ctx):
    rng = ctx.rng
    v = rng.choice(["RN" + dig(rng, 7), dig(rng, 6), dig(rng, 7), "LMHC" + dig(rng, 5),
                    str(rng.randint(100000, 299999))])
    return [PHI("LICENSE_NUMBER", v)]


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_value(rng):
    wmi = rng.choice(["1HG", "2T1", "1FA", "JTD", "5YJ", "1G1", "KMH", "WBA", "3VW", "4T1",
                      "1N4", "5FN", "JM1", "2HK"])
    body = "".join(rng.choice(VIN_CH) for _ in range(5))
    tail = rng.choice("GHJKLMNPRS") + rng.choice(VIN_CH) + dig(rng, 6)
    v = list(wmi + body + "0" + tail)
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_T[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def vin(ctx):
    return [PHI("VEHICLE_ID", vin_value(ctx.rng))]


def plate(ctx):
    rng = ctx.rng
    k = rng.randrange(5)
    if k == 0:
        v = str(rng.randint(1, 9)) + letters(rng, 3) + dig(rng, 2)
    elif k == 1:
        v = str(rng.randint(1, 9)) + letters(rng, 2) + "-" + dig(rng, 3)
    elif k == 2:
        v = letters(rng, 3) + "-" + dig(rng, 4)
    elif k == 3:
        v = dig(rng, 7)
    else:
        v = letters(rng, 2) + " " + dig(rng, 3)
    return [PHI("VEHICLE_ID", v)]


def serial(ctx):
    rng = ctx.rng
    k = rng.randrange(7)
    if k == 0:
        v = letters(rng, 3) + dig(rng, 6) + rng.choice("HSGR")
    elif k == 1:
        v = "SM" + dig(rng, 8)
    elif k == 2:
        v = "NG" + dig(rng, 7) + "H"
    elif k == 3:
        v = dig(rng, 2) + letters(rng, 1) + dig(rng, 1) + letters(rng, 1) + dig(rng, 4)
    elif k == 4:
        v = dig(rng, 4) + "-" + dig(rng, 5)
    elif k == 5:
        v = "PAR" + dig(rng, 6)
    else:
        v = letters(rng, 2) + dig(rng, 2) + "-" + letters(rng, 1) + dig(rng, 5)
    return [PHI("DEVICE_ID", v)]


def udi(ctx):
    rng = ctx.rng
    gtin = "00" + dig(rng, 12)
    y, m, d = rand_ymd(rng, 2026, 2030)
    exp = "%02d%02d%02d" % (y % 100, m, d)
    sn = letters(rng, 3) + dig(rng, 6)
    k = rng.randrange(3)
    if k == 0:
        v = "(01)%s(17)%s(21)%s" % (gtin, exp, sn)
    elif k == 1:
        v = "01%s17%s21%s" % (gtin, exp, sn)
    else:
        v = "+H%s%s%s" % (dig(rng, 3), sn, dig(rng, 1))
    return [PHI("DEVICE_ID", v)]


def luhn_complete(prefix_digits, length):
    body = prefix_digits
    rng_body = body
    digits = [int(c) for c in rng_body]
    # compute check digit for digits + check
    tot = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return rng_body + str((10 - tot % 10) % 10)


def card_value(rng):
    k = rng.randrange(4)
    if k == 0:
        pre, ln = "4" + dig(rng, 5), 16
    elif k == 1:
        pre, ln = "5" + str(rng.randint(1, 5)) + dig(rng, 4), 16
    elif k == 2:
        pre, ln = "3" + rng.choice("47") + dig(rng, 4), 15
    else:
        pre, ln = "6011" + dig(rng, 2), 16
    num = luhn_complete(pre + dig(rng, ln - len(pre) - 1), ln)
    if ln == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", "-", "", " "])
    return sep.join(groups)


def card(ctx):
    return [PHI("CREDIT_CARD", obf(ctx, card_value(ctx.rng), 0.7))]


def npi_value(rng):
    base = rng.choice("12") + dig(rng, 8)
    full = luhn_complete("80840" + base, 15)
    return base + full[-1]


def ip(ctx):
    rng = ctx.rng
    k = rng.randrange(6)
    if k == 0:
        h = ["2601", "%x" % rng.randint(0x100, 0xfff), "%x" % rng.randint(0x1000, 0xffff),
             "%x" % rng.randint(0x10, 0xfff)]
        v = ":".join(h) + "::" + "%x" % rng.randint(0x1, 0xffff)
    elif k == 1:
        v = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    elif k == 2:
        v = "192.168.%d.%d" % (rng.randint(0, 10), rng.randint(2, 254))
    else:
        v = "%d.%d.%d.%d" % (rng.choice([24, 50, 66, 67, 68, 71, 73, 76, 98, 100, 108, 146, 173, 174, 209]),
                             rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return [PHI("IP_ADDRESS", v)]


def town_rec(ctx):
    return ctx.rng.choice(TOWNS)


def street_value(ctx):
    rng = ctx.rng
    v = "%d %s" % (rng.choice([rng.randint(2, 99), rng.randint(100, 2400)]), rng.choice(STREETS))
    if rng.random() < 0.25:
        v += rng.choice([" ", ", "]) + rng.choice(UNITS)
    return v


def zip_value(ctx, z):
    if ctx.rng.random() < 0.2:
        return z + "-" + dig(ctx.rng, 4)
    return z


def addr(ctx):
    rng = ctx.rng
    t, st, z = town_rec(ctx)
    s = street_value(ctx)
    k = rng.randrange(5)
    if k == 0:
        v = "%s, %s, %s %s" % (s, t, st, zip_value(ctx, z))
    elif k == 1:
        v = "%s, %s %s %s" % (s, t, st, zip_value(ctx, z))
    elif k == 2:
        v = "%s, %s" % (s, t)
    elif k == 3:
        v = ("%s %s %s" % (s, t, st)).lower()
    else:
        v = "%s %s %s %s" % (s, t, st, z)
    return [PHI("ADDRESS", v)]


def street(ctx):
    return [PHI("ADDRESS", street_value(ctx))]


def town(ctx):
    return [PHI("ADDRESS", town_rec(ctx)[0])]


def zipc(ctx):
    return [PHI("ADDRESS", zip_value(ctx, town_rec(ctx)[2]))]


def pobox(ctx):
    rng = ctx.rng
    t, st, z = town_rec(ctx)
    v = "%s %d, %s %s %s" % (rng.choice(["PO Box", "P.O. Box", "po box"]), rng.randint(10, 9999), t, st, z)
    return [PHI("ADDRESS", v)]


def purl(ctx):
    rng = ctx.rng
    p = person(ctx, "P")
    f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
    k = rng.randrange(5)
    if k == 0:
        v = "https://www.caringbridge.org/visit/%s%s" % (f, l)
    elif k == 1:
        v = "https://www.gofundme.com/f/help-%s-%s-%s" % (f, l, rng.choice(["beat-cancer", "with-dialysis-costs", "recover", "and-family"]))
    elif k == 2:
        v = "https://gofund.me/%s" % "".join(rng.choice("0123456789abcdef") for _ in range(8))
    elif k == 3:
        v = "https://www.facebook.com/%s.%s.%s" % (f, l, dig(rng, 3))
    else:
        v = "https://mealtrain.com/trains/%s" % letters(rng, 6, "abcdefghjkmnpqrstuvwxyz0123456789")
    return [PHI("URL", v)]


def portal_url(ctx):
    rng = ctx.rng
    k = rng.randrange(3)
    if k == 0:
        v = "https://portal.mvhealth.org/patient/%s/messages" % dig(rng, 8)
    elif k == 1:
        p = person(ctx, "P")
        v = "https://telehealth.mvhealth.org/join/%s-%s-%s" % (
            re.sub(r"[^a-z]", "", ascii_fold(p.first).lower()),
            re.sub(r"[^a-z]", "", ascii_fold(p.last).lower()), dig(rng, 4))
    else:
        v = "https://mychart.mvhealth.org/MyChart/Visit?csn=%s&pat=%s" % (dig(rng, 10), dig(rng, 8))
    return [PHI("URL", v)]


def portal_link(ctx):
    ctx.tag("slack-markup")
    return [RAW("<")] + portal_url(ctx) + [RAW("|" + ctx.rng.choice(["video visit", "open chart", "join", "link"]) + ">")]


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
PHI_KEYS = ("P", "Q", "R", "S", "E", "H")
STAFF_KEYS = ("C", "D", "X", "X2", "V", "W", "Y")


class Person:
    def __init__(self, rng, given_pool, surn_pool, last=None):
        self.first = rng.choice(given_pool)
        self.last = last or rng.choice(surn_pool)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTVW") if rng.random() < 0.35 else None
        self.nick = NICK.get(self.first)
        self.mail = None


def person(ctx, key, want_nick=False):
    if key not in ctx.people:
        rng = ctx.rng
        gp, sp, last = GIVEN, SURN, None
        if key in ("R", "S") and "P" in ctx.people and rng.random() < 0.5:
            last = ctx.people["P"].last
        if key == "H":
            gp = WORD_GIVEN if rng.random() < 0.7 else GIVEN
            sp = WORD_SURN if rng.random() < 0.5 else SURN
        if key == "W":
            gp = WORD_GIVEN
        if key == "Y":
            sp = WORD_SURN
        if want_nick:
            gp = list(NICK.keys())
        # avoid two people in one message with the same name
        for _ in range(20):
            p = Person(rng, gp, sp, last)
            if all(p.first != o.first and p.last != o.last for o in ctx.people.values()) or last:
                break
        ctx.people[key] = p
    p = ctx.people[key]
    if want_nick and not p.nick:
        p.nick = ctx.rng.choice(GENERIC_NICK)
    return p


def full_name(rng, p):
    if p.mi and rng.random() < 0.5:
        return "%s %s. %s" % (p.first, p.mi, p.last)
    return "%s %s" % (p.first, p.last)


def inv_name(rng, p):
    st = rng.randrange(5)
    f, l, mi = p.first, p.last, p.mi
    if st == 0:
        return "%s, %s%s" % (l.upper(), f.upper(), (" " + mi) if mi else "")
    if st == 1:
        return "%s, %s" % (l.upper(), f)
    if st == 2:
        return "%s, %s%s" % (l, f, (" " + mi + ".") if mi else "")
    if st == 3:
        return "%s,%s" % (l, f)
    return "%s, %s" % (l, f)


def email_of(ctx, p, biz=False, vendor=False):
    rng = ctx.rng
    f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower()) or "pt"
    l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower()) or "x"
    if biz:
        dom = rng.choice(VENDOR_DOM) if vendor else "mvhealth.org"
        return rng.choice(["%s.%s@%s", "%s%s@%s"]) % ((f, l, dom) if rng.random() < 0.5 else (f[0], l, dom))
    k = rng.randrange(5)
    dom = rng.choice(MAILDOM)
    if k == 0:
        return "%s.%s%s@%s" % (f, l, dig(rng, 2), dom)
    if k == 1:
        return "%s%s%s@%s" % (f[0], l, dig(rng, rng.choice([2, 4])), dom)
    if k == 2:
        return "%s%s@%s" % (f, l[0], dom)
    if k == 3:
        return "%s_%s@%s" % (rng.choice(["mama", "nana", "papa", "the", "its", "real"]) if rng.random() < 0.5 else f, l, dom)
    return "%s.%s@%s" % (f, l, dom)


def person_slot(ctx, key, form):
    rng = ctx.rng
    phi = key in PHI_KEYS
    p = person(ctx, key, want_nick=form in ("nick", "nickonly"))

    def N(v):
        return PHI("NAME", v) if phi else PL(v)

    if form == "full":
        return [N(full_name(rng, p))]
    if form == "first":
        return [N(p.first)]
    if form == "fl":
        return [N("%s %s" % (p.first, p.last))]
    if form == "last":
        return [N(p.last)]
    if form == "inv":
        return [N(inv_name(rng, p))]
    if form == "init":
        return [N("%s. %s" % (p.first[0], p.last))]
    if form == "any":
        k = rng.randrange(6)
        if k == 0:
            return [N(inv_name(rng, p))]
        if k == 1:
            return [N("%s. %s" % (p.first[0], p.last))]
        if k == 2:
            return [N("%s %s" % (p.first, p.last[0]))]
        return [N(full_name(rng, p))]
    if form == "nick":
        k = rng.randrange(4)
        if k == 0:
            return [N(full_name(rng, p)), PL(' ("'), N(p.nick), PL('")')]
        if k == 1:
            return [N(full_name(rng, p)), PL(" (goes by "), N(p.nick), PL(")")]
        if k == 2:
            return [N(p.nick), PL(" ("), N(full_name(rng, p)), PL(")")]
        return [N(full_name(rng, p)), PL(" aka "), N(p.nick)]
    if form == "nickonly":
        return [N(p.nick)]
    if form in ("mr", "dr"):
        hon = "Dr." if form == "dr" else rng.choice(["Mr.", "Mrs.", "Ms.", "Mr", "Ms"])
        if phi:
            return [PL(hon + " "), N(p.last)]
        return [PL(hon + " " + p.last)]
    if form in ("email", "mailto", "emailobf"):
        if p.mail is None:
            p.mail = email_of(ctx, p, biz=not phi, vendor=(key == "V"))
        m = p.mail
        meta = None if phi else "biz"
        if form == "email":
            return [PHI("EMAIL", m, meta)]
        if form == "emailobf":
            ctx.tag("evasion")
            u, d = m.split("@")
            d1, d2 = d.rsplit(".", 1)
            k = rng.randrange(3)
            if k == 0:
                return [PHI("EMAIL", "%s [at] %s [dot] %s" % (u, d1, d2), meta)]
            if k == 1:
                return [PHI("EMAIL", "%s at %s dot %s" % (u, d1, d2), meta)]
            return [PHI("EMAIL", "%s(at)%s.%s" % (u, d1, d2), meta)]
        ctx.tag("slack-markup")
        return [RAW("<mailto:"), PHI("EMAIL", m, meta), RAW("|"), PHI("EMAIL", m, meta), RAW(">")]
    raise KeyError(form)


# ---------------------------------------------------------------------------
# non-PHI filler slots
# ---------------------------------------------------------------------------
def C(lst):
    return lambda ctx: ctx.rng.choice(lst)


def ticket(ctx):
    rng = ctx.rng
    return rng.choice(["INC00" + dig(rng, 5), "RITM00" + dig(rng, 5), "DEL-" + str(rng.randint(1000, 9999)),
                       "SR-" + dig(rng, 5), "CHG00" + dig(rng, 5), "TASK" + dig(rng, 7)])


def po(ctx):
    rng = ctx.rng
    return rng.choice(["PO 45" + dig(rng, 8), "PO# " + dig(rng, 7), "PO-" + dig(rng, 6)])


def invno(ctx):
    rng = ctx.rng
    return rng.choice(["INV-" + dig(rng, 5), "#" + dig(rng, 6), "invoice " + dig(rng, 7)])


def amount(ctx):
    rng = ctx.rng
    k = rng.randrange(4)
    if k == 0:
        return "${:,}.{:02d}".format(rng.randint(100, 99999), rng.randint(0, 99))
    if k == 1:
        return "$%d" % rng.randint(15, 900)
    if k == 2:
        return "$%.1fM" % (rng.randint(5, 90) / 10.0)
    return "${:,}".format(rng.randint(1, 250) * 100)


def ver(ctx):
    rng = ctx.rng
    k = rng.randrange(5)
    if k == 0:
        return "v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 9))
    if k == 1:
        return "build %d.%02d.%d.%d" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 30))
    if k == 2:
        return "%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 99))
    if k == 3:
        return "version %d.%d" % (rng.randint(1, 12), rng.randint(0, 9))
    return "Epic %s %d" % (rng.choice(["Feb", "May", "Aug", "Nov"]), rng.choice([2024, 2025]))


def npi(ctx):
    return npi_value(ctx.rng)


def zoomid(ctx):
    rng = ctx.rng
    return "%s %s %s" % (dig(rng, 3), dig(rng, 4), dig(rng, 4))


def zoomlink(ctx):
    ctx.tag("slack-markup")
    return [RAW("<https://mvhealth.zoom.us/j/%s|Zoom>" % dig(ctx.rng, 11))]


INTRANET = ["policies/fax-cover-sheet", "benefits/plan-year-faq", "rev-cycle/pa-matrix",
            "forms/roi-2025", "it/downtime-procedures", "hr/open-enrollment", "onc/standing-orders",
            "bh/intake-workflow", "peds/vfc-inventory"]


def intranet(ctx):
    rng = ctx.rng
    ctx.tag("slack-markup")
    path = rng.choice(INTRANET)
    if rng.random() < 0.6:
        return [RAW("<https://intranet.mvhealth.org/%s|%s>" % (path, rng.choice(["here", "link", "policy", "FAQ", path.split("/")[-1]])))]
    return [RAW("https://intranet.mvhealth.org/%s" % path)]


def publink(ctx):
    ctx.tag("slack-markup")
    return [RAW(ctx.rng.choice(["<https://www.nccn.org/guidelines/category_3|NCCN>",
                                "https://www.cms.gov/medicare/coverage/prior-authorization",
                                "<https://www.kidney.org/atoz|NKF>",
                                "https://www.acog.org/clinical",
                                "<https://www.aap.org/en/patient-care/immunizations|AAP>"]))]


def mention(ctx):
    ctx.tag("slack-markup")
    rng = ctx.rng
    return [RAW("<@U%s%s>" % (dig(rng, 2), letters(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))]


def bot(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.tag("slack-markup")
        return [RAW("<@U07BOT%s>" % dig(rng, 4))]
    return rng.choice(["@assistant", "@Copilot", "@ExecAssist", "Assistant,", "@Pilot"])


def emoji(ctx):
    return [RAW(":%s:" % ctx.rng.choice(EMOJI))]


def asset(ctx):
    rng = ctx.rng
    return rng.choice(["MVH-%s" % dig(rng, 6), "BME%s" % dig(rng, 5), "AT-%s" % dig(rng, 5)])


def lot(ctx):
    rng = ctx.rng
    return "%s%s%s" % (dig(rng, 2), letters(rng, 1), dig(rng, 3))


def last4(ctx):
    return dig(ctx.rng, 4)


def cardexp(ctx):
    rng = ctx.rng
    return rng.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d"]) % (rng.randint(1, 12), rng.randint(26, 31))


def licexp(ctx):
    rng = ctx.rng
    y, m, d = rand_ymd(rng, 2024, 2027)
    return rng.choice(["%d/%d/%d" % (m, d, y), "%02d/%d" % (m, y), "%s %d" % (MONTHS[m - 1], y)])


def ext(ctx):
    rng = ctx.rng
    return rng.choice(["x%s" % dig(rng, 4), "ext %s" % dig(rng, 4), "ext. %s" % dig(rng, 3), "x%s" % dig(rng, 3)])


def time_(ctx):
    return ctx.rng.choice(["8am", "9:30", "10:15", "noon", "1pm", "2:30 PM", "3pm", "0730", "1400",
                           "4:45", "7:15am", "11:00", "5pm", "6:30 AM", "1530"])


SLOTS = {
    # PHI
    "dob": date_slot(1928, 2007, 0.93),
    "kdob": date_slot(2009, 2025, 0.95),
    "vdate": date_slot(2024, 2026, 0.3),
    "adate": date_slot(2024, 2026, 0.35),
    "ddate": date_slot(2024, 2026, 0.35),
    "death": date_slot(2024, 2026, 0.5),
    "fdate": date_slot(2024, 2026, 0.25),
    "edd": date_slot(2025, 2026, 0.4),
    "bdate": date_slot(2024, 2026, 0.6),
    "age90": age90,
    "phone": phone, "cell": phone, "phone_ev": phone_ev, "bizphone": bizphone,
    "fax": bizphone, "tel": tel_link,
    "ssn": ssn, "ssn_ev": ssn_ev, "mrn": mrn, "mrn_spelled": mrn_spelled,
    "memberid": memberid, "mbi": mbi, "medicaid": medicaid, "har": har, "guar": guar,
    "bank": bank, "dl": dl, "dea": dea_slot, "lic": proflic, "vin": vin, "plate": plate,
    "serial": serial, "udi": udi, "card": card, "ip": ip, "addr": addr, "street": street,
    "town": town, "zip": zipc, "pobox": pobox, "purl": purl, "portalurl": portal_url,
    "portallink": portal_link,
    # non-PHI
    "mtgdate": plain_date, "time": time_, "weekday": C(WEEKDAYS), "month": C(MONTHS),
    "room": C(["Rm 214", "room 3B", "Conf Rm B", "the 4th floor huddle room", "Suite 210",
               "the blue conference room", "Rm 118", "the family room on 2", "the break room"]),
    "n": lambda ctx: str(ctx.rng.randint(1, 24)),
    "count": lambda ctx: str(ctx.rng.randint(2, 60)),
    "pct": lambda ctx: "%d%%" % ctx.rng.randint(3, 97),
    "ticket": ticket, "po": po, "invno": invno, "amount": amount, "ver": ver,
    "planyear": C(["2025", "2026", "2027"]),
    "fy": C(["FY2026", "FY27", "Q3", "Q2 FY26", "next fiscal year", "FY26", "the FY2027 cycle"]),
    "qtr": C(["Q1", "Q2", "Q3", "Q4", "Q3 FY26"]),
    "ext": ext, "npi": npi, "zoomid": zoomid, "zoomlink": zoomlink, "intranet": intranet,
    "publink": publink, "@": mention, "bot": bot, "emoji": emoji,
    "drug": C(DRUGS), "dx": C(DXS), "icd": C(ICDS), "cpt": C(CPTS), "payer": C(PAYERS),
    "vendor": C(VENDORS), "dept": C(DEPTS), "site": C(SITES), "facaddr": C(FACADDR),
    "faczip": C(FACZIP), "clinic": C(CLINICS), "supply": C(SUPPLIES), "rel": C(RELS),
    "Xt": C(TITLES), "asset": asset, "lot": lot, "last4": last4, "cardexp": cardexp,
    "licexp": licexp, "covend": licexp, "expdate": licexp,
    "group": lambda ctx: ctx.rng.choice(["group ", "grp #", "Group No. "]) + dig(ctx.rng, 6),
    "temp": lambda ctx: str(ctx.rng.randint(38, 47)),
    "lowval": lambda ctx: "0.0%d" % ctx.rng.randint(1, 9),
    "agesmall": lambda ctx: str(ctx.rng.randint(18, 89)),
    "ticketsys": C(["ServiceNow", "the RL6 log", "the misdirected-fax log", "SafetyNet"]),
}


# ---------------------------------------------------------------------------
# template expansion:  [a|b|c] choice (nested),  {slot} / {slot#k} bound,  \x literal
# ---------------------------------------------------------------------------
def match_bracket(t, i):
    depth = 0
    j = i
    while j < len(t):
        c = t[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise ValueError("unbalanced [ in %r" % t)


def split_top(s):
    parts, depth, cur, j = [], 0, "", 0
    while j < len(s):
        c = s[j]
        if c == "\\":
            cur += s[j:j + 2]
            j += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(cur)
            cur = ""
            j += 1
            continue
        if c == "{":
            k = s.index("}", j)
            cur += s[j:k + 1]
            j = k + 1
            continue
        cur += c
        j += 1
    parts.append(cur)
    return parts


def slot(name, ctx):
    bind = None
    if "#" in name:
        name, bind = name.split("#", 1)
        if bind in ctx.bound:
            return list(ctx.bound[bind])
    if name.startswith("e:"):
        segs = [RAW(":%s:" % name[2:])]
    elif "." in name and name.split(".")[0] in PHI_KEYS + STAFF_KEYS:
        k, f = name.split(".", 1)
        segs = person_slot(ctx, k, f)
    else:
        segs = SLOTS[name](ctx)
    if isinstance(segs, str):
        segs = [PL(segs)]
    if bind:
        ctx.bound[bind] = segs
    return segs


def expand(t, ctx):
    out, buf, i = [], "", 0
    while i < len(t):
        c = t[i]
        if c == "\\":
            buf += t[i + 1]
            i += 2
        elif c == "[":
            j = match_bracket(t, i)
            out.append(PL(buf))
            buf = ""
            out.extend(expand(ctx.rng.choice(split_top(t[i + 1:j])), ctx))
            i = j + 1
        elif c == "{":
            j = t.index("}", i)
            out.append(PL(buf))
            buf = ""
            out.extend(slot(t[i + 1:j], ctx))
            i = j + 1
        else:
            buf += c
            i += 1
    out.append(PL(buf))
    return [s for s in out if s[1]]


# ---------------------------------------------------------------------------
# frames
# ---------------------------------------------------------------------------
CLEAN = [
    # meetings / calendar
    ("calendar", "[Reminder|Heads up|FYI]: infusion huddle moved to {mtgdate} at {time} in {room}[| — bring the chair utilization numbers]."),
    ("calendar exec-name", "{bot} put 30 min on my calendar with {X.full} [on|for] {mtgdate} re: dialysis staffing grid for {fy}"),
    ("calendar", "Can we move the PA workgroup to {mtgdate}? {C.first} is out {weekday}."),
    ("calendar exec-name", "board quality committee is {mtgdate}, {X.full} presenting the [readmission|no-show|infusion wait time] dashboard"),
    ("calendar emoji", "OB staff meeting {mtgdate} {time} {emoji}"),
    ("calendar exec-name", "{bot} remind me to call {X.first} about the {site} lease on {mtgdate}"),
    ("calendar", "Peds flu clinic is {mtgdate} {time}–{time} in {room}. Volunteers reply here {e:raised_hand}"),
    ("calendar exec-name", "Town hall with {X.full} ({Xt}) is {mtgdate} at {time}. Questions can be submitted [anonymously|ahead of time] {intranet}"),
    ("", "{C.first} — I'll be late for the {time} [1:1|sync|huddle], stuck at the {site} clinic"),
    ("calendar", "Who's presenting at tumor board {mtgdate}? I have {C.dr} down for the {time} slot."),
    ("calendar multiline", "Agenda for {mtgdate}:\n1. fax backlog\n2. PA turnaround ({count} open)\n3. portal message SLAs\n4. {fy} budget"),
    ("calendar", "Interviews for the PA specialist role: {mtgdate} {time} and {mtgdate} {time}. Panel is {C.first}, {D.first} and me."),
    ("calendar", "{C.full} is out [{mtgdate}|{weekday}|all next week] — [route her faxes|send her referrals|cover her PA queue] to {D.first}."),
    # IT / tickets / versions
    ("ticket", "Fax server down again. Opened {ticket} with IT, ETA {time}."),
    ("version ticket", "RightFax client updated to {ver} on all front desk PCs; if you see the old cover sheet, log a ticket."),
    ("ticket", "\\[ServiceNow\\] {ticket} assigned to Clinical Apps – \"Portal message pool not routing to {dept}\". Priority [2|3|4]."),
    ("ticket", "{ticket} closed — {vendor} pushed a fix for the duplicate fax cover pages"),
    ("version", "Phreesia kiosks are on {ver}; reboot if check-in freezes on the insurance card screen."),
    ("version", "Build {ver} of the patient app is live. Known issue: proxy access toggle missing on Android."),
    ("ticket multiline", "Ticket: {ticket}\nQueue: {dept}\nStatus: [Resolved|Pending vendor|In progress]\nNotes: [reset RightFax service|cleared stuck jobs|updated routing rule|replaced toner]"),
    ("version calendar", "Epic downtime {mtgdate} {time}-{time} for the {ver} upgrade. Use downtime forms in the blue binder in {room}."),
    ("ticket", "the scanner at front desk 2 keeps sending to the wrong In Basket pool. {ticket}"),
    ("version", "Anyone else getting 'session expired' in CoverMyMeds? started after the {ver} browser update"),
    ("ext emoji", "Password resets go through the Service Desk ({ext}), not me {e:sweat_smile}"),
    ("version", "`{ver}` is the build that broke the referral order set. Rolling back tonight."),
    ("ticket", "Printer in {room} prints every fax twice. {ticket}"),
    # money / PO
    ("money po", "{vendor} invoice {invno} for {amount} is stuck because {po} was closed. {C.first}, can you reopen?"),
    ("money po", "{po}: {count} cases of {supply} from {vendor}, {amount} total. Needs {X.first}'s approval over $5k."),
    ("money", "{payer} owes us {amount} on {count} aged claims over 90 days. {C.full} is escalating with their provider rep."),
    ("money", "Plan year {planyear} employee copay for infusion is {amount}; benefits FAQ {intranet}"),
    ("money cpt", "Who will bill the esketamine observation time — {cpt} or {cpt}? Need an answer before {fy} close."),
    ("", "bill is on the counter for the {vendor} delivery, whoever closes please sign it"),
    ("money emoji", "Grant approved! The foundation grant covers {count} new infusion chairs {e:tada}"),
    ("money exec-name", "{fy} budget for dialysis supplies came in at {amount}, {pct} over plan. {X.full} wants a variance explanation by {mtgdate}."),
    ("money cpt", "Reimbursement for {cpt} under {payer} dropped to {amount} per unit in {planyear}."),
    ("money", "{vendor} demo went well. Pricing {amount}/yr for {count} licenses, {X.first} to decide."),
    ("money", "Mileage reimbursement for home dialysis visits is now {amount} per trip; submit in Concur by {mtgdate}."),
    # codes / clinical non-PHI
    ("cpt", "Reminder: {cpt} is per hour of infusion, not per visit. Denials are up {pct} this quarter."),
    ("icd", "Coding tip: use {icd} for [encounter for chemo|ESRD on dialysis|recurrent MDD|asthma], not the unspecified code."),
    ("", "standing order updated: {drug}, hold if ANC < 1000"),
    ("", "Pharmacy says {drug} is on backorder until {month}. Use the alternate per protocol."),
    ("", "New protocol: {drug} now requires a PA for all {payer} members starting {planyear}."),
    ("room", "RhoGAM is in the OB fridge, {room}, top shelf. Don't leave it out."),
    ("", "dialysis: {count} treatments today, {count} no-shows, chair {n} down for maintenance"),
    ("", "Anyone have the {payer} PA form for {drug}? The one on the shared drive is from {planyear}."),
    ("cpt icd", "{payer} wants {icd} paired with {cpt} or the claim kicks back."),
    ("", "Premed for {drug} is diphenhydramine 25 mg + acetaminophen 650 mg, 30 min prior"),
    # age aggregates
    ("age-aggregate", "We have {count} patients 90+ on the dialysis census; SW wants transport needs summarized by {mtgdate}."),
    ("age-aggregate", "peds flu clinic: {count} kids under 5 today, {count} more booked tomorrow"),
    ("age-aggregate", "{count} pts over 90 on the infusion schedule this month – no action needed, just FYI for fall-risk staffing"),
    ("age-aggregate", "90-day supply refills are now allowed for {drug} under {payer}."),
    ("", "Behavioral health intake: {count} new referrals this week, median wait {count} days"),
    ("age-aggregate", "we're piloting a fall-risk banner for patients over 85 in infusion"),
    ("age-aggregate", "Peds sees patients up to age 21; after that we refer to adult medicine."),
    # MRN / SSN topics & HIPAA
    ("mrn-topic version", "Heads up: after {ver}, Epic will show 10-digit MRNs. Old 8-digit wristbands still scan."),
    ("ssn-topic hipaa", "Do NOT put SSNs in Teams chats. Use secure chat in Epic. This came up [twice|three times] this week."),
    ("hipaa", "Reminder: minimum necessary — don't forward portal messages to personal email."),
    ("ssn-topic", "Compliance asked: are we still collecting the last 4 of the SSN at check-in? I think we stopped in {planyear}."),
    ("ext hipaa", "Fax cover sheets must say CONFIDENTIAL and list the {dept} callback extension ({ext})."),
    ("hipaa emoji", "If a relative calls asking for results, check the proxy/ROI form first. No ROI = no info. {e:no_entry}"),
    ("mrn-topic", "Why does the fax indexer keep reading the MRN field as the DOB? {ticket}"),
    ("hipaa", "HIPAA training is due {mtgdate}. {count} of you haven't started it {e:eyes}"),
    # facility addresses
    ("facility-address zip-like calendar", "New infusion site opens {mtgdate}: {facaddr}. Parking in the rear lot."),
    ("facility-address zip-like", "Mail for the dialysis unit goes to {facaddr}, not the main campus."),
    ("facility-address", "Courier pickup moved: labs go to {facaddr} after {time}."),
    ("", "Our {site} clinic is closed {mtgdate} for the floor refinish."),
    ("facility-address", "Directions for new hires: {facaddr}, enter by the {dept} door, badge in at the desk."),
    ("zip-like facility-address", "The {site} office ZIP is {faczip} — the mailer template still has the old one."),
    ("facility-address", "Return the loaner pumps to {vendor}, {facaddr}, attn Biomed."),
    # extensions
    ("ext", "For PA questions call the prior auth team at {ext}, not the main line."),
    ("ext", "Dialysis charge nurse is {ext} overnight."),
    ("ext", "Interpreter services moved to {ext}. Spanish and Haitian Creole on site till {time}."),
    ("ext", "OB triage line ({ext}) forwards to L&D after {time}"),
    # exec / bot
    ("exec-name", "{bot} draft a note from {X.full} thanking the {dept} team for hitting {pct} same-day PA turnaround."),
    ("exec-name", "{X.full} wants the behavioral health wait-list numbers (counts only, no names) for the {fy} board deck."),
    ("exec-name", "{bot} summarize the {vendor} contract renewal terms and send to {X.first} before {mtgdate}"),
    ("", "{bot} what's on my calendar {weekday}?"),
    ("calendar multiline exec-name", "Here's your {weekday}:\n• {time} {dept} ops review ({room})\n• {time} call with {V.full} ({vendor})\n• {time} 1:1 with {C.first}"),
    ("exec-name", "{X.first} asked if we can get infusion chair utilization above {pct} by {fy}. Thoughts?"),
    ("", "{bot} find the slide with dialysis census by site for {qtr}"),
    ("emoji", "{Xt} here — great work on the fax backlog, down from {count} to {count}. {e:clap}"),
    ("exec-name", "{X.full} and {X2.full} will join the {site} site visit on {mtgdate}"),
    ("exec-name", "Quote from {X.full} for the newsletter: \"Our dialysis teams show up every day.\" OK to use?"),
    ("exec-name", "{X.first} approved the overtime for the fax backlog. Thank {C.first} when you see her."),
    ("exec-name", "{bot} schedule a call with {X.full} and {C.full} about the OB expansion, any day {mtgdate} works"),
    ("exec-name", "{bot} what did {X.first} say about the {payer} contract in yesterday's email?"),
    # vendors
    ("calendar", "{V.full} from {vendor} is coming {mtgdate} at {time} to in-service the new [pumps|chairs|scales]. Meet in {room}."),
    ("", "{vendor} rep {V.first} says the recall only affects lot {lot}, we don't stock it."),
    ("", "Spoke with {V.full} at {vendor}; {supply} shipments resume {weekday}."),
    ("npi", "{vendor} wants a W-9 and our group NPI ({npi}) before they set up the account."),
    ("", "{V.first} from {vendor} says the interface error is on our side. I disagree."),
    # names-as-words
    ("", "I hope the new routing rules fix the misrouted referrals"),
    ("", "will do, thanks"),
    ("calendar", "Can we grant {C.first} access to the referrals queue before {mtgdate}?"),
    ("", "Mark the fax as reviewed once it's indexed, please"),
    ("", "any joy with the {payer} portal today? still timing out for me"),
    ("", "No-shows rose to {pct} in {month}, up from {pct}."),
    ("", "May I suggest we stop printing the daily schedule? saves ~{count} pages"),
    ("", "Frank question: are we double-booking the {time} slots on purpose?"),
    ("", "we'll chase the {payer} reps again {weekday}"),
    ("", "Patience please, the portal is slow today"),
    ("", "Summer hours start in {month}; front desk closes at {time} Fridays"),
    ("", "Art therapy group is canceled {weekday}; {C.first} is out"),
    ("", "I have faith in this new fax workflow, truly"),
    ("", "Will the new scheduler go live before {fy}?"),
    ("", "Sunny day, the courtyard is open for staff lunch {e:sunny}"),
    ("", "The {dx} support group meets {weekday}s at {time} in {room}; flyers at the front desk."),
    ("", "Don't bill the {cpt} twice, the grant pays for the navigator visit"),
    ("", "Hope you all have a restful weekend, {dept} crushed it this week"),
    # short
    ("emoji", "all set {e:white_check_mark}"),
    ("", "thanks, that helps a lot"),
    ("", "on it now"),
    ("", "PA approved, thanks!"),
    ("", "fax queue cleared [{emoji}|]"),
    ("", "can someone cover front desk 12-1?"),
    ("", "who has the {site} keys"),
    ("", "ok sounds good"),
    # quoted replies
    ("", "> can someone cover the {time} intake?\nI can, adding myself now"),
    ("", "> is the {payer} portal down?\nyes, their status page says back by {time}"),
    ("po", "> did the {vendor} order go out?\nyep, {po}, arriving {weekday}"),
    ("", "> {C.first}: who owns the misdirected fax log?\nCompliance does, {D.first} is the contact"),
    # colleagues in staff context
    ("", "{C.dr} is covering infusion {weekday}; {D.dr} has dialysis rounds."),
    ("emoji", "Welcome {C.full} to the referrals team! She comes to us from {vendor}. {e:wave}"),
    ("emoji", "{C.full} passed her OCN exam {e:tada}"),
    ("", "{C.first} and {D.first} are swapping {weekday} shifts, schedule updated"),
    ("", "{C.dr} will sign the standing orders once {D.first} sends them over"),
    ("", "Congrats to {C.full} on 20 years with the dialysis unit!"),
    ("calendar", "{C.first}'s last day is {mtgdate}, cake in {room} at {time}"),
    ("", "{W.full} is the new front desk lead at {site}; {W.first} will own the fax queue."),
    ("", "{Y.dr} is precepting the new NP in BH this month"),
    ("", "{W.first} said she'd grab the {supply} from central supply"),
    # rooms / beds
    ("room", "Chair {n} is broken, moving the {time} to chair {n}."),
    ("room ticket", "Bed {n} in recovery needs a new mattress — {ticket}"),
    ("room", "station {n} is clean and ready"),
    ("room", "Room {n}B thermostat is stuck at 64, bring a sweater"),
    ("room", "Room 214, bed 2 — call light broken again"),
    # policy / long
    ("multiline slack-markup", "*Fax policy update* (effective {planyear})\n• all inbound referrals go to the Referrals pool\n• misdirected faxes: shred + log in {ticketsys}\n• questions → {C.first} or {ext}\n{intranet}"),
    ("", "Front desk team — please remember to scan insurance cards front AND back. We had {count} denials in {month} from missing back images. Thank you!"),
    ("", "Portal message SLA is 2 business days. We're averaging {count} days in behavioral health. {C.first}, can we talk staffing?"),
    ("multiline exec-name ext", "Good morning all,\n\nEffective {mtgdate}, prior authorization requests for infusion drugs will be submitted by the central PA team rather than clinic staff. Please route questions to {C.full} ({ext}).\n\nThank you,\n{X.full}\n{Xt}"),
    ("calendar", "Reminder that the {planyear} open enrollment window closes {mtgdate}. Benefits fair is in {room}."),
    ("multiline", "Referral workflow, new version:\n1) fax lands in RightFax\n2) indexer attaches to chart\n3) {dept} reviews within 1 business day\n4) scheduling calls within 2\nQuestions → {C.first}"),
    # dialysis / oncology ops
    ("", "water treatment check done, chlorine {lowval} ppm, logged"),
    ("", "{count} chairs open for second shift tomorrow"),
    ("", "infusion pump PMs due {month}; biomed will pull asset tags {asset} through {asset}"),
    ("", "Asset tag {asset} (Alaris) is missing from {room}, did it go to {site}?"),
    ("", "Lot {lot} of {drug} expires {expdate}; pull it by {mtgdate}"),
    # payers
    ("", "The {payer} group number for our employee plan changed to {group} — update the template."),
    ("", "{payer} changed their PA fax workflow; they now want everything through Availity."),
    ("", "{payer} is auto-approving {drug} for {planyear} if the dx is on their list. Finally."),
    # zoom / links
    ("", "Zoom for the PA workgroup: {zoomid}, passcode in the invite"),
    ("", "{zoomlink} starting in 5"),
    ("", "NCCN updated the antiemesis guideline: {publink}"),
    ("", "Updated ROI form is on the intranet {intranet}"),
    # OB / peds ops
    ("calendar", "Newborn clinic slots are full through {mtgdate}; open overflow on {weekday}?"),
    ("room", "Beyfortus arrived, {count} doses, logged in the vaccine fridge (room {n})"),
    ("calendar", "VFC inventory count is due {mtgdate}"),
    ("", "OB: we're out of glucose tolerance drinks, {vendor} delivery {weekday}"),
    # behavioral health ops
    ("room", "Group therapy room {n} double-booked {weekday} at {time}, can someone fix the template"),
    ("", "Crisis team huddle at {time}, {room}"),
    ("", "BH is piloting text reminders in {qtr}; {vendor} contract signed"),
    # system notifications
    ("", "RightFax: Queue Referrals-Onc has {count} unprocessed faxes (oldest {n}h {count}m)"),
    ("", "Epic In Basket: {count} unread messages in pool [BH Intake|Onc PA|Dialysis RN|Peds Refills]"),
    ("", "Automated alert: Fridge {n} ({room}) temp {temp}°F at {time}. Acknowledge within 30 min."),
    ("", "Availity: {count} authorizations changed status overnight. Open the worklist to review."),
    ("", "Backup completed: Kno2 interface, {count} documents, {n} errors"),
    ("", "Workflow bot: {count} portal messages in [BH Intake|Onc Triage|OB Nurse] older than 48h. Oldest: {n} days."),
    # credentialing / deadlines
    ("calendar", "Credentialing packets for the {payer} roster are due {mtgdate}."),
    ("", "{C.dr}'s DEA renewal reminder went out, due before {month}"),
    ("npi", "NPI for the new satellite: {npi}. Taxonomy 261QM1300X."),
    ("npi", "{C.dr} NPI {npi} is missing from the {payer} directory, can you resubmit?"),
    # misc
    ("", "version {ver} fixed the fax-to-chart matching issue"),
    ("", "Conference line for the vendor review: use Teams, not the old bridge"),
    ("", "{C.first} can you pull the {qtr} no-show report by site? counts only"),
    ("", "Wait, is the {site} clinic open Saturday?"),
    ("ssn-topic", "Can the portal stop asking for SSN on the self-pay form? Patients hate it."),
    ("", "Who changed the hold music on the Referrals line lol"),
]

PHI_FRAMES = [
    # referrals / faxes
    ("referral structured multiline", "New referral from {clinic} (fax {fax})\nPt: {P.inv}\nDOB: {dob}\nIns: {payer} #{memberid}\nDx: {dx}\nPlease schedule consult"),
    ("records", "got a fax for {P.full} but the DOB on it is {dob} and Epic has {dob}, who do I ask"),
    ("records", "{clinic} faxed records for {P.inv} to the wrong number again ({fax})"),
    ("referral", "referral for {P.full} [(MRN {mrn})|mrn {mrn}|- MRN# {mrn}] needs a PA before first infusion on {vdate}"),
    ("referral", "Fax from {clinic} re: {P.any}, DOB {dob}. [Illegible|Cut off] page 3, asked them to resend from {fax}"),
    ("referral structured", "{dept} received referral: {P.inv} | DOB {dob} | MRN {mrn} | {payer} {memberid}"),
    ("referral", "is {P.fl} the one referred by {C.dr} for {dx}? fax came in w/o insurance"),
    ("referral", "Need the referral for {P.last}. Mom ({R.full}) says the appt is {vdate} and the PCP never sent it."),
    ("referral", "Kno2 inbound: referral packet for {P.full} ({dob}) from {clinic}, {n} pages"),
    ("referral", "pls call {clinic} at {bizphone} re {P.fl}'s referral"),
    # prior auth
    ("structured multiline", "PA request\nmember id: {memberid}\nname: {P.full}\ndob: {dob}\ndrug: {drug}\nstatus: pending clinicals"),
    ("", "{payer} denied the PA for {P.full} ({drug}). peer-to-peer scheduled, member # {memberid}"),
    ("", "PA approved for {P.inv}, {drug} x{n} cycles, starting {vdate}"),
    ("", "MBI for {P.full} is {mbi} — Part B covers the {drug}"),
    ("", "Medicaid ID {medicaid} for {P.fl}, eligibility looks active"),
    ("", "{P.full}'s {payer} card says member ID {memberid} but Availity shows a different one. {group} is right though."),
    ("", "PA for {drug} — patient {P.any}, {dob}. Need chart notes from the {vdate} visit."),
    ("", "can someone look up {P.last}'s subscriber id? it's under her {rel} {R.full}, {memberid} maybe?"),
    ("", "{bot} check the PA status for {P.full}, {payer} member {memberid}"),
    # refills
    ("", "refill req: {P.full}, {drug}, pharmacy called from {bizphone}"),
    ("", "{P.first}'s mom called for a refill of [Adderall|Concerta|albuterol]. Call back {cell}"),
    ("", "rx refill {P.inv} dob {dob} {drug} to CVS"),
    ("", "{R.full} ({rel}) asking for {P.first}'s [sertraline|buspirone|lithium] refill, last visit {vdate}"),
    ("", "Refill for {P.full} needs a visit — last seen {vdate}. Please call {phone}"),
    ("", "{P.first} is asking for her {drug} early — last fill {vdate}"),
    # portal forwards
    ("multiline", "Forwarding from portal:\n> Hi this is {R.full}, {P.first}'s {rel}. [She|He] has infusion on {vdate} but can't get a ride. Can someone call me at {phone}?\nwho handles transport?"),
    ("", "portal msg from {P.full} (MRN {mrn}): wants to move her {vdate} appt"),
    ("multiline escalation", "FW from portal:\n> my dad {P.full} got his chemo on {vdate} and has had a fever since. what do we do\n> - {R.first}\nRN please call, # on file {phone}"),
    ("", "Portal message from {P.fl}: \"my new address is {addr}, please update\""),
    ("", "forwarding: pt {P.full} wrote that her email changed to {P.email}"),
    ("", "message pool: {P.inv} asks if her {vdate} ultrasound is still on. (MRN {mrn})"),
    ("multiline", "> Hi, this is {R.full}. My {rel} {P.first} has an appointment {vdate} and I need to be added as proxy. My cell is {cell}.\ncan someone send the proxy form?"),
    ("multiline", "> {P.fl} dob {dob}\nfound her, MRN {mrn}"),
    # relatives
    ("", "{R.first} (daughter) called re {P.full} — fell at home on {fdate}. Best # {phone}"),
    ("", "the son-in-law, {R.full}, is POA for {P.inv}. Copy of POA faxed from {fax}"),
    ("", "{P.full}'s wife {R.first} wants a call back at {cell} about the {vdate} results"),
    ("", "Grandmother ({R.full}) is the legal guardian for {P.first}, court papers are in the Media tab"),
    ("age", "{R.full} called again about her {rel}, {P.full}, who is {age90}. wants home dialysis info."),
    ("", "visitor {R.full} for {P.last} in chair {n} is not on the approved list"),
    ("", "{P.full}'s {rel} {R.full} dropped off forms, says call {phone}"),
    ("", "Spanish-speaking {rel} of {P.full} needs a callback at {phone}, pref after {time}"),
    ("", "{P.full} here — forwarding my husband's message: can you call {R.first} at {cell}?"),
    # dialysis
    ("", "{P.full} missed tx again on {vdate}. chair {n} open. family # {phone}"),
    ("", "transport for {P.last} picks up at {addr} at 5:15 for first shift"),
    ("", "home HD pt {P.full} — machine serial {serial} alarming, {vendor} tech dispatched to {addr}"),
    ("age", "{P.fl} started in-center HD {vdate}, {age90} y/o, DNR on file"),
    ("structured multiline", "New admit to dialysis: {P.inv}\nDOB {dob}\nMRN {mrn}\nAddr: {addr}\nHome #: {phone}\nEmergency contact: {R.full} ({rel}) {cell}"),
    ("", "{P.last} transferred to the {site} unit as of {vdate}, chart # {mrn}"),
    ("", "tx sheet for {P.any} from {vdate} is missing a nurse signature"),
    ("age", "{P.full} is {age90}, lives alone in {town}, needs a ride to 2nd shift"),
    # oncology
    ("", "{P.full}, C{n}D1 {drug} {vdate}, port accessed, labs ok"),
    ("", "CADD pump SN {serial} went home with {P.fl}, due back {vdate}"),
    ("escalation", "Infusion reaction in chair {n}: {P.full}, MRN {mrn}. Rapid response called at {time}."),
    ("", "{P.first}'s gofundme is {purl} if anyone wants to help"),
    ("", "Onc nav: {P.inv} ({dob}) new dx {dx}, first consult {vdate} w/ {C.dr}"),
    ("", "pt {P.full} died {death}. Please cancel remaining infusions and notify {C.dr}."),
    ("", "{R.full} set up a CaringBridge for her mom: {purl}"),
    ("", "pump on {P.last} in chair {n}: UDI {udi}"),
    # behavioral health
    ("escalation", "{P.full} left a VM at {time} saying she's not safe — callback {phone}. Escalating to on-call."),
    ("", "intake for {P.full}, {dob}, lives in {town}, referred by {clinic}"),
    ("", "{P.fl} no-showed IOP 3x, last attended {vdate}"),
    ("", "Vivitrol for {P.inv} due {vdate}, {payer} id {memberid}"),
    ("structured multiline", "BH intake form\nName: {P.full}\nPreferred name: {P.nickonly}\nDOB: {dob}\nPhone: {cell}\nEmail: {P.email}\nPCP: {C.dr}"),
    ("", "{P.nick} called the crisis line from {phone}"),
    ("escalation emoji", "@here {e:rotating_light} {P.full} left the BH waiting room at {time}, last seen heading to the {site} lot. Mother {R.first}: {phone}"),
    # OB
    ("", "OB intake: {P.full}, G{n}P{n}, EDD {edd}, {payer} member {memberid}"),
    ("", "baby boy {P.last} born {bdate} at {time}, mom {R.full}, peds f/u {vdate}"),
    ("", "{P.full}, 36 wks, GBS pending, next OB visit {vdate}"),
    ("", "glucose tolerance for {P.inv} rescheduled to {vdate}; her cell {cell}"),
    ("", "{P.full}'s partner {R.first} wants to know if he can be in the room for the {vdate} ultrasound"),
    # peds
    ("", "{P.fl} (DOB {kdob}) needs Synagis auth; mom {R.first} cell {cell}"),
    ("", "peds: {P.full}, {kdob}, shots due {vdate}. Dad's email {R.email}"),
    ("", "{P.first} fell off the monkey bars on {fdate}, mom {R.full} called from {phone}"),
    ("", "school nurse faxed an asthma plan for {P.full} from {fax}"),
    ("", "{P.first}'s IEP letter needs a signature, mom is {R.full}"),
    ("", "baby {P.first} weight check {vdate}, mom's # {cell}"),
    ("", "{P.full} got Beyfortus {vdate}, lot {lot}"),
    # ages
    ("age", "{P.full} is {age90} and still drives herself to dialysis, plate {plate}"),
    ("age", "fyi {P.last} in bed {n} turns {age90} tomorrow, card in the break room"),
    ("age", "{P.any}, age {age90}, {dx}, DNR/DNI"),
    ("age", "{P.fl} ({age90}) fell in the lobby on {fdate} at {time}, incident report filed"),
    # VIP / exec
    ("vip", "{bot} check whether {P.full} had her infusion at {site} on {vdate}. She's on our board, keep it quiet."),
    ("vip exec-name", "{X.first} asked me to make sure {P.full} (donor) gets a private chair on {vdate}"),
    ("vip", "{bot} find {P.full}'s next appointment — he's a friend of the CEO's"),
    ("vip", "{Xt} wants a daily update on {P.full} (MRN {mrn}) until discharge {ddate}"),
    ("vip age escalation", "{bot} summarize: {P.full} ({age90}) was admitted {adate} and discharged {ddate}; family ({R.full}) unhappy with discharge timing."),
    ("vip", "{bot} draft a letter to {P.full} at {addr} about the {vdate} billing error"),
    # employee health
    ("employee-health", "{E.first} from registration is out after surgery on {vdate}, don't tell anyone"),
    ("employee-health", "Employee health: {E.full} exposure on {fdate}, baseline labs due {vdate}"),
    ("employee-health", "{E.full} (our scheduler) is being admitted to BH today, please cover her desk"),
    ("employee-health", "Occ health cleared {E.fl} to return {vdate} after the needlestick"),
    # payments
    ("", "pt paid over the phone, card {card} exp {cardexp}, guarantor acct {guar}"),
    ("money", "{R.full} wants to pay {P.first}'s balance of {amount}, HAR {har}"),
    ("money", "refund {amount} to {P.full}'s checking, acct {bank}, routing on file"),
    ("money", "corporate card {card} was declined for the {vendor} order"),
    ("", "{P.inv} HAR {har} — self-pay discount applied"),
    ("money", "payment plan for {P.full}: {amount}/mo, autopay from card ending {last4}"),
    ("ssn", "charity care app for {P.full}: SSN {ssn}, household of {n}, lives in {town}"),
    ("", "card # {card} for {P.full}'s copay, exp {cardexp}"),
    # licenses / credentialing
    ("credentialing", "Credentialing: {C.full}, RN, MA license {lic}, expires {licexp}"),
    ("credentialing npi", "{C.dr} DEA {dea}, NPI {npi} — please add to the {payer} roster"),
    ("", "ID check: {P.full}'s driver's license {dl} didn't match, license expired {licexp}"),
    ("credentialing", "new LICSW {C.full}, lic # {lic} — verify on the board site"),
    ("", "{R.full}, guardian for {P.full}, license {dl} copied for the file"),
    # vehicles
    ("", "{P.full}'s car ({vin}) got towed from the dialysis lot, security has it"),
    ("", "blue Civic plate {plate} is parked in the ambulance bay again — belongs to {P.last}'s son"),
    ("", "Security: vehicle {plate} / VIN {vin} left running outside infusion. Owner {P.full}."),
    # IP
    ("", "portal login for {P.full} flagged from IP {ip}"),
    ("", "security: {count} failed logins on {P.last}'s portal account from {ip} and {ip}"),
    ("", "telehealth visit for {P.inv} dropped; her IP {ip} is geoblocked"),
    # URL
    ("", "{R.first} set up a page for her dad: {purl}"),
    ("", "Here's the video visit link for {P.first}: {portallink}"),
    ("", "{P.full}'s portal thread {portalurl} — can BH take it?"),
    # email
    ("", "pt's email is {P.email} — wants the AVS emailed"),
    ("business-contact", "send the referral packet to {V.full} at {V.email}"),
    ("", "{P.mailto} bounced, can you confirm with {P.first} at the {vdate} visit?"),
    ("business-contact", "{clinic}'s fax is {fax}"),
    ("business-contact", "new {vendor} rep is {V.full}, {V.email}, cell {bizphone}"),
    ("business-contact", "{V.full} from {payer} provider relations: {V.email} / {bizphone}"),
    ("complaint escalation", "Complaint from {R.full} ({R.email}) re: wait times for her {rel} {P.first} on {vdate}. Wants a call from {X.full}."),
    ("", "{P.first} (chair {n}) says her email is {P.emailobf}"),
    # SSN
    ("", "{P.full} SSN {ssn} for the charity care app"),
    ("", "her SSN — she read it to me twice so I'm pretty sure — is {ssn}"),
    ("", "ssn is {ssn_ev} dob {dob} name {P.full}"),
    ("", "last 4 of her SSN ({last4}) matches, full SSN on the form is {ssn}"),
    # MRN
    ("", "MRN {mrn} pls"),
    ("", "can you merge {mrn} and {mrn}? same pt, {P.full}"),
    ("", "chart # {mrn} has the wrong DOB ({dob})"),
    ("", "MRN is {mrn_spelled}"),
    ("slack-markup", "`{mrn}` — {P.last} — needs labs before {vdate}"),
    ("", "{P.any} {mrn} {dob}"),
    ("", "{P.inv} ({mrn}) no show {vdate}"),
    ("records", "chart merge request — {P.inv}, MRNs {mrn} and {mrn}, DOBs {dob} / {dob}"),
    # devices
    ("", "{P.full}'s Dexcom serial {serial} — replacement shipped to {addr}"),
    ("", "insulin pump SN {serial} for {P.fl} failed, {vendor} RMA opened"),
    ("", "pacemaker check for {P.full} {vdate}: device {udi}"),
    ("", "hearing aid serial {serial} belongs to {P.last} in chair {n}, left behind"),
    # address / town
    ("", "{P.full} moved to {town}, update demographics"),
    ("", "pt lives at {street} off Rte {n} in {town}"),
    ("", "mailing address for {P.inv}: {pobox}"),
    ("", "{P.fl}, zip {zip}, wants a closer dialysis unit"),
    ("", "home visit for {P.full} at {addr} on {vdate}"),
    ("", "Reminder: {P.full} needs transport {vdate}, pickup {addr}"),
    ("", "Please update guarantor for {P.full}: now {R.full}, {addr}, {phone}"),
    # big structured blocks
    ("referral structured multiline icd", "Referral Intake Summary\n------\nPatient: {P.inv}\nDOB: {dob}\nAddress: {addr}\nPhone: {phone}\nInsurance: {payer}\nMember ID: {memberid}\nReferring: {C.dr} ({clinic})\nReason: {dx}\nICD: {icd}"),
    ("records multiline structured", "Fax cover sheet transcribed:\nTO: MVH Referrals\nFROM: {clinic}, fax {fax}\nRE: {P.full} DOB {dob}\nPages: {n}"),
    ("", "{P.full} — *do not schedule* with {C.dr}, pt requested a change after the {vdate} visit"),
    ("slack-markup", "{@} can you call {P.full} at {tel}? re: {vdate} infusion"),
    ("", "pt {P.fl} dob {dob} mrn {mrn} calling re refill"),
    ("", "re {P.last} — adm {adate}, d/c {ddate}, f/u {vdate}"),
    ("", "{P.full} passed away {death}. Family ({R.full}, {phone}) asks that we stop the reminder calls."),
    ("", "subscriber is {R.full}, id {memberid}, pt is {P.first}"),
    ("records", "DOB mismatch: {P.full} {dob} vs {dob}"),
    ("", "Interpreter needed (Haitian Creole) for {P.full} on {vdate} at {time}"),
    ("", "{P.full}'s Medicaid {medicaid} termed; coverage end {covend}"),
    ("", "{P.full}: appt {vdate}, ride via MassHealth PT-1, member {medicaid}"),
    ("", "VM from {R.full}: her {rel} {P.full} (DOB {dob}) is in the ED at {site}. Call {phone}."),
    ("", "{P.inv} cancelled for today"),
    ("", "Can we waive the no-show fee for {P.full}? Her {rel} died {death} {e:pensive}"),
    ("", "{P.full} requested we only call her cell ({cell}), not home"),
    ("", "sibling {R.full} is also our patient ({mrn})"),
    ("", "pls verify {P.full}'s member id {memberid} and HAR {har} before {time}"),
    ("structured", "{P.full}, {dob}, {addr}, {phone}, {P.email}"),
    ("", "{P.full} no-showed again"),
    ("", "call back {phone}"),
    ("", "{P.mr} in chair {n} is asking for a warm blanket and her {rel}, {R.first}"),
    ("", "{H.full} is here for the {time} but her {payer} card is expired"),
    ("", "is it {H.first} or {H.fl}? the referral just says \"{H.last}\""),
    ("", "{H.inv} — DOB {dob} — asking about financial assistance"),
    ("records", "ROI request for {P.full} (DOB {dob}) from {clinic}, send to fax {fax}"),
    ("", "tel {phone_ev} — that's {P.first}'s {rel}, pls call"),
    ("", "SSN is {ssn_ev}"),
    ("", "{P.first}'s dad asked if the {vdate} appt can be virtual; his email {R.mailto}"),
    ("", "lives in {town} w/ {rel} {R.first}, no car, needs PT-1"),
    ("", "{P.full}'s home # changed to {phone} — old one was {phone}"),
    ("", "updating emergency contact for {P.inv}: {R.full} {phone}"),
    ("multiline", "> pt {P.full} wants her records\nwhich ones? from the {vdate} visit or all?"),
    ("escalation", "*URGENT* {P.full} — dialysis chair {n} — BP 78/40, family ({R.first}) on the way, # {phone}"),
    ("", "{P.full} asked to be called {P.nickonly} at check-in"),
    ("", "dob {dob}? or {dob}? fax is blurry"),
    ("", "mrn# {mrn} seen {vdate}, needs f/u by {vdate}"),
    ("", "{P.any}'s fall was {fdate}, ortho f/u {vdate}"),
    ("", "acct {har} — {R.full} is guarantor, lives in {town}"),
    ("structured multiline", "Name: {P.inv}\nDOB: {dob}\nSSN: {ssn}\nMember: {memberid}\nAddress: {addr}"),
    ("", "{bot} who is {P.full}? she emailed {X.first} at {X.email} about her bill"),
    ("", "Home BP cuff serial {serial} dispensed to {P.fl} for the postpartum program"),
    ("", "{P.full} is {age90} — double check the DNR before chair {n}"),
    ("", "Hearing aid company {vendor} called re {P.last}, device SN {serial}"),
    ("records", "{P.full} wants her records emailed to {P.email}, not mailed to {pobox}"),
    ("", "{P.fl} — plate {plate} — parking validation for dialysis"),
    ("", "{R.fl}, {P.first}'s {rel}, keeps calling from {phone_ev}"),
    ("", "new pt {P.full} d.o.b {dob} from {town}"),
    ("", "MBI {mbi} / MRN {mrn} / {P.inv}"),
    ("", "ok so {P.first}'s appointment was {vdate} not {vdate}, the portal is wrong"),
    ("", "{P.first} died this morning. Family asked for {C.dr} to call {phone}"),
    ("", "the {P.last} twins both need RSV shots {vdate}, mom {R.fl}"),
    ("", "{E.full} from the front desk fainted at work on {fdate}; occ health has it"),
    ("", "{P.full}'s card on file {card} was declined"),
]


# ---------------------------------------------------------------------------
# transforms
# ---------------------------------------------------------------------------
NEIGH = {"a": "qwsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc",
         "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop",
         "m": "njk", "n": "bhjm", "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz",
         "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx"}
WORD_RE = re.compile(r"(?<![\w@/:.'\-#])[A-Za-z]{4,}(?![\w@/:'\-#])")


def make_typo(rng, w):
    for _ in range(10):
        op = rng.randrange(4)
        i = rng.randrange(1, len(w) - 1)
        if op == 0:
            t = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            t = w[:i] + w[i + 1:]
        elif op == 2:
            t = w[:i] + w[i] + w[i:]
        else:
            c = w[i]
            n = rng.choice(NEIGH.get(c.lower(), c.lower()))
            t = w[:i] + (n.upper() if c.isupper() else n) + w[i + 1:]
        if t != w:
            return t
    return w


def apply_typo(ctx, segs):
    cands = []
    for si, (k, s, _m) in enumerate(segs):
        if k == "":
            for m in WORD_RE.finditer(s):
                cands.append((si, m.start(), m.end()))
    if not cands:
        return segs
    si, a, b = ctx.rng.choice(cands)
    k, s, m = segs[si]
    s = s[:a] + make_typo(ctx.rng, s[a:b]) + s[b:]
    segs = list(segs)
    segs[si] = (k, s, m)
    ctx.tag("typo")
    return segs


def transform(ctx, segs):
    rng = ctx.rng
    r = rng.random()
    if r < 0.25:
        segs = [(k, s if k == "RAW" else s.lower(), m) for k, s, m in segs]
        ctx.tag("lowercase")
    elif r < 0.28:
        segs = [(k, s if k == "RAW" else s.upper(), m) for k, s, m in segs]
        ctx.tag("uppercase")
    if rng.random() < 0.15:
        segs = apply_typo(ctx, segs)
    return segs


# ---------------------------------------------------------------------------
# assembly and self-check
# ---------------------------------------------------------------------------
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "plan-id", "ACCOUNT_NUMBER": "account",
            "LICENSE_NUMBER": "license", "VEHICLE_ID": "vehicle", "DEVICE_ID": "device",
            "URL": "url", "IP_ADDRESS": "ip", "ADDRESS": "address", "CREDIT_CARD": "card"}


def render(segs):
    text, spans, bpos = "", [], 0
    for k, s, m in segs:
        if k not in ("", "RAW"):
            spans.append({"type": k, "value": s, "start": bpos, "end": bpos + len(s.encode("utf-8")), "meta": m})
        text += s
        bpos += len(s.encode("utf-8"))
    return text, spans


def checker_agrees(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for sp in spans:
        v = sp["value"]
        if not v or v != v.strip() or v[-1] in ".,;:)(\"'" and sp["type"] not in ("NAME", "AGE"):
            return False
        i = b.find(v.encode("utf-8"), pos)
        if i != sp["start"]:
            return False
        pos = i + len(v.encode("utf-8"))
    return True


def build(rng, template, frame_tags, want_phi):
    for _attempt in range(300):
        ctx = Ctx(rng)
        segs = expand(template, ctx)
        segs = transform(ctx, segs)
        text, spans = render(segs)
        if bool(spans) != want_phi:
            raise AssertionError("frame %r: phi=%s expected %s" % (template, bool(spans), want_phi))
        if not checker_agrees(text, spans):
            continue
        tags = ["phi" if spans else "clean"] + frame_tags.split()
        for sp in spans:
            tags.append(TYPE_TAG[sp["type"]])
        if spans and all(sp["meta"] == "biz" for sp in spans):
            tags.append("business-contact")
        tags += ctx.tags
        if "\n" in text:
            tags.append("multiline")
        if re.search(r":[a-z_+0-9]+:", text):
            tags.append("emoji")
        if re.search(r"<[@h#]|<mailto:|<tel:|\*[^*\n]+\*|`[^`\n]+`", text):
            tags.append("slack-markup")
        return text, [{"type": sp["type"], "value": sp["value"]} for sp in spans], uniq(tags)
    raise RuntimeError("could not build a consistent message for %r" % template)


def main():
    rng = random.Random(SEED)
    n_clean = int(round(N_MSG * CLEAN_SHARE))
    n_phi = N_MSG - n_clean

    def cycle(n, k):
        seq = []
        while len(seq) < n:
            idx = list(range(k))
            rng.shuffle(idx)
            seq += idx
        return seq[:n]

    plan = [("c", i) for i in cycle(n_clean, len(CLEAN))] + [("p", i) for i in cycle(n_phi, len(PHI_FRAMES))]
    rng.shuffle(plan)
    lines = []
    for num, (kind, i) in enumerate(plan, 1):
        tags, tpl = (CLEAN if kind == "c" else PHI_FRAMES)[i]
        text, spans, tg = build(rng, tpl, tags, kind == "p")
        rec = {"id": "go%04d" % num, "text": text, "spans": spans, "tags": tg}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages (%d clean, %d phi) from %d frames (%d clean, %d phi) to %s" % (
        len(lines), n_clean, n_phi, len(CLEAN) + len(PHI_FRAMES), len(CLEAN), len(PHI_FRAMES), OUT))


if __name__ == "__main__":
    main()
