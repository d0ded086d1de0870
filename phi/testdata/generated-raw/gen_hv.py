#!/usr/bin/env python3
"""Generate generated_hv.jsonl: a PHI-labelled chat corpus written from the seat of
a pediatrics group's practice administrator (prefix hv).

Standard library only, fixed seed, byte-identical output on every run.
Output goes next to this script. Raw line format (see check_phi_corpus.py):
  {"id": "hv-0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}
Spans are listed in reading order; every message is self-checked so that the
checker's left-to-right search lands exactly on the intended occurrence.
"""
import json
import os
import random
import re
import unicodedata

SEED = 8675309
N_PHI, N_CLEAN = 385, 315

# --------------------------------------------------------------------------
# name pools ("_" stands for a space inside a name)
# --------------------------------------------------------------------------
GIVEN = """
Olivia Emma Charlotte Amelia Sophia Mia Isabella Ava Evelyn Luna Harper Ella Scarlett Nora
Aurora Violet Penelope Aria Chloe Layla Zoey Riley Stella Eleanor Madison Brooklyn Avery
Caroline Quinn Piper Everly Kennedy Paisley Kinsley Addison Mackenzie Brielle
Liam Noah Oliver James Elijah William Henry Lucas Benjamin Theodore Jack Owen Wyatt Caleb
Nolan Hudson Grayson Ethan Logan Jackson Carter Connor Declan Finn Brody Colton Tucker
Bentley Maverick Ryder Kayden Jaxon Easton Alexander Elizabeth Margaret Jonathan Katherine
Hope Faith Joy River Sky Summer Autumn Rose Lily Daisy June April May Grace Hunter Mason
Chase Sunny Will Mark Penny Ruby Jade Amber Honey Brook Dawn Destiny Harmony Justice King
Royal Sage Storm Wren Robin Jay Ivy Olive Pearl Blue Ocean Legend Journey Miracle Major
Messiah Angel Precious Genesis Trinity Serenity True Rain Forest Arrow Cash Gunner Ace
Hero Lyric Melody Story Bishop Patience Lake
Santiago Mateo Sebastián Alejandro Diego Carlos José Luis Juan Miguel Ángel Valentina Camila
Sofía Ximena Guadalupe Yaretzi Itzel Fernanda Lucía Daniela Mariana Renata Emiliano Joaquín
Thiago Dulce Esperanza Maribel Yesenia Josué Héctor Milagros Luz Marisol Francisco
Jaylen DeShawn Tyrese Malik Jamal Darnell Keisha Aaliyah Imani Nia Jada Laniyah Zion Amari
Kamari Tariq Ebony Ta'Nyah Jamari Da'Quan Nevaeh Demetrius Shanice
Chinedu Ngozi Oluwaseun Adaeze Kwame Ama Kofi Abena Yaw Efua Chidi Ifeoma Tunde Folake Emeka
Amara Obinna Chiamaka Kelechi Adwoa Babajide Temitope
Abdirahman Hodan Faduma Hamdi Ayaan Mohamed Abdi Ifrah Sagal Liban Yonas Selam Meron Dawit
Hiwot Tigist Omar Yusuf Zainab Amira Khalid Fatima Hassan Noor Rania Yasmin Karim Mariam
Ibrahim Samir Lina Mohammed Abdullah
Aarav Vihaan Ananya Priya Arjun Saanvi Ishaan Diya Rohan Aditi Kavya Nikhil Harpreet
Gurpreet Simran Rahul Anjali Zara Ayesha Imran Farhan Sanjana Meera
Wei Mei Jia Hao Xin Jun Min-jun Seo-yeon Ji-ho Haeun Ji-woo Yuki Haruto Sakura Ren Hina
Kenji Aiko Minh Linh Thanh Huong Bao Anh Khoa Ngoc Tuan Vy Sokha Dara Sophea Vannak Chenda
Bopha Maricel Jericho Rowena Jomar Jasmine Angelica
Sasha Dmitri Anastasia Nikolai Olena Bogdan Zofia Wojciech Katarzyna Milan Luka Mila Ivana
Tatiana Siobhan Aoife Niamh Ciarán Pádraig Giuseppe Giulia Francesca Matteo Lorenzo João
Gonçalo Inês Tiago Beatriz Eleni Nikos Athena
Jean-Baptiste Mackenson Widline Fabiola Stanley Nadège Ludnie Evens Kervens Edmilson Nilda
Adilson Moshe Rivka Avi Shira Yael Eitan Noa Chaim Tova Aiyana Takoda Winona Dakota Kiona
Tallulah Cheyenne Zhen Björn Søren Astrid Ingrid
""".split()

ADULT = """
Jennifer Michelle Kevin Jason Amanda Nicole Melissa Christopher Brian Heather Tiffany
Crystal Stephanie Danielle Jessica Ashley Brittany Kimberly Tanisha LaToya Marcus Derek
Shawn Travis Erica Monique Jose Maria Rosa Ana Luis Carmen Yolanda Ramon Nadia Mohamed
Amina Hawa Khadija Ahmed Deepa Sunil Lakshmi Raj Thuy Hung Lan Duc Sopheap Sovann Vanna
Oksana Irina Sergei Patrick Colleen Bridget Sean Kerry Maureen Gina Tony Frank Denise
Rebecca Rachel Aaron Daniel Sarah Lauren Megan Kristen Jacqueline Ryan Matt Joe Chris
Dawn Faith Hope Joy Summer Robin Jay Grace April Will Mark Rich Art Penny Crystal Amber
""".split()

ELDER = """
Linda Barbara Patricia Carol Donna Maureen Gerald Ronald Dolores Bernadette Walter Eunice
Rosa Guadalupe Esperanza Consuelo Florence Mildred Harold Eugene Irene Agnes Gladys Norma
Thelma Lorraine Clarence Earl Ruth Vivian Shirley Lucille Beatrice Hattie Mae Ola Ernestine
Thi Hoa Bich Sok Chantha Yetunde Olufunke Kwabena Fatuma Halima Shlomo Miriam Sadie Ines
Fernando Rosario Anselmo Teodora Dalia Wanda Pearl Opal June Rose Grace Faith
""".split()

SURNAME = """
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
Jackson Thompson White Harris Clark Lewis Robinson Walker Hall Allen Wright Scott Adams Baker
Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart
Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Cox Richardson
Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Fox Hill Rivers
Stone Young Rich Bell Moon Snow Love Strong Bird Frost Church Marsh Field Lake Gold Little
Sharp Wise Swift Hope Green King Knight Bishop Page Banks Cross Parks Rose Bush Berry Wolfe
Lamb Hunt Booth Steele Nash Dove Day Goodwin Christmas Summers Winter Holiday Armstrong
Sparrow Cotton Silver Noble Blackwell Grant Mann Hardy Early Friend Gentry
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera
Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Ramos Vargas Castillo Jiménez Medina Aguilar
Soto Delgado Mendoza Figueroa Santiago Colón Vázquez Rosario Del_Valle de_la_Cruz Peña
Espinoza Guzmán Garcia Rodriguez Hernandez Lopez Gonzalez Perez
O'Brien O'Connor McCarthy Sullivan Fitzgerald MacDonald Doherty Kavanagh Flaherty McGonagle
Russo Romano Esposito Ricci Marino Greco Bruno Gallo Conti De_Luca Caruso D'Angelo Lombardi
Moretti Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Almeida Carvalho Gomes Tavares
Fontes Barros Lopes Monteiro Andrade Pina Semedo Jean-Baptiste Pierre Joseph Louis Charles
Desir Saint-Fleur Toussaint Exantus Dorvil Metellus Jean-Louis Okafor Adeyemi Mensah Boateng
Asante Okonkwo Nwosu Eze Owusu Adebayo Diallo Traoré Kamara Mwangi Otieno Abebe Tesfaye Haile
Osei Balogun Abdi Ahmed Hassan Mohamed Warsame Farah Jama Osman Yusuf Omar Ali Hussein Aden
Al-Masri Haddad Khoury Nasser Saleh Mansour El-Amin Hamdan Aziz Rahman Karimi Sabbagh Patel
Shah Sharma Singh Gupta Reddy Iyer Nair Kapoor Mehta Chowdhury Banerjee Desai Joshi Khan
Siddiqui Qureshi Malik Rao Bhattacharya Kaur Gill Sandhu Chen Wang Li Zhang Liu Huang Zhao
Lin Wu Xu Kim Lee Park Choi Jung Kang Cho Yoon Tanaka Sato Suzuki Takahashi Yamamoto Nakamura
Watanabe Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Nguyễn Trần Phạm Sok
Chea Keo Meas Chhim Prak Heng Reyes Dela_Cruz Bautista Villanueva Ocampo Aquino Magbanua
Kowalski Nowak Wiśniewski Kowalczyk Ivanov Petrov Smirnov Volkov Kuznetsov Popescu Horvat
Novak Kovač Shevchenko Bondarenko Melnyk Hrabovsky Jankowski Cohen Levy Goldberg Rosenberg
Friedman Katz Schwartz Weiss Feldman Shapiro Abramowitz Papadopoulos Georgiou Konstantinidis
Demetriou Alexiou Müller Schmidt Fischer Weber Wagner Becker Hoffmann Van_der_Berg Janssen
De_Vries Johansson Larsen Nilsson Lindqvist Yazzie Begay Tsosie Two_Bulls Whitehorse
""".split()

ADULT_F = """
Jennifer Michelle Amanda Nicole Melissa Heather Tiffany Crystal Stephanie Danielle Jessica Ashley
Brittany Kimberly Tanisha LaToya Erica Monique Maria Rosa Ana Carmen Yolanda Nadia Amina Hawa
Khadija Deepa Lakshmi Thuy Lan Sopheap Vanna Oksana Irina Colleen Bridget Kerry Maureen Gina
Denise Rebecca Rachel Sarah Lauren Megan Kristen Jacqueline Dawn Faith Hope Joy Summer Robin
Grace April Penny Amber Fatima Zainab Ngozi Adaeze Ama Abena Efua Hodan Faduma Hamdi Priya
Anjali Simran Mei Huong Linh Maricel Rowena Widline Fabiola Nadège Marisol Esperanza Yesenia
Luz Shira Rivka Siobhan Aoife Ifeoma Folake Tigist Selam Meron Hiwot Yasmin Mariam Rania Noor
Aiko Yuki Sakura Olena Zofia Katarzyna Giulia Francesca Inês Beatriz Keisha Ebony Shanice
Imani Nia Jada Destiny Precious Brandy Misty Sunshine Charity Blessing Mercy
""".split()
ADULT_M = """
Kevin Jason Christopher Brian Marcus Derek Shawn Travis Jose Luis Ramon Mohamed Ahmed Sunil Raj
Hung Duc Sovann Sergei Patrick Sean Tony Frank Aaron Daniel Ryan Matt Joe Chris Jay Will Mark
Rich Art Kwame Kofi Yaw Chidi Tunde Emeka Obinna Kelechi Babajide Abdi Liban Yonas Dawit Omar
Yusuf Khalid Hassan Karim Ibrahim Samir Arjun Rahul Nikhil Imran Farhan Wei Hao Jun Kenji Minh
Tuan Khoa Bao Dara Vannak Jomar Jericho Dmitri Nikolai Bogdan Wojciech Luka Milan Giuseppe
Matteo Lorenzo João Tiago Nikos Mackenson Stanley Evens Kervens Edmilson Adilson Moshe Avi
Eitan Chaim Jamal Darnell DeShawn Tyrese Malik Demetrius Carlos Miguel Juan Diego Héctor
Francisco Josué Pádraig Ciarán Hunter Chase Mason King Major Rusty Buck Deacon
""".split()
GIVEN_F = [g for g in GIVEN if g in set(ADULT_F) or g in """Olivia Emma Charlotte Amelia Sophia Mia
Isabella Ava Evelyn Luna Harper Ella Scarlett Nora Aurora Violet Penelope Aria Chloe Layla Zoey
Stella Eleanor Madison Brooklyn Caroline Everly Paisley Kinsley Brielle Elizabeth Margaret
Katherine Rose Lily Daisy June Ruby Jade Ivy Olive Pearl Valentina Camila Sofía Ximena Guadalupe
Itzel Fernanda Lucía Daniela Mariana Renata Dulce Milagros Aaliyah Laniyah Nevaeh Chiamaka
Adwoa Temitope Sagal Ifrah Amira Lina Ananya Saanvi Diya Aditi Kavya Sanjana Meera Seo-yeon
Haeun Hina Ngoc Vy Sokha Sophea Chenda Bopha Jasmine Angelica Anastasia Ivana Tatiana Niamh
Eleni Athena Ludnie Nilda Yael Noa Tova Aiyana Winona Kiona Tallulah Cheyenne Astrid Ingrid""".split()]
GIVEN_M = [g for g in GIVEN if g in set(ADULT_M) or g in """Liam Noah Oliver James Elijah William
Henry Lucas Benjamin Theodore Jack Owen Wyatt Caleb Nolan Hudson Grayson Ethan Logan Jackson
Carter Connor Declan Finn Brody Colton Tucker Bentley Maverick Ryder Kayden Jaxon Easton Alexander
Jonathan Santiago Mateo Sebastián Alejandro Ángel Emiliano Joaquín Thiago Jaylen Kamari Tariq
Jamari Da'Quan Oluwaseun Abdirahman Ayaan Ishaan Vihaan Aarav Rohan Min-jun Ji-ho Haruto Ren
Thanh Sasha Björn Søren Zhen Takoda Gunner Ace Messiah""".split()]
ELDER_F = """
Linda Barbara Patricia Carol Donna Maureen Dolores Bernadette Eunice Rosa Guadalupe Esperanza
Consuelo Florence Mildred Irene Agnes Gladys Norma Thelma Lorraine Ruth Vivian Shirley Lucille
Beatrice Hattie Mae Ola Ernestine Thi Hoa Bich Chantha Yetunde Olufunke Fatuma Halima Miriam
Sadie Ines Rosario Teodora Dalia Wanda Pearl Opal June Rose Grace Faith
""".split()
ELDER_M = """
Gerald Ronald Walter Harold Eugene Clarence Earl Kwabena Shlomo Fernando Anselmo Sok Joseph
Vincent Manuel Raymond Bernard Francis Abdullahi Antonio Domingos Moise Ezekiel Otis Leroy Wendell
Chester Stanislaw Giuseppe Hiroshi Dinh Ramón Augustin Cornelius Woodrow
""".split()

NICK = {
    "Alexander": "Xander", "Elizabeth": "Lizzie", "Margaret": "Maggie", "Benjamin": "Benji",
    "Jonathan": "Jonny", "Theodore": "Teddy", "Isabella": "Izzy", "Katherine": "Kit",
    "Santiago": "Santi", "Guadalupe": "Lupita", "Francisco": "Paco", "Oluwaseun": "Seun",
    "Dmitri": "Dima", "Giuseppe": "Beppe", "Mohammed": "Mo", "Abdullah": "Abdi",
    "Alejandro": "Alex", "Sebastián": "Seba", "Valentina": "Vale", "Anastasia": "Stasia",
    "Nikolai": "Kolya", "William": "Liam", "James": "Jamie", "Penelope": "Nell",
    "Eleanor": "Ellie", "Charlotte": "Lottie", "Temitope": "Temi", "Babajide": "Jide",
    "Chiamaka": "Ama", "Abdirahman": "Abdi", "Jean-Baptiste": "JB", "Mackenson": "Mack",
    "Emiliano": "Emi", "Joaquín": "Quino", "Fernanda": "Fer", "Daniela": "Dani",
    "Katarzyna": "Kasia", "Wojciech": "Wojtek", "Francesca": "Frankie", "Lorenzo": "Enzo",
    "Gonçalo": "Gonça", "Ishaan": "Ishu", "Harpreet": "Happy", "Min-jun": "MJ", "Jericho": "Echo",
    "Demetrius": "Meech", "Da'Quan": "Quan", "Jamari": "Mari", "Messiah": "Siah",
}
GENERIC_NICK = ["Bug", "Peanut", "JJ", "Junior", "Boo", "Bubba", "Sissy", "Tink", "Nugget",
                "Bean", "Pumpkin", "Lil Man", "Tre", "Chunk", "Gigi", "Bebe", "Nene", "Coco"]

# --------------------------------------------------------------------------
# places, organisations, vendors, misc pools
# --------------------------------------------------------------------------
TOWNS = [("Lowell", "MA", ["01850", "01851", "01852", "01854"]), ("Dracut", "MA", ["01826"]),
         ("Chelmsford", "MA", ["01824", "01863"]), ("Tewksbury", "MA", ["01876"]),
         ("Billerica", "MA", ["01821", "01862"]), ("Methuen", "MA", ["01844"]),
         ("Lawrence", "MA", ["01841", "01843"]), ("Haverhill", "MA", ["01830", "01832", "01835"]),
         ("Andover", "MA", ["01810"]), ("North Andover", "MA", ["01845"]),
         ("Amesbury", "MA", ["01913"]), ("Newburyport", "MA", ["01950"]),
         ("Westford", "MA", ["01886"]), ("Tyngsborough", "MA", ["01879"]),
         ("Dunstable", "MA", ["01827"]), ("Groveland", "MA", ["01834"]),
         ("Georgetown", "MA", ["01833"]), ("Wilmington", "MA", ["01887"]),
         ("Lynn", "MA", ["01902", "01904", "01905"]), ("Peabody", "MA", ["01960"]),
         ("Salem", "NH", ["03079"]), ("Pelham", "NH", ["03076"]),
         ("Nashua", "NH", ["03060", "03062", "03064"]), ("Hudson", "NH", ["03051"]),
         ("Windham", "NH", ["03087"]), ("Plaistow", "NH", ["03865"]),
         ("Fitchburg", "MA", ["01420"]), ("Leominster", "MA", ["01453"]),
         ("Everett", "MA", ["02149"]), ("Chelsea", "MA", ["02150"]), ("Revere", "MA", ["02151"]),
         ("Malden", "MA", ["02148"]), ("Medford", "MA", ["02155"]), ("Woburn", "MA", ["01801"]),
         ("Tyngsboro", "MA", ["01879"]), ("Pepperell", "MA", ["01463"]),
         ("Lowell (Centralville)", "MA", ["01850"]), ("Haverhill (Bradford)", "MA", ["01835"])]
STREETS = ["Birch Hollow", "Tarbox", "Varnum", "Mammoth", "Bridge", "Lakeview", "Chestnut",
           "Pleasant", "Prospect", "Summer", "Winter", "School", "Church", "Highland", "Oak",
           "Pine", "Maple", "Elm", "Aiken", "Westford", "Middlesex", "Gorham", "Stevens",
           "Pawtucket", "Boston", "Broadway", "Lawrence", "Hildreth", "Beacon", "Riverside",
           "Old Ferry", "Wheeler", "Baldwin", "Jackson", "Cabot", "Myrtle", "Hovey", "Sladen",
           "Cross Point", "Brookside", "Whipple", "Osgood", "Parker", "Burnham", "Lilley",
           "Coburn", "Nesmith", "Wentworth", "Sunset", "Cedar", "Walnut", "Cottage"]
STSFX = ["St", "Street", "Ave", "Rd", "Road", "Ln", "Dr", "Ct", "Way", "Cir", "Terrace", "Pl",
         "Blvd", "Hwy"]

SITES = ["Lowell", "Andover", "Methuen", "Pawtucket Blvd", "Dundee Park", "Pleasant Valley",
         "Lowell main", "Andover satellite"]
FACADDR = ["1250 Pawtucket Blvd, Suite 210, Lowell, MA 01854",
           "18 Dundee Park Dr, Suite 120, Andover MA 01810",
           "60 Pleasant Valley St, Methuen, MA 01844",
           "1400 Merrimack St, 3rd floor, Lowell MA 01852",
           "295 Varnum Ave, Lowell, MA 01854 (Riverside Children's outpatient)"]
FACZIP = ["01854", "01810", "01844", "01852"]
SCHOOLS = ["Lincoln Elementary", "Bartlett Community Partnership School", "McAvinnue School",
           "Greenhalge School", "Daley Middle", "Lowell High", "Andover High", "Pike School",
           "Tenney Grammar", "St. Michael School", "Methuen High", "Dracut Middle",
           "Sacred Heart", "Shawsheen Elementary", "Timony Grammar", "Moody Elementary",
           "Butler Middle", "Greater Lowell Tech", "Innovation Academy", "Harrington School",
           "Little Sprouts daycare", "KinderCare on Chelmsford St", "Head Start (Lowell)"]
VENDORS = ["Henry Schein", "McKesson", "Merck", "Sanofi", "GSK", "Pfizer", "athenahealth",
           "Epic", "Phreesia", "Weave", "Spruce", "Stericycle", "Cintas", "Welch Allyn",
           "Dexcom", "Medline", "Staples", "Iron Mountain", "RingCentral", "Ciox", "Doximity",
           "Availity", "Waystar", "Quest", "Labcorp", "TempArmour", "Seca", "Shred-it",
           "Hillrom", "Moderna", "Abbott", "Tandem", "Insulet", "Cochlear", "Phonak", "Apria",
           "Coram", "Language Line", "Propio", "Zocdoc", "Okta", "CDW", "Cardinal Health"]
PAYERS = ["MassHealth", "BCBS MA", "Tufts", "Harvard Pilgrim", "Aetna", "UnitedHealthcare",
          "Cigna", "Tricare", "WellSense", "Fallon", "NH Healthy Families", "AmeriHealth Caritas",
          "Mass General Brigham Health Plan", "Point32Health", "Anthem NH", "BMC HealthNet"]
ORGS = ["Riverside Children's", "Lowell General", "Lawrence General", "Holy Family",
        "Tufts Children's", "DCF Lowell office", "Ciox", "the Law Office of Brennan & Shah",
        "Greater Lowell Family Health", "Children's Dental Group", "Merrimack Valley Early Intervention",
        "Thom Child & Family Services", "the adoption agency", "Lahey", "Shriners"]
RESTAURANTS = ["Chipotle", "Panera", "Pho Saigon", "Cobblestones", "Blue Taleh",
               "Simply Khmer", "Cafe Paradiso", "Jimmy's pizza", "Moe's", "Sweetgreen"]
LOT_PFX = ["U7", "Y0", "W2", "X4", "H8", "FK", "EN", "3C", "7B", "AC"]
ACK = ["ok 👍", "on it", "ty!!", "thx", "kk", "yep", "done ✅", "👍", "will do", "np", "got it",
       "lol ok", "🙏", "sounds good", "omw"]
EMOJI = ["🙏", "😩", "👍", "🙃", "‼️", "🥲", "🤦‍♀️", "😬", "🙄", "💛", "😅", "🫠", "✅", "👀"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
AREA = ["617", "781", "508", "774", "978", "351", "413", "603", "401", "857", "339"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com",
             "comcast.net", "aol.com", "verizon.net", "msn.com", "protonmail.com", "live.com"]
VEND_DOM = ["henryschein.com", "merck.com", "mckesson.com", "dexcom.com", "stericycle.com",
            "phreesia.com", "ringcentral.com", "sanofi.com", "gsk.com", "pfizer.com",
            "mass.gov", "medline.com", "cintas.com"]
SCHOOL_DOM = ["lowell.k12.ma.us", "andoverma.us", "methuen.k12.ma.us", "dracutps.org",
              "chelmsford.k12.ma.us", "tewksbury.k12.ma.us"]

PHI_ROLES = {"kid", "sib", "par", "opar", "mom", "dad", "gp", "gma", "gpa", "emp", "pers"}
ENT_RE = re.compile(r"^(kid|sib|par|opar|mom|dad|gp|gma|gpa|emp|pers|staff|doc|rn|ma|fd|mgr|exec|rep|it|bill|nurse|cw)(\d*)(?:\.(f|l|inv|nick|mi|fi))?$")
SLOT_RE = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*(?:\.[a-z]+)?)\}")


def uname(s):
    return s.replace("_", " ")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def user_tok(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def ordinal(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(rng, y, m, d, full=True):
    if full:
        st = rng.choice(["m/d/Y", "mm/dd/Y", "m/d/y", "Y-mm-dd", "Month d, Y", "Mon d Y",
                         "d-Mon-Y", "mmddY", "m.d.y", "d Month Y", "Mon. d, Y", "mm/dd/Y",
                         "m/d/Y", "mm-dd-Y"])
    else:
        st = rng.choice(["m/d", "mm/dd", "Mon d", "Month d", "Mon dth", "m/d", "Month dth",
                         "m-d", "m/d"])
    yy = "%02d" % (y % 100)
    return {
        "m/d/Y": "%d/%d/%d" % (m, d, y), "mm/dd/Y": "%02d/%02d/%d" % (m, d, y),
        "m/d/y": "%d/%d/%s" % (m, d, yy), "Y-mm-dd": "%d-%02d-%02d" % (y, m, d),
        "Month d, Y": "%s %d, %d" % (MONTHS[m - 1], d, y), "Mon d Y": "%s %d %d" % (MON3[m - 1], d, y),
        "d-Mon-Y": "%02d-%s-%d" % (d, MON3[m - 1], y), "mmddY": "%02d%02d%d" % (m, d, y),
        "m.d.y": "%d.%d.%s" % (m, d, yy), "d Month Y": "%d %s %d" % (d, MONTHS[m - 1], y),
        "Mon. d, Y": "%s. %d, %d" % (MON3[m - 1], d, y), "mm-dd-Y": "%02d-%02d-%d" % (m, d, y),
        "m/d": "%d/%d" % (m, d), "mm/dd": "%02d/%02d" % (m, d), "Mon d": "%s %d" % (MON3[m - 1], d),
        "Month d": "%s %d" % (MONTHS[m - 1], d), "Mon dth": "%s %s" % (MON3[m - 1], ordinal(d)),
        "Month dth": "%s %s" % (MONTHS[m - 1], ordinal(d)), "m-d": "%d-%d" % (m, d),
    }[st]


def rand_ymd(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, MDAYS[m - 1])


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else ("\uFF0D" if c == "-" else c) for c in s)


def luhn(rng, prefix, length):
    body = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    s = 0
    for i, d in enumerate(reversed(body)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return "".join(map(str, body)) + str((10 - s % 10) % 10)


# --------------------------------------------------------------------------
# per-message context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.ents = {}
        self.tags = []
        self.used_first = set()
        self.used_last = set()
        self.used_town = set()
        self.t = rng.randint(7 * 60 + 20, 16 * 60)
        self.cache = {}
        self.biz = []   # per span: True if it is a business contact value
        self.kid_pool = None

    def tag(self, t):
        if t not in self.tags:
            self.tags.append(t)

    # ---- people -----------------------------------------------------------
    def _first(self, pool):
        while True:
            f = uname(self.rng.choice(pool))
            if f not in self.used_first:
                self.used_first.add(f)
                return f

    def _last(self):
        while True:
            if self.rng.random() < 0.05:
                a, b = uname(self.rng.choice(SURNAME)), uname(self.rng.choice(SURNAME))
                if a == b or " " in a or " " in b:
                    continue
                l = a + "-" + b
            else:
                l = uname(self.rng.choice(SURNAME))
            if l not in self.used_last:
                self.used_last.add(l)
                return l

    def person(self, role, idx):
        key = role + idx
        if key in self.ents:
            return self.ents[key]
        rng = self.rng
        if role == "kid" and idx == "" and self.kid_pool:
            first = self._first(self.kid_pool)
        elif role in ("kid", "sib", "pers"):
            first = self._first(GIVEN)
        elif role == "gp":
            first = self._first(ELDER if rng.random() < 0.7 else ADULT)
        elif role == "gma":
            first = self._first(ELDER_F if rng.random() < 0.8 else ADULT_F)
        elif role == "gpa":
            first = self._first(ELDER_M if rng.random() < 0.8 else ADULT_M)
        elif role == "mom":
            first = self._first(ADULT_F + ADULT_F + GIVEN_F)
        elif role == "dad":
            first = self._first(ADULT_M + ADULT_M + GIVEN_M)
        else:
            first = self._first(GIVEN + ADULT + ADULT)
        if role == "sib":
            last = self.person("kid", idx)["last"] if rng.random() < 0.85 else self._last()
        elif role in ("par", "opar", "mom", "dad"):
            last = self.person("kid", idx)["last"] if rng.random() < 0.55 else self._last()
        elif role in ("gp", "gma", "gpa"):
            last = self.person("kid", idx)["last"] if rng.random() < 0.4 else self._last()
        else:
            last = self._last()
        p = {"first": first, "last": last, "mi": rng.choice("ABCDEFGHJKLMNPRSTVW"),
             "phi": role in PHI_ROLES, "lower": False}
        if p["phi"]:
            r = rng.random()
            if r < 0.05:
                p["lower"] = True
            elif r < 0.08 and len(p["last"]) > 4 and p["last"].isalpha():
                l = p["last"]
                i = rng.randint(1, len(l) - 3)
                p["last"] = l[:i] + l[i + 1] + l[i] + l[i + 2:]   # misspelt surname
                p["typo"] = True
        if first in NICK and rng.random() < 0.8:
            p["nick"] = NICK[first]
        else:
            p["nick"] = rng.choice(GENERIC_NICK)
        self.ents[key] = p
        return p

    def name_attr(self, role, idx, attr):
        p = self.person(role, idx)
        f, l, mi = p["first"], p["last"], p["mi"]
        rng = self.rng
        if attr is None:
            v = f + " " + l
        elif attr == "f":
            v = f
        elif attr == "l":
            v = l
        elif attr == "nick":
            v = p["nick"]
        elif attr == "mi":
            v = "%s %s. %s" % (f, mi, l)
        elif attr == "fi":
            v = "%s. %s" % (f[0], l)
        elif attr == "inv":
            c = rng.random()
            if c < 0.45:
                v = ("%s, %s %s" % (l, f, mi)).upper()
            elif c < 0.75:
                v = "%s, %s" % (l, f)
            else:
                v = "%s, %s %s." % (l, f, mi)
        if p["lower"]:
            v = v.lower()
            self.tag("lowercase")
        if p.get("typo"):
            self.tag("typo")
        return v

    # ---- small helpers ----------------------------------------------------
    def ch(self, seq):
        return self.rng.choice(seq)

    def town(self):
        while True:
            t = self.rng.choice(TOWNS)
            if t[0] not in self.used_town:
                self.used_town.add(t[0])
                return t

    def tm(self):
        self.t += self.rng.randint(1, 11)
        h, m = divmod(self.t, 60)
        h12 = h if h <= 12 else h - 12
        return "%d:%02d" % (h12, m)

    # ---- obfuscation of numeric identifiers --------------------------------
    def obf(self, s, force=False, p=0.1, allow=("fw", "zw", "nbsp", "spaced", "spelled", "mixed")):
        rng = self.rng
        if not force and rng.random() >= p:
            return s
        k = rng.choice(allow)
        if k == "fw":
            self.tag("fullwidth")
            return fullwidth(s)
        groups = re.findall(r"\d+", s)
        if k == "zw" and len(groups) > 1:
            self.tag("zero-width")
            return "\u200b".join(groups)
        if k == "nbsp" and len(groups) > 1:
            self.tag("evasion")
            return "\u00a0".join(groups)
        if k == "mixed" and len(groups) == 3:
            self.tag("evasion")
            return groups[0] + "." + groups[1] + "-" + groups[2]
        if k == "spelled":
            self.tag("evasion")
            return ", ".join(" ".join(DIGW[int(c)] for c in g) for g in groups)
        self.tag("evasion")
        return " ".join("".join(groups))


# --------------------------------------------------------------------------
# value generators (return raw strings)
# --------------------------------------------------------------------------
def g_phone(c, biz=False, obf=False):
    rng = c.rng
    a = rng.choice(AREA)
    if rng.random() < 0.1:
        ex, ln = "555", "01%02d" % rng.randint(0, 99)
    else:
        ex = str(rng.randint(201, 989))
        if ex == "555":
            ex = "556"
        ln = digits(rng, 4)
    st = rng.random()
    if st < 0.3:
        v = "(%s) %s-%s" % (a, ex, ln)
    elif st < 0.55:
        v = "%s-%s-%s" % (a, ex, ln)
    elif st < 0.65:
        v = "%s.%s.%s" % (a, ex, ln)
    elif st < 0.75:
        v = "+1 %s %s %s" % (a, ex, ln)
    elif st < 0.83:
        v = a + ex + ln
    elif st < 0.9:
        v = "%s %s %s" % (a, ex, ln)
    else:
        v = "1-%s-%s-%s" % (a, ex, ln)
    if obf:
        v = c.obf("%s-%s-%s" % (a, ex, ln), force=True)
    elif not biz:
        v = c.obf(v, p=0.07, allow=("fw", "zw", "nbsp", "spaced", "spelled")) if not v.startswith("+") else v
    if biz and rng.random() < 0.35:
        v += rng.choice([" ext. ", " x", " ext ", " x.", ", ext "]) + str(rng.randint(10, 4999))
    return v


def g_email_parent(c, obf=False, allow_obf=True):
    rng = c.rng
    p = next((c.ents[r] for r in ("mom", "dad", "par", "gma", "gpa", "gp") if r in c.ents), None) or c.person("par", "")
    k = c.person("kid", "")
    f, l = user_tok(p["first"]), user_tok(p["last"])
    dom = rng.choice(EMAIL_DOM)
    pat = rng.randint(0, 9)
    user = [f + "." + l, f + l + str(rng.randint(1, 99)), f[0] + l, "mom2" + user_tok(k["first"]),
            l + "family", f + "_" + l, f + str(rng.randint(1975, 2001)), user_tok(k["first"]) + "smom",
            f + "." + l + str(rng.randint(1, 9)), "the" + l + "s"][pat]
    if obf or (allow_obf and rng.random() < 0.07):
        c.tag("evasion")
        base, tld = dom.rsplit(".", 1)
        return rng.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s.%s",
                           "%s @ %s . %s", "%s AT %s DOT %s"]) % (user, base, tld)
    return user + "@" + dom


def g_dev(c):
    rng = c.rng
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    k = rng.randint(0, 6)
    if k == 0:
        return "".join(rng.choice(al) for _ in range(10))
    if k == 1:
        return "NG" + digits(rng, 7) + rng.choice("HKLM")
    if k == 2:
        return digits(rng, 8)
    if k == 3:
        return digits(rng, 4) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(rng, 3)
    if k == 4:
        return "JY" + digits(rng, 7)
    if k == 5:
        return "%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2))
    return rng.choice(["8G", "4K", "3M", "9R"]) + "".join(rng.choice(al) for _ in range(4))


def g_mrn(c):
    rng = c.rng
    k = rng.randint(0, 5)
    return ["MG" + digits(rng, 7), "00" + digits(rng, 6), digits(rng, 8),
            "%s-%s" % (digits(rng, 4), digits(rng, 4)), "E" + digits(rng, 7),
            "MGP-" + digits(rng, 7)][k]


def g_hp(c):
    rng = c.rng
    k = rng.randint(0, 6)
    return [rng.choice(["XJH", "ZBM", "MHJ", "XHK", "ZJW"]) + digits(rng, 9),
            "T" + digits(rng, 8), "H" + digits(rng, 9), "W" + digits(rng, 9), digits(rng, 9),
            "U" + digits(rng, 8) + "01", digits(rng, 11)][k]


def g_mcd(c):
    return "100" + digits(c.rng, 9)


def g_acct(c):
    rng = c.rng
    return rng.choice(["G" + digits(rng, 7), "10" + digits(rng, 6), digits(rng, 10),
                       "PA-" + digits(rng, 6), digits(rng, 7)])


def g_ssn(c, obf=False):
    rng = c.rng
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    if obf:
        return c.obf(s, force=True)
    r = rng.random()
    if r < 0.12:
        c.tag("evasion")
        return s.replace("-", "")
    if r < 0.2:
        return s.replace("-", " ")
    return c.obf(s, p=0.1)


def g_ssn_plain(c):
    a = c.rng.randint(1, 665)
    return "%03d-%02d-%04d" % (a, c.rng.randint(1, 99), c.rng.randint(1, 9999))


def spell_id(c, v):
    c.tag("evasion")
    return " ".join(DIGW[int(ch)] if ch.isdigit() else ch for ch in v)


def g_dea(c):
    rng = c.rng
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    l2 = user_tok(c.person("doc", "")["last"])[:1].upper() or "X"
    return rng.choice("ABFGM") + l2 + "".join(map(str, d)) + str(chk)


def g_plic(c):
    rng = c.rng
    return rng.choice([digits(rng, 6), "RN" + digits(rng, 7), "NP" + digits(rng, 6),
                       "MD-" + digits(rng, 6), digits(rng, 5)])


def g_dl(c):
    rng = c.rng
    return rng.choice(["S" + digits(rng, 8), "SA" + digits(rng, 7),
                       digits(rng, 2) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(rng, 5),
                       digits(rng, 7)])


def g_plate(c):
    rng = c.rng
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(["%d%s%s %s" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), digits(rng, 3)),
                       "%d%s%s%s%s" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.choice(L), digits(rng, 2)),
                       "%s %s" % (digits(rng, 3), "".join(rng.choice(L) for _ in range(3))),
                       "%s-%s" % (digits(rng, 3), digits(rng, 4))])


def g_vin(c):
    rng = c.rng
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["1", "2", "3", "4", "5", "J", "K", "W"]) + "".join(rng.choice(al) for _ in range(16))


def g_ip(c):
    rng = c.rng
    k = rng.randint(0, 5)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
    if k == 1:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if k == 2:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    if k == 3:
        return "2601:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0x1000, 0xffff),
                                      rng.randint(0x100, 0xffff), rng.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (rng.choice([73, 24, 98, 68, 174, 71, 108]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(2, 254))


def g_cc(c):
    rng = c.rng
    k = rng.randint(0, 2)
    if k == 0:
        n = luhn(rng, "4", 16)
    elif k == 1:
        n = luhn(rng, "5" + str(rng.randint(1, 5)), 16)
    else:
        n = luhn(rng, "37", 15)
        return rng.choice([n, "%s %s %s" % (n[:4], n[4:10], n[10:]), "%s-%s-%s" % (n[:4], n[4:10], n[10:])])
    sep = rng.choice([" ", "-", "", " "])
    v = sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])
    return c.obf(v, p=0.08, allow=("fw", "zw", "nbsp")) if sep else v


def g_addr(c):
    rng = c.rng
    town, st, zips = c.town()
    town = town.split(" (")[0]
    num = str(rng.randint(2, 1899))
    if rng.random() < 0.12:
        num += rng.choice(["A", "B", "-1/2"]) if rng.random() < 0.5 else ""
    street = "%s %s" % (rng.choice(STREETS), rng.choice(STSFX))
    unit = rng.choice(["", "", "", " Apt 3B", " Apt 2", " #4", " Unit 11", ", 2nd fl", " Fl 3"])
    z = rng.choice(zips)
    k = rng.randint(0, 4)
    if k == 0:
        return "%s %s%s, %s, %s %s" % (num, street, unit, town, st, z)
    if k == 1:
        return "%s %s%s, %s %s %s" % (num, street, unit, town, st, z + ("-" + digits(rng, 4) if rng.random() < 0.3 else ""))
    if k == 2:
        return "%s %s%s %s %s" % (num, street.lower(), unit.lower(), town.lower(), z)
    if k == 3:
        return "%s %s%s, %s" % (num, street, unit, town)
    return "%s %s%s\n%s, %s %s" % (num, street, unit, town, st, z)


def g_street(c):
    rng = c.rng
    return "%d %s" % (rng.randint(2, 999), rng.choice(STREETS) + rng.choice(["", " St", " Rd", " Ave"]))


def g_udi(c):
    rng = c.rng
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % ("00" + digits(rng, 12), rng.randint(26, 30),
                                                 rng.randint(1, 12), rng.randint(1, 28),
                                                 rng.choice("ABCDEFGH") + digits(rng, 5), g_dev(c))


def g_purl(c):
    rng = c.rng
    k = c.person("kid", "")
    fn, ln = user_tok(k["first"]), user_tok(k["last"])
    i = rng.randint(0, 5)
    return ["https://portal.maplegrovepeds.org/patient/%s/summary" % g_mrn(c),
            "https://maplegrovepeds.followmyhealth.com/visit?pid=%s" % digits(rng, 8),
            "https://mychart.riversidechildrens.org/MyChart/app/visit/%s?pt=%s" % (digits(rng, 6), digits(rng, 9)),
            "https://telehealth.maplegrovepeds.org/join/%s-%s-%s" % (fn, ln, digits(rng, 4)),
            "portal.maplegrovepeds.org/chart/%s/imm-record.pdf" % g_mrn(c),
            "https://maplegrovepeds.doxy.me/visit/%s%s%s" % (fn, ln[:1], digits(rng, 3))][i]


def g_cburl(c):
    k = c.person("kid", "")
    fn, ln = user_tok(k["first"]), user_tok(k["last"])
    return c.rng.choice(["https://www.caringbridge.org/visit/%s%s" % (fn, ln),
                         "https://www.caringbridge.org/site/%s-%s" % (fn, ln),
                         "https://gofund.me/help-baby-%s-%s" % (fn, ln),
                         "https://www.gofundme.com/f/%s-%s-nicu-fund" % (fn, ln)])


def g_date(c, y0, y1, full):
    y, m, d = rand_ymd(c.rng, y0, y1)
    return fmt_date(c.rng, y, m, d, full)


def g_nbdob(c):
    rng = c.rng
    if rng.random() < 0.7:
        y, m = 2025, rng.randint(1, 12)
    else:
        y, m = 2026, rng.randint(1, 3)
    return fmt_date(rng, y, m, rng.randint(1, MDAYS[m - 1]), rng.random() < 0.6)


def g_age(c):
    n = c.rng.randint(90, 101)
    return str(n)


def g_age_sp(c):
    n = c.rng.randint(90, 99)
    tens = "ninety"
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][n - 90]
    c.tag("evasion")
    return tens + ("-" + ones if ones else "")


def g_npi(c):
    return c.rng.choice(["1", "1", "1"]) + digits(c.rng, 9)


def g_emstaff(c):
    rng = c.rng
    f, l = user_tok(c._first(GIVEN + ADULT)), user_tok(c._last())
    return rng.choice([f[0] + l, f + "." + l, f + l[0], f]) + "@maplegrovepeds.org"


def g_emvend(c):
    rng = c.rng
    p = c.person("rep", "")
    f, l = user_tok(p["first"]), user_tok(p["last"])
    return rng.choice([f + "." + l, f[0] + l, f + "_" + l]) + "@" + rng.choice(VEND_DOM)


def g_emschool(c):
    rng = c.rng
    p = c.person("nurse", "")
    f, l = user_tok(p["first"]), user_tok(p["last"])
    return rng.choice([f[0] + l, f + "." + l, l + f[0]]) + "@" + rng.choice(SCHOOL_DOM)


def short_or_full(c, y0, y1, pfull):
    return g_date(c, y0, y1, c.rng.random() < pfull)


# slot -> (generator, type or None, business flag)
LAB = {
    "dob": (lambda c: g_date(c, 2006, 2024, True), "DATE"),
    "nbdob": (lambda c: g_nbdob(c), "DATE"),
    "vd": (lambda c: short_or_full(c, 2025, 2026, 0.35), "DATE"),
    "vdl": (lambda c: g_date(c, 2025, 2026, True), "DATE"),
    "dcd": (lambda c: short_or_full(c, 2025, 2026, 0.3), "DATE"),
    "ph": (lambda c: g_phone(c), "PHONE"),
    "ph_obf": (lambda c: g_phone(c, obf=True), "PHONE"),
    "bph": (lambda c: g_phone(c, biz=True), "PHONE"),
    "em": (lambda c: g_email_parent(c), "EMAIL"),
    "em_obf": (lambda c: g_email_parent(c, obf=True), "EMAIL"),
    "sem": (g_emstaff, "EMAIL"),
    "fdem": (lambda c: c.ch(["frontdesk", "records", "billing", "schoolforms", "referrals", "nurseline"]) + "@maplegrovepeds.org", "EMAIL"),
    "vem": (g_emvend, "EMAIL"),
    "schem": (g_emschool, "EMAIL"),
    "ssn": (lambda c: g_ssn(c), "SSN"),
    "ssn_obf": (lambda c: g_ssn(c, obf=True), "SSN"),
    "mrn": (lambda c: c.obf(g_mrn(c), p=0.05, allow=("fw",)), "MRN"),
    "mrn_fw": (lambda c: c.obf(g_mrn(c), force=True, allow=("fw",)), "MRN"),
    "hp": (g_hp, "HEALTH_PLAN_ID"),
    "mcd": (lambda c: c.obf(g_mcd(c), p=0.05, allow=("fw", "spaced")), "HEALTH_PLAN_ID"),
    "acct": (g_acct, "ACCOUNT_NUMBER"),
    "bank": (lambda c: digits(c.rng, c.rng.randint(8, 12)), "ACCOUNT_NUMBER"),
    "dlic": (g_dl, "LICENSE_NUMBER"),
    "dea": (g_dea, "LICENSE_NUMBER"),
    "plic": (g_plic, "LICENSE_NUMBER"),
    "plate": (g_plate, "VEHICLE_ID"),
    "vin": (g_vin, "VEHICLE_ID"),
    "dev": (g_dev, "DEVICE_ID"),
    "udi": (g_udi, "DEVICE_ID"),
    "purl": (g_purl, "URL"),
    "cburl": (g_cburl, "URL"),
    "ip": (g_ip, "IP_ADDRESS"),
    "addr": (g_addr, "ADDRESS"),
    "street": (g_street, "ADDRESS"),
    "town": (lambda c: c.town()[0].split(" (")[0], "ADDRESS"),
    "zip": (lambda c: c.ch(c.town()[2]), "ADDRESS"),
    "pobox": (lambda c: c.ch(["PO Box ", "P.O. Box ", "po box "]) + str(c.rng.randint(2, 2999)), "ADDRESS"),
    "cc": (g_cc, "CREDIT_CARD"),
    "cc_obf": (lambda c: c.obf(luhn(c.rng, "4", 16), force=True, allow=("fw", "zw", "spaced", "nbsp")), "CREDIT_CARD"),
    "ssn_zw": (lambda c: c.obf(g_ssn_plain(c), force=True, allow=("zw",)), "SSN"),
    "ph_zw": (lambda c: c.obf("%s-%s-%s" % (c.ch(AREA), c.rng.randint(201, 989), digits(c.rng, 4)), force=True, allow=("zw",)), "PHONE"),
    "hp_sp": (lambda c: spell_id(c, g_hp(c)), "HEALTH_PLAN_ID"),
    "furl": (lambda c: c.ch(["https://app.campdoc.com/camper/%s/health-forms" % digits(c.rng, 7),
                             "https://schoolhealth.lowell.k12.ma.us/student/%s/forms" % digits(c.rng, 6),
                             "https://www.campminder.com/forms/health?cid=%s" % digits(c.rng, 8)]), "URL"),
    "age": (g_age, "AGE"),
    "age_sp": (g_age_sp, "AGE"),
}
BIZ_SLOTS = {"bph", "sem", "fdem", "vem", "schem"}


def u_lot(c):
    rng = c.rng
    return rng.choice(LOT_PFX) + digits(rng, 3) + rng.choice(["AB", "AA", "BC", "", "X", "CD"])


def u_md(c):
    rng = c.rng
    v = g_date(c, 2025, 2026, rng.random() < 0.2)
    if rng.random() < 0.25:
        v = rng.choice(WEEKDAYS) + " " + v
    return v


def u_at(c):
    rng = c.rng
    h = rng.choice([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5])
    m = rng.choice(["", ":15", ":30", ":45", ":00"])
    return "%d%s%s" % (h, m, rng.choice(["", "am" if h >= 7 and h < 12 else "pm", " PM" if h < 7 or h == 12 else " AM"]))


UNL = {
    "md": u_md,
    "mdd": lambda c: g_date(c, 2025, 2026, False),
    "due": lambda c: c.ch(["Fri ", "", "", "EOD ", ""]) + g_date(c, 2025, 2026, False),
    "eff": lambda c: g_date(c, 2025, 2026, c.rng.random() < 0.5),
    "exp": lambda c: "%02d/%s" % (c.rng.randint(1, 12), c.ch(["26", "27", "28", "2029"])),
    "lapse": lambda c: g_date(c, 2026, 2027, True),
    "tm": lambda c: c.tm(),
    "at": u_at,
    "ver": lambda c: c.ch(["v", "", "version "]) + "%d.%d.%d" % (c.rng.randint(1, 12), c.rng.randint(0, 20), c.rng.randint(0, 30)),
    "tkt": lambda c: c.ch(["INC00", "RITM00", "REQ00"]) + digits(c.rng, 5) if c.rng.random() < 0.7 else "#" + digits(c.rng, 4),
    "jira": lambda c: c.ch(["EHR", "DEL", "IT", "OPS", "PORTAL"]) + "-" + str(c.rng.randint(100, 4999)),
    "case": lambda c: "0" + digits(c.rng, 7),
    "npi": g_npi,
    "po": lambda c: c.ch(["PO ", "PO#", "PO-"]) + "45000" + digits(c.rng, 5),
    "inv": lambda c: c.ch(["INV-", "#", "inv "]) + digits(c.rng, 6),
    "contract": lambda c: "MGP-%d-%03d" % (c.rng.randint(2021, 2025), c.rng.randint(1, 300)),
    "rcpt": lambda c: "R-" + digits(c.rng, 5),
    "grp": lambda c: c.ch(["", "00", "0"]) + digits(c.rng, 6),
    "lot": u_lot,
    "zoom": lambda c: "%s %s %s" % (digits(c.rng, 3), digits(c.rng, 4), digits(c.rng, 4)),
    "asset": lambda c: c.ch(["MGP-IT-", "IT", "BIOMED-", "MG-LT-"]) + digits(c.rng, 4),
    "intra": lambda c: c.ch(["https://intranet.maplegrovepeds.org/policies", "https://mgp.sharepoint.com/sites/training",
                             "intranet/hr/benefits", "https://intranet.maplegrovepeds.org/it/helpdesk",
                             "https://mgp.sharepoint.com/sites/Compliance/SitePages/HIPAA.aspx"]),
    "site": lambda c: c.ch(SITES),
    "vend": lambda c: c.ch(VENDORS),
    "payer": lambda c: c.ch(PAYERS),
    "org": lambda c: c.ch(ORGS),
    "school": lambda c: c.cache.setdefault("school", c.ch(SCHOOLS)),
    "school2": lambda c: c.ch([s for s in SCHOOLS if s != c.cache.get("school")]),
    "faddr": lambda c: c.ch(FACADDR),
    "fzip": lambda c: c.ch(FACZIP),
    "last4": lambda c: digits(c.rng, 4),
    "yo": lambda c: str(c.rng.randint(2, 17)),
    "n": lambda c: str(c.rng.randint(2, 40)),
    "fy": lambda c: c.ch(["2026", "2027", "26", "27"]),
    "rest": lambda c: c.ch(RESTAURANTS),
    "fam": lambda c: uname(c.ch(SURNAME)),
    "ext": lambda c: c.ch(["x", "x", "ext ", "ext. "]) + str(c.rng.randint(4100, 4499)),
    "mention": lambda c: "<@U0" + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + ">",
    "ack": lambda c: c.ch(ACK),
    "emo": lambda c: c.ch(EMOJI),
    "price": lambda c: "$%s.%02d" % ("{:,}".format(c.rng.randint(12, 9800)), c.rng.randint(0, 99)),
    "build": lambda c: "build %d.%d.%d.%d" % (c.rng.randint(2023, 2026), c.rng.randint(1, 12), c.rng.randint(0, 9), c.rng.randint(0, 30)),
}


def slot(c, name):
    """Resolve one slot to a list of (text, type-or-None) segments."""
    m = ENT_RE.match(name)
    if m:
        role, idx, attr = m.group(1), m.group(2), m.group(3)
        v = c.name_attr(role, idx, attr)
        return [(v, "NAME" if role in PHI_ROLES else None)]
    if name in LAB:
        fn, typ = LAB[name]
        return [(fn(c), typ, name in BIZ_SLOTS)]
    if name == "emsl":          # Slack mailto link: link and label are two spans
        e = g_email_parent(c, allow_obf=False)
        c.tag("slack-markup")
        return [("<mailto:", None), (e, "EMAIL"), ("|", None), (e, "EMAIL"), (">", None)]
    if name == "semsl":
        e = g_emstaff(c)
        c.tag("slack-markup")
        return [("<mailto:", None), (e, "EMAIL", True), ("|", None), (e, "EMAIL", True), (">", None)]
    if name == "telsl":
        rng = c.rng
        a, ex, ln = rng.choice(AREA), str(rng.randint(201, 989)), digits(rng, 4)
        c.tag("slack-markup")
        return [("<tel:", None), ("+1" + a + ex + ln, "PHONE"), ("|", None),
                ("(%s) %s-%s" % (a, ex, ln), "PHONE"), (">", None)]
    if name == "purlsl":
        c.tag("slack-markup")
        u = g_purl(c)
        if not u.startswith("http"):
            u = "https://" + u
        return [("<", None), (u, "URL"), ("|" + c.ch(["visit summary", "portal link", "link", "imm record"]) + ">", None)]
    if name in UNL:
        return [(UNL[name](c), None)]
    raise KeyError(name)


def render(c, tpl):
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        segs.append((tpl[pos:m.start()], None))
        g = m.group(0)
        if g == "{{":
            segs.append(("{", None))
        elif g == "}}":
            segs.append(("}", None))
        else:
            segs.extend(slot(c, m.group(1)))
        pos = m.end()
    segs.append((tpl[pos:], None))
    segs = [s for s in segs if s[0]]
    # a given name and a surname written side by side ("Kofi Mensah") are one NAME span
    out = []
    for s in segs:
        if (len(out) >= 2 and s[1] == "NAME" and out[-1] == (" ", None) and out[-2][1] == "NAME"):
            out.pop()
            prev = out.pop()
            s = (prev[0] + " " + s[0], "NAME")
        out.append(s)
    return out


# --------------------------------------------------------------------------
# frames: PHI templates  (tags, template)
# --------------------------------------------------------------------------
PHI_T = [
    # scheduling / well-child
    ("scheduling", "can we squeeze {kid} in for a 15mo wcc {vd}? mom {mom.f} says she can only do mornings"),
    ("scheduling,short", "{kid} 2:40 add-on ok?"),
    ("scheduling", "{par} called to move {kid.f} and {sib.f}'s physicals from {vd} to the week after, no preference on provider"),
    ("scheduling", "pls reschedule {kid.inv} DOB {dob} - Dr {doc.l} is out that day. mom's cell {ph}"),
    ("scheduling", "Twins {kid.f} & {sib.f} {kid.l} are both due for 4yr shots. Can we book back to back w/ {staff.f}? mom {mom.f} {ph}"),
    ("scheduling,no-show", "3rd no-show for {kid} ({dob}) - {vd}, {vd}, and today. per policy send the dismissal warning letter? cc {mgr.f}"),
    ("scheduling,bot", "@schedbot find next open 30-min slot w/ Dr. {doc.l} for {kid}, DOB {dob}, sick visit, family prefers {site}"),
    ("scheduling,bot", "/ask write a reminder text to {par.f} that {kid.f}'s 2 yr checkup is {vd} at 9:40, reply C to confirm"),
    # vaccines / VFC / MIIS
    ("vaccine,records", "VFC q: {kid} got Vaxelis {lot} on {vd}, mom says it never showed in MIIS. MRN {mrn}"),
    ("vaccine,records", "need the imm record for {kid.f} {kid.l} printed for {school}, dad ({dad.f}) is picking up at 4"),
    ("vaccine,exemption", "religious exemption letter came in for {kid} from {par}. {mgr.f} do we keep it in the chart or just scan to media?"),
    ("vaccine,escalation", "{!girl}uh oh. {kid} ({dob}) got MMR on {vd} but it looks like she got it at 11mo too?? can someone pull MIIS before we call the family"),
    ("vaccine,newborn", "Beyfortus list: {kid} DOB {nbdob}, {kid2} DOB {nbdob}, {kid3} DOB {nbdob}. all {payer}, all need it at the 2wk"),
    ("vaccine", "catch-up plan for {kid.f} (new pt from Guatemala, DOB {dob}) - no records, titers drawn {vd}. Spanish interpreter pls"),
    ("vaccine", "mom {mom.f} {mom.l} declined flu vax for {kid.f} again, signed refusal form, scanned. MRN {mrn}"),
    ("vaccine", "{kid}'s hep B #2 was given at Riverside on {vd} per the discharge paperwork, can someone enter it as historical"),
    ("vaccine,lowercase", "do we have {kid.f} {kid.l}'s 18mo shots in miis?? school is asking and mom swears they were done {vd}"),
    # school / camp / sports / daycare forms
    ("camp", "can someone call {mom.f} {kid.l} back re {kid.f}'s camp form? she's at {ph}, camp needs it by {due}"),
    ("school,school-nurse", "school nurse at {school} ({nurse}) faxed a med admin form for {kid} DOB {dob}, needs Dr. {doc.l} sig for albuterol at school"),
    ("sports", "{!boy}{kid} needs the hockey tryout form signed by {due}, last PE {vd}. can we just sign the form or does he need a visit"),
    ("school,device", "504 meeting for {kid.f} {kid.l} at {school} next week, mom wants the diabetes care plan updated. pump serial for the form: {dev}"),
    ("school", "{kid.f}'s teacher keeps emailing us directly 🙄 we can't send anything to the school until mom ({mom}) signs a release"),
    ("school,records", "Kindergarten form for {kid} (DOB {dob}) - lead + hgb done {vd}, vision/hearing passed. ready for sig, in Dr. {doc.l}'s box"),
    ("camp", "camp forms pile update: {kid} done, {kid2} waiting on TB question, {kid3} needs allergy plan. {staff.f} has the rest"),
    ("school", "concussion clearance for {kid} - seen {vd}, symptom free, can start RTP. school AT keeps asking for the letter"),
    ("daycare", "daycare form for {kid.f} {kid.l}, DOB {nbdob}. mom says it 'needs to be today' 🙃 she's at {ph}"),
    ("school,meds", "pls add to school nurse log: {kid} ({dob}) EpiPen order + allergy action plan faxed to {school} on {vd}"),
    ("school,email", "Ms. {nurse.l} from {school} asked for a direct email for med forms. I gave her {sem}. FYI for {kid.f} {kid.l}'s insulin orders"),
    ("school-nurse,phone", "{nurse} (nurse @ {school}) says {kid.f} {kid.l} has had 4 nosebleeds this wk, wants us to call mom {mom.f} at {ph}"),
    ("school-nurse,multiline", "school nurse liaison notes:\n{kid} ({school}) - asthma action plan expired\n{kid2} ({school2}) - seizure plan needs update\n{nurse} will resend the forms"),
    ("camp,email", "camp director forwarded {kid}'s form w/o the immunization page. parent email on the form is {em}, can someone reach out"),
    ("sports,lowercase", "lol {par.f} brought the wrong kid's shot card, {kid2.f}'s instead of {kid.f}'s. cousins. anyway {kid} still needs hep A #2"),
    # newborn
    ("newborn,structured", "Newborn from Riverside: {kid}, DOB {nbdob}, DC'd {dcd}. Mom {mom}, cell {ph}. Needs wt check w/in 48h, pls schedule w/ {staff.f}"),
    ("newborn", "baby {kid.l} (mom {mom}) failed hearing screen R ear at Riverside, rescreen {vd}. audiology wants their MRN: {mrn}"),
    ("newborn,lab", "state lab called: abnormal NBS on {kid.inv}, DOB {nbdob}, needs repeat ASAP. mom's # on the card is {ph} but it's disconnected"),
    ("newborn", "circ consult for baby boy {kid.l}, born {nbdob}, dad {dad.f} asking if we do them here or refer out"),
    ("newborn,insurance", "NB visit today: {kid} - mom {mom.f} wants to add {kid.f} to her {payer} plan, subscriber ID {hp}. can billing call her"),
    ("newborn,lactation", "lactation consult for {mom} + baby {kid.f}, born {nbdob}, wt down 11%. can {staff.f} see them {vd}?"),
    ("newborn,short", "baby in rm 2 was born {nbdob} at 35wk, mom's name is {mom}. bili pending"),
    ("newborn,escalation", "Riverside DC summary for {kid} born {nbdob}: DC home {dcd}, bili 14.2 at DC, f/u here {vd}. mom {mom.f} hasn't called to book"),
    # NICU
    ("nicu,multiline", "NICU f/u list for next wk:\n- {kid} (ex-29wk) DOB {nbdob}, ROP f/u pending\n- {kid2} DOB {nbdob}, home O2\n- {kid3}, DOB {nbdob}, needs Synagis auth\n{staff.f} can you confirm w/ the families"),
    ("nicu,device", "{kid} d/c'd from NICU {dcd} (ex-26wk, BPD). home O2 from Apria, concentrator SN {dev}. first visit here {vd}"),
    ("nicu,device", "apnea monitor for {kid.f} {kid.l} alarming all night per dad, monitor serial {dev}. who's the DME contact?"),
    ("nicu,referral", "EI referral for {kid}, DOB {nbdob}, corrected 4mo. family lives in {town}, EI program there is Thom"),
    ("nicu,insurance", "Synagis auth approved for {kid}, {payer} member {hp}, 5 doses starting {vd}. {staff.f} can you put them on the RSV clinic list"),
    ("nicu,url,emoji", "family set up a page for {kid.f}'s NICU stay: {cburl} - nice if we all sign it 💛"),
    ("nicu,billing", "Riverside HAR {acct} for {kid}'s NICU stay got billed to us by mistake. forwarding to their PFS"),
    # custody / guardians / DCF / foster
    ("custody", "FYI custody note on {kid.inv}: per court order dad ({dad}) is NOT allowed to pick up. mom has sole legal custody for now. pls flag the chart"),
    ("custody,foster", "DCF placed {kid} with foster mom {mom}, needs 72-hr screening visit by {vd}. caseworker is {cw} (DCF Lowell). foster mom can consent to routine care only"),
    ("custody,guardian", "{kid.f}'s aunt {par} has guardianship now (probate). decree is in media. old guardian {gp} should come off the chart"),
    ("custody,address", "both parents can consent for {kid} - joint legal custody. BUT dad ({dad}) wants all bills sent to {addr}. mom is guarantor though"),
    ("custody,complaint,escalation", "dad {dad.f} {dad.l} yelling at front desk bc we won't give him {kid.f}'s records - there's an RO in the chart. {mgr.f} pls come to the window"),
    ("custody,vehicle", "security: dad ({dad}) has a no-contact order, he drives a gray F-150 plate {plate}. if you see it in the lot call {staff.f} and do NOT release {kid.f}"),
    ("custody,license", "for the custody paperwork we need a copy of grandpa's license. {gpa}, MA DL {dlic}, scanned to media tab"),
    ("foster,address", "foster placement change for {kid} - new foster home is in {town}. {staff.f} pls update and send the 7-day notice to DCF"),
    ("custody,phone", "step-dad {dad} brought {kid.f} in, no consent on file. we saw {kid.f} for the ear since mom gave verbal over the phone ({ph}). documented"),
    ("custody,structured,multiline", "Custody docs received:\nChild: {kid.inv}\nDOB: {dob}\nLegal custodian: {par}\nPhone: {ph}\nNotes: father {dad} - supervised visits only"),
    ("records,custody", "we got a subpoena for {kid}'s records (custody case, {mom.l} v. {dad.l}). {mgr.f} says route to legal before anyone touches it"),
    ("guardian,phone", "{kid.f}'s grandmother {gma} called, says she has a signed POA but we don't have it scanned. she'll fax it over, her # is {ph}"),
    ("guardian,age", "{kid}'s great-grandmother {gma} is {age} and has temporary custody, she can't do the portal. ok to mail the forms?"),
    ("guardian,age", "emergency contact for {kid} is great-gran {gma.f}, she's {age_sp}. she doesn't drive, pls have someone walk her to the car after"),
    ("age,family-hx", "family hx for {kid.f}: great-grandpa {gpa} is {age} and still shoveling his own driveway lol. anyway no cardiac hx"),
    ("guardian,town", "grandparents {gp} and {gp2.f} have {kid.f} for the summer in {town}, may call for refills"),
    # billing / insurance
    ("billing,money", "Billing: guarantor {mom}, acct {acct}, disputing the $45 no-show fee from {vd}. says she called to cancel. ok to waive? {staff.f} said ask you"),
    ("insurance", "MassHealth ID for {kid.f} {kid.l} is {mcd}, front desk had it one digit off so the claim bounced. fixed now, resubmitting"),
    ("billing,credit-card", "mom called to pay over the phone, card {cc} exp {exp}, $85 for {kid.f}'s copays. pls run it, i'm stuck in a room"),
    ("billing,address", "refund check for {par} ({acct}) came back undeliverable. address we have: {addr}. anyone know if they moved?"),
    ("insurance", "eligibility failed for {kid} DOB {dob} - {payer} member ID {hp} comes back 'subscriber not found'. mom says it's her new work plan"),
    ("insurance,typo", "is {hp} the right member id for {kid.f} {kid.l}?? system says termed. mom insists it's active"),
    ("billing,money", "payment plan for guarantor {par}, acct {acct}, $40/mo starting next month. balance $612.18. {bill.f} approved"),
    ("billing", "sending the {par.l} family to collections? acct {acct}. {mgr.f} wants a review first since they're NICU grads"),
    ("insurance,medicaid", "MassHealth redetermination - {mom} brought it in for {kid.f} and {sib.f}. IDs {mcd} and {mcd}. can someone help her fill it out"),
    ("billing,ssn", "guarantor SSN needed for the collections vendor? we have {ssn} for {par} but I thought we stopped sending SSNs"),
    ("billing,bank", "{par} wants autopay from checking, routing 011000138 acct {bank}. do we even do ACH?"),
    ("billing,cpt", "EOB for {kid} DOS {vd} denied CO-97 bundling w/ 99392. patient acct {acct}"),
    ("insurance,tricare", "Tricare for {kid}: sponsor {par}, DBN {hp}. we don't need the sponsor SSN right?"),
    ("insurance", "secondary is MassHealth {mcd}, primary BCBS {hp} thru dad {dad}. COB form needed before we rebill"),
    ("billing,money", "{par} paid $250 cash toward acct {acct}, receipt {rcpt} is in the drawer"),
    ("billing,cpt", "fluoride varnish for {kid} done {vd}, bill 99188 to {payer}"),
    ("insurance,referral", "referral for {kid} (DOB {dob}) to peds GI at Riverside, member ID {hp}, {payer}. they need the last 2 growth charts"),
    ("insurance,prior-auth,business-contact", "PA for Synagis for {kid.f} {kid.l}: {payer} ID {hp}, DOB {nbdob}, GA 31wk. PA pharmacy fax is {bph}"),
    ("billing,ssn,evasion", "dad texted the SSN for {kid.f} as {ssn_obf}... pls enter it and delete the text from the shared inbox"),
    ("ssn", "mom asking why we need {kid.f}'s SSN for the MassHealth app. she gave it anyway: {ssn}. pls don't put it in the note field"),
    ("ssn,bot", "@PedsBot is it ok to paste SSNs here? asking for {kid}, it's {ssn}"),
    ("ssn,records", "mom dropped off {kid.f}'s birth cert + SS card for the MassHealth app. SSN {ssn}. scanned & shredded"),
    # records / referrals
    ("records", "records request from {org} for {kid} DOB {dob}, MRN {mrn}. release signed by mom. ok to send the last 2 yrs?"),
    ("records,fax", "fax from Riverside ED: {kid.inv} seen {vd} for fall off trampoline, f/u w/ PCP in 1 wk. pls schedule"),
    ("referral", "derm referral {kid} ({dob}) - {payer} needs the referral on file before the {vd} appt. auth # pending"),
    ("records,adoption", "adoption finalized for {kid.f} - new name is {kid2}, DOB stays {dob}. need to merge charts, old MRN {mrn} new MRN {mrn}"),
    ("records,name", "{kid} goes by {kid.nick} now (they/them), mom asked we update preferred name in the portal. legal name stays for billing"),
    ("records,release", "ROI: {par} authorizes release of {kid.f}'s records to {org}, dob {dob}"),
    ("records,mrn", "pasted from the fax OCR: {kid.inv} MRN {mrn_fw}"),
    ("records,dob", "DOB mismatch for {kid}: Epic says {dob}, MIIS says {dob}. which one do I trust?"),
    ("new-patient", "new pt packet from {par.f}: {kid} DOB {dob}, {sib} DOB {dob}, prev pediatrician in {town}. records request sent"),
    # portal / telehealth / IT
    ("portal,url", "here's the link to {kid.f}'s visit summary {purl} - can you check why it shows the wrong allergies"),
    ("portal,email", "@{fd.f} mom of {kid} ({dob}) is at the window, never got the portal invite. email on file is {em} can u resend"),
    ("portal,ip,ticket", "portal login loop for {mom} again, IT says her requests come from {ip} and get blocked by the geo filter. ticket {tkt}"),
    ("portal,email", "portal proxy request: {mom} for {kid} (13yo). need teen consent per policy. her email {em}"),
    ("telehealth,url", "telehealth link for {kid.f} at 3:30 didn't send, can you paste it in chat for dad? {purl}"),
    ("portal,slack-markup", "pls reset portal for {mom.f} {mom.l} - her email is {emsl}, {kid.f}'s acct locked after 5 tries"),
    ("it,ip,ticket", "IT: the fax server at {ip} dropped {kid}'s lab results twice today. {tkt}"),
    ("portal,email", "proxy request from grandma {gma}, {kid.f}'s parents ok'd it. her portal username is her email {em}"),
    ("telehealth,phone", "video visit w/ {kid} dropped, mom calling from {ph}, can you send a new link"),
    ("portal,url,slack-markup", "visit summary for {kid.f}: {purlsl}"),
    ("email,evasion", "mom says email her at {em_obf} (she typed it like that lol) re {kid.f}'s forms"),
    ("portal,confidential", "teen confidential: {kid.f} {kid.l} (16) asked we not discuss the visit w/ parents. DO NOT send portal msg to mom's acct {em}"),
    # devices
    ("device", "{kid} (T1D) new Dexcom G7, sensor SN {dev}. mom wants the Clarity clinic code linked before the {vd} visit"),
    ("device,hearing", "{kid}'s hearing aid (L) lost at school, Phonak serial {dev}. audiology says we need the warranty claim w/ DOB {dob}"),
    ("device", "cochlear processor for {kid.f} {kid.l} getting replaced, old SN {dev}, new SN {dev}. update the implant section pls"),
    ("device", "{kid} feeding pump (Kangaroo Joey) SN {dev} keeps erroring. DME is Coram, they want the serial + pt DOB {dob}"),
    ("device", "Omnipod PDM SN {dev} for {kid.f}, mom says occlusion alarms overnight. endo at Riverside wants us to fax the last A1c"),
    ("device,udi", "UDI off the VNS box for {kid}: {udi} - neuro wants it in the implant log"),
    ("device,lost-found", "lost & found: pink water bottle w/ a name label '{kid}' + a Dexcom receiver SN {dev}. front desk drawer"),
    # addresses / towns
    ("address", "{kid}'s family moved, new address {addr}. updated demographics but mail from {payer} is still going to the old one"),
    ("address,town", "pls note {kid.f} {kid.l} lives in {town} now w/ dad, mom is in {town}. both want copies of visit notes"),
    ("address,po-box", "mail for {par} keeps coming back. they use {pobox} now, not the street address. {kid.f}'s vaccine card too"),
    ("lab,town", "lead level back on {kid} ({dob}): 7.2, needs venous repeat in 3mo. family lives in {town}, old house. do we notify DPH?"),
    ("address,home-visit", "home visit for {kid} (NB) at {addr} {vd} 10am w/ {staff.f} RN. street parking only"),
    ("address,zip", "new pt {kid}, ZIP {zip} - is that in our ACO service area?"),
    ("address,multiline", "update demographics:\n{kid}\n{addr}\nhome {ph}\nmom cell {ph}"),
    ("address,zip", "pt's zip on file {zip} doesn't match MassHealth, which is it? {kid.f} {kid.l}"),
    ("address,home-visit", "{kid.f} lives at {street} off Rte 110 in {town}, hard to find, the VNA nurse got lost twice"),
    ("social-work,town", "SW referral: {par} + kids ({kid.f}, {sib.f}) staying at the family shelter in {town}, need help w/ MassHealth {mcd}"),
    ("wic,town", "WIC form for {kid} (DOB {nbdob}) - Alimentum. mom {mom} says the WIC office in {town} needs it today"),
    ("vehicle", "dad left his car in the fire lane again, silver Odyssey VIN {vin}. security wants to tow. his kid {kid.f} is in rm 3"),
    ("transport,insurance", "PT-1 transport form for {kid.f} {kid.l}, MassHealth {mcd}, appts at Riverside neuro every other week"),
    # employee health
    ("employee-health", "heads up {emp} (front desk, {site}) tested positive for flu A on {vd}, out thru the weekend. {staff.f} is covering the window"),
    ("employee-health,mrn", "needlestick in rm 6 - {emp} stuck herself w/ a used 25g after a Vaxelis. source pt is {kid}, MRN {mrn}. EH paged, incident form started"),
    ("employee-health", "TB read for {emp} (new MA) placed {vd}, read {vd}: 0mm. filed to EH folder"),
    ("employee-health", "{emp} is out on FMLA starting {vd} for surgery, pls don't post it in #general 🙏. {mgr.f} has coverage"),
    ("employee-health,vaccine", "{emp} needs a Tdap record for onboarding, got it here {vd}? can you check the staff imm log"),
    ("employee-health", "{emp.f} fainted at the nurses station around 2, BP was 80/50, sent to Lowell General ED. her husband {pers} is on the way"),
    # VIP / complaints / escalations
    ("vip", "{!boy}VIP heads up: {kid} (grandson of {gp}, the state senator) coming in at 4 for ear recheck. put in rm 9, skip the waiting room"),
    ("complaint,phone", "complaint from {par}: says {kid.f} waited 90 min on {vd} and the MA was rude. wants a call from the manager {ph}"),
    ("escalation,exec-name", "escalating: {par.f} {par.l} posted on FB that we 'lost' {kid.f}'s records. {exec} wants a response draft by EOD"),
    ("vip,colleague-child", "{!girl}{par.f} from billing's daughter {kid.f} is coming in at 4 for stitches, pls keep it low-key"),
    ("vip,exec-name", "board member's kid, {kid}, wants a same-day sports physical. {exec.f} asked if we can accommodate 🙄"),
    ("escalation,urgent", "URGENT: {kid} ({dob}) allergic rxn in rm 5 after flu shot, EMS called. mom {mom.f} in the room. {doc.f} is with them"),
    ("emoji", "🎉 {kid.f} {kid.l} rang the last-chemo bell at Riverside {vd}!! mom {mom.f} sent pics"),
    ("death", "sad news, {kid} passed at Riverside {vd}. pls cancel recalls and flag the chart so the family isn't contacted. {sib.f} is still our pt"),
    # labs / pharmacy / callbacks
    ("lab,phone", "callback needed: {kid} strep cx positive, collected {vd}. mom {mom.f} at {ph}. rx to CVS on Bridge St"),
    ("pharmacy,business-contact", "CVS called re {kid.f} {kid.l} ({dob}) amox dose, they want a verbal from Dr {doc.l}. pharmacist line {bph}"),
    ("lab", "Quest lost the lead sample for {kid.inv} - drawn {vd}, need a redraw. parents are {mom} & {dad}"),
    ("phone,short", "cb {ph} re {kid.f}"),
    ("phone,short,emoji", "{par.f} again 🙄 {ph}"),
    ("mrn,short", "mrn {mrn} pls"),
    ("dob,short", "dob is {dob} fwiw"),
    ("answering-service,phone", "Answering svc msg 2:14am: caller {par} re {kid} age 3, fever 103.5, cb {ph}. nurse line advised ED."),
    ("lab", "A1c for {kid} drawn {vd}: 9.8. endo wants it faxed before the {vd} visit"),
    ("phone,evasion", "dad left vm, # is {ph_obf}, re {kid.f} {kid.l}"),
    ("note,phone", "note to self: call {par.f} back abt {kid.f}'s growth chart after 3. {ph}"),
    ("behavioral", "M-CHAT positive for {kid} ({dob}), referral to dev peds + EI. mom {mom.f} teary, pls be gentle when you call her"),
    ("hospital", "{kid} admitted to Riverside peds floor {vd} w/ RSV, on HFNC. mom {mom} says they'll call us at d/c"),
    ("interpreter", "need a Haitian Creole interpreter for {kid}'s 4:15 on {vd}, mom {mom.f} doesn't speak English"),
    ("interpreter,ticket", "Portuguese interpreter no-show for {par} and {kid.f} again, 3rd time. complaint to the agency? {jira}"),
    ("handoff", "handoff for tmrw: {kid} - wt check; {kid2} - NBS repeat; {kid3} - ear recheck. all in {staff.f}'s basket"),
    ("short,name", "is {kid.f} {kid.l} here yet?"),
    ("short,name", "{kid.f} {kid.l} checked in, rm 2"),
    ("short,name", "{par.f} {par.l} on line 2 for you re {kid.f}"),
    ("name,chosen-name", "{kid.f} {kid.l} prefers {kid.nick}, pls update the sticky note. mom ok w/ it"),
    ("name,nickname", "{kid} aka \"{kid.nick}\" is back, same ear. mom {mom.f} says 3rd infection since {vd}"),
    # credentialing / licences / corporate card / business contacts
    ("credentialing,license,npi", "Dr. {doc.l}'s MA license {plic} renews {lapse}. DEA {dea}. NPI {npi} (no change)"),
    ("credentialing,license", "new NP {doc} starts {md}. MA RN lic {plic}, NP lic {plic}, DEA pending. {mgr.f} pls add to payer enrollment"),
    ("credentialing,license", "CAQH flagged {doc.f}'s DEA {dea} - address on the registration is still the old Methuen site"),
    ("money,credit-card,exec-name", "corporate card for the vaccine fridge order: {cc} exp {exp}. {exec.f} approved, pls don't screenshot it"),
    ("business-contact,vendor", "{vend} rep {rep} - cell {bph}, email {vem}. she's the one for the Welch Allyn otoscope recall"),
    ("business-contact", "VFC program contact changed, new coordinator is {rep}, {vem}, {bph}"),
    ("business-contact", "if the fridge alarm goes off after hours call the monitoring co at {bph}"),
    ("business-contact,slack-markup", "DPH immunization line: {telsl} (ask for the VFC desk)"),
    ("business-contact,email", "records requests from lawyers go to {fdem} now, not the main inbox"),
    ("business-contact,slack-markup", "questions about the new template -> {semsl}"),
    # pasted e-mails / bot requests / threads
    ("email,forwarded,multiline", "{!boy}---------- Forwarded message ---------\nFrom: {par} <{em}>\nDate: {md}\nSubject: camp physical\n\nHi, my son {kid.f} needs his physical form signed before {due}. His DOB is {dob}. Thank you!!"),
    ("email,forwarded,multiline", "{!boy}Fwd: from {par} <{em}>\n\nhello, i need a copy of {kid.f}'s shot records for {school}. his birthday is {dob}. can you email it? thanks {par.f}"),
    ("email,school-nurse,multiline", "From: {nurse} <{schem}>\nTo: {fdem}\nSubject: {kid}\n\nHi, {kid.f} was sent home today w/ 101.2, mom is aware. Please have a provider call me at {bph}.\n\n{nurse.f}"),
    ("email,records,multiline", "pasting this from the records inbox:\n> Please forward all records for {kid.inv} (DOB {dob}) re: DOI {vd} to our office.\n> {rep}, paralegal\n> {bph}"),
    ("email,complaint,multiline", "{!girl}email from a parent, how do I answer this:\n\"my daughter {kid.f} has been waiting 3 weeks for her ADHD form. I have called 4 times. {par}, {ph}\""),
    ("bot", "@PedsBot summarize the last 3 portal msgs from {par} about {kid.f}'s eczema and draft a reply"),
    ("bot,address", "hey bot, reformat this for the referral: {kid.inv} dob {dob} mcaid {mcd} addr {addr}"),
    ("bot,translation", "Translate to Spanish for {par}: '{kid.f} is due for vaccines on {vd}. Please bring the yellow card.'"),
    ("bot,insurance", "@PedsBot what's the VFC eligibility for {kid} ({dob}), {payer} ID {hp}?"),
    ("bot,letter", "Draft a short letter to the school nurse at {school} saying {kid} (DOB {dob}) is cleared for PE as of {vd}. leave out the diagnosis"),
    ("thread,multiline", "[{tm}] {staff.f}: is {kid.f} {kid.l} the one w/ the egg allergy?\n[{tm}] {staff2.f}: yes, DOB {dob}, flu shot ok per allergist\n[{tm}] {staff.f}: {ack}"),
    ("thread,multiline", "{staff.f}: who's calling {mom.f} back\n{staff2.f}: me, what's her #\n{staff.f}: {ph}\n{staff2.f}: {ack}"),
    ("structured", "{kid.inv} | {dob} | {mcd} | {payer}"),
    ("records,hospital", "Lowell General ED note for {kid} came in, seen {vd} for a dog bite, tdap given there. MRN there {mrn}"),
    # more coverage of the rarer identifier types
    ("billing,credit-card,address", "{mom} wants a card on file for {kid.f}'s copays: {cc}, exp {exp}, billing zip {zip}"),
    ("billing,credit-card,evasion", "pls don't let families do this but: {dad.f} texted his card as {cc_obf} for the {kid.l} balance. ran it, deleted the text"),
    ("credit-card,structured,multiline", "Card on file update\nGuarantor: {par}\nAcct: {acct}\nCard: {cc}\nExp: {exp}\nok'd by {bill.f}"),
    ("vehicle,vaccine", "drive-thru flu clinic log: {kid} + {sib.f}, car plate {plate}, both got flu, lot {lot}"),
    ("vehicle,complaint", "{mom} says her car got hit in our lot during {kid.f}'s appt, plate {plate}. she wants the camera footage"),
    ("vehicle,transport", "MassHealth ride for {kid} confirmed, the van is plate {plate}, driver will call mom at {ph}"),
    ("age,guardian", "{!girl}{kid.f}'s great-great-aunt {gma} ({age}) lives with them and brings her to appts. ok to add her to the consent list?"),
    ("age,death", "family update: {kid.f}'s great-grandpa {gpa} passed at {age}, mom asked we be mindful at the visit"),
    ("age,evasion", "caller says she's the great-grandma, {age_sp} years young lol, wants to pick up {kid}'s school forms"),
    ("url,school", "camp health form link mom sent for {kid.f}: {furl} - do we fill it online or print?"),
    ("url,slack-markup", "growth chart for {kid.f}: {purlsl} - looks off after the {vd} visit"),
    ("ip,portal,ticket", "audit log shows {mom}'s proxy account logged in from {ip} and {ip} within the same minute. locked it, {tkt}"),
    ("ip,it", "the Clarity uploader PC at {ip} is the one in the {site} diabetes room, pls don't unplug it"),
    ("ssn,zero-width", "SSN off the MassHealth app for {kid}: {ssn_zw}"),
    ("ssn,lowercase", "ss# for guarantor {dad} is {ssn} per the app, he asked us to update"),
    ("phone,zero-width", "new cell for {mom.f} (copied from her text): {ph_zw} - updated for {kid.f} and {sib.f}"),
    ("license,custody", "registration scanned {mom}'s license for ID, {dlic} exp {lapse} - needed for the custody packet"),
    ("device", "{kid.f}'s new Libre 3 reader SN {dev} - mom wants it linked to our LibreView clinic account"),
    ("nicu,date", "NICU called: {kid} going home {dcd}, they want f/u w/ us within 2 days of d/c"),
    ("email,school-nurse", "{school} nurse {nurse} emailed from {schem} asking for {kid}'s seizure plan"),
    ("mrn,ticket", "duplicate chart: {kid} has MRN {mrn} and {mrn}. {it.f} can you merge? {tkt}"),
    ("billing,bank", "NSF on {par}'s check, bank acct {bank}, $120 for {kid.f}'s visit. re-bill guarantor acct {acct}"),
    ("insurance,evasion", "member ID read over the phone for {kid}: {hp_sp}"),
    ("ssn,evasion,emoji", "dad read his SSN out loud at the window in front of everyone 😬 ({ssn_obf})"),
    ("records,fax,mrn", "Riverside faxed the wrong kid's labs - ours is {kid.inv} MRN {mrn}, they sent someone else's. called their HIM"),
]

# --------------------------------------------------------------------------
# frames: clean templates (hard negatives)
# --------------------------------------------------------------------------
CLEAN_T = [
    ("calendar", "staff mtg moved to {md} at {at} in the {site} break room, {mgr.f} bringing bagels"),
    ("vaccine,calendar,lot", "VFC order submitted, should arrive {md}. Vaxelis lot {lot} expires end of month, use those first"),
    ("version,calendar", "Epic upgrade to {ver} is {md} overnight, downtime 11p-3a. print the downtime schedule before you leave"),
    ("ticket", "printer in rm 4 jammed again, put in {tkt}. {it.f} says the fuser is shot"),
    ("money,po", "{vend} invoice {inv} for {price} - matches {po}? {bill.f} can you approve"),
    ("npi,credentialing", "new provider Dr. {doc} NPI {npi}, CAQH attested, payer enrollment started w/ {payer}"),
    ("cpt", "coding q: can we bill 99392 + 99213 same day if they bring up the ADHD f/u? mod 25?"),
    ("icd", "Z00.129 vs Z00.121 - if the kid has otitis found at the wcc it's .121 right?"),
    ("hipaa,calendar", "reminder: HIPAA training due {due}, link is on the intranet {intra}. {mgr.f} will pull the completion report"),
    ("age-aggregate", "recall report: {n} kids over 90 days past due for 4yr shots, 6 of them MassHealth"),
    ("ext", "if the fridge alarm goes off call me {ext} or {it.f} {ext}"),
    ("facility-address,zip-like", "new site address for the letterhead: {faddr}"),
    ("exec-name,calendar", "{exec} (CEO) is visiting the {site} site {md}, pls tidy the break room 🧹"),
    ("mrn-topic", "after the Epic migration MRNs go from 7 to 10 digits, old ones zero-padded. don't re-register anyone"),
    ("ssn-topic", "stop asking for SSNs at check-in, it's not required for the MassHealth renewal anymore per {mgr.f}"),
    ("calendar", "VFC site visit from DPH {md} 9am, need temp logs for the last 3 mo printed"),
    ("clinical", "anyone know the catch-up for a 14mo who missed 12mo shots? just MMR/varicella/hep A or also PCV?"),
    ("clinical,room", "rm 3 - 4yo croup, decadron given, ok to go home per Dr. {doc.l}"),
    ("zoom", "provider mtg zoom ID {zoom}, passcode in the invite"),
    ("lunch,vendor,emoji", "lunch from {rest} today thanks to the {vend} rep 🌮 big conf room"),
    ("supplies,po", "we're out of the small specula and the blue otoscope tips again. {ma.f} ordered, {po}"),
    ("last4,money", "mom's card ending in {last4} declined at checkout, she'll pay next visit. no balance alert needed"),
    ("asset,version", "laptop {asset} needs the Citrix receiver updated to {ver}, it's the one on the NICU clinic cart"),
    ("policy,calendar,money", "new sick-visit policy effective {eff}: 24hr cancellation or $45 fee. signage goes up {md}"),
    ("insurance,group", "BCBS group {grp} is the town employees plan, they switched to a PPO, no referrals needed anymore"),
    ("calendar,school-nurse", "school nurse liaison meeting {md} {at}: {nurse} from {school} and {nurse2} from {school2} coming. agenda = asthma plans"),
    ("staffing", "{staff.f} out sick today, {staff2.f} covering front, {ma.f} floating"),
    ("bday,emoji", "cake in the break room for {staff.f}'s bday 🎂 3pm"),
    ("public-url", "CDC catch-up schedule is here if anyone needs it: https://www.cdc.gov/vaccines/hcp/imz-schedules/child-adolescent-catch-up.html"),
    ("money", "flu vax admin reimbursement from {payer} is $21.40, down from last yr. {bill.f} flagging it for contract review"),
    ("ticket", "EHR build request {jira}: add M-CHAT-R/F to the 18mo wcc template. status: in test"),
    ("calendar", "holiday hours: closed {md}, open 9-1 {md}. answering svc covers the rest"),
    ("room,asset", "rm 7 otoscope is dead, swapped w/ rm 9. asset tag {asset}"),
    ("version,vendor", "Phreesia kiosks on {ver}, the Spanish intake is broken again. {it.f} opened a case w/ the vendor, case {case}"),
    ("money", "quote from Stericycle: $189/mo for sharps pickup 2x/wk, or $159 weekly. {mgr.f} thinks weekly is fine"),
    ("exec-name,calendar", "board meeting {md} {at}, {exec} presenting the FY{fy} budget. Q3 numbers due to finance by {due}"),
    ("training,calendar", "CPR recert {md} in the {site} conf room, sign-up sheet at front. {rn.f} teaching"),
    ("npi", "is {npi} our group NPI or Dr. {doc.l}'s? the Tufts portal wants the billing NPI"),
    ("vaccine,lot", "Beyfortus shipment came in, 50 doses 100mg and 30 doses 50mg. logged in the fridge inventory, lot {lot}"),
    ("workflow", "reminder: every 18 and 24mo visit needs M-CHAT, every 12-18yo needs PHQ-A. {mgr.f} will audit"),
    ("donor", "thank-you card to the {fam} Family Foundation for the new waiting room toys - {exec.f} wants everyone to sign"),
    ("vendor", "{rep} from {vend} says the G7 samples are backordered till next month"),
    ("calendar", "interviews for the MA position {md}: {at} and 2pm, {mgr.f} + {staff.f} on the panel"),
    ("short", "who has the key to the vax fridge"),
    ("short,emoji", "lunch is here 🍕"),
    ("short,room", "rm 4 needs wipes pls"),
    ("short", "anyone have a usb-c charger"),
    ("hipaa,mrn-topic", "PSA: don't put pt names in Teams channels, use the MRN in Epic secure chat only. compliance memo from {mgr.f}"),
    ("age-aggregate", "panel stats: 3,412 active pts, 212 newborns this yr, 48 aging out (21+), 0 pts 90+ obviously lol"),
    ("ticket", "ticket {tkt} closed - the scanner at {site} front desk was set to 150dpi, now 300"),
    ("money,vendor", "{vend} renewal: $14,200/yr for 12 licenses, up 8%. contract {contract} ends {due}"),
    ("facility-address", "packages for the Methuen site go to {faddr}, NOT the Lowell address"),
    ("school-nurse", "school nurses keep asking for our fax - give them the main fax from the website, not anyone's direct line"),
    ("calendar", "parking lot repaving {md}, staff park at the church lot across the street"),
    ("vaccine,clinical", "reminder: Tdap at 11yo, MenACWY 11 + 16, HPV can start at 9 if family wants. standing orders updated"),
    ("calendar,emoji", "🎃 costume contest friday! {staff.f} is judging, prizes from {vend}"),
    ("it", "guest wifi password changed, it's on the whiteboard in the back office. don't post it here"),
    ("version,calendar", "{build} of the portal app fixes the proxy login bug, rollout {md}"),
    ("version", "driver v10.4.2.1 for the Zebra label printers, install on all front desk PCs"),
    ("money", "petty cash is short $23.50, probably the pizza. {staff.f} has the receipts"),
    ("recall", "can we run the recall list for 11yo Tdap/MenACWY by site? {it.f} said it's under Reports > Population Health"),
    ("calendar,ticket", "fire drill {md} {at}, facilities ticket {tkt}"),
    ("it", "RingCentral outage, main line forwarding to the on-call cells until fixed. internal ext still work"),
    ("policy,money", "new policy for school forms: 5 business days, first copy free, $10 rush. posted at front {eff}"),
    ("calendar", "DPH webinar on lead screening changes {md} {at}, link on the intranet"),
    ("newborn", "Riverside nursery census is {n} today, 3 ours. {rn.f} rounding"),
    ("cpt", "99460 vs 99461 for the newborns - 99460 is hospital, 99461 other setting. {bill.f} confirm?"),
    ("icd", "for lead screening use Z13.88, not Z77.011 unless there's a known exposure"),
    ("hipaa,calendar", "shred bin pickup is {md}, empty your desk trays"),
    ("slack-markup", "{mention} can you cover the phones 12-1? {mention} is at lunch"),
    ("it,version", "Windows 11 rollout: {site} PCs on 23H2 by {due}, build 22631.4460"),
    ("money,po", "{po} for 2 new vaccine fridges (TempArmour) - $8,940 total, DPH grant covers 60%"),
    ("calendar,vaccine", "flu clinic Saturdays {mdd}, {mdd}, {mdd}, 9-12. need 2 MAs + 1 RN each"),
    ("vaccine", "fridge 2 hit 9.1°C at 6:40am, back to 5.2 by 7. excursion form filled, called VFC"),
    ("exec-name", "{exec} wants everyone to do the engagement survey by {due}, it's anonymous"),
    ("vendor,calendar", "{rep} from Merck is in {md} for a lunch-and-learn on Gardasil, {at}"),
    ("credentialing", "new providers: NPI, CAQH, MA license copy, DEA copy to {mgr.f} before the start date pls"),
    ("records", "records requests now go through Ciox, turnaround 10 days. don't fax charts out yourselves"),
    ("question", "do we still do ear piercing consults? someone asked on the phone"),
    ("clinical", "17yo needing sports physical + Tdap booster - ok for the MA to give it before the provider sees them?"),
    ("calendar,staffing", "{staff.f} PTO {mdd} thru {mdd}, {staff2.f} covering her callbacks"),
    ("ticket,version", "{jira}: portal shows v3.2.1 on iOS but 3.1.9 on Android, proxy toggle missing"),
    ("money,emoji", "{payer} paid the Q3 P4P bonus, $18,420. {exec.f} says pizza party 🍕"),
    ("facility,calendar", "HVAC in {site} exam rooms 1-6 is out, vendor coming {md}. use rooms 7-12"),
    ("school,calendar", "{school} asked if we can do a vaping talk for the 8th graders {md}, {doc.f} volunteered"),
    ("policy", "mask policy in the waiting room ends {eff} unless DPH changes guidance"),
    ("vaccine,lot", "recall notice for {vend} lot {lot} - not ours, we have lot {lot}. no action"),
    ("room,calendar", "lactation room (rm 14) booked {md} for the IBCLC training"),
    ("zip-like,facility-address", "our {site} site ZIP is {fzip} - the payer directory has it wrong again"),
    ("vendor,calendar", "contract {contract} w/ {vend} auto-renews {due}, {mgr.f} wants to renegotiate"),
    ("ticket,it", "can't log into Epic on the {site} workstation, {tkt}. {it.f} remoted in, fixed"),
    ("calendar,multiline", "Week of {md}:\n- Mon: {doc.f} AM only\n- Wed: {doc2.f} out\n- Fri: walk-in flu clinic\n-{staff.f}"),
    ("cpt", "is 96110 billable w/ the ASQ at 9mo if done same day as 99391?"),
    ("money,vendor", "Gardasil 9 private stock went to $296.42/dose, {vend} invoice {inv}"),
    ("it,calendar", "new badge readers on the back door {md}, get your photo taken w/ {it.f}"),
    ("age-aggregate", "twins this yr: 9 sets, 1 set of triplets. NICU grads: {n}"),
    ("short", "{ack}"),
    ("vendor,calendar,hipaa", "shredding truck from {vend} {md}, bring anything w/ PHI to the locked bins (not the recycling!)"),
    ("public-url", "new AAP bili guideline for anyone who hasn't read it: https://publications.aap.org/pediatrics/article/150/3/e2022058859/188726"),
    ("bot", "@PedsBot draft a staff reminder about logging fridge temps twice daily, friendly tone"),
    ("bot", "/ask what's the VFC eligibility criteria for underinsured kids in MA"),
    ("bot", "@PedsBot summarize Q3 no-show rates by site: Lowell 11%, Andover 6%, Methuen 14%"),
    ("slack-markup", "*Reminder:* `Epic downtime` tonight 11p-3a. Use the red binders. cc {mention}"),
    ("clinical", "had a 2wk old w/ fever 100.5 this AM, sent to Riverside ED per protocol. parents were great"),
    ("clinical", "question for the docs: do we still do a lead screen at 1 and 2 if the first was <1? {doc.f} says yes"),
    ("vendor", "Pfizer rep {rep} dropped off Prevnar 20 info, it's in the mailroom"),
    ("version,vendor", "{vend} pushed app version 8.14.2, portal messages now show read receipts"),
    ("calendar", "all-staff {md} 12:30, topic: new phone tree + school form workflow"),
    ("money", "practice card expiring {exp}, new one coming. update Amazon + Staples before then"),
    ("facility-address", "NICU follow-up clinic moved to {faddr}"),
    ("policy,hipaa", "new social media policy: no photos in clinical areas even if no patients visible. signed acknowledgment due {due}"),
    ("ticket", "{jira} reopened: the MIIS interface drops records with hyphenated last names"),
    ("scheduling", "schedule template change: 20-min sick slots become 15 starting {eff}, WCC stays 30"),
    ("clinical,room", "the 9mo in rm 2 has a temp of 104.1, doc wants a cath UA, who's free"),
    ("vaccine", "3 open vials of MMR, use before 4pm or we waste them. {rn.f}"),
    ("question", "where's the fax cover sheet template for school nurses? the one w/ the confidentiality note"),
    ("short,emoji", "coffee machine fixed ☕️🙌"),
    ("exec-name,calendar", "{exec} and {exec2} from Riverside leadership touring {md}. be nice 😅"),
    ("org", "DPH sent the new lead regs, our {site} site is on the high-risk community list"),
    ("vendor,calendar", "{vend} coming {md} to demo the Spot vision screener"),
    ("money", "3% credit card surcharge starting {eff}? {exec.f} wants opinions before we announce"),
    ("ext", "new ext list: front {ext}, billing {ext}, nurse line {ext}, {mgr.f} {ext}"),
    ("staffing", "{staff} and {staff2} are running the flu clinic, questions to them"),
    ("room,ticket", "rm 11 sink leaking, facilities ticket {tkt}. don't use it until fixed"),
    ("clinical", "protocol q: 16yo can consent to STI testing w/o parents in MA right? {doc.f}"),
    ("it,asset", "lost: iPad {asset} from the {site} check-in kiosk. if found give to {it.f}"),
    ("money,po", "approved: {po} for {price}, new scale + length board (Seca)"),
    ("clinical", "3 kids w/ hand-foot-mouth today from the same daycare, should we notify the daycare? no names obviously"),
    ("calendar,staffing", "new hire orientation {md}: {staff}, {staff2}, {staff3} (front desk + MA). {mgr.f} leads, {it.f} for Epic access"),
    ("calendar,school-nurse", "{nurse} (school nurse at {school}) wants to shadow our asthma clinic {md}. ok w/ everyone?"),
    ("vendor,calendar", "{rep} from the DME company (Apria) is doing an in-service on the new home O2 concentrators {md} {at}"),
    ("exec-name,money", "{exec.f} approved the bonus pool, $500 per FTE, hits the {md} paycheck"),
    ("calendar,emoji", "🚨 state survey team on site {md}. clean rooms, lock drug cabinets, logs up to date"),
    ("ticket,version", "IT-1042: Citrix {ver} crashes on the Andover scanners, rollback to the previous version. {it.f}"),
    ("room", "bed 2 in the procedure room has a broken wheel, using bed 1 for circs today"),
    ("policy", "reminder: custody paperwork goes in Media > Legal, not in the note. {mgr.f} will audit Friday"),
    ("clinical,age-aggregate", "how many of our 2yo's got lead screened this yr? DPH says 94% is the target"),
    ("calendar,question", "can we move the {md} provider meeting to {at}? {doc.f} has the NICU clinic till noon"),
    ("policy,ssn-topic", "the new registration form doesn't have a SSN field at all, good. shred the old ones"),
    ("icd", "ICD for the newborn weight checks: P92.6 or Z00.111? {bill.f} says Z00.111 if it's routine"),
    ("vendor,money", "quote for the new phones: RingCentral $24.99/user/mo, {vend} $27/user. {it.f} prefers RC"),
    ("calendar", "lunch-and-learn {md}: {rep} from Sanofi on Beyfortus supply, pizza provided"),
    ("age", "fun fact: our oldest active pt is 21 and still comes in for his asthma check lol"),
    ("staffing,multiline", "coverage today:\nfront - {staff.f}, {staff2.f}\nMA - {ma.f}\nRN - {rn.f}\nbilling - {bill.f} (remote)"),
    ("vaccine,money", "VFC vs private stock split this month: 62/38. {bill.f} wants it in the board packet"),
    ("calendar,emoji", "happy last day {staff.f}!! 💐 going-away lunch at {rest} {at}"),
    ("school", "{school2} switched their nurse fax to e-fax, I updated the contact list in the shared drive"),
    ("ticket", "OPS-221: waiting room TV stuck on the HDMI input again 📺"),
    ("question,npi", "do DEA numbers go on the school med forms or just the NPI? {doc.f} isn't sure"),
    ("calendar", "{md} is the deadline for the VFC recertification, {mgr.f} has the login"),
]

# --------------------------------------------------------------------------
# frames: generators of lists, tables and threads (return a template string)
# --------------------------------------------------------------------------
VISITS = ["WCC 4yr", "WCC 2mo", "sick - ear", "NB wt check", "ADHD f/u", "sports PE", "asthma f/u",
          "WCC 12mo", "rash", "WCC 15yo", "NICU grad f/u", "flu shot only", "BH f/u", "WCC 9mo"]


def idx(i):
    return "" if i == 1 else str(i)


def fn_schedule(c):
    rng = c.rng
    n = rng.randint(3, 6)
    style = rng.randint(0, 2)
    head = rng.choice(["{doc.l} PM schedule {vd}:", "add-ons for the {site} schedule:", "tmrw AM, {site}:", "schedule for {vd} (Dr. {doc.l})"])
    rows = []
    for i in range(1, n + 1):
        k = "kid" + idx(i)
        v = rng.choice(VISITS)
        if style == 0:
            rows.append("| {tm} | {%s} | {dob} | %s |" % (k, v))
        elif style == 1:
            rows.append("{tm}\t{%s.inv}\t{dob}\t%s" % (k, v))
        else:
            rows.append("- {tm} {%s} (%s) %s" % (k, "{dob}", v))
    if style == 0:
        return head + "\n| time | pt | DOB | visit |\n|---|---|---|---|\n" + "\n".join(rows)
    return head + "\n" + "\n".join(rows)


def fn_recall(c):
    rng = c.rng
    n = rng.randint(3, 5)
    lines = ["Overdue recall - %s (pulled by {staff.f}):" % rng.choice(["4yr vax", "11yo Tdap/MenACWY", "lead 2yr", "flu", "HPV #2"])]
    for i in range(1, n + 1):
        k = "kid" + idx(i)
        lines.append("%d. {%s} - DOB {dob} - MRN {mrn} - last seen {vd}" % (i, k) if rng.random() < 0.6
                     else "%d. {%s.inv}, {dob}, ph {ph}" % (i, k))
    return "\n".join(lines)


def fn_nblist(c):
    rng = c.rng
    n = rng.randint(2, 4)
    lines = ["Riverside NB discharges today (ours):"]
    for i in range(1, n + 1):
        x = idx(i)
        lines.append(rng.choice(["• Baby %s {kid%s.l} (mom {mom%s}) DOB {nbdob}, ph {ph}" % (rng.choice(["boy", "girl"]), x, x),
                                 "• {kid%s} - born {nbdob}, mom {mom%s.f}, {payer}, f/u {vd}" % (x, x),
                                 "• {kid%s.inv} DOB {nbdob} - bili f/u {vd}" % x]))
    lines.append("{rn.f} has the paper list if anything's unclear")
    return "\n".join(lines)


def fn_csv(c):
    rng = c.rng
    n = rng.randint(2, 5)
    kind = rng.randint(0, 1)
    out = ["pasting the export, can someone dedupe:", "```",
           "last,first,dob,masshealth_id" if kind == 0 else "patient,dob,zip,guarantor_acct"]
    for i in range(1, n + 1):
        x = idx(i)
        if kind == 0:
            out.append("{kid%s.l},{kid%s.f},{dob},{mcd}" % (x, x))
        else:
            out.append("\"{kid%s.inv}\",{dob},{zip},{acct}" % x)
    out.append("```")
    return "\n".join(out)


def fn_it_ip(c):
    rng = c.rng
    lines = [rng.choice(["network notes from the {site} cutover:", "IT: static IPs for the new devices", "fyi for the vendor call"])]
    for dev in rng.sample(["fax server", "label printer rm 4", "Phreesia kiosk 1", "Phreesia kiosk 2",
                           "vax fridge monitor", "check-in iPad", "Epic print server", "door badge controller"], rng.randint(2, 4)):
        lines.append("- %s: {ip}" % dev)
    lines.append("ticket {tkt}")
    return "\n".join(lines)


def fn_custody_table(c):
    rng = c.rng
    n = rng.randint(2, 4)
    lines = ["custody/guardian flags to re-verify (from {mgr.f}):", "child | guardian | note"]
    notes = ["sole legal custody, court order in media", "DCF custody, foster parent consents routine",
             "joint custody, both can consent", "POA grandparent, exp date in media", "no pickup by father",
             "guardianship via probate"]
    for i in range(1, n + 1):
        x = idx(i)
        lines.append("{kid%s} | {par%s} | %s" % (x, x, rng.choice(notes)))
    return "\n".join(lines)


def fn_forms(c):
    rng = c.rng
    n = rng.randint(3, 5)
    lines = [rng.choice(["school forms waiting on sigs:", "forms bin status:", "camp + school forms, oldest first"])]
    for i in range(1, n + 1):
        x = idx(i)
        lines.append("- {kid%s} (%s) - %s" % (x, rng.choice(["{school}", "{school2}", "camp", "daycare", "sports"]),
                                              rng.choice(["needs sig", "needs PE date", "missing imm page", "done, call mom", "needs med auth", "last PE {vd}"])))
    lines.append("parents want them by {due} 😬")
    return "\n".join(lines)


def fn_callbacks(c):
    rng = c.rng
    n = rng.randint(2, 5)
    lines = ["callbacks for {staff.f}:" if rng.random() < 0.5 else "CB LIST"]
    for i in range(1, n + 1):
        x = idx(i)
        lines.append(rng.choice(["- {par%s.f} re {kid%s.f} ({topic}) {ph}", "- {par%s} / {kid%s} - {topic} - {ph}",
                                 "* {kid%s} ({par%s.f}): {topic}, {ph}"]).replace("{topic}", rng.choice(
                                     ["fever", "rash pic", "form", "refill", "shot record", "billing q", "ear", "sleep", "poop 💩"])) % (x, x))
    return "\n".join(lines)


def fn_device_list(c):
    rng = c.rng
    n = rng.randint(2, 4)
    lines = ["DME serials for the audit:"]
    for i in range(1, n + 1):
        x = idx(i)
        lines.append("{kid%s} - %s SN {dev}" % (x, rng.choice(["Dexcom G7", "Omnipod 5 PDM", "Tandem t:slim", "Phonak Sky L",
                                                               "Cochlear N8", "Kangaroo Joey", "apnea monitor", "home O2 conc."])))
    return "\n".join(lines)


def fn_cred_table(c):
    rng = c.rng
    lines = ["credentialing tracker (renewals this quarter):", "provider | NPI | MA lic | DEA | exp"]
    for i in range(1, rng.randint(2, 4) + 1):
        x = idx(i)
        lines.append("{doc%s} | {npi} | {plic} | %s | {lapse}" % (x, "{dea}" if i == 1 else "pending"))
    return "\n".join(lines)


def fn_thread_phi(c):
    rng = c.rng
    parts = ["[{tm}] {staff.f}: mom of {kid.f} {kid.l} is on line 3, says the MIIS record is wrong",
             "[{tm}] {staff2.f}: which one, DOB?",
             "[{tm}] {staff.f}: {dob}",
             "[{tm}] {staff2.f}: ok I see it, the {vd} dose is missing. I'll enter it",
             "[{tm}] {staff.f}: {ack}"]
    if rng.random() < 0.5:
        parts.insert(3, "[{tm}] {staff.f}: her cb is {ph} if you need it")
    return "\n".join(parts)


def fn_answering(c):
    rng = c.rng
    lines = ["Overnight answering svc msgs:"]
    n = rng.randint(2, 4)
    times = sorted(rng.sample(range(0, 7 * 60), n))
    for i in range(1, n + 1):
        x = idx(i)
        t = (times[i - 1] + 22 * 60) % (24 * 60)
        tt = "%d:%02d%s" % ((t // 60) % 12 or 12, t % 60, "p" if t >= 12 * 60 else "a")
        lines.append("%s - {par%s} re {kid%s}, %s. cb {ph}" % (tt, x, x,
                                                               rng.choice(["vomiting x4", "fever 102", "cough/croup", "ear pain", "rash", "fell off bed, ok now"])))
    return "\n".join(lines)


def fn_thread_clean(c):
    rng = c.rng
    topics = [["is the {site} fridge back to normal?", "yes 4.6 now", "log it pls", "{ack}"],
              ["who's closing tonight", "me + {ma.f}", "can someone take the deposit to the bank", "I will"],
              ["did the {vend} order come", "2 of 3 boxes", "the Vaxelis?", "missing, calling them {ext}"],
              ["anyone know where the spare otoscope heads are", "supply closet top shelf", "ty", "{ack}"]]
    t = rng.choice(topics)
    names = ["{staff.f}", "{staff2.f}"]
    return "\n".join("[{tm}] %s: %s" % (names[i % 2], m) for i, m in enumerate(t))


def fn_temp_log(c):
    rng = c.rng
    lines = ["VFC fridge log, {site}", "date | time | fridge 1 | freezer | init"]
    for _ in range(rng.randint(3, 5)):
        lines.append("{md} | %s | %.1f°C | -%d°C | %s" % (rng.choice(["8:05", "8:10", "7:55", "4:50", "5:02"]), rng.uniform(2.5, 7.5),
                                                         rng.randint(16, 24), rng.choice(["JR", "MK", "AT", "SN", "LD"])))
    return "\n".join(lines)


def fn_vendor_quote(c):
    rng = c.rng
    lines = [rng.choice(["quotes for the new exam tables:", "vax fridge quotes", "phone system options"])]
    for _ in range(rng.randint(2, 4)):
        lines.append("- {vend}: {price} (%s)" % rng.choice(["incl. install", "3yr warranty", "net 30", "backordered", "quote #Q-" + digits(rng, 5)]))
    lines.append("{mgr.f} leaning toward the first one")
    return "\n".join(lines)


def fn_agenda(c):
    rng = c.rng
    items = ["VFC recert status ({mgr.f})", "new phone tree", "school form backlog - {n} pending", "Epic {ver} upgrade",
             "flu clinic staffing", "HIPAA refresher due {due}", "parking", "budget FY{fy} ({exec.f})",
             "NICU f/u clinic room swap", "patient satisfaction scores (Q3)"]
    pick = rng.sample(items, rng.randint(3, 5))
    return "Agenda - ops huddle {md} {at}, {site} conf rm\n" + "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(pick))


def fn_it_tickets(c):
    rng = c.rng
    lines = ["open IT tickets:"]
    for _ in range(rng.randint(2, 4)):
        lines.append("{tkt} - %s (%s)" % (rng.choice(["label printer offline", "Citrix {ver} crash", "badge reader",
                                                      "Phreesia kiosk frozen", "scanner 150dpi", "asset {asset} reimage"]),
                                         rng.choice(["{it.f}", "vendor", "waiting on parts", "closed"])))
    return "\n".join(lines)


def fn_oncall(c):
    rng = c.rng
    lines = ["on-call next week:", "| date | provider | backup |", "|---|---|---|"]
    for i in range(rng.randint(3, 5)):
        lines.append("| {md} | Dr. {doc%s.l} | {doc%s.f} |" % (idx(i + 1), idx(i + 2)))
    return "\n".join(lines)


def fn_supply(c):
    rng = c.rng
    items = rng.sample(["otoscope tips (small)", "urine cups", "strep kits", "gloves M", "gloves S", "tongue depressors",
                        "exam table paper", "hep B VIS sheets", "bandaids (dino)", "alcohol pads", "sharps containers"], rng.randint(3, 5))
    return "supply order, {po}\n" + "\n".join("- %s x%d" % (it, rng.randint(1, 20)) for it in items) + "\ntotal {price}"


def fn_stats(c):
    rng = c.rng
    return ("%s numbers:\n- WCC: %d\n- sick: %d\n- newborns: %d\n- no-show: %d%%\n- A/R over 90 days: $%s\n- pts 90+ days overdue for WCC: %d"
            % (rng.choice(["Oct", "Q3", "Sept", "last month's", "YTD"]), rng.randint(300, 900), rng.randint(400, 1500),
               rng.randint(20, 60), rng.randint(4, 15), "{:,}".format(rng.randint(10000, 90000)), rng.randint(20, 200)))


def fn_cred_clean(c):
    rng = c.rng
    lines = ["enrollment status:"]
    for i in range(rng.randint(2, 4)):
        lines.append("- Dr. {doc%s} (NPI {npi}): %s" % (idx(i + 1), rng.choice(["{payer} approved", "{payer} pending", "CAQH re-attest due {due}", "done"])))
    return "\n".join(lines)


def fn_ext_dir(c):
    rng = c.rng
    roles = rng.sample(["front desk", "billing", "nurse line", "referrals", "records", "{mgr.f}", "{it.f}", "school forms"], 4)
    return "updated ext list (internal only):\n" + "\n".join("%s - {ext}" % r for r in roles)


PHI_FN = [("structured,scheduling", fn_schedule), ("structured,recall", fn_recall), ("structured,newborn", fn_nblist),
          ("structured,csv", fn_csv), ("structured,it,ip", fn_it_ip), ("structured,custody", fn_custody_table),
          ("structured,school", fn_forms), ("structured,phone", fn_callbacks), ("structured,device", fn_device_list),
          ("structured,credentialing,license", fn_cred_table), ("thread", fn_thread_phi), ("structured,answering-service", fn_answering)]
CLEAN_FN = [("thread", fn_thread_clean), ("structured,calendar", fn_temp_log), ("structured,money", fn_vendor_quote),
            ("structured,calendar", fn_agenda), ("structured,ticket", fn_it_tickets), ("structured,calendar", fn_oncall),
            ("structured,po,money", fn_supply), ("structured,age-aggregate,money", fn_stats), ("structured,npi", fn_cred_clean),
            ("structured,ext", fn_ext_dir)]

# --------------------------------------------------------------------------
# assembly, self-check, output
# --------------------------------------------------------------------------
TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email", "SSN": "ssn",
            "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id", "ACCOUNT_NUMBER": "account-number",
            "LICENSE_NUMBER": "license-number", "VEHICLE_ID": "vehicle-id", "DEVICE_ID": "device-id",
            "URL": "url", "IP_ADDRESS": "ip-address", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
WORD_RE = re.compile(r"(?<![A-Za-z@/.])[A-Za-z]{5,}(?![A-Za-z@/.])")


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF or o == 0x203C


def add_typo(c, segs):
    cand = [i for i, s in enumerate(segs) if s[1] is None and "http" not in s[0] and "<" not in s[0]
            and WORD_RE.search(s[0])]
    if not cand:
        return segs
    i = c.rng.choice(cand)
    text = segs[i][0]
    words = list(WORD_RE.finditer(text))
    m = c.rng.choice(words)
    w = m.group(0)
    k = c.rng.randint(0, 2)
    j = c.rng.randint(1, len(w) - 2)
    if k == 0:
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif k == 1:
        w2 = w[:j] + w[j + 1:]
    else:
        w2 = w[:j] + w[j] + w[j:]
    if w2 == w:
        return segs
    segs = list(segs)
    segs[i] = (text[:m.start()] + w2 + text[m.end():],) + tuple(segs[i][1:])
    c.tag("typo")
    return segs


def checker_ok(text, spans):
    b = text.encode("utf-8")
    pos = 0
    for typ, val, start in spans:
        v = val.encode("utf-8")
        i = b.find(v, pos)
        if i != start:
            return False
        pos = i + len(v)
    return True


def build_one(kind, tags, frame, seed):
    c = Ctx(random.Random(seed))
    tpl = frame(c) if callable(frame) else frame
    if tpl.startswith("{!boy}"):
        c.kid_pool, tpl = GIVEN_M, tpl[6:]
    elif tpl.startswith("{!girl}"):
        c.kid_pool, tpl = GIVEN_F, tpl[7:]
    segs = [s if len(s) == 3 else (s[0], s[1], False) for s in render(c, tpl)]
    rng = c.rng
    joined = "".join(s[0] for s in segs)
    if rng.random() < (0.04 if "structured" in tags else 0.11) and "<@" not in joined:
        segs = [(s[0].lower(), s[1], s[2]) for s in segs]
        c.tag("lowercase")
    if rng.random() < 0.10:
        segs = add_typo(c, segs)
    if "\n" not in joined and rng.random() < 0.05:
        segs.append((" " + rng.choice(EMOJI), None, False))
    text = ""
    blen = 0
    spans = []
    biz = []
    for s in segs:
        if s[1] is not None:
            v = s[0]
            if v != v.strip() or not v.strip(" .,;:'\"*`()<>|"):
                raise ValueError("bad boundary %r" % v)
            spans.append((s[1], v, blen))
            biz.append(s[2])
        text += s[0]
        blen += len(s[0].encode("utf-8"))
    if not checker_ok(text, spans):
        return None
    if (kind == "phi") != bool(spans):
        raise ValueError("frame kind mismatch: %r" % tpl)
    out_tags = [t for t in tags.split(",") if t]
    for t in c.tags:
        if t not in out_tags:
            out_tags.append(t)
    for typ, _, _ in spans:
        if TYPE_TAG[typ] not in out_tags:
            out_tags.append(TYPE_TAG[typ])
    if spans and all(biz) and "business-contact" not in out_tags:
        out_tags.append("business-contact")
    if not (spans and all(biz)) and "business-contact" in out_tags:
        out_tags.remove("business-contact")
    if "\n" in text and "multiline" not in out_tags:
        out_tags.append("multiline")
    if any(is_emoji(ch) for ch in text) and "emoji" not in out_tags:
        out_tags.append("emoji")
    if re.search(r"<@U|<mailto:|<tel:|<https?:|`|\*[^*\s][^*\n]*\*", text) and "slack-markup" not in out_tags:
        out_tags.append("slack-markup")
    if "\u200b" in text and "zero-width" not in out_tags:
        out_tags.append("zero-width")
    if re.search("[\uff10-\uff19]", text) and "fullwidth" not in out_tags:
        out_tags.append("fullwidth")
    out_tags.append("phi" if spans else "clean")
    return {"text": text, "spans": [{"type": t, "value": v} for t, v, _ in spans], "tags": out_tags}


def main():
    master = random.Random(SEED)
    phi_frames = [(t, f) for t, f in PHI_T] + list(PHI_FN)
    clean_frames = [(t, f) for t, f in CLEAN_T] + list(CLEAN_FN)

    def deal(frames, n):
        out = []
        while len(out) < n:
            batch = list(frames)
            master.shuffle(batch)
            out.extend(batch)
        return out[:n]

    phi_q, clean_q = deal(phi_frames, N_PHI), deal(clean_frames, N_CLEAN)
    kinds = ["phi"] * N_PHI + ["clean"] * N_CLEAN
    master.shuffle(kinds)
    seen = set()
    rows = []
    for n, kind in enumerate(kinds, 1):
        tags, frame = (phi_q if kind == "phi" else clean_q).pop(0)
        for attempt in range(200):
            item = build_one(kind, tags, frame, master.getrandbits(64))
            if item is not None and item["text"] not in seen:
                break
        else:
            raise RuntimeError("could not build message %d" % n)
        seen.add(item["text"])
        rows.append({"id": "hv-%04d" % n, "text": item["text"], "spans": item["spans"], "tags": item["tags"]})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_hv.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_phi = sum(1 for r in rows if r["spans"])
    print("wrote %s: %d messages, %d with PHI, %d clean, %d frames" % (
        path, len(rows), n_phi, len(rows) - n_phi, len(phi_frames) + len(clean_frames)))


if __name__ == "__main__":
    main()
