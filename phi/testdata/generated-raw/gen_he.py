#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_he.py -- synthetic, labelled hospital chat messages for the PHI guard (generator "he").

Setting: hospital revenue cycle and HIM -- patient financial services, denials and appeals,
release of information, coding queries, price estimates, charity care, bot alerts and tables,
monthly reports, and the CFO's office delegating to the bot.

Standard library only, fixed seed, byte-for-byte reproducible. Writes generated_he.jsonl next to
this script, one object per line: {"id","text","spans":[{"type","value"}],"tags"}.

Labels are built together with the text: every PHI value is emitted as its own typed piece, all
transforms (lower case, slips, shorthand, markup, emoji, obfuscation) work piece by piece, and each
message is verified so that matching the listed values left to right (as the format checker does)
lands exactly on the pieces that were emitted; otherwise the message is drawn again.
"""
import datetime
import json
import os
import random
import re
import unicodedata

SEED = 20250611
N_TOTAL = 1500
N_CLEAN = 675
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "generated_he.jsonl")


def _lst(s):
    out, seen = [], {}
    for x in s.replace("\n", " ").split(","):
        x = x.strip()
        if x and x not in seen:
            seen[x] = 1
            out.append(x)
    return out


# ----------------------------------------------------------------------------- value pools
GIVEN_F = _lst("""
Maria, Guadalupe, Ximena, Lucía, Valentina, Marisol, Yesenia, Rosa, Alejandra, Carmen, Dolores,
Esperanza, Ana, Beatriz, Pilar, Inés, Graciela, Yolanda, Adaeze, Chiamaka, Ngozi, Folake, Abena, Ama,
Efua, Yetunde, Nneka, Aisha, Fatoumata, Mariama, Aminata, Kadiatou, Funmilayo, Oluwakemi, Priya,
Ananya, Deepa, Lakshmi, Sunita, Kavya, Meera, Shreya, Nisha, Pooja, Anjali, Harpreet, Rukhsana,
Farzana, Mei, Xiu, Lian, Yan, Jing, Yuki, Haruka, Sakura, Aiko, Keiko, Min-ji, Ji-woo, Seo-yeon,
Eun-ji, Thu, Linh, Mai, Hoa, Ngoc, Fatima, Layla, Noor, Yasmin, Mariam, Zainab, Huda, Rania, Salma,
Amal, Olga, Irina, Svetlana, Natalia, Katarzyna, Agnieszka, Zofia, Milena, Jelena, Ivana, Oksana,
Halyna, Tatiana, Ludmila, Winona, Aiyana, Kimi, Nizhoni, Tallulah, Halona, Leilani, Malia, Moana,
Keala, Noelani, Sina, Mele, Losana, Elizabeth, Margaret, Dorothy, Eleanor, Abigail, Harriet, Judith,
Beverly, Shirley, Gladys, Mildred, Hope, Faith, Grace, Joy, Rose, June, April, May, Summer, Dawn,
Ivy, Holly, Pearl, Ruby, Violet, Daisy, Autumn, Crystal, Amber, Brandy, Star, Charity, Patience,
Constance, Mercy, Liberty, Heather, Megan, Jessica, Ashley, Brittany, Kayla, Tiffany, Shanice, Keisha,
Latoya, Imani, Aaliyah, Destiny, Precious, Ebony, Siobhan, Aoife, Niamh, Bridget, Colleen, Ingrid,
Astrid, Greta, Heidi, Francesca, Giulia, Chiara, Rosalind, Beulah, Edna, Agnes, Wilhelmina, Mabel,
Opal, Willa, Dolly, Penny, Candy, Honey, Marie-Claire, Nadège, Fabiola, Widline
""")
GIVEN_M = _lst("""
José, Juan, Luis, Carlos, Miguel, Alejandro, Jesús, Francisco, Ramón, Héctor, Santiago, Mateo, Diego,
Joaquín, Rafael, Guillermo, Ernesto, Chukwuemeka, Obinna, Emeka, Kwame, Kofi, Kwabena, Yaw, Oluwaseun,
Babatunde, Adebayo, Mamadou, Ousmane, Ibrahima, Moussa, Sekou, Abdoulaye, Rajesh, Arjun, Vikram,
Sanjay, Rohan, Amit, Suresh, Venkat, Gurpreet, Anil, Imran, Wei, Jun, Hao, Zhiwei, Hiroshi, Takeshi,
Kenji, Haruto, Min-jun, Seung-ho, Dong-hyun, Minh, Tuan, Quang, Bao, Mohammed, Ahmed, Omar, Khalid,
Youssef, Tariq, Hassan, Karim, Mustafa, Bilal, Dmitri, Sergei, Mikhail, Aleksandr, Piotr, Tomasz,
Krzysztof, Wojciech, Bogdan, Miroslav, Dragan, Vasyl, Taras, Takoda, Chayton, Enapay, Hototo, Kele,
Nayati, Ahiga, Keoni, Makoa, Sione, Tevita, Manu, Tavita, Kimo, Iosefa, William, Robert, James,
Thomas, Richard, Charles, Harold, Walter, Eugene, Raymond, Gerald, Earl, Clarence, Leonard, Donald,
Kenneth, Arthur, Bernard, Howard, Floyd, Russell, Wayne, Dale, Randy, Travis, Dustin, Cody, Tyler,
Brandon, Kyle, Derek, Darnell, DeShawn, Tyrone, Jamal, Malik, Terrell, Marcus, Andre, Reginald, Will,
Bill, Mark, Rich, Chase, Hunter, Heath, Rusty, Buck, Art, Frank, Gene, Guy, Jack, Sterling, Cliff,
Dean, Drew, Ray, Forrest, Lance, Grant, Wade, Glen, Dewey, Ernest, Patrick, Sean, Declan, Cormac,
Liam, Finn, Lars, Sven, Nils, Henrik, Giuseppe, Salvatore, Vincenzo, Angelo, Jean-Baptiste, Wesner,
Fritznel, Dieudonné
""")
GIVEN_U = _lst("""
Jordan, Casey, Morgan, Taylor, Riley, Avery, Jamie, Robin, Sky, River, Sage, Shannon, Jessie, Kim,
Lee, Pat, Sam, Alex, Dakota, Quinn, Reese, Angel, Frankie, Marion, Rain
""")
SURNAMES = _lst("""
Garcia, García, Rodríguez, Rodriguez, Hernández, López, Martínez, González, Pérez, Sánchez, Ramírez,
Torres, Flores, Rivera, Gómez, Díaz, Reyes, Morales, Cruz, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz,
Mendoza, Álvarez, Castillo, Jiménez, Vargas, Romero, Herrera, Medina, Aguilar, Vega, Castro, Delgado,
Fuentes, Navarro, Quintero, Villanueva, Espinoza, Zamora, De la Cruz, Santiago, Acevedo,
Okafor, Okonkwo, Adeyemi, Oyelaran, Nwosu, Eze, Obi, Chukwu, Balogun, Olatunji, Mensah, Owusu,
Asante, Boateng, Appiah, Osei, Darko, Agyeman, Diallo, Traoré, Coulibaly, Keita, Camara, Konaté,
Ndiaye, Sow, Bah, Sesay, Kamara, Kargbo, Jalloh, Conteh, Touré, Adebayo,
Patel, Shah, Sharma, Gupta, Singh, Kaur, Reddy, Rao, Iyer, Nair, Menon, Pillai, Krishnan,
Subramanian, Chatterjee, Banerjee, Mukherjee, Das, Bose, Ghosh, Desai, Mehta, Joshi, Kulkarni,
Chaudhry, Qureshi, Siddiqui, Hussain, Rahman, Chowdhury, Islam, Ahmed, Karim, Bhatt,
Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin, Tanaka,
Suzuki, Takahashi, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Sato, Kim, Lee, Park, Choi, Jung,
Kang, Cho, Yoon, Jang, Lim, Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Vo, Dang, Bui, Do, Ngo, Duong,
Haddad, Khoury, Mansour, Saleh, Nasser, Hamdan, Abboud, Aziz, Farouk, Al-Masri, El-Amin, Abdullah,
Ibrahim, Suleiman, Darwish, Bakr, Qasim, Yousef, Habib, Al-Rashid,
Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański, Dąbrowski,
Kozłowski, Ivanov, Petrov, Smirnov, Volkov, Sokolov, Popov, Kuznetsov, Novak, Horvat, Kovačević,
Petrović, Jovanović, Nikolić, Shevchenko, Kovalenko, Bondarenko, Tkachenko, Melnyk, Horváth, Nagy,
Szabó, Popescu, Ionescu, Dvořák, Novotný,
Begay, Yazzie, Tsosie, Benally, Nez, Tso, Etsitty, Manygoats, Yellowhorse, Redcloud, Whitehorse,
Littlebear, Standingbear, Runningwater, Two Bulls, Blackfeather, Deschenie, Wauneka, Skenandore,
Harjo, Chee,
Kahananui, Kealoha, Kanahele, Akana, Mahoe, Kamakana, Fonoti, Tuilagi, Faleolo, Taufa, Tupou,
Vaipulu, Fifita, Leota, Salave'a, Aumua, Kaleikini, Palakiko,
Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore,
Jackson, Martin, Thompson, White, Harris, Clark, Lewis, Walker, Hall, Allen, Young, King, Wright,
Hill, Green, Baker, Adams, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker,
Evans, Edwards, Collins, Stewart, Morris, Rogers, Reed, Cook, Morgan, Bell, Murphy, Bailey, Cooper,
Richardson, Cox, Howard, Ward, Peterson, Gray, James, Watson, Brooks, Kelly, Sanders, Price, Bennett,
Wood, Barnes, Ross, Henderson, Coleman, Jenkins, Perry, Powell, Long, Patterson, Hughes, Washington,
Butler, Simmons, Foster, Bryant, Russell, Griffin, Hayes, Myers, Ford, Hamilton, Graham, Sullivan,
Wallace, Woods, Cole, West, Owens, Reynolds, Fisher, Ellis, Harrison, Gibson, McDonald, Marshall,
Wells, Hunter, Bishop, Fox, Wolf, Frost, Stone, Banks, Church, Moody, Wise, Love, Rich, Little,
Short, Strong, Sharp, Hope, Street, Lane, Bush, Field, Brook, Rivers, Waters, Snow, Winter, Gold,
Silver, Steel, Mason, Porter, Page, Hart, Day, Knight, Small, Noble, Sweet, Goodman, Friend, Savage,
Cross, Holiday, Bright, Swift, Chase, Cash, Paine,
O'Brien, O'Connor, McCarthy, Fitzgerald, Gallagher, Brannigan, Donnelly, Quinlan, Doherty, Flanagan,
MacLeod, O'Sullivan,
Schneider, Müller, Becker, Hoffmann, Lindqvist, Johansson, Andersen, Rossi, Russo, Esposito,
Bianchi, Romano, Costa, Ferreira, Silva, Santos, Oliveira, Pereira, Souza, Cohen, Levy, Goldberg,
Friedman, Katz, Papadopoulos, Georgiou, Yilmaz, Demir, Kaya, Hakimi, Rostami, Tehrani, Jafari,
Marchetti, Dubois, Lefebvre, Moreau, Girard,
Pierre, Jean-Baptiste, Joseph, Baptiste, Toussaint, Desir, François, Étienne
""")

NICK = {
    "William": ["Bill", "Billy", "Will"], "Robert": ["Bob", "Bobby", "Rob"], "Elizabeth": ["Liz", "Betty", "Beth"],
    "Margaret": ["Peggy", "Maggie", "Meg"], "Richard": ["Dick", "Rick"], "James": ["Jim", "Jimmy"],
    "Thomas": ["Tom", "Tommy"], "Charles": ["Chuck", "Charlie"], "Dorothy": ["Dot", "Dottie"],
    "Katarzyna": ["Kasia"], "Aleksandr": ["Sasha"], "Dmitri": ["Dima"], "Francisco": ["Paco", "Pancho"],
    "José": ["Pepe"], "Guadalupe": ["Lupe"], "Alejandro": ["Alex"], "Jesús": ["Chuy"], "Oluwaseun": ["Seun"],
    "Chukwuemeka": ["Emeka"], "Babatunde": ["Tunde"], "Adaeze": ["Ada"], "Mohammed": ["Mo"],
    "Abigail": ["Abby"], "Harold": ["Hal"], "Walter": ["Walt"], "Eugene": ["Gene"], "Leonard": ["Len", "Lenny"],
    "Kenneth": ["Ken", "Kenny"], "Donald": ["Don", "Donnie"], "Arthur": ["Art"], "Bernard": ["Bernie"],
    "Patrick": ["Paddy", "Pat"], "Giuseppe": ["Joe", "Peppe"], "Salvatore": ["Sal"], "Vincenzo": ["Enzo"],
    "Wilhelmina": ["Mina", "Billie"], "Natalia": ["Natasha"], "Tatiana": ["Tanya"], "Mikhail": ["Misha"],
    "Rajesh": ["Raj"], "Venkat": ["Venky"], "Eleanor": ["Ellie", "Nell"], "Harriet": ["Hattie"],
    "Judith": ["Judy"], "Beverly": ["Bev"], "Mildred": ["Millie"], "Constance": ["Connie"],
    "Raymond": ["Ray"], "Gerald": ["Jerry"], "Clarence": ["Clancy"], "Reginald": ["Reggie"],
    "Ernest": ["Ernie"], "Alejandra": ["Ale"], "Graciela": ["Chela"], "Dolores": ["Lola"],
    "Oluwakemi": ["Kemi"], "Funmilayo": ["Funmi"], "Ibrahima": ["Ibou"], "Abdoulaye": ["Abdou"],
    "Krzysztof": ["Krzys"], "Wojciech": ["Wojtek"], "Iosefa": ["Sefa"], "Salvatore ": ["Sally"],
}
GENERIC_NICK = ["Junior", "Bud", "Sis", "Nana", "Peaches", "Tiny", "Red", "Lulu", "Gigi", "Coco", "Bubba",
                "Chief", "Pops", "Boots", "Sunny", "Cookie", "Mimi", "Tito", "Nene", "Beto"]

TOWNS = [
    ("Dracut", "MA", "01826"), ("Amesbury", "MA", "01913"), ("Lowell", "MA", "01852"), ("Methuen", "MA", "01844"),
    ("Haverhill", "MA", "01830"), ("Lawrence", "MA", "01841"), ("Chelmsford", "MA", "01824"),
    ("Billerica", "MA", "01821"), ("Tewksbury", "MA", "01876"), ("Peabody", "MA", "01960"),
    ("Revere", "MA", "02151"), ("Chelsea", "MA", "02150"), ("Everett", "MA", "02149"), ("Malden", "MA", "02148"),
    ("Quincy", "MA", "02169"), ("Brockton", "MA", "02301"), ("Taunton", "MA", "02780"),
    ("Fall River", "MA", "02720"), ("New Bedford", "MA", "02740"), ("Worcester", "MA", "01604"),
    ("Fitchburg", "MA", "01420"), ("Nashua", "NH", "03060"), ("Derry", "NH", "03038"),
    ("Manchester", "NH", "03103"), ("Seabrook", "NH", "03874"), ("Pawtucket", "RI", "02860"),
    ("Woonsocket", "RI", "02895"), ("Biddeford", "ME", "04005"), ("Lewiston", "ME", "04240"),
    ("Hope", "ME", "04847"), ("Friendship", "ME", "04547"), ("Hartford", "CT", "06106"),
    ("Bridgeport", "CT", "06604"), ("Yonkers", "NY", "10701"), ("Flushing", "NY", "11354"),
    ("Paterson", "NJ", "07501"), ("Edison", "NJ", "08817"), ("Camden", "NJ", "08102"), ("Gallup", "NM", "87301"),
    ("Window Rock", "AZ", "86515"), ("Chinle", "AZ", "86503"), ("Kayenta", "AZ", "86033"),
    ("Hilo", "HI", "96720"), ("Waianae", "HI", "96792"), ("Kahului", "HI", "96732"), ("Laredo", "TX", "78040"),
    ("McAllen", "TX", "78501"), ("El Paso", "TX", "79901"), ("Sugar Land", "TX", "77478"),
    ("Hialeah", "FL", "33010"), ("Kissimmee", "FL", "34741"), ("Dearborn", "MI", "48126"),
    ("Hamtramck", "MI", "48212"), ("Minneapolis", "MN", "55407"), ("Fresno", "CA", "93701"),
    ("Bethel", "AK", "99559"), ("Tahlequah", "OK", "74464"), ("Pembroke", "NC", "28372"),
    ("Pine Ridge", "SD", "57770"), ("Liberty", "MO", "64068"), ("Amherst", "MA", "01002"),
    ("Gloucester", "MA", "01930"), ("Salisbury", "MA", "01952"), ("Georgetown", "MA", "01833"),
]
STREETS = ["Pleasant St", "Maple Ave", "Tarbox Ln", "Lowell Rd", "Broadway", "Elm St", "Chestnut St",
           "Prospect Hill Rd", "Water St", "High St", "School St", "Park Ave", "Summer St", "Winter St",
           "Spring Ln", "Pine Ridge Dr", "Cedar Ct", "Hawthorne Way", "Riverside Dr", "Old County Rd",
           "Kearsarge Ave", "Mammoth Rd", "Varnum Ave", "Bridge St", "Lakeview Ter", "Sunset Blvd",
           "Mesa Verde Dr", "Calle Luna", "Kamehameha Hwy", "Ala Kai Pl", "Navajo Route 12", "Church St",
           "Merrimack St", "Hope Ave", "Liberty Cir", "Washington St", "Main St", "Oak Hill Rd",
           "Birch Meadow Dr", "Salem Tpke", "Rte 110", "Jackson Ave", "Kosciuszko St", "Dix Ave",
           "Fairmount St", "Andover St", "Cottage St", "Myrtle St", "Beacon St", "Lafayette Rd"]
UNITS = ["Apt 3B", "Apt 2", "Unit 4", "#12", "Fl 2", "Apt 1R", "Unit 210", "Apt C", "Lot 17", "Trlr 9"]
AREAS = ["617", "978", "508", "781", "413", "603", "401", "207", "802", "860", "212", "718", "347", "305",
         "312", "404", "713", "602", "206", "415", "808", "907", "505", "928", "956", "313", "612", "559"]
ORGS = [("Ashgrove Health", "ashgrovehealth.org", "ashgrove"),
        ("Merrimack Valley General", "mvgh.org", "mvgh"),
        ("St. Brigid Medical Center", "stbrigidmc.org", "stbrigid"),
        ("Tarbox Regional Hospital", "tarboxregional.org", "tarbox"),
        ("Saltmarsh Community Hospital", "saltmarshhealth.org", "saltmarsh")]
FACADDR = ["55 Fruit St", "1 Ashgrove Way, Suite 210", "800 Lowell St", "250 Merrimack St, 3rd Floor",
           "12 Hospital Dr", "400 Tarbox Rd, Building C", "1 Medical Center Dr, Salem MA 01970",
           "77 Warren St, Suite 5", "140 Cabot St, Beverly MA 01915", "30 Prospect St, Haverhill MA 01830"]
FACS = ["Patient Financial Services", "the HIM department", "the Tarbox Family Health Center",
        "the Central Business Office", "Release of Information", "the Cashier's Office",
        "the Saltmarsh Outpatient Pavilion"]
BTOWNS = ["Salem", "Beverly", "Danvers", "Lowell", "Haverhill", "Andover", "Gloucester", "Peabody",
          "Lawrence", "Burlington", "Woburn", "Amesbury"]
VENDORS = ["Ardent Claims", "Meridian Coding Partners", "ClearPath Recovery", "Lumen Eligibility",
           "Northgate Print & Mail", "Ironbridge ROI Services", "Cobalt Analytics", "Harbor Lien Recovery",
           "Keystone Lockbox", "BrightLedger", "Summit Patient Pay", "Copperline Collections",
           "Tidewater Transcription", "Pinnacle Denials Group"]
LAWFIRMS = ["Quinlan & Doherty LLP", "Okafor Reyes Law", "Bishop Legal Group", "Marchetti & Stone",
            "Haddad Injury Law", "Levy Kowalski PC", "Tran & Associates", "Fitzgerald Brannigan LLP",
            "Mensah Law Office", "Castillo Franks & Webb", "Begay & Yazzie Law", "Kealoha Legal"]
INSURERS = ["Liberty Casualty", "Granite State Life", "Pioneer Mutual", "Harborline Disability",
            "Atlas Auto Insurance", "Commonwealth Workers' Comp Trust", "Bay Colony Life"]
PAYERS = ["Aetna", "BCBS", "BCBSMA", "Cigna", "UHC", "UnitedHealthcare", "Humana", "Medicare", "MassHealth",
          "Tufts", "Harvard Pilgrim", "Anthem", "Molina", "WellCare", "Ambetter", "Tricare", "Fallon",
          "WellSense", "Medicaid"]
EXEC_TITLES = ["CFO", "CEO", "VP Revenue Cycle", "Director of PFS", "HIM Director", "Chief Compliance Officer",
               "Controller", "CMO", "COO", "VP Finance", "Privacy Officer", "Revenue Integrity Manager"]
DEPTS = ["PFS", "HIM", "ROI", "CDI", "Coding", "Patient Access", "Revenue Integrity", "Financial Counseling",
         "Denials", "Cash Posting", "Customer Service", "the CBO"]
CHANNELS = ["#pfs-escalations", "#roi-desk", "#denials", "#rev-cycle-leadership", "#coding-queries",
            "#charity-care", "#cfo-office", "#him-ops"]
CPTS = ["99213", "99214", "99285", "70551", "72148", "93000", "45378", "29881", "66984", "27447", "36415",
        "80053", "85025", "71046", "74177", "43239", "47562", "59510", "90837", "97110", "77067", "33208"]
ICDS = ["E11.9", "I10", "J18.9", "N18.6", "Z51.11", "S72.001A", "M17.11", "F32.9", "I48.91", "C50.911",
        "O80", "R07.9", "K35.80", "G47.33", "Z00.00", "A41.9", "J44.1", "I50.9", "N39.0", "E66.01"]
CARCS = ["CO-197", "CO-16", "CO-50", "CO-4", "PR-1", "PR-2", "CO-45", "CO-97", "CO-29", "OA-23", "CO-11",
         "PI-204", "CO-167", "CO-151"]
RARCS = ["N290", "M127", "MA130", "N386", "M86", "N20", "MA04"]
DRGS = ["871", "872", "291", "292", "470", "193", "194", "683", "690", "392", "603", "378", "189", "312"]
REVCODES = ["0450", "0260", "0636", "0320", "0360", "0710", "0300", "0250"]
MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDAYF = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EMOJI = ["🙏", "👍", "😬", "🚨", "✅", "🙂", "😅", "📎", "🔥", "👀", "💸", "🤞", "📞", "🙄", "😩", "🎉",
         ":pray:", ":eyes:", ":white_check_mark:", ":rotating_light:", ":thumbsup:", ":sweat_smile:"]
STATUSES = ["pending", "sent", "in review", "appeal filed", "FA pending", "on hold", "paid", "needs auth",
            "queued", "w/ legal", "closed"]
INTRA_PAGES = [("pfs/charity-policy.pdf", "charity policy"), ("him/roi-intake", "ROI intake"),
               ("rev-cycle/denials-dashboard", "denials dashboard"), ("finance/board-packet", "board packet"),
               ("pfs/payment-plan-policy", "payment plan policy"), ("coding/query-templates", "query templates"),
               ("compliance/minimum-necessary", "minimum necessary"), ("cbo/month-end-close", "month-end checklist")]
DIG = "0123456789"
ALNUM_UP = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def dd(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]", "", s)


def ordn(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def mon_dot(m):
    return MON3[m] if MON3[m] == "May" else MON3[m] + "."


# 24 styles with the year, 7 without
FULL_STYLES = [
    lambda y, m, d: "%d/%d/%d" % (m, d, y),
    lambda y, m, d: "%02d/%02d/%d" % (m, d, y),
    lambda y, m, d: "%d-%02d-%02d" % (y, m, d),
    lambda y, m, d: "%s %d, %d" % (MONTHS[m], d, y),
    lambda y, m, d: "%02d-%s-%d" % (d, MON3[m], y),
    lambda y, m, d: "%02d%02d%d" % (m, d, y),
    lambda y, m, d: "%d/%d/%02d" % (m, d, y % 100),
    lambda y, m, d: "%d %s %d" % (d, MONTHS[m], y),
    lambda y, m, d: "%s %d, %d" % (mon_dot(m), d, y),
    lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
    lambda y, m, d: "%d/%02d/%02d" % (y, m, d),
    lambda y, m, d: "%d-%d-%d" % (m, d, y),
    lambda y, m, d: "%02d%s%d" % (d, MON3[m].upper(), y),
    lambda y, m, d: "%s-%02d-%d" % (MON3[m], d, y),
    lambda y, m, d: "%d.%02d.%02d" % (y, m, d),
    lambda y, m, d: "%02d.%02d.%02d" % (m, d, y % 100),
    lambda y, m, d: "%s %d '%02d" % (MON3[m], d, y % 100),
    lambda y, m, d: "%d%02d%02d" % (y, m, d),
    lambda y, m, d: "%s %s, %d" % (MONTHS[m], ordn(d), y),
    lambda y, m, d: "%s of %s %d" % (ordn(d), MONTHS[m], y),
    lambda y, m, d: "%02d/%d" % (m, y),
    lambda y, m, d: "%s %d" % (MONTHS[m], y),
    lambda y, m, d: "%d-%s-%02d" % (d, MON3[m].lower(), y % 100),
    lambda y, m, d: "%02d/%02d/%02d" % (m, d, y % 100),
]
NOYEAR_STYLES = [
    lambda m, d: "%d/%d" % (m, d),
    lambda m, d: "%s %s" % (MON3[m], ordn(d)),
    lambda m, d: "%s %d" % (MONTHS[m], d),
    lambda m, d: "%d-%s" % (d, MON3[m]),
    lambda m, d: "%02d/%02d" % (m, d),
    lambda m, d: "%s %s" % (MONTHS[m], ordn(d)),
    lambda m, d: "the %s of %s" % (ordn(d), MONTHS[m]),
]


def rand_date(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def fmt_date(r, dt, noyear_ok, weights_full=None):
    if noyear_ok and r.random() < 0.3:
        s = r.choice(NOYEAR_STYLES)(dt.month, dt.day)
        return s[4:] if s.startswith("the ") else s
    return r.choice(FULL_STYLES)(dt.year, dt.month, dt.day)


def spell_num(n):
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else (" and " if r_and[0] else " ") + spell_num(rest))
    if n < 10:
        return ONES[n]
    if n < 20:
        return ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen"][n - 10]
    t, o = divmod(n, 10)
    return tens[t] + ("-" + ONES[o] if o else "")


r_and = [False]


# ----------------------------------------------------------------------------- pieces and context
class Part(object):
    __slots__ = ("t", "typ", "lit", "biz", "nolower", "nowrap")

    def __init__(self, t, typ=None, lit=False, biz=False, nolower=False, nowrap=False):
        self.t, self.typ, self.lit, self.biz, self.nolower, self.nowrap = t, typ, lit, biz, nolower, nowrap

    def copy(self):
        return Part(self.t, self.typ, self.lit, self.biz, self.nolower, self.nowrap)


class Person(object):
    pass


PHI_ROLES = {"pt": 1, "rel": 1, "emp": 1, "vip": 1, "mom": 1}
NAME_RE = re.compile(r"^(pt|rel|mom|emp|vip|coll|exec|vp|doc|lawyer|adj|donor)(\d*)"
                     r"(?:_(f|l|inv|nick|mi|full|any|hl|caps|n))?$")


class Ctx(object):
    def __init__(self, r, clean):
        self.r = r
        self.clean = clean
        self.people = {}
        self.cache = {}
        self.raw = {}
        self.dates = {}
        self.tags = []
        self.org = r.choice(ORGS)
        self.obf = (not clean) and r.random() < 0.10

    def tag(self, t):
        if t not in self.tags:
            self.tags.append(t)

    def person(self, key):
        if key in self.people:
            return self.people[key]
        r = self.r
        role = re.match(r"[a-z]+", key).group(0)
        idx = key[len(role):]
        p = Person()
        for _ in range(50):
            p.g = "F" if role == "mom" else r.choice("FM")
            x = r.random()
            pool = GIVEN_U if x < 0.07 else (GIVEN_F if p.g == "F" else GIVEN_M)
            p.given = r.choice(pool)
            p.sur = r.choice(SURNAMES)
            if r.random() < 0.05:
                p.sur = p.sur + "-" + r.choice(SURNAMES)
            if role in ("rel", "mom") and ("pt" + idx) in self.people and r.random() < 0.55:
                p.sur = self.people["pt" + idx].sur
            clash = False
            for q in self.people.values():
                if q.given == p.given or (q.sur == p.sur and role not in ("rel", "mom")):
                    clash = True
            if not clash:
                break
        p.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        p.nick = r.choice(NICK[p.given]) if p.given in NICK else r.choice(GENERIC_NICK)
        p.hon = "Mr." if p.g == "M" else r.choice(["Ms.", "Mrs.", "Ms."])
        p.role = role
        self.people[key] = p
        return p


def name_form(c, p, form):
    r = c.r
    if form == "any":
        form = r.choice(["full", "full", "full", "f", "l", "mi", "inv"])
    if form in ("", "n"):
        if form == "" and r.random() < 0.08:
            return "%s %s. %s" % (p.given, p.mi, p.sur)
        return "%s %s" % (p.given, p.sur)
    if form == "full":
        return "%s %s" % (p.given, p.sur)
    if form == "f":
        return p.given
    if form == "l":
        return p.sur
    if form == "mi":
        return "%s %s. %s" % (p.given, p.mi, p.sur)
    if form == "inv":
        if r.random() < 0.3:
            return "%s, %s" % (p.sur.upper(), p.given.upper()) + (" " + p.mi if r.random() < 0.6 else "")
        return "%s, %s" % (p.sur, p.given)
    if form == "caps":
        return ("%s %s" % (p.given, p.sur)).upper()
    if form == "nick":
        return p.nick
    raise KeyError(form)


# ----------------------------------------------------------------------------- obfuscation
def obf(c, s, kind):
    r = c.r
    if not c.obf or r.random() > 0.6:
        return s
    methods = ["spaced", "fullwidth", "zw", "nbsp"]
    if kind in ("phone", "ssn"):
        methods.append("spelled")
    if kind == "ssn":
        methods.append("mixed")
    if kind == "date":
        methods = ["fullwidth", "zw"]
    m = r.choice(methods)
    c.tag("evasion")
    if m == "spaced":
        chars = [ch for ch in s if ch.isalnum()]
        return " ".join(chars)
    if m == "fullwidth":
        c.tag("fullwidth")
        return s.translate(FW)
    if m == "zw":
        c.tag("zero-width")
        k = r.randint(1, max(1, len(s) - 1))
        t = s[:k] + "\u200b" + s[k:]
        if len(s) > 6 and r.random() < 0.5:
            k2 = r.randint(1, len(t) - 1)
            if t[k2 - 1] != "\u200b" and t[k2] != "\u200b":
                t = t[:k2] + "\u200b" + t[k2:]
        return t
    if m == "nbsp":
        c.tag("zero-width")
        if re.search(r"[- .]", s):
            return re.sub(r"[- .]", "\u00a0", s)
        k = len(s) // 2
        return s[:k] + "\u00a0" + s[k:]
    if m == "spelled":
        groups = re.findall(r"\d+", s)
        return ", ".join(" ".join(DIGW[int(ch)] for ch in g) for g in groups)
    if m == "mixed":
        ds = re.sub(r"\D", "", s)
        return "%s.%s-%s" % (ds[:3], ds[3:5], ds[5:])
    return s


def obf_email(c, e):
    r = c.r
    if not c.obf or r.random() > 0.6:
        return e
    c.tag("evasion")
    user, dom = e.split("@")
    at, dot = r.choice([(" [at] ", " [dot] "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" at ", " dot "),
                        (" @ ", " . "), ("{at}", "{dot}")])
    return user + at + dot.join(dom.split("."))


# ----------------------------------------------------------------------------- value slots
def P(typ, s, biz=False, nowrap=False):
    return [Part(s, typ, biz=biz, nowrap=nowrap)]


def N(s, nolower=False, nowrap=False):
    return [Part(s, None, nolower=nolower, nowrap=nowrap)]


def _suffix(name):
    base = name.rstrip(DIG)
    return base, name[len(base):]


DATE_KINDS = {"dob": (1924, 2006), "dos": (2024, 2026), "adm": (2024, 2026), "dc": (2024, 2026),
              "appt": (2025, 2026), "proc": (2023, 2026), "fall": (2024, 2026), "dod": (2023, 2026),
              "visit": (2024, 2026), "nbdob": (2024, 2026)}


def v_date(c, name):
    r = c.r
    base, suf = _suffix(name)
    y0, y1 = DATE_KINDS[base]
    dt = None
    if base == "dob" and suf and "dob" in c.dates and r.random() < 0.6:
        d0 = c.dates["dob"]
        k = r.randrange(3)
        try:
            if k == 0 and d0.day <= 12 and d0.day != d0.month:
                dt = datetime.date(d0.year, d0.day, d0.month)
            elif k == 1:
                dt = datetime.date(d0.year + r.choice([-1, 1]), d0.month, min(d0.day, 28))
            else:
                dt = d0 + datetime.timedelta(days=r.choice([-1, 1, 10]))
        except ValueError:
            dt = None
    if dt is None and base == "dc" and ("adm" + suf) in c.dates:
        dt = c.dates["adm" + suf] + datetime.timedelta(days=r.randint(1, 12))
    if dt is None and base != "dob" and suf and base in c.dates:
        dt = c.dates[base] + datetime.timedelta(days=r.randint(1, 75))
    if dt is None:
        dt = rand_date(r, y0, y1)
        if y1 == 2026 and dt > datetime.date(2026, 6, 30):
            dt = dt - datetime.timedelta(days=200)
    c.dates[name] = dt
    s = fmt_date(r, dt, base != "dob")
    s = obf(c, s, "date")
    return P("DATE", s)


def v_age90(c, name):
    r = c.r
    n = r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 91, 92, 93])
    if r.random() < 0.15:
        c.tag("evasion")
        r_and[0] = r.random() < 0.5
        return P("AGE", spell_num(n))
    return P("AGE", str(n))


def _phone_digits(r):
    a = r.choice(AREAS)
    if r.random() < 0.45:
        e, l = "555", "01" + dd(r, 2)
    else:
        e, l = str(r.randint(2, 9)) + dd(r, 2), dd(r, 4)
    return a, e, l


def _phone_fmt(r, a, e, l):
    return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "+1-%s-%s-%s",
                     "1-%s-%s-%s", "%s%s%s", "+1 (%s) %s-%s", "%s/%s-%s", "(%s)%s-%s", "%s-%s-%s",
                     "(%s) %s-%s"]) % (a, e, l)


def v_phone(c, name):
    r = c.r
    a, e, l = _phone_digits(r)
    return P("PHONE", obf(c, _phone_fmt(r, a, e, l), "phone"))


def v_bphone(c, name):
    r = c.r
    a, e, l = _phone_digits(r)
    s = _phone_fmt(r, a, e, l)
    if r.random() < 0.35:
        s += r.choice([" ext. ", " ext ", " x", " x ", " Ext. ", " extension "]) + str(r.randint(2, 4999))
    return P("PHONE", s, biz=True)


def v_fax(c, name):
    r = c.r
    a, e, l = _phone_digits(r)
    return P("PHONE", _phone_fmt(r, a, e, l), biz=True)


def v_slack_tel(c, name):
    r = c.r
    a, e, l = _phone_digits(r)
    return (N("<tel:", nowrap=True) + P("PHONE", "+1" + a + e + l, nowrap=True) + N("|", nowrap=True)
            + P("PHONE", _phone_fmt(r, a, e, l), nowrap=True) + N(">", nowrap=True))


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
                    "comcast.net", "verizon.net", "proton.me", "msn.com", "live.com", "ymail.com", "att.net"]


def _personal_email(c, p):
    r = c.r
    g, s = slug(p.given) or "pt", slug(p.sur) or "x"
    user = r.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s%s%d" % (g, s, r.randint(1, 99)),
                     "%s.%s" % (s, g), "%s_%s" % (g, s[0]), "%s%d" % (g, r.randint(1950, 2005)),
                     "%s%s%d" % (s, g[0], r.randint(10, 99)), "%s.%s" % (g[0], s), "%s.%s.%s" % (g, p.mi.lower(), s)])
    return user + "@" + r.choice(PERSONAL_DOMAINS)


def v_email(c, name):
    return P("EMAIL", obf_email(c, _personal_email(c, c.person("pt"))))


def v_remail(c, name):
    return P("EMAIL", obf_email(c, _personal_email(c, c.person("rel"))))


def _biz_user(c, p):
    r = c.r
    g, s = slug(p.given) or "a", slug(p.sur) or "b"
    return r.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s" % (g, s), "%s.%s" % (g[0], s)])


def v_bemail(c, name):
    return P("EMAIL", _biz_user(c, c.person("coll" + _suffix(name)[1])) + "@" + c.org[1], biz=True)


def _vendor(c):
    if "vendor" not in c.raw:
        c.raw["vendor"] = c.r.choice(VENDORS)
    return c.raw["vendor"]


def _lawfirm(c):
    if "lawfirm" not in c.raw:
        c.raw["lawfirm"] = c.r.choice(LAWFIRMS)
    return c.raw["lawfirm"]


def v_vemail(c, name):
    r = c.r
    dom = slug(_vendor(c).split()[0]) + r.choice([".com", "health.com", ".net", "-rcm.com"])
    user = r.choice([_biz_user(c, c.person("vp")), "ap", "support", "billing", "accounts", "roi"])
    return P("EMAIL", user + "@" + dom, biz=True)


def v_lemail(c, name):
    r = c.r
    dom = slug(_lawfirm(c).split()[0]) + r.choice(["law.com", "legal.com", "-law.com", ".law"])
    return P("EMAIL", _biz_user(c, c.person("lawyer")) + "@" + dom, biz=True)


def v_slack_email(c, name):
    e = _personal_email(c, c.person("pt"))
    return (N("<mailto:", nowrap=True) + P("EMAIL", e, nowrap=True) + N("|", nowrap=True)
            + P("EMAIL", e, nowrap=True) + N(">", nowrap=True))


def v_ssn(c, name):
    r = c.r
    a = r.randint(1, 899)
    if a == 666:
        a = 667
    A, G, S = "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)
    x = r.random()
    if x < 0.7:
        v = "%s-%s-%s" % (A, G, S)
    elif x < 0.82:
        v = "%s %s %s" % (A, G, S)
    elif x < 0.9:
        v = A + G + S
        c.tag("evasion")
    elif x < 0.95:
        v = "%s.%s.%s" % (A, G, S)
    else:
        v = "%s.%s-%s" % (A, G, S)
        c.tag("evasion")
    return P("SSN", obf(c, v, "ssn"))


def v_ssnraw(c, name):
    r = c.r
    c.tag("evasion")
    return P("SSN", "%03d%02d%04d" % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)))


def v_mrn(c, name):
    r = c.r
    if "mrnfmt" not in c.raw:
        c.raw["mrnfmt"] = r.randrange(8)
    k = c.raw["mrnfmt"]
    v = ["00" + dd(r, 6), str(r.randint(1000000, 9999999)), "10" + dd(r, 8), "E" + dd(r, 7),
         "M" + dd(r, 8), "%s-%s-%s" % (dd(r, 2), dd(r, 2), dd(r, 3)), dd(r, 9), "MR" + dd(r, 6)][k]
    return P("MRN", obf(c, v, "mrn"))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + DIG


def v_mbi(c, name):
    r = c.r
    s = (str(r.randint(1, 9)) + r.choice(MBI_L) + r.choice(MBI_AN) + r.choice(DIG) + r.choice(MBI_L)
         + r.choice(MBI_AN) + r.choice(DIG) + r.choice(MBI_L) + r.choice(MBI_L) + r.choice(DIG) + r.choice(DIG))
    if r.random() < 0.35:
        s = "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return P("HEALTH_PLAN_ID", obf(c, s, "id"))


def v_memid(c, name):
    r = c.r
    k = r.randrange(9)
    L3 = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    v = [L3 + dd(r, 9), "W" + dd(r, 9) + "01", "ZGP" + dd(r, 8), dd(r, 9) + "-01", "H" + dd(r, 8),
         "%s%s%s" % (r.choice("ABCDEFXYZ"), dd(r, 8), r.choice(["00", "01", "02"])), "1" + dd(r, 10),
         L3 + "-" + dd(r, 4) + "-" + dd(r, 4), "M" + dd(r, 7) + r.choice("ABCDEF")][k]
    return P("HEALTH_PLAN_ID", obf(c, v, "id"))


def v_mcaid(c, name):
    r = c.r
    v = r.choice(["1" + dd(r, 11), "MA" + dd(r, 10), dd(r, 3) + "-" + dd(r, 3) + "-" + dd(r, 4),
                  r.choice("ABCDEFGHJK") + r.choice("ABCDEFGHJK") + dd(r, 5) + r.choice("ABCD")])
    return P("HEALTH_PLAN_ID", obf(c, v, "id"))


def v_polid(c, name):
    r = c.r
    v = r.choice(["POL" + dd(r, 8), "U" + dd(r, 8) + "00", dd(r, 3) + "-" + dd(r, 6) + "-" + dd(r, 2),
                  "PX" + dd(r, 7)])
    return P("HEALTH_PLAN_ID", obf(c, v, "id"))


def v_har(c, name):
    r = c.r
    return P("ACCOUNT_NUMBER", obf(c, str(r.randint(4, 6)) + dd(r, 9), "acct"))


def v_acct(c, name):
    r = c.r
    v = r.choice(["%s-%s-%s" % (dd(r, 4), dd(r, 4), dd(r, 2)), dd(r, 9), "A" + dd(r, 8), "PA" + dd(r, 8),
                  dd(r, 3) + "-" + dd(r, 6), "7" + dd(r, 11)])
    return P("ACCOUNT_NUMBER", obf(c, v, "acct"))


def v_gacct(c, name):
    r = c.r
    return P("ACCOUNT_NUMBER", obf(c, r.choice(["G" + dd(r, 7), "9" + dd(r, 7), "GR-" + dd(r, 6)]), "acct"))


def v_bank(c, name):
    r = c.r
    return P("ACCOUNT_NUMBER", obf(c, dd(r, r.choice([10, 11, 12])), "acct"))


def v_dl(c, name):
    r = c.r
    v = r.choice(["S" + dd(r, 8), r.choice("ABCDEFGHJKLMNPRSTWY") + dd(r, 7),
                  "%s-%s-%s" % (dd(r, 3), dd(r, 3), dd(r, 3)), dd(r, 2) + "ABC" + dd(r, 5),
                  r.choice("ABCDEFGHJKLMNPRSTWY") + dd(r, 3) + "-" + dd(r, 4) + "-" + dd(r, 4), dd(r, 9)])
    return P("LICENSE_NUMBER", v)


def v_dea(c, name):
    r = c.r
    first = r.choice("ABFGM")
    second = (slug(c.person("doc").sur)[:1] or "x").upper()
    ds = [r.randint(0, 9) for _ in range(6)]
    chk = ((ds[0] + ds[2] + ds[4]) + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return P("LICENSE_NUMBER", first + second + "".join(str(x) for x in ds) + str(chk))


def v_stlic(c, name):
    r = c.r
    v = r.choice(["RN" + dd(r, 7), "RN-" + dd(r, 7), "MD " + dd(r, 6), dd(r, 7), "LPN.%s" % dd(r, 5),
                  "2" + dd(r, 5), "NP-" + dd(r, 6), "PA%s" % dd(r, 5)])
    return P("LICENSE_NUMBER", v)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def v_vin(c, name):
    r = c.r
    s = (r.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "4T1", "WBA", "1C4", "5NP", "JN8"])
         + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" + r.choice("LMNPRST") + r.choice(VIN_CH) + dd(r, 6))
    tot = sum((int(ch) if ch.isdigit() else VIN_TR[ch]) * w for ch, w in zip(s, VIN_W))
    chk = "X" if tot % 11 == 10 else str(tot % 11)
    return P("VEHICLE_ID", s[:8] + chk + s[9:])


def v_plate(c, name):
    r = c.r
    pat = r.choice(["DLLLDDD", "LLL DDDD", "DLL-DDD", "LL DDDD", "DDD-LLL", "LLLDDDD", "DDDLLL", "DLLD DD"])
    out = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "L" else (r.choice(DIG) if ch == "D" else ch)
                  for ch in pat)
    return P("VEHICLE_ID", out)


def v_devsn(c, name):
    r = c.r
    v = r.choice([r.choice(["PJN", "RNB", "BWV", "CTN"]) + dd(r, 6) + r.choice("HSG"), "NG" + dd(r, 7) + "H",
                  "".join(r.choice(ALNUM_UP) for _ in range(10)), dd(r, 4) + "-" + dd(r, 5),
                  "SM" + "".join(r.choice(ALNUM_UP) for _ in range(8)), "A" + dd(r, 9)])
    return P("DEVICE_ID", v)


def v_udi(c, name):
    r = c.r
    v = "(01)%s(17)%02d%02d%02d(10)%s" % ("0" + dd(r, 13), r.randint(26, 31), r.randint(1, 12), r.randint(1, 28),
                                        "".join(r.choice(ALNUM_UP) for _ in range(6)))
    if r.random() < 0.5:
        v += "(21)" + "".join(r.choice(ALNUM_UP) for _ in range(7))
    return P("DEVICE_ID", v)


def _purl(c):
    r = c.r
    p = c.person("pt")
    dom = c.org[1]
    g, s = slug(p.given) or "pt", slug(p.sur) or "x"
    return r.choice([
        "https://mychart.%s/MyChart/Visit?csn=%s" % (dom, dd(r, 9)),
        "https://pay.%s/guestpay/acct/%s" % (dom, dd(r, 10)),
        "https://www.caringbridge.org/visit/%s%s" % (g, s),
        "https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (g, s),
        "https://portal.%s/patients/%s/statements" % (dom, dd(r, 8)),
        "https://telehealth.%s/join/%s-%s-%s" % (dom, g, s, dd(r, 4)),
        "https://%s/billpay?acct=%s&name=%s" % (dom, dd(r, 10), s),
        "https://records.%s/roi/release/%s?patient=%s.%s" % (dom, dd(r, 6), g, s),
    ])


def v_purl(c, name):
    return P("URL", _purl(c))


def v_slack_purl(c, name):
    r = c.r
    return (N("<", nowrap=True) + P("URL", _purl(c), nowrap=True)
            + N("|" + r.choice(["visit summary", "link", "their page", "portal", "here"]) + ">", nowrap=True))


def v_ip(c, name):
    r = c.r
    h = lambda: "%x" % r.randint(1, 65535)
    k = r.randrange(6)
    if k == 0:
        return P("IP_ADDRESS", "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
    if k == 1:
        return P("IP_ADDRESS", "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)))
    if k == 2:
        return P("IP_ADDRESS", "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)))
    if k == 3:
        return P("IP_ADDRESS", "%d.%d.%d.%d" % (r.choice([24, 50, 66, 71, 73, 98, 108, 173, 174, 208]),
                                               r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
    if k == 4:
        return P("IP_ADDRESS", "2601:%s:%s:%s::%s" % (h(), h(), h(), h()))
    return P("IP_ADDRESS", "fe80::%s:%sff:fe%02x:%s" % (h(), "%x" % r.randint(16, 255), r.randint(0, 255), h()))


def _town(c):
    return c.r.choice(TOWNS)


def _street(r):
    num = str(r.randint(1, 9999)) if r.random() < 0.9 else "%d%s" % (r.randint(1, 400), r.choice("AB"))
    return "%s %s" % (num, r.choice(STREETS))


def v_addr(c, name):
    r = c.r
    town, st, z = _town(c)
    if r.random() < 0.25:
        z = "%s-%s" % (z, dd(r, 4))
    street = _street(r)
    unit = r.choice(UNITS)
    k = r.randrange(9)
    if k == 0:
        v = "%s, %s %s %s" % (street, town, st, z)
    elif k == 1:
        v = "%s, %s, %s, %s %s" % (street, unit, town, st, z)
    elif k == 2:
        v = "%s %s, %s, %s %s" % (street, unit, town, st, z)
    elif k == 3:
        v = ("%s %s %s %s" % (street, town, st, z)).upper()
    elif k == 4:
        v = "%s\n%s, %s %s" % (street, town, st, z)
    elif k == 5:
        v = "%s Box %d, %s, %s %s" % (r.choice(["PO", "P.O.", "P O"]), r.randint(1, 9999), town, st, z)
    elif k == 6:
        v = "%s, %s %s" % (street, town, st)
    elif k == 7:
        v = "%s %s\n%s %s %s" % (street, unit, town, st, z)
    else:
        v = "%s, %s, %s %s" % (street, town, st, z)
    return P("ADDRESS", v)


def v_street(c, name):
    r = c.r
    s = _street(r)
    if r.random() < 0.25:
        s += " " + r.choice(UNITS)
    return P("ADDRESS", s)


def v_town(c, name):
    return P("ADDRESS", _town(c)[0])


def v_zip(c, name):
    r = c.r
    z = _town(c)[2]
    if r.random() < 0.3:
        z += "-" + dd(r, 4)
    return P("ADDRESS", obf(c, z, "zip"))


def v_pobox(c, name):
    r = c.r
    return P("ADDRESS", "%s %d" % (r.choice(["PO Box", "P.O. Box", "Box", "PO BOX"]), r.randint(1, 9999)))


def _luhn(prefix, length, r):
    s = prefix + dd(r, length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def v_cc(c, name):
    r = c.r
    k = r.randrange(4)
    if k == 2:
        n = _luhn(r.choice(["34", "37"]), 15, r)
        sep = r.choice([" ", "-", ""])
        v = sep.join([n[:4], n[4:10], n[10:]])
    else:
        n = _luhn(["4", r.choice(["51", "52", "53", "54", "55"]), "", "6011"][k] or "4", 16, r)
        sep = r.choice([" ", "-", "", " "])
        v = sep.join([n[i:i + 4] for i in range(0, 16, 4)])
    return P("CREDIT_CARD", obf(c, v, "cc"))


# ---- non-PHI slots
def _mention(r):
    return "<@U" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([8, 9, 10]))) + ">"


def v_mention(c, name):
    return N(_mention(c.r), nolower=True, nowrap=True)


def _npi(r):
    base = r.choice("12") + dd(r, 8)
    s = "80840" + base
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return base + str((10 - tot % 10) % 10)


def v_mtg(c, name):
    r = c.r
    dt = rand_date(r, 2025, 2027)
    s = fmt_date(r, dt, True)
    if r.random() < 0.3 and not s.startswith("the"):
        s = r.choice([WDAY, WDAYF])[dt.weekday()] + " " + s
    return N(s)


def v_due(c, name):
    r = c.r
    if r.random() < 0.3:
        return N(r.choice(["EOD Friday", "end of month", "Thursday noon", "COB tomorrow", "next Tuesday", "the 15th"]))
    return N(fmt_date(r, rand_date(r, 2025, 2027), True))


def v_eff(c, name):
    r = c.r
    return N(fmt_date(r, rand_date(r, 2025, 2027), False))


def v_time(c, name):
    return N(c.r.choice(["9:15", "10am", "2:30 pm", "14:00", "noon", "3p", "8:45 AM", "4:30", "11:00", "1pm",
                         "7:30a", "16:15"]))


def v_money(c, name):
    r = c.r
    x = r.random()
    if x < 0.5:
        return N("$%s.%02d" % ("{:,}".format(r.randint(12, 98000)), r.randint(0, 99)))
    if x < 0.8:
        return N("$" + "{:,}".format(r.randint(25, 2500000)))
    return N("$%.1fk" % (r.randint(10, 9000) / 10.0) if r.random() < 0.6 else "$%.1fM" % (r.randint(11, 480) / 10.0))


def v_ticket(c, name):
    r = c.r
    return N(r.choice(["INC" + dd(r, 7), "RITM" + dd(r, 7), "DEL-" + dd(r, 4), "RCM-" + dd(r, 4), "CHG" + dd(r, 7),
                       "SR-" + dd(r, 5), "EPIC-" + dd(r, 5), "ROI-%s-%s" % (dd(r, 2), dd(r, 4)), "HIM-" + dd(r, 3)]))


def v_po(c, name):
    r = c.r
    return N(r.choice(["45" + dd(r, 8), dd(r, 6), "%d-%s" % (r.randint(2024, 2026), dd(r, 4)), "#" + dd(r, 5)]))


def v_inv(c, name):
    r = c.r
    return N(r.choice(["INV-" + dd(r, 5), "#" + dd(r, 6), "INV" + dd(r, 7), "2025-" + dd(r, 4)]))


def v_ext(c, name):
    r = c.r
    return N(r.choice(["x", "x", "ext. ", "ext ", "extension "]) + dd(r, 4))


def v_ver(c, name):
    r = c.r
    return N(r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 20), r.randint(0, 30)),
                       "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 20), r.randint(0, 30)),
                       "Nov '25 SU%d" % r.randint(1, 14), "v%d.%d" % (r.randint(1, 9), r.randint(0, 9))]))


def v_build(c, name):
    r = c.r
    return N("%d.%d.%d.%d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(0, 9), r.randint(0, 40)))


def v_zipl(c, name):
    r = c.r
    return N(r.choice(["0", "1", "0", "3", "9"]) + dd(r, 4))


def v_agg_age(c, name):
    r = c.r
    n = r.randint(2, 140)
    return N(r.choice(["%d patients 90+" % n, "%d pts over 90" % n, "%d guarantors aged 90 and up" % n,
                       "%d accounts for patients over 90" % n, "%d patients in the 90+ cohort" % n]))


def v_dur(c, name):
    return N(c.r.choice(["90-day", "12-month", "36-month", "120-day", "24-month", "60-day"]))


def v_intranet(c, name):
    r = c.r
    page, label = r.choice(INTRA_PAGES)
    host = r.choice(["intranet.%s.local" % c.org[2], "sharepoint.%s" % c.org[1], "wiki.%s.local" % c.org[2]])
    url = "https://%s/%s" % (host, page)
    if r.random() < 0.5:
        return N("<%s|%s>" % (url, label), nowrap=True)
    return N(url, nowrap=True)


def v_puburl(c, name):
    r = c.r
    return N(r.choice(["https://www.%s/patients/financial-assistance" % c.org[1],
                       "https://www.%s/price-transparency" % c.org[1],
                       "https://www.cms.gov/hospital-price-transparency",
                       "https://www.%s/billing/estimates" % c.org[1]]), nowrap=True)


def v_zoomurl(c, name):
    r = c.r
    return N("https://%s.zoom.us/j/%s" % (c.org[2], dd(r, 11)), nowrap=True)


def v_zoom(c, name):
    r = c.r
    return N(r.choice(["%s %s %s" % (dd(r, 3), dd(r, 4), dd(r, 4)), dd(r, 11), "%s %s %s" % (dd(r, 3), dd(r, 3), dd(r, 4))]))


def v_exec_title(c, name):
    c.person("exec")
    if "exec_title" not in c.raw:
        c.raw["exec_title"] = c.r.choice(EXEC_TITLES)
    c.tag("exec-name")
    return N(c.raw["exec_title"])


def v_relw(c, name):
    r = c.r
    p = c.person("rel" + name[4:])
    words = (["daughter", "wife", "mother", "sister", "niece", "granddaughter", "aunt", "partner", "POA",
              "guardian", "daughter-in-law"] if p.g == "F" else
             ["son", "husband", "father", "brother", "nephew", "grandson", "uncle", "partner", "POA", "guardian",
              "son-in-law"])
    return N(r.choice(words))


def simple(choices_fn):
    return lambda c, name: N(choices_fn(c.r))


VALUE_FNS = {
    "dob": v_date, "nbdob": v_date, "dos": v_date, "adm": v_date, "dc": v_date, "appt": v_date, "proc": v_date, "fall": v_date,
    "dod": v_date, "visit": v_date, "age90": v_age90, "phone": v_phone, "cell": v_phone, "bphone": v_bphone,
    "fax": v_fax, "slack_tel": v_slack_tel, "email": v_email, "remail": v_remail, "bemail": v_bemail,
    "vemail": v_vemail, "lemail": v_lemail, "slack_email": v_slack_email, "ssn": v_ssn, "ssnraw": v_ssnraw,
    "mrn": v_mrn, "mbi": v_mbi, "memid": v_memid, "mcaid": v_mcaid, "polid": v_polid, "har": v_har,
    "acct": v_acct, "gacct": v_gacct, "bank": v_bank, "dl": v_dl, "dea": v_dea, "stlic": v_stlic, "vin": v_vin,
    "plate": v_plate, "devsn": v_devsn, "udi": v_udi, "purl": v_purl, "slack_purl": v_slack_purl, "ip": v_ip,
    "addr": v_addr, "street": v_street, "town": v_town, "zip": v_zip, "pobox": v_pobox, "cc": v_cc,
    # non-PHI
    "mention": v_mention, "mtg": v_mtg, "due": v_due, "eff": v_eff, "time": v_time, "money": v_money,
    "ticket": v_ticket, "po": v_po, "inv": v_inv, "ext": v_ext, "ver": v_ver, "build": v_build, "zipl": v_zipl,
    "agg_age": v_agg_age, "dur": v_dur, "intranet": v_intranet, "puburl": v_puburl, "zoomurl": v_zoomurl,
    "zoom": v_zoom, "exec_title": v_exec_title, "relw": v_relw,
    "npi": simple(_npi),
    "cpt": simple(lambda r: r.choice(CPTS)), "icd": simple(lambda r: r.choice(ICDS)),
    "carc": simple(lambda r: r.choice(CARCS)), "rarc": simple(lambda r: r.choice(RARCS)),
    "drg": simple(lambda r: r.choice(DRGS)), "revcode": simple(lambda r: r.choice(REVCODES)),
    "payer": simple(lambda r: r.choice(PAYERS)), "insurer": simple(lambda r: r.choice(INSURERS)),
    "btown": simple(lambda r: r.choice(BTOWNS)), "fac": simple(lambda r: r.choice(FACS)),
    "facaddr": simple(lambda r: r.choice(FACADDR)), "dept": simple(lambda r: r.choice(DEPTS)),
    "channel": simple(lambda r: r.choice(CHANNELS)),
    "n": simple(lambda r: str(r.choice([r.randint(2, 30), r.randint(2, 480), r.randint(100, 3000)]))),
    "pct": simple(lambda r: r.choice(["%d%%" % r.randint(3, 97), "%.1f%%" % (r.randint(30, 990) / 10.0)])),
    "grp": simple(lambda r: r.choice(["0" + dd(r, 5), dd(r, 4) + "-" + r.choice("ABC"), "GRP" + dd(r, 6)])),
    "costc": simple(lambda r: "%s-%s" % (dd(r, 4), dd(r, 3))),
    "contract": simple(lambda r: "C-%d-%s" % (r.randint(2023, 2026), dd(r, 3))),
    "asset": simple(lambda r: r.choice(["BIO-" + dd(r, 5), "IT-" + dd(r, 6), "AST" + dd(r, 6)])),
    "fy": simple(lambda r: r.choice(["FY2026", "FY2027", "FY26", "FY27", "FY 2026"])),
    "qtr": simple(lambda r: r.choice(["Q1", "Q2", "Q3", "Q4", "Q3 FY26", "Q1 FY27"])),
    "month": simple(lambda r: MONTHS[r.randint(1, 12)]),
    "year": simple(lambda r: str(r.randint(2019, 2026))),
    "age": simple(lambda r: str(r.randint(19, 89))),
    "k": simple(lambda r: str(r.randint(2, 45))),
    "rte": simple(lambda r: str(r.choice([1, 2, 9, 28, 38, 97, 110, 113, 125, 133, 495]))),
    "cclast": simple(lambda r: dd(r, 4)),
    "exp": simple(lambda r: r.choice(["%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)),
                                      "%d/20%d" % (r.randint(1, 12), r.randint(26, 31))])),
    "vendor": lambda c, name: N(_vendor(c) if name == "vendor" else c.r.choice(VENDORS)),
    "lawfirm": lambda c, name: N(_lawfirm(c)),
    "org": lambda c, name: N(c.org[0]),
}
SLOT_TAGS = {"mtg": "calendar", "due": "calendar", "zoom": "calendar", "zoomurl": "calendar", "money": "money",
             "ticket": "ticket", "po": "po", "inv": "po", "ver": "version", "build": "version", "npi": "npi",
             "cpt": "cpt", "icd": "icd", "ext": "ext", "agg_age": "age-aggregate", "facaddr": "facility-address",
             "zipl": "zip-like", "ssnraw": "evasion", "carc": "carc", "drg": "drg", "intranet": "intranet-url"}
PHI_VALUE_SLOTS = {"dob", "nbdob", "dos", "adm", "dc", "appt", "proc", "fall", "dod", "visit", "age90", "phone", "cell",
                   "bphone", "fax", "slack_tel", "email", "remail", "bemail", "vemail", "lemail", "slack_email",
                   "ssn", "ssnraw", "mrn", "mbi", "memid", "mcaid", "polid", "har", "acct", "gacct", "bank", "dl",
                   "dea", "stlic", "vin", "plate", "devsn", "udi", "purl", "slack_purl", "ip", "addr", "street",
                   "town", "zip", "pobox", "cc"}
PRONOUNS = {"he": ("he", "she"), "He": ("He", "She"), "him": ("him", "her"), "his": ("his", "her"),
            "His": ("His", "Her")}
SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)\}")


def is_phi_slot(name):
    m = NAME_RE.match(name)
    if m:
        return m.group(1) in PHI_ROLES
    return name.rstrip(DIG) in PHI_VALUE_SLOTS


def _resolve(c, name):
    m = NAME_RE.match(name)
    if m:
        role, idx, form = m.group(1), m.group(2), m.group(3) or ""
        p = c.person(role + idx)
        typ = "NAME" if role in PHI_ROLES else None
        if role == "exec":
            c.tag("exec-name")
        if form == "hl":
            return [Part(p.hon + " "), Part(p.sur, typ)]
        return [Part(name_form(c, p, form), typ)]
    if name in PRONOUNS:
        p = c.person("pt")
        return N(PRONOUNS[name][0 if p.g == "M" else 1])
    if name == "hon":
        return N(c.person("pt").hon)
    base = name.rstrip(DIG)
    fn = VALUE_FNS.get(name) or VALUE_FNS.get(base)
    if fn is None:
        raise KeyError("unknown slot %r" % name)
    if base in SLOT_TAGS:
        c.tag(SLOT_TAGS[base])
    return fn(c, name)


def resolve(c, name):
    if name not in c.cache:
        c.cache[name] = _resolve(c, name)
    return [p.copy() for p in c.cache[name]]


def expand(c, tpl):
    parts, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            parts.append(Part(tpl[pos:m.start()], lit=True))
        parts.extend(resolve(c, m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        parts.append(Part(tpl[pos:], lit=True))
    return parts


# ----------------------------------------------------------------------------- templates
PHI_TPL = r"""
pfs::{pt} called about {his} statement, DOB {dob}, HAR {har}. Wants a payment plan, best callback {phone}.
pfs::guarantor {pt_inv} says the bal on acct {acct} was already paid by {payer}. dos {dos}
complaint::Can someone call {hon} {pt_l} back at {phone}? {He} got a collections letter for the {dos} visit and is pretty upset.
complaint::{pt} is disputing the {money} facility fee from {dos}. Says nobody told {him} the clinic was hospital-based.
pfs::Payment plan set for {pt} (guarantor #{gacct}): {money}/mo on autopay, card {cc}.
pfs::pt paid over the phone, card {cc} exp {exp}. HAR {har}. pls post to the right visit
pfs::Returned mail for {pt}. Old: {addr}. New, per {his} {relw} {rel}: {addr2}
pfs::{pt} moved to {town}; update the guarantor address please, zip {zip}.
pfs::Self-pay refund due to {pt}, HAR {har}, {money}. Check goes to {addr}.
records::{rel} ({relw}) called for {pt} and wants an itemized bill. Pt DOB {dob}. Is {rel_f} on the DPR form?
pfs::Statement for {pt_inv} came back undeliverable, street on file is {street}. Phone on file {phone}.
pfs::Estate of {pt}, DOD {dod}. Executor is {rel}, wants the final bill at {remail}.
pfs::Can we do a hardship adjustment for {pt}? {He} is {age90} and on a fixed income. MRN {mrn}
pfs::{pt_f} wants to switch cards to {cc} -- please don't paste this into the ticket
pfs::ACH draft for {pt} came back NSF, bank acct {bank}. {He} will call back from {phone}.
structured::Guarantor swap needed: {pt} (DOB {dob}) should be the guarantor, not {rel}. HAR {har}.
pfs::Lockbox: check from {rel} for {pt_hl}'s account {acct}, {money}, no coupon.
pfs::Who's working {pt_l}? MRN {mrn}. {He} has called three times this week.
pfs::{pt} owes {money} for the {dos} ED visit but says {payer} ID {memid} was active then.
pfs::Pt {pt} wants paperless statements sent to {email} from now on.
pfs::pls call {pt_f} at {cell} about the payment plan, {he} prefers after 5
pfs::{pt_l} family paid {money} cash at the {btown} cashier window for DOS {dos}. Receipt is on HAR {har}.
pfs::Small-balance write-off request: {pt}, {money}, account {acct}. Under threshold, ok to adjust?
pfs::Agency {vendor} says {pt} ({dob}) disputes the debt. Pull the account back and hold.
escalation::{pt} threatened to call the AG over the bill for {adm}–{dc}. {His} {relw} {rel} is the contact: {phone}.
pfs::Autopay failed for {pt}: card ending {cclast} declined, then {he} read me {cc} instead.
pfs::Overpayment -- {payer} and the patient both paid for {dos}. Refund {pt} {money} at {addr}.
complaint::{pt} says {he} never got a bill; address on file is {street} in {town}, apt number missing.
pfs::Need a good number for guarantor {pt_inv}: try {phone} or {his} work line {bphone}.
pfs::Spanish speaker: {pt} llamó por su cuenta {har}. Callback {phone}, prefiere español.
pfs::{pt} (goes by {pt_nick}) keeps calling from two numbers, {phone} and {phone2}.
pfs::Prompt-pay discount for {pt}? Balance {money} for DOS {dos}; {he} can pay today with {cc}.
pfs::Sent {pt_f} the payoff letter at {email}. Acct {acct} goes to zero once it posts.
pfs::FYI {pt_inv} filed bankruptcy -- hold statements on {har}. Trustee letter is scanned.
denial::Denial on {pt} (MRN {mrn}): {payer} {carc}, DOS {dos}. Auth was on file per {coll_f}.
denial::Appeal for {pt_inv} needs the op note from {proc}. Member ID {memid}.
denial::{payer} says member {memid} termed before {adm}, but {pt} swears coverage was active.
denial,escalation::2nd-level appeal due {due} for {pt}, adm {adm} d/c {dc}, DRG {drg}. Please don't miss it.
denial::Med necessity denial for {pt_l}, MBI {mbi}, stay {adm} to {dc}. Dr. {doc_l} agreed to a peer-to-peer.
denial::Retro auth requested for {pt}, {cpt} on {dos}, subscriber ID {memid}.
denial::COB mess on {pt}: {payer} primary ({memid}), Medicaid secondary ({mcaid}).
denial::{payer} recouped {money} on {pt}'s {dos} claim, HAR {har}. Anyone know why?
denial::{carc} on {pt} -- they want the ED record for {dos}. Uploading to the payer portal now.
denial::Appeal won 🎉 {pt_inv}, {money} coming back for DOS {dos}.
denial,structured::For the appeal packet on {pt}: DOB {dob}, policy {polid}, dates {adm}-{dc}.
denial::Obs vs inpatient on {pt}, admitted {adm}; {payer} downgraded it. MRN {mrn}.
denial::Can someone find the auth number for {pt_l}? Procedure on {proc}, member {memid}. Denied {carc}.
denial::{pt} ({age90}) was denied SNF days after {dc}. Family ({rel}) wants to appeal.
denial::MBI on file for {pt} is wrong: we have {mbi}, the card says {mbi2}.
denial::Corrected claim needed for {pt}, DOS {dos} -- billed under {rel}'s ID {memid}. Fix and rebill.
denial::Payer wants the DOB to match: we sent {dob}, they have {dob2} for {pt_l}.
denial::Timely filing denial on {pt_inv} (acct {acct}), DOS {dos}. We have the clearinghouse acceptance report.
denial::{payer} denied {pt}'s {cpt} for no referral on {visit}. PCP office is looking for it.
denial::Level 1 appeal faxed to {fax} for {pt}, claim DOS {dos}.
records::ROI request from {lawfirm} for {pt}, DOB {dob}, DOS {dos} through {dos2}. Auth signed by {rel} as POA.
records::Subpoena received for {pt_inv}, MRN {mrn}. Attorney {lawyer}, {lemail}, {bphone}.
records::{insurer} adjuster {adj} wants records on {pt} for the fall on {fall}. Claimant SSN {ssn}. Do we have a valid auth?
records::{lawyer} from {lawfirm} faxed the auth from {fax}. Patient {pt}, dob {dob}.
records::{pt} wants a copy of {his} chart emailed to {email}. ID verified, DL {dl}.
records::Life insurance request for {pt}, deceased {dod}. Beneficiary {rel}. The form lists SSN {ssn}.
records::{mention} can you QA the {pt} release before it goes to {lawfirm}? MRN {mrn}, admission {adm}-{dc}.
records::Please hold all releases for {pt_inv} -- {his} {relw} {rel} revoked the authorization.
records::Lawyer called again about {pt}. {lawfirm}, {bphone}. They want the imaging from {proc} on CD.
records::Disability carrier {insurer} wants {pt}'s records for the {dos} visit. Fax back to {fax}.
records,escalation::ROI sent the wrong patient: {pt} went out instead of {pt2}! Same DOB {dob}. Privacy is looped in.
records::{pt} is picking up records at the {btown} window; {he} will show DL {dl}.
records::Court order for {pt_inv}, DOB {dob}. Copy also to the patient at {addr}.
records::Workers' comp: {pt}, injury on {fall}, carrier {insurer}, claimant member ID {memid}.
records::Paternity case -- {lawfirm} wants the newborn record for {pt}, born {nbdob}, mother {mom}.
records::VA wants {pt}'s records for {adm}-{dc}; SSN {ssn}. Use the secure portal, not fax.
records,hipaa::Can someone tell {lawyer} we need a HIPAA-valid auth for {pt}? Theirs has no expiration date.
records::Amendment request: {pt} says the DOB {dob} on the {dos} note is wrong.
records,structured::Release log -- {pt_inv} | MRN {mrn} | to {insurer} | {n} pages
records::Deceased patient {pt} (died {dod}); personal rep {rel}, {remail}, wants everything.
records::Patient portal proxy for {pt} goes to {rel}, {remail}. Minor, DOB {dob}.
records::Insurer {insurer} is asking whether {pt} was seen on {visit}. Do not confirm without an auth.
coding::Query to Dr. {doc_l} on {pt}, HAR {har}: {icd} or {icd2}? DOS {dos}.
coding::Coder q: {pt_l}, MRN {mrn}, procedure {proc}. Is {cpt} bundled into {cpt2}?
coding::DRG {drg} on {pt} (adm {adm}) looks light, no MCC captured. Sending a query.
coding::{pt} encounter {dos}: note says {age90} y/o but registration has DOB {dob}. Which is it?
coding::Unbilled: {pt_inv} has been stuck in coding since {dc}. HAR {har}.
coding::Late charge on {pt}, {cpt} dated {dos}, needs coder review before rebill.
coding::CDI flagged {pt}: sepsis documented on {adm} but missing from the d/c summary.
coding::Modifier 59 on {pt_l}'s {dos} claim? {cpt} + {cpt2}.
coding::Pro-fee: {pt} seen {dos} by Dr. {doc_l}, E/M {cpt}. Chart # {mrn}.
coding::Laterality query for {pt}, MRN {mrn}, surgery on {proc}. {icd} needs left/right.
coding::{pt_inv} -- POA indicator for {icd} on the {adm} admit? Coder says N, CDI says Y.
estimate::Estimate for {pt}: {cpt} on {appt}, {payer} ID {memid}. Est. out-of-pocket {money}.
estimate::{pt} asked for a price on the MRI scheduled {appt}, self-pay. Callback {phone}.
estimate::GFE for self-pay {pt}, DOB {dob}: {cpt} plus facility, total {money}. Email it to {email}.
estimate,complaint::{pt} was billed {money} against an estimate of {money2} for {dos}. Is this a GFE dispute?
estimate::Pre-service deposit for {pt}, surgery {appt}, deductible remaining {money}. Card {cc}.
estimate::{pt_f} {pt_l} wants a cash price for {cpt} before {appt}. Uninsured.
estimate::Estimator returned {money} for {pt}, member {memid}, but {payer} says the deductible is met.
estimate::{pt} (MRN {mrn}) is scheduled {appt} for {cpt}; needs the estimate in Spanish.
estimate::Can someone re-run the estimate for {pt_l}? Procedure moved from {appt} to {appt2}.
charity::Charity app for {pt}: household of {n}, under 200% FPL. SSN {ssn}, HAR {har}.
charity::FA approved at 100% for {pt_inv}, DOS {dos} to {dos2}. Letter going to {addr}.
charity::{pt} is {age90}, widowed, lives alone in {town}. Presumptive charity?
charity::Missing docs on the FA app for {pt}: statement for bank acct {bank} and pay stubs. Left VM at {phone}.
charity::Charity denied for {pt} (assets over limit). {His} {relw} {rel} wants to appeal, {remail}.
charity::Presumptive eligibility hit on {pt}, Medicaid ID {mcaid}, retro to {adm}.
charity::Can FA cover both of {pt}'s visits ({dos} and {dos2})? Lives at {addr}, household of {n}.
charity::Unhoused patient {pt}, no address, DOB {dob}. Mark charity and suppress statements.
charity::Financial counselor note: {pt}, MRN {mrn}, MassHealth app pending. Cell {phone}.
charity::Sliding scale for {pt_l}: 75% off the {money} balance for {dos}.
charity::{pt} lives in {town} with {his} {relw} {rel}; only income is SSI. Approve?
bot,structured::[PFS-Bot] :rotating_light: Large balance -- {pt_inv} | HAR {har} | {money} | DOS {dos}
bot::ROI-Bot: request logged for {pt} (DOB {dob}), requester {lawfirm}, due {due}.
bot::[Eligibility] {pt}, {payer} member {memid}: INACTIVE as of {eff}.
bot::[Portal] 5 failed logins on MRN {mrn} from {ip}.
bot::[Denials-Bot] New denial {carc} -- {pt_inv}, {money}, DOS {dos}.
bot::[Charity-Bot] presumptive score 0.92 for {pt}, HAR {har}. Auto-approve?
bot::[Dup-Check] possible duplicate: {pt} {dob} / {pt_caps} {dob2}
bot::[Estimator] estimate emailed to {email} for {pt}, {cpt} on {appt}.
bot::[Payments] card payment {money} from {pt}, card {cc}, acct {acct}.
bot::[Statements] returned mail: {pt_inv}, {addr}
bot,vip::[ADT] VIP arrival: {vip}, age {age90}, ED bed 14. MRN {mrn}.
bot::[Fax-Bot] inbound fax from {fax}: records request re {pt}.
bot::[Scheduling] {pt} confirmed for {appt} at {time}; estimate not yet run.
delegation::{mention} on behalf of {exec} ({exec_title}): pull all open balances for {pt} (MRN {mrn}) and send to {coll_f}.
delegation::From the CFO's office: bot, draft the charity approval for {pt_inv}, HAR {har}, and cc {exec_n}.
delegation::{exec_n} asked whether the bot can call {pt} back at {phone} about the bill.
delegation::Bot, per {exec_n}: summarize {pt}'s account {acct} before the 2pm with the trustee.
delegation::{mention} the CFO wants a write-off memo for {pt}, {money}, DOS {dos}. Draft it and route to {exec_n}.
delegation,vip::CFO office: {vip} is related to a board member. Route all account questions on MRN {mrn} to {exec_n}.
delegation::Hi bot, {exec_n}'s EA here -- {exec_n} needs the ROI status for {pt} (DOB {dob}) for the litigation hold.
delegation::Please email {pt} at {email} that {exec_n} approved the {money} settlement.
delegation::{exec} wants every account for {pt_inv} ({har}, {har2}) consolidated before month end.
employee-health::{emp} from our PFS team is the patient on HAR {har}; move it to the restricted work queue.
employee-health::Employee health: {emp}, needle stick on {dos}. Bill workers' comp, not their health plan.
vip::VIP: {vip} admitted {adm}. Break-the-glass audit on MRN {mrn}.
vip::Heads up, {vip} is in the ED today. Nobody opens {vip_l}'s chart without a reason.
employee-health::{emp} (coding, 2nd floor) had surgery on {proc}; {emp_f} asked us not to discuss it here.
employee-health::Our own {emp} is on financial assistance -- balance {money}, account {acct}. Keep it quiet please.
vip::Board chair's family member {vip}, MRN {mrn}, DOB {dob}. Flag for executive review.
employee-health::{emp_f} from the ROI desk is out after the {dos} procedure; {emp}'s claim is in the WQ, HAR {har}.
registration::Dup MRNs: {mrn} and {mrn2} are both {pt}, DOB {dob}. Merge?
registration::DOB mismatch on {pt}: Epic has {dob}, insurance card shows {dob2}.
registration::{pt_inv}: SSN on file {ssn} belongs to {his} {relw}. Fix before rebilling.
registration::Newborn {pt} (mom {mom}), MRN {mrn}, born {nbdob}. Add to mom's {payer} policy {memid}.
registration::Overlay! {pt} was charted under {pt2}'s MRN {mrn}. HIM is correcting.
registration::Name change: {pt_f} {pt_l} is now {pt_f} {rel2_l} after marriage, MRN {mrn}.
registration::Registration has {pt}'s address as {addr}; the correct one is {addr2}.
registration::{pt} ({age90} yo) has no SSN on file, Medicare MBI {mbi}.
registration::Twins: {pt} and {pt2}, both born {dob}, MRNs {mrn} / {mrn2}.
registration::Please verify {pt}: ssn {ssn}, dob {dob}, phone {phone}.
registration::Alias on file for {pt}: {pt_nick}. Chart {mrn}.
registration::Guardian for {pt} is {rel} ({relw}), court papers on file. Guardian cell {phone}.
registration::{pt_hl} prefers {pt_nick} -- update the statement salutation? MRN {mrn}.
registration::Wrong guarantor on {pt_l}: {rel} (DOB {dob}) instead of {pt_f}.
misc::Tow lot needs the VIN {vin}; it's {pt}'s car, {he} was admitted {adm}.
misc::Valet has had {pt}'s car since {adm}, plate {plate}. Who do we call?
device::Pacemaker recall credit: SN {devsn} implanted in {pt} on {proc}. Did the warranty credit post?
device::Insulin pump serial {devsn} for {pt}; DME needs it on the claim.
device::UDI {udi} for {pt}'s hip implant on {proc}.
device::Hearing aid SN {devsn} dispensed to {pt} on {dos}; {payer} wants the serial on the claim.
device::CGM sensor {devsn} for {pt_l} failed, replacement under warranty? DOB {dob}.
misc::Portal link for {pt}: {purl}
misc::The family set up a fundraiser for {pt}: {slack_purl} -- can we accept payment from it?
credentialing::Dr. {doc}: state license {stlic}, DEA {dea}. NPI {npi} is fine.
credentialing::License {stlic} for Dr. {doc_l} lapses {eff}; DEA {dea} was renewed.
misc::New hire {coll} needs a parking permit: DL {dl}, plate {plate}.
misc::VPN keeps dropping for the coding team on {ip}, {ticket}.
misc::Print server {ip} is down again (ticket {ticket}).
misc::Someone logged into {pt}'s portal from {ip} and {ip2}. Fraud?
misc::Corporate card for the {vendor} renewal: {cc}, exp {exp}. Delete after use!
misc::{pt} mailed a copy of {his} driver's license ({dl}) with the FA app.
misc::Visit summary for {pt_f}: {slack_purl}
misc::A telehealth link with the pt's name in it got posted in #general: {purl} -- please delete.
misc::{pt} wants {his} refund by direct deposit, account {bank}.
vendor::{vp} at {vendor} can be reached at {bphone} or {vemail}.
My cell in case the lockbox vendor calls: {bphone}.
{lawyer}'s office: {bphone}, fax {fax}.
vendor::New provider-relations rep at {payer}: {vp}, {vemail}, {bphone}.
vendor::Send the W-9 to {vemail} ({vendor} AP).
Fax numbers changed: ROI is now {fax}, PFS is {fax2}.
{coll} is covering for me; email {bemail} or call {bphone}.
Escalation line for {payer} recoupments: {bphone}.
slack-markup::Contact for {vendor}: <mailto:{vemail}|{vemail}>
Dial-in for the {payer} JOC: {bphone}, passcode {n}#
Compliance hotline is {bphone} if anyone wants to report anonymously.
Ask {coll_f}, {bemail}
vendor::The ROI vendor's new support address is {vemail}; the old one bounces.
exec-name::{exec_n}'s assistant can be reached at {bphone}.
Server for the estimator is {ip} if IT asks.
dob {dob}?
MRN {mrn} pls
{pt_l} paid
cb {phone}
ssn {ssn} -- wrong one on file
{pt_inv} = {har}
is {pt_f} the {age90} y/o?
HAR {har} -- {pt_l}
{pt} again 🙄
member id {memid}
addr: {addr}
zip {zip} for {pt_l}
{email} bounced
{pt_l}?
{mrn}/{dob}
El paciente {pt} llamó otra vez por su factura. Tel {phone}.
Kindly do the needful for {pt}, MRN {mrn}, DOB {dob}, and revert.
Sir, patient {pt} account {acct} is pending since long, please check.
Good morning. Please prepare an account summary for {pt} (HAR {har}) ahead of the Finance Committee; {exec_n} will review.
ugh. {pt_l} called AGAIN. {He} wants {his} {relw} {rel_f} to handle everything now.
ok so {pt_f} ({pt}) is the one w/ the {money} bal from {dos}, right?
Re: {pt}\n> any update on this one?\nnot yet, {payer} is still reviewing the {dos} claim. member {memid}
structured::Patient: {pt}\nDOB: {dob}\nMRN: {mrn}\nIssue: {carc} on DOS {dos}
structured::Caller: {rel} ({relw})\nPatient: {pt}\nCallback: {phone}\nReason: wants itemized bill
records,structured::Subject: ROI – {pt_inv}\nRequester: {lawfirm}\nAuth expires: {eff}\nDates requested: {dos} – {dos2}
structured::*Account review*\nGuarantor: {pt_inv}\nHAR: {har}\nAddress: {addr}\nBalance: {money}
{pt} lives on {street} off Rte {rte} in {town}, no number on the mailbox.
Per {pt}, mail goes to {pobox}; the house is on {street}.
{pt} is a snowbird: {addr} Nov–Apr, otherwise {addr2}.
{pt}, {age90}, fell at home on {fall}. Bill {payer} or the auto policy?
Centenarian alert: {pt} turns {age90} next week, MRN {mrn}. Comms wants to send a card.
Age on the claim says {age90} but DOB {dob} makes {him} younger. Which is right?
records::Family of {pt} (age {age90}) asking for {his} records from the {adm} stay.
ssn is {ssnraw}, pls update {pt_l}
dob {dob} ssn {ssn} -- sorry for pasting here
{pt} SSN {ssnraw} DOB {dob}
pfs::Spoke with {pt_hl}. {He} will mail a check; confirmed address {addr}. No phone, email is {slack_email}.
pfs::Text-to-pay link went to {slack_tel} for {pt_f}; {he} says it never arrived.
pfs::{rel} paid {money} on {pt}'s behalf with card {cc}. Receipt to {remail}.
denial::{payer} wants medical records for {pt_inv} (DOB {dob}) within 30 days or they recoup {money}.
records::Attorney {lawyer} asked if {pt} was treated here on {visit}. I said we need an auth.
charity::{pt} (HAR {har}) qualifies for catastrophic charity; bill was {money}, household income {money2}.
coding::Dr. {doc_l} answered the query on {pt_l}: {icd}, not {icd2}. Rebilling {har}.
estimate::Self-pay package price for {pt}'s {cpt} on {appt} is {money}. Told {him} at {phone}.
bot::[Collections] {pt_inv} placed with {vendor}: acct {acct}, bal {money}, last pay {dos}.
vip::Pls restrict {vip}'s account -- local news anchor, admitted {adm}, HAR {har}.
misc::{pt}'s {relw} left the car at valet, VIN {vin}, plate {plate}.
registration::{pt} gave {his} old address in {town}; new ZIP is {zip}.
""".strip("\n").split("\n")

CLEAN_TPL = r"""
{exec} ({exec_title}) wants the {qtr} denial trend by {due}. {coll_f}, can you own it?
Meeting moved to {mtg} at {time}. Zoom ID {zoom}.
PO {po} for {vendor} is approved; invoice {inv} still pending.
Ticket {ticket}: WQ {n} isn't refreshing since the upgrade to {ver}.
NPI {npi} for Dr. {doc_l} is missing on the 837s. Can credentialing add it?
{cpt} is bundling into {cpt2} on {payer} claims again, {n} this week.
Coding tip of the week: {icd} vs {icd2}, read the excludes note.
mrn-topic::Reminder: MRNs are 10 digits since the conversion; old 8-digit MRNs get zero-padded.
ssn-topic,hipaa::Please never paste SSNs into Slack. Last 4 only, and only in the secure WQ.
Our {btown} site at {facaddr} is closed {mtg} for the network cutover.
{agg_age} in the charity pool this month, up from {n2} last month.
Call me at {ext} if the lockbox file doesn't drop by noon.
Board packet for {fy} is up: {intranet}
donor::The {donor_l} Family Foundation pledged {money} to the patient assistance fund; {exec_n} will announce it Friday.
Remit batch {zipl} posted, {money} total.
Denials for {month}: {n} total, {money}, top reason {carc}.
Happy Friday! {coll_f} brought donuts to the {btown} office 🍩
Price transparency file for {fy} is published: {puburl}
Who owns {ticket}? It's been sitting since {mtg}.
Epic {ver} goes live {mtg}; build {build} is in TST now.
vendor::{vp} from {vendor} is onsite {mtg} for the statement redesign.
{exec_n} approved the {dur} payment plan policy, effective {eff}.
{agg_age} -- financial counselors should prioritize those accounts.
Charity care YTD: {n} applications, {pct} approved, {money} written off.
Please use the new ROI intake form: {intranet}
hipaa::HIPAA training is due {due}. {n} people still haven't finished.
Reminder: the {btown} cashier window closes at {time} now.
Contract {contract} with {vendor} renews {eff}. {exec_n} wants a redline.
Cost center {costc} is over budget on postage again.
Group number {grp} for the {payer} employee plan is on the intranet.
We got {n} subpoenas this week, all logged in the ROI tracker.
Who's covering the ROI desk on {mtg}? {coll_f} is out.
mrn-topic::Does anyone know why the MRN field on the FA app is optional now?
ssn-topic::The FA application no longer requires an SSN under the new policy (effective {eff}).
Big thanks to {coll} for clearing {n} denials this week 🎉
Mail all ROI payments to {fac}, {facaddr}.
DRG {drg} volume is up {pct} versus {fy}.
Q for {exec_n}: do we still need wet signatures on charity approvals over {money}?
835s from {payer} haven't posted since {time}. Ticket {ticket}.
Please stop attaching the daily unbilled report; it lives at {intranet}
NPI {npi} is the {btown} clinic group NPI, not Dr. {doc_l}'s individual one.
{exec} is presenting the revenue cycle dashboard at the board meeting on {mtg}.
The new estimator build {build} fixed the rounding bug on {cpt}.
{vendor} invoice {inv} covers {n} print jobs, {money}.
Anyone have the CARC/RARC crosswalk? {carc} with {rarc} keeps showing up.
Lunch and learn {mtg}: "Charity care 101" with {coll}.
Huddle at {time} tomorrow, bring your WQ counts.
{n} accounts over {money} are aged 120+ days. Need a plan by {due}.
Monthly ROI: {n} requests, avg turnaround {k} days, {pct} within 30.
{exec_n} is OOO {mtg}; route approvals to {coll_f}.
Welcome {coll} to the denials team! 👋
The billing office extension is {ext}.
age-aggregate::Patients 90+ get the large-print statement template automatically.
{fy} budget call is {mtg} at {time}, {zoomurl}
Policy PFS-{n} (payment plans) was updated; max term is now {dur}.
can someone restart the estimator service? still on {ver}. ticket {ticket}
{payer} portal is down for maintenance {mtg} {time}–{time2}.
Do we bill {cpt} with rev code {revcode} or {revcode2} for the infusion suite?
Clean claim rate is {pct} this month; target is 95%.
Reminder: no patient names in ticket titles. Use the secure tool for anything identifying.
hipaa::Privacy office says minimum necessary applies to Slack and Teams too.
vendor::{vendor}'s SOC 2 report is in the shared drive: {intranet}
{exec_n}: "great work on the {month} close, team."
Zoom for the appeals workgroup: {zoomurl}
Asset tag {asset} (the ROI scanner) is broken, ticket {ticket}.
Where's the fax cover sheet template? Not on {intranet} anymore.
{n} of {n2} charity apps are missing income docs.
Self-pay discount is {pct} as of {eff}.
{payer} rep says group {grp} carves out behavioral health.
on it
lgtm 👍
done, WQ {n} is clear
ty!
can't make {mtg}, sorry
who's on ROI today?
back in 10
posting now
which payer?
ok
+1 to what {coll2_f} said
will do
nvm, found it
Is the {btown} clinic still using the old fee schedule?
{coll} and {coll2} are on the appeals workgroup now.
Standing 1:1 with {exec_n} moved to {mtg}.
The {payer} fee schedule update ({eff}) is loaded in {ver}.
Reminder: month-end close is {due}. Get your adjustments in.
Ticket {ticket} closed -- the statement vendor fixed the barcode.
Finance needs PO numbers on every vendor invoice now, e.g. PO {po}.
{coll_f}, did {vendor} send the {month} invoice? I only see {inv}.
Estimator version {ver} rounds to the nearest dollar; {build} rounds to cents.
Coding backlog is down to {n} charts. Nice work, team.
{exec} wants a one-pager on charity care trends for the {fy} board retreat.
Quick poll: is {icd} still on the payer's non-covered list?
Did the {payer} policy on {cpt} change for {fy}?
Anyone going to the HFMA regional on {mtg}?
Reminder that {dept} moves to the {btown} campus on {mtg}. New address: {facaddr}.
Per {exec_n}, all write-offs over {money} need VP approval starting {eff}.
{n} patients got price estimates last week; {pct} were within 10% of the final bill.
Holiday schedule: cashier windows close at {time} on {mtg}.
Transferring the main line to {ext} while I'm at lunch.
Payer mix for {qtr}: Medicare {pct}, Medicaid {pct2}, commercial {pct3}.
The ROI fee schedule is $6.50 flat for electronic copies as of {eff}.
Interface ticket {ticket} broke the 837 loop 2310B again.
vendor::{vendor} wants to demo their denial prediction tool {mtg} at {time}.
New {payer} prior auth list goes live {eff}; {cpt} and {cpt2} now need auth.
Who approved PO {po}? It's missing a cost center.
NPI lookups are public, so it's fine to share {npi} here.
mrn-topic::Reminder: MRN is not the same as HAR -- one patient has many HARs.
ssn-topic::We're removing SSN from the guarantor screen by {due}.
mrn-topic::Can the bot mask MRNs in the digest? Compliance asked.
{coll} will be covering charity approvals through {mtg}.
Congrats to {coll} on the CRCR certification! 🎓
{exec_title} office asked for the {qtr} bad-debt numbers: {money}, {pct} of gross.
The {btown} site's ZIP is on the letterhead; don't type it by hand.
Quick reminder: the ROI queue SLA is {k} business days.
{mention} can you look at {ticket} when you have a sec?
Posted the {month} denial dashboard in {channel}.
Fax server maintenance {mtg} {time}; use the e-fax queue instead.
Remote coders: VPN client {ver} is required after {eff}.
We had {n} ROI requests from law firms in {month}, {n2} from insurers.
The CFO wants to know why {carc} denials doubled in {month}.
Reminder: {agg_age} get a courtesy call before any collection placement.
donor::Donor wall update: {donor} Foundation, {money}.
Meeting notes from {mtg} are on {intranet}
{coll_f} -- can you send me the {month} charity totals by payer? {exec_n} asked.
mrn-topic,ssn-topic::The new FA form asks for MRN and last 4 of SSN only.
Reminder: {lawfirm} invoices for copy fees go to AP, not ROI.
{insurer} keeps sending ROI requests without a signed auth. Template reply is on {intranet}
The {payer} JOC got moved to {mtg}; {exec_n} and {coll} will attend.
Estimator {ver} shows DRG {drg} at {money} base rate now.
Does {payer} still require the NPI of the ordering provider in 2420E? Getting {carc}.
Charity policy threshold goes to 300% FPL on {eff}.
{dept} headcount request for {fy} approved by {exec_n}.
Cash posting backlog is {n} ERAs, oldest from {mtg}.
Reminder: statements print at {vendor} every Tuesday; cutoff is {time}.
The {btown} clinic's tax ID changed -- see {ticket} before billing.
Medicare sequestration adjustments look off this week, {n} claims. Ticket {ticket}.
Zip code table for the {btown} service area got updated (ticket {ticket}).
Lockbox {zipl} is the new remit ID for {payer}; update the 835 mapping.
Report {zipl} (aged A/R by payer) is back in Reporting Workbench.
Batch {zipl} and batch {zipl2} both failed overnight, rerunning now.
Cost center {zipl} is the charity care cost center starting {fy}.
WQ {zipl} is the new home for self-pay accounts over {money}.
Patients can drop off FA applications at {fac}, {facaddr}, Mon–Fri 8–4.
The {btown} clinic moved to {facaddr}; update the remit address on statements.
Courier pickup for ROI CDs is at {facaddr}, loading dock, {time}.
Our {btown} site is piloting the new estimator; {coll} is the super-user.
Billing question from the {btown} office: is {cpt} still bundled with {cpt2}?
{coll2_f} is running the denials huddle {mtg}; {coll_f} has the deck.
PSA: the {payer} portal password expires every 60 days.
Dr. {doc_l} is the physician advisor for {month}; route peer-to-peers through {coll_f}.
{exec} signed the {vendor} SOW. PO {po} to follow.
""".strip("\n").split("\n")

PHI_EXTRAS = ["{He} also asked about {his} {relw}'s bill.", "Callback {phone}.", "DOB to verify: {dob}.",
              "{His} {relw} {rel_f} may call too.", "MRN {mrn} for reference.", "{He} lives in {town} now.",
              "Email on file: {email}."]
CLAUSE_SUBJ = ["the {payer} portal", "WQ {n}", "the charity queue", "the 835 feed", "{coll7_f}", "the ROI vendor",
               "our {btown} site", "the lockbox", "the coding backlog", "the estimate tool", "the fax server",
               "{vendor}", "the statement run", "the {dept} inbox"]
CLAUSE_PRED = ["is down again", "is backed up", "was fixed", "needs a look", "is behind by {n2} accounts",
               "went live", "got reassigned", "is slow", "is being weird", "timed out twice", "is finally caught up"]
CLAUSE_TAIL = ["", "", " today", " this morning", " since {mtg}", " per {coll7_f}", " (ticket {ticket})", " fwiw",
               " again", " -- {exec_n} knows"]
OPENERS = ["", "", "", "", "", "", "Hi team, ", "hey ", "Morning! ", "Quick q: ", "FYI ", "fyi - ", "Heads up: ",
           "@here ", "{mention} ", "{coll8_f} -- ", "{coll8_f}, ", "Hello all, ", "Good afternoon. ", "Ok so ",
           "Sorry to bug you, ", "Per {exec_n}: ", "URGENT: ", "Team -- ", "oye, ", "Following up: ",
           "Not sure who owns this but ", "Hi {mention}, ", "Question for {dept}: ", "From the ROI desk: ",
           "Escalating: ", "Re: ", "Dear colleagues, ", "psst ", "yo ", "Good morning {coll8_f}! "]
CLOSERS = ["", "", "", "", "", "", " thx", " Thanks!", " TIA", " lmk", " ty", " Thank you.", " appreciate it",
           " -- {coll9_f}", " cc {mention9}", " Will update the ticket.", " pls advise", " Can someone pick this up?",
           " (sorry if wrong channel)", " gracias", " ASAP pls", " no rush", " Thanks in advance.",
           " Regards, {coll9}", " ping me w/ questions", " see thread", " :pray:"]


def parse_tpls(lines):
    out = []
    for ln in lines:
        ln = ln.rstrip()
        if not ln:
            continue
        tags = []
        if "::" in ln.split(" ")[0]:
            head, ln = ln.split("::", 1)
            tags = [t for t in head.split(",") if t]
        out.append((tags, ln.replace("\\n", "\n")))
    return out


# ----------------------------------------------------------------------------- builders (frames)
def b_table_phi(c):
    r = c.r
    pool = [("MRN", "{mrn#}"), ("DOB", "{dob#}"), ("DOS", "{dos#}"), ("HAR", "{har#}"), ("Balance", "{money#}"),
            ("Payer", "{payer#}"), ("Member ID", "{memid#}"), ("Denial", "{carc#}"), ("Phone", "{phone#}"),
            ("Status", "@status"), ("Age", "@age"), ("Admit", "{adm#}")]
    cols = r.sample(pool, r.randint(2, 4))
    hdr = [r.choice(["Patient", "Name", "Guarantor", "Pt", "Patient Name"])] + [h for h, _ in cols]
    namecell = r.choice(["{pt#_inv}", "{pt#}", "{pt#_inv}", "{pt#_caps}"])
    title = r.choice(["*Open self-pay balances over $5k*", "Denials needing appeal this week:",
                      "ROI backlog (oldest first)", "", "@here callbacks for today", "Charity pending list --",
                      "From the {month} aging report:", "{mention} can you take these?"])
    lines = [title] if title else []
    lines += ["| " + " | ".join(hdr) + " |", "|" + "|".join(["---"] * len(hdr)) + "|"]
    for i in range(r.randint(2, 6)):
        suf = "" if i == 0 else str(i + 1)
        cells = [namecell.replace("#", suf)]
        for _, v in cols:
            if v == "@status":
                cells.append(r.choice(STATUSES))
            elif v == "@age":
                cells.append("{age90%s}" % suf if r.random() < 0.4 else "{age%s}" % suf)
            else:
                cells.append(v.replace("#", suf))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines), ["structured", "table"]


def b_fixed_rows_phi(c):
    r = c.r
    head = r.choice(["Dup candidates:", "Returned mail batch:", "Accounts moved to bad debt:", "Pending charity:",
                     "Unbilled > 30 days", "```", "ROI pulls for {lawfirm}:"])
    cols = r.choice([["{mrn#}", "{dob#}"], ["{har#}", "{money#}"], ["{dob#}", "{addr#}"], ["{mrn#}", "{dos#}", "{carc#}"],
                     ["{memid#}", "{payer#}"], ["{har#}", "{dc#}"]])
    sep = r.choice(["  ", "\t", " / ", " -- ", "   "])
    lines = [head]
    for i in range(r.randint(2, 5)):
        suf = "" if i == 0 else str(i + 1)
        lines.append(sep.join(["{pt%s_inv}" % suf] + [x.replace("#", suf) for x in cols]))
    if head == "```":
        lines.append("```")
    return "\n".join(lines), ["structured"]


def b_bullets_phi(c):
    r = c.r
    head = r.choice(["Callbacks for today:", "*Today's escalations*", "Open items from the huddle:", "Left VMs for:",
                     "Need auths for:", "FA follow-ups ({coll_f}):"])
    bullet = r.choice(["• ", "- ", "* ", "◦ "])
    notes = ["wants a payment plan", "disputes {carc#}", "asked for an itemized bill", "FA app pending",
             "deceased, talk to {rel#}", "Spanish, needs interpreter", "bal {money#}", "DOS {dos#}",
             "says ins is {payer#}, ID {memid#}", "cb {phone#}", "MRN {mrn#}", "new addr {addr#}", "DOB {dob#}",
             "lives in {town#}", "age {age90#}"]
    lines = [head]
    for i in range(r.randint(2, 5)):
        suf = "" if i == 0 else str(i + 1)
        nm = r.choice(["{pt%s_inv}", "{pt%s}", "{pt%s_l}"]) % suf
        ns = r.sample(notes, r.randint(1, 2))
        lines.append(bullet + nm + " -- " + "; ".join(n.replace("#", suf) for n in ns))
    return "\n".join(lines), ["structured", "list"]


THREAD_PHI = ["anyone have {pt_l}'s MRN?", "it's {mrn}", "dob {dob}", "{pt} called again", "cb is {phone}",
              "{he}'s {age90}, be gentle", "the {relw}, {rel}, is on the DPR", "HAR {har} has the {money} bal",
              "{payer} id {memid}", "sent the itemized to {email}", "{pt_inv} -- is that the {dos} visit?",
              "yes, DOS {dos}", "address changed to {addr}", "{he} moved to {town}", "card on file {cc} declined",
              "mbi {mbi}", "ssn on the app is {ssn}", "subpoena came in for {pt}", "{lawfirm} wants {pt_f}'s stuff from {adm}",
              "which {pt_l}? there are two", "the one born {dob}", "{pt_f} says {he} paid {money} at the window",
              "fax it to {fax}", "{pt} is on the phone now, who can take it?", "admit {adm}, d/c {dc}"]
THREAD_CLEAN = ["on it", "👍", "can we push to {mtg}?", "ticket {ticket}", "{exec_n} wants it by EOD", "which WQ?",
                "WQ {n}", "done", "posting now", "{payer} portal is down again", "I'll take it", "lol", "thx!",
                "pinging {coll6_f}", "it's on {intranet}", "agree", "let's discuss at huddle",
                "the {vendor} rep said next week", "{n} left in the queue", "cool", "PO {po} went through",
                "call me at {ext}", "{carc} again?", "nope", "same here", "looping in {mention}", "ugh",
                "did {exec_n} sign off?", "yes as of this morning", "can you add it to {ticket}?"]


def b_thread(c, phi):
    r = c.r
    spk = ["{coll_f}", "{coll2_f}", "{coll}", "{coll2}", "{exec_n}"]
    who = [r.choice(["{coll_f}", "{coll}"]), r.choice(["{coll2_f}", "{coll2}"])]
    if r.random() < 0.4:
        who.append("{coll3_f}")
    n = r.randint(2, 5)
    if phi:
        k = r.randint(1, min(3, n))
        lines = r.sample(THREAD_PHI, k) + r.sample(THREAD_CLEAN, n - k)
        r.shuffle(lines)
        if r.random() < 0.5 and "{pt" not in "".join(lines):
            lines[0] = r.choice(["re {pt}: ", "{pt} -- ", "about {pt_inv}: "]) + lines[0]
    else:
        lines = r.sample(THREAD_CLEAN, n)
        r.shuffle(lines)
    style = r.randrange(4)
    mins, clock, h24 = r.randint(7 * 60, 17 * 60), [], r.random() < 0.4
    for _ in lines:
        hh, mm = divmod(mins, 60)
        clock.append("%d:%02d" % (hh, mm) if h24 else "%d:%02d %s" % ((hh - 1) % 12 + 1, mm, "AM" if hh < 12 else "PM"))
        mins += r.choice([0, 1, 1, 2, 3, 5, 8, 14, 26])
    out = []
    for i, ln in enumerate(lines):
        s = who[i % len(who)]
        t = clock[i]
        if style == 0:
            out.append("[%s] %s: %s" % (t, s, ln))
        elif style == 1:
            out.append("%s  %s\n%s" % (s, t, ln))
        elif style == 2:
            out.append("**%s**: %s" % (s, ln))
        else:
            out.append(("> " if i < len(lines) - 1 else "") + "%s: %s" % (s, ln))
    return "\n".join(out), ["thread"]


REC_FIELDS = [
    ["DOB: {dob}", "D.O.B. {dob}", "dob {dob}", "born {dob}", "Birthdate: {dob}", "DOB {dob}"],
    ["MRN: {mrn}", "MRN# {mrn}", "MR# {mrn}", "med rec # {mrn}", "chart # {mrn}", "Medical Record No. {mrn}", "mrn {mrn}"],
    ["HAR {har}", "Acct: {acct}", "Guarantor acct {gacct}", "HAR# {har}", "acct #{acct}"],
    ["Member ID {memid}", "Subscriber ID: {memid}", "MBI {mbi}", "Medicaid ID {mcaid}", "Policy # {polid}", "mem id {memid}"],
    ["SSN {ssn}", "SS# {ssn}", "soc {ssn}", "SSN: {ssn}"],
    ["Ph: {phone}", "Cell {phone}", "Home phone: {phone}", "tel {phone}", "cb# {phone}"],
    ["Addr: {addr}", "Address: {addr}", "Mailing: {pobox}", "Street: {street}", "ZIP {zip}", "Town: {town}"],
    ["DOS {dos}", "Admit {adm} / DC {dc}", "Svc date: {dos}", "Appt {appt}"],
    ["Age {age90}", "age: {age}", "Age: {age90}"],
    ["Payer: {payer}", "Ins: {payer} grp {grp}", "Primary: {payer}"],
    ["Bal {money}", "Balance: {money}", "Amt due {money}"],
    ["Reason: {carc}", "Note: FA pending", "Note: wants itemized bill", "Status: sent to {vendor}", "Email: {email}"],
]


def b_record_phi(c):
    r = c.r
    name = r.choice(["Name: {pt}", "Pt: {pt}", "Patient {pt_inv}", "{pt_caps}", "Guarantor: {pt_inv}", "{pt}",
                     "Patient name: {pt_mi}"])
    fields = [r.choice(f) for f in r.sample(REC_FIELDS, r.randint(2, 5))]
    sep = r.choice([" | ", "; ", ", ", "\n", " / ", " • ", "  "])
    pre = r.choice(["", "", "Pt info -- ", "For the appeal: ", "Pls verify: ", "Record:\n", "Acct lookup → ",
                    "From the fax cover: ", "Copying from Epic: "])
    return pre + sep.join([name] + fields), ["structured"]


def b_email_phi(c):
    r = c.r
    subj = r.choice(["statement question", "ROI follow-up", "charity application", "denial {carc}", "records request",
                     "payment plan", "price estimate"])
    body_tags, body = r.choice(PHI_T)
    if r.random() < 0.35:
        body_tags, body = r.choice(CLEAN_T)
    sig = r.choice(["{coll9}\n{dept9}, {org}\nDirect: {bphone9} | Fax: {fax9}", "{coll9_f}\n{bphone9}",
                    "--\n{coll9} | {dept9}\n{bemail9} | {bphone9}", "Thanks,\n{coll9_f}\n{org} {dept9}\nO: {bphone9}"])
    head = r.choice(["From: {coll9} <{bemail9}>\nSent: {mtg9} {time9}\nTo: {dept} Team\nSubject: RE: " + subj + "\n\n",
                     "Fwd from Outlook:\nSubject: " + subj + "\n\n", "---------- Forwarded message ----------\n"
                     "From: {coll9} <{bemail9}>\nDate: {mtg9}\nSubject: " + subj + "\n\n"])
    return head + body + "\n\n" + sig, ["email-forward"] + body_tags


def b_email_clean(c):
    r = c.r
    subj = r.choice(["{month} close", "denials workgroup", "vendor renewal", "policy update", "{fy} budget"])
    body_tags, body = r.choice(CLEAN_T)
    head = r.choice(["From: {coll9}\nSent: {mtg9} {time9}\nTo: {dept} Team\nSubject: RE: " + subj + "\n\n",
                     "Fwd from Outlook:\nSubject: " + subj + "\n\n"])
    sig = r.choice(["{coll9}\n{dept9}, {org}\n{ext9}", "{coll9_f}", "Thanks,\n{coll9_f}\n{org} {dept9} | {ext9}",
                    "--\n{coll9} | {exec_title} office"])
    return head + body + "\n\n" + sig, ["email-forward"] + body_tags


def b_bot_digest_phi(c):
    r = c.r
    bot = r.choice(["ROI-Bot", "PFS-Bot", "Denials-Bot", "Charity-Bot", "revbot"])
    head = "[%s] %s" % (bot, r.choice(["Daily queue ({mtg}):", "New items:", "Overnight summary", "Due this week:",
                                       ":rotating_light: Past SLA:"]))
    item = r.choice(["{pt#_inv} -- {lawfirm#} -- due {due#}", "{pt#} | HAR {har#} | {money#}",
                     "{pt#_inv} ({dob#}) {carc#}", "{pt#} -- MRN {mrn#} -- DOS {dos#}",
                     "{pt#_inv}: FA score {n#}, household {n#}"])
    lines = [head]
    for i in range(r.randint(2, 5)):
        suf = "" if i == 0 else str(i + 1)
        lines.append("%d. %s" % (i + 1, item.replace("#", suf)))
    lines.append(r.choice(["", "Reply `ack` to claim.", "{n} more in the WQ.", "Totals: {money}"]))
    return "\n".join(x for x in lines if x), ["bot", "structured"]


def b_bot_digest_clean(c):
    r = c.r
    bot = r.choice(["ROI-Bot", "PFS-Bot", "Denials-Bot", "Charity-Bot", "revbot", "Cash-Bot"])
    lines = ["[%s] %s" % (bot, r.choice(["Daily digest ({mtg})", "Overnight summary", "Weekly stats", "{month} MTD"]))]
    pool = ["New denials: {n} ({money})", "Top CARC: {carc} ({n2})", "ROI requests in: {n3}, out: {n4}",
            "Charity apps received: {n5}; approved {pct}", "{agg_age} flagged for courtesy calls",
            "ERAs posted: {n6}, unposted {n7}", "Oldest open ticket: {ticket}", "Estimator uptime {pct2}",
            "Unbilled: {money2} across {n8} accounts", "Payer {payer} portal errors: {n9}",
            "Build in prod: {build}", "Next refresh {time}"]
    for ln in r.sample(pool, r.randint(3, 6)):
        lines.append(r.choice(["• ", "- ", ""]) + ln)
    return "\n".join(lines), ["bot"]


def b_report_clean(c):
    r = c.r
    title = r.choice(["*{month} Revenue Cycle Report* ({fy})", "Monthly HIM metrics -- {month}",
                      "{qtr} PFS scorecard", "CFO flash report, {month}"])
    pool = ["Gross charges: {money}", "Cash collected: {money2} ({pct} of goal)", "Denials: {n} ({pct2}), top {carc}",
            "Charity approvals: {n2}; {agg_age}", "ROI requests: {n3}, avg TAT {k} days",
            "Bad debt placements: {n5}, {money3}", "Price estimates issued: {n6}", "Clean claim rate: {pct3}",
            "DNFB: {money4}", "A/R days: {k2}", "Coding backlog: {n8} charts", "Patients 90+ on payment plans: {n9}",
            "Open tickets: {ticket}, {ticket2}", "Subpoenas logged: {n10}"]
    lines = [title] + [r.choice(["• ", "- ", "  "]) + x for x in r.sample(pool, r.randint(3, 7))]
    lines.append(r.choice(["Prepared by {coll} for {exec} ({exec_title})", "Questions to {coll_f}.", "",
                           "Full deck: {intranet}"]))
    return "\n".join(x for x in lines if x), ["report"]


def b_table_clean(c):
    r = c.r
    kind = r.randrange(3)
    if kind == 0:
        hdr = ["Payer", "Denials", "$", "Top CARC"]
        row = lambda s: ["{payer%s}" % s, "{n%s}" % s, "{money%s}" % s, "{carc%s}" % s]
    elif kind == 1:
        hdr = ["Owner", "WQ", "Open", "Oldest (days)"]
        row = lambda s: ["{coll%s_f}" % s, "{n%s}" % s, "{n%s}" % (s + "1"), "{n%s}" % (s + "2")]
    else:
        hdr = ["Month", "Charity apps", "Approved", "Written off"]
        row = lambda s: ["{month%s}" % s, "{n%s}" % s, "{pct%s}" % s, "{money%s}" % s]
    lines = [r.choice(["", "{qtr} by payer:", "WQ status", "Charity trend for {exec_n}:"])]
    lines += ["| " + " | ".join(hdr) + " |", "|" + "|".join(["---"] * len(hdr)) + "|"]
    for i in range(r.randint(2, 5)):
        s = "" if i == 0 else str(i + 1)
        lines.append("| " + " | ".join(row(s)) + " |")
    return "\n".join(x for x in lines if x), ["structured", "table"]


def b_agenda_clean(c):
    r = c.r
    lines = [r.choice(["Agenda for {mtg}:", "Denials workgroup {mtg} {time}", "Topics for the {exec_title} 1:1",
                       "Huddle notes"])]
    pool = ["{payer} recoupments ({money})", "WQ {n} cleanup -- {coll_f}", "ticket {ticket} status",
            "charity policy refresh (eff {eff})", "PO {po} for {vendor}", "HIPAA refresher due {due}",
            "{cpt} denials trend", "ROI turnaround, {k} days avg", "{agg_age}: courtesy call script",
            "estimator {ver} bugs", "board deck for {fy}", "NPI cleanup ({npi})", "open floor"]
    b = r.choice(["1. ", "• ", "- "])
    for i, x in enumerate(r.sample(pool, r.randint(3, 6))):
        lines.append(("%d. " % (i + 1) if b == "1. " else b) + x)
    return "\n".join(lines), ["list", "calendar"]


def b_cfo_bot_clean(c):
    r = c.r
    q, a = r.choice([("what's our charity total for {month}?", "{money} across {n} accounts; {agg_age}."),
                     ("pull {qtr} denials by payer", "Top 3: {payer} ({money}), {payer2} ({money2}), {payer3} ({money3})."),
                     ("how many ROI requests are past SLA?", "{n} requests past SLA; oldest is {ticket}."),
                     ("summarize bad debt for the board deck", "Bad debt {money}, {pct} of gross. Draft at {intranet}"),
                     ("what's the clean claim rate MTD?", "{pct} MTD vs {pct2} last month."),
                     ("list vendors with open POs", "PO {po} ({vendor}), PO {po2} ({vendor2}). Total {money}."),
                     ("schedule the {payer} JOC prep", "Booked {mtg} at {time} with {coll} and {exec_n}."),
                     ("who's covering ROI next week?", "{coll} through {mtg}, then {coll2_f}.")])
    who = r.choice(["{exec_n} ({exec_title})", "{coll} for the CFO's office", "CFO office ({coll_f})"])
    return "%s: @revbot %s\nrevbot: %s" % (who, q, a), ["delegation", "bot"]


def b_cfo_bot_phi(c):
    r = c.r
    q, a = r.choice([
        ("who are the largest self-pay balances?", "Largest is {pt_inv} (HAR {har}) at {money}, then {pt2_inv} at {money2}."),
        ("status of the {lawfirm} subpoena?", "Subpoena for {pt}, DOB {dob}, MRN {mrn}: records pulled, pending legal review."),
        ("which charity apps are waiting on me?", "{pt} ({har}) and {pt2} ({har2}), both presumptive."),
        ("any VIP accounts I should know about?", "{vip}, admitted {adm}, MRN {mrn} -- access restricted."),
        ("what's going on with the account that called {exec_n} directly?", "That's {pt}, cb {phone}; balance {money} from {dos}."),
        ("draft a hardship letter for the {age90}-year-old guarantor", "Draft ready for {pt_inv}, acct {acct}, mailing to {addr}."),
        ("did the estate pay?", "Estate of {pt} (DOD {dod}) paid {money}; executor {rel} asked for a zero-balance letter.")])
    who = r.choice(["{exec_n} ({exec_title})", "{coll} for the CFO's office", "CFO office ({coll_f})"])
    return "%s: @revbot %s\nrevbot: %s" % (who, q, a), ["delegation", "bot"]


def b_csv_phi(c):
    r = c.r
    hdr = r.choice([("last,first,dob,mrn", "{pt#_l},{pt#_f},{dob#},{mrn#}"),
                    ("guarantor,har,balance", "\"{pt#_inv}\",{har#},{money#}"),
                    ("name;member_id;payer", "{pt#};{memid#};{payer#}"),
                    ("patient\tdos\tcarc", "{pt#}\t{dos#}\t{carc#}")])
    lines = [r.choice(["```", "pasting the export:\n```", "csv from the report:\n```"]), hdr[0]]
    for i in range(r.randint(2, 5)):
        suf = "" if i == 0 else str(i + 1)
        lines.append(hdr[1].replace("#", suf))
    lines.append("```")
    return "\n".join(lines), ["structured", "csv"]


def b_csv_clean(c):
    r = c.r
    hdr, rowf = r.choice([("payer,denials,amount", "{payer%s},{n%s},{money%s}"),
                          ("month,apps,approved_amt", "{month%s},{n%s},{money%s}"),
                          ("vendor,po,amount", "{vendor},{po%s},{money%s}"),
                          ("cpt,volume,denial_rate", "{cpt%s},{n%s},{pct%s}")])
    lines = ["```", hdr]
    for i in range(r.randint(2, 5)):
        s = "" if i == 0 else str(i + 1)
        lines.append(rowf.replace("%s", s))
    lines.append("```")
    return "\n".join(lines), ["structured", "csv"]


def b_thread_phi(c):
    return b_thread(c, True)


def b_thread_clean(c):
    return b_thread(c, False)


PHI_BUILDERS = [b_table_phi, b_fixed_rows_phi, b_bullets_phi, b_thread_phi, b_record_phi, b_email_phi,
                b_bot_digest_phi, b_cfo_bot_phi, b_csv_phi]
CLEAN_BUILDERS = [b_table_clean, b_report_clean, b_agenda_clean, b_thread_clean, b_email_clean, b_bot_digest_clean,
                  b_cfo_bot_clean, b_csv_clean]

PHI_T = parse_tpls(PHI_TPL)
CLEAN_T = parse_tpls(CLEAN_TPL)


# ----------------------------------------------------------------------------- transforms
SHORT = [(r"\bpatient\b", "pt"), (r"\bpatients\b", "pts"), (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"),
         (r"\bwith\b", "w/"), (r"\bwithout\b", "w/o"), (r"\baccount\b", "acct"), (r"\bbalance\b", "bal"),
         (r"\bappointment\b", "appt"), (r"\bbecause\b", "b/c"), (r"\binformation\b", "info"),
         (r"\binsurance\b", "ins"), (r"\bmessage\b", "msg"), (r"\btomorrow\b", "tmrw"), (r"\babout\b", "abt"),
         (r"\byou\b", "u"), (r"\bregarding\b", "re"), (r"\bfollow up\b", "f/u"), (r"\brecords\b", "recs"),
         (r"\brequest\b", "req"), (r"\bauthorization\b", "auth"), (r"\bnumber\b", "#"), (r"\bpayment\b", "pmt"),
         (r"\bstatement\b", "stmt"), (r"\bbefore\b", "b4"), (r"\bpeople\b", "ppl"), (r"\bthrough\b", "thru"),
         (r"\bdo not\b", "don't"), (r"\bare\b", "r"), (r"\bwants\b", "wants"), (r"\bcallback\b", "cb")]
SHORT = [(re.compile(a, re.I), b) for a, b in SHORT]
NEAR = {"a": "sq", "s": "adw", "d": "sfe", "e": "wrd", "r": "etf", "t": "ryg", "i": "uok", "o": "ipl", "n": "bm",
        "m": "n", "l": "kp", "c": "xv", "h": "gj", "u": "yij", "p": "ol", "g": "fh", "y": "tu", "b": "vn",
        "k": "jl", "f": "dg", "w": "qe", "v": "cb"}


def tf_shorthand(c, parts):
    r = c.r
    hit = False
    for p in parts:
        if not p.lit:
            continue
        for pat, rep in SHORT:
            if r.random() < 0.6:
                def sub(m):
                    return rep[0].upper() + rep[1:] if m.group(0)[0].isupper() else rep
                new = pat.sub(sub, p.t, count=1)
                if new != p.t:
                    p.t = new
                    hit = True
    if hit:
        c.tag("shorthand")


def _typo(r, w):
    i = r.randrange(1, len(w) - 1)
    op = r.choice("sdxn")
    if op == "s":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "d":
        return w[:i] + w[i + 1:]
    if op == "x":
        return w[:i] + w[i] + w[i:]
    ch = w[i].lower()
    rep = r.choice(NEAR.get(ch, ch))
    if w[i].isupper():
        rep = rep.upper()
    return w[:i] + rep + w[i + 1:]


def tf_typo(c, parts):
    r = c.r
    cands = []
    for pi, p in enumerate(parts):
        if not p.lit:
            continue
        for m in re.finditer(r"[A-Za-z]+", p.t):
            w = m.group(0)
            if len(w) < 4:
                continue
            prev = p.t[m.start() - 1] if m.start() > 0 else " "
            nxt = p.t[m.end()] if m.end() < len(p.t) else " "
            if prev in "<:/@|`_*#.-[" or nxt in ":/@|>`_*-]":
                continue
            cands.append((pi, m.start(), m.end()))
    if not cands:
        return
    k = min(len(cands), r.choice([1, 1, 1, 2]))
    chosen = sorted(r.sample(cands, k), key=lambda x: (x[0], -x[1]))
    for pi, s, e in chosen:
        p = parts[pi]
        w = p.t[s:e]
        nw = _typo(r, w)
        p.t = p.t[:s] + nw + p.t[e:]
    c.tag("typo")


def tf_markup(c, parts):
    r = c.r
    ops = r.sample(["wrapspan", "wrapword", "mention", "link", "wrapspan"], r.randint(1, 2))
    for op in ops:
        if op == "wrapspan":
            idx = [i for i, p in enumerate(parts) if p.typ and not p.nowrap and "\n" not in p.t]
            if not idx:
                continue
            i = r.choice(idx)
            ch = r.choice(["*", "*", "_", "`"])
            parts[i:i + 1] = [Part(ch, nowrap=True), parts[i], Part(ch, nowrap=True)]
        elif op == "wrapword":
            idx = [i for i, p in enumerate(parts) if p.lit and re.search(r"\b[A-Za-z]{4,}\b", p.t)]
            if not idx:
                continue
            p = parts[r.choice(idx)]
            ms = [m for m in re.finditer(r"(?<![\w<:/@|`*_])[A-Za-z]{4,}(?![\w>:/@|`*_])", p.t)]
            if not ms:
                continue
            m = r.choice(ms)
            ch = r.choice(["*", "_"])
            p.t = p.t[:m.start()] + ch + m.group(0) + ch + p.t[m.end():]
            p.lit = False
        elif op == "mention":
            parts[0:0] = [Part(_mention(r), nolower=True, nowrap=True), Part(" ")]
        elif op == "link":
            page, label = r.choice(INTRA_PAGES)
            parts.append(Part(" (see <https://intranet.%s.local/%s|%s>)" % (c.org[2], page, label), nowrap=True))


def tf_emoji(c, parts):
    r = c.r
    e = r.choice(EMOJI)
    if r.random() < 0.7 and "```" not in "".join(p.t for p in parts):
        parts.append(Part(" " + e))
    else:
        parts.insert(0, Part(e + " "))


def tf_lower(c, parts):
    for p in parts:
        if not p.nolower:
            p.t = p.t.lower()
    c.tag("lowercase")


# ----------------------------------------------------------------------------- assembly and checks
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|:[a-z_]+:")
MARKUP_RE = re.compile(r"<@U|<https?://|<mailto:|<tel:|`[^`\n]+`|\*[^*\s][^*\n]*\*|(^|\s)_[^_\s][^_\n]*_")
LEAK_RES = [re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}"), re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
            re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")]


def finalize(parts):
    parts = [p for p in parts if p.t]
    text = "".join(p.t for p in parts)
    b = text.encode("utf-8")
    spans, true, off, coff, cspans = [], [], 0, 0, []
    for p in parts:
        n = len(p.t.encode("utf-8"))
        if p.typ:
            if p.t != p.t.strip() or not p.t.strip():
                return None
            spans.append({"type": p.typ, "value": p.t})
            true.append((off, off + n, p.biz))
            cspans.append((coff, coff + len(p.t)))
        off += n
        coff += len(p.t)
    pos = 0
    for sp, (s, e, _) in zip(spans, true):
        v = sp["value"].encode("utf-8")
        i = b.find(v, pos)
        if i != s:
            return None
        pos = i + len(v)
    # conservative patterns outside the spans would be a generator bug
    for rx in LEAK_RES:
        for m in rx.finditer(text):
            if m.group(0).startswith("@") or "zoom" in text[max(0, m.start() - 12):m.start()].lower():
                continue
            if not any(a < m.end() and m.start() < z for a, z in cspans):
                raise RuntimeError("unlabelled conservative value %r in %r" % (m.group(0), text))
    return text, spans, true


class Cycler(object):
    def __init__(self, r, items):
        self.r, self.items, self.q = r, items, []

    def next(self):
        if not self.q:
            self.q = list(self.items)
            self.r.shuffle(self.q)
        return self.q.pop()


def cap_first(s):
    return s[:1].upper() + s[1:]


def build(r, clean, entry):
    c = Ctx(r, clean)
    kind, payload = entry
    if kind == "tpl":
        tags, body = payload
        tags = list(tags)
        op = r.choice(OPENERS)
        cl = r.choice(CLOSERS)
        short = len(body) < 28
        if short and r.random() < 0.7:
            op, cl = "", ""
        if op and body[:1].isupper() and body[1:2].islower() and op.endswith((", ", "-- ", "hey ", "yo ", "psst ")):
            body = body[0].lower() + body[1:]
        extra = ""
        if not short and "\n" not in body:
            x = r.random()
            if not clean and "{pt" in body and x < 0.12:
                extra = " " + r.choice(PHI_EXTRAS)
            elif x < 0.30:
                extra = " " + cap_first(r.choice(CLAUSE_SUBJ)) + " " + r.choice(CLAUSE_PRED) + r.choice(CLAUSE_TAIL) + "."
        tpl = op + body + extra + cl
    else:
        tpl, tags = payload(c)
        if r.random() < 0.15:
            tpl = r.choice(["", "@here ", "{mention} ", "FYI\n", "see below\n"]) + tpl
    if clean:
        for m in SLOT_RE.finditer(tpl):
            if is_phi_slot(m.group(1)):
                raise RuntimeError("PHI slot %s in clean template %r" % (m.group(1), tpl))
    for t in tags:
        c.tag(t)
    parts = expand(c, tpl)
    if r.random() < 0.18:
        tf_shorthand(c, parts)
    if r.random() < 0.16:
        tf_typo(c, parts)
    if r.random() < 0.16:
        tf_markup(c, parts)
    if r.random() < 0.12:
        tf_emoji(c, parts)
    if r.random() < 0.33:
        tf_lower(c, parts)
    res = finalize(parts)
    if res is None:
        return None
    text, spans, true = res
    if clean and spans:
        raise RuntimeError("clean message got spans: %r" % text)
    if not clean and not spans:
        return None
    types = [s["type"] for s in spans]
    out_tags = ["clean" if clean else "phi"]
    for ty, tg in (("NAME", "name"), ("DATE", "date"), ("AGE", "age")):
        if ty in types:
            out_tags.append(tg)
    if spans and all(b and t in ("PHONE", "EMAIL") for (_, _, b), t in zip(true, types)):
        out_tags.append("business-contact")
    for t in c.tags:
        if t not in out_tags:
            out_tags.append(t)
    if "\n" in text:
        out_tags.append("multiline")
    if EMOJI_RE.search(text) and "emoji" not in out_tags:
        out_tags.append("emoji")
    if MARKUP_RE.search(text) and "slack-markup" not in out_tags:
        out_tags.append("slack-markup")
    return text, spans, out_tags


def main():
    r = random.Random(SEED)
    assert len(GIVEN_F) + len(GIVEN_M) + len(GIVEN_U) >= 300, "given names"
    assert len(SURNAMES) >= 300, "surnames"
    for tags, t in PHI_T:
        if not any(is_phi_slot(m.group(1)) for m in SLOT_RE.finditer(t)):
            raise RuntimeError("PHI template without PHI slot: %r" % t)
    phi_entries = [("tpl", x) for x in PHI_T] + [("builder", f) for f in PHI_BUILDERS for _ in range(11)]
    clean_entries = [("tpl", x) for x in CLEAN_T] + [("builder", f) for f in CLEAN_BUILDERS for _ in range(9)]
    phi_q, clean_q = Cycler(r, phi_entries), Cycler(r, clean_entries)
    order = [True] * N_CLEAN + [False] * (N_TOTAL - N_CLEAN)
    r.shuffle(order)
    rows, seen = [], {}
    for i, clean in enumerate(order, 1):
        q = clean_q if clean else phi_q
        entry = q.next()
        res, tries = None, 0
        while res is None:
            tries += 1
            if tries % 40 == 0:
                entry = q.next()
            res = build(r, clean, entry)
            if res is not None and res[0] in seen:
                res = None
        text, spans, tags = res
        seen[text] = 1
        rows.append({"id": "he%04d" % i, "text": text, "spans": spans, "tags": tags})
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_clean = sum(1 for x in rows if not x["spans"])
    print("wrote %s: %d messages, %d clean, %d with PHI; %d templates + %d frame builders"
          % (OUT_PATH, len(rows), n_clean, len(rows) - n_clean, len(PHI_T) + len(CLEAN_T),
             len(PHI_BUILDERS) + len(CLEAN_BUILDERS)))


if __name__ == "__main__":
    main()
