#!/usr/bin/env python3
"""Generate labelled executive/assistant chat messages for PHI-detector evaluation.

Persona: hospital executives (COO, CMO, VP nursing, general counsel, practice-network
president) messaging their delegation bot / executive assistants, and the replies.
Standard library only, fixed seed, deterministic.
Output: /work/corpora/out/generated_hj.jsonl (raw checker format: spans as values).
"""
import json, os, random, re, unicodedata

SEED = 7340021
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_hj.jsonl")
N_TOTAL = 700
N_CLEAN = 315  # 45 %

# ----------------------------------------------------------------------------- name pools
GIVEN_F = """Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Nancy,
Lisa, Margaret, Betty, Sandra, Ashley, Dorothy, Kimberly, Emily, Donna, Michelle, Carol, Amanda,
Melissa, Deborah, Stephanie, Rebecca, Sharon, Laura, Cynthia, Kathleen, Amy, Shirley, Angela, Helen,
Anna, Brenda, Pamela, Nicole, Ruth, Katherine, Samantha, Christine, Catherine, Virginia, Rachel,
Janet, Emma, Carolyn, Maria, Heather, Diane, Julie, Joyce, Evelyn, Frances, Joan, Christina, Kelly,
Victoria, Lauren, Martha, Judith, Cheryl, Megan, Andrea, Alice, Jean, Doris, Jacqueline, Hannah,
Olivia, Gloria, Teresa, Julia, Grace, Theresa, Rose, Beverly, Denise, Marilyn, Amber, Danielle,
Diana, Abigail, Natalie, Tiffany, Hope, Faith, Joy, Ivy, Iris, June, April, May, Summer, Dawn, Jade,
Holly, Pearl, Ruby, Violet, Destiny, Patience, Crystal, Precious, Autumn, Daisy, Lily, Hazel, Willow,
Ginger, Charity, Mercy, Wren, Priya, Ananya, Lakshmi, Deepika, Sunita, Aisha, Fatima, Zainab, Leila,
Yasmin, Mei, Xiu, Ling, Yuki, Sakura, Haruka, Aiko, Min-seo, Seo-yeon, Ji-woo, Ngọc, Thảo, Linh, Mai,
Chiamaka, Ngozi, Adaeze, Folake, Amara, Nia, Imani, Zuri, Wanjiru, Siobhán, Aoife, Niamh, Saoirse,
Zoë, Renée, Chloé, Hélène, Agnès, Inés, Lucía, Marisol, Guadalupe, Ximena, Sofía, Małgorzata,
Agnieszka, Katarzyna, Ágnes, Dóra, Şebnem, Elif, Zeynep, Ingrid, Astrid, Sigríður, Anne-Marie,
Marie-Claire, Mary-Kate, Ana-Sofía, Oksana, Svetlana, Olga, Tatiana, Dagny, Leilani, Malia, Keala""".split(",")
GIVEN_M = """James, Robert, John, Michael, David, William, Richard, Joseph, Thomas, Charles, Christopher,
Daniel, Matthew, Anthony, Donald, Steven, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George,
Edward, Ronald, Timothy, Jason, Jeffrey, Ryan, Jacob, Gary, Nicholas, Eric, Stephen, Jonathan,
Larry, Justin, Scott, Frank, Brandon, Raymond, Gregory, Benjamin, Samuel, Patrick, Alexander, Jack,
Dennis, Jerry, Tyler, Aaron, Henry, Douglas, Peter, Walter, Harold, Arthur, Roger, Albert, Eugene,
Ralph, Howard, Herbert, Stanley, Leonard, Theodore, Hunter, Mason, Chase, Cash, Art, Bill, Will,
Mark, Rusty, Bud, Clay, Dale, Glen, Lane, Wade, Drew, Rich, Miles, Royal, Major, King, Sterling,
Forest, Reed, Buck, Duke, Hank, Bo, Chip, Skip, José, Andrés, Raúl, Tomás, Jesús, Joaquín, Ramón,
Iñaki, François, Jean-Luc, Jean-Baptiste, Jürgen, Jörg, Björn, Søren, Zoltán, Łukasz, Paweł,
Wojciech, Seán, Eoghan, Ciarán, Pádraig, Rajesh, Arjun, Vikram, Sanjay, Anil, Ravi, Mohammed, Ahmed,
Omar, Tariq, Yusuf, Hamza, Wei, Jun, Hiroshi, Kenji, Takeshi, Min-jun, Ji-hoon, Dong-hyun, Minh,
Huy, Quang, Chukwuemeka, Oluwaseun, Kwame, Kofi, Tunde, Babajide, Themba, Sipho, Dmitri, Sergei,
Igor, Nikolai, Giuseppe, Giovanni, Luca, Matteo, Stavros, Yannis, Kōji, Aleksander, Mateus, João,
Gonçalo, Ezra, Moshe, Avi, Yosef, Kai, Keanu, Ikaika, Tenzin, Arnav, Émile, Anders""".split(",")
GIVEN_N = """Alex, Jordan, Taylor, Morgan, Casey, Riley, Jamie, Avery, Quinn, Dakota, Sasha, Robin, Sam,
Jesse, Kim, Pat, Lee, Shay, Rowan, Emerson, Sage, River, Remy, Sky, Frankie, Noor, Ash""".split(",")
SURNAMES = """Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez,
Thompson, White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, King,
Wright, Scott, Torres, Nguyen, Hill, Flores, Green, Adams, Nelson, Baker, Hall, Rivera, Campbell,
Mitchell, Carter, Roberts, Gomez, Phillips, Evans, Turner, Diaz, Parker, Cruz, Edwards, Collins,
Reyes, Stewart, Morris, Morales, Murphy, Cook, Rogers, Gutierrez, Ortiz, Cooper, Peterson, Bailey,
Reed, Kelly, Howard, Ramos, Kim, Cox, Ward, Richardson, Watson, Brooks, Chavez, Wood, Bennett, Gray,
Mendoza, Ruiz, Hughes, Price, Alvarez, Castillo, Sanders, Myers, Long, Ross, Foster, Jimenez,
Black, Stone, Rivers, Bishop, Hunter, Fisher, Page, Banks, Rich, Bell, Lamb, Fox, Wolf, Moon, Day,
Love, Sharp, Strong, Small, Little, Fields, Waters, Rose, Snow, Frost, Winter, Summers, Church,
Chase, Booth, Marsh, Street, Brook, Ford, Cross, Mills, Gold, Silver, Steel, Noble, Golden, Friend,
Goodman, Sweet, Best, Swift, Wise, Hardy, Bond, Chance, Pike, Crow, Swan, Finch, Sparrow,
Nightingale, O'Brien, O'Connor, McAllister, MacLeod, Fitzgerald, Gallagher, Ní Bhriain,
Ó Súilleabháin, Müller, Schmidt, Schneider, Weber, Gößling, Hoffmann, Lefèvre, Dubois, Moreau,
Laurent, Girard, Bonnet, Lévesque, Côté, Gagnon, Bouchard, Rossi, Russo, Ferrari, Esposito,
Bianchi, Romano, Colombo, De Luca, Di Stefano, Papadopoulos, Georgiou, Nikolaidis, Kowalski, Nowak,
Wiśniewski, Wójcik, Kowalczyk, Żak, Dvořák, Novák, Nováková, Svoboda, Horváth, Nagy, Szabó, Tóth,
Kovács, Çelik, Öztürk, Yılmaz, Demir, Kaya, Şahin, Ivanov, Petrova, Smirnov, Kuznetsova, Popescu,
Ionescu, Jensen, Nielsen, Søndergaard, Andersson, Johansson, Lindqvist, Bergström, Ålund,
Þórsdóttir, Halvorsen, Haugen, Virtanen, Korhonen, Nakamura, Tanaka, Suzuki, Watanabe, Yamamoto,
Kobayashi, Sato, Takahashi, Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Lin, Cheng,
Chan, Wong, Leung, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ,
Đặng, Bùi, Nguyễn, Patel, Shah, Mehta, Iyer, Reddy, Nair, Gupta, Sharma, Singh, Kapoor, Banerjee,
Chatterjee, Krishnan, Raman, Subramanian, Khan, Ahmed, Hussain, Rahman, Chaudhry, Qureshi,
Siddiqui, Al-Sayed, Al-Farsi, Haddad, Khoury, Nasser, Abboud, Mansour, Okafor, Okonkwo, Adeyemi,
Oyelaran, Nwosu, Eze, Mensah, Asante, Boateng, Owusu, Mwangi, Otieno, Kamau, Nkosi, Dlamini,
Abebe, Tesfaye, Haile, Cohen, Levy, Friedman, Goldberg, Katz, Shapiro, Ben-David, Rosenthal,
Kahananui, Akana, Kealoha, Begay, Yazzie, Tsosie, Muñoz, Peña, Núñez, Ibáñez, Domínguez,
Vázquez, Hernández, Sánchez, da Silva, dos Santos, Oliveira, Souza, Pereira, Costa, Carvalho,
Gonçalves, de la Cruz, del Toro, De la Fuente, van der Berg, van Dijk, de Vries, Janssen, Bakker,
Visser, Peeters, Van den Broeck, von Trapp, St. John, Le Blanc, La Rue, Smith-Jones, García-López,
Harper-Ng, Okafor-Bell, Fernández-Castro, Chen-Watanabe, Abdul-Jabbar, Mbatha-Raw,
Kowalski-Reyes, Brannigan, Tarbox, Whitcomb, Lindgren, Quint""".split(",")


def _clean(lst):
    seen, out = set(), []
    for x in lst:
        x = " ".join(x.split())
        if x and x not in seen:
            seen.add(x); out.append(x)
    return out


GIVEN_F, GIVEN_M, GIVEN_N, SURNAMES = map(_clean, (GIVEN_F, GIVEN_M, GIVEN_N, SURNAMES))
ALL_GIVEN = _clean(GIVEN_F + GIVEN_M + GIVEN_N)
assert len(ALL_GIVEN) >= 300, len(ALL_GIVEN)
assert len(SURNAMES) >= 300, len(SURNAMES)

NICKS = {"Margaret": "Peggy", "Robert": "Bobby", "William": "Billy", "Elizabeth": "Betsy",
         "Catherine": "Cathy", "Richard": "Dick", "James": "Jimmy", "Joseph": "Joey",
         "Patricia": "Patty", "Katherine": "Kit", "Dorothy": "Dot", "Edward": "Teddy",
         "Charles": "Chuck", "Theodore": "Ted", "Rebecca": "Becky", "Deborah": "Debbie",
         "Susan": "Suzy", "Francisco": "Paco", "José": "Pepe", "Giuseppe": "Beppe",
         "Alexander": "Sasha", "Aleksander": "Olek", "Guadalupe": "Lupe", "Dmitri": "Dima",
         "Harold": "Hal", "Henry": "Hank", "Frances": "Fran", "Virginia": "Ginny",
         "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Babajide": "Jide", "Jacqueline": "Jackie",
         "Kimberly": "Kimmy", "Stanley": "Stan", "Lakshmi": "Lucky", "Albert": "Al"}
for _k in NICKS:
    assert _k in ALL_GIVEN or _k == "Francisco", _k

ORG_DOMAINS = ["nsrh.org", "merrimackhealth.org", "stbrigids.org", "harborviewhealth.org",
               "mvmc.org", "capecodpn.com"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com",
                    "verizon.net", "outlook.com", "hotmail.com"]
VENDOR_DOMAINS = ["medlogix.com", "arcadiastaffing.com", "summitlinen.com", "brightpath.ai",
                  "keystonebio.com", "whitcombhale.com"]

REL_ROLES = [("daughter", "f"), ("son", "m"), ("wife", "f"), ("husband", "m"), ("niece", "f"),
             ("nephew", "m"), ("sister", "f"), ("brother", "m"), ("granddaughter", "f"),
             ("grandson", "m"), ("health care proxy", None), ("POA", None), ("partner", None)]


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    s = s.replace("Þ", "Th").replace("þ", "th").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def emailify(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


class Person:
    def __init__(self, kind, nick=False):
        self.kind = kind
        self.role = None
        g = None
        if kind in ("rel", "rel2"):
            self.role, g = R.choice(REL_ROLES)
        if g is None:
            g = R.choice("fm")
        self.gender = g
        if nick:
            pool = [k for k in NICKS if k in (GIVEN_F if g == "f" else GIVEN_M)]
            self.first = R.choice(pool)
        else:
            r = R.random()
            if r < 0.08:
                self.first = R.choice(GIVEN_N)
            else:
                self.first = R.choice(GIVEN_F if g == "f" else GIVEN_M)
        self.last = R.choice(SURNAMES)
        self.mid = R.choice("ABCDEFGHJKLMNPRSTW")
        self.year = R.randint(1931, 2004)

    def attr(self, a):
        f, l = self.first, self.last
        he = {"f": "she", "m": "he"}[self.gender]
        his = {"f": "her", "m": "his"}[self.gender]
        him = {"f": "her", "m": "him"}[self.gender]
        if a == "full": return "%s %s" % (f, l)
        if a == "first": return f
        if a == "last": return l
        if a == "inv": return "%s, %s" % (l, f)
        if a == "INV": return "%s, %s %s" % (l.upper(), f.upper(), self.mid)
        if a == "mi": return "%s %s. %s" % (f, self.mid, l)
        if a == "hon":
            return "Mr." if self.gender == "m" else R.choice(["Mrs.", "Ms.", "Ms"])
        if a == "nick": return NICKS.get(f, f[:3])
        if a == "he": return he
        if a == "He": return he.capitalize()
        if a == "his": return his
        if a == "His": return his.capitalize()
        if a == "him": return him
        if a == "role": return self.role or "family member"
        if a == "dr": return "Dr. " + l
        if a == "drfull": return "Dr. " + f + " " + l
        if a == "email":
            fe, le = emailify(f), emailify(l)
            pat = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}.{l}{yy}", "{f0}{l}{y}", "{l}.{f}",
                            "{f}_{l}", "{f}{l}{yy}"])
            return pat.format(f=fe, l=le, f0=fe[0], yy=str(self.year)[2:], y=self.year) + "@" + R.choice(PERSONAL_DOMAINS)
        if a == "wemail":
            fe, le = emailify(f), emailify(l)
            pat = R.choice(["{f}.{l}", "{f0}{l}", "{f}.{l}", "{l}{f0}"])
            dom = R.choice(VENDOR_DOMAINS if self.kind == "vendor" else ORG_DOMAINS)
            return pat.format(f=fe, l=le, f0=fe[0]) + "@" + dom
        if a == "initials": return ascii_fold(f[0] + l[0]).upper()
        if a == "spouse": return {"f": "wife", "m": "husband"}[self.gender]
        if a == "widow": return {"f": "widow", "m": "widower"}[self.gender]
        if a == "parent": return {"f": "mom", "m": "dad"}[self.gender]
        if a == "parentw": return {"f": "mother", "m": "father"}[self.gender]
        if a == "inlaw": return {"f": "mother-in-law", "m": "father-in-law"}[self.gender]
        raise KeyError(a)


PERSON_KEYS = ("pt2", "pt", "rel2", "rel", "emp", "col3", "col2", "col", "board", "vendor",
               "donor", "exec", "asst", "dr2", "dr", "vis")

# ----------------------------------------------------------------------------- helpers
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def ordsuf(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def rdate(y0, y1):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d


def fmt_date(y, m, d, style):
    if style == "mdy": return "%02d/%02d/%d" % (m, d, y)
    if style == "mdy_s": return "%d/%d/%d" % (m, d, y)
    if style == "mdyy": return "%d/%d/%02d" % (m, d, y % 100)
    if style == "iso": return "%d-%02d-%02d" % (y, m, d)
    if style == "long": return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if style == "dmy3": return "%02d-%s-%d" % (d, MON3[m - 1], y)
    if style == "md": return "%d/%d" % (m, d)
    if style == "md0": return "%02d/%02d" % (m, d)
    if style == "mon": return "%s %d" % (MON3[m - 1], d)
    if style == "monord": return "%s %d%s" % (MON3[m - 1], d, ordsuf(d))
    if style == "month": return "%s %d" % (MONTHS[m - 1], d)
    if style == "monthord": return "%s %d%s" % (MONTHS[m - 1], d, ordsuf(d))
    if style == "packed": return "%02d%02d%d" % (m, d, y)
    if style == "dlong": return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == "dot": return "%d.%d.%d" % (m, d, y)
    if style == "dm3": return "%d-%s" % (d, MON3[m - 1])
    raise KeyError(style)


DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn(prefix, length):
    num = prefix + digits(length - len(prefix) - 1)
    s = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        s += v
    return num + str((10 - s % 10) % 10)


def area():
    return R.choice(["617", "781", "978", "508", "603", "401", "857", "339", "774", "207", "212", "413"])


# ----------------------------------------------------------------------------- plain fillers
TOWNS_RES = ["Dracut", "Amesbury", "Tewksbury", "Methuen", "Haverhill", "Peabody", "Saugus",
             "Revere", "Marblehead", "Swampscott", "Billerica", "Chelmsford", "Andover",
             "Georgetown", "Rowley", "Ipswich", "Topsfield", "Wilmington", "Salisbury",
             "Newburyport", "Groveland", "Lynnfield", "Nahant", "Westford", "Dunstable", "Medford",
             "Malden"]
TOWNS_NH = ["Pelham", "Hampton Falls", "Seabrook", "Salem", "Windham", "Hudson", "Derry", "Exeter"]
STATES = ["MA", "NH", "ME", "RI"]
STREETS = ["Tarbox", "Elm", "Maple", "Pleasant", "Jackson", "Old County", "Whittier", "Lowell",
           "Prospect", "Hilldale", "Cedar Pond", "Bridge", "Mill", "Highland", "Pine Grove",
           "Chestnut", "Ocean", "Stoneybrook", "Quarry", "Wachusett", "Bayview", "Orchard Hill"]
ST_SUF = ["St", "Street", "Rd", "Road", "Ave", "Ln", "Lane", "Dr", "Way", "Ct", "Terrace", "Cir"]

FILL = {
    "weekday": lambda: R.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Tues", "Thurs"]),
    "mtg_date": lambda: fmt_date(*rdate(2025, 2026), R.choice(["md", "md0", "mon", "monord", "month",
                                                               "monthord", "mdy_s", "iso", "dm3"])),
    "mtg_time": lambda: R.choice(["9am", "9:30", "10:15", "2:15 pm", "14:00", "noon", "7:30a", "3p",
                                  "4:45pm", "8", "11:30", "1pm", "16:30"]),
    "deadline": lambda: R.choice(["EOD Friday", "COB Thu", "end of month", "the 15th",
                                  fmt_date(*rdate(2025, 2026), "md"), fmt_date(*rdate(2025, 2026), "month"),
                                  "Monday noon", "close of business " + fmt_date(*rdate(2025, 2026), "mon")]),
    "fiscal": lambda: R.choice(["Q3", "Q1 FY26", "FY2027", "FY26 Q2", "Q4", "H2", "FY25", "Q2"]),
    "room": lambda: R.choice(["Boardroom B", "the Cabot Room", "Rm 4120", "conf rm 3W-210", "Exec Suite A",
                              "the Founders Room", "room 2B-114", "the Lyman Room", "Huddle Rm 5",
                              "Clark 301"]),
    "bed": lambda: R.choice(["12B", "bed 7", "4W-18", "bed 22A", "bed 3", "rm 611 bed 2", "bay 4"]),
    "unit": lambda: R.choice(["6 West", "4 North", "the CVICU", "MICU", "5 East", "the ED",
                              "PACU", "Tower 9", "7 Ellison", "the BMT unit", "3 South", "8 Phillips"]),
    "po": lambda: R.choice(["PO 45001%s" % digits(5), "PO# %s" % digits(5), "po-2025-%s" % digits(4),
                            "PO %s" % digits(10)]),
    "ticket": lambda: R.choice(["INC00%s" % digits(5), "DEL-%s" % digits(4), "RITM00%s" % digits(5),
                                "CHG00%s" % digits(5), "OPS-%s" % digits(4), "SR-%s" % digits(5),
                                "HD-%s" % digits(6)]),
    "invoice": lambda: R.choice(["INV-%s" % digits(5), "invoice %s" % digits(6), "inv #%s" % digits(7)]),
    "contract": lambda: R.choice(["C-2025-%s" % digits(3), "MSA-%s" % digits(4), "SOW #%s" % digits(2),
                                  "AGR-%s" % digits(6)]),
    "costctr": lambda: R.choice(["cost center %s" % digits(5), "CC %s-%s" % (digits(4), digits(3)),
                                 "dept %s" % digits(4)]),
    "version": lambda: R.choice(["v10.4.2", "build 2024.11.0.3", "24.3.1.7", "iOS 17.5.1", "v2.8",
                                 "release 11.2.0", "v5.0.12-hotfix", "version 3.14.159", "build 8821"]),
    "npi_num": lambda: "1" + digits(9),
    "cpt": lambda: R.choice(["CPT 99214", "99285", "CPT 27447", "93458", "CPT 43239", "G0439"]),
    "icd": lambda: R.choice(["ICD-10 I21.4", "E11.9", "Z79.4", "J18.9", "N17.9", "ICD-10 A41.9", "I50.23"]),
    "zoom": lambda: "%s %s %s" % (digits(3), digits(4), digits(4)),
    "passcode": lambda: digits(6),
    "ext": lambda: digits(4),
    "money": lambda: R.choice(["%d,%03d" % (R.randint(1, 99), R.randint(0, 999)), "%d.%02d" % (R.randint(10, 900), R.randint(0, 99)),
                               "%dk" % R.randint(5, 900), "%d.%dM" % (R.randint(1, 14), R.randint(0, 9))]),
    "age_young": lambda: str(R.randint(19, 89)),
    "age_mid": lambda: str(R.randint(31, 58)),
    "age_old_biz": lambda: str(R.randint(60, 89)),
    "num": lambda: str(R.randint(6, 40)),
    "flight": lambda: R.choice(["UA", "DL", "B6", "AA", "WN", "AS"]) + " " + str(R.randint(12, 2899)),
    "airport": lambda: R.choice(["BOS", "ORD", "DCA", "Logan", "SFO", "MSP", "LGA", "Nashville", "PHX"]),
    "hotel": lambda: R.choice(["the Hyatt Regency", "Marriott Long Wharf", "the Westin Copley", "the Omni",
                               "Hilton Garden Inn", "the Liberty", "a Courtyard near the convention ctr"]),
    "city_biz": lambda: R.choice(["Salem", "Lowell", "Worcester", "Framingham", "Quincy", "Nashua",
                                  "Beverly", "Gloucester", "Lawrence", "Portsmouth"]),
    "fac_addr": lambda: R.choice(["1 Medical Center Dr", "55 Fruit St", "300 Harborview Pkwy, Suite 400",
                                  "800 Washington St, Ste 210", "12 Commerce Way", "4 Hospital Rd, 2nd fl",
                                  "150 Dodge St", "77 Warren Ave, Bldg C"]),
    "fac_addr_full": lambda: R.choice(["300 Harborview Pkwy, Quincy MA 02169", "1 Medical Center Dr, Lowell, MA 01854",
                                       "81 Highland Ave, Salem MA 01970", "12 Commerce Way, Nashua NH 03062",
                                       "500 Cummings Ctr, Suite 3400, Beverly, MA 01915",
                                       "4 Hospital Rd, Gloucester, MA 01930"]),
    "zip_biz": lambda: R.choice(["01960", "01970", "01915", "01844", "03062", "01830", "01906", "02169"]),
    "committee": lambda: R.choice(["Finance Committee", "Quality & Safety Committee", "MEC", "Board of Trustees",
                                   "Audit Committee", "Comp Committee", "ops huddle", "capital committee",
                                   "nursing practice council", "compliance committee", "strategy retreat",
                                   "P&T committee", "credentials committee"]),
    "org": lambda: R.choice(["North Shore Regional", "St. Brigid's", "Harborview Health", "Merrimack Valley MC",
                             "Essex PN", "Cape Ann PN", "Mass Hospital Assn"]),
    "dept": lambda: R.choice(["Finance", "IT", "Revenue Cycle", "Supply Chain", "HR", "Facilities",
                              "Patient Relations", "Pharmacy", "Marketing", "Legal", "Med Staff Office",
                              "Nursing Admin", "Security"]),
    "fund": lambda: R.choice(["cardiac wing campaign", "Women's Health fund", "nursing scholarship fund",
                              "cancer center capital campaign", "Healing Garden", "NICU family fund"]),
    "law_firm": lambda: R.choice(["Whitcomb & Hale LLP", "Barros Finch", "Quint Lindgren PC", "Adler Rowe",
                                  "Marsh & Tolliver"]),
    "vendor_co": lambda: R.choice(["MedLogix", "Arcadia Staffing", "Summit Linen", "BrightPath Analytics",
                                   "Keystone Biomedical", "Halcyon Food Services", "Corvid Security",
                                   "Beacon Parking", "NorthStar Travel"]),
    "intranet_url": lambda: R.choice(["https://intranet.nsrh.org/policies/HR-114", "https://sharepoint.nsrh.org/sites/exec/dash",
                                      "https://intranet.mvmc.org/quality/fy26", "https://nsrh.sharepoint.com/sites/ops/huddle"]),
    "board_url": lambda: R.choice(["https://boardportal.nsrh.org/meetings/%s" % digits(4),
                                   "https://diligent.example.com/b/%s" % digits(5),
                                   "https://boardbook.mvmc.org/packet/fy26-q%d" % R.randint(1, 4)]),
    "zoom_url": lambda: "https://nsrh.zoom.us/j/%s" % digits(10),
    "asset": lambda: R.choice(["BIO-%s" % digits(6), "asset tag %s" % digits(7), "AT-%s" % digits(5)]),
    "last4": lambda: digits(4),
    "exp": lambda: "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30)),
    "exp_date": lambda: fmt_date(*rdate(2025, 2027), R.choice(["mdy", "long", "md", "iso"])),
    "print_job": lambda: "#" + digits(5),
    "conf_no": lambda: "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "procedure": lambda: R.choice(["a knee replacement", "a CABG", "hip surgery", "chemo", "a colonoscopy",
                                   "back surgery", "a hysterectomy", "cataract surgery", "a lumpectomy",
                                   "a cardiac cath", "shoulder surgery"]),
    "payer": lambda: R.choice(["BlueCross", "Aetna", "Harvard Pilgrim", "Tufts", "MassHealth", "Medicare Advantage",
                               "Cigna", "UHC"]),
    "route": lambda: R.choice(["Rte 110", "Route 9", "the bypass", "Rt. 1A", "Route 125"]),
    "year": lambda: str(R.randint(2012, 2024)),
    "group_no": lambda: "group %s" % digits(6),
    "doc_ver": lambda: "%d.%d" % (R.randint(1, 6), R.randint(0, 9)),
    "mention": lambda: "<@U%s>" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.choice([7, 8, 9, 10]))),
    "chan": lambda: "<#C%s|%s>" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
                                   R.choice(["exec-office", "coo-staff", "board-logistics", "gc-team", "nursing-leaders",
                                             "travel", "pn-presidents", "cmo-office", "capacity"])),
    "emoji": lambda: R.choice(["🙏", "👍", "✅", "😬", "📅", "✈️", "🏥", "🙂", "😅", "👀", "💐", "🚗", ":pray:",
                               ":thumbsup:", ":white_check_mark:", ":calendar:", ":grimacing:"]),
    "venue": lambda: R.choice(["the Hawthorne Hotel", "Castle Hill", "the Peabody Essex Museum", "Kernwood CC",
                               "the Gloucester House"]),
    "dur": lambda: R.choice(["90-day", "30-day", "60-day", "12-month"]),
    "title": lambda: R.choice(["COO", "CMO", "CNO", "GC", "CFO", "VP Nursing", "President"]),
}

# ----------------------------------------------------------------------------- span generators
# each returns (value, extra_tags)


def g_dob():
    y, m, d = rdate(1925, 2004)
    st = R.choice(["mdy", "mdy", "mdy_s", "mdyy", "iso", "long", "dmy3", "packed", "dlong", "dot"])
    return fmt_date(y, m, d, st), (["evasion"] if st == "packed" else [])


def g_sdate():
    y, m, d = rdate(2024, 2026)
    st = R.choice(["md", "md", "md0", "mon", "monord", "month", "monthord", "mdy", "mdy_s", "iso", "dm3"])
    return fmt_date(y, m, d, st), []


def g_dob_baby():
    y, m, d = rdate(2025, 2026)
    return fmt_date(y, m, d, R.choice(["mdy", "mdy_s", "long", "iso"])), []


def g_age90():
    return str(R.randint(90, 104)), []


TENS = {9: "ninety", 10: "one hundred"}


def g_age_word():
    n = R.randint(90, 99)
    w = "ninety" + ("" if n == 90 else R.choice(["-", " "]) + ONES[n - 90])
    return w, ["evasion"]


def g_phone():
    a, b, c = area(), "555", digits(4)
    st = R.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}", "{a}{b}{c}",
                   "{a} {b} {c}", "1-{a}-{b}-{c}", "+1-{a}-{b}-{c}", "({a}){b}-{c}"])
    return st.format(a=a, b=b, c=c), []


def g_phone_ext():
    v, _ = g_phone()
    return v + R.choice([" ext. ", " x", " ext ", ", ext. ", " #"]) + str(R.randint(2, 4999)), ["ext"]


def g_phone_e164():
    return "+1" + area() + "555" + digits(4), []


def g_phone_obf():
    a, b, c = area(), "555", digits(4)
    raw = a + b + c
    k = R.choice(["spaced", "fw", "zw", "spelled", "mixed", "nbsp"])
    if k == "spaced":
        return " ".join(raw), ["evasion"]
    if k == "fw":
        return "".join(FW[x] for x in a) + "-" + "".join(FW[x] for x in b) + "-" + "".join(FW[x] for x in c), ["evasion", "fullwidth"]
    if k == "zw":
        return a + "\u200b" + b + "\u200b" + c, ["evasion", "zero-width"]
    if k == "nbsp":
        return a + "\u00a0" + b + "\u00a0" + c, ["evasion", "zero-width"]
    if k == "spelled":
        return ", ".join(" ".join(DIGW[int(x)] for x in grp) for grp in (a, b, c)), ["evasion"]
    return "%s.%s-%s" % (a, b, c), ["evasion"]


def g_ssn():
    a = str(R.randint(101, 665)); b = "%02d" % R.randint(1, 99); c = "%04d" % R.randint(1, 9999)
    st = R.choice(["{a}-{b}-{c}", "{a}-{b}-{c}", "{a} {b} {c}", "{a}{b}{c}", "{a}.{b}-{c}", "{a}.{b}.{c}"])
    v = st.format(a=a, b=b, c=c)
    return v, ([] if st in ("{a}-{b}-{c}", "{a} {b} {c}") else ["evasion"])


def g_ssn_obf():
    a = str(R.randint(101, 665)); b = "%02d" % R.randint(1, 99); c = "%04d" % R.randint(1, 9999)
    k = R.choice(["spaced", "fw", "zw", "spelled", "nosep"])
    if k == "spaced": return " ".join(a + b + c), ["evasion"]
    if k == "fw": return "".join(FW.get(x, x) for x in "%s-%s-%s" % (a, b, c)), ["evasion", "fullwidth"]
    if k == "zw": return a + "\u200b-" + b + "-\u200b" + c, ["evasion", "zero-width"]
    if k == "spelled":
        return " ".join(DIGW[int(x)] for x in a) + ", " + " ".join(DIGW[int(x)] for x in b) + ", " + " ".join(DIGW[int(x)] for x in c), ["evasion"]
    return a + b + c, ["evasion"]


def g_mrn():
    return R.choice(["00" + digits(6), "E" + digits(7), digits(7), "%s-%s-%s" % (digits(2), digits(2), digits(4)),
                     "M" + digits(8), digits(10)]), []


def g_mrn_obf():
    v = digits(8)
    k = R.choice(["fw", "zw", "spaced"])
    if k == "fw": return "".join(FW[x] for x in v), ["evasion", "fullwidth"]
    if k == "zw": return v[:4] + "\u200b" + v[4:], ["evasion", "zero-width"]
    return " ".join(v), ["evasion"]


def _alnum(n, letters="ABCDEFGHJKLMNPQRTUVWXYZ"):
    return "".join(R.choice(letters) for _ in range(n))


def g_hpid():
    return R.choice([_alnum(3) + digits(9), "W" + digits(7) + "-0" + str(R.randint(1, 4)),
                     "ZGP" + digits(8), "MEM-%s-%s" % (digits(4), digits(4)), digits(9) + "01",
                     "H" + digits(8)]), []


def g_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    v = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice(L), R.choice(L + "0123456789"), R.randint(0, 9),
                                     R.choice(L), R.choice(L + "0123456789"), R.randint(0, 9), R.choice(L), R.choice(L),
                                     R.randint(0, 9), R.randint(0, 9))
    return (v if R.random() < 0.6 else v.replace("-", "")), []


def g_medicaid():
    return digits(9) + R.choice("ABCDEFGHJK"), []


def g_hpid_fw():
    v = "W" + digits(9)
    return v[0] + "".join(FW[x] for x in v[1:]), ["evasion", "fullwidth"]


def g_har():
    return R.choice(["20" + digits(8), digits(8), "4" + digits(9), digits(4) + "-" + digits(6)]), []


def g_bank():
    return digits(R.choice([9, 10, 11, 12])), []


def g_dl():
    return R.choice(["S" + digits(8), "D%s-%s-%s" % (digits(3), digits(4), digits(4)), "F" + digits(7),
                     digits(2) + _alnum(3) + digits(5), "SA" + digits(7)]), []


def g_dea():
    return R.choice("ABFM") + R.choice("ABCDEFGHJKLMNPRSTW") + digits(7), []


def g_stlic():
    return R.choice(["MD" + digits(6), "RN" + digits(7), "0" + digits(6), "225." + digits(6), digits(5),
                     "NP-" + digits(5), "DO.%s" % digits(5)]), []


def g_plate():
    return R.choice(["%d%s%s" % (R.randint(1, 9), _alnum(3), digits(3)), "%s-%s" % (_alnum(3), digits(4)),
                     "%s %s" % (digits(3), _alnum(2)), "%s %s" % (_alnum(3), digits(3)), "MD " + digits(3)]), []


def g_vin():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), []


def g_devsn():
    return R.choice([_alnum(3) + digits(6) + _alnum(1), "%s-%s-%s" % (digits(2), digits(5), digits(2)),
                     digits(4) + _alnum(1) + digits(5), "SN" + digits(9), "(01)0088%s(21)%s" % (digits(10), digits(8)),
                     _alnum(2) + digits(4) + _alnum(2)]), []


def g_ip():
    k = R.random()
    if k < 0.35: return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), []
    if k < 0.55: return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)), []
    if k < 0.75: return "%d.%d.%d.%d" % (R.randint(23, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), []
    if k < 0.85: return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)), []
    return "2001:db8:%x:%x::%x" % (R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff)), []


def g_cc():
    k = R.choice(["visa", "mc", "amex"])
    if k == "amex":
        n = luhn(R.choice(["34", "37"]), 15)
        sep = R.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]]), []
    n = luhn("4" if k == "visa" else R.choice(["51", "52", "54", "55"]), 16)
    sep = R.choice([" ", " ", "-", ""])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)]), ([] if sep else ["evasion"])


def g_cc_obf():
    n = luhn("4", 16)
    k = R.choice(["fw", "zw", "spaced", "spelled"])
    if k == "fw":
        return " ".join("".join(FW[x] for x in n[i:i + 4]) for i in range(0, 16, 4)), ["evasion", "fullwidth"]
    if k == "zw":
        return "\u200b".join(n[i:i + 4] for i in range(0, 16, 4)), ["evasion", "zero-width"]
    if k == "spaced":
        return " ".join(n), ["evasion"]
    return " ".join(DIGW[int(x)] for x in n[:8]) + " " + n[8:], ["evasion"]


def g_street():
    s = "%d %s %s" % (R.randint(2, 1400), R.choice(STREETS), R.choice(ST_SUF))
    if R.random() < 0.2:
        s += R.choice([", Apt %d%s" % (R.randint(1, 9), R.choice("ABC")), " #%d" % R.randint(1, 40), ", Unit %d" % R.randint(1, 12)])
    return s, []


def g_town():
    return R.choice(TOWNS_RES), []


ZIP_BY_STATE = {"MA": (1001, 2791), "NH": (3031, 3897), "ME": (3901, 4992), "RI": (2801, 2940)}


def g_zip(state=None):
    lo, hi = ZIP_BY_STATE[state or R.choice(["MA", "MA", "NH", "ME", "RI"])]
    z = "%05d" % R.randint(lo, hi)
    return (z if R.random() < 0.7 else z + "-" + digits(4)), ["zip-like"]


def g_home_addr():
    st, _ = g_street()
    S = R.choice(["MA", "MA", "MA", "NH"])
    town = R.choice(TOWNS_NH if S == "NH" else TOWNS_RES)
    z, _ = g_zip(S)
    return R.choice(["{s}, {t}, {S} {z}", "{s}, {t} {S} {z}", "{s} {t} {S} {z}", "{s}, {t}"]).format(
        s=st, t=town, S=S, z=z), []


def g_pobox():
    return "PO Box %d, %s, MA %s" % (R.randint(2, 999), R.choice(TOWNS_RES), g_zip("MA")[0]), []


SPAN_GEN = {
    "dob": g_dob, "dob_baby": g_dob_baby, "sdate": g_sdate, "sdate2": g_sdate, "sdate3": g_sdate, "age90": g_age90,
    "age_word": g_age_word, "phone": g_phone, "phone2": g_phone, "phone_ext": g_phone_ext,
    "phone_e164": g_phone_e164, "phone_obf": g_phone_obf, "ssn": g_ssn, "ssn_obf": g_ssn_obf,
    "mrn": g_mrn, "mrn2": g_mrn, "mrn_obf": g_mrn_obf, "hpid": g_hpid, "mbi": g_mbi,
    "medicaid": g_medicaid, "hpid_fw": g_hpid_fw, "har": g_har, "bank": g_bank, "dl": g_dl,
    "dea": g_dea, "stlic": g_stlic, "plate": g_plate, "vin": g_vin, "devsn": g_devsn, "ip": g_ip,
    "ip2": g_ip, "cc": g_cc, "cc_obf": g_cc_obf, "street": g_street, "town": g_town, "zip": g_zip,
    "home_addr": g_home_addr, "pobox": g_pobox,
}

# ----------------------------------------------------------------------------- templates
# {TYPE:slot} = labelled span, {slot} = unlabelled filler. Person slots: <person>_<attr>.
# Extra per-template tags are listed first.

CLEAN = [
    ("calendar exec-name", "Can you move my 1:1 with {col_full} to {weekday} {mtg_date} at {mtg_time}? Tell {col_first} it's on me."),
    ("calendar", "{mention} please push the {committee} prep to {mtg_date}, {mtg_time}. Same room ({room})."),
    ("calendar exec-name", "Reply to {board_full}: yes for the {committee} on {mtg_date}. I'll dial in from the {city_biz} site."),
    ("travel", "Book me on {flight} to {airport} on {mtg_date}, aisle please, and {hotel} for two nights. Corporate card."),
    ("travel money", "Expense report: dinner w/ {vendor_full} ({vendor_co}) ${money}, Uber ${money2}, hotel ${money3}. {costctr}."),
    ("po money exec-name", "Where are we on {po}? {vendor_first} at {vendor_co} says they still haven't been paid for {fiscal}."),
    ("ticket", "IT ticket {ticket} is still open, my Outlook won't sync on the iPad. Can you chase {col_first} at the help desk?"),
    ("version ticket calendar", "Epic goes to {version} this weekend per {ticket}; put the downtime window on my calendar for {mtg_date}."),
    ("facility-address", "Board dinner is at {fac_addr}. Valet opens at 5:30. Please send the address to {board_full}'s assistant."),
    ("age-aggregate", "For the quality deck: falls among patients 90+ were up 4% in {fiscal}, and 2 pts over 90 fell on {unit}. No names in the deck please."),
    ("calendar exec-name", "{exec_full} wants 30 min before the {committee} on {mtg_date}. Can you find a slot between {mtg_time} and 4?"),
    ("npi credentialing exec-name", "Credentialing packet for {dr_drfull} is missing the NPI page ({npi_num}). Ask {col_first} in the med staff office to resend by {deadline}."),
    ("cpt icd money", "Draft a note to {vendor_full} at {vendor_co}: we're disputing the {cpt} / {icd} bundling on {invoice}, total ${money}."),
    ("hipaa calendar", "Can you pull HIPAA training completion % by department for {fiscal}? {col_full} needs it for the {committee} on {mtg_date}."),
    ("mrn-topic calendar", "IT says we switch to 10-digit MRNs starting {mtg_date}. Add it to the ops huddle agenda, {col_first} will present."),
    ("ssn-topic", "Legal wants SSN off the registration face sheet entirely. Put it on {col_first}'s list for the {committee}."),
    ("ext exec-name", "Call {col_full} at x{ext} when you land, they're in the command center all afternoon."),
    ("calendar", "Decline the {vendor_co} demo on {mtg_date}; offer {mtg_date2} at {mtg_time} instead. Zoom ID {zoom}."),
    ("calendar slack-markup", "<{board_url}|Board packet> for {mtg_date} is posted. Can you print two copies for {board_full}?"),
    ("money calendar", "Contract {contract} with {vendor_co} auto-renews on {mtg_date}. Remind me {weekday}; {col_full} in supply chain has the redlines."),
    ("exec-name", "{board_full} is stepping off the board at the {mtg_date} meeting after 12 years. Order a plaque, something tasteful."),
    ("calendar", "Book {room} for the nurse leader retreat {mtg_date}, 8-12, breakfast for {num}."),
    ("vip", "VIP arriving in {unit} tonight per security. Hold the family lounge on {unit2} and keep it off the huddle notes. No name yet."),
    ("po ticket", "{po} for the infusion pumps is approved; {asset} through the end of the batch. Receiving ticket {ticket}."),
    ("version ticket", "Teams keeps crashing after the {version} update. can you open a ticket and cc {col_first}?"),
    ("calendar", "reschedule the standing ops huddle to {mtg_time} on tuesdays starting {mtg_date}"),
    ("travel calendar", "My flight {flight} is delayed 2h. Push the {city_biz} site visit to {mtg_time} and let {col_first} know."),
    ("exec-name calendar", "Draft a thank-you to {donor_full} for the gift to the {fund}; mention the naming ceremony on {mtg_date}."),
    ("exec-name", "Please set up a call with {vendor_full} from {vendor_co} about the staffing contract. Any day but {weekday}."),
    ("calendar exec-name", "Done ✅ moved the {committee} to {mtg_date} {mtg_time}, {room}. {col_full} confirmed; {col2_full} is out that day."),
    ("facility-address zip-like", "The new clinic address for the press release is {fac_addr_full}. Marketing wants it by {deadline}."),
    ("money", "{fiscal} nursing overtime came in at ${money}. Ask {col_first} for the unit breakdown before {deadline}."),
    ("age calendar", "New grad cohort: {num} RNs, average age 24, oldest {age_mid}. {col_first} wants to announce it at town hall {mtg_date}."),
    ("ticket", "pls close out {ticket} - the badge reader outside {room} is fixed"),
    ("calendar exec-name", "Deposition prep with outside counsel ({vendor_full}, {law_firm}) moved to {mtg_date}. Please hold 9-12."),
    ("calendar", "Send the BAA draft to {vendor_co}, v{doc_ver} with {col_first}'s edits. Signature deadline is {deadline}."),
    ("calendar facility-address", "Block travel time before the {city_biz} board meeting on {mtg_date}; it's at {fac_addr}, parking is awful."),
    ("hipaa calendar", "Reminder for the {committee}: the OCR audit window opens {mtg_date}. {col_full} owns the document request list."),
    ("bed", "Bed board is tight, {unit} has 3 open ({bed}, {bed2}, {bed3}). Tell the house sup I'm aware and we'll talk at {mtg_time}."),
    ("calendar multiline", "Agenda for {committee} ({mtg_date}):\n• {fiscal} financials – {col_first}\n• Epic {version} go-live – {col2_first}\n• capital requests ({po})"),
    ("exec-name calendar", "{donor_full} wants a tour of the renovated unit ({unit}) on {mtg_date}. Can {col_first} host? Foundation will send the car."),
    ("money", "Corporate card ending {last4} got declined at {hotel}. Call Amex and have them push it through; exp {exp}."),
    ("npi", "{dr_drfull}'s NPI is {npi_num}, add it to the payer enrollment tracker for {payer}."),
    ("calendar exec-name", "Swap CMO 1:1 ({exec_full}) with CNO rounds, both {weekday}. Keep {mtg_time} free for me."),
    ("zip-like", "Service area expansion: we're looking at ZIPs {zip_biz} and {zip_biz2} for the new urgent care. {vendor_co} market data due {deadline}."),
    ("icd calendar", "Coding: the {icd} documentation gap is costing us. {col_full} to present at the {committee} on {mtg_date}."),
    ("calendar", "I'm out {mtg_date}-{mtg_date2} (family vacation, finally). Route anything urgent to {col_full}."),
    ("ticket", "Ticket {ticket}: {col_first} can't get into the board portal. Reset MFA?"),
    ("travel exec-name", "Car for {exec_full} from {airport} on {mtg_date}; flight {flight} lands {mtg_time}."),
    ("age-aggregate", "Can you find the slide {col_first} showed at the {committee}, the one with the {dur} readmission trend for the 90+ cohort?"),
    ("calendar slack-markup", "Please send {board_full} the minutes from {mtg_date} and the {fiscal} <{intranet_url}|dashboard>."),
    ("exec-name", "fwd from {vendor_co}: they want a reference call with our CNO {exec_full}. fine if it's after {deadline}"),
    ("complaint calendar", "Patient relations logged 14 complaints in {fiscal}; top theme is parking. {col_full} will brief at the {committee} {mtg_date}."),
    ("exec-name", "{col_full} (RN, {unit}) won the DAISY award. Draft a congrats note from me and cc their manager {col2_full}."),
    ("slack-markup", "Pls add {col_full} and {col2_full} to {chan}, they're joining the capacity workgroup."),
    ("ticket exec-name", "Payroll issue: {col_full} in {dept} was short-paid on the {mtg_date} check. HR ticket {ticket}."),
    ("calendar", "Set up Zoom for the med exec committee: {zoom}, passcode {passcode}. Send to {col_first} and the chiefs."),
    ("calendar exec-name", "{dr_drfull} is on the program for the ribbon cutting {mtg_date}. Confirm remarks are 3 min max."),
    ("calendar", "Got it. I'll hold {mtg_date} {mtg_time}–{mtg_time2} and send {vendor_full} the dial-in."),
    ("calendar exec-name", "{exec_full}'s EA says {weekday} is impossible. Options: {mtg_date} 7:30am or {mtg_date2} after 5?"),
    ("travel", "Hotel for the AHA conference: {hotel}, conf # {conf_no}. Arrive {mtg_date}, depart {mtg_date2}."),
    ("calendar", "Rounding on {unit} {weekday} at 7, remind me to bring the DAISY pins. {room} for the debrief after."),
    ("po", "Capital request for 2 new C-arms ({po}), {col_first} needs my sign-off by {deadline}."),
    ("ticket", "print job {print_job} stuck again on the 3rd floor exec suite printer 🙄"),
    ("legal calendar", "Subpoena from {law_firm} re: the {year} parking garage case. Log it, calendar the response for {deadline}, loop {col_full}."),
    ("version slack-markup", "Can you reformat the {committee} minutes? Template is v{doc_ver} on the <{intranet_url}|policy site>."),
    ("calendar", "What time is the Joint Commission mock survey on {mtg_date}? {col_first} says {mtg_time}."),
    ("exec-name", "Bump {vendor_full} to next week, I'm buried in budget."),
    ("age exec-name", "For {board_full}'s bio: age {age_old_biz}, retired from {vendor_co} in {year}, chairs the Audit Committee."),
    ("calendar", "hey can u order lunch for the {committee}, {num} ppl, 2 veg, 1 GF. {room} at noon {mtg_date}"),
    ("calendar facility-address", "Practice network holiday party is {mtg_date} at {venue}, {fac_addr}. RSVP list from {col_first} pls."),
    ("calendar", "State survey team arrives {mtg_date}; {col_full} is point. Block my afternoon."),
    ("age-aggregate", "Quality: 3 falls on {unit} last month, none with injury, two of them patients over 90. Need a one-pager for {committee}."),
    ("calendar", "Send regrets to the {org} gala on {mtg_date}; I'll be at the {city_biz} board retreat."),
    ("calendar", "Dentist tomorrow at 8, so push my 8:30 with {col_first} to the afternoon."),
    ("calendar", "Staff flu shot clinic is {mtg_date} in {room}, 7a–3p. Can you put it in the all-staff newsletter?"),
    ("hipaa", "Did {col_full} send the HIPAA breach risk assessment template? {committee} wants it before {deadline}."),
    ("npi credentialing", "Med staff says {dr_drfull} and {dr2_drfull} are approved pending the NPI check ({npi_num}). Board ratifies {mtg_date}."),
    ("calendar multiline", "*Tomorrow*\n- 7:30 {committee} ({room})\n- {mtg_time} {vendor_full}, {vendor_co}\n- 3:00 rounds {unit}\nNothing after 5."),
    ("money", "Can you reconcile the {fiscal} travel spend? {invoice} from NorthStar looks doubled, ${money} vs ${money2}."),
    ("ticket version", "The Citrix client is on {version}, IT says we need {version2}. Ticket {ticket}."),
    ("calendar exec-name", "Tell {board_full} I can do coffee {weekday} before the {committee}. Their usual spot is fine."),
    ("exec-name", "{col_full} is the new director of {dept}, starts {mtg_date}. Set up a 30-min welcome and add to {chan}."),
    ("calendar", "> Can we do the capital review {weekday}?\nYes, {mtg_time} works. I'll send a hold to {col_first} and {col2_first}."),
    ("cpt", "Payer mix analysis: {cpt} volumes down 8% in {fiscal}. Ask {col_first} if {vendor_co} counted the {city_biz} site."),
    ("calendar", "remind me on {mtg_date} to sign the {contract} renewal. {deadline} is the hard stop"),
    ("exec-name", "Thank-you note to {vendor_full} for hosting the {org} dinner. Keep it short, mention {venue}."),
    ("bed", "Rm {bed} on {unit} is out of service (leak). Facilities ticket {ticket}, ETA {mtg_date}."),
    ("age-aggregate", "Census today: 312, with 19 patients aged 90 or older. {col_first} wants the geriatric consult stats by {deadline}."),
    ("legal", "GC asks: do we have the signed BAA with {vendor_co}? The {contract} references exhibit v{doc_ver}."),
    ("exec-name calendar", "Call with {vendor_full} moved to {mtg_date} {mtg_time}. Zoom {zoom_url} (same link as last time)."),
    ("calendar", "Can you find 2 hrs next week for {exec_full} and me to go through {fiscal} budget variances? Not {weekday}."),
    ("money", "Approve the {po} for ${money}? {col_first} says {vendor_co} beat the other bid."),
    ("mrn-topic", "HIM says the duplicate MRN backlog is down to {num}0 charts. Good news for the {committee}."),
    ("ssn-topic", "Can legal confirm we no longer collect SSN on portal signup? {col_full} is asking for the {committee} deck."),
    ("ext", "{col_first} is at ext {ext} today, not the usual line."),
    ("zip-like facility-address", "The {city_biz} site's ZIP on the license application is wrong, should be {zip_biz}. {col_first} will refile."),
    ("version calendar", "Badge system upgrade to {version} is scheduled for {mtg_date}; garage gates down 2-4am."),
    ("age", "{col_full}, {age_old_biz}, is our longest-serving gift shop volunteer. Draft a thank-you from me for the luncheon."),
    ("icd cpt", "Remind me to ask {col_first} why {cpt} denials spiked with {icd} as primary dx."),
    ("calendar", "Block 2 hrs on {mtg_date} for the patient-family advisory council. {col_full} chairs."),
    ("calendar exec-name", "Lunch with the {donor_last} family re: the {fund} gift, {mtg_date} at {venue}."),
    ("exec-name slack-markup", "{board_full} asked for the Form 990 draft before the {committee}. Send via the <{board_url}|board portal>, not email."),
    ("calendar", "Move the {committee} debrief, {dr_drfull} is in the OR until 2. Try {mtg_time}."),
    ("calendar exec-name", "{col_full} is on PTO {mtg_date} through {mtg_date2}; {col2_first} covers approvals."),
    ("money exec-name", "Foundation report: {donor_full} pledged ${money} to the {fund}, payable over 5 years."),
    ("facility-address", "Board parking is in the {fac_addr} garage, level 2. Validate at the front desk."),
    ("exec-name", "Congrats card for {col_full}, they just passed boards. From me + {exec_full}."),
]

PHI = [
    ("vip", "Heads up: {NAME:pt_full} was admitted to {unit} last night ({DATE:sdate}). {pt_He} is a major donor; {dr_dr} is attending. Keep it off the exec channel."),
    ("complaint", "Got a complaint letter from {NAME:rel_full}, {rel_role} of {NAME:pt_full}, about the discharge on {DATE:sdate}. Draft a response for my signature? {col_first} in patient relations has the file."),
    ("complaint escalation", "The {rel_role} ({NAME:rel_full}) called again. Cell is {PHONE:phone}. Wants a call from me before {weekday}."),
    ("employee-health", "FYI {NAME:emp_full} in {dept} is out on medical leave, {procedure} on {DATE:sdate}. Reassign the {committee} prep to {col_full}."),
    ("vip age", "{pt_hon} {NAME:pt_last} is {AGE:age90} and very hard of hearing; the family asked that only {dr_drfull} discuss results."),
    ("records", "Need the chart for {NAME:pt_INV}, MRN {MRN:mrn}, DOB {DATE:dob} pulled for legal review by {deadline}."),
    ("structured", "pt {NAME:pt_full}, SSN {SSN:ssn} - billing needs it to fix the claim before {deadline}"),
    ("structured", "{NAME:pt_full}'s member ID is {HEALTH_PLAN_ID:hpid}; {payer} denied the stay {DATE:sdate} to {DATE:sdate2}. Can {col_first} appeal?"),
    ("structured complaint", "Write off the balance on HAR {ACCOUNT_NUMBER:har} for {NAME:pt_full}, goodwill. I approved it, {col_first} can process."),
    ("vip", "Send flowers to {NAME:pt_full} at {ADDRESS:home_addr}; {pt_he} went home {DATE:sdate}. Card from me."),
    ("vip", "{pt_hon} {NAME:pt_last} lives in {ADDRESS:town} and can't drive in for the follow-up. Can we arrange a car?"),
    ("structured", "The recall letter for {NAME:pt_full}'s pacemaker (SN {DEVICE_ID:devsn}) went to the wrong address. Fix please, {col_first} has the vendor contact."),
    ("vip slack-markup", "Family set up an update page for {NAME:pt_first}: <{URL:pt_url}|updates>. Don't share outside {chan}."),
    ("vip structured", "Parking: comp the garage for {NAME:rel_full} (plate {VEHICLE_ID:plate}) while {rel_his} {pt_relword} is on {unit}."),
    ("structured", "My new car's plate is {VEHICLE_ID:plate}, update the exec garage list pls"),
    ("business-contact", "Send the deck to {EMAIL:col_wemail} and cc {EMAIL:col2_wemail}. Subject: {fiscal} variance."),
    ("business-contact slack-markup", "{col_first}'s address is <mailto:{EMAIL:col_wemail}|{EMAIL:col_wemail}> if you need it for the invite."),
    ("business-contact", "{vendor_full}'s cell is {PHONE:phone}. Call them about the {contract} renewal before {deadline}."),
    ("business-contact ext", "Call {vendor_co} billing at {PHONE:phone_ext} re {invoice}."),
    ("business-contact slack-markup", "{vendor_full} from {vendor_co}: <tel:{PHONE:phone_tel}|{PHONE:phone_lbl}>, prefers texts."),
    ("structured money", "Use the corporate card {CREDIT_CARD:cc}, exp {exp}, for the booking at {hotel}. Conf # {conf_no}."),
    ("structured version", "VPN is failing from the {city_biz} site, gateway {IP_ADDRESS:ip}, client {version}. Can you open a ticket?"),
    ("credentialing structured", "Credentialing: {dr_drfull}'s DEA {LICENSE_NUMBER:dea} lapses {exp_date}. Chase the renewal."),
    ("credentialing structured npi", "{dr_drfull}, state license {LICENSE_NUMBER:stlic}, NPI {npi_num}. Add to the {city_biz} roster."),
    ("structured travel", "For the rental at {airport}, my driver's license # is {LICENSE_NUMBER:dl}. Full size, not a minivan."),
    ("structured", "her SSN is {SSN:ssn_obf}, pls send to {col_first} in registration"),
    ("structured", "the {rel_role}'s number is {PHONE:phone_obf}. {rel_He}'d like a call from you personally."),
    ("structured", "{pt_hon} {NAME:pt_last}: member ID {HEALTH_PLAN_ID:hpid_fw}, {group_no}. Eligibility keeps failing."),
    ("records", "Can you find the chart for MRN {MRN:mrn_obf}? {col_first} is asking for the complaint file."),
    ("complaint", "{NAME:rel_full}'s email is {EMAIL:rel_email_obf}; {rel_he} wants the response in writing."),
    ("vip", "{NAME:pt_full} (goes by {NAME:pt_nick}) is in {room}. {pt_He} is the {org} chair's {pt_parentw}; can you check in on {pt_him}?"),
    ("records structured", "Per the face sheet: {NAME:pt_INV}, DOB {DATE:dob}, HAR {ACCOUNT_NUMBER:har}. Forward to risk."),
    ("complaint", "{NAME:pt_full} passed away {DATE:sdate}; the family wants to meet. Draft a condolence letter from me."),
    ("employee-health", "{NAME:emp_full} from {dept} was admitted to {unit} on {DATE:sdate}. Send flowers from the exec team, don't mention it at huddle."),
    ("complaint age escalation", "Incident report: {NAME:pt_full}, {AGE:age90}, fell on {unit} {DATE:sdate}. The {rel_role} ({NAME:rel_full}) is upset; risk wants me on the call."),
    ("referral structured", "Can you get my {pt_parent} ({NAME:pt_full}) in with cardiology? DOB {DATE:dob}, member ID {HEALTH_PLAN_ID:hpid}."),
    ("calendar", "I have a colonoscopy on {DATE:sdate}, block the whole day and please don't put the reason on the calendar."),
    ("slack-markup", "Visit link for {NAME:pt_first}'s telehealth: <{URL:visit_url}|join>. {pt_He}'s expecting {dr_dr} at {mtg_time}."),
    ("structured", "Reimburse {NAME:rel_full} for the ambulance bill, account {ACCOUNT_NUMBER:bank}. Finance needs my OK by {deadline}."),
    ("structured", "Guarantor {NAME:rel_full}, acct {ACCOUNT_NUMBER:har}, wants an itemized bill for {NAME:pt_first}'s stay."),
    ("zip-like", "The patient's ZIP is {ADDRESS:zip}, so the home health agency says out of network. Any workaround?"),
    ("complaint", "Mail the apology letter to {NAME:rel_full}, {ADDRESS:pobox}. Cc {col_first}."),
    ("vip", "{NAME:rel_first} says the house is {ADDRESS:street} off {route} in {ADDRESS:town}, ambulance couldn't find it."),
    ("vip", "Awkward: {NAME:pt_full}, the {fund} donor, is in the ED right now ({bed}). {dr_dr} is seeing {pt_him}. Should I stop by?"),
    ("employee-health", "HR says {NAME:emp_full}'s FMLA is approved; {emp_he}'s having {procedure} on {DATE:sdate}. {col_full} covers the {committee} seat."),
    ("vip facility-address", "Discharge for {pt_hon} {NAME:pt_last} is {DATE:sdate}. Car service picks {pt_him} up at the main entrance, {fac_addr}."),
    ("vip", "{NAME:rel_full} from the board asked us to look after {rel_his} {pt_parentw}, {NAME:pt_full}, admitted {DATE:sdate} to {unit}."),
    ("structured", "{pt_hon} {NAME:pt_last}'s MBI is {HEALTH_PLAN_ID:mbi}. Can rev cycle fix the eligibility before {deadline}?"),
    ("structured", "Medicaid ID {HEALTH_PLAN_ID:medicaid} for baby {NAME:pt_full}, born {DATE:dob_baby}. NICU social work needs it."),
    ("complaint structured", "{NAME:pt_first}'s hearing aid (S/N {DEVICE_ID:devsn}) was lost during transport; patient relations wants to reimburse."),
    ("structured", "Security flagged logins to the board portal from {IP_ADDRESS:ip}. Was that you in Lisbon? Ticket {ticket}."),
    ("structured", "Valet damaged {NAME:rel_full}'s car while {rel_he} was visiting {rel_his} {pt_relword}. VIN {VEHICLE_ID:vin}. Risk has the claim."),
    ("structured", "card number {CREDIT_CARD:cc} - use it for the board dinner deposit at {venue}"),
    ("complaint", "Draft: \"Dear {rel_hon} {NAME:rel_last}, I was sorry to hear about your mother's experience on {DATE:sdate}...\" Keep it warm, no admission."),
    ("age", "{pt_hon} {NAME:pt_last} is {AGE:age_word} and sharp as a tack, {pt_he}'ll want to talk to you directly."),
    ("employee-health", "{NAME:emp_full}'s {pt_spouse}, {NAME:pt_full}, is in the ICU. Can you send a meal train link to {dept}?"),
    ("complaint", "{NAME:pt_full}: admitted {DATE:sdate}, discharged {DATE:sdate2}, readmitted {DATE:sdate3}. {payer} is denying. Loop {col_full}."),
    ("escalation", "> {NAME:rel_full} called the main line, very upset about {rel_his} {pt_relword}. Number is {PHONE:phone}\nI'll take it, I'll call {rel_him} back at {mtg_time}."),
    ("vip", "Visitor {NAME:vis_full} slipped in the {unit} waiting area {DATE:sdate}; security has video. Risk wants a call."),
    ("records", "Release-of-info request from {law_firm} for {NAME:pt_full} (DOB {DATE:dob}, MR# {MRN:mrn}). GC needs to sign."),
    ("vip multiline", "*VIP census*\n• {NAME:pt_full} – {unit}, {bed}\n• {NAME:pt2_full} – {unit2}\nNo changes since {mtg_time}."),
    ("employee-health", "{NAME:emp_full} ({dept}) tested positive; out until cleared by employee health. {col_first} is covering."),
    ("escalation", "{dr_dr} says {NAME:pt_full} needs a bed tonight; can you call the house sup?"),
    ("complaint", "The Facebook post is from {NAME:rel_full}, the patient's {rel_role}. Marketing wants guidance before responding."),
    ("vip age", "{NAME:pt_full}, {AGE:age90}, is the founder's {pt_widow}; {pt_he} is on {unit}. Please let the CNO know."),
    ("structured", "Fax the records to {NAME:pt_full}'s new PCP, fax {PHONE:phone}. Last seen here {DATE:sdate}."),
    ("referral", "Referral for {NAME:pt_full} to {dr_drfull}: appt {DATE:sdate} at {mtg_time}. Can you confirm with the office?"),
    ("records", "Chart # {MRN:mrn}: {pt_hon} {NAME:pt_last}'s op note is missing. Ask HIM to track it down."),
    ("structured", "{NAME:rel_full} (POA) email: {EMAIL:rel_email}. Send the meeting summary there, not to the patient."),
    ("complaint", "{NAME:rel_full} wants the bill for {rel_his} {pt_parent}'s {DATE:sdate} ED visit waived. Thoughts?"),
    ("employee-health", "Dr. {NAME:emp_full} is on leave after {emp_his} own {procedure} on {DATE:sdate}. Cover {emp_his} MEC slot with {col_full}."),
    ("vip", "{NAME:pt_full}'s {rel_role} {NAME:rel_full} is flying in from {city_biz}; {rel_he} lands {mtg_time}. Can we have someone meet {rel_him}?"),
    ("structured escalation", "The patient ({NAME:pt_full}) says {pt_his} SSN ({SSN:ssn}) was on a statement mailed to {ADDRESS:home_addr}. Privacy officer?"),
    ("vip", "Admit {NAME:pt_full} to a private room on {unit}; {pt_he}'s the {org} board chair. {dr_dr} is aware."),
    ("structured", "DL for {NAME:rel_full}, who's picking up {rel_his} {pt_relword} at discharge: {LICENSE_NUMBER:dl}."),
    ("complaint", "re the {NAME:pt_last} complaint: {pt_his} {rel_role} {NAME:rel_first} says the bill for the {DATE:sdate} visit was sent twice."),
    ("structured", "Pump serial {DEVICE_ID:devsn} for {NAME:pt_full}, the recall notice bounced. The manufacturer needs a new address."),
    ("structured", "Insurance: {payer} policy # {HEALTH_PLAN_ID:hpid} for {NAME:pt_full}. Group # is {group_no}, not individual."),
    ("vip", "Flowers to {NAME:pt_full}, {bed} on {unit}. From {exec_full} and me. 💐"),
    ("records", "Please pull {NAME:pt_inv}'s records (DOB {DATE:dob}) for the peer review on {mtg_date}."),
    ("escalation", "*urgent* {NAME:rel_full} (patient's {rel_role}) at {PHONE:phone} threatening to go to the Globe. Call {rel_him} back today."),
    ("employee-health", "{col_full} says {NAME:emp_first} from {dept} had a heart attack at the {city_biz} office on {DATE:sdate}. {emp_He}'s on {unit} now."),
    ("records", "Home address for {NAME:pt_full} on file is {ADDRESS:home_addr}, the statement keeps coming back."),
    ("structured", "{NAME:pt_full}'s CGM transmitter {DEVICE_ID:devsn} needs to be replaced before {pt_his} {DATE:sdate} visit."),
    ("complaint", "Text from {NAME:rel_full}: \"my {pt_parentw} {NAME:pt_full} waited 9 hrs in the ED on {DATE:sdate}\". Draft a reply?"),
    ("vip", "{NAME:pt_full}'s family asked for updates via {EMAIL:rel_email}. {dr_dr} will send daily notes."),
    ("records", "DOB {DATE:dob} and MRN {MRN:mrn} for {NAME:pt_full}, in case registration asks."),
    ("age", "{pt_hon} {NAME:pt_last} turns {AGE:age90} next week and is still on {unit}; nurses want to do a cake. OK?"),
    ("referral", "my {pt_inlaw} {NAME:pt_full} needs a neuro appt. {pt_He} lives in {ADDRESS:town}, the {city_biz} clinic is closest."),
    ("structured slack-markup", "Portal link for {NAME:pt_first}'s results: {URL:visit_url} ({dr_dr} says it's fine to share with the {rel_role})"),
    ("structured", "{NAME:pt_full}, MRN {MRN:mrn}, HAR {ACCOUNT_NUMBER:har}, {payer} member {HEALTH_PLAN_ID:hpid}."),
    ("vip", "The {NAME:pt_last} family is in the {unit} lounge. {NAME:rel_first} is the point of contact, cell {PHONE:phone}."),
    ("complaint", "Please log: {NAME:rel_full} complaint, {rel_his} {pt_relword} discharged {DATE:sdate} without meds. Due to me {deadline}."),
    ("employee-health", "Our anesthesiologist {NAME:emp_full} is the patient this time, surgery {DATE:sdate}. Keep it quiet; {emp_he} asked for privacy."),
    ("structured", "Wire the settlement to {NAME:pt_full}'s account {ACCOUNT_NUMBER:bank}, routing on file. GC approved."),
    ("structured", "{NAME:pt_full} DOB {DATE:dob} SSN {SSN:ssn} MRN {MRN:mrn}"),
    ("vip", "Update: {NAME:pt_full} is out of the ICU as of {DATE:sdate}. {rel_role_cap} {NAME:rel_first} sends thanks."),
    ("business-contact", "{exec_full}'s EA is {asst_full}, {EMAIL:asst_wemail}, {PHONE:phone}. Coordinate the {committee} through them."),
    ("structured", "IPs for the new {city_biz} clinic firewall rule: {IP_ADDRESS:ip} and {IP_ADDRESS:ip2}. Change ticket {ticket}."),
    ("credentialing", "Add {dr_drfull} to the {payer} roster: license {LICENSE_NUMBER:stlic}, DEA {LICENSE_NUMBER:dea}, NPI {npi_num}."),
    ("structured", "Reimburse me from my personal account {ACCOUNT_NUMBER:bank}, not payroll. ${money} for the conference."),
    ("vip", "Rename the calendar block from \"{NAME:pt_full} visit\" to \"personal\", it's on the shared calendar for {DATE:sdate}."),
    ("records", "MRN for the VIP is {MRN:mrn_obf}; don't paste it in the main channel again."),
    ("structured", "member id {HEALTH_PLAN_ID:hpid_fw} / {NAME:pt_full}, can you call {payer}?"),
    ("structured money", "Use card {CREDIT_CARD:cc_obf} for the deposit, it's the foundation card."),
    ("structured", "{pt_His} SSN, per the {rel_role}: {SSN:ssn_obf}."),
    ("employee-health lowercase", "{NAME:emp_first} in {dept} is getting chemo starting {DATE:sdate}, can we set up remote work?"),
]

COMPOSITE_HEADS = ["Morning list:", "A few things:", "For today:", "quick list", "Before I board:",
                   "*To do*", "Running list 👇", "Couple items", "From the {title}:"]
PREFIXES = ["", "", "", "hey ", "Hi - ", "quick one: ", "{mention} ", "@delegate ", "{asst_first}, ",
            "pls ", "FYI ", "When you get a sec: ", "Morning! ", "ok so ", "Re the below: "]
SUFFIXES = ["", "", "", " Thanks!", " thx", " ty", ". Thank you.", " 🙏", " - {exec_initials}", "\nthanks",
            " Appreciate it.", " (sent from phone)"]

SPAN_RE = re.compile(r"\{(?:([A-Z_]+):)?([A-Za-z0-9_]+)\}")
TYPES = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
         "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS", "ADDRESS", "CREDIT_CARD"}

class Ctx:
    def __init__(self, template):
        self.persons = {}
        self.cache = {}
        self.tags = set()
        self.template = template

    def person(self, key):
        if key not in self.persons:
            nick = key == "pt" and "pt_nick" in self.template
            p = Person(key.rstrip("0123456789") if key != "pt2" else "pt", nick=nick)
            # relatives often share the patient's surname
            other = {"pt": "rel", "rel": "pt"}.get(key)
            if other in self.persons and R.random() < 0.45:
                p.last = self.persons[other].last
            self.persons[key] = p
        return self.persons[key]


def visit_url(ctx):
    pid = digits(R.choice([7, 8]))
    p = ctx.person("pt")
    return R.choice(["https://mychart.nsrh.org/visit?pid=" + pid,
                     "https://telehealth.mvmc.org/join/%s-%s" % (emailify(p.last), digits(5)),
                     "https://portal.harborviewhealth.org/results?patient=" + pid,
                     "https://nsrh.zoom.us/j/%s?pt=%s" % (digits(10), pid)])


def pt_url(ctx):
    p = ctx.person("pt")
    n = emailify(p.first) + emailify(p.last)
    return R.choice(["https://www.caringbridge.org/visit/" + n,
                     "https://www.caringbridge.org/site/%s-%s" % (emailify(p.first), emailify(p.last)),
                     "https://lotsahelpinghands.example.org/c/%s-family" % emailify(p.last),
                     "https://updates.nsrh.org/patient/" + digits(7)])


def email_obf(p):
    fe, le = emailify(p.first), emailify(p.last)
    dom = R.choice(["gmail", "yahoo", "comcast", "icloud"])
    tld = "net" if dom == "comcast" else "com"
    return R.choice(["{f}.{l} [at] {d} [dot] {t}", "{f}{l} at {d} dot {t}", "{f0}{l}(at){d}(dot){t}",
                     "{f}.{l} @ {d} . {t}", "{f}_{l} AT {d} DOT {t}"]).format(f=fe, l=le, f0=fe[0], d=dom, t=tld)


def resolve(ctx, typ, name):
    """Return list of (type_or_None, text) segments for a slot."""
    key = (typ, name)
    if key in ctx.cache:
        return ctx.cache[key]
    segs = None
    m = re.match(r"(%s)_(\w+)$" % "|".join(PERSON_KEYS), name)
    if typ is None and name in FILL:
        segs = [(None, FILL[name]())]
    elif name in ("phone_tel", "phone_lbl"):
        if "_raw_phone" not in ctx.cache:
            ctx.cache["_raw_phone"] = (area(), "555", digits(4))
        a, b, c = ctx.cache["_raw_phone"]
        if name == "phone_tel":
            v = R.choice(["+1{a}{b}{c}", "+1-{a}-{b}-{c}", "{a}{b}{c}"]).format(a=a, b=b, c=c)
        else:
            v = R.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}"]).format(a=a, b=b, c=c)
        segs = [(typ, v)]
    elif name == "visit_url":
        segs = [(typ, visit_url(ctx))]
    elif name == "pt_url":
        segs = [(typ, pt_url(ctx))]
    elif name == "pt_relword":
        p = ctx.person("rel"); g = ctx.person("pt").gender
        w = {"daughter": ("mom", "dad"), "son": ("mom", "dad"), "wife": ("wife", "husband"),
             "husband": ("wife", "husband"), "niece": ("aunt", "uncle"), "nephew": ("aunt", "uncle"),
             "sister": ("sister", "brother"), "brother": ("sister", "brother"),
             "granddaughter": ("grandmother", "grandfather"), "grandson": ("grandmother", "grandfather")
             }.get(p.role, ("mother", "father"))
        segs = [(None, w[0] if g == "f" else w[1])]
    elif name == "rel_role_cap":
        r_ = ctx.person("rel").attr("role")
        segs = [(None, r_[0].upper() + r_[1:])]
    elif name == "pt_last2":
        segs = [(typ, ctx.person("pt").last)]
    elif name == "rel_email_obf":
        segs = [(typ, email_obf(ctx.person("rel")))]
        ctx.tags.add("evasion")
    elif m:
        p = ctx.person(m.group(1))
        a = m.group(2)
        segs = [(typ, p.attr(a))]
    elif name in ("exec_title",):
        segs = [(None, FILL["title"]())]
    elif name == "exec_initials":
        p = ctx.person("exec")
        segs = [(None, ascii_fold(p.first[0] + p.last[0]).upper())]
    elif typ is not None:
        base = name if name in SPAN_GEN else name.rstrip("0123456789")
        v, extra = SPAN_GEN[base]()
        ctx.tags.update(extra)
        segs = [(typ, v)]
    else:
        base = name if name in FILL else name.rstrip("0123456789")
        segs = [(None, FILL[base]())]
    ctx.cache[key] = segs
    return segs


def render(template, ctx):
    segs = []
    pos = 0
    for mm in SPAN_RE.finditer(template):
        if mm.start() > pos:
            segs.append((None, template[pos:mm.start()]))
        typ, name = mm.group(1), mm.group(2)
        if typ is not None:
            assert typ in TYPES, typ
        segs.extend(resolve(ctx, typ, name))
        pos = mm.end()
    if pos < len(template):
        segs.append((None, template[pos:]))
    return segs


# ----------------------------------------------------------------------------- transforms
PROTECT_RE = re.compile(r"(<[@#!][A-Z0-9]+|https?://[^\s|>]*|<mailto:|<tel:)")


def lower_plain(s):
    parts = PROTECT_RE.split(s)
    return "".join(p if i % 2 else p.lower() for i, p in enumerate(parts))


def transform_lower(segs):
    out = []
    for t, v in segs:
        if t is None:
            out.append((t, lower_plain(v)))
        elif t in ("NAME", "ADDRESS", "EMAIL", "DATE", "AGE"):
            out.append((t, v.lower()))
        else:
            out.append((t, v))
    return out


WORD_RE = re.compile(r"(?<![^\s(\"'])([A-Za-z]{5,})(?=[\s,.;:!?)\"']|$)")
COMMON_TYPOS = {"please": "plese", "tomorrow": "tomorow", "schedule": "schedual", "calendar": "calender",
                "received": "recieved", "meeting": "meetng", "separate": "seperate", "committee": "commitee",
                "definitely": "definately", "discharge": "dischrage", "appointment": "appt",
                "thanks": "thnks", "because": "becuase", "address": "adress"}


def typo_word(w):
    lw = w.lower()
    if lw in COMMON_TYPOS and R.random() < 0.6:
        t = COMMON_TYPOS[lw]
        return t.capitalize() if w[0].isupper() else t
    i = R.randint(1, len(w) - 3)
    k = R.choice(["swap", "drop", "double"])
    if k == "swap": return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == "drop": return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def transform_typo(segs, n):
    cands = []
    for si, (t, v) in enumerate(segs):
        if t is None:
            for mm in WORD_RE.finditer(v):
                cands.append((si, mm.start(1), mm.end(1)))
    if not cands:
        return segs, False
    R.shuffle(cands)
    chosen = sorted(cands[:n], key=lambda c: (c[0], -c[1]))
    segs = list(segs)
    for si, a, b in sorted(chosen, key=lambda c: (c[0], -c[1])):
        t, v = segs[si]
        segs[si] = (t, v[:a] + typo_word(v[a:b]) + v[b:])
    return segs, True


OBF_TYPES = ("PHONE", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "CREDIT_CARD", "LICENSE_NUMBER")


def obfuscate_span(segs):
    """Obfuscate one structured span in place: fullwidth digits, zero-width or no-break space."""
    idx = [i for i, (t, v) in enumerate(segs) if t in OBF_TYPES and re.search(r"\d{3}", v)
           and all(ord(c) < 128 for c in v)]
    if not idx:
        return segs, set()
    i = R.choice(idx)
    t, v = segs[i]
    k = R.choice(["fw", "zw", "nbsp"])
    if k == "fw":
        nv, tg = "".join(FW.get(c, c) for c in v), {"evasion", "fullwidth"}
    elif k == "zw":
        pos = [j for j in range(1, len(v)) if v[j - 1].isdigit() and v[j].isdigit()]
        cut = sorted(R.sample(pos, min(len(pos), R.choice([1, 2]))))
        nv = v
        for j in reversed(cut):
            nv = nv[:j] + "\u200b" + nv[j:]
        tg = {"evasion", "zero-width"}
    else:
        if " " in v or "-" in v:
            nv = v.replace(" ", "\u00a0").replace("-", "\u00a0")
        else:
            mid = len(v) // 2
            nv = v[:mid] + "\u00a0" + v[mid:]
        tg = {"evasion", "zero-width"}
    segs = list(segs)
    segs[i] = (t, nv)
    return segs, tg


def name_typo(segs):
    """Misspell one NAME span value (still labelled)."""
    idx = [i for i, (t, v) in enumerate(segs) if t == "NAME" and re.fullmatch(r"[A-Za-z]{5,}", v)]
    if not idx:
        return segs, False
    i = R.choice(idx)
    segs = list(segs)
    segs[i] = ("NAME", typo_word(segs[i][1]))
    return segs, True


# ----------------------------------------------------------------------------- building a message
def fill_simple(s, ctx):
    return "".join(v for _, v in render(s, ctx))


def build_one(kind, templates_pick):
    """kind: 'clean' or 'phi'. templates_pick: list of (tags, template) parts."""
    tags = set()
    segs = []
    wrap_ctx = Ctx("")
    parts = templates_pick
    if len(parts) > 1:
        head = fill_simple(R.choice(COMPOSITE_HEADS), wrap_ctx)
        segs.append((None, head + "\n"))
        bullet = R.choice(["• ", "- ", "* ", "1. "])
        for i, (tg, tp) in enumerate(parts):
            ctx = Ctx(tp)
            b = bullet if bullet != "1. " else "%d. " % (i + 1)
            seg = render(tp.replace("\n", " "), ctx)
            segs.append((None, b))
            segs.extend(seg)
            if i < len(parts) - 1:
                segs.append((None, "\n"))
            tags.update(tg.split()); tags.update(ctx.tags)
        tags.add("multiline")
    else:
        tg, tp = parts[0]
        ctx = Ctx(tp)
        pre = fill_simple(R.choice(PREFIXES), wrap_ctx) if R.random() < 0.45 else ""
        if pre.endswith(", ") and re.match(r"\{[A-Z_]+:|\{\w+_(full|first|last|inv|INV)\}", tp):
            pre = ""  # "Oksana, Maria Brannigan" would read like an inverted name
        suf = fill_simple(R.choice(SUFFIXES), wrap_ctx) if R.random() < 0.35 else ""
        seg = render(tp, ctx)
        if pre:
            if tp[0] != "{" and seg[0][1][:1].isupper() and not seg[0][1][:2].isupper() and R.random() < 0.75:
                seg[0] = (None, seg[0][1][0].lower() + seg[0][1][1:])
            segs.append((None, pre))
        segs.extend(seg)
        if suf:
            last = segs[-1][1] if segs else ""
            if suf[:1] in ".!?" and last[-1:] in ".!?":
                suf = suf[1:]
            if suf.startswith(" -") and last[-1:] == ".":
                pass
            segs.append((None, suf))
        tags.update(tg.split()); tags.update(ctx.tags)
    # transforms
    if R.random() < 0.11 or "lowercase" in tags:
        segs = transform_lower(segs); tags.add("lowercase")
    if R.random() < 0.12:
        segs, ok = transform_typo(segs, R.choice([1, 1, 2]))
        if ok: tags.add("typo")
    if R.random() < 0.04:
        segs, ok = name_typo(segs)
        if ok: tags.add("typo")
    if R.random() < 0.09:
        segs, tg = obfuscate_span(segs)
        tags.update(tg)
    if R.random() < 0.10:
        e = FILL["emoji"]()
        if R.random() < 0.7:
            segs.append((None, " " + e))
        else:
            segs.insert(0, (None, e + " "))
    # merge adjacent plain segments
    merged = []
    for t, v in segs:
        if t is None and merged and merged[-1][0] is None:
            merged[-1] = (None, merged[-1][1] + v)
        else:
            merged.append((t, v))
    merged = [(t, re.sub(r"\b([Tt]he) the ", r"\1 ", v) if t is None else v) for t, v in merged]
    return merged, tags


EMOJI_RE = re.compile(r"[\u2600-\u27bf\U0001F300-\U0001FAFF]|:[a-z_]+:")


def finalize(segs, tags):
    text = "".join(v for _, v in segs)
    spans = []
    b = 0
    expected = []
    for t, v in segs:
        if t is not None:
            expected.append((t, v, b))
        b += len(v.encode("utf-8"))
    # simulate the checker: left-to-right search must hit the intended occurrence
    tb = text.encode("utf-8")
    pos = 0
    for t, v, start in expected:
        vb = v.encode("utf-8")
        if not vb.strip():
            return None
        i = tb.find(vb, pos)
        if i != start:
            return None
        pos = i + len(vb)
        spans.append({"type": t, "value": v})
    types = {s["type"] for s in spans}
    if "NAME" in types: tags.add("name")
    if "DATE" in types: tags.add("date")
    if "AGE" in types: tags.add("age")
    if types & {"PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER",
                "VEHICLE_ID", "DEVICE_ID", "IP_ADDRESS", "CREDIT_CARD", "URL"}:
        tags.add("structured")
    if "ADDRESS" in types: tags.add("address")
    if spans and "business-contact" in tags and not (types <= {"PHONE", "EMAIL"}):
        tags.discard("business-contact")
    if not spans:
        for t in ("business-contact", "structured", "name", "date"):
            tags.discard(t)
        if "age" in tags:
            tags.discard("age"); tags.add("age-under-90")
    if "\n" in text: tags.add("multiline")
    if re.search(r"<[@#][A-Z0-9]|<https?://|<mailto:|<tel:|(^|\s)\*[^*\n]+\*", text): tags.add("slack-markup")
    else: tags.discard("slack-markup")
    if text.startswith("> ") or "\n> " in text: tags.add("slack-markup")
    if EMOJI_RE.search(text): tags.add("emoji")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text): tags.add("fullwidth")
    if "\u200b" in text or "\u00a0" in text: tags.add("zero-width")
    tags.discard("phi"); tags.discard("clean")
    tags = (["phi"] if spans else ["clean"]) + sorted(tags)
    return text, spans, tags


def main():
    # template schedule: every template at least once, the rest random
    def schedule(pool, n):
        order = list(range(len(pool)))
        R.shuffle(order)
        while len(order) < n:
            order.append(R.randrange(len(pool)))
        order = order[:n]
        R.shuffle(order)
        return order

    assert len(CLEAN) + len(PHI) >= 150, (len(CLEAN), len(PHI))
    n_phi = N_TOTAL - N_CLEAN
    kinds = [("clean", i) for i in schedule(CLEAN, N_CLEAN)] + [("phi", i) for i in schedule(PHI, n_phi)]
    R.shuffle(kinds)
    seen_text = set()
    records = []
    for kind, ti in kinds:
        for attempt in range(200):
            if kind == "clean":
                parts = [CLEAN[ti]]
                if R.random() < 0.12 and attempt < 100:
                    parts += R.sample([c for c in CLEAN if c is not CLEAN[ti]], R.choice([1, 2]))
            else:
                parts = [PHI[ti]]
                if R.random() < 0.12 and attempt < 100:
                    extra = R.sample(CLEAN, R.choice([1, 2]))
                    parts = extra[:1] + parts + extra[1:]
            segs, tags = build_one(kind, parts)
            res = finalize(segs, tags)
            if res is None:
                continue
            text, spans, tags = res
            if (kind == "clean") != (not spans):
                raise SystemExit("template kind mismatch: %r" % (parts,))
            if text in seen_text:
                continue
            seen_text.add(text)
            records.append((text, spans, tags))
            break
        else:
            raise SystemExit("could not build message for %s %d" % (kind, ti))
    with open(OUT, "w", encoding="utf-8") as f:
        for n, (text, spans, tags) in enumerate(records, 1):
            f.write(json.dumps({"id": "hj%04d" % n, "text": text, "spans": spans, "tags": tags},
                               ensure_ascii=False) + "\n")
    nclean = sum(1 for r in records if not r[1])
    print("wrote %d messages (%d clean, %d phi) from %d templates (%d clean, %d phi) to %s"
          % (len(records), nclean, len(records) - nclean, len(CLEAN) + len(PHI), len(CLEAN), len(PHI), OUT))


if __name__ == "__main__":
    main()
