#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_gy.py -- labelled hospital chat messages, set "gy" (perioperative services).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes generated_gy.jsonl next to this file in the raw corpus format:
  {"id": "gy0001", "text": "...", "spans": [{"type": "NAME", "value": "..."}], "tags": [...]}
Spans are listed in reading order; every value is asserted to be found by the checker's
left-to-right search exactly where the generator placed it.

Design: a message is a list of parts (text, type-or-None, flags).  Frames are either
templates in a tiny language ( [a|b|c] = choose one, {slot} = value or person ) or
functions that build tables / boards / threads.  Slots know whether their value is PHI
under PHI-LABELS.md; clean frames may only use unlabelled slots (checked at start-up).
"""
import datetime
import os
import json
import re
import sys
import unicodedata

import random

SEED = 20250611
N_MSG = 1500
N_PHI = 825                      # 55 %
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_gy.jsonl")
R = random.Random(SEED)

# ----------------------------------------------------------------------------------------
# name pools (origin -> male given, female given, surnames); "_" joins multi-word names
# ----------------------------------------------------------------------------------------
POOLS = {
    "anglo": (
        "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel "
        "Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy "
        "Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin "
        "Scott Brandon Benjamin Samuel Gregory Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron "
        "Henry Douglas Peter Walter Harold Carl Arthur Roger Keith Gerald Lawrence Wayne Ralph "
        "Eugene Russell Philip Bobby Hunter Mason Carter Chase Miles Drew Wade Lane Dale Forrest "
        "Earl Guy Gene Bill Art Sterling Cash King Major Prince Royal Christian Clyde Homer Virgil",
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty "
        "Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah "
        "Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Brenda Pamela "
        "Nicole Emma Samantha Katherine Christine Rachel Carolyn Janet Heather Diane Ruth Julie "
        "Olivia Joyce Virginia Victoria Kelly Lauren Megan Cheryl Hannah Martha Jacqueline Frances "
        "Gloria Teresa Kathryn Janice Jean Alice Madison Doris Abigail Judy Grace Denise Amber "
        "Marilyn Beverly Danielle Theresa Diana Brittany Natalie Charlotte Hope Faith Joy Page Rose "
        "Dawn June April May Summer Autumn Hazel Ivy Iris Violet Pearl Ruby Crystal Destiny Harmony "
        "Constance Patience Prudence Charity Honor Liberty Wren Sunny Star Bonnie Mabel Opal",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Martin "
        "Thompson White Harris Clark Lewis Walker Allen Wright Hill Green Adams Nelson Baker Hall "
        "Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Collins Edwards Stewart "
        "Morris Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Howard Ward Cox Richardson "
        "Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Perry "
        "Russell Fisher Henderson Patterson Reynolds Hamilton Graham Wallace Cole West Owens "
        "Marshall Stevens Tucker Porter Hunter Hicks Crawford Boyd Mason Warren Dixon Burns Gordon "
        "Shaw Holmes Rice Hunt Black Palmer Mills Knight Stone Hawkins Dunn Perkins Hudson Spencer "
        "Pierce Lane Weaver Carpenter Fletcher Whitfield Hope Page Law Church Field Rose Bishop "
        "Young King Little Love Frank Cash Sterling Winter Summers Day Bird Fox Wolf Lamb Hart "
        "Moon Sweet Best Good Rich Strong Small Short Story Lord Noble Pope Wise Golden Snow "
        "Shepherd Marsh Banks Waters Rivers Fields Temple Dean Judge Major Sargent Smith-Jones "
        "Harris-Bell Ashby-Clarke Penny Gentry"),
    "unisex": (
        "Jordan Taylor Casey Riley Avery Quinn Morgan Jamie Alex Sam Jesse Kendall Rowan Sky "
        "River Sage Robin Dakota Frankie Jo", "", ""),
    "irish": (
        "Sean Liam Declan Brendan Kieran Cormac Padraig Ciaran Finn Rory Eamon",
        "Siobhan Niamh Aoife Maeve Brigid Colleen Saoirse Roisin Deirdre Nuala",
        "O'Brien O'Connor O'Neill McAllister MacDonald McCarthy Fitzgerald Gallagher Brennan "
        "Donnelly Kavanagh Sweeney Dougherty Quinn Byrne Walsh MacLeod Fraser Buchanan Brannigan "
        "Kelly Murphy Sullivan Kennedy Ó_Súilleabháin"),
    "aa": (
        "DeShawn Jamal Tyrone Darnell Lamar Terrell Marquis Andre Jalen Darius Malik DeAndre "
        "Tremaine Antwan Jermaine Reginald Cedric Roosevelt Ulysses Odell Willie Otis Cleveland "
        "Booker",
        "Keisha Latoya Tamika Shaniqua Ebony Aaliyah Imani Jasmine Kiara Tanisha Deja Monique "
        "Shanice Nia Raven Dominique Alfreda Earnestine Bernice Lottie Mattie Hattie Essie "
        "Precious Queen",
        "Washington Jefferson Freeman Booker Mosley Gaines Battle Merriweather Dukes Witherspoon "
        "Blackwell Goodwin Haynes Jeter Ware Jackson Robinson Coleman Simmons Jenkins Daniels "
        "Grant Ferguson Stephens Hawkins-Ware Mayfield Pettaway Brownlee Gadson"),
    "hisp": (
        "José Juan Luis Carlos Jorge Miguel Alejandro Rafael Fernando Ricardo Eduardo Javier "
        "Sergio Pedro Raúl Mateo Santiago Diego Joaquín Héctor Ignacio Rogelio Jesús Francisco",
        "Ana Rosa Carmen Lucía Marisol Yesenia Xiomara Maricela Alejandra Graciela Esperanza "
        "Dolores Consuelo Socorro Ximena Itzel Yolanda Catalina Concepción Milagros Nayeli "
        "Beatriz Inés Pilar Rocío Guadalupe",
        "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores "
        "Rivera Gómez Díaz Reyes Cruz Morales Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Mendoza "
        "Castillo Jiménez Vásquez Moreno Herrera Medina Aguilar Vargas Guzmán Romero Salazar "
        "Delgado Cabrera Fuentes Espinoza Navarro Ibarra Villanueva Zamora Ochoa Barrios Quiñones "
        "Colón Serrano Rosario Peña Garcia Rodriguez Lopez Gonzalez de_la_Cruz De_León del_Río "
        "García-Márquez Ortiz-Blanco Vega_Solís"),
    "wafr": (
        "Chinedu Emeka Obinna Oluwaseun Adebayo Kwame Kofi Yaw Kwabena Mamadou Ousmane Moussa "
        "Ibrahima Seydou Babajide Chukwuma Nnamdi Uchenna Olamide Ayodele Kehinde Taiwo",
        "Chiamaka Ngozi Adaeze Folake Yetunde Ama Akosua Abena Efua Adjoa Fatoumata Aminata Awa "
        "Temitope Ifeoma Funmilayo Blessing Comfort",
        "Okafor Okonkwo Adeyemi Obi Eze Nwosu Chukwu Balogun Oyelaran Mensah Asante Boateng "
        "Owusu Osei Appiah Darko Agyeman Diallo Traoré Keita Coulibaly Sow Ndiaye N'Diaye Diop "
        "Fofana Camara Touré Bangura Kamara Sesay Conteh Koroma Ogunleye Babatunde Afolabi Nnadi "
        "Okeke Okafor-Mensah Adebayo-Williams"),
    "eafr": (
        "Abebe Dawit Yohannes Tesfaye Kebede Kamau Otieno Mwangi Baraka Juma Faraji Abdirahman "
        "Liban Warsame Bereket Henok",
        "Tigist Selam Meron Hiwot Mekdes Almaz Eyerusalem Amani Wanjiru Njeri Achieng Akinyi "
        "Zawadi Neema Halima Hodan Fadumo Ayaan",
        "Bekele Haile Girma Alemu Tadesse Wolde Mengistu Abera Odhiambo Ochieng Wanjiku Kariuki "
        "Njoroge Kimani Mutua Omondi Nyambura Farah Abdi Mohamud Yusuf Aden Hirsi Egal "
        "Gebremedhin Tesfamariam Negash"),
    "sasia": (
        "Aarav Arjun Rohan Vikram Rajesh Suresh Anil Sanjay Ramesh Venkat Harpreet Gurpreet "
        "Farhan Imran Rahul Nikhil Sai Pranav Karthik Amitabh",
        "Priya Anjali Deepa Kavya Lakshmi Sunita Pooja Neha Manpreet Simran Jaspreet Amandeep "
        "Ayesha Nusrat Tahmina Sneha Divya Meenakshi Padma Gita",
        "Patel Shah Mehta Desai Joshi Iyer Iyengar Krishnan Subramanian Reddy Rao Nair Menon "
        "Pillai Chatterjee Banerjee Mukherjee Das Ghosh Sen Gupta Agarwal Malhotra Kapoor Khanna "
        "Sethi Singh Kaur Sandhu Gill Dhillon Grewal Chaudhry Qureshi Siddiqui Rahman Hossain "
        "Chowdhury Bhattacharya Venkatesan Ramaswamy"),
    "easia": (
        "Wei Jun Hao Lei Hiroshi Haruto Kenji Takeshi Daisuke Min-jun Ji-woo Hyun-woo Jae-hyun "
        "Xiaoming Zhiwei",
        "Jing Mei Hui Yan Ying Fang Yuki Sakura Akiko Emi Naoko Seo-yeon Eun-ji Soo-ah Yuna Jia Xin",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo "
        "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Kim Lee Park Choi "
        "Jung Kang Cho Yoon Jang Lim Han Shin Kim-Park"),
    "seasia": (
        "Minh Duc Tuan Bao Khanh Thanh Quang Somchai Nattapong Arnel Rodrigo Jericho Bayani Dara "
        "Sokha Kyaw Aung Tou Pao",
        "Linh Thao Huong Anh Phuong Trang Lan Hoa Siriporn Malai Ploy Kanya Maricel Jocelyn "
        "Rowena Marites Analyn Vanna Phalla Sopheap Thida Mya Mai",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Santos Bautista "
        "Aquino Castro Pangilinan Macaraeg Manalo Soriano Dela_Cruz Sok Chea Chhay Prak Xiong "
        "Vang Lor Moua Her Chanthavong Phommachanh Suwannarat Chaiyaporn Htun Maung Nguyen-Tran"),
    "arab": (
        "Mohammed Ahmed Ali Omar Hassan Hussein Khalid Youssef Ibrahim Mustafa Karim Tariq Samir "
        "Rami Bilal Walid Ziad Hamza",
        "Nadia Fatima Aisha Layla Mariam Noor Yasmin Rania Huda Salma Zainab Amira Leila Jamila "
        "Dalia Hiba",
        "Al-Hashimi Haddad Khoury Nasser Saleh Mansour Hamdan Aziz Darwish Bakr Farouk Abdullah "
        "El-Amin Habib Jaber Karam Khalil Mahmoud Najjar Qasim Rashid Shaheen Sultan Suleiman "
        "Yousef Zaki al-Masri Abu-Ghazaleh El-Sayed Abdel-Rahman bin_Saleh"),
    "jewish": (
        "Moshe Avraham Yitzhak Shlomo Yosef Chaim Mordechai Ari Eli Levi Zev Menachem Dov",
        "Shira Rivka Miriam Esther Chana Devorah Tova Yael Noa Batya Malka",
        "Cohen Levy Goldberg Friedman Katz Rosenberg Schwartz Weiss Klein Shapiro Kaplan Horowitz "
        "Greenberg Adler Abramowitz Bernstein Feldman Rubin Stein Ginsburg Mizrahi Peretz "
        "Ben-David Halevi Hirsch Liebowitz Rosenthal Silverman"),
    "eeur": (
        "Dmitri Sergei Vladimir Aleksandr Mikhail Yuri Pavel Bogdan Wojciech Krzysztof Tomasz "
        "Jakub Jiří Milan Dragan Goran Andrei Vasile Mihai",
        "Oksana Olena Tetiana Natalia Svetlana Irina Katarzyna Agnieszka Małgorzata Zofia Zuzana "
        "Jelena Milica Ioana Ludmila Anastasia Galina Nadezhda Mirela",
        "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Dąbrowski Ivanov Petrov Smirnov Volkov Sokolov Popov Kuznetsov Novak Horvat Kovač "
        "Popescu Ionescu Dumitru Shevchenko Bondarenko Kovalenko Tkachenko Marchenko Petrenko "
        "Horváth Nagy Dvořák Svoboda Novotný Jovanović Petrović Nikolić Georgiev Dimitrov"),
    "pacific": (
        "Keoni Kainoa Makana Sione Tevita Viliami Fetu Ikaika Lanakila Kekoa",
        "Kalani Leilani Malia Noelani Pualani Losa Mele Salote Tasi Moana Kailani",
        "Kahananui Kealoha Kamakana Akana Kaleo Nakoa Fonoti Tuilagi Faleolo Fifita Taufa "
        "Vaipulu Sapolu Lealaiauloto Mahe Tuiasosopo Aumua Palelei Kauhane"),
    "native": (
        "Chayton Takoda Tahoma Wapi Ahiga Kele Nodin Hototo",
        "Aiyana Ayasha Cheyenne Kiona Nizhoni Winona Hania Tayanita Halona",
        "Begay Yazzie Tsosie Benally Nez Etsitty Harjo Deschenie Whitehorse Redcloud Tallbear "
        "Two_Bulls Running_Wolf Iron_Shell Silversmith Attakai Yellowhair Manygoats Cornsilk "
        "Roanhorse Chee Bearheart"),
    "carib": (
        "Marlon Desmond Winston Everton Garfield Delroy Kemar Mackenson Fritznel Jean-Pierre "
        "Jean-Claude Wesner",
        "Nadine Sherika Shanique Tyesha Widline Fabiola Rodeline Guerline Nadège Ketia Roselande "
        "Marie-Ange",
        "Jean-Baptiste Pierre-Louis Toussaint Baptiste Desir Dorval Etienne Fleurimond "
        "Jean-Louis Alcindor Augustin Beauvais McKenzie Francis Forbes Lindo Brathwaite "
        "Ramcharan Persaud Maharaj Boodram Ramnarine Mohabir St._Fleur"),
    "euro": (
        "Pieter Hans Luca Marco Giovanni Antonio Henrik Lars Joost",
        "Giulia Francesca Ingrid Annika Sofia Chiara Elke Margit Liesbeth",
        "van_der_Berg Van_Dyke de_Vries von_Hagen da_Silva dos_Santos D'Amato DiNardo Le_Blanc "
        "St._Pierre Du_Bois Ten_Eyck La_Rosa Van_Alstyne Vanderveer Schuyler DeGraff"),
}


def _words(s):
    return [w.replace("_", " ") for w in s.split()]


POOL = {}
for _o, (_m, _f, _s) in POOLS.items():
    POOL[_o] = (_words(_m), _words(_f), _words(_s))
ALL_GIVEN = sorted({n for o in POOL.values() for n in o[0] + o[1]})
ALL_SURN = sorted({n for o in POOL.values() for n in o[2]})
assert len(ALL_GIVEN) >= 400, len(ALL_GIVEN)
assert len(ALL_SURN) >= 400, len(ALL_SURN)
UNISEX = POOL["unisex"][0]
ORIGIN_W = [("anglo", 20), ("irish", 5), ("aa", 10), ("hisp", 15), ("wafr", 6), ("eafr", 5),
            ("sasia", 7), ("easia", 6), ("seasia", 6), ("arab", 4), ("jewish", 3), ("eeur", 5),
            ("pacific", 3), ("native", 3), ("carib", 5), ("euro", 3)]
NICK = {"Robert": "Bobby", "William": "Billy", "Elizabeth": "Liz", "Margaret": "Peggy",
        "Patricia": "Patty", "James": "Jimmy", "Michael": "Mike", "Richard": "Rick",
        "Katherine": "Kate", "Jennifer": "Jen", "Deborah": "Deb", "Joseph": "Joe",
        "Thomas": "Tommy", "Edward": "Ted", "José": "Pepe", "Jesús": "Chuy", "Francisco": "Paco",
        "Guadalupe": "Lupe", "Oluwaseun": "Seun", "Babajide": "Jide", "Aleksandr": "Sasha",
        "Dmitri": "Dima", "Mohammed": "Mo", "Abdirahman": "Abdi", "Chukwuma": "Chuma",
        "Alejandro": "Alex", "Yitzhak": "Itzik", "Avraham": "Avi", "Kathleen": "Kathy",
        "Dorothy": "Dot", "Christopher": "Chris", "Dolores": "Lola", "Concepción": "Concha",
        "Rebecca": "Becky", "Margit": "Gitti", "Nnamdi": "Nam", "Kwabena": "Kobby",
        "Temitope": "Tope", "Ifeoma": "Ify", "Anastasia": "Nastya", "Małgorzata": "Gosia",
        "Katarzyna": "Kasia", "Wojciech": "Wojtek", "Min-jun": "MJ", "Xiaoming": "Sam",
        "Harold": "Hal", "Eugene": "Gene", "Virginia": "Ginny", "Frances": "Fran",
        "Theresa": "Tess", "Cynthia": "Cindy", "Samantha": "Sam", "Mackenson": "Mack"}


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class Person:
    def __init__(self, given, surname, gender, mi, labelled, role):
        self.given, self.surname, self.gender, self.mi = given, surname, gender, mi
        self.labelled, self.role = labelled, role
        self.nick = NICK.get(given)


def new_person(r, role, labelled, gender=None, surname=None):
    o = wchoice(r, ORIGIN_W)
    m, f, s = POOL[o]
    if gender is None:
        gender = "U" if r.random() < 0.05 else r.choice("MF")
    go = wchoice(r, ORIGIN_W) if r.random() < 0.15 else o
    gm, gf, _ = POOL[go]
    if gender == "U":
        given = r.choice(UNISEX)
    else:
        given = r.choice(gm if gender == "M" else gf)
    if surname is None:
        surname = r.choice(s if r.random() > 0.15 else POOL[wchoice(r, ORIGIN_W)][2] or s)
    mi = r.choice("ABCDEFGHJKLMNPRSTW")
    return Person(given, surname, gender, mi, labelled, role)


# ----------------------------------------------------------------------------------------
# parts
# ----------------------------------------------------------------------------------------
def T(v, fl=""):
    return (v, None, fl)


def S(v, typ, fl=""):
    return (v, typ, fl)


def V(v):                      # unlabelled value (hard negative): markable, no typos
    return (v, None, "v")


def RAW(v):                    # protected text (Slack markup, URLs)
    return (v, None, "r")


# ----------------------------------------------------------------------------------------
# basic value generators
# ----------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDAYL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordsuf(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


DOB_STYLES = ["mdy4", "mdy4", "mdy4n", "mdy2", "iso", "long", "dmony", "compact", "dmy",
              "mdydash", "mdydot", "epic", "mony", "mdy4n"]
ANY_STYLES = DOB_STYLES + ["md", "md", "mdp", "longnoy", "mon_th", "mondot", "monthth", "md",
                           "longnoy", "md"]


def fmt_date(r, d, styles):
    y, m, dd = d.year, d.month, d.day
    st = r.choice(styles)
    if st == "md":
        return "%d/%d" % (m, dd)
    if st == "mdp":
        return "%02d/%02d" % (m, dd)
    if st == "mdy4":
        return "%02d/%02d/%d" % (m, dd, y)
    if st == "mdy4n":
        return "%d/%d/%d" % (m, dd, y)
    if st == "mdy2":
        return "%d/%d/%02d" % (m, dd, y % 100)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    if st == "long":
        return "%s %d, %d" % (MONTHS[m - 1], dd, y)
    if st == "longnoy":
        return "%s %d" % (MONTHS[m - 1], dd)
    if st == "dmony":
        return "%d-%s-%d" % (dd, MON3[m - 1], y)
    if st == "mon_th":
        return "%s %d%s" % (MON3[m - 1], dd, ordsuf(dd))
    if st == "compact":
        return "%02d%02d%d" % (m, dd, y)
    if st == "dmy":
        return "%d %s %d" % (dd, MONTHS[m - 1], y)
    if st == "mondot":
        return ("%s. %d" % (MON3[m - 1], dd)) if m != 5 else "May %d" % dd
    if st == "mdydash":
        return "%d-%d-%d" % (m, dd, y)
    if st == "mdydot":
        return "%d.%d.%02d" % (m, dd, y % 100)
    if st == "monthth":
        return "%s %d%s" % (MONTHS[m - 1], dd, ordsuf(dd))
    if st == "epic":
        return "%02d%s%d" % (dd, MON3[m - 1].upper(), y)
    if st == "mony":
        return "%s %d %d" % (MON3[m - 1], dd, y)
    raise ValueError(st)


def rand_date(r, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


AREA = ["518", "518", "518", "315", "607", "845", "914", "212", "716", "585", "413", "802",
        "603", "617", "978", "860", "203", "201", "570", "412", "216", "614", "919", "704",
        "404", "615", "305", "787", "347", "929", "646", "732"]


def phone_tuple(r):
    a = r.choice(AREA)
    e = r.randint(201, 989)
    while e % 100 == 11:
        e += 1
    if r.random() < 0.12:
        e = 555
    return a, str(e), "%04d" % r.randint(0, 9999)


def fmt_phone(r, t, style=None):
    a, e, l = t
    styles = ["paren", "dash", "dash", "dot", "space", "plus1sp", "plus1dash", "bare", "one",
              "paren2", "slash", "plusbare"]
    st = style or r.choice(styles)
    return {"paren": "(%s) %s-%s", "paren2": "(%s)%s-%s", "dash": "%s-%s-%s",
            "dot": "%s.%s.%s", "space": "%s %s %s", "plus1sp": "+1 %s %s %s",
            "plus1dash": "+1-%s-%s-%s", "bare": "%s%s%s", "one": "1-%s-%s-%s",
            "slash": "%s/%s-%s", "plusbare": "+1%s%s%s"}[st] % (a, e, l)


FW = {c: chr(ord(c) - 0x30 + 0xFF10) for c in "0123456789"}


def to_fw(s):
    return "".join(FW.get(c, c) for c in s)


def obf_value(ctx, v, force=None, allow_spaced=True):
    """Obfuscate a numeric identifier (labelled as a whole, incl. the obfuscation)."""
    r = ctx.r
    if force is None:
        if r.random() > ctx.obf_p:
            return v
        kinds = ["zw", "fw", "nbsp", "mixed"] + (["spaced"] if allow_spaced else [])
        force = r.choice(kinds)
    k = force
    if k == "zw":
        pos = sorted(r.sample(range(1, len(v)), min(2, len(v) - 1)))
        zc = r.choice(["\u200b", "\u200b", "\u200c", "\u2060"])
        out = ""
        prev = 0
        for p in pos:
            out += v[prev:p] + zc
            prev = p
        v2 = out + v[prev:]
        ctx.tag("zero-width")
    elif k == "fw":
        v2 = to_fw(v)
        if v2 == v:
            return v
        ctx.tag("fullwidth")
    elif k == "nbsp":
        if re.search(r"[- ]", v):
            v2 = re.sub(r"[- ]", "\u00a0", v)
        else:
            mid = len(v) // 2
            v2 = v[:mid] + "\u00a0" + v[mid:]
    elif k == "mixed":
        seps = re.findall(r"[-. ]", v)
        if not seps:
            return v
        alt = iter([".", "-", " ", "."])
        v2 = re.sub(r"[-. ]", lambda m_: next(alt), v)
        if v2 == v:
            v2 = re.sub(r"[-. ]", "-", v, count=1)
            if v2 == v:
                return v
    elif k == "spaced":
        ds = re.sub(r"\D", "", v)
        if len(ds) < 5 or not ds.isdigit():
            return v
        v2 = " ".join(ds)
    elif k == "break":
        m_ = re.search(r"[-. ]", v)
        if m_:
            v2 = v[:m_.end()] + "\n" + v[m_.end():] if v[m_.start()] == "-" else v[:m_.start()] + "\n" + v[m_.end():]
        else:
            mid = len(v) // 2
            v2 = v[:mid] + "\n" + v[mid:]
        ctx.tag("multiline")
    else:
        raise ValueError(k)
    ctx.tag("evasion")
    return v2


DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell_digits(r, groups):
    out = []
    for g in groups:
        ws = [DIGW[int(c)] if not (c == "0" and r.random() < 0.3) else "oh" for c in g]
        out.append(" ".join(ws))
    return r.choice([", ", " - ", "... "]).join(out)


def spell_age(r, n):
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if n < 100:
        u = units[n - 90]
        return "ninety" + (r.choice(["-", " "]) + u if u else "")
    rest = n - 100
    if rest == 0:
        return r.choice(["one hundred", "a hundred"])
    return "one hundred " + r.choice(["and ", ""]) + units[rest]


def strip_accents(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())


def luhn(r, prefix, length):
    ds = [int(c) for c in prefix] + [r.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        x = dgt * 2 if i % 2 == 0 else dgt
        tot += x - 9 if x > 9 else x
    return "".join(map(str, ds)) + str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------------------
# world data
# ----------------------------------------------------------------------------------------
HOSP = "Kestrel Valley"
HDOM = ["kvrmc.org", "kestrelvalley.org"]
TOWNS = [("Amsterdam", "12010"), ("Gloversville", "12078"), ("Johnstown", "12095"),
         ("Cohoes", "12047"), ("Schenectady", "12304"), ("Ballston Spa", "12020"),
         ("Troy", "12180"), ("Rensselaer", "12144"), ("Hudson", "12534"), ("Catskill", "12414"),
         ("Cobleskill", "12043"), ("Oneonta", "13820"), ("Utica", "13501"), ("Rome", "13440"),
         ("Herkimer", "13350"), ("Little Falls", "13365"), ("Canajoharie", "13317"),
         ("Fonda", "12068"), ("Scotia", "12302"), ("Mechanicville", "12118"),
         ("Waterford", "12188"), ("Hoosick Falls", "12090"), ("Cambridge", "12816"),
         ("Granville", "12832"), ("Whitehall", "12887"), ("Glens Falls", "12801"),
         ("Queensbury", "12804"), ("Lake George", "12845"), ("Corinth", "12822"),
         ("Greenwich", "12834"), ("Schuylerville", "12871"), ("Stillwater", "12170"),
         ("Delanson", "12053"), ("Altamont", "12009"), ("Voorheesville", "12186"),
         ("Ravena", "12143"), ("Coxsackie", "12051"), ("Cairo", "12413"),
         ("Greenville", "12083"), ("Middleburgh", "12122"), ("Schoharie", "12157"),
         ("Sharon Springs", "13459"), ("Richfield Springs", "13439"), ("Ilion", "13357"),
         ("Mohawk", "13407"), ("Frankfort", "13340"), ("Dolgeville", "13329"),
         ("St. Johnsville", "13452"), ("Broadalbin", "12025"), ("Northville", "12134"),
         ("Galway", "12074"), ("Charlton", "12019"), ("Esperance", "12066"), ("Hope", "12134"),
         ("Florida", "12010"), ("Ephratah", "13452"), ("Mayfield", "12117")]
SITES = ["Amsterdam", "Saratoga", "Gloversville", "Cobleskill", "Glens Falls", "Clifton Park",
         "Johnstown", "Oneonta", "Queensbury", "Schenectady", "Mohawk Valley", "North Campus"]
STREETS = ["Elm", "Maple", "Oak Hill", "Division", "Market", "Church", "Union", "Washington",
           "Prospect", "Hillside", "Pine Hollow", "Cider Mill", "Sacandaga", "Mohawk",
           "Saratoga", "Locust", "Guy Park", "Lincoln", "Chestnut", "Bunn", "Perth", "Vrooman",
           "Kingsboro", "Fifth", "Second", "Hope", "Field", "Rose", "Bishop", "River",
           "Schoharie Creek", "Glen", "Van Vranken", "Fort Hunter", "Old State", "Lake Hill",
           "Birch", "Cedar", "Willow Brook", "Sunset", "Orchard", "Academy", "Spring"]
STYPES = ["St", "St", "Street", "Ave", "Ave.", "Rd", "Road", "Ln", "Dr", "Ct", "Blvd", "Way",
          "Terrace", "Pl"]
VENDORS = ["Stratamed", "Orthovance", "Kessler Surgical", "Halcyon Devices", "Brightline Spine",
           "Northway Biologics", "Cardiolux", "Meridian Ortho", "Talon Medical",
           "Verity Endoscopy", "Apex Sterile", "Luma Surgical", "Corvane", "Ridgeway Medical"]
PAYERS = ["Aetna", "BCBS", "Excellus", "MVP", "CDPHP", "Fidelis", "UHC", "Humana", "Cigna",
          "Empire", "Medicare", "NY Medicaid", "Wellcare", "Tricare"]
PROCS = ["lap chole", "TKA", "R TKA", "L THA", "ORIF wrist", "lap appy", "inguinal hernia repair",
         "cysto/stent", "TURP", "TLH", "carpal tunnel release", "ACDF C5-6", "L4-5 lami",
         "shoulder scope", "ACL recon", "phaco OS", "tonsillectomy", "I&D", "hip hemi",
         "EGD/colonoscopy", "lumpectomy w/ SLNB", "thyroidectomy", "bunionectomy",
         "robotic prostatectomy", "RCR", "ex lap", "TAVR", "PPM gen change", "AV fistula",
         "breast expander exchange", "cholangiogram", "trigger finger release"]
CPTS = [("47562", "lap chole"), ("27447", "TKA"), ("27130", "THA"), ("44970", "lap appy"),
        ("49650", "lap inguinal hernia"), ("29881", "knee scope"), ("63030", "lami"),
        ("22551", "ACDF"), ("64721", "CTR"), ("58571", "TLH"), ("52332", "cysto stent"),
        ("27236", "hip hemi"), ("19301", "lumpectomy"), ("60240", "thyroidectomy"),
        ("55866", "robotic prostatectomy"), ("29827", "RCR"), ("66984", "cataract")]
ICDS = ["K80.20", "M17.11", "M16.12", "K35.80", "K40.90", "S72.001A", "M48.062", "G56.01",
        "N20.0", "C50.911", "E04.1", "N40.1", "M75.121", "H25.11", "S52.501A", "Z96.651"]
MEDS = ["Eliquis", "metformin", "Ozempic", "Plavix", "warfarin", "lisinopril", "glargine",
        "aspirin 81", "Xarelto", "Mounjaro", "prednisone", "phentermine", "Jardiance"]
ALLERG = ["PCN", "sulfa", "latex", "chlorhexidine", "NKDA", "codeine", "cefazolin (rash)",
          "adhesive tape", "iodine", "morphine"]
IMPLANTS = ["Meridian PS knee", "Talon pedicle screw set", "Brightline PEEK cage",
            "Orthovance hip stem", "Apex tibial insert", "Corvane mesh 15x15",
            "Luma tissue expander", "Ridgeway radial plate", "Stratamed anchor 4.5",
            "Halcyon ICD lead", "Cardiolux PPM"]
DEVMODELS = ["Cardiolux Azure DR", "Halcyon Vista ICD", "Cardiolux Sola SR",
             "Halcyon Quell CRT-D", "Corvane Aria DR"]
PUMPS = ["Omnipod 5", "t:slim X2", "MiniMed 780G", "Omnipod DASH"]
CGMS = ["Dexcom G7", "Dexcom G6", "Libre 3"]
LANGS = ["Spanish", "Vietnamese", "Haitian Creole", "Portuguese", "Somali", "Arabic", "Nepali",
         "Polish", "ASL", "Mandarin", "Russian", "Tigrinya", "Karen", "Dari", "Swahili",
         "Tagalog", "Amharic", "Bengali", "Hmong", "Ukrainian"]
FOREIGN = ["mi mamá está muy nerviosa", "gracias por todo", "¿ya salió de la cirugía?",
           "ya llegamos, estamos en el estacionamiento", "cảm ơn nhiều", "mẹ tôi có sao không?",
           "mèsi anpil", "li pa manje depi yè swa", "obrigada, estamos esperando",
           "mahadsanid", "shukran, inshallah everything goes well", "dziękuję bardzo",
           "salamat po", "si Lola po ay kinakabahan", "ameseginalehu", "спасибо",
           "asante sana", "dhanyabad", "我们在等候室", "tafadhali mtupigie simu",
           "mi esposo no habla inglés", "hija, ¿dónde estás?"]
CARS = ["silver Honda CR-V", "gray Silverado", "white Camry", "red Jeep Cherokee",
        "black Ford Explorer", "blue Subaru Outback", "green Forester", "maroon Sienna",
        "tan Buick Enclave", "white Ram 1500", "gold Corolla"]
CONFROOMS = ["Conf Rm B", "Admin Board Room", "Periop Conf 2", "the OR lounge",
             "MOB 3rd fl huddle room", "Rm 4417", "Classroom 2", "Kestrel Room (2nd fl)",
             "Surgical Services library", "Conf Rm 1120"]
TASKS = ["Call rep re loaner trays", "Send block util deck to CNO", "Renew Reptrax badges",
         "Review FCOTS data", "Book vendor fair room", "Update call schedule",
         "Order replacement Penfield #3", "Submit capital request for towers",
         "Schedule SPD in-service", "Draft OR governance minutes"]
MTGS = ["OR Governance", "Block Committee", "Periop Council", "SPD huddle", "Vendor QBR",
        "Capital review", "Staffing check-in", "Robotics steering", "Quality deep dive"]
EQUIP = ["C-arm", "video tower", "Bovie", "microscope", "bed", "anesthesia machine",
         "printer", "Omnicell", "fluid warmer", "tourniquet"]
TITLES = ["CNO", "VP Surgical Services", "CFO", "COO", "CMO", "President"]
POLTOPICS = ["surgical attire", "specimen handling", "implant documentation",
             "vendor access", "time out", "count procedures", "photography in the OR"]
BUMPREASONS = ["emergent case", "surgeon running over", "no bed", "H&P not done",
               "rep can't make it", "tray not sterile", "anesthesia staffing", "trauma in OR 1",
               "labs not back", "insurance auth pending"]
CXREASONS = ["pt ate breakfast", "positive COVID", "no ride home", "BP 210/110",
             "pt changed mind", "auth denied", "sick (URI)", "missing cardiac clearance"]
EMO_UNI = ["🙏", "👍", "😅", "🙌", "✅", "⚠️", "🔥", "😬", "💯", "❤️", "🏥", "⏰", "🤞", "👀",
           "😩", "🤦", "☕"]
EMO_CODE = [":pray:", ":thumbsup:", ":sweat_smile:", ":raised_hands:", ":white_check_mark:",
            ":warning:", ":eyes:", ":fire:", ":grimacing:", ":hospital:", ":alarm_clock:",
            ":crossed_fingers:", ":coffee:", ":+1:", ":ty:"]
DONORFOUND = ["Kestrel Valley Health Foundation", "Mohawk Valley Community Fund",
              "Friends of KVRMC", "Sacandaga Rotary"]


# ----------------------------------------------------------------------------------------
# message context
# ----------------------------------------------------------------------------------------
LABELLED_ROLES = {"pt", "fam", "vip", "ehc", "vis"}
STAFF_ROLES = {"surg", "anes", "crna", "rn", "sched", "dir", "exec", "rep", "tech", "sw",
               "clerk", "bill", "it", "ea", "mgr", "pa", "pcp", "donor", "me"}
RELS = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("mom", "F"),
        ("mother", "F"), ("dad", "M"), ("sister", "F"), ("brother", "M"), ("niece", "F"),
        ("nephew", "M"), ("granddaughter", "F"), ("grandson", "M"), ("partner", "U"),
        ("fiancée", "F"), ("dtr", "F"), ("hija", "F"), ("hijo", "M"), ("esposa", "F"),
        ("esposo", "M"), ("aunt", "F"), ("uncle", "M"), ("stepdaughter", "F"),
        ("cousin", "U"), ("friend", "U"), ("neighbor", "U"), ("daughter-in-law", "F")]


class Ctx:
    def __init__(self, r, kind, src=""):
        self.r = r
        self.kind = kind
        self.people = {}
        self.memo = {}
        self.rels = {}
        self.tags = []
        self.obf_p = 0.09
        self.base = rand_date(r, 2025, 2026)
        self.age_hi = r.randint(90, 104)
        self.age_lo = r.randint(19, 89)
        self.age_mode_hi = r.random() < 0.5
        if "{age90" in src or ("{age}" in src and self.age_mode_hi):
            by = 2025 - self.age_hi - r.randint(0, 1)
        elif "{agelo" in src or "{age}" in src:
            by = 2025 - self.age_lo - r.randint(0, 1)
        else:
            by = r.randint(1928, 2006)
        self.birth_year = by
        self.main = "pt"
        for k in ("pt", "vip", "ehc"):
            if "{" + k in src:
                self.main = k
                break

    def tag(self, t):
        if t not in self.tags:
            self.tags.append(t)

    # people ------------------------------------------------------------------------
    def rel(self, idx):
        fk = "fam" + idx
        if idx not in self.rels:
            if fk in self.people:
                g = self.people[fk].gender
                opts = [x for x in RELS if x[1] == g or x[1] == "U"]
            else:
                opts = RELS
            self.rels[idx] = self.r.choice(opts)
        return self.rels[idx]

    def person(self, key):
        if key in self.people:
            return self.people[key]
        base = re.sub(r"\d+$", "", key)
        idx = key[len(base):]
        r = self.r
        if base == "fam":
            g = self.rel(idx)[1]
            g = None if g == "U" else g
            sur = None
            pk = "pt" + idx if ("pt" + idx) in self.people or idx in ("0", "1", "3", "4") else "pt"
            pt = self.people.get(pk) or self.person(pk)
            if r.random() < 0.6:
                sur = pt.surname
            p = new_person(r, "fam", True, gender=g, surname=sur)
        elif base in LABELLED_ROLES:
            p = new_person(r, base, True)
        elif base in STAFF_ROLES:
            p = new_person(r, base, False)
            if base == "exec":
                self.tag("exec-name")
        else:
            raise KeyError(key)
        # avoid two different people with the same visible name in one message
        for q in self.people.values():
            if q.surname == p.surname and q.given == p.given:
                p.given = r.choice(ALL_GIVEN)
        self.people[key] = p
        return p


def name_parts(ctx, p, form=None):
    r = ctx.r
    lab = "NAME" if p.labelled else None
    fl = "" if p.labelled else "v"
    if form is None:
        if p.labelled and p.role == "fam":
            form = wchoice(r, [("full", 40), ("first", 45), ("last", 4), ("hon", 5),
                               ("nick", 3), ("lower", 3)])
        elif p.labelled:
            form = wchoice(r, [("full", 30), ("first", 8), ("last", 14), ("lf", 10), ("LF", 5),
                               ("fullmi", 5), ("init", 5), ("hon", 12), ("nick", 3),
                               ("lower", 3), ("lfnc", 2)])
        elif p.role in ("surg", "anes", "pcp"):
            form = wchoice(r, [("dr", 50), ("last", 20), ("full", 12), ("first", 10),
                               ("drfull", 8)])
        else:
            form = wchoice(r, [("first", 45), ("full", 35), ("last", 8), ("init", 7),
                               ("fullmi", 5)])
    g, s = p.given, p.surname
    if form == "poss":
        base = name_parts(ctx, p, r.choice(["full", "first", "last", "last", "hon"]
                                           if p.labelled else ["first", "full", "last", "dr"]
                                           if p.role in ("surg", "anes", "pcp") else
                                           ["first", "full", "last"]))
        return base + [T(r.choice(["'s", "'s", "'s", "’s"]) if not base[-1][0].endswith("s")
                         else r.choice(["'", "'s"]))]
    if form == "full":
        return [(g + " " + s, lab, fl)]
    if form == "fullmi":
        return [(g + " " + p.mi + ". " + s, lab, fl)]
    if form == "first":
        return [(g, lab, fl)]
    if form == "last":
        return [(s, lab, fl)]
    if form == "lf":
        return [(s + ", " + g, lab, fl)]
    if form == "lfnc":
        return [(s + " " + g, lab, fl)]
    if form == "LF":
        return [(s.upper() + ", " + g.upper() + r.choice(["", " " + p.mi]), lab, fl)]
    if form == "init":
        return [(g[0] + ". " + s, lab, fl)]
    if form == "lower":
        return [((g + " " + s).lower(), lab, fl)]
    if form == "hon":
        h = {"M": ["Mr. ", "Mr "], "F": ["Ms. ", "Mrs. ", "Ms ", "Miss "],
             "U": ["Mx. "]}[p.gender]
        return [T(r.choice(h)), (s, lab, fl)]
    if form == "dr":
        return [T(r.choice(["Dr. ", "Dr ", "dr. ", "Dr. "])), (s, lab, fl)]
    if form == "drfull":
        return [T("Dr. "), (g + " " + s, lab, fl)]
    if form == "nick":
        if not p.nick:
            return [(g + " " + s, lab, fl)]
        st = r.choice(["paren", "quote", "goesby"])
        if st == "paren":
            return [(g + " " + s, lab, fl), T(" ("), (p.nick, lab, fl), T(")")]
        if st == "quote":
            return [(g + " " + s, lab, fl), T(' ("'), (p.nick, lab, fl), T('")')]
        gb = r.choice([", goes by ", " (goes by ", " aka "])
        return [(g + " " + s, lab, fl), T(gb), (p.nick, lab, fl)] + ([T(")")] if "(" in gb else [])
    raise ValueError(form)


PRON = {"he": {"M": "he", "F": "she", "U": "they"}, "his": {"M": "his", "F": "her", "U": "their"},
        "him": {"M": "him", "F": "her", "U": "them"}}


# ----------------------------------------------------------------------------------------
# slots: f(ctx, arg) -> list of parts.  SLOTS[name] = (func, labelled, memo)
# ----------------------------------------------------------------------------------------
SLOTS = {}


def slot(name, labelled=False, memo=True):
    def deco(f):
        SLOTS[name] = (f, labelled, memo)
        return f
    return deco


def lv(ctx, labels, value, typ, fl=""):
    ctx.tag("structured")
    return [T(ctx.r.choice(labels)), S(value, typ, fl)]


# ---- dates -----------------------------------------------------------------------------
def health_date(ctx, which):
    r = ctx.r
    b = ctx.base
    off = {"dos": 0, "adm": -r.randint(0, 3), "dc": r.randint(1, 6), "fall": r.randint(-2, 2),
           "fu": r.randint(10, 42), "hdate": -r.randint(0, 60)}.get(which, r.randint(2, 25))
    return b + datetime.timedelta(days=off)


def date_parts(ctx, d, styles, typ):
    r = ctx.r
    txt = fmt_date(r, d, styles)
    out = []
    if r.random() < 0.12 and not re.match(r"^\d{8}$|^\d{2}[A-Z]{3}\d{4}$", txt):
        wd = d.weekday()
        out.append(T(r.choice([WDAY[wd] + " ", WDAYL[wd] + " ", WDAY[wd] + ", ", WDAYL[wd] + ", "])))
    out.append(S(txt, typ) if typ else V(txt))
    return out


@slot("dob", True)
def s_dob(ctx, arg):
    r = ctx.r
    by = ctx.birth_year if not arg else r.randint(1926, 2006)
    d = datetime.date(by, r.randint(1, 12), r.randint(1, 28))
    return [S(fmt_date(r, d, DOB_STYLES), "DATE")]


@slot("dobl", True)
def s_dobl(ctx, arg):
    labels = ["DOB ", "DOB: ", "dob ", "D.O.B. ", "birthdate ", "b. ", "born ", "DOB-", "DBO ",
              "bday ", "Date of birth: ", "dob:"]
    ctx.tag("structured")
    return [T(ctx.r.choice(labels))] + s_dob(ctx, arg)


for _w in ("dos", "adm", "dc", "fall", "fu", "hdate"):
    def _mk(w):
        def f(ctx, arg):
            d = health_date(ctx, w) if not arg else health_date(ctx, "x")
            return date_parts(ctx, d, ANY_STYLES, "DATE")
        return f
    SLOTS[_w] = (_mk(_w), True, True)


def biz_date(ctx, lo=1, hi=120):
    return ctx.base + datetime.timedelta(days=ctx.r.randint(-20, hi))


for _w in ("mdate", "gldate", "due"):
    def _mk2(w):
        def f(ctx, arg):
            ctx.tag("calendar")
            prev = ctx.memo.get("_bizdate")
            if arg == "2" and prev is not None:
                d = prev + datetime.timedelta(days=ctx.r.randint(1, 14))
            else:
                d = biz_date(ctx)
            ctx.memo["_bizdate"] = d
            return date_parts(ctx, d, ANY_STYLES, None)
        return f
    SLOTS[_w] = (_mk2(_w), False, True)


@slot("exp")
def s_exp(ctx, arg):
    r = ctx.r
    m, y = r.randint(1, 12), r.randint(2026, 2031)
    return [V(r.choice(["%02d/%02d" % (m, y % 100), "%d/%d" % (m, y), "%02d/%d" % (m, y),
                        "%02d-%02d" % (m, y % 100)]))]


@slot("covend")
def s_covend(ctx, arg):
    return date_parts(ctx, biz_date(ctx), DOB_STYLES, None)


@slot("liclapse")
def s_liclapse(ctx, arg):
    return date_parts(ctx, rand_date(ctx.r, 2026, 2028), DOB_STYLES + ["mony"], None)


@slot("time")
def s_time(ctx, arg):
    r = ctx.r
    last = ctx.memo.get("_hour")
    if arg in ("2", "3") and last is not None and last < 18:
        h = r.randint(last + 1, min(last + 4, 18))
    else:
        h = r.choice([6, 7, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17])
    ctx.memo["_hour"] = h
    mi = r.choice([0, 0, 15, 30, 30, 45])
    st = r.choice(["mil", "mil", "colon", "ampm", "short"])
    if st == "mil":
        return [V("%02d%02d" % (h, mi))]
    if st == "colon":
        return [V("%d:%02d" % (h, mi))]
    hh = h if h <= 12 else h - 12
    if st == "ampm":
        return [V("%d:%02d %s" % (hh, mi, "AM" if h < 12 else "PM"))]
    return [V("%d:%02d%s" % (hh, mi, "a" if h < 12 else "p") if mi else "%d%s" % (hh, "am" if h < 12 else "pm"))]


@slot("fyq")
def s_fyq(ctx, arg):
    return [V(ctx.r.choice(["Q3", "Q1", "FY26 Q2", "FY2027", "Q4 FY25", "Jan-Mar", "last month",
                            "YTD", "H1", "FY26"]))]


# ---- ages ------------------------------------------------------------------------------
@slot("age90", True)
def s_age90(ctx, arg):
    r = ctx.r
    if r.random() < 0.22:
        ctx.tag("evasion")
        return [S(spell_age(r, ctx.age_hi), "AGE")]
    return [S(str(ctx.age_hi), "AGE")]


@slot("agelo")
def s_agelo(ctx, arg):
    return [V(str(ctx.age_lo))]


@slot("age", True)
def s_age(ctx, arg):
    if ctx.age_mode_hi:
        return [S(str(ctx.age_hi), "AGE")]
    return [V(str(ctx.age_lo))]


@slot("agg")
def s_agg(ctx, arg):
    ctx.tag("age-aggregate")
    return [T(ctx.r.choice(["patients 90+", "pts over 90", "%d pts over 90" % ctx.r.randint(2, 9),
                            "the 90-and-over group", "pts aged 90+", "anyone over 90",
                            "patients ≥90", "over-90s"]))]


@slot("agecut")
def s_agecut(ctx, arg):
    return [V(str(ctx.r.choice([70, 75, 80, 85])))]


# ---- phones / emails ---------------------------------------------------------------------
@slot("phone", True)
def s_phone(ctx, arg):
    v = fmt_phone(ctx.r, phone_tuple(ctx.r))
    return [S(obf_value(ctx, v), "PHONE")]


@slot("phonebr", True)
def s_phonebr(ctx, arg):
    v = fmt_phone(ctx.r, phone_tuple(ctx.r), ctx.r.choice(["dash", "paren", "dot"]))
    return [S(obf_value(ctx, v, force="break"), "PHONE")]


@slot("phonezw", True)
def s_phonezw(ctx, arg):
    v = fmt_phone(ctx.r, phone_tuple(ctx.r), ctx.r.choice(["dash", "paren", "dot", "bare"]))
    return [S(obf_value(ctx, v, force=ctx.r.choice(["zw", "zw", "nbsp", "fw"])), "PHONE")]


@slot("cell", True)
def s_cell(ctx, arg):
    return lv(ctx, ["cell ", "c: ", "mobile ", "cell# ", "ph ", "home ", "h: ", "cb# ", "tel ",
                    "cell: ", "mob "], obf_value(ctx, fmt_phone(ctx.r, phone_tuple(ctx.r))), "PHONE")


@slot("bphone", True)
def s_bphone(ctx, arg):
    v = fmt_phone(ctx.r, phone_tuple(ctx.r))
    return [S(v, "PHONE", "b")]


@slot("bphonex", True)
def s_bphonex(ctx, arg):
    r = ctx.r
    v = fmt_phone(r, phone_tuple(r), r.choice(["paren", "dash", "dot"]))
    v += r.choice([" ext. ", " ext ", " x", " x ", ",,"]) + str(r.randint(10, 9999))
    return [S(v, "PHONE", "b")]


@slot("phonex", True)
def s_phonex(ctx, arg):
    r = ctx.r
    v = fmt_phone(r, phone_tuple(r), r.choice(["paren", "dash", "dot"]))
    v += r.choice([" ext. ", " ext ", " x", " x "]) + str(r.randint(10, 9999))
    return [S(v, "PHONE")]


@slot("fax", True)
def s_fax(ctx, arg):
    return [S(fmt_phone(ctx.r, phone_tuple(ctx.r), ctx.r.choice(["paren", "dash", "dot"])),
              "PHONE", "b")]


@slot("sphone", True)
def s_sphone(ctx, arg):
    a, e, l = phone_tuple(ctx.r)
    ctx.tag("evasion")
    return [S(spell_digits(ctx.r, [a, e, l]), "PHONE")]


@slot("tel", True)
def s_tel(ctx, arg):
    t = phone_tuple(ctx.r)
    ctx.tag("slack-markup")
    return [RAW("<tel:"), S("+1" + "".join(t), "PHONE", "r"), RAW("|"),
            S(fmt_phone(ctx.r, t, ctx.r.choice(["paren", "dash", "dot"])), "PHONE", "r"), RAW(">")]


PERSONAL_DOM = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "aol.com", "icloud.com",
                "outlook.com", "comcast.net", "verizon.net", "nycap.rr.com", "twcny.rr.com",
                "proton.me", "msn.com", "frontiernet.net"]


def email_local(r, p):
    g, s = slug(p.given), slug(p.surname)
    return r.choice([g + "." + s, g[0] + s, g + s + str(r.randint(1, 99)), g + "_" + s[0],
                     s + g[0], g + "." + s + str(r.randint(50, 99)), s + "." + g])


def email_person(ctx, arg, default):
    key = arg or default
    return ctx.person(key)


@slot("email", True)
def s_email(ctx, arg):
    r = ctx.r
    p = email_person(ctx, arg, "pt")
    local, dom = email_local(r, p), r.choice(PERSONAL_DOM)
    if r.random() < 0.16:
        d1, d2 = dom.rsplit(".", 1)
        at = r.choice([" [at] ", " (at) ", " at ", "[at]", " @ "])
        dot = r.choice([" [dot] ", " dot ", "(dot)", "."])
        ctx.tag("evasion")
        return [S(local + at + d1.replace(".", dot) + dot + d2, "EMAIL")]
    return [S(local + "@" + dom, "EMAIL")]


def vendor_of(ctx):
    if "vendor" not in ctx.memo:
        ctx.memo["vendor"] = [V(ctx.r.choice(VENDORS))]
    return ctx.memo["vendor"][0][0]


@slot("bemail", True)
def s_bemail(ctx, arg):
    r = ctx.r
    p = ctx.person(arg or "rep")
    if p.role == "rep":
        dom = slug(vendor_of(ctx)) + r.choice([".com", "med.com", ".com"])
    else:
        dom = r.choice(HDOM)
    local = r.choice([slug(p.given) + "." + slug(p.surname), slug(p.given)[0] + slug(p.surname)])
    return [S(local + "@" + dom, "EMAIL", "b")]


@slot("mailto", True)
def s_mailto(ctx, arg):
    r = ctx.r
    p = ctx.person(arg or "fam")
    e = email_local(r, p) + "@" + r.choice(PERSONAL_DOM)
    ctx.tag("slack-markup")
    return [RAW("<mailto:"), S(e, "EMAIL", "r"), RAW("|"), S(e, "EMAIL", "r"), RAW(">")]


# ---- identifiers -------------------------------------------------------------------------
def mrn_val(r):
    st = r.choice(["8", "8", "8z", "7", "9", "10", "dash"])
    if st == "8":
        return str(r.randint(10000000, 99999999))
    if st == "8z":
        return "00" + digits(r, 6)
    if st == "7":
        return str(r.randint(1000000, 9999999))
    if st == "9":
        return "1" + digits(r, 8)
    if st == "10":
        return "20" + digits(r, 8)
    return digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 3)


MRN_L = ["MRN ", "MRN: ", "MRN#", "MRN # ", "MR# ", "MR #", "med rec # ", "Med Rec No. ",
         "chart # ", "chart#", "mrn ", "mrn:", "MNR ", "MRN-", "MRN ", "(MRN "]


@slot("mrn", True)
def s_mrn(ctx, arg):
    lab = ctx.r.choice(MRN_L)
    v = obf_value(ctx, mrn_val(ctx.r))
    ctx.tag("structured")
    out = [T(lab), S(v, "MRN")]
    if lab.startswith("("):
        out.append(T(")"))
    return out


@slot("mrnv", True)
def s_mrnv(ctx, arg):
    return [S(obf_value(ctx, mrn_val(ctx.r)), "MRN")]


@slot("mrnsp", True)
def s_mrnsp(ctx, arg):
    return [T(ctx.r.choice(["MRN ", "mrn "])), S(obf_value(ctx, mrn_val(ctx.r).replace("-", ""),
                                                         force="spaced"), "MRN")]


@slot("mrnbr", True)
def s_mrnbr(ctx, arg):
    return [S(obf_value(ctx, mrn_val(ctx.r), force="break"), "MRN")]


@slot("smrn", True)
def s_smrn(ctx, arg):
    v = mrn_val(ctx.r).replace("-", "")
    ctx.tag("evasion")
    return [S(spell_digits(ctx.r, [v[:3], v[3:6], v[6:]]), "MRN")]


def ssn_val(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)


def fmt_ssn(r, t):
    a, b, c = t
    st = r.choice(["dash", "dash", "dash", "space", "none", "mixed"])
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s",
            "mixed": "%s.%s-%s"}[st] % (a, b, c)


@slot("ssnv", True)
def s_ssnv(ctx, arg):
    v = fmt_ssn(ctx.r, ssn_val(ctx.r))
    if "." in v or v.isdigit():
        ctx.tag("evasion")
    return [S(obf_value(ctx, v), "SSN")]


@slot("ssn", True)
def s_ssn(ctx, arg):
    return [T(ctx.r.choice(["SSN ", "SSN: ", "SSN#", "ss# ", "SS#: ", "soc sec # ", "social ",
                            "ssn ", "SSN "]))] + s_ssnv(ctx, arg)


@slot("ssnraw", True)
def s_ssnraw(ctx, arg):
    ctx.tag("evasion")
    return [T(ctx.r.choice(["SSN ", "ssn ", "SSN# ", "social ", "SSN: "])),
            S("".join(ssn_val(ctx.r)), "SSN")]


@slot("sssn", True)
def s_sssn(ctx, arg):
    ctx.tag("evasion")
    return [S(spell_digits(ctx.r, list(ssn_val(ctx.r))), "SSN")]


@slot("ssnfw", True)
def s_ssnfw(ctx, arg):
    v = "-".join(ssn_val(ctx.r))
    return [T("SSN "), S(obf_value(ctx, v, force="fw"), "SSN")]


def hpid_val(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    st = r.choice(["3l9", "w9", "3l8", "sp", "num"])
    if st == "3l9":
        return "".join(r.choice(L) for _ in range(3)) + digits(r, 9)
    if st == "w9":
        return "W" + digits(r, 9)
    if st == "3l8":
        return "".join(r.choice(L) for _ in range(3)) + digits(r, 8) + "0" + str(r.randint(1, 4))
    if st == "sp":
        return "".join(r.choice(L) for _ in range(3)) + " " + digits(r, 4) + " " + digits(r, 4)
    return digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3) + r.choice("AB")


HP_L = ["member ID ", "Member ID: ", "mbr id ", "member # ", "sub ID ", "subscriber ID ",
        "subscriber # ", "policy # ", "policy no. ", "ID# ", "ins ID ", "memeber id ", "mem id: "]


@slot("hpid", True)
def s_hpid(ctx, arg):
    return lv(ctx, HP_L, obf_value(ctx, hpid_val(ctx.r), allow_spaced=False), "HEALTH_PLAN_ID")


@slot("hpidv", True)
def s_hpidv(ctx, arg):
    return [S(hpid_val(ctx.r), "HEALTH_PLAN_ID")]


def mbi_val(r):
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(L), r.choice(A), str(r.randint(0, 9)), r.choice(L),
         r.choice(A), str(r.randint(0, 9)), r.choice(L), r.choice(L), str(r.randint(0, 9)),
         str(r.randint(0, 9))]
    s = "".join(c)
    return r.choice([s, s[:4] + "-" + s[4:7] + "-" + s[7:], s])


@slot("mbi", True)
def s_mbi(ctx, arg):
    return lv(ctx, ["MBI ", "MBI: ", "Medicare ID ", "medicare # ", "mbi ", "MBI#"],
              mbi_val(ctx.r), "HEALTH_PLAN_ID")


@slot("mbiv", True)
def s_mbiv(ctx, arg):
    return [S(mbi_val(ctx.r), "HEALTH_PLAN_ID")]


@slot("mcdv", True)
def s_mcdv(ctx, arg):
    r = ctx.r
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return [S(r.choice(L) + r.choice(L) + digits(r, 5) + r.choice(L), "HEALTH_PLAN_ID")]


def har_val(r):
    return r.choice(["7", "8", "9", "40"]) + digits(r, 9)


@slot("har", True)
def s_har(ctx, arg):
    return lv(ctx, ["HAR ", "HAR# ", "HAR: ", "acct ", "acct # ", "account # ", "guarantor acct ",
                    "hosp acct ", "pt acct # ", "Acct No. ", "HAR #"],
              obf_value(ctx, har_val(ctx.r)), "ACCOUNT_NUMBER")


@slot("harv", True)
def s_harv(ctx, arg):
    return [S(obf_value(ctx, har_val(ctx.r)), "ACCOUNT_NUMBER")]


def dea_val(r):
    L = "ABFGMPR"
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice(L) + r.choice("ABCDEFGHJKLMNPRSTWZ") + "".join(map(str, d)) + str(chk)


@slot("dea", True)
def s_dea(ctx, arg):
    ctx.tag("credentialing")
    return lv(ctx, ["DEA ", "DEA# ", "DEA: ", "dea # ", "DEA no. "], dea_val(ctx.r), "LICENSE_NUMBER")


@slot("deav", True)
def s_deav(ctx, arg):
    return [S(dea_val(ctx.r), "LICENSE_NUMBER")]


@slot("lic", True)
def s_lic(ctx, arg):
    r = ctx.r
    ctx.tag("credentialing")
    return lv(ctx, ["NY lic ", "lic # ", "license # ", "RN lic ", "state license ", "NYS lic. ",
                    "MD lic ", "NYS license no. ", "lic#"],
              r.choice(["%06d" % r.randint(100000, 399999), "%06d" % r.randint(100000, 399999),
                        "RN" + digits(r, 6)]), "LICENSE_NUMBER")


@slot("dl", True)
def s_dl(ctx, arg):
    r = ctx.r
    v = r.choice([digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3), digits(r, 9),
                  r.choice("SDKM") + digits(r, 8), digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3)])
    return lv(ctx, ["DL ", "DL# ", "driver's license ", "drivers lic ", "NY DL ", "license "], v,
              "LICENSE_NUMBER")


def plate_val(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    st = r.choice(["ny", "nysp", "nyc", "num"])
    a = "".join(r.choice(L) for _ in range(3))
    if st == "ny":
        return a + "-" + digits(r, 4)
    if st == "nysp":
        return a + " " + digits(r, 4)
    if st == "nyc":
        return a + digits(r, 4)
    return digits(r, 1) + "".join(r.choice(L) for _ in range(3)) + digits(r, 3)


@slot("plate", True)
def s_plate(ctx, arg):
    return lv(ctx, ["plate ", "plate # ", "tag ", "lic plate ", "NY plate ", "plates ", "plate: "],
              plate_val(ctx.r), "VEHICLE_ID")


@slot("platev", True)
def s_platev(ctx, arg):
    return [S(plate_val(ctx.r), "VEHICLE_ID")]


@slot("vin", True)
def s_vin(ctx, arg):
    r = ctx.r
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = r.choice(["1", "2", "3", "4", "5", "J", "K"]) + "".join(r.choice(A) for _ in range(16))
    return lv(ctx, ["VIN ", "VIN: ", "vin# ", "VIN is "], v, "VEHICLE_ID")


def pmsn_val(r):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice(["".join(r.choice(L) for _ in range(3)) + digits(r, 6) + r.choice("SHGR"),
                     r.choice(L) + r.choice(L) + digits(r, 7)])


@slot("pmsn", True)
def s_pmsn(ctx, arg):
    return [S(pmsn_val(ctx.r), "DEVICE_ID")]


@slot("pumpsn", True)
def s_pumpsn(ctx, arg):
    r = ctx.r
    return [S(r.choice(["NG" + digits(r, 7) + "H", digits(r, 8), "PDM-" + digits(r, 6)]), "DEVICE_ID")]


@slot("cgm", True)
def s_cgm(ctx, arg):
    r = ctx.r
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return [S("".join(r.choice(A) for _ in range(6)) if r.random() < 0.6 else
              "8" + "".join(r.choice(A) for _ in range(5)), "DEVICE_ID")]


@slot("hasn", True)
def s_hasn(ctx, arg):
    r = ctx.r
    return [S(digits(r, 4) + r.choice("XHKR") + digits(r, 4), "DEVICE_ID")]


def devsn_val(r):
    return r.choice([digits(r, 4) + "-" + digits(r, 5), r.choice("ABKT") + digits(r, 7),
                     digits(r, 10), "SN" + digits(r, 8)])


@slot("devsnv", True)
def s_devsnv(ctx, arg):
    return [S(devsn_val(ctx.r), "DEVICE_ID")]


def udi_val(r):
    gtin = "00" + digits(r, 12)
    exp = "%02d%02d%02d" % (r.randint(26, 31), r.randint(1, 12), r.randint(1, 28))
    lot = r.choice("ABKLMT") + digits(r, 4)
    sn = digits(r, 5)
    st = r.choice(["hri", "hri", "hri2", "plain"])
    if st == "hri":
        return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, lot, sn)
    if st == "hri2":
        return "(01)%s(11)%s(21)%s" % (gtin, exp, sn)
    return "01%s17%s10%s21%s" % (gtin, exp, lot, sn)


@slot("udi", True)
def s_udi(ctx, arg):
    return [S(udi_val(ctx.r), "DEVICE_ID")]


@slot("stockudi")
def s_stockudi(ctx, arg):
    return [V(udi_val(ctx.r))]


PORTAL_HOSTS = ["https://mychart.kvrmc.org/MyChart/", "https://portal.kestrelvalley.org/"]


def pt_url(ctx, kind):
    r = ctx.r
    p = ctx.person("pt")
    if kind == "portal":
        return r.choice(PORTAL_HOSTS) + r.choice(["Visit?pid=", "app/patient/", "msg?pt="]) + \
            r.choice(["E", "", "P"]) + digits(r, 7)
    if kind == "page":
        nm = slug(p.given) + r.choice(["", "-"]) + slug(p.surname)
        return r.choice(["https://www.caringbridge.org/site/" + nm,
                         "https://www.gofundme.com/f/help-" + slug(p.given) + "-" + slug(p.surname) + "-recover",
                         "https://kvrmc.org/family-updates/" + nm,
                         "https://mealtrain.com/trains/" + nm + digits(r, 3)])
    if kind == "visit":
        return r.choice(["https://telehealth.kvrmc.org/visit/", "https://vv.kestrelvalley.org/join/"]) + \
            digits(r, 7) + r.choice(["?pt=" + slug(p.surname), "?mrn=" + digits(r, 8), ""])
    return "https://kvrmc.org/surgery-status?case=" + digits(r, 7) + "&" + r.choice(
        ["name=" + slug(p.surname), "pt=" + slug(p.given) + slug(p.surname)[:1], "trk=" + digits(r, 6)])


@slot("ptportal", True)
def s_ptportal(ctx, arg):
    u = pt_url(ctx, "portal")
    if ctx.r.random() < 0.5:
        ctx.tag("slack-markup")
        return [RAW("<"), S(u, "URL", "r"), RAW("|" + ctx.r.choice(["MyChart", "portal link",
                                                                     "pre-op instructions"]) + ">")]
    return [S(u, "URL", "r")]


@slot("ptportalraw", True)
def s_ptportalraw(ctx, arg):
    return [S(pt_url(ctx, "portal"), "URL", "r")]


@slot("ptpage", True)
def s_ptpage(ctx, arg):
    u = pt_url(ctx, "page")
    if ctx.r.random() < 0.3:
        ctx.tag("slack-markup")
        return [RAW("<"), S(u, "URL", "r"), RAW(">")]
    return [S(u, "URL", "r")]


@slot("ptvisit", True)
def s_ptvisit(ctx, arg):
    return [S(pt_url(ctx, "visit"), "URL", "r")]


@slot("ptstatus", True)
def s_ptstatus(ctx, arg):
    u = pt_url(ctx, "status")
    if ctx.r.random() < 0.5:
        ctx.tag("slack-markup")
        return [RAW("<"), S(u, "URL", "r"), RAW("|status board>")]
    return [S(u, "URL", "r")]


@slot("ip", True)
def s_ip(ctx, arg):
    r = ctx.r
    st = r.choice(["10", "10", "172", "192", "pub", "v6"])
    if st == "10":
        v = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    elif st == "172":
        v = "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    elif st == "192":
        v = "192.168.%d.%d" % (r.randint(0, 40), r.randint(1, 254))
    elif st == "pub":
        v = "%d.%d.%d.%d" % (r.choice([66, 74, 98, 148, 204]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    else:
        v = "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 65535) for _ in range(4)) if r.random() < 0.5 else \
            "2001:db8:%x:%x::%x" % tuple(r.randint(0, 65535) for _ in range(3))
    return [S(v, "IP_ADDRESS")]


# ---- addresses ---------------------------------------------------------------------------
def town_zip(ctx):
    if "_town" not in ctx.memo:
        ctx.memo["_town"] = ctx.r.choice(TOWNS)
    return ctx.memo["_town"]


def street_txt(r):
    st = r.choice(["n", "n", "n", "apt", "box", "rte"])
    if st == "box":
        return "PO Box " + str(r.randint(1, 999))
    if st == "rte":
        return "%d %s" % (r.randint(100, 9999), r.choice(["State Hwy 5S", "Route 30", "Rte 67",
                                                          "County Rd 107", "NY-29"]))
    s = "%d %s %s" % (r.randint(1, 999) if r.random() < 0.7 else r.randint(1000, 9999),
                      r.choice(STREETS), r.choice(STYPES))
    if st == "apt":
        s += r.choice([" Apt 2B", " Apt. 3", " #4", " Unit 12", " Lot 44", ", Apt 1"])
    return s


def zip_txt(r, z):
    return z + ("-" + digits(r, 4) if r.random() < 0.25 else "")


@slot("addr", True)
def s_addr(ctx, arg):
    r = ctx.r
    t, z = town_zip(ctx)
    st = street_txt(r)
    form = r.choice(["a", "b", "c", "d", "e"])
    if form == "a":
        v = "%s, %s NY %s" % (st, t, zip_txt(r, z))
    elif form == "b":
        v = "%s, %s, NY %s" % (st, t, zip_txt(r, z))
    elif form == "c":
        v = "%s, %s" % (st, t)
    elif form == "d":
        v = "%s %s NY %s" % (st, t, z)
    else:
        v = "%s, %s, New York %s" % (st, t, z)
    return [S(v, "ADDRESS")]


@slot("addrml", True)
def s_addrml(ctx, arg):
    r = ctx.r
    t, z = town_zip(ctx)
    p = ctx.person("pt")
    v = "%s\n%s, NY %s" % (street_txt(r), t, zip_txt(r, z))
    ctx.tag("multiline")
    return [S(p.given + " " + p.surname, "NAME"), T("\n"), S(v, "ADDRESS")]


@slot("street", True)
def s_street(ctx, arg):
    return [S(street_txt(ctx.r), "ADDRESS")]


@slot("town", True)
def s_town(ctx, arg):
    return [S(town_zip(ctx)[0], "ADDRESS")]


@slot("zip", True)
def s_zip(ctx, arg):
    return [S(zip_txt(ctx.r, town_zip(ctx)[1]), "ADDRESS")]


@slot("rte")
def s_rte(ctx, arg):
    return [V(str(ctx.r.choice([5, 9, 29, 30, 67, 146, 162, 20])))]


# ---- payment cards ----------------------------------------------------------------------
@slot("ccv", True)
def s_ccv(ctx, arg):
    r = ctx.r
    k = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if k == "amex":
        n = luhn(r, r.choice(["34", "37"]), 15)
        sep = r.choice([" ", "-", ""])
        v = n[:4] + sep + n[4:10] + sep + n[10:]
    else:
        n = luhn(r, {"visa": "4", "mc": r.choice(["51", "53", "55", "2221"]), "disc": "6011"}[k], 16)
        sep = r.choice([" ", "-", "", " "])
        v = sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return [S(obf_value(ctx, v, allow_spaced=False), "CREDIT_CARD")]


@slot("l4")
def s_l4(ctx, arg):
    return [V(digits(ctx.r, 4))]


# ---- unlabelled hard negatives ----------------------------------------------------------
@slot("extn")
def s_extn(ctx, arg):
    ctx.tag("ext")
    return [V(str(ctx.r.randint(2000, 7999)) if ctx.r.random() < 0.8 else "2-" + str(ctx.r.randint(1000, 7999)))]


@slot("zoom")
def s_zoom(ctx, arg):
    r = ctx.r
    ctx.tag("calendar")
    v = "%s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4))
    if r.random() < 0.3:
        v += ", passcode " + digits(r, 6)
    return [V(v)]


@slot("zoomurl")
def s_zoomurl(ctx, arg):
    return [RAW("https://kvrmc.zoom.us/j/" + digits(ctx.r, 11))]


@slot("ticket")
def s_ticket(ctx, arg):
    r = ctx.r
    ctx.tag("ticket")
    return [V(r.choice(["INC" + digits(r, 7), "RITM" + digits(r, 7), "CHG" + digits(r, 7),
                        "SR-" + digits(r, 5), "#" + digits(r, 5), "PERI-" + digits(r, 4),
                        "BME-" + digits(r, 5), "Midas #" + digits(r, 5), "INC" + digits(r, 7)]))]


@slot("po")
def s_po(ctx, arg):
    ctx.tag("po")
    r = ctx.r
    return [V(r.choice(["45" + digits(r, 8), digits(r, 6) + "-0" + str(r.randint(1, 9)), "KV" + digits(r, 6)]))]


@slot("inv")
def s_inv(ctx, arg):
    ctx.tag("po")
    r = ctx.r
    return [V(r.choice(["INV-" + digits(r, 5), "inv " + digits(r, 7), "SI" + digits(r, 8)]))]


@slot("contract")
def s_contract(ctx, arg):
    r = ctx.r
    return [V(r.choice(["CN-%d-%03d" % (r.randint(2023, 2026), r.randint(1, 400)),
                        "GPO-" + digits(r, 5), "AGR" + digits(r, 6)]))]


@slot("costc")
def s_costc(ctx, arg):
    return [V(ctx.r.choice(["7420", "61450", "CC-8812", "7425-210", "60110"]))]


@slot("ver")
def s_ver(ctx, arg):
    r = ctx.r
    ctx.tag("version")
    return [V(r.choice(["v%d.%d.%d" % (r.randint(2, 12), r.randint(0, 9), r.randint(0, 20)),
                        "Epic Nov %d" % r.choice([2024, 2025]), "Epic May 2025",
                        "build %d.%d.%d.%d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(0, 3), r.randint(1, 9)),
                        "OpTime 2.%d.%d" % (r.randint(0, 9), r.randint(0, 9)),
                        "%d.%d.%d" % (r.randint(3, 17), r.randint(0, 12), r.randint(0, 9)),
                        "firmware %d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9))]))]


@slot("build")
def s_build(ctx, arg):
    r = ctx.r
    ctx.tag("version")
    return [V("%d.%d.%d.%d" % (r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(0, 4), r.randint(1, 40)))]


@slot("npi")
def s_npi(ctx, arg):
    ctx.tag("npi")
    return [V("1" + digits(ctx.r, 9))]


@slot("cpt")
def s_cpt(ctx, arg):
    ctx.tag("cpt")
    ctx.tag("zip-like")
    return [V(ctx.r.choice(CPTS)[0])]


@slot("icd")
def s_icd(ctx, arg):
    ctx.tag("icd")
    return [V(ctx.r.choice(ICDS))]


@slot("ornum")
def s_ornum(ctx, arg):
    used = ctx.memo.setdefault("_ors", [])
    n = ctx.r.choice([x for x in range(1, 15) if x not in used] or [1])
    used.append(n)
    return [V(str(n))]


@slot("pctl")
def s_pctl(ctx, arg):
    return [V("%.1f" % (ctx.r.randint(4, 45) / 10.0))]


@slot("bay")
def s_bay(ctx, arg):
    return [V(str(ctx.r.randint(1, 24)))]


@slot("bayn")
def s_bayn(ctx, arg):
    return [V(str(ctx.r.randint(1, 24)))]


@slot("roomnum")
def s_roomnum(ctx, arg):
    return [V(str(ctx.r.randint(1100, 4999)))]


def fac_addr_txt(r):
    t, z = r.choice(TOWNS[:30])
    st = "%d %s %s" % (r.randint(1, 2999), r.choice(STREETS + ["Kestrel", "Technology", "Hospital"]),
                       r.choice(["Way", "Dr", "Pkwy", "Ave", "St", "Blvd"]))
    suite = r.choice([", Suite %d" % r.randint(100, 450), ", Building C", ", Loading Dock B",
                      ", 3rd Floor", "", ", Door 4"])
    return r.choice(["%s%s, %s, NY %s" % (st, suite, t, z), "%s%s, %s NY %s" % (st, suite, t, z),
                     "%s%s, %s" % (st, suite, t)])


@slot("facaddr")
def s_facaddr(ctx, arg):
    ctx.tag("facility-address")
    ctx.tag("zip-like")
    return [V(fac_addr_txt(ctx.r))]


@slot("vendoraddr")
def s_vendoraddr(ctx, arg):
    r = ctx.r
    ctx.tag("facility-address")
    city = r.choice(["Warsaw, IN 46582", "Mahwah, NJ 07430", "Kalamazoo, MI 49002",
                     "Raynham, MA 02767", "Memphis, TN 38132", "Marlborough, MA 01752",
                     "Irvine, CA 92614", "Pittsburgh, PA 15222"])
    return [V("%d %s %s, Suite %d, %s" % (r.randint(10, 9000), r.choice(STREETS), r.choice(["Pkwy", "Dr", "Blvd"]),
                                          r.randint(100, 900), city))]


@slot("faczip")
def s_faczip(ctx, arg):
    ctx.tag("zip-like")
    return [V(ctx.r.choice(TOWNS[:30])[1])]


@slot("site")
def s_site(ctx, arg):
    return [V(ctx.r.choice(SITES))]


@slot("asset")
def s_asset(ctx, arg):
    r = ctx.r
    return [V(r.choice(["KV-BME-" + digits(r, 5), "asset " + digits(r, 7), "A" + digits(r, 6), "BME " + digits(r, 5)]))]


@slot("lot")
def s_lot(ctx, arg):
    r = ctx.r
    return [V(r.choice(["%s%s" % (digits(r, 4), r.choice("ABCK")), digits(r, 2) + r.choice("ABK") + digits(r, 4),
                        "LOT" + digits(r, 5)]))]


@slot("tray")
def s_tray(ctx, arg):
    r = ctx.r
    return [V(r.choice(["ORTHO-TKA-%02d" % r.randint(1, 9), "Major Lap #%d" % r.randint(1, 6),
                        "tray %d" % r.randint(1000, 9999), "SPINE-L%02d" % r.randint(1, 12),
                        "Mini Frag %d" % r.randint(1, 4), "Cysto #%d" % r.randint(1, 5)]))]


@slot("equipsn")
def s_equipsn(ctx, arg):
    r = ctx.r
    return [V(r.choice(["SN OEC99-" + digits(r, 5), "S/N " + digits(r, 7), "serial ST" + digits(r, 7),
                        "SN " + digits(r, 4) + "-" + digits(r, 4)]))]


@slot("money")
def s_money(ctx, arg):
    r = ctx.r
    ctx.tag("money")
    return [V(r.choice(["$%d,%03d.%02d" % (r.randint(1, 98), r.randint(0, 999), r.randint(0, 99)),
                        "$%d" % r.randint(25, 900), "$%.1fM" % (r.randint(3, 40) / 10.0),
                        "$%dk" % r.randint(5, 400)]))]


@slot("grp")
def s_grp(ctx, arg):
    return [V(ctx.r.choice(["0" + digits(ctx.r, 6), "GRP-" + digits(ctx.r, 5), digits(ctx.r, 5) + "-00" + str(ctx.r.randint(1, 9))]))]


@slot("intranet")
def s_intranet(ctx, arg):
    r = ctx.r
    u = "https://" + r.choice(["kvnet.kvrmc.org/periop/", "sharepoint.kvrmc.org/sites/SurgSvcs/",
                               "kvnet.kvrmc.org/policies/", "boardportal.kvrmc.org/"]) + \
        r.choice(["block-schedule", "FCOTS-dashboard", "tip-sheets/udi-scan", "count-sheets",
                  "Shared%20Documents/util.xlsx", "agenda", "downtime"])
    if r.random() < 0.5:
        ctx.tag("slack-markup")
        return [RAW("<" + u + "|" + r.choice(["link", "here", "SharePoint", "dashboard"]) + ">")]
    return [RAW(u)]


@slot("publicurl")
def s_publicurl(ctx, arg):
    return [RAW(ctx.r.choice(["https://www.aorn.org/guidelines", "https://www.asahq.org/standards",
                              "https://www.fda.gov/medical-devices/medical-device-recalls",
                              "https://www.jointcommission.org/resources/"]))]


for _name, _f in [("count", lambda r: str(r.randint(2, 48))), ("pct", lambda r: str(r.randint(52, 97))),
                  ("n", lambda r: str(r.randint(2, 9))), ("ebl", lambda r: "%d mL" % r.choice([25, 50, 100, 150, 300, 400])),
                  ("ml", lambda r: "%d" % r.choice([500, 800, 1000, 1200, 1500, 2000])),
                  ("dur", lambda r: str(r.choice([45, 60, 90, 120, 150, 180]))),
                  ("wt", lambda r: str(r.randint(45, 160))), ("lab", lambda r: "%.1f" % (r.randint(28, 56) / 10.0)),
                  ("bmi", lambda r: str(r.randint(22, 52))), ("carc", lambda r: r.choice(["CO-16", "CO-197", "PR-204", "CO-50"])),
                  ("policy", lambda r: r.choice(["PER-%03d" % r.randint(1, 220), "SS-%d.%d" % (r.randint(1, 30), r.randint(1, 9)), "IC-%03d" % r.randint(1, 99)])),
                  ("wifipw", lambda r: r.choice(["Kestrel", "Family", "Surgery"]) + digits(r, 4) + r.choice("!#$")),
                  ("ssid", lambda r: r.choice(["KV-Periop", "KVRMC-Clinical", "KV-Secure5"])),
                  ("userid", lambda r: r.choice("abcdefghjkmnprstw") + r.choice("abcdefghjkmnprstw") + r.choice(["smith", "nguyen", "garcia", "okafor", "patel", "kowal"]) + str(r.randint(1, 9)))]:
    def _mk3(f):
        def g(ctx, arg):
            return [V(f(ctx.r))]
        return g
    SLOTS[_name] = (_mk3(_f), False, True)

for _name, _lst in [("proc", PROCS), ("dx", ICDS), ("med", MEDS), ("allergy", ALLERG),
                    ("impl", IMPLANTS), ("payer", PAYERS), ("lang", LANGS), ("car", CARS),
                    ("devmodel", DEVMODELS), ("pumpmodel", PUMPS), ("confroom", CONFROOMS),
                    ("mtgname", MTGS), ("task", TASKS), ("equip", EQUIP), ("title", TITLES),
                    ("policytopic", POLTOPICS), ("bumpreason", BUMPREASONS), ("cxreason", CXREASONS),
                    ("donorfound", DONORFOUND)]:
    def _mk4(lst):
        def g(ctx, arg):
            return [T(ctx.r.choice(lst))]
        return g
    SLOTS[_name] = (_mk4(_lst), False, True)


@slot("vendor")
def s_vendor(ctx, arg):
    return [V(vendor_of(ctx))]


@slot("vendorx")
def s_vendorx(ctx, arg):
    return [V(ctx.r.choice([v for v in VENDORS if v != vendor_of(ctx)]))]


@slot("foreign")
def s_foreign(ctx, arg):
    ctx.tag("non-english")
    return [T(ctx.r.choice(FOREIGN), "n")]


@slot("staffs")
def s_staffs(ctx, arg):
    r = ctx.r
    out = []
    k = r.randint(2, 4)
    for i in range(k):
        p = ctx.person("me%d" % (i + 1))
        out += name_parts(ctx, p, r.choice(["first", "full", "full"]))
        if i < k - 2:
            out.append(T(", "))
        elif i == k - 2:
            out.append(T(r.choice([" and ", ", ", " & "])))
    return out


# ---- phrase slots (not memoised) ----------------------------------------------------------
PHRASES = {
    "hi": ["", "", "hey ", "Hi all, ", "morning - ", "hi team ", "quick q: ", "FYI ", "heads up: ",
           "Hey all — ", "ok so ", "Good morning! ", "hi! ", "Afternoon, "],
    "thx": ["", "", " thx", " thanks!", " ty", " TIA", " thank you", " appreciate it", " - thanks",
            " tysm", " ty!!"],
    "arrloc": ["main lobby", "surgical check-in 2nd fl", "the ASC entrance", "Door 4", "pre-op desk",
               "the Kestrel Way entrance", "admitting"],
    "npo": ["NPO after midnight", "NPO p MN", "no solids after MN, clears til 2h before",
            "nothing to eat after midnight", "npo after 12", "clear liquids until 0500"],
    "ok": ["ok", "k", "sounds good", "got it", "will do", "on it", "done", "👍", "roger"],
}
for _k, _v in PHRASES.items():
    def _mk5(v):
        def g(ctx, arg):
            return [T(ctx.r.choice(v))]
        return g
    SLOTS[_k] = (_mk5(_v), False, False)


@slot("e", memo=False)
def s_e(ctx, arg):
    r = ctx.r
    if r.random() < 0.55:
        return [T("")]
    ctx.tag("emoji")
    return [RAW(" " + (r.choice(EMO_UNI) if r.random() < 0.5 else r.choice(EMO_CODE)))]


def mention_id(r):
    return "U0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([7, 8, 9])))


@slot("@", memo=False)
def s_at(ctx, arg):
    ctx.tag("slack-markup")
    return [RAW("<@" + mention_id(ctx.r) + ">")]


@slot("bot", memo=False)
def s_bot(ctx, arg):
    r = ctx.r
    c = r.choice(["<@U07PERI0AS>", "<@U07PERI0AS>", "@periop-assist", "@Periop Assist", "Periop Assist,",
                  "@assist", "<@U05ORB0T22>"])
    if c.startswith("<"):
        ctx.tag("slack-markup")
    ctx.tag("bot-request")
    return [RAW(c)]


@slot("sx", memo=False)
def s_sx(ctx, arg):
    g = ctx.person(ctx.main).gender
    return [T(g if g in "MF" else ctx.r.choice("MF"))]


@slot("bal")
def s_bal(ctx, arg):
    return [V("$%d.%02d" % (ctx.r.randint(15, 9800), ctx.r.randint(0, 99)))]


@slot("he", memo=False)
def s_he(ctx, arg):
    return [T(PRON["he"][ctx.person(ctx.main).gender])]


@slot("He", memo=False)
def s_He(ctx, arg):
    return [T(PRON["he"][ctx.person(ctx.main).gender].capitalize())]


@slot("his", memo=False)
def s_his(ctx, arg):
    return [T(PRON["his"][ctx.person(ctx.main).gender])]


@slot("His", memo=False)
def s_His(ctx, arg):
    return [T(PRON["his"][ctx.person(ctx.main).gender].capitalize())]


@slot("him", memo=False)
def s_him(ctx, arg):
    return [T(PRON["him"][ctx.person(ctx.main).gender])]


@slot("rel", memo=False)
def s_rel(ctx, arg):
    return [T(ctx.rel(arg if arg and arg.isdigit() else "")[0])]


@slot("rel2", memo=False)
def s_rel2(ctx, arg):
    return [T(ctx.rel("2")[0])]


LABELLED_SLOTS = {k for k, v in SLOTS.items() if v[1]}


# ----------------------------------------------------------------------------------------
# template language:  [a|b|c] choose,  {slot} / {slot.arg} / {person.form},  \x literal
# ----------------------------------------------------------------------------------------
_PARSE_CACHE = {}


def parse(t):
    if t in _PARSE_CACHE:
        return _PARSE_CACHE[t]
    pos = 0

    def seq(ends):
        nonlocal pos
        nodes, buf = [], []
        while pos < len(t):
            c = t[pos]
            if c == "\\":
                buf.append(t[pos + 1])
                pos += 2
                continue
            if c in ends:
                break
            if c == "[":
                pos += 1
                alts = []
                while True:
                    alts.append(seq("|]"))
                    if pos >= len(t):
                        raise ValueError("unclosed [ in %r" % t)
                    c2 = t[pos]
                    pos += 1
                    if c2 == "]":
                        break
                if buf:
                    nodes.append(("t", "".join(buf)))
                    buf = []
                nodes.append(("alt", alts))
                continue
            if c == "{":
                j = t.index("}", pos)
                if buf:
                    nodes.append(("t", "".join(buf)))
                    buf = []
                nodes.append(("slot", t[pos + 1:j]))
                pos = j + 1
                continue
            buf.append(c)
            pos += 1
        if buf:
            nodes.append(("t", "".join(buf)))
        return nodes

    res = seq("")
    if pos != len(t):
        raise ValueError("stray %r in %r" % (t[pos], t))
    _PARSE_CACHE[t] = res
    return res


def slot_names(nodes):
    for n in nodes:
        if n[0] == "slot":
            yield n[1]
        elif n[0] == "alt":
            for a in n[1]:
                yield from slot_names(a)


def resolve(name):
    """-> ('person', key, form) or ('slot', base, key, arg)"""
    head, _, arg = name.partition(".")
    base = re.sub(r"\d+$", "", head)
    if base in LABELLED_ROLES or base in STAFF_ROLES:
        return ("person", head, arg or None)
    if head in SLOTS:
        return ("slot", head, name, arg)
    if base in SLOTS:
        return ("slot", base, name, arg or head[len(base):])
    raise KeyError("unknown slot {%s}" % name)


def is_labelled_slot(name):
    k = resolve(name)
    if k[0] == "person":
        return re.sub(r"\d+$", "", k[1]) in LABELLED_ROLES
    return k[1] in LABELLED_SLOTS


def call_slot(ctx, name):
    k = resolve(name)
    if k[0] == "person":
        return name_parts(ctx, ctx.person(k[1]), k[2])
    _, base, key, arg = k
    f, _lab, memo = SLOTS[base]
    if memo and key in ctx.memo:
        return list(ctx.memo[key])
    parts = f(ctx, arg)
    if memo:
        ctx.memo[key] = list(parts)
    return parts


def render_nodes(ctx, nodes):
    out = []
    for n in nodes:
        if n[0] == "t":
            out.append(T(n[1]))
        elif n[0] == "slot":
            out += call_slot(ctx, n[1])
        else:
            out += render_nodes(ctx, ctx.r.choice(n[1]))
    return out


def tpl(ctx, t):
    return render_nodes(ctx, parse(t))


# ----------------------------------------------------------------------------------------
# voices and style transforms
# ----------------------------------------------------------------------------------------
#            lower  typo-rate emoji markup terse mention
ROLE_STYLE = {
    "preop_rn":      (0.35, 0.025, 0.15, 0.10, 0.30, 0.10),
    "charge_rn":     (0.45, 0.030, 0.20, 0.10, 0.50, 0.15),
    "pacu_rn":       (0.40, 0.030, 0.15, 0.05, 0.50, 0.10),
    "circ_rn":       (0.40, 0.035, 0.10, 0.05, 0.50, 0.10),
    "unit_clerk":    (0.30, 0.040, 0.25, 0.10, 0.30, 0.10),
    "scheduler":     (0.08, 0.012, 0.10, 0.15, 0.10, 0.15),
    "surgeon":       (0.55, 0.040, 0.03, 0.02, 0.80, 0.05),
    "pa":            (0.35, 0.025, 0.08, 0.05, 0.50, 0.10),
    "anesthesiologist": (0.40, 0.025, 0.03, 0.05, 0.70, 0.08),
    "crna":          (0.45, 0.030, 0.10, 0.05, 0.60, 0.10),
    "director":      (0.03, 0.010, 0.08, 0.30, 0.05, 0.25),
    "exec":          (0.10, 0.020, 0.05, 0.10, 0.30, 0.15),
    "exec_assistant": (0.05, 0.010, 0.15, 0.25, 0.05, 0.20),
    "manager":       (0.10, 0.015, 0.15, 0.20, 0.20, 0.20),
    "billing":       (0.05, 0.012, 0.05, 0.15, 0.10, 0.10),
    "registration":  (0.20, 0.030, 0.10, 0.10, 0.30, 0.10),
    "vendor_rep":    (0.20, 0.020, 0.30, 0.05, 0.30, 0.10),
    "spd_tech":      (0.60, 0.060, 0.10, 0.05, 0.60, 0.05),
    "scrub_tech":    (0.55, 0.050, 0.15, 0.05, 0.60, 0.05),
    "social_worker": (0.10, 0.015, 0.10, 0.10, 0.15, 0.10),
    "liaison":       (0.15, 0.020, 0.25, 0.10, 0.20, 0.10),
    "it_analyst":    (0.25, 0.015, 0.10, 0.45, 0.30, 0.20),
    "biomed":        (0.40, 0.030, 0.05, 0.20, 0.50, 0.10),
    "bot":           (0.00, 0.000, 0.00, 0.00, 0.00, 0.00),
}
ROLE_GROUPS = {
    "N": ["preop_rn", "charge_rn", "pacu_rn", "circ_rn", "unit_clerk"],
    "S": ["surgeon", "surgeon", "pa"],
    "A": ["anesthesiologist", "crna"],
    "C": ["scheduler", "unit_clerk", "preop_rn", "registration"],
    "D": ["director", "exec", "exec_assistant", "manager"],
    "B": ["billing", "registration"],
    "V": ["vendor_rep"],
    "T": ["spd_tech", "scrub_tech", "circ_rn"],
    "W": ["social_worker", "liaison", "liaison"],
    "I": ["it_analyst", "biomed"],
    "X": ["bot"],
    "*": ["preop_rn", "charge_rn", "scheduler", "director", "manager", "surgeon", "spd_tech",
          "liaison", "billing", "crna"],
}
KEYNB = {"a": "qsz", "e": "wrd", "i": "uok", "o": "ipl", "n": "bmh", "t": "ryg", "r": "eft",
         "s": "adw", "l": "kop", "c": "xvd", "d": "sfe", "h": "gjn", "m": "nj", "u": "yij",
         "p": "ol", "g": "fht", "y": "tuh", "b": "vnh", "k": "jli", "w": "qes", "f": "dgr"}


def typo_word(r, w):
    i = r.randrange(1, len(w) - 1)
    op = r.choice(["swap", "swap", "drop", "dup", "near"])
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "dup":
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYNB:
        return w[:i] + r.choice(KEYNB[c]) + w[i + 1:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def apply_typos(ctx, parts, rate):
    r = ctx.r
    out = []
    hit = False
    for (v, typ, fl) in parts:
        if typ is None and not fl and rate > 0:
            def rep(m):
                nonlocal hit
                w = m.group(0)
                if r.random() < rate:
                    hit = True
                    return typo_word(r, w)
                return w
            v = re.sub(r"[A-Za-z]{4,}", rep, v)
        out.append((v, typ, fl))
    if hit:
        ctx.tag("typo")
    return out


def apply_style(ctx, parts, role):
    r = ctx.r
    lower, typo, emo, markup, terse, mention = ROLE_STYLE[role]
    # Slack markup around one value
    if r.random() < markup:
        idx = [i for i, p in enumerate(parts) if (p[1] or p[2] == "v") and "\n" not in p[0]
               and p[2] != "r"]
        if idx:
            i = r.choice(idx)
            v = parts[i][0]
            m = r.choice(["*", "*", "_", "`"] if not re.search(r"\d", v) else ["*", "`", "`"])
            parts = parts[:i] + [RAW(m), parts[i], RAW(m)] + parts[i + 1:]
            ctx.tag("slack-markup")
    if r.random() < lower:
        new = [((v.lower(), t, fl) if fl != "r" else (v, t, fl)) for (v, t, fl) in parts]
        if new != parts:
            ctx.tag("lowercase")
        parts = new
    parts = apply_typos(ctx, parts, typo if r.random() < 0.6 else typo * 0.3)
    if r.random() < terse and parts and parts[-1][1] is None and parts[-1][2] == "" and \
            parts[-1][0].endswith("."):
        parts = parts[:-1] + [T(parts[-1][0][:-1])]
    if r.random() < emo:
        e = r.choice(EMO_UNI) if r.random() < 0.5 else r.choice(EMO_CODE)
        parts = parts + [RAW(" " + e)]
    if r.random() < mention and "quoted" not in ctx.tags:
        parts = [RAW("<@" + mention_id(r) + ">"), T(r.choice([" ", " ", ": ", " - "]))] + parts
    # rare invisible / full-width noise in unlabelled text
    if r.random() < 0.04:
        idx = [i for i, p in enumerate(parts) if p[1] is None and p[2] in ("", "v") and " " in p[0]]
        if idx:
            i = r.choice(idx)
            v = parts[i][0]
            spaces = [m.start() for m in re.finditer(" ", v)]
            j = r.choice(spaces)
            v = v[:j] + r.choice(["\u200b", "\u200b ", " \u200b", "\u200c"]) + v[j + 1:] if r.random() < 0.5 else v[:j] + "\u200b" + v[j:]
            parts = parts[:i] + [(v, None, parts[i][2])] + parts[i + 1:]
    if r.random() < 0.04:
        idx = [i for i, p in enumerate(parts) if p[1] is None and p[2] == "v" and re.search(r"\d", p[0])]
        if idx:
            i = r.choice(idx)
            parts = parts[:i] + [(to_fw(parts[i][0]), None, "v")] + parts[i + 1:]
    return parts


REPLIES = ["+1", "on it", "done ✅", "who's calling?", "ty", "see above ^", "ok", "thx!",
           "copy", "👍", "will do", "looping in charge", "noted", "got it, thanks"]


def wrap(ctx, parts):
    """Optional register wrappers: quoted reply, forwarded, speaker prefix, thread reply."""
    r = ctx.r
    x = r.random()
    has_nl_span = any(p[1] and "\n" in p[0] for p in parts)
    if x < 0.05 and not has_nl_span:
        out = [T("> ")]
        for (v, t, fl) in parts:
            if t is None and "\n" in v:
                v = v.replace("\n", "\n> ")
            out.append((v, t, fl))
        out.append(T("\n" + r.choice(REPLIES)))
        ctx.tag("quoted")
        ctx.tag("multiline")
        return out
    if x < 0.09:
        p = ctx.person("me9")
        ctx.tag("speaker")
        bold = r.random() < 0.4
        tail = r.choice([": ", " (" + r.choice(["Pre-op", "PACU", "SPD", "Scheduling", "OR"]) + "): "])
        if bold:
            tail = tail.rstrip() + "* "
        return [T("*" if bold else "")] + name_parts(ctx, p, r.choice(["full", "first"])) + [T(tail)] + parts
    if x < 0.12:
        ctx.tag("forwarded")
        ctx.tag("multiline")
        p = ctx.person("me8")
        return [T(r.choice(["Fwd from ", "forwarding from ", "FW: msg from "]))] + \
            name_parts(ctx, p, "full") + [T(":\n")] + parts
    if x < 0.15:
        ctx.tag("thread")
        return [T(r.choice(["replying in thread: ", "(thread) ", "re: above — ", "^ "]))] + parts
    return parts


# ----------------------------------------------------------------------------------------
# PHI frames (role group, extra tags, template)
# ----------------------------------------------------------------------------------------
PHI_T = [
    ("N", "preop-call", "[pre-op call|preop call|PAT call|Pre-op phone call] [done|completed|✔️ done] [for|w/|-] {pt}[, DOB {dob}| (DOB {dob})| dob {dob}| - b. {dob}]. {npo}, arrive {time} [at|@] {arrloc}.{thx}"),
    ("N", "preop-call", "left VM for {pt.hon} at {phone} re: arrival [time|] {time} [on|for] {dos}. [will try again after 1500|2nd attempt, will try the {rel} next|no answer x2]"),
    ("N", "preop-call", "spoke w/ [{his}|the] {rel} {fam} ({cell}) - {pt.first} [is|has been] on {med}, told to [hold|stop] it [the morning of|48h before]. surgery {dos}"),
    ("N", "preop-call", "{pt.lf} {mrn}: [pre-op call|PAT call] [unable to reach|unsuccessful]. [number on file|# in chart] {phone} [is disconnected|goes to a fax tone|rings out]. [alt contact|emergency contact] {fam} {phone2}?"),
    ("D", "bot", "{bot} [draft|write] a [reminder|arrival] text to {pt.full} [at|-] {phone}: arrive {time} on {dos}, {npo}"),
    ("N", "social", "{pt.full} [says|states] {he} can't get a ride [for|on] {dos}. lives in {town}. [{sw.first} can you|SW can you] [look into|help w/] [medicaid cab|a ride]? [Medicaid #|Medicaid ID|CIN] {mcdv}"),
    ("A", "", "pre-op: {pt} {age90}[ y/o| yo|yo|{sx}| years old], [lives alone|lives w/ {his} {rel}] in {town}. [needs PT eval post op|hx falls|frail, walker at baseline]. [cc|fyi] {anes}"),
    ("W", "interpreter", "{pt.lf} needs [a|an] {lang} interpreter [for|on] {dos}[,| -] {rel} {fam.first} [will be there|wants to translate but we need certified]. {fam.first} [said|says] \"{foreign}\""),
    ("C", "posting", "[New case posting|Posting request|Please post]: {pt.lf}, {dobl}, {mrn}. {proc} w/ {surg.dr}, {dos} [first case|to follow|{time} start]. {payer} {hpid}. [Auth pending.|auth # in chart.|no auth req'd.]"),
    ("C", "posting", "[can you|could you|pls] add {pt} to {surg.poss} block [on|for] {dos}? {proc}, {dur} min. {mrn}"),
    ("S", "", "{surg.last} wants {pt.last} moved up to {dos} if anything opens, [pt|patient] ok w/ short notice, best # {phone}"),
    ("N", "bump", "[BUMP|Bumped|bumping]: {pt} ({proc}) [from|off] {dos} [→|->|to] {dos2} [d/t|due to|bc] {bumpreason}. [pt notified|{rel} notified|need someone to call pt]."),
    ("C", "bump complaint", "[heads up|fyi] {pt.poss} case [got|was] bumped to {dos2}, [{his} {rel}|family] [is upset|not happy|called the office twice]. [can {dir.first} call them back?|patient relations aware]"),
    ("S", "add-on", "{dos} add-on: {pt.lf}, {age}[yo|y/o|yo ] {proc}, {surg.dr}, [NPO since|last ate] {time}. {mrn}"),
    ("A", "", "pre-anesthesia: {pt.last}, {age}yo, [OSA on CPAP|Mallampati IV|hx difficult airway], {dobl}. [want glidescope in room|awake fiberoptic possible]. [{crna.first} is aware|cc {crna.first}]"),
    ("A", "handoff", "{crna.first} → {anes.first} handoff OR {ornum}: {pt.full}, {proc}, EBL {ebl}, [fluids|IVF] {ml}, allergies: {allergy}. [family in waiting|{rel} is {fam.first}, cell {phone}]"),
    ("N", "handoff", "bay {bay} [ready for phase II|going to floor]: {pt.last}. {rel} {fam.full} wants a call [at|-] {phone}."),
    ("N", "", "pacu [can someone|pls] call {fam.full}? [{rel} of|fam of] {pt.init} in bay {bay}. {phone}[ (text ok)|]"),
    ("N", "", "{pt.hon} in bay {bay} keeps asking for {his} {rel}, {fam.first}. [stepped out|went to the cafeteria]. [number on the whiteboard is|cell is] {phone}"),
    ("W", "family", "[Waiting room update|Family update]: {fam} ({rel} of {pt.full}) [checked in|stepped out], [prefers|wants] updates by text {phone}. [Speaks|Language:] {lang}."),
    ("W", "family", "surgical liaison: [the family of|fam for] {pt} [asks|is asking] if they can see {him} before OR. {rel} {fam.first} said \"{foreign}\". [told them 2 visitors max|ok per {rn.first}]"),
    ("N", "visitor", "{vis.full} is here for {pt.last} [but|and] [isn't on the visitor list|needs a badge]. {dl} scanned at the desk. ok to send back?"),
    ("N", "", "[Security|security] says [the family of|a visitor for] {pt} left [a|their] [car|SUV|minivan] in the ED circle, {plate}. [will tow at|move by] {time}"),
    ("W", "", "valet: {rel} of {pt.last} (pre-op bay {bay}) lost the ticket — [car is a|it's a] {car}, {vin}"),
    ("T", "implant", "[implant log|Implant record] {pt.lf} {mrn}: {impl}, SN {devsnv}, lot {lot}. rep {rep.full} ({vendor}) [present|in room]."),
    ("T", "implant", "[UDI|udi] [scanned|captured] for {pt.last}: {udi}[, second implant {udi2}|]"),
    ("A", "", "[pacemaker|PPM|ICD] [interrogation|check] needed pre-op for {pt.full} [on|for] {dos}. {devmodel}, serial {pmsn}. {vendor} rep {rep.first} [at|cell] {bphone}"),
    ("V", "business-contact", "{rep.full} [({vendor})|from {vendor}] [cell|mobile|c:] {bphone}, [email|e:] {bemail.rep} — re the {impl} [loaner set|trays] [next week|Thursday]."),
    ("D", "business-contact bot", "{bot} [add|save] {rep.full} to [my contacts|the vendor list]: {bphone}, {bemail.rep}"),
    ("A", "", "insulin pump: {pt.last} [wearing|has] {pumpmodel}, SN {pumpsn}. [endo says|per endo] [leave on in OR|remove for MRI]. [CGM|Dexcom] [tx|transmitter] {cgm}"),
    ("T", "implant", "[SPD|sterile processing]: explanted [hardware|device] from {pt.lf} (OR {ornum}, {dos}) [bagged|sent to path], serial {devsnv}. [ticket|SR] {ticket} for the return."),
    ("D", "recall list", "[recall|FDA recall]: [pls|please] pull [a list of|all] pts w/ {impl} lot {lot}. [so far|found]: {pt.lf} ({mrnv}), {pt2.lf} ({mrnv2})[ and {pt3.lf} ({mrnv3})|]"),
    ("N", "", "hearing aid [belonging to|for] {pt} [left in|found in] PACU bay {bay}, [serial|s/n] {hasn}. [bagged & labeled|sent to lost & found]."),
    ("B", "money", "{har} [for|-] {pt.lf}: [self-pay deposit|copay] of {bal} [taken|collected] on card {ccv}[, exp {exp}|]."),
    ("B", "", "guarantor [is|=] {fam.full} ({rel}), {ssn}, {har}. [pt|patient] {pt.full} [DOB|b.] {dob}."),
    ("B", "", "[Medicare|MCR] [pt|patient] {pt.lf} — {mbi}[, | / ]secondary {payer} {hpid}. [surgery|DOS] {dos}."),
    ("B", "auth", "[prior auth|PA] [denied|pending] for {pt.full}, {hpid}[, group {grp}|]. [p2p|peer to peer] w/ {surg.dr} [has to happen|due] by {due}."),
    ("B", "", "[can you|pls] [check|verify] elig[ibility|] for {pt.lf} {dobl} {hpid}. [coverage|policy] [ends|termed|term date] {covend}?"),
    ("B", "complaint", "[pt|patient] [called|emailed] billing about {his} {dos} [surgery|procedure] bill, {har}. email [is|] {email.pt}. [wants itemized|disputes anesthesia charge]."),
    ("B", "", "SSN [on file|in reg] for {pt.last} [is|=] {ssnv} but the ins card shows a different [one|number] (last 4 {l4}). [can reg call|who can call] {him}?"),
    ("B", "", "need a copy of the [POA|health care proxy|guardianship papers] from {fam.full} ({rel}) for the refund on {har}."),
    ("D", "employee-health", "[heads up|FYI|confidential]: {ehc.full} from [PACU|SPD|the front desk] is [scheduled|on the board] for {proc} [on|for] {dos}. [please keep it off the big board|use initials on the board]."),
    ("N", "employee-health", "{ehc.first} got a needlestick in OR {ornum} [today|this am] — [employee health|EH] [notified|aware], [DOI|date of injury] {fall}. source pt {pt.lf} {mrn}."),
    ("D", "vip", "VIP: {vip.full} ([board member|trustee|the mayor]) is [scheduled|booked] [for|on] {dos} w/ {surg.dr}. [{exec.full} wants|{exec.first} asked for] a [heads up|call] when [in PACU|done]."),
    ("D", "vip", "[please|pls] flag {vip.poss} case {dos} as VIP/confidential [per|- request from] {exec.full}. [no names on the status board|board shows initials only]"),
    ("I", "", "[OR {ornum}|anesthesia] workstation [is|at] {ip} [dropping|not talking to] [AIMS|Epic|Vocera]. [ticket|see] {ticket}."),
    ("I", "", "[label printer|Zebra printer] in [SPD|pre-op] is {ip}[, firmware {ver}|, model ZT410]. [reboot didn't help|pinging fine]"),
    ("I", "bot", "{bot} [integration|webhook] [now|] [coming from|whitelisted at] {ip} and {ip2}[ — update the firewall rule|]"),
    ("W", "url", "[here's|link to] {pt.poss} [update page|CaringBridge] for the family: {ptpage}"),
    ("N", "url", "[sent|texted] {pt.first} the [pre-op|portal] link: {ptportal}"),
    ("C", "url", "[video visit|telehealth pre-op] link for {pt.lf} [on|for] {dos}: {ptvisit}"),
    ("D", "credentialing npi", "[credentialing|Med staff]: {surg.dr} {dea}, {lic}, NPI {npi}. [lic|license] [lapses|expires] {liclapse}."),
    ("D", "credentialing", "[new CRNA|locum CRNA] {crna.full} starts {mdate}: {lic}, {dea}. [NBCRNA|cert] [verified|pending]."),
    ("D", "money bot", "{bot} book [the|a] [dinner|private room] for the [{vendor} meeting|surgeon dinner] {mdate}, [use|charge] [my|the] [corporate card|p-card|corp card] {ccv}[ exp {exp}|]"),
    ("T", "po", "[p-card|corp card] for [SPD|the OR] [loaner shipping|expedite fee]: {ccv}. PO {po} [still pending|not needed]."),
    ("C", "address", "[transport|ride] for {pt} [on|for] {dos}: pickup [at|from] {addr}. [wheelchair van|ambulette]."),
    ("C", "address", "{pt.poss} [address|addr] [on file|in Epic] [is|=] {street} but {he} [moved to|now lives in|lives in] {town}[ - update reg pls|]."),
    ("C", "address multiline", "[mail|send] the [post-op|discharge] packet to:\n{addrml}"),
    ("C", "address", "{pt.full} [zip|ZIP] {zip} [— out of network?|is outside our service area]"),
    ("W", "referral address", "[home health|VNA] referral: {pt.lf}, {addr}, {phone}, [d/c|discharge] {dc}."),
    ("N", "incident", "[fall|unwitnessed fall] in [pre-op|PACU] bay {bay} on {fall}: {pt.full}, [no injury|small skin tear]. [RL|Midas] report {ticket} [filed|entered]."),
    ("N", "", "[adm|admitted] {adm} → OR {dos} → [d/c|dc] {dc} — {pt.lf}, LOS {n} days"),
    ("N", "", "oldest on [tomorrow's|the] board: {pt.hon}, {age90}[!| 😮| :scream:] [hip fx|ortho]"),
    ("N", "", "[pls|please] [hold|double-check] consent — {pt.last} is {age90} and {his} {rel} is [POA|HCP]: {fam.full}."),
    ("D", "bot", "{bot} [email|send] {surg.dr} the [pre-op note|H&P] for {pt.lf} ({mrnv}) [before|by] {time}"),
    ("N", "bot", "{bot} remind me to call {pt.full} [tomorrow|Monday] [re|about] the {dos} [arrival time|bowel prep]"),
    ("C", "bot", "{bot} [what's|whats] the [phone|#] for {pt.lf}? {dobl}"),
    ("W", "bot", "{bot} [summarize|pull] [the|all] [messages|texts] from {fam.full} ({rel} of {pt.last})"),
    ("X", "bot multiline", "*OR Board Update* :hospital:\nCase: {pt.lf} ({mrnv})\n[From|Old]: {dos} {time}\n[To|New]: {dos2} {time2}\n[Room|OR]: {ornum}\n[Surgeon|Attending]: {surg.dr}"),
    ("X", "bot", "[:bell:|🔔] Reminder: [pre-op call due|PAT call due] for {pt.full} ({phone}) — surgery {dos}"),
    ("C", "quoted multiline", "> {pt.last} can't make it {dos}, {his} {rel} is [working|out of town]\n[ok|ok thx] [rebooked|moved] to {dos2}[, told {fam.first}|]"),
    ("N", "quoted multiline", "> what's the [best|callback] # for {pt.poss} {rel}?\n{phone}[ - that's {fam.poss} cell|]"),
    ("C", "forwarded multiline", "---------- Forwarded message ---------\nFrom: {sched.full}\nSubject: {pt.lf} - {proc}\n\n[Patient|Pt] [would like|requests] {dos} [instead|if possible]. {His} [cell|phone] is {phone}."),
    ("C", "list multiline", "Board for {dos}:\n• {time} {pt.lf} - {proc}\n• {time2} {pt2.lf} - {proc2}\n• {time3} {pt3.lf} - {proc3}"),
    ("W", "family", "[text from|msg from] {pt.poss} {rel}: \"{foreign} — {fam.first}\""),
    ("N", "multiline", "[who's|who is] talking to this family?\n{pt.full}\nbay {bay}, {rel} [very anxious|asking for updates q15min]"),
    ("N", "", "OR {ornum} {pt.last} [running long|closing now|still prepping], OR {ornum2} {pt2.last} [next|to follow]"),
    ("N", "", "the {time} ({pt.last}) [is|got] [cancelled|canceled] — [pt ate breakfast|covid +|no ride]"),
    ("N", "", "{pt.first} [just|] [arrived|checked in], [early|late] [by 40 min|again]. who's doing the IV?"),
    ("C", "list", "[MRNs|mrns|MR#s] for the [ortho|GYN|add-on] [list|cases]: {mrnv}, {mrnv2}[,| and] {mrnv3}"),
    ("N", "list", "[phone #s|numbers] [for tomorrow's calls|to call back]: {phone}; {phone2}; {phone3}"),
    ("C", "evasion", "[pt|patient] read {his} callback number over the phone — I [wrote|typed] it as: {sphone}"),
    ("C", "evasion", "[MRN|mrn] [read back|per the daughter] as {smrn} for {pt.last}, [can someone verify|pls double check]"),
    ("N", "slack-markup", "[call|text] {fam.first} at {tel}"),
    ("W", "slack-markup", "email [from|for] {pt.poss} {rel}: {mailto.fam}"),
    ("N", "consent", "consent for {pt.full} [must be|needs to be] signed by {his} [guardian|POA] {fam.full}, [reach at|cell] {phone}"),
    ("W", "social address", "SW note: {pt.full} ({age}yo) lives [alone|with {his} {rel}] at {addr}, [no stairs|3 steps to enter]; {rel2} {fam2.first} [checks daily|works nights]"),
    ("B", "", "[cx|cancelled] day of surgery: {pt.lf}, DOS {dos}, reason: {cxreason}. [billing pls note|note on] {har}"),
    ("S", "add-on", "{surg.first} here — [squeeze|add] {pt.last} in after my {time}, npo since last night, {mrn}"),
    ("N", "", "[type and screen|T&S] [expired|needed] for {pt.lf} {mrn}, [redraw|draw] before {time}"),
    ("S", "", "path on {pt.last} from {dos} [came back|is back] — {surg.dr} will call {him} [today|tmrw]"),
    ("N", "", "{pt.first} [ready to go|can go home], {his} {rel} {fam.first} [parking now|is in the garage], {plate}"),
    ("N", "", "[dentures|glasses|hearing aids] [for|belonging to] {pt.hon} [sent home|left] w/ {his} {rel} [at|-] {time}"),
    ("N", "", "[POD1|post-op day 1] call: {pt.full} [doing well|some n/v|pain controlled], [surgery|procedure] {dos}. [f/u|follow up] [appt|visit] {fu} w/ {pa.first}"),
    ("S", "", "M&M[ case|]: {pt.lf}, {proc} {dos}, expired {dc}[ POD{n}|]. [slides to|send slides to] {dir.first} by {due}"),
    ("D", "bot calendar", "{bot} [set up|schedule] a [call|huddle] w/ {surg.dr} and {anes.dr} {mdate} {time} [re|about] {pt.poss} [airway|case]"),
    ("C", "records", "[can you|pls] fax the [op note|clearance] for {pt.last} to {pcp.poss} office, fax {fax}"),
    ("C", "business-contact", "[new|updated] [number|#] for [the SPD desk|pre-op desk|the ASC front desk]: {bphone}"),
    ("D", "business-contact", "[send|email] the [block|release] request to {sched.first} at {bemail.sched}"),
    ("I", "", "who owns the {car} with {plate} in the [surgeon|OR] lot? [lights on|blocking the dock]"),
    ("I", "version", "[AIMS|anesthesia] [gateway|interface] [upgraded|updated] to {ver}, [new|] IP {ip}"),
    ("B", "evasion", "[reg|registration] [has|shows] {ssnraw} for {pt.lf}[ - no dashes, fix in Epic|]"),
    ("N", "employee-health", "[flu shot|TB read|titer] for {ehc.full} [was|] [due|done] {hdate}, [EH|employee health] [has|needs] the [result|form]"),
    ("N", "page", "PACU bay {bay}: {pt.last} c/o [CP|SOB|n/v], [pls call|call] x{extn}"),
    ("S", "", "pls consent {pt.last} for {proc} [L|R] side. {mrnv}"),
    ("A", "", "[pre-op|preop] [K|potassium] {lab} on {pt.lf} [drawn|from] {hdate}, [ok to proceed|repeat in am]"),
    ("N", "structured multiline", "{pt.full}\nDOB {dob}\nMRN {mrnv}\n[allergy|allergies]: {allergy}\n[NPO|npo] since {time}"),
    ("N", "", "fyi {pt.init} {age90}yo in bay {bay} [very HOH|hard of hearing], [speak into|use] the pocket talker"),
    ("C", "thread", "[Following up on this|Circling back] — I spoke with {pt.poss} {rel} this morning. [They asked|The family asked] us to [use|call] {phone} [instead of|rather than] the home number, and [confirmed|said] {pt.first} [can be here|will arrive] by {time} on {dos}. I've updated Epic; {surg.poss} office is [aware|cc'd]."),
    ("W", "family", "[family|Family] [request|wants]: [please|pls] [call|text] {his} {rel} {fam.first} [before|when] [incision|they close]. [in the chapel|in the cafeteria|outside]. {cell}"),
    ("D", "vip", "{exec.first}, [quick one|fyi] — {vip.full} [asked|called] about {his} {dos} [surgery|procedure]; [can we move|is there room to move] {him} to [first case|an earlier slot]?"),
    ("N", "", "[lmk|let me know] if {fam.first} calls back — {rel} of {pt.last}, [bay|pre-op] {bay}. {phone}"),
    ("S", "", "[can|could] someone [tell|ask] {pt.poss} [family|people] to [head|go] to consult room 2"),
    ("N", "", "pre-op {bay}: {pt.lf} [arrived|here], {age}, [wt|weight] {wt} kg, [last ate|NPO since] {time}, [ride|driver] {fam.first} ({rel}) {phone}"),
    ("B", "po", "[HAR|account] {harv} — {pt.lf} — {payer} [denied|pended] [the implant|{impl}] [charges|line]. invoice {inv} from {vendor} attached."),
    ("T", "", "[tray|set] {tray} for {pt.last} in OR {ornum} [not|isn't] [sterile|back yet], [holding|delay]"),
    ("V", "", "[hey|hi] is the {impl} still on for {pt.last} [Thursday|{dos}]? I'll bring the [sizers|trials][ — {rep.first}|]"),
    ("T", "implant", "[explant|removed] {impl}, {pt.lf}, SN {devsnv}, UDI {udi}, [returned to|sent to] {vendor} RMA {ticket}"),
    ("A", "", "{pt.last} has a [spinal cord stim|SCS|nerve stim] — serial {pmsn}, needs rep to [turn off|put in MRI mode] pre-op. {vendor} {bphone}"),
    ("I", "", "[Vocera|phone] badge login issue from {ip} — [PACU|OR {ornum}] badges [keep dropping|offline]"),
    ("N", "quoted multiline", "> [is|are] {pt.poss} [family|people] here yet?\n[yes|yep] {rel} {fam.first} [in the lobby|at the desk], [gave|left] [her|his|their] cell {phone}"),
    ("C", "quoted bot multiline", "> {bot} find {pt.poss} next [appt|visit]\n*Periop Assist*: [Next visit|Upcoming]: {fu} [post-op|f/u] w/ {pa.full}, [MOB|clinic] 3rd fl"),
    ("D", "vip quoted multiline", "[fw|FW|Fwd]: from {exec.full}\n> [please|pls] [make sure|ensure] {vip.last} [gets|has] [a private room|the corner room] after {his} {dos} [surgery|case]\n[on it|will do], [booked|reserved] [4 South|PACU 1] for {him}"),
    ("N", "handoff multiline list", "PACU handoff bay {bay}\n- pt: {pt}\n- {age}yo s/p {proc}\n- [pain|pain score] {n}/10\n- {rel}: {fam.first} {phone}\n- [ride|driver] home: {fam2.first}, {plate}"),
    ("A", "handoff multiline", "I-PASS OR {ornum}\nI: [stable|watcher]\nP: {pt.lf}, {age}yo, {proc}\nA: {allergy}\nS: [PONV ppx given|Bair hugger on]\nS: [family|{rel}] {fam.full} {phone}"),
    ("N", "handoff multiline", "[SBAR|sbar] {pt.lf} {mrn}\nS: [post-op|s/p] {proc} {dos}\nB: {dx}, {med}\nA: [BP soft|sat 91% on 2L]\nR: [call|notify] {surg.dr} if [no improvement|SBP<90]"),
    ("N", "list multiline", "[call list|to call] [tomorrow|today]:\n1. {pt.lf} {phone}\n2. {pt2.lf} {phone2}\n3. {pt3.lf} {phone3}[\n4. {pt4.lf} {phone4}|]"),
    ("C", "list", "[DOBs|dob] to [verify|double check]: {pt.last} {dob}, {pt2.last} {dob2}, {pt3.last} {dob3}"),
    ("B", "list multiline", "[member IDs|Member IDs] [pending|needing] [elig|verification]:\n- {hpidv}\n- {hpidv2}\n- {mbiv}"),
    ("S", "list", "[my|] [cases|list] {dos}: {pt.last} ({proc}), {pt2.last} ({proc2}), {pt3.last}[ + an add-on|]"),
    ("N", "", "{pt.nick} in bay {bay} [keeps|is] [trying to get up|pulling at IV], [sitter?|can we get a sitter]"),
    ("N", "lowercase", "{pt.lower}[ is|'s] [back from|done in] [MRI|xray], [ready for|can go to] OR"),
    ("W", "", "[chaplain|Chaplain] [requested|request] [for|by] [the family of|fam of] {pt.full}, {rel} {fam.first} [is Catholic|wants prayers|asked for an imam]. [OR {ornum}|waiting rm B]"),
    ("B", "evasion", "[reg|registration] [typed|entered] the {ssnfw} [with weird characters|in full-width], [pls|] fix [for|on] {pt.lf}"),
    ("N", "evasion", "[cb|callback] # for {fam.full}: {phonezw}"),
    ("C", "evasion", "{mrnsp} — {pt.last} (spaced out [bc|because] the [scanner|OCR] [garbled|ate] it)"),
    ("N", "employee-health", "[don't tell anyone but|fyi, keep it quiet:] {ehc.first} from [SPD|the front desk|PACU] is having {his} {proc} [with us|here] {dos}"),
    ("D", "employee-health", "{ehc.full} [(our scheduler)|(PACU RN)] [was|is] admitted [since|on] {adm}; need coverage for {his} shifts [through|until] {due}"),
    ("D", "vip", "[donor|the donor] {vip.full} is [coming in|scheduled] for [a|] {proc} {dos}; [{exec.full} will|the CEO will] [stop by|visit] post-op"),
    ("C", "url slack-markup", "<{ptportalraw}|{pt.poss} MyChart> [is|shows] {dos} [still|] — [update|fix] pls"),
    ("N", "url", "[family|fam] [can|] [follow|track] {pt.first} on the status board [at|here:] {ptstatus}"),
    ("C", "", "{pt.poss} [work #|work number] {phonex}[, ok to leave msg|]"),
    ("V", "business-contact", "rep [line|cell] {bphonex} [if you need|for] [trays|the loaner] — {rep.first}"),
    ("W", "family", "[SMS from family|Family text (via liaison app)] from {phone}: \"[hi|hello] this is {fam.first}, {pt.poss} {rel}, is {he} [out yet|ok]? {foreign}\""),
    ("W", "family", "[msg|Message] from {fam.full} on the family line: [on the way|parking now], [asks|wants to know] [if|whether] {pt.first} [is out|went back yet]. [cb|callback] {phone}"),
    ("N", "", "[pt|patient] {pt.last} [is|turns] {age90} [today|tomorrow] [😊|:birthday:|🎂] [happy bday|we got a card]"),
    ("A", "", "{age90}yo [for|w/] {proc}, {pt.hon}, [DNR|DNR/DNI] [suspended|rescinded] for OR per [{his} {rel}|HCP] {fam.full}"),
    ("B", "money", "[refund|Refund] to card {ccv} for {pt.lf} — {bal}, {har}"),
    ("C", "address", "[pickup|driver] [at|is going to] {street} [off|near] [Rte|Route] {rte} in {town}, [back door|ring bell]"),
    ("W", "", "{fam.first} ({rel} of {pt.last}) [is|parked] in [a|the] [handicap spot|ED lot] - {car}, {plate}. [security|valet] [ok'd it|asked]"),
    ("W", "url", "{fam.full} [made|started] a [GoFundMe|CaringBridge|meal train] for {pt.first}: {ptpage}"),
    ("V", "business-contact", "[reach|text] me [at|on] {bphone} [for|about] the {impl} [case|trays] [tmrw|Thursday] — {rep.first} @ {vendor}"),
    ("D", "business-contact bot", "{bot} [cc|loop in] {exec.full} ({bemail.exec}) on the [block util|capital] [thread|email]"),
    ("I", "business-contact", "[service desk|Service Desk] [is now|new line] {bphone}[ (24/7)|], or email {bemail.it}"),
    ("V", "business-contact", "[new|updated] [rep|territory manager] for {vendor}: {rep.full}, {bphone} / {bemail.rep}"),
    ("N", "multiline", "cb # for {fam.first} is {phonebr} (sorry[,| -] fat fingers)"),
    ("C", "multiline", "[mrn|MRN] [is|=] {mrnbr} for {pt.last}[, sorry for the line break|]"),
    ("W", "list", "[fam|family] emails [for updates|on file]: {email.fam}, {email.fam2}"),
    ("S", "", "[tell {pt.poss} {rel}|let {pt.poss} {rel} know] [it went fine|all good, no surprises|no surprises], [I'll|will] [come out|talk to them] after my {time}"),
    ("A", "", "[airway|Airway] note — {pt.lf}, {dobl}: [grade 4 view|failed DL x2], [bougie|glidescope] [worked|needed]. [letter to pt|flag in chart]"),
    ("N", "", "[pls|please] [page|call] me when {pt.hon} [gets to|arrives in] [PACU|phase II] — [{his} {rel}|family] [{fam.first}|] [wants|asked for] an update"),
    ("C", "", "{pt.lf} [rescheduled|moved] to {dos2} per {surg.dr}. [letter mailed to|sent to] {addr}"),
    ("B", "", "[guarantor|Guarantor] {fam.full} read me the SSN over the phone: {ssnv}[ — entered in reg|]"),
    ("B", "money", "[payment plan|pmt plan] for {pt.lf}: {bal}/mo on card {ccv}[, exp {exp}|], {har}"),
    ("D", "money bot", "{bot} [pay|process] the [AORN|ASA] registration for {dir.first} with [the p-card|card] {ccv}"),
    ("B", "evasion", "[pt|patient] {pt.last} read [her|his|their] social as {sssn}, [pls|] [confirm|verify] at check-in"),
]


# ----------------------------------------------------------------------------------------
# clean frames (hard negatives of the same world)
# ----------------------------------------------------------------------------------------
CLEAN_T = [
    ("C", "block calendar", "[block release|Block release reminder]: unused [blocks|block time] release at {time}[, 72h prior|]. {surg.poss} [Tues|Thursday] block on {mdate} [released|is open] — {count} [hrs|rooms] available."),
    ("D", "block", "block util {fyq}: {surg.last} {pct}%, {surg2.last} {pct2}%, [ortho|GYN] overall {pct3}%. [deck|slides] [on|at] {intranet}"),
    ("D", "block", "{dir.first} [wants|asked] {sched.first} to swap {surg.poss} {mdate} block with {surg2.dr} — [any objections|ok w/ you both]?"),
    ("N", "ticket", "OR {ornum} [closed|down] {mdate} [for|d/t] [HVAC work|floor refinishing|terminal clean]. cases [moving|moved] to OR {ornum2}. [Facilities|FM] ticket {ticket}."),
    ("D", "bot calendar", "{bot} [schedule|set up|book] the [periop council|OR governance|block committee] [meeting|mtg] [for|on] {mdate} [at|@] {time} in {confroom}[ and invite {staffs}|]. Zoom {zoom}."),
    ("D", "bot calendar", "{bot} [move|push] my {time} w/ {exec.full} to {mdate2}[ and|,] [let {ea.first} know|cc {ea.first}]"),
    ("D", "bot po", "{bot} draft an email to {rep.full} at {vendor} asking [for|about] [updated pricing|the quote] on PO {po}[ — keep it short|]"),
    ("D", "bot calendar multiline", "{bot} [what's|whats] on my calendar {mdate}?\n*Periop Assist*: {time} [OR huddle|staffing] ({confroom}), {time2} 1:1 w/ {mgr.first}, {time3} {vendor} [QBR|business review]"),
    ("X", "calendar", ":calendar: *[Periop Quality|Surgical Services] [Committee|Council]* — {mdate}, {time}-{time2}, {confroom}. Agenda: [FCOTS|first case starts], [TOT|turnover times], [SSI|SSI rates]. Zoom ID {zoom}"),
    ("D", "calendar ext", "[OOO|out of office] {mdate}–{mdate2}; {mgr.full} [covering|is covering] periop. [urgent stuff|for urgent stuff] page x{extn}"),
    ("N", "calendar", "[thanks|ty] {rn.first}, [can you|could you] [grab|book] a huddle room [for|on] {mdate}? [{count} people|just us + {rn2.first}]"),
    ("T", "po facility-address", "loaner [trays|sets] from {vendor} [arriving|due] {mdate} by {time}, PO {po}. {rep.full} will drop at [Loading Dock B|SPD receiving], {facaddr}."),
    ("T", "recall", "recall on {impl} lot {lot}[ and {lot2}|] — [pulled|pull] {count} [units|boxes] from [core|the shelf]. none implanted per {rep.first}."),
    ("T", "ticket equipment", "[C-arm|OEC] {equipsn} [down|out of service] again, biomed [ticket|tkt] {ticket}. [asset|Asset tag] {asset}."),
    ("T", "ticket", "[tray|set] {tray} [missing|short] [a|the] [retractor|#3 Penfield|needle driver][ again|]. {tech.first} [filed|put in] {ticket}."),
    ("T", "", "[IUSS|flash sterilization] [log|report] {fyq}: {count} [events|loads], down from {count2}. [thanks|kudos] to {tech.full} and the [night crew|SPD team] [:clap:|👏]"),
    ("V", "calendar", "{rep.full} [from|w/] {vendor} [will be in|coming to] the OR {mdate} for the [robot|Mako|ROSA] [cases|in-service]. vendor credential [expires|exp] {mdate2}."),
    ("B", "money ext", "invoice {inv} from {vendor} [is|was] [short-paid|on hold], {money} variance. AP contact is {bill.full}, x{extn}"),
    ("T", "", "[consignment|bill-only] [audit|count] {mdate}: [ortho|spine] core at {count} [items|SKUs], {count2} expired. Contract {contract}."),
    ("T", "ticket", "[sterilizer|Steris] #{n} [failed BI|failed Bowie-Dick] [this am|on the {time} load]. loads quarantined, [biomed|{it.first}] aware, {ticket}."),
    ("I", "calendar", "new UDI [scanner|barcode] [workflow|tip sheet] [live|goes live] {gldate} — see {intranet}"),
    ("T", "udi-stock ticket", "[shelf|stock] [count|audit]: {impl} unit UDI {stockudi} expired {exp}, returning to {vendor} on RMA {ticket}"),
    ("I", "version ext calendar", "[Epic|OpTime] [upgrade|update] to {ver} [goes live|go-live] {gldate} at {time}. [downtime|BCA] [sheets|procedures] in every [OR|pre-op bay]. [questions|Qs] → {it.full} x{extn}"),
    ("I", "version ticket", "[AIMS|anesthesia] [build|version] {build} fixes the [vitals lag|charting bug]. {ticket} [closed|resolved]."),
    ("I", "ticket", "the OR [board|status board] [TVs|screens] on [the core|2nd fl] are [frozen|showing old data], [{it.first}|IT] [rebooting|on it]. {ticket}"),
    ("D", "hipaa mrn-topic ssn-topic", "reminder: [don't|do not] [paste|put] [MRNs|SSNs|patient names|DOBs] in [this channel|Slack]; use [secure chat|Epic chat]. Policy {policy} [effective|eff.] {gldate}."),
    ("I", "mrn-topic", "we're moving to 10-digit MRNs [on|with] {gldate}; [labels|armbands] [need|will need] new templates. [{it.full} leading|lead: {it.full}]"),
    ("D", "calendar", "[welcome|Welcome] {rn.full} to [PACU|pre-op|the OR]! [starts|first day] {mdate}, [orienting w/|preceptor:] {rn2.first}. [:tada:|🎉]"),
    ("N", "ext", "call {mdate}: anes {anes.last}, CRNA {crna.first}, scrub {tech.first}, circ {rn.first}. backup {rn2.first} x{extn}"),
    ("N", "staffing", "[need|looking for] [someone|a body] to [cover|pick up] {mdate} {time}-{time2} [in|for] PACU, [{rn.first} is on PTO|{rn.first} swapped out]. [OT|incentive] approved by {mgr.first}."),
    ("D", "staffing", "{mgr.full} approved PTO for {rn.full} {mdate}–{mdate2}. [Kronos|UKG] updated."),
    ("N", "kudos", "[kudos|shoutout|huge thanks] to {rn.full} and {tech.full} for [turning over|flipping] OR {ornum} in {n} min [yesterday|last night] [🙌|:raised_hands:|]"),
    ("C", "facility-address ext", "the {site} ASC [is at|moved to] {facaddr}, [parking|park] behind the building. front desk x{extn}"),
    ("T", "facility-address", "[packages|deliveries] for SPD go to {facaddr} — [not|NOT] the [clinic|MOB] at {facaddr2}."),
    ("D", "facility-address calendar", "[mtg|meeting] [is|will be] in the [board room|Admin conf rm], {facaddr}, {mdate} {time}."),
    ("D", "calendar", "[construction|renovation] in [pre-op|PACU] [phase 2|] starts {mdate}; bays {bayn}–{bayn2} [closed|offline] until {mdate2}."),
    ("D", "quality", "FCOTS [last week|for {fyq}]: {pct}%[ ({count} late starts)|]. [top delay|most delays]: [late surgeon|H&P missing|consent issues]. [nice work|thanks] {rn.first}."),
    ("D", "quality", "SSI rate {fyq}: [ortho|colorectal] {pctl}%. {agg} [were|] [flagged|high risk]."),
    ("N", "", "the {time} in OR {ornum} is [delayed|running late] — [pt|patient] [ate|had coffee], {anes.dr} [wants|says] [to wait|8h]. the {time2} moves up."),
    ("N", "", "bay {bay}: {agelo}yo [M|F|male|female] s/p {proc}, [pain controlled|n/v], ready for [phase II|d/c] [in 30|soon]."),
    ("D", "cpt", "case volume {mdate}: {count} cases, {count2} add-ons, {count3} cx. top CPT {cpt} ({proc})."),
    ("B", "cpt icd", "coding q: [is {proc}|should {proc} be|{proc} -] {cpt} or {cpt2}? dx {icd}. [cc|ping] {bill.first}"),
    ("B", "cpt", "90-day global on {cpt} — [don't bill|can't bill] the post-op visit. per {bill.full}"),
    ("D", "calendar", "[reminder|FYI]: {agg} need a [geri|geriatric] [consult|screen] before elective [surgery|cases] [starting|as of] {gldate}."),
    ("B", "money last4", "[travel|conference] to [AORN Expo|ASA] {mdate}–{mdate2}: [book on|use] the p-card ending {l4}, exp {exp}. cost center {costc}."),
    ("B", "po money", "PO {po} for the {vendor} [robot|Mako] [service contract|maintenance] [approved|pending CFO]. {money} [annually|/yr]. Contract {contract}"),
    ("D", "money", "capital req #{n}: [2 new video towers|OR tables], {money}. {exec.full} [presenting|presents] at [finance committee|F&A] {mdate}."),
    ("B", "calendar", "vendor [dinner|lunch] w/ {vendor} {mdate}, {count} attending. [Sunshine Act|open payments] form to {bill.first}."),
    ("D", "credentialing npi", "credentialing for {surg.dr}: NPI {npi}, [board cert|ABOS] verified, privileges approved at MEC {mdate}. license renewal due {liclapse}."),
    ("N", "calendar", "[CNOR|CRNFA|CSSM] [review|prep] course {mdate}, {time}, {confroom}. {count} seats, sign up w/ {rn.first}."),
    ("X", "bot", "*Periop Assist* [:robot_face:|🤖] [Task created|Reminder set]: \"{task}\" — due {due}. [Assigned to|Owner:] {rn.full}"),
    ("X", "bot ticket", "*ServiceNow* {ticket} ({it.full}) → [Resolved|In Progress|Awaiting vendor]. [Short description|Desc]: [OR {ornum}|SPD] {equip} issue"),
    ("X", "bot calendar", "✅ [Meeting booked|Invite sent]: {mtgname} — {mdate} {time} ({confroom}). [Attendees|Invited]: {staffs}"),
    ("D", "quoted calendar multiline", "> can we move the block [meeting|mtg] to {mdate}?\n[works for me|fine by me]. {dir.first} is [out|OOO] that morning though"),
    ("V", "forwarded multiline", "---------- Forwarded message ---------\nFrom: {rep.full} ({vendor})\nDate: {mdate}\nSubject: [Price increase|Backorder] notice - {impl}\n\n[Effective|As of] {gldate}, [list price|pricing] [increases|goes up] {pct}%. Ref {contract}."),
    ("D", "donor money", "[thank you|thanks] to the {donorfound} for the {money} gift [toward|for] the new [hybrid OR|PACU family lounge]. {exec.full} [will|to] present a plaque {mdate}."),
    ("D", "donor", "{donor.full} and {donor2.full} [(Foundation board)|from the Foundation] [will tour|touring] the new ORs {mdate} at {time}. [please|pls] keep OR {ornum} [tidy|camera-ready]. [{exec.first} leading|led by {exec.full}]"),
    ("D", "donor", "board member {donor.full} [asked|wants to know] about the [robot|block] [utilization|numbers] before the {mdate} meeting"),
    ("N", "staffing", "[{rn.full}|{rn.first}][ is|'s] [off|on PTO|at the AORN conference] today, [{rn2.first}|{rn3.first}] [covering|has] [her|his|their] rooms"),
    ("T", "", "[hey|] {tech.first} [can you|pls] [run|pull] the [ortho|spine] [trays|sets] for OR {ornum}? [{count} sets|need them by {time}]"),
    ("S", "", "[running|] [~|about] {n}0 min [behind|late], [start|prep] [the next one|my {time}] [w/o me|without me][ — {surg.first}|]"),
    ("S", "", "can we get the [Mako|robot|microscope] in OR {ornum} [for|at] {time}? [{rep.first} is coming|rep coming]"),
    ("A", "ext", "[{anes.last}|{anes.dr}][ is|'s] running the board [today|this pm]; blocks in [pre-op|block room] {bayn}. x{extn}"),
    ("A", "", "[difficult airway|DA] cart [restocked|checked] in OR {ornum}; [glidescope blade|fiberoptic scope] [missing|back from SPD]. [{crna.first} aware|cc {crna.first}]"),
    ("N", "", "[pre-op|PACU] is [full|at capacity], {count} [holding|boarding], bays {bayn} and {bayn2} waiting on [EVS|cleaning]"),
    ("W", "code", "[waiting room|family lounge] [wifi|WiFi] [password|pw] [changed|is now] `{wifipw}`[, updated the signs|]"),
    ("W", "ext calendar", "[liaison desk|family desk] [is|will be] [unstaffed|closed] {mdate} {time}-{time2}; families can use the [kiosk|phone] [and|or] [page|call] x{extn}"),
    ("I", "version calendar", "[Haiku|Rover|Vocera] [app|client] update {ver} [pushed|rolling out] {mdate}; restart your [phone|device] [after|if it hangs]"),
    ("I", "ticket", "[OR {ornum}|pre-op {bayn}] [workstation|computer] [asset|Asset] {asset} [won't|doesn't] [boot|log in], {ticket}"),
    ("I", "version calendar", "[Epic|OpTime] [downtime|planned downtime] {mdate} {time}-{time2}[ for {ver}|]. [print|run] [BCA|downtime] [reports|schedules] [by|before] {time3}."),
    ("B", "money", "[the|] {fyq} [supply|implant] spend [for|in] [ortho|spine] [is|was] {money}, [{pct}% over budget|under budget by {pct}%]. [cost center|CC] {costc}."),
    ("B", "ext po", "[reminder|FYI]: [don't|do not] [email|send] card numbers; call the [AP|finance] [line|team] x{extn}[ and reference PO {po}|]"),
    ("B", "money last4 ticket", "[the rep|{vendor}] [charged|billed] our p-card ending {l4} [twice|for {money}]; disputing it w/ the bank, ref {ticket}"),
    ("D", "calendar", "{exec.full} [wants|needs] the [block|OR] [utilization|scorecard] [deck|report] [by|before] {due}[, {fyq} data|]. {ea.first} [will|can] [format it|set up the meeting]"),
    ("D", "bot calendar", "{bot} [send|forward] the [agenda|minutes] from {mdate} to {staffs}"),
    ("D", "bot calendar", "{bot} [find|book] [a|] [30|60] min [with|w/] {surg.dr} and {dir.first} [next week|{mdate}] [re|about] [block|robot] [time|allocation]"),
    ("D", "bot multiline", "{bot} [what's|whats] the [zoom|Zoom] [for|link for] the [periop council|block committee]?\n*Periop Assist*: {zoomurl} (ID {zoom})"),
    ("D", "bot calendar", "{bot} [remind|ping] {sched.first} [to|about] [send|sending] the [block|release] [report|list] [by|on] {due}"),
    ("D", "bot calendar", "{bot} [summarize|recap] the [#periop-leadership|#or-scheduling] [thread|channel] [from|since] {mdate}"),
    ("N", "", "[bay|Bay] {bay}: [{agelo}|{agelo} y/o|{agelo}yo] [for|w/] {proc}, [consent|H&P] [missing|not signed], [{surg.first}|{surg.dr}] [paged|aware]"),
    ("S", "", "[add-on|addon] {proc} [{agelo}M|{agelo}F|{agelo} yo], NPO since {time}, [ok to go|can go] after [my|the] {time2}[ in OR {ornum}|]"),
    ("N", "ext", "[pt|patient] in [bay|pre-op] {bay} [wants|asking for] [a|] [chaplain|interpreter], [speaks|language:] {lang}. [interpreter line|iPad] x{extn}"),
    ("W", "ext", "Interpreter services [new|] ext is x{extn}; [video|VRI] [carts|iPads] at the [pre-op|PACU] desk. [covers|Languages:] {lang}, {lang2}, [ASL|Karen]"),
    ("T", "calendar", "lot {lot} of {impl} [back-ordered|on backorder] [until|till] {mdate}; [sub|substitute] w/ {impl2} [per|approved by] {surg.dr}"),
    ("T", "calendar", "[biomed|Biomed] [PM|preventive maint] [due|scheduled] for the [Steris|Amsco] [washers|sterilizers] {mdate}; assets {asset}, {asset2}"),
    ("V", "calendar", "[hi|Hi all], [{rep.first} here|this is {rep.first}] [from|with] {vendor} — I'm [covering|out] {mdate}–{mdate2}; [{rep2.full}|{rep2.first}] [will cover|covers] the [trays|cases].{thx}"),
    ("V", "po", "[trays|Trays] for {surg.poss} [Thursday|{mdate}] [cases|list] [delivered|dropped off] at SPD [at|@] {time}. PO {po}"),
    ("T", "ticket", "[loaner|Loaner] {tray} [came back|returned] [w/|with] [bioburden|missing screws], [photos|pics] sent to {rep.first}, ticket {ticket}"),
    ("T", "version", "[count|Count] sheet for {tray} [updated|revised] to rev {n}; [pls|please] [use|print] the [new|latest] one from {intranet}"),
    ("I", "version calendar", "[firmware|Firmware] {ver} [on|for] the [infusion pumps|anesthesia machines] [pushed|scheduled] {mdate}. [biomed|{it.first}] [will|to] verify every room"),
    ("D", "calendar", "[Joint Commission|DOH] [readiness|mock tracer] {mdate}: [{dir.full}|{dir.first}] [leading|leads] periop. [checklist|binder] on {intranet}"),
    ("D", "calendar", "Policy {policy} ({policytopic}) [revised|updated], [effective|eff] {gldate}. [please|pls] attest in [HealthStream|the LMS] [by|before] {due}"),
    ("D", "calendar", "[new|revised] [visitor|family] policy [for|in] [pre-op|PACU] [starts|effective] {gldate}: [2 visitors|1 visitor] per patient, no visitors [under 12|in phase I]"),
    ("N", "calendar", "[staff|Staff] [meeting|mtg] {mdate} {time} in {confroom}; [pizza|lunch] from {vendor}[ 🍕|]. [mandatory|please attend]"),
    ("D", "calendar exec-name", "the [OR|Surgical Services] [town hall|all-staff] [is|moved to] {mdate} [at|@] {time}; [{exec.full}|{exec.first} ({title})] will [talk|present] [about|on] [staffing|the new tower]"),
    ("D", "kudos", "[congrats|Congrats] to {rn.full} [on|for] [her|his|their] [CNOR|promotion to charge|DAISY award]! [🎉|:tada:|👏]"),
    ("D", "calendar", "[retirement|Retirement] [party|lunch] for {tech.full} [after|—] [32|27|19] years in SPD, {mdate} {time} {confroom}. card is w/ {clerk.first}"),
    ("C", "ext", "[pls|please] route all [posting|case request] [forms|requests] [to|via] the [Epic|OpTime] [queue|pool] [not|instead of] [email|fax]; [questions|Q's] [to|→] {sched.full} x{extn}"),
    ("C", "ticket", "the {site} [office|clinic] [fax|line] [is|was] [down|out] [today|this am], [postings|posting requests] [delayed|will be late]. {ticket}"),
    ("C", "calendar", "[block|Block] [schedule|calendar] for {fyq} [posted|is up] on {intranet}; [changes|swaps] [due|to {sched.first}] by {due}"),
    ("S", "", "[tell|ask] [anesthesia|{anes.first}] [I'm|im] adding {count} more [cataracts|scopes] after [lunch|1300]. [same room|OR {ornum}]"),
    ("A", "ticket equipment", "[regional|block] [cart|ultrasound] {equipsn} [needs|due for] [cleaning|PM]; [biomed|it's] [ticket|in as] {ticket}"),
    ("N", "age-aggregate", "[{agg}|{count} pts over 90] on [today's|the] [board|schedule], [extra|more] [geri|delirium] [precautions|screening]"),
    ("N", "", "[room|OR] {ornum} [turnover|TOT] [{n}0 min|was {n}0 min], [{rn.first}|{tech.first}] [says|said] [EVS|housekeeping] [was late|short-staffed]"),
    ("D", "quality", "[turnover|TOT] [goal|target] [is|stays] [25|30] [min|minutes] for {fyq}; [we averaged|avg was] {n}1. [see|dashboard] {intranet}"),
    ("T", "version calendar", "[instrument|Instrument] tracking [{ver}|upgrade to {ver}] [go-live|goes live] {gldate}; [SPD|{tech.first}] super users: {staffs}"),
    ("D", "calendar", "[vendor|Vendor] [fair|expo] {mdate} in {confroom}, [{count} vendors|{vendor} + {vendorx}]. [RSVP|sign up] w/ {ea.first}"),
    ("N", "", "[reminder|pls remember]: [time out|timeout] [script|checklist] [changed|updated] — [read back|verify] [laterality|site] [and|+] [implants|consent]. [{dir.first}|mgmt]"),
    ("N", "", "[who|Who] [has|took] the [pocket talker|bladder scanner|glucometer] from [pre-op|PACU] {bayn}? [asset|tag] {asset}"),
    ("T", "po calendar", "[loaner|Loaner] [agreement|PO] {po} [expired|expires] {mdate}; ship the sets back on our FedEx account"),
    ("I", "ticket", "[can|Can] [someone|you] [reset|unlock] my [Epic|OpTime] [login|account]? [user|ID] {userid}, {ticket}"),
    ("I", "code calendar", "[new|New] [wifi|SSID] for the [OR|periop][ is|:] `{ssid}`; the old one [retires|goes away] {gldate}"),
    ("C", "calendar ext", "[scheduling|Scheduling] office closed {mdate} [for|d/t] [the holiday|training]; [urgent|add-on] [postings|cases] [page|call] x{extn}"),
    ("D", "zip-like", "the {site} [clinic|ASC] [ZIP|zip][ is|:] {faczip}[ — use it on the|, for the] [courier|shipping] [form|label]"),
    ("D", "facility-address calendar", "[site visit|Site visit] [to|at] the {site} [ASC|clinic] {mdate}: {facaddr}. [park|parking] [in|on] the [back|side] [lot|street]"),
    ("B", "", "[claim|Claim] [batch|file] {inv} [rejected|kicked back] [by|from] {payer}[: {count} claims|], edit {carc}. [fixing|working it] w/ {bill.first}"),
    ("B", "", "[group|Group] [number|#] for the [employee|staff] {payer} plan [changed to|is now] {grp}; [update|check] the [payer|plan] table"),
    ("D", "hipaa bot", "[question|q] for {bot}: what's the [HIPAA|minimum necessary] [rule|policy] on [texting|screenshots] of the OR board?"),
    ("D", "bot multiline calendar", "{bot} [what|which] [rooms|ORs] are [open|free] {mdate} after {time}?\n*Periop Assist*: OR {ornum} and OR {ornum2} [open|free] [after|from] {time2}"),
    ("N", "calendar", "[BLS|ACLS|PALS] [renewal|class] {mdate} {time}, {confroom}; [{count} spots|spots left: {count}]. [sign up|register] [via|in] [HealthStream|the LMS]"),
    ("S", "ext", "[anyone|Anyone] [know|have] [{rep.poss}|the {vendor} rep's] [ext|extension]? [think it's|pretty sure] x{extn}"),
    ("T", "", "[pls|please] don't leave [sharps|blades] [in|on] the {tray} [tray|set] again, [found|there were] loose blades [twice|this week]"),
    ("N", "ext", "the [pre-op|PACU] [phone|line] is forwarded to x{extn} [tonight|this weekend][, {rn.first} has it|]"),
    ("D", "list multiline calendar", "[draft|Draft] [agenda|Agenda] for {mdate}:\n1. [block release|Block release] [data|update] ({sched.first})\n2. [{vendor}|Vendor] contract {contract}\n3. [FCOTS|On-time starts] ({rn.first})\n4. [open|Open] [floor|items]"),
    ("N", "", "[lunch|Lunch] [relief|breaks]: {rn.first} [→|->] OR {ornum} [at|@] {time}, {rn2.first} [→|->] OR {ornum2} [at|@] {time2}"),
    ("X", "bot ticket calendar", "[:warning:|⚠️] *[Downtime|Maintenance] [notice|alert]* {mdate} {time}–{time2}: [OR board|AIMS|Omnicell] [unavailable|read-only]. [Ref|Change] {ticket}"),
    ("D", "calendar", "[Hi|hi] {exec.first} — [per|following] [our|your] [call|1:1], I moved the [block|robot] [discussion|item] to {mdate}; {staffs} [invited|cc'd]"),
    ("V", "facility-address", "{vendor} [HQ|office] [moved|is now at] {vendoraddr}[ — update the vendor master|]"),
    ("T", "ticket", "[ortho|Ortho] [core|closet] temp {n}{n2}°F [at|@] {time}; [{tech.first}|SPD] called FM {ticket}"),
    ("N", "ext", "[bay|Bay] {bay} [and|+] {bay2} waiting on [transport|escort] [to|for] [4 South|the floor|ICU]; [transport|dispatch] x{extn}"),
    ("W", "", "[family|Family] in [bay|pre-op] {bay} [asked|wants to know] about [the cafeteria|parking validation] — sent them to level {n}"),
    ("S", "", "[pt|patient] in [bay|pre-op] {bay} is {agelo}, BMI {bmi}, [ok for|fine for] the ASC? [{anes.first}|anes] [pls|please] [review|weigh in]"),
    ("D", "calendar", "the [{vendor}|{vendorx}] [contract|GPO agreement] {contract} [renews|renewal] {gldate}; [{exec.full}|the CFO] [signing|to sign] by {due}"),
    ("I", "version ticket", "VPN client {ver} [breaks|is breaking] [remote|home] [Epic|Citrix] for [some|a few] [schedulers|of us]; [rollback|fix] [tonight|{mdate}], {ticket}"),
    ("D", "calendar", "[reminder|FYI] the [ASC|{site} ASC] is closed {mdate} ([holiday|inventory]); cases [moved|booked] to main OR"),
    ("N", "", "[anyone|Anyone] [seen|have] the spare [Bair Hugger|fluid warmer]? [asset|tag] {asset}[, last seen OR {ornum}|]"),
    ("B", "npi calendar", "NPI for [the new|our new] [PA|NP] {pa.full} [is|=] {npi}; [payer|credentialing] [enrollment|apps] submitted {mdate}"),
    ("D", "ext", "[please|pls] [welcome|say hi to] {dir2.full}, our [new|interim] [periop|OR] [educator|director]; office is Rm {roomnum}, x{extn}"),
    ("N", "ticket", "[heads up|fyi] the [ice machine|blanket warmer] [in|on] [PACU|pre-op] is [broken|leaking] again, FM {ticket}"),
    ("T", "list", "[tray|Set] status [{mdate}|today]: {tray} [ready|sterile], {tray2} in [wash|decon], {tray3} [missing|waiting on] [parts|{rep.first}]"),
    ("A", "", "[anesthesia|Anes] [schedule|assignments] for {mdate} posted; {anes.dr} [in charge|is charge], {crna.full} [floating|float]"),
    ("C", "", "[{surg.poss}|Dr. {surg2.last}'s] office [wants to add|is adding] {count} cases to [the|their] {mdate} block, [room for it?|does it fit?]"),
    ("V", "", "[just a|a] [reminder|heads up]: [all|] reps [must|need to] check in [via|on] [Reptrax|vendormate] and [wear|get] a badge — {dir.full}"),
    ("I", "ip-topic", "[we|IT] [blocked|are blocking] [personal|outside] [hotspots|devices] on the [OR|clinical] network [as of|starting] {gldate}; [questions|Qs] to {it.first}"),
    ("D", "ssn-topic hipaa", "[the|] [new|updated] [registration|reg] [script|workflow] [no longer|doesn't] [asks|ask] for [the full SSN|SSN] [at check-in|in pre-op]; [go-live|effective] {gldate}"),
]


# ----------------------------------------------------------------------------------------
# function frames: tables pasted from spreadsheets, status boards, lists, threads
# ----------------------------------------------------------------------------------------
STATUS = ["In Room", "Closing", "PACU", "Prep", "Delayed", "Scheduled", "Cancelled", "Pre-op",
          "Timeout", "Turnover"]


def _sep(r):
    return r.choice([" | ", "\t", " | ", "  ", " / "])


def fp_board(ctx):
    r = ctx.r
    sep = _sep(r)
    out = tpl(ctx, "[*OR Status Board*|OR board|Status board] [{dos}|today|— {dos}][ :hospital:|]\n")
    hdr = ["OR", "Time", "Patient", "Procedure", "Surgeon", "Status"]
    out.append(T(sep.join(hdr) + "\n"))
    n = r.randint(3, 6)
    named = r.randrange(n)
    for i in range(n):
        row = "{ornum%d}%s{time%d}%s" % (i, sep, i, sep)
        if i == named or r.random() < 0.6:
            row += "{pt%d.%s}" % (i, r.choice(["lf", "last", "LF", "lf"]))
        else:
            row += r.choice(["—", "(blocked)", "TBD"])
        row += "%s{proc%d}%s{surg%d.%s}%s%s" % (sep, i, sep, i, r.choice(["last", "dr"]), sep, r.choice(STATUS))
        out += tpl(ctx, row)
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    return out


def fp_tsv(ctx):
    r = ctx.r
    cols = ["DOS", "MRN", "Patient", "DOB", "Age", "Procedure", "Surgeon", "Phone", "Payer", "Member ID"]
    pick = ["Patient"] + r.sample([c for c in cols if c != "Patient"], r.randint(3, 5))
    pick.sort(key=cols.index)
    out = [T("\t".join(pick) + "\n")]
    n = r.randint(2, 5)
    for i in range(n):
        cells = []
        for c in pick:
            cells.append({"DOS": "{dos%d}" % i if i else "{dos}", "MRN": "{mrnv%d}" % i,
                          "Patient": "{pt%d.%s}" % (i, r.choice(["LF", "lf", "full"])),
                          "DOB": "{dob%d}" % (i + 1), "Age": "{agex%d}" % i,
                          "Procedure": "{proc%d}" % i, "Surgeon": "{surg%d.last}" % i,
                          "Phone": "{phone%d}" % i, "Payer": "{payer%d}" % i,
                          "Member ID": "{hpidv%d}" % i}[c])
        out += tpl(ctx, "\t".join(cells))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    ctx.tag("structured")
    if r.random() < 0.5:
        return tpl(ctx, "[pasting from the sheet:|here's tomorrow's list|from the add-on tracker —]\n") + out
    return out


@slot("agex", True)
def s_agex(ctx, arg):
    if ctx.r.random() < 0.3:
        return [S(str(ctx.r.randint(90, 103)), "AGE")]
    return [V(str(ctx.r.randint(24, 89)))]


def fp_posting(ctx):
    r = ctx.r
    fields = [("[Patient|Pt name|Name|PATIENT]", "{pt.%s}" % r.choice(["full", "lf", "LF", "fullmi"])),
              ("[DOB|D.O.B.|Birthdate|dob]", "{dob}"), ("[MRN|MR#|Med Rec #|chart #]", "{mrnv}"),
              ("[Procedure|Proc|CPT]", r.choice(["{proc}", "{cpt}"])),
              ("[Surgeon|Attending]", "{surg.dr}"), ("[Date|DOS|Surgery date|Requested date]", "{dos}"),
              ("[Phone|Cell|Best #|Contact]", "{phone}"), ("[Payer|Insurance]", "{payer}"),
              ("[Member ID|Sub ID|Policy #]", "{hpidv}"), ("[Room|OR]", "{ornum}"),
              ("[Length|Duration]", "{dur} min"), ("[Allergies|Allergy]", "{allergy}"),
              ("[Address|Home address]", "{addr}"), ("[Emergency contact|EC]", "{fam.full} ({rel}) {phone2}")]
    keep = [fields[0]] + r.sample(fields[1:], r.randint(4, 8))
    if r.random() < 0.5:
        r.shuffle(keep)
    colon = r.choice([": ", ": ", " - ", ":\t", " = "])
    bullet = r.choice(["", "", "• ", "- "])
    body = "\n".join(bullet + k + colon + v for k, v in keep)
    head = r.choice(["*Case posting request*\n", "Posting form (pls enter):\n", "", "NEW CASE\n",
                     "[fwd from {sched.full}]\n"])
    ctx.tag("structured")
    ctx.tag("multiline")
    ctx.tag("posting")
    return tpl(ctx, head + body)


def fp_calllist(ctx):
    r = ctx.r
    n = r.randint(3, 5)
    lines = [r.choice(["Pre-op calls (today):", "PAT call list", "calls for tmrw's board:", "*Pre-op call log*"])]
    outcomes = ["LVM", "reached, instructions given", "no answer", "spoke w/ {rel%d}",
                "wrong #", "reached - needs interpreter ({lang%d})", "VM full", "done ✅"]
    for i in range(n):
        o = r.choice(outcomes)
        if "%d" in o:
            o = o % i
        lines.append("%s{pt%d.%s} %s {phone%d} — %s" % (r.choice(["• ", "- ", "%d. " % (i + 1)]), i,
                                                       r.choice(["lf", "full", "last"]),
                                                       r.choice(["", "@", "-"]), i, o))
    ctx.tag("list")
    ctx.tag("multiline")
    ctx.tag("preop-call")
    return tpl(ctx, "\n".join(lines).replace("  ", " "))


def fp_pacu(ctx):
    r = ctx.r
    n = r.randint(3, 5)
    lines = [r.choice(["PACU board {time}", "*PACU census*", "pacu status:"])]
    for i in range(n):
        fam = r.random() < 0.6
        s = "Bay {bay%d}: {pt%d.%s} — {proc%d} — %s" % (i, i, r.choice(["last", "lf", "hon"]), i,
                                                       r.choice(["phase I", "ready for floor", "ready for d/c", "pain 6/10", "waiting on bed"]))
        if fam:
            s += " — fam: {fam%d.first} {phone%d}" % (i, i)
        lines.append(s)
    ctx.tag("list")
    ctx.tag("multiline")
    return tpl(ctx, "\n".join(lines))


@slot("relx", memo=False)
def s_relx(ctx, arg):
    return [T(ctx.r.choice(RELS)[0])]


def fp_implantlog(ctx):
    r = ctx.r
    sep = r.choice([" | ", "\t"])
    out = [T(sep.join(["Patient", "MRN", "Implant", "SN/UDI", "Rep"]) + "\n")]
    n = r.randint(2, 4)
    for i in range(n):
        dev = "{devsnv%d}" % i if r.random() < 0.5 else "{udi%d}" % i
        out += tpl(ctx, sep.join(["{pt%d.lf}" % i, "{mrnv%d}" % i, "{impl%d}" % i, dev, "{rep%d.full}" % i]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    ctx.tag("implant")
    return tpl(ctx, "[implant log for {dos}|Implant log — OR {ornum}|implants today]\n") + out


def fp_bumplist(ctx):
    r = ctx.r
    n = r.randint(2, 4)
    lines = [r.choice(["Bumps (d/t {bumpreason}):", "*Moved cases*", "rescheduled so far:"])]
    for i in range(n):
        lines.append("- {pt%d.%s} ({proc%d}): {dos%d} %s {dos9%d}" % (i, r.choice(["lf", "last", "full"]), i, i,
                                                                   r.choice(["→", "->", "to", "=>"]), i))
    ctx.tag("list")
    ctx.tag("multiline")
    ctx.tag("bump")
    return tpl(ctx, "\n".join(lines))


def fp_cred(ctx):
    r = ctx.r
    sep = r.choice([" | ", "\t", ", "])
    out = [T(sep.join(["Provider", "NPI", "DEA", "State lic", "Lic exp"]) + "\n")]
    n = r.randint(2, 4)
    for i in range(n):
        out += tpl(ctx, sep.join(["{surg%d.dr}" % i, "{npi%d}" % i, "{deav%d}" % i,
                                  "{licv%d}" % i, "{liclapse%d}" % i]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("credentialing")
    ctx.tag("multiline")
    return tpl(ctx, "[Credentialing roster|med staff file check|re-appointment batch][ {fyq}|]:\n") + out


@slot("licv", True)
def s_licv(ctx, arg):
    return [S("%06d" % ctx.r.randint(100000, 399999), "LICENSE_NUMBER")]


def fp_billwl(ctx):
    r = ctx.r
    out = [T("\t".join(["HAR", "Patient", "Payer", "Member ID", "Balance"]) + "\n")]
    n = r.randint(2, 4)
    for i in range(n):
        out += tpl(ctx, "\t".join(["{harv%d}" % i, "{pt%d.LF}" % i, "{payer%d}" % i, "{hpidv%d}" % i, "{bal%d}" % i]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    return tpl(ctx, "[worklist|Denials worklist|self-pay follow-up][ for {bill.first}|]:\n") + out


def thread_line(ctx, key):
    r = ctx.r
    p = ctx.person(key)
    m = ctx.memo.get("_tmin", r.randint(7 * 60, 15 * 60)) + r.randint(1, 25)
    ctx.memo["_tmin"] = m
    h, mi = divmod(m, 60)
    t = "%d:%02d %s" % (h if h <= 12 else h - 12, mi, "AM" if h < 12 else "PM")
    return [T("*")] + name_parts(ctx, p, r.choice(["full", "first"])) + [T("* " + t + "\n")]


def fp_thread(ctx):
    r = ctx.r
    out = thread_line(ctx, "rn") + tpl(ctx, "[who's got the|anyone calling the] {dos} [bumps|add-ons]?\n")
    out += thread_line(ctx, "sched") + tpl(ctx, "[I have|me -] {pt.lf} and {pt2.last}. {pt.first} [wants|asked for] a call at {phone}\n")
    out += thread_line(ctx, "rn") + tpl(ctx, "[thx|ty], I'll take {pt3.poss} [then|family]")
    ctx.tag("thread")
    ctx.tag("multiline")
    return out


def fp_famboard(ctx):
    r = ctx.r
    lines = ["*Family waiting board* (liaison)"]
    n = r.randint(2, 4)
    for i in range(n):
        lines.append("{trk%d} — {fam%d.full} ({rel%d}) for {pt%d.last} — %s — {phone%d}" % (
            i, i, i, i, r.choice(["in OR", "in pre-op", "in PACU", "closing"]), i))
    ctx.tag("list")
    ctx.tag("multiline")
    ctx.tag("family")
    return tpl(ctx, "\n".join(lines))


@slot("trk")
def s_trk(ctx, arg):
    return [V("#" + digits(ctx.r, 4))]


# clean function frames ------------------------------------------------------------------
def fc_board(ctx):
    r = ctx.r
    sep = _sep(r)
    out = tpl(ctx, "[OR board (no PHI)|*Room status*|status {time}]\n")
    out.append(T(sep.join(["OR", "Start", "Procedure", "Surgeon", "Anes", "Status"]) + "\n"))
    n = r.randint(3, 6)
    for i in range(n):
        out += tpl(ctx, sep.join(["{ornum%d}" % i, "{time%d}" % i, "{proc%d}" % i, "{surg%d.last}" % i,
                                  "{anes%d.last}" % i, r.choice(STATUS)]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    return out


def fc_assign(ctx):
    r = ctx.r
    sep = _sep(r)
    out = tpl(ctx, "[Assignments|assignments|Staffing] {mdate}\n")
    out.append(T(sep.join(["Room", "Circ", "Scrub", "CRNA", "Anes"]) + "\n"))
    n = r.randint(3, 6)
    for i in range(n):
        out += tpl(ctx, sep.join(["OR {ornum%d}" % i, "{rn%d.first}" % i, "{tech%d.first}" % i,
                                  "{crna%d.%s}" % (i, r.choice(["first", "full"])), "{anes%d.last}" % i]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    ctx.tag("staffing")
    return out


def fc_blockutil(ctx):
    r = ctx.r
    out = tpl(ctx, "[block util|Block utilization] {fyq} (from the dashboard)\n")
    out.append(T("\t".join(["Surgeon", "Service", "Alloc hrs", "Used hrs", "Util %"]) + "\n"))
    n = r.randint(3, 5)
    for i in range(n):
        a = r.randint(40, 160)
        u = r.randint(20, a)
        out += tpl(ctx, "\t".join(["{surg%d.last}" % i, r.choice(["Ortho", "Gen Surg", "GYN", "Uro", "ENT", "Spine"]),
                                   str(a), str(u), str(round(100.0 * u / a))]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    ctx.tag("block")
    return out


def fc_reps(ctx):
    r = ctx.r
    lines = [r.choice(["Rep coverage {mdate}:", "*Vendor reps this week*", "who's covering what:"])]
    for i in range(r.randint(3, 5)):
        lines.append("• {vendorn%d} — {rep%d.full} (%s)%s" % (
            i, i, r.choice(["ortho", "spine", "CRM", "robot", "biologics", "endo"]),
            r.choice(["", ", via Reptrax", ", page x{extn%d}" % i, ", in house {mdate%d}" % i])))
    ctx.tag("list")
    ctx.tag("multiline")
    return tpl(ctx, "\n".join(lines))


@slot("vendorn")
def s_vendorn(ctx, arg):
    return [V(ctx.r.choice(VENDORS))]


def fc_po(ctx):
    r = ctx.r
    out = [T("\t".join(["PO", "Vendor", "Invoice", "Amount", "Status"]) + "\n")]
    n = r.randint(2, 5)
    for i in range(n):
        out += tpl(ctx, "\t".join(["{po%d}" % i, "{vendorn%d}" % i, "{inv%d}" % i, "{money%d}" % i,
                                   r.choice(["Open", "Paid", "On hold", "3-way match fail", "Pending receipt"])]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    return tpl(ctx, "[AP aging|open POs|PO tracker] [for SPD|periop][ {fyq}|]:\n") + out


def fc_trays(ctx):
    r = ctx.r
    lines = [r.choice(["SPD status {time}", "*Tray tracker*", "trays for {mdate}:"])]
    for i in range(r.randint(3, 5)):
        lines.append("- {tray%d}: %s" % (i, r.choice(["sterile", "in decon", "missing {lot%d}" % i,
                                                    "on loaner from {vendorn%d}" % i, "ready, load {n%d}" % i,
                                                    "asset {asset%d} down" % i])))
    ctx.tag("list")
    ctx.tag("multiline")
    return tpl(ctx, "\n".join(lines))


def fc_agenda(ctx):
    r = ctx.r
    lines = ["*{mtgname}* — {mdate} {time}, {confroom}"]
    items = ["Block release data ({sched.first})", "{vendor} contract {contract}",
             "FCOTS {fyq}: {pct}%", "Capital: towers ({money})", "Go-live {gldate} for {ver}",
             "SSI review ({agg})", "Staffing ({mgr.first})", "Open floor"]
    for i, it in enumerate(r.sample(items, r.randint(3, 5))):
        lines.append("%d. %s" % (i + 1, it))
    lines.append("Zoom: {zoom}")
    ctx.tag("list")
    ctx.tag("multiline")
    ctx.tag("calendar")
    return tpl(ctx, "\n".join(lines))


def fc_golive(ctx):
    lines = ["*Go-live checklist — {ver}*", "☐ build {build} validated ({it.first})",
             "☐ downtime {mdate} {time}-{time2}", "☐ super users: {staffs}",
             "☐ tip sheets on {intranet}", "☐ go-live {gldate}, command center {confroom}, x{extn}"]
    ctx.tag("list")
    ctx.tag("multiline")
    return tpl(ctx, "\n".join(lines))


def fc_turnover(ctx):
    r = ctx.r
    out = tpl(ctx, "TOT by room, {fyq}\n")
    for i in range(r.randint(3, 6)):
        out += tpl(ctx, "OR {ornum%d}: %d min (n=%d)" % (i, r.randint(18, 55), r.randint(20, 140)))
        out.append(T("\n"))
    out += tpl(ctx, "[goal 25|target 30]. [thoughts|comments] {dir.first}?")
    ctx.tag("multiline")
    ctx.tag("quality")
    return out


def fc_credtable(ctx):
    r = ctx.r
    sep = r.choice([" | ", "\t"])
    out = [T(sep.join(["Provider", "NPI", "Board cert", "Privileges", "Renewal due"]) + "\n")]
    n = r.randint(2, 4)
    for i in range(n):
        out += tpl(ctx, sep.join(["{surg%d.dr}" % i, "{npi%d}" % i, r.choice(["ABOS", "ABS", "ABA", "ABU", "ABOG"]),
                                  r.choice(["approved", "pending MEC", "provisional"]), "{liclapse%d}" % i]))
        if i < n - 1:
            out.append(T("\n"))
    ctx.tag("table")
    ctx.tag("multiline")
    ctx.tag("npi")
    return out


def fc_callweek(ctx):
    lines = ["Call this week:"]
    for i, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri"]):
        lines.append("%s — {rn%d.first} / {tech%d.first} / {anes%d.last}" % (d, i, i, i))
    lines.append("swaps thru {mgr.first}, x{extn}")
    ctx.tag("list")
    ctx.tag("multiline")
    ctx.tag("staffing")
    return tpl(ctx, "\n".join(lines))


def fc_thread(ctx):
    out = thread_line(ctx, "dir") + tpl(ctx, "can we [move|push] the {mtgname} to {mdate}?\n")
    out += thread_line(ctx, "ea") + tpl(ctx, "[{exec.first} is free|{exec.full} has an opening] at {time}, {confroom}. sending invite\n")
    out += thread_line(ctx, "sched") + tpl(ctx, "[works|👍]. I'll bring the {fyq} block numbers ({pct}% util)")
    ctx.tag("thread")
    ctx.tag("multiline")
    return out


PHI_F = [("X", fp_board), ("C", fp_tsv), ("C", fp_posting), ("N", fp_calllist), ("N", fp_pacu),
         ("T", fp_implantlog), ("C", fp_bumplist), ("D", fp_cred), ("B", fp_billwl),
         ("N", fp_thread), ("W", fp_famboard)]
CLEAN_F = [("X", fc_board), ("N", fc_assign), ("D", fc_blockutil), ("V", fc_reps), ("B", fc_po),
           ("T", fc_trays), ("D", fc_agenda), ("I", fc_golive), ("D", fc_turnover),
           ("D", fc_credtable), ("N", fc_callweek), ("D", fc_thread)]


# ----------------------------------------------------------------------------------------
# frame registry, validation, generation
# ----------------------------------------------------------------------------------------
class Frame:
    def __init__(self, kind, roles, tags, tpl_text=None, func=None):
        self.kind, self.roles, self.tags, self.tpl_text, self.func = kind, roles, tags.split(), tpl_text, func
        self.name = tpl_text[:60] if tpl_text else func.__name__


FRAMES_P = [Frame("p", ro, tg, t) for ro, tg, t in PHI_T] + [Frame("p", ro, "", func=f) for ro, f in PHI_F]
FRAMES_C = [Frame("c", ro, tg, t) for ro, tg, t in CLEAN_T] + [Frame("c", ro, "", func=f) for ro, f in CLEAN_F]


def validate_frames():
    seen = set()
    for fr in FRAMES_P + FRAMES_C:
        if fr.tpl_text:
            assert fr.tpl_text not in seen, "duplicate frame " + fr.name
            seen.add(fr.tpl_text)
            names = list(slot_names(parse(fr.tpl_text)))
            for n in names:
                resolve(n)                       # raises on unknown slots
            lab = [n for n in names if is_labelled_slot(n)]
            if fr.kind == "c":
                assert not lab, "clean frame uses labelled slots %r: %s" % (lab, fr.name)
            else:
                assert lab, "PHI frame without labelled slot: " + fr.name


TYPE_TAG = {"NAME": "name", "DATE": "date", "AGE": "age", "PHONE": "phone", "EMAIL": "email",
            "SSN": "ssn", "MRN": "mrn", "HEALTH_PLAN_ID": "health-plan-id",
            "ACCOUNT_NUMBER": "account-number", "LICENSE_NUMBER": "license-number",
            "VEHICLE_ID": "vehicle-id", "DEVICE_ID": "device-id", "URL": "url",
            "IP_ADDRESS": "ip-address", "ADDRESS": "address", "CREDIT_CARD": "credit-card"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2705\u2714\u2192]|:[a-z_+0-9]+:")
# patterns that must never appear outside a span (catches generator mistakes)
LEAK_RES = [("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")),
            ("phone", re.compile(r"(?<![\d.])\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\d])")),
            ("ssn", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
            ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
            ("card", re.compile(r"(?<!\d)\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?!\d)"))]


def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        x = int(c) * (2 if i % 2 else 1)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def checker_offsets(text, values):
    b = text.encode("utf-8")
    pos = 0
    out = []
    for v in values:
        vb = v.encode("utf-8")
        i = b.find(vb, pos)
        if i < 0:
            return None
        out.append(i)
        pos = i + len(vb)
    return out


def finish(ctx, parts, fr, role):
    # merge and verify
    text = "".join(p[0] for p in parts)
    spans, offs = [], []
    bpos = 0
    for (v, t, fl) in parts:
        if t:
            assert v and v == v.strip(), "bad span boundary %r" % v
            assert not v.endswith("'s") or t != "NAME", v
            assert v[0] not in "*`_<>|\"" and v[-1] not in "*`_<>|)\",;:", "markup in span %r" % v
            spans.append((t, v, fl))
            offs.append(bpos)
        bpos += len(v.encode("utf-8"))
    if checker_offsets(text, [s[1] for s in spans]) != offs:
        return None                                     # value found elsewhere first: retry
    if (fr.kind == "p") != bool(spans):
        return None
    # leak scan of the unlabelled text
    masked = []
    for (v, t, fl) in parts:
        masked.append("\u2588" * 3 if t else v)
    masked = "".join(masked)
    for nm, rx in LEAK_RES:
        m_ = rx.search(masked)
        if m_ and nm == "card" and not luhn_ok(re.sub(r"\D", "", m_.group(0))):
            continue
        if m_:
            raise AssertionError("unlabelled %s in %r (%s)" % (nm, text, fr.name))
    tags = list(ctx.tags) + fr.tags
    for t, _v, _fl in spans:
        tags.append(TYPE_TAG[t])
    if spans and all(t in ("PHONE", "EMAIL") and "b" in fl for t, _v, fl in spans):
        tags.append("business-contact")
    if "\n" in text:
        tags.append("multiline")
    if EMOJI_RE.search(text):
        tags.append("emoji")
    if re.search(r"<@U|<https?:|<mailto:|<tel:|`[^`]+`|\*[^*\n]+\*", text):
        tags.append("slack-markup")
    if re.search("[\uff10-\uff5a]", text):
        tags.append("fullwidth")
    if re.search("[\u200b\u200c\u200d\u2060]", text):
        tags.append("zero-width")
    if any(p[2] == "v" and p[1] is None for p in parts) and fr.kind == "c":
        tags.append("hard-negative")
    tags.append("voice-" + role.replace("_", "-"))
    tags = ["phi" if spans else "clean"] + sorted(set(t for t in tags if t not in ("phi", "clean")))
    return text, [{"type": t, "value": v} for t, v, _ in spans], tags


def merge_plain(parts):
    out = []
    for p in parts:
        if out and p[1] is None and out[-1][1] is None and p[2] == "" and out[-1][2] == "":
            out[-1] = (out[-1][0] + p[0], None, "")
        else:
            out.append(p)
    return out


def make_message(r, fr):
    for attempt in range(80):
        ctx = Ctx(r, fr.kind, fr.tpl_text or "")
        role = r.choice(ROLE_GROUPS[fr.roles])
        if fr.tpl_text:
            parts = merge_plain(tpl(ctx, fr.tpl_text))
            parts = [(re.sub(r" {2,}", " ", v), t, fl) if t is None and fl != "r" else (v, t, fl)
                     for (v, t, fl) in parts]
            while parts and parts[0][1] is None and parts[0][0].strip() == "":
                parts = parts[1:]
            if parts and parts[0][1] is None:
                parts[0] = (parts[0][0].lstrip(" "), None, parts[0][2])
            parts = wrap(ctx, parts)
        else:
            ctx.main = "pt0"
            parts = fr.func(ctx)
        parts = [p for p in parts if p[0] != ""]
        while parts and parts[0][1] is None and parts[0][0].strip() == "":
            parts = parts[1:]
        if parts and parts[0][1] is None:
            parts[0] = (parts[0][0].lstrip(" "), None, parts[0][2])
        if parts and parts[-1][1] is None:
            parts[-1] = (parts[-1][0].rstrip(" "), None, parts[-1][2])
        parts = apply_style(ctx, parts, role)
        res = finish(ctx, parts, fr, role)
        if res:
            return res
    raise RuntimeError("could not place values for frame " + fr.name)


def main():
    validate_frames()
    n_frames = len(FRAMES_P) + len(FRAMES_C)
    assert n_frames >= 300, n_frames
    kinds = ["p"] * N_PHI + ["c"] * (N_MSG - N_PHI)
    R.shuffle(kinds)
    decks = {"p": [], "c": []}
    pools = {"p": FRAMES_P, "c": FRAMES_C}
    rows = []
    used = {}
    type_count = {}
    for i, k in enumerate(kinds):
        if not decks[k]:
            d = list(pools[k])
            R.shuffle(d)
            decks[k] = d
        fr = decks[k].pop()
        text, spans, tags = make_message(R, fr)
        used[fr.name] = used.get(fr.name, 0) + 1
        for s in spans:
            type_count[s["type"]] = type_count.get(s["type"], 0) + 1
        rows.append({"id": "gy%04d" % (i + 1), "text": text, "spans": spans, "tags": tags})
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_phi = sum(1 for x in rows if x["spans"])
    print("wrote %s: %d messages (%d PHI, %d clean); frames: %d PHI + %d clean = %d (all used: %s)" % (
        OUT_PATH, len(rows), n_phi, len(rows) - n_phi, len(FRAMES_P), len(FRAMES_C), n_frames,
        len(used) == n_frames))
    print("given names %d, surnames %d" % (len(ALL_GIVEN), len(ALL_SURN)))
    print("spans by type: " + ", ".join("%s=%d" % (k, type_count[k]) for k in sorted(type_count)))


if __name__ == "__main__":
    main()
